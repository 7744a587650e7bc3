"""The metadata of every table, for migrations: importing this registers all table models."""

from typing import Any

from sqlalchemy import MetaData
from sqlmodel import SQLModel

from todo.domain.activity import TaskActivity
from todo.domain.consumer_log import DeadLetter, ProcessedEvent
from todo.domain.conversations import Conversation, Message
from todo.domain.invitations import Invitation
from todo.domain.notifications import Notification
from todo.domain.oauth import OAuthClient, OAuthCode, OAuthGrant, OAuthRefreshToken
from todo.domain.outbox import OutboxMessage
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
)

#: Objects that migrations create by hand and the models do not describe (full-text search).
UNMODELLED_TABLES = frozenset(
    {"tasks_fts", "tasks_fts_data", "tasks_fts_idx", "tasks_fts_docsize", "tasks_fts_config"}
)
UNMODELLED_COLUMNS = frozenset({("tasks", "search_vector")})
UNMODELLED_INDEXES = frozenset({"ix_tasks_search_vector"})


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
