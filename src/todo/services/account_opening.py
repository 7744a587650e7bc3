"""Opening an account: every way an account comes to be goes through here, so that each one
has its Inbox from the first moment."""

from __future__ import annotations

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.users import User


async def open_account(uow: UnitOfWork, *, user: User) -> User:
    """Write the new account ``user`` and its Inbox, inside the caller's open unit of work
    (which commits both, or neither); raise :class:`~todo.errors.Conflict` when the id or the
    e-mail was taken meanwhile (leave the transaction then).

    ``await open_account(uow, user=User(id=…, email="ada@example.com", created_at=now))``
    """
    await uow.users.add(user)
    await uow.projects.open_inbox(user, now=uow.clock.now())
    return user
