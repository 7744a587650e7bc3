"""An AI assistant connects by OAuth the way real clients do: the MCP SDK's own OAuth client
finds the server from the 401, registers, sends the user to the consent page — in Chromium,
where they sign in and allow — exchanges the code with PKCE and calls a tool. The user then
sees the application in the web app and disconnects it, and its tokens stop."""

from __future__ import annotations

import asyncio
import re
import uuid
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

from ..mcp.conftest import call, ok
from .conftest import PASSWORD, WebServer, register, screenshot

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


async def test_an_assistant_connects_through_the_consent_page_and_is_disconnected(
    page: Page, server: WebServer
) -> None:
    email = f"oauth-{uuid.uuid4().hex[:10]}@example.test"
    await register(server, email)
    arrived: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def at_the_application(route: Route) -> None:
        if not arrived.done():
            arrived.set_result(route.request.url)
        await route.fulfill(status=200, content_type="text/html", body="<p>Connected.</p>")

    await page.route(re.compile(re.escape(REDIRECT) + r".*"), at_the_application)

    async def open_consent(url: str) -> None:
        await page.goto(url)
        await expect(page.get_by_role("heading", name="Connect Test assistant?")).to_be_visible()
        await expect(
            page.get_by_text("add, change, complete and delete your tasks")
        ).to_be_visible()
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
    provider = OAuthClientProvider(
        server_url=server.url + "/mcp",
        client_metadata=OAuthClientMetadata(
            client_name="Test assistant",
            redirect_uris=[AnyUrl(REDIRECT)],
            grant_types=["authorization_code", "refresh_token"],
            response_types=["code"],
            scope="tasks:read tasks:write",
        ),
        storage=storage,
        redirect_handler=open_consent,
        callback_handler=code_from_the_redirect,
    )
    async with (
        httpx2.AsyncClient(auth=provider, timeout=30) as http,
        Client(streamable_http_client(server.url + "/mcp/", http_client=http)) as client,
    ):
        added = ok(await call(client, "add_task", title="Added by the assistant"))
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
