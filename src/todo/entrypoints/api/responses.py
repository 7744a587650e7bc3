"""Fast JSON responses: a model serialised once by pydantic, never validated again."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi.responses import Response
from pydantic import BaseModel, TypeAdapter

from todo.domain.tasks import TaskPublic

_TASK_LIST = TypeAdapter(list[TaskPublic])


def json_response(
    model: BaseModel, *, status_code: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """Return ``model`` as JSON."""
    return Response(
        model.model_dump_json(),
        status_code=status_code,
        media_type="application/json",
        headers=headers,
    )


def task_response(
    task: TaskPublic, *, status_code: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """Return a task as JSON with its ``ETag`` (its version)."""
    return json_response(task, status_code=status_code, headers={**(headers or {}), **etag(task)})


def tasks_array(tasks: Sequence[TaskPublic], *, status_code: int = 200) -> Response:
    """Return a bare JSON array of tasks."""
    return Response(
        _TASK_LIST.dump_json(list(tasks)), status_code=status_code, media_type="application/json"
    )


def etag(task: TaskPublic) -> dict[str, str]:
    """Return the ``ETag`` header of a task: its version, quoted."""
    return {"ETag": f'"{task.version}"'}
