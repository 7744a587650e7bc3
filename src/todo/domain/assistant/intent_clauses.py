"""The parts of a message that may each be a request of their own.

People bury a request in chatter (``ugh what a day. anyway, add get the car checked for monday,
and honestly I could use a holiday``) or say two at once (``Sent the invoice. Also add chase up
the late payment``, ``make the essay due a day later and make it high priority``). The reader
(:func:`todo.domain.assistant.intent_message.read_intent`) reads the whole message first, then these
parts: the sentences, then, inside them, the clauses that begin after a comma or an ``and``.

Quoted text is never split. Every pattern is linear, and a message gives at most
:data:`MAX_PARTS` parts.
"""

from __future__ import annotations

import re
from typing import Final

#: The most parts a message is read in.
MAX_PARTS: Final = 6
_FLAGS: Final = re.IGNORECASE
#: Where a sentence ends: ``.``, ``!``, ``?``, ``…`` or ``;`` and a space, or a spaced dash.
_SENTENCE_END: Final = re.compile(r"(?<=[.!?…;])\s++|\s++[—–-]\s++|\s*+;\s*+")
#: Where a clause may begin inside a sentence: after a comma, or at ``and``, ``also``, ``then``,
#: ``plus``, ``but`` (with the comma's words: ``, anyway,`` ``, so``); never at an ``and``
#: between days (``tuesdays and thursdays``).
_CLAUSE_GAP: Final = re.compile(
    r"\s*+,\s*+(?!(?:with\s++)?(?:the\s++|a\s++)?(?:notes?|description|details?)\b)"
    r"(?:(?:and|but|so|then|also|anyway|plus)\b[\s,]*+)*+"
    r"|\s++(?:and\s++(?:also|then)|and(?!\s++(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|"
    r"sun)(?:day)?s?\b)|also|then|plus|but)\s++"
    r"|\s*+:\s++(?=(?:is|are|what|whats|what's|do|does|can|could|any|anything|how|when|which|add|"
    r"remind|delete|remove|move|push|complete|mark|make|set|show|list|rename|change|put)\b)",
    _FLAGS,
)
#: Opening words a part may start with and that say nothing: ``anyway``, ``so``, ``oh and``.
_OPENERS: Final = re.compile(
    r"^(?:(?:anyway|anyways|so|and|also|oh|ok|okay|right|well|then|plus|but|btw|by the way|"
    r"update|ps|p\.s\.)\b[\s,:.!]*+)++",
    _FLAGS,
)
#: A word ending in a full stop that ends no sentence: ``Mr.``, ``Dr.``, ``e.g.``.
_ABBREVIATION: Final = re.compile(
    r"\b(?:mr|mrs|ms|dr|st|prof|jr|sr|vs|etc|e\.g|i\.e|approx|no|nr|ca|mt|ave|rd)\.$", _FLAGS
)
_QUOTE: Final = re.compile(r"""("[^"]*+"|“[^”]*+”|(?<!\w)'[^']*+'(?!\w)|‘[^’]*+’)""")


def sentences(message: str) -> list[str]:
    """Return the sentences of ``message``, outside quotes, their openers removed."""
    return _parts(message, _SENTENCE_END)


def clauses(sentence: str) -> list[str]:
    """Return the clauses of one sentence: the parts after its commas and ``and``\\ s."""
    return _parts(sentence, _CLAUSE_GAP)


#: Where an aside may begin or end at a message's edge: a comma, a semicolon, a sentence's end,
#: a dash.
_EDGE_GAP: Final = re.compile(r"\s*+[,;]\s*+|(?<=[.!?…])\s++|\s++[—–-]\s++|\s*+[—–]\s*+")
#: The most parts a message may have for its edges to be read apart.
MAX_EDGE_PARTS: Final = 4


def without_edges(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Return the spans of ``text`` that leave out parts at its start or end, each with the
    parts left out before and after it: the longest first, and of two as long the one that
    keeps the start (``delete it, my brother is taking him``: ``delete it``)."""
    hidden = _QUOTE.sub(lambda quote: "\x00" * len(quote.group()), text)
    cuts = [
        found.span()
        for found in _EDGE_GAP.finditer(hidden)
        if found.start() > 0
        and found.end() < len(text)
        and not _ABBREVIATION.search(hidden, max(0, found.start() - 8), found.start())
    ]
    if not cuts or len(cuts) >= MAX_EDGE_PARTS:
        return []
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(text)]
    parts = [text[start:end] for start, end in zip(starts, ends, strict=True)]
    count = len(parts)
    spans = [
        (first, last)
        for first in range(count)
        for last in range(first, count)
        if (first, last) != (0, count - 1)
    ]
    spans.sort(key=lambda span: (span[0] - span[1], span[0]))
    return [
        (text[starts[first] : ends[last]], tuple(parts[:first]), tuple(parts[last + 1 :]))
        for first, last in spans
    ]


def _parts(text: str, gap: re.Pattern[str]) -> list[str]:
    # Quotations are never split: the gaps are looked for with each quotation's text hidden.
    hidden = _QUOTE.sub(lambda quote: "\x00" * len(quote.group()), text)
    pieces: list[str] = []
    start = 0
    for found in gap.finditer(hidden):
        if found.end() > found.start() and not _ABBREVIATION.search(
            hidden, max(0, found.start() - 8), found.start()
        ):
            pieces.append(text[start : found.start()])
            start = found.end()
    pieces.append(text[start:])
    kept = [_OPENERS.sub("", piece.strip(" ,")).strip() for piece in pieces]
    return [piece for piece in kept if piece][:MAX_PARTS]
