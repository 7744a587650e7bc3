"""``todo chat``: talk to the assistant in plain English, once or as a conversation."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from todo.entrypoints.cli.runner import call_with_backend

if TYPE_CHECKING:
    from todo.domain.conversations import ChatReply
    from todo.entrypoints.cli.backend import Backend

_GOODBYES = {"exit", "quit", "bye", "goodbye", ":q"}


def chat(
    message: Annotated[
        str | None,
        typer.Argument(
            help="What to say; leave it out for a conversation (end it with 'exit' or Ctrl-D).",
            show_default=False,
        ),
    ] = None,
    conversation: Annotated[
        int | None,
        typer.Option("--conversation", "-c", min=1, help="Continue this conversation (its id)."),
    ] = None,
    show_tools: Annotated[
        bool, typer.Option("--tools", help="Also print the tool calls the assistant made.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the reply as JSON (one shot only).")
    ] = False,
) -> None:
    """Talk to the assistant: it adds, finds, changes and completes tasks for you.

    Example: todo chat "remind me to call mom tomorrow at 5pm"
    """

    async def work(backend: Backend) -> None:
        if message is not None:
            reply = await backend.chat(message, conversation)
            if as_json:
                from todo.entrypoints.cli import render

                render.print_json(reply.model_dump(mode="json"))
            else:
                _print(reply, show_tools)
            return
        await _converse(backend, conversation, show_tools)

    call_with_backend(work)


async def _converse(backend: Backend, conversation: int | None, show_tools: bool) -> None:
    """Read messages from the terminal until 'exit' or end of input; errors do not end it."""
    import anyio.to_thread

    from todo.errors import TodoError

    interactive = sys.stdin.isatty()
    if interactive:
        typer.echo("Talk to your tasks (type 'help' for examples, 'exit' to leave).")
    while True:
        try:
            line = await anyio.to_thread.run_sync(input, "you> " if interactive else "")
        except EOFError:
            break
        text = line.strip()
        if not text:
            continue
        if text.lower() in _GOODBYES:
            break
        try:
            reply = await backend.chat(text, conversation)
        except TodoError as exc:
            typer.echo(f"Error: {exc.message}", err=True)
            continue
        conversation = reply.conversation_id
        _print(reply, show_tools)


def _print(reply: ChatReply, show_tools: bool) -> None:
    if show_tools:
        for call in reply.tool_calls:
            result = call.result if isinstance(call.result, dict) else {}
            outcome = result.get("error") or result.get("status")
            if outcome is None and "count" in result:
                outcome = f"{result['count']} found"
            typer.echo(f"  · {call.tool} → {outcome or 'done'}", err=True)
    typer.echo(reply.response)
