"""The read path of tasks: the list and one task, as SQL run on the database driver itself.

Every door reads tasks through here, so it is built for speed: no ORM objects, no statement
built per request. The SQL of each dialect is written once, from a few fragments (which
filters a list uses picks which fragments join); the tags of each task come in the same round
trip (``array_agg`` on PostgreSQL, ``json_group_array`` on SQLite) and are sorted here; rows
come back as plain dicts in the shape of :class:`~todo.domain.tasks.TaskPublic`, ready to be
encoded as they are.
The tables themselves are still defined by the SQLModel classes (and Alembic's migrations);
``tests/adapters/test_task_rows.py`` checks both dialects against them.

The connection is the unit of work's own (its session's connection, handed over as the
driver's), so a read sees what the same transaction wrote.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Any

import orjson

from todo.domain.cursor import MAX_ID
from todo.domain.priority import Priority
from todo.domain.task_query import (
    DueBound,
    SortOrder,
    SortValue,
    TaskFilter,
    TaskReach,
    TaskSort,
    TaskStatus,
)
from todo.domain.tasks import TaskPublic
from todo.errors import DatabaseUnavailable

#: A task in the shape every door shows it (the fields of ``TaskPublic``).
TaskRow = dict[str, Any]

#: The fields of a public task, in the order ``TaskPublic`` declares them; each is a column
#: of ``tasks`` but ``tags``, which the query aggregates.
_PUBLIC = tuple(TaskPublic.model_fields)
_TIMES = ("completed_at", "remind_at", "created_at", "updated_at", "deleted_at")
#: The column each sort orders by (and a cursor carries); selected besides the public ones.
_SORT_COLUMNS = {
    TaskSort.CREATED: "created_at",
    TaskSort.UPDATED: "updated_at",
    TaskSort.DUE: "due_key",
    TaskSort.PRIORITY: "priority",
    TaskSort.TITLE: "title_key",
}
_PRIORITIES = tuple(Priority)


class _Dialect:
    """What differs between PostgreSQL and SQLite: placeholders, tags, search, values."""

    name: str
    tags: str
    #: What asks the database for its plan of a statement.
    explain: str

    def __init__(self) -> None:
        columns = (f"{self.tags} AS tags" if name == "tags" else f"t.{name}" for name in _PUBLIC)
        #: What a list selects of each task ``t``: its public fields and its sort keys.
        self.columns = f"{', '.join(columns)}, t.due_key, t.title_key"
        self.select = f"SELECT {self.columns} FROM tasks t"
        stored = (f"t.{name}" for name in _PUBLIC if name != "tags")
        #: The stored columns of :attr:`columns` (what a list reads per project before the
        #: tags of the page are gathered).
        self.stored = f"{', '.join(stored)}, t.due_key, t.title_key"

    def placeholder(self, number: int) -> str:
        """Return the placeholder of the ``number``-th parameter (from 1)."""
        raise NotImplementedError

    def moment(self, value: datetime) -> Any:
        """Return a time as the driver binds it."""
        return value

    def flag(self, value: bool) -> str:
        """Return a boolean as an SQL literal."""
        return "true" if value else "false"

    def every_tag(self, owners: str, keys: str, count: str) -> str:
        """Return "the task carries every tag of the parameter ``keys``" (``count`` of them),
        looking among the tags of the users ``owners`` (a subquery: the owners of the projects
        listed, in whose namespaces their tasks' tags live)."""
        return (
            "t.id IN (SELECT l.task_id FROM task_tags l JOIN tags g ON g.id = l.tag_id"
            f" WHERE g.user_id IN ({owners}) AND {self.key_in(keys)}"
            f" GROUP BY l.task_id HAVING count(DISTINCT g.key) = {count})"
        )

    #: Whether the database joins laterally (each project's first rows, then theirs).
    lateral = False

    def across_projects(self, member_of: str, where: str, order: str, limit: str) -> str:
        """Return the list of the tasks (``where``) of the projects ``member_of`` selects, in
        ``order``, at most ``limit`` of them."""
        return f"{self.select} WHERE t.project_id IN ({member_of}) AND {where}{order} LIMIT {limit}"

    def each_project(
        self, projects: list[str], where: str, order: str, outer_order: str, limit: str
    ) -> str:
        """Return the same list as :meth:`across_projects` for the projects bound as
        ``projects``: the first rows of each, on its own index, then the first of those."""
        parts = (
            f"SELECT * FROM ({self.select} WHERE t.project_id = {project} AND {where}{order}"
            f" LIMIT {limit})"
            for project in projects
        )
        return f"{' UNION ALL '.join(parts)}{outer_order} LIMIT {limit}"

    def key_in(self, keys: str) -> str:
        """Return "the tag's key is one of the list bound as ``keys``"."""
        raise NotImplementedError

    def key_list(self, keys: list[str]) -> Any:
        """Return a list of tag keys as the driver binds it."""
        return keys

    async def fetch(self, connection: Any, sql: str, params: list[Any]) -> list[Any]:
        """Return the records ``sql`` reads on the driver's ``connection``."""
        raise NotImplementedError

    def search(self, terms: tuple[str, ...], param: Callable[[Any], str]) -> str:
        """Return "every term, as a word prefix, in title or description"."""
        raise NotImplementedError

    def row(self, record: Any) -> TaskRow:
        """Return a fetched record as a public task (plus its sort keys)."""
        raise NotImplementedError

    def unreachable(self, error: Exception) -> bool:
        """Tell whether the driver's ``error`` means the database cannot be reached (rather
        than a fault of the statement)."""
        raise NotImplementedError


class _Postgres(_Dialect):
    name = "postgresql"
    explain = "EXPLAIN (ANALYZE, COSTS OFF) "
    tags = (
        "(SELECT array_agg(g.name) FROM task_tags l JOIN tags g ON g.id = l.tag_id"
        " WHERE l.task_id = t.id)"
    )

    def placeholder(self, number: int) -> str:
        return f"${number}"

    def unreachable(self, error: Exception) -> bool:
        import asyncpg  # type: ignore[import-untyped]  # loaded already on PostgreSQL

        # InternalClientError: the connection's protocol is in a state no statement can follow
        # (the server ended it while asyncpg had not yet seen the close): as broken as the rest.
        return isinstance(
            error,
            OSError
            | TimeoutError
            | asyncpg.InterfaceError
            | asyncpg.PostgresConnectionError
            | asyncpg.exceptions.InternalClientError,
        )

    def key_in(self, keys: str) -> str:
        return f"g.key = ANY({keys}::varchar[])"

    lateral = True

    def across_projects(self, member_of: str, where: str, order: str, limit: str) -> str:
        # Each project's first rows on its own index, then the first of those: a user's list
        # costs what one project's does per project, however many tasks the projects hold.
        return (
            f"SELECT {self.columns} FROM ({member_of}) v CROSS JOIN LATERAL"
            f" (SELECT {self.stored} FROM tasks t WHERE t.project_id = v.project_id AND {where}"
            f"{order} LIMIT {limit}) t{order} LIMIT {limit}"
        )

    async def fetch(self, connection: Any, sql: str, params: list[Any]) -> list[Any]:
        records: list[Any] = await connection.fetch(sql, *params)
        return records

    def search(self, terms: tuple[str, ...], param: Callable[[Any], str]) -> str:
        query = " & ".join(f"{term}:*" for term in terms)
        return f"t.search_vector @@ to_tsquery('simple'::regconfig, {param(query)})"

    def row(self, record: Any) -> TaskRow:
        row = dict(record)
        row["priority"] = _PRIORITIES[row["priority"]]
        row["tags"] = _sorted_tags(row["tags"] or ())
        if row["all_day"] and row["due_at"] is not None:
            row["due_at"] = row["due_at"].astimezone(UTC).date()
        return row


class _Sqlite(_Dialect):
    name = "sqlite"
    explain = "EXPLAIN QUERY PLAN "
    tags = (
        "(SELECT json_group_array(g.name) FROM task_tags l JOIN tags g ON g.id = l.tag_id"
        " WHERE l.task_id = t.id)"
    )

    def placeholder(self, number: int) -> str:
        return f"?{number}"

    def unreachable(self, error: Exception) -> bool:
        return isinstance(error, OSError) or (
            isinstance(error, sqlite3.OperationalError) and "unable to open" in str(error)
        )

    def moment(self, value: datetime) -> Any:
        # As SQLAlchemy stores a UTC time in SQLite: text that sorts as the time does.
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")

    def flag(self, value: bool) -> str:
        return "1" if value else "0"

    def key_in(self, keys: str) -> str:
        return f"g.key IN (SELECT value FROM json_each({keys}))"

    def key_list(self, keys: list[str]) -> Any:
        return orjson.dumps(keys).decode()

    async def fetch(self, connection: Any, sql: str, params: list[Any]) -> list[Any]:
        async with connection.execute(sql, params) as cursor:
            records: list[Any] = await cursor.fetchall()
        return records

    def search(self, terms: tuple[str, ...], param: Callable[[Any], str]) -> str:
        query = " AND ".join(f'"{term}"*' for term in terms)
        return f"t.id IN (SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH {param(query)})"

    def row(self, record: Any) -> TaskRow:
        row = dict(zip(_COLUMNS, record, strict=True))
        row["completed"] = bool(row["completed"])
        row["all_day"] = bool(row["all_day"])
        row["priority"] = _PRIORITIES[row["priority"]]
        row["tags"] = _sorted_tags(orjson.loads(row["tags"]))
        for name in _TIMES:
            if row[name] is not None:
                row[name] = _utc(row[name])
        due = row["due_at"]
        if due is not None:
            row["due_at"] = date.fromisoformat(due[:10]) if row["all_day"] else _utc(due)
        row["due_key"] = _utc(row["due_key"])
        return row


_COLUMNS = (*_PUBLIC, "due_key", "title_key")
#: Memberships (``m``) with their projects (``p``), to be narrowed by a WHERE.
_MEMBERSHIPS = "project_members m JOIN projects p ON p.id = m.project_id"
#: The most projects a list reads one by one, where the database cannot join laterally; more
#: are read together (every task of theirs sorted: slower, and rare in one person's database).
_EACH_PROJECT_MAX = 50


def _member_of_task(user: str) -> str:
    """Return "the user bound as ``user`` is a member of the task's project, not deleted"."""
    return (
        f"EXISTS (SELECT 1 FROM {_MEMBERSHIPS} WHERE m.project_id = t.project_id"
        f" AND m.user_id = {user} AND p.deleted_at IS NULL)"
    )


def _member_of(user: str, dialect: _Dialect, *, archived: bool) -> str:
    """Return the ids of the projects the user bound as ``user`` lists tasks of: those they are
    a member of, not deleted, archived only when asked for."""
    hidden = "" if archived else f" AND p.archived = {dialect.flag(False)}"
    return (
        f"SELECT m.project_id FROM {_MEMBERSHIPS}"
        f" WHERE m.user_id = {user} AND p.deleted_at IS NULL{hidden}"
    )


def _sorted_tags(names: Any) -> list[str]:
    """Return tag names in the order every door shows them: by key (the case-folded name), in
    code point order whatever the database's collation (sorted here: cheaper than in SQL)."""
    return sorted(names, key=str.casefold) if len(names) > 1 else list(names)


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


_DIALECTS: dict[str, _Dialect] = {"postgresql": _Postgres(), "sqlite": _Sqlite()}


class TaskRows:
    """Reads the user's tasks as public rows: one page of a list, or one task."""

    def __init__(self, driver: Callable[[], Awaitable[Any]], *, dialect: str) -> None:
        self._driver = driver
        self._dialect = _DIALECTS[dialect]

    async def one(self, user_id: str, task_id: int, *, own: bool = False) -> TaskRow | None:
        """Return the task ``task_id`` (deleted or not) when the user is a member of its
        project (with ``own``: and created it), or ``None``."""
        if not 0 < task_id <= MAX_ID:
            return None
        d = self._dialect
        user = d.placeholder(2)
        reach = _member_of_task(user)
        if own:
            reach = f"t.user_id = {user} AND {reach}"
        sql = f"{d.select} WHERE t.id = {d.placeholder(1)} AND {reach}"
        rows = await self._fetch(sql, [task_id, user_id])
        return rows[0] if rows else None

    async def page(self, user_id: str, wanted: TaskFilter) -> list[TaskRow]:
        """Return one page of the list ``wanted`` asks for: ``wanted.limit`` rows, plus one
        when more follow. Each row carries its sort keys (``due_key``, ``title_key``) too."""
        sql, params = self.list_sql(user_id, wanted, await self._projects(user_id, wanted))
        return await self._fetch(sql, params)

    async def _projects(self, user_id: str, wanted: TaskFilter) -> list[int] | None:
        """Return the projects a list across projects reads, where the database cannot join
        laterally (SQLite, in process: a read of an index costs microseconds); else ``None``."""
        if wanted.reach is not TaskReach.PROJECTS or self._dialect.lateral:
            return None
        sql = _member_of(self._dialect.placeholder(1), self._dialect, archived=wanted.archived)
        records = await self._dialect.fetch(await self._driver(), sql, [user_id])
        return [record[0] for record in records]

    def list_sql(
        self, user_id: str, wanted: TaskFilter, projects: list[int] | None = None
    ) -> tuple[str, list[Any]]:
        """Return the SQL and parameters of :meth:`page` (``projects``: those of a list across
        projects, when the database cannot join laterally)."""
        d = self._dialect
        params: list[Any] = []

        def param(value: Any) -> str:
            params.append(value)
            return d.placeholder(len(params))

        user = param(user_id)
        where = ["t.deleted_at IS NOT NULL" if wanted.deleted else "t.deleted_at IS NULL"]
        # Whose tags a tag filter looks among: those of the owners of the projects listed.
        owners = f"SELECT p.owner_id FROM {_MEMBERSHIPS} WHERE m.user_id = {user}"
        if wanted.reach is TaskReach.OWN:  # one's own tasks, of projects one is still in
            where[:0] = [f"t.user_id = {user}", _member_of_task(user)]
        elif wanted.reach is TaskReach.PROJECT:
            project = param(wanted.project_id)
            where.insert(0, f"t.project_id = {project}")
            where.append(
                f"EXISTS (SELECT 1 FROM {_MEMBERSHIPS} WHERE m.project_id = {project}"
                f" AND m.user_id = {user} AND p.deleted_at IS NULL)"
            )
            owners = f"SELECT p.owner_id FROM projects p WHERE p.id = {project}"
        if wanted.parent_id is not None:
            where.append(f"t.parent_id = {param(wanted.parent_id)}")
        elif wanted.top_level:
            where.append("t.parent_id IS NULL")
        if wanted.assignee_id is not None:
            where.append(f"t.assignee_id = {param(wanted.assignee_id)}")
        if wanted.status is TaskStatus.PENDING or wanted.overdue is not None:
            where.append(f"t.completed = {d.flag(False)}")
        elif wanted.status is TaskStatus.COMPLETED:
            where.append(f"t.completed = {d.flag(True)}")
        if wanted.priorities:
            ranks = sorted({p.rank for p in wanted.priorities})
            where.append(f"t.priority IN ({', '.join(param(rank) for rank in ranks)})")
        if wanted.tag_keys:
            keys = list(wanted.tag_keys)
            where.append(d.every_tag(owners, param(d.key_list(keys)), param(len(keys))))
        for bound, before in (
            (wanted.due_from, False),
            (wanted.due_before, True),
            (wanted.overdue, True),
        ):
            if bound is not None:
                where.append(self._due(bound, before=before, param=param))
        if wanted.search_terms:
            where.append(d.search(wanted.search_terms, param))
        key = f"t.{_SORT_COLUMNS[wanted.sort]}"
        descending = wanted.order is SortOrder.DESC
        if wanted.after is not None:
            value, after_id = wanted.after
            bound_value = d.moment(value) if isinstance(value, datetime) else value
            beyond = "<" if descending else ">"
            where.append(f"({key}, t.id) {beyond} ({param(bound_value)}, {param(after_id)})")
        direction = " DESC" if descending else ""
        order = f" ORDER BY {key}{direction}, t.id{direction}"
        limit = param(wanted.limit + 1)
        if wanted.reach is TaskReach.PROJECTS:
            conditions = " AND ".join(where)
            if projects is not None and len(projects) <= _EACH_PROJECT_MAX:
                outer = f" ORDER BY {key.removeprefix('t.')}{direction}, id{direction}"
                each = [param(project) for project in projects] or [param(0)]
                return d.each_project(each, conditions, order, outer, limit), params
            member_of = _member_of(user, d, archived=wanted.archived)
            return d.across_projects(member_of, conditions, order, limit), params
        return f"{d.select} WHERE {' AND '.join(where)}{order} LIMIT {limit}", params

    async def plan(self, user_id: str, wanted: TaskFilter) -> list[str]:
        """Return the database's plan of :meth:`page` (run and timed on PostgreSQL), line by
        line: what the benchmarks print."""
        sql, params = self.list_sql(user_id, wanted, await self._projects(user_id, wanted))
        explain = self._dialect.explain
        records = await self._dialect.fetch(await self._driver(), explain + sql, params)
        return [str(record[-1]) for record in records]

    def _due(self, bound: DueBound, *, before: bool, param: Callable[[Any], str]) -> str:
        """Return "due before ``bound``" (exclusive) or "due at or after ``bound``" (inclusive)."""
        d = self._dialect
        compare = "<" if before else ">="
        timed, floating = param(d.moment(bound.instant)), param(d.moment(bound.floating))
        return (
            f"(t.due_at IS NOT NULL AND ((t.all_day = {d.flag(False)}"
            f" AND t.due_at {compare} {timed}) OR (t.all_day = {d.flag(True)}"
            f" AND t.due_at {compare} {floating})))"
        )

    async def _fetch(self, sql: str, params: list[Any]) -> list[TaskRow]:
        connection = await self._driver()
        row = self._dialect.row
        try:
            records = await self._dialect.fetch(connection, sql, params)
        except Exception as exc:
            if self._dialect.unreachable(exc):
                raise DatabaseUnavailable(
                    "The database cannot be reached; nothing was read. Try again in a moment."
                ) from exc
            raise
        return [row(record) for record in records]


def sort_value(sort: TaskSort, row: TaskRow) -> SortValue:
    """Return the value of the sort key of ``row``, as a cursor carries it."""
    value: SortValue = (
        row["priority"].rank if sort is TaskSort.PRIORITY else row[_SORT_COLUMNS[sort]]
    )
    return value


def public(row: TaskRow) -> TaskRow:
    """Return ``row`` without its sort keys: exactly the fields of a public task."""
    row.pop("due_key", None)
    row.pop("title_key", None)
    return row
