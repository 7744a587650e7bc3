"""The MCP endpoint names itself only by a host it admits, and shared caches never keep the name.

Without ``TODO_PUBLIC_URL`` the protected-resource metadata and the ``WWW-Authenticate`` challenge
are built from the request's ``Host``: a host the endpoint does not admit gets no metadata (421)
and a challenge without a metadata URL, and the metadata is cacheable only privately.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from todo.entrypoints.server import create_app

from ..api.conftest import api_settings

pytestmark = pytest.mark.anyio

METADATA = "/.well-known/oauth-protected-resource/mcp"
LIST_TOOLS = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
RPC_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
FOREIGN_HOSTS = [
    "evil.example",
    "evil.example:8000",
    "localhost:8000@evil.example",
    "localhost:evil.example",
    "127.0.0.1.evil.example:80",
]


async def started(
    settings_home: Path, database_url: str, **overrides: object
) -> AsyncIterator[httpx.AsyncClient]:
    api: FastAPI = create_app(api_settings(database_url, settings_home, **overrides))
    async with api.router.lifespan_context(api):
        transport = httpx.ASGITransport(app=api)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as http:
            yield http


@pytest.fixture
async def http(sqlite_copy: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async for client in started(tmp_path, sqlite_copy):
        yield client


async def challenge(http: httpx.AsyncClient, host: str) -> str:
    refused = await http.post(
        "/mcp/", content=json.dumps(LIST_TOOLS), headers={**RPC_HEADERS, "Host": host}
    )
    assert refused.status_code == 401, refused.text
    return refused.headers["www-authenticate"]


async def test_an_admitted_host_is_named_and_not_cached_publicly(http: httpx.AsyncClient) -> None:
    for host in ("127.0.0.1:8000", "localhost:8123", "[::1]:9000", "localhost"):
        answer = await http.get(METADATA, headers={"Host": host})
        assert answer.status_code == 200, (host, answer.text)
        assert answer.json()["resource"] == f"http://{host}/mcp"
        assert answer.headers["cache-control"] == "private, max-age=3600"
        assert answer.headers["vary"] == "Host"
        assert f'resource_metadata="http://{host}{METADATA}"' in await challenge(http, host)


async def test_a_foreign_host_is_never_reflected(http: httpx.AsyncClient) -> None:
    for host in FOREIGN_HOSTS:
        answer = await http.get(METADATA, headers={"Host": host})
        assert answer.status_code == 421, (host, answer.text)
        assert answer.headers["content-type"] == "application/problem+json"
        assert "evil" not in answer.text
        assert "public" not in answer.headers.get("cache-control", "")
        # Without a credential too, the host is checked first: 421, never a challenge.
        call = await http.post(
            "/mcp/", content=json.dumps(LIST_TOOLS), headers={**RPC_HEADERS, "Host": host}
        )
        assert call.status_code == 421, (host, call.text)
        assert "www-authenticate" not in call.headers
        assert "evil" not in call.text


async def test_a_public_url_is_named_whatever_the_host(sqlite_copy: str, tmp_path: Path) -> None:
    async for http in started(tmp_path, sqlite_copy, public_url="https://todo.example.com"):
        for host in ("todo.example.com", "127.0.0.1:8000"):
            answer = await http.get(METADATA, headers={"Host": host})
            assert answer.status_code == 200
            assert answer.json()["resource"] == "https://todo.example.com/mcp"
            assert answer.headers["cache-control"] == "public, max-age=3600"
