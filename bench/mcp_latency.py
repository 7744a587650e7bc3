"""Tool-call latency over MCP Streamable HTTP, through the official SDK client.

Starts ``todo serve`` (one worker, embedded SQLite in a temporary ``TODO_HOME``) on a free port,
registers a user, and makes 200 sequential ``add_task`` calls and then 200 sequential
``list_tasks`` calls (``status=pending``, which then returns the first 100 tasks) with the SDK's
client, signed in with an access token and then with a personal access token. Prints p50 and p99
of each. Goal on the reference 2-core machine: p50 under 15 ms.

    .venv/bin/python bench/mcp_latency.py [--calls 200]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import httpx2
from mcp.client.client import Client
from mcp.client.streamable_http import streamable_http_client

TODO = Path(sys.executable).parent / "todo"
PASSWORD = "correct horse battery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


async def timed(calls: int, call: Callable[[], Awaitable[Any]]) -> tuple[float, float]:
    for _ in range(5):
        await call()
    timings = []
    for _ in range(calls):
        started = time.perf_counter()
        result = await call()
        timings.append((time.perf_counter() - started) * 1000)
        assert not result.is_error, result.content
    return statistics.median(timings), percentile(timings, 0.99)


async def measure(url: str, token: str, label: str, calls: int) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=30) as http,
        Client(streamable_http_client(f"{url}/mcp/", http_client=http)) as client,
    ):
        number = iter(range(10**9))

        async def add() -> Any:
            return await client.call_tool("add_task", {"title": f"Task {next(number)}"})

        async def listing() -> Any:
            return await client.call_tool("list_tasks", {"status": "pending"})

        for name, call in (("add_task", add), ("list_tasks", listing)):
            p50, p99 = await timed(calls, call)
            print(f"  {label:16} {name:11} p50 {p50:6.1f} ms   p99 {p99:6.1f} ms")


async def run(url: str, calls: int) -> None:
    async with httpx2.AsyncClient(base_url=url, timeout=30) as http:
        for _ in range(300):
            try:
                if (await http.get("/healthz")).status_code == 200:
                    break
            except httpx2.HTTPError:
                await anyio.sleep(0.1)
        email = "bench@example.com"
        await http.post("/api/v1/auth/register", json={"email": email, "password": PASSWORD})
        pair = await http.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
        access = pair.json()["access_token"]
        created = await http.post(
            "/api/v1/tokens",
            json={"name": "bench", "scopes": ["tasks:read", "tasks:write"]},
            headers={"Authorization": f"Bearer {access}"},
        )
        personal = created.json()["token"]
    print(f"todo serve, 1 worker, SQLite; {calls} sequential calls each via the MCP SDK")
    await measure(url, access, "access token", calls)
    await measure(url, personal, "personal token", calls)


def main(calls: int) -> None:
    with tempfile.TemporaryDirectory() as home:
        port = free_port()
        env = {**os.environ, "TODO_HOME": home, "TODO_LOG_LEVEL": "WARNING"}
        env |= {"TODO_WRITE_RATE_LIMIT": "100000/minute"}
        env.pop("TODO_DATABASE_URL", None)
        server = subprocess.Popen(
            [str(TODO), "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            anyio.run(run, f"http://127.0.0.1:{port}", calls)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    main(parser.parse_args().calls)
