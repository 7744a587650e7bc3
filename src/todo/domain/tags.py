"""Tags: per-user labels on tasks, matched case-insensitively."""

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

import todo.domain.table_names  # noqa: F401  (naming convention first)


class Tag(SQLModel, table=True):
    """A user's tag; ``key`` is the case-folded name that makes it unique per user."""

    __tablename__ = "tags"
    __table_args__ = (Index("uq_tags_user_key", "user_id", "key", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64)
    name: str = Field(max_length=50)
    key: str = Field(max_length=50)
    created_at: datetime


class TaskTag(SQLModel, table=True):
    """The link between a task and one of its tags."""

    __tablename__ = "task_tags"

    task_id: int = Field(foreign_key="tasks.id", ondelete="CASCADE", primary_key=True)
    tag_id: int = Field(foreign_key="tags.id", ondelete="CASCADE", primary_key=True, index=True)


class TagSummary(SQLModel):
    """A tag with how many tasks carry it: ``open`` (not completed) and ``total`` (not deleted)."""

    name: str
    open: int
    total: int
