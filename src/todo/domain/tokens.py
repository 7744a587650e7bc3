"""Credentials: scopes, refresh-token families and personal access tokens."""

from datetime import datetime
from typing import Annotated

from sqlalchemy import Index
from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig

import todo.domain.table_names  # noqa: F401  (naming convention first)
from todo.domain.scopes import Scope
from todo.domain.text import PlainText

#: Personal access tokens start with this, so that they are easy to spot in a leak.
PAT_PREFIX = "todo_pat_"
PAT_MAX_DAYS = 365


class RefreshToken(SQLModel, table=True):
    """One refresh token of a login; a login's tokens form a family that rotates on every use."""

    __tablename__ = "refresh_tokens"
    __table_args__ = (Index("ix_refresh_tokens_family", "family_id"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64)
    family_id: str = Field(max_length=36)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    revoked_at: datetime | None = None


class PersonalAccessToken(SQLModel, table=True):
    """A named, scoped, expiring token for scripts and AI clients; only its hash is stored."""

    __tablename__ = "personal_access_tokens"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64, index=True)
    name: str = Field(max_length=100)
    token_hash: str = Field(max_length=64, unique=True)
    hint: str = Field(max_length=20)
    scopes: str = Field(max_length=200)
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None


class TokenPair(SQLModel):
    """What a login or a refresh returns: a short-lived access token and a refresh token."""

    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires.")


class RefreshRequest(SQLModel):
    """A refresh token to exchange (or to revoke, on logout)."""

    model_config = SQLModelConfig(extra="forbid")

    refresh_token: Annotated[PlainText, Field(min_length=1, max_length=200)]


class PersonalAccessTokenCreate(SQLModel):
    """A new personal access token: a name, its scopes and how many days it lives."""

    model_config = SQLModelConfig(extra="forbid")

    name: Annotated[PlainText, Field(min_length=1, max_length=100)]
    scopes: list[Scope] = Field(min_length=1)
    expires_in_days: int = Field(default=90, ge=1, le=PAT_MAX_DAYS)


class PersonalAccessTokenPublic(SQLModel):
    """A personal access token as listed: never the token itself, only its first characters."""

    id: int
    name: str
    hint: str
    scopes: list[Scope]
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None


class PersonalAccessTokenCreated(PersonalAccessTokenPublic):
    """A personal access token just created: ``token`` is shown this once and never again."""

    token: str


#: The ``status_code`` of a record whose request is still being handled.
UNANSWERED = 0


class IdempotencyRecord(SQLModel, table=True):
    """The stored response of a POST made with an ``Idempotency-Key``, kept for 24 hours
    (``status_code`` is :data:`UNANSWERED` while the first request is being handled)."""

    __tablename__ = "idempotency_keys"

    user_id: str = Field(
        foreign_key="users.id", ondelete="CASCADE", max_length=64, primary_key=True
    )
    key: str = Field(max_length=255, primary_key=True)
    request_hash: str = Field(max_length=64)
    status_code: int
    body: str
    created_at: datetime
    expires_at: datetime = Field(index=True)
