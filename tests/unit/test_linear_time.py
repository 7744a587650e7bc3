"""The chat and quick-add readers take bounded time on any text: every pattern runs in linear time.

Every pattern is found by introspection: each :class:`re.Pattern` the modules below hold, also
inside tuples, lists, dicts and classes, so a new pattern cannot slip past; and no function of
those modules may write a pattern of its own. Each pattern then gets the strings that make
backtracking explode, built from its own structure: a prefix that reaches one of its repeats,
that repeat's body (or the way in and the body) pumped to about 2,000 characters, and an ending
that fails the match — ``"add tag x" + " and x" * n + "!"``, ``"todo" * n + "!"``,
``" 'x" * n``… The whole readers get the same treatment, and hypothesis mixes each pattern's own
words at random.

Time is the CPU time of this thread, not the wall clock, so other work on the machine does not
count. Each string grows step by step and stops at the first one over budget, so a pattern that
explodes fails in about a budget's time instead of running for days.
"""

from __future__ import annotations

import ast
import gc
import importlib
import inspect
import pkgutil
import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from re import _constants as sre  # re's own parser: the one way to see a pattern's structure
from re import _parser as sre_parse
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from todo.domain.assistant import (
    intent_clauses,
    intent_edits,
    intent_fields,
    intent_followups,
    intent_lists,
    intent_message,
    intent_orders,
    intent_projects,
    intent_questions,
    intent_references,
    intent_reminders,
    intent_sentences,
    intent_statements,
    intent_titles,
    intent_windows,
    intent_words,
    intents,
    reading_fields,
    reading_model,
    speech,
    spelling,
)
from todo.domain.assistant import replies as chat_replies
from todo.domain.assistant.chat import MESSAGE_MAX
from todo.domain.assistant.intent_fields import read_fields
from todo.domain.assistant.intent_lists import read_list
from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intent_references import hide_quoted, read_reference
from todo.domain.assistant.intents import READ_LIMIT, tidy
from todo.domain.language import quick_add as quickadd
from todo.domain.language import quick_add_preview as quick_preview
from todo.domain.language import when, when_words
from todo.domain.language.quick_add import parse_quick_add
from todo.domain.language.quick_add_preview import preview_quick_add
from todo.domain.language.when import find_when, parse_when
from todo.errors import Invalid
from todo.services.assistant import offline as offline_chat

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN)  # a Thursday

#: The modules whose patterns read what users type.
MODULES: tuple[ModuleType, ...] = (
    intent_clauses,
    intent_fields,
    intent_followups,
    intent_message,
    intent_orders,
    spelling,
    speech,
    intent_reminders,
    intent_statements,
    intent_titles,
    intent_windows,
    intent_questions,
    intent_sentences,
    when_words,
    when,
    quickadd,
    quick_preview,
    intent_words,
    intent_edits,
    intent_lists,
    intent_projects,
    intent_references,
    intents,
    chat_replies,
    offline_chat,
    reading_model,
    reading_fields,
)
#: CPU seconds one call may take, on any input.
BUDGET = 0.05
#: How long the adversarial strings grow.
LENGTH = 2000

#: Strings that strain patterns of words, separators, numbers and dates, whatever the pattern.
COMMON_PUMPS = (
    "x and ",
    "todo ",
    "to do ",
    ", ",
    " ,",
    "#a ",
    "#a, ",
    "# ",
    "1",
    "12 ",
    ":",
    "1:",
    "every ",
    "every mon and ",
    "at 5 ",
    "on ",
    "due on ",
    "the ",
    "task ",
    "remind me ",
    "please ",
    "!high ",
    " 'x",
    "'x' ",
    '"',
    " ",
    "x",
    "x ",
    "-",
    ".",
)
ENDINGS = ("!", "\n!")


# --------------------------------------------------------------------------- finding patterns


def module_patterns() -> dict[str, re.Pattern[str]]:
    """Return every pattern the modules hold, by where it is found; each pattern once."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for module in MODULES:
        for name, value in vars(module).items():
            for where, pattern in _patterns_in(f"{module.__name__}.{name}", value, module, 0):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    found[where] = pattern
    return found


def _patterns_in(
    where: str, value: Any, module: ModuleType, depth: int
) -> Iterator[tuple[str, re.Pattern[str]]]:
    if isinstance(value, re.Pattern):
        yield where, value
    elif depth > 4:
        return
    elif isinstance(value, tuple | list | set | frozenset):
        for index, item in enumerate(value):
            yield from _patterns_in(f"{where}[{index}]", item, module, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(f"{where}[{key!r}]", item, module, depth + 1)
    elif isinstance(value, type) and value.__module__ == module.__name__:
        for name, item in vars(value).items():
            yield from _patterns_in(f"{where}.{name}", item, module, depth + 1)


PATTERNS = module_patterns()


def test_patterns_are_found_in_tuples_dicts_and_every_module() -> None:
    assert len(PATTERNS) >= 80
    for module in (when_words, quickadd, intent_words, intent_edits, intent_lists, intents):
        assert any(where.startswith(module.__name__ + ".") for where in PATTERNS), module
    found = list(PATTERNS.values())
    assert intent_lists._ONLY_LIST_WORDS in found
    assert all(pattern in found for pattern in intent_edits.EDITS)
    assert all(pattern in found for _, pattern in intent_edits.ACTIONS)


_RE_FUNCTIONS = frozenset(
    {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}
)


def test_every_module_that_reads_words_is_timed() -> None:
    """A new module of patterns of the chat or the quick-add parser is timed like the others."""
    import todo.domain.assistant
    import todo.domain.language

    for package in (todo.domain.assistant, todo.domain.language):
        for found in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{found.name}")
            if any(isinstance(value, re.Pattern) for value in vars(module).values()):
                assert module in MODULES, module.__name__


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.__name__)
def test_functions_use_only_module_level_patterns(module: ModuleType) -> None:
    """A pattern written inside a function would escape the timing tests below."""
    tree = ast.parse(inspect.getsource(module))
    inline = [
        f"line {node.lineno}: re.{node.func.attr}"
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
        and node.func.attr in _RE_FUNCTIONS
    ]
    assert not inline, f"compile these at module level: {inline}"


# --------------------------------------------------------------------------- adversarial strings

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ALPHABET = "x5 ,.#-/:!'\"_é\x00\n("
_KEPT = 8  # samples kept per part of a pattern
_SAMPLES: dict[int, list[str]] = {}
_TREES: dict[re.Pattern[str], Any] = {}


def parsed(pattern: re.Pattern[str]) -> Any:
    """Return the parse tree of ``pattern``, kept so that its samples are worked out once."""
    if pattern not in _TREES:
        _TREES[pattern] = sre_parse.parse(pattern.pattern, pattern.flags)
    return _TREES[pattern]


def samples(items: Any) -> list[str]:
    """Return a few strings a parsed sequence matches: each alternative of each part once."""
    if id(items) not in _SAMPLES:
        _SAMPLES[id(items)] = _samples(items)
    return _SAMPLES[id(items)]


def _samples(items: Any) -> list[str]:
    options = [_samples_of(op, av) for op, av in items]
    base = [option[0] for option in options]
    out = ["".join(base)]
    for index, option in enumerate(options):
        for other in option[1:]:
            out.append("".join([*base[:index], other, *base[index + 1 :]]))
    varied = [option for option in options if len(option) > 1]
    if len(varied) > 1:  # a few mixes where several parts change at once
        rng = random.Random(len(out))
        out += ["".join(rng.choice(option) for option in options) for _ in range(3)]
    return list(dict.fromkeys(out))[:_KEPT]


def _samples_of(op: Any, av: Any) -> list[str]:
    if op is sre.LITERAL:
        return [chr(av)]
    if op is sre.NOT_LITERAL:
        return ["y" if chr(av) == "x" else "x"]
    if op is sre.ANY:
        return ["x"]
    if op is sre.IN:
        if id(av) not in _SAMPLES:
            _SAMPLES[id(av)] = [char for char in _ALPHABET if _in_class(char, av)][:3] or ["x"]
        return _SAMPLES[id(av)]
    if op is sre.BRANCH:
        return list(dict.fromkeys(sample for branch in av[1] for sample in samples(branch)))
    if op is sre.SUBPATTERN:
        return samples(av[-1])
    if op is sre.ATOMIC_GROUP:
        return samples(av)
    if op in _REPEATS:
        low, _, body = av
        repeated = [sample * max(low, 1) for sample in samples(body)]
        return ["", *repeated] if low == 0 else repeated
    if op is sre.GROUPREF_EXISTS:
        return samples(av[1])
    return [""]  # anchors, lookarounds and back-references consume nothing of their own


def _in_class(char: str, items: Any) -> bool:
    negate = False
    found = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            found |= char == chr(av)
        elif op is sre.RANGE:
            found |= av[0] <= ord(char) <= av[1]
        elif op is sre.CATEGORY:
            found |= _in_category(char, av)
    return found != negate


def _in_category(char: str, category: Any) -> bool:
    word = char.isalnum() or char == "_"
    tests = {
        sre.CATEGORY_DIGIT: char.isdecimal(),
        sre.CATEGORY_NOT_DIGIT: not char.isdecimal(),
        sre.CATEGORY_SPACE: char.isspace(),
        sre.CATEGORY_NOT_SPACE: not char.isspace(),
        sre.CATEGORY_WORD: word,
        sre.CATEGORY_NOT_WORD: not word,
    }
    return tests.get(category, False)


def repeats(pattern: re.Pattern[str]) -> list[tuple[str, list[str]]]:
    """Return ``(prefix, bodies)`` for each unbounded repeat: a way in, and what it repeats."""
    found: list[tuple[str, list[str]]] = []
    _repeats(parsed(pattern), "", found)
    return found


def _repeats(items: Any, prefix: str, found: list[tuple[str, list[str]]]) -> None:
    heads = [_samples_of(op, av)[0] for op, av in items]
    for index, (op, av) in enumerate(items):
        here = prefix + "".join(heads[:index])
        if op in _REPEATS:
            _, high, body = av
            if high == sre.MAXREPEAT or high > 30:
                found.append((here, [sample for sample in samples(body) if sample]))
            _repeats(body, here, found)
        elif op is sre.SUBPATTERN:
            _repeats(av[-1], here, found)
        elif op is sre.ATOMIC_GROUP:
            _repeats(av, here, found)
        elif op is sre.BRANCH:
            for branch in av[1]:
                _repeats(branch, here, found)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _repeats(av[1], here, found)


def vocabulary(pattern: re.Pattern[str]) -> list[str]:
    """Return the words and marks a pattern is written with: each alternative it offers."""
    words: dict[str, None] = {}
    _alternatives(parsed(pattern), words)
    return [word for word in words if 0 < len(word) <= 24] or ["x"]


def _alternatives(items: Any, words: dict[str, None]) -> None:
    for op, av in items:
        if op is sre.BRANCH:
            for branch in av[1]:
                words.update(dict.fromkeys(samples(branch)[:2]))
                _alternatives(branch, words)
        elif op is sre.SUBPATTERN:
            _alternatives(av[-1], words)
        elif op is sre.ATOMIC_GROUP:
            _alternatives(av, words)
        elif op in _REPEATS:
            words.update(dict.fromkeys(samples(av[2])[:2]))
            _alternatives(av[2], words)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _alternatives(av[1], words)


@dataclass(frozen=True)
class Attack:
    """``prefix + pump * n + ending``, grown until it is about as long as asked."""

    prefix: str
    pump: str
    ending: str

    def text(self, count: int) -> str:
        return self.prefix + self.pump * count + self.ending

    def counts(self, length: int) -> Iterator[int]:
        """Grow by a few pumps while short, then four times over: an explosion stops early."""
        full = max(1, (length - len(self.prefix) - len(self.ending)) // len(self.pump))
        count = 96
        steps = [4, 8, 12, 16, 20, 24]
        while count * 2 < full:
            steps.append(count)
            count *= 4
        yield from (step for step in steps if step < full)
        yield full

    def __str__(self) -> str:
        return f"{self.prefix!r} + {self.pump!r} * n + {self.ending!r}"


def attacks(pattern: re.Pattern[str]) -> list[Attack]:
    """Return the strings that pump each repeat of ``pattern``, and the common pumps."""
    found: dict[Attack, None] = {}
    for prefix, bodies in repeats(pattern):
        for body in bodies:  # the repeat, pumped where it is
            found.update(dict.fromkeys(Attack(prefix, body, ending) for ending in ENDINGS))
        for body in bodies[:2]:  # the way in and the repeat, again and again
            found[Attack("", prefix + body, "!")] = None
            found[Attack("", prefix + body + " ", "!")] = None
    found.update(dict.fromkeys(Attack("", pump, "!") for pump in COMMON_PUMPS))
    return list(found)


# --------------------------------------------------------------------------- timing


def cpu_seconds(call: Callable[[str], object], text: str) -> float:
    """Return the CPU time this thread spent on ``call(text)``, the garbage collector paused.

    A collection scans every object of the test process, whatever the text: its time is not
    the reader's.
    """
    gc.disable()
    try:
        started = time.thread_time()
        call(text)
        return time.thread_time() - started
    finally:
        gc.enable()


def slowest(call: Callable[[str], object], attack: Attack, length: int) -> tuple[float, int]:
    """Return the time of the longest string tried and its length; stop at the first too slow.

    A string over budget is timed twice and the better time kept, so a pause of the machine is
    not taken for the reader's; a reader that is really slow is slow both times.
    """
    spent, size = 0.0, 0
    for count in attack.counts(length):
        text = attack.text(count)
        spent, size = cpu_seconds(call, text), len(text)
        if spent > BUDGET:
            spent = min(spent, cpu_seconds(call, text))
        if spent > BUDGET:
            break
    return spent, size


def assert_fast(name: str, call: Callable[[str], object], attack: Attack, length: int) -> None:
    spent, size = slowest(call, attack, length)
    assert spent <= BUDGET, f"{name} took {spent * 1000:.0f} ms on {size} characters: {attack}"


def _finditer(pattern: re.Pattern[str]) -> Callable[[str], object]:
    return lambda text: [match.end() for match in pattern.finditer(text)]


@pytest.mark.parametrize("where", list(PATTERNS))
def test_every_pattern_runs_in_linear_time(where: str) -> None:
    pattern = PATTERNS[where]
    for attack in attacks(pattern):
        assert_fast(f"{where}.finditer", _finditer(pattern), attack, LENGTH)
        assert_fast(f"{where}.fullmatch", pattern.fullmatch, attack, LENGTH)


_GLUES = ("", " ", "  ", ", ", " and ", ",", "\n")
_ENDS = (*ENDINGS, "", "x", "#", "'", ":")
_VOCABULARY = {where: vocabulary(pattern) for where, pattern in PATTERNS.items()}
_PREFIXES = {
    where: list(dict.fromkeys(["", *(prefix for prefix, _ in repeats(pattern))]))
    for where, pattern in PATTERNS.items()
}


@st.composite
def word_mixes(draw: st.DrawFn, words: list[str], prefixes: list[str]) -> Attack:
    """A prefix, then one to three of the words, glued and pumped, then an ending."""
    glue = draw(st.sampled_from(_GLUES))
    pieces = draw(st.lists(st.sampled_from(words), min_size=1, max_size=3))
    pump = glue.join(pieces) + draw(st.sampled_from(_GLUES))
    return Attack(draw(st.sampled_from(prefixes)), pump or "x", draw(st.sampled_from(_ENDS)))


@st.composite
def pattern_mixes(draw: st.DrawFn) -> tuple[str, Attack]:
    where = draw(st.sampled_from(sorted(PATTERNS)))
    return where, draw(word_mixes(_VOCABULARY[where], _PREFIXES[where]))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pattern_mixes())
def test_random_mixes_of_a_patterns_words_run_in_linear_time(case: tuple[str, Attack]) -> None:
    where, attack = case
    pattern = PATTERNS[where]
    assert_fast(f"{where}.finditer", _finditer(pattern), attack, LENGTH)
    assert_fast(f"{where}.fullmatch", pattern.fullmatch, attack, LENGTH)


# --------------------------------------------------------------------------- the readers


def _read_intent(text: str) -> object:
    return read_intent(text, now=NOW, tz=BERLIN)


def _read_fields(text: str) -> object:
    return read_fields(text, now=NOW, tz=BERLIN)


def _quick_add(text: str) -> object:
    return parse_quick_add(text, now=NOW, tz=BERLIN)


def _preview(text: str) -> object:
    return preview_quick_add(text, now=NOW, tz=BERLIN)


def _find_when(text: str) -> object:
    return find_when(text, now=NOW, tz=BERLIN)


#: A long task list: the learned reader compares a message with each of its titles.
_TITLES = [
    f"Renew the passport and book appointment number {n} at the embassy for the family visa"
    for n in range(100)
]


def _reading_of(text: str) -> object:
    return reading_model.reading_of(text, _TITLES, now=NOW, tz=BERLIN)


def _fields_for(text: str) -> object:
    for action in ("due", "remind", "repeat", "priority", "describe", "rename"):
        reading_fields.fields_for(action, text, now=NOW, tz=BERLIN)
    return reading_fields.days_moved(text), reading_fields.level_set(text)


def _parse_when(text: str) -> object:
    try:
        return parse_when(text, now=NOW, tz=BERLIN)
    except Invalid:
        return None


#: Each reader, and the longest text it is given: the chat reads at most READ_LIMIT characters
#: (runs of spaces count as one) of a message of at most MESSAGE_MAX.
READERS: dict[str, tuple[Callable[[str], object], int]] = {
    "read_intent": (_read_intent, READ_LIMIT),
    "read_intent, a whole message": (_read_intent, MESSAGE_MAX),
    "tidy": (tidy, READ_LIMIT),
    "cleaned": (speech.cleaned, MESSAGE_MAX),
    "read_list": (read_list, READ_LIMIT),
    "read_reference": (read_reference, READ_LIMIT),
    "hide_quoted": (hide_quoted, LENGTH),
    "read_fields": (_read_fields, READ_LIMIT),
    "parse_quick_add": (_quick_add, LENGTH),
    "preview_quick_add": (_preview, LENGTH),
    "find_when": (_find_when, LENGTH),
    "parse_when": (_parse_when, LENGTH),
    "reading_of": (_reading_of, MESSAGE_MAX),
    "fields_for": (_fields_for, MESSAGE_MAX),
    "without_filler": (intent_followups.without_filler, MESSAGE_MAX),
    "unwrapped_title": (lambda text: intent_titles.unwrapped_title(text, text), MESSAGE_MAX),
    "stated_sentence": (intent_statements.stated_sentence, READ_LIMIT),
}
#: Pumps for the readers' loops over words: dates, times, repeats, tags, quotes.
READER_PUMPS = (
    *COMMON_PUMPS,
    "bred* ",
    "um uh ",
    "x -- y ",
    "prescripton, sorry, ",
    "lah ",
    "dec 1 ",
    "1st of december ",
    "tomorrow 9am ",
    "friday at 17:30 ",
    "in 2 hours ",
    "next friday ",
    "2026-12-01 ",
    "9:30pm ",
    "daily ",
    "every 2 days ",
    "every mon tue ",
    "#a ,x ",
    "+a ,x ",
    "p1 ",
    "urgent ",
    "'a' b ",
    "and remind me at 5 ",
)
#: Ways into each kind of chat request, each pumped with the pumps that strain it most.
CHAT_PREFIXES = (
    "add tags ",
    "remove tags ",
    "add #a ",
    "add a task to ",
    "remind me to ",
    "mark ",
    "change the title of x to ",
    "move x to ",
    "search for ",
    "show my ",
    "tag x with ",
    "add a note to x: ",
    "what's ",
    "please ",
)
CHAT_PUMPS = (
    "x and ",
    "todo ",
    "#a ",
    ", ",
    " ",
    "at 5 ",
    "every mon and ",
    " 'x",
    "on ",
    # Sentences and clauses: a message is read in parts too.
    "add x. ",
    "x, and make it urgent ",
    "done. ",
    "mr. x ",
)


def reader_attacks(reader: str) -> list[Attack]:
    found = [Attack("", pump, "!") for pump in READER_PUMPS]
    if reader == "preview_quick_add":  # the parser and a model: a sample shows it adds no loop
        return found[::4]
    if reader == "read_intent":
        found += [Attack(prefix, pump, "!") for prefix in CHAT_PREFIXES for pump in CHAT_PUMPS]
    if reader == "read_intent, a whole message":  # spaced out, so that all of it is still read
        found += [
            Attack(prefix, pump.rstrip() + " " * 4 * len(pump), "!")
            for prefix in CHAT_PREFIXES[:6]
            for pump in CHAT_PUMPS
        ]
    return found


@pytest.mark.parametrize("reader", list(READERS))
def test_every_reader_runs_in_linear_time(reader: str) -> None:
    call, length = READERS[reader]
    for attack in reader_attacks(reader):
        assert_fast(reader, call, attack, length)


_ALL_WORDS = sorted({word for words in _VOCABULARY.values() for word in words})


@st.composite
def reader_mixes(draw: st.DrawFn) -> tuple[str, Attack]:
    reader = draw(st.sampled_from(sorted(READERS)))
    prefixes = ["", *CHAT_PREFIXES]
    return reader, draw(word_mixes([*_ALL_WORDS, *READER_PUMPS], prefixes))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reader_mixes())
def test_random_mixes_of_all_words_run_in_linear_time(case: tuple[str, Attack]) -> None:
    reader, attack = case
    call, length = READERS[reader]
    assert_fast(reader, call, attack, length)


@pytest.mark.parametrize(
    "attack",
    [
        Attack("add tags ", "x and ", "x"),
        Attack("remove tags ", "x and ", "x from task 3!"),
        Attack("", "todo ", "x"),
        Attack("mark", " ", "!"),
        Attack("", " 'x", ""),
    ],
    ids=str,
)
def test_messages_built_to_make_the_chat_backtrack_are_read_at_once(attack: Attack) -> None:
    assert_fast("read_intent", _read_intent, attack, READ_LIMIT)
