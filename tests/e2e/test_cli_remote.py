"""The console against a real server over the REST API, with the same output as locally."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from todo.entrypoints.cli.main import app

from .conftest import LiveServer

PASSWORD = "correct horse battery"
EMAIL = "remote@example.com"


def register(server: LiveServer) -> None:
    response = httpx.post(
        f"{server.url}/api/v1/auth/register",
        json={"email": EMAIL, "password": PASSWORD, "timezone": "Europe/Berlin"},
    )
    assert response.status_code == 202, response.text


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run ``todo`` with a client-side ``TODO_HOME`` of its own."""
    monkeypatch.setenv("TODO_HOME", str(tmp_path / "client"))
    monkeypatch.setenv("TODO_TIMEZONE", "Europe/Berlin")
    for name in ("TODO_DATABASE_URL", "TODO_SERVER", "TODO_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def run(*args: str, stdin: str | None = None) -> Any:
        return runner.invoke(app, list(args), input=stdin)

    return run


def test_login_and_every_task_command_over_http(
    live_server: LiveServer, cli: Any, tmp_path: Path
) -> None:
    register(live_server)
    remote = ("--server", live_server.url)
    # A credentials file someone made readable by everybody is closed again on the next write.
    credentials = tmp_path / "client" / "credentials.json"
    credentials.parent.mkdir()
    credentials.write_text("{}")
    credentials.chmod(0o644)
    signed_in = cli(*remote, "login", "--email", EMAIL, "--password-stdin", stdin=PASSWORD)
    assert signed_in.exit_code == 0, signed_in.output
    assert "Warning" not in signed_in.stderr  # plain http, but to this machine
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    assert PASSWORD not in credentials.read_text()

    remote_add = cli(*remote, "add", "Pay rent tomorrow 9am #home !high every month")
    local_add = cli("add", "Pay rent tomorrow 9am #home !high every month")
    assert remote_add.exit_code == 0, remote_add.output
    assert remote_add.stdout == local_add.stdout

    assert cli(*remote, "add", "Call mom", "--tag", "family", "--due", "friday 5pm").exit_code == 0
    listed = json.loads(cli(*remote, "list", "--json").stdout)
    assert [t["title"] for t in listed] == ["Call mom", "Pay rent"]

    shown = json.loads(cli(*remote, "show", "1", "--json").stdout)
    assert (shown["title"], shown["tags"], shown["recurrence"]) == (
        "Pay rent",
        ["home"],
        "FREQ=MONTHLY",
    )
    edited = json.loads(cli(*remote, "edit", "1", "--priority", "low", "--json").stdout)
    assert (edited["priority"], edited["tags"]) == ("low", ["home"])
    retitled = json.loads(cli(*remote, "edit", "1", "Pay rent and bills #money", "--json").stdout)
    assert (retitled["title"], retitled["tags"]) == ("Pay rent and bills", ["money"])

    assert cli(*remote, "done", "1", "2").stdout.splitlines() == [
        "Done 1: Pay rent and bills",
        "Done 2: Call mom",
    ]
    assert cli(*remote, "undo", "2").exit_code == 0
    assert cli(*remote, "rm", "2").exit_code == 0
    deleted = json.loads(cli(*remote, "list", "--deleted", "--json").stdout)
    assert [t["id"] for t in deleted] == [2]
    assert cli(*remote, "restore", "2").exit_code == 0

    tags = json.loads(cli(*remote, "tags", "--json").stdout)
    assert {t["name"] for t in tags} == {"home", "money", "family"}
    assert cli(*remote, "tags", "rename", "family", "kin").exit_code == 0
    assert cli(*remote, "tags", "rm", "home").exit_code == 0

    missing = cli(*remote, "show", "99")
    assert missing.exit_code == 1
    assert "Task 99 was not found." in missing.stderr

    # Nothing of this went to the local database.
    assert [t["title"] for t in json.loads(cli("list", "--json").stdout)] == ["Pay rent"]


def test_personal_tokens_from_the_console(
    live_server: LiveServer, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(live_server)
    remote = ("--server", live_server.url)
    cli(*remote, "login", "--email", EMAIL, "--password-stdin", stdin=PASSWORD)
    created = cli(*remote, "token", "create", "script", "--scope", "tasks:read")
    assert created.exit_code == 0, created.output
    token = created.stdout.strip()
    assert token.startswith("todo_pat_")
    listed = json.loads(cli(*remote, "token", "list", "--json").stdout)
    assert [(t["name"], t["scopes"]) for t in listed] == [("script", ["tasks:read"])]
    assert token not in json.dumps(listed)

    monkeypatch.setenv("TODO_TOKEN", token)
    monkeypatch.setenv("TODO_SERVER", live_server.url)
    assert cli("list", "--json").exit_code == 0
    refused = cli("add", "Not allowed")
    assert refused.exit_code == 1
    assert "tasks:write" in refused.stderr
    not_its_siblings = cli("token", "list")
    assert not_its_siblings.exit_code == 1
    assert "personal access token" in not_its_siblings.stderr

    monkeypatch.delenv("TODO_TOKEN")
    assert cli("token", "revoke", str(listed[0]["id"])).exit_code == 0
    monkeypatch.setenv("TODO_TOKEN", token)
    revoked = cli("list")
    assert revoked.exit_code == 1
    assert "not valid" in revoked.stderr


def test_remote_mistakes(live_server: LiveServer, cli: Any) -> None:
    remote = ("--server", live_server.url)
    not_signed_in = cli(*remote, "list")
    assert not_signed_in.exit_code == 1
    assert "todo login" in not_signed_in.stderr
    register(live_server)
    wrong = cli(*remote, "login", "--email", EMAIL, "--password-stdin", stdin="wrong password")
    assert wrong.exit_code == 1
    assert "The e-mail or password is wrong." in wrong.stderr
    unreachable = cli(
        "--server",
        "http://127.0.0.1:9",
        "login",
        "--email",
        EMAIL,
        "--password-stdin",
        stdin=PASSWORD,
    )
    assert unreachable.exit_code == 1
    assert "Could not reach the server" in unreachable.stderr


def test_credentials_for_a_plain_http_server_elsewhere_come_with_a_warning(cli: Any) -> None:
    """The warning comes before anything is sent (this server does not even exist)."""
    login = cli(
        "--server",
        "http://todo.invalid:9",
        "login",
        "--email",
        EMAIL,
        "--password-stdin",
        stdin=PASSWORD,
    )
    assert login.exit_code == 1
    warning, error = login.stderr.strip().splitlines()
    assert warning == (
        "Warning: http://todo.invalid:9 is not https: your password and tokens travel "
        "unencrypted and anyone on the way can read them."
    )
    assert error.startswith("Error: Could not reach the server")
