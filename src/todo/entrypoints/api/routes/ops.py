"""Operations: liveness, readiness and Prometheus metrics.

``/healthz`` and the status of ``/readyz`` are for anyone (probes); the checks behind
``/readyz`` and ``/metrics`` say more about the deployment, so in production they are shown
only with ``TODO_OPS_TOKEN`` as a bearer token (or when ``TODO_OPS_PUBLIC=yes``); elsewhere
``TODO_OPS_PUBLIC=auto`` shows them to anyone.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, Field

from todo.bootstrap import App
from todo.entrypoints.api.dependencies import AppDep
from todo.errors import Unauthorized
from todo.services.events.runtime import EventRuntime
from todo.services.health import CachedCheck, details_allowed

router = APIRouter(tags=["ops"])

Authorization = Annotated[str | None, Header(include_in_schema=False)]


class Health(BaseModel):
    """How the service is: ``ok`` or ``unavailable``, and each check's result when shown."""

    status: str = Field(examples=["ok"])
    checks: dict[str, str] | None = Field(
        default=None,
        examples=[{"database": "ok", "broker": "ok", "consumers": "ok"}],
        description="Each check's result, ``ok`` or one sentence; only to those who may see.",
    )


@router.get("/healthz", response_model=Health, response_model_exclude_none=True)
async def healthz() -> Health:
    """Say that the process is up (no dependency is checked)."""
    return Health(status="ok")


@router.get("/readyz", response_model=Health, responses={503: {"model": Health}})
async def readyz(app: AppDep, request: Request, authorization: Authorization = None) -> Response:
    """Say whether the database and the event broker can be reached and this process's
    subscriptions read; ``503`` when not. Writes still succeed while the broker is down (their
    events wait in the outbox); only live updates and the workers pause.

    Answers at once, whatever the broker does: the broker is checked in the background, the
    database at most every two seconds, and no request connects to either. The checks are
    listed for those who may see them (``TODO_OPS_TOKEN`` as a bearer token; anyone outside
    production).
    """
    events: EventRuntime = request.app.state.events
    checks = {"database": await _database(app, request).result() or "ok", **events.health()}
    healthy = all(result == "ok" for result in checks.values())
    health = Health(status="ok" if healthy else "unavailable")
    if _may_see_details(app, authorization):
        health.checks = checks
    return Response(
        health.model_dump_json(exclude_none=True),
        status_code=200 if healthy else 503,
        media_type="application/json",
    )


@router.get(
    "/metrics",
    response_class=Response,
    responses={
        200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Prometheus text."},
        401: {"description": "Needs TODO_OPS_TOKEN as a bearer token."},
    },
)
async def metrics(app: AppDep, request: Request, authorization: Authorization = None) -> Response:
    """Return request counts and latencies by route, in Prometheus' text format (with
    ``TODO_OPS_TOKEN`` as a bearer token, unless metrics are public here)."""
    if not _may_see_details(app, authorization):
        raise Unauthorized("The metrics need the operations token (TODO_OPS_TOKEN) as a bearer.")
    registry = request.app.state.metrics.registry
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)


def _may_see_details(app: App, authorization: str | None) -> bool:
    settings = app.settings
    return details_allowed(
        public=settings.ops_public,
        production=settings.env == "production",
        token=settings.ops_token.get_secret_value() if settings.ops_token else None,
        authorization=authorization,
    )


def _database(app: App, request: Request) -> CachedCheck:
    """The cached database check of this server (made on first use)."""
    check: CachedCheck | None = getattr(request.app.state, "database_check", None)
    if check is None:
        check = CachedCheck(app.check_database)
        request.app.state.database_check = check
    return check
