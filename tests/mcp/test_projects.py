"""The project tools through the SDK's client: in-process (SQLite and PostgreSQL, the ``app``
fixture) and over Streamable HTTP (a running ``todo serve``, or the API in-process), with
several users sharing a project."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

import httpx2
import pytest
from mcp.client.client import Client

from todo.bootstrap import App
from todo.domain.scopes import Scope
from todo.entrypoints.mcp.server import build_mcp_server, fixed_caller
from todo.services.users import create_user

from .conftest import Site, call, ok, refused
from .project_checks import Person, check_comments, check_placement, check_sharing

pytestmark = pytest.mark.anyio

NewPerson = Callable[..., Awaitable[Person]]


@pytest.fixture
async def person(app: App) -> AsyncIterator[NewPerson]:
    """Make a user and connect the SDK's client in-process as them, with ``scopes``."""
    async with AsyncExitStack() as stack:

        async def make(*scopes: Scope) -> Person:
            email = f"{uuid.uuid4().hex[:12]}@example.test"
            actor = await create_user(app.uow(), email=email, timezone="Europe/Berlin")
            if scopes:
                actor = dataclasses.replace(actor, scopes=frozenset(scopes))
            server = build_mcp_server(fixed_caller(app, actor))
            client = await stack.enter_async_context(Client(server))
            return Person(client=client, user_id=actor.user_id, email=email)

        yield make


async def test_a_shared_project_is_used_by_name_as_each_role_allows(person: NewPerson) -> None:
    await check_sharing(await person(), await person(), await person(), await person())


async def test_tasks_move_between_projects_nest_and_are_assigned(person: NewPerson) -> None:
    await check_placement(await person())


async def test_comments_are_written_under_a_task_named_by_id_or_words(person: NewPerson) -> None:
    await check_comments(await person(), await person())


async def test_each_project_tool_needs_its_scope(person: NewPerson) -> None:
    owner = await person()
    project = ok(await call(owner.client, "add_project", name="Shared"))["project_id"]
    task = ok(await call(owner.client, "add_task", title="Water", project=project))["task_id"]
    tasks_only = await person(Scope.TASKS_READ, Scope.TASKS_WRITE)
    reader = await person(Scope.TASKS_READ)
    for arguments in ({"email": tasks_only.email}, {"email": reader.email, "role": "viewer"}):
        ok(await call(owner.client, "share_project", project=project, **arguments))

    for who in (tasks_only, reader):
        assert "projects:write" in refused(await call(who.client, "add_project", name="Mine"))
        assert "projects:write" in refused(
            await call(who.client, "share_project", project="Shared", email="x@example.test")
        )
        assert [p["name"] for p in ok(await call(who.client, "list_projects"))["projects"]] == [
            "Inbox",
            "Shared",
        ]
    comment = refused(await call(reader.client, "add_comment", task_id=task, text="Hi"))
    assert "tasks:write" in comment, comment
    ok(await call(tasks_only.client, "add_comment", task_id=task, text="Done on Monday."))
    shared = ok(await call(owner.client, "list_tasks", project="Shared"))
    assert [t["title"] for t in shared["tasks"]] == ["Water"]


# --- over HTTP ----------------------------------------------------------------------------------


async def test_over_http_users_share_a_project_and_comment(site: Site) -> None:
    accounts = [await site.sign_up() for _ in range(4)]
    async with AsyncExitStack() as stack:
        people = [
            Person(
                client=await stack.enter_async_context(site.mcp(account.token)),
                user_id=account.id,
                email=account.email,
            )
            for account in accounts
        ]
        await check_sharing(*people)
        await check_placement(people[1])
        await check_comments(people[2], people[3])


async def raw_call(site: Site, token: str, tool: str, **arguments: Any) -> httpx2.Response:
    """POST one ``tools/call`` of ``tool`` to ``/mcp/`` as it is, and return the answer."""
    body = {
        "jsonrpc": "2.0",
        "id": 9,
        "method": "tools/call",
        "params": {"name": tool, "arguments": arguments},
    }
    headers = {"Accept": "application/json, text/event-stream"}
    async with site.rest(token) as http:
        return await http.post("/mcp/", json=body, headers=headers)


async def test_over_http_a_token_without_the_scope_gets_the_scope_challenge(site: Site) -> None:
    owner, other = await site.sign_up(), await site.sign_up()
    async with site.mcp(owner.token) as client:
        project = ok(await call(client, "add_project", name="Errands"))["project_id"]
        task = ok(await call(client, "add_task", title="Post a parcel", project="Errands"))
    reader = await site.personal_token(owner, "tasks:read")
    writer = await site.personal_token(owner, "tasks:read", "tasks:write")
    sharer = await site.personal_token(owner, "tasks:read", "projects:write")
    for token, tool, arguments, needed in (
        (reader, "add_comment", {"task_id": task["task_id"], "text": "Hi"}, "tasks:write"),
        (writer, "share_project", {"project": project, "email": other.email}, "projects:write"),
        (writer, "add_project", {"name": "More"}, "projects:write"),
        (sharer, "add_comment", {"task_id": task["task_id"], "text": "Hi"}, "tasks:write"),
    ):
        answer = await raw_call(site, token, tool, **arguments)
        assert answer.status_code == 403, (tool, answer.text)
        challenge = answer.headers["www-authenticate"]
        assert challenge.startswith(f'Bearer error="insufficient_scope", scope="{needed}"')
    async with site.mcp(reader) as reading:
        listed = ok(await call(reading, "list_projects"))
        assert [p["name"] for p in listed["projects"]] == ["Inbox", "Errands"]
    async with site.mcp(sharer) as sharing:
        shared = ok(await call(sharing, "share_project", project="errands", email=other.email))
        assert shared["status"] == "shared"
    async with site.mcp(writer) as writing:
        ok(await call(writing, "add_comment", task_id=task["task_id"], text="Posted."))
    async with site.mcp(other.token) as theirs:
        seen = ok(await call(theirs, "list_tasks", project="Errands"))
        assert [t["title"] for t in seen["tasks"]] == ["Post a parcel"]
