"""The chat routes over HTTP with the default (offline) engine: the stateless cycle, the
conversation routes, streaming, the compatibility route and bad input."""

from __future__ import annotations

import json
import math
import os
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from todo.adapters.clock import FixedClock
from todo.domain.assistant.chat import MESSAGE_MAX

from ..conftest import missing_service
from .conftest import Account, api_settings
from .helpers import add_user, bearer, headers_of, problem, serve, unauthorized

pytestmark = pytest.mark.anyio

Body = dict[str, Any]
REDIS_URL = os.environ.get("TODO_TEST_REDIS_URL", "redis://127.0.0.1:6379")
DAY = 86400


async def say(
    http: httpx.AsyncClient, who: Account, message: str, conversation_id: int | None = None
) -> Body:
    payload: Body = {"message": message}
    if conversation_id is not None:
        payload["conversation_id"] = conversation_id
    response = await http.post("/api/v1/chat", json=payload, headers=who.headers)
    assert response.status_code == 200, response.text
    body: Body = response.json()
    return body


async def tasks_of(http: httpx.AsyncClient, who: Account, **params: object) -> list[Body]:
    response = await http.get("/api/v1/tasks", params=params, headers=who.headers)
    assert response.status_code == 200, response.text
    items: list[Body] = response.json()["items"]
    return items


async def test_a_message_manages_tasks_and_reports_the_tool_calls(
    client: httpx.AsyncClient, alice: Account
) -> None:
    reply = await say(client, alice, "Add a task to buy groceries")
    assert set(reply) == {"conversation_id", "response", "tool_calls"}
    assert [call["tool"] for call in reply["tool_calls"]] == ["add_task"]
    call = reply["tool_calls"][0]
    assert call["args"]["title"] == "Buy groceries"
    assert call["result"]["status"] == "created"
    assert "Buy groceries" in reply["response"]
    [task] = await tasks_of(client, alice)
    assert (task["id"], task["title"]) == (call["result"]["task_id"], "Buy groceries")


async def test_the_conversation_is_stored_turn_by_turn(
    client: httpx.AsyncClient, alice: Account
) -> None:
    first = await say(client, alice, "Add a task to call the plumber")
    conversation = first["conversation_id"]
    second = await say(client, alice, "What's pending?", conversation)
    assert second["conversation_id"] == conversation
    listed = await client.get(
        f"/api/v1/conversations/{conversation}/messages", headers=alice.headers
    )
    assert listed.status_code == 200
    messages = listed.json()["items"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert [m["content"] for m in messages[::2]] == [
        "Add a task to call the plumber",
        "What's pending?",
    ]
    assert messages[1]["tool_calls"] == first["tool_calls"]
    assert messages[3]["content"] == second["response"]
    conversations = (await client.get("/api/v1/conversations", headers=alice.headers)).json()
    assert [c["id"] for c in conversations["items"]] == [conversation]
    assert conversations["items"][0]["title"] == "Add a task to call the plumber"


async def test_a_conversation_survives_a_restart(
    tmp_path: Path, clock: FixedClock, database_url: str
) -> None:
    settings = api_settings(database_url, tmp_path)
    async with serve(settings, clock) as server:
        alice = await add_user(server.app, timezone="Europe/Berlin")
        for title in ("Water the plants", "Pay the rent"):
            await say(server.http, alice, f"Add a task to {title.lower()}")
        shown = await say(server.http, alice, "Show me all my tasks")
    async with serve(settings, clock) as server:  # a new process: nothing kept in memory
        alice.headers = headers_of(server.app, alice)
        done = await say(server.http, alice, "Complete the second one", shown["conversation_id"])
        [call] = [c for c in done["tool_calls"] if c["tool"] == "complete_task"]
        assert call["result"]["status"] == "completed"
        second_shown = shown["tool_calls"][-1]["result"]["tasks"][1]
        assert call["result"]["task_id"] == second_shown["task_id"]
        finished = await tasks_of(server.http, alice, status="completed")
        assert [task["title"] for task in finished] == [second_shown["title"]]


async def test_another_users_conversation_is_not_found(
    client: httpx.AsyncClient, alice: Account, bob: Account
) -> None:
    conversation = (await say(client, alice, "Add a task to renew the passport"))["conversation_id"]
    before = await tasks_of(client, alice)
    answer = await client.post(
        "/api/v1/chat",
        json={"conversation_id": conversation, "message": "Delete the passport task"},
        headers=bob.headers,
    )
    problem(answer, 404)
    problem(
        await client.get(f"/api/v1/conversations/{conversation}/messages", headers=bob.headers),
        404,
    )
    problem(await client.delete(f"/api/v1/conversations/{conversation}", headers=bob.headers), 404)
    assert (await client.get("/api/v1/conversations", headers=bob.headers)).json()["items"] == []
    assert await tasks_of(client, alice) == before
    messages = await client.get(
        f"/api/v1/conversations/{conversation}/messages", headers=alice.headers
    )
    assert len(messages.json()["items"]) == 2  # Bob's message was not stored


@pytest.mark.parametrize("conversation_id", [999_999, 2**40])
async def test_an_unknown_conversation_is_not_found(
    client: httpx.AsyncClient, alice: Account, conversation_id: int
) -> None:
    response = await client.post(
        "/api/v1/chat",
        json={"conversation_id": conversation_id, "message": "hello"},
        headers=alice.headers,
    )
    assert str(conversation_id) in problem(response, 404)["detail"]
    assert (await client.get("/api/v1/conversations", headers=alice.headers)).json()["items"] == []


@pytest.mark.parametrize(
    "payload",
    [
        {"message": ""},
        {"message": "   \n "},
        {"message": "x" * (MESSAGE_MAX + 1)},
        {},
        {"message": 42},
        {"message": "hi", "conversation_id": 0},
        {"message": "hi", "engine": "llm"},
    ],
)
async def test_bad_messages_are_422_and_store_nothing(
    client: httpx.AsyncClient, alice: Account, payload: Body
) -> None:
    response = await client.post("/api/v1/chat", json=payload, headers=alice.headers)
    assert problem(response, 422)["errors"]
    assert (await client.get("/api/v1/conversations", headers=alice.headers)).json()["items"] == []


async def test_no_token_is_401(client: httpx.AsyncClient) -> None:
    unauthorized(await client.post("/api/v1/chat", json={"message": "Show me all my tasks"}))


async def test_the_assistant_acts_with_the_tokens_scopes(
    client: httpx.AsyncClient, alice: Account
) -> None:
    created = await client.post(
        "/api/v1/tokens",
        json={"name": "chat reader", "scopes": ["chat", "tasks:read"]},
        headers=alice.headers,
    )
    assert created.status_code == 201, created.text
    token = bearer(created.json()["token"])
    reply = await client.post("/api/v1/chat", json={"message": "Add a task to hack"}, headers=token)
    assert reply.status_code == 200, reply.text
    [call] = reply.json()["tool_calls"]
    assert "tasks:write" in call["result"]["error"]
    assert await tasks_of(client, alice) == []


async def test_streaming_sends_the_steps_as_server_sent_events(
    client: httpx.AsyncClient, alice: Account
) -> None:
    headers = {**alice.headers, "Accept": "text/event-stream"}
    async with client.stream(
        "POST", "/api/v1/chat", json={"message": "Add a task to buy milk #home"}, headers=headers
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        raw = "".join([chunk async for chunk in response.aiter_text()])
    events = [_parse_event(block) for block in raw.strip().split("\n\n")]
    names = [name for name, _ in events]
    assert names[0] == "conversation"
    assert names[-1] == "done"
    assert "tool_call" in names
    assert "delta" in names
    done = events[-1][1]
    text = "".join(data["text"] for name, data in events if name == "delta")
    assert done["response"] == text.strip()
    assert done["tool_calls"] == [data for name, data in events if name == "tool_call"]
    assert done["conversation_id"] == events[0][1]["conversation_id"]
    [task] = await tasks_of(client, alice)
    assert (task["title"], task["tags"]) == ("Buy milk", ["home"])


async def test_streaming_errors_before_the_turn_are_problems(
    client: httpx.AsyncClient, alice: Account
) -> None:
    headers = {**alice.headers, "Accept": "text/event-stream"}
    response = await client.post(
        "/api/v1/chat", json={"conversation_id": 424242, "message": "hi"}, headers=headers
    )
    problem(response, 404)


def _parse_event(block: str) -> tuple[str, Body]:
    fields = dict(line.split(": ", 1) for line in block.splitlines())
    data: Body = json.loads(fields["data"])
    return fields["event"], data


async def test_conversations_page_and_delete(client: httpx.AsyncClient, alice: Account) -> None:
    ids = [
        (await say(client, alice, f"Add a task to read book {n}"))["conversation_id"]
        for n in range(3)
    ]
    first = await client.get("/api/v1/conversations", params={"limit": 2}, headers=alice.headers)
    page = first.json()
    assert len(page["items"]) == 2
    assert page["next_cursor"]
    rest = await client.get(
        "/api/v1/conversations",
        params={"limit": 2, "cursor": page["next_cursor"]},
        headers=alice.headers,
    )
    seen = [c["id"] for c in page["items"] + rest.json()["items"]]
    assert sorted(seen) == sorted(ids)
    assert rest.json()["next_cursor"] is None
    problem(
        await client.get("/api/v1/conversations", params={"cursor": "nope"}, headers=alice.headers),
        422,
    )
    deleted = await client.delete(f"/api/v1/conversations/{ids[0]}", headers=alice.headers)
    assert deleted.status_code == 204
    problem(
        await client.get(f"/api/v1/conversations/{ids[0]}/messages", headers=alice.headers), 404
    )
    assert len(await tasks_of(client, alice)) == 3  # the tasks it made stay


async def test_the_compatibility_chat_route(
    client: httpx.AsyncClient, alice: Account, bob: Account
) -> None:
    response = await client.post(
        f"/api/{alice.id}/chat",
        json={"message": "I need to remember to pay bills"},
        headers=alice.headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"conversation_id", "response", "tool_calls"}
    assert body["tool_calls"][0]["args"]["title"] == "Pay bills"
    again = await client.post(
        f"/api/{alice.id}/chat",
        json={"conversation_id": body["conversation_id"], "message": "What have I completed?"},
        headers=alice.headers,
    )
    assert again.json()["tool_calls"][0]["args"] == {"status": "completed"}
    foreign = await client.post(
        f"/api/{alice.id}/chat", json={"message": "Show me all my tasks"}, headers=bob.headers
    )
    problem(foreign, 403)
    unauthorized(await client.post(f"/api/{alice.id}/chat", json={"message": "hi"}))


@pytest.mark.parametrize("escaped", ["buy\\u0000milk", "buy \\ud800 milk"])
async def test_text_no_database_can_store_is_refused_in_the_message_field(
    client: httpx.AsyncClient, alice: Account, escaped: str
) -> None:
    body = f'{{"message": "{escaped}"}}'  # the JSON escape is sent as it is
    headers = {**alice.headers, "Content-Type": "application/json"}
    response = await client.post("/api/v1/chat", content=body, headers=headers)
    [error] = problem(response, 422)["errors"]
    assert error["field"] == "message"
    assert (await client.get("/api/v1/conversations", headers=alice.headers)).json()["items"] == []


# --- limits ------------------------------------------------------------------------------------
# "N/day", so that no window turns over during a test (the counters follow the wall clock).


def retry_after_rest_of_day(response: httpx.Response) -> None:
    """Assert a ``Retry-After`` that ends today's (UTC) window."""
    retry_after = int(response.headers["retry-after"])
    assert abs(retry_after - math.ceil(DAY - time.time() % DAY)) <= 2


async def test_chat_messages_have_a_limit_of_their_own_shared_by_both_routes(
    tmp_path: Path, clock: FixedClock, database_url: str
) -> None:
    settings = api_settings(database_url, tmp_path, chat_rate_limit="3/day")
    async with serve(settings, clock) as server:
        alice, bob = await add_user(server.app), await add_user(server.app)
        await say(server.http, alice, "hi")
        await say(server.http, alice, "What's pending?")
        compat = f"/api/{alice.id}/chat"
        assert (
            await server.http.post(compat, json={"message": "help"}, headers=alice.headers)
        ).status_code == 200
        for path in ("/api/v1/chat", compat):
            refused = await server.http.post(path, json={"message": "hi"}, headers=alice.headers)
            body = problem(refused, 429)
            assert body["detail"].startswith("Too many chat messages in a short time; try again")
            retry_after_rest_of_day(refused)
        await say(server.http, bob, "hi")  # a limit per user
        # Writes are counted apart: Alice may still change her tasks.
        added = await server.http.post(
            "/api/v1/tasks", json={"title": "Buy milk"}, headers=alice.headers
        )
        assert added.status_code == 201


async def test_the_chat_limit_is_shared_by_replicas_through_redis(
    tmp_path: Path, clock: FixedClock, database_url: str
) -> None:
    from redis.asyncio import Redis

    probe = Redis.from_url(REDIS_URL)
    try:
        await probe.ping()
    except Exception as exc:  # any failure means: no Redis here
        missing_service(f"Redis at {REDIS_URL} is not usable: {exc}")
    finally:
        await probe.aclose()
    settings = api_settings(database_url, tmp_path, chat_rate_limit="2/day", redis_url=REDIS_URL)
    async with serve(settings, clock) as one, serve(settings, clock) as other:
        alice = await add_user(one.app)
        await say(one.http, alice, "hi")
        await say(other.http, alice, "hello")
        problem(
            await one.http.post("/api/v1/chat", json={"message": "hi"}, headers=alice.headers),
            429,
        )


async def test_tool_calls_that_change_tasks_count_as_writes(
    tmp_path: Path, clock: FixedClock, database_url: str
) -> None:
    # A turn is one write; each task it adds is another.
    settings = api_settings(database_url, tmp_path, write_rate_limit="3/day")
    async with serve(settings, clock) as server:
        alice = await add_user(server.app)
        first = await say(server.http, alice, "Add a task to buy milk")
        assert first["tool_calls"][0]["result"]["status"] == "created"
        second = await say(server.http, alice, "Add a task to call mom")
        [call] = second["tool_calls"]
        assert call["tool"] == "add_task"
        assert call["result"]["error"].startswith("Too many changes in a short time; try again")
        assert [task["title"] for task in await tasks_of(server.http, alice)] == ["Buy milk"]
