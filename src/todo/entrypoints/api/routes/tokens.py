"""Personal access tokens for scripts and AI clients."""

from __future__ import annotations

from fastapi import APIRouter, Response

from todo.domain.tokens import (
    PersonalAccessTokenCreate,
    PersonalAccessTokenCreated,
    PersonalAccessTokenPublic,
)
from todo.entrypoints.api.dependencies import ActorDep, AppDep, TokenId
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.services import personal_tokens

router = APIRouter(prefix="/api/v1/tokens", tags=["tokens"])


@router.get("", response_model=list[PersonalAccessTokenPublic], responses=responses(401))
async def list_tokens(app: AppDep, actor: ActorDep) -> list[PersonalAccessTokenPublic]:
    """List your personal access tokens (never the tokens themselves)."""
    return await personal_tokens.list_tokens(app.uow(), actor=actor)


@router.post(
    "",
    status_code=201,
    response_model=PersonalAccessTokenCreated,
    responses=responses(401, 403, 422),
)
async def create_token(app: AppDep, actor: ActorDep, data: PersonalAccessTokenCreate) -> Response:
    """Create a named token with scopes (``tasks:read``, ``tasks:write``, ``chat``,
    ``projects:write``).

    The token is in this response only: store it now.
    """
    created = await personal_tokens.create_token(app.uow(), actor=actor, data=data)
    return json_response(created, status_code=201, headers={"Cache-Control": "no-store"})


@router.delete("/{token_id}", status_code=204, responses=responses(401, 404, 422))
async def revoke_token(app: AppDep, actor: ActorDep, token_id: TokenId) -> Response:
    """Revoke one of your tokens; it stops working at once."""
    await personal_tokens.revoke_token(app.uow(), actor=actor, token_id=token_id)
    return Response(status_code=204)
