"""``todo mcp``: the SDK's client spawns the console and talks MCP over its stdin and stdout."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp.client.client import Client
from mcp.client.stdio import StdioServerParameters, stdio_client

from todo.services.assistant.tools import TOOLS

from ..e2e.conftest import TODO, free_port
from .conftest import call, check_bad_input, check_listing, exercise_every_tool, ok, refused

pytestmark = pytest.mark.anyio

ZONE = "Asia/Tokyo"

Spawn = Callable[[], AbstractAsyncContextManager[Client]]


def environment(home: Path) -> dict[str, str]:
    """The environment of a console on the embedded database in ``home``."""
    return {"TODO_HOME": str(home), "TODO_TIMEZONE": ZONE, "PYTHONUNBUFFERED": "1"}


@pytest.fixture
def spawn(tmp_path: Path) -> Spawn:
    """Start ``todo mcp`` on a fresh ``TODO_HOME`` and connect the SDK's client to it."""

    @asynccontextmanager
    async def connect() -> AsyncIterator[Client]:
        params = StdioServerParameters(
            command=str(TODO), args=["mcp"], env=environment(tmp_path / "home")
        )
        with (tmp_path / "stderr.log").open("a") as errors:
            async with Client(stdio_client(params, errlog=errors)) as client:
                yield client
        log = (tmp_path / "stderr.log").read_text()
        assert "Traceback" not in log, log

    return connect


def todo(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the console on the embedded database in ``home``."""
    env = {**os.environ, **environment(home)}
    for name in ("TODO_DATABASE_URL", "TODO_SERVER", "TODO_TOKEN"):
        env.pop(name, None)
    return subprocess.run(
        [str(TODO), *args], env=env, capture_output=True, text=True, check=False, timeout=60
    )


async def test_todo_mcp_serves_the_local_users_tasks(spawn: Spawn, tmp_path: Path) -> None:
    async with spawn() as client:
        await check_listing(client)
        await exercise_every_tool(client, ZONE)
    listed = todo(tmp_path / "home", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [task["title"] for task in json.loads(listed.stdout)] == ["Buy bread"]


async def test_a_console_task_is_seen_by_the_assistant_and_back(
    spawn: Spawn, tmp_path: Path
) -> None:
    added = todo(tmp_path / "home", "add", "Renew passport friday 9am #admin")
    assert added.returncode == 0, added.stderr
    async with spawn() as client:
        found = ok(await call(client, "search_tasks", query="passport"))
        assert [task["title"] for task in found["tasks"]] == ["Renew passport"]
        assert found["tasks"][0]["due"].startswith("Friday ")
        ok(await call(client, "complete_task", task="passport"))
    done = todo(tmp_path / "home", "list", "--done", "--json")
    assert [task["title"] for task in json.loads(done.stdout)] == ["Renew passport"]


async def test_bad_input_over_stdio_is_a_tool_error(spawn: Spawn) -> None:
    async with spawn() as client:
        await check_bad_input(client)
        assert "user_id" in refused(await call(client, "list_tasks", user_id="somebody-else"))


async def test_a_malformed_line_gets_its_json_rpc_error_and_the_session_goes_on(
    tmp_path: Path,
) -> None:
    initialize = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-06-18",
            "capabilities": {},
            "clientInfo": {"name": "raw", "version": "1"},
        },
    }
    lines = [
        json.dumps(initialize),
        json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}),
        "{not json",
        json.dumps([{"jsonrpc": "2.0", "id": 2, "method": "ping"}]),
        json.dumps({"jsonrpc": "1.0", "id": 3, "method": "ping"}),
        json.dumps({"jsonrpc": "2.0", "id": 4, "method": "ping"}),
    ]
    env = {**os.environ, **environment(tmp_path / "home")}
    errors = tmp_path / "stderr.log"
    replies: list[dict[str, Any]] = []
    with errors.open("w") as log, anyio.fail_after(60):
        async with await anyio.open_process([str(TODO), "mcp"], env=env, stderr=log) as process:
            assert process.stdin is not None
            assert process.stdout is not None
            await process.stdin.send(("\n".join(lines) + "\n").encode())
            received = b""
            async for chunk in process.stdout:
                received += chunk
                if received.count(b"\n") >= 5:
                    break
            await process.stdin.aclose()
            replies = [json.loads(line) for line in received.decode().splitlines()]
    assert [reply.get("id") for reply in replies] == [1, None, None, None, 4], replies
    codes = [reply["error"]["code"] for reply in replies if "error" in reply]
    assert codes == [-32700, -32600, -32600]
    assert replies[-1]["result"] == {}
    assert "Traceback" not in errors.read_text()


def test_todo_mcp_with_a_server_needs_a_personal_access_token(tmp_path: Path) -> None:
    result = todo(tmp_path, "--server", "https://todo.example.com", "mcp")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "TODO_TOKEN" in result.stderr
    unreachable = subprocess.run(
        [str(TODO), "--server", f"http://127.0.0.1:{free_port()}", "mcp"],
        env={**os.environ, **environment(tmp_path), "TODO_TOKEN": "todo_pat_whatever"},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert unreachable.returncode == 1
    assert unreachable.stdout == ""
    assert unreachable.stderr.startswith("Error: Could not reach http://127.0.0.1:")
    elsewhere = subprocess.run(
        [str(TODO), "--server", "http://todo.invalid:9", "mcp"],
        env={**os.environ, **environment(tmp_path), "TODO_TOKEN": "todo_pat_whatever"},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert elsewhere.returncode == 1
    assert elsewhere.stdout == ""
    warning, error = elsewhere.stderr.strip().splitlines()
    assert warning.startswith("Warning: http://todo.invalid:9 is not https: your password")
    assert error.startswith("Error: Could not reach http://todo.invalid:9")


def test_the_console_loads_the_mcp_sdk_only_to_serve_it(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from todo.entrypoints.cli.main import app\n"
        "try:\n    app(['mcp', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in ('mcp', 'fastapi', 'sqlalchemy') if m in sys.modules),"
        " file=sys.stderr)\n"
    )
    env = {**os.environ, "TODO_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert "LOADED []" in result.stderr
    assert "mcp [OPTIONS]" in result.stdout


DOCS = Path(__file__).parents[2]
JSON_BLOCK = re.compile(r"```json\n(.*?)```", re.DOTALL)


def configurations() -> list[dict[str, Any]]:
    """Return the MCP server entries of the JSON snippets in docs/mcp.md and the README."""
    entries = []
    for page in (DOCS / "docs" / "mcp.md", DOCS / "README.md"):
        for block in JSON_BLOCK.findall(page.read_text()):
            entries.extend(json.loads(block)["mcpServers"].values())
    return entries


async def test_the_documented_configurations_start_the_server(tmp_path: Path) -> None:
    entries = configurations()
    commands = [entry for entry in entries if "command" in entry]
    assert len(commands) >= 4
    assert any("url" in entry for entry in entries)
    local = []
    for entry in commands:
        assert entry["command"].endswith("/.venv/bin/todo")
        assert entry["args"][-1] == "mcp"
        if entry["args"] == ["mcp"]:
            local.append(entry)
        else:
            assert entry["args"][0] == "--server"
            assert "TODO_TOKEN" in entry["env"]
    assert local
    params = StdioServerParameters(
        command=str(TODO), args=local[0]["args"], env=environment(tmp_path / "documented")
    )
    with (tmp_path / "stderr.log").open("a") as errors:
        async with Client(stdio_client(params, errlog=errors)) as client:
            assert len((await client.list_tools()).tools) == len(TOOLS)
