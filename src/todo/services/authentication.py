"""Who a bearer token stands for: our access tokens, personal access tokens, external tokens."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from todo.adapters.external_identity import ExternalClaims
from todo.adapters.security import AuthKit, token_digest
from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.scopes import Scope
from todo.domain.timezones import zone
from todo.domain.tokens import PAT_PREFIX
from todo.domain.users import EXTERNAL_ID_PREFIX, LOCAL_USER_EMAIL, User, external_user_id
from todo.errors import Conflict, Unauthorized
from todo.services.account_opening import open_account

#: How stale a personal access token's ``last_used_at`` may get before it is written again.
LAST_USED_PRECISION = timedelta(minutes=1)
_NO_TOKEN = "This needs a bearer token: sign in, or create a personal access token."


async def authenticate(uow: UnitOfWork, *, kit: AuthKit, token: str | None) -> Actor:
    """Return the actor a bearer token stands for, or raise :class:`Unauthorized`.

    Our own access tokens are checked without touching the database, except a connected
    application's, whose grant is read (a revoked application is refused at once); personal
    access tokens are looked up by their hash; tokens of a configured external issuer provision
    their user on first sight, under an id derived from the token's ``iss`` and ``sub``
    (:func:`~todo.domain.users.external_user_id`), so that no ``sub`` can name a local account.
    """
    if not token:
        raise Unauthorized(_NO_TOKEN)
    if token.startswith(PAT_PREFIX):
        return await _personal(uow, token)
    claims = kit.access_tokens.read(token, now=uow.clock.now())
    if claims is not None:
        if claims.grant_id is not None:
            await _grant_still_active(uow, claims.grant_id)
        return Actor(
            user_id=claims.user_id,
            timezone=zone(claims.timezone),
            role=claims.role,
            scopes=claims.scopes,
            credential="session" if claims.grant_id is None else "oauth",
            expires_at=claims.expires_at,
        )
    if kit.external.configured:
        return await _external(uow, kit, token)
    raise Unauthorized("The access token is not valid; sign in again.")


async def _grant_still_active(uow: UnitOfWork, grant_id: str) -> None:
    """Refuse a connected application's token once its user revoked the application."""
    async with uow.reading():
        grant = await uow.oauth.grant(grant_id)
        if grant is None or grant.revoked_at is not None:
            raise Unauthorized("This application's access was revoked; connect it again to go on.")


async def _personal(uow: UnitOfWork, token: str) -> Actor:
    now = uow.clock.now()
    async with uow:
        stored = await uow.credentials.personal_token(token_digest(token))
        if stored is None or stored.revoked_at is not None:
            raise Unauthorized("The personal access token is not valid.")
        if stored.expires_at <= now:
            raise Unauthorized("The personal access token has expired; create a new one.")
        user = await uow.users.get(stored.user_id)
        if user is None or not user.is_active:
            raise Unauthorized("The personal access token is not valid.")
        if stored.last_used_at is None or now - stored.last_used_at > LAST_USED_PRECISION:
            stored.last_used_at = now
            uow.credentials.save(stored)
            await uow.commit()
        scopes = frozenset(Scope(name) for name in stored.scopes.split())
        return Actor(
            user_id=user.id,
            timezone=zone(user.timezone),
            role=user.role,
            scopes=scopes,
            credential="personal_token",
            expires_at=stored.expires_at,
        )


async def _external(uow: UnitOfWork, kit: AuthKit, token: str) -> Actor:
    claims = await kit.external.read(token)
    try:
        actor = await _provision(uow, claims)
    except Conflict:
        # Two first requests of a new user at once: the other one created it.
        actor = await _provision(uow, claims)
    return replace(actor, expires_at=claims.expires_at)


async def _provision(uow: UnitOfWork, claims: ExternalClaims) -> Actor:
    """Return the user an external token names, created on first sight."""
    async with uow:
        user = await uow.users.get(external_user_id(claims.issuer, claims.subject))
        if user is None:
            user = await _earlier_external(uow, claims)
        if user is None:
            user = await _create_external(uow, claims)
        if user.password_hash is not None:
            raise Unauthorized("That identity belongs to an account that signs in with a password.")
        if not user.is_active:
            raise Unauthorized("This account has been deactivated.")
        return Actor(user_id=user.id, timezone=zone(user.timezone), role=user.role)


async def _earlier_external(uow: UnitOfWork, claims: ExternalClaims) -> User | None:
    """Return the user an earlier version created for this identity under the bare ``sub``.

    Only a user such a token could have created qualifies: one without a password that is not
    the built-in local user. Any other account whose id equals the ``sub`` is not this identity.
    """
    if claims.subject.startswith(EXTERNAL_ID_PREFIX):
        return None
    user = await uow.users.get(claims.subject)
    if user is None or user.password_hash is not None or user.email == LOCAL_USER_EMAIL:
        return None
    return user


async def _create_external(uow: UnitOfWork, claims: ExternalClaims) -> User:
    """Create the user of an external identity."""
    user_id = external_user_id(claims.issuer, claims.subject)
    email = (claims.email or "").strip().lower()
    if not email or await uow.users.get_by_email(email) is not None:
        email = f"{user_id}@external.invalid"
    user = User(
        id=user_id,
        email=email,
        name=(claims.name or "")[:100],
        created_at=uow.clock.now(),
    )
    # An identity provider that did not say it checked the address does not get the
    # invitations waiting for it.
    await open_account(uow, user=user, claims_invitations=claims.email_verified)
    await uow.commit()
    return user
