"""Invitations: one-time codes an admin hands out when registration is by invitation."""

from datetime import datetime

from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig

import todo.domain.table_names  # noqa: F401  (naming convention first)
from todo.domain.users import Email

#: Invitation codes start with this, so that they are easy to tell from other tokens.
INVITATION_PREFIX = "todo_inv_"
INVITATION_MAX_DAYS = 30


class Invitation(SQLModel, table=True):
    """An invitation to open one account; only the hash of its code is stored."""

    __tablename__ = "invitations"

    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(max_length=64, unique=True)
    hint: str = Field(max_length=20)
    #: The only e-mail that may use it, when the admin named one.
    email: str | None = Field(default=None, max_length=320)
    created_by: str | None = Field(
        default=None, foreign_key="users.id", ondelete="SET NULL", max_length=64
    )
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None


class InvitationCreate(SQLModel):
    """A new invitation: optionally for one e-mail only, and how many days it can be used."""

    model_config = SQLModelConfig(
        extra="forbid",
        json_schema_extra={"examples": [{"email": "ada@example.com", "expires_in_days": 7}]},
    )

    email: Email | None = None
    expires_in_days: int = Field(default=7, ge=1, le=INVITATION_MAX_DAYS)


class InvitationPublic(SQLModel):
    """An invitation as listed: never its code, only the code's first characters."""

    id: int
    hint: str
    email: str | None
    created_at: datetime
    expires_at: datetime


class InvitationCreated(InvitationPublic):
    """An invitation just made: ``code`` is shown this once; pass it on to the person invited."""

    code: str
