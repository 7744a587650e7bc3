"""Accounts: register, sign in, refresh, sign out."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request, Response
from fastapi.security import OAuth2PasswordRequestForm

from todo.config import production_warnings
from todo.domain.tokens import RefreshRequest, TokenPair
from todo.domain.users import RegistrationAccepted, RegistrationPolicy, SignInForm, UserRegister
from todo.entrypoints.api.dependencies import AppDep, client_network
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.services import accounts, registration
from todo.services.validation import parse_input

log = logging.getLogger("todo.api")


@asynccontextmanager
async def _warn_about_production_settings(api: FastAPI) -> AsyncIterator[None]:
    """At start-up, log what a production server may run with but should not."""
    for warning in production_warnings(api.state.todo.settings, os.environ):
        log.warning(warning)
    yield


router = APIRouter(prefix="/api/v1/auth", tags=["auth"], lifespan=_warn_about_production_settings)


@router.post(
    "/register",
    status_code=202,
    response_model=RegistrationAccepted,
    responses=responses(403, 422, 429),
    summary="Open an account",
)
async def register(app: AppDep, request: Request, data: UserRegister) -> Response:
    """Open an account with an e-mail and a password (8 to 128 characters), then sign in.

    The answer is the same ``202`` whether or not the e-mail had an account already (so it tells
    nobody which e-mails have one): sign in right after with the e-mail and the password. A
    server may ask for an ``invitation`` code from its admin, or open no accounts at all (403);
    ``GET /api/v1/auth/registration`` says which. Limited per address (an IPv6 one's /64) and
    per e-mail.
    """
    mode = app.settings.registration_mode
    if mode != "closed":
        await app.limit(f"register:ip:{client_network(request)}", app.settings.login_rate_limit)
        await app.limit(f"register:email:{data.email}", app.settings.login_rate_limit)
    accepted = await registration.register(
        app.uow(),
        kit=app.auth,
        data=data,
        mode=mode,
        first_is_admin=app.settings.first_account_is_admin,
    )
    return json_response(accepted, status_code=202)


@router.get(
    "/registration",
    response_model=RegistrationPolicy,
    summary="How accounts are opened here",
)
async def registration_policy(app: AppDep) -> RegistrationPolicy:
    """Say whether this server opens accounts to anyone (``open``), to holders of an invitation
    code (``invite``), or not over the API (``closed``)."""
    return RegistrationPolicy(registration=app.settings.registration_mode)


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

    Returns a short-lived access token and a refresh token. Attempts are limited per address
    (an IPv6 one's whole /64), and wrong passwords per e-mail from all addresses together.
    Past a limit every attempt waits (429 with ``Retry-After``) without its password being
    checked, the right password too.
    """
    given = parse_input(SignInForm, {"username": form.username, "password": form.password})
    pair = await accounts.sign_in(
        app.uow(),
        kit=app.auth,
        limits=app.sign_in_limits,
        email=given.username,
        password=given.password,
        network=client_network(request),
    )
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
