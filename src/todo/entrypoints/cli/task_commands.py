"""Console commands for tasks: add, list, show, edit, done, undo, rm, restore.

Tasks live in projects: ``--project`` (or ``+Name`` in the text) picks one by name or id,
``--parent`` makes a subtask, ``--assignee`` says who does it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from todo.domain.priority import Priority
from todo.domain.task_query import DueWindow, TaskSort
from todo.entrypoints.cli.runner import EXIT_USAGE, call_with_backend, fail

if TYPE_CHECKING:
    from todo.domain.tasks import TaskPublic
    from todo.entrypoints.cli.backend import Backend

app = typer.Typer(rich_markup_mode=None)

#: Typed in place of a date or a repeat rule, this clears it.
NONE_WORDS = frozenset({"none", "never"})
#: The options whose value can be cleared with a NONE word.
CLEARABLE = frozenset({"due", "remind", "every"})


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
DescOption = Annotated[str | None, typer.Option("--desc", help="A longer description.")]
DueOption = Annotated[
    str | None, typer.Option("--due", help="When it is due: 'tomorrow 9am', 2026-12-01, …")
]
PriorityOption = Annotated[Priority | None, typer.Option("--priority", "-p", help="Priority.")]
TagOption = Annotated[list[str] | None, typer.Option("--tag", "-t", help="A tag (repeatable).")]
EveryOption = Annotated[
    str | None, typer.Option("--every", help="Repeat: daily, weekly, 'FREQ=WEEKLY;BYDAY=MO', …")
]
RemindOption = Annotated[str | None, typer.Option("--remind", help="When to remind you.")]
ProjectOption = Annotated[
    str | None, typer.Option("--project", help="The project: its name or id (+Name in the text).")
]
AssigneeOption = Annotated[
    str | None, typer.Option("--assignee", help="Who does it: me, or a member's user id.")
]
IdsArgument = Annotated[list[int], typer.Argument(help="One or more task ids.", show_default=False)]


@app.command()
def add(
    text: Annotated[
        list[str], typer.Argument(help="What to do, in plain words.", show_default=False)
    ],
    desc: DescOption = None,
    due: DueOption = None,
    priority: PriorityOption = None,
    tag: TagOption = None,
    every: EveryOption = None,
    remind: RemindOption = None,
    project: ProjectOption = None,
    parent: Annotated[
        int | None, typer.Option("--parent", help="Make it a subtask of this task id.")
    ] = None,
    assignee: AssigneeOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a task; dates, #tags, +project, !priority and repeats are read from the text.

    Example: todo add Pay rent tomorrow 9am #home !high every month
    """
    overrides = _overrides(desc=desc, due=due, priority=priority, every=every, remind=remind)
    if tag:
        overrides["tags"] = tag
    if parent is not None:
        overrides["parent_id"] = parent

    async def work(backend: Backend) -> None:
        fields = {**overrides, **await _placement(backend, project, assignee)}
        task = await backend.add(" ".join(text), fields)
        _report(backend, task, "Added", as_json, await _project_name(backend, task))

    call_with_backend(work)


@app.command("list")
def list_(
    show_all: Annotated[
        bool,
        typer.Option("--all", "-a", help="Open and done tasks, archived projects' too."),
    ] = False,
    done: Annotated[bool, typer.Option("--done", help="Only done tasks.")] = False,
    deleted: Annotated[bool, typer.Option("--deleted", help="Only deleted tasks.")] = False,
    tag: TagOption = None,
    priority: Annotated[
        list[Priority] | None, typer.Option("--priority", "-p", help="Priority (repeatable).")
    ] = None,
    due: Annotated[DueWindow | None, typer.Option("--due", help="Due window.")] = None,
    search: Annotated[str | None, typer.Option("--search", "-s", help="Words to find.")] = None,
    sort: Annotated[TaskSort, typer.Option("--sort", help="Sort key.")] = TaskSort.CREATED,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=0, help="Most tasks to show; 0 shows all.")
    ] = 50,
    project: Annotated[
        str | None, typer.Option("--project", help="Only this project's: its name or id.")
    ] = None,
    assignee: Annotated[
        str | None,
        typer.Option("--assignee", help="Only those assigned to me, or to this user id."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List open tasks of all your projects, newest first; filters narrow the list.

    Subtasks come indented under their parent.

    Example: todo list --project groceries --tag home --due week --sort due
    """
    from todo.domain.task_query import TaskQuery, TaskStatus

    status = TaskStatus.COMPLETED if done else TaskStatus.ALL if show_all or deleted else None
    query_fields: dict[str, Any] = {
        "status": status or TaskStatus.PENDING,
        "tags": tuple(tag or ()),
        "priorities": tuple(priority or ()),
        "text": search,
        "deleted": deleted,
        "sort": sort,
        "due": due,
        "assignee": assignee.strip() if assignee else None,
        "archived": show_all,
    }

    async def work(backend: Backend) -> None:
        from todo.entrypoints.cli.project_commands import find_project

        if project is not None:
            query_fields["project_id"] = (await find_project(backend, project)).id
        found = await backend.gather(TaskQuery(**query_fields, limit=200), cap=limit or None)
        names = None
        if project is None and not as_json and len({t.project_id for t in found.items}) > 1:
            names = {known.id: known.name for known in await backend.projects(archived=True)}
        _show_list(
            backend, found.items, more=found.next_cursor is not None, as_json=as_json, names=names
        )

    call_with_backend(work)


@app.command()
def show(
    task_id: Annotated[int, typer.Argument(help="The task id.", show_default=False)],
    as_json: JsonOption = False,
) -> None:
    """Show every field of one task.

    Example: todo show 3
    """

    async def work(backend: Backend) -> None:
        from todo.entrypoints.cli import render

        task = await backend.get(task_id)
        if as_json:
            render.print_json(task.model_dump(mode="json"))
        else:
            project = await _project_name(backend, task, inbox_too=True)
            mine = task.assignee_id is not None and task.assignee_id == backend.user_id
            details = render.task_details(
                task,
                backend.timezone,
                backend.now(),
                project=project,
                assignee="you" if mine else None,
            )
            render.console().print(details)

    call_with_backend(work)


@app.command()
def edit(
    task_id: Annotated[int, typer.Argument(help="The task id.", show_default=False)],
    text: Annotated[
        list[str] | None,
        typer.Argument(help="New title; dates, #tags and !priority in it are read too."),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="New title, taken as is.")] = None,
    desc: DescOption = None,
    due: DueOption = None,
    priority: PriorityOption = None,
    tag: TagOption = None,
    no_tags: Annotated[bool, typer.Option("--no-tags", help="Remove every tag.")] = False,
    every: EveryOption = None,
    remind: RemindOption = None,
    project: Annotated[
        str | None, typer.Option("--project", help="Move it to this project: its name or id.")
    ] = None,
    parent: Annotated[
        str | None,
        typer.Option("--parent", help="Make it a subtask of this task id; 'none': top-level."),
    ] = None,
    assignee: Annotated[
        str | None,
        typer.Option("--assignee", help="Who does it: me, a member's user id, or none."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Change a task; only what you give changes. 'none' clears a date or rule, '' a description.

    Example: todo edit 3 --due "friday 5pm" --priority high --project work
    """
    overrides = _overrides(desc=desc, due=due, priority=priority, every=every, remind=remind)
    if title is not None:
        overrides["title"] = title
    if tag or no_tags:
        overrides["tags"] = [] if no_tags else tag
    if parent is not None:
        overrides["parent_id"] = _parent_id(parent)
    words = " ".join(text) if text else None
    if words is None and not overrides and project is None and assignee is None:
        raise fail("nothing to change; give new text or an option such as --due.", EXIT_USAGE)

    async def work(backend: Backend) -> None:
        fields = {**overrides, **await _placement(backend, project, assignee, clearing=True)}
        task = await backend.edit(task_id, words, fields)
        _report(backend, task, "Updated", as_json, await _project_name(backend, task))

    call_with_backend(work)


@app.command()
def done(task_ids: IdsArgument) -> None:
    """Mark tasks as done.

    Example: todo done 3 4
    """
    _each(task_ids, "complete", "Done")


@app.command()
def undo(task_ids: IdsArgument) -> None:
    """Mark done tasks as open again.

    Example: todo undo 3
    """
    _each(task_ids, "reopen", "Reopened")


@app.command()
def rm(task_ids: IdsArgument) -> None:
    """Delete tasks (they can be brought back with restore).

    Example: todo rm 3
    """
    _each(task_ids, "delete", "Deleted")


@app.command()
def restore(task_ids: IdsArgument) -> None:
    """Bring deleted tasks back.

    Example: todo restore 3
    """
    _each(task_ids, "restore", "Restored")


def _overrides(**given: Any) -> dict[str, Any]:
    """Return the task fields the options set; 'none' clears a date or rule, '' a description."""
    names = {"desc": "description", "due": "due_at", "remind": "remind_at", "every": "recurrence"}
    fields: dict[str, Any] = {}
    for option, value in given.items():
        if value is None:
            continue
        clears = NONE_WORDS if option in CLEARABLE else {""} if option == "desc" else set()
        if value.strip().lower() in clears:
            value = None
        fields[names.get(option, option)] = value
    return fields


def _parent_id(given: str) -> int | None:
    """Return the parent a ``--parent`` names: a task id, or ``None`` for 'none'."""
    text = given.strip()
    if text.lower() in NONE_WORDS:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    raise fail(f"--parent takes a task id or 'none', not '{given}'.", EXIT_USAGE)


async def _placement(
    backend: Backend, project: str | None, assignee: str | None, *, clearing: bool = False
) -> dict[str, Any]:
    """Return the project and assignee fields that ``--project`` and ``--assignee`` name:
    a project by name or id, ``me`` for the user (with ``clearing``, 'none' for nobody)."""
    fields: dict[str, Any] = {}
    if project is not None:
        from todo.entrypoints.cli.project_commands import find_project

        fields["project_id"] = (await find_project(backend, project)).id
    if assignee is not None:
        who = assignee.strip()
        if who.lower() == "me":
            who = backend.user_id
        fields["assignee_id"] = None if clearing and who.lower() in NONE_WORDS else who
    return fields


async def _project_name(backend: Backend, task: TaskPublic, *, inbox_too: bool = False) -> str:
    """Return the name of the task's project ('' for the Inbox unless ``inbox_too``, or when
    it cannot be read)."""
    from todo.errors import TodoError

    if task.project_id is None:
        return ""
    try:
        project = await backend.get_project(task.project_id)
    except TodoError:  # e.g. a token that may add tasks but not read projects
        return ""
    return project.name if inbox_too or not project.is_inbox else ""


def _each(task_ids: list[int], verb: str, done_word: str) -> None:
    """Apply one lifecycle verb to each task; report each, fail at the end if any failed."""

    async def work(backend: Backend) -> int:
        from todo.errors import TodoError

        failures = 0
        for task_id in task_ids:
            try:
                task = await backend.lifecycle(verb, task_id)
            except TodoError as exc:
                failures += 1
                fail(exc.message)
                continue
            typer.echo(f"{done_word} {task.id}: {task.title}")
        return failures

    if call_with_backend(work):
        raise typer.Exit(1)


def _report(
    backend: Backend, task: TaskPublic, verb: str, as_json: bool, project: str = ""
) -> None:
    from todo.entrypoints.cli import render

    if as_json:
        render.print_json(task.model_dump(mode="json"))
        return
    due = render.when(task.due_at, backend.timezone, backend.now())
    extras = [f"in {project}" if project else ""]
    extras.append(f"subtask of {task.parent_id}" if task.parent_id is not None else "")
    extras += [f"due {due}" if due else "", f"repeats {task.recurrence}" if task.recurrence else ""]
    extras += [f"#{tag}" for tag in task.tags]
    if task.priority.value != "none":
        extras.append(f"!{task.priority.value}")
    detail = ", ".join(extra for extra in extras if extra)
    typer.echo(f"{verb} {task.id}: {task.title}" + (f" ({detail})" if detail else ""))


def _show_list(
    backend: Backend,
    tasks: list[TaskPublic],
    *,
    more: bool,
    as_json: bool,
    names: dict[int, str] | None = None,
) -> None:
    from todo.entrypoints.cli import render

    if as_json:
        render.print_json([task.model_dump(mode="json") for task in tasks])
        return
    if not tasks:
        typer.echo("No tasks.")
        return
    table = render.task_table(tasks, backend.timezone, backend.now(), projects=names)
    render.console().print(table)
    if more:
        typer.echo(f"… showing the first {len(tasks)}; narrow the list or raise --limit.")
