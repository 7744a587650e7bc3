"""Conversations with the assistant: list them, read their messages, delete them."""

from __future__ import annotations

from typing import Literal

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.assistant.chat import ToolCall
from todo.domain.conversations import (
    Conversation,
    ConversationPage,
    ConversationPublic,
    Message,
    MessagePage,
    MessagePublic,
)
from todo.domain.cursor import encode_cursor, read_id_cursor, read_moment_cursor
from todo.domain.scopes import Scope
from todo.errors import NotFound


async def list_conversations(
    uow: UnitOfWork, *, actor: Actor, limit: int = 50, cursor: str | None = None
) -> ConversationPage:
    """Return a page of the caller's conversations, most recently active first."""
    actor.require(Scope.CHAT)
    after = read_moment_cursor(cursor, "conversations") if cursor else None
    async with uow.reading():
        rows = await uow.conversations.page(actor.user_id, limit=limit + 1, after=after)
        items = [_conversation(row) for row in rows[:limit]]
    last = items[-1] if len(rows) > limit else None
    return ConversationPage(
        items=items,
        next_cursor=encode_cursor("conversations", last.updated_at, last.id) if last else None,
    )


async def list_messages(
    uow: UnitOfWork,
    *,
    actor: Actor,
    conversation_id: int,
    limit: int = 100,
    cursor: str | None = None,
) -> MessagePage:
    """Return a page of a conversation's messages, oldest first; 404 unless it is the caller's."""
    actor.require(Scope.CHAT)
    after = read_id_cursor(cursor, "messages") if cursor else None
    async with uow.reading():
        if await uow.conversations.get(actor.user_id, conversation_id) is None:
            raise _missing(conversation_id)
        rows = await uow.conversations.messages(conversation_id, limit=limit + 1, after_id=after)
        items = [_message(row) for row in rows[:limit]]
    last = items[-1] if len(rows) > limit else None
    return MessagePage(
        items=items, next_cursor=encode_cursor("messages", last.id) if last else None
    )


async def delete_conversation(uow: UnitOfWork, *, actor: Actor, conversation_id: int) -> None:
    """Delete one of the caller's conversations and its messages (the tasks stay)."""
    actor.require(Scope.CHAT)
    async with uow:
        conversation = await uow.conversations.get(actor.user_id, conversation_id)
        if conversation is None:
            raise _missing(conversation_id)
        await uow.conversations.delete(conversation)
        await uow.commit()


def _missing(conversation_id: int) -> NotFound:
    return NotFound(f"There is no conversation {conversation_id}.")


def _conversation(row: Conversation) -> ConversationPublic:
    return ConversationPublic.model_validate(row, from_attributes=True)


def _message(row: Message) -> MessagePublic:
    role: Literal["user", "assistant"] = "assistant" if row.role == "assistant" else "user"
    return MessagePublic(
        id=row.id or 0,
        conversation_id=row.conversation_id,
        role=role,
        content=row.content,
        tool_calls=[ToolCall.model_validate(call) for call in row.tool_calls],
        created_at=row.created_at,
    )
