"""Completing a recurring task creates its next occurrence, exactly once."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from typing import Any

import anyio
import anyio.to_thread
import pytest
from sqlmodel import col, select

from todo.adapters.clock import FixedClock
from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.events import TaskCompleted, TaskReopened, parse_event
from todo.domain.priority import Priority
from todo.domain.tasks import Task, TaskCreate, TaskPublic, TaskUpdate
from todo.services import notifications, tasks
from todo.services.recurrence import create_next_occurrence, withdraw_next_occurrence
from todo.services.validation import parse_input

from .conftest import events_of, new_user

pytestmark = pytest.mark.anyio


async def recurring(app: App, actor: Actor, **fields: object) -> TaskPublic:
    data = parse_input(TaskCreate, {"title": "Water the plants", "recurrence": "weekly", **fields})
    return await tasks.create(app.uow(), actor=actor, data=data)


async def deliver(app: App, event: dict[str, Any]) -> None:
    """Run the consumer step the way the event framework does: in a unit of work it commits."""
    async with app.uow() as uow:
        received = parse_event(event)
        if not isinstance(received, TaskCompleted):
            return  # the recurrence consumer takes completions only
        await create_next_occurrence(uow, received)
        await uow.commit()


async def completions(app: App, actor: Actor) -> list[dict[str, Any]]:
    return [e for e in await events_of(app, actor) if e["type"] == "todo.task.completed"]


async def complete_and_deliver(app: App, actor: Actor, task_id: int) -> None:
    await tasks.complete(app.uow(), actor=actor, task_id=task_id)
    await deliver(app, (await completions(app, actor))[-1])


async def series_of(app: App, actor: Actor) -> list[Task]:
    """Return every task of the actor, oldest first."""
    async with app.sessions() as session:
        statement = select(Task).where(Task.user_id == actor.user_id).order_by(col(Task.id))
        return list((await session.exec(statement)).all())


async def test_the_next_occurrence_copies_the_task(app: App, me: Actor) -> None:
    task = await recurring(
        app,
        me,
        description="The ones on the balcony",
        priority="high",
        tags=["home", "Plants"],
        due_at="2026-11-26T09:00:00+01:00",
        remind_at="2026-11-26T08:30:00+01:00",
    )
    await complete_and_deliver(app, me, task.id)

    done, nxt = await series_of(app, me)
    assert done.id == task.id
    assert done.completed
    assert nxt.title == "Water the plants"
    assert nxt.description == "The ones on the balcony"
    assert nxt.priority is Priority.HIGH
    assert nxt.recurrence == "FREQ=WEEKLY"
    assert nxt.series_id == task.series_id
    assert nxt.due_at == datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    assert nxt.all_day is False
    assert nxt.remind_at == datetime(2026, 12, 3, 7, 30, tzinfo=UTC)
    assert not nxt.completed
    assert nxt.completed_at is None

    public = await tasks.get(app.uow(), actor=me, task_id=nxt.id or 0)
    assert public.tags == ["home", "Plants"]
    created = (await events_of(app, me))[-1]
    assert created["type"] == "todo.task.created"
    assert created["subject"] == f"tasks/{nxt.id}"
    assert created["data"]["actor"] == "recurrence"
    assert created["data"]["user_id"] == me.user_id
    assert created["data"]["task"] == public.model_dump(mode="json")


async def test_nine_oclock_in_berlin_stays_nine_oclock_across_spring_forward(
    app: App, me: Actor
) -> None:
    task = await recurring(app, me, due_at="2027-03-21T09:00:00+01:00")
    await complete_and_deliver(app, me, task.id)

    nxt = (await series_of(app, me))[-1]
    assert nxt.due_at == datetime(2027, 3, 28, 7, 0, tzinfo=UTC)  # 09:00 CEST


async def test_an_all_day_task_done_late_comes_back_once_after_today(app: App, me: Actor) -> None:
    task = await recurring(app, me, recurrence="daily", due_at="2026-11-20")
    await complete_and_deliver(app, me, task.id)  # on 26 November

    occurrences = await series_of(app, me)
    assert len(occurrences) == 2
    nxt = await tasks.get(app.uow(), actor=me, task_id=occurrences[-1].id or 0)
    assert nxt.due_at == date(2026, 11, 27)
    assert nxt.all_day


async def test_without_a_due_date_the_next_one_is_due_the_day_after_completion(
    app: App, clock: FixedClock
) -> None:
    tokyo = await new_user(app, timezone="Asia/Tokyo")
    clock.set(datetime(2026, 11, 26, 20, 0, tzinfo=UTC))  # already 27 November in Tokyo
    task = await recurring(app, tokyo, recurrence="daily", remind_at="2026-11-27T08:00:00+09:00")
    await complete_and_deliver(app, tokyo, task.id)

    nxt = await tasks.get(app.uow(), actor=tokyo, task_id=(await series_of(app, tokyo))[-1].id or 0)
    assert nxt.id != task.id
    assert nxt.due_at == date(2026, 11, 28)
    assert nxt.remind_at == datetime(2026, 11, 27, 23, 0, tzinfo=UTC)  # 08:00 on the 28th


async def test_the_same_completion_delivered_twice_creates_one_occurrence(
    app: App, me: Actor
) -> None:
    task = await recurring(app, me, due_at="2026-11-26T09:00:00+01:00")
    await tasks.complete(app.uow(), actor=me, task_id=task.id)
    (event,) = await completions(app, me)

    await deliver(app, event)
    await deliver(app, {**event, "id": "another-delivery"})

    assert len(await series_of(app, me)) == 2
    created = [e for e in await events_of(app, me) if e["type"] == "todo.task.created"]
    assert len(created) == 2  # the task itself and one next occurrence


async def test_complete_reopen_complete_creates_one_occurrence(
    app: App, me: Actor, clock: FixedClock
) -> None:
    task = await recurring(app, me, recurrence="daily", due_at="2026-11-20T09:00:00+01:00")
    await tasks.complete(app.uow(), actor=me, task_id=task.id)
    await tasks.reopen(app.uow(), actor=me, task_id=task.id)
    clock.advance(timedelta(days=1))
    await tasks.complete(app.uow(), actor=me, task_id=task.id)
    first, second = await completions(app, me)

    await deliver(app, first)
    await deliver(app, second)

    assert len(await series_of(app, me)) == 2


async def test_a_later_completion_after_the_next_one_was_made_adds_nothing(
    app: App, me: Actor, clock: FixedClock
) -> None:
    # Done late on Thursday at 10:00 (the next is Friday 09:00), reopened, and done again on
    # Friday at 10:00 (which alone would make Saturday's): the series has already moved on.
    task = await recurring(app, me, recurrence="daily", due_at="2026-11-20T09:00:00+01:00")
    await complete_and_deliver(app, me, task.id)
    await tasks.reopen(app.uow(), actor=me, task_id=task.id)
    clock.advance(timedelta(days=1))
    await complete_and_deliver(app, me, task.id)

    occurrences = await series_of(app, me)
    assert [t.due_at for t in occurrences] == [
        datetime(2026, 11, 20, 8, 0, tzinfo=UTC),
        datetime(2026, 11, 27, 8, 0, tzinfo=UTC),
    ]


async def test_a_completion_undone_before_delivery_creates_nothing(app: App, me: Actor) -> None:
    task = await recurring(app, me, due_at="2026-11-26T09:00:00+01:00")
    await tasks.complete(app.uow(), actor=me, task_id=task.id)
    await tasks.reopen(app.uow(), actor=me, task_id=task.id)

    await deliver(app, (await completions(app, me))[-1])

    assert len(await series_of(app, me)) == 1


async def test_the_series_continues_from_each_occurrence(app: App, me: Actor) -> None:
    task = await recurring(app, me, recurrence="FREQ=WEEKLY;COUNT=3", due_at="2026-11-30")
    await complete_and_deliver(app, me, task.id)
    second = (await series_of(app, me))[-1]
    await complete_and_deliver(app, me, second.id or 0)
    third = (await series_of(app, me))[-1]
    await complete_and_deliver(app, me, third.id or 0)  # the third of three: the series ends

    occurrences = await series_of(app, me)
    assert [t.due_at for t in occurrences] == [
        datetime(2026, 11, 30, tzinfo=UTC),
        datetime(2026, 12, 7, tzinfo=UTC),
        datetime(2026, 12, 14, tzinfo=UTC),
    ]
    assert {t.series_id for t in occurrences} == {task.series_id}

    await tasks.reopen(app.uow(), actor=me, task_id=task.id)
    await complete_and_deliver(app, me, task.id)  # the series has moved on already
    assert len(await series_of(app, me)) == 3


async def test_a_recurring_task_without_a_series_gets_one(app: App, me: Actor) -> None:
    task = await recurring(app, me, due_at="2026-11-26T09:00:00+01:00")
    async with app.uow() as uow:
        stored = await uow.tasks.get(me.user_id, task.id)
        assert stored is not None
        stored.series_id = None
        uow.session.add(stored)
        await uow.commit()

    await complete_and_deliver(app, me, task.id)

    done, nxt = await series_of(app, me)
    assert done.series_id is not None
    assert nxt.series_id == done.series_id
    assert done.version == 3  # created, completed, linked


async def test_tasks_that_do_not_repeat_and_other_events_are_ignored(app: App, me: Actor) -> None:
    plain = await tasks.create(
        app.uow(), actor=me, data=parse_input(TaskCreate, {"title": "Once", "due_at": "tomorrow"})
    )
    repeating = await recurring(app, me, due_at="2026-11-26T09:00:00+01:00")
    await complete_and_deliver(app, me, plain.id)
    for event in await events_of(app, me):
        if event["type"] != "todo.task.completed":
            await deliver(app, event)

    assert [t.id for t in await series_of(app, me)] == [plain.id, repeating.id]


async def reopen_and_deliver(app: App, actor: Actor, task_id: int) -> None:
    await tasks.reopen(app.uow(), actor=actor, task_id=task_id)
    [*_, reopened] = [e for e in await events_of(app, actor) if e["type"] == "todo.task.reopened"]
    async with app.uow() as uow:
        received = parse_event(reopened)
        assert isinstance(received, TaskReopened)
        await withdraw_next_occurrence(uow, received)
        await uow.commit()


async def test_undoing_a_completion_takes_the_next_occurrence_back(app: App, me: Actor) -> None:
    task = await recurring(app, me, due_at="2026-11-30T09:00:00+01:00")
    await complete_and_deliver(app, me, task.id)
    following = (await series_of(app, me))[-1]
    await reopen_and_deliver(app, me, task.id)
    first, taken_back = await series_of(app, me)
    assert (first.completed, first.deleted_at) == (False, None)
    assert taken_back.id == following.id
    assert taken_back.deleted_at is not None
    deleted = [e for e in await events_of(app, me) if e["type"] == "todo.task.deleted"]
    assert [(e["subject"], e["data"]["actor"]) for e in deleted] == [
        (f"tasks/{following.id}", "recurrence")
    ]
    await complete_and_deliver(app, me, task.id)  # completing again brings a next one back
    live = [t for t in await series_of(app, me) if t.deleted_at is None]
    assert [t.completed for t in live] == [True, False]


async def test_a_next_occurrence_someone_changed_is_kept(app: App, me: Actor) -> None:
    task = await recurring(app, me, due_at="2026-11-30T09:00:00+01:00")
    await complete_and_deliver(app, me, task.id)
    following = (await series_of(app, me))[-1]
    assert following.id is not None
    await tasks.update(
        app.uow(),
        actor=me,
        task_id=following.id,
        changes=parse_input(TaskUpdate, {"title": "Mine"}),
    )
    await reopen_and_deliver(app, me, task.id)
    assert [t.deleted_at for t in await series_of(app, me)] == [None, None]


async def test_undoing_a_completion_without_a_due_date_takes_the_next_one_back(
    app: App, me: Actor
) -> None:
    task = await recurring(app, me, recurrence="daily")
    await complete_and_deliver(app, me, task.id)
    assert len(await series_of(app, me)) == 2
    await reopen_and_deliver(app, me, task.id)
    first, taken_back = await series_of(app, me)
    assert (first.deleted_at, first.completed) == (None, False)
    assert taken_back.deleted_at is not None


async def store(app: App, actor: Actor, task_id: int, **fields: object) -> None:
    """Write fields straight into the stored task, as data saved before today's rules was."""
    async with app.uow() as uow:
        stored = await uow.tasks.get(actor.user_id, task_id)
        assert stored is not None
        for name, value in fields.items():
            setattr(stored, name, value)
        uow.session.add(stored)
        await uow.commit()


async def test_a_daily_task_due_in_1900_comes_back_once_today(app: App, me: Actor) -> None:
    # The oldest due date and the latest time of day a daily rule can have.
    rule = "FREQ=DAILY;BYHOUR=23;BYMINUTE=59;BYSECOND=59"
    task = await recurring(app, me, recurrence=rule, due_at="1900-01-01T00:00:00Z")
    await complete_and_deliver(app, me, task.id)

    done, nxt = await series_of(app, me)
    assert done.completed
    assert nxt.due_at == datetime(2026, 11, 26, 22, 59, 59, tzinfo=UTC)  # 23:59:59 in Berlin
    assert nxt.recurrence == rule


async def test_the_search_never_waits_for_the_threads_other_work_shares(
    app: App, me: Actor
) -> None:
    task = await recurring(app, me, recurrence="daily", due_at="2026-11-20T09:00:00+01:00")
    await tasks.complete(app.uow(), actor=me, task_id=task.id)
    event = (await completions(app, me))[-1]
    shared = anyio.to_thread.current_default_thread_limiter()
    holders = [object() for _ in range(int(shared.total_tokens))]
    for holder in holders:  # every thread of the shared pool is busy (say, checking passwords)
        await shared.acquire_on_behalf_of(holder)
    try:
        with anyio.fail_after(10):
            await deliver(app, event)
    finally:
        for holder in holders:
            shared.release_on_behalf_of(holder)
    assert len(await series_of(app, me)) == 2


async def test_a_due_date_stored_before_the_range_repeats_from_today(app: App, me: Actor) -> None:
    task = await recurring(app, me, recurrence="daily", due_at="2026-11-20")
    await store(app, me, task.id, due_at=datetime(1, 1, 2, tzinfo=UTC))
    await complete_and_deliver(app, me, task.id)

    nxt = await tasks.get(app.uow(), actor=me, task_id=(await series_of(app, me))[-1].id or 0)
    assert nxt.id != task.id
    assert nxt.due_at == date(2026, 11, 27)


async def test_a_series_ends_where_due_dates_end(app: App, me: Actor) -> None:
    task = await recurring(app, me, recurrence="yearly", due_at="2199-06-01")
    await complete_and_deliver(app, me, task.id)
    assert len(await series_of(app, me)) == 1


async def test_a_reminder_that_would_fall_after_2199_is_left_out(app: App, me: Actor) -> None:
    task = await recurring(
        app, me, recurrence="daily", due_at="2199-12-30", remind_at="2199-12-31T12:00:00Z"
    )
    await complete_and_deliver(app, me, task.id)

    nxt = (await series_of(app, me))[-1]
    assert nxt.id != task.id
    assert nxt.due_at == datetime(2199, 12, 31, tzinfo=UTC)
    assert nxt.remind_at is None


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ("FREQ=DAILY;BYHOUR=9,17", "so BYHOUR may have one value, not 2."),
        (
            "FREQ=DAILY;BYHOUR={hours};BYMINUTE={minutes};BYSECOND={minutes}",
            "so BYHOUR may have one value, not 24.",
        ),
        ("FREQ=YEARLY;BYEASTER=0", "BYEASTER"),
    ],
)
async def test_a_rule_stored_before_it_was_refused_ends_its_series_and_says_so(
    app: App, me: Actor, caplog: pytest.LogCaptureFixture, rule: str, reason: str
) -> None:
    hours = ",".join(str(hour) for hour in range(24))
    minutes = ",".join(str(minute) for minute in range(60))
    task = await recurring(app, me, recurrence="daily", due_at="2026-11-20T09:00:00+01:00")
    await store(app, me, task.id, recurrence=rule.format(hours=hours, minutes=minutes))

    with caplog.at_level(logging.WARNING, logger="todo.recurrence"):
        await complete_and_deliver(app, me, task.id)

    assert len(await series_of(app, me)) == 1
    (record,) = [r for r in caplog.records if r.name == "todo.recurrence"]
    assert "no longer accepted" in record.getMessage()
    assert getattr(record, "task_id", None) == task.id
    assert reason in getattr(record, "reason", "")
    page = await notifications.list_notifications(app.uow(), actor=me)
    (told,) = page.items  # the owner is told too, once
    assert (told.kind, told.task_id) == ("series-ended", task.id)
    assert told.title == f"Stopped repeating: {task.title}"
    assert reason in told.body
    assert told.body.endswith("Give the task a new repeat rule to go on.")
