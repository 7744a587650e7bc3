"""Tasks in the database: lookups, the filtered and keyset-paginated list, full-text search."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    and_,
    column,
    func,
    literal_column,
    or_,
    text,
    tuple_,
)
from sqlalchemy import select as sa_select
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.cursor import MAX_ID
from todo.domain.tags import Tag, TaskTag
from todo.domain.task_query import (
    DueBound,
    SortOrder,
    SortValue,
    TaskFilter,
    TaskSort,
    TaskStatus,
)
from todo.domain.tasks import Task


class TaskRepository:
    """Reads and writes the ``tasks`` table; every read is scoped to one user."""

    def __init__(self, session: AsyncSession, *, sqlite: bool) -> None:
        self._session = session
        self._sqlite = sqlite

    async def add(self, task: Task) -> Task:
        """Insert ``task`` and return it with its new id."""
        self._session.add(task)
        await self._session.flush()
        return task

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

    async def list(self, user_id: str, wanted: TaskFilter) -> Sequence[Row[Any]]:
        """Return one page of rows of the ``tasks`` table (``wanted.limit`` of them, plus one to
        tell whether more follow); plain rows, not tracked objects, since a list only reads."""
        # SQLModel's exec() types only ORM selects; a select of plain columns returns rows.
        statement: Any = self.list_statement(user_id, wanted)
        rows: Sequence[Row[Any]] = (await self._session.exec(statement)).all()
        return rows

    def list_statement(self, user_id: str, wanted: TaskFilter) -> Select[tuple[Any, ...]]:
        """Return the query behind :meth:`list` (benchmarks print its plan)."""
        conditions: list[ColumnElement[bool]] = [col(Task.user_id) == user_id]
        conditions.append(
            col(Task.deleted_at).is_not(None) if wanted.deleted else col(Task.deleted_at).is_(None)
        )
        if wanted.status is TaskStatus.PENDING:
            conditions.append(col(Task.completed).is_(False))
        elif wanted.status is TaskStatus.COMPLETED:
            conditions.append(col(Task.completed).is_(True))
        if wanted.priorities:
            conditions.append(col(Task.priority).in_([p.rank for p in wanted.priorities]))
        if wanted.tag_keys:
            conditions.append(_has_every_tag(user_id, wanted.tag_keys))
        if wanted.due_from is not None:
            conditions.append(_due_compare(wanted.due_from, before=False))
        if wanted.due_before is not None:
            conditions.append(_due_compare(wanted.due_before, before=True))
        if wanted.overdue is not None:
            conditions.append(col(Task.completed).is_(False))
            conditions.append(_due_compare(wanted.overdue, before=True))
        if wanted.search_terms:
            conditions.append(self._matches(wanted.search_terms))

        key = sort_key(wanted.sort)
        descending = wanted.order is SortOrder.DESC
        if wanted.after is not None:
            after_key, after_id = wanted.after
            conditions.append(_after(after_key, after_id, key, descending))

        ordering = [key.desc(), col(Task.id).desc()] if descending else [key, col(Task.id)]
        statement = sa_select(*Task.__table__.columns)  # type: ignore[attr-defined]
        return statement.where(*conditions).order_by(*ordering).limit(wanted.limit + 1)

    def _matches(self, terms: tuple[str, ...]) -> ColumnElement[bool]:
        """Return the full-text condition: every term, as a word prefix, in title or description."""
        if self._sqlite:
            query = " AND ".join(f'"{term}"*' for term in terms)
            fts = text("SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH :fts_query")
            return col(Task.id).in_(
                fts.bindparams(fts_query=query).columns(column("rowid", Integer))
            )
        query = " & ".join(f"{term}:*" for term in terms)
        return literal_column("tasks.search_vector").op("@@")(
            func.to_tsquery(literal_column("'simple'::regconfig"), query)
        )


def sort_key(sort: TaskSort) -> Any:
    """Return the column (or expression) a list is sorted by."""
    if sort is TaskSort.CREATED:
        return col(Task.created_at)
    if sort is TaskSort.UPDATED:
        return col(Task.updated_at)
    if sort is TaskSort.DUE:
        return col(Task.due_key)
    if sort is TaskSort.PRIORITY:
        return col(Task.priority)
    return col(Task.title_key)


def sort_value(sort: TaskSort, task: Any) -> SortValue:
    """Return the value of the sort key of ``task`` (a task or a row), as a cursor carries it."""
    value: SortValue
    if sort is TaskSort.CREATED:
        value = task.created_at
    elif sort is TaskSort.UPDATED:
        value = task.updated_at
    elif sort is TaskSort.DUE:
        value = task.due_key
    elif sort is TaskSort.PRIORITY:
        value = task.priority.rank
    else:
        value = task.title_key
    return value


def _after(value: SortValue, task_id: int, key: Any, descending: bool) -> ColumnElement[bool]:
    """Return the keyset condition: rows that come after ``(value, task_id)`` in list order."""
    row, last = tuple_(key, col(Task.id)), tuple_(value, task_id)
    return row < last if descending else row > last


def _has_every_tag(user_id: str, keys: tuple[str, ...]) -> ColumnElement[bool]:
    """Return "the task carries every tag of ``keys``" as one subquery, however many keys: the
    user's tasks linked to as many distinct keys of the list as it holds."""
    carrying = (
        sa_select(col(TaskTag.task_id))
        .join(Tag, col(Tag.id) == col(TaskTag.tag_id))
        .where(col(Tag.user_id) == user_id, col(Tag.key).in_(keys))
        .group_by(col(TaskTag.task_id))
        .having(func.count(func.distinct(col(Tag.key))) == len(keys))
    )
    return col(Task.id).in_(carrying)


def _due_compare(bound: DueBound, *, before: bool) -> ColumnElement[bool]:
    """Return "due before ``bound``" (exclusive) or "due at or after ``bound``" (inclusive)."""
    due = col(Task.due_at)
    if before:
        timed, floating = due < bound.instant, due < bound.floating
    else:
        timed, floating = due >= bound.instant, due >= bound.floating
    return and_(
        due.is_not(None),
        or_(
            and_(col(Task.all_day).is_(False), timed),
            and_(col(Task.all_day).is_(True), floating),
        ),
    )
