"""The event workers: reminders fire once, consumers apply each event once, a poison event is
parked as a dead letter, and one process on the memory bus runs the whole loop."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import col, func, select

from todo.adapters.bus.factory import open_bus
from todo.adapters.clock import FixedClock
from todo.bootstrap import App, event_runtime
from todo.domain.actor import Actor
from todo.domain.consumer_log import DeadLetter, ProcessedEvent
from todo.domain.events import TASK_EVENTS_TOPIC, TASK_UPDATES_TOPIC, TaskEvent
from todo.domain.outbox import OutboxMessage
from todo.domain.tasks import TaskCreate, TaskUpdate
from todo.errors import Busy, Conflict, Forbidden, NotFound
from todo.services import activity, notifications, tasks
from todo.services.events import dead_letters
from todo.services.events.consumers import CONSUMERS, Consumer, consume, consume_many
from todo.services.events.housekeeping import tidy
from todo.services.events.relay import relay_once
from todo.services.events.reminders import fire_due_reminders

from .conftest import events_of, new_user

pytestmark = pytest.mark.anyio

Event = dict[str, Any]
BY_NAME = {consumer.name: consumer for consumer in CONSUMERS}


@pytest.fixture
def app(own_app: App) -> App:
    """The application on a database of the test's own (workers take every event)."""
    return own_app


async def reminders_fired(app: App) -> list[Event]:
    async with app.sessions() as session:
        statement = (
            select(OutboxMessage)
            .where(OutboxMessage.type == "todo.reminder.due")
            .order_by(col(OutboxMessage.id))
        )
        return [row.cloud_event() for row in (await session.exec(statement)).all()]


async def test_a_reminder_fires_once_when_due_and_again_when_moved(
    app: App, clock: FixedClock
) -> None:
    me = await new_user(app)
    task = await tasks.create(
        app.uow(),
        actor=me,
        data=TaskCreate(title="Call mom", due_at="today 17:00", remind_at="in 2 hours"),
    )
    done = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Done already", remind_at="in 1 hour")
    )
    await tasks.complete(app.uow(), actor=me, task_id=done.id)
    assert await fire_due_reminders(app.uow()) == 0
    clock.advance(timedelta(hours=2))
    assert await fire_due_reminders(app.uow()) == 1
    assert await fire_due_reminders(app.uow()) == 0
    [fired] = await reminders_fired(app)
    assert (fired["subject"], fired["data"]["user_id"]) == (f"tasks/{task.id}", me.user_id)
    assert fired["data"]["due"] == "Thursday 26 November 2026, 17:00"  # Berlin time
    await tasks.update(
        app.uow(), actor=me, task_id=task.id, changes=TaskUpdate(remind_at="in 30 minutes")
    )
    assert await fire_due_reminders(app.uow()) == 0
    clock.advance(timedelta(minutes=30))
    assert await fire_due_reminders(app.uow()) == 1
    assert len(await reminders_fired(app)) == 2
    after = await tasks.get(app.uow(), actor=me, task_id=task.id)
    assert after.version == 2  # firing is not a change of the task


@pytest.mark.postgres
@pytest.mark.parametrize("own_database_url", ["postgres"], indirect=True)
async def test_several_schedulers_fire_each_reminder_once(app: App, clock: FixedClock) -> None:
    me = await new_user(app)
    for number in range(60):
        await tasks.create(
            app.uow(), actor=me, data=TaskCreate(title=f"Task {number}", remind_at="in 5 minutes")
        )
    clock.advance(timedelta(minutes=5))

    async def schedule() -> int:
        total = 0
        while fired := await fire_due_reminders(app.uow(), limit=4):
            total += fired
        return total

    counts = await asyncio.gather(*(schedule() for _ in range(4)))
    assert sum(counts) == 60
    assert sum(1 for count in counts if count) > 1, counts
    fired = await reminders_fired(app)
    assert len({event["subject"] for event in fired}) == len(fired) == 60


async def test_a_consumer_applies_an_event_once(app: App, other: Actor) -> None:
    me = await new_user(app)
    task = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Water plants"))
    await tasks.update(
        app.uow(), actor=me, task_id=task.id, changes=TaskUpdate(title="Water the plants")
    )
    created, updated = await events_of(app, me)
    record = BY_NAME["activity"]
    assert await consume(app.uow, record, created, attempts=3)
    assert not await consume(app.uow, record, created, attempts=3)  # delivered twice
    assert await consume(app.uow, record, updated, attempts=3)
    story = await activity.list_activity(app.uow(), actor=me, task_id=task.id)
    assert [(entry.action, entry.changes) for entry in story.items] == [
        ("created", []),
        ("updated", ["title"]),
    ]
    assert story.items[1].details == {"title": "Water the plants"}
    assert story.items[1].actor == me.user_id
    with pytest.raises(NotFound):
        await activity.list_activity(app.uow(), actor=other, task_id=task.id)


async def test_a_batch_of_events_is_applied_in_one_transaction(app: App) -> None:
    """Events waiting together are applied together: one commit, each once, in order; one
    already processed is skipped, as are events the consumer does not take."""
    me = await new_user(app)
    task = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Water plants"))
    for title in ("Water the plants", "Water the ferns"):
        await tasks.update(app.uow(), actor=me, task_id=task.id, changes=TaskUpdate(title=title))
    created, first, second = await events_of(app, me)
    record = BY_NAME["activity"]
    assert await consume(app.uow, record, created, attempts=3)
    commits: list[int] = []

    def counting_uow() -> Any:
        uow = app.uow()
        commit = uow.commit

        async def counted() -> None:
            commits.append(1)
            await commit()

        uow.commit = counted  # type: ignore[method-assign]
        return uow

    outcomes = await consume_many(counting_uow, record, [created, first, second], attempts=3)
    assert outcomes == [False, True, True]
    assert commits == [1]
    story = await activity.list_activity(app.uow(), actor=me, task_id=task.id)
    assert [entry.details.get("title") for entry in story.items[1:]] == [
        "Water the plants",
        "Water the ferns",
    ]
    assert await consume_many(app.uow, record, [first, second], attempts=3) == [False, False]
    skipping = BY_NAME["recurrence"]  # takes completions only
    assert await consume_many(app.uow, skipping, [first, second], attempts=3) == [False, False]


async def test_one_bad_event_in_a_batch_holds_no_other_back(app: App) -> None:
    me = await new_user(app)
    admin = Actor(me.user_id, role="admin")
    seen: list[str] = []

    async def picky(uow: Any, event: TaskEvent) -> None:
        seen.append(event.event_id)
        if event.event_id == "evt-bad":
            raise ValueError("cannot read this event")
        await activity.record_activity(uow, event)

    consumer = Consumer("picky-test", TASK_EVENTS_TOPIC, picky)
    task = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Water plants"))
    [created] = await events_of(app, me)
    bad = {**created, "id": "evt-bad"}
    broken = {"id": "evt-broken", "type": "todo.task.created", "data": {"task": {"id": "x"}}}
    outcomes = await consume_many(app.uow, consumer, [bad, created], attempts=2, pause=0.001)
    assert outcomes == [False, True]
    assert seen == ["evt-bad", "evt-bad", "evt-bad", created["id"]]  # batch, then one by one
    story = await activity.list_activity(app.uow(), actor=me, task_id=task.id)
    assert [entry.action for entry in story.items] == ["created"]
    outcomes = await consume_many(app.uow, consumer, [broken, created], attempts=2, pause=0.001)
    assert outcomes == [False, False]  # parked at once; the other was done already
    letters = await dead_letters.list_dead_letters(app.uow(), actor=admin)
    assert sorted(letter.event_id for letter in letters) == ["evt-bad", "evt-broken"]


async def test_a_poison_event_becomes_a_dead_letter(app: App) -> None:
    me = await new_user(app)
    admin = Actor(me.user_id, role="admin")
    calls: list[str] = []

    async def explode(uow: Any, event: TaskEvent) -> None:
        calls.append(event.event_id)
        raise ValueError("cannot read this event")

    poison = Consumer("poison-test", TASK_EVENTS_TOPIC, explode)
    task = {"id": 1, "user_id": me.user_id, "title": "Water plants"}
    event = {"id": "evt-1", "type": "todo.task.created", "data": {"task": task}}
    assert not await consume(app.uow, poison, event, attempts=3, pause=0.001)
    assert calls == ["evt-1"] * 3
    assert not await consume(app.uow, poison, event, attempts=3, pause=0.001)
    assert calls == ["evt-1"] * 3  # parked once; a redelivery moves on
    [letter] = await dead_letters.list_dead_letters(app.uow(), actor=admin)
    assert (letter.consumer, letter.event_id, letter.attempts) == ("poison-test", "evt-1", 3)
    assert "cannot read this event" in letter.error
    with pytest.raises(Forbidden):
        await dead_letters.list_dead_letters(app.uow(), actor=me)

    # An event that does not carry what its type promises is parked at once, with why.
    broken = {"id": "evt-2", "type": "todo.task.created", "data": {"task": {"id": "abc"}}}
    assert not await consume(app.uow, BY_NAME["activity"], broken, attempts=2, pause=0.001)
    letters = await dead_letters.list_dead_letters(app.uow(), actor=admin)
    assert (letters[0].event_id, letters[0].attempts) == ("evt-2", 1)
    assert "needs an integer id" in letters[0].error
    with pytest.raises(Conflict, match="failed again"):
        await dead_letters.retry_dead_letter(app.uow(), actor=admin, letter_id=letters[0].id)
    async with app.sessions() as session:
        count = (await session.exec(select(func.count()).select_from(DeadLetter))).one()
    assert count == 2


async def test_a_database_too_busy_hands_the_event_back_instead_of_parking_it(
    app: App, own_database_url: str
) -> None:
    me = await new_user(app)
    await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Water plants"))
    [created] = await events_of(app, me)
    record = BY_NAME["activity"]
    if own_database_url.startswith("sqlite"):
        # Another writer holds the lock past the 5 s busy timeout of the first try, and lets go
        # 2 s later: a consumer that tried again at once would then succeed.
        holder = sqlite3.connect(
            own_database_url.split("///", 1)[1], isolation_level=None, check_same_thread=False
        )
        holder.execute("BEGIN IMMEDIATE")
        release = threading.Timer(7.0, holder.execute, ("ROLLBACK",))
        release.start()
        try:
            with pytest.raises(Busy):
                await consume(app.uow, record, created, attempts=3, pause=0.001)
        finally:
            release.cancel()
            release.join()
            if holder.in_transaction:
                holder.execute("ROLLBACK")
            holder.close()
    else:  # PostgreSQL breaks a deadlock by aborting one side
        with pytest.raises(Busy):
            await consume(app.uow, _deadlocked(record), created, attempts=3, pause=0.001)
    async with app.sessions() as session:
        parked = (await session.exec(select(func.count()).select_from(DeadLetter))).one()
    assert parked == 0
    assert await consume(app.uow, record, created, attempts=3)  # delivered again: applied


def _deadlocked(consumer: Consumer) -> Consumer:
    """``consumer``, whose step first waits for a lock another transaction holds while that
    transaction waits for one the step holds: PostgreSQL aborts the step's transaction, the one
    that has waited longer."""

    async def step(uow: Any, event: Event) -> None:
        mine = await uow.session.connection()
        async with mine.engine.connect() as rival:  # a second connection
            await mine.execute(text("SELECT pg_advisory_xact_lock(1101)"))
            await rival.execute(text("SELECT pg_advisory_xact_lock(1102)"))
            waiting = asyncio.ensure_future(
                mine.execute(text("SELECT pg_advisory_xact_lock(1102)"))
            )
            await asyncio.sleep(0.2)
            await rival.execute(text("SELECT pg_advisory_xact_lock(1101)"))  # the step aborts
            await rival.rollback()
            await waiting
        await consumer.step(uow, event)

    return Consumer(consumer.name, consumer.topic, step, consumer.kinds)


async def test_a_due_reminder_becomes_a_notification_pushed_to_clients(
    app: App, clock: FixedClock, other: Actor
) -> None:
    me = await new_user(app)
    task = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Pay rent", remind_at="in 1 hour")
    )
    clock.advance(timedelta(hours=1))
    await fire_due_reminders(app.uow())
    [due] = await reminders_fired(app)
    assert await consume(app.uow, BY_NAME["notifications"], due, attempts=3)
    assert not await consume(app.uow, BY_NAME["notifications"], due, attempts=3)
    page = await notifications.list_notifications(app.uow(), actor=me)
    [note] = page.items
    assert (note.kind, note.task_id, note.title, page.unread) == (
        "reminder",
        task.id,
        "Reminder: Pay rent",
        1,
    )
    pushed = [e for e in await events_of(app, me) if e["type"] == "todo.notification.created"]
    assert [e["data"]["notification"]["id"] for e in pushed] == [note.id]
    async with app.sessions() as session:
        row = (
            await session.exec(
                select(OutboxMessage).where(OutboxMessage.type == "todo.notification.created")
            )
        ).one()
    assert row.topic == TASK_UPDATES_TOPIC
    with pytest.raises(NotFound):
        await notifications.mark_read(app.uow(), actor=other, notification_id=note.id)
    read = await notifications.mark_read(app.uow(), actor=me, notification_id=note.id)
    assert read.read_at == clock.now()
    assert (
        await notifications.list_notifications(app.uow(), actor=me, unread_only=True)
    ).items == []


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if await check():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("it did not happen in time")


async def test_one_process_on_the_memory_bus_runs_the_whole_loop(
    app: App, clock: FixedClock
) -> None:
    runtime = event_runtime(app)
    runtime.reminder_interval = 0.02
    runtime.subscribe_consumers()
    await runtime.start(relay=True, scheduler=True)
    try:
        me = await new_user(app)
        daily = await tasks.create(
            app.uow(),
            actor=me,
            data=TaskCreate(
                title="Stretch", due_at="today 18:00", remind_at="today 17:45", recurrence="daily"
            ),
        )
        await tasks.complete(app.uow(), actor=me, task_id=daily.id)

        async def next_one_exists() -> bool:
            page = await tasks.get(app.uow(), actor=me, task_id=daily.id + 1)
            return page.title == "Stretch"

        await eventually(_quietly(next_one_exists))
        following = await tasks.get(app.uow(), actor=me, task_id=daily.id + 1)
        assert following.series_id is not None
        assert following.due_at is not None
        assert following.due_at.isoformat() == "2026-11-27T17:00:00+00:00"  # 18:00 Berlin

        assert following.remind_at is not None
        assert following.remind_at.isoformat() == "2026-11-27T16:45:00+00:00"  # 15 min before
        clock.set(following.remind_at)

        async def notified() -> bool:
            page = await notifications.list_notifications(app.uow(), actor=me)
            return [n.task_id for n in page.items] == [following.id]

        await eventually(notified)

        async def told() -> bool:
            story = await activity.list_activity(app.uow(), actor=me, task_id=following.id)
            return [entry.action for entry in story.items] == ["created", "reminded"]

        await eventually(told)
        story = await activity.list_activity(app.uow(), actor=me, task_id=following.id)
        assert story.items[0].actor == "recurrence"
    finally:
        await runtime.stop()


def _quietly(check: Callable[[], Awaitable[bool]]) -> Callable[[], Awaitable[bool]]:
    async def wrapped() -> bool:
        try:
            return await check()
        except NotFound:
            return False

    return wrapped


async def test_housekeeping_forgets_what_no_one_needs(app: App, clock: FixedClock) -> None:
    me = await new_user(app)
    await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Old news"))
    created = (await events_of(app, me))[0]
    assert await consume(app.uow, BY_NAME["activity"], created, attempts=1)
    bus = open_bus("memory://", member="t")
    assert (await relay_once(app.uow(), bus, batch=10)).sent == 1
    await tidy(app.uow())
    assert len(await events_of(app, me)) == 1  # sent a moment ago: kept for a day
    clock.advance(timedelta(days=8))
    await tidy(app.uow())
    assert await events_of(app, me) == []
    async with app.sessions() as session:
        left = (await session.exec(select(func.count()).select_from(ProcessedEvent))).one()
    assert left == 0
