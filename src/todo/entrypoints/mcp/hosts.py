"""Which hosts the MCP endpoint and its authorization server answer for, the public URL they
name themselves by, and the answers both give.

Both name this server by ``TODO_PUBLIC_URL``; without it, by the request's ``Host`` — only when
that is a host the endpoint admits (``TODO_MCP_ALLOWED_HOSTS``), and then their metadata is not
cached by shared caches, which could hand one client's answer to another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import AnyHttpUrl, BaseModel
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import Scope

from todo.config import Settings


def allowed_hosts_and_origins(settings: Settings) -> tuple[list[str], list[str]]:
    """Return the Host and Origin values the MCP endpoint admits (DNS-rebinding protection)."""
    hosts = list(settings.mcp_allowed_hosts)
    origins = list(settings.mcp_allowed_origins)
    if settings.public_url:
        public = AnyHttpUrl(settings.public_url)
        default_port = {"http": 80, "https": 443}.get(public.scheme)
        netloc = public.host or ""
        if public.port is not None and public.port != default_port:
            netloc = f"{netloc}:{public.port}"
        hosts.append(netloc)
        origins.append(f"{public.scheme}://{netloc}")
    return hosts, origins


def public_base(scope: Scope, settings: Settings) -> str | None:
    """Return the server's public URL: ``TODO_PUBLIC_URL``, else what the request was sent to
    when its ``Host`` is one the MCP endpoint admits, else ``None`` (nothing to name)."""
    if settings.public_url:
        return settings.public_url.rstrip("/")
    host = Headers(scope=scope).get("host")
    if not host or not host_allowed(host, settings.mcp_allowed_hosts):
        return None
    scheme = "https" if scope.get("scheme") == "https" else "http"
    root = scope.get("app_root_path", scope.get("root_path", ""))
    return f"{scheme}://{host}{root}".rstrip("/")


_PORT = re.compile(r"[0-9]{1,5}")


def host_allowed(host: str, allowed: Iterable[str]) -> bool:
    """Tell whether a ``Host`` header names one of the ``allowed`` hosts; ``name:*`` admits the
    name with any port (digits only, so that nothing else can ride along)."""
    host = host.lower()
    name, _, port = host.rpartition(":")
    for pattern in (entry.lower() for entry in allowed):
        if host == pattern:
            return True
        if pattern.endswith(":*") and name == pattern[:-2] and _PORT.fullmatch(port):
            return True
    return False


def metadata_response(document: BaseModel, settings: Settings) -> JSONResponse:
    """Answer a metadata document; one built from the request's ``Host`` is private to it."""
    cache = (
        {"Cache-Control": "public, max-age=3600"}
        if settings.public_url
        else {"Cache-Control": "private, max-age=3600", "Vary": "Host"}
    )
    return JSONResponse(document.model_dump(mode="json", exclude_none=True), headers=cache)


MISDIRECTED = JSONResponse(
    {
        "type": "/problems/misdirected-request",
        "title": "Misdirected request",
        "status": 421,
        "detail": "This server does not answer for that host name; its operator can set "
        "TODO_PUBLIC_URL or add the name to TODO_MCP_ALLOWED_HOSTS.",
    },
    status_code=421,
    media_type="application/problem+json",
)
FOREIGN_ORIGIN = JSONResponse(
    {
        "type": "/problems/forbidden-origin",
        "title": "Forbidden origin",
        "status": 403,
        "detail": "Pages from that origin may not call this server; its operator can add it to "
        "TODO_MCP_ALLOWED_ORIGINS.",
    },
    status_code=403,
    media_type="application/problem+json",
)
