"""Connected applications (OAuth 2.1) in the service layer, on SQLite and PostgreSQL: a client
registers, its user approves, the code is exchanged with PKCE, tokens refresh and rotate, and
the user revokes. Every refusal is the RFC's error and grants nothing."""

from __future__ import annotations

import base64
import hashlib
import secrets
from datetime import timedelta

import pytest

from todo.adapters.clock import FixedClock
from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.oauth import redirect_uri_problem
from todo.domain.scopes import Scope
from todo.errors import Forbidden, NotFound, OAuthRefused, Unauthorized
from todo.services import oauth
from todo.services.authentication import authenticate
from todo.services.oauth import AuthorizationRequest, OAuthTokens

pytestmark = pytest.mark.anyio

RESOURCE = "https://todo.example.com/mcp"
REDIRECT = "http://127.0.0.1:33418/callback"


def pkce() -> tuple[str, str]:
    """Return a verifier and its S256 challenge."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).decode().rstrip("=")


async def client_of(app: App, *uris: str) -> str:
    made = await oauth.register_client(
        app.uow(),
        name="Inspector",
        redirect_uris=list(uris or (REDIRECT,)),
        registration={"client_name": "Inspector"},
    )
    return made.client_id


def request(client_id: str, challenge: str, **changes: object) -> AuthorizationRequest:
    values: dict[str, object] = {
        "client_id": client_id,
        "redirect_uri": REDIRECT,
        "scopes": ("tasks:read", "tasks:write"),
        "code_challenge": challenge,
        "resource": RESOURCE,
    }
    values.update(changes)
    return AuthorizationRequest(**values)  # type: ignore[arg-type]


async def test_the_whole_grant_from_consent_to_revocation(app: App, me: Actor) -> None:
    client_id = await client_of(app)
    verifier, challenge = pkce()
    asked = request(client_id, challenge)
    assert (
        await oauth.check_request(app.uow(), asked, documents=app.client_documents)
    ).name == "Inspector"
    code = await oauth.approve(app.uow(), actor=me, request=asked, resource=RESOURCE)
    tokens = await _exchange(app, client_id, code, verifier)
    assert tokens.scopes == ("tasks:read", "tasks:write")
    actor = await authenticate(app.uow(), kit=app.auth, token=tokens.access_token)
    assert actor.user_id == me.user_id
    assert actor.scopes == {Scope.TASKS_READ, Scope.TASKS_WRITE}
    assert actor.credential == "oauth"
    with pytest.raises(Forbidden):
        actor.require_session()  # a connected application never manages the account
    claims = app.auth.access_tokens.read(tokens.access_token, now=app.uow().clock.now())
    assert claims is not None
    assert claims.audience == RESOURCE
    assert claims.client_id == client_id

    # Refresh rotates: the new pair works, the old refresh token is spent.
    again = await _refresh(app, client_id, tokens.refresh_token, ["tasks:read"])
    narrowed = await authenticate(app.uow(), kit=app.auth, token=again.access_token)
    assert narrowed.scopes == {Scope.TASKS_READ}

    [connected] = await oauth.authorizations(app.uow(), actor=me)
    assert (connected.client_name, connected.scopes) == ("Inspector", ["tasks:read", "tasks:write"])
    await oauth.revoke_authorization(app.uow(), actor=me, grant_id=connected.id)
    for token in (tokens.access_token, again.access_token):
        with pytest.raises(Unauthorized, match="revoked"):
            await authenticate(app.uow(), kit=app.auth, token=token)
    with pytest.raises(OAuthRefused) as refused:
        await _refresh(app, client_id, again.refresh_token, None)
    assert refused.value.error == "invalid_grant"
    assert await oauth.authorizations(app.uow(), actor=me) == []
    with pytest.raises(NotFound):
        await oauth.revoke_authorization(app.uow(), actor=me, grant_id=connected.id)


async def _exchange(
    app: App, client_id: str, code: str, verifier: str, changes: dict[str, object] | None = None
) -> OAuthTokens:
    values: dict[str, object] = {
        "client_id": client_id,
        "code": code,
        "verifier": verifier,
        "redirect_uri": REDIRECT,
        "resource": RESOURCE,
    }
    values.update(changes or {})
    return await oauth.exchange_code(app.uow(), kit=app.auth, **values)  # type: ignore[arg-type]


async def _refresh(
    app: App, client_id: str, refresh_token: str, scopes: list[str] | None
) -> OAuthTokens:
    return await oauth.refresh(
        app.uow(),
        kit=app.auth,
        client_id=client_id,
        refresh_token=refresh_token,
        scopes=scopes,
        resource=None,
    )


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"verifier": "x" * 50}, "invalid_grant"),  # PKCE wrong
        ({"verifier": ""}, "invalid_grant"),  # PKCE missing
        ({"redirect_uri": "http://127.0.0.1:33418/elsewhere"}, "invalid_grant"),
        ({"client_id": "another-client"}, "invalid_grant"),
        ({"resource": "https://evil.example.com/mcp"}, "invalid_target"),
        ({"code": "not-a-code"}, "invalid_grant"),
    ],
)
async def test_a_code_is_refused_unless_everything_matches_and_is_then_spent(
    app: App, me: Actor, change: dict[str, object], error: str
) -> None:
    client_id = await client_of(app)
    verifier, challenge = pkce()
    code = await oauth.approve(
        app.uow(), actor=me, request=request(client_id, challenge), resource=RESOURCE
    )
    with pytest.raises(OAuthRefused) as refused:
        await _exchange(app, client_id, code, verifier, change)
    assert refused.value.error == error
    if "code" not in change and "client_id" not in change:
        # A code is tried once: even the right verifier cannot use it after a failed attempt.
        with pytest.raises(OAuthRefused):
            await _exchange(app, client_id, code, verifier)


async def test_a_code_used_twice_revokes_what_the_first_use_gave(app: App, me: Actor) -> None:
    client_id = await client_of(app)
    verifier, challenge = pkce()
    code = await oauth.approve(
        app.uow(), actor=me, request=request(client_id, challenge), resource=RESOURCE
    )
    tokens = await _exchange(app, client_id, code, verifier)
    with pytest.raises(OAuthRefused, match="already used"):
        await _exchange(app, client_id, code, verifier)
    with pytest.raises(Unauthorized, match="revoked"):
        await authenticate(app.uow(), kit=app.auth, token=tokens.access_token)


async def test_an_expired_code_or_a_reused_refresh_token_is_refused(
    app: App, me: Actor, clock: FixedClock
) -> None:
    client_id = await client_of(app)
    verifier, challenge = pkce()
    late = await oauth.approve(
        app.uow(), actor=me, request=request(client_id, challenge), resource=RESOURCE
    )
    clock.advance(timedelta(minutes=6))
    with pytest.raises(OAuthRefused, match="expired"):
        await _exchange(app, client_id, late, verifier)

    code = await oauth.approve(
        app.uow(), actor=me, request=request(client_id, challenge), resource=RESOURCE
    )
    first = await _exchange(app, client_id, code, verifier)
    second = await _refresh(app, client_id, first.refresh_token, None)
    with pytest.raises(OAuthRefused, match="already used"):  # a copy of the old one, replayed
        await _refresh(app, client_id, first.refresh_token, None)
    with pytest.raises(Unauthorized, match="revoked"):
        await authenticate(app.uow(), kit=app.auth, token=second.access_token)
    fresh = await oauth.approve(
        app.uow(),
        actor=me,
        request=request(client_id, challenge, scopes=("tasks:read",)),
        resource=RESOURCE,
    )
    pair = await _exchange(app, client_id, fresh, verifier)
    with pytest.raises(OAuthRefused, match="cannot add scopes"):
        await _refresh(app, client_id, pair.refresh_token, ["tasks:read", "tasks:write"])


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"redirect_uri": "http://127.0.0.1:33418/other"}, "invalid_request"),
        ({"code_challenge": "plain-not-s256"}, "invalid_request"),
        ({"scopes": ("admin",)}, "invalid_scope"),
        ({"scopes": ()}, "invalid_scope"),
        ({"client_id": "nobody"}, "invalid_client"),
    ],
)
async def test_a_request_that_breaks_a_rule_is_refused_before_consent(
    app: App, me: Actor, change: dict[str, object], error: str
) -> None:
    client_id = await client_of(app)
    _, challenge = pkce()
    change = dict(change)  # the parameters are shared by both databases' runs
    asked = request(str(change.pop("client_id", client_id)), challenge, **change)
    with pytest.raises(OAuthRefused) as refused:
        await oauth.check_request(app.uow(), asked, documents=app.client_documents)
    assert refused.value.error == error
    with pytest.raises(OAuthRefused):
        await oauth.approve(app.uow(), actor=me, request=asked, resource=RESOURCE)
    assert await oauth.authorizations(app.uow(), actor=me) == []


async def test_consent_is_the_users_own_for_this_resource(app: App, me: Actor) -> None:
    client_id = await client_of(app)
    _, challenge = pkce()
    personal = Actor(user_id=me.user_id, credential="personal_token")
    with pytest.raises(Forbidden):
        await oauth.approve(
            app.uow(), actor=personal, request=request(client_id, challenge), resource=RESOURCE
        )
    with pytest.raises(OAuthRefused) as refused:
        await oauth.approve(
            app.uow(),
            actor=me,
            request=request(client_id, challenge, resource="https://evil.example.com/mcp"),
            resource=RESOURCE,
        )
    assert refused.value.error == "invalid_target"


@pytest.mark.parametrize(
    "uri",
    [
        "http://example.com/callback",
        "https://example.com/callback#fragment",
        "javascript:alert(1)",
        "ftp://example.com/",
        "http://10.0.0.1/callback",
    ],
)
async def test_redirect_uris_are_https_or_loopback_http(app: App, uri: str) -> None:
    assert redirect_uri_problem(uri) is not None
    with pytest.raises(OAuthRefused) as refused:
        await client_of(app, uri)
    assert refused.value.error == "invalid_redirect_uri"


def test_loopback_and_https_redirects_are_taken() -> None:
    for uri in (
        "http://127.0.0.1:8765/cb",
        "http://[::1]:8765/cb",
        "http://localhost:6274/oauth/callback",
        "https://claude.ai/api/mcp/auth_callback",
    ):
        assert redirect_uri_problem(uri) is None, uri


async def test_a_metadata_documents_client_is_refused_where_documents_are_turned_off(
    app: App,
) -> None:
    _, challenge = pkce()
    asked = request("https://assistant.example/client.json", challenge)
    with pytest.raises(OAuthRefused, match="takes no client metadata documents") as refused:
        await oauth.check_request(app.uow(), asked, documents=None)
    assert refused.value.error == "invalid_client"
    assert not refused.value.redirectable
