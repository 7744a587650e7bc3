"""Chat with the assistant, and the conversations it keeps.

``POST /api/v1/chat`` answers with JSON, or, when the request says
``Accept: text/event-stream``, streams server-sent events as the turn happens:

* ``conversation`` — ``{"conversation_id": 12}``, once the message is stored;
* ``tool_call`` — ``{"tool", "args", "result"}``, after each tool call;
* ``delta`` — ``{"text": "…"}``, pieces of the reply;
* ``done`` — the whole reply, as the JSON answer would have been.

Errors found before the message is stored (an unknown conversation, a missing scope, a limit
reached) are plain problem+json responses either way.

**Limits**, per user: ``TODO_CHAT_RATE_LIMIT`` messages (``20/minute``) across every replica
(``429`` with ``Retry-After``); one message answered at a time (``409`` while the previous one
is being answered, in each server process); with the LLM engine, ``TODO_CHAT_DAILY_TOKENS``
model tokens a day (UTC; ``429`` with ``Retry-After`` until midnight, and no model call); and
each tool call that changes tasks counts as a write (``TODO_WRITE_RATE_LIMIT``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from todo.domain.conversations import ChatReply, ChatRequest, ConversationPage, MessagePage
from todo.domain.text import PlainText
from todo.entrypoints.api.chat_answers import CHAT_RESPONSES, EVENT_STREAM, Accept, answer
from todo.entrypoints.api.dependencies import ActorDep, AppDep, WriterDep
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.services.assistant import conversations

router = APIRouter(tags=["chat"])

ConversationId = Annotated[
    int, Path(ge=1, le=2**63 - 1, description="The conversation's id (unknown ones are 404).")
]


@router.post("/api/v1/chat", response_model=ChatReply, responses=CHAT_RESPONSES)
async def chat(app: AppDep, actor: WriterDep, data: ChatRequest, accept: Accept = None) -> Response:
    """Say something to the assistant; it manages your tasks and says what it did.

    Without ``conversation_id`` a new conversation starts; the reply names it. Example:
    ``{"message": "Remind me to call mom tomorrow at 5pm"}``. One message is answered at a time
    (``409`` while the previous one is); past your chat messages or your day's model tokens,
    ``429`` says when to try again.
    """
    return await answer(app, actor, data, stream=EVENT_STREAM in (accept or ""))


@router.get(
    "/api/v1/conversations", response_model=ConversationPage, responses=responses(401, 403, 422)
)
async def list_conversations(
    app: AppDep,
    actor: ActorDep,
    limit: Annotated[int, Query(ge=1, le=200, description="Conversations per page.")] = 50,
    cursor: Annotated[PlainText | None, Query(max_length=200, description="`next_cursor`.")] = None,
) -> Response:
    """List your conversations, most recently active first."""
    page = await conversations.list_conversations(
        app.uow(), actor=actor, limit=limit, cursor=cursor
    )
    return json_response(page)


@router.get(
    "/api/v1/conversations/{conversation_id}/messages",
    response_model=MessagePage,
    responses=responses(401, 403, 404, 422),
)
async def list_messages(
    app: AppDep,
    actor: ActorDep,
    conversation_id: ConversationId,
    limit: Annotated[int, Query(ge=1, le=500, description="Messages per page.")] = 100,
    cursor: Annotated[PlainText | None, Query(max_length=200, description="`next_cursor`.")] = None,
) -> Response:
    """Read a conversation, oldest message first, with the tool calls of each reply."""
    page = await conversations.list_messages(
        app.uow(), actor=actor, conversation_id=conversation_id, limit=limit, cursor=cursor
    )
    return json_response(page)


@router.delete(
    "/api/v1/conversations/{conversation_id}",
    status_code=204,
    responses=responses(401, 403, 404, 422, 429),
)
async def delete_conversation(
    app: AppDep, actor: WriterDep, conversation_id: ConversationId
) -> Response:
    """Delete a conversation and its messages; the tasks it touched stay as they are."""
    await conversations.delete_conversation(app.uow(), actor=actor, conversation_id=conversation_id)
    return Response(status_code=204)
