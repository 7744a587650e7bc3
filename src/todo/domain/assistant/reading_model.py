"""A learned second reading of a chat message: which action it asks of which existing task.

The rules of :mod:`~todo.domain.assistant.intents` read a message by its wording; they miss
ordinary wordings nobody wrote a rule for ("dentist moved to thursday same time", "the
pediatrician is called"). This reader looks at the message with the user's task titles beside
it: the words that name a task become ``TASK``, a date ``DATE``, a time ``TIME``, a repeat
``REPEAT``, a priority ``PRIO``, a number ``NUM`` (:func:`reading_of`), and a small linear model
(multinomial logistic regression over words and word pairs, :class:`ActionModel`) says which
action that shape asks for. The model is trained at build time on labelled messages
(:func:`train`), shipped as a JSON file and loaded in milliseconds; its answers are
deterministic. The engine takes it only where the rules did not understand a message or read it
as a new task whose words are an existing task's, and never deletes on its word alone.

Every loop here is bounded by the length of the message (at most :data:`MAX_WORDS` words are
read) and the number of titles (at most :data:`MAX_TITLES`).
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Final
from zoneinfo import ZoneInfo

from todo.domain.assistant.intent_words import STOPWORDS
from todo.domain.language.quick_add import parse_quick_add

#: The actions the model tells apart.
LABELS: Final = (
    "add",
    "complete",
    "delete",
    "reopen",
    "restore",
    "due",
    "undue",
    "raise",
    "lower",
    "priority",
    "remind",
    "unremind",
    "repeat",
    "unrepeat",
    "rename",
    "describe",
    "list",
    "none",
)
#: Weights smaller than this are left out of the shipped model (they change no answer).
PRUNED: Final = 0.05
#: The most words and characters of a message read, and the most task titles compared with it.
MAX_WORDS: Final = 60
MAX_CHARACTERS: Final = 600
MAX_TITLES: Final = 200

_WORD: Final = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_TIME: Final = re.compile(
    r"\b(?:at\s++)?\d{1,2}(?:[:.]\d{2}|\s++\d{2}(?!\d))?\s*+(?:am|pm|a\.m\.|p\.m\.|h)?\b"
    r"(?=\s*+(?:am|pm|o'?clock|in\s++the|tonight|today|tomorrow|$|[,.!?]))|"
    r"\b(?:noon|midday|midnight)\b",
    re.IGNORECASE,
)
_PLACEHOLDERS: Final = {
    "due": "DATE",
    "recurrence": "REPEAT",
    "priority": "PRIO",
    "tag": "TAG",
    "project": "PROJECT",
    "description": "NOTE",
}
#: How much of a title is compared with the message: its first characters and words.
_TITLE_READ: Final = 200
_TITLE_WORDS: Final = 12
#: How many letters another form of a word may add or drop (``renew``, ``renewal``).
_FORM_LETTERS: Final = 3
#: The fewest letters of two title words said as one (``backup``), and of a stem.
_GLUED_LETTERS: Final = 5
_STEM_LETTERS: Final = 6
#: Endings of nouns made of verbs, the longest first (``reconcil-iation``), and a final ``e``.
_NOUN_ENDINGS: Final = frozenset({"iation", "ation", "ition", "ment", "ion"})
_ENDINGS: Final = ("iation", "ation", "ition", "ment", "ion", "e")
#: Words too common to name a task on their own.
_WEAK: Final = STOPWORDS | frozenset(
    {"i", "me", "my", "it", "to", "and", "or", "of", "in", "on", "at", "for", "with", "is"}
    | {"are", "was", "be", "been", "do", "did", "done", "please", "the", "this", "that"}
    | {"task", "tasks", "todo", "list", "one"}
)


#: A message that begins by asking for a new task: ``add …``, ``could you create a task …``.
_ASKS_TO_ADD: Final = re.compile(
    r"^\W*+(?:(?:please|pls|plz|kindly|can\s++you|could\s++you|hey|ok|so)[\s,]++){0,3}+"
    r"(?:add|create|new\s++task|make\s++(?:me\s++)?an?\s++(?:task|to-?do))\b(?![-\w])(?!\s++(?:a\s++)?notes?\b)",
    re.IGNORECASE,
)


def asks_to_add(message: str) -> bool:
    """Tell whether a message begins by asking for a new task (``add milk``, ``please create a
    task to …``; not ``add a note to …``)."""
    return _ASKS_TO_ADD.match(message[:MAX_CHARACTERS]) is not None


@dataclass(frozen=True)
class Reading:
    """A message as the model sees it: its ``tokens`` with placeholders, and the task named.

    ``task`` is the index among the titles given of the one task the message names best
    (None: none), ``fit`` the share of that title's words the message says (0 to 1), ``said``
    how many of them, ``alone`` whether no other title has a word in the message, and ``tied``
    the other titles the same words name (``send money`` of "Send money to Mae" and "Send money
    to Ploy")."""

    tokens: tuple[str, ...]
    task: int | None
    fit: float
    alone: bool = True
    said: int = 0
    tied: tuple[int, ...] = ()


def reading_of(message: str, titles: Sequence[str], *, now: datetime, tz: ZoneInfo) -> Reading:
    """Return ``message`` with the task it names, its dates, repeats and priorities replaced
    by placeholders (``"dentist moved to thursday"`` → ``TASK moved to DATE``)."""
    text = " ".join(message[:MAX_CHARACTERS].split()[:MAX_WORDS])
    quick = parse_quick_add(text, now=now, tz=tz)
    pieces: list[str] = []
    at = 0
    for span in quick.spans:
        if span.start < at:
            continue
        pieces += [text[at : span.start], f" {_PLACEHOLDERS.get(span.field, 'X')} "]
        at = span.end
    pieces.append(text[at:])
    text = _TIME.sub(" TIME ", "".join(pieces))
    found = _WORD.findall(text)[:MAX_WORDS]
    words = [word if word in _KEPT else word.casefold() for word in found]
    words = ["NUM" if word.isdigit() else word for word in words]
    task, fit, marked, said, alone, tied = _best_title(words, titles[:MAX_TITLES])
    tokens: list[str] = []
    for index, word in enumerate(words):
        if index in marked:
            if not tokens or tokens[-1] != "TASK":
                tokens.append("TASK")
            continue
        if tokens and tokens[-1] == "TASK" and word in _WEAK and _marked_after(index, marked):
            continue  # "TASK of the TASK": one task
        tokens.append(word)
    return Reading(tuple(tokens), task, fit, alone, said, tied)


_KEPT: Final = frozenset(_PLACEHOLDERS.values()) | {"TIME", "X"}


def _marked_after(index: int, marked: set[int]) -> bool:
    return any(later in marked for later in range(index + 1, index + 3))


def _best_title(
    words: list[str], titles: Sequence[str]
) -> tuple[int | None, float, set[int], int, bool, tuple[int, ...]]:
    """Return the title the words name best, the share of its words said, which of
    ``words`` name it, how many of its words are said, whether it is the only title with
    a word said, and the other titles the words that name it name too when none is said whole
    ("send money" of "Send money to Mae" and "Send money to Nong Ploy")."""
    best: tuple[int | None, float, set[int], int] = (None, 0.0, set(), 0)
    named = 0
    named_by: list[tuple[int, frozenset[int]]] = []
    at: dict[str, list[int]] = {}
    for index, word in enumerate(words):
        at.setdefault(word, []).append(index)
    compared: dict[str, list[int]] = {}  # each title word's places in the message, found once
    for number, title in enumerate(titles):
        wanted = [w.casefold() for w in _WORD.findall(title[:_TITLE_READ])][:_TITLE_WORDS]
        strong = {w for w in wanted if w not in _WEAK and not w.isdigit()}
        if not strong:  # "To do": no word of it names it
            continue
        marked: set[int] = set()
        said = 0
        for name in strong:
            if name not in compared:
                compared[name] = [
                    i for word, places in at.items() if _same_word(word, name) for i in places
                ]
            if compared[name]:
                said += 1
                marked.update(compared[name])
        glued = _glued(wanted, at) if said else {}
        for name in strong:
            places = glued.get(name, [])
            # Never alone: "workout" is a form of "work", but not "Work out the budget" unless
            # another word names the task too ("the thesis backup": Back up the thesis folder).
            if not compared[name] and places and marked - set(places):
                said += 1
                marked.update(places)
        fit = said / len(strong)
        named += fit > 0
        if said:
            named_by.append((number, frozenset(marked)))
        if fit > best[1]:
            best = (number, fit, marked, said)
    tied = tuple(
        number
        for number, words in named_by
        if best[1] < 1 and number != best[0] and words == best[2]
    )  # "Dentist" said whole is no tie with "Dentist for kids"
    return (*best, named <= 1, tied)


def _glued(wanted: list[str], at: dict[str, list[int]]) -> dict[str, list[int]]:
    """Return, for words of a title, the places of a word said that is two of its words
    written as one (``backup`` for "back up", ``preorder`` for "Pre-order")."""
    found: dict[str, list[int]] = {}
    for first, second in pairwise(wanted):
        places = at.get(first + second, [])
        if places and len(first + second) >= _GLUED_LETTERS:
            found.setdefault(first, []).extend(places)
            found.setdefault(second, []).extend(places)
    return found


def _same_word(said: str, name: str) -> bool:
    """Tell whether a word said is a word of a title: the same word, another form of it
    (``called``, ``call``), or a slip of one letter in a long word (``pasport``)."""
    if said == name:
        return True
    if len(said) < 3 or len(name) < 4:
        return False
    if (
        said[:4] == name[:4]
        and abs(len(said) - len(name)) <= _FORM_LETTERS
        and (said.startswith(name[:-1]) or name.startswith(said[:-1]))
    ):
        return True  # call/called, renew/renewal, tyres/tyre; not card/cardiologist
    if len(name) >= 6 and abs(len(said) - len(name)) <= 1:
        return _one_slip(said, name)
    return _shortened(said, name) or _verb_and_noun(said, name)


def _verb_and_noun(said: str, name: str) -> bool:
    """Tell whether two long words are a verb and the noun made of it: ``reconcile`` and
    ``reconciliation``, ``prepare`` and ``preparation`` (the same stem of six letters or more;
    not two nouns, ``conversion`` and ``conversation``, nor a past form, ``confirmed``)."""
    (a, ending_a), (b, ending_b) = _stem(said), _stem(name)
    endings = {ending_a, ending_b}
    return a == b and len(endings & _NOUN_ENDINGS) == 1 and len(endings & {"", "e"}) == 1


def _stem(word: str) -> tuple[str, str]:
    """Return ``word`` split before the ending that makes a noun of a verb (or a final
    ``e``), and that ending."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _STEM_LETTERS:
            return word[: -len(ending)], ending
    return word, ""


def _shortened(said: str, name: str) -> bool:
    """Tell whether ``said`` is a shortening of ``name``: its first letter and then its other
    letters in order, mostly consonants, and not its beginning (``appt`` for appointment,
    ``mtg`` for meeting, ``bday`` for birthday; not ``card`` for cardiologist)."""
    if len(said) < 3 or said[0] != name[0] or name.startswith(said) or said in _WEAK:
        return False
    vowels = sum(letter in "aeiou" for letter in said[1:])
    if vowels > (1 if len(said) >= 4 else 0):  # "bin" is not "bring", "mum" not "museum"
        return False
    rest = iter(name[1:])
    return all(letter in rest for letter in said[1:])


def _one_slip(a: str, b: str) -> bool:
    """Tell whether ``a`` and ``b`` differ by one letter left out, added, changed or two
    letters swapped."""
    if len(a) == len(b):
        differ = [i for i in range(len(a)) if a[i] != b[i]]
        if len(differ) == 1:
            return True
        return (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and a[differ[0]] == b[differ[1]]
            and a[differ[1]] == b[differ[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    same = 0
    while same < len(short) and short[same] == long[same]:
        same += 1
    return short[same:] == long[same + 1 :]


def features(reading: Reading) -> list[str]:
    """Return the model's features of a reading: its words, word pairs and how well it named
    a task."""
    tokens = ("<s>", *reading.tokens, "</s>")
    found = [f"w:{token}" for token in tokens[1:-1]]
    found += [f"p:{a}_{b}" for a, b in pairwise(tokens)]
    fit = "none" if reading.task is None else "all" if reading.fit >= 1 else "part"
    found.append(f"fit:{fit}")
    return found


@dataclass(frozen=True)
class ActionModel:
    """Weights of a multinomial logistic regression: per label, a bias and feature weights."""

    weights: Mapping[str, Mapping[str, float]]
    bias: Mapping[str, float]

    def predict(self, found: Iterable[str]) -> list[tuple[str, float]]:
        """Return each label with its probability, the likeliest first."""
        seen = set(found)
        scores = {
            label: self.bias.get(label, 0.0) + sum(weights.get(feature, 0.0) for feature in seen)
            for label, weights in self.weights.items()
        }
        top = max(scores.values(), default=0.0)
        exp = {label: math.exp(score - top) for label, score in scores.items()}
        total = sum(exp.values()) or 1.0
        return sorted(((label, value / total) for label, value in exp.items()), key=_by_chance)

    def as_json(self) -> dict[str, object]:
        """Return the model as JSON-ready data (weights rounded, those under :data:`PRUNED`
        left out)."""
        return {
            "labels": sorted(self.weights),
            "bias": {label: round(value, 4) for label, value in sorted(self.bias.items())},
            "weights": {
                label: {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= PRUNED}
                for label, weights in sorted(self.weights.items())
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> ActionModel:
        """Return the model saved by :meth:`as_json`."""
        weights, bias = data.get("weights"), data.get("bias")
        if not isinstance(weights, dict) or not isinstance(bias, dict):
            raise ValueError("A reading model needs 'weights' and 'bias' objects.")
        return cls(weights=weights, bias=bias)


def _by_chance(item: tuple[str, float]) -> tuple[float, str]:
    return (-item[1], item[0])


def train(
    examples: Sequence[tuple[list[str], str]], *, epochs: int = 25, rate: float = 0.2
) -> ActionModel:
    """Fit the model to ``(features, label)`` examples by stochastic gradient descent, in an
    order fixed by a seeded shuffle, so the same examples always give the same model."""
    labels = sorted({label for _, label in examples})
    weights: dict[str, dict[str, float]] = {label: {} for label in labels}
    bias = dict.fromkeys(labels, 0.0)
    order = list(range(len(examples)))
    shuffler = random.Random(15)  # noqa: S311 - an order to train in, not a secret
    decay = 1e-5
    for epoch in range(epochs):
        shuffler.shuffle(order)
        step = rate / (1 + epoch * 0.2)
        model = ActionModel(weights, bias)
        for index in order:
            found, label = examples[index]
            seen = set(found)
            for guess, chance in model.predict(seen):
                gradient = (1.0 if guess == label else 0.0) - chance
                if abs(gradient) < 1e-4:
                    continue
                bias[guess] += step * gradient
                row = weights[guess]
                for feature in seen:
                    value = row.get(feature, 0.0)
                    row[feature] = value * (1 - decay) + step * gradient
    return ActionModel(weights, bias)
