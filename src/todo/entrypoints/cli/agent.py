"""The console agent: one background process per user and settings that runs the console's task
commands with the product already imported and the database already open.

``todo`` starts it (see :mod:`todo.entrypoints.cli.launch`) as
``python -P -m todo.entrypoints.cli.agent SOCKET``. It listens on ``SOCKET`` (a Unix socket in a
directory only its user may enter) and runs one command at a time through the same Typer
application an ordinary ``todo`` process runs, with its output captured and sent back. A command
is taken (the caller is told so) only after the checks below; one not taken runs in the caller.

It ends after ``TODO_CONSOLE_AGENT_IDLE_SECONDS`` without a command, on SIGTERM (after the
command it is running, if any), and as soon as it notices that it is out of date: a module of
the product changed on disk (an upgrade), or the database file it opened was replaced.

Next to the socket it keeps ``.pid`` (its process id), ``.lock`` (held while it runs, so two
never serve one socket) and ``.log`` (one line per command: its name, exit code and time — never
its arguments).
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import os
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout, suppress
from dataclasses import dataclass
from io import StringIO
from typing import IO, Any

from todo.entrypoints.cli.launch import (
    ACCEPTED,
    FORWARDED,
    RENDERING,
    receive,
    same_user,
    send,
)

#: How long a caller may take to send its whole command once connected.
REQUEST_TIMEOUT_SECONDS = 10.0
#: How long sending an answer may take (a caller suspended with Ctrl-Z reads it later).
ANSWER_TIMEOUT_SECONDS = 300.0
#: The log is started afresh when it has grown past this.
LOG_MAX_BYTES = 1 << 20


class CapturedOutput(StringIO):
    """A command's standard output or error, kept to be sent back; it answers ``isatty`` as the
    caller's own stream did, so colours and tables come out as they would have there."""

    def __init__(self, *, terminal: bool) -> None:
        super().__init__()
        self._terminal = terminal

    def isatty(self) -> bool:
        """Tell whether the caller's stream is a terminal."""
        return self._terminal


@dataclass(frozen=True)
class Request:
    """One command line, and how the caller's terminal would have shown its output."""

    argv: list[str]
    prog: str
    env: dict[str, str]
    terminals: tuple[bool, bool]
    columns: int | None
    help_columns: int | None


class _Stop:
    """SIGTERM's effect: the agent ends now when idle, after its command when busy."""

    busy = False
    asked = False


def _on_sigterm(signum: int, _frame: object) -> None:
    _Stop.asked = True
    if not _Stop.busy:
        raise SystemExit(128 + signum)


class Agent:
    """The socket, the resident application and what tells the agent it is out of date."""

    def __init__(self, address: str, log: IO[str]) -> None:
        self.address = address
        self.log = log
        self.started_ns = time.time_ns()
        self.sources: dict[str, int] = {}
        self.database: tuple[int, int] | None = None
        self.database_path: str | None = None

    def serve(self) -> None:
        """Build the application, listen, and run commands until idle, stopped or outdated."""
        from todo.bootstrap import build_app
        from todo.entrypoints.cli.runner import Resident, load_settings

        settings = load_settings()
        loop = asyncio.new_event_loop()
        threading.Thread(target=loop.run_forever, name="agent-loop", daemon=True).start()
        Resident.loop = loop
        app = asyncio.run_coroutine_threadsafe(build_app(settings), loop).result()
        Resident.app = app
        try:
            if app.embedded:
                self.database_path = app.engine.url.database
                if self.database_path and os.path.isabs(self.database_path):
                    os.chdir("/")  # hold no directory of the caller's
            _Stop.busy = True
            try:
                self._warm_up()
            finally:
                _Stop.busy = False
            self.database = self._database_identity()
            self.sources = _source_times()
            self._listen(settings.console_agent_idle_seconds)
        finally:
            asyncio.run_coroutine_threadsafe(app.aclose(), loop).result()
            loop.call_soon_threadsafe(loop.stop)

    def _warm_up(self) -> None:
        """Import what the commands use and open a connection, by listing one task."""
        import todo.entrypoints.cli.render
        import todo.services.events.runtime
        import todo.services.tags
        import todo.services.tasks  # noqa: F401

        self.run(Request(["list", "--limit", "1"], "todo", {}, (False, False), None, None))

    def _listen(self, idle: float) -> None:
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        base = self.address.removesuffix(".sock")
        bound: int | None = None
        try:
            # The lock is ours, so a socket file left here belongs to an agent that is gone.
            _remove(self.address)
            listener.bind(self.address)
            bound = os.stat(self.address).st_ino
            os.chmod(self.address, 0o600)
            listener.listen(16)
            listener.settimeout(idle)
            with open(f"{base}.pid", "w") as pid:
                pid.write(f"{os.getpid()}\n")
            self.say(f"listening at {self.address}")
            while not _Stop.asked:
                try:
                    connection, _ = listener.accept()
                except TimeoutError:
                    self.say("idle: stopping")
                    return
                with connection:
                    if not self._answer(connection):
                        return
            self.say("stopping (SIGTERM)")
        finally:
            # Callers still waiting were not told their command was taken: they run it there.
            listener.close()
            _remove(self.address, inode=bound)
            _remove(f"{base}.pid")

    def _answer(self, connection: socket.socket) -> bool:
        """Take the command sent on ``connection`` and answer it; return ``False`` when the
        agent must end."""
        try:
            if not same_user(connection):
                return True
            deadline = time.monotonic() + REQUEST_TIMEOUT_SECONDS
            request = _request(json.loads(receive(connection, deadline=deadline)))
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            return True  # a caller that went away, or not a command: nothing ran
        outdated = self._outdated()
        if outdated:
            self.say(f"out of date ({outdated}): stopping")
            return False  # not taken: the caller runs it
        connection.settimeout(ANSWER_TIMEOUT_SECONDS)
        try:
            connection.sendall(ACCEPTED)
        except OSError:
            return True  # the caller went away before it was taken: nothing ran
        started = time.perf_counter()
        _Stop.busy = True
        try:
            code, out, err = self.run(request)
        finally:
            _Stop.busy = False
        elapsed = (time.perf_counter() - started) * 1000
        self.say(f"{request.argv[0]} → {code} in {elapsed:.0f} ms")
        with suppress(OSError):  # a caller that went away: its command ran all the same
            send(connection, json.dumps({"code": code, "stdout": out, "stderr": err}).encode())
        return not _Stop.asked

    def run(self, request: Request) -> tuple[int, str, str]:
        """Run one ``todo`` command line as the caller would have; return its exit code and
        what it wrote to standard output and error."""
        from todo.entrypoints.cli.main import app

        _reload_local_zone()
        env = dict(request.env)
        if request.columns is not None:
            env.setdefault("COLUMNS", str(request.columns))
        saved = {name: os.environ.pop(name, None) for name in RENDERING}
        os.environ.update({name: value for name, value in env.items() if name in RENDERING})
        out = CapturedOutput(terminal=request.terminals[0])
        err = CapturedOutput(terminal=request.terminals[1])
        extra: dict[str, Any] = {"prog_name": request.prog}
        if request.help_columns is not None:
            extra["terminal_width"] = request.help_columns
        try:
            with redirect_stdout(out), redirect_stderr(err):
                code = _exit_code(lambda: app(args=request.argv, **extra))
        finally:
            for name in RENDERING:
                os.environ.pop(name, None)
            os.environ.update({name: value for name, value in saved.items() if value is not None})
        return code, out.getvalue(), err.getvalue()

    def _outdated(self) -> str | None:
        """Say why this agent may no longer serve: its code or its database changed."""
        for path, modified in _source_times().items():
            known = self.sources.get(path)
            if (known is not None and modified != known) or (
                known is None and modified > self.started_ns
            ):
                return "the product's code changed"
        if self._database_identity() != self.database:
            return "the database file was replaced"
        return None

    def _database_identity(self) -> tuple[int, int] | None:
        if self.database_path is None:
            return None
        try:
            status = os.stat(self.database_path)
        except OSError:
            return None
        return status.st_dev, status.st_ino

    def say(self, line: str) -> None:
        """Write ``line`` to the agent's log."""
        self.log.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} [{os.getpid()}] {line}\n")
        self.log.flush()


def _request(message: Any) -> Request:
    """Return a command request, or raise :class:`ValueError` when it is not one."""
    argv, prog, env = message["argv"], message["prog"], message["env"]
    terminals, columns, help_columns = message["tty"], message["columns"], message["help_columns"]
    if not (
        isinstance(argv, list)
        and argv
        and all(isinstance(part, str) for part in argv)
        and argv[0] in FORWARDED
        and isinstance(prog, str)
        and 0 < len(prog) <= 255
        and isinstance(env, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in env.items())
        and isinstance(terminals, list)
        and len(terminals) == 2
        and all(isinstance(flag, bool) for flag in terminals)
        and all(_width(value) for value in (columns, help_columns))
    ):
        raise ValueError("not a command request")
    return Request(argv, prog, env, (terminals[0], terminals[1]), columns, help_columns)


def _width(value: object) -> bool:
    return value is None or (isinstance(value, int) and 0 < value < 100_000)


def _exit_code(command: Callable[[], object]) -> int:
    """Run a Typer application and return the exit code the process would have ended with."""
    try:
        command()
    except SystemExit as exit_:
        if exit_.code is None or isinstance(exit_.code, int):
            return exit_.code or 0
        print(exit_.code, file=sys.stderr)
        return 1
    except Exception:  # what an ordinary process would print before ending with 1
        traceback.print_exc()
        return 1
    return 0


def _reload_local_zone() -> None:
    """Read the machine's time zone again (it may have changed since the agent started)."""
    if "tzlocal" in sys.modules:
        from tzlocal import reload_localzone

        with suppress(Exception):  # as the console itself: an odd machine means UTC
            reload_localzone()


def _source_times() -> dict[str, int]:
    """Return the modification time of every module of the product this process imported."""
    times: dict[str, int] = {}
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if path and (name == "todo" or name.startswith("todo.")):
            try:
                times[path] = os.stat(path).st_mtime_ns
            except OSError:
                times[path] = -1
    return times


def _remove(path: str, *, inode: int | None = None) -> None:
    """Remove ``path``; with ``inode``, only the file this agent made there."""
    with suppress(FileNotFoundError):
        if inode is not None and os.stat(path).st_ino != inode:
            return
        os.unlink(path)


def main() -> None:
    """Serve the console's commands at the socket named on the command line."""
    address = sys.argv[1]
    base = address.removesuffix(".sock")
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    os.umask(0o077)  # its files are its user's alone
    with open(f"{base}.lock", "a") as lock:
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # another agent serves this socket already
        log_path = f"{base}.log"
        mode = (
            "w" if os.path.exists(log_path) and os.path.getsize(log_path) > LOG_MAX_BYTES else "a"
        )
        with open(log_path, mode, encoding="utf-8") as log:
            os.dup2(log.fileno(), 2)  # whatever reaches the process's own stderr goes here
            signal.signal(signal.SIGTERM, _on_sigterm)
            agent = Agent(address, log)
            try:
                agent.serve()
            except SystemExit as exit_:
                agent.say(f"stopped ({exit_.code})")
            except BaseException:
                agent.say("failed:\n" + traceback.format_exc())
                raise


if __name__ == "__main__":
    main()
