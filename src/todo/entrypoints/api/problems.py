"""Errors as RFC 9457 problem details (``application/problem+json``), one mapping for the API."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.routing import Match, Mount
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from todo import logs
from todo.domain.text import printable
from todo.errors import (
    Busy,
    ConfigurationError,
    Conflict,
    FieldProblem,
    Forbidden,
    Invalid,
    NotFound,
    PreconditionFailed,
    RateLimited,
    SchemaOutdated,
    StillInProgress,
    TodoError,
    Unauthorized,
    Unavailable,
)
from todo.services.validation import invalid, problems_of

log = logging.getLogger("todo.api")
PROBLEM_JSON = "application/problem+json"
#: The methods a ``405``'s ``Allow`` may name, in the order it names them.
_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")

_STATUS = {
    NotFound: 404,
    Invalid: 422,
    Conflict: 409,
    PreconditionFailed: 412,
    Unauthorized: 401,
    Forbidden: 403,
    RateLimited: 429,
    Busy: 503,
    Unavailable: 503,
    SchemaOutdated: 503,
    ConfigurationError: 500,
}
_TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    412: "Precondition failed",
    413: "Request body too large",
    415: "Unsupported media type",
    422: "Invalid input",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}


class FieldError(BaseModel):
    """One problem with one input field."""

    field: str = Field(examples=["title"])
    message: str = Field(examples=["The title is empty; give the task a few words."])


class Problem(BaseModel):
    """An error, as RFC 9457 describes: what kind, what happened, and which fields were at fault."""

    type: str = Field(examples=["/problems/invalid-input"])
    title: str = Field(examples=["Invalid input"])
    status: int = Field(examples=[422])
    detail: str = Field(examples=["The title is empty; give the task a few words."])
    instance: str | None = Field(default=None, examples=["/api/v1/tasks"])
    request_id: str | None = Field(default=None, examples=["3f2a9c0d8e7b4a61"])
    errors: list[FieldError] | None = None


def problem_response(
    status: int,
    detail: str,
    *,
    request: Request | None = None,
    instance: str | None = None,
    title: str | None = None,
    errors: list[FieldProblem] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """Return a problem+json response about ``request`` (or the path ``instance``)."""
    title = title or _TITLES.get(status, "Error")
    body = Problem(
        type="/problems/" + title.lower().replace(" ", "-"),
        title=title,
        status=status,
        detail=printable(detail),
        instance=request.url.path if request is not None else instance,
        request_id=logs.request_id.get(),
        errors=[FieldError(field=printable(p.field), message=printable(p.message)) for p in errors]
        if errors
        else None,
    )
    return Response(
        body.model_dump_json(exclude_none=True),
        status_code=status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


async def _todo_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, TodoError)
    status = next((code for kind, code in _STATUS.items() if isinstance(exc, kind)), 400)
    headers: dict[str, str] = {}
    if isinstance(exc, Unauthorized):
        headers["WWW-Authenticate"] = 'Bearer realm="todo"'
    if isinstance(exc, RateLimited | Busy | StillInProgress):
        headers["Retry-After"] = str(exc.retry_after)
    problems = exc.problems if isinstance(exc, Invalid) else None
    return problem_response(
        status, exc.message, request=request, title=exc.title, errors=problems, headers=headers
    )


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    error = invalid(problems_of(exc.errors()))
    return problem_response(422, error.message, request=request, errors=error.problems)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers or {})
    detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "Error")
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"There is nothing at {request.url.path}."
    elif exc.status_code == 405:
        detail = f"{request.method} is not allowed on {request.url.path}."
        allowed = _allowed_methods(request)
        if allowed:
            headers["Allow"] = ", ".join(allowed)
    elif exc.status_code == 413:
        detail = "The request body is larger than this server accepts."
    if not detail.endswith("."):
        detail += "."
    return problem_response(exc.status_code, detail, request=request, headers=headers)


def _allowed_methods(request: Request) -> list[str]:
    """Return the methods some route of the app answers at the request's path, in the usual
    order (one path is often served by several routes, a method each).

    A mount's application judges its own paths; static files answer ``GET`` and ``HEAD``.
    """
    allowed: list[str] = []
    for method in _METHODS:
        probe: Scope = {
            "type": "http",
            "method": method,
            "path": request.scope["path"],
            "root_path": request.scope.get("root_path", ""),
            "headers": [],
        }
        for route in request.app.router.routes:
            match, _ = route.matches(probe)
            if match is Match.FULL:
                if isinstance(route, Mount):
                    if isinstance(route.app, StaticFiles) and method in ("GET", "HEAD"):
                        allowed.append(method)
                else:
                    allowed.append(method)
                break
    return allowed


def unexpected_error(path: str, *, answered: bool) -> Response | None:
    """Log the error being handled, with its traceback, and return the 500 problem that answers
    it — or ``None`` when the response had already begun (the connection then ends unfinished).

    Call it from an ``except`` block.
    """
    log.exception("unexpected error", extra={"path": path, "response_started": answered})
    if answered:
        return None
    return problem_response(
        500,
        "Something went wrong on our side; the request changed nothing. "
        "Quote the request id if you report it.",
        instance=path,
    )


def install(app: FastAPI) -> None:
    """Make every expected error of ``app`` a problem+json response (unexpected ones are
    answered by the request middleware, :class:`~todo.entrypoints.api.middleware.RequestContext`,
    which sees every request to the end)."""
    app.add_exception_handler(TodoError, _todo_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Return the OpenAPI description of the given error statuses, for a route's ``responses``."""
    return {
        status: {
            "model": Problem,
            "description": _TITLES.get(status, "Error"),
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
