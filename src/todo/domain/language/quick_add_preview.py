"""What quick-add text would make, shown before it is saved: the fields and where each was read."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field

from todo.domain.due import spoken_date
from todo.domain.language.quick_add import parse_quick_add
from todo.domain.priority import Priority


class PreviewSpan(BaseModel):
    """Where one field was written in the text: ``text == original[start:end]``."""

    field: Literal["due", "priority", "tag", "project", "recurrence", "description"]
    start: int
    end: int
    text: str


class QuickAddPreview(BaseModel):
    """The task quick-add text describes, not saved."""

    title: str = Field(examples=["Pay rent"])
    due_at: datetime | date | None = Field(
        description="UTC moment, or a date for an all-day task.", examples=["2026-11-27T08:00:00Z"]
    )
    all_day: bool
    due: str | None = Field(
        description="The due date in words, with its weekday, in your time zone.",
        examples=["Friday 27 November 2026, 09:00"],
    )
    priority: Priority | None
    tags: list[str] = Field(examples=[["home"]])
    recurrence: str | None = Field(examples=["FREQ=MONTHLY"])
    description: str | None = Field(default=None, examples=["Passport and charger"])
    project: str | None = Field(
        default=None,
        description="The project named with `+Name`, as written; saving looks it up among "
        "your projects (in any case).",
        examples=["Groceries"],
    )
    spans: list[PreviewSpan]


def preview_quick_add(text: str, *, now: datetime, tz: ZoneInfo) -> QuickAddPreview:
    """Return what ``text`` would create for a user in ``tz`` at ``now``; never raises."""
    parsed = parse_quick_add(text, now=now, tz=tz)
    due = parsed.due
    if isinstance(due, datetime):
        due = due.astimezone(ZoneInfo("UTC"))
    return QuickAddPreview(
        title=parsed.title,
        due_at=due,
        all_day=isinstance(due, date) and not isinstance(due, datetime),
        due=spoken_date(parsed.due, tz),
        priority=parsed.priority,
        tags=list(parsed.tags),
        recurrence=parsed.recurrence,
        description=parsed.description,
        project=parsed.project,
        spans=[PreviewSpan.model_validate(span, from_attributes=True) for span in parsed.spans],
    )
