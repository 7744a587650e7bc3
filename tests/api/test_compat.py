"""The compatibility routes: the public "Evolution of Todo" contract at /api/{user_id}/tasks."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from todo.adapters.clock import FixedClock
from todo.entrypoints.api.routes import compat

from .conftest import Account

pytestmark = pytest.mark.anyio

Task = dict[str, Any]


def tasks_url(who: Account) -> str:
    return f"/api/{who.id}/tasks"


async def create(client: httpx.AsyncClient, who: Account, **fields: object) -> Task:
    response = await client.post(
        tasks_url(who), json={"title": "Buy milk", **fields}, headers=who.headers
    )
    assert response.status_code == 201, response.text
    body: Task = response.json()
    return body


async def listing(client: httpx.AsyncClient, who: Account, **params: object) -> list[Task]:
    response = await client.get(tasks_url(who), params=params, headers=who.headers)
    assert response.status_code == 200, response.text
    body: list[Task] = response.json()
    return body


def titles(tasks: list[Task]) -> list[str]:
    return [task["title"] for task in tasks]


async def test_create_read_and_list_as_a_bare_array(
    client: httpx.AsyncClient, alice: Account
) -> None:
    response = await client.post(
        tasks_url(alice),
        json={
            "title": "Pay rent",
            "description": "Before noon",
            "due_date": "2026-12-01",
            "priority": "High",
            "tags": ["home", "#money"],
            "recurrence": "monthly",
            "remind_at": "2026-11-30T09:00:00Z",
        },
        headers=alice.headers,
    )
    assert response.status_code == 201, response.text
    task = response.json()
    assert response.headers["location"] == f"{tasks_url(alice)}/{task['id']}"
    assert response.headers["etag"] == '"1"'
    assert (task["title"], task["description"], task["user_id"]) == (
        "Pay rent",
        "Before noon",
        alice.id,
    )
    assert (task["due_date"], task["due_at"], task["all_day"]) == ("2026-12-01", "2026-12-01", True)
    assert (task["priority"], task["tags"], task["recurrence"]) == (
        "high",
        ["home", "money"],
        "FREQ=MONTHLY",
    )
    assert task["remind_at"] == "2026-11-30T09:00:00Z"
    assert task["completed"] is False

    read = await client.get(f"{tasks_url(alice)}/{task['id']}", headers=alice.headers)
    assert read.status_code == 200
    assert read.json() == task

    listed = await client.get(tasks_url(alice), headers=alice.headers)
    assert listed.status_code == 200
    assert listed.json() == [task]
    assert "x-truncated" not in listed.headers

    # v1 shows the same task, and where it belongs, which the contract leaves out.
    v1 = (await client.get(f"/api/v1/tasks/{task['id']}", headers=alice.headers)).json()
    where = {name: v1.pop(name) for name in ("project_id", "parent_id", "assignee_id")}
    assert isinstance(where["project_id"], int)
    assert (where["parent_id"], where["assignee_id"]) == (None, None)
    assert {**v1, "due_date": "2026-12-01"} == task


async def test_create_takes_due_at_and_completed(client: httpx.AsyncClient, alice: Account) -> None:
    timed = await create(client, alice, due_at="2026-12-01T15:30:00Z")
    assert (timed["due_date"], timed["due_at"]) == ("2026-12-01T15:30:00Z",) * 2
    both = await create(client, alice, due_at="2026-12-02", due_date="2026-12-02")
    assert both["due_date"] == "2026-12-02"
    done = await create(client, alice, title="Already done", completed=True)
    assert done["completed"] is True
    assert done["completed_at"] is not None
    open_one = await create(client, alice, title="Still open", completed=False)
    assert open_one["completed"] is False
    assert [t["completed"] for t in await listing(client, alice)] == [False, True, False, False]


async def test_status_and_status_filter(client: httpx.AsyncClient, alice: Account) -> None:
    await create(client, alice, title="One")
    await create(client, alice, title="Two")
    await create(client, alice, title="Three", completed=True)

    assert titles(await listing(client, alice)) == ["Three", "Two", "One"]
    assert titles(await listing(client, alice, status="all")) == ["Three", "Two", "One"]
    assert titles(await listing(client, alice, status="pending")) == ["Two", "One"]
    assert titles(await listing(client, alice, status="completed")) == ["Three"]
    assert titles(await listing(client, alice, status_filter="pending")) == ["Two", "One"]
    assert titles(await listing(client, alice, status_filter="completed")) == ["Three"]
    same = await listing(client, alice, status="completed", status_filter="completed")
    assert titles(same) == ["Three"]

    clash = await client.get(
        tasks_url(alice),
        params={"status": "pending", "status_filter": "completed"},
        headers=alice.headers,
    )
    assert clash.status_code == 422
    assert clash.json()["errors"][0]["field"] == "status_filter"
    unknown = await client.get(tasks_url(alice), params={"status": "done"}, headers=alice.headers)
    assert unknown.status_code == 422
    assert unknown.headers["content-type"] == "application/problem+json"
    assert unknown.json()["errors"][0]["field"] == "status"


async def test_sorts(client: httpx.AsyncClient, clock: FixedClock, alice: Account) -> None:
    await create(client, alice, title="bravo", due_date="2026-12-03", priority="low")
    clock.advance(timedelta(minutes=1))
    await create(client, alice, title="Alpha", due_date="2026-12-01", priority="urgent")
    clock.advance(timedelta(minutes=1))
    await create(client, alice, title="Charlie", priority="medium")

    assert titles(await listing(client, alice)) == ["Charlie", "Alpha", "bravo"]
    assert titles(await listing(client, alice, sort="created")) == ["Charlie", "Alpha", "bravo"]
    assert titles(await listing(client, alice, sort="created", order="asc")) == [
        "bravo",
        "Alpha",
        "Charlie",
    ]
    assert titles(await listing(client, alice, sort="title")) == ["Alpha", "bravo", "Charlie"]
    assert titles(await listing(client, alice, sort="title", order="desc")) == [
        "Charlie",
        "bravo",
        "Alpha",
    ]
    # Soonest first, a task without a due date last (where it goes in `desc` is v1's business).
    assert titles(await listing(client, alice, sort="due_date")) == ["Alpha", "bravo", "Charlie"]
    latest_first = titles(await listing(client, alice, sort="due_date", order="desc"))
    assert [title for title in latest_first if title != "Charlie"] == ["bravo", "Alpha"]
    assert titles(await listing(client, alice, sort="priority")) == ["Alpha", "Charlie", "bravo"]
    assert titles(await listing(client, alice, sort="priority", order="asc")) == [
        "bravo",
        "Charlie",
        "Alpha",
    ]

    for bad in ({"sort": "due"}, {"sort": "colour"}, {"order": "sideways"}):
        response = await client.get(tasks_url(alice), params=bad, headers=alice.headers)
        assert response.status_code == 422, bad
        assert response.json()["errors"][0]["field"] == next(iter(bad))


async def test_list_gathers_every_page_up_to_the_cap(
    client: httpx.AsyncClient, alice: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    for index, due in enumerate(["2026-12-05", None, "2026-12-01", None, "2026-12-03"]):
        await create(client, alice, title=f"Task {index}", due_date=due)
    monkeypatch.setattr(compat, "PAGE_SIZE", 2)

    everything = await client.get(tasks_url(alice), headers=alice.headers)
    assert titles(everything.json()) == [f"Task {index}" for index in (4, 3, 2, 1, 0)]
    assert "x-truncated" not in everything.headers
    by_due = await listing(client, alice, sort="due_date")
    assert titles(by_due) == ["Task 2", "Task 4", "Task 0", "Task 1", "Task 3"]

    monkeypatch.setattr(compat, "LIST_CAP", 5)
    exact = await client.get(tasks_url(alice), headers=alice.headers)
    assert len(exact.json()) == 5
    assert "x-truncated" not in exact.headers

    monkeypatch.setattr(compat, "LIST_CAP", 3)
    capped = await client.get(tasks_url(alice), params={"sort": "title"}, headers=alice.headers)
    assert titles(capped.json()) == ["Task 0", "Task 1", "Task 2"]
    assert capped.headers["x-truncated"] == "true"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "   "}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"title": 42}, "title"),
        ({"description": "no title"}, "title"),
        ({"title": "ok", "description": "x" * 1001}, "description"),
        ({"title": "ok", "description": ["not", "text"]}, "description"),
        ({"title": "ok", "completed": "maybe"}, "completed"),
        ({"title": "ok", "priority": "critical"}, "priority"),
        ({"title": "ok", "tags": "not-a-list"}, "tags"),
        ({"title": "ok", "due_date": "someday maybe"}, "due_date"),
        ({"title": "ok", "due_at": "someday maybe"}, "due_at"),
        ({"title": "ok", "due_date": "2026-12-01", "due_at": "2026-12-02"}, "due_date"),
        ({"title": "ok", "recurrence": "FREQ=NEVER"}, "recurrence"),
        ({"title": "ok", "colour": "red"}, "colour"),
        ({"title": "ok", "reminder": "tomorrow"}, "reminder"),
    ],
)
async def test_bad_bodies_get_422_naming_the_field(
    client: httpx.AsyncClient, alice: Account, body: dict[str, object], field: str
) -> None:
    response = await client.post(tasks_url(alice), json=body, headers=alice.headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 422
    assert problem["errors"][0]["field"] == field
    assert await listing(client, alice) == []


async def test_put_changes_only_the_fields_sent(client: httpx.AsyncClient, alice: Account) -> None:
    task = await create(
        client, alice, description="2 litres", tags=["shop"], priority="low", due_date="2026-12-01"
    )
    url = f"{tasks_url(alice)}/{task['id']}"

    renamed = await client.put(url, json={"title": "Buy oat milk"}, headers=alice.headers)
    assert renamed.status_code == 200, renamed.text
    body = renamed.json()
    assert body["title"] == "Buy oat milk"
    assert (body["description"], body["tags"], body["priority"], body["due_date"]) == (
        "2 litres",
        ["shop"],
        "low",
        "2026-12-01",
    )
    assert (body["completed"], body["version"]) == (False, 2)

    both = await client.put(
        url,
        json={"title": "Buy milk", "description": "1 litre", "completed": True},
        headers=alice.headers,
    )
    assert (both.json()["title"], both.json()["description"]) == ("Buy milk", "1 litre")
    assert both.json()["completed"] is True

    moved = await client.put(url, json={"due_date": "2026-12-24"}, headers=alice.headers)
    assert (moved.json()["due_date"], moved.json()["due_at"]) == ("2026-12-24", "2026-12-24")
    cleared = await client.put(url, json={"due_date": None}, headers=alice.headers)
    assert (cleared.json()["due_date"], cleared.json()["due_at"]) == (None, None)

    for bad, field in [
        ({"title": None}, "title"),
        ({"title": ""}, "title"),
        ({"colour": "red"}, "colour"),
        ({"due_date": "someday maybe"}, "due_date"),
    ]:
        refused = await client.put(url, json=bad, headers=alice.headers)
        assert refused.status_code == 422, bad
        assert refused.json()["errors"][0]["field"] == field

    final = (await client.get(url, headers=alice.headers)).json()
    assert final == cleared.json()
    assert (final["title"], final["description"], final["completed"]) == (
        "Buy milk",
        "1 litre",
        True,
    )


async def test_delete_then_404(client: httpx.AsyncClient, alice: Account) -> None:
    keep = await create(client, alice, title="Keep")
    gone = await create(client, alice, title="Gone")
    url = f"{tasks_url(alice)}/{gone['id']}"

    deleted = await client.delete(url, headers=alice.headers)
    assert deleted.status_code == 204
    assert deleted.content == b""
    missing = await client.get(url, headers=alice.headers)
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["detail"] == f"Task {gone['id']} was not found."
    assert await listing(client, alice) == [keep]
    # A soft delete: v1 still lists it among the deleted tasks.
    binned = await client.get("/api/v1/tasks", params={"deleted": True}, headers=alice.headers)
    assert [t["id"] for t in binned.json()["items"]] == [gone["id"]]
    # Changing a deleted task is refused.
    assert (await client.put(url, json={"title": "x"}, headers=alice.headers)).status_code == 409
    assert (await client.patch(f"{url}/complete", headers=alice.headers)).status_code == 409
    never = await client.get(f"{tasks_url(alice)}/999999", headers=alice.headers)
    assert never.status_code == 404


async def test_complete_toggles_or_sets(client: httpx.AsyncClient, alice: Account) -> None:
    task = await create(client, alice)
    url = f"{tasks_url(alice)}/{task['id']}/complete"

    async def patch(**kwargs: Any) -> Task:
        response = await client.patch(url, headers=alice.headers, **kwargs)
        assert response.status_code == 200, response.text
        body: Task = response.json()
        assert body["id"] == task["id"]
        return body

    assert (await patch())["completed"] is True
    assert (await patch())["completed"] is False
    assert (await patch(json={}))["completed"] is True
    assert (await patch(json={"completed": None}))["completed"] is False
    empty_json = {"headers": {**alice.headers, "Content-Type": "application/json"}}
    toggled = await client.patch(url, content=b"", **empty_json)
    assert toggled.json()["completed"] is True
    assert (await patch(json={"completed": True}))["completed"] is True
    assert (await patch(json={"completed": True}))["completed"] is True
    assert (await patch(json={"completed": False}))["completed"] is False
    assert (await patch(json={"completed": False}))["completed"] is False

    for bad, field in [({"completed": "maybe"}, "completed"), ({"done": True}, "done")]:
        refused = await client.patch(url, json=bad, headers=alice.headers)
        assert refused.status_code == 422, bad
        assert refused.json()["errors"][0]["field"] == field
    read = await client.get(f"{tasks_url(alice)}/{task['id']}", headers=alice.headers)
    assert read.json()["completed"] is False


def every_route(user_id: str, task_id: object) -> list[tuple[str, str, object]]:
    tasks = f"/api/{user_id}/tasks"
    return [
        ("GET", tasks, None),
        ("POST", tasks, {"title": "Injected"}),
        ("GET", f"{tasks}/{task_id}", None),
        ("PUT", f"{tasks}/{task_id}", {"title": "Changed"}),
        ("PATCH", f"{tasks}/{task_id}/complete", None),
        ("PATCH", f"{tasks}/{task_id}/complete", {"completed": True}),
        ("DELETE", f"{tasks}/{task_id}", None),
    ]


async def test_no_or_bad_token_is_401(client: httpx.AsyncClient, alice: Account) -> None:
    task = await create(client, alice)
    for credentials in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic x"}):
        for method, path, body in every_route(alice.id, task["id"]):
            response = await client.request(method, path, json=body, headers=credentials)
            assert response.status_code == 401, (method, path, credentials)
            assert response.headers["www-authenticate"].startswith("Bearer")
            assert response.headers["content-type"] == "application/problem+json"
    assert await listing(client, alice) == [task]


async def test_another_users_path_is_403_and_changes_nothing(
    client: httpx.AsyncClient, alice: Account, bob: Account
) -> None:
    task = await create(client, alice, tags=["mine"])
    await create(client, bob, title="Bob's")
    routes = [
        *every_route(alice.id, task["id"]),
        # The path is checked before the body or the task id are even looked at.
        ("POST", tasks_url(alice), {"colour": "red"}),
        ("PUT", f"{tasks_url(alice)}/{task['id']}", {"title": ""}),
        ("GET", f"{tasks_url(alice)}/not-a-number", None),
        ("GET", "/api/somebody-else/tasks", None),
    ]
    for method, path, body in routes:
        response = await client.request(method, path, json=body, headers=bob.headers)
        assert response.status_code == 403, (method, path, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert "not yours" in response.json()["detail"]
    assert await listing(client, alice) == [task]
    assert titles(await listing(client, bob)) == ["Bob's"]


async def test_another_users_task_is_404_and_unchanged(
    client: httpx.AsyncClient, alice: Account, bob: Account
) -> None:
    bobs = await create(client, bob, title="Bob's secret")
    for method, path, body in every_route(alice.id, bobs["id"])[2:]:
        response = await client.request(method, path, json=body, headers=alice.headers)
        assert response.status_code == 404, (method, path, response.text)
        assert response.json()["detail"] == f"Task {bobs['id']} was not found."
    assert await listing(client, alice) == []
    read = await client.get(f"{tasks_url(bob)}/{bobs['id']}", headers=bob.headers)
    assert read.json() == bobs


async def test_v1_paths_are_not_taken_for_a_user_id(
    client: httpx.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice)
    for method, path in [
        ("PUT", f"/api/v1/tasks/{task['id']}"),
        ("PATCH", f"/api/v1/tasks/{task['id']}/complete"),
    ]:
        response = await client.request(method, path, json={}, headers=alice.headers)
        assert response.status_code == 405, (method, path)
        assert response.headers["content-type"] == "application/problem+json"
    assert await listing(client, alice) == [task]


async def test_openapi_documents_the_contract(client: httpx.AsyncClient) -> None:
    document = (await client.get("/openapi.json")).json()
    paths = document["paths"]
    expected = {
        "/api/{user_id}/tasks": {"get", "post"},
        "/api/{user_id}/tasks/{task_id}": {"get", "put", "delete"},
        "/api/{user_id}/tasks/{task_id}/complete": {"patch"},
        "/api/{user_id}/chat": {"post"},
    }
    for path, methods in expected.items():
        assert set(paths[path]) == methods
        for method in methods:
            operation = paths[path][method]
            assert operation["tags"] == ["compatibility"]
            assert operation["description"] or operation["summary"]
            assert {"401", "403"} <= set(operation["responses"])
    listed = paths["/api/{user_id}/tasks"]["get"]["responses"]["200"]
    schema = listed["content"]["application/json"]["schema"]
    assert schema["type"] == "array"
    assert "due_date" in document["components"]["schemas"]["ContractTask"]["properties"]
