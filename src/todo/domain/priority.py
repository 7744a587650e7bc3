"""Task priorities, from ``none`` to ``urgent``."""

from __future__ import annotations

from enum import StrEnum


class Priority(StrEnum):
    """How important a task is; the order of the members is the order of importance."""

    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    URGENT = "urgent"

    @property
    def rank(self) -> int:
        """Return 0 for ``none`` up to 4 for ``urgent``; the database stores and sorts by this."""
        return _RANKS[self]

    @classmethod
    def from_rank(cls, rank: int) -> Priority:
        """Return the priority stored as ``rank``."""
        return _BY_RANK[rank]


_RANKS = {priority: rank for rank, priority in enumerate(Priority)}
_BY_RANK = dict(enumerate(Priority))
