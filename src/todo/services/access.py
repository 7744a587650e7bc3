"""Who may do what in a project: the one role check behind every project, member, task and
comment verb.

A project and everything in it is invisible to anybody who is not a member (or whose
invitation is still waiting): they are told it was not found, exactly as if it did not exist.
A member whose role is too low is told which role the action needs.
"""

from __future__ import annotations

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.cursor import MAX_ID
from todo.domain.projects import Project, ProjectRole
from todo.errors import Forbidden, NotFound


def project_not_found(project_id: int) -> NotFound:
    """Return the error a caller gets for a project that is not theirs to see."""
    return NotFound(f"Project {project_id} was not found.")


async def membership(
    uow: UnitOfWork, actor: Actor, project_id: int, *, for_update: bool = False
) -> tuple[Project, ProjectRole]:
    """Return the project ``project_id`` and the actor's role in it, inside the caller's open
    unit of work; raise :class:`NotFound` when it is deleted or the actor is not a member.

    With ``for_update`` the project's row is locked until the transaction ends."""
    if not 0 < project_id <= MAX_ID:
        raise project_not_found(project_id)
    found = await uow.projects.membership(actor.user_id, project_id, for_update=for_update)
    if found is None:
        raise project_not_found(project_id)
    return found


def require_role(project: Project, held: ProjectRole, needed: ProjectRole, doing: str) -> None:
    """Raise :class:`Forbidden` unless ``held`` allows what ``needed`` allows; ``doing`` ends
    the sentence ("to change its tasks")."""
    if held.allows(needed):
        return
    if needed is ProjectRole.OWNER:
        raise Forbidden(f"Only the owner of project '{project.name}' may {doing}.")
    article = "an" if held is ProjectRole.EDITOR or held is ProjectRole.ADMIN else "a"
    raise Forbidden(
        f"You need the {needed.value} role in project '{project.name}' to {doing}; "
        f"you are {article} {held.value}."
    )
