"""Events are read once, at the consumer's door, from their CloudEvents JSON into typed classes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from todo.domain.events import (
    RECEIVED,
    MalformedEvent,
    ReminderDue,
    TaskCompleted,
    TaskUpdated,
    parse_event,
)

TASK = {"id": 42, "user_id": "u-1", "title": "Pay rent", "recurrence": "FREQ=MONTHLY"}


def cloud(event_type: str, **data: Any) -> dict[str, Any]:
    return {
        "id": "e-1",
        "type": event_type,
        "time": "2026-11-26T10:00:00Z",
        "data": {"user_id": "u-1", "task": TASK, **data},
    }


def test_a_completion_is_read_into_its_class_with_typed_fields() -> None:
    event = parse_event(cloud("todo.task.completed", actor="recurrence"))
    assert isinstance(event, TaskCompleted)
    assert (event.event_id, event.owner, event.actor) == ("e-1", "u-1", "recurrence")
    assert (event.task_id, event.title, event.recurrence) == (42, "Pay rent", "FREQ=MONTHLY")
    assert event.time == datetime(2026, 11, 26, 10, tzinfo=UTC)
    assert event.task["title"] == "Pay rent"


def test_an_update_names_its_changes_and_a_reminder_its_due_date() -> None:
    updated = parse_event(cloud("todo.task.updated", changes=["title", "due_at"]))
    assert isinstance(updated, TaskUpdated)
    assert updated.changes == ("title", "due_at")
    reminder = parse_event(cloud("todo.reminder.due", due="Friday 27 November 2026, 17:00"))
    assert isinstance(reminder, ReminderDue)
    assert reminder.due == "Friday 27 November 2026, 17:00"


def test_every_received_class_is_keyed_by_its_own_type() -> None:
    assert all(kind.type.value == name for name, kind in RECEIVED.items())


def test_a_type_no_consumer_takes_is_none() -> None:
    assert parse_event(cloud("todo.notification.created")) is None
    assert parse_event({"type": "something.else"}) is None


@pytest.mark.parametrize(
    "broken",
    [
        {"type": "todo.task.created", "data": {"task": TASK}},  # no id
        {"id": "e-2", "type": "todo.task.created", "data": {}},  # no task
        {"id": "e-3", "type": "todo.task.created", "data": {"task": {**TASK, "id": "42"}}},
        {"id": "e-4", "type": "todo.task.created", "data": {"task": {"id": 1, "title": "x"}}},
        {"id": "e-5", "type": "todo.task.created", "data": "not an object"},
    ],
)
def test_an_event_without_what_its_type_promises_is_malformed(broken: dict[str, Any]) -> None:
    with pytest.raises(MalformedEvent):
        parse_event(broken)
