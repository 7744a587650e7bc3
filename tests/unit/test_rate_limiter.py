"""The rate limiters: windows that end are forgotten, keys are bounded, hits may cost more than
one, and a peek counts nothing — in memory and in the real Redis."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator

import pytest

from todo.adapters.rate_limits import (
    KEY_MAX,
    MemoryRateLimiter,
    RateLimit,
    RateLimiter,
    RedisRateLimiter,
    stored_key,
)

from ..conftest import missing_service

pytestmark = pytest.mark.anyio

REDIS_URL = os.environ.get("TODO_TEST_REDIS_URL", "redis://127.0.0.1:6379")
PER_MINUTE = RateLimit(hits=10, seconds=60)
PER_DAY = RateLimit(hits=10, seconds=86400)


class Time:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0  # a window boundary of every length used here

    def __call__(self) -> float:
        return self.now


async def test_ended_windows_are_forgotten() -> None:
    time = Time()
    limiter = MemoryRateLimiter(now=time)
    for n in range(1000):
        await limiter.hit(f"login:email:{n}@example.com", PER_MINUTE)
    await limiter.hit("write:ada", PER_DAY)
    assert len(limiter) == 1001
    time.now += 3 * 86400  # three days later, one more hit
    await limiter.hit("login:email:new@example.com", PER_MINUTE)
    await limiter.hit("write:ada", PER_DAY)
    assert len(limiter) == 2


async def test_the_memory_store_holds_a_bounded_number_of_keys() -> None:
    limiter = MemoryRateLimiter(max_keys=100, now=Time())
    for n in range(10_000):
        await limiter.hit(f"login:email:{n}", PER_MINUTE)
    assert len(limiter) == 100
    # the counters kept are the most recently hit: the last key's count goes on from one
    for _ in range(9):
        assert await limiter.hit("login:email:9999", PER_MINUTE) is None
    assert await limiter.peek("login:email:9999", PER_MINUTE) is not None


def test_long_keys_are_stored_as_their_digest() -> None:
    short = "login:email:ada@example.com"
    assert stored_key(short) == short
    long = "login:email:" + "x" * 1_000_000
    assert len(stored_key(long)) <= KEY_MAX
    assert stored_key(long) == stored_key("login:email:" + "x" * 1_000_000)
    assert stored_key(long) != stored_key(long + "y")
    assert stored_key("\ud800" * 200).startswith("sha256:")  # any text, even lone surrogates


@pytest.fixture(params=["memory", "redis"])
async def limiter(request: pytest.FixtureRequest) -> AsyncIterator[tuple[RateLimiter, str]]:
    """A limiter of each kind, and a key prefix no other test run uses."""
    prefix = f"test-{secrets.token_hex(6)}:"
    if request.param == "memory":
        yield MemoryRateLimiter(), prefix
        return
    redis = RedisRateLimiter(REDIS_URL)
    try:
        await redis.peek(prefix + "probe", PER_DAY)
    except Exception as exc:  # unreachable server
        await redis.aclose()
        missing_service(f"Redis at {REDIS_URL} is not usable: {exc}")
    yield redis, prefix
    await redis.aclose()


async def test_a_hit_may_cost_more_than_one(limiter: tuple[RateLimiter, str]) -> None:
    store, prefix = limiter
    assert await store.hit(prefix + "tokens", PER_DAY, cost=7) is None
    assert await store.hit(prefix + "tokens", PER_DAY, cost=3) is None
    wait = await store.hit(prefix + "tokens", PER_DAY, cost=1)
    assert wait is not None
    assert 0 < wait <= 86400


async def test_a_peek_counts_nothing(limiter: tuple[RateLimiter, str]) -> None:
    store, prefix = limiter
    key = prefix + "failures"
    for _ in range(50):
        assert await store.peek(key, PER_DAY) is None
    for _ in range(9):
        await store.hit(key, PER_DAY)
    assert await store.peek(key, PER_DAY) is None  # nine of ten used: one more may come
    await store.hit(key, PER_DAY)
    wait = await store.peek(key, PER_DAY)
    assert wait is not None
    assert 0 < wait <= 86400


async def test_an_unreachable_redis_store_counts_in_the_process(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A request is never failed by the store: while Redis is down, this process counts."""
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = RedisRateLimiter(f"redis://127.0.0.1:{port}/0")
    try:
        for _ in range(10):
            assert await store.hit("login:email:ada@example.com", PER_DAY) is None
        assert await store.peek("login:email:ada@example.com", PER_DAY) is not None
        assert await store.hit("login:email:ada@example.com", PER_DAY) is not None
    finally:
        await store.aclose()
    warnings = [r for r in caplog.records if "rate-limit store cannot be reached" in r.message]
    assert len(warnings) == 1
