"""The chat engines' tool runner: the MCP tools by name, bad calls answered, calls recorded."""

from __future__ import annotations

import json

import pytest
from mcp.client.client import Client

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.scopes import Scope
from todo.entrypoints.mcp.server import build_mcp_server, fixed_caller
from todo.services.assistant.tool_runner import ToolRunner, definitions
from todo.services.assistant.tools import ToolSession

pytestmark = pytest.mark.anyio


@pytest.fixture
def runner(app: App, me: Actor) -> ToolRunner:
    return ToolRunner(ToolSession(uow=app.uow, actor=me))


async def test_the_chat_sees_the_tools_the_mcp_server_offers(app: App, me: Actor) -> None:
    async with Client(build_mcp_server(fixed_caller(app, me))) as client:
        offered = {tool.name: tool for tool in (await client.list_tools()).tools}
    ours = {tool.name: tool for tool in definitions()}
    assert list(ours) == list(offered)
    for name, tool in ours.items():
        mcp_schema = offered[name].input_schema
        assert tool.description == offered[name].description
        assert set(tool.parameters["properties"]) == set(mcp_schema["properties"]), name
        assert set(tool.parameters.get("required", [])) == set(mcp_schema.get("required", []))
        assert tool.parameters["additionalProperties"] is False


async def test_a_call_runs_the_tool_and_is_recorded_as_executed(runner: ToolRunner) -> None:
    added = await runner.call("add_task", {"title": "Buy milk", "due": "tomorrow 9am"})
    assert added.tool == "add_task"
    assert added.args == {"title": "Buy milk", "due": "tomorrow 9am"}
    assert added.result["status"] == "created"
    assert added.result["task"]["due"] == "Friday 27 November 2026, 09:00"
    listed = await runner.call("list_tasks", json.dumps({"status": "pending"}))
    assert [task["title"] for task in listed.result["tasks"]] == ["Buy milk"]
    assert runner.calls == [added, listed]
    assert not added.failed


@pytest.mark.parametrize(
    ("name", "arguments", "says"),
    [
        ("add_task", "{not json", "not valid JSON"),
        ("add_task", "[1, 2]", "JSON object"),
        ("add_task", {}, "'title' is required"),
        ("add_task", {"title": "Pay rent", "due_date": "friday"}, "due_date"),
        ("add_task", {"title": ["a list"]}, "title"),
        ("complete_task", {"task_id": "three"}, "task_id"),
        ("complete_task", {"task_id": 999_999}, "999999"),
        ("complete_task", {}, "Say which task"),
        ("delete_everything", {}, "no tool named 'delete_everything'"),
        ("add_task", {"title": "x", "user_id": "someone-else"}, "not yours"),
    ],
)
async def test_bad_calls_are_answered_and_change_nothing(
    runner: ToolRunner, name: str, arguments: dict[str, object] | str, says: str
) -> None:
    call = await runner.call(name, arguments)
    assert call.failed
    assert says in call.result["error"]
    listed = await runner.call("list_tasks", {})
    assert listed.result["count"] == 0
    assert runner.calls == [call, listed]


async def test_a_read_only_caller_cannot_change_tasks(app: App, me: Actor) -> None:
    reader = ToolRunner(
        ToolSession(uow=app.uow, actor=Actor(me.user_id, scopes=frozenset({Scope.TASKS_READ})))
    )
    call = await reader.call("add_task", {"title": "Sneaky"})
    assert "tasks:write" in call.result["error"]
    assert (await reader.call("list_tasks", {})).result["count"] == 0


async def test_list_filters_by_priority_tag_and_due_window(runner: ToolRunner) -> None:
    await runner.call(
        "add_task", {"title": "Today urgent", "due": "today 18:00", "priority": "urgent"}
    )
    await runner.call("add_task", {"title": "Next week", "due": "in 5 days", "tags": ["work"]})
    await runner.call("add_task", {"title": "Late", "due": "yesterday"})

    async def titles(**filters: object) -> list[str]:
        call = await runner.call("list_tasks", filters)
        assert not call.failed, call.result
        return sorted(task["title"] for task in call.result["tasks"])

    assert await titles(priority="urgent") == ["Today urgent"]
    assert await titles(tag="#work") == ["Next week"]
    assert await titles(due="today") == ["Today urgent"]
    assert await titles(due="week") == ["Next week", "Today urgent"]
    assert await titles(due="overdue") == ["Late"]
    assert (await runner.call("list_tasks", {"due": "someday"})).failed
