"""Chat with the assistant: one stateless turn of a conversation.

Every turn runs the same cycle, and nothing is kept in memory between turns, so any replica can
serve the next one and a conversation survives a restart:

1. receive the user's message (validated by :class:`~todo.domain.conversations.ChatRequest`);
2. load the conversation (a new one without ``conversation_id``) and its recent history;
3. build the turn for the engine from that history and the new message;
4. store the user's message, and commit, before the engine runs;
5. run the engine with the tools of the caller;
6. the engine calls tools (each in its own transaction) and replies;
7. store the assistant's reply with every tool call it made, as executed;
8. return the reply;
9. forget everything.

:func:`converse` yields what happens as it happens (for streaming doors); :func:`chat` returns
the finished reply.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, TypeAlias

import anyio

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.chat import (
    HISTORY_WINDOW,
    ChatEngine,
    ChatTurn,
    PastMessage,
    TextDelta,
    ToolCall,
    ToolCalled,
)
from todo.domain.conversations import (
    REPLY_MAX,
    ChatReply,
    ChatRequest,
    Conversation,
    Message,
    conversation_title,
)
from todo.domain.scopes import Scope
from todo.errors import NotFound
from todo.services.assistant_tools import ToolSession
from todo.services.toolbox import ToolRunner

log = logging.getLogger("todo.chat")

_ENGINE_FAILED = (
    "Sorry, something went wrong on my side while answering; "
    "anything listed above was done, nothing else was changed."
)
_NOTHING_TO_SAY = "I'm not sure what to say to that. Try 'help' to see what I can do."


@dataclass(frozen=True)
class ChatStarted:
    """The user's message is stored; the conversation it belongs to."""

    conversation_id: int


@dataclass(frozen=True)
class ChatFinished:
    """The reply is stored."""

    reply: ChatReply


#: What :func:`converse` yields: first :class:`ChatStarted`, then the engine's tool calls and
#: text, last :class:`ChatFinished`.
ChatProgress: TypeAlias = ChatStarted | ToolCalled | TextDelta | ChatFinished


async def chat(
    uow: Callable[[], UnitOfWork], *, actor: Actor, engine: ChatEngine, request: ChatRequest
) -> ChatReply:
    """Answer one message and return the reply with the tool calls made for it."""
    async for progress in converse(uow, actor=actor, engine=engine, request=request):
        if isinstance(progress, ChatFinished):
            return progress.reply
    raise AssertionError("converse ends with ChatFinished")  # pragma: no cover


async def converse(
    uow: Callable[[], UnitOfWork], *, actor: Actor, engine: ChatEngine, request: ChatRequest
) -> AsyncIterator[ChatProgress]:
    """Answer one message, yielding each step as it happens.

    Raises :class:`~todo.errors.NotFound` for a conversation that is not the caller's and
    :class:`~todo.errors.Forbidden` for a token without the ``chat`` scope, before anything is
    stored. Once the message is stored the reply is always stored too, even when the engine
    fails or the caller goes away.
    """
    actor.require(Scope.CHAT)
    conversation_id, history, now = await _store_message(uow(), actor, request)
    yield ChatStarted(conversation_id)

    runner = ToolRunner(ToolSession(uow=uow, actor=actor))
    turn = ChatTurn(
        message=request.message,
        history=history,
        tools=runner,
        user_id=actor.user_id,
        timezone=actor.timezone,
        now=now,
    )
    parts: list[str] = []
    try:
        async for event in engine.reply(turn):
            if isinstance(event, TextDelta):
                parts.append(event.text)
            yield event
    except Exception:
        log.exception("the %s chat engine failed", engine.name)
        parts.append(("\n\n" if parts else "") + _ENGINE_FAILED)
        yield TextDelta(parts[-1])
    finally:
        with anyio.CancelScope(shield=True):
            reply = await _store_reply(uow(), actor, conversation_id, "".join(parts), runner.calls)
    yield ChatFinished(reply)


async def _store_message(
    uow: UnitOfWork, actor: Actor, request: ChatRequest
) -> tuple[int, tuple[PastMessage, ...], datetime]:
    async with uow:
        now = uow.clock.now()
        if request.conversation_id is None:
            conversation = await uow.conversations.add(
                Conversation(
                    user_id=actor.user_id,
                    title=conversation_title(request.message),
                    created_at=now,
                    updated_at=now,
                )
            )
            earlier: list[Message] = []
        else:
            found = await uow.conversations.get(actor.user_id, request.conversation_id)
            if found is None:
                raise NotFound(f"There is no conversation {request.conversation_id}.")
            conversation = found
            earlier = await uow.conversations.recent_messages(
                _id(conversation), limit=HISTORY_WINDOW
            )
            conversation.updated_at = now
        await uow.conversations.add_message(
            _message(conversation, actor, "user", request.message, [], now)
        )
        conversation_id = _id(conversation)
        history = tuple(_past(message) for message in earlier)
        await uow.commit()
    return conversation_id, history, now


async def _store_reply(
    uow: UnitOfWork, actor: Actor, conversation_id: int, text: str, calls: list[ToolCall]
) -> ChatReply:
    text = text.strip() or _NOTHING_TO_SAY
    if len(text) > REPLY_MAX:
        text = text[: REPLY_MAX - 1] + "…"
    async with uow:
        conversation = await uow.conversations.get(actor.user_id, conversation_id)
        if conversation is not None:  # it may have been deleted while the engine ran
            now = uow.clock.now()
            conversation.updated_at = now
            await uow.conversations.add_message(
                _message(conversation, actor, "assistant", text, calls, now)
            )
            await uow.commit()
    return ChatReply(conversation_id=conversation_id, response=text, tool_calls=calls)


def _message(
    conversation: Conversation,
    actor: Actor,
    role: Literal["user", "assistant"],
    content: str,
    calls: list[ToolCall],
    now: datetime,
) -> Message:
    return Message(
        conversation_id=_id(conversation),
        user_id=actor.user_id,
        role=role,
        content=content,
        tool_calls=[call.model_dump(mode="json") for call in calls],
        created_at=now,
    )


def _past(message: Message) -> PastMessage:
    role: Literal["user", "assistant"] = "assistant" if message.role == "assistant" else "user"
    calls = tuple(ToolCall.model_validate(call) for call in message.tool_calls)
    return PastMessage(role=role, content=message.content, tool_calls=calls)


def _id(conversation: Conversation) -> int:
    if conversation.id is None:
        raise RuntimeError("the conversation has no id yet")
    return conversation.id
