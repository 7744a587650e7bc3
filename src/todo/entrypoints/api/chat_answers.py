"""One chat turn answered over HTTP, as JSON or as server-sent events, within the caller's limits.

``POST /api/v1/chat`` and its compatibility route ``POST /api/{user_id}/chat`` both answer with
:func:`answer`; the events of a stream, and the limits a turn is admitted under, are described in
:mod:`todo.entrypoints.api.routes.chat`.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Annotated, Any

import anyio
from fastapi import Header, Response
from fastapi.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.assistant.chat import TextDelta, ToolCalled
from todo.domain.conversations import ChatRequest
from todo.domain.scopes import Scope as Permission
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.errors import RateLimited
from todo.services.assistant.turn import (
    ChatFinished,
    ChatProgress,
    ChatStarted,
    TurnLimits,
    converse,
)

EVENT_STREAM = "text/event-stream"
Accept = Annotated[str | None, Header(include_in_schema=False)]

#: The OpenAPI description of the chat answer in both of its forms.
CHAT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The reply, as JSON, or as server-sent events with "
        "`Accept: text/event-stream` (events `conversation`, `tool_call`, `delta`, `done`).",
        "content": {EVENT_STREAM: {"schema": {"type": "string"}}},
    },
    **responses(401, 403, 404, 409, 413, 422, 429),
}


async def answer(app: App, actor: Actor, data: ChatRequest, *, stream: bool) -> Response:
    """Run one chat turn within the caller's limits and answer it as JSON or as an event stream
    (for ``POST /api/v1/chat`` and its compatibility route)."""
    limits = await admit(app, actor)
    progress = converse(app.uow, actor=actor, engine=app.chat_engine, request=data, limits=limits)
    if not stream:
        async with contextlib.aclosing(progress) as steps:
            async for step in steps:
                if isinstance(step, ChatFinished):
                    return json_response(step.reply)
        raise AssertionError("a chat turn ends with its reply")  # pragma: no cover
    first = await anext(progress)  # errors before the message is stored stay problem+json
    return _TurnStream(first, progress)


async def admit(app: App, actor: Actor) -> TurnLimits:
    """Count one chat turn of ``actor`` and return the limits it runs under.

    Raises :class:`~todo.errors.Forbidden` without the ``chat`` scope, and
    :class:`~todo.errors.RateLimited` past the caller's chat messages, or past their daily
    model tokens (checked without counting; the turn's tokens count once it ends).
    """
    actor.require(Permission.CHAT)
    settings = app.settings
    user = actor.user_id
    budget = _daily_tokens(app)
    if budget is not None:
        try:
            await app.refuse_if_over(f"chat-tokens:{user}", budget)
        except RateLimited as over:
            raise RateLimited(
                f"You have used today's {settings.chat_daily_tokens:,} tokens of the language "
                f"model; chat again {_in(over.retry_after)}.",
                retry_after=over.retry_after,
            ) from None
    try:
        await app.limit(f"chat:{user}", settings.chat_rate_limit)
    except RateLimited as over:
        raise RateLimited(
            f"Too many chat messages in a short time; try again {_in(over.retry_after)}.",
            retry_after=over.retry_after,
        ) from None

    async def count_write() -> None:
        try:
            await app.limit(f"write:{user}", settings.write_rate_limit)
        except RateLimited as over:
            raise RateLimited(
                f"Too many changes in a short time; try again {_in(over.retry_after)}.",
                retry_after=over.retry_after,
            ) from None

    async def spend(tokens: int) -> None:
        if budget is not None:
            with contextlib.suppress(RateLimited):  # over now: the next turn is refused
                await app.limit(f"chat-tokens:{user}", budget, cost=tokens)

    return TurnLimits(running=app.chat_turns, count_write=count_write, spend=spend)


def _daily_tokens(app: App) -> str | None:
    """Return the daily token budget as a limit (``N/day``); ``None`` when there is none."""
    tokens = app.settings.chat_daily_tokens
    if not tokens or app.chat_engine.name == "offline":
        return None
    return f"{tokens}/day"


def _in(seconds: int) -> str:
    """Return a wait in words: "in 40 seconds", "in 12 minutes", "in about 5 hours"."""
    if seconds < 120:
        return f"in {seconds} second{'s' if seconds != 1 else ''}"
    if seconds < 2 * 3600:
        return f"in {-(-seconds // 60)} minutes"
    return f"in about {round(seconds / 3600)} hours"


class _TurnStream(StreamingResponse):
    """A turn's server-sent events; however the response ends (the client may leave before the
    first byte), the turn is closed: its reply stored, its spending counted, the next one
    allowed."""

    def __init__(self, first: ChatProgress, rest: AsyncGenerator[ChatProgress, None]) -> None:
        super().__init__(
            _events(first, rest),
            media_type=EVENT_STREAM,
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
        self._rest = rest

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            with anyio.CancelScope(shield=True):
                await self._rest.aclose()


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
