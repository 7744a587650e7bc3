"""The outbox: events written in the same transaction as the change they describe.

The relay (:mod:`todo.services.events.relay`) reads unsent rows in ``id`` order and publishes them
to the broker as CloudEvents 1.0; nothing here talks to a broker.
"""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, text
from sqlmodel import Field, SQLModel

import todo.domain.table_names  # noqa: F401  (naming convention first)
from todo.domain.events import DomainEvent

#: The CloudEvents ``source`` of every event.
EVENT_SOURCE = "/todo-evolution"


class OutboxMessage(SQLModel, table=True):
    """An event waiting to be published (``published_at`` is null until then)."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_unpublished", "published_at", "id"),
        # The relay looks for an earlier unsent event of the same subject (order per task).
        Index(
            "ix_outbox_pending_subject",
            "subject",
            "id",
            postgresql_where=text("published_at IS NULL"),
            sqlite_where=text("published_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(max_length=36, unique=True)
    topic: str = Field(max_length=64)
    type: str = Field(max_length=64)
    subject: str = Field(max_length=128)
    user_id: str = Field(max_length=64)
    data: dict[str, Any] = Field(sa_type=JSON)
    occurred_at: datetime
    published_at: datetime | None = None
    attempts: int = Field(default=0)
    last_error: str | None = Field(default=None, max_length=2000)
    #: The W3C trace context of the change that wrote the event (``traceparent`` and maybe
    #: ``tracestate``), when tracing was on; ``None`` otherwise.
    trace_context: dict[str, str] | None = Field(default=None, sa_type=JSON(none_as_null=True))

    def cloud_event(self) -> dict[str, Any]:
        """Return the CloudEvents 1.0 JSON envelope of this message, with the trace context of
        the change as the distributed-tracing extension (``traceparent``, ``tracestate``)."""
        event: dict[str, Any] = {
            "specversion": "1.0",
            "id": self.event_id,
            "source": EVENT_SOURCE,
            "type": self.type,
            "subject": self.subject,
            "time": self.occurred_at.isoformat().replace("+00:00", "Z"),
            "datacontenttype": "application/json",
            "data": self.data,
        }
        if self.trace_context:
            event.update(self.trace_context)
        return event


def outbox_row(event: DomainEvent, *, at: datetime) -> dict[str, Any]:
    """Return the values of the outbox row of ``event``, which happened ``at`` (unsent)."""
    return {
        "event_id": str(uuid.uuid4()),
        "topic": event.topic,
        "type": event.type.value,
        "subject": event.subject,
        "user_id": event.user_id,
        "data": event.data,
        "occurred_at": at,
        "published_at": None,
        "attempts": 0,
        "last_error": None,
        "trace_context": None,
    }
