"""Operations: liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel

from todo.entrypoints.api.dependencies import AppDep
from todo.services.event_runtime import EventRuntime
from todo.services.health import check_database

router = APIRouter(tags=["ops"])


class Health(BaseModel):
    """How the service is."""

    status: str
    checks: dict[str, str] = {}


@router.get("/healthz", response_model=Health)
async def healthz() -> Health:
    """Say that the process is up (no dependency is checked)."""
    return Health(status="ok")


@router.get("/readyz", response_model=Health, responses={503: {"model": Health}})
async def readyz(app: AppDep, request: Request) -> Response:
    """Say whether the database and the event broker can be reached; ``503`` with what is
    wrong when one cannot. Writes still succeed while the broker is down (their events wait in
    the outbox); only live updates and the workers pause."""
    events: EventRuntime = request.app.state.events
    database = await check_database(app.engine)
    broker = await events.check()
    health = Health(
        status="ok" if database is None and broker is None else "unavailable",
        checks={"database": database or "ok", "broker": broker or "ok"},
    )
    return Response(
        health.model_dump_json(),
        status_code=200 if health.status == "ok" else 503,
        media_type="application/json",
    )


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Prometheus text."}},
)
async def metrics(request: Request) -> Response:
    """Return request counts and latencies by route, in Prometheus' text format."""
    registry = request.app.state.metrics.registry
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
