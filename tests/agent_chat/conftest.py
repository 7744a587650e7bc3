"""Fixtures for the LLM chat engine: a scripted endpoint, a user, their tools, and a chat helper.

Every test drives the real Agents SDK against :class:`~tests.agent_chat.fake_openai.FakeOpenAI` on a
loopback port, and the real :class:`~todo.services.assistant.tool_runner.ToolRunner` on a real
database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import pytest

from todo.adapters.agent_engine import AgentEngine
from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.assistant.chat import (
    ChatEvent,
    ChatTurn,
    PastMessage,
    TextDelta,
    ToolCall,
    ToolCalled,
    TurnUsage,
)
from todo.services.assistant.tool_runner import ToolRunner
from todo.services.assistant.tools import ToolSession

from ..service.conftest import new_user
from .fake_openai import FakeOpenAI

#: The model name the engine asks the fake endpoint for.
MODEL = "fake-model"


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fake(fake_server: FakeOpenAI) -> FakeOpenAI:
    """The scripted endpoint, with an empty script and no recorded requests."""
    fake_server.reset()
    return fake_server


@pytest.fixture
async def actor(app: App) -> Actor:
    return await new_user(app)


async def add(setup: ToolRunner, title: str) -> int:
    """Add a task for the test's user and return its id."""
    call = await setup.call("add_task", {"title": title})
    task_id: int = call.result["task_id"]
    return task_id


async def tasks_of(setup: ToolRunner) -> dict[int, tuple[str, str]]:
    """Return the user's live tasks as ``{task_id: (title, status)}``."""
    listed = (await setup.call("list_tasks", {"status": "all"})).result
    return {task["task_id"]: (task["title"], task["status"]) for task in listed["tasks"]}


@pytest.fixture
def setup(app: App, actor: Actor) -> ToolRunner:
    """Tools for arranging and checking the data, apart from the ones the engine uses."""
    return ToolRunner(ToolSession(uow=app.uow, actor=actor))


@dataclass
class Reply:
    """What one turn yielded, and the model tokens it spent."""

    events: list[ChatEvent] = field(default_factory=list)
    tokens: int = 0

    @property
    def text(self) -> str:
        return "".join(event.text for event in self.events if isinstance(event, TextDelta))

    @property
    def deltas(self) -> list[str]:
        return [event.text for event in self.events if isinstance(event, TextDelta)]

    @property
    def calls(self) -> list[ToolCall]:
        return [event.call for event in self.events if isinstance(event, ToolCalled)]


@dataclass
class Chat:
    """Send one message to an engine as ``actor``, with fresh tools, and collect the reply."""

    app: App
    actor: Actor
    engine: AgentEngine

    async def __call__(
        self, message: str, history: tuple[PastMessage, ...] = (), engine: AgentEngine | None = None
    ) -> Reply:
        turn = self.turn(message, history)
        reply = Reply()
        async for event in (engine or self.engine).reply(turn):
            reply.events.append(event)
        assert isinstance(turn.tools, ToolRunner)
        assert reply.calls == turn.tools.calls, "every executed call is reported, in order"
        reply.tokens = turn.usage.tokens
        return reply

    def turn(self, message: str, history: tuple[PastMessage, ...] = ()) -> ChatTurn:
        """Return a turn of ``message`` with fresh tools and nothing spent yet."""
        return ChatTurn(
            message=message,
            history=history,
            tools=ToolRunner(ToolSession(uow=self.app.uow, actor=self.actor)),
            user_id=self.actor.user_id,
            timezone=self.actor.timezone,
            now=self.app.clock.now(),
            usage=TurnUsage(),
        )


@pytest.fixture
async def chat(app: App, actor: Actor, fake: FakeOpenAI) -> AsyncIterator[Chat]:
    engine = AgentEngine(fake.base_url, None, MODEL, 5.0)
    yield Chat(app, actor, engine)
    await engine.aclose()
