"""The tools for AI assistants, called as the MCP server and the chat call them."""

from __future__ import annotations

import pytest

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.priority import Priority
from todo.errors import Forbidden, Invalid, NotFound
from todo.services.assistant import tools as tools
from todo.services.assistant.tools import ToolSession

from .conftest import events_of

pytestmark = pytest.mark.anyio


@pytest.fixture
def me_tools(app: App, me: Actor) -> ToolSession:
    return ToolSession(uow=app.uow, actor=me)


@pytest.fixture
def other_tools(app: App, other: Actor) -> ToolSession:
    return ToolSession(uow=app.uow, actor=other)


async def test_add_takes_the_title_as_given_and_reads_dates(me_tools: ToolSession) -> None:
    added = await tools.add_task(
        me_tools, title="Call mom tonight", due="tomorrow 5pm", tags=["family"], priority="high"
    )
    assert (added.status, added.title) == ("created", "Call mom tonight")
    assert added.task is not None
    # Thursday 26 November 2026 is the test's today; tomorrow is a Friday (Berlin time).
    assert added.task.due == "Friday 27 November 2026, 17:00"
    assert added.task.due_at == "2026-11-27T16:00:00Z"
    assert (added.task.priority, added.task.tags) == (Priority.HIGH, ["family"])
    assert "Friday" in added.message


async def test_list_search_and_tags(me_tools: ToolSession) -> None:
    first = await tools.add_task(me_tools, title="Buy groceries", tags=["home"])
    await tools.add_task(me_tools, title="Dentist appointment")
    assert first.task_id is not None
    await tools.complete_task(me_tools, task_id=first.task_id)
    everything = await tools.list_tasks(me_tools)
    assert (everything.count, everything.more) == (2, False)
    pending = await tools.list_tasks(me_tools, status="pending")
    assert [task.title for task in pending.tasks] == ["Dentist appointment"]
    done = await tools.list_tasks(me_tools, status="completed")
    assert [task.status for task in done.tasks] == ["completed"]
    found = await tools.search_tasks(me_tools, query="dent")
    assert [task.title for task in found.tasks] == ["Dentist appointment"]
    tags = await tools.list_tags(me_tools)
    assert [(tag.name, tag.open, tag.total) for tag in tags.tags] == [("home", 0, 1)]


async def test_references_by_words_and_ambiguity(
    app: App, me: Actor, me_tools: ToolSession
) -> None:
    await tools.add_task(me_tools, title="Team meeting notes")
    await tools.add_task(me_tools, title="Meeting with Bob")
    await tools.add_task(me_tools, title="Pay bills")
    before = len(await events_of(app, me))
    ambiguous = await tools.delete_task(me_tools, task="meeting")
    assert ambiguous.status == "ambiguous"
    assert sorted(c.title for c in ambiguous.candidates) == [
        "Meeting with Bob",
        "Team meeting notes",
    ]
    assert len(await events_of(app, me)) == before, "an ambiguous reference changes nothing"
    deleted = await tools.delete_task(me_tools, task="bills")
    assert (deleted.status, deleted.title) == ("deleted", "Pay bills")
    again = await tools.delete_task(me_tools, task_id=deleted.task_id)
    assert again.status == "unchanged"
    restored = await tools.restore_task(me_tools, task="bills")
    assert (restored.status, restored.title) == ("restored", "Pay bills")
    with pytest.raises(NotFound, match="No task matches"):
        await tools.complete_task(me_tools, task="holiday")
    with pytest.raises(Invalid, match="Say which task"):
        await tools.complete_task(me_tools)


async def test_update_is_partial(me_tools: ToolSession) -> None:
    added = await tools.add_task(
        me_tools,
        title="Report",
        description="Q3 numbers",
        priority="low",
        tags=["work"],
        due="2026-12-01",
    )
    changed = await tools.update_task(me_tools, task_id=added.task_id, title="Call mom tonight")
    assert changed.status == "updated"
    assert changed.task is not None
    assert changed.task.title == "Call mom tonight"
    assert (changed.task.description, changed.task.priority) == ("Q3 numbers", Priority.LOW)
    assert (changed.task.tags, changed.task.due) == (["work"], "Tuesday 1 December 2026")
    same = await tools.update_task(me_tools, task_id=added.task_id, priority="low")
    assert same.status == "unchanged"
    with pytest.raises(Invalid, match="Say what to change"):
        await tools.update_task(me_tools, task_id=added.task_id)


async def test_complete_and_reopen(me_tools: ToolSession) -> None:
    added = await tools.add_task(me_tools, title="Water plants")
    done = await tools.complete_task(me_tools, task_id=added.task_id)
    assert done.status == "completed"
    assert (await tools.complete_task(me_tools, task_id=added.task_id)).status == "unchanged"
    assert (await tools.reopen_task(me_tools, task="water")).status == "reopened"
    shown = await tools.get_task(me_tools, task_id=added.task_id)
    assert shown.task is not None
    assert shown.task.status == "pending"


async def test_the_caller_comes_from_the_credential(
    me: Actor, me_tools: ToolSession, other_tools: ToolSession
) -> None:
    mine = await tools.add_task(me_tools, title="Private")
    with pytest.raises(Forbidden, match="not yours"):
        await tools.list_tasks(other_tools, user_id=me.user_id)
    with pytest.raises(Forbidden):
        await tools.complete_task(other_tools, task_id=mine.task_id, user_id=me.user_id)
    with pytest.raises(NotFound):
        await tools.complete_task(other_tools, task_id=mine.task_id)
    assert (await tools.list_tasks(other_tools)).count == 0
    listed = await tools.list_tasks(me_tools, user_id=me.user_id)
    assert [task.status for task in listed.tasks] == ["pending"]


async def test_every_tool_is_registered_once_with_a_docstring() -> None:
    names = [spec.name for spec in tools.TOOLS]
    assert names[:5] == ["add_task", "list_tasks", "complete_task", "delete_task", "update_task"]
    assert len(set(names)) == len(names) == 14
    assert names[-4:] == ["list_projects", "add_project", "share_project", "add_comment"]
    for spec in tools.TOOLS:
        assert spec.function.__doc__, spec.name
        assert spec.read_only == spec.name.startswith(("list_", "get_", "search_"))
