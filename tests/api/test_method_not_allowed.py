"""A method a path does not take is 405, a problem whose ``Allow`` names the methods it does take
— all of them, also where several routes serve one path."""

from __future__ import annotations

import httpx
import pytest

from tests.api.conftest import Account

pytestmark = pytest.mark.anyio


async def test_405_names_every_method_the_path_allows(
    client: httpx.AsyncClient, alice: Account
) -> None:
    task = (
        await client.post("/api/v1/tasks", json={"title": "Milk"}, headers=alice.headers)
    ).json()
    one = f"/api/v1/tasks/{task['id']}"
    cases = [
        ("PUT", "/api/v1/tasks", "GET, POST"),
        ("DELETE", one, None),  # allowed: the control case
        ("PUT", one, "GET, PATCH, DELETE"),
        ("PATCH", f"{one}/complete", "POST"),
        ("PUT", "/healthz", "GET"),
        ("PATCH", f"/api/{alice.id}/tasks", "GET, POST"),
        ("POST", f"/api/{alice.id}/tasks/{task['id']}", "GET, PUT, DELETE"),
        ("PUT", "/app/index.html", "GET, HEAD"),
    ]
    for method, path, allow in cases:
        response = await client.request(method, path, headers=alice.headers)
        if allow is None:
            assert response.status_code != 405, (method, path)
            continue
        assert response.status_code == 405, (method, path, response.text)
        assert response.headers["allow"] == allow, (method, path)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["detail"] == f"{method} is not allowed on {path}."


async def test_a_version_in_the_place_of_a_user_id_is_not_a_contract_path(
    client: httpx.AsyncClient, alice: Account
) -> None:
    missing = await client.get("/api/v2/tasks", headers=alice.headers)
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
