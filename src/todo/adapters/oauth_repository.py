"""OAuth clients, grants, codes and refresh tokens in the database (codes and tokens by hash)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.oauth import OAuthClient, OAuthCode, OAuthGrant, OAuthRefreshToken


class OAuthRepository:
    """Reads and writes the tables of connected applications."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, record: OAuthClient | OAuthGrant | OAuthCode | OAuthRefreshToken) -> None:
        """Insert a client, grant, code or refresh token."""
        self._session.add(record)
        await self._session.flush()

    async def client(self, client_id: str) -> OAuthClient | None:
        """Return the registered client ``client_id``, or ``None``."""
        return await self._session.get(OAuthClient, client_id)

    async def keep_document_client(self, client: OAuthClient) -> None:
        """Store a client known by its metadata document, or replace the stored copy (one
        ``INSERT … ON CONFLICT DO UPDATE``, so two first fetches at once do not collide)."""
        values = client.model_dump()
        dialect = postgresql if self._session.get_bind().dialect.name == "postgresql" else sqlite
        statement = dialect.insert(OAuthClient).values(**values)
        changed = {name: values[name] for name in values if name not in ("client_id", "created_at")}
        await self._session.exec(
            statement.on_conflict_do_update(index_elements=["client_id"], set_=changed)
        )

    async def grant(self, grant_id: str) -> OAuthGrant | None:
        """Return the grant ``grant_id`` (revoked ones too), or ``None``."""
        return await self._session.get(OAuthGrant, grant_id)

    async def grants_of(self, user_id: str) -> Sequence[tuple[OAuthGrant, OAuthClient]]:
        """Return the user's grants that are not revoked, newest first, with their clients."""
        statement = (
            select(OAuthGrant, OAuthClient)
            .join(OAuthClient, col(OAuthClient.client_id) == col(OAuthGrant.client_id))
            .where(OAuthGrant.user_id == user_id, col(OAuthGrant.revoked_at).is_(None))
            .order_by(col(OAuthGrant.created_at).desc(), col(OAuthGrant.id))
        )
        return [(grant, client) for grant, client in (await self._session.exec(statement)).all()]

    async def revoke_grant(self, grant_id: str, *, now: datetime) -> bool:
        """Revoke a grant (its access and refresh tokens stop working); tell whether it was
        still active."""
        result: Any = await self._session.exec(
            update(OAuthGrant)
            .where(col(OAuthGrant.id) == grant_id, col(OAuthGrant.revoked_at).is_(None))
            .values(revoked_at=now)
        )
        return bool(result.rowcount == 1)

    async def touch_grant(self, grant_id: str, *, now: datetime) -> None:
        """Record that the grant's client just got tokens."""
        await self._session.exec(
            update(OAuthGrant).where(col(OAuthGrant.id) == grant_id).values(last_used_at=now)
        )

    async def code(self, code_hash: str) -> OAuthCode | None:
        """Return the code with this hash (used ones too), or ``None``."""
        return await self._session.get(OAuthCode, code_hash)

    async def use_code(self, code_hash: str, *, now: datetime) -> bool:
        """Mark the code used unless it was already; tell which (one conditional ``UPDATE``, so
        of two exchanges at once only one wins)."""
        result: Any = await self._session.exec(
            update(OAuthCode)
            .where(col(OAuthCode.code_hash) == code_hash, col(OAuthCode.used_at).is_(None))
            .values(used_at=now)
        )
        return bool(result.rowcount == 1)

    async def refresh_token(self, token_hash: str) -> OAuthRefreshToken | None:
        """Return the refresh token with this hash (used ones too), or ``None``."""
        statement = select(OAuthRefreshToken).where(OAuthRefreshToken.token_hash == token_hash)
        return (await self._session.exec(statement)).first()

    async def use_refresh_token(self, token_id: int, *, now: datetime) -> bool:
        """Mark the refresh token used unless it was already; tell which."""
        result: Any = await self._session.exec(
            update(OAuthRefreshToken)
            .where(col(OAuthRefreshToken.id) == token_id, col(OAuthRefreshToken.used_at).is_(None))
            .values(used_at=now)
        )
        return bool(result.rowcount == 1)
