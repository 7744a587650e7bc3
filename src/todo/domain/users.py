"""Users: the people who own tasks, and what callers send and see of them."""

import hashlib
import re
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator
from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig

import todo.domain.table_names  # noqa: F401  (naming convention first)
from todo.domain.text import PlainText, check_text
from todo.domain.timezones import check_timezone
from todo.errors import Invalid

#: The e-mail of the built-in account that owns the embedded database.
LOCAL_USER_EMAIL = "local@todo.localhost"
PASSWORD_MIN = 8
PASSWORD_MAX = 128

Role = Literal["user", "admin"]
#: Who may open an account over the API: anyone, holders of an invitation, or nobody.
RegistrationMode = Literal["open", "invite", "closed"]
#: Starts the id of every user an external identity provider's token created.
EXTERNAL_ID_PREFIX = "ext_"


_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)*$")


def _email(value: object) -> object:
    """Accept ``name@host`` (internal hosts such as ``corp.local`` included), lower-cased."""
    if not isinstance(value, str):
        return value
    address = check_text(value).strip().lower()
    if len(address) > 320 or not _EMAIL.match(address):
        raise ValueError(f"'{value[:50]}' is not an e-mail address.")
    return address


def _timezone(value: str) -> str:
    try:
        return check_timezone(value)
    except Invalid as exc:
        raise ValueError(exc.message) from exc


Email = Annotated[str, BeforeValidator(_email)]
TimeZoneName = Annotated[PlainText, AfterValidator(_timezone)]
Password = Annotated[PlainText, Field(min_length=PASSWORD_MIN, max_length=PASSWORD_MAX)]
#: A password as typed to prove who one is (no minimum: the rules of its day applied).
GivenPassword = Annotated[PlainText, Field(min_length=1, max_length=PASSWORD_MAX)]
Name = Annotated[PlainText, Field(max_length=100)]
#: An invitation code as an admin handed it out.
InvitationCode = Annotated[PlainText, Field(min_length=1, max_length=100)]


def external_user_id(issuer: str | None, subject: str) -> str:
    """Return the id of the user an external identity (issuer and subject) stands for.

    A digest under a prefix of its own, so that no ``sub`` an identity provider sends can name a
    local account (their ids are UUIDs) or another provider's user.
    """
    digest = hashlib.sha256(f"{issuer or ''}\n{subject}".encode()).hexdigest()
    return EXTERNAL_ID_PREFIX + digest[:48]


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


class FirstAdmin(SQLModel, table=True):
    """Who became admin by being the first account opened over the API: one row at most, so
    that two first registrations at the same moment cannot both become admin."""

    __tablename__ = "first_admin"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True, sa_column_kwargs={"autoincrement": False})
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64)
    claimed_at: datetime


class UserPublic(SQLModel):
    """An account as its owner and admins see it (never its password)."""

    id: str
    email: str
    name: str
    role: str
    timezone: str
    is_active: bool
    created_at: datetime


class TokenOwnerPublic(SQLModel):
    """What a personal access token may know of its owner: the id, and the time zone dates are
    read in. The e-mail, name and role stay with a signed-in session."""

    id: str
    timezone: str


class UserRegister(SQLModel):
    """What a person sends to open an account; ``invitation`` when the server asks for one."""

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
    invitation: InvitationCode | None = None


class RegistrationAccepted(SQLModel):
    """The answer to every registration that passed the checks, whether or not the e-mail had an
    account already: the answer never tells which e-mails have one."""

    email: str = Field(description="The e-mail, as the account is known by (lower-cased).")
    detail: str


class RegistrationPolicy(SQLModel):
    """Whether this server opens accounts over the API: ``open`` to anyone, by ``invite``
    (registration needs an invitation code from an admin), or ``closed``."""

    registration: RegistrationMode


class SignInForm(SQLModel):
    """The fields of the OAuth2 password form that sign in."""

    model_config = SQLModelConfig(extra="forbid")

    username: Email
    password: GivenPassword


class UserUpdate(SQLModel):
    """Changes to one's own account; only the fields sent change.

    A new ``password`` needs ``current_password`` too.
    """

    model_config = SQLModelConfig(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"name": "Ada", "timezone": "Europe/Berlin"},
                {"password": "a new long passphrase", "current_password": "correct horse battery"},
            ]
        },
    )

    name: Name | None = None
    timezone: TimeZoneName | None = None
    password: Password | None = None
    current_password: GivenPassword | None = None


class AdminUserUpdate(SQLModel):
    """What an admin may change on any account."""

    model_config = SQLModelConfig(extra="forbid")

    is_active: bool | None = None
    role: Role | None = None
