"""The console's backend on a Todo Evolution server, over its REST API.

Credentials: ``TODO_TOKEN`` (a personal access token) when set, else the sign-in kept by
``todo login`` in ``TODO_HOME/credentials.json`` (mode 0600, set again on every write). The
access token is reused until it expires and then refreshed under a file lock, so concurrent
commands never replay a refresh token (which would end the sign-in). Sending credentials to a
plain ``http://`` server that is not this machine prints a warning.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import httpx
from pydantic import BaseModel

from todo.config import is_loopback
from todo.domain.conversations import ChatReply
from todo.domain.tags import TagSummary
from todo.domain.task_query import TaskQuery
from todo.domain.tasks import TaskPage, TaskPublic
from todo.domain.tokens import (
    PersonalAccessTokenCreate,
    PersonalAccessTokenCreated,
    PersonalAccessTokenPublic,
)
from todo.entrypoints.cli.remote_projects import ProjectRequests
from todo.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    PreconditionFailed,
    RateLimited,
    ServerUnreachable,
    TodoError,
    Unauthorized,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

Model = TypeVar("Model", bound=BaseModel)

_ERRORS: dict[int, type[TodoError]] = {
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    412: PreconditionFailed,
    422: Invalid,
}
_ROUTES = {"complete": "complete", "reopen": "reopen", "restore": "restore"}
_MARGIN = timedelta(seconds=30)
#: How long a chat turn may take on the server (an LLM engine can be slow), in seconds.
CHAT_TIMEOUT = 180.0


class CredentialStore:
    """Sign-ins per server, in ``home/credentials.json`` (mode 0600, in a directory of mode 0700),
    locked while in use."""

    def __init__(self, home: Path) -> None:
        self.path = Path(home).expanduser() / "credentials.json"

    @contextmanager
    def locked(self) -> Iterator[dict[str, Any]]:
        """Yield the stored sign-ins under an exclusive lock; changes are saved on exit."""
        if not self.path.parent.is_dir():
            self.path.parent.mkdir(parents=True, mode=0o700)
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        # A file made by hand or by an older version may be readable by others: not any more.
        os.fchmod(descriptor, 0o600)
        with os.fdopen(descriptor, "r+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            text = handle.read()
            data: dict[str, Any] = json.loads(text) if text.strip() else {}
            before = json.dumps(data, sort_keys=True)
            yield data
            if json.dumps(data, sort_keys=True) != before:
                handle.seek(0)
                handle.truncate()
                handle.write(json.dumps(data, indent=2))


def server_key(url: str) -> str:
    """Return the form a server URL is stored under."""
    return url.rstrip("/")


_WARNED: set[str] = set()


def warn_if_unencrypted(url: str) -> None:
    """Warn (once per server) on stderr that credentials go to ``url`` unencrypted, when it is
    plain ``http://`` and not this machine."""
    parts = urlsplit(url)
    if parts.scheme != "http" or is_loopback(parts.hostname or "") or url in _WARNED:
        return
    _WARNED.add(url)
    print(
        f"Warning: {url} is not https: your password and tokens travel unencrypted and "
        "anyone on the way can read them.",
        file=sys.stderr,
    )


class RemoteBackend(ProjectRequests):
    """Calls a server's REST API as the signed-in user (projects, members and comments as
    :class:`ProjectRequests` does)."""

    def __init__(self, server: str, *, store: CredentialStore, token: str | None) -> None:
        self.server = server_key(server)
        self._store = store
        self._personal_token = token
        self._http = httpx.AsyncClient(base_url=self.server, timeout=30.0)
        self.timezone = ZoneInfo("UTC")
        self.user_id = ""

    def now(self) -> datetime:
        """Return the machine's time (UTC)."""
        return datetime.now(UTC)

    async def open(self) -> RemoteBackend:
        """Check the credential and learn the user's time zone."""
        me = await self._call("GET", "/api/v1/users/me")
        self.timezone = ZoneInfo(str(me.get("timezone", "UTC")))
        self.user_id = str(me.get("id", ""))
        return self

    async def aclose(self) -> None:
        """Close the connection."""
        await self._http.aclose()

    async def add(self, text: str, overrides: dict[str, Any]) -> TaskPublic:
        """Create a task from quick-add text and overriding fields."""
        body = {"text": text, **overrides}
        return _from_json(TaskPublic, await self._call("POST", "/api/v1/tasks/quick", body))

    async def edit(self, task_id: int, text: str | None, overrides: dict[str, Any]) -> TaskPublic:
        """Change a task with quick-add text and fields."""
        body = {**({"text": text} if text is not None else {}), **overrides}
        path = f"/api/v1/tasks/{task_id}/quick"
        return _from_json(TaskPublic, await self._call("PATCH", path, body))

    async def get(self, task_id: int) -> TaskPublic:
        """Return one task."""
        return _from_json(TaskPublic, await self._call("GET", f"/api/v1/tasks/{task_id}"))

    async def gather(self, query: TaskQuery, cap: int | None) -> TaskPage:
        """Return the tasks ``query`` finds, up to ``cap`` (``None``: all), page after page of
        ``query.limit`` tasks (the server's list is paged)."""
        found: list[TaskPublic] = []
        cursor: str | None = None
        while True:
            size = query.limit if cap is None else min(query.limit, cap - len(found))
            page = await self.page(replace(query, limit=size, cursor=cursor))
            found += page.items
            cursor = page.next_cursor
            if cursor is None or (cap is not None and len(found) >= cap):
                return TaskPage(items=found, next_cursor=cursor)

    async def page(self, query: TaskQuery) -> TaskPage:
        """Return one page of tasks."""
        params: list[tuple[str, str]] = [
            ("status", query.status.value),
            ("sort", query.sort.value),
            ("limit", str(query.limit)),
            ("overdue", str(query.overdue).lower()),
            ("deleted", str(query.deleted).lower()),
        ]
        params += [("priority", priority.value) for priority in query.priorities]
        params += [("tag", tag) for tag in query.tags]
        for name, value in (
            ("q", query.text),
            ("order", query.order.value if query.order else None),
            ("due", query.due.value if query.due else None),
            ("cursor", query.cursor),
            ("due_after", _when(query.due_after)),
            ("due_before", _when(query.due_before)),
            ("project_id", _number(query.project_id)),
            ("archived", "true" if query.archived else None),
            ("parent_id", "none" if query.top_level else _number(query.parent_id)),
            ("assignee", query.assignee),
        ):
            if value is not None:
                params.append((name, value))
        return _from_json(TaskPage, await self._call("GET", "/api/v1/tasks", params=params))

    async def lifecycle(self, verb: str, task_id: int) -> TaskPublic:
        """Complete, reopen, delete or restore a task."""
        if verb == "delete":
            await self._call("DELETE", f"/api/v1/tasks/{task_id}")
            return await self.get(task_id)
        path = f"/api/v1/tasks/{task_id}/{_ROUTES[verb]}"
        return _from_json(TaskPublic, await self._call("POST", path))

    async def tags(self) -> list[TagSummary]:
        """Return the tags with counts."""
        return [TagSummary.model_validate(t) for t in await self._call("GET", "/api/v1/tags")]

    async def rename_tag(self, name: str, new_name: str) -> TagSummary:
        """Rename (or merge) a tag."""
        path = f"/api/v1/tags/{httpx.URL(path=name.removeprefix('#')).raw_path.decode()}"
        return TagSummary.model_validate(await self._call("PATCH", path, {"name": new_name}))

    async def delete_tag(self, name: str) -> None:
        """Remove a tag everywhere."""
        path = f"/api/v1/tags/{httpx.URL(path=name.removeprefix('#')).raw_path.decode()}"
        await self._call("DELETE", path)

    async def create_token(self, data: PersonalAccessTokenCreate) -> PersonalAccessTokenCreated:
        """Create a personal access token."""
        body = data.model_dump(mode="json")
        return PersonalAccessTokenCreated.model_validate(
            await self._call("POST", "/api/v1/tokens", body)
        )

    async def list_tokens(self) -> list[PersonalAccessTokenPublic]:
        """List personal access tokens."""
        listed = await self._call("GET", "/api/v1/tokens")
        return [PersonalAccessTokenPublic.model_validate(item) for item in listed]

    async def revoke_token(self, token_id: int) -> None:
        """Revoke a personal access token."""
        await self._call("DELETE", f"/api/v1/tokens/{token_id}")

    async def chat(self, message: str, conversation_id: int | None) -> ChatReply:
        """Say ``message`` to the server's assistant (a model may take a while to answer)."""
        body: dict[str, Any] = {"message": message}
        if conversation_id is not None:
            body["conversation_id"] = conversation_id
        answer = await self._call("POST", "/api/v1/chat", body, patience=CHAT_TIMEOUT)
        return ChatReply.model_validate(answer)

    async def _call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        *,
        params: list[tuple[str, str]] | None = None,
        patience: float | None = None,
    ) -> Any:
        token = await self._access_token()
        try:
            response = await self._http.request(
                method,
                path,
                json=body,
                params=httpx.QueryParams(tuple(params)) if params else None,
                headers={"Authorization": f"Bearer {token}"},
                timeout=patience if patience is not None else httpx.USE_CLIENT_DEFAULT,
            )
        except httpx.HTTPError as exc:
            raise ServerUnreachable(
                f"Could not reach the server at {self.server} ({exc})."
            ) from exc
        return result_of(response)

    async def _access_token(self) -> str:
        warn_if_unencrypted(self.server)
        if self._personal_token:
            return self._personal_token
        with self._store.locked() as stored:
            sign_in = stored.get(self.server)
            if not sign_in:
                raise Unauthorized(f"Not signed in to {self.server}; run `todo login` first.")
            expires = datetime.fromisoformat(sign_in["access_expires_at"])
            if expires - _MARGIN > self.now():
                return str(sign_in["access_token"])
            try:
                response = await self._http.post(
                    "/api/v1/auth/refresh", json={"refresh_token": sign_in["refresh_token"]}
                )
            except httpx.HTTPError as exc:
                raise ServerUnreachable(
                    f"Could not reach the server at {self.server} ({exc})."
                ) from exc
            if response.status_code == 401:
                del stored[self.server]
            pair = result_of(response)
            remember(stored, self.server, pair, email=sign_in.get("email"), now=self.now())
            return str(pair["access_token"])


def remember(
    stored: dict[str, Any], server: str, pair: dict[str, Any], *, email: str | None, now: datetime
) -> None:
    """Keep a token pair for ``server`` in the credential store."""
    stored[server] = {
        "email": email,
        "access_token": pair["access_token"],
        "refresh_token": pair["refresh_token"],
        "access_expires_at": (now + timedelta(seconds=int(pair["expires_in"]))).isoformat(),
    }


def result_of(response: httpx.Response) -> Any:
    """Return a response's JSON, or raise the error its problem+json body describes."""
    if response.status_code == 204:
        return None
    if response.is_success:
        return response.json()
    try:
        problem = response.json()
        detail = str(problem.get("detail") or problem.get("title"))
    except ValueError:
        detail = f"The server answered {response.status_code} {response.reason_phrase}."
    if response.status_code == 429:
        raise RateLimited(detail, retry_after=int(response.headers.get("Retry-After", "1")))
    raise _ERRORS.get(response.status_code, TodoError)(detail)


def _from_json(model: type[Model], data: Any) -> Model:
    """Return ``data`` (decoded JSON) validated as JSON is: an all-day due date stays a date,
    where pydantic would read ``"2026-12-01"`` in a Python object as midnight, a time."""
    return model.model_validate_json(json.dumps(data))


def _number(value: int | None) -> str | None:
    return None if value is None else str(value)


def _when(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, datetime) else str(value)
