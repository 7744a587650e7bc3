"""Live-update latency: from sending a REST write until its event arrives on a WebSocket.

Starts ``todo serve`` (one worker, embedded SQLite in a temporary ``TODO_HOME``, the relay and
the workers in the server) on a free port, once per broker: the memory broker, then Redis
Streams (``TODO_BROKER_URL=redis://127.0.0.1:6379`` with a ``TODO_BROKER_PREFIX`` of its own,
whose streams are deleted afterwards). Registers a user, opens ``WS /api/v1/ws`` with its access
token and makes 200 sequential ``POST /api/v1/tasks`` (after 10 for warm-up), timing each from
sending the request until its ``todo.task.created`` event arrived on the socket. Prints p50 and
p99 per broker, and those of the POST alone. Goal on the reference 2-core machine: p99 under
100 ms. A broker that cannot be reached is reported and skipped.

    .venv/bin/python bench/ws_latency.py [--writes 200] [--brokers memory,redis]
        [--redis-url redis://127.0.0.1:6379]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx
import orjson
import redis
from websockets.asyncio.client import ClientConnection, connect

TODO = Path(sys.executable).parent / "todo"
PASSWORD = "correct horse battery"
WARM_UP = 10


@dataclass
class Server:
    """A running ``todo serve``: its URL, process id and log file."""

    url: str
    pid: int
    log: Path

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://") + "/api/v1/ws"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


@contextmanager
def todo_serve(home: str, env: dict[str, str] | None = None) -> Iterator[Server]:
    """Run ``todo serve`` in ``home`` with ``env`` added to the environment until the block ends.

    The server inherits this process's limits (raise ``RLIMIT_NOFILE`` first for many sockets).
    """
    port = free_port()
    environment = {
        **os.environ,
        "TODO_HOME": home,
        "TODO_LOG_LEVEL": "WARNING",
        "TODO_WRITE_RATE_LIMIT": "1000000/minute",
        "TODO_LOGIN_RATE_LIMIT": "1000/minute",
        **(env or {}),
    }
    environment.pop("TODO_DATABASE_URL", None)
    log = Path(home) / "server.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [str(TODO), "serve", "--port", str(port)],
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            yield Server(url=f"http://127.0.0.1:{port}", pid=server.pid, log=log)
        finally:
            server.terminate()
            server.wait(timeout=30)


async def wait_ready(server: Server, *, seconds: float = 30) -> None:
    """Wait until ``/readyz`` says the database and the broker answer; raise with the log if not."""
    last = "no answer"
    async with httpx.AsyncClient(base_url=server.url, timeout=5) as http:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                answer = await http.get("/readyz")
            except httpx.HTTPError as error:
                last = str(error)
            else:
                if answer.status_code == 200:
                    return
                last = answer.text
            await anyio.sleep(0.1)
    raise RuntimeError(f"not ready: {last}\n{server.log.read_text()[-2000:]}")


async def sign_up(http: httpx.AsyncClient, email: str) -> dict[str, str]:
    """Register ``email`` and return the headers of its access token."""
    registered = await http.post(
        "/api/v1/auth/register", json={"email": email, "password": PASSWORD}
    )
    registered.raise_for_status()
    pair = await http.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
    pair.raise_for_status()
    return {"Authorization": f"Bearer {pair.json()['access_token']}"}


async def open_socket(server: Server, headers: dict[str, str], **options: Any) -> ClientConnection:
    """Open ``WS /api/v1/ws`` with ``headers`` and wait for ``ready``."""
    socket_ = await connect(server.ws_url, additional_headers=headers, open_timeout=60, **options)
    ready = orjson.loads(await socket_.recv())
    if ready.get("type") != "ready":
        raise RuntimeError(f"expected ready, got {ready}")
    return socket_


class Arrivals:
    """When each task's ``todo.task.created`` reached each watched socket (by task title)."""

    def __init__(self) -> None:
        self._waiting: dict[tuple[int, str], asyncio.Future[float]] = {}

    def expect(
        self, sockets: Sequence[ClientConnection], title: str
    ) -> list[asyncio.Future[float]]:
        loop = asyncio.get_running_loop()
        futures = []
        for socket_ in sockets:
            future: asyncio.Future[float] = loop.create_future()
            self._waiting[(id(socket_), title)] = future
            futures.append(future)
        return futures

    async def watch(self, socket_: ClientConnection) -> None:
        """Note the arrival of every task event on ``socket_`` until it closes."""
        async for raw in socket_:
            at = time.perf_counter()
            message = orjson.loads(raw)
            if message.get("type") != "event":
                continue
            title = message["event"]["data"].get("task", {}).get("title")
            future = self._waiting.pop((id(socket_), title), None)
            if future is not None and not future.done():
                future.set_result(at)


async def timed_writes(
    http: httpx.AsyncClient,
    headers: dict[str, str],
    sockets: Sequence[ClientConnection],
    writes: int,
    fields: dict[str, Any] | None = None,
) -> tuple[list[float], list[float]]:
    """Make ``writes`` sequential task creations (with ``fields`` besides the title); return,
    in ms, the times until each event had reached every one of ``sockets``, and the times of
    the POSTs alone."""
    arrivals = Arrivals()
    watchers = [asyncio.create_task(arrivals.watch(socket_)) for socket_ in sockets]
    delivered: list[float] = []
    posted: list[float] = []
    try:
        for index in range(WARM_UP + writes):
            title = f"bench {index} {uuid.uuid4().hex[:8]}"
            futures = arrivals.expect(sockets, title)
            started = time.perf_counter()
            body = {"title": title, **(fields or {})}
            created = await http.post("/api/v1/tasks", json=body, headers=headers)
            answered = time.perf_counter()
            created.raise_for_status()
            with anyio.fail_after(10):
                arrived = max([await future for future in futures])
            if index >= WARM_UP:
                delivered.append((arrived - started) * 1000)
                posted.append((answered - started) * 1000)
    finally:
        for watcher in watchers:
            watcher.cancel()
        await asyncio.gather(*watchers, return_exceptions=True)
    return delivered, posted


def summary(label: str, delivered: list[float], posted: list[float]) -> str:
    return (
        f"  {label:8} write → event p50 {statistics.median(delivered):6.1f} ms   "
        f"p99 {percentile(delivered, 0.99):6.1f} ms   "
        f"(POST alone p50 {statistics.median(posted):5.1f} ms, "
        f"p99 {percentile(posted, 0.99):5.1f} ms)"
    )


async def measure(server: Server, writes: int) -> tuple[list[float], list[float]]:
    await wait_ready(server)
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        headers = await sign_up(http, "bench@example.com")
        socket_ = await open_socket(server, headers)
        try:
            return await timed_writes(http, headers, [socket_], writes)
        finally:
            await socket_.close()


def brokers(names: list[str], redis_url: str) -> dict[str, dict[str, str]]:
    """The environment of ``todo serve`` for each broker asked for."""
    known = {
        "memory": {"TODO_BROKER_URL": "memory://"},
        "redis": {
            "TODO_BROKER_URL": redis_url,
            "TODO_BROKER_PREFIX": f"bench-{uuid.uuid4().hex[:8]}",
            "TODO_WORKERS_IN_SERVER": "yes",
        },
    }
    return {name: known[name] for name in names}


def forget_streams(url: str, prefix: str) -> None:
    """Delete the Redis streams (and so their groups) whose names start with ``prefix``."""
    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(match=f"{prefix}.*"))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def main(writes: int, names: list[str], redis_url: str) -> None:
    print(f"todo serve, 1 worker, SQLite; {writes} sequential POST /api/v1/tasks, one WebSocket")
    for name, env in brokers(names, redis_url).items():
        try:
            with tempfile.TemporaryDirectory() as home, todo_serve(home, env) as server:
                delivered, posted = anyio.run(measure, server, writes)
        except (RuntimeError, OSError, httpx.HTTPError, TimeoutError) as error:
            print(f"  {name:8} not measured: {str(error).splitlines()[0][:200]}")
            continue
        finally:
            if "TODO_BROKER_PREFIX" in env:
                with contextlib.suppress(redis.RedisError):
                    forget_streams(redis_url, env["TODO_BROKER_PREFIX"])
        print(summary(name, delivered, posted))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--brokers", default="memory,redis", help="memory and/or redis")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379")
    arguments = parser.parse_args()
    main(arguments.writes, arguments.brokers.split(","), arguments.redis_url)
