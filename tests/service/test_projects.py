"""Projects and their members: the verbs, the roles they need, what they do to tasks and tags,
and the events they record."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

import anyio
import pytest
from sqlalchemy import update
from sqlmodel import col, select

from todo.adapters.clock import FixedClock
from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.consumer_log import DeadLetter
from todo.domain.events import parse_event
from todo.domain.projects import (
    MEMBERS_PER_PROJECT_MAX,
    PROJECTS_PER_OWNER_MAX,
    MemberCreate,
    MemberUpdate,
    Project,
    ProjectCreate,
    ProjectMember,
    ProjectPublic,
    ProjectRole,
    ProjectUpdate,
)
from todo.domain.scopes import Scope
from todo.domain.tags import Tag, TaskTag
from todo.domain.tasks import Task, TaskCreate
from todo.errors import Busy, Conflict, Forbidden, Invalid, NotFound, PreconditionFailed
from todo.services import tasks
from todo.services.events.consumers import CONSUMERS, consume, consume_many
from todo.services.members import add_member, list_members, remove_member, update_member
from todo.services.projects import (
    create_project,
    delete_project,
    get_project,
    list_projects,
    restore_project,
    update_project,
)
from todo.services.tags import list_tags
from todo.services.users import create_user
from todo.services.validation import parse_input

from .conftest import events_of, new_user

pytestmark = pytest.mark.anyio

VIEWER, EDITOR, ADMIN, OWNER = (
    ProjectRole.VIEWER,
    ProjectRole.EDITOR,
    ProjectRole.ADMIN,
    ProjectRole.OWNER,
)


async def make(app: App, actor: Actor, name: str = "Home", **fields: Any) -> ProjectPublic:
    data = parse_input(ProjectCreate, {"name": name, **fields})
    return await create_project(app.uow(), actor=actor, data=data)


async def email_of(app: App, actor: Actor) -> str:
    uow = app.uow()
    async with uow:
        user = await uow.users.get(actor.user_id)
        assert user is not None
        return user.email


async def share(app: App, owner: Actor, project_id: int, who: Actor, role: ProjectRole) -> None:
    data = MemberCreate(email=await email_of(app, who), role=role.value)
    await add_member(app.uow(), actor=owner, project_id=project_id, data=data)


async def task_in(
    app: App, actor: Actor, project_id: int, title: str, tags: list[str] | None = None
) -> int:
    """Create a task and put it into ``project_id`` (as the task verbs will)."""
    data = parse_input(TaskCreate, {"title": title, "tags": tags or []})
    made = await tasks.create(app.uow(), actor=actor, data=data)
    uow = app.uow()
    async with uow:
        await uow.tasks.move_to(made.id, project_id)
        await uow.commit()
    return made.id


async def task_row(app: App, task_id: int) -> Task:
    async with app.sessions() as session:
        task = (await session.exec(select(Task).where(Task.id == task_id))).one()
        session.expunge(task)
        return task


async def types_of(app: App, actor: Actor) -> list[str]:
    return [event["type"] for event in await events_of(app, actor)]


def token(actor: Actor, *scopes: Scope) -> Actor:
    """The actor as a personal access token with ``scopes`` would be."""
    return replace(actor, scopes=frozenset(scopes), credential="personal_token")


# --- projects ---------------------------------------------------------------------------------


async def test_create_makes_the_creator_its_owner(app: App, me: Actor) -> None:
    made = await make(app, me, "  Home   improvements ", color="#3B82F6", description=" flat ")
    assert (made.name, made.color, made.description) == ("Home improvements", "#3b82f6", "flat")
    assert (made.owner_id, made.role, made.version, made.is_inbox) == (me.user_id, OWNER, 1, False)
    assert made.position == 1  # after the Inbox
    [owner] = await list_members(app.uow(), actor=me, project_id=made.id)
    assert (owner.user_id, owner.role, owner.email) == (me.user_id, OWNER, await email_of(app, me))
    assert owner.accepted_at is not None
    [event] = [e for e in await events_of(app, me) if e["type"] == "todo.project.created"]
    assert event["subject"] == f"projects/{made.id}"
    assert event["data"]["project_id"] == made.id
    assert event["data"]["project"]["name"] == "Home improvements"
    assert "role" not in event["data"]["project"]
    assert (event["data"]["user_id"], event["data"]["actor"]) == (me.user_id, me.user_id)


async def test_list_puts_the_inbox_first_then_by_position(app: App, me: Actor) -> None:
    later = await make(app, me, "Later", position=50)
    first = await make(app, me, "First", position=1)
    after = await make(app, me, "After")
    assert after.position == 51
    listed = await list_projects(app.uow(), actor=me)
    assert [p.name for p in listed] == ["Inbox", "First", "Later", "After"]
    assert (listed[0].is_inbox, listed[0].role) == (True, OWNER)
    assert {p.id for p in listed[1:]} == {later.id, first.id, after.id}


async def test_archived_projects_are_listed_only_when_asked(app: App, me: Actor) -> None:
    made = await make(app, me, "Old")
    await update_project(
        app.uow(), actor=me, project_id=made.id, changes=ProjectUpdate(archived=True)
    )
    assert [p.name for p in await list_projects(app.uow(), actor=me)] == ["Inbox"]
    everything = await list_projects(app.uow(), actor=me, archived=True)
    assert [(p.name, p.archived) for p in everything] == [("Inbox", False), ("Old", True)]
    assert (await get_project(app.uow(), actor=me, project_id=made.id)).archived


async def test_names_are_unique_per_owner_in_any_case(app: App, me: Actor, other: Actor) -> None:
    await make(app, me, "Home")
    with pytest.raises(Conflict, match="already have a project called 'Home'"):
        await make(app, me, "HOME")
    with pytest.raises(Conflict, match="'Inbox'"):
        await make(app, me, "inbox")
    assert (await make(app, other, "home")).name == "home"  # another owner's name


async def test_bad_fields_are_refused_by_name(app: App, me: Actor) -> None:
    for fields, field in [
        ({"name": "   "}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"name": "ok", "color": "blue"}, "color"),
        ({"name": "ok", "color": "#12345"}, "color"),
        ({"name": "ok", "description": "d" * 1001}, "description"),
        ({"name": "ok", "position": -1}, "position"),
        ({"name": "ok\x00"}, "name"),
        ({"name": "ok", "owner_id": "someone"}, "owner_id"),
    ]:
        with pytest.raises(Invalid) as refused:
            parse_input(ProjectCreate, fields)
        assert refused.value.problems[0].field == field, fields
    with pytest.raises(Invalid):
        parse_input(ProjectUpdate, {"name": None})


async def test_a_user_owns_at_most_so_many_projects(app: App, me: Actor) -> None:
    now = app.clock.now()
    async with app.sessions() as session:
        for number in range(PROJECTS_PER_OWNER_MAX - 2):
            name = f"Project {number}"
            session.add(
                Project(
                    owner_id=me.user_id,
                    name=name,
                    name_key=name.casefold(),
                    position=number + 1,
                    created_at=now,
                    updated_at=now,
                )
            )
        await session.commit()
    last = await make(app, me, "The last one")  # the Inbox counts
    with pytest.raises(Conflict, match=f"{PROJECTS_PER_OWNER_MAX} projects"):
        await make(app, me, "One too many")
    await delete_project(app.uow(), actor=me, project_id=last.id)
    await make(app, me, "One too many")  # deleted ones do not count


async def test_update_changes_only_what_is_sent(app: App, me: Actor) -> None:
    made = await make(app, me, "Home", color="#112233", description="flat")
    changed = await update_project(
        app.uow(),
        actor=me,
        project_id=made.id,
        changes=parse_input(ProjectUpdate, {"name": "Flat", "color": None}),
    )
    assert (changed.name, changed.color, changed.description) == ("Flat", None, "flat")
    assert changed.version == 2
    updates = [e for e in await events_of(app, me) if e["type"] == "todo.project.updated"]
    assert [e["data"]["changes"] for e in updates] == [["name", "color"]]
    # The same values again change nothing and record nothing.
    again = await update_project(
        app.uow(),
        actor=me,
        project_id=made.id,
        changes=parse_input(ProjectUpdate, {"name": "Flat", "color": None}),
    )
    assert again.version == 2
    assert (await types_of(app, me)).count("todo.project.updated") == 1
    # A new spelling of the same name is a change of name, not a clash with itself.
    assert (
        await update_project(
            app.uow(), actor=me, project_id=made.id, changes=ProjectUpdate(name="FLAT")
        )
    ).name == "FLAT"


async def test_if_match_refuses_a_stale_version(app: App, me: Actor) -> None:
    made = await make(app, me)
    with pytest.raises(PreconditionFailed, match="changed since you read it"):
        await update_project(
            app.uow(),
            actor=me,
            project_id=made.id,
            changes=ProjectUpdate(name="Flat"),
            expected_versions={2},
        )
    with pytest.raises(PreconditionFailed):
        await delete_project(app.uow(), actor=me, project_id=made.id, expected_versions={7})
    kept = await get_project(app.uow(), actor=me, project_id=made.id)
    assert (kept.name, kept.version) == ("Home", 1)


async def test_the_inbox_keeps_its_name_and_is_never_archived_or_deleted(
    app: App, me: Actor
) -> None:
    [inbox] = await list_projects(app.uow(), actor=me)
    for changes, reason in [
        (ProjectUpdate(name="Stuff"), "keeps its name"),
        (ProjectUpdate(archived=True), "cannot be archived"),
    ]:
        with pytest.raises(Conflict, match=reason):
            await update_project(app.uow(), actor=me, project_id=inbox.id, changes=changes)
    with pytest.raises(Conflict, match="cannot be deleted"):
        await delete_project(app.uow(), actor=me, project_id=inbox.id)
    coloured = await update_project(
        app.uow(), actor=me, project_id=inbox.id, changes=ProjectUpdate(color="#00ff00")
    )
    assert (coloured.name, coloured.color) == ("Inbox", "#00ff00")


async def test_delete_moves_the_project_and_its_tasks_to_the_bin_at_once(
    app: App, me: Actor, clock: FixedClock
) -> None:
    made = await make(app, me)
    binned = await task_in(app, me, made.id, "Deleted before")
    await tasks.delete(app.uow(), actor=me, task_id=binned)
    clock.advance(timedelta(minutes=5))
    kept = [await task_in(app, me, made.id, title) for title in ("Paint", "Clean")]
    elsewhere = (await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Inbox"))).id
    before = len(await events_of(app, me))
    clock.advance(timedelta(minutes=5))
    await delete_project(app.uow(), actor=me, project_id=made.id)
    deleted_at = clock.now()
    new_events = (await events_of(app, me))[before:]
    assert [e["type"] for e in new_events] == ["todo.project.deleted"]
    for task_id in kept:
        row = await task_row(app, task_id)
        assert (row.deleted_at, row.version) == (deleted_at, 2)
    assert (await task_row(app, binned)).deleted_at == deleted_at - timedelta(minutes=10)
    assert (await task_row(app, elsewhere)).deleted_at is None
    with pytest.raises(NotFound, match=f"Project {made.id} was not found"):
        await get_project(app.uow(), actor=me, project_id=made.id)
    assert [p.name for p in await list_projects(app.uow(), actor=me, archived=True)] == ["Inbox"]
    # Deleting it again changes nothing.
    await delete_project(app.uow(), actor=me, project_id=made.id)
    assert (await types_of(app, me)).count("todo.project.deleted") == 1

    clock.advance(timedelta(minutes=5))
    restored = await restore_project(app.uow(), actor=me, project_id=made.id)
    assert (restored.name, restored.version) == ("Home", 3)
    for task_id in kept:
        row = await task_row(app, task_id)
        assert (row.deleted_at, row.version) == (None, 3)
    assert (await task_row(app, binned)).deleted_at is not None  # it went to the bin alone
    assert (await types_of(app, me)).count("todo.project.restored") == 1
    again = await restore_project(app.uow(), actor=me, project_id=made.id)
    assert again.version == 3


async def test_restore_is_refused_while_another_project_has_its_name(app: App, me: Actor) -> None:
    made = await make(app, me, "Home")
    await delete_project(app.uow(), actor=me, project_id=made.id)
    await make(app, me, "home")
    with pytest.raises(Conflict, match="already have a project called 'home'"):
        await restore_project(app.uow(), actor=me, project_id=made.id)


async def test_only_the_owner_deletes_or_restores(app: App, me: Actor, other: Actor) -> None:
    made = await make(app, me)
    await share(app, me, made.id, other, ADMIN)
    with pytest.raises(Forbidden, match="Only the owner of project 'Home' may delete it"):
        await delete_project(app.uow(), actor=other, project_id=made.id)
    await delete_project(app.uow(), actor=me, project_id=made.id)
    # A deleted project is gone for its members: only its owner finds it to restore it.
    with pytest.raises(NotFound):
        await restore_project(app.uow(), actor=other, project_id=made.id)
    with pytest.raises(NotFound):
        await list_members(app.uow(), actor=other, project_id=made.id)
    await restore_project(app.uow(), actor=me, project_id=made.id)
    assert (await get_project(app.uow(), actor=other, project_id=made.id)).role is ADMIN


async def test_roles_decide_who_changes_a_project(app: App, me: Actor) -> None:
    made = await make(app, me)
    viewer, editor, admin = [await new_user(app) for _ in range(3)]
    for who, role in ((viewer, VIEWER), (editor, EDITOR), (admin, ADMIN)):
        await share(app, me, made.id, who, role)
    for who, held in ((viewer, "a viewer"), (editor, "an editor")):
        with pytest.raises(Forbidden, match=rf"need the admin role .* you are {held}"):
            await update_project(
                app.uow(), actor=who, project_id=made.id, changes=ProjectUpdate(name="Mine")
            )
    changed = await update_project(
        app.uow(), actor=admin, project_id=made.id, changes=ProjectUpdate(name="Ours")
    )
    assert (changed.name, changed.role) == ("Ours", ADMIN)
    roles = {p.name: p.role for p in await list_projects(app.uow(), actor=viewer)}
    assert roles == {"Inbox": OWNER, "Ours": VIEWER}


async def test_an_admin_renaming_onto_the_owners_name_is_told_whose(
    app: App, me: Actor, other: Actor
) -> None:
    await make(app, me, "Garden")
    made = await make(app, me, "Home")
    await share(app, me, made.id, other, ADMIN)
    # The admin is told the name they chose is taken, not what the owner's project is called.
    with pytest.raises(Conflict, match="Its owner cannot own it under the name 'garden'"):
        await update_project(
            app.uow(), actor=other, project_id=made.id, changes=ProjectUpdate(name="garden")
        )


async def test_a_non_member_finds_nothing(app: App, me: Actor, other: Actor) -> None:
    made = await make(app, me)
    verbs = [
        get_project(app.uow(), actor=other, project_id=made.id),
        update_project(app.uow(), actor=other, project_id=made.id, changes=ProjectUpdate()),
        delete_project(app.uow(), actor=other, project_id=made.id),
        restore_project(app.uow(), actor=other, project_id=made.id),
        list_members(app.uow(), actor=other, project_id=made.id),
        add_member(
            app.uow(),
            actor=other,
            project_id=made.id,
            data=MemberCreate(email="x@example.test"),
        ),
        update_member(
            app.uow(),
            actor=other,
            project_id=made.id,
            member=me.user_id,
            changes=MemberUpdate(role=VIEWER),
        ),
        remove_member(app.uow(), actor=other, project_id=made.id, member=me.user_id),
        get_project(app.uow(), actor=other, project_id=2**40),
    ]
    for verb in verbs:
        with pytest.raises(NotFound, match="was not found"):
            await verb
    assert [p.name for p in await list_projects(app.uow(), actor=other)] == ["Inbox"]


async def test_personal_tokens_need_projects_write_to_change_anything(app: App, me: Actor) -> None:
    made = await make(app, me)
    reader = token(me, Scope.TASKS_READ, Scope.TASKS_WRITE)
    assert (await get_project(app.uow(), actor=reader, project_id=made.id)).name == "Home"
    assert len(await list_members(app.uow(), actor=reader, project_id=made.id)) == 1
    writes = [
        create_project(app.uow(), actor=reader, data=ProjectCreate(name="Nope")),
        update_project(app.uow(), actor=reader, project_id=made.id, changes=ProjectUpdate()),
        delete_project(app.uow(), actor=reader, project_id=made.id),
        restore_project(app.uow(), actor=reader, project_id=made.id),
        add_member(
            app.uow(), actor=reader, project_id=made.id, data=MemberCreate(email="a@b.test")
        ),
        update_member(
            app.uow(),
            actor=reader,
            project_id=made.id,
            member=me.user_id,
            changes=MemberUpdate(role=ADMIN),
        ),
        remove_member(app.uow(), actor=reader, project_id=made.id, member=me.user_id),
    ]
    for verb in writes:
        with pytest.raises(Forbidden, match="projects:write"):
            await verb
    writer = token(me, Scope.PROJECTS_WRITE)
    with pytest.raises(Forbidden, match="tasks:read"):
        await list_projects(app.uow(), actor=writer)
    assert (await make(app, writer, "Scripted")).role is OWNER


# --- members ----------------------------------------------------------------------------------


async def test_an_account_is_added_at_once_and_an_address_is_invited(
    app: App, me: Actor, other: Actor
) -> None:
    made = await make(app, me)
    theirs = await email_of(app, other)
    added = await add_member(
        app.uow(),
        actor=me,
        project_id=made.id,
        data=MemberCreate(email=theirs.upper(), role="viewer"),
    )
    assert (added.user_id, added.email, added.role) == (other.user_id, theirs, VIEWER)
    assert (added.invited_by, added.accepted_at) == (me.user_id, app.clock.now())
    address = f"{uuid.uuid4().hex}@Example.test"
    invited = await add_member(
        app.uow(), actor=me, project_id=made.id, data=MemberCreate(email=address)
    )
    assert (invited.user_id, invited.email, invited.role) == (None, address.lower(), EDITOR)
    assert invited.accepted_at is None
    listed = await list_members(app.uow(), actor=other, project_id=made.id)
    assert [(m.email, m.role) for m in listed] == [
        (await email_of(app, me), OWNER),
        (theirs, VIEWER),
        (address.lower(), EDITOR),
    ]
    added_events = [e for e in await events_of(app, me) if e["type"] == "todo.member.added"]
    assert [e["data"]["member"]["email"] for e in added_events] == [theirs, address.lower()]
    assert all(e["subject"] == f"projects/{made.id}" for e in added_events)

    # The account opened with the address takes the invitation up.
    newcomer = await create_user(app.uow(), email=address)
    [seen] = [p for p in await list_projects(app.uow(), actor=newcomer) if not p.is_inbox]
    assert (seen.id, seen.role) == (made.id, EDITOR)
    claimed = [e for e in await events_of(app, me) if e["type"] == "todo.member.updated"]
    assert [e["data"]["member"]["user_id"] for e in claimed] == [newcomer.user_id]
    assert claimed[0]["data"]["changes"] == ["user_id", "accepted_at"]
    assert claimed[0]["data"]["actor"] == newcomer.user_id


async def test_an_address_is_added_once(app: App, me: Actor, other: Actor) -> None:
    made = await make(app, me)
    await share(app, me, made.id, other, EDITOR)
    pending = f"{uuid.uuid4().hex}@example.test"
    await add_member(app.uow(), actor=me, project_id=made.id, data=MemberCreate(email=pending))
    for email, says in [
        (await email_of(app, other), "already a member"),
        ((await email_of(app, me)).upper(), "already a member"),
        (pending.upper(), "already invited"),
    ]:
        with pytest.raises(Conflict, match=says):
            await add_member(
                app.uow(), actor=me, project_id=made.id, data=MemberCreate(email=email)
            )
    assert len(await list_members(app.uow(), actor=me, project_id=made.id)) == 3


async def test_the_inbox_is_never_shared(app: App, me: Actor, other: Actor) -> None:
    [inbox] = await list_projects(app.uow(), actor=me)
    with pytest.raises(Conflict, match="Inbox cannot be shared"):
        await share(app, me, inbox.id, other, VIEWER)


async def test_a_project_has_at_most_so_many_members(app: App, me: Actor) -> None:
    made = await make(app, me)
    now = app.clock.now()
    async with app.sessions() as session:
        for number in range(MEMBERS_PER_PROJECT_MAX - 1):
            session.add(
                ProjectMember(
                    project_id=made.id,
                    email=f"guest{number}@example.test",
                    role="viewer",
                    created_at=now,
                )
            )
        await session.commit()
    with pytest.raises(Conflict, match=f"has {MEMBERS_PER_PROJECT_MAX} members"):
        await add_member(
            app.uow(), actor=me, project_id=made.id, data=MemberCreate(email="late@example.test")
        )
    await remove_member(app.uow(), actor=me, project_id=made.id, member="GUEST0@example.test")
    await add_member(
        app.uow(), actor=me, project_id=made.id, data=MemberCreate(email="late@example.test")
    )


async def test_admins_change_roles_below_the_owner(app: App, me: Actor) -> None:
    made = await make(app, me)
    admin, editor = await new_user(app), await new_user(app)
    await share(app, me, made.id, admin, ADMIN)
    await share(app, me, made.id, editor, EDITOR)
    pending = f"{uuid.uuid4().hex}@example.test"
    await add_member(app.uow(), actor=me, project_id=made.id, data=MemberCreate(email=pending))

    promoted = await update_member(
        app.uow(),
        actor=admin,
        project_id=made.id,
        member=editor.user_id,
        changes=MemberUpdate(role=ADMIN),
    )
    assert promoted.role is ADMIN
    lowered = await update_member(
        app.uow(),
        actor=admin,
        project_id=made.id,
        member=pending.upper(),
        changes=MemberUpdate(role=VIEWER),
    )
    assert (lowered.email, lowered.role) == (pending, VIEWER)
    updates = [e for e in await events_of(app, me) if e["type"] == "todo.member.updated"]
    assert [e["data"]["changes"] for e in updates] == [["role"], ["role"]]
    # The same role again records nothing.
    await update_member(
        app.uow(),
        actor=admin,
        project_id=made.id,
        member=editor.user_id,
        changes=MemberUpdate(role=ADMIN),
    )
    assert (await types_of(app, me)).count("todo.member.updated") == 2

    with pytest.raises(Conflict, match="changes only when they hand it over"):
        await update_member(
            app.uow(),
            actor=admin,
            project_id=made.id,
            member=me.user_id,
            changes=MemberUpdate(role=VIEWER),
        )
    with pytest.raises(Forbidden, match="Only the owner of project 'Home' may hand it over"):
        await update_member(
            app.uow(),
            actor=admin,
            project_id=made.id,
            member=admin.user_id,
            changes=MemberUpdate(role=OWNER),
        )
    viewer = await new_user(app)
    await share(app, me, made.id, viewer, VIEWER)
    with pytest.raises(Forbidden, match="need the admin role"):
        await update_member(
            app.uow(),
            actor=viewer,
            project_id=made.id,
            member=viewer.user_id,
            changes=MemberUpdate(role=ADMIN),
        )
    with pytest.raises(NotFound, match=r"no member or invitation 'nobody@example\.test'"):
        await update_member(
            app.uow(),
            actor=me,
            project_id=made.id,
            member="nobody@example.test",
            changes=MemberUpdate(role=ADMIN),
        )


async def test_handing_a_project_over(app: App, me: Actor, other: Actor) -> None:
    made = await make(app, me, "Home")
    tagged = await task_in(app, me, made.id, "Paint", ["home", "Paint"])
    mine = (await tasks.create(app.uow(), actor=me, data=TaskCreate(title="x", tags=["home"]))).id
    await share(app, me, made.id, other, EDITOR)
    # The new owner already has a tag of that name, spelt their way.
    await tasks.create(app.uow(), actor=other, data=TaskCreate(title="a", tags=["HOME"]))

    handed = await update_member(
        app.uow(),
        actor=me,
        project_id=made.id,
        member=other.user_id,
        changes=MemberUpdate(role=OWNER),
    )
    assert (handed.user_id, handed.role) == (other.user_id, OWNER)
    project = await get_project(app.uow(), actor=other, project_id=made.id)
    assert (project.owner_id, project.role, project.version) == (other.user_id, OWNER, 2)
    assert (await get_project(app.uow(), actor=me, project_id=made.id)).role is ADMIN
    # The task's tags are the new owner's now; the previous owner keeps their own tasks' tags.
    assert (await tasks.get(app.uow(), actor=me, task_id=tagged)).tags == ["HOME", "Paint"]
    assert (await tasks.get(app.uow(), actor=me, task_id=mine)).tags == ["home"]
    async with app.sessions() as session:
        owners = (
            await session.exec(
                select(Tag.user_id)
                .join(TaskTag, col(TaskTag.tag_id) == col(Tag.id))
                .where(TaskTag.task_id == tagged)
            )
        ).all()
    assert set(owners) == {other.user_id}
    assert {t.name: t.total for t in await list_tags(app.uow(), actor=me)} == {
        "home": 1,
        "Paint": 0,
    }
    events = [e for e in await events_of(app, other) if e["subject"] == f"projects/{made.id}"]
    assert [(e["type"], e["data"].get("changes")) for e in events] == [
        ("todo.member.updated", ["role"]),
        ("todo.member.updated", ["role"]),
        ("todo.project.updated", ["owner_id"]),
    ]
    assert [e["data"]["member"]["role"] for e in events[:2]] == ["admin", "owner"]

    # The previous owner, now an admin, may leave; the new owner may not.
    with pytest.raises(Conflict, match="hand it over to another member"):
        await remove_member(app.uow(), actor=other, project_id=made.id, member=other.user_id)
    await remove_member(app.uow(), actor=me, project_id=made.id, member=me.user_id)
    with pytest.raises(NotFound):
        await get_project(app.uow(), actor=me, project_id=made.id)


async def test_handing_over_needs_an_account_and_a_free_name(
    app: App, me: Actor, other: Actor
) -> None:
    made = await make(app, me, "Home")
    pending = f"{uuid.uuid4().hex}@example.test"
    await add_member(app.uow(), actor=me, project_id=made.id, data=MemberCreate(email=pending))
    with pytest.raises(Conflict, match="has no account yet"):
        await update_member(
            app.uow(),
            actor=me,
            project_id=made.id,
            member=pending,
            changes=MemberUpdate(role=OWNER),
        )
    await make(app, other, "HOME")
    await share(app, me, made.id, other, ADMIN)
    with pytest.raises(Conflict, match="cannot own it under the name 'Home'"):
        await update_member(
            app.uow(),
            actor=me,
            project_id=made.id,
            member=other.user_id,
            changes=MemberUpdate(role=OWNER),
        )
    assert (await get_project(app.uow(), actor=me, project_id=made.id)).role is OWNER
    # Handing it to oneself changes nothing.
    same = await update_member(
        app.uow(),
        actor=me,
        project_id=made.id,
        member=me.user_id,
        changes=MemberUpdate(role=OWNER),
    )
    assert same.role is OWNER


async def test_removing_and_leaving(app: App, me: Actor) -> None:
    made = await make(app, me)
    admin, editor, viewer = [await new_user(app) for _ in range(3)]
    for who, role in ((admin, ADMIN), (editor, EDITOR), (viewer, VIEWER)):
        await share(app, me, made.id, who, role)
    assigned = await task_in(app, me, made.id, "Paint")
    async with app.sessions() as session:
        await session.exec(
            update(Task).where(col(Task.id) == assigned).values(assignee_id=editor.user_id)
        )
        await session.commit()

    with pytest.raises(Forbidden, match=r"need the admin role .* to remove members"):
        await remove_member(app.uow(), actor=viewer, project_id=made.id, member=editor.user_id)
    with pytest.raises(Conflict, match="owner of project 'Home' cannot be removed"):
        await remove_member(app.uow(), actor=admin, project_id=made.id, member=me.user_id)
    with pytest.raises(Conflict, match="You own project 'Home'; hand it over"):
        await remove_member(app.uow(), actor=me, project_id=made.id, member=me.user_id)

    await remove_member(app.uow(), actor=admin, project_id=made.id, member=editor.user_id)
    row = await task_row(app, assigned)
    assert (row.assignee_id, row.version) == (None, 2)
    with pytest.raises(NotFound):
        await get_project(app.uow(), actor=editor, project_id=made.id)
    await remove_member(app.uow(), actor=viewer, project_id=made.id, member=viewer.user_id)
    assert [p.name for p in await list_projects(app.uow(), actor=viewer)] == ["Inbox"]

    pending = f"{uuid.uuid4().hex}@example.test"
    await add_member(app.uow(), actor=me, project_id=made.id, data=MemberCreate(email=pending))
    await remove_member(app.uow(), actor=admin, project_id=made.id, member=pending)
    listed = await list_members(app.uow(), actor=me, project_id=made.id)
    assert [m.user_id for m in listed] == [me.user_id, admin.user_id]
    removed = [e for e in await events_of(app, me) if e["type"] == "todo.member.removed"]
    assert [(e["data"]["member"]["email"], e["data"]["actor"]) for e in removed] == [
        (await email_of(app, editor), admin.user_id),
        (await email_of(app, viewer), viewer.user_id),
        (pending, admin.user_id),
    ]
    # The invitation is gone: an account opened with the address joins nothing.
    newcomer = await create_user(app.uow(), email=pending)
    assert [p.name for p in await list_projects(app.uow(), actor=newcomer)] == ["Inbox"]


async def test_the_event_consumers_skip_project_events(app: App, me: Actor, other: Actor) -> None:
    """The events of projects pass every consumer by, and those of members every one but the
    collaboration consumer (which tells an added member): none becomes a dead letter."""
    made = await make(app, me)
    await share(app, me, made.id, other, EDITOR)
    await update_project(
        app.uow(), actor=me, project_id=made.id, changes=ProjectUpdate(name="Flat")
    )
    await remove_member(app.uow(), actor=me, project_id=made.id, member=other.user_id)
    await delete_project(app.uow(), actor=me, project_id=made.id)
    await restore_project(app.uow(), actor=me, project_id=made.id)
    events = [e for e in await events_of(app, me) if e["subject"] == f"projects/{made.id}"]
    assert [e["type"] for e in events] == [
        "todo.project.created",
        "todo.member.added",
        "todo.project.updated",
        "todo.member.removed",
        "todo.project.deleted",
        "todo.project.restored",
    ]
    members = {"todo.member.added", "todo.member.updated"}
    for consumer in CONSUMERS:
        taken = [consumer.name == "collaboration" and e["type"] in members for e in events]
        for event, wanted in zip(events, taken, strict=True):
            assert (parse_event(event) is None) == (event["type"] not in members)
            assert await consume(app.uow, consumer, event, attempts=1) == wanted
        # Delivered again, in one batch: each was applied once already.
        assert await consume_many(app.uow, consumer, events, attempts=1) == [False] * len(events)
    async with app.sessions() as session:
        parked = (await session.exec(select(DeadLetter))).all()
    assert [letter for letter in parked if letter.event_id in {e["id"] for e in events}] == []


async def test_changes_at_the_same_moment_cannot_break_the_rules(app: App, me: Actor) -> None:
    """Five creations of one name and five additions of one address at once: one of each
    lands, every other is refused (a clash, after a retry when the database was busy)."""
    made = await make(app, me, "Shared")
    outcomes: list[str] = []

    async def until_answered(change: Callable[[], Awaitable[object]]) -> None:
        for _ in range(50):
            try:
                await change()
            except Busy as busy:
                await anyio.sleep(busy.retry_after / 20)
                continue
            except Conflict:
                outcomes.append("refused")
            else:
                outcomes.append("done")
            return
        raise AssertionError("still busy after 50 tries")

    def create() -> Awaitable[object]:
        return create_project(app.uow(), actor=me, data=ProjectCreate(name="Home"))

    def invite() -> Awaitable[object]:
        data = MemberCreate(email="grace@example.test")
        return add_member(app.uow(), actor=me, project_id=made.id, data=data)

    for change in (create, invite):
        outcomes.clear()
        async with anyio.create_task_group() as group:
            for _ in range(5):
                group.start_soon(until_answered, change)
        assert sorted(outcomes) == ["done"] + ["refused"] * 4
    assert [p.name for p in await list_projects(app.uow(), actor=me)] == ["Inbox", "Shared", "Home"]
    assert len(await list_members(app.uow(), actor=me, project_id=made.id)) == 2
