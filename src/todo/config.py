"""Settings, read once from ``TODO_*`` environment variables and a ``.env`` file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_home() -> Path:
    """Return the XDG data directory of the embedded default: ``~/.local/share/todo``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "todo"


class Settings(BaseSettings):
    """Everything the product can be configured with; see the README's configuration table."""

    model_config = SettingsConfigDict(
        env_prefix="TODO_", env_file=".env", extra="ignore", frozen=True
    )

    env: Literal["development", "test", "production"] = Field(
        default="development", description="Deployment environment."
    )
    home: Path = Field(
        default_factory=default_home,
        description="Directory of the embedded database and other local state.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default: the SQLite file todo.db under TODO_HOME.",
    )
    timezone: str | None = Field(
        default=None,
        description="IANA time zone of the local console user; default: the machine's.",
    )
    database_echo: bool = Field(default=False, description="Log every SQL statement.")
