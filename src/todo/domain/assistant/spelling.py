"""Misspelt request words, corrected: ``shwo me evrything`` is ``show me everything``.

Only the words the reader keys on are corrected (:data:`VOCABULARY`: verbs of requests, days,
months, words about lists and times), never a word of a task's title that is not one of them.
A word is corrected to the one vocabulary word it is a single slip away from:

* two neighbouring letters swapped (``shwo``, ``remidn``), for words of four letters or more;
* one letter missing (``evrything``, ``shedule``) or one letter too many (``priorrity``), for
  words of seven letters or more;
* one letter wrong (``complate``), for words of seven letters or more.

Shorter words are left alone: too many ordinary words are one letter from ``done`` or ``list``.
When a slip could be two vocabulary words, nothing is corrected. Lookups are in tables built
once, so a message of any length is corrected in linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

_WORDS: Final = """
    add create make remind reminder reminders remember forget note schedule
    show list display search find tasks task todo todos everything anything something
    complete completed finish finished done delete deleted remove removed restore reopen
    rename change update move postpone reschedule cancel clear repeat repeating recurring
    priority urgent important pending overdue deadline deadlines upcoming tomorrow today
    tonight yesterday morning afternoon evening weekend weekday weekdays week weeks month
    months monday tuesday wednesday thursday friday saturday sunday january february march
    april june july august september october november december every daily weekly monthly
    yearly fortnight fortnightly please thanks description called titled tagged label
    instead actually already another anymore mondays tuesdays wednesdays thursdays fridays
    saturdays sundays mornings evenings afternoons weekends title titles
"""
VOCABULARY: Final = frozenset(_WORDS.split())
#: Ordinary words a slip away from a vocabulary word, never corrected (``sending`` is no
#: ``pending``, ``headline`` no ``deadline``, ``reminded`` no ``reminder``).
_WORDS_OF_THEIR_OWN: Final = frozenset(
    {"ending", "compete", "competed", "impotent", "thank", "lease", "mourning", "weakly"}
    | {"bending", "fending", "lending", "mending", "penning", "rending", "sending", "spending"}
    | {"tending", "upending", "vending", "wending", "headline", "headlines", "deadliness"}
    | {"remainder", "remainders", "reminded", "remembers", "reheating", "repealing"}
    | {"repenting", "depleted", "deletes", "moaning", "mooning", "factually", "tilted"}
    | {"misplay", "displays", "completer", "completes", "finisher", "finishes", "remover"}
    | {"removes", "postpones", "reschedules", "restorer", "restores", "scheduler", "schedules"}
    | {"descriptions", "fortnights"}
    | {"anythings", "somethings", "tomorrows", "yesterdays", "sundaes"}
)
_WORD: Final = re.compile(r"[A-Za-z]{4,30}")


def _swaps(word: str) -> Iterator[str]:
    for index in range(len(word) - 1):
        if word[index] != word[index + 1]:
            yield word[:index] + word[index + 1] + word[index] + word[index + 2 :]


def _deletions(word: str) -> Iterator[str]:
    for index in range(len(word)):
        yield word[:index] + word[index + 1 :]


def _table() -> tuple[dict[str, str | None], dict[str, str | None], dict[str, str | None]]:
    """Return, for every slip, the vocabulary word it comes from (``None`` when several):
    swapped letters, a letter missing, and each word with one letter left out (for a wrong
    letter, looked up with the input's own letter left out at the same place)."""
    swapped: dict[str, str | None] = {}
    missing: dict[str, str | None] = {}
    wrong: dict[str, str | None] = {}
    for word in VOCABULARY:
        for table, slips, shortest in (
            (swapped, _swaps(word), 4),
            (missing, _deletions(word), 7),
            (wrong, (f"{index}:{slip}" for index, slip in enumerate(_deletions(word))), 7),
        ):
            if len(word) < shortest:
                continue
            for slip in slips:
                if slip in VOCABULARY or slip in _WORDS_OF_THEIR_OWN:
                    continue
                table[slip] = word if table.get(slip, word) == word else None
    return swapped, missing, wrong


_SWAPPED, _MISSING, _WRONG = _table()


def correct_word(word: str) -> str:
    """Return the vocabulary word ``word`` is a slip of, or ``word`` itself."""
    lower = word.lower()
    if lower in VOCABULARY or lower in _WORDS_OF_THEIR_OWN or not 4 <= len(lower) <= 30:
        return word
    found = _SWAPPED.get(lower) or _MISSING.get(lower)
    if found is None and len(lower) >= 8:  # a letter too many: one of its deletions is a word
        extra = {slip for slip in _deletions(lower) if slip in VOCABULARY}
        found = extra.pop() if len(extra) == 1 else None
    if found is None and len(lower) >= 7:
        wrong = {_WRONG.get(f"{index}:{slip}") for index, slip in enumerate(_deletions(lower))} - {
            None
        }
        found = wrong.pop() if len(wrong) == 1 else None
    if found is None:
        return word
    return found.capitalize() if word[:1].isupper() else found


def correct_spelling(text: str) -> str:
    """Return ``text`` with each misspelt vocabulary word corrected (see the module's help)."""
    return _WORD.sub(lambda found: correct_word(found.group()), text)
