"""Requests in voices of their own: wrappers before a colon, moves from one moment to another,
the middle of a list, tags and priorities given, restores and lists asked for plainly — each
rule with sentences of its own.

The clock is injected: Thursday 26 November 2026, 11:00 in Berlin.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.intent_fields import without_old_when
from todo.domain.assistant.intent_lists import search_words
from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import MIDDLE, ByPosition, ByWords, read_reference
from todo.domain.assistant.intents import Act, Add, Intent, ListTasks, Relative, Update
from todo.domain.assistant.replies import spoken_rule
from todo.domain.priority import Priority

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # Thursday; 11:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")


def read(message: str) -> Intent:
    return read_intent(message, now=NOW, tz=BERLIN)


def words_of(intent: Act | Update | Relative) -> str:
    assert isinstance(intent.ref, ByWords), intent.ref
    return intent.ref.words.lower()


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("Log it: renew the range membership", "Renew the range membership"),
        ("Pls add po: pay the Meralco bill", "Pay the Meralco bill"),
        ("Put for me: English class", "English class"),
        ("a to-do called chase the Kowalski payment", "Chase the Kowalski payment"),
        ("add buy Noche Buena ingredients po", "Buy Noche Buena ingredients"),
    ],
)
def test_words_that_put_a_task_on_the_list_are_not_its_title(message: str, title: str) -> None:
    intent = read(message)
    assert isinstance(intent, Add), intent
    assert intent.fields.title == title


@pytest.mark.parametrize(
    ("message", "moved"),
    [
        ("move mandatory training from Mon to Wed 13:00", "move mandatory training to Wed 13:00"),
        (
            "Move the reviewer 2 reminder from tonight to tomorrow at 9",
            "Move the reviewer 2 reminder to tomorrow at 9",
        ),
        ("push the dentist from the 1st to the 3rd", "push the dentist to the 3rd"),
        ("the meeting got moved from Monday to Wednesday", "the meeting got moved to Wednesday"),
    ],
)
def test_a_move_from_one_moment_to_another_keeps_where_it_goes(message: str, moved: str) -> None:
    assert without_old_when(message, NOW, BERLIN) == moved


@pytest.mark.parametrize(
    "message",
    [
        "what's due from Monday to Friday?",  # a span asked about
        "move the meeting from home to the office",  # places, not moments
        "drive from Leeds to York on Monday",
        "add work shift from 2pm to 10pm tomorrow",  # a new task that spans two moments
        "add put in leave from Monday to Friday",
        "change the meeting name from Monday to Tuesday",  # a rename
    ],
)
def test_a_span_or_a_journey_is_left_as_said(message: str) -> None:
    assert without_old_when(message, NOW, BERLIN) == message


@pytest.mark.parametrize(
    ("message", "meant"),
    [
        ("put it at 18:00 instead of 17:00", "put it at 18:00"),
        ("move the dentist to Friday instead of Thursday", "move the dentist to Friday"),
        ("buy oat milk instead of cow milk", "buy oat milk instead of cow milk"),
        ("use the 5pm train instead of the 6pm one", "use the 5pm train instead of the 6pm one"),
    ],
)
def test_the_moment_a_change_replaces_is_not_read(message: str, meant: str) -> None:
    assert without_old_when(message, NOW, BERLIN) == meant


@pytest.mark.parametrize(
    "message",
    [
        "remove the tag 'urgent' from 'Order new spectacles'",
        "Kindly remove the tag 'urgent' from 'Order new spectacles'; it no longer applies.",
        "delete the reminder on the dentist",
    ],
)
def test_a_field_taken_off_a_task_deletes_no_task(message: str) -> None:
    intent = read(message)
    assert not (isinstance(intent, Act) and intent.verb == "delete"), intent


def test_a_tag_taken_off_in_quotes_is_the_word_inside() -> None:
    intent = read("remove the tag 'urgent' from 'Order new spectacles'")
    assert isinstance(intent, Update), intent
    assert (words_of(intent), intent.remove_tags) == ("order new spectacles", ("urgent",))


def test_the_middle_one_is_a_place_in_the_list_shown() -> None:
    assert read_reference("the middle one") == ByPosition(MIDDLE)
    intent = read("the middle one's sorted now")
    assert isinstance(intent, Act)
    assert (intent.verb, intent.ref) == ("complete", ByPosition(MIDDLE))


@pytest.mark.parametrize(
    ("message", "tags"),
    [
        ("and give it the tag clients", ("clients",)),
        ("give the quarterly report the tag finance", ("finance",)),
    ],
)
def test_a_tag_given_is_added(message: str, tags: tuple[str, ...]) -> None:
    intent = read(message)
    assert isinstance(intent, Update), intent
    assert intent.add_tags == tags


@pytest.mark.parametrize(
    "message", ["give grandma a label maker for christmas", "give Sam the label printer"]
)
def test_a_label_given_as_a_gift_tags_nothing(message: str) -> None:
    intent = read(message)
    assert not (isinstance(intent, Update) and intent.add_tags), intent


@pytest.mark.parametrize(
    ("message", "task", "levels"),
    [
        ("The report for Marcos, put more priority please", "report marcos", 1),
        ("put more priority on the report for Marcos", "report marcos", 1),
        ("give the report for Marcos more priority", "report marcos", 1),
        ("the pies ain't that important, knock 'em down a peg", "pies", -1),
    ],
)
def test_more_or_less_priority_said_in_everyday_words_moves_it_a_level(
    message: str, task: str, levels: int
) -> None:
    intent = read(message)
    assert isinstance(intent, Relative), intent
    assert (words_of(intent), intent.levels) == (task, levels)


def test_a_tag_said_in_quotes_is_the_word_inside() -> None:
    intent = read("Can you also put a tag 'family' on it?")
    assert isinstance(intent, Update), intent
    assert intent.add_tags == ("family",)


@pytest.mark.parametrize(
    ("message", "task"),
    [
        ("the oven can wait, lower its priority", "oven"),
        (
            "On reflection, the letter to the council is not so pressing; lower its priority.",
            "letter to the council",
        ),
    ],
)
def test_its_priority_lowered_after_the_task_is_one_step_down(message: str, task: str) -> None:
    intent = read(message)
    assert isinstance(intent, Relative), intent
    assert (words_of(intent), intent.levels) == (search_words(task).lower(), -1)


def test_two_changes_asked_with_make_are_never_a_rename() -> None:
    intent = read("make the bio project urgent and move it to sat")
    assert isinstance(intent, Update), intent
    assert intent.changes.title is None
    assert (intent.changes.priority, intent.changes.due) == (Priority.URGENT, date(2026, 11, 28))


def test_a_place_in_the_list_pointed_at_a_day_moves_that_task() -> None:
    intent = read("the 2nd -> tomorrow")
    assert isinstance(intent, Update), intent
    assert (intent.ref, intent.changes.due) == (ByPosition(2), date(2026, 11, 27))


@pytest.mark.parametrize("message", ["the 2nd -> done", "curtains -> done", "curtains -> finished"])
def test_done_after_an_arrow_completes_the_task(message: str) -> None:
    intent = read(message)
    assert isinstance(intent, Act), intent
    assert intent.verb == "complete"


@pytest.mark.parametrize("message", ["the first -> remove", "curtains -> remove", "the 2nd -> x"])
def test_an_action_after_an_arrow_renames_nothing(message: str) -> None:
    intent = read(message)
    assert not (isinstance(intent, Update) and intent.changes.title), intent


def test_number_zero_is_not_the_middle_one() -> None:
    assert read_reference("number 0") != ByPosition(MIDDLE)


def test_a_month_s_last_day_is_said_as_such() -> None:
    assert spoken_rule("FREQ=MONTHLY;BYMONTHDAY=-1") == "every month on its last day"


@pytest.mark.parametrize(
    ("message", "verb"),
    [("bougth the kettle", "complete"), ("sho me my taks", None)],
)
def test_common_slips_of_verbs_are_read(message: str, verb: str | None) -> None:
    intent = read(message)
    if verb is None:
        assert isinstance(intent, ListTasks), intent
    else:
        assert isinstance(intent, Act), intent
        assert intent.verb == verb


def test_a_priority_at_its_highest_is_urgent() -> None:
    intent = read("ID card renewal: set priority to max.")  # the task of that name, if any
    assert isinstance(intent, Add), intent
    assert (intent.fields.title, intent.fields.priority) == ("ID card renewal", Priority.URGENT)
    assert intent.or_update


@pytest.mark.parametrize(
    ("message", "verb", "task"),
    [
        ("Return back the task about Olga gift, I deleted by accident", "restore", "olga gift"),
        ("delete the pasalubong task, no need", "delete", "pasalubong"),
        ("take the dentist off my list", "delete", "dentist"),
        ("delete the boiler one, the tenant fixed the tap himself", "delete", "boiler"),
        ("Reopen the vendor onboarding item -- not actually done", "reopen", "vendor onboarding"),
    ],
)
def test_a_restore_or_a_delete_with_its_reason_names_the_task(
    message: str, verb: str, task: str
) -> None:
    intent = read(message)
    assert isinstance(intent, Act), intent
    assert (intent.verb, words_of(intent)) == (verb, task)


@pytest.mark.parametrize(
    "message",
    [
        "take it off",  # after a date was mentioned, the date may be what goes
        "tbh the vinyl shelf thing doesnt need a date, take it off",
        "take friday off",  # a day off
        "take the weekend off",
        "take the reminder off",
        "take the Christmas lights off",
    ],
)
def test_take_off_without_the_list_deletes_nothing(message: str) -> None:
    intent = read(message)
    assert not (isinstance(intent, Act) and intent.verb == "delete"), intent


@pytest.mark.parametrize(
    ("message", "first", "end"),
    [
        ("What I have in this week?", None, None),
        ("what do I have this week?", None, None),
        ("what have I got next week?", date(2026, 11, 30), date(2026, 12, 7)),
    ],
)
def test_what_i_have_in_a_week_lists_that_week(
    message: str, first: date | None, end: date | None
) -> None:
    intent = read(message)
    assert isinstance(intent, ListTasks), intent
    if first is None:
        assert intent.query.due == "week"
    else:
        assert (intent.query.due_after, intent.query.due_before) == (first, end)


def test_a_task_said_first_then_added_as_a_recurring_task_repeats() -> None:
    intent = read("Restock the consult rooms every Monday please, add it as a recurring task")
    assert isinstance(intent, Add), intent
    assert (intent.fields.title, intent.fields.recurrence) == (
        "Restock the consult rooms",
        "FREQ=WEEKLY;BYDAY=MO",
    )


@pytest.mark.parametrize("message", ["What's on the slate?", "wah overdue?"])
def test_a_slate_or_a_patois_question_is_a_list(message: str) -> None:
    assert isinstance(read(message), ListTasks)


@pytest.mark.parametrize("message", ["Report all pending items.", "report my pending tasks"])
def test_a_report_asked_for_is_a_list(message: str) -> None:
    intent = read(message)
    assert isinstance(intent, ListTasks), intent
    assert intent.query.status == "pending"


def test_a_report_said_done_is_not_a_list() -> None:
    assert not isinstance(read("report - done and dusted"), ListTasks)
