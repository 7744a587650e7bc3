"""The composition root: builds the application object every door works with."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.adapters.clock import Clock, SystemClock
from todo.adapters.database import create_engine, database_url, is_sqlite, session_factory
from todo.adapters.migrations import ensure_schema
from todo.adapters.unit_of_work import UnitOfWork
from todo.config import Settings


@dataclass
class App:
    """The running product: settings, the database and the clock, and units of work over them."""

    settings: Settings
    engine: AsyncEngine
    clock: Clock
    sessions: async_sessionmaker[AsyncSession] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = session_factory(self.engine)

    @property
    def embedded(self) -> bool:
        """Tell whether this runs on the embedded SQLite database."""
        return self.engine.dialect.name == "sqlite"

    def uow(self) -> UnitOfWork:
        """Return a new unit of work (one transaction) for a service call."""
        return UnitOfWork(self.sessions, clock=self.clock, sqlite=self.embedded)

    async def aclose(self) -> None:
        """Release the database connections."""
        await self.engine.dispose()


async def build_app(
    settings: Settings, *, clock: Clock | None = None, check_schema: bool = True
) -> App:
    """Return the application for ``settings``; the embedded database migrates itself.

    Any other database must be migrated with ``todo db upgrade`` first. With ``check_schema=False``
    the schema is left alone (for the ``todo db`` commands).
    """
    url = database_url(settings)
    engine = create_engine(url, echo=settings.database_echo)
    try:
        if check_schema:
            await ensure_schema(engine, migrate=is_sqlite(url))
    except BaseException:
        await engine.dispose()
        raise
    return App(settings=settings, engine=engine, clock=clock or SystemClock())
