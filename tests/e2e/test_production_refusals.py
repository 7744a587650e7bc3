"""``todo serve`` with weak production settings exits at once with one sentence naming the
variable: no traceback, nothing listening."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TODO = Path(sys.executable).parent / "todo"
KEY = "a-production-key-that-is-long-enough-0123456789"


@pytest.mark.parametrize(
    ("extra", "variable"),
    [
        ({"TODO_SECRET_KEY": ""}, "TODO_SECRET_KEY"),
        ({"TODO_CORS_ORIGINS": '["*"]'}, "TODO_CORS_ORIGINS"),
        ({"TODO_DATABASE_ECHO": "true"}, "TODO_DATABASE_ECHO"),
        (
            {
                "BETTER_AUTH_SECRET": "short",
                "TODO_AUTH_ISSUER": "https://id.example.test",
                "TODO_AUTH_AUDIENCE": "todo",
            },
            "TODO_AUTH_SHARED_SECRET",
        ),
        ({"TODO_AUTH_JWKS_URL": "https://id.example.test/jwks"}, "TODO_AUTH_AUDIENCE"),
        ({"TODO_LLM_BASE_URL": "http://llm.internal/v1"}, "TODO_LLM_BASE_URL"),
    ],
)
def test_serve_refuses_weak_production_settings(
    tmp_path: Path, extra: dict[str, str], variable: str
) -> None:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("TODO_") and name != "BETTER_AUTH_SECRET"
    }
    env.update(
        {"TODO_HOME": str(tmp_path), "TODO_ENV": "production", "TODO_SECRET_KEY": KEY, **extra}
    )
    if not env["TODO_SECRET_KEY"]:
        del env["TODO_SECRET_KEY"]
    done = subprocess.run(
        [str(TODO), "serve", "--port", "9"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"Error: the setting {variable} is wrong: ")
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
