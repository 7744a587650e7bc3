"""OAuth clients known by their client ID metadata document: its URL and when to fetch it again.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString as String
from sqlmodel.sql.sqltypes import UTCDateTime as Timestamp

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN on both databases: rebuilding the table on SQLite would drop it first,
    # and with foreign keys on that deletes every grant of every client.
    op.add_column("oauth_clients", sa.Column("document_url", String(length=2000), nullable=True))
    op.add_column("oauth_clients", sa.Column("refresh_after", Timestamp(), nullable=True))


def downgrade() -> None:
    # Clients known only by a document cannot be told apart from registered ones any more.
    op.execute("DELETE FROM oauth_clients WHERE document_url IS NOT NULL")
    op.drop_column("oauth_clients", "refresh_after")
    op.drop_column("oauth_clients", "document_url")
