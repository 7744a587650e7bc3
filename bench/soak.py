"""A soak: a realistic mixed load on one ``todo serve`` for minutes, and whether it stays healthy.

Starts ``todo serve`` (one worker, the memory broker, so the relay and the event workers run in
the server) on a free loopback port, over the embedded SQLite file in a temporary ``TODO_HOME``
or over a PostgreSQL database of its own (``TODO_BENCH_POSTGRES_URL``, default the local
``test`` server; created, migrated with ``todo db upgrade``, dropped at the end). Then a number
of users sign up and, each at its own steady pace (together ``--rate`` requests/s), do what
people do: create tasks (with tags, due dates, some with a reminder a minute away, each with an
``Idempotency-Key`` and now and then the same request again), quick-add and preview text, list
with filters and follow a page, read one task (sometimes with ``If-None-Match``), change,
complete, reopen, delete and restore, list and rename tags, read the activity log and the
notifications, talk to the offline chat assistant, refresh their tokens and sign in again. A few
WebSockets stay open all along and count the events they receive.

Every 2 s the server's resident memory, open file descriptors and threads are sampled from
``/proc``. At the end it prints, per kind of request, the count, p50 and p99 latency, 5xx and
other unexpected statuses; the server's RSS at the start, its median over a window after the
warm-up and over the last window of the load (the growth between them in MiB and %) and idle
afterwards; the database size; how many events the workers had yet to process
when the load stopped and after a pause; and the errors the server logged. Exit status 1 when
any request got a 5xx or no answer, or the server died.

    .venv/bin/python bench/soak.py [--duration 600] [--database sqlite|postgres] [--users 8]
        [--rate 40] [--websockets 4] [--warmup 60] [--json soak.json]

The load generator shares the machine with the server (and PostgreSQL): run it on an otherwise
idle machine.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import httpx
import orjson
from sqlalchemy import text
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, WebSocketException

from api_load import free_port, load_average, postgres_database
from todo.adapters.database import create_engine

TODO = Path(sys.executable).parent / "todo"
PASSWORD = "correct horse battery"
SECRET = "soak-" + uuid.uuid4().hex + uuid.uuid4().hex
SAMPLE_SECONDS = 2.0
#: How long, after the load, the workers may take to catch up before the backlog is measured.
DRAIN_SECONDS = 60.0
WORDS = (
    "buy milk",
    "call mom",
    "pay rent",
    "book flights",
    "fix the printer",
    "water plants",
    "send the invoice",
    "review slides",
    "renew insurance",
    "clean the kitchen",
    "order ink",
    "plan the trip",
    "read the report",
    "email the school",
    "back up photos",
)
TAGS = ("home", "work", "errands", "garden", "later", "family")
DUE = ("tomorrow", "friday 5pm", "next monday 9am", "in 3 days", "today 18:00")
QUICK = (
    "Pay rent tomorrow 9am #home !high every month",
    "Call the dentist friday 17:30 #health p2",
    "Buy flowers for mom saturday #family",
    "Draft the budget next tuesday #work !urgent",
    "Water the plants every 3 days #garden",
)
#: What users do, and how often (relative weights).
MIX: dict[str, int] = {
    "list": 22,
    "get": 14,
    "create": 12,
    "patch": 9,
    "quick-add": 6,
    "complete": 6,
    "chat": 5,
    "delete": 4,
    "restore": 3,
    "reopen": 3,
    "activity": 3,
    "tags": 3,
    "preview": 3,
    "notifications": 2,
    "me": 2,
    "refresh": 1,
    "sign-in": 1,
    "tag-rename": 1,
}
#: The statuses each kind of request answers when all is well.
EXPECTED: dict[str, tuple[int, ...]] = {
    "sign-up": (201, 202),  # 201 before registration answered uniformly
    "create": (201,),
    "replay": (201,),
    "quick-add": (201,),
    "delete": (204,),
    "get": (200, 304),
    "tag-rename": (200, 404),  # the tag may have been merged away already
}


@dataclass
class Kind:
    """The answers to one kind of request."""

    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    unanswered: int = 0


@dataclass
class Sample:
    """The server process at one moment."""

    seconds: float
    rss_mib: float
    fds: int
    threads: int


@dataclass
class Tally:
    """Everything the load saw."""

    kinds: dict[str, Kind] = field(default_factory=dict)
    replay_mismatches: int = 0
    unanswered_because: Counter[str] = field(default_factory=Counter)
    socket_messages: Counter[str] = field(default_factory=Counter)
    socket_closes: Counter[str] = field(default_factory=Counter)

    def kind(self, name: str) -> Kind:
        return self.kinds.setdefault(name, Kind())


@dataclass
class Server:
    """The ``todo serve`` under load."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path
    database_url: str
    home: Path


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


def sample(pid: int, started: float) -> Sample:
    """Read the resident memory, descriptors and threads of process ``pid``."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return Sample(
        seconds=time.monotonic() - started,
        rss_mib=int(fields["VmRSS"].split()[0]) / 1024,
        fds=len(os.listdir(f"/proc/{pid}/fd")),
        threads=int(fields["Threads"]),
    )


def typical(samples: list[Sample]) -> Sample:
    """The median of each figure over ``samples`` (a sign-in's password hash alone takes
    64 MiB for a moment: one sample is not the process's size)."""
    return Sample(
        seconds=statistics.median(s.seconds for s in samples),
        rss_mib=statistics.median(s.rss_mib for s in samples),
        fds=int(statistics.median(s.fds for s in samples)),
        threads=int(statistics.median(s.threads for s in samples)),
    )


class User:
    """One person using the API: their tokens, their tasks and what they do next."""

    def __init__(self, http: httpx.AsyncClient, tally: Tally, rng: random.Random) -> None:
        self.http = http
        self.tally = tally
        self.rng = rng
        self.email = f"soak-{uuid.uuid4().hex[:12]}@example.com"
        self.headers: dict[str, str] = {}
        self.refresh_token = ""
        self.live: dict[int, int] = {}  # task id → version last seen
        self.deleted: list[int] = []
        self.conversation: int | None = None
        self.turns = 0

    async def call(
        self,
        kind: str,
        method: str,
        path: str,
        *,
        body: dict[str, Any] | None = None,
        form: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response | None:
        """Make one request and record its latency and status; ``None`` when unanswered."""
        started = time.perf_counter()
        try:
            response = await self.http.request(
                method,
                path,
                json=body,
                data=form,
                params=params,
                headers={**self.headers, **(headers or {})},
            )
        except httpx.HTTPError as error:
            self.tally.kind(kind).unanswered += 1
            self.tally.unanswered_because[type(error).__name__] += 1
            return None
        record = self.tally.kind(kind)
        record.latencies.append((time.perf_counter() - started) * 1000)
        record.statuses[response.status_code] += 1
        return response

    def ok(self, kind: str, response: httpx.Response | None) -> bool:
        return response is not None and response.status_code in EXPECTED.get(kind, (200,))

    async def sign_up(self) -> None:
        account = {"email": self.email, "password": PASSWORD, "timezone": "Europe/Berlin"}
        if not self.ok(
            "sign-up", await self.call("sign-up", "POST", "/api/v1/auth/register", body=account)
        ):
            raise SystemExit(f"could not sign up {self.email}")
        await self.sign_in()

    async def sign_in(self) -> None:
        form = {"username": self.email, "password": PASSWORD}
        response = await self.call("sign-in", "POST", "/api/v1/auth/token", form=form)
        if response is not None and self.ok("sign-in", response):
            self.use(response.json())

    def use(self, pair: dict[str, Any]) -> None:
        self.headers = {"Authorization": f"Bearer {pair['access_token']}"}
        self.refresh_token = str(pair["refresh_token"])

    def pick(self) -> int | None:
        return self.rng.choice(list(self.live)) if self.live else None

    def keep(self, response: httpx.Response | None, kind: str) -> None:
        """Remember the task a successful answer returned."""
        if response is not None and self.ok(kind, response) and response.status_code != 304:
            task = response.json()
            self.live[int(task["id"])] = int(task["version"])

    async def act(self, kind: str) -> None:
        """Do one thing of ``kind``; things that need a task create one when there is none."""
        task_id = self.pick()
        if task_id is None and kind in {"get", "patch", "complete", "reopen", "delete", "activity"}:
            kind = "create"
        await getattr(self, "do_" + kind.replace("-", "_"))(task_id)

    async def do_create(self, _: int | None) -> None:
        rng = self.rng
        body: dict[str, Any] = {
            "title": f"{rng.choice(WORDS)} {rng.randrange(10_000)}",
            "priority": rng.choice(["none", "low", "medium", "high", "urgent"]),
            "tags": rng.sample(TAGS, rng.randint(0, 2)),
        }
        if rng.random() < 0.6:
            body["due_at"] = rng.choice(DUE)
        if rng.random() < 0.1:  # a reminder that fires during the soak
            remind = datetime.now(UTC) + timedelta(seconds=rng.randint(30, 90))
            body["remind_at"] = remind.isoformat()
        key = {"Idempotency-Key": uuid.uuid4().hex}
        first = await self.call("create", "POST", "/api/v1/tasks", body=body, headers=key)
        self.keep(first, "create")
        if first is not None and self.ok("create", first) and rng.random() < 0.1:
            again = await self.call("replay", "POST", "/api/v1/tasks", body=body, headers=key)
            if (
                again is None
                or again.json().get("id") != first.json()["id"]
                or (again.headers.get("Idempotent-Replayed") != "true")
            ):
                self.tally.replay_mismatches += 1

    async def do_quick_add(self, _: int | None) -> None:
        body = {"text": self.rng.choice(QUICK)}
        self.keep(
            await self.call("quick-add", "POST", "/api/v1/tasks/quick", body=body), "quick-add"
        )

    async def do_preview(self, _: int | None) -> None:
        body = {"text": self.rng.choice(QUICK)}
        await self.call("preview", "POST", "/api/v1/tasks/quick/preview", body=body)

    async def do_list(self, _: int | None) -> None:
        rng = self.rng
        params = rng.choice(
            [
                {},
                {"status": "pending"},
                {"tag": rng.choice(TAGS)},
                {"q": rng.choice(WORDS).split()[0]},
                {"sort": "due", "limit": "20"},
                {"sort": "priority", "order": "desc"},
                {"due_before": "next week"},
                {"deleted": "true"},
            ]
        )
        page = await self.call("list", "GET", "/api/v1/tasks", params=params)
        if page is not None and page.status_code == 200 and rng.random() < 0.2:
            cursor = page.json().get("next_cursor")
            if cursor:
                await self.call("list", "GET", "/api/v1/tasks", params={**params, "cursor": cursor})

    async def do_get(self, task_id: int | None) -> None:
        assert task_id is not None
        headers = {"If-None-Match": f'"{self.live[task_id]}"'} if self.rng.random() < 0.3 else {}
        self.keep(await self.call("get", "GET", f"/api/v1/tasks/{task_id}", headers=headers), "get")

    async def do_patch(self, task_id: int | None) -> None:
        assert task_id is not None
        rng = self.rng
        changes: list[dict[str, Any]] = [
            {"title": f"{rng.choice(WORDS)} (changed)"},
            {"priority": rng.choice(["low", "high"])},
            {"tags": rng.sample(TAGS, 2)},
            {"due_at": rng.choice(DUE)},
            {"description": "more detail " * rng.randint(1, 5)},
        ]
        body = rng.choice(changes)
        self.keep(await self.call("patch", "PATCH", f"/api/v1/tasks/{task_id}", body=body), "patch")

    async def do_complete(self, task_id: int | None) -> None:
        path = f"/api/v1/tasks/{task_id}/complete"
        self.keep(await self.call("complete", "POST", path), "complete")

    async def do_reopen(self, task_id: int | None) -> None:
        self.keep(await self.call("reopen", "POST", f"/api/v1/tasks/{task_id}/reopen"), "reopen")

    async def do_delete(self, task_id: int | None) -> None:
        assert task_id is not None
        if self.ok("delete", await self.call("delete", "DELETE", f"/api/v1/tasks/{task_id}")):
            del self.live[task_id]
            self.deleted.append(task_id)

    async def do_restore(self, _: int | None) -> None:
        if not self.deleted:
            await self.do_list(None)
            return
        task_id = self.deleted.pop(self.rng.randrange(len(self.deleted)))
        self.keep(await self.call("restore", "POST", f"/api/v1/tasks/{task_id}/restore"), "restore")

    async def do_activity(self, task_id: int | None) -> None:
        await self.call("activity", "GET", f"/api/v1/tasks/{task_id}/activity")

    async def do_tags(self, _: int | None) -> None:
        await self.call("tags", "GET", "/api/v1/tags")

    async def do_tag_rename(self, _: int | None) -> None:
        old, new = self.rng.sample(TAGS, 2)  # merges when the new name exists
        await self.call("tag-rename", "PATCH", f"/api/v1/tags/{old}", body={"name": new})

    async def do_notifications(self, _: int | None) -> None:
        await self.call("notifications", "GET", "/api/v1/notifications")

    async def do_me(self, _: int | None) -> None:
        await self.call("me", "GET", "/api/v1/users/me")

    async def do_refresh(self, _: int | None) -> None:
        body = {"refresh_token": self.refresh_token}
        response = await self.call("refresh", "POST", "/api/v1/auth/refresh", body=body)
        if response is not None and self.ok("refresh", response):
            self.use(response.json())

    async def do_sign_in(self, _: int | None) -> None:
        await self.sign_in()

    async def do_chat(self, task_id: int | None) -> None:
        rng = self.rng
        messages = [f"Add a task to {rng.choice(WORDS)} tomorrow at 5pm #home", "What's pending?"]
        if task_id is not None:
            messages.append(f"Mark task {task_id} as complete")
        body: dict[str, Any] = {"message": rng.choice(messages)}
        if self.conversation is not None and self.turns < 20:
            body["conversation_id"] = self.conversation
        else:
            self.turns = 0
        response = await self.call("chat", "POST", "/api/v1/chat", body=body)
        if response is not None and response.status_code == 200:
            self.conversation = int(response.json()["conversation_id"])
            self.turns += 1


async def paced(user: User, rate: float, until: float) -> None:
    """Let ``user`` act at ``rate`` requests/s (evenly spaced, never catching up in a burst)."""
    kinds, weights = list(MIX), list(MIX.values())
    interval = 1 / rate
    next_at = time.monotonic() + user.rng.random() * interval
    while True:
        now = time.monotonic()
        if now >= until:
            return
        if next_at > now:
            await asyncio.sleep(next_at - now)
        next_at = max(next_at + interval, time.monotonic() - interval)
        await user.act(user.rng.choices(kinds, weights)[0])


async def watch(server: Server, user: User, tally: Tally, until: float) -> None:
    """Hold a WebSocket open for ``user`` until ``until`` (opening it again if it closes) and
    count what arrives."""
    ws_url = server.url.replace("http://", "ws://") + "/api/v1/ws"
    while time.monotonic() < until:
        try:
            async with connect(
                ws_url, additional_headers=user.headers, open_timeout=30, ping_interval=None
            ) as socket_:
                while True:
                    left = until - time.monotonic()
                    if left <= 0:
                        return
                    try:
                        raw = await asyncio.wait_for(socket_.recv(), left)
                    except TimeoutError:
                        return
                    message = orjson.loads(raw)
                    if message.get("type") == "event":
                        tally.socket_messages[message["event"]["type"]] += 1
                    else:
                        tally.socket_messages[str(message.get("type"))] += 1
        except ConnectionClosed as closed:
            tally.socket_closes[str(closed.rcvd.code if closed.rcvd else "no close frame")] += 1
        except (OSError, WebSocketException, TimeoutError) as error:
            tally.socket_closes[type(error).__name__] += 1
        await asyncio.sleep(1)


async def sampler(pid: int, started: float, samples: list[Sample], until: float) -> None:
    while time.monotonic() < until:
        with contextlib.suppress(OSError):
            samples.append(sample(pid, started))
        await asyncio.sleep(SAMPLE_SECONDS)


async def progress(tally: Tally, started: float, until: float, samples: list[Sample]) -> None:
    """Print a line a minute so a long soak shows it is alive."""
    while time.monotonic() + 60 < until:
        await asyncio.sleep(60)
        answered = sum(len(kind.latencies) for kind in tally.kinds.values())
        errors = sum(
            n
            for kind in tally.kinds.values()
            for status, n in kind.statuses.items()
            if status >= 500
        )
        rss = f"{samples[-1].rss_mib:.0f} MiB" if samples else "?"
        print(
            f"  {time.monotonic() - started:5.0f} s: {answered:,} answered, {errors} 5xx, "
            f"server RSS {rss}",
            flush=True,
        )


async def database_figures(url: str) -> dict[str, int]:
    """Tasks, unsent events, and task events the activity worker has not logged yet."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:

            async def one(statement: str) -> int:
                return int((await connection.execute(text(statement))).scalar_one())

            figures = {
                "tasks": await one("SELECT count(*) FROM tasks"),
                "unsent events": await one(
                    "SELECT count(*) FROM outbox WHERE published_at IS NULL"
                ),
                "events not yet in the activity log": await one(
                    "SELECT (SELECT count(*) FROM outbox WHERE type LIKE 'todo.task.%') "
                    "- (SELECT count(*) FROM task_activity WHERE type LIKE 'todo.task.%')"
                ),
                "dead letters": await one("SELECT count(*) FROM dead_letters"),
            }
            if engine.dialect.name == "postgresql":
                figures["database bytes"] = await one("SELECT pg_database_size(current_database())")
            await connection.rollback()
            return figures
    finally:
        await engine.dispose()


def sqlite_bytes(home: Path) -> int:
    return sum(path.stat().st_size for path in home.glob("todo.db*"))


async def soak(server: Server, arguments: argparse.Namespace) -> dict[str, Any]:
    tally = Tally()
    samples: list[Sample] = []
    started = time.monotonic()
    pid = server.process.pid
    samples.append(sample(pid, started))
    rng = random.Random(arguments.seed)
    limits = httpx.Limits(max_connections=4)
    async with contextlib.AsyncExitStack() as stack:
        users = []
        for _ in range(arguments.users):
            http = await stack.enter_async_context(
                httpx.AsyncClient(base_url=server.url, timeout=30, limits=limits)
            )
            user = User(http, tally, random.Random(rng.random()))
            await user.sign_up()
            users.append(user)
        load_started = time.monotonic()
        until = load_started + arguments.duration
        warm_until = load_started + arguments.warmup
        rate = arguments.rate / arguments.users
        async with anyio.create_task_group() as group:
            group.start_soon(sampler, pid, started, samples, until)
            group.start_soon(progress, tally, load_started, until, samples)
            for number in range(arguments.websockets):
                group.start_soon(watch, server, users[number % len(users)], tally, until)
            for user in users:
                group.start_soon(paced, user, rate, until)
        elapsed = time.monotonic() - load_started
    window = min(60.0, arguments.duration / 5)
    after_warmup = [s for s in samples if 0 <= s.seconds - (warm_until - started) <= window]
    last = [s for s in samples if 0 <= (until - started) - s.seconds <= window]
    at_end = await database_figures(server.database_url)
    stopped = time.monotonic()
    drained = at_end
    while time.monotonic() < stopped + DRAIN_SECONDS:
        if drained["events not yet in the activity log"] <= 0:
            break
        await asyncio.sleep(1)
        drained = await database_figures(server.database_url)
    drain_seconds = time.monotonic() - stopped
    return {
        "tally": tally,
        "samples": samples,
        "start": samples[0],
        "warm": typical(after_warmup or samples[-1:]),
        "end": typical(last or samples[-1:]),
        "idle": sample(pid, started),
        "window": window,
        "seconds": elapsed,
        "at_end": at_end,
        "drained": drained,
        "drain_seconds": drain_seconds,
    }


def logged_errors(log: Path) -> list[str]:
    errors = []
    for line in log.read_text(errors="replace").splitlines():
        if line.startswith("{"):
            with contextlib.suppress(ValueError):
                entry = json.loads(line)
                if entry.get("level") in ("error", "critical"):
                    lines = str(entry.get("exception", "")).splitlines()
                    causes = [row for row in lines if row and not row[0].isspace()]
                    causes = [row for row in causes if not row.startswith(("(", "Traceback"))]
                    cause = next((row for row in reversed(causes) if "Error" in row), "")
                    errors.append(f"{str(entry.get('message')).strip()}: {cause}")
    return errors


def report(result: dict[str, Any], server: Server, arguments: argparse.Namespace) -> int:
    tally: Tally = result["tally"]
    start: Sample = result["start"]
    warm: Sample = result["warm"]
    end: Sample = result["end"]
    idle: Sample = result["idle"]
    print()
    print(
        f"{'kind':14} {'requests':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'5xx':>5} "
        f"{'no answer':>9}  other statuses"
    )
    total = server_errors = unanswered = 0
    every: list[float] = []
    for name in sorted(tally.kinds, key=lambda n: -len(tally.kinds[n].latencies)):
        kind = tally.kinds[name]
        fives = sum(n for status, n in kind.statuses.items() if status >= 500)
        expected = EXPECTED.get(name, (200,))
        others = {s: n for s, n in sorted(kind.statuses.items()) if s < 500 and s not in expected}
        count = sum(kind.statuses.values()) + kind.unanswered
        total, server_errors, unanswered = (
            total + count,
            server_errors + fives,
            unanswered + kind.unanswered,
        )
        every += kind.latencies
        print(
            f"{name:14} {count:8,} {statistics.median(kind.latencies or [0]):8.1f} "
            f"{percentile(kind.latencies, 0.99):8.1f} {max(kind.latencies or [0]):8.1f} "
            f"{fives:5} {kind.unanswered:9}  {others or ''}"
        )
    print(
        f"{'all':14} {total:8,} {statistics.median(every or [0]):8.1f} "
        f"{percentile(every, 0.99):8.1f} {max(every or [0]):8.1f} {server_errors:5} {unanswered:9}"
    )
    seconds = result["seconds"]
    growth = end.rss_mib - warm.rss_mib
    peak = max(s.rss_mib for s in result["samples"])
    print(
        f"\n{total:,} requests in {seconds:.0f} s ({total / seconds:.1f}/s); {server_errors} 5xx; "
        f"{unanswered} unanswered{f' {dict(tally.unanswered_because)}' if unanswered else ''}; "
        f"{tally.replay_mismatches} Idempotency-Key replays that did not return the first task"
    )
    window = result["window"]
    print(
        f"Server RSS: {start.rss_mib:.1f} MiB at the start; median {warm.rss_mib:.1f} MiB over the "
        f"{window:.0f} s after the {arguments.warmup:g} s warm-up, {end.rss_mib:.1f} MiB over the "
        f"last {window:.0f} s (peak {peak:.1f}); growth after the warm-up {growth:+.1f} MiB "
        f"({growth / warm.rss_mib:+.1%}); {idle.rss_mib:.1f} MiB idle after the load"
    )
    print(
        f"Open file descriptors {start.fds} → {warm.fds} → {end.fds} → {idle.fds} idle; threads "
        f"{start.threads} → {warm.threads} → {end.threads} → {idle.threads} idle"
    )
    at_end, drained = result["at_end"], result["drained"]
    size = drained.get("database bytes") or sqlite_bytes(server.home)
    print(f"Database: {size / 2**20:.1f} MiB, {at_end['tasks']:,} tasks")
    print(
        f"Events when the load stopped: {at_end['unsent events']} unsent, "
        f"{at_end['events not yet in the activity log']} not yet processed by the workers; "
        f"{drained['events not yet in the activity log']} still unprocessed "
        f"{result['drain_seconds']:.0f} s later (at most {DRAIN_SECONDS:.0f}); "
        f"{drained['dead letters']} dead letters"
    )
    messages = dict(tally.socket_messages.most_common())
    closes = dict(tally.socket_closes) or "never"
    print(f"WebSockets ({arguments.websockets}): received {messages}; closed {closes}")
    errors = logged_errors(server.log)
    print(
        f"Errors in the server log: {len(errors)}"
        + "".join(f"\n  {n} × {e[:300]}" for e, n in Counter(errors).most_common())
    )
    alive = server.process.poll() is None
    if not alive:
        print(f"THE SERVER DIED (exit status {server.process.returncode})")
    print(
        f"Note: the load generator shares the {os.cpu_count()}-core machine with the server; "
        f"load average at the end {load_average()}."
    )
    if arguments.json:
        figures = {
            "kinds": {
                name: asdict(kind) | {"latencies": None} for name, kind in tally.kinds.items()
            },
            "samples": [asdict(s) for s in result["samples"]],
            "start": asdict(start),
            "warm": asdict(warm),
            "end": asdict(end),
            "idle": asdict(idle),
            "at_end": at_end,
            "drained": drained,
            "server_log_errors": errors,
        }
        arguments.json.write_text(json.dumps(_keyed_by_text(figures), indent=2, default=str) + "\n")
    return 0 if alive and server_errors == 0 and unanswered == 0 else 1


def _keyed_by_text(value: Any) -> Any:
    """``value`` with every mapping keyed by text, as JSON needs (``(a, b)`` becomes ``"a b"``)."""
    if isinstance(value, dict):
        return {
            " ".join(map(str, key)) if isinstance(key, tuple) else key: _keyed_by_text(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_keyed_by_text(item) for item in value]
    return value


@contextmanager
def todo_serve(database_url: str, home: Path) -> Iterator[Server]:
    """Run ``todo serve`` over ``database_url`` until the block ends."""
    port = free_port()
    env = {name: value for name, value in os.environ.items() if not name.startswith("TODO_")}
    env |= {
        "TODO_HOME": str(home),
        "TODO_DATABASE_URL": database_url,
        "TODO_SECRET_KEY": SECRET,
        "TODO_LOG_LEVEL": "WARNING",
        "TODO_WRITE_RATE_LIMIT": "1000000/minute",
        "TODO_LOGIN_RATE_LIMIT": "100000/minute",
        "TODO_ACCESS_TOKEN_MINUTES": "240",
        "TODO_CHAT_ENGINE": "offline",
    }
    if not database_url.startswith("sqlite"):
        migrated = subprocess.run(
            [str(TODO), "db", "upgrade"], env=env, cwd=home, capture_output=True, timeout=300
        )
        if migrated.returncode != 0:
            raise SystemExit(f"todo db upgrade failed:\n{migrated.stderr.decode()[-3000:]}")
    log = home / "todo-serve.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(TODO), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            cwd=home,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        server = Server(f"http://127.0.0.1:{port}", process, log, database_url, home)
        try:
            wait_ready(server)
            yield server
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=30)


def wait_ready(server: Server, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise SystemExit(f"the server exited:\n{server.log.read_text()[-3000:]}")
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(server.url + "/readyz", timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise SystemExit(
        f"the server was not ready in {seconds:.0f} s:\n{server.log.read_text()[-3000:]}"
    )


def run(database_url: str, home: Path, arguments: argparse.Namespace) -> int:
    with todo_serve(database_url, home) as server:
        result = anyio.run(soak, server, arguments)
        return report(result, server, arguments)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=600, help="seconds of load")
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--users", type=int, default=8, help="users acting at once")
    parser.add_argument("--rate", type=float, default=40, help="requests/s of all users together")
    parser.add_argument("--websockets", type=int, default=4)
    parser.add_argument("--warmup", type=float, help="seconds (default: a fifth, at most 60)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    arguments = parser.parse_args()
    if arguments.warmup is None:
        arguments.warmup = min(60.0, arguments.duration / 5)
    if not TODO.exists():
        print(f"{TODO} is missing: run `make install` first.", file=sys.stderr)
        return 2
    print(
        f"todo serve, 1 worker, {arguments.database}, memory broker; {arguments.users} users at "
        f"{arguments.rate:g} requests/s together for {arguments.duration:g} s "
        f"({arguments.warmup:g} s warm-up), {arguments.websockets} WebSockets; "
        f"load average {load_average()}.",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="todo-soak-") as directory:
        home = Path(directory)
        if arguments.database == "postgres":
            with postgres_database() as url:
                return run(url, home, arguments)
        return run(f"sqlite+aiosqlite:///{home / 'todo.db'}", home, arguments)


if __name__ == "__main__":
    sys.exit(main())
