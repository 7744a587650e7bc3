"""Conversations with the assistant: list them, read their messages, delete them."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
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
from todo.domain.cursor import MAX_ID
from todo.domain.scopes import Scope
from todo.errors import Invalid, NotFound

_BAD_CURSOR = "The cursor is not valid; start again from the first page."


async def list_conversations(
    uow: UnitOfWork, *, actor: Actor, limit: int = 50, cursor: str | None = None
) -> ConversationPage:
    """Return a page of the caller's conversations, most recently active first."""
    actor.require(Scope.CHAT)
    after = _read_conversation_cursor(cursor) if cursor else None
    async with uow.reading():
        rows = await uow.conversations.page(actor.user_id, limit=limit + 1, after=after)
        items = [_conversation(row) for row in rows[:limit]]
    last = items[-1] if len(rows) > limit else None
    return ConversationPage(
        items=items, next_cursor=_encode([last.updated_at.isoformat(), last.id]) if last else None
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
    after = _read_message_cursor(cursor) if cursor else None
    async with uow.reading():
        if await uow.conversations.get(actor.user_id, conversation_id) is None:
            raise _missing(conversation_id)
        rows = await uow.conversations.messages(conversation_id, limit=limit + 1, after_id=after)
        items = [_message(row) for row in rows[:limit]]
    last = items[-1] if len(rows) > limit else None
    return MessagePage(items=items, next_cursor=_encode([last.id]) if last else None)


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


def _encode(values: list[object]) -> str:
    raw = json.dumps(values, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> object:
    try:
        return json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise Invalid(_BAD_CURSOR, field="cursor") from exc


def _read_conversation_cursor(cursor: str) -> tuple[datetime, int]:
    value = _decode(cursor)
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str):
        moment, row_id = value
        try:
            at = datetime.fromisoformat(moment)
        except ValueError:
            at = None
        if at is not None and at.tzinfo is not None and _is_id(row_id):
            return at, row_id
    raise Invalid(_BAD_CURSOR, field="cursor")


def _read_message_cursor(cursor: str) -> int:
    value = _decode(cursor)
    if isinstance(value, list) and len(value) == 1 and _is_id(value[0]):
        row_id: int = value[0]
        return row_id
    raise Invalid(_BAD_CURSOR, field="cursor")


def _is_id(value: object) -> bool:
    return type(value) is int and 0 < value <= MAX_ID
