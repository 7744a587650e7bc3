"""CPU time of the offline chat reader and the quick-add parser on hostile text.

Each hostile message is built to make a backtracking pattern explode (the shapes the security
review found: a repeated ``x and`` after ``add tags``, a run of one word, unclosed quotes), at
two lengths: the longest message the chat reader reads (longer ones are answered "too long"
at once) and the longest chat message; beside them, the baseline: an ordinary sentence of each
kind. Reports the median and the worst of ``--runs`` CPU times per input, in milliseconds
(the thread's CPU time, so other work on the machine counts little).

    .venv/bin/python bench/offline_reader_worst_case.py [--runs 5]
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from todo.domain.assistant.chat import MESSAGE_MAX
from todo.domain.assistant.intent_message import read_intent
from todo.domain.assistant.intents import READ_LIMIT
from todo.domain.language.quick_add import parse_quick_add

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=BERLIN)


def _fill(head: str, unit: str, tail: str, length: int) -> str:
    """``head`` + ``unit`` repeated up to ``length`` characters + ``tail``."""
    room = length - len(head) - len(tail)
    return head + unit * (room // len(unit)) + tail


HOSTILE = {
    "add tags x and … x": ("add tags ", "x and ", "x"),
    "add tags x and … !": ("add tags ", "x and ", "!"),
    "one word repeated": ("", "todo", "!"),
    "unclosed quotes": ("rename task 1 to", " 'x", ""),
    "dates without end": ("remind me ", "next monday at 5 ", "?"),
}
INPUTS: dict[str, str] = {
    "baseline: add a task": "add buy milk tomorrow at 5pm #home !high",
    "baseline: list": "what's due this week tagged work?",
    "baseline: retag": "add tags work and home to task 3",
    **{
        f"hostile, {length}: {label}": _fill(*parts, length)
        for length in (READ_LIMIT, MESSAGE_MAX)
        for label, parts in HOSTILE.items()
    },
}

READERS: dict[str, Callable[[str], object]] = {
    "chat reader": lambda text: read_intent(text, now=NOW, tz=BERLIN),
    "quick add": lambda text: parse_quick_add(text, now=NOW, tz=BERLIN),
}


def cpu_ms(read: Callable[[str], object], text: str) -> float:
    """CPU milliseconds of one call (an Invalid for over-long text counts like an answer)."""
    started = time.thread_time()
    with contextlib.suppress(Exception):  # a refusal is an answer too: only its time matters
        read(text)
    return (time.thread_time() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    print(f"{'input':40} {'chars':>6}  " + "  ".join(f"{name:>22}" for name in READERS))
    worst = 0.0
    for label, text in INPUTS.items():
        cells = []
        for read in READERS.values():
            times = [cpu_ms(read, text) for _ in range(runs)]
            worst = max(worst, max(times))
            cells.append(f"{statistics.median(times):8.2f} (max {max(times):6.2f}) ms")
        print(f"{label:40} {len(text):>6}  " + "  ".join(cells))
    print(f"worst call: {worst:.2f} ms (budget 50 ms)")


if __name__ == "__main__":
    main()
