"""``todo comment …``: comments on the tasks of shared projects, on the embedded database and
against a real server, with the same output."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from todo.domain.users import LOCAL_USER_EMAIL
from todo.entrypoints.cli.main import app

from .conftest import LiveServer
from .test_console_projects import PASSWORD, as_json, failed, make_project, ok, register, share


@pytest.fixture
def todo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run ``todo`` with a ``TODO_HOME`` of its own: the embedded database, or (with
    ``--server``) the client's credentials."""
    monkeypatch.setenv("TODO_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TODO_TIMEZONE", "Europe/Berlin")
    for name in ("TODO_DATABASE_URL", "TODO_SERVER", "TODO_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def run(*args: str, stdin: str | None = None) -> Any:
        return runner.invoke(app, list(args), input=stdin)

    return run


def email(name: str) -> str:
    """Return an address no other test's account has."""
    return f"{name}-{uuid.uuid4().hex[:12]}@example.com"


def rows(table: str) -> list[list[str]]:
    """Return the cells of a comment table: id, author, when (its clock as HH:MM), text."""
    return [
        [cell.strip() for cell in re.split(r"\s{2,}", line.strip())]
        for line in re.sub(r"\d\d:\d\d", "HH:MM", table).splitlines()
    ]


def add_task(server: LiveServer, headers: dict[str, str], project_id: int, title: str) -> int:
    made = httpx.post(
        f"{server.url}/api/v1/tasks",
        json={"title": title, "project_id": project_id},
        headers=headers,
    )
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def comment(server: LiveServer, headers: dict[str, str], task_id: int, text: str) -> int:
    url = f"{server.url}/api/v1/tasks/{task_id}/comments"
    made = httpx.post(url, json={"text": text}, headers=headers)
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


# --------------------------------------------------------------------------- the embedded database


def test_comments_on_a_shared_task(todo: Any) -> None:
    grace = email("grace")
    ok(todo("user", "create", grace, "--password-stdin", stdin=PASSWORD))
    ok(todo("project", "add", "Garden"))  # 3: the new account has the Inbox 2
    ok(todo("project", "share", "garden", grace))
    ok(todo("add", "Water the roses +garden"))

    assert ok(todo("comment", "list", "1")).stdout == "No comments on task 1.\n"
    added = ok(todo("comment", "add", "1", "Twice", "a", "week"))
    assert added.stdout == "Added comment 1 on task 1.\n"
    second = as_json(todo("comment", "add", "1", "Not in the midday sun", "--json"))
    assert (second["id"], second["task_id"], second["text"], second["version"]) == (
        2,
        1,
        "Not in the midday sun",
        1,
    )
    assert rows(ok(todo("comment", "list", "1")).stdout) == [
        ["ID", "Author", "When", "Text"],
        ["1", "you", "today HH:MM", "Twice a week"],
        ["2", "you", "today HH:MM", "Not in the midday sun"],
    ]

    edited = ok(todo("comment", "edit", "1", "Every", "other", "day"))
    assert edited.stdout == "Updated comment 1 on task 1.\n"
    assert ok(todo("comment", "rm", "2")).stdout == "Deleted comment 2.\n"
    assert rows(ok(todo("comment", "list", "1")).stdout)[1:] == [
        ["1", "you", "today HH:MM (edited)", "Every other day"],
    ]
    listed = as_json(todo("comment", "list", "1", "--json"))
    members = as_json(todo("project", "members", "garden", "--json"))
    me = next(m["user_id"] for m in members if m["email"] == LOCAL_USER_EMAIL)
    assert [(c["id"], c["author_id"], c["text"], c["version"]) for c in listed] == [
        (1, me, "Every other day", 2)
    ]


def test_comment_mistakes_are_one_sentence(todo: Any) -> None:
    ok(todo("add", "Water the roses"))
    failed(todo("comment", "add", "1", ""), "The comment is empty; write something.")
    failed(
        todo("comment", "add", "1", "x" * 10_001),
        "The comment is longer than 10,000 characters.",
    )
    failed(todo("comment", "add", "99", "Hello"), "Task 99 was not found.")
    failed(todo("comment", "list", "99"), "Task 99 was not found.")
    failed(todo("comment", "edit", "99", "Hello"), "Comment 99 was not found.")
    failed(todo("comment", "rm", "99"), "Comment 99 was not found.")
    ok(todo("comment", "add", "1", "Before the bin"))
    failed(todo("comment", "edit", "1", " "), "The comment is empty; write something.")
    ok(todo("rm", "1"))
    failed(todo("comment", "add", "1", "After it"), "Task 1 is deleted; restore it first.")
    assert todo("comment", "add", "1").exit_code == 2  # no text at all: a usage mistake
    assert todo("comment", "edit", "first", "Hello").exit_code == 2
    assert [c["text"] for c in as_json(todo("comment", "list", "1", "--json"))] == [
        "Before the bin"
    ]


# --------------------------------------------------------------------------- against a server


def test_members_read_each_others_comments_over_http(live_server: LiveServer, todo: Any) -> None:
    ada, grace = email("ada"), email("grace")
    register(live_server, ada)
    as_grace = register(live_server, grace)
    remote = ("--server", live_server.url)
    ok(todo(*remote, "login", "--email", ada, "--password-stdin", stdin=PASSWORD))

    # Ada shares her project with Grace as an editor: each reads what the other wrote.
    garden = as_json(todo(*remote, "project", "add", "Garden", "--json"))["id"]
    ok(todo(*remote, "project", "share", "garden", grace, "--role", "editor"))
    roses = as_json(todo(*remote, "add", "Water the roses +garden", "--json"))["id"]
    mine = as_json(todo(*remote, "comment", "add", str(roses), "Twice a week", "--json"))["id"]
    theirs = comment(live_server, as_grace, roses, "Not in the midday sun")
    assert rows(ok(todo(*remote, "comment", "list", str(roses))).stdout)[1:] == [
        [str(mine), "you", "today HH:MM", "Twice a week"],
        [str(theirs), grace, "today HH:MM", "Not in the midday sun"],
    ]
    seen = httpx.get(f"{live_server.url}/api/v1/tasks/{roses}/comments", headers=as_grace)
    assert [c["text"] for c in seen.json()["items"]] == ["Twice a week", "Not in the midday sun"]
    failed(
        todo(*remote, "comment", "edit", str(theirs), "Mine now"),
        "Only the author of a comment may change or delete it.",
    )
    failed(
        todo(*remote, "comment", "rm", str(theirs)),
        "Only the author of a comment may change or delete it.",
    )
    assert garden == as_json(todo(*remote, "show", str(roses), "--json"))["project_id"]

    # A viewer reads the comments and is told which role writing one takes.
    lawn = make_project(live_server, as_grace, "Lawn")
    share(live_server, as_grace, lawn, ada, "viewer")
    mow = add_task(live_server, as_grace, lawn, "Mow the lawn")
    comment(live_server, as_grace, mow, "Blades are sharp")
    listed = as_json(todo(*remote, "comment", "list", str(mow), "--json"))
    assert [c["text"] for c in listed] == ["Blades are sharp"]
    failed(
        todo(*remote, "comment", "add", str(mow), "On it"),
        "You need the editor role in project 'Lawn' to comment on its tasks; you are a viewer.",
    )

    # The tasks of a project one is not a member of, and their comments, do not exist.
    hidden = make_project(live_server, as_grace, "Hidden")
    secret = add_task(live_server, as_grace, hidden, "Plan the party")
    said = comment(live_server, as_grace, secret, "Keep it quiet")
    failed(todo(*remote, "comment", "list", str(secret)), f"Task {secret} was not found.")
    failed(todo(*remote, "comment", "add", str(secret), "Hi"), f"Task {secret} was not found.")
    failed(todo(*remote, "comment", "edit", str(said), "Hi"), f"Comment {said} was not found.")


def test_comments_over_http_print_what_they_print_locally(
    live_server: LiveServer, todo: Any
) -> None:
    ada = email("ada")
    register(live_server, ada)
    remote = ("--server", live_server.url)
    ok(todo(*remote, "login", "--email", ada, "--password-stdin", stdin=PASSWORD))
    for command in (
        ("project", "add", "Garden"),
        ("add", "Water the roses +garden"),
        ("comment", "list", "1"),
        ("comment", "add", "1", "Twice", "a", "week"),
        ("comment", "add", "1", "Not in the midday sun"),
        ("comment", "edit", "1", "Every other day"),
        ("comment", "list", "1"),
        ("comment", "rm", "2"),
        ("comment", "list", "1"),
    ):
        here, there = todo(*command), todo(*remote, *command)
        assert there.exit_code == here.exit_code == 0, (command, here.output, there.output)
        assert rows(there.stdout) == rows(here.stdout), command
    there = as_json(todo(*remote, "comment", "list", "1", "--json"))
    here = as_json(todo("comment", "list", "1", "--json"))
    assert [(c["id"], c["text"], c["version"]) for c in there] == [(1, "Every other day", 2)]
    assert [(c["id"], c["text"], c["version"]) for c in here] == [(1, "Every other day", 2)]
    for command, sentence in (
        (("comment", "add", "1", ""), "The comment is empty; write something."),
        (("comment", "add", "9", "Hi"), "Task 9 was not found."),
        (("comment", "rm", "9"), "Comment 9 was not found."),
    ):
        failed(todo(*command), sentence)
        failed(todo(*remote, *command), sentence)
