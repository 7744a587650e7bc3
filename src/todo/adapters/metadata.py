"""The metadata of every table, for migrations: importing this registers all table models."""

from collections.abc import Callable
from typing import Any

from sqlalchemy import MetaData
from sqlmodel import SQLModel

from todo.domain.activity import TaskActivity
from todo.domain.comments import Comment
from todo.domain.consumer_log import DeadLetter, ProcessedEvent
from todo.domain.conversations import Conversation, Message
from todo.domain.invitations import Invitation
from todo.domain.notifications import Notification
from todo.domain.oauth import OAuthClient, OAuthCode, OAuthGrant, OAuthRefreshToken
from todo.domain.outbox import OutboxMessage
from todo.domain.projects import Project, ProjectMember
from todo.domain.tags import Tag, TaskTag
from todo.domain.tasks import Task
from todo.domain.tokens import IdempotencyRecord, PersonalAccessToken, RefreshToken
from todo.domain.users import FirstAdmin, User

TABLE_MODELS = (
    User,
    Task,
    Tag,
    TaskTag,
    OutboxMessage,
    RefreshToken,
    PersonalAccessToken,
    IdempotencyRecord,
    Conversation,
    Message,
    Notification,
    TaskActivity,
    ProcessedEvent,
    DeadLetter,
    Invitation,
    FirstAdmin,
    OAuthClient,
    OAuthGrant,
    OAuthCode,
    OAuthRefreshToken,
    Project,
    ProjectMember,
    Comment,
)

#: Objects that migrations create by hand and the models do not describe (full-text search).
UNMODELLED_TABLES = frozenset(
    {"tasks_fts", "tasks_fts_data", "tasks_fts_idx", "tasks_fts_docsize", "tasks_fts_config"}
)
UNMODELLED_COLUMNS = frozenset({("tasks", "search_vector")})
UNMODELLED_INDEXES = frozenset({"ix_tasks_search_vector"})
#: Foreign keys that SQLite keeps inside their column's definition (revision 0010 added the
#: columns in place, without rebuilding ``tasks``), where SQLAlchemy reads back neither their
#: name nor their ``ON DELETE`` rule. They are compared on PostgreSQL; on SQLite the migration
#: tests check them.
INLINE_FOREIGN_KEYS = frozenset(
    {("tasks", "project_id"), ("tasks", "parent_id"), ("tasks", "assignee_id")}
)

#: A filter of what Alembic compares (``include_object``).
ObjectFilter = Callable[[Any, str | None, str, bool, Any], bool]


def metadata() -> MetaData:
    """Return the metadata that holds every table of the product."""
    return SQLModel.metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Tell Alembic to leave out the full-text search objects that migrations create by hand."""
    if type_ == "table" and name in UNMODELLED_TABLES:
        return False
    if type_ == "column" and (obj.table.name, name) in UNMODELLED_COLUMNS:
        return False
    return not (type_ == "index" and name in UNMODELLED_INDEXES)


def include_object_on(dialect: str) -> ObjectFilter:
    """Return :func:`include_object` for a database of ``dialect``, which on SQLite also leaves
    out the foreign keys it cannot read back (:data:`INLINE_FOREIGN_KEYS`)."""

    def include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
        if dialect == "sqlite" and type_ == "foreign_key_constraint":
            columns = {(obj.table.name, key) for key in obj.column_keys}
            if columns <= INLINE_FOREIGN_KEYS:
                return False
        return include_object(obj, name, type_, reflected, compare_to)

    return include
