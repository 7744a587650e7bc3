"""Rate limits: fixed-window counters in memory (one process) or in Redis (shared by replicas).

``RateLimit.parse("10/minute")`` is ten hits per key in each minute; a hit beyond that is refused
with the seconds until the window turns over.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from typing import Protocol

from todo.errors import Invalid

_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
_SPEC = re.compile(r"^\s*(\d+)\s*/\s*(second|minute|hour|day)s?\s*$")


@dataclass(frozen=True)
class RateLimit:
    """At most ``hits`` per ``seconds`` for one key."""

    hits: int
    seconds: int

    @classmethod
    def parse(cls, spec: str) -> RateLimit:
        """Read ``N/second|minute|hour|day``."""
        match = _SPEC.match(spec)
        if match is None or int(match.group(1)) < 1:
            raise Invalid(f"'{spec}' is not a rate limit such as 10/minute.", field="rate_limit")
        return cls(hits=int(match.group(1)), seconds=_UNITS[match.group(2)])


class RateLimiter(Protocol):
    """Counts hits per key; answers how long to wait when the limit is reached."""

    async def hit(self, key: str, limit: RateLimit) -> float | None:
        """Count one hit; return ``None`` when allowed, else the seconds until it would be."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


class MemoryRateLimiter:
    """Counters in this process: right for one API process."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, int], int] = {}
        self._window_of_cleanup = 0

    async def hit(self, key: str, limit: RateLimit) -> float | None:
        """Count one hit; return ``None`` when allowed, else the seconds until it would be."""
        now = time.time()
        window = int(now // limit.seconds)
        self._forget_old(now)
        count = self._counts.get((key, window), 0) + 1
        self._counts[(key, window)] = count
        if count <= limit.hits:
            return None
        return (window + 1) * limit.seconds - now

    def _forget_old(self, now: float) -> None:
        minute = int(now // 60)
        if minute == self._window_of_cleanup:
            return
        self._window_of_cleanup = minute
        self._counts = {
            (key, window): count
            for (key, window), count in self._counts.items()
            if window >= int(now // 86400) - 1 and count > 0
        }

    async def aclose(self) -> None:
        """Nothing to release."""


class RedisRateLimiter:
    """Counters in Redis, so that every replica enforces the same limits."""

    def __init__(self, url: str, *, prefix: str = "todo:rate:") -> None:
        from redis.asyncio import Redis

        self._redis = Redis.from_url(url)
        self._prefix = prefix

    async def hit(self, key: str, limit: RateLimit) -> float | None:
        """Count one hit; return ``None`` when allowed, else the seconds until it would be."""
        now = time.time()
        window = int(now // limit.seconds)
        name = f"{self._prefix}{limit.seconds}:{window}:{key}"
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(name)
            pipe.expire(name, limit.seconds + 1)
            count, _ = await pipe.execute()
        if int(count) <= limit.hits:
            return None
        return max(0.0, (window + 1) * limit.seconds - now)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._redis.aclose()


def retry_after_seconds(wait: float) -> int:
    """Return a ``Retry-After`` value: whole seconds, at least one."""
    return max(1, math.ceil(wait))
