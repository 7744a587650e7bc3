"""The ``todo`` command: manage tasks from the terminal.

Only Typer is imported at start-up; every command imports the rest when it runs.
"""

from __future__ import annotations

import os

import typer

from todo.entrypoints.cli import db_commands, serve_commands, tag_commands, task_commands

app = typer.Typer(
    name="todo",
    help="Todo Evolution: your tasks from the terminal.\n\n"
    'Start with: todo add "Pay rent tomorrow 9am #home !high every month"',
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.registered_commands += task_commands.app.registered_commands
app.add_typer(tag_commands.app, name="tags")
app.add_typer(db_commands.app, name="db")
app.command("serve")(serve_commands.serve)


def run() -> None:
    """Run the console (the ``todo`` entry point)."""
    # Pydantic looks for third-party plugins in every installed distribution's metadata on first
    # use; the console has none to offer and saves that scan at every start.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    app()
