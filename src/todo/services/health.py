"""Health checks for probes, and who may read their details.

A probe must get its answer quickly, whatever is down, and a flood of unauthenticated probes
must not become a flood of connections to the database or the broker. So the broker is checked
in the background (:meth:`~todo.services.events.runtime.EventRuntime.health` reports the last
check) and the database through a :class:`CachedCheck`: at most one check at a time, its
answer reused for a couple of seconds, and a caller waits for a fresh one only briefly.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import time
from collections.abc import Awaitable, Callable
from typing import Literal

from todo.adapters.database import CHECK_TIMEOUT_SECONDS

#: How long a check's answer is reused (seconds).
FRESH_SECONDS = 2.0
#: How long a caller waits for a check under way before it takes the last answer (seconds).
WAIT_SECONDS = 0.5
#: How long the first caller waits, when there is no answer yet to fall back on (seconds): a
#: little longer than a database check may take.
FIRST_WAIT_SECONDS = CHECK_TIMEOUT_SECONDS + 0.5


class CachedCheck:
    """A check run at most once at a time, whose answer is reused for ``fresh`` seconds.

    ``await CachedCheck(app.check_database).result()`` answers within about
    ``wait`` seconds: when the check under way takes longer, the last answer is given, and the
    check goes on. Before the first answer there is nothing to fall back on, so callers wait up
    to ``first_wait`` seconds (then hear that the check has not finished).
    """

    def __init__(
        self,
        check: Callable[[], Awaitable[str | None]],
        *,
        fresh: float = FRESH_SECONDS,
        wait: float = WAIT_SECONDS,
        first_wait: float = FIRST_WAIT_SECONDS,
        pending: str = "the check has not finished yet",
    ) -> None:
        self._check = check
        self._fresh = fresh
        self._wait = wait
        self._first_wait = first_wait
        self._answer: str | None = pending
        self._answered_at: float | None = None
        self._running: asyncio.Task[str | None] | None = None

    async def result(self) -> str | None:
        """Return the check's answer: ``None`` when all is well, else one sentence."""
        now = time.monotonic()
        if self._answered_at is not None and now - self._answered_at < self._fresh:
            return self._answer
        if self._running is None:
            self._running = asyncio.create_task(self._run(), name="todo-health-check")
        wait = self._wait if self._answered_at is not None else self._first_wait
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._running), wait)
        return self._answer

    async def _run(self) -> str | None:
        try:
            self._answer = await self._check()
        except Exception as exc:  # a check that fails is an answer too
            self._answer = f"the check failed: {type(exc).__name__}"
        finally:
            self._answered_at = time.monotonic()
            self._running = None
        return self._answer


def details_allowed(
    *,
    public: Literal["auto", "yes", "no"],
    production: bool,
    token: str | None,
    authorization: str | None,
) -> bool:
    """Tell whether a caller may read operational details (``/metrics``, the checks of
    ``/readyz``): anyone when ``public`` is ``yes`` (``auto``: outside production), else only
    a caller who sends ``Authorization: Bearer <token>``."""
    if public == "yes" or (public == "auto" and not production):
        return True
    if not token or not authorization:
        return False
    scheme, _, presented = authorization.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(presented.strip().encode(), token.encode())
