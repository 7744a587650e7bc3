"""A database that cannot be reached is one error of the product's own, whatever the driver:
services and consumers see ``DatabaseUnavailable``, never the driver's exceptions."""

from __future__ import annotations

import socket

import pytest

from todo.adapters.clock import FixedClock
from todo.adapters.database import create_engine, session_factory
from todo.adapters.unit_of_work import UnitOfWork
from todo.errors import DatabaseUnavailable, Unavailable
from todo.services.events.consumers import CONSUMERS, consume

from ..conftest import START

pytestmark = pytest.mark.anyio


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nothing listens there once the socket is closed


async def test_a_refused_connection_is_database_unavailable() -> None:
    engine = create_engine(f"postgresql+asyncpg://todo@127.0.0.1:{_closed_port()}/todo")
    try:
        uow = UnitOfWork(session_factory(engine), clock=FixedClock(START), sqlite=False)
        with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
            async with uow.reading():
                await uow.tasks.get("someone", 1)
    finally:
        await engine.dispose()


async def test_a_consumer_hands_the_event_back_instead_of_parking_it() -> None:
    """Unreachable is not the event's fault: the error goes back to the bus (to be delivered
    again later) rather than making the event a dead letter."""
    engine = create_engine(f"postgresql+asyncpg://todo@127.0.0.1:{_closed_port()}/todo")
    try:
        factory = session_factory(engine)
        event = {"id": "e-1", "type": "todo.task.completed", "data": {}}
        with pytest.raises(Unavailable):
            await consume(
                lambda: UnitOfWork(factory, clock=FixedClock(START), sqlite=False),
                CONSUMERS[0],
                event,
                attempts=3,
            )
    finally:
        await engine.dispose()
