"""An unexpected error is one 500 problem, logged once, on a connection that stays usable."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from tests.api.conftest import api_settings
from tests.e2e.conftest import free_port
from todo.entrypoints.cli.serve_commands import server_options
from todo.entrypoints.server import create_app


class DiskOnFire(RuntimeError):
    """What the route added by the test raises: nothing of ours expects it."""


async def _broken() -> None:
    raise DiskOnFire("the disk caught fire")


@pytest.fixture
def broken_server(sqlite_template: Path, tmp_path: Path) -> Iterator[str]:
    """The API with one extra route that always fails, served by uvicorn with the options of
    ``todo serve``, in a thread, on a free loopback port."""
    database = tmp_path / "todo.db"
    shutil.copyfile(sqlite_template, database)
    settings = api_settings(f"sqlite+aiosqlite:///{database}", tmp_path)
    api: FastAPI = create_app(settings)
    api.add_api_route("/api/v1/broken", _broken, methods=["GET"])
    options = server_options(settings, host="127.0.0.1", port=free_port(), workers=1)
    server = uvicorn.Server(uvicorn.Config(api, **options))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{options['port']}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)


def _local_address(response: httpx.Response) -> object:
    return response.extensions["network_stream"].get_extra_info("client_addr")


def test_an_unexpected_error_is_one_logged_500_problem_and_the_connection_stays_open(
    broken_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    with httpx.Client(base_url=broken_server, timeout=10) as http:
        failed = http.get("/api/v1/broken", headers={"X-Request-ID": "fire-1"})
        failed_on = _local_address(failed)
        after = http.get("/healthz")
        after_on = _local_address(after)

    assert failed.status_code == 500
    assert failed.headers["content-type"] == "application/problem+json"
    assert failed.headers.get("connection", "").lower() != "close"
    problem = failed.json()
    assert problem["status"] == 500
    assert problem["request_id"] == "fire-1" == failed.headers["x-request-id"]
    assert problem["instance"] == "/api/v1/broken"
    assert "Quote the request id" in problem["detail"]

    assert after.status_code == 200
    assert after_on == failed_on  # the same kept-alive connection

    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(errors) == 1, [(record.name, record.getMessage()) for record in errors]
    assert errors[0].name == "todo.api"
    assert errors[0].exc_info is not None
    assert isinstance(errors[0].exc_info[1], DiskOnFire)
