"""Connected applications: the assistants a user let in by OAuth, and revoking them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from todo.domain.oauth import AuthorizationPublic
from todo.entrypoints.api.dependencies import ActorDep, AppDep
from todo.entrypoints.api.problems import responses
from todo.services import oauth

router = APIRouter(prefix="/api/v1/authorizations", tags=["authorizations"])

#: A connected application's id in a path (a UUID).
AuthorizationId = Annotated[
    str, Path(min_length=1, max_length=36, description="The connected application's id.")
]


@router.get("", response_model=list[AuthorizationPublic], responses=responses(401, 403))
async def list_authorizations(app: AppDep, actor: ActorDep) -> list[AuthorizationPublic]:
    """List the applications you connected by OAuth (an AI assistant's connector), newest first:
    what each may do and when it last got a token. Signed in with your password only."""
    return await oauth.authorizations(app.uow(), actor=actor)


@router.delete("/{authorization_id}", status_code=204, responses=responses(401, 403, 404, 422))
async def revoke_authorization(
    app: AppDep, actor: ActorDep, authorization_id: AuthorizationId
) -> Response:
    """Disconnect an application: its tokens stop working at once."""
    await oauth.revoke_authorization(app.uow(), actor=actor, grant_id=authorization_id)
    return Response(status_code=204)
