"""The project and member routes of REST API v1."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from .conftest import PASSWORD, Account, SignUp
from .helpers import problem

pytestmark = pytest.mark.anyio

PROJECTS = "/api/v1/projects"


async def create(client: httpx.AsyncClient, who: Account, **fields: Any) -> dict[str, Any]:
    response = await client.post(PROJECTS, json={"name": "Home", **fields}, headers=who.headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def names(client: httpx.AsyncClient, who: Account, **params: Any) -> list[str]:
    response = await client.get(PROJECTS, params=params, headers=who.headers)
    assert response.status_code == 200, response.text
    return [project["name"] for project in response.json()]


async def test_create_read_list(client: httpx.AsyncClient, alice: Account) -> None:
    response = await client.post(
        PROJECTS, json={"name": "Home", "color": "#3B82F6"}, headers=alice.headers
    )
    assert response.status_code == 201, response.text
    project = response.json()
    assert response.headers["location"] == f"{PROJECTS}/{project['id']}"
    assert response.headers["etag"] == '"1"'
    assert set(project) == {
        "id",
        "owner_id",
        "name",
        "description",
        "color",
        "archived",
        "position",
        "is_inbox",
        "created_at",
        "updated_at",
        "version",
        "role",
    }
    assert (project["owner_id"], project["role"], project["color"]) == (
        alice.id,
        "owner",
        "#3b82f6",
    )
    assert project["created_at"] == "2026-11-26T10:00:00Z"

    url = f"{PROJECTS}/{project['id']}"
    read = await client.get(url, headers=alice.headers)
    assert (read.json(), read.headers["etag"]) == (project, '"1"')
    not_modified = await client.get(url, headers={**alice.headers, "If-None-Match": '"1"'})
    assert not_modified.status_code == 304
    listed = (await client.get(PROJECTS, headers=alice.headers)).json()
    assert [p["name"] for p in listed] == ["Inbox", "Home"]
    assert listed[0]["is_inbox"] is True
    assert listed[1] == project


async def test_archived_projects_need_asking_for(client: httpx.AsyncClient, alice: Account) -> None:
    project = await create(client, alice, name="Old")
    archived = await client.patch(
        f"{PROJECTS}/{project['id']}", json={"archived": True}, headers=alice.headers
    )
    assert (archived.status_code, archived.headers["etag"]) == (200, '"2"')
    assert await names(client, alice) == ["Inbox"]
    assert await names(client, alice, archived="true") == ["Inbox", "Old"]


async def test_if_match_and_bad_input(client: httpx.AsyncClient, alice: Account) -> None:
    project = await create(client, alice)
    url = f"{PROJECTS}/{project['id']}"
    stale = await client.patch(
        url, json={"name": "Flat"}, headers={**alice.headers, "If-Match": '"2"'}
    )
    assert "changed since you read it" in problem(stale, 412)["detail"]
    bad = await client.patch(url, json={"name": "Flat"}, headers={**alice.headers, "If-Match": "2"})
    assert problem(bad, 422)["errors"][0]["field"] == "If-Match"
    fresh = await client.patch(
        url, json={"name": "Flat"}, headers={**alice.headers, "If-Match": '"1"'}
    )
    assert (fresh.json()["name"], fresh.headers["etag"]) == ("Flat", '"2"')
    for body, field in [
        ({"color": "red"}, "color"),
        ({"name": ""}, "name"),
        ({"name": None}, "name"),
        ({"position": 10**9}, "position"),
        ({"owner_id": "x"}, "owner_id"),
    ]:
        refused = await client.patch(url, json=body, headers=alice.headers)
        assert problem(refused, 422)["errors"][0]["field"] == field, body
    clash = await client.post(PROJECTS, json={"name": "FLAT"}, headers=alice.headers)
    assert "already have a project called 'Flat'" in problem(clash, 409)["detail"]


async def test_the_inbox_stays(client: httpx.AsyncClient, alice: Account) -> None:
    inbox = (await client.get(PROJECTS, headers=alice.headers)).json()[0]
    url = f"{PROJECTS}/{inbox['id']}"
    renamed = await client.patch(url, json={"name": "Stuff"}, headers=alice.headers)
    assert "keeps its name" in problem(renamed, 409)["detail"]
    assert (
        "cannot be deleted"
        in problem(await client.delete(url, headers=alice.headers), 409)["detail"]
    )
    shared = await client.post(
        f"{url}/members", json={"email": "x@example.test"}, headers=alice.headers
    )
    assert "cannot be shared" in problem(shared, 409)["detail"]


async def test_delete_and_restore_take_the_tasks_along(
    client: httpx.AsyncClient, alice: Account
) -> None:
    project = await create(client, alice)
    url = f"{PROJECTS}/{project['id']}"
    deleted = await client.delete(url, headers={**alice.headers, "If-Match": '"1"'})
    assert deleted.status_code == 204
    assert "was not found" in problem(await client.get(url, headers=alice.headers), 404)["detail"]
    assert await names(client, alice, archived=True) == ["Inbox"]
    again = await client.delete(url, headers=alice.headers)
    assert again.status_code == 204
    restored = await client.post(f"{url}/restore", headers=alice.headers)
    assert restored.status_code == 200, restored.text
    assert (restored.json()["name"], restored.headers["etag"]) == ("Home", '"3"')
    assert await names(client, alice) == ["Inbox", "Home"]


async def test_sharing_by_email(
    client: httpx.AsyncClient, alice: Account, bob: Account, sign_up: SignUp
) -> None:
    project = await create(client, alice)
    url = f"{PROJECTS}/{project['id']}"
    assert problem(await client.get(url, headers=bob.headers), 404)

    added = await client.post(
        f"{url}/members", json={"email": bob.email.upper(), "role": "viewer"}, headers=alice.headers
    )
    assert added.status_code == 201, added.text
    assert added.headers["location"] == f"{url}/members/{bob.id}"
    assert {k: added.json()[k] for k in ("user_id", "email", "role", "invited_by")} == {
        "user_id": bob.id,
        "email": bob.email,
        "role": "viewer",
        "invited_by": alice.id,
    }
    seen = await client.get(url, headers=bob.headers)
    assert seen.json()["role"] == "viewer"
    refused = await client.patch(url, json={"name": "Bob's"}, headers=bob.headers)
    assert "need the admin role" in problem(refused, 403)["detail"]
    twice = await client.post(f"{url}/members", json={"email": bob.email}, headers=alice.headers)
    assert "already a member" in problem(twice, 409)["detail"]

    address = f"carol-{uuid.uuid4().hex[:8]}@example.test"
    invited = await client.post(f"{url}/members", json={"email": address}, headers=alice.headers)
    assert invited.status_code == 201
    assert (invited.json()["user_id"], invited.json()["role"]) == (None, "editor")
    assert invited.headers["location"] == f"{url}/members/{address}"
    listed = await client.get(f"{url}/members", headers=bob.headers)
    assert [(m["email"], m["role"]) for m in listed.json()] == [
        (alice.email, "owner"),
        (bob.email, "viewer"),
        (address, "editor"),
    ]
    # The invitation's role changes by its e-mail; registering with the address takes it up.
    changed = await client.patch(
        f"{url}/members/{address}", json={"role": "admin"}, headers=alice.headers
    )
    assert (changed.status_code, changed.json()["role"]) == (200, "admin")
    registered = await client.post(
        "/api/v1/auth/register", json={"email": address, "password": PASSWORD}
    )
    assert registered.status_code == 202
    tokens = await client.post(
        "/api/v1/auth/token", data={"username": address, "password": PASSWORD}
    )
    carol = {"Authorization": f"Bearer {tokens.json()['access_token']}"}
    assert (await client.get(url, headers=carol)).json()["role"] == "admin"


async def test_roles_leaving_and_handing_over(
    client: httpx.AsyncClient, alice: Account, bob: Account
) -> None:
    project = await create(client, alice)
    url = f"{PROJECTS}/{project['id']}"
    await client.post(
        f"{url}/members", json={"email": bob.email, "role": "editor"}, headers=alice.headers
    )
    owner_leaves = await client.delete(f"{url}/members/{alice.id}", headers=alice.headers)
    assert "hand it over" in problem(owner_leaves, 409)["detail"]
    not_bobs = await client.delete(f"{url}/members/{alice.id}", headers=bob.headers)
    assert "need the admin role" in problem(not_bobs, 403)["detail"]
    unknown = await client.patch(
        f"{url}/members/nobody@example.test", json={"role": "viewer"}, headers=alice.headers
    )
    assert problem(unknown, 404)
    owner = await client.patch(
        f"{url}/members/{bob.id}", json={"role": "owner"}, headers=alice.headers
    )
    assert (owner.status_code, owner.json()["role"]) == (200, "owner")
    now_bobs = (await client.get(url, headers=bob.headers)).json()
    assert (now_bobs["owner_id"], now_bobs["role"]) == (bob.id, "owner")
    left = await client.delete(f"{url}/members/{alice.id}", headers=alice.headers)
    assert left.status_code == 204
    assert problem(await client.get(url, headers=alice.headers), 404)
    members = (await client.get(f"{url}/members", headers=bob.headers)).json()
    assert [(m["user_id"], m["role"]) for m in members] == [(bob.id, "owner")]


async def test_personal_tokens_need_projects_write(
    client: httpx.AsyncClient, alice: Account
) -> None:
    project = await create(client, alice)
    made = await client.post(
        "/api/v1/tokens",
        json={"name": "script", "scopes": ["tasks:read", "tasks:write"]},
        headers=alice.headers,
    )
    reader = {"Authorization": f"Bearer {made.json()['token']}"}
    assert (await client.get(f"{PROJECTS}/{project['id']}", headers=reader)).status_code == 200
    refused = await client.post(PROJECTS, json={"name": "Script"}, headers=reader)
    assert "projects:write" in problem(refused, 403)["detail"]
    made = await client.post(
        "/api/v1/tokens",
        json={"name": "projects", "scopes": ["projects:write"]},
        headers=alice.headers,
    )
    assert made.json()["scopes"] == ["projects:write"]
    writer = {"Authorization": f"Bearer {made.json()['token']}"}
    assert (await client.post(PROJECTS, json={"name": "Script"}, headers=writer)).status_code == 201


async def test_openapi_documents_every_project_route(client: httpx.AsyncClient) -> None:
    document = (await client.get("/openapi.json")).json()
    paths = document["paths"]
    expected = {
        PROJECTS: {"get", "post"},
        f"{PROJECTS}/{{project_id}}": {"get", "patch", "delete"},
        f"{PROJECTS}/{{project_id}}/restore": {"post"},
        f"{PROJECTS}/{{project_id}}/members": {"get", "post"},
        f"{PROJECTS}/{{project_id}}/members/{{member}}": {"patch", "delete"},
    }
    for path, methods in expected.items():
        assert set(paths[path]) == methods, path
        for method in methods:
            operation = paths[path][method]
            assert operation["tags"] == ["projects"]
            assert operation["summary"]
            assert operation["description"]
            documented = set(operation["responses"])
            assert {"401", "422"} <= documented, (method, path)
            if "{project_id}" in path:
                assert "404" in documented, (method, path)
            if method != "get":
                assert {"403", "409"} <= documented, (method, path)
            for status, response in operation["responses"].items():
                if status.startswith("4"):
                    schema = response["content"]["application/problem+json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/Problem"}
    schemas = document["components"]["schemas"]
    assert set(schemas["ProjectPublic"]["properties"]) >= {"role", "is_inbox", "version"}
    assert schemas["MemberCreate"]["properties"]["role"]["enum"] == ["viewer", "editor", "admin"]
