"""Tokens of another identity provider: HS256 with a shared secret, or any algorithm by JWKS.

The JWKS is served by a real HTTP server on loopback, so the keys are fetched the way they are
in production, cached, and fetched again when a token names a key id the cache does not know.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import anyio
import jwt
import jwt.jwks_client
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

from todo.adapters.clock import FixedClock
from todo.config import Settings
from todo.domain.users import User, external_user_id
from todo.services.users import ensure_local_user

from .conftest import api_settings
from .helpers import (
    Server,
    add_user,
    bearer,
    database_state,
    hash_of,
    problem,
    serve,
    unauthorized,
)

pytestmark = pytest.mark.anyio

SHARED_SECRET = "the-identity-providers-shared-secret-0123456789"
ME = "/api/v1/users/me"
ISSUER = "https://id.example.test"
AUDIENCE = "todo-api"


def claims(subject: str | None = None, **extra: Any) -> dict[str, Any]:
    """Claims of a valid external token (its times are the wall clock's, as a provider's are)."""
    now = int(time.time())
    values: dict[str, Any] = {
        "sub": subject or f"ext-{uuid.uuid4().hex}",
        "iat": now,
        "exp": now + 300,
    }
    values.update(extra)
    return {name: value for name, value in values.items() if value is not None}


def hmac_token(payload: dict[str, Any], key: bytes, algorithm: str = "HS256", **header: str) -> str:
    """Sign a token by hand, for keys and algorithms PyJWT itself refuses to sign with."""

    def part(value: dict[str, Any]) -> bytes:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=")

    digest = {"HS256": hashlib.sha256, "HS512": hashlib.sha512}[algorithm]
    signing_input = part({"alg": algorithm, "typ": "JWT", **header}) + b"." + part(payload)
    signature = base64.urlsafe_b64encode(hmac.new(key, signing_input, digest).digest())
    return (signing_input + b"." + signature.rstrip(b"=")).decode()


# --- the shared secret -------------------------------------------------------------------------


@pytest.fixture
async def shared(database_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[Server]:
    settings = api_settings(database_url, tmp_path, auth_shared_secret=SHARED_SECRET)
    async with serve(settings, clock) as server:
        yield server


async def test_shared_secret_token_provisions_the_user_on_first_sight(shared: Server) -> None:
    http = shared.http
    subject = f"ext-{uuid.uuid4().hex}"
    email = f"Grace-{uuid.uuid4().hex[:8]}@Example.TEST"
    first = bearer(jwt.encode(claims(subject, email=email, name="Grace"), SHARED_SECRET, "HS256"))
    me = await http.get(ME, headers=first)
    assert me.status_code == 200, me.text
    user = me.json()
    user_id = external_user_id(None, subject)
    assert (user["id"], user["email"], user["name"]) == (user_id, email.lower(), "Grace")
    assert (user["role"], user["is_active"]) == ("user", True)

    created = await http.post("/api/v1/tasks", json={"title": "From outside"}, headers=first)
    assert created.status_code == 201
    assert created.json()["user_id"] == user_id

    # Another token for the same subject is the same account, not a second one.
    second = bearer(jwt.encode(claims(subject, name="Renamed"), SHARED_SECRET, "HS256"))
    assert (await http.get(ME, headers=second)).json() == user
    listed = await http.get("/api/v1/tasks", headers=second)
    assert [task["title"] for task in listed.json()["items"]] == ["From outside"]
    state = await database_state(shared.app, [user_id])
    assert len(state["users"]) == 1  # type: ignore[arg-type]


async def test_an_invitation_goes_only_to_an_address_the_provider_checked(shared: Server) -> None:
    http, inviter = shared.http, await add_user(shared.app)
    made = await http.post("/api/v1/projects", json={"name": "Team"}, headers=inviter.headers)
    assert made.status_code == 201, made.text
    project = made.json()["id"]
    unchecked, checked = (f"{uuid.uuid4().hex[:8]}@example.test" for _ in range(2))
    for email in (unchecked, checked):
        invited = await http.post(
            f"/api/v1/projects/{project}/members", json={"email": email}, headers=inviter.headers
        )
        assert invited.status_code == 201, invited.text
    for email, verified in ((unchecked, None), (checked, True)):
        token = jwt.encode(claims(email=email, email_verified=verified), SHARED_SECRET, "HS256")
        mine = await http.get("/api/v1/projects", headers=bearer(token))
        assert mine.status_code == 200, mine.text
        names = [found["name"] for found in mine.json()]
        assert names == (["Inbox", "Team"] if verified else ["Inbox"]), email


async def test_bad_external_tokens_are_refused_and_provision_nobody(shared: Server) -> None:
    subject = f"ext-{uuid.uuid4().hex}"
    before = await database_state(shared.app, [subject])
    now = int(time.time())
    tokens = {
        "wrong secret": jwt.encode(claims(subject), "not-the-shared-secret-0123456789", "HS256"),
        "expired": jwt.encode(claims(subject, iat=now - 600, exp=now - 60), SHARED_SECRET, "HS256"),
        "no exp": jwt.encode(claims(subject, exp=None), SHARED_SECRET, "HS256"),
        "no sub": jwt.encode(
            {k: v for k, v in claims(subject).items() if k != "sub"}, SHARED_SECRET, "HS256"
        ),
        "sub too long": jwt.encode(claims("x" * 65), SHARED_SECRET, "HS256"),
        "sub not a string": jwt.encode({**claims(), "sub": 42}, SHARED_SECRET, "HS256"),
        "alg none": jwt.encode(claims(subject), None, "none"),
        "HS512": hmac_token(claims(subject), SHARED_SECRET.encode(), "HS512"),
    }
    for name, token in tokens.items():
        response = await shared.http.get(ME, headers=bearer(token))
        assert response.status_code == 401, name
        unauthorized(response)
    assert await database_state(shared.app, [subject, "x" * 65]) == before


async def test_an_external_email_does_not_take_over_an_existing_account(shared: Server) -> None:
    http = shared.http
    alice = await add_user(shared.app)
    created = await http.post("/api/v1/tasks", json={"title": "Alice's"}, headers=alice.headers)
    assert created.status_code == 201
    subject = f"ext-{uuid.uuid4().hex}"
    token = bearer(jwt.encode(claims(subject, email=alice.email), SHARED_SECRET, "HS256"))
    me = (await http.get(ME, headers=token)).json()
    assert me["id"] == external_user_id(None, subject)
    assert me["email"] != alice.email
    assert (await http.get("/api/v1/tasks", headers=token)).json()["items"] == []
    problem(await http.get(f"/api/v1/tasks/{created.json()['id']}", headers=token), 404)
    alices = (await http.get(ME, headers=alice.headers)).json()
    assert (alices["id"], alices["email"]) == (alice.id, alice.email)


async def test_a_deactivated_external_user_is_refused(shared: Server) -> None:
    subject = f"ext-{uuid.uuid4().hex}"
    token = bearer(jwt.encode(claims(subject), SHARED_SECRET, "HS256"))
    assert (await shared.http.get(ME, headers=token)).status_code == 200
    uow = shared.app.uow()
    async with uow:
        user = await uow.users.get(external_user_id(None, subject))
        assert user is not None
        user.is_active = False
        uow.session.add(user)
        await uow.commit()
    assert "deactivated" in unauthorized(await shared.http.get(ME, headers=token))["detail"]


async def test_a_subject_naming_a_local_account_gets_an_account_of_its_own(
    shared: Server,
) -> None:
    """Users of another identity provider live under ids of their own: a token whose ``sub`` is
    the id of a local account — the console's password-less admin, a password account, or
    another provider's user — is never that account."""
    http = shared.http
    console = await ensure_local_user(shared.app.uow(), timezone="UTC")
    alice = await add_user(shared.app, password_hash=await hash_of("correct horse battery"))
    first = bearer(jwt.encode(claims(f"ext-{uuid.uuid4().hex}"), SHARED_SECRET, "HS256"))
    other_external = (await http.get(ME, headers=first)).json()["id"]
    for local_id in (console.user_id, alice.id, other_external):
        token = bearer(jwt.encode(claims(local_id), SHARED_SECRET, "HS256"))
        me = await http.get(ME, headers=token)
        assert me.status_code == 200, me.text
        assert me.json()["id"] == external_user_id(None, local_id)
        assert me.json()["role"] == "user"
        assert (await http.get("/api/v1/admin/users", headers=token)).status_code == 403


async def test_issuers_do_not_share_users(shared: Server) -> None:
    subject = f"ext-{uuid.uuid4().hex}"
    ids = set()
    for issuer in ("https://one.example.test", "https://two.example.test"):
        token = bearer(jwt.encode(claims(subject, iss=issuer), SHARED_SECRET, "HS256"))
        ids.add((await shared.http.get(ME, headers=token)).json()["id"])
    assert ids == {
        external_user_id("https://one.example.test", subject),
        external_user_id("https://two.example.test", subject),
    }


async def test_a_user_made_under_the_bare_subject_keeps_its_account(shared: Server) -> None:
    """Users an earlier version provisioned under the token's ``sub`` itself keep their tasks."""
    subject = f"ext-{uuid.uuid4().hex}"
    uow = shared.app.uow()
    async with uow:
        await uow.users.add(
            User(id=subject, email=f"{subject}@external.invalid", created_at=shared.app.clock.now())
        )
        await uow.commit()
    token = bearer(jwt.encode(claims(subject), SHARED_SECRET, "HS256"))
    assert (await shared.http.get(ME, headers=token)).json()["id"] == subject


async def test_claims_a_database_cannot_hold_are_dropped_or_refused(shared: Server) -> None:
    http = shared.http
    subject = f"ext-{uuid.uuid4().hex}"
    odd = claims(subject, name="Grace\u0000Hopper", email="grace\u0000@example.test")
    me = await http.get(ME, headers=bearer(jwt.encode(odd, SHARED_SECRET, "HS256")))
    assert me.status_code == 200, me.text
    assert me.json()["name"] == ""
    assert "\u0000" not in me.json()["email"]
    refused = await http.get(
        ME, headers=bearer(jwt.encode(claims("bad\u0000subject"), SHARED_SECRET, "HS256"))
    )
    unauthorized(refused)


def test_better_auth_secret_is_an_alias(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TODO_AUTH_SHARED_SECRET", raising=False)
    monkeypatch.setenv("BETTER_AUTH_SECRET", SHARED_SECRET)
    settings = Settings(home=tmp_path)
    assert settings.auth_shared_secret is not None
    assert settings.auth_shared_secret.get_secret_value() == SHARED_SECRET
    assert SHARED_SECRET not in repr(settings)


# --- JWKS ----------------------------------------------------------------------------------------


@dataclass
class SigningKey:
    """A private key and its public JWK."""

    kid: str
    algorithm: str
    private: Any
    jwk: dict[str, Any]

    def sign(self, payload: dict[str, Any], *, kid: str | None = None) -> str:
        return jwt.encode(payload, self.private, self.algorithm, headers={"kid": kid or self.kid})


def rsa_key(kid: str) -> SigningKey:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = RSAAlgorithm.to_jwk(private.public_key(), as_dict=True)
    return SigningKey(kid, "RS256", private, {**jwk, "kid": kid, "use": "sig", "alg": "RS256"})


def ec_key(kid: str) -> SigningKey:
    private = ec.generate_private_key(ec.SECP256R1())
    jwk = ECAlgorithm.to_jwk(private.public_key(), as_dict=True)
    return SigningKey(kid, "ES256", private, {**jwk, "kid": kid, "use": "sig", "alg": "ES256"})


@dataclass
class JwksServer:
    """A JWKS endpoint on loopback whose key set can be changed while it runs."""

    keys: list[SigningKey] = field(default_factory=list)
    fetches: int = 0
    url: str = ""

    def document(self) -> bytes:
        self.fetches += 1
        return json.dumps({"keys": [key.jwk for key in self.keys]}).encode()


@pytest.fixture(scope="module")
def keys() -> dict[str, SigningKey]:
    return {"rsa": rsa_key("rsa-1"), "ec": ec_key("ec-1"), "next": rsa_key("rsa-2")}


@pytest.fixture
def jwks(keys: dict[str, SigningKey]) -> Iterator[JwksServer]:
    state = JwksServer(keys=[keys["rsa"], keys["ec"]])

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/.well-known/jwks.json":
                self.send_error(404)
                return
            body = state.document()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            """Keep the test output quiet."""

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/.well-known/jwks.json"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
async def by_jwks(
    database_url: str, clock: FixedClock, tmp_path: Path, jwks: JwksServer
) -> AsyncIterator[Server]:
    settings = api_settings(database_url, tmp_path, auth_jwks_url=jwks.url)
    async with serve(settings, clock) as server:
        yield server


async def test_jwks_tokens_are_accepted(
    by_jwks: Server, jwks: JwksServer, keys: dict[str, SigningKey]
) -> None:
    http = by_jwks.http
    subject = f"ext-{uuid.uuid4().hex}"
    token = keys["rsa"].sign(claims(subject, email=f"{subject}@example.test", aud="anything"))
    me = await http.get(ME, headers=bearer(token))
    assert me.status_code == 200, me.text
    assert me.json()["id"] == external_user_id(None, subject)
    assert jwks.fetches == 1

    by_ec = keys["ec"].sign(claims(subject))
    assert (await http.get(ME, headers=bearer(by_ec))).json()["id"] == me.json()["id"]
    again = keys["rsa"].sign(claims(subject))
    assert (await http.get(ME, headers=bearer(again))).status_code == 200
    assert jwks.fetches == 1  # the keys are cached


async def test_jwks_refuses_what_the_keys_do_not_sign(
    by_jwks: Server, keys: dict[str, SigningKey]
) -> None:
    http = by_jwks.http
    subject = f"ext-{uuid.uuid4().hex}"
    before = await database_state(by_jwks.app, [subject])
    public_pem = (
        keys["rsa"]
        .private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    forged: dict[str, str] = {
        # The right kid, but signed by a key that is not the provider's.
        "another key": rsa_key("rsa-1").sign(claims(subject)),
        # The RSA public key used as an HMAC secret ("algorithm confusion").
        "HS256 with the public key": hmac_token(claims(subject), public_pem, kid="rsa-1"),
        "unknown kid": keys["next"].sign(claims(subject), kid="nobody-knows-me"),
        # The provider's own key, but an algorithm its JWK does not state (RS256).
        "another algorithm": jwt.encode(
            claims(subject), keys["rsa"].private, "RS512", headers={"kid": "rsa-1"}
        ),
        "no kid": jwt.encode(claims(subject), keys["rsa"].private, "RS256"),
        "expired": keys["rsa"].sign(claims(subject, exp=int(time.time()) - 60)),
    }
    for name, token in forged.items():
        response = await http.get(ME, headers=bearer(token))
        assert response.status_code == 401, (name, response.text)
    assert await database_state(by_jwks.app, [subject]) == before


async def test_issuer_and_audience_are_checked_when_configured(
    database_url: str,
    clock: FixedClock,
    tmp_path: Path,
    jwks: JwksServer,
    keys: dict[str, SigningKey],
) -> None:
    settings = api_settings(
        database_url, tmp_path, auth_jwks_url=jwks.url, auth_issuer=ISSUER, auth_audience=AUDIENCE
    )
    async with serve(settings, clock) as server:
        sign = keys["rsa"].sign
        good = await server.http.get(ME, headers=bearer(sign(claims(iss=ISSUER, aud=AUDIENCE))))
        assert good.status_code == 200, good.text
        also = claims(iss=ISSUER, aud=["other-api", AUDIENCE])
        assert (await server.http.get(ME, headers=bearer(sign(also)))).status_code == 200
        for name, payload in {
            "wrong issuer": claims(iss="https://evil.example.test", aud=AUDIENCE),
            "no issuer": claims(aud=AUDIENCE),
            "wrong audience": claims(iss=ISSUER, aud="another-api"),
            "no audience": claims(iss=ISSUER),
        }.items():
            response = await server.http.get(ME, headers=bearer(sign(payload)))
            assert response.status_code == 401, name


async def test_a_rotated_key_is_fetched_on_its_first_token(
    by_jwks: Server, jwks: JwksServer, keys: dict[str, SigningKey]
) -> None:
    """The provider rotates its key; the running app fetches the new set on the new kid (at most
    twice a second, so a flood of made-up key ids cannot flood the provider)."""
    http = by_jwks.http
    subject = f"ext-{uuid.uuid4().hex}"
    assert (
        await http.get(ME, headers=bearer(keys["rsa"].sign(claims(subject))))
    ).status_code == 200
    assert jwks.fetches == 1
    jwks.keys = [keys["next"]]
    await anyio.sleep(0.6)
    rotated = await http.get(ME, headers=bearer(keys["next"].sign(claims(subject))))
    assert rotated.status_code == 200, rotated.text
    assert jwks.fetches == 2
