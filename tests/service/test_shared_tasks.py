"""The tasks of a shared project: who may read and change them, subtasks, moves and assignees.

Projects and memberships are written straight into their tables here, so that these tests hold
the task verbs to the role each member has, whatever the verbs that manage projects do.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import select

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.projects import Project, ProjectMember, ProjectRole
from todo.domain.task_query import TaskQuery
from todo.domain.tasks import Task, TaskCreate, TaskUpdate
from todo.errors import Conflict, Forbidden, Invalid, NotFound
from todo.services import tasks
from todo.services.task_list import list_tasks
from todo.services.task_tree import MAX_DEPTH, SUBTASKS_MAX

from .conftest import events_of, new_user

pytestmark = pytest.mark.anyio


async def make_project(
    app: App, owner: Actor, name: str, members: dict[str, ProjectRole] | None = None
) -> int:
    """Write a project of ``owner`` with ``members`` (user id → role); return its id."""
    now = app.clock.now()
    async with app.sessions() as session:
        project = Project(
            owner_id=owner.user_id,
            name=name,
            name_key=name.casefold(),
            created_at=now,
            updated_at=now,
            position=1,
        )
        session.add(project)
        await session.flush()
        assert project.id is not None
        roles = {owner.user_id: ProjectRole.OWNER, **(members or {})}
        for user_id, role in roles.items():
            session.add(
                ProjectMember(
                    project_id=project.id,
                    user_id=user_id,
                    email=f"{user_id}@example.test",
                    role=role.value,
                    created_at=now,
                    accepted_at=now,
                )
            )
        await session.commit()
        return project.id


async def archive(app: App, project_id: int) -> None:
    async with app.sessions() as session:
        project = await session.get(Project, project_id)
        assert project is not None
        project.archived = True
        session.add(project)
        await session.commit()


async def titles(app: App, actor: Actor, **query: object) -> list[str]:
    listing = await list_tasks(app.uow(), actor=actor, query=TaskQuery(**query))  # type: ignore[arg-type]
    return sorted(item["title"] for item in listing.items)


async def test_members_read_a_shared_project_and_nobody_else_sees_it(
    app: App, me: Actor, other: Actor
) -> None:
    stranger = await new_user(app)
    home = await make_project(app, me, "Home", {other.user_id: ProjectRole.VIEWER})
    task = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Fix the tap", project_id=home)
    )
    await tasks.create(app.uow(), actor=me, data=TaskCreate(title="My own errand"))

    assert task.project_id == home
    assert (await tasks.get(app.uow(), actor=other, task_id=task.id)).title == "Fix the tap"
    assert await titles(app, other, project_id=home) == ["Fix the tap"]
    # Every project of the member's in one list: their Inbox (empty) and the shared one.
    assert await titles(app, other) == ["Fix the tap"]
    assert await titles(app, me) == ["Fix the tap", "My own errand"]

    with pytest.raises(NotFound, match=f"Task {task.id} was not found"):
        await tasks.get(app.uow(), actor=stranger, task_id=task.id)
    with pytest.raises(NotFound, match=f"Project {home} was not found"):
        await list_tasks(app.uow(), actor=stranger, query=TaskQuery(project_id=home))
    assert await titles(app, stranger) == []


async def test_a_viewer_is_told_the_role_an_edit_needs_and_nothing_changes(
    app: App, me: Actor, other: Actor
) -> None:
    home = await make_project(app, me, "Home", {other.user_id: ProjectRole.VIEWER})
    task = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Fix the tap", project_id=home)
    )
    before = await events_of(app, me)
    refusals = [
        tasks.update(app.uow(), actor=other, task_id=task.id, changes=TaskUpdate(title="x")),
        tasks.complete(app.uow(), actor=other, task_id=task.id),
        tasks.delete(app.uow(), actor=other, task_id=task.id),
        tasks.create(app.uow(), actor=other, data=TaskCreate(title="y", project_id=home)),
    ]
    for refusal in refusals:
        with pytest.raises(Forbidden, match=r"need the editor role in project 'Home'.*a viewer"):
            await refusal
    assert await tasks.get(app.uow(), actor=me, task_id=task.id) == task
    assert await events_of(app, me) == before
    assert await events_of(app, other) == []


async def test_an_editor_changes_tasks_and_their_tags_are_the_owners(
    app: App, me: Actor, other: Actor
) -> None:
    home = await make_project(app, me, "Home", {other.user_id: ProjectRole.EDITOR})
    made = await tasks.create(
        app.uow(),
        actor=other,
        data=TaskCreate(title="Buy paint", project_id=home, tags=["diy"]),
    )
    done = await tasks.complete(app.uow(), actor=other, task_id=made.id)
    assert done.completed
    # The tag went among the owner's tags, so the owner's tag filter finds it.
    assert await titles(app, me, tags=("diy",)) == ["Buy paint"]
    assert await titles(app, other, tags=("diy",)) == ["Buy paint"]
    assert await titles(app, me, tags=("diy",), project_id=home) == ["Buy paint"]


async def test_an_archived_projects_tasks_leave_the_list_until_asked_for(
    app: App, me: Actor
) -> None:
    old = await make_project(app, me, "Old house")
    await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Sell it", project_id=old))
    await archive(app, old)
    assert await titles(app, me) == []
    assert await titles(app, me, archived=True) == ["Sell it"]
    assert await titles(app, me, project_id=old) == ["Sell it"]


async def test_subtasks_follow_their_parent_and_nest_four_levels_at_most(
    app: App, me: Actor
) -> None:
    home = await make_project(app, me, "Home")
    parent = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Paint the hall", project_id=home)
    )
    chain = [parent]
    for depth in range(1, MAX_DEPTH + 1):
        child = await tasks.create(
            app.uow(), actor=me, data=TaskCreate(title=f"Step {depth}", parent_id=chain[-1].id)
        )
        assert child.project_id == home  # a subtask goes into its parent's project
        chain.append(child)
    with pytest.raises(Invalid, match="at most 4 levels"):
        await tasks.create(
            app.uow(), actor=me, data=TaskCreate(title="Too deep", parent_id=chain[-1].id)
        )
    with pytest.raises(Invalid, match="subtask of itself or of one of its own"):
        await tasks.update(
            app.uow(), actor=me, task_id=parent.id, changes=TaskUpdate(parent_id=chain[2].id)
        )
    with pytest.raises(Invalid, match="parent's project"):
        await tasks.create(
            app.uow(),
            actor=me,
            data=TaskCreate(title="Elsewhere", parent_id=parent.id, project_id=9),
        )
    assert await titles(app, me, parent_id=parent.id) == ["Step 1"]
    assert await titles(app, me, top_level=True) == ["Paint the hall"]


async def test_completing_a_parent_completes_its_open_subtasks_each_with_an_event(
    app: App, me: Actor
) -> None:
    parent = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Move out"))
    first = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Pack", parent_id=parent.id)
    )
    second = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Clean", parent_id=first.id)
    )
    already = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Book van", parent_id=parent.id)
    )
    await tasks.complete(app.uow(), actor=me, task_id=already.id)
    seen = len(await events_of(app, me))

    await tasks.complete(app.uow(), actor=me, task_id=parent.id)

    for task in (first, second):
        assert (await tasks.get(app.uow(), actor=me, task_id=task.id)).completed
    completed = [
        event["data"]["task"]["id"]
        for event in (await events_of(app, me))[seen:]
        if event["type"] == "todo.task.completed"
    ]
    assert sorted(completed) == sorted([parent.id, first.id, second.id])
    # Reopening the parent reopens nothing below it.
    await tasks.reopen(app.uow(), actor=me, task_id=parent.id)
    assert (await tasks.get(app.uow(), actor=me, task_id=first.id)).completed


async def test_deleting_a_parent_deletes_its_subtasks_and_restoring_brings_them_back(
    app: App, me: Actor
) -> None:
    parent = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Party"))
    child = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Invite", parent_id=parent.id)
    )
    await tasks.delete(app.uow(), actor=me, task_id=parent.id)
    assert (await tasks.get(app.uow(), actor=me, task_id=child.id)).deleted_at is not None
    with pytest.raises(Conflict, match=f"subtask of task {parent.id}, which is deleted"):
        await tasks.restore(app.uow(), actor=me, task_id=child.id)
    await tasks.restore(app.uow(), actor=me, task_id=parent.id)
    assert (await tasks.get(app.uow(), actor=me, task_id=child.id)).deleted_at is None


async def test_a_task_moves_with_its_subtasks_tags_and_members_only_assignees(
    app: App, me: Actor, other: Actor
) -> None:
    third = await new_user(app)
    home = await make_project(
        app, me, "Home", {other.user_id: ProjectRole.EDITOR, third.user_id: ProjectRole.EDITOR}
    )
    shop = await make_project(app, other, "Shop", {me.user_id: ProjectRole.EDITOR})
    parent = await tasks.create(
        app.uow(),
        actor=me,
        data=TaskCreate(title="Shelves", project_id=home, tags=["wood"], assignee_id=other.user_id),
    )
    child = await tasks.create(
        app.uow(),
        actor=me,
        data=TaskCreate(title="Screws", parent_id=parent.id, assignee_id=third.user_id),
    )

    moved = await tasks.update(
        app.uow(), actor=me, task_id=parent.id, changes=TaskUpdate(project_id=shop)
    )

    assert (moved.project_id, moved.assignee_id, moved.tags) == (shop, other.user_id, ["wood"])
    below = await tasks.get(app.uow(), actor=me, task_id=child.id)
    # The subtask came along; its assignee is no member of the new project, so it has none.
    assert (below.project_id, below.parent_id, below.assignee_id) == (shop, parent.id, None)
    # The tags moved among the new owner's tags.
    assert await titles(app, other, tags=("wood",)) == ["Shelves"]
    with pytest.raises(Invalid, match="not a member of project 'Shop'"):
        await tasks.update(
            app.uow(), actor=me, task_id=parent.id, changes=TaskUpdate(assignee_id=third.user_id)
        )


async def test_in_the_inbox_a_task_is_assigned_only_to_its_owner(
    app: App, me: Actor, other: Actor
) -> None:
    with pytest.raises(Invalid, match="Inbox can be assigned only to you"):
        await tasks.create(
            app.uow(), actor=me, data=TaskCreate(title="Mine", assignee_id=other.user_id)
        )
    mine = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Mine", assignee_id=me.user_id)
    )
    assert await titles(app, me, assignee="me") == ["Mine"]
    assert mine.assignee_id == me.user_id


async def test_the_compatibility_view_reaches_only_the_tasks_one_created(
    app: App, me: Actor, other: Actor
) -> None:
    home = await make_project(app, me, "Home", {other.user_id: ProjectRole.EDITOR})
    theirs = await tasks.create(
        app.uow(), actor=other, data=TaskCreate(title="Theirs", project_id=home)
    )
    await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Mine", project_id=home))
    own_view = replace(me, own_tasks_only=True)
    assert await titles(app, own_view) == ["Mine"]
    with pytest.raises(NotFound):
        await tasks.get(app.uow(), actor=own_view, task_id=theirs.id)
    with pytest.raises(NotFound):
        await tasks.complete(app.uow(), actor=own_view, task_id=theirs.id)


async def test_one_who_left_a_project_no_longer_reads_the_tasks_they_made_there(
    app: App, me: Actor, other: Actor
) -> None:
    home = await make_project(app, me, "Home", {other.user_id: ProjectRole.EDITOR})
    theirs = await tasks.create(
        app.uow(), actor=other, data=TaskCreate(title="Their idea", project_id=home)
    )
    async with app.sessions() as session:
        member = (
            await session.exec(
                select(ProjectMember).where(
                    ProjectMember.project_id == home, ProjectMember.user_id == other.user_id
                )
            )
        ).one()
        await session.delete(member)
        await session.commit()
    for view in (other, replace(other, own_tasks_only=True)):
        with pytest.raises(NotFound):
            await tasks.get(app.uow(), actor=view, task_id=theirs.id)
        assert await titles(app, view) == []
    assert await titles(app, me) == ["Their idea"]


async def test_a_task_holds_a_bounded_number_of_subtasks(app: App, me: Actor) -> None:
    parent = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Big move"))
    now = app.clock.now()
    async with app.sessions() as session:
        for number in range(SUBTASKS_MAX):
            session.add(
                Task(
                    user_id=me.user_id,
                    project_id=parent.project_id,
                    parent_id=parent.id,
                    title=f"Box {number}",
                    created_at=now,
                    updated_at=now,
                )
            )
        await session.commit()
    with pytest.raises(Invalid, match=f"at most {SUBTASKS_MAX} subtasks"):
        await tasks.create(
            app.uow(), actor=me, data=TaskCreate(title="One more box", parent_id=parent.id)
        )
