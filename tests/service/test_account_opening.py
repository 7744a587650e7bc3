"""Every way an account opens gives it exactly one Inbox, and its tasks go there."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import jwt
import pytest
from sqlmodel import col, select

from tests.conftest import cheap_passwords
from todo.adapters.clock import FixedClock
from todo.bootstrap import App, build_app
from todo.config import Settings
from todo.domain.actor import Actor
from todo.domain.projects import Project, ProjectMember
from todo.domain.tasks import TaskCreate
from todo.domain.users import User, UserRegister
from todo.services import authentication, registration, tasks
from todo.services.users import create_user, ensure_local_user

pytestmark = pytest.mark.anyio

SHARED_SECRET = "the-identity-providers-shared-secret-0123456789"


def _email() -> str:
    return f"{uuid.uuid4().hex}@example.test"


async def _projects_of(app: App, user_id: str) -> list[tuple[str, bool, str, str]]:
    """Return the user's projects as (name, is_inbox, their role, member e-mail)."""
    async with app.sessions() as session:
        statement = (
            select(Project.name, Project.is_inbox, ProjectMember.role, ProjectMember.email)
            .join(ProjectMember, col(ProjectMember.project_id) == col(Project.id))
            .where(Project.owner_id == user_id, ProjectMember.user_id == user_id)
        )
        return [tuple(row) for row in (await session.exec(statement)).all()]


async def _user_by_email(app: App, email: str) -> User:
    async with app.sessions() as session:
        user = (await session.exec(select(User).where(User.email == email))).one()
        session.expunge(user)
        return user


async def _assert_one_inbox(app: App, user_id: str, email: str) -> None:
    assert await _projects_of(app, user_id) == [("Inbox", True, "owner", email)]
    actor = Actor(user_id=user_id)
    task = await tasks.create(app.uow(), actor=actor, data=TaskCreate(title="Water the plants"))
    async with app.sessions() as session:
        inbox = (await session.exec(select(Project.id).where(Project.owner_id == user_id))).one()
    assert task.project_id == inbox


async def test_create_user_opens_an_inbox(app: App) -> None:
    email = _email()
    actor = await create_user(app.uow(), email=email)
    await _assert_one_inbox(app, actor.user_id, email)


async def test_the_local_user_has_an_inbox_once(app: App) -> None:
    actor = await ensure_local_user(app.uow(), timezone="UTC")
    again = await ensure_local_user(app.uow(), timezone="Europe/Berlin")
    assert again.user_id == actor.user_id
    await _assert_one_inbox(app, actor.user_id, "local@todo.localhost")


async def test_registration_opens_an_inbox(app: App) -> None:
    email = _email()
    data = UserRegister(email=email, password="correct horse battery")
    await registration.register(
        app.uow(), kit=app.auth, data=data, mode="open", first_is_admin=False
    )
    # Registering the same address again answers the same and opens nothing.
    await registration.register(
        app.uow(), kit=app.auth, data=data, mode="open", first_is_admin=False
    )
    user = await _user_by_email(app, email)
    await _assert_one_inbox(app, user.id, email)


async def test_an_operators_account_has_an_inbox(app: App) -> None:
    email = _email()
    data = UserRegister(email=email, password="correct horse battery")
    made = await registration.create_account(app.uow(), kit=app.auth, data=data, role="admin")
    await _assert_one_inbox(app, made.id, email)


async def test_an_external_identity_gets_an_inbox_on_first_sight(
    database_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    settings = Settings(
        home=tmp_path, database_url=database_url, env="test", auth_shared_secret=SHARED_SECRET
    )
    app = await build_app(settings, clock=clock, password_hasher=cheap_passwords())
    try:
        email = _email()
        now = int(time.time())
        claims = {"sub": f"ext-{uuid.uuid4().hex}", "email": email, "iat": now, "exp": now + 300}
        token = jwt.encode(claims, SHARED_SECRET, "HS256")
        actor = await authentication.authenticate(app.uow(), kit=app.auth, token=token)
        again = await authentication.authenticate(app.uow(), kit=app.auth, token=token)
        assert again.user_id == actor.user_id
        await _assert_one_inbox(app, actor.user_id, email)
    finally:
        await app.aclose()


async def test_an_account_without_an_inbox_gets_one_with_its_first_task(app: App) -> None:
    """Accounts written without one (by the release before projects, or straight into the
    database) get their Inbox when they first add a task."""
    email = _email()
    async with app.sessions() as session:
        user = User(id=str(uuid.uuid4()), email=email, created_at=app.clock.now())
        session.add(user)
        await session.commit()
    assert await _projects_of(app, user.id) == []
    actor = Actor(user_id=user.id)
    first = await tasks.create(app.uow(), actor=actor, data=TaskCreate(title="A"))
    second = await tasks.create(app.uow(), actor=actor, data=TaskCreate(title="B"))
    assert await _projects_of(app, user.id) == [("Inbox", True, "owner", email)]
    assert first.project_id is not None
    assert second.project_id == first.project_id


async def test_ensure_inbox_makes_one_inbox_however_often_it_is_asked(app: App) -> None:
    email = _email()
    async with app.sessions() as session:
        user = User(id=str(uuid.uuid4()), email=email, created_at=app.clock.now())
        session.add(user)
        await session.commit()
    uow = app.uow()
    async with uow:
        first = await uow.projects.ensure_inbox(user.id, now=app.clock.now())
        again = await uow.projects.ensure_inbox(user.id, now=app.clock.now())
        nobody = await uow.projects.ensure_inbox("no-such-user", now=app.clock.now())
        await uow.commit()
    assert first is not None
    assert (again, nobody) == (first, None)
    assert await _projects_of(app, user.id) == [("Inbox", True, "owner", email)]
