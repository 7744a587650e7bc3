"""An assistant that identifies itself by a client ID metadata document: its ``client_id`` is the
``https`` URL of a JSON document it publishes, which the server fetches (from a real TLS site on
loopback here, which the server is told to trust), keeps while it is fresh, and fetches again
after. No registration happens."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx2
import pytest

from todo.adapters.clock import FixedClock
from todo.entrypoints.server import create_app

from ..api.conftest import api_settings
from ..conftest import START
from ..https_host import HttpsHost, https_host
from .conftest import PASSWORD, Site, call, ok
from .test_oauth import REDIRECT, authorize_params, back, consent, discover, pkce, sign_up

pytestmark = pytest.mark.anyio

OTHER_REDIRECT = "http://127.0.0.1:33419/callback"


@dataclass
class Setting:
    """The API in-process, the TLS site the documents are on, and the API's clock."""

    site: Site
    host: HttpsHost
    clock: FixedClock


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def document_database(request: pytest.FixtureRequest) -> str:
    return str(
        request.getfixturevalue("sqlite_copy" if request.param == "sqlite" else "postgres_database")
    )


@pytest.fixture
async def setting(document_database: str, tmp_path: Path) -> AsyncIterator[Setting]:
    clock = FixedClock(START)
    async with https_host(tmp_path) as host:
        settings = api_settings(
            document_database,
            tmp_path,
            oauth_document_private_hosts=["localhost"],
            oauth_document_ca_file=host.ca_file,
        )
        api = create_app(settings, clock=clock)
        async with api.router.lifespan_context(api):
            site = Site("http://127.0.0.1:8000", transport=httpx2.ASGITransport(app=api))
            yield Setting(site, host, clock)


def publish(host: HttpsHost, path: str, *redirects: str, **fields: object) -> str:
    """Publish a client's metadata document at ``path`` and return its URL, the client id."""
    url = host.url + path
    document = {
        "client_id": url,
        "client_name": "Document assistant",
        "redirect_uris": list(redirects or (REDIRECT,)),
        "grant_types": ["authorization_code", "refresh_token"],
        "response_types": ["code"],
        "token_endpoint_auth_method": "none",
        **fields,
    }
    host.serve(
        path,
        document,
        headers=[("Content-Type", "application/json"), ("Cache-Control", "max-age=600")],
    )
    return url


async def test_an_assistant_known_by_its_document_connects_without_registering(
    setting: Setting,
) -> None:
    client_id = publish(setting.host, "/assistant/client.json")
    async with setting.site.rest() as http:
        found = await discover(http)
        assert found.metadata["client_id_metadata_document_supported"] is True
        email = await sign_up(http)
        verifier, challenge = pkce()
        page, sealed = await consent(http, found, authorize_params(found, client_id, challenge))
        assert page.status_code == 200, page.text
        assert "Connect Document assistant?" in page.text
        assert f"identified by <code>{client_id}</code>" in page.text
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
                "resource": found.resource,
            },
        )
        assert tokens.status_code == 200, tokens.text
        pair = tokens.json()
        # Fetched once: for the page, and its answer used the stored copy.
        assert setting.host.requests == ["/assistant/client.json"]

        # Another client's id with this client's refresh token gets nothing.
        stolen = await http.post(
            found.metadata["token_endpoint"],
            data={
                "grant_type": "refresh_token",
                "refresh_token": pair["refresh_token"],
                "client_id": client_id + "-other",
            },
        )
        assert stolen.status_code == 400
        assert stolen.json()["error"] == "invalid_grant"
        refreshed = await http.post(
            found.metadata["token_endpoint"],
            data={
                "grant_type": "refresh_token",
                "refresh_token": pair["refresh_token"],
                "client_id": client_id,
            },
        )
        assert refreshed.status_code == 200, refreshed.text
        signed_in = await http.post(
            "/api/v1/auth/token", data={"username": email, "password": PASSWORD}
        )
        session = signed_in.json()["access_token"]

    async with setting.site.mcp(refreshed.json()["access_token"]) as client:
        ok(await call(client, "add_task", title="Added by a document's client"))
    async with setting.site.rest(session) as http:
        [connected] = (await http.get("/api/v1/authorizations")).json()
        assert connected["client_id"] == client_id
        assert connected["client_name"] == "Document assistant"


async def test_the_document_is_kept_while_fresh_and_fetched_again_after(
    setting: Setting,
) -> None:
    client_id = publish(setting.host, "/client.json")
    async with setting.site.rest() as http:
        found = await discover(http)
        _, challenge = pkce()
        moved = authorize_params(found, client_id, challenge, redirect_uri=OTHER_REDIRECT)
        assert (await consent(http, found, authorize_params(found, client_id, challenge)))[1]
        # The application adds a redirect URI; the stored copy (fresh for 10 minutes) does not
        # know it yet.
        publish(setting.host, "/client.json", REDIRECT, OTHER_REDIRECT)
        setting.clock.advance(timedelta(minutes=9))
        page, _ = await consent(http, found, moved)
        assert page.status_code == 400
        assert "not one this application registered" in page.text
        setting.clock.advance(timedelta(minutes=2))
        page, sealed = await consent(http, found, moved)
        assert page.status_code == 200, page.text
        assert sealed
    assert setting.host.requests == ["/client.json", "/client.json"]


@pytest.mark.parametrize(
    ("fields", "because"),
    [
        ({"client_id": "https://elsewhere.example/client.json"}, "not its own URL"),
        ({"token_endpoint_auth_method": "client_secret_post"}, "Only public clients"),
        ({"redirect_uris": ["http://attacker.example/cb"]}, "must be https"),
    ],
)
async def test_a_document_the_server_does_not_take_is_answered_on_the_page(
    setting: Setting, fields: dict[str, object], because: str
) -> None:
    client_id = publish(setting.host, "/client.json", **fields)
    async with setting.site.rest() as http:
        found = await discover(http)
        _, challenge = pkce()
        page, sealed = await consent(http, found, authorize_params(found, client_id, challenge))
    assert page.status_code == 400
    assert because in page.text
    assert not sealed
    assert "location" not in page.headers  # never sent back to a redirect URI it named


async def test_a_document_on_a_private_address_is_never_fetched(setting: Setting) -> None:
    publish(setting.host, "/client.json")
    # The same site by its address: only the host name `localhost` was allowed.
    by_address = setting.host.url.replace("localhost", "127.0.0.1") + "/client.json"
    async with setting.site.rest() as http:
        found = await discover(http)
        _, challenge = pkce()
        page, _ = await consent(http, found, authorize_params(found, by_address, challenge))
        root, _ = await consent(
            http, found, authorize_params(found, setting.host.url + "/", challenge)
        )
    assert page.status_code == 400
    assert "is not on a public address" in page.text
    assert root.status_code == 400
    assert "must have a path" in root.text
    assert setting.host.requests == []


async def test_one_network_opens_at_most_60_document_consent_pages_an_hour(
    setting: Setting,
) -> None:
    client_id = publish(setting.host, "/client.json")
    async with setting.site.rest() as http:
        found = await discover(http)
        _, challenge = pkce()
        params = authorize_params(found, client_id, challenge)
        for _ in range(60):
            page, _ = await consent(http, found, params)
            assert page.status_code == 200
        refused, _ = await consent(http, found, params)
    assert refused.status_code == 429
    assert setting.host.requests == ["/client.json"]  # the stored copy served the rest
