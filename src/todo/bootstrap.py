"""The composition root: builds the application object every door works with."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from todo.adapters.clock import Clock, SystemClock
from todo.adapters.database import create_engine, database_url, is_sqlite, session_factory
from todo.adapters.migrations import ensure_schema
from todo.adapters.rate_limits import (
    MemoryRateLimiter,
    RateLimit,
    RateLimiter,
    RedisRateLimiter,
    too_many,
)
from todo.adapters.tracing import NO_TRACING, Span, Tracing, open_tracing
from todo.adapters.unit_of_work import UnitOfWork
from todo.config import Settings
from todo.services.sign_in_limits import SignInLimits

if TYPE_CHECKING:
    from todo.adapters.bus.protocol import Bus
    from todo.adapters.client_documents import ClientDocuments
    from todo.adapters.security import AuthKit
    from todo.adapters.security import PasswordHasher as PasswordHasher
    from todo.domain.assistant.chat import ChatEngine
    from todo.services.assistant.turn import RunningTurns
    from todo.services.events.runtime import EventRuntime


#: How long a process that stops waits for its last spans to reach the collector (seconds).
TRACES_FLUSH_SECONDS = 5.0


@dataclass
class App:
    """The running product: settings, database, clock, credentials and limits."""

    settings: Settings
    engine: AsyncEngine
    clock: Clock
    #: Hashes passwords: argon2id at the recommended cost unless one is given (test suites give
    #: a cheaper one; nothing in the product does).
    password_hasher: PasswordHasher | None = None
    #: The spans of this process: none unless ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set and the
    #: process said what it is (:meth:`trace_as`), or a test gave its own.
    tracing: Tracing = NO_TRACING
    events_written: asyncio.Event = field(init=False)
    #: The ids of the events committed here, when :meth:`remember_events` asked for them.
    remembered_events: list[str] | None = field(default=None, init=False)
    sessions: async_sessionmaker[AsyncSession] = field(init=False)
    readers: async_sessionmaker[AsyncSession] = field(init=False)

    def __post_init__(self) -> None:
        #: Set when a committed change wrote events, so a relay in this process sends them now.
        self.events_written = asyncio.Event()
        self.sessions = session_factory(self.engine)
        # On PostgreSQL reads skip BEGIN and ROLLBACK; SQLite's transactions cost nothing to
        # open, while switching its connections in and out of autocommit does.
        self.readers = (
            self.sessions
            if self.embedded
            else session_factory(self.engine.execution_options(isolation_level="AUTOCOMMIT"))
        )

    @property
    def embedded(self) -> bool:
        """Tell whether this runs on the embedded SQLite database."""
        return self.engine.dialect.name == "sqlite"

    def uow(self) -> UnitOfWork:
        """Return a new unit of work (one transaction) for a service call."""
        return UnitOfWork(
            self.sessions,
            clock=self.clock,
            sqlite=self.embedded,
            readers=self.readers,
            on_events=self._events_committed,
            tracing=self.tracing,
        )

    def trace_as(self, service: str) -> None:
        """Send this process's spans over OTLP when ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set,
        named ``OTEL_SERVICE_NAME`` or else ``service`` (``todo-api``, ``todo-worker``); nothing
        changes when tracing is already on (a test's) or no endpoint is set."""
        if not self.tracing.on:
            settings = self.settings
            self.tracing = open_tracing(
                endpoint=settings.otel_exporter_otlp_endpoint,
                service=settings.otel_service_name or service,
            )

    async def check_database(self) -> str | None:
        """Return ``None`` when the database answers within two seconds, else one sentence
        saying what is wrong (for the readiness probes)."""
        from todo.adapters.database import check_database

        return await check_database(self.engine)

    async def upgrade_schema(self) -> str | None:
        """Migrate the database to the newest revision and return it (``todo db upgrade``)."""
        from todo.adapters import migrations

        await migrations.upgrade(self.engine)
        return await migrations.current_revision(self.engine)

    async def schema_revision(self) -> tuple[str | None, str]:
        """Return the database's revision (``None`` when empty) and the newest one."""
        from todo.adapters import migrations

        return await migrations.current_revision(self.engine), migrations.HEAD_REVISION

    def remember_events(self) -> list[str]:
        """Start keeping the ids of the events this process commits, and return the list they
        are added to (the console processes its own events when no server does)."""
        if self.remembered_events is None:
            self.remembered_events = []
        return self.remembered_events

    def _events_committed(self, event_ids: list[str]) -> None:
        self.events_written.set()
        if self.remembered_events is not None:
            self.remembered_events.extend(event_ids)

    @cached_property
    def auth(self) -> AuthKit:
        """The password hasher and token codecs, built on first use.

        Raises :class:`~todo.errors.ConfigurationError` in production without a strong
        ``TODO_SECRET_KEY``.
        """
        from todo.adapters.external_identity import ExternalTokens
        from todo.adapters.security import AccessTokens, AuthKit, PasswordHasher, signing_key

        settings = self.settings
        secret = settings.secret_key.get_secret_value() if settings.secret_key else None
        key = signing_key(secret, home=settings.home, production=settings.env == "production")
        shared = settings.auth_shared_secret
        return AuthKit(
            passwords=self.password_hasher or PasswordHasher(),
            access_tokens=AccessTokens(
                key, lifetime=timedelta(minutes=settings.access_token_minutes)
            ),
            refresh_lifetime=timedelta(days=settings.refresh_token_days),
            external=ExternalTokens(
                shared_secret=shared.get_secret_value() if shared else None,
                jwks_url=settings.auth_jwks_url,
                issuer=settings.auth_issuer,
                audience=settings.auth_audience,
            ),
        )

    @cached_property
    def client_documents(self) -> ClientDocuments | None:
        """The fetcher of OAuth client metadata documents, or ``None`` when
        ``TODO_OAUTH_CLIENT_DOCUMENTS`` turns them off."""
        from todo.adapters.client_documents import ClientDocuments

        settings = self.settings
        if not settings.oauth_client_documents:
            return None
        ca_file = settings.oauth_document_ca_file
        return ClientDocuments(
            private_hosts=frozenset(settings.oauth_document_private_hosts),
            ca_file=str(ca_file) if ca_file else None,
        )

    @cached_property
    def bus(self) -> Bus:
        """The event bus ``TODO_BROKER_URL`` names (not connected until ``bus.start()``)."""
        import os
        import socket
        import uuid

        from todo.adapters.bus.factory import open_bus

        member = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        return open_bus(self.settings.broker_url, prefix=self.settings.broker_prefix, member=member)

    @property
    def runs_workers(self) -> bool:
        """Tell whether ``todo serve`` runs the event workers itself (always with the memory
        broker, which reaches no other process)."""
        wanted = self.settings.workers_in_server
        if wanted == "auto":
            return self.settings.broker_url.startswith("memory:")
        return wanted == "yes"

    @cached_property
    def chat_engine(self) -> ChatEngine:
        """The chat engine ``TODO_CHAT_ENGINE`` chooses, built on first use.

        ``auto`` (the default) is the LLM agent when ``TODO_LLM_BASE_URL`` is set, else the
        offline engine. The Agents SDK is imported only for the LLM engine.
        """
        settings = self.settings
        wanted = settings.chat_engine
        if wanted == "auto":
            wanted = "llm" if settings.llm_base_url else "offline"
        if wanted == "offline":
            from todo.services.assistant.offline import OfflineEngine

            return OfflineEngine()
        from todo.adapters.agent_engine import AgentEngine

        key = settings.llm_api_key
        return AgentEngine(
            base_url=settings.llm_base_url or "",  # Settings refuse `llm` without a URL
            api_key=key.get_secret_value() if key else None,
            model=settings.llm_model,
            timeout=settings.llm_timeout_seconds,
            tracing=settings.llm_tracing,
        )

    @cached_property
    def chat_turns(self) -> RunningTurns:
        """The users with a chat turn running in this process (one turn at a time each)."""
        from todo.services.assistant.turn import RunningTurns

        return RunningTurns()

    @cached_property
    def limiter(self) -> RateLimiter:
        """Rate-limit counters: in Redis when ``TODO_REDIS_URL`` is set, else in memory."""
        if self.settings.redis_url:
            return RedisRateLimiter(self.settings.redis_url)
        return MemoryRateLimiter()

    @cached_property
    def sign_in_limits(self) -> SignInLimits:
        """The limits on sign-in attempts, counted with the other limits."""
        return SignInLimits.of(
            self.limiter,
            per_network=self.settings.login_rate_limit,
            per_account=self.settings.login_account_rate_limit,
        )

    async def limit(self, key: str, spec: str, *, cost: int = 1) -> None:
        """Count ``cost`` hits of ``key`` against the limit ``spec``; raise :class:`RateLimited`
        past it."""
        _raise_if_waiting(await self.limiter.hit(key, RateLimit.parse(spec), cost=cost))

    async def refuse_if_over(self, key: str, spec: str) -> None:
        """Raise :class:`RateLimited` when ``key`` has used up the limit ``spec``; count nothing."""
        _raise_if_waiting(await self.limiter.peek(key, RateLimit.parse(spec)))

    async def aclose(self) -> None:
        """Release the database connections, the rate-limit store and the chat engine's."""
        if "limiter" in self.__dict__:
            await self.limiter.aclose()
        if "chat_engine" in self.__dict__:
            close = getattr(self.chat_engine, "aclose", None)
            if close is not None:
                await close()
        await self.engine.dispose()
        if self.tracing.on:  # send the last spans; a collector that is down delays the exit
            with contextlib.suppress(TimeoutError):  # by a few seconds at most
                await asyncio.wait_for(asyncio.to_thread(self.tracing.close), TRACES_FLUSH_SECONDS)


def _raise_if_waiting(wait: float | None) -> None:
    if wait is not None:
        raise too_many(wait)


def event_runtime(app: App) -> EventRuntime:
    """Return the relay, consumers and scheduler of ``app``'s process, configured, not started."""
    from todo.services.events.runtime import EventRuntime

    settings = app.settings
    return EventRuntime(
        uow=app.uow,
        bus=app.bus,
        events_written=app.events_written,
        relay_batch=settings.relay_batch,
        relay_interval=settings.relay_interval_seconds,
        reminder_interval=settings.reminder_interval_seconds,
        consumer_attempts=settings.consumer_attempts,
        keep_sent=timedelta(hours=settings.outbox_retention_hours),
        keep_processed=timedelta(hours=settings.processed_retention_hours),
        health_interval=settings.broker_check_seconds,
        reminder_job=settings.reminder_trigger == "dapr-jobs",
        tracing=app.tracing,
    )


async def with_dapr_secrets(settings: Settings) -> Settings:
    """Return ``settings`` with TODO_SECRET_KEY and TODO_DATABASE_URL read from the Dapr secret
    store ``TODO_DAPR_SECRET_STORE`` names, where the environment left them unset (once, at
    start-up; the sidecar is not asked when it set both):
    ``await with_dapr_secrets(Settings(dapr_secret_store="kubernetes"))``.

    Raises :class:`~todo.errors.ConfigurationError` with one sentence when the sidecar or the
    secret is missing, or the settings are refused with the values read."""
    from pydantic import SecretStr

    from todo.adapters.dapr_secrets import SECRET_ENTRIES, read_dapr_secret
    from todo.config import refusals
    from todo.errors import ConfigurationError

    if all(getattr(settings, name) is not None for name in SECRET_ENTRIES.values()):
        return settings  # the environment set both: nothing to ask the sidecar for
    found = await read_dapr_secret(
        address=f"127.0.0.1:{settings.dapr_grpc_port}",
        store=settings.dapr_secret_store or "",
        name=settings.dapr_secret_name,
    )
    update: dict[str, object] = {}
    for entry, name in SECRET_ENTRIES.items():
        value = found.get(entry)
        if value and getattr(settings, name) is None:
            update[name] = SecretStr(value) if name == "secret_key" else value
    resolved = settings.model_copy(update=update)
    if resolved.env == "production" and resolved.secret_key is None:
        raise ConfigurationError(
            f"TODO_ENV=production needs TODO_SECRET_KEY: the secret '{settings.dapr_secret_name}'"
            f" of the Dapr secret store '{settings.dapr_secret_store}' has no such entry."
        )
    refused = refusals(resolved)
    if refused:
        raise ConfigurationError(refused[0][1])
    return resolved


async def build_app(
    settings: Settings,
    *,
    clock: Clock | None = None,
    check_schema: bool = True,
    password_hasher: PasswordHasher | None = None,
    tracing: Tracing | None = None,
) -> App:
    """Return the application for ``settings``; the embedded database migrates itself.

    Any other database must be migrated with ``todo db upgrade`` first. With ``check_schema=False``
    the schema is left alone (for the ``todo db`` commands). ``clock`` and ``password_hasher``
    replace the system clock and the recommended argon2id cost (for tests); ``tracing``
    records spans (a test's in-memory exporter; else see :meth:`App.trace_as`).
    """
    if settings.dapr_secret_store:
        settings = await with_dapr_secrets(settings)
    url = database_url(settings)
    engine = create_engine(url, echo=settings.database_echo, pool_size=settings.database_pool_size)
    try:
        if check_schema:
            await ensure_schema(engine, migrate=is_sqlite(url))
    except BaseException:
        await engine.dispose()
        raise
    return App(
        settings=settings,
        engine=engine,
        clock=clock or SystemClock(),
        password_hasher=password_hasher,
        tracing=tracing or NO_TRACING,
    )


__all__ = ["NO_TRACING", "App", "Clock", "Span", "Tracing", "build_app", "event_runtime"]
