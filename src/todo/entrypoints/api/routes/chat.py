"""Chat with the assistant, and the conversations it keeps.

``POST /api/v1/chat`` answers with JSON, or, when the request says
``Accept: text/event-stream``, streams server-sent events as the turn happens:

* ``conversation`` — ``{"conversation_id": 12}``, once the message is stored;
* ``tool_call`` — ``{"tool", "args", "result"}``, after each tool call;
* ``delta`` — ``{"text": "…"}``, pieces of the reply;
* ``done`` — the whole reply, as the JSON answer would have been.

Errors found before the message is stored (an unknown conversation, a missing scope) are plain
problem+json responses either way.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Query, Response
from fastapi.responses import StreamingResponse

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.chat import TextDelta, ToolCalled
from todo.domain.conversations import ChatReply, ChatRequest, ConversationPage, MessagePage
from todo.entrypoints.api.dependencies import ActorDep, AppDep, WriterDep
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.services import conversations
from todo.services.chat import ChatFinished, ChatProgress, ChatStarted, converse

router = APIRouter(tags=["chat"])

EVENT_STREAM = "text/event-stream"
ConversationId = Annotated[
    int, Path(ge=1, le=2**63 - 1, description="The conversation's id (unknown ones are 404).")
]
Accept = Annotated[str | None, Header(include_in_schema=False)]

#: The OpenAPI description of the chat answer in both of its forms.
CHAT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The reply, as JSON, or as server-sent events with "
        "`Accept: text/event-stream` (events `conversation`, `tool_call`, `delta`, `done`).",
        "content": {EVENT_STREAM: {"schema": {"type": "string"}}},
    },
    **responses(401, 403, 404, 413, 422, 429),
}


@router.post("/api/v1/chat", response_model=ChatReply, responses=CHAT_RESPONSES)
async def chat(app: AppDep, actor: WriterDep, data: ChatRequest, accept: Accept = None) -> Response:
    """Say something to the assistant; it manages your tasks and says what it did.

    Without ``conversation_id`` a new conversation starts; the reply names it. Example:
    ``{"message": "Remind me to call mom tomorrow at 5pm"}``.
    """
    return await answer(app, actor, data, stream=EVENT_STREAM in (accept or ""))


async def answer(app: App, actor: Actor, data: ChatRequest, *, stream: bool) -> Response:
    """Run one chat turn and answer it as JSON or as an event stream (shared with the
    compatibility route)."""
    progress = converse(app.uow, actor=actor, engine=app.chat_engine, request=data)
    if not stream:
        async for step in progress:
            if isinstance(step, ChatFinished):
                return json_response(step.reply)
        raise AssertionError("a chat turn ends with its reply")  # pragma: no cover
    first = await anext(progress)  # errors before the message is stored stay problem+json
    return StreamingResponse(
        _events(first, progress),
        media_type=EVENT_STREAM,
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


async def _events(first: ChatProgress, rest: AsyncIterator[ChatProgress]) -> AsyncIterator[str]:
    yield _event(first)
    async for step in rest:
        yield _event(step)


def _event(step: ChatProgress) -> str:
    if isinstance(step, ChatStarted):
        name, data = "conversation", json.dumps({"conversation_id": step.conversation_id})
    elif isinstance(step, ToolCalled):
        name, data = "tool_call", step.call.model_dump_json()
    elif isinstance(step, TextDelta):
        name, data = "delta", json.dumps({"text": step.text})
    else:
        name, data = "done", step.reply.model_dump_json()
    return f"event: {name}\ndata: {data}\n\n"


@router.get(
    "/api/v1/conversations", response_model=ConversationPage, responses=responses(401, 403, 422)
)
async def list_conversations(
    app: AppDep,
    actor: ActorDep,
    limit: Annotated[int, Query(ge=1, le=200, description="Conversations per page.")] = 50,
    cursor: Annotated[str | None, Query(max_length=200, description="`next_cursor`.")] = None,
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
    cursor: Annotated[str | None, Query(max_length=200, description="`next_cursor`.")] = None,
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
