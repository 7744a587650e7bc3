"""Inputs past what the database can hold or plan are refused up front, on both databases: ids
beyond the 32-bit columns name nothing (404), and a task list filters by at most 20 tags."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from todo.adapters.clock import FixedClock
from todo.domain.task_query import TAG_FILTERS_MAX

from .conftest import Account, api_settings
from .helpers import Server, add_user, problem, serve

pytestmark = pytest.mark.anyio

#: Past the 32-bit INTEGER id columns of PostgreSQL, yet a valid 64-bit path parameter.
BEYOND_32_BITS = 2**40


@pytest.fixture
async def server(database_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[Server]:
    async with serve(api_settings(database_url, tmp_path), clock) as started:
        yield started


def _integer_path_operations(document: dict[str, Any]) -> list[tuple[str, str]]:
    found = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            parameters = [p for p in operation.get("parameters", []) if p["in"] == "path"]
            if any(p["schema"].get("type") == "integer" for p in parameters):
                found.append((method.upper(), path))
    return found


async def test_every_id_beyond_the_column_is_not_found(server: Server) -> None:
    admin = await add_user(server.app, role="admin")
    document = (await server.http.get("/openapi.json")).json()
    operations = _integer_path_operations(document)
    assert ("GET", "/api/v1/tasks/{task_id}/activity") in operations
    for method, path in operations:
        url = path.replace("{user_id}", admin.id)
        ids = ("task_id", "conversation_id", "notification_id", "token_id", "project_id")
        for name in (*ids, "comment_id"):
            url = url.replace("{" + name + "}", str(BEYOND_32_BITS))
        url = url.replace("{letter_id}", str(BEYOND_32_BITS))
        url = url.replace("{invitation_id}", str(BEYOND_32_BITS))
        url = url.replace("{member}", admin.id)
        assert "{" not in url, url
        body: dict[str, Any] | None = {} if method in ("PATCH", "PUT") else None
        if path.endswith(("/quick", "/comments", "{comment_id}")) and method != "GET":
            body = {"text": "x"}
        if path.endswith("/members"):
            body = {"email": "guest@example.test"}
        if path.endswith("/members/{member}") and method == "PATCH":
            body = {"role": "viewer"}
        response = await server.http.request(method, url, json=body, headers=admin.headers)
        problem(response, 404)


async def test_an_id_no_64_bit_integer_holds_is_invalid(
    client: httpx.AsyncClient, alice: Account
) -> None:
    response = await client.get(f"/api/v1/tasks/{2**63}/activity", headers=alice.headers)
    assert problem(response, 422)["errors"][0]["field"] == "task_id"


async def _task(client: httpx.AsyncClient, who: Account, title: str, tags: list[str]) -> int:
    created = await client.post(
        "/api/v1/tasks", json={"title": title, "tags": tags}, headers=who.headers
    )
    assert created.status_code == 201, created.text
    task_id: int = created.json()["id"]
    return task_id


async def _titles(client: httpx.AsyncClient, who: Account, params: Any) -> set[str]:
    response = await client.get("/api/v1/tasks", params=params, headers=who.headers)
    assert response.status_code == 200, response.text
    return {task["title"] for task in response.json()["items"]}


async def test_a_list_filters_by_every_tag_given(
    client: httpx.AsyncClient, alice: Account, bob: Account
) -> None:
    await _task(client, alice, "home and work", ["home", "work"])
    await _task(client, alice, "home only", ["home"])
    await _task(client, alice, "work only", ["Work"])
    await _task(client, alice, "all three", ["home", "work", "urgent"])
    await _task(client, alice, "none", [])
    await _task(client, bob, "bob's home and work", ["home", "work"])

    assert await _titles(client, alice, [("tag", "home")]) == {
        "home and work",
        "home only",
        "all three",
    }
    both = {"home and work", "all three"}
    assert await _titles(client, alice, [("tag", "home"), ("tag", "work")]) == both
    # Case, a leading '#' and repetition do not change what "every tag" means.
    repeated = [("tag", "HOME"), ("tag", "#work"), ("tag", "home"), ("tag", "Work")]
    assert await _titles(client, alice, repeated) == both
    three = [("tag", "home"), ("tag", "work"), ("tag", "urgent")]
    assert await _titles(client, alice, three) == {"all three"}
    assert await _titles(client, alice, [("tag", "home"), ("tag", "nowhere")]) == set()


async def test_a_list_filters_by_as_many_tags_as_a_task_carries(
    client: httpx.AsyncClient, alice: Account
) -> None:
    every = [f"t{i}" for i in range(TAG_FILTERS_MAX)]
    await _task(client, alice, "carries all", every)
    await _task(client, alice, "misses one", every[1:])
    wanted = [("tag", tag) for tag in every]
    assert await _titles(client, alice, wanted) == {"carries all"}


@pytest.mark.parametrize("count", [TAG_FILTERS_MAX + 1, 1200])
async def test_more_tag_filters_than_a_task_can_carry_are_refused(
    client: httpx.AsyncClient, alice: Account, count: int
) -> None:
    params = [("tag", f"t{i}") for i in range(count)]
    response = await client.get("/api/v1/tasks", params=params, headers=alice.headers)
    body = problem(response, 422)
    assert body["errors"][0]["field"] == "tag"
    assert f"at most {TAG_FILTERS_MAX} tags" in body["detail"]
    assert str(count) in body["detail"]


async def test_a_priority_repeated_many_times_is_one_filter(
    client: httpx.AsyncClient, alice: Account
) -> None:
    await _task(client, alice, "plain", [])
    high = await client.post(
        "/api/v1/tasks", json={"title": "high", "priority": "high"}, headers=alice.headers
    )
    assert high.status_code == 201
    params = [("priority", "high")] * 1200 + [("priority", "urgent")] * 1200
    assert await _titles(client, alice, params) == {"high"}
