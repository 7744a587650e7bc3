"""Where a task sits — its project, its parent task and who it is assigned to — and what its
subtasks do when it moves, is completed, deleted or restored.

A subtask lives in its parent's project; subtasks nest at most four levels deep (a task, its
subtasks, theirs and theirs). A task is assigned to a member of its project, or to nobody.
A task's tags live among the tags of its project's owner, so a task that moves to a project of
another owner takes its tags along into that owner's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.events import EventType
from todo.domain.projects import Project, ProjectRole
from todo.domain.tasks import Task
from todo.errors import Conflict, Invalid
from todo.services.access import membership, require_role
from todo.services.task_changes import record_change

#: The depth of the deepest subtask: a top-level task is at depth 0, so four levels in all.
MAX_DEPTH = 3
#: The most subtasks one top-level task holds, at every level: a bound on what completing,
#: deleting or moving it does in one transaction.
SUBTASKS_MAX = 500
#: The fields that say where a task sits.
PLACEMENT_FIELDS = ("project_id", "parent_id", "assignee_id")


@dataclass(frozen=True)
class Placement:
    """Where a new task goes: its project (``None``: the creator's Inbox), whose namespace its
    tags are in, its parent and its assignee."""

    project_id: int | None
    tag_owner: str
    parent_id: int | None = None
    assignee_id: str | None = None


async def place_new(
    uow: UnitOfWork,
    actor: Actor,
    *,
    project_id: int | None,
    parent_id: int | None,
    assignee_id: str | None,
) -> Placement:
    """Return where a new task of the actor goes, after checking they may add it there: an
    editor of its project; a subtask goes into its parent's project."""
    project: Project | None = None
    role = ProjectRole.OWNER
    if parent_id is not None:
        parent, project, role = await _parent(uow, actor, parent_id)
        if project_id is not None and project_id != project.id:
            raise Invalid(
                f"A subtask goes in its parent's project: task {parent_id} is in project "
                f"{project.id}, not {project_id}.",
                field="parent_id",
            )
        await _check_depth(uow, parent, height=0, size=1)
    elif project_id is not None:
        project, role = await membership(uow, actor, project_id)
    if project is None:  # the actor's Inbox
        if assignee_id not in (None, actor.user_id):
            raise Invalid(
                "A task in your Inbox can be assigned only to you; move it to a shared "
                "project to assign it to somebody else.",
                field="assignee_id",
            )
        return Placement(None, actor.user_id, None, assignee_id)
    require_role(project, role, ProjectRole.EDITOR, "add tasks to it")
    if assignee_id is not None:
        await _check_assignee(uow, project, assignee_id)
    return Placement(project.id, project.owner_id, parent_id, assignee_id)


async def move(
    uow: UnitOfWork, actor: Actor, task: Task, project: Project, given: dict[str, Any]
) -> Project:
    """Apply the ``project_id``, ``parent_id`` and ``assignee_id`` of ``given`` to ``task`` (of
    ``project``), moving its subtasks along to a new project, each with its own event; return
    the project the task is in now.

    A task moved to another project leaves its parent (unless a new parent there is given);
    an assignee who is not a member of the new project is unassigned."""
    assert task.id is not None
    target = project
    new_project: int | None = given.get("project_id")
    if new_project is not None and new_project != task.project_id:
        target, role = await membership(uow, actor, new_project)
        require_role(target, role, ProjectRole.EDITOR, "move tasks into it")
    subtree = await uow.tasks.descendants(task.id, levels=MAX_DEPTH)
    parent_id = given.get("parent_id", task.parent_id if target is project else None)
    if (parent_id is not None and parent_id != task.parent_id) or target is not project:
        await _check_parent(uow, actor, task, subtree, parent_id, target)
    task.parent_id = parent_id
    assignee = given.get("assignee_id", task.assignee_id)
    if assignee is not None and not await _is_member(uow, target, assignee):
        if "assignee_id" in given:
            await _check_assignee(uow, target, assignee)  # raises, naming the project
        assignee = None
    task.assignee_id = assignee
    if target is not project:
        task.project_id = target.id
        now = uow.clock.now()
        for subtask, _ in subtree:
            subtask.project_id = target.id
            changes: tuple[str, ...] = ("project_id",)
            if subtask.assignee_id is not None and not await _is_member(
                uow, target, subtask.assignee_id
            ):
                subtask.assignee_id, changes = None, ("project_id", "assignee_id")
            if target.owner_id != project.owner_id:
                await _rehome_tags(uow, subtask, target.owner_id)
            await record_change(
                uow,
                subtask,
                [(EventType.TASK_UPDATED, changes)],
                at=now,
                actor=actor.user_id,
                left=project.id,
            )
        if target.owner_id != project.owner_id:
            await _rehome_tags(uow, task, target.owner_id)
    return target


async def cascade(
    uow: UnitOfWork,
    actor: Actor,
    task: Task,
    kind: EventType,
    *,
    now: datetime,
    deleted_at: datetime | None,
) -> None:
    """Carry a transition of ``task`` to its subtasks, each with its own event: completing
    completes the open ones, deleting deletes the live ones, restoring restores those deleted
    with it (``deleted_at``: when the task itself was deleted). Reopening reopens none."""
    assert task.id is not None
    if kind is EventType.TASK_REOPENED:
        return
    if kind is EventType.TASK_RESTORED and task.parent_id is not None:
        parent = await uow.tasks.get_any(task.parent_id)
        if parent is not None and parent.deleted_at is not None:
            raise Conflict(
                f"Task {task.id} is a subtask of task {parent.id}, which is deleted; "
                "restore that one first."
            )
    # Subtasks share their parent's project: its members are read once for all their events.
    members = await uow.tasks.audience(task.project_id)
    for subtask, _ in await uow.tasks.descendants(task.id, levels=MAX_DEPTH):
        if kind is EventType.TASK_COMPLETED:
            if subtask.completed or subtask.deleted_at is not None:
                continue
            subtask.completed, subtask.completed_at = True, now
        elif kind is EventType.TASK_DELETED:
            if subtask.deleted_at is not None:
                continue
            subtask.deleted_at = now
        else:
            if deleted_at is None or subtask.deleted_at != deleted_at:
                continue
            subtask.deleted_at = None
        await record_change(
            uow, subtask, [(kind, ())], at=now, actor=actor.user_id, audience=members
        )


async def _parent(
    uow: UnitOfWork, actor: Actor, parent_id: int
) -> tuple[Task, Project, ProjectRole]:
    """Return the live task ``parent_id`` of a project of the actor's, its project and the
    actor's role there, locked until the transaction ends (two moves at once cannot make two
    tasks each other's parent)."""
    found = await uow.tasks.get_as_member(actor.user_id, parent_id, for_update=True)
    if found is None or found[0].deleted_at is not None:
        raise Invalid(f"There is no task {parent_id} to be a parent.", field="parent_id")
    return found


async def _check_parent(
    uow: UnitOfWork,
    actor: Actor,
    task: Task,
    subtree: list[tuple[Task, int]],
    parent_id: int | None,
    project: Project,
) -> None:
    """Refuse ``parent_id`` as the parent of ``task`` (whose subtasks are ``subtree``) in
    ``project``: not a task of that project, the task itself or one of its subtasks, or too
    deep for the subtasks below it."""
    if parent_id is None:
        return
    if parent_id == task.id or any(subtask.id == parent_id for subtask, _ in subtree):
        raise Invalid(
            "A task cannot be a subtask of itself or of one of its own subtasks.",
            field="parent_id",
        )
    parent, parent_project, _ = await _parent(uow, actor, parent_id)
    if parent_project.id != project.id:
        raise Invalid(
            f"A subtask goes in its parent's project: task {parent_id} is in project "
            f"{parent_project.id}, not {project.id}.",
            field="parent_id",
        )
    height = max((level for _, level in subtree), default=0)
    await _check_depth(uow, parent, height=height, size=1 + len(subtree))


async def _check_depth(uow: UnitOfWork, parent: Task, *, height: int, size: int) -> None:
    """Refuse ``size`` tasks (a subtask and its own, ``height`` levels of them) under
    ``parent`` when they would nest deeper than :data:`MAX_DEPTH`, or make the top-level task
    above hold more than :data:`SUBTASKS_MAX`."""
    assert parent.id is not None
    above = await uow.tasks.ancestors(parent.id, levels=MAX_DEPTH + 1)
    if len(above) + 1 + height > MAX_DEPTH:
        raise Invalid(
            f"Subtasks nest at most {MAX_DEPTH + 1} levels deep; under task {parent.id} "
            "this one would go deeper.",
            field="parent_id",
        )
    root = above[-1] if above else parent
    assert root.id is not None
    held = await uow.tasks.count_descendants(root.id, levels=MAX_DEPTH)
    if held + size > SUBTASKS_MAX:
        raise Invalid(
            f"A task holds at most {SUBTASKS_MAX} subtasks at all levels; task {root.id} "
            f"has {held}.",
            field="parent_id",
        )


async def _is_member(uow: UnitOfWork, project: Project, user_id: str) -> bool:
    assert project.id is not None
    return await uow.projects.membership(user_id, project.id) is not None


async def _check_assignee(uow: UnitOfWork, project: Project, user_id: str) -> None:
    if not await _is_member(uow, project, user_id):
        raise Invalid(
            f"User {user_id} is not a member of project '{project.name}'; a task is assigned "
            "to one of its project's members.",
            field="assignee_id",
        )


async def _rehome_tags(uow: UnitOfWork, task: Task, owner_id: str) -> None:
    """Link ``task`` to the tags of the same names among ``owner_id``'s tags."""
    assert task.id is not None
    names = (await uow.tags.names_of([task.id])).get(task.id, [])
    if names:
        tags = await uow.tags.ensure(owner_id, names, now=uow.clock.now())
        await uow.tags.replace_links(task.id, tags)
