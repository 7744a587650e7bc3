"""Finding a project by the name a person writes (``+Groceries`` in quick-add text).

Names are compared in any case among the projects the actor is a member of, archived ones
included. Names are unique per owner, so the one match is usually plain; when projects of
several owners share the name, the actor's own wins, and otherwise the name is ambiguous.
"""

from __future__ import annotations

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.projects import ProjectRole, project_name_key
from todo.errors import Invalid


async def project_id_by_name(uow: UnitOfWork, actor: Actor, name: str) -> int:
    """Return the id of the actor's project called ``name`` (in any case), or raise
    :class:`Invalid` naming the field ``project``.

    ``await project_id_by_name(uow, me, "groceries")`` is the id of "Groceries".
    """
    key = project_name_key(name.strip())
    async with uow.reading():
        found = await uow.projects.of_member(actor.user_id, archived=True)
        named = [(project.id or 0, role) for project, role in found if project.name_key == key]
    if not named:
        raise Invalid(f"You have no project called '{name}'.", field="project")
    if len(named) > 1:
        own = [project_id for project_id, role in named if role is ProjectRole.OWNER]
        if len(own) != 1:
            ids = ", ".join(str(project_id) for project_id in sorted(p for p, _ in named))
            raise Invalid(
                f"Several of your projects are called '{name}' (ids {ids}); name one by its id.",
                field="project",
            )
        return own[0]
    return named[0][0]
