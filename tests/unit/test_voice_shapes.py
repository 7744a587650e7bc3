"""Shapes the chat reads in more voices: a part of the day said before its date (in the date
reader, so quick add reads it too), reminders asked with other verbs, at a dotted time beside a
day or with a time of day after "the day before", new tasks with their fields after commas, a
level made stronger, the first two of a list, and the words of Yorkshire, Birmingham and
Hebrew speakers. Each shape has its look-alikes that must not change a task (many found by a
review of the round).

The clock is injected: Thursday 26 November 2026, 11:00 in Berlin.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_fields import TaskFields
from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import ByContext, ByPosition, ByWords
from todo.domain.assistant.intents import (
    Act,
    Add,
    Intent,
    ListTasks,
    RemindAbout,
    RemindBefore,
    Several,
    Unknown,
    Update,
)
from todo.domain.language.quick_add import parse_quick_add
from todo.domain.language.when import find_when
from todo.domain.priority import Priority

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def read(message: str) -> Intent:
    return read_intent(message, now=NOW, tz=BERLIN)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("lunchtime tomorrow", at(27, 12)),
        ("at lunch tomorrow", at(27, 12)),
        ("tomorrow at lunch", at(27, 12)),
        ("first thing tomorrow", at(27, 9)),
        ("tomorrow first thing", at(27, 9)),
        ("first thing on Monday", at(30, 9)),
    ],
)
def test_a_part_of_the_day_said_before_or_after_its_date(text: str, when: datetime) -> None:
    found = find_when(text, now=NOW, tz=BERLIN)
    assert [said.value for said in found] == [when]
    assert found[0].text == text.removeprefix("on ")


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("tomorrow 3.50", date(2026, 11, 27)),  # a price, not a time
        ("lunch with Sam tomorrow", date(2026, 11, 27)),  # lunch is the task
    ],
)
def test_what_is_no_time_of_day(text: str, when: date) -> None:
    assert [said.value for said in find_when(text, now=NOW, tz=BERLIN)] == [when]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("lunchtime tomorrow at 1", at(27, 13)),  # the hour said decides
        ("call the vet first thing tomorrow at 8", at(27, 8)),
    ],
)
def test_an_hour_said_after_a_part_of_the_day_decides(text: str, when: datetime) -> None:
    assert [said.value for said in find_when(text, now=NOW, tz=BERLIN)][-1:] == [when]


@pytest.mark.parametrize("text", ["pay 12.00 to Bob", "pay Bob tomorrow 12.00"])
def test_a_dotted_time_outside_a_reminder_stays_a_number(text: str) -> None:
    assert all(not isinstance(said.value, datetime) for said in find_when(text, now=NOW, tz=BERLIN))


def test_quick_add_reads_a_part_of_the_day_first() -> None:
    parsed = parse_quick_add("call the vet first thing tomorrow", now=NOW, tz=BERLIN)
    assert (parsed.title, parsed.due) == ("call the vet", at(27, 9))


@pytest.mark.parametrize(
    ("message", "title", "reminder"),
    [
        ("nudge me at 7 tomorrow morning for the haylage", "The haylage", at(27, 7)),
        ("give us a nudge at 7 tuesday for the lines", "The lines", at(1, 7).replace(month=12)),
        (
            "remind me at lunchtime tomorrow about the county entries",
            "The county entries",
            at(27, 12),
        ),
        ("Reminder for winter tyres on Monday 12.00", "Winter tyres", at(30, 12)),
        ("remind me first thing tomorrow about the transcript", "The transcript", at(27, 9)),
        (
            "can you set me a reminder for Aunt Lorraine's call, say 6 this evening",
            None,
            at(26, 18),
        ),
    ],
)
def test_a_reminder_at_a_time_on_a_task_named(
    message: str, title: str | None, reminder: datetime
) -> None:
    intent = read(message)
    assert isinstance(intent, RemindAbout), intent
    assert intent.fields.reminder == reminder
    assert title is None or intent.fields.title == title


@pytest.mark.parametrize(
    ("message", "words", "minutes", "at_time"),
    [
        ("remind me the day before about the farrier, about 5pm", "farrier", 1440, time(17)),
        (
            "Make me a reminder for the arnona one day before, in the morning",
            "arnona",
            1440,
            time(9),
        ),
        ("stick a reminder on the lanes task 2 days before", "lanes", 2880, None),
        ("remind us an hour before t' coal's due", "coal's", 60, None),
    ],
)
def test_a_reminder_counted_back_with_its_time_of_day(
    message: str, words: str, minutes: int, at_time: time | None
) -> None:
    intent = read(message)
    assert isinstance(intent, RemindBefore), intent
    assert (intent.ref, intent.minutes, intent.at) == (ByWords(words), minutes, at_time)


def test_a_reminder_for_a_few_minutes_names_no_task() -> None:
    intent = read("ping me at 9 for 10 minutes")
    assert isinstance(intent, RemindAbout)
    assert intent.fields.title != "10 minutes"


@pytest.mark.parametrize(
    ("message", "title", "priority", "tags"),
    [
        (
            "order twenty bales of haylage, priority high, tag feed",
            "Order twenty bales of haylage",
            Priority.HIGH,
            ("feed",),
        ),
        ("buy milk, high priority", "Buy milk", Priority.HIGH, ()),
        ("buy milk, tag shop", "Buy milk", None, ("shop",)),
    ],
)
def test_a_title_with_its_fields_after_commas_is_a_new_task(
    message: str, title: str, priority: Priority | None, tags: tuple[str, ...]
) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert (intent.fields.title, intent.fields.priority, intent.fields.tags) == (
        title,
        priority,
        tags,
    )
    assert intent.or_update  # a task of those words is updated, not added twice


@pytest.mark.parametrize(
    "message",
    [
        "I'm tired, high priority stuff first",
        "buy milk",
        "yes, high priority",
        "fine, low priority",
        "done, tag it",
        "lol, tag your friends",
        "my health, top priority",
    ],
)
def test_words_without_a_field_after_a_comma_add_nothing(message: str) -> None:
    assert not isinstance(read(message), Add)


@pytest.mark.parametrize(
    "message",
    [
        "make the coal one really urgent",
        "make the coal one very urgent",
        "make t' coal one reyt urgent",
    ],
)
def test_a_level_made_stronger(message: str) -> None:
    assert read(message) == Update(ByWords("coal"), TaskFields(priority=Priority.URGENT))


@pytest.mark.parametrize(
    ("message", "verb"),
    [("the top two are done", "complete"), ("delete the first two", "delete")],
)
def test_the_first_two_of_a_list(message: str, verb: str) -> None:
    intent = read(message)
    assert isinstance(intent, Several), intent
    acts = [act for act in intent.intents if isinstance(act, Act)]
    assert [(act.verb, act.ref) for act in acts] == [
        (verb, ByPosition(1)),
        (verb, ByPosition(2)),
    ]


@pytest.mark.parametrize("message", ["read the first two chapters", "the first three are done"])
def test_two_things_that_are_not_the_first_two(message: str) -> None:
    assert not isinstance(read(message), Several)


@pytest.mark.parametrize(
    ("message", "title", "due"),
    [
        (
            "ey up love, put us down to pay t' window cleaner on Saturday, ta",
            "Pay the window cleaner",
            date(2026, 11, 28),
        ),
        (
            "don't let us forget to ring our Sandra for her birthday on the 3rd",
            "Ring our Sandra for her birthday",
            date(2026, 12, 3),
        ),
        ("Open me a task: pay the arnona until Sunday", "Pay the arnona", date(2026, 11, 29)),
        (
            "Note to self for the yard: send the livery invoices on the 1st",
            "Send the livery invoices",
            date(2026, 12, 1),
        ),
        (
            "I'll need to get t' coal in for me mam while Friday",
            "Get the coal in for me mam",
            date(2026, 11, 27),
        ),
        (
            "can yow add take our mom to the market every Saturday at 9, bab",
            "Take our mom to the market",
            at(28, 9),
        ),
        (
            "put me down for the raffle on Saturday",
            "Put me down for the raffle",
            date(2026, 11, 28),
        ),
    ],
)
def test_new_tasks_in_the_words_of_more_voices(message: str, title: str, due: object) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert (intent.fields.title, intent.fields.due) == (title, due)


def test_after_tomorrow_is_the_day_after_tomorrow() -> None:
    intent = read("Move the arnona to after tomorrow")
    assert isinstance(intent, Update), intent
    assert (intent.ref, intent.changes.due) == (ByWords("arnona"), date(2026, 11, 28))


def test_a_voice_asks_for_tomorrow() -> None:
    intent = read("what we got tomorra, bab?")
    assert isinstance(intent, ListTasks), intent
    assert intent.query.due_after == date(2026, 11, 27)


def test_close_me_the_second_one_completes_it() -> None:
    assert read("Close me the second one") == Act("complete", ByPosition(2))


@pytest.mark.parametrize("message", ["don't stay there a while Monday is fine"])
def test_while_after_a_is_no_until(message: str) -> None:
    intent = read(message)
    assert isinstance(intent, Unknown)
    assert "until" not in intent.text


@pytest.mark.parametrize(
    "message",
    [
        "stick a reminder on the fridge",
        "slap a reminder on the calendar",
        "put us down to four people",
        "open a task window",
        "remind me to call Bob and say 5",
    ],
)
def test_look_alikes_of_this_rounds_shapes_set_nothing(message: str) -> None:
    intent = read(message)
    assert not isinstance(intent, RemindAbout | RemindBefore) or intent_has_no_time(intent)
    assert not (isinstance(intent, Add) and intent.fields.title in ("Four people", "Window"))


def intent_has_no_time(intent: RemindAbout | RemindBefore) -> bool:
    return isinstance(intent, RemindAbout) and intent.fields.reminder is None


@pytest.mark.parametrize(
    ("message", "title"),
    [("add eggs, bread, duck", "Eggs, bread, duck")],
)
def test_a_word_to_the_reader_is_not_the_last_of_a_list(message: str, title: str) -> None:
    intent = read(message)
    assert isinstance(intent, Add)
    assert intent.fields.title == title


def test_a_stronger_word_is_read_only_before_urgent_or_important() -> None:
    intent = read("make the heating very high")
    assert isinstance(intent, Update)
    assert intent.ref != ByWords("heating")


@pytest.mark.parametrize(
    "message",
    [
        "emmets everywhere today",
        "Aney, so tired today men",
        "knackered today",
    ],
)
def test_how_a_day_went_adds_nothing(message: str) -> None:
    assert isinstance(read(message), Unknown)


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("groceries today", "Groceries"),
        ("pay rent today", "Pay rent"),
        ("call mum tonight", "Call mum"),
    ],
)
def test_a_task_for_today_is_still_added(message: str, title: str) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert intent.fields.title == title


@pytest.mark.parametrize(
    ("message", "ref", "minutes", "at_time"),
    [
        (
            "For ikamet appointment please remind me 30 minutes before",
            "ikamet appointment",
            30,
            None,
        ),
        ("Visa please remind me one week before ka", "Visa", 10080, None),
        ("Temple cooking please remind me night before 9pm krub", "Temple cooking", 1440, time(21)),
        ("Put a reminder for tuition fees the day before evening", "tuition fees", 1440, time(18)),
        ("remind me the day before at 9pm about the dentist", "dentist", 1440, time(21)),
        ("U3A talk: reminder 1 day prior, 0900.", "U3A talk", 1440, time(9)),
    ],
)
def test_a_task_named_first_then_a_reminder_counted_back(
    message: str, ref: str, minutes: int, at_time: time | None
) -> None:
    intent = read(message)
    assert isinstance(intent, RemindBefore), intent
    assert (intent.ref, intent.minutes, intent.at) == (ByWords(ref), minutes, at_time)


def test_a_task_asked_for_first_is_added_with_its_reminder() -> None:
    intent = read("I need to buy milk, remind me an hour before")
    assert isinstance(intent, Several), intent
    assert isinstance(intent.intents[0], Add)


def test_a_reminder_said_of_a_task_named_first() -> None:
    moved = read("Boiler: move reminder to 0630.")
    assert isinstance(moved, RemindAbout), moved
    assert moved.fields.title == "Boiler"
    assert moved.fields.reminder is not None
    assert (moved.fields.reminder.hour, moved.fields.reminder.minute) == (6, 30)
    cleared = read("Kettle: cancel reminder.")
    assert isinstance(cleared, Update), cleared
    assert (cleared.ref, cleared.changes.clear) == (ByWords("Kettle"), ("reminder",))


@pytest.mark.parametrize(
    ("message", "ref", "due"),
    [
        ("pasties are for Sunday now not Saturday", "pasties", date(2026, 11, 29)),
        (
            "Could you move the tenor bearings to a week on Saturday?",
            "tenor bearings",
            date(2026, 12, 5),
        ),
    ],
)
def test_a_new_day_said_of_a_task(message: str, ref: str, due: date) -> None:
    intent = read(message)
    assert isinstance(intent, Update), intent
    assert (intent.ref, intent.changes.due) == (ByWords(ref), due)


def test_a_task_opened_back_up_is_reopened() -> None:
    assert read("open the PCV medical back up, they cancelled it") == Act(
        "reopen", ByWords("PCV medical")
    )
    assert not isinstance(read("open the window again"), Act)


@pytest.mark.parametrize(
    ("message", "status"),
    [("Completed items?", "completed"), ("What I finish already?", "completed")],
)
def test_done_lists_in_other_words(message: str, status: str) -> None:
    intent = read(message)
    assert isinstance(intent, ListTasks), intent
    assert intent.query.status == status


@pytest.mark.parametrize(
    ("message", "after"),
    [
        ("What are my things for day after?", date(2026, 11, 28)),
        ("Items due w/c 30 Nov?", date(2026, 11, 30)),
    ],
)
def test_windows_in_other_words(message: str, after: date) -> None:
    intent = read(message)
    assert isinstance(intent, ListTasks), intent
    assert intent.query.due_after == after


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("Please add extend visa before 10 December na ka", "Extend visa"),
        ("Add phone Amma every Sunday evening at 6, no?", "Phone Amma"),
        ("Add Turkish lesson for kids every Saturday 10:00 tamam?", "Turkish lesson for kids"),
        ("Put down gig rowing practice every Sunday at half nine me 'ansum", "Gig rowing practice"),
        (
            "wasson! need to book the chimney sweep dreckly, stick it on the list",
            "Book the chimney sweep",
        ),
        (
            "Alright my 'ansum, put down pay the harbour dues for Friday would 'ee",
            "Pay the harbour dues",
        ),
        (
            "note to self, back up the SD cards from Saturday's shoot to the NAS tonight",
            "Back up the SD cards from Saturday's shoot to the NAS",
        ),
        ("Add call Aunty Kamala day after, it's her birthday", "Call Aunty Kamala"),
        ("add a ka", "Ka"),
    ],
)
def test_new_tasks_with_the_endings_of_more_voices(message: str, title: str) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert intent.fields.title == title


def test_wasson_asks_whats_on() -> None:
    assert isinstance(read("wasson this weekend then?"), ListTasks)


@pytest.mark.parametrize(
    ("message", "due"),
    [
        ("Note for me: write up the notes by end of day", date(2026, 11, 26)),
        ("call Sue by EOD", date(2026, 11, 26)),
        ("send the report by Friday EOD", date(2026, 11, 27)),
    ],
)
def test_the_end_of_the_day_alone_is_today(message: str, due: date) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert intent.fields.due == due


def test_a_reminder_to_self_is_a_new_task() -> None:
    intent = read("Reminder to self: photograph the new bowls for Etsy this weekend")
    assert isinstance(intent, Add), intent
    assert intent.fields.title == "Photograph the new bowls for Etsy"


def test_now_after_the_words_that_name_a_task_is_no_part_of_them() -> None:
    intent = read("no need to remind me about the Dave swap now")
    assert isinstance(intent, Update), intent
    assert (intent.ref, intent.changes.clear) == (ByWords("Dave swap"), ("reminder",))


@pytest.mark.parametrize(
    "message",
    [
        "One more thing, remind me a day before",
        "Nice one, remind me a day before",
        "In that case, remind me an hour before",
    ],
)
def test_words_before_a_reminder_that_name_no_task(message: str) -> None:
    intent = read(message)
    assert isinstance(intent, RemindBefore), intent
    assert intent.ref == ByContext()


@pytest.mark.parametrize(
    ("message", "ref"),
    [
        ("remind me 30 minutes before my 3pm", ByWords("3pm")),
        ("remind me an hour before 9am", ByWords("9am")),
        ("remind me a day before parents evening", ByWords("parents evening")),
    ],
)
def test_a_time_after_before_that_names_the_task(message: str, ref: object) -> None:
    intent = read(message)
    assert isinstance(intent, RemindBefore), intent
    assert (intent.ref, intent.at) == (ref, None)


@pytest.mark.parametrize(
    "message",
    [
        "Tomorrow: remind me about it at 9",
        "Quick one: cancel reminder",
        "Tax return: move reminder to 2027",
        "remind me morning before work to take my pills",
    ],
)
def test_a_label_or_a_time_before_a_colon_names_no_task(message: str) -> None:
    intent = read(message)
    assert not (
        isinstance(intent, RemindAbout) and intent.fields.title in ("Tomorrow", "Quick one")
    )
    assert not (isinstance(intent, Update) and intent.ref == ByWords("Quick one"))
    assert not (
        isinstance(intent, RemindAbout)
        and intent.fields.reminder is not None
        and intent.fields.reminder.hour == 20
    )
    assert not isinstance(intent, RemindBefore)


@pytest.mark.parametrize(
    "message",
    ["Mum is on Saturday now", "off sick for a week on Monday"],
)
def test_a_day_said_of_a_person_moves_no_task(message: str) -> None:
    intent = read(message)
    assert not (isinstance(intent, Update) and intent.ref in (ByWords("Mum"), ByWords("Dad")))
    assert not (isinstance(intent, Add) and intent.fields.due == date(2026, 12, 7))


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("add call Tamam", "Call Tamam"),
        ("add service the Ford Ka", "Service the Ford Ka"),
        ("new task: survey answers yes, no", "Survey answers yes, no"),
        ("add buy socks for women, men", "Buy socks for women, men"),
        ("add clean the w/c tomorrow", "Clean the w/c"),
        ("log what i finished", "What i finished"),
    ],
)
def test_titles_keep_words_that_only_look_like_a_voices(message: str, title: str) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert intent.fields.title == title


@pytest.mark.parametrize("message", ["note to self, never again", "note to self, that was close"])
def test_a_musing_to_oneself_is_no_task(message: str) -> None:
    assert not isinstance(read(message), Add)


@pytest.mark.parametrize("message", ["remind me a day after"])
def test_a_day_after_a_count_is_no_day_after_tomorrow(message: str) -> None:
    intent = read(message)
    due = getattr(getattr(intent, "fields", None), "due", None)
    assert due != date(2026, 11, 28)


@pytest.mark.parametrize("day", range(7))
def test_a_span_of_weekdays_is_read_on_every_day_of_the_week(day: int) -> None:
    """``between mon and wed`` asked on a Tuesday is next Monday to Wednesday, not everything."""
    now = datetime(2026, 11, 30, 10, 0, tzinfo=UTC) + timedelta(days=day)  # Monday 30 November on
    intent = read_intent("whats on between mon and wed", now=now, tz=BERLIN)
    assert isinstance(intent, ListTasks), intent
    first, end = intent.query.due_after, intent.query.due_before
    assert first is not None
    assert end is not None
    assert (first.weekday(), (end - first).days) == (0, 3)
    assert now.date() <= first + timedelta(days=2)


@pytest.mark.parametrize(
    "message", ["Lard tunderin', she's some cold out today b'y", "freezing out there tonight"]
)
def test_the_weather_adds_nothing(message: str) -> None:
    assert not isinstance(read(message), Add)
