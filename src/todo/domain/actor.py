"""Who is asking: the identity every service call is made on behalf of."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Actor:
    """The user a call acts for, with the time zone their words are read in."""

    user_id: str
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    role: str = "user"

    @property
    def is_admin(self) -> bool:
        """Tell whether the actor may use the admin operations."""
        return self.role == "admin"
