"""Chat: what one turn of a conversation is made of, and what a chat engine must do with it.

A chat *engine* reads the user's message (and the recent history of the conversation), calls
task tools through a :class:`Toolbox`, and replies in words. It yields what it does as it does
it: :class:`ToolCalled` after each tool call and :class:`TextDelta` pieces of the reply, so a
door can stream them, and adds the language-model tokens it spends to the turn's
:class:`TurnUsage`. The engines are the offline one (rules built on the quick-add parser; it
spends none) and the LLM one (an agent on any OpenAI-compatible endpoint); both see the same
tools.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Final, Literal, Protocol, TypeAlias
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field

#: The longest message a user may send in one turn.
MESSAGE_MAX = 4000
#: How many earlier messages of a conversation an engine is shown.
HISTORY_WINDOW = 20
#: How many characters of those messages a language model is shown at most, newest first
#: (about 4,000 tokens): a long reply, such as a list of a hundred tasks, fills most of it.
HISTORY_CHARS = 16_000
#: What ends a message cut to fit :data:`HISTORY_CHARS`.
CUT = "…"
#: The least room worth filling with the start of a message that does not fit whole.
_CUT_AT_LEAST = 200


class ToolCall(BaseModel):
    """One tool call as it was executed: the tool, the arguments it got, and what it returned.

    ``result`` is the tool's JSON output, or ``{"error": "<one sentence>"}`` when it failed.
    """

    tool: str = Field(examples=["add_task"])
    args: dict[str, Any] = Field(examples=[{"title": "Buy groceries"}])
    result: Any = Field(examples=[{"task_id": 7, "status": "created", "title": "Buy groceries"}])

    @property
    def failed(self) -> bool:
        """Tell whether the call was refused or failed."""
        return isinstance(self.result, dict) and set(self.result) == {"error"}


@dataclass(frozen=True)
class ToolDefinition:
    """A tool as a model is shown it: name, description and JSON Schema of its arguments."""

    name: str
    description: str
    parameters: dict[str, Any]
    read_only: bool


class Toolbox(Protocol):
    """The task tools of one caller, for one turn."""

    @property
    def definitions(self) -> Sequence[ToolDefinition]:
        """Every tool the engine may call."""
        ...

    async def call(self, name: str, arguments: dict[str, Any] | str) -> ToolCall:
        """Run tool ``name`` with ``arguments`` (a mapping or a JSON object as text).

        Never raises for bad input: unknown tools, malformed or invalid arguments and refused
        changes come back as a :class:`ToolCall` whose result is ``{"error": ...}``.
        """
        ...

    async def look(self, name: str, arguments: dict[str, Any]) -> ToolCall:
        """Run the read-only tool ``name`` without keeping the call among those the turn made:
        what an engine reads for itself, not something it did for the user."""
        ...

    async def open_titles(self) -> list[tuple[int, str]]:
        """Return the ids and titles of the caller's open tasks (the first
        :data:`OPEN_TITLES`, in list order), read without keeping a call: what an engine
        compares a message with."""
        ...


#: The most open tasks :meth:`Toolbox.open_titles` returns.
OPEN_TITLES: Final = 200


@dataclass(frozen=True)
class PastMessage:
    """An earlier message of the conversation, oldest first in :attr:`ChatTurn.history`."""

    role: Literal["user", "assistant"]
    content: str
    tool_calls: tuple[ToolCall, ...] = ()


def recent_history(history: Iterable[PastMessage], chars: int = HISTORY_CHARS) -> list[PastMessage]:
    """Return the newest messages of ``history`` (oldest first, as given) that fit in ``chars``.

    Messages are taken newest first while they fit whole; the next one is cut to the room left,
    ending with :data:`CUT`, when that room is worth it, and older ones are left out.
    """
    kept: list[PastMessage] = []
    room = chars
    for past in reversed(list(history)):
        if len(past.content) <= room:
            kept.append(past)
            room -= len(past.content)
            continue
        if room >= _CUT_AT_LEAST:
            kept.append(replace(past, content=past.content[: room - len(CUT)] + CUT))
        break
    kept.reverse()
    return kept


@dataclass
class TurnUsage:
    """The language-model tokens one turn has spent (sent and received), as far as known."""

    tokens: int = 0

    def add(self, tokens: int) -> None:
        """Count ``tokens`` more (negative counts are ignored)."""
        self.tokens += max(0, tokens)


@dataclass(frozen=True)
class ChatTurn:
    """Everything an engine knows for one reply; engines keep nothing between turns.

    An engine that calls a language model adds what each call costs to :attr:`usage`, also when
    the turn fails or is cut short, so the caller's daily budget sees it.
    """

    message: str
    history: tuple[PastMessage, ...]
    tools: Toolbox
    user_id: str
    timezone: ZoneInfo
    now: datetime  # aware, UTC
    usage: TurnUsage = field(default_factory=TurnUsage)


@dataclass(frozen=True)
class TextDelta:
    """A piece of the reply's text."""

    text: str


@dataclass(frozen=True)
class ToolCalled:
    """A tool call that has just been executed."""

    call: ToolCall


ChatEvent: TypeAlias = TextDelta | ToolCalled


class ChatEngine(Protocol):
    """Something that answers one chat turn."""

    #: ``offline`` or ``llm``.
    name: str

    def reply(self, turn: ChatTurn) -> AsyncIterator[ChatEvent]:
        """Yield the tool calls made and the reply's text, in the order they happen.

        An engine does not raise for what the user says or what a model answers: a failure
        becomes a reply that says what went wrong.
        """
        ...
