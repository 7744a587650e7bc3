"""Users: the people who own tasks."""

from datetime import datetime

from sqlmodel import Field, SQLModel

import todo.domain.base  # noqa: F401  (naming convention first)

#: The e-mail of the built-in account that owns the embedded database.
LOCAL_USER_EMAIL = "local@todo.localhost"


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
