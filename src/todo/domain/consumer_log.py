"""What the event consumers remember: the events each has processed, and the ones it gave up on.

A consumer marks an event processed in the same transaction as its effect, so a redelivered
event changes nothing. An event that keeps failing is parked, with its error, as a dead letter
(visible to admins) and the stream moves on.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Text
from sqlmodel import Field, SQLModel

import todo.domain.table_names  # noqa: F401  (naming convention first)


class ProcessedEvent(SQLModel, table=True):
    """An event one consumer has processed."""

    __tablename__ = "processed_events"

    consumer: str = Field(primary_key=True, max_length=64)
    event_id: str = Field(primary_key=True, max_length=36)
    processed_at: datetime


class DeadLetter(SQLModel, table=True):
    """An event a consumer failed to process after every retry."""

    __tablename__ = "dead_letters"
    __table_args__ = (Index("ix_dead_letters_created", "created_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    consumer: str = Field(max_length=64)
    event_id: str = Field(max_length=36)
    topic: str = Field(max_length=64)
    event: dict[str, Any] = Field(sa_type=JSON)
    error: str = Field(sa_type=Text)
    attempts: int
    created_at: datetime
