"""Opening the bus a URL names: ``open_bus("redis://cache:6379", member="api-1")``.

The factory imports the in-process bus or the FastStream one only when asked for it, so the
protocol module imports neither (and nothing of FastStream is loaded for ``memory://``).
"""

from __future__ import annotations

from todo.adapters.bus.protocol import SCHEMES, Bus


def open_bus(url: str, *, prefix: str = "todo", member: str, retry_after: float = 5.0) -> Bus:
    """Open the bus ``url`` names, unconnected: ``open_bus("redis://cache:6379", member="api-1")``.

    ``prefix`` starts the name of every stream, subject, topic, exchange, queue and group this
    bus uses, so several deployments (or test runs) can share one broker. ``member`` names this
    process among the members of its groups (unique per process). ``retry_after`` is roughly how
    many seconds pass before an event whose handler raised is delivered again (on Redis, also
    how long an event held by a process that died waits before another member takes it over).
    Only the chosen broker's client library is imported, and nothing of FastStream for
    ``memory://`` or ``dapr://`` (whose sidecar decides when to deliver again: ``retry_after``
    does not apply). A malformed URL raises :class:`ValueError` with one sentence.
    """
    scheme = url.partition("://")[0].lower()
    kind = SCHEMES.get(scheme)
    if kind is None or "://" not in url:
        known = ", ".join(f"{name}://" for name in SCHEMES)
        raise ValueError(f"The broker URL must start with one of {known}.")
    if not prefix or not all(c.isalnum() or c in "-_" for c in prefix):
        raise ValueError("The bus prefix may hold only letters, digits, '-' and '_'.")
    if kind == "memory":
        from todo.adapters.bus.memory import MemoryBus

        return MemoryBus()
    if kind == "dapr":  # the SDK and gRPC are imported only when a Dapr bus is used
        from todo.adapters.bus.dapr import DaprBus

        return DaprBus(url, prefix=prefix)

    from todo.adapters.bus.faststream import FastStreamBus

    return FastStreamBus.open(url, kind=kind, prefix=prefix, member=member, retry_after=retry_after)
