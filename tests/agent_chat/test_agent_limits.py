"""What the agent may cost: the tokens each turn spends, the history it is shown, and the chat
limits over HTTP (a daily token budget, one turn at a time) against the scripted endpoint."""

from __future__ import annotations

import asyncio
import json
import math
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from todo.adapters.clock import FixedClock
from todo.domain.assistant.chat import HISTORY_CHARS, PastMessage, ToolCalled
from todo.entrypoints.server import create_app
from todo.services.assistant.turn import BUSY

from ..api.conftest import Account, api_settings
from ..api.helpers import Server, add_user, on_a_port, problem, serve, url_of
from .conftest import Chat
from .fake_openai import USAGE, FakeOpenAI, messages, text_of

pytestmark = pytest.mark.anyio

PER_ANSWER = sum(USAGE)  # tokens each scripted answer reports
DAY = 86400
WAIT = 10.0


# --- the engine ---------------------------------------------------------------------------


async def test_each_model_call_asks_for_and_counts_its_tokens(chat: Chat, fake: FakeOpenAI) -> None:
    fake.call("add_task", {"title": "Buy milk"})
    fake.say("Added 'Buy milk'.")
    reply = await chat("add a task to buy milk")
    assert len(fake.requests) == 2
    assert all(body["stream_options"] == {"include_usage": True} for body in fake.requests)
    assert reply.tokens == 2 * PER_ANSWER


async def test_calls_an_endpoint_reports_nothing_for_are_estimated(
    chat: Chat, fake: FakeOpenAI
) -> None:
    fake.usage = None
    fake.say("Hello!")
    reply = await chat("hi")
    [body] = fake.requests
    sent = len(json.dumps(body))  # the instructions, the tool schemas, the message
    assert sent / 8 <= reply.tokens <= sent / 2


async def test_a_reply_cut_short_still_counts_the_calls_it_made(
    chat: Chat, fake: FakeOpenAI
) -> None:
    fake.call("add_task", {"title": "Buy milk"})
    fake.say("Added 'Buy milk'.")
    turn = chat.turn("add a task to buy milk")
    replying = chat.engine.reply(turn)
    async for event in replying:
        if isinstance(event, ToolCalled):
            break  # the reader goes away after the first tool call
    await replying.aclose()  # as the chat service does when its caller leaves
    assert turn.usage.tokens >= PER_ANSWER


async def test_the_model_is_shown_the_newest_history_that_fits(
    chat: Chat, fake: FakeOpenAI
) -> None:
    history = tuple(
        PastMessage("user" if index % 2 == 0 else "assistant", f"{index:02d} " + "x" * 4997)
        for index in range(20)
    )  # 100,000 characters
    fake.say("OK.")
    await chat("and now?", history)
    [body] = fake.requests
    shown = [
        text_of(message.get("content"))
        for message in body["messages"][1:-1]  # between the instructions and the new message
    ]
    assert sum(len(text) for text in shown) <= HISTORY_CHARS
    assert shown[-1] == history[-1].content  # the newest whole
    assert [text[:2] for text in shown][-3:] == ["17", "18", "19"]
    assert messages(body, "user")[-1] == "and now?"


# --- over HTTP ----------------------------------------------------------------------------


async def say(server: Server, who: Account, message: str, path: str = "/api/v1/chat") -> Any:
    return await server.http.post(
        path.format(user_id=who.id), json={"message": message}, headers=who.headers
    )


async def test_a_user_past_the_daily_token_budget_is_refused_without_a_model_call(
    database_url: str, clock: FixedClock, tmp_path: Path, fake: FakeOpenAI
) -> None:
    settings = api_settings(
        database_url, tmp_path, llm_base_url=fake.base_url, chat_daily_tokens=3 * PER_ANSWER
    )
    async with serve(settings, clock) as server:
        alice, bob = await add_user(server.app), await add_user(server.app)
        fake.call("add_task", {"title": "Buy milk"})
        fake.say("Added 'Buy milk'.")
        assert (await say(server, alice, "add a task to buy milk")).status_code == 200
        fake.say("You have one task.")
        assert (await say(server, alice, "what is on my list?")).status_code == 200  # 3 calls
        asked = len(fake.requests)
        for path in ("/api/v1/chat", "/api/{user_id}/chat"):
            refused = await say(server, alice, "and now?", path)
            body = problem(refused, 429)
            assert body["detail"].startswith(
                f"You have used today's {3 * PER_ANSWER} tokens of the language model; chat "
                "again in "
            )
            retry_after = int(refused.headers["retry-after"])
            assert abs(retry_after - math.ceil(DAY - time.time() % DAY)) <= 2
        assert len(fake.requests) == asked  # no model call for a refused turn
        fake.say("Hi Bob.")
        assert (await say(server, bob, "hello")).status_code == 200  # a budget per user


async def test_the_offline_engine_spends_no_budget(
    database_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    settings = api_settings(database_url, tmp_path, chat_engine="offline", chat_daily_tokens=1)
    async with serve(settings, clock) as server:
        alice = await add_user(server.app)
        for message in ("add a task to buy milk", "what's pending?", "help"):
            assert (await say(server, alice, message)).status_code == 200


async def test_one_turn_at_a_time_per_user(
    database_url: str, clock: FixedClock, tmp_path: Path, fake: FakeOpenAI
) -> None:
    settings = api_settings(database_url, tmp_path, llm_base_url=fake.base_url)
    async with serve(settings, clock) as server:
        alice, bob = await add_user(server.app), await add_user(server.app)
        fake.stall(1.0)  # every answer takes a second
        async with anyio.create_task_group() as group:
            first: list[httpx.Response] = []

            async def slow_turn() -> None:
                first.append(await say(server, alice, "add a task to buy milk"))

            group.start_soon(slow_turn)
            with anyio.fail_after(WAIT):
                while not fake.requests:  # noqa: ASYNC110  (the turn is at the model)
                    await asyncio.sleep(0.01)
            for path in ("/api/v1/chat", "/api/{user_id}/chat"):
                body = problem(await say(server, alice, "and this too", path), 409)
                assert body["detail"] == BUSY
            assert (await say(server, bob, "hello")).status_code == 200  # others are not held
        assert first[0].status_code == 200
        assert (await say(server, alice, "and this too")).status_code == 200  # free again


async def test_a_client_that_leaves_a_stream_early_frees_its_turn(
    database_url: str, clock: FixedClock, tmp_path: Path, fake: FakeOpenAI
) -> None:
    settings = api_settings(database_url, tmp_path, llm_base_url=fake.base_url)
    api = create_app(settings, clock=clock)
    async with on_a_port(api) as uvicorn_server, httpx.AsyncClient(timeout=WAIT) as http:
        alice = await add_user(api.state.todo)
        fake.stall(0.5)
        url = url_of(uvicorn_server) + "/api/v1/chat"
        headers = {**alice.headers, "Accept": "text/event-stream"}
        async with http.stream("POST", url, json={"message": "hi"}, headers=headers) as stream:
            lines = stream.aiter_lines()
            assert await anext(lines) == "event: conversation"
            conversation = json.loads((await anext(lines)).removeprefix("data: "))
        # The client is gone: the turn ends, its reply is stored, the user may chat again.
        with anyio.fail_after(WAIT):
            while alice.id in api.state.todo.chat_turns:  # noqa: ASYNC110
                await asyncio.sleep(0.01)
        stored = await http.get(
            url_of(uvicorn_server)
            + f"/api/v1/conversations/{conversation['conversation_id']}/messages",
            headers=alice.headers,
        )
        assert [message["role"] for message in stored.json()["items"]] == ["user", "assistant"]
        again = await http.post(url, json={"message": "hello again"}, headers=alice.headers)
        assert again.status_code == 200, again.text
