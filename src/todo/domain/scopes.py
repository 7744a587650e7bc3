"""Scopes: what a credential allows its bearer to do."""

from __future__ import annotations

from enum import StrEnum


class Scope(StrEnum):
    """One permission a credential can carry: ``tasks:read`` also reads projects and their
    members; ``projects:write`` creates, changes, shares and deletes projects."""

    TASKS_READ = "tasks:read"
    TASKS_WRITE = "tasks:write"
    CHAT = "chat"
    PROJECTS_WRITE = "projects:write"


#: Everything; what a password login and the local console user have.
ALL_SCOPES: frozenset[Scope] = frozenset(Scope)
