"""Project verbs: list, get, create, update, delete and restore (members: :mod:`.members`).

Every verb checks the actor's role in the project (:mod:`todo.services.access`): a project the
actor is not a member of is not found, and a role too low for the verb is refused with the
role it needs. Each write is one transaction with its events; a call that changes nothing
records nothing.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.cursor import MAX_ID
from todo.domain.events import EventType, project_event
from todo.domain.projects import (
    PROJECT_TRACKED_FIELDS,
    PROJECTS_PER_OWNER_MAX,
    Project,
    ProjectCreate,
    ProjectMember,
    ProjectPublic,
    ProjectRole,
    ProjectUpdate,
    project_name_key,
)
from todo.domain.scopes import Scope
from todo.errors import Conflict, PreconditionFailed, Unauthorized
from todo.services.access import membership, project_not_found, require_role


async def list_projects(
    uow: UnitOfWork, *, actor: Actor, archived: bool = False
) -> list[ProjectPublic]:
    """Return the projects the actor is a member of, each with their role: the Inbox first,
    then by position. Archived projects are listed only with ``archived``."""
    actor.require(Scope.TASKS_READ)
    async with uow.reading():
        found = await uow.projects.of_member(actor.user_id, archived=archived)
        return [ProjectPublic.of(project, role) for project, role in found]


async def get_project(uow: UnitOfWork, *, actor: Actor, project_id: int) -> ProjectPublic:
    """Return the project ``project_id`` with the actor's role in it."""
    actor.require(Scope.TASKS_READ)
    async with uow.reading():
        project, role = await membership(uow, actor, project_id)
        return ProjectPublic.of(project, role)


async def create_project(uow: UnitOfWork, *, actor: Actor, data: ProjectCreate) -> ProjectPublic:
    """Create a project owned by the actor, who becomes its first member (one transaction,
    one ``todo.project.created`` event).

    ``create_project(uow, actor=me, data=ProjectCreate(name="Home", color="#3b82f6"))``
    """
    actor.require(Scope.PROJECTS_WRITE)
    async with uow:
        now = uow.clock.now()
        owner = await uow.users.get(actor.user_id)
        if owner is None:
            raise Unauthorized("This account no longer exists.")
        await make_room(uow, actor.user_id, data.name)
        position = data.position
        if position is None:
            position = await uow.projects.next_position(actor.user_id)
        project = await uow.projects.add(
            Project(
                owner_id=actor.user_id,
                name=data.name,
                name_key=project_name_key(data.name),
                description=data.description,
                color=data.color,
                position=position,
                created_at=now,
                updated_at=now,
            )
        )
        assert project.id is not None
        await uow.projects.add_member(
            ProjectMember(
                project_id=project.id,
                user_id=actor.user_id,
                email=owner.email,
                role=ProjectRole.OWNER.value,
                created_at=now,
                accepted_at=now,
            )
        )
        public = ProjectPublic.of(project, ProjectRole.OWNER)
        await emit_project_event(uow, EventType.PROJECT_CREATED, public, actor)
        await uow.commit()
        return public


async def update_project(
    uow: UnitOfWork,
    *,
    actor: Actor,
    project_id: int,
    changes: ProjectUpdate,
    expected_versions: Collection[int] | None = None,
) -> ProjectPublic:
    """Change the fields present in ``changes`` (an admin's or the owner's), and nothing else.

    The Inbox keeps its name and cannot be archived. With ``expected_versions`` the change is
    refused when the project is at none of them (the REST API's ``If-Match``).
    """
    actor.require(Scope.PROJECTS_WRITE)
    async with uow:
        project, role = await membership(uow, actor, project_id, for_update=True)
        require_role(project, role, ProjectRole.ADMIN, "change it")
        check_version(project, expected_versions)
        given = changes.model_dump(exclude_unset=True)
        before = ProjectPublic.of(project, role)
        name = given.pop("name", None)
        if name is not None and name != project.name:
            if project.is_inbox:
                raise Conflict("The Inbox keeps its name.")
            key = project_name_key(name)
            if key != project.name_key:
                who = None if project.owner_id == actor.user_id else "Its owner"
                await _refuse_taken_name(uow, project.owner_id, name, who=who)
            project.name, project.name_key = name, key
        if given.get("archived") and project.is_inbox:
            raise Conflict("The Inbox cannot be archived.")
        for field, value in given.items():
            setattr(project, field, value)
        changed = _changed_fields(before, ProjectPublic.of(project, role))
        if not changed:
            return before
        public = await record_project(uow, project, role, uow.clock.now())
        await emit_project_event(uow, EventType.PROJECT_UPDATED, public, actor, changes=changed)
        await uow.commit()
        return public


async def delete_project(
    uow: UnitOfWork,
    *,
    actor: Actor,
    project_id: int,
    expected_versions: Collection[int] | None = None,
) -> ProjectPublic:
    """Move a project and its tasks to the bin (its owner's; :func:`restore_project` undoes
    it): the project and every live task of it get the same ``deleted_at``, in one
    transaction with one ``todo.project.deleted`` event. The Inbox cannot be deleted;
    deleting a deleted project changes nothing."""
    actor.require(Scope.PROJECTS_WRITE)
    async with uow:
        project, role = await owned_or_deleted(uow, actor, project_id)
        require_role(project, role, ProjectRole.OWNER, "delete it")
        if project.is_inbox:
            raise Conflict("The Inbox cannot be deleted; it is where new tasks go.")
        check_version(project, expected_versions)
        if project.deleted_at is not None:
            return ProjectPublic.of(project, role)
        now = uow.clock.now()
        project.deleted_at = now
        public = await record_project(uow, project, role, now)
        await uow.projects.delete_tasks(project.id or 0, at=now)
        await emit_project_event(uow, EventType.PROJECT_DELETED, public, actor)
        await uow.commit()
        return public


async def restore_project(
    uow: UnitOfWork,
    *,
    actor: Actor,
    project_id: int,
    expected_versions: Collection[int] | None = None,
) -> ProjectPublic:
    """Bring a deleted project back (its owner's), with the tasks deleted with it (those
    deleted before it stay in the bin); restoring a live project changes nothing.

    Refused while another project of its owner has its name, or when they own as many
    projects as they may.
    """
    actor.require(Scope.PROJECTS_WRITE)
    async with uow:
        project, role = await owned_or_deleted(uow, actor, project_id)
        require_role(project, role, ProjectRole.OWNER, "restore it")
        check_version(project, expected_versions)
        deleted_at = project.deleted_at
        if deleted_at is None:
            return ProjectPublic.of(project, role)
        await make_room(uow, project.owner_id, project.name)
        now = uow.clock.now()
        project.deleted_at = None
        public = await record_project(uow, project, role, now)
        await uow.projects.restore_tasks(project.id or 0, deleted_at=deleted_at, now=now)
        await emit_project_event(uow, EventType.PROJECT_RESTORED, public, actor)
        await uow.commit()
        return public


async def owned_or_deleted(
    uow: UnitOfWork, actor: Actor, project_id: int
) -> tuple[Project, ProjectRole]:
    """Return the project ``project_id`` and the actor's role in it, deleted or not, locked
    for this transaction; a deleted project is found by its owner only."""
    if not 0 < project_id <= MAX_ID:
        raise project_not_found(project_id)
    found = await uow.projects.membership(
        actor.user_id, project_id, for_update=True, deleted_too=True
    )
    if found is None:
        raise project_not_found(project_id)
    project, role = found
    if project.deleted_at is not None and role is not ProjectRole.OWNER:
        raise project_not_found(project_id)
    return project, role


async def make_room(uow: UnitOfWork, owner_id: str, name: str, *, who: str | None = None) -> None:
    """Raise :class:`Conflict` unless ``owner_id`` may own one more project called ``name``
    (``who`` names them in the sentence; the actor by default). Their projects are counted
    under a lock held until the transaction ends, so that two changes at once cannot both
    take the last place or the same name."""
    await uow.projects.lock_owner(owner_id)
    if await uow.projects.count_owned(owner_id) >= PROJECTS_PER_OWNER_MAX:
        if who is not None:  # somebody else's projects: say no more than that it cannot be
            raise Conflict(f"{who} cannot own more projects.")
        raise Conflict(
            f"You own {PROJECTS_PER_OWNER_MAX} projects, as many as one may; delete one first."
        )
    await _refuse_taken_name(uow, owner_id, name, who=who)


async def _refuse_taken_name(
    uow: UnitOfWork, owner_id: str, name: str, *, who: str | None = None
) -> None:
    taken = await uow.projects.named(owner_id, project_name_key(name))
    if taken is None:
        return
    if who is not None:  # somebody else's projects: only what the caller said is named
        raise Conflict(f"{who} cannot own it under the name '{name}'; rename it first.")
    raise Conflict(f"You already have a project called '{taken.name}'; choose another name.")


def check_version(project: Project, expected: Collection[int] | None) -> None:
    """Raise :class:`PreconditionFailed` when ``expected`` is given and the project is at
    none of those versions."""
    if expected is not None and project.version not in expected:
        raise PreconditionFailed(
            f"Project {project.id} changed since you read it (it is at version "
            f"{project.version} now); read it again and retry."
        )


async def record_project(
    uow: UnitOfWork, project: Project, role: ProjectRole, now: datetime
) -> ProjectPublic:
    """Give ``project`` its next version, write it (inside the caller's transaction) and
    return its public form as a member of ``role`` sees it."""
    project.version += 1
    project.updated_at = now
    uow.projects.save(project)
    await uow.projects.flush()
    return ProjectPublic.of(project, role)


async def emit_project_event(
    uow: UnitOfWork,
    kind: EventType,
    project: ProjectPublic,
    actor: Actor,
    *,
    changes: tuple[str, ...] = (),
) -> None:
    """Record the event ``kind`` of ``project`` (as it now is), made by ``actor``, for every
    member of the project."""
    uow.emit(
        project_event(
            kind,
            project.id,
            owner=project.owner_id,
            actor=actor.user_id,
            project=project.record(),
            changes=changes,
            audience=await uow.tasks.audience(project.id),
        )
    )


def _changed_fields(before: ProjectPublic, after: ProjectPublic) -> tuple[str, ...]:
    return tuple(
        name for name in PROJECT_TRACKED_FIELDS if getattr(before, name) != getattr(after, name)
    )
