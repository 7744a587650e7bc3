"""Everyday shapes of requests the chat reads: a reminder's new time said around it, four-digit
times beside a day, an hour with its half of the day, a task that "can go", a fact with its
news after it, a take-back after a fact, spans of one month's days, monthly repeats on a
weekday without "the", and the words of several voices. Each shape has its look-alikes that
must not change a task.

The clock is injected: Thursday 26 November 2026, 11:00 in Berlin.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_edits import Verb
from todo.domain.assistant.intent_fields import TaskFields
from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import (
    MIDDLE,
    ByContext,
    ByPosition,
    ByWords,
    Reference,
)
from todo.domain.assistant.intents import (
    Act,
    Add,
    Intent,
    ListTasks,
    Relative,
    RemindAbout,
    RemindBefore,
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


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Monday 0800", at(30, 8)),  # a day at the start: the word before the digits is one
        ("renewal: Monday 0800", at(30, 8)),  # a day after a colon
        ("Sunday 7 in the morning", at(29, 7)),
        ("today six in the evening", at(26, 18)),
        ("tomorrow at 4 in the afternoon", at(27, 16)),
    ],
)
def test_a_time_beside_a_day_is_read_wherever_the_day_is(text: str, when: datetime) -> None:
    assert [found.value for found in find_when(text, now=NOW, tz=BERLIN)] == [when]


@pytest.mark.parametrize("text", ["buy 2 in the morning", "the 0800 number"])
def test_a_number_alone_is_no_time(text: str) -> None:
    assert all(found.clock is None for found in find_when(text, now=NOW, tz=BERLIN))


@pytest.mark.parametrize(
    ("message", "ref", "minutes"),
    [
        ("The reminder for the MC collection change to 2 hours before", "MC collection", 120),
        ("push the swimming reminder to half an hour before the lesson", "swimming", 30),
        ("Reminder for the CD register check: 15 minutes beforehand.", "CD register check", 15),
        ("the Bilal handover reminder should be the evening before please", "Bilal handover", 1440),
    ],
)
def test_a_reminder_counted_back_from_the_due_time(message: str, ref: str, minutes: int) -> None:
    intent = read(message)
    assert isinstance(intent, RemindBefore), intent
    assert (intent.ref, intent.minutes) == (ByWords(ref), minutes)


@pytest.mark.parametrize(
    ("message", "reminder"),
    [
        ("Could the newsletter reminder be moved to Monday at the same time?", date(2026, 11, 30)),
        (
            "Could the florist reminder be Saturday instead of tomorrow? Same time",
            date(2026, 11, 28),
        ),
        ("Please put alarm for the embassy documents tomorrow at 4pm", at(27, 16)),
        ("Reminder for the VA call: 1300 today.", at(26, 13)),
        ("Set reminder Sunday 2000 for re-seal the deck.", at(29, 20)),
        ("reminder for 'Bloods for Mr Patel' at 21:00 the night before", None),
    ],
)
def test_a_reminders_new_time_said_around_it(message: str, reminder: object) -> None:
    intent = read(message)
    if reminder is None:  # "21:00" is no mark between the task and the time
        assert isinstance(intent, RemindBefore), intent
        assert intent.at is not None
        assert intent.at.hour == 21
        return
    assert isinstance(intent, RemindAbout), intent
    assert intent.fields.reminder == reminder


@pytest.mark.parametrize(
    "message",
    ["reminder for milk: done", "remind me to pay invoice 1300 tomorrow"],
)
def test_words_that_are_no_new_time_of_a_reminder(message: str) -> None:
    intent = read(message)
    assert not isinstance(intent, RemindAbout) or intent.fields.reminder != at(27, 13)
    assert not (isinstance(intent, Update) and intent.changes.reminder is not None)


@pytest.mark.parametrize(
    ("message", "ref"),
    [
        ("the second one can go, I've given up on it", ByPosition(2)),
        ("the last one can go", ByPosition(-1)),
        ("the top one can be deleted", ByPosition(1)),
        ("that can go", ByContext()),
    ],
)
def test_a_task_that_can_go_is_deleted(message: str, ref: Reference) -> None:
    assert read(message) == Act("delete", ref)


@pytest.mark.parametrize(
    "message",
    [
        "I think that can go",  # who thinks is no task
        "the school form reminder can go",  # the reminder goes, not the task
        "I've given up on the gym task",  # not done, and taking it off is not said
        "gave up on the gym",
        "wicked cold out today huh",  # "wicked" is no past, and a talk tag adds no task
    ],
)
def test_what_only_looks_like_a_change(message: str) -> None:
    intent = read(message)
    assert not (isinstance(intent, Act) and intent.verb in ("delete", "complete")), intent
    assert not isinstance(intent, Add), intent


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("Wardrobe boxes ordered, 50 arriving Tuesday", "Wardrobe boxes"),
        ("Insulin pens ordered via the wholesaler, delivery Monday.", "Insulin pens"),
        ("Had the dual controls checked at the garage today", "dual controls"),
        ("plow guy's all set for the winter", "plow guy"),
        ("The bike is repaired now, I have got it back from the shop", "bike"),
    ],
)
def test_a_fact_with_news_after_it_completes_the_task(message: str, words: str) -> None:
    intent = read(message)
    assert isinstance(intent, Act), intent
    assert intent.verb == "complete"
    assert intent.stated
    assert intent.ref == ByWords(words)


def test_a_fact_then_a_request_keeps_the_request() -> None:
    intent = read("milk bought, add eggs for tomorrow")
    assert isinstance(intent, Add)
    assert intent.fields.title == "Eggs"


@pytest.mark.parametrize(
    "message",
    [
        "actually no it's not, the direct debit bounced",
        "Sorry, is not true, I did not book it yet",
        "Belay that, I haven't done it yet",
        "Sorry, wrong one, it's not done - reopen it.",
    ],
)
def test_a_fact_taken_back_reopens_the_task_in_hand(message: str) -> None:
    assert read(message) == Act("reopen", ByContext())


def test_a_reply_that_only_disagrees_reopens_nothing() -> None:
    assert isinstance(read("that's not right"), Unknown)


@pytest.mark.parametrize(
    "message",
    [
        "anything dec 1-4?",
        "what's on dec 1 to 4",
        "anything 1-4 dec?",
        "what have I got 1st-4th of december",
    ],
)
def test_days_of_one_month_as_a_span(message: str) -> None:
    intent = read(message)
    assert isinstance(intent, ListTasks), intent
    assert (intent.query.due_after, intent.query.due_before) == (
        date(2026, 12, 1),
        date(2026, 12, 5),
    )


@pytest.mark.parametrize(
    ("message", "status", "due"),
    [
        ("what've I knocked off so far?", "completed", None),
        ("anything I've let slide?", "pending", "overdue"),
        ("what have I let slip", "pending", "overdue"),
    ],
)
def test_lists_said_in_other_words(message: str, status: str, due: str | None) -> None:
    intent = read(message)
    assert isinstance(intent, ListTasks), intent
    assert (intent.query.status, intent.query.due) == (status, due)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("deep clean the proofer first Monday of every month", "FREQ=MONTHLY;BYDAY=1MO"),
        ("sight screens first sat of every month", "FREQ=MONTHLY;BYDAY=1SA"),
        ("book club last Thursday of every month", "FREQ=MONTHLY;BYDAY=-1TH"),
        ("notes from last monday of the month meeting", None),  # a day gone: "last" alone
        ("read the first chapter of the book", None),
    ],
)
def test_quick_add_reads_a_weekday_of_the_month_without_the(text: str, rule: str | None) -> None:
    assert parse_quick_add(text, now=NOW, tz=BERLIN).recurrence == rule


@pytest.mark.parametrize(
    ("message", "title", "priority"),
    [
        (
            "Please add: CD register check on ward 7, Friday 14:00, high.",
            "CD register check on ward 7",
            Priority.HIGH,
        ),
        (
            "wicked important: pay the excise tax bill by Monday",
            "Pay the excise tax bill",
            Priority.HIGH,
        ),
        ("really urgent - call the bank", "Call the bank", Priority.URGENT),
        ("add really important meeting prep", "Really important meeting prep", None),
        ("Ooh can you add order red roses by Monday xx", "Order red roses", None),
        (
            "omg add order more slicker brushes to my list!! we're nearly out",
            "Order more slicker brushes",
            None,
        ),
        (
            "Might you add 'renew the mobile library permit' to my list?",
            "Renew the mobile library permit",
            None,
        ),
        ("stick get the cab valeted on for tomorrow mate", "Get the cab valeted", None),
        ("add meet w/ Dave tue", "Meet w/ Dave", None),
        ("add buy salt & pepper", "Buy salt & pepper", None),
    ],
)
def test_new_tasks_in_many_voices(message: str, title: str, priority: Priority | None) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert (intent.fields.title, intent.fields.priority) == (title, priority)


def test_days_joined_by_a_mark_repeat_on_each() -> None:
    intent = read("add gym every tue & fri")
    assert isinstance(intent, Add)
    assert intent.fields.recurrence == "FREQ=WEEKLY;BYDAY=TU,FR"


def test_priority_and_tags_in_note_shorthand() -> None:
    assert read("drop prio on kegs") == Relative(ByWords("kegs"), levels=-1)
    tagged = read("tag kegs w/ cellar")
    assert isinstance(tagged, Update)
    assert tagged.add_tags == ("cellar",)


@pytest.mark.parametrize(
    ("message", "ref", "tags"),
    [
        ("tag the corsa one parts", ByWords("corsa"), ("parts",)),
        ("tag the corsa task parts", ByWords("corsa"), ("parts",)),
        ("tag that one work", ByContext(), ("work",)),  # "one" is no tag
    ],
)
def test_a_tag_after_the_words_that_name_the_task(
    message: str, ref: object, tags: tuple[str, ...]
) -> None:
    intent = read(message)
    assert isinstance(intent, Update), intent
    assert (intent.ref, intent.add_tags) == (ref, tags)


def test_a_word_to_the_reader_names_no_task() -> None:
    assert read("cancel that mate, he's rebooked with someone else") == Act("delete", ByContext())


@pytest.mark.parametrize(
    "message",
    [
        "Mealworms are ordered, 5kg arriving on Tuesday",
        "ordered the shampoo! 2 big tubs coming thurs",
    ],
)
def test_news_of_a_delivery_adds_no_task(message: str) -> None:
    intent = read(message)
    assert isinstance(intent, Act), intent
    assert intent.verb == "complete"


@pytest.mark.parametrize(
    ("message", "day"),
    [
        ("hmm, actually make that saturday... no wait, sunday", date(2026, 11, 29)),
        ("move it to friday, sorry, monday", date(2026, 11, 30)),
    ],
)
def test_a_day_taken_back_for_another(message: str, day: date) -> None:
    intent = read(message)
    assert isinstance(intent, Update), intent
    assert intent.changes.due == day


@pytest.mark.parametrize(
    ("message", "verb", "place"),
    [
        ("the middle one. done. shockingly", "complete", MIDDLE),
        ("the top one done", "complete", 1),
        ("bottom one, delete", "delete", -1),
    ],
)
def test_a_place_in_the_list_then_what_to_do(message: str, verb: Verb, place: int) -> None:
    assert read(message) == Act(verb, ByPosition(place))


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("renewed the range membership, card arriving friday", "range membership"),
        ("paid the gas, water and phone bills", "gas water phone bills"),  # a list stays whole
    ],
)
def test_a_fact_names_its_task_up_to_news_of_its_own(message: str, words: str) -> None:
    intent = read(message)
    assert isinstance(intent, Act), intent
    assert intent.ref == ByWords(words)


def test_a_repeat_said_then_asked_of_that_one() -> None:
    intent = read("The harbour dues come round every month, make that one repeat")
    assert intent == Update(ByWords("harbour dues"), TaskFields(recurrence="FREQ=MONTHLY"))


@pytest.mark.parametrize(
    ("message", "title", "due"),
    [
        (
            "put it down as 'upload CPD certificate' for the 10th",
            "Upload CPD certificate",
            date(2026, 12, 10),
        ),
        (
            "Stick this on the list for next Tuesday at 0900: get the lifejackets serviced.",
            "Get the lifejackets serviced",
            at(1, 9, month=12),
        ),
    ],
)
def test_a_title_after_its_wrapper_and_day(message: str, title: str, due: object) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert (intent.fields.title, intent.fields.due) == (title, due)


@pytest.mark.parametrize(
    "message",
    [
        "Tom can go",  # a person, not a task said as one
        "the kids can go?",
        "bike fixed, pick it up tomorrow",  # a request after the fact, not news
        "I didn't enjoy it",  # no verb of getting a task done
        "no it's not, it's friday",  # a day corrected, not a fact taken back
        "the top one done?",  # asked
        "the fire alarm should be tested monday",  # no reminder's new time
    ],
)
def test_look_alikes_that_change_nothing_they_do_not_say(message: str) -> None:
    intent = read(message)
    assert not (isinstance(intent, Act) and intent.verb in ("delete", "complete", "reopen")), intent
    assert not isinstance(intent, RemindAbout | RemindBefore), intent


def test_an_amount_beside_a_day_stays_in_a_reminders_title() -> None:
    intent = read("remind me to transfer tomorrow 1500 to savings")
    assert isinstance(intent, Add | RemindAbout), intent
    reminder = intent.fields.reminder
    assert not (isinstance(reminder, datetime) and reminder.hour == 15), intent


@pytest.mark.parametrize(
    "message",
    ["clean the spare room, mum arriving friday", "collect parcel arriving friday"],
)
def test_a_task_beside_something_on_its_way_is_still_added(message: str) -> None:
    assert isinstance(read(message), Add)


def test_a_reminder_moved_from_the_tasks_own_day_to_another() -> None:
    intent = read("move the reminder for the gym on monday to tuesday 9am")
    assert isinstance(intent, RemindAbout), intent
    assert intent.fields.reminder == at(1, 9, month=12)


def test_a_fact_names_its_task_across_a_request_after_a_comma() -> None:
    intent = read("lost my keys, get new ones cut saturday")  # "keys" alone would name a task
    assert not (isinstance(intent, Act) and intent.ref == ByWords("keys")), intent


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("maybe I should delete the linen one, not sure yet", Unknown),  # only thought of
        ("great session tonight, the squad smashed it", Unknown),  # how it went
        ("I need to cancel my gym membership", Add),  # a task of its own
        ("book a good session tonight", Add),
    ],
)
def test_a_need_or_a_feeling_is_read_as_what_it_is(message: str, kind: type) -> None:
    assert isinstance(read(message), kind)


def test_a_task_opened_again_said_as_a_need() -> None:
    intent = read("I need to reopen the risk assessment, the DC sent it back")
    assert intent == Act("reopen", ByWords("risk assessment"))
