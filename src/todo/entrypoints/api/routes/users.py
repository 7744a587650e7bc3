"""One's own account, and the admin's view of every account and of invitations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from todo.domain.invitations import InvitationCreate, InvitationCreated, InvitationPublic
from todo.domain.text import PlainText
from todo.domain.users import AdminUserUpdate, TokenOwnerPublic, UserPublic, UserUpdate
from todo.entrypoints.api.dependencies import ActorDep, AppDep
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.errors import WrongPassword
from todo.services import accounts, invitations

router = APIRouter(tags=["users"])

#: An invitation's id in a path.
InvitationId = Annotated[int, Path(ge=1, le=2**63 - 1, description="The invitation's id.")]


@router.get(
    "/api/v1/users/me",
    response_model=UserPublic | TokenOwnerPublic,
    responses=responses(401),
)
async def read_me(app: AppDep, actor: ActorDep) -> Response:
    """Return your own account.

    With a personal access token, only the account's ``id`` and ``timezone``: a token for
    scripts and assistants does not learn the e-mail, name or role.
    """
    return json_response(await accounts.me(app.uow(), actor=actor))


@router.patch(
    "/api/v1/users/me",
    response_model=UserPublic,
    responses=responses(401, 403, 422, 429),
)
async def update_me(app: AppDep, actor: ActorDep, changes: UserUpdate) -> Response:
    """Change your name, time zone (IANA, e.g. ``Europe/Berlin``) or password.

    A new ``password`` needs your ``current_password`` (403 when it is wrong; a few wrong ones
    and further tries wait, 429). Changing the password signs you out everywhere — every refresh
    token stops working — and revokes all your personal access tokens; sign in again with the
    new password and create new tokens.
    """
    key = f"password:{actor.user_id}"
    if changes.password is not None:
        await app.refuse_if_over(key, app.settings.login_rate_limit)
    try:
        user = await accounts.update_me(app.uow(), kit=app.auth, actor=actor, changes=changes)
    except WrongPassword:
        await app.limit(key, app.settings.login_rate_limit)
        raise
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
        PlainText | None, Query(max_length=320, description="E-mail to start after.")
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
    app: AppDep,
    actor: ActorDep,
    user_id: Annotated[PlainText, Path(max_length=64, description="The account's id.")],
    changes: AdminUserUpdate,
) -> Response:
    """Deactivate or reactivate an account, or change its role (admins only)."""
    user = await accounts.admin_update(app.uow(), actor=actor, user_id=user_id, changes=changes)
    return json_response(user)


@router.post(
    "/api/v1/admin/invitations",
    status_code=201,
    response_model=InvitationCreated,
    responses=responses(401, 403, 422),
    tags=["admin"],
)
async def create_invitation(app: AppDep, actor: ActorDep, data: InvitationCreate) -> Response:
    """Invite someone to open an account (admins only), optionally only with one ``email``.

    The ``code`` is in this response only: pass it on. It works once, until it expires
    (``expires_in_days``, 1 to 30, default 7); registration asks for it when
    ``TODO_REGISTRATION=invite``.
    """
    created = await invitations.create_invitation(app.uow(), actor=actor, data=data)
    return json_response(created, status_code=201, headers={"Cache-Control": "no-store"})


@router.get(
    "/api/v1/admin/invitations",
    response_model=list[InvitationPublic],
    responses=responses(401, 403),
    tags=["admin"],
)
async def list_invitations(app: AppDep, actor: ActorDep) -> list[InvitationPublic]:
    """List the invitations that can still be used, newest first (admins only; never codes)."""
    return await invitations.list_invitations(app.uow(), actor=actor)


@router.delete(
    "/api/v1/admin/invitations/{invitation_id}",
    status_code=204,
    responses=responses(401, 403, 404, 422),
    tags=["admin"],
)
async def revoke_invitation(app: AppDep, actor: ActorDep, invitation_id: InvitationId) -> Response:
    """Withdraw an unused invitation; its code stops working at once (admins only)."""
    await invitations.revoke_invitation(app.uow(), actor=actor, invitation_id=invitation_id)
    return Response(status_code=204)
