"""Requests said in an order or shape of their own, read back into the usual one.

* The task first, then the verb: ``Third one please delete``, ``Task 3 mark as done``.
* A verb as a label: ``Delete: Draft press release``; asked as ``-ing``: ``would you mind
  awfully knocking the shed down to low``.
* The same for several tasks of the list just shown: ``delete the 2nd and 3rd``, ``complete
  both``, ``I did both this morning``.
* Two tasks said done at once: ``Dentist and haircut both already finish today``.
* A value said again with the one it replaces: ``07:15 not 07:30``, ``due Monday, not Friday``.
* The ask to add said last: ``dentist tmrw 16:15 pls add``, ``…, please help me add``.

Each reader returns plain words or numbers (the reader of requests turns them into intents), or
None. Every pattern runs in linear time.
"""

from __future__ import annotations

import re
from typing import Final

from todo.domain.assistant.intent_edits import Verb
from todo.domain.assistant.intent_words import ORDINALS

#: A request asked with its verb as ``-ing``: ``would you mind awfully knocking x down``.
_ASKED_AS_GERUND: Final = re.compile(
    r"^(?:would|do)\s++you\s++mind\s++(?:awfully\s++)?(?P<verb>adding|putting|moving|knocking|"
    r"reminding|deleting|removing|changing|marking|making|setting|pushing|ticking|renaming|tagging|"
    r"clearing|bumping|completing)\b",
    re.IGNORECASE,
)
_BASE_OF: Final = {
    "adding": "add",
    "putting": "put",
    "moving": "move",
    "knocking": "knock",
    "reminding": "remind",
    "deleting": "delete",
    "removing": "remove",
    "changing": "change",
    "marking": "mark",
    "making": "make",
    "setting": "set",
    "pushing": "push",
    "ticking": "tick",
    "renaming": "rename",
    "tagging": "tag",
    "clearing": "clear",
    "bumping": "bump",
    "completing": "complete",
}

#: ``I did both this morning``: each of the two tasks shown is done.
_DID_BOTH: Final = re.compile(
    r"^(?:i\s++)?(?:have\s++|'ve\s++)?(?:did|done|finished|completed)\s++(?:them\s++)?both"
    r"(?:\s++(?:of\s++them|this\s++morning|today|already|yesterday))*+$",
    re.IGNORECASE,
)
#: The task first, then what to do with it: ``Third one please delete``, ``Task 3 mark as done``.
_OBJECT_FIRST: Final = re.compile(
    r"(?P<obj>(?:the\s++)?(?:first|second|third|fourth|fifth|last|middle|top|bottom|both|"
    r"\d{1,2}(?:st|nd|rd|th)|"
    r"task\s++\d{1,9}|#\d{1,9}|number\s++\d{1,2}|that\s++one|this\s++one)(?:\s++(?:one|task|item))?)"
    r"(?:\s*+[,.!:]++)?\s++"  # "the middle one. done."
    r"(?:please\s++|pls\s++)?(?P<verb>delete|remove|complete|finish|tick\s++off|reopen|restore|"
    r"mark\s++(?:it\s++)?(?:as\s++)?(?:done|complete|completed|finished)|done|"
    r"(?:i\s++)?(?:have\s++|'ve\s++)?(?:done|did|finished|completed)(?:\s++(?:yesterday|today|already|"
    r"this\s++morning))?)(?:\s++please|\s++pls)?"
    r"(?:[\s,.!]++(?:shockingly|finally|at\s++last|now|already|yay|phew|woo+|thanks|cheers)){0,2}"
    r"[.!]*+",
    re.IGNORECASE,
)
_OBJECT_VERBS: Final = {
    "delete": "delete",
    "remove": "delete",
    "reopen": "reopen",
    "restore": "restore",
}
#: Two tasks said to be done at once: ``Dentist and haircut both already finish today``,
#: ``both the gas and the electric meter readings are submitted``.
_BOTH_DONE: Final = re.compile(
    r"^(?:both\s++)?(?P<a>[^\s,;][^,;]{0,38}?[^\s,;])\s++and\s++(?P<b>[^\s,;][^,;]{0,38}?[^\s,;])\s++"
    r"(?:(?:are|were|have\s++been)\s++)?"
    r"(?:both\s++)?(?:already\s++|all\s++)?(?:done|finished|finish|completed|submitted|paid|sorted|booked|"
    r"sent|posted)(?:\s++(?:today|already|now|this\s++morning))*+",
    re.IGNORECASE,
)
#: A value said again with the one it replaces: ``07:15 not 07:30``, ``due Monday, not Friday``.
_NOT_THAT_ONE: Final = re.compile(
    r"(?:(?:sorry|no|oops|correction)[\s,:]++)?(?P<keep>[^\s,](?:[^,]{0,38}?[^\s,])?)[\s,]++not\s++"
    r"(?:on\s++|at\s++)?"
    r"[\w:.]{1,12}",
    re.IGNORECASE,
)
_NOT_THAT_ONE_FIRST: Final = re.compile(
    r"(?:(?:sorry|no|oops|correction)[\s,:]++)?not\s++(?:on\s++|at\s++)?[\w:.]{1,12}[\s,;]++"
    r"(?:(?:but|rather)\s++)?(?P<keep>[^\s,](?:[^,]{0,38}?[^\s,.!])?)[.!]*+",
    re.IGNORECASE,
)
#: The title, then the ask to add it: ``dentist tmrw 16:15 pls add``, ``…, please help me add``.
_ADD_AT_END: Final = re.compile(
    r"^(?P<body>[^?\s][^?]{0,198}?[^?\s,])[\s,]++(?:(?:pls|please|can\s++you|could\s++you|kindly)\s++)?"
    r"(?:help\s++me\s++)?(?:add|save|note)(?:\s++(?:it|that|this|pls|please|for\s++me))*+",
    re.IGNORECASE,
)
#: A request's verb said as a label: ``Delete: Draft press release``.
_VERB_COLON: Final = re.compile(
    r"^(?P<verb>delete|remove|complete|finish|reopen|restore|done)\s*+:\s*+(?=\S)", re.IGNORECASE
)
#: The same done to two or three tasks of the list just shown: ``delete the 2nd and 3rd``,
#: ``complete both``.
_EACH_POSITION: Final = re.compile(
    r"(?P<verb>complete|finish|tick\s++off|check\s++off|delete|remove|reopen|restore)\s++"
    r"(?:(?P<both>both(?:\s++of\s++them)?|them\s++both)|(?:the\s++|numbers?\s++)?(?P<first>\d{1,2}|"
    r"first|second|third|fourth|fifth)(?:st|nd|rd|th)?(?:\s++one)?(?:\s*+,\s*+(?:the\s++)?"
    r"(?P<middle>\d{1,2}|second|third|fourth|fifth)(?:st|nd|rd|th)?)?\s*+(?:,\s*+)?(?:and|&)\s++"
    r"(?:the\s++)?(?P<last>\d{1,2}|second|third|fourth|fifth|last)(?:st|nd|rd|th)?(?:\s++ones?)?)",
    re.IGNORECASE,
)
#: Places in the list said done: ``the first and the third are both done``.
_PLACES_DONE: Final = re.compile(
    r"(?P<places>(?:the\s++)?(?:\d{1,2}|first|second|third|fourth|fifth)(?:st|nd|rd|th)?"
    r"(?:\s++one)?\s*+(?:,\s*+)?(?:and|&)\s++(?:the\s++)?(?:\d{1,2}|second|third|fourth|fifth|last)"
    r"(?:st|nd|rd|th)?(?:\s++ones?)?)(?:\s++of\s++(?:those|them|these))?\s++"
    r"(?:(?:are|were|have\s++been)\s++)?(?:both\s++)?"
    r"(?:done|finished|completed|sorted|ticked\s++off)(?:\s++(?:now|already|today))?",
    re.IGNORECASE,
)
_VERB_OF: Final[dict[str, Verb]] = {
    "complete": "complete",
    "finish": "complete",
    "tick off": "complete",
    "check off": "complete",
    "delete": "delete",
    "remove": "delete",
    "reopen": "reopen",
    "restore": "restore",
}


def asked_with_gerund(text: str) -> str:
    """Return ``would you mind adding x`` as ``add x``; any other text as it is."""
    return _ASKED_AS_GERUND.sub(lambda found: _BASE_OF[found.group("verb").lower()], text, count=1)


def said_plainly(text: str) -> str:
    """Return ``Delete: X`` as ``delete X`` and ``I did both this morning`` as ``complete
    both``; any other text as it is."""
    text = _VERB_COLON.sub(r"\g<verb> ", text, count=1)
    return _DID_BOTH.sub("complete both", text, count=1)


def each_of_the_list(text: str) -> tuple[Verb, tuple[int, ...]] | None:
    """Return the verb and the places in the list just shown (``-1``: the last) a request
    for several of its tasks names: ``delete the 2nd and 3rd`` is ``("delete", (2, 3))``."""
    stated = _PLACES_DONE.fullmatch(text)  # "the first and the third are both done"
    found = _EACH_POSITION.fullmatch(f"complete {stated['places']}" if stated else text)
    if found is None:
        return None
    verb = _VERB_OF[" ".join(found.group("verb").lower().split())]
    if found.group("both"):
        return verb, (1, 2)
    said = [found.group(name) for name in ("first", "middle", "last") if found.group(name)]
    places = tuple(
        -1 if word.lower() == "last" else ORDINALS.get(word.lower()) or int(word) for word in said
    )
    return verb, places


def object_first(text: str) -> str | None:
    """Return ``Third one please delete`` as ``delete Third one``, or None."""
    found = _OBJECT_FIRST.fullmatch(text)
    if found is None:
        return None
    verb = _OBJECT_VERBS.get(" ".join(found.group("verb").lower().split()), "complete")
    return f"{verb} {found.group('obj')}"


def two_done(text: str) -> tuple[str, str] | None:
    """Return the words of the two tasks a message says are done, or None."""
    found = _BOTH_DONE.fullmatch(text)
    return (found.group("a"), found.group("b")) if found is not None else None


def said_instead(text: str) -> str | None:
    """Return the value kept of ``07:15 not 07:30`` or ``not tomorrow, on Monday`` (``07:15``,
    ``on Monday``), or None."""
    found = _NOT_THAT_ONE.fullmatch(text) or _NOT_THAT_ONE_FIRST.fullmatch(text)
    return found.group("keep") if found is not None else None


def added_at_the_end(text: str) -> str | None:
    """Return the words before the ask of ``dentist tmrw 16:15 pls add``, or None."""
    found = _ADD_AT_END.fullmatch(text)
    return found.group("body") if found is not None else None
