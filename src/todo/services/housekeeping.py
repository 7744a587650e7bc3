"""Housekeeping of the event tables: what no one needs any more is deleted now and then."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import delete
from sqlmodel import col

from todo.adapters.consumer_log import ProcessedEvent
from todo.adapters.unit_of_work import UnitOfWork

log = logging.getLogger("todo.housekeeping")

#: How long sent events stay in the outbox (to inspect them) before they are deleted.
KEEP_SENT = timedelta(days=1)
#: How long a consumer remembers an event it processed: far longer than any redelivery takes.
KEEP_PROCESSED = timedelta(days=7)


async def tidy(uow: UnitOfWork) -> None:
    """Delete sent outbox events after a day and consumer records after a week."""
    async with uow:
        now = uow.clock.now()
        await uow.outbox.forget_published(before=now - KEEP_SENT)
        await uow.session.exec(
            delete(ProcessedEvent).where(col(ProcessedEvent.processed_at) < now - KEEP_PROCESSED)
        )
        await uow.commit()


async def run_housekeeping(uow: Callable[[], UnitOfWork], *, interval: float = 3600.0) -> None:
    """Tidy up every ``interval`` seconds until cancelled."""
    while True:
        try:
            await tidy(uow())
        except Exception:  # the database is unreachable: next time
            log.exception("housekeeping failed; trying again later")
        await asyncio.sleep(interval)
