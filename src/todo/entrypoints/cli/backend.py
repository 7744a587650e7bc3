"""What the console commands talk to: the local database, or a server over the REST API.

Both backends offer the same verbs and return the same models, so every command works the same
against either and prints the same output.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from todo.domain.conversations import ChatReply
    from todo.domain.tags import TagSummary
    from todo.domain.task_query import TaskQuery
    from todo.domain.tasks import TaskPage, TaskPublic
    from todo.domain.tokens import (
        PersonalAccessTokenCreate,
        PersonalAccessTokenCreated,
        PersonalAccessTokenPublic,
    )


class Backend(Protocol):
    """The verbs the console needs, wherever the tasks live."""

    timezone: ZoneInfo

    def now(self) -> datetime:
        """Return the current time (UTC)."""
        ...

    async def add(self, text: str, overrides: dict[str, Any]) -> TaskPublic:
        """Create a task from quick-add text and overriding fields."""
        ...

    async def edit(self, task_id: int, text: str | None, overrides: dict[str, Any]) -> TaskPublic:
        """Change a task with quick-add text and fields."""
        ...

    async def get(self, task_id: int) -> TaskPublic:
        """Return one task."""
        ...

    async def gather(self, query: TaskQuery, cap: int | None) -> TaskPage:
        """Return the tasks ``query`` finds, up to ``cap`` (``None``: all); ``next_cursor`` is
        set when more remain."""
        ...

    async def lifecycle(self, verb: str, task_id: int) -> TaskPublic:
        """Complete, reopen, delete or restore a task."""
        ...

    async def tags(self) -> list[TagSummary]:
        """Return the tags with counts."""
        ...

    async def rename_tag(self, name: str, new_name: str) -> TagSummary:
        """Rename (or merge) a tag."""
        ...

    async def delete_tag(self, name: str) -> None:
        """Remove a tag everywhere."""
        ...

    async def create_token(self, data: PersonalAccessTokenCreate) -> PersonalAccessTokenCreated:
        """Create a personal access token."""
        ...

    async def list_tokens(self) -> list[PersonalAccessTokenPublic]:
        """List personal access tokens."""
        ...

    async def revoke_token(self, token_id: int) -> None:
        """Revoke a personal access token."""
        ...

    async def chat(self, message: str, conversation_id: int | None) -> ChatReply:
        """Say ``message`` to the assistant, in a new conversation or in ``conversation_id``."""
        ...
