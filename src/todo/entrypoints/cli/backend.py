"""What the console commands talk to: the local database, or a server over the REST API.

Both backends offer the same verbs and return the same models, so every command works the same
against either and prints the same output.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from todo.domain.comments import CommentCreate, CommentPublic, CommentUpdate
    from todo.domain.conversations import ChatReply
    from todo.domain.projects import (
        MemberCreate,
        MemberPublic,
        MemberUpdate,
        ProjectCreate,
        ProjectPublic,
        ProjectUpdate,
    )
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
    #: The id of the user the commands act as.
    user_id: str

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

    async def projects(self, *, archived: bool = False) -> list[ProjectPublic]:
        """Return the projects the user is a member of (archived ones too with ``archived``)."""
        ...

    async def get_project(self, project_id: int) -> ProjectPublic:
        """Return one project."""
        ...

    async def create_project(self, data: ProjectCreate) -> ProjectPublic:
        """Create a project."""
        ...

    async def update_project(self, project_id: int, changes: ProjectUpdate) -> ProjectPublic:
        """Change a project."""
        ...

    async def delete_project(self, project_id: int) -> None:
        """Move a project and its tasks to the bin."""
        ...

    async def restore_project(self, project_id: int) -> ProjectPublic:
        """Bring a deleted project back with its tasks."""
        ...

    async def members(self, project_id: int) -> list[MemberPublic]:
        """Return the members and invitations of a project."""
        ...

    async def add_member(self, project_id: int, data: MemberCreate) -> MemberPublic:
        """Share a project with someone by e-mail."""
        ...

    async def update_member(
        self, project_id: int, member: str, changes: MemberUpdate
    ) -> MemberPublic:
        """Change a member's role (``owner`` hands the project over)."""
        ...

    async def remove_member(self, project_id: int, member: str) -> None:
        """Remove a member (by user id) or an invitation (by e-mail), or leave (your own id)."""
        ...

    async def comments(self, task_id: int) -> list[CommentPublic]:
        """Return every comment of a task, oldest first."""
        ...

    async def add_comment(self, task_id: int, data: CommentCreate) -> CommentPublic:
        """Write a comment under a task."""
        ...

    async def edit_comment(self, comment_id: int, changes: CommentUpdate) -> CommentPublic:
        """Change the text of one's own comment."""
        ...

    async def delete_comment(self, comment_id: int) -> None:
        """Delete one's own comment."""
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
