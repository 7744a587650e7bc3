"""The outbox as the relay sees it: claim unsent events in order, mark them sent or failed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.adapters.outbox import OutboxMessage

_ERROR_MAX = 2000


class OutboxRepository:
    """Reads and updates the ``outbox`` table for the relay."""

    def __init__(self, session: AsyncSession, *, sqlite: bool) -> None:
        self._session = session
        self._sqlite = sqlite

    async def claim(self, limit: int) -> list[OutboxMessage]:
        """Return up to ``limit`` unsent events, oldest first, that may be sent now.

        On PostgreSQL the rows are locked, rows another relay holds are skipped, and so are the
        events of a task whose earlier event another relay holds: each task's events go out in
        the order they were committed, while any number of relays share the work.
        """
        statement = (
            select(OutboxMessage)
            .where(col(OutboxMessage.published_at).is_(None))
            .order_by(col(OutboxMessage.id))
            .limit(limit)
        )
        if self._sqlite:  # one writer at a time: nobody else can hold an earlier event
            return list((await self._session.exec(statement)).all())
        rows = list((await self._session.exec(statement.with_for_update(skip_locked=True))).all())
        if not rows:
            return rows
        held_elsewhere = (
            select(OutboxMessage.subject)
            .where(col(OutboxMessage.published_at).is_(None))
            .where(col(OutboxMessage.subject).in_({row.subject for row in rows}))
            .where(col(OutboxMessage.id) < rows[-1].id)
            .where(col(OutboxMessage.id).not_in([row.id for row in rows]))
            .distinct()
        )
        blocked = set((await self._session.exec(held_elsewhere)).all())
        return [row for row in rows if row.subject not in blocked]

    async def by_event_ids(self, event_ids: Sequence[str]) -> list[OutboxMessage]:
        """Return the events with these ids, oldest first."""
        statement = (
            select(OutboxMessage)
            .where(col(OutboxMessage.event_id).in_(event_ids))
            .order_by(col(OutboxMessage.id))
        )
        return list((await self._session.exec(statement)).all())

    async def mark_published(self, ids: Sequence[int], *, at: datetime) -> None:
        """Record that the events ``ids`` reached the broker."""
        if ids:
            await self._session.exec(
                update(OutboxMessage)
                .where(col(OutboxMessage.id).in_(ids))
                .values(published_at=at, last_error=None)
            )

    async def mark_failed(self, ids: Sequence[int], *, error: str) -> None:
        """Count one more failed attempt of the events ``ids``, and say why."""
        if ids:
            await self._session.exec(
                update(OutboxMessage)
                .where(col(OutboxMessage.id).in_(ids))
                .values(attempts=OutboxMessage.attempts + 1, last_error=error[:_ERROR_MAX])
            )

    async def pending(self) -> int:
        """Return how many events are waiting to be sent."""
        statement = select(func.count()).where(col(OutboxMessage.published_at).is_(None))
        return int((await self._session.exec(statement)).one())

    async def forget_published(self, *, before: datetime) -> None:
        """Delete events sent before ``before`` (the broker and the consumers have them)."""
        await self._session.exec(
            delete(OutboxMessage).where(col(OutboxMessage.published_at) < before)
        )
