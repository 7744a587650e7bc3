"""Password hashing runs on threads of its own: work queued on the shared worker threads (a long
recurrence computation, a slow key fetch) never holds sign-in up."""

from __future__ import annotations

import uuid

import anyio
import anyio.to_thread
import pytest

from todo.bootstrap import App
from todo.domain.users import User
from todo.services import accounts

pytestmark = pytest.mark.anyio

PASSWORD = "correct horse battery"


async def test_sign_in_does_not_wait_for_the_shared_worker_threads(app: App) -> None:
    email = f"{uuid.uuid4().hex[:12]}@example.test"
    uow = app.uow()
    async with uow:
        hashed = await app.auth.passwords.hash(PASSWORD)
        user = User(id=str(uuid.uuid4()), email=email, created_at=app.clock.now())
        user.password_hash = hashed
        await uow.users.add(user)
        await uow.commit()

    shared = anyio.to_thread.current_default_thread_limiter()
    holders = [object() for _ in range(int(shared.total_tokens))]
    for holder in holders:
        await shared.acquire_on_behalf_of(holder)
    try:
        # Every shared thread is taken; signing in (an argon2 check) still goes through, and so
        # does hashing a new password.
        with anyio.fail_after(60):
            pair = await accounts.sign_in(
                app.uow(),
                kit=app.auth,
                limits=app.sign_in_limits,
                email=email,
                password=PASSWORD,
                network="192.0.2.1",
            )
            assert await app.auth.passwords.hash("another password")
    finally:
        for holder in holders:
            shared.release_on_behalf_of(holder)
    assert pair.access_token
