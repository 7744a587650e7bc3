"""The learned second reading of a chat message, beside the user's open tasks.

The rules read a message by its wording. Every message they read as a new task, an edit, a
reminder, a fact or nothing at all is read once more by the learned model of
:mod:`~todo.domain.assistant.reading_model`, with the titles of the user's open tasks beside it
(:func:`second_reading`). Where the model is sure (:data:`SURE`) of another action on one task
the message names, and the message says what the change needs (a date to move to, a repeat to
set), the model's reading is taken: ``dentist moved to thursday`` moves the dentist, it does not
add "Dentist moved". A delete is never done on its word, only asked about; a fact it is sure
changes nothing (``login test: in progress``) completes nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Final
from zoneinfo import ZoneInfo

from todo.domain.assistant.chat import Toolbox
from todo.domain.assistant.intent_fields import TaskFields
from todo.domain.assistant.intent_lists import search_words
from todo.domain.assistant.intent_references import ById, ByWords
from todo.domain.assistant.intent_statements import stated_sentence
from todo.domain.assistant.intents import (
    Act,
    Add,
    Intent,
    Relative,
    RemindAbout,
    RemindBefore,
    Unknown,
    Update,
)
from todo.domain.assistant.reading_fields import (
    days_moved,
    done_by_own_verb,
    fields_for,
    level_set,
    said_done,
)
from todo.domain.assistant.reading_model import (
    MAX_CHARACTERS,
    ActionModel,
    asks_to_add,
    features,
    reading_of,
)

#: How likely the model's first action must be for it to be taken.
SURE: Final = 0.7
#: How much of a task's title the message must say to name it.
NAMED: Final = 0.5
#: How much of its title names a task no other title shares a word with (a third).
NAMED_ALONE: Final = 0.3
#: How much of its title, in at least two words, names a task without the model's reading.
NAMED_CLEARLY: Final = 0.6
#: How sure the model must be that a task is done, beside a word that says so.
SURE_DONE: Final = 0.9
#: What says a fact is not one of a thing done: a negation, "almost", a question. A fact with
#: one of these completes nothing on a guess.
_NOT_DONE: Final = re.compile(
    r"\b(?:not|never|no|nothing|yet|almost|nearly|half|halfway|partly|partially|mostly|still|"
    r"so\s++far|"
    r"didn'?t|haven'?t|hasn'?t|isn'?t|wasn'?t|aren'?t|won'?t|can'?t|couldn'?t|dont|didnt|"
    r"havent|hasnt|isnt|wasnt|cant|couldnt)\b|n't\b|\?|^\s*+(?:has|have|is|was|did|were|are)\b",
    re.IGNORECASE,
)
#: What says a fact is not certain: ``I might have sent the subs``, ``I think I paid it``.
_UNSURE: Final = re.compile(
    r"\b(?:might|may\s++have|maybe|perhaps|possibly|probably|not\s++sure|unsure|not\s++certain|"
    r"uncertain|can'?t\s++be\s++(?:sure|certain)|i\s++think|i\s++believe|i\s++guess|"
    r"i\s++reckon|could\s++have|must\s++have)\b",
    re.IGNORECASE,
)
#: A task named by its date: ``the Siemens deadline``, ``when the report is due``.
_BY_ITS_DATE: Final = re.compile(r"\b(?:deadline|due)\b", re.IGNORECASE)
#: The actions the second reading may take.
TAKEN: Final = frozenset(
    {"complete", "delete", "due", "undue", "raise", "lower", "priority", "remind", "unremind"}
    | {"repeat", "unrepeat", "describe", "rename", "none"}
)


@dataclass(frozen=True)
class Guess:
    """What the second reading understood: an action on one task, with the fields it sets."""

    action: str
    task_id: int
    title: str
    fields: TaskFields
    #: Days the due date moves by, for a move said as an amount (``push it 2 days``).
    days: int = 0
    #: Every word of the task's title was said.
    whole: bool = False
    #: The other tasks the same words name, when the message names several as well.
    others: tuple[str, ...] = ()


@cache
def action_model() -> ActionModel:
    """Return the shipped model (read once per process, in a few milliseconds)."""
    text = resources.files("todo.domain.assistant").joinpath("reading_model.json").read_text()
    return ActionModel.from_json(json.loads(text))


async def named_task(
    tools: Toolbox,
    words: str,
    *,
    stated: str = "",
    now: datetime,
    tz: ZoneInfo,
    loosely: bool = False,
) -> tuple[int, str] | None:
    """Return the id and title of the open task ``words`` name clearly — all of its title, or
    two of its words and :data:`NAMED_CLEARLY` of them (``the pasport renewal`` names "Renew
    passport", ``the vet appt`` names "Vet appointment"); else the one whose every word a
    statement of fact says (``stated``: "the plumber, I have called him" names "Call the
    plumber"), unless it is negated, hedged or asked; ``loosely``, the one whose words no other
    open title has (``the Siemens deadline`` names "Deliver the Siemens translation"); else
    None."""
    tasks = await tools.open_titles()
    titles = [title for _, title in tasks]
    whole = reading_of(stated, titles, now=now, tz=tz) if stated else None
    if whole is not None and (
        _NOT_DONE.search(stated[:MAX_CHARACTERS]) or not said_done(stated, whole)
    ):
        return None  # "I did not yet call the bank, maybe tomorrow", "has it been renewed?"
    if _NOT_DONE.search(words[:MAX_CHARACTERS]):
        return None  # "not yet call bank"
    read = reading_of(words, titles, now=now, tz=tz)
    if read.task is not None and (read.fit >= 1 or (read.fit >= NAMED_CLEARLY and read.said >= 2)):
        return tasks[read.task]  # "the car insurance" does not name "Wash the car"
    if loosely and _BY_ITS_DATE.search(words) and read.task is not None and read.alone:
        return tasks[read.task]  # "two hours before the Siemens deadline"
    if whole is None or whole.task is None:
        return None
    # "tacho got calibrated": the task's own verb, and words no other open title has
    own_verb = whole.fit >= NAMED_CLEARLY and whole.said >= 2 and whole.alone
    if whole.fit < 1 and not (own_verb and done_by_own_verb(stated, tasks[whole.task][1])):
        return None  # "Called the plumber" does not name "Call the dentist"
    return tasks[whole.task]


def guess(
    message: str, tasks: Sequence[tuple[int, str]], *, now: datetime, tz: ZoneInfo
) -> Guess | None:
    """Return the action the message asks of one of ``tasks`` (ids and titles), when the model
    is sure of it and the message says all the action needs; else None."""
    if not tasks:
        return None
    read = reading_of(message, [title for _, title in tasks], now=now, tz=tz)
    if read.task is None or read.fit < (NAMED_ALONE if read.alone else NAMED):
        return None
    task_id, title = tasks[read.task]
    ranked = action_model().predict(features(read))
    if read.tied:  # the words name two tasks as well: never a guess between them
        action, chance = ranked[0]
        if action in TAKEN and action != "none" and chance >= SURE:
            others = tuple(tasks[number][1] for number in read.tied)
            return Guess("ask_which", task_id, title, TaskFields(), others=others)
        return None
    if (
        read.fit >= 1
        and ranked[0][0] != "add"
        and done_by_own_verb(message, title)
        and said_done(message, read)
        and not _NOT_DONE.search(message)
        and not _UNSURE.search(message)
    ):
        return Guess("complete", task_id, title, TaskFields(), whole=True)  # "X is culled"
    action, chance = ranked[0]
    if action in _PRIORITY:  # "has low priority": a level or a step, one change of priority
        chance = sum(likely for name, likely in ranked if name in _PRIORITY)
    if action not in TAKEN or chance < SURE:
        return None
    level = level_set(message) if action in _PRIORITY else None
    if level is not None:  # "bump the invoice up to urgent": urgent, not one step up
        return Guess("priority", task_id, title, TaskFields(priority=level))
    fields = fields_for(action, message, now=now, tz=tz)
    days = days_moved(message) if action == "due" and fields is None else None
    if fields is None and not days:
        return None
    unsure = action == "complete" and _UNSURE.search(message) is not None
    if action == "complete" and (chance < SURE_DONE or not said_done(message, read) or unsure):
        action = "ask_done"  # "dentist tomorrow", "I might have sent the subs": asked, not done
    return Guess(action, task_id, title, fields or TaskFields(), days or 0, read.fit >= 1)


#: What is said when the model finds a task to delete: it is asked, never done.
ASK_DELETE: Final = "Do you want me to delete '{title}'? Say 'delete {title}' and I will."
#: What is asked when the words of a message name two or three tasks as well.
ASK_WHICH: Final = "Which one do you mean: {listed}? Say it with more of its words and I'll do it."
#: What is said when the model reads a task as done but the message does not say so plainly.
ASK_DONE: Final = "Is '{title}' done? Say '{title} is done' and I'll tick it off."
LEFT_OPEN: Final = (
    "Alright, I've left it open; tell me when it's done, for example 'I paid the bill'."
)
ALREADY: Final = "'{title}' is on your list already, so I've left it as it is."
UNSURE: Final = (
    "I'm not sure what you'd like changed about '{title}', so I've left it as it is; say it "
    "as, for example, 'move {title} to Friday'."
)
_LEVELS: Final = {"raise": 1, "lower": -1}
#: A field the rules read a value for, which the model reads as taken away: the value said
#: stands (``show reports only go out on weekdays now, change the repeat``).
_TAKEN_BACK: Final = frozenset({("repeat", "unrepeat"), ("due", "undue"), ("remind", "unremind")})
#: Words that take a field away (``no need to repeat``, ``reminder off``): the model may read
#: them so where the rules read a value.
_TAKE_AWAY: Final = re.compile(
    r"\b(?:no|not|stop|off|anymore|longer|remove|clear|cancel|drop|without|needn'?t|don'?t|"
    r"doesn'?t|never)\b",
    re.IGNORECASE,
)
_PRIORITY: Final = frozenset({"priority", "raise", "lower"})


async def second_reading(
    tools: Toolbox, message: str, intent: Intent, *, now: datetime, tz: ZoneInfo
) -> Intent | str | None:
    """Return what to do instead of ``intent`` when the learned reader is sure the message
    asks for another action on one open task (or a sentence to answer with); else None."""
    family = _family(intent)
    if family is None or (family == "add" and asks_to_add(message)):
        return None  # "add milk": a new task, whatever the list holds
    if family == "complete":  # "The car is washed. Not that anyone will notice."
        message = stated_sentence(message)
    found = guess(message, await tools.open_titles(), now=now, tz=tz)
    if found is None or found.action == family or _same_change(family, found.action):
        return None
    if (family, found.action) in _TAKEN_BACK and not _TAKE_AWAY.search(message):
        return None  # a new repeat said, and nothing said of taking one away
    if _named_as_it_is(intent, found) or _already_changes(intent, found.action):
        return None
    if found.action == "none":
        if family == "complete":
            return LEFT_OPEN
        if family == "add":  # "I haven't managed to order the glasses": not a new task
            return ALREADY.format(title=found.title) if found.whole else None
        return None if family == "none" else UNSURE.format(title=found.title)
    ref = ById(found.task_id)
    if found.action == "delete":
        return ASK_DELETE.format(title=found.title)
    if found.action == "ask_which":  # asked only when the rules understood nothing
        return _which(found) if family == "none" else None
    if found.action == "ask_done":  # asked only when the rules understood nothing
        return ASK_DONE.format(title=found.title) if family == "none" else None
    if found.action == "complete":
        return Act("complete", ref)
    if found.action in _LEVELS:
        return Relative(ref, levels=_LEVELS[found.action])
    if found.days:
        return Relative(ref, days=found.days)
    if found.fields.reminder is not None:  # the task's own time kept for a day alone
        return RemindAbout(found.fields, ref=ref)
    return Update(ref, found.fields)


def _which(found: Guess) -> str:
    """Return the question that names the tasks a message names as well as each other."""
    named = [found.title, *found.others[: _MOST_NAMED - 1]]
    listed = ", ".join(f"'{title}'" for title in named[:-1]) + f" or '{named[-1]}'"
    return ASK_WHICH.format(listed=listed)


#: The most tasks named in a question of which one is meant.
_MOST_NAMED: Final = 3


def _named_as_it_is(intent: Intent, found: Guess) -> bool:
    """Tell whether the rules read a task named by its very title and then its new fields
    (``plan the party - due 5 december, high``): they give that task all of them."""
    if not isinstance(intent, Add) or not intent.or_update or not intent.fields.title:
        return False
    return search_words(intent.fields.title).casefold() == search_words(found.title).casefold()


def _already_changes(intent: Intent, action: str) -> bool:
    """Tell whether the rules' edit already changes what the model read, beside more (``move
    the car service to tomorrow and make it high priority``: the day and the level)."""
    if not isinstance(intent, Update):
        return False
    changes = intent.changes
    said = {
        "due": changes.due is not None,
        "remind": changes.reminder is not None,
        "repeat": bool(changes.recurrence),
        "rename": bool(changes.title),
        "describe": bool(changes.description),
    }
    return said.get(action, action in _PRIORITY and changes.priority is not None)


def _same_change(family: str, action: str) -> bool:
    """Tell whether the rules' reading and the model's are one change: a priority said as a
    level (``make it urgent``) raises or lowers it, and the rules read the level said; only
    a level the rules read as a step (``put them urgent``, read as "up") is the model's."""
    return (
        family in _PRIORITY
        and action in _PRIORITY
        and not (action == "priority" and family != "priority")
    )


def _family(intent: Intent) -> str | None:
    """Return the action the rules read, among the model's; None for what the second reading
    leaves alone (lists, several requests, a task named by number, by position or as "it")."""
    if isinstance(intent, Unknown):
        return "none"
    if isinstance(intent, Add):
        return "add"
    if isinstance(intent, RemindAbout | RemindBefore):
        return "remind"
    named = isinstance(getattr(intent, "ref", None), ByWords)
    if isinstance(intent, Act) and intent.stated and named:
        return "complete"
    if isinstance(intent, Relative) and named:
        if intent.levels:
            return "raise" if intent.levels > 0 else "lower"
        return "remind" if intent.reminder else "due"
    if isinstance(intent, Update) and named:
        return _changed(intent)
    return None


def _changed(intent: Update) -> str | None:
    """Return the model's name of what an edit changes (its first field)."""
    changes = intent.changes
    for name, action in (("due", "undue"), ("reminder", "unremind"), ("recurrence", "unrepeat")):
        if name in changes.clear:
            return action
    if changes.recurrence:
        return "repeat"
    if changes.reminder is not None:
        return "remind"
    if changes.due is not None:
        return "due"
    if changes.priority is not None:
        return "priority"
    if changes.title:
        return "rename"
    if changes.description:
        return "describe"
    return None  # tags: the model knows nothing of them
