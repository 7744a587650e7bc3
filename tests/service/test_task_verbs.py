"""Verbs that used to be pieced together by a door: creating a task done, toggling it, and
reading every page of a list — each one service call, in one transaction."""

from __future__ import annotations

import asyncio

import pytest

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.task_query import TaskQuery, TaskSort
from todo.domain.tasks import TaskCreate
from todo.services import tasks
from todo.services.task_list import gather_tasks, list_tasks

from .conftest import events_of

pytestmark = pytest.mark.anyio


async def test_a_task_created_done_is_one_change_with_one_event(app: App, me: Actor) -> None:
    task = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Filed the taxes"), completed=True
    )
    assert task.completed
    assert task.completed_at == task.created_at
    assert task.version == 1
    [created] = await events_of(app, me)
    assert created["type"] == "todo.task.created"
    assert created["data"]["task"]["completed"] is True


async def test_toggling_flips_completion_and_two_toggles_at_once_flip_twice(
    app: App, me: Actor
) -> None:
    task = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Water plants"))
    assert (await tasks.toggle(app.uow(), actor=me, task_id=task.id)).completed
    assert not (await tasks.toggle(app.uow(), actor=me, task_id=task.id)).completed
    results = await asyncio.gather(
        *(tasks.toggle(app.uow(), actor=me, task_id=task.id) for _ in range(2)),
        return_exceptions=True,
    )
    done = [result for result in results if not isinstance(result, BaseException)]
    now = await tasks.get(app.uow(), actor=me, task_id=task.id)
    # Each toggle that succeeded flipped the task as it was in its own transaction; one that
    # lost a race says so (and changed nothing) rather than flipping a stale copy.
    assert now.completed == (len(done) % 2 == 1)
    assert now.version == 3 + len(done)


async def test_gathering_reads_every_page_up_to_the_cap(app: App, me: Actor) -> None:
    for number in range(7):
        await tasks.create(app.uow(), actor=me, data=TaskCreate(title=f"Task {number}"))
    query = TaskQuery(sort=TaskSort.TITLE, limit=3)  # pages of 3
    everything = await gather_tasks(app.uow(), actor=me, query=query, cap=None)
    assert [task.title for task in everything.items] == [f"Task {n}" for n in range(7)]
    assert everything.next_cursor is None
    first = await gather_tasks(app.uow(), actor=me, query=query, cap=5)
    assert [task.title for task in first.items] == [f"Task {n}" for n in range(5)]
    assert first.next_cursor is not None
    rest = await list_tasks(
        app.uow(), actor=me, query=TaskQuery(sort=TaskSort.TITLE, cursor=first.next_cursor)
    )
    assert [task["title"] for task in rest.items] == ["Task 5", "Task 6"]
