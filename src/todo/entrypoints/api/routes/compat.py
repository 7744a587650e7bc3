"""The public "Evolution of Todo" contract: ``/api/{user_id}/tasks…`` and ``/api/{user_id}/chat``
over the same services.

Frontends written for that contract work unchanged: lists are bare JSON arrays, ``PUT`` changes
the fields sent, ``PATCH …/complete`` toggles, and every task also carries ``due_date`` (the
contract's name for ``due_at``). The caller is still the bearer token's user: the ``user_id`` in
the path must be theirs (``403`` otherwise), and another user's task is ``404``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Path, Query, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlmodel._compat import SQLModelConfig
from starlette.convertors import Convertor, register_url_convertor

from todo.domain.actor import Actor
from todo.domain.conversations import ChatReply, ChatRequest
from todo.domain.task_query import MAX_PAGE, SortOrder, TaskQuery, TaskSort, TaskStatus
from todo.domain.tasks import (
    CORE_FIELDS,
    TASK_CORE_EXAMPLE,
    TaskCore,
    TaskCoreCreate,
    TaskCoreUpdate,
    TaskCreate,
    TaskPublic,
    TaskUpdate,
    When,
)
from todo.domain.text import PlainText
from todo.entrypoints.api import chat_answers
from todo.entrypoints.api.dependencies import ActorDep, AppDep, TaskId, limit_writes
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import etag
from todo.errors import FieldProblem, Forbidden, Invalid, NotFound
from todo.services import tasks
from todo.services.task_list import gather_tasks

#: The fields of a task the contract shows (pydantic's ``include`` takes a set).
_CONTRACT_FIELDS = set(CORE_FIELDS)
#: The most tasks one list call returns; the response says ``X-Truncated: true`` beyond it.
LIST_CAP = 1000
#: The page size the list is read in (one read of every page up to the cap).
PAGE_SIZE = MAX_PAGE


class _UserSegment(Convertor[str]):
    """A path segment that can be a user id: anything but an API version such as ``v1``, so
    that ``/api/v1/…`` is left to the v1 routes (a method they lack there is ``405``, with their
    ``Allow``, not a contract route taking ``v1`` for a user id)."""

    regex = r"(?!v[0-9]+(?:/|$))[^/]+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("user", _UserSegment())

_TASKS = "/api/{user_id:user}/tasks"
_TASK = _TASKS + "/{task_id}"
_READ_ERRORS = responses(401, 403, 404, 422)
_WRITE_ERRORS = responses(401, 403, 404, 409, 422, 429)

UserId = Annotated[
    PlainText,
    Path(description="Your own user id (the token's subject); another user's id gets 403."),
]

router = APIRouter(tags=["compatibility"])


async def path_owner(actor: ActorDep, user_id: UserId) -> Actor:
    """Return the caller when the path's ``user_id`` is theirs (``403`` before anything else),
    reaching only the tasks they created, in whatever project: these routes' view."""
    if user_id != actor.user_id:
        raise Forbidden(
            "The user id in the path is not yours; "
            f"use /api/{actor.user_id}/tasks for your own tasks."
        )
    return replace(actor, own_tasks_only=True)


OwnerDep = Annotated[Actor, Depends(path_owner)]


async def path_owner_writing(app: AppDep, actor: OwnerDep) -> Actor:
    """Like :func:`path_owner`, then count one write against the caller's rate limit."""
    return await limit_writes(app, actor)


WriterOwnerDep = Annotated[Actor, Depends(path_owner_writing)]


class ContractSort(StrEnum):
    """The sort keys of the contract; ``due_date`` is v1's ``due``."""

    CREATED = "created"
    TITLE = "title"
    DUE_DATE = "due_date"
    PRIORITY = "priority"


_SORTS = {
    ContractSort.CREATED: TaskSort.CREATED,
    ContractSort.TITLE: TaskSort.TITLE,
    ContractSort.DUE_DATE: TaskSort.DUE,
    ContractSort.PRIORITY: TaskSort.PRIORITY,
}


class ContractTask(TaskCore):
    """A task as v1 shows it, plus ``due_date``: the contract's name for ``due_at``."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{**TASK_CORE_EXAMPLE, "due_date": TASK_CORE_EXAMPLE["due_at"]}]
        }
    )

    due_date: datetime | date | None = Field(
        description="The same value as `due_at`.", examples=["2026-12-01"]
    )


class ContractTaskCreate(TaskCoreCreate):
    """A new task; ``due_date`` is ``due_at`` by the contract's name, ``completed`` sets it done."""

    model_config = SQLModelConfig(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"title": "Buy groceries", "description": "Milk, eggs, bread"},
                {
                    "title": "Pay rent",
                    "description": "Transfer to the landlord",
                    "due_date": "2026-12-01",
                    "priority": "high",
                    "tags": ["home"],
                    "recurrence": "monthly",
                },
            ]
        },
    )

    due_date: When | None = Field(
        default=None,
        description="The contract's name for `due_at`: ISO-8601 or words such as 'friday 5pm'.",
        examples=["2026-12-01"],
    )
    completed: bool = False

    def to_create(self) -> TaskCreate:
        """Return the service's :class:`TaskCreate` for this body."""
        fields = self.model_dump(exclude={"due_date", "completed"})
        fields["due_at"] = _one_due(self.model_fields_set, self.due_date, self.due_at)
        return TaskCreate.model_validate(fields)


class ContractTaskUpdate(TaskCoreUpdate):
    """The fields to change (the others stay); ``due_date`` is ``due_at`` by the contract's name."""

    model_config = SQLModelConfig(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"title": "Buy groceries", "description": "Milk, eggs, bread and butter"},
                {"completed": True},
                {"due_date": "friday 5pm", "priority": "urgent"},
            ]
        },
    )

    due_date: When | None = Field(
        default=None,
        description="The contract's name for `due_at`: ISO-8601 or words such as 'friday 5pm'.",
        examples=["2026-12-01"],
    )

    def to_update(self) -> TaskUpdate:
        """Return the service's :class:`TaskUpdate` for this body (only the fields sent)."""
        fields = self.model_dump(exclude_unset=True, exclude={"due_date"})
        if "due_date" in self.model_fields_set:
            fields["due_at"] = _one_due(self.model_fields_set, self.due_date, self.due_at)
        return TaskUpdate.model_validate(fields)


class CompletionChange(BaseModel):
    """``{"completed": true|false}`` sets completion; ``{}`` (or no body) toggles it."""

    model_config = ConfigDict(extra="forbid")

    completed: bool | None = Field(default=None, examples=[True])


@router.get(_TASKS, response_model=list[ContractTask], responses=responses(401, 403, 422))
async def list_tasks(
    app: AppDep,
    actor: OwnerDep,
    status: Annotated[
        TaskStatus | None, Query(description="`all` (the default), `pending` or `completed`.")
    ] = None,
    status_filter: Annotated[
        TaskStatus | None, Query(description="Another name for `status`.")
    ] = None,
    sort: ContractSort = ContractSort.CREATED,
    order: Annotated[
        SortOrder | None,
        Query(description="Newest, soonest, most important or A–Z first when not given."),
    ] = None,
) -> Response:
    """List your tasks as a bare JSON array (deleted ones left out).

    At most 1,000 tasks come back; when there are more, the response carries
    `X-Truncated: true` (use `GET /api/v1/tasks` to page through everything).
    """
    if status is not None and status_filter is not None and status != status_filter:
        raise Invalid(
            "Send status or status_filter, not two different ones.", field="status_filter"
        )
    query = TaskQuery(
        status=status or status_filter or TaskStatus.ALL,
        sort=_SORTS[sort],
        order=order,
        limit=PAGE_SIZE,
    )
    found = await gather_tasks(app.uow(), actor=actor, query=query, cap=LIST_CAP)
    headers = {"X-Truncated": "true"} if found.next_cursor is not None else None
    return JSONResponse([_contract_json(task) for task in found.items], headers=headers)


@router.post(
    _TASKS,
    status_code=201,
    response_model=ContractTask,
    responses=responses(401, 403, 405, 422, 429),
)
async def create_task(app: AppDep, actor: WriterOwnerDep, data: ContractTaskCreate) -> Response:
    """Create a task and return it with `201`.

    Besides `title` and `description` it takes `due_date` (or `due_at`), `remind_at`,
    `priority`, `tags` and `recurrence` as v1 does; `completed: true` creates it done.
    Any other field is refused with `422`.
    """
    with _contract_names(data.model_fields_set):
        task = await tasks.create(
            app.uow(), actor=actor, data=data.to_create(), completed=bool(data.completed)
        )
    location = f"/api/{actor.user_id}/tasks/{task.id}"
    return _task_response(task, status_code=201, headers={"Location": location})


@router.get(_TASK, response_model=ContractTask, responses=_READ_ERRORS)
async def read_task(app: AppDep, actor: OwnerDep, task_id: TaskId) -> Response:
    """Return one of your tasks; a deleted one is `404`."""
    task = await tasks.get(app.uow(), actor=actor, task_id=task_id)
    if task.deleted_at is not None:
        raise NotFound(f"Task {task_id} was not found.")
    return _task_response(task)


@router.put(_TASK, response_model=ContractTask, responses=_WRITE_ERRORS)
async def update_task(
    app: AppDep, actor: WriterOwnerDep, task_id: TaskId, changes: ContractTaskUpdate
) -> Response:
    """Change the fields sent (usually `title` and `description`) and nothing else.

    `null` clears an optional field; `completed` sets completion. A deleted task is `409`.
    """
    with _contract_names(changes.model_fields_set):
        task = await tasks.update(
            app.uow(), actor=actor, task_id=task_id, changes=changes.to_update()
        )
    return _task_response(task)


@router.delete(_TASK, status_code=204, responses=responses(401, 403, 404, 422, 429))
async def delete_task(app: AppDep, actor: WriterOwnerDep, task_id: TaskId) -> Response:
    """Delete a task: `204`, and from then on it is `404` here (v1 can still restore it)."""
    await tasks.delete(app.uow(), actor=actor, task_id=task_id)
    return Response(status_code=204)


@router.patch(f"{_TASK}/complete", response_model=ContractTask, responses=_WRITE_ERRORS)
async def complete_task(
    app: AppDep,
    actor: WriterOwnerDep,
    task_id: TaskId,
    change: Annotated[CompletionChange | None, Body()] = None,
) -> Response:
    """Toggle a task between done and not done, or set it with `{"completed": true|false}`.

    An empty body, no body or `{}` toggles. Returns the task. A deleted task is `409`.
    """
    done = change.completed if change is not None else None
    if done is None:
        return _task_response(await tasks.toggle(app.uow(), actor=actor, task_id=task_id))
    verb = tasks.complete if done else tasks.reopen
    return _task_response(await verb(app.uow(), actor=actor, task_id=task_id))


@router.post(
    "/api/{user_id:user}/chat", response_model=ChatReply, responses=chat_answers.CHAT_RESPONSES
)
async def chat(
    app: AppDep,
    actor: WriterOwnerDep,
    data: ChatRequest,
    accept: chat_answers.Accept = None,
) -> Response:
    """Say something to the assistant, as `POST /api/v1/chat` does (same body and answer)."""
    stream = chat_answers.EVENT_STREAM in (accept or "")
    return await chat_answers.answer(app, actor, data, stream=stream)


def _one_due(given: set[str], due_date: When | None, due_at: When | None) -> When | None:
    """Return the due date sent as ``due_date`` or ``due_at``; both, and different, is 422."""
    if "due_date" in given and "due_at" in given and due_date != due_at:
        raise Invalid("Send due_date or due_at, not both.", field="due_date")
    return due_date if "due_date" in given else due_at


@contextmanager
def _contract_names(given: set[str]) -> Iterator[None]:
    """Name ``due_date`` (not ``due_at``) in errors about the due date when the caller sent it."""
    try:
        yield
    except Invalid as exc:
        if "due_date" not in given or not any(p.field == "due_at" for p in exc.problems):
            raise
        renamed = [
            FieldProblem(field="due_date" if p.field == "due_at" else p.field, message=p.message)
            for p in exc.problems
        ]
        raise Invalid(exc.message, problems=renamed) from exc


def _contract_json(task: TaskPublic) -> dict[str, Any]:
    """Return a task as the contract shows it: v1's fields but the project's, and ``due_date``."""
    body = task.model_dump(mode="json", include=_CONTRACT_FIELDS)
    body["due_date"] = body["due_at"]
    return body


def _task_response(
    task: TaskPublic, *, status_code: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return JSONResponse(
        _contract_json(task), status_code=status_code, headers={**(headers or {}), **etag(task)}
    )
