"""Quick-add text for tasks: one line of words — ``Pay rent tomorrow 9am #home !high every
month +Flat`` — read into a new task or a change of one, or previewed without saving.

The words are read by :mod:`todo.domain.language.quick_add`; a ``+Name`` is looked up among the
actor's projects here, and the task verbs of :mod:`todo.services.tasks` do the rest.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from todo.adapters.tracing import traced
from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.language.quick_add import parse_quick_add
from todo.domain.language.quick_add_preview import QuickAddPreview, preview_quick_add
from todo.domain.scopes import Scope
from todo.domain.tasks import TaskCreate, TaskPublic, TaskUpdate
from todo.services.project_names import project_id_by_name
from todo.services.tasks import create, update
from todo.services.validation import parse_input

#: Fields an override may set to ``None`` (to drop what the text said).
_CLEARABLE = frozenset({"description", "due_at", "remind_at", "recurrence"})


@traced("tasks.add_from_text")
async def add_from_text(
    uow: UnitOfWork, *, actor: Actor, text: str, overrides: dict[str, Any] | None = None
) -> TaskPublic:
    """Create a task from quick-add text; fields in ``overrides`` win over what the text says.

    ``add_from_text(uow, actor=me, text="Pay rent tomorrow 9am #home !high every month")``;
    ``+Groceries`` in the text puts it in your project of that name (unless ``overrides`` name
    a ``project_id``).
    """
    fields = await _fields_from_text(
        uow, actor, text, find_project="project_id" not in (overrides or {})
    )
    for name, value in (overrides or {}).items():
        if name == "tags":
            fields["tags"] = [*fields.get("tags", []), *(value or [])]
        elif value is not None or name in _CLEARABLE:
            fields[name] = value
    return await create(uow, actor=actor, data=parse_input(TaskCreate, fields))


def preview_text(*, actor: Actor, text: str, now: datetime) -> QuickAddPreview:
    """Return what :func:`add_from_text` would make of ``text`` now, without saving anything."""
    actor.require(Scope.TASKS_READ)
    return preview_quick_add(text, now=now, tz=actor.timezone)


@traced("tasks.update_from_text")
async def update_from_text(
    uow: UnitOfWork,
    *,
    actor: Actor,
    task_id: int,
    text: str | None,
    overrides: dict[str, Any] | None = None,
) -> TaskPublic:
    """Change a task with quick-add text (its title and any fields it names) and ``overrides``.

    Only what the text or the overrides mention changes: text that is only a date keeps the
    title, and a repeat rule without a date keeps the due date. Tags given, in the text or the
    overrides, together replace the task's tags. ``+Name`` in the text moves the task to your
    project of that name (unless ``overrides`` name a ``project_id``).
    """
    fields = (
        await _fields_from_text(
            uow,
            actor,
            text,
            editing=True,
            find_project="project_id" not in (overrides or {}),
        )
        if text is not None
        else {}
    )
    for name, value in (overrides or {}).items():
        fields[name] = [*fields.get("tags", []), *value] if name == "tags" and value else value
    changes = parse_input(TaskUpdate, fields)
    return await update(uow, actor=actor, task_id=task_id, changes=changes)


async def _fields_from_text(
    uow: UnitOfWork, actor: Actor, text: str, *, editing: bool = False, find_project: bool = True
) -> dict[str, Any]:
    """Return the task fields that quick-add text names.

    For a new task that is always a title and the tags, and a repeating task without a date is
    due at its first occurrence. For an edit, only what the text actually says. A ``+Name`` is
    looked up among the actor's projects (when ``find_project``: an override may name the
    project instead, and then the name is not looked up).
    """
    parsed = parse_quick_add(text, now=uow.clock.now(), tz=actor.timezone)
    fields: dict[str, Any] = {"title": parsed.title, "tags": list(parsed.tags)}
    if editing:
        if not parsed.title:
            del fields["title"]
        if not parsed.tags:
            del fields["tags"]
    said_due = any(span.field == "due" for span in parsed.spans)
    if parsed.due is not None and (said_due or not editing):
        fields["due_at"] = parsed.due
    if parsed.priority is not None:
        fields["priority"] = parsed.priority
    if parsed.recurrence is not None:
        fields["recurrence"] = parsed.recurrence
    if parsed.description is not None:
        fields["description"] = parsed.description
    if parsed.project is not None and find_project:
        fields["project_id"] = await project_id_by_name(uow, actor, parsed.project)
    return fields
