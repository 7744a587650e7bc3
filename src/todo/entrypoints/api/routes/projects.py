"""Projects and their members: list, create, read, change, delete and restore a project; list,
add, change and remove its members."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Header, Path, Query, Response

from todo.domain.projects import (
    MemberCreate,
    MemberPublic,
    MemberUpdate,
    ProjectCreate,
    ProjectPublic,
    ProjectUpdate,
)
from todo.domain.text import PlainText
from todo.entrypoints.api.dependencies import ActorDep, AppDep, WriterDep
from todo.entrypoints.api.preconditions import IfMatchDep
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.services import members, projects

router = APIRouter(prefix="/api/v1/projects", tags=["projects"])

#: A project id in a path: a positive 64-bit integer (unknown ones are 404).
ProjectId = Annotated[int, Path(ge=1, le=2**63 - 1, description="The project id.")]
#: A member in a path: their user id, or the e-mail of an invitation still waiting.
MemberKey = Annotated[
    PlainText,
    Path(
        min_length=1,
        max_length=320,
        description="The member's user id, or the e-mail of an invitation still waiting.",
    ),
]

#: An ``If-None-Match`` naming one version (compared weakly, as RFC 9110 has it for reads).
_ETAG = re.compile(r'^\s*(?:W/)?"(\d+)"\s*$')
_NOT_MODIFIED: dict[int | str, dict[str, str]] = {304: {"description": "Not modified"}}
_READ_ERRORS = responses(401, 403, 404, 422)
_WRITE_ERRORS = responses(401, 403, 404, 409, 422, 429)
_CONDITIONAL_WRITE_ERRORS = responses(401, 403, 404, 409, 412, 422, 429)


def _project_response(
    project: ProjectPublic, *, status_code: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """Return a project as JSON with its ``ETag`` (its version)."""
    etag = {"ETag": f'"{project.version}"'}
    return json_response(project, status_code=status_code, headers={**(headers or {}), **etag})


@router.get("", response_model=list[ProjectPublic], responses=responses(401, 403, 422))
async def list_projects(
    app: AppDep,
    actor: ActorDep,
    archived: Annotated[bool, Query(description="Include the archived projects.")] = False,
) -> list[ProjectPublic]:
    """List the projects you are a member of, with your role in each: your Inbox first, then
    by position. Archived projects only with ``archived=true``."""
    return await projects.list_projects(app.uow(), actor=actor, archived=archived)


@router.post(
    "", status_code=201, response_model=ProjectPublic, responses=responses(401, 403, 409, 422, 429)
)
async def create_project(app: AppDep, actor: WriterDep, data: ProjectCreate) -> Response:
    """Create a project; you are its owner. Names are unique among your projects, in any
    case."""
    project = await projects.create_project(app.uow(), actor=actor, data=data)
    location = {"Location": f"/api/v1/projects/{project.id}"}
    return _project_response(project, status_code=201, headers=location)


@router.get(
    "/{project_id}",
    response_model=ProjectPublic,
    responses={**_NOT_MODIFIED, **_READ_ERRORS},
)
async def read_project(
    app: AppDep,
    actor: ActorDep,
    project_id: ProjectId,
    if_none_match: Annotated[str | None, Header(max_length=100)] = None,
) -> Response:
    """Return one project with your role in it, and its version as ``ETag`` (``304`` when
    ``If-None-Match`` matches)."""
    project = await projects.get_project(app.uow(), actor=actor, project_id=project_id)
    if if_none_match is not None and _version_of(if_none_match) == project.version:
        return Response(status_code=304, headers={"ETag": f'"{project.version}"'})
    return _project_response(project)


@router.patch("/{project_id}", response_model=ProjectPublic, responses=_CONDITIONAL_WRITE_ERRORS)
async def update_project(
    app: AppDep,
    actor: WriterDep,
    project_id: ProjectId,
    changes: ProjectUpdate,
    versions: IfMatchDep,
) -> Response:
    """Change the fields sent and nothing else (admins and the owner); ``null`` clears the
    description or the colour. The Inbox keeps its name and is never archived."""
    project = await projects.update_project(
        app.uow(),
        actor=actor,
        project_id=project_id,
        changes=changes,
        expected_versions=versions,
    )
    return _project_response(project)


@router.delete("/{project_id}", status_code=204, responses=_CONDITIONAL_WRITE_ERRORS)
async def delete_project(
    app: AppDep, actor: WriterDep, project_id: ProjectId, versions: IfMatchDep
) -> Response:
    """Move a project and its tasks to the bin (the owner only); ``POST …/restore`` brings
    them back. The Inbox cannot be deleted."""
    await projects.delete_project(
        app.uow(), actor=actor, project_id=project_id, expected_versions=versions
    )
    return Response(status_code=204)


@router.post(
    "/{project_id}/restore", response_model=ProjectPublic, responses=_CONDITIONAL_WRITE_ERRORS
)
async def restore_project(
    app: AppDep, actor: WriterDep, project_id: ProjectId, versions: IfMatchDep
) -> Response:
    """Bring a deleted project back with the tasks deleted with it (the owner only)."""
    project = await projects.restore_project(
        app.uow(), actor=actor, project_id=project_id, expected_versions=versions
    )
    return _project_response(project)


@router.get("/{project_id}/members", response_model=list[MemberPublic], responses=_READ_ERRORS)
async def list_members(app: AppDep, actor: ActorDep, project_id: ProjectId) -> list[MemberPublic]:
    """List the members of a project and the invitations still waiting (any member)."""
    return await members.list_members(app.uow(), actor=actor, project_id=project_id)


@router.post(
    "/{project_id}/members",
    status_code=201,
    response_model=MemberPublic,
    responses=_WRITE_ERRORS,
)
async def add_member(
    app: AppDep, actor: WriterDep, project_id: ProjectId, data: MemberCreate
) -> Response:
    """Share a project with someone by e-mail (admins and the owner): an address with an
    account becomes a member at once, any other gets an invitation that the account opened
    with it takes up. The answer tells which (``user_id`` is null for an invitation)."""
    member = await members.add_member(app.uow(), actor=actor, project_id=project_id, data=data)
    key = member.user_id or member.email
    location = f"/api/v1/projects/{project_id}/members/{quote(key, safe='@')}"
    return json_response(member, status_code=201, headers={"Location": location})


@router.patch(
    "/{project_id}/members/{member}", response_model=MemberPublic, responses=_WRITE_ERRORS
)
async def update_member(
    app: AppDep,
    actor: WriterDep,
    project_id: ProjectId,
    member: MemberKey,
    changes: MemberUpdate,
) -> Response:
    """Change a member's role (admins and the owner). ``owner`` hands the project over (the
    owner only): you stay on as an admin."""
    updated = await members.update_member(
        app.uow(), actor=actor, project_id=project_id, member=member, changes=changes
    )
    return json_response(updated)


@router.delete("/{project_id}/members/{member}", status_code=204, responses=_WRITE_ERRORS)
async def remove_member(
    app: AppDep, actor: WriterDep, project_id: ProjectId, member: MemberKey
) -> Response:
    """Remove a member or withdraw an invitation (admins and the owner), or leave a project
    (your own user id). The owner hands the project over before leaving."""
    await members.remove_member(app.uow(), actor=actor, project_id=project_id, member=member)
    return Response(status_code=204)


def _version_of(etag: str) -> int | None:
    match = _ETAG.match(etag)
    return int(match.group(1)) if match else None
