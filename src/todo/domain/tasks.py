"""Tasks: the stored row, what callers may send, and what every door shows back."""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Any

from annotated_types import Gt, Le, MaxLen, MinLen
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    JsonValue,
    field_validator,
)
from sqlalchemy import Column, Index, Integer, SmallInteger, text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig

import todo.domain.table_names  # noqa: F401  (naming convention first)
from todo.domain.cursor import MAX_ID
from todo.domain.due import NO_DUE_DATE
from todo.domain.priority import Priority
from todo.domain.recurrence import normalize_rrule
from todo.domain.text import text_problem
from todo.errors import Invalid

TITLE_MAX = 200
DESCRIPTION_MAX = 1000
TAG_MAX = 50
TAGS_PER_TASK_MAX = 20
_TAG_FORBIDDEN = re.compile(r"[\s,#\"'`]")


class PriorityType(TypeDecorator[Priority]):
    """Stores a :class:`Priority` as its rank (0–4) so that sorting by priority is a plain index."""

    impl = SmallInteger
    cache_ok = True

    def process_bind_param(
        self, value: Priority | str | int | None, dialect: Dialect
    ) -> int | None:
        if value is None or isinstance(value, int):
            return value
        return Priority(value).rank

    def process_result_value(self, value: int | None, dialect: Dialect) -> Priority | None:
        return None if value is None else Priority.from_rank(value)


def _refuse_unstorable(value: str, what: str, field: str) -> None:
    """Raise :class:`Invalid` when ``value`` holds NUL or a lone surrogate (before any message
    could echo it: a surrogate cannot even be written into a JSON answer)."""
    problem = text_problem(value)
    if problem is not None:
        raise Invalid(f"{what} {problem}.", field=field)


def clean_title(value: str) -> str:
    """Return the title trimmed, or raise :class:`Invalid` when empty, too long or not text."""
    _refuse_unstorable(value, "The title", "title")
    title = " ".join(value.split())
    if not title:
        raise Invalid("The title is empty; give the task a few words.", field="title")
    if len(title) > TITLE_MAX:
        raise Invalid(f"The title is longer than {TITLE_MAX} characters.", field="title")
    return title


def clean_description(value: str | None) -> str | None:
    """Return the description trimmed (an empty one becomes ``None``), or raise when too long
    or not text."""
    if value is None:
        return None
    _refuse_unstorable(value, "The description", "description")
    text = value.strip()
    if len(text) > DESCRIPTION_MAX:
        raise Invalid(
            f"The description is longer than {DESCRIPTION_MAX} characters.", field="description"
        )
    return text or None


def clean_tag(value: str) -> str:
    """Return a tag without its leading ``#``, or raise :class:`Invalid` for an unusable one."""
    _refuse_unstorable(value, "A tag", "tags")
    tag = value.strip().removeprefix("#")
    if not tag:
        raise Invalid("A tag is empty.", field="tags")
    if len(tag) > TAG_MAX or len(tag.casefold()) > TAG_MAX:
        raise Invalid(f"The tag '{tag[:20]}…' is longer than {TAG_MAX} characters.", field="tags")
    if _TAG_FORBIDDEN.search(tag):
        raise Invalid(
            f"The tag '{tag}' contains a space, comma, quote or '#'; use one word.", field="tags"
        )
    return tag


def clean_tags(values: list[str]) -> list[str]:
    """Return the tags cleaned and de-duplicated case-insensitively, first spelling kept."""
    seen: dict[str, str] = {}
    for value in values:
        tag = clean_tag(value)
        seen.setdefault(tag.casefold(), tag)
    if len(seen) > TAGS_PER_TASK_MAX:
        raise Invalid(f"A task can have at most {TAGS_PER_TASK_MAX} tags.", field="tags")
    return list(seen.values())


def _as_value_error(function: Any) -> Any:
    """Wrap a cleaning function so that pydantic reports its :class:`Invalid` as a field error."""

    def validate(value: Any) -> Any:
        try:
            return function(value)
        except Invalid as exc:
            raise ValueError(exc.message) from exc

    return validate


def _clean_recurrence(value: str | None) -> str | None:
    if value is not None:
        _refuse_unstorable(value, "The repeat rule", "recurrence")
    return None if value is None or not value.strip() else normalize_rrule(value)


def _plain_when(value: str | datetime | date) -> str | datetime | date:
    problem = text_problem(value) if isinstance(value, str) else None
    if problem is not None:
        raise ValueError(f"The date {problem}.")
    return value


def _coerce_priority(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip().lower()
    return value


#: A date or time as given by a caller: ISO-8601 or natural language ("tomorrow 9am").
When = Annotated[str | datetime | date, AfterValidator(_plain_when)]

Title = Annotated[str, AfterValidator(_as_value_error(clean_title))]
Description = Annotated[str | None, AfterValidator(_as_value_error(clean_description))]
Tags = Annotated[list[str], AfterValidator(_as_value_error(clean_tags))]
Recurrence = Annotated[str | None, AfterValidator(_as_value_error(_clean_recurrence))]
PriorityInput = Annotated[Priority, BeforeValidator(_coerce_priority)]
#: A reference to a project, a task or a user, in the range their ids can have.
ProjectId = Annotated[int, Gt(0), Le(MAX_ID)]
TaskRef = Annotated[int, Gt(0), Le(MAX_ID)]
UserRef = Annotated[str, MinLen(1), MaxLen(64)]


#: A task's version; every change of a task is written only if the version it read is still the
#: stored one, so two changes made at once from the same version never both land.
_VERSION = Column("version", Integer, nullable=False)


class Task(SQLModel, table=True):
    """A task as stored; tags live in their own tables and are joined in by the repository.

    ``version`` is checked on every write of a task (the services set the new one): a change
    based on a version someone else has replaced meanwhile is refused, not written over theirs.
    """

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_user_created", "user_id", "created_at", "id"),
        Index("ix_tasks_user_updated", "user_id", "updated_at", "id"),
        Index("ix_tasks_user_due_key", "user_id", "due_key", "id"),
        Index("ix_tasks_user_priority", "user_id", "priority", "id"),
        Index("ix_tasks_user_title_key", "user_id", "title_key", "id"),
        Index("ix_tasks_remind_at", "remind_at"),
        # A project's list, in each order (its members read it as its owner does).
        Index("ix_tasks_project_created", "project_id", "created_at", "id"),
        Index("ix_tasks_project_updated", "project_id", "updated_at", "id"),
        Index("ix_tasks_project_due_key", "project_id", "due_key", "id"),
        Index("ix_tasks_project_priority", "project_id", "priority", "id"),
        Index("ix_tasks_project_title_key", "project_id", "title_key", "id"),
        # Only the few tasks that are subtasks or assigned have an entry (one write less for
        # every other task).
        Index(
            "ix_tasks_parent_id",
            "parent_id",
            postgresql_where=text("parent_id IS NOT NULL"),
            sqlite_where=text("parent_id IS NOT NULL"),
        ),
        Index(
            "ix_tasks_assignee_id",
            "assignee_id",
            postgresql_where=text("assignee_id IS NOT NULL"),
            sqlite_where=text("assignee_id IS NOT NULL"),
        ),
    )
    __mapper_args__ = {"version_id_col": _VERSION, "version_id_generator": False}

    id: int | None = Field(default=None, primary_key=True)
    #: Who created the task.
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64)
    #: The project it belongs to (its creator's Inbox unless moved). Every task written since
    #: revision 0010 has one; the column allows none until the next revision, for tasks that
    #: a process of the previous release inserts meanwhile (a trigger fills it in).
    project_id: int | None = Field(default=None, foreign_key="projects.id", ondelete="CASCADE")
    #: The task it is a subtask of, in the same project.
    parent_id: int | None = Field(default=None, foreign_key="tasks.id", ondelete="CASCADE")
    #: The member it is assigned to.
    assignee_id: str | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", max_length=64
    )
    title: str = Field(max_length=TITLE_MAX)
    description: str | None = Field(default=None, max_length=DESCRIPTION_MAX)
    completed: bool = Field(default=False)
    completed_at: datetime | None = None
    priority: Priority = Field(default=Priority.NONE, sa_type=PriorityType)
    due_at: datetime | None = None
    all_day: bool = Field(default=False)
    remind_at: datetime | None = None
    recurrence: str | None = Field(default=None, max_length=500)
    series_id: str | None = Field(default=None, max_length=36)
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    version: int = Field(default=1, sa_column=_VERSION)
    title_key: str = Field(default="", max_length=600)
    due_key: datetime = Field(default=NO_DUE_DATE)
    #: The ``remind_at`` whose reminder has fired (a new ``remind_at`` fires again).
    reminder_fired_for: datetime | None = None


#: An example task as the compatibility contract shows it, for the API documentation.
TASK_CORE_EXAMPLE: dict[str, JsonValue] = {
    "id": 42,
    "user_id": "0b7e4f2c-6a51-4d0e-9a37-2f5c1d8e9b10",
    "title": "Pay rent",
    "description": "Transfer to the landlord",
    "completed": False,
    "completed_at": None,
    "priority": "high",
    "tags": ["home"],
    "due_at": "2026-12-01T08:00:00Z",
    "all_day": False,
    "remind_at": "2026-12-01T07:30:00Z",
    "recurrence": "FREQ=MONTHLY",
    "series_id": "5d41c0de-93a2-4a77-b1f0-0c6f4e2a8b3d",
    "created_at": "2026-11-26T10:00:00Z",
    "updated_at": "2026-11-26T10:00:00Z",
    "deleted_at": None,
    "version": 1,
}

#: An example task, for the API documentation.
TASK_EXAMPLE: dict[str, JsonValue] = {
    **TASK_CORE_EXAMPLE,
    "project_id": 7,
    "parent_id": None,
    "assignee_id": None,
}


class TaskCoreCreate(SQLModel):
    """A new task's own fields (what the compatibility contract sends): no project, parent or
    assignee. Dates may be ISO-8601 or natural language."""

    model_config = SQLModelConfig(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "Pay rent",
                    "description": "Transfer to the landlord",
                    "priority": "high",
                    "tags": ["home"],
                    "due_at": "2026-12-01T09:00:00+01:00",
                    "remind_at": "tomorrow 8am",
                    "recurrence": "monthly",
                }
            ]
        },
    )

    title: Title
    description: Description = None
    priority: PriorityInput = Priority.NONE
    tags: Tags = Field(default_factory=list)
    due_at: When | None = None
    remind_at: When | None = None
    recurrence: Recurrence = None


class TaskCreate(TaskCoreCreate):
    """What a caller sends to create a task. Dates may be ISO-8601 or natural language."""

    project_id: ProjectId | None = Field(
        default=None,
        description="The project to add it to (yours or shared with you as an "
        "editor); by default your Inbox, or the parent's project for a subtask.",
    )
    parent_id: TaskRef | None = Field(
        default=None, description="The task it is a subtask of (at most 4 levels deep)."
    )
    assignee_id: UserRef | None = Field(
        default=None, description="The member of its project it is assigned to."
    )


class TaskCoreUpdate(SQLModel):
    """A partial change of a task's own fields (what the compatibility contract sends): only
    the fields that are sent are changed; ``null`` clears a field."""

    model_config = SQLModelConfig(
        extra="forbid",
        json_schema_extra={"examples": [{"priority": "urgent", "due_at": "friday 5pm"}]},
    )

    title: Title | None = None
    description: Description = None
    priority: PriorityInput | None = None
    tags: Tags | None = None
    due_at: When | None = None
    remind_at: When | None = None
    recurrence: Recurrence = None
    completed: bool | None = None

    @field_validator("title", "priority", "tags", "completed")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("This field cannot be cleared.")
        return value


class TaskUpdate(TaskCoreUpdate):
    """A partial change: only the fields that are sent are changed; ``null`` clears a field."""

    project_id: ProjectId | None = Field(
        default=None, description="Move it (and its subtasks) to this project."
    )
    parent_id: TaskRef | None = Field(
        default=None, description="Make it a subtask of this task; null makes it top-level."
    )
    assignee_id: UserRef | None = Field(
        default=None, description="Assign it to this member of its project; null unassigns it."
    )

    @field_validator("project_id")
    @classmethod
    def _has_a_project(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("A task is always in a project; give the one to move it to.")
        return value


class TaskCore(BaseModel):
    """A task as the compatibility contract shows it: every field of :class:`TaskPublic` but
    the project's. ``due_at`` is a date when ``all_day`` is true."""

    model_config = ConfigDict(json_schema_extra={"examples": [TASK_CORE_EXAMPLE]})

    id: int
    user_id: str
    title: str
    description: str | None
    completed: bool
    completed_at: datetime | None
    priority: Priority
    tags: list[str]
    due_at: datetime | date | None
    all_day: bool
    remind_at: datetime | None
    recurrence: str | None
    series_id: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    version: int


class TaskPublic(TaskCore):
    """A task as every door shows it: where it belongs (``project_id``, ``parent_id``) and who
    it is assigned to. ``due_at`` is a date when ``all_day`` is true."""

    model_config = ConfigDict(json_schema_extra={"examples": [TASK_EXAMPLE]})

    # ``project_id`` is None only in an answer remembered from before projects (the first
    # answer to an Idempotency-Key, kept a day): every task read from the database has one.
    project_id: int | None = None
    parent_id: int | None = None
    assignee_id: str | None = None

    @classmethod
    def of(cls, task: Any, tags: list[str]) -> "TaskPublic":
        """Return the public view of a stored task (a :class:`Task` or a row of the ``tasks``
        table) and its tags."""
        values = {name: getattr(task, name) for name in _STORED_PUBLIC_FIELDS}
        due_at: datetime | None = task.due_at
        values["due_at"] = due_at.astimezone(UTC).date() if due_at and task.all_day else due_at
        values["tags"] = tags
        return cls.model_validate(values)


#: The fields of a task the compatibility contract shows (without ``due_date``, its alias).
CORE_FIELDS = frozenset(TaskCore.model_fields)

#: Fields a public task copies as they are stored.
_STORED_PUBLIC_FIELDS = tuple(
    name for name in TaskPublic.model_fields if name not in ("tags", "due_at")
)

#: Fields whose change is reported in ``todo.task.updated`` events.
TRACKED_FIELDS = (
    "title",
    "description",
    "priority",
    "tags",
    "due_at",
    "all_day",
    "remind_at",
    "recurrence",
    "completed",
    "project_id",
    "parent_id",
    "assignee_id",
)


class TaskPage(BaseModel):
    """One page of a task list; pass ``next_cursor`` back to get the next (null at the end)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"items": [TASK_EXAMPLE], "next_cursor": None}]}
    )

    items: list[TaskPublic]
    next_cursor: str | None


@dataclass(frozen=True)
class TaskListing:
    """One page of a task list as the database read it: each task as plain values in the shape
    of :class:`TaskPublic` (what a door can encode as it is, with no model per task), and the
    cursor of the next page (``None`` at the end)."""

    items: list[dict[str, Any]]
    next_cursor: str | None

    def page(self) -> TaskPage:
        """Return the page as models (for doors that work with :class:`TaskPublic`)."""
        return TaskPage.model_validate({"items": self.items, "next_cursor": self.next_cursor})
