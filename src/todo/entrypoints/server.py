"""The server ``todo serve`` runs: the REST API, the web app and the MCP endpoint in one app.

This is the only module that puts doors together; each door stays unaware of the others.

Example: ``uvicorn --factory todo.entrypoints.server:create_app``
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import FastAPI

from todo.bootstrap import Clock
from todo.config import Settings
from todo.entrypoints.api.app import create_api
from todo.entrypoints.mcp.http_app import McpHttp

if TYPE_CHECKING:
    from todo.bootstrap import PasswordHasher, Tracing


def create_app(
    settings: Settings | None = None,
    *,
    clock: Clock | None = None,
    password_hasher: PasswordHasher | None = None,
    tracing: Tracing | None = None,
) -> FastAPI:
    """Return the whole server for ``settings`` (read from the environment when not given):
    the REST API and web app, with the MCP tools at ``/mcp/`` acting on the same application.
    ``clock`` and ``password_hasher`` replace the system's and the recommended ones, ``tracing``
    records the spans (tests)."""
    settings = settings or Settings()
    mcp = McpHttp(settings, app=lambda: api.state.todo)
    api = create_api(
        settings, clock=clock, password_hasher=password_hasher, extensions=[mcp], tracing=tracing
    )
    return api
