"""Listing tasks: filters, full-text search, sort and keyset pagination."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from todo.adapters.task_rows import public, sort_value
from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.cursor import MAX_ID, read_task_cursor, task_cursor
from todo.domain.due import due_bound, overdue_bound, resolve_when, today_range
from todo.domain.scopes import Scope
from todo.domain.task_query import (
    DEFAULT_ORDER,
    MAX_PAGE,
    TAG_FILTERS_MAX,
    DueBound,
    DueWindow,
    SortValue,
    TaskFilter,
    TaskQuery,
    TaskReach,
    TaskStatus,
)
from todo.domain.tasks import TaskListing, TaskPage
from todo.domain.text import text_problem
from todo.errors import Invalid
from todo.services.access import membership

_WORD = re.compile(r"\w+")
MAX_SEARCH_TERMS = 16


async def list_tasks(uow: UnitOfWork, *, actor: Actor, query: TaskQuery) -> TaskListing:
    """Return one page of the actor's tasks, as ``query`` filters and sorts them (as plain
    values; ``.page()`` gives the models).

    Full-text search (``query.text``) matches every word as a prefix of a word of the title or
    description: ``groc milk`` finds "Buy groceries and milk". A list of one project
    (``query.project_id``) is refused as not found to anybody who is not its member.
    """
    actor.require(Scope.TASKS_READ)
    wanted = resolve_query(query, actor=actor, now=uow.clock.now())
    async with uow.reading():
        page, _ = await _page(uow, actor, wanted)
    return page


async def gather_tasks(
    uow: UnitOfWork, *, actor: Actor, query: TaskQuery, cap: int | None
) -> TaskPage:
    """Return the actor's tasks as ``query`` filters and sorts them — every page of it (pages of
    ``query.limit`` rows), read in one go for one consistent view — up to ``cap`` tasks
    (``None``: all of them). ``next_cursor`` is set when more remain: :func:`list_tasks`
    continues from it."""
    actor.require(Scope.TASKS_READ)
    wanted = resolve_query(query, actor=actor, now=uow.clock.now())
    found: list[dict[str, Any]] = []
    async with uow.reading():
        while True:
            size = wanted.limit if cap is None else min(wanted.limit, cap - len(found))
            page, after = await _page(uow, actor, replace(wanted, limit=size))
            found += page.items
            if after is None or (cap is not None and len(found) >= cap):
                return TaskListing(items=found, next_cursor=page.next_cursor).page()
            wanted = replace(wanted, after=after)


async def _page(
    uow: UnitOfWork, actor: Actor, wanted: TaskFilter
) -> tuple[TaskListing, tuple[SortValue, int] | None]:
    """One page of ``wanted``, inside the caller's open unit of work, and the sort key and id
    of its last row when more rows follow (what its ``next_cursor`` carries)."""
    rows = await uow.task_rows.page(actor.user_id, wanted)
    if not rows and wanted.project_id is not None:
        # Nothing listed: the project may be empty, or not the actor's to see at all.
        await membership(uow, actor, wanted.project_id)
    more = len(rows) > wanted.limit
    rows = rows[: wanted.limit]
    after = (sort_value(wanted.sort, rows[-1]), rows[-1]["id"]) if more and rows else None
    items = [public(row) for row in rows]
    if after is None:
        return TaskListing(items=items, next_cursor=None), None
    cursor = task_cursor(wanted.sort, wanted.order, *after)
    return TaskListing(items=items, next_cursor=cursor), after


def search_terms(text: str) -> tuple[str, ...]:
    """Return the words of a search, lower-cased; raise :class:`Invalid` when there are none."""
    problem = text_problem(text)
    if problem is not None:
        raise Invalid(f"The search {problem}.", field="q")
    terms = tuple(dict.fromkeys(word.lower() for word in _WORD.findall(text)))
    if not terms:
        raise Invalid("The search has no words to look for.", field="q")
    if len(terms) > MAX_SEARCH_TERMS:
        raise Invalid(f"A search can have at most {MAX_SEARCH_TERMS} words.", field="q")
    return terms


def tag_keys(tags: tuple[str, ...]) -> tuple[str, ...]:
    """Return the distinct keys of the tags a list filters by, or raise :class:`Invalid` for
    more than :data:`TAG_FILTERS_MAX` of them or a tag that is not text."""
    if len(tags) > TAG_FILTERS_MAX:
        raise Invalid(
            f"Filter by at most {TAG_FILTERS_MAX} tags at a time (a task carries at most "
            f"{TAG_FILTERS_MAX}); {len(tags)} were given.",
            field="tag",
        )
    for tag in tags:
        problem = text_problem(tag)
        if problem is not None:
            raise Invalid(f"A tag filter {problem}.", field="tag")
    return tuple(dict.fromkeys(tag.strip().removeprefix("#").casefold() for tag in tags))


def resolve_query(query: TaskQuery, *, actor: Actor, now: datetime) -> TaskFilter:
    """Return the repository filter for ``query``: dates resolved, cursor decoded, all checked."""
    if not 1 <= query.limit <= MAX_PAGE:
        raise Invalid(f"The page size must be between 1 and {MAX_PAGE}.", field="limit")
    order = query.order or DEFAULT_ORDER[query.sort]
    tz = actor.timezone

    def bound(value: object, field: str) -> DueBound | None:
        if value is None:
            return None
        try:
            when = resolve_when(value, now=now, tz=tz)  # type: ignore[arg-type]
        except Invalid as exc:
            raise Invalid(exc.message, field=field) from exc
        return due_bound(when, tz)

    overdue = query.overdue or query.due is DueWindow.OVERDUE
    due_from, due_before = (
        bound(query.due_after, "due_after"),
        bound(query.due_before, "due_before"),
    )
    if query.due in (DueWindow.TODAY, DueWindow.WEEK):
        days = 1 if query.due is DueWindow.TODAY else 7
        due_from, due_before = today_range(now, tz, days)
    if actor.own_tasks_only:
        reach = TaskReach.OWN
    else:
        reach = TaskReach.PROJECTS if query.project_id is None else TaskReach.PROJECT
    for name in ("project_id", "parent_id"):
        value = getattr(query, name)
        if value is not None and not 0 < value <= MAX_ID:
            raise Invalid(f"There is no {name.removesuffix('_id')} {value}.", field=name)
    return TaskFilter(
        reach=reach,
        project_id=query.project_id if reach is TaskReach.PROJECT else None,
        archived=query.archived,
        parent_id=query.parent_id,
        top_level=query.top_level,
        assignee_id=actor.user_id if query.assignee == "me" else query.assignee,
        status=TaskStatus.PENDING if overdue else query.status,
        priorities=tuple(dict.fromkeys(query.priorities)),
        tag_keys=tag_keys(query.tags),
        search_terms=search_terms(query.text) if query.text is not None else (),
        due_from=due_from,
        due_before=due_before,
        overdue=overdue_bound(now, tz) if overdue else None,
        deleted=query.deleted,
        sort=query.sort,
        order=order,
        limit=query.limit,
        after=read_task_cursor(query.cursor, query.sort, order) if query.cursor else None,
    )
