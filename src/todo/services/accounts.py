"""Account verbs: sign in, refresh, sign out, one's own profile, and admin.

Refresh tokens rotate: each use returns a new one and retires the old. Presenting a retired token
again means it was stolen (or replayed), so the whole family of that login is revoked and both
holders must sign in again. Two presentations at the same moment count as a reuse too: exactly
one of them is answered with a new pair.
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
    AdminUserUpdate,
    TokenOwnerPublic,
    User,
    UserPublic,
    UserUpdate,
)
from todo.errors import Forbidden, Invalid, NotFound, Unauthorized, WrongPassword
from todo.services.sign_in_limits import SignInLimits

_BAD_LOGIN = "The e-mail or password is wrong."
_BAD_REFRESH = "The refresh token is not valid; sign in again."
_REUSED_REFRESH = (
    "This refresh token was already used, so every session of that sign-in has been ended; "
    "sign in again."
)


def public(user: User) -> UserPublic:
    """Return what may be shown of ``user``."""
    return UserPublic.model_validate(user, from_attributes=True)


async def sign_in(
    uow: UnitOfWork,
    *,
    kit: AuthKit,
    limits: SignInLimits,
    email: str,
    password: str,
    network: str,
) -> TokenPair:
    """Check an e-mail and password sent from ``network`` and start a login: an access and a
    refresh token.

    Raises :class:`~todo.errors.RateLimited` before the password is checked once ``limits``
    are used up, and :class:`~todo.errors.Unauthorized` when the e-mail or password is wrong.
    """
    user_id, hashed = await _checked_password(uow, kit, limits, email, password, network)
    async with uow:
        user = await uow.users.get(user_id)
        # Deactivated, or the password changed, while it was being checked.
        if user is None or not user.is_active or user.password_hash != hashed:
            raise Unauthorized(_BAD_LOGIN)
        pair = await _start_family(uow, kit, user, family_id=str(uuid.uuid4()))
        await uow.commit()
    await limits.count_success(email=email, network=network)
    return pair


async def password_actor(
    uow: UnitOfWork,
    *,
    kit: AuthKit,
    limits: SignInLimits,
    email: str,
    password: str,
    network: str,
) -> Actor:
    """Return the user an e-mail and password name, as an actor signed in by password, without
    starting a login (the consent page of a connected application asks for them); the same
    limits and errors as :func:`sign_in`."""
    user_id, hashed = await _checked_password(uow, kit, limits, email, password, network)
    async with uow.reading():
        user = await uow.users.get(user_id)
        if user is None or not user.is_active or user.password_hash != hashed:
            raise Unauthorized(_BAD_LOGIN)
        actor = actor_of(user)
    await limits.count_success(email=email, network=network)
    return actor


async def _checked_password(
    uow: UnitOfWork, kit: AuthKit, limits: SignInLimits, email: str, password: str, network: str
) -> tuple[str, str | None]:
    """Return the id and password hash of the active user whose password this is."""
    await limits.admit(email=email, network=network)
    # No database connection is held while the password waits for a hashing thread.
    async with uow.reading():
        found = await uow.users.get_by_email(email)
        user_id, hashed = None, None
        if found is not None and found.is_active:
            user_id, hashed = found.id, found.password_hash
    if not await kit.passwords.verify(password, hashed) or user_id is None:
        await limits.count_failure(email=email)
        raise Unauthorized(_BAD_LOGIN)
    return user_id, hashed


async def refresh(uow: UnitOfWork, *, kit: AuthKit, refresh_token: str) -> TokenPair:
    """Exchange a refresh token for a new pair; a reused one revokes its whole login."""
    now = uow.clock.now()
    async with uow:
        stored = await uow.credentials.refresh_token(token_digest(refresh_token))
        if stored is None or stored.revoked_at is not None or stored.expires_at <= now:
            raise Unauthorized(_BAD_REFRESH)
        assert stored.id is not None
        if stored.used_at is not None or not await uow.credentials.use_refresh_token(
            stored.id, now=now
        ):
            await uow.credentials.revoke_family(stored.family_id, now=now)
            await uow.commit()
            raise Unauthorized(_REUSED_REFRESH)
        user = await uow.users.get(stored.user_id)
        if user is None or not user.is_active:
            raise Unauthorized(_BAD_REFRESH)
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


async def me(uow: UnitOfWork, *, actor: Actor) -> UserPublic | TokenOwnerPublic:
    """Return the actor's own account; to a personal access token only its id and time zone."""
    if actor.credential != "session":
        return TokenOwnerPublic(id=actor.user_id, timezone=actor.timezone.key)
    async with uow.reading():
        return public(await _user(uow, actor.user_id))


async def update_me(
    uow: UnitOfWork, *, kit: AuthKit, actor: Actor, changes: UserUpdate
) -> UserPublic:
    """Change the actor's name, time zone or password; only the fields sent change.

    A new password needs the current one (a stolen access token alone cannot take the account
    over), and ends every sign-in of the account and revokes all its personal access tokens.
    Raises :class:`WrongPassword` when the current password is wrong.
    """
    actor.require_session()
    given = {
        name: value
        for name, value in changes.model_dump(exclude_unset=True).items()
        if value is not None
    }
    current = given.pop("current_password", None)
    new_password = given.pop("password", None)
    if new_password is not None:
        if current is None:
            raise Invalid(
                "Give your current password as current_password to choose a new one.",
                field="current_password",
            )
        async with uow.reading():
            stored = (await _user(uow, actor.user_id)).password_hash
        # An account without a password (another identity provider's) cannot be given one.
        if not await kit.passwords.verify(current, stored):
            raise WrongPassword("The current password is wrong; nothing was changed.")
        given["password_hash"] = await kit.passwords.hash(new_password)
    async with uow:
        user = await _user(uow, actor.user_id)
        for name, value in given.items():
            setattr(user, name, value)
        uow.users.save(user)
        if "password_hash" in given:
            now = uow.clock.now()
            await uow.credentials.revoke_all_of(user.id, now=now)
            await uow.credentials.revoke_personal_tokens_of(user.id, now=now)
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
        uow.users.save(user)
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
