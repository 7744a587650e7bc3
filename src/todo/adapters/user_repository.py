"""Users in the database."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.users import LOCAL_USER_EMAIL, User


class UserRepository:
    """Reads and writes the ``users`` table."""

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
        """Insert ``user``."""
        self._session.add(user)
        await self._session.flush()
        return user

    async def count_accounts(self) -> int:
        """Return how many accounts exist besides the built-in local user."""
        statement = select(func.count()).select_from(User).where(User.email != LOCAL_USER_EMAIL)
        return (await self._session.exec(statement)).one()

    async def page(self, *, after: str | None, limit: int) -> Sequence[User]:
        """Return up to ``limit`` users ordered by e-mail, after the e-mail ``after``."""
        statement = select(User).order_by(col(User.email)).limit(limit)
        if after is not None:
            statement = statement.where(col(User.email) > after)
        return (await self._session.exec(statement)).all()
