"""The unit of work: one transaction, its repositories, and the events it records.

Services open it with ``async with uow:``, change things through its repositories, record what
happened with :meth:`UnitOfWork.emit`, and call :meth:`UnitOfWork.commit`. Leaving the block
without committing rolls everything back, events included: an event exists if and only if its
change committed.

A uniqueness clash with a change committed meanwhile, or a change of a task whose version someone
else replaced meanwhile — at the commit or at any write before it — is rolled back and reported
as :class:`~todo.errors.Conflict`. A transaction that could not get the database in time —
SQLite's write lock still held by other writers after its busy timeout, or PostgreSQL breaking a
deadlock or a serialization clash — is rolled back and reported as :class:`~todo.errors.Busy`:
nothing was written, and the caller may send the same change again. A database that cannot be
reached at all (refused, dropped or timed-out connections) is reported as
:class:`~todo.errors.DatabaseUnavailable`, so no service needs to know the driver's errors.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.util import greenlet_spawn
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.adapters.activity_repository import ActivityRepository
from todo.adapters.clock import Clock
from todo.adapters.comment_repository import CommentRepository
from todo.adapters.consumer_log_repository import ConsumerLogRepository
from todo.adapters.credential_repository import CredentialRepository
from todo.adapters.notification_repository import NotificationRepository
from todo.adapters.oauth_repository import OAuthRepository
from todo.adapters.outbox_repository import OutboxRepository
from todo.adapters.project_repository import ProjectRepository
from todo.adapters.reminder_queue import ReminderQueue
from todo.adapters.tag_repository import TagRepository
from todo.adapters.task_repository import TaskRepository
from todo.adapters.task_rows import TaskRows
from todo.adapters.tracing import NO_TRACING, AttributeValue, Tracing
from todo.adapters.user_repository import UserRepository
from todo.domain.events import DomainEvent
from todo.domain.outbox import outbox_row
from todo.errors import CLASHED, Busy, Conflict, DatabaseUnavailable

if TYPE_CHECKING:
    from todo.adapters.conversation_repository import ConversationRepository

#: PostgreSQL's codes for a transaction it aborted so that others could go on.
_RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization failure, deadlock
#: How long a client is asked to wait before sending a change the database was too busy for.
BUSY_RETRY_AFTER = 1


def is_busy(error: BaseException) -> bool:
    """Tell whether ``error`` means the database was too busy for the transaction (it was rolled
    back and may simply be tried again)."""
    if not isinstance(error, DBAPIError) or isinstance(error, IntegrityError):
        return False
    if getattr(error.orig, "sqlstate", None) in _RETRYABLE_SQLSTATES:
        return True
    text = str(error.orig)
    return "database is locked" in text or "database table is locked" in text


class UnitOfWork:
    """One transaction over the database at a time; each ``async with`` opens a new one."""

    tasks: TaskRepository
    projects: ProjectRepository
    comments: CommentRepository
    tags: TagRepository
    users: UserRepository
    credentials: CredentialRepository
    outbox: OutboxRepository
    reminders: ReminderQueue
    notifications: NotificationRepository
    activity: ActivityRepository
    consumer_log: ConsumerLogRepository

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        clock: Clock,
        sqlite: bool,
        readers: async_sessionmaker[AsyncSession] | None = None,
        on_events: Callable[[list[str]], None] | None = None,
        tracing: Tracing = NO_TRACING,
    ) -> None:
        self._sessions = sessions
        self._readers = readers or sessions
        self._session: AsyncSession | None = None
        self._rows: PoolProxiedConnection | None = None
        self._reading = False
        self._read_only = False
        self._sqlite = sqlite
        self._on_events = on_events
        self._emitted: list[str] = []
        self._outbox_rows: list[dict[str, Any]] = []
        self.clock = clock
        #: The spans of this process (services record theirs through it).
        self.tracing = tracing

    @property
    def session(self) -> AsyncSession:
        """The open session; only valid inside ``async with``."""
        if self._session is None:
            raise RuntimeError("the unit of work is not open")
        return self._session

    @property
    def task_rows(self) -> TaskRows:
        """The read path of tasks (the list and one task, as public rows); only in a unit of
        work opened with :meth:`reading`, whose connection never holds a transaction open."""
        if not self._read_only:
            raise RuntimeError("task rows are read in a unit of work opened for reading")
        return TaskRows(self._driver_connection, dialect="sqlite" if self._sqlite else "postgresql")

    async def _driver_connection(self) -> Any:
        """Return the driver's own connection (asyncpg's or aiosqlite's) of a pooled connection
        taken for this unit of work's reads: no session, no transaction (each statement reads
        what is committed when it runs, as the session's reads do)."""
        if self._rows is None:
            # Straight from the pool: a Connection around it would cost more than the read.
            engine: AsyncEngine = self._readers.kw["bind"]
            self._rows = await engine.raw_connection()
        return self._rows.driver_connection

    @property
    def conversations(self) -> ConversationRepository:
        """The conversations of the chat (imported on first use: the console rarely needs it)."""
        from todo.adapters.conversation_repository import ConversationRepository

        return ConversationRepository(self.session)

    def reading(self) -> Self:
        """Open the next ``async with`` for reads only: no transaction is begun or ended, which
        saves two round trips to the database (commits are refused)."""
        self._reading = True
        return self

    async def __aenter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("the unit of work is already open")
        self._read_only, self._reading = self._reading, False
        self._session = (self._readers if self._read_only else self._sessions)()
        self.tasks = TaskRepository(self._session, sqlite=self._sqlite)
        self.projects = ProjectRepository(self._session, sqlite=self._sqlite)
        self.comments = CommentRepository(self._session, sqlite=self._sqlite)
        self.tags = TagRepository(self._session)
        self.users = UserRepository(self._session)
        self.credentials = CredentialRepository(self._session)
        self.outbox = OutboxRepository(self._session, sqlite=self._sqlite)
        self.reminders = ReminderQueue(self._session, sqlite=self._sqlite)
        self.notifications = NotificationRepository(self._session)
        self.activity = ActivityRepository(self._session)
        self.consumer_log = ConsumerLogRepository(self._session)
        self.oauth = OAuthRepository(self._session)
        self._emitted = []
        self._outbox_rows = []
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        session, rows = self.session, self._rows
        self._session = self._rows = None
        self._outbox_rows = []
        try:
            if rows is not None:
                # Broken under the driver: never hand it out again; else back to the pool.
                broken = isinstance(exc, DatabaseUnavailable)
                await greenlet_spawn(rows.invalidate if broken else rows.close)
        finally:
            # A session never used (a read that went through the rows alone) has nothing to
            # end, and ending it costs more than many a read.
            if session.in_transaction() or session.new or session.identity_map:
                try:
                    await session.rollback()
                finally:
                    await session.close()
        if isinstance(exc, IntegrityError | StaleDataError):  # met while writing
            raise Conflict(CLASHED) from exc
        if exc is not None and is_busy(exc):
            raise Busy(
                "The database is busy with other changes; nothing was written. "
                f"Try again in {BUSY_RETRY_AFTER} second.",
                retry_after=BUSY_RETRY_AFTER,
            ) from exc
        if isinstance(exc, OperationalError | InterfaceError | OSError):
            raise DatabaseUnavailable(
                "The database cannot be reached; nothing was written. Try again in a moment."
            ) from exc

    def emit(self, event: DomainEvent) -> None:
        """Record ``event`` in the outbox, inside this transaction (its row is written at the
        commit, with the transaction's other events, in one statement)."""
        row = outbox_row(event, at=self.clock.now())
        self._outbox_rows.append(row)
        self._emitted.append(row["event_id"])

    async def commit(self) -> None:
        """Commit the changes and their events together.

        A uniqueness clash with a change committed meanwhile (two identical requests at once)
        is reported as :class:`~todo.errors.Conflict`, and nothing is written.
        """
        if self._read_only:
            raise RuntimeError("a unit of work opened for reading cannot commit")
        try:
            if self._outbox_rows and self.tracing.on:
                await self._commit_traced()
            else:
                if self._outbox_rows:
                    await self.outbox.add_rows(self._outbox_rows)
                    self._outbox_rows = []
                await self.session.commit()
        except (IntegrityError, StaleDataError) as exc:
            await self.session.rollback()
            raise Conflict(CLASHED) from exc
        if self._emitted and self._on_events is not None:
            self._on_events(self._emitted)  # wake the relay: there is something to send
        self._emitted = []

    async def _commit_traced(self) -> None:
        """Write the outbox rows and commit inside a span, each row keeping that span's trace
        context: the relay, the broker and the consumers continue the trace from it."""
        rows, self._outbox_rows = self._outbox_rows, []
        attributes: dict[str, AttributeValue] = {
            "todo.outbox.events": len(rows),
            "cloudevents.event_type": ",".join(sorted({row["type"] for row in rows})),
        }
        with self.tracing.span("outbox write", attributes=attributes):
            context = self.tracing.carrier()
            for row in rows:
                row["trace_context"] = context
            await self.outbox.add_rows(rows)
            await self.session.commit()

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        """Open a savepoint: what the block changes, and the events it records, are undone
        alone when it raises, and the rest of the transaction goes on."""
        rows, emitted = len(self._outbox_rows), len(self._emitted)
        try:
            async with self.session.begin_nested():
                yield
        except BaseException:
            del self._outbox_rows[rows:], self._emitted[emitted:]
            raise

    async def flush(self) -> None:
        """Send pending changes to the database without committing."""
        await self.session.flush()
