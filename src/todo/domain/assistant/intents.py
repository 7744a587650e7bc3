"""Read one request of a chat message as an intent: add, list, complete, reopen, delete,
restore, edit, show.

``read_request("Add a task to buy groceries", now, tz)`` is
``Add(TaskFields(title="Buy groceries"))``; ``read_request("Mark task 3 as complete", …)`` is
``Act("complete", ById(3))``. A whole message, which may hold several requests or bury one in
chatter, is read by :func:`~todo.domain.assistant.intent_message.read_intent`, which reads its
parts with this. New tasks are read by the quick-add parser, so dates, ``#tags``,
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
from datetime import datetime, time
from functools import lru_cache
from typing import Final, TypeAlias
from zoneinfo import ZoneInfo

from todo.domain.assistant.intent_edits import ACTIONS, EDITS, FIELD_NAMES, Verb
from todo.domain.assistant.intent_fields import (
    Due,
    TaskFields,
    capitalised,
    due_fields,
    read_fields,
    whole_when,
)
from todo.domain.assistant.intent_followups import ALL_OF_THEM, without_filler
from todo.domain.assistant.intent_lists import (
    ListQuery,
    names_one_task,
    read_list,
    search_words,
    tag_word_of,
)
from todo.domain.assistant.intent_orders import (
    added_at_the_end,
    asked_with_gerund,
    each_of_the_list,
    object_first,
    said_instead,
    said_plainly,
    two_done,
)
from todo.domain.assistant.intent_projects import (
    ShareProject,
    read_project_request,
    read_what_is_in,
)
from todo.domain.assistant.intent_questions import loose_question
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
    read_reminder_list,
    read_reminder_topic,
    reminder_said_plainly,
)
from todo.domain.assistant.intent_statements import (
    FEELINGS,
    GOT_DONE_FIRST,
    ON_ITS_WAY,
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
    DAY_WORD,
    GERUNDS,
    HELP,
    INTENSITY,
    LIST_FIRST,
    LIST_PHRASE,
    MAKE_IS_EDIT,
    POLITE_END,
    POLITE_START,
    PRIORITY_LEVELS,
    PRIORITY_VALUE,
    REMEMBER,
    REMIND,
    SMALL_TALK,
    SOFT_ADD,
    TASK_VERBS,
    TRAILING_FILLER,
    UNDO,
    WISH,
    WISHED_ADD,
    WRAPPED_ADD,
    SmallTalkKind,
)
from todo.domain.assistant.speech import P_WORDS, cleaned
from todo.domain.assistant.spelling import correct_spelling
from todo.domain.language.quick_add import parse_quick_add
from todo.domain.language.when import find_when
from todo.domain.priority import Priority

#: The longest message read, its runs of spaces counted as one. A longer one is not read at all
#: (:class:`TooLong`): cutting it short could change what it asks.
READ_LIMIT: Final = 1000


#: Between two tag names: a comma, ``and`` or spaces.
_TAG_GAP: Final = re.compile(r"\s*+,\s*+(?:and\s++)?|\s++(?:and\s++)?", re.IGNORECASE)


@dataclass(frozen=True)
class Add:
    """Add a task; ``fields.title`` is ``""`` when the message named none. ``implied``: no verb
    said it, only a title with a date or a repeat (``dentist friday 3pm``)."""

    fields: TaskFields
    implied: bool = False
    #: Said as a task's name and then its fields (``plan the party - due 5 december``): the
    #: task with that very title gets them, if there is one, else it is added.
    or_update: bool = False
    #: Said as a change of a task these words name (``make the VIP bus tickets Sunday``): the
    #: one open task they name gets the new day instead (a time alone keeps its day), if there
    #: is one; else the task is added as said. Two words at least name a task so: ``make the
    #: bed tomorrow`` is always a new task.
    names: str | None = None


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
    #: The task, when it is known already (the learned reader found it): no search by words.
    ref: Reference | None = None


@dataclass(frozen=True)
class JustWhen:
    """Only a date or a time (``tomorrow at 9``): an answer to "when?", or a new due date for
    the task just added or changed."""

    when: Due
    time_only: bool = False
    #: Asked (``and monday?``): only a question about those days, never a change.
    question: bool = False


@dataclass(frozen=True)
class JustLevel:
    """Only a priority (``urgent``, ``high is enough``): the new priority of the task just added
    or changed, else a list of the tasks of that priority."""

    priority: Priority


@dataclass(frozen=True)
class JustRepeat:
    """Only a repeat (``every sunday pls``, ``Daily``): the new repeat of the task the
    conversation is on; a part of a longer message that says only a repeat is not one."""

    fields: TaskFields


@dataclass(frozen=True)
class RemindBefore:
    """A reminder ``minutes`` before the task is due: ``remind me an hour before the dentist``;
    ``at`` a time of day, that day (``the evening before``: 18:00 the day before)."""

    ref: Reference
    minutes: int
    at: time | None = None


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
    """``and milk`` after an add: one more task like it, with these fields; ``same_when``
    (``…, same day``): due when that one is."""

    fields: TaskFields
    same_when: bool = False


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
class EachShown:
    """One action on each task of the list just shown: ``mark them all done``."""

    verb: Verb


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
    | JustLevel
    | JustRepeat
    | RemindBefore
    | Again
    | MoreOfTheSame
    | ListTags
    | Help
    | SmallTalk
    | Unknown
    | TooLong
    | Several
    | EachShown
    | ShareProject
)

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
#: ``actually no it's not, the direct debit bounced``, ``Sorry, is not true, I did not book it
#: yet``, ``I haven't done it yet``: what was just said done is not, so the task just completed
#: is open again. Only a verb of getting a task done counts (``I didn't enjoy it`` says
#: nothing of one), and a reason after it never names a day or a time (``no it's not, it's
#: friday`` corrects a day).
_WHY_NOT_SO: Final = (  # "…, the direct debit bounced": a reason, never a request or a day
    r"\s*+[,;.!-]++\s*+(?!(?:add|put|make|set|move|push|delete|remove)\b)"
    rf"(?![^?]{{0,80}}?\b(?:{DAY_WORD}|week|\d))[^?]{{0,80}}?"
)
_NOT_SO: Final = re.compile(
    r"(?:(?:actually|no|nope|sorry|wait|oh|hmm++|nah|oops|belay\s++that|wrong\s++one)[\s,!.]++)"
    r"{0,4}(?:(?:(?:(?:it|that)(?:'s|\s++is)|is|'tis)\s++not"
    r"\s++(?:true|so|the\s++case|done|finished|complete|completed)"
    r"|(?:that'?s\s++)?not\s++true"
    r"|i\s++(?:haven'?t|have\s++not|didn'?t|did\s++not)\s++(?:actually\s++)?"
    r"(?:do|done|finish(?:ed)?|complete(?:d)?|book(?:ed)?|pay|paid|send|sent|call(?:ed)?|ring|rung|"
    r"buy|bought|order(?:ed)?|submit(?:ted)?|post(?:ed)?|make|made|sort(?:ed)?)\s++"
    rf"(?:it|that|them)(?:\s++yet)?)(?:{_WHY_NOT_SO})?"
    rf"|(?:(?:it|that)(?:'s|\s++is)|is|'tis)\s++not{_WHY_NOT_SO})[.!]*+",  # a reason says why
    re.IGNORECASE,
)
#: ``not done really``, ``the parcel task is not done really, please open it again``: a task
#: just completed is open after all (what follows ``,`` is only why).
_NOT_DONE_REALLY: Final = re.compile(
    r"^(?:(?P<ref>[^,;.]{0,79}?[^\s,;.])\s++(?:(?:is|was|'s)\s++)?|"
    r"(?:it'?s|it\s++is|that'?s|that\s++is)\s++)?"
    r"(?:not|n't|isn'?t|wasn'?t)\s++(?:actually\s++|really\s++)?(?:done|finished|complete|"
    r"completed|sorted|paid|sent|bought|(?!(?:need|requir|want|plann|schedul|expect)ed\b)"
    r"[a-z]{2,20}ed)(?:\s++(?:really|actually|yet|after\s++all))?"
    r"(?:(?P<reopen>[,;.]\s*+(?:(?:please|so|can\s++you|could\s++you)\s++)*+(?:re-?open|open|undo|"
    r"untick|uncheck|put|mark)\s++(?:it|that|the\s++task|this(?:\s++one)?)"
    r"(?:\s++(?:back|again|as\s++open|as\s++not\s++done))*+)"
    r"|[,;.]\s*+(?:he|she|they|it|we|i|the|only|still)\b.{0,80})?",
    re.IGNORECASE | re.DOTALL,
)
_AFTER_ALL: Final = re.compile(r"\b(?:really|actually|after\s++all)\b", re.IGNORECASE)
#: ``I meant call the solicitor``, ``sorry wrong one, I meant the groomer``: another task or
#: title than the one just said.
_I_MEANT: Final = re.compile(
    r"(?:(?:no|nope|nah|ah|oh|hmm|wait|sorry|oops|whoops|actually|wrong\s++one|not\s++that\s++one|"
    r"correction)\b[\s,.!;:\-–—]*+)*+(?:i\s++meant|i\s++mean|meant|i\s++wanted\s++to\s++say)\s++"
    r"(?P<words>[^,;.?!]{2,80})(?:,?\s++(?:not|rather\s++than|instead\s++of)\s++[^,;.?!]{1,60})?"
    r"[\s.!]*+",
    re.IGNORECASE,
)
#: ``make it AA batteries``: words for what was just said (read when nothing else is).
_MAKE_IT_WORDS: Final = re.compile(
    r"(?:(?:no|sorry|oops|actually)\b[\s,.!;]*+)*+make\s++(?:it|that)\s++(?P<words>[^,;.?!]{2,60})",
    re.IGNORECASE,
)
#: ``it's done now``, ``that one's finished too``: the task the conversation is about is done.
_DONE_IN_CONTEXT: Final = re.compile(
    r"(?:(?:it|that|this)(?:\s++one)?(?:'s|\s++is|\s++has\s++been|'s\s++been)|all)\s++"
    r"(?:(?:now|already|actually|finally|all)\s++)*+(?:done|finished|completed|sorted|"
    r"sorted\s++out|dealt\s++with|taken\s++care\s++of|paid|sent|booked)"
    r"(?:\s++(?:now|already|actually|too|as\s++well|then))*+|"
    # "I have done it", "I've finished that one"
    r"(?:i|we)(?:'ve|\s++have)?\s++(?:(?:now|already|just|finally)\s++)*+(?:done|finished|completed)"
    r"\s++(?:it|that|this)(?:\s++one)?(?:\s++(?:now|already|too))*+",
    re.IGNORECASE,
)
#: ``add a reminder task for …``: a new task with a reminder, not a reminder on a task.
_REMINDER_TASK: Final = re.compile(
    r"^(?:add|set|create)\s++an?\s++reminder\s++(?:task|item)\b", re.IGNORECASE
)
#: A title's first word in its ``-ing`` form (:data:`GERUNDS`).
_GERUND_FIRST: Final = re.compile(r"^(?:" + "|".join(GERUNDS) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=_READS_KEPT)
def read_request(message: str, now: datetime, tz: ZoneInfo, *, loosely: bool = True) -> Intent:
    """Read ``message`` (its spaces collapsed) as one request (the same part of a message is
    often read more than once: whole, as a sentence, as a clause, from the history);
    ``loosely``, a question worded loosely too (:func:`loose_question`)."""
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
    each = ALL_OF_THEM.fullmatch(bare)  # "mark them all done", read before "all done" is tidied
    if each is not None:
        return EachShown("reopen" if each.group("reopen") else "complete")
    if _DONE_IN_CONTEXT.fullmatch(bare):  # "I have done it", before "done it" is tidied away
        return Act("complete", ByContext(), stated=True)
    if not text:
        return Unknown(message)
    question = words.rstrip(" .!…").endswith("?") and not _ASKED_TO_ADD.search(words)
    continued = _MORE.match(words) is not None
    if continued and _NEW_FIRST.match(text) and _TOO_AT_END.search(bare):  # "and new towels too"
        more = _TOO_AT_END.sub("", text).strip()
        return _one_more(more, now, tz, same_when=_SAME_WHEN.search(bare) is not None) or Unknown(
            message
        )
    read = _command(text, now, tz, question=question, continued=continued)
    if read is None:
        elsewhere = read_what_is_in(text, now, tz)  # "what's in Home?": a project, a tag…
        read = ListTasks(elsewhere) if elsewhere is not None else None
    # "Is there anything I must hand in on Friday?": a list asked for, and one window named
    unbounded = isinstance(read, ListTasks) and read.query.unfiltered()
    loose = loosely and (read is None or unbounded)
    plainly = loose_question(text, question=question) if loose else None
    if plainly is not None:  # "owt for today pal?", "diary for tomorrow?"
        asked = read_request(plainly, now, tz, loosely=False)
        windowed = isinstance(asked, ListTasks) and asked.query.due_after is not None
        read = asked if isinstance(asked, ListTasks) and (windowed or not unbounded) else read
    return read or Unknown(message)


def corrected(message: str) -> str:
    """Return ``message`` without the noise around a request and with the misspellings of
    ``TYPOS`` spelt out (both :func:`~todo.domain.assistant.speech.cleaned`), and a request
    word one slip away corrected, outside quotes: ``cna you add milk tomorow`` is ``can you
    add milk tomorrow``."""
    parts = _QUOTE_SPLIT.split(cleaned(message))
    # Even parts are outside quotes, odd ones the quotes themselves (kept as written).
    return "".join(
        correct_spelling(part) if index % 2 == 0 else part for index, part in enumerate(parts)
    )


def tidy(message: str) -> str:
    """Return the request in a message: whitespace collapsed, politeness and end marks removed,
    a wish read as the request it wraps (``it would be great if you could add x`` is ``add x``)."""
    text = " ".join(message.split())
    text = asked_with_gerund(text)  # "would you mind adding x" is "add x"
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


def _command(
    text: str, now: datetime, tz: ZoneInfo, *, question: bool = False, continued: bool = False
) -> Intent | None:
    """Read a request; ``question`` (it ended in ``?``) keeps guesses from adding a task;
    ``continued`` (it began with ``and``, ``also``, ``plus``) may add one more of the same."""
    pointed = _THAT_ONE.search(text) is not None  # "cancel that one" names a task
    if (
        UNDO.fullmatch(text)
        or _UNDO_AT_END.search(text)
        or (not pointed and UNDO.fullmatch(without_filler(text)))
    ):
        return Undo()  # "undo", "…, undo that", "undo pls misclick"
    projected = read_project_request(text, now, tz)  # "add milk to the Groceries project"
    if isinstance(projected, TaskFields):
        return Add(projected)
    if isinstance(projected, ListQuery):
        return ListTasks(projected)
    if projected is not None:
        return projected
    text = said_plainly(text)  # "Delete: X", "I did both this morning"
    places = each_of_the_list(text)  # "delete the 2nd and 3rd", "complete both"
    if places is not None:
        verb, positions = places
        return Several(tuple(Act(verb, ByPosition(place)) for place in positions))
    each = ALL_OF_THEM.fullmatch(text)  # "mark them all done", "they're all finished"
    if each is not None:
        return EachShown("reopen" if each.group("reopen") else "complete")
    placed = None if question else object_first(text)  # "Third one please delete" ("…done?" asks)
    reordered = placed or reminder_said_plainly(text)  # "the handover reminder should be …"
    if reordered is not None:
        return _command(reordered, now, tz, question=question)
    both_done = two_done(text)  # "Dentist and haircut both already finish today"
    refs = [read_reference(words) for words in both_done or ()]
    if refs and all(isinstance(ref, ByWords) for ref in refs):
        return Several(tuple(Act("complete", ref, stated=True) for ref in refs if ref is not None))
    kept = said_instead(text)  # "sorry 07:15 not 07:30", "due Monday, not Friday"
    corrected_when = whole_when(_MAKE_IT.sub("", kept, count=1), now, tz) if kept else None
    if corrected_when is not None:
        return JustWhen(corrected_when.value, time_only=not corrected_when.has_date)
    asked_last = added_at_the_end(text)  # "dentist tmrw 16:15 pls add", "…, please help me add"
    if asked_last is not None and not question and not _QUESTION_START.match(text):
        return Add(read_fields(asked_last, now=now, tz=tz))
    noted = _NOTE_TO.match(text)  # "add the following note to the witness task: …"
    note_ref, note = (
        (noted["ref"] or noted["ref2"], noted["note"] or noted["note2"]) if noted else ("", "")
    )
    a_list = _A_LIST.fullmatch(note_ref) is not None  # "add to my to-do: call mum" adds
    noted_ref = read_reference(note_ref) if note_ref and not a_list else None
    if noted_ref is not None:
        return Update(noted_ref, TaskFields(description=note.strip()))
    add_it = _ADD_IT.match(text)
    if add_it is not None:  # "need to get the car serviced, stick it in for the 18th"
        edited = _read_edit(add_it.group("body"), now, tz)  # "X deadline is 15 January, put it"
        if edited is not None:
            return edited
        body = f"{add_it.group('body')} {add_it.group('when') or ''}"
        return Add(read_fields(body, now=now, tz=tz))
    if _ONCE_MORE.fullmatch(text):
        return Again(None)
    listed_first = LIST_FIRST.match(text)
    if listed_first is not None:  # "stick this on the list for tuesday: X" is due tuesday
        body = f"{listed_first.group('body')} {listed_first.group('when') or ''}"
        return Add(read_fields(body, now=now, tz=tz))
    if _WHAT_JUST.fullmatch(text):
        return Act("show", ByContext())
    if _NOT_DONE_AFTER_ALL.fullmatch(text) or _NOT_SO.fullmatch(text):
        return Act("reopen", ByContext())
    if _DONE_IN_CONTEXT.fullmatch(text):  # "it's done now", "that one's finished"
        return Act("complete", ByContext(), stated=True)
    not_done = _NOT_DONE_REALLY.fullmatch(text)  # "no, not done really, he didn't turn up"
    said_so = not_done is not None and (
        not not_done.group("ref") or not_done.group("reopen") or _AFTER_ALL.search(text)
    )  # "the bill isn't paid" alone says, it asks nothing; "… really", "…, reopen it" ask
    if not_done is not None and said_so:
        reopened = read_reference(not_done.group("ref") or "it")
        return Act("reopen", reopened) if reopened is not None else None
    alone = PRIORITY_VALUE.fullmatch(text)  # "actually, urgent"
    if alone is not None and alone.group("level").lower() not in ("none", "no"):
        return JustLevel(PRIORITY_LEVELS[alone.group("level").lower()])
    meant = _I_MEANT.fullmatch(text)  # "no wait, I meant call the solicitor" (not "… friday")
    words = meant.group("words") if meant is not None else ""
    if words and not _said_as_a_value(words, now, tz) and (named := read_reference(words)):
        return Correction(named, words)
    corrected = read_correction(text)
    if corrected is not None:
        ref = read_reference(corrected)
        if ref is not None:
            return Correction(ref, corrected)
    before = read_remind_before(text)
    named = read_reference(before.words) if before is not None else None
    if before is not None and named is not None:
        return RemindBefore(named, before.minutes, before.at)
    again = read_again(text)
    repeated = read_reference(again) if again is not None else None
    if repeated is not None:
        return Again(repeated)
    clearing = read_clearing(text)
    emptied = read_reference(clearing[0]) if clearing is not None else None
    if clearing is not None and emptied is not None:
        return Update(emptied, TaskFields(clear=(clearing[1],)))
    topic = read_reminder_topic(text)  # "the plumber reminder is too early, one more hour"
    if topic is not None and topic != text:
        rewritten = _command(topic, now, tz)  # not a question: "Can you push it to 6?"
        if isinstance(rewritten, Relative | RemindAbout):
            return rewritten
    early = read_shift(text)  # "make the reminder for the vet half an hour earlier"
    if early is not None and early.reminder and (moved := read_reference(early.words)):
        return Relative(
            moved, days=early.days, months=early.months, minutes=early.minutes, reminder=True
        )
    change = read_reminder_change(text)
    when = whole_when(change.when, now, tz) if change is not None else None
    if change is not None and when is not None:
        fields = TaskFields(title=change.words, reminder=when.value, time_only=not when.has_date)
        return RemindAbout(fields)
    reminders = [_remind_about(body, False, now, tz) for body in read_reminder_list(text) or ()]
    if len(reminders) >= 2 and all(one is not None and one.fields.reminder for one in reminders):
        return Several(tuple(one for one in reminders if one is not None))
    about = None if _REMINDER_TASK.match(text) else read_remind_about(text)
    reminded = _remind_about(about.body, about.new, now, tz) if about is not None else None
    if reminded is not None:
        return reminded
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
        put_on = _ON_FOR.search(hide_quoted(body))  # "stick get the cab valeted on for tomorrow"
        stuck = _STUCK_ON.match(text) is not None and not _A_THING_PUT_ON.match(body)
        if put_on is not None and stuck and len(body[: put_on.start()].split()) >= _WORDS_PUT_ON:
            fields = read_fields(body[: put_on.start()] + body[put_on.end() - 1 :], now=now, tz=tz)
            if fields.title and fields.due is not None:
                return Add(fields)
    added = ADD.match(text)
    if added is not None and not ADD_IS_EDIT.match(text) and not MAKE_IS_EDIT.match(text):
        fields = read_fields(_base_form(added, added.group("body")), now=now, tz=tz)
        level = added.group("level")
        if level and fields.priority is None:
            fields = replace(fields, priority=PRIORITY_LEVELS[level.split()[0].split("-")[0]])
        return Add(fields)
    # "…, knock it down to low": a level said outright is read, not a step down.
    shift = None if _TO_LEVEL_AT_END.search(text) else read_shift(text)
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
    two = _TAG_TWO.match(text)  # "tag the chains and the chipper as workshop"
    refs = [read_reference(two.group(name)) for name in ("a", "b")] if two is not None else []
    if two is not None and all(isinstance(ref, ByWords) for ref in refs):
        tags = _tag_names(two.group("tag"))
        return Several(tuple(Update(ref, TaskFields(), add_tags=tags) for ref in refs if ref))
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
    following = _THE_ONE_AFTER.fullmatch(text)
    if following is not None:  # "and the week after?": the days listed, a week later
        return ListTasks(ListQuery(status="pending", later_by=_LATER_BY[following["unit"].lower()]))
    window = read_window(text, now=now, tz=tz)
    if window is not None:  # "office tasks for next week": of a tag too
        return ListTasks(replace(window, tag_word=tag_word_of(text)))
    listed = read_list(text)
    if listed is not None:
        return ListTasks(rest_of_week(listed, text, now=now, tz=tz))
    asked_if_done = _DID_I.fullmatch(text)  # "did I order the feed pellets or not?"
    if asked_if_done is not None and (question or asked_if_done["tail"]):
        return ListTasks(ListQuery(status="all", search=asked_if_done.group("words")))
    soft = SOFT_ADD.match(text)
    if soft is not None and not question and not _PAST_TIME.search(text):
        body = soft.group("body")
        if _OPEN_AGAIN_FIRST.match(body):  # "I need to reopen the risk assessment, …"
            return _command(body, now, tz)
        if _DELETE_A_TASK_FIRST.match(body):  # "maybe I should delete the linen one": only
            return None  # thought of, and no new task "Delete the linen one"
        return Add(read_fields(body, now=now, tz=tz))
    statement = read_done_statement(text)
    stated = read_reference(statement.words) if statement is not None else None
    if statement is not None and stated is not None:
        if statement.negated:
            return NotDone(stated)
        if question:  # "water bill paid?": asked, so the task is shown, not completed
            return ListTasks(ListQuery(status="all", search=statement.words))
        return Act("complete", stated, statement.stems, stated=True)
    if question:  # "and tomorrow?", "what about friday?"
        text = _WHAT_ABOUT.sub("", text, count=1)
    said = whole_when(text, now, tz) or whole_when(_MAKE_IT.sub("", text, count=1), now, tz)
    if said is not None:
        return JustWhen(said.value, time_only=not said.has_date, question=question)
    if question and _SUGGESTED.search(text):  # "The 9th perhaps?": a suggestion, not a question
        return _value_alone(without_filler(text), now, tz, corrects=True)
    if question:
        return None
    corrects = _CORRECTING.search(text) is not None  # not "ok, till tomorrow then"
    value = _value_alone(without_filler(text), now, tz, corrects=corrects)
    if value is not None:
        return value
    renamed = _MAKE_IT_WORDS.fullmatch(text)  # "make it AA batteries": what was just said
    words = renamed.group("words") if renamed is not None else ""
    if words and not _said_as_a_value(words, now, tz) and (named := read_reference(words)):
        return Correction(named, words)
    if continued and len(bare := _TOO_AT_END.sub("", text).strip()) <= _MORE_CHARACTERS:
        return _one_more(bare, now, tz, same_when=_SAME_WHEN.search(text) is not None)
    return _implied_add(text, now, tz)


#: A quote at the start of a text: the title as written.
QUOTED_START: Final = re.compile(r"^[\"“'‘`]")
#: ``and milk``, ``also bread``, ``plus eggs too``: one more of what was just added.
_MORE: Final = re.compile(r"^(?:and|also|plus|oh and|and also)\s++(?P<body>.+)$", re.IGNORECASE)


def _one_more(text: str, now: datetime, tz: ZoneInfo, *, same_when: bool) -> MoreOfTheSame | None:
    """Read ``new towels`` of ``and new towels too`` as one more task like the last one."""
    fields = read_fields(text, now=now, tz=tz)
    if not fields.title or LIST_WORDS.fullmatch(fields.title):
        return None
    return MoreOfTheSame(fields, same_when=same_when)


#: The longest "one more" (``and 'Bleed the radiators' while you're at it``, the last words
#: dropped).
_MORE_CHARACTERS: Final = 60
#: ``same day``, ``the same time``: when the task just added is due.
_SAME_DAY_WORDS: Final = r"(?:the\s++)?same\s++(?:day|date|time)"
#: What says "one more of the same" at the end: ``too``, ``as well``, ``while you're at it``.
_TOO_AT_END: Final = re.compile(
    r"[\s,]*+\b(?:too|as\s++well|while\s++you'?re\s++at\s++it|if\s++you\s++can)"
    rf"(?:[\s,]++{_SAME_DAY_WORDS})?[\s.!]*+$",
    re.IGNORECASE,
)
#: ``new towels`` after ``and``: a thing like the last one, not the word that adds a task.
_NEW_FIRST: Final = re.compile(r"^new\s++\w", re.IGNORECASE)
#: ``…, same day`` after ``too``: when the task before it is due.
_SAME_WHEN: Final = re.compile(rf"\b{_SAME_DAY_WORDS}[\s.!]*+$", re.IGNORECASE)
#: Titles that are only words about lists: ``tasks for next week`` asks, it adds nothing.
LIST_WORDS: Final = re.compile(
    r"(?:(?:my|all|the|any|tasks?|todos?|to-?dos?|anything|something|stuff|things?|items?|"
    r"plans?|agenda|schedule|list)\s*+)++",
    re.IGNORECASE,
)
#: One tag for two tasks each named with ``the``: ``tag the chains and the chipper as workshop``.
_TAG_TWO: Final = re.compile(
    r"^(?:tag|label)\s++(?P<a>(?:the|my)\s[^,;:]{1,60}?)\s++and\s++(?P<b>(?:the|my)\s[^,;:]{1,60}?)"
    r"\s++(?:as|with)\s++#?(?P<tag>[\w\-/.]++)$",
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
    r"that\s++is\s++|it'?s\s++|it\s++is\s++|it\s++should\s++be\s++)?(?:make it|"
    r"change it to|move it to|(?:it'?s\s++|it is\s++)?due|on|for|by)?\s*+",
    re.IGNORECASE,
)
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
#: ``team retro on the last friday of the month, please add it``: the title said first.
_ADD_IT: Final = re.compile(
    r"^(?P<body>[^,;]{2,200}?)(?:\s++(?:please|pls))?(?:[,;]|\s++[-–—])\s*+"
    r"(?:(?:please|pls|can\s++you|could\s++you)\s++)?"
    r"(?:add|save|note|put|create|make|stick|pop|chuck|throw|bung|whack|jot)\s++(?:it|that|this)"
    r"(?:\s++(?:please|for\s++me|to\s++my\s++list|to\s++the\s++list|on\s++the\s++list|"
    r"on\s++my\s++list|in\s++the\s++diary|as\s++an?\s++(?:(?:new|recurring|repeating|regular)\s++)?"
    r"(?:task|one|to-?do)|in|on|down))*+"
    r"(?:\s++(?P<when>(?:for|on|by|at)\s++[^,;]{1,60}?))?[\s.!]*+$",
    re.IGNORECASE,
)
#: ``which tags am I using?``, ``show my tags``, ``what labels do I have``.
_TAGS_QUESTION: Final = re.compile(
    r"^(?:(?:which|what)\s++(?:tags|labels)\s++(?:am\s++i|do\s++i|have\s++i|i\s++have|are\s++there|"
    r"exist|are\s++(?:in\s++use|used))|(?:show|list|give)(?:\s++me)?\s++(?:all\s++)?"
    r"(?:my|the)\s++(?:tags|labels)|(?:my|all)\s++(?:tags|labels)|(?:tags|labels)|"
    r"what\s++are\s++my\s++(?:tags|labels))\b[^?]{0,30}$",
    re.IGNORECASE,
)
#: A priority level said outright at the end: ``… knock it down to low``.
_TO_LEVEL_AT_END: Final = re.compile(
    r"[,;.]\s*+.{0,30}?\b(?:to|as)\s++(?:an?\s++)?(?:urgent|high|medium|normal|low|top)"
    r"(?:[\s-]++priority)?$",
    re.IGNORECASE,
)
#: ``and the week after?``, ``what about the day after?``: the days just listed, later.
_THE_ONE_AFTER: Final = re.compile(
    r"(?:(?:what|how)\s++about\s++|and\s++)?the\s++(?P<unit>week|day)\s++after(?:\s++that)?",
    re.IGNORECASE,
)
_LATER_BY: Final = {"week": 7, "day": 1}
_WHAT_ABOUT: Final = re.compile(
    r"^(?:and\s++)?(?:(?:what|how)\s++about|what\s++of|and)\s++", re.IGNORECASE
)
_ARTICLE: Final = re.compile(r"^(?:a|an)\s++", re.IGNORECASE)
#: ``me`` or ``us`` after ``a task for``: whom the task is for, not its first word.
_FOR_WHOM: Final = re.compile(r"^(?:me|us|myself)\s++(?=\w)", re.IGNORECASE)
#: A priority said as a label before a title: ``urgent: renew the passport``.
_PRIORITY_LABEL: Final = re.compile(
    rf"^(?:(?:{INTENSITY}\s++)?(?:urgent|important)|asap|high\s++priority|low\s++priority|"
    r"top\s++priority)\s*+[:!\-–]",
    re.IGNORECASE,
)
#: A level or a tag said after a comma, as a field of a new task that starts with its verb:
#: ``order haylage, priority high, tag feed``, ``fix the gate, low priority`` (``yes, high
#: priority`` and ``lol, tag your friends`` are no tasks).
_FIELD_AFTER_A_COMMA: Final = re.compile(
    r",\s*+(?:(?:priority|prio)\s*+(?::\s*+|is\s++|=\s*+)?(?:urgent|high|medium|low|top)\b|"
    r"(?:urgent|high|medium|low|top)\s++priority\b|tag(?:ged)?\s++(?:it\s++)?(?:with\s++|as\s++)?"
    r"#?[^\W\d_])",
    re.IGNORECASE,
)
#: ``… on for tomorrow``: the list said by ``on`` alone, before the day the task is for.
_ON_FOR: Final = re.compile(r"(?<!\s)\s++on\s++(?=(?:for|by)\s)", re.IGNORECASE)
#: The verbs that put a task "on" for a day (``put Sam on for the early shift`` puts a person
#: on a rota, and ``stick heating on`` a thing on): a task's words are three at least.
_STUCK_ON: Final = re.compile(r"^(?:stick|pop|bung|chuck|whack|slap)\b", re.IGNORECASE)
_WORDS_PUT_ON: Final = 3
#: A thing put on, not a task: ``put the heating on for tomorrow``.
_A_THING_PUT_ON: Final = re.compile(
    r"^(?:the|a|an|my|our|his|her|their|its|it|that|this|these|those)\b", re.IGNORECASE
)
#: A question tag at the end: what is said is to be agreed with, not a task (``… huh``).
_QUESTION_TAG: Final = re.compile(
    r"\b(?:huh|innit|isn'?t\s++it|ain'?t\s++it|wasn'?t\s++it)\W*+$", re.IGNORECASE
)
#: An amount on its way: news of a delivery, not a task (``5kg arriving on Tuesday``; ``collect
#: parcel arriving friday`` is one).
_ON_ITS_WAY: Final = re.compile(
    rf"^\d[\w.,]*+\s++(?:[a-z]++\s++){{0,3}}?{ON_ITS_WAY}\b", re.IGNORECASE
)
#: A task opened again, said as a need (``I need to reopen the risk assessment``): the request.
_OPEN_AGAIN_FIRST: Final = re.compile(r"^(?:re-?open|undelete|untick|uncheck)\s", re.IGNORECASE)
#: A task deleted, said as a need and named as a task (``I should delete the linen one``): no
#: new task of that name, and no delete on a need (``cancel my gym membership`` is a task).
_DELETE_A_TASK_FIRST: Final = re.compile(
    r"^(?:delete|remove)\s++(?:the|that|this|my)\s++[^,;.]{0,40}?\b(?:one|task|item|to-?do)\b",
    re.IGNORECASE,
)
#: The most words a message without a verb may have to be read as a new task.
_IMPLIED_WORDS: Final = 12
#: ``I didn't call dad today``: a statement about oneself is not a new task.
_ABOUT_ONESELF: Final = re.compile(r"^(?:i|we|you|he|she|they|it)(?:'[a-z]{1,2})?\b", re.IGNORECASE)
#: How one is, beside the feelings a statement of done never means (``FEELINGS``).
_MOODS: Final = frozenset({"busy", "happy", "glad", "proud", "sleepy", "sad", "sore"})
#: Words of thanks, of how one feels or of what one achieved: ``so tired today``, ``thank you
#: for your help today``, ``new PB on deadlift today`` say, they add nothing.
_SAYS_HOW_IT_WENT: Final = re.compile(
    r"^(?:thanks|thank\s++(?:you|u)|cheers)\b|\b(?:(?:thanks|thank\s++(?:you|u))\s++for|god\s++bless|"
    r"so\s++grateful|"
    r"(?:so|too|very|really|soo++|super|totally)\s++(?:"
    + "|".join(sorted(FEELINGS | _MOODS))
    + r"|done\s++in)|"
    r"new\s++(?:\w{1,12}\s++)?(?:pb|pr|record|personal\s++best)|haiya|aiya+|phew|buzzing|"
    r"what\s++a\s++(?:sight|view|day|night|game|match|relief|laugh)|"
    r"(?:cold|hot|wet|windy|freezing|baltic|roasting|chilly)\s++out(?:\s++(?:today|tonight|there))?|"
    r"(?:smashed|nailed|killed|aced)\s++it|went\s++(?:well|great|fine|brilliantly)|"
    r"knackered|shattered|cream\s++crackered|everywhere|thank\s++you\s++all|thanks\s++all|"
    r"thanks\s++everyone)\b|^(?:" + "|".join(sorted(FEELINGS)) + r")\b|"
    r"^(?:what\s++a\s++|such\s++a\s++)?(?:great|good|brilliant|amazing|fantastic|lovely|tough|"
    r"long|hard)\s++(?:session|day|game|match|night|run|class|week|shift|practice|training)\b",
    re.IGNORECASE,
)
#: Words that ask, anywhere in a message: a question is never read as a new task.
_ASKS: Final = re.compile(
    r"\b(?:what|what'?s|whats|which|am\s++i|do\s++i|have\s++i|is\s++there|or\s++nah|tell\s++me|"
    r"show\s++me|run\s++me\s++through|let\s++me\s++know|owt|"
    r"or\s++not)\b",
    re.IGNORECASE,
)
#: A time in the past: what happened then is no new task.
_PAST_TIME: Final = re.compile(
    r"\b(?:yesterday|ago|last\s++(?:night|week|weekend|month)|already|earlier\s++today)\b",
    re.IGNORECASE,
)
_NEGATION: Final = re.compile(
    r"\b(?:not|never|didnt|dont|doesnt|cant|wont|havent|hasnt|isnt|wasnt|couldnt|wouldnt|"
    r"shouldnt)\b|n't\b",
    re.IGNORECASE,
)
_COPULA: Final = re.compile(
    r"\b(?:am|'m|is|are|was|were|seems|looks|feels)\b|"
    # what happened or is happening: "three ops done this morning, all went smoothly",
    # "weather's looking grim for tomorrow"
    r"(?<=\w)'s\s++(?:looking|getting|going|feeling|raining|snowing|starting|coming|being)\b|"
    r"\b(?:went|done\s++this\s++morning|got\s++my|"
    r"all\s++went)\b",
    re.IGNORECASE,
)
_QUESTION_START: Final = re.compile(
    r"^(?:what|what'?s|which|when|where|who|why|how|is|are|do(?!\s++(?:the|my|some|our)\b)|does|"
    r"did|can|could|should|would|will|any|anything|have|has|show|list|tell)\b",
    re.IGNORECASE,
)


#: A weekday alone as a repeat's new day: ``on Wednesday``.
_BARE_WEEKDAY: Final = re.compile(
    r"(?:on\s++)?(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?", re.IGNORECASE
)
_UNTIL: Final = re.compile(r"^(?:until|till|til|up\s++to)\s++", re.IGNORECASE)


#: A note for a task said with its name and a colon: ``add the following note to the witness
#: statements task: …``, ``add to the walk-in job: …``.
_NOTE_TO: Final = re.compile(
    r"^add\s++(?:(?:(?:the\s++)?following|a|this|the)\s++)?(?:note|comment|detail)s?\s++to\s++"
    r"(?P<ref>[^:]{2,80}?)\s*+:\s*+(?P<note>\S.*)$|"
    r"^add\s++to\s++(?P<ref2>[^:]{2,80}?\s(?:task|job|item|to-?do|one))\s*+:\s*+(?P<note2>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
#: A list, not a task: ``my to-do``, ``tomorrow's tasks``.
_A_LIST: Final = re.compile(
    r"(?:my|the|our|your|today'?s|tomorrow'?s|this\s++week'?s|next\s++week'?s|"
    r"(?:my|the)\s++(?:daily|weekly))\s++(?:task|job|item|to-?do|one)s?",
    re.IGNORECASE,
)
#: Asked whether something was done: ``did I order the feed pellets or not?``, ``have I
#: rung Margaret yet?`` (``words``: what to look for, the verb left out).
_DID_I: Final = re.compile(
    r"(?:did|have|has)\s++(?:i|we)\s++(?:already\s++|actually\s++|ever\s++)?"
    r"(?!(?:get|got|have|had|mention|mentioned|say|said|tell|told|ask|asked|any)\b)[a-z]{2,20}"
    r"\s++(?:the\s++|my\s++|a\s++|an\s++)?(?P<words>[^\s?][^?]{1,80}?)"
    r"(?P<tail>\s++(?:or\s++not|or\s++what|yet|already))?[\s?!.]*+",
    re.IGNORECASE,
)
#: Words that correct or prefer: a day said with them is the new day of the task just named.
_CORRECTING: Final = re.compile(
    r"\b(?:actually|no|nope|sorry|oops|pardon|meant|mean|instead|rather|better|prefer|nvm|"
    r"never\s++mind|make\s++it|change\s++it|wanted\s++to\s++say)\b",
    re.IGNORECASE,
)
#: ``that one``, ``this one``: a task pointed at, which "cancel" deletes rather than undoes.
_THAT_ONE: Final = re.compile(r"\b(?:that|this)\s++one\b", re.IGNORECASE)
#: A question that suggests a value rather than asks: ``The 9th perhaps?``.
_SUGGESTED: Final = re.compile(r"\b(?:perhaps|maybe|possibly)\b", re.IGNORECASE)
#: The most words of a repeat said alone about the task just named: ``every other friday``.
_REPEAT_ALONE_WORDS: Final = 3


def _value_alone(words: str, now: datetime, tz: ZoneInfo, *, corrects: bool) -> Intent | None:
    """Read ``words`` that are only a value for the task the conversation is on: a level
    (``urgent``, ``p2``), a short repeat (``every sunday``, ``Daily``; a longer one is more
    often a part of a new task's words) or, when the message ``corrects`` what was said
    (``actually``, ``I meant``, ``would be better``), a date or time (``saturday``)."""
    if not words:
        return None
    said_level = PRIORITY_VALUE.fullmatch(words)
    named = words.casefold()  # "p2": Todoist's numbers
    level = said_level.group("level").lower() if said_level else None
    level = level or (P_WORDS.get(named[1:]) if named.startswith("p") else None)
    if level is not None and level not in ("none", "no"):
        return JustLevel(PRIORITY_LEVELS[level])
    words = _UNTIL.sub("", words, count=1)  # "no, until the 3rd, sorry"
    said = whole_when(words, now, tz) or whole_when(_MAKE_IT.sub("", words, count=1), now, tz)
    if said is not None and corrects:
        return JustWhen(said.value, time_only=not said.has_date)
    fields = read_fields(words, now=now, tz=tz)
    short = len(words.split()) <= _REPEAT_ALONE_WORDS  # not a new task's words
    if fields.recurrence and not fields.title and short:  # "every sunday pls", "Daily"
        return JustRepeat(fields)
    return None


def _said_as_a_value(words: str, now: datetime, tz: ZoneInfo) -> bool:
    """Tell whether ``words`` are a date, a time or a priority (``I meant friday``), not a
    task or a title."""
    return (
        whole_when(words, now, tz) is not None
        or PRIORITY_VALUE.fullmatch(words.strip()) is not None
        or parse_quick_add(words, now=now, tz=tz).recurrence is not None
    )


#: A new task that begins with the verb "add" (``add bob on linkedin``): its first letter.
_OWN_ADD: Final = re.compile(r"\s*+add\s++(?P<first>\w)", re.IGNORECASE)


def _remind_about(body: str, new: bool, now: datetime, tz: ZoneInfo) -> RemindAbout | None:
    """Read the words of a reminder request (what about, and when). A new task's own verb
    "add" stays in its title: ``remind me to add bob on linkedin`` is "Add bob on linkedin"."""
    fields = read_fields(body, now=now, tz=tz)
    if not fields.title:
        return None
    own_add = _OWN_ADD.match(body) if new else None
    if own_add is not None and fields.title.lower().startswith(own_add["first"].lower()):
        fields = replace(fields, title=f"Add {own_add['first']}{fields.title[1:]}")
    reminder = fields.reminder or fields.due
    times = find_when(body, now=now, tz=tz)
    time_only = bool(times) and not times[-1].has_date  # "at 5 instead": the same day
    return RemindAbout(replace(fields, reminder=reminder, time_only=time_only), new=new)


def _base_form(found: re.Match[str], body: str) -> str:
    """Return ``body`` with its first verb in its base form after ``for``: ``a task for picking
    up the cake`` is ``pick up the cake``."""
    if (found.groupdict().get("link") or "").lower() not in ("for", "of"):
        return body
    body = _FOR_WHOM.sub("", body, count=1)  # "a task for me buy milk"
    return _GERUND_FIRST.sub(lambda verb: GERUNDS[verb.group().lower()], body, count=1)


def _implied_add(text: str, now: datetime, tz: ZoneInfo) -> Add | None:
    """A message that is only a title with a date, a repeat, ``#tags`` or a priority label is
    a new task: ``gym each weekday at 7``, ``dentist friday 3pm``, ``buy ink #office``,
    ``urgent: renew the passport``. A question never is."""
    if (
        _QUESTION_START.match(text)
        or _ABOUT_ONESELF.match(text)
        or _NEGATION.search(text)
        or _QUESTION_TAG.search(text)  # "wicked cold out today huh": to be agreed with
        or _ON_ITS_WAY.search(text)  # "2 big tubs coming thurs": news of a delivery
        or _PAST_TIME.search(text)  # "already buy the tickets yesterday" says, it adds nothing
        or _ASKS.search(text)  # "am i free sunday or nah", "wats due tmrw": asked, never added
        or _COPULA.search(text)  # "the weather is lovely today" says, it asks nothing
        or _SAYS_HOW_IT_WENT.search(text)  # "so tired today, work work work"
        or len(text.split()) > _IMPLIED_WORDS
    ):
        return None
    fields = read_fields(_ARTICLE.sub("", text, count=1), now=now, tz=tz)
    marked = (
        (fields.tags and "#" in text)
        or (fields.priority and _PRIORITY_LABEL.match(text))
        or (
            (fields.tags or fields.priority)
            and _FIELD_AFTER_A_COMMA.search(text)
            and text.split(maxsplit=1)[0].casefold() in TASK_VERBS
        )
    )
    if not fields.title or (fields.due is None and fields.recurrence is None and not marked):
        return None
    if not any(char.isalpha() for char in fields.title) or LIST_WORDS.fullmatch(fields.title):
        return None
    made = _MADE_WHEN.match(fields.title)  # "make the VIP bus tickets Sunday": its new day
    only_when = fields.priority is None and fields.recurrence is None and not fields.tags
    named = len(search_words(made["ref"]).split()) if made is not None else 0
    if made is not None and fields.due is not None and only_when and named >= _NAMED_WORDS:
        dated = any(said.has_date for said in find_when(text, now=now, tz=tz))
        names = _SAME_DAY.sub("", made.group("ref"))
        return Add(replace(fields, time_only=not dated), implied=True, or_update=True, names=names)
    return Add(fields, implied=True, or_update=True)  # "stretching, 3 times a week": that one


#: The fewest words that name a task after ``make`` (``make the bed tomorrow`` is a task).
_NAMED_WORDS: Final = 2
#: A task named after a verb that changes it, and a day: ``make the VIP bus tickets Sunday``.
_MADE_WHEN: Final = re.compile(
    r"^(?:make|set|put|move|change|switch|have)\s++(?P<ref>(?:the|my|our)\s++\S.*)$", re.IGNORECASE
)
#: Words that keep the day of a time said alone: ``4pm instead, same day``.
_SAME_DAY: Final = re.compile(
    rf"(?<![\s,])(?:[\s,]++(?:instead|{_SAME_DAY_WORDS}|please))++$",
    re.IGNORECASE,
)


def _read_edit(text: str, now: datetime, tz: ZoneInfo) -> Update | None:
    for pattern in EDITS:
        found = pattern.match(text)
        if found is None:
            continue
        ref = read_reference(found.groupdict().get("ref") or "it")  # no task named: "it"
        if ref is None:
            continue
        groups = {name: value for name, value in found.groupdict().items() if value}
        edit = _edit_of(ref, groups, now, tz)
        if edit is not None:
            return edit
    return None


def _edit_of(ref: Reference, groups: dict[str, str], now: datetime, tz: ZoneInfo) -> Update | None:
    if "tags" in groups and "untag" in groups:  # "swap the tag on X from tower to advent"
        added, removed = _tag_names(groups["tags"]), _tag_names(groups["untag"])
        return Update(ref, TaskFields(), add_tags=added, remove_tags=removed) if added else None
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
    if "kind" in groups:  # "make X a weekly task"
        groups["rule"] = groups.pop("kind")
    if "level2" in groups:  # "put high priority for that"
        groups["level"] = groups.pop("level2")
    if "level" in groups:
        word = groups["level"].lower()
        level = Priority.HIGH if word.startswith("priorit") else PRIORITY_LEVELS[word]
        dated = due_fields(groups["when"], now, tz) if "when" in groups else None
        if "when" in groups and dated is None:
            return None
        return Update(ref, replace(dated or TaskFields(), priority=level))
    if "description" in groups:
        return Update(ref, TaskFields(description=unquote(groups["description"].strip())))
    if "rule" in groups:
        parsed = parse_quick_add(groups["rule"], now=now, tz=tz)
        bare = _BARE_WEEKDAY.fullmatch(groups["rule"].strip())
        if not parsed.recurrence and bare is not None:  # "it is on Wednesday now": weekly
            parsed = parse_quick_add(f"every {bare['day']}", now=now, tz=tz)
        if not parsed.recurrence:
            return None
        # "every sunday at 6 in the evening": the time is the task's too
        due = parsed.due if isinstance(parsed.due, datetime) else None
        return Update(ref, TaskFields(recurrence=parsed.recurrence, due=due))
    if "when" in groups:
        fields = due_fields(groups["when"], now, tz)
        repeat = parse_quick_add(groups["when"], now=now, tz=tz) if fields is None else None
        if repeat is not None and repeat.recurrence and not repeat.title.strip(" ,."):
            return Update(ref, TaskFields(recurrence=repeat.recurrence))  # "make it every 3 days"
        if fields is None:  # "make that monday, and high priority": a day, then more
            day, more = _split_more(groups["when"])
            first = due_fields(day, now, tz)
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
        fields = due_fields(plain, now, tz)
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
        return Update(ref, TaskFields(title=capitalised(plain)))
    return None  # "set task 3 to done" completes it (the actions read it)


_DONE_WORD: Final = re.compile(r"(?:done|complete|completed|finished)", re.IGNORECASE)


def _split_more(text: str) -> tuple[str, str]:
    """Split ``monday, and high priority`` at its first comma or ``and``."""
    found = _MORE_AFTER.search(text)
    return (text[: found.start()], text[found.end() :]) if found else (text, "")


_MORE_AFTER: Final = re.compile(r"\s*+,\s*+(?:and\s++)?|\s++and\s++", re.IGNORECASE)


def _tag_names(text: str) -> tuple[str, ...]:
    names = [name.strip("#.,'\"‘’“”") for name in _TAG_GAP.split(text.strip())]  # 'family'
    kept = [name for name in names if name and any(char.isalpha() for char in name)]
    return tuple(dict.fromkeys(name[:50] for name in kept))[:20]
