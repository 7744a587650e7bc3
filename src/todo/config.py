"""Settings, read once from ``TODO_*`` environment variables and a ``.env`` file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_home() -> Path:
    """Return the XDG data directory of the embedded default: ``~/.local/share/todo``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "todo"


class Settings(BaseSettings):
    """Everything the product can be configured with; see the README's configuration table."""

    model_config = SettingsConfigDict(
        env_prefix="TODO_", env_file=".env", extra="ignore", frozen=True, populate_by_name=True
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

    secret_key: SecretStr | None = Field(
        default=None,
        description="Key that signs access tokens (at least 32 bytes). Outside production a "
        "random one is generated once and kept in TODO_HOME/secret_key.",
    )
    access_token_minutes: int = Field(default=15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=30, ge=1, le=365)
    auth_shared_secret: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("TODO_AUTH_SHARED_SECRET", "BETTER_AUTH_SECRET"),
        description="HS256 secret of an external identity provider whose tokens are accepted.",
    )
    auth_jwks_url: str | None = Field(
        default=None, description="JWKS URL of an external identity provider (any algorithm)."
    )
    auth_issuer: str | None = Field(default=None, description="Required `iss` of external tokens.")
    auth_audience: str | None = Field(
        default=None, description="Required `aud` of external tokens."
    )

    host: str = Field(default="127.0.0.1", description="Address `todo serve` listens on.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port `todo serve` listens on.")
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed to call the API from a browser."
    )
    max_body_bytes: int = Field(default=1_048_576, ge=1024, description="Largest request body.")
    redis_url: str | None = Field(
        default=None, description="Redis for rate limits shared by every API replica."
    )
    login_rate_limit: str = Field(
        default="10/minute", description="Login and register attempts per IP and per account."
    )
    write_rate_limit: str = Field(default="600/minute", description="Writes per user.")
    log_level: str = Field(default="INFO", description="Level of the JSON logs.")
    public_url: str | None = Field(
        default=None,
        pattern=r"^https?://[^\s/?#]+(/[^\s?#]*)?$",
        description="The URL clients reach this server at, e.g. https://todo.example.com; it "
        "names the MCP endpoint in its OAuth protected-resource metadata, and its host is "
        "admitted by the MCP endpoint. Default: the URL each request was sent to.",
    )
    mcp_allowed_hosts: list[str] = Field(
        default_factory=lambda: [
            f"{host}{port}" for host in ("127.0.0.1", "localhost", "[::1]") for port in ("", ":*")
        ],
        description="Host headers the MCP endpoint /mcp/ accepts (DNS-rebinding protection); "
        "'name:*' admits any port. Default: loopback names on any port.",
    )
    mcp_allowed_origins: list[str] = Field(
        default_factory=lambda: [
            f"http://{host}{port}"
            for host in ("127.0.0.1", "localhost", "[::1]")
            for port in ("", ":*")
        ],
        description="Origin headers the MCP endpoint accepts from browsers; requests without an "
        "Origin are always accepted. Default: loopback origins on any port.",
    )
    broker_url: str = Field(
        default="memory://",
        pattern=r"^(memory|redis|rediss|nats|tls|kafka|amqp|amqps)://\S*$",
        description="The event broker: memory:// (in this process), redis://, nats://, "
        "kafka:// or amqp://.",
    )
    broker_prefix: str = Field(
        default="todo",
        pattern=r"^[A-Za-z0-9_-]{1,40}$",
        description="Starts the name of every stream, subject, topic and group on the broker, "
        "so several deployments can share one.",
    )
    workers_in_server: Literal["auto", "yes", "no"] = Field(
        default="auto",
        description="Run the event workers (recurrence, reminders, notifications, activity) "
        "inside `todo serve`: `auto` does with the memory broker, where they must; with a real "
        "broker run `todo worker` processes instead.",
    )
    relay_in_server: bool = Field(
        default=True,
        description="Run the relay inside `todo serve`, so a change's events leave at once "
        "(several relays share the work safely); turn off to leave it to `todo worker`.",
    )
    relay_batch: int = Field(default=500, ge=1, le=10_000, description="Events per relay round.")
    relay_interval_seconds: float = Field(
        default=0.05, gt=0, le=60, description="How often the relay looks for unsent events."
    )
    reminder_interval_seconds: float = Field(
        default=1.0, gt=0, le=3600, description="How often due reminders are looked for."
    )
    consumer_attempts: int = Field(
        default=5, ge=1, le=100, description="Tries of an event before it becomes a dead letter."
    )
    # Sent events kept for replays, broker checks, and who may read the operational endpoints.
    outbox_retention_hours: float = Field(
        default=24,
        gt=0,
        le=24 * 366,
        description="How long sent events stay in the outbox, so that `todo events replay` can "
        "send them again to a broker that lost them.",
    )
    processed_retention_hours: float = Field(
        default=24 * 7,
        gt=0,
        le=24 * 366,
        description="How long each consumer remembers the events it processed; at least "
        "TODO_OUTBOX_RETENTION_HOURS, so that a replayed event is never applied twice.",
    )
    broker_check_seconds: float = Field(
        default=5.0,
        gt=0,
        le=3600,
        description="How often each process checks the broker, and starts again the "
        "subscriptions that stopped reading; /readyz reports the last check.",
    )
    ops_public: Literal["auto", "yes", "no"] = Field(
        default="auto",
        description="Show /metrics and the details of /readyz to anyone: `auto` does outside "
        "production; otherwise they need TODO_OPS_TOKEN (/readyz then says only ok or not).",
    )
    ops_token: SecretStr | None = Field(
        default=None,
        min_length=16,
        description="Bearer token that opens /metrics and the details of /readyz, and of "
        "`todo worker --health-port`.",
    )

    @field_validator("processed_retention_hours")
    @classmethod
    def _processed_outlives_the_outbox(cls, hours: float, info: ValidationInfo) -> float:
        kept = info.data.get("outbox_retention_hours")
        if kept is not None and hours < kept:
            raise ValueError("must be at least TODO_OUTBOX_RETENTION_HOURS")
        return hours

    live_heartbeat_seconds: float = Field(
        default=25.0, gt=0, le=3600, description="How often WebSocket clients get a ping."
    )
    chat_engine: Literal["auto", "offline", "llm"] = Field(
        default="auto",
        description="Chat engine: `offline` (rules, no model), `llm` (an agent on "
        "TODO_LLM_BASE_URL), or `auto`: `llm` when TODO_LLM_BASE_URL is set, else `offline`.",
    )
    llm_base_url: str | None = Field(
        default=None,
        pattern=r"^https?://\S+$",
        description="Any OpenAI-compatible endpoint, e.g. https://api.openai.com/v1 or "
        "http://127.0.0.1:11434/v1 (Ollama).",
    )
    llm_api_key: SecretStr | None = Field(
        default=None, description="API key of the LLM endpoint (some local servers need none)."
    )
    llm_model: str = Field(default="gpt-4o-mini", description="Model name at the LLM endpoint.")
    llm_timeout_seconds: float = Field(
        default=60.0, gt=0, le=600, description="How long one model call may take."
    )
    llm_tracing: bool = Field(
        default=False, description="Export Agents SDK traces to OpenAI (off by default)."
    )
    server: str | None = Field(
        default=None, description="URL of a Todo Evolution server the console talks to."
    )
    token: SecretStr | None = Field(
        default=None,
        description="A personal access token the console uses with TODO_SERVER instead of "
        "`todo login`.",
    )

    @model_validator(mode="after")
    def _llm_engine_has_an_endpoint(self) -> Settings:
        if self.chat_engine == "llm" and not self.llm_base_url:
            raise ValueError(
                "TODO_CHAT_ENGINE=llm needs TODO_LLM_BASE_URL (an OpenAI-compatible URL)."
            )
        return self
