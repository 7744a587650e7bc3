"""``todo project …`` and the tasks of projects from the console: on the embedded database and
against a real server, with the same output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from todo.domain.users import LOCAL_USER_EMAIL
from todo.entrypoints.cli.main import app

from .conftest import LiveServer

PASSWORD = "correct horse battery"


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


def ok(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return result


def as_json(result: Any) -> Any:
    return json.loads(ok(result).stdout)


def failed(result: Any, sentence: str, code: int = 1) -> None:
    assert result.exit_code == code, result.output
    assert result.stderr == f"Error: {sentence}\n"
    assert "Traceback" not in result.output


def titles_and_depths(listing: str) -> list[tuple[str, int]]:
    """Return the titles of a task table with how far each is indented under its parent."""
    rows = []
    for line in listing.splitlines()[1:]:
        cell = line.split("·", 1)[1][2:]  # after the mark and the columns' gap
        title = cell.lstrip(" ")
        rows.append((title.split("  ")[0], (len(cell) - len(title)) // 2))
    return rows


def details(shown: str) -> dict[str, str]:
    """Return the rows of ``todo show``: label to value."""
    rows = (line.split("  ", 1) for line in shown.splitlines())
    return {label: value.strip() for label, value in rows}


# --------------------------------------------------------------------------- the embedded database


def test_projects_from_making_to_the_bin_and_back(todo: Any) -> None:
    assert ok(todo("project", "list")).stdout.splitlines() == [
        "ID  Name   Role ",
        " 1  Inbox  owner",
    ]
    added = ok(todo("project", "add", "Home", "Improvement", "--color", "#22C55E", "-d", "Flat"))
    assert added.stdout == "Added project 2: Home Improvement\n"
    made = as_json(todo("project", "add", "Groceries", "--json"))
    assert (made["id"], made["name"], made["role"], made["is_inbox"]) == (
        3,
        "Groceries",
        "owner",
        False,
    )
    listed = as_json(todo("project", "list", "--json"))
    assert [(p["name"], p["color"], p["description"]) for p in listed] == [
        ("Inbox", None, None),
        ("Home Improvement", "#22c55e", "Flat"),
        ("Groceries", None, None),
    ]

    renamed = todo("project", "edit", "home improvement", "--name", "Flat", "--color", "none")
    assert ok(renamed).stdout == "Updated project 2: Flat\n"
    archived = ok(todo("project", "edit", "GROCERIES", "--archive"))
    assert archived.stdout == "Updated project 3: Groceries (archived)\n"
    assert [line.split()[1] for line in ok(todo("project", "list")).stdout.splitlines()[1:]] == [
        "Inbox",
        "Flat",
    ]
    every = ok(todo("project", "list", "--all")).stdout
    assert "Groceries (archived)" in every
    assert (
        ok(todo("project", "edit", "3", "--unarchive")).stdout == "Updated project 3: Groceries\n"
    )
    cleared = as_json(todo("project", "edit", "flat", "--description", "", "--json"))
    assert (cleared["description"], cleared["color"]) == (None, None)

    ok(todo("add", "Buy milk +groceries"))
    deleted = ok(todo("project", "rm", "Groceries"))
    assert deleted.stdout == (
        "Deleted project 3: Groceries, with its tasks; `todo project restore 3` brings them back.\n"
    )
    assert as_json(todo("list", "--json")) == []
    failed(todo("project", "members", "groceries"), "You have no project called 'groceries'.")
    assert ok(todo("project", "restore", "3")).stdout == "Restored project 3: Groceries\n"
    assert [t["title"] for t in as_json(todo("list", "--json"))] == ["Buy milk"]

    ok(todo("project", "edit", "groceries", "--archive"))  # out of the list, found with --all
    assert as_json(todo("list", "--json")) == []
    assert [t["title"] for t in as_json(todo("list", "--all", "--json"))] == ["Buy milk"]
    assert [t["title"] for t in as_json(todo("list", "--all", "--search", "milk", "--json"))] == [
        "Buy milk"
    ]


def test_project_mistakes_are_one_sentence(todo: Any) -> None:
    failed(
        todo("project", "edit", "nowhere", "--name", "X"), "You have no project called 'nowhere'."
    )
    failed(todo("project", "members", "99"), "Project 99 was not found.")
    failed(todo("project", "restore", "99"), "Project 99 was not found.")
    failed(todo("project", "rm", "inbox"), "The Inbox cannot be deleted; it is where new tasks go.")
    failed(todo("project", "edit", "Inbox", "--archive"), "The Inbox cannot be archived.")
    failed(
        todo("project", "edit", "1", "--name", "Later"),
        "The Inbox keeps its name.",
    )
    failed(
        todo("project", "add", "Paint", "--color", "red"),
        "The colour must be written #rrggbb, e.g. #3b82f6.",
    )
    ok(todo("project", "add", "Paint"))
    failed(
        todo("project", "add", "PAINT"),
        "You already have a project called 'Paint'; choose another name.",
    )
    nothing = todo("project", "edit", "paint")
    assert nothing.exit_code == 2
    assert nothing.stderr.startswith("Error: nothing to change;")
    assert todo("project", "share", "paint", "a@example.com", "--role", "owner").exit_code == 2
    failed(
        todo("project", "share", "inbox", "a@example.com"),
        "The Inbox cannot be shared; make a project to share instead.",
    )
    failed(todo("add", "Mix colours +Pant"), "You have no project called 'Pant'.")
    failed(todo("add", "Mix colours", "--project", "Pant"), "You have no project called 'Pant'.")
    failed(todo("list", "--project", "12"), "Project 12 was not found.")
    assert todo("edit", "1", "--parent", "first").exit_code == 2
    assert as_json(todo("list", "--all", "--json")) == []  # nothing was written


def test_tasks_in_projects_subtasks_and_assignees(todo: Any) -> None:
    ok(todo("project", "add", "Flat"))
    ok(todo("project", "add", "Groceries"))
    added = ok(todo("add", "Buy milk +groceries tomorrow"))
    assert added.stdout == "Added 1: Buy milk (in Groceries, due tomorrow)\n"
    ok(todo("add", "Paint the walls", "--project", "FLAT"))
    sub = ok(todo("add", "Sand the walls", "--parent", "2", "--assignee", "me"))
    assert sub.stdout == "Added 3: Sand the walls (in Flat, subtask of 2)\n"
    ok(todo("add", "Fill the cracks", "--parent", "3"))
    ok(todo("add", "Read the mail"))

    listing = ok(todo("list")).stdout
    assert listing.splitlines()[0].split() == ["ID", "Title", "Project", "Due", "Priority", "Tags"]
    assert titles_and_depths(listing) == [
        ("Read the mail", 0),
        ("Paint the walls", 0),
        ("Sand the walls", 1),
        ("Fill the cracks", 2),
        ("Buy milk", 0),
    ]
    assert [line.split("  ")[-1].strip() for line in listing.splitlines()[1:3]] == ["", ""]
    assert "Groceries  tomorrow" in listing.splitlines()[5]
    # One project: no project column; a subtask whose parent is not listed is at the top.
    flat = ok(todo("list", "--project", "flat", "--search", "cracks")).stdout
    assert flat.splitlines()[0].split() == ["ID", "Title", "Due", "Priority", "Tags"]
    assert titles_and_depths(flat) == [("Fill the cracks", 0)]
    assert [t["id"] for t in as_json(todo("list", "--project", "2", "--json"))] == [4, 3, 2]
    mine = as_json(todo("list", "--assignee", "me", "--json"))
    assert [t["title"] for t in mine] == ["Sand the walls"]

    shown = details(ok(todo("show", "3")).stdout)
    assert (shown["Project"], shown["Subtask of"], shown["Assigned to"]) == (
        "Flat",
        "task 2",
        "you",
    )
    assert "Project" in details(ok(todo("show", "5")).stdout)  # the Inbox is named too
    assert "Subtask of" not in details(ok(todo("show", "5")).stdout)

    moved = as_json(todo("edit", "1", "--project", "flat", "--json"))
    assert moved["project_id"] == 2
    top = as_json(todo("edit", "3", "--parent", "none", "--assignee", "none", "--json"))
    assert (top["parent_id"], top["assignee_id"]) == (None, None)
    back = ok(todo("edit", "1", "+Groceries"))
    assert back.stdout == "Updated 1: Buy milk (in Groceries, due tomorrow)\n"
    # The JSON list is the tasks as they are, nothing added.
    assert {t["project_id"] for t in as_json(todo("list", "--json"))} == {1, 2, 3}


def test_sharing_from_the_console(todo: Any) -> None:
    ok(todo("user", "create", "grace@example.com", "--password-stdin", stdin=PASSWORD))
    ok(todo("project", "add", "Garden"))  # 3: the new account has the Inbox 2
    shared = ok(todo("project", "share", "garden", "Grace@Example.com", "--role", "viewer"))
    assert shared.stdout == "Shared project 3 (Garden) with grace@example.com as viewer.\n"
    invited = ok(todo("project", "share", "garden", "alan@example.com"))
    assert invited.stdout == (
        "Invited alan@example.com to project 3 (Garden) as editor; the account opened with "
        "that address joins it.\n"
    )
    members = as_json(todo("project", "members", "garden", "--json"))
    assert [(m["email"], m["role"], m["user_id"] is None) for m in members] == [
        (LOCAL_USER_EMAIL, "owner", False),
        ("grace@example.com", "viewer", False),
        ("alan@example.com", "editor", True),
    ]
    table = ok(todo("project", "members", "3")).stdout.splitlines()
    assert [line.split()[:3] for line in table] == [
        ["E-mail", "Role", "Joined"],
        [LOCAL_USER_EMAIL, "owner", "today"],
        ["grace@example.com", "viewer", "today"],
        ["alan@example.com", "editor", "invited"],
    ]
    assert ok(todo("project", "unshare", "garden", "ALAN@example.com")).stdout == (
        "Removed alan@example.com from project 3 (Garden).\n"
    )
    assert ok(todo("project", "list")).stdout.splitlines()[2].split() == ["3", "Garden", "owner"]

    failed(
        todo("project", "leave", "garden"),
        "You own project 'Garden'; hand it over to another member (give them the role owner) "
        "before you leave it.",
    )
    handed = ok(todo("project", "transfer", "garden", "grace@example.com"))
    assert handed.stdout == (
        "Project 3 (Garden) now belongs to grace@example.com; you are an admin of it.\n"
    )
    assert ok(todo("project", "list")).stdout.splitlines()[2].split() == ["3", "Garden", "admin"]
    failed(
        todo("project", "rm", "garden"),
        "Only the owner of project 'Garden' may delete it.",
    )
    assert ok(todo("project", "leave", "3")).stdout == "You left project 3 (Garden).\n"
    assert [p["name"] for p in as_json(todo("project", "list", "--json"))] == ["Inbox"]
    failed(todo("project", "members", "3"), "Project 3 was not found.")
    failed(todo("project", "members", "garden"), "You have no project called 'garden'.")


# --------------------------------------------------------------------------- against a server


def register(server: LiveServer, email: str) -> dict[str, str]:
    """Open an account on the server; return the headers that act as it."""
    made = httpx.post(
        f"{server.url}/api/v1/auth/register",
        json={"email": email, "password": PASSWORD, "timezone": "Europe/Berlin"},
    )
    assert made.status_code == 202, made.text
    signed_in = httpx.post(
        f"{server.url}/api/v1/auth/token", data={"username": email, "password": PASSWORD}
    )
    assert signed_in.status_code == 200, signed_in.text
    return {"Authorization": f"Bearer {signed_in.json()['access_token']}"}


def make_project(server: LiveServer, headers: dict[str, str], name: str) -> int:
    made = httpx.post(f"{server.url}/api/v1/projects", json={"name": name}, headers=headers)
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def share(
    server: LiveServer, headers: dict[str, str], project_id: int, email: str, role: str
) -> None:
    url = f"{server.url}/api/v1/projects/{project_id}/members"
    added = httpx.post(url, json={"email": email, "role": role}, headers=headers)
    assert added.status_code == 201, added.text


def test_projects_over_http_print_what_they_print_locally(
    live_server: LiveServer, todo: Any
) -> None:
    register(live_server, "ada@example.com")
    remote = ("--server", live_server.url)
    ok(todo(*remote, "login", "--email", "ada@example.com", "--password-stdin", stdin=PASSWORD))

    for command in (
        ("project", "add", "Groceries", "--color", "#22c55e"),
        ("project", "add", "Flat"),
        ("add", "Buy milk +groceries tomorrow"),
        ("add", "Read the mail"),
        ("project", "edit", "flat", "--archive"),
        ("project", "list"),
        ("project", "list", "--all"),
        ("list",),
        ("list", "--project", "GROCERIES"),
        ("edit", "1", "+Flat"),
        ("project", "edit", "flat", "--unarchive", "--name", "Home"),
        ("show", "1"),
        ("project", "rm", "groceries"),
        ("project", "restore", "2"),
        ("project", "members", "home", "--json"),
    ):
        here, there = todo(*command), todo(*remote, *command)
        assert there.exit_code == here.exit_code == 0, (command, here.output, there.output)
        if command[-1] == "--json":
            assert [m["role"] for m in json.loads(there.stdout)] == ["owner"]
        else:
            assert there.stdout == here.stdout, command
    for command, sentence in (
        (("project", "edit", "nowhere", "--name", "X"), "You have no project called 'nowhere'."),
        (("add", "Paint +Nowhere"), "You have no project called 'Nowhere'."),
        (("project", "rm", "inbox"), "The Inbox cannot be deleted; it is where new tasks go."),
    ):
        failed(todo(*command), sentence)
        failed(todo(*remote, *command), sentence)


def test_roles_and_sharing_over_http(live_server: LiveServer, todo: Any) -> None:
    register(live_server, "ada@example.com")
    grace = register(live_server, "grace@example.com")
    alan = register(live_server, "alan@example.com")
    remote = ("--server", live_server.url)
    ok(todo(*remote, "login", "--email", "ada@example.com", "--password-stdin", stdin=PASSWORD))

    # A viewer sees the project and is told, in the service's words, what they may not do.
    garden = make_project(live_server, grace, "Garden")
    share(live_server, grace, garden, "ada@example.com", "viewer")
    listed = ok(todo(*remote, "project", "list")).stdout.splitlines()
    assert listed[-1].split() == [str(garden), "Garden", "viewer"]
    failed(
        todo(*remote, "project", "edit", "garden", "--name", "Yard"),
        "You need the admin role in project 'Garden' to change it; you are a viewer.",
    )
    failed(
        todo(*remote, "add", "Mow the lawn +garden"),
        "You need the editor role in project 'Garden' to add tasks to it; you are a viewer.",
    )
    # A project one is not a member of does not exist, whoever owns it.
    hidden = make_project(live_server, grace, "Hidden")
    failed(todo(*remote, "project", "members", str(hidden)), f"Project {hidden} was not found.")
    failed(todo(*remote, "list", "--project", str(hidden)), f"Project {hidden} was not found.")

    # Two projects of one name shared by two people: the name alone does not say which.
    trips = [make_project(live_server, owner, "Trip") for owner in (grace, alan)]
    for owner, trip in zip((grace, alan), trips, strict=True):
        share(live_server, owner, trip, "ada@example.com", "editor")
    failed(
        todo(*remote, "project", "members", "trip"),
        f"Several of your projects are called 'trip' (ids {trips[0]}, {trips[1]}); "
        "name one by its id.",
    )
    assert len(as_json(todo(*remote, "project", "members", str(trips[1]), "--json"))) == 2

    # Sharing one's own project, handing it over, and leaving it.
    books = as_json(todo(*remote, "project", "add", "Books", "--json"))["id"]
    shared = ok(todo(*remote, "project", "share", "books", "grace@example.com", "-r", "admin"))
    assert shared.stdout == f"Shared project {books} (Books) with grace@example.com as admin.\n"
    table = ok(todo(*remote, "project", "members", "books")).stdout
    assert [line.split()[:2] for line in table.splitlines()[1:]] == [
        ["ada@example.com", "owner"],
        ["grace@example.com", "admin"],
    ]
    handed = ok(todo(*remote, "project", "transfer", "books", "grace@example.com"))
    assert handed.stdout == (
        f"Project {books} (Books) now belongs to grace@example.com; you are an admin of it.\n"
    )
    assert ok(todo(*remote, "project", "leave", "books")).stdout == (
        f"You left project {books} (Books).\n"
    )
    failed(todo(*remote, "project", "members", "books"), "You have no project called 'books'.")
    mine = httpx.get(f"{live_server.url}/api/v1/projects", headers=grace).json()
    assert [(p["name"], p["role"]) for p in mine if p["name"] == "Books"] == [("Books", "owner")]


def test_project_parent_and_assignee_options_over_http(live_server: LiveServer, todo: Any) -> None:
    register(live_server, "ada@example.com")
    remote = ("--server", live_server.url)
    ok(todo(*remote, "login", "--email", "ada@example.com", "--password-stdin", stdin=PASSWORD))
    ok(todo(*remote, "project", "add", "Flat"))
    ok(todo("project", "add", "Flat"))
    for command in (
        ("add", "Paint the walls", "--project", "flat"),
        ("add", "Sand the walls", "--parent", "1", "--assignee", "me"),
        ("add", "Read the mail"),
        ("list",),
        ("edit", "2", "--parent", "none", "--assignee", "none", "--project", "inbox"),
        ("list",),
    ):
        here, there = todo(*command), todo(*remote, *command)
        assert there.exit_code == here.exit_code == 0, (command, here.output, there.output)
        assert there.stdout == here.stdout, command
