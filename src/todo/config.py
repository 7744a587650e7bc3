"""Settings, read once from ``TODO_*`` environment variables and a ``.env`` file."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError
from pydantic_settings import BaseSettings, SettingsConfigDict

#: The shortest key that may sign tokens (HS256), in bytes.
MIN_SECRET_BYTES = 32
#: A rate limit as settings write it: ``N/second``, ``/minute``, ``/hour`` or ``/day``.
RATE_LIMIT_PATTERN = r"^\s*(\d{1,9})\s*/\s*(second|minute|hour|day)s?\s*$"


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
    database_pool_size: int = Field(
        default=15,
        ge=1,
        le=1000,
        description="Connections each process keeps open to PostgreSQL (requests beyond them "
        "wait for one); mind the server's max_connections times the number of processes.",
    )

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
    worker_host: str = Field(
        default="127.0.0.1",
        description="Address `todo worker` answers /healthz, /readyz and /metrics on.",
    )
    worker_port: int = Field(
        default=8001, ge=1, le=65535, description="Port of `todo worker`'s probes and metrics."
    )
    shutdown_grace_seconds: float = Field(
        default=30,
        gt=0,
        le=3600,
        description="On SIGTERM, how long `todo serve` lets requests in flight finish and "
        "`todo worker` lets the event it holds be applied, before they are cut short.",
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed to call the API from a browser."
    )
    max_body_bytes: int = Field(default=1_048_576, ge=1024, description="Largest request body.")
    redis_url: str | None = Field(
        default=None, description="Redis for rate limits shared by every API replica."
    )
    login_rate_limit: str = Field(
        default="10/minute",
        pattern=RATE_LIMIT_PATTERN,
        description=(
            "Sign-in attempts per address (an IPv6 one's /64), registrations per address and "
            "per e-mail, wrong current passwords per account on a password change."
        ),
    )
    login_account_rate_limit: str = Field(
        default="100/hour",
        pattern=RATE_LIMIT_PATTERN,
        description=(
            "Wrong passwords per e-mail from every address together; past it the e-mail's "
            "sign-ins wait, except from addresses it signed in from in the last 30 days."
        ),
    )
    write_rate_limit: str = Field(
        default="600/minute", pattern=RATE_LIMIT_PATTERN, description="Writes per user."
    )
    log_level: str = Field(default="INFO", description="Level of the logs.")
    log_format: Literal["auto", "json", "text"] = Field(
        default="auto",
        description="Logs as JSON lines (`json`), as short readable lines (`text`), or `auto`: "
        "text on a terminal, JSON otherwise (containers, CI, files).",
    )
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
    oauth_client_documents: bool = Field(
        default=True,
        description="Let applications sign in by OAuth with the https URL of their client ID "
        "metadata document as their id; the server fetches it, from public addresses only.",
    )
    oauth_document_private_hosts: list[str] = Field(
        default_factory=list,
        description="Host names whose client metadata documents may be fetched from private "
        "or loopback addresses (an assistant inside your own network). Default: none.",
    )
    oauth_document_ca_file: Path | None = Field(
        default=None,
        description="A PEM file of extra certificate authorities to trust when fetching client "
        "metadata documents (a private CA). Default: the system's only.",
    )
    broker_url: str = Field(
        default="memory://",
        pattern=r"^(memory|redis|rediss|nats|tls|kafka|amqp|amqps|dapr)://\S*$",
        description="The event broker: memory:// (in this process), redis://, nats://, "
        "kafka://, amqp:// or dapr:// (a Dapr sidecar; see docs/dapr.md).",
    )
    broker_prefix: str = Field(
        default="todo",
        pattern=r"^[A-Za-z0-9_-]{1,40}$",
        description="Starts the name of every stream, subject, topic and group on the broker, "
        "so several deployments can share one.",
    )
    dapr_secret_store: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9._-]{1,200}$",
        description="A Dapr secret store component (e.g. `kubernetes`) to read TODO_SECRET_KEY "
        "and TODO_DATABASE_URL from at start-up, through the pod's sidecar; what the "
        "environment sets itself is kept. See docs/dapr.md.",
    )
    dapr_secret_name: str = Field(
        default="todo",
        pattern=r"^[A-Za-z0-9._/-]{1,200}$",
        description="The secret read from TODO_DAPR_SECRET_STORE; its entries TODO_SECRET_KEY "
        "and TODO_DATABASE_URL give those settings.",
    )
    dapr_grpc_port: int = Field(
        default=50001,
        ge=1,
        le=65535,
        validation_alias=AliasChoices("TODO_DAPR_GRPC_PORT", "DAPR_GRPC_PORT"),
        description="The gRPC port of the Dapr sidecar on 127.0.0.1 (Dapr sets DAPR_GRPC_PORT).",
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
    reminder_trigger: Literal["scheduler", "dapr-jobs"] = Field(
        default="scheduler",
        description="What fires due reminders: `scheduler`, a timer in each `todo worker`, or "
        "`dapr-jobs`, Dapr's Jobs API (one worker per firing; needs TODO_BROKER_URL=dapr://).",
    )

    @field_validator("reminder_trigger")
    @classmethod
    def _jobs_need_dapr(cls, trigger: str, info: ValidationInfo) -> str:
        if trigger == "dapr-jobs" and not str(info.data.get("broker_url", "")).startswith("dapr:"):
            raise ValueError("dapr-jobs needs TODO_BROKER_URL=dapr://… (a Dapr sidecar)")
        return trigger

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
    otel_exporter_otlp_endpoint: str | None = Field(
        default=None,
        pattern=r"^https?://\S+$",
        validation_alias=AliasChoices("OTEL_EXPORTER_OTLP_ENDPOINT"),
        description="Base URL of an OpenTelemetry collector (OTLP over HTTP, e.g. "
        "http://collector:4318): `todo serve` and `todo worker` send it their traces. Unset, "
        "nothing is traced.",
    )
    otel_service_name: str | None = Field(
        default=None,
        max_length=200,
        validation_alias=AliasChoices("OTEL_SERVICE_NAME"),
        description="The service name of the traces; default: todo-api for `todo serve`, "
        "todo-worker for `todo worker`.",
    )
    ops_public: Literal["auto", "yes", "no"] = Field(
        default="auto",
        description="Show /metrics and the details of /readyz to anyone: `auto` does outside "
        "production; otherwise they need TODO_OPS_TOKEN (/readyz then says only ok or not).",
    )
    ops_token: SecretStr | None = Field(
        default=None,
        min_length=16,
        description="Bearer token that opens /metrics and the details of /readyz, on `todo serve` "
        "and on `todo worker`.",
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
    # What one client may hold or spend: connections, WebSockets, chat turns and model tokens.
    max_connections: int | None = Field(
        default=None,
        ge=10,
        description="Connections (HTTP and WebSocket) one `todo serve` process holds at once; "
        "more are answered 503. Default: the process's open-file limit less 256.",
    )
    live_connections_per_user: int = Field(
        default=10, ge=1, le=10_000, description="WebSockets one user may hold on one process."
    )
    live_pending_per_address: int = Field(
        default=20,
        ge=1,
        le=10_000,
        description="WebSockets one client address may hold on one process before they sign in.",
    )
    chat_rate_limit: str = Field(
        default="20/minute",
        pattern=RATE_LIMIT_PATTERN,
        description="Chat messages per user (N/second, /minute, /hour or /day).",
    )
    chat_daily_tokens: int = Field(
        default=200_000,
        ge=0,
        le=999_999_999,
        description="Language-model tokens (sent and received) one user may spend a day (UTC) "
        "with the LLM engine; 0 sets no budget.",
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
    console_agent: bool = Field(
        default=True,
        description="Run task commands on the embedded database in a background process that "
        "stays warm between commands (see docs/console.md).",
    )
    console_agent_idle_seconds: float = Field(
        default=600.0,
        gt=0,
        le=86_400,
        description="How long the console's background process waits for the next command "
        "before it ends.",
    )

    @model_validator(mode="after")
    def _llm_engine_has_an_endpoint(self) -> Settings:
        if self.chat_engine == "llm" and not self.llm_base_url:
            raise ValueError(
                "TODO_CHAT_ENGINE=llm needs TODO_LLM_BASE_URL (an OpenAI-compatible URL)."
            )
        return self

    # --- Accounts: who may register, and the settings production refuses ----------------------

    registration: Literal["open", "invite", "closed"] | None = Field(
        default=None,
        description="Who may open an account over the API: `open` (anyone), `invite` (with an "
        "invitation code from an admin) or `closed`. Default: open in development and test, "
        "closed in production.",
    )

    @property
    def registration_mode(self) -> Literal["open", "invite", "closed"]:
        """Return how accounts are opened over the API, the environment's default applied."""
        if self.registration is not None:
            return self.registration
        return "closed" if self.env == "production" else "open"

    @property
    def first_account_is_admin(self) -> bool:
        """Tell whether the first account opened over the API becomes admin: never in
        production, where the first admin comes from ``todo user create --admin``."""
        return self.env != "production"

    @model_validator(mode="after")
    def _refuse_weak_settings(self) -> Settings:
        """Refuse what would weaken sign-in or leak secrets: a short signing key anywhere; and
        in production, settings that are fine on a laptop but not on a server."""
        refused = refusals(self)
        if refused:
            raise ValidationError.from_exception_data(
                "Settings",
                [
                    InitErrorDetails(
                        type=PydanticCustomError("value_error", message),
                        loc=(field,),
                        input=None,
                    )
                    for field, message in refused
                ],
            )
        return self


def refusals(settings: Settings) -> list[tuple[str, str]]:
    """Return the settings refused, each as its field and one sentence naming its variable."""
    found: list[tuple[str, str]] = []
    key = settings.secret_key.get_secret_value().encode() if settings.secret_key else None
    if key is not None and len(key) < MIN_SECRET_BYTES:
        found.append(
            (
                "secret_key",
                f"TODO_SECRET_KEY must be at least {MIN_SECRET_BYTES} bytes; 48 random characters "
                "from Python's secrets.token_urlsafe(48) will do.",
            )
        )
    if settings.env != "production":
        return found
    if key is None and settings.dapr_secret_store is None:  # else read from the store later
        found.append(
            (
                "secret_key",
                "TODO_ENV=production needs TODO_SECRET_KEY (at least 32 bytes): a key generated "
                "on one machine would not be shared by the others.",
            )
        )
    shared = settings.auth_shared_secret
    external = shared is not None or settings.auth_jwks_url is not None
    if external and not settings.auth_audience:
        found.append(
            (
                "auth_audience",
                "TODO_ENV=production needs TODO_AUTH_AUDIENCE when tokens of another identity "
                "provider are trusted, so that tokens it issued for other services are refused.",
            )
        )
    if external and not settings.auth_issuer:
        found.append(
            (
                "auth_issuer",
                "TODO_ENV=production needs TODO_AUTH_ISSUER when tokens of another identity "
                "provider are trusted, so that no other issuer's tokens are accepted.",
            )
        )
    if shared is not None and len(shared.get_secret_value().encode()) < MIN_SECRET_BYTES:
        found.append(
            (
                "auth_shared_secret",
                f"TODO_ENV=production needs a TODO_AUTH_SHARED_SECRET of at least "
                f"{MIN_SECRET_BYTES} bytes: a shorter one can be guessed from any token it signed.",
            )
        )
    for field, variable in (
        ("auth_jwks_url", "TODO_AUTH_JWKS_URL"),
        ("llm_base_url", "TODO_LLM_BASE_URL"),
    ):
        url = getattr(settings, field)
        if url is not None and not is_https_or_loopback(url):
            found.append(
                (
                    field,
                    f"TODO_ENV=production needs an https:// {variable} (plain http is allowed "
                    "only to this machine), so that nobody on the way can read or change it.",
                )
            )
    if "*" in settings.cors_origins:
        found.append(
            (
                "cors_origins",
                "TODO_ENV=production refuses '*' in TODO_CORS_ORIGINS; list the origins of the "
                "web apps that may call the API.",
            )
        )
    if settings.database_echo:
        found.append(
            (
                "database_echo",
                "TODO_ENV=production refuses TODO_DATABASE_ECHO: it would log every statement "
                "with its values (password hashes, token digests, tasks).",
            )
        )
    return found


def is_https_or_loopback(url: str) -> bool:
    """Tell whether ``url`` is https, or plain http to this machine (a loopback address)."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return True
    return parts.scheme == "http" and is_loopback(parts.hostname or "")


def is_loopback(host: str) -> bool:
    """Tell whether ``host`` (a name or an address) is this machine: localhost, 127.x, ::1."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def production_warnings(settings: Settings, environ: Mapping[str, str]) -> list[str]:
    """Return what a production server should be told at start-up but may run with."""
    if settings.env != "production":
        return []
    warnings = []
    forwarded = environ.get("FORWARDED_ALLOW_IPS", "").strip()
    if not forwarded:
        warnings.append(
            "FORWARDED_ALLOW_IPS is not set: behind a proxy on another machine every client "
            "shares the proxy's address, so the per-address sign-in limit counts them together; "
            "set it to the proxy's address."
        )
    elif "*" in (part.strip() for part in forwarded.split(",")):
        warnings.append(
            "FORWARDED_ALLOW_IPS is '*': any client can name its own address in "
            "X-Forwarded-For and escape the per-address sign-in limit; set it to the proxy's "
            "address."
        )
    if settings.registration_mode == "open":
        warnings.append(
            "TODO_REGISTRATION=open: anyone who reaches this server can open an account."
        )
    return warnings
