"""The relay: every committed event reaches the broker once per round, in order per task, and
survives a broker outage; an event exists if and only if its change committed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import Any

import pytest
from sqlmodel import col, select

from todo.adapters.bus.factory import open_bus
from todo.adapters.bus.memory import MemoryBus
from todo.adapters.bus.protocol import Bus, Outgoing
from todo.bootstrap import App
from todo.domain.events import TASK_EVENTS_TOPIC, TASK_UPDATES_TOPIC, EventType, task_event
from todo.domain.outbox import OutboxMessage
from todo.domain.tasks import TaskCreate, TaskUpdate
from todo.errors import BrokerUnavailable, Invalid, PreconditionFailed
from todo.services import tasks
from todo.services.events.relay import relay_once, run_relay

from .conftest import new_user

pytestmark = pytest.mark.anyio

Event = dict[str, Any]


@pytest.fixture
def app(own_app: App) -> App:
    """The application on a database of the test's own (the relay takes every unsent event)."""
    return own_app


class Recorder:
    """A memory bus and what arrived on each topic."""

    def __init__(self) -> None:
        self.bus: Bus = open_bus("memory://", member="test")
        self.seen: dict[str, list[Event]] = {TASK_EVENTS_TOPIC: [], TASK_UPDATES_TOPIC: []}
        for topic, events in self.seen.items():
            self.bus.subscribe(topic, self._collect(events), group=None)

    @staticmethod
    def _collect(events: list[Event]) -> Any:
        async def collect(event: Event) -> None:
            events.append(event)

        return collect

    async def settle(self, count: int, topic: str = TASK_EVENTS_TOPIC) -> list[Event]:
        for _ in range(200):
            if len(self.seen[topic]) >= count:
                break
            await asyncio.sleep(0.01)
        return self.seen[topic]


@pytest.fixture
async def recorder() -> AsyncIterator[Recorder]:
    made = Recorder()
    await made.bus.start()
    yield made
    await made.bus.stop()


async def unsent(app: App) -> list[OutboxMessage]:
    async with app.sessions() as session:
        statement = (
            select(OutboxMessage)
            .where(col(OutboxMessage.published_at).is_(None))
            .order_by(col(OutboxMessage.id))
        )
        return list((await session.exec(statement)).all())


async def test_events_go_out_in_order_per_task_and_are_marked_sent(
    app: App, recorder: Recorder
) -> None:
    me = await new_user(app)
    first = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="One"))
    second = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Two"))
    for title in ("One, edited", "One, edited again"):
        await tasks.update(app.uow(), actor=me, task_id=first.id, changes=TaskUpdate(title=title))
    await tasks.complete(app.uow(), actor=me, task_id=first.id)
    rounds = []
    while (done := await relay_once(app.uow(), recorder.bus, batch=3)).sent:
        rounds.append(done.sent)
    assert rounds == [3, 2]
    seen = await recorder.settle(5)
    of_first = [event["type"] for event in seen if event["subject"] == f"tasks/{first.id}"]
    assert of_first == [
        "todo.task.created",
        "todo.task.updated",
        "todo.task.updated",
        "todo.task.completed",
    ]
    assert [e["data"]["task"]["title"] for e in seen if e["type"] == "todo.task.updated"] == [
        "One, edited",
        "One, edited again",
    ]
    assert {e["subject"] for e in seen} == {f"tasks/{first.id}", f"tasks/{second.id}"}
    assert await recorder.settle(5, TASK_UPDATES_TOPIC) == seen  # clients get them too
    assert await unsent(app) == []
    assert (await relay_once(app.uow(), recorder.bus, batch=100)).sent == 0


async def test_an_event_exists_if_and_only_if_its_change_committed(app: App) -> None:
    me = await new_user(app)
    task = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Kept"))
    before = await unsent(app)
    with pytest.raises(PreconditionFailed):
        await tasks.update(
            app.uow(),
            actor=me,
            task_id=task.id,
            changes=TaskUpdate(title="Lost"),
            expected_versions={task.version + 7},
        )
    with pytest.raises(Invalid):
        await tasks.update(
            app.uow(), actor=me, task_id=task.id, changes=TaskUpdate(due_at="not a date")
        )
    assert await unsent(app) == before  # refused changes left no event
    assert [row.type for row in before] == ["todo.task.created"]
    uow = app.uow()
    async with uow:  # a change left without commit rolls back, its event with it
        row = await uow.tasks.get(me.user_id, task.id)
        assert row is not None
        row.title = "Rolled back"
        uow.session.add(row)
        uow.emit(task_event(EventType.TASK_UPDATED, task.model_dump(mode="json")))
    assert await unsent(app) == before
    assert (await tasks.get(app.uow(), actor=me, task_id=task.id)).title == "Kept"


async def test_the_relay_delivers_everything_after_a_broker_outage(
    app: App, recorder: Recorder
) -> None:
    me = await new_user(app)
    for title in ("A", "B", "C"):
        await tasks.create(app.uow(), actor=me, data=TaskCreate(title=title))
    dead = open_bus("redis://127.0.0.1:1", prefix="relay-outage", member="test")
    refused = await relay_once(app.uow(), dead, batch=100)
    assert (refused.sent, refused.failed) == (0, 3)
    assert refused.error is not None
    waiting = await unsent(app)
    assert [(row.attempts, bool(row.last_error)) for row in waiting] == [(1, True)] * 3
    recovered = await relay_once(app.uow(), recorder.bus, batch=100)
    assert (recovered.sent, recovered.failed) == (3, 0)
    seen = await recorder.settle(3)
    assert [event["data"]["task"]["title"] for event in seen] == ["A", "B", "C"]
    assert await unsent(app) == []


async def test_the_running_relay_sends_a_change_at_once(app: App, recorder: Recorder) -> None:
    me = await new_user(app)
    relay = asyncio.create_task(
        run_relay(app.uow, recorder.bus, batch=100, interval=30.0, wake=app.events_written)
    )
    try:
        await asyncio.sleep(0.05)
        await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Now"))
        seen = await recorder.settle(1)  # woken by the commit, long before the 30 s poll
        assert [event["data"]["task"]["title"] for event in seen] == ["Now"]
    finally:
        relay.cancel()
        with pytest.raises(asyncio.CancelledError):
            await relay


@pytest.mark.postgres
@pytest.mark.parametrize("own_database_url", ["postgres"], indirect=True)
async def test_several_relays_send_each_event_once(app: App, recorder: Recorder) -> None:
    me = await new_user(app)
    for number in range(120):
        await tasks.create(app.uow(), actor=me, data=TaskCreate(title=f"Task {number}"))

    async def drain() -> int:
        total = 0
        while (done := await relay_once(app.uow(), recorder.bus, batch=7)).sent:
            total += done.sent
        return total

    counts = await asyncio.gather(drain(), drain(), drain())
    assert sum(counts) == 120
    assert all(counts), counts  # the relays really shared the work
    seen = await recorder.settle(120)
    assert len({event["id"] for event in seen}) == len(seen) == 120


class SlowBroker(MemoryBus):
    """A broker that takes a while per event and gives up on more than ``most`` at once, as a
    Kafka that writes every event to object storage does within its time limit."""

    def __init__(self, most: int) -> None:
        super().__init__()
        self.most = most
        self.refused = 0

    async def publish_many(self, events: Sequence[Outgoing]) -> None:
        await asyncio.sleep(0.002 * min(len(events), self.most + 1))
        if len(events) > self.most:
            self.refused += 1
            raise BrokerUnavailable("the broker did not answer in time")
        await super().publish_many(events)


@pytest.mark.postgres
@pytest.mark.parametrize("own_database_url", ["postgres"], indirect=True)
async def test_two_relays_on_a_broker_too_slow_for_a_whole_batch_still_send_everything(
    app: App,
) -> None:
    me = await new_user(app)
    for number in range(60):
        await tasks.create(app.uow(), actor=me, data=TaskCreate(title=f"Task {number}"))
    slow = SlowBroker(most=24)  # 12 events: each task event goes to two topics
    await slow.start()
    stop = asyncio.Event()
    relays = [
        asyncio.create_task(
            run_relay(app.uow, slow, batch=500, interval=0.01, wake=asyncio.Event(), stop=stop)
        )
        for _ in range(2)
    ]
    try:
        for _ in range(1500):  # 15 s; a few rounds of halving take 2 to 3
            if not await unsent(app):
                break
            await asyncio.sleep(0.01)
        assert await unsent(app) == [], f"still unsent after {slow.refused} refused rounds"
    finally:
        stop.set()
        await asyncio.gather(*relays)
        await slow.stop()
