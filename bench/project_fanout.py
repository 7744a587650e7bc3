"""Live delivery to every member of a shared project: from a REST write until its event has
reached the WebSockets of all 50 members (and the owner's).

Starts ``todo serve`` (one worker, embedded SQLite in a temporary ``TODO_HOME``, the relay and the
workers in the server) once per broker, as ``bench/ws_latency.py`` does: the memory broker, then
Redis Streams. Registers an owner and 50 members, shares one project with the members as
editors, opens one WebSocket per person, then makes sequential ``POST /api/v1/tasks`` into the
project, timing each until its ``todo.task.created`` event had arrived on all 51 sockets. Beside
it, in the same server: the same writes into the owner's Inbox with only the owner's socket open
(the single-user baseline), in alternating blocks. Prints p50 and p99 of both. Goal on the
reference 2-core machine: p99 under 100 ms for the 51 sockets.

    .venv/bin/python bench/project_fanout.py [--members 50] [--writes 200] [--brokers memory,redis]
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import statistics
import tempfile

import anyio
import httpx
import redis

from ws_latency import (
    Server,
    brokers,
    forget_streams,
    open_socket,
    percentile,
    sign_up,
    timed_writes,
    todo_serve,
    wait_ready,
)

BLOCKS = 4


async def measure(
    server: Server, members: int, writes: int
) -> tuple[list[float], list[float], list[float]]:
    """Return, in ms: write → every member's socket, write → the owner's socket (Inbox), and
    the POSTs into the project alone."""
    await wait_ready(server)
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        owner = await sign_up(http, "owner@example.com")
        made = await http.post("/api/v1/projects", json={"name": "Team"}, headers=owner)
        made.raise_for_status()
        project = made.json()["id"]
        people = []
        for index in range(members):
            email = f"member{index}@example.com"
            people.append(await sign_up(http, email))
            shared = await http.post(
                f"/api/v1/projects/{project}/members",
                json={"email": email, "role": "editor"},
                headers=owner,
            )
            shared.raise_for_status()
        sockets = [await open_socket(server, headers) for headers in [owner, *people]]
        shared_times: list[float] = []
        alone_times: list[float] = []
        posted: list[float] = []
        try:
            per_block = max(1, writes // BLOCKS)
            for _ in range(BLOCKS):
                delivered, sent = await timed_writes(
                    http, owner, sockets, per_block, {"project_id": project}
                )
                shared_times += delivered
                posted += sent
                alone, _ = await timed_writes(http, owner, sockets[:1], per_block)
                alone_times += alone
        finally:
            for socket_ in sockets:
                await socket_.close()
        return shared_times, alone_times, posted


def line(label: str, values: list[float]) -> str:
    return (
        f"    {label:34} p50 {statistics.median(values):6.1f} ms   "
        f"p99 {percentile(values, 0.99):6.1f} ms"
    )


def main(members: int, writes: int, names: list[str], redis_url: str) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 4096)), hard))
    print(f"todo serve, 1 worker, SQLite; a project shared with {members} members")
    for name, env in brokers(names, redis_url).items():
        try:
            with tempfile.TemporaryDirectory() as home, todo_serve(home, env) as server:
                shared, alone, posted = anyio.run(measure, server, members, writes)
        except (RuntimeError, OSError, httpx.HTTPError, TimeoutError) as error:
            print(f"  {name:8} not measured: {str(error).splitlines()[0][:200]}")
            continue
        finally:
            if "TODO_BROKER_PREFIX" in env:
                with contextlib.suppress(redis.RedisError):
                    forget_streams(redis_url, env["TODO_BROKER_PREFIX"])
        print(f"  {name}:")
        print(line(f"write → all {members + 1} sockets", shared))
        print(line("write → owner's socket (Inbox)", alone))
        print(line("POST into the project alone", posted))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--brokers", default="memory,redis")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379")
    arguments = parser.parse_args()
    main(arguments.members, arguments.writes, arguments.brokers.split(","), arguments.redis_url)
