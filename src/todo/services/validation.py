"""Turning a door's raw input into a validated model, with one clear sentence when it fails."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from todo.errors import FieldProblem, Invalid

Model = TypeVar("Model", bound=BaseModel)


def problems_of(error: ValidationError) -> list[FieldProblem]:
    """Return one :class:`FieldProblem` per error pydantic found, in plain words."""
    problems = []
    for item in error.errors(include_url=False):
        field = ".".join(str(part) for part in item["loc"]) or "body"
        message = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = f"'{field}' is not a field of a task."
        elif item["type"] == "missing":
            message = f"'{field}' is required."
        problems.append(FieldProblem(field=field, message=message))
    return problems


def parse_input(model: type[Model], data: dict[str, Any]) -> Model:
    """Return ``data`` validated as ``model``, or raise :class:`Invalid` naming the fields."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = problems_of(exc)
        first = problems[0]
        message = first.message if first.message.endswith(".") else f"{first.message}."
        if not message[0].isupper() and first.field != "body":
            message = f"{first.field}: {message}"
        raise Invalid(message, problems=problems) from exc
