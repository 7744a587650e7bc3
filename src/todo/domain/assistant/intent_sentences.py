"""Requests told over several parts of a message: a new task in one sentence and its priority,
date, tag or note in the next; ``add that`` after the words of a task; a repeat said first and
then asked for.

* :func:`with_adjuncts`: ``add 'x' to my list. No rush, low priority.``, ``add call the bank. Tag
  it finance.``, ``… Note: Dr Hale has the evidence`` — the later sentences give the new task its
  fields.
* :func:`one_task_told`: ``I need to submit the application by 4 Dec. Can you add that?`` — the
  ``add that`` of the second sentence is the task of the first, with what it says (``as
  urgent``).
* :func:`repeat_like_that`: ``I do yoga every tuesday, can the yoga task repeat like that?``.
* :func:`repeat_said_then_asked`: ``choir practice is now Wednesday and Saturday, please adjust``
  — only news of a task (``now``, ``moved``) and never days something is closed on.

Every pattern runs in linear time, and at most a few parts are looked at.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from itertools import islice
from typing import Final
from zoneinfo import ZoneInfo

from todo.domain.assistant.intent_clauses import sentences
from todo.domain.assistant.intent_fields import TaskFields, read_fields
from todo.domain.assistant.intent_references import ByWords, read_reference
from todo.domain.assistant.intent_words import WEEKDAY_WORD
from todo.domain.assistant.intents import Add, Intent, Update, read_request
from todo.domain.language.quick_add import parse_quick_add

__all__ = [
    "ADJUNCT_ONLY",
    "one_task_in_clauses",
    "one_task_told",
    "repeat_like_that",
    "repeat_said_then_asked",
    "with_adjuncts",
]


def repeat_like_that(parts: list[str], now: datetime, tz: ZoneInfo) -> Update | None:
    """``I do yoga every tuesday and thursday, can the yoga task repeat like that?``: the
    repeat an earlier part said, on the task a later part names."""
    for index, part in enumerate(parts[1:], start=1):
        found = _LIKE_THAT.match(part)
        ref = read_reference(found.group("ref")) if found is not None else None
        if ref is None:
            continue
        for earlier in parts[:index]:
            rule = parse_quick_add(earlier, now=now, tz=tz).recurrence
            if rule is not None:
                return Update(ref, TaskFields(recurrence=rule))
    return None


def one_task_told(found: list[tuple[str, Intent]]) -> list[Intent]:
    """Return the requests of a message's parts, a new task told over several of them taken
    as one: ``add that`` (with what it says: ``as urgent``) after it, and a ``Note: …``."""
    merged: list[Intent] = []
    for part, intent in found:
        last = merged[-1] if merged else None
        if isinstance(last, Add) and last.fields.title:
            noted = _NOTE_SENTENCE.fullmatch(part.strip())
            if noted is not None and not last.fields.description:
                merged[-1] = replace(last, fields=replace(last.fields, description=noted["note"]))
                continue
            if isinstance(intent, Add) and _THAT_ADDED.fullmatch(intent.fields.title or ""):
                said = intent.fields  # "could you add that as urgent?"
                fields = replace(
                    last.fields,
                    priority=last.fields.priority or said.priority,
                    due=last.fields.due if last.fields.due is not None else said.due,
                    tags=last.fields.tags or said.tags,
                )
                merged[-1] = replace(last, fields=fields)
                continue
        merged.append(intent)
    return merged


#: What ``add that`` leaves of a title: the task the part before named.
_THAT_ADDED: Final = re.compile(r"(?:that|this|it|as|that\s++one|this\s++one)?", re.IGNORECASE)


def repeat_said_then_asked(parts: list[str], now: datetime, tz: ZoneInfo) -> Update | None:
    """``Mere's swimming moved to wednesdays, can u change it``: a task and its new repeat
    said first, then a change asked of it without a value."""
    for index, part in enumerate(parts[1:], start=1):
        make_it_repeat = _MAKE_IT_REPEAT.fullmatch(part) is not None
        if not _CHANGE_IT.fullmatch(part) and not make_it_repeat:
            continue
        of_the_repeat = make_it_repeat or _REPEAT_WORD.search(part) is not None
        for earlier in parts[:index]:
            if (not _NEW_NOW.search(earlier) and not make_it_repeat) or _NOT_ON.search(earlier):
                continue  # "the gym is closed on mondays": no repeat of a task
            rule, title = _rule_in(earlier, now, tz, days_repeat=of_the_repeat)
            named = _STATED.match(title) if rule else None
            ref = read_reference(named["ref"]) if named is not None else None
            if isinstance(ref, ByWords):
                return Update(ref, TaskFields(recurrence=rule))
    return None


def _rule_in(
    text: str, now: datetime, tz: ZoneInfo, *, days_repeat: bool
) -> tuple[str | None, str]:
    """Return the repeat a part says and the rest of its words: days said alone are a weekly
    repeat when there are several (``is now Wednesday and Saturday``), said in the plural
    (``wednesdays``) or ``days_repeat`` (the ask names the repeat); one day alone (``the
    dentist is friday``) is a date, not a repeat."""
    parsed = parse_quick_add(text, now=now, tz=tz)
    if parsed.recurrence:
        return parsed.recurrence, parsed.title
    days = list(islice(_DAY_NAMED.finditer(text), _DAYS_OF_A_REPEAT))
    plural = any(found.group().casefold().endswith("s") for found in days)
    if not days or not (days_repeat or plural or len(days) >= _DAYS_OF_A_REPEAT):
        return None, ""
    day = days[0]
    again = parse_quick_add(f"{text[: day.start()]}every {text[day.start() :]}", now=now, tz=tz)
    return again.recurrence, again.title


#: A change asked of a task named before, with no value: ``can u change it``, ``please
#: adjust``, ``change the repeat on that one``.
_CHANGE_IT: Final = re.compile(
    r"(?:(?:(?:can|could|would|will)\s++(?:you|u)|please|pls|kindly)\s++)*+"
    r"(?:change|adjust|update|amend)(?:\s++(?:it|that|this)(?:\s++one)?|"
    r"\s++the\s++(?:repeat|recurrence|schedule)(?:\s++(?:on|of|for)\s++(?:it|that|this)"
    r"(?:\s++one)?)?)?(?:\s++up)?(?:\s++(?:please|pls|accordingly|too|then))?[\s?.!]*+",
    re.IGNORECASE,
)
#: A repeat asked of the task just named: ``make that one repeat``, ``set it to repeat``.
_MAKE_IT_REPEAT: Final = re.compile(
    r"(?:(?:(?:can|could|would|will)\s++(?:you|u)|please|pls|kindly)\s++)*+"
    r"(?:make|set|have|let)\s++(?:it|that|this)(?:\s++one)?\s++(?:to\s++)?(?:repeat|recur)"
    r"(?:\s++(?:please|pls|too|then|like\s++that))?[\s?.!]*+",
    re.IGNORECASE,
)
#: What says a part is news of a task: ``is now``, ``moved to``, ``from now on``.
_NEW_NOW: Final = re.compile(
    r"\b(?:now|moved|changed|switched|from\s++now\s++on|instead|has\s++gone|gone\s++to)\b",
    re.IGNORECASE,
)
#: Days a part names as days something is not on: ``closed on mondays``, ``off on fridays``.
_NOT_ON: Final = re.compile(
    r"\b(?:closed|shut|off|not|no|never|except|free|busy|away|holiday)\b", re.IGNORECASE
)
#: A task said first and then what became of it: ``choir practice is now …``.
_STATED: Final = re.compile(
    r"(?!(?:i|we|you|they|he|she|it|my\s++kids|the\s++kids)\b)(?P<ref>\S.{0,60}?)\s++(?:is|are|was|were|has|have|goes|go|gone|moved|changed|only|now|"
    r"happens?|runs?|comes?|will|would|should|must|can|gets?)\b",
    re.IGNORECASE,
)
#: A weekday a part names, or ``weekdays``.
_DAY_NAMED: Final = re.compile(rf"\b(?:{WEEKDAY_WORD}s?|weekdays|weekends)\b", re.IGNORECASE)
#: How many days named are a repeat said as days (``Wednesday and Saturday``).
_DAYS_OF_A_REPEAT: Final = 2
#: An ask that names the repeat: ``change the repeat on that one``.
_REPEAT_WORD: Final = re.compile(r"\b(?:repeats?|recurrence|schedule|recurring)\b", re.IGNORECASE)


def with_adjuncts(added: Add, later: list[str], now: datetime, tz: ZoneInfo) -> Add:
    """Return a new task with the priority or date a later sentence says of it alone: ``add
    'x' to my list. No rush, low priority.``"""
    fields = added.fields
    for sentence in later:
        tagged = _TAG_SENTENCE.fullmatch(sentence.strip(" .!"))
        if tagged is not None and not fields.tags:  # "tag is study", "tag it church, please"
            names = tuple(name for name in _TAG_GAPS.split(tagged["tags"]) if name)
            fields = replace(fields, tags=names[:_MOST_TAGS])
            continue
        noted = _NOTE_SENTENCE.fullmatch(sentence.strip())
        if noted is not None and not fields.description:  # "Note: Dr Hale has the evidence."
            fields = replace(fields, description=noted["note"].strip())
            continue
        said = read_fields(sentence, now=now, tz=tz)
        if ADJUNCT_ONLY.fullmatch(said.title or ""):
            fields = replace(
                fields,
                priority=fields.priority or said.priority,
                due=fields.due if fields.due is not None else said.due,
                recurrence=fields.recurrence or said.recurrence,
            )
    return replace(added, fields=fields)


def one_task_in_clauses(message: str, now: datetime, tz: ZoneInfo) -> Add | None:
    """Return the new task of ``add: email the retreat waitlist, wednesday 7pm, tag it
    retreat`` or ``Bhai add this: buy gifts for Sana's mehndi, Saturday 5th December, high
    priority``: a task asked for in the first part (after any words that lead up to ``add:``),
    and in each later part, between commas, only its date, repeat, priority, tag or note."""
    parts = [part.strip() for part in message.split(",", _MOST_CLAUSES)]
    if not 2 <= len(parts) <= _MOST_CLAUSES or not all(parts) or len(sentences(message)) > 1:
        return None
    lead = _LEAD_TO_ADD.match(parts[0])
    if lead is not None and _LEAD_DATE.search(parts[0][: lead.start("title")]):
        lead = None  # "add a to-do for next friday: …" is read whole, its date with it
    if lead is not None and _LEAD_CHANGES.search(parts[0][: lead.start("title")]):
        return None  # "delete this task: call mum, friday" adds nothing
    dated: list[str] = []  # "wednesday 7pm", "high priority": read with the task's words
    labels: list[str] = []  # "tag it retreat", "note she's matted": given to the task after
    for part in parts[1:]:
        if _TAG_SENTENCE.fullmatch(part.strip(" .!")) or _NOTE_SENTENCE.fullmatch(part):
            labels.append(part)
        elif _NOTE_CLAUSE.fullmatch(part):
            labels.append(_NOTE_CLAUSE.sub(r"note: \g<note>", part))
        elif _adjunct(part, now, tz):
            dated.append(part)
        else:
            return None  # "add milk, eggs": two things, not one told in parts
    if not labels and lead is None:
        return None  # "add call mom, tomorrow": the message read whole says it all
    head = f"add {lead['title']}" if lead is not None else parts[0]
    first = read_request(", ".join([head, *dated]), now, tz)
    if not isinstance(first, Add) or first.implied or not first.fields.title:
        return None
    return with_adjuncts(first, labels, now, tz)


def _adjunct(part: str, now: datetime, tz: ZoneInfo) -> bool:
    """Tell whether a part says only a date, repeat or priority (``sometime next week``)."""
    said = read_fields(part, now=now, tz=tz)
    told = said.due is not None or said.priority or said.recurrence
    return bool(told) and _ADJUNCT_WORDS.fullmatch(said.title or "") is not None


#: The most parts between commas a task is told in.
_MOST_CLAUSES: Final = 6
#: Words that lead up to ``add:`` and are not the task: ``I am out of station from Monday so
#: add: …``, ``Bhai add this: …``, ``set a task fuh me: …``.
_LEAD_TO_ADD: Final = re.compile(
    r"^[^:]{0,80}?\b(?:add|task|to-?do|list)\b(?:\s++[^\s:]++){0,3}?\s*+:\s*+(?P<title>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
#: A lead that asks for a change or says something done: ``delete this task: …``.
_LEAD_CHANGES: Final = re.compile(
    r"\b(?:delete|remove|cancel|scrap|drop|bin|done|finish\w*|complete\w*|tick|move|push|"
    r"rename|change|update|edit|from\s++(?:the\s++|my\s++)?list)\b",
    re.IGNORECASE,
)
#: A date said before ``add:`` that is the task's: ``add a to-do for next friday: …``.
_LEAD_DATE: Final = re.compile(r"\b(?:for|on|by|due|before)\s++\S", re.IGNORECASE)
#: A note said after a comma without a colon: ``note she's matted behind the ears``.
_NOTE_CLAUSE: Final = re.compile(
    r"(?:(?:and|with)\s++)?(?:a\s++)?note(?:\s++(?:that|saying))?\s++(?P<note>\S.{0,400})",
    re.IGNORECASE | re.DOTALL,
)
#: What a part that only says a date, repeat or priority may say beside it: ``sometime``,
#: ``itself``, ``it's``.
_ADJUNCT_WORDS: Final = re.compile(
    r"(?:[\s,.!]|\b(?:no|rush|hurry|please|pls|thanks|thank|you|whenever|it'?s|its|is|it|"
    r"and|also|so|but|make|set|that|just|priority|prio|sometime|itself|by|on|due|at|the|"
    r"latest|for)\b)*+",
    re.IGNORECASE,
)


#: ``can the yoga task repeat like that``: a repeat said before, for a task named now.
_LIKE_THAT: Final = re.compile(
    r"^(?:(?:can|could|would|will)\s++(?:you\s++)?)?(?:make|have|set|let)?\s*+(?P<ref>.+?)\s++"
    r"(?:repeat|recur)\s++(?:like\s++that|that\s++way|the\s++same(?:\s++way)?|the\s++same\s++days)"
    r"[\s?.!]*+$",
    re.IGNORECASE,
)


#: A sentence that only tags the task just named: ``tag is study``, ``Tag it church, please``.
_TAG_SENTENCE: Final = re.compile(
    r"(?:(?:please|pls|and|also)\s++)?(?:tag(?:\s++it)?(?:\s++(?:is|as|with))?|tags?\s*+(?:is|are|:)|"
    r"tagged(?:\s++as)?|label(?:\s++it)?(?:\s++as)?)\s++(?P<tags>#?[\w-]{1,30}(?:\s*+(?:,|and)\s*+"
    r"#?[\w-]{1,30}){0,4})(?:\s*+,?\s*+(?:please|pls|thanks))?",
    re.IGNORECASE,
)
#: A sentence that only says the note of the task just named: ``Note: …``, ``Description: …``.
_NOTE_SENTENCE: Final = re.compile(
    r"(?:(?:the\s++)?(?:note|notes|description|details?)|in\s++the\s++(?:notes?|description)[^:]{0,40})"
    r"\s*+:\s*+(?P<note>\S.{0,400})",
    re.IGNORECASE | re.DOTALL,
)
_MOST_TAGS: Final = 5
#: Between the tags a sentence names: spaces, commas, ``#`` and ``and``.
_TAG_GAPS: Final = re.compile(r"(?:[\s,#]|\band\b)++", re.IGNORECASE)
#: What a sentence of nothing but a priority or a date may also say: ``no rush``.
ADJUNCT_ONLY: Final = re.compile(
    r"(?:[\s,.!]|\b(?:no|rush|hurry|please|pls|thanks|thank|you|whenever|it'?s|its|is|it|"
    r"and|also|so|but|make|set|that|just|priority|prio)\b)*+",
    re.IGNORECASE,
)
