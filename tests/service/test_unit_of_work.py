"""The unit of work: a transaction per block; reads need none."""

from __future__ import annotations

import pytest

from todo.adapters.unit_of_work import UnitOfWork
from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.events import EventType, task_event
from todo.domain.tasks import TaskCreate, TaskPublic
from todo.services import tasks
from todo.services.validation import parse_input

from .conftest import events_of

pytestmark = pytest.mark.anyio


async def test_a_block_opened_for_reading_cannot_commit(app: App, me: Actor) -> None:
    uow = app.uow()
    async with uow.reading():
        assert await uow.tasks.get(me.user_id, 1) is None
        with pytest.raises(RuntimeError, match="cannot commit"):
            await uow.commit()
    async with uow:  # the next block is an ordinary transaction again
        await uow.commit()


async def test_leaving_without_commit_rolls_back_the_change_and_its_event(
    app: App, me: Actor
) -> None:
    task = await tasks.create(app.uow(), actor=me, data=parse_input(TaskCreate, {"title": "x"}))
    uow = app.uow()
    async with uow:
        stored = await uow.tasks.get(me.user_id, task.id)
        assert stored is not None
        stored.title = "changed but never committed"
        uow.session.add(stored)
        uow.emit(task_event(EventType.TASK_UPDATED, task.model_dump(mode="json")))
        await uow.flush()
    assert (await tasks.get(app.uow(), actor=me, task_id=task.id)).title == "x"
    assert [event["type"] for event in await events_of(app, me)] == ["todo.task.created"]


async def _change_then_fail(uow: UnitOfWork, me: Actor, task: TaskPublic) -> None:
    async with uow.savepoint():
        stored = await uow.tasks.get(me.user_id, task.id)
        assert stored is not None
        stored.title = "undone"
        uow.session.add(stored)
        uow.emit(task_event(EventType.TASK_UPDATED, task.model_dump(mode="json")))
        await uow.flush()
        raise LookupError


async def test_a_savepoint_that_raises_undoes_its_change_and_its_events_alone(
    app: App, me: Actor
) -> None:
    first = await tasks.create(app.uow(), actor=me, data=parse_input(TaskCreate, {"title": "a"}))
    second = await tasks.create(app.uow(), actor=me, data=parse_input(TaskCreate, {"title": "b"}))
    uow = app.uow()
    async with uow:
        uow.emit(task_event(EventType.TASK_UPDATED, first.model_dump(mode="json")))
        with pytest.raises(LookupError):
            await _change_then_fail(uow, me, second)
        await uow.commit()
    assert (await tasks.get(app.uow(), actor=me, task_id=second.id)).title == "b"
    kinds = [(event["type"], event["data"]["task"]["id"]) for event in await events_of(app, me)]
    assert kinds == [
        ("todo.task.created", first.id),
        ("todo.task.created", second.id),
        ("todo.task.updated", first.id),
    ]
