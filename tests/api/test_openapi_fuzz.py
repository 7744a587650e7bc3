"""Schemathesis over the whole OpenAPI document: no 5xx, and every response as documented.

The app runs in-process (ASGI) on a copy of the migrated SQLite template, started once for the
module, with one signed-up user whose bearer token goes with every generated request, so
authenticated routes are exercised past the 401. SQLite only, to stay quick; examples are
bounded so the whole document takes well under a minute.

The document is read from ``create_app().openapi()`` at import (no database needed for that);
each generated case is then sent to the app of the ``fuzzed_app`` fixture.
(``schemathesis.pytest.from_fixture`` would be the natural loader, but schemathesis 4.32 sets
``Node._nodeid``, which pytest 9.2 no longer has.)
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from todo.adapters.clock import FixedClock
from todo.entrypoints.api.app import create_app

from ..conftest import START
from .conftest import PASSWORD, Account, api_settings

#: Generated examples per operation (and per generation phase).
MAX_EXAMPLES = 25

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]

_DOCUMENT = create_app(api_settings("sqlite+aiosqlite://", Path("unused"))).openapi()
schema = schemathesis.openapi.from_dict(_DOCUMENT)


# One parameter only: PostgreSQL is left out to keep this quick (the route tests cover both).
# The parameter also gives each operation's item a distinct node id on pytest 9.2, where
# schemathesis' own ``[METHOD /path]`` suffix is not part of the id.
@pytest.fixture(scope="module", params=["sqlite"])
def fuzzed_app(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FastAPI]:
    """The API on a migrated SQLite copy; schemathesis starts its lifespan on first use."""
    home = tmp_path_factory.mktemp("fuzz")
    shutil.copyfile(sqlite_template, home / "todo.db")
    settings = api_settings(f"sqlite+aiosqlite:///{home / 'todo.db'}", home)
    api = create_app(settings, clock=FixedClock(START))
    try:
        yield api
    finally:
        asgi.shutdown_lifespans()


@pytest.fixture(scope="module")
def account(fuzzed_app: FastAPI) -> Account:
    """A freshly registered, signed-in user (the server's first: an admin)."""
    email = f"{uuid.uuid4().hex[:12]}@example.test"
    with asgi.get_client(cast(Any, fuzzed_app)) as http:
        created = http.post(
            "/api/v1/auth/register",
            json={"email": email, "password": PASSWORD, "timezone": "Europe/Berlin"},
        )
        assert created.status_code == 202, created.text
        tokens = http.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
        assert tokens.status_code == 200, tokens.text
        body = tokens.json()
        headers = {"Authorization": f"Bearer {body['access_token']}"}
        me = http.get("/api/v1/users/me", headers=headers)
    return Account(
        id=me.json()["id"], email=email, headers=headers, refresh_token=body["refresh_token"]
    )


@pytest.fixture(scope="module")
def bearer(account: Account) -> dict[str, str]:
    """The Authorization header every generated request carries."""
    return account.headers


def _integer_path_operations() -> list[Any]:
    found = []
    for path, item in _DOCUMENT["paths"].items():
        for method, operation in item.items():
            parameters = [p for p in operation.get("parameters", []) if p["in"] == "path"]
            if any(p["schema"].get("type") == "integer" for p in parameters):
                label = f"{method.upper()} {path}"
                found.append(pytest.param(method, path, parameters, id=label))
    return found


def test_document_is_served_as_built(fuzzed_app: FastAPI) -> None:
    """What schemathesis fuzzes is what ``/openapi.json`` serves."""
    with asgi.get_client(cast(Any, fuzzed_app)) as http:
        served = http.get("/openapi.json")
    assert served.status_code == 200
    assert served.json() == _DOCUMENT


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_openapi_conformance(
    case: schemathesis.Case[Any], fuzzed_app: FastAPI, bearer: dict[str, str]
) -> None:
    case.call_and_validate(app=fuzzed_app, headers=bearer, checks=CHECKS)


@pytest.mark.parametrize("value", [2**63, -(2**63) - 1], ids=["2**63", "-2**63-1"])
@pytest.mark.parametrize(("method", "path", "parameters"), _integer_path_operations())
def test_integer_path_parameters_beyond_64_bits(
    fuzzed_app: FastAPI,
    account: Account,
    method: str,
    path: str,
    parameters: list[dict[str, Any]],
    value: int,
) -> None:
    """Ids no database column can hold are a documented 4xx, never a 500 (fuzzing finds this
    only now and then, so it is pinned here)."""
    values = {
        p["name"]: value if p["schema"].get("type") == "integer" else account.id for p in parameters
    }
    case = schema[path][method].Case(path_parameters=values)
    case.call_and_validate(app=fuzzed_app, headers=account.headers, checks=CHECKS)
