"""Users: the people who own tasks, and what callers send and see of them."""

import re
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator
from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig

import todo.domain.base  # noqa: F401  (naming convention first)
from todo.domain.timezones import check_timezone
from todo.errors import Invalid

#: The e-mail of the built-in account that owns the embedded database.
LOCAL_USER_EMAIL = "local@todo.localhost"
PASSWORD_MIN = 8
PASSWORD_MAX = 128

Role = Literal["user", "admin"]


_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)*$")


def _email(value: object) -> object:
    """Accept ``name@host`` (internal hosts such as ``corp.local`` included), lower-cased."""
    if not isinstance(value, str):
        return value
    address = value.strip().lower()
    if len(address) > 320 or not _EMAIL.match(address):
        raise ValueError(f"'{value[:50]}' is not an e-mail address.")
    return address


def _timezone(value: str) -> str:
    try:
        return check_timezone(value)
    except Invalid as exc:
        raise ValueError(exc.message) from exc


Email = Annotated[str, BeforeValidator(_email)]
TimeZoneName = Annotated[str, AfterValidator(_timezone)]
Password = Annotated[str, Field(min_length=PASSWORD_MIN, max_length=PASSWORD_MAX)]
Name = Annotated[str, Field(max_length=100)]


class User(SQLModel, table=True):
    """A person with an account; e-mails are stored lower-cased and unique."""

    __tablename__ = "users"

    id: str = Field(primary_key=True, max_length=64)
    email: str = Field(max_length=320, unique=True)
    name: str = Field(default="", max_length=100)
    role: str = Field(default="user", max_length=16)
    timezone: str = Field(default="UTC", max_length=64)
    is_active: bool = Field(default=True)
    created_at: datetime
    password_hash: str | None = Field(default=None, max_length=255)


class UserPublic(SQLModel):
    """An account as its owner and admins see it (never its password)."""

    id: str
    email: str
    name: str
    role: str
    timezone: str
    is_active: bool
    created_at: datetime


class UserRegister(SQLModel):
    """What a person sends to open an account."""

    model_config = SQLModelConfig(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "email": "ada@example.com",
                    "password": "correct horse battery",
                    "name": "Ada",
                    "timezone": "Europe/London",
                }
            ]
        },
    )

    email: Email
    password: Password
    name: Name = ""
    timezone: TimeZoneName = "UTC"


class UserUpdate(SQLModel):
    """Changes to one's own account; only the fields sent change."""

    model_config = SQLModelConfig(extra="forbid")

    name: Name | None = None
    timezone: TimeZoneName | None = None
    password: Password | None = None


class AdminUserUpdate(SQLModel):
    """What an admin may change on any account."""

    model_config = SQLModelConfig(extra="forbid")

    is_active: bool | None = None
    role: Role | None = None
