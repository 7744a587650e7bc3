"""Many idle WebSockets: the server's memory, and live-update latency while they stay open.

Starts one ``todo serve`` (memory broker, embedded SQLite in a temporary ``TODO_HOME``) on a
free port, after raising this process's file-descriptor soft limit with ``resource.setrlimit``
(the server inherits it). Opens 5,000 idle connections to ``WS /api/v1/ws``, each signed in as
a user of its own with an access token minted with the server's key (what a sign-in issues;
5,000 argon2 sign-ups would take minutes), 100 handshakes at a time. Then, while all of them stay
open, a registered user with 4 connections of their own makes 200 sequential
``POST /api/v1/tasks`` (after 10 for warm-up), each timed from sending the request until its
event had reached all 4. Prints the server's resident memory before and after the connections,
per connection, and p50/p99. Goal on the reference 2-core machine, which the client shares:
≥ 5,000 idle connections with p99 under 100 ms.

The client negotiates per-message deflate as browsers do; ``--no-compression`` shows the memory
without it.

    .venv/bin/python bench/ws_connections.py [--connections 5000] [--writes 200]
        [--no-compression]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import secrets
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import httpx
from websockets.asyncio.client import ClientConnection

from todo.adapters.security import AccessTokens
from todo.domain.scopes import Scope
from ws_latency import (
    Server,
    open_socket,
    percentile,
    sign_up,
    timed_writes,
    todo_serve,
    wait_ready,
)

WATCHED = 4
HANDSHAKES_AT_ONCE = 100


def raise_file_limit(needed: int) -> int:
    """Raise the soft ``RLIMIT_NOFILE`` towards ``needed``; return the limit now in force."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < needed:
        wanted = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        soft = wanted
    return soft


def resident_mib(pid: int) -> float:
    """Return the resident memory (VmRSS) of process ``pid`` in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


async def drain(socket_: ClientConnection) -> None:
    """Read and drop what an idle connection receives (heartbeats), as a client would."""
    async for _ in socket_:
        pass


async def open_idle(
    server: Server, tokens: AccessTokens, count: int, options: dict[str, Any]
) -> list[ClientConnection]:
    """Open ``count`` connections, each signed in as a different (made-up) user."""
    gate = asyncio.Semaphore(HANDSHAKES_AT_ONCE)
    now = datetime.now(UTC)

    async def one(number: int) -> ClientConnection:
        token = tokens.issue(
            user_id=f"idle-{number}",
            role="user",
            timezone="UTC",
            scopes=frozenset({Scope.TASKS_READ}),
            now=now,
        )
        async with gate:
            return await open_socket(server, {"Authorization": f"Bearer {token}"}, **options)

    return list(await asyncio.gather(*(one(number) for number in range(count))))


async def measure(server: Server, key: str, count: int, writes: int, compression: bool) -> None:
    await wait_ready(server)
    options: dict[str, Any] = {"ping_interval": None}
    if not compression:
        options["compression"] = None
    tokens = AccessTokens(key.encode(), lifetime=timedelta(hours=2))
    before = resident_mib(server.pid)
    started = time.perf_counter()
    idle = await open_idle(server, tokens, count, options)
    opened = time.perf_counter() - started
    drains = [asyncio.create_task(drain(socket_)) for socket_ in idle]
    after = resident_mib(server.pid)
    print(
        f"  {len(idle)} idle connections open in {opened:.1f} s; server RSS {before:.0f} MiB → "
        f"{after:.0f} MiB ({(after - before) * 1024 / max(1, len(idle)):.1f} KiB per connection)"
    )
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        headers = await sign_up(http, "bench@example.com")
        watched = [await open_socket(server, headers, **options) for _ in range(WATCHED)]
        delivered, posted = await timed_writes(http, headers, watched, writes)
        alive = sum(1 for socket_ in idle if socket_.close_code is None)
        print(
            f"  write → event on all {WATCHED} sockets of the writer, with {alive} idle open: "
            f"p50 {statistics.median(delivered):.1f} ms, p99 {percentile(delivered, 0.99):.1f} ms"
            f"  (POST alone p50 {statistics.median(posted):.1f} ms, "
            f"p99 {percentile(posted, 0.99):.1f} ms)"
        )
        print(f"  server RSS at the end {resident_mib(server.pid):.0f} MiB")
        for socket_ in watched:
            await socket_.close()
    for task in drains:
        task.cancel()
    await asyncio.gather(*drains, return_exceptions=True)
    closing = time.perf_counter()
    await asyncio.gather(*(socket_.close() for socket_ in idle))
    print(f"  closed them all in {time.perf_counter() - closing:.1f} s")


def main(count: int, writes: int, compression: bool) -> None:
    limit = raise_file_limit(count + WATCHED + 1000)
    if limit < count + WATCHED + 100:
        print(f"The file-descriptor limit is {limit}: opening {limit - WATCHED - 100} instead.")
        count = limit - WATCHED - 100
    key = secrets.token_urlsafe(48)
    deflate = "with" if compression else "without"
    print(f"todo serve, 1 worker, SQLite, memory broker; {count} idle WebSockets {deflate} deflate")
    with (
        tempfile.TemporaryDirectory() as home,
        todo_serve(home, {"TODO_SECRET_KEY": key}) as server,
    ):
        anyio.run(measure, server, key, count, writes, compression)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=5000)
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--no-compression", action="store_true")
    arguments = parser.parse_args()
    main(arguments.connections, arguments.writes, not arguments.no_compression)
