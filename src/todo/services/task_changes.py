"""The one way a change to a stored task is recorded: a new version, saved, and its events.

Every verb that changes a task — an edit, a completion, a tag renamed under it, the recurrence
worker withdrawing an occurrence — ends with :func:`record_change`, so the version that
``If-Match`` checks, the ``updated_at`` lists sort by and the events consumers and live clients
receive can never drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.events import EventType, task_event
from todo.domain.tasks import Task, TaskPublic

#: One event of a change: its type, and the fields it changed (for ``todo.task.updated``).
Change = tuple[EventType, tuple[str, ...]]


async def record_change(
    uow: UnitOfWork,
    task: Task,
    events: Sequence[Change] = (),
    *,
    at: datetime | None = None,
    actor: str | None = None,
    tags: list[str] | None = None,
    left: int | None = None,
    audience: list[str] | None = None,
) -> TaskPublic:
    """Give ``task`` its next version, save it, record each of ``events`` with the task as it
    now is, and return that public form (inside the caller's open unit of work; the caller
    commits). ``at`` is the moment of the change (now by default), ``actor`` who made it (the
    owner by default), ``tags`` the task's tag names when the caller has them at hand. Each
    event names the members of the task's project, who all see it change live, and those of
    the project ``left`` when the change moved it out of one (they see it go); ``audience``
    gives the members when the caller read them already (for many tasks of one project)."""
    task.version += 1
    task.updated_at = at or uow.clock.now()
    uow.tasks.save(task)
    await uow.flush()
    assert task.id is not None
    if tags is None:
        tags = (await uow.tags.names_of([task.id])).get(task.id, [])
    public = TaskPublic.of(task, tags)
    if events:
        record = public.model_dump(mode="json")
        if audience is None:
            audience = await uow.tasks.audience(task.project_id)
        if left is not None and left != task.project_id:
            audience = sorted({*audience, *await uow.tasks.audience(left)})
        for kind, changes in events:
            uow.emit(task_event(kind, record, changes=changes, actor=actor, audience=audience))
    return public
