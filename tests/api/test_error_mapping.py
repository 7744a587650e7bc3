"""Every error the service layer can raise has its HTTP status, decided on purpose: a new
error class without an entry here fails the test, so nothing falls through to a bare 400."""

from __future__ import annotations

import inspect

import httpx
import pytest
from fastapi import FastAPI

from todo import errors
from todo.entrypoints.api import problems

pytestmark = pytest.mark.anyio

#: The status of each error class of todo.errors.
EXPECTED = {
    "TodoError": 400,
    "NotFound": 404,
    "Invalid": 422,
    "Conflict": 409,
    "StillInProgress": 409,
    "PreconditionFailed": 412,
    "Unauthorized": 401,
    "Forbidden": 403,
    "OAuthRefused": 400,
    "WrongPassword": 403,
    "RateLimited": 429,
    "Busy": 503,
    "Unavailable": 503,
    "DatabaseUnavailable": 503,
    "BrokerUnavailable": 503,
    "ServerUnreachable": 503,
    "SchemaOutdated": 503,
    "ConfigurationError": 500,
}


def _error_classes() -> list[type[errors.TodoError]]:
    return [
        kind
        for _, kind in inspect.getmembers(errors, inspect.isclass)
        if issubclass(kind, errors.TodoError) and kind.__module__ == errors.__name__
    ]


def _instance(kind: type[errors.TodoError]) -> errors.TodoError:
    if "retry_after" in inspect.signature(kind.__init__).parameters:
        return kind("It went wrong.", retry_after=3)  # type: ignore[call-arg]
    return kind("It went wrong.")


def test_every_error_class_has_a_decided_status() -> None:
    assert sorted(kind.__name__ for kind in _error_classes()) == sorted(EXPECTED)


@pytest.mark.parametrize("kind", _error_classes(), ids=lambda kind: kind.__name__)
async def test_the_rest_door_answers_each_error_with_its_status_and_one_sentence(
    kind: type[errors.TodoError],
) -> None:
    api = FastAPI()
    problems.install(api)

    @api.get("/fails")
    async def fails() -> None:
        raise _instance(kind)

    transport = httpx.ASGITransport(app=api)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        answer = await client.get("/fails")
    assert answer.status_code == EXPECTED[kind.__name__]
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["detail"] == "It went wrong."
