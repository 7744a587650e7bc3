"""The compatibility routes keep their exact shape: their OpenAPI description (operations and
every schema they refer to) is pinned in ``compat_openapi.json``, and each answer carries exactly
the contract's keys, whatever v1's tasks gain.

After a deliberate change of the contract, write the file again with
``TODO_WRITE_COMPAT_GOLDEN=1 pytest tests/api/test_compat_shape.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import Account

pytestmark = pytest.mark.anyio

GOLDEN = Path(__file__).with_name("compat_openapi.json")

#: The keys of a task as the contract shows it: v1's task of before projects, and ``due_date``.
CONTRACT_KEYS = frozenset(
    {
        "id",
        "user_id",
        "title",
        "description",
        "completed",
        "completed_at",
        "priority",
        "tags",
        "due_at",
        "all_day",
        "remind_at",
        "recurrence",
        "series_id",
        "created_at",
        "updated_at",
        "deleted_at",
        "version",
        "due_date",
    }
)


def _references(value: Any) -> set[str]:
    if isinstance(value, dict):
        found = {value["$ref"]} if isinstance(value.get("$ref"), str) else set()
        for item in value.values():
            found |= _references(item)
        return found
    if isinstance(value, list):
        return set().union(*(_references(item) for item in value)) if value else set()
    return set()


def compat_description(document: dict[str, Any]) -> dict[str, Any]:
    """Return the compatibility routes' part of an OpenAPI document: their operations and,
    transitively, every component schema they refer to."""
    paths = {
        path: operations
        for path, operations in document["paths"].items()
        if path.startswith("/api/{user_id}/")
    }
    schemas = document["components"]["schemas"]
    wanted: dict[str, Any] = {}
    todo = _references(paths)
    while todo:
        name = todo.pop().removeprefix("#/components/schemas/")
        if name in wanted:
            continue
        wanted[name] = schemas[name]
        todo |= _references(schemas[name])
    return {"paths": paths, "schemas": dict(sorted(wanted.items()))}


async def test_the_compat_openapi_description_is_unchanged(client: httpx.AsyncClient) -> None:
    document = (await client.get("/openapi.json")).json()
    described = compat_description(document)
    if os.environ.get("TODO_WRITE_COMPAT_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(described, indent=1, sort_keys=True) + "\n")
    assert described == json.loads(GOLDEN.read_text())
    for name in ("ContractTask",):
        assert set(described["schemas"][name]["properties"]) == CONTRACT_KEYS


async def test_every_compat_answer_has_exactly_the_contract_keys(
    client: httpx.AsyncClient, alice: Account
) -> None:
    base = f"/api/{alice.id}/tasks"
    created = await client.post(
        base, json={"title": "Pay rent #home", "tags": ["home"]}, headers=alice.headers
    )
    assert created.status_code == 201, created.text
    task_id = created.json()["id"]
    answers = [
        created.json(),
        (await client.get(f"{base}/{task_id}", headers=alice.headers)).json(),
        (
            await client.put(f"{base}/{task_id}", json={"title": "Rent"}, headers=alice.headers)
        ).json(),
        (await client.patch(f"{base}/{task_id}/complete", headers=alice.headers)).json(),
        *(await client.get(base, headers=alice.headers)).json(),
    ]
    assert len(answers) == 5
    for answer in answers:
        assert set(answer) == CONTRACT_KEYS
