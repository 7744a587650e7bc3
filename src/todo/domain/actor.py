"""Who is asking: the identity every service call is made on behalf of."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from todo.domain.scopes import ALL_SCOPES, Scope
from todo.errors import Forbidden


@dataclass(frozen=True)
class Actor:
    """The user a call acts for, the time zone their words are read in, and what they may do."""

    user_id: str
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    role: str = "user"
    scopes: frozenset[Scope] = ALL_SCOPES
    #: ``session`` (a password sign-in, the local console, an external identity provider),
    #: ``personal_token`` or ``oauth`` (a connected application's token): those two reach tasks
    #: and chat, never the account itself.
    credential: str = "session"
    #: When the credential stops working (``None``: not known, e.g. the local console user).
    expires_at: datetime | None = None
    #: Whether the actor reaches only the tasks they created (the compatibility routes' view,
    #: from before projects could be shared) rather than every task of their projects.
    own_tasks_only: bool = False

    @property
    def is_admin(self) -> bool:
        """Tell whether the actor may use the admin operations."""
        return self.role == "admin"

    def require(self, scope: Scope) -> None:
        """Raise :class:`Forbidden` unless the actor's credential carries ``scope``."""
        if scope not in self.scopes:
            raise Forbidden(f"This token does not allow that; it needs the '{scope}' scope.")

    def require_session(self) -> None:
        """Raise :class:`Forbidden` when the actor came with a personal access token."""
        if self.credential != "session":
            raise Forbidden(
                "A personal access token or a connected application cannot manage the account; "
                "sign in with your password."
            )

    def require_admin(self) -> None:
        """Raise :class:`Forbidden` unless the actor is an admin signed in as such."""
        self.require_session()
        if not self.is_admin:
            raise Forbidden("Only an admin may do that.")
