"""Rate limits: sign-in per address and failed sign-ins per account, registration per address
and per e-mail, writes per user, and limits shared by two app instances through Redis. An IPv6
address counts as its whole /64.

The limits here are "N/day" so that no window turns over during a test (the counters follow
the wall clock, not the test clock). Keys are unique to each test: fresh e-mails, fresh user
ids and random client addresses, so tests sharing the Redis server never count each other.
"""

from __future__ import annotations

import math
import os
import re
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from todo.adapters.clock import FixedClock

from ..conftest import missing_service
from .conftest import PASSWORD, Account, api_settings
from .helpers import Server, add_user, hash_of, problem, serve, unique_email

pytestmark = pytest.mark.anyio

REDIS_URL = os.environ.get("TODO_TEST_REDIS_URL", "redis://127.0.0.1:6379")
TOKEN = "/api/v1/auth/token"
REGISTER = "/api/v1/auth/register"
DAY = 86400


def random_ip() -> str:
    """A client address no other test uses (198.18.0.0/15 is reserved for benchmarks)."""
    return f"198.{18 + secrets.randbelow(2)}.{secrets.randbelow(256)}.{secrets.randbelow(256)}"


def random_network() -> str:
    """An IPv6 /64 no other test uses, inside 2001:db8::/32 (reserved for documentation), written
    as the start of an address: add the last 64 bits."""
    return f"2001:db8:{secrets.randbelow(65536):x}:{secrets.randbelow(65536):x}:"


def random_host(network: str) -> str:
    """A random address in ``network`` (from :func:`random_network`)."""
    return network + ":".join(f"{secrets.randbelow(65536):x}" for _ in range(4))


def refused(response: httpx.Response) -> dict[str, Any]:
    """Assert a 429 problem whose ``Retry-After`` is the rest of today's (UTC) window."""
    body = problem(response, 429)
    assert body["title"] == "Too many requests"
    retry_after = int(response.headers["retry-after"])
    rest_of_day = math.ceil(DAY - time.time() % DAY)
    assert 1 <= retry_after <= DAY
    assert abs(retry_after - rest_of_day) <= 2
    assert str(retry_after) in body["detail"]
    return body


async def attempt(server: Server, ip: str, email: str, password: str) -> httpx.Response:
    async with server.client(ip) as http:
        return await http.post(TOKEN, data={"username": email, "password": password})


@pytest.fixture
async def limited(database_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[Server]:
    settings = api_settings(
        database_url,
        tmp_path,
        login_rate_limit="2/day",
        login_account_rate_limit="3/day",
        write_rate_limit="3/day",
    )
    async with serve(settings, clock) as server:
        yield server


async def member(server: Server) -> Account:
    return await add_user(server.app, password_hash=await hash_of(PASSWORD))


def as_answered(body: dict[str, Any]) -> dict[str, Any]:
    """A refusal without what differs from one request to the next (its id, and the seconds to
    wait, which may tick over between two requests)."""
    return {**body, "request_id": None, "detail": re.sub(r"\d+", "N", body["detail"])}


async def test_past_the_limit_the_right_password_is_refused_like_a_wrong_one(
    limited: Server,
) -> None:
    """Every address of one IPv6 /64 counts as one: past its attempts, the right password and a
    wrong one get the same 429 (nothing tells them apart), while the owner signing in from
    another /64 is not held up."""
    user = await member(limited)
    network = random_network()
    for _ in range(2):  # each from another address of the same /64
        wrong = await attempt(limited, random_host(network), user.email, "wrong guess")
        assert wrong.status_code == 401
    wrong_answer = refused(await attempt(limited, random_host(network), user.email, "guess"))
    right_answer = refused(await attempt(limited, random_host(network), user.email, PASSWORD))
    assert as_answered(right_answer) == as_answered(wrong_answer)
    owner = await attempt(limited, random_host(random_network()), user.email, PASSWORD)
    assert owner.status_code == 200, owner.text


async def test_wrong_passwords_from_every_network_reach_a_ceiling_for_the_account(
    limited: Server,
) -> None:
    """Wrong passwords for one e-mail from many networks add up; past the ceiling every sign-in
    of that e-mail waits, the right password too, from any network it has not signed in from —
    while the owner's own network, and other accounts, are not held up."""
    user, other = await member(limited), await member(limited)
    home = random_network()
    assert (await attempt(limited, random_host(home), user.email, PASSWORD)).status_code == 200
    for _ in range(3):
        wrong = await attempt(limited, random_ip(), user.email, "wrong guess")
        assert wrong.status_code == 401
    wrong_answer = refused(await attempt(limited, random_ip(), user.email.upper(), "guess"))
    right_answer = refused(
        await attempt(limited, random_host(random_network()), user.email, PASSWORD)
    )
    assert as_answered(right_answer) == as_answered(wrong_answer)
    assert (await attempt(limited, random_ip(), other.email, PASSWORD)).status_code == 200
    at_home = await attempt(limited, random_host(home), user.email, PASSWORD)
    assert at_home.status_code == 200, at_home.text  # strangers cannot lock the owner out


async def test_a_username_that_is_not_an_email_is_refused_before_anything_is_counted(
    limited: Server,
) -> None:
    user = await member(limited)
    ip = random_ip()
    for username in ("not an e-mail", "x" * 400 + "@example.test", user.email + "\u0000", ""):
        response = await attempt(limited, ip, username, "whatever")
        assert problem(response, 422)["errors"][0]["field"] == "username", username
    # Nothing was counted against the address: both of its attempts are still there.
    assert (await attempt(limited, ip, user.email, "wrong guess")).status_code == 401
    assert (await attempt(limited, ip, user.email, PASSWORD)).status_code == 200


async def test_sign_in_is_limited_per_address(limited: Server) -> None:
    user = await member(limited)
    ip = random_ip()
    for _ in range(2):
        wrong = await attempt(limited, ip, user.email, "wrong guess")
        assert wrong.status_code == 401
    other = await add_user(limited.app, password_hash=await hash_of(PASSWORD))
    refused(await attempt(limited, ip, other.email, PASSWORD))  # another account, same address
    assert (await attempt(limited, random_ip(), other.email, PASSWORD)).status_code == 200


async def test_registration_is_limited_per_address_and_per_email(limited: Server) -> None:
    first_ip, email = random_ip(), unique_email()
    async with limited.client(first_ip) as http:
        assert (
            await http.post(REGISTER, json={"email": email, "password": PASSWORD})
        ).status_code == 202
        second = await http.post(REGISTER, json={"email": unique_email(), "password": PASSWORD})
        assert second.status_code == 202
        refused(await http.post(REGISTER, json={"email": unique_email(), "password": PASSWORD}))
    async with limited.client(random_ip()) as http:
        again = await http.post(REGISTER, json={"email": email, "password": PASSWORD})
        assert again.status_code == 202  # the e-mail's second attempt
    async with limited.client(random_ip()) as http:
        refused(await http.post(REGISTER, json={"email": email.upper(), "password": PASSWORD}))


async def test_registration_counts_an_ipv6_address_as_its_64(limited: Server) -> None:
    network = random_network()
    for _ in range(2):
        async with limited.client(random_host(network)) as http:
            body = {"email": unique_email(), "password": PASSWORD}
            assert (await http.post(REGISTER, json=body)).status_code == 202
    async with limited.client(random_host(network)) as http:
        refused(await http.post(REGISTER, json={"email": unique_email(), "password": PASSWORD}))
    async with limited.client(random_host(random_network())) as http:
        body = {"email": unique_email(), "password": PASSWORD}
        assert (await http.post(REGISTER, json=body)).status_code == 202


async def test_writes_are_limited_per_user(limited: Server) -> None:
    http, app = limited.http, limited.app
    alice, bob = await add_user(app), await add_user(app)
    ids = []
    for index in range(3):
        created = await http.post(
            "/api/v1/tasks", json={"title": f"Task {index}"}, headers=alice.headers
        )
        assert created.status_code == 201
        ids.append(created.json()["id"])
    refused(await http.post("/api/v1/tasks", json={"title": "One too many"}, headers=alice.headers))
    refused(await http.patch(f"/api/v1/tasks/{ids[0]}", json={"title": "x"}, headers=alice.headers))
    refused(await http.delete(f"/api/v1/tasks/{ids[0]}", headers=alice.headers))
    listed = await http.get("/api/v1/tasks", headers=alice.headers)  # reads are not limited
    assert [task["title"] for task in listed.json()["items"]] == ["Task 2", "Task 1", "Task 0"]
    assert all(task["deleted_at"] is None for task in listed.json()["items"])
    created = await http.post("/api/v1/tasks", json={"title": "Bob's"}, headers=bob.headers)
    assert created.status_code == 201  # another user has a count of their own


# --- two instances ------------------------------------------------------------------------------


@pytest.fixture
async def redis_keys() -> AsyncIterator[list[str]]:
    """Check that Redis answers; afterwards delete the counters whose keys hold these values."""
    from redis.asyncio import Redis

    client = Redis.from_url(REDIS_URL)
    try:
        try:
            await client.ping()
        except Exception as exc:  # refused, unknown host, timeout, …
            missing_service(f"Redis at {REDIS_URL} is not usable: {exc}")
        marks: list[str] = []
        yield marks
        for mark in marks:
            async for key in client.scan_iter(match=f"todo:rate:*{mark}"):
                await client.delete(key)
    finally:
        await client.aclose()


@asynccontextmanager
async def two_instances(
    database_url: str, clock: FixedClock, tmp_path: Path, **overrides: object
) -> AsyncIterator[tuple[Server, Server]]:
    settings = api_settings(
        database_url,
        tmp_path,
        login_rate_limit="2/day",
        login_account_rate_limit="2/day",
        write_rate_limit="3/day",
        **overrides,
    )
    async with serve(settings, clock) as first, serve(settings, clock) as second:
        yield first, second


async def test_two_instances_share_limits_through_redis(
    database_url: str, clock: FixedClock, tmp_path: Path, redis_keys: list[str]
) -> None:
    async with two_instances(database_url, clock, tmp_path, redis_url=REDIS_URL) as (a, b):
        user = await member(a)
        writer = await add_user(a.app)
        ips = [random_ip() for _ in range(4)]
        redis_keys += [user.email, writer.id, *ips]

        # Failed sign-ins on A count on B, and the other way round.
        assert (await attempt(a, ips[0], user.email, "wrong guess")).status_code == 401
        assert (await attempt(b, ips[1], user.email, "wrong guess")).status_code == 401
        refused(await attempt(a, ips[2], user.email, "third guess"))
        refused(await attempt(b, ips[3], user.email, "fourth guess"))

        for server in (a, b, a):
            created = await server.http.post(
                "/api/v1/tasks", json={"title": "Shared count"}, headers=writer.headers
            )
            assert created.status_code == 201
        for server in (b, a):
            refused(
                await server.http.post(
                    "/api/v1/tasks", json={"title": "One too many"}, headers=writer.headers
                )
            )


async def test_without_redis_each_instance_counts_alone(
    database_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    """The control for the test above: in memory, B does not see A's writes."""
    async with two_instances(database_url, clock, tmp_path) as (a, b):
        writer = await add_user(a.app)
        for _ in range(3):
            ok = await a.http.post("/api/v1/tasks", json={"title": "A"}, headers=writer.headers)
            assert ok.status_code == 201
        refused(await a.http.post("/api/v1/tasks", json={"title": "A"}, headers=writer.headers))
        on_b = await b.http.post("/api/v1/tasks", json={"title": "B"}, headers=writer.headers)
        assert on_b.status_code == 201
