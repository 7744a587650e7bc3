"""HTTP load on ``todo serve`` (one worker): requests/s, p50 and p99 per endpoint, per database.

For PostgreSQL (``TODO_BENCH_POSTGRES_URL``, default the local ``test`` server; a database of its
own is created and dropped) and for SQLite (a temporary file): migrate, register one user, give
them 10,000 tasks (a third of them tagged), start ``todo serve`` as a subprocess on a free port
and load it from another process, ``wrk``, with 32 connections for 10 s per endpoint (after a
2 s warm-up), in three rounds:

* ``GET /api/v1/tasks``        the first page (50) of the user's 10,000 tasks
* ``GET /api/v1/tasks/{id}``   a random one of those tasks
* ``POST /api/v1/tasks``       a new task with a tag

On PostgreSQL the bare baseline (``bench/baseline_asgi.py``: Starlette + asyncpg + PyJWT +
orjson, one uvicorn worker) runs beside it on the same database, after a check that it returns
the same page, and serves the same calls; each round loads ours and then the baseline's, so that
what else the machine does at a moment falls on both. The report gives each figure's median over
the rounds with its range, and the ratio ours / baseline of the medians. A single 10-second p99
on this kind of machine moves by a factor of two from run to run (a few requests held up by the
machine itself, the baseline's too), hence the rounds. The load generator runs on the same
machine as the server and takes part of its CPU.

    .venv/bin/python bench/api_load.py [--tasks 10000] [--connections 32] [--duration 10]
        [--rounds 3] [--databases postgres,sqlite] [--json results.json]

Needs ``wrk`` (Debian/Ubuntu: ``apt-get install -y wrk``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from statistics import median
from typing import IO, Any

import anyio
import httpx
from sqlalchemy import insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from seed import seed_tasks
from todo.adapters.database import create_engine
from todo.adapters.migrations import upgrade
from todo.bootstrap import build_app
from todo.config import Settings
from todo.domain.actor import Actor
from todo.domain.tags import Tag, TaskTag
from todo.domain.users import UserRegister
from todo.services import registration

POSTGRES = os.environ.get("TODO_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
BENCH = Path(__file__).resolve().parent
TODO = Path(sys.executable).parent / "todo"
BASELINE = BENCH / "baseline_asgi.py"
SECRET = "bench-" + uuid.uuid4().hex + uuid.uuid4().hex
PASSWORD = "correct horse battery"
TAGS = ("home", "work", "errands", "garden", "later")
NEW_TASK = {"title": "Write the load report", "priority": "high", "tags": ["bench"]}
LIST = "GET /api/v1/tasks"
READ = "GET /api/v1/tasks/{id}"
CREATE = "POST /api/v1/tasks"

# wrk's Lua: the bearer token on every request, and the figures printed as one JSON line.
LUA_COMMON = """
wrk.headers["Authorization"] = "Bearer %(token)s"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%%d,"duration_us":%%d,"p50_us":%%d,"p99_us":%%d,'
    .. '"max_us":%%d,"non_2xx":%%d,"socket_errors":%%d}\\n',
    summary.requests, summary.duration, math.floor(latency:percentile(50)),
    math.floor(latency:percentile(99)), latency.max, e.status,
    e.connect + e.read + e.write + e.timeout))
end
"""
LUA_READ = """
local lo, hi = %(lo)d, %(hi)d
local counter = 0
setup = function(thread) counter = counter + 1; thread:set("seed", counter) end
init = function(args) math.randomseed(seed or 1) end
request = function()
  return wrk.format("GET", "/api/v1/tasks/" .. math.random(lo, hi))
end
"""
LUA_CREATE = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '%(body)s'
"""


@dataclass
class Figure:
    database: str
    server: str
    endpoint: str
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    max_ms: float
    requests: int
    non_2xx: int
    socket_errors: int


@dataclass
class Seeded:
    user_id: str
    email: str
    first_id: int
    last_id: int


def require(condition: bool, problem: str) -> None:
    if not condition:
        raise SystemExit(f"bench setup failed: {problem}")


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_up(base: str, process: subprocess.Popen[bytes], log: Path, path: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text()[-3000:]
            raise SystemExit(f"the server exited ({process.returncode}):\n{tail}")
        try:
            if httpx.get(base + path, timeout=1).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the server did not come up in 60 s:\n{log.read_text()[-3000:]}")


@contextmanager
def server(
    command: list[str], env: dict[str, str], home: Path, name: str, ready_path: str
) -> Iterator[str]:
    """Run ``command`` (a server listening on ``env['PORT']``) and yield its base URL."""
    port = int(env["PORT"])
    log = home / f"{name}.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*command, "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            cwd=home,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(base, process, log, ready_path)
            yield base
        except BaseException:
            print(f"--- {name} log (tail) ---\n{log.read_text()[-4000:]}", file=sys.stderr)
            raise
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wrk(url: str, lua: str, *, connections: int, threads: int, seconds: int) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua)
    try:
        result = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{seconds}s",
                "--timeout",
                "10s",
                "-s",
                script.name,
                url,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        os.unlink(script.name)
    if result.returncode != 0:
        raise SystemExit(f"wrk failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    for line in result.stdout.splitlines():
        if line.startswith("WRK_JSON "):
            figures: dict[str, Any] = json.loads(line.removeprefix("WRK_JSON "))
            return figures
    raise SystemExit(f"no figures from wrk:\n{result.stdout}\n{result.stderr}")


def load(
    database: str,
    server_name: str,
    endpoint: str,
    url: str,
    lua: str,
    arguments: argparse.Namespace,
) -> Figure:
    options = {
        "connections": arguments.connections,
        "threads": arguments.threads,
    }
    if arguments.warmup > 0:
        wrk(url, lua, seconds=arguments.warmup, **options)
    raw = wrk(url, lua, seconds=arguments.duration, **options)
    figure = Figure(
        database=database,
        server=server_name,
        endpoint=endpoint,
        requests_per_s=raw["requests"] / (raw["duration_us"] / 1e6),
        p50_ms=raw["p50_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        max_ms=raw["max_us"] / 1000,
        requests=raw["requests"],
        non_2xx=raw["non_2xx"],
        socket_errors=raw["socket_errors"],
    )
    print(
        f"  {server_name:9} {endpoint:24} {figure.requests_per_s:8,.0f} req/s   "
        f"p50 {figure.p50_ms:6.1f} ms   p99 {figure.p99_ms:6.1f} ms"
        + (f"   non-2xx {figure.non_2xx}" if figure.non_2xx else "")
        + (f"   socket errors {figure.socket_errors}" if figure.socket_errors else ""),
        flush=True,
    )
    return figure


async def prepare(url: str, home: Path, count: int) -> Seeded:
    """Migrate, register the user, seed ``count`` tasks (a third tagged) and refresh statistics."""
    engine = create_engine(url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()
    app = await build_app(Settings(home=home, database_url=url, secret_key=SECRET))
    try:
        email = f"{uuid.uuid4().hex[:12]}@bench.test"
        user = await registration.create_account(
            app.uow(), kit=app.auth, data=UserRegister(email=email, password=PASSWORD)
        )
        await seed_tasks(app, Actor(user_id=user.id), count)
        async with app.engine.connect() as connection:
            first, last, seeded = (
                await connection.execute(
                    text("SELECT min(id), max(id), count(*) FROM tasks WHERE user_id = :user"),
                    {"user": user.id},
                )
            ).one()
        require(seeded == count == last - first + 1, f"ids {first}..{last} for {seeded} tasks")
        async with app.sessions() as session:
            now = datetime.now(UTC)
            tags = [Tag(user_id=user.id, name=name, key=name, created_at=now) for name in TAGS]
            session.add_all(tags)
            await session.flush()
            links = [
                {"task_id": task_id, "tag_id": tags[(task_id + extra) % len(tags)].id}
                for task_id in range(first, last + 1)
                for extra in ((0, 1) if task_id % 6 == 0 else (0,) if task_id % 3 == 0 else ())
            ]
            await session.exec(insert(TaskTag), params=links)
            await session.commit()
        if not app.embedded:
            autocommit = app.engine.execution_options(isolation_level="AUTOCOMMIT")
            async with autocommit.connect() as connection:
                await connection.execute(text("VACUUM ANALYZE"))
        return Seeded(user_id=user.id, email=email, first_id=first, last_id=last)
    finally:
        await app.aclose()


def sign_in(base: str, email: str) -> str:
    response = httpx.post(
        base + "/api/v1/auth/token", data={"username": email, "password": PASSWORD}, timeout=30
    )
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token


def check(base: str, token: str, seeded: Seeded) -> dict[str, Any]:
    """Call each endpoint once; return the first page."""
    headers = {"Authorization": f"Bearer {token}"}
    page = httpx.get(base + "/api/v1/tasks", headers=headers, timeout=30)
    page.raise_for_status()
    body: dict[str, Any] = page.json()
    require(len(body["items"]) == 50, f"the first page has {len(body['items'])} tasks")
    require(body["next_cursor"] is not None, "the first page has no next_cursor")
    require(any(item["tags"] for item in body["items"]), "no tags on the first page")
    one = httpx.get(f"{base}/api/v1/tasks/{seeded.first_id}", headers=headers, timeout=30)
    require(one.status_code == 200, f"GET one task: {one.status_code} {one.text}")
    return body


def run_database(
    label: str, url: str, home: Path, arguments: argparse.Namespace, figures: list[Figure]
) -> None:
    started = time.perf_counter()
    seeded = anyio.run(prepare, url, home, arguments.tasks)
    print(
        f"{label}: {arguments.tasks:,} tasks seeded in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    env = {
        **os.environ,
        "PORT": str(free_port()),
        "TODO_HOME": str(home),
        "TODO_DATABASE_URL": url,
        "TODO_SECRET_KEY": SECRET,
        "TODO_WRITE_RATE_LIMIT": "100000000/minute",
        "TODO_ACCESS_TOKEN_MINUTES": "120",
    }
    with ExitStack() as servers:
        base = servers.enter_context(
            server([str(TODO), "serve"], env, home, "todo-serve", "/healthz")
        )
        token = sign_in(base, seeded.email)
        ours = check(base, token, seeded)
        targets = {"todo": base}
        if not url.startswith("sqlite"):
            targets["baseline"] = servers.enter_context(baseline(url, home, token, ours))
        common = LUA_COMMON % {"token": token}
        lo, hi = seeded.first_id, seeded.last_id
        scripts = {
            LIST: ("/api/v1/tasks", common),
            READ: ("/api/v1/tasks/1", common + LUA_READ % {"lo": lo, "hi": hi}),
            CREATE: ("/api/v1/tasks", common + LUA_CREATE % {"body": json.dumps(NEW_TASK)}),
        }
        # Each endpoint in rounds, ours then the baseline's, so that what else the machine does
        # at a moment falls on both alike.
        for endpoint, (path, lua) in scripts.items():
            for _ in range(arguments.rounds):
                for name, target in targets.items():
                    figures.append(load(label, name, endpoint, target + path, lua, arguments))


@contextmanager
def baseline(url: str, home: Path, token: str, ours: dict[str, Any]) -> Iterator[str]:
    """Run the bare baseline on the same database; yield its base URL."""
    env = {
        **os.environ,
        "PORT": str(free_port()),
        "BASELINE_DATABASE_URL": url,
        "BASELINE_SECRET_KEY": SECRET,
    }
    command = [sys.executable, str(BASELINE)]
    with server(command, env, home, "baseline", "/api/v1/tasks") as base:
        page = httpx.get(
            base + "/api/v1/tasks", headers={"Authorization": f"Bearer {token}"}, timeout=30
        )
        page.raise_for_status()
        if page.json() != ours:
            print("  WARNING: the baseline's page differs from the API's page", flush=True)
        yield base


@contextmanager
def postgres_database() -> Iterator[str]:
    admin_url = make_url(POSTGRES).set(drivername="postgresql+asyncpg")
    name = f"todo_bench_{uuid.uuid4().hex[:8]}"

    async def admin(statement: str) -> None:
        engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
        try:
            async with engine.connect() as connection:
                await connection.execute(text(statement))
        finally:
            await engine.dispose()

    anyio.run(admin, f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        anyio.run(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def report(figures: list[Figure], out: IO[str]) -> None:
    """Print each server's endpoint over its rounds (median, and the range), then the goals."""
    groups: dict[tuple[str, str, str], list[Figure]] = {}
    for figure in figures:
        groups.setdefault((figure.database, figure.server, figure.endpoint), []).append(figure)
    print(file=out)
    print(
        f"{'database':11} {'server':9} {'endpoint':24} {'req/s (median, range)':>24} "
        f"{'p50 ms':>7} {'p99 ms (median, range)':>24} {'non-2xx':>8}",
        file=out,
    )
    for (database, name, endpoint), rounds in groups.items():
        rates = [f.requests_per_s for f in rounds]
        p99s = [f.p99_ms for f in rounds]
        print(
            f"{database:11} {name:9} {endpoint:24} "
            f"{median(rates):7,.0f} ({min(rates):,.0f}–{max(rates):,.0f}){'':>3} "
            f"{median(f.p50_ms for f in rounds):7.1f} "
            f"{median(p99s):7.1f} ({min(p99s):.1f}–{max(p99s):.1f}){'':>3} "
            f"{sum(f.non_2xx + f.socket_errors for f in rounds):8}",
            file=out,
        )
    # Issue 14's goals: each call against the bare-driver baseline of the same run, on the
    # medians of the rounds (the range of the per-round ratios says how much they move).
    goals = ((LIST, 0.6, 50.0), (READ, 0.6, 50.0), (CREATE, 0.3, None))
    for endpoint, share, p99_goal in goals:
        ours = groups.get(("PostgreSQL", "todo", endpoint))
        bare = groups.get(("PostgreSQL", "baseline", endpoint))
        if not ours or not bare:
            continue
        ratio = median(f.requests_per_s for f in ours) / median(f.requests_per_s for f in bare)
        per_round = [a.requests_per_s / b.requests_per_s for a, b in zip(ours, bare, strict=False)]
        p99 = median(f.p99_ms for f in ours)
        met = ratio >= share and (p99_goal is None or p99 < p99_goal)
        p99_text = f", p99 < {p99_goal:.0f} ms" if p99_goal is not None else ""
        print(
            f"{endpoint}: ours / baseline (same run, median of {len(ours)} rounds) {ratio:.2f} of "
            f"its req/s (per round {min(per_round):.2f}–{max(per_round):.2f}), p99 {p99:.1f} ms "
            f"against {median(f.p99_ms for f in bare):.1f} ms; goal >= {share:.1f}x{p99_text}: "
            f"{'met' if met else 'NOT met'}",
            file=out,
        )
    print(
        f"Note: wrk ran on the same {os.cpu_count()}-core machine as the server, taking part of "
        f"its CPU. Load average at the end: {load_average()} (other processes distort the run).",
        file=out,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--duration", type=int, default=10, help="seconds per endpoint")
    parser.add_argument(
        "--rounds", type=int, default=3, help="runs of each endpoint (ours, then the baseline's)"
    )
    parser.add_argument("--warmup", type=int, default=2, help="seconds before each")
    parser.add_argument("--databases", default="postgres,sqlite")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    arguments = parser.parse_args()
    if shutil.which("wrk") is None:
        print(
            "wrk is not installed. On Debian/Ubuntu: apt-get install -y wrk "
            "(or sudo apt-get update && sudo apt-get install -y wrk)",
            file=sys.stderr,
        )
        return 2
    if not TODO.exists():
        print(f"{TODO} is missing: run `uv sync` first.", file=sys.stderr)
        return 2
    databases = [name.strip() for name in arguments.databases.split(",") if name.strip()]
    print(
        f"todo serve, 1 worker; wrk -t{arguments.threads} -c{arguments.connections}, "
        f"{arguments.rounds} rounds of {arguments.duration:g} s per endpoint, each after "
        f"{arguments.warmup:g} s warm-up; "
        f"{os.cpu_count()} cores shared by server, database and wrk; "
        f"load average {load_average()}.",
        flush=True,
    )
    figures: list[Figure] = []
    for name in databases:
        with tempfile.TemporaryDirectory(prefix="todo-load-") as directory:
            home = Path(directory)
            if name == "postgres":
                with postgres_database() as url:
                    run_database("PostgreSQL", url, home, arguments, figures)
            elif name == "sqlite":
                url = f"sqlite+aiosqlite:///{home / 'todo.db'}"
                run_database("SQLite", url, home, arguments, figures)
            else:
                parser.error(f"unknown database {name!r} (postgres, sqlite)")
    report(figures, sys.stdout)
    if arguments.json:
        arguments.json.write_text(json.dumps([asdict(f) for f in figures], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
