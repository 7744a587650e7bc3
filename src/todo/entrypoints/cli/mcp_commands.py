"""``todo mcp``: the task tools for an AI assistant, over MCP on stdin and stdout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from todo.entrypoints.cli.runner import (
    EXIT_USAGE,
    Target,
    call_as_local_user,
    fail,
    load_settings,
    run_mapping_errors,
)

if TYPE_CHECKING:
    from todo.bootstrap import App
    from todo.domain.actor import Actor


def mcp() -> None:
    """Serve your tasks to an AI assistant over MCP on stdin/stdout (see docs/mcp.md).

    The assistant acts as the local user, on this machine's database.

    As todo --server URL mcp, it relays that server's tools, signed in with TODO_TOKEN.

    Example: {"mcpServers": {"todo": {"command": "/path/to/.venv/bin/todo", "args": ["mcp"]}}}
    """
    settings = load_settings()
    server = Target.server or settings.server
    if server:
        token = settings.token.get_secret_value() if settings.token else None
        if not token:
            raise fail(
                f"todo mcp relays {server} with a personal access token in TODO_TOKEN; create "
                "one with: todo token create claude --scope tasks:read --scope tasks:write",
                EXIT_USAGE,
            )

        from todo.entrypoints.cli.remote_backend import warn_if_unencrypted

        warn_if_unencrypted(server)  # on stderr: stdout carries the protocol

        async def relay() -> None:
            from todo.entrypoints.mcp.relay import serve_relay

            await serve_relay(server, token)

        run_mapping_errors(relay)
        return

    async def work(app: App, actor: Actor) -> None:
        from todo.entrypoints.mcp.server import serve_stdio

        await serve_stdio(app, actor)

    call_as_local_user(work)
