"""Tests of quick-add parsing: one line to a title and fields."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from todo.domain.language.quick_add import QuickAdd, Span, parse_quick_add
from todo.domain.priority import Priority
from todo.domain.recurrence import normalize_rrule

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN)  # a Thursday
QUOTE_MARKS = "\"'`“”‘’"


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def quick(text: str, *, now: datetime = NOW, tz: ZoneInfo = BERLIN) -> QuickAdd:
    result = parse_quick_add(text, now=now, tz=tz)
    assert_spans_fit(text, result)
    return result


def assert_spans_fit(text: str, result: QuickAdd) -> None:
    end = 0
    for span in result.spans:
        assert end <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        end = span.end


def fields(result: QuickAdd) -> list[tuple[str, str]]:
    return [(span.field, span.text) for span in result.spans]


def test_the_example() -> None:
    text = "Pay rent tomorrow 9am #home !high every month"
    result = quick(text)
    assert result == QuickAdd(
        title="Pay rent",
        due=at(2026, 11, 27, 9),
        priority=Priority.HIGH,
        tags=("home",),
        recurrence="FREQ=MONTHLY",
        spans=(
            Span("due", 9, 21, "tomorrow 9am"),
            Span("tag", 22, 27, "#home"),
            Span("priority", 28, 33, "!high"),
            Span("recurrence", 34, 45, "every month"),
        ),
    )
    assert isinstance(result.due, datetime)
    assert result.due.tzinfo is BERLIN


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        ("Call mom tomorrow at 5pm", "Call mom", at(2026, 11, 27, 17)),
        ("tomorrow call mom", "call mom", date(2026, 11, 27)),
        ("9am tomorrow call mom", "call mom", at(2026, 11, 27, 9)),
        ("Call mom at 5", "Call mom", at(2026, 11, 26, 17)),
        ("Standup 9am", "Standup", at(2026, 11, 27, 9)),
        ("Lunch at noon with Ann", "Lunch with Ann", at(2026, 11, 26, 12)),
        ("Tax return dec 1", "Tax return", date(2026, 12, 1)),
        ("Tax return 1st of December noon", "Tax return", at(2026, 12, 1, 12)),
        ("Dentist friday at 17:30", "Dentist", at(2026, 11, 27, 17, 30)),
        ("Plan trip next week", "Plan trip", date(2026, 11, 30)),
        ("Renew passport in 2 weeks", "Renew passport", date(2026, 12, 10)),
        ("Check oven in 30 minutes", "Check oven", at(2026, 11, 26, 10, 30)),
        ("Ship it 2026-12-01T09:00", "Ship it", at(2026, 12, 1, 9)),
        ("Movie tonight", "Movie", at(2026, 11, 26, 20)),
        ("Buy gift for May 5", "Buy gift for", date(2027, 5, 5)),
    ],
)
def test_due_dates_anywhere(text: str, title: str, due: date) -> None:
    result = quick(text)
    assert (result.title, result.due) == (title, due)
    assert fields(result)[0][0] == "due"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Submit report by friday", "Submit report"),
        ("Meet on monday", "Meet"),
        ("Report due friday", "Report"),
        ("Report due on friday", "Report"),
        ("Report due by friday 5pm", "Report"),
        ("Pay bills before dec 1", "Pay bills"),
        ("Work on report tomorrow", "Work on report"),
        ("Sign up on time by friday", "Sign up on time"),
        ("by friday: submit report", "submit report"),
        ("Call mom tomorrow, then Bob", "Call mom, then Bob"),
        ("Call mom tomorrow.", "Call mom."),
        ("Tomorrow: call mom", "call mom"),
        ("Call mom - tomorrow", "Call mom"),
        ("  Call    mom \n tomorrow  ", "Call mom"),
    ],
)
def test_title_cleanup(text: str, title: str) -> None:
    assert quick(text).title == title


@pytest.mark.parametrize(
    ("text", "priority"),
    [
        ("Task !low", Priority.LOW),
        ("Task !medium", Priority.MEDIUM),
        ("Task !med", Priority.MEDIUM),
        ("Task !high", Priority.HIGH),
        ("Task !urgent", Priority.URGENT),
        ("Task !HIGH", Priority.HIGH),
        ("p1 Task", Priority.URGENT),
        ("Task p2", Priority.HIGH),
        ("Task P3", Priority.MEDIUM),
        ("Task p4.", Priority.LOW),
    ],
)
def test_priorities(text: str, priority: Priority) -> None:
    result = quick(text)
    assert result.priority is priority
    assert result.title in ("Task", "Task.")


@pytest.mark.parametrize("text", ["Task p5", "Task ap1", "Task p1x", "Task !highest", "Task!high"])
def test_not_priorities(text: str) -> None:
    result = quick(text)
    assert (result.priority, result.title) == (None, text)


def test_the_first_priority_wins_and_repeats_stay() -> None:
    result = quick("Task !high p4")
    assert (result.priority, result.title) == (Priority.HIGH, "Task p4")


@pytest.mark.parametrize(
    ("text", "tags", "title"),
    [
        ("Buy milk #home", ("home",), "Buy milk"),
        ("#work Write spec #Q4-plan", ("work", "Q4-plan"), "Write spec"),
        ("Tag #a-b_c/d.e here", ("a-b_c/d.e",), "Tag here"),
        ("End #home.", ("home",), "End."),
        ("(#home) list", ("home",), "() list"),
        ("#home, #office!", ("home", "office"), "!"),
        ("#Home #home #HOME", ("Home",), ""),
        ("Café #éte", ("éte",), "Café"),
        ("Fix bug #123", (), "Fix bug #123"),
        ("Learn C# today", (), "Learn C#"),
        ("a#b c", (), "a#b c"),
        ("#x#y z", (), "#x#y z"),
        ("Long #" + "a" * 50, ("a" * 50,), "Long"),
        ("Long #" + "a" * 51, (), "Long #" + "a" * 51),
    ],
)
def test_tags(text: str, tags: tuple[str, ...], title: str) -> None:
    result = quick(text)
    assert (result.tags, result.title) == (tags, title)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Water plants every day", "FREQ=DAILY"),
        ("Water plants every week", "FREQ=WEEKLY"),
        ("Water plants every month", "FREQ=MONTHLY"),
        ("Water plants every year", "FREQ=YEARLY"),
        ("Water plants daily", "FREQ=DAILY"),
        ("Water plants weekly", "FREQ=WEEKLY"),
        ("Water plants monthly", "FREQ=MONTHLY"),
        ("Water plants yearly", "FREQ=YEARLY"),
        ("Water plants annually", "FREQ=YEARLY"),
        ("Water plants every monday", "FREQ=WEEKLY;BYDAY=MO"),
        ("Water plants every Mondays", "FREQ=WEEKLY;BYDAY=MO"),
        ("Water plants every mon and thu", "FREQ=WEEKLY;BYDAY=MO,TH"),
        ("Water plants every monday, wednesday", "FREQ=WEEKLY;BYDAY=MO,WE"),
        ("Water plants every fri, mon and wed", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
        ("Water plants every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("Water plants every weekend", "FREQ=WEEKLY;BYDAY=SA,SU"),
        ("Water plants every other week", "FREQ=WEEKLY;INTERVAL=2"),
        ("Water plants every other day", "FREQ=DAILY;INTERVAL=2"),
        ("Water plants every other month", "FREQ=MONTHLY;INTERVAL=2"),
        ("Water plants every other monday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
        ("Water plants every 3 days", "FREQ=DAILY;INTERVAL=3"),
        ("Water plants every 3 weeks", "FREQ=WEEKLY;INTERVAL=3"),
        ("Water plants every 3 months", "FREQ=MONTHLY;INTERVAL=3"),
        ("Water plants every 2 years", "FREQ=YEARLY;INTERVAL=2"),
        ("Water plants every two weeks", "FREQ=WEEKLY;INTERVAL=2"),
        ("Water plants every 1 week", "FREQ=WEEKLY"),
        ("Water plants everyday", "FREQ=DAILY"),
    ],
)
def test_recurrence_rules(text: str, rule: str) -> None:
    result = quick(text)
    assert (result.recurrence, result.title) == (rule, "Water plants")
    assert fields(result) == [("recurrence", text.removeprefix("Water plants "))]


WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def test_every_rule_quick_add_writes_is_already_in_canonical_form() -> None:
    texts = ["daily", "weekly", "monthly", "yearly", "annually"]
    for every in ("every ", "every other ", "every 3 ", "every 999 "):
        texts += [every + unit for unit in ("day", "weeks", "month", "year", "weekday", "weekend")]
        texts += [
            every + " and ".join(day for bit, day in enumerate(WEEKDAY_NAMES) if mask >> bit & 1)
            for mask in range(1, 128)
        ]
    for text in texts:
        rule = quick(text).recurrence
        assert rule is not None, text
        assert normalize_rrule(rule) == rule, text


@pytest.mark.parametrize(
    "text", ["Read every chapter", "every", "every 0 days", "every 5000 days", "every and"]
)
def test_not_recurrences(text: str) -> None:
    result = quick(text)
    assert (result.recurrence, result.title) == (None, text)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Gym every monday", date(2026, 11, 30)),
        ("Gym every thursday", date(2026, 11, 26)),  # today is Thursday: today, all day
        ("Gym every thursday 9am", at(2026, 12, 3, 9)),  # 09:00 today is past
        ("Gym every thursday at 11", at(2026, 11, 26, 11)),
        ("Gym 7pm every mon and thu", at(2026, 11, 26, 19)),
        ("Gym every monday 9am", at(2026, 11, 30, 9)),
        ("Gym every weekend", date(2026, 11, 28)),
        ("Gym every day 8am", at(2026, 11, 27, 8)),
        ("Gym every day at 11:00", at(2026, 11, 26, 11)),
        ("Gym every month", date(2026, 11, 26)),
        ("Gym daily", date(2026, 11, 26)),
        ("Gym every year on dec 1", date(2026, 12, 1)),  # an explicit date wins
        ("Gym every 2 weeks on friday", date(2026, 11, 27)),
        ("Gym every monday starting tomorrow", date(2026, 11, 27)),
    ],
)
def test_recurrence_due(text: str, due: date) -> None:
    result = quick(text)
    assert result.due == due
    assert type(result.due) is type(due)
    assert result.title.startswith("Gym")
    assert "every" not in result.title


def test_recurrence_time_is_a_due_span() -> None:
    result = quick("Standup every day at 9:30")
    assert fields(result) == [("recurrence", "every day"), ("due", "at 9:30")]
    assert result.title == "Standup"


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        ('Watch "Friday Night Lights" tomorrow', "Watch Friday Night Lights", date(2026, 11, 27)),
        ("Watch “Friday Night Lights” tomorrow", "Watch Friday Night Lights", date(2026, 11, 27)),
        ("Watch 'Friday Night Lights' tomorrow", "Watch Friday Night Lights", date(2026, 11, 27)),
        ("Watch ‘Friday Night Lights’ tomorrow", "Watch Friday Night Lights", date(2026, 11, 27)),
        ("Run `make daily` at 5pm", "Run make daily", at(2026, 11, 26, 17)),
        ('Read "March" report', "Read March report", None),
        ('Read "#notag p1 tomorrow"', "Read #notag p1 tomorrow", None),
        ('Meet "on" tomorrow', "Meet on", date(2026, 11, 27)),
        ('Say "hi"!', "Say hi!", None),
        ('Unmatched " quote tomorrow', 'Unmatched " quote', date(2026, 11, 27)),
        ("Don't forget Bob's car tomorrow", "Don't forget Bob's car", date(2026, 11, 27)),
        ("The boys' 'car' friday", "The boys' car", date(2026, 11, 27)),
        ('Empty "" quotes', 'Empty "" quotes', None),
    ],
)
def test_quoting(text: str, title: str, due: date | None) -> None:
    result = quick(text)
    assert (result.title, result.due) == (title, due)
    assert (result.tags, result.priority, result.recurrence) == ((), None, None)


@pytest.mark.parametrize(
    "text",
    [
        "May I call Bob",
        "Buy 2 apples",
        "Read March report",
        "Buy sun cream",
        "Wed plans",
        "Buy milk 3.50",
        "Prepare Friday's party",
        "Second draft",
        "Fri-day sale",
        "Read the intro in 5",
    ],
)
def test_false_positives(text: str) -> None:
    result = quick(text)
    assert result == QuickAdd(text, None, None, (), None, ())


def test_short_weekday_after_a_connector() -> None:
    result = quick("Picnic on sun")
    assert (result.title, result.due) == ("Picnic", date(2026, 11, 29))


def test_the_first_date_wins() -> None:
    result = quick("Move meeting from monday to friday")
    assert result.due == date(2026, 11, 30)
    assert result.title == "Move meeting from to friday"


@pytest.mark.parametrize("text", ["", "   ", "tomorrow #home !high", "every day at 9"])
def test_nothing_left_gives_an_empty_title(text: str) -> None:
    assert quick(text).title == ""


def test_new_york() -> None:
    now = datetime(2026, 11, 26, 10, 0, tzinfo=NEW_YORK)
    result = quick("Turkey tonight #family", now=now, tz=NEW_YORK)
    assert result.due == datetime(2026, 11, 26, 20, tzinfo=NEW_YORK)
    assert isinstance(result.due, datetime)
    assert result.due.tzinfo is NEW_YORK


def test_across_the_end_of_summer_time() -> None:
    now = at(2026, 10, 24, 10)  # Saturday; clocks go back on Sunday the 25th
    result = quick("Run every sunday 9am", now=now)
    assert isinstance(result.due, datetime)
    assert result.due == at(2026, 10, 25, 9)
    assert result.due.utcoffset() == timedelta(hours=1)


VOCABULARY = [
    "today",
    "tonight",
    "tomorrow",
    "friday",
    "sun",
    "next",
    "week",
    "in",
    "2",
    "days",
    "at",
    "on",
    "by",
    "due",
    "9am",
    "17:30",
    "noon",
    "dec",
    "1st",
    "of",
    "may",
    "march",
    "2026-12-01",
    "every",
    "other",
    "day",
    "monday",
    "and",
    "weekday",
    "daily",
    "p1",
    "p4",
    "!high",
    "!med",
    "#home",
    "#Home",
    "#a.b.",
    '"',
    "'",
    "“",
    "”",
    "`",
    ",",
    ":",
    "-",
    ".",
    "#",
]
words = st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=5)), max_size=14)
mixed = st.tuples(words, st.sampled_from([" ", "", ", ", "  "])).map(lambda p: p[1].join(p[0]))


@given(st.one_of(st.text(), mixed))
@settings(deadline=None)
def test_never_raises_and_spans_fit(text: str) -> None:
    result = parse_quick_add(text, now=NOW, tz=BERLIN)
    assert_spans_fit(text, result)
    assert len([s for s in result.spans if s.field == "tag"]) >= len(result.tags)
    assert len({tag.casefold() for tag in result.tags}) == len(result.tags)


@given(mixed)
@settings(deadline=None)
def test_no_extracted_tag_is_left_in_the_title(text: str) -> None:
    assume(not any(mark in text for mark in QUOTE_MARKS))
    result = parse_quick_add(text, now=NOW, tz=BERLIN)
    again = parse_quick_add(result.title, now=NOW, tz=BERLIN)
    extracted = {tag.casefold() for tag in result.tags}
    assert not extracted & {tag.casefold() for tag in again.tags}


@pytest.mark.parametrize(
    ("text", "title", "rule"),
    [
        ("Team retro every second Friday", "Team retro", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("clean the gutters every 3rd week", "clean the gutters", "FREQ=WEEKLY;INTERVAL=3"),
        ("piano practice twice a week on mon and thu", "piano practice", "FREQ=WEEKLY;BYDAY=MO,TH"),
        ("stand-up weekdays at 9:30", "stand-up", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        (
            "prepare slides for the quarterly review",
            "prepare slides for the quarterly review",
            None,
        ),
        ("write a weekly report", "write a weekly report", None),
        ("weekly review", "review", "FREQ=WEEKLY"),
        ("newsletter on the first monday of each month", "newsletter", "FREQ=MONTHLY;BYDAY=1MO"),
        ("team sync the last friday of every month", "team sync", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("every 1st and 15th of the month: payroll", "payroll", "FREQ=MONTHLY;BYMONTHDAY=1,15"),
        ("review each quarter", "review", "FREQ=MONTHLY;INTERVAL=3"),
        ("gym 3 times a week on mon wed fri", "gym", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
        ("the first call", "the first call", None),
    ],
)
def test_repeats_said_in_words_and_frequency_words_that_describe(
    text: str, title: str, rule: str | None
) -> None:
    result = quick(text)
    assert (result.title, result.recurrence) == (title, rule)


def test_a_rule_on_a_weekday_of_the_month_starts_on_its_first_one() -> None:
    assert quick("newsletter on the first monday of each month").due == date(2026, 12, 7)
    assert quick("team sync the last friday of every month").due == date(2026, 11, 27)
    assert quick("payroll every 1st and 15th of the month").due == date(2026, 12, 1)


# --------------------------------------------------------------------------- +project


def test_a_plus_word_names_the_project() -> None:
    result = quick("Buy milk +Groceries tomorrow")
    assert (result.title, result.project, result.due) == (
        "Buy milk",
        "Groceries",
        date(2026, 11, 27),
    )
    assert fields(result) == [("project", "+Groceries"), ("due", "tomorrow")]


@pytest.mark.parametrize(
    ("text", "title", "project"),
    [
        ("+Work: write the report", "write the report", "Work"),
        ("Fix the sink (+Home)", "Fix the sink ()", "Home"),
        ("Call the bank +Finances.", "Call the bank.", "Finances"),  # as after a #tag
        ("Budget +R&D", "Budget", "R&D"),
        ("Book flights +trip-2027", "Book flights", "trip-2027"),
        ("Pack +Ferien #reise", "Pack", "Ferien"),
        ("Pay +Ünïcode", "Pay", "Ünïcode"),
        # The first one wins; a later one stays in the title, as a second date or priority does.
        ("Mail +Home +Work", "Mail +Work", "Home"),
    ],
)
def test_project_words(text: str, title: str, project: str) -> None:
    result = quick(text)
    assert (result.title, result.project) == (title, project)


@pytest.mark.parametrize(
    "text",
    [
        "Learn C++ today",
        "Solve a+b=c",
        "Check +1 on the review",
        "Vote + bring snacks",
        "Try x +a+b",
        "Tag #a+b",
        'Watch "+Home" tonight',
        "Pack, note: +Home",
        "++x",
    ],
)
def test_a_plus_that_is_not_a_project_stays_text(text: str) -> None:
    assert quick(text).project is None


def test_the_project_does_not_take_dates_or_tags_from_the_title() -> None:
    result = quick("Plan +Friday #team friday 9am !high")
    assert (result.title, result.project, result.tags) == ("Plan", "Friday", ("team",))
    assert result.due == at(2026, 11, 27, 9)
    assert result.priority is Priority.HIGH


def test_a_project_name_longer_than_a_project_may_be_is_text() -> None:
    long = "p" * 101
    assert quick(f"x +{long}").project is None
    assert quick(f"x +{long[:100]}").project == long[:100]


def test_everyday_before_a_time_repeats_at_that_time() -> None:
    result = quick("Water plants everyday at 7am")
    assert (result.title, result.recurrence, result.due) == (
        "Water plants",
        "FREQ=DAILY",
        at(2026, 11, 27, 7),
    )


def test_everyday_before_a_thing_is_a_word_of_the_title() -> None:
    result = quick("Buy everyday groceries")
    assert (result.title, result.recurrence) == ("Buy everyday groceries", None)


def test_no_later_than_a_date_leaves_the_title() -> None:
    result = quick("Renew the range membership no later than 15 December")
    assert (result.title, result.due) == ("Renew the range membership", date(2026, 12, 15))


@pytest.mark.parametrize(
    "text",
    [
        "Pay the gardener on the last day of each month",
        "Pay the gardener every last day of the month",
    ],
)
def test_the_last_day_of_each_month_is_a_monthly_rule_on_it(text: str) -> None:
    result = quick(text)
    assert (result.title, result.recurrence) == ("Pay the gardener", "FREQ=MONTHLY;BYMONTHDAY=-1")
    assert result.due == date(2026, 11, 30)


def test_the_last_day_of_something_else_is_a_title() -> None:
    result = quick("Plan the last day of term party")
    assert (result.title, result.recurrence) == ("Plan the last day of term party", None)


def test_all_the_wednesdays_is_every_wednesday() -> None:
    result = quick("Spanish class all the Wednesdays at 7 in the evening")
    assert (result.title, result.recurrence) == ("Spanish class", "FREQ=WEEKLY;BYDAY=WE")
    assert result.due == at(2026, 12, 2, 19)
    assert quick("Invite all the mondays crew").recurrence is None


def test_before_a_time_after_a_day_is_that_time() -> None:
    result = quick("Pick up the dry cleaning tomorrow before 6 pm")
    assert (result.title, result.due) == ("Pick up the dry cleaning", at(2026, 11, 27, 18))
