"""Checks of the project tools shared by every transport: projects, sharing, subtasks,
assignees and comments, as several users' assistants use them."""

from __future__ import annotations

from dataclasses import dataclass

from mcp.client.client import Client

from .conftest import call, ok, refused


@dataclass
class Person:
    """A user's assistant: its MCP client, and who the user is."""

    client: Client
    user_id: str
    email: str


async def check_sharing(owner: Person, editor: Person, viewer: Person, stranger: Person) -> None:
    """A project shared by ``share_project`` is used by name by its members, as their role
    allows; to anybody else it does not exist."""
    made = ok(await call(owner.client, "add_project", name="Groceries", color="#3B82F6"))
    assert (made["status"], made["name"]) == ("created", "Groceries")
    project = made["project_id"]
    assert made["project"] == {
        "project_id": project,
        "name": "Groceries",
        "description": None,
        "color": "#3b82f6",
        "role": "owner",
        "archived": False,
        "is_inbox": False,
    }
    shared = ok(await call(owner.client, "share_project", project="groceries", email=editor.email))
    assert (shared["status"], shared["role"], shared["project_id"]) == ("shared", "editor", project)
    assert shared["message"] == f"Shared 'Groceries' with {editor.email} as an editor."
    by_id = ok(
        await call(
            owner.client, "share_project", project=str(project), email=viewer.email, role="viewer"
        )
    )
    assert (by_id["status"], by_id["role"], by_id["project"]) == ("shared", "viewer", "Groceries")

    listed = ok(await call(editor.client, "list_projects"))
    assert listed["count"] == len(listed["projects"]) == 2
    inbox, groceries = listed["projects"]
    assert (inbox["is_inbox"], inbox["role"]) == (True, "owner")
    assert (groceries["project_id"], groceries["role"]) == (project, "editor")

    added = ok(await call(editor.client, "add_task", title="Buy oat milk", project="GROCERIES"))
    assert added["task"]["project_id"] == project
    assert added["task"]["assignee_id"] is None
    mine = ok(await call(editor.client, "add_task", title="Call the bank"))
    assert mine["task"]["project_id"] == inbox["project_id"]
    for who in (editor, owner, viewer):
        seen = ok(await call(who.client, "list_tasks", project="Groceries"))
        assert [task["title"] for task in seen["tasks"]] == ["Buy oat milk"], who.email
    assert ok(await call(owner.client, "list_tasks", project=project))["count"] == 1

    denied = refused(await call(viewer.client, "add_task", title="Crisps", project="Groceries"))
    assert "the editor role" in denied, denied
    assert "you are a viewer" in denied, denied
    not_yours = refused(await call(stranger.client, "list_tasks", project="Groceries"))
    assert not_yours == "You have no project called 'Groceries'."
    assert "not found" in refused(await call(stranger.client, "list_tasks", project=project))
    assert "not found" in refused(
        await call(stranger.client, "share_project", project=project, email=stranger.email)
    )
    again = refused(await call(owner.client, "share_project", project=project, email=editor.email))
    assert "already a member" in again
    invited = ok(
        await call(owner.client, "share_project", project="Groceries", email="new@example.test")
    )
    assert invited["status"] == "invited"
    inbox_shared = refused(
        await call(owner.client, "share_project", project="Inbox", email=viewer.email)
    )
    assert "Inbox cannot be shared" in inbox_shared
    seen = ok(await call(owner.client, "list_tasks", project="Groceries"))
    assert [task["title"] for task in seen["tasks"]] == ["Buy oat milk"]


async def check_placement(owner: Person) -> None:
    """``project`` moves a task, ``parent_id`` makes a subtask, ``assignee`` assigns it, and
    ``clear`` takes a parent or an assignee away."""
    home = ok(await call(owner.client, "add_project", name="Home"))["project_id"]
    rent = ok(await call(owner.client, "add_task", title="Pay rent"))
    inbox = rent["task"]["project_id"]
    moved = ok(await call(owner.client, "update_task", task_id=rent["task_id"], project="home"))
    assert (moved["status"], moved["task"]["project_id"]) == ("updated", home)
    assert moved["before"]["project_id"] == inbox
    same = ok(await call(owner.client, "update_task", task_id=rent["task_id"], project=home))
    assert same["status"] == "unchanged"

    sub = ok(
        await call(
            owner.client,
            "add_task",
            title="Find the IBAN",
            parent_id=rent["task_id"],
            assignee="me",
        )
    )
    assert sub["task"]["parent_id"] == rent["task_id"]
    assert sub["task"]["project_id"] == home, "a subtask is in its parent's project"
    assert sub["task"]["assignee_id"] == owner.user_id
    assigned = ok(await call(owner.client, "list_tasks", assignee="me"))
    assert [task["task_id"] for task in assigned["tasks"]] == [sub["task_id"]]
    by_id = ok(await call(owner.client, "list_tasks", assignee=owner.user_id))
    assert by_id == assigned

    loose = ok(
        await call(
            owner.client, "update_task", task_id=sub["task_id"], clear=["parent", "assignee"]
        )
    )
    assert (loose["task"]["parent_id"], loose["task"]["assignee_id"]) == (None, None)
    back = ok(
        await call(owner.client, "update_task", task_id=sub["task_id"], parent_id=rent["task_id"])
    )
    assert back["task"]["parent_id"] == rent["task_id"]
    both = refused(
        await call(
            owner.client,
            "update_task",
            task_id=sub["task_id"],
            parent_id=rent["task_id"],
            clear=["parent"],
        )
    )
    assert "not both" in both
    nobody = refused(await call(owner.client, "list_tasks", project="Nowhere"))
    assert nobody == "You have no project called 'Nowhere'."
    assert "project" in refused(await call(owner.client, "add_task", title="x", project="  "))


async def check_comments(author: Person, viewer: Person) -> None:
    """``add_comment`` writes under a task named by id or words; ambiguous words change
    nothing, and a viewer of the project may not comment."""
    project = ok(await call(author.client, "add_project", name="Garden"))["project_id"]
    ok(
        await call(
            author.client, "share_project", project=project, email=viewer.email, role="viewer"
        )
    )
    hedge = ok(await call(author.client, "add_task", title="Trim the hedge", project="Garden"))
    ok(await call(author.client, "add_task", title="Trim the roses", project="Garden"))

    written = ok(
        await call(author.client, "add_comment", task="hedge", text="  The shears are blunt. ")
    )
    assert (written["status"], written["task_id"], written["text"]) == (
        "created",
        hedge["task_id"],
        "The shears are blunt.",
    )
    assert written["comment_id"] is not None
    assert written["message"] == "Commented on 'Trim the hedge'."
    by_id = ok(await call(author.client, "add_comment", task_id=hedge["task_id"], text="Done?"))
    assert by_id["comment_id"] != written["comment_id"]

    ambiguous = ok(await call(author.client, "add_comment", task="trim", text="Which one?"))
    assert (ambiguous["status"], ambiguous["comment_id"], ambiguous["task_id"]) == (
        "ambiguous",
        None,
        None,
    )
    assert len(ambiguous["candidates"]) == 2
    assert "task_id" in ambiguous["message"]

    denied = refused(
        await call(viewer.client, "add_comment", task_id=hedge["task_id"], text="Hello")
    )
    assert "viewer" in denied, denied
    assert "'text' is required." in refused(
        await call(author.client, "add_comment", task_id=hedge["task_id"])
    )
    assert (
        "comment"
        in refused(
            await call(author.client, "add_comment", task_id=hedge["task_id"], text="   ")
        ).casefold()
    )
