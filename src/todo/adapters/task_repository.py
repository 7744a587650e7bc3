"""Tasks in the database, as tracked objects for the verbs that change them (the list and the
reads of one task go through :mod:`todo.adapters.task_rows`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Table, bindparam, func, insert, literal, text, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.cursor import MAX_ID
from todo.domain.projects import Project, ProjectMember, ProjectRole
from todo.domain.tasks import Task

_TABLE: Table = Task.__table__  # type: ignore[attr-defined]
#: The columns an insert writes: all but the id, which the database gives.
_INSERTED = tuple(column.key for column in _TABLE.columns if column.key != "id")
#: The creator's Inbox, where a task goes when no project is given.
_INBOX = (
    select(Project.id)
    .where(Project.owner_id == bindparam("user_id"), text("is_inbox"))
    .scalar_subquery()
)
#: One statement for every insert (the values are its parameters), compiled once; it reads
#: back the new id and the project the task went into.
_INSERT = (
    insert(_TABLE)
    .values(
        {
            name: func.coalesce(bindparam(name, type_=_TABLE.c[name].type), _INBOX)
            if name == "project_id"
            else bindparam(name, type_=_TABLE.c[name].type)
            for name in _INSERTED
        }
    )
    .returning(_TABLE.c.id, _TABLE.c.project_id)
)


class TaskRepository:
    """Reads and writes the ``tasks`` table; every read is scoped to one user."""

    def __init__(self, session: AsyncSession, *, sqlite: bool) -> None:
        self._session = session
        self._sqlite = sqlite

    async def add(self, task: Task) -> Task:
        """Insert ``task`` (one statement, which reads back its new id) and return it with
        that id. Without a ``project_id`` it goes into its creator's Inbox, found by the same
        statement (``project_id`` stays ``None`` when the creator has no Inbox yet: see
        :meth:`move_to`). The task is not tracked afterwards: read it again to change it."""
        values = {name: getattr(task, name) for name in _INSERTED}
        task.id, task.project_id = (await self._session.exec(_INSERT, params=values)).one()
        return task

    async def move_to(self, task_id: int, project_id: int) -> None:
        """Put the task ``task_id`` into the project ``project_id`` (as it is: not a change the
        task's version counts; for a task just inserted)."""
        statement = update(_TABLE).where(_TABLE.c.id == task_id).values(project_id=project_id)
        await self._session.exec(statement)

    def save(self, task: Task) -> None:
        """Write the changes made to ``task`` at the next flush or the commit."""
        self._session.add(task)

    async def get(self, user_id: str, task_id: int, *, for_update: bool = False) -> Task | None:
        """Return the user's task ``task_id`` (deleted ones included), or ``None`` (also for an
        id beyond the column's range, which no task can have)."""
        if not 0 < task_id <= MAX_ID:
            return None
        statement = select(Task).where(Task.id == task_id, Task.user_id == user_id)
        if for_update and not self._sqlite:
            statement = statement.with_for_update()
        return (await self._session.exec(statement)).first()

    async def audience(self, project_id: int | None) -> list[str]:
        """Return the ids of the users who see the tasks of the project ``project_id``: its
        members whose invitation was taken up (nobody for ``None``)."""
        if project_id is None:
            return []
        statement = (
            select(ProjectMember.user_id)
            .where(ProjectMember.project_id == project_id, col(ProjectMember.user_id).is_not(None))
            .order_by(col(ProjectMember.user_id))
        )
        return [user_id for user_id in (await self._session.exec(statement)).all() if user_id]

    async def get_any(self, task_id: int) -> Task | None:
        """Return the task ``task_id`` whoever's it is, or ``None`` (for a check the caller
        made already, such as the parent of a task it may see)."""
        if not 0 < task_id <= MAX_ID:
            return None
        return (await self._session.exec(select(Task).where(Task.id == task_id))).first()

    async def get_as_member(
        self, user_id: str, task_id: int, *, for_update: bool = False
    ) -> tuple[Task, Project, ProjectRole] | None:
        """Return the task ``task_id`` (deleted ones included), its project and the role of
        ``user_id`` there, or ``None`` when the user is not a member of its project (or the
        project is deleted): one statement, the membership joined in."""
        if not 0 < task_id <= MAX_ID:
            return None
        statement = (
            select(Task, Project, ProjectMember.role)
            .join(Project, col(Project.id) == Task.project_id)
            .join(
                ProjectMember,
                (col(ProjectMember.project_id) == Task.project_id)
                & (col(ProjectMember.user_id) == user_id),
            )
            .where(Task.id == task_id, col(Project.deleted_at).is_(None))
        )
        if for_update and not self._sqlite:
            statement = statement.with_for_update(of=Task)
        found = (await self._session.exec(statement)).first()
        if found is None:
            return None
        task, project, role = found
        return task, project, ProjectRole(role)

    async def ancestors(self, task_id: int, *, levels: int) -> list[Task]:
        """Return the task's parent, its parent's parent and so on, nearest first, at most
        ``levels`` of them (one statement)."""
        up = (
            select(Task.id, Task.parent_id, literal(1).label("level"))
            .where(Task.id == select(Task.parent_id).where(Task.id == task_id).scalar_subquery())
            .cte("up", recursive=True)
        )
        step = (
            select(Task.id, Task.parent_id, (up.c.level + 1).label("level"))
            .join(up, col(Task.id) == up.c.parent_id)
            .where(up.c.level < levels)
        )
        up = up.union_all(step)
        statement = select(Task).join(up, col(Task.id) == up.c.id).order_by(up.c.level)
        return list((await self._session.exec(statement)).all())

    async def count_descendants(self, task_id: int, *, levels: int) -> int:
        """Return how many subtasks the task has, at every level down to ``levels``."""
        down = (
            select(Task.id, literal(1).label("level"))
            .where(Task.parent_id == task_id)
            .cte("down", recursive=True)
        )
        step = (
            select(Task.id, (down.c.level + 1).label("level"))
            .join(down, col(Task.parent_id) == down.c.id)
            .where(down.c.level < levels)
        )
        down = down.union_all(step)
        return int((await self._session.exec(select(func.count()).select_from(down))).one())

    async def descendants(self, task_id: int, *, levels: int) -> list[tuple[Task, int]]:
        """Return the task's subtasks, theirs and so on, each with its level below the task
        (1 for a child), at most ``levels`` deep, lowest id first and locked for this
        transaction (one statement)."""
        down = (
            select(Task.id, literal(1).label("level"))
            .where(Task.parent_id == task_id)
            .cte("down", recursive=True)
        )
        step = (
            select(Task.id, (down.c.level + 1).label("level"))
            .join(down, col(Task.parent_id) == down.c.id)
            .where(down.c.level < levels)
        )
        down = down.union_all(step)
        statement = (
            select(Task, down.c.level).join(down, col(Task.id) == down.c.id).order_by(col(Task.id))
        )
        if not self._sqlite:
            statement = statement.with_for_update(of=Task)
        return [(task, level) for task, level in (await self._session.exec(statement)).all()]

    async def first_of_series(self, user_id: str, series_id: str) -> Task | None:
        """Return the task of the series that is due first (deleted ones included), or ``None``."""
        statement = (
            select(Task)
            .where(
                Task.user_id == user_id,
                Task.series_id == series_id,
                col(Task.due_at).is_not(None),
            )
            .order_by(col(Task.due_at), col(Task.id))
            .limit(1)
        )
        return (await self._session.exec(statement)).first()

    async def next_in_series(self, user_id: str, series_id: str, due_at: datetime) -> Task | None:
        """Return the live task of the series due first after ``due_at``, or ``None``."""
        statement = (
            select(Task)
            .where(
                Task.user_id == user_id,
                Task.series_id == series_id,
                col(Task.deleted_at).is_(None),
                col(Task.due_at) > due_at,
            )
            .order_by(col(Task.due_at), col(Task.id))
            .limit(1)
        )
        if not self._sqlite:
            statement = statement.with_for_update()
        return (await self._session.exec(statement)).first()

    async def lock(self, user_id: str, task_ids: Sequence[int]) -> None:
        """Lock the tasks ``task_ids`` for this transaction, lowest id first, as every change
        of one task does before it touches tags: a change of many tasks that locked a tag first
        could deadlock with it (PostgreSQL; SQLite has one writer at a time)."""
        if self._sqlite or not task_ids:
            return
        statement = (
            select(Task.id)
            .where(Task.user_id == user_id, col(Task.id).in_(sorted(task_ids)))
            .order_by(col(Task.id))
            .with_for_update()
        )
        await self._session.exec(statement)

    async def made_after_in_series(self, user_id: str, series_id: str, task_id: int) -> Task | None:
        """Return the live task of the series created first after task ``task_id``, or ``None``."""
        statement = (
            select(Task)
            .where(
                Task.user_id == user_id,
                Task.series_id == series_id,
                col(Task.deleted_at).is_(None),
                col(Task.id) > task_id,
            )
            .order_by(col(Task.id))
            .limit(1)
        )
        if not self._sqlite:
            statement = statement.with_for_update()
        return (await self._session.exec(statement)).first()
