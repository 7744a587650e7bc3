"""``todo --server URL mcp``: a remote server's MCP tools, relayed to an assistant over stdio.

For assistants that only start local commands (Claude Desktop's configuration file): the
console connects to ``URL/mcp/`` with a personal access token and serves whatever tools the
server lists, passing each call through unchanged. The server decides everything: who the
caller is (from the token), what the tools are and what they answer.
"""

from __future__ import annotations

import re
from contextlib import AsyncExitStack
from typing import Any, Final

import httpx2
from mcp.client.client import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel.server import Server
from mcp.server.stdio import stdio_server
from mcp.shared.exceptions import MCPError
from mcp_types import (
    INTERNAL_ERROR,
    CallToolRequestParams,
    CallToolResult,
    ListToolsResult,
    PaginatedRequestParams,
)

from todo import __version__
from todo.entrypoints.mcp.server import INSTRUCTIONS, tool_error
from todo.errors import TodoError, Unauthorized

#: The scope a ``403`` challenge says is missing: ``error="insufficient_scope", scope="…"``.
_NEEDED_SCOPE: Final = re.compile(
    r'error="insufficient_scope",\s*+scope="(?P<scope>[\w:. -]{1,200})"'
)


def endpoint(server_url: str) -> str:
    """Return the MCP endpoint of the server at ``server_url``."""
    return server_url.rstrip("/") + "/mcp/"


async def serve_relay(server_url: str, token: str) -> None:
    """Relay the tools of the server at ``server_url`` to one MCP client on stdin/stdout.

    Raises :class:`~todo.errors.TodoError` when the server cannot be reached or refuses the
    token at start-up; later failures are tool errors for the assistant to read.
    """
    relay = Relay(server_url)
    async with AsyncExitStack() as stack:
        http = await stack.enter_async_context(
            httpx2.AsyncClient(
                headers={"Authorization": f"Bearer {token}"},
                timeout=httpx2.Timeout(30.0),
                event_hooks={"response": [relay.note]},
            )
        )
        try:
            relay.remote = await stack.enter_async_context(
                Client(streamable_http_client(relay.url, http_client=http))
            )
        except Exception as exc:  # the SDK reports HTTP failures in several shapes
            raise relay.failure(exc) from None
        await relay.serve()


class Relay:
    """The stdio server that passes every tool call on to the remote endpoint."""

    remote: Client

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url
        self.url = endpoint(server_url)
        self.refused = False
        self.short_of: str | None = None

    async def note(self, response: httpx2.Response) -> None:
        """Remember whether the server refused the token, or found it short of a scope (the SDK
        hides the status)."""
        self.refused = response.status_code == 401
        challenge = response.headers.get("www-authenticate", "")
        needed = _NEEDED_SCOPE.search(challenge) if response.status_code == 403 else None
        self.short_of = needed.group("scope") if needed is not None else None

    def failure(self, exc: BaseException) -> TodoError:
        """Return the one sentence that says why talking to the server failed."""
        if self.refused:
            return Unauthorized(
                f"{self.server_url} refused the token in TODO_TOKEN; create a personal access "
                "token with the tasks:read and tasks:write scopes."
            )
        while isinstance(exc, BaseExceptionGroup) and len(exc.exceptions) == 1:
            exc = exc.exceptions[0]
        return TodoError(f"Could not reach {self.url} ({str(exc) or type(exc).__name__}).")

    async def list_tools(
        self, ctx: ServerRequestContext[Any], params: PaginatedRequestParams | None
    ) -> ListToolsResult:
        """The remote server's tools."""
        try:
            return ListToolsResult(tools=(await self.remote.list_tools()).tools)
        except (httpx2.HTTPError, MCPError) as exc:
            raise MCPError(code=INTERNAL_ERROR, message=self.failure(exc).message) from None

    async def call_tool(
        self, ctx: ServerRequestContext[Any], params: CallToolRequestParams
    ) -> CallToolResult:
        """One tool call, passed on; a refused token or a lost server is a tool error."""
        try:
            result = await self.remote.call_tool(params.name, params.arguments or {})
        except httpx2.HTTPError as exc:
            return tool_error(self.failure(exc).message)
        except MCPError as exc:
            if self.short_of is not None:
                return tool_error(
                    f"This tool needs a token with the {self.short_of} scope; the token in "
                    "TODO_TOKEN does not have it."
                )
            if self.refused:
                return tool_error(self.failure(exc).message)
            raise
        if not isinstance(result, CallToolResult):
            return tool_error("The server asked for more input than this relay can give.")
        return result

    async def serve(self) -> None:
        """Serve one MCP client on stdin/stdout until it disconnects."""
        server: Server[Any] = Server(
            "todo",
            version=__version__,
            title="Todo Evolution",
            instructions=INSTRUCTIONS,
            on_list_tools=self.list_tools,
            on_call_tool=self.call_tool,
        )
        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())
