"""Console commands for tags: list with counts, rename, remove."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from todo.entrypoints.cli.runner import call_with_backend

if TYPE_CHECKING:
    from todo.entrypoints.cli.backend import Backend

app = typer.Typer(rich_markup_mode=None, help="Your tags, with how many tasks carry each.")


@app.callback(invoke_without_command=True)
def tags(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List your tags with their open and total task counts.

    Example: todo tags
    """
    if ctx.invoked_subcommand is not None:
        return

    async def work(backend: Backend) -> None:
        from todo.entrypoints.cli import render

        summaries = await backend.tags()
        if as_json:
            render.print_json([summary.model_dump() for summary in summaries])
        elif not summaries:
            typer.echo("No tags.")
        else:
            render.console().print(render.tag_table(summaries))

    call_with_backend(work)


@app.command()
def rename(
    old: Annotated[str, typer.Argument(help="The tag to rename.", show_default=False)],
    new: Annotated[str, typer.Argument(help="Its new name.", show_default=False)],
) -> None:
    """Rename a tag on every task; renaming onto an existing tag merges them.

    Example: todo tags rename work job
    """

    async def work(backend: Backend) -> None:
        summary = await backend.rename_tag(old, new)
        typer.echo(f"Renamed #{old.removeprefix('#')} to #{summary.name} ({summary.total} tasks).")

    call_with_backend(work)


@app.command()
def rm(name: Annotated[str, typer.Argument(help="The tag to remove.", show_default=False)]) -> None:
    """Remove a tag from every task.

    Example: todo tags rm someday
    """

    async def work(backend: Backend) -> None:
        await backend.delete_tag(name)
        typer.echo(f"Removed #{name.removeprefix('#')}.")

    call_with_backend(work)
