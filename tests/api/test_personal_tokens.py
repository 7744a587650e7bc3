"""Personal access tokens: shown once, stored as a hash, scoped, revocable and expiring."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from todo.adapters.clock import FixedClock
from todo.services.personal_tokens import MAX_LIVE_TOKENS

from .conftest import Account, api_settings
from .helpers import (
    Server,
    add_user,
    bearer,
    database_state,
    headers_of,
    problem,
    serve,
    unauthorized,
)

pytestmark = pytest.mark.anyio

TOKENS = "/api/v1/tokens"


@pytest.fixture
async def server(database_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[Server]:
    async with serve(api_settings(database_url, tmp_path), clock) as started:
        yield started


@pytest.fixture
async def alice(server: Server) -> Account:
    return await add_user(server.app)


async def create_token(
    http: httpx.AsyncClient, owner: dict[str, str], *scopes: str, **fields: Any
) -> dict[str, Any]:
    body = {"name": "script", "scopes": list(scopes), **fields}
    response = await http.post(TOKENS, json=body, headers=owner)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def test_created_token_is_shown_once_and_stored_as_a_hash(
    server: Server, alice: Account, clock: FixedClock
) -> None:
    http = server.http
    response = await http.post(
        TOKENS,
        json={"name": "CI", "scopes": ["tasks:write", "tasks:read"], "expires_in_days": 30},
        headers=alice.headers,
    )
    assert response.status_code == 201
    assert response.headers["cache-control"] == "no-store"
    created = response.json()
    secret = created["token"]
    assert secret.startswith("todo_pat_")
    assert len(secret) >= len("todo_pat_") + 43  # 256 random bits, URL-safe base64
    assert created["hint"] == secret[:13]
    assert created["scopes"] == ["tasks:read", "tasks:write"]
    assert created["name"] == "CI"
    assert created["expires_at"] == (clock.now() + timedelta(days=30)).isoformat().replace(
        "+00:00", "Z"
    )
    assert created["last_used_at"] is None

    later = await create_token(http, alice.headers, "chat", name="Assistant")
    listed = await http.get(TOKENS, headers=alice.headers)
    assert listed.status_code == 200
    assert secret not in listed.text
    assert later["token"] not in listed.text
    assert [token["name"] for token in listed.json()] == ["Assistant", "CI"]  # newest first
    assert all("token" not in token for token in listed.json())
    assert listed.json()[1] == {key: value for key, value in created.items() if key != "token"}

    state = await database_state(server.app, [alice.id])
    stored = repr(state["personal_access_tokens"])
    assert secret not in stored
    assert secret[13:] not in stored
    assert hashlib.sha256(secret.encode()).hexdigest() in stored

    clock.advance(timedelta(minutes=5))
    used = await http.get("/api/v1/tasks", headers=bearer(secret))
    assert used.status_code == 200
    again = (await http.get(TOKENS, headers=alice.headers)).json()
    assert again[1]["last_used_at"] == clock.now().isoformat().replace("+00:00", "Z")
    assert again[0]["last_used_at"] is None


async def test_read_only_token_reads_and_cannot_write(server: Server, alice: Account) -> None:
    http = server.http
    task = await http.post(
        "/api/v1/tasks", json={"title": "Pay rent", "tags": ["home"]}, headers=alice.headers
    )
    task_url = f"/api/v1/tasks/{task.json()['id']}"
    reader = bearer((await create_token(http, alice.headers, "tasks:read"))["token"])

    listed = await http.get("/api/v1/tasks", headers=reader)
    assert [item["title"] for item in listed.json()["items"]] == ["Pay rent"]
    assert (await http.get(task_url, headers=reader)).json() == task.json()
    assert [tag["name"] for tag in (await http.get("/api/v1/tags", headers=reader)).json()] == [
        "home"
    ]

    before = await database_state(server.app, [alice.id])
    writes: list[tuple[str, str, dict[str, Any] | None]] = [
        ("POST", "/api/v1/tasks", {"title": "Sneaky"}),
        ("POST", "/api/v1/tasks/quick", {"text": "Sneaky tomorrow #home"}),
        ("PATCH", task_url, {"title": "Changed"}),
        ("PATCH", f"{task_url}/quick", {"text": "Changed friday"}),
        ("PATCH", "/api/v1/tags/home", {"name": "house"}),
        ("DELETE", "/api/v1/tags/home", None),
    ]
    for method, url, body in writes:
        response = await http.request(method, url, json=body, headers=reader)
        detail = problem(response, 403)["detail"]
        assert "tasks:write" in detail, (method, url)
        assert await database_state(server.app, [alice.id]) == before, (method, url)


async def test_read_only_token_cannot_complete_delete_reopen_or_restore(
    server: Server, alice: Account
) -> None:
    http = server.http
    task = await http.post("/api/v1/tasks", json={"title": "Pay rent"}, headers=alice.headers)
    task_url = f"/api/v1/tasks/{task.json()['id']}"
    reader = bearer((await create_token(http, alice.headers, "tasks:read"))["token"])
    assert (await http.get(task_url, headers=reader)).status_code == 200  # marks the token used
    before = await database_state(server.app, [alice.id])
    for method, url in [
        ("POST", f"{task_url}/complete"),
        ("DELETE", task_url),
        ("POST", f"{task_url}/reopen"),
        ("POST", f"{task_url}/restore"),
    ]:
        problem(await http.request(method, url, headers=reader), 403)
        assert await database_state(server.app, [alice.id]) == before, (method, url)


async def test_write_only_token_writes_and_cannot_read(server: Server, alice: Account) -> None:
    http = server.http
    writer = bearer((await create_token(http, alice.headers, "tasks:write"))["token"])
    created = await http.post("/api/v1/tasks", json={"title": "Blind"}, headers=writer)
    assert created.status_code == 201
    for url in ("/api/v1/tasks", f"/api/v1/tasks/{created.json()['id']}", "/api/v1/tags"):
        assert "tasks:read" in problem(await http.get(url, headers=writer), 403)["detail"]


async def test_revoked_token_stops_working(server: Server, alice: Account) -> None:
    http = server.http
    created = await create_token(http, alice.headers, "tasks:read")
    kept = await create_token(http, alice.headers, "tasks:read", name="kept")
    token = bearer(created["token"])
    assert (await http.get("/api/v1/tasks", headers=token)).status_code == 200

    revoked = await http.delete(f"{TOKENS}/{created['id']}", headers=alice.headers)
    assert revoked.status_code == 204
    unauthorized(await http.get("/api/v1/tasks", headers=token))
    assert [t["id"] for t in (await http.get(TOKENS, headers=alice.headers)).json()] == [kept["id"]]
    assert (await http.get("/api/v1/tasks", headers=bearer(kept["token"]))).status_code == 200
    problem(await http.delete(f"{TOKENS}/{created['id']}", headers=alice.headers), 404)
    problem(await http.delete(f"{TOKENS}/999999999", headers=alice.headers), 404)


async def test_expired_token_stops_working(
    server: Server, alice: Account, clock: FixedClock
) -> None:
    http = server.http
    created = await create_token(http, alice.headers, "tasks:read", expires_in_days=1)
    keeper = bearer((await create_token(http, alice.headers, "tasks:read", name="keeper"))["token"])
    token = bearer(created["token"])
    clock.advance(timedelta(days=1) - timedelta(seconds=1))
    assert (await http.get("/api/v1/tasks", headers=token)).status_code == 200
    clock.advance(timedelta(seconds=1))
    body = unauthorized(await http.get("/api/v1/tasks", headers=token))
    assert "expired" in body["detail"]
    assert (await http.get("/api/v1/tasks", headers=keeper)).status_code == 200
    listed = await http.get(TOKENS, headers=headers_of(server.app, alice))
    assert created["id"] in [t["id"] for t in listed.json()]  # expired, but still listed


async def test_a_personal_token_cannot_manage_the_account(server: Server, alice: Account) -> None:
    """A leaked token reaches tasks, never the account: no new tokens, no password change, not
    even the list of the other tokens."""
    http = server.http
    full = await create_token(http, alice.headers, "tasks:read", "tasks:write", "chat")
    reader = bearer((await create_token(http, alice.headers, "tasks:read"))["token"])
    for token in (reader, bearer(full["token"])):  # first use
        assert (await http.get("/api/v1/tasks", headers=token)).status_code == 200
    before = await database_state(server.app, [alice.id])
    for token in (reader, bearer(full["token"])):
        for method, url, body in [
            ("GET", TOKENS, None),
            ("POST", TOKENS, {"name": "wider", "scopes": ["tasks:write"]}),
            ("PATCH", "/api/v1/users/me", {"password": "taken over now"}),
            ("DELETE", f"{TOKENS}/{full['id']}", None),
        ]:
            response = await http.request(method, url, json=body, headers=token)
            detail = problem(response, 403)["detail"]
            assert "personal access token" in detail, (method, url)
            assert full["name"] not in response.text
            assert await database_state(server.app, [alice.id]) == before


async def test_a_personal_token_sees_only_the_id_and_time_zone_of_its_account(
    server: Server,
) -> None:
    """Enough for a script or an assistant to read dates as its owner does; not the e-mail,
    name or role of the account."""
    owner = await add_user(server.app, role="admin", timezone="Asia/Tokyo")
    chat_only = bearer((await create_token(server.http, owner.headers, "chat"))["token"])
    response = await server.http.get("/api/v1/users/me", headers=chat_only)
    assert response.status_code == 200
    assert response.json() == {"id": owner.id, "timezone": "Asia/Tokyo"}
    assert owner.email not in response.text
    session = (await server.http.get("/api/v1/users/me", headers=owner.headers)).json()
    assert (session["email"], session["role"]) == (owner.email, "admin")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "x", "scopes": []}, "scopes"),
        ({"name": "x", "scopes": ["admin"]}, "scopes.0"),
        ({"name": "x"}, "scopes"),
        ({"name": "", "scopes": ["chat"]}, "name"),
        ({"name": "x" * 101, "scopes": ["chat"]}, "name"),
        ({"name": "x", "scopes": ["chat"], "expires_in_days": 0}, "expires_in_days"),
        ({"name": "x", "scopes": ["chat"], "expires_in_days": 366}, "expires_in_days"),
        ({"name": "x", "scopes": ["chat"], "owner": "bob"}, "owner"),
        ({"name": "CI\u0000", "scopes": ["chat"]}, "name"),
    ],
)
async def test_bad_token_requests_get_422(
    server: Server, alice: Account, body: dict[str, Any], field: str
) -> None:
    response = await server.http.post(TOKENS, json=body, headers=alice.headers)
    assert problem(response, 422)["errors"][0]["field"] == field
    assert (await server.http.get(TOKENS, headers=alice.headers)).json() == []


async def test_live_tokens_are_limited(server: Server, alice: Account) -> None:
    http = server.http
    for index in range(MAX_LIVE_TOKENS):
        await create_token(http, alice.headers, "chat", name=f"token {index}")
    problem(
        await http.post(
            TOKENS, json={"name": "one more", "scopes": ["chat"]}, headers=alice.headers
        ),
        403,
    )
    first = (await http.get(TOKENS, headers=alice.headers)).json()[-1]
    assert (await http.delete(f"{TOKENS}/{first['id']}", headers=alice.headers)).status_code == 204
    await create_token(http, alice.headers, "chat", name="one more")
