"""Requests that race to create the same things: one task per Idempotency-Key, one row per new
tag, and never a 500 — on SQLite and PostgreSQL, with requests truly interleaved."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import anyio
import httpx
import pytest

from tests.api.conftest import Account

pytestmark = pytest.mark.anyio

TASKS = "/api/v1/tasks"


async def _at_once(
    count: int, send: Callable[[int], Awaitable[httpx.Response]]
) -> list[httpx.Response]:
    responses: list[httpx.Response] = []

    async def one(index: int) -> None:
        responses.append(await send(index))

    async with anyio.create_task_group() as group:
        for index in range(count):
            group.start_soon(one, index)
    return responses


async def test_one_idempotency_key_sent_ten_times_at_once_creates_one_task(
    client: httpx.AsyncClient, alice: Account
) -> None:
    headers = {**alice.headers, "Idempotency-Key": "pay-rent-once"}

    async def send(_: int) -> httpx.Response:
        return await client.post(TASKS, json={"title": "Pay rent"}, headers=headers)

    responses = await _at_once(10, send)

    created = [response for response in responses if response.status_code == 201]
    waiting = [response for response in responses if response.status_code == 409]
    assert len(created) + len(waiting) == 10, [r.status_code for r in responses]
    assert len({response.text for response in created}) == 1  # one task, the same body each time
    first = [r for r in created if "idempotent-replayed" not in r.headers]
    assert len(first) == 1
    for response in waiting:
        assert response.headers["Retry-After"] == "1"
        assert "still in progress" in response.json()["detail"]
    listed = (await client.get(TASKS, headers=alice.headers)).json()["items"]
    assert [task["title"] for task in listed] == ["Pay rent"]


async def test_new_tags_added_by_ten_requests_at_once_are_one_tag_each(
    client: httpx.AsyncClient, alice: Account
) -> None:
    async def send(index: int) -> httpx.Response:
        tags = ["brandnew", "alpha", "beta"] if index % 2 else ["beta", "alpha", "brandnew"]
        body = {"title": f"Task {index}", "tags": tags}
        return await client.post(TASKS, json=body, headers=alice.headers)

    responses = await _at_once(10, send)

    assert [response.status_code for response in responses] == [201] * 10, [
        response.text for response in responses if response.status_code != 201
    ]
    tags = (await client.get("/api/v1/tags", headers=alice.headers)).json()
    assert tags == [
        {"name": name, "open": 10, "total": 10} for name in ("alpha", "beta", "brandnew")
    ]
