"""PostgreSQL connections go to waiting requests first come, first served, on the real pool:
nobody overtakes a waiter, a wait that runs out or is cancelled loses no connection."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from todo.adapters.database import create_engine
from todo.adapters.fair_pool import FairAsyncPool, FairQueue

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]


def _waiting(engine: AsyncEngine) -> int:
    queue = engine.sync_engine.pool._pool  # type: ignore[attr-defined]
    assert isinstance(queue, FairQueue)
    return queue.waiting()


def _waits(engine: AsyncEngine, count: int) -> bool:
    return _waiting(engine) == count


def _longer(served: list[str], count: int) -> bool:
    return len(served) >= count


async def _until(condition: Callable[[], bool]) -> None:
    """Wait (at most 5 s) until ``condition`` holds: the pool signals no event one could await."""
    async with asyncio.timeout(5):
        while not condition():  # noqa: ASYNC110
            await asyncio.sleep(0.001)


async def test_a_returned_connection_goes_to_the_longest_waiter_not_to_a_newcomer(
    postgres_database: str,
) -> None:
    engine = create_engine(postgres_database, pool_size=2)
    served: list[str] = []
    release: dict[str, asyncio.Event] = {}

    async def request(name: str) -> None:
        release[name] = asyncio.Event()
        async with engine.connect() as connection:
            served.append(name)
            await connection.execute(text("SELECT 1"))
            await release[name].wait()

    try:
        holders = [asyncio.create_task(request(name)) for name in ("h1", "h2")]
        await _until(lambda: len(served) == 2)
        waiters = []
        for count, name in enumerate(("a", "b", "c"), start=1):
            waiters.append(asyncio.create_task(request(name)))
            await _until(partial(_waits, engine, count))
        # A connection comes back and, in the same turn of the loop, a new request asks for
        # one: the old pool gave it to the newcomer; this one gives it to "a".
        release["h1"].set()
        newcomer = asyncio.create_task(request("new"))
        for served_before, name in enumerate(("h2", "a", "b", "c"), start=3):
            await _until(partial(_longer, served, served_before))
            release[name].set()
        await _until(lambda: "new" in served)
        release["new"].set()
        await asyncio.gather(*holders, *waiters, newcomer)
        assert sorted(served[:2]) == ["h1", "h2"]
        assert served[2:] == ["a", "b", "c", "new"]
    finally:
        await engine.dispose()


def _fair_engine(url: str, *, wait: float) -> AsyncEngine:
    return create_async_engine(
        url, poolclass=FairAsyncPool, pool_size=1, max_overflow=0, pool_timeout=wait
    )


async def test_a_wait_that_runs_out_is_the_pools_timeout_and_loses_no_connection(
    postgres_database: str,
) -> None:
    engine = _fair_engine(postgres_database, wait=0.05)
    try:
        async with engine.connect() as held:
            with pytest.raises(sa_exc.TimeoutError):
                async with engine.connect():
                    pass
            assert _waiting(engine) == 0
            await held.execute(text("SELECT 1"))
        async with engine.connect() as again:  # the one connection is there for the next
            assert (await again.execute(text("SELECT 2"))).scalar() == 2
    finally:
        await engine.dispose()


async def test_a_cancelled_wait_loses_no_connection_and_holds_up_nobody(
    postgres_database: str,
) -> None:
    engine = _fair_engine(postgres_database, wait=5)
    got: list[AsyncConnection] = []

    async def wait_for_one() -> None:
        async with engine.connect() as connection:
            got.append(connection)

    try:
        held = await engine.connect()
        cancelled = asyncio.create_task(wait_for_one())
        await _until(lambda: _waiting(engine) == 1)
        later = asyncio.create_task(wait_for_one())
        await _until(lambda: _waiting(engine) == 2)
        cancelled.cancel()
        await held.close()  # handed to the first waiter still waiting: "later"
        await later
        assert cancelled.cancelled()
        assert len(got) == 1
        assert engine.sync_engine.pool.checkedin() == 1  # type: ignore[attr-defined]
    finally:
        await engine.dispose()
