"""Fixtures for the offline chat engine: a conversation driven through the real tools.

:class:`ChatSession` plays the door's part: it builds each :class:`ChatTurn` with the history
so far, runs :class:`OfflineEngine` on it and keeps what was said and called. The corpus test
leaves its accuracy in the run's stash; :func:`pytest_terminal_summary` prints it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.assistant.chat import ChatTurn, PastMessage, TextDelta, ToolCall, ToolCalled
from todo.domain.task_query import TaskQuery, TaskStatus
from todo.services.assistant.offline import OfflineEngine
from todo.services.assistant.tool_runner import ToolRunner
from todo.services.assistant.tools import ToolSession, view
from todo.services.task_list import list_tasks

from ..conftest import START
from ..service.conftest import new_user

#: Where the scoring tests leave ``(matched, total, failures, required)`` per set of cases, for
#: the terminal summary.
SCORES = pytest.StashKey[dict[str, tuple[int, int, list[str], float]]]()


@dataclass
class Reply:
    """What the engine did for one message: the tools it called and the text it answered."""

    text: str
    calls: list[ToolCall]

    def tools(self) -> list[str]:
        """Return the names of the tools called, in order."""
        return [call.tool for call in self.calls]


@dataclass
class ChatSession:
    """One user's conversation with the offline engine, on the test's database."""

    app: App
    actor: Actor
    history: list[PastMessage] = field(default_factory=list)

    @property
    def tools(self) -> ToolSession:
        return ToolSession(uow=self.app.uow, actor=self.actor)

    async def say(self, message: str) -> Reply:
        """Send ``message`` as the next turn and return the engine's reply."""
        turn = ChatTurn(
            message=message,
            history=tuple(self.history),
            tools=ToolRunner(self.tools),
            user_id=self.actor.user_id,
            timezone=self.actor.timezone,
            now=START,
        )
        events = [event async for event in OfflineEngine().reply(turn)]
        calls = [event.call for event in events if isinstance(event, ToolCalled)]
        text = "".join(event.text for event in events if isinstance(event, TextDelta))
        self.history += [
            PastMessage("user", message),
            PastMessage("assistant", text, tuple(calls)),
        ]
        return Reply(text, calls)

    async def seed(self, title: str, *, state: str = "pending", **fields: Any) -> int:
        """Create a task through the tools (outside the conversation) and return its id."""
        runner = ToolRunner(self.tools)
        added = await runner.call("add_task", {"title": title, **fields})
        assert not added.failed, added.result
        task_id = int(added.result["task_id"])
        if state in ("completed", "deleted"):
            verb = "complete_task" if state == "completed" else "delete_task"
            done = await runner.call(verb, {"task_id": task_id})
            assert not done.failed, done.result
        return task_id

    async def tasks(self) -> dict[int, dict[str, Any]]:
        """Return every task of the user, deleted ones too, as the assistant sees them."""
        found: dict[int, dict[str, Any]] = {}
        for deleted in (False, True):
            query = TaskQuery(status=TaskStatus.ALL, deleted=deleted, limit=200)
            page = (await list_tasks(self.app.uow(), actor=self.actor, query=query)).page()
            for task in page.items:
                found[task.id] = view(self.tools, task).model_dump(mode="json")
        return found


@pytest.fixture
async def chat(app: App) -> ChatSession:
    """A fresh user's conversation (user in Europe/Berlin, now Thursday 26 November 2026)."""
    return ChatSession(app, await new_user(app))


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Print each scored set's accuracy and misses at the end of the run, when they ran."""
    if SCORES not in config.stash:
        return
    terminalreporter.section("offline chat accuracy")
    for name, (matched, total, failures, required) in sorted(config.stash[SCORES].items()):
        terminalreporter.write_line(
            f"{name}: {matched}/{total} = {matched / total:.1%} (required: {required:.0%})"
        )
        for failure in failures:
            terminalreporter.write_line(f"  missed: {failure}")
