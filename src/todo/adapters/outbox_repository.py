"""The outbox as the relay sees it: claim unsent events in order, mark them sent or failed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, exists, update
from sqlalchemy.orm import aliased
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.adapters.outbox import OutboxMessage

_ERROR_MAX = 2000


class OutboxRepository:
    """Reads and updates the ``outbox`` table for the relay."""

    def __init__(self, session: AsyncSession, *, sqlite: bool) -> None:
        self._session = session
        self._sqlite = sqlite

    async def claim(self, limit: int) -> Sequence[OutboxMessage]:
        """Return up to ``limit`` unsent events, oldest first, at most one per subject: an event
        waits while an earlier one of its task is unsent, so each task's events go out in the
        order they were committed.

        On PostgreSQL the rows are locked, and rows another relay has locked are skipped, so any
        number of relays share the work without sending an event twice at once.
        """
        earlier = aliased(OutboxMessage)
        statement = (
            select(OutboxMessage)
            .where(col(OutboxMessage.published_at).is_(None))
            .where(
                ~exists().where(
                    col(earlier.subject) == col(OutboxMessage.subject),
                    col(earlier.published_at).is_(None),
                    col(earlier.id) < col(OutboxMessage.id),
                )
            )
            .order_by(col(OutboxMessage.id))
            .limit(limit)
        )
        if not self._sqlite:
            statement = statement.with_for_update(skip_locked=True, of=OutboxMessage)
        return (await self._session.exec(statement)).all()

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
        from sqlalchemy import func

        statement = select(func.count()).where(col(OutboxMessage.published_at).is_(None))
        return int((await self._session.exec(statement)).one())

    async def forget_published(self, *, before: datetime) -> None:
        """Delete events sent before ``before`` (the broker and the consumers have them)."""
        await self._session.exec(
            delete(OutboxMessage).where(col(OutboxMessage.published_at) < before)
        )
