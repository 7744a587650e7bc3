"""Running a service call from a console command: settings, the app, the local user, errors.

Heavy modules (the database layer, the services) are imported here, inside the call, so that
``todo --help`` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

import typer

if TYPE_CHECKING:
    import asyncio

    from todo.bootstrap import App
    from todo.config import Settings
    from todo.domain.actor import Actor
    from todo.entrypoints.cli.backend import Backend

T = TypeVar("T")

#: Exit code of a command whose request was understood but failed (not found, invalid, …).
EXIT_FAILED = 1
#: Exit code of a command that was used wrongly (Typer uses it for bad options too).
EXIT_USAGE = 2


class Target:
    """Where the commands of this invocation go: ``--server URL``, else ``TODO_SERVER``."""

    server: str | None = None


class Resident:
    """The application a console agent keeps built between commands, and the event loop it
    runs on (in another thread); unset in an ordinary ``todo`` process."""

    app: App | None = None
    loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def run(cls, work: Awaitable[T]) -> T:
        """Run ``work`` on the resident loop and wait for its result."""
        import asyncio

        assert cls.loop is not None
        return asyncio.run_coroutine_threadsafe(_awaited(work), cls.loop).result()


async def _awaited(work: Awaitable[T]) -> T:
    return await work


def fail(message: str, code: int = EXIT_FAILED) -> typer.Exit:
    """Print ``message`` to stderr and return the exit to raise."""
    print(f"Error: {message}", file=sys.stderr)
    return typer.Exit(code)


def load_settings() -> Settings:
    """Return the settings, or exit with one sentence when the environment is wrong."""
    if Resident.app is not None:
        return Resident.app.settings
    from pydantic import ValidationError

    from todo.config import Settings
    from todo.services.validation import problems_of

    try:
        return Settings()
    except ValidationError as exc:
        problem = problems_of(exc.errors(include_url=False))[0]
        raise fail(
            f"the setting TODO_{problem.field.upper()} is wrong: {problem.message}", EXIT_USAGE
        ) from None


def local_timezone(settings: Settings) -> str:
    """Return the time zone of the local user: TODO_TIMEZONE, else the machine's, else UTC."""
    if settings.timezone:
        return settings.timezone
    try:
        from tzlocal import get_localzone_name

        return get_localzone_name() or "UTC"
    except Exception:  # tzlocal raises several kinds on odd machines; UTC is a safe answer
        return "UTC"


def call_as_local_user(work: Callable[[App, Actor], Awaitable[T]]) -> T:
    """Run ``work`` against the configured database as the built-in local user."""

    async def with_user(app: App) -> T:
        from todo.services.users import ensure_local_user

        committed = app.remember_events()
        committed.clear()  # a resident app serves one command after another
        actor = await ensure_local_user(
            app.uow(), timezone=local_timezone(app.settings), name=_login_name()
        )
        result = await work(app, actor)
        if committed and app.settings.broker_url.startswith("memory:"):
            # No broker reaches a server from here: apply this command's events ourselves.
            from todo.services.events.runtime import process_here

            await process_here(app.uow, committed, attempts=app.settings.consumer_attempts)
        return result

    return call_with_app(with_user)


def call_with_backend(work: Callable[[Backend], Awaitable[T]]) -> T:
    """Run ``work`` against the local database, or against a server when one is named."""
    settings = load_settings()
    server = Target.server or settings.server
    if not server:
        from todo.entrypoints.cli.local_backend import LocalBackend

        async def local(app: App, actor: Actor) -> T:
            return await work(LocalBackend(app, actor))

        return call_as_local_user(local)

    from todo.entrypoints.cli.remote_backend import CredentialStore, RemoteBackend

    async def remote() -> T:
        token = settings.token.get_secret_value() if settings.token else None
        backend = RemoteBackend(server, store=CredentialStore(settings.home), token=token)
        try:
            return await work(await backend.open())
        finally:
            await backend.aclose()

    return run_mapping_errors(remote)


def run_mapping_errors(main: Callable[[], Awaitable[T]]) -> T:
    """Run ``main`` on an event loop; an expected error exits with one sentence."""
    import asyncio

    from todo.errors import TodoError

    try:
        return asyncio.run(main())  # type: ignore[arg-type]
    except TodoError as exc:
        raise fail(exc.message) from None


def call_with_app(work: Callable[[App], Awaitable[T]], *, check_schema: bool = True) -> T:
    """Run ``work`` with the application built from the settings; map errors to exit codes."""
    import asyncio

    from sqlalchemy.exc import DBAPIError, OperationalError

    from todo.errors import TodoError

    settings = load_settings()

    async def main() -> T:
        from todo.bootstrap import build_app

        app = await build_app(settings, check_schema=check_schema)
        try:
            return await work(app)
        finally:
            await app.aclose()

    try:
        if Resident.app is not None:
            return Resident.run(work(Resident.app))
        return asyncio.run(main())
    except TodoError as exc:
        raise fail(exc.message) from None
    except (OperationalError, DBAPIError, OSError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise fail(f"could not use the database ({reason}).") from None


def _login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name on some containers
        return ""
