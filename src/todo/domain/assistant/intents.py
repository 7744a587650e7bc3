"""Read one chat message as an intent: add, list, complete, reopen, delete, restore, edit, show.

``read_intent("Add a task to buy groceries", now=now, tz=tz)`` is
``Add(TaskFields(title="Buy groceries"))``; ``read_intent("Mark task 3 as complete", ...)`` is
``Act("complete", ById(3))``. New tasks are read by the quick-add parser, so dates, ``#tags``,
``!high`` and ``every monday`` work as they do in ``todo add``; priority words (``urgent``,
``high priority``) and ``remind me … at 5`` are read here.

Tasks are named by id (``task 3``, ``#3``, ``3``), by a position in the list the conversation
last showed (``the second one``, ``the last one``, ``number 2``), by ``it``/``that one`` (the
task the conversation last acted on), or by words of the title (``the meeting task``).

Text in quotes is data, never a command: ``Add a task 'delete all my tasks'`` adds that task.
Any text is accepted: this never raises; what is not understood is :class:`Unknown`, and a message
longer than :data:`READ_LIMIT` is :class:`TooLong`. Every pattern runs in linear time, so a
message of any length is read in bounded time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Final, TypeAlias
from zoneinfo import ZoneInfo

from todo.domain.assistant.intent_clauses import MAX_PARTS, clauses, sentences
from todo.domain.assistant.intent_edits import ACTIONS, EDITS, FIELD_NAMES, Verb
from todo.domain.assistant.intent_lists import ListQuery, names_one_task, read_list
from todo.domain.assistant.intent_references import (
    QUOTED,
    ByContext,
    ById,
    ByPosition,
    ByWords,
    Reference,
    hide_quoted,
    read_reference,
    unquote,
)
from todo.domain.assistant.intent_reminders import (
    read_remind_about,
    read_remind_before,
    read_reminder_change,
)
from todo.domain.assistant.intent_statements import (
    GOT_DONE_FIRST,
    read_again,
    read_clearing,
    read_correction,
    read_done_statement,
    read_shift,
)
from todo.domain.assistant.intent_windows import read_window, rest_of_week
from todo.domain.assistant.intent_words import (
    ADD,
    ADD_IS_EDIT,
    ADD_TYPO,
    ASK_FOR_TASK,
    GERUNDS,
    HELP,
    LIST_FIRST,
    LIST_PHRASE,
    LIST_SUFFIX,
    MAKE_IS_EDIT,
    POLITE_END,
    POLITE_START,
    PRIORITY_LEVELS,
    PRIORITY_PHRASES,
    PRIORITY_VALUE,
    REMEMBER,
    REMIND,
    REMINDER_IN_BODY,
    SMALL_TALK,
    SOFT_ADD,
    STOPWORDS,
    TRAILING_FILLER,
    TYPO,
    TYPOS,
    UNDO,
    WISH,
    WISHED_ADD,
    WRAPPED_ADD,
    SmallTalkKind,
)
from todo.domain.assistant.spelling import correct_spelling
from todo.domain.language.quick_add import parse_quick_add, split_description
from todo.domain.language.when import WhenMatch, find_when
from todo.domain.priority import Priority

#: The longest message read, its runs of spaces counted as one. A longer one is not read at all
#: (:class:`TooLong`): cutting it short could change what it asks.
READ_LIMIT: Final = 1000

Due: TypeAlias = date | datetime

#: What a title may not start with: ``to``, ``that``, ``about``, spaces and dashes.
_TITLE_HEAD: Final = re.compile(r"^(?:[\s,;:\-–—]|to\b|that\b|about\b)++", re.IGNORECASE)
#: A run of what a title may not end with: ``and``, ``with``, ``on``, ``due``, spaces, dashes.
_TITLE_TAIL: Final = re.compile(
    r"(?:[\s,;:.!?\-–—]|\b(?:and|with|for|on|at|by|due|this|next)\b)++", re.IGNORECASE
)
#: Between two tag names: a comma, ``and`` or spaces.
_TAG_GAP: Final = re.compile(r"\s*+,\s*+(?:and\s++)?|\s++(?:and\s++)?", re.IGNORECASE)


@dataclass(frozen=True)
class TaskFields:
    """Fields of a new task, or the fields an edit changes (None: left as it is)."""

    title: str | None = None
    description: str | None = None
    due: Due | None = None
    reminder: Due | None = None
    priority: Priority | None = None
    tags: tuple[str, ...] = ()
    recurrence: str | None = None
    #: The new due date named only a time (``make it 3pm``): the task keeps its day.
    time_only: bool = False
    #: Fields to empty (``due``, ``reminder``, ``recurrence``…): ``stop repeating the gym``.
    clear: tuple[str, ...] = ()


@dataclass(frozen=True)
class Add:
    """Add a task; ``fields.title`` is ``""`` when the message named none. ``implied``: no verb
    said it, only a title with a date or a repeat (``dentist friday 3pm``)."""

    fields: TaskFields
    implied: bool = False
    #: Said as a task's name and then its fields (``plan the party - due 5 december``): the
    #: task with that very title gets them, if there is one, else it is added.
    or_update: bool = False


@dataclass(frozen=True)
class ListTasks:
    """Show tasks, filtered as :class:`~todo.domain.assistant.intent_lists.ListQuery` says."""

    query: ListQuery


@dataclass(frozen=True)
class Act:
    """Complete, reopen, delete, restore or show one task; ``stems`` help choose among several
    tasks the words fit (``called`` the dentist prefers "Call the dentist")."""

    verb: Verb
    ref: Reference
    stems: tuple[str, ...] = ()
    #: Said as a fact (``paid the bill``), not asked for (``complete the bill``).
    stated: bool = False


@dataclass(frozen=True)
class NotDone:
    """A task said not to be done yet (``I haven't paid the bill``): nothing changes."""

    ref: Reference


@dataclass(frozen=True)
class Relative:
    """Change a task relative to itself: priority ``levels`` up or down, due date moved by
    ``days`` or ``months``."""

    ref: Reference
    levels: int = 0
    days: int = 0
    months: int = 0
    minutes: int = 0
    reminder: bool = False


@dataclass(frozen=True)
class RemindAbout:
    """A reminder about something: the task its words name, else a new task with them.

    ``fields.title`` names the task; ``fields.reminder`` is when (None: not said). ``new``
    (``remind me to …``) adds a task unless one has these very words."""

    fields: TaskFields
    new: bool = False


@dataclass(frozen=True)
class JustWhen:
    """Only a date or a time (``tomorrow at 9``): an answer to "when?", or a new due date for
    the task just added or changed."""

    when: Due
    time_only: bool = False
    #: Asked (``and monday?``): only a question about those days, never a change.
    question: bool = False


@dataclass(frozen=True)
class RemindBefore:
    """A reminder ``minutes`` before the task is due: ``remind me an hour before the dentist``."""

    ref: Reference
    minutes: int


@dataclass(frozen=True)
class Again:
    """``do the same for the gym``: the previous request, for another task (``None``: the same
    task, ``once more``)."""

    ref: Reference | None


@dataclass(frozen=True)
class Undo:
    """Take back the change just made: ``undo that``."""


@dataclass(frozen=True)
class MoreOfTheSame:
    """``and milk`` after an add: one more task like it, with these fields."""

    fields: TaskFields


@dataclass(frozen=True)
class Correction:
    """``no, the second one``: the previous request, for another task (``words``: how the
    message named it)."""

    ref: Reference
    words: str = ""


@dataclass(frozen=True)
class Update:
    """Change a task: the given fields, plus tags added to or removed from its tags."""

    ref: Reference
    changes: TaskFields
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListTags:
    """Show the tags in use: ``which tags am I using?``."""


@dataclass(frozen=True)
class Help:
    """Ask what the chat can do."""


@dataclass(frozen=True)
class SmallTalk:
    """A greeting, thanks, ``how are you``, goodbye or ``ok``."""

    kind: SmallTalkKind


@dataclass(frozen=True)
class Unknown:
    """A message the chat did not understand."""

    text: str


@dataclass(frozen=True)
class TooLong:
    """A message longer than :data:`READ_LIMIT`: nothing in it is acted on."""


@dataclass(frozen=True)
class Several:
    """Two or three requests in one message, done in order: ``sent the invoice. Also add chase
    up the payment``; an ``it`` in a later one is the task an earlier one acted on."""

    intents: tuple[Intent, ...]


Intent: TypeAlias = (
    Add
    | ListTasks
    | Act
    | Update
    | NotDone
    | Relative
    | RemindAbout
    | Correction
    | Undo
    | JustWhen
    | RemindBefore
    | Again
    | MoreOfTheSame
    | ListTags
    | Help
    | SmallTalk
    | Unknown
    | TooLong
    | Several
)

#: Requests that stand on their own in a part of a message (a date alone, thanks or an
#: unknown part do not).
_STANDALONE: Final = (
    Add,
    ListTasks,
    ListTags,
    Act,
    Update,
    NotDone,
    Relative,
    RemindAbout,
    RemindBefore,
    Undo,
)
#: The most requests one message is read as.
_MOST_REQUESTS: Final = 3
#: How many readings of parts of messages are kept (they are pure: same words, same reading).
_READS_KEPT: Final = 512


#: Quoted text, kept as written when misspellings are corrected.
_QUOTE_SPLIT: Final = re.compile(r"""("[^"]*+"|“[^”]*+”|'[^']*+'(?!\w)|‘[^’]*+’)""")
#: ``that wasn't done yet``, ``it's not finished, reopen it``: the task just completed is open.
_NOT_DONE_AFTER_ALL: Final = re.compile(
    r"(?:that|it|this)(?:\s++one)?(?:'s|\s++is|\s++was)?\s*+(?:not|n'?t|wasn'?t|isn'?t)\s++"
    r"(?:done|finished|complete|completed|over|ready)(?:\s++(?:yet|after\s++all))?"
    r"(?:\s*+[,;.!-]++\s*+(?:so\s++)?(?:please\s++)?(?:re-?open|undo|unmark|uncheck|untick|mark)"
    r"\s++(?:it|that)(?:\s++(?:as\s++)?(?:not\s++done|open|pending|undone))?(?:\s++again)?)?",
    re.IGNORECASE,
)
#: ``add a reminder task for …``: a new task with a reminder, not a reminder on a task.
_REMINDER_TASK: Final = re.compile(
    r"^(?:add|set|create)\s++an?\s++reminder\s++(?:task|item)\b", re.IGNORECASE
)
#: A title's first word in its ``-ing`` form (:data:`GERUNDS`).
_GERUND_FIRST: Final = re.compile(r"^(?:" + "|".join(GERUNDS) + r")\b", re.IGNORECASE)


def read_intent(message: str, *, now: datetime, tz: ZoneInfo) -> Intent:
    """Return what a chat message asks for; never raises.

    ``read_intent("What's pending?", now=now, tz=tz)`` lists the pending tasks.

    The whole message is read first. When two of its sentences are requests, or two clauses of
    one (``… and make it high priority``), it is :class:`Several`; when the whole is not
    understood, the one part that is a request is taken (``ugh, long day. anyway, add …``).
    """
    words = " ".join(_EMOJI.sub(" . ", message).split()).strip(" .")
    if len(words) > READ_LIMIT:
        return TooLong()
    topical = _on_topic(words, now, tz)  # "send the proposal: make it urgent"
    if topical is not None:
        return topical
    words = _without_small_talk(words, now, tz)  # "… on Monday? Many thanks."
    whole = _read_one(words, now, tz)
    if isinstance(whole, SmallTalk | Help):
        return whole
    said = sentences(words)
    cut = [piece for sentence in said for piece in clauses(sentence)][: _MOST_REQUESTS * 2]
    # In sentences a fact ("Sent the invoice.") or a title with a date counts; inside one
    # sentence only what is asked for does.
    in_sentences = _requests(said, now, tz, loose=True) if len(said) >= 2 else []
    in_clauses = _requests(cut, now, tz, loose=False) if len(cut) >= 2 else []
    facts_said = (
        _requests(cut, now, tz, loose=True)
        if isinstance(whole, Act) and whole.stated and len(cut) >= 2
        else []
    )
    if len(facts_said) >= 2 and all(isinstance(i, Act) and i.stated for _, i in facts_said):
        return Several(tuple(i for _, i in facts_said[:_MOST_REQUESTS]))  # two things done
    unread = (
        isinstance(whole, Unknown)
        or any(_swallows(whole, part) for part in said[1:])
        or any(_swallows(whole, part, clause=True) for part in cut[1:])
    )
    alike = _repeat_like_that(cut, now, tz)  # "I do yoga every tuesday, can the yoga task …"
    if alike is not None:
        return alike
    chatter = _one_asked_among_chatter(said, in_sentences, now, tz)
    if chatter is not None and not isinstance(whole, Several):
        return chatter  # "what's due on wednesday? the kids keep asking"
    if not unread:
        return _bound(whole, cut[:-1], now, tz)
    for found in (in_sentences, in_clauses):
        if len(found) >= 2:
            return Several(tuple(intent for _, intent in found[:_MOST_REQUESTS]))
    # A fact inside one sentence counts last: "quick update: the kids are at school, I
    # returned the parcel, and now I'm having a coffee".
    facts = _requests(cut, now, tz, loose=True) if isinstance(whole, Unknown) else []
    if len(facts) >= 2 and all(isinstance(intent, Act) for _, intent in facts):
        return Several(tuple(intent for _, intent in facts[:_MOST_REQUESTS]))  # two things done
    for found, parts in ((in_clauses, cut), (in_sentences, said), (facts, cut)):
        if len(found) == 1 and not _destructive(found[0][1]):
            part, intent = found[0]
            if isinstance(intent, Add):  # "add X to my list? No rush, low priority."
                return _with_adjuncts(intent, parts[parts.index(part) + 1 :], now, tz)
            return _bound(intent, parts[: parts.index(part)], now, tz)
    return whole


def _without_small_talk(words: str, now: datetime, tz: ZoneInfo) -> str:
    """Return a message without the greetings and thanks said in sentences of their own
    before or after its request; all of it when it is nothing else."""
    said = sentences(words)
    if not 2 <= len(said) < MAX_PARTS:  # none to set aside, or more than are read
        return words
    kept = [part for part in said if not isinstance(_read_one(part, now, tz), SmallTalk)]
    if not kept or len(kept) == len(said):
        return words
    return " ".join(kept)


def _on_topic(words: str, now: datetime, tz: ZoneInfo) -> Intent | None:
    """Read ``send the proposal: make it urgent``, ``sam's drill - push to monday`` and
    ``curtains -> low priority``: a task named first, then what to do with it."""
    found = _TOPIC.match(words)
    if found is None:
        return None
    topic, rest = found.group("topic"), _IT_AFTER_VERB.sub(r"\g<verb> it ", found.group("rest"))
    ref = read_reference(topic)
    if not isinstance(ref, ByWords | ById) or isinstance(_read_one(topic, now, tz), _STANDALONE):
        return None
    parts = clauses(rest)
    several = [intent for _, intent in _requests(parts, now, tz, loose=False)]
    if len(parts) >= 2 and len(several) >= 2:  # "make it urgent and move it to monday"
        bound = [_on(ref, intent) for intent in several[:_MOST_REQUESTS]]
        return Several(tuple(bound)) if all(bound) else None  # type: ignore[arg-type]
    on_it = _on(ref, _read_one(rest, now, tz))
    if on_it is not None:
        return on_it
    fields = read_fields(rest, now=now, tz=tz)
    said = fields.priority or fields.due is not None or fields.recurrence
    only_fields = said and _ADJUNCT_ONLY.fullmatch(fields.title or "")
    if found.group("mark") in ("->", "=>", "→"):  # "curtains -> low priority", "x -> new title"
        if only_fields:
            return Update(ref, replace(fields, title=None))
        return Update(ref, TaskFields(title=_capitalised(rest.strip())))
    if only_fields:  # "plan the party - due 5 december, high priority"
        titled = replace(fields, title=_capitalised(topic.strip()))
        return Add(titled, or_update=True)
    return None


def _on(ref: Reference, intent: Intent) -> Intent | None:
    """Return ``intent`` done on ``ref`` when it was said of ``it``, else ``None``."""
    if isinstance(intent, Act | Update | Relative) and isinstance(intent.ref, ByContext):
        return replace(intent, ref=ref)
    return None


def _repeat_like_that(parts: list[str], now: datetime, tz: ZoneInfo) -> Update | None:
    """``I do yoga every tuesday and thursday, can the yoga task repeat like that?``: the
    repeat an earlier part said, on the task a later part names."""
    for index, part in enumerate(parts[1:], start=1):
        found = _LIKE_THAT.match(part)
        ref = read_reference(found.group("ref")) if found is not None else None
        if ref is None:
            continue
        for earlier in parts[:index]:
            rule = parse_quick_add(earlier, now=now, tz=tz).recurrence
            if rule is not None:
                return Update(ref, TaskFields(recurrence=rule))
    return None


def _with_adjuncts(added: Add, later: list[str], now: datetime, tz: ZoneInfo) -> Add:
    """Return a new task with the priority or date a later sentence says of it alone: ``add
    'x' to my list. No rush, low priority.``"""
    fields = added.fields
    for sentence in later:
        said = read_fields(sentence, now=now, tz=tz)
        if _ADJUNCT_ONLY.fullmatch(said.title or ""):
            fields = replace(
                fields,
                priority=fields.priority or said.priority,
                due=fields.due if fields.due is not None else said.due,
            )
    return replace(added, fields=fields)


def _bound(intent: Intent, earlier_parts: list[str], now: datetime, tz: ZoneInfo) -> Intent:
    """Return ``intent`` with its ``it`` bound to the task one of the ``earlier_parts`` of the
    message named: ``I didn't finish the essay, can you reopen it?`` reopens the essay."""
    if not isinstance(intent, Act | Update | Relative) or not isinstance(intent.ref, ByContext):
        return intent
    for part in earlier_parts:
        read = _read_one(part, now, tz)
        earlier = getattr(read, "ref", None)
        field_of = _FIELD_OF.match(part)
        if isinstance(read, Unknown) and field_of is not None:  # "the deadline of X, make it …"
            earlier = read_reference(part[field_of.end() :])
        if isinstance(earlier, ByWords | ById):
            return replace(intent, ref=earlier)
    return intent


#: A task named by one of its fields: ``the deadline of the translation``.
_FIELD_OF: Final = re.compile(
    r"^(?:the\s++)?(?:deadline|due\s++date|date|reminder|priority|time)\s++(?:of|for|on)\s++",
    re.IGNORECASE,
)


def _one_asked_among_chatter(
    said: list[str], found: list[tuple[str, Intent]], now: datetime, tz: ZoneInfo
) -> Intent | None:
    """Return the one question about the list among sentences that ask nothing else
    (``what's due on wednesday? the kids keep asking``)."""
    if len(said) < 2 or len(found) != 1 or not isinstance(found[0][1], ListTasks):
        return None
    others = [part for part in said if part != found[0][0]]
    if len(found[0][0].split()) < _CHATTER_WORDS or any(
        len(part.split()) < _CHATTER_WORDS for part in others
    ):
        return None  # "slides - done" is no question among chatter
    if all(isinstance(_read_one(part, now, tz), Unknown) for part in others):
        return found[0][1]
    return None


_CHATTER_WORDS: Final = 3


def _requests(
    parts: list[str], now: datetime, tz: ZoneInfo, *, loose: bool
) -> list[tuple[str, Intent]]:
    """Return the parts that are requests read one by one, with what they ask; ``loose`` takes
    facts and titles with a date alone too. A request that repeats the one before it on the
    same task (``that one's finished`` after ``I booked the flights``) is left out."""
    found: list[tuple[str, Intent]] = []
    for part in parts:
        intent = _read_one(part, now, tz)
        if not isinstance(intent, _STANDALONE) or _untitled(intent):
            continue
        if not loose and (
            (isinstance(intent, Add) and intent.implied)
            or (isinstance(intent, Act) and intent.stated)
            or isinstance(intent, NotDone)
        ):
            continue
        if found and _repeats(found[-1][1], intent):
            continue
        found.append((part, intent))
    return found


def _untitled(intent: Intent) -> bool:
    """Tell whether a new task has no title of its own (``add something for me``)."""
    if not isinstance(intent, Add | RemindAbout):
        return False
    title = intent.fields.title or ""
    return not title or _LIST_WORDS.fullmatch(title) is not None


def _repeats(earlier: Intent, later: Intent) -> bool:
    """Tell whether ``later`` does again on ``it`` what ``earlier`` did, or changes the same
    field of it (``make it low priority, it's not that important``)."""
    refers = getattr(later, "ref", None)
    return isinstance(refers, ByContext) and _changes(earlier) == _changes(later) != ""


def _changes(intent: Intent) -> str:
    """Return what a request changes of its task: a verb, or a field's name."""
    if isinstance(intent, Act):
        return intent.verb
    if isinstance(intent, Relative):
        return "priority" if intent.levels else "reminder" if intent.reminder else "due"
    if isinstance(intent, Update):
        changed = intent.changes
        fields = [
            name
            for name, value in (
                ("priority", changed.priority),
                ("due", changed.due),
                ("reminder", changed.reminder),
                ("title", changed.title),
                ("recurrence", changed.recurrence),
            )
            if value is not None
        ]
        return fields[0] if len(fields) == 1 else ""
    return type(intent).__name__


def _last_word(said: list[str]) -> str:
    """Return the last word of a part, when it is long enough to tell (``mistake``)."""
    word = said[-1].strip(" .,!?") if said else ""
    return word if len(word) >= _SWALLOWED_VERB and word not in STOPWORDS else ""


def _swallows(whole: Intent, part: str, *, clause: bool = False) -> bool:
    """Tell whether reading the message whole took a later part into a title or a task's
    words (``add 'paper' and tag it christmas`` as one title); a ``clause`` whose first word
    is among them counts too (``delete the reminder on X, but keep the task``)."""
    words: str | None = None
    if isinstance(whole, Add | RemindAbout | MoreOfTheSame):
        words = whole.fields.title
    elif isinstance(whole, Act | Update | Relative | NotDone | RemindBefore):
        words = whole.ref.words if isinstance(whole.ref, ByWords) else None
    if not words:
        return False
    said = part.casefold().split()
    if len(said) < _SWALLOWED_WORDS:  # "eggs" in "buy milk and eggs" is part of the title
        return False
    if " ".join(said).strip(" .,!?") == words.casefold().strip(" .,!?"):
        return False  # the part is the whole title: "new todo - get passport photos taken"
    inside = words.casefold()
    edges = (" ".join(said[:2]).strip(" .,!?"), " ".join(said[-2:]).strip(" .,!?"))
    verb = said[0].strip(" .,!?")  # "… but keep the task": its verb in the task's words
    last = _last_word(said)
    return any(edge and edge in inside for edge in edges) or (
        clause
        and (
            (len(verb) >= _SWALLOWED_VERB and verb in inside.split())
            or (bool(last) and last in inside.split())
        )
    )


_SWALLOWED_WORDS: Final = 3
_SWALLOWED_VERB: Final = 4


def _destructive(intent: Intent) -> bool:
    """Tell whether acting on a part alone could delete a task (never done on a guess)."""
    return isinstance(intent, Act) and intent.verb == "delete"


@lru_cache(maxsize=_READS_KEPT)
def _read_one(message: str, now: datetime, tz: ZoneInfo) -> Intent:
    """Read ``message`` (its spaces collapsed) as one request (the same part of a message is
    often read more than once: whole, as a sentence, as a clause, from the history)."""
    words = corrected(message)
    bare = words.rstrip(" ?!.…")
    text = tidy(words)
    for said in (bare, text):
        for kind, pattern in SMALL_TALK:
            if pattern.fullmatch(said):
                return SmallTalk(kind)
        if HELP.fullmatch(said):
            return Help()
    if message.strip() == "?":
        return Help()
    if not text:
        return Unknown(message)
    question = words.rstrip(" .!…").endswith("?") and not _ASKED_TO_ADD.search(words)
    continued = _MORE.match(words) is not None
    return _command(text, now, tz, question=question, continued=continued) or Unknown(message)


def corrected(message: str) -> str:
    """Return ``message`` with the misspellings of :data:`TYPOS` corrected, outside quotes:
    ``cna you add milk tomorow`` is ``can you add milk tomorrow``."""
    parts = _QUOTE_SPLIT.split(message)
    # Even parts are outside quotes, odd ones the quotes themselves (kept as written).
    return "".join(
        _H_TIME.sub(
            _colon_time, correct_spelling(TYPO.sub(lambda t: TYPOS[t.group().lower()], part))
        )
        if index % 2 == 0
        else part
        for index, part in enumerate(parts)
    )


def _colon_time(found: re.Match[str]) -> str:
    """``14h`` is ``14:00`` and ``9h30`` is ``9:30``, as much of Europe writes them."""
    return f"{found.group('hour')}:{found.group('minute') or '00'}"


def tidy(message: str) -> str:
    """Return the request in a message: whitespace collapsed, politeness and end marks removed,
    a wish read as the request it wraps (``it would be great if you could add x`` is ``add x``)."""
    text = " ".join(message.split())
    for _ in range(6):
        before = text
        wish = WISH.match(text)
        if wish is not None:
            text = WISHED_ADD.sub("add", text[wish.end() :], count=1)
        text = ASK_FOR_TASK.sub("add", text, count=1)
        text = ADD_TYPO.sub("add", text, count=1)
        text = POLITE_START.sub("", text, count=1)
        text = POLITE_END.sub("", text, count=1)
        text = TRAILING_FILLER.sub("", text, count=1)
        text = text.rstrip(" ?!.…").strip()
        if text == before:
            break
    return text


def read_fields(body: str, *, now: datetime, tz: ZoneInfo) -> TaskFields:
    """Return the title and fields written in the text of a new task.

    ``read_fields("call mom tomorrow at 5, urgent", ...)`` is ``Call mom``, tomorrow 17:00,
    urgent. A quoted title is taken as written.
    """
    text = LIST_SUFFIX.sub("", body.strip())
    text = _BODY_LABEL.sub("", _without_list_phrase(text), count=1)
    needed = SOFT_ADD.match(_THAT.sub("", text, count=1))  # "add that I need to renew …"
    if needed is not None:
        text = needed.group("body")
    text, description = split_description(text)
    text = _AS_A_TASK.sub(lambda kind: f" {kind.group('kind') or ''}", text).strip()
    text = _DOWN_AFTER_TITLE.sub(r"\g<title>", text, count=1)  # "put 'x' down for friday"
    whole = QUOTED.fullmatch(text)
    if whole is not None:
        title = _capitalised(whole.group("inner").strip())
        return TaskFields(title=title, description=_described(description))
    dated = _WHEN_THEN_TITLE.match(text)  # "next tuesday: dentist at 10:30"
    if dated is not None and _whole_when(dated.group("when"), now, tz) is not None:
        text = f"{dated.group('title')} {dated.group('when')}"
    text, priority = _take_priority(text)
    text, reminder = _take_reminder(text, now, tz)
    text = _END_OF_DAY.sub(" by", _DEADLINE.sub("due ", text))
    text = _END_OF_MONTH.sub(lambda _: " " + _month_end(now, tz).isoformat(), text)
    text, tags = _take_tags(_TAG_IT.sub(" ", text))
    parsed = parse_quick_add(text, now=now, tz=tz)
    title = _title_without_edges(parsed.title)
    quoted = _QUOTED_TITLE.match(text)
    if quoted is not None and not _LEFT_OVER.sub("", _quote_removed(parsed.title, quoted)):
        title = quoted.group("inner").strip()  # "'Call Dr. Weber' for monday 9am, high prio"
    return TaskFields(
        title=_capitalised(title),
        description=_described(description),
        due=parsed.due if parsed.due is not None else None,
        reminder=reminder,
        priority=parsed.priority or priority,
        tags=tuple(dict.fromkeys((*parsed.tags, *tags))),
        recurrence=parsed.recurrence,
    )


def _month_end(now: datetime, tz: ZoneInfo) -> date:
    """Return the last day of this month in ``tz``."""
    today = now.astimezone(tz).date()
    return (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _quote_removed(title: str, quoted: re.Match[str]) -> str:
    """Return what quick add left of the title besides the quotation."""
    return title.replace(quoted.group("inner"), " ", 1)


def _take_tags(text: str) -> tuple[str, tuple[str, ...]]:
    """Take ``, tag health`` and ``and tag it christmas`` out of a new task's words."""
    hidden = hide_quoted(text)
    found = list(_TAG_PHRASE.finditer(hidden))[:5]
    if not found:
        return text, ()
    names = tuple(
        text[match.start(group) : match.end(group)]
        for match in found
        for group in ("tag", "more")
        if match.group(group)
    )
    for match in reversed(found):
        text = text[: match.start()] + " " + text[match.end() :]
    return text.strip(), names


def _command(
    text: str, now: datetime, tz: ZoneInfo, *, question: bool = False, continued: bool = False
) -> Intent | None:
    """Read a request; ``question`` (it ended in ``?``) keeps guesses from adding a task;
    ``continued`` (it began with ``and``, ``also``, ``plus``) may add one more of the same."""
    if UNDO.fullmatch(text) or _UNDO_AT_END.search(text):
        return Undo()
    add_it = _ADD_IT.match(text)
    if add_it is not None:
        return Add(read_fields(add_it.group("body"), now=now, tz=tz))
    if _ONCE_MORE.fullmatch(text):
        return Again(None)
    listed_first = LIST_FIRST.match(text)
    if listed_first is not None:
        return Add(read_fields(listed_first.group("body"), now=now, tz=tz))
    if _WHAT_JUST.fullmatch(text):
        return Act("show", ByContext())
    if _NOT_DONE_AFTER_ALL.fullmatch(text):
        return Act("reopen", ByContext())
    corrected = read_correction(text)
    if corrected is not None:
        ref = read_reference(corrected)
        if ref is not None:
            return Correction(ref, corrected)
    before = read_remind_before(text)
    named = read_reference(before.words) if before is not None else None
    if before is not None and named is not None:
        return RemindBefore(named, before.minutes)
    again = read_again(text)
    repeated = read_reference(again) if again is not None else None
    if repeated is not None:
        return Again(repeated)
    clearing = read_clearing(text)
    emptied = read_reference(clearing[0]) if clearing is not None else None
    if clearing is not None and emptied is not None:
        return Update(emptied, TaskFields(clear=(clearing[1],)))
    early = read_shift(text)  # "make the reminder for the vet half an hour earlier"
    if early is not None and early.reminder and (moved := read_reference(early.words)):
        return Relative(
            moved, days=early.days, months=early.months, minutes=early.minutes, reminder=True
        )
    change = read_reminder_change(text)
    when = _whole_when(change.when, now, tz) if change is not None else None
    if change is not None and when is not None:
        fields = TaskFields(title=change.words, reminder=when.value, time_only=not when.has_date)
        return RemindAbout(fields)
    about = None if _REMINDER_TASK.match(text) else read_remind_about(text)
    if about is not None:
        fields = read_fields(about.body, now=now, tz=tz)
        if fields.title:
            reminder = fields.reminder or fields.due
            times = find_when(about.body, now=now, tz=tz)
            time_only = bool(times) and not times[-1].has_date  # "at 5 instead": the same day
            fields = replace(fields, reminder=reminder, time_only=time_only)
            return RemindAbout(fields, new=about.new)
    for pattern in (REMIND, REMEMBER):
        found = pattern.match(text)
        if found is not None and found.group("body").strip():
            fields = read_fields(_base_form(found, found.group("body")), now=now, tz=tz)
            if pattern is REMIND and fields.reminder is None and fields.due is not None:
                fields = replace(fields, reminder=fields.due)
            return Add(fields)
    wrapped = WRAPPED_ADD.match(text)
    if wrapped is not None:
        body = wrapped.group("body")
        if QUOTED_START.match(body) or LIST_PHRASE.search(hide_quoted(body)):
            return Add(read_fields(body, now=now, tz=tz))
    added = ADD.match(text)
    if added is not None and not ADD_IS_EDIT.match(text) and not MAKE_IS_EDIT.match(text):
        fields = read_fields(_base_form(added, added.group("body")), now=now, tz=tz)
        level = added.group("level")
        if level and fields.priority is None:
            fields = replace(fields, priority=PRIORITY_LEVELS[level.split()[0].split("-")[0]])
        return Add(fields)
    shift = read_shift(text)
    shifted = read_reference(shift.words) if shift is not None else None
    if shift is not None and shifted is not None:
        return Relative(
            shifted,
            levels=shift.levels,
            days=shift.days,
            months=shift.months,
            minutes=shift.minutes,
            reminder=shift.reminder,
        )
    edit = _read_edit(text, now, tz)
    if edit is not None:
        return edit
    for verb, pattern in ACTIONS:
        found = pattern.match(text)
        ref = read_reference(found.group("ref")) if found is not None else None
        if ref is not None and (
            verb != "show" or isinstance(ref, ById | ByPosition | ByContext) or names_one_task(text)
        ):
            return Act(verb, ref)
    if GOT_DONE_FIRST.match(text):  # "got the tax return done at last", not a list question
        done = read_done_statement(text)
        stated_early = read_reference(done.words) if done is not None else None
        if done is not None and stated_early is not None and not done.negated:
            return Act("complete", stated_early, done.stems, stated=True)
    if _TAGS_QUESTION.match(text):
        return ListTags()
    window = read_window(text, now=now, tz=tz)
    if window is not None:
        return ListTasks(window)
    listed = read_list(text)
    if listed is not None:
        return ListTasks(rest_of_week(listed, text, now=now, tz=tz))
    soft = SOFT_ADD.match(text)
    if soft is not None and not question:
        return Add(read_fields(soft.group("body"), now=now, tz=tz))
    statement = read_done_statement(text)
    stated = read_reference(statement.words) if statement is not None else None
    if statement is not None and stated is not None:
        if statement.negated:
            return NotDone(stated)
        return Act("complete", stated, statement.stems, stated=True)
    if question:  # "and tomorrow?", "what about friday?"
        text = _WHAT_ABOUT.sub("", text, count=1)
    said = _whole_when(text, now, tz) or _whole_when(_MAKE_IT.sub("", text, count=1), now, tz)
    if said is not None:
        return JustWhen(said.value, time_only=not said.has_date, question=question)
    if question:
        return None
    if continued and len(text.split()) <= _MORE_WORDS:
        fields = read_fields(text, now=now, tz=tz)
        if fields.title and not _LIST_WORDS.fullmatch(fields.title):
            return MoreOfTheSame(fields)
    return _implied_add(text, now, tz)


#: A quote at the start of a text: the title as written.
QUOTED_START: Final = re.compile(r"^[\"“'‘`]")
#: ``and milk``, ``also bread``, ``plus eggs too``: one more of what was just added.
_MORE: Final = re.compile(r"^(?:and|also|plus|oh and|and also)\s++(?P<body>.+)$", re.IGNORECASE)
_MORE_WORDS: Final = 6
#: Titles that are only words about lists: ``tasks for next week`` asks, it adds nothing.
_LIST_WORDS: Final = re.compile(
    r"(?:(?:my|all|the|any|tasks?|todos?|to-?dos?|anything|something|stuff|things?|items?|"
    r"plans?|agenda|schedule|list)\s*+)++",
    re.IGNORECASE,
)
#: A repeat as the new value of an edit: ``repeat every week``.
_REPEAT_VALUE: Final = re.compile(r"(?:repeat|recur)(?:s|ring)?\s++(?P<rule>.+)", re.IGNORECASE)
#: ``what did I just add?``: the task the conversation is about.
_WHAT_JUST: Final = re.compile(
    r"what (?:did|have) (?:i|you) just (?:add|change|create|do|update|edit|make)(?:ed|d)?",
    re.IGNORECASE,
)
_MAKE_IT: Final = re.compile(
    r"^(?:(?:no|nope|sorry)[\s,.!-]++)?(?:(?:i\s++)?meant\s++|i\s++mean\s++)?(?:that'?s\s++|"
    r"that\s++is\s++|it'?s\s++)?(?:make it|"
    r"change it to|move it to|(?:it'?s\s++|it is\s++)?due|on|for|by)?\s*+",
    re.IGNORECASE,
)
#: ``as a weekly task``: the kind of task said as such (a repeat word stays for quick add).
_AS_A_TASK: Final = re.compile(
    r"\s++as\s++an?\s++(?:(?P<kind>daily|weekly|monthly|yearly|quarterly|fortnightly)\s++|"
    r"(?:new|separate|quick|recurring|repeating|regular)\s++)?(?:task|to-?do|item|reminder|one)\b",
    re.IGNORECASE,
)
_DOWN_AFTER_TITLE: Final = re.compile(r"^(?P<title>[\"“'‘`][^\"”'’`]++[\"”'’`])\s++down\b")
_UNDO_AT_END: Final = re.compile(
    r"(?:[,;.]|\s[-–—])\s*+(?:undo|revert|undo that|undo it|take that back)$", re.IGNORECASE
)
_ONCE_MORE: Final = re.compile(
    r"(?:once more|again|one more time|do (?:it|that) again|same again|and again)",
    re.IGNORECASE,
)
#: ``…, can you add that?``: a question that asks for a task.
_ASKED_TO_ADD: Final = re.compile(
    r"(?:can|could|would|will) you (?:add|put|note|save|jot|make) (?:that|this|it)\b"
    r"[^?]{0,40}\?\s*+$",
    re.IGNORECASE,
)
_THAT: Final = re.compile(r"^that\s++", re.IGNORECASE)
#: ``14h``, ``9h30``: a time of day written the European way.
_H_TIME: Final = re.compile(r"\b(?P<hour>[01]?\d|2[0-3])h(?P<minute>[0-5]\d)?\b", re.IGNORECASE)
#: ``team retro on the last friday of the month, please add it``: the title said first.
_ADD_IT: Final = re.compile(
    r"^(?P<body>[^,;]{2,200}?)[,;]\s*+(?:(?:please|pls|can\s++you|could\s++you)\s++)?"
    r"(?:add|save|note|put|create|make)\s++(?:it|that|this)(?:\s++(?:please|for\s++me|"
    r"to\s++my\s++list|to\s++the\s++list|down|as\s++a\s++task))?[\s.!]*+$",
    re.IGNORECASE,
)
#: ``tag it #spanish``: the words before hashtags that only say they are tags.
_TAG_IT: Final = re.compile(
    r"\s++(?:and\s++)?(?:tag|label)(?:ged|led)?(?:\s++(?:it|as|with))?\s*+(?=#)", re.IGNORECASE
)
#: Pictures in a message end a sentence and say nothing (``handed in 👍``).
_EMOJI: Final = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]++")
#: A task named, a mark, then what to do with it: ``send the proposal: make it urgent``.
_TOPIC: Final = re.compile(
    r"^(?:for\s++|re:?\s++|about\s++)?(?P<topic>(?:[^:>\-–—=→\"'“‘]|(?<=\w)'){2,60}?)"
    r"(?:\s*+(?P<mark>:(?!\d)|->|=>|→)|\s++[-–—](?=\s))\s*+(?P<rest>.+)$",
    re.IGNORECASE,
)
#: A verb of a change said without its object: ``push to monday`` is ``push it to monday``.
_IT_AFTER_VERB: Final = re.compile(
    r"^(?P<verb>push|move|bump|shift|postpone|reschedule|delay|change|set|make|mark|rename|"
    r"knock|bring|put|tag)\s++(?=(?:to|back|forward|for|as|until|till|up|down|due)\b)",
    re.IGNORECASE,
)
#: ``can the yoga task repeat like that``: a repeat said before, for a task named now.
_LIKE_THAT: Final = re.compile(
    r"^(?:(?:can|could|would|will)\s++(?:you\s++)?)?(?:make|have|set|let)?\s*+(?P<ref>.+?)\s++"
    r"(?:repeat|recur)\s++(?:like\s++that|that\s++way|the\s++same(?:\s++way)?|the\s++same\s++days)"
    r"[\s?.!]*+$",
    re.IGNORECASE,
)
#: What a sentence of nothing but a priority or a date may also say: ``no rush``.
_ADJUNCT_ONLY: Final = re.compile(
    r"(?:[\s,.!]|\b(?:no|rush|hurry|please|pls|thanks|thank|you|whenever|it'?s|its|is|it|"
    r"and|also|so|but|make|set|that|just|priority|prio)\b)*+",
    re.IGNORECASE,
)
#: ``which tags am I using?``, ``show my tags``, ``what labels do I have``.
_TAGS_QUESTION: Final = re.compile(
    r"^(?:(?:which|what)\s++(?:tags|labels)\s++(?:am\s++i|do\s++i|have\s++i|are\s++there|"
    r"exist|are\s++(?:in\s++use|used))|(?:show|list|give)(?:\s++me)?\s++(?:all\s++)?"
    r"(?:my|the)\s++(?:tags|labels)|(?:my|all)\s++(?:tags|labels)|(?:tags|labels)|"
    r"what\s++are\s++my\s++(?:tags|labels))\b[^?]{0,30}$",
    re.IGNORECASE,
)
#: ``next tuesday: dentist at 10:30``: the day first, then the task.
_WHEN_THEN_TITLE: Final = re.compile(r"^(?P<when>[^:\"'“‘]{1,40}?)\s*+:\s*+(?P<title>.+)$")
#: A new task's words that start with its title in quotes.
_QUOTED_TITLE: Final = re.compile(r"^[\"“'‘`](?P<inner>[^\"”'’`]++)[\"”'’`](?!\w)")
#: What may be left around a quoted title once its fields are read: links and marks.
_LEFT_OVER: Final = re.compile(
    r"(?:[\s,;:.!\-–—]|\b(?:for|on|at|by|and|with|due|it|the|of|from)\b)++", re.I
)
#: ``by the end of the month``: its last day.
_END_OF_MONTH: Final = re.compile(
    r"\s*+\b(?:by\s++|before\s++)?(?:the\s++)?end\s++of\s++(?:the|this)\s++month\b|\bmonth[\s-]end\b",
    re.IGNORECASE,
)
#: ``by EOD``: the end of the working day, which says nothing a date does not.
_END_OF_DAY: Final = re.compile(
    r"\s*+\b(?:by\s++)?(?:eod|cob|end\s++of\s++(?:the\s++)?day)\b", re.I
)
#: A tag said in words after a comma or ``and``: ``, tag health``, ``and tag it christmas``,
#: ``and also it should be tagged pets``, ``with tags garden and diy``.
_TAG_PHRASE: Final = re.compile(
    r"(?:[,;]\s*+|\s++(?:and|with)\s++)(?:also\s++)?(?:it\s++should\s++be\s++|please\s++)?"
    r"(?:tags?|tagged|label(?:led|s)?)(?:\s++(?:it|as|with|under))?"
    r"\s++#?(?P<tag>[^\W\d][\w\-]{0,49})\b(?:\s++and\s++#?(?P<more>[^\W\d][\w\-]{0,49})\b)?",
    re.IGNORECASE,
)
#: ``deadline Friday``: a due date said with its noun.
_DEADLINE: Final = re.compile(r"\b(?:deadline|due\s++date)(?:\s++is|\s*+:)?\s++(?=\S)", re.I)
#: What may stand before a new task's words and is not its title: ``for me:``, ``title:``.
_BODY_LABEL: Final = re.compile(
    r"^[\s,;:\-–—]*+(?:(?:for\s++)?(?:me|myself|us|ourselves)\s*+(?:[:,\-–—]|to\b)|"
    r"(?:title|titled|called|named|name|text)\s*+[:\-–—=]|please\b|pls\b|kindly\b|"
    r"(?:just\s++|probably\s++)?add\b(?!\s++(?:up|on)\b))\s*+",
    re.IGNORECASE,
)
_WHAT_ABOUT: Final = re.compile(
    r"^(?:and\s++)?(?:(?:what|how)\s++about|what\s++of|and)\s++", re.IGNORECASE
)
_ARTICLE: Final = re.compile(r"^(?:a|an)\s++", re.IGNORECASE)
#: The most words a message without a verb may have to be read as a new task.
_IMPLIED_WORDS: Final = 12
#: ``I didn't call dad today``: a statement about oneself is not a new task.
_ABOUT_ONESELF: Final = re.compile(r"^(?:i|we|you|he|she|they|it)(?:'[a-z]{1,2})?\b", re.IGNORECASE)
_NEGATION: Final = re.compile(r"\b(?:not|never)\b|n't\b", re.IGNORECASE)
_QUESTION_START: Final = re.compile(
    r"^(?:what|what'?s|which|when|where|who|why|how|is|are|do|does|did|can|could|should|would|"
    r"will|any|anything|have|has|show|list|tell)\b",
    re.IGNORECASE,
)


def _base_form(found: re.Match[str], body: str) -> str:
    """Return ``body`` with its first verb in its base form after ``for``: ``a task for picking
    up the cake`` is ``pick up the cake``."""
    if (found.groupdict().get("link") or "").lower() != "for":
        return body
    return _GERUND_FIRST.sub(lambda verb: GERUNDS[verb.group().lower()], body, count=1)


def _implied_add(text: str, now: datetime, tz: ZoneInfo) -> Add | None:
    """A message that is only a title with a date or a repeat is a new task:
    ``gym each weekday at 7``, ``dentist friday 3pm``. A question never is."""
    if (
        _QUESTION_START.match(text)
        or _ABOUT_ONESELF.match(text)
        or _NEGATION.search(text)
        or len(text.split()) > _IMPLIED_WORDS
    ):
        return None
    fields = read_fields(_ARTICLE.sub("", text, count=1), now=now, tz=tz)
    if not fields.title or (fields.due is None and fields.recurrence is None):
        return None
    if not any(char.isalpha() for char in fields.title) or _LIST_WORDS.fullmatch(fields.title):
        return None
    return Add(fields, implied=True)


def _read_edit(text: str, now: datetime, tz: ZoneInfo) -> Update | None:
    for pattern in EDITS:
        found = pattern.match(text)
        if found is None:
            continue
        ref = read_reference(found.group("ref") or "it")
        if ref is None:
            continue
        groups = {name: value for name, value in found.groupdict().items() if value}
        edit = _edit_of(ref, groups, now, tz)
        if edit is not None:
            return edit
    return None


def _edit_of(ref: Reference, groups: dict[str, str], now: datetime, tz: ZoneInfo) -> Update | None:
    if "tags" in groups or "untag" in groups:
        names = _tag_names(groups.get("tags", "") or groups.get("untag", ""))
        if not names:
            return None
        if "tags" in groups:
            return Update(ref, TaskFields(), add_tags=names)
        return Update(ref, TaskFields(), remove_tags=names)
    if "low" in groups:
        return Update(ref, TaskFields(priority=Priority.LOW))
    if "none" in groups:
        return Update(ref, TaskFields(priority=Priority.NONE))
    if "level" in groups:
        word = groups["level"].lower()
        level = Priority.HIGH if word.startswith("priorit") else PRIORITY_LEVELS[word]
        return Update(ref, TaskFields(priority=level))
    if "description" in groups:
        return Update(ref, TaskFields(description=unquote(groups["description"].strip())))
    if "rule" in groups:
        rule = parse_quick_add(groups["rule"], now=now, tz=tz).recurrence
        return Update(ref, TaskFields(recurrence=rule)) if rule else None
    if "when" in groups:
        fields = _due_fields(groups["when"], now, tz)
        if fields is None:  # "make that monday, and high priority": a day, then more
            day, more = _split_more(groups["when"])
            first = _due_fields(day, now, tz)
            extra = read_fields(more, now=now, tz=tz) if first is not None and more else None
            if first is not None and extra is not None and extra.priority is not None:
                fields = replace(first, priority=extra.priority)
        return Update(ref, fields) if fields is not None else None
    return _set_field(ref, FIELD_NAMES.get(groups.get("field", "").lower()), groups["new"], now, tz)


def _set_field(
    ref: Reference, field: str | None, new: str, now: datetime, tz: ZoneInfo
) -> Update | None:
    value = new.strip()
    quoted = QUOTED.fullmatch(value) is not None
    plain = unquote(value)
    if not plain:
        return None
    if field in (None, "priority") and not quoted:
        level = PRIORITY_VALUE.fullmatch(plain)
        if level is not None:
            return Update(ref, TaskFields(priority=PRIORITY_LEVELS[level.group("level").lower()]))
    if field in (None, "due") and not quoted:
        fields = _due_fields(plain, now, tz)
        if fields is not None:
            return Update(ref, fields)
    if field == "description":
        return Update(ref, TaskFields(description=plain))
    if field == "tags":
        names = _tag_names(plain)
        return Update(ref, TaskFields(tags=names)) if names else None
    repeat = _REPEAT_VALUE.fullmatch(plain) if field is None and not quoted else None
    if repeat is not None:  # "set it to repeat every week": a rule, not a title
        rule = parse_quick_add(repeat.group("rule"), now=now, tz=tz).recurrence
        return Update(ref, TaskFields(recurrence=rule)) if rule else None
    if field in (None, "title") and not (field is None and _DONE_WORD.fullmatch(plain)):
        return Update(ref, TaskFields(title=_capitalised(plain)))
    return None  # "set task 3 to done" completes it (the actions read it)


_DONE_WORD: Final = re.compile(r"(?:done|complete|completed|finished)", re.IGNORECASE)


def _split_more(text: str) -> tuple[str, str]:
    """Split ``monday, and high priority`` at its first comma or ``and``."""
    found = _MORE_AFTER.search(text)
    return (text[: found.start()], text[found.end() :]) if found else (text, "")


_MORE_AFTER: Final = re.compile(r"\s*+,\s*+(?:and\s++)?|\s++and\s++", re.IGNORECASE)


def _whole_date(text: str, now: datetime, tz: ZoneInfo) -> Due | None:
    """Return the date a phrase is, when the phrase is nothing but a date."""
    found = _whole_when(text, now, tz)
    return found.value if found is not None else None


def _whole_when(text: str, now: datetime, tz: ZoneInfo) -> WhenMatch | None:
    """Return the date phrase a text is, when it is nothing but one (and little words)."""
    phrase = text.strip(" ,.;:")
    found = find_when(phrase, now=now, tz=tz)
    if len(found) != 1:
        return None
    rest = (phrase[: found[0].start] + phrase[found[0].end :]).strip(" ,.;:")
    return found[0] if rest.lower() in ("", "on", "at", "by", "for", "to") else None


def _due_fields(text: str, now: datetime, tz: ZoneInfo) -> TaskFields | None:
    """Return the new due date a phrase names, marking a time alone (``3pm``)."""
    found = _whole_when(text, now, tz)
    if found is None:
        return None
    return TaskFields(due=found.value, time_only=not found.has_date)


def _described(description: str | None) -> str | None:
    return description or None


def _without_list_phrase(text: str) -> str:
    """Return ``text`` without ``on my list`` / ``to the to-do list`` wherever it is written
    (outside quotes): ``stick 'x' on the list for friday`` is ``'x' for friday``."""
    hidden = hide_quoted(text)
    found = LIST_PHRASE.search(hidden)
    if found is None:
        return text
    return (text[: found.start()] + " " + text[found.end() :]).strip()


def _take_priority(text: str) -> tuple[str, Priority | None]:
    hidden = hide_quoted(text)
    for pattern in PRIORITY_PHRASES:
        found = pattern.search(hidden)
        if found is not None:
            level = PRIORITY_LEVELS[found.group("level").lower()]
            return (text[: found.start()] + " " + text[found.end() :]).strip(), level
    return text, None


def _take_reminder(text: str, now: datetime, tz: ZoneInfo) -> tuple[str, Due | None]:
    hidden = hide_quoted(text)
    marker = REMINDER_IN_BODY.search(hidden)
    if marker is None:
        return text, None
    after = text[marker.end() :]
    found = find_when(after, now=now, tz=tz)
    if not found or after[: found[0].start].strip():
        return text, None
    return (text[: marker.start()] + " " + after[found[0].end :]).strip(), found[0].value


def _title_without_edges(title: str) -> str:
    """Return ``title`` without the linking words and marks left at its edges."""
    title = _TITLE_HEAD.sub("", title, count=1)
    end = len(title)
    for run in _TITLE_TAIL.finditer(title):  # each run is read once, so this is linear
        if run.end() == len(title):
            end = run.start()
    return title[:end].strip()


def _tag_names(text: str) -> tuple[str, ...]:
    names = [name.strip("#.,") for name in _TAG_GAP.split(text.strip())]
    kept = [name for name in names if name and any(char.isalpha() for char in name)]
    return tuple(dict.fromkeys(name[:50] for name in kept))[:20]


def _capitalised(title: str) -> str:
    return title[:1].upper() + title[1:] if title[:1].islower() else title
