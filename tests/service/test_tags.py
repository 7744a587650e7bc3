"""Tags: counts, rename, merge and delete, each scoped to its user."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable

import anyio
import pytest

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.tasks import TaskCreate, TaskUpdate
from todo.errors import CLASHED, Busy, Conflict, Invalid, NotFound
from todo.services import tasks
from todo.services.tags import delete_tag, list_tags, rename_tag
from todo.services.validation import parse_input

from .conftest import events_of

pytestmark = pytest.mark.anyio


async def add(app: App, actor: Actor, title: str, tags: list[str]) -> int:
    data = parse_input(TaskCreate, {"title": title, "tags": tags})
    return (await tasks.create(app.uow(), actor=actor, data=data)).id


async def counts(app: App, actor: Actor) -> dict[str, tuple[int, int]]:
    return {tag.name: (tag.open, tag.total) for tag in await list_tags(app.uow(), actor=actor)}


async def test_counts_open_and_total_tasks_and_ignore_deleted(
    app: App, me: Actor, other: Actor
) -> None:
    first = await add(app, me, "a", ["home", "Work"])
    await add(app, me, "b", ["home"])
    gone = await add(app, me, "c", ["home"])
    await add(app, other, "theirs", ["home", "secret"])
    await tasks.complete(app.uow(), actor=me, task_id=first)
    await tasks.delete(app.uow(), actor=me, task_id=gone)
    assert await counts(app, me) == {"home": (1, 2), "Work": (0, 1)}


async def test_rename_changes_every_task_and_records_updates(app: App, me: Actor) -> None:
    first = await add(app, me, "a", ["work"])
    second = await add(app, me, "b", ["work", "x"])
    renamed = await rename_tag(app.uow(), actor=me, name="#WORK", new_name="job")
    assert (renamed.name, renamed.total) == ("job", 2)
    assert (await tasks.get(app.uow(), actor=me, task_id=first)).tags == ["job"]
    assert (await tasks.get(app.uow(), actor=me, task_id=second)).version == 2
    updates = [e for e in await events_of(app, me) if e["type"] == "todo.task.updated"]
    assert sorted(e["subject"] for e in updates) == [f"tasks/{first}", f"tasks/{second}"]
    assert all(e["data"]["changes"] == ["tags"] for e in updates)


async def test_renaming_onto_an_existing_tag_merges(app: App, me: Actor) -> None:
    both = await add(app, me, "a", ["work", "job"])
    await add(app, me, "b", ["work"])
    merged = await rename_tag(app.uow(), actor=me, name="work", new_name="Job")
    assert merged.total == 2
    assert await counts(app, me) == {"job": (2, 2)}
    assert (await tasks.get(app.uow(), actor=me, task_id=both)).tags == ["job"]


async def test_delete_removes_the_tag_everywhere(app: App, me: Actor) -> None:
    task_id = await add(app, me, "a", ["someday", "home"])
    await delete_tag(app.uow(), actor=me, name="someday")
    assert (await tasks.get(app.uow(), actor=me, task_id=task_id)).tags == ["home"]
    assert await counts(app, me) == {"home": (1, 1)}


async def test_another_users_tag_is_not_found(app: App, me: Actor, other: Actor) -> None:
    await add(app, other, "theirs", ["secret"])
    with pytest.raises(NotFound, match="no tag called"):
        await rename_tag(app.uow(), actor=me, name="secret", new_name="mine")
    with pytest.raises(NotFound):
        await delete_tag(app.uow(), actor=me, name="secret")
    assert await counts(app, other) == {"secret": (1, 1)}


async def test_a_bad_new_name_is_refused(app: App, me: Actor) -> None:
    await add(app, me, "a", ["work"])
    with pytest.raises(Invalid):
        await rename_tag(app.uow(), actor=me, name="work", new_name="two words")
    assert await counts(app, me) == {"work": (1, 1)}


async def test_renames_and_edits_of_the_same_tasks_at_once_lose_nothing(
    app: App, me: Actor
) -> None:
    """Renames (each changing many tasks, two at once in opposite directions) and edits of the
    same tasks and tags, all at once: each either applies whole or is refused in a sentence
    that says to try again (a clash with a change made meanwhile, or a deadlock the database
    broke) — never another error, never a change written over another — and tried again as a
    client would, every edit applies, each change with its one event."""
    ids = [await add(app, me, f"task {n}", ["a", "x"]) for n in range(12)]

    async def again_while_busy(change: Callable[[], Awaitable[object]]) -> None:
        """Send ``change`` until it applies, again after each "try again" answer."""
        for _ in range(20):
            try:
                await change()
            except Busy as busy:
                await anyio.sleep(busy.retry_after / 10)
            except Conflict as clash:
                if clash.message != CLASHED:
                    raise
            else:
                return
        raise AssertionError("still refused after 20 tries")

    async def rename(round_: int) -> None:
        old, new = ("a", "b") if round_ % 2 == 0 else ("b", "a")
        # An edit may have taken the last task off the tag, or made the new name meanwhile.
        with contextlib.suppress(NotFound, Conflict):
            await again_while_busy(lambda: rename_tag(app.uow(), actor=me, name=old, new_name=new))

    async def edit(task_id: int, round_: int) -> None:
        tags = ["x", "a", "b"] if round_ % 2 == 0 else ["x"]
        changes = parse_input(TaskUpdate, {"tags": tags, "title": f"edited {round_}"})
        await again_while_busy(
            lambda: tasks.update(app.uow(), actor=me, task_id=task_id, changes=changes)
        )

    for round_ in range(4):
        async with anyio.create_task_group() as group:
            group.start_soon(rename, round_)
            for task_id in reversed(ids):
                group.start_soon(edit, task_id, round_)
            group.start_soon(rename, round_ + 1)

    events = await events_of(app, me)
    for task_id in ids:
        task = await tasks.get(app.uow(), actor=me, task_id=task_id)
        assert task.title == "edited 3"
        assert "x" in task.tags
        mine = [event for event in events if event["subject"] == f"tasks/{task_id}"]
        assert len(mine) == task.version  # created, then one event per change that applied
