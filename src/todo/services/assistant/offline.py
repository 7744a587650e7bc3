"""The offline chat engine: rules on top of the quick-add parser; no model, no network.

It reads the message with :func:`todo.domain.assistant.intents.read_intent`, acts only through the
turn's tools, and confirms each action in one sentence that names the task and, for a date, its
weekday. A task named by words is looked up first (``search_tasks``) and then changed by its id;
when the words fit several tasks, nothing changes and the candidates are listed. A task named by
position (``the second one``) is taken from the last list the conversation showed. What it does not
understand gets a reply with examples, and no tool is called; a message longer than it reads
(:data:`~todo.domain.assistant.intents.READ_LIMIT` characters) gets a reply saying so, and no tool
is called either.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from typing import Any, Final

from todo.domain.assistant.chat import (
    ChatEvent,
    ChatTurn,
    PastMessage,
    TextDelta,
    ToolCall,
    ToolCalled,
)
from todo.domain.assistant.intent_lists import ListQuery
from todo.domain.assistant.intent_references import ById, ByPosition, ByWords, Everything, Reference
from todo.domain.assistant.intents import (
    Act,
    Add,
    Help,
    ListTasks,
    SmallTalk,
    TaskFields,
    TooLong,
    Update,
    read_intent,
)
from todo.domain.assistant.replies import (
    EXAMPLES,
    SMALL_TALK_REPLIES,
    TOO_LONG,
    ambiguity,
    confirmation,
    edit_confirmation,
    listing,
    task_line,
)

log = logging.getLogger("todo.chat")

_LISTING_TOOLS: Final = frozenset({"list_tasks", "search_tasks"})
_PREFERRED: Final = {"complete": "pending", "reopen": "completed"}
_FAILED: Final = "Sorry, something went wrong on my side, so I stopped; please try again."

View = dict[str, Any]


class OfflineEngine:
    """Answer chat turns with deterministic rules; the default engine (``offline``)."""

    name = "offline"

    async def reply(self, turn: ChatTurn) -> AsyncIterator[ChatEvent]:
        """Yield the tool calls made for ``turn.message`` and then the reply; never raises."""
        conversation = _Conversation(turn)
        try:
            text = await conversation.answer()
        except Exception:  # a bug of ours: say so, keep what was done, and log it
            log.exception("the offline chat engine failed")
            text = _FAILED
        for call in conversation.calls:
            yield ToolCalled(call)
        yield TextDelta(text)


class _Conversation:
    """One turn's work: the calls made so far and how to word the reply."""

    def __init__(self, turn: ChatTurn) -> None:
        self.turn = turn
        self.calls: list[ToolCall] = []
        local = turn.now.astimezone(turn.timezone)
        self.year = local.year

    async def call(self, tool: str, args: dict[str, Any]) -> ToolCall:
        made = await self.turn.tools.call(tool, args)
        self.calls.append(made)
        return made

    async def answer(self) -> str:
        intent = read_intent(self.turn.message, now=self.turn.now, tz=self.turn.timezone)
        if isinstance(intent, Add):
            return await self.add(intent.fields)
        if isinstance(intent, ListTasks):
            return await self.show_list(intent.query)
        if isinstance(intent, Act):
            return await self.act(intent)
        if isinstance(intent, Update):
            return await self.update(intent)
        if isinstance(intent, Help):
            return "Here is what I can do. " + EXAMPLES
        if isinstance(intent, SmallTalk):
            return SMALL_TALK_REPLIES[intent.kind]
        if isinstance(intent, TooLong):
            return TOO_LONG
        return "Sorry, I didn't understand that. " + EXAMPLES

    async def add(self, fields: TaskFields) -> str:
        if not fields.title:
            return "What should the task say? For example: 'Add a task to buy groceries tomorrow'."
        made = await self.call("add_task", {"title": fields.title, **_field_args(fields)})
        if made.failed:
            return f"I couldn't add that task: {made.result['error']}"
        return confirmation("created", made.result, self.year)

    async def show_list(self, query: ListQuery) -> str:
        if query.search:
            made = await self.call("search_tasks", {"query": query.search, "status": query.status})
        else:
            args: dict[str, Any] = {"status": query.status}
            for name in ("priority", "tag", "due"):
                if getattr(query, name) is not None:
                    args[name] = str(getattr(query, name))
            made = await self.call("list_tasks", args)
        if made.failed:
            return f"I couldn't list your tasks: {made.result['error']}"
        return listing(query, made.result, self.year)

    async def act(self, intent: Act) -> str:
        if intent.verb == "restore" and isinstance(intent.ref, ByWords):
            made = await self.call("restore_task", {"task": intent.ref.words})
            return self._reply_to_change(made)
        found = await self.resolve(intent.ref, prefer=_PREFERRED.get(intent.verb))
        if isinstance(found, str):
            return found
        if intent.verb == "show":
            made = await self.call("get_task", {"task_id": found})
            if made.failed:
                return f"Sorry — {made.result['error']}"
            return task_line(made.result["task"], self.year, full=True)
        made = await self.call(f"{intent.verb}_task", {"task_id": found})
        return self._reply_to_change(made)

    async def update(self, intent: Update) -> str:
        found = await self.resolve(intent.ref, prefer=None)
        if isinstance(found, str):
            return found
        args: dict[str, Any] = {"task_id": found, **_field_args(intent.changes)}
        if intent.changes.title:
            args["title"] = intent.changes.title
        if intent.changes.description:
            args["description"] = intent.changes.description
        if intent.add_tags or intent.remove_tags:
            current = await self.call("get_task", {"task_id": found})
            if current.failed:
                return f"Sorry — {current.result['error']}"
            args["tags"] = _retagged(current.result["task"]["tags"], intent)
        made = await self.call("update_task", args)
        if made.failed:
            return f"I couldn't change that task: {made.result['error']}"
        return edit_confirmation(intent, made.result, self.year)

    async def resolve(self, ref: Reference, *, prefer: str | None) -> int | str:
        """Return the id of the task ``ref`` names, or the reply to give when it is unclear."""
        if isinstance(ref, ById):
            return ref.task_id
        if isinstance(ref, Everything):
            return (
                "I change one task at a time, so I haven't touched anything; tell me which task, "
                "for example 'task 3' or 'the groceries task'."
            )
        if isinstance(ref, ByPosition):
            return _by_position(self.turn.history, ref.position)
        if isinstance(ref, ByWords):
            return await self._by_words(ref.words, prefer)
        return _in_context(self.turn.history)

    async def _by_words(self, words: str, prefer: str | None) -> int | str:
        made = await self.call("search_tasks", {"query": words, "status": "all"})
        if made.failed:
            return f"Sorry — {made.result['error']}"
        tasks: list[View] = made.result["tasks"]
        if not tasks:
            return f"I couldn't find a task matching '{words}', so I haven't changed anything."
        exact = [task for task in tasks if task["title"].casefold() == words.casefold()]
        preferred = [task for task in tasks if task["status"] == prefer]
        for choice in (tasks, exact, preferred):
            if len(choice) == 1:
                return int(choice[0]["task_id"])
        return ambiguity(words, tasks, self.year)

    def _reply_to_change(self, made: ToolCall) -> str:
        if made.failed:
            return f"Sorry — {made.result['error']}"
        if made.result.get("status") == "ambiguous":
            return ambiguity(made.args.get("task", ""), made.result["candidates"], self.year)
        return confirmation(made.result["status"], made.result, self.year)


def _field_args(fields: TaskFields) -> dict[str, Any]:
    """Return the tool arguments of the dates, priority, tags and rule in ``fields``."""
    args: dict[str, Any] = {}
    if fields.due is not None:
        args["due"] = _iso(fields.due)
    if fields.reminder is not None:
        args["reminder"] = _iso(fields.reminder)
    if fields.priority is not None:
        args["priority"] = str(fields.priority)
    if fields.tags:
        args["tags"] = list(fields.tags)
    if fields.recurrence:
        args["recurrence"] = fields.recurrence
    return args


def _iso(value: date | datetime) -> str:
    return value.isoformat()


def _retagged(current: Sequence[str], intent: Update) -> list[str]:
    removed = {name.casefold() for name in intent.remove_tags}
    kept = [name for name in current if name.casefold() not in removed]
    known = {name.casefold() for name in kept}
    return kept + [name for name in intent.add_tags if name.casefold() not in known]


def _shown_list(history: Sequence[PastMessage]) -> list[View] | None:
    """Return the tasks of the last list shown: a list or search that ended an answer."""
    for message in reversed(history):
        if message.role != "assistant" or not message.tool_calls:
            continue
        last = message.tool_calls[-1]
        if last.tool in _LISTING_TOOLS and isinstance(last.result, dict):
            tasks = last.result.get("tasks")
            if isinstance(tasks, list):
                return tasks
    return None


def _by_position(history: Sequence[PastMessage], position: int) -> int | str:
    tasks = _shown_list(history)
    if not tasks:
        return (
            "I haven't shown you a list to count in yet; ask me 'show my tasks' first, "
            "then say 'the second one'."
        )
    index = position - 1 if position > 0 else len(tasks) + position
    if not 0 <= index < len(tasks):
        return f"The last list I showed you has {len(tasks)} task(s); which one do you mean?"
    return int(tasks[index]["task_id"])


def _in_context(history: Sequence[PastMessage]) -> int | str:
    """Return the task the conversation last acted on or showed alone."""
    for message in reversed(history):
        if message.role != "assistant" or not message.tool_calls:
            continue
        for made in reversed(message.tool_calls):
            result = made.result if isinstance(made.result, dict) else {}
            task = result.get("task")
            if isinstance(task, dict) and "task_id" in task:
                return int(task["task_id"])
            tasks = result.get("tasks")
            if isinstance(tasks, list) and len(tasks) == 1:
                return int(tasks[0]["task_id"])
            if isinstance(tasks, list) or result.get("status") == "ambiguous":
                break
        break
    return "I'm not sure which task you mean; say its number, for example 'task 3'."


__all__ = ["OfflineEngine"]
