"""Notifications: what the product tells a user (a reminder came due), kept until read."""

from datetime import datetime
from typing import Literal

from pydantic import BaseModel
from pydantic import Field as Describe
from sqlalchemy import Index
from sqlmodel import Field, SQLModel

import todo.domain.table_names  # noqa: F401  (naming convention first)

NOTIFICATION_TEXT_MAX = 300


#: What a notification is about.
NotificationKind = Literal["reminder", "series-ended", "assigned", "comment", "invited"]
#: Each kind by its stored name.
NOTIFICATION_KINDS: dict[str, NotificationKind] = {
    kind: kind for kind in ("reminder", "series-ended", "assigned", "comment", "invited")
}


class Notification(SQLModel, table=True):
    """One notification of one user; ``event_id`` is the event that caused it (once only)."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user", "user_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64)
    kind: str = Field(max_length=32)
    task_id: int | None = None
    title: str = Field(max_length=NOTIFICATION_TEXT_MAX)
    body: str = Field(default="", max_length=NOTIFICATION_TEXT_MAX)
    event_id: str = Field(max_length=36, unique=True)
    created_at: datetime
    read_at: datetime | None = None


class NotificationPublic(BaseModel):
    """A notification as the API shows it."""

    id: int
    kind: NotificationKind = Describe(
        description="`reminder`: a reminder came due; `series-ended`: a repeating task stopped "
        "repeating because its rule is one this server no longer follows; `assigned`: somebody "
        "assigned a task to you; `comment`: somebody commented on a task you made or are "
        "assigned; `invited`: somebody added you to a project.",
        examples=["reminder"],
    )
    task_id: int | None
    title: str = Describe(examples=["Reminder: Pay rent"])
    body: str = Describe(examples=["Due Tuesday 1 December 2026, 09:00"])
    created_at: datetime
    read_at: datetime | None


class NotificationPage(BaseModel):
    """A page of notifications, newest first."""

    items: list[NotificationPublic]
    unread: int = Describe(description="How many of all your notifications are unread.")
    next_cursor: str | None = Describe(description="Pass as `cursor` for the next page.")
