"""Split a quick-add line into a title and the fields written inside it.

``parse_quick_add("Pay rent tomorrow 9am #home !high every month", now=now, tz=tz)`` gives the
title ``Pay rent``, tomorrow at 09:00 in ``tz``, the tag ``home``, priority high and the rule
``FREQ=MONTHLY``; ``spans`` says where each field was written, to highlight it.

The rules:

* Due dates: any phrase :func:`todo.domain.language.when.parse_when` reads, anywhere in the line.
* Priorities: ``!low``, ``!medium`` (``!med``), ``!high``, ``!urgent`` and ``p1`` (urgent) to
  ``p4`` (low), as words of their own.
* Tags: ``#name`` of letters, digits, ``-``, ``_``, ``/`` and ``.``, at most 50 characters and
  with at least one letter (``#123`` is an issue number, not a tag); punctuation at the end is
  not part of it. Tags keep their order and are de-duplicated case-insensitively.
* Recurrence: ``daily``, ``weekly``, ``monthly``, ``yearly``, ``every day|week|month|year``,
  ``every other week``, ``every 3 days``, ``every monday``, ``every mon and thu``,
  ``every weekday``, ``every weekend``. A time next to it (``every monday 9am``) is the due
  time. Without a date the task is due at the first occurrence from now: ``every monday`` is
  the next Monday (today if it is Monday and any time given is still ahead), ``every month``
  without a day is due today, all day.
* The first due date, priority and recurrence win; repeats stay in the title as written.
* Text in quotes (``"..."``, ``“...”``, ``'...'``, ``‘...’``, a backtick pair) is never parsed,
  and the quote marks leave the title: ``Watch "Friday Night Lights" tomorrow``. A quote opens
  at the start of a word and closes at the end of one; an unmatched quote is a character.
* The title is what is left, whitespace collapsed, without words such as ``on``, ``by``,
  ``due``, ``at`` left just before a date: ``Submit report by friday`` is ``Submit report``.
  If nothing is left the title is ``""``; callers reject that with their own message.

Any text is accepted: this never raises.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from todo.domain.language.when import Due, WhenMatch, find_when, local_now
from todo.domain.language.when_words import (
    LEFT_EDGE,
    RIGHT_EDGE,
    Token,
    count_of,
    follows,
    tokenize,
    weekday_of,
)
from todo.domain.priority import Priority

MAX_TAG_LENGTH: Final = 50
MAX_INTERVAL: Final = 999

_HIDDEN: Final = "\x00"
_QUOTES: Final = {'"': '"”', "“": '”"', "'": "'’", "‘": "’'", "`": "`"}
_TAG_RE: Final = re.compile(LEFT_EDGE + r"#(\w[\w\-/.]*+)(?!#)")
_PRIORITY_RE: Final = re.compile(
    LEFT_EDGE + r"(?:!(urgent|high|medium|med|low)|p([1-4]))" + RIGHT_EDGE, re.IGNORECASE
)
_PRIORITY_WORDS: Final = {
    "urgent": Priority.URGENT,
    "high": Priority.HIGH,
    "medium": Priority.MEDIUM,
    "med": Priority.MEDIUM,
    "low": Priority.LOW,
    "1": Priority.URGENT,
    "2": Priority.HIGH,
    "3": Priority.MEDIUM,
    "4": Priority.LOW,
}
_CONNECTOR_RE: Final = re.compile(
    r"(?:^|(?<=\s))(?:due\s++(?:on|by|at|before)|on|at|by|due|before|until|till)\s++\Z",
    re.IGNORECASE,
)
_BARE_FREQUENCIES: Final = {
    "daily": "DAILY",
    "weekly": "WEEKLY",
    "monthly": "MONTHLY",
    "yearly": "YEARLY",
    "annually": "YEARLY",
}
_UNIT_FREQUENCIES: Final = {
    "day": "DAILY",
    "days": "DAILY",
    "week": "WEEKLY",
    "weeks": "WEEKLY",
    "month": "MONTHLY",
    "months": "MONTHLY",
    "year": "YEARLY",
    "years": "YEARLY",
}
_DAY_SETS: Final = {
    "weekday": (0, 1, 2, 3, 4),
    "weekdays": (0, 1, 2, 3, 4),
    "workday": (0, 1, 2, 3, 4),
    "workdays": (0, 1, 2, 3, 4),
    "weekend": (5, 6),
    "weekends": (5, 6),
}
_BYDAY: Final = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_EDGE_JUNK: Final = re.compile(r"^(?:[,.;:\-–—]++(?=\s|\Z)|\s)++")
_PUNCTUATION: Final = ",.;:!?"


@dataclass(frozen=True)
class Span:
    """Where one field was written: ``text == original[start:end]``."""

    field: str  # "due" | "priority" | "tag" | "recurrence"
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class QuickAdd:
    """The title and fields read from a quick-add line."""

    title: str
    due: date | datetime | None
    priority: Priority | None
    tags: tuple[str, ...]
    recurrence: str | None
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class _Rule:
    """A recurrence phrase: its tokens end before ``end``; ``days`` are the weekdays it names."""

    end: int
    rule: str
    days: tuple[int, ...]


def parse_quick_add(text: str, *, now: datetime, tz: ZoneInfo) -> QuickAdd:
    """Return the title, due date, priority, tags and recurrence written in ``text``.

    ``parse_quick_add("Call mom tomorrow at 5pm #family", now=now, tz=tz).title`` is
    ``"Call mom"``. Never raises; the title is ``""`` when nothing but fields was written.
    """
    quotes = _find_quotes(text)
    hidden = _hide(text, quotes)
    spans: list[Span] = []

    tags: list[str] = []
    seen: set[str] = set()
    for start, end in _find_tags(hidden):
        spans.append(Span("tag", start, end, text[start:end]))
        name = text[start + 1 : end]
        if name.casefold() not in seen:
            seen.add(name.casefold())
            tags.append(name)
    hidden = _hide(hidden, [(span.start, span.end) for span in spans])

    priority: Priority | None = None
    priorities = list(_PRIORITY_RE.finditer(hidden))
    if priorities:
        first = priorities[0]
        priority = _PRIORITY_WORDS[(first.group(1) or first.group(2)).lower()]
        spans.append(Span("priority", first.start(), first.end(), first.group()))
    hidden = _hide(hidden, [match.span() for match in priorities])

    rules = _find_rules(hidden)
    rule = rules[0][2] if rules else None
    if rules:
        start, end, _ = rules[0]
        spans.append(Span("recurrence", start, end, text[start:end]))
    hidden = _hide(hidden, [(start, end) for start, end, _ in rules])

    whens = find_when(hidden, now=now, tz=tz)
    when = whens[0] if whens else None
    if when is not None:
        spans.append(Span("due", when.start, when.end, text[when.start : when.end]))

    spans.sort(key=lambda span: span.start)
    return QuickAdd(
        title=_title(text, quotes, spans),
        due=_due(when, rule, now, tz),
        priority=priority,
        tags=tuple(tags),
        recurrence=rule.rule if rule else None,
        spans=tuple(spans),
    )


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _find_quotes(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of each quoted stretch, quote marks included."""
    closers: dict[str, list[int]] = {}
    for index, char in enumerate(text):
        if index + 1 == len(text) or not _is_word_char(text[index + 1]):
            closers.setdefault(char, []).append(index)
    regions: list[tuple[int, int]] = []
    index = 0
    while index < len(text):
        accepted = _QUOTES.get(text[index])
        if accepted is None or (index > 0 and _is_word_char(text[index - 1])):
            index += 1
            continue
        candidates = []
        for closer in accepted:
            positions = closers.get(closer, [])
            found = bisect_right(positions, index + 1)  # the content may not be empty
            if found < len(positions):
                candidates.append(positions[found])
        if not candidates:
            index += 1
            continue
        close = min(candidates)
        regions.append((index, close + 1))
        index = close + 1
    return regions


def _hide(text: str, regions: list[tuple[int, int]]) -> str:
    """Return ``text`` with each region replaced by as many NUL characters."""
    chars = list(text)
    for start, end in regions:
        chars[start:end] = _HIDDEN * (end - start)
    return "".join(chars)


def _find_tags(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of each ``#tag``, trailing punctuation left out."""
    found: list[tuple[int, int]] = []
    for match in _TAG_RE.finditer(text):
        name = match.group(1).rstrip("-/.")
        if len(name) <= MAX_TAG_LENGTH and any(char.isalpha() for char in name):
            found.append((match.start(), match.start(1) + len(name)))
    return found


def _find_rules(text: str) -> list[tuple[int, int, _Rule]]:
    tokens = tokenize(text)
    found: list[tuple[int, int, _Rule]] = []
    index = 0
    while index < len(tokens):
        rule = _rule_at(tokens, index)
        if rule is None:
            index += 1
            continue
        found.append((tokens[index].start, tokens[rule.end - 1].end, rule))
        index = rule.end
    return found


def _rule_at(tokens: list[Token], index: int) -> _Rule | None:
    """Match ``daily``, ``every other week``, ``every 3 days``, ``every mon and thu`` ..."""
    word = tokens[index].low
    if word in _BARE_FREQUENCIES:
        return _finish_rule(index + 1, _BARE_FREQUENCIES[word], 1, ())
    if word != "every" or not follows(tokens, index + 1):
        return None
    at, interval = index + 1, 1
    count = count_of(tokens[at]) if tokens[at].low not in ("a", "an") else None
    if tokens[at].low == "other" and follows(tokens, at + 1):
        at, interval = at + 1, 2
    elif count is not None and follows(tokens, at + 1):
        if not 1 <= count <= MAX_INTERVAL:
            return None
        at, interval = at + 1, count
    unit = tokens[at].low
    if unit in _UNIT_FREQUENCIES:
        return _finish_rule(at + 1, _UNIT_FREQUENCIES[unit], interval, ())
    if unit in _DAY_SETS:
        return _finish_rule(at + 1, "WEEKLY", interval, _DAY_SETS[unit])
    first = weekday_of(unit, plural=True)
    if first is None:
        return None
    days = [first]
    while True:
        link = 2 if follows(tokens, at + 1) and tokens[at + 1].low == "and" else 1
        day = weekday_of(tokens[at + link].low, plural=True) if follows(tokens, at + link) else None
        if day is None:
            break
        days.append(day)
        at += link
    return _finish_rule(at + 1, "WEEKLY", interval, tuple(sorted(set(days))))


def _finish_rule(end: int, frequency: str, interval: int, days: tuple[int, ...]) -> _Rule:
    """Write the rule in the canonical form of :func:`~todo.domain.recurrence.normalize_rrule`.

    It is written, not parsed back, so a line of many repeats costs no more than its words.
    """
    parts = [f"FREQ={frequency}"]
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    if days:
        parts.append("BYDAY=" + ",".join(_BYDAY[day] for day in days))
    return _Rule(end, ";".join(parts), days)


def _due(when: WhenMatch | None, rule: _Rule | None, now: datetime, tz: ZoneInfo) -> Due | None:
    """Return the due date; a rule without a date starts at its first occurrence from now."""
    if when is not None and (when.has_date or rule is None):
        return when.value
    if rule is None:
        return None
    clock = when.clock if when is not None else None
    try:
        return _first_occurrence(rule.days, clock, local_now(now, tz), tz)
    except (ValueError, OverflowError):
        return when.value if when is not None else None


def _first_occurrence(
    days: tuple[int, ...], clock: time | None, now: datetime, tz: ZoneInfo
) -> Due | None:
    """Return the first day (at ``clock``) on ``days`` that is not past; any day if none."""
    for ahead in range(15):
        day = now.date() + timedelta(days=ahead)
        if days and day.weekday() not in days:
            continue
        if clock is None:
            return day
        moment = datetime.combine(day, clock, tzinfo=tz)
        if moment.timestamp() > now.timestamp():
            return moment
    return None


def _title(text: str, quotes: list[tuple[int, int]], spans: list[Span]) -> str:
    """Return ``text`` without the spans, their connector words and the quote marks."""
    removed: list[tuple[int, int]] = []
    previous_end = 0
    for span in spans:
        start = span.start
        if span.field in ("due", "recurrence"):
            connector = _CONNECTOR_RE.search(text[previous_end:start])
            if connector is not None:
                begin = previous_end + connector.start()
                if not any(q_start < start and begin < q_end for q_start, q_end in quotes):
                    start = begin
        removed.append((start, span.end))
        previous_end = span.end

    marks = {position for q_start, q_end in quotes for position in (q_start, q_end - 1)}
    pieces: list[str | None] = []
    position = 0
    for start, end in [*removed, (len(text), len(text))]:
        pieces.append("".join(text[i] for i in range(position, start) if i not in marks))
        pieces.append(None)
        position = end
    return _join(pieces[:-1])


def _join(pieces: list[str | None]) -> str:
    """Join the kept pieces; ``None`` stands for a removed field. Each piece is read once."""
    kept: list[str] = []
    written = False  # whether ``kept`` holds more than spaces
    gap = False
    for piece in pieces:
        if piece is None:
            gap = True
            continue
        if gap and piece.strip():
            body = piece.lstrip()
            if not written:
                kept, piece = [], _EDGE_JUNK.sub("", piece)
            elif body[0] in _PUNCTUATION:
                _strip_end(kept)
                piece = body
            gap = False
        kept.append(piece)
        written = written or bool(piece.strip())
    out = "".join(kept)
    if gap:
        out = out.rstrip().rstrip(",;:-–—")
    return " ".join(out.split())


def _strip_end(kept: list[str]) -> None:
    """Remove the spaces at the end of the kept pieces, dropping pieces left empty."""
    while kept:
        last = kept.pop().rstrip()
        if last:
            kept.append(last)
            return
