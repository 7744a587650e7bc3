"""Notifications of what others did: a task assigned to you, a comment on a task you made or
are assigned, being added to a project — each told once, never of what you did yourself."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.comments import CommentCreate
from todo.domain.projects import MemberCreate, ProjectCreate
from todo.domain.tasks import TaskCreate, TaskUpdate
from todo.services import comments, tasks
from todo.services.events.consumers import CONSUMERS, consume
from todo.services.members import add_member
from todo.services.notifications import list_notifications
from todo.services.projects import create_project
from todo.services.users import create_user

from .conftest import events_of

pytestmark = pytest.mark.anyio

COLLABORATION = next(consumer for consumer in CONSUMERS if consumer.name == "collaboration")


async def deliver(app: App, *actors: Actor) -> None:
    """Hand every outbox event of ``actors`` to the consumer, twice (as a bus may)."""
    seen: dict[str, dict[str, Any]] = {}
    for actor in actors:
        for event in await events_of(app, actor):
            seen[event["id"]] = event
    for event in [*seen.values(), *seen.values()]:
        await consume(app.uow, COLLABORATION, event, attempts=1)


async def told(app: App, actor: Actor) -> list[tuple[str, str]]:
    page = await list_notifications(app.uow(), actor=actor)
    return sorted((item.kind, item.title) for item in page.items)


async def test_assignments_comments_and_invitations_are_told_once_to_the_others(
    app: App, me: Actor
) -> None:
    email, address = (f"{uuid.uuid4().hex}@example.test" for _ in range(2))
    other = await create_user(app.uow(), email=email)
    project = await create_project(app.uow(), actor=me, data=ProjectCreate(name="Garden"))
    await add_member(
        app.uow(), actor=me, project_id=project.id, data=MemberCreate(email=email, role="editor")
    )
    await add_member(
        app.uow(), actor=me, project_id=project.id, data=MemberCreate(email=address, role="viewer")
    )
    task = await tasks.create(
        app.uow(),
        actor=me,
        data=TaskCreate(title="Mow the lawn", project_id=project.id, assignee_id=other.user_id),
    )
    mine = await tasks.create(
        app.uow(), actor=me, data=TaskCreate(title="Prune", project_id=project.id)
    )
    await tasks.update(
        app.uow(), actor=other, task_id=mine.id, changes=TaskUpdate(assignee_id=other.user_id)
    )
    await comments.add_comment(
        app.uow(), actor=other, task_id=task.id, data=CommentCreate(text="Rain tomorrow.")
    )
    await comments.add_comment(
        app.uow(), actor=me, task_id=task.id, data=CommentCreate(text="Then Sunday.")
    )
    newcomer = await create_user(app.uow(), email=address)

    await deliver(app, me, other, newcomer)

    assert await told(app, other) == [
        ("assigned", "Assigned to you: Mow the lawn"),
        ("comment", "Comment on Mow the lawn"),
        ("invited", "You were added to Garden"),
    ]
    # Ada made and owns the task Bob commented on; she assigned nothing to herself, and Bob's
    # taking "Prune" on is his own doing.
    assert await told(app, me) == [("comment", "Comment on Mow the lawn")]
    assert await told(app, newcomer) == [("invited", "You were added to Garden")]
