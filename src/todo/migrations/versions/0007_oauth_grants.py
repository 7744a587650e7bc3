"""Applications connected by OAuth 2.1: clients, grants, codes and refresh tokens.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString as String
from sqlmodel.sql.sqltypes import UTCDateTime as Timestamp

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "oauth_clients",
        sa.Column("client_id", String(length=64), nullable=False),
        sa.Column("name", String(length=200), nullable=False),
        sa.Column("redirect_uris", sa.JSON(), nullable=False),
        sa.Column("registration", sa.JSON(), nullable=False),
        sa.Column("created_at", Timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_oauth_clients")),
    )
    op.create_table(
        "oauth_grants",
        sa.Column("id", String(length=36), nullable=False),
        sa.Column("user_id", String(length=64), nullable=False),
        sa.Column("client_id", String(length=64), nullable=False),
        sa.Column("scopes", String(length=200), nullable=False),
        sa.Column("resource", String(length=2000), nullable=False),
        sa.Column("created_at", Timestamp(), nullable=False),
        sa.Column("last_used_at", Timestamp(), nullable=True),
        sa.Column("revoked_at", Timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["oauth_clients.client_id"],
            name=op.f("fk_oauth_grants_client_id_oauth_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_oauth_grants_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oauth_grants")),
    )
    op.create_index("ix_oauth_grants_user", "oauth_grants", ["user_id", "created_at"])
    op.create_table(
        "oauth_codes",
        sa.Column("code_hash", String(length=64), nullable=False),
        sa.Column("grant_id", String(length=36), nullable=False),
        sa.Column("code_challenge", String(length=43), nullable=False),
        sa.Column("redirect_uri", String(length=2000), nullable=False),
        sa.Column("expires_at", Timestamp(), nullable=False),
        sa.Column("used_at", Timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["grant_id"],
            ["oauth_grants.id"],
            name=op.f("fk_oauth_codes_grant_id_oauth_grants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_oauth_codes")),
    )
    op.create_table(
        "oauth_refresh_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grant_id", String(length=36), nullable=False),
        sa.Column("token_hash", String(length=64), nullable=False),
        sa.Column("created_at", Timestamp(), nullable=False),
        sa.Column("expires_at", Timestamp(), nullable=False),
        sa.Column("used_at", Timestamp(), nullable=True),
        sa.ForeignKeyConstraint(
            ["grant_id"],
            ["oauth_grants.id"],
            name=op.f("fk_oauth_refresh_tokens_grant_id_oauth_grants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_oauth_refresh_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_oauth_refresh_tokens_token_hash")),
    )
    op.create_index("ix_oauth_refresh_tokens_grant", "oauth_refresh_tokens", ["grant_id"])


def downgrade() -> None:
    op.drop_index("ix_oauth_refresh_tokens_grant", table_name="oauth_refresh_tokens")
    op.drop_table("oauth_refresh_tokens")
    op.drop_table("oauth_codes")
    op.drop_index("ix_oauth_grants_user", table_name="oauth_grants")
    op.drop_table("oauth_grants")
    op.drop_table("oauth_clients")
