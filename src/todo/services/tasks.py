"""Task verbs: create, quick add, get, update, complete, reopen, delete and restore.

Every function opens its own transaction on the given unit of work, checks that the task belongs
to the actor (another user's task is reported as not found), records its event in the outbox and
commits. A call that changes nothing records nothing.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Collection
from datetime import date, datetime, timedelta
from typing import Any

from todo.adapters.task_rows import public
from todo.adapters.tracing import traced
from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.due import due_sort_key, reminder_instant, resolve_when, stored_due
from todo.domain.events import EventType, task_event
from todo.domain.projects import Project, ProjectRole
from todo.domain.scopes import Scope
from todo.domain.tasks import TRACKED_FIELDS, Task, TaskCreate, TaskPublic, TaskUpdate
from todo.domain.tokens import UNANSWERED, IdempotencyRecord
from todo.errors import Conflict, Invalid, NotFound, PreconditionFailed, StillInProgress
from todo.services import task_tree
from todo.services.access import require_role
from todo.services.task_changes import Change, record_change
from todo.services.task_tree import PLACEMENT_FIELDS

#: How long a request made with an ``Idempotency-Key`` is remembered.
IDEMPOTENCY_WINDOW = timedelta(hours=24)
#: In how many seconds to send again a request whose key's first request is still in progress.
IN_PROGRESS_RETRY_AFTER = 1


async def create(
    uow: UnitOfWork,
    *,
    actor: Actor,
    data: TaskCreate,
    idempotency_key: str | None = None,
    completed: bool = False,
) -> TaskPublic:
    """Create a task for the actor and return it; with ``completed`` it is created done (one
    transaction, one ``todo.task.created`` event, whose task says it is done).

    With an ``idempotency_key`` a repeated request with the same body returns the task the first
    one created (for 24 hours) instead of creating another; the same key with another body is
    refused.
    """
    made, _ = await create_once(
        uow, actor=actor, data=data, idempotency_key=idempotency_key, completed=completed
    )
    return made


@traced("tasks.create")
async def create_once(
    uow: UnitOfWork,
    *,
    actor: Actor,
    data: TaskCreate,
    idempotency_key: str | None,
    completed: bool = False,
) -> tuple[TaskPublic, bool]:
    """Like :func:`create`, and tell whether the task is a replay of an earlier request.

    The key is claimed before anything is created: a request sent again while the first is
    still being handled waits for it and then gets its task back.
    """
    actor.require(Scope.TASKS_WRITE)
    body = data.model_dump_json() + (" completed" if completed else "")
    fingerprint = hashlib.sha256(body.encode()).hexdigest()
    now = uow.clock.now()
    async with uow:
        if idempotency_key is not None:
            record = await uow.credentials.idempotency_record(
                actor.user_id, idempotency_key, now=now
            )
            if record is not None:
                return _replay(record, fingerprint), True
            await uow.credentials.forget_expired_idempotency(
                actor.user_id, idempotency_key, now=now
            )
            claimed = await uow.credentials.claim_idempotency(
                actor.user_id,
                idempotency_key,
                request_hash=fingerprint,
                now=now,
                expires_at=now + IDEMPOTENCY_WINDOW,
            )
            if not claimed:  # a request with this key was handled meanwhile
                record = await uow.credentials.idempotency_record(
                    actor.user_id, idempotency_key, now=now
                )
                return _replay(record, fingerprint), True
        task = await insert(uow, actor=actor, data=data, completed=completed)
        if idempotency_key is not None:
            await uow.credentials.answer_idempotency(
                actor.user_id, idempotency_key, status_code=201, body=task.model_dump_json()
            )
        await uow.commit()
        return task, False


def _replay(record: IdempotencyRecord | None, fingerprint: str) -> TaskPublic:
    """Return the task an earlier request with the same key created."""
    if record is None or record.status_code == UNANSWERED:
        raise StillInProgress(
            "The first request with this Idempotency-Key is still in progress; "
            f"try again in a moment ({IN_PROGRESS_RETRY_AFTER} second).",
            retry_after=IN_PROGRESS_RETRY_AFTER,
        )
    if record.request_hash != fingerprint:
        raise Invalid(
            "This Idempotency-Key was already used with a different request body.",
            field="Idempotency-Key",
        )
    return TaskPublic.model_validate_json(record.body)


async def get(uow: UnitOfWork, *, actor: Actor, task_id: int) -> TaskPublic:
    """Return the task ``task_id`` of a project the actor is a member of, deleted or not."""
    actor.require(Scope.TASKS_READ)
    async with uow.reading():
        row = await uow.task_rows.one(actor.user_id, task_id, own=actor.own_tasks_only)
    if row is None:
        raise NotFound(f"Task {task_id} was not found.")
    return TaskPublic.model_validate(public(row))


@traced("tasks.update")
async def update(
    uow: UnitOfWork,
    *,
    actor: Actor,
    task_id: int,
    changes: TaskUpdate,
    expected_versions: Collection[int] | None = None,
) -> TaskPublic:
    """Change the fields present in ``changes`` and nothing else.

    With ``expected_versions`` the change is refused when the task is at none of them: it moved
    on since the caller read it (optimistic concurrency; the REST API's ``If-Match``).
    """
    actor.require(Scope.TASKS_WRITE)
    async with uow:
        task, project = await _owned(uow, actor, task_id, for_update=True)
        _check_version(task, expected_versions)
        _refuse_if_deleted(task)
        before = await _public(uow, task)
        now = uow.clock.now()
        given = changes.model_dump(exclude_unset=True)
        tags = given.pop("tags", None)
        completed = given.pop("completed", None)
        placement = {name: given.pop(name) for name in PLACEMENT_FIELDS if name in given}
        left = project.id
        if placement:
            project = await task_tree.move(uow, actor, task, project, placement)
        _apply_fields(task, given, actor, now)
        if tags is not None:
            await _set_tags(uow, project.owner_id, task, tags)
        if completed is not None and completed != task.completed:
            task.completed = completed
            task.completed_at = now if completed else None
            if completed:
                await task_tree.cascade(
                    uow, actor, task, EventType.TASK_COMPLETED, now=now, deleted_at=None
                )
        after = await _public(uow, task)
        changed = _changed_fields(before, after)
        if not changed:
            return before
        events: list[Change] = []
        field_changes = tuple(name for name in changed if name != "completed")
        if field_changes:
            events.append((EventType.TASK_UPDATED, field_changes))
        if "completed" in changed:
            kind = EventType.TASK_COMPLETED if task.completed else EventType.TASK_REOPENED
            events.append((kind, ()))
        public = await record_change(uow, task, events, at=now, actor=actor.user_id, left=left)
        await uow.commit()
        return public


@traced("tasks.complete")
async def complete(
    uow: UnitOfWork,
    *,
    actor: Actor,
    task_id: int,
    expected_versions: Collection[int] | None = None,
) -> TaskPublic:
    """Mark the task done; completing a done task changes nothing.

    With ``expected_versions``, only a task at one of those versions is touched (as in
    :func:`update`); so for :func:`reopen`, :func:`delete` and :func:`restore`.
    """
    return await _transition(uow, actor, task_id, EventType.TASK_COMPLETED, expected_versions)


@traced("tasks.reopen")
async def reopen(
    uow: UnitOfWork,
    *,
    actor: Actor,
    task_id: int,
    expected_versions: Collection[int] | None = None,
) -> TaskPublic:
    """Mark a done task as not done again; reopening an open task changes nothing."""
    return await _transition(uow, actor, task_id, EventType.TASK_REOPENED, expected_versions)


async def toggle(uow: UnitOfWork, *, actor: Actor, task_id: int) -> TaskPublic:
    """Complete the task if it is open, reopen it if it is done — decided on the task as it is
    inside the transaction, so two toggles sent at once flip it twice, never once."""
    return await _transition(uow, actor, task_id, None, None)


@traced("tasks.delete")
async def delete(
    uow: UnitOfWork,
    *,
    actor: Actor,
    task_id: int,
    expected_versions: Collection[int] | None = None,
) -> TaskPublic:
    """Move the task to the bin (a soft delete that :func:`restore` undoes)."""
    return await _transition(uow, actor, task_id, EventType.TASK_DELETED, expected_versions)


@traced("tasks.restore")
async def restore(
    uow: UnitOfWork,
    *,
    actor: Actor,
    task_id: int,
    expected_versions: Collection[int] | None = None,
) -> TaskPublic:
    """Bring a deleted task back; restoring a live task changes nothing."""
    return await _transition(uow, actor, task_id, EventType.TASK_RESTORED, expected_versions)


async def _transition(
    uow: UnitOfWork,
    actor: Actor,
    task_id: int,
    kind: EventType | None,
    expected_versions: Collection[int] | None,
) -> TaskPublic:
    """Complete, reopen, delete or restore a task (``kind``; ``None`` toggles completion)."""
    actor.require(Scope.TASKS_WRITE)
    async with uow:
        task, _ = await _owned(uow, actor, task_id, for_update=True)
        _check_version(task, expected_versions)
        now = uow.clock.now()
        deleted_at = task.deleted_at
        if kind is None:
            kind = EventType.TASK_REOPENED if task.completed else EventType.TASK_COMPLETED
        if kind in (EventType.TASK_COMPLETED, EventType.TASK_REOPENED):
            _refuse_if_deleted(task)
            done = kind is EventType.TASK_COMPLETED
            if task.completed == done:
                return await _public(uow, task)
            task.completed, task.completed_at = done, (now if done else None)
        else:
            deleting = kind is EventType.TASK_DELETED
            if (task.deleted_at is not None) == deleting:
                return await _public(uow, task)
            task.deleted_at = now if deleting else None
        await task_tree.cascade(uow, actor, task, kind, now=now, deleted_at=deleted_at)
        public = await record_change(uow, task, [(kind, ())], at=now, actor=actor.user_id)
        await uow.commit()
        return public


async def insert(
    uow: UnitOfWork,
    *,
    actor: Actor,
    data: TaskCreate,
    series_id: str | None = None,
    by: str | None = None,
    completed: bool = False,
) -> TaskPublic:
    """Create a task where ``data`` says (the actor's Inbox by default), inside a unit of work
    the caller opened and commits (for event consumers).

    ``series_id`` puts it in an existing recurring series; ``by`` says who created it in its
    ``todo.task.created`` event (``"recurrence"``), by default its owner; ``completed`` creates
    it done.
    """
    now = uow.clock.now()
    place = await task_tree.place_new(
        uow,
        actor,
        project_id=data.project_id,
        parent_id=data.parent_id,
        assignee_id=data.assignee_id,
    )
    task = Task(
        user_id=actor.user_id,
        project_id=place.project_id,
        parent_id=place.parent_id,
        assignee_id=place.assignee_id,
        title=data.title,
        series_id=series_id,
        created_at=now,
        updated_at=now,
        completed=completed,
        completed_at=now if completed else None,
    )
    fields = data.model_dump(exclude={"title", "tags", *PLACEMENT_FIELDS})
    _apply_fields(task, fields, actor, now)
    await uow.tasks.add(task)  # into the actor's Inbox when no project is given
    assert task.id is not None
    if task.project_id is None:  # an account that has no Inbox yet (opened before projects)
        task.project_id = await uow.projects.ensure_inbox(actor.user_id, now=now)
        if task.project_id is not None:
            await uow.tasks.move_to(task.id, task.project_id)
    tags = await uow.tags.ensure(place.tag_owner, data.tags, now=now)
    await uow.tags.replace_links(task.id, tags, new=True)
    # The names as a read shows them: each tag's stored spelling, ordered by key.
    names = [tag.name for tag in sorted(tags, key=lambda tag: tag.key)]
    public = TaskPublic.of(task, names)
    audience = await uow.tasks.audience(task.project_id)
    record = public.model_dump(mode="json")
    uow.emit(task_event(EventType.TASK_CREATED, record, actor=by, audience=audience))
    return public


def _apply_fields(task: Task, given: dict[str, Any], actor: Actor, now: datetime) -> None:
    """Copy fields onto ``task``, resolving dates in the actor's time zone, and refresh the keys
    the task sorts by."""
    for name, value in given.items():
        if name == "due_at":
            if value is None:
                task.due_at, task.all_day = None, False
            else:
                task.due_at, task.all_day = stored_due(_when(value, actor, now, "due_at"))
        elif name == "remind_at":
            task.remind_at = (
                None
                if value is None
                else reminder_instant(_when(value, actor, now, "remind_at"), actor.timezone)
            )
        elif name == "recurrence":
            task.recurrence = value
            if value is not None and task.series_id is None:
                task.series_id = str(uuid.uuid4())
        else:
            setattr(task, name, value)
    task.title_key = task.title.casefold()
    task.due_key = due_sort_key(task.due_at, task.all_day, actor.timezone)


def _when(value: str | date | datetime, actor: Actor, now: datetime, field: str) -> date | datetime:
    try:
        return resolve_when(value, now=now, tz=actor.timezone)
    except Invalid as exc:
        raise Invalid(exc.message, field=field) from exc


async def _set_tags(uow: UnitOfWork, owner_id: str, task: Task, names: list[str]) -> None:
    """Make ``names`` the task's tags, among the tags of ``owner_id`` (its project's owner)."""
    assert task.id is not None
    tags = await uow.tags.ensure(owner_id, names, now=uow.clock.now())
    await uow.tags.replace_links(task.id, tags)


async def _owned(
    uow: UnitOfWork, actor: Actor, task_id: int, *, for_update: bool = False
) -> tuple[Task, Project]:
    """Return the task ``task_id`` for the actor to change: a task of a project where they
    are an editor at least (a task of a project they are not a member of is not found)."""
    found = await uow.tasks.get_as_member(actor.user_id, task_id, for_update=for_update)
    if found is None or (actor.own_tasks_only and found[0].user_id != actor.user_id):
        raise NotFound(f"Task {task_id} was not found.")
    task, project, role = found
    require_role(project, role, ProjectRole.EDITOR, "change its tasks")
    return task, project


async def _public(uow: UnitOfWork, task: Task) -> TaskPublic:
    assert task.id is not None
    names = await uow.tags.names_of([task.id])
    return TaskPublic.of(task, names.get(task.id, []))


def _check_version(task: Task, expected: Collection[int] | None) -> None:
    if expected is not None and task.version not in expected:
        raise PreconditionFailed(
            f"Task {task.id} changed since you read it (it is at version {task.version} now); "
            "read it again and retry."
        )


def _refuse_if_deleted(task: Task) -> None:
    if task.deleted_at is not None:
        raise Conflict(f"Task {task.id} is deleted; restore it first.")


def _changed_fields(before: TaskPublic, after: TaskPublic) -> list[str]:
    return [name for name in TRACKED_FIELDS if getattr(before, name) != getattr(after, name)]
