"""The project tools for AI assistants: list and add projects, share one, comment on a task.

Defined as the task tools of :mod:`todo.services.assistant.tools` are (which lists them all in
``TOOLS``): the first argument is the :class:`ToolSession`, the others are keyword-only and
described for a model to read, and the result is a Pydantic model.

A project is named by ``project``: its name (in any case, among the projects the caller is a
member of) or its id; a name written only in digits is read as an id.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import Field

from todo.domain.comments import COMMENT_MAX, CommentCreate
from todo.domain.projects import (
    PROJECT_DESCRIPTION_MAX,
    PROJECT_NAME_MAX,
    MemberCreate,
    ProjectCreate,
    ProjectPublic,
    ProjectRole,
)
from todo.domain.text import PlainText
from todo.errors import Invalid
from todo.services import comments, members, projects
from todo.services.assistant.tool_views import (
    TaskIdArg,
    TaskResult,
    TaskView,
    TaskWords,
    ToolResult,
    ToolSession,
    UserId,
    check_user,
    find_task,
)
from todo.services.project_names import project_id_by_name
from todo.services.validation import parse_input

#: A project as an argument: its id, or its name.
ProjectRef = Annotated[int, Field(ge=1)] | Annotated[PlainText, Field(max_length=PROJECT_NAME_MAX)]
_DIGITS = re.compile(r"[0-9]+")
ParentArg = Annotated[int | None, Field(description="The id of the task it is a subtask of.", ge=1)]
AssigneeArg = Annotated[
    PlainText | None,
    Field(description="'me', or the user id of a member of its project.", max_length=64),
]


class ProjectView(ToolResult):
    """A project as an assistant sees it, with the caller's role in it."""

    project_id: int
    name: str
    description: str | None
    color: str | None = Field(description="Its colour as #rrggbb, if it has one.")
    role: ProjectRole = Field(description="What you may do in it: viewer < editor < admin < owner.")
    archived: bool
    is_inbox: bool = Field(description="True for your Inbox, where tasks go by default.")


class ProjectList(ToolResult):
    """The projects found, and how many."""

    count: int
    projects: list[ProjectView]


class ProjectResult(ToolResult):
    """What ``add_project`` did."""

    project_id: int
    status: Literal["created"]
    name: str
    project: ProjectView
    message: str


class ShareResult(ToolResult):
    """What ``share_project`` did: ``shared`` with an account at once, or ``invited`` an
    address that has no account yet (it joins when that account is opened)."""

    project_id: int
    project: str = Field(description="The project's name.")
    email: str
    role: Literal["viewer", "editor", "admin"]
    status: Literal["shared", "invited"]
    message: str


class CommentResult(ToolResult):
    """What ``add_comment`` did: ``created``, or ``ambiguous`` with the ``candidates``."""

    comment_id: int | None
    task_id: int | None
    status: Literal["created", "ambiguous"]
    text: str | None
    candidates: list[TaskView] = Field(default_factory=list)
    message: str


async def list_projects(
    session: ToolSession,
    *,
    archived: Annotated[
        bool, Field(description="Also list archived projects (false lists only active ones).")
    ] = False,
    user_id: UserId = None,
) -> ProjectList:
    """List your projects (the Inbox first) with your role in each, and the ones shared with
    you."""
    check_user(session, user_id)
    found = await projects.list_projects(session.uow(), actor=session.actor, archived=archived)
    views = [project_view(project) for project in found]
    return ProjectList(count=len(views), projects=views)


async def add_project(
    session: ToolSession,
    *,
    name: Annotated[
        PlainText,
        Field(description="Its name, unique among your projects.", max_length=PROJECT_NAME_MAX),
    ],
    description: Annotated[
        PlainText | None,
        Field(description="What it is for.", max_length=PROJECT_DESCRIPTION_MAX),
    ] = None,
    color: Annotated[
        PlainText | None, Field(description="A colour as #rrggbb, e.g. #3b82f6.", max_length=7)
    ] = None,
    user_id: UserId = None,
) -> ProjectResult:
    """Add a project to put tasks in. Example: name "Home", color "#3b82f6"."""
    check_user(session, user_id)
    data = parse_input(ProjectCreate, {"name": name, "description": description, "color": color})
    made = await projects.create_project(session.uow(), actor=session.actor, data=data)
    return ProjectResult(
        project_id=made.id,
        status="created",
        name=made.name,
        project=project_view(made),
        message=f"Added project '{made.name}'.",
    )


async def share_project(
    session: ToolSession,
    *,
    project: Annotated[ProjectRef, Field(description="The project to share: its name or its id.")],
    email: Annotated[
        PlainText, Field(description="The e-mail address to share it with.", max_length=320)
    ],
    role: Annotated[
        Literal["viewer", "editor", "admin"],
        Field(
            description="viewer (reads), editor (also adds and changes tasks) or admin (also "
            "shares)."
        ),
    ] = "editor",
    user_id: UserId = None,
) -> ShareResult:
    """Share a project with someone by e-mail, as a viewer, an editor (the default) or an
    admin. Example: project "Home", email "grace@example.com"."""
    check_user(session, user_id)
    project_id = await project_id_of(session, project)
    shared = await projects.get_project(session.uow(), actor=session.actor, project_id=project_id)
    data = parse_input(MemberCreate, {"email": email, "role": role})
    member = await members.add_member(
        session.uow(), actor=session.actor, project_id=project_id, data=data
    )
    article = "an" if data.role in ("editor", "admin") else "a"
    joined = member.user_id is not None
    message = (
        f"Shared '{shared.name}' with {member.email} as {article} {data.role}."
        if joined
        else f"Invited {member.email} to '{shared.name}' as {article} {data.role}; they join "
        "when they open an account with that address."
    )
    return ShareResult(
        project_id=project_id,
        project=shared.name,
        email=member.email,
        role=data.role,
        status="shared" if joined else "invited",
        message=message,
    )


async def add_comment(
    session: ToolSession,
    *,
    task_id: TaskIdArg = None,
    task: TaskWords = None,
    text: Annotated[
        PlainText, Field(description="What to write under the task.", max_length=COMMENT_MAX)
    ],
    user_id: UserId = None,
) -> CommentResult:
    """Write a comment under a task, by id or by words of its title. Example: task "groceries",
    text "The shop on the corner has it cheaper"."""
    check_user(session, user_id)
    data = parse_input(CommentCreate, {"text": text})
    found = await find_task(session, task_id, task)
    if isinstance(found, TaskResult):
        return CommentResult(
            comment_id=None,
            task_id=None,
            status="ambiguous",
            text=None,
            candidates=found.candidates,
            message=found.message,
        )
    written = await comments.add_comment(
        session.uow(), actor=session.actor, task_id=found.id, data=data
    )
    return CommentResult(
        comment_id=written.id,
        task_id=found.id,
        status="created",
        text=written.text,
        message=f"Commented on '{found.title}'.",
    )


async def project_id_of(session: ToolSession, project: int | str) -> int:
    """Return the id of the project named by ``project``: an id, or the name of one of the
    caller's projects (in any case; digits alone are an id)."""
    if isinstance(project, int):
        return project
    written = project.strip()
    if not written:
        raise Invalid("Say which project: give its name or its id.", field="project")
    if _DIGITS.fullmatch(written):
        return int(written)
    return await project_id_by_name(session.uow(), session.actor, written)


def assignee_id_of(session: ToolSession, assignee: str | None) -> str | None:
    """Return the user id ``assignee`` names: ``me`` is the caller."""
    if assignee is not None and assignee.strip().casefold() == "me":
        return session.actor.user_id
    return assignee


def project_view(project: ProjectPublic) -> ProjectView:
    """Return the assistant's view of a project."""
    return ProjectView(
        project_id=project.id,
        name=project.name,
        description=project.description,
        color=project.color,
        role=project.role,
        archived=project.archived,
        is_inbox=project.is_inbox,
    )
