"""Console commands for comments on tasks: list, add, edit, rm.

Every member of a task's project reads its comments; editors and admins write them; only a
comment's author changes or deletes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from todo.entrypoints.cli.runner import call_with_backend

if TYPE_CHECKING:
    from todo.domain.comments import CommentPublic
    from todo.entrypoints.cli.backend import Backend

app = typer.Typer(
    rich_markup_mode=None,
    no_args_is_help=True,
    help="Comments on tasks, read by everyone in their project.",
)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
TaskArgument = Annotated[int, typer.Argument(help="The task id.", show_default=False)]
CommentArgument = Annotated[int, typer.Argument(help="The comment id.", show_default=False)]
TextArgument = Annotated[
    list[str], typer.Argument(help="What to say, in plain words.", show_default=False)
]


@app.command("list")
def list_(task_id: TaskArgument, as_json: JsonOption = False) -> None:
    """List the comments on a task, oldest first: who, when and what.

    Example: todo comment list 7
    """

    async def work(backend: Backend) -> None:
        from todo.entrypoints.cli import render

        comments = await backend.comments(task_id)
        if as_json:
            render.print_json([comment.model_dump(mode="json") for comment in comments])
        elif not comments:
            typer.echo(f"No comments on task {task_id}.")
        else:
            authors = await _authors(backend, task_id)
            table = render.comment_table(comments, authors, backend.timezone, backend.now())
            render.console().print(table)

    call_with_backend(work)


@app.command()
def add(task_id: TaskArgument, text: TextArgument, as_json: JsonOption = False) -> None:
    """Comment on a task; editors and admins of its project may.

    Example: todo comment add 7 The shop on the corner has it cheaper
    """
    fields = {"text": " ".join(text)}

    async def work(backend: Backend) -> None:
        from todo.domain.comments import CommentCreate
        from todo.services.validation import parse_input

        comment = await backend.add_comment(task_id, parse_input(CommentCreate, fields))
        _report(comment, "Added", as_json)

    call_with_backend(work)


@app.command()
def edit(comment_id: CommentArgument, text: TextArgument, as_json: JsonOption = False) -> None:
    """Change the text of a comment you wrote.

    Example: todo comment edit 3 Cheaper still at the market
    """
    fields = {"text": " ".join(text)}

    async def work(backend: Backend) -> None:
        from todo.domain.comments import CommentUpdate
        from todo.services.validation import parse_input

        comment = await backend.edit_comment(comment_id, parse_input(CommentUpdate, fields))
        _report(comment, "Updated", as_json)

    call_with_backend(work)


@app.command()
def rm(comment_id: CommentArgument) -> None:
    """Delete a comment you wrote, for good.

    Example: todo comment rm 3
    """

    async def work(backend: Backend) -> None:
        await backend.delete_comment(comment_id)
        typer.echo(f"Deleted comment {comment_id}.")

    call_with_backend(work)


async def _authors(backend: Backend, task_id: int) -> dict[str, str]:
    """Return how to name the authors of a task's comments, by user id: you, or a member's
    e-mail (someone who has left the project since is shown by their user id)."""
    task = await backend.get(task_id)
    names: dict[str, str] = {}
    if task.project_id is not None:
        members = await backend.members(task.project_id)
        names = {member.user_id: member.email for member in members if member.user_id}
    names[backend.user_id] = "you"
    return names


def _report(comment: CommentPublic, verb: str, as_json: bool) -> None:
    if as_json:
        from todo.entrypoints.cli import render

        render.print_json(comment.model_dump(mode="json"))
        return
    typer.echo(f"{verb} comment {comment.id} on task {comment.task_id}.")
