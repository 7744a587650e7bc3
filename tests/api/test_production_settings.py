"""What ``TODO_ENV=production`` refuses to start with, and what it only warns about."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from todo.adapters.clock import FixedClock
from todo.config import Settings, production_warnings

from .conftest import api_settings
from .helpers import serve

pytestmark = pytest.mark.anyio

KEY = "a-production-key-that-is-long-enough-0123456789"
SECRET = "an-identity-providers-shared-secret-0123456789"
IDP = {"auth_issuer": "https://id.example.test", "auth_audience": "todo-api"}


def production(**values: Any) -> Settings:
    return Settings(**{"env": "production", "secret_key": KEY, **values})


@pytest.mark.parametrize(
    ("values", "field", "variable"),
    [
        ({"secret_key": None}, "secret_key", "TODO_SECRET_KEY"),
        (
            {"auth_shared_secret": SECRET, "auth_issuer": IDP["auth_issuer"]},
            "auth_audience",
            "TODO_AUTH_AUDIENCE",
        ),
        (
            {"auth_shared_secret": SECRET, "auth_audience": "todo-api"},
            "auth_issuer",
            "TODO_AUTH_ISSUER",
        ),
        (
            {"auth_jwks_url": "https://id.example.test/jwks", "auth_issuer": IDP["auth_issuer"]},
            "auth_audience",
            "TODO_AUTH_AUDIENCE",
        ),
        ({"auth_shared_secret": "x" * 31, **IDP}, "auth_shared_secret", "TODO_AUTH_SHARED_SECRET"),
        (
            {"auth_jwks_url": "http://id.example.test/jwks", **IDP},
            "auth_jwks_url",
            "TODO_AUTH_JWKS_URL",
        ),
        ({"llm_base_url": "http://ollama.internal:11434/v1"}, "llm_base_url", "TODO_LLM_BASE_URL"),
        ({"cors_origins": ["https://todo.example.com", "*"]}, "cors_origins", "TODO_CORS_ORIGINS"),
        ({"database_echo": True}, "database_echo", "TODO_DATABASE_ECHO"),
    ],
)
def test_production_refuses_weak_settings(
    values: dict[str, Any], field: str, variable: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        production(**values)
    errors = refused.value.errors(include_url=False)
    assert [error["loc"] for error in errors] == [(field,)]
    message = errors[0]["msg"]
    assert variable in message
    assert ". " not in message  # one sentence
    assert message.endswith(".")
    assert SECRET not in str(refused.value)


@pytest.mark.parametrize(
    "values",
    [
        {},
        {"auth_shared_secret": SECRET, **IDP},
        {"auth_jwks_url": "https://id.example.test/jwks", **IDP},
        {"llm_base_url": "https://api.openai.com/v1"},
        {"llm_base_url": "http://127.0.0.1:11434/v1"},
        {"llm_base_url": "http://localhost:11434/v1"},
        {"llm_base_url": "http://[::1]:11434/v1"},
        {"cors_origins": ["https://todo.example.com"]},
    ],
)
def test_production_accepts_sound_settings(values: dict[str, Any]) -> None:
    production(**values)


@pytest.mark.parametrize(
    "values",
    [
        {"auth_shared_secret": "short"},
        {"auth_jwks_url": "http://id.example.test/jwks"},
        {"cors_origins": ["*"]},
        {"database_echo": True},
        {"llm_base_url": "http://ollama.internal:11434/v1"},
    ],
)
def test_development_accepts_them(values: dict[str, Any], tmp_path: Path) -> None:
    Settings(home=tmp_path, **values)


def test_a_short_signing_key_is_refused_everywhere(tmp_path: Path) -> None:
    for env in ("development", "test", "production"):
        with pytest.raises(ValidationError) as refused:
            Settings(home=tmp_path, env=env, secret_key="too short")
        assert "TODO_SECRET_KEY" in str(refused.value)


def test_registration_is_closed_by_default_in_production_only(tmp_path: Path) -> None:
    assert production().registration_mode == "closed"
    assert production(registration="invite").registration_mode == "invite"
    assert Settings(home=tmp_path).registration_mode == "open"
    assert Settings(home=tmp_path, env="test").registration_mode == "open"
    assert not production().first_account_is_admin
    assert Settings(home=tmp_path).first_account_is_admin


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "FORWARDED_ALLOW_IPS is not set"),
        ({"FORWARDED_ALLOW_IPS": "*"}, "FORWARDED_ALLOW_IPS is '*'"),
        ({"FORWARDED_ALLOW_IPS": "10.0.0.5, *"}, "FORWARDED_ALLOW_IPS is '*'"),
        ({"FORWARDED_ALLOW_IPS": "10.0.0.5"}, None),
    ],
)
def test_production_warns_about_the_proxy_addresses(
    environ: dict[str, str], expected: str | None
) -> None:
    warnings = production_warnings(production(), environ)
    if expected is None:
        assert warnings == []
    else:
        assert len(warnings) == 1
        assert warnings[0].startswith(expected)
    assert production_warnings(Settings(env="test"), {}) == []


async def test_the_warnings_are_logged_when_the_server_starts(
    database_url: str,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    settings = api_settings(database_url, tmp_path, env="production", registration="open")
    with caplog.at_level(logging.WARNING, logger="todo.api"):
        async with serve(settings, clock):
            pass
    logged = [record.getMessage() for record in caplog.records if record.name == "todo.api"]
    assert any(message.startswith("FORWARDED_ALLOW_IPS is not set") for message in logged)
    assert any(message.startswith("TODO_REGISTRATION=open") for message in logged)

    caplog.clear()
    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "10.0.0.5")
    with caplog.at_level(logging.WARNING, logger="todo.api"):
        async with serve(api_settings(database_url, tmp_path, env="production"), clock):
            pass
    assert [
        r for r in caplog.records if r.name == "todo.api" and r.levelno >= logging.WARNING
    ] == []
