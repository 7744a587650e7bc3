"""Accounts: register, sign in, refresh rotation, sign out, one's own account, and admin."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from todo.adapters.clock import FixedClock
from todo.domain.users import UserRegister
from todo.services import registration

from .conftest import PASSWORD, Account, api_settings
from .helpers import (
    Server,
    add_user,
    bearer,
    database_state,
    hash_of,
    headers_of,
    problem,
    serve,
    unauthorized,
    unique_email,
    writes_held,
)

pytestmark = pytest.mark.anyio

AUTH = "/api/v1/auth"
ME = "/api/v1/users/me"
ADMIN_USERS = "/api/v1/admin/users"
PUBLIC_FIELDS = {"id", "email", "name", "role", "timezone", "is_active", "created_at"}


@pytest.fixture
async def server(database_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[Server]:
    async with serve(api_settings(database_url, tmp_path), clock) as started:
        yield started


@pytest.fixture
async def member(server: Server) -> Account:
    """An account that can sign in with :data:`PASSWORD`."""
    return await add_user(
        server.app, password_hash=await hash_of(PASSWORD), timezone="Europe/Berlin"
    )


async def sign_in(server: Server, email: str, password: str = PASSWORD) -> dict[str, Any]:
    response = await server.http.post(
        f"{AUTH}/token", data={"username": email, "password": password}
    )
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    pair: dict[str, Any] = response.json()
    return pair


async def refresh(server: Server, token: str) -> Any:
    return await server.http.post(f"{AUTH}/refresh", json={"refresh_token": token})


async def test_register_and_sign_in(server: Server) -> None:
    http = server.http
    email = f"Ada-{uuid.uuid4().hex[:8]}@Example.TEST"
    registered = await http.post(
        f"{AUTH}/register",
        json={"email": email, "password": PASSWORD, "name": "Ada", "timezone": "Europe/London"},
    )
    assert registered.status_code == 202, registered.text
    assert registered.json() == {"email": email.lower(), "detail": registration.ACCEPTED}
    assert PASSWORD not in registered.text

    wrong = unauthorized(
        await http.post(f"{AUTH}/token", data={"username": email, "password": "not my password"})
    )
    unknown = unauthorized(
        await http.post(
            f"{AUTH}/token", data={"username": unique_email("nobody"), "password": PASSWORD}
        )
    )
    assert wrong["detail"] == unknown["detail"]  # which e-mails have accounts is not told

    pair = await sign_in(server, email.upper())
    assert (pair["token_type"], pair["expires_in"]) == ("bearer", 15 * 60)
    me = (await http.get(ME, headers=bearer(pair["access_token"]))).json()
    assert set(me) == PUBLIC_FIELDS
    assert (me["email"], me["name"], me["timezone"], me["is_active"]) == (
        email.lower(),
        "Ada",
        "Europe/London",
        True,
    )


async def test_registering_a_taken_email_answers_the_same_and_changes_nothing(
    server: Server, member: Account
) -> None:
    """The answer, its headers' shape and the work done (a password hashed) are those of a new
    account; the existing account keeps its password, name and sign-ins."""
    http = server.http
    pair = await sign_in(server, member.email)
    before = await database_state(server.app, [member.id])
    fresh = unique_email("fresh")
    answers = {}
    for email in (member.email.upper(), fresh):
        response = await http.post(
            f"{AUTH}/register",
            json={"email": email, "password": "another password", "name": "Mallory"},
        )
        answers[email] = response
    taken, new = answers[member.email.upper()], answers[fresh]
    assert (taken.status_code, new.status_code) == (202, 202)
    assert taken.json() == {**new.json(), "email": member.email}
    assert taken.headers.keys() == new.headers.keys()
    after = await database_state(server.app, [member.id])
    assert {k: v for k, v in after.items() if k != "counts"} == {
        k: v for k, v in before.items() if k != "counts"
    }
    unauthorized(
        await http.post(
            f"{AUTH}/token", data={"username": member.email, "password": "another password"}
        )
    )
    await sign_in(server, member.email)  # the owner's password still works
    assert (await refresh(server, pair["refresh_token"])).status_code == 200


async def test_register_refuses_bad_input(server: Server) -> None:
    before = await database_state(server.app, [])
    cases: list[tuple[dict[str, Any], str]] = [
        ({"email": "not-an-address", "password": PASSWORD}, "email"),
        ({"email": "a@b@c.test", "password": PASSWORD}, "email"),
        ({"email": unique_email(), "password": "7 chars"}, "password"),
        ({"email": unique_email(), "password": "x" * 129}, "password"),
        ({"email": unique_email(), "password": PASSWORD, "timezone": "Mars/Olympus"}, "timezone"),
        ({"email": unique_email(), "password": PASSWORD, "name": "x" * 101}, "name"),
        ({"email": unique_email(), "password": PASSWORD, "role": "admin"}, "role"),
        ({"password": PASSWORD}, "email"),
    ]
    for body, field in cases:
        response = await server.http.post(f"{AUTH}/register", json=body)
        assert problem(response, 422)["errors"][0]["field"] == field, body
    assert await database_state(server.app, []) == before


async def test_refresh_rotates_and_a_reused_token_ends_the_sign_in(
    server: Server, member: Account, clock: FixedClock
) -> None:
    first = await sign_in(server, member.email)
    other = await sign_in(server, member.email)  # another device: another family

    rotated = await refresh(server, first["refresh_token"])
    assert rotated.status_code == 200
    assert rotated.headers["cache-control"] == "no-store"
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    me = await server.http.get(ME, headers=bearer(second["access_token"]))
    assert me.json()["id"] == member.id
    third = (await refresh(server, second["refresh_token"])).json()

    reused = unauthorized(await refresh(server, first["refresh_token"]))
    assert "already used" in reused["detail"]
    unauthorized(await refresh(server, third["refresh_token"]))  # the whole family ended
    unauthorized(await refresh(server, second["refresh_token"]))

    kept = await refresh(server, other["refresh_token"])
    assert kept.status_code == 200  # the other device's sign-in goes on

    unauthorized(await refresh(server, "not-a-refresh-token"))
    assert problem(await refresh(server, ""), 422)["errors"][0]["field"] == "refresh_token"

    clock.advance(timedelta(days=30))
    unauthorized(await refresh(server, kept.json()["refresh_token"]))  # 30 days later


async def test_one_refresh_token_presented_at_once_is_honoured_once(
    server: Server, member: Account, database_url: str
) -> None:
    """Several refreshes of one token at the same moment (as a thief racing its owner would):
    exactly one gets a new pair; the others count as reuse, which ends the sign-in. All of them
    have read the token before any of them marks it used."""
    pair = await sign_in(server, member.email)
    other = await sign_in(server, member.email)  # another device
    async with writes_held(server, database_url, "refresh_tokens") as release:
        sent = [asyncio.create_task(refresh(server, pair["refresh_token"])) for _ in range(6)]
        await release(6)
        answers = await asyncio.gather(*sent)
    assert sorted(answer.status_code for answer in answers) == [200] + [401] * 5
    winner = next(answer for answer in answers if answer.status_code == 200).json()
    unauthorized(await refresh(server, winner["refresh_token"]))  # the sign-in was ended
    assert (await refresh(server, other["refresh_token"])).status_code == 200


async def test_logout_ends_the_sign_in(server: Server, member: Account) -> None:
    pair = await sign_in(server, member.email)
    rotated = (await refresh(server, pair["refresh_token"])).json()
    out = await server.http.post(f"{AUTH}/logout", json={"refresh_token": rotated["refresh_token"]})
    assert out.status_code == 204
    unauthorized(await refresh(server, rotated["refresh_token"]))
    again = await server.http.post(f"{AUTH}/logout", json={"refresh_token": pair["refresh_token"]})
    assert again.status_code == 204
    unknown = await server.http.post(f"{AUTH}/logout", json={"refresh_token": "never issued"})
    assert unknown.status_code == 204


async def test_read_and_change_ones_own_account(server: Server) -> None:
    http = server.http
    alice = await add_user(server.app, timezone="Europe/Berlin")
    me = (await http.get(ME, headers=alice.headers)).json()
    assert set(me) == PUBLIC_FIELDS
    assert (me["id"], me["email"], me["timezone"], me["role"]) == (
        alice.id,
        alice.email,
        "Europe/Berlin",
        "user",
    )

    changed = await http.patch(
        ME, json={"name": "Alice", "timezone": "Asia/Tokyo"}, headers=alice.headers
    )
    assert changed.status_code == 200
    expected = {**me, "name": "Alice", "timezone": "Asia/Tokyo"}
    assert changed.json() == expected
    assert (await http.patch(ME, json={}, headers=alice.headers)).json() == expected

    before = await database_state(server.app, [alice.id])
    for timezone in (
        "Mars/Olympus",
        "europe/berlin",
        "Europe/Berlin ",
        "",
        "../../etc/passwd",
        "/etc/localtime",
        "UTC\x00",
        "Europe/" + "x" * 100,
        42,
    ):
        response = await http.patch(ME, json={"timezone": timezone}, headers=alice.headers)
        errors = problem(response, 422)["errors"]
        assert errors[0]["field"] == "timezone", timezone
    for body, field in [
        ({"role": "admin"}, "role"),
        ({"is_active": False}, "is_active"),
        ({"email": "other@example.test"}, "email"),
        ({"password_hash": "x"}, "password_hash"),
        ({"name": "x" * 101}, "name"),
        ({"password": "short"}, "password"),
    ]:
        response = await http.patch(ME, json=body, headers=alice.headers)
        assert problem(response, 422)["errors"][0]["field"] == field, body
    assert await database_state(server.app, [alice.id]) == before
    assert (await http.get(ME, headers=alice.headers)).json() == expected


async def test_a_very_long_time_zone_is_refused_not_a_crash(server: Server) -> None:
    alice = await add_user(server.app)
    long_name = "x" * 300
    response = await server.http.patch(ME, json={"timezone": long_name}, headers=alice.headers)
    assert problem(response, 422)["errors"][0]["field"] == "timezone"


async def test_change_password(server: Server, member: Account) -> None:
    """A new password needs the current one, signs out every session and revokes every
    personal access token; the name and time zone need no password."""
    http = server.http
    pair = await sign_in(server, member.email)
    session = bearer(pair["access_token"])
    pat = await http.post(
        "/api/v1/tokens", json={"name": "script", "scopes": ["tasks:read"]}, headers=session
    )
    script = bearer(pat.json()["token"])
    assert (await http.get("/api/v1/tasks", headers=script)).status_code == 200

    before = await database_state(server.app, [member.id])
    new = {"password": "a brand new password"}
    missing = problem(await http.patch(ME, json=new, headers=session), 422)
    assert missing["errors"][0]["field"] == "current_password"
    for wrong in ("not my password", "x"):
        body = {**new, "current_password": wrong}
        assert (
            "current password"
            in problem(await http.patch(ME, json=body, headers=session), 403)["detail"]
        )
    assert await database_state(server.app, [member.id]) == before
    assert (await http.patch(ME, json={"name": "Renamed"}, headers=session)).status_code == 200

    changed = await http.patch(ME, json={**new, "current_password": PASSWORD}, headers=session)
    assert changed.status_code == 200, changed.text
    assert "password" not in changed.text
    unauthorized(await refresh(server, pair["refresh_token"]))  # every sign-in ended
    unauthorized(await http.get("/api/v1/tasks", headers=script))  # every token revoked
    assert (await http.get("/api/v1/tokens", headers=session)).json() == []
    unauthorized(
        await http.post(f"{AUTH}/token", data={"username": member.email, "password": PASSWORD})
    )
    await sign_in(server, member.email, "a brand new password")


async def test_wrong_current_passwords_are_limited(
    database_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    """A stolen access token cannot guess the current password for long."""
    settings = api_settings(database_url, tmp_path, login_rate_limit="2/day")
    async with serve(settings, clock) as server:
        member = await add_user(server.app, password_hash=await hash_of(PASSWORD))
        guess = {"password": "a brand new password", "current_password": "a wrong guess"}
        for _ in range(2):
            problem(await server.http.patch(ME, json=guess, headers=member.headers), 403)
        right = {**guess, "current_password": PASSWORD}
        problem(await server.http.patch(ME, json=right, headers=member.headers), 429)
        name = await server.http.patch(ME, json={"name": "Still me"}, headers=member.headers)
        assert name.status_code == 200


async def test_an_account_without_a_password_cannot_be_given_one(server: Server) -> None:
    """Accounts of another identity provider (and the console's user) have no password to
    give, so none can be set through them."""
    passwordless = await add_user(server.app)
    before = await database_state(server.app, [passwordless.id])
    for current, status in (("", 422), ("anything at all", 403)):
        body = {"password": "taken over now", "current_password": current}
        problem(await server.http.patch(ME, json=body, headers=passwordless.headers), status)
    assert await database_state(server.app, [passwordless.id]) == before


async def test_admin_routes(server: Server) -> None:
    http, app = server.http, server.app
    prefix = f"adm-{uuid.uuid4().hex[:10]}"
    admin_user = await registration.create_account(
        app.uow(),
        kit=app.auth,
        data=UserRegister(email=f"{prefix}-a@example.test", password=PASSWORD),
        role="admin",
    )
    admin = headers_of(app, admin_user)
    alice = await add_user(app, email=f"{prefix}-b@example.test")
    bob = await add_user(
        app, email=f"{prefix}-c@example.test", password_hash=await hash_of(PASSWORD)
    )
    bobs_token = await http.post(
        "/api/v1/tokens", json={"name": "bob", "scopes": ["tasks:read"]}, headers=bob.headers
    )
    bobs_pat = bearer(bobs_token.json()["token"])

    page = await http.get(ADMIN_USERS, params={"after": prefix, "limit": 3}, headers=admin)
    assert page.status_code == 200
    assert [user["id"] for user in page.json()] == [admin_user.id, alice.id, bob.id]
    assert all(set(user) == PUBLIC_FIELDS for user in page.json())
    after_admin = await http.get(
        ADMIN_USERS, params={"after": admin_user.email, "limit": 1}, headers=admin
    )
    assert [user["id"] for user in after_admin.json()] == [alice.id]
    problem(await http.get(ADMIN_USERS, params={"limit": 0}, headers=admin), 422)
    problem(await http.get(ADMIN_USERS, params={"after": "a\u0000"}, headers=admin), 422)
    problem(await http.patch(f"{ADMIN_USERS}/a%00b", json={"role": "user"}, headers=admin), 422)

    for headers in (alice.headers, bob.headers):
        problem(await http.get(ADMIN_USERS, headers=headers), 403)
        problem(
            await http.patch(f"{ADMIN_USERS}/{alice.id}", json={"role": "admin"}, headers=headers),
            403,
        )

    promoted = await http.patch(f"{ADMIN_USERS}/{alice.id}", json={"role": "admin"}, headers=admin)
    assert promoted.json()["role"] == "admin"
    demoted = await http.patch(f"{ADMIN_USERS}/{alice.id}", json={"role": "user"}, headers=admin)
    assert demoted.json()["role"] == "user"

    off = await http.patch(f"{ADMIN_USERS}/{bob.id}", json={"is_active": False}, headers=admin)
    assert off.json()["is_active"] is False
    unauthorized(await http.get("/api/v1/tasks", headers=bobs_pat))
    unauthorized(
        await http.post(f"{AUTH}/token", data={"username": bob.email, "password": PASSWORD})
    )
    on = await http.patch(f"{ADMIN_USERS}/{bob.id}", json={"is_active": True}, headers=admin)
    assert on.json()["is_active"] is True
    assert (await http.get("/api/v1/tasks", headers=bobs_pat)).status_code == 200

    before = await database_state(app, [admin_user.id, alice.id, bob.id])
    for body in ({"role": "user"}, {"is_active": False}):
        response = await http.patch(f"{ADMIN_USERS}/{admin_user.id}", json=body, headers=admin)
        assert "your own account" in problem(response, 403)["detail"]
    problem(
        await http.patch(f"{ADMIN_USERS}/no-such-user", json={"role": "admin"}, headers=admin), 404
    )
    for body, field in [({"role": "root"}, "role"), ({"email": "x@example.test"}, "email")]:
        response = await http.patch(f"{ADMIN_USERS}/{alice.id}", json=body, headers=admin)
        assert problem(response, 422)["errors"][0]["field"] == field
    assert await database_state(app, [admin_user.id, alice.id, bob.id]) == before


async def test_a_token_issued_when_the_clock_has_moved_on_is_accepted(
    server: Server, member: Account, clock: FixedClock
) -> None:
    clock.advance(timedelta(days=1))
    pair = await sign_in(server, member.email)
    assert (await server.http.get(ME, headers=bearer(pair["access_token"]))).status_code == 200
