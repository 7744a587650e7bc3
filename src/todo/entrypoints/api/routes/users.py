"""One's own account, and the admin's view of every account."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from todo.domain.users import AdminUserUpdate, UserPublic, UserUpdate
from todo.entrypoints.api.dependencies import ActorDep, AppDep
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.services import accounts

router = APIRouter(tags=["users"])


@router.get("/api/v1/users/me", response_model=UserPublic, responses=responses(401))
async def read_me(app: AppDep, actor: ActorDep) -> Response:
    """Return your own account."""
    return json_response(await accounts.me(app.uow(), actor=actor))


@router.patch("/api/v1/users/me", response_model=UserPublic, responses=responses(401, 422))
async def update_me(app: AppDep, actor: ActorDep, changes: UserUpdate) -> Response:
    """Change your name, time zone (IANA, e.g. ``Europe/Berlin``) or password."""
    user = await accounts.update_me(app.uow(), kit=app.auth, actor=actor, changes=changes)
    return json_response(user)


@router.get(
    "/api/v1/admin/users",
    response_model=list[UserPublic],
    responses=responses(401, 403, 422),
    tags=["admin"],
)
async def list_users(
    app: AppDep,
    actor: ActorDep,
    after: Annotated[
        str | None, Query(max_length=320, description="E-mail to start after.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 100,
) -> list[UserPublic]:
    """List accounts by e-mail (admins only); pass the last e-mail as ``after`` for more."""
    return list(await accounts.list_users(app.uow(), actor=actor, after=after, limit=limit))


@router.patch(
    "/api/v1/admin/users/{user_id}",
    response_model=UserPublic,
    responses=responses(401, 403, 404, 422),
    tags=["admin"],
)
async def update_user(
    app: AppDep, actor: ActorDep, user_id: str, changes: AdminUserUpdate
) -> Response:
    """Deactivate or reactivate an account, or change its role (admins only)."""
    user = await accounts.admin_update(app.uow(), actor=actor, user_id=user_id, changes=changes)
    return json_response(user)
