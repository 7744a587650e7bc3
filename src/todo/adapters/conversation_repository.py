"""Conversations and their messages in the database; every call is scoped to one user."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, tuple_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.conversations import Conversation, Message
from todo.domain.cursor import MAX_ID


class ConversationRepository:
    """Reads and writes ``conversations`` and ``messages``."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, user_id: str, conversation_id: int) -> Conversation | None:
        """Return the user's conversation, or ``None`` (another user's is ``None`` too)."""
        if not 0 < conversation_id <= MAX_ID:
            return None
        statement = select(Conversation).where(
            Conversation.id == conversation_id, Conversation.user_id == user_id
        )
        return (await self._session.exec(statement)).first()

    async def add(self, conversation: Conversation) -> Conversation:
        """Insert a conversation and return it with its id."""
        self._session.add(conversation)
        await self._session.flush()
        return conversation

    async def page(
        self, user_id: str, *, limit: int, after: tuple[datetime, int] | None
    ) -> Sequence[Conversation]:
        """Return up to ``limit`` of the user's conversations, most recently active first,
        continuing after ``(updated_at, id)``."""
        statement = select(Conversation).where(Conversation.user_id == user_id)
        if after is not None:
            statement = statement.where(
                tuple_(col(Conversation.updated_at), col(Conversation.id)) < tuple_(*after)
            )
        statement = statement.order_by(
            col(Conversation.updated_at).desc(), col(Conversation.id).desc()
        ).limit(limit)
        return (await self._session.exec(statement)).all()

    async def delete(self, conversation: Conversation) -> None:
        """Delete a conversation and its messages."""
        await self._session.exec(
            delete(Message).where(col(Message.conversation_id) == conversation.id)
        )
        await self._session.delete(conversation)

    async def add_message(self, message: Message) -> Message:
        """Insert a message and return it with its id."""
        self._session.add(message)
        await self._session.flush()
        return message

    async def recent_messages(self, conversation_id: int, *, limit: int) -> list[Message]:
        """Return the last ``limit`` messages of a conversation, oldest first."""
        statement = (
            select(Message)
            .where(Message.conversation_id == conversation_id)
            .order_by(col(Message.id).desc())
            .limit(limit)
        )
        return list(reversed((await self._session.exec(statement)).all()))

    async def messages(
        self, conversation_id: int, *, limit: int, after_id: int | None
    ) -> Sequence[Message]:
        """Return up to ``limit`` messages of a conversation, oldest first, after ``after_id``."""
        statement = select(Message).where(Message.conversation_id == conversation_id)
        if after_id is not None:
            statement = statement.where(col(Message.id) > after_id)
        statement = statement.order_by(col(Message.id)).limit(limit)
        return (await self._session.exec(statement)).all()
