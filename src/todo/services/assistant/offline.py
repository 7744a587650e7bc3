"""The offline chat engine: rules on top of the quick-add parser; no model, no network.

It reads the message with :func:`~todo.domain.assistant.intent_message.read_intent`, acts only
through the turn's tools, and confirms each action in one sentence that names the task and, for
a date, its weekday. A task named by words is looked up first (``search_tasks``) and then
changed by its id; when the words fit several tasks, nothing changes and the candidates are
listed. A task named by position (``the second one``) is taken from the last list the
conversation showed. What it does not understand gets a reply with examples, and no tool is
called; a message longer than it reads (:data:`~todo.domain.assistant.intents.READ_LIMIT`
characters) gets a reply saying so, and no tool is called either.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from todo.domain.assistant.chat import (
    ChatEvent,
    ChatTurn,
    PastMessage,
    TextDelta,
    ToolCall,
    ToolCalled,
)
from todo.domain.assistant.intent_fields import TaskFields, capitalised, whole_when
from todo.domain.assistant.intent_lists import ListQuery, search_words
from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_projects import ShareProject
from todo.domain.assistant.intent_references import (
    ByContext,
    ById,
    ByOther,
    ByPosition,
    ByWords,
    Everything,
    Reference,
    read_reference,
)
from todo.domain.assistant.intents import (
    Act,
    Add,
    Again,
    Correction,
    EachShown,
    Help,
    Intent,
    JustLevel,
    JustRepeat,
    JustWhen,
    ListTags,
    ListTasks,
    MoreOfTheSame,
    NotDone,
    Relative,
    RemindAbout,
    RemindBefore,
    Several,
    SmallTalk,
    TooLong,
    Undo,
    Unknown,
    Update,
)
from todo.domain.assistant.replies import (
    EXAMPLES,
    NOT_UNDERSTOOD,
    SMALL_TALK_REPLIES,
    TOO_LONG,
    ambiguity,
    confirmation,
    edit_confirmation,
    listing,
    reminder_confirmation,
    shift_confirmation,
    tag_listing,
    task_line,
)
from todo.domain.priority import Priority
from todo.services.assistant.dialogue import (
    LISTING_TOOLS,
    OPPOSITES,
    WHEN_QUESTION,
    asked_when,
    asked_which,
    by_position,
    in_context,
    last_change,
    last_listing,
    last_window,
    listed_window,
    shown_list,
    the_other,
)
from todo.services.assistant.reading import ASK_DELETE, LEFT_OPEN, named_task, second_reading
from todo.services.assistant.task_times import as_moment, day_of, keeping, moved, spoken_moment

log = logging.getLogger("todo.chat")

_PREFERRED: Final = {"complete": "pending", "reopen": "completed"}
_QUOTE: Final = re.compile(r"[\"“'‘`][^\"”'’`]{2,200}[\"”'’`]")
#: Words that point back at the task just named.
_PRONOUNS: Final = frozenset({"him", "her", "them", "it", "that", "this", "that one", "this one"})
#: The most tasks of a list shown that "mark them all done" changes.
_EACH_SHOWN: Final = 10
#: What a search for a task's words answers when it finds none.
_NOT_FOUND: Final = "not found"
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
        self.several = False
        local = turn.now.astimezone(turn.timezone)
        self.year = local.year
        self.today = local.date()

    async def call(self, tool: str, args: dict[str, Any]) -> ToolCall:
        made = await self.turn.tools.call(tool, args)
        self.calls.append(made)
        return made

    async def answer(self) -> str:
        if asked_which(self.turn.history) and _EACH_OF_THEM.fullmatch(self.turn.message.strip()):
            return await self._each_candidate()
        intent = read_intent(self.turn.message, now=self.turn.now, tz=self.turn.timezone)
        as_read = intent
        also = _also(self.turn.message)
        if isinstance(intent, Unknown | Correction | MoreOfTheSame | Add) and isinstance(
            also, ByOther | ById | ByPosition | ByWords
        ):
            earlier = self._earlier_request()  # "the other one too", "task 4 as well"
            if earlier is not None:
                return await self.perform(replace(earlier, ref=also))
        if isinstance(intent, Unknown):
            tag = _AND_TAG.fullmatch(self.turn.message.strip())
            listed = last_listing(self.turn.history)
            if tag is not None and listed is not None and "tag" in listed.args:
                return await self.show_list(ListQuery(status="all", tag=tag.group("tag")))
        hour = _HOUR_ALONE.fullmatch(self.turn.message.strip(" .!"))
        if isinstance(intent, Correction) and hour is not None and self._timed_change():
            said = whole_when(f"at {hour.group('hour')}", self.turn.now, self.turn.timezone)
            if said is not None:  # "make it 10 instead" after a time was set: 10 o'clock
                intent = JustWhen(said.value, time_only=True)
        if isinstance(intent, Unknown) and asked_which(self.turn.history):
            words = _ONE_WITH.sub("", self.turn.message.strip(" ?!.")).strip()
            picked = read_reference(words) if 0 < len(words.split()) <= _PICK_WORDS else None
            if picked is not None:
                intent = Correction(picked, words)
        if isinstance(intent, Correction):
            corrected = self._corrected(intent)
            if corrected is None and _CONTINUED.match(self.turn.message):
                earlier = self._earlier_request()  # "and task 4 as well"
                corrected = None if earlier is None else replace(earlier, ref=intent.ref)
            elif corrected is None:
                return await self._instead(intent)
            if corrected is None:
                return (
                    "I'm not sure what to do with that one; say what to do, for example "
                    "'complete the second one'."
                )
            intent = corrected
        both = _BOTH.search(self.turn.message) and not _PLACES_SAID.search(self.turn.message)
        if both and _each_of_a_list(intent):
            shown = shown_list(self.turn.history) or []
            if len(shown) != 2:  # "both" of a list of three: which two?
                return (
                    f"The last list I showed you has {len(shown)} task(s), so I haven't changed "
                    "anything; which ones do you mean, for example 'the first and the third'?"
                )
        if intent is not as_read:  # read from the conversation, not from the message alone
            return await self.perform(intent)
        second = await second_reading(
            self.turn.tools, self.turn.message, intent, now=self.turn.now, tz=self.turn.timezone
        )  # "dentist moved to thursday": not a new task, the dentist's new day
        if isinstance(second, str):
            return second
        return await self.perform(intent if second is None else second)

    def _timed_change(self) -> bool:
        """Tell whether the previous answer set a task's due date or reminder."""
        last = last_change(self.turn.history)
        return last is not None and bool({"due", "reminder"} & set(last.args))

    async def perform(self, intent: Intent) -> str:
        """Carry out one understood request and return the reply."""
        if isinstance(intent, Several):
            self.several = True  # a part's words are its own, never the whole message's
            return " ".join([await self.perform(part) for part in intent.intents])
        if isinstance(intent, EachShown):
            return await self.each_shown(intent)
        if isinstance(intent, Undo):
            return await self.undo()
        if isinstance(intent, RemindBefore):
            return await self.remind_before(intent)
        if isinstance(intent, Again):
            earlier = self._earlier_request()
            if earlier is None:
                return "Sorry, I'm not sure what to do again; say it in full, please."
            return await self.perform(
                earlier if intent.ref is None else replace(earlier, ref=intent.ref)
            )
        if isinstance(intent, JustLevel):
            return await self.level_said(intent)
        if isinstance(intent, JustRepeat):
            return await self.update(Update(ByContext(), intent.fields))
        if isinstance(intent, JustWhen):
            return await self.when_said(intent)
        if isinstance(intent, MoreOfTheSame):
            last = last_change(self.turn.history)
            if last is None or last.tool != "add_task":
                return NOT_UNDERSTOOD
            title = intent.fields.title or ""
            if not _QUOTE.search(self.turn.message):  # "and 'Bleed the radiators'": as said
                title = _like(str(last.args.get("title", "")), title)
            fields = replace(intent.fields, title=title)
            due = last.args.get("due")
            if intent.same_when and fields.due is None and isinstance(due, str):
                fields = replace(fields, due=_due_value(due))  # "…, same day"
            return await self.add(fields)
        if isinstance(intent, Relative):
            return await self.shift(intent)
        if isinstance(intent, RemindAbout):
            return await self.remind(intent.fields, new=intent.new, ref=intent.ref)
        if isinstance(intent, NotDone):
            return await self.not_done(intent)
        if isinstance(intent, Add):
            if intent.names:  # "make the dentist friday": the dentist's new day, if there is one
                moved = await self._one_named(intent.names)
                if moved is not None:
                    when = TaskFields(due=intent.fields.due, time_only=intent.fields.time_only)
                    return await self.update(Update(ById(moved), when))
            return await self.add(
                replace(intent.fields, time_only=False),
                or_update=intent.or_update,
                loosely=not intent.implied,
            )
        if isinstance(intent, ListTasks):
            return await self.show_list(intent.query)
        if isinstance(intent, Act):
            return await self.act(intent)
        if isinstance(intent, Update):
            return await self.update(intent)
        if isinstance(intent, ListTags):
            return await self.show_tags()
        if isinstance(intent, ShareProject):
            return await self.share(intent)
        if isinstance(intent, Help):
            return "Here is what I can do. " + EXAMPLES
        if isinstance(intent, SmallTalk):
            return SMALL_TALK_REPLIES[intent.kind]
        if isinstance(intent, TooLong):
            return TOO_LONG
        return NOT_UNDERSTOOD

    async def not_done(self, intent: NotDone) -> str:
        """A task said not to be done: reopened when it is the one just completed (``sorry, I
        didn't call him``); else left as it is."""
        last = last_change(self.turn.history)
        pointed = isinstance(intent.ref, ByContext) or (
            isinstance(intent.ref, ByWords) and intent.ref.words.casefold() in _PRONOUNS
        )
        if pointed and last is not None and last.tool == "complete_task" and not last.failed:
            return await self.act(Act("reopen", ByContext()))
        return LEFT_OPEN

    async def each_shown(self, intent: EachShown) -> str:
        """Do one action on each task of the list the last answer showed (at most
        :data:`_EACH_SHOWN`)."""
        shown = shown_list(self.turn.history[-1:]) or []
        if not shown:
            return (
                "I haven't shown you a list yet, so I haven't changed anything; ask me "
                "'show my tasks' first."
            )
        if len(shown) > _EACH_SHOWN:
            return (
                f"The last list I showed you has {len(shown)} tasks; I change at most "
                f"{_EACH_SHOWN} at once, so I haven't changed anything."
            )
        places = range(1, len(shown) + 1)
        return await self.perform(Several(tuple(Act(intent.verb, ByPosition(n)) for n in places)))

    async def add(
        self, fields: TaskFields, *, or_update: bool = False, loosely: bool = False
    ) -> str:
        """Add a task; ``or_update``: the task of that very name gets the fields instead, if
        there is one (``loosely``: the one task whose words these are, for a short name)."""
        if not fields.title:
            return "What should the task say? For example: 'Add a task to buy groceries tomorrow'."
        if or_update:  # "plan the party - due 5 december": the task of that name, if there is one
            found = await self.search(search_words(fields.title), "pending")
            hits = found.result.get("tasks", []) if not found.failed else []
            same = [task for task in hits if _same_words(task["title"], fields.title)]
            short = len(search_words(fields.title).split()) <= _LOOSE_WORDS
            if not same and loosely and short and len(hits) == 1:  # "Board dinner: urgent"
                same = hits
            if len(same) == 1:
                changes = replace(fields, title=None)
                return await self.update(Update(ById(int(same[0]["task_id"])), changes))
        made = await self.call("add_task", {"title": fields.title, **_field_args(fields)})
        if made.failed:
            return f"I couldn't add that task: {made.result['error']}"
        return confirmation("created", made.result, self.year, project=await self._project_of(made))

    async def _one_named(self, words: str) -> int | None:
        """Return the id of the one open task ``words`` name, or None for none or several."""
        found = await self.search(search_words(words), "pending")
        hits = found.result.get("tasks", []) if not found.failed else []
        return int(hits[0]["task_id"]) if len(hits) == 1 else None

    async def _project_of(self, made: ToolCall) -> str | None:
        """Return the name of the project a task was added to when the message named one."""
        if "project" not in made.args:
            return None
        projects = await self.turn.tools.look("list_projects", {"archived": True})
        task_project = made.result.get("task", {}).get("project_id")
        for project in [] if projects.failed else projects.result["projects"]:
            if project.get("project_id") == task_project:
                return str(project["name"])
        return None

    async def share(self, intent: ShareProject) -> str:
        """Share a project with somebody by e-mail."""
        args = {"project": intent.project, "email": intent.email, "role": intent.role}
        made = await self.call("share_project", args)
        if made.failed:
            return f"I couldn't share it: {made.result['error']}"
        result = made.result
        article = "an" if result["role"] in ("editor", "admin") else "a"
        if result["status"] == "invited":
            return (
                f"Invited {result['email']} to '{result['project']}' as {article} "
                f"{result['role']}; they join when they open an account with that address."
            )
        return f"Shared '{result['project']}' with {result['email']} as {article} {result['role']}."

    async def show_list(self, query: ListQuery) -> str:
        if query.tag_word:  # "my work tasks": the tag work, if there is one, else the word
            query, searched = await self._tag_or_words(query, query.tag_word)
            if searched is not None:  # the search that found the word is the list
                return listing(query, searched.result, self.year)
        if query.later_by:  # "and the week after?"
            query = self._later(query)
        if query.search:
            made = await self.call("search_tasks", {"query": query.search, "status": query.status})
            head = query.search.split()[-1]
            if not made.failed and not made.result["tasks"] and head != query.search:
                query = replace(query, search=head)  # "the kids' school": what is about school
                made = await self.call("search_tasks", {"query": head, "status": query.status})
        else:
            args: dict[str, Any] = {"status": query.status}
            for name in ("priority", "tag", "due", "due_after", "due_before", "project"):
                value = getattr(query, name)
                if value is not None:
                    args[name] = value.isoformat() if isinstance(value, date) else str(value)
            made = await self.call("list_tasks", args)
        if made.failed:
            return f"I couldn't list your tasks: {made.result['error']}"
        return listing(query, made.result, self.year)

    def _later(self, query: ListQuery) -> ListQuery:
        """Return the days the previous answer listed, ``query.later_by`` days later; with no
        days listed, the week after this one (or tomorrow, for ``the day after``)."""
        shown = last_window(self.turn.history)
        if shown is not None:
            first, end = (date.fromisoformat(day) for day in shown)
        elif query.later_by == 1:
            first, end = self.today, self.today + timedelta(days=1)
        else:
            first = self.today - timedelta(days=self.today.weekday())
            end = first + timedelta(days=7)
        first, end = first + timedelta(days=query.later_by), end + timedelta(days=query.later_by)
        last = end - timedelta(days=1)
        window = (
            f"on {first:%A} {first.day} {first:%B}"
            if first == last
            else f"from {first:%A} {first.day} {first:%B} to {last:%A} {last.day} {last:%B}"
        )
        return replace(query, due_after=first, due_before=end, window=window, later_by=0)

    async def _tag_or_words(self, query: ListQuery, word: str) -> tuple[ListQuery, ToolCall | None]:
        """Return ``query`` filtered by the tag ``word`` names (``work`` for ``works``) when
        the user has one; else, when no days are asked about and a task says ``word``, the
        search that found it; else ``query`` unfiltered (``my shopping list`` with no such tag
        nor word is the whole list)."""
        said = word.casefold()
        projects = await self.call("list_projects", {"archived": True})
        for project in [] if projects.failed else projects.result["projects"]:
            if str(project["name"]).casefold() == said:  # "what's in Home?": the project Home
                return replace(query, project=str(project["name"]), tag_word=None), None
        made = await self.call("list_tags", {})
        names = [] if made.failed else [str(tag["name"]) for tag in made.result["tags"]]
        for name in names:
            if name.casefold() in (said, said.removesuffix("s"), f"{said}s"):
                return replace(query, tag=name, tag_word=None), None
        if query.due is None and query.due_after is None and query.due_before is None:
            found = await self.search(word, query.status)
            if not found.failed and found.result["tasks"]:
                return replace(query, search=word, tag_word=None), found
        return replace(query, tag_word=None), None

    async def show_tags(self) -> str:
        made = await self.call("list_tags", {})
        if made.failed:
            return f"I couldn't list your tags: {made.result['error']}"
        return tag_listing(made.result["tags"])

    async def act(self, intent: Act) -> str:
        if intent.verb == "restore" and isinstance(intent.ref, ByWords):
            made = await self.call("restore_task", {"task": intent.ref.words})
            return self._reply_to_change(made)
        found = await self.resolve(
            intent.ref,
            prefer=_PREFERRED.get(intent.verb),
            stems=intent.stems,
            deleting=intent.verb == "delete",
            stated=intent.stated,
        )
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
        due = intent.changes.due
        if due is not None and (intent.changes.time_only or not isinstance(due, datetime)):
            # "make it 3pm" keeps the day; "move it to friday" keeps the time.
            current = await self.call("get_task", {"task_id": found})
            if current.failed:
                return f"Sorry — {current.result['error']}"
            kept = keeping(due, current.result["task"].get("due_at"), self.turn.timezone)
            args["due"] = _iso(kept)
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

    async def shift(self, intent: Relative) -> str:
        """Move a task's priority by levels, or its due date (or reminder) by days, months or
        minutes."""
        task = await self._task(intent.ref)
        if isinstance(task, str):
            return task
        found = int(task["task_id"])
        args: dict[str, Any] = {"task_id": found}
        if intent.levels:
            order = list(Priority)
            now_at = order.index(Priority(task["priority"]))
            wanted = min(max(now_at + intent.levels, 0), len(order) - 1)
            if wanted == now_at:
                return f"'{task['title']}' is already {task['priority']} priority; nothing changed."
            args["priority"] = str(order[wanted])
        elif intent.reminder:
            reminder = spoken_moment(task.get("reminder"), self.turn.timezone)
            if reminder is None:
                return f"'{task['title']}' has no reminder to move; when should I remind you?"
            args["reminder"] = moved(
                reminder.isoformat(), intent, self.turn.now, self.turn.timezone
            )
        else:
            args["due"] = moved(task.get("due_at"), intent, self.turn.now, self.turn.timezone)
        made = await self.call("update_task", args)
        if made.failed:
            return f"I couldn't change that task: {made.result['error']}"
        if intent.reminder:
            return reminder_confirmation(made.result, self.year)
        return shift_confirmation(intent, made.result, self.year)

    async def remind(
        self, fields: TaskFields, *, new: bool = False, ref: Reference | None = None
    ) -> str:
        """Set the reminder of the task the words name; without one, add it as a new task.

        Said as something to do (``new``: ``remind me to call mom at 5``), only a task with
        those very words is taken; otherwise it is a new task, as before (a task whose title
        only begins so, "Call mom about the will", keeps its own reminder)."""
        words = fields.title or ""
        ref = ref or read_reference(words)
        if ref is not None and not isinstance(ref, ByWords):
            found = await self.resolve(ref, prefer="pending")
            if isinstance(found, str):
                return found
            current = await self.call("get_task", {"task_id": found})
            if current.failed:
                return f"Sorry — {current.result['error']}"
            return await self._set_reminder(current.result["task"], fields)
        made = await self.search(search_words(words), "pending")
        if made.failed:
            return f"Sorry — {made.result['error']}"
        tasks: list[View] = made.result["tasks"]
        exact = [task for task in tasks if _same_words(task["title"], words)]
        if new:
            tasks = exact
        if len(tasks) > 1 and len(exact) != 1:
            return ambiguity(words, tasks, self.year)
        if not tasks and not new:  # "remind me about the pasport renewal": Renew passport
            named = await named_task(
                self.turn.tools, words, now=self.turn.now, tz=self.turn.timezone
            )
            if named is not None:
                seen = await self.turn.tools.look("get_task", {"task_id": named[0]})
                tasks = [] if seen.failed else [seen.result["task"]]
        if not tasks:
            due = fields.due if fields.due is not None else fields.reminder
            return await self.add(replace(fields, due=due))
        return await self._set_reminder(exact[0] if exact else tasks[0], fields)

    async def _set_reminder(self, task: View, fields: TaskFields) -> str:
        """Set ``task``'s reminder to ``fields.reminder``, or ask when when none was said."""
        if fields.reminder is None:
            return f"{WHEN_QUESTION}{task['title']}'? Say a time, for example 'tomorrow at 9'."
        reminder = fields.reminder
        if fields.time_only:  # "move my dentist reminder to 7:30": the same day
            reminder = keeping(reminder, day_of(task), self.turn.timezone)
        elif not isinstance(reminder, datetime):  # "to tomorrow, same time": the same time
            current = spoken_moment(task.get("reminder"), self.turn.timezone)
            reminder = datetime.combine(
                reminder, current.timetz() if current else time(9, tzinfo=self.turn.timezone)
            )
        changed = await self.call(
            "update_task", {"task_id": task["task_id"], "reminder": _iso(reminder)}
        )
        if changed.failed:
            return f"I couldn't set that reminder: {changed.result['error']}"
        return reminder_confirmation(changed.result, self.year)

    async def _task(self, ref: Reference, *, loosely: bool = False) -> View | str:
        """Return the task ``ref`` names as the tools show it (open ones preferred), or the
        reply to give when it is unclear; ``loosely``, as :meth:`resolve` takes it."""
        found = await self.resolve(ref, prefer="pending", loosely=loosely)
        if isinstance(found, str):
            return found
        current = await self.call("get_task", {"task_id": found})
        if current.failed:
            return f"Sorry — {current.result['error']}"
        task: View = current.result["task"]
        return task

    async def remind_before(self, intent: RemindBefore) -> str:
        """Set a task's reminder some minutes before it is due (09:00 for a day alone). What
        is counted back from is there already, so a word no other open title has names it
        (``two hours before the Siemens deadline``: "Deliver the Siemens translation")."""
        task = await self._task(intent.ref, loosely=True)
        if isinstance(task, str):
            return task
        found = int(task["task_id"])
        due = as_moment(task.get("due_at"), self.turn.timezone)
        if due is None:
            return f"'{task['title']}' has no due date to count back from; when is it due?"
        reminder = due - timedelta(minutes=intent.minutes)
        if intent.at is not None:  # "the evening before": 18:00 the day before
            reminder = datetime.combine(reminder.date(), intent.at, tzinfo=self.turn.timezone)
        changed = await self.call("update_task", {"task_id": found, "reminder": _iso(reminder)})
        if changed.failed:
            return f"I couldn't set that reminder: {changed.result['error']}"
        return reminder_confirmation(changed.result, self.year)

    def _earlier_request(self) -> Act | Update | Relative | None:
        """Return the previous request when it acted on one task, to do again; when the
        previous message only picked a task (``Ben`` after "which one?"), the one before."""
        said = [message for message in self.turn.history if message.role == "user"]
        for message in reversed(said[-2:]):
            earlier = read_intent(message.content, now=self.turn.now, tz=self.turn.timezone)
            if isinstance(earlier, Act | Update | Relative):
                return earlier
            if not isinstance(earlier, Unknown):  # only a bare pick ("Ben") is looked past
                return None
        return None

    async def when_said(self, intent: JustWhen) -> str:
        """A date alone: the reminder asked for just before, or the due date of the task just
        added or changed."""
        history = self.turn.history
        if listed_window(history) or intent.question:  # "and monday?", "tomorrow?"
            day = intent.when.date() if isinstance(intent.when, datetime) else intent.when
            spoken = f"on {day:%A} {day.day} {day:%B}"
            window = ListQuery(
                status="pending", due_after=day, due_before=day + timedelta(days=1), window=spoken
            )
            return await self.show_list(window)
        asked = asked_when(history)
        if asked is not None:
            changed = await self.call(
                "update_task", {"task_id": asked, "reminder": _iso(intent.when)}
            )
            if changed.failed:
                return f"I couldn't set that reminder: {changed.result['error']}"
            return reminder_confirmation(changed.result, self.year)
        last = last_change(history)
        task_id = last.result.get("task_id") if last and isinstance(last.result, dict) else None
        if last is None or last.tool not in ("add_task", "update_task") or task_id is None:
            return NOT_UNDERSTOOD
        if "reminder" in last.args and "due" not in last.args:  # "no, 8 I mean": the reminder
            fields = TaskFields(reminder=intent.when, time_only=intent.time_only)
        else:
            fields = TaskFields(due=intent.when, time_only=intent.time_only)
        return await self.update(Update(ById(int(task_id)), fields))

    async def level_said(self, intent: JustLevel) -> str:
        """A priority alone: the priority of the task just added or changed (``actually,
        urgent``), else a list of the tasks of that priority."""
        last = last_change(self.turn.history)
        task_id = last.result.get("task_id") if last and isinstance(last.result, dict) else None
        if last is None or last.tool not in ("add_task", "update_task") or task_id is None:
            return await self.show_list(ListQuery(status="pending", priority=intent.priority))
        return await self.update(Update(ById(int(task_id)), TaskFields(priority=intent.priority)))

    async def undo(self) -> str:
        """Take back the change the previous answer made, when it can be taken back."""
        last = last_change(self.turn.history)
        if last is None:
            return "There's nothing I just changed to undo; tell me what to change instead."
        task_id = last.result.get("task_id") if isinstance(last.result, dict) else None
        restored = _restoring(last.result, self.turn.timezone) if last.tool == "update_task" else {}
        if restored and task_id is not None:  # "put it back how it was"
            made = await self.call("update_task", {"task_id": task_id, **restored})
            return self._reply_to_change(made)
        earlier = self._earlier_request()
        if last.tool == "update_task" and isinstance(earlier, Relative) and task_id is not None:
            back = replace(
                earlier,
                ref=ById(int(task_id)),
                levels=-earlier.levels,
                days=-earlier.days,
                months=-earlier.months,
                minutes=-earlier.minutes,
            )
            return await self.shift(back)
        opposite = OPPOSITES.get(last.tool)
        if opposite is None or task_id is None:
            return (
                "I can't take back an edit by myself; tell me what it should be, for example "
                "'move it back to Friday'."
            )
        made = await self.call(opposite, {"task_id": task_id})
        return self._reply_to_change(made)

    async def _each_candidate(self) -> str:
        """``both`` after "which one do you mean?": the request, for each task offered."""
        history = self.turn.history
        offered = shown_list(history) or []
        earlier = self._corrected(Correction(ById(0)))
        if not isinstance(earlier, Act | Update | Relative) or not 1 < len(offered) <= _EACH_MOST:
            return (
                "I change one task at a time, so I haven't touched anything; tell me which "
                "one, for example 'the first one'."
            )
        done = [
            await self.perform(replace(earlier, ref=ById(int(task["task_id"])))) for task in offered
        ]
        return " ".join(done)

    def _corrected(self, intent: Correction) -> Intent | None:
        """Return the previous request aimed at the task the answer names, when the previous
        answer asked which task was meant and changed nothing (``no, the second one``)."""
        history = self.turn.history
        if len(history) < 2 or history[-1].role != "assistant" or history[-2].role != "user":
            return None
        asked = history[-1].tool_calls
        if not asked or any(call.tool not in LISTING_TOOLS for call in asked):
            return None
        earlier = read_intent(history[-2].content, now=self.turn.now, tz=self.turn.timezone)
        if isinstance(earlier, Act | Update | Relative):
            return replace(earlier, ref=intent.ref)
        if isinstance(earlier, RemindAbout) and intent.words:
            return replace(earlier, fields=replace(earlier.fields, title=intent.words), new=False)
        return None

    async def _instead(self, intent: Correction) -> str:
        """``no, the first one`` just after a change: take the change back, and make it to the
        task meant (only changes that can be taken back: complete, reopen, delete, restore)."""
        last = last_change(self.turn.history)
        earlier = self._earlier_request()
        task_id = last.result.get("task_id") if last and isinstance(last.result, dict) else None
        meant_words = isinstance(intent.ref, ByWords) and intent.words
        if last is not None and last.tool == "add_task" and task_id is not None and meant_words:
            title = _meant_title(str(last.result.get("title") or ""), intent.words)
            made = await self.call("update_task", {"task_id": task_id, "title": title})
            return self._reply_to_change(made)  # "oops, I meant pay the cleaner"
        restored = _restoring(last.result, self.turn.timezone) if last is not None else {}
        if last is not None and last.tool == "update_task" and restored and earlier is not None:
            made = await self.call("update_task", {"task_id": task_id, **restored})
            if made.failed:
                return f"Sorry — {made.result['error']}"
            return await self.perform(replace(earlier, ref=intent.ref))  # the edit, on the other
        if (
            last is None
            or last.tool not in OPPOSITES
            or last.tool == "add_task"
            or (earlier is None or task_id is None)
        ):
            return (
                "I'm not sure what to do with that one; say what to do, for example "
                "'complete the second one'."
            )
        made = await self.call(OPPOSITES[last.tool], {"task_id": task_id})
        if made.failed:
            return f"Sorry — {made.result['error']}"
        return (
            f"{self._reply_to_change(made)} {await self.perform(replace(earlier, ref=intent.ref))}"
        )

    async def resolve(
        self,
        ref: Reference,
        *,
        prefer: str | None,
        stems: tuple[str, ...] = (),
        deleting: bool = False,
        stated: bool = False,
        loosely: bool = False,
    ) -> int | str:
        """Return the id of the task ``ref`` names, or the reply to give when it is unclear.

        Words no search finds may still name an open task clearly (:func:`named_task`; and
        ``loosely``, by a word no other open title has), the
        whole message too for a fact (``stated``: "the plumber, I have called him"); such a
        task is taken, except to delete it (``deleting``), which is asked."""
        if isinstance(ref, ById):
            return ref.task_id
        if isinstance(ref, Everything):
            return (
                "I change one task at a time, so I haven't touched anything; tell me which task, "
                "for example 'task 3' or 'the groceries task'."
            )
        if isinstance(ref, ByPosition):
            if ref.or_id and shown_list(self.turn.history) is None:
                return ref.position  # "check off number 12", no list shown: task 12
            return by_position(self.turn.history, ref.position)
        if isinstance(ref, ByWords):
            found = await self._by_words(ref.words, prefer, stems, at=ref.at)
            if found is not _NOT_FOUND:
                return found
            named = await named_task(
                self.turn.tools,
                ref.words,
                stated=self.turn.message if stated and not self.several else "",
                now=self.turn.now,
                tz=self.turn.timezone,
                loosely=loosely,
            )
            if named is None:
                return (
                    f"I couldn't find a task matching '{ref.words}', so I haven't changed anything."
                )
            return ASK_DELETE.format(title=named[1]) if deleting else named[0]
        if isinstance(ref, ByOther):
            return the_other(self.turn.history)
        if self.calls:  # "… and make it urgent": the task this turn just acted on
            return in_context([*self.turn.history, PastMessage("assistant", "", tuple(self.calls))])
        return in_context(self.turn.history)

    async def search(self, words: str, status: str) -> ToolCall:
        """Search for ``words``; when nothing matches, once more with the words' stems
        (``booking`` finds "Book the venue")."""
        made = await self.call("search_tasks", {"query": words, "status": status})
        loose = _loosened(words)
        if made.failed or made.result["tasks"] or loose == words:
            return made
        return await self.call("search_tasks", {"query": loose, "status": status})

    async def _by_words(
        self, words: str, prefer: str | None, stems: tuple[str, ...], *, at: str | None = None
    ) -> int | str:
        """Return the id of the task a search for ``words`` finds, the reply to give when it
        finds several, or :data:`_NOT_FOUND`."""
        made = await self.search(words, "all")
        if made.failed:
            return f"Sorry — {made.result['error']}"
        tasks: list[View] = made.result["tasks"]
        if not tasks:
            return _NOT_FOUND
        exact = [task for task in tasks if task["title"].casefold() == words.casefold()]
        preferred = [task for task in tasks if task["status"] == prefer]
        said = [task for task in preferred or tasks if _begins_with_any(task["title"], stems)]
        # "the 3pm meeting": the one due at that time (spoken "Thursday 26 November 2026, 15:00")
        timed = [task for task in tasks if at and str(task.get("due") or "").endswith(f", {at}")]
        for choice in (tasks, exact, preferred, said, timed):
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
    if fields.description:
        args["description"] = fields.description
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
    if fields.project:
        args["project"] = fields.project
    if fields.clear:
        args["clear"] = list(fields.clear)
    return args


def _iso(value: date | datetime) -> str:
    return value.isoformat()


#: What comes off a word to find its stem (only for words of five letters or more).
#: Endings cut when nothing matched the words as said: ``booking`` finds "Book the venue",
#: ``renewal`` "Renew passport", ``payment`` "Pay the builder".
_STEM_END: Final = re.compile(r"(?:ments?|als?|ery|ing|ed|es|s)$", re.IGNORECASE)
#: The most words a title said after ``and`` may have to take the previous title's verb.
_LIKE_WORDS: Final = 3
#: A message that goes on from the previous one: ``and task 4 as well``.
_CONTINUED: Final = re.compile(r"^\s*+(?:and|also|plus|oh and)\b", re.IGNORECASE)
#: How an answer to "which one?" may name its pick: ``the one with Ben``, ``I meant Ben's``.
_ONE_WITH: Final = re.compile(
    r"^(?:(?:no|nope|sorry|actually|oh)\b[\s,.!-]*+)*+(?:i\s++mean(?:t)?\s++)?"
    r"(?:the\s++one\s++(?:with|for|about|called|named|saying)\s++)?|(?:'s)?\s++one$",
    re.IGNORECASE,
)
#: The most words such a pick may have.
_PICK_WORDS: Final = 4
#: How ``the other one too``, ``task 4 as well`` end: the previous request, for another task.
_TOO_ENDS: Final = (" too", " as well", " also")
_TOO_MOST: Final = 60


def _also(message: str) -> Reference | None:
    """Return the task ``the other one too`` / ``and task 4 as well`` names, if it is one."""
    said = " ".join(message.split()).rstrip(" .!").lower()
    if said.startswith("and ") and not said.endswith(_TOO_ENDS):
        said += " too"  # "and the other one"
    if len(said) > _TOO_MOST or not said.endswith(_TOO_ENDS):
        return None
    words = said.rsplit(" ", 2 if said.endswith(" as well") else 1)[0].removeprefix("and ")
    return read_reference(words)


#: ``both`` after "which one do you mean?": every task offered (there were a few).
_EACH_OF_THEM: Final = re.compile(
    r"(?:(?:oh\s++)?(?:(?:complete|finish|delete|remove|do|mark|tick\s++off)\s++)?"
    r"(?:both|both of them|all of them|all three|all 3|each of them|them all|"
    r"the\s++(?:two|three))(?:\s++(?:please|pls|of\s++them))?)[\s.!]*+",
    re.IGNORECASE,
)
_EACH_MOST: Final = 3


_BOTH: Final = re.compile(r"\bboth\b", re.IGNORECASE)
#: Places said in the message: its ``both`` is of those (``the first and the third are both
#: done``), not of the list shown.
_PLACES_SAID: Final = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|\d{1,2}(?:st|nd|rd|th))\b", re.IGNORECASE
)


def _each_of_a_list(intent: Intent) -> bool:
    """Tell whether ``intent`` is one request for each of several tasks of the list shown."""
    return isinstance(intent, Several) and all(
        isinstance(part, Act) and isinstance(part.ref, ByPosition) for part in intent.intents
    )


def _meant_title(title: str, words: str) -> str:
    """Return the title meant instead of ``title``: ``AA batteries`` for "Buy batteries" is
    "Buy AA batteries" (the words replace the end they share), anything else the whole."""
    said, have = words.split(), title.split()
    if said and len(have) > 1 and said[-1].casefold() == have[-1].casefold():
        kept = len(have) - min(len(said), len(have) - 1)  # "Buy oat milk", "almond milk"
        return capitalised(" ".join([*have[:kept], *said]))
    return capitalised(words.strip())


#: The fields of a task's view that an edit may change, each with its ``update_task`` name.
_RESTORED: Final = (
    ("title", "title"),
    ("description", "description"),
    ("priority", "priority"),
    ("tags", "tags"),
    ("due_at", "due"),
    ("reminder", "reminder"),
    ("recurrence", "recurrence"),
)


def _restoring(result: Any, tz: Any) -> dict[str, Any]:
    """Return the ``update_task`` arguments that put back what an update changed (its result
    carries the task ``before`` and after it), or ``{}`` when they cannot be told."""
    if not isinstance(result, dict):
        return {}
    before, after = result.get("before"), result.get("task")
    if not isinstance(before, dict) or not isinstance(after, dict):
        return {}
    args: dict[str, Any] = {}
    cleared: list[str] = []
    for field, name in _RESTORED:
        old = before.get(field)
        if old == after.get(field):
            continue
        if field == "reminder" and old is not None:
            moment = spoken_moment(old, tz)
            if moment is None:
                return {}
            old = moment.isoformat()
        if old in (None, "", []) and name in (
            "description",
            "tags",
            "due",
            "reminder",
            "recurrence",
        ):
            cleared.append(name)
        elif old not in (None, ""):
            args[name] = old
    return {**args, "clear": cleared} if cleared else args


#: ``and home?``, ``what about #errands?``: the same list, for another tag.
_AND_TAG: Final = re.compile(
    r"(?:and|what\s++about|how\s++about)\s++#?(?P<tag>[^\W\d_][\w\-]{0,49})\s*+\??", re.IGNORECASE
)
#: ``make it 10 instead``: an hour alone, after a time was set.
_HOUR_ALONE: Final = re.compile(
    r"(?:(?:no|actually|sorry)[\s,]++)*+(?:make\s++it|change\s++it\s++to|at)\s++"
    r"(?P<hour>(?:[01]?\d|2[0-3])(?::[0-5]\d)?)(?:\s++instead)?",
    re.IGNORECASE,
)
#: The most words a task's name said first may have to be matched loosely.
_LOOSE_WORDS: Final = 3


def _loosened(words: str) -> str:
    """Return ``words`` cut to their stems: ``picking kids`` → ``pick kid``, ``passport
    renewal`` → ``passport renew``."""
    return " ".join(_STEM_END.sub("", word) if len(word) > 4 else word for word in words.split())


def _like(previous: str, title: str) -> str:
    """Return a title said after ``and`` like the previous one: ``and envelopes`` after
    "Buy stamps" is "Buy envelopes"; a title of its own stays as it is."""
    verb, _, rest = previous.partition(" ")
    words = title.split()
    if not rest or not 0 < len(words) <= _LIKE_WORDS or words[0].casefold() == verb.casefold():
        return title
    link = words[1].casefold() if len(words) >= _ONE_FOR else ""
    if words[0].casefold() == "one" and link in _LINKS:  # "one for Tom": "Meal plan for Tom"
        said = previous.split()
        places = [at for at, word in enumerate(said) if word.casefold() == link]
        kept = said[: places[-1]] if places else said
        return " ".join([*kept, *words[1:]])
    return f"{verb} {title[:1].lower()}{title[1:]}"


#: ``one for Tom``: ``one``, then the words that differ.
_ONE_FOR: Final = 3
#: The words that begin what differs in ``one for Tom``, ``one with the kids``.
_LINKS: Final = frozenset({"for", "with", "to", "at", "on", "from", "about", "in"})


def _due_value(said: str) -> date | datetime | None:
    """Return a due date as a tool was given it (``2026-11-27`` or with a time), else None."""
    try:
        return datetime.fromisoformat(said) if "T" in said else date.fromisoformat(said)
    except ValueError:
        return None


def _same_words(title: str, words: str) -> bool:
    """Tell whether a title says the same as ``words``, leaving out little words and case."""
    return search_words(title).casefold() == search_words(words).casefold()


def _begins_with_any(title: str, stems: tuple[str, ...]) -> bool:
    """Tell whether a word of ``title`` begins with one of ``stems`` (``call`` in "Call mom")."""
    return bool(stems) and any(
        word.startswith(stems) for word in title.casefold().replace("-", " ").split()
    )


def _retagged(current: Sequence[str], intent: Update) -> list[str]:
    removed = {name.casefold() for name in intent.remove_tags}
    kept = [name for name in current if name.casefold() not in removed]
    known = {name.casefold() for name in kept}
    return kept + [name for name in intent.add_tags if name.casefold() not in known]


__all__ = ["OfflineEngine"]
