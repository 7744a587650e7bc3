"""Notifications in the database; every read and change is scoped to one user."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.cursor import MAX_ID
from todo.domain.notifications import Notification


class NotificationRepository:
    """Reads and writes ``notifications``."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, notification: Notification) -> Notification:
        """Insert a notification and return it with its id."""
        self._session.add(notification)
        await self._session.flush()
        return notification

    async def get(self, user_id: str, notification_id: int) -> Notification | None:
        """Return the user's notification, or ``None`` (another user's is ``None`` too)."""
        if not 0 < notification_id <= MAX_ID:
            return None
        statement = select(Notification).where(
            Notification.id == notification_id, Notification.user_id == user_id
        )
        return (await self._session.exec(statement)).first()

    def save(self, notification: Notification) -> None:
        """Write the changes made to ``notification`` at the commit."""
        self._session.add(notification)

    async def page(
        self, user_id: str, *, unread_only: bool, before: int | None, limit: int
    ) -> Sequence[Notification]:
        """Return up to ``limit`` of the user's notifications with an id below ``before``,
        newest first."""
        statement = select(Notification).where(Notification.user_id == user_id)
        if unread_only:
            statement = statement.where(col(Notification.read_at).is_(None))
        if before is not None:
            statement = statement.where(col(Notification.id) < before)
        statement = statement.order_by(col(Notification.id).desc()).limit(limit)
        return (await self._session.exec(statement)).all()

    async def count_unread(self, user_id: str) -> int:
        """Count the user's unread notifications."""
        statement = select(func.count()).where(
            Notification.user_id == user_id, col(Notification.read_at).is_(None)
        )
        return int((await self._session.exec(statement)).one())

    async def mark_all_read(self, user_id: str, *, at: datetime) -> int:
        """Mark every unread notification of the user read at ``at``; return how many."""
        result = await self._session.exec(
            update(Notification)
            .where(col(Notification.user_id) == user_id, col(Notification.read_at).is_(None))
            .values(read_at=at)
        )
        return int(result.rowcount or 0)
