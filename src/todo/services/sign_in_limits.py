"""How often sign-in may be tried, so that nobody can guess a password by trying them all.

Two counters, both checked before any password is (a refused attempt costs no hashing and its
answer tells nothing about the password it carried):

- every attempt from one network (an IPv4 address, an IPv6 ``/64``), whatever the e-mail: past
  ``per_network`` that network waits, the right password too, while the owner signing in from
  another network does not. Wrong passwords for one e-mail from one network are among these
  attempts, so they need no counter of their own.
- wrong passwords for one e-mail from every network together: a ceiling for an attacker spread
  over many networks. Past ``per_account`` sign-ins of that e-mail wait — except from a network
  it signed in from successfully in the last :data:`KNOWN_FOR` (an attacker cannot make a network
  known without the password, so the owner at home or at work is not locked out by strangers).
"""

from __future__ import annotations

from dataclasses import dataclass

from todo.adapters.rate_limits import RateLimit, RateLimiter, too_many

#: How long a network an e-mail signed in from stays exempt from that e-mail's ceiling.
KNOWN_FOR = RateLimit(hits=1, seconds=30 * 86400)


@dataclass(frozen=True)
class SignInLimits:
    """The sign-in limits of a server, counted in ``limiter``."""

    limiter: RateLimiter
    #: Attempts per network.
    per_network: RateLimit
    #: Wrong passwords per e-mail, from every network.
    per_account: RateLimit

    @classmethod
    def of(cls, limiter: RateLimiter, *, per_network: str, per_account: str) -> SignInLimits:
        """Return the limits written as ``N/minute`` (or ``/second``, ``/hour``, ``/day``)."""
        return cls(
            limiter=limiter,
            per_network=RateLimit.parse(per_network),
            per_account=RateLimit.parse(per_account),
        )

    async def admit(self, *, email: str, network: str) -> None:
        """Count an attempt from ``network``; raise :class:`~todo.errors.RateLimited` (with the
        longer wait) when that network, or ``email`` from every network not known to it, has
        used up its attempts."""
        waits = [await self.limiter.hit(f"login:ip:{network}", self.per_network)]
        if await self.limiter.peek(_known(email, network), KNOWN_FOR) is None:  # not known
            waits.append(await self.limiter.peek(_failed(email), self.per_account))
        longest = max((wait for wait in waits if wait is not None), default=None)
        if longest is not None:
            raise too_many(longest)

    async def count_failure(self, *, email: str) -> None:
        """Count a wrong password for ``email``; once the ceiling is reached, its next attempts
        wait (this one was checked, so it is answered as wrong)."""
        await self.limiter.hit(_failed(email), self.per_account)

    async def count_success(self, *, email: str, network: str) -> None:
        """Remember that ``email`` signed in from ``network``: it stays exempt from the
        e-mail's ceiling for :data:`KNOWN_FOR`."""
        await self.limiter.hit(_known(email, network), KNOWN_FOR)


def _failed(email: str) -> str:
    return f"login:failed:{email}"


def _known(email: str, network: str) -> str:
    return f"login:known:{email}:{network}"
