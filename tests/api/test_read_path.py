"""The read path: a list is encoded straight from what the database read, and it must say
exactly what the models say — byte for byte, on both databases — with tags in one order
everywhere, and its query read in one validation with the same errors as before."""

from __future__ import annotations

import httpx
import pytest

from todo.domain.tasks import TaskPage, TaskPublic

from .conftest import Account

pytestmark = pytest.mark.anyio

TASKS = "/api/v1/tasks"


async def _some_tasks(client: httpx.AsyncClient, who: Account) -> list[dict[str, object]]:
    made = []
    for fields in (
        {"title": "Pay rent", "due_at": "2026-12-01", "tags": ["home", "Bills"]},
        {"title": "Call Ana", "due_at": "2026-12-02T09:30:00+01:00", "priority": "urgent"},
        {"title": "Ärger klären ☕", "description": "Zeile 1\nZeile 2", "tags": ["ß", "a", "B"]},
        {"title": "Water plants", "recurrence": "weekly", "due_at": "tomorrow 8am"},
        {"title": "Remind me", "due_at": "2026-12-03T18:00:00Z", "remind_at": "2026-12-03T17:00Z"},
    ):
        response = await client.post(TASKS, json=fields, headers=who.headers)
        assert response.status_code == 201, response.text
        made.append(response.json())
    done = await client.post(f"{TASKS}/{made[1]['id']}/complete", headers=who.headers)
    assert done.status_code == 200
    made[1] = done.json()
    return made


async def test_a_list_is_byte_for_byte_what_the_model_writes(
    client: httpx.AsyncClient, alice: Account
) -> None:
    made = await _some_tasks(client, alice)
    response = await client.get(TASKS, params={"limit": 3}, headers=alice.headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert TaskPage.model_validate_json(response.content).model_dump_json().encode() == (
        response.content
    )
    rest = await client.get(
        TASKS, params={"cursor": response.json()["next_cursor"]}, headers=alice.headers
    )
    listed = response.json()["items"] + rest.json()["items"]
    assert listed == list(reversed(made))  # newest first, each as its write answered
    for task in made:
        one = await client.get(f"{TASKS}/{task['id']}", headers=alice.headers)
        assert one.json() == task
        assert TaskPublic.model_validate_json(one.content).model_dump_json().encode() == (
            one.content
        )


async def test_tags_read_in_one_order_everywhere(client: httpx.AsyncClient, alice: Account) -> None:
    """By the case-folded name, in code point order, whatever the database's collation: the
    answer to the write, one task, and the list agree."""
    made = await client.post(
        TASKS, json={"title": "t", "tags": ["b", "Ä", "A", "c", "_x", "Z"]}, headers=alice.headers
    )
    expected = ["_x", "A", "b", "c", "Z", "Ä"]
    assert made.json()["tags"] == expected
    one = await client.get(f"{TASKS}/{made.json()['id']}", headers=alice.headers)
    assert one.json()["tags"] == expected
    listed = await client.get(TASKS, headers=alice.headers)
    assert listed.json()["items"][0]["tags"] == expected
    renamed = await client.patch(
        f"{TASKS}/{made.json()['id']}", json={"tags": ["c", "a"]}, headers=alice.headers
    )
    assert renamed.json()["tags"] == ["A", "c"]  # a tag the user has keeps its spelling


async def test_the_query_is_read_in_one_go_with_the_same_rules(
    client: httpx.AsyncClient, alice: Account
) -> None:
    await _some_tasks(client, alice)
    both = await client.get(
        TASKS, params=[("tag", "home"), ("tag", "bills"), ("unknown", "x")], headers=alice.headers
    )
    assert [task["title"] for task in both.json()["items"]] == ["Pay rent"]
    last_wins = await client.get(
        TASKS, params=[("limit", "1"), ("limit", "2")], headers=alice.headers
    )
    assert len(last_wins.json()["items"]) == 2
    for params, field in (
        ({"limit": "0"}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"status": "sleeping"}, "status"),
        ({"priority": "huge"}, "priority.0"),
        ({"overdue": "perhaps"}, "overdue"),
        ({"q": "x" * 201}, "q"),
    ):
        refused = await client.get(TASKS, params=params, headers=alice.headers)
        assert refused.status_code == 422, params
        assert refused.headers["content-type"] == "application/problem+json"
        assert [error["field"] for error in refused.json()["errors"]] == [field], params
    described = (await client.get("/openapi.json")).json()["paths"][TASKS]["get"]["parameters"]
    names = {parameter["name"]: parameter for parameter in described}
    assert set(names) >= {"status", "priority", "tag", "q", "limit", "cursor", "sort", "order"}
    assert names["limit"]["schema"]["maximum"] == 200
    assert names["tag"]["schema"]["anyOf"][0]["type"] == "array"
    assert "$ref" not in str(names)


def _same(response: httpx.Response) -> bytes:
    """The body, without the one field that differs between two requests: their id."""
    if response.headers.get("content-type") == "application/problem+json":
        body = response.json()
        assert body.pop("request_id") == response.headers["x-request-id"]
        return repr(body).encode()
    return response.content


#: A condition that never holds: it makes a read go to the documented FastAPI route, not the
#: fast route in front of it (which takes only ordinary requests).
NOT_FAST = {"If-None-Match": '"no such version"'}


@pytest.mark.parametrize(
    ("path", "params"),
    [
        (TASKS, {}),
        (TASKS, {"limit": 2, "sort": "due", "status": "all"}),
        (TASKS, {"tag": "home", "q": "rent"}),
        (TASKS, {"limit": "0"}),  # 422
        (TASKS, {"due_after": "not a date"}),  # 422
        (TASKS, {"cursor": "garbage"}),  # 422
        (f"{TASKS}/987654", {}),  # 404
    ],
)
async def test_the_fast_reads_answer_exactly_as_the_documented_routes(
    client: httpx.AsyncClient, alice: Account, path: str, params: dict[str, object]
) -> None:
    await _some_tasks(client, alice)
    fast = await client.get(path, params=params, headers=alice.headers)
    documented = await client.get(path, params=params, headers=alice.headers | NOT_FAST)
    assert fast.status_code == documented.status_code, fast.text
    assert _same(fast) == _same(documented)
    for header in ("content-type", "etag", "www-authenticate"):
        assert fast.headers.get(header) == documented.headers.get(header)


async def test_one_task_fast_and_documented_are_the_same(
    client: httpx.AsyncClient, alice: Account, bob: Account
) -> None:
    made = await _some_tasks(client, alice)
    path = f"{TASKS}/{made[2]['id']}"
    for who in (alice, bob):  # the owner, and someone else (404)
        fast = await client.get(path, headers=who.headers)
        documented = await client.get(path, headers=who.headers | NOT_FAST)
        assert (fast.status_code, _same(fast)) == (documented.status_code, _same(documented))
    expired = {"Authorization": "Bearer not.a.token"}
    fast = await client.get(path, headers=expired)
    documented = await client.get(path, headers=expired | NOT_FAST)
    assert (fast.status_code, _same(fast)) == (401, _same(documented))
    assert fast.headers["www-authenticate"] == documented.headers["www-authenticate"]


def test_the_fast_reads_take_only_ordinary_requests() -> None:
    from starlette.routing import Match

    from todo.entrypoints.api.fast_reads import fast_reads

    listing, one = fast_reads()

    def scope(path: str, method: str = "GET", **headers: str) -> dict[str, object]:
        encoded = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        return {"type": "http", "method": method, "path": path, "headers": encoded}

    bearer = {"Authorization": "Bearer abc"}
    assert listing.matches(scope(TASKS, **bearer))[0] is Match.FULL
    assert one.matches(scope(f"{TASKS}/7", **bearer))[0] is Match.FULL
    for route, not_ordinary in (
        (listing, scope(TASKS)),  # no token: the documented route says 401
        (listing, scope(TASKS, "POST", **bearer)),
        (listing, scope(TASKS, **bearer, **{"If-None-Match": '"1"'})),
        (one, scope(f"{TASKS}/0", **bearer)),  # out of range: 422 there
        (one, scope(f"{TASKS}/{2**63}", **bearer)),
        (one, scope(f"{TASKS}/7", Authorization="Basic abc")),
        (one, scope(f"{TASKS}/quick", **bearer)),
    ):
        assert route.matches(not_ordinary)[0] is Match.NONE, not_ordinary
