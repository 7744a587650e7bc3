"""Housekeeping of the event tables: what no one needs any more is deleted now and then."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import timedelta

from todo.adapters.unit_of_work import UnitOfWork
from todo.services.events.stopping import pause_unless

log = logging.getLogger("todo.housekeeping")

#: How long sent events stay in the outbox (to inspect them, and to replay them to a broker
#: that lost them) before they are deleted: ``TODO_OUTBOX_RETENTION_HOURS``.
KEEP_SENT = timedelta(days=1)
#: How long a consumer remembers an event it processed: far longer than any redelivery takes,
#: and at least as long as sent events are kept, so that a replay changes nothing twice
#: (``TODO_PROCESSED_RETENTION_HOURS``).
KEEP_PROCESSED = timedelta(days=7)


async def tidy(
    uow: UnitOfWork, *, keep_sent: timedelta = KEEP_SENT, keep_processed: timedelta = KEEP_PROCESSED
) -> None:
    """Delete the outbox events sent longer than ``keep_sent`` ago, and the consumers' records
    older than ``keep_processed``."""
    async with uow:
        now = uow.clock.now()
        await uow.outbox.forget_published(before=now - keep_sent)
        await uow.outbox.forget_processed(before=now - keep_processed)
        await uow.commit()


async def run_housekeeping(
    uow: Callable[[], UnitOfWork],
    *,
    keep_sent: timedelta = KEEP_SENT,
    keep_processed: timedelta = KEEP_PROCESSED,
    interval: float = 3600.0,
    stop: asyncio.Event | None = None,
) -> None:
    """Tidy up every ``interval`` seconds until cancelled or ``stop`` is set."""
    stop = stop or asyncio.Event()
    while not stop.is_set():
        try:
            await tidy(uow(), keep_sent=keep_sent, keep_processed=keep_processed)
        except Exception:  # the database is unreachable: next time
            log.exception("housekeeping failed; trying again later")
        await pause_unless(stop, interval)
