"""The console's backend on the configured database, as the built-in local user."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from todo.bootstrap import App
    from todo.domain.actor import Actor
    from todo.domain.conversations import ChatReply
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

    def now(self) -> datetime:
        """Return the app clock's time."""
        return self.app.clock.now()

    async def add(self, text: str, overrides: dict[str, Any]) -> TaskPublic:
        """Create a task from quick-add text and overriding fields."""
        from todo.services import tasks

        return await tasks.add_from_text(
            self.app.uow(), actor=self.actor, text=text, overrides=overrides
        )

    async def edit(self, task_id: int, text: str | None, overrides: dict[str, Any]) -> TaskPublic:
        """Change a task with quick-add text and fields."""
        from todo.services import tasks

        return await tasks.update_from_text(
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
