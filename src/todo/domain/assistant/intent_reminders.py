"""Requests for a reminder: on a task that exists or a new one, at a time or some time before
the task is due, and a reminder's time changed.

``ping me about the dentist at 8 on Thursday`` and ``remind me at 8 about the dentist`` name the
dentist with the time; ``remind me an hour before the dentist`` counts back from its due time;
``move my dentist reminder to 7:30`` changes only the reminder. Each reader takes a message
already trimmed of politeness and returns the words that name the task with what was said, or
None. Every pattern runs in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Final
from zoneinfo import ZoneInfo

from todo.domain.assistant.intent_words import DAY_WORD, WEEKDAY_WORD
from todo.domain.language.when import find_when
from todo.domain.language.when_words import NUMBER_WORDS

_FLAGS: Final = re.IGNORECASE | re.DOTALL
#: Amounts in words.
_NUMBERS: Final = {**NUMBER_WORDS, "a couple of": 2, "a few": 3}

#: Asking to be reminded: a verb, maybe the time, a link word, what about, maybe the time.
_REMIND_VERB: Final = (
    r"(?:remind me|remind(?=\s++(?:about|of|re)\b)|ping me|nudge me|alert me|notify me|buzz me|"
    r"advise me|remember me|make me remember|help me remember|"
    r"message me|text me|warn me|alarm me|"
    r"poke me|bug me|nag me|prod me|"
    r"give (?:me|us) (?:an?\s)?(?:reminder|nudge|ping|shout|heads[- ]up|buzz|call|remembering)|"
    r"send me (?:an?\s)?(?:reminder|ping))"
)
_REMINDER_NOUN: Final = (
    r"(?:(?:set|add|create|put|make|schedule|want|need|get|have|i want|i'?d like|i need|"
    r"can i get|can i have|i\s++(?:would|should)\s++(?:like|love)|i'?d\s++love)\s++"
    r"(?:(?:me|us)\s++)?(?:a\s++|an\s++|the\s++|another\s++|one\s++)?|a\s++|an\s++)?"
    r"(?:(?:little|quick|small|short|gentle|friendly)\s++)?(?:reminder|alert|alarm|ping|nudge)"
)
#: ``remind me on friday at 9 about …``: up to 8 words of time before the link word.
_BEFORE_LINK: Final = r"(?P<pre>(?:\s++(?!(?:about|of|re|regarding|to|for|on)\b)[^\s]++){0,8}?)"
_REMIND_ABOUT: Final = re.compile(
    rf"^{_REMIND_VERB}{_BEFORE_LINK.replace('|for|on', '|for')}\s++"
    r"(?P<link>about|of|re:?|regarding|to|for)\s++(?P<body>.+)$",
    _FLAGS,
)
_REMINDER_FOR: Final = re.compile(
    rf"^{_REMINDER_NOUN}{_BEFORE_LINK}\s++(?P<link>for|on|about|of|re:?|regarding|to)\s++"
    r"(?P<body>.+)$",
    _FLAGS,
)


_BARE_HOUR: Final = re.compile(r"\d{1,2}(?::\d{2})?(?:\s*+(?:am|pm))?", _FLAGS)
_LINK_WORD: Final = re.compile(r"\b(?:about|of|re|regarding|to)\b", _FLAGS)
#: ``… for the haylage``: a task named after the time of a reminder.
_FOR_A_TASK: Final = re.compile(r"\bfor\s++(?:the|my|our)\b", _FLAGS)
#: A task named, not a thing to do: ``the dentist``, ``my passport``, ``it``, ``task 3``.
_NAMED_TASK: Final = re.compile(r"^(?:the|my|our|that|this|it|task)\b", _FLAGS)


#: ``remind me an hour before the dentist``, ``ping me 2 days before the passport runs out``.
_REMIND_BEFORE: Final = re.compile(
    rf"^(?:{_REMIND_VERB}|{_REMINDER_NOUN})\s++(?:(?P<n>a|an|one|two|three|\d{{1,3}})\s*+"
    r"(?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?)|(?P<half>half\s++an\s++hour)|"
    r"(?P<the>the\s++)?(?P<day>day|night|evening|morning))\s++before(?:hand)?"
    r"(?:\s++(?:about|of|for)?\s*+(?P<body>.+?))?"
    r"(?:\s++(?:is|are)\s++due|\s++(?:starts|is|begins))?$",
    _FLAGS,
)
_REMIND_BEFORE_END: Final = re.compile(
    rf"^(?:(?:{_REMIND_VERB}|remind)(?:\s++(?:about|of|on|for))?|{_REMINDER_NOUN}\s++(?:for|about|on|of))\s++"
    r"(?P<body>.+?\S)\s++(?:(?P<n>a|an|one|two|three|\d{1,3})\s*+(?P<unit>minutes?|mins?|"
    r"hours?|hrs?|h|days?|weeks?)|(?P<half>half\s++an\s++hour)|"
    r"the\s++(?P<day>day|night|evening|morning))\s++before"
    r"(?:\s++(?:it'?s\s++due|it\s++is\s++due|they'?re\s++due|they\s++are\s++due|"
    r"it\s++starts|it\s++begins|it|then|the\s++deadline|"
    r"its\s++deadline|its\s++due\s++date|the\s++due\s++date|that|the\s++lesson|the\s++class|"
    r"the\s++appointment|the\s++meeting))?$",
    _FLAGS,
)
#: ``the match fees thing``: a task named with a word for any task after it.
_THING: Final = re.compile(r"\s++(?:thing|one|task|job)$", _FLAGS)
#: The fewest words left when a word for any task is taken off the end (``the match fees``).
_THING_WORDS: Final = 2
_HALF_HOUR: Final = 30
_MINUTES: Final = {
    "minute": 1,
    "min": 1,
    "hour": 60,
    "hr": 60,
    "h": 60,
    "day": 1440,
    "week": 10080,
}
#: The time of day a part of the day before means.
_PARTS: Final = {"morning": time(9), "evening": time(18), "night": time(20), "day": None}
#: ``… at 7 in the evening``, ``…, about 5pm``, ``…, in the morning`` said after the task of a
#: reminder before it.
_AT_TIME_AFTER: Final = re.compile(
    r"(?:,\s*+|\s++)(?:(?:at|about|around|by|at\s++about|at\s++around)\s++(?P<h>\d{1,2})"
    r"(?::(?P<m>\d{2}))?\s*+(?P<half>am|pm|in\s++the\s++(?:morning|evening|afternoon))?"
    r"|in\s++the\s++(?P<part>morning|afternoon|evening))[\s.!]*+$",
    _FLAGS,
)
#: The time of day a part of the day said alone after a reminder before means.
_PART_ALONE: Final = {"morning": time(9), "afternoon": time(15), "evening": time(18)}


def _time_of_day_after(body: str) -> tuple[str, time | None]:
    """Take ``at 7 in the evening`` off the end of a reminder's words: the words and the time."""
    found = _AT_TIME_AFTER.search(body)
    if found is None:
        return body, None
    if found.group("part"):  # "one day before, in the morning"
        return body[: found.start()], _PART_ALONE[found.group("part").lower()]
    said = _clock(found.group("h"), found.group("m"), found.group("half"))
    return (body, None) if said is None else (body[: found.start()], said)


#: What alone follows ``the night before`` as its time: ``9pm``, ``evening``.
_TIME_ALONE: Final = re.compile(
    r"(?:(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*+(?P<half>am|pm)|(?P<part>morning|afternoon|evening))"
    r"[\s.!]*+",
    _FLAGS,
)


#: A time said alone right after a day's ``before``, at the end: ``… the day before evening``.
_BARE_AFTER_BEFORE: Final = re.compile(
    r"(?:(?<=\bday\sbefore)|(?<=\bnight\sbefore)|(?<=\bevening\sbefore)|(?<=\bmorning\sbefore))"
    r"\s++(?P<time>\d{1,2}(?::\d{2})?\s*+(?:am|pm)|morning|afternoon|evening)[\s.!]*+$",
    _FLAGS,
)


def _time_alone(body: str) -> time | None:
    """Return the time said alone after a day-level ``before``: ``night before 9pm``."""
    found = _TIME_ALONE.fullmatch(body.strip())
    if found is None:
        return None
    if found.group("part"):
        return _PART_ALONE[found.group("part").lower()]
    return _clock(found.group("h"), found.group("m"), found.group("half"))


def _time_of_day_first(body: str) -> tuple[str, time | None]:
    """Take ``at 9pm about`` off the start of a reminder's words: ``the day before at 9pm
    about the dentist``."""
    found = _AT_TIME_FIRST.match(body)
    if found is None:
        return body, None
    said = _clock(found.group("h"), found.group("m"), found.group("half"))
    return (body, None) if said is None else (body[found.end() :], said)


def _clock(hour_said: str, minute_said: str | None, half_said: str | None) -> time | None:
    """Return the time of an hour, its minutes and its half of the day said (``7``, None,
    ``in the evening`` is 19:00), or None when there is no such time."""
    hour, minute, half = int(hour_said), int(minute_said or 0), (half_said or "").lower()
    if (half == "pm" or half.endswith(("evening", "afternoon"))) and hour < 12:
        hour += 12
    if half == "am" and hour == 12:
        hour = 0
    return None if hour > 23 or minute > 59 else time(hour, minute)


#: ``at 9pm about …``: the time of a reminder before, said before what it is about.
_AT_TIME_FIRST: Final = re.compile(
    r"^at\s++(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*+"
    r"(?P<half>am|pm|in\s++the\s++(?:morning|evening|afternoon))?\s++(?:about|of|for)\s++(?=\S)",
    _FLAGS,
)


@dataclass(frozen=True)
class ReminderBefore:
    """A reminder some time before a task is due: ``minutes`` before it, ``at`` a time of day
    on that day when one is said (``the evening before``, ``a day before at 7pm``)."""

    words: str
    minutes: int
    at: time | None = None


#: ``remind me on the morning of the interview``: that part of the day the task is due.
_PART_OF_ITS_DAY: Final = re.compile(
    rf"^(?:{_REMIND_VERB}|{_REMINDER_NOUN})\s++(?:on\s++)?the\s++(?P<part>morning|evening|night|day)"
    r"\s++of(?:\s++(?P<body>.+))?$",
    _FLAGS,
)


#: ``before I collect my prescription``: the one who does it, before what is done.
_DOER: Final = re.compile(r"^(?:i|we)\s++(?:have\s++to\s++|need\s++to\s++|must\s++)?", _FLAGS)


def read_remind_before(text: str) -> ReminderBefore | None:
    """Return a reminder said relative to a task's due time: ``remind me an hour before the
    dentist`` is 60 minutes before the dentist."""
    same_day = _PART_OF_ITS_DAY.match(text)
    if same_day is not None:  # "on the morning of the interview": 09:00 that day
        part = same_day.group("part").lower()
        body = same_day.group("body") or "it"  # "sneak peeks, remind me the morning of"
        return ReminderBefore(body, 0, _PARTS.get(part) or time(9))
    text, said_at = _time_of_day_after(text)  # "… one day before at 7 in the evening"
    bare = _BARE_AFTER_BEFORE.search(text)  # "… for tuition fees the day before evening"
    if bare is not None and said_at is None:
        text, said_at = text[: bare.start()], _time_alone(bare.group("time"))
    for pattern in (_REMIND_BEFORE, _REMIND_BEFORE_END):
        found = pattern.match(text)
        if found is None:
            continue
        body = found.group("body") or "it"  # "and remind me an hour before": the task in hand
        part = (found.group("day") or "").lower()
        alone = _time_alone(body) if part else None
        if alone is not None:  # "night before 9pm", "the day before evening"
            return ReminderBefore("it", 1440, alone)
        if part and found.re is _REMIND_BEFORE and not found.group("the") and body != "it":
            continue  # "morning before work to take my pills": no reminder before a task
        body = _DOER.sub("", body, count=1)  # "the night before I collect my prescription"
        body, said_first = _time_of_day_first(body)  # "the day before at 9pm about the dentist"
        body, at = _time_of_day_after(body)
        at = at or said_first or said_at
        if part:  # "the evening before": that part of the day before
            return ReminderBefore(body, 1440, at or _PARTS.get(part))
        thing = _THING.sub("", body, count=1)  # "the match fees thing"; "the task" stays
        body = thing if len(thing.split()) >= _THING_WORDS else body
        if found.groupdict().get("half"):  # "ping me half an hour before the match fees"
            return ReminderBefore(body, _HALF_HOUR, None)
        amount = _NUMBERS.get(found.group("n").lower()) or int(found.group("n"))
        unit = found.group("unit").lower().rstrip("s")
        return ReminderBefore(
            body, amount * _MINUTES[unit], at if unit in ("day", "week") else None
        )
    return None


@dataclass(frozen=True)
class ReminderRequest:
    """What a reminder is about, with the time said (before or after it); ``new`` when it was
    said as something to do (``remind me to call mom``) rather than about something."""

    body: str
    new: bool


_REMIND_THEN: Final = re.compile(
    rf"^{_REMIND_VERB}\s++(?P<when>(?:at|on|in|tomorrow|tonight).*)$", _FLAGS
)


#: ``don't let me forget the free trial - remind me friday at noon``.
_FORGET_THEN_REMIND: Final = re.compile(
    r"^(?:don'?t\s++(?:let\s++me\s++)?forget|do\s++not\s++(?:let\s++me\s++)?forget|"
    r"remember|i\s++mustn'?t\s++forget)\s++(?:about\s++)?(?P<body>.+?\S)\s*+[-–—,;:]\s*+"
    rf"{_REMIND_VERB}\s++(?P<when>.+)$",
    _FLAGS,
)
#: ``change the dentist reminder to 9``, ``move my dentist reminder to 7:30``, ``push the
#: reminder for call grandma to tomorrow``.
_REMINDER_CHANGE: Final = re.compile(
    r"^(?:(?:change|move|set|make|push|update|put|bring|shift|snooze|delay|postpone)\s++"
    r"(?:the\s++|my\s++)?"
    r"(?:(?:reminder|alert|alarm)\s++(?:for|on|of|about)\s++(?:the\s++|my\s++)?(?P<after>.+?\S)"
    r"|(?P<ref>.+?\S)(?:'s)?\s++(?:reminder|alert|alarm))\s++(?:to|for|at|until|till)"
    r"|(?:the\s++|my\s++)?"
    r"(?P<subject>.+?\S)(?:'s)?\s++(?:reminder|alert|alarm)\s++(?:should\s++be|is\s++now|"
    r"needs\s++to\s++be)(?:\s++(?:at|on|for))?)\s++(?P<when>.+)$",
    _FLAGS,
)
#: ``tomorrow, same time``: the day changes, the time of day stays.
_SAME_TIME: Final = re.compile(
    r"[\s,]*+(?:(?:at\s++)?(?:the\s++)?same\s++(?:time|day)|same\s++hour)[\s.!]*+$", _FLAGS
)


@dataclass(frozen=True)
class ReminderChange:
    """A new time for a task's reminder, said apart from what the task is. ``to tomorrow, same
    time`` is ``tomorrow``: a day alone keeps the reminder's time."""

    words: str
    when: str


#: ``the documents tomorrow``: a day said at the end of the words that name a task, before
#: the time of its reminder.
_DAY_AT_END: Final = re.compile(
    rf"(?<!\s)\s++(?P<day>(?:on\s++)?(?:tmrw|(?:next\s++|this\s++)?{WEEKDAY_WORD}|{DAY_WORD}))$",
    _FLAGS,
)
#: ``the reminder for the dentist is wrong, it should be at 8 not 9``.
_REMINDER_SHOULD_BE: Final = re.compile(
    r"^(?:the\s++|my\s++)?(?:reminder|alert|alarm)\s++(?:for|on|of|about)\s++(?P<after>.+?\S)"
    r"(?:\s++is\s++(?:wrong|off|not\s++right|incorrect))?[\s,;.]++(?:it\s++)?(?:should|needs\s++to)"
    r"\s++be(?:\s++(?:at|on|for))?\s++(?P<when>.+?)(?:[\s,]++not\s++(?:at\s++|on\s++)?\S{1,20})?$",
    _FLAGS,
)
#: ``to like 3pm``, ``to say 9``: a word of talk before the new time of a reminder.
_FILLER_BEFORE_TIME: Final = re.compile(
    r"^(?:like|say|maybe|perhaps|roughly|approximately|around|about)\s++(?=\S)", _FLAGS
)
#: ``6 this evening``: an hour first, a day after it.
_LEADING_HOUR: Final = re.compile(
    r"^(?P<hour>\d{1,2}(?::\d{2})?)(?=\s++(?:today|tomorrow|tmrw|tonight|this|on|in\s++the|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    _FLAGS,
)
#: ``the landlord reminder at 2 is useless. Can you push it to 6?``, ``the reminder of the
#: gift, put it one day before``: a reminder named first, then what to do with ``it``.
_REMINDER_TOPIC: Final = re.compile(
    r"(?:^|[,.;!?]\s*+(?:so\s++|and\s++|but\s++)?)(?:the\s++|my\s++|that\s++)?"
    r"(?:(?P<pre>[^\s,.;!?]++(?:\s++[^\s,.;!?]++){0,3}?)(?:'s)?\s++(?:reminder|alert|alarm)"
    r"|(?:reminder|alert|alarm)\s++(?:of|for|on|about)\s++(?P<post>[^,.;!?]{1,40}?))"
    r"(?:\s++(?:at|on|for)\s++[^\s,.;!?]{1,12})?"
    r"(?:\s++(?:is|was|seems|feels)\s++[^,.;!?]{1,40})?\s*+[,.;!?:\-–—]\s*+"
    r"(?:(?:so|and|but|please|pls|can\s++you|could\s++you|would\s++you|you\s++can)\s++)*+"
    r"(?P<rest>[^,.;!?]{1,80}?)[\s.!?]*+$",
    _FLAGS,
)
#: ``push it to 6``, ``put it one day before``: the request made of ``it``.
_IT_MOVED: Final = re.compile(
    r"^(?P<verb>push|move|put|set|change|shift|make|bring|get)\s++it\s++(?P<tail>.+)$", _FLAGS
)
#: ``give me one more hour``, ``give me 30 more minutes``: the reminder that much later.
_MORE_TIME: Final = re.compile(
    r"^give\s++(?:me|us|it)\s++(?:(?P<n>an|a|one|two|three|\d{1,3})\s++)?more\s++"
    r"(?P<unit>hours?|minutes?|mins?|days?)(?:\s++more)?$|"
    r"^give\s++(?:me|us|it)\s++(?P<n2>an|a|one|two|three|\d{1,3})\s++(?:more\s++)?"
    r"(?P<unit2>hours?|minutes?|mins?|days?)(?:\s++more|\s++extra)?$",
    _FLAGS,
)
#: ``one day before``: a move of a reminder said as before or after.
_BEFORE_AFTER: Final = re.compile(r"\b(?:before|sooner)$", _FLAGS)
_AFTER_WORD: Final = re.compile(r"\b(?:after|afterwards)$", _FLAGS)


def read_reminder_topic(text: str) -> str | None:
    """Return the request a message makes of a reminder it names first and then calls ``it``,
    said with the reminder in full: ``the landlord reminder at 2 is useless, push it to 6 this
    evening`` is ``push the reminder for the landlord to 6 this evening``; ``the plumber
    reminder is too early, give me one more hour`` is ``make the reminder for the plumber one
    hour later``; ``the reminder of the gift, put it one day before`` is ``move the reminder for
    the gift one day earlier``."""
    found = _REMINDER_TOPIC.search(text)
    if found is None:
        return None
    words = (found.group("pre") or found.group("post") or "").strip()
    if not words or words.lower() in ("the", "my", "a", "that", "this", "it"):
        return None
    named = f"the reminder for {words}"
    rest = found.group("rest").strip()
    more = _MORE_TIME.match(rest)
    if more is not None:
        amount = more.group("n") or more.group("n2") or "one"
        unit = (more.group("unit") or more.group("unit2")).lower()
        return f"make {named} {amount} {unit} later"
    moved = _IT_MOVED.match(rest)
    if moved is None:
        return None
    tail = _POLITE_TAIL.sub("", moved.group("tail"), count=1)
    tail = _BEFORE_AFTER.sub("earlier", tail, count=1)
    tail = _AFTER_WORD.sub("later", tail, count=1)
    return f"{moved.group('verb')} {named} {tail}"


#: ``… please``: thanks said after the request.
_POLITE_TAIL: Final = re.compile(r"\s++(?:please|pls|plz|thanks|thank\s++you)$", _FLAGS)
#: ``… on the invoice from friday``: where the reminder was, said after the task.
_FROM_BEFORE: Final = re.compile(r"\s++from\s++[\w: ]{1,30}$", _FLAGS)


def read_reminder_change(text: str) -> ReminderChange | None:
    """Return a change of a task's reminder: ``move my dentist reminder to 7:30``."""
    found = _REMINDER_CHANGE.match(text) or _REMINDER_SHOULD_BE.match(text)
    if found is None:
        return None
    when = _SAME_TIME.sub("", found.group("when"), count=1)
    when = _hours_at(_FILLER_BEFORE_TIME.sub("", when, count=1))  # "to like 3pm", "to around 6"
    when = _LEADING_HOUR.sub(r"at \g<hour>", when, count=1)  # "to 6 this evening"
    groups = found.groupdict()
    words = groups.get("after") or groups.get("ref") or groups.get("subject") or ""
    words = _FROM_BEFORE.sub("", words, count=1) or words
    when = f"at {when}" if _BARE_HOUR.fullmatch(when) else when
    day = _DAY_AT_END.search(words)
    if day is not None and day.start() > 0 and not _A_DAY.search(when):  # "… tomorrow at 4pm"
        words, when = words[: day.start()], f"{day.group('day')} {when}"
    return ReminderChange(words, when)


#: A reminder's new time said around it, not after ``move … to``: ``the Bilal handover reminder
#: should be the evening before``, ``could the newsletter reminder be moved to Monday``,
#: ``reminder for the check: 15 minutes beforehand``, ``the reminder for X change to 2 hours
#: before``.
_REMINDER_TO_BE: Final = (
    re.compile(
        r"^(?:(?:could|can|would|should)\s++)?(?:the\s++|my\s++)(?P<ref>[^,;:?]{1,60}?)"
        r"(?:'s)?\s++(?:reminder|alert|alarm)\s++(?:should\s++|could\s++|can\s++|needs\s++to\s++|"
        r"must\s++|would\s++)?be\s++(?:better\s++)?(?:(?:moved|changed|set|put|shifted|pushed)\s++)?"
        r"(?:to\s++|at\s++|on\s++|for\s++)?(?P<when>[^?]{1,60}?)$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:the\s++|my\s++)?(?:reminder|alert|alarm)\s++(?:for|on|of|about)\s++(?:the\s++|my\s++)?"
        r"(?P<ref>[^,;:?]{1,60}?)(?:\s*+(?<!\d):(?!\d)\s*+|\s++(?:change|move|set|push|shift)(?:\s++it)?\s++to\s++|"
        r"\s++(?:should|could|can|must|needs\s++to)\s++be\s++(?:(?:moved|changed|set)\s++)?"
        r"(?:to\s++|at\s++|on\s++)?)(?P<when>[^?]{1,60}?)$",
        _FLAGS,
    ),
    re.compile(  # "push the swimming reminder to half an hour before the lesson"
        r"^(?:move|push|change|set|put|shift|bring|make)\s++(?:the\s++|my\s++)(?P<ref>[^,;:?]{1,60}?)"
        r"(?:'s)?\s++(?:reminder|alert|alarm)\s++(?:to|at|for)\s++"
        r"(?P<when>[^?]{1,60}?\bbefore\s++(?:the\s++\w++|it(?:'s|\s++is)?\s++due))$",
        _FLAGS,
    ),
)
#: What a reminder's new time may end on that is no part of it: ``instead of tomorrow``,
#: ``please``, ``the lesson`` after ``before``.
_NEW_TIME_TAIL: Final = re.compile(
    r"(?<![\s,])(?:[\s,]++(?:please|pls|thanks))++[.!]*+$"
    r"|(?<=\bbefore)\s++(?:the\s++\w++|it(?:'s|\s++is)?\s++due)[.!]*+$",
    _FLAGS,
)
_INSTEAD: Final = re.compile(r"(?<!\s)\s++instead(?:\s++of\s++[^,;]{1,30}?)?(?=[,;.!]|$)", _FLAGS)
#: A word of the new time: what is said after the reminder is a time, not ``done``.
_A_TIME_WORD: Final = re.compile(
    r"\d|\b(?:today|tonight|tomorrow|morning|afternoon|evening|night|noon|midday|midnight|"
    rf"before|week|{WEEKDAY_WORD}|same\s++time)\b",
    _FLAGS,
)
#: A new time said in time's words only: ``Monday at the same time``, ``15 minutes before``
#: (``tested monday``, ``dentist at 10`` say more than a time).
_ONLY_TIME_WORDS: Final = re.compile(
    r"(?:(?:\d{1,2}(?:[:.]\d{2})?(?:\s*+[ap]\.?m\.?)?|\d{1,2}(?:st|nd|rd|th)|today|tonight|"
    r"tomorrow|morning|afternoon|evening|night|noon|midday|midnight|before|after|week|weeks|"
    rf"{WEEKDAY_WORD}|same|time|the|a|an|at|on|in|to|of|next|this|"
    r"half|quarter|hour|hours|hrs?|minutes?|mins?|days?|one|two|three|four|five|ten|fifteen|"
    r"twenty|thirty|forty|o'clock|early|earlier|later|instead|not)[\s,]*+){1,12}",
    _FLAGS,
)
#: A day in a new time: a day said before it (``the gym on monday to tuesday``) is the task's.
_A_DAY: Final = re.compile(rf"\b{DAY_WORD}\b", _FLAGS)
#: A time counted back from when the task is due: ``2 hours before``, ``the evening before``.
_COUNTED_BACK: Final = re.compile(r"\bbefore$", _FLAGS)
#: ``beforehand``: before it is due.
_BEFOREHAND: Final = re.compile(r"\bbeforehand\b", _FLAGS)


def reminder_said_plainly(text: str) -> str | None:
    """Return a reminder's new time said around it as ``move the reminder for X to …``
    (``could the newsletter reminder be moved to Monday`` is ``move the reminder for newsletter
    to Monday``), or as ``remind me about X … before`` when it is counted back from the task's
    due time (``the Bilal handover reminder should be the evening before``); else None."""
    text = _SAME_TIME_AFTER_A_QUESTION.sub(", ", text, count=1)
    for pattern in _REMINDER_TO_BE:
        found = pattern.match(text)
        if found is None:
            continue
        when = _BEFOREHAND.sub("before", _INSTEAD.sub("", found.group("when"), count=1))
        when = _NEW_TIME_TAIL.sub("", when, count=1)
        when = when.strip(" .!")
        if not _ONLY_TIME_WORDS.fullmatch(when) or _A_DAY.fullmatch(found.group("ref")):
            continue  # "the fire alarm should be tested monday", "reminder for monday: …"
        if _COUNTED_BACK.search(when):  # "to 2 hours before": before it is due
            return f"remind me about {found.group('ref')} {when}"
        if _A_TIME_WORD.search(when):
            return f"move the reminder for {found.group('ref')} to {when}"
    return None


#: ``… instead of tomorrow? Same time``: the time kept, said after the question.
_SAME_TIME_AFTER_A_QUESTION: Final = re.compile(r"\?\s*+(?=same\s++time[.!]*+$)", _FLAGS)
#: ``on thursday at 8 remind me about the dentist``: the time first.
_WHEN_FIRST: Final = re.compile(
    r"^(?P<when>(?:on|at|tomorrow|tonight|next|this|in|half|quarter|\d{1,2}|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b.{0,60}?)[\s,]++"
    rf"{_REMIND_VERB}\s++"
    r"(?:(?:about|of|re:?|regarding)\s++)?(?P<body>.+)$",
    _FLAGS,
)
#: ``reminder pls - invoice, friday 10am``.
_REMINDER_COLON: Final = re.compile(
    r"^(?:a\s++)?(?:(?:set|add|new)\s++(?:a\s++)?reminder|reminder|remind me)"
    r"(?:\s++(?:please|pls|plz))?\s*+[:\-–—]\s*+(?P<body>.+)$",
    _FLAGS,
)


#: ``'Order flowers' — reminder saturday 9am``: the task, then its reminder.
_TASK_THEN_REMINDER: Final = re.compile(
    r"^(?P<body>.+?\S)\s*+[:\-–—]++\s*+(?:(?:set|add|put|give\s++me)\s++)?(?:an?\s++)?"
    r"(?:reminder|alert|alarm|ping|nudge)\s++(?:for\s++|at\s++|on\s++)?(?P<when>.+)$",
    _FLAGS,
)
#: ``for the task 'Pay rent' please give me a reminder on the 1st``: the task, then the ask.
_FOR_TASK_REMIND: Final = re.compile(
    r"^for\s++(?:the\s++)?(?:task\s++|item\s++)?(?P<body>.+?\S)[\s,;:]++(?:(?:please|pls|you|"
    rf"can\s++you|could\s++you)\s++)*+(?:{_REMIND_VERB}|{_REMINDER_NOUN})\s++(?P<when>.+)$",
    _FLAGS,
)
#: ``remind me about the gas bill at 9 and about the car tax on monday``: two reminders.
_AND_ABOUT: Final = re.compile(r"\s++and\s++(?:also\s++)?(?:(?:about|of|for)\s++)?", _FLAGS)
#: ``reminders please: passport Monday 9am, car insurance Tuesday 9am``: a list of them.
_REMINDERS_LIST: Final = re.compile(
    r"^(?:set\s++)?(?:some\s++|two\s++|a\s++few\s++)?reminders(?:\s++(?:please|pls|plz))?"
    r"\s*+[:\-–—]\s*+(?P<body>.+)$",
    _FLAGS,
)
#: The most reminders read from one message.
_MOST_REMINDERS: Final = 3


def read_reminder_list(text: str) -> list[str] | None:
    """Return the bodies of two or three reminders asked in one message (each read as
    ``remind me about …``): ``remind me about X at 9 and about Y on monday``, ``reminders:
    X monday 9am, Y tuesday 9am``."""
    listed = _REMINDERS_LIST.match(text)
    if listed is not None:
        bodies = [part.strip() for part in listed.group("body").split(",") if part.strip()]
        return bodies if 2 <= len(bodies) <= _MOST_REMINDERS else None
    found = _REMIND_ABOUT.match(text)
    if found is None or found.group("pre").strip():
        return None
    bodies = _AND_ABOUT.split(found.group("body"), maxsplit=_MOST_REMINDERS - 1)
    return bodies if len(bodies) >= 2 else None


#: ``remind me the medicine for the dog on thursday``: no link word (said by many learners).
_REMIND_ME_THE: Final = re.compile(
    r"^(?:(?:remind|remember)\s++me|(?:make|help)\s++me\s++remember)\s++(?=(?:the|my|our)\b)"
    r"(?P<body>.+)$",
    _FLAGS,
)
#: ``remind slides 4pm``, ``remind passport renewal tomorrow``: ``remind`` and a task, said
#: without ``me`` or a link word, ending in its time.
_REMIND_BARE: Final = re.compile(
    r"^remind\s++(?!(?:me|us|him|her|them|you|everyone|everybody|about|of|re|to)\b)"
    r"(?P<body>[^,;:?!]{1,80}?\s(?:at\s++)?(?:\d{1,2}(?:[:.]\d{2})?\s*+(?:am|pm|a\.m\.|p\.m\.)?"
    r"|noon|midday|tonight|today|tomorrow|tmrw|(?:mon|tues|wednes|thurs|fri|satur|sun)day))$",
    _FLAGS,
)
#: ``for 5 today``, ``by 10``, ``, say 6``: an hour said with a word other than ``at`` before
#: it, in a reminder, is the reminder's time (``for 5 today`` is ``at 5 today``).
_HOUR_WITHOUT_AT: Final = re.compile(
    r"\b(?:for|by|around|about|like|(?<=,\s)say|(?<=,)say|at\s++around|at\s++about)\s++"
    r"(?P<hour>\d{1,2}(?:[:.]\d{2})?(?:\s*+(?:am|pm))?|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)(?=\s++o'?clock))"
    r"(?=\s*+(?:o['’]?\s?clock\b\s*+)?(?:$|[,.!?]|(?:today|tomorrow|tmrw|tonight|this|on|in\s++the|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))",
    _FLAGS,
)
#: A sentence said after a reminder asked as a question: ``remind me about X? Sunday would be
#: best, about 1``.
_ASKED_THEN_WHEN: Final = re.compile(r"^(?P<task>[^?]{1,120}?)\?\s++(?P<rest>.{1,200})$", _FLAGS)
#: A fixed moment to find the words of time phrases by (the words do not depend on it).
_ANY_MOMENT: Final = datetime(2000, 1, 3, tzinfo=UTC)
_UTC_ZONE: Final = ZoneInfo("UTC")


def _hours_at(words: str) -> str:
    """Return a reminder's words with an hour said after ``for``, ``by`` or ``around`` said
    with ``at``: ``fridge temps for 5 today`` is ``fridge temps at 5 today``."""
    return _HOUR_WITHOUT_AT.sub(lambda found: f"at {found.group('hour')}", words)


def _time_said_after(body: str) -> str:
    """Return what a reminder asked as a question is about, with the date and time said in the
    sentence after it: ``ringing Margaret? Sunday after church, about 1`` is ``ringing Margaret
    Sunday at 1``; a body without a question is returned as it is."""
    asked = _ASKED_THEN_WHEN.match(body)
    if asked is None:
        return body
    rest = _hours_at(asked.group("rest"))
    said = [found.text for found in find_when(rest, now=_ANY_MOMENT, tz=_UTC_ZONE)]
    if not said or find_when(asked.group("task"), now=_ANY_MOMENT, tz=_UTC_ZONE):
        return body
    return " ".join((asked.group("task").strip(), *said))


def read_remind_about(text: str) -> ReminderRequest | None:
    """Return what a reminder request names, its time included: ``ping me about the dentist
    at 8`` and ``remind me at 8 about the dentist`` are both ``the dentist at 8``; a time
    alone (``ping me at 5``) is about the task the conversation is about. An hour said with
    ``for``, ``by`` or ``around`` is read as with ``at``; a time said in the sentence after a
    request asked as a question is the request's."""
    found = _read_remind_about(text)
    if found is None:
        return None
    return ReminderRequest(_hours_at(_time_said_after(found.body)), found.new)


def _read_remind_about(text: str) -> ReminderRequest | None:
    first = _WHEN_FIRST.match(text)
    if first is not None:
        return ReminderRequest(f"{first.group('body')} {first.group('when')}", new=False)
    colon = _REMINDER_COLON.match(text)
    if colon is not None:
        return ReminderRequest(colon.group("body").replace(",", " "), new=False)
    forget = _FORGET_THEN_REMIND.match(text)
    if forget is not None:
        return ReminderRequest(f"{forget.group('body')} {forget.group('when')}", new=False)
    bare = _REMIND_ME_THE.match(text) or _REMIND_BARE.match(text)
    if bare is not None:
        return ReminderRequest(bare.group("body"), new=False)
    for pattern in (_TASK_THEN_REMINDER, _FOR_TASK_REMIND):
        task_first = pattern.match(text)
        if task_first is not None:
            body, when = task_first.group("body"), task_first.group("when")
            return ReminderRequest(f"{body} {when}", new=False)
    then = _REMIND_THEN.match(text)
    if (
        then is not None
        and not _LINK_WORD.search(then.group("when"))
        and not _FOR_A_TASK.search(then.group("when"))
    ):
        return ReminderRequest(f"it {then.group('when')}", new=False)
    for pattern in (_REMIND_ABOUT, _REMINDER_FOR):
        found = pattern.match(text)
        if found is not None:
            body = f"{found.group('body')} {found.group('pre').strip()}".strip()
            named = _NAMED_TASK.match(found.group("body")) is not None  # "to the dentist task"
            return ReminderRequest(body, new=found.group("link").lower() == "to" and not named)
    return None
