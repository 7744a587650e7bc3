"""Text no database or JSON encoder can hold is refused at every door of the API, as a 422 that
names the field — never a 500 (PostgreSQL refuses NUL; a lone surrogate cannot be UTF-8)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from todo.entrypoints.api.problems import problem_response
from todo.errors import FieldProblem

from .conftest import Account
from .helpers import problem

pytestmark = pytest.mark.anyio

NUL = "a\x00b"
#: Arrives as the JSON escape ``"\ud800"``: valid JSON, yet no Unicode text.
SURROGATE = "a\ud800b"


@dataclass(frozen=True)
class Door:
    """One way text enters: a request with ``HOSTILE`` where the text goes, and the field that
    the problem must name. ``{me}`` and ``{task}`` stand for the caller's id and a task's id."""

    method: str
    path: str
    field: str
    json: Any = None
    params: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] | None = None


HOSTILE = "<hostile>"

BODY_DOORS = {
    "create title": Door("POST", "/api/v1/tasks", "title", json={"title": HOSTILE}),
    "create description": Door(
        "POST", "/api/v1/tasks", "description", json={"title": "t", "description": HOSTILE}
    ),
    "create tag": Door("POST", "/api/v1/tasks", "tags", json={"title": "t", "tags": [HOSTILE]}),
    "create due": Door("POST", "/api/v1/tasks", "due_at", json={"title": "t", "due_at": HOSTILE}),
    "create recurrence": Door(
        "POST", "/api/v1/tasks", "recurrence", json={"title": "t", "recurrence": HOSTILE}
    ),
    "update title": Door("PATCH", "/api/v1/tasks/{task}", "title", json={"title": HOSTILE}),
    "update tags": Door("PATCH", "/api/v1/tasks/{task}", "tags", json={"tags": ["x", HOSTILE]}),
    "quick text": Door("POST", "/api/v1/tasks/quick", "text", json={"text": HOSTILE}),
    "quick description": Door(
        "POST", "/api/v1/tasks/quick", "description", json={"text": "t", "description": HOSTILE}
    ),
    "quick tags": Door(
        "POST", "/api/v1/tasks/quick", "tags", json={"text": "t", "tags": [HOSTILE]}
    ),
    "quick due": Door(
        "POST", "/api/v1/tasks/quick", "due_at", json={"text": "t", "due_at": HOSTILE}
    ),
    "quick recurrence": Door(
        "POST", "/api/v1/tasks/quick", "recurrence", json={"text": "t", "recurrence": HOSTILE}
    ),
    "quick preview": Door("POST", "/api/v1/tasks/quick/preview", "text", json={"text": HOSTILE}),
    "quick edit text": Door("PATCH", "/api/v1/tasks/{task}/quick", "text", json={"text": HOSTILE}),
    "quick edit title": Door(
        "PATCH", "/api/v1/tasks/{task}/quick", "title", json={"title": HOSTILE}
    ),
    "tag rename": Door("PATCH", "/api/v1/tags/errands", "name", json={"name": HOSTILE}),
    "compat create": Door("POST", "/api/{me}/tasks", "title", json={"title": HOSTILE}),
    "compat update": Door(
        "PUT", "/api/{me}/tasks/{task}", "description", json={"description": HOSTILE}
    ),
    "compat due_date": Door(
        "POST", "/api/{me}/tasks", "due_date", json={"title": "t", "due_date": HOSTILE}
    ),
    "chat message": Door("POST", "/api/v1/chat", "message", json={"message": HOSTILE}),
    "account name": Door("PATCH", "/api/v1/users/me", "name", json={"name": HOSTILE}),
    "account timezone": Door("PATCH", "/api/v1/users/me", "timezone", json={"timezone": HOSTILE}),
    "token name": Door("POST", "/api/v1/tokens", "name", json={"name": HOSTILE}),
}

#: Doors where the text comes in the URL or a form: a surrogate cannot travel there, NUL can.
URL_DOORS = {
    "search": Door("GET", "/api/v1/tasks", "q", params={"q": HOSTILE}),
    "tag filter": Door("GET", "/api/v1/tasks", "tag", params={"tag": HOSTILE}),
    "due after": Door("GET", "/api/v1/tasks", "due_after", params={"due_after": HOSTILE}),
    "due before": Door("GET", "/api/v1/tasks", "due_before", params={"due_before": HOSTILE}),
    "task cursor": Door("GET", "/api/v1/tasks", "cursor", params={"cursor": HOSTILE}),
    "tag path rename": Door("PATCH", f"/api/v1/tags/{HOSTILE}", "name", json={"name": "x"}),
    "tag path delete": Door("DELETE", f"/api/v1/tags/{HOSTILE}", "name"),
    "compat user id": Door("GET", f"/api/{HOSTILE}/tasks", "user_id"),
    "activity cursor": Door(
        "GET", "/api/v1/tasks/{task}/activity", "cursor", params={"cursor": HOSTILE}
    ),
    "conversation cursor": Door(
        "GET", "/api/v1/conversations", "cursor", params={"cursor": HOSTILE}
    ),
    "notification cursor": Door(
        "GET", "/api/v1/notifications", "cursor", params={"cursor": HOSTILE}
    ),
    "sign-in e-mail": Door(
        "POST", "/api/v1/auth/token", "username", form={"username": HOSTILE, "password": "pw"}
    ),
    "sign-in password": Door(
        "POST",
        "/api/v1/auth/token",
        "password",
        form={"username": "nobody@example.test", "password": HOSTILE},
    ),
}


def _fill(value: Any, text: str) -> Any:
    if value == HOSTILE:
        return text
    if isinstance(value, dict):
        return {key: _fill(item, text) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill(item, text) for item in value]
    return value


async def _send(client: httpx.AsyncClient, alice: Account, door: Door, text: str) -> httpx.Response:
    created = await client.post("/api/v1/tasks", json={"title": "Existing"}, headers=alice.headers)
    path = door.path.replace("{me}", alice.id).replace("{task}", str(created.json()["id"]))
    path = path.replace(HOSTILE, text.replace("\x00", "%00"))
    headers = dict(alice.headers)
    content = None
    if door.json is not None:
        # json.dumps writes a surrogate as the escape "\ud800", as a hostile client would.
        content = json.dumps(_fill(door.json, text)).encode()
        headers["Content-Type"] = "application/json"
    return await client.request(
        door.method,
        path,
        params=_fill(door.params, text),
        data=_fill(door.form, text),
        content=content,
        headers=headers,
    )


def _refused(response: httpx.Response, door: Door, why: tuple[str, ...]) -> None:
    body = problem(response, 422)
    fields = [error["field"] for error in body["errors"]]
    assert any(name.split(".")[0] == door.field for name in fields), body
    assert any(reason in body["detail"] for reason in why), body


@pytest.mark.parametrize("door", BODY_DOORS.values(), ids=BODY_DOORS.keys())
@pytest.mark.parametrize(
    ("text", "why"),
    # pydantic itself refuses a surrogate in some models ("… as a unicode string").
    [(NUL, ("NUL",)), (SURROGATE, ("surrogate", "unicode string"))],
    ids=["nul", "surrogate"],
)
async def test_bodies_refuse_text_no_database_can_hold(
    client: httpx.AsyncClient, alice: Account, door: Door, text: str, why: tuple[str, ...]
) -> None:
    _refused(await _send(client, alice, door, text), door, why)


@pytest.mark.parametrize("door", URL_DOORS.values(), ids=URL_DOORS.keys())
async def test_paths_queries_and_forms_refuse_nul(
    client: httpx.AsyncClient, alice: Account, door: Door
) -> None:
    _refused(await _send(client, alice, door, NUL), door, ("NUL",))


async def test_nothing_hostile_is_stored(client: httpx.AsyncClient, alice: Account) -> None:
    for door in BODY_DOORS.values():
        if door.method == "POST" and door.path == "/api/v1/tasks":
            await _send(client, alice, door, NUL)
    titles = [
        t["title"]
        for t in (await client.get("/api/v1/tasks", headers=alice.headers)).json()["items"]
    ]
    assert set(titles) == {"Existing"}


def test_a_problem_that_quotes_a_surrogate_is_still_sent() -> None:
    """The last defence: a message quoting unchecked input still becomes UTF-8 JSON."""
    response = problem_response(
        422, f"'{SURROGATE}' is wrong.", errors=[FieldProblem(field=SURROGATE, message="Bad.")]
    )
    body = json.loads(bytes(response.body).decode("utf-8"))
    assert body["detail"] == "'a\ufffdb' is wrong."
    assert body["errors"] == [{"field": "a\ufffdb", "message": "Bad."}]
