"""Projects and their members in the database: each user's Inbox, the projects a user is a
member of, their members and invitations, and what a project's deletion does to its tasks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Table, case, func, literal, text, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.projects import INBOX_NAME, Project, ProjectMember, ProjectRole
from todo.domain.tasks import Task
from todo.domain.users import User

_PROJECTS: Table = Project.__table__  # type: ignore[attr-defined]
_MEMBERS: Table = ProjectMember.__table__  # type: ignore[attr-defined]
_TASKS: Table = Task.__table__  # type: ignore[attr-defined]
_INBOX = text("is_inbox")


class ProjectRepository:
    """Reads and writes the ``projects`` and ``project_members`` tables."""

    def __init__(self, session: AsyncSession, *, sqlite: bool) -> None:
        self._session = session
        self._dialect: Any = sqlite_dialect if sqlite else postgresql

    async def open_inbox(self, owner: User, *, now: datetime) -> int:
        """Insert the Inbox of a new account ``owner`` and its owner's member row; return its
        id. The account must be written already (in this transaction)."""
        project_id = await self.ensure_inbox(owner.id, now=now)
        if project_id is None:
            raise RuntimeError(f"the account {owner.id} was not written before its Inbox")
        return project_id

    async def ensure_inbox(self, user_id: str, *, now: datetime) -> int | None:
        """Return the id of the user's Inbox, making it (and its owner's member row) when the
        user has none yet — an account opened before projects, or by a process of the previous
        release; ``None`` when there is no such user.

        Two transactions making it at once make one: the second waits for the first and then
        keeps its Inbox (the unique index of Inboxes is the conflict target)."""
        inbox = {
            "name": INBOX_NAME,
            "name_key": INBOX_NAME.casefold(),
            "archived": False,
            "position": 0,
            "is_inbox": True,
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        made = self._dialect.insert(_PROJECTS).from_select(
            ["owner_id", *inbox],
            select(
                User.id, *(_value(_PROJECTS, name, value) for name, value in inbox.items())
            ).where(User.id == user_id),
        )
        await self._session.exec(
            made.on_conflict_do_nothing(index_elements=["owner_id"], index_where=_INBOX)
        )
        project_id = await self.inbox_id(user_id)
        if project_id is None:
            return None
        owner = self._dialect.insert(_MEMBERS).from_select(
            ["project_id", "user_id", "email", "role", "created_at", "accepted_at"],
            select(  # type: ignore[call-overload]
                _value(_MEMBERS, "project_id", project_id),
                User.id,
                User.email,
                _value(_MEMBERS, "role", ProjectRole.OWNER.value),
                _value(_MEMBERS, "created_at", now),
                _value(_MEMBERS, "accepted_at", now),
            ).where(User.id == user_id),
        )
        await self._session.exec(owner.on_conflict_do_nothing())
        return project_id

    async def membership(
        self,
        user_id: str,
        project_id: int,
        *,
        for_update: bool = False,
        deleted_too: bool = False,
    ) -> tuple[Project, ProjectRole] | None:
        """Return the project ``project_id`` and the role of ``user_id`` in it, or ``None``
        when the project is deleted or the user is not a member whose invitation was taken up
        (one statement, on the membership index). With ``deleted_too`` a deleted project is
        returned as well (to delete it again, or to restore it)."""
        statement = (
            select(Project, ProjectMember.role)
            .join(ProjectMember, col(ProjectMember.project_id) == Project.id)
            .where(Project.id == project_id, ProjectMember.user_id == user_id)
        )
        if not deleted_too:
            statement = statement.where(col(Project.deleted_at).is_(None))
        if for_update:
            statement = statement.with_for_update(of=Project)
        found = (await self._session.exec(statement)).first()
        if found is None:
            return None
        project, role = found
        return project, ProjectRole(role)

    async def of_member(
        self, user_id: str, *, archived: bool
    ) -> Sequence[tuple[Project, ProjectRole]]:
        """Return the projects ``user_id`` is a member of (not deleted; archived ones only with
        ``archived``) and their role in each: their Inbox first, then by position and id."""
        statement = (
            select(Project, ProjectMember.role)
            .join(ProjectMember, col(ProjectMember.project_id) == Project.id)
            .where(ProjectMember.user_id == user_id, col(Project.deleted_at).is_(None))
            .order_by(case((_INBOX, 0), else_=1), col(Project.position), col(Project.id))
        )
        if not archived:
            statement = statement.where(col(Project.archived).is_(False))
        rows = (await self._session.exec(statement)).all()
        return [(project, ProjectRole(role)) for project, role in rows]

    async def lock_owner(self, owner_id: str) -> None:
        """Lock the Inbox of ``owner_id`` until the transaction ends, so that the changes of
        what a user owns (a project made, restored or handed over) are counted one at a time
        (PostgreSQL; SQLite has one writer at a time)."""
        statement = select(Project.id).where(Project.owner_id == owner_id, _INBOX)
        await self._session.exec(statement.with_for_update())

    async def count_owned(self, owner_id: str) -> int:
        """Return how many projects ``owner_id`` owns, not counting deleted ones."""
        statement = (
            select(func.count())
            .select_from(Project)
            .where(Project.owner_id == owner_id, col(Project.deleted_at).is_(None))
        )
        return (await self._session.exec(statement)).one()

    async def named(self, owner_id: str, name_key: str) -> Project | None:
        """Return the project of ``owner_id`` (not deleted) whose case-folded name is
        ``name_key``, or ``None``."""
        statement = select(Project).where(
            Project.owner_id == owner_id,
            Project.name_key == name_key,
            col(Project.deleted_at).is_(None),
        )
        return (await self._session.exec(statement)).first()

    async def next_position(self, owner_id: str) -> int:
        """Return the position after the last of the projects ``owner_id`` owns."""
        statement = select(func.max(Project.position)).where(
            Project.owner_id == owner_id, col(Project.deleted_at).is_(None)
        )
        last = (await self._session.exec(statement)).one()
        return 0 if last is None else last + 1

    async def add(self, project: Project) -> Project:
        """Insert ``project`` and return it with its id."""
        self._session.add(project)
        await self._session.flush()
        return project

    def save(self, thing: Project | ProjectMember) -> None:
        """Write the changes made to a project or a member at the next flush or the commit."""
        self._session.add(thing)

    async def flush(self) -> None:
        """Write the pending changes now (inside the transaction)."""
        await self._session.flush()

    # --- members ------------------------------------------------------------------------------

    async def add_member(self, member: ProjectMember) -> ProjectMember:
        """Insert ``member`` (a member or an invitation) and return it with its id."""
        self._session.add(member)
        await self._session.flush()
        return member

    async def members(self, project_id: int) -> Sequence[ProjectMember]:
        """Return the members and invitations of a project, in the order they were added."""
        statement = (
            select(ProjectMember)
            .where(ProjectMember.project_id == project_id)
            .order_by(col(ProjectMember.id))
        )
        return (await self._session.exec(statement)).all()

    async def count_members(self, project_id: int) -> int:
        """Return how many members and invitations a project has."""
        statement = (
            select(func.count())
            .select_from(ProjectMember)
            .where(ProjectMember.project_id == project_id)
        )
        return (await self._session.exec(statement)).one()

    async def member(self, project_id: int, who: str) -> ProjectMember | None:
        """Return the member of a project whose user id is ``who``, or the invitation still
        waiting for the e-mail ``who`` (any case), or ``None``."""
        address = who.strip().lower()
        statement = (
            select(ProjectMember)
            .where(
                ProjectMember.project_id == project_id,
                (col(ProjectMember.user_id) == who)
                | (col(ProjectMember.user_id).is_(None) & (col(ProjectMember.email) == address)),
            )
            .order_by(col(ProjectMember.user_id).is_(None))
        )
        return (await self._session.exec(statement)).first()

    async def member_of(
        self, project_id: int, *, email: str, user_id: str | None
    ) -> ProjectMember | None:
        """Return the member row of a project with the e-mail ``email`` or the user
        ``user_id``, or ``None``."""
        same = col(ProjectMember.email) == email
        if user_id is not None:
            same = same | (col(ProjectMember.user_id) == user_id)
        statement = select(ProjectMember).where(ProjectMember.project_id == project_id, same)
        return (await self._session.exec(statement)).first()

    async def owner_of(self, project_id: int) -> ProjectMember | None:
        """Return the owner's member row of a project."""
        statement = select(ProjectMember).where(
            ProjectMember.project_id == project_id,
            ProjectMember.role == ProjectRole.OWNER.value,
        )
        return (await self._session.exec(statement)).first()

    async def remove_member(self, member: ProjectMember) -> None:
        """Delete a member row (a member leaves, or an invitation is withdrawn)."""
        await self._session.delete(member)
        await self._session.flush()

    async def claim_invitations(
        self, user_id: str, email: str, *, now: datetime
    ) -> list[tuple[ProjectMember, str]]:
        """Give the account ``user_id`` the invitations waiting for its e-mail; return each
        member row taken up, with the owner of its project."""
        statement = (
            select(ProjectMember, Project.owner_id)
            .join(Project, col(Project.id) == ProjectMember.project_id)
            .where(col(ProjectMember.user_id).is_(None), ProjectMember.email == email)
            .order_by(col(ProjectMember.id))
        )
        claimed = list((await self._session.exec(statement)).all())
        for member, _ in claimed:
            member.user_id, member.accepted_at = user_id, now
            self._session.add(member)
        if claimed:
            await self._session.flush()
        return [(member, owner) for member, owner in claimed]

    # --- the tasks of a project -----------------------------------------------------------------

    async def delete_tasks(self, project_id: int, *, at: datetime) -> None:
        """Delete the live tasks of a project at the instant ``at`` (the project's own
        ``deleted_at``), each at its next version: one statement."""
        await self._session.exec(
            update(_TASKS)
            .where(_TASKS.c.project_id == project_id, _TASKS.c.deleted_at.is_(None))
            .values(deleted_at=at, updated_at=at, version=_TASKS.c.version + 1)
        )

    async def restore_tasks(self, project_id: int, *, deleted_at: datetime, now: datetime) -> None:
        """Restore the tasks of a project that were deleted with it (at ``deleted_at``, the
        project's instant; those deleted before stay in the bin), each at its next version."""
        await self._session.exec(
            update(_TASKS)
            .where(_TASKS.c.project_id == project_id, _TASKS.c.deleted_at == deleted_at)
            .values(deleted_at=None, updated_at=now, version=_TASKS.c.version + 1)
        )

    async def unassign(self, project_id: int, user_id: str, *, now: datetime) -> None:
        """Take the tasks of a project assigned to ``user_id`` off them (someone who left),
        each at its next version."""
        await self._session.exec(
            update(_TASKS)
            .where(_TASKS.c.project_id == project_id, _TASKS.c.assignee_id == user_id)
            .values(assignee_id=None, updated_at=now, version=_TASKS.c.version + 1)
        )

    async def inbox_id(self, user_id: str) -> int | None:
        """Return the id of the user's Inbox, or ``None`` when they have none yet."""
        statement = select(Project.id).where(Project.owner_id == user_id, _INBOX)
        return (await self._session.exec(statement)).first()


def _value(table: Table, column: str, value: Any) -> Any:
    """Return ``value`` as a literal of ``column``'s type (so times are stored as the models
    store them)."""
    return literal(value, table.c[column].type)
