"""The ``todo`` command: manage tasks from the terminal.

Only Typer is imported at start-up; every command imports the rest when it runs.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

from todo.entrypoints.cli import (
    account_commands,
    chat_commands,
    comment_commands,
    db_commands,
    event_commands,
    mcp_commands,
    project_commands,
    serve_commands,
    tag_commands,
    task_commands,
    worker_commands,
)
from todo.entrypoints.cli.runner import Target

app = typer.Typer(
    name="todo",
    help="Todo Evolution: your tasks from the terminal.\n\n"
    "Start with: todo add 'Pay rent tomorrow 9am #home !high every month'",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help, as git and Taskwarrior print it: the boxed kind imports a rendering stack
    # that doubled the time of `todo --help` (215 ms against 108 ms).
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.registered_commands += task_commands.app.registered_commands
app.add_typer(tag_commands.app, name="tags")
app.add_typer(project_commands.app, name="project")
app.add_typer(comment_commands.app, name="comment")
app.add_typer(db_commands.app, name="db")
app.command("serve")(serve_commands.serve)
app.command("chat")(chat_commands.chat)
app.command("worker")(worker_commands.worker)
app.add_typer(event_commands.app, name="events")
app.command("mcp")(mcp_commands.mcp)
app.command("login")(account_commands.login)
app.command("logout")(account_commands.logout)
app.add_typer(account_commands.user_app, name="user")
app.add_typer(account_commands.token_app, name="token")


@app.callback()
def main(
    server: Annotated[
        str | None,
        typer.Option(
            "--server",
            envvar="TODO_SERVER",
            help="Talk to this Todo Evolution server instead of the local database.",
        ),
    ] = None,
) -> None:
    """Todo Evolution: your tasks from the terminal.

    Start with: todo add 'Pay rent tomorrow 9am #home !high every month'
    """
    Target.server = server


def run() -> None:
    """Run the console (the ``todo`` entry point)."""
    # Pydantic looks for third-party plugins in every installed distribution's metadata on first
    # use; the console has none to offer and saves that scan at every start.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.getpid() == 1:
        _end_on_sigterm()
    app()


def _end_on_sigterm() -> None:
    """As a container's first process, end on SIGTERM as any other process would.

    The kernel ignores a signal sent to PID 1 that the process has no handler for, so
    ``podman stop`` would wait, then kill. ``todo serve`` and ``todo worker`` install their own
    graceful handlers once running; this one covers every command before and besides them.
    """
    import signal

    def end(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, end)
