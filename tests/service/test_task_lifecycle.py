"""Creating, reading, changing and deleting tasks through the service layer."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from todo.adapters.clock import FixedClock
from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.priority import Priority
from todo.domain.tasks import TaskCreate, TaskUpdate
from todo.errors import Conflict, Invalid, NotFound, PreconditionFailed
from todo.services import task_text, tasks
from todo.services.validation import parse_input

from .conftest import events_of

pytestmark = pytest.mark.anyio


def new(**fields: object) -> TaskCreate:
    return parse_input(TaskCreate, {"title": "Buy milk", **fields})


def change(**fields: object) -> TaskUpdate:
    return parse_input(TaskUpdate, fields)


async def test_create_stores_every_field_and_records_one_event(app: App, me: Actor) -> None:
    task = await tasks.create(
        app.uow(),
        actor=me,
        data=new(
            title="  Pay   rent ",
            description="Transfer to landlord",
            priority="HIGH",
            tags=["#Home", "money", "home"],
            due_at="2026-12-01T09:00:00+01:00",
            remind_at="2026-12-01T08:30:00Z",
            recurrence="monthly",
        ),
    )
    assert task.title == "Pay rent"
    assert task.priority is Priority.HIGH
    assert task.tags == ["Home", "money"]
    assert task.due_at == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    assert task.all_day is False
    assert task.remind_at == datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
    assert task.recurrence == "FREQ=MONTHLY"
    assert task.series_id is not None
    assert task.version == 1
    assert task.created_at == app.clock.now()

    fetched = await tasks.get(app.uow(), actor=me, task_id=task.id)
    assert fetched == task

    events = await events_of(app, me)
    assert [event["type"] for event in events] == ["todo.task.created"]
    assert events[0]["subject"] == f"tasks/{task.id}"
    assert events[0]["specversion"] == "1.0"
    assert events[0]["data"]["task"]["title"] == "Pay rent"
    assert events[0]["data"]["user_id"] == me.user_id


async def test_a_date_without_time_is_all_day(app: App, me: Actor) -> None:
    task = await tasks.create(app.uow(), actor=me, data=new(due_at="2026-12-24"))
    assert task.all_day is True
    assert task.due_at == date(2026, 12, 24)
    assert task.model_dump(mode="json")["due_at"] == "2026-12-24"


async def test_natural_language_dates_are_read_in_the_users_time_zone(app: App, me: Actor) -> None:
    task = await tasks.create(app.uow(), actor=me, data=new(due_at="tomorrow 9am"))
    # 27 November 2026, 09:00 in Berlin (UTC+1) is 08:00 UTC.
    assert task.due_at == datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


async def test_quick_add_reads_the_text_and_options_override_it(app: App, me: Actor) -> None:
    task = await task_text.add_from_text(
        app.uow(), actor=me, text="Pay rent tomorrow 9am #home !high every month"
    )
    assert task.title == "Pay rent"
    assert task.due_at == datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    assert task.tags == ["home"]
    assert task.priority is Priority.HIGH
    assert task.recurrence == "FREQ=MONTHLY"

    overridden = await task_text.add_from_text(
        app.uow(),
        actor=me,
        text="Call mom !low #family",
        overrides={"priority": "urgent", "tags": ["phone"], "due_at": "2026-12-02"},
    )
    assert overridden.priority is Priority.URGENT
    assert overridden.tags == ["family", "phone"]
    assert overridden.due_at == date(2026, 12, 2)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": "   "}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"description": "d" * 1001}, "description"),
        ({"priority": "critical"}, "priority"),
        ({"recurrence": "FREQ=SOMETIMES"}, "recurrence"),
        ({"recurrence": "every blue moon"}, "recurrence"),
        ({"tags": ["two words"]}, "tags"),
        ({"colour": "red"}, "colour"),
    ],
)
async def test_bad_input_is_refused_with_the_field_named(
    app: App, me: Actor, fields: dict[str, object], field: str
) -> None:
    with pytest.raises(Invalid) as caught:
        await tasks.create(app.uow(), actor=me, data=new(**fields))
    assert caught.value.problems[0].field == field
    assert caught.value.message.endswith(".")
    assert await events_of(app, me) == []


async def test_an_unreadable_date_is_refused_and_nothing_is_written(app: App, me: Actor) -> None:
    with pytest.raises(Invalid, match="date") as caught:
        await tasks.create(app.uow(), actor=me, data=new(due_at="the twelfth of never"))
    assert caught.value.problems[0].field == "due_at"
    assert await events_of(app, me) == []


async def test_another_users_task_is_not_found(app: App, me: Actor, other: Actor) -> None:
    task = await tasks.create(app.uow(), actor=me, data=new())
    for verb in (tasks.get, tasks.complete, tasks.reopen, tasks.delete, tasks.restore):
        with pytest.raises(NotFound, match=f"Task {task.id} was not found"):
            await verb(app.uow(), actor=other, task_id=task.id)
    with pytest.raises(NotFound):
        await tasks.update(app.uow(), actor=other, task_id=task.id, changes=change(title="Mine"))
    assert (await tasks.get(app.uow(), actor=me, task_id=task.id)).version == 1
    assert await events_of(app, other) == []


async def test_unknown_id_is_not_found(app: App, me: Actor) -> None:
    with pytest.raises(NotFound):
        await tasks.get(app.uow(), actor=me, task_id=999_999_999)


async def test_partial_update_changes_only_what_is_given(
    app: App, me: Actor, clock: FixedClock
) -> None:
    task = await tasks.create(
        app.uow(), actor=me, data=new(description="2 litres", tags=["shop"], due_at="2026-12-01")
    )
    clock.advance(timedelta(minutes=5))
    updated = await tasks.update(
        app.uow(), actor=me, task_id=task.id, changes=change(priority="high")
    )
    assert updated.priority is Priority.HIGH
    assert (updated.description, updated.tags, updated.due_at) == (
        "2 litres",
        ["shop"],
        task.due_at,
    )
    assert updated.version == 2
    assert updated.updated_at == clock.now()

    cleared = await tasks.update(
        app.uow(), actor=me, task_id=task.id, changes=change(description=None, due_at=None)
    )
    assert (cleared.description, cleared.due_at, cleared.all_day) == (None, None, False)
    assert cleared.tags == ["shop"]

    events = await events_of(app, me)
    assert [event["type"] for event in events][1:] == ["todo.task.updated", "todo.task.updated"]
    assert events[1]["data"]["changes"] == ["priority"]
    assert set(events[2]["data"]["changes"]) == {"description", "due_at", "all_day"}


async def test_an_update_that_changes_nothing_records_nothing(app: App, me: Actor) -> None:
    task = await tasks.create(app.uow(), actor=me, data=new(priority="low", tags=["a"]))
    same = await tasks.update(
        app.uow(), actor=me, task_id=task.id, changes=change(priority="low", tags=["A"])
    )
    assert same.version == 1
    assert len(await events_of(app, me)) == 1


async def test_fields_that_cannot_be_cleared_are_refused(app: App, me: Actor) -> None:
    with pytest.raises(Invalid) as caught:
        change(title=None)
    assert caught.value.problems[0].field == "title"


async def test_a_stale_version_is_refused(app: App, me: Actor) -> None:
    task = await tasks.create(app.uow(), actor=me, data=new())
    await tasks.update(app.uow(), actor=me, task_id=task.id, changes=change(title="Oat milk"))
    with pytest.raises(PreconditionFailed, match="changed since you read it"):
        await tasks.update(
            app.uow(), actor=me, task_id=task.id, changes=change(title="Soy"), expected_versions={1}
        )
    current = await tasks.get(app.uow(), actor=me, task_id=task.id)
    assert (current.title, current.version) == ("Oat milk", 2)


async def test_a_failed_update_leaves_no_trace(app: App, me: Actor) -> None:
    task = await tasks.create(app.uow(), actor=me, data=new())
    with pytest.raises(Invalid):
        await tasks.update(
            app.uow(),
            actor=me,
            task_id=task.id,
            changes=change(title="Half written", remind_at="when pigs fly"),
        )
    current = await tasks.get(app.uow(), actor=me, task_id=task.id)
    assert (current.title, current.version) == ("Buy milk", 1)
    assert len(await events_of(app, me)) == 1


async def test_complete_reopen_delete_restore(app: App, me: Actor, clock: FixedClock) -> None:
    task = await tasks.create(app.uow(), actor=me, data=new())
    done = await tasks.complete(app.uow(), actor=me, task_id=task.id)
    assert (done.completed, done.completed_at, done.version) == (True, clock.now(), 2)
    again = await tasks.complete(app.uow(), actor=me, task_id=task.id)
    assert again.version == 2

    reopened = await tasks.reopen(app.uow(), actor=me, task_id=task.id)
    assert (reopened.completed, reopened.completed_at) == (False, None)

    deleted = await tasks.delete(app.uow(), actor=me, task_id=task.id)
    assert deleted.deleted_at == clock.now()
    with pytest.raises(Conflict, match="restore it first"):
        await tasks.complete(app.uow(), actor=me, task_id=task.id)
    with pytest.raises(Conflict):
        await tasks.update(app.uow(), actor=me, task_id=task.id, changes=change(title="x"))

    restored = await tasks.restore(app.uow(), actor=me, task_id=task.id)
    assert restored.deleted_at is None
    assert restored.version == 5

    types = [event["type"] for event in await events_of(app, me)]
    assert types == [
        "todo.task.created",
        "todo.task.completed",
        "todo.task.reopened",
        "todo.task.deleted",
        "todo.task.restored",
    ]


async def test_completing_through_update_records_the_completion(app: App, me: Actor) -> None:
    task = await tasks.create(app.uow(), actor=me, data=new())
    done = await tasks.update(
        app.uow(), actor=me, task_id=task.id, changes=change(completed=True, title="Bought milk")
    )
    assert done.completed
    assert done.completed_at is not None
    types = [event["type"] for event in await events_of(app, me)]
    assert types == ["todo.task.created", "todo.task.updated", "todo.task.completed"]


async def test_update_from_text_changes_what_the_text_names(app: App, me: Actor) -> None:
    task = await tasks.create(app.uow(), actor=me, data=new(priority="low", tags=["shop"]))
    changed = await task_text.update_from_text(
        app.uow(), actor=me, task_id=task.id, text="Buy oat milk friday", overrides=None
    )
    assert changed.title == "Buy oat milk"
    assert changed.due_at == date(2026, 11, 27)
    assert (changed.priority, changed.tags) == (Priority.LOW, ["shop"])


async def test_reminder_on_a_bare_date_fires_at_nine_local(app: App, me: Actor) -> None:
    task = await tasks.create(app.uow(), actor=me, data=new(remind_at="2026-12-03"))
    assert task.remind_at == datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


async def test_editing_with_text_changes_only_what_the_text_says(app: App, me: Actor) -> None:
    task = await task_text.add_from_text(app.uow(), actor=me, text="Report friday 5pm #work")
    dated = await task_text.update_from_text(
        app.uow(), actor=me, task_id=task.id, text="tomorrow 9am", overrides=None
    )
    assert dated.title == "Report"
    assert dated.due_at == datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    repeating = await task_text.update_from_text(
        app.uow(), actor=me, task_id=task.id, text="Report every month", overrides=None
    )
    assert repeating.recurrence == "FREQ=MONTHLY"
    assert repeating.due_at == dated.due_at
    assert repeating.tags == ["work"]
    tagged = await task_text.update_from_text(
        app.uow(), actor=me, task_id=task.id, text="Report #a", overrides={"tags": ["b"]}
    )
    assert tagged.tags == ["a", "b"]


async def test_out_of_range_ids_and_dates_are_clear_errors(app: App, me: Actor) -> None:
    with pytest.raises(NotFound):
        await tasks.get(app.uow(), actor=me, task_id=99_999_999_999_999_999_999)
    with pytest.raises(NotFound):
        await tasks.complete(app.uow(), actor=me, task_id=2**31)
    with pytest.raises(Invalid, match="too far"):
        await tasks.create(app.uow(), actor=me, data=new(due_at="0001-01-01T00:30"))
    with pytest.raises(Invalid) as caught:
        await tasks.create(app.uow(), actor=me, data=new(tags=["ß" * 26]))
    assert caught.value.problems[0].field == "tags"
