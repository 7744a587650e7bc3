"""Projects: the lists tasks belong to (each user's Inbox first), and who may use each one.

A project is owned by one user and shared with members, each with a role. The owner has a
member row too (``role = "owner"``), so one join on one index says what anybody may do in a
project. An invitation to an address without an account is a member row without a user, which
the account takes over when it opens.
"""

import re
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, field_validator
from sqlalchemy import CheckConstraint, Column, Index, Integer, text
from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig

import todo.domain.table_names  # noqa: F401  (naming convention first)
from todo.domain.text import text_problem
from todo.domain.users import Email
from todo.errors import Invalid

PROJECT_NAME_MAX = 100
PROJECT_DESCRIPTION_MAX = 1000
#: The highest place a project can be given in its owner's list.
PROJECT_POSITION_MAX = 1_000_000
#: How many projects (not deleted, the Inbox included) one user may own.
PROJECTS_PER_OWNER_MAX = 500
#: How many members a project may have, its owner and the invitations still waiting included.
MEMBERS_PER_PROJECT_MAX = 100
#: The name of the project every account has from its first moment.
INBOX_NAME = "Inbox"
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


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


# --- What callers send and see ----------------------------------------------------------------


def project_name_key(name: str) -> str:
    """Return the case-folded form of a project's name, unique among its owner's projects."""
    return name.casefold()


def clean_project_name(value: str) -> str:
    """Return the name with its blanks tidied, or raise :class:`Invalid` when it is empty, too
    long or not text."""
    problem = text_problem(value)
    if problem is not None:
        raise Invalid(f"The name {problem}.", field="name")
    name = " ".join(value.split())
    if not name:
        raise Invalid("The name is empty; give the project a word or two.", field="name")
    if len(name) > PROJECT_NAME_MAX:
        raise Invalid(f"The name is longer than {PROJECT_NAME_MAX} characters.", field="name")
    return name


def clean_project_description(value: str | None) -> str | None:
    """Return the description trimmed (an empty one becomes ``None``), or raise when too long
    or not text."""
    if value is None:
        return None
    problem = text_problem(value)
    if problem is not None:
        raise Invalid(f"The description {problem}.", field="description")
    description = value.strip()
    if len(description) > PROJECT_DESCRIPTION_MAX:
        raise Invalid(
            f"The description is longer than {PROJECT_DESCRIPTION_MAX} characters.",
            field="description",
        )
    return description or None


def clean_color(value: str | None) -> str | None:
    """Return a colour as ``#rrggbb`` in lower case, or raise :class:`Invalid`."""
    if value is None:
        return None
    if not _COLOR.fullmatch(value):
        raise Invalid(
            "The colour must be written #rrggbb, e.g. #3b82f6.",
            field="color",
        )
    return value.lower()


def _field_rule(rule: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Wrap a cleaning rule so that pydantic reports its :class:`Invalid` as a field error."""

    def validate(value: Any) -> Any:
        try:
            return rule(value)
        except Invalid as exc:
            raise ValueError(exc.message) from exc

    return validate


ProjectName = Annotated[
    str,
    Field(description=f"1–{PROJECT_NAME_MAX} characters, unique among your projects in any case."),
    AfterValidator(_field_rule(clean_project_name)),
]
ProjectDescription = Annotated[
    str | None,
    Field(description=f"Up to {PROJECT_DESCRIPTION_MAX} characters."),
    AfterValidator(_field_rule(clean_project_description)),
]
Color = Annotated[
    str | None,
    Field(description="`#rrggbb` (e.g. `#3b82f6`), or null for none."),
    AfterValidator(_field_rule(clean_color)),
]
Position = Annotated[
    int,
    Field(
        ge=0,
        le=PROJECT_POSITION_MAX,
        description="Where the project comes in your list (lower first; the Inbox is first).",
    ),
]

#: An example project, for the API documentation.
PROJECT_EXAMPLE: dict[str, Any] = {
    "id": 7,
    "owner_id": "0b7e4f2c-6a51-4d0e-9a37-2f5c1d8e9b10",
    "name": "Home",
    "description": "Everything about the flat",
    "color": "#3b82f6",
    "archived": False,
    "position": 1,
    "is_inbox": False,
    "created_at": "2026-11-26T10:00:00Z",
    "updated_at": "2026-11-26T10:00:00Z",
    "version": 1,
    "role": "owner",
}


class ProjectCreate(SQLModel):
    """A new project: a name, and optionally a description, a colour and its place in your
    list (after your other projects when not given)."""

    model_config = SQLModelConfig(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"name": "Home", "description": "Everything about the flat", "color": "#3b82f6"}
            ]
        },
    )

    name: ProjectName
    description: ProjectDescription = None
    color: Color = None
    position: Position | None = None


class ProjectUpdate(SQLModel):
    """A partial change: only the fields sent change; ``null`` clears a description or a
    colour. The Inbox keeps its name and is never archived."""

    model_config = SQLModelConfig(
        extra="forbid",
        json_schema_extra={"examples": [{"name": "Flat", "archived": True}]},
    )

    name: ProjectName | None = None
    description: ProjectDescription = None
    color: Color = None
    archived: bool | None = None
    position: Position | None = None

    @field_validator("name", "archived", "position")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("This field cannot be cleared.")
        return value


#: Fields whose change is reported in ``todo.project.updated`` events.
PROJECT_TRACKED_FIELDS = ("name", "description", "color", "archived", "position", "owner_id")


class ProjectPublic(SQLModel):
    """A project as every door shows it, with ``role``: what the caller may do in it."""

    model_config = SQLModelConfig(json_schema_extra={"examples": [PROJECT_EXAMPLE]})

    id: int
    owner_id: str
    name: str
    description: str | None
    color: str | None
    archived: bool
    position: int
    is_inbox: bool
    created_at: datetime
    updated_at: datetime
    version: int
    role: ProjectRole

    @classmethod
    def of(cls, project: Project, role: ProjectRole) -> "ProjectPublic":
        """Return the public view of a stored project, as a member of ``role`` sees it."""
        values = {name: getattr(project, name) for name in _PROJECT_STORED_FIELDS}
        return cls.model_validate({**values, "role": role})

    def record(self) -> dict[str, Any]:
        """Return the project as events carry it (JSON, without the caller's role)."""
        return self.model_dump(mode="json", exclude={"role"})


_PROJECT_STORED_FIELDS = tuple(name for name in ProjectPublic.model_fields if name != "role")

#: The roles an invitation can give (ownership changes hands only by a transfer).
InviteRole = Literal["viewer", "editor", "admin"]


class MemberCreate(SQLModel):
    """Someone to share a project with, by e-mail, and their role (``editor`` when not given).

    An address with an account becomes a member at once; any other address is an invitation
    that the account opened with it takes up."""

    model_config = SQLModelConfig(
        extra="forbid",
        json_schema_extra={"examples": [{"email": "grace@example.com", "role": "editor"}]},
    )

    email: Email = Field(max_length=320)
    role: InviteRole = "editor"


class MemberUpdate(SQLModel):
    """A member's new role; ``owner`` hands the project over to them (its owner only), and the
    previous owner stays on as an admin."""

    model_config = SQLModelConfig(
        extra="forbid", json_schema_extra={"examples": [{"role": "admin"}]}
    )

    role: ProjectRole


class MemberPublic(SQLModel):
    """A member of a project, or an invitation still waiting for its account (``user_id`` and
    ``accepted_at`` are null until an account is opened with ``email``)."""

    model_config = SQLModelConfig(
        json_schema_extra={
            "examples": [
                {
                    "project_id": 7,
                    "user_id": "5d41c0de-93a2-4a77-b1f0-0c6f4e2a8b3d",
                    "email": "grace@example.com",
                    "role": "editor",
                    "invited_by": "0b7e4f2c-6a51-4d0e-9a37-2f5c1d8e9b10",
                    "created_at": "2026-11-26T10:00:00Z",
                    "accepted_at": "2026-11-26T10:00:00Z",
                }
            ]
        }
    )

    project_id: int
    user_id: str | None
    email: str
    role: ProjectRole
    invited_by: str | None
    created_at: datetime
    accepted_at: datetime | None

    @classmethod
    def of(cls, member: ProjectMember) -> "MemberPublic":
        """Return the public view of a stored member row."""
        return cls.model_validate({name: getattr(member, name) for name in cls.model_fields})

    def record(self) -> dict[str, Any]:
        """Return the member as events carry it (JSON)."""
        return self.model_dump(mode="json")
