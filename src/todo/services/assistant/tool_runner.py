"""The chat engines' access to the assistant tools: the same definitions the MCP server offers.

:class:`ToolRunner` runs a tool of :data:`~todo.services.assistant.tools.TOOLS` by name for one
caller. It checks the arguments first (a wrong type, a missing or an unknown argument is refused in
one sentence), counts a tool that changes tasks against the caller's write limit when it is given
one, runs the tool in its own unit of work, and returns a
:class:`~todo.domain.assistant.chat.ToolCall` record of what was executed. It never raises for bad
input or a limit reached, so whatever a model sends, the reply can say what went wrong and nothing
is half-done.
"""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Awaitable, Callable, Sequence
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, create_model

from todo.domain.assistant.chat import OPEN_TITLES, ToolCall, ToolDefinition
from todo.domain.task_query import TaskQuery, TaskStatus
from todo.errors import TodoError
from todo.services.assistant.tools import TOOLS, ToolSession, ToolSpec
from todo.services.task_list import list_tasks
from todo.services.validation import problems_of


class _Arguments(BaseModel):
    model_config = ConfigDict(extra="forbid")


@cache
def arguments_model(spec: ToolSpec) -> type[BaseModel]:
    """Return the model of ``spec``'s keyword arguments (unknown ones are refused)."""
    hints = typing.get_type_hints(spec.function, include_extras=True)
    fields: dict[str, Any] = {}
    for parameter in list(inspect.signature(spec.function).parameters.values())[1:]:
        default = ... if parameter.default is inspect.Parameter.empty else parameter.default
        fields[parameter.name] = (hints[parameter.name], default)
    return create_model(f"{spec.name}_arguments", __base__=_Arguments, **fields)


@cache
def definitions() -> tuple[ToolDefinition, ...]:
    """Return every tool as a model is shown it."""
    return tuple(
        ToolDefinition(
            name=spec.name,
            description=inspect.getdoc(spec.function) or spec.name,
            parameters=_schema(arguments_model(spec)),
            read_only=spec.read_only,
        )
        for spec in TOOLS
    )


#: Counts one write of the caller; raises :class:`~todo.errors.RateLimited` past their limit.
CountWrite = Callable[[], Awaitable[None]]


class ToolRunner:
    """The tools of one caller; it remembers every call it ran, in order, in :attr:`calls`.

    With ``count_write``, each call of a tool that changes tasks is counted first, and refused
    (``{"error": ...}``) when the caller is over their write limit.
    """

    def __init__(self, session: ToolSession, *, count_write: CountWrite | None = None) -> None:
        self.session = session
        self.calls: list[ToolCall] = []
        self._specs = {spec.name: spec for spec in TOOLS}
        self._count_write = count_write

    @property
    def definitions(self) -> Sequence[ToolDefinition]:
        """Every tool the caller may call."""
        return definitions()

    async def call(self, name: str, arguments: dict[str, Any] | str) -> ToolCall:
        """Run tool ``name`` with ``arguments`` and return the record of the call."""
        args, problem = _read_arguments(arguments)
        spec = self._specs.get(name)
        if problem is not None:
            result: Any = {"error": problem}
        elif spec is None:
            tools = ", ".join(self._specs)
            result = {"error": f"There is no tool named '{name}'; the tools are {tools}."}
        else:
            result = await self._run(spec, args)
        call = ToolCall(tool=name, args=args, result=result)
        self.calls.append(call)
        return call

    async def look(self, name: str, arguments: dict[str, Any]) -> ToolCall:
        """Run the read-only tool ``name`` and return the record of the call, without keeping
        it in :attr:`calls`; a tool that changes tasks is refused."""
        spec = self._specs.get(name)
        if spec is None or not spec.read_only:
            return ToolCall(
                tool=name, args=arguments, result={"error": f"'{name}' is not read-only."}
            )
        return ToolCall(tool=name, args=arguments, result=await self._run(spec, arguments))

    async def open_titles(self) -> list[tuple[int, str]]:
        """Return the ids and titles of the caller's open tasks, at most :data:`OPEN_TITLES`
        of them in list order; read from the service, not through a tool's view of each."""
        query = TaskQuery(status=TaskStatus.PENDING, limit=OPEN_TITLES)
        try:
            listing = await list_tasks(self.session.uow(), actor=self.session.actor, query=query)
        except TodoError:  # a token that may not read tasks: nothing to compare with
            return []
        return [(task.id, task.title) for task in listing.page().items]

    async def _run(self, spec: ToolSpec, args: dict[str, Any]) -> Any:
        try:
            checked = arguments_model(spec).model_validate(args)
        except ValidationError as exc:
            problems = problems_of(exc.errors(include_url=False))
            return {"error": " ".join(problem.message for problem in problems)}
        try:
            if not spec.read_only and self._count_write is not None:
                await self._count_write()
            output = await spec.function(self.session, **dict(checked))
        except TodoError as error:
            return {"error": error.message}
        return output.model_dump(mode="json")


def _read_arguments(arguments: dict[str, Any] | str) -> tuple[dict[str, Any], str | None]:
    if isinstance(arguments, dict):
        return arguments, None
    try:
        parsed = json.loads(arguments or "{}")
    except ValueError:
        return {"text": arguments[:200]}, "The arguments are not valid JSON."
    if not isinstance(parsed, dict):
        return {"value": parsed}, "The arguments must be a JSON object."
    return parsed, None


def _schema(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema()
    schema.pop("title", None)
    for field in schema.get("properties", {}).values():
        field.pop("title", None)
    schema["additionalProperties"] = False
    return schema
