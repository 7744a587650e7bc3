"""One MCP server definition: every tool of :mod:`todo.services.assistant.tools`, as a thin door.

A tool function takes ``(session: ToolSession, *, ...)``. For each one this module generates a
*door*: an async function whose signature is the tool's keyword parameters (with their
``Annotated`` descriptions, so the SDK builds the input schema from them), which asks the
transport who is calling, builds the :class:`ToolSession` and calls the tool. The caller never
comes from an argument: stdio serves the local user, HTTP the bearer token's user.

A :class:`~todo.errors.TodoError` becomes a tool error (``isError``) whose text is the error's
one sentence. Arguments are checked before the SDK reads them, so that a wrong type, a missing
or an unknown argument is a tool error in sentences too (an unknown argument is refused rather
than ignored: a misspelt ``due_date`` must not quietly add a task without its date). The SDK
answers any other exception with a generic tool
error that keeps the details on the server; an unknown tool is the JSON-RPC error ``-32602``
(invalid params), as the MCP specification asks.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import anyio
from mcp.server.auth.provider import TokenVerifier
from mcp.server.auth.settings import AuthSettings
from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.utilities.func_metadata import FuncMetadata, func_metadata
from mcp.server.stdio import stdio_server
from mcp.shared._context_streams import (
    ContextReceiveStream,
    ContextSendStream,
    create_context_streams,
)
from mcp.shared.exceptions import MCPError
from mcp.shared.message import SessionMessage
from mcp_types import (
    INVALID_PARAMS,
    INVALID_REQUEST,
    PARSE_ERROR,
    CallToolResult,
    ErrorData,
    JSONRPCError,
    TextContent,
    ToolAnnotations,
)
from pydantic import ValidationError

from todo import __version__
from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.errors import TodoError
from todo.services.assistant.tools import TOOLS, ToolSession, ToolSpec
from todo.services.validation import problems_of

#: Resolves who is calling one tool: returns the session the tool runs with, or raises a
#: :class:`~todo.errors.TodoError` (no credential, rate limit, …) that the caller is told.
Caller = Callable[[ToolSpec], Awaitable[ToolSession]]

INSTRUCTIONS = """\
Tools to manage the signed-in user's tasks: add, list, search, show, update, complete, reopen \
and delete tasks, list tags, list, add and share projects, and comment on tasks. Refer to a task \
by its task_id when you know it, else by words of its title, and to a project by its name or \
id; when the words match several tasks nothing changes and the candidates come back (status \
"ambiguous"): ask the user which one they mean. Updates are partial: leave out what should stay \
as it is. Dates may be ISO-8601 or words such as "tomorrow 5pm", read in the user's time zone; \
dates in results carry their weekday."""


def build_mcp_server(
    caller: Caller,
    *,
    token_verifier: TokenVerifier | None = None,
    auth: AuthSettings | None = None,
) -> MCPServer[Any]:
    """Return the MCP server offering every tool of ``TOOLS`` to the callers ``caller`` resolves.

    ``token_verifier`` and ``auth`` are for the HTTP transport (see :mod:`.http_app`).
    """
    doors = {spec.name: door(spec, caller) for spec in TOOLS}
    server: MCPServer[Any] = MCPServer(
        "todo",
        title="Todo Evolution",
        instructions=INSTRUCTIONS,
        version=__version__,
        log_level="WARNING",
        token_verifier=token_verifier,
        auth=auth,
        middleware=[ArgumentCheck(doors)],
    )
    for spec in TOOLS:
        server.add_tool(
            doors[spec.name],
            name=spec.name,
            title=spec.name.replace("_", " ").capitalize(),
            description=inspect.getdoc(spec.function) or spec.name,
            annotations=ToolAnnotations(
                read_only_hint=spec.read_only,
                destructive_hint=spec.destructive,
                idempotent_hint=spec.idempotent,
                open_world_hint=False,
            ),
            structured_output=True,
        )
    return server


def door(spec: ToolSpec, caller: Caller) -> Callable[..., Awaitable[Any]]:
    """Return the MCP-facing function of one tool: its keyword parameters, without ``session``."""
    function = spec.function
    hints = typing.get_type_hints(function, include_extras=True)
    parameters = list(inspect.signature(function).parameters.values())
    if not parameters or parameters[0].name != "session":
        raise TypeError(f"The tool {spec.name} must take the session as its first argument.")
    keywords = [
        parameter.replace(annotation=hints[parameter.name], kind=inspect.Parameter.KEYWORD_ONLY)
        for parameter in parameters[1:]
    ]

    async def call(**arguments: Any) -> Any:
        try:
            session = await caller(spec)
            return await function(session, **arguments)
        except TodoError as error:
            return tool_error(error.message)

    call.__name__ = call.__qualname__ = spec.name
    call.__doc__ = function.__doc__
    call.__module__ = function.__module__
    call.__signature__ = inspect.Signature(keywords, return_annotation=hints["return"])  # type: ignore[attr-defined]
    call.__annotations__ = {p.name: p.annotation for p in keywords} | {"return": hints["return"]}
    return call


class ArgumentCheck:
    """Middleware that reads a tool call's arguments as the SDK will, before it does.

    Bad arguments get a tool error in sentences ("'title' is required.") instead of the SDK's
    pydantic report; arguments the tool does not take are refused by name.
    """

    def __init__(self, doors: Mapping[str, Callable[..., Any]]) -> None:
        self.readers: dict[str, FuncMetadata] = {
            name: func_metadata(function) for name, function in doors.items()
        }

    async def __call__(
        self, ctx: ServerRequestContext[Any, Any], call_next: CallNext
    ) -> HandlerResult:
        if ctx.method == "prompts/get" and isinstance(ctx.params, Mapping):
            # The server offers no prompts: any name is unknown (not a crash of ours).
            raise MCPError(INVALID_PARAMS, f"Unknown prompt: {str(ctx.params.get('name'))[:100]}")
        if ctx.method == "tools/call" and isinstance(ctx.params, Mapping):
            name = ctx.params.get("name")
            if isinstance(name, str) and name not in self.readers:
                # Not a tool's failure but a request naming nothing: a protocol error, as the
                # MCP specification asks (JSON-RPC "invalid params").
                raise MCPError(INVALID_PARAMS, f"Unknown tool: {name[:100]}")
            problem = self.problem(name, ctx.params.get("arguments"))
            if problem is not None:
                return tool_error(problem)
        return await call_next(ctx)

    def problem(self, name: object, arguments: object) -> str | None:
        """Return what is wrong with the arguments of a call of tool ``name``, or ``None``."""
        reader = self.readers.get(name) if isinstance(name, str) else None
        if reader is None or not isinstance(arguments, dict | None):
            return None  # an unknown tool or malformed params: the SDK answers those
        given: dict[str, Any] = arguments or {}
        accepted = [field.alias or key for key, field in reader.arg_model.model_fields.items()]
        unknown = [key for key in given if key not in accepted]
        if unknown:
            return (
                f"{name} has no argument '{unknown[0]}'; "
                f"it takes {', '.join(accepted) or 'no arguments'}."
            )
        try:
            reader.validate_arguments(given)
        except ValidationError as exc:
            return " ".join(p.message for p in problems_of(exc.errors(include_url=False)))
        return None


def tool_error(message: str) -> CallToolResult:
    """Return a failed tool call whose only content is ``message``, for the model to read."""
    return CallToolResult(content=[TextContent(type="text", text=message)], is_error=True)


def fixed_caller(app: App, actor: Actor) -> Caller:
    """Return a caller that is always ``actor`` (the local user over stdio, or a test's user)."""
    session = ToolSession(uow=app.uow, actor=actor)

    async def resolve(spec: ToolSpec) -> ToolSession:
        return session

    return resolve


async def serve_stdio(app: App, actor: Actor) -> None:
    """Serve the tools to one MCP client on stdin/stdout, as ``actor``, until it disconnects.

    A line that is not JSON gets the JSON-RPC error ``-32700`` (parse error), one that is JSON
    but not one JSON-RPC 2.0 message (a batch, ``"jsonrpc": "1.0"``) gets ``-32600`` (invalid
    request), both with ``id`` null as JSON-RPC asks; the session goes on.
    """
    server = build_mcp_server(fixed_caller(app, actor))
    # The SDK runs a server on streams of one's own only through its low-level server.
    lowlevel = server._lowlevel_server
    async with stdio_server() as (read, write):
        checked_writer, checked = create_context_streams[SessionMessage | Exception](0)
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(_answer_malformed, read, checked_writer, write)
            await lowlevel.run(checked, write, lowlevel.create_initialization_options())
            tasks.cancel_scope.cancel()


async def _answer_malformed(
    incoming: ContextReceiveStream[SessionMessage | Exception],
    onward: ContextSendStream[SessionMessage | Exception],
    replies: ContextSendStream[SessionMessage],
) -> None:
    """Pass the messages read on; answer each line the SDK could not read with its error."""
    async with onward:
        async for item in incoming:
            if not isinstance(item, Exception):
                await onward.send(item)
                continue
            kinds = (
                {problem["type"] for problem in item.errors()}
                if isinstance(item, ValidationError)
                else set()
            )
            code, message = (
                (PARSE_ERROR, "Parse error: the line is not JSON.")
                if "json_invalid" in kinds
                else (
                    INVALID_REQUEST,
                    "Invalid request: send one JSON-RPC 2.0 message per line (no batches).",
                )
            )
            error = JSONRPCError(
                jsonrpc="2.0", id=None, error=ErrorData(code=code, message=message)
            )
            await replies.send(SessionMessage(error))
