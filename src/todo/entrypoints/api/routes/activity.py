"""The activity log of a task: who did what, which fields changed, and when."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from todo.domain.activity import ActivityPage
from todo.domain.text import PlainText
from todo.entrypoints.api.dependencies import ActorDep, AppDep, TaskId
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.services.activity import list_activity

router = APIRouter(tags=["tasks"])


@router.get(
    "/api/v1/tasks/{task_id}/activity",
    response_model=ActivityPage,
    responses=responses(401, 403, 404, 422),
)
async def task_activity(
    app: AppDep,
    actor: ActorDep,
    task_id: TaskId,
    limit: Annotated[int, Query(ge=1, le=500, description="Entries per page.")] = 100,
    cursor: Annotated[PlainText | None, Query(max_length=40, description="`next_cursor`.")] = None,
) -> Response:
    """Tell the story of one of your tasks, in the order it happened: created, updated (with the
    fields that changed), completed, reminded, deleted… Entries are written as the events are
    processed, a moment after each change."""
    page = await list_activity(app.uow(), actor=actor, task_id=task_id, limit=limit, cursor=cursor)
    return json_response(page)
