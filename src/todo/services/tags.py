"""Tag verbs: list with counts, rename (merging into an existing tag), delete everywhere.

Renaming or deleting a tag changes the tags of every task that carries it, so each such task gets
a new version and a ``todo.task.updated`` event, exactly as if it had been edited by hand.
"""

from __future__ import annotations

from todo.adapters.unit_of_work import UnitOfWork
from todo.domain.actor import Actor
from todo.domain.events import EventType
from todo.domain.scopes import Scope
from todo.domain.tags import Tag, TagSummary
from todo.domain.tasks import clean_tag
from todo.domain.text import text_problem
from todo.errors import Conflict, Invalid, NotFound
from todo.services.task_changes import record_change


async def list_tags(uow: UnitOfWork, *, actor: Actor) -> list[TagSummary]:
    """Return the actor's tags, A to Z, with their open and total task counts."""
    actor.require(Scope.TASKS_READ)
    async with uow.reading():
        return await uow.tags.summaries(actor.user_id)


async def rename_tag(uow: UnitOfWork, *, actor: Actor, name: str, new_name: str) -> TagSummary:
    """Rename a tag on every task; renaming onto an existing tag merges the two."""
    actor.require(Scope.TASKS_WRITE)
    new_name = clean_tag(new_name)
    async with uow:
        tag = await _owned(uow, actor, name)
        target = await uow.tags.get(actor.user_id, new_name)
        affected = await uow.tags.task_ids_with(tag)
        # The tasks first, then the tags, each lowest id first: as an edit of a task does.
        await uow.tasks.lock(actor.user_id, affected)
        if not await uow.tags.lock([tag] if target is None else [tag, target]):
            raise Conflict(f"The tag '{name}' changed meanwhile; try again.")
        if target is None or target.id == tag.id:
            if tag.name == new_name:
                return await _summary(uow, actor, new_name)
            await uow.tags.rename(tag, new_name)
        else:
            await uow.tags.merge(tag, target)
        await _touch(uow, actor, affected)
        summary = await _summary(uow, actor, new_name)
        await uow.commit()
        return summary


async def delete_tag(uow: UnitOfWork, *, actor: Actor, name: str) -> None:
    """Remove a tag from every task and forget it."""
    actor.require(Scope.TASKS_WRITE)
    async with uow:
        tag = await _owned(uow, actor, name)
        affected = await uow.tags.task_ids_with(tag)
        await uow.tasks.lock(actor.user_id, affected)  # the tasks first, then the tag
        if not await uow.tags.lock([tag]):
            raise Conflict(f"The tag '{name}' changed meanwhile; try again.")
        await uow.tags.remove(tag)
        await _touch(uow, actor, affected)
        await uow.commit()


async def _owned(uow: UnitOfWork, actor: Actor, name: str) -> Tag:
    problem = text_problem(name)
    if problem is not None:
        raise Invalid(f"The tag's name {problem}.", field="name")
    tag = await uow.tags.get(actor.user_id, name.strip().removeprefix("#"))
    if tag is None:
        raise NotFound(f"There is no tag called '{name}'.")
    return tag


async def _summary(uow: UnitOfWork, actor: Actor, name: str) -> TagSummary:
    key = name.casefold()
    for summary in await uow.tags.summaries(actor.user_id):
        if summary.name.casefold() == key:
            return summary
    raise NotFound(f"There is no tag called '{name}'.")


async def _touch(uow: UnitOfWork, actor: Actor, task_ids: list[int]) -> None:
    """Give each changed task a new version and record that its tags changed."""
    if not task_ids:
        return
    now = uow.clock.now()
    names = await uow.tags.names_of(task_ids)
    for task_id in task_ids:
        # The actor's tags are on the tasks of the projects they own, whoever made them.
        found = await uow.tasks.get_as_member(actor.user_id, task_id)
        if found is None:
            continue
        task = found[0]
        changed = [(EventType.TASK_UPDATED, ("tags",))]
        await record_change(uow, task, changed, at=now, tags=names.get(task_id, []))
