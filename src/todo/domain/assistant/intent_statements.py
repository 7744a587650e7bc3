"""Messages that say how things are rather than what to do, and edits said relative to now.

* A statement of fact that means a task is done: ``paid the electricity bill already``,
  ``the car is washed``, ``slides: done``, ``I've called mom`` — and its negation (``I haven't
  paid the bill yet``), which changes nothing.
* A relative edit: ``bump the dentist up a level``, ``make the slides less urgent``,
  ``push the dentist back a day``, ``a day later`` (the task the conversation is about).
* A correction after a question: ``no, the second one``, ``I meant task 4``.

Each reader takes a message already trimmed of politeness and returns the words that name the
task (read by :func:`~todo.domain.assistant.intent_references.read_reference`) with what was
said about it, or None. Every pattern runs in linear time: runs of spaces are taken whole, and a
task named inside a sentence ends on a character that is not a space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from todo.domain.language.when_words import NUMBER_WORDS

_FLAGS: Final = re.IGNORECASE | re.DOTALL
_REF: Final = r"(?P<ref>.*?\S)"

#: Past forms that do not end in ``-ed``, of the verbs a task usually starts with.
_IRREGULAR_PAST: Final = (
    r"(?:paid|bought|sent|did|wrote|made|took|went|got|gave|met|read|rang|sang|swept|"
    r"brought|caught|taught|found|fed|fixed|built|spent|sold|told|left|put|set|cut|shut|"
    r"drove|ran|ate|drank|threw|hung|dug|chose|spoke|woke|wore|tore|sewed|mowed|"
    r"began|finished|done|sorted|handled|written|gone|taken|given|eaten|driven|spoken|chosen|"
    r"dealt|kept|sent|bought|held|lent|sold|"
    r"broken|forgotten|hidden|ridden|seen|thought|said|hung|sung|rung|swum|begun|drawn|grown|"
    r"thrown|known|shown|sewn|mown|frozen|woken|worn|torn|beaten|bitten|stuck|won|lost|struck)"
)
#: Words ending in ``-ed`` that are not past forms (``I need``, ``feed the cat``).
_NOT_PAST: Final = frozenset(
    [
        "need",
        "needed",
        "feed",
        "seed",
        "speed",
        "bleed",
        "breed",
        "heed",
        "weed",
        "shed",
        "bed",
        "red",
        "wed",
        "proceed",
        "exceed",
        "succeed",
        "embed",
        "shred",
        "sled",
        "bred",
        "wicked",
        "naked",
        "sacred",
        "crooked",
        "wretched",
    ]
)
#: Past forms that say a task moved or stays open, not that it is done.
_NOT_DONE_STATES: Final = frozenset(
    [
        "declined",
        "rejected",
        "refused",
        "bounced",
        "failed",
        "missed",
        "blocked",
        "stuck",
        "denied",
        "postponed",
        "delayed",
        "cancelled",
        "canceled",
        "planned",
        "needed",
        "required",
        "expected",
        "moved",
        "rescheduled",
        "pushed",
        "added",
        "created",
        "tagged",
        "called",
        "named",
        "overdue",
    ]
)
#: How one feels, in words that look like a thing done: ``so tired today`` says nothing of a
#: task.
FEELINGS: Final = frozenset(
    [
        "tired",
        "exhausted",
        "knackered",
        "shattered",
        "stressed",
        "bored",
        "worried",
        "annoyed",
        "excited",
        "relieved",
        "pleased",
        "chuffed",
        "gutted",
        "devastated",
        "disappointed",
        "scared",
        "frustrated",
        "overwhelmed",
    ]
)
_NOT_A_DONE_STATE: Final = _NOT_DONE_STATES | FEELINGS
#: A question, not a statement: ``did I pay the bill``, ``is the car washed``.
_QUESTION: Final = re.compile(
    r"^(?:(?:did|do|does|have|has|had)(?=\s++(?:i|you|we|they|he|she|it|my|our)\b)|is|are|was|"
    r"were|what|which|when|why|how|who|where|can|could|should|would|will|shall|am)\b",
    _FLAGS,
)
#: Words that ask for something to be seen to, so what follows is no fact: ``make sure the
#: plants are watered``, ``don't forget the bins are collected early``, ``get the car washed``.
_SEE_TO_IT: Final = re.compile(
    r"^(?:please\s++|pls\s++)?(?:(?:make\s++sure|ensure|be\s++sure|remember|don'?t\s++forget|"
    r"do\s++not\s++forget|check|see\s++(?:that|to\s++it))\b|(?:get|have)\s++(?=(?:the|my|our|a|an)\s))",
    _FLAGS,
)
#: ``Have cleaned the oven``: a statement without its ``I``, not a question.
_HAVE_DONE: Final = re.compile(
    rf"^have\s++(?:(?:already|just|finally)\s++)*+(?:{_IRREGULAR_PAST}|[a-z]{{2,30}}ed)\s++(?!i\b|you\b)",
    _FLAGS,
)
#: ``got the tax return done``: a statement, though ``got`` may start a question about a list.
GOT_DONE_FIRST: Final = re.compile(
    r"^(?:(?:i|we)\s++)?(?:(?:finally|just|already)\s++)*+got\s", _FLAGS
)
_PAST_WORD: Final = re.compile(rf"^(?:{_IRREGULAR_PAST}|[a-z]{{2,30}}ed)$", _FLAGS)
_LEAD: Final = (
    r"(?P<lead>(?:(?:already|just|finally)\s++)?(?:(?:i|we|they|he|she|someone|somebody|"
    r"my\s++[a-z]++|our\s++[a-z]++|the\s++(?:kids|children|boys|girls|team|twins))"
    r"(?:'ve|'d|\s++have|\s++has|\s++had)?\s++|have\s++)?(?:(?:already|just|finally|"
    r"also|actually|really|even|at\s++last)\s++)*+)"
)
#: Verbs whose past is their present (``put the bins out`` is a request): a statement only
#: after ``I``, ``we``, ``already`` or ``just``.
_SAME_IN_THE_PAST: Final = frozenset(
    ["put", "set", "cut", "shut", "read", "hit", "let", "quit", "spread", "cost", "hurt"]
)
#: What may follow a statement's task: ``already``, ``last night``, ``at 5``. At most six of
#: them, so that a pattern ending in them stays linear: a task's words are found by trying each
#: end in turn, and an unbounded run of ``at 5 at 5 …`` would be read again at every one.
_ADVERBS: Final = (
    r"(?:[\s,]++(?:already|now|today|yesterday|this morning|last night|at last|finally|just now|"
    r"last (?:week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:on|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this week|"
    r"yesterday (?:morning|afternoon|evening)|a (?:while|few days|couple of days) ago|"
    r"(?:\d{1,2}|two|three|a few) days ago|as planned|as promised|as agreed|on time|"
    r"yet|on (?:my|the) way (?:home|back|in|out|to work)|after work|before work|at lunch|"
    r"over lunch|in the end|earlier today|this afternoon|this evening|thank god|phew|"
    r"for (?:this|the) (?:month|week|year)|for now|over the (?:phone|weekend|holidays?|break)|"
    r"on the phone|online|in person|by (?:post|e-?mail|phone)|earlier on|lol|yay|thank goodness|"
    r"at \d{1,2}(?:[:.]\d{2})?(?:\s?[ap]m)?|(?:yesterday|last) (?:morning|afternoon|evening|night)|"
    r"no (?:tears|problems?|drama|issues?|fuss|worries|hassle)|"
    r"in the (?:morning|afternoon|evening)|itself|\d{1,2}[:.]\d{2}|"
    r"on (?:the )?(?:night|day|early|late) shift|"
    r"earlier|too|as well|btw|by the way|"
    # how long and where it was done: "all set for the winter", "checked at the garage" (a day
    # it is for, "booked for friday", may be news of an appointment, not of a task done)
    r"for the (?:winter|summer|spring|autumn|season|year)|"
    r"(?:at|from|via|through) the [\w'-]++)\b){0,6}+"
)
#: ``paid the electricity bill already``, ``I've called mom``, ``just booked the flights``.
_DID: Final = re.compile(
    rf"^{_LEAD}(?P<verb>[a-z']++)(?:\s++(?:up|out|off|in|back|down|over|through|away|with))?"
    rf"\s++{_REF}{_ADVERBS}$",
    _FLAGS,
)
#: ``Tom took the recycling out``: someone named did it (tried when no other reading is).
_NAMED_DID: Final = re.compile(r"^(?-i:[A-Z][a-z]{1,20})\s++(?=[a-z]{2,}(?:ed)?\s)")
#: ``finally got the passport renewed``, ``got the tax return done at last``.
_GOT_DONE: Final = re.compile(
    rf"^{_LEAD}(?:got|have got|'ve got|had)\s++{_REF}\s++(?P<state>done|finished|sorted(?: out)?|"
    rf"fixed|[a-z]{{2,30}}ed|{_IRREGULAR_PAST})(?:\s++(?:off|in|out|through|away|back))?{_ADVERBS}$",
    _FLAGS,
)
#: ``just crossed the plumber off``: the particle after the task.
_CROSSED_OFF: Final = re.compile(
    rf"^{_LEAD}(?P<verb>crossed|ticked|checked|struck|knocked|signed)\s++{_REF}\s++off{_ADVERBS}$",
    _FLAGS,
)
#: A repeat said, never a move: ``repeat every 3 days``.
_REPEAT_SAID: Final = re.compile(r"\b(?:repeat(?:s|ing)?|recur(?:s|ring)?|every|each)\b", _FLAGS)
#: ``paid the water bill but not the gas one``: only what comes before ``but not``.
_BUT_NOT: Final = re.compile(r"[\s,;]++but\s++not\b.*$", _FLAGS)
#: What a statement's words may start with that names no task: ``that's the passport renewed``.
_STATEMENT_LEAD: Final = re.compile(
    r"^(?:(?:so|and|ok|okay|well)\s++)*+(?:that'?s|that\s++is|there'?s)\s++|"
    r"^(?:i\s++am|i'?m|we\s++are|we'?re)\s++(?:very\s++)?(?:pleased|happy|glad|delighted|relieved|"
    r"proud)\s++to\s++(?:report|say|tell\s++you|confirm|announce)\s++(?:that\s++)?|"
    r"^(?:(?:quick\s++)?update|fyi|news|status|btw|good\s++news)\s*+[:,\-–—!]\s*+",
    _FLAGS,
)
#: The same said again at the end: ``I booked the flights, so that one's finished``.
_SAID_AGAIN: Final = re.compile(
    r"[\s,;]++(?:so\s++)?(?:that|it)(?:\s++one)?(?:'s|\s++is)\s++(?:done|finished|sorted|"
    r"complete|completed|off\s++(?:the\s++list|my\s++plate|my\s++list))[\s.!]*+$",
    _FLAGS,
)
#: Chatter after a statement: ``…, so that's one less thing to worry about``, ``…, so you
#: can tick that off``.
_CHATTER_AFTER: Final = re.compile(
    r"[\s,;.!]++(?:so\s++|and\s++)?(?:that'?s|that\s++is|which\s++is)\s++one\s++(?:less\s++)?"
    r"(?:thing|job|task)\b.{0,80}$|[\s,;.!]++(?:so\s++)?(?:you\s++can|feel\s++free\s++to|please)"
    r"\s++(?:tick|cross|check|mark|strike|take)\s++(?:that|it|this)\b.{0,40}$",
    _FLAGS,
)
#: ``Tax declaration I already sent``: the task said first, then who did it and the verb.
_THING_THEN_I_DID: Final = re.compile(
    rf"^{_REF}\s++(?:i|we)(?:'ve|\s++have|\s++had)?\s++(?:(?:already|just|finally)\s++)*+"
    rf"(?P<state>{_IRREGULAR_PAST}|[a-z]{{2,30}}ed){_ADVERBS}$",
    _FLAGS,
)
#: ``the tickets, I've bought them already``, ``dentist — booked it``: the task said first, then
#: what was done to it.
_FRONTED: Final = re.compile(
    rf"^{_REF}\s*+[,:;\-–—]*+\s*+(?:(?:i|we)(?:'ve|\s++have|\s++had)?\s++)?"
    rf"(?:(?:already|just|finally)\s++)*+(?P<state>{_IRREGULAR_PAST}|[a-z]{{2,30}}ed)\s++"
    r"(?:it|them|that|this|those)(?:\s++(?:off|out|in|up|back|over|away))?"
    rf"{_ADVERBS}$",
    _FLAGS,
)
#: Words that only soften a statement: ``isn't actually finished``.
_HEDGES: Final = re.compile(r"\b(?:actually|really|quite|even|totally|fully)\b", _FLAGS)
#: Where a statement's task words end: ``returned the parcel at the post office``.
_PLACE_TAIL: Final = re.compile(
    r"\s++(?:at|to|from|in|into|on|with|for)\s++(?:the|a|an|my|our)\s++[\w'-]++(?:\s++[\w'-]++)?$|"
    r"\s++(?:out|off|up|away|back|over)$",
    _FLAGS,
)
_STATE: Final = (
    r"(?:done|finished|complete|completed|sorted|sorted out|handled|taken care of|dealt with|"
    r"over|ticked off|checked off|crossed off|out of the way|all set|clean|tidy|ready|"
    rf"{_IRREGULAR_PAST}|[a-z]{{2,30}}ed)"
)
#: ``the car is washed``, ``the report has been sent``, ``taxes are sorted``, ``the termbase is
#: up to date now`` (``mum is back`` says nothing done: she may be a task's word).
_IS_DONE: Final = re.compile(
    rf"^{_REF}(?:\s++(?:is|are|'s|was|were|has been|have been|got|is now|are now)|'s|'re)\s++"
    r"(?:all\s++|now\s++|finally\s++|already\s++|been\s++|actually\s++|really\s++|fully\s++|"
    rf"after\s++being\s++|after\s++)*+(?P<state>{_STATE}|up\s++to\s++date)"
    rf"(?:\s++(?:up|off|out|through|away))?{_ADVERBS}$",
    _FLAGS,
)
#: ``slides: done``, ``slides - done``, ``slides done``, ``slides ✓``.
_MARKED: Final = re.compile(
    rf"^{_REF}\s*+(?:[:\-–—]\s*+)?(?:done and dusted|all done|done|finished|complete|completed|"
    r"(?<=:\s)check|(?<=:)check|checked|signed off|wrapped up|sorted out|taken care of|"
    r"handled|submitted|sent off|paid|(?<=:\s)[a-z]{2,30}ed|(?<=:)[a-z]{2,30}ed|"
    rf"(?<=:\s){_IRREGULAR_PAST}|(?<=:){_IRREGULAR_PAST}|"
    r"sorted|in the bag|out of the way|ticked off|✓|✔|✅)"
    r"(?:\s++(?:to|for|with|by|on|in)\s++(?:the\s++|a\s++|an\s++|my\s++|our\s++)?[\w'-]++)?"
    rf"{_ADVERBS}$",
    _FLAGS,
)
#: ``plants watered``, ``car washed``: a few words and a past form.
_BARE_PARTICIPLE: Final = re.compile(
    rf"^(?P<ref>(?:[\w'-]++\s++){{0,3}}[\w'-]++)\s++(?P<state>taken care of|dealt with|"
    rf"sorted out|out of the way|{_IRREGULAR_PAST}|[a-z]{{2,30}}ed)"
    r"(?:\s++(?:to|for|off|out|in|on|at|with)\s++[\w'-]++(?:\s++[\w'-]++)?|"
    r"\s++(?:in|off|out|up|over|away|back|through))?"
    rf"{_ADVERBS}$",
    _FLAGS,
)
#: Said of a task that is not done: ``I haven't paid the bill yet``, ``the car isn't washed``,
#: ``the pool was cleaned in May, needs doing again``.
_NEGATED: Final = re.compile(
    r"\b(?:not|haven'?t|hasn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|never|no longer|"
    r"yet to|still need|still have to|needs?\s++(?:doing|redoing|to\s++be\s++redone)|"
    r"needs?\s++to\s++be\s++done\s++again)\b",
    _FLAGS,
)
#: Said in another part of a message, the task is to be done again: no part of it says "done".
TO_DO_AGAIN: Final = re.compile(
    r"\bneeds?\s++(?:doing|redoing|to\s++be\s++redone|to\s++be\s++done\s++again)\b|"
    r"\b(?:do|does)\s++it\s++again\b",
    _FLAGS,
)
#: What is never a task named in a statement: ``all done``, ``that's done``, ``I'm done``.
_NOT_A_TASK: Final = re.compile(
    r"^(?:all|everything|i|i'?m|we|we'?re|you|it|that|this|we are|i am|that'?s|it'?s|well|"
    r"good job|great job|nicely|job|all of it|all of them|them|today|tonight|now|again)$",
    _FLAGS,
)


@dataclass(frozen=True)
class DoneStatement:
    """A task said to be done (``negated``: said not to be); ``stems`` are how the verb said
    may start a word of its title (``called`` → ``call``), to choose among several matches."""

    words: str
    negated: bool
    stems: tuple[str, ...] = ()


#: The present forms of the irregular past forms, as titles write them.
_PRESENT: Final = {
    "paid": "pay",
    "bought": "buy",
    "sent": "send",
    "did": "do",
    "wrote": "write",
    "made": "make",
    "took": "take",
    "went": "go",
    "got": "get",
    "gave": "give",
    "met": "meet",
    "rang": "call",
    "fed": "feed",
    "built": "build",
    "sold": "sell",
    "told": "tell",
    "drove": "drive",
    "ran": "run",
    "ate": "eat",
    "threw": "throw",
    "chose": "choose",
    "spoke": "speak",
    "brought": "bring",
    "caught": "catch",
    "found": "find",
    "spent": "spend",
    "swept": "sweep",
    "hung": "hang",
    "dug": "dig",
    "woke": "wake",
    "sang": "sing",
    "taught": "teach",
    "left": "leave",
    "drank": "drink",
    "wore": "wear",
    "tore": "tear",
    "written": "write",
    "gone": "go",
    "taken": "take",
    "given": "give",
    "eaten": "eat",
    "driven": "drive",
    "chosen": "choose",
    "thrown": "throw",
    "shown": "show",
    "sewn": "sew",
    "mown": "mow",
    "frozen": "freeze",
    "drawn": "draw",
    "grown": "grow",
    "seen": "see",
    "won": "win",
}


#: The irregular past forms a statement may say (``paid``, ``rang``, ``written``).
PAST_FORMS: Final = frozenset(_PRESENT)


def stems_of(verb: str) -> tuple[str, ...]:
    """Return how a past form's verb may begin a title's word: ``called`` → ``call``,
    ``baked`` → ``bak`` (``bake``), ``stopped`` → ``stopp``, ``stop``; ``paid`` → ``pay``."""
    word = verb.lower()
    if word in _PRESENT:
        return (_PRESENT[word],)
    if word.endswith("ied") and len(word) > 4:
        return (word[:-3] + "y",)
    if word.endswith("ed") and len(word) > 4:
        stems = [word[:-2]]
        if len(word) > 5 and word[-3] == word[-4]:
            stems.append(word[:-3])
        return tuple(stems)
    return (word,) if word.isalpha() and len(word) > 2 else ()


def read_done_statement(text: str) -> DoneStatement | None:
    """Return the task a statement of fact says is done: ``paid the electricity bill already``
    names ``the electricity bill``; ``the car is washed`` names ``the car``.

    A negation is read in its own sentence: an aside (``The car is washed. Not that anyone
    will notice.``) does not negate the sentence before it."""
    whole = _done_statement(text)
    if whole is None or not whole.negated:
        return whole
    sentence = stated_sentence(text)
    return _done_statement(sentence) if sentence != text else whole


def stated_sentence(text: str) -> str:
    """Return the first sentence of ``text`` that says plainly something is done (``The car is
    washed.`` of ``The car is washed. Not that anyone will notice.``), else ``text``."""
    for sentence in _SENTENCE_BREAK.split(text, maxsplit=_MOST_SENTENCES)[:_MOST_SENTENCES]:
        found = _done_statement(sentence.strip(" .!"))
        if found is not None and not found.negated:
            return sentence.strip(" .!")
    return text


#: A task given up on: it was not done, and taking it off is not said.
_GAVE_UP: Final = re.compile(r"\b(?:gave|given|give|giving)\s++up\b", _FLAGS)
#: How well someone did, not what they did: ``the squad smashed it``.
_DID_WELL: Final = re.compile(r"\b(?:smashed|nailed|killed|aced|crushed)\s++it\b", _FLAGS)
#: Where one sentence ends and another begins.
_SENTENCE_BREAK: Final = re.compile(r"(?<=[a-z)'\]])[.!]++\s++(?=[A-Za-z])")
#: The most sentences of a message read one by one.
_MOST_SENTENCES: Final = 4


def _done_statement(text: str) -> DoneStatement | None:
    """Return the task one statement says is done (see :func:`read_done_statement`)."""
    if _QUESTION.match(text) and not _HAVE_DONE.match(text):  # "have cleaned the oven"
        return None
    if _SEE_TO_IT.match(text):  # "make sure the plants are watered": asked for, not done
        return None
    if _GAVE_UP.search(text) or _DID_WELL.search(text):  # "given up on the gym", "smashed it"
        return None
    kept = _BUT_NOT.sub("", text, count=1)  # "paid the water bill but not the gas one yet"
    if _NEGATED.search(kept) is None:
        text = kept
    negated = _NEGATED.search(text) is not None
    plain = _NEGATED.sub(" ", text) if negated else text
    plain = _HEDGES.sub(" ", plain.replace("n't", " "))
    plain = _STATEMENT_LEAD.sub("", " ".join(plain.split()), count=1)
    plain = _SAID_AGAIN.sub("", _CHATTER_AFTER.sub("", plain, count=1), count=1)
    crossed = _CROSSED_OFF.match(plain)
    if crossed is not None and not _NOT_A_TASK.match(crossed.group("ref")):
        return DoneStatement(_task_words(crossed.group("ref")), negated, ())
    for pattern in (_GOT_DONE, _IS_DONE, _MARKED, _THING_THEN_I_DID, _BARE_PARTICIPLE, _FRONTED):
        found = pattern.match(plain)
        state = (found.groupdict().get("state") or "").lower() if found is not None else ""
        if (
            found is not None
            and state not in _NOT_A_DONE_STATE
            and not _NOT_A_TASK.match(found.group("ref"))
            and "," not in found.group("ref")  # a task's words do not run across clauses
        ):
            ref = found.group("ref")
            said_first = _IS_DONE.match(ref) if pattern is _FRONTED else None
            if said_first is not None:  # "the bike is repaired now, I've got it back"
                ref, state = said_first.group("ref"), said_first.group("state").lower()
            words = _task_words(ref)
            if state in _DONE_WHEN_DATED and not _UNDONE_AFTER.search(plain):
                words = _VERB_LEFT.sub("", words, count=1) or words  # "the test is booked for …"
            return DoneStatement(words, negated, stems_of(state))
    did = _DID.match(plain)
    named = _NAMED_DID.match(plain)
    if named is not None and (did is None or not _PAST_WORD.match(did.group("verb"))):
        did = _DID.match(plain[named.end() :]) or did
    if did is not None:
        verb = did.group("verb").lower()
        plain_present = verb in _SAME_IN_THE_PAST and not did.group("lead")
        # "I didn't finish the essay": after a negation the verb is in its plain form.
        lead = (did.group("lead") or "").lower()
        # "I didn't finish the essay": after a negation the verb is in its plain form, and
        # so it often is after "already" ("I have already call the insurance").
        said_past = _PAST_WORD.match(verb) or (
            lead and (negated or "already" in lead or "have" in lead.split())
        )
        if (
            verb not in _NOT_PAST
            and verb not in FEELINGS  # "really stressed today"
            and not plain_present
            and said_past
            and not _NOT_A_TASK.match(did["ref"])
        ):
            words = _task_words(_first_clause(did["ref"]))
            if verb in _DONE_WHEN_DATED and not _UNDONE_AFTER.search(plain):
                words = _VERB_LEFT.sub("", words, count=1) or words  # "the test is booked for …"
            return DoneStatement(words, negated, stems_of(verb))
    return None


def _first_clause(ref: str) -> str:
    """Return a statement's words up to a comma that starts news of its own (``the range
    membership, card arriving friday``); a list of things (``the gas, water and phone bills``)
    stays whole."""
    head, comma, rest = ref.partition(",")
    if comma and head.strip() and NEWS.search(rest) and not _A_LIST_GOES_ON.search(rest):
        return head
    return ref


#: Words that carry a list on after a comma: ``…, water and phone bills``.
_A_LIST_GOES_ON: Final = re.compile(r"(?:^|\s)(?:and|&|or|plus)\s", _FLAGS)
#: Words of something on its way, as a fragment: ``coming``, ``arriving``, ``on its way``.
ON_ITS_WAY: Final = (
    r"(?:coming|arriving|arrives|landing|lands|turning\s++up|being\s++delivered|"
    r"on\s++(?:its|their)\s++way)"
)
#: News after a fact, not a request: something on its way or done by someone (``card arriving
#: friday``, ``AME signed it off today``). ``…, get new ones cut`` is no news: it is asked.
NEWS: Final = re.compile(
    rf"\b(?:{ON_ITS_WAY}|arrived|delivery|delivered|due\s++in|came|comes|signed|sent|went|gone|"
    r"got\s++back|turned\s++up)\b",
    _FLAGS,
)


def _task_words(ref: str) -> str:
    """Return a statement's words about its task without a place at their end: ``the parcel
    at the post office`` is ``the parcel`` (the title rarely says where it was done)."""
    shorter = _PLACE_TAIL.sub("", ref, count=1)
    return shorter if shorter.strip() else ref


#: What undoes or doubts a booking said before it: ``…, but they cancelled``, ``…, maybe``.
_UNDONE_AFTER: Final = re.compile(
    r"\b(?:but|cancel\w*+|postponed|called\s++off|maybe|perhaps|provisional\w*+|pencil\w*+|"
    r"hopefully|fingers)\b",
    _FLAGS,
)
#: The verbs of a thing done whose statement may name its task with the verb that said it
#: left off (:data:`_VERB_LEFT`).
_DONE_WHEN_DATED: Final = frozenset(
    {"booked", "paid", "ordered", "sent", "arranged", "confirmed", "renewed", "submitted"}
)
#: A verb left at the end of a statement's words about its task, when a date follows what was
#: done: ``the mock test is`` of ``the mock test is booked for the 3rd``. Only after the verbs
#: of :data:`_DONE_WHEN_DATED`: ``the printer is broken since Monday`` names no task done.
_VERB_LEFT: Final = re.compile(
    r"\s++(?:is|are|was|were|(?:has|have|had)(?:\s++been)?|been|got|get|gets)$", _FLAGS
)


#: How many levels a priority moves, by the words that move it.
_UP: Final = (
    r"(?:up(?:\s++(?:a|one)(?:\s++(?:level|notch|step|bit|priority level|peg))?)?|"
    r"(?:(?:a|one)\s++(?:step|notch|level|bit)\s++)?higher(?:\s++priority)?|"
    r"(?:(?:a|one)\s++(?:step|notch|level|bit)\s++|a\s++little\s++|a\s++bit\s++|slightly\s++)?"
    r"(?:more urgent|more important|more pressing)|"
    r"a higher priority|higher priority|up in priority|more priority)"
)
_DOWN: Final = (
    r"(?:down(?:\s++(?:a|one)(?:\s++(?:level|notch|step|bit|priority level|peg))?)?|"
    r"(?:(?:a|one)\s++(?:step|notch|level|bit)\s++)?lower(?:\s++priority)?|"
    r"(?:(?:a|one)\s++(?:step|notch|level|bit)\s++|a\s++little\s++|a\s++bit\s++|slightly\s++)?"
    r"(?:less urgent|less important|less pressing|less of a priority)|"
    r"a lower priority|lower priority|down in priority|less priority|not so urgent|not as urgent|"
    r"not (?:so|as|that) pressing)"
)
_RAISE: Final = (
    r"(?:raise|increase|boost|bump up|up|escalate|upgrade|lift|knock up|crank up|ramp up|turn up|"
    r"push up|buff)"
)
_LOWER: Final = (
    r"(?:lower|decrease|reduce|drop|bump down|downgrade|knock down|tone down|turn down|dial down|"
    r"nerf|deprioriti[sz]e)"
)
#: How much a priority moves, said after the move: ``a notch``, ``one level``.
_NOTCH: Final = (
    r"(?:\s++by\s++(?:a|one)(?:\s++(?:notch|level|step|bit|peg))?|"
    r"\s++(?:a|one)\s++(?:notch|level|step|bit|peg))?"
)
#: The same, said: ``one notch``, ``by a level``.
_NOTCH_SAID: Final = r"\s++(?:by\s++)?(?:a|one)\s++(?:notch|level|step|peg)"
#: ``more priority``, as an amount to give a task.
_MORE: Final = r"(?:a\s++bit\s++|a\s++little\s++)?more\s++priority"
_MOVERS: Final = r"(?:bump|move|kick|push|nudge|bring|make|set|put|knock|drop|take|turn|dial)"
#: A task's words never start with a request's verb: ``make it low priority, it's not …``.
_VERB_FIRST: Final = re.compile(
    r"^(?:make|set|put|move|change|mark|give|bump|push|drop|add|please)\b", _FLAGS
)
#: ``…, bump it up`` / ``… - tone it down``: the same said again of "it" (or "them", a task
#: named in the plural: ``the pies``), after the task.
_AGAIN_WITH_IT: Final = (
    r"(?:\s*+[,;]|\s++[-–—])\s*+(?:so\s++)?(?:please\s++)?(?:bump|move|push|knock|tone|turn|drop|"
    r"take|dial|crank|put|lower|raise|reduce|increase|boost|lift|downgrade|upgrade|"
    r"deprioriti[sz]e|prioriti[sz]e|escalate)\s++(?:it|them|its\s++priority)(?:\s++(?:up|down))?"
    r"(?:\s++(?:a|one)(?:\s++(?:level|notch|step|bit|peg))?)?"
)
#: Said after a priority's change: ``now``, ``after all``, ``than I thought``.
_AFTERTHOUGHT: Final = (
    r"(?:\s++(?:now|after\s++all|than\s++(?:i|we)\s++(?:thought|expected|reali[sz]ed)|"
    r"anymore|any\s++more|really|for\s++now|at\s++the\s++moment|right\s++now))?"
)
_STEPS: Final = (
    (1, re.compile(rf"^{_MOVERS}\s++{_REF}\s++{_UP}$", _FLAGS)),
    (1, re.compile(rf"^(?:bump|move|kick|push|nudge|knock)\s++up\s++{_REF}{_NOTCH}$", _FLAGS)),
    (1, re.compile(rf"^(?:escalate|upgrade)\s++{_REF}{_NOTCH}$", _FLAGS)),
    (
        1,
        re.compile(
            rf"^{_RAISE}\s++(?:the\s++)?priority\s++(?:of|on|for)\s++{_REF}{_NOTCH}$", _FLAGS
        ),
    ),
    (1, re.compile(rf"^{_RAISE}\s++{_REF}(?:'s|s')?\s++priority{_NOTCH}$", _FLAGS)),
    (
        1,
        re.compile(
            rf"^{_REF}(?:(?:\s++is|\s++can\s++be|'s|\s++are)\s++(?:now\s++)?{_UP}|"
            rf"\s++(?:can|could|should|may)\s++(?:go|move|come|step)\s++up{_NOTCH_SAID})"
            rf"{_AFTERTHOUGHT}(?:{_AGAIN_WITH_IT})?$",
            _FLAGS,
        ),
    ),
    (
        1,
        re.compile(
            rf"^{_REF}\s++(?:matters|counts)\s++more(?:\s++(?:now|than\s++i\s++thought))?"
            rf"(?:{_AGAIN_WITH_IT})?$",
            _FLAGS,
        ),
    ),
    (1, re.compile(rf"^(?:put|give|add)\s++{_MORE}\s++(?:on|to)\s++{_REF}$", _FLAGS)),
    (1, re.compile(rf"^(?:give|put)\s++{_REF}\s++{_MORE}$", _FLAGS)),  # "give X more priority"
    (  # "the report for Marcos, put more priority please"
        1,
        re.compile(
            rf"^{_REF}\s*+[,:]\s*+(?:please\s++)?(?:put|give)\s++(?:it\s++)?{_MORE}"
            r"(?:\s++(?:on|to)\s++it)?(?:\s++please)?$",
            _FLAGS,
        ),
    ),
    (-1, re.compile(rf"^{_MOVERS}\s++{_REF}\s++{_DOWN}$", _FLAGS)),
    (-1, re.compile(rf"^{_LOWER}\s++{_REF}{_NOTCH_SAID}$", _FLAGS)),  # "lower X one notch"
    (1, re.compile(rf"^{_RAISE}\s++{_REF}{_NOTCH_SAID}$", _FLAGS)),
    (-1, re.compile(rf"^(?:bump|move|kick|push|nudge|knock)\s++down\s++{_REF}{_NOTCH}$", _FLAGS)),
    (
        -1,
        re.compile(
            rf"^{_LOWER}\s++(?:the\s++)?priority\s++(?:of|on|for)\s++{_REF}{_NOTCH}$", _FLAGS
        ),
    ),
    (-1, re.compile(rf"^{_LOWER}\s++{_REF}(?:'s|s')?\s++priority{_NOTCH}$", _FLAGS)),
    (
        -1,
        re.compile(
            rf"^{_REF}(?:\s++(?:is|are|can\s++be)\s++(?:now\s++)?{_DOWN}|"
            rf"\s++(?:can|could|should|may)\s++(?:drop|go|come|move|slip)\s++down{_NOTCH_SAID}|"
            r"\s++can\s++wait"
            r"(?:\s++(?:a\s++bit|a\s++while|for\s++now))?|\s++(?:matters|counts)\s++less)"
            rf"{_AFTERTHOUGHT}(?:{_AGAIN_WITH_IT})?$",
            _FLAGS,
        ),
    ),
    (
        -1,
        re.compile(
            rf"^{_REF}(?:\s++is\s++not|\s++isn'?t|'s\s++not|\s++is\s++no\s++longer|"
            r"\s++ain'?t|\s++are\s++not|\s++aren'?t)\s++"
            r"(?:that\s++|so\s++|very\s++|as\s++)?(?:urgent|important|pressing|a\s++priority|"
            r"a\s++big\s++deal|high\s++priority)"
            rf"{_AFTERTHOUGHT}(?:{_AGAIN_WITH_IT})?$",
            _FLAGS,
        ),
    ),
)

_AMOUNT: Final = (
    r"(?:by\s++|of\s++)?(?:(?P<n>a|an|one|two|three|four|five|six|seven|a couple of|a few|\d{1,3})"
    r"\s++(?P<unit>days?|weeks?|months?|hours?|hrs?|minutes?|mins?|fortnights?)|"
    r"(?P<half>half\s++an\s++hour|"
    r"a\s++quarter\s++of\s++an\s++hour|an\s++hour\s++and\s++a\s++half))"
)
_LATER: Final = r"(?:more\s++late|later|back|out|further|more|after|late)"
_EARLIER: Final = r"(?:earlier|forward|sooner|ahead|before)"
_EARLIER_WORD: Final = re.compile(rf"{_EARLIER}|in|advance|prepone|anticipate", _FLAGS)
_SHIFT_VERB: Final = (
    r"(?:push|move|shift|bump|put|delay|postpone|defer|slide|kick|slip|reschedule|make|have|"
    r"do|get|bring)"
)
_SHIFTS: Final = (
    # "move the project proposal earlier by 2 days", "push the report later by a week"
    re.compile(rf"^{_SHIFT_VERB}\s++{_REF}\s++(?P<dir1>{_LATER}|{_EARLIER})\s++{_AMOUNT}$", _FLAGS),
    # "can I get an extra week on the essay draft", "two more days for the report"
    re.compile(
        r"^(?:(?:can|could|may)\s++(?:i|we)\s++(?:get|have)\s++|i\s++need\s++|give\s++me\s++)?"
        r"(?:an?\s++)?(?:extra\s++|more\s++|another\s++)?(?P<n>a|an|one|two|three|four|five|\d{1,3})?"
        r"\s*+(?:extra\s++|more\s++)?(?P<unit>days?|weeks?)\s++(?:more\s++|extra\s++)?(?:on|for)\s++"
        rf"{_REF}$",
        _FLAGS,
    ),
    # "can the dentist be two days earlier", "the dentist could be a week later", "the pitch
    # booking can come forward a day"
    *(
        re.compile(
            rf"^{asked}\s++(?:be\s++(?:moved\s++|pushed\s++|brought\s++|put\s++)?|come\s++|go\s++|"
            r"move\s++|slip\s++)"
            rf"(?:(?P<dir1>back|forward|out|ahead)\s++)?{_AMOUNT}"
            rf"(?:\s++(?P<dir2>{_LATER}|{_EARLIER}))?$",
            _FLAGS,
        )
        for asked in (
            rf"(?:can|could|should|would)\s++{_REF}",
            rf"{_REF}\s++(?:can|could|should|would)",
        )
    ),
    re.compile(
        rf"^{_SHIFT_VERB}\s++(?P<dir1>back|forward|out|ahead)\s++{_REF}\s++{_AMOUNT}$", _FLAGS
    ),
    re.compile(
        rf"^{_SHIFT_VERB}\s++{_REF}\s++(?:(?P<dir1>back|forward|out|ahead)\s++)?{_AMOUNT}"
        rf"(?:\s++(?P<dir2>{_LATER}|{_EARLIER}))?$",
        _FLAGS,
    ),
    re.compile(rf"^(?:bring|pull)\s++{_REF}\s++(?P<dir1>forward|ahead|in)\s++{_AMOUNT}$", _FLAGS),
    # "advance the plumber of one day", "prepone the review by 2 days"
    re.compile(rf"^(?P<dir1>advance|prepone|anticipate)\s++{_REF}\s++{_AMOUNT}$", _FLAGS),
    re.compile(rf"^{_REF}\s++{_AMOUNT}\s++(?P<dir2>{_LATER}|{_EARLIER})$", _FLAGS),
    re.compile(
        rf"^(?:i\s++)?(?:need|want)\s++{_REF}\s++(?:done|finished|ready|sorted)\s++{_AMOUNT}"
        rf"\s++(?P<dir2>{_LATER}|{_EARLIER})$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:give\s++me|i\s++need|i'?d\s++like|i\s++want|can\s++i\s++have|let\s++me\s++have)"
        r"\s++(?:(?P<n>one|two|three|a few|a couple of|\d{1,2})\s++more|another|an\s++extra)"
        r"\s++(?P<unit>days?|weeks?)\s++(?:on|for|with)\s++(?P<ref>.*?\S)$",
        _FLAGS,
    ),
    re.compile(
        rf"^(?:(?:make|do|move|push|put)\s++(?P<ref>it|that|that one|this one)\s++)?{_AMOUNT}"
        rf"\s++(?P<dir2>{_LATER}|{_EARLIER})(?:\s++(?:instead|then))?$",
        _FLAGS,
    ),
)
#: ``make the reminder for the vet half an hour earlier``, ``move my dentist reminder 10 minutes
#: later``: what follows the reminder is read as a shift of it.
_REMINDER_SHIFT: Final = re.compile(
    r"^(?:make|move|push|bring|put|shift|set|snooze|delay)\s++(?:the\s++|my\s++)?(?:(?:reminder|alert|alarm)"
    r"\s++(?:for|on|of|about)\s++(?P<ref>.+?\S)|(?P<owner>.+?\S)(?:'s)?\s++(?:reminder|alert|alarm))"
    r"\s++(?P<rest>(?:by\s++)?(?:a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|half|"
    r"\d{1,3})\b.*)$",
    _FLAGS,
)
_HALVES: Final = {
    "half an hour": 30,
    "a quarter of an hour": 15,
    "an hour and a half": 90,
}
#: Amounts in words: the dates' numbers, and a couple or a few.
_NUMBERS: Final = {**NUMBER_WORDS, "a couple of": 2, "a few": 3}


@dataclass(frozen=True)
class Shift:
    """A task moved relative to itself: priority levels up (+) or down (−), days later (+) or
    earlier (−), or months."""

    words: str
    levels: int = 0
    days: int = 0
    months: int = 0
    minutes: int = 0
    #: The reminder moves, not the due date.
    reminder: bool = False


def read_shift(text: str) -> Shift | None:
    """Return a relative edit: ``bump the dentist up a level`` is one level up;
    ``push the dentist back a week`` is 7 days later; ``a day later`` moves ``it``;
    ``make the reminder for the vet half an hour earlier`` moves a reminder."""
    if _REPEAT_SAID.search(text):  # "make it repeat every 3 days" is a repeat, not a move
        return None
    moved_reminder = _REMINDER_SHIFT.match(text)
    if moved_reminder is not None:
        ref = moved_reminder.group("ref") or moved_reminder.group("owner")
        shifted = read_shift(f"move {ref} {moved_reminder.group('rest')}")
        return None if shifted is None else replace(shifted, reminder=True)
    for levels, pattern in _STEPS:
        found = pattern.match(text)
        ref_first = pattern.pattern.startswith("^(?P<ref>")
        if found is not None and not (ref_first and _VERB_FIRST.match(found.group("ref"))):
            return Shift(found.group("ref"), levels=levels)
    for pattern in _SHIFTS:
        found = pattern.match(text)
        if found is None:
            continue
        groups = found.groupdict()
        direction = (groups.get("dir2") or groups.get("dir1") or "later").lower()
        sign = -1 if _EARLIER_WORD.fullmatch(direction) else 1
        ref = groups.get("ref") or "it"
        if groups.get("half"):
            minutes = _HALVES[" ".join(groups["half"].lower().split())]
            return Shift(ref, minutes=sign * minutes)
        said = (groups.get("n") or "one").lower()
        amount = _NUMBERS.get(said) or int(said)
        unit = groups["unit"].lower().rstrip("s")
        if unit == "month":
            return Shift(ref, months=sign * amount)
        if unit == "fortnight":
            return Shift(ref, days=sign * amount * 14)
        if unit in ("hour", "hr", "minute", "min"):
            return Shift(ref, minutes=sign * amount * (60 if unit in ("hour", "hr") else 1))
        return Shift(ref, days=sign * amount * (7 if unit == "week" else 1))
    return None


_CORRECTION: Final = re.compile(
    r"^(?:(?:no|nope|nah|not that one|wrong one|sorry|oops|actually|and)\b[\s,.!;-]*+)*+"
    r"(?:i\s++meant\s++|i\s++mean\s++|it'?s\s++|make it\s++|use\s++)?"
    r"(?P<ref>(?:the\s++)?(?:first|second|third|fourth|fifth|last|other|\d{1,2}(?:st|nd|rd|th))"
    r"(?:\s++one)?|"
    r"(?:task|number|#)\s*+\d{1,9}|\d{1,9})$",
    _FLAGS,
)


_AGAIN: Final = re.compile(
    r"^(?:(?:and\s++)?(?:do\s++)?(?:the\s++)?same\s++(?:thing\s++)?|do\s++that\s++|"
    r"same\s++goes\s++)(?:for|with|to)\s++(?P<ref>.+)$",
    _FLAGS,
)


def read_again(text: str) -> str | None:
    """Return the task ``do the same for …`` names: the previous request, for it."""
    found = _AGAIN.match(text)
    return found.group("ref") if found is not None else None


def read_correction(text: str) -> str | None:
    """Return the task a correction names: ``no, the second one``; ``I meant task 4``."""
    found = _CORRECTION.match(text)
    return found.group("ref") if found is not None else None


#: What a message may ask to empty on a task, by the patterns that ask it.
_CLEARINGS: Final = (
    (
        "recurrence",
        re.compile(
            rf"^(?:stop|quit|no\s++longer|don'?t\s++keep|do\s++not\s++keep)\s++(?:repeating|"
            rf"recurring)\s++{_REF}(?:\s++(?:anymore|any\s++more))?$",
            _FLAGS,
        ),
    ),
    (
        "recurrence",
        re.compile(  # "yoga class is a one-off from now on, no more repeats"
            rf"^{_REF}\s++(?:is|are)\s++(?:now\s++)?(?:a\s++)?(?:one-?off|one-?time|single)\b.*$",
            _FLAGS,
        ),
    ),
    (
        "recurrence",
        re.compile(  # "stop the bins from repeating"
            rf"^(?:stop|keep)\s++{_REF}\s++from\s++(?:repeating|recurring)"
            r"(?:\s++(?:anymore|any\s++more))?(?:[\s,;]++but\b.*)?$",
            _FLAGS,
        ),
    ),
    (
        "recurrence",
        re.compile(
            rf"^{_REF}\s++(?:should\s++)?(?:stop|no\s++longer|(?:is|are)\s++not|isn'?t|aren'?t|"
            r"(?:doesn'?t|dont|don'?t|do\s++not|"
            r"does\s++not)\s++(?:need|have)(?:\s++to)?|shouldn'?t|should\s++not|(?:doesn'?t|dont|"
            r"don'?t)|(?:is|are)\s++not\s++going\s++to|won'?t|will\s++not)\s++"
            r"(?:repeat(?:ing)?|recur(?:ring)?)(?:\s++(?:every|each)\s++\w++)?"
            r"(?:\s++(?:anymore|any\s++more|any\s++longer|again))?(?:[\s,;.!-]++(?:just\s++)?"
            r"(?:keep|make|leave|have)\s++it\s++(?:as\s++)?(?:a\s++)?(?:once|one-?off|one\s++time|"
            r"single)\b.{0,40}|[,;.]\s*+(?:my|our|the|he|she|they|we|i)\b.{0,60})?$",
            _FLAGS,
        ),
    ),
    (
        "recurrence",
        re.compile(
            rf"^(?:make|set|turn)\s++{_REF}\s++(?:into\s++)?(?:a\s++)?(?:one-?off|one-?time|"
            r"one\s++time|non-?repeating|non-?recurring|not\s++repeat(?:ing)?|single)"
            r"(?:\s++(?:thing|task|event))?(?:[\s,]++(?:not\s++)?(?:repeating|recurring)"
            r"(?:\s++(?:anymore|any\s++more))?)?$",
            _FLAGS,
        ),
    ),
    (
        "recurrence",
        re.compile(
            r"^(?:no\s++more|no\s++longer\s++any|stop\s++the|cancel\s++the|remove\s++the|"
            r"delete\s++the|drop\s++the|get\s++rid\s++of\s++the|end\s++the|turn\s++off\s++the)"
            r"\s++(?:(?:daily|weekly|monthly|yearly|annual)\s++)?(?:repeats?|repeating|recurrence|"
            rf"recurring|repetition)\s++(?:for|on|of)\s++{_REF}$",
            _FLAGS,
        ),
    ),
    (
        "reminder",
        re.compile(
            r"^(?:no|remove|delete|clear|cancel|drop|turn\s++off|switch\s++off|get\s++rid\s++of|"
            r"i\s++don'?t\s++need\s++(?:a|the|any)|i\s++do\s++not\s++need\s++(?:a|the|any)|"
            r"kill|scrap|ditch|lose|nuke|bin|stop)"
            r"\s++(?:the\s++|my\s++)?(?:reminder|alert|alarm)s?"
            r"(?:\s*+[,:;]\s*+(?:the\s++one\s++)?|\s++)(?:for|on|from|of|about)\s++"
            rf"{_REF}(?:\s++(?:anymore|any\s++more|any\s++longer))?$",
            _FLAGS,
        ),
    ),
    (
        "reminder",
        re.compile(
            r"^(?:no\s++need(?:\s++to)?|don'?t|do\s++not|stop|no\s++more|i\s++don'?t\s++need|"
            r"i\s++do\s++not\s++need)\s++(?:remind(?:ing)?\s++me|reminding|"
            rf"pinging\s++me|reminders)\s++(?:about|of|for)\s++{_REF}(?:\s++(?:anymore|any\s++more|"
            r"again|already|anyway))?(?:[\s,;]++(?:i'?ll|i\s++will|i\s++can)\s++(?:remember|manage|do\s++it|"
            r"see|notice).*)?$",
            _FLAGS,
        ),
    ),
    (
        "due",
        re.compile(
            r"^(?:remove|clear|delete|drop|take\s++off|get\s++rid\s++of|no)\s++(?:the\s++)?"
            rf"(?:due\s++date|deadline|date)\s++(?:from|of|on|for)\s++{_REF}"
            r"(?:\s++(?:anymore|any\s++more|any\s++longer))?(?:[\s,;]++(?:whenever|no\s++rush).*)?$",
            _FLAGS,
        ),
    ),
    (
        "recurrence",
        re.compile(  # "stop the swim class repeating", "stop making the chem homework repeat"
            rf"^stop\s++(?:making\s++)?{_REF}\s++(?:repeating|recurring|repeat|recur)"
            r"(?:[,;.]\s*+[^.!?]{0,60})?$",
            _FLAGS,
        ),
    ),
    (
        "reminder",
        re.compile(  # "delete the dentist reminder", "scrap the autoclave reminder": the task stays
            r"^(?:remove|delete|clear|cancel|drop|turn\s++off|switch\s++off|get\s++rid\s++of|"
            r"kill|scrap|ditch|lose|nuke|bin|stop)\s++"
            rf"{_REF}(?<!\bthe)(?<!\bmy)(?:'s)?\s++(?:reminder|alert|alarm)s?"
            r"(?:\s++(?:anymore|any\s++more|any\s++longer))?$",
            _FLAGS,
        ),
    ),
    (
        "reminder",
        re.compile(  # "the school form reminder can go, it's in her bag"
            rf"^{_REF}\s++(?:reminder|alert|alarm)\s++(?:can|could|may)\s++go(?:\s++now)?"
            r"(?:[,;.]\s*+(?:it'?s|it\s++is|i'?ve|i\s++have|we'?ve)\b[^.!?]{0,60})?$",
            _FLAGS,
        ),
    ),
    (
        "description",
        re.compile(  # "clear the notes on the flat viewing task", "take the notes off X"
            r"^(?:remove|clear|delete|drop|wipe|erase|empty|take\s++off|take\s++out|take|"
            r"get\s++rid\s++of)\s++(?:the\s++|all\s++(?:the\s++)?|its\s++)?(?:description|notes?|"
            rf"details)\s++(?:from|of|on|for|in|off)\s++{_REF}$",
            _FLAGS,
        ),
    ),
    (
        "due",
        re.compile(  # "take the date off the thank-you notes, no rush on those"
            r"^(?:take|get|knock)\s++(?:the\s++)?(?:due\s++date|deadline|date)\s++off\s++"
            rf"{_REF}(?:[\s,;]++(?:no\s++rush|no\s++hurry|there'?s\s++no\s++rush).*)?$",
            _FLAGS,
        ),
    ),
    (
        "due",
        re.compile(
            rf"^{_REF}\s++(?:has\s++no|needs\s++no|doesn'?t\s++need\s++a|does\s++not\s++need\s++a|"
            r"doesn'?t\s++have\s++a)\s++(?:due\s++date|deadline|date)(?:\s++(?:anymore|any\s++more))?$",
            _FLAGS,
        ),
    ),
)


#: The words for the fields a message may empty, and the field each names.
_CLEARED_FIELDS: Final = {
    "reminder": "reminder",
    "alert": "reminder",
    "alarm": "reminder",
    "remind": "reminder",
    "due date": "due",
    "deadline": "due",
    "due": "due",
    "date": "due",
    "repeat": "recurrence",
    "recurrence": "recurrence",
    "repetition": "recurrence",
    "repeating": "recurrence",
    "description": "description",
    "note": "description",
    "notes": "description",
    "details": "description",
    "tags": "tags",
    "labels": "tags",
}
_FIELD_WORD: Final = (
    r"(?P<field>reminder|remind|alert|alarm|due\s++date|deadline|date|due|repeat|recurrence|repetition|"
    r"repeating|description|notes?|details|tags|labels)s?"
)
_CLEAR_VERB: Final = (
    r"(?:remove|clear|delete|drop|cancel|kill|scrap|ditch|bin|lose|nuke|erase|wipe|empty|"
    r"take\s++off|take\s++away|take|get\s++rid\s++of|turn\s++off|switch\s++off|no\s++more)"
)
_POLITE_TAIL: Final = (
    r"(?:[\s,.!]++(?:anymore|any\s++more|any\s++longer|please|pls|thanks|thx|ta))*+"
)
#: The same, said any of the common ways: ``take the reminder off the yoga class``, ``bin the
#: due date on 'Sort photos'``, ``Remove recurrence: Monthly invoice run``, ``no reminder
#: needed for the hair appointment``, ``the piano one — no more repeats``.
_ANY_CLEARING: Final = (
    re.compile(
        rf"^{_CLEAR_VERB}\s++(?:the\s++(?:whole\s++)?|my\s++|its\s++|that\s++(?:whole\s++)?|"
        rf"all\s++(?:the\s++)?)?{_FIELD_WORD}"
        r"\s*+(?:(?:from|of|on|for|in|off|about)\s++|:\s*+|(?=#\d|task\s++\d|it\b|that\b))"
        rf"{_REF}{_POLITE_TAIL}"
        r"(?:[,;]\s++(?:the|it|they|we|i|not|no)\b.{0,80})?$",
        _FLAGS,
    ),
    re.compile(
        rf"^no\s++{_FIELD_WORD}\s++(?:needed|required|necessary|wanted)\s++(?:for|on)\s++{_REF}"
        rf"{_POLITE_TAIL}$",
        _FLAGS,
    ),
    re.compile(
        rf"^{_REF}\s*+[:,\-–—]++\s*+(?:no\s++more|no|remove\s++the|drop\s++the|clear\s++the)"
        rf"\s++{_FIELD_WORD}(?:\s++(?:needed|anymore|any\s++more))?{_POLITE_TAIL}$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:don'?t|dont|do\s++not|no\s++need\s++to|stop)\s++(?P<field>repeat)(?:ing)?\s++"
        rf"{_REF}\s++(?:anymore|any\s++more|any\s++longer)(?:[\s,;.!-]++.{{0,80}})?$",
        _FLAGS,
    ),
)


#: Words after a task's name that say why, not which: ``…, but not the task``, ``i won't
#: forget``, ``it's all i think about``.
_ASIDE: Final = re.compile(
    r"[\s,;.]++(?:but\s++(?:not|keep)|i\s++(?:won'?t|wont|will\s++not|don'?t|dont|can'?t)|i'?ll|"
    r"it'?s|its|because|since|as\s++i|i'?m|i\s++am)\b.*$",
    _FLAGS,
)


def read_clearing(text: str) -> tuple[str, str] | None:
    """Return the task and the field a message asks to empty: ``stop repeating the newsletter``
    is ``("the newsletter", "recurrence")``; ``no reminder for the dentist`` empties a reminder."""
    for field, pattern in _CLEARINGS:
        found = pattern.match(text)
        if found is not None:  # "turn off the reminder for emma pickup i wont forget"
            return _ASIDE.sub("", found.group("ref"), count=1) or found.group("ref"), field
    for pattern in _ANY_CLEARING:
        found = pattern.match(text)
        if found is not None:
            word = " ".join(found.group("field").lower().split())
            ref = found.group("ref")
            inner = read_clearing(ref) if len(ref) < len(text) else None
            if inner is not None:  # "X doesn't have a deadline anymore, remove the due date"
                return inner
            return ref, _CLEARED_FIELDS[word]
    return None
