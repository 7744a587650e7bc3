"""A write the database cannot take in time is answered 503 with Retry-After, and loses nothing."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.api.conftest import PASSWORD, api_settings, running
from todo.adapters.clock import FixedClock
from todo.entrypoints.server import create_app

pytestmark = pytest.mark.anyio


async def test_a_write_that_waits_out_the_sqlite_lock_is_503_and_can_be_sent_again(
    sqlite_template: Path, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "todo.db"
    shutil.copyfile(sqlite_template, path)
    api = create_app(api_settings(f"sqlite+aiosqlite:///{path}", tmp_path), clock=clock)
    async for http in running(api):
        email = f"{uuid.uuid4().hex[:12]}@example.test"
        await http.post("/api/v1/auth/register", json={"email": email, "password": PASSWORD})
        pair = await http.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
        headers = {
            "Authorization": f"Bearer {pair.json()['access_token']}",
            "Idempotency-Key": "k1",
        }

        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another writer holds the lock past the busy timeout
        try:
            busy = await http.post("/api/v1/tasks", json={"title": "Pay rent"}, headers=headers)
        finally:
            other.execute("ROLLBACK")
            other.close()

        assert busy.status_code == 503, busy.text
        assert busy.headers["content-type"] == "application/problem+json"
        assert busy.headers["Retry-After"] == "1"
        assert "nothing was written" in busy.json()["detail"]
        assert (await http.get("/api/v1/tasks", headers=headers)).json()["items"] == []

        again = await http.post("/api/v1/tasks", json={"title": "Pay rent"}, headers=headers)
        assert again.status_code == 201, again.text
        listed = (await http.get("/api/v1/tasks", headers=headers)).json()["items"]
        assert [task["title"] for task in listed] == ["Pay rent"]
