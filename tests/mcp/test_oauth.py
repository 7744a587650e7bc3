"""Connecting an assistant by OAuth 2.1, over HTTP, as a client that knows only the MCP URL:
discovery from the 401, the metadata, registration, the consent page, the code with PKCE,
tokens, a tool call, refresh, revocation — and the refusals on the way, each the RFC's."""

from __future__ import annotations

import base64
import hashlib
import html
import re
import secrets
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest

from .conftest import PASSWORD, Site, call, ok

pytestmark = pytest.mark.anyio

REDIRECT = "http://127.0.0.1:33418/callback"
LIST_TOOLS = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
RPC_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


@dataclass
class Discovered:
    """What a client learns from the 401 and the two metadata documents."""

    resource: str
    issuer: str
    metadata: dict[str, Any]


async def discover(http: httpx2.AsyncClient) -> Discovered:
    refused = await http.post("/mcp/", json=LIST_TOOLS, headers=RPC_HEADERS)
    assert refused.status_code == 401
    found = re.search(r'resource_metadata="([^"]+)"', refused.headers["www-authenticate"])
    assert found is not None
    resource_document = (await http.get(found.group(1))).json()
    issuer = resource_document["authorization_servers"][0]
    well_known = issuer.rstrip("/") + "/.well-known/oauth-authorization-server"
    metadata = (await http.get(well_known)).json()
    assert metadata["issuer"] == issuer
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert metadata["token_endpoint_auth_methods_supported"] == ["none"]
    assert set(metadata["scopes_supported"]) == {"tasks:read", "tasks:write", "projects:write"}
    return Discovered(resource_document["resource"], issuer, metadata)


async def register(http: httpx2.AsyncClient, found: Discovered, *uris: str) -> str:
    answer = await http.post(
        found.metadata["registration_endpoint"],
        json={
            "client_name": "Inspector",
            "redirect_uris": list(uris or (REDIRECT,)),
            "grant_types": ["authorization_code", "refresh_token"],
            "response_types": ["code"],
            # Asked for a secret; the server registers every client as public (PKCE) instead.
            "token_endpoint_auth_method": "client_secret_post",
        },
    )
    assert answer.status_code == 201, answer.text
    document = answer.json()
    assert document["token_endpoint_auth_method"] == "none"
    assert "client_secret" not in document
    client_id: str = document["client_id"]
    return client_id


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).decode().rstrip("=")


async def sign_up(http: httpx2.AsyncClient) -> str:
    email = f"{uuid.uuid4().hex[:12]}@example.test"
    created = await http.post("/api/v1/auth/register", json={"email": email, "password": PASSWORD})
    assert created.status_code == 202, created.text
    return email


def authorize_params(
    found: Discovered, client_id: str, challenge: str, **extra: str
) -> dict[str, str]:
    return {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": REDIRECT,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "scope": "tasks:read tasks:write",
        "state": "st4te",
        "resource": found.resource,
        **extra,
    }


async def consent(
    http: httpx2.AsyncClient, found: Discovered, params: dict[str, str]
) -> tuple[httpx2.Response, str]:
    page = await http.get(found.metadata["authorization_endpoint"], params=params)
    sealed = re.search(r'name="request" value="([^"]+)"', page.text)
    return page, html.unescape(sealed.group(1)) if sealed else ""


def back(answer: httpx2.Response) -> dict[str, str]:
    assert answer.status_code == 303, answer.text
    location = answer.headers["location"]
    assert location.startswith(REDIRECT + "?")
    return {name: values[0] for name, values in parse_qs(urlsplit(location).query).items()}


async def test_an_assistant_connects_calls_a_tool_refreshes_and_is_revoked(site: Site) -> None:
    async with site.rest() as http:
        found = await discover(http)
        assert found.resource == f"{site.url}/mcp"
        client_id = await register(http, found)
        email = await sign_up(http)
        verifier, challenge = pkce()
        page, sealed = await consent(http, found, authorize_params(found, client_id, challenge))
        assert page.status_code == 200
        assert "Connect Inspector?" in page.text
        assert REDIRECT in page.text
        assert page.headers["x-frame-options"] == "DENY"
        answer = await http.post(
            found.metadata["authorization_endpoint"],
            data={"request": sealed, "email": email, "password": PASSWORD, "decision": "approve"},
        )
        returned = back(answer)
        assert returned["state"] == "st4te"
        assert returned["iss"] == found.issuer
        tokens = await http.post(
            found.metadata["token_endpoint"],
            data={
                "grant_type": "authorization_code",
                "code": returned["code"],
                "code_verifier": verifier,
                "redirect_uri": REDIRECT,
                "client_id": client_id,
                "resource": found.resource,
            },
        )
        assert tokens.status_code == 200, tokens.text
        assert tokens.headers["cache-control"] == "no-store"
        pair = tokens.json()
        assert pair["token_type"].lower() == "bearer"
        assert pair["scope"] == "tasks:read tasks:write"

    async with site.mcp(pair["access_token"]) as client:
        added = ok(await call(client, "add_task", title="Connected by OAuth"))
    async with site.rest(pair["access_token"]) as http:
        listed = await http.get("/api/v1/tasks")
        assert [task["id"] for task in listed.json()["items"]] == [added["task_id"]]
        account = await http.get("/api/v1/tokens")
        assert account.status_code == 403  # an application never manages the account

    async with site.rest() as http:
        refreshed = await http.post(
            found.metadata["token_endpoint"],
            data={
                "grant_type": "refresh_token",
                "refresh_token": pair["refresh_token"],
                "client_id": client_id,
            },
        )
        assert refreshed.status_code == 200, refreshed.text
        fresh = refreshed.json()
        revoked = await http.post(
            found.metadata["revocation_endpoint"],
            data={"token": fresh["refresh_token"], "client_id": client_id},
        )
        assert revoked.status_code == 200
        after = await http.post(
            "/mcp/",
            json=LIST_TOOLS,
            headers={**RPC_HEADERS, "Authorization": f"Bearer {fresh['access_token']}"},
        )
        assert after.status_code == 401


async def test_each_refusal_is_the_rfcs_and_grants_nothing(site: Site) -> None:
    async with site.rest() as http:
        found = await discover(http)
        client_id = await register(http, found)
        email = await sign_up(http)
        verifier, challenge = pkce()
        endpoint = found.metadata["authorization_endpoint"]

        # A redirect URI that was not registered: said on the page, never redirected to.
        page, sealed = await consent(
            http, found, authorize_params(found, client_id, challenge, redirect_uri=REDIRECT + "x")
        )
        assert page.status_code == 400
        assert "location" not in page.headers
        assert not sealed
        unknown, _ = await consent(http, found, authorize_params(found, "nobody", challenge))
        assert unknown.status_code == 400

        # No PKCE, or another resource: back to the client with the error.
        no_pkce = await http.get(
            endpoint,
            params=authorize_params(found, client_id, challenge, code_challenge_method="plain"),
        )
        assert back(no_pkce)["error"] == "invalid_request"
        elsewhere = await http.get(
            endpoint,
            params=authorize_params(
                found, client_id, challenge, resource="https://elsewhere.example/mcp"
            ),
        )
        assert back(elsewhere)["error"] == "invalid_target"

        # The user says no; a wrong password gets the page again, with no code.
        _, sealed = await consent(http, found, authorize_params(found, client_id, challenge))
        denied = await http.post(endpoint, data={"request": sealed, "decision": "deny"})
        assert back(denied)["error"] == "access_denied"
        form = {"request": sealed, "email": email, "password": PASSWORD, "decision": "approve"}
        wrong = await http.post(endpoint, data={**form, "password": "wrong " * 3})
        assert wrong.status_code == 401
        assert "location" not in wrong.headers
        forged = await http.post(endpoint, data={**form, "request": sealed + "x"})
        assert forged.status_code == 400

        # A code with the wrong verifier, then replayed: invalid_grant, and nothing granted.
        approved = await http.post(endpoint, data=form)
        code = back(approved)["code"]
        exchange = {
            "grant_type": "authorization_code",
            "code": code,
            "code_verifier": pkce()[0],
            "redirect_uri": REDIRECT,
            "client_id": client_id,
        }
        wrong_verifier = await http.post(found.metadata["token_endpoint"], data=exchange)
        assert wrong_verifier.status_code == 400
        assert wrong_verifier.json()["error"] == "invalid_grant"
        replayed = await http.post(
            found.metadata["token_endpoint"], data={**exchange, "code_verifier": verifier}
        )
        assert replayed.json()["error"] == "invalid_grant"
        unsupported = await http.post(
            found.metadata["token_endpoint"],
            data={"grant_type": "password", "client_id": client_id},
        )
        assert unsupported.json()["error"] == "unsupported_grant_type"
        bad_redirect = await http.post(
            found.metadata["registration_endpoint"],
            json={"client_name": "Evil", "redirect_uris": ["http://evil.example/cb"]},
        )
        assert bad_redirect.status_code == 400
        assert bad_redirect.json()["error"] == "invalid_redirect_uri"


async def connect(http: httpx2.AsyncClient, found: Discovered, email: str) -> dict[str, Any]:
    """Register a client, approve it as ``email`` and exchange the code: the token answer."""
    client_id = await register(http, found)
    verifier, challenge = pkce()
    _, sealed = await consent(http, found, authorize_params(found, client_id, challenge))
    answer = await http.post(
        found.metadata["authorization_endpoint"],
        data={"request": sealed, "email": email, "password": PASSWORD, "decision": "approve"},
    )
    tokens = await http.post(
        found.metadata["token_endpoint"],
        data={
            "grant_type": "authorization_code",
            "code": back(answer)["code"],
            "code_verifier": verifier,
            "redirect_uri": REDIRECT,
            "client_id": client_id,
        },
    )
    assert tokens.status_code == 200, tokens.text
    pair: dict[str, Any] = tokens.json()
    return pair


async def test_the_user_sees_and_disconnects_connected_applications(site: Site) -> None:
    async with site.rest() as http:
        found = await discover(http)
        email = await sign_up(http)
        pair = await connect(http, found, email)
        signed_in = await http.post(
            "/api/v1/auth/token", data={"username": email, "password": PASSWORD}
        )
        session = signed_in.json()["access_token"]
    async with site.rest(session) as http:
        listed = await http.get("/api/v1/authorizations")
        assert listed.status_code == 200
        [connected] = listed.json()
        assert connected["client_name"] == "Inspector"
        assert connected["scopes"] == ["tasks:read", "tasks:write"]
        assert connected["resource"] == found.resource
    async with site.rest(pair["access_token"]) as http:
        assert (await http.get("/api/v1/authorizations")).status_code == 403
        assert (await http.get("/api/v1/tasks")).status_code == 200
    async with site.rest(session) as http:
        gone = await http.delete(f"/api/v1/authorizations/{connected['id']}")
        assert gone.status_code == 204
        assert (await http.get("/api/v1/authorizations")).json() == []
        again = await http.delete(f"/api/v1/authorizations/{connected['id']}")
        assert again.status_code == 404
    async with site.rest(pair["access_token"]) as http:
        refused = await http.get("/api/v1/tasks")
        assert refused.status_code == 401
        assert "revoked" in refused.json()["detail"]


async def test_a_redirect_uri_is_matched_exactly_as_it_was_registered(site: Site) -> None:
    bare = "http://127.0.0.1:8765"  # no path: a URL model would write it back with a slash
    async with site.rest() as http:
        found = await discover(http)
        client_id = await register(http, found, bare)
        _, challenge = pkce()
        exact, sealed = await consent(
            http, found, authorize_params(found, client_id, challenge, redirect_uri=bare)
        )
        assert exact.status_code == 200
        assert sealed
        slashed, _ = await consent(
            http, found, authorize_params(found, client_id, challenge, redirect_uri=bare + "/")
        )
        assert slashed.status_code == 400


async def test_an_assistant_can_be_granted_projects_write_and_shares_a_project(
    site: Site,
) -> None:
    async with site.rest() as http:
        found = await discover(http)
        client_id = await register(http, found)
        email, friend = await sign_up(http), await sign_up(http)
        verifier, challenge = pkce()
        asked = authorize_params(
            found, client_id, challenge, scope="tasks:read tasks:write projects:write"
        )
        page, sealed = await consent(http, found, asked)
        assert page.status_code == 200
        for words in (
            "see your tasks",
            "add, change, complete and delete your tasks",
            "create, change, share and delete your projects",
        ):
            assert f"<li>{words}</li>" in page.text
        answer = await http.post(
            found.metadata["authorization_endpoint"],
            data={"request": sealed, "email": email, "password": PASSWORD, "decision": "approve"},
        )
        tokens = await http.post(
            found.metadata["token_endpoint"],
            data={
                "grant_type": "authorization_code",
                "code": back(answer)["code"],
                "code_verifier": verifier,
                "redirect_uri": REDIRECT,
                "client_id": client_id,
            },
        )
        assert tokens.status_code == 200, tokens.text
        pair = tokens.json()
        assert pair["scope"] == "projects:write tasks:read tasks:write"
        unknown = await http.get(
            found.metadata["authorization_endpoint"],
            params=authorize_params(found, client_id, challenge, scope="tasks:read admin"),
        )
        refusal = back(unknown)
        assert refusal["error"] == "invalid_scope"
        assert "tasks:read, tasks:write and projects:write" in refusal["error_description"]
    async with site.mcp(pair["access_token"]) as client:
        ok(await call(client, "add_project", name="Holiday"))
        shared = ok(await call(client, "share_project", project="holiday", email=friend))
        assert (shared["status"], shared["role"]) == ("shared", "editor")
