"""User verbs: the built-in local user of the embedded database, and acting as a user."""

from __future__ import annotations

import uuid

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.timezones import zone
from todo.domain.users import LOCAL_USER_EMAIL, User
from todo.errors import Conflict, Invalid
from todo.services.account_opening import open_account


async def ensure_local_user(uow: UnitOfWork, *, timezone: str, name: str = "") -> Actor:
    """Return the built-in local user, created on first use and kept in the given time zone."""
    try:
        return await _local_user(uow, timezone=timezone, name=name)
    except Conflict:  # another process created it at the same moment: it is there now
        return await _local_user(uow, timezone=timezone, name=name)


async def _local_user(uow: UnitOfWork, *, timezone: str, name: str) -> Actor:
    tz = zone(timezone)
    async with uow:
        user = await uow.users.get_by_email(LOCAL_USER_EMAIL)
        if user is None:
            user = User(
                id=str(uuid.uuid4()),
                email=LOCAL_USER_EMAIL,
                name=name,
                role="admin",
                timezone=timezone,
                created_at=uow.clock.now(),
            )
            await open_account(uow, user=user)
            await uow.commit()
        elif user.timezone != timezone:
            user.timezone = timezone
            uow.users.save(user)
            await uow.commit()
        return Actor(user_id=user.id, timezone=tz, role=user.role)


async def create_user(
    uow: UnitOfWork, *, email: str, name: str = "", timezone: str = "UTC", role: str = "user"
) -> Actor:
    """Create an account without a password and return it as an actor."""
    tz = zone(timezone)
    address = email.strip().lower()
    if "@" not in address or len(address) > 320:
        raise Invalid(f"'{email}' is not an e-mail address.", field="email")
    async with uow:
        if await uow.users.get_by_email(address) is not None:
            raise Conflict(f"An account with the e-mail {address} already exists.")
        user = User(
            id=str(uuid.uuid4()),
            email=address,
            name=name,
            role=role,
            timezone=timezone,
            created_at=uow.clock.now(),
        )
        await open_account(uow, user=user)
        await uow.commit()
        return Actor(user_id=user.id, timezone=tz, role=role)
