"""The event tables as the relay, a replay and housekeeping see them: claim unsent events in
order, mark them sent, failed or to be sent again, and forget what is old."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, insert, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.consumer_log import ProcessedEvent
from todo.domain.outbox import OutboxMessage

_ERROR_MAX = 2000


@dataclass(frozen=True)
class SentEvent:
    """An event the relay has sent: enough of it to decide whether to send it again."""

    id: int
    event_id: str
    topic: str
    type: str


@dataclass(frozen=True)
class OutboxCounts:
    """How many events wait to be sent and how many sent ones are kept, and since when."""

    unsent: int
    oldest_unsent: datetime | None
    sent: int
    oldest_sent: datetime | None


#: The insert of outbox rows (on the table: no ORM objects are made for them).
_INSERT = insert(OutboxMessage.__table__)  # type: ignore[attr-defined]


class OutboxRepository:
    """Reads and updates the ``outbox`` table for the relay."""

    def __init__(self, session: AsyncSession, *, sqlite: bool) -> None:
        self._session = session
        self._sqlite = sqlite

    async def add_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Write the outbox rows of a transaction's events (one statement for them all)."""
        await self._session.exec(_INSERT, params=list(rows))

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

    async def forget_processed(self, *, before: datetime) -> None:
        """Delete the consumers' records of the events they processed before ``before``."""
        await self._session.exec(
            delete(ProcessedEvent).where(col(ProcessedEvent.processed_at) < before)
        )

    async def sent_between(
        self, since: datetime, until: datetime, *, after_id: int = 0, limit: int = 1000
    ) -> list[SentEvent]:
        """Return up to ``limit`` events sent from ``since`` up to (not including) ``until``,
        whose id is above ``after_id``, in id order (call again from the last id for more)."""
        statement = (
            select(
                col(OutboxMessage.id),
                col(OutboxMessage.event_id),
                col(OutboxMessage.topic),
                col(OutboxMessage.type),
            )
            .where(col(OutboxMessage.published_at) >= since)
            .where(col(OutboxMessage.published_at) < until)
            .where(col(OutboxMessage.id) > after_id)
            .order_by(col(OutboxMessage.id))
            .limit(limit)
        )
        rows = (await self._session.exec(statement)).all()
        return [
            SentEvent(id=row[0] or 0, event_id=row[1], topic=row[2], type=row[3]) for row in rows
        ]

    async def processed(self, event_ids: Sequence[str]) -> set[tuple[str, str]]:
        """Return the ``(consumer, event id)`` pairs recorded as processed among ``event_ids``."""
        if not event_ids:
            return set()
        statement = select(col(ProcessedEvent.consumer), col(ProcessedEvent.event_id)).where(
            col(ProcessedEvent.event_id).in_(event_ids)
        )
        return {(row[0], row[1]) for row in (await self._session.exec(statement)).all()}

    async def send_again(self, ids: Sequence[int]) -> None:
        """Mark the sent events ``ids`` unsent, so that the relay publishes them again."""
        if ids:
            await self._session.exec(
                update(OutboxMessage)
                .where(col(OutboxMessage.id).in_(ids))
                .where(col(OutboxMessage.published_at).is_not(None))
                .values(published_at=None, last_error=None)
            )

    async def counts(self) -> OutboxCounts:
        """Count the unsent and the sent events, with the oldest of each."""
        unsent = col(OutboxMessage.published_at).is_(None)
        waiting = select(func.count(), func.min(OutboxMessage.occurred_at)).where(unsent)
        kept = select(func.count(), func.min(OutboxMessage.published_at)).where(~unsent)
        unsent_count, oldest_unsent = (await self._session.exec(waiting)).one()
        sent_count, oldest_sent = (await self._session.exec(kept)).one()
        return OutboxCounts(
            unsent=int(unsent_count),
            oldest_unsent=_aware(oldest_unsent),
            sent=int(sent_count),
            oldest_sent=_aware(oldest_sent),
        )


def _aware(moment: datetime | None) -> datetime | None:
    """Return ``moment`` in UTC (SQLite hands back aggregates without their time zone)."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)
