"""Accounts: register, sign in, refresh, sign out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.security import OAuth2PasswordRequestForm

from todo.domain.tokens import RefreshRequest, TokenPair
from todo.domain.users import UserPublic, UserRegister
from todo.entrypoints.api.dependencies import AppDep, client_ip
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.services import accounts

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=201,
    response_model=UserPublic,
    responses=responses(409, 422, 429),
    summary="Open an account",
)
async def register(app: AppDep, request: Request, data: UserRegister) -> Response:
    """Open an account with an e-mail and a password (8 to 128 characters).

    The first account of a server is its admin. Limited per address and per e-mail.
    """
    await app.limit(f"register:ip:{client_ip(request)}", app.settings.login_rate_limit)
    await app.limit(f"register:email:{data.email}", app.settings.login_rate_limit)
    user = await accounts.register(app.uow(), kit=app.auth, data=data)
    return json_response(user, status_code=201)


@router.post(
    "/token",
    response_model=TokenPair,
    responses=responses(401, 422, 429),
    summary="Sign in",
)
async def token(
    app: AppDep,
    request: Request,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
) -> Response:
    """Sign in with the OAuth2 password form (``username`` is the e-mail).

    Returns a short-lived access token and a refresh token. Limited per address and per e-mail.
    """
    email = form.username.strip().lower()
    await app.limit(f"login:ip:{client_ip(request)}", app.settings.login_rate_limit)
    await app.limit(f"login:email:{email}", app.settings.login_rate_limit)
    pair = await accounts.sign_in(app.uow(), kit=app.auth, email=email, password=form.password)
    return json_response(pair, headers={"Cache-Control": "no-store"})


@router.post(
    "/refresh",
    response_model=TokenPair,
    responses=responses(401, 422),
    summary="Refresh the access token",
)
async def refresh(app: AppDep, data: RefreshRequest) -> Response:
    """Exchange a refresh token for a new access token and a new refresh token.

    Each refresh token works once; using one twice ends every session of that sign-in.
    """
    pair = await accounts.refresh(app.uow(), kit=app.auth, refresh_token=data.refresh_token)
    return json_response(pair, headers={"Cache-Control": "no-store"})


@router.post("/logout", status_code=204, responses=responses(422), summary="Sign out")
async def logout(app: AppDep, data: RefreshRequest) -> Response:
    """End the sign-in a refresh token belongs to (every token of it stops working)."""
    await accounts.sign_out(app.uow(), refresh_token=data.refresh_token)
    return Response(status_code=204)
