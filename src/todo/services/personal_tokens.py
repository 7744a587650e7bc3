"""Personal access tokens: named, scoped, expiring credentials for scripts and AI clients."""

from __future__ import annotations

from datetime import timedelta

from todo.adapters.security import new_opaque_token, token_digest
from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.cursor import MAX_ID
from todo.domain.tokens import (
    PAT_PREFIX,
    PersonalAccessToken,
    PersonalAccessTokenCreate,
    PersonalAccessTokenCreated,
    PersonalAccessTokenPublic,
)
from todo.errors import Forbidden, NotFound

MAX_LIVE_TOKENS = 50


def _public(token: PersonalAccessToken) -> PersonalAccessTokenPublic:
    assert token.id is not None
    return PersonalAccessTokenPublic(
        id=token.id,
        name=token.name,
        hint=token.hint,
        scopes=token.scopes.split(),  # type: ignore[arg-type]
        created_at=token.created_at,
        expires_at=token.expires_at,
        last_used_at=token.last_used_at,
    )


async def create_token(
    uow: UnitOfWork, *, actor: Actor, data: PersonalAccessTokenCreate
) -> PersonalAccessTokenCreated:
    """Create a token; the returned ``token`` is shown this once and stored only as a hash.

    A token can only carry scopes its creator's own credential has.
    """
    actor.require_session()
    missing = set(data.scopes) - actor.scopes
    if missing:
        raise Forbidden(
            "A token cannot carry scopes your own credential lacks: "
            + ", ".join(sorted(missing))
            + "."
        )
    secret = new_opaque_token(PAT_PREFIX)
    now = uow.clock.now()
    async with uow:
        live = [
            t for t in await uow.credentials.personal_tokens_of(actor.user_id) if t.expires_at > now
        ]
        if len(live) >= MAX_LIVE_TOKENS:
            raise Forbidden(f"You already have {MAX_LIVE_TOKENS} tokens; revoke one first.")
        token = PersonalAccessToken(
            user_id=actor.user_id,
            name=data.name,
            token_hash=token_digest(secret),
            hint=secret[: len(PAT_PREFIX) + 4],
            scopes=" ".join(sorted(dict.fromkeys(data.scopes))),
            created_at=now,
            expires_at=now + timedelta(days=data.expires_in_days),
        )
        await uow.credentials.add(token)
        await uow.commit()
        return PersonalAccessTokenCreated(**_public(token).model_dump(), token=secret)


async def list_tokens(uow: UnitOfWork, *, actor: Actor) -> list[PersonalAccessTokenPublic]:
    """Return the actor's tokens that are not revoked, newest first (expired ones included).

    Needs a signed-in session: a personal access token cannot list its siblings.
    """
    actor.require_session()
    async with uow:
        return [_public(token) for token in await uow.credentials.personal_tokens_of(actor.user_id)]


async def revoke_token(uow: UnitOfWork, *, actor: Actor, token_id: int) -> None:
    """Revoke one of the actor's tokens; it stops working at once."""
    actor.require_session()
    if not 0 < token_id <= MAX_ID:
        raise NotFound(f"Token {token_id} was not found.")
    async with uow:
        token = await uow.credentials.personal_token_of(actor.user_id, token_id)
        if token is None or token.revoked_at is not None:
            raise NotFound(f"Token {token_id} was not found.")
        token.revoked_at = uow.clock.now()
        uow.credentials.save(token)
        await uow.commit()
