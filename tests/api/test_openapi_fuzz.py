"""Schemathesis over the whole OpenAPI document: no 5xx, and every response as documented.

The app runs in-process (ASGI), started once per database — a copy of the migrated SQLite
template, and a PostgreSQL database of its own — with two signed-up users: the first, an admin,
and a second with no role. Every operation is fuzzed once with each user's bearer token, so the
authenticated routes are exercised past the 401 and the admin routes both past and at the 403.
Examples are bounded so the whole document takes a minute or two.

The document is read from ``create_app().openapi()`` at import (no database needed for that);
each generated case is then sent to the app of the ``fuzzed_app`` fixture.
(``schemathesis.pytest.from_fixture`` would be the natural loader, but schemathesis 4.32 sets
``Node._nodeid``, which pytest 9.2 no longer has.)
"""

from __future__ import annotations

import os
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
from todo.entrypoints.server import create_app

from ..conftest import START, _postgres_database
from .conftest import PASSWORD, Account, api_settings

#: Generated examples per operation (and per generation phase); a deeper run sets
#: ``TODO_TEST_FUZZ_EXAMPLES`` (e.g. 500).
MAX_EXAMPLES = int(os.environ.get("TODO_TEST_FUZZ_EXAMPLES", "25"))

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]

_DOCUMENT = create_app(api_settings("sqlite+aiosqlite://", Path("unused"))).openapi()
schema = schemathesis.openapi.from_dict(_DOCUMENT)


# The parameters also give each operation's item a distinct node id on pytest 9.2, where
# schemathesis' own ``[METHOD /path]`` suffix is not part of the id.
@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def fuzzed_app(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FastAPI]:
    """The API on a migrated database of its own; schemathesis starts its lifespan on first
    use."""
    home = tmp_path_factory.mktemp("fuzz")
    if request.param == "sqlite":
        shutil.copyfile(request.getfixturevalue("sqlite_template"), home / "todo.db")
        databases: Iterator[str] = iter([f"sqlite+aiosqlite:///{home / 'todo.db'}"])
    else:
        databases = _postgres_database()
    api = create_app(api_settings(next(databases), home), clock=FixedClock(START))
    try:
        yield api
    finally:
        asgi.shutdown_lifespans()
        next(databases, None)  # drops the PostgreSQL database


@pytest.fixture(scope="module")
def accounts(fuzzed_app: FastAPI) -> dict[str, Account]:
    """The server's first user (an admin) and a second one (no role), signed in."""
    return {role: _sign_up(fuzzed_app) for role in ("admin", "user")}


@pytest.fixture(scope="module", params=["admin", "user"])
def account(request: pytest.FixtureRequest, accounts: dict[str, Account]) -> Account:
    """The user whose token goes with the generated requests."""
    return accounts[request.param]


def _sign_up(fuzzed_app: FastAPI) -> Account:
    """Register a new user and sign it in."""
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
