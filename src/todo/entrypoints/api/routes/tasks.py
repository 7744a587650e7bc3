"""Tasks: list, create (also from quick-add text), read, change, complete, delete, restore."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from todo.domain.cursor import MAX_ID
from todo.domain.language.quick_add_preview import QuickAddPreview
from todo.domain.priority import Priority
from todo.domain.task_query import (
    MAX_PAGE,
    TAG_FILTERS_MAX,
    DueWindow,
    SortOrder,
    TaskQuery,
    TaskSort,
    TaskStatus,
)
from todo.domain.tasks import TaskCreate, TaskPage, TaskPublic, TaskUpdate
from todo.domain.text import PlainText
from todo.entrypoints.api.dependencies import ActorDep, AppDep, TaskId, WriterDep
from todo.entrypoints.api.preconditions import IfMatchDep
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.query_models import query_parameters, read_query
from todo.entrypoints.api.responses import json_response, listing_response, task_response
from todo.services import task_text, tasks
from todo.services.task_list import list_tasks as list_tasks_service

router = APIRouter(prefix="/api/v1/tasks", tags=["tasks"])

#: An ``If-None-Match`` naming one version (compared weakly, as RFC 9110 has it for reads).
_ETAG = re.compile(r'^\s*(?:W/)?"(\d+)"\s*$')
_READ_ERRORS = responses(401, 403, 404, 422)
_WRITE_ERRORS = responses(401, 403, 404, 409, 422, 429)
_CONDITIONAL_WRITE_ERRORS = responses(401, 403, 404, 409, 412, 422, 429)


class _QuickFields(BaseModel):
    """Fields sent with quick-add text; they win over what the text says."""

    model_config = ConfigDict(extra="forbid")

    description: PlainText | None = None
    priority: Priority | None = None
    due_at: PlainText | None = Field(default=None, max_length=100)
    remind_at: PlainText | None = Field(default=None, max_length=100)
    recurrence: PlainText | None = Field(default=None, max_length=500)
    project_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="The project (wins over a `+Name` in the text)."
    )
    parent_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="The task it is a subtask of."
    )
    assignee_id: PlainText | None = Field(
        default=None, min_length=1, max_length=64, description="The member it is assigned to."
    )

    def overrides(self) -> dict[str, object]:
        """Return the fields given besides the text."""
        return self.model_dump(exclude={"text"}, exclude_unset=True)


class QuickAdd(_QuickFields):
    """One line of plain text, read by the quick-add parser, and fields that override it."""

    text: PlainText = Field(
        min_length=1,
        max_length=1000,
        examples=["Pay rent tomorrow 9am #home !high every month"],
    )
    tags: list[PlainText] | None = Field(default=None, description="Added to the tags in the text.")


class QuickEdit(_QuickFields):
    """New quick-add text for a task (its title, and any date, tags or priority it names),
    and fields that override it; ``null`` clears a field."""

    text: PlainText | None = Field(default=None, min_length=1, max_length=1000)
    title: PlainText | None = None
    tags: list[PlainText] | None = Field(default=None, description="Replaces the task's tags.")


class TaskListParams(BaseModel):
    """The query of a task list: filters, sort and page, validated in one go."""

    status: TaskStatus = TaskStatus.ALL
    priority: list[Priority] | None = Field(default=None, description="Repeatable.")
    tag: list[PlainText] | None = Field(
        default=None,
        description=f"Repeatable, up to {TAG_FILTERS_MAX} times; a task must carry every one.",
    )
    q: PlainText | None = Field(
        default=None, max_length=200, description="Words to find in title or description."
    )
    due_after: PlainText | None = Field(
        default=None, max_length=100, description="Due at or after (ISO-8601 or 'today')."
    )
    due_before: PlainText | None = Field(
        default=None, max_length=100, description="Due before (ISO-8601 or 'next week')."
    )
    overdue: bool = False
    due: DueWindow | None = Field(
        default=None, description="Due today, this week (7 days) or overdue."
    )
    deleted: bool = Field(default=False, description="List the deleted tasks instead.")
    sort: TaskSort = TaskSort.CREATED
    order: SortOrder | None = None
    limit: int = Field(default=50, ge=1, le=MAX_PAGE)
    cursor: PlainText | None = Field(
        default=None, max_length=500, description="`next_cursor` of the previous page."
    )
    project_id: int | None = Field(
        default=None,
        ge=1,
        le=MAX_ID,
        description="Only the tasks of this project (404 unless you are its member). Without "
        "it: the tasks of all your projects but archived ones.",
    )
    archived: bool = Field(
        default=False, description="Without `project_id`: the tasks of archived projects too."
    )
    parent_id: Annotated[int, Field(ge=1, le=MAX_ID)] | Literal["none"] | None = Field(
        default=None,
        description="Only the subtasks of this task; `none` for the top-level tasks only.",
    )
    assignee: str | None = Field(
        default=None,
        min_length=1,
        max_length=64,
        description="Only the tasks assigned to this user: a user id, or `me`.",
    )

    def query(self) -> TaskQuery:
        """Return the list request the service reads."""
        return TaskQuery(
            status=self.status,
            priorities=tuple(self.priority or ()),
            tags=tuple(self.tag or ()),
            text=self.q,
            due_after=self.due_after,
            due_before=self.due_before,
            overdue=self.overdue,
            due=self.due,
            deleted=self.deleted,
            sort=self.sort,
            order=self.order,
            limit=self.limit,
            cursor=self.cursor,
            project_id=self.project_id,
            archived=self.archived,
            parent_id=self.parent_id if isinstance(self.parent_id, int) else None,
            top_level=self.parent_id == "none",
            assignee=self.assignee,
        )


async def list_query(request: Request) -> TaskListParams:
    """Return the query of a task list, read in one validation."""
    return read_query(TaskListParams, request)


@router.get(
    "",
    response_model=TaskPage,
    responses=responses(401, 403, 404, 422),
    openapi_extra={"parameters": query_parameters(TaskListParams)},
)
async def list_tasks(
    app: AppDep, actor: ActorDep, params: Annotated[TaskListParams, Depends(list_query)]
) -> Response:
    """List the tasks of your projects (or of one, with ``project_id``), one page at a time;
    pass ``next_cursor`` back as ``cursor`` for more."""
    return listing_response(await list_tasks_service(app.uow(), actor=actor, query=params.query()))


@router.post("", status_code=201, response_model=TaskPublic, responses=_WRITE_ERRORS)
async def create_task(
    app: AppDep,
    actor: WriterDep,
    data: TaskCreate,
    idempotency_key: Annotated[
        str | None,
        Header(
            max_length=255,
            description="Send the same key again to get the same task back instead of a copy.",
        ),
    ] = None,
) -> Response:
    """Create a task. ``due_at`` and ``remind_at`` take ISO-8601 or plain words ("friday 5pm")."""
    task, replayed = await tasks.create_once(
        app.uow(), actor=actor, data=data, idempotency_key=idempotency_key
    )
    headers = {"Location": f"/api/v1/tasks/{task.id}"}
    if replayed:
        headers["Idempotent-Replayed"] = "true"
    return task_response(task, status_code=201, headers=headers)


class QuickText(BaseModel):
    """Quick-add text to read without saving anything."""

    model_config = ConfigDict(extra="forbid")

    text: PlainText = Field(
        max_length=1000, examples=["Pay rent tomorrow 9am #home !high every month"]
    )


@router.post("/quick/preview", response_model=QuickAddPreview, responses=responses(401, 403, 422))
async def quick_add_preview(app: AppDep, actor: ActorDep, data: QuickText) -> Response:
    """Show what quick-add text would create — title, due date (with its weekday), priority,
    tags, repeat rule, and where each was written — without saving anything."""
    return json_response(task_text.preview_text(actor=actor, text=data.text, now=app.clock.now()))


@router.post("/quick", status_code=201, response_model=TaskPublic, responses=_WRITE_ERRORS)
async def quick_add(app: AppDep, actor: WriterDep, data: QuickAdd) -> Response:
    """Create a task from one line: "Pay rent tomorrow 9am #home !high every month".

    Fields sent besides ``text`` win over what the text says (tags are added).
    """
    task = await task_text.add_from_text(
        app.uow(), actor=actor, text=data.text, overrides=data.overrides()
    )
    return task_response(task, status_code=201, headers={"Location": f"/api/v1/tasks/{task.id}"})


@router.get("/{task_id}", response_model=TaskPublic, responses=_READ_ERRORS)
async def read_task(
    app: AppDep,
    actor: ActorDep,
    task_id: TaskId,
    if_none_match: Annotated[str | None, Header(max_length=100)] = None,
) -> Response:
    """Return one task, with its version as ``ETag`` (``304`` when ``If-None-Match`` matches)."""
    task = await tasks.get(app.uow(), actor=actor, task_id=task_id)
    if if_none_match is not None and _version_of(if_none_match) == task.version:
        return Response(status_code=304, headers={"ETag": f'"{task.version}"'})
    return task_response(task)


@router.patch("/{task_id}", response_model=TaskPublic, responses=_CONDITIONAL_WRITE_ERRORS)
async def update_task(
    app: AppDep,
    actor: WriterDep,
    task_id: TaskId,
    changes: TaskUpdate,
    versions: IfMatchDep,
) -> Response:
    """Change the fields sent and nothing else; ``null`` clears a field."""
    task = await tasks.update(
        app.uow(), actor=actor, task_id=task_id, changes=changes, expected_versions=versions
    )
    return task_response(task)


@router.patch("/{task_id}/quick", response_model=TaskPublic, responses=_WRITE_ERRORS)
async def quick_edit(app: AppDep, actor: WriterDep, task_id: TaskId, data: QuickEdit) -> Response:
    """Change a task with quick-add text and fields; only what is named changes."""
    task = await task_text.update_from_text(
        app.uow(), actor=actor, task_id=task_id, text=data.text, overrides=data.overrides()
    )
    return task_response(task)


@router.delete("/{task_id}", status_code=204, responses=_CONDITIONAL_WRITE_ERRORS)
async def delete_task(
    app: AppDep, actor: WriterDep, task_id: TaskId, versions: IfMatchDep
) -> Response:
    """Move a task to the bin; ``POST …/restore`` brings it back."""
    await tasks.delete(app.uow(), actor=actor, task_id=task_id, expected_versions=versions)
    return Response(status_code=204)


@router.post("/{task_id}/complete", response_model=TaskPublic, responses=_CONDITIONAL_WRITE_ERRORS)
async def complete_task(
    app: AppDep, actor: WriterDep, task_id: TaskId, versions: IfMatchDep
) -> Response:
    """Mark a task done (done already: unchanged)."""
    task = await tasks.complete(app.uow(), actor=actor, task_id=task_id, expected_versions=versions)
    return task_response(task)


@router.post("/{task_id}/reopen", response_model=TaskPublic, responses=_CONDITIONAL_WRITE_ERRORS)
async def reopen_task(
    app: AppDep, actor: WriterDep, task_id: TaskId, versions: IfMatchDep
) -> Response:
    """Mark a done task open again."""
    task = await tasks.reopen(app.uow(), actor=actor, task_id=task_id, expected_versions=versions)
    return task_response(task)


@router.post("/{task_id}/restore", response_model=TaskPublic, responses=_CONDITIONAL_WRITE_ERRORS)
async def restore_task(
    app: AppDep, actor: WriterDep, task_id: TaskId, versions: IfMatchDep
) -> Response:
    """Bring a deleted task back."""
    task = await tasks.restore(app.uow(), actor=actor, task_id=task_id, expected_versions=versions)
    return task_response(task)


def _version_of(etag: str) -> int | None:
    match = _ETAG.match(etag)
    return int(match.group(1)) if match else None
