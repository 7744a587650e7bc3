"""A graceful stop (SIGTERM to ``todo serve`` or ``todo worker``): the relay's round under way
finishes within the grace period, and a round cut short loses nothing."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from todo.bootstrap import App, event_runtime
from todo.domain.events import TASK_EVENTS_TOPIC
from todo.domain.tasks import TaskCreate
from todo.services import tasks
from todo.services.events.replay import outbox_status

from .conftest import new_user

pytestmark = pytest.mark.anyio

#: How long the slow subscriber takes over each event (seconds).
HANDLING = 0.3


@pytest.fixture
def app(own_app: App) -> App:
    """The application on a database of the test's own (the relay takes every event)."""
    return own_app


async def _stop_while_publishing(app: App, grace: float) -> int:
    """Start the relay, write a task, stop while its event is being handed over; return how
    many events are left unsent."""
    handled: list[str] = []
    entered = asyncio.Event()

    async def slow(event: dict[str, Any]) -> None:
        entered.set()
        await asyncio.sleep(HANDLING)
        handled.append(str(event["id"]))

    app.bus.subscribe(TASK_EVENTS_TOPIC, slow, group="slow-subscriber")
    runtime = event_runtime(app)
    await runtime.start(relay=True)
    me = await new_user(app)
    await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Pack the boxes"))
    await asyncio.wait_for(entered.wait(), 10)
    await runtime.stop(grace=grace)
    return (await outbox_status(app.uow())).unsent


async def test_the_round_under_way_finishes_within_the_grace_period(app: App) -> None:
    assert await _stop_while_publishing(app, grace=10) == 0


async def test_a_round_cut_short_leaves_its_events_to_be_sent_again(app: App) -> None:
    assert await _stop_while_publishing(app, grace=0) >= 1
