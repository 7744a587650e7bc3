"""Sort keys for tasks (title and due date, both indexed) and accent-exact search on SQLite.

``title_key`` is the case-folded title; ``due_key`` is the moment a task sorts by (the start of an
all-day date in its owner's time zone; far in the future without a due date). Search on SQLite no
longer folds accents, so it finds the same tasks as PostgreSQL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString as String
from sqlmodel.sql.sqltypes import UTCDateTime as Timestamp

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NO_DUE_DATE = datetime(9999, 12, 31, tzinfo=UTC)

_tasks = sa.table(
    "tasks",
    sa.column("id", sa.Integer()),
    sa.column("user_id", String()),
    sa.column("title", String()),
    sa.column("due_at", Timestamp()),
    sa.column("all_day", sa.Boolean()),
    sa.column("title_key", String()),
    sa.column("due_key", Timestamp()),
)
_users = sa.table("users", sa.column("id", String()), sa.column("timezone", String()))

_SQLITE_SEARCH = [
    "DROP TRIGGER IF EXISTS tasks_fts_insert",
    "DROP TRIGGER IF EXISTS tasks_fts_delete",
    "DROP TRIGGER IF EXISTS tasks_fts_update",
    "DROP TABLE IF EXISTS tasks_fts",
    """CREATE VIRTUAL TABLE tasks_fts USING fts5(
        title, description, content='tasks', content_rowid='id',
        tokenize='unicode61 remove_diacritics {diacritics}')""",
    """CREATE TRIGGER tasks_fts_insert AFTER INSERT ON tasks BEGIN
        INSERT INTO tasks_fts(rowid, title, description)
        VALUES (new.id, new.title, new.description);
    END""",
    """CREATE TRIGGER tasks_fts_delete AFTER DELETE ON tasks BEGIN
        INSERT INTO tasks_fts(tasks_fts, rowid, title, description)
        VALUES ('delete', old.id, old.title, old.description);
    END""",
    """CREATE TRIGGER tasks_fts_update AFTER UPDATE OF title, description ON tasks BEGIN
        INSERT INTO tasks_fts(tasks_fts, rowid, title, description)
        VALUES ('delete', old.id, old.title, old.description);
        INSERT INTO tasks_fts(rowid, title, description)
        VALUES (new.id, new.title, new.description);
    END""",
    "INSERT INTO tasks_fts(tasks_fts) VALUES ('rebuild')",
]


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _due_key(due_at: datetime | None, all_day: bool, tz: ZoneInfo) -> datetime:
    if due_at is None:
        return NO_DUE_DATE
    if not all_day:
        return due_at
    return datetime.combine(due_at.astimezone(UTC).date(), time(0), tzinfo=tz).astimezone(UTC)


def upgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.add_column(sa.Column("title_key", String(length=600), nullable=True))
        batch.add_column(sa.Column("due_key", Timestamp(), nullable=True))
    bind = op.get_bind()
    zones = {row.id: _zone(row.timezone) for row in bind.execute(sa.select(_users))}
    rows = bind.execute(
        sa.select(_tasks.c.id, _tasks.c.user_id, _tasks.c.title, _tasks.c.due_at, _tasks.c.all_day)
    ).all()
    for row in rows:
        bind.execute(
            _tasks.update()
            .where(_tasks.c.id == row.id)
            .values(
                title_key=row.title.casefold(),
                due_key=_due_key(row.due_at, row.all_day, zones.get(row.user_id, ZoneInfo("UTC"))),
            )
        )
    with op.batch_alter_table("tasks") as batch:
        batch.alter_column("title_key", existing_type=String(length=600), nullable=False)
        batch.alter_column("due_key", existing_type=Timestamp(), nullable=False)
        batch.drop_index("ix_tasks_user_due")
        batch.create_index("ix_tasks_user_due_key", ["user_id", "due_key", "id"])
        batch.create_index("ix_tasks_user_title_key", ["user_id", "title_key", "id"])
    if bind.dialect.name == "sqlite":
        for statement in _SQLITE_SEARCH:
            op.execute(statement.format(diacritics=0))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in _SQLITE_SEARCH:
            op.execute(statement.format(diacritics=2))
    with op.batch_alter_table("tasks") as batch:
        batch.drop_index("ix_tasks_user_title_key")
        batch.drop_index("ix_tasks_user_due_key")
        batch.create_index("ix_tasks_user_due", ["user_id", "due_at", "id"])
        batch.drop_column("due_key")
        batch.drop_column("title_key")
