"""Invitations to register, for servers whose registration is by invitation (admins only).

An invitation is a one-time code, stored only as its SHA-256, that expires after some days and
may be bound to one e-mail. Registering with it uses it up.
"""

from __future__ import annotations

from datetime import timedelta

from todo.adapters.security import new_opaque_token, token_digest
from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.cursor import MAX_ID
from todo.domain.invitations import (
    INVITATION_PREFIX,
    Invitation,
    InvitationCreate,
    InvitationCreated,
    InvitationPublic,
)
from todo.errors import NotFound


def _public(invitation: Invitation) -> InvitationPublic:
    assert invitation.id is not None
    return InvitationPublic(
        id=invitation.id,
        hint=invitation.hint,
        email=invitation.email,
        created_at=invitation.created_at,
        expires_at=invitation.expires_at,
    )


async def create_invitation(
    uow: UnitOfWork, *, actor: Actor, data: InvitationCreate
) -> InvitationCreated:
    """Create an invitation; the returned ``code`` is shown this once and stored as a hash."""
    actor.require_admin()
    return await _create(uow, data=data, created_by=actor.user_id)


async def create_operator_invitation(
    uow: UnitOfWork, *, data: InvitationCreate
) -> InvitationCreated:
    """Create an invitation for the operator at the server's console (``todo user invite``):
    whoever reaches the database is trusted, as with ``todo user create``; no account is made
    or named as its author."""
    return await _create(uow, data=data, created_by=None)


async def _create(
    uow: UnitOfWork, *, data: InvitationCreate, created_by: str | None
) -> InvitationCreated:
    code = new_opaque_token(INVITATION_PREFIX)
    async with uow:
        now = uow.clock.now()
        invitation = Invitation(
            code_hash=token_digest(code),
            hint=code[: len(INVITATION_PREFIX) + 4],
            email=data.email,
            created_by=created_by,
            created_at=now,
            expires_at=now + timedelta(days=data.expires_in_days),
        )
        await uow.users.add_invitation(invitation)
        await uow.commit()
        return InvitationCreated(**_public(invitation).model_dump(), code=code)


async def list_invitations(uow: UnitOfWork, *, actor: Actor) -> list[InvitationPublic]:
    """Return the invitations that can still be used, newest first (admins only)."""
    actor.require_admin()
    async with uow.reading():
        pending = await uow.users.pending_invitations(now=uow.clock.now())
        return [_public(invitation) for invitation in pending]


async def revoke_invitation(uow: UnitOfWork, *, actor: Actor, invitation_id: int) -> None:
    """Withdraw an unused invitation; its code stops working at once (admins only)."""
    actor.require_admin()
    if not 0 < invitation_id <= MAX_ID:
        raise NotFound(f"Invitation {invitation_id} was not found.")
    async with uow:
        if not await uow.users.delete_invitation(invitation_id):
            raise NotFound(f"Invitation {invitation_id} was not found.")
        await uow.commit()
