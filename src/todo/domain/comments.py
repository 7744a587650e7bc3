"""Comments: what members of a project write under a task."""

from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict
from sqlalchemy import Column, Index, Integer
from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig

import todo.domain.table_names  # noqa: F401  (naming convention first)
from todo.domain.text import text_problem

COMMENT_MAX = 10_000
#: The most comments one page of a task's comments holds.
COMMENTS_PAGE_MAX = 200

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


def clean_comment(value: str) -> str:
    """Return a comment's text trimmed; raise :class:`ValueError` when it is empty, longer
    than :data:`COMMENT_MAX` characters or not text."""
    problem = text_problem(value)
    if problem is not None:
        raise ValueError(f"The comment {problem}.")
    text = value.strip()
    if not text:
        raise ValueError("The comment is empty; write something.")
    if len(text) > COMMENT_MAX:
        raise ValueError(f"The comment is longer than {COMMENT_MAX:,} characters.")
    return text


CommentText = Annotated[str, AfterValidator(clean_comment)]

_EXAMPLE: dict[str, Any] = {
    "id": 3,
    "task_id": 42,
    "author_id": "0b7e4f2c-6a51-4d0e-9a37-2f5c1d8e9b10",
    "text": "The shop on the corner has it cheaper.",
    "created_at": "2026-11-26T10:00:00Z",
    "updated_at": "2026-11-26T10:00:00Z",
    "version": 1,
}


class CommentCreate(SQLModel):
    """A comment to write under a task: 1 to 10,000 characters."""

    model_config = SQLModelConfig(
        extra="forbid", json_schema_extra={"examples": [{"text": _EXAMPLE["text"]}]}
    )

    text: CommentText


class CommentUpdate(SQLModel):
    """The new text of a comment (its author's)."""

    model_config = SQLModelConfig(
        extra="forbid", json_schema_extra={"examples": [{"text": "Cheaper still at the market."}]}
    )

    text: CommentText


class CommentPublic(BaseModel):
    """A comment as every door shows it."""

    model_config = ConfigDict(from_attributes=True, json_schema_extra={"examples": [_EXAMPLE]})

    id: int
    task_id: int
    author_id: str
    text: str
    created_at: datetime
    updated_at: datetime
    version: int


class CommentPage(BaseModel):
    """One page of a task's comments, oldest first; pass ``next_cursor`` back for more."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"items": [_EXAMPLE], "next_cursor": None}]}
    )

    items: list[CommentPublic]
    next_cursor: str | None
