"""The ``todo`` console, driven through Typer's runner on a temporary ``TODO_HOME``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from todo.adapters.migrations import HEAD_REVISION
from todo.entrypoints.cli.main import app


@pytest.fixture
def todo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run a ``todo`` command on a fresh embedded database; returns the Click result."""
    monkeypatch.setenv("TODO_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TODO_TIMEZONE", "Europe/Berlin")
    monkeypatch.delenv("TODO_DATABASE_URL", raising=False)
    runner = CliRunner()

    def run(*args: str) -> Any:
        return runner.invoke(app, list(args))

    return run


def as_json(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_add_reads_the_text_and_list_shows_it(todo: Any) -> None:
    added = todo("add", "Pay rent tomorrow 9am #home !high every month")
    assert added.exit_code == 0, added.output
    assert "Added 1: Pay rent" in added.stdout
    assert "due tomorrow 09:00" in added.stdout
    listed = todo("list")
    assert listed.exit_code == 0
    assert "Pay rent" in listed.stdout
    assert "#home" in listed.stdout
    assert "high" in listed.stdout
    task = as_json(todo("show", "1", "--json"))
    assert task["title"] == "Pay rent"
    assert task["tags"] == ["home"]
    assert task["priority"] == "high"
    assert task["recurrence"] == "FREQ=MONTHLY"


def test_words_need_no_quotes_and_flags_override_the_text(todo: Any) -> None:
    added = as_json(
        todo("add", "Call", "mom", "!low", "--priority", "urgent", "--tag", "family", "--json")
    )
    assert added["title"] == "Call mom"
    assert added["priority"] == "urgent"
    assert added["tags"] == ["family"]


def test_list_filters_and_json(todo: Any) -> None:
    todo("add", "Write report #work")
    todo("add", "Buy milk #home")
    todo("add", "Water plants #home", "--due", "today")
    todo("done", "1")
    assert [t["title"] for t in as_json(todo("list", "--json"))] == ["Water plants", "Buy milk"]
    assert [t["title"] for t in as_json(todo("list", "--done", "--json"))] == ["Write report"]
    assert len(as_json(todo("list", "--all", "--json"))) == 3
    assert [t["title"] for t in as_json(todo("list", "--due", "today", "--json"))] == [
        "Water plants"
    ]
    found = as_json(todo("list", "--search", "plan", "--json"))
    assert [t["title"] for t in found] == ["Water plants"]
    by_title = as_json(todo("list", "--tag", "home", "--sort", "title", "--json"))
    assert [t["title"] for t in by_title] == ["Buy milk", "Water plants"]


def test_edit_changes_only_what_is_given(todo: Any) -> None:
    todo("add", "Draft plan #work !low", "--desc", "first version")
    edited = as_json(todo("edit", "1", "--due", "2026-12-01 17:00", "--json"))
    assert edited["due_at"] == "2026-12-01T16:00:00Z"
    assert (edited["title"], edited["priority"], edited["tags"]) == ("Draft plan", "low", ["work"])
    assert edited["description"] == "first version"
    retitled = as_json(todo("edit", "1", "Final plan #review", "--json"))
    assert (retitled["title"], retitled["tags"]) == ("Final plan", ["review"])
    cleared = as_json(todo("edit", "1", "--due", "none", "--desc", "", "--json"))
    assert cleared["due_at"] is None
    assert cleared["description"] is None
    assert cleared["version"] == 4
    worded = as_json(todo("edit", "1", "--desc", "none of these", "--json"))
    assert worded["description"] == "none of these"


def test_done_undo_rm_restore(todo: Any) -> None:
    todo("add", "One")
    todo("add", "Two")
    done = todo("done", "1", "2")
    assert done.stdout.splitlines() == ["Done 1: One", "Done 2: Two"]
    assert todo("undo", "2").stdout.strip() == "Reopened 2: Two"
    assert todo("rm", "2").exit_code == 0
    assert [t["id"] for t in as_json(todo("list", "--deleted", "--json"))] == [2]
    assert todo("restore", "2").exit_code == 0
    assert [t["id"] for t in as_json(todo("list", "--json"))] == [2]


def test_tags_list_rename_remove(todo: Any) -> None:
    todo("add", "a #work #home")
    todo("add", "b #work")
    tags = as_json(todo("tags", "--json"))
    assert tags == [
        {"name": "home", "open": 1, "total": 1},
        {"name": "work", "open": 2, "total": 2},
    ]
    assert "Renamed #work to #job (2 tasks)." in todo("tags", "rename", "work", "job").stdout
    assert todo("tags", "rm", "home").exit_code == 0
    assert as_json(todo("tags", "--json")) == [{"name": "job", "open": 2, "total": 2}]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("show", "42"), 1, "Task 42 was not found."),
        (("show", "99999999999999999999"), 1, "was not found."),
        (("add", "Old", "--due", "0001-01-01T00:30"), 1, "too far"),
        (("done", "7"), 1, "Task 7 was not found."),
        (("add", "#only-a-tag"), 1, "The title is empty"),
        (("add", "x" * 201), 1, "longer than 200 characters"),
        (("add", "Thing", "--due", "the twelfth of never"), 1, "date"),
        (("add", "Thing", "--every", "FREQ=SOMETIMES"), 1, "recurrence rule"),
        (("add", "Thing", "--priority", "critical"), 2, "critical"),
        (("show", "abc"), 2, "task_id"),
        (("edit", "1"), 2, "nothing to change"),
        (("tags", "rm", "nope"), 1, "There is no tag called 'nope'."),
        (("list", "--cursor-that-does-not-exist"), 2, "No such option"),
    ],
)
def test_mistakes_get_one_sentence_and_the_right_exit_code(
    todo: Any, args: tuple[str, ...], code: int, message: str
) -> None:
    result = todo(*args)
    assert result.exit_code == code, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_failed_add_writes_nothing(todo: Any) -> None:
    todo("add", "Thing", "--remind", "when pigs fly")
    assert as_json(todo("list", "--all", "--json")) == []


def test_db_commands(todo: Any) -> None:
    assert "empty" in todo("db", "current").stdout
    assert HEAD_REVISION in todo("db", "upgrade").stdout
    assert todo("db", "current").stdout.strip() == f"{HEAD_REVISION} (newest)"


def test_help_imports_no_database_or_web_stack(tmp_path: Path) -> None:
    """The help is plain text: the rich rendering stack alone doubled its time."""
    probe = (
        "import sys\n"
        "from todo.entrypoints.cli.main import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "stack = ('sqlalchemy', 'sqlmodel', 'fastapi', 'alembic', 'pydantic', 'rich')\n"
        "heavy = sorted(m for m in stack if m in sys.modules)\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    env = {**os.environ, "TODO_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert "HEAVY []" in result.stderr


def test_user_create_makes_an_account_that_can_sign_in(todo: Any) -> None:
    created = CliRunner().invoke(
        app,
        ["user", "create", "Boss@Example.com", "--admin", "--password-stdin"],
        input="correct horse battery\n",
    )
    assert created.exit_code == 0, created.output
    assert created.stdout.startswith("Created admin boss@example.com (")
    again = CliRunner().invoke(
        app, ["user", "create", "boss@example.com", "--password-stdin"], input="another one\n"
    )
    assert again.exit_code == 1
    assert "already exists" in again.stderr
    short = CliRunner().invoke(
        app, ["user", "create", "new@example.com", "--password-stdin"], input="short\n"
    )
    assert short.exit_code == 1
    assert "password" in short.stderr


def test_local_personal_tokens(todo: Any) -> None:
    created = todo("token", "create", "laptop", "--scope", "tasks:read", "--days", "7")
    assert created.exit_code == 0, created.output
    assert created.stdout.startswith("todo_pat_")
    listed = as_json(todo("token", "list", "--json"))
    assert [(t["name"], t["scopes"]) for t in listed] == [("laptop", ["tasks:read"])]
    assert todo("token", "revoke", str(listed[0]["id"])).exit_code == 0
    assert as_json(todo("token", "list", "--json")) == []
    assert todo("token", "revoke", "12345").exit_code == 1


def test_the_console_alone_keeps_repeating_tasks_going(todo: Any) -> None:
    """No server, no worker: the console applies its own events (in-process broker)."""
    assert todo("add", "Stretch tomorrow 18:00 every day").exit_code == 0
    assert todo("done", "1").exit_code == 0
    [following] = as_json(todo("list", "--json"))
    assert (following["id"], following["title"], following["recurrence"]) == (
        2,
        "Stretch",
        "FREQ=DAILY",
    )
    berlin = ZoneInfo("Europe/Berlin")
    in_two_days = datetime.now(berlin).date() + timedelta(days=2)
    expected = datetime.combine(in_two_days, time(18), tzinfo=berlin).astimezone(UTC)
    assert following["due_at"] == expected.isoformat().replace("+00:00", "Z")
    assert todo("undo", "1").exit_code == 0  # undoing the completion takes it back
    assert [task["id"] for task in as_json(todo("list", "--json"))] == [1]


#: What Python makes of the undecodable byte in ``todo add $'\xff'``: a lone surrogate.
UNDECODABLE = "\udcff"


@pytest.mark.parametrize(
    "args",
    [
        ["add", UNDECODABLE],
        ["add", "Fine", "--tag", UNDECODABLE],
        ["add", "Fine", "--due", UNDECODABLE],
        ["edit", "1", "--title", UNDECODABLE],
        ["list", "--tag", UNDECODABLE],
        ["list", "--search", UNDECODABLE],
        ["tags", "rm", UNDECODABLE],
        ["tags", "rename", "chores", UNDECODABLE],
    ],
    ids=lambda args: " ".join(arg for arg in args if arg != UNDECODABLE),
)
def test_an_undecodable_argument_is_one_sentence(todo: Any, args: list[str]) -> None:
    assert todo("add", "Existing #chores").exit_code == 0
    result = todo(*args)
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.output.startswith("Error: ")
    assert "valid Unicode" in result.output
    assert result.output.count("\n") == 1
