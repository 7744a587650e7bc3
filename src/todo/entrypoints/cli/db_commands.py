"""Console commands for the database schema."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from todo.entrypoints.cli.runner import call_with_app

if TYPE_CHECKING:
    from todo.bootstrap import App

app = typer.Typer(
    rich_markup_mode=None, help="The database schema: migrate it and see where it stands."
)


@app.command()
def upgrade() -> None:
    """Migrate the database to the newest schema (safe to run again).

    Example: TODO_DATABASE_URL=postgresql://localhost/todo todo db upgrade
    """

    async def work(app: App) -> str | None:
        return await app.upgrade_schema()

    revision = call_with_app(work, check_schema=False)
    typer.echo(f"The database is at revision {revision} (newest).")


@app.command()
def current() -> None:
    """Show the schema revision of the database and whether it is the newest.

    Example: todo db current
    """

    async def work(app: App) -> tuple[str | None, str]:
        return await app.schema_revision()

    revision, head = call_with_app(work, check_schema=False)
    if revision is None:
        typer.echo(f"The database is empty; run `todo db upgrade` to create revision {head}.")
    elif revision == head:
        typer.echo(f"{revision} (newest)")
    else:
        typer.echo(f"{revision} (the newest is {head}; run `todo db upgrade`)")
