"""The routes' dependencies of our own are coroutines: a plain function would be run on the
thread pool, a thread hop per request for nothing."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path

from fastapi.dependencies.models import Dependant
from fastapi.routing import iter_route_contexts

from tests.api.conftest import api_settings
from todo.entrypoints.server import create_app


def _calls(dependant: Dependant) -> Iterator[object]:
    for dependency in dependant.dependencies:
        yield dependency.call
        yield from _calls(dependency)


def test_every_dependency_of_ours_is_async(tmp_path: Path) -> None:
    api = create_app(api_settings(f"sqlite+aiosqlite:///{tmp_path / 'todo.db'}", tmp_path))
    dependants = [
        route.dependant
        for route in iter_route_contexts(api.routes)  # what the OpenAPI document is made from
        if isinstance(getattr(route, "dependant", None), Dependant)
    ]
    ours = {
        f"{call.__module__}.{call.__qualname__}": call
        for dependant in dependants
        for call in _calls(dependant)
        if inspect.isfunction(call) and call.__module__.startswith("todo.")
    }
    assert "todo.entrypoints.api.dependencies.current_actor" in ours  # the walk sees them
    assert [
        name for name, call in sorted(ours.items()) if not inspect.iscoroutinefunction(call)
    ] == []
