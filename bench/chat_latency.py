"""Latency of one chat turn end to end over HTTP, with the offline engine (the default).

Starts ``todo serve`` (one worker, embedded SQLite in a temporary ``TODO_HOME``) on a free port,
registers a user and sends sequential ``POST /api/v1/chat`` turns, all in one conversation (so
every turn loads a full history window and stores two messages): adds with a date, tags and a
priority, pending lists (up to 100 tasks), statements that name an open task ("the milk 3 is
moved to friday", read a second time beside the open tasks' titles by the learned reader), and
completions by id. Prints p50 and p99 of each kind and of all turns together. Goal on the
reference 2-core machine: p50 under 30 ms.

    .venv/bin/python bench/chat_latency.py [--turns 200]
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
from pathlib import Path

import httpx

TODO = Path(sys.executable).parent / "todo"
PASSWORD = "correct horse battery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def sign_in(http: httpx.Client) -> dict[str, str]:
    for _ in range(300):
        try:
            if http.get("/healthz").status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    email = "bench@example.com"
    http.post("/api/v1/auth/register", json={"email": email, "password": PASSWORD})
    pair = http.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
    return {"Authorization": f"Bearer {pair.json()['access_token']}"}


def run(url: str, turns: int) -> None:
    with httpx.Client(base_url=url, timeout=30) as http:
        headers = sign_in(http)
        conversation: int | None = None
        timings: dict[str, list[float]] = {"add": [], "list": [], "moved": [], "complete": []}
        added: list[int] = []

        def turn(kind: str, message: str) -> dict[str, object]:
            nonlocal conversation
            body: dict[str, object] = {"message": message}
            if conversation is not None:
                body["conversation_id"] = conversation
            started = time.perf_counter()
            response = http.post("/api/v1/chat", json=body, headers=headers)
            elapsed = (time.perf_counter() - started) * 1000
            response.raise_for_status()
            reply: dict[str, object] = response.json()
            conversation = int(str(reply["conversation_id"]))
            timings[kind].append(elapsed)
            return reply

        for number in range(turns):
            reply = turn("add", f"Add a task to buy milk {number} tomorrow at 5pm #home !high")
            calls = reply["tool_calls"]
            assert isinstance(calls, list)
            added.append(int(calls[0]["result"]["task_id"]))
            turn("list", "What's pending?")
        for number in range(turns // 4):  # no verb of the rules: read again beside the list
            turn("moved", f"the milk {number} is moved to friday")
        for task_id in added[: turns // 2]:
            turn("complete", f"Mark task {task_id} as complete")
    every = [value for values in timings.values() for value in values[5:]]
    print(f"todo serve, 1 worker, SQLite, offline engine; {len(every)} sequential turns")
    for kind, values in timings.items():
        kept = values[5:]  # the first turns warm the process up
        print(
            f"  {kind:9} p50 {statistics.median(kept):6.1f} ms   "
            f"p99 {percentile(kept, 0.99):6.1f} ms   ({len(kept)} turns)"
        )
    print(
        f"  {'all':9} p50 {statistics.median(every):6.1f} ms   "
        f"p99 {percentile(every, 0.99):6.1f} ms"
    )


def main(turns: int) -> None:
    with tempfile.TemporaryDirectory() as home:
        port = free_port()
        env = {**os.environ, "TODO_HOME": home, "TODO_LOG_LEVEL": "WARNING"}
        env |= {"TODO_WRITE_RATE_LIMIT": "100000/minute", "TODO_CHAT_ENGINE": "offline"}
        env["TODO_CHAT_RATE_LIMIT"] = "100000/minute"  # one user sends every turn
        env.pop("TODO_DATABASE_URL", None)
        server = subprocess.Popen(
            [str(TODO), "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            run(f"http://127.0.0.1:{port}", turns)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=200)
    main(parser.parse_args().turns)
