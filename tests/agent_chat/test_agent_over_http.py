"""Pointing ``TODO_LLM_BASE_URL`` at an OpenAI-compatible endpoint switches ``POST /api/v1/chat``
to the agent, with no other change: the same route, the same stored conversation."""

from __future__ import annotations

from pathlib import Path

import pytest

from todo.adapters.clock import FixedClock

from ..api.conftest import api_settings
from ..api.helpers import add_user, serve
from .fake_openai import FakeOpenAI, messages

pytestmark = pytest.mark.anyio


async def test_the_chat_route_runs_the_agent_when_an_llm_is_configured(
    database_url: str, clock: FixedClock, tmp_path: Path, fake: FakeOpenAI
) -> None:
    settings = api_settings(database_url, tmp_path, llm_base_url=fake.base_url, llm_model="m")
    async with serve(settings, clock) as server:
        assert server.app.chat_engine.name == "llm"
        alice = await add_user(server.app, timezone="Europe/Berlin")
        fake.call("add_task", {"title": "Call mom", "due": "tomorrow 5pm"})
        fake.say("Added 'Call mom' for Friday at 17:00.")
        answer = await server.http.post(
            "/api/v1/chat",
            json={"message": "remind me to call mom tomorrow at 5"},
            headers=alice.headers,
        )
        assert answer.status_code == 200, answer.text
        reply = answer.json()
        assert reply["response"] == "Added 'Call mom' for Friday at 17:00."
        [call] = reply["tool_calls"]
        assert call["args"] == {"title": "Call mom", "due": "tomorrow 5pm"}
        assert call["result"]["task"]["due"] == "Friday 27 November 2026, 17:00"
        tasks = await server.http.get("/api/v1/tasks", headers=alice.headers)
        assert [task["title"] for task in tasks.json()["items"]] == ["Call mom"]

        fake.say("You have one task: Call mom.")
        again = await server.http.post(
            "/api/v1/chat",
            json={"conversation_id": reply["conversation_id"], "message": "what's on my list?"},
            headers=alice.headers,
        )
        assert again.status_code == 200, again.text
        shown = messages(fake.requests[-1], "user")
        assert shown[-2:] == ["remind me to call mom tomorrow at 5", "what's on my list?"]
        assert "Added 'Call mom' for Friday at 17:00." in messages(fake.requests[-1], "assistant")


async def test_a_provider_failure_is_a_reply_and_the_message_is_kept(
    database_url: str, clock: FixedClock, tmp_path: Path, fake: FakeOpenAI
) -> None:
    settings = api_settings(database_url, tmp_path, llm_base_url=fake.base_url)
    async with serve(settings, clock) as server:
        alice = await add_user(server.app)
        fake.fail(500)
        answer = await server.http.post(
            "/api/v1/chat", json={"message": "Add a task to buy milk"}, headers=alice.headers
        )
        assert answer.status_code == 200, answer.text
        reply = answer.json()
        assert reply["tool_calls"] == []
        assert "nothing was changed" in reply["response"]
        stored = await server.http.get(
            f"/api/v1/conversations/{reply['conversation_id']}/messages", headers=alice.headers
        )
        assert [(m["role"], m["content"]) for m in stored.json()["items"]] == [
            ("user", "Add a task to buy milk"),
            ("assistant", reply["response"]),
        ]
        tasks = await server.http.get("/api/v1/tasks", headers=alice.headers)
        assert tasks.json()["items"] == []
