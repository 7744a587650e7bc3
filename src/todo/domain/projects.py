"""Projects: the lists tasks belong to (each user's Inbox first), and who may use each one.

A project is owned by one user and shared with members, each with a role. The owner has a
member row too (``role = "owner"``), so one join on one index says what anybody may do in a
project. An invitation to an address without an account is a member row without a user, which
the account takes over when it opens.
"""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Column, Index, Integer, text
from sqlmodel import Field, SQLModel

import todo.domain.table_names  # noqa: F401  (naming convention first)

PROJECT_NAME_MAX = 100
PROJECT_DESCRIPTION_MAX = 1000
#: The name of the project every account has from its first moment.
INBOX_NAME = "Inbox"


class ProjectRole(StrEnum):
    """What a member may do in a project, each role allowing what the ones before it do."""

    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"
    OWNER = "owner"

    @property
    def rank(self) -> int:
        """The role's place in ``viewer < editor < admin < owner``."""
        return list(ProjectRole).index(self)

    def allows(self, needed: "ProjectRole") -> bool:
        """Tell whether this role may do what ``needed`` may."""
        return self.rank >= needed.rank


#: A project's version (its ETag), checked on every write as a task's is.
_VERSION = Column("version", Integer, nullable=False)


class Project(SQLModel, table=True):
    """A project as stored; ``name_key`` is the case-folded name, unique per owner among the
    projects not deleted. Exactly one project of each user is their Inbox, which is never
    archived or deleted."""

    __tablename__ = "projects"
    __table_args__ = (
        Index(
            "uq_projects_owner_name_key",
            "owner_id",
            "name_key",
            unique=True,
            postgresql_where=text("deleted_at IS NULL"),
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index(
            "uq_projects_inbox",
            "owner_id",
            unique=True,
            postgresql_where=text("is_inbox"),
            sqlite_where=text("is_inbox"),
        ),
        Index("ix_projects_owner_position", "owner_id", "position", "id"),
        CheckConstraint(
            "NOT is_inbox OR (NOT archived AND deleted_at IS NULL)", name="inbox_stays"
        ),
    )
    __mapper_args__ = {"version_id_col": _VERSION, "version_id_generator": False}

    id: int | None = Field(default=None, primary_key=True)
    owner_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64)
    name: str = Field(max_length=PROJECT_NAME_MAX)
    name_key: str = Field(max_length=PROJECT_NAME_MAX * 3)
    description: str | None = Field(default=None, max_length=PROJECT_DESCRIPTION_MAX)
    color: str | None = Field(default=None, max_length=7)
    archived: bool = Field(default=False)
    position: int = Field(default=0)
    is_inbox: bool = Field(default=False)
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    version: int = Field(default=1, sa_column=_VERSION)


class ProjectMember(SQLModel, table=True):
    """A member of a project, or an invitation waiting for its account (``user_id`` and
    ``accepted_at`` both empty until the account with ``email`` opens)."""

    __tablename__ = "project_members"
    __table_args__ = (
        # The membership probe of every read, and the scan of "my projects".
        Index("uq_project_members_user_id", "user_id", "project_id", unique=True),
        Index("uq_project_members_project_id_email", "project_id", "email", unique=True),
        Index(
            "uq_project_members_owner",
            "project_id",
            unique=True,
            postgresql_where=text("role = 'owner'"),
            sqlite_where=text("role = 'owner'"),
        ),
        Index(
            "ix_project_members_pending",
            "email",
            postgresql_where=text("user_id IS NULL"),
            sqlite_where=text("user_id IS NULL"),
        ),
        CheckConstraint("role IN ('viewer', 'editor', 'admin', 'owner')", name="role"),
        CheckConstraint("(user_id IS NULL) = (accepted_at IS NULL)", name="accepted"),
    )

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", ondelete="CASCADE")
    user_id: str | None = Field(
        default=None, foreign_key="users.id", ondelete="CASCADE", max_length=64
    )
    email: str = Field(max_length=320)
    role: str = Field(max_length=8)
    invited_by: str | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", max_length=64
    )
    created_at: datetime
    accepted_at: datetime | None = None
