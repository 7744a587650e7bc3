"""The OAuth 2.1 authorization server of the MCP endpoint, for assistants that sign in by OAuth.

Discovery starts at the ``401`` of ``/mcp/``: its challenge names the protected-resource
metadata (RFC 9728), which names this server as the authorization server; its metadata
(RFC 8414) is at ``/.well-known/oauth-authorization-server``. A client either registers, or
uses the ``https`` URL of its client ID metadata document as its ``client_id`` (the metadata
says ``client_id_metadata_document_supported``), which the service fetches. Then:

* ``POST /oauth/register`` — dynamic client registration (RFC 7591). Every client is public
  and proves itself with PKCE: ``token_endpoint_auth_method`` is always ``none`` (RFC 7591 lets
  the server replace what a client asked for, and says so in its answer), so no client secret
  is ever stored.
* ``GET /oauth/authorize`` — the consent page: the application's name, where it sends the user
  back, and what it asks for; the user signs in with their password on the same page and
  approves or denies (``POST /oauth/authorize``). A request whose client or redirect URI is
  unknown is answered on the page, never redirected; other errors go back to the client.
* ``POST /oauth/token`` — the code (with its PKCE verifier) or a refresh token, for tokens.
* ``POST /oauth/revoke`` — revocation (RFC 7009) of a token and the grant it belongs to.

The rules are the service layer's (:mod:`todo.services.oauth`); this door reads the requests
and writes the answers, with the MCP SDK's models of the documents (metadata, registration,
tokens) so that their grammar is the SDK's, not written again here.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any, Final
from urllib.parse import urlencode

from mcp.shared.auth import (
    OAuthClientInformationFull,
    OAuthClientMetadata,
    OAuthMetadata,
    OAuthToken,
)
from pydantic import AnyHttpUrl, ValidationError
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from todo.bootstrap import App
from todo.config import Settings
from todo.domain.addresses import network_of
from todo.domain.oauth import MAX_URI_LENGTH, OAuthClient, is_document_url
from todo.domain.scopes import Scope
from todo.entrypoints.mcp.hosts import MISDIRECTED, metadata_response, public_base
from todo.errors import OAuthRefused, RateLimited, Unauthorized
from todo.services import accounts, oauth
from todo.services.oauth import OAUTH_SCOPES, AuthorizationRequest, offered_scopes

METADATA_PATH: Final = "/.well-known/oauth-authorization-server"
AUTHORIZE_PATH: Final = "/oauth/authorize"
TOKEN_PATH: Final = "/oauth/token"
REGISTER_PATH: Final = "/oauth/register"
REVOKE_PATH: Final = "/oauth/revoke"
#: How long the consent page may stay open before its request must be sent again.
CONSENT_LIFETIME: Final = timedelta(minutes=10)
_CONSENT: Final = "oauth-consent"
#: Registrations one network may make per hour.
REGISTRATIONS_PER_HOUR: Final = "30/hour"
#: Consent pages one network may open per hour for clients known by a metadata document (each
#: may make the server fetch a URL a stranger chose).
DOCUMENT_CLIENTS_PER_HOUR: Final = "60/hour"
#: The path of the resource the tokens are for, the MCP endpoint.
MCP_RESOURCE_PATH: Final = "/mcp"
_NO_STORE: Final = {"Cache-Control": "no-store", "Pragma": "no-cache"}
#: The consent page is never framed (clickjacking; the API also says ``X-Frame-Options: DENY``)
#: and runs no script. No ``form-action``: its form's answer sends the browser on to the
#: application's redirect URI, which that directive would block.
_PAGE_HEADERS: Final = {
    **_NO_STORE,
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
}


class OAuthServer:
    """The routes of the authorization server, installed beside the MCP endpoint."""

    def __init__(self, settings: Settings, app: Callable[[], App]) -> None:
        self.settings = settings
        self.app = app

    def routes(self) -> list[Route]:
        """Return the server's routes, to put on the API app."""
        return [
            Route(METADATA_PATH, self.metadata, methods=["GET"]),
            Route(REGISTER_PATH, self.register, methods=["POST"]),
            Route(AUTHORIZE_PATH, self.consent_page, methods=["GET"]),
            Route(AUTHORIZE_PATH, self.decide, methods=["POST"]),
            Route(TOKEN_PATH, self.token, methods=["POST"]),
            Route(REVOKE_PATH, self.revoke, methods=["POST"]),
        ]

    async def metadata(self, request: Request) -> Response:
        """RFC 8414 authorization-server metadata."""
        base = public_base(request.scope, self.settings)
        if base is None:
            return MISDIRECTED
        document = OAuthMetadata(
            issuer=AnyHttpUrl(base),
            authorization_endpoint=AnyHttpUrl(base + AUTHORIZE_PATH),
            token_endpoint=AnyHttpUrl(base + TOKEN_PATH),
            registration_endpoint=AnyHttpUrl(base + REGISTER_PATH),
            revocation_endpoint=AnyHttpUrl(base + REVOKE_PATH),
            scopes_supported=[scope.value for scope in OAUTH_SCOPES],
            response_types_supported=["code"],
            grant_types_supported=["authorization_code", "refresh_token"],
            token_endpoint_auth_methods_supported=["none"],
            revocation_endpoint_auth_methods_supported=["none"],
            code_challenge_methods_supported=["S256"],
            client_id_metadata_document_supported=self.settings.oauth_client_documents,
        )
        return metadata_response(document, self.settings)

    async def register(self, request: Request) -> Response:
        """RFC 7591 dynamic client registration of a public client."""
        todo = self.app()
        try:
            await todo.limit(f"oauth-register:{_network(request)}", REGISTRATIONS_PER_HOUR)
        except RateLimited as refused:
            return _oauth_error("slow_down", str(refused), 429)
        body = await request.body()
        try:
            asked = OAuthClientMetadata.model_validate_json(body)
            # The URIs exactly as written: a redirect URI is matched as a string, and the model
            # writes some URLs back otherwise (a host alone gets a trailing slash).
            written = json.loads(body).get("redirect_uris") or []
        except (ValidationError, ValueError, AttributeError):
            return _oauth_error(
                "invalid_client_metadata", "The registration is not valid client metadata.", 400
            )
        if "authorization_code" not in asked.grant_types or "code" not in asked.response_types:
            return _oauth_error(
                "invalid_client_metadata",
                "Only the authorization code grant (with PKCE) is offered.",
                400,
            )
        offered = [scope.value for scope in OAUTH_SCOPES]
        scopes = asked.scope.split() if asked.scope else offered
        if not set(scopes) <= set(offered):
            return _oauth_error(
                "invalid_client_metadata", f"Only {offered_scopes()} are offered.", 400
            )
        registered = asked.model_copy(
            update={
                "token_endpoint_auth_method": "none",
                "scope": " ".join(scopes),
                "grant_types": ["authorization_code", "refresh_token"],
                "response_types": ["code"],
            }
        )
        document = registered.model_dump(mode="json", exclude_none=True)
        document["redirect_uris"] = [str(uri) for uri in written]
        try:
            client = await oauth.register_client(
                todo.uow(),
                name=asked.client_name,
                redirect_uris=[str(uri) for uri in written],
                registration=document,
            )
        except OAuthRefused as refused:
            return _oauth_error(refused.error, str(refused), 400)
        answer = OAuthClientInformationFull.model_validate(
            {
                **document,
                "client_id": client.client_id,
                "client_id_issued_at": int(client.created_at.timestamp()),
            }
        )
        return JSONResponse(
            answer.model_dump(mode="json", exclude_none=True), status_code=201, headers=_NO_STORE
        )

    async def consent_page(self, request: Request) -> Response:
        """The consent page of an authorization request (or its error)."""
        base = public_base(request.scope, self.settings)
        if base is None:
            return MISDIRECTED
        params = request.query_params
        state = params.get("state")
        asked, error = _read_request(params, resource=base + MCP_RESOURCE_PATH)
        todo = self.app()
        if asked is None:
            return _error_page("The request names no application or no redirect URI.")
        if is_document_url(asked.client_id):
            try:
                await todo.limit(f"oauth-document:{_network(request)}", DOCUMENT_CLIENTS_PER_HOUR)
            except RateLimited as refused:
                return _error_page(str(refused), status=429)
        try:
            client = await oauth.check_request(todo.uow(), asked, documents=todo.client_documents)
        except OAuthRefused as refused:
            if not refused.redirectable:
                return _error_page(str(refused))
            return _back(asked.redirect_uri, base, refused.error, str(refused), state)
        if error is not None:  # a request for another resource, an unsupported response type
            return _back(asked.redirect_uri, base, error[0], error[1], state)
        sealed = todo.auth.access_tokens.seal(
            {
                "client_id": asked.client_id,
                "redirect_uri": asked.redirect_uri,
                "scopes": list(asked.scopes),
                "code_challenge": asked.code_challenge,
                "resource": asked.resource,
                "state": state,
            },
            purpose=_CONSENT,
            now=todo.clock.now(),
            lifetime=CONSENT_LIFETIME,
        )
        return _consent(client, asked, sealed)

    async def decide(self, request: Request) -> Response:
        """The user's answer on the consent page: deny, or sign in and approve."""
        base = public_base(request.scope, self.settings)
        if base is None:
            return MISDIRECTED
        todo = self.app()
        form = await request.form()
        sealed = str(form.get("request", ""))
        claims = todo.auth.access_tokens.unseal(sealed, purpose=_CONSENT, now=todo.clock.now())
        if claims is None:
            return _error_page("This consent page has expired; start again from the application.")
        asked = AuthorizationRequest(
            client_id=str(claims["client_id"]),
            redirect_uri=str(claims["redirect_uri"]),
            scopes=tuple(str(scope) for scope in claims["scopes"]),
            code_challenge=str(claims["code_challenge"]),
            resource=str(claims["resource"]),
        )
        state = claims.get("state")
        if form.get("decision") != "approve":
            return _back(asked.redirect_uri, base, "access_denied", "The user said no.", state)
        try:
            client = await oauth.check_request(todo.uow(), asked, documents=todo.client_documents)
        except OAuthRefused as refused:
            if not refused.redirectable:
                return _error_page(str(refused))
            return _back(asked.redirect_uri, base, refused.error, str(refused), state)
        try:
            actor = await accounts.password_actor(
                todo.uow(),
                kit=todo.auth,
                limits=todo.sign_in_limits,
                email=str(form.get("email", ""))[:320],
                password=str(form.get("password", ""))[:1024],
                network=_network(request),
            )
        except (Unauthorized, RateLimited) as refused:
            return _consent(client, asked, sealed, problem=str(refused))
        try:
            code = await oauth.approve(
                todo.uow(), actor=actor, request=asked, resource=base + MCP_RESOURCE_PATH
            )
        except OAuthRefused as refused:
            return _back(asked.redirect_uri, base, refused.error, str(refused), state)
        return _back(asked.redirect_uri, base, None, None, state, code=code)

    async def token(self, request: Request) -> Response:
        """The token endpoint: a code or a refresh token for tokens (public clients)."""
        todo = self.app()
        form = await request.form()
        grant_type = str(form.get("grant_type", ""))
        client_id = str(form.get("client_id", ""))[:MAX_URI_LENGTH]
        resource = form.get("resource")
        try:
            if not client_id:
                raise OAuthRefused("A client_id is required.", error="invalid_client")
            if grant_type == "authorization_code":
                tokens = await oauth.exchange_code(
                    todo.uow(),
                    kit=todo.auth,
                    client_id=client_id,
                    code=str(form.get("code", ""))[:200],
                    verifier=str(form.get("code_verifier", ""))[:200],
                    redirect_uri=str(form.get("redirect_uri", ""))[:2000],
                    resource=str(resource)[:2000] if resource is not None else None,
                )
            elif grant_type == "refresh_token":
                scope = form.get("scope")
                tokens = await oauth.refresh(
                    todo.uow(),
                    kit=todo.auth,
                    client_id=client_id,
                    refresh_token=str(form.get("refresh_token", ""))[:200],
                    scopes=str(scope).split()[:10] if scope else None,
                    resource=str(resource)[:2000] if resource is not None else None,
                )
            else:
                raise OAuthRefused(
                    "Only authorization_code and refresh_token are offered.",
                    error="unsupported_grant_type",
                )
        except OAuthRefused as refused:
            status = 401 if refused.error == "invalid_client" else 400
            return _oauth_error(refused.error, str(refused), status)
        answer = OAuthToken(
            access_token=tokens.access_token,
            expires_in=tokens.expires_in,
            scope=" ".join(tokens.scopes),
            refresh_token=tokens.refresh_token,
        )
        return JSONResponse(answer.model_dump(mode="json", exclude_none=True), headers=_NO_STORE)

    async def revoke(self, request: Request) -> Response:
        """RFC 7009 revocation: always ``200`` (a token that is not valid has nothing to revoke)."""
        todo = self.app()
        form = await request.form()
        await oauth.revoke_token(
            todo.uow(),
            kit=todo.auth,
            client_id=str(form.get("client_id", ""))[:MAX_URI_LENGTH],
            token=str(form.get("token", ""))[:4000],
        )
        return Response(status_code=200, headers=_NO_STORE)


def _read_request(
    params: Any, *, resource: str
) -> tuple[AuthorizationRequest | None, tuple[str, str] | None]:
    """Return the authorization request of a query and what is wrong with it beyond its
    client and redirect URI (an error code and a sentence, answered back to the client), or
    ``None`` when even those are missing."""
    client_id = str(params.get("client_id", ""))[:MAX_URI_LENGTH]
    redirect_uri = str(params.get("redirect_uri", ""))[:2000]
    if not client_id or not redirect_uri:
        return None, None
    scope = str(params.get("scope") or " ".join(scope.value for scope in OAUTH_SCOPES))
    asked = AuthorizationRequest(
        client_id=client_id,
        redirect_uri=redirect_uri,
        scopes=tuple(scope.split()[:10]),
        code_challenge=str(params.get("code_challenge", ""))[:200],
        resource=str(params.get("resource") or resource)[:2000],
    )
    if params.get("response_type") != "code":
        return asked, ("unsupported_response_type", "Only response_type=code is offered.")
    if params.get("code_challenge_method") != "S256":
        return asked, ("invalid_request", "PKCE with code_challenge_method=S256 is required.")
    if asked.resource != resource:
        return asked, ("invalid_target", "Tokens are issued here only for this server.")
    return asked, None


def _back(
    redirect_uri: str,
    issuer: str,
    error: str | None,
    description: str | None,
    state: object,
    *,
    code: str | None = None,
) -> Response:
    """Send the browser back to the client with a code or an error (RFC 6749 §4.1.2, with
    ``iss`` as RFC 9207 asks)."""
    values: dict[str, str] = {"code": code} if code is not None else {}
    if error is not None:
        values.update(error=error, error_description=description or error)
    if isinstance(state, str) and state:
        values["state"] = state[:500]
    values["iss"] = str(AnyHttpUrl(issuer))
    joiner = "&" if "?" in redirect_uri else "?"
    return RedirectResponse(redirect_uri + joiner + urlencode(values), status_code=303)


def _oauth_error(error: str, description: str, status: int) -> JSONResponse:
    return JSONResponse(
        {"error": error, "error_description": description}, status_code=status, headers=_NO_STORE
    )


def _network(request: Request) -> str:
    return network_of(request.client.host if request.client else "unknown")


_SCOPE_WORDS: Final = {
    Scope.TASKS_READ.value: "see your tasks",
    Scope.TASKS_WRITE.value: "add, change, complete and delete your tasks",
    Scope.PROJECTS_WRITE.value: "create, change, share and delete your projects",
}


def _page(title: str, body: str, *, status: int = 200) -> HTMLResponse:
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)} · Todo Evolution</title>"
        '<link rel="stylesheet" href="/app/app.css"></head>'
        f'<body><main class="auth">{body}</main></body></html>'
    )
    return HTMLResponse(page, status_code=status, headers=_PAGE_HEADERS)


def _error_page(message: str, *, status: int = 400) -> HTMLResponse:
    return _page(
        "Cannot connect",
        f"<h1>This application cannot connect</h1><p>{html.escape(message)}</p>",
        status=status,
    )


def _consent(
    client: OAuthClient, asked: AuthorizationRequest, sealed: str, *, problem: str | None = None
) -> HTMLResponse:
    client_name = client.name
    where = html.escape(asked.redirect_uri)
    # A name is whatever the application says it is; a metadata document's host is not.
    known_by = (
        f"<p>It is identified by <code>{html.escape(client.document_url)}</code>.</p>"
        if client.document_url
        else ""
    )
    wants = "".join(
        f"<li>{html.escape(_SCOPE_WORDS.get(scope, scope))}</li>" for scope in asked.scopes
    )
    alert = f'<p role="alert" class="error">{html.escape(problem)}</p>' if problem else ""
    body = (
        f"<h1>Connect {html.escape(client_name)}?</h1>"
        f"<p><strong>{html.escape(client_name)}</strong> asks to:</p><ul>{wants}</ul>"
        f"{known_by}"
        f"<p>After you answer, you go back to <code>{where}</code>.</p>"
        f"{alert}"
        f'<form method="post" action="{AUTHORIZE_PATH}">'
        f'<input type="hidden" name="request" value="{html.escape(sealed)}">'
        '<p><label>E-mail<br><input name="email" type="email" autocomplete="username" '
        "required></label></p>"
        '<p><label>Password<br><input name="password" type="password" '
        'autocomplete="current-password" required></label></p>'
        '<p><button class="button-primary" name="decision" value="approve">Allow</button> '
        '<button class="button-quiet" name="decision" value="deny" formnovalidate>Deny</button>'
        "</p></form>"
        "<p>You can disconnect it at any time in the web app, under Connected apps.</p>"
    )
    return _page(f"Connect {client_name}", body, status=401 if problem else 200)
