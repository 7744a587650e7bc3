"""Fast JSON responses: a model serialised once by pydantic, never validated again, and task
lists encoded straight from the values the database read."""

from __future__ import annotations

import orjson
from fastapi.responses import Response
from pydantic import BaseModel

from todo.domain.tasks import TaskListing, TaskPublic


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


def listing_response(listing: TaskListing) -> Response:
    """Return a page of tasks as JSON, byte for byte what ``TaskPage`` would write (UTC times
    with ``Z``, dates as dates, priorities by name)."""
    body = {"items": listing.items, "next_cursor": listing.next_cursor}
    return Response(orjson.dumps(body, option=orjson.OPT_UTC_Z), media_type="application/json")


def task_response(
    task: TaskPublic, *, status_code: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """Return a task as JSON with its ``ETag`` (its version)."""
    return json_response(task, status_code=status_code, headers={**(headers or {}), **etag(task)})


def etag(task: TaskPublic) -> dict[str, str]:
    """Return the ``ETag`` header of a task: its version, quoted."""
    return {"ETag": f'"{task.version}"'}
