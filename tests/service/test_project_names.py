"""A project named in quick-add text (``+Groceries``): found among the actor's projects."""

from __future__ import annotations

import pytest

from todo.bootstrap import App
from todo.domain.actor import Actor
from todo.domain.projects import MemberCreate, ProjectCreate, ProjectUpdate
from todo.errors import Invalid
from todo.services import task_text
from todo.services.members import add_member
from todo.services.project_names import project_id_by_name
from todo.services.projects import create_project, update_project

from .conftest import new_user

pytestmark = pytest.mark.anyio


async def make(app: App, owner: Actor, name: str) -> int:
    project = await create_project(app.uow(), actor=owner, data=ProjectCreate(name=name))
    return project.id


async def share_with(app: App, owner: Actor, project_id: int, who: Actor) -> None:
    async with app.uow() as uow:
        user = await uow.users.get(who.user_id)
        assert user is not None
        email = user.email
    data = MemberCreate(email=email, role="editor")
    await add_member(app.uow(), actor=owner, project_id=project_id, data=data)


async def test_a_name_in_any_case_archived_or_not(app: App, me: Actor) -> None:
    groceries = await make(app, me, "Groceries")
    assert await project_id_by_name(app.uow(), me, "groceries") == groceries
    assert await project_id_by_name(app.uow(), me, "GROCERIES") == groceries
    changes = ProjectUpdate(archived=True)
    await update_project(app.uow(), actor=me, project_id=groceries, changes=changes)
    assert await project_id_by_name(app.uow(), me, "Groceries") == groceries


async def test_an_unknown_name_or_somebody_elses_project_is_one_sentence(
    app: App, me: Actor, other: Actor
) -> None:
    await make(app, other, "Secret")
    for name in ("Nope", "Secret"):
        with pytest.raises(Invalid) as raised:
            await project_id_by_name(app.uow(), me, name)
        assert raised.value.message == f"You have no project called '{name}'."
        assert [problem.field for problem in raised.value.problems] == ["project"]


async def test_your_own_project_wins_over_a_shared_one_of_that_name(
    app: App, me: Actor, other: Actor
) -> None:
    mine = await make(app, me, "Home")
    theirs = await make(app, other, "home")
    await share_with(app, other, theirs, me)
    assert await project_id_by_name(app.uow(), me, "HOME") == mine
    assert await project_id_by_name(app.uow(), other, "home") == theirs


async def test_two_shared_projects_of_one_name_are_ambiguous(
    app: App, me: Actor, other: Actor
) -> None:
    third = await new_user(app)
    first = await make(app, other, "Trip")
    second = await make(app, third, "Trip")
    await share_with(app, other, first, me)
    await share_with(app, third, second, me)
    with pytest.raises(Invalid) as raised:
        await project_id_by_name(app.uow(), me, "trip")
    assert raised.value.message == (
        f"Several of your projects are called 'trip' (ids {first}, {second}); name one by its id."
    )


async def test_quick_add_puts_the_task_in_the_project_it_names(app: App, me: Actor) -> None:
    groceries = await make(app, me, "Groceries")
    task = await task_text.add_from_text(app.uow(), actor=me, text="Buy milk +groceries tomorrow")
    assert (task.title, task.project_id) == ("Buy milk", groceries)
    with pytest.raises(Invalid, match="You have no project called 'Shops'"):
        await task_text.add_from_text(app.uow(), actor=me, text="Buy bread +Shops")


async def test_an_explicit_project_wins_and_the_name_is_not_looked_up(app: App, me: Actor) -> None:
    work = await make(app, me, "Work")
    task = await task_text.add_from_text(
        app.uow(), actor=me, text="Report +Nowhere", overrides={"project_id": work}
    )
    assert (task.title, task.project_id) == ("Report", work)


async def test_quick_edit_moves_the_task_to_the_project_it_names(app: App, me: Actor) -> None:
    work = await make(app, me, "Work")
    home = await make(app, me, "Home")
    task = await task_text.add_from_text(app.uow(), actor=me, text="Fix the printer")
    moved = await task_text.update_from_text(app.uow(), actor=me, task_id=task.id, text="+work")
    assert (moved.title, moved.project_id) == ("Fix the printer", work)
    kept = await task_text.update_from_text(
        app.uow(), actor=me, task_id=task.id, text="+Nowhere", overrides={"project_id": home}
    )
    assert kept.project_id == home
