"""The comments of tasks in the database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import tuple_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.comments import Comment
from todo.domain.cursor import MAX_ID


class CommentRepository:
    """Reads and writes ``task_comments``."""

    def __init__(self, session: AsyncSession, *, sqlite: bool) -> None:
        self._session = session
        self._sqlite = sqlite

    async def add(self, comment: Comment) -> Comment:
        """Insert ``comment`` and return it with its id."""
        self._session.add(comment)
        await self._session.flush()
        return comment

    async def get(self, comment_id: int, *, for_update: bool = False) -> Comment | None:
        """Return the comment ``comment_id`` (with ``for_update``, locked until the transaction
        ends), or ``None``."""
        if not 0 < comment_id <= MAX_ID:
            return None
        statement = select(Comment).where(Comment.id == comment_id)
        if for_update and not self._sqlite:
            statement = statement.with_for_update()
        return (await self._session.exec(statement)).first()

    async def of_task(
        self, task_id: int, *, after: tuple[datetime, int] | None, limit: int
    ) -> Sequence[Comment]:
        """Return up to ``limit`` comments of the task, oldest first, after the
        ``(created_at, id)`` given."""
        statement = select(Comment).where(Comment.task_id == task_id)
        if after is not None:
            statement = statement.where(
                tuple_(col(Comment.created_at), col(Comment.id)) > tuple_(*after)
            )
        statement = statement.order_by(col(Comment.created_at), col(Comment.id)).limit(limit)
        return (await self._session.exec(statement)).all()

    def save(self, comment: Comment) -> None:
        """Write the changes made to ``comment`` at the next flush or the commit."""
        self._session.add(comment)

    async def delete(self, comment: Comment) -> None:
        """Delete ``comment`` (at the next flush or the commit)."""
        await self._session.delete(comment)
