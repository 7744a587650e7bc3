"""Real ``todo serve`` processes that a test can kill with SIGKILL and start again.

Each test gets a database of its own — a SQLite file under its ``tmp_path`` (the embedded
default, which the server migrates itself) or a PostgreSQL database created for it, migrated and
dropped at the end — and a :class:`Processes` that starts servers on loopback and stops every one
of them by its pid when the test ends, passed or failed: SIGTERM, then SIGKILL. Every wait has a
deadline, and each process is killed by a watchdog once its lifetime is over, so a stuck test
fails instead of hanging and leaves nothing running.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import anyio
import httpx
import pytest

from tests.conftest import _postgres_database
from tests.e2e.conftest import free_port

TODO = Path(sys.executable).parent / "todo"

#: Signs the access tokens of every server of a test, so a token outlives a restart.
SECRET_KEY = "fault-tests-secret-key-long-enough-for-hs256"

#: How long a process may take to answer ``/readyz`` (a cold start on a busy 2-core machine
#: has been seen to take 18 s).
READY_SECONDS = 120.0
#: How long a process may live at all before the watchdog kills it.
LIFETIME_SECONDS = 600.0
#: How long a process has to exit after SIGTERM, then after SIGKILL.
STOP_SECONDS = 15.0


@dataclass(frozen=True)
class Database:
    """Where a test's servers keep their data: ``env`` for the server, ``url`` to read it."""

    kind: str
    url: str
    env: dict[str, str]


def server_environment(database: Database, **overrides: str) -> dict[str, str]:
    """The environment of a test server: none of the caller's ``TODO_*`` settings (a developer's
    database, broker or server must not leak in), the test's database, a fixed key, quiet logs
    and rate limits that a test's load cannot reach."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("TODO_")}
    env.update(
        TODO_SECRET_KEY=SECRET_KEY,
        TODO_LOG_LEVEL="WARNING",
        TODO_LOGIN_RATE_LIMIT="10000/minute",
        TODO_WRITE_RATE_LIMIT="1000000/minute",
        TODO_ACCESS_TOKEN_MINUTES="120",
        TODO_BROKER_URL="memory://",
    )
    env.update(database.env)
    env.update(overrides)
    return env


@dataclass
class Process:
    """One long-running command (``todo serve``, ``todo worker``…) that can be killed and
    started again with the same command line, environment and port."""

    name: str
    argv: list[str]
    env: dict[str, str]
    directory: Path
    port: int | None = None
    ready_path: str = "/readyz"
    popen: subprocess.Popen[bytes] | None = None
    starts: int = 0
    kills: int = 0
    _watchdog: threading.Timer | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        """The base URL of the server (``http://127.0.0.1:PORT``)."""
        if self.port is None:
            raise RuntimeError(f"{self.name} does not listen on a port")
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        """The pid of the running process."""
        if self.popen is None:
            raise RuntimeError(f"{self.name} was never started")
        return self.popen.pid

    @property
    def log(self) -> Path:
        """The log (stdout and stderr) of the latest start."""
        return self.directory / f"{self.name}-{self.starts}.log"

    def running(self) -> bool:
        """Tell whether the process is alive."""
        return self.popen is not None and self.popen.poll() is None

    def start(self) -> None:
        """Start the command (again); its output goes to :attr:`log`."""
        if self.running():
            raise RuntimeError(f"{self.name} is already running (pid {self.pid})")
        self.starts += 1
        with self.log.open("wb") as output:
            self.popen = subprocess.Popen(
                self.argv,
                env=self.env,
                cwd=self.directory,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        self._watchdog = threading.Timer(LIFETIME_SECONDS, self._expire, args=(self.popen,))
        self._watchdog.daemon = True
        self._watchdog.start()

    def _expire(self, popen: subprocess.Popen[bytes]) -> None:
        if popen.poll() is None:
            popen.kill()

    async def until_ready(self, seconds: float = READY_SECONDS) -> None:
        """Wait until the server answers ``ready_path`` with 200; fail with its log if it exits
        or does not in ``seconds``."""
        last = "no answer"
        deadline = time.monotonic() + seconds
        async with httpx.AsyncClient(base_url=self.url, timeout=5) as http:
            while time.monotonic() < deadline:
                if not self.running():
                    self._fail(f"exited with status {self.popen and self.popen.returncode}")
                try:
                    answer = await http.get(self.ready_path)
                except httpx.TransportError as error:
                    last = repr(error)
                else:
                    if answer.status_code == 200:
                        return
                    last = f"{answer.status_code} {answer.text}"
                await anyio.sleep(0.1)
        self._fail(f"was not ready within {seconds:.0f} s ({last})")

    async def kill(self) -> None:
        """Kill the process with SIGKILL, as a crash or the OOM killer would, and wait until it
        is gone."""
        popen = self._require_running()
        os.kill(popen.pid, signal.SIGKILL)
        self.kills += 1
        deadline = time.monotonic() + STOP_SECONDS
        while popen.poll() is None:
            if time.monotonic() > deadline:
                self._fail(f"survived SIGKILL for {STOP_SECONDS:.0f} s")
            await anyio.sleep(0.02)
        self._disarm()

    def stop(self) -> None:
        """Stop the process if it runs: SIGTERM, then SIGKILL if it lingers."""
        popen = self.popen
        if popen is not None and popen.poll() is None:
            popen.send_signal(signal.SIGTERM)
            try:
                popen.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                popen.kill()
                popen.wait(timeout=STOP_SECONDS)
        self._disarm()

    def logged_errors(self) -> list[dict[str, Any]]:
        """The JSON log lines at level ``error`` of every start, oldest first."""
        errors = []
        for start in range(1, self.starts + 1):
            path = self.directory / f"{self.name}-{start}.log"
            for line in path.read_text(errors="replace").splitlines():
                if line.startswith("{"):
                    with contextlib.suppress(ValueError):
                        entry = json.loads(line)
                        if entry.get("level") == "error":
                            errors.append(entry)
        return errors

    def log_tail(self, characters: int = 4000) -> str:
        """The end of the latest start's log."""
        try:
            return self.log.read_text(errors="replace")[-characters:]
        except OSError as error:
            return f"(no log: {error})"

    def _require_running(self) -> subprocess.Popen[bytes]:
        if self.popen is None or self.popen.poll() is not None:
            self._fail("is not running")
        assert self.popen is not None
        return self.popen

    def _disarm(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None

    def _fail(self, problem: str) -> NoReturn:
        pytest.fail(f"{self.name} (start {self.starts}) {problem}; its log:\n{self.log_tail()}")


class Processes:
    """The processes of one test; :meth:`stop_all` ends every one of them."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._started: list[Process] = []

    def todo_serve(self, database: Database, **env: str) -> Process:
        """A ``todo serve`` on a free loopback port over ``database`` (not started yet); ``env``
        adds or overrides settings."""
        port = free_port()
        process = Process(
            name=f"serve-{len(self._started) + 1}",
            argv=[str(TODO), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=server_environment(database, **env),
            directory=self.directory,
            port=port,
        )
        self._started.append(process)
        return process

    def add(self, process: Process) -> Process:
        """Have :meth:`stop_all` stop ``process`` too (another command than ``todo serve``)."""
        self._started.append(process)
        return process

    def stop_all(self) -> None:
        """Stop every process, the last started first; raise the first failure at the end."""
        failures: list[BaseException] = []
        for process in reversed(self._started):
            try:
                process.stop()
            except Exception as error:  # stop the others anyway
                failures.append(error)
        if failures:
            raise failures[0]


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[Processes]:
    """Start servers with this; each is stopped by its pid when the test ends, however it ends."""
    directory = tmp_path / "processes"
    directory.mkdir()
    running = Processes(directory)
    try:
        yield running
    finally:
        running.stop_all()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fault_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database of this test's own: the embedded SQLite file in a ``TODO_HOME`` under
    ``tmp_path``, or a migrated PostgreSQL database that is dropped afterwards (a missing
    PostgreSQL skips the test, or fails it under ``TODO_TEST_REQUIRE_SERVICES=1``)."""
    home = tmp_path / "home"
    home.mkdir()
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{home / 'todo.db'}"
        yield Database(kind="sqlite", url=url, env={"TODO_HOME": str(home)})
    else:
        for url in _postgres_database():
            yield Database(
                kind="postgres",
                url=url,
                env={"TODO_HOME": str(home), "TODO_DATABASE_URL": url},
            )
