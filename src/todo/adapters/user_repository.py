"""Users in the database."""

from __future__ import annotations

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.domain.users import User


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
