"""Questions about the tasks of a day or a few days: ``anything for Monday?``,
``what's on this weekend``, ``what's coming next week``, ``what do I have tomorrow``.

:func:`read_window` returns the open tasks' list for those days, or None when the message is no
such question. ``today``, ``this week`` and ``overdue`` are the list's own filters
(:mod:`~todo.domain.assistant.intent_lists`) and are left to it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from todo.domain.assistant.intent_lists import ListQuery
from todo.domain.language.when import find_when, local_now
from todo.domain.language.when_words import WEEKDAYS

_FLAGS: Final = re.IGNORECASE | re.DOTALL

#: A question about what is planned; the days come after it.
_ASK: Final = re.compile(
    r"^(?:what'?s|whats|what is|what are|what do i have|what have i got|what'?ve i got|"
    r"agenda|"
    r"what am i doing|what needs doing|anything|is there anything|do i have anything|"
    r"have i got anything|got anything|any tasks|any plans|what tasks|which tasks|what'?s due|"
    r"what is due|anything due|show me|show|list|tell me|what should i do|what to do|"
    r"my plans?|plans|agenda|schedule|what'?s my (?:plan|agenda|schedule)|tasks?|todos?|items?|"
    r"to-?dos?|my tasks|my todos|things|what|which|anything|any|do i have|have i got|have i|"
    r"am i (?:free|busy|doing anything)|is there|is anything|are there(?: any)?|"
    r"how (?:busy|free) am i|how'?s my|how does my|is my|due(?=\s++(?:this|next|in)\b)|"
    r"give me (?:a |an )?(?:rundown|overview|summary|list|run-down) of|"
    r"what do i have|the \d{1,2}(?:st|nd|rd|th)?|weekend plans|plans for|hit me with|let me see|"
    # asked for in so many words: "provide a list of the tasks due …", "confirm what is …"
    r"(?:provide|send|give|share|prepare)(?:\s++me)?(?:\s++with)?\s++(?:a|an|the)\s++(?:list|rundown|"
    r"overview|summary|run-down)\s++of|(?:confirm|let\s++me\s++know|know|check|say|remind\s++me)\s++"
    r"(?:what|which|whether|if)|how(?:'s|\s++is|\s++are|\s++does|\s++do)(?=\s))\b",
    _FLAGS,
)
#: A question word said after the days (``Monday what task I have?``, ``January got anything
#: or not?``): a question about those days too, when nothing else is said.
_ASKED_AFTER: Final = re.compile(r"\b(?:what|anything|whats|what'?s)\b", _FLAGS)
_ASKED_AFTER_WORDS: Final = 8
_WEEKEND: Final = re.compile(r"\b(?P<next>next|coming)?\s*+weekend\b", _FLAGS)
_NEXT_WEEK: Final = re.compile(r"\b(?:next week|the week after)\b", _FLAGS)
_WEEK_AFTER_NEXT: Final = re.compile(r"\b(?:the\s++)?week\s++after\s++next\b", _FLAGS)
#: ``the week of the 7th of December``.
_WEEK_OF: Final = re.compile(
    r"\bweek\s++(?:(?P<from>from|starting\s++(?:on|from|with))|of|commencing|starting|beginning)\b|"
    r"\bw/c\b",
    _FLAGS,
)
#: Two days joined as a span: ``between … and …``, ``from … to …``, ``today and tomorrow``.
_RANGE_LINK: Final = re.compile(r"\b(?:and|or|to|till|until|through|thru)\b|\s[-–]\s", _FLAGS)
_FROM_NOW: Final = re.compile(r"\b(?:between\s++)?(?:now|today)\s++(?:and|to|till|until)\b", _FLAGS)
_WEEKDAY: Final = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", _FLAGS
)
#: ``the next few days``, ``the coming 3 days``, ``the next couple of weeks``.
_NEXT_DAYS: Final = re.compile(
    r"\b(?:next|coming|following)\s++(?P<n>few|couple of|couple|two|three|four|five|\d{1,2})\s++"
    r"(?P<unit>days|weeks)\b|\b(?:next|coming)\s++(?P<fortnight>fortnight)\b",
    _FLAGS,
)
#: A month by its name, not a date in it: ``in december``, ``what's coming up in january``.
_NAMED_MONTH: Final = re.compile(
    r"(?:^|\b(?:in|during|for|of|through(?:out)?|over)\s++)(?:the\s++month\s++of\s++)?"
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?!\s*+\d)",
    _FLAGS,
)
_MONTH_WORD: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|mar|april|apr|may|june|jun|july|jul|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_SPAN_LINK: Final = r"\s*+(?:-|–|to|till|until|thru|through)\s*+"
#: Days of one month joined as a span: ``dec 1-4``, ``december 1 to 4``, ``1-4 dec``, ``the
#: 1st-4th of december``.
_MONTH_SPAN: Final = re.compile(
    rf"\b(?P<month>{_MONTH_WORD})\.?\s++(?P<a>\d{{1,2}})(?:st|nd|rd|th)?{_SPAN_LINK}"
    r"(?P<b>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*+(?::|am|pm))"
    rf"|\b(?P<a2>\d{{1,2}})(?:st|nd|rd|th)?\s*+[-–]\s*+(?P<b2>\d{{1,2}})(?:st|nd|rd|th)?\s++"
    rf"(?:of\s++)?(?P<month2>{_MONTH_WORD})\b",
    _FLAGS,
)


def _span_spelt(said: re.Match[str]) -> str:
    """Return a span of one month's days as ``between dec 1 and dec 4``."""
    month = said.group("month") or said.group("month2")
    first, last = said.group("a") or said.group("a2"), said.group("b") or said.group("b2")
    return f"between {month} {first} and {month} {last}"


#: A day's number just before ``of december``: a date, not the month.
_DAY_NUMBER_BEFORE: Final = re.compile(r"\d(?:st|nd|rd|th)?\s*+$", _FLAGS)
_MONTH_NUMBERS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("march",),
            ("april",),
            ("may",),
            ("june",),
            ("july",),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
#: Days everyone knows by name, for ``what's due after christmas``.
_HOLIDAYS: Final = re.compile(
    r"\b(?P<word>after|before|until|till|by|on|for|at)\s++(?P<day>christmas eve|"
    r"christmas(?:\s++day)?|xmas(?:\s++day)?|boxing\s++day|"
    r"new year'?s eve|new year'?s day|new year'?s|new year)\b",
    _FLAGS,
)
#: The days of the year's end said by name, as (month, day).
HOLIDAY_DATES: Final = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "xmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "new year": (1, 1),
}
#: ``after friday``: the days after one.
_AFTER: Final = re.compile(r"\b(?:after|from|beyond)\s++$", _FLAGS)
_DAY_COUNTS: Final = {"few": 3, "couple of": 2, "couple": 2, "two": 2, "three": 3, "four": 4}
_MONTH: Final = re.compile(r"\b(?P<which>this|next|the)\s++month\b", _FLAGS)
#: ``before friday`` leaves Friday out; ``by``, ``until`` and ``till`` keep it in.
_UNTIL: Final = re.compile(r"\b(?P<word>before|by|until|till|up to)\s++", _FLAGS)
_POSSESSIVE: Final = re.compile(r"(?<=\w)['’]s\b", _FLAGS)
#: Days the list's own filters answer.
_OWN_FILTERS: Final = re.compile(
    r"\b(?:today|tonight|this week|coming week|upcoming week|overdue|late)\b", _FLAGS
)
#: What may stand around the days in such a question.
_FILLER: Final = re.compile(
    r"\b(?:what'?s|whats|what|is|are|do|does|i|have|got|anything|any|tasks?|todos?|plans?|"
    r"there|for|on|due|coming|up|planned|scheduled|happening|my|me|the|this|in|show|list|tell|"
    r"agenda|schedule|doing|needs|need|should|to|do|be|done|else|left|open|pending|"
    r"items?|things?|stuff|at|all|of|free|busy|am|anything|something|get|got|plate|slate|calendar|"
    r"diary|radar|could|can|you|would|please|tell|what'?ve|whatve|ve|lined|finish|sort|which|"
    r"must|hello|hi|hey|have to|has to|rundown|overview|summary|give|free|busy|look|like|"
    r"between|now|a|an|know|about|that|plans|ahead|let|see|cards|then|mate|so|really|everything|"
    r"actually|exactly|currently|again|just|going|booked|arranged|yet|still|there|task|must|"
    r"or|not|how|bad|it|delightful|chores?|jobs?|errands?|await|awaits|fun|hit|with|go|quick|"
    r"whose|reckon|ought|wonder|kindly|share|kids|family|how|bad|busy|"
    r"nah|nope|outstanding|confirm|provide|send|prepare|falls?|lands?|looking|looks|shaping|shape|"
    r"appointments?|meetings?|events?|commitments?|whether|if|let|know|list|remind)\b|"
    r"'s\b|[\s,?!.':]++",
    _FLAGS,
)


def read_window(text: str, *, now: datetime, tz: ZoneInfo) -> ListQuery | None:
    """Return the open tasks due on the days a question names, or None for no such question:
    ``read_window("anything for Monday", …)`` lists the tasks due on the coming Monday."""
    asked_after = _ASKED_AFTER.search(text) and len(text.split()) <= _ASKED_AFTER_WORDS
    if not _ASK.match(text) and not asked_after:
        return None
    text = _POSSESSIVE.sub("", text)  # "tomorrow's tasks"
    text = _MONTH_SPAN.sub(_span_spelt, text, count=1)  # "dec 1-4", "1-4 december"
    today = local_now(now, tz).date()
    ranged = _range(text, today, now, tz)  # "today and tomorrow" too
    if ranged is not None:
        return ranged
    if _OVERDUE_OR_TODAY.search(text):  # "anything overdue or due today?"
        return ListQuery(status="pending", due_before=today + timedelta(days=1), window="by today")
    if _REST_OF_WEEK.search(text):  # "what's on for the rest of the week?"
        monday = today + timedelta(days=7 - today.weekday())
        return _window(today, monday, "this week")
    until_end = _until_period(text, today)  # "what's due by the end of next week?"
    if until_end is not None:
        return until_end
    if _OWN_FILTERS.search(text):
        return None
    weekend = _WEEKEND.search(text)
    if weekend is not None and _UNTIL.search(text[: weekend.start()]):
        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
        return ListQuery(status="pending", due_before=saturday, window="before the weekend")
    if weekend is not None:
        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
        if today.weekday() == 6:  # on a Sunday, "this weekend" is what is left of it: today
            saturday = today - timedelta(days=1)
        if weekend.group("next"):
            saturday += timedelta(days=7)
        start = max(saturday, today)
        label = "next weekend" if weekend.group("next") else "this weekend"
        return _window(start, saturday + timedelta(days=2), label)
    if _WEEK_AFTER_NEXT.search(text):
        monday = today + timedelta(days=14 - today.weekday())
        return _window(monday, monday + timedelta(days=7), "the week after next")
    if _NEXT_WEEK.search(text):
        monday = today + timedelta(days=7 - today.weekday())
        named = _WEEKDAY.search(text)  # "monday next week", "thursday of next week"
        if named is not None:
            day = monday + timedelta(days=WEEKDAYS[named.group().lower()])
            return _window(day, day + timedelta(days=1), f"on {day:%A} {day.day} {day:%B}")
        return _window(monday, monday + timedelta(days=7), "next week")
    days = _NEXT_DAYS.search(text)
    if days is not None:
        if days.group("fortnight"):
            return _window(today, today + timedelta(days=15), "in the next two weeks")
        word = days.group("n").lower()
        count = _DAY_COUNTS.get(word) or (5 if word == "five" else int(word))
        if days.group("unit").lower() == "weeks":
            count = min(max(count, 1), 8)
            return _window(
                today, today + timedelta(days=7 * count + 1), f"in the next {count} weeks"
            )
        count = min(max(count, 1), 31)
        return _window(today, today + timedelta(days=count + 1), f"in the next {count} days")
    half = _half_of_month(text, today)  # "the second half of December"
    if half is not None:
        return half
    named = _NAMED_MONTH.search(text)
    if named is not None and not _DAY_NUMBER_BEFORE.search(text, 0, named.start()):
        number = _MONTH_NUMBERS[named.group("month").lower()]
        year = today.year + (1 if number < today.month else 0)
        first = date(year, number, 1)
        following = (first + timedelta(days=32)).replace(day=1)
        return _window(max(first, today), following, f"in {first:%B}")
    holiday = _HOLIDAYS.search(text)
    if holiday is not None:
        day = _holiday(holiday.group("day"), today)
        word = holiday.group("word").lower()
        if word in ("on", "for", "at"):  # "anything on christmas day?"
            return _window(day, day + timedelta(days=1), f"on {day:%A} {day.day} {day:%B}")
        return _around(word, day)
    month = _MONTH.search(text)
    if month is not None:
        first = today.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        if month.group("which").lower() == "next":
            beyond = (following + timedelta(days=32)).replace(day=1)
            return _window(following, beyond, "next month")
        return _window(today, following, "this month")
    found = find_when(text, now=now, tz=tz)
    if len(found) != 1 or not found[0].has_date:
        return None
    before = text[: found[0].start]
    until = _UNTIL.search(before)
    after = _AFTER.search(before) if until is None else None
    cut = until or after
    rest = (before[: cut.start()] if cut else before) + " " + text[found[0].end :]
    if _FILLER.sub("", rest):
        return None  # other words: a request this does not read
    value = found[0].value
    day = value.astimezone(tz).date() if isinstance(value, datetime) else value
    spoken = f"{day:%A} {day.day} {day:%B}"
    if after is not None:
        return _around("after", day)
    if until is not None:
        word = until.group("word").lower()
        end = day if word == "before" else day + timedelta(days=1)
        return ListQuery(status="pending", due_before=end, window=f"{word} {spoken}")
    return _window(day, day + timedelta(days=1), f"on {spoken}")


#: Late and today's tasks asked for together: ``anything overdue or due today?``.
_OVERDUE_OR_TODAY: Final = re.compile(
    r"\b(?:overdue|late)\b.{0,25}?\btoday\b|\btoday\b.{0,25}?\b(?:overdue|late)\b", _FLAGS
)
#: The words of a span besides its days: ``between``, ``and``, ``from``, ``to``.
_RANGE_WORDS: Final = re.compile(
    r"\b(?:between|and|or|from|to|till|until|through|thru|now|the|\d{1,2}(?:st|nd|rd|th)?)\b|[-–]",
    _FLAGS,
)
#: A day number before a written date: ``between 1 and 5 december``, ``from the 2nd to …``.
_DAY_BEFORE_RANGE: Final = re.compile(
    r"\b(?:between|from)\s++(?:the\s++)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s++"
    r"(?:and|to|till|until|through|thru|-|–)\s++(?:the\s++)?\d",
    _FLAGS,
)
#: What is left of this calendar week: ``what's left for this week``, ``the rest of the week``.
_REST_OF_WEEK: Final = re.compile(
    r"\b(?:left|rest of|remaining|remainder of)\b.{0,20}?\bweek\b|\bweek\b.{0,12}?\bleft\b",
    _FLAGS,
)


#: Up to the end of a week or a month: ``by the end of next week``, ``before next month``,
#: ``until the end of the month``.
_UNTIL_PERIOD: Final = re.compile(
    r"\b(?P<word>by|before|until|till|up\s++to)\s++(?:the\s++)?(?P<end>end\s++of\s++)?"
    r"(?:the\s++)?(?P<which>this|next|the|coming)?\s*+(?P<unit>week|month)\b",
    _FLAGS,
)
#: Half of a month: ``the second half of December``, ``first half of next month``.
_HALF: Final = re.compile(
    r"\b(?P<which>first|1st|second|2nd|latter|last|back|front)\s++half\s++of\s++(?:the\s++)?"
    r"(?:(?:month\s++of\s++)?(?P<month>jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|"
    r"(?P<this>this|next|the)\s++month\b)",
    _FLAGS,
)
#: The day a month's second half starts on.
_SECOND_HALF_DAY: Final = 16


def _until_period(text: str, today: date) -> ListQuery | None:
    """Read ``by the end of next week`` (today's open tasks and all before, up to that week's
    Sunday), ``before next week`` (up to this Sunday) and ``by the end of the month``; None for
    no such words. ``by this week`` alone is left to the list's own week."""
    found = _UNTIL_PERIOD.search(text)
    if found is None:
        return None
    which = (found.group("which") or "").lower()
    ended = found.group("end") is not None
    if not ended and which != "next":
        return None  # "by this week", "until the week": no end said
    if found.group("unit").lower() == "week":
        start = (
            today - timedelta(days=today.weekday()) + timedelta(days=7 if which == "next" else 0)
        )
        following = start + timedelta(days=7)
    else:
        start = today.replace(day=1)
        if which == "next":
            start = (start + timedelta(days=32)).replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
    end = following if ended else start
    last = end - timedelta(days=1)
    return ListQuery(status="pending", due_before=end, window=f"by {_spoken(last)}")


def _half_of_month(text: str, today: date) -> ListQuery | None:
    """Read ``the second half of December`` (the 16th to its last day) and ``the first half of
    next month`` (the 1st to the 15th); None for no such words."""
    found = _HALF.search(text)
    if found is None:
        return None
    if found.group("month"):
        number = _MONTH_NUMBERS[found.group("month").lower()]
        first = date(today.year + (1 if number < today.month else 0), number, 1)
    else:
        first = today.replace(day=1)
        if found.group("this").lower() == "next":
            first = (first + timedelta(days=32)).replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    middle = first.replace(day=_SECOND_HALF_DAY)
    if found.group("which").lower() in ("first", "1st", "front"):
        return _window(max(first, today), middle, f"in the first half of {first:%B}")
    return _window(max(middle, today), following, f"in the second half of {first:%B}")


def rest_of_week(query: ListQuery, text: str, *, now: datetime, tz: ZoneInfo) -> ListQuery:
    """Return ``query`` with what is *left* of this week read as today to Sunday (``what's
    left for this week``); ``this week`` alone stays the list's own ``week``, the next seven
    days."""
    if query.due != "week" or not _REST_OF_WEEK.search(text):
        return query
    today = local_now(now, tz).date()
    monday = today + timedelta(days=7 - today.weekday())
    return replace(query, due=None, due_after=today, due_before=monday, window="this week")


def _range(text: str, today: date, now: datetime, tz: ZoneInfo) -> ListQuery | None:
    """Read ``between now and sunday``, ``today and tomorrow``, ``the 2nd to the 5th of
    december`` and ``the week of the 7th of December``: the open tasks due in those days."""
    week_of = _WEEK_OF.search(text)
    found = find_when(text, now=now, tz=tz)
    days = [_day_of(match.value, tz) for match in found if match.has_date]
    if week_of is not None and len(days) == 1 and week_of.group("from"):  # "the week from the 7th"
        return _window(days[0], days[0] + timedelta(days=7), f"in the week from {_spoken(days[0])}")
    if week_of is not None and len(days) == 1:
        monday = days[0] - timedelta(days=days[0].weekday())
        return _window(
            monday,
            monday + timedelta(days=7),
            f"in the week of {monday:%A} {monday.day} {monday:%B}",
        )
    joined = _RANGE_LINK.search(text)
    if joined is None:
        return None
    if len(days) == 1 and _FROM_NOW.search(text):
        days = [today, days[0]]
    opening = _DAY_BEFORE_RANGE.search(text) if len(days) == 1 else None
    if opening is not None and 1 <= int(opening.group("day")) < days[0].day:
        days = [days[0].replace(day=int(opening.group("day"))), days[0]]
    dated = [match for match in found if match.has_date]
    weekday_first = bool(dated) and text[dated[0].start : dated[0].end].casefold() in WEEKDAYS
    if (
        weekday_first
        and len(days) == 2
        and days[1] < days[0] <= days[1] + timedelta(days=7)
        and (days[0] - timedelta(days=7) >= today)
    ):  # "between mon and wed" said on a Monday: from today
        days = [days[0] - timedelta(days=7), days[1]]
    elif weekday_first and len(days) == 2 and days[1] < days[0] <= days[1] + timedelta(days=7):
        days = [days[0], days[1] + timedelta(days=7)]  # said on a Tuesday: next Monday on
    if len(days) != 2 or days[1] < days[0]:
        return None
    starts = (0, *(match.end for match in found))
    ends = (*(match.start for match in found), len(text))
    rest = "".join(text[start:end] for start, end in zip(starts, ends, strict=True))
    if _FILLER.sub("", _RANGE_WORDS.sub(" ", rest)):
        return None  # other words: "what a week … yesterday … add X for tomorrow"
    first, last = days
    spoken = f"from {first:%A} {first.day} {first:%B} to {last:%A} {last.day} {last:%B}"
    return _window(first, last + timedelta(days=1), spoken)


def _spoken(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


def _day_of(value: date | datetime, tz: ZoneInfo) -> date:
    return value.astimezone(tz).date() if isinstance(value, datetime) else value


def _holiday(name: str, today: date) -> date:
    """Return the next date of a holiday named in words (Christmas, New Year)."""
    key = " ".join(name.lower().replace("’", "'").split())
    month, day = HOLIDAY_DATES.get(key) or (
        (12, 25) if key.startswith(("christmas", "xmas")) else (1, 1)
    )
    found = date(today.year, month, day)
    return found if found >= today else date(today.year + 1, month, day)


def _around(word: str, day: date) -> ListQuery:
    """Return the open tasks due after ``day``, or before it (``by``/``until``: up to it)."""
    spoken = f"{word} {day:%A} {day.day} {day:%B}"
    if word == "after":
        return ListQuery(status="pending", due_after=day + timedelta(days=1), window=spoken)
    end = day if word == "before" else day + timedelta(days=1)
    return ListQuery(status="pending", due_before=end, window=spoken)


def _window(start: date, end: date, label: str) -> ListQuery:
    return ListQuery(status="pending", due_after=start, due_before=end, window=label)
