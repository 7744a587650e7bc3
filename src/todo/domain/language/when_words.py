"""Split text into the tokens of date and time phrases, and name the words they use.

Shared by :mod:`todo.domain.language.when` and :mod:`todo.domain.language.quick_add`:
``[t.text for t in tokenize("Friday at 9am, #x")]`` is ``["Friday", "at", "9am"]``.
A token stands alone: ``mon3``, ``friday's`` and ``9am-5pm`` hold no tokens at all.
"""

from __future__ import annotations

import re
from datetime import time
from typing import Final, Literal, NamedTuple

Kind = Literal[
    "word", "number", "ordinal", "clock", "ampm", "isodate", "isodatetime", "slashdate", "about"
]

WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
_FULL_WEEKDAYS: Final = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

#: Weekday words that are also common English words; alone they need ``on``/``by``/... before.
AMBIGUOUS_WORDS: Final = frozenset({"sat", "sun", "wed"})

MONTHS: Final[dict[str, int]] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: Days of the month said as ordinal words: ``the first of December``, ``December third``.
#: ``twenty``/``thirty`` before one of the first nine make the rest (``twenty-first``).
DAY_ORDINAL_WORDS: Final[dict[str, int]] = {
    word: number
    for number, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
} | {"thirtieth": 30}
DAY_TENS: Final[dict[str, int]] = {"twenty": 20, "thirty": 30}

NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

#: ``in N <unit>`` units that give a day, by their plural.
DAY_UNITS: Final[dict[str, str]] = {
    "day": "days",
    "days": "days",
    "week": "weeks",
    "weeks": "weeks",
    "month": "months",
    "months": "months",
    "year": "years",
    "years": "years",
}

#: ``in N <unit>`` units that give a moment, by their plural.
CLOCK_UNITS: Final[dict[str, str]] = {
    "hour": "hours",
    "hours": "hours",
    "hr": "hours",
    "hrs": "hours",
    "minute": "minutes",
    "minutes": "minutes",
    "min": "minutes",
    "mins": "minutes",
}

#: ``tomorrow morning`` and friends.
PARTS_OF_DAY: Final[dict[str, time]] = {
    "morning": time(9),
    "lunchtime": time(12),
    "afternoon": time(15),
    "evening": time(18),
    "night": time(20),
}
TONIGHT: Final = time(20)

#: Words that introduce a date and are dropped from a title with it: ``Pay bills by friday``.
CONNECTORS: Final = frozenset({"on", "at", "by", "due", "before", "until", "till"})

#: Where a token, tag or priority may start and end; ``\x00`` marks text hidden from parsing.
LEFT_EDGE: Final = r"(?<![^\s(\[{\"'`,;\x00“‘])(?<!\w['’])"
RIGHT_EDGE: Final = r"(?=\Z|[\s)\]}\"”`\x00]|['’.,;:!?](?!\w))"

_TOKEN_RE: Final = re.compile(
    LEFT_EDGE
    + r"""(?:
        (?P<isodatetime>[0-9]{4}-[0-9]{2}-[0-9]{2}t[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?
            (?:z|[+-][0-9]{2}(?::?[0-9]{2})?)?)
      | (?P<isodate>[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2})
      | (?P<slashdate>[0-9]{1,2}/[0-9]{1,2}(?![0-9/]))
      | (?P<ampm>[0-9]{1,2}(?:[:.][0-9]{2})?[ap](?:m|\.m\.?))
      | (?P<clock>[0-9]{1,2}[:.][0-9]{2})
      | (?P<ordinal>[0-9]{1,2}(?:st|nd|rd|th))
      | (?P<about>[0-9]{1,2}ish)
      | (?P<hourh>[0-9]{1,2}h)
      | (?P<number>[0-9]++)
      | (?P<word>o['’]clock|[ap]\.m\.?|[^\W\d_]++)
    )"""
    + RIGHT_EDGE,
    re.IGNORECASE | re.VERBOSE,
)
#: ``a.m.`` and ``p.m.`` written with points, read as ``am`` and ``pm``.
_POINTED_HALF: Final = re.compile(r"([ap])\.m\.?$")
#: What may stand between two tokens of one phrase: spaces and at most one comma.
_GAP_RE: Final = re.compile(r"\s*+,?\s*+")
_KINDS: Final[dict[str, Kind]] = {
    "word": "word",
    "number": "number",
    "ordinal": "ordinal",
    "slashdate": "slashdate",
    "clock": "clock",
    "ampm": "ampm",
    "isodate": "isodate",
    "isodatetime": "isodatetime",
    "about": "about",
    "hourh": "number",
}
#: What a token written with a letter after its hour stands for: ``8ish`` is about 8, ``18h``
#: is 18 (an hour as French and German write it, read as a time after ``at``).
_HOUR_LETTERS: Final = re.compile(r"(?:ish|h)$", re.IGNORECASE)


class Token(NamedTuple):
    """One word, number or time in a text; ``glued`` when the next token belongs to it."""

    kind: Kind
    text: str
    low: str
    start: int
    end: int
    glued: bool


def tokenize(text: str) -> list[Token]:
    """Return the tokens of ``text`` in order: ``tokenize("9 am")`` gives ``9`` and ``am``."""
    found = list(_TOKEN_RE.finditer(text))
    tokens: list[Token] = []
    for index, match in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        glued = (
            following is not None
            and _GAP_RE.fullmatch(text, match.end(), following.start()) is not None
        )
        word = match.group()
        kind = _KINDS[match.lastgroup or "word"]
        if match.lastgroup in ("about", "hourh"):  # "8ish", "18h": the hour
            word = _HOUR_LETTERS.sub("", word)
        low = _POINTED_HALF.sub(r"\1m", word.lower())  # "8 p.m." is "8 pm"
        tokens.append(Token(kind, word, low, match.start(), match.end(), glued))
    return tokens


def follows(tokens: list[Token], index: int) -> bool:
    """Return whether ``tokens[index]`` exists and continues the phrase of the token before it."""
    return 0 < index < len(tokens) and tokens[index - 1].glued


def count_of(token: Token) -> int | None:
    """Return the number a token spells, ``3`` or ``three``, or None: ``count_of(a)`` is 1."""
    if token.kind == "number":
        return int(token.text) if len(token.text) <= 4 else None
    return NUMBER_WORDS.get(token.low)


def weekday_of(word: str, *, plural: bool = False) -> int | None:
    """Return 0 (Monday) to 6 (Sunday) for a weekday word, ``mondays`` too when ``plural``."""
    if word in WEEKDAYS:
        return WEEKDAYS[word]
    if plural and word.endswith("s") and word[:-1] in _FULL_WEEKDAYS:
        return _FULL_WEEKDAYS.index(word[:-1])
    return None
