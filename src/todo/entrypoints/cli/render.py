"""How the console shows tasks, tags, projects and comments: Rich tables for people, JSON for
scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from todo.domain.comments import CommentPublic
    from todo.domain.projects import MemberPublic, ProjectPublic
    from todo.domain.tags import TagSummary
    from todo.domain.tasks import TaskPublic
    from todo.domain.tokens import PersonalAccessTokenPublic

_PRIORITY_STYLE = {"urgent": "bold red", "high": "red", "medium": "yellow", "low": "cyan"}
#: How far a subtask is indented under its parent, per level.
INDENT = "  "
#: The widest the project column of a task list gets.
PROJECT_WIDTH_MAX = 20


def console() -> Console:
    """Return the console that writes to standard output."""
    return Console(file=sys.stdout, highlight=False, soft_wrap=False)


def print_json(value: Any) -> None:
    """Print ``value`` as indented JSON."""
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def when(value: datetime | date | None, tz: ZoneInfo, now: datetime) -> str:
    """Return a date the way people say it: ``today 09:00``, ``Fri 27 Nov``, ``Tue 5 Jan 2027``."""
    if value is None:
        return ""
    today = now.astimezone(tz).date()
    if isinstance(value, datetime):
        local = value.astimezone(tz)
        day, clock = local.date(), f" {local:%H:%M}"
    else:
        day, clock = value, ""
    names = {
        today: "today",
        today + timedelta(days=1): "tomorrow",
        today - timedelta(days=1): "yesterday",
    }
    if day in names:
        return names[day] + clock
    label = f"{day:%a} {day.day} {day:%b}"
    if day.year != today.year:
        label += f" {day.year}"
    return label + clock


def is_overdue(task: TaskPublic, tz: ZoneInfo, now: datetime) -> bool:
    """Tell whether an open task's due date has passed."""
    if task.completed or task.due_at is None:
        return False
    if isinstance(task.due_at, datetime):
        return task.due_at < now
    return task.due_at < now.astimezone(tz).date()


def task_table(
    tasks: list[TaskPublic],
    tz: ZoneInfo,
    now: datetime,
    *,
    projects: Mapping[int, str] | None = None,
) -> Table:
    """Return the task list as a table: id, state, title, due, priority, tags.

    A subtask comes right under its parent, indented, when its parent is in the list; with
    ``projects`` (names by id) a column names each task's project.
    """
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("ID", justify="right", style="dim", no_wrap=True)
    table.add_column(" ", width=1, no_wrap=True)
    table.add_column("Title", overflow="ellipsis", no_wrap=True)
    if projects is not None:
        # Not ``no_wrap``, so that it gives way first when the table is too wide (its cells
        # still keep to one line).
        table.add_column("Project", overflow="ellipsis", max_width=PROJECT_WIDTH_MAX)
    table.add_column("Due", no_wrap=True)
    table.add_column("Priority", no_wrap=True)
    table.add_column("Tags", overflow="ellipsis", no_wrap=True)
    for task, depth in nested(tasks):
        mark = "✓" if task.completed else ("✗" if task.deleted_at else "·")
        due = Text(when(task.due_at, tz, now))
        if task.recurrence:
            due.append(" ↻", style="dim")
        if is_overdue(task, tz, now):
            due.stylize("red")
        priority = task.priority.value
        title = Text(INDENT * depth)
        title.append(task.title, style="dim strike" if task.completed else "")
        project = []
        if projects is not None:
            label = project_label(task.project_id, projects)
            project.append(Text(label, no_wrap=True, overflow="ellipsis"))
        table.add_row(
            str(task.id),
            mark,
            title,
            *project,
            due,
            Text("" if priority == "none" else priority, style=_PRIORITY_STYLE.get(priority, "")),
            " ".join(f"#{tag}" for tag in task.tags),
        )
    return table


def nested(tasks: list[TaskPublic]) -> list[tuple[TaskPublic, int]]:
    """Return the tasks, each with its depth, every subtask right after its parent when its
    parent is among them (in the order they were given); the others stay where they were."""
    listed = {task.id for task in tasks}
    children: dict[int, list[TaskPublic]] = {}
    tops: list[TaskPublic] = []
    for task in tasks:
        if task.parent_id is not None and task.parent_id in listed and task.parent_id != task.id:
            children.setdefault(task.parent_id, []).append(task)
        else:
            tops.append(task)
    ordered: list[tuple[TaskPublic, int]] = []
    seen: set[int] = set()
    for top in tops:
        stack = [(top, 0)]
        while stack:
            task, depth = stack.pop()
            if task.id in seen:
                continue
            seen.add(task.id)
            ordered.append((task, depth))
            stack += [(child, depth + 1) for child in reversed(children.get(task.id, []))]
    # A loop of parents (which the service never lets happen) still shows every task.
    ordered += [(task, 0) for task in tasks if task.id not in seen]
    return ordered


def project_label(project_id: int | None, names: Mapping[int, str]) -> str:
    """Return the name of a task's project, or its id when the name is not known."""
    if project_id is None:
        return ""
    return names.get(project_id, str(project_id))


def task_details(
    task: TaskPublic,
    tz: ZoneInfo,
    now: datetime,
    *,
    project: str | None = None,
    assignee: str | None = None,
) -> Table:
    """Return every field of one task as a two-column table; ``project`` names its project and
    ``assignee`` who it is assigned to (else their user id is shown)."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    state = "deleted" if task.deleted_at else ("done" if task.completed else "open")
    rows: list[tuple[str, str]] = [
        ("Task", f"{task.id}  {task.title}"),
        ("State", state),
        ("Project", project or ""),
        ("Subtask of", f"task {task.parent_id}" if task.parent_id is not None else ""),
        ("Assigned to", assignee or task.assignee_id or ""),
        ("Priority", task.priority.value),
        ("Due", when(task.due_at, tz, now) + (" (all day)" if task.all_day else "")),
        ("Reminder", when(task.remind_at, tz, now)),
        ("Repeats", task.recurrence or ""),
        ("Tags", " ".join(f"#{tag}" for tag in task.tags)),
        ("Description", task.description or ""),
        ("Created", when(task.created_at, tz, now)),
        ("Updated", when(task.updated_at, tz, now)),
        ("Version", str(task.version)),
    ]
    if task.completed_at:
        rows.insert(2, ("Completed", when(task.completed_at, tz, now)))
    for label, value in rows:
        if value:
            table.add_row(label, Text(value))
    return table


def tag_table(tags: list[TagSummary]) -> Table:
    """Return the tags with their counts."""
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("Tag")
    table.add_column("Open", justify="right")
    table.add_column("Total", justify="right")
    for tag in tags:
        table.add_row(f"#{tag.name}", str(tag.open), str(tag.total))
    return table


def project_table(projects: list[ProjectPublic]) -> Table:
    """Return projects as a table: id, name (archived ones say so), your role in each."""
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("ID", justify="right", style="dim", no_wrap=True)
    table.add_column("Name", overflow="ellipsis", no_wrap=True)
    table.add_column("Role", no_wrap=True)
    for project in projects:
        name = Text(project.name, style="dim" if project.archived else "")
        if project.archived:
            name.append(" (archived)", style="dim")
        table.add_row(str(project.id), name, project.role.value)
    return table


def member_table(members: list[MemberPublic], tz: ZoneInfo, now: datetime) -> Table:
    """Return the members of a project, and the invitations still waiting, as a table."""
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("E-mail", overflow="fold")
    table.add_column("Role", no_wrap=True, min_width=6)
    table.add_column("Joined", no_wrap=True, min_width=11)
    table.add_column("User ID", overflow="fold")
    for member in members:
        joined = when(member.accepted_at, tz, now) or "invited"
        table.add_row(member.email, member.role.value, joined, member.user_id or "")
    return table


def comment_table(
    comments: list[CommentPublic], authors: Mapping[str, str], tz: ZoneInfo, now: datetime
) -> Table:
    """Return the comments of a task as a table: id, author, when, text; ``authors`` names
    each author by user id (one not named there is shown by their id)."""
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("ID", justify="right", style="dim", no_wrap=True)
    table.add_column("Author", overflow="fold")
    table.add_column("When", no_wrap=True)
    table.add_column("Text", overflow="fold")
    for comment in comments:
        written = Text(when(comment.created_at, tz, now))
        if comment.version > 1:
            written.append(" (edited)", style="dim")
        table.add_row(
            str(comment.id),
            authors.get(comment.author_id, comment.author_id),
            written,
            Text(comment.text),
        )
    return table


def token_table(tokens: list[PersonalAccessTokenPublic], tz: ZoneInfo, now: datetime) -> Table:
    """Return personal access tokens as a table (never the secret itself)."""
    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("ID", "Name", "Starts with", "Scopes", "Expires", "Last used"):
        table.add_column(column, no_wrap=True)
    for token in tokens:
        expired = token.expires_at <= now
        table.add_row(
            str(token.id),
            token.name,
            token.hint + "…",
            " ".join(token.scopes),
            Text(when(token.expires_at, tz, now), style="red" if expired else ""),
            when(token.last_used_at, tz, now) or "never",
        )
    return table
