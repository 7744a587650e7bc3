"""Refresh tokens, personal access tokens and idempotency records in the database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.tokens import UNANSWERED, IdempotencyRecord, PersonalAccessToken, RefreshToken


class CredentialRepository:
    """Reads and writes the tables of issued credentials; tokens are looked up by their hash."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, record: RefreshToken | PersonalAccessToken | IdempotencyRecord) -> None:
        """Insert a credential or record."""
        self._session.add(record)
        await self._session.flush()

    def save(self, record: RefreshToken | PersonalAccessToken | IdempotencyRecord) -> None:
        """Write the changes made to ``record`` at the next flush or the commit."""
        self._session.add(record)

    async def refresh_token(self, token_hash: str) -> RefreshToken | None:
        """Return the refresh token with this hash, or ``None``."""
        statement = select(RefreshToken).where(RefreshToken.token_hash == token_hash)
        return (await self._session.exec(statement)).first()

    async def use_refresh_token(self, token_id: int, *, now: datetime) -> bool:
        """Mark the refresh token used, unless it was used or revoked already; tell which.

        One conditional ``UPDATE`` decides: of two transactions presenting one token at the same
        moment, the second waits for the first's write and then changes no row — on SQLite, whose
        reads take no locks, as on PostgreSQL.
        """
        result: Any = await self._session.exec(
            update(RefreshToken)
            .where(
                col(RefreshToken.id) == token_id,
                col(RefreshToken.used_at).is_(None),
                col(RefreshToken.revoked_at).is_(None),
            )
            .values(used_at=now)
        )
        return bool(result.rowcount == 1)

    async def revoke_family(self, family_id: str, *, now: datetime) -> None:
        """Revoke every refresh token of a login."""
        await self._session.exec(
            update(RefreshToken)
            .where(col(RefreshToken.family_id) == family_id, col(RefreshToken.revoked_at).is_(None))
            .values(revoked_at=now)
        )

    async def revoke_all_of(self, user_id: str, *, now: datetime) -> None:
        """Revoke every refresh token of a user (every sign-in ends)."""
        await self._session.exec(
            update(RefreshToken)
            .where(col(RefreshToken.user_id) == user_id, col(RefreshToken.revoked_at).is_(None))
            .values(revoked_at=now)
        )

    async def revoke_personal_tokens_of(self, user_id: str, *, now: datetime) -> int:
        """Revoke every live personal access token of a user; return how many there were."""
        result: Any = await self._session.exec(
            update(PersonalAccessToken)
            .where(
                col(PersonalAccessToken.user_id) == user_id,
                col(PersonalAccessToken.revoked_at).is_(None),
            )
            .values(revoked_at=now)
        )
        return int(result.rowcount)

    async def personal_token(self, token_hash: str) -> PersonalAccessToken | None:
        """Return the personal access token with this hash, or ``None``."""
        statement = select(PersonalAccessToken).where(PersonalAccessToken.token_hash == token_hash)
        return (await self._session.exec(statement)).first()

    async def personal_tokens_of(self, user_id: str) -> Sequence[PersonalAccessToken]:
        """Return the user's live (not revoked) personal access tokens, newest first."""
        statement = (
            select(PersonalAccessToken)
            .where(
                PersonalAccessToken.user_id == user_id,
                col(PersonalAccessToken.revoked_at).is_(None),
            )
            .order_by(col(PersonalAccessToken.id).desc())
        )
        return (await self._session.exec(statement)).all()

    async def personal_token_of(self, user_id: str, token_id: int) -> PersonalAccessToken | None:
        """Return the user's personal access token ``token_id``, or ``None``."""
        statement = select(PersonalAccessToken).where(
            PersonalAccessToken.user_id == user_id, PersonalAccessToken.id == token_id
        )
        return (await self._session.exec(statement)).first()

    async def idempotency_record(
        self, user_id: str, key: str, *, now: datetime
    ) -> IdempotencyRecord | None:
        """Return the unexpired record of a request made with ``key``, or ``None``."""
        statement = select(IdempotencyRecord).where(
            IdempotencyRecord.user_id == user_id,
            IdempotencyRecord.key == key,
            col(IdempotencyRecord.expires_at) > now,
        )
        return (await self._session.exec(statement)).first()

    async def claim_idempotency(
        self, user_id: str, key: str, *, request_hash: str, now: datetime, expires_at: datetime
    ) -> bool:
        """Record that a request with ``key`` is being handled, unless one was recorded before;
        tell whether this call recorded it. The record has no response until
        :meth:`answer_idempotency` gives it one, in the same transaction.

        One ``INSERT … ON CONFLICT DO NOTHING`` decides: of two transactions claiming one key at
        once, the second waits for the first to end and then finds the key taken (or, when the
        first rolled back, takes it) — on PostgreSQL as on SQLite, whose writers take turns.
        """
        values = {
            "user_id": user_id,
            "key": key,
            "request_hash": request_hash,
            "status_code": UNANSWERED,
            "body": "",
            "created_at": now,
            "expires_at": expires_at,
        }
        dialect = postgresql if self._dialect == "postgresql" else sqlite
        statement = dialect.insert(IdempotencyRecord).values(**values).on_conflict_do_nothing()
        result: Any = await self._session.exec(statement)
        return bool(result.rowcount == 1)

    async def answer_idempotency(
        self, user_id: str, key: str, *, status_code: int, body: str
    ) -> None:
        """Store the response of the request that claimed ``key``."""
        await self._session.exec(
            update(IdempotencyRecord)
            .where(col(IdempotencyRecord.user_id) == user_id, col(IdempotencyRecord.key) == key)
            .values(status_code=status_code, body=body)
        )

    async def forget_expired_idempotency(self, user_id: str, key: str, *, now: datetime) -> None:
        """Delete an expired record of ``key`` so that the key can be used again."""
        await self._session.exec(
            delete(IdempotencyRecord).where(
                col(IdempotencyRecord.user_id) == user_id,
                col(IdempotencyRecord.key) == key,
                col(IdempotencyRecord.expires_at) <= now,
            )
        )

    @property
    def _dialect(self) -> str:
        return self._session.get_bind().dialect.name
