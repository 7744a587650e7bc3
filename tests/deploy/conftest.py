"""Fixtures of the deployment checks: podman, the image built here, an empty PostgreSQL database.

The image is built once per run by ``deploy/ci/build-image.sh`` (podman, on a base made from
Debian's mirror: no registry is reached). Without podman and mmdebstrap the tests that need them
skip — or fail when ``TODO_TEST_REQUIRE_SERVICES=1``, as in CI, where
``deploy/ci/install-tools.sh`` installs them first.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import anyio
import pytest
from pydantic import AliasChoices
from sqlalchemy.engine import make_url

from tests.conftest import POSTGRES_URL, missing_service, postgres_admin
from tests.e2e.conftest import free_port
from todo.config import Settings

ROOT = Path(__file__).resolve().parents[2]
CONTAINERS_CONF = ROOT / "deploy" / "ci" / "containers.conf"
#: The tag the tests build; never pushed anywhere.
IMAGE = "localhost/todo-evolution:test"
#: The longest a container may take to answer its probes (seconds).
START_SECONDS = 60.0


def podman_env() -> dict[str, str]:
    """The environment podman runs with here (runc, cgroupfs, limits within the host's)."""
    return {**os.environ, "CONTAINERS_CONF": str(CONTAINERS_CONF)}


def _options(env: dict[str, str]) -> list[str]:
    """How every container runs here: on the host network (loopback only), with a read-only
    root filesystem and a tmpfs ``/tmp``, with ``env`` set."""
    options = ["--network", "host", "--read-only", "--tmpfs", "/tmp"]
    for key, value in env.items():
        options += ["--env", f"{key}={value}"]
    return options


@dataclass
class Podman:
    """Runs podman; every container it starts is removed by :meth:`cleanup`."""

    started: list[str] = field(default_factory=list)

    def run(self, *args: str, timeout: float = 120.0, check: bool = True) -> str:
        """Run ``podman ARGS``; return its output, raising with its errors when it fails."""
        done = subprocess.run(
            ["podman", *args],
            env=podman_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"podman {' '.join(args[:3])} failed: {done.stderr[-3000:]}")
        return done.stdout

    def start(self, name: str, env: dict[str, str], *command: str) -> str:
        """Start ``IMAGE COMMAND`` detached as ``name``; return ``name``."""
        self.started.append(name)
        self.run("run", "--detach", "--name", name, *_options(env), IMAGE, *command)
        return name

    def once(
        self, env: dict[str, str], *command: str, stdin: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run ``IMAGE COMMAND`` to its end."""
        options = ["--rm", *_options(env)] + (["--interactive"] if stdin is not None else [])
        return subprocess.run(
            ["podman", "run", *options, IMAGE, *command],
            env=podman_env(),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )

    def converse(self, env: dict[str, str], command: list[str], messages: list[str]) -> list[str]:
        """Run ``IMAGE COMMAND`` with stdin open; send each message as a line and read one line
        back for each (a notification, which has no ``id``, gets none); then close stdin
        and return the lines read. The container is killed after two minutes in any case."""
        options = ["--rm", "--interactive", *_options(env)]
        process = subprocess.Popen(
            ["podman", "run", *options, IMAGE, *command],
            env=podman_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        watchdog = threading.Timer(120, process.kill)
        watchdog.start()
        assert process.stdin is not None
        assert process.stdout is not None
        answers: list[str] = []
        try:
            for message in messages:
                process.stdin.write(message + "\n")
                process.stdin.flush()
                if '"id"' in message:
                    answers.append(process.stdout.readline())
            process.stdin.close()
            process.wait(timeout=60)
        finally:
            watchdog.cancel()
            if process.poll() is None:
                process.kill()
                process.wait()
            process.stdout.close()
            if not process.stdin.closed:
                process.stdin.close()
        return answers

    def stop(self, name: str, *, signal: str = "TERM", seconds: float = 60.0) -> int:
        """Send ``signal`` to the container's first process; return its exit code."""
        self.run("kill", "--signal", signal, name)
        return int(self.run("wait", name, timeout=seconds).strip())

    def logs(self, name: str) -> str:
        """What the container wrote, its standard output then its standard error."""
        done = subprocess.run(
            ["podman", "logs", name],
            env=podman_env(),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        return done.stdout + done.stderr

    def cleanup(self) -> None:
        for name in self.started:
            self.run("rm", "--force", "--time", "5", name, check=False, timeout=60)
        self.started.clear()


@pytest.fixture(scope="session")
def podman() -> Iterator[Podman]:
    """podman, runnable here; skipped (failed in CI) when it is not installed."""
    for tool in ("podman", "mmdebstrap"):
        if shutil.which(tool) is None:
            missing_service(f"{tool} is not installed (deploy/ci/install-tools.sh installs it)")
    runner = Podman()
    yield runner
    runner.cleanup()


@pytest.fixture(scope="session")
def image(podman: Podman) -> str:
    """The image, built from this checkout by ``deploy/ci/build-image.sh``."""
    started = time.monotonic()
    done = subprocess.run(
        [str(ROOT / "deploy" / "ci" / "build-image.sh"), IMAGE],
        env=podman_env(),
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, f"the image did not build: {done.stderr[-4000:]}"
    size = int(done.stdout.strip().splitlines()[-1])
    print(f"\nimage {IMAGE}: {size / 1e6:.0f} MB, built in {time.monotonic() - started:.0f} s")
    return IMAGE


@pytest.fixture
def empty_postgres() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database (for the image to migrate), dropped after."""
    name = f"todo_image_{uuid.uuid4().hex[:12]}"
    try:
        anyio.run(postgres_admin, f'CREATE DATABASE "{name}"')
    except Exception as exc:  # unreachable server, refused login, …
        missing_service(f"PostgreSQL at {POSTGRES_URL} is not usable: {exc}")
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    anyio.run(postgres_admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def http(
    method: str, url: str, body: object = None, token: str | None = None
) -> tuple[int, object]:
    """Call ``url`` and return the status and the JSON body (``None`` when there is none)."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            raw = answer.read()
            return answer.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        raw = error.read()
        return error.code, json.loads(raw) if raw else None


def sign_in(base: str, email: str, password: str) -> str:
    """Sign in with the OAuth2 password form; return the access token."""
    form = urllib.parse.urlencode({"username": email, "password": password}).encode()
    request = urllib.request.Request(f"{base}/api/v1/auth/token", data=form, method="POST")
    with urllib.request.urlopen(request, timeout=10) as answer:
        return str(json.loads(answer.read())["access_token"])


def setting_names() -> set[str]:
    """Every variable ``todo.config.Settings`` reads: ``TODO_`` + the field's name upper-case,
    or, for a field with a validation alias, the alias's names (which then replace it)."""
    names: set[str] = set()
    for field_name, info in Settings.model_fields.items():
        alias = info.validation_alias
        if isinstance(alias, AliasChoices):
            names.update(choice for choice in alias.choices if isinstance(choice, str))
        elif isinstance(alias, str):
            names.add(alias)
        else:
            names.add(f"TODO_{field_name.upper()}")
    return names


def wait_ready(url: str, *, seconds: float = START_SECONDS, what: str = "the container") -> None:
    """Wait until ``url`` answers 200; fail naming ``what`` when it does not in time."""
    deadline = time.monotonic() + seconds
    last: object = None
    while time.monotonic() < deadline:
        try:
            status, last = http("GET", url)
            if status == 200:
                return
        except OSError as error:
            last = error
        time.sleep(0.5)
    raise AssertionError(f"{what} did not answer {url} in {seconds:.0f} s: {last}")


__all__ = [
    "IMAGE",
    "ROOT",
    "Podman",
    "free_port",
    "http",
    "setting_names",
    "sign_in",
    "wait_ready",
]
