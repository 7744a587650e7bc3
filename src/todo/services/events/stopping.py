"""Waiting that a stop can cut short: how the event loops end between two rounds."""

from __future__ import annotations

import asyncio
import contextlib


async def pause_unless(stop: asyncio.Event, seconds: float) -> None:
    """Sleep ``seconds``, or less when ``stop`` is set meanwhile."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)


async def wait_for_either(first: asyncio.Event, second: asyncio.Event, seconds: float) -> None:
    """Sleep ``seconds``, or less when either event is set meanwhile."""
    waiters = [asyncio.ensure_future(first.wait()), asyncio.ensure_future(second.wait())]
    try:
        await asyncio.wait(waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
