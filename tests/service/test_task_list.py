"""Listing tasks: filters, full-text search, sorting and keyset pagination."""

from __future__ import annotations

from datetime import timedelta

import pytest

from todo.adapters.clock import FixedClock
from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.priority import Priority
from todo.domain.task_query import DueWindow, SortOrder, TaskQuery, TaskSort, TaskStatus
from todo.domain.tasks import TaskCreate, TaskPublic
from todo.errors import Invalid
from todo.services import task_text, tasks
from todo.services.task_list import list_tasks
from todo.services.validation import parse_input

from .conftest import new_user

pytestmark = pytest.mark.anyio


async def add(app: App, actor: Actor, title: str, **fields: object) -> TaskPublic:
    data = parse_input(TaskCreate, {"title": title, **fields})
    return await tasks.create(app.uow(), actor=actor, data=data)


async def titles(app: App, actor: Actor, **query: object) -> list[str]:
    listing = await list_tasks(app.uow(), actor=actor, query=TaskQuery(**query))  # type: ignore[arg-type]
    return [task.title for task in listing.page().items]


async def test_lists_only_the_actors_live_tasks_newest_first(
    app: App, me: Actor, other: Actor, clock: FixedClock
) -> None:
    for title in ("one", "two", "three"):
        await add(app, me, title)
        clock.advance(timedelta(seconds=1))
    await add(app, other, "not mine")
    gone = await add(app, me, "gone")
    await tasks.delete(app.uow(), actor=me, task_id=gone.id)
    assert await titles(app, me) == ["three", "two", "one"]
    assert await titles(app, me, deleted=True) == ["gone"]


async def test_status_filter(app: App, me: Actor) -> None:
    done = await add(app, me, "done")
    await add(app, me, "open")
    await tasks.complete(app.uow(), actor=me, task_id=done.id)
    assert await titles(app, me, status=TaskStatus.PENDING) == ["open"]
    assert await titles(app, me, status=TaskStatus.COMPLETED) == ["done"]
    assert sorted(await titles(app, me, status=TaskStatus.ALL)) == ["done", "open"]


async def test_priority_and_tag_filters(app: App, me: Actor) -> None:
    await add(app, me, "a", priority="high", tags=["work", "urgent-ish"])
    await add(app, me, "b", priority="low", tags=["work"])
    await add(app, me, "c", priority="high", tags=["home"])
    assert sorted(await titles(app, me, priorities=(Priority.HIGH,))) == ["a", "c"]
    assert sorted(await titles(app, me, tags=("WORK",))) == ["a", "b"]
    assert await titles(app, me, tags=("work", "#urgent-ish")) == ["a"]
    assert await titles(app, me, tags=("nothing",)) == []


async def test_due_windows_and_overdue_treat_all_day_tasks_as_whole_days(
    app: App, me: Actor
) -> None:
    # Now is Thursday 26 November 2026, 11:00 in Berlin.
    await add(app, me, "this morning", due_at="2026-11-26T08:00:00+01:00")
    await add(app, me, "today all day", due_at="2026-11-26")
    await add(app, me, "yesterday all day", due_at="2026-11-25")
    await add(app, me, "tonight", due_at="2026-11-26T20:00:00+01:00")
    await add(app, me, "next week", due_at="2026-12-03")
    await add(app, me, "no date")
    assert sorted(await titles(app, me, overdue=True)) == ["this morning", "yesterday all day"]
    today = await titles(app, me, due_after="today", due_before="tomorrow")
    assert sorted(today) == ["this morning", "today all day", "tonight"]
    assert await titles(app, me, due_after="2026-12-01") == ["next week"]
    with pytest.raises(Invalid) as caught:
        await titles(app, me, due_before="someday maybe")
    assert caught.value.problems[0].field == "due_before"


async def test_full_text_search_matches_word_prefixes_in_title_and_description(
    app: App, me: Actor, other: Actor
) -> None:
    await add(app, me, "Buy groceries", description="milk, eggs and bread")
    await add(app, me, "Call the plumber")
    await add(app, me, "Groom the dog")
    await add(app, other, "Buy groceries for someone else")
    assert await titles(app, me, text="groc") == ["Buy groceries"]
    assert await titles(app, me, text="EGGS milk") == ["Buy groceries"]
    assert sorted(await titles(app, me, text="gro")) == ["Buy groceries", "Groom the dog"]
    assert await titles(app, me, text="plumber groceries") == []
    assert await titles(app, me, text='"; DROP TABLE tasks; --') == []
    with pytest.raises(Invalid, match="no words"):
        await titles(app, me, text="!!!")


async def test_search_follows_edits(app: App, me: Actor) -> None:
    task = await add(app, me, "Write report")
    await task_text.update_from_text(app.uow(), actor=me, task_id=task.id, text="Write summary")
    assert await titles(app, me, text="report") == []
    assert await titles(app, me, text="summary") == ["Write summary"]


@pytest.mark.parametrize("sort", list(TaskSort))
@pytest.mark.parametrize("order", list(SortOrder))
async def test_keyset_pages_visit_every_task_once_in_order(
    app: App, me: Actor, clock: FixedClock, sort: TaskSort, order: SortOrder
) -> None:
    priorities = ["none", "low", "medium", "high", "urgent"]
    for index in range(23):
        due = None if index % 4 == 0 else f"2026-12-{1 + index % 7:02d}T09:00:00Z"
        await add(
            app,
            me,
            f"Task {index % 5} {chr(65 + index % 3)}",
            priority=priorities[index % 5],
            due_at=due,
        )
        clock.advance(timedelta(seconds=index % 2))
    query = TaskQuery(sort=sort, order=order, limit=200)
    full = (await list_tasks(app.uow(), actor=me, query=query)).page()
    seen: list[int] = []
    cursor = None
    while True:
        page = await list_tasks(
            app.uow(), actor=me, query=TaskQuery(sort=sort, order=order, limit=4, cursor=cursor)
        )
        seen += [task["id"] for task in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == [task.id for task in full.items]
    assert len(seen) == 23
    if sort is TaskSort.DUE:
        dues = [task.due_at for task in full.items]
        undated = dues[-6:] if order is SortOrder.ASC else dues[:6]
        assert undated == [None] * 6, "tasks without a due date sort after every date"


async def test_bad_or_foreign_cursors_are_refused(app: App, me: Actor) -> None:
    for index in range(3):
        await add(app, me, f"t{index}")
    page = await list_tasks(app.uow(), actor=me, query=TaskQuery(limit=1))
    assert page.next_cursor is not None
    with pytest.raises(Invalid, match="cursor"):
        await list_tasks(app.uow(), actor=me, query=TaskQuery(cursor="not-a-cursor"))
    with pytest.raises(Invalid, match="cursor"):
        await list_tasks(
            app.uow(), actor=me, query=TaskQuery(sort=TaskSort.TITLE, cursor=page.next_cursor)
        )
    with pytest.raises(Invalid, match="page size"):
        await list_tasks(app.uow(), actor=me, query=TaskQuery(limit=0))


async def test_title_pages_handle_any_letters(app: App, me: Actor) -> None:
    titles_ = ["Zebra", "zz", "Ärger", "éa", "İstanbul", "istanbul", "apple", "Éclair", "ß"]
    for title in titles_:
        await add(app, me, title)
    for order in SortOrder:
        seen: list[str] = []
        cursor = None
        while True:
            query = TaskQuery(sort=TaskSort.TITLE, order=order, limit=1, cursor=cursor)
            page = await list_tasks(app.uow(), actor=me, query=query)
            seen += [task["title"] for task in page.items]
            cursor = page.next_cursor
            if cursor is None:
                break
        assert sorted(seen) == sorted(titles_)
        keys = [title.casefold() for title in seen]
        assert keys == sorted(keys, reverse=order is SortOrder.DESC)


async def test_all_day_tasks_sort_by_the_start_of_their_day_in_the_users_zone(app: App) -> None:
    west = await new_user(app, timezone="America/Los_Angeles")
    await add(app, west, "evening of the 26th", due_at="2026-11-26T18:00:00-08:00")
    await add(app, west, "all day the 27th", due_at="2026-11-27")
    assert await titles(app, west, sort=TaskSort.DUE) == ["evening of the 26th", "all day the 27th"]


async def test_search_finds_the_same_on_both_databases(app: App, me: Actor) -> None:
    await add(app, me, "Café in town")
    await add(app, me, "ÜNÏCÖDÉ test")
    assert await titles(app, me, text="café") == ["Café in town"]
    assert await titles(app, me, text="ünïcödé") == ["ÜNÏCÖDÉ test"]
    assert await titles(app, me, text="cafe") == []


async def test_due_windows(app: App, me: Actor) -> None:
    await add(app, me, "today", due_at="2026-11-26T18:00:00+01:00")
    await add(app, me, "in five days", due_at="2026-12-01")
    await add(app, me, "in ten days", due_at="2026-12-06")
    await add(app, me, "late", due_at="2026-11-20")
    assert await titles(app, me, due=DueWindow.TODAY) == ["today"]
    assert sorted(await titles(app, me, due=DueWindow.WEEK)) == ["in five days", "today"]
    assert await titles(app, me, due=DueWindow.OVERDUE) == ["late"]
