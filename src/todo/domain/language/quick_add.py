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
* Project: ``+Name``, one word that starts with a letter (then letters, digits, ``-``, ``_``,
  ``/``, ``.`` and ``&``; punctuation at the end is not part of it), at most 100 characters:
  ``Buy milk +Groceries``. A ``+`` inside a word stays text (``C++``, ``a+b``). Only the name is
  read; whose project it names is the caller's to find out. The first one wins; later ones stay
  in the title.
* Recurrence: ``daily``, ``weekly``, ``monthly``, ``yearly``, ``every day|week|month|year``,
  ``every other week``, ``every 3 days``, ``every monday``, ``every mon and thu``,
  ``every weekday``, ``every weekend``. A time next to it (``every monday 9am``) is the due
  time. Without a date the task is due at the first occurrence from now: ``every monday`` is
  the next Monday (today if it is Monday and any time given is still ahead), ``every month``
  without a day is due today, all day.
* The first due date, priority and recurrence win; repeats stay in the title as written.
* A description follows ``note:``, ``description:``, ``details:`` or ``with the note``; it is
  kept as written (its dates and ``#words`` are not read): ``Pack for Lisbon, note: passport``.
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
    DAY_ORDINAL_WORDS,
    LEFT_EDGE,
    PARTS_OF_DAY,
    RIGHT_EDGE,
    Token,
    count_of,
    follows,
    tokenize,
    weekday_of,
)
from todo.domain.priority import Priority

MAX_TAG_LENGTH: Final = 50
#: The longest project name a ``+Name`` can give (as long as a project's name may be).
MAX_PROJECT_LENGTH: Final = 100
MAX_INTERVAL: Final = 999

_HIDDEN: Final = "\x00"
_QUOTES: Final = {'"': '"”', "“": '”"', "'": "'’", "‘": "’'", "`": "`"}
_TAG_RE: Final = re.compile(LEFT_EDGE + r"#(\w[\w\-/.]*+)(?!#)")
#: ``+Groceries``: a letter first; a ``+`` or ``#`` glued on either side (``+a+b``, ``#a+b``)
#: makes it no project.
_PROJECT_RE: Final = re.compile(LEFT_EDGE + r"(?<!\x00)\+([^\W\d_][\w\-/.&]*+)(?![+#])")
_PROJECT_TRAILING: Final = "-/.&"
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
    r"(?:^|(?<=\s))(?:due\s++(?:on|by|at|before)|on|at|by|due|before|until|till|"
    r"(?:no|not)\s++later\s++than)\s++\Z",
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
    # as they are written short: "every 2 wks"
    "wk": "WEEKLY",
    "wks": "WEEKLY",
    "mth": "MONTHLY",
    "mths": "MONTHLY",
    "yr": "YEARLY",
    "yrs": "YEARLY",
}
#: One word for a rule with an interval: ``quarterly`` is every 3 months.
_SPELLED_FREQUENCIES: Final = {
    "quarterly": ("MONTHLY", 3),
    "biweekly": ("WEEKLY", 2),
    "fortnightly": ("WEEKLY", 2),
}
_EVERY: Final = frozenset({"every", "each"})
#: ``every second friday``: an ordinal before a weekday or a unit is an interval.
_ORDINAL_INTERVALS: Final = {"second": 2, "third": 3, "fourth": 4, "2nd": 2, "3rd": 3, "4th": 4}
#: Words before a frequency word that make it an adjective: ``the quarterly review``.
_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "our", "this", "that", "their", "your", "his", "titled", "called", "named"}
)
#: Words after a plural weekday that still end a rule: ``weekdays at 9:30``.
_AFTER_PLURAL_DAYS: Final = frozenset({"at", "in", "from", "starting", "until", "till", "by"})
#: Where a description starts: ``note:``, ``description:``, ``details:``, ``with the note …``.
_DESCRIPTION_RE: Final = re.compile(
    r"(?:(?<![\s,;])[\s,;]++|^)(?:(?:with|w/|and|plus)\s*+(?:a\s++|the\s++)?(?:notes?|"
    r"descriptions?|details?|comment)\b\s*+(?:[:\-–]|saying|that says|reading)?|(?:notes?|"
    r"description|desc|details?|comment|nb|fyi)\s*+[:\-–])\s*+",
    re.IGNORECASE,
)
#: The day of a monthly rule written apart from it: ``on the 1st``.
_ON_MONTHDAY_RE: Final = re.compile(
    LEFT_EDGE + r"(?:on|in)\s++the\s++([0-9]{1,2})(?:st|nd|rd|th)(?:\s++day)?" + RIGHT_EDGE,
    re.IGNORECASE,
)
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

    field: str  # "due" | "priority" | "tag" | "project" | "recurrence" | "description"
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
    #: What follows ``note:``, ``description:`` or ``with the note`` (read as written).
    description: str | None = None
    #: The name written as ``+Name``, as written (without the ``+``).
    project: str | None = None


@dataclass(frozen=True)
class _Rule:
    """A recurrence phrase: its tokens end before ``end``; ``days`` are the weekdays it names,
    ``monthday`` the day of the month, ``part`` the part of the day (``evening``)."""

    end: int
    rule: str
    days: tuple[int, ...]
    monthday: int | None = None
    part: str | None = None
    #: More days of the month (``the 1st and 15th``), after ``monthday``.
    more_monthdays: tuple[int, ...] = ()
    #: Which of its weekday in the month (``the first monday``: 1, ``the last``: -1).
    nth: int | None = None


def parse_quick_add(text: str, *, now: datetime, tz: ZoneInfo) -> QuickAdd:
    """Return the title, due date, priority, tags, project and recurrence written in ``text``.

    ``parse_quick_add("Call mom tomorrow at 5pm #family", now=now, tz=tz).title`` is
    ``"Call mom"``. Never raises; the title is ``""`` when nothing but fields was written.
    """
    quotes = _find_quotes(text)
    hidden = _hide(text, quotes)
    spans: list[Span] = []

    description: str | None = None
    marker = _description_marker(hidden, text)
    if marker is not None:
        # The rest is the description as written: its dates and #words are not fields.
        description = _unquoted(text[marker.end() :].strip(" ,;:"))
        spans.append(Span("description", marker.start(), len(text), text[marker.start() :]))
        hidden = _hide(hidden, [(marker.start(), len(text))])

    tags: list[str] = []
    seen: set[str] = set()
    for start, end in _find_tags(hidden):
        spans.append(Span("tag", start, end, text[start:end]))
        name = text[start + 1 : end]
        if name.casefold() not in seen:
            seen.add(name.casefold())
            tags.append(name)
    hidden = _hide(hidden, [(span.start, span.end) for span in spans])

    project: str | None = None
    projects = _find_projects(hidden)
    if projects:
        start, end = projects[0]
        project = text[start + 1 : end]
        spans.append(Span("project", start, end, text[start:end]))
    hidden = _hide(hidden, projects)

    priority: Priority | None = None
    priorities = list(_PRIORITY_RE.finditer(hidden))
    if priorities:
        first = priorities[0]
        priority = _PRIORITY_WORDS[(first.group(1) or first.group(2)).lower()]
        spans.append(Span("priority", first.start(), first.end(), first.group()))
    hidden = _hide(hidden, [match.span() for match in priorities])

    rules = _find_rules(hidden)
    rule = _most_said(rules)
    for start, end, found in rules:  # "weekly … every Wednesday": one repeat, said twice
        if found is rule or (rule is not None and _bare(found) and _bare(found) != _bare(rule)):
            spans.append(Span("recurrence", start, end, text[start:end]))
    hidden = _hide(hidden, [(start, end) for start, end, _ in rules])
    if rule is not None and rule.rule == "FREQ=MONTHLY":
        # ``monthly review on the 1st``: the day of the month may come after the title.
        day = _ON_MONTHDAY_RE.search(hidden)
        if day is not None and 1 <= int(day.group(1)) <= 31:
            rule = _finish_rule(rule.end, "MONTHLY", 1, (), int(day.group(1)))
            spans.append(Span("recurrence", day.start(), day.end(), text[day.start() : day.end()]))
            hidden = _hide(hidden, [day.span()])

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
        description=description,
        project=project,
    )


def split_description(text: str) -> tuple[str, str | None]:
    """Return ``text`` without the description written at its end, and that description:
    ``split_description("Fix the door, note: top hinge")`` is ``("Fix the door", "top hinge")``.
    """
    marker = _description_marker(_hide(text, _find_quotes(text)), text)
    if marker is None:
        return text, None
    return text[: marker.start()].rstrip(" ,;:"), _unquoted(text[marker.end() :].strip(" ,;:"))


def _description_marker(hidden: str, text: str) -> re.Match[str] | None:
    """Find where a description starts, outside quotes, when something follows it."""
    marker = _DESCRIPTION_RE.search(hidden)
    if marker is None or not text[marker.end() :].strip(" ,;:"):
        return None
    return marker


def _unquoted(text: str) -> str:
    """Return ``text`` without quote marks around the whole of it."""
    if len(text) > 1 and text[0] in _QUOTES and text[-1] in _QUOTES[text[0]]:
        return text[1:-1].strip()
    return text


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


def _find_projects(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of each ``+Project``, trailing punctuation left out."""
    found: list[tuple[int, int]] = []
    for match in _PROJECT_RE.finditer(text):
        name = match.group(1).rstrip(_PROJECT_TRAILING)
        if len(name) <= MAX_PROJECT_LENGTH:
            found.append((match.start(), match.start(1) + len(name)))
    return found


def _most_said(rules: list[tuple[int, int, _Rule]]) -> _Rule | None:
    """Return the rule to keep of those a text says: the first, unless it is a bare frequency
    (``weekly``) and a later one says the days (``weekly … every Wednesday at 9``)."""
    if not rules:
        return None
    first = rules[0][2]
    said = next((found for _, _, found in rules[1:] if not _bare(found)), None)
    return said if _bare(first) and said is not None and _bare(first) in _WIDER else first


def _bare(rule: _Rule) -> str:
    """Return the rule when it is a frequency alone (``FREQ=WEEKLY``), else ``""``."""
    return rule.rule if ";" not in rule.rule else ""


#: Bare frequencies a rule with days may say more precisely: ``daily`` and ``every weekday``.
_WIDER: Final = frozenset({"FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY"})


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
    """Match ``daily``, ``every other week``, ``every 3 days``, ``each mon and thu``, ``everyday``
    at the end or before a time (not ``everyday groceries``),
    ``every evening``, ``monthly on the 1st``, ``the 15th of every month`` ..."""
    word = tokens[index].low
    if (word in _BARE_FREQUENCIES or word in _SPELLED_FREQUENCIES) and _adjective(tokens, index):
        return None  # "prepare slides for the quarterly review"
    if word in _BARE_FREQUENCIES:
        return _extended(tokens, index + 1, _BARE_FREQUENCIES[word], 1)
    if word == "everyday" and _ends_rule(tokens, index + 1):  # "take vitamins everyday"
        return _with_part(tokens, index + 1, "DAILY", 1, ())
    if word in _SPELLED_FREQUENCIES:
        frequency, interval = _SPELLED_FREQUENCIES[word]
        return _extended(tokens, index + 1, frequency, interval)
    times = 1 if word in ("twice", "thrice") else 2 if _word(tokens, index + 1, "times") else 0
    if times and _word(tokens, index + times, "a"):
        # "twice a week on mon and thu", "3 times a week on mon wed fri": the days say it
        at = index + times + 1
        on = 1 if _word(tokens, at + 1, "on") else 0  # "3 times a week (on) mon wed fri"
        week = _word(tokens, at, "week") and follows(tokens, at + 1 + on)
        days = _weekdays_at(tokens, at + 1 + on) if week else None
        if days is not None and len(days[1]) >= 2:
            return _with_part(tokens, days[0], "WEEKLY", 1, days[1])
    if word in ("on", "the", "every", "each") or word in _NTH:
        nth = _nth_weekday(tokens, index) or _last_day(tokens, index)  # "the first monday of …"
        if nth is not None:
            return nth
    if _all_the_days(tokens, index):  # "all the wednesdays": every wednesday
        days = _weekdays_at(tokens, index + 2)
        weekly = _with_part(tokens, days[0], "WEEKLY", 1, days[1]) if days else None
        if weekly is not None and _ends_rule(tokens, weekly.end):
            return weekly
    if word == "on" and follows(tokens, index + 1) and _plural_weekday(tokens[index + 1]):
        days = _weekdays_at(tokens, index + 1)  # "on mondays and thursdays": every week
        if days is not None:
            return _with_part(tokens, days[0], "WEEKLY", 1, days[1])
    written_after = tokens[index].start > 0  # something of the title comes first
    # "tuesday to saturday at 7pm": each day of them ("from monday to wednesday" is a move)
    ranged = (
        _weekday_range(tokens, index) if index == 0 or tokens[index - 1].low != "from" else None
    )
    if ranged is not None and _ends_rule(tokens, ranged[0], first=True) and ranged[0] < len(tokens):
        return _with_part(tokens, ranged[0], "WEEKLY", 1, ranged[1])
    if _plural_weekday(tokens[index]):
        days = _weekdays_at(tokens, index)  # "water the plants mondays and fridays", at the end
        weekly = _with_part(tokens, days[0], "WEEKLY", 1, days[1]) if days is not None else None
        # First in the text, only before a time or nothing: "weekdays at 9 check the inbox".
        if weekly is not None and _ends_rule(tokens, weekly.end, first=not written_after):
            return weekly
    if word in _DAY_SETS and word.endswith("s"):  # "stand-up weekdays at 9:30"
        weekly = _with_part(tokens, index + 1, "WEEKLY", 1, _DAY_SETS[word])
        if _ends_rule(tokens, weekly.end, first=not written_after):
            return weekly
    if word in ("on", "the"):
        return _monthday_first(tokens, index)
    if word == "once" and _word(tokens, index + 1, "a") and follows(tokens, index + 2):
        unit = tokens[index + 2].low  # "once a week"
        if unit in _UNIT_FREQUENCIES:
            return _extended(tokens, index + 3, _UNIT_FREQUENCIES[unit], 1)
    if word not in _EVERY or not follows(tokens, index + 1):
        return None
    at, interval = index + 1, 1
    count = count_of(tokens[at]) if tokens[at].low not in ("a", "an") else None
    ordinal = _ORDINAL_INTERVALS.get(tokens[at].low)
    if tokens[at].low == "other" and follows(tokens, at + 1):
        at, interval = at + 1, 2
    elif ordinal is not None and follows(tokens, at + 1) and _interval_unit(tokens[at + 1]):
        at, interval = at + 1, ordinal  # "every second friday", "every 3rd week"
    elif count is not None and follows(tokens, at + 1):
        if not 1 <= count <= MAX_INTERVAL:
            return None
        at, interval = at + 1, count
    unit = tokens[at].low
    if unit in _UNIT_FREQUENCIES:
        return _extended(tokens, at + 1, _UNIT_FREQUENCIES[unit], interval)
    if unit == "fortnight":
        return _extended(tokens, at + 1, "WEEKLY", 2 * interval)
    if unit == "quarter":
        return _extended(tokens, at + 1, "MONTHLY", 3 * interval)
    if unit in PARTS_OF_DAY and interval == 1:
        return _finish_rule(at + 1, "DAILY", 1, (), part=unit)
    if tokens[at].kind == "ordinal" and interval == 1:
        day = _monthday(tokens[at])
        more = _more_monthdays(tokens, at + 1)  # "every 1st and 15th of the month"
        if day and more[1]:
            return _finish_rule(
                _of_the_month(tokens, more[0]), "MONTHLY", 1, (), day, more_monthdays=more[1]
            )
        if not day:
            return None
        if _of_the_month(tokens, at + 1) > at + 1:  # "every 1st of the month"
            return _finish_rule(_of_the_month(tokens, at + 1), "MONTHLY", 1, (), day)
        return _extended(tokens, at + 1, "MONTHLY", 1, monthday=day)
    if unit in _DAY_SETS:
        return _with_part(tokens, at + 1, "WEEKLY", interval, _DAY_SETS[unit])
    days = _weekday_range(tokens, at) or _weekdays_at(tokens, at)  # "every mon to fri", "every mon"
    if days is None:
        return None
    end, named = days
    return _with_part(tokens, end, "WEEKLY", interval, named)


def _weekday_range(tokens: list[Token], at: int) -> tuple[int, tuple[int, ...]] | None:
    """Read ``tuesday to saturday`` (``through``, ``till``, ``until``) at ``at``: the end and
    each day from the first to the last, across the weekend too (``friday to monday``)."""
    first = weekday_of(tokens[at].low) if at < len(tokens) else None
    link = _word(tokens, at + 1, "to") or (
        follows(tokens, at + 1) and tokens[at + 1].low in ("through", "thru", "till", "until")
    )
    last = weekday_of(tokens[at + 2].low) if link and follows(tokens, at + 2) else None
    if first is None or last is None or first == last:
        return None
    span = (last - first) % 7 + 1
    return at + 3, tuple(sorted((first + step) % 7 for step in range(span)))


def _weekdays_at(tokens: list[Token], at: int) -> tuple[int, tuple[int, ...]] | None:
    """Read ``monday``, ``mon and thu``, ``tuesdays`` at ``at``: the end and the days."""
    first = weekday_of(tokens[at].low, plural=True) if at < len(tokens) else None
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
    return at + 1, tuple(sorted(set(days)))


def _extended(
    tokens: list[Token], end: int, frequency: str, interval: int, *, monthday: int | None = None
) -> _Rule:
    """Finish a rule with what may follow it: ``monthly on the 1st``, ``weekly on tuesdays``,
    ``daily in the evening``."""
    if frequency == "MONTHLY" and monthday is None:
        on = end if _word(tokens, end, "on") else None
        at = end + 1 if on is not None and _word(tokens, end + 1, "the") else end
        if on is not None and follows(tokens, at + 1) and tokens[at + 1].kind == "ordinal":
            day = _monthday(tokens[at + 1])
            if day is not None:
                return _finish_rule(_of_the_month(tokens, at + 2), frequency, interval, (), day)
    if frequency == "WEEKLY" and _word(tokens, end, "on") and follows(tokens, end + 1):
        days = _weekdays_at(tokens, end + 1)
        if days is not None:
            return _with_part(tokens, days[0], frequency, interval, days[1])
    if frequency in ("DAILY", "WEEKLY"):
        return _with_part(tokens, end, frequency, interval, ())
    return _finish_rule(end, frequency, interval, (), monthday)


def _with_part(
    tokens: list[Token], end: int, frequency: str, interval: int, days: tuple[int, ...]
) -> _Rule:
    """Finish a rule, taking a part of the day after it: ``every sunday evening``,
    ``daily in the morning``, ``every weekday at night``."""
    at = end
    if _word(tokens, at, "in") and _word(tokens, at + 1, "the"):
        at += 2
    elif _word(tokens, at, "at") and _word(tokens, at + 1, "night"):
        at += 1
    if at < len(tokens) and (at == end or follows(tokens, at)) and tokens[at].low in PARTS_OF_DAY:
        if at == end and end > 0 and not tokens[end - 1].glued:
            return _finish_rule(end, frequency, interval, days)
        return _finish_rule(at + 1, frequency, interval, days, part=tokens[at].low)
    return _finish_rule(end, frequency, interval, days)


def _monthday_first(tokens: list[Token], index: int) -> _Rule | None:
    """Match ``(on) the 15th of every month`` / ``of each month``."""
    at = index + 1 if tokens[index].low == "on" else index
    if not (_word(tokens, at, "the") and follows(tokens, at + 1)):
        return None
    said = tokens[at + 1]
    day = _monthday(said) if said.kind == "ordinal" else DAY_ORDINAL_WORDS.get(said.low)
    if (
        day is None
        or not _word(tokens, at + 2, "of")
        or not follows(tokens, at + 3)
        or tokens[at + 3].low not in _EVERY
        or not _word(tokens, at + 4, "month")
    ):
        return None
    return _finish_rule(at + 5, "MONTHLY", 1, (), day)


#: The day of the month of a rule on the month's last day (``BYMONTHDAY=-1``).
LAST_DAY: Final = -1
_NTH: Final = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": -1,
}


def _nth_weekday(tokens: list[Token], index: int) -> _Rule | None:
    """Match ``(on) the first monday of (each|every|the) month``, ``every last friday of the
    month`` and ``first sat of every month``: a monthly rule on that weekday of the month
    (``last`` said without ``the`` repeats only ``of every month``)."""
    at = index + 1 if tokens[index].low == "on" and follows(tokens, index + 1) else index
    if at < len(tokens) and tokens[at].low in ("the", *_EVERY):
        at += 1
    bare = at == index and tokens[at].low in _NTH  # "first sat of every month"
    if not bare and (at == index or not follows(tokens, at) or tokens[at].low not in _NTH):
        return None
    day = weekday_of(tokens[at + 1].low) if follows(tokens, at + 1) else None
    end = _of_the_month(tokens, at + 2) if day is not None else at
    if day is None or end == at + 2:
        return None
    if bare and tokens[at].low == "last" and tokens[end - 2].low not in _EVERY:
        return None  # "notes from last monday of the month": a day gone, no repeat
    nth = _NTH[tokens[at].low]
    return _finish_rule(end, "MONTHLY", 1, (day,), nth=nth)


def _all_the_days(tokens: list[Token], index: int) -> bool:
    """Tell whether ``all the`` and a weekday in the plural start at ``index``."""
    return (
        tokens[index].low == "all"
        and _word(tokens, index + 1, "the")
        and follows(tokens, index + 2)
        and _plural_weekday(tokens[index + 2])
    )


def _last_day(tokens: list[Token], index: int) -> _Rule | None:
    """Match ``(on) the last day of (each|every) month``, ``every last day of the month`` and
    ``every end of (the) month``: a monthly rule on the month's last day, whatever its length."""
    at = index + 1 if tokens[index].low == "on" and follows(tokens, index + 1) else index
    if at < len(tokens) and tokens[at].low in ("the", *_EVERY):
        at += 1
    if at > index and tokens[at - 1].low in _EVERY and _word(tokens, at, "end"):
        month = 2 if _word(tokens, at + 2, "month") else 3 if _word(tokens, at + 3, "month") else 0
        article = month == 2 or (follows(tokens, at + 2) and tokens[at + 2].low == "the")
        if month and _word(tokens, at + 1, "of") and article:  # "every end of month"
            return _finish_rule(at + 1 + month, "MONTHLY", 1, (), LAST_DAY)
    if at == index or not (_word(tokens, at, "last") and _word(tokens, at + 1, "day")):
        return None
    end = _of_the_month(tokens, at + 2)
    every = tokens[at - 1].low in _EVERY or tokens[at + 3].low in _EVERY if end > at + 2 else False
    if not every:  # "on the last day of the month" is once: no repeat
        return None
    return _finish_rule(end, "MONTHLY", 1, (), LAST_DAY)


def _more_monthdays(tokens: list[Token], at: int) -> tuple[int, tuple[int, ...]]:
    """Read ``and 15th`` / ``, 15th and 28th`` after a day of the month: the end and the days."""
    found: list[int] = []
    while len(found) < 4:
        link = 2 if _word(tokens, at, "and") else 1 if follows(tokens, at) else 0
        nxt = at + link - 1 if link == 1 else at + 1
        if not link or not follows(tokens, nxt) or tokens[nxt].kind != "ordinal":
            break
        day = _monthday(tokens[nxt])
        if day is None:
            break
        found.append(day)
        at = nxt + 1
    return at, tuple(found)


def _of_the_month(tokens: list[Token], end: int) -> int:
    """Return the end of ``of the month`` / ``of every month`` after a day, if written."""
    if (
        _word(tokens, end, "of")
        and follows(tokens, end + 1)
        and tokens[end + 1].low in ("the", "every", "each")
        and _word(tokens, end + 2, "month")
    ):
        return end + 3
    return end


def _adjective(tokens: list[Token], index: int) -> bool:
    """Tell whether the frequency word at ``index`` describes a thing, not a repeat: after
    ``the`` or ``a`` and before another word (``the quarterly review``, ``a weekly report``)."""
    return (
        index > 0
        and tokens[index - 1].low in _DETERMINERS
        and follows(tokens, index + 1)
        and tokens[index + 1].kind == "word"
        and tokens[index + 1].low not in _AFTER_PLURAL_DAYS | {"on", "for", "and"}
    )


def _ends_rule(tokens: list[Token], end: int, *, first: bool = False) -> bool:
    """Tell whether a rule of bare plural days may end at ``end``: the line ends, or a time
    or a date follows (``weekdays at 9:30``); ``first`` in the text, only a time at."""
    if first:
        timed = follows(tokens, end + 1) and (
            tokens[end + 1].kind in ("number", "clock", "ampm") or tokens[end + 1].low == "noon"
        )
        return end >= len(tokens) or (tokens[end].low == "at" and timed)
    return (
        end >= len(tokens)
        or tokens[end].low in _AFTER_PLURAL_DAYS
        or (tokens[end].kind in ("clock", "ampm"))
    )


def _interval_unit(token: Token) -> bool:
    """Tell whether ``token`` is what an interval counts: a unit or a weekday."""
    low = token.low
    return low in _UNIT_FREQUENCIES or weekday_of(low) is not None or low in _DAY_SETS


def _word(tokens: list[Token], index: int, word: str) -> bool:
    """Tell whether ``tokens[index]`` is ``word`` and continues the phrase before it."""
    return follows(tokens, index) and tokens[index].low == word


def _plural_weekday(token: Token) -> bool:
    """Tell whether ``token`` is a weekday in the plural: ``mondays``."""
    return token.low.endswith("s") and weekday_of(token.low, plural=True) is not None


def _monthday(token: Token) -> int | None:
    day = int(token.low[:-2])
    return day if 1 <= day <= 31 else None


def _finish_rule(
    end: int,
    frequency: str,
    interval: int,
    days: tuple[int, ...],
    monthday: int | None = None,
    *,
    part: str | None = None,
    more_monthdays: tuple[int, ...] = (),
    nth: int | None = None,
) -> _Rule:
    """Write the rule in the canonical form of :func:`~todo.domain.recurrence.normalize_rrule`.

    It is written, not parsed back, so a line of many repeats costs no more than its words.
    """
    parts = [f"FREQ={frequency}"]
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    if days:
        prefix = str(nth) if nth is not None else ""
        parts.append("BYDAY=" + ",".join(prefix + _BYDAY[day] for day in days))
    if monthday is not None:
        all_days = sorted({monthday, *more_monthdays})
        parts.append("BYMONTHDAY=" + ",".join(str(day) for day in all_days))
    return _Rule(end, ";".join(parts), days, monthday, part, more_monthdays, nth)


def _due(when: WhenMatch | None, rule: _Rule | None, now: datetime, tz: ZoneInfo) -> Due | None:
    """Return the due date; a rule without a date starts at its first occurrence from now, at
    the time written or the one its part of the day says (``every evening at 9`` is 21:00)."""
    if when is not None and (when.has_date or rule is None):
        return when.value
    if rule is None:
        return None
    clock = when.clock if when is not None else None
    if rule.part is not None:
        if clock is None:
            clock = PARTS_OF_DAY[rule.part]
        elif rule.part != "morning" and clock.hour < 12:
            clock = clock.replace(hour=clock.hour + 12)
    try:
        return _first_occurrence(rule, clock, local_now(now, tz), tz)
    except (ValueError, OverflowError):
        return when.value if when is not None else None


def _first_occurrence(rule: _Rule, clock: time | None, now: datetime, tz: ZoneInfo) -> Due | None:
    """Return the first day (at ``clock``) the rule allows that is not past; any day if it
    names none (the weekdays, or the day of the month, it names)."""
    horizon = 62 if rule.monthday is not None or rule.nth is not None else 15
    monthdays = {rule.monthday, *rule.more_monthdays} if rule.monthday is not None else set()
    for ahead in range(horizon):
        day = now.date() + timedelta(days=ahead)
        if rule.days and day.weekday() not in rule.days:
            continue
        if monthdays and day.day not in monthdays and not _last_of(day, monthdays):
            continue
        if rule.nth is not None and not _is_nth(day, rule.nth):
            continue
        if clock is None:
            return day
        moment = datetime.combine(day, clock, tzinfo=tz)
        if moment.timestamp() > now.timestamp():
            return moment
    return None


def _last_of(day: date, monthdays: set[int]) -> bool:
    """Tell whether ``day`` is the last of its month and the rule asks for it."""
    return LAST_DAY in monthdays and (day + timedelta(days=1)).month != day.month


def _is_nth(day: date, nth: int) -> bool:
    """Tell whether ``day`` is the ``nth`` of its weekday in its month (``-1``: the last)."""
    if nth > 0:
        return (day.day - 1) // 7 + 1 == nth
    return (day + timedelta(days=7)).month != day.month


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
