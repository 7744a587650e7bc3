"""A database that cannot be reached is one error of the product's own, whatever the driver:
services and consumers see ``DatabaseUnavailable``, never the driver's exceptions."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from todo.adapters.clock import FixedClock
from todo.adapters.database import create_engine, session_factory
from todo.adapters.unit_of_work import UnitOfWork
from todo.bootstrap import build_app
from todo.config import Settings
from todo.domain.task_query import TaskFilter, TaskQuery
from todo.errors import DatabaseUnavailable, Unavailable
from todo.services.events.consumers import CONSUMERS, consume
from todo.services.task_list import list_tasks
from todo.services.users import create_user

from ..conftest import START, postgres_admin

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


async def test_the_read_path_reports_it_the_same_way() -> None:
    """Lists and single reads run on the driver itself; its errors are translated too."""
    engine = create_engine(f"postgresql+asyncpg://todo@127.0.0.1:{_closed_port()}/todo")
    try:
        uow = UnitOfWork(session_factory(engine), clock=FixedClock(START), sqlite=False)
        with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
            async with uow.reading():
                await uow.task_rows.page("someone", TaskFilter())
    finally:
        await engine.dispose()


async def test_a_connection_dropped_under_a_read_is_reported_and_never_reused(
    postgres_database: str, tmp_path: Path
) -> None:
    """The server ends the connection a read holds (a restart, a failover): that read is
    ``DatabaseUnavailable``, and the pool does not hand the broken connection out again."""
    app = await build_app(
        Settings(home=tmp_path, database_url=postgres_database), clock=FixedClock(START)
    )
    database = make_url(postgres_database).database

    async def read_across_a_drop() -> None:
        uow = app.uow()
        async with uow.reading():
            rows = uow.task_rows
            await rows.page(me.user_id, TaskFilter())  # the connection is taken and used
            await postgres_admin(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                f"WHERE datname = '{database}' AND query LIKE 'SELECT t.id, t.user_id%'"
            )
            await rows.page(me.user_id, TaskFilter())

    try:
        me = await create_user(app.uow(), email="dropped@example.test")
        with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
            await read_across_a_drop()
        for _ in range(3):
            listing = await list_tasks(app.uow(), actor=me, query=TaskQuery())
            assert listing.items == []
    finally:
        await app.aclose()


async def test_the_pool_never_opens_more_than_its_size(postgres_database: str) -> None:
    """Requests beyond the pool wait for a pooled connection: none is opened for a burst and
    closed after it (that churn once halved the API's throughput)."""
    engine = create_engine(postgres_database, pool_size=2)
    first, second = await engine.connect(), await engine.connect()
    third = asyncio.ensure_future(engine.connect())
    try:
        await asyncio.sleep(0.3)
        assert not third.done()  # waiting, not opening a third connection
        await first.close()
        await asyncio.wait_for(asyncio.shield(third), 5)
        assert engine.pool.checkedout() == 2  # type: ignore[attr-defined]
    finally:
        for connection in (first, second, await third):
            await connection.close()
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
