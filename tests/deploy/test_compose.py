"""The compose stack: compose.yaml, its proxy and env file, and deploy/ci/compose.host.yaml.

Offline (no podman): compose.yaml passes check-jsonschema's builtin compose-spec schema, and so
does its merge with the host override (as podman-compose merges it); every ``TODO_*`` name in
the three files is a setting of ``todo.config.Settings`` or one of the few variables compose
itself reads; every service has a health check but the one-shot migration; every image is
pinned; the app services share one hardened definition; the proxy config matches the app (its
replicas, its WebSocket route, its body limit); the env file's example builds valid production
settings.

With podman: the image built here runs the app services of compose.yaml through podman-compose
and the host override, against a new PostgreSQL database and the machine's Redis: the migration
exits 0, both API replicas and the worker are ready, an account and a task made on api-1 are read
back from api-2; then `down` leaves no container behind.

The tools come from the ``deploy`` dependency group (check-jsonschema, podman-compose); without
them, podman or the services these tests are skipped, or fail with
``TODO_TEST_REQUIRE_SERVICES=1``.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import secrets
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from fastapi.routing import APIWebSocketRoute

from tests.conftest import missing_service
from tests.deploy.conftest import (
    ROOT,
    Podman,
    free_port,
    http,
    podman_env,
    setting_names,
    wait_ready,
)
from todo.config import Settings
from todo.entrypoints.api.routes.live import router as live_router

COMPOSE = ROOT / "compose.yaml"
HOST_OVERRIDE = ROOT / "deploy" / "ci" / "compose.host.yaml"
NGINX_CONF = ROOT / "deploy" / "compose" / "nginx.conf"
ENV_EXAMPLE = ROOT / "deploy" / "compose" / "todo.env.example"
#: Variables compose reads to fill in the files, not settings of the app.
COMPOSE_VARIABLES = {"TODO_IMAGE", "TODO_PUBLISH_PORT", "TODO_SUBNET"}
#: The start of the variables the check sets for deploy/ci/compose.host.yaml.
CHECK_PREFIX = "TODO_CHECK_"
APP_SERVICES = ("migrate", "api-1", "api-2", "worker")
BROKER_PROFILES = {"nats": "nats", "rabbitmq": "rabbitmq", "kafka": "kafka"}
REDIS_URL = os.environ.get("TODO_TEST_REDIS_URL", "redis://127.0.0.1:6379")
#: The longest any one podman-compose command may take (seconds).
COMPOSE_SECONDS = 180.0

Compose = dict[str, Any]


# --- The tools ------------------------------------------------------------------------------------


def tool(name: str) -> ModuleType:
    """Import ``name``, or skip (fail in CI) when it is not installed."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        missing_service(f"{name} is not installed (`uv sync --group deploy`): {exc}")
        raise AssertionError("unreachable") from exc


def executable(name: str) -> Path:
    """The deploy group's command ``name``, beside this Python; skip when it is missing."""
    path = Path(sys.executable).parent / name
    if not path.exists():
        missing_service(f"{name} is not installed (`uv sync --group deploy`)")
    return path


def check_jsonschema(path: Path) -> None:
    """Validate ``path`` with check-jsonschema's builtin compose-spec schema."""
    done = subprocess.run(
        [str(executable("check-jsonschema")), "--builtin-schema", "vendor.compose-spec", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, f"{path.name} breaks the compose spec:\n{done.stdout}{done.stderr}"


def load_yaml(text: str) -> Compose:
    """Parse a compose file (YAML merge keys resolved)."""
    loaded = tool("yaml").safe_load(text)
    assert isinstance(loaded, dict)
    return loaded


def compose_file() -> Compose:
    return load_yaml(COMPOSE.read_text())


def check_variables(**overrides: str) -> dict[str, str]:
    """The variables deploy/ci/compose.host.yaml requires, with placeholders unless given."""
    placeholders = {
        "TODO_IMAGE": "localhost/todo-evolution:test",
        "TODO_CHECK_SECRET_KEY": "k" * 48,
        "TODO_CHECK_OPS_TOKEN": "o" * 24,
        "TODO_CHECK_DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/todo",
        "TODO_CHECK_REDIS_URL": "redis://127.0.0.1:6379",
        "TODO_CHECK_BROKER_PREFIX": "compose-check",
        "TODO_CHECK_API1_PORT": "18001",
        "TODO_CHECK_API2_PORT": "18002",
        "TODO_CHECK_WORKER_PORT": "18003",
    }
    return {**placeholders, **overrides}


def podman_compose(
    project: str, *args: str, variables: dict[str, str], timeout: float = COMPOSE_SECONDS
) -> subprocess.CompletedProcess[str]:
    """Run ``podman-compose -p PROJECT -f compose.yaml -f compose.host.yaml ARGS``."""
    return subprocess.run(
        [
            str(executable("podman-compose")),
            "-p",
            project,
            "-f",
            str(COMPOSE),
            "-f",
            str(HOST_OVERRIDE),
            *args,
        ],
        env={**podman_env(), **variables},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def merged_with_override(tmp_path: Path) -> Path:
    """compose.yaml merged with the host override by podman-compose (``--dry-run``: podman
    is not needed), written to a file."""
    done = podman_compose("compose-merge", "--dry-run", "config", variables=check_variables())
    assert done.returncode == 0, f"podman-compose could not merge the files: {done.stderr}"
    merged = tmp_path / "merged.yaml"
    merged.write_text(done.stdout)
    return merged


# --- The variables the files set --------------------------------------------------------------


def env_example() -> dict[str, str]:
    """The variables todo.env.example sets (its lines that are not comments)."""
    values: dict[str, str] = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, sep, value = line.partition("=")
        assert sep, f"not NAME=value: {line!r}"
        assert name not in values, f"{name} is set twice"
        values[name] = value
    return values


def pinned(image: str) -> bool:
    """Tell whether ``image`` (its default when it is a ``${VAR:-default}``) names a tag other
    than latest, or a digest."""
    default = re.fullmatch(r"\$\{[A-Z0-9_]+:-(.+)\}", image)
    name = default.group(1) if default else image
    if "@sha256:" in name:
        return True
    _, _, last = name.rpartition("/")
    repository, colon, tag = last.partition(":")
    return bool(repository and colon and tag and tag != "latest")


# --- Offline checks -------------------------------------------------------------------------------


def test_compose_file_follows_the_compose_spec() -> None:
    """compose.yaml passes check-jsonschema's builtin compose-spec schema."""
    check_jsonschema(COMPOSE)


def test_the_host_override_merges_into_a_valid_file(tmp_path: Path) -> None:
    """compose.yaml merged with deploy/ci/compose.host.yaml (as podman-compose merges them)
    passes the compose-spec schema, and runs each app service on the host's network, from the
    given image, on loopback, without the env file, on ports of its own."""
    merged_path = merged_with_override(tmp_path)
    check_jsonschema(merged_path)
    services = load_yaml(merged_path.read_text())["services"]
    ports = set()
    for name in APP_SERVICES:
        service = services[name]
        assert service["network_mode"] == "host", name
        assert service["image"] == "localhost/todo-evolution:test", name
        assert "env_file" not in service, f"{name} still reads todo.env"
        environment = service["environment"]
        assert environment["TODO_HOST"] == environment["TODO_WORKER_HOST"] == "127.0.0.1", name
        assert environment["TODO_DATABASE_URL"].startswith("postgresql://"), name
        assert environment["TODO_WORKERS_IN_SERVER"] == "no", name
        ports.add(environment.get("TODO_PORT") or environment.get("TODO_WORKER_PORT"))
    assert ports == {None, "18001", "18002", "18003"}  # migrate listens nowhere


def test_every_todo_variable_is_a_setting() -> None:
    """Every ``TODO_*`` name in compose.yaml, the host override and todo.env.example (comments
    included) is a setting of ``todo.config.Settings``, or one of the variables compose reads
    (TODO_IMAGE, TODO_PUBLISH_PORT, TODO_SUBNET, TODO_CHECK_*)."""
    known = setting_names()
    for path in (COMPOSE, HOST_OVERRIDE, ENV_EXAMPLE):
        names = set(re.findall(r"\bTODO_[A-Z0-9_]+\b", path.read_text()))
        assert names, path
        unknown = {
            name for name in names - known - COMPOSE_VARIABLES if not name.startswith(CHECK_PREFIX)
        }
        assert not unknown, f"{path.relative_to(ROOT)} names no setting: {sorted(unknown)}"


def test_the_env_example_documents_a_production_setup() -> None:
    """todo.env.example sets the secrets and URLs the stack needs, they make valid production
    settings, and each broker URL it offers in comments is one the app takes."""
    values = env_example()
    for name in (
        "TODO_ENV",
        "TODO_SECRET_KEY",
        "TODO_PUBLIC_URL",
        "TODO_REGISTRATION",
        "TODO_OPS_TOKEN",
        "POSTGRES_PASSWORD",
        "TODO_DATABASE_URL",
        "TODO_REDIS_URL",
        "TODO_BROKER_URL",
    ):
        assert values.get(name), f"todo.env.example does not set {name}"
    assert values["TODO_ENV"] == "production"
    assert values["TODO_DATABASE_URL"].startswith("postgresql://todo:")
    assert values["TODO_DATABASE_URL"].endswith("@postgres:5432/todo")
    fields = {
        name.removeprefix("TODO_").lower(): value
        for name, value in values.items()
        if name.startswith("TODO_")
    }
    settings = Settings.model_validate(fields)  # raises on what production refuses
    assert settings.env == "production"
    assert settings.broker_url.startswith("redis://redis:")
    offered = re.findall(r"^# TODO_BROKER_URL=(\S+)$", ENV_EXAMPLE.read_text(), re.MULTILINE)
    assert {urllib.parse.urlsplit(url).scheme for url in offered} == {"nats", "amqp", "kafka"}
    for url in offered:
        Settings.model_validate({**fields, "broker_url": url})


def test_every_service_has_a_health_check_and_a_pinned_image() -> None:
    """Every service but the one-shot migration declares a health check (the migration turns
    the image's off and is never restarted); no image is untagged or ``latest``."""
    services = compose_file()["services"]
    for name, service in services.items():
        assert pinned(service["image"]), f"{name}: {service['image']} is not pinned"
        healthcheck = service.get("healthcheck", {})
        if name == "migrate":
            assert healthcheck == {"disable": True}
            assert service["restart"] == "no"
            continue
        assert healthcheck.get("test"), f"{name} has no health check"
        assert not healthcheck.get("disable"), name
        assert {"interval", "timeout", "retries"} <= healthcheck.keys(), name


def test_the_app_services_share_one_hardened_definition() -> None:
    """migrate, api-1, api-2 and worker run the product image (buildable here) as its own
    user, read-only with a /tmp tmpfs, no capability, workers outside the APIs, from the env
    file; api-1 and api-2 are the same service; the APIs and the worker wait for the migration
    and Redis, the migration for PostgreSQL."""
    services = compose_file()["services"]
    for name in APP_SERVICES:
        service = services[name]
        assert service["image"] == "${TODO_IMAGE:-localhost/todo-evolution:0.2.0}", name
        assert service["build"] == ".", name
        assert service["env_file"] == "todo.env", name
        assert service["read_only"] is True, name
        assert service["tmpfs"] == ["/tmp"], name
        assert service["user"] == "10001:10001", name
        assert service["cap_drop"] == ["ALL"], name
        assert service["environment"]["TODO_WORKERS_IN_SERVER"] == "no", name
    assert services["api-1"] == services["api-2"]
    assert services["api-1"]["command"] == ["todo", "serve"]
    assert services["worker"]["command"] == ["todo", "worker"]
    assert services["migrate"]["command"] == ["todo", "db", "upgrade"]
    for name in ("api-1", "api-2", "worker"):
        assert services[name]["depends_on"] == {
            "migrate": {"condition": "service_completed_successfully"},
            "redis": {"condition": "service_healthy"},
        }, name
    assert services["migrate"]["depends_on"] == {"postgres": {"condition": "service_healthy"}}


def test_brokers_and_the_proxy_are_where_the_files_say() -> None:
    """Redis runs by default; NATS (with JetStream), RabbitMQ and Kafka each in a profile of
    their own; the proxy alone publishes a port and mounts nginx.conf read-only."""
    services = compose_file()["services"]
    assert "profiles" not in services["redis"]
    for name, profile in BROKER_PROFILES.items():
        assert services[name]["profiles"] == [profile], name
    assert "-js" in services["nats"]["command"]
    published = {name: service["ports"] for name, service in services.items() if "ports" in service}
    assert published == {"proxy": ["${TODO_PUBLISH_PORT:-8000}:8080"]}
    assert services["proxy"]["volumes"] == ["./deploy/compose/nginx.conf:/etc/nginx/nginx.conf:ro"]
    assert services["proxy"]["depends_on"].keys() == {"api-1", "api-2"}


def test_the_proxy_config_matches_the_app() -> None:
    """nginx.conf spreads requests over api-1 and api-2 on the port `todo serve` listens on in
    the image, upgrades the app's WebSocket routes, passes the client's address and scheme, and
    refuses bodies past the app's default TODO_MAX_BODY_BYTES."""
    conf = NGINX_CONF.read_text()
    upstream = re.search(r"upstream todo_api \{(.*?)\}", conf, re.DOTALL)
    assert upstream is not None
    assert re.findall(r"^\s*server (\S+)", upstream.group(1), re.MULTILINE) == [
        "api-1:8000",
        "api-2:8000",
    ]
    balancing = re.findall(r"^\s*(least_conn|ip_hash|hash|random)\b", upstream.group(1), re.M)
    assert not balancing, "the upstream should be round-robin"
    websockets = [r.path for r in live_router.routes if isinstance(r, APIWebSocketRoute)]
    assert websockets
    for path in websockets:
        assert f"location = {path} {{" in conf, f"no WebSocket location for {path}"
    for header in (
        "proxy_set_header Upgrade $http_upgrade;",
        "proxy_set_header Connection $connection_upgrade;",
        "proxy_set_header X-Forwarded-For $remote_addr;",
        "proxy_set_header X-Forwarded-Proto $scheme;",
    ):
        assert header in conf, header
    size = re.search(r"client_max_body_size (\d+)([km]?);", conf)
    assert size is not None
    factor = {"": 1, "k": 1024, "m": 1024 * 1024}[size.group(2)]
    assert int(size.group(1)) * factor == Settings.model_fields["max_body_bytes"].default


# --- The stack, run -------------------------------------------------------------------------------


def redis_client() -> Any:
    """A client of the machine's Redis; skip (fail in CI) when it does not answer."""
    client = tool("redis").Redis.from_url(REDIS_URL, socket_timeout=5)
    try:
        client.ping()
    except Exception as exc:  # refused, unknown host, …
        missing_service(f"Redis at {REDIS_URL} is not usable: {exc}")
    return client


def containers(podman: Podman, project: str, service: str | None = None) -> list[str]:
    """The names of the containers of ``project`` (of one of its services), running or not."""
    filters = ["--filter", f"label=io.podman.compose.project={project}"]
    if service is not None:
        filters += ["--filter", f"label=io.podman.compose.service={service}"]
    listed = podman.run("ps", "--all", *filters, "--format", "{{.Names}}", timeout=60)
    return listed.split()


def stack_logs(podman: Podman, project: str) -> str:
    """The end of each container's logs, to explain a failure."""
    return "\n".join(
        f"--- {name}:\n{podman.logs(name)[-3000:]}" for name in containers(podman, project)
    )


def sign_in(base: str, email: str, password: str) -> str:
    """Sign in with the OAuth2 password form; return the access token."""
    form = urllib.parse.urlencode({"username": email, "password": password}).encode()
    request = urllib.request.Request(
        f"{base}/api/v1/auth/token",
        data=form,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        pair = json.loads(answer.read())
    token = pair["access_token"]
    assert isinstance(token, str)
    return token


def test_the_app_services_run_on_one_database(
    podman: Podman, image: str, empty_postgres: str
) -> None:
    """podman-compose starts compose.yaml's app services with the host override, in
    production: the migration exits 0; api-1, api-2 and the worker answer /readyz and their
    compose health checks pass; an account registered and a task created on api-1 are read
    back from api-2. `down` then removes every container of the project."""
    redis = redis_client()
    project = f"todocompose{uuid.uuid4().hex[:10]}"
    prefix = f"compose-{uuid.uuid4().hex[:10]}"
    ports: set[int] = set()
    while len(ports) < 3:
        ports.add(free_port())
    api1, api2, worker = sorted(ports)
    variables = check_variables(
        TODO_IMAGE=image,
        TODO_CHECK_SECRET_KEY=secrets.token_urlsafe(48),
        TODO_CHECK_OPS_TOKEN=secrets.token_urlsafe(24),
        TODO_CHECK_DATABASE_URL=empty_postgres,
        TODO_CHECK_REDIS_URL=REDIS_URL,
        TODO_CHECK_BROKER_PREFIX=prefix,
        TODO_CHECK_API1_PORT=str(api1),
        TODO_CHECK_API2_PORT=str(api2),
        TODO_CHECK_WORKER_PORT=str(worker),
    )
    timings: dict[str, float] = {}
    started = time.monotonic()
    try:
        # What depends_on does, by hand: postgres and redis are the machine's here (--no-deps).
        up = podman_compose(
            project, "up", "-d", "--no-deps", "--no-build", "migrate", variables=variables
        )
        assert up.returncode == 0, f"podman-compose up migrate failed: {up.stderr[-3000:]}"
        (migrate,) = containers(podman, project, "migrate")
        code = podman.run("wait", migrate, timeout=120).strip()
        assert code == "0", f"the migration exited {code}:\n{podman.logs(migrate)[-3000:]}"
        timings["migrate"] = time.monotonic() - started

        services = ("api-1", "api-2", "worker")
        up = podman_compose(
            project, "up", "-d", "--no-deps", "--no-build", *services, variables=variables
        )
        assert up.returncode == 0, f"podman-compose up failed: {up.stderr[-3000:]}"
        try:
            for name, port in zip(services, (api1, api2, worker), strict=True):
                wait_ready(f"http://127.0.0.1:{port}/readyz", what=name)
        except AssertionError as error:
            raise AssertionError(f"{error}\n{stack_logs(podman, project)}") from error
        timings["ready"] = time.monotonic() - started
        for name in services:
            (container,) = containers(podman, project, name)
            # compose's health check (the image's probe, on the port the override set).
            podman.run("healthcheck", "run", container, timeout=60)
            shown = podman.run(
                "inspect",
                "--format",
                "{{.Config.User}} {{.HostConfig.ReadonlyRootfs}} {{.HostConfig.NetworkMode}}",
                container,
            )
            assert shown.split() == ["10001:10001", "true", "host"], name

        email = f"compose-{uuid.uuid4().hex[:8]}@example.com"
        password = "correct horse battery"
        base1, base2 = f"http://127.0.0.1:{api1}", f"http://127.0.0.1:{api2}"
        status, body = http(
            "POST", f"{base1}/api/v1/auth/register", {"email": email, "password": password}
        )
        assert status == 202, body
        token = sign_in(base1, email, password)
        status, created = http("POST", f"{base1}/api/v1/tasks", {"title": "Across"}, token)
        assert status == 201, created
        assert isinstance(created, dict)
        status, read = http("GET", f"{base2}/api/v1/tasks/{created['id']}", token=token)
        assert status == 200, read
        assert isinstance(read, dict)
        assert read["title"] == "Across"
        timings["requests"] = time.monotonic() - started
    finally:
        stopping = time.monotonic()
        down = podman_compose(project, "down", "-t", "15", variables=variables)
        left = containers(podman, project)
        for name in left:  # only if `down` failed: remove them anyway, then fail below
            podman.run("rm", "--force", "--time", "5", name, check=False, timeout=60)
        timings["down"] = time.monotonic() - stopping
        for key in redis.scan_iter(match=f"{prefix}.*", count=1000):
            redis.delete(key)
        redis.close()
        print(f"\ncompose stack: {', '.join(f'{k} {v:.1f} s' for k, v in timings.items())}")
    assert down.returncode == 0, f"podman-compose down failed: {down.stderr[-3000:]}"
    assert not left, f"`down` left containers: {left}"
    assert not containers(podman, project)


@pytest.mark.parametrize("name", ["nginx", "nginx:latest", "${X:-postgres}", "a/b:latest"])
def test_unpinned_images_are_caught(name: str) -> None:
    """The pin check refuses untagged and ``latest`` images."""
    assert not pinned(name)
