"""The learned reader's view of a message: placeholders, the task named, and the model."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.assistant.reading_model import (
    ActionModel,
    asks_to_add,
    features,
    reading_of,
    train,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN)  # a Thursday


def test_the_task_named_and_the_date_become_placeholders() -> None:
    read = reading_of(
        "dentist moved to thursday", ["Buy milk", "Dentist for Max"], now=NOW, tz=BERLIN
    )
    assert read.tokens == ("TASK", "moved", "to", "DATE")
    assert (read.task, read.fit, read.alone) == (1, 0.5, True)


def test_a_task_is_named_by_another_form_or_a_slip_of_its_words() -> None:
    titles = ["Call the pediatrician", "Renew passport", "Buy a new kettle"]
    called = reading_of("called the pediatrician", titles, now=NOW, tz=BERLIN)
    assert (called.tokens, called.task, called.fit) == (("TASK",), 0, 1.0)
    slip = reading_of("remidn me about the pasport renewal", titles, now=NOW, tz=BERLIN)
    assert slip.task == 1
    assert slip.tokens[-1] == "TASK"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("the thesis backup", "Back up the thesis folder"),
        ("the fittings pickup", "Pick up the fittings"),
        ("the zelda preorder", "Pre-order the new Zelda"),
        ("the bank reconciliation", "Reconcile the bank account"),
        ("the party preparation", "Prepare the party"),
    ],
)
def test_a_task_is_named_by_its_words_written_as_one_or_as_a_noun(said: str, title: str) -> None:
    read = reading_of(said, ["Buy milk", title], now=NOW, tz=BERLIN)
    assert read.task == 1
    assert read.fit >= 0.6


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("the organisation chart", "Play the organ"),
        ("the investigation portfolio", "Check the investment"),
        ("the conversation notes", "Conversion rates"),
        ("confirmed", "Send booking confirmation"),
        ("the department meeting", "Departure lounge"),
    ],
)
def test_words_sharing_a_beginning_are_not_one_stem(said: str, title: str) -> None:
    read = reading_of(said, [title], now=NOW, tz=BERLIN)
    assert read.said == 0, read


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("I did my workout", "Work out the budget"),
        ("I bought makeup", "Make up the exam"),
        ("the backup singer was booked", "Back up the laptop"),
    ],
)
def test_two_title_words_said_as_one_never_name_a_task_alone(said: str, title: str) -> None:
    read = reading_of(said, [title], now=NOW, tz=BERLIN)
    assert read.fit < 0.5, read


def test_a_message_naming_no_task_keeps_its_words() -> None:
    read = reading_of("what's due at 5pm?", ["Buy milk"], now=NOW, tz=BERLIN)
    assert read.task is None
    assert "TASK" not in read.tokens
    assert read.tokens[:2] == ("what's", "due")


def test_two_titles_sharing_the_words_said_are_not_alone() -> None:
    read = reading_of(
        "write the letter", ["Write to the council", "Write a letter"], now=NOW, tz=BERLIN
    )
    assert read.task == 1
    assert not read.alone


def test_features_are_words_pairs_and_how_well_a_task_was_named() -> None:
    found = features(reading_of("buy milk: done", ["Buy milk"], now=NOW, tz=BERLIN))
    assert {"w:TASK", "w:done", "p:<s>_TASK", "p:done_</s>", "fit:all"} <= set(found)
    part = features(reading_of("milk is bought", ["Buy milk"], now=NOW, tz=BERLIN))
    assert "fit:part" in part


def test_training_is_deterministic_and_learns_its_examples() -> None:
    examples = [
        (["w:move", "w:DATE"], "due"),
        (["w:remind", "w:TIME"], "remind"),
        (["w:done", "w:TASK"], "complete"),
    ] * 5
    first, again = train(examples), train(examples)
    assert first.as_json() == again.as_json()
    for found, label in examples[:3]:
        ranked = first.predict(found)
        assert ranked[0][0] == label
        assert abs(sum(chance for _, chance in ranked) - 1) < 1e-9


def test_a_model_saved_is_the_model_loaded() -> None:
    model = train([(["w:a"], "add"), (["w:b"], "none")] * 20)
    loaded = ActionModel.from_json(model.as_json())
    assert loaded.predict(["w:a"])[0][0] == "add"
    assert loaded.predict(["w:b"])[0][0] == "none"


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("add milk", True),
        ("Please add a task to call the bank", True),
        ("could you create a task for the dentist", True),
        ("so, add bread", True),
        ("add a note to the dentist: bring the card", False),
        ("add-on for the car is done", False),
        ("the milk is added", False),
    ],
)
def test_a_message_asking_for_a_new_task_is_told_apart(message: str, asked: bool) -> None:
    assert asks_to_add(message) is asked


def test_a_word_and_a_much_longer_one_sharing_four_letters_are_not_one() -> None:
    read = reading_of("book the cardiologist", ["Buy a card", "Plan trip"], now=NOW, tz=BERLIN)
    assert read.task is None


def test_a_title_of_common_words_only_is_named_by_none() -> None:
    read = reading_of("what do I have to do", ["To do", "Buy milk"], now=NOW, tz=BERLIN)
    assert read.task is None


def test_a_model_without_weights_is_refused() -> None:
    with pytest.raises(ValueError, match="weights"):
        ActionModel.from_json({"bias": {}})
