"""Rate limits: fixed-window counters in memory (one process) or in Redis (shared by replicas).

``RateLimit.parse("10/minute")`` is ten hits per key in each minute; a hit beyond that is refused
with the seconds until the window turns over. A hit may cost more than one (a budget of model
tokens per day counts each turn's tokens), and :meth:`RateLimiter.peek` asks whether a key is
over its limit without counting anything (sign-in counts only its failures).

Keys may come from what a caller sends (an e-mail): a key longer than :data:`KEY_MAX` is stored
as its SHA-256 digest, and the memory store forgets ended windows and holds at most
:data:`MEMORY_KEYS_MAX` keys (the least recently used go first), so no input grows it for ever.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from todo.config import RATE_LIMIT_PATTERN
from todo.errors import Invalid, RateLimited

_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
_SPEC = re.compile(RATE_LIMIT_PATTERN)

log = logging.getLogger(__name__)

#: Longer keys are stored as their digest.
KEY_MAX = 96
#: Most counters the memory store holds at once (about 200 bytes each).
MEMORY_KEYS_MAX = 100_000
#: Seconds a call to the Redis store may take before it counts as unreachable.
STORE_TIMEOUT = 1.0


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

    async def hit(self, key: str, limit: RateLimit, *, cost: int = 1) -> float | None:
        """Count ``cost`` hits; return ``None`` when within the limit, else the seconds until
        the window turns over (the hits are counted either way)."""
        ...

    async def peek(self, key: str, limit: RateLimit) -> float | None:
        """Count nothing; return ``None`` while ``key`` is below its limit, else the seconds
        until the window turns over."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


def stored_key(key: str) -> str:
    """Return ``key`` as stored: itself when short, else a digest of it (same length always)."""
    if len(key) <= KEY_MAX:
        return key
    return "sha256:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


class MemoryRateLimiter:
    """Counters in this process: right for one API process.

    Each key keeps only its current window. The counters of one window length are held in the
    order they were last hit, so those of ended windows sit at the front and are dropped from
    there as time moves on; past ``max_keys`` counters of one length, the least recently hit
    goes first.
    """

    def __init__(
        self, *, max_keys: int = MEMORY_KEYS_MAX, now: Callable[[], float] = time.time
    ) -> None:
        #: window length → key → ``(window, count)``, least recently hit first.
        self._counts: dict[int, OrderedDict[str, tuple[int, int]]] = {}
        self._max_keys = max_keys
        self._now = now

    def __len__(self) -> int:
        """Return how many counters are held."""
        return sum(len(counters) for counters in self._counts.values())

    async def hit(self, key: str, limit: RateLimit, *, cost: int = 1) -> float | None:
        """Count ``cost`` hits; return ``None`` when within the limit, else the seconds to wait."""
        now = self._now()
        window = int(now // limit.seconds)
        counters = self._counts.setdefault(limit.seconds, OrderedDict())
        while counters:  # forget the ended windows, oldest first
            first = next(iter(counters.values()))
            if first[0] >= window:
                break
            counters.popitem(last=False)
        name = stored_key(key)
        held = counters.pop(name, None)
        count = (held[1] if held is not None and held[0] == window else 0) + cost
        counters[name] = (window, count)
        if len(counters) > self._max_keys:
            counters.popitem(last=False)
        if count <= limit.hits:
            return None
        return (window + 1) * limit.seconds - now

    async def peek(self, key: str, limit: RateLimit) -> float | None:
        """Return ``None`` while ``key`` is below its limit, else the seconds to wait."""
        now = self._now()
        window = int(now // limit.seconds)
        counters = self._counts.get(limit.seconds)
        held = counters.get(stored_key(key)) if counters is not None else None
        if held is None or held[0] != window or held[1] < limit.hits:
            return None
        return (window + 1) * limit.seconds - now

    async def aclose(self) -> None:
        """Nothing to release."""


class RedisRateLimiter:
    """Counters in Redis, so that every replica enforces the same limits; each expires with
    its window.

    While Redis cannot be reached the limits are still enforced, by counters in this process
    (a warning is logged once per outage): an outage of the store never fails a request.
    """

    def __init__(self, url: str, *, prefix: str = "todo:rate:") -> None:
        from redis.asyncio import Redis
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError

        self._redis = Redis.from_url(
            url, socket_connect_timeout=STORE_TIMEOUT, socket_timeout=STORE_TIMEOUT
        )
        self._prefix = prefix
        self._unreachable = (RedisConnectionError, RedisTimeoutError, OSError)
        self._fallback = MemoryRateLimiter()
        self._down = False

    def _name(self, key: str, limit: RateLimit, window: int) -> str:
        return f"{self._prefix}{limit.seconds}:{window}:{stored_key(key)}"

    async def hit(self, key: str, limit: RateLimit, *, cost: int = 1) -> float | None:
        """Count ``cost`` hits; return ``None`` when within the limit, else the seconds to wait."""
        now = time.time()
        window = int(now // limit.seconds)
        name = self._name(key, limit, window)
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.incrby(name, cost)
                pipe.expire(name, limit.seconds + 1)
                count, _ = await pipe.execute()
        except self._unreachable as error:
            self._went_down(error)
            return await self._fallback.hit(key, limit, cost=cost)
        self._down = False
        if int(count) <= limit.hits:
            return None
        return max(0.0, (window + 1) * limit.seconds - now)

    async def peek(self, key: str, limit: RateLimit) -> float | None:
        """Return ``None`` while ``key`` is below its limit, else the seconds to wait."""
        now = time.time()
        window = int(now // limit.seconds)
        try:
            count = await self._redis.get(self._name(key, limit, window))
        except self._unreachable as error:
            self._went_down(error)
            return await self._fallback.peek(key, limit)
        self._down = False
        if count is None or int(count) < limit.hits:
            return None
        return max(0.0, (window + 1) * limit.seconds - now)

    def _went_down(self, error: BaseException) -> None:
        if not self._down:
            self._down = True
            log.warning(
                "The rate-limit store cannot be reached (%s); counting in this process until "
                "it is back.",
                type(error).__name__,
            )

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._redis.aclose()


def retry_after_seconds(wait: float) -> int:
    """Return a ``Retry-After`` value: whole seconds, at least one."""
    return max(1, math.ceil(wait))


def too_many(wait: float) -> RateLimited:
    """Return the refusal of a caller who must wait ``wait`` seconds."""
    seconds = retry_after_seconds(wait)
    return RateLimited(f"Too many attempts; try again in {seconds} seconds.", retry_after=seconds)
