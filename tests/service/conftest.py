"""Fixtures for service tests: users of their own on every database."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlmodel import col, select

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.outbox import OutboxMessage
from todo.services.users import create_user

pytestmark = pytest.mark.anyio


async def new_user(app: App, timezone: str = "Europe/Berlin") -> Actor:
    """Create a user of the test's own (tests share the PostgreSQL database)."""
    return await create_user(
        app.uow(), email=f"{uuid.uuid4().hex}@example.test", name="Test", timezone=timezone
    )


@pytest.fixture
async def me(app: App) -> Actor:
    return await new_user(app)


@pytest.fixture
async def other(app: App) -> Actor:
    return await new_user(app)


async def events_of(app: App, actor: Actor) -> list[dict[str, Any]]:
    """Return the actor's outbox events, oldest first, as CloudEvents."""
    async with app.sessions() as session:
        statement = (
            select(OutboxMessage)
            .where(OutboxMessage.user_id == actor.user_id)
            .order_by(col(OutboxMessage.id))
        )
        return [message.cloud_event() for message in (await session.exec(statement)).all()]
