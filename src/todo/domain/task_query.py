"""What a task list asks for: filters, sort and the page wanted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from todo.domain.priority import Priority

#: The value of a sort key, as a cursor carries it.
SortValue = datetime | int | str

MAX_PAGE = 200
DEFAULT_PAGE = 50
#: The most tags one list may filter by: as many as a task can carry, so more can match nothing.
TAG_FILTERS_MAX = 20


class TaskStatus(StrEnum):
    """Which tasks by completion: ``all``, ``pending`` or ``completed``."""

    ALL = "all"
    PENDING = "pending"
    COMPLETED = "completed"


class TaskSort(StrEnum):
    """The key a list is sorted by."""

    CREATED = "created"
    UPDATED = "updated"
    DUE = "due"
    PRIORITY = "priority"
    TITLE = "title"


class DueWindow(StrEnum):
    """Named due-date windows, in the user's time zone: due today, in the next seven days
    (today included), or overdue."""

    TODAY = "today"
    WEEK = "week"
    OVERDUE = "overdue"


class TaskReach(StrEnum):
    """Whose tasks a list reads."""

    #: The tasks of every project the user is a member of (archived ones on request).
    PROJECTS = "projects"
    #: The tasks of one project.
    PROJECT = "project"
    #: The tasks the user created, in whatever project (what the compatibility routes see).
    OWN = "own"


class SortOrder(StrEnum):
    """Ascending or descending."""

    ASC = "asc"
    DESC = "desc"


#: The order each sort uses when none is asked for: newest, soonest, most important, A to Z.
DEFAULT_ORDER = {
    TaskSort.CREATED: SortOrder.DESC,
    TaskSort.UPDATED: SortOrder.DESC,
    TaskSort.DUE: SortOrder.ASC,
    TaskSort.PRIORITY: SortOrder.DESC,
    TaskSort.TITLE: SortOrder.ASC,
}


@dataclass(frozen=True)
class DueBound:
    """A point in time for due filters: ``instant`` for timed tasks, ``floating`` for all-day ones.

    All-day tasks are stored as the UTC midnight of their date, so they are compared with the
    bound's local wall-clock time written as if it were UTC.
    """

    instant: datetime
    floating: datetime


@dataclass(frozen=True)
class TaskFilter:
    """A resolved list request, ready for the repository (dates already in UTC)."""

    status: TaskStatus = TaskStatus.ALL
    priorities: tuple[Priority, ...] = ()
    tag_keys: tuple[str, ...] = ()
    search_terms: tuple[str, ...] = ()
    due_from: DueBound | None = None
    due_before: DueBound | None = None
    overdue: DueBound | None = None
    deleted: bool = False
    sort: TaskSort = TaskSort.CREATED
    order: SortOrder = SortOrder.DESC
    limit: int = DEFAULT_PAGE
    after: tuple[SortValue, int] | None = None
    #: Whose tasks: those of every project the user is a member of (``PROJECTS``), of one
    #: project (``project_id``), or only the ones the user created (``OWN``).
    reach: TaskReach = TaskReach.PROJECTS
    project_id: int | None = None
    #: Also the tasks of archived projects (when the list is not of one project).
    archived: bool = False
    #: Only the subtasks of this task; or, with ``top_level``, only tasks that have no parent.
    parent_id: int | None = None
    top_level: bool = False
    assignee_id: str | None = None


@dataclass(frozen=True)
class TaskQuery:
    """A list request as a door receives it; dates may be ISO-8601 or natural language.

    ``due_after`` is inclusive and ``due_before`` exclusive; ``due`` names a window instead
    (today, the coming week, overdue); ``overdue`` keeps open tasks whose due date has passed;
    ``deleted`` lists the deleted tasks instead of the live ones.

    Without ``project_id`` the list holds the tasks of every project the user is a member of
    (not archived ones unless ``archived``).
    """

    status: TaskStatus = TaskStatus.ALL
    priorities: tuple[Priority, ...] = ()
    tags: tuple[str, ...] = ()
    text: str | None = None
    due_after: str | date | datetime | None = None
    due_before: str | date | datetime | None = None
    overdue: bool = False
    due: DueWindow | None = None
    deleted: bool = False
    sort: TaskSort = TaskSort.CREATED
    order: SortOrder | None = None
    limit: int = DEFAULT_PAGE
    cursor: str | None = None
    #: Only the tasks of this project (a member's view of it: anybody else is told it was
    #: not found).
    project_id: int | None = None
    #: With no ``project_id``: also the tasks of archived projects.
    archived: bool = False
    #: Only the subtasks of this task; ``top_level`` keeps only the tasks without a parent.
    parent_id: int | None = None
    top_level: bool = False
    #: Only the tasks assigned to this user: a user id, or ``"me"``.
    assignee: str | None = None
