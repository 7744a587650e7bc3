"""Seeding many tasks quickly for benchmarks: bulk inserts, not one service call per task."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.due import NO_DUE_DATE
from todo.domain.tasks import Task

WORDS = (
    "buy",
    "call",
    "write",
    "review",
    "plan",
    "fix",
    "clean",
    "book",
    "pay",
    "send",
    "read",
    "draft",
    "update",
    "check",
    "order",
    "email",
    "groceries",
    "report",
    "invoice",
    "dentist",
    "meeting",
    "garden",
    "car",
    "taxes",
    "slides",
    "budget",
    "laundry",
    "tickets",
    "birthday",
    "present",
    "insurance",
    "flight",
    "hotel",
    "doctor",
    "school",
    "homework",
    "kitchen",
    "printer",
    "backup",
)


async def seed_tasks(
    app: App, actor: Actor, count: int, *, seed: int = 7, project_id: int | None = None
) -> None:
    """Insert ``count`` varied tasks for ``actor`` in large batches, into the project
    ``project_id`` (by default the actor's Inbox)."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    if project_id is None:
        project_id = await inbox_of(app, actor)
    batch: list[dict[str, object]] = []
    async with app.sessions() as session:
        for index in range(count):
            created = start + timedelta(minutes=index)
            due = None if index % 3 else created + timedelta(days=rng.randint(0, 60))
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5)))
            batch.append(
                {
                    "user_id": actor.user_id,
                    "project_id": project_id,
                    "title": title,
                    "description": " ".join(rng.choice(WORDS) for _ in range(8))
                    if index % 4 == 0
                    else None,
                    "completed": index % 5 == 0,
                    "priority": rng.randint(0, 4),
                    "due_at": due,
                    "all_day": False,
                    "created_at": created,
                    "updated_at": created,
                    "version": 1,
                    "title_key": title.casefold(),
                    "due_key": due or NO_DUE_DATE,
                }
            )
            if len(batch) == 5000:
                await session.exec(insert(Task), params=batch)
                batch = []
        if batch:
            await session.exec(insert(Task), params=batch)
        await session.commit()


async def inbox_of(app: App, actor: Actor) -> int:
    """Return the id of the actor's Inbox (made if the account has none yet)."""
    uow = app.uow()
    async with uow:
        project_id = await uow.projects.ensure_inbox(actor.user_id, now=uow.clock.now())
        await uow.commit()
    if project_id is None:
        raise LookupError(f"there is no user {actor.user_id}")
    return project_id
