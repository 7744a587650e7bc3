"""``POST /api/v1/tasks/quick/preview``: what quick-add text would create, saving nothing."""

from __future__ import annotations

import httpx
import pytest

from .conftest import Account
from .helpers import problem

pytestmark = pytest.mark.anyio


async def test_the_preview_reads_every_field_and_saves_nothing(
    client: httpx.AsyncClient, alice: Account
) -> None:
    text = "Pay rent tomorrow 9am #home !high every month"
    response = await client.post(
        "/api/v1/tasks/quick/preview", json={"text": text}, headers=alice.headers
    )
    assert response.status_code == 200, response.text
    preview = response.json()
    assert preview["title"] == "Pay rent"
    assert preview["due_at"] == "2026-11-27T08:00:00Z"  # 09:00 in Berlin
    assert preview["due"] == "Friday 27 November 2026, 09:00"
    assert (preview["all_day"], preview["priority"], preview["tags"]) == (False, "high", ["home"])
    assert preview["recurrence"] == "FREQ=MONTHLY"
    spans = {span["field"]: span["text"] for span in preview["spans"]}
    assert spans == {
        "due": "tomorrow 9am",
        "tag": "#home",
        "priority": "!high",
        "recurrence": "every month",
    }
    for span in preview["spans"]:
        assert text[span["start"] : span["end"]] == span["text"]
    listed = await client.get("/api/v1/tasks", headers=alice.headers)
    assert listed.json()["items"] == []


async def test_an_all_day_date_and_bad_input(client: httpx.AsyncClient, alice: Account) -> None:
    response = await client.post(
        "/api/v1/tasks/quick/preview", json={"text": "Dentist friday"}, headers=alice.headers
    )
    assert response.json()["due_at"] == "2026-11-27"
    assert response.json()["all_day"] is True
    empty = await client.post(
        "/api/v1/tasks/quick/preview", json={"text": ""}, headers=alice.headers
    )
    assert empty.json()["title"] == ""  # the form says what is missing; nothing to refuse yet
    problem(
        await client.post("/api/v1/tasks/quick/preview", json={"text": 3}, headers=alice.headers),
        422,
    )
