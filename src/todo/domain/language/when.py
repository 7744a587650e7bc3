"""Read date and time phrases such as ``tomorrow 9am``, ``next friday`` or ``Dec 1st at noon``.

``parse_when("friday at 17:30", now=now, tz=ZoneInfo("Europe/Berlin"))`` returns the coming
Friday at 17:30 in Berlin. A phrase without a time of day gives a :class:`~datetime.date` (an
all-day due date); any phrase with a time gives an aware :class:`~datetime.datetime` in ``tz``.

The rules, all case-insensitive:

* ``today``, ``tomorrow`` (``tmrw``), ``yesterday``; ``tonight`` is today at 20:00.
* ``the day after tomorrow``; ``the 3rd`` (a day of the month alone) is the next 3rd, this
  month or the next; ``monday the 7th`` is that date.
* ``this weekend`` (``the weekend``, ``weekend``) is the coming Saturday (today on a weekend
  day); ``next weekend`` the Saturday after next Monday.
* A weekday (``monday``, ``mon``) is its next occurrence after today: today never counts.
  ``this friday`` may be today; ``next friday`` is the Friday of next week (weeks start on
  Monday). ``next week`` is next week's Monday, ``next month`` the 1st of next month and
  ``next year`` the 1st of January.
* ``in 3 days``, ``in a week``, ``in two months`` give a date; ``in 2 hours`` and
  ``in 30 minutes`` a moment.
* ISO dates ``2026-12-01`` and ``2026/12/01``, ISO datetimes ``2026-12-01T09:00`` (read in
  ``tz`` unless they carry an offset). Slash dates are read only where day and month cannot be
  mixed up (``25/12``, ``12/25``, ``12/12``); ``12/1`` is ambiguous and refused.
* Written dates ``Dec 1``, ``1 Dec``, ``December 1st``, ``1st of December``, optionally with a
  year (``Dec 1 2027``); without a year they mean the next such day, today included. A month
  needs a day: ``March`` or ``May I call`` is no date.
* Times ``9am``, ``9:30pm``, ``9 am``, ``17:30``, ``noon``, ``midnight`` (00:00 at the start of
  the day), ``at 9`` and ``at 9.30``. A bare hour or a dotted time needs ``at`` (``3.50`` is a
  price); ``at 1`` to ``at 6`` mean the afternoon, and after ``tonight`` or ``evening`` any hour
  before 12 does. ``morning``, ``lunchtime``, ``afternoon``, ``evening`` and ``night`` after a
  date mean 09:00, 12:00, 15:00, 18:00 and 20:00. Four digits are a time from ``0500`` to
  ``0955`` beside a day (``0800 tomorrow``), and any hour after ``at`` or before ``hours``.
* A date and a time combine in either order: ``tomorrow 9am``, ``9am on friday``. A time alone
  means today if that moment is still ahead, else tomorrow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final, TypeAlias
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from todo.domain.language.when_words import (
    AMBIGUOUS_WORDS,
    CLOCK_UNITS,
    CONNECTORS,
    DAY_ORDINAL_WORDS,
    DAY_TENS,
    DAY_UNITS,
    MONTHS,
    PARTS_OF_DAY,
    TONIGHT,
    WEEKDAYS,
    Token,
    count_of,
    follows,
    tokenize,
    weekday_of,
)
from todo.errors import Invalid

Due: TypeAlias = date | datetime

_RELATIVE_DAYS: Final = {"today": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}
_NAMED_TIMES: Final = {"noon": time(12), "midday": time(12), "midnight": time(0)}
_HALVES: Final = ("am", "pm")
#: A time written as four digits (``0800``), and the words that may follow it.
_MILITARY_DIGITS: Final = 4
_HOURS_WORDS: Final = frozenset({"hours", "hrs", "h"})
_LAST_HOUR: Final = 23
#: Words beside which four digits are a time: ``due 0800``, ``0700 tomorrow``.
_BESIDE_A_TIME: Final = frozenset(
    {"due", "by", "from", "until", "till", "today", "tomorrow", "tonight", "tmrw"}
)
#: The earliest hour a four-digit time is read at without ``at`` (``0500``).
_EARLIEST_BARE: Final = 5
_LAST_MINUTE: Final = 59
#: Hours said in words after ``at``.
_HOUR_WORDS: Final = {
    word: number
    for number, word in enumerate(
        (
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ),
        start=1,
    )
}
#: ``in the evening``: the half of the day said in words.
_HALF_WORDS: Final = {"morning": "am", "afternoon": "pm", "evening": "pm"}
#: ``the`` before a half of the day, and as Caribbean English writes it (``in de morning``).
_ARTICLES: Final = frozenset({"the", "de"})
#: Words before ``the`` and a day of the month written as a number alone (``on the 30``).
#: (``for the 4`` and ``till the 9`` are as often a table for four or the number 9 bus).
_BEFORE_A_DAY: Final = frozenset({"on", "by"})
#: Minutes said before ``past`` or ``to``: ``half past 4``, ``quarter to 6``, ``ten past 9``.
_PAST_OR_TO: Final = {"half": 30, "quarter": 15, "five": 5, "ten": 10, "twenty": 20}
#: ``around 7``, ``about 7``, ``by 10``, ``before 6 pm``: an hour said near a date, read as
#: that hour.
_ABOUT: Final = frozenset({"around", "about", "approximately", "roughly", "by", "before"})
#: Words that name a street after a house number: ``at 14 Ivy Lane`` is a place, not 14:00.
_STREETS: Final = frozenset(
    {"road", "rd", "street", "lane", "ln", "avenue", "ave", "close", "drive", "way", "court"}
    | {"crescent", "terrace", "gardens", "square", "mews", "grove", "parade", "boulevard", "blvd"}
)
#: The most words of a street's name after a house number (``Upper Birch Road``).
_STREET_WORDS: Final = 3
#: ``o'clock`` after an hour, however its apostrophe is written.
_OCLOCK: Final = frozenset({"o'clock", "o’clock", "oclock"})
#: Words that may follow an hour said with ``around`` or ``by``: the rest of a date or time.
_AFTER_HOUR: Final = (
    frozenset({"in", "of", "at", "on", "this", "next", "tonight", "and", "then", "please", "pls"})
    | CONNECTORS
    | frozenset(PARTS_OF_DAY)
    | frozenset(WEEKDAYS)
    | frozenset(_RELATIVE_DAYS)
    | _OCLOCK
    | frozenset(_HALVES)
)
_DATE_SEPARATOR: Final = re.compile(r"[-/]")
_SHOWN_LENGTH: Final = 60


@dataclass(frozen=True)
class WhenMatch:
    """A date/time phrase found in a text, where it is and what it means.

    ``has_date`` is False for a time alone (``9am``); ``clock`` is the time of day the phrase
    names, if any, so that a caller may place it on another day.
    """

    start: int
    end: int
    text: str
    value: Due
    has_date: bool
    clock: time | None


def parse_when(text: str, *, now: datetime, tz: ZoneInfo) -> Due:
    """Return the date or moment a phrase names, or raise :class:`Invalid`.

    ``parse_when("tomorrow 9am", now=now, tz=tz)`` is tomorrow at 09:00 in ``tz``.
    """
    stripped = text.strip()
    if not stripped:
        raise Invalid("The date is empty; write one such as 'tomorrow 9am' or '2026-12-01'.")
    reader = _Reader(text, now, tz)
    tokens = reader.tokens
    if tokens and tokens[0].start == len(text) - len(text.lstrip()):
        phrase = reader.phrase(0)
        if phrase is not None and tokens[phrase.end - 1].end == len(text.rstrip()):
            return phrase.value
    shown = stripped if len(stripped) <= _SHOWN_LENGTH else stripped[: _SHOWN_LENGTH - 1] + "…"
    raise Invalid(f"Could not understand the date '{shown}'.")


def find_when(text: str, *, now: datetime, tz: ZoneInfo) -> tuple[WhenMatch, ...]:
    """Return the date/time phrases in a free text, left to right, each as long as possible.

    ``find_when("Call mom tomorrow at 5pm", ...)`` finds ``tomorrow at 5pm``. In free text
    ``sat``, ``sun`` and ``wed`` alone count only after ``on``, ``by``, ``due``, ``until`` ...
    """
    reader = _Reader(text, now, tz)
    tokens = reader.tokens
    found: list[WhenMatch] = []
    index = 0
    while index < len(tokens):
        phrase = reader.phrase(index)
        if phrase is None or (
            phrase.ambiguous
            and not (follows(tokens, index) and tokens[index - 1].low in CONNECTORS)
        ):
            index += 1
            continue
        start, end = tokens[index].start, tokens[phrase.end - 1].end
        found.append(
            WhenMatch(start, end, text[start:end], phrase.value, phrase.has_date, phrase.clock)
        )
        index = phrase.end
    return tuple(found)


def local_now(now: datetime, tz: ZoneInfo) -> datetime:
    """Return ``now`` on the wall clock of ``tz``; a naive ``now`` is taken to be in ``tz``."""
    return now.replace(tzinfo=tz) if now.tzinfo is None else now.astimezone(tz)


@dataclass(frozen=True)
class _Day:
    """A date part of a phrase, ending before token ``end``."""

    end: int
    day: date
    clock: time | None = None
    evening: bool = False
    ambiguous: bool = False
    morning: bool = False


@dataclass(frozen=True)
class _Clock:
    """A time part of a phrase, ending before token ``end``."""

    end: int
    hour: int
    minute: int
    meridiem: bool  # am/pm or a named time fixed the half of the day
    bare: bool  # "at 5": an hour alone

    def resolve(self, evening: bool, *, morning: bool = False) -> time:
        """Return the time of day, reading an open hour as p.m. where that is likely; after
        ``morning`` (``at 6 tomorrow morning``) an open hour is a.m."""
        hour = self.hour
        if morning and not self.meridiem:
            return time(hour, self.minute)
        if not self.meridiem and 1 <= hour <= 11 and (evening or (self.bare and hour <= 6)):
            hour += 12
        return time(hour, self.minute)


@dataclass(frozen=True)
class _Phrase:
    end: int
    value: Due
    has_date: bool
    clock: time | None
    ambiguous: bool = False


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_number(token: Token) -> int | None:
    """Return the day of month ``5`` or ``5th`` spells, or None."""
    if token.kind == "ordinal":
        return int(token.text[:-2])
    if token.kind == "number" and len(token.text) <= 2 and 1 <= int(token.text) <= 31:
        return int(token.text)
    return None


def _shift(day: date, unit: str, amount: int) -> date:
    if unit == "days":
        return day + timedelta(days=amount)
    if unit == "weeks":
        return day + timedelta(weeks=amount)
    if unit == "months":
        return day + relativedelta(months=amount)
    return day + relativedelta(years=amount)


class _Reader:
    """Match phrases against the tokens of one text, relative to one moment."""

    def __init__(self, text: str, now: datetime, tz: ZoneInfo) -> None:
        self.tokens = tokenize(text)
        self.tz = tz
        self.now = local_now(now, tz)
        self.today = self.now.date()

    def word(self, index: int) -> str:
        """Return the lower-case token at ``index`` if it continues the phrase, else ``""``."""
        return self.tokens[index].low if follows(self.tokens, index) else ""

    def word_before(self, index: int) -> str:
        """Return the lower-case token before ``index`` if the two are one phrase, else ``""``
        (``renewal: monday 0800`` has ``monday`` before ``0800``, nothing before ``monday``)."""
        return self.tokens[index - 1].low if follows(self.tokens, index) else ""

    def at(self, day: date, clock: time) -> datetime:
        return datetime.combine(day, clock, tzinfo=self.tz)

    def phrase(self, index: int) -> _Phrase | None:
        """Return the longest phrase starting at token ``index``."""
        try:
            found = [
                phrase
                for phrase in (self.absolute(index), self.date_first(index), self.time_first(index))
                if phrase is not None
            ]
        except (ValueError, OverflowError):
            return None
        return max(found, key=lambda phrase: phrase.end, default=None)

    def absolute(self, index: int) -> _Phrase | None:
        """Match an ISO datetime, ``in 2 hours`` or ``in 30 minutes``."""
        token = self.tokens[index]
        if token.kind == "isodatetime":
            value = datetime.fromisoformat(token.text.upper())
            value = value.replace(tzinfo=self.tz) if value.tzinfo is None else value
            value = value.astimezone(self.tz)
            return _Phrase(index + 1, value, True, value.time())
        if token.low == "in" and self.word(index + 1) and self.word(index + 2) in CLOCK_UNITS:
            amount = count_of(self.tokens[index + 1])
            if amount is None:
                return None
            unit = CLOCK_UNITS[self.word(index + 2)]
            delta = timedelta(hours=amount) if unit == "hours" else timedelta(minutes=amount)
            moment = (self.now.astimezone(UTC) + delta).astimezone(self.tz)
            return _Phrase(index + 3, moment, True, None)
        return None

    def date_first(self, index: int) -> _Phrase | None:
        """Match a date, then maybe a part of the day and a time: ``friday evening at 7``."""
        found = self.date_at(index)
        if found is None:
            return None
        end, clock, evening, morning = found.end, found.clock, found.evening, found.morning
        in_the = self.word(end) == "in" and self.word(end + 1) == "the"
        if in_the and self.word(end + 2) in PARTS_OF_DAY:  # "tomorrow in the morning"
            end += 2
        elif self.word(end) == "at" and self.word(end + 1) in PARTS_OF_DAY:  # "the 1st at morning"
            end += 1
        part_said = self.part_first(end) if clock is None and follows(self.tokens, end) else None
        if part_said is not None and not self.more_time_at(part_said[1]):
            # "tomorrow at lunch", "monday first thing" ("… first thing at 7" is 07:00)
            return _Phrase(part_said[1], self.at(found.day, part_said[0]), True, part_said[0])
        part, named_part = self.word(end), False
        if clock is None and part in _HALVES and not follows(self.tokens, end + 1):  # "fri AM"
            clock, end = (time(9) if part == "am" else time(15)), end + 1
        elif clock is None and part in PARTS_OF_DAY:
            clock, evening, end = PARTS_OF_DAY[part], part != "morning", end + 1
            morning, named_part = part == "morning", True
        timed = self.clock_at(end, approximate=True) if follows(self.tokens, end) else None
        if timed is None and named_part and self.bare_hour_at(end):  # "sunday evening 8"
            timed = self.clock_core(end, bare_ok=True)
        if timed is not None:  # "tomorrow morning at 6", "saturday morning by 10"
            clock, end = timed.resolve(evening, morning=morning), timed.end
        if clock is None:
            return _Phrase(end, found.day, True, None, ambiguous=found.ambiguous)
        return _Phrase(end, self.at(found.day, clock), True, clock)

    def time_first(self, index: int) -> _Phrase | None:
        """Match a time, then maybe a date: ``9am tomorrow``, ``5pm on friday``, ``noon``."""
        timed = self.clock_at(index)
        if timed is None:
            return self.part_then_date(index)
        start_of_date = timed.end + 1 if self.word(timed.end) == "on" else timed.end
        found = self.date_at(start_of_date) if follows(self.tokens, start_of_date) else None
        if found is not None:
            end, evening, morning = found.end, found.evening, found.morning
            if self.word(end) in PARTS_OF_DAY:  # "at 9 tomorrow morning", "at 6 tomorrow morning"
                morning = self.word(end) == "morning"
                end, evening = end + 1, not morning
            clock = timed.resolve(evening, morning=morning)
            return _Phrase(end, self.at(found.day, clock), True, clock)
        clock = timed.resolve(False)
        moment = self.at(self.today, clock)
        if moment.timestamp() <= self.now.timestamp():
            moment = self.at(self.today + timedelta(days=1), clock)
        return _Phrase(timed.end, moment, False, clock)

    def part_then_date(self, index: int) -> _Phrase | None:
        """Match a part of the day, then its date: ``lunchtime tomorrow``, ``at lunch on
        friday``, ``first thing monday``."""
        part = self.part_first(index)
        if part is None:
            return None
        clock, end = part
        end = end + 1 if self.word(end) == "on" else end
        found = self.date_at(end) if follows(self.tokens, end) else None
        if found is None or found.clock is not None or self.more_time_at(found.end):
            return None  # "lunchtime tomorrow at 1": the hour said decides
        return _Phrase(found.end, self.at(found.day, clock), True, clock)

    def bare_hour_at(self, index: int) -> bool:
        """Tell whether an hour alone (``8``, 1 to 12) is at ``index``, right after a part of
        the day, and not a count of things (``friday evening 8 people``)."""
        token = self.tokens[index] if follows(self.tokens, index) else None
        if token is None or token.kind != "number" or not 1 <= int(token.text) <= 12:
            return False
        return not self.counts_things(index + 1)

    def more_time_at(self, index: int) -> bool:
        """Tell whether a time of day or a part of the day is said at ``index``."""
        if not follows(self.tokens, index):
            return False
        return (
            self.word(index) in PARTS_OF_DAY or self.clock_at(index, approximate=True) is not None
        )

    def date_at(self, index: int) -> _Day | None:
        """Match the date part of a phrase at token ``index``."""
        if index >= len(self.tokens):
            return None
        token = self.tokens[index]
        word, after = token.low, self.word(index + 1)
        if token.kind != "word" or word in MONTHS or word in DAY_ORDINAL_WORDS or word in DAY_TENS:
            return self.explicit_at(index)  # "the first of December" needs its month
        if word in WEEKDAYS:
            written = self.explicit_at(index + 1) if after else None
            if written is None and after == "the":  # "monday the 7th"
                written = self.monthday_at(index + 2)
            ordinal = index + 1 < len(self.tokens) and self.tokens[index + 1].kind == "ordinal"
            if written is None and after and ordinal:  # "wednesday 2nd"
                written = self.monthday_at(index + 1)
            if written is not None:  # "friday dec 4": the written date decides
                return written
            if after == "week" and self.word(index + 2) not in ("of", "after"):  # "Saturday week"
                this_week = self.upcoming(WEEKDAYS[word], today_counts=True)  # "Thursday week"
                return _Day(index + 2, this_week + timedelta(days=7))  # on a Thursday: in 7 days
            of = 1 if after == "of" else 0
            if self.word(index + 1 + of) == "next" and self.word(index + 2 + of) == "week":
                monday = self.today + timedelta(days=7 - self.today.weekday())
                return _Day(index + 3 + of, monday + timedelta(days=WEEKDAYS[word]))
            return _Day(index + 1, self.upcoming(WEEKDAYS[word]), ambiguous=word in AMBIGUOUS_WORDS)
        if word in _RELATIVE_DAYS:
            return _Day(index + 1, self.today + timedelta(days=_RELATIVE_DAYS[word]))
        on_day = self.word(index + 3) if after == "week" and self.word(index + 2) == "on" else ""
        if word == "a" and on_day in WEEKDAYS and self.word_before(index) != "for":
            # "a week on Saturday" is "Saturday week" ("off for a week on Monday" is not)
            this_week = self.upcoming(WEEKDAYS[on_day], today_counts=True)
            return _Day(index + 4, this_week + timedelta(days=7))
        if (
            word == "the"
            and after == "day"
            and self.word(index + 2) == "after"
            and self.word(index + 3) in ("tomorrow", "tmrw")
        ):  # "the day after tomorrow"
            return _Day(index + 4, self.today + timedelta(days=2))
        if word == "day" and after == "after" and self.word(index + 2) in ("tomorrow", "tmrw"):
            return _Day(index + 3, self.today + timedelta(days=2))
        monthday = self.monthday_at(index + 1) if word == "the" else None
        if monthday is not None:
            return monthday  # "the 3rd": the next 3rd of a month
        if word == "the" and self.word_before(index) in _BEFORE_A_DAY and self.day_alone(index + 1):
            return self.next_monthday(index + 2, int(self.tokens[index + 1].text))  # "on the 30"
        if word == "the" and weekday_of(after) is not None and after not in AMBIGUOUS_WORDS:
            return self.date_at(index + 1)  # "the Sunday at 6": that Sunday, as French says it
        if word == "tonight":
            return _Day(index + 1, self.today, clock=TONIGHT, evening=True)
        if word == "next":
            return self.next_at(index, after)
        if word == "weekend" or (word in ("this", "the") and after == "weekend"):
            saturday = self.upcoming(5, today_counts=True)  # on a Sunday: today
            day = self.today if self.today.weekday() == 6 else saturday
            return _Day(index + (1 if word == "weekend" else 2), day)
        if word == "this" and after in WEEKDAYS:
            return _Day(index + 2, self.upcoming(WEEKDAYS[after], today_counts=True))
        if word == "this" and after in PARTS_OF_DAY and after != "night":
            clock, morning = PARTS_OF_DAY[after], after == "morning"
            return _Day(index + 2, self.today, clock=clock, evening=not morning, morning=morning)
        if word == "in" and after and self.word(index + 2) in DAY_UNITS:
            amount = count_of(self.tokens[index + 1])
            if amount is not None:
                unit = DAY_UNITS[self.word(index + 2)]
                return _Day(index + 3, _shift(self.today, unit, amount))
        return None

    def monthday_at(self, index: int) -> _Day | None:
        """Match an ordinal day alone (``3rd``): the next such day, this month or after; not
        when a month follows (``3rd of December`` is a written date)."""
        if index >= len(self.tokens):
            return None
        number = self.tokens[index].kind == "number" and len(self.tokens[index].text) <= 2
        if number and (self.word(index + 1) == "of" or self.word(index + 1) in MONTHS):
            return self.explicit_at(index)  # "the 14 of december"
        if self.tokens[index].low in DAY_ORDINAL_WORDS or self.tokens[index].low in DAY_TENS:
            return self.explicit_at(index)  # "the first of December"; "the first" is no date
        if self.tokens[index].kind != "ordinal":
            return None
        if self.word(index + 1) == "of" or self.word(index + 1) in MONTHS:
            return self.explicit_at(index)
        day_number = _day_number(self.tokens[index])
        if day_number is None:
            return None
        return self.next_monthday(index + 1, day_number)

    def day_alone(self, index: int) -> bool:
        """Tell whether a day of the month written as a number alone is at ``index``, with
        nothing after it but a time: ``on the 30``, ``by the 4 at 10`` (``on the 3 chapters``
        counts things)."""
        token = self.tokens[index] if follows(self.tokens, index) else None
        if token is None or token.kind != "number" or len(token.text) > 2:
            return False
        after = self.word(index + 1)
        return 1 <= int(token.text) <= 31 and after in ("", "at")

    def next_monthday(self, end: int, day_number: int) -> _Day | None:
        """Return the next day ``day_number`` of a month, this month or after, ending at
        ``end``."""
        for ahead in range(12):
            month = (self.today.month - 1 + ahead) % 12 + 1
            year = self.today.year + (self.today.month - 1 + ahead) // 12
            found = _safe_date(year, month, day_number)
            if found is not None and found >= self.today:
                return _Day(end, found)
        return None

    def next_at(self, index: int, after: str) -> _Day | None:
        """Match ``next friday``, ``next week``, ``next month`` or ``next year``."""
        next_monday = self.today + timedelta(days=7 - self.today.weekday())
        if after in ("tomorrow", "tmrw"):  # "next tomorrow": the day after, as Nigeria says it
            return _Day(index + 2, self.today + timedelta(days=2))
        if after in WEEKDAYS:
            return _Day(index + 2, next_monday + timedelta(days=WEEKDAYS[after]))
        if after == "week":
            return _Day(index + 2, next_monday)
        if after == "weekend":
            return _Day(index + 2, next_monday + timedelta(days=5))
        if after == "month":
            return _Day(index + 2, (self.today + relativedelta(months=1)).replace(day=1))
        if after == "year":
            return _Day(index + 2, date(self.today.year + 1, 1, 1))
        return None

    def upcoming(self, weekday: int, *, today_counts: bool = False) -> date:
        ahead = (weekday - self.today.weekday()) % 7
        return self.today + timedelta(days=ahead or (0 if today_counts else 7))

    def explicit_at(self, index: int) -> _Day | None:
        """Match ``2026-12-01``, ``Dec 1st``, ``1 Dec`` or ``1st of December``, maybe a year."""
        token = self.tokens[index]
        if token.kind == "slashdate":  # "25/12": a day above 12 says which is the month
            first, second = (int(part) for part in token.text.split("/"))
            if first == second or first > 12 >= second:
                return self.with_year(index + 1, second, first)
            if second > 12 >= first:
                return self.with_year(index + 1, first, second)
            return None
        if token.kind == "isodate":
            year, month, day = (int(part) for part in _DATE_SEPARATOR.split(token.text))
            found = _safe_date(year, month, day)
            return None if found is None else _Day(index + 1, found)
        if token.low in MONTHS and self.word(index + 1):
            day_number = _day_number(self.tokens[index + 1])
            if day_number is not None:
                return self.with_year(index + 2, MONTHS[token.low], day_number)
            said = self.day_word_at(index + 1)
            if said is not None:
                return self.with_year(said[1], MONTHS[token.low], said[0])
            return None
        day_number = _day_number(token)
        after = index + 1
        if day_number is None:
            said = self.day_word_at(index)
            if said is None:
                return None
            day_number, after = said
        month_at = after + 1 if self.word(after) == "of" else after
        if self.word(month_at) in MONTHS:
            return self.with_year(month_at + 1, MONTHS[self.word(month_at)], day_number)
        return None

    def day_word_at(self, index: int) -> tuple[int, int] | None:
        """Match a day of the month in words (``first``, ``twenty-first``): the day and the
        index after it."""
        word = self.tokens[index].low if index < len(self.tokens) else ""
        if word in DAY_ORDINAL_WORDS:
            return DAY_ORDINAL_WORDS[word], index + 1
        tens = DAY_TENS.get(word)
        unit = DAY_ORDINAL_WORDS.get(self.word(index + 1))
        if tens is not None and unit is not None and unit < 10 and tens + unit <= 31:
            return tens + unit, index + 2
        return None

    def with_year(self, index: int, month: int, day: int) -> _Day | None:
        """Finish a written date with the year at ``index``, or the next such day."""
        year = self.tokens[index] if follows(self.tokens, index) else None
        if year is not None and year.kind == "number" and len(year.text) == 4:
            found = _safe_date(int(year.text), month, day)
            return None if found is None else _Day(index + 1, found)
        for candidate in range(self.today.year, min(self.today.year + 9, 10000)):
            found = _safe_date(candidate, month, day)
            if found is not None and found >= self.today:
                return _Day(index, found)
        return None

    def clock_at(self, index: int, *, approximate: bool = False) -> _Clock | None:
        """Match a time of day: ``9am``, ``9:30 pm``, ``17:30``, ``noon`` or ``at 5``, with the
        half of the day said in words before or after it: ``at 8 in the evening``, ``in the
        morning at 7``. ``at around 7`` is ``at 7``; after a date (``approximate``) ``around
        7``, ``about 7`` and ``by 10`` are too."""
        if index >= len(self.tokens):
            return None
        said = self.half_in_words(index)
        if said is not None:
            after = self.clock_at(said[1]) if follows(self.tokens, said[1]) else None
            return None if after is None else _in_half(after, said[0], after.end)
        first = self.tokens[index].low
        if first == "at" and self.word(index + 1) in _ABOUT:  # "at around 7"
            index, first = index + 1, self.word(index + 1)
        if (first == "at" or (approximate and first in _ABOUT)) and self.word(index + 1):
            found = self.clock_core(index + 1, bare_ok=True) or self.clock_word(index + 1)
            if found is not None and first != "at" and self.counts_things(found.end):
                return None  # "friday about 3 invoices": a number of things, not a time
            bare = found is not None and self.tokens[found.end - 1].kind == "number"
            if bare and found is not None and self.names_a_street(found.end):
                return None  # "a viewing at 14 Ivy Lane": a house number, not a time
        else:
            found = self.clock_core(index, bare_ok=False) or self.hour_with_half(index)
        half = self.half_in_words(found.end, after_clock=True) if found is not None else None
        if found is not None and half is not None:
            return _in_half(found, half[0], half[1])
        return found

    def names_a_street(self, index: int) -> bool:
        """Tell whether the words at ``index`` name a street, written with capitals as names
        are: ``Ivy Lane``, ``Birch Road`` (``at 5 drive to the airport`` names none)."""
        for step in range(_STREET_WORDS):
            at = index + step
            if not self.word(at) or not self.tokens[at].text[:1].isupper():
                return False
            if self.word(at) in _STREETS:
                return True
        return False

    def counts_things(self, index: int) -> bool:
        """Tell whether the word at ``index`` makes the number before it a count of things
        (``about 3 invoices``) rather than an hour (``about 3``, ``about 3 in the afternoon``)."""
        word = self.word(index)
        if word == "of":  # "about 2 of the chapters" counts; "about 6 of the afternoon" is 18:00
            return self.word(index + 2) not in _HALF_WORDS
        return bool(word) and self.tokens[index].kind == "word" and word not in _AFTER_HOUR

    def half_in_words(self, index: int, *, after_clock: bool = False) -> tuple[str, int] | None:
        """Match ``in the morning`` (a.m.), ``in the afternoon``, ``in the evening`` or ``at
        night`` (p.m.) at token ``index``: the half and the index after it."""
        if index >= len(self.tokens):
            return None
        first, second, third = self.tokens[index].low, self.word(index + 1), self.word(index + 2)
        if first == "in" and second in _ARTICLES and third in _HALF_WORDS:
            return _HALF_WORDS[third], index + 3
        if first == "in" and second in _HALF_WORDS:  # "4 in afternoon", as many learners say
            return _HALF_WORDS[second], index + 2
        if first in _HALF_WORDS and after_clock:  # "8:00 morning": the half after the time
            return _HALF_WORDS[first], index + 1
        if first == "at" and second == "night":
            return "pm", index + 2
        if first == "of" and second == "the" and third in _HALF_WORDS and after_clock:
            return _HALF_WORDS[third], index + 3  # "at 6 of the afternoon", as Romance tongues say
        return None

    def clock_core(self, index: int, *, bare_ok: bool) -> _Clock | None:
        token = self.tokens[index]
        if token.kind == "about":  # "8ish", "2ish": about that hour, said as a time
            about = int(token.text)
            if not 0 <= about <= _LAST_HOUR:
                return None
            return _Clock(index + 1, about, 0, meridiem=about > 12, bare=1 <= about <= 12)
        if token.low in _PAST_OR_TO and self.word(index + 1) in ("past", "to"):
            return self.past_or_to(index)
        if token.low == "half" and self.word(index + 1) and self.word(index + 2) != "hour":
            said = count_of(self.tokens[index + 1])  # "half nine": 9:30, as in Britain
            an = self.tokens[index + 1].low in ("a", "an")
            if said is not None and 1 <= said <= 12 and not an:
                return _Clock(index + 2, said, 30, meridiem=False, bare=True)
        if token.low in _HOUR_WORDS and self.word(index + 1) in _OCLOCK:  # "seven o'clock"
            return _Clock(index + 2, _HOUR_WORDS[token.low], 0, meridiem=False, bare=True)
        if token.low in _NAMED_TIMES:
            named = _NAMED_TIMES[token.low]
            return _Clock(index + 1, named.hour, named.minute, meridiem=True, bare=False)
        if token.kind == "ampm":
            hour, _, minute = token.low[:-2].replace(".", ":").partition(":")
            return _twelve_hour(index + 1, int(hour), int(minute or 0), token.low[-2:])
        if token.kind not in ("clock", "number") or len(token.text) > 5:
            return None
        military = self.military(index, bare_ok=bare_ok)  # "0800", "at 1300", "1900 hours"
        if military is not None:
            return military
        hour, _, minute = token.low.replace(".", ":").partition(":")
        half = self.word(index + 1)
        if token.kind == "number" and half in _OCLOCK and 1 <= int(hour) <= 12:  # "1 o'clock"
            return _Clock(index + 2, int(hour), 0, meridiem=False, bare=True)
        if half in _HALVES:
            return _twelve_hour(index + 2, int(hour), int(minute or 0), half)
        dotted_alone = "." in token.text and not bare_ok  # "3.50" is a price, "at 9.30" a time
        if token.kind == "clock" and not dotted_alone and int(hour) <= 23 and int(minute) <= 59:
            # "3:30" is in the afternoon, as "at 3" is; "03:30" is written to mean the night.
            early = 1 <= int(hour) <= 6 and not token.text.startswith("0")
            return _Clock(index + 1, int(hour), int(minute), meridiem=False, bare=early)
        if token.kind == "number" and int(hour) == 12 and half in _NAMED_TIMES:  # "12 noon"
            named = _NAMED_TIMES[half]
            return _Clock(index + 2, named.hour, named.minute, meridiem=True, bare=False)
        if bare_ok and token.kind == "number" and int(hour) <= 23:
            return _Clock(index + 1, int(hour), 0, meridiem=False, bare=True)
        return None

    def part_first(self, index: int) -> tuple[time, int] | None:
        """Match a part of the day said before its date: ``lunchtime``, ``at lunch`` (12:00)
        or ``first thing`` (09:00), with the index after it; the caller needs a date next."""
        at = 1 if self.tokens[index].low == "at" else 0
        first = self.tokens[index + at].low if index + at < len(self.tokens) else ""
        if at and not follows(self.tokens, index + 1):
            return None
        if first == "lunchtime" or (at and first == "lunch"):
            return PARTS_OF_DAY["lunchtime"], index + at + 1
        if not at and first == "first" and self.word(index + 1) == "thing":
            return PARTS_OF_DAY["morning"], index + 2
        return None

    def military(self, index: int, *, bare_ok: bool) -> _Clock | None:
        """Match a time of four digits, as armies and timetables write it: ``0600`` to
        ``0955`` beside a day or after ``due`` (``Due 0800 Saturday``; ``the 0800 number`` and
        ``invoice 0042`` are not times), any other (``1300``) after ``at`` or before
        ``hours`` (beside a day alone it may be an amount: ``transfer tomorrow 1500 to
        savings``)."""
        token = self.tokens[index]
        if token.kind != "number" or len(token.text) != _MILITARY_DIGITS:
            return None
        hour, minute = int(token.text[:2]), int(token.text[2:])
        beside = {self.word_before(index), self.word(index + 1)}
        dated = bool(beside & _BESIDE_A_TIME) or any(
            weekday_of(word) is not None for word in beside if word
        )
        morning = token.text.startswith("0") and hour >= _EARLIEST_BARE and minute % 5 == 0
        said_so = (morning and dated) or bare_ok or self.word(index + 1) in _HOURS_WORDS
        if not said_so or hour > _LAST_HOUR or minute > _LAST_MINUTE:
            return None
        end = index + 2 if self.word(index + 1) in _HOURS_WORDS else index + 1
        return _Clock(end, hour, minute, meridiem=True, bare=False)

    def hour_with_half(self, index: int) -> _Clock | None:
        """Match an hour without ``at`` that says its half of the day, after a day or a word
        that leads to a time (``due``, ``by``, ``until``): ``sunday 7 in the morning``, ``today
        six in the evening`` (a number alone, ``7``, is not a time, nor is ``buy 2 in the
        morning``)."""
        before = self.word_before(index)
        if before not in _BESIDE_A_TIME and weekday_of(before) is None:
            return None
        token = self.tokens[index]
        hour = _HOUR_WORDS.get(token.low) if token.kind == "word" else count_of(token)
        if token.kind not in ("word", "number") or hour is None or not 1 <= hour <= 12:
            return None
        if self.half_in_words(index + 1) is None:
            return None
        return _Clock(index + 1, hour, 0, meridiem=False, bare=True)

    def clock_word(self, index: int) -> _Clock | None:
        """Match an hour said in words after ``at``: ``at seven``, ``at ten in the morning``."""
        hour = _HOUR_WORDS.get(self.tokens[index].low) if index < len(self.tokens) else None
        if hour is None:
            return None
        half = self.word(index + 1)
        if half in _OCLOCK:  # "at seven o'clock"
            return _Clock(index + 2, hour, 0, meridiem=False, bare=True)
        if half in _HALVES:
            return _twelve_hour(index + 2, hour, 0, half)
        return _Clock(index + 1, hour, 0, meridiem=False, bare=True)

    def past_or_to(self, index: int) -> _Clock | None:
        """Match ``half past 4``, ``quarter to 6 pm``, ``ten past nine``: read as ``at 4:30``
        (an hour alone up to 6 is in the afternoon), or with its am/pm."""
        if not follows(self.tokens, index + 2):
            return None
        hour = count_of(self.tokens[index + 2])
        if hour is None or not 1 <= hour <= 12 or self.tokens[index + 2].low in ("a", "an"):
            return None
        minute = _PAST_OR_TO[self.tokens[index].low]
        if self.tokens[index + 1].low == "to":
            hour, minute = (hour - 2) % 12 + 1, 60 - minute
        half = self.word(index + 3)
        if half in _HALVES:
            return _twelve_hour(index + 4, hour, minute, half)
        return _Clock(index + 3, hour, minute, meridiem=False, bare=True)


def _in_half(clock: _Clock, half: str, end: int) -> _Clock | None:
    """Return ``clock`` in the half of the day ``half`` (``8`` ``in the evening`` is 20:00),
    ending before token ``end``; ``None`` when it cannot be (``17:00 in the morning``)."""
    if clock.meridiem or not 1 <= clock.hour <= 12:
        return clock if clock.meridiem else None
    return _Clock(end, clock.hour % 12 + (12 if half == "pm" else 0), clock.minute, True, False)


def _twelve_hour(end: int, hour: int, minute: int, half: str) -> _Clock | None:
    if not 1 <= hour <= 12 or minute > 59:
        return None
    return _Clock(end, hour % 12 + (12 if half == "pm" else 0), minute, meridiem=True, bare=False)
