"""The activity log: an append-only story of each task — who did what, which fields, when."""

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from pydantic import Field as Describe
from sqlalchemy import JSON, Index
from sqlmodel import Field, SQLModel

import todo.domain.table_names  # noqa: F401  (naming convention first)


class TaskActivity(SQLModel, table=True):
    """One entry of a task's log, written once per event (``event_id`` is unique)."""

    __tablename__ = "task_activity"
    __table_args__ = (Index("ix_task_activity_task", "task_id", "occurred_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    task_id: int
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64)
    event_id: str = Field(max_length=36, unique=True)
    type: str = Field(max_length=64)
    actor: str = Field(max_length=64)
    changes: list[str] = Field(default_factory=list, sa_type=JSON)
    details: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    occurred_at: datetime


class ActivityPublic(BaseModel):
    """One entry of a task's activity log."""

    id: int
    task_id: int
    action: str = Describe(
        description="created, updated, completed, reopened, deleted, restored or reminded.",
        examples=["updated"],
    )
    actor: str = Describe(
        description="Who: the user's id, or `recurrence` / `reminders` for the product itself."
    )
    changes: list[str] = Describe(
        description="The fields an update changed.", examples=[["due_at"]]
    )
    details: dict[str, Any] = Describe(
        description="What the fields became, e.g. the new title or due date."
    )
    occurred_at: datetime


class ActivityPage(BaseModel):
    """A page of a task's activity, oldest first."""

    items: list[ActivityPublic]
    next_cursor: str | None
