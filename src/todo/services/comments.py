"""Comments on tasks: every member of a task's project reads them, editors and up write them,
and only its author edits or deletes a comment.

A comment of a task in a project the actor is not a member of is not found, as the task is not.
Each change is one transaction with one ``todo.comment.*`` event, for every member of the
project.
"""

from __future__ import annotations

from collections.abc import Collection

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.comments import (
    COMMENTS_PAGE_MAX,
    Comment,
    CommentCreate,
    CommentPage,
    CommentPublic,
    CommentUpdate,
)
from todo.domain.cursor import encode_cursor, read_moment_cursor
from todo.domain.events import EventType, comment_event
from todo.domain.projects import Project, ProjectRole
from todo.domain.scopes import Scope
from todo.domain.tasks import Task
from todo.errors import Conflict, Forbidden, Invalid, NotFound, PreconditionFailed
from todo.services.access import require_role


async def list_comments(
    uow: UnitOfWork, *, actor: Actor, task_id: int, cursor: str | None = None, limit: int = 50
) -> CommentPage:
    """Return a page of the comments of the task ``task_id``, oldest first.

    ``list_comments(uow, actor=me, task_id=42)``
    """
    actor.require(Scope.TASKS_READ)
    if not 1 <= limit <= COMMENTS_PAGE_MAX:
        raise Invalid(f"The page size must be between 1 and {COMMENTS_PAGE_MAX}.", field="limit")
    after = read_moment_cursor(cursor, "comments") if cursor is not None else None
    async with uow.reading():
        await _task(uow, actor, task_id)
        rows = await uow.comments.of_task(task_id, after=after, limit=limit + 1)
        items = [CommentPublic.model_validate(row) for row in rows[:limit]]
    last = items[-1] if len(rows) > limit and items else None
    return CommentPage(
        items=items,
        next_cursor=encode_cursor("comments", last.created_at, last.id) if last else None,
    )


async def add_comment(
    uow: UnitOfWork, *, actor: Actor, task_id: int, data: CommentCreate
) -> CommentPublic:
    """Write a comment under the task ``task_id`` (an editor of its project, or more).

    ``add_comment(uow, actor=me, task_id=42, data=CommentCreate(text="Bought it."))``
    """
    actor.require(Scope.TASKS_WRITE)
    async with uow:
        task, project, role = await _task(uow, actor, task_id)
        require_role(project, role, ProjectRole.EDITOR, "comment on its tasks")
        if task.deleted_at is not None:
            raise Conflict(f"Task {task_id} is deleted; restore it first.")
        now = uow.clock.now()
        comment = await uow.comments.add(
            Comment(
                task_id=task_id,
                author_id=actor.user_id,
                text=data.text,
                created_at=now,
                updated_at=now,
            )
        )
        public = CommentPublic.model_validate(comment)
        await _emit(uow, EventType.COMMENT_CREATED, public, task)
        await uow.commit()
        return public


async def update_comment(
    uow: UnitOfWork,
    *,
    actor: Actor,
    comment_id: int,
    data: CommentUpdate,
    expected_versions: Collection[int] | None = None,
) -> CommentPublic:
    """Change the text of one's own comment (while an editor of its project, or more); with
    ``expected_versions``, only a comment at one of them (``If-Match``)."""
    actor.require(Scope.TASKS_WRITE)
    async with uow:
        comment, task, project, role = await _own_comment(uow, actor, comment_id)
        require_role(project, role, ProjectRole.EDITOR, "edit comments")
        if expected_versions is not None and comment.version not in expected_versions:
            raise PreconditionFailed(
                f"Comment {comment_id} changed since you read it (it is at version "
                f"{comment.version} now); read it again and retry."
            )
        if comment.text == data.text:
            return CommentPublic.model_validate(comment)
        comment.text = data.text
        comment.updated_at = uow.clock.now()
        comment.version += 1
        uow.comments.save(comment)
        await uow.flush()
        public = CommentPublic.model_validate(comment)
        await _emit(uow, EventType.COMMENT_UPDATED, public, task)
        await uow.commit()
        return public


async def delete_comment(uow: UnitOfWork, *, actor: Actor, comment_id: int) -> None:
    """Delete one's own comment, whatever one's role in its project now."""
    actor.require(Scope.TASKS_WRITE)
    async with uow:
        comment, task, _, _ = await _own_comment(uow, actor, comment_id)
        public = CommentPublic.model_validate(comment)
        await uow.comments.delete(comment)
        await _emit(uow, EventType.COMMENT_DELETED, public, task)
        await uow.commit()


async def _task(uow: UnitOfWork, actor: Actor, task_id: int) -> tuple[Task, Project, ProjectRole]:
    """Return the task ``task_id`` of one of the actor's projects, that project and the actor's
    role there; raise :class:`NotFound` otherwise."""
    found = await uow.tasks.get_as_member(actor.user_id, task_id)
    if found is None:
        raise NotFound(f"Task {task_id} was not found.")
    return found


async def _own_comment(
    uow: UnitOfWork, actor: Actor, comment_id: int
) -> tuple[Comment, Task, Project, ProjectRole]:
    """Return the actor's comment ``comment_id`` (locked), its task, the task's project and
    the actor's role there: a comment of a task the actor cannot see is not found, and
    somebody else's is refused."""
    comment = await uow.comments.get(comment_id, for_update=True)
    found = await uow.tasks.get_as_member(actor.user_id, comment.task_id) if comment else None
    if comment is None or found is None:
        raise NotFound(f"Comment {comment_id} was not found.")
    if comment.author_id != actor.user_id:
        raise Forbidden("Only the author of a comment may change or delete it.")
    task, project, role = found
    return comment, task, project, role


async def _emit(uow: UnitOfWork, kind: EventType, comment: CommentPublic, task: Task) -> None:
    """Record ``kind`` of ``comment`` under ``task``, for every member of its project."""
    assert task.project_id is not None
    uow.emit(
        comment_event(
            kind,
            comment.model_dump(mode="json"),
            owner=task.user_id,
            project_id=task.project_id,
            audience=await uow.tasks.audience(task.project_id),
        )
    )
