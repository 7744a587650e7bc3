"""``If-Match`` as RFC 9110 has it: ``*``, lists, strong comparison; a tag that does not match is
``412`` (however it is spelt), a value that is not a list of entity tags is ``422``."""

from __future__ import annotations

import httpx
import pytest

from tests.api.conftest import Account
from todo.entrypoints.api.preconditions import matching_versions

pytestmark = pytest.mark.anyio

TASKS = "/api/v1/tasks"


async def _task(client: httpx.AsyncClient, alice: Account) -> str:
    created = await client.post(TASKS, json={"title": "Buy milk"}, headers=alice.headers)
    assert created.headers["etag"] == '"1"'
    return f"{TASKS}/{created.json()['id']}"


async def test_a_tag_that_does_not_match_is_412_and_changes_nothing(
    client: httpx.AsyncClient, alice: Account
) -> None:
    url = await _task(client, alice)
    for stale in ['"stale-0"', '"2"', '"01"', 'W/"1"', '"2", W/"1"', '""']:
        headers = {**alice.headers, "If-Match": stale}
        refused = await client.patch(url, json={"title": "Oat milk"}, headers=headers)
        assert refused.status_code == 412, (stale, refused.text)
        assert refused.headers["content-type"] == "application/problem+json"
        assert "changed since you read it" in refused.json()["detail"]
    current = await client.get(url, headers=alice.headers)
    assert (current.json()["title"], current.headers["etag"]) == ("Buy milk", '"1"')


async def test_star_and_a_list_with_the_tag_in_it_match(
    client: httpx.AsyncClient, alice: Account
) -> None:
    url = await _task(client, alice)
    starred = await client.patch(
        url, json={"title": "Oat milk"}, headers={**alice.headers, "If-Match": "*"}
    )
    assert (starred.status_code, starred.headers["etag"]) == (200, '"2"')
    listed = await client.patch(
        url, json={"title": "Soy milk"}, headers={**alice.headers, "If-Match": '"a,b", W/"9", "2"'}
    )
    assert (listed.status_code, listed.headers["etag"]) == (200, '"3"')
    two_lines = [*alice.headers.items(), ("If-Match", '"1"'), ("If-Match", '"3"')]
    combined = await client.patch(url, json={"title": "Rice milk"}, headers=two_lines)
    assert (combined.status_code, combined.headers["etag"]) == (200, '"4"')
    missing = await client.patch(
        f"{TASKS}/999999", json={"title": "x"}, headers={**alice.headers, "If-Match": "*"}
    )
    assert missing.status_code == 404


async def test_a_value_that_is_not_a_list_of_entity_tags_is_422(
    client: httpx.AsyncClient, alice: Account
) -> None:
    url = await _task(client, alice)
    for malformed in ["1", "", '"1" "2"', '*, "1"', "W/1", '"1', ","]:
        headers = {**alice.headers, "If-Match": malformed}
        refused = await client.patch(url, json={"title": "Oat milk"}, headers=headers)
        assert refused.status_code == 422, (malformed, refused.text)
        assert refused.json()["errors"][0]["field"] == "If-Match"
    assert (await client.get(url, headers=alice.headers)).json()["title"] == "Buy milk"


async def test_complete_reopen_delete_and_restore_honour_if_match(
    client: httpx.AsyncClient, alice: Account
) -> None:
    url = await _task(client, alice)
    steps = [("POST", "/complete", 200), ("POST", "/reopen", 200), ("DELETE", "", 204)]
    steps.append(("POST", "/restore", 200))
    for version, (method, suffix, status) in enumerate(steps, start=1):
        stale = {**alice.headers, "If-Match": f'"{version + 1}"'}
        refused = await client.request(method, url + suffix, headers=stale)
        assert refused.status_code == 412, (method, suffix, refused.text)
        fresh = {**alice.headers, "If-Match": f'"{version}"'}
        done = await client.request(method, url + suffix, headers=fresh)
        assert done.status_code == status, (method, suffix, done.text)
    final = await client.get(url, headers=alice.headers)
    assert (final.json()["deleted_at"], final.headers["etag"]) == (None, '"5"')


def test_entity_tags_are_read_as_the_rfc_writes_them() -> None:
    assert matching_versions("*") is None
    assert matching_versions(' "3" ,, W/"4", "x,y" , "05", "6"') == {3, 6}
    assert matching_versions('"stale-0"') == frozenset()
