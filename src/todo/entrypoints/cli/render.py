"""How the console shows tasks and tags: Rich tables for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from rich.console import Console
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from todo.domain.tags import TagSummary
    from todo.domain.tasks import TaskPublic
    from todo.domain.tokens import PersonalAccessTokenPublic

_PRIORITY_STYLE = {"urgent": "bold red", "high": "red", "medium": "yellow", "low": "cyan"}


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


def task_table(tasks: list[TaskPublic], tz: ZoneInfo, now: datetime) -> Table:
    """Return the task list as a table: id, state, title, due, priority, tags."""
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("ID", justify="right", style="dim", no_wrap=True)
    table.add_column(" ", width=1, no_wrap=True)
    table.add_column("Title", overflow="ellipsis", no_wrap=True)
    table.add_column("Due", no_wrap=True)
    table.add_column("Priority", no_wrap=True)
    table.add_column("Tags", overflow="ellipsis", no_wrap=True)
    for task in tasks:
        mark = "✓" if task.completed else ("✗" if task.deleted_at else "·")
        due = Text(when(task.due_at, tz, now))
        if task.recurrence:
            due.append(" ↻", style="dim")
        if is_overdue(task, tz, now):
            due.stylize("red")
        priority = task.priority.value
        table.add_row(
            str(task.id),
            mark,
            Text(task.title, style="dim strike" if task.completed else ""),
            due,
            Text("" if priority == "none" else priority, style=_PRIORITY_STYLE.get(priority, "")),
            " ".join(f"#{tag}" for tag in task.tags),
        )
    return table


def task_details(task: TaskPublic, tz: ZoneInfo, now: datetime) -> Table:
    """Return every field of one task as a two-column table."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    state = "deleted" if task.deleted_at else ("done" if task.completed else "open")
    rows: list[tuple[str, str]] = [
        ("Task", f"{task.id}  {task.title}"),
        ("State", state),
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
