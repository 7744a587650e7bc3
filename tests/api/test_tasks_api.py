"""The task and tag routes of REST API v1."""

from __future__ import annotations

import httpx
import pytest

from .conftest import PASSWORD, Account, SignUp

pytestmark = pytest.mark.anyio

TASKS = "/api/v1/tasks"


async def create(client: httpx.AsyncClient, who: Account, **fields: object) -> dict[str, object]:
    response = await client.post(TASKS, json={"title": "Buy milk", **fields}, headers=who.headers)
    assert response.status_code == 201, response.text
    body: dict[str, object] = response.json()
    return body


async def test_create_read_list(client: httpx.AsyncClient, alice: Account) -> None:
    response = await client.post(
        TASKS,
        json={"title": "Pay rent", "due_at": "2026-12-01", "tags": ["home"], "priority": "high"},
        headers=alice.headers,
    )
    assert response.status_code == 201
    task = response.json()
    assert response.headers["location"] == f"{TASKS}/{task['id']}"
    assert response.headers["etag"] == '"1"'
    assert (task["due_at"], task["all_day"], task["user_id"]) == ("2026-12-01", True, alice.id)

    read = await client.get(f"{TASKS}/{task['id']}", headers=alice.headers)
    assert read.json() == task
    assert read.headers["etag"] == '"1"'
    not_modified = await client.get(
        f"{TASKS}/{task['id']}", headers={**alice.headers, "If-None-Match": '"1"'}
    )
    assert not_modified.status_code == 304

    listed = await client.get(TASKS, headers=alice.headers)
    assert listed.json() == {"items": [task], "next_cursor": None}


async def test_a_new_task_goes_into_its_creators_inbox(
    client: httpx.AsyncClient, alice: Account, bob: Account
) -> None:
    """Every task says where it belongs; without a project it is its creator's Inbox, one per
    account."""
    first, second = await create(client, alice), await create(client, alice, title="Pay rent")
    theirs = await create(client, bob)
    assert isinstance(first["project_id"], int)
    assert second["project_id"] == first["project_id"] != theirs["project_id"]
    assert (first["parent_id"], first["assignee_id"]) == (None, None)
    listed = (await client.get(TASKS, headers=alice.headers)).json()["items"]
    assert {item["project_id"] for item in listed} == {first["project_id"]}


async def test_quick_add(client: httpx.AsyncClient, alice: Account) -> None:
    response = await client.post(
        f"{TASKS}/quick",
        json={"text": "Pay rent tomorrow 9am #home !high every month"},
        headers=alice.headers,
    )
    assert response.status_code == 201
    task = response.json()
    # Alice is in Berlin: 27 November 09:00 local is 08:00 UTC.
    assert task["due_at"] == "2026-11-27T08:00:00Z"
    assert (task["title"], task["tags"], task["priority"]) == ("Pay rent", ["home"], "high")
    assert task["recurrence"] == "FREQ=MONTHLY"


async def test_filters_sort_and_pages(client: httpx.AsyncClient, alice: Account) -> None:
    for index in range(5):
        await create(client, alice, title=f"Task {index}", tags=["odd" if index % 2 else "even"])
    done = await create(client, alice, title="Finished")
    await client.post(f"{TASKS}/{done['id']}/complete", headers=alice.headers)

    pending = await client.get(TASKS, params={"status": "pending"}, headers=alice.headers)
    assert len(pending.json()["items"]) == 5
    odd = await client.get(TASKS, params={"tag": "odd"}, headers=alice.headers)
    assert [t["title"] for t in odd.json()["items"]] == ["Task 3", "Task 1"]
    found = await client.get(TASKS, params={"q": "finish"}, headers=alice.headers)
    assert [t["title"] for t in found.json()["items"]] == ["Finished"]

    seen: list[str] = []
    params: dict[str, object] = {"sort": "title", "limit": 2}
    while True:
        page = (await client.get(TASKS, params=params, headers=alice.headers)).json()
        seen += [t["title"] for t in page["items"]]
        if page["next_cursor"] is None:
            break
        params["cursor"] = page["next_cursor"]
    assert seen == ["Finished", "Task 0", "Task 1", "Task 2", "Task 3", "Task 4"]


async def test_patch_is_partial_and_honours_if_match(
    client: httpx.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice, description="2 litres", tags=["shop"])
    url = f"{TASKS}/{task['id']}"
    changed = await client.patch(
        url, json={"priority": "low"}, headers={**alice.headers, "If-Match": '"1"'}
    )
    assert changed.status_code == 200
    assert changed.headers["etag"] == '"2"'
    body = changed.json()
    assert (body["priority"], body["description"], body["tags"]) == ("low", "2 litres", ["shop"])

    stale = await client.patch(
        url, json={"title": "Oat milk"}, headers={**alice.headers, "If-Match": '"1"'}
    )
    assert stale.status_code == 412
    assert stale.headers["content-type"] == "application/problem+json"
    assert (await client.get(url, headers=alice.headers)).json()["title"] == "Buy milk"

    cleared = await client.patch(url, json={"description": None}, headers=alice.headers)
    assert cleared.json()["description"] is None


async def test_lifecycle_routes(client: httpx.AsyncClient, alice: Account) -> None:
    task = await create(client, alice)
    url = f"{TASKS}/{task['id']}"
    assert (await client.post(f"{url}/complete", headers=alice.headers)).json()["completed"]
    assert not (await client.post(f"{url}/reopen", headers=alice.headers)).json()["completed"]
    assert (await client.delete(url, headers=alice.headers)).status_code == 204
    deleted = await client.get(TASKS, params={"deleted": True}, headers=alice.headers)
    assert [t["id"] for t in deleted.json()["items"]] == [task["id"]]
    conflict = await client.post(f"{url}/complete", headers=alice.headers)
    assert conflict.status_code == 409
    restored = await client.post(f"{url}/restore", headers=alice.headers)
    assert restored.json()["deleted_at"] is None


async def test_idempotency_key(client: httpx.AsyncClient, alice: Account) -> None:
    headers = {**alice.headers, "Idempotency-Key": "order-42"}
    first = await client.post(TASKS, json={"title": "Once"}, headers=headers)
    again = await client.post(TASKS, json={"title": "Once"}, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    other_body = await client.post(TASKS, json={"title": "Twice"}, headers=headers)
    assert other_body.status_code == 422
    assert other_body.json()["errors"][0]["field"] == "Idempotency-Key"
    listed = await client.get(TASKS, headers=alice.headers)
    assert [t["title"] for t in listed.json()["items"]] == ["Once"]


async def test_another_users_task_is_404_and_unchanged(
    client: httpx.AsyncClient, alice: Account, bob: Account
) -> None:
    task = await create(client, alice)
    url = f"{TASKS}/{task['id']}"
    for method, path, body in [
        ("GET", url, None),
        ("PATCH", url, {"title": "mine"}),
        ("DELETE", url, None),
        ("POST", f"{url}/complete", None),
        ("POST", f"{url}/restore", None),
    ]:
        response = await client.request(method, path, json=body, headers=bob.headers)
        assert response.status_code == 404, (method, path)
    assert (await client.get(url, headers=alice.headers)).json() == task


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"title": "ok", "priority": "critical"}, "priority"),
        ({"title": "ok", "due_at": "someday maybe"}, "due_at"),
        ({"title": "ok", "recurrence": "FREQ=NEVER"}, "recurrence"),
        ({"title": "ok", "tags": "not-a-list"}, "tags"),
        ({"title": "ok", "colour": "red"}, "colour"),
        ({"title": 42}, "title"),
    ],
)
async def test_bad_bodies_get_422_naming_the_field(
    client: httpx.AsyncClient, alice: Account, body: dict[str, object], field: str
) -> None:
    response = await client.post(TASKS, json=body, headers=alice.headers)
    assert response.status_code == 422, response.text
    problem = response.json()
    assert response.headers["content-type"] == "application/problem+json"
    assert problem["status"] == 422
    assert problem["errors"][0]["field"] == field
    assert (await client.get(TASKS, headers=alice.headers)).json()["items"] == []


async def test_malformed_and_hostile_input(client: httpx.AsyncClient, alice: Account) -> None:
    broken = await client.post(
        TASKS,
        content=b'{"title": "x"',
        headers={**alice.headers, "Content-Type": "application/json"},
    )
    assert broken.status_code == 422
    assert broken.json()["detail"] == "The request body is not valid JSON."
    cursor = await client.get(TASKS, params={"cursor": "garbage"}, headers=alice.headers)
    assert cursor.status_code == 422
    assert cursor.json()["errors"][0]["field"] == "cursor"
    huge_id = await client.get(f"{TASKS}/99999999999999999999999", headers=alice.headers)
    assert huge_id.status_code == 422
    script = "<script>alert(1)</script>'; DROP TABLE tasks; --"
    stored = await create(client, alice, title=script)
    assert stored["title"] == script
    assert (await client.get(TASKS, params={"q": script}, headers=alice.headers)).status_code == 200


async def test_oversized_body_is_413(client: httpx.AsyncClient, alice: Account) -> None:
    response = await client.post(
        TASKS,
        content=b'{"title": "' + b"x" * 2_000_000 + b'"}',
        headers={**alice.headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json()["title"] == "Request body too large"


async def test_tags_routes(client: httpx.AsyncClient, alice: Account, bob: Account) -> None:
    await create(client, alice, tags=["work", "home"])
    await create(client, bob, tags=["secret"])
    listed = await client.get("/api/v1/tags", headers=alice.headers)
    assert listed.json() == [
        {"name": "home", "open": 1, "total": 1},
        {"name": "work", "open": 1, "total": 1},
    ]
    renamed = await client.patch("/api/v1/tags/work", json={"name": "job"}, headers=alice.headers)
    assert renamed.json() == {"name": "job", "open": 1, "total": 1}
    assert (await client.delete("/api/v1/tags/home", headers=alice.headers)).status_code == 204
    assert (await client.delete("/api/v1/tags/secret", headers=alice.headers)).status_code == 404


async def test_unknown_route_and_method_are_problems(
    client: httpx.AsyncClient, sign_up: SignUp
) -> None:
    missing = await client.get("/api/v1/nothing")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    wrong = await client.put(TASKS)
    assert wrong.status_code == 405
    assert wrong.json()["status"] == 405


async def test_docs_are_served_without_a_cdn(client: httpx.AsyncClient) -> None:
    page = await client.get("/docs")
    assert page.status_code == 200
    assert "cdn." not in page.text
    script = await client.get("/static/swagger-ui/swagger-ui-bundle.js")
    assert script.status_code == 200
    assert len(script.content) > 100_000
    spec = (await client.get("/openapi.json")).json()
    assert "Problem" in spec["components"]["schemas"]


async def test_the_local_users_address_cannot_be_registered(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/auth/register",
        json={"email": "Local@Todo.Localhost", "password": "correct horse battery"},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "email"


async def test_a_new_password_ends_every_sign_in(client: httpx.AsyncClient, alice: Account) -> None:
    changed = await client.patch(
        "/api/v1/users/me",
        json={"password": "a brand new secret", "current_password": PASSWORD},
        headers=alice.headers,
    )
    assert changed.status_code == 200
    refreshed = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": alice.refresh_token}
    )
    assert refreshed.status_code == 401
    old = await client.post(
        "/api/v1/auth/token", data={"username": alice.email, "password": "correct horse battery"}
    )
    assert old.status_code == 401
    new = await client.post(
        "/api/v1/auth/token", data={"username": alice.email, "password": "a brand new secret"}
    )
    assert new.status_code == 200
