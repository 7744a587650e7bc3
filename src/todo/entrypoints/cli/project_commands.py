"""Console commands for projects: list, add, edit, rm, restore, and sharing them with others.

A project named on the command line is found by its id, or by its name in any case, among the
projects you are a member of.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from todo.entrypoints.cli.runner import EXIT_USAGE, call_with_backend, fail

if TYPE_CHECKING:
    from todo.domain.projects import ProjectPublic
    from todo.entrypoints.cli.backend import Backend

app = typer.Typer(
    rich_markup_mode=None,
    no_args_is_help=True,
    help="Your projects, and the people you share them with.",
)

#: Typed in place of a colour, this clears it.
NONE_WORDS = frozenset({"none", ""})


class ShareRole(StrEnum):
    """What someone a project is shared with may do in it."""

    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
ProjectArgument = Annotated[
    str, typer.Argument(help="The project: its id, or its name.", show_default=False)
]


async def find_project(backend: Backend, given: str) -> ProjectPublic:
    """Return the project ``given`` names among the user's: by id, else by name in any case.

    Of several projects with that name (each of another owner) the user's own wins; an unknown
    or still ambiguous name is one sentence. An id that is none of the user's is asked for as
    it is, so that the answer says what any other door says.
    """
    from todo.errors import Invalid

    text = " ".join(given.split())
    number = int(text) if text.isascii() and text.isdigit() else None
    projects = await backend.projects(archived=True)
    for project in projects:
        if project.id == number:
            return project
    named = [project for project in projects if project.name.casefold() == text.casefold()]
    if len(named) > 1:
        own = [project for project in named if project.role.value == "owner"]
        if len(own) != 1:
            ids = ", ".join(str(number) for number in sorted(project.id for project in named))
            raise Invalid(
                f"Several of your projects are called '{text}' (ids {ids}); name one by its id.",
                field="project",
            )
        named = own
    if named:
        return named[0]
    if number is not None:
        return await backend.get_project(number)
    raise Invalid(f"You have no project called '{text}'.", field="project")


@app.command("list")
def list_(
    show_all: Annotated[bool, typer.Option("--all", "-a", help="Archived projects too.")] = False,
    as_json: JsonOption = False,
) -> None:
    """List your projects and your role in each, your Inbox first.

    Example: todo project list --all
    """

    async def work(backend: Backend) -> None:
        from todo.entrypoints.cli import render

        projects = await backend.projects(archived=show_all)
        if as_json:
            render.print_json([project.model_dump(mode="json") for project in projects])
        elif not projects:
            typer.echo("No projects.")
        else:
            render.console().print(render.project_table(projects))

    call_with_backend(work)


@app.command()
def add(
    name: Annotated[list[str], typer.Argument(help="Its name.", show_default=False)],
    description: Annotated[
        str | None, typer.Option("--description", "--desc", "-d", help="What it is about.")
    ] = None,
    color: Annotated[str | None, typer.Option("--color", help="A colour: #rrggbb.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Make a project; you are its owner.

    Example: todo project add Groceries --color '#22c55e'
    """
    fields: dict[str, Any] = {"name": " ".join(name)}
    if description is not None:
        fields["description"] = description
    if color is not None:
        fields["color"] = color

    async def work(backend: Backend) -> None:
        from todo.domain.projects import ProjectCreate
        from todo.services.validation import parse_input

        project = await backend.create_project(parse_input(ProjectCreate, fields))
        _report(project, "Added project", as_json)

    call_with_backend(work)


@app.command()
def edit(
    project: ProjectArgument,
    name: Annotated[str | None, typer.Option("--name", help="Its new name.")] = None,
    description: Annotated[
        str | None,
        typer.Option("--description", "--desc", "-d", help="What it is about; '' clears it."),
    ] = None,
    color: Annotated[
        str | None, typer.Option("--color", help="A colour: #rrggbb; 'none' clears it.")
    ] = None,
    archived: Annotated[
        bool | None,
        typer.Option(
            "--archive/--unarchive",
            help="Archive it (its tasks leave your lists), or bring it back.",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Change a project; only what you give changes.

    Example: todo project edit groceries --name Shopping --color none
    """
    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = name
    if description is not None:
        changes["description"] = description if description.strip() else None
    if color is not None:
        changes["color"] = None if color.strip().lower() in NONE_WORDS else color.strip()
    if archived is not None:
        changes["archived"] = archived
    if not changes:
        raise fail(
            "nothing to change; give --name, --description, --color, --archive or --unarchive.",
            EXIT_USAGE,
        )

    async def work(backend: Backend) -> None:
        from todo.domain.projects import ProjectUpdate
        from todo.services.validation import parse_input

        found = await find_project(backend, project)
        updated = await backend.update_project(found.id, parse_input(ProjectUpdate, changes))
        _report(updated, "Updated project", as_json)

    call_with_backend(work)


@app.command()
def rm(project: ProjectArgument) -> None:
    """Delete a project with its tasks (they can be brought back with restore).

    Example: todo project rm groceries
    """

    async def work(backend: Backend) -> None:
        found = await find_project(backend, project)
        await backend.delete_project(found.id)
        typer.echo(
            f"Deleted project {found.id}: {found.name}, with its tasks; "
            f"`todo project restore {found.id}` brings them back."
        )

    call_with_backend(work)


@app.command()
def restore(
    project_id: Annotated[
        int, typer.Argument(help="The id of the deleted project.", show_default=False)
    ],
    as_json: JsonOption = False,
) -> None:
    """Bring a deleted project back, with the tasks deleted with it.

    Example: todo project restore 4
    """

    async def work(backend: Backend) -> None:
        _report(await backend.restore_project(project_id), "Restored project", as_json)

    call_with_backend(work)


@app.command()
def share(
    project: ProjectArgument,
    email: Annotated[
        str, typer.Argument(help="The e-mail address to share it with.", show_default=False)
    ],
    role: Annotated[
        ShareRole, typer.Option("--role", "-r", help="What they may do in it.")
    ] = ShareRole.EDITOR,
    as_json: JsonOption = False,
) -> None:
    """Share a project by e-mail; an address without an account gets an invitation.

    Example: todo project share groceries grace@example.com --role viewer
    """

    async def work(backend: Backend) -> None:
        from todo.domain.projects import MemberCreate
        from todo.services.validation import parse_input

        found = await find_project(backend, project)
        data = parse_input(MemberCreate, {"email": email, "role": role.value})
        member = await backend.add_member(found.id, data)
        if as_json:
            from todo.entrypoints.cli import render

            render.print_json(member.model_dump(mode="json"))
        elif member.user_id is not None:
            typer.echo(f"Shared {_named(found)} with {member.email} as {member.role.value}.")
        else:
            typer.echo(
                f"Invited {member.email} to {_named(found)} as {member.role.value}; the "
                "account opened with that address joins it."
            )

    call_with_backend(work)


@app.command()
def members(project: ProjectArgument, as_json: JsonOption = False) -> None:
    """List the members of a project and the invitations still waiting.

    Example: todo project members groceries
    """

    async def work(backend: Backend) -> None:
        from todo.entrypoints.cli import render

        found = await find_project(backend, project)
        listed = await backend.members(found.id)
        if as_json:
            render.print_json([member.model_dump(mode="json") for member in listed])
        else:
            render.console().print(render.member_table(listed, backend.timezone, backend.now()))

    call_with_backend(work)


@app.command()
def unshare(
    project: ProjectArgument,
    member: Annotated[
        str,
        typer.Argument(
            help="The member: their user id or e-mail (or an invitation's e-mail).",
            show_default=False,
        ),
    ],
) -> None:
    """Stop sharing a project with someone, or withdraw an invitation.

    Example: todo project unshare groceries grace@example.com
    """

    async def work(backend: Backend) -> None:
        found = await find_project(backend, project)
        key, label = await _member_key(backend, found.id, member)
        await backend.remove_member(found.id, key)
        typer.echo(f"Removed {label} from {_named(found)}.")

    call_with_backend(work)


@app.command()
def leave(project: ProjectArgument) -> None:
    """Leave a project shared with you (its owner hands it over first).

    Example: todo project leave groceries
    """

    async def work(backend: Backend) -> None:
        found = await find_project(backend, project)
        await backend.remove_member(found.id, backend.user_id)
        typer.echo(f"You left {_named(found)}.")

    call_with_backend(work)


@app.command()
def transfer(
    project: ProjectArgument,
    member: Annotated[
        str,
        typer.Argument(help="The member to hand it to: user id or e-mail.", show_default=False),
    ],
) -> None:
    """Hand a project over to another member; you stay on as an admin.

    Example: todo project transfer groceries grace@example.com
    """

    async def work(backend: Backend) -> None:
        from todo.domain.projects import MemberUpdate, ProjectRole

        found = await find_project(backend, project)
        key, label = await _member_key(backend, found.id, member)
        await backend.update_member(found.id, key, MemberUpdate(role=ProjectRole.OWNER))
        typer.echo(
            f"Project {found.id} ({found.name}) now belongs to {label}; you are an admin of it."
        )

    call_with_backend(work)


async def _member_key(backend: Backend, project_id: int, given: str) -> tuple[str, str]:
    """Return how the services name a member written as a user id or an e-mail (a member's
    user id; an invitation's e-mail), and how to name them in a sentence."""
    who = given.strip()
    if "@" not in who:
        return who, who
    for member in await backend.members(project_id):
        if member.email.casefold() == who.casefold():
            return member.user_id or member.email, member.email
    return who, who


def _named(project: ProjectPublic) -> str:
    return f"project {project.id} ({project.name})"


def _report(project: ProjectPublic, verb: str, as_json: bool) -> None:
    if as_json:
        from todo.entrypoints.cli import render

        render.print_json(project.model_dump(mode="json"))
        return
    typer.echo(f"{verb} {project.id}: {project.name}" + (" (archived)" if project.archived else ""))
