"""Events: notifications, the task activity log, consumer bookkeeping (processed events and
dead letters), the reminder each task last fired, and an index for the relay's per-task order.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString as String
from sqlmodel.sql.sqltypes import UTCDateTime as Timestamp

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PENDING = sa.text("published_at IS NULL")


def _owner(table: str) -> list[Any]:
    return [
        sa.Column("user_id", String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f(f"fk_{table}_user_id_users"), ondelete="CASCADE"
        ),
    ]


def upgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.add_column(sa.Column("reminder_fired_for", Timestamp(), nullable=True))
        batch.create_index("ix_tasks_remind_at", ["remind_at"])
    # Reminders whose time passed before events existed count as fired: upgrading must not
    # send every old reminder at once.
    tasks = sa.table(
        "tasks",
        sa.column("remind_at", Timestamp()),
        sa.column("reminder_fired_for", Timestamp()),
    )
    op.execute(
        tasks.update()
        .where(tasks.c.remind_at <= datetime.now(UTC))
        .values(reminder_fired_for=tasks.c.remind_at)
    )
    op.create_index(
        "ix_outbox_pending_subject",
        "outbox",
        ["subject", "id"],
        postgresql_where=_PENDING,
        sqlite_where=_PENDING,
    )
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("notifications"),
        sa.Column("kind", String(length=32), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("title", String(length=300), nullable=False),
        sa.Column("body", String(length=300), nullable=False),
        sa.Column("event_id", String(length=36), nullable=False),
        sa.Column("created_at", Timestamp(), nullable=False),
        sa.Column("read_at", Timestamp(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
        sa.UniqueConstraint("event_id", name=op.f("uq_notifications_event_id")),
    )
    op.create_index("ix_notifications_user", "notifications", ["user_id", "id"])
    op.create_table(
        "task_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        *_owner("task_activity"),
        sa.Column("event_id", String(length=36), nullable=False),
        sa.Column("type", String(length=64), nullable=False),
        sa.Column("actor", String(length=64), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("occurred_at", Timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_activity")),
        sa.UniqueConstraint("event_id", name=op.f("uq_task_activity_event_id")),
    )
    op.create_index("ix_task_activity_task", "task_activity", ["task_id", "occurred_at", "id"])
    op.create_table(
        "processed_events",
        sa.Column("consumer", String(length=64), nullable=False),
        sa.Column("event_id", String(length=36), nullable=False),
        sa.Column("processed_at", Timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("consumer", "event_id", name=op.f("pk_processed_events")),
    )
    op.create_table(
        "dead_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consumer", String(length=64), nullable=False),
        sa.Column("event_id", String(length=36), nullable=False),
        sa.Column("topic", String(length=64), nullable=False),
        sa.Column("event", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", Timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dead_letters")),
    )
    op.create_index("ix_dead_letters_created", "dead_letters", ["created_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_dead_letters_created", table_name="dead_letters")
    op.drop_table("dead_letters")
    op.drop_table("processed_events")
    op.drop_index("ix_task_activity_task", table_name="task_activity")
    op.drop_table("task_activity")
    op.drop_index("ix_notifications_user", table_name="notifications")
    op.drop_table("notifications")
    op.drop_index("ix_outbox_pending_subject", table_name="outbox")
    with op.batch_alter_table("tasks") as batch:
        batch.drop_index("ix_tasks_remind_at")
        batch.drop_column("reminder_fired_for")
