"""The two hottest reads — the task list and one task — served without FastAPI's per-request
dependency solving, in front of the routes that document them.

FastAPI resolves a route's dependencies, parameters and headers one by one on every request; for
a read that costs less than the resolving, that was a quarter of the server's time. These
routes do the same three things directly — read the bearer token, read the query (in the one
validation the documented route uses), call the one service — and raise the same errors, which
the same exception handlers turn into the same problem+json answers. A request that is not the
ordinary case (no bearer token, a conditional request, an id out of range) does not match them
and goes on to the documented FastAPI route, so every answer is one the OpenAPI document
describes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route
from starlette.types import Receive, Scope, Send

from todo.bootstrap import App
from todo.entrypoints.api.query_models import read_query
from todo.entrypoints.api.responses import listing_response, task_response
from todo.entrypoints.api.routes.tasks import TaskListParams
from todo.services import tasks
from todo.services.authentication import authenticate
from todo.services.task_list import list_tasks

#: The largest task id a path may name (the documented route answers 422 beyond it).
_ID_MAX = 2**63 - 1

Handler = Callable[[Request, str], Awaitable[Response]]


@dataclass(frozen=True)
class _Documented:
    """What the metrics and the access log name a request by: the documented route's path."""

    path: str


class _FastRead(Route):
    """A GET route that takes only ordinary requests: a bearer token, nothing conditional."""

    def __init__(self, path: str, documented: str, handler: Handler) -> None:
        super().__init__(path, _Endpoint(_Documented(documented), handler), methods=["GET"])

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        """Match as a route does, but only an ordinary request, and only fully."""
        match, child = super().matches(scope)
        if match is not Match.FULL or _bearer(scope) is None:
            return Match.NONE, {}
        task_id = child.get("path_params", {}).get("task_id")
        if task_id is not None and not 1 <= task_id <= _ID_MAX:
            return Match.NONE, {}
        if any(name == b"if-none-match" for name, _ in scope["headers"]):
            return Match.NONE, {}
        return match, child


@dataclass(frozen=True)
class _Endpoint:
    """The ASGI application of a fast route."""

    documented: _Documented
    handler: Handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["route"] = self.documented
        token = _bearer(scope)
        assert token is not None  # the route matched only requests that carry one
        response = await self.handler(Request(scope, receive), token)
        await response(scope, receive, send)


def fast_reads() -> list[Route]:
    """Return the fast routes to put first in the API's router."""
    return [
        _FastRead("/api/v1/tasks", "/api/v1/tasks", _list),
        _FastRead("/api/v1/tasks/{task_id:int}", "/api/v1/tasks/{task_id}", _one),
    ]


def _bearer(scope: Scope) -> str | None:
    """Return the bearer token as the documented routes read it, else None."""
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token if scheme.lower() == "bearer" and token else None
    return None


async def _list(request: Request, token: str) -> Response:
    app: App = request.app.state.todo
    actor = await authenticate(app.uow(), kit=app.auth, token=token)
    params = read_query(TaskListParams, request)
    return listing_response(await list_tasks(app.uow(), actor=actor, query=params.query()))


async def _one(request: Request, token: str) -> Response:
    app: App = request.app.state.todo
    actor = await authenticate(app.uow(), kit=app.auth, token=token)
    task_id: int = request.path_params["task_id"]
    return task_response(await tasks.get(app.uow(), actor=actor, task_id=task_id))
