"""``todo worker --health-port``: the probes of a worker process, while its broker is away."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.faults.brokers import TodoProcess, free_port, todo_env, wait_for_port, wait_until

TOKEN = "an-operations-token-of-some-length"


@pytest.fixture
def worker(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, TodoProcess]]:
    """A worker on the embedded database whose broker cannot be reached; its probes' URL."""
    settings: dict[str, str] = getattr(request, "param", {})
    port = free_port()
    env = todo_env(
        home=str(tmp_path / "home"),
        broker_url="redis://:secret@127.0.0.1:1/0?password=secret",
        log_level="WARNING",
        **settings,
    )
    process = TodoProcess(["worker", "--health-port", str(port)], env, tmp_path / "worker.log")
    process.start()
    try:
        wait_for_port(port, seconds=60, process=process.process)
        yield f"http://127.0.0.1:{port}", process
    finally:
        process.stop()


def test_a_worker_answers_its_probes(worker: tuple[str, TodoProcess]) -> None:
    url, _ = worker
    assert httpx.get(f"{url}/healthz", timeout=5).json() == {"status": "ok"}
    wait_until(
        lambda: "cannot be reached" in httpx.get(f"{url}/readyz", timeout=5).text,
        seconds=30,
        what="/readyz to say why the broker is not connected",
    )
    ready = httpx.get(f"{url}/readyz", timeout=5)
    assert ready.status_code == 503
    checks = ready.json()["checks"]
    assert checks["database"] == "ok"
    assert "redis://127.0.0.1:1/0" in checks["broker"]
    assert "secret" not in ready.text
    assert checks["consumers"] == "waiting for the broker"
    metrics = httpx.get(f"{url}/metrics", timeout=5)
    assert metrics.headers["content-type"].startswith("text/plain")
    assert "todo_broker_up 0\n" in metrics.text
    assert "todo_outbox_unsent_events 0\n" in metrics.text
    assert httpx.get(f"{url}/nothing", timeout=5).status_code == 404
    assert httpx.post(f"{url}/readyz", timeout=5).status_code == 405


@pytest.mark.parametrize(
    "worker",
    [
        {
            "env": "production",
            "ops_token": TOKEN,
            "secret_key": "k" * 32 + "-a-production-signing-key",
        }
    ],
    indirect=True,
    ids=["production"],
)
def test_in_production_a_worker_shows_its_checks_only_with_the_token(
    worker: tuple[str, TodoProcess],
) -> None:
    url, _ = worker
    assert httpx.get(f"{url}/readyz", timeout=5).json() == {"status": "unavailable"}
    told = httpx.get(f"{url}/readyz", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)
    assert told.json()["checks"]["database"] == "ok"
    refused = httpx.get(f"{url}/metrics", timeout=5)
    assert refused.status_code == 401
    assert refused.headers["www-authenticate"] == "Bearer"
    shown = httpx.get(f"{url}/metrics", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)
    assert shown.status_code == 200
    assert "todo_dead_letters 0\n" in shown.text


def test_a_client_that_sends_nothing_does_not_hold_the_probes(
    worker: tuple[str, TodoProcess],
) -> None:
    url, _ = worker
    port = int(url.rpartition(":")[2])
    with socket.create_connection(("127.0.0.1", port), timeout=5):  # says nothing
        wait_until(
            lambda: httpx.get(f"{url}/healthz", timeout=5).status_code == 200,
            seconds=10,
            what="/healthz to answer while another client is silent",
        )
