"""Tags: list with counts, rename (merging), remove everywhere."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response
from pydantic import BaseModel, ConfigDict, Field

from todo.domain.tags import TagSummary
from todo.domain.text import PlainText
from todo.entrypoints.api.dependencies import ActorDep, AppDep, WriterDep
from todo.entrypoints.api.problems import responses
from todo.entrypoints.api.responses import json_response
from todo.services import tags

router = APIRouter(prefix="/api/v1/tags", tags=["tags"])

TagName = Annotated[PlainText, Path(min_length=1, max_length=51, description="The tag (any case).")]


class TagRename(BaseModel):
    """A tag's new name."""

    model_config = ConfigDict(extra="forbid")

    name: PlainText = Field(min_length=1, max_length=50, examples=["errands"])


@router.get("", response_model=list[TagSummary], responses=responses(401, 403))
async def list_tags(app: AppDep, actor: ActorDep) -> list[TagSummary]:
    """List your tags, A to Z, with how many open and how many tasks in all carry each."""
    return await tags.list_tags(app.uow(), actor=actor)


@router.patch(
    "/{name}", response_model=TagSummary, responses=responses(401, 403, 404, 409, 422, 429)
)
async def rename_tag(app: AppDep, actor: WriterDep, name: TagName, data: TagRename) -> Response:
    """Rename a tag on every task; renaming onto an existing tag merges the two."""
    summary = await tags.rename_tag(app.uow(), actor=actor, name=name, new_name=data.name)
    return json_response(summary)


@router.delete("/{name}", status_code=204, responses=responses(401, 403, 404, 422, 429))
async def delete_tag(app: AppDep, actor: WriterDep, name: TagName) -> Response:
    """Remove a tag from every task."""
    await tags.delete_tag(app.uow(), actor=actor, name=name)
    return Response(status_code=204)
