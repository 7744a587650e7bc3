"""Account verbs: register, sign in, refresh, sign out, one's own profile, and admin.

Refresh tokens rotate: each use returns a new one and retires the old. Presenting a retired token
again means it was stolen (or replayed), so the whole family of that login is revoked and both
holders must sign in again.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from todo.adapters.security import AuthKit, new_opaque_token, token_digest
from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.scopes import ALL_SCOPES
from todo.domain.timezones import zone
from todo.domain.tokens import RefreshToken, TokenPair
from todo.domain.users import (
    LOCAL_USER_EMAIL,
    AdminUserUpdate,
    User,
    UserPublic,
    UserRegister,
    UserUpdate,
)
from todo.errors import Conflict, Forbidden, Invalid, NotFound, Unauthorized

_BAD_LOGIN = "The e-mail or password is wrong."
_BAD_REFRESH = "The refresh token is not valid; sign in again."


def public(user: User) -> UserPublic:
    """Return what may be shown of ``user``."""
    return UserPublic.model_validate(user, from_attributes=True)


async def register(
    uow: UnitOfWork, *, kit: AuthKit, data: UserRegister, role: str | None = None
) -> UserPublic:
    """Open an account. The first account of a server is its admin unless ``role`` says else."""
    if data.email == LOCAL_USER_EMAIL:
        raise Invalid("That e-mail is reserved for the built-in local user.", field="email")
    password_hash = await kit.passwords.hash(data.password)
    async with uow:
        if await uow.users.get_by_email(data.email) is not None:
            raise Conflict(f"An account with the e-mail {data.email} already exists.")
        first = await uow.users.count_accounts() == 0
        user = User(
            id=str(uuid.uuid4()),
            email=data.email,
            name=data.name,
            role=role or ("admin" if first else "user"),
            timezone=data.timezone,
            created_at=uow.clock.now(),
            password_hash=password_hash,
        )
        await uow.users.add(user)
        await uow.commit()
        return public(user)


async def sign_in(uow: UnitOfWork, *, kit: AuthKit, email: str, password: str) -> TokenPair:
    """Check an e-mail and password and start a login: an access and a refresh token."""
    async with uow:
        user = await uow.users.get_by_email(email)
        hashed = user.password_hash if user is not None and user.is_active else None
        if not await kit.passwords.verify(password, hashed) or user is None:
            raise Unauthorized(_BAD_LOGIN)
        pair = await _start_family(uow, kit, user, family_id=str(uuid.uuid4()))
        await uow.commit()
        return pair


async def refresh(uow: UnitOfWork, *, kit: AuthKit, refresh_token: str) -> TokenPair:
    """Exchange a refresh token for a new pair; a reused one revokes its whole login."""
    now = uow.clock.now()
    async with uow:
        stored = await uow.credentials.refresh_token(token_digest(refresh_token))
        if stored is None or stored.revoked_at is not None or stored.expires_at <= now:
            raise Unauthorized(_BAD_REFRESH)
        if stored.used_at is not None:
            await uow.credentials.revoke_family(stored.family_id, now=now)
            await uow.commit()
            raise Unauthorized(
                "This refresh token was already used, so every session of that sign-in has "
                "been ended; sign in again."
            )
        user = await uow.users.get(stored.user_id)
        if user is None or not user.is_active:
            raise Unauthorized(_BAD_REFRESH)
        stored.used_at = now
        uow.session.add(stored)
        pair = await _start_family(uow, kit, user, family_id=stored.family_id)
        await uow.commit()
        return pair


async def sign_out(uow: UnitOfWork, *, refresh_token: str) -> None:
    """End the sign-in a refresh token belongs to (its refresh tokens stop working; access tokens
    already issued expire on their own within minutes); an unknown token is ignored."""
    async with uow:
        stored = await uow.credentials.refresh_token(token_digest(refresh_token))
        if stored is not None:
            await uow.credentials.revoke_family(stored.family_id, now=uow.clock.now())
            await uow.commit()


async def me(uow: UnitOfWork, *, actor: Actor) -> UserPublic:
    """Return the actor's own account."""
    async with uow:
        return public(await _user(uow, actor.user_id))


async def update_me(
    uow: UnitOfWork, *, kit: AuthKit, actor: Actor, changes: UserUpdate
) -> UserPublic:
    """Change the actor's name, time zone or password; only the fields sent change.

    A new password ends every sign-in of the account (refresh tokens stop working).
    """
    actor.require_session()
    given = changes.model_dump(exclude_unset=True)
    if given.get("password") is not None:
        given["password_hash"] = await kit.passwords.hash(given.pop("password"))
    async with uow:
        user = await _user(uow, actor.user_id)
        for name, value in given.items():
            if value is not None:
                setattr(user, name, value)
        uow.session.add(user)
        if "password_hash" in given:
            await uow.credentials.revoke_all_of(user.id, now=uow.clock.now())
        await uow.commit()
        return public(user)


async def list_users(
    uow: UnitOfWork, *, actor: Actor, after: str | None = None, limit: int = 100
) -> Sequence[UserPublic]:
    """Return accounts ordered by e-mail, after the e-mail ``after`` (admins only)."""
    actor.require_admin()
    async with uow:
        return [public(user) for user in await uow.users.page(after=after, limit=limit)]


async def admin_update(
    uow: UnitOfWork, *, actor: Actor, user_id: str, changes: AdminUserUpdate
) -> UserPublic:
    """Deactivate, reactivate or change the role of an account (admins only).

    An admin cannot deactivate or demote themself, so a server always keeps an admin.
    """
    actor.require_admin()
    given = changes.model_dump(exclude_unset=True, exclude_none=True)
    if user_id == actor.user_id and (
        given.get("is_active") is False or given.get("role") == "user"
    ):
        raise Forbidden("You cannot deactivate or demote your own account.")
    async with uow:
        user = await _user(uow, user_id)
        for name, value in given.items():
            setattr(user, name, value)
        uow.session.add(user)
        await uow.commit()
        return public(user)


def actor_of(user: User) -> Actor:
    """Return the actor a signed-in user acts as."""
    return Actor(user_id=user.id, timezone=zone(user.timezone), role=user.role, scopes=ALL_SCOPES)


async def _user(uow: UnitOfWork, user_id: str) -> User:
    user = await uow.users.get(user_id)
    if user is None:
        raise NotFound("The account was not found.")
    return user


async def _start_family(uow: UnitOfWork, kit: AuthKit, user: User, *, family_id: str) -> TokenPair:
    now = uow.clock.now()
    token = new_opaque_token()
    await uow.credentials.add(
        RefreshToken(
            user_id=user.id,
            family_id=family_id,
            token_hash=token_digest(token),
            created_at=now,
            expires_at=now + kit.refresh_lifetime,
        )
    )
    access = kit.access_tokens.issue(
        user_id=user.id, role=user.role, timezone=user.timezone, scopes=ALL_SCOPES, now=now
    )
    return TokenPair(
        access_token=access,
        refresh_token=token,
        expires_in=int(kit.access_tokens.lifetime.total_seconds()),
    )
