"""Projects and their members in the database (so far: each user's Inbox)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, literal, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.projects import INBOX_NAME, Project, ProjectMember, ProjectRole
from todo.domain.users import User

_PROJECTS: Table = Project.__table__  # type: ignore[attr-defined]
_MEMBERS: Table = ProjectMember.__table__  # type: ignore[attr-defined]
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
        self, user_id: str, project_id: int, *, for_update: bool = False
    ) -> tuple[Project, ProjectRole] | None:
        """Return the project ``project_id`` and the role of ``user_id`` in it, or ``None``
        when the project is deleted or the user is not a member whose invitation was taken up
        (one statement, on the membership index)."""
        statement = (
            select(Project, ProjectMember.role)
            .join(ProjectMember, col(ProjectMember.project_id) == Project.id)
            .where(
                Project.id == project_id,
                ProjectMember.user_id == user_id,
                col(Project.deleted_at).is_(None),
            )
        )
        if for_update:
            statement = statement.with_for_update(of=Project)
        found = (await self._session.exec(statement)).first()
        if found is None:
            return None
        project, role = found
        return project, ProjectRole(role)

    async def inbox_id(self, user_id: str) -> int | None:
        """Return the id of the user's Inbox, or ``None`` when they have none yet."""
        statement = select(Project.id).where(Project.owner_id == user_id, _INBOX)
        return (await self._session.exec(statement)).first()


def _value(table: Table, column: str, value: Any) -> Any:
    """Return ``value`` as a literal of ``column``'s type (so times are stored as the models
    store them)."""
    return literal(value, table.c[column].type)
