"""Opening an account: every way an account comes to be goes through here, so that each one
has its Inbox from the first moment, and joins the projects its e-mail was invited to."""

from __future__ import annotations

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.events import EventType, project_event
from todo.domain.projects import MemberPublic
from todo.domain.users import User


async def open_account(uow: UnitOfWork, *, user: User, claims_invitations: bool = True) -> User:
    """Write the new account ``user`` and its Inbox, and take up the invitations to projects
    waiting for its e-mail (a ``todo.member.updated`` event each; not with
    ``claims_invitations`` false: an e-mail nobody vouched for), inside the caller's open
    unit of work (which commits all of it, or none); raise :class:`~todo.errors.Conflict`
    when the id or the e-mail was taken meanwhile (leave the transaction then).

    ``await open_account(uow, user=User(id=…, email="ada@example.com", created_at=now))``
    """
    await uow.users.add(user)
    now = uow.clock.now()
    await uow.projects.open_inbox(user, now=now)
    if not claims_invitations:
        return user
    for member, owner in await uow.projects.claim_invitations(user.id, user.email, now=now):
        uow.emit(
            project_event(
                EventType.MEMBER_UPDATED,
                member.project_id,
                owner=owner,
                actor=user.id,
                member=MemberPublic.of(member).record(),
                changes=("user_id", "accepted_at"),
                audience=await uow.tasks.audience(member.project_id),
            )
        )
    return user
