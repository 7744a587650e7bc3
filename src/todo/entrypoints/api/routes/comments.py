"""Comments on tasks: list and write them under a task, change or delete one's own."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from todo.domain.comments import (
    COMMENTS_PAGE_MAX,
    CommentCreate,
    CommentPage,
    CommentPublic,
    CommentUpdate,
)
from todo.domain.text import PlainText
from todo.entrypoints.api.dependencies import ActorDep, AppDep, TaskId, WriterDep
from todo.entrypoints.api.preconditions import IfMatchDep
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.services import comments

router = APIRouter(prefix="/api/v1", tags=["comments"])

#: A comment id in a path.
CommentId = Annotated[int, Path(ge=1, le=2**63 - 1, description="The comment id.")]


def _comment_response(comment: CommentPublic, *, status_code: int = 200) -> Response:
    """Return a comment as JSON with its ``ETag`` (its version)."""
    return json_response(comment, status_code=status_code, headers={"ETag": f'"{comment.version}"'})


@router.get(
    "/tasks/{task_id}/comments",
    response_model=CommentPage,
    responses=responses(401, 403, 404, 422),
)
async def list_comments(
    app: AppDep,
    actor: ActorDep,
    task_id: TaskId,
    limit: Annotated[int, Query(ge=1, le=COMMENTS_PAGE_MAX)] = 50,
    cursor: Annotated[
        PlainText | None,
        Query(max_length=500, description="`next_cursor` of the previous page."),
    ] = None,
) -> CommentPage:
    """List the comments of a task of one of your projects, oldest first."""
    return await comments.list_comments(
        app.uow(), actor=actor, task_id=task_id, cursor=cursor, limit=limit
    )


@router.post(
    "/tasks/{task_id}/comments",
    status_code=201,
    response_model=CommentPublic,
    responses=responses(401, 403, 404, 409, 422, 429),
)
async def add_comment(
    app: AppDep, actor: WriterDep, task_id: TaskId, data: CommentCreate
) -> Response:
    """Comment on a task (an editor of its project, or more): 1 to 10,000 characters."""
    comment = await comments.add_comment(app.uow(), actor=actor, task_id=task_id, data=data)
    return _comment_response(comment, status_code=201)


@router.patch(
    "/comments/{comment_id}",
    response_model=CommentPublic,
    responses=responses(401, 403, 404, 412, 422, 429),
)
async def update_comment(
    app: AppDep,
    actor: WriterDep,
    comment_id: CommentId,
    data: CommentUpdate,
    versions: IfMatchDep,
) -> Response:
    """Change the text of your comment; with ``If-Match``, only if it is still at that
    version."""
    comment = await comments.update_comment(
        app.uow(), actor=actor, comment_id=comment_id, data=data, expected_versions=versions
    )
    return _comment_response(comment)


@router.delete(
    "/comments/{comment_id}", status_code=204, responses=responses(401, 403, 404, 422, 429)
)
async def delete_comment(app: AppDep, actor: WriterDep, comment_id: CommentId) -> Response:
    """Delete your comment."""
    await comments.delete_comment(app.uow(), actor=actor, comment_id=comment_id)
    return Response(status_code=204)
