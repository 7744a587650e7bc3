"""What the Dapr bus and a Dapr sidecar say to each other: the ``dapr://`` URL, the envelopes a
delivery may come in, and the route that hands one delivery to the subscribers of a process.

See :mod:`todo.adapters.bus.dapr` for the bus itself.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from todo.adapters.bus.protocol import Handler

log = logging.getLogger("todo.adapters.bus.dapr")

#: The sidecar's gRPC address when the URL names none (Dapr's default ``DAPR_GRPC_PORT``).
DEFAULT_GRPC = "127.0.0.1:50001"
#: The app channel's port when the URL names none (the chart's ``dapr.io/app-port``).
DEFAULT_APP_PORT = 6001
#: The pub/sub components when the URL names none.
DEFAULT_PUBSUB, DEFAULT_BROADCAST = "todo-pubsub", "todo-broadcast"
#: Events whose handlers partly failed that a route remembers (not to call the others again).
REMEMBERED = 10_000
#: The CloudEvents content type: Dapr takes such a payload as the envelope itself.
CLOUDEVENTS = "application/cloudevents+json"
#: The type of the envelope Dapr wraps a payload in.
DAPR_EVENT_TYPE = "com.dapr.event.sent"
_QUERY = ("app_port", "app_host", "pubsub", "broadcast")


@dataclass(frozen=True)
class DaprAddress:
    """Where the sidecar is, where the app channel listens, and the components to use."""

    grpc: str = DEFAULT_GRPC
    app_host: str = "127.0.0.1"
    app_port: int = DEFAULT_APP_PORT
    pubsub: str = DEFAULT_PUBSUB
    broadcast: str = DEFAULT_BROADCAST

    @classmethod
    def parse(cls, url: str) -> DaprAddress:
        """Read a ``dapr://`` URL, or raise :class:`ValueError` with one sentence:
        ``DaprAddress.parse("dapr://127.0.0.1:50001?app_port=6001")``."""
        parts = urlsplit(url)
        if parts.scheme.lower() != "dapr":
            raise ValueError("A Dapr broker URL starts with dapr://.")
        if parts.username or parts.password or parts.path not in ("", "/") or parts.fragment:
            raise ValueError(
                "A dapr:// URL names only the sidecar's host:port and a query, e.g. "
                "dapr://127.0.0.1:50001?app_port=6001."
            )
        query = parse_qs(parts.query, keep_blank_values=True)
        unknown = sorted(set(query) - set(_QUERY))
        if unknown:
            raise ValueError(
                f"The dapr:// URL does not take '{unknown[0]}'; it takes {', '.join(_QUERY)}."
            )
        values = {name: query[name][-1] for name in query}
        try:
            port = parts.port
        except ValueError:
            port = -1
        if port is not None and not 0 < port < 65536:
            raise ValueError("The sidecar's port in the dapr:// URL must be 1 to 65535.")
        host = parts.hostname or "127.0.0.1"
        grpc = f"{host}:{port or 50001}" if ":" not in host else f"[{host}]:{port or 50001}"
        app_port = values.get("app_port", str(DEFAULT_APP_PORT))
        if not app_port.isdigit() or not 0 < int(app_port) < 65536:
            raise ValueError("app_port in the dapr:// URL must be a port number, 1 to 65535.")
        for name in ("pubsub", "broadcast"):
            value = values.get(name)
            if value is not None and not _is_name(value):
                raise ValueError(
                    f"{name} in the dapr:// URL must name a Dapr component (letters, digits, "
                    "'-', '_' and '.')."
                )
        return cls(
            grpc=grpc,
            app_host=values.get("app_host") or "127.0.0.1",
            app_port=int(app_port),
            pubsub=values.get("pubsub") or DEFAULT_PUBSUB,
            broadcast=values.get("broadcast") or DEFAULT_BROADCAST,
        )


def _is_name(value: str) -> bool:
    return 0 < len(value) <= 200 and all(c.isalnum() or c in "-_." for c in value)


@dataclass
class Route:
    """One route of the app channel: the handlers one delivery goes to, one delivery at a time."""

    topic: str
    #: ``(name, handler)``: the name says which subscription it is, in logs and stalled().
    handlers: list[tuple[str, Handler]]
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    #: Event id → the handlers (by index) that already took it, for events some handler failed.
    done: OrderedDict[str, set[int]] = field(default_factory=OrderedDict)

    async def deliver(self, event: dict[str, Any]) -> str:
        """Hand ``event`` to each handler that has not taken it yet; say ``SUCCESS`` or
        ``RETRY`` (when one raised)."""
        async with self.lock:
            event_id = event.get("id") if isinstance(event.get("id"), str) else None
            taken = self.done.pop(event_id, set()) if event_id else set()
            failed = False
            for index, (name, handler) in enumerate(self.handlers):
                if index in taken:
                    continue
                try:
                    await handler(event)
                except Exception:
                    failed = True
                    log.exception(
                        "A %s handler failed on event %s; Dapr retries it.", name, event_id
                    )
                else:
                    taken.add(index)
            if failed and event_id:
                self.done[event_id] = taken
                while len(self.done) > REMEMBERED:
                    self.done.popitem(last=False)
            return "RETRY" if failed else "SUCCESS"


def unwrap(body: Any) -> dict[str, Any] | None:
    """Return the event a delivery carries — the body itself when it is our CloudEvent, else the
    ``data`` (or ``data_base64``) of Dapr's envelope — or ``None`` when it carries no JSON
    object: ``unwrap({"type": "com.dapr.event.sent", "data": {"n": 1}})`` → ``{"n": 1}``."""
    if not isinstance(body, dict):
        return None
    data = body.get("data")
    if isinstance(data, dict) and "specversion" in data:
        return data  # a CloudEvent that was wrapped a second time
    if body.get("type") != DAPR_EVENT_TYPE:
        return body
    if isinstance(data, dict):
        return data
    raw: Any = data
    encoded = body.get("data_base64")
    if isinstance(encoded, str):
        try:
            raw = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            return None
    if isinstance(raw, str | bytes):
        try:
            inner = json.loads(raw)
        except ValueError:
            return None
        return inner if isinstance(inner, dict) else None
    return None


def is_cloud_event(event: dict[str, Any]) -> bool:
    """Tell whether ``event`` is a CloudEvent already (Dapr must not wrap it again)."""
    return all(isinstance(event.get(name), str) for name in ("specversion", "id", "source", "type"))
