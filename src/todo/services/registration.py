"""How accounts come to be: registration over the API (open, by invitation, or closed), and
accounts an operator creates on the server's own database.

Registration answers alike whether or not the e-mail had an account: the password is hashed
either way, nothing is said of the existing account, and a person who already has one simply
signs in with its own password. Outside production the first account opened this way becomes the
server's admin; a one-row claim decides it, so two first registrations at the same moment never
make two admins.
"""

from __future__ import annotations

import uuid

from todo.adapters.security import AuthKit, token_digest
from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.users import (
    LOCAL_USER_EMAIL,
    RegistrationAccepted,
    RegistrationMode,
    User,
    UserPublic,
    UserRegister,
)
from todo.errors import Conflict, Forbidden, Invalid
from todo.services.account_opening import open_account
from todo.services.accounts import public

ACCEPTED = (
    "Registration received: if this e-mail had no account, it has one now. "
    "Sign in with the e-mail and your password."
)
CLOSED = "This server does not open accounts over the API; ask its admin for one."
NEEDS_INVITATION = (
    "This server opens accounts by invitation; give the invitation code you received."
)
BAD_INVITATION = (
    "The invitation code is not valid: it may be mistyped, used, expired or meant for another "
    "e-mail."
)


def _not_reserved(email: str) -> None:
    if email == LOCAL_USER_EMAIL:
        raise Invalid("That e-mail is reserved for the built-in local user.", field="email")


async def register(
    uow: UnitOfWork,
    *,
    kit: AuthKit,
    data: UserRegister,
    mode: RegistrationMode,
    first_is_admin: bool,
) -> RegistrationAccepted:
    """Open an account unless the e-mail has one; answer the same either way.

    ``mode`` is the server's registration policy: ``closed`` refuses, ``invite`` needs the code
    of an unused, unexpired invitation (which it uses up, whatever the e-mail). With
    ``first_is_admin`` the first account of the server becomes its admin.
    """
    if mode == "closed":
        raise Forbidden(CLOSED)
    _not_reserved(data.email)
    code_hash = None
    if mode == "invite":
        if not data.invitation:
            raise Invalid(NEEDS_INVITATION, field="invitation")
        code_hash = token_digest(data.invitation)
    # Hashed before anything is looked up, so an existing account costs the same time.
    password_hash = await kit.passwords.hash(data.password)
    accepted = RegistrationAccepted(email=data.email, detail=ACCEPTED)
    async with uow:
        now = uow.clock.now()
        if code_hash is not None and not await uow.users.redeem_invitation(
            code_hash, email=data.email, now=now
        ):
            raise Invalid(BAD_INVITATION, field="invitation")
        if await uow.users.get_by_email(data.email) is not None:
            await uow.commit()  # the invitation is used up all the same
            return accepted
        user = User(
            id=str(uuid.uuid4()),
            email=data.email,
            name=data.name,
            timezone=data.timezone,
            created_at=now,
            password_hash=password_hash,
        )
        try:
            await open_account(uow, user=user)
        except Conflict:
            return accepted  # opened at this same moment by another request
        if (
            first_is_admin
            and await uow.users.count_accounts() == 1
            and await uow.users.claim_first_admin(user.id, now=now)
        ):
            user.role = "admin"
            uow.users.save(user)
        await uow.commit()
    return accepted


async def create_account(
    uow: UnitOfWork, *, kit: AuthKit, data: UserRegister, role: str = "user"
) -> UserPublic:
    """Create an account with a password and a role (for the server's operator, e.g.
    ``todo user create --admin``); raise :class:`Conflict` when the e-mail has one."""
    _not_reserved(data.email)
    password_hash = await kit.passwords.hash(data.password)
    async with uow:
        if await uow.users.get_by_email(data.email) is not None:
            raise Conflict(f"An account with the e-mail {data.email} already exists.")
        user = User(
            id=str(uuid.uuid4()),
            email=data.email,
            name=data.name,
            role=role,
            timezone=data.timezone,
            created_at=uow.clock.now(),
            password_hash=password_hash,
        )
        await open_account(uow, user=user)
        await uow.commit()
        return public(user)
