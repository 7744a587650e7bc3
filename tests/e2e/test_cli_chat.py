"""``todo chat``: one shot and as a conversation, locally and against a server."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from todo.entrypoints.cli.main import app

from .conftest import LiveServer
from .test_cli_remote import EMAIL, PASSWORD, register


@pytest.fixture
def todo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run ``todo`` on an embedded database of the test's own, with the offline engine."""
    monkeypatch.setenv("TODO_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TODO_TIMEZONE", "Europe/Berlin")
    for name in ("TODO_DATABASE_URL", "TODO_SERVER", "TODO_TOKEN", "TODO_LLM_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def run(*args: str, stdin: str | None = None) -> Any:
        return runner.invoke(app, list(args), input=stdin)

    return run


def test_one_shot_messages_manage_tasks(todo: Any) -> None:
    added = todo("chat", "--tools", "Add a task to buy groceries #errands")
    assert added.exit_code == 0, added.output
    assert "add_task → created" in added.stderr
    assert "Buy groceries" in added.stdout
    listed = todo("list", "--json")
    assert [(t["title"], t["tags"]) for t in json.loads(listed.stdout)] == [
        ("Buy groceries", ["errands"])
    ]
    reply = json.loads(todo("chat", "--json", "What's pending?").stdout)
    assert reply["tool_calls"][0]["args"] == {"status": "pending"}
    assert "Buy groceries" in reply["response"]
    again = todo("chat", "--json", "-c", str(reply["conversation_id"]), "complete the first one")
    assert json.loads(again.stdout)["tool_calls"][0]["result"]["status"] == "completed"


def test_a_conversation_reads_lines_until_exit(todo: Any) -> None:
    lines = "Add a task to walk the dog\nshow me all my tasks\n\ncomplete the first one\nexit\n"
    talked = todo("chat", stdin=lines + "Add a task to never be added\n")
    assert talked.exit_code == 0, talked.output
    assert "Added 'Walk the dog'" in talked.stdout
    assert "'Walk the dog' is done" in talked.stdout
    titles = [task["title"] for task in json.loads(todo("list", "--all", "--json").stdout)]
    assert titles == ["Walk the dog"]


def test_mistakes_are_one_sentence(todo: Any) -> None:
    empty = todo("chat", "   ")
    assert empty.exit_code == 1
    assert empty.stderr == "Error: The message is empty; say what you would like done.\n"
    unknown = todo("chat", "-c", "4242", "hello")
    assert unknown.exit_code == 1
    assert unknown.stderr == "Error: There is no conversation 4242.\n"
    too_long = todo("chat", stdin="x" * 5000 + "\nhello\n")
    assert too_long.exit_code == 0
    assert "4000" in too_long.stderr
    assert "Hi" in too_long.stdout  # the conversation went on


def test_chat_against_a_server(live_server: LiveServer, todo: Any) -> None:
    register(live_server)
    remote = ("--server", live_server.url)
    signed_in = todo(*remote, "login", "--email", EMAIL, "--password-stdin", stdin=PASSWORD)
    assert signed_in.exit_code == 0, signed_in.output
    said = todo(*remote, "chat", "remind me to call mom tomorrow at 5")
    assert said.exit_code == 0, said.output
    assert "Call mom" in said.stdout
    shown = json.loads(todo(*remote, "list", "--json").stdout)
    assert [task["title"] for task in shown] == ["Call mom"]
    # The server reads "tomorrow" on its own clock, in the account's time zone: the reply names
    # the weekday of the day after the task was made, whatever day the test runs on.
    berlin = ZoneInfo("Europe/Berlin")
    due = datetime.fromisoformat(shown[0]["due_at"]).astimezone(berlin)
    made = datetime.fromisoformat(shown[0]["created_at"]).astimezone(berlin)
    assert due.date() == made.date() + timedelta(days=1)
    assert (due.hour, due.minute) == (17, 0)
    assert f"due {due:%A} {due.day} {due:%B}" in said.stdout
    assert todo("list", "--json").stdout.strip() == "[]"  # the local database is untouched
