"""Live updates: ``WS /api/v1/ws`` sends your task changes and notifications as they happen.

**Signing in.** Send ``Authorization: Bearer <token>`` with the upgrade request; browsers, which
cannot set headers on a WebSocket, send ``{"type": "auth", "token": "<token>"}`` as their first
message instead, within 5 seconds. Any token the REST API takes works: an access token, a
personal access token with the ``tasks:read`` scope, or a configured identity provider's.

**Server messages** (JSON text frames):

- ``{"type": "ready", "user_id": "…", "heartbeat_seconds": 25}`` once signed in. Load the
  current state over REST *after* it: every change from then on arrives here.
- ``{"type": "event", "event": {…}}`` for each change: a CloudEvents 1.0 object with ``type``
  ``todo.task.created|updated|completed|reopened|deleted|restored`` (``subject``
  ``tasks/{id}``, ``data.task`` the task, ``data.changes`` the changed fields of an update) or
  ``todo.notification.created`` (``data.notification``). Delivery is at least once: skip an
  ``event.id`` already seen.
- ``{"type": "ping"}`` every ``heartbeat_seconds``; answering ``{"type": "pong"}`` is optional.
- ``{"type": "pong"}`` in answer to your ``{"type": "ping"}``. Anything else you send is
  ignored; a ping a second at most is plenty, and a message is at most 16 KiB.

**Close codes**: ``4401`` no token, a bad one, or the token expired (refresh it and reconnect);
``4403`` a personal token without ``tasks:read``; ``4429`` too many connections (those of your
account, or those of your address — an IPv6 one's /64 — that have not signed in) or too many
messages (wait, then reconnect); ``1009`` a message too large; ``1013`` the client fell too
far behind (reconnect, then reload over REST); ``1001`` or ``1012`` the server is shutting down
or restarting (reconnect after a short, random pause); ``1011`` the server could not check the
token. The close reason is one sentence.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging

import anyio
import orjson
from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from fastapi.security.utils import get_authorization_scheme_param
from starlette.websockets import WebSocketState

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.scopes import Scope
from todo.entrypoints.api.dependencies import client_network
from todo.entrypoints.api.live import (
    CLIENT_MESSAGE_MAX,
    FORBIDDEN,
    INTERNAL_ERROR,
    MESSAGE_TOO_BIG,
    TOO_BIG,
    UNAUTHORIZED,
    LiveHub,
    Recheck,
    Refused,
    close_reason,
)
from todo.errors import Forbidden, TodoError, Unauthorized
from todo.services.authentication import authenticate

log = logging.getLogger("todo.live")

router = APIRouter(tags=["live"])

#: How long a client without an ``Authorization`` header has to send its token.
AUTH_TIMEOUT_SECONDS = 5.0
_AUTH_MESSAGE = 'Send the token first, as {"type": "auth", "token": "…"}.'


class _Gone(Exception):
    """The client left before signing in."""


@router.websocket("/api/v1/ws")
async def live_updates(websocket: WebSocket) -> None:
    """Send the signed-in user's task changes and notifications as they happen."""
    app: App = websocket.app.state.todo
    hub: LiveHub = websocket.app.state.live
    address = client_network(websocket)
    try:
        # Until it has signed in, a connection counts against its address's allowance.
        with hub.signing_in(address):
            token = await _token(websocket)
            actor = await authenticate(app.uow(), kit=app.auth, token=token)
            actor.require(Scope.TASKS_READ)
    except _Gone:
        return
    except Refused as refusal:
        await _refuse(websocket, refusal.code, refusal.reason)
        return
    except Unauthorized as error:
        await _refuse(websocket, UNAUTHORIZED, error.message)
        return
    except Forbidden as error:
        await _refuse(websocket, FORBIDDEN, error.message)
        return
    except TodoError as error:
        await _refuse(websocket, INTERNAL_ERROR, error.message)
        return
    except Exception:
        log.exception("a live connection's token could not be checked")
        await _refuse(websocket, INTERNAL_ERROR, "The server could not check the token; try again.")
        return
    if not await _accepted(websocket):
        return
    recheck = _recheck(app, token) if _can_stop_working(app, actor, token) else None
    await hub.serve(
        websocket,
        user_id=actor.user_id,
        expires_at=actor.expires_at,
        recheck=recheck,
        credential=hashlib.sha256(token.encode()).hexdigest() if recheck else None,
    )


def _can_stop_working(app: App, actor: Actor, token: str) -> bool:
    """Tell whether ``token`` can stop working before it expires: a personal token can be
    revoked, and the account behind it or behind an identity provider's token deactivated. Our
    own access tokens expire within minutes instead."""
    if actor.credential == "personal_token":
        return True
    try:
        return app.auth.access_tokens.read(token, now=app.clock.now()) is None
    except TodoError:  # ours, and it expired just now: the heartbeat closes it
        return False


def _recheck(app: App, token: str) -> Recheck:
    """Return the check that ``token`` still works (and still may read tasks)."""

    async def check() -> None:
        actor = await authenticate(app.uow(), kit=app.auth, token=token)
        actor.require(Scope.TASKS_READ)

    return check


async def _accepted(websocket: WebSocket) -> bool:
    """Accept the connection unless that is done; tell whether the client is still there."""
    if websocket.application_state is not WebSocketState.CONNECTING:
        return True
    try:
        await websocket.accept()
    except WebSocketDisconnect:
        return False
    return True


async def _refuse(websocket: WebSocket, code: int, reason: str) -> None:
    """Close a connection that may not be served (unless the client already left)."""
    if await _accepted(websocket):
        with contextlib.suppress(WebSocketDisconnect):
            await websocket.close(code, close_reason(reason))


async def _token(websocket: WebSocket) -> str:
    """Return the bearer token of the header, else (once accepted) of the first message."""
    header = websocket.headers.get("authorization")
    if header is not None:
        scheme, token = get_authorization_scheme_param(header)
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized("The Authorization header must be 'Bearer <token>'.")
        return token
    if not await _accepted(websocket):
        raise _Gone
    with anyio.move_on_after(AUTH_TIMEOUT_SECONDS):
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            raise _Gone
        data = message.get("text") or message.get("bytes") or b""
        if len(data) > CLIENT_MESSAGE_MAX:
            raise Refused(MESSAGE_TOO_BIG, TOO_BIG)
        try:
            first = orjson.loads(data)
        except orjson.JSONDecodeError:
            first = None
        if not isinstance(first, dict) or first.get("type") != "auth":
            raise Unauthorized(_AUTH_MESSAGE)
        given = first.get("token")
        if not isinstance(given, str) or not given:
            raise Unauthorized("The auth message needs a token.")
        return given
    raise Unauthorized(f"No token came within {AUTH_TIMEOUT_SECONDS:.0f} seconds. {_AUTH_MESSAGE}")
