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

A door may hold each turn to :class:`TurnLimits`: one turn at a time per user
(:class:`RunningTurns`, in this process), each tool call that changes tasks counted as a write,
and the model tokens the turn spent reported once it ends, however it ends.

:func:`converse` yields what happens as it happens (for streaming doors); :func:`chat` returns
the finished reply.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, TypeAlias

import anyio

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.assistant.chat import (
    HISTORY_WINDOW,
    ChatEngine,
    ChatEvent,
    ChatTurn,
    PastMessage,
    TextDelta,
    ToolCall,
    ToolCalled,
    TurnUsage,
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
from todo.errors import Conflict, NotFound
from todo.services.assistant.tool_runner import CountWrite, ToolRunner
from todo.services.assistant.tools import ToolSession

log = logging.getLogger("todo.chat")

_ENGINE_FAILED = (
    "Sorry, something went wrong on my side while answering; "
    "anything listed above was done, nothing else was changed."
)
_NOTHING_TO_SAY = "I'm not sure what to say to that. Try 'help' to see what I can do."
BUSY = "The assistant is still answering your previous message; send this one once it has replied."
#: How long a turn cut short may take to wind its engine down before the reply is stored.
_WIND_DOWN_SECONDS = 10.0


class RunningTurns:
    """The users who have a chat turn running in this process: one turn at a time each."""

    def __init__(self) -> None:
        self._users: set[str] = set()

    def __contains__(self, user_id: object) -> bool:
        """Tell whether ``user_id`` has a turn running."""
        return user_id in self._users

    @contextlib.contextmanager
    def claim(self, user_id: str) -> Iterator[None]:
        """Hold ``user_id``'s turn until the block ends; :class:`~todo.errors.Conflict` when
        they have one running already."""
        if user_id in self._users:
            raise Conflict(BUSY)
        self._users.add(user_id)
        try:
            yield
        finally:
            self._users.discard(user_id)


@dataclass(frozen=True)
class TurnLimits:
    """What a door holds one chat turn to; each part is optional.

    ``running``: one turn at a time per user. ``count_write``: awaited before each tool call
    that changes tasks; it raises :class:`~todo.errors.RateLimited` past the caller's limit, and
    the call is then refused in the reply. ``spend``: awaited once the turn has ended, with the
    language-model tokens it spent (when it spent any), also when the caller went away.
    """

    running: RunningTurns | None = None
    count_write: CountWrite | None = None
    spend: Callable[[int], Awaitable[None]] | None = None


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
    turn = converse(uow, actor=actor, engine=engine, request=request)
    async with contextlib.aclosing(turn) as progress:
        async for step in progress:
            if isinstance(step, ChatFinished):
                return step.reply
    raise AssertionError("converse ends with ChatFinished")  # pragma: no cover


async def converse(
    uow: Callable[[], UnitOfWork],
    *,
    actor: Actor,
    engine: ChatEngine,
    request: ChatRequest,
    limits: TurnLimits | None = None,
) -> AsyncGenerator[ChatProgress, None]:
    """Answer one message, yielding each step as it happens.

    Raises :class:`~todo.errors.Forbidden` for a token without the ``chat`` scope,
    :class:`~todo.errors.Conflict` while another turn of the caller runs (with
    ``limits.running``) and :class:`~todo.errors.NotFound` for a conversation that is not the
    caller's, before anything is stored. Once the message is stored the reply is always stored
    too, even when the engine fails or the caller goes away. Close the generator when done
    with it (``contextlib.aclosing``): that ends the caller's turn.
    """
    actor.require(Scope.CHAT)
    limits = limits or TurnLimits()
    running = limits.running
    with running.claim(actor.user_id) if running is not None else contextlib.nullcontext():
        conversation_id, history, now = await _store_message(uow(), actor, request)
        yield ChatStarted(conversation_id)

        runner = ToolRunner(ToolSession(uow=uow, actor=actor), count_write=limits.count_write)
        usage = TurnUsage()
        turn = ChatTurn(
            message=request.message,
            history=history,
            tools=runner,
            user_id=actor.user_id,
            timezone=actor.timezone,
            now=now,
            usage=usage,
        )
        parts: list[str] = []
        events = engine.reply(turn)
        try:
            async for event in events:
                if isinstance(event, TextDelta):
                    parts.append(event.text)
                yield event
        except Exception:
            log.exception("the %s chat engine failed", engine.name)
            parts.append(("\n\n" if parts else "") + _ENGINE_FAILED)
            yield TextDelta(parts[-1])
        finally:
            with anyio.CancelScope(shield=True):
                await _wind_down(events)
                text = "".join(parts)
                reply = await _store_reply(uow(), actor, conversation_id, text, runner.calls)
                await _spend(limits, usage)
        yield ChatFinished(reply)


async def _wind_down(events: AsyncIterator[ChatEvent]) -> None:
    """Close an engine's reply that was left unfinished, so that it stops and counts what it
    spent; a reply that ended is closed already."""
    close = getattr(events, "aclose", None)
    if close is None:
        return
    with anyio.move_on_after(_WIND_DOWN_SECONDS):
        try:
            await close()
        except Exception:
            log.warning("a chat engine failed while it stopped", exc_info=True)


async def _spend(limits: TurnLimits, usage: TurnUsage) -> None:
    """Report the tokens a turn spent; a failure to count them never loses the reply."""
    if limits.spend is None or usage.tokens <= 0:
        return
    try:
        await limits.spend(usage.tokens)
    except Exception:
        log.warning("the tokens of a chat turn could not be counted", exc_info=True)


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
