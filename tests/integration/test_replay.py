"""Replaying the outbox to a broker that lost events, and how long sent events are kept.

Each test has a database of its own: a replay and the relay take every event of the database.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select
from typer.testing import CliRunner

from todo.adapters.bus.factory import open_bus
from todo.adapters.clock import FixedClock
from todo.bootstrap import App
from todo.config import Settings
from todo.domain.consumer_log import ProcessedEvent
from todo.domain.outbox import OutboxMessage
from todo.domain.tasks import TaskCreate
from todo.entrypoints.cli.main import app as console
from todo.errors import Invalid
from todo.services import tasks
from todo.services.events.consumers import CONSUMERS, consume
from todo.services.events.housekeeping import tidy
from todo.services.events.relay import relay_once
from todo.services.events.replay import outbox_status, replay

from ..conftest import START
from ..service.conftest import new_user

pytestmark = pytest.mark.anyio

BY_NAME = {consumer.name: consumer for consumer in CONSUMERS}


@pytest.fixture
def app(own_app: App) -> App:
    """The application on a database of the test's own (the relay takes every event)."""
    return own_app


async def outbox(app: App) -> list[OutboxMessage]:
    async with app.sessions() as session:
        statement = select(OutboxMessage).order_by(col(OutboxMessage.id))
        return list((await session.exec(statement)).all())


async def send_everything(app: App) -> None:
    """Relay every unsent event (to a bus nobody listens to)."""
    bus = open_bus("memory://", member="relay")
    while (await relay_once(app.uow(), bus, batch=100)).sent:
        pass


async def processed_by(app: App, consumer: str, event: dict[str, Any]) -> None:
    assert await consume(app.uow, BY_NAME[consumer], event, attempts=1)


async def test_a_replay_sends_again_what_a_consumer_missed(app: App, clock: FixedClock) -> None:
    me = await new_user(app)
    weekly = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Weekly", recurrence="FREQ=WEEKLY")
    )
    await tasks.complete(app.uow(), actor=me, task_id=weekly.id)
    await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Lost"))
    clock.advance(timedelta(minutes=1))
    await send_everything(app)
    created, completed, lost = (row.cloud_event() for row in await outbox(app))
    for consumer in ("activity", "collaboration"):  # everything that takes it: arrived
        await processed_by(app, consumer, created)
    await processed_by(app, "activity", completed)  # recurrence has not got it
    clock.advance(timedelta(hours=1))

    looked = await replay(app.uow, since=START, dry_run=True)
    assert (looked.sent, looked.again) == (3, 2)
    assert (await outbox_status(app.uow())).unsent == 0  # a dry run changes nothing

    done = await replay(app.uow, since=START)
    assert (done.sent, done.again, done.until) == (3, 2, clock.now())
    assert [row.event_id for row in await outbox(app) if row.published_at is None] == [
        completed["id"],
        lost["id"],
    ]
    status = await outbox_status(app.uow())
    assert (status.unsent, status.sent) == (2, 1)

    await send_everything(app)
    await processed_by(app, "recurrence", completed)  # the next occurrence: one more event
    for consumer in ("activity", "collaboration"):
        await processed_by(app, consumer, lost)
    await send_everything(app)
    following = (await outbox(app))[-1].cloud_event()
    for consumer in ("activity", "collaboration"):
        await processed_by(app, consumer, following)
    clock.advance(timedelta(minutes=1))
    again = await replay(app.uow, since=START)
    assert (again.sent, again.again) == (4, 0)  # nothing is missing any more

    everything = await replay(app.uow, since=START, everything=True)
    assert everything.again == 4
    assert (await outbox_status(app.uow())).unsent == 4


async def test_a_replay_keeps_to_its_range(app: App, clock: FixedClock) -> None:
    me = await new_user(app)
    await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Early"))
    await send_everything(app)  # sent at START
    clock.advance(timedelta(hours=2))
    await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Late"))
    await send_everything(app)  # sent at START + 2 h
    clock.advance(timedelta(minutes=1))

    early = await replay(app.uow, since=START, until=START + timedelta(hours=1))
    late = await replay(app.uow, since=START + timedelta(hours=1), dry_run=True)

    assert (early.sent, early.again) == (1, 1)
    assert (late.sent, late.again) == (1, 1)
    with pytest.raises(Invalid, match="before its end"):
        await replay(app.uow, since=START + timedelta(hours=3))


async def test_sent_events_are_kept_as_long_as_configured(app: App, clock: FixedClock) -> None:
    me = await new_user(app)
    await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Kept a while"))
    [created] = [row.cloud_event() for row in await outbox(app)]
    await processed_by(app, "activity", created)
    await send_everything(app)
    keep = {"keep_sent": timedelta(hours=48), "keep_processed": timedelta(hours=72)}

    clock.advance(timedelta(hours=47))
    await tidy(app.uow(), **keep)
    assert len(await outbox(app)) == 1
    clock.advance(timedelta(hours=2))
    await tidy(app.uow(), **keep)
    assert await outbox(app) == []
    async with app.sessions() as session:
        assert (await session.exec(select(ProcessedEvent))).all() != []
    clock.advance(timedelta(hours=24))
    await tidy(app.uow(), **keep)
    async with app.sessions() as session:
        assert (await session.exec(select(ProcessedEvent))).all() == []


def test_consumers_remember_at_least_as_long_as_events_are_kept() -> None:
    with pytest.raises(ValueError, match="at least TODO_OUTBOX_RETENTION_HOURS"):
        Settings(outbox_retention_hours=200, processed_retention_hours=100)


@pytest.fixture
def todo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run a ``todo`` command on a fresh embedded database."""
    monkeypatch.setenv("TODO_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("TODO_DATABASE_URL", raising=False)
    monkeypatch.delenv("TODO_BROKER_URL", raising=False)
    runner = CliRunner()
    return lambda *args: runner.invoke(console, list(args))


def test_the_console_shows_the_outbox_and_replays(todo: Any) -> None:
    assert todo("add", "Something to send").exit_code == 0
    status = todo("events", "status", "--json")
    assert status.exit_code == 0, status.output
    assert json.loads(status.stdout)["unsent"] == 1  # no server has relayed it
    looked = todo("events", "replay", "--since", "2h", "--dry-run", "--json")
    assert looked.exit_code == 0, looked.output
    assert (json.loads(looked.stdout)["sent"], json.loads(looked.stdout)["again"]) == (0, 0)
    told = todo("events", "replay", "--since", "90m")
    assert told.exit_code == 0
    assert "0 events were sent from " in told.stdout


def test_the_console_refuses_a_range_it_cannot_read(todo: Any) -> None:
    unreadable = todo("events", "replay", "--since", "yesterday")
    assert unreadable.exit_code == 2
    assert "--since must be a time" in unreadable.stderr
    backwards = todo(
        "events", "replay", "--since", "2026-11-26T10:00Z", "--until", "2026-11-26T09:00Z"
    )
    assert backwards.exit_code == 1
    assert "before its end" in backwards.stderr
    too_far = todo("events", "replay", "--since", "999999999d")
    assert too_far.exit_code == 2
    assert too_far.stderr.strip() == "Error: --since reaches back before the year 1: '999999999d'."
    too_long = todo("events", "replay", "--since", "9" * 5000 + "d")
    assert too_long.exit_code == 2
    assert "--since must be a time" in too_long.stderr
