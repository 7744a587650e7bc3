"""A real ``todo serve`` process on a free port, for tests of the doors that talk HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

TODO = Path(sys.executable).parent / "todo"


@dataclass
class LiveServer:
    """A running server: its URL and the environment it was started with."""

    url: str
    env: dict[str, str]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    """``todo serve`` on the embedded database in a temporary ``TODO_HOME``."""
    port = free_port()
    env = {
        **os.environ,
        "TODO_HOME": str(tmp_path / "server"),
        "TODO_LOG_LEVEL": "WARNING",
        "TODO_LOGIN_RATE_LIMIT": "1000/minute",
    }
    env.pop("TODO_DATABASE_URL", None)
    env.pop("TODO_SERVER", None)
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen(
        [str(TODO), "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90  # a loaded machine starts a server slowly
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((tmp_path / "server.log").read_text())
            time.sleep(0.1)
        yield LiveServer(url=url, env=env)
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
