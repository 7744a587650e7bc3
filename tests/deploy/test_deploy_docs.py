"""docs/deploy.md stays true: the files it names exist, the settings it names are settings, and
its env file starts the product in production."""

from __future__ import annotations

import re

import pytest

from tests.deploy.conftest import ROOT, setting_names
from todo.config import Settings

PAGE = ROOT / "docs" / "deploy.md"
#: Variables the page names that are read by something other than the product's settings.
NOT_SETTINGS = {"FORWARDED_ALLOW_IPS", "TODO_PUBLISH_PORT"}


def test_every_path_the_page_names_exists() -> None:
    text = PAGE.read_text()
    paths = set(re.findall(r"`((?:deploy|docs)/[\w./-]+|compose\.yaml|Dockerfile)`", text))
    assert paths, "the page names no files"
    missing = sorted(path for path in paths if not (ROOT / path).exists())
    assert missing == []


def test_every_todo_variable_the_page_names_is_a_setting() -> None:
    named = set(re.findall(r"\bTODO_[A-Z_]+\b", PAGE.read_text()))
    assert named - setting_names() - NOT_SETTINGS == set()


def test_the_env_file_of_the_page_is_a_valid_production_configuration(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The ``todo.env`` written in "Docker or Podman", its placeholder filled in, is accepted
    by the settings with ``TODO_ENV=production`` (which refuses weak ones)."""
    block = re.search(r"cat > todo.env <<'EOF'\n(.*?)\nEOF", PAGE.read_text(), re.DOTALL)
    assert block is not None
    for line in block.group(1).splitlines():
        key, _, value = line.partition("=")
        if value.startswith("<"):
            value = "x" * 48  # the 48 random characters the placeholder asks for
        monkeypatch.setenv(key, value)
    settings = Settings(_env_file=None)
    assert settings.env == "production"
    assert settings.registration_mode == "invite"
