"""Comments on tasks: members read them, editors write them, only the author changes one."""

from __future__ import annotations

import pytest

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.comments import COMMENT_MAX, CommentCreate, CommentUpdate
from todo.domain.projects import ProjectRole
from todo.domain.tasks import TaskCreate
from todo.errors import Conflict, Forbidden, NotFound, PreconditionFailed
from todo.services import comments, tasks

from .conftest import events_of, new_user
from .test_shared_tasks import make_project

pytestmark = pytest.mark.anyio


async def test_members_read_and_write_comments_and_only_the_author_changes_one(
    app: App, me: Actor, other: Actor
) -> None:
    viewer, stranger = await new_user(app), await new_user(app)
    home = await make_project(
        app, me, "Home", {other.user_id: ProjectRole.EDITOR, viewer.user_id: ProjectRole.VIEWER}
    )
    task = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Fix the tap", project_id=home)
    )
    mine = await comments.add_comment(
        app.uow(), actor=me, task_id=task.id, data=CommentCreate(text="  Washer size 12.  ")
    )
    theirs = await comments.add_comment(
        app.uow(), actor=other, task_id=task.id, data=CommentCreate(text="I have one.")
    )
    assert (mine.text, mine.author_id, mine.version) == ("Washer size 12.", me.user_id, 1)

    page = await comments.list_comments(app.uow(), actor=viewer, task_id=task.id)
    assert [comment.text for comment in page.items] == ["Washer size 12.", "I have one."]
    with pytest.raises(Forbidden, match="need the editor role in project 'Home'"):
        await comments.add_comment(
            app.uow(), actor=viewer, task_id=task.id, data=CommentCreate(text="Me too")
        )
    with pytest.raises(NotFound, match=f"Task {task.id} was not found"):
        await comments.list_comments(app.uow(), actor=stranger, task_id=task.id)
    with pytest.raises(NotFound, match=f"Comment {theirs.id} was not found"):
        await comments.delete_comment(app.uow(), actor=stranger, comment_id=theirs.id)
    with pytest.raises(Forbidden, match="Only the author"):
        await comments.update_comment(
            app.uow(), actor=me, comment_id=theirs.id, data=CommentUpdate(text="Mine now")
        )

    edited = await comments.update_comment(
        app.uow(),
        actor=other,
        comment_id=theirs.id,
        data=CommentUpdate(text="I have two."),
        expected_versions={1},
    )
    assert (edited.text, edited.version) == ("I have two.", 2)
    with pytest.raises(PreconditionFailed):
        await comments.update_comment(
            app.uow(),
            actor=other,
            comment_id=theirs.id,
            data=CommentUpdate(text="Three."),
            expected_versions={1},
        )
    await comments.delete_comment(app.uow(), actor=other, comment_id=theirs.id)
    page = await comments.list_comments(app.uow(), actor=me, task_id=task.id)
    assert [comment.id for comment in page.items] == [mine.id]

    kinds = [
        (event["type"], event["data"]["actor"])
        for event in await events_of(app, me)
        if event["type"].startswith("todo.comment.")
    ]
    # The events are the task creator's, made by each comment's author.
    assert kinds == [
        ("todo.comment.created", me.user_id),
        ("todo.comment.created", other.user_id),
        ("todo.comment.updated", other.user_id),
        ("todo.comment.deleted", other.user_id),
    ]


async def test_comments_are_paged_oldest_first_and_bounded(app: App, me: Actor) -> None:
    task = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Plan the trip"))
    for number in range(5):
        await comments.add_comment(
            app.uow(), actor=me, task_id=task.id, data=CommentCreate(text=f"Idea {number}")
        )
    first = await comments.list_comments(app.uow(), actor=me, task_id=task.id, limit=3)
    assert first.next_cursor is not None
    rest = await comments.list_comments(
        app.uow(), actor=me, task_id=task.id, limit=3, cursor=first.next_cursor
    )
    texts = [comment.text for comment in [*first.items, *rest.items]]
    assert texts == [f"Idea {number}" for number in range(5)]
    assert rest.next_cursor is None
    with pytest.raises(ValueError, match="longer than 10,000"):
        CommentCreate(text="x" * (COMMENT_MAX + 1))
    with pytest.raises(ValueError, match="empty"):
        CommentCreate(text="   ")


async def test_a_deleted_task_takes_no_new_comments(app: App, me: Actor) -> None:
    task = await tasks.create(app.uow(), actor=me, data=TaskCreate(title="Old idea"))
    await tasks.delete(app.uow(), actor=me, task_id=task.id)
    with pytest.raises(Conflict, match="restore it first"):
        await comments.add_comment(
            app.uow(), actor=me, task_id=task.id, data=CommentCreate(text="Hm")
        )
