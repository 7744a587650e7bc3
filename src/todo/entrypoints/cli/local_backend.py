"""The console's backend on the configured database, as the built-in local user."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from todo.bootstrap import App
    from todo.domain.actor import Actor
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


class LocalBackend:
    """Calls the service layer directly."""

    def __init__(self, app: App, actor: Actor) -> None:
        self.app = app
        self.actor = actor
        self.timezone = actor.timezone
        self.user_id = actor.user_id

    def now(self) -> datetime:
        """Return the app clock's time."""
        return self.app.clock.now()

    async def add(self, text: str, overrides: dict[str, Any]) -> TaskPublic:
        """Create a task from quick-add text and overriding fields."""
        from todo.services import task_text

        return await task_text.add_from_text(
            self.app.uow(), actor=self.actor, text=text, overrides=overrides
        )

    async def edit(self, task_id: int, text: str | None, overrides: dict[str, Any]) -> TaskPublic:
        """Change a task with quick-add text and fields."""
        from todo.services import task_text

        return await task_text.update_from_text(
            self.app.uow(), actor=self.actor, task_id=task_id, text=text, overrides=overrides
        )

    async def get(self, task_id: int) -> TaskPublic:
        """Return one task."""
        from todo.services import tasks

        return await tasks.get(self.app.uow(), actor=self.actor, task_id=task_id)

    async def gather(self, query: TaskQuery, cap: int | None) -> TaskPage:
        """Return the tasks ``query`` finds, up to ``cap`` (``None``: all), in one read."""
        from todo.services.task_list import gather_tasks

        return await gather_tasks(self.app.uow(), actor=self.actor, query=query, cap=cap)

    async def lifecycle(self, verb: str, task_id: int) -> TaskPublic:
        """Complete, reopen, delete or restore a task."""
        from todo.services import tasks

        action = {
            "complete": tasks.complete,
            "reopen": tasks.reopen,
            "delete": tasks.delete,
            "restore": tasks.restore,
        }[verb]
        return await action(self.app.uow(), actor=self.actor, task_id=task_id)

    async def tags(self) -> list[TagSummary]:
        """Return the tags with counts."""
        from todo.services.tags import list_tags

        return await list_tags(self.app.uow(), actor=self.actor)

    async def rename_tag(self, name: str, new_name: str) -> TagSummary:
        """Rename (or merge) a tag."""
        from todo.services.tags import rename_tag

        return await rename_tag(self.app.uow(), actor=self.actor, name=name, new_name=new_name)

    async def delete_tag(self, name: str) -> None:
        """Remove a tag everywhere."""
        from todo.services.tags import delete_tag

        await delete_tag(self.app.uow(), actor=self.actor, name=name)

    async def projects(self, *, archived: bool = False) -> list[ProjectPublic]:
        """Return the projects the user is a member of (archived ones too with ``archived``)."""
        from todo.services.projects import list_projects

        return await list_projects(self.app.uow(), actor=self.actor, archived=archived)

    async def get_project(self, project_id: int) -> ProjectPublic:
        """Return one project."""
        from todo.services.projects import get_project

        return await get_project(self.app.uow(), actor=self.actor, project_id=project_id)

    async def create_project(self, data: ProjectCreate) -> ProjectPublic:
        """Create a project."""
        from todo.services.projects import create_project

        return await create_project(self.app.uow(), actor=self.actor, data=data)

    async def update_project(self, project_id: int, changes: ProjectUpdate) -> ProjectPublic:
        """Change a project."""
        from todo.services.projects import update_project

        return await update_project(
            self.app.uow(), actor=self.actor, project_id=project_id, changes=changes
        )

    async def delete_project(self, project_id: int) -> None:
        """Move a project and its tasks to the bin."""
        from todo.services.projects import delete_project

        await delete_project(self.app.uow(), actor=self.actor, project_id=project_id)

    async def restore_project(self, project_id: int) -> ProjectPublic:
        """Bring a deleted project back with its tasks."""
        from todo.services.projects import restore_project

        return await restore_project(self.app.uow(), actor=self.actor, project_id=project_id)

    async def members(self, project_id: int) -> list[MemberPublic]:
        """Return the members and invitations of a project."""
        from todo.services.members import list_members

        return await list_members(self.app.uow(), actor=self.actor, project_id=project_id)

    async def add_member(self, project_id: int, data: MemberCreate) -> MemberPublic:
        """Share a project with someone by e-mail."""
        from todo.services.members import add_member

        return await add_member(self.app.uow(), actor=self.actor, project_id=project_id, data=data)

    async def update_member(
        self, project_id: int, member: str, changes: MemberUpdate
    ) -> MemberPublic:
        """Change a member's role (``owner`` hands the project over)."""
        from todo.services.members import update_member

        return await update_member(
            self.app.uow(), actor=self.actor, project_id=project_id, member=member, changes=changes
        )

    async def remove_member(self, project_id: int, member: str) -> None:
        """Remove a member (by user id) or an invitation (by e-mail), or leave (your own id)."""
        from todo.services.members import remove_member

        await remove_member(self.app.uow(), actor=self.actor, project_id=project_id, member=member)

    async def comments(self, task_id: int) -> list[CommentPublic]:
        """Return every comment of a task, oldest first, page after page."""
        from todo.domain.comments import COMMENTS_PAGE_MAX
        from todo.services.comments import list_comments

        found: list[CommentPublic] = []
        cursor: str | None = None
        while True:
            page = await list_comments(
                self.app.uow(),
                actor=self.actor,
                task_id=task_id,
                cursor=cursor,
                limit=COMMENTS_PAGE_MAX,
            )
            found += page.items
            cursor = page.next_cursor
            if cursor is None:
                return found

    async def add_comment(self, task_id: int, data: CommentCreate) -> CommentPublic:
        """Write a comment under a task."""
        from todo.services.comments import add_comment

        return await add_comment(self.app.uow(), actor=self.actor, task_id=task_id, data=data)

    async def edit_comment(self, comment_id: int, changes: CommentUpdate) -> CommentPublic:
        """Change the text of one's own comment."""
        from todo.services.comments import update_comment

        return await update_comment(
            self.app.uow(), actor=self.actor, comment_id=comment_id, data=changes
        )

    async def delete_comment(self, comment_id: int) -> None:
        """Delete one's own comment."""
        from todo.services.comments import delete_comment

        await delete_comment(self.app.uow(), actor=self.actor, comment_id=comment_id)

    async def create_token(self, data: PersonalAccessTokenCreate) -> PersonalAccessTokenCreated:
        """Create a personal access token for the local user."""
        from todo.services import personal_tokens

        return await personal_tokens.create_token(self.app.uow(), actor=self.actor, data=data)

    async def list_tokens(self) -> list[PersonalAccessTokenPublic]:
        """List the local user's personal access tokens."""
        from todo.services import personal_tokens

        return await personal_tokens.list_tokens(self.app.uow(), actor=self.actor)

    async def revoke_token(self, token_id: int) -> None:
        """Revoke one of the local user's personal access tokens."""
        from todo.services import personal_tokens

        await personal_tokens.revoke_token(self.app.uow(), actor=self.actor, token_id=token_id)

    async def chat(self, message: str, conversation_id: int | None) -> ChatReply:
        """Say ``message`` to the assistant (the configured chat engine, in this process)."""
        from todo.domain.conversations import ChatRequest
        from todo.services.assistant.turn import chat
        from todo.services.validation import parse_input

        request = parse_input(ChatRequest, {"message": message, "conversation_id": conversation_id})
        return await chat(
            self.app.uow, actor=self.actor, engine=self.app.chat_engine, request=request
        )
