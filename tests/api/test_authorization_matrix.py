"""Every route of /api/v1 against every way a request can lack the right to it.

Each refused request must get its status (401 with ``WWW-Authenticate``, 403 or 404) as
problem+json, and must change nothing: the database rows of both users (tasks and their
versions, tags, tokens, sessions, events, accounts) and every table's row count are compared
before and after it.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from sqlalchemy import Table, select

from todo.adapters.clock import FixedClock
from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.notifications import Notification
from todo.domain.projects import ProjectMember
from todo.domain.scopes import Scope
from todo.entrypoints.server import create_app
from todo.services import oauth
from todo.services.oauth import AuthorizationRequest

from .conftest import Account, api_settings
from .helpers import (
    Server,
    add_user,
    bearer,
    database_state,
    headers_of,
    problem,
    serve,
    unauthorized,
)

pytestmark = pytest.mark.anyio

READ, WRITE, CHAT = Scope.TASKS_READ, Scope.TASKS_WRITE, Scope.CHAT
PROJECTS = Scope.PROJECTS_WRITE
PUBLIC = {
    ("GET", "/api/v1/auth/registration"),
    ("POST", "/api/v1/auth/register"),
    ("POST", "/api/v1/auth/token"),
    ("POST", "/api/v1/auth/refresh"),
    ("POST", "/api/v1/auth/logout"),
}


@dataclass(frozen=True)
class Route:
    """One protected route, with a request that would change something if it were allowed."""

    method: str
    template: str
    body: dict[str, Any] | None = None
    scope: Scope | None = None  # the scope a credential needs for it
    owned: bool = False  # it names one of the caller's own things
    admin: bool = False  # admins only
    task: str = "open"  # which of the owner's tasks a task route addresses
    scope_unchecked: bool = False  # checked by its own test below (it once was not checked)
    session: bool = False  # no personal access token, whatever its scopes
    project: str = "shared"  # which of the owner's projects a project route addresses

    def path(self, world: World) -> str:
        return self.template.format(
            project_id=world.projects[self.project],
            member=world.team["target"].id,
            task_id=world.tasks[self.task],
            token_id=world.token_id,
            name="home",
            user_id=world.bob.id,
            conversation_id=world.conversation_id,
            notification_id=world.notification_id,
            letter_id=1,
            invitation_id=world.invitation_id,
            authorization_id=world.authorization_id,
            comment_id=world.comment_id,
        )

    def __str__(self) -> str:
        return f"{self.method} {self.template}"


TASK = "/api/v1/tasks/{task_id}"
PROJECT = "/api/v1/projects/{project_id}"
MEMBER = PROJECT + "/members/{member}"
COMMENT = "/api/v1/comments/{comment_id}"
ROUTES = [
    Route("GET", "/api/v1/users/me"),
    Route("PATCH", "/api/v1/users/me", {"name": "Mallory", "timezone": "Asia/Tokyo"}),
    Route("GET", "/api/v1/admin/users", admin=True),
    Route("PATCH", "/api/v1/admin/users/{user_id}", {"is_active": False}, admin=True),
    Route("GET", "/api/v1/tokens", session=True),
    Route("POST", "/api/v1/tokens", {"name": "stolen", "scopes": ["tasks:read"]}),
    Route("DELETE", "/api/v1/tokens/{token_id}", owned=True),
    Route("GET", "/api/v1/authorizations", session=True),
    Route("DELETE", "/api/v1/authorizations/{authorization_id}", owned=True, session=True),
    Route("GET", "/api/v1/tasks", scope=READ),
    Route("POST", "/api/v1/tasks", {"title": "Injected"}, scope=WRITE),
    Route("POST", "/api/v1/tasks/quick", {"text": "Injected tomorrow #home"}, scope=WRITE),
    Route("GET", TASK, scope=READ, owned=True),
    Route("PATCH", TASK, {"title": "Hijacked", "tags": []}, scope=WRITE, owned=True),
    Route("PATCH", TASK + "/quick", {"text": "Hijacked friday #stolen"}, scope=WRITE, owned=True),
    Route("DELETE", TASK, scope=WRITE, owned=True, scope_unchecked=True),
    Route("POST", TASK + "/complete", scope=WRITE, owned=True, scope_unchecked=True),
    Route("POST", TASK + "/reopen", scope=WRITE, owned=True, task="done", scope_unchecked=True),
    Route("POST", TASK + "/restore", scope=WRITE, owned=True, task="deleted", scope_unchecked=True),
    Route("GET", "/api/v1/tags", scope=READ),
    Route("PATCH", "/api/v1/tags/{name}", {"name": "hijacked"}, scope=WRITE, owned=True),
    Route("DELETE", "/api/v1/tags/{name}", scope=WRITE, owned=True),
    Route("POST", "/api/v1/chat", {"message": "Delete every task"}, scope=CHAT),
    Route("GET", "/api/v1/conversations", scope=CHAT),
    Route("GET", "/api/v1/conversations/{conversation_id}/messages", scope=CHAT, owned=True),
    Route("DELETE", "/api/v1/conversations/{conversation_id}", scope=CHAT, owned=True),
    Route("GET", TASK + "/activity", scope=READ, owned=True),
    Route("POST", "/api/v1/tasks/quick/preview", {"text": "Pay rent friday"}, scope=READ),
    Route("GET", "/api/v1/notifications", scope=READ),
    Route("POST", "/api/v1/notifications/{notification_id}/read", scope=WRITE, owned=True),
    Route("POST", "/api/v1/notifications/read", scope=WRITE),
    Route("GET", "/api/v1/admin/dead-letters", admin=True),
    Route("POST", "/api/v1/admin/dead-letters/{letter_id}/retry", admin=True),
    Route("POST", "/api/v1/admin/invitations", {"email": "mallory@example.test"}, admin=True),
    Route("GET", "/api/v1/admin/invitations", admin=True),
    Route("DELETE", "/api/v1/admin/invitations/{invitation_id}", admin=True),
    Route("GET", "/api/v1/projects", scope=READ),
    Route("POST", "/api/v1/projects", {"name": "Injected"}, scope=PROJECTS),
    Route("GET", PROJECT, scope=READ, owned=True),
    Route("PATCH", PROJECT, {"name": "Hijacked", "archived": True}, scope=PROJECTS, owned=True),
    Route("DELETE", PROJECT, scope=PROJECTS, owned=True),
    Route("POST", PROJECT + "/restore", scope=PROJECTS, owned=True, project="bin"),
    Route("GET", PROJECT + "/members", scope=READ, owned=True),
    Route(
        "POST",
        PROJECT + "/members",
        {"email": "mallory@example.test", "role": "admin"},
        scope=PROJECTS,
        owned=True,
    ),
    Route("PATCH", MEMBER, {"role": "admin"}, scope=PROJECTS, owned=True),
    Route("DELETE", MEMBER, scope=PROJECTS, owned=True),
    Route("GET", TASK + "/comments", scope=READ, owned=True),
    Route("POST", TASK + "/comments", {"text": "Injected"}, scope=WRITE, owned=True),
    Route("PATCH", COMMENT, {"text": "Hijacked"}, scope=WRITE, owned=True),
    Route("DELETE", COMMENT, scope=WRITE, owned=True),
]

#: Who asks, in a project of Alice's: Bob (no member), her members by role, Alice, and two
#: personal tokens of hers, with and without ``projects:write`` (``tasks:read`` in both).
WHO = ("non-member", "viewer", "editor", "admin", "owner", "projects token", "tasks token")
#: What each of them is answered on each project route (in the order of :data:`WHO`). The
#: restore route addresses a deleted project, which only its owner still finds.
PROJECT_MATRIX: dict[str, tuple[int, ...]] = {
    "GET /api/v1/projects": (200, 200, 200, 200, 200, 200, 200),
    "POST /api/v1/projects": (201, 201, 201, 201, 201, 201, 403),
    f"GET {PROJECT}": (404, 200, 200, 200, 200, 200, 200),
    f"GET {PROJECT}/members": (404, 200, 200, 200, 200, 200, 200),
    f"POST {PROJECT}/members": (404, 403, 403, 201, 201, 201, 403),
    f"PATCH {MEMBER}": (404, 403, 403, 200, 200, 200, 403),
    f"DELETE {MEMBER}": (404, 403, 403, 204, 204, 204, 403),
    f"PATCH {PROJECT}": (404, 403, 403, 200, 200, 200, 403),
    f"DELETE {PROJECT}": (404, 403, 403, 403, 204, 204, 403),
    f"POST {PROJECT}/restore": (404, 404, 404, 404, 200, 200, 403),
}


@dataclass
class World:
    """Alice with an open, a done and a deleted task, a tag and two narrow tokens; and Bob."""

    server: Server
    clock: FixedClock
    alice: Account
    bob: Account
    tasks: dict[str, int] = field(default_factory=dict)
    token_id: int = 0
    conversation_id: int = 0
    notification_id: int = 0
    invitation_id: int = 0
    comment_id: int = 0
    authorization_id: str = ""
    read_only: dict[str, str] = field(default_factory=dict)
    chat_only: dict[str, str] = field(default_factory=dict)
    team: dict[str, Account] = field(default_factory=dict)
    projects: dict[str, int] = field(default_factory=dict)
    project_tokens: dict[str, dict[str, str]] = field(default_factory=dict)
    baseline: dict[str, object] | None = None

    async def state(self) -> dict[str, object]:
        """The rows of Alice, Bob and Alice's project members, and every member row and
        invitation of Alice's projects."""
        people = [self.alice.id, self.bob.id, *(account.id for account in self.team.values())]
        state = await database_state(self.server.app, people)
        members: Table = ProjectMember.__table__  # type: ignore[attr-defined]
        async with self.server.app.engine.connect() as connection:
            rows = await connection.execute(
                select(members)
                .where(members.c.project_id.in_(list(self.projects.values())))
                .order_by(members.c.id)
            )
            state["members of Alice's projects"] = [tuple(row) for row in rows]
        return state

    def headers(self, who: str) -> dict[str, str]:
        """Return the headers of one of :data:`WHO`."""
        if who == "non-member":
            return self.bob.headers
        if who == "owner":
            return self.alice.headers
        if who in self.project_tokens:
            return self.project_tokens[who]
        return self.team[who].headers

    async def send(self, route: Route, headers: dict[str, str] | None) -> httpx.Response:
        return await self.server.http.request(
            route.method, route.path(self), json=route.body, headers=headers
        )

    async def refused(
        self, route: Route, headers: dict[str, str] | None, status: int
    ) -> dict[str, Any]:
        """Send ``route`` with ``headers``; assert ``status`` and that nothing changed."""
        if self.baseline is None:
            self.baseline = await self.state()
        response = await self.send(route, headers)
        body = unauthorized(response) if status == 401 else problem(response, status)
        assert await self.state() == self.baseline, f"{route} changed something"
        return body


@pytest.fixture
async def world(database_url: str, clock: FixedClock, tmp_path: Path) -> AsyncIterator[World]:
    async with serve(api_settings(database_url, tmp_path), clock) as server:
        app, http = server.app, server.http
        alice = await add_user(app, timezone="Europe/Berlin")
        bob = await add_user(app)
        world = World(server=server, clock=clock, alice=alice, bob=bob)
        for kind in ("open", "done", "deleted"):
            created = await http.post(
                "/api/v1/tasks",
                json={"title": f"Alice's {kind} task", "tags": ["home"]},
                headers=alice.headers,
            )
            assert created.status_code == 201, created.text
            world.tasks[kind] = created.json()["id"]
        done = await http.post(
            f"/api/v1/tasks/{world.tasks['done']}/complete", headers=alice.headers
        )
        assert done.status_code == 200
        deleted = await http.delete(
            f"/api/v1/tasks/{world.tasks['deleted']}", headers=alice.headers
        )
        assert deleted.status_code == 204
        bobs = await http.post(
            "/api/v1/tasks", json={"title": "Bob's task", "tags": ["work"]}, headers=bob.headers
        )
        assert bobs.status_code == 201
        said = await http.post(
            "/api/v1/chat", json={"message": "What's pending?"}, headers=alice.headers
        )
        assert said.status_code == 200, said.text
        world.conversation_id = said.json()["conversation_id"]
        world.notification_id = await _notify(app, alice)
        world.authorization_id = await _connect(app, alice)
        admin = await add_user(app, role="admin")
        invited = await http.post(
            "/api/v1/admin/invitations", json={"expires_in_days": 3}, headers=admin.headers
        )
        assert invited.status_code == 201, invited.text
        world.invitation_id = invited.json()["id"]
        for scope, attribute in (("tasks:read", "read_only"), ("chat", "chat_only")):
            created = await http.post(
                "/api/v1/tokens", json={"name": scope, "scopes": [scope]}, headers=alice.headers
            )
            assert created.status_code == 201, created.text
            headers = bearer(created.json()["token"])
            setattr(world, attribute, headers)
            # Use it once now, so that its last use is already recorded before the checks.
            assert (await http.get("/api/v1/users/me", headers=headers)).status_code == 200
            world.token_id = created.json()["id"]
        await _share_projects(world)
        yield world


async def _share_projects(world: World) -> None:
    """Give Alice a project shared with a viewer, an editor, an admin and one more viewer (the
    member the member routes address), an invitation still waiting, a deleted project shared
    alike, and two personal tokens for project routes."""
    app, http, alice = world.server.app, world.server.http, world.alice
    for role in ("viewer", "editor", "admin", "target"):
        world.team[role] = await add_user(app)
    for name in ("shared", "bin"):
        created = await http.post("/api/v1/projects", json={"name": name}, headers=alice.headers)
        assert created.status_code == 201, created.text
        world.projects[name] = project_id = created.json()["id"]
        for role, account in world.team.items():
            added = await http.post(
                f"/api/v1/projects/{project_id}/members",
                json={"email": account.email, "role": "viewer" if role == "target" else role},
                headers=alice.headers,
            )
            assert added.status_code == 201, added.text
    invited = await http.post(
        f"/api/v1/projects/{world.projects['shared']}/members",
        json={"email": "pending@example.test"},
        headers=alice.headers,
    )
    assert invited.status_code == 201, invited.text
    await _shared_tasks(world)
    deleted = await http.delete(f"/api/v1/projects/{world.projects['bin']}", headers=alice.headers)
    assert deleted.status_code == 204
    for who, scopes in (
        ("projects token", ["tasks:read", "projects:write"]),
        ("tasks token", ["tasks:read", "tasks:write"]),
    ):
        created = await http.post(
            "/api/v1/tokens", json={"name": who, "scopes": scopes}, headers=alice.headers
        )
        assert created.status_code == 201, created.text
        headers = bearer(created.json()["token"])
        assert (await http.get("/api/v1/users/me", headers=headers)).status_code == 200
        world.project_tokens[who] = headers


async def _shared_tasks(world: World) -> None:
    """Give Alice's shared project an open, a done and a deleted task of hers."""
    http, alice = world.server.http, world.alice
    for kind in ("open", "done", "deleted"):
        created = await http.post(
            "/api/v1/tasks",
            json={"title": f"Shared {kind} task", "project_id": world.projects["shared"]},
            headers=alice.headers,
        )
        assert created.status_code == 201, created.text
        world.tasks[f"shared {kind}"] = task_id = created.json()["id"]
        if kind == "done":
            done = await http.post(f"/api/v1/tasks/{task_id}/complete", headers=alice.headers)
            assert done.status_code == 200, done.text
        elif kind == "deleted":
            gone = await http.delete(f"/api/v1/tasks/{task_id}", headers=alice.headers)
            assert gone.status_code == 204, gone.text
    said = await http.post(
        f"/api/v1/tasks/{world.tasks['shared open']}/comments",
        json={"text": "Alice's comment"},
        headers=alice.headers,
    )
    assert said.status_code == 201, said.text
    world.comment_id = said.json()["id"]


async def _connect(app: App, who: Account) -> str:
    """Connect an application to ``who``'s account (as its consent would) and return its id."""
    resource, redirect = "http://127.0.0.1:8000/mcp", "https://assistant.example/callback"
    client = await oauth.register_client(
        app.uow(), name="Assistant", redirect_uris=[redirect], registration={}
    )
    asked = AuthorizationRequest(client.client_id, redirect, ("tasks:read",), "A" * 43, resource)
    owner = Actor(user_id=who.id)
    await oauth.approve(app.uow(), actor=owner, request=asked, resource=resource)
    [connected] = await oauth.authorizations(app.uow(), actor=owner)
    return connected.id


async def _notify(app: App, who: Account) -> int:
    """Give ``who`` a notification (as a reminder coming due would) and return its id."""
    uow = app.uow()
    async with uow:
        note = Notification(
            user_id=who.id,
            kind="reminder",
            title="Reminder: Alice's open task",
            event_id=str(uuid.uuid4()),
            created_at=app.clock.now(),
        )
        uow.session.add(note)
        await uow.commit()
    assert note.id is not None
    return note.id


def test_the_matrix_covers_every_route(tmp_path: Path) -> None:
    api = create_app(api_settings(f"sqlite+aiosqlite:///{tmp_path}/unused.db", tmp_path))
    served = {
        (method.upper(), path)
        for path, operations in api.openapi()["paths"].items()
        if path.startswith("/api/v1/")
        for method in operations
    }
    assert served == PUBLIC | {(route.method, route.template) for route in ROUTES}


async def test_public_routes_need_no_token(world: World) -> None:
    http = world.server.http
    for method, path in sorted(PUBLIC):
        if method == "GET":
            assert (await http.get(path)).status_code == 200, path
            continue
        response = await http.post(path, json={})
        assert problem(response, 422)["errors"], path  # checked, where a token is not asked for
    logout = await http.post("/api/v1/auth/logout", json={"refresh_token": "unknown"})
    assert logout.status_code == 204


async def test_no_token(world: World) -> None:
    for route in ROUTES:
        body = await world.refused(route, None, 401)
        assert body["title"] == "Unauthorized"
        not_bearer = {"Authorization": "Basic YWxpY2U6c2VjcmV0"}
        await world.refused(route, not_bearer, 401)
        await world.refused(route, {"Authorization": "Bearer "}, 401)


def _segments(token: str) -> list[str]:
    return token.split(".")


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _forgeries(world: World) -> dict[str, str]:
    """Tokens that claim to be Alice (an admin, even) without the server's key."""
    genuine = world.alice.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(genuine, options={"verify_signature": False})
    header, payload, signature = _segments(genuine)
    as_admin = _b64({**claims, "role": "admin"})
    return {
        "another key": jwt.encode(claims, "another-key-that-is-long-enough-for-hs256!", "HS256"),
        "payload changed": f"{header}.{as_admin}.{signature}",
        "signature cut": f"{header}.{payload}.",
        "alg none": f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{payload}.",
        "not a jwt": "not-a-token",
        "unknown personal token": "todo_pat_" + "A" * 43,
    }


async def test_bad_signature(world: World) -> None:
    for name, token in _forgeries(world).items():
        for route in ROUTES:
            body = await world.refused(route, bearer(token), 401)
            assert token not in json.dumps(body), name


async def test_expired_access_token(world: World) -> None:
    me = world.server.http
    world.clock.advance(timedelta(minutes=14, seconds=59))
    assert (await me.get("/api/v1/users/me", headers=world.alice.headers)).status_code == 200
    world.clock.advance(timedelta(seconds=2))
    for route in ROUTES:
        body = await world.refused(route, world.alice.headers, 401)
        assert "expired" in body["detail"]
    fresh = headers_of(world.server.app, world.alice)
    assert (await me.get("/api/v1/users/me", headers=fresh)).status_code == 200


async def test_another_users_things_are_not_found(world: World) -> None:
    owned = [route for route in ROUTES if route.owned]
    assert len(owned) == 27
    for route in owned:
        body = await world.refused(route, world.bob.headers, 404)
        assert "Alice" not in body["detail"]


async def test_lists_show_only_ones_own(world: World) -> None:
    http, bob = world.server.http, world.bob
    tasks = (await http.get("/api/v1/tasks", headers=bob.headers)).json()["items"]
    assert [task["title"] for task in tasks] == ["Bob's task"]
    deleted = await http.get("/api/v1/tasks", params={"deleted": True}, headers=bob.headers)
    assert deleted.json()["items"] == []
    tags = (await http.get("/api/v1/tags", headers=bob.headers)).json()
    assert [tag["name"] for tag in tags] == ["work"]
    assert (await http.get("/api/v1/tokens", headers=bob.headers)).json() == []
    projects = await http.get("/api/v1/projects", params={"archived": True}, headers=bob.headers)
    assert [project["name"] for project in projects.json()] == ["Inbox"]
    me = (await http.get("/api/v1/users/me", headers=bob.headers)).json()
    assert (me["id"], me["email"]) == (bob.id, bob.email)


async def test_missing_scope(world: World) -> None:
    scoped = [route for route in ROUTES if route.scope and not route.scope_unchecked]
    assert len(scoped) == 32
    for route in scoped:
        headers = world.chat_only if route.scope is READ else world.read_only
        body = await world.refused(route, headers, 403)
        assert route.scope.value in body["detail"]


async def test_missing_scope_on_task_transitions(world: World) -> None:
    transitions = [route for route in ROUTES if route.scope_unchecked]
    assert len(transitions) == 4
    for route in transitions:
        await world.refused(route, world.read_only, 403)


async def test_non_admin_on_admin_routes(world: World) -> None:
    admin_routes = [route for route in ROUTES if route.admin]
    assert len(admin_routes) == 7
    for route in admin_routes:
        for headers in (world.alice.headers, world.read_only):
            body = await world.refused(route, headers, 403)
            assert "admin" in body["detail"] or "personal access token" in body["detail"]


async def test_personal_tokens_on_routes_for_sessions_only(world: World) -> None:
    """Listing tokens needs a session: a token with every scope still cannot see its siblings."""
    session_only = [route for route in ROUTES if route.session]
    assert session_only
    for route in session_only:
        for headers in (world.read_only, world.chat_only):
            body = await world.refused(route, headers, 403)
            assert "personal access token" in body["detail"]


def _project_route(cell: str) -> Route:
    [route] = [route for route in ROUTES if str(route) == cell]
    return route


def test_the_project_matrix_covers_every_project_route() -> None:
    routes = {str(route) for route in ROUTES if route.template.startswith("/api/v1/projects")}
    assert set(PROJECT_MATRIX) == routes
    assert all(len(answers) == len(WHO) for answers in PROJECT_MATRIX.values())


async def test_project_routes_refuse_by_role_and_scope(world: World) -> None:
    """Every refused cell of :data:`PROJECT_MATRIX`: its status, a sentence saying why, and
    nothing changed."""
    refused = 0
    for cell, answers in PROJECT_MATRIX.items():
        route = _project_route(cell)
        for who, status in zip(WHO, answers, strict=True):
            if status < 400:
                continue
            refused += 1
            body = await world.refused(route, world.headers(who), status)
            detail = body["detail"]
            if status == 404:
                project_id = world.projects[route.project]
                assert detail == f"Project {project_id} was not found.", (cell, who)
            elif who == "tasks token":
                assert "projects:write" in detail, (cell, who)
            else:
                assert "role" in detail or "Only the owner" in detail, (cell, who, detail)
    assert refused == 29


@pytest.mark.parametrize("who", WHO)
async def test_project_routes_allow_by_role_and_scope(world: World, who: str) -> None:
    """Every allowed cell of :data:`PROJECT_MATRIX` for ``who``, in the order of the matrix
    (each write allowed does change something; each read changes nothing)."""
    for cell, answers in PROJECT_MATRIX.items():
        status = answers[WHO.index(who)]
        if status >= 400:
            continue
        route = _project_route(cell)
        before = await world.state()
        response = await world.send(route, world.headers(who))
        assert response.status_code == status, (cell, who, response.text)
        changed = await world.state() != before
        assert changed == (route.method != "GET"), (cell, who)


#: What each of :data:`WHO` is answered on the task routes for the tasks of Alice's shared
#: project: members read, editors and up change; the token without ``tasks:write`` changes
#: nothing; a non-member finds nothing.
SHARED_TASK_MATRIX: dict[str, tuple[int, ...]] = {
    f"GET {TASK}": (404, 200, 200, 200, 200, 200, 200),
    f"GET {TASK}/activity": (404, 200, 200, 200, 200, 200, 200),
    f"PATCH {TASK}": (404, 403, 200, 200, 200, 403, 200),
    f"PATCH {TASK}/quick": (404, 403, 200, 200, 200, 403, 200),
    f"POST {TASK}/complete": (404, 403, 200, 200, 200, 403, 200),
    f"POST {TASK}/reopen": (404, 403, 200, 200, 200, 403, 200),
    f"POST {TASK}/restore": (404, 403, 200, 200, 200, 403, 200),
    f"GET {TASK}/comments": (404, 200, 200, 200, 200, 200, 200),
    f"POST {TASK}/comments": (404, 403, 201, 201, 201, 403, 201),
    # Alice's comment: only she changes it, whatever the others' roles.
    f"PATCH {COMMENT}": (404, 403, 403, 403, 200, 403, 200),
    f"DELETE {COMMENT}": (404, 403, 403, 403, 204, 403, 204),
    f"DELETE {TASK}": (404, 403, 204, 204, 204, 403, 204),
    "GET /api/v1/tasks?project_id": (404, 200, 200, 200, 200, 200, 200),
    "POST /api/v1/tasks {project_id}": (404, 403, 201, 201, 201, 403, 201),
}


def _shared_task_route(cell: str, world: World) -> Route:
    """Return the request of ``cell`` for a task of Alice's shared project."""
    shared = world.projects["shared"]
    if cell == "GET /api/v1/tasks?project_id":
        return Route("GET", f"/api/v1/tasks?project_id={shared}")
    if cell == "POST /api/v1/tasks {project_id}":
        return Route("POST", "/api/v1/tasks", {"title": "Injected", "project_id": shared})
    [route] = [route for route in ROUTES if str(route) == cell]
    return replace(route, task=f"shared {route.task}")


async def test_shared_task_routes_refuse_by_role_and_scope(world: World) -> None:
    """Every refused cell of :data:`SHARED_TASK_MATRIX`: its status, a sentence saying why,
    and nothing changed."""
    refused = 0
    for cell, answers in SHARED_TASK_MATRIX.items():
        route = _shared_task_route(cell, world)
        for who, status in zip(WHO, answers, strict=True):
            if status < 400:
                continue
            refused += 1
            detail = (await world.refused(route, world.headers(who), status))["detail"]
            if status == 404:
                assert "not found" in detail or "There is no task" in detail, (cell, who)
                assert "shared" not in detail, (cell, who)
            elif who == "projects token":
                assert "tasks:write" in detail, (cell, who, detail)
            elif COMMENT in cell:
                assert "Only the author of a comment" in detail, (cell, who, detail)
            else:
                assert "need the editor role in project 'shared'" in detail, (cell, who, detail)
    assert refused == 38


@pytest.mark.parametrize("who", WHO)
async def test_shared_task_routes_allow_by_role_and_scope(world: World, who: str) -> None:
    """Every allowed cell of :data:`SHARED_TASK_MATRIX` for ``who`` (each write allowed does
    change something; each read changes nothing)."""
    for cell, answers in SHARED_TASK_MATRIX.items():
        status = answers[WHO.index(who)]
        if status >= 400:
            continue
        route = _shared_task_route(cell, world)
        before = await world.state()
        response = await world.send(route, world.headers(who))
        assert response.status_code == status, (cell, who, response.text)
        changed = await world.state() != before
        assert changed == (route.method != "GET"), (cell, who)


async def test_a_member_without_the_role_may_still_leave(world: World) -> None:
    viewer = world.team["viewer"]
    url = f"/api/v1/projects/{world.projects['shared']}/members/{viewer.id}"
    left = await world.server.http.delete(url, headers=viewer.headers)
    assert left.status_code == 204
    again = await world.server.http.get(
        f"/api/v1/projects/{world.projects['shared']}", headers=viewer.headers
    )
    assert problem(again, 404)


async def test_the_state_comparison_sees_a_change(world: World) -> None:
    """The "nothing changed" check is not blind: an allowed write does change the state."""
    before = await world.state()
    read = await world.send(Route("GET", TASK), world.alice.headers)
    assert read.status_code == 200
    assert await world.state() == before
    rename = Route("PATCH", "/api/v1/users/me", {"name": "Alice A."})
    renamed = await world.send(rename, world.alice.headers)
    assert renamed.status_code == 200
    assert await world.state() != before
