"""Admin: events the workers gave up on (dead letters), and trying them again."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from todo.entrypoints.api.dependencies import ActorDep, AppDep
from todo.entrypoints.api.problems import responses
from todo.services.events.dead_letters import DeadLetterPublic, list_dead_letters, retry_dead_letter

router = APIRouter(prefix="/api/v1/admin/dead-letters", tags=["admin"])


@router.get("", response_model=list[DeadLetterPublic], responses=responses(401, 403, 422))
async def dead_letters(
    app: AppDep,
    actor: ActorDep,
    limit: Annotated[int, Query(ge=1, le=500, description="How many, newest first.")] = 100,
) -> list[DeadLetterPublic]:
    """List the events a worker could not process after every retry, with their errors."""
    return await list_dead_letters(app.uow(), actor=actor, limit=limit)


@router.post("/{letter_id}/retry", status_code=204, responses=responses(401, 403, 404, 409, 422))
async def retry(
    app: AppDep,
    actor: ActorDep,
    letter_id: Annotated[int, Path(ge=1, le=2**63 - 1, description="The dead letter's id.")],
) -> Response:
    """Process the event again; `204` when it worked (the dead letter is gone), `409` with the
    error when it failed again."""
    await retry_dead_letter(app.uow(), actor=actor, letter_id=letter_id)
    return Response(status_code=204)
