"""Member verbs: list the members of a project, add one by e-mail (an invitation when the
address has no account yet), change a role or hand the project over, remove one or leave.

A member is named by their user id, an invitation still waiting by its e-mail. Each write is
one transaction with its events; a call that changes nothing records nothing.
"""

from __future__ import annotations

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.events import EventType, project_event
from todo.domain.projects import (
    MEMBERS_PER_PROJECT_MAX,
    MemberCreate,
    MemberPublic,
    MemberUpdate,
    Project,
    ProjectMember,
    ProjectRole,
)
from todo.domain.scopes import Scope
from todo.errors import Conflict, NotFound
from todo.services.access import membership, require_role
from todo.services.projects import emit_project_event, make_room, record_project


async def list_members(uow: UnitOfWork, *, actor: Actor, project_id: int) -> list[MemberPublic]:
    """Return the members of a project and the invitations still waiting, in the order they
    were added (any member may see them)."""
    actor.require(Scope.TASKS_READ)
    async with uow.reading():
        await membership(uow, actor, project_id)
        return [MemberPublic.of(member) for member in await uow.projects.members(project_id)]


async def add_member(
    uow: UnitOfWork, *, actor: Actor, project_id: int, data: MemberCreate
) -> MemberPublic:
    """Share a project with ``data.email`` (an admin's or the owner's): an account with that
    e-mail becomes a member at once; any other address gets an invitation, which the account
    opened with it later takes up (one ``todo.member.added`` event either way).

    The Inbox is never shared, an address is added once, and a project has at most
    :data:`~todo.domain.projects.MEMBERS_PER_PROJECT_MAX` members and invitations.
    """
    actor.require(Scope.PROJECTS_WRITE)
    async with uow:
        project, role = await membership(uow, actor, project_id, for_update=True)
        require_role(project, role, ProjectRole.ADMIN, "add members")
        if project.is_inbox:
            raise Conflict("The Inbox cannot be shared; make a project to share instead.")
        email = data.email
        account = await uow.users.get_by_email(email)
        account_id = account.id if account is not None else None
        there = await uow.projects.member_of(project_id, email=email, user_id=account_id)
        if there is not None:
            already = "invited to" if there.user_id is None else "a member of"
            raise Conflict(f"{email} is already {already} project '{project.name}'.")
        if await uow.projects.count_members(project_id) >= MEMBERS_PER_PROJECT_MAX:
            raise Conflict(
                f"Project '{project.name}' has {MEMBERS_PER_PROJECT_MAX} members and "
                "invitations, as many as a project may; remove one first."
            )
        now = uow.clock.now()
        member = await uow.projects.add_member(
            ProjectMember(
                project_id=project_id,
                user_id=account_id,
                email=email,
                role=data.role,
                invited_by=actor.user_id,
                created_at=now,
                accepted_at=now if account_id is not None else None,
            )
        )
        public = MemberPublic.of(member)
        await _emit(uow, EventType.MEMBER_ADDED, project, actor, public)
        await uow.commit()
        return public


async def update_member(
    uow: UnitOfWork, *, actor: Actor, project_id: int, member: str, changes: MemberUpdate
) -> MemberPublic:
    """Give a member (by user id) or an invitation (by e-mail) another role (an admin's or
    the owner's).

    The role ``owner`` hands the project over (its owner only, to a member with an account):
    the previous owner stays on as an admin, and the tags of the project's tasks move to the
    new owner's tags. The owner's own role changes only that way.
    """
    actor.require(Scope.PROJECTS_WRITE)
    async with uow:
        project, role = await membership(uow, actor, project_id, for_update=True)
        require_role(project, role, ProjectRole.ADMIN, "change the roles of its members")
        target = await _member(uow, project, member)
        if changes.role is ProjectRole.OWNER:
            require_role(project, role, ProjectRole.OWNER, "hand it over")
            if target.role == ProjectRole.OWNER.value:
                return MemberPublic.of(target)
            public = await _hand_over(uow, actor, project, target)
            await uow.commit()
            return public
        if target.role == ProjectRole.OWNER.value:
            raise Conflict(
                f"The owner's role in project '{project.name}' changes only when they hand it "
                "over: give another member the role owner."
            )
        if target.role == changes.role.value:
            return MemberPublic.of(target)
        target.role = changes.role.value
        uow.projects.save(target)
        await uow.projects.flush()
        public = MemberPublic.of(target)
        await _emit(uow, EventType.MEMBER_UPDATED, project, actor, public, changes=("role",))
        await uow.commit()
        return public


async def remove_member(uow: UnitOfWork, *, actor: Actor, project_id: int, member: str) -> None:
    """Remove a member (by user id; an admin's or the owner's) or withdraw an invitation (by
    e-mail); any member may remove themself, which is leaving the project. The owner cannot
    leave before handing the project over, nor be removed.

    The tasks of the project assigned to a member who goes are assigned to nobody.
    """
    actor.require(Scope.PROJECTS_WRITE)
    async with uow:
        project, role = await membership(uow, actor, project_id, for_update=True)
        leaving = member == actor.user_id
        if not leaving:
            require_role(project, role, ProjectRole.ADMIN, "remove members")
        target = await _member(uow, project, member)
        if target.role == ProjectRole.OWNER.value:
            if leaving:
                raise Conflict(
                    f"You own project '{project.name}'; hand it over to another member "
                    "(give them the role owner) before you leave it."
                )
            raise Conflict(f"The owner of project '{project.name}' cannot be removed from it.")
        public = MemberPublic.of(target)
        await uow.projects.remove_member(target)
        if target.user_id is not None:
            await uow.projects.unassign(project_id, target.user_id, now=uow.clock.now())
        await _emit(uow, EventType.MEMBER_REMOVED, project, actor, public)
        await uow.commit()


async def _hand_over(
    uow: UnitOfWork, actor: Actor, project: Project, target: ProjectMember
) -> MemberPublic:
    """Make ``target`` the owner of ``project`` and its owner an admin, move the tags of its
    tasks to the new owner's, and record the events (inside the caller's transaction)."""
    if target.user_id is None:
        raise Conflict(
            f"{target.email} has no account yet; a project can be handed over only to a "
            "member who has one."
        )
    await make_room(uow, target.user_id, project.name, who=target.email)
    previous = await uow.projects.owner_of(project.id or 0)
    assert previous is not None
    previous.role = ProjectRole.ADMIN.value
    uow.projects.save(previous)
    await uow.projects.flush()  # one owner at a time: the unique index is checked per row
    target.role = ProjectRole.OWNER.value
    uow.projects.save(target)
    project.owner_id = target.user_id
    now = uow.clock.now()
    public_project = await record_project(uow, project, ProjectRole.ADMIN, now)
    await uow.tags.move_project_tags(project.id or 0, target.user_id, now=now)
    public = MemberPublic.of(target)
    await _emit(uow, EventType.MEMBER_UPDATED, project, actor, MemberPublic.of(previous), ("role",))
    await _emit(uow, EventType.MEMBER_UPDATED, project, actor, public, ("role",))
    await emit_project_event(
        uow, EventType.PROJECT_UPDATED, public_project, actor, changes=("owner_id",)
    )
    return public


async def _member(uow: UnitOfWork, project: Project, who: str) -> ProjectMember:
    """Return the member ``who`` (a user id, or the e-mail of an invitation) of ``project``."""
    found = await uow.projects.member(project.id or 0, who)
    if found is None:
        raise NotFound(f"Project {project.id} has no member or invitation '{who}'.")
    return found


async def _emit(
    uow: UnitOfWork,
    kind: EventType,
    project: Project,
    actor: Actor,
    member: MemberPublic,
    changes: tuple[str, ...] = (),
) -> None:
    """Record the event ``kind`` of ``member``, for every member of the project and for the
    member themself (who may just have left it)."""
    audience = set(await uow.tasks.audience(member.project_id))
    if member.user_id is not None:
        audience.add(member.user_id)
    uow.emit(
        project_event(
            kind,
            member.project_id,
            owner=project.owner_id,
            actor=actor.user_id,
            member=member.record(),
            changes=changes,
            audience=sorted(audience),
        )
    )
