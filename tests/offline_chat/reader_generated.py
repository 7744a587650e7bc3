"""Examples for the learned reader made from patterns: each action said many ways, wrapped.

Each action has patterns with slots (``{task}``, ``{day}``, ``{time}``…) filled from small lists,
and a pattern is said bare or inside an everyday wrapper ("could you…", "…, thanks"). The
examples are drawn with a seeded generator, so the same patterns always give the same examples.
They add to the examples gathered from the development sets what those have few of: deletes,
reopens, notes, renames, dates cleared, repeats stopped, and plain statements that ask nothing.
"""

from __future__ import annotations

import random
from typing import Final

#: Titles of tasks, and the words a user names each by (the whole title, or its key words).
TASKS: Final = (
    ("Call the plumber", ("the plumber", "plumber", "call the plumber")),
    ("Renew passport", ("passport", "the passport renewal", "renew passport")),
    ("Book the dentist", ("dentist", "the dentist", "dentist appointment")),
    ("Pay the electricity bill", ("electricity bill", "the electricity", "the bill")),
    ("Write quarterly report", ("quarterly report", "the report", "report")),
    ("Buy birthday present for Anna", ("anna's present", "the birthday present", "present")),
    ("Clean the garage", ("garage", "the garage", "clean the garage")),
    ("Service the boiler", ("boiler", "the boiler service", "boiler service")),
    ("Order printer ink", ("printer ink", "the ink", "ink")),
    ("Submit expense claim", ("expense claim", "expenses", "the claim")),
    ("Water the neighbours' plants", ("plants", "the neighbours' plants", "watering")),
    ("Prepare slides for the board", ("slides", "the board slides", "board deck")),
)
#: Other open tasks the user has, beside the one named.
OTHERS: Final = ("Buy milk", "Walk the dog", "Email Sarah", "Fix the bike")
DAYS: Final = (
    "friday",
    "next tuesday",
    "monday",
    "the 7th of december",
    "tomorrow",
    "december 12",
    "the weekend",
    "next week",
    "the 3rd",
    "thursday",
)
TIMES: Final = ("9am", "at 10:30", "at 6pm", "half past four", "at noon", "at 8")
REPEATS: Final = (
    "every monday",
    "every day",
    "weekly",
    "every other week",
    "monthly",
    "each weekday",
    "every year",
    "every evening at 9",
)
LEVELS: Final = ("urgent", "high", "low", "medium")
NOTES: Final = (
    "the code is 4471",
    "bring the blue folder",
    "ask about the invoice",
    "she prefers books",
    "use the side door",
)
NAMES: Final = ("call the electrician instead", "book the hygienist", "pay the gas bill")

PATTERNS: Final[dict[str, tuple[str, ...]]] = {
    "delete": (
        "delete {task}",
        "get rid of {task}",
        "bin {task}",
        "{task} is no longer needed, remove it",
        "scrap {task}",
        "forget about {task}, take it off the list",
        "drop {task} from my list",
        "{task} isn't happening any more, delete it",
        "erase {task}",
        "remove {task} please",
        "cancel {task}, i don't need it",
        "{task} can go",
        "trash {task}",
        "take {task} off",
    ),
    "complete": (
        "{task} is done",
        "done with {task}",
        "finished {task}",
        "{task}: sorted",
        "ticked off {task}",
        "{task} all taken care of",
        "got {task} out of the way",
        "{task} handled",
        "managed {task} this morning",
        "mark {task} as done",
        "{task} ✓",
        "that's {task} dealt with",
        "{task} finally done",
        "just did {task}",
    ),
    "reopen": (
        "{task} isn't actually done",
        "reopen {task}",
        "mark {task} as not done",
        "undo the tick on {task}",
        "{task} needs doing again",
        "put {task} back on my list, i ticked it by mistake",
        "{task} is not finished after all",
        "uncheck {task}",
    ),
    "restore": (
        "bring back {task}",
        "restore {task}",
        "i deleted {task} by mistake, get it back",
        "undelete {task}",
        "recover {task}",
        "{task} shouldn't have been deleted",
    ),
    "due": (
        "move {task} to {day}",
        "{task} is now on {day}",
        "{task} got moved to {day}",
        "push {task} to {day}",
        "{task} has to be done by {day}",
        "change the date of {task} to {day}",
        "reschedule {task} for {day}",
        "{task} should be {day} instead",
        "make {task} due {day}",
        "{task} can wait until {day}",
        "bring {task} forward to {day}",
        "{task} deadline is {day}",
        "shift {task} to {day}",
        "{task}: {day}",
    ),
    "undue": (
        "{task} has no deadline",
        "remove the date from {task}",
        "{task} doesn't need a date",
        "clear the due date on {task}",
        "{task} whenever, no date",
        "unschedule {task}",
        "take the deadline off {task}",
        "{task} can be done any time, drop the date",
    ),
    "raise": (
        "{task} is more important now",
        "bump {task} up",
        "raise the priority of {task}",
        "{task} is getting urgent",
        "make {task} more urgent",
        "{task} needs more attention, push it up",
        "move {task} up a level",
    ),
    "lower": (
        "{task} is less important",
        "{task} can wait, lower it",
        "lower the priority of {task}",
        "{task} isn't that urgent",
        "make {task} less pressing",
        "knock {task} down a notch",
        "{task} is not a priority any more",
    ),
    "priority": (
        "make {task} {level}",
        "{task} is {level} priority",
        "set {task} to {level}",
        "{task} should be {level}",
        "give {task} {level} priority",
        "priority of {task}: {level}",
        "put {task} at {level}",
    ),
    "remind": (
        "remind me about {task} {day} {time}",
        "ping me about {task} {day}",
        "nudge me about {task} {time} {day}",
        "a reminder for {task} on {day}",
        "alert me {day} {time} about {task}",
        "don't let me forget {task}, {day} {time}",
        "set a reminder on {task} for {day}",
        "remind me of {task} {time}",
        "{task} reminder {day} {time}",
        "move the {task} reminder to {time}",
        "give me a heads up about {task} {day}",
    ),
    "unremind": (
        "no reminder for {task}",
        "stop reminding me about {task}",
        "turn off the {task} reminder",
        "remove the reminder on {task}",
        "{task}: reminder off",
        "i don't need a reminder for {task}",
        "cancel the reminder for {task}, keep the task",
        "quit nagging me about {task}",
    ),
    "repeat": (
        "{task} {repeat}",
        "make {task} repeat {repeat}",
        "{task} should happen {repeat}",
        "set {task} to recur {repeat}",
        "{task} is {repeat} now",
        "change {task} to {repeat}",
        "i do {task} {repeat}",
        "{task} repeats {repeat}",
    ),
    "unrepeat": (
        "stop repeating {task}",
        "{task} is a one-off now",
        "{task} doesn't repeat any more",
        "no more repeats for {task}",
        "make {task} not recurring",
        "{task} only this once",
        "end the series of {task}",
    ),
    "describe": (
        "add a note to {task}: {note}",
        "{task} note: {note}",
        "for {task}, note that {note}",
        "put in the details of {task} that {note}",
        "{task} — add details: {note}",
        "write on {task} that {note}",
        "description for {task}: {note}",
        "{task}, add note {note}",
    ),
    "rename": (
        "rename {task} to '{name}'",
        "{task} should be called '{name}'",
        "change {task} to read {name}",
        "call {task} '{name}' instead",
        "the title of {task} should be {name}",
        "{task} -> '{name}'",
        "fix the name of {task}, it must be {name}",
    ),
    "none": (
        "i still haven't done {task}",
        "{task} is in progress",
        "working on {task}",
        "i should really get to {task}",
        "{task} is going ok",
        "not done {task} yet",
        "will do {task} later",
        "{task} is harder than i thought",
        "started {task}",
        "thinking about {task}",
        "no news on {task}",
        "is {task} on my list?",
    ),
}
#: Everyday words around a request, before (with ``{}``) and after it.
WRAPPERS: Final = (
    "{}",
    "{}",
    "{}",
    "please {}",
    "could you {}",
    "can you {} please",
    "{}, thanks",
    "{} thx",
    "hey, {}",
    "ok so {}",
    "quick one: {}",
    "um {}",
    "right, {}",
    "{} 🙏",
    "i think {}",
    "just so you know, {}",
    "{}, cheers",
    "would you kindly {}",
    "oh and {}",
    "{} pls",
)
#: How many examples each action's patterns make.
PER_ACTION: Final = 60


def generated() -> list[tuple[str, tuple[str, ...], str]]:
    """Return ``(action, titles, message)`` examples, the same ones on every call."""
    draw = random.Random(18)
    found: list[tuple[str, tuple[str, ...], str]] = []
    for action, patterns in PATTERNS.items():
        for _ in range(PER_ACTION):
            title, names = draw.choice(TASKS)
            said = draw.choice(patterns).format(
                task=draw.choice(names),
                day=draw.choice(DAYS),
                time=draw.choice(TIMES),
                repeat=draw.choice(REPEATS),
                level=draw.choice(LEVELS),
                note=draw.choice(NOTES),
                name=draw.choice(NAMES),
            )
            others = tuple(draw.sample(OTHERS, 2))
            found.append((action, (title, *others), draw.choice(WRAPPERS).format(said)))
    return found
