"""A new task's title without the words that only wrap it.

People name what they want to add with words around it: ``a to-do called X``, ``the
following task: X``, ``a recurring task to X``, ``new job: X``, ``X task``, ``… with a due
date of Friday``. Those words are about the list, not the task. :func:`unwrapped_title` takes
them off a title the rules read, and a title said in quotes is the title as quoted.
"""

from __future__ import annotations

import re
from typing import Final

from todo.domain.assistant.intent_words import GERUNDS, TASK_VERB

__all__ = ["unwrapped_title"]

#: The longest title looked at (a title is at most a few hundred characters).
_MOST_CHARACTERS: Final = 400

_FLAGS: Final = re.IGNORECASE
#: A noun for a task, with the words that say what kind: ``a new recurring task``.
_KIND: Final = (
    r"(?:(?:the\s++)?following\s++|a\s++|an\s++|one\s++more\s++|another\s++|my\s++|the\s++)?"
    r"(?:(?:new|recurring|repeating|regular|weekly|daily|monthly|yearly|annual|quick|little|"
    r"small|separate|urgent|important|reminder)\s++){0,3}"
    r"(?:task|to-?do|todo|item|job|thing|entry|reminder|chore|errand)s?"
)
#: A task noun and what joins it to the title: ``a to-do called``, ``task:``, ``a task to``.
_HEAD: Final = re.compile(
    rf"^{_KIND}(?:\s++(?:called|named|entitled|titled|saying|that\s++says|which\s++says|"
    r"reading|for\s++me)\s*+:?|\s*+:|\s++to(?=\s))\s*+(?:to\s++(?=\w))?",
    _FLAGS,
)
#: What is left of such a head when the noun was read as something else: ``entitled X``.
_NAMING: Final = re.compile(r"^(?:called|named|entitled|titled)\s++", _FLAGS)
#: A task noun at the end, after a word that is not an article: ``renew car insurance task``
#: (an ``item`` is often a thing: "Return the Amazon item").
_KIND_AT_END: Final = re.compile(
    r"(?<!\bthe)(?<!\ba)(?<!\bmy)(?<!\bthis)(?<!\bthat)(?<!\bour)\s++(?:task|to-?do)$", _FLAGS
)
#: What is left of a due date said with a noun: ``with a due date of``, ``with a deadline of``.
_DUE_LEFT: Final = re.compile(
    r"\s++(?:with\s++(?:a\s++|the\s++)?(?:due(?:\s++date)?|deadline)(?:\s++(?:of|on|for|by))?|"
    r"(?:a\s++|the\s++)?(?:due(?:\s++date)?|deadline)\s++(?:of|on|for|by))$",
    _FLAGS,
)
#: Words that put something on a list, before a quoted title.
_PUTTING: Final = re.compile(
    r"\b(?:put|add|pop|stick|jot|write|note|make|create|set|save|log|enter|bung|chuck|whack)\b",
    _FLAGS,
)
#: Why, said after a title, and chat words at its end: ``check the budget its payday``,
#: ``clean my room rn its a mess lol``.
_ASIDE_AT_END: Final = re.compile(
    r"(?<!\bfor)(?<!\bof)(?<!\bin)(?<!\bto)(?<!\bon)(?<!\bat)(?<!\bby)(?<!\bwith)(?<!\bwhy)"
    r"(?<!\bhow)(?<!\bwhat)(?<!\bwhen)(?<!\bwhere)(?<!\bif)(?<!\bwhether)(?<!\bthat)"
    r"(?:\s++(?:its|it'?s|it\s++is|cause|cuz|coz|because|rn|lol|lmao|haha|tbh|ngl)"
    r"\b.*)$",  # lower case: "Write to Its Ltd" names a company
)
#: Talk after a comma or a semicolon at a title's end, and a face typed after it: ``…, I
#: think``, ``…, if you would``, ``…, please register``, ``…; nothing pressing``, ``… ^^``.
_TALK_AT_END: Final = re.compile(
    r"(?:(?<![\s,;])\s*+[,;]\s*+(?:i\s++think|i\s++guess|i\s++suppose|i\s++reckon|if\s++you\s++(?:would|could|can|"
    r"don'?t\s++mind|please)|please(?:\s++(?:register|save|note|add|adjust|make(?:\s++(?:it\s++)?"
    r"(?:repeat|recurring|a\s++task))?)(?:\s++(?:it|that|this))?)?|sweet\s++as|no\s++worries|"
    r"nothing\s++(?:pressing|urgent)|not\s++pressing|no\s++rush|cheers|thanks|ta|mate|yeah)"
    r"|(?<!\s)\s++(?:\^\^|\^_\^|:\)|:-\)|(?-i::D|xD|XD)))[\s.!]*+$",
    _FLAGS,
)
#: A need said first in a title: ``I have to call my mom`` is ``call my mom``.
_NEEDED_FIRST: Final = re.compile(
    r"^(?:i|we)(?:'ve)?\s++(?:have\s++to|need\s++to|must|should|ought\s++to|got\s++to|gotta)\s++(?=\w)",
    _FLAGS,
)
#: Verbs of doing that are never a thing (``wash the cab``, ``get the cab valeted``).
_DOING: Final = (
    r"(?:wash|get|buy|pay|ring|phone|collect|pick|fix|renew|send|write|email|submit|call|visit|"
    r"repair|vacuum|hoover|tidy|mow)"
)
#: Verbs of doing that may also be a thing or a quality (``clean sheets``, ``water``): read as
#: verbs only after ``put in`` or ``put down``.
_DOING_ALSO_A_THING: Final = (
    r"(?:water|order|book|clean|sort|check|chase|feed|cancel|return|post|print|text)"
)
#: A word that puts on the list, first in a title before a verb of doing: ``put wash the cab``,
#: ``stick get the cab valeted``, ``put in water the cactus`` (``put the bins out`` keeps its
#: own ``put``).
_PUT_FIRST: Final = re.compile(
    r"^(?:put|stick|pop|chuck|bung|whack|jot)\s++"
    rf"(?:(?={_DOING}\s)|(?:in|down)\s++(?=(?:{_DOING}|{_DOING_ALSO_A_THING})\s))",
    _FLAGS,
)
#: ``add`` first in a title, said once in the message: the request's own word.
_ADD_FIRST: Final = re.compile(r"^add\s++(?!(?:to|up|on|in|more|some)\b)(?=\w)", _FLAGS)
_ADD_WORD: Final = re.compile(r"\badd\b", _FLAGS)
#: ``add grandma to the family chat``: ``add`` is the task's own when it adds to something.
_TO_SOMEWHERE: Final = re.compile(r"\b(?:to|into|onto)\b", _FLAGS)
#: A repeat said in the message, whose start may be left at a title's end.
_REPEAT_SAID: Final = re.compile(
    r"\b(?:every|each|daily|weekly|monthly|yearly|quarterly|annually|fortnightly)\b", _FLAGS
)
#: Words just before ``add`` that make it the task's own: ``remind me to add bob on linkedin``.
_ASKED_TO: Final = re.compile(r"\b(?:to|called|named|titled|saying)\s*+$", _FLAGS)
#: A start of a repeat left at a title's end: ``ramp service from`` (``… from jan 1st``).
_START_LEFT: Final = re.compile(r"\s++(?:from|starting(?:\s++from|\s++on)?)$", _FLAGS)
#: The fewest words a title keeps when an aside is taken off its end.
_FEWEST_WORDS: Final = 2
#: A verb's ``to`` left first in a title, with a word of remembering: ``To call the
#: insurance``, ``Mind to pay the paper bill``, ``For to go to the post office``.
_TO_FIRST: Final = re.compile(
    rf"^(?:(?:mind|for|remember|need|must)\s++)?to\s++(?={TASK_VERB}\b)", _FLAGS
)
#: A task asked for by a verb in ``-ing`` and what it is done to: ``one for chasing the
#: searches``, ``a task for collecting subs off the parents`` (``a task for packing list``,
#: ``a task for washing machine repair``: a thing, named by its use).
_FOR_DOING: Final = re.compile(
    r"^(?:like\s++)?(?:a|one|another)\s++(?:(?:new\s++)?(?:task|to-?do|reminder|job)\s++)?"
    rf"for\s++(?P<verb>{'|'.join(GERUNDS)})\b"
    r"(?=\s++(?:the|a|an|my|our|his|her|their|some|up|off|out|in|back|[\w'-]++\s++[\w'-]++\s++\w))",
    _FLAGS,
)
#: Pieces of a date or a time, and words of asking, left at a title's end when a repeat was
#: said (the rest of the date was read as the repeat's): ``Pay phone bill on 20`` of ``every
#: month on 20``, ``Test smoke alarms 1st``, ``Call Maman in evening``, ``Test the fire alarm
#: sharp``, ``CD stock check please`` (``Celebrate Jo's 40th``, ``Keep the knives sharp`` and
#: ``Set the heating on 20`` keep their words).
_LEFT_AT_END: Final = re.compile(
    r"\s++(?:(?:on|at|by)\s++(?:the\s++)?\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)|"
    r"in\s++(?:the\s++)?(?:morning|afternoon|evening|night)|(?-i:sharp|please|pls|plz|asap|now))"
    r"[\s.!]*+$",
    _FLAGS,
)
#: A title in quotes inside the message: ``help me put 'buy fuel' for tomorrow``.
_QUOTED: Final = re.compile(r"(?<!\w)[\"“'‘](?P<inner>[^\"”'’\n]{2,200})[\"”'’](?!\w)")


def unwrapped_title(title: str, message: str = "") -> str:
    """Return ``title`` without the words that wrap it; the one quotation of ``message``
    whose words the title holds is the title.

    >>> unwrapped_title("A to-do called deep clean the walk-in")
    'Deep clean the walk-in'
    """
    if not title or len(title) > _MOST_CHARACTERS:
        return title
    quoted = [found.group("inner").strip() for found in _QUOTED.finditer(message[:1000])]
    if any(inner.casefold() == title.casefold() for inner in quoted):
        return title  # a title said in quotes is taken as written
    if len(quoted) == 1 and len(quoted[0].split()) >= 2 and _holds(title, quoted[0]):
        return _capitalised(quoted[0])
    kept = _NAMING.sub("", _HEAD.sub("", title, count=1), count=1)
    kept = _DUE_LEFT.sub("", _KIND_AT_END.sub("", kept, count=1), count=1).strip(" ,:;-")
    kept = _TALK_AT_END.sub("", kept, count=1).strip(" ,:;-") or kept
    kept = _NEEDED_FIRST.sub("", kept, count=1) or kept  # "tomorrow 7pm I have to call mom"
    kept = _PUT_FIRST.sub("", kept, count=1) or kept  # "put wash the cab every sunday"
    kept = _TO_FIRST.sub("", kept, count=1) or kept  # "ah need to mind to pay the paper bill"
    kept = _FOR_DOING.sub(lambda said: GERUNDS[said["verb"].lower()], kept, count=1)
    adds = list(_ADD_WORD.finditer(message[:1000]))
    if (
        _ADD_FIRST.match(kept)
        and len(adds) == 1
        and not _ASKED_TO.search(message, 0, adds[0].start())
        and not _TO_SOMEWHERE.search(kept)
    ):
        kept = _ADD_FIRST.sub("", kept, count=1) or kept  # "every night at 10 pm, add X"
    if _REPEAT_SAID.search(message[:1000]):
        kept = _START_LEFT.sub("", kept, count=1) or kept  # "ramp service every 6 months from …"
    ends = (
        (_ASIDE_AT_END, _LEFT_AT_END) if _REPEAT_SAID.search(message[:1000]) else (_ASIDE_AT_END,)
    )
    for end in ends:
        shorter = end.sub("", kept, count=1).strip(" ,:;-")
        kept = shorter if len(shorter.split()) >= _FEWEST_WORDS else kept
    if not kept or kept == title:
        return title
    return _capitalised(kept)


def _holds(title: str, quoted: str) -> bool:
    """Tell whether ``title`` is ``quoted`` after words that put it on the list (``help me put
    'buy fuel'``), not a title that quotes a name (``Read 'The Hobbit'``)."""
    at = title.casefold().find(quoted.casefold())
    return at > 0 and _PUTTING.search(title[:at]) is not None


def _capitalised(title: str) -> str:
    return title[:1].upper() + title[1:]
