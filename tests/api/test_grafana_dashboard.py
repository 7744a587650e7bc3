"""``deploy/grafana/todo-evolution.json`` is a dashboard Grafana can import, and every metric its
queries read is one the product exports: the names and labels are taken from what ``/metrics``
of the API and the worker's ``/metrics`` really answer after some activity, not from a list."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import cheap_passwords
from todo.adapters.clock import FixedClock
from todo.entrypoints.cli.worker_health import HealthEndpoint
from todo.entrypoints.server import create_app

from .conftest import api_settings
from .helpers import add_user

pytestmark = pytest.mark.anyio

DASHBOARD = Path(__file__).parents[2] / "deploy" / "grafana" / "todo-evolution.json"
METRIC = re.compile(r"\b(todo_[a-z0-9_]+)\b")
GROUPED_BY = re.compile(r"\bby\s*\(([^)]*)\)")
SELECTOR = re.compile(r"\{([^}]*)\}")
#: Labels Prometheus adds to every series it scrapes.
SCRAPE_LABELS = {"job", "instance"}


def dashboard() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DASHBOARD.read_text())
    return loaded


def panels(board: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for panel in board["panels"]:
        yield panel
        yield from panel.get("panels", [])


def queries(board: dict[str, Any]) -> list[str]:
    """Every PromQL expression of the dashboard: its panels' targets and its variables'."""
    found = [target["expr"] for panel in panels(board) for target in panel.get("targets", [])]
    for variable in board["templating"]["list"]:
        if variable["type"] == "query":
            query = variable["query"]
            found.append(query["query"] if isinstance(query, dict) else query)
    return found


def test_the_dashboard_has_the_shape_grafana_imports() -> None:
    board = dashboard()
    assert board["uid"] == "todo-evolution"
    assert board["title"]
    assert isinstance(board["schemaVersion"], int)
    assert board["schemaVersion"] >= 36
    assert {"from", "to"} <= set(board["time"])
    variables = {variable["name"]: variable for variable in board["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    ids = [panel["id"] for panel in panels(board)]
    assert len(ids) == len(set(ids)), "panel ids are unique"
    for panel in panels(board):
        position = panel["gridPos"]
        assert {"x", "y", "w", "h"} <= set(position)
        assert position["x"] >= 0
        assert position["x"] + position["w"] <= 24
        if panel["type"] == "row":
            continue
        assert panel["type"] in {"timeseries", "stat", "gauge", "table", "bargauge"}
        assert panel["title"]
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
        targets = panel["targets"]
        assert targets, panel["title"]
        refs = [target["refId"] for target in targets]
        assert len(refs) == len(set(refs))
        for target in targets:
            assert target["expr"].strip()
            assert target["expr"].count("(") == target["expr"].count(")"), target["expr"]
            assert target["expr"].count("{") == target["expr"].count("}"), target["expr"]
    # No two panels overlap.
    cells: set[tuple[int, int]] = set()
    for panel in panels(board):
        position = panel["gridPos"]
        for x in range(position["x"], position["x"] + position["w"]):
            for y in range(position["y"], position["y"] + position["h"]):
                assert (x, y) not in cells, panel["title"]
                cells.add((x, y))


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "todo.db"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


async def exported(sqlite_url: str, tmp_path: Path, clock: FixedClock) -> dict[str, set[str]]:
    """Run the API with its event workers, make some changes, and return every series name that
    the API's ``/metrics`` and the worker's ``/metrics`` then answer, with its label names."""
    settings = api_settings(sqlite_url, tmp_path, relay_in_server=True, workers_in_server="yes")
    api = create_app(settings, clock=clock, password_hasher=cheap_passwords())
    async with api.router.lifespan_context(api):
        transport = httpx.ASGITransport(app=api)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            alice = await add_user(api.state.todo)
            created = await http.post("/api/v1/tasks", json={"title": "A"}, headers=alice.headers)
            assert created.status_code == 201
            assert (
                await http.get("/api/v1/tasks/999999", headers=alice.headers)
            ).status_code == 404
            events = api.state.events
            for _ in range(200):
                if events.handled:
                    break
                await asyncio.sleep(0.02)
            assert events.handled, "the consumers handled the task's event"
            served = await http.get("/metrics")
            assert served.status_code == 200
            worker = await HealthEndpoint(api.state.todo, events).metrics()
    names: dict[str, set[str]] = {}
    for text in (served.text, worker):
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                names.setdefault(sample.name, set()).update(sample.labels)
    return names


async def test_every_metric_the_dashboard_reads_is_exported(
    sqlite_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    series = await exported(sqlite_url, tmp_path, clock)
    board = dashboard()
    used: set[str] = set()
    for expr in queries(board):
        metrics = set(METRIC.findall(expr))
        assert metrics, f"no metric of the product in {expr}"
        unknown = metrics - set(series)
        assert unknown == set(), f"{expr} reads what nobody exports: {sorted(unknown)}"
        used |= metrics
        labels = set().union(*(series[name] for name in metrics)) | SCRAPE_LABELS
        for group in GROUPED_BY.findall(expr):
            grouped = {label.strip() for label in group.split(",") if label.strip()}
            assert grouped <= labels, f"{expr} groups by labels it lacks: {grouped - labels}"
        for selector in SELECTOR.findall(expr):
            named = {part.split("=")[0].strip(" !~") for part in selector.split(",") if part}
            assert named <= labels, f"{expr} selects on labels it lacks: {named - labels}"
    # Every family the product exports has a panel (the Python runtime's own ones aside).
    families = {re.sub(r"_(total|bucket|sum|count|created)$", "", name) for name in series}
    shown = {re.sub(r"_(total|bucket|sum|count|created)$", "", name) for name in used}
    assert {name for name in families if name.startswith("todo_")} <= shown
