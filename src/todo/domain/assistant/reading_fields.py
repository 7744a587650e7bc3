"""What a change found by the learned reader sets: the new date, repeat, priority, note or name.

The model of :mod:`~todo.domain.assistant.reading_model` says which action a message asks of a
task; :func:`fields_for` reads from the message what that action needs (``dentist moved to
thursday`` → a due date of Thursday), or returns None when the message does not say it, so
nothing is changed on a guess. Every pattern runs in linear time.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final
from zoneinfo import ZoneInfo

from todo.domain.assistant.intent_fields import TaskFields, capitalised, without_old_when
from todo.domain.assistant.intent_references import QUOTATION
from todo.domain.assistant.intent_statements import FEELINGS, PAST_FORMS, stems_of
from todo.domain.assistant.intent_words import PRIORITY_LEVELS
from todo.domain.assistant.reading_model import MAX_CHARACTERS, Reading
from todo.domain.language.quick_add import parse_quick_add
from todo.domain.language.when import find_when
from todo.domain.priority import Priority

_FLAGS: Final = re.IGNORECASE
_CLEARED: Final = {"undue": "due", "unremind": "reminder", "unrepeat": "recurrence"}
#: A priority said in words; the last one said is meant (``not urgent after all, medium``).
_LEVEL: Final = re.compile(
    r"(?P<not>(?:\bnot|n't)\s++(?:so\s++|that\s++|very\s++)?)?"
    r"\b(?P<level>urgent|asap|top|highest|high|important|medium|normal|lowest|low)\b",
    _FLAGS,
)
#: The priority taken away: ``no priority``, ``remove the priority``, ``take the priority off``.
_NO_LEVEL: Final = re.compile(
    r"\b(?:no|remove\s++the|without|clear\s++the|take\s++the)\s++priority\b", _FLAGS
)
_LEVELS: Final = {
    **PRIORITY_LEVELS,
    "highest": Priority.URGENT,
    "lowest": Priority.LOW,
}
#: A level said as the one to set: ``to urgent``, ``priority: high``, ``top priority``.
_LEVEL_SET: Final = re.compile(
    r"(?:\bto|\bas|:|->|\bpriority|\bsay|\bmake\s++it|\bmake\s++that)\s*+"
    r"(?P<level>urgent|top|highest|high|medium|normal|lowest|low)\b"
    r"|\b(?P<before>urgent|top|highest|high|medium|normal|lowest|low)[\s-]++prio(?:rity)?\b",
    _FLAGS,
)
#: A word that says something is done: ``done``, ``sorted``, ``paid``, ``washed``, ``✓``.
_DONE: Final = re.compile(
    r"\b(?:done|finished|completed?|sorted|handled|dealt\s++with|taken\s++care|ticked|"
    r"checked\s++off|out\s++of\s++the\s++way|over\s++with|paid|bought|sent|did|made|went|"
    r"got(?!\s++(?:my|our)\b)|"
    r"gave|rang|wrote|took|already|(?!(?:" + "|".join(sorted(FEELINGS)) + r")\b)[a-z]{2,30}ed|"
    r"(?:re)?drawn|(?:re)?written|sewn|sold|built|swept|dug|"
    r"gone\s++(?:out|off|back)|up\s++to\s++date|in\s++the\s++post)\b|✓|✅|☑",
    _FLAGS,
)
_SCHEDULED: Final = frozenset({"DATE", "TIME", "REPEAT"})
_WORD: Final = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
#: How much of a title is read for its verb.
_TITLE_READ: Final = 200
#: Verbs of a title that are a change of their own: said in the past, they are not "done".
_CHANGE_VERBS: Final = frozenset(
    {"move", "push", "shift", "change", "update", "rename", "reschedule", "postpone", "delay"}
    | {"remind", "add", "set", "tag", "mark", "edit"}
)
#: What says the message is no fact of the task done now: it is to be done (again), it is
#: asked, supposed, done as a habit or long ago (``the pool was cleaned in May, needs doing
#: again``, ``do you know if the plants got watered``, ``the bins get collected every week``).
_NOT_A_FACT: Final = re.compile(
    r"\b(?:again|needs?|gotta|gonna|going\s++to|ha(?:ve|s)\s++to|must|should|want|if|when|"
    r"whenever|once|whether|know|idea|usually|normally|always|automatically|every|each|daily|"
    r"weekly|monthly|yearly|used\s++to|remind|while|last\s++(?:year|month|time))\b",
    _FLAGS,
)
#: Words before a past said the same as the verb: ``I've proofread``, ``has read``.
_PERFECT: Final = frozenset({"i've", "ive", "we've", "have", "has", "had", "i'd", "she's", "he's"})
#: Who says a bare verb was done (``ah pay de bill already``, ``mi collect it yesterday``).
_SUBJECTS: Final = frozenset({"i", "ah", "a", "mi", "me", "we"})
#: A word of time past beside a bare verb: ``ah pay de bill already``.
_PAST_MARK: Final = re.compile(
    r"\b(?:already|yesterday|last\s++(?:night|week)|this\s++morning|ago)\b", _FLAGS
)
#: A day or time in the past: what was done then, not what is planned.
_PAST: Final = re.compile(r"\b(?:yesterday|last|ago|earlier|this\s++morning)\b", _FLAGS)
#: Where a note begins: ``note: …``, ``add the note that …``, ``in the details that …``.
_NOTE: Final = re.compile(
    r"\b(?:notes?|details?|description|desc|memo)\b[^:\n]{0,40}?:\s*+(?P<colon>\S.*)|"
    r"\b(?:notes?|details?|description|desc|memo)\b\s*+(?:that\s++|saying\s++|-\s*+)?"
    r"(?P<text>\S.*)",
    _FLAGS | re.DOTALL,
)
#: Where a new name begins: ``should be …``, ``call it …``, ``-> …``, ``so that it reads …``.
_NEW_NAME: Final = re.compile(
    r"(?:\bshould\s++be|\bmust\s++be|\bcall\s++it|\brename\s++it\s++to|\breads?\b|->|"
    r"\bto\s++read\b)\s*+(?P<name>\S[^\n]*+)",
    _FLAGS | re.DOTALL,
)
_INSTEAD: Final = re.compile(r"\s++instead$", _FLAGS)
#: An amount of days or weeks a date moves by: ``by 2 days``, ``+2d``, ``one week earlier``.
_AMOUNT: Final = re.compile(
    r"(?<![\w+-])(?P<sign>[+-])?(?P<count>\d{1,3}(?!\d)|a|an|one|two|three|four|five|six|seven)\s*+"
    r"(?P<unit>d|days?|w|wks?|weeks?)\b",
    _FLAGS,
)
_EARLIER: Final = re.compile(r"\b(?:prepone|earlier|sooner|before|bring\s++forward)\b", _FLAGS)
_COUNTS: Final = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_COUNTS_MORE: Final = {"six": 6, "seven": 7}
_SENTENCE_END: Final = re.compile(r"(?<=\w)[.?!](?:\s|$)")
_EDGES: Final = " .,!?:;-'\"‘’“”"


def fields_for(action: str, message: str, *, now: datetime, tz: ZoneInfo) -> TaskFields | None:
    """Return the fields ``action`` sets, read from ``message``; None when it says none.

    ``fields_for("due", "dentist moved to friday", now=now, tz=tz)`` is a due date of Friday.
    Only the part of the message the model reads is read (:data:`MAX_CHARACTERS`).
    """
    message = message[:MAX_CHARACTERS]
    if action in _CLEARED:
        return TaskFields(clear=(_CLEARED[action],))
    if action in ("complete", "delete", "raise", "lower", "none"):
        return TaskFields()
    if action == "priority":
        if _NO_LEVEL.search(message):
            return TaskFields(priority=Priority.NONE)
        levels = [found for found in _LEVEL.finditer(message) if not found.group("not")]
        if not levels:
            return None
        return TaskFields(priority=_LEVELS[levels[-1].group("level").casefold()])
    if action == "describe":
        note = _NOTE.search(message)
        text = None if note is None else note.group("colon") or note.group("text")
        return None if not text else TaskFields(description=_first_sentence(text))
    if action == "rename":
        return _renamed(message)
    text = without_old_when(message, now, tz)
    said = parse_quick_add(text, now=now, tz=tz)
    # "make the valuation 4pm instead": a time alone keeps the day the task has (a due date
    # without a time was said as a date, so only a time is looked at again)
    time_only = (
        action in ("due", "remind")
        and isinstance(said.due, datetime)
        and not any(found.has_date for found in find_when(text, now=now, tz=tz))
    )
    if action == "due" and said.due is not None:
        return TaskFields(due=said.due, time_only=time_only)
    if action == "remind" and said.due is not None:
        return TaskFields(reminder=said.due, time_only=time_only)
    if action == "repeat" and said.recurrence is not None:
        return TaskFields(recurrence=said.recurrence, due=said.due)
    return None


def level_set(message: str) -> Priority | None:
    """Return the priority a message sets by name (``bump it up to urgent``), or None when it
    names none as the one to set (``less urgent``)."""
    found = list(_LEVEL_SET.finditer(message[:MAX_CHARACTERS]))
    if not found:
        return None
    said = (found[-1].group("level") or found[-1].group("before")).casefold()
    return _LEVELS.get(said)


def said_done(message: str, read: Reading) -> bool:
    """Tell whether a message says plainly that something is done: a word of doing in the past
    (``paid``, ``called``, ``is washed``, ``done``) and no date, time or repeat, which would
    rather schedule it (``dentist tomorrow``)."""
    message = message[:MAX_CHARACTERS]
    if _SCHEDULED & set(read.tokens) and _PAST.search(message) is None:
        return False  # "sent the documents yesterday" is done; "dentist tomorrow" is not
    return _DONE.search(message) is not None


def done_by_own_verb(message: str, title: str) -> bool:
    """Tell whether a message says a task's own verb in the past: ``Henderson wedding is
    culled`` of "Cull the Henderson wedding", ``SD cards backed up`` of "Back up the SD cards",
    ``mealworms are ordered`` of "Order mealworms"; or its bare verb with a word of time past
    right after a subject or the task's other words (``ah pay de bill already``, ``de barrel
    collect yesterday``). A message that begins with the verb asks for it; a title that begins
    with a change of its own (``Move the car``) is never said done this way."""
    verb = next(iter(_WORD.findall(title[:_TITLE_READ])), "").casefold()
    if len(verb) < 2 or verb in _CHANGE_VERBS:
        return False
    words = [word.casefold() for word in _WORD.findall(message[:MAX_CHARACTERS])]
    if not words or words[0] == verb or _NOT_A_FACT.search(message[:MAX_CHARACTERS]):
        return False  # "order mealworms, we ordered too few last week" asks for it again
    named = {word.casefold() for word in _WORD.findall(title[:_TITLE_READ])} - {verb}
    past_said = _PAST_MARK.search(message[:MAX_CHARACTERS]) is not None
    for place, word in enumerate(words):
        if word != verb and _past_of(word, verb):
            return True
        before = words[place - 1] if place > 0 else ""
        if word == verb and before in _PERFECT:
            return True  # "I've proofread the Bosch manual": a past the same as the verb
        if word == verb and before in _SUBJECTS | named and past_said:
            return True  # "ah pay de bill already"; not "please pay it, it was due yesterday"
    return False


def _past_of(word: str, verb: str) -> bool:
    """Tell whether ``word`` is a past form of ``verb``: ``culled``, ``tidied``, ``paid``,
    ``redrawn`` (``re`` before an irregular past)."""
    if word.endswith("ed") or word in PAST_FORMS:
        return any(verb in (stem, stem + "e") for stem in stems_of(word))
    if word.startswith("re") and word[2:] in PAST_FORMS:  # "koi stencil redrawn"
        return any(verb == f"re{stem}" for stem in stems_of(word[2:]))
    return False


def days_moved(message: str) -> int | None:
    """Return by how many days a message moves a date (``prepone by 2 days`` is -2,
    ``push +2d`` is 2), or None when it says no amount."""
    message = message[:MAX_CHARACTERS]
    found = _AMOUNT.search(message)
    if found is None:
        return None
    count = found.group("count").casefold()
    days = int(count) if count.isdigit() else {**_COUNTS, **_COUNTS_MORE}[count]
    if found.group("unit").casefold().startswith("w"):
        days *= 7
    earlier = found.group("sign") == "-" or (
        found.group("sign") is None and _EARLIER.search(message) is not None
    )
    return -days if earlier else days


def _renamed(message: str) -> TaskFields | None:
    """Return the new name a rename says: the last quotation, else the words after ``should
    be``, ``call it``, ``->``…"""
    quotes = list(QUOTATION.finditer(message))
    markers = list(_NEW_NAME.finditer(message))  # "the reading list should be …": the last
    named = markers[-1] if markers else None
    if len(quotes) >= 1 and (named is None or quotes[-1].start() >= named.start()):
        name = quotes[-1].group("inner")
    elif named is not None:
        name = _first_sentence(named.group("name"))
    else:
        return None
    name = QUOTATION.sub(lambda found: found.group("inner"), name).strip(_EDGES)
    name = _INSTEAD.sub("", name)
    return TaskFields(title=capitalised(name)) if name else None


def _first_sentence(text: str) -> str:
    """Return ``text`` up to the end of its first sentence, without edge punctuation."""
    end = _SENTENCE_END.search(text)
    return (text[: end.start() + 1] if end else text).strip(_EDGES)[:2000]
