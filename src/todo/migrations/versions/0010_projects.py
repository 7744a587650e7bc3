"""Projects: every user's Inbox, members of projects, comments on tasks; a task's project, parent
task and assignee. Every task moves into its creator's Inbox.

``tasks.project_id`` may still be empty in this revision: a process of the previous release,
still running during a rolling upgrade, inserts tasks without it (and accounts without an
Inbox). A trigger puts such a task into its creator's Inbox, creating the Inbox if need be; the
next revision drops it and makes the column required.

``tasks`` is changed in place on both databases (on SQLite with ``ALTER TABLE … ADD COLUMN …
REFERENCES``), never rebuilt on the way up.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString as String
from sqlmodel.sql.sqltypes import UTCDateTime as Timestamp

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The new columns of ``tasks``: name, type, the table and rule of their foreign key.
_TASK_COLUMNS = (
    ("project_id", "INTEGER", sa.Integer(), "projects", "CASCADE"),
    ("parent_id", "INTEGER", sa.Integer(), "tasks", "CASCADE"),
    ("assignee_id", "VARCHAR(64)", String(length=64), "users", "SET NULL"),
)
_TASK_INDEXES = (
    ("ix_tasks_project_created", ["project_id", "created_at", "id"]),
    ("ix_tasks_project_updated", ["project_id", "updated_at", "id"]),
    ("ix_tasks_project_due_key", ["project_id", "due_key", "id"]),
    ("ix_tasks_project_priority", ["project_id", "priority", "id"]),
    ("ix_tasks_project_title_key", ["project_id", "title_key", "id"]),
)
#: Indexes of the tasks that are subtasks, or assigned (most tasks are neither).
_TASK_PARTIAL_INDEXES = (
    ("ix_tasks_parent_id", "parent_id"),
    ("ix_tasks_assignee_id", "assignee_id"),
)

# One Inbox per user, with or without tasks, made when the user was; its owner's member row.
_INBOXES = """INSERT INTO projects (owner_id, name, name_key, archived, position, is_inbox,
        created_at, updated_at, version)
    SELECT id, 'Inbox', 'inbox', :no, 0, :yes, created_at, created_at, 1 FROM users"""
_OWNERS = """INSERT INTO project_members (project_id, user_id, email, role, created_at,
        accepted_at)
    SELECT p.id, u.id, u.email, 'owner', p.created_at, p.created_at
    FROM projects p JOIN users u ON u.id = p.owner_id WHERE p.is_inbox"""
_INTO_INBOXES = """UPDATE tasks SET project_id =
    (SELECT p.id FROM projects p WHERE p.owner_id = tasks.user_id AND p.is_inbox)"""

# The rolling-upgrade shim: a task inserted without a project goes into its creator's Inbox,
# made (with its owner's member row) when missing.
_POSTGRES_SHIM = [
    """CREATE FUNCTION tasks_into_inbox() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        SELECT id INTO NEW.project_id FROM projects WHERE owner_id = NEW.user_id AND is_inbox;
        IF NEW.project_id IS NULL THEN
            INSERT INTO projects (owner_id, name, name_key, archived, position, is_inbox,
                    created_at, updated_at, version)
                VALUES (NEW.user_id, 'Inbox', 'inbox', false, 0, true,
                    NEW.created_at, NEW.created_at, 1)
                ON CONFLICT DO NOTHING;
            SELECT id INTO NEW.project_id FROM projects
                WHERE owner_id = NEW.user_id AND is_inbox;
            INSERT INTO project_members (project_id, user_id, email, role, created_at,
                    accepted_at)
                SELECT NEW.project_id, u.id, u.email, 'owner', NEW.created_at, NEW.created_at
                FROM users u WHERE u.id = NEW.user_id
                ON CONFLICT DO NOTHING;
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER tasks_into_inbox BEFORE INSERT ON tasks
        FOR EACH ROW WHEN (NEW.project_id IS NULL) EXECUTE FUNCTION tasks_into_inbox()""",
]
_SQLITE_SHIM = [
    """CREATE TRIGGER tasks_into_inbox AFTER INSERT ON tasks WHEN NEW.project_id IS NULL BEGIN
        INSERT OR IGNORE INTO projects (owner_id, name, name_key, archived, position, is_inbox,
                created_at, updated_at, version)
            SELECT NEW.user_id, 'Inbox', 'inbox', 0, 0, 1, NEW.created_at, NEW.created_at, 1
            WHERE NOT EXISTS
                (SELECT 1 FROM projects WHERE owner_id = NEW.user_id AND is_inbox);
        INSERT OR IGNORE INTO project_members (project_id, user_id, email, role, created_at,
                accepted_at)
            SELECT p.id, u.id, u.email, 'owner', NEW.created_at, NEW.created_at
            FROM projects p JOIN users u ON u.id = p.owner_id
            WHERE p.owner_id = NEW.user_id AND p.is_inbox;
        UPDATE tasks SET project_id =
            (SELECT id FROM projects WHERE owner_id = NEW.user_id AND is_inbox)
            WHERE id = NEW.id;
    END""",
]
_DROP_SHIM = {
    "postgresql": [
        "DROP TRIGGER IF EXISTS tasks_into_inbox ON tasks",
        "DROP FUNCTION IF EXISTS tasks_into_inbox()",
    ],
    "sqlite": ["DROP TRIGGER IF EXISTS tasks_into_inbox"],
}

# Search on SQLite, as revision 0003 left it: rebuilding ``tasks`` on the way down drops its
# triggers, which are made again (and the index rebuilt).
_SQLITE_SEARCH_TRIGGERS = [
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


def _owner_fk(table: str, column: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"), ondelete=ondelete
    )


def _create_tables() -> None:
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", String(length=64), nullable=False),
        sa.Column("name", String(length=100), nullable=False),
        sa.Column("name_key", String(length=300), nullable=False),
        sa.Column("description", String(length=1000), nullable=True),
        sa.Column("color", String(length=7), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_inbox", sa.Boolean(), nullable=False),
        sa.Column("created_at", Timestamp(), nullable=False),
        sa.Column("updated_at", Timestamp(), nullable=False),
        sa.Column("deleted_at", Timestamp(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
        _owner_fk("projects", "owner_id", "CASCADE"),
        sa.CheckConstraint(
            "NOT is_inbox OR (NOT archived AND deleted_at IS NULL)",
            name=op.f("ck_projects_inbox_stays"),
        ),
    )
    op.create_index(
        "uq_projects_owner_name_key",
        "projects",
        ["owner_id", "name_key"],
        unique=True,
        postgresql_where=sa.text("deleted_at IS NULL"),
        sqlite_where=sa.text("deleted_at IS NULL"),
    )
    op.create_index(
        "uq_projects_inbox",
        "projects",
        ["owner_id"],
        unique=True,
        postgresql_where=sa.text("is_inbox"),
        sqlite_where=sa.text("is_inbox"),
    )
    op.create_index("ix_projects_owner_position", "projects", ["owner_id", "position", "id"])
    op.create_table(
        "project_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("user_id", String(length=64), nullable=True),
        sa.Column("email", String(length=320), nullable=False),
        sa.Column("role", String(length=8), nullable=False),
        sa.Column("invited_by", String(length=64), nullable=True),
        sa.Column("created_at", Timestamp(), nullable=False),
        sa.Column("accepted_at", Timestamp(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_members")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_members_project_id_projects"),
            ondelete="CASCADE",
        ),
        _owner_fk("project_members", "user_id", "CASCADE"),
        _owner_fk("project_members", "invited_by", "SET NULL"),
        sa.CheckConstraint(
            "role IN ('viewer', 'editor', 'admin', 'owner')", name=op.f("ck_project_members_role")
        ),
        sa.CheckConstraint(
            "(user_id IS NULL) = (accepted_at IS NULL)", name=op.f("ck_project_members_accepted")
        ),
    )
    op.create_index(
        "uq_project_members_user_id", "project_members", ["user_id", "project_id"], unique=True
    )
    op.create_index(
        "uq_project_members_project_id_email",
        "project_members",
        ["project_id", "email"],
        unique=True,
    )
    op.create_index(
        "uq_project_members_owner",
        "project_members",
        ["project_id"],
        unique=True,
        postgresql_where=sa.text("role = 'owner'"),
        sqlite_where=sa.text("role = 'owner'"),
    )
    op.create_index(
        "ix_project_members_pending",
        "project_members",
        ["email"],
        postgresql_where=sa.text("user_id IS NULL"),
        sqlite_where=sa.text("user_id IS NULL"),
    )
    op.create_table(
        "task_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("author_id", String(length=64), nullable=False),
        sa.Column("text", String(length=10000), nullable=False),
        sa.Column("created_at", Timestamp(), nullable=False),
        sa.Column("updated_at", Timestamp(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_comments")),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_task_comments_task_id_tasks"),
            ondelete="CASCADE",
        ),
        _owner_fk("task_comments", "author_id", "CASCADE"),
    )
    op.create_index("ix_task_comments_task", "task_comments", ["task_id", "created_at", "id"])


def _add_task_columns(sqlite: bool) -> None:
    for column, sql_type, sa_type, table, ondelete in _TASK_COLUMNS:
        constraint = f"fk_tasks_{column}_{table}"
        if sqlite:
            # Alembic's add_column would leave the foreign key out on SQLite, and a batch
            # alteration would rebuild the table: a plain ADD COLUMN keeps both right.
            op.execute(
                f"ALTER TABLE tasks ADD COLUMN {column} {sql_type} CONSTRAINT {constraint} "
                f"REFERENCES {table} (id) ON DELETE {ondelete}"
            )
        else:
            op.add_column("tasks", sa.Column(column, sa_type, nullable=True))
            op.create_foreign_key(
                op.f(constraint), "tasks", table, [column], ["id"], ondelete=ondelete
            )


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    _create_tables()
    _add_task_columns(sqlite)
    op.execute(sa.text(_INBOXES).bindparams(no=False, yes=True))
    op.execute(_OWNERS)
    op.execute(_INTO_INBOXES)
    for name, columns in _TASK_INDEXES:
        op.create_index(name, "tasks", columns)
    for name, column in _TASK_PARTIAL_INDEXES:
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, "tasks", [column], postgresql_where=where, sqlite_where=where)
    for statement in _SQLITE_SHIM if sqlite else _POSTGRES_SHIM:
        op.execute(statement)


def downgrade() -> None:
    # Lost: projects, members, comments, subtasks' parents and assignees. Every task stays
    # with its creator, tags and search as they were.
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    for statement in _DROP_SHIM["sqlite" if sqlite else "postgresql"]:
        op.execute(statement)
    for name, _ in (*_TASK_INDEXES, *_TASK_PARTIAL_INDEXES):
        op.drop_index(name, table_name="tasks")
    if sqlite:
        # SQLite cannot drop a column that is a foreign key: ``tasks`` is rebuilt. Its tag
        # links are kept aside in case the foreign keys are on (rebuilding would then delete
        # them), and its search triggers made again.
        op.execute("CREATE TEMP TABLE keep_task_tags AS SELECT task_id, tag_id FROM task_tags")
        with op.batch_alter_table("tasks", recreate="always") as batch:
            for column, *_ in _TASK_COLUMNS:  # (their foreign keys go with them)
                batch.drop_column(column)
        op.execute(
            "INSERT INTO task_tags (task_id, tag_id) SELECT task_id, tag_id FROM keep_task_tags"
            " WHERE NOT EXISTS (SELECT 1 FROM task_tags l WHERE l.task_id = keep_task_tags.task_id"
            " AND l.tag_id = keep_task_tags.tag_id)"
        )
        op.execute("DROP TABLE keep_task_tags")
        for statement in _SQLITE_SEARCH_TRIGGERS:
            op.execute(statement)
    else:
        for column, _, _, table, _ in _TASK_COLUMNS:
            op.drop_constraint(op.f(f"fk_tasks_{column}_{table}"), "tasks", type_="foreignkey")
            op.drop_column("tasks", column)
    op.drop_table("task_comments")
    op.drop_table("project_members")
    op.drop_table("projects")
