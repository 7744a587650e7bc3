"""The MCP server in-process: the SDK's client against ``build_mcp_server`` on a migrated database.

On SQLite and PostgreSQL (the ``app`` fixture), with the clock fixed at Thursday 26 November
2026, 10:00 UTC.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import pytest
from mcp.client.client import Client

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.scopes import Scope
from todo.entrypoints.mcp.server import build_mcp_server, fixed_caller
from todo.services.users import create_user

from .conftest import (
    call,
    check_ambiguity,
    check_bad_input,
    check_isolation,
    check_listing,
    check_partial_update,
    check_read_only,
    exercise_every_tool,
    ok,
    refused,
)

pytestmark = pytest.mark.anyio

Connect = Callable[[Actor], AbstractAsyncContextManager[Client]]
NewUser = Callable[..., Awaitable[Actor]]


@pytest.fixture
def new_user(app: App) -> NewUser:
    """Create a user (the test databases are shared, so every e-mail is new)."""

    async def make(timezone: str = "Europe/Berlin") -> Actor:
        email = f"{uuid.uuid4().hex[:12]}@example.test"
        return await create_user(app.uow(), email=email, timezone=timezone)

    return make


@pytest.fixture
def connect(app: App) -> Connect:
    """Connect the SDK's client in-process to a server whose caller is the given actor."""

    @asynccontextmanager
    async def open_client(actor: Actor) -> AsyncIterator[Client]:
        async with Client(build_mcp_server(fixed_caller(app, actor))) as client:
            yield client

    return open_client


async def test_the_tools_are_listed_with_their_schemas_and_annotations(
    connect: Connect, new_user: NewUser
) -> None:
    async with connect(await new_user()) as client:
        await check_listing(client)


async def test_every_tool_works(connect: Connect, new_user: NewUser) -> None:
    async with connect(await new_user("Europe/Berlin")) as client:
        await exercise_every_tool(client, "Europe/Berlin")


async def test_dates_are_read_and_told_in_the_users_time_zone_with_their_weekday(
    connect: Connect, new_user: NewUser
) -> None:
    async with connect(await new_user("America/New_York")) as client:
        added = ok(await call(client, "add_task", title="Standup", due="tomorrow 9am"))
    assert added["task"]["due"] == "Friday 27 November 2026, 09:00"
    assert added["task"]["due_at"] == "2026-11-27T14:00:00Z"
    assert added["message"] == "Added 'Standup', due Friday 27 November 2026, 09:00."


async def test_a_partial_update_keeps_the_other_fields(connect: Connect, new_user: NewUser) -> None:
    async with connect(await new_user()) as client:
        await check_partial_update(client)


async def test_an_ambiguous_reference_returns_candidates_and_changes_nothing(
    connect: Connect, new_user: NewUser
) -> None:
    async with connect(await new_user()) as client:
        await check_ambiguity(client)


async def test_a_read_only_caller_cannot_write(connect: Connect, new_user: NewUser) -> None:
    owner = await new_user()
    reader = dataclasses.replace(owner, scopes=frozenset({Scope.TASKS_READ}))
    async with connect(owner) as owner_client, connect(reader) as reader_client:
        await check_read_only(reader_client, owner_client)


async def test_users_cannot_see_or_change_each_others_tasks(
    connect: Connect, new_user: NewUser
) -> None:
    alice, bob = await new_user(), await new_user()
    async with connect(alice) as alice_client, connect(bob) as bob_client:
        await check_isolation(alice_client, alice.user_id, bob_client, bob.user_id)


async def test_bad_input_is_a_tool_error_in_sentences(connect: Connect, new_user: NewUser) -> None:
    async with connect(await new_user()) as client:
        await check_bad_input(client)


async def test_a_service_error_is_its_own_sentence(connect: Connect, new_user: NewUser) -> None:
    async with connect(await new_user()) as client:
        task = ok(await call(client, "add_task", title="Old chore"))["task_id"]
        ok(await call(client, "delete_task", task_id=task))
        assert refused(await call(client, "reopen_task", task_id=task)) == (
            f"Task {task} is deleted; restore it first."
        )
        assert refused(await call(client, "get_task")) == (
            "Say which task: give its task_id, or words of its title as task."
        )
        assert refused(await call(client, "add_task", title="Later", due="whenever")) == (
            "Could not understand the date 'whenever'."
        )


#: Every text argument of the tools, with NUL or a lone surrogate, which no database can store.
HOSTILE_ARGUMENTS = [
    ("add_task", {"title": "{}"}),
    ("add_task", {"title": "Fine", "description": "{}"}),
    ("add_task", {"title": "Fine", "tags": ["{}"]}),
    ("add_task", {"title": "Fine", "due": "{}"}),
    ("add_task", {"title": "Fine", "recurrence": "{}"}),
    ("add_task", {"title": "Fine", "user_id": "{}"}),
    ("list_tasks", {"tag": "{}"}),
    ("search_tasks", {"query": "{}"}),
    ("get_task", {"task": "{}"}),
    ("complete_task", {"task": "{}"}),
    ("update_task", {"task": "Existing", "title": "{}"}),
    ("update_task", {"task": "Existing", "tags": ["{}"]}),
    ("update_task", {"task": "Existing", "reminder": "{}"}),
]


@pytest.mark.parametrize("text", ["a\x00b", "a\ud800b"], ids=["nul", "surrogate"])
async def test_text_no_database_can_hold_is_a_tool_error(
    connect: Connect, new_user: NewUser, text: str
) -> None:
    async with connect(await new_user()) as client:
        ok(await call(client, "add_task", title="Existing"))
        for tool, arguments in HOSTILE_ARGUMENTS:
            filled = {
                name: [text] if value == ["{}"] else text if value == "{}" else value
                for name, value in arguments.items()
            }
            message = refused(await client.call_tool(tool, filled))
            assert "NUL" in message or "surrogate" in message or "unicode" in message, (
                tool,
                arguments,
                message,
            )
        listed = ok(await call(client, "list_tasks"))
        assert [task["title"] for task in listed["tasks"]] == ["Existing"]
