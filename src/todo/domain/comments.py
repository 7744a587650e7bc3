"""Comments: what members of a project write under a task."""

from datetime import datetime

from sqlalchemy import Column, Index, Integer
from sqlmodel import Field, SQLModel

import todo.domain.table_names  # noqa: F401  (naming convention first)

COMMENT_MAX = 10_000

#: A comment's version, checked on every write as a task's is.
_VERSION = Column("version", Integer, nullable=False)


class Comment(SQLModel, table=True):
    """A comment on a task as stored; only its author edits or deletes it."""

    __tablename__ = "task_comments"
    __table_args__ = (Index("ix_task_comments_task", "task_id", "created_at", "id"),)
    __mapper_args__ = {"version_id_col": _VERSION, "version_id_generator": False}

    id: int | None = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="tasks.id", ondelete="CASCADE")
    author_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64)
    text: str = Field(max_length=COMMENT_MAX)
    created_at: datetime
    updated_at: datetime
    version: int = Field(default=1, sa_column=_VERSION)
