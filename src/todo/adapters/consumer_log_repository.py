"""What the event consumers remember in the database: the events each processed, and the
dead letters — events one gave up on, kept for an admin."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.consumer_log import DeadLetter, ProcessedEvent
from todo.domain.cursor import MAX_ID


class ConsumerLogRepository:
    """Reads and writes ``processed_events`` and ``dead_letters``."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def processed(self, consumer: str, event_id: str) -> bool:
        """Tell whether ``consumer`` has processed the event ``event_id``."""
        return await self._session.get(ProcessedEvent, (consumer, event_id)) is not None

    async def processed_among(self, consumer: str, event_ids: Sequence[str]) -> set[str]:
        """Return which of ``event_ids`` ``consumer`` has processed (one query)."""
        if not event_ids:
            return set()
        statement = select(ProcessedEvent.event_id).where(
            ProcessedEvent.consumer == consumer, col(ProcessedEvent.event_id).in_(event_ids)
        )
        return set((await self._session.exec(statement)).all())

    def mark_processed(self, consumer: str, event_id: str, *, at: datetime) -> None:
        """Remember that ``consumer`` processed ``event_id`` (written at the commit)."""
        self._session.add(ProcessedEvent(consumer=consumer, event_id=event_id, processed_at=at))

    def park(self, letter: DeadLetter) -> None:
        """Keep ``letter`` for an admin (written at the commit)."""
        self._session.add(letter)

    async def dead_letters(self, *, limit: int) -> Sequence[DeadLetter]:
        """Return the newest ``limit`` dead letters."""
        statement = select(DeadLetter).order_by(col(DeadLetter.id).desc()).limit(limit)
        return (await self._session.exec(statement)).all()

    async def dead_letter(self, letter_id: int) -> DeadLetter | None:
        """Return the dead letter ``letter_id``, or ``None``."""
        if not 0 < letter_id <= MAX_ID:
            return None
        return await self._session.get(DeadLetter, letter_id)

    async def count_dead_letters(self) -> int:
        """Count the dead letters."""
        statement = select(func.count()).select_from(DeadLetter)
        return int((await self._session.exec(statement)).one())

    def save(self, letter: DeadLetter) -> None:
        """Write the changes made to ``letter`` at the commit."""
        self._session.add(letter)

    async def forget(self, letter: DeadLetter) -> None:
        """Delete ``letter`` (at the commit)."""
        await self._session.delete(letter)
