"""Notifications (reminders that came due), newest first; they also arrive live on the
WebSocket."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from pydantic import BaseModel

from todo.domain.notifications import NotificationPage, NotificationPublic
from todo.domain.text import PlainText
from todo.entrypoints.api.dependencies import ActorDep, AppDep, WriterDep
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.services import notifications

router = APIRouter(prefix="/api/v1/notifications", tags=["notifications"])

NotificationId = Annotated[
    int, Path(ge=1, le=2**63 - 1, description="The notification's id (unknown ones are 404).")
]


class MarkedRead(BaseModel):
    """How many notifications were marked read."""

    marked: int


@router.get("", response_model=NotificationPage, responses=responses(401, 403, 422))
async def list_notifications(
    app: AppDep,
    actor: ActorDep,
    unread: Annotated[bool, Query(description="Only the unread ones.")] = False,
    limit: Annotated[int, Query(ge=1, le=200, description="Notifications per page.")] = 50,
    cursor: Annotated[PlainText | None, Query(max_length=20, description="`next_cursor`.")] = None,
) -> Response:
    """List your notifications, newest first, with how many are unread."""
    page = await notifications.list_notifications(
        app.uow(), actor=actor, unread_only=unread, limit=limit, cursor=cursor
    )
    return json_response(page)


@router.post(
    "/{notification_id}/read",
    response_model=NotificationPublic,
    responses=responses(401, 403, 404, 422, 429),
)
async def mark_read(app: AppDep, actor: WriterDep, notification_id: NotificationId) -> Response:
    """Mark a notification read; marking it again changes nothing."""
    marked = await notifications.mark_read(app.uow(), actor=actor, notification_id=notification_id)
    return json_response(marked)


@router.post("/read", response_model=MarkedRead, responses=responses(401, 403, 429))
async def mark_all_read(app: AppDep, actor: WriterDep) -> Response:
    """Mark every unread notification read."""
    count = await notifications.mark_all_read(app.uow(), actor=actor)
    return json_response(MarkedRead(marked=count))
