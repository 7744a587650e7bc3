"""An AI assistant connects by OAuth the way real clients do: the MCP SDK's own OAuth client
finds the server from the 401, registers (or names its client ID metadata document), sends the
user to the consent page — in Chromium, where they sign in and allow — exchanges the code with
PKCE and calls a tool. The user then sees the application in the web app and disconnects it,
and its tokens stop."""

from __future__ import annotations

import asyncio
import re
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
import pytest
from mcp.client.auth import OAuthClientProvider
from mcp.client.client import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.auth import (
    AuthorizationCodeResult,
    OAuthClientInformationFull,
    OAuthClientMetadata,
    OAuthToken,
)
from playwright.async_api import Page, Route, expect
from pydantic import AnyUrl

from todo.adapters.clock import FixedClock

from ..https_host import https_host
from ..mcp.conftest import call, ok
from .conftest import PASSWORD, WebServer, register, screenshot, serving_with

pytestmark = pytest.mark.anyio

REDIRECT = "http://127.0.0.1:33418/callback"
LIST_TOOLS = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
RPC_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


class MemoryStorage:
    """The SDK's token storage, in memory."""

    def __init__(self) -> None:
        self.tokens: OAuthToken | None = None
        self.client: OAuthClientInformationFull | None = None

    async def get_tokens(self) -> OAuthToken | None:
        return self.tokens

    async def set_tokens(self, tokens: OAuthToken) -> None:
        self.tokens = tokens

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return self.client

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        self.client = client_info


async def connected_by_the_sdk(
    page: Page, server: WebServer, email: str, name: str, **provider: Any
) -> tuple[MemoryStorage, dict[str, Any]]:
    """Let the SDK's OAuth client connect as the application ``name`` (the user allows it in
    Chromium) and add a task; return its storage and the tool's answer."""
    arrived: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def at_the_application(route: Route) -> None:
        if not arrived.done():
            arrived.set_result(route.request.url)
        await route.fulfill(status=200, content_type="text/html", body="<p>Connected.</p>")

    await page.route(re.compile(re.escape(REDIRECT) + r".*"), at_the_application)

    async def open_consent(url: str) -> None:
        await page.goto(url)
        await expect(page.get_by_role("heading", name=f"Connect {name}?")).to_be_visible()
        await expect(
            page.get_by_text("add, change, complete and delete your tasks")
        ).to_be_visible()
        if not provider:
            await screenshot(page, "oauth-consent")
        await page.get_by_label("E-mail").fill(email)
        await page.get_by_label("Password").fill(PASSWORD)
        await page.get_by_role("button", name="Allow").click()

    async def code_from_the_redirect() -> AuthorizationCodeResult:
        query = parse_qs(urlsplit(await asyncio.wait_for(arrived, 10)).query)
        return AuthorizationCodeResult(
            code=query["code"][0], state=query["state"][0], iss=query.get("iss", [None])[0]
        )

    storage = MemoryStorage()
    sdk = OAuthClientProvider(
        server_url=server.url + "/mcp",
        client_metadata=OAuthClientMetadata(
            client_name=name,
            redirect_uris=[AnyUrl(REDIRECT)],
            grant_types=["authorization_code", "refresh_token"],
            response_types=["code"],
            scope="tasks:read tasks:write",
        ),
        storage=storage,
        redirect_handler=open_consent,
        callback_handler=code_from_the_redirect,
        **provider,
    )
    async with (
        httpx2.AsyncClient(auth=sdk, timeout=30) as http,
        Client(streamable_http_client(server.url + "/mcp/", http_client=http)) as client,
    ):
        added = ok(await call(client, "add_task", title="Added by the assistant"))
    # The page has shown the application's redirect before the test goes on with it (on a busy
    # machine the SDK can be done while Chromium still commits that navigation).
    await page.wait_for_url(re.compile(re.escape(REDIRECT) + r".*"))
    await page.wait_for_load_state()
    return storage, added


async def test_an_assistant_connects_through_the_consent_page_and_is_disconnected(
    page: Page, server: WebServer
) -> None:
    email = f"oauth-{uuid.uuid4().hex[:10]}@example.test"
    await register(server, email)
    storage, added = await connected_by_the_sdk(page, server, email, "Test assistant")
    assert storage.tokens is not None
    assert storage.client is not None
    assert storage.client.token_endpoint_auth_method == "none"

    # A refresh rotates the pair.
    refreshed = await server.http.post(
        "/oauth/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": storage.tokens.refresh_token,
            "client_id": storage.client.client_id,
        },
    )
    assert refreshed.status_code == 200, refreshed.text
    access = refreshed.json()["access_token"]
    listed = await server.http.get("/api/v1/tasks", headers={"Authorization": f"Bearer {access}"})
    assert [task["id"] for task in listed.json()["items"]] == [added["task_id"]]

    # The user sees the application in the web app and disconnects it.
    await page.goto(server.url)
    signin = page.locator("#view-signin")
    await signin.get_by_label("E-mail").fill(email)
    await signin.get_by_label("Password").fill(PASSWORD)
    await signin.get_by_role("button", name="Sign in").click()
    await expect(page.get_by_role("heading", name="Tasks", level=1)).to_be_visible()
    await page.get_by_role("button", name="Connected apps").click()
    panel = page.locator("#connections-panel")
    await expect(panel.get_by_text("Test assistant")).to_be_visible()
    await panel.get_by_role("button", name="Disconnect Test assistant").click()
    await expect(panel.get_by_text("No assistant is connected.")).to_be_visible()

    after = await server.http.post(
        "/mcp/", json=LIST_TOOLS, headers={**RPC_HEADERS, "Authorization": f"Bearer {access}"}
    )
    assert after.status_code == 401


async def test_an_assistant_known_by_its_metadata_document_connects_without_registering(
    page: Page, tmp_path: Path, sqlite_template: Path, clock: FixedClock
) -> None:
    async with https_host(tmp_path) as host:
        client_id = host.serve(
            "/assistant/client.json",
            {
                "client_id": host.url + "/assistant/client.json",
                "client_name": "Document assistant",
                "redirect_uris": [REDIRECT],
                "grant_types": ["authorization_code", "refresh_token"],
                "response_types": ["code"],
                "token_endpoint_auth_method": "none",
            },
        )
        async with serving_with(
            tmp_path,
            sqlite_template,
            clock,
            oauth_document_private_hosts=["localhost"],
            oauth_document_ca_file=host.ca_file,
        ) as server:
            email = f"oauth-{uuid.uuid4().hex[:10]}@example.test"
            await register(server, email)
            storage, added = await connected_by_the_sdk(
                page, server, email, "Document assistant", client_metadata_url=client_id
            )
            assert storage.client is not None
            assert storage.client.client_id == client_id
            assert host.requests == ["/assistant/client.json"]
            assert storage.tokens is not None
            bearer = {"Authorization": f"Bearer {storage.tokens.access_token}"}
            listed = await server.http.get("/api/v1/tasks", headers=bearer)
            assert [task["id"] for task in listed.json()["items"]] == [added["task_id"]]
