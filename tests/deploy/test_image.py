"""The container image, built here and run as an operator would: migrate, serve, work, stop.

Every container runs on the host network (loopback only) against the machine's PostgreSQL and
Redis, with a read-only root filesystem and a tmpfs ``/tmp``. The API processes leave the event
consumers to the worker (``TODO_WORKERS_IN_SERVER=no``), so a recurring task's next occurrence
appearing proves that the worker container applied the completion's event.
"""

from __future__ import annotations

import json
import secrets
import subprocess
import threading
import time
import tomllib
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.deploy.conftest import (
    ROOT,
    Podman,
    free_port,
    http,
    sign_in,
    wait_ready,
)

PASSWORD = "a long pass phrase"
#: An MCP client's first words over stdio: initialize, then list the tools.
MCP_SESSION = [
    json.dumps(message)
    for message in (
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "image-check", "version": "1"},
            },
        },
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
    )
]
#: How long the event pipeline may take to catch up after a restart (seconds).
CATCH_UP_SECONDS = 60.0


def test_the_dockerfile_passes_hadolint() -> None:
    """hadolint finds nothing to say about the Dockerfile (warnings included)."""
    hadolint = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "hadolint"
    done = subprocess.run(
        [str(hadolint), "--failure-threshold", "info", str(ROOT / "Dockerfile")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_image_runs_as_its_own_user_with_labels_a_health_check_and_todo_serve(
    image: str, podman: Podman
) -> None:
    """The image's metadata: a non-root user, the OCI labels with this version, a health
    check, ``todo serve`` as the default command, listening on every address."""
    found = json.loads(podman.run("image", "inspect", image))[0]
    config = found["Config"]
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert config["User"] == "10001:10001"
    assert config["Labels"]["org.opencontainers.image.version"] == version
    assert config["Labels"]["org.opencontainers.image.title"] == "Todo Evolution"
    assert found["Healthcheck"]["Test"] == ["CMD", "python3", "/app/healthcheck.py"]
    assert config["Cmd"] == ["todo", "serve"]
    assert "TODO_HOST=0.0.0.0" in config["Env"]


def _environment(database_url: str, **overrides: str) -> dict[str, str]:
    """A production configuration on the machine's PostgreSQL and Redis, on its own streams."""
    return {
        "TODO_ENV": "production",
        "TODO_DATABASE_URL": database_url,
        "TODO_BROKER_URL": "redis://127.0.0.1:6379",
        "TODO_BROKER_PREFIX": f"image-{uuid.uuid4().hex[:10]}",
        "TODO_SECRET_KEY": secrets.token_urlsafe(48),
        "TODO_OPS_TOKEN": secrets.token_urlsafe(24),
        "TODO_WORKERS_IN_SERVER": "no",
        "TODO_LOGIN_RATE_LIMIT": "1000/minute",
        "TODO_WRITE_RATE_LIMIT": "10000/minute",
        "TODO_SHUTDOWN_GRACE_SECONDS": "15",
        "TODO_REGISTRATION": "open",
        "FORWARDED_ALLOW_IPS": "127.0.0.1",
        **overrides,
    }


def _titles(base: str, token: str) -> list[tuple[str, str]]:
    """Every task of the user as ``(title, status)``, done ones included."""
    found: list[tuple[str, str]] = []
    cursor = ""
    for _ in range(100):
        status, page = http("GET", f"{base}/api/v1/tasks?status=all&limit=100{cursor}", None, token)
        assert status == 200, page
        assert isinstance(page, dict)
        found += [
            (task["title"], "done" if task["completed"] else "open") for task in page["items"]
        ]
        if not page["next_cursor"]:
            return found
        cursor = f"&cursor={page['next_cursor']}"
    raise AssertionError("more pages than expected")


def _wait_for(check: Callable[[], bool], *, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    raise AssertionError(f"{what} did not happen in {seconds:.0f} s")


def _metric(text: str, name: str) -> float:
    """The value of an unlabelled metric in Prometheus' text format."""
    for line in text.splitlines():
        if line.startswith(f"{name} "):
            return float(line.split()[1])
    raise AssertionError(f"{name} is not in the metrics")


def _metrics(base: str, token: str) -> str:
    request = urllib.request.Request(
        f"{base}/metrics", headers={"Authorization": f"Bearer {token}"}
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return str(answer.read().decode())


@pytest.mark.postgres
def test_migrate_serve_two_apis_a_worker_and_stop_them_losing_nothing(
    image: str, podman: Podman, empty_postgres: str
) -> None:
    """The whole life of a deployment, from the image alone:

    ``todo db upgrade`` migrates an empty database; ``todo user create --admin`` makes the
    first admin; ``todo mcp`` answers an MCP client on stdin; two API containers and a worker
    start read-only and answer their probes (``podman healthcheck run`` too); the API logs
    JSON lines and at start-up says where it listens and nothing else at INFO; an account
    registered through one API signs in through the other, and a task written through one API
    is read through the other; completing recurring tasks makes the worker write their next
    occurrences. Then SIGTERM reaches an API and the worker in the middle of writes: both exit
    0 within the grace period, every write that was answered exists, and a new worker catches
    up on every event (nothing waits in the outbox, no dead letter, every next occurrence).
    """
    started = time.monotonic()
    api_1, api_2, worker_port = free_port(), free_port(), free_port()
    env = _environment(empty_postgres)
    ops_token = env["TODO_OPS_TOKEN"]
    run = uuid.uuid4().hex[:8]
    try:
        migrated = podman.once(env, "todo", "db", "upgrade")
        assert migrated.returncode == 0, migrated.stderr
        assert "newest" in migrated.stdout
        admin = podman.once(
            env,
            *("todo", "user", "create", "admin@example.com", "--admin", "--password-stdin"),
            stdin=PASSWORD + "\n",
        )
        assert admin.returncode == 0, admin.stderr
        _, listed = podman.converse(env, ["todo", "mcp"], MCP_SESSION)
        tools = {tool["name"] for tool in json.loads(listed)["result"]["tools"]}
        assert {"add_task", "list_tasks", "complete_task"} <= tools

        first = podman.start(f"todo-api-1-{run}", {**env, "TODO_PORT": str(api_1)})
        second = podman.start(f"todo-api-2-{run}", {**env, "TODO_PORT": str(api_2)})
        worker_env = {**env, "TODO_WORKER_PORT": str(worker_port)}
        worker = podman.start(f"todo-worker-{run}", worker_env, "todo", "worker")
        one, two = f"http://127.0.0.1:{api_1}", f"http://127.0.0.1:{api_2}"
        probes = f"http://127.0.0.1:{worker_port}"
        for url, what in ((one, first), (two, second), (probes, worker)):
            wait_ready(f"{url}/readyz", what=what)
        for name in (first, worker):
            podman.run("healthcheck", "run", name)  # exits non-zero when unhealthy

        lines = [line for line in podman.logs(first).splitlines() if line.strip()]
        entries = [json.loads(line) for line in lines]  # every line is JSON
        said = [entry["message"] for entry in entries if entry["level"] == "info"]
        assert said == [f"Todo Evolution on http://0.0.0.0:{api_1}  (API docs: /docs)"], said

        status, _ = http(
            "POST",
            f"{two}/api/v1/auth/register",
            {"email": "ada@example.com", "password": PASSWORD},
        )
        assert status == 202
        token = sign_in(one, "ada@example.com", PASSWORD)
        status, task = http(
            "POST",
            f"{one}/api/v1/tasks",
            {"title": "Water the plants", "due_at": "2030-01-07T09:00:00Z", "recurrence": "daily"},
            token,
        )
        assert status == 201, task
        assert isinstance(task, dict)
        status, seen = http("GET", f"{two}/api/v1/tasks/{task['id']}", None, token)
        assert status == 200, seen
        assert isinstance(seen, dict)
        assert seen["title"] == "Water the plants"
        status, _ = http("POST", f"{two}/api/v1/tasks/{task['id']}/complete", None, token)
        assert status == 200
        _wait_for(
            lambda: ("Water the plants", "open") in _titles(one, token),
            seconds=CATCH_UP_SECONDS,
            what="the worker writing the next occurrence",
        )

        # Writes in flight while SIGTERM reaches the first API and the worker.
        answered: list[str] = []
        refused: list[str] = []

        def write(index: int) -> None:
            title = f"Chore {index}"
            base = one if index % 2 else two
            try:
                status, made = http(
                    "POST",
                    f"{base}/api/v1/tasks",
                    {"title": title, "due_at": "2030-01-07T09:00:00Z", "recurrence": "weekly"},
                    token,
                )
            except OSError:
                refused.append(title)  # the stopped API no longer takes connections
                return
            assert status == 201, made
            assert isinstance(made, dict)
            status, _ = http("POST", f"{two}/api/v1/tasks/{made['id']}/complete", None, token)
            assert status == 200
            answered.append(title)

        codes: dict[str, int] = {}

        def stop(name: str) -> None:
            codes[name] = podman.stop(name)

        writers = [threading.Thread(target=write, args=(index,)) for index in range(40)]
        stoppers = [threading.Thread(target=stop, args=(name,)) for name in (first, worker)]
        for number, thread in enumerate(writers):
            thread.start()
            if number == 10:
                for stopper in stoppers:
                    stopper.start()
            time.sleep(0.05)
        for thread in writers + stoppers:
            thread.join(timeout=60)
        assert codes == {first: 0, worker: 0}, [podman.logs(name)[-2000:] for name in codes]
        assert len(answered) + len(refused) == 40
        assert len(answered) >= 20  # the second API kept answering throughout

        relief_port = free_port()
        relief = podman.start(
            f"todo-worker-b-{run}",
            {**worker_env, "TODO_WORKER_PORT": str(relief_port)},
            "todo",
            "worker",
        )
        relief_probes = f"http://127.0.0.1:{relief_port}"
        wait_ready(f"{relief_probes}/readyz", what=relief)

        def caught_up() -> bool:
            titles = _titles(two, token)
            return all((title, "open") in titles for title in answered) and all(
                (title, "done") in titles for title in answered
            )

        _wait_for(caught_up, seconds=CATCH_UP_SECONDS, what="every next occurrence")
        figures = _metrics(relief_probes, ops_token)
        assert _metric(figures, "todo_dead_letters") == 0
        _wait_for(
            lambda: _metric(_metrics(relief_probes, ops_token), "todo_outbox_unsent_events") == 0,
            seconds=CATCH_UP_SECONDS,
            what="an empty outbox",
        )
        print(
            f"\nsmoke test of the image: {time.monotonic() - started:.0f} s; during the stop "
            f"{len(answered)} writes were answered, {len(refused)} found the API gone"
        )
    finally:
        podman.cleanup()
