"""Which task a chat message means: by id, by position, by ``it``, or by words of its title.

``read_reference("task 3")`` is ``ById(3)``, ``read_reference("the second one")`` is
``ByPosition(2)`` (in the list the conversation last showed), ``read_reference("it")`` is
``ByContext()`` and ``read_reference("the meeting task")`` is ``ByWords("meeting")``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final, TypeAlias

from todo.domain.assistant.intent_lists import search_words
from todo.domain.assistant.intent_words import (
    ORDINALS,
    REF_BULK,
    REF_CONTEXT,
    REF_ID,
    REF_NUMBER,
    REF_ORDINAL,
    REF_TAIL,
    REF_WRAPPING,
    STOPWORDS,
)

#: ``the other one``.
_REF_OTHER: Final = re.compile(r"(?:the\s++)?other(?:\s++(?:one|task))?", re.IGNORECASE)
#: When a task is, said to name it: ``the 3pm meeting``, ``tomorrow's call`` (not its title).
_WHEN_IN_REF: Final = re.compile(
    r"\b(?:\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?|\d{1,2}:\d{2}|(?:today|tomorrow|tonight|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s|yesterday|this\s++morning|"
    r"last\s++night|earlier\s++today)(?!\w)",
    re.IGNORECASE,
)
#: Why, said after the task: ``it, I just bought one``, ``the milk, because we have some``.
#: A verb that opens a task again, said before it in a statement about it (``Reopen the
#: vendor item -- not actually done``): never a word to search for.
_REOPEN_FIRST: Final = re.compile(
    r"^(?:re-?open|un-?complete|un-?tick|un-?check|restore|undelete)\s++(?=\S)", re.IGNORECASE
)
_WHY_AFTER: Final = re.compile(
    r"\s++(?:--|—|–)\s++.*$|"
    r"(?:\s++(?:please|pls|plz|thanks))?\s*+[,;]\s*+(?:i|we|he|she|they|because|since|cos|coz|"
    r"(?:it|that|which)\s++(?:took|was|cost)|"
    r"(?:it\s++is|it'?s)\s++(?:no\s++longer|not\s++(?:needed|necessary))|"
    r"no\s++(?:need|longer\s++needed)|not\s++needed|(?:don'?t|do\s++not)\s++need|"
    r"(?:my|our)\s++[\w'-]++\s++(?:already|has|had|did|is|"
    r"called|paid|bought|sent|fixed|done)|"
    # someone did it: "the tenant fixed the tap himself", "Dave's already fixed it"
    r"(?:the\s++)?[^\W\d_][\w'-]{0,30}(?:\s++[^\W\d_][\w'-]{0,30})?\s++(?:already\s++|just\s++)?"
    r"(?:fixed|sorted|did|done|paid|bought|sent|cancell?ed|handled|took\s++care|[a-z]{2,20}ed|"
    r"doing|does|wants|got|took|found|has))\b.*$",  # "someone else booked it"
    re.IGNORECASE | re.DOTALL,
)
#: Numbers in words after ``number``: ``tick off number two``.
_NUMBER_WORDS: Final = {
    word: value
    for value, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), start=1
    )
}
#: The most words a reference may say around a quotation for the quotation to be the title.
_WORDS_AROUND_QUOTE: Final = 6
_CLAUSE_MARK: Final = re.compile(r"[,;]")
#: ``it``, then why: ``delete it i lost it anyway``.
_IT_THEN_WHY: Final = re.compile(r"^(?:it|that|this)\s++(?:i|we)\s++\w", re.IGNORECASE)
#: One quotation inside a text (``inner``: what it quotes), on one line: a title as written.
QUOTATION: Final = re.compile(r"(?<!\w)[\"“'‘](?P<inner>[^\"”'’\n]{1,200})[\"”'’](?!\w)")
_CLOCK: Final = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?P<half>[ap]\.?m\.?)?")
#: ``the priority on the tax return``: a field said before the task.
_FIELD_FIRST: Final = re.compile(
    r"^(?:the\s++)?(?:priority|due\s++date|deadline|date|reminder|description|notes?|title|"
    r"name)\s++(?:of|on|for)\s++(?=\S)",
    re.IGNORECASE,
)
#: A text that is all one quotation: data, never a command.
QUOTED: Final = re.compile(r"^[\"“'‘`](?P<inner>.+)[\"”'’`]\Z")
#: Where a quotation may open (at the start of a word) and close (at the end of one).
_OPENING: Final = re.compile(r"(?<!\w)[\"“'‘`]")
_CLOSING: Final = re.compile(r"[\"”'’`](?!\w)")
_QUESTION_WORDS: Final = frozenset(
    [
        "what",
        "whats",
        "what's",
        "which",
        "anything",
        "everything",
        "is",
        "are",
        "do",
        "does",
        "how",
        "when",
        "any",
        "where",
        "who",
        "why",
        "can",
        "could",
        "should",
    ]
)


@dataclass(frozen=True)
class ById:
    """A task named by its id: ``task 3``, ``#3``."""

    task_id: int


#: The place of ``the middle one`` in a list: the one in the middle of an odd number of tasks
#: (a number no list reaches, so that ``number 0`` is never read as it).
MIDDLE: Final = -1_000_000


@dataclass(frozen=True)
class ByPosition:
    """A task named by its place in the list last shown; ``-1`` is the last one, and
    :data:`MIDDLE` the middle one. ``number 4`` said when no list was shown is task 4
    (``or_id``)."""

    position: int
    or_id: bool = False


@dataclass(frozen=True)
class ByWords:
    """A task named by words of its title: ``the meeting task`` is ``meeting``; ``at`` is the
    time of day it was named by (``the 3pm meeting``: ``15:00``), to choose among several."""

    words: str
    at: str | None = None


@dataclass(frozen=True)
class ByContext:
    """``it``, ``that one``: the task the conversation last acted on or showed alone."""


@dataclass(frozen=True)
class Everything:
    """``all my tasks``: more than one task, which the chat does not change at once."""


@dataclass(frozen=True)
class ByOther:
    """``the other one``: of the two tasks the conversation offered, the one not acted on."""


Reference: TypeAlias = ById | ByPosition | ByWords | ByContext | Everything | ByOther


def read_reference(text: str) -> Reference | None:
    """Return the task a phrase names, or None: ``read_reference("the 2nd one")`` is position 2."""
    phrase = " ".join(text.strip(" ?!.,;:").split())
    if not phrase or len(phrase) > 200:
        return None
    phrase = _FIELD_FIRST.sub("", phrase, count=1) or phrase  # "the priority of task 3"
    phrase = _WHY_AFTER.sub("", phrase, count=1) or phrase  # "it, I just bought one"
    phrase = _REOPEN_FIRST.sub("", phrase, count=1) or phrase  # "reopen X -- not done"
    quoted = QUOTATION.search(phrase) if QUOTED.fullmatch(phrase) is None else None
    around = len(phrase.split()) - len(quoted.group().split()) if quoted is not None else 0
    clause = quoted is not None and not _CLAUSE_MARK.search(phrase)
    if quoted is not None and clause and around <= _WORDS_AROUND_QUOTE:  # "the 'X' task I deleted"
        phrase = quoted.group()
    if REF_CONTEXT.fullmatch(phrase) or _IT_THEN_WHY.match(phrase):  # "it i lost it anyway"
        return ByContext()
    if REF_BULK.fullmatch(phrase):
        return Everything()
    if _REF_OTHER.fullmatch(phrase):
        return ByOther()
    by_id = REF_ID.fullmatch(phrase)
    if by_id is not None:
        return ById(int(by_id.group("n"))) if len(by_id.group("n")) < 10 else None
    number = REF_NUMBER.fullmatch(phrase)
    if number is not None:
        word = number.group("w")  # "number two" is a place in a list, never task 2
        said = number.group("n")
        place = int(said or number.group("p")) if not word else _NUMBER_WORDS[word.lower()]
        return ByPosition(place, or_id=said is not None)
    ordinal = REF_ORDINAL.fullmatch(phrase)
    if ordinal is not None:
        digits = ordinal.group("d")
        name = " ".join(ordinal.group("o").lower().replace("-", " ").split())
        if name == "middle":
            return ByPosition(MIDDLE)
        return ByPosition(int(digits) if digits else ORDINALS.get(name, 1))
    if phrase.split()[0].lower().strip("'") in _QUESTION_WORDS:
        return None
    words = REF_TAIL.sub("", REF_WRAPPING.sub("", phrase, count=1), count=1)
    at: str | None = None
    if QUOTED.fullmatch(words) is None:
        timeless = _WHEN_IN_REF.sub(" ", words)
        if any(word.lower() not in STOPWORDS for word in search_words(timeless).split()):
            at = _clock_of(_WHEN_IN_REF.search(words))
            words = timeless
    words = search_words(unquote(words))
    meaningful = any(word.lower() not in STOPWORDS for word in words.split())
    return ByWords(words, at) if meaningful else None


def _clock_of(found: re.Match[str] | None) -> str | None:
    """Return ``15:00`` for ``3pm``, ``09:30`` for ``9:30am``: the time a task was named by."""
    said = _CLOCK.fullmatch(found.group().replace(" ", "").lower()) if found is not None else None
    if said is None:
        return None
    hour, minute, half = int(said.group("h")), int(said.group("m") or 0), said.group("half")
    if half and 1 <= hour <= 12:
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def hide_quoted(text: str) -> str:
    """Return ``text`` with each quotation in it blanked out, so that no rule reads its words.

    ``hide_quoted("Add 'urgent' now")`` keeps ``Add`` and ``now`` and turns ``'urgent'`` into NUL
    characters. A quotation opens with a quote mark at the start of a word and ends at the first
    quote mark that ends a word, on the same line, with something between them. Each mark is
    looked at once (the closing one is found by bisection), so a text full of quote marks is
    not read again from each of them.
    """
    closings = [match.start() for match in _CLOSING.finditer(text)]
    breaks = [index for index, char in enumerate(text) if char == "\n"]
    chars = list(text)
    end = 0
    for opening in _OPENING.finditer(text):
        start = opening.start()
        if start < end:
            continue
        found = bisect_left(closings, start + 2)
        if found == len(closings):
            break
        close = closings[found]
        line_break = bisect_right(breaks, start)
        if line_break < len(breaks) and breaks[line_break] < close:
            continue
        chars[start : close + 1] = "\x00" * (close + 1 - start)
        end = close + 1
    return "".join(chars)


def unquote(text: str) -> str:
    """Return ``text`` without the quotes around it, if it is all one quotation."""
    stripped = text.strip()
    whole = QUOTED.fullmatch(stripped)
    return whole.group("inner").strip() if whole is not None else stripped
