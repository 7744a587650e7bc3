"""Users in the database, the first admin's claim, and invitations to register."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.invitations import Invitation
from todo.domain.users import LOCAL_USER_EMAIL, FirstAdmin, User
from todo.errors import Conflict


class UserRepository:
    """Reads and writes the ``users`` table and the tables of how accounts come to be."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, user_id: str) -> User | None:
        """Return the user with ``user_id``, or ``None``."""
        return await self._session.get(User, user_id)

    async def get_by_email(self, email: str) -> User | None:
        """Return the user with ``email`` (any case), or ``None``."""
        statement = select(User).where(User.email == email.strip().lower())
        return (await self._session.exec(statement)).first()

    async def add(self, user: User) -> User:
        """Insert ``user``; raise :class:`Conflict` when its id or e-mail was taken meanwhile
        (the transaction cannot go on after that: leave it)."""
        self._session.add(user)
        try:
            await self._session.flush()
        except IntegrityError as exc:
            raise Conflict("An account with that e-mail was opened at the same moment.") from exc
        return user

    def save(self, user: User) -> None:
        """Write the changes made to ``user`` at the next flush or the commit."""
        self._session.add(user)

    async def count_accounts(self) -> int:
        """Return how many accounts exist besides the built-in local user."""
        statement = select(func.count()).select_from(User).where(User.email != LOCAL_USER_EMAIL)
        return (await self._session.exec(statement)).one()

    async def claim_first_admin(self, user_id: str, *, now: datetime) -> bool:
        """Record ``user_id`` as the server's first admin unless one was recorded before.

        One row at most, written with ``ON CONFLICT DO NOTHING``: of two transactions claiming
        at once, the second waits for the first and then finds the row taken (on PostgreSQL's
        READ COMMITTED as on SQLite), so exactly one claim ever succeeds.
        """
        values = {"id": 1, "user_id": user_id, "claimed_at": now}
        dialect = postgresql if self._dialect == "postgresql" else sqlite
        statement = dialect.insert(FirstAdmin).values(**values).on_conflict_do_nothing()
        result: Any = await self._session.exec(statement)
        return bool(result.rowcount == 1)

    async def page(self, *, after: str | None, limit: int) -> Sequence[User]:
        """Return up to ``limit`` users ordered by e-mail, after the e-mail ``after``."""
        statement = select(User).order_by(col(User.email)).limit(limit)
        if after is not None:
            statement = statement.where(col(User.email) > after)
        return (await self._session.exec(statement)).all()

    # --- invitations ---------------------------------------------------------------------------

    async def add_invitation(self, invitation: Invitation) -> Invitation:
        """Insert ``invitation``."""
        self._session.add(invitation)
        await self._session.flush()
        return invitation

    async def redeem_invitation(self, code_hash: str, *, email: str, now: datetime) -> bool:
        """Use up the unexpired, unused invitation with this code hash, when it admits ``email``.

        One conditional ``UPDATE``: of two registrations with one code at once, exactly one
        succeeds.
        """
        statement = (
            update(Invitation)
            .where(
                col(Invitation.code_hash) == code_hash,
                col(Invitation.used_at).is_(None),
                col(Invitation.expires_at) > now,
                (col(Invitation.email).is_(None)) | (col(Invitation.email) == email),
            )
            .values(used_at=now)
        )
        result: Any = await self._session.exec(statement)
        return bool(result.rowcount == 1)

    async def pending_invitations(self, *, now: datetime) -> Sequence[Invitation]:
        """Return the invitations that can still be used, newest first."""
        statement = (
            select(Invitation)
            .where(col(Invitation.used_at).is_(None), col(Invitation.expires_at) > now)
            .order_by(col(Invitation.id).desc())
        )
        return (await self._session.exec(statement)).all()

    async def delete_invitation(self, invitation_id: int) -> bool:
        """Delete an unused invitation; tell whether there was one."""
        statement = delete(Invitation).where(
            col(Invitation.id) == invitation_id, col(Invitation.used_at).is_(None)
        )
        result: Any = await self._session.exec(statement)
        return bool(result.rowcount == 1)

    @property
    def _dialect(self) -> str:
        return self._session.get_bind().dialect.name
