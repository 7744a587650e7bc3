"""The REST API refuses repeat rules that fire more than once a day or never, and due dates and
reminders outside 1900–2199, with a problem naming the field."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from todo.adapters.clock import FixedClock

from .conftest import Account, api_settings
from .helpers import Server, add_user, serve

pytestmark = pytest.mark.anyio

TASKS = "/api/v1/tasks"
HOURS = ",".join(str(hour) for hour in range(24))
MINUTES = ",".join(str(minute) for minute in range(60))


# This file is not about accounts: its client and user come from a started server, and the
# user is made without an argon2 hash.
@pytest.fixture
async def server(database_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[Server]:
    async with serve(api_settings(database_url, tmp_path), clock) as started:
        yield started


@pytest.fixture
async def client(server: Server) -> httpx.AsyncClient:
    return server.http


@pytest.fixture
async def alice(server: Server) -> Account:
    return await add_user(server.app, timezone="Europe/Berlin")


async def refused(
    client: httpx.AsyncClient, who: Account, body: dict[str, object], field: str
) -> str:
    """Send ``body`` to create a task; check it is refused for ``field`` and nothing was made;
    return the problem's message for that field."""
    response = await client.post(TASKS, json={"title": "Stand up", **body}, headers=who.headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert [error["field"] for error in problem["errors"]] == [field]
    assert (await client.get(TASKS, headers=who.headers)).json()["items"] == []
    message: str = problem["errors"][0]["message"]
    return message


@pytest.mark.parametrize(
    ("recurrence", "words"),
    [
        (
            f"FREQ=DAILY;BYHOUR={HOURS};BYMINUTE={MINUTES};BYSECOND={MINUTES}",
            "A task repeats at most once a day, so BYHOUR may have one value, not 24.",
        ),
        (
            "FREQ=DAILY;BYHOUR=9;BYMINUTE=0,15,30,45",
            "A task repeats at most once a day, so BYMINUTE may have one value, not 4.",
        ),
        ("FREQ=DAILY;BYSECOND=0,30", "so BYSECOND may have one value, not 2."),
        (
            "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
            "The recurrence rule never occurs: no month in BYMONTH=2 has a day 30.",
        ),
    ],
)
async def test_rules_that_fire_too_often_or_never_get_422(
    client: httpx.AsyncClient, alice: Account, recurrence: str, words: str
) -> None:
    body = {"recurrence": recurrence, "due_at": "1970-01-01T00:00:00Z"}
    assert words in await refused(client, alice, body, "recurrence")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("due_at", "0001-01-02"),
        ("due_at", "1899-12-31T23:59:59Z"),
        ("due_at", "2200-01-01"),
        ("remind_at", "0001-01-02T09:00:00Z"),
        ("remind_at", "2200-01-01T00:00:00Z"),
    ],
)
async def test_dates_outside_1900_to_2199_get_422(
    client: httpx.AsyncClient, alice: Account, field: str, value: str
) -> None:
    message = await refused(client, alice, {field: value}, field)
    assert "between 1 January 1900 and 31 December 2199" in message


async def test_the_edges_of_the_range_and_a_rule_once_a_day_are_accepted(
    client: httpx.AsyncClient, alice: Account
) -> None:
    body = {
        "title": "Stand up",
        "due_at": "1900-01-01",
        "remind_at": "2199-12-31T23:59:59Z",
        "recurrence": "FREQ=DAILY;BYHOUR=9;BYMINUTE=30",
    }
    response = await client.post(TASKS, json=body, headers=alice.headers)
    assert response.status_code == 201, response.text
    assert response.json()["due_at"] == "1900-01-01"
    moved = await client.patch(
        f"{TASKS}/{response.json()['id']}", json={"due_at": "2200-01-01"}, headers=alice.headers
    )
    assert moved.status_code == 422
    assert moved.json()["errors"][0]["field"] == "due_at"
