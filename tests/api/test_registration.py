"""Registration: open, by invitation or closed; invitations; one first admin, even at once."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from todo.adapters.clock import FixedClock
from todo.services import registration
from todo.services.users import ensure_local_user

from .conftest import PASSWORD, Account, api_settings
from .helpers import (
    Server,
    add_user,
    database_state,
    headers_of,
    problem,
    serve,
    unique_email,
    writes_held,
)

pytestmark = pytest.mark.anyio

REGISTER = "/api/v1/auth/register"
POLICY = "/api/v1/auth/registration"
INVITATIONS = "/api/v1/admin/invitations"


async def register(http: httpx.AsyncClient, email: str, **fields: Any) -> httpx.Response:
    return await http.post(REGISTER, json={"email": email, "password": PASSWORD, **fields})


async def can_sign_in(server: Server, email: str) -> bool:
    response = await server.http.post(
        "/api/v1/auth/token", data={"username": email, "password": PASSWORD}
    )
    return response.status_code == 200


async def roles_of(server: Server, emails: list[str]) -> list[str]:
    async with server.app.engine.connect() as connection:
        rows = await connection.execute(
            text("SELECT email, role FROM users ORDER BY email"),
        )
        return [role for email, role in rows if email in emails]


# --- the three policies ---------------------------------------------------------------------


async def test_open_registration_is_the_default_outside_production(
    database_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    async with serve(api_settings(database_url, tmp_path), clock) as server:
        assert (await server.http.get(POLICY)).json() == {"registration": "open"}
        email = unique_email()
        assert (await register(server.http, email)).status_code == 202
        assert await can_sign_in(server, email)


@pytest.mark.parametrize(
    "overrides",
    [{"registration": "closed"}, {"env": "production"}],
    ids=["closed", "production's default"],
)
async def test_closed_registration_opens_no_account(
    database_url: str, clock: FixedClock, tmp_path: Path, overrides: dict[str, str]
) -> None:
    async with serve(api_settings(database_url, tmp_path, **overrides), clock) as server:
        assert (await server.http.get(POLICY)).json() == {"registration": "closed"}
        before = await database_state(server.app, [])
        email = unique_email()
        refused = problem(await register(server.http, email), 403)
        assert refused["detail"] == registration.CLOSED
        assert await database_state(server.app, []) == before
        assert not await can_sign_in(server, email)


async def pending_ids(server: Server, admin: Account) -> list[int]:
    listed = await server.http.get(INVITATIONS, headers=admin.headers)
    return [item["id"] for item in listed.json()]


# --- invitations --------------------------------------------------------------------------------


@pytest.fixture
async def invite_only(
    database_url: str, clock: FixedClock, tmp_path: Path
) -> AsyncIterator[Server]:
    settings = api_settings(database_url, tmp_path, registration="invite")
    async with serve(settings, clock) as server:
        yield server


async def invite(server: Server, admin: Account, **fields: Any) -> dict[str, Any]:
    response = await server.http.post(INVITATIONS, json=fields, headers=admin.headers)
    assert response.status_code == 201, response.text
    assert response.headers["cache-control"] == "no-store"
    created: dict[str, Any] = response.json()
    return created


async def test_an_invitation_opens_one_account_once(invite_only: Server) -> None:
    server, http = invite_only, invite_only.http
    assert (await http.get(POLICY)).json() == {"registration": "invite"}
    admin = await add_user(server.app, role="admin")
    created = await invite(server, admin)
    code = created["code"]
    assert code.startswith("todo_inv_")
    assert created["hint"] == code[:13]
    assert created["email"] is None
    assert created["expires_at"] == "2026-12-03T10:00:00Z"  # seven days by default

    stored = repr(await database_state(server.app, [admin.id]))
    assert code not in stored
    assert hashlib.sha256(code.encode()).hexdigest() in stored
    listed = (await http.get(INVITATIONS, headers=admin.headers)).json()
    assert {key: value for key, value in created.items() if key != "code"} in listed

    before = await database_state(server.app, [])
    for fields in ({}, {"invitation": "todo_inv_made-up"}):
        body = problem(await register(http, unique_email(), **fields), 422)
        assert body["errors"][0]["field"] == "invitation"
    assert await database_state(server.app, []) == before

    first = unique_email()
    assert (await register(http, first, invitation=code)).status_code == 202
    assert await can_sign_in(server, first)
    second = unique_email()
    used = problem(await register(http, second, invitation=code), 422)
    assert used["detail"] == registration.BAD_INVITATION
    assert not await can_sign_in(server, second)
    assert created["id"] not in await pending_ids(server, admin)


async def test_an_invitation_for_one_email_admits_only_that_one(invite_only: Server) -> None:
    server = invite_only
    admin = await add_user(server.app, role="admin")
    invited = unique_email("invited")
    code = (await invite(server, admin, email=invited.upper(), expires_in_days=2))["code"]
    stranger = unique_email("stranger")
    problem(await register(server.http, stranger, invitation=code), 422)
    assert (await register(server.http, invited, invitation=code)).status_code == 202
    assert await can_sign_in(server, invited)
    assert not await can_sign_in(server, stranger)


async def test_an_invitation_expires_and_can_be_withdrawn(
    invite_only: Server, clock: FixedClock
) -> None:
    server, http = invite_only, invite_only.http
    admin = await add_user(server.app, role="admin")
    first = await invite(server, admin, expires_in_days=1)
    short, short_id = first["code"], first["id"]
    withdrawn = await invite(server, admin)
    assert (
        await http.delete(f"{INVITATIONS}/{withdrawn['id']}", headers=admin.headers)
    ).status_code == 204
    problem(await http.delete(f"{INVITATIONS}/{withdrawn['id']}", headers=admin.headers), 404)
    problem(await register(http, unique_email(), invitation=withdrawn["code"]), 422)
    clock.advance(timedelta(days=1))
    problem(await register(http, unique_email(), invitation=short), 422)
    fresh = headers_of(server.app, admin, role="admin")  # the first access token has expired
    listed = (await http.get(INVITATIONS, headers=fresh)).json()
    assert {short_id, withdrawn["id"]}.isdisjoint(item["id"] for item in listed)


async def test_an_invitation_used_for_a_taken_email_is_used_up_and_says_nothing(
    invite_only: Server,
) -> None:
    server = invite_only
    admin = await add_user(server.app, role="admin")
    member = await add_user(server.app)
    code = (await invite(server, admin))["code"]
    taken = await register(server.http, member.email, invitation=code)
    assert taken.status_code == 202
    assert taken.json()["detail"] == registration.ACCEPTED
    problem(await register(server.http, unique_email(), invitation=code), 422)


async def test_one_invitation_used_twice_at_once_opens_one_account(invite_only: Server) -> None:
    server = invite_only
    admin = await add_user(server.app, role="admin")
    code = (await invite(server, admin))["code"]
    emails = [unique_email(f"race{index}") for index in range(4)]
    answers = await asyncio.gather(
        *(register(server.http, email, invitation=code) for email in emails)
    )
    assert sorted(answer.status_code for answer in answers) == [202, 422, 422, 422]
    assert len(await roles_of(server, emails)) == 1


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"expires_in_days": 0}, "expires_in_days"),
        ({"expires_in_days": 31}, "expires_in_days"),
        ({"email": "not-an-address"}, "email"),
        ({"email": "a\u0000@example.test"}, "email"),
        ({"code": "mine"}, "code"),
    ],
)
async def test_bad_invitation_requests_get_422(
    invite_only: Server, body: dict[str, Any], field: str
) -> None:
    admin = await add_user(invite_only.app, role="admin")
    response = await invite_only.http.post(INVITATIONS, json=body, headers=admin.headers)
    assert problem(response, 422)["errors"][0]["field"] == field


# --- the first admin ------------------------------------------------------------------------------


async def test_first_registrations_at_once_make_exactly_one_admin(
    own_database_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    """Outside production the first account opened over the API is the admin. Several first
    registrations at the same moment (each its own transaction: READ COMMITTED on PostgreSQL,
    SQLite's single writer) must still make one admin only — here each of them has read the
    database before any of them writes."""
    async with serve(api_settings(own_database_url, tmp_path), clock) as server:
        await ensure_local_user(server.app.uow(), timezone="UTC")  # the console's user
        emails = [unique_email(f"first{index}") for index in range(4)]
        async with writes_held(server, own_database_url, "users") as release:
            sent = [asyncio.create_task(register(server.http, email)) for email in emails]
            await release(len(emails))
            answers = await asyncio.gather(*sent)
        assert [answer.status_code for answer in answers] == [202] * 4
        roles = await roles_of(server, emails)
        assert sorted(roles) == ["admin", "user", "user", "user"]
        later = unique_email("later")
        assert (await register(server.http, later)).status_code == 202
        assert await roles_of(server, [later]) == ["user"]


async def test_production_never_makes_an_admin_over_the_api(
    own_database_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    settings = api_settings(own_database_url, tmp_path, env="production", registration="open")
    async with serve(settings, clock) as server:
        email = unique_email("first")
        assert (await register(server.http, email)).status_code == 202
        assert await roles_of(server, [email]) == ["user"]


# --- what registration accepts ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ('"name": "Ada\\u0000"', "name"),
        ('"name": "\\ud800"', "name"),
        ('"password": "correct horse\\u0000"', "password"),
        ('"timezone": "UTC\\u0000"', "timezone"),
        ('"email": "ada\\u0000@example.test"', "email"),
        ('"invitation": "\\udfff"', "invitation"),
    ],
)
async def test_text_a_database_cannot_hold_is_refused(
    database_url: str, clock: FixedClock, tmp_path: Path, raw: str, field: str
) -> None:
    async with serve(api_settings(database_url, tmp_path), clock) as server:
        before = await database_state(server.app, [])
        fields = {
            "email": f'"{unique_email()}"',
            "password": f'"{PASSWORD}"',
        }
        name = raw.split(":")[0].strip('"')
        fields[name] = raw.split(":", 1)[1].strip()
        body = "{" + ", ".join(f'"{key}": {value}' for key, value in fields.items()) + "}"
        response = await server.http.post(
            REGISTER, content=body.encode(), headers={"Content-Type": "application/json"}
        )
        assert problem(response, 422)["errors"][0]["field"] == field
        assert await database_state(server.app, []) == before
