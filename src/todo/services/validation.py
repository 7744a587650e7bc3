"""Turning a door's raw input into a validated model, with one clear sentence when it fails."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from todo.errors import FieldProblem, Invalid

Model = TypeVar("Model", bound=BaseModel)
_LOCATIONS = ("body", "query", "path", "header", "cookie")


def problems_of(errors: Iterable[Mapping[str, Any]]) -> list[FieldProblem]:
    """Return one :class:`FieldProblem` per pydantic error, each message a full sentence.

    Our own rules already speak in sentences; pydantic's generic messages get the field's name
    in front: ``password: String should have at least 8 characters.``
    """
    problems = []
    for item in errors:
        parts = [str(part) for part in item.get("loc", ())]
        if len(parts) > 1 and parts[0] in _LOCATIONS:
            parts = parts[1:]
        field = ".".join(parts) or "body"
        kind = item.get("type")
        message = str(item.get("msg", "is not valid"))
        if kind == "json_invalid":
            field, message = "body", "The request body is not valid JSON."
        elif kind == "extra_forbidden":
            message = f"'{field}' is not a field this accepts."
        elif kind == "missing":
            message = f"'{field}' is required."
        elif kind == "value_error":
            message = message.removeprefix("Value error, ")
        else:
            message = f"{field}: {message}"
        problems.append(FieldProblem(field=field, message=_sentence(message)))
    return problems


def invalid(problems: list[FieldProblem]) -> Invalid:
    """Return the :class:`Invalid` error for ``problems``; its message is the first one."""
    first = problems[0] if problems else FieldProblem(field="body", message="The input is invalid.")
    return Invalid(first.message, problems=problems or [first])


def parse_input(model: type[Model], data: dict[str, Any]) -> Model:
    """Return ``data`` validated as ``model``, or raise :class:`Invalid` naming the fields."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise invalid(problems_of(exc.errors(include_url=False))) from exc


def _sentence(message: str) -> str:
    message = message.strip()
    return message if message.endswith((".", "?", "!")) else f"{message}."
