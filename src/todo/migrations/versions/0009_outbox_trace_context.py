"""The outbox keeps the trace context of the change that wrote each event (W3C traceparent and
tracestate), so the relay, the broker and the consumers continue its trace.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column: plain ADD COLUMN on both databases, the rows already written keep NULL.
    op.add_column("outbox", sa.Column("trace_context", sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    # Only the traces of events still in the outbox are lost; the events themselves stay.
    op.drop_column("outbox", "trace_context")
