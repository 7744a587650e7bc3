"""The MCP tools over Streamable HTTP at ``/mcp/``, signed in with bearer tokens.

Each test runs against a real ``todo serve`` on a free port (SQLite), and against the API app
in-process through ``httpx2.ASGITransport`` on SQLite and on PostgreSQL. Users sign up through
the REST API and use their access tokens or personal access tokens.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import httpx2
import pytest
from mcp.client.client import Client
from mcp.client.stdio import StdioServerParameters, stdio_client

from todo.entrypoints.server import create_app
from todo.services.assistant.tools import TOOLS

from ..api.conftest import api_settings
from ..e2e.conftest import TODO
from .conftest import (
    LiveServer,
    Site,
    call,
    check_ambiguity,
    check_bad_input,
    check_isolation,
    check_listing,
    check_partial_update,
    exercise_every_tool,
    ok,
    refused,
    task_ids,
)

pytestmark = pytest.mark.anyio

RPC_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
LIST_TOOLS = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}


async def rpc(site: Site, body: Any, *, token: str | None, **headers: str) -> httpx2.Response:
    """POST one raw JSON-RPC body (or raw bytes) to ``/mcp/``."""
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    async with site.rest(token) as http:
        return await http.post("/mcp/", content=content, headers={**RPC_HEADERS, **headers})


async def test_without_a_valid_token_the_answer_is_401_naming_the_metadata(site: Site) -> None:
    metadata_url = f"{site.url}/.well-known/oauth-protected-resource/mcp"
    for token in (None, "not-a-token", "todo_pat_forged"):
        refused_call = await rpc(site, LIST_TOOLS, token=token)
        assert refused_call.status_code == 401
        challenge = refused_call.headers["www-authenticate"]
        assert challenge.startswith("Bearer ")
        assert f'resource_metadata="{metadata_url}"' in challenge
        # A client that names no scope asks for the tasks; sharing is asked for on its own.
        assert 'scope="tasks:read tasks:write"' in challenge
    async with site.rest() as http:
        for path in (
            "/.well-known/oauth-protected-resource/mcp",
            "/.well-known/oauth-protected-resource",
        ):
            metadata = await http.get(path)
            assert metadata.status_code == 200
            document = metadata.json()
            assert document["resource"] == f"{site.url}/mcp"
            assert document["authorization_servers"] == [f"{site.url}/"]
            assert document["scopes_supported"] == ["tasks:read", "tasks:write", "projects:write"]
            assert document["bearer_methods_supported"] == ["header"]


async def test_the_tools_are_listed_and_every_tool_works_with_an_access_token(
    site: Site,
) -> None:
    account = await site.sign_up("Europe/Berlin")
    async with site.mcp(account.token) as client:
        await check_listing(client)
        await exercise_every_tool(client, "Europe/Berlin")
    async with site.rest(account.token) as http:
        listed = await http.get("/api/v1/tasks", params={"status": "all"})
    assert [task["title"] for task in listed.json()["items"]] == ["Buy bread"]


async def test_a_personal_access_token_with_both_scopes_does_everything(site: Site) -> None:
    account = await site.sign_up("America/Los_Angeles")
    token = await site.personal_token(account, "tasks:read", "tasks:write")
    async with site.mcp(token) as client:
        await exercise_every_tool(client, "America/Los_Angeles")
        await check_partial_update(client)
        await check_ambiguity(client)


async def test_a_read_only_personal_token_reads_and_a_write_gets_the_scope_challenge(
    site: Site,
) -> None:
    account = await site.sign_up()
    reader = await site.personal_token(account, "tasks:read")
    async with site.mcp(account.token) as owner_client, site.mcp(reader) as reader_client:
        task = ok(await call(owner_client, "add_task", title="Water the plants"))["task_id"]
        before = ok(await call(owner_client, "list_tasks"))
        assert ok(await call(reader_client, "list_tasks")) == before
        assert ok(await call(reader_client, "get_task", task_id=task))["title"] == (
            "Water the plants"
        )
    metadata_url = f"{site.url}/.well-known/oauth-protected-resource/mcp"
    for tool, arguments in (
        ("add_task", {"title": "Sneaky"}),
        ("complete_task", {"task_id": task}),
        ("delete_task", {"task_id": task}),
        ("update_task", {"task_id": task, "title": "Changed"}),
    ):
        body = {
            "jsonrpc": "2.0",
            "id": 7,
            "method": "tools/call",
            "params": {"name": tool, "arguments": arguments},
        }
        answer = await rpc(site, body, token=reader)
        assert answer.status_code == 403, (tool, answer.text)
        challenge = answer.headers["www-authenticate"]
        assert challenge.startswith('Bearer error="insufficient_scope", scope="tasks:write"')
        assert f'resource_metadata="{metadata_url}"' in challenge
        assert answer.json()["type"] == "/problems/insufficient-scope"
    # An unknown tool is the protocol's error, whatever the scope; reads still work.
    unknown = {"jsonrpc": "2.0", "id": 8, "method": "tools/call", "params": {"name": "nope"}}
    assert (await rpc(site, unknown, token=reader)).json()["error"]["code"] == -32602
    async with site.rest(account.token) as http:
        listed = await http.get("/api/v1/tasks", params={"status": "all"})
    assert [task["title"] for task in listed.json()["items"]] == ["Water the plants"]
    assert listed.json()["items"][0]["completed"] is False


async def test_users_cannot_reach_each_others_tasks_even_passing_a_user_id(site: Site) -> None:
    alice, bob = await site.sign_up(), await site.sign_up()
    bobs_token = await site.personal_token(bob, "tasks:read", "tasks:write")
    async with site.mcp(alice.token) as alice_client, site.mcp(bobs_token) as bob_client:
        await check_isolation(alice_client, alice.id, bob_client, bob.id)


async def test_bad_input_is_a_tool_error_or_a_json_rpc_error(site: Site) -> None:
    account = await site.sign_up()
    async with site.mcp(account.token) as client:
        await check_bad_input(client)

        not_json = await rpc(site, b"{not json", token=account.token)
        assert not_json.status_code == 400
        assert not_json.json()["error"]["code"] == -32700
        unknown = await rpc(
            site, {"jsonrpc": "2.0", "id": 7, "method": "tasks/frobnicate"}, token=account.token
        )
        assert unknown.json()["error"]["code"] == -32601
        for params in ({"name": "add_task", "arguments": "a string"}, {}, {"name": 3}):
            bad = await rpc(
                site,
                {"jsonrpc": "2.0", "id": 8, "method": "tools/call", "params": params},
                token=account.token,
            )
            assert bad.json()["error"]["code"] == -32602, params
        huge = "x" * 900_000  # under the 1 MiB body limit, far over the title's
        assert "title" in refused(await call(client, "add_task", title=huge))
        if site.transport is not None:
            # Over the limit the API answers 413 before reading the body and closes the
            # connection; a real socket may then be reset under a client still sending.
            too_large = await rpc(site, b"x" * 2_000_000, token=account.token)
            assert too_large.status_code == 413

        assert await task_ids(client) == []  # the session survived all of it


async def test_mcp_without_the_trailing_slash_works_too(site: Site) -> None:
    account = await site.sign_up()
    async with site.mcp(account.token, path="/mcp") as client:
        ok(await call(client, "add_task", title="No slash needed"))
        assert len(await task_ids(client)) == 1
    async with site.rest(account.token) as http:
        raw = await http.post("/mcp", json=LIST_TOOLS, headers=RPC_HEADERS)
    assert raw.status_code == 200
    assert len(raw.json()["result"]["tools"]) == len(TOOLS)


async def test_what_is_not_one_json_rpc_2_message_is_an_invalid_request(site: Site) -> None:
    account = await site.sign_up()
    for body in (
        [LIST_TOOLS],  # a batch
        [],
        {**LIST_TOOLS, "jsonrpc": "1.0"},
        {**LIST_TOOLS, "id": None},
        "just a string",
        b"[" * 200_000,  # nested past any parser's depth
    ):
        answer = await rpc(site, body, token=account.token)
        assert answer.status_code == 400, (body, answer.text)
        error = answer.json()
        assert (error["jsonrpc"], error["id"], error["error"]["code"]) == ("2.0", None, -32600)
        assert "pydantic" not in error["error"]["message"].casefold()
    assert (await rpc(site, LIST_TOOLS, token=account.token)).status_code == 200


async def test_host_and_origin_are_checked_before_the_credential(site: Site) -> None:
    for token in (None, "not-a-token"):
        foreign_host = await rpc(site, LIST_TOOLS, token=token, Host="evil.example")
        assert foreign_host.status_code == 421
        assert "www-authenticate" not in foreign_host.headers
        foreign_origin = await rpc(site, LIST_TOOLS, token=token, Origin="http://evil.example")
        assert foreign_origin.status_code == 403
        assert "evil" not in foreign_origin.text


async def test_hosts_and_origins_are_checked_and_there_is_no_sse_stream(site: Site) -> None:
    account = await site.sign_up()
    foreign_host = await rpc(site, LIST_TOOLS, token=account.token, Host="evil.example")
    assert foreign_host.status_code == 421
    foreign_origin = await rpc(site, LIST_TOOLS, token=account.token, Origin="http://evil.example")
    assert foreign_origin.status_code == 403
    local_origin = await rpc(site, LIST_TOOLS, token=account.token, Origin="http://localhost:6274")
    assert local_origin.status_code == 200
    async with site.rest(account.token) as http:
        with anyio.fail_after(10):  # an SSE stream would never end
            stream = await http.get("/mcp/", headers=RPC_HEADERS)
    assert stream.status_code == 405
    assert stream.headers["allow"] == "POST"


async def test_a_public_url_names_the_resource_and_admits_its_host(
    sqlite_copy: str, tmp_path: Path
) -> None:
    settings = api_settings(sqlite_copy, tmp_path, public_url="https://todo.example.com/")
    api = create_app(settings)
    async with api.router.lifespan_context(api):
        site = Site("https://todo.example.com", transport=httpx2.ASGITransport(app=api))
        refused_call = await rpc(site, LIST_TOOLS, token=None)
        assert refused_call.status_code == 401
        assert (
            'resource_metadata="https://todo.example.com/.well-known/oauth-protected-resource/mcp"'
            in refused_call.headers["www-authenticate"]
        )
        account = await site.sign_up()
        async with site.mcp(account.token) as client:
            ok(await call(client, "list_tasks"))
        async with site.rest() as http:
            metadata = (await http.get("/.well-known/oauth-protected-resource")).json()
        assert metadata["resource"] == "https://todo.example.com/mcp"


async def test_a_token_from_the_console_works_for_an_assistant(live_server: LiveServer) -> None:
    created = await anyio.run_process(
        [str(TODO), "token", "create", "claude", "--scope", "tasks:read", "--scope", "tasks:write"],
        env=live_server.env,
    )
    token = created.stdout.decode().strip()
    site = Site(live_server.url)
    async with site.mcp(token) as client:
        added = ok(await call(client, "add_task", title="Made by an assistant"))
    listed = await anyio.run_process([str(TODO), "list", "--json"], env=live_server.env)
    assert [task["id"] for task in json.loads(listed.stdout)] == [added["task_id"]]
    assert "Traceback" not in live_server.log.read_text()


async def test_a_write_counts_against_the_rate_limit(sqlite_copy: str, tmp_path: Path) -> None:
    settings = api_settings(sqlite_copy, tmp_path, write_rate_limit="2/minute")
    api = create_app(settings)
    async with api.router.lifespan_context(api):
        site = Site("http://127.0.0.1:8000", transport=httpx2.ASGITransport(app=api))
        account = await site.sign_up()
        async with site.mcp(account.token) as client:
            ok(await call(client, "add_task", title="One"))
            ok(await call(client, "add_task", title="Two"))
            assert "Too many" in refused(await call(client, "add_task", title="Three"))
            assert len(await task_ids(client)) == 2


async def test_the_console_relays_a_remote_server_to_an_assistant_over_stdio(
    live_server: LiveServer, tmp_path: Path
) -> None:
    site = Site(live_server.url)
    account = await site.sign_up("Europe/Berlin")

    def relay(token: str) -> StdioServerParameters:
        env = {"TODO_HOME": str(tmp_path / "laptop"), "TODO_TOKEN": token}
        return StdioServerParameters(
            command=str(TODO), args=["--server", live_server.url, "mcp"], env=env
        )

    token = await site.personal_token(account, "tasks:read", "tasks:write")
    reader = await site.personal_token(account, "tasks:read")
    with (tmp_path / "relay.log").open("w") as errors:
        async with (
            Client(stdio_client(relay(token), errlog=errors)) as client,
            Client(stdio_client(relay(reader), errlog=errors)) as reading,
        ):
            await check_listing(client)
            await exercise_every_tool(client, "Europe/Berlin")
            await check_bad_input(client)
            assert await task_ids(reading) == await task_ids(client)
            assert "tasks:write" in refused(await call(reading, "add_task", title="No"))
    assert "Traceback" not in (tmp_path / "relay.log").read_text()
    async with site.rest(account.token) as http:
        listed = await http.get("/api/v1/tasks", params={"status": "all"})
    assert [task["title"] for task in listed.json()["items"]] == ["Buy bread"]

    forged = await anyio.run_process(
        [str(TODO), "--server", live_server.url, "mcp"],
        env={**live_server.env, "TODO_HOME": str(tmp_path / "laptop"), "TODO_TOKEN": "x"},
        check=False,
    )
    assert forged.returncode == 1
    assert forged.stdout == b""
    assert b"refused the token" in forged.stderr
