"""The remote backend's calls for projects, their members and the comments on their tasks.

:class:`ProjectRequests` is mixed into :class:`~todo.entrypoints.cli.remote_backend.RemoteBackend`,
which sends each request (with its credentials) and turns a problem answer into the error it
describes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

from todo.domain.comments import COMMENTS_PAGE_MAX, CommentCreate, CommentPublic, CommentUpdate
from todo.domain.projects import (
    MemberCreate,
    MemberPublic,
    MemberUpdate,
    ProjectCreate,
    ProjectPublic,
    ProjectUpdate,
)


class ProjectRequests:
    """Projects, members and comments over the REST API."""

    #: Send one request and return its decoded JSON (the remote backend's own).
    _call: Callable[..., Awaitable[Any]]

    async def projects(self, *, archived: bool = False) -> list[ProjectPublic]:
        """Return the projects the user is a member of (archived ones too with ``archived``)."""
        params = [("archived", "true")] if archived else None
        listed = await self._call("GET", "/api/v1/projects", params=params)
        return [ProjectPublic.model_validate(item) for item in listed]

    async def get_project(self, project_id: int) -> ProjectPublic:
        """Return one project."""
        return ProjectPublic.model_validate(await self._call("GET", _project(project_id)))

    async def create_project(self, data: ProjectCreate) -> ProjectPublic:
        """Create a project."""
        body = data.model_dump(mode="json", exclude_unset=True)
        return ProjectPublic.model_validate(await self._call("POST", "/api/v1/projects", body))

    async def update_project(self, project_id: int, changes: ProjectUpdate) -> ProjectPublic:
        """Change a project."""
        body = changes.model_dump(mode="json", exclude_unset=True)
        path = _project(project_id)
        return ProjectPublic.model_validate(await self._call("PATCH", path, body))

    async def delete_project(self, project_id: int) -> None:
        """Move a project and its tasks to the bin."""
        await self._call("DELETE", _project(project_id))

    async def restore_project(self, project_id: int) -> ProjectPublic:
        """Bring a deleted project back with its tasks."""
        path = f"{_project(project_id)}/restore"
        return ProjectPublic.model_validate(await self._call("POST", path))

    async def members(self, project_id: int) -> list[MemberPublic]:
        """Return the members and invitations of a project."""
        listed = await self._call("GET", f"{_project(project_id)}/members")
        return [MemberPublic.model_validate(item) for item in listed]

    async def add_member(self, project_id: int, data: MemberCreate) -> MemberPublic:
        """Share a project with someone by e-mail."""
        body = data.model_dump(mode="json")
        path = f"{_project(project_id)}/members"
        return MemberPublic.model_validate(await self._call("POST", path, body))

    async def update_member(
        self, project_id: int, member: str, changes: MemberUpdate
    ) -> MemberPublic:
        """Change a member's role (``owner`` hands the project over)."""
        body = changes.model_dump(mode="json")
        path = _member(project_id, member)
        return MemberPublic.model_validate(await self._call("PATCH", path, body))

    async def remove_member(self, project_id: int, member: str) -> None:
        """Remove a member (by user id) or an invitation (by e-mail), or leave (your own id)."""
        await self._call("DELETE", _member(project_id, member))

    async def comments(self, task_id: int) -> list[CommentPublic]:
        """Return every comment of a task, oldest first, page after page."""
        found: list[CommentPublic] = []
        params = [("limit", str(COMMENTS_PAGE_MAX))]
        while True:
            page = await self._call("GET", f"/api/v1/tasks/{task_id}/comments", params=params)
            found += [CommentPublic.model_validate(item) for item in page["items"]]
            if page.get("next_cursor") is None:
                return found
            params = [("limit", str(COMMENTS_PAGE_MAX)), ("cursor", str(page["next_cursor"]))]

    async def add_comment(self, task_id: int, data: CommentCreate) -> CommentPublic:
        """Write a comment under a task."""
        body = data.model_dump(mode="json")
        path = f"/api/v1/tasks/{task_id}/comments"
        return CommentPublic.model_validate(await self._call("POST", path, body))

    async def edit_comment(self, comment_id: int, changes: CommentUpdate) -> CommentPublic:
        """Change the text of one's own comment (whatever version it is at, as the console's
        other edits do)."""
        body = changes.model_dump(mode="json")
        path = _comment(comment_id)
        return CommentPublic.model_validate(await self._call("PATCH", path, body))

    async def delete_comment(self, comment_id: int) -> None:
        """Delete one's own comment."""
        await self._call("DELETE", _comment(comment_id))


def _project(project_id: int) -> str:
    return f"/api/v1/projects/{project_id}"


def _member(project_id: int, member: str) -> str:
    return f"{_project(project_id)}/members/{quote(member, safe='@')}"


def _comment(comment_id: int) -> str:
    return f"/api/v1/comments/{comment_id}"
