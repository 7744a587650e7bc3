"""Questions about the list worded loosely: the days a question names, whatever words of a voice
stand around them.

``owt for today pal?``, ``diary for tomorrow?``, ``today what I have to do?``, ``next week
schedule please tell me``, ``whats on between mon and wed``, ``what have i got between christmas
and new year``: a question that names one window of days (a day, a weekend, a week, a month,
two days, a span from one day to another) and asks for no change is a question about the tasks
of those days, and the words around them (a greeting, a name for the reader, a voice's way to
ask) say nothing more.
``what am I behind on??`` asks for what is late, ``what I didn't finish yet?`` for what is still
open. Listing changes nothing, so this reading is tried only for a message understood as
nothing else, and never for one that names a change (``move``, ``remind``, ``add`` …) or a
task's verb (``call``, ``buy`` …).

:func:`loose_question` returns the question said plainly (``what's due tomorrow``), for the
reader to read as it reads any list question. Every pattern is linear, and at most
:data:`_MOST_WINDOWS` windows are looked at.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from todo.domain.assistant.intent_windows import HOLIDAY_DATES
from todo.domain.assistant.intent_words import GERUNDS, WEEKDAY_WORD
from todo.domain.language.when_words import WEEKDAYS

_FLAGS: Final = re.IGNORECASE
_DAY: Final = WEEKDAY_WORD
#: The windows a loose question may name, as the list questions say them.
_WINDOW: Final = re.compile(
    r"\b(?:(?:this|next|coming)\s++(?:week(?:end)?|month)|the\s++week\s++after\s++next|"
    r"(?:the\s++)?weekend|today|tonight|tomorrow|"
    rf"(?:on\s++)?{_DAY}(?:\s++(?:and|or|&)\s++{_DAY})?)\b",
    _FLAGS,
)
_HOLIDAY: Final = (
    r"(?:christmas(?:\s++(?:eve|day))?|xmas|boxing\s++day|new\s++year(?:'?s\s++(?:eve|day))?)"
)
#: A day said in a span, in full or short: ``tuesday``, ``wed``, ``now``, ``christmas eve``.
_SPAN_DAY: Final = (
    rf"(?:{_DAY}|now|today|tonight|tomorrow|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun|{_HOLIDAY})"
)
#: Days from one to another: ``between now and Tuesday``, ``between mon and wed``.
_SPAN: Final = re.compile(
    rf"\b(?:between|from)\s++(?P<first>{_SPAN_DAY})\s++(?:and|to|till|until|through|-)\s++"
    rf"(?P<last>{_SPAN_DAY})\b",
    _FLAGS,
)


def _said_as_date(day: str) -> str:
    """Return a day of a span as the list questions say it: ``wed`` is ``wednesday``,
    ``Christmas Eve`` is ``24 december``."""
    said = " ".join(day.casefold().replace("’", "'").split())
    if said in HOLIDAY_DATES:
        month, number = HOLIDAY_DATES[said]
        return f"{number} {date(2000, month, 1):%B}".casefold()
    return _FULL_DAY.get(said) or said


#: Asked what was done: a span of it is read by the list questions themselves.
_DONE_ASKED: Final = re.compile(
    r"\b(?:finish(?:ed)?|done|complete[ds]?|did|ticked|knocked\s++off)\b", _FLAGS
)
#: The full names of the weekdays, Monday first.
_WEEKDAY_NAMES: Final = tuple(
    sorted((name for name in WEEKDAYS if name.endswith("day")), key=WEEKDAYS.__getitem__)
)
#: The days of a span said short, in full: ``wed`` is ``wednesday``, ``now`` is ``today``.
_FULL_DAY: Final = {
    "now": "today",
    "tonight": "today",
    **{short: _WEEKDAY_NAMES[number] for short, number in WEEKDAYS.items()},
}
#: Words that ask, anywhere: ``owt``, ``anything``, ``schedule``, ``diary``, ``tell me``.
_ASK_CUE: Final = re.compile(
    r"\b(?:what|whats|what'?s|owt|aught|anything|any|show|tell|list|schedule|diary|agenda|plans?|"
    r"got|have|through|rundown|lined\s++up|on\s++the\s++cards)\b",
    _FLAGS,
)
#: Verbs a question about the list asks with: ``what do I have``, ``what's on my schedule``,
#: ``what didn't I finish``, ``anything to check``.
_ASKING_VERBS: Final = frozenset({"do", "go", "get", "schedule", "finish", "check", "plan", "read"})
#: Words of a change or of a task's own doing: a message with one of them is no loose question.
_CHANGES: Final = re.compile(
    r"\b(?:add|put|pop|stick|jot|note|log|move|push|shift|bump|delete|remove|cancel|scrap|drop|"
    r"remind|ping|nudge|alarm|make|set|change|mark|tick|complete|done|finished|rename|call|tag|"
    r"bring|repeat|every|undo|restore|reopen|"
    + "|".join(sorted(set(GERUNDS.values()) - _ASKING_VERBS))
    + r")(?:s|ed|ing)?\b|\b[a-z]{2,20}ing\s++(?:me|us)\b",  # "would you mind nudging me"
    _FLAGS,
)
#: Asked for what is late: ``what am I behind on??``.
_BEHIND: Final = re.compile(r"\b(?:behind|late|overdue|slipped|missed)\b", _FLAGS)
#: Asked for what is still open: ``what I didn't finish yet?``, ``show me all what I have``.
_STILL_OPEN: Final = re.compile(
    r"\b(?:what|show|tell)\b[^.?!]{0,40}?\b(?:i|me)\b[^.?!]{0,40}?\b(?:have|got|finish(?:ed)?|left|"
    r"pending|open|outstanding|to\s++do)\b",
    _FLAGS,
)
_ALL: Final = re.compile(r"\ball\b", _FLAGS)
#: The most windows a loose question is read with (a question naming more asks something else).
_MOST_WINDOWS: Final = 2


def loose_question(text: str, *, question: bool) -> str | None:
    """Return a loosely worded question about the list said plainly, or None.

    ``loose_question("owt for today pal", question=True)`` is ``"what's due today"``;
    ``question`` says that the message ended in a question mark.
    """
    if _CHANGES.search(text) or not (question or _ASK_CUE.search(text)):
        return None
    span = _SPAN.search(text)
    if span is not None and not _DONE_ASKED.search(text):  # "wha going on between now and Tuesday?"
        first, last = (_said_as_date(span[name]) for name in ("first", "last"))
        return f"what's due between {first} and {last}"
    windows = [
        found.group()
        for _, found in zip(range(_MOST_WINDOWS), _WINDOW.finditer(text), strict=False)
    ]
    if len(windows) == 1:
        return f"what's due {windows[0]}"
    if windows:
        return None
    if _BEHIND.search(text):
        return "what's overdue"
    if _STILL_OPEN.search(text):
        return "show all my tasks" if _ALL.search(text) else "what's pending"
    return None
