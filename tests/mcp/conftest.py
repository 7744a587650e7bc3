"""Fixtures and checks shared by the MCP tests: the same contract, over every transport.

Every check drives the SDK's real client (``mcp.Client``) against our real server: in-process,
over stdio (``todo mcp``) and over Streamable HTTP (a running ``todo serve``, or the API app
in-process through ``httpx2.ASGITransport`` on SQLite and PostgreSQL).
"""

from __future__ import annotations

import inspect
import json
import os
import shutil
import subprocess
import time
import typing
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx2
import pytest
from mcp.client.client import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from mcp_types import CallToolResult, TextContent

from todo.entrypoints.server import create_app
from todo.services.assistant.tools import TOOLS

from ..api.conftest import api_settings
from ..e2e.conftest import TODO, free_port

#: The tools, in the order assistants are shown them (the contract's five come first, the
#: project tools last).
TOOL_NAMES = [
    "add_task",
    "list_tasks",
    "complete_task",
    "delete_task",
    "update_task",
    "get_task",
    "search_tasks",
    "reopen_task",
    "restore_task",
    "list_tags",
    "list_projects",
    "add_project",
    "share_project",
    "add_comment",
]
PASSWORD = "correct horse battery"


# --- reading results ---------------------------------------------------------------------------


def ok(result: CallToolResult) -> dict[str, Any]:
    """Assert that the call succeeded and return its structured content."""
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


def refused(result: CallToolResult) -> str:
    """Assert that the call is a tool error of one plain sentence (or a few) and return it."""
    assert result.is_error, result.structured_content
    assert len(result.content) == 1
    content = result.content[0]
    assert isinstance(content, TextContent)
    text = content.text
    assert text.strip(), result
    assert "\n" not in text, text
    for leak in ("Traceback", "validation error for", "errors.pydantic.dev", "Error executing"):
        assert leak not in text, text
    return text


async def call(client: Client, tool: str, **arguments: Any) -> CallToolResult:
    """Call ``tool`` with ``arguments``."""
    return await client.call_tool(tool, arguments)


async def task_ids(client: Client, status: str = "all") -> list[int]:
    """Return the ids of the caller's tasks with ``status``."""
    listed = ok(await call(client, "list_tasks", status=status))
    assert listed["count"] == len(listed["tasks"])
    return [task["task_id"] for task in listed["tasks"]]


def assert_spoken(spoken: str | None, iso: str | None, zone: str) -> None:
    """Assert that ``spoken`` is the instant ``iso`` in ``zone``, with its weekday."""
    assert spoken is not None
    assert iso is not None
    local = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(ZoneInfo(zone))
    assert spoken == f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M}"


# --- the contract, for every transport ---------------------------------------------------------


async def check_listing(client: Client) -> None:
    """The tools: names, descriptions, input and output schemas, annotations."""
    tools = (await client.list_tools()).tools
    assert [tool.name for tool in tools] == TOOL_NAMES
    specs = {spec.name: spec for spec in TOOLS}
    for tool in tools:
        spec = specs[tool.name]
        assert tool.description == inspect.getdoc(spec.function)
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint is spec.read_only
        assert tool.annotations.destructive_hint is spec.destructive
        assert tool.annotations.idempotent_hint is spec.idempotent
        properties = tool.input_schema["properties"]
        assert list(properties) == list(inspect.signature(spec.function).parameters)[1:]
        assert all(schema.get("description") for schema in properties.values()), tool.name
        assert "session" not in properties
        returned = typing.get_type_hints(spec.function)["return"]
        assert tool.output_schema is not None
        assert tool.output_schema["type"] == "object"
        assert set(tool.output_schema["properties"]) == set(returned.model_fields)
    by_name = {tool.name: tool for tool in tools}
    add = by_name["add_task"].input_schema
    assert add["required"] == ["title"]
    assert add["properties"]["title"]["maxLength"] >= 200
    assert by_name["search_tasks"].input_schema["required"] == ["query"]
    assert "required" not in by_name["update_task"].input_schema
    status = by_name["list_tasks"].input_schema["properties"]["status"]
    assert status["enum"] == ["all", "pending", "completed"]
    result = by_name["complete_task"].output_schema
    assert result is not None
    assert {"task_id", "status", "title"} <= set(result["properties"])
    # Written so that clients check results fast: nothing to look up, nullable fields as a
    # list of types (every result below is still checked against these by the SDK client).
    for tool in tools:
        assert "$ref" not in json.dumps(tool.output_schema), tool.name
    task = by_name["list_tasks"].output_schema["properties"]["tasks"]["items"]  # type: ignore[index]
    assert task["properties"]["due"]["type"] == ["string", "null"]
    assert task["properties"]["priority"]["enum"] == ["none", "low", "medium", "high", "urgent"]
    assert by_name["delete_task"].annotations.destructive_hint is True
    assert by_name["list_tasks"].annotations.read_only_hint is True
    assert by_name["add_task"].annotations.idempotent_hint is False


async def exercise_every_tool(client: Client, zone: str) -> None:
    """Call every tool once, the way an assistant would, for a user in ``zone``."""
    added = ok(
        await call(
            client,
            "add_task",
            title="Buy groceries",
            description="Milk and eggs",
            priority="high",
            tags=["home", "errands"],
            due="tomorrow 5pm",
            reminder="tomorrow 4pm",
        )
    )
    assert added["status"] == "created"
    assert added["title"] == "Buy groceries"
    groceries = added["task_id"]
    task = added["task"]
    assert task["task_id"] == groceries
    assert (task["description"], task["priority"], task["status"]) == (
        "Milk and eggs",
        "high",
        "pending",
    )
    assert sorted(task["tags"]) == ["errands", "home"]
    assert_spoken(task["due"], task["due_at"], zone)
    assert task["due"].endswith(", 17:00")
    assert task["reminder"].endswith(", 16:00")
    assert task["due"] in added["message"]

    mom = ok(await call(client, "add_task", title="Call mom"))["task_id"]
    assert set(await task_ids(client, "pending")) == {groceries, mom}

    shown = ok(await call(client, "get_task", task_id=groceries))
    assert shown["task"] == task

    found = ok(await call(client, "search_tasks", query="groceries"))
    assert [item["task_id"] for item in found["tasks"]] == [groceries]

    updated = ok(await call(client, "update_task", task_id=groceries, title="Buy bread"))
    assert (updated["task_id"], updated["status"], updated["title"]) == (
        groceries,
        "updated",
        "Buy bread",
    )
    assert updated["task"] == {**task, "title": "Buy bread"}

    done = ok(await call(client, "complete_task", task="call mom"))
    assert (done["task_id"], done["status"], done["title"]) == (mom, "completed", "Call mom")
    assert await task_ids(client, "completed") == [mom]

    reopened = ok(await call(client, "reopen_task", task_id=mom))
    assert (reopened["status"], reopened["task"]["status"]) == ("reopened", "pending")

    tags = ok(await call(client, "list_tags"))["tags"]
    assert {tag["name"]: (tag["open"], tag["total"]) for tag in tags} == {
        "errands": (1, 1),
        "home": (1, 1),
    }

    deleted = ok(await call(client, "delete_task", task_id=mom))
    assert (deleted["task_id"], deleted["status"], deleted["title"]) == (mom, "deleted", "Call mom")
    assert await task_ids(client) == [groceries]


async def check_partial_update(client: Client) -> None:
    """A field not given is never cleared."""
    added = ok(
        await call(
            client,
            "add_task",
            title="Pay rent",
            description="Transfer to the landlord",
            priority="urgent",
            tags=["home"],
            due="2027-01-01 09:00",
            reminder="2026-12-31 18:00",
            recurrence="monthly",
        )
    )
    before = added["task"]
    changed = ok(await call(client, "update_task", task_id=added["task_id"], priority="low"))
    assert changed["status"] == "updated"
    assert changed["task"] == {**before, "priority": "low"}
    renamed = ok(await call(client, "update_task", task="pay rent", title="Pay the rent"))
    assert renamed["task"] == {**before, "priority": "low", "title": "Pay the rent"}
    again = ok(await call(client, "update_task", task_id=added["task_id"], priority="low"))
    assert again["status"] == "unchanged"
    nothing = refused(await call(client, "update_task", task_id=added["task_id"]))
    assert "Say what to change" in nothing
    shown = ok(await call(client, "get_task", task_id=added["task_id"]))
    assert shown["task"] == renamed["task"]
    # Emptying a field is said explicitly, never by leaving it out (or sending null).
    cleared = ok(
        await call(
            client,
            "update_task",
            task_id=added["task_id"],
            clear=["reminder", "recurrence", "description", "tags"],
        )
    )
    assert cleared["task"] == {
        **renamed["task"],
        "reminder": None,
        "recurrence": None,
        "description": None,
        "tags": [],
    }
    undated = ok(await call(client, "update_task", task_id=added["task_id"], clear=["due"]))
    assert (undated["task"]["due"], undated["task"]["due_at"]) == (None, None)
    both = refused(
        await call(client, "update_task", task_id=added["task_id"], due="friday", clear=["due"])
    )
    assert "not both" in both
    unknown = refused(await call(client, "update_task", task_id=added["task_id"], clear=["title"]))
    assert "clear" in unknown


async def check_ambiguity(client: Client) -> None:
    """Words that match several tasks return the candidates, and nothing changes."""
    first = ok(await call(client, "add_task", title="Email the dentist"))["task_id"]
    second = ok(await call(client, "add_task", title="Email the plumber"))["task_id"]
    before = ok(await call(client, "list_tasks"))
    for tool, extra in (
        ("complete_task", {}),
        ("delete_task", {}),
        ("reopen_task", {}),
        ("get_task", {}),
        ("update_task", {"priority": "high"}),
    ):
        result = ok(await call(client, tool, task="email", **extra))
        assert (result["status"], result["task_id"], result["title"]) == ("ambiguous", None, None)
        assert {c["task_id"] for c in result["candidates"]} == {first, second}, tool
        assert "task_id" in result["message"]
    assert ok(await call(client, "list_tasks")) == before
    exact = ok(await call(client, "complete_task", task="Email the plumber"))
    assert (exact["task_id"], exact["status"]) == (second, "completed")


async def check_read_only(reader: Client, owner: Client) -> None:
    """A ``tasks:read`` credential lists and reads, and every write is a tool error."""
    task = ok(await call(owner, "add_task", title="Water the plants"))["task_id"]
    before = ok(await call(owner, "list_tasks"))
    assert ok(await call(reader, "list_tasks")) == before
    assert ok(await call(reader, "get_task", task_id=task))["title"] == "Water the plants"
    ok(await call(reader, "search_tasks", query="plants"))
    ok(await call(reader, "list_tags"))
    for tool, arguments in (
        ("add_task", {"title": "Sneaky"}),
        ("complete_task", {"task_id": task}),
        ("delete_task", {"task_id": task}),
        ("update_task", {"task_id": task, "title": "Changed"}),
        ("reopen_task", {"task_id": task}),
    ):
        message = refused(await call(reader, tool, **arguments))
        assert "tasks:write" in message, (tool, message)
    assert ok(await call(owner, "list_tasks")) == before


async def check_isolation(alice: Client, alice_id: str, bob: Client, bob_id: str) -> None:
    """Alice can neither see nor change Bob's tasks, even passing Bob's ``user_id``."""
    bobs = ok(await call(bob, "add_task", title="Bob's secret plan", tags=["bob"]))["task_id"]
    mine = ok(await call(alice, "add_task", title="Alice's plan", user_id=alice_id))["task_id"]
    bob_before = ok(await call(bob, "list_tasks"))

    assert await task_ids(alice) == [mine]
    assert ok(await call(alice, "search_tasks", query="secret"))["count"] == 0
    assert ok(await call(alice, "list_tags"))["tags"] == []
    for tool, arguments in (
        ("add_task", {"title": "Planted"}),
        ("list_tasks", {}),
        ("list_tags", {}),
        ("search_tasks", {"query": "secret"}),
        ("get_task", {"task_id": bobs}),
        ("complete_task", {"task_id": bobs}),
    ):
        message = refused(await call(alice, tool, user_id=bob_id, **arguments))
        assert "user_id" in message, (tool, message)
    for tool, extra in (
        ("get_task", {}),
        ("complete_task", {}),
        ("delete_task", {}),
        ("reopen_task", {}),
        ("update_task", {"title": "Hijacked"}),
    ):
        message = refused(await call(alice, tool, task_id=bobs, **extra))
        assert "not found" in message, (tool, message)
        refused(await call(alice, tool, task_id=bobs, user_id=bob_id, **extra))
        refused(await call(alice, tool, task="secret plan", **extra))
    assert ok(await call(bob, "list_tasks")) == bob_before
    assert await task_ids(alice) == [mine]


async def check_bad_input(client: Client) -> None:
    """Bad arguments and unknown names are tool errors in sentences; the connection lives on."""
    before = ok(await call(client, "list_tasks"))
    cases: list[tuple[str, dict[str, Any], str]] = [
        ("add_task", {}, "'title' is required."),
        ("add_task", {"title": 42}, "title"),
        ("add_task", {"title": ["a", "list"]}, "title"),
        ("add_task", {"title": "Fine", "priority": "whenever"}, "priority"),
        ("add_task", {"title": "Fine", "tags": "not a list"}, "tags"),
        ("add_task", {"title": "Fine", "due_date": "tomorrow"}, "'due_date'"),
        ("add_task", {"title": "x" * 100_000}, "title"),
        ("add_task", {"title": "Fine", "description": "y" * 100_000}, "description"),
        ("add_task", {"title": "Fine", "due": "when pigs fly"}, "when pigs fly"),
        ("add_task", {"title": "   "}, "title"),
        ("complete_task", {"task_id": "three"}, "task_id"),
        ("complete_task", {"task_id": 0}, "task_id"),
        ("complete_task", {"task_id": 987_654_321}, "not found"),
        ("complete_task", {"task_id": 2**70}, "not found"),
        ("complete_task", {}, "task_id"),
        ("delete_task", {"task": "no such words anywhere"}, "No task matches"),
        ("list_tasks", {"status": "someday"}, "status"),
        ("search_tasks", {}, "'query' is required."),
    ]
    for tool, arguments, expected in cases:
        message = refused(await client.call_tool(tool, arguments))
        assert expected in message, (tool, message)
    # A tool that does not exist is a protocol error (JSON-RPC -32602), not a tool's failure.
    with pytest.raises(MCPError) as unknown:
        await client.call_tool("no_such_tool", {})
    assert (unknown.value.code, unknown.value.message) == (-32602, "Unknown tool: no_such_tool")
    with pytest.raises(MCPError) as no_prompt:
        await client.get_prompt("no_such_prompt")
    # The server has no prompts: invalid params (a name it does not know), or, where a door
    # offers no prompts at all (the console's relay), method not found; never a crash (code 0).
    assert no_prompt.value.code in (-32602, -32601), no_prompt.value
    huge = await call(client, "search_tasks", query="z" * 100_000)
    if huge.is_error:
        refused(huge)
    else:
        assert ok(huge)["count"] == 0
    assert ok(await call(client, "list_tasks")) == before


# --- HTTP sites: a running ``todo serve``, or the API in-process ---------------------------------


@dataclass
class Account:
    """A user signed up through the REST API, with an access token."""

    id: str
    token: str
    email: str


@dataclass
class Site:
    """Where the MCP endpoint is: a URL, and an in-process transport when there is no server."""

    url: str
    transport: httpx2.AsyncBaseTransport | None = None

    def rest(self, token: str | None = None) -> httpx2.AsyncClient:
        """Return an HTTP client of the site, with ``token`` as its bearer when given."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        if self.transport is None:
            return httpx2.AsyncClient(base_url=self.url, headers=headers, timeout=30)
        return httpx2.AsyncClient(
            base_url=self.url, headers=headers, transport=self.transport, timeout=30
        )

    @asynccontextmanager
    async def mcp(self, token: str | None, path: str = "/mcp/") -> AsyncIterator[Client]:
        """Yield an MCP client of the site's Streamable HTTP endpoint, signed in with ``token``."""
        async with self.rest(token) as http:
            transport = streamable_http_client(self.url + path, http_client=http)
            async with Client(transport) as client:
                yield client

    async def sign_up(self, timezone: str = "Europe/Berlin") -> Account:
        """Register a new account and sign it in."""
        email = f"{uuid.uuid4().hex[:12]}@example.test"
        async with self.rest() as http:
            created = await http.post(
                "/api/v1/auth/register",
                json={"email": email, "password": PASSWORD, "timezone": timezone},
            )
            assert created.status_code == 202, created.text
            signed_in = await http.post(
                "/api/v1/auth/token", data={"username": email, "password": PASSWORD}
            )
            assert signed_in.status_code == 200, signed_in.text
            token = signed_in.json()["access_token"]
            me = await http.get("/api/v1/users/me", headers={"Authorization": f"Bearer {token}"})
        return Account(id=me.json()["id"], token=token, email=email)

    async def personal_token(self, account: Account, *scopes: str) -> str:
        """Create a personal access token of ``account`` with ``scopes``."""
        async with self.rest(account.token) as http:
            created = await http.post(
                "/api/v1/tokens", json={"name": "assistant", "scopes": list(scopes)}
            )
            assert created.status_code == 201, created.text
        token: str = created.json()["token"]
        return token


@dataclass
class LiveServer:
    """A running ``todo serve``: its URL, environment and log file."""

    url: str
    env: dict[str, str]
    log: Path


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """``todo serve`` on the embedded database of a temporary ``TODO_HOME``, for one module.

    As ``tests/e2e/conftest.py``'s ``live_server``, shared by the tests of a module (each test
    signs up users of its own).
    """
    home = tmp_path_factory.mktemp("mcp-server")
    port = free_port()
    env = {
        **os.environ,
        "TODO_HOME": str(home / "data"),
        "TODO_LOG_LEVEL": "WARNING",
        "TODO_LOGIN_RATE_LIMIT": "1000/minute",
        "TODO_TIMEZONE": "Europe/Berlin",
    }
    for name in ("TODO_DATABASE_URL", "TODO_SERVER", "TODO_TOKEN", "TODO_PUBLIC_URL"):
        env.pop(name, None)
    log_path = home / "server.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [str(TODO), "serve", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90  # a loaded machine starts a server slowly
            while True:
                try:
                    if httpx2.get(f"{url}/healthz", timeout=1).status_code == 200:
                        break
                except httpx2.HTTPError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(log_path.read_text())
                time.sleep(0.1)
            yield LiveServer(url=url, env=env, log=log_path)
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture
def sqlite_copy(sqlite_template: Path, tmp_path: Path) -> str:
    """The URL of a fresh copy of the migrated SQLite template."""
    path = tmp_path / "todo.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture(
    params=["live", "asgi-sqlite", pytest.param("asgi-postgres", marks=pytest.mark.postgres)]
)
def where(request: pytest.FixtureRequest) -> LiveServer | str:
    """A running server, or the database URL of an in-process API."""
    if request.param == "live":
        server: LiveServer = request.getfixturevalue("live_server")
        return server
    fixture = "sqlite_copy" if request.param == "asgi-sqlite" else "postgres_database"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
async def site(where: LiveServer | str, tmp_path: Path) -> AsyncIterator[Site]:
    """The MCP endpoint's site: the running server, or the API started in-process."""
    if isinstance(where, LiveServer):
        yield Site(where.url)
        return
    api = create_app(api_settings(where, tmp_path))
    async with api.router.lifespan_context(api):
        yield Site("http://127.0.0.1:8000", transport=httpx2.ASGITransport(app=api))
