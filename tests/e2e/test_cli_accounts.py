"""Accounts from the console where the server runs: invitations and accounts made by hand."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from todo.entrypoints.cli.main import app

from .conftest import LiveServer

PASSWORD = "correct horse battery"


@pytest.fixture
def invite_only(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> LiveServer:
    """``todo serve`` that opens accounts by invitation only."""
    monkeypatch.setenv("TODO_REGISTRATION", "invite")
    server: LiveServer = request.getfixturevalue("live_server")
    return server


def console(home: str, *args: str, stdin: str | None = None) -> Any:
    """Run ``todo`` on the database in ``home`` (where the server keeps its own)."""
    env = {"TODO_HOME": home, "TODO_TIMEZONE": "Europe/Berlin", "TODO_SERVER": ""}
    return CliRunner().invoke(app, list(args), input=stdin, env=env)


def test_an_invitation_made_at_the_console_opens_one_account(invite_only: LiveServer) -> None:
    home = invite_only.env["TODO_HOME"]
    made = console(home, "user", "invite", "Ada@Example.com", "--days", "3")
    assert made.exit_code == 0, made.output
    code = made.stdout.strip()
    assert code.startswith("todo_inv_")
    assert "for ada@example.com" in made.stderr
    assert "shown only once" in made.stderr
    with sqlite3.connect(Path(home) / "todo.db") as database:  # the operator made no account
        assert database.execute("SELECT count(*) FROM users").fetchone() == (0,)

    register = f"{invite_only.url}/api/v1/auth/register"
    policy = httpx.get(f"{invite_only.url}/api/v1/auth/registration").json()
    assert policy == {"registration": "invite"}
    stranger = httpx.post(
        register, json={"email": "eve@example.com", "password": PASSWORD, "invitation": code}
    )
    assert stranger.status_code == 422
    ada = httpx.post(
        register, json={"email": "ada@example.com", "password": PASSWORD, "invitation": code}
    )
    assert ada.status_code == 202, ada.text
    signed_in = httpx.post(
        f"{invite_only.url}/api/v1/auth/token",
        data={"username": "ada@example.com", "password": PASSWORD},
    )
    assert signed_in.status_code == 200
    again = httpx.post(
        register, json={"email": "ada@example.com", "password": PASSWORD, "invitation": code}
    )
    assert again.status_code == 422


def test_user_create_says_when_the_email_is_taken(tmp_path: Path) -> None:
    home = str(tmp_path)
    first = console(
        home, "user", "create", "ops@example.com", "--admin", "--password-stdin", stdin=PASSWORD
    )
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("Created admin ops@example.com")
    again = console(home, "user", "create", "OPS@example.com", "--password-stdin", stdin=PASSWORD)
    assert again.exit_code == 1
    assert "already exists" in again.stderr
    bad = console(home, "user", "invite", "not-an-address")
    assert bad.exit_code == 1
    assert "not an e-mail address" in bad.stderr
