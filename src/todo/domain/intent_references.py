"""Which task a chat message means: by id, by position, by ``it``, or by words of its title.

``read_reference("task 3")`` is ``ById(3)``, ``read_reference("the second one")`` is
``ByPosition(2)`` (in the list the conversation last showed), ``read_reference("it")`` is
``ByContext()`` and ``read_reference("the meeting task")`` is ``ByWords("meeting")``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, TypeAlias

from todo.domain.intent_lists import search_words
from todo.domain.intent_words import (
    ORDINALS,
    REF_BULK,
    REF_CONTEXT,
    REF_ID,
    REF_NUMBER,
    REF_ORDINAL,
    REF_TAIL,
    REF_WRAPPING,
    STOPWORDS,
)

#: Text in quotes: data, never a command.
QUOTED: Final = re.compile(r"(?<!\w)([\"“'‘`])(?P<inner>.+?)([\"”'’`])(?!\w)")
_QUESTION_WORDS: Final = frozenset(
    [
        "what",
        "whats",
        "what's",
        "which",
        "anything",
        "everything",
        "is",
        "are",
        "do",
        "does",
        "how",
        "when",
        "any",
        "where",
        "who",
        "why",
        "can",
        "could",
        "should",
    ]
)


@dataclass(frozen=True)
class ById:
    """A task named by its id: ``task 3``, ``#3``."""

    task_id: int


@dataclass(frozen=True)
class ByPosition:
    """A task named by its place in the list last shown; ``-1`` is the last one."""

    position: int


@dataclass(frozen=True)
class ByWords:
    """A task named by words of its title: ``the meeting task`` is ``meeting``."""

    words: str


@dataclass(frozen=True)
class ByContext:
    """``it``, ``that one``: the task the conversation last acted on or showed alone."""


@dataclass(frozen=True)
class Everything:
    """``all my tasks``: more than one task, which the chat does not change at once."""


Reference: TypeAlias = ById | ByPosition | ByWords | ByContext | Everything


def read_reference(text: str) -> Reference | None:
    """Return the task a phrase names, or None: ``read_reference("the 2nd one")`` is position 2."""
    phrase = " ".join(text.strip(" ?!.,;:").split())
    if not phrase or len(phrase) > 200:
        return None
    if REF_CONTEXT.fullmatch(phrase):
        return ByContext()
    if REF_BULK.fullmatch(phrase):
        return Everything()
    by_id = REF_ID.fullmatch(phrase)
    if by_id is not None:
        return ById(int(by_id.group("n"))) if len(by_id.group("n")) < 10 else None
    number = REF_NUMBER.fullmatch(phrase)
    if number is not None:
        return ByPosition(int(number.group("n") or number.group("p")))
    ordinal = REF_ORDINAL.fullmatch(phrase)
    if ordinal is not None:
        digits = ordinal.group("d")
        name = " ".join(ordinal.group("o").lower().replace("-", " ").split())
        return ByPosition(int(digits) if digits else ORDINALS.get(name, 1))
    if phrase.split()[0].lower().strip("'") in _QUESTION_WORDS:
        return None
    words = REF_TAIL.sub("", REF_WRAPPING.sub("", phrase, count=1), count=1)
    words = search_words(unquote(words))
    meaningful = any(word.lower() not in STOPWORDS for word in words.split())
    return ByWords(words) if meaningful else None


def unquote(text: str) -> str:
    """Return ``text`` without the quotes around it, if it is all one quotation."""
    stripped = text.strip()
    whole = QUOTED.fullmatch(stripped)
    return whole.group("inner").strip() if whole is not None else stripped
