"""The MCP tools over Streamable HTTP, on the API app at ``/mcp/``, for bearer-token callers.

Stateless (any replica serves any request) with JSON responses. The SDK's bearer middleware
asks :class:`BearerVerifier` about the ``Authorization`` header; the verifier runs our own
:func:`~todo.services.authentication.authenticate` (access tokens, personal access tokens,
external identities) and hands the SDK a :class:`CallerToken` that carries the :class:`Actor`.
Each tool call takes its actor from there (``get_access_token()``), so the user always comes
from the credential. A request without a valid token gets ``401`` with a ``WWW-Authenticate``
challenge naming the RFC 9728 protected-resource metadata, served at
``/.well-known/oauth-protected-resource`` (and at ``…/mcp``, where RFC 9728 puts it); how
both name this server is :mod:`todo.entrypoints.mcp.hosts`'s. The authorization server that
issues tokens for it is :mod:`todo.entrypoints.mcp.oauth_server`.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any, Final

from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings
from mcp.server.mcpserver import MCPServer
from mcp.server.transport_security import TransportSecuritySettings
from mcp.shared.auth import ProtectedResourceMetadata
from pydantic import AnyHttpUrl, ConfigDict, Field
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from todo.bootstrap import App
from todo.config import Settings
from todo.domain.actor import Actor
from todo.domain.scopes import Scope as TokenScope
from todo.entrypoints.mcp.hosts import (
    FOREIGN_ORIGIN,
    MISDIRECTED,
    allowed_hosts_and_origins,
    host_allowed,
    metadata_response,
    public_base,
)
from todo.entrypoints.mcp.oauth_server import OAuthServer
from todo.entrypoints.mcp.server import Caller, build_mcp_server
from todo.errors import TodoError, Unauthorized
from todo.services.assistant.tools import TOOLS, ToolSession, ToolSpec
from todo.services.authentication import authenticate

#: Where the tools are served on the API app.
MCP_PATH = "/mcp"
#: RFC 9728 §3: the metadata of the resource at ``/mcp`` lives at this path plus ``/mcp``.
METADATA_PATH = "/.well-known/oauth-protected-resource"


class CallerToken(AccessToken):
    """The SDK's record of a verified bearer token, carrying the actor it stands for.

    The raw token is not kept in it: nothing downstream needs the token, only who it names.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    actor: Actor = Field(exclude=True)


#: The token the endpoint verified for this request and what it stands for, so that the SDK's
#: own check of the same token does not verify it a second time.
_VERIFIED: ContextVar[tuple[str, CallerToken | None] | None] = ContextVar(
    "todo_mcp_verified", default=None
)


class BearerVerifier:
    """The SDK's ``TokenVerifier``, answered by the service layer's :func:`authenticate`."""

    def __init__(self, app: Callable[[], App]) -> None:
        self.app = app

    async def verify_token(self, token: str) -> CallerToken | None:
        """Return who ``token`` stands for, or ``None`` (the SDK then answers 401)."""
        seen = _VERIFIED.get()
        if seen is not None and hmac.compare_digest(seen[0], token):
            return seen[1]
        app = self.app()
        try:
            actor = await authenticate(app.uow(), kit=app.auth, token=token)
        except TodoError:  # not a token of ours, expired, revoked, deactivated, …
            return None
        return CallerToken(
            token="",
            client_id=actor.credential,
            scopes=sorted(actor.scopes),
            subject=actor.user_id,
            actor=actor,
        )


def bearer_caller(app: Callable[[], App]) -> Caller:
    """Return the caller of an HTTP tool call: the actor of the request's verified token.

    Writes count against the same per-user rate limit as the REST API's.
    """

    async def resolve(spec: ToolSpec) -> ToolSession:
        token = get_access_token()
        if not isinstance(token, CallerToken):
            raise Unauthorized(
                "This needs a bearer token: sign in, or create a personal access token."
            )
        todo = app()
        if not spec.read_only:
            await todo.limit(f"write:{token.actor.user_id}", todo.settings.write_rate_limit)
        return ToolSession(uow=todo.uow, actor=token.actor)

    return resolve


class McpHttp:
    """The Streamable HTTP door: the MCP server, its ASGI app, and what to install on the API."""

    def __init__(self, settings: Settings, app: Callable[[], App]) -> None:
        self.settings = settings
        self.authorization = OAuthServer(settings, app)
        self.server: MCPServer[Any] = build_mcp_server(
            bearer_caller(app),
            token_verifier=BearerVerifier(app),
            # Only the bearer check is the SDK's; the metadata and the challenge's URL are
            # ours (below), because the public URL is often only known from the request.
            auth=AuthSettings(
                issuer_url=AnyHttpUrl(settings.public_url or "http://localhost"),
                resource_server_url=None,
            ),
        )
        self.transport = self._transport()
        self.app: ASGIApp = Endpoint(self._serve, settings, BearerVerifier(app))

    def _transport(self) -> Starlette:
        """Return a new ASGI app of the SDK's transport, with a session manager of its own."""
        hosts, origins = allowed_hosts_and_origins(self.settings)
        return self.server.streamable_http_app(
            streamable_http_path="/",
            stateless_http=True,
            json_response=True,
            max_request_body_size=self.settings.max_body_bytes,
            transport_security=TransportSecuritySettings(
                allowed_hosts=hosts, allowed_origins=origins
            ),
        )

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.transport(scope, receive, send)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Run the SDK's session manager (enter it in the API's lifespan).

        A session manager runs only once, and an API's lifespan may be entered again (tests do):
        each run gets a fresh transport.
        """
        self.transport = self._transport()
        async with self.server.session_manager.run():
            yield

    def install(self, api: Starlette) -> None:
        """Serve the tools at ``/mcp/`` (and ``/mcp``) and the resource metadata on ``api``."""
        api.router.routes.append(
            Route(f"{METADATA_PATH}{MCP_PATH}", self.metadata, methods=["GET"])
        )
        api.router.routes.append(Route(METADATA_PATH, self.metadata, methods=["GET"]))
        api.router.routes.extend(self.authorization.routes())
        api.router.routes.append(Route(MCP_PATH, SameAsSlash(self.app)))
        api.router.routes.append(Mount(MCP_PATH, app=self.app))

    async def metadata(self, request: Request) -> Response:
        """RFC 9728 protected-resource metadata of the MCP endpoint."""
        base = public_base(request.scope, self.settings)
        if base is None:
            return MISDIRECTED
        servers = [AnyHttpUrl(base)]
        issuer = self.settings.auth_issuer  # an external identity provider's, when trusted
        if issuer and issuer.startswith(("https://", "http://")):
            servers.append(AnyHttpUrl(issuer))
        document = ProtectedResourceMetadata(
            resource=AnyHttpUrl(base + MCP_PATH),
            authorization_servers=servers,
            scopes_supported=list(TOOL_SCOPE_NAMES),
            resource_name="Todo Evolution",
        )
        return metadata_response(document, self.settings)


class Endpoint:
    """The HTTP rules of ``/mcp/`` around the SDK's transport, in this order.

    1. ``Host`` and ``Origin`` first (DNS-rebinding protection), before any credential is
       looked at: a host the endpoint does not admit gets ``421``, a foreign browser origin
       ``403`` — never a challenge that would name the attacker's host.
    2. A ``GET`` is answered ``405``: a stateless server has nothing to push, so it offers no
       SSE stream (which would only hold a connection open).
    3. A body that is not one JSON-RPC 2.0 message (a batch, ``"jsonrpc": "1.0"``, a request
       whose ``id`` is ``null``) gets the JSON-RPC error ``-32600`` (invalid request).
    4. A tool call with a valid token that lacks the tool's scope (a read-only personal token
       calling ``add_task``) gets ``403`` with ``error="insufficient_scope"`` and the scope
       needed (RFC 6750 §3.1, the MCP authorization specification's scope challenge), so a
       client can ask its user for more.
    5. A ``401`` gets a ``WWW-Authenticate`` challenge that names the protected-resource
       metadata (RFC 9728 §5.1) and the scopes the tools use.
    """

    def __init__(self, app: ASGIApp, settings: Settings, verifier: BearerVerifier) -> None:
        self.app = app
        self.settings = settings
        self.verifier = verifier
        self.hosts, self.origins = allowed_hosts_and_origins(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = headers.get("host")
        if not host or not host_allowed(host, self.hosts):
            await MISDIRECTED(scope, receive, send)
            return
        origin = headers.get("origin")
        if origin is not None and not host_allowed(origin, self.origins):
            await FOREIGN_ORIGIN(scope, receive, send)
            return
        if scope["method"] == "GET":
            await NO_STREAM(scope, receive, send)
            return
        body = await _whole_body(receive)
        problem = _not_one_message(body)
        if problem is not None:
            await _invalid_request(problem)(scope, receive, send)
            return
        receive = _replaying(body)
        base = public_base(scope, self.settings)
        if base is not None:
            base = base.replace('"', "").replace("\\", "")
        needed = _scope_needed(body)
        token = _bearer(headers)
        verified = None
        if needed is not None and token:
            caller = await self.verifier.verify_token(token)
            if caller is not None and needed not in caller.actor.scopes:
                await _insufficient_scope(needed, base)(scope, receive, send)
                return
            verified = (token, caller)
        # What a client asks for when it names nothing: the tasks. Sharing one's projects is
        # asked for on its own (the tools that need it answer with a challenge naming it).
        scopes = " ".join(scope.value for scope in (TokenScope.TASKS_READ, TokenScope.TASKS_WRITE))
        challenge = (
            'Bearer error="invalid_token", error_description="A valid bearer token is needed: '
            f'an access token or a personal access token.", scope="{scopes}"'
        )
        if base is not None:
            challenge += f', resource_metadata="{base}{METADATA_PATH}{MCP_PATH}"'
        encoded = challenge.encode("latin-1", errors="replace")

        async def send_challenge(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 401:
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() != b"www-authenticate"
                ]
                headers.append((b"www-authenticate", encoded))
                message = {**message, "headers": headers}
            await send(message)

        seen = _VERIFIED.set(verified)  # for this request only
        try:
            await self.app(scope, receive, send_challenge)
        finally:
            _VERIFIED.reset(seen)


async def _whole_body(receive: Receive) -> bytes:
    """Read the request's body (the API's middleware has already bounded its size)."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replaying(body: bytes) -> Receive:
    """Return a ``receive`` that gives the body read already, then waits as ASGI does."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


def _not_one_message(body: bytes) -> str | None:
    """Say why a body is not one JSON-RPC 2.0 message, or ``None`` (the SDK reads the rest;
    what is not JSON at all it answers itself)."""
    try:
        message = json.loads(body)
    except ValueError:
        return None
    except RecursionError:  # nested deeper than any message
        return "The body must be one JSON-RPC message (an object)."
    if isinstance(message, list):
        return "Batches are not accepted: send one JSON-RPC message per request."
    if not isinstance(message, dict):
        return "The body must be one JSON-RPC message (an object)."
    if message.get("jsonrpc") != "2.0":
        return 'Only JSON-RPC 2.0 is spoken: "jsonrpc" must be "2.0".'
    if "method" in message and "id" in message and message["id"] is None:
        return 'A request\'s "id" must not be null (send a notification without one).'
    return None


#: The scope each tool needs: reading tools ``tasks:read``, the others ``tasks:write``, and
#: those that create or share projects ``projects:write``.
_TOOL_SCOPES: Final = {spec.name: spec.scope for spec in TOOLS}
#: The scopes the tools use, each once, in the order scopes are declared.
TOOL_SCOPE_NAMES: Final = tuple(
    scope.value for scope in TokenScope if scope in set(_TOOL_SCOPES.values())
)


def _scope_needed(body: bytes) -> TokenScope | None:
    """Return the scope a ``tools/call`` of a known tool needs, else ``None`` (the SDK
    answers the rest, an unknown tool included)."""
    try:
        message = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(message, dict) or message.get("method") != "tools/call":
        return None
    params = message.get("params")
    name = params.get("name") if isinstance(params, dict) else None
    return _TOOL_SCOPES.get(name) if isinstance(name, str) else None


def _bearer(headers: Headers) -> str | None:
    """Return the bearer token of the ``Authorization`` header, else ``None``."""
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def _insufficient_scope(needed: TokenScope, base: str | None) -> JSONResponse:
    challenge = (
        f'Bearer error="insufficient_scope", scope="{needed.value}", error_description="This '
        f'tool needs a token with the {needed.value} scope."'
    )
    if base is not None:
        challenge += f', resource_metadata="{base}{METADATA_PATH}{MCP_PATH}"'
    return JSONResponse(
        {
            "type": "/problems/insufficient-scope",
            "title": "Insufficient scope",
            "status": 403,
            "detail": f"This tool needs a token with the '{needed.value}' scope; this token "
            "does not have it.",
        },
        status_code=403,
        media_type="application/problem+json",
        headers={"WWW-Authenticate": challenge},
    )


def _invalid_request(problem: str) -> JSONResponse:
    return JSONResponse(
        {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": problem}},
        status_code=400,
    )


NO_STREAM = JSONResponse(
    {
        "jsonrpc": "2.0",
        "id": None,
        "error": {
            "code": -32600,
            "message": "This endpoint is stateless and offers no SSE stream: send POST requests.",
        },
    },
    status_code=405,
    headers={"Allow": "POST"},
)


class SameAsSlash:
    """Serves ``/mcp`` exactly as ``/mcp/``, so that clients need no redirect."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"]
        inner = {
            **scope,
            "path": path + "/",
            "raw_path": scope.get("raw_path", path.encode()) + b"/",
            "root_path": scope.get("root_path", "") + MCP_PATH,
            "app_root_path": scope.get("app_root_path", scope.get("root_path", "")),
        }
        await self.app(inner, receive, send)
