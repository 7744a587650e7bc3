"""The events over HTTP, with the workers inside the server (the embedded default): recurring
tasks come back, the activity log tells the story, reminders become notifications, and a broker
that is down stops nothing but shows in /readyz."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from todo.adapters.clock import FixedClock

from .conftest import api_settings
from .helpers import Server, add_user, problem, serve

pytestmark = pytest.mark.anyio

Body = dict[str, Any]


@pytest.fixture
async def server(own_database_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[Server]:
    settings = api_settings(
        own_database_url,
        tmp_path,
        workers_in_server="auto",
        relay_in_server=True,
        reminder_interval_seconds=0.02,
    )
    async with serve(settings, clock) as started:
        yield started


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if await check():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("it did not happen in time")


async def test_a_daily_task_completed_through_the_api_comes_back_tomorrow(
    server: Server,
) -> None:
    http = server.http
    alice = await add_user(server.app, timezone="Europe/Berlin")
    created = await http.post(
        "/api/v1/tasks",
        json={"title": "Stretch", "due_at": "today 18:00", "recurrence": "daily", "tags": ["me"]},
        headers=alice.headers,
    )
    assert created.status_code == 201, created.text
    task = created.json()
    toggled = await http.patch(
        f"/api/{alice.id}/tasks/{task['id']}/complete", headers=alice.headers
    )
    assert toggled.json()["completed"] is True

    async def pending() -> list[Body]:
        listed = await http.get(
            "/api/v1/tasks", params={"status": "pending"}, headers=alice.headers
        )
        items: list[Body] = listed.json()["items"]
        return items

    async def came_back() -> bool:
        return len(await pending()) == 1

    await eventually(came_back)
    [following] = await pending()
    assert (following["title"], following["tags"]) == ("Stretch", ["me"])
    assert following["due_at"] == "2026-11-27T17:00:00Z"  # tomorrow, 18:00 in Berlin
    assert (
        following["series_id"]
        == (await http.get(f"/api/v1/tasks/{task['id']}", headers=alice.headers)).json()[
            "series_id"
        ]
    )

    async def told() -> bool:
        story = await http.get(f"/api/v1/tasks/{task['id']}/activity", headers=alice.headers)
        return [entry["action"] for entry in story.json()["items"]] == ["created", "completed"]

    await eventually(told)

    async def born() -> bool:  # the next one's own creation is logged by the workers too
        story = await http.get(f"/api/v1/tasks/{following['id']}/activity", headers=alice.headers)
        return len(story.json()["items"]) == 1

    await eventually(born)
    story = await http.get(f"/api/v1/tasks/{following['id']}/activity", headers=alice.headers)
    [entry] = story.json()["items"]
    assert (entry["action"], entry["actor"]) == ("created", "recurrence")


async def test_a_reminder_becomes_a_notification(server: Server, clock: FixedClock) -> None:
    http = server.http
    alice = await add_user(server.app)
    created = await http.post(
        "/api/v1/tasks",
        json={"title": "Pay rent", "remind_at": "in 10 minutes"},
        headers=alice.headers,
    )
    assert created.status_code == 201
    clock.advance(timedelta(minutes=10))

    async def arrived() -> bool:
        page = await http.get("/api/v1/notifications", headers=alice.headers)
        return page.json()["unread"] == 1

    await eventually(arrived)
    page = (await http.get("/api/v1/notifications", headers=alice.headers)).json()
    [note] = page["items"]
    assert (note["kind"], note["title"], note["task_id"]) == (
        "reminder",
        "Reminder: Pay rent",
        created.json()["id"],
    )
    read = await http.post(f"/api/v1/notifications/{note['id']}/read", headers=alice.headers)
    assert read.status_code == 200
    assert read.json()["read_at"] is not None
    unread = await http.get("/api/v1/notifications", params={"unread": True}, headers=alice.headers)
    assert unread.json() == {"items": [], "unread": 0, "next_cursor": None}
    everything = await http.post("/api/v1/notifications/read", headers=alice.headers)
    assert everything.json() == {"marked": 0}
    problem(await http.post("/api/v1/notifications/999999/read", headers=alice.headers), 404)


async def test_readyz_reports_the_broker(server: Server) -> None:
    ready = await server.http.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"database": "ok", "broker": "ok", "consumers": "ok"}


async def test_a_broker_that_is_down_stops_no_write(
    own_database_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    settings = api_settings(
        own_database_url,
        tmp_path,
        broker_url="redis://127.0.0.1:1",
        broker_prefix="down-test",
        relay_in_server=True,
    )
    async with serve(settings, clock) as down:
        alice = await add_user(down.app)
        created = await down.http.post(
            "/api/v1/tasks", json={"title": "Still saved"}, headers=alice.headers
        )
        assert created.status_code == 201
        ready = await down.http.get("/readyz")
        assert ready.status_code == 503
        body = ready.json()
        assert body["checks"]["database"] == "ok"
        assert body["checks"]["broker"] != "ok"
        listed = await down.http.get("/api/v1/tasks", headers=alice.headers)
        assert [task["title"] for task in listed.json()["items"]] == ["Still saved"]
