"""``todo serve`` bounds what clients can hold: a real server process, raw sockets against it."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from .conftest import TODO, LiveServer, free_port

MAX_CONNECTIONS = 10
WAIT = 10.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """``todo serve`` on the embedded database, holding at most ten connections."""
    home = tmp_path_factory.mktemp("serve-limits")
    port = free_port()
    env = {
        **os.environ,
        "TODO_HOME": str(home / "server"),
        "TODO_LOG_LEVEL": "WARNING",
        "TODO_MAX_CONNECTIONS": str(MAX_CONNECTIONS),
    }
    for name in ("TODO_DATABASE_URL", "TODO_SERVER", "TODO_BROKER_URL", "TODO_LLM_BASE_URL"):
        env.pop(name, None)
    url = f"http://127.0.0.1:{port}"
    with (home / "server.log").open("w") as log:
        process = subprocess.Popen(
            [str(TODO), "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            deadline = time.monotonic() + 60  # a loaded machine starts slowly
            while not _healthy(url):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((home / "server.log").read_text())
                time.sleep(0.1)
            yield LiveServer(url=url, env=env)
        finally:
            process.terminate()
            process.wait(timeout=10)


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def test_a_websocket_message_past_64_kib_is_refused_before_it_reaches_the_app(
    server: LiveServer,
) -> None:
    ws_url = server.url.replace("http://", "ws://") + "/api/v1/ws"
    with connect(ws_url, open_timeout=WAIT, close_timeout=WAIT) as client:
        client.send("x" * (64 * 1024 + 1))
        with pytest.raises(ConnectionClosed) as closed:
            client.recv(timeout=WAIT)
    frame = closed.value.sent or closed.value.rcvd
    assert frame is not None
    assert frame.code == 1009  # "message too big", from the server's WebSocket layer
    assert "16384" not in frame.reason  # not the application's own, smaller limit


def test_past_its_connections_the_server_answers_503(server: LiveServer) -> None:
    host, port = "127.0.0.1", int(server.url.rsplit(":", 1)[1])
    with ExitStack() as idle:
        for _ in range(MAX_CONNECTIONS):
            idle.enter_context(socket.create_connection((host, port), timeout=WAIT))
        deadline = time.monotonic() + WAIT
        while (status := httpx.get(f"{server.url}/healthz", timeout=WAIT).status_code) != 503:
            assert time.monotonic() < deadline, f"still {status} with {MAX_CONNECTIONS} held"
            time.sleep(0.1)
    deadline = time.monotonic() + WAIT
    while not _healthy(server.url):  # the idle connections are gone: served again
        assert time.monotonic() < deadline
        time.sleep(0.1)
