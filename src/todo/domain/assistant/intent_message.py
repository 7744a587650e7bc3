"""Read a whole chat message: the message first, then its sentences and clauses.

``read_intent(message, now=now, tz=tz)`` is what a message asks for. It reads the message whole
(:func:`~todo.domain.assistant.intents.read_request`), and then its parts
(:mod:`~todo.domain.assistant.intent_clauses`): a request buried in chatter is found, two
requests in one message are :class:`~todo.domain.assistant.intents.Several` (a new task told
over several of them is one: :mod:`~todo.domain.assistant.intent_sentences`), an "it" is bound to
the task an earlier clause named, a task named first and then what to do with it is read as
such, and greetings and thanks said apart are set aside. A fact or a title with a date counts as
a request only as a sentence of its own, and a delete is never taken from a part of a message not
understood as a whole. Any text is accepted and this never raises; every pattern runs in linear
time and a message is read in at most a few parts, so any message is read in bounded time.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Final
from zoneinfo import ZoneInfo

from todo.domain.assistant.intent_clauses import MAX_PARTS, clauses, sentences, without_edges
from todo.domain.assistant.intent_fields import (
    TaskFields,
    capitalised,
    read_fields,
    whole_when,
    without_old_when,
)
from todo.domain.assistant.intent_references import (
    ByContext,
    ById,
    ByPosition,
    ByWords,
    Reference,
    read_reference,
    unquote,
)
from todo.domain.assistant.intent_sentences import (
    ADJUNCT_ONLY,
    one_task_in_clauses,
    one_task_told,
    repeat_like_that,
    repeat_said_then_asked,
    with_adjuncts,
)
from todo.domain.assistant.intent_statements import NEWS, TO_DO_AGAIN
from todo.domain.assistant.intent_titles import unwrapped_title
from todo.domain.assistant.intent_words import (
    GERUNDS,
    PRIORITY_LEVELS,
    PRIORITY_VALUE,
    STOPWORDS,
    VOICE_END_WORDS,
)
from todo.domain.assistant.intents import (
    LIST_WORDS,
    READ_LIMIT,
    Act,
    Add,
    Correction,
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
    read_request,
    tidy,
)
from todo.domain.assistant.speech import P_WORDS, cleaned

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


def read_intent(message: str, *, now: datetime, tz: ZoneInfo) -> Intent:
    """Return what a chat message asks for; never raises.

    ``read_intent("What's pending?", now=now, tz=tz)`` lists the pending tasks. A new task's
    title is given without the words that wrap it (``a to-do called X``: X).
    """
    read = _titled(_read_intent(message, now=now, tz=tz), message)
    if isinstance(read, Unknown) or _rank(read) == _LOOSE:  # "move X to Sunday at 10, better
        return _without_asides(message, read, now, tz)  # light": the request, not the aside
    return read


def _titled(read: Intent, message: str) -> Intent:
    """Return ``read`` with a new task's title without the words of ``message`` that wrap it."""
    if isinstance(read, Add) and read.fields.title:
        title = unwrapped_title(read.fields.title, message)
        return replace(read, fields=replace(read.fields, title=title))
    return read


def _without_asides(message: str, read: Intent, now: datetime, tz: ZoneInfo) -> Intent:
    """Return the reading of ``message`` without words said at its edges that ask nothing;
    ``read``, its reading whole, when no such reading asks for more.

    A request with an aside after it is the request: ``move the bowl photos to Sunday at 10,
    better light``, ``kiln element: bump it up, I've got a firing booked``. So is one after a
    word not understood (``Ejja, add …``), where the whole was not understood. A fact said
    before an aside is taken where the whole said nothing or ran a new task's title over the
    aside (``Boat's booked for the 4th, gura mie``).

    A part left out may say a fact, but not ask for anything nor name a task with a date
    (``Can you add something for me? Walk Rex at 6pm.``). A part kept may not be only a value
    or a correction (``every friday``, ``the last one``), nor ``it`` or ``and …`` once what
    came before was left out, and it never deletes. A part left out after it may not take it
    back or hedge it (``bump it up, not yet though``, ``…, fingers crossed``). A fact so taken
    says a thing done (``done``, ``sorted``, or a verb of :data:`_DONE_STEMS`: booked, paid,
    sent …), never a state (``the gym's closed on the 4th``). Only a short message is read so
    (:data:`_ASIDE_LIMIT`)."""
    if len(message) > _ASIDE_LIMIT:
        return read
    whole = _rank(read)
    for span, before, after in without_edges(" ".join(message.split())):
        if before and (whole > _NOTHING or any(_asks(part, now, tz) for part in before)):
            continue  # "slides - done": the task, "Ejja, add …": a word to the reader
        if any(_asks_or_names(part, now, tz) or _TAKEN_BACK.search(part) for part in after):
            continue  # "the pool was cleaned in May, needs doing again"
        kept = _titled(_read_intent(span, now=now, tz=tz), span)
        if (
            _destructive(kept)
            or isinstance(kept, JustWhen | JustLevel | JustRepeat | Correction)
            or (before and isinstance(getattr(kept, "ref", None), ByContext))
            or (before and isinstance(kept, MoreOfTheSame))  # "God bless, and thank you …"
        ):
            continue
        fact = (
            isinstance(kept, Act)
            and _rank(kept) == _LOOSE
            and not before
            and (not kept.stems or bool(set(kept.stems) & _DONE_STEMS))
            and not _NO_ROOM.search(span)
        )
        if _rank(kept) == _ASKED or (fact and (whole == _NOTHING or _run_over(read))):
            return kept
    return read


#: Words after a request or a fact that take it back, hedge it or leave it open: ``…, needs
#: doing again``, ``…, not yet``, ``…, half of it``, ``…, fingers crossed``, ``…, then
#: cancelled``.
_TAKEN_BACK: Final = re.compile(
    r"\b(?:not|never|no|nah|yet|still|again|half|almost|nearly|but|maybe|perhaps|hopefully|"
    r"provisionally|pending|unless|sort\s++of|kind\s++of|waitlisted|on\s++hold|fingers|"
    r"cancel(?:l?ed)?|kidding|joking|wait|actually|if)\b|n't\b|\?",
    re.IGNORECASE,
)
#: The longest message read without an aside at its edges (each reading of a part costs a
#: reading of the message; a request with an aside is said in a sentence or two).
_ASIDE_LIMIT: Final = 200
#: The stems of the verbs of a thing done that a fact read without its aside may say.
_DONE_STEMS: Final = frozenset(
    {"book", "pay", "paid", "order", "sent", "send", "arrang", "confirm", "renew", "submit"}
)
#: A booking with no room left, which is no booking done: ``the vet's fully booked``.
_NO_ROOM: Final = re.compile(
    r"\b(?:fully\s++booked|booked\s++(?:up|solid|out)|overbooked|sold\s++out)\b", re.IGNORECASE
)
#: How much a reading asks for: nothing understood, a guess from loose words, a request.
_NOTHING: Final = 0
_LOOSE: Final = 1
_ASKED: Final = 2


def _asks(part: str, now: datetime, tz: ZoneInfo) -> bool:
    """Tell whether a part of a message, read alone, is understood at all."""
    return _rank(read_request(part, now, tz)) > _NOTHING


def _asks_or_names(part: str, now: datetime, tz: ZoneInfo) -> bool:
    """Tell whether a part of a message asks for something or names a task with a date."""
    read = read_request(part, now, tz)
    return _rank(read) == _ASKED or (isinstance(read, Add) and read.implied)


def _rank(intent: Intent) -> int:
    """Tell how much a reading asks for (:data:`_NOTHING`, :data:`_LOOSE`, :data:`_ASKED`)."""
    if isinstance(intent, Unknown | SmallTalk | TooLong | Help):
        return _NOTHING
    if _loose(intent) or _run_over(intent):
        return _LOOSE
    return _ASKED


def _run_over(intent: Intent) -> bool:
    """Tell whether a reading's new title, for a task implied by a date or said after ``and``,
    runs over a comma (``safeguarding module half done, will finish tonight``). A title asked
    for keeps its commas (``add buy socks for women, men``, ``add paint the fence on Saturday,
    two coats``)."""
    title = getattr(getattr(intent, "fields", None), "title", None) or ""
    implied = isinstance(intent, MoreOfTheSame) or (isinstance(intent, Add) and intent.implied)
    return implied and "," in title


def _read_intent(message: str, *, now: datetime, tz: ZoneInfo) -> Intent:
    """Return what a chat message asks for (:func:`read_intent`, titles as read).

    In this order: a task named first and then what to do with it (``X: make it urgent``);
    the message read whole, its greetings and thanks set aside; two facts said in one sentence;
    a repeat said before for a task named now; one list question among chatter. The whole
    reading stands unless it was not understood or took a later part into a task's words; then
    two or three requests among the sentences or clauses are :class:`Several`, and else the one
    part that is a request is taken (``ugh, long day. anyway, add …``) — never a delete.
    """
    checked = _CHECKED_FIRST.match(message) or _CHECKED_LAST.match(message)
    if checked is not None:  # "✅ the 2nd one", "dentist ✓"
        message = f"{checked.group('rest')} done"
    message = " ".join(message.split())  # runs of spaces are one: the cleaning reads less
    message = _VOICE_ENDING.sub(_asked_still, message, count=1)  # "And Saturday? x"
    message = _SAID_TO_THE_READER.sub("", message)  # "cancel that mate, he's rebooked"
    words = " ".join(cleaned(_EMOJI.sub(" . ", message)).split()).strip(" .")
    if len(words) > READ_LIMIT:
        return TooLong()
    if _NO_CHANGES.search(words):  # "No changes today, just saying thanks!"
        return SmallTalk("thanks")
    words = without_old_when(words, now, tz)  # "move X from Monday to Wednesday"
    told = one_task_in_clauses(words, now, tz)  # "add: X, wednesday 7pm, tag it retreat"
    if told is not None:
        return told
    topical = _on_topic(words, now, tz) or _reminder_after_topic(words, now, tz)
    if topical is not None:  # "send the proposal: make it urgent", "visa please remind me …"
        return topical
    words = _without_small_talk(words, now, tz)  # "… on Monday? Many thanks."
    whole = read_request(words, now, tz)
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
    # A list read from words spread over clauses ("what a week, … yesterday …, add X for
    # tomorrow") gives way to a clause that asks for something else.
    parts_read = [intent for _, intent in (*in_clauses, *in_sentences)]
    scattered = (
        isinstance(whole, ListTasks)
        and not any(isinstance(intent, ListTasks) for intent in parts_read)
        and any(isinstance(intent, _STANDALONE) for intent in parts_read)
    )
    # A fact read over a question ("scared to ask but whats overdue") gives way to the question.
    asked = (
        isinstance(whole, Act)
        and whole.stated
        and any(
            isinstance(intent, ListTasks) and _QUESTION_WORD.search(part)
            for part, intent in (*in_clauses, *in_sentences)
        )
    )
    unread = (
        isinstance(whole, Unknown)
        or scattered
        or asked
        or any(_swallows(whole, part) for part in said[1:])
        or any(_swallows(whole, part, clause=True) for part in cut[1:])
    )
    meant = _meant_instead(cut, now, tz)  # "wait, scrap that, I meant saturday"
    if meant is not None:
        return meant
    fact_first = _fact_then_news(whole, said, cut, now, tz)  # "boxes ordered, 50 arriving Tue"
    if fact_first is not None:
        return fact_first
    if unread or _loose(whole):
        pointed = _one_pointing_back(cut, now, tz)  # "nah scrap that, the lawnmower's munted"
        if pointed is not None:
            return pointed
    alike = repeat_like_that(cut, now, tz)  # "I do yoga every tuesday, can the yoga task …"
    if alike is None:  # "choir practice is now Wednesday and Saturday, please adjust"
        alike = repeat_said_then_asked(cut, now, tz)
    if alike is not None:
        return alike
    chatter = _one_asked_among_chatter(said, in_sentences, now, tz)
    if chatter is not None and not isinstance(whole, Several):
        return chatter  # "what's due on wednesday? the kids keep asking"
    if not unread:
        if isinstance(whole, Add) and len(said) >= 2:  # "add X. tag is study"
            whole = with_adjuncts(whole, said[1:], now, tz)
        return _bound(whole, cut[:-1], now, tz)
    for found in (in_sentences, in_clauses):
        if len(found) >= 2:
            merged = one_task_told(found)  # "I need to X by 4 Dec. Can you add that? Note: …"
            if len(merged) == 1:
                return merged[0]
            return Several(tuple(merged[:_MOST_REQUESTS]))
    # A fact inside one sentence counts last: "quick update: the kids are at school, I
    # returned the parcel, and now I'm having a coffee".
    facts = _requests(cut, now, tz, loose=True) if isinstance(whole, Unknown) else []
    if len(facts) >= 2 and all(isinstance(intent, Act) for _, intent in facts):
        return Several(tuple(intent for _, intent in facts[:_MOST_REQUESTS]))  # two things done
    for found, parts in ((in_clauses, cut), (in_sentences, said), (facts, cut)):
        if len(found) == 1 and isinstance(found[0][1], Act) and TO_DO_AGAIN.search(words):
            return whole  # "the pool was cleaned in May, needs doing again"
        if len(found) == 1 and not _destructive(found[0][1]):
            part, intent = found[0]
            if isinstance(intent, Add):  # "add X to my list? No rush, low priority."
                added = with_adjuncts(intent, parts[parts.index(part) + 1 :], now, tz)
                return _bound(added, parts[: parts.index(part)], now, tz)  # "X. add it"
            return _bound(intent, parts[: parts.index(part)], now, tz)
    return whole


def _without_small_talk(words: str, now: datetime, tz: ZoneInfo) -> str:
    """Return a message without the greetings and thanks said in sentences of their own
    before or after its request; all of it when it is nothing else."""
    said = sentences(words)
    if not 2 <= len(said) < MAX_PARTS:  # none to set aside, or more than are read
        return words
    kept = [part for part in said if not isinstance(read_request(part, now, tz), SmallTalk)]
    if not kept or len(kept) == len(said):
        return words
    return " ".join(kept)


def _on_topic(words: str, now: datetime, tz: ZoneInfo) -> Intent | None:
    """Read ``send the proposal: make it urgent``, ``sam's drill - push to monday`` and
    ``curtains -> low priority``: a task named first, then what to do with it."""
    found = _TOPIC.match(words) or _COMMA_TOPIC.match(words) or _placed_first(words)
    if found is None or found.group("topic").strip().casefold() in _NOT_A_TOPIC:
        return None
    if found.group("mark") == "," and _SAYS_MORE.search(found.group("topic")):
        return None  # "no no, bring it back", "the insurance comes round yearly, set it …"
    rest = _ITS_DATE.sub("move it to", found.group("rest"), count=1)  # "change date to 2 Dec"
    topic, rest = found.group("topic"), _IT_AFTER_VERB.sub(r"\g<verb> it ", rest)
    label = not tidy(topic) or _LABEL.fullmatch(topic.strip()) is not None
    if label and len(rest) < len(words):  # "Reprioritise: X -> high": a label first
        return _on_topic(rest, now, tz)
    if _FIELD_NAMED.match(topic) or not tidy(topic):  # "Due date for X: …", "Correction — …"
        return None
    ref = read_reference(topic)
    alone = read_request(topic, now, tz)  # "quarterly review" alone would add a task
    said_alone = isinstance(alone, _STANDALONE) and not (isinstance(alone, Add) and alone.implied)
    pointed = isinstance(ref, ByPosition)  # "the 2nd -> fri", "second one - push to monday"
    if ref is None or not (isinstance(ref, ByWords | ById) or pointed) or said_alone:
        return None
    parts = clauses(rest)
    several = [intent for _, intent in _requests(parts, now, tz, loose=False)]
    if len(parts) >= 2 and len(several) >= 2:  # "make it urgent and move it to monday"
        bound = [_on(ref, intent) for intent in several[:_MOST_REQUESTS]]
        return Several(tuple(bound)) if all(bound) else None  # type: ignore[arg-type]
    labelled = topic.strip().casefold() in _LABEL_WORDS or whole_when(topic, now, tz) is not None
    on_it = _on(ref, read_request(rest if labelled else _reminder_of_it(rest), now, tz))
    loose = found.group("mark") == ","
    if loose and isinstance(on_it, Act) and not isinstance(ref, ByPosition):
        return None  # "look, I have done it": no task is completed on a loose name
    if on_it is not None:
        return on_it
    fields = read_fields(rest, now=now, tz=tz)
    said = fields.priority or fields.due is not None or fields.recurrence
    only_fields = said and ADJUNCT_ONLY.fullmatch(fields.title or "")
    if found.group("mark") in _ARROWS:  # "curtains -> low priority", "x -> new title"
        if only_fields:
            return Update(ref, replace(fields, title=None))
        level = PRIORITY_VALUE.fullmatch(rest.strip(" .!"))  # "vendor onboarding -> high"
        if level is not None:
            return Update(ref, TaskFields(priority=PRIORITY_LEVELS[level.group("level").lower()]))
        numbered = _P_NUMBER.match(rest)  # "KB article -> p3, it's not blocking anyone"
        if numbered is not None:
            return Update(ref, TaskFields(priority=PRIORITY_LEVELS[P_WORDS[numbered.group("n")]]))
        said = rest.strip(" .!")
        if _DONE_WORD.fullmatch(said):  # "curtains -> done"
            return Act("complete", ref)
        if pointed or _ACTION_WORD.fullmatch(said):  # "the 2nd -> remove" renames nothing
            return None
        return Update(ref, TaskFields(title=capitalised(unquote(rest.strip()))))
    if only_fields and isinstance(ref, ByPosition):  # "the 2nd: friday"
        return Update(ref, replace(fields, title=None))
    if only_fields:  # "plan the party - due 5 december, high priority"
        titled = replace(fields, title=capitalised(topic.strip()))
        return Add(titled, or_update=True)
    return None


def _placed_first(words: str) -> re.Match[str] | None:
    """Match ``the last one, delete it please``: a place in the list said first, before a
    comma, and then anything done to it."""
    found = _ANY_COMMA.match(words)
    if found is None or not isinstance(read_reference(found.group("topic")), ByPosition):
        return None
    return found


def _on(ref: Reference, intent: Intent) -> Intent | None:
    """Return ``intent`` done on ``ref`` when it was said of ``it``, else ``None``."""
    if isinstance(intent, Act | Update | Relative | RemindBefore) and isinstance(
        intent.ref, ByContext
    ):
        return replace(intent, ref=ref)
    if (  # "Boiler: move its reminder …": the boiler's
        isinstance(intent, RemindAbout)
        and isinstance(ref, ByWords)
        and (intent.fields.title or "").casefold() == "its"
    ):
        return replace(intent, fields=replace(intent.fields, title=capitalised(ref.words)))
    return None


def _reminder_after_topic(words: str, now: datetime, tz: ZoneInfo) -> Intent | None:
    """Read ``For ikamet appointment please remind me 30 minutes before`` and ``Visa please
    remind me one week before``: a task named first, then a reminder counted back from when it
    is due, said of no task. The words first must name a task, not ask for one (``I need to buy
    milk, remind me an hour before`` adds it)."""
    found = _TOPIC_THEN_REMIND.match(words)
    if found is None or not (found.group("lead") or found.group("please")):
        return None  # "one more thing remind me a day before": said with no task named
    asked = read_request(found.group("ask"), now, tz)
    if not isinstance(asked, RemindBefore) or not isinstance(asked.ref, ByContext):
        return None
    topic = found.group("topic")
    if not tidy(topic) or topic.strip().casefold() in _NOT_A_TOPIC:
        return None  # "ok, remind me an hour before": no task named
    if isinstance(read_request(topic, now, tz), _STANDALONE):
        return None
    ref = read_reference(topic)
    return replace(asked, ref=ref) if isinstance(ref, ByWords) else None


def _reminder_of_it(rest: str) -> str:
    """Return what is asked of a task named first, its reminder said as the task's:
    ``move reminder to 0630`` is ``move its reminder to 06:30``, ``cancel reminder`` is
    ``cancel its reminder``, ``reminder 1 day prior, 0900`` is ``remind me 1 day before, at
    09:00``."""
    said = _ITS_REMINDER.sub(r"\g<verb> its reminder", rest, count=1)
    if said == rest:
        said = _A_REMINDER_ASKED.sub("remind me ", rest, count=1)
        said = _PRIOR.sub("before", said, count=1) if said != rest else said
    if said == rest:
        return rest
    return _DIGITS_AT_THE_END.sub(
        lambda found: (
            f"{', at ' if found['lead'].startswith(',') else found['lead']}"
            f"{found['h']}:{found['m']}"
        ),
        said,
        count=1,
    )


def _bound(intent: Intent, earlier_parts: list[str], now: datetime, tz: ZoneInfo) -> Intent:
    """Return ``intent`` with its ``it`` bound to the task one of the ``earlier_parts`` of the
    message named: ``I didn't finish the essay, can you reopen it?`` reopens the essay."""
    about_it = isinstance(intent, RemindAbout | Add) and _IT.fullmatch(intent.fields.title or "")
    on_it = isinstance(intent, Act | Update | Relative | RemindBefore) and (
        isinstance(intent.ref, ByContext)
        or (isinstance(intent.ref, ByWords) and intent.ref.words.casefold() in _THEM)
    )  # "the pads are getting urgent now, can you bump them up"
    if not (about_it or on_it):
        return intent
    # A part that names a task by what it says of it first, then one that only names one.
    for loosely in (False, True):
        for part in earlier_parts:
            earlier = _named_in(part, now, tz, loosely=loosely)
            if isinstance(earlier, ByWords) and isinstance(intent, RemindAbout):
                return replace(
                    intent, fields=replace(intent.fields, title=capitalised(earlier.words))
                )
            if isinstance(earlier, ByWords) and isinstance(intent, Add):  # "the tax return. add it"
                return replace(
                    intent, fields=replace(intent.fields, title=capitalised(earlier.words))
                )
            if isinstance(earlier, ByWords | ById) and isinstance(
                intent, Act | Update | Relative | RemindBefore
            ):
                return replace(intent, ref=earlier)
    return intent


def _named_in(part: str, now: datetime, tz: ZoneInfo, *, loosely: bool) -> Reference | None:
    """Return the task a part of a message names: what a request in it acts on, else the
    task whose field it names or that one forgets; ``loosely``, the subject of its sentence
    (``the MOT can wait``) or the task it is alone (``the meeting with the landlord``)."""
    read = read_request(part, now, tz)
    if loosely and isinstance(read, Unknown) and _TITLE_SAID.fullmatch(part):
        return read_reference(part)  # "Call Auntie Esi, let it repeat every Sunday please"
    if loosely:
        subject = _SUBJECT.match(part) if isinstance(read, Unknown) else None
        if subject is None:
            return None
        return read_reference(next(named for named in subject.groups() if named))
    named = getattr(read, "ref", None)
    field_of = _FIELD_OF.match(part) or _FORGET.match(part)
    if isinstance(read, Unknown) and field_of is not None:  # "the deadline of X, make it …"
        return read_reference(part[field_of.end() :])
    return named if isinstance(named, ByWords | ById) else None


#: A task named as the subject of a sentence (``the MOT can wait``, ``ordering the cake needs
#: to happen sooner``) or alone (``the meeting with the landlord``, ``for the barrel``,
#: ``sneak peeks for the patels``).
_SUBJECT: Final = re.compile(
    r"^(?!(?:it|that|this|he|she|they|i|we|you|there|everything|nothing|something)\b)"
    r"(?P<ref>[^\s,;]++(?:\s++[^\s,;]++){0,5}?)\s++(?:is|are|can|could|should|needs?|has|have|was|"
    r"must|will|won'?t|isn'?t|doesn'?t)\b.*$|"
    r"^(?P<named>(?:the|my|our)\s++[^\s,;]++(?:\s++[^\s,;]++){0,5})$|"
    r"^(?:for|about|re:?|regarding)\s++(?P<topic>[^\s,;]++(?:\s++[^\s,;]++){0,5})$|"
    r"^(?P<of>[^\s,;]++(?:\s++[^\s,;]++){0,3}\s++(?:for|of|with)\s++(?:the|my|our)\s++"
    r"[^\s,;]++(?:\s++[^\s,;]++){0,2})$",
    re.IGNORECASE | re.DOTALL,
)
#: Verbs of doing that also ask for a change, and so begin no task's name said alone.
_NOT_A_TITLES_VERB: Final = frozenset(
    {"cancel", "change", "drop", "make", "update", "do", "go", "get", "sort", "finish", "take"}
    | {"check", "schedule"}
)
#: A task said by its own words, a verb of doing first: ``ring mr doyle``, ``Call Auntie Esi``.
_TITLE_SAID: Final = re.compile(
    r"(?:"
    + "|".join(sorted(set(GERUNDS.values()) - _NOT_A_TITLES_VERB))
    + r")\s++[^\s,;]++(?:\s++[^\s,;]++){0,4}",
    re.IGNORECASE,
)
#: ``them``: a task named in the plural before (``the pads``), never a guess of its own.
_THEM: Final = frozenset({"them", "they", "those", "these", "their"})
#: ``it``, ``that``: a reminder about the task the message named before.
_IT: Final = re.compile(r"(?:it|that|this|that one|this one)", re.IGNORECASE)
#: ``I always forget the recycling``: a task named as what one forgets.
_FORGET: Final = re.compile(
    r"^(?:i\s++)?(?:(?:always|keep|often|usually|sometimes|tend\s++to)\s++)?"
    r"(?:forget(?:ting)?|miss(?:ing)?)\s++(?:about\s++|to\s++do\s++)?",
    re.IGNORECASE,
)


#: A word that asks: a list asked for in a part of a message, not a word like ``done``.
_QUESTION_WORD: Final = re.compile(
    r"\b(?:what|whats|what's|which|any|anything|show|list)\b|\?", re.IGNORECASE
)
#: Words that label a message, not a task: ``Reprioritise: X -> high``.
_LABEL: Final = re.compile(
    r"reprioriti[sz]e|re-?prioriti[sz]ation|update|status|fyi|note|correction|change|edit",
    re.IGNORECASE,
)
#: A field of a task named first: ``due date for the lease renewal``.
_FIELD_NAMED: Final = re.compile(
    r"^(?:the\s++)?(?:new\s++)?(?:deadline|due\s++date|date|reminder|priority|time|description|"
    r"notes?)\s++(?:of|for|on)\s",
    re.IGNORECASE,
)
#: A task named by one of its fields: ``the deadline of the translation``.
_FIELD_OF: Final = re.compile(
    r"^(?:the\s++)?(?:deadline|due\s++date|date|reminder|priority|time)\s++(?:of|for|on)\s++",
    re.IGNORECASE,
)


def _one_pointing_back(parts: list[str], now: datetime, tz: ZoneInfo) -> Intent | None:
    """Return the first part of a message when it asks something of the task in hand, said
    with an interjection before it and a reason after it: ``no no bring that back``, ``stop it
    repeating, we moved``. A delete said so (``nah scrap that, the lawnmower's munted``) takes
    back what was just done, as an undo: it deletes only a task just added. None when another
    part asks for something too, or when words come before it (they may name the task: ``I
    didn't finish the essay, can you reopen it?``)."""
    said = _without_interjections(parts)
    if not said:
        return None
    first = read_request(said[0], now, tz)
    if not isinstance(first, Undo) and not (
        isinstance(first, Act | Update | Relative | RemindBefore)
        and isinstance(first.ref, ByContext)
    ):
        return None
    for text in said[1:]:
        intent = read_request(text, now, tz)
        if isinstance(intent, _STANDALONE) and not _loose(intent):
            return None  # "scrap that, and add the mower service"
    if _takes_back(first):
        return Undo()  # "no no, forget that, she called me": what was just done is taken back
    return first


def _meant_instead(parts: list[str], now: datetime, tz: ZoneInfo) -> Intent | None:
    """Return the value meant instead of what was just said, when a message takes it back
    and says the value in one more part: ``wait, scrap that, I meant saturday``, ``undo, make
    it urgent`` change the task in hand and delete nothing. None otherwise."""
    said = _without_interjections(parts)
    if len(said) != 2 or not _takes_back(read_request(said[0], now, tz)):
        return None
    value = read_request(said[1], now, tz)
    if isinstance(value, JustWhen | JustLevel | JustRepeat) or (
        isinstance(value, Update) and isinstance(value.ref, ByContext)
    ):
        return value
    return None


def _asked_still(ending: re.Match[str]) -> str:
    """Return what stays of a voice's ending: its question mark (``an' sunday like?``)."""
    return "?" if "?" in ending["marks"] else ""


def _fact_then_news(
    whole: Intent, said: list[str], cut: list[str], now: datetime, tz: ZoneInfo
) -> Intent | None:
    """Return the fact said first in a message not read whole, or read as a task only from a
    date said after the fact: ``Wardrobe boxes ordered, 50 arriving Tuesday`` says the boxes
    are ordered; it adds no task. Nothing when the message has more than one sentence, when a
    later clause is no news of the thing (:data:`NEWS`: ``bike fixed, pick it up tomorrow`` asks
    something), or when the task is to be done again."""
    if not (isinstance(whole, Unknown) or (isinstance(whole, Add) and whole.implied)):
        return None
    if len(said) != 1 or len(cut) < 2 or TO_DO_AGAIN.search(said[0]):
        return None
    if not all(NEWS.search(part) for part in cut[1:]):  # "bike fixed, pick it up tomorrow"
        return None
    first = read_request(cut[0], now, tz)
    if isinstance(first, Act) and first.stated and first.verb == "complete":
        return first
    return None


def _without_interjections(parts: list[str]) -> list[str]:
    """Return the parts of a message that say something, each without the word it begins
    with only to react (``nah``, ``wait``, ``no no``)."""
    bare = [_INTERJECTION.sub("", part, count=1).strip(" ,.!") for part in parts[:MAX_PARTS]]
    return [text for text in bare if text]


def _takes_back(intent: Intent) -> bool:
    """Tell whether a part takes back what was just done: ``undo``, ``scrap that``."""
    return isinstance(intent, Undo) or (
        isinstance(intent, Act) and intent.verb == "delete" and isinstance(intent.ref, ByContext)
    )


def _loose(intent: Intent) -> bool:
    """Tell whether a reading is only a guess from loose words: a fact said (``found a box out
    back``), a task implied by a date (``desk wants it tonight``), or a task said not done."""
    return (
        (isinstance(intent, Act) and intent.stated)
        or (isinstance(intent, Add) and intent.implied)
        or isinstance(intent, NotDone)
    )


#: Words said first that only react (``nah``, ``no no``, ``oops``, ``ei``).
_INTERJECTION: Final = re.compile(
    r"^(?:(?:nah|no|nope|oh|ok(?:ay)?|oops|whoops|hmm++|ugh|ei|eh|ah|right|actually|wait|"
    r"sorry|dear|oh\s++dear)\b[\s,!.]*+){1,4}",
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
    if all(isinstance(read_request(part, now, tz), Unknown) for part in others):
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
        intent = read_request(part, now, tz)
        if not isinstance(intent, _STANDALONE) or _untitled(intent):
            continue
        if not loose and _loose(intent):
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
    return not title or LIST_WORDS.fullmatch(title) is not None


def _repeats(earlier: Intent, later: Intent) -> bool:
    """Tell whether ``later`` does again on ``it`` what ``earlier`` did, or changes the same
    field of it (``make it low priority, it's not that important``)."""
    refers = getattr(later, "ref", None)
    of_them = isinstance(refers, ByWords) and refers.words.casefold() in _THEM
    return (isinstance(refers, ByContext) or of_them) and _changes(earlier) == _changes(later) != ""


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
    elif isinstance(whole, Update) and (whole.changes.title or whole.add_tags):
        words = whole.changes.title or " ".join(whole.add_tags)  # "… and tag it health" taken in
    elif isinstance(whole, Act | Update | Relative | NotDone | RemindBefore):
        words = whole.ref.words if isinstance(whole.ref, ByWords) else None
    if not words:
        return False
    said = part.casefold().split()
    if _CONNECTIVE_LEFT.search(words):
        return True  # "add 'paper'. Then make it urgent" read as the title "Paper. Then"
    opening = " ".join(said[:_SWALLOWED_WORDS])
    if _ASKS_FIRST.match(part) and any(
        f"{mark} {opening}" in words.casefold() for mark in ".!?"
    ):  # "add milk. add eggs" read as the title "Milk. add eggs"
        return True
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
#: A sentence that begins with a request's verb: never part of the title before it.
_ASKS_FIRST: Final = re.compile(
    r"(?:add|remind|delete|remove|move|push|make|mark|complete|tag|set|put|change|show|list|"
    r"rename|cancel)\b",
    re.IGNORECASE,
)
#: A sentence's first word left at the end of a title: ``Buy paper. Then``.
_CONNECTIVE_LEFT: Final = re.compile(
    r"[.!?]\s++(?:then|also|and|so|plus|oh|ok|okay|next|after\s++that)$", re.IGNORECASE
)


_SWALLOWED_VERB: Final = 4


def _destructive(intent: Intent) -> bool:
    """Tell whether acting on a part alone could delete a task (never done on a guess)."""
    return isinstance(intent, Act) and intent.verb == "delete"


#: Pictures in a message end a sentence and say nothing (``handed in 👍``).
_EMOJI: Final = re.compile(
    "[\U0001f000-\U0001faff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]++"
)
#: Words a voice ends a message on, which ask nothing: Vietnamese and Czech courtesy (``ạ``,
#: ``prosím``) and an Ulster tag (``…, so it is``) after any word; kisses (``xx``; one ``x``
#: only after a mark or a word that cannot take it: ``add solve for x`` keeps it) and a word to
#: the reader after a comma, a mark or a day (``…, pet``, ``next monday pet``, ``tuesday night
#: la``).
_VOICE_ENDING: Final = re.compile(
    r"(?:\s++(?:ạ|nhé|prosím)|(?:,\s*+|\s++)so\s++(?:it|i|we|he|she|they)\s++(?:is|am|are|was|were)|"
    r"\s++x{2,4}+|(?<=[?!.])\s*+x|(?:(?<=\bone)|(?<=\bit)|(?<=\bthat)|(?<=please)|"
    r"(?<=\bpls)|(?<=thanks))\s++x|(?:(?<=[,?!.])|(?<=day)|(?<=tomorrow)|(?<=tonight)|"
    r"(?<=night)|(?<=morning)|(?<=week)|(?<=weekend))\s*+"
    rf"{VOICE_END_WORDS})(?P<marks>[\s.!?]*+)$",
    re.IGNORECASE,
)
#: A word to the reader after what a request points at, before a comma: ``cancel that mate,
#: he's rebooked`` (``mate`` names no task).
_SAID_TO_THE_READER: Final = re.compile(
    r"(?:(?<=\bthat)|(?<=\bit)|(?<=\bone)|(?<=\bthis))\s++(?:mate|pet|la|lah|bro|hun|babe|luv|"
    r"love|man|pal|bud|yaar)(?=\s*+[,;.!])",
    re.IGNORECASE,
)
#: A check mark after what it marks: ``dentist ✓`` is ``dentist done``.
_CHECKED_LAST: Final = re.compile(
    "^\\s*+(?P<rest>[\\w'-]++(?:\\s++[\\w'-]++)?)\\s*+[\u2705\u2714\u2611\u2713]\ufe0f?\\s*+$"
)
#: A check mark before what it marks: ``✅ gym`` is ``gym done``.
_CHECKED_FIRST: Final = re.compile(
    "^\\s*+[\u2705\u2714\u2611\u2713]\ufe0f?\\s*+(?P<rest>[^\u2705\u2714\u2611\u2713]+)$"
)


#: A task named, a mark, then what to do with it: ``send the proposal: make it urgent``.
#: A status said after an arrow: ``curtains -> done``.
_DONE_WORD: Final = re.compile(
    r"(?:done|completed?|finished|ticked(?:\s++off)?|tick|checked|check|sorted|✓|✔|✅)",
    re.IGNORECASE,
)
#: An action said after an arrow, never a new title: ``the 2nd -> remove``.
_ACTION_WORD: Final = re.compile(
    r"(?:remove|removed|delete|deleted|cancel|cancell?ed|drop|dropped|bin|trash|gone|x|"
    r"reopen|undo|restore|open|pending|todo|to\s*+do)",
    re.IGNORECASE,
)
#: A priority as Todoist numbers them, first after an arrow: ``-> p3, not blocking anyone``.
_P_NUMBER: Final = re.compile(r"p(?P<n>[1-4])\b(?![\w'])", re.IGNORECASE)
#: Marks that point from a task to what becomes of it: ``curtains -> low priority``.
_ARROWS: Final = ("->", "=>", "→")
_TOPIC: Final = re.compile(
    r"^(?:for\s++|re:?\s++|about\s++)?(?P<topic>(?:[^:>\-–—=→\"'“‘]|(?<=\w)'){2,60}?)"
    r"(?:\s*+(?P<mark>:(?!\d)|->|=>|→)|\s++[-–—](?=\s))\s*+(?P<rest>.+)$",
    re.IGNORECASE,
)


#: A task named, a comma, then a change said of ``it``: ``elm road parcel, bring it forward a
#: day``, ``the basins, make it saturday``. Words before a comma are a loose name: what is read
#: this way never deletes a task, and completes only a place in a list (``the last one, I have
#: done it``).
_COMMA_TOPIC: Final = re.compile(
    r"^(?P<topic>[^,:>\-–—=→\"'“‘]{2,60}?)(?P<mark>,)\s*+(?P<rest>(?:please\s++|pls\s++)?"
    r"(?:(?:bring|push|move|make|set|change|put|bump|knock|shift|tag)\s++(?:it|that)\b|"
    r"(?:change|set|move|update)\s++(?:the\s++)?(?:due\s++)?(?:date|deadline|day)\s++to\b|"
    r"(?:i'?ve|i\s++have|i)\s++(?:already\s++|just\s++)?(?:done|finished|completed)\s++(?:it|that)\b|"
    r"(?:it'?s|it\s++is)\s++(?:done|finished)\b).*)$",
    re.IGNORECASE,
)
#: Anything said before a comma and after it (taken only when a place in a list comes first).
_ANY_COMMA: Final = re.compile(r"^(?P<topic>[^,]{2,30}?)(?P<mark>,)\s*+(?P<rest>\S.*)$", re.DOTALL)
#: A task named first, then a reminder asked with no task named: ``Visa please remind me one
#: week before``, ``For the ikamet appointment remind me 30 minutes before`` (said with a comma,
#: the task is bound as any ``it`` after a part that names one).
_TOPIC_THEN_REMIND: Final = re.compile(
    r"^(?:(?P<lead>for|about)\s++)?(?P<topic>[^,.;:?!]{2,60}?)\s++(?P<please>(?:please|pls)\s++)?"
    r"(?P<ask>(?:remind|ping|nudge|alert)\s++me\s++\S.*)$",
    re.IGNORECASE,
)
#: Words before a colon that name no task: ``Quick one: cancel reminder``, ``PS: …``.
_LABEL_WORDS: Final = frozenset(
    {"quick one", "question", "re", "ps", "p.s", "later", "note", "update", "fyi", "btw", "next"}
    | {"one more thing", "last thing", "oh and", "reminder", "reminders"}
)
#: A reminder said of a task named first, without ``its``: ``move reminder to 0630``.
_ITS_REMINDER: Final = re.compile(
    r"^(?P<verb>move|change|set|push|put|cancel|remove|delete|clear|drop|kill)\s++"
    r"(?:the\s++)?reminder\b",
    re.IGNORECASE,
)
#: A reminder asked of a task named first: ``reminder 1 day prior, 0900``.
_A_REMINDER_ASKED: Final = re.compile(
    r"^(?:a\s++|set\s++(?:a\s++)?)?reminder\s++(?=\S)", re.IGNORECASE
)
#: ``prior``, as forms say ``before``.
_PRIOR: Final = re.compile(r"\bprior\b", re.IGNORECASE)
#: ``to 0630``, ``, 0900``: four digits ending a reminder's time, as timetables write it.
_DIGITS_AT_THE_END: Final = re.compile(
    r"(?P<lead>(?:\bto|\bat|,)\s++)(?:at\s++)?(?P<h>[01]\d|2[0-3])(?P<m>[0-5][05])(?=[\s.!]*+$)",
    re.IGNORECASE,
)
#: The date of a task named before, changed: ``visa documents, please change date to 2 December``.
_ITS_DATE: Final = re.compile(
    r"(?:(?:please|pls)\s++)?(?:change|set|move|update)\s++(?:the\s++)?(?:due\s++)?"
    r"(?:date|deadline|day)\s++to\b",
    re.IGNORECASE,
)
#: Words that make the part before a comma more than a task's name: ``oh no,``, ``the
#: insurance comes round annually,``.
_SAYS_MORE: Final = re.compile(
    r"\b(?:no|not|nope|negative|oh|i|we|you|must|is|are|was|were|comes?|goes|needs?|has|have|"
    r"can|will|should|them|it)\b",
    re.IGNORECASE,
)
#: Words before a comma that name no task: ``yes, make it friday``.
_NOT_A_TOPIC: Final = frozenset(
    {"yes", "yeah", "yep", "no", "nope", "ok", "okay", "great", "cool", "perfect", "fine", "right"}
    | {"sure", "thanks", "actually", "also", "then", "now", "hmm", "well", "oh", "alright", "good"}
    | {"nice", "and", "so", "but", "wait", "sorry", "oops", "hey", "hi", "please", "pls"}
)
#: A verb of a change said without its object: ``push to monday`` is ``push it to monday``.
_IT_AFTER_VERB: Final = re.compile(
    r"^(?P<verb>push|move|bump|shift|postpone|reschedule|delay|change|set|make|mark|rename|"
    r"knock|bring|put|tag)\s++(?=(?:to|back|forward|for|as|until|till|up|down|due)\b)",
    re.IGNORECASE,
)


#: A message that says it asks for no change: ``no changes today, just saying thanks``.
_NO_CHANGES: Final = re.compile(
    r"\b(?:no\s++changes?(?:\s++(?:today|needed|for\s++now|please))?|nothing\s++to\s++change|"
    r"(?:just|only)\s++(?:saying|wanted\s++to\s++say)\s++thanks)\b",
    re.IGNORECASE,
)
