"""A fourth held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py``, ``second_voice.py`` to ``seventh_voice.py``, ``held_out.py``,
``held_out_second.py``, ``held_out_third.py``): only their helpers and docstrings. They were
written before the changes that will be scored against them, from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section), from how a conversation is
played (``conftest.py``) and from what an ordinary user of a task manager would expect. No
sentence was run through the engine while writing, no scoring test was run, and none is ever
tuned against, sentence by sentence: a miss here is a miss to report, not an expectation to
adjust.

The families, each in many voices (terse, chatty, polite, typos, lowercase, British and
American phrasing, non-native English, voice dictation without punctuation, long messages with
chatter around the request, two requests in one message):

1. ``WRAPPED``: new tasks wrapped in everyday words, with dates, times, priority, tags and notes.
2. ``REPEATS``: repeats said in words, on a new task or an existing one; a repeat changed or
   stopped.
3. ``FACTS``: statements of fact that mean "done" complete the task they name and leave every
   other task alone; negatives, plans and questions change nothing.
4. ``EDITS``: relative and absolute edits: priority, due date moved or cleared, rename,
   description.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task; no task is added.
6. ``WINDOWS``: questions about days, the weekend, next week, months, spans of dates and
   overdue: the reply names what is in the window, leaves out what is not, and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "it", "that", corrections,
   positions in a list, undo, "and X too".
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending,
   complete, delete, rename, "I need to remember", completed), search, tags, reopen, restore;
   and safety: an ambiguous request asks and changes nothing, a non-request changes nothing.

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. Seeded times carry Berlin's winter offset
(+01:00). Tasks are checked as the tools report them (``status`` pending, completed or
deleted; ``priority`` none, low, medium, high or urgent; ``tags`` a list; ``due`` and
``reminder`` spoken in the user's zone, "Friday 27 November 2026" for a whole day and "Friday
27 November 2026, 09:00" with a time; ``recurrence`` as RRULE text). Titles are expected with
their first letter capitalised. Where the words leave the meaning open ("next Saturday", "next
Tuesday", "next week" for a moved date), every reasonable reading is accepted.

Beside the helpers of ``held_out.py`` and ``held_out_second.py``, the checks defined here look
at the outcome only: :func:`fresh` (one new task, its title and fields among a few values),
:func:`named` (exactly one task bears one of these titles, with these fields), :func:`when`
and :func:`reminded` (a task's due date or reminder falls on a day, optionally within some
hours), :func:`repeats` (a task repeats by one of a few equivalent rules, ``BYDAY`` compared as
a set, a day or time carried by the rule or by the due date), :func:`described` (a task's
description holds words), :func:`tagged` (a task carries these tags and not those),
:func:`untouched_except` (no task added, every task but the seeds named exactly as it was) and
:func:`gone` (no pending task has this title).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .corpus import UNCHANGED, Case, Check, Outcome, Seed, added, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out_second import (
    FRIDAY_NEXT,
    NEXT_WEEK,
    SATURDAY_NEXT,
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
)

__all__ = ["HELD_OUT_FOURTH"]

CLEARED = (None, "")
SHOWN = "show my tasks"
MORNING = range(6, 12)
EVENING = range(17, 24)
WEEKDAY_RULES = ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR")
TUESDAY_8_DEC = "Tuesday 8 December 2026"
THURSDAY_10_DEC = "Thursday 10 December 2026"
MONDAY_14_DEC = "Monday 14 December 2026"
SATURDAY_19_DEC = "Saturday 19 December 2026"
SUNDAY_20_DEC = "Sunday 20 December 2026"


def s(title: str, state: str = "pending", **fields: Any) -> Seed:
    """A seed with these add_task fields."""
    return Seed(title, state, fields)


def berlin(day: str, time: str) -> str:
    """An ISO date-time in Berlin's winter offset."""
    return f"{day}T{time}:00+01:00"


def spoken(day: str, time: str) -> str:
    """A date with a time, as the tools say it."""
    return f"{day}, {time}"


def _new(out: Outcome) -> dict[str, Any] | str:
    new = [task for task_id, task in out.after.items() if task_id not in out.before]
    return new[0] if len(new) == 1 else f"expected one new task; {len(new)} were added"


def _find(out: Outcome, index: int, title: str) -> dict[str, Any] | str:
    """The task checked: by ``title``, else seed ``index``, else (``-1``) the one new task."""
    if title:
        found = [task for task in out.after.values() if task["title"] == title]
        return found[0] if len(found) == 1 else f"expected one task titled {title!r}"
    if index < 0:
        return _new(out)
    task = out.after.get(out.ids[index])
    return "the task is gone" if task is None else task


def _rule(text: str | None) -> dict[str, Any]:
    rule = (text or "").upper().removeprefix("RRULE:")
    parts: dict[str, Any] = {}
    for part in filter(None, rule.split(";")):
        key, _, value = part.partition("=")
        parts[key] = frozenset(value.split(",")) if key == "BYDAY" else value
    return parts


def _choices(value: Any) -> tuple[Any, ...]:
    return value if isinstance(value, tuple) else (value,)


class _Fresh(Check):
    """Exactly one new task, its title among ``words`` and each field among its values."""

    def problem(self, out: Outcome) -> str | None:
        task = _new(out)
        if isinstance(task, str):
            return task
        if self.words and task.get("title") not in self.words:
            return f"expected a title in {self.words}, got {task.get('title')!r}"
        wrong = {
            name: task.get(name)
            for name, values in self.args.items()
            if task.get(name) not in values
        }
        return f"expected one of {self.args}, got {wrong}" if wrong else None


class _Named(Check):
    """Exactly one task has a title among ``words``, with the fields in ``args``."""

    def problem(self, out: Outcome) -> str | None:
        found = [task for task in out.after.values() if task["title"] in self.words]
        if len(found) != 1:
            return f"expected one task titled one of {self.words}; found {len(found)}"
        wrong = {
            name: found[0].get(name)
            for name, value in self.args.items()
            if found[0].get(name) != value
        }
        return f"expected {self.args}, got {wrong}" if wrong else None


class _When(Check):
    """A task's ``args['fields']`` (any one of them) is spoken on a day of ``words``."""

    def problem(self, out: Outcome) -> str | None:
        task = _find(out, self.index, self.args["title"])
        if isinstance(task, str):
            return task
        hours = self.args["hours"]
        seen = []
        for name in self.args["fields"]:
            said = str(task.get(name) or "")
            seen.append(said)
            day, _, time = said.partition(", ")
            if day not in self.words:
                continue
            if hours is None or (time and int(time[:2]) in hours):
                return None
        wanted = f" at an hour in {list(hours)}" if hours is not None else ""
        return f"expected {self.args['fields']} on one of {self.words}{wanted}; saw {seen}"


class _Repeats(Check):
    """A task repeats by one of the rules in ``words``; ``either`` in the rule or the date."""

    def problem(self, out: Outcome) -> str | None:
        task = _find(out, self.index, self.args["title"])
        if isinstance(task, str):
            return task
        titles = self.args["titles"]
        if titles and task.get("title") not in titles:
            return f"expected a title in {titles}, got {task.get('title')!r}"
        have = _rule(task.get("recurrence"))
        if not have or not any(
            all(have.get(key) == value for key, value in _rule(alternative).items())
            for alternative in self.words
        ):
            return f"expected a repeat like {self.words}; it is {task.get('recurrence')!r}"
        said = " | ".join(str(task.get(name) or "") for name in ("due", "reminder"))
        for rule_part, words in self.args["either"]:
            key, _, value = rule_part.partition("=")
            want = frozenset(value.split(",")) if key == "BYDAY" else value
            if key in have:
                if have[key] != want:
                    return f"expected {rule_part} in the rule; it is {task.get('recurrence')!r}"
            elif words not in said:
                return f"expected {rule_part} in the rule or {words!r} in {said!r}"
        return None


class _Described(Check):
    """A task's description holds ``words`` (case-insensitively)."""

    def problem(self, out: Outcome) -> str | None:
        task = _find(out, self.index, self.args["title"])
        if isinstance(task, str):
            return task
        text = str(task.get("description") or "")
        missing = [word for word in self.words if word.casefold() not in text.casefold()]
        return f"the description lacks {missing}: {text!r}" if missing else None


class _Tagged(Check):
    """A task carries the tags ``words`` and none of ``args['without']`` (case-insensitively)."""

    def problem(self, out: Outcome) -> str | None:
        task = _find(out, self.index, self.args["title"])
        if isinstance(task, str):
            return task
        have = {str(tag).casefold().lstrip("#") for tag in task.get("tags") or ()}
        missing = [tag for tag in self.words if tag.casefold() not in have]
        kept = [tag for tag in self.args["without"] if tag.casefold() in have]
        if missing or kept:
            return f"expected tags {self.words} without {self.args['without']}: {sorted(have)}"
        return None


class _Untouched(Check):
    """No task was added, and every task but the seeds ``args['seeds']`` is as it was."""

    def problem(self, out: Outcome) -> str | None:
        new = [task["title"] for task_id, task in out.after.items() if task_id not in out.before]
        if new:
            return f"expected no new task; added {new}"
        spared = {out.ids[index] for index in self.args["seeds"]}
        changed = [
            task["title"]
            for task_id, task in out.before.items()
            if task_id not in spared and out.after.get(task_id) != task
        ]
        return f"expected these to stay as they were: {changed}" if changed else None


class _Gone(Check):
    """No pending task is titled ``words[0]``."""

    def problem(self, out: Outcome) -> str | None:
        left = [
            task
            for task in out.after.values()
            if task["title"] == self.words[0] and task.get("status") == "pending"
        ]
        return f"expected no pending task titled {self.words[0]!r}" if left else None


def fresh(*titles: str, **fields: Any) -> Check:
    """Expect one new task titled one of ``titles``; a tuple value lists the values allowed."""
    return _Fresh("fresh", words=titles, args={k: _choices(v) for k, v in fields.items()})


def named(*titles: str, **fields: Any) -> Check:
    """Expect exactly one task titled one of ``titles``, with these fields."""
    return _Named("named", words=titles, args=fields)


def when(
    days: str | tuple[str, ...],
    *,
    task: int = -1,
    title: str = "",
    fields: tuple[str, ...] = ("due",),
    hours: Iterable[int] | None = None,
) -> Check:
    """Expect a task's due date (or another of ``fields``) on one of ``days``, hour in range."""
    return _When(
        "when",
        index=task,
        words=_choices(days),
        args={"title": title, "fields": fields, "hours": None if hours is None else list(hours)},
    )


def reminded(
    days: str | tuple[str, ...],
    *,
    task: int = -1,
    title: str = "",
    hours: Iterable[int] | None = None,
) -> Check:
    """Expect a task's reminder on one of ``days``, its hour in ``hours`` when given."""
    return when(days, task=task, title=title, fields=("reminder",), hours=hours)


def repeats(
    *rules: str,
    task: int = -1,
    title: str = "",
    called: tuple[str, ...] = (),
    either: tuple[tuple[str, str], ...] = (),
) -> Check:
    """Expect a task (new, seed ``task`` or titled ``title``) to repeat by one of ``rules``.

    ``called`` lists the titles allowed for the task; ``either`` pairs a rule part with words
    of the due date or reminder, one of which must carry it (``at``, ``on`` of held_out).
    """
    return _Repeats(
        "repeats",
        index=task,
        words=rules,
        args={"title": title, "titles": called, "either": either},
    )


def described(*words: str, task: int = -1, title: str = "") -> Check:
    """Expect a task's description to hold these words."""
    return _Described("described", index=task, words=words, args={"title": title})


def tagged(*tags: str, task: int = -1, title: str = "", without: tuple[str, ...] = ()) -> Check:
    """Expect a task to carry these tags and none of ``without``."""
    return _Tagged("tagged", index=task, words=tags, args={"title": title, "without": without})


def untouched_except(*seeds: int) -> Check:
    """Expect no new task and every task but these seeds exactly as it was."""
    return _Untouched("untouched", args={"seeds": seeds})


def gone(title: str) -> Check:
    """Expect no pending task titled ``title``."""
    return _Gone("gone", words=(title,))


def done(*indices: int) -> tuple[Check, ...]:
    """Seeds ``indices`` completed, everything else as it was."""
    return (*(state(index, status="completed") for index in indices), untouched_except(*indices))


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED: tuple[Case, ...] = (
    case("pls add pick up dry cleaning tmrw", added(title="Pick up dry cleaning", due=FRIDAY)),
    case(
        "Could you please add 'Order birthday cake for Mia' for Saturday? Thank you so much!",
        added(title="Order birthday cake for Mia", due=SATURDAY),
    ),
    case(
        "new task: submit expense report, high priority, due monday",
        added(title="Submit expense report", priority="high", due=MONDAY),
    ),
    case(
        "put renew gym membership on my list for the 3rd of december",
        added(title="Renew gym membership", due=THURSDAY_NEXT),
    ),
    case(
        "note that I have to ring the electrician tomorrow at 2pm",
        fresh("Ring the electrician"),
        when(FRIDAY, fields=("due", "reminder"), hours=[14]),
    ),
    case("ad a taks to clean the gutters on sunday", added(title="Clean the gutters", due=SUNDAY)),
    case(
        "Please, you can make a task for me: buy the winter tyres, it is important",
        fresh("Buy the winter tyres", priority=("high", "urgent")),
    ),
    case(
        "add task call grandma on sunday afternoon at four",
        fresh("Call grandma"),
        when(SUNDAY, fields=("due", "reminder"), hours=[16]),
    ),
    case(
        "add book the vet appointment, tag it pets",
        added(title="Book the vet appointment", tags=["pets"]),
    ),
    case(
        "buy printer ink #office #shopping", fresh("Buy printer ink"), tagged("office", "shopping")
    ),
    case(
        "add 'Prepare quarterly slides' - note: use the new template from Jana",
        added(title="Prepare quarterly slides"),
        described("new template"),
    ),
    case(
        "Morning! So my sister is visiting next week and I completely forgot the guest room is "
        "a mess. Can you add a task to tidy the guest room by Sunday? Thanks, you're a lifesaver.",
        added(title="Tidy the guest room", due=SUNDAY),
    ),
    case(
        "Could you pop 'Post the Christmas cards' on my to-do list for the 10th of December, "
        "please?",
        added(title="Post the Christmas cards", due=THURSDAY_10_DEC),
    ),
    case(
        "add pay the water bill due December 4th",
        added(title="Pay the water bill", due=FRIDAY_NEXT),
    ),
    case(
        "remind me to take the bins out tonight at 8",
        fresh("Take the bins out"),
        when(TODAY, fields=("due", "reminder"), hours=[20]),
    ),
    case("urgent: renew the passport", added(title="Renew the passport", priority="urgent")),
    case(
        "add buy stamps and add return library books",
        named("Buy stamps", status="pending"),
        named("Return library books", status="pending"),
    ),
    case(
        "new todo book dentist checkup low priority",
        added(title="Book dentist checkup", priority="low"),
    ),
    case(
        "Would it be possible to add 'Defrost the freezer' for next Saturday?",
        fresh("Defrost the freezer", due=(SATURDAY, SATURDAY_NEXT)),
    ),
    case(
        "in 3 days: finish the grant application",
        added(title="Finish the grant application", due=SUNDAY),
    ),
    case(
        "make new task please: wash the car, until saturday",
        added(title="Wash the car", due=SATURDAY),
    ),
    case(
        "stick 'cancel the magazine subscription' on there, no rush, low priority",
        added(title="Cancel the magazine subscription", priority="low"),
    ),
    case(
        "schedule 'team retro' for monday at 10:30, medium priority",
        added(title="Team retro", priority="medium", due=spoken(MONDAY, "10:30")),
    ),
    case(
        "add a task: fix the bike. details: the back brake squeaks and the chain is rusty",
        added(title="Fix the bike"),
        described("brake squeaks"),
    ),
    case(
        "jot down that I should call the bank about the mortgage, tag money",
        fresh("Call the bank about the mortgage"),
        tagged("money"),
    ),
    case(
        "okay so add a new task for me buy a birthday present for dad its due on the 19th of "
        "december and make it high priority",
        added(title="Buy a birthday present for dad", due=SATURDAY_19_DEC, priority="high"),
    ),
    case(
        "Add 'Schedule the furnace inspection' for Tuesday, Dec 1st.",
        added(title="Schedule the furnace inspection", due=TUESDAY_NEXT),
    ),
)


# 2. Repeats said in words, on new and existing tasks; repeats changed and stopped.
REPEATS: tuple[Case, ...] = (
    case(
        "add water the plants every sunday",
        repeats("FREQ=WEEKLY", called=("Water the plants",), either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "every weekday at 8am: stand-up meeting",
        repeats(*WEEKDAY_RULES, called=("Stand-up meeting",), either=(at(8),)),
    ),
    case("take vitamins daily", repeats("FREQ=DAILY", called=("Take vitamins",))),
    case(
        "pay rent on the 1st of every month",
        repeats("FREQ=MONTHLY", called=("Pay rent",), either=(("BYMONTHDAY=1", " 1 December"),)),
    ),
    case(
        'add "Mum\'s birthday" every year on the 14th of February',
        repeats(
            "FREQ=YEARLY",
            called=("Mum's birthday",),
            either=(("BYMONTHDAY=14", "14 February"), ("BYMONTH=2", "February")),
        ),
    ),
    case(
        "every other friday: timesheet",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2", called=("Timesheet",), either=(on("BYDAY=FR", "Friday"),)
        ),
    ),
    case(
        "fortnightly - clean the fish tank",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14", called=("Clean the fish tank",)
        ),
    ),
    case(
        "Could you set up a task to change the water filter every three months?",
        repeats("FREQ=MONTHLY;INTERVAL=3", called=("Change the water filter",)),
    ),
    case(
        "every 2 days feed the sourdough starter",
        repeats("FREQ=DAILY;INTERVAL=2", called=("Feed the sourdough starter",)),
    ),
    case(
        "yoga class every tuesday and thursday",
        repeats("FREQ=WEEKLY;BYDAY=TU,TH", called=("Yoga class",)),
    ),
    case(
        "make take out recycling repeat every wednesday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=WE", "Wednesday"),)),
        nothing_added(),
        seeds=("Take out recycling",),
    ),
    case(
        "the call grandma task should repeat weekly on sundays",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        nothing_added(),
        seeds=("Call grandma",),
    ),
    case(
        "make laptop backup repeat montly",
        repeats("FREQ=MONTHLY", task=0),
        nothing_added(),
        seeds=("Laptop backup",),
    ),
    case(
        "Water the orchid needs doing every 10 days, can you set that up?",
        repeats("FREQ=DAILY;INTERVAL=10", task=0),
        nothing_added(),
        seeds=("Water the orchid",),
    ),
    case(
        "stop repeating the gym session",
        one_of(0, recurrence=CLEARED, status=("pending",)),
        nothing_added(),
        seeds=(s("Gym session", recurrence="FREQ=WEEKLY;BYDAY=MO", due="2026-11-30"),),
    ),
    case(
        "the piano lesson doesn't repeat anymore, it was a one-off",
        one_of(0, recurrence=CLEARED, status=("pending",)),
        nothing_added(),
        seeds=(s("Piano lesson", recurrence="FREQ=WEEKLY;BYDAY=WE"),),
    ),
    case(
        "make 'write the newsletter' a one-time thing, no more weekly",
        one_of(0, recurrence=CLEARED, status=("pending",)),
        nothing_added(),
        seeds=(s("Write the newsletter", recurrence="FREQ=WEEKLY;BYDAY=FR"),),
    ),
    case(
        "the stretching routine should not repeat every day anymore just keep it once",
        one_of(0, recurrence=CLEARED, status=("pending",)),
        nothing_added(),
        seeds=(s("Stretching routine", recurrence="FREQ=DAILY"),),
    ),
    case(
        "team sync is every tuesday now instead of monday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=TU", "Tuesday"),)),
        nothing_added(),
        seeds=(s("Team sync", recurrence="FREQ=WEEKLY;BYDAY=MO"),),
    ),
    case(
        "change clean the filter from weekly to monthly",
        repeats("FREQ=MONTHLY", task=0),
        nothing_added(),
        seeds=(s("Clean the filter", recurrence="FREQ=WEEKLY"),),
    ),
    case(
        "add walk the dog every morning at seven",
        repeats("FREQ=DAILY", called=("Walk the dog",), either=(at(7),)),
    ),
    case(
        "please make task 'Clean bathroom' which repeat every saturday",
        repeats("FREQ=WEEKLY", called=("Clean bathroom",), either=(on("BYDAY=SA", "Saturday"),)),
    ),
    case(
        "add renew car insurance every year",
        repeats("FREQ=YEARLY", called=("Renew car insurance",)),
    ),
    case(
        "task {0} should repeat every 6 months",
        repeats("FREQ=MONTHLY;INTERVAL=6", task=0),
        nothing_added(),
        seeds=("Check smoke alarms",),
    ),
    case(
        "weekly on mondays: plan the meals",
        repeats("FREQ=WEEKLY", called=("Plan the meals",), either=(on("BYDAY=MO", "Monday"),)),
    ),
    case(
        "Can you make 'Put the bins out' recur every Thursday evening?",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=TH", "Thursday"),)),
        nothing_added(),
        seeds=("Put the bins out",),
    ),
)


# 3. Statements of fact that mean "done"; negatives, plans and questions change nothing.
FACTS: tuple[Case, ...] = (
    case("I paid the gas bill this morning", *done(0), seeds=("Pay the gas bill", "Book flights")),
    case(
        "finally fixed the leaking tap!!",
        *done(0),
        seeds=("Fix the leaking tap", "Paint the fence"),
    ),
    case(
        "The report has been submitted.", *done(0), seeds=("Submit the report", "Clean the fridge")
    ),
    case("groceries: done", *done(0), seeds=("Buy groceries", "Call the garage")),
    case("got the car washed", *done(0), seeds=("Wash the car", "Walk the dog")),
    case("i called mum yesterday", *done(0), seeds=("Call mum", "Call the school")),
    case(
        "Just so you know, I already returned the library books, so you can tick that off.",
        *done(0),
        seeds=("Return the library books", "Buy a lamp"),
    ),
    case("I haven't called the plumber yet", UNCHANGED, seeds=("Call the plumber",)),
    case("didnt manage to finish the slides today", UNCHANGED, seeds=("Finish the slides",)),
    case(
        "the tax return is not done, still waiting on a form from the bank",
        UNCHANGED,
        seeds=("File the tax return",),
    ),
    case(
        "dentist appointment booked ✅",
        *done(0),
        seeds=("Book dentist appointment", "Order contact lenses"),
    ),
    case(
        "I have already send the invoice to the client",
        *done(0),
        seeds=("Send the invoice", "Update the website"),
    ),
    case(
        "we sorted out the insurance claim over the weekend",
        *done(0),
        seeds=("Sort out the insurance claim", "Buy dog food"),
    ),
    case(
        "ok so the christmas tree is bought",
        *done(0),
        seeds=("Buy a Christmas tree", "Hang the lights"),
    ),
    case(
        "paid rent and renewed the parking permit",
        *done(0, 1),
        seeds=("Pay rent", "Renew parking permit", "Clean the oven"),
    ),
    case(
        "Ugh, what a day. Anyway, good news: the passport photos are taken, so that's one less "
        "thing to worry about. Still need to do everything else though.",
        *done(0),
        seeds=("Take passport photos", "Fill in passport form"),
    ),
    case("not done with the essay yet ugh", UNCHANGED, seeds=("Write the essay",)),
    case("did I pay the phone bill?", UNCHANGED, seeds=("Pay the phone bill",)),
    case("Emailed the landlord.", *done(0), seeds=("Email the landlord", "Email the accountant")),
    case(
        "the oil change is taken care of",
        *done(0),
        seeds=("Get an oil change", "Get a haircut"),
    ),
    case("Mowed the lawn, finally", *done(0), seeds=("Mow the lawn",)),
    case(
        "Watered the plants and fed the cat",
        *done(0, 1),
        seeds=("Water the plants", "Feed the cat", "Vacuum the stairs"),
    ),
    case("handed in my notice today 🎉", *done(0), seeds=("Hand in notice", "Clear the desk")),
    case(
        "I'll pay the electricity bill tomorrow",
        state(0, status="pending"),
        nothing_added(),
        seeds=("Pay the electricity bill",),
    ),
    case("the printer still isn't fixed", UNCHANGED, seeds=("Fix the printer",)),
    case(
        "the train tickets i have bought them already",
        *done(0),
        seeds=("Buy train tickets", "Pack the suitcase"),
    ),
)


# 4. Relative and absolute edits: priority, due date moved or cleared, rename, description.
EDITS: tuple[Case, ...] = (
    case(
        "push the dentist appointment back two days",
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Dentist appointment", due="2026-11-27"),),
    ),
    case(
        "move the quarterly report to monday",
        state(0, due=MONDAY),
        untouched_except(0),
        seeds=(s("Quarterly report", due="2026-11-27"), "Buy coffee"),
    ),
    case(
        "bring the vet visit forward a day",
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Vet visit", due="2026-12-01"),),
    ),
    case(
        "postpone gym induction by a week",
        state(0, due=SATURDAY_NEXT),
        nothing_added(),
        seeds=(s("Gym induction", due="2026-11-28"),),
    ),
    case(
        "no deadline for learn spanish anymore",
        one_of(0, due=CLEARED, status=("pending",)),
        nothing_added(),
        seeds=(s("Learn Spanish", due="2026-12-15"),),
    ),
    case(
        "make the tax return urgent",
        state(0, priority="urgent"),
        nothing_added(),
        seeds=(s("Tax return", priority="medium"),),
    ),
    case(
        "the garage task can be lower priority",
        lowered(0),
        nothing_added(),
        seeds=(s("Sort the garage", priority="high"),),
    ),
    case(
        "bump the CV update up a notch",
        state(0, priority="medium"),
        nothing_added(),
        seeds=(s("Update the CV", priority="low"),),
    ),
    case(
        "rename 'buy paint' to 'Buy paint for the hallway'",
        state(0, title="Buy paint for the hallway"),
        untouched_except(0),
        seeds=("Buy paint", "Sand the walls"),
    ),
    case(
        "change the title of task {0} to Call the insurance company",
        state(0, title="Call the insurance company"),
        nothing_added(),
        seeds=("Call the insurer",),
    ),
    case(
        "add a note to the plumber task: he prefers texts, not calls",
        described("prefers texts", task=0),
        nothing_added(),
        seeds=("Book the plumber",),
    ),
    case(
        "set the description of 'Plan the party' to: 20 guests, vegetarian options",
        described("20 guests", "vegetarian", task=0),
        state(0, title="Plan the party"),
        nothing_added(),
        seeds=("Plan the party",),
    ),
    case(
        "move the 3pm meeting with Tom to 4:30 pm",
        state(0, due=spoken(FRIDAY, "16:30")),
        nothing_added(),
        seeds=(s("Meeting with Tom", due=berlin("2026-11-27", "15:00")),),
    ),
    case(
        "the budget review should be due on 8 December instead",
        state(0, due=TUESDAY_8_DEC),
        nothing_added(),
        seeds=(s("Budget review", due="2026-12-04"),),
    ),
    case(
        "delay pay council tax to next week",
        one_of(0, due=NEXT_WEEK),
        nothing_added(),
        seeds=(s("Pay council tax", due="2026-11-27"),),
    ),
    case(
        "move the car service to tomorrow and make it high priority",
        state(0, due=FRIDAY, priority="high"),
        untouched_except(0),
        seeds=(s("Car service", due="2026-12-02"), "Buy tyres"),
    ),
    case(
        "take the priority off read the manual",
        state(0, priority="none"),
        nothing_added(),
        seeds=(s("Read the manual", priority="high"),),
    ),
    case(
        "chnage priorty of the newsletter to low",
        state(0, priority="low"),
        nothing_added(),
        seeds=(s("Write the newsletter", priority="urgent"),),
    ),
    case(
        "please you change the date of 'Visa appointment' to the 14 of december",
        state(0, due=MONDAY_14_DEC),
        nothing_added(),
        seeds=("Visa appointment",),
    ),
    case(
        "set the school play for friday 6pm",
        state(0, due=spoken(FRIDAY, "18:00")),
        nothing_added(),
        seeds=("School play",),
    ),
    case(
        "Could you rename 'Hoover the lounge' to 'Hoover the lounge and hallway', please?",
        state(0, title="Hoover the lounge and hallway"),
        nothing_added(),
        seeds=("Hoover the lounge",),
    ),
    case(
        "push the call with the bank back an hour",
        state(0, due=spoken(FRIDAY, "11:00")),
        nothing_added(),
        seeds=(s("Call with the bank", due=berlin("2026-11-27", "10:00")),),
    ),
    case(
        "clear the notes on the flat viewing task",
        one_of(0, description=CLEARED, status=("pending",)),
        nothing_added(),
        seeds=(s("Flat viewing", description="bring ID and payslips"),),
    ),
    case(
        "change pick up kids to 4 pm today",
        state(0, due=spoken(TODAY, "16:00")),
        nothing_added(),
        seeds=(s("Pick up kids", due="2026-11-26"),),
    ),
    case(
        "buy a new mattress isn't that urgent after all, tone it down",
        lowered(0),
        nothing_added(),
        seeds=(s("Buy a new mattress", priority="urgent"),),
    ),
    case(
        "change the due date of renew the lease to the first of december",
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Renew the lease", due="2026-12-10"),),
    ),
    case(
        "The boiler repair is more important than I thought, can you raise it?",
        raised(0),
        nothing_added(),
        seeds=(s("Boiler repair", priority="low"),),
    ),
)


# 5. Reminders on existing tasks: set, moved, cleared; no task is added.
REMINDERS: tuple[Case, ...] = (
    case(
        "remind me about calling the dentist tomorrow at 9am",
        state(0, reminder=spoken(FRIDAY, "09:00")),
        nothing_added(),
        seeds=("Call the dentist",),
    ),
    case(
        "set a reminder for the timesheet on friday morning",
        reminded(FRIDAY, task=0, hours=MORNING),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Submit timesheet", due="2026-11-27"),),
    ),
    case(
        "ping me at 5pm today about the parcel",
        state(0, reminder=spoken(TODAY, "17:00")),
        nothing_added(),
        seeds=("Pick up the parcel",),
    ),
    case(
        "move the reminder for the water bill to saturday at 10am",
        state(0, reminder=spoken(SATURDAY, "10:00")),
        nothing_added(),
        seeds=(s("Pay the water bill", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "no need to remind me about the haircut",
        one_of(0, reminder=CLEARED, status=("pending",)),
        nothing_added(),
        seeds=(s("Haircut", due="2026-11-28", reminder=berlin("2026-11-27", "18:00")),),
    ),
    case(
        "turn off the reminder on task {0}",
        one_of(0, reminder=CLEARED, status=("pending",)),
        nothing_added(),
        seeds=(s("Renew the domain", reminder=berlin("2026-11-30", "09:00")),),
    ),
    case(
        "remind me of the vet appointment an hour before",
        state(0, reminder=spoken(MONDAY, "13:00")),
        nothing_added(),
        seeds=(s("Vet appointment", due=berlin("2026-11-30", "14:00")),),
    ),
    case(
        "remind me the day before the flight to lisbon",
        reminded(THURSDAY_NEXT, task=0),
        nothing_added(),
        seeds=(s("Flight to Lisbon", due=berlin("2026-12-04", "07:00")),),
    ),
    case(
        "please remember me about the meeting with HR on monday at 8 in the morning",
        state(0, reminder=spoken(MONDAY, "08:00")),
        nothing_added(),
        seeds=("Meeting with HR",),
    ),
    case(
        "remnd me to check the oven in 30 min",
        state(0, reminder=spoken(TODAY, "11:30")),
        nothing_added(),
        seeds=("Check the oven",),
    ),
    case(
        "set a reminder for renew the parking permit next tuesday at noon",
        reminded((TUESDAY_NEXT, TUESDAY_8_DEC), task=0, hours=[12]),
        nothing_added(),
        seeds=("Renew the parking permit",),
    ),
    case(
        "snooze the laundry reminder by 2 hours",
        state(0, reminder=spoken(TODAY, "17:00")),
        nothing_added(),
        seeds=(s("Laundry", reminder=berlin("2026-11-26", "15:00")),),
    ),
    case(
        "push my reminder for 'Order flowers' to tomorrow, same time",
        state(0, reminder=spoken(FRIDAY, "18:00")),
        nothing_added(),
        seeds=(s("Order flowers", reminder=berlin("2026-11-26", "18:00")),),
    ),
    case(
        "remind me about the pharmacy pickup this evening",
        reminded(TODAY, task=0, hours=EVENING),
        nothing_added(),
        seeds=("Pharmacy pickup",),
    ),
    case(
        "remove the remider from book club",
        one_of(0, reminder=CLEARED, status=("pending",)),
        nothing_added(),
        seeds=(s("Book club", reminder=berlin("2026-12-02", "19:00")),),
    ),
    case(
        "I always forget the recycling, so could you give me a nudge about it on Sunday at 7pm?",
        state(0, reminder=spoken(SUNDAY, "19:00")),
        nothing_added(),
        seeds=("Put out the recycling",),
    ),
    case(
        "remind me at 8am on friday about the presentation",
        state(0, reminder=spoken(FRIDAY, "08:00"), due=FRIDAY),
        nothing_added(),
        seeds=(s("Presentation", due="2026-11-27"),),
    ),
    case(
        "alert me 2 days before the rent is due",
        reminded(SUNDAY, task=0),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Pay rent", due="2026-12-01"),),
    ),
    case(
        "Set a reminder on the boiler service for half nine tomorrow morning, please.",
        state(0, reminder=spoken(FRIDAY, "09:30")),
        nothing_added(),
        seeds=("Boiler service",),
    ),
    case(
        "remind me about the PTA meeting at 6:30 pm on wednesday",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "18:30")),
        nothing_added(),
        seeds=("PTA meeting",),
    ),
    case(
        "remind me about the plumber at 8 tomorrow morning and about the bank on monday at 2pm",
        state(0, reminder=spoken(FRIDAY, "08:00")),
        state(1, reminder=spoken(MONDAY, "14:00")),
        nothing_added(),
        seeds=("Call the plumber", "Call the bank"),
    ),
    case(
        "stop reminding me about yoga class",
        one_of(0, reminder=CLEARED, status=("pending",)),
        nothing_added(),
        seeds=(s("Yoga class", reminder=berlin("2026-11-27", "07:00")),),
    ),
    case(
        "hey can you remind me about send the contract on the 2nd of december at 11 in the morning",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "11:00")),
        nothing_added(),
        seeds=("Send the contract",),
    ),
)


# 6. Window questions: the reply names what is due in the window and leaves the rest out.
WINDOWS: tuple[Case, ...] = (
    case(
        "what's due tomorrow?",
        says("Collect the suit"),
        lacks("Return the drill", "Order the sofa"),
        UNCHANGED,
        seeds=(
            s("Collect the suit", due="2026-11-27"),
            s("Return the drill", due="2026-11-28"),
            s("Order the sofa", due="2026-12-03"),
        ),
    ),
    case(
        "anything on this weekend?",
        says("Garden centre trip", "Brunch with Lea"),
        lacks("Send the newsletter", "Pay the nanny"),
        UNCHANGED,
        seeds=(
            s("Garden centre trip", due="2026-11-28"),
            s("Brunch with Lea", due="2026-11-29"),
            s("Send the newsletter", due="2026-11-27"),
            s("Pay the nanny", due="2026-11-30"),
        ),
    ),
    case(
        "what have i got next week",
        says("Dentist checkup", "Swimming lesson", "Wreath workshop"),
        lacks("Buy batteries", "Staff party"),
        UNCHANGED,
        seeds=(
            s("Dentist checkup", due="2026-11-30"),
            s("Swimming lesson", due="2026-12-03"),
            s("Wreath workshop", due="2026-12-06"),
            s("Buy batteries", due="2026-11-27"),
            s("Staff party", due="2026-12-08"),
        ),
    ),
    case(
        "whats overdue",
        says("Renew the visa", "Return the parcel"),
        lacks("Book the caterer"),
        UNCHANGED,
        seeds=(
            s("Renew the visa", due="2026-11-20"),
            s("Return the parcel", due="2026-11-25"),
            s("Book the caterer", due="2026-11-27"),
        ),
    ),
    case(
        "What's on in December?",
        says("Ice skating", "Secret Santa gift"),
        lacks("Fix the doorbell", "Dentist cleaning"),
        UNCHANGED,
        seeds=(
            s("Ice skating", due="2026-12-02"),
            s("Secret Santa gift", due="2026-12-19"),
            s("Fix the doorbell", due="2026-11-27"),
            s("Dentist cleaning", due="2027-01-05"),
        ),
    ),
    case(
        "show me what's due between 1 and 5 december",
        says("Order the turkey", "Choir rehearsal"),
        lacks("Mow the verge", "Pay the cleaner"),
        UNCHANGED,
        seeds=(
            s("Order the turkey", due="2026-12-01"),
            s("Choir rehearsal", due="2026-12-04"),
            s("Mow the verge", due="2026-11-30"),
            s("Pay the cleaner", due="2026-12-06"),
        ),
    ),
    case(
        "What do I have on Monday?",
        says("Physio session"),
        lacks("Bake cookies", "Hike with Jo"),
        UNCHANGED,
        seeds=(
            s("Physio session", due="2026-11-30"),
            s("Bake cookies", due="2026-12-01"),
            s("Hike with Jo", due="2026-11-29"),
        ),
    ),
    case(
        "what's due today",
        says("Send the payslip"),
        lacks("Water the garden"),
        UNCHANGED,
        seeds=(s("Send the payslip", due="2026-11-26"), s("Water the garden", due="2026-11-27")),
    ),
    case(
        "Is there anything due in January?",
        says("Dentist recall"),
        lacks("Wrap presents", "Tax deadline prep"),
        UNCHANGED,
        seeds=(
            s("Dentist recall", due="2027-01-08"),
            s("Wrap presents", due="2026-12-30"),
            s("Tax deadline prep", due="2027-02-02"),
        ),
    ),
    case(
        "what's due this week?",
        says("Return the rental car", "Pick up the cake"),
        lacks("Quarterly planning"),
        UNCHANGED,
        seeds=(
            s("Return the rental car", due="2026-11-27"),
            s("Pick up the cake", due="2026-11-28"),
            s("Quarterly planning", due="2026-12-10"),
        ),
    ),
    case(
        "what's due the week after next",
        says("Sign the lease"),
        lacks("Clean the gutters", "Carol concert"),
        UNCHANGED,
        seeds=(
            s("Sign the lease", due="2026-12-09"),
            s("Clean the gutters", due="2026-12-02"),
            s("Carol concert", due="2026-12-16"),
        ),
    ),
    case(
        "do I have anything on the 12th?",
        says("Christmas market"),
        lacks("Pack for Vienna", "Vienna trip"),
        UNCHANGED,
        seeds=(
            s("Christmas market", due="2026-12-12"),
            s("Pack for Vienna", due="2026-12-11"),
            s("Vienna trip", due="2026-12-13"),
        ),
    ),
    case(
        "which tasks i have for saturday?",
        says("Football practice"),
        lacks("Church bake sale"),
        UNCHANGED,
        seeds=(
            s("Football practice", due="2026-11-28"),
            s("Church bake sale", due="2026-11-29"),
        ),
    ),
    case(
        "what do i need to do by sunday",
        says("Renew the bus pass", "Write the speech"),
        lacks("Paint the bedroom"),
        UNCHANGED,
        seeds=(
            s("Renew the bus pass", due="2026-11-27"),
            s("Write the speech", due="2026-11-29"),
            s("Paint the bedroom", due="2026-12-02"),
        ),
    ),
    case(
        "anything overdue or due today?",
        says("Pay the fine", "Call the notary"),
        lacks("Buy envelopes"),
        UNCHANGED,
        seeds=(
            s("Pay the fine", due="2026-11-23"),
            s("Call the notary", due="2026-11-26"),
            s("Buy envelopes", due="2026-11-27"),
        ),
    ),
    case(
        "what's coming up in the next two weeks?",
        says("Board meeting", "Annual review"),
        lacks("Office party"),
        UNCHANGED,
        seeds=(
            s("Board meeting", due="2026-12-01"),
            s("Annual review", due="2026-12-08"),
            s("Office party", due="2026-12-20"),
        ),
    ),
    case(
        "What's on for the rest of the week?",
        says("Pottery class", "Pub quiz"),
        lacks("Client dinner"),
        UNCHANGED,
        seeds=(
            s("Pottery class", due="2026-11-27"),
            s("Pub quiz", due="2026-11-28"),
            s("Client dinner", due="2026-12-08"),
        ),
    ),
    case(
        "tasks for february?",
        says("Valentine's dinner"),
        lacks("Ski pass", "Spring clean"),
        UNCHANGED,
        seeds=(
            s("Valentine's dinner", due="2027-02-10"),
            s("Ski pass", due="2027-01-10"),
            s("Spring clean", due="2027-03-10"),
        ),
    ),
    case(
        "show me everything from the 7th to the 11th of December",
        says("Parents' evening"),
        lacks("Bake a cake", "Buy a tree"),
        UNCHANGED,
        seeds=(
            s("Parents' evening", due="2026-12-09"),
            s("Bake a cake", due="2026-12-04"),
            s("Buy a tree", due="2026-12-14"),
        ),
    ),
    case(
        "whats due this month",
        says("Return the suit"),
        lacks("Pay the builder"),
        UNCHANGED,
        seeds=(s("Return the suit", due="2026-11-28"), s("Pay the builder", due="2026-12-03")),
    ),
    case(
        "what's due on wednesday?",
        says("Recycle the batteries"),
        lacks("Order the wine", "Get a flu shot"),
        UNCHANGED,
        seeds=(
            s("Recycle the batteries", due="2026-12-02"),
            s("Order the wine", due="2026-12-03"),
            s("Get a flu shot", due="2026-12-09"),
        ),
    ),
    case(
        "what is due after christmas",
        says("Sell the old sofa"),
        lacks("Buy the goose"),
        UNCHANGED,
        seeds=(s("Sell the old sofa", due="2026-12-28"), s("Buy the goose", due="2026-12-18")),
    ),
    case(
        "please tell me what I must do in the weekend",
        says("Clean the aquarium", "Visit grandpa"),
        lacks("Hand in the thesis"),
        UNCHANGED,
        seeds=(
            s("Clean the aquarium", due="2026-11-28"),
            s("Visit grandpa", due="2026-11-29"),
            s("Hand in the thesis", due="2026-11-27"),
        ),
    ),
    case(
        "what's due before the end of november?",
        says("Cancel the trial"),
        lacks("Renew the subscription"),
        UNCHANGED,
        seeds=(
            s("Cancel the trial", due="2026-11-28"),
            s("Renew the subscription", due="2026-12-01"),
        ),
    ),
)


# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "make it high priority",
        named("Renew the library card", priority="high"),
        before="add renew the library card",
    ),
    case(
        "actually, make that monday",
        named("Order new glasses", due=MONDAY),
        before="add order new glasses for friday",
    ),
    case(
        "the second one is done",
        *done(1),
        seeds=("Fix the fence", "Bake bread", "Call the notary"),
        before=SHOWN,
    ),
    case(
        "delete the last one",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Fix the fence", "Bake bread", "Call the notary"),
        before=SHOWN,
    ),
    case(
        "undo that",
        state(0, status="pending"),
        seeds=("Bake bread", "Fix the fence"),
        before="delete the bake bread task",
    ),
    case(
        "wait no, undo",
        state(0, status="pending"),
        seeds=("Call the notary",),
        before="mark call the notary as done",
    ),
    case(
        "and the cactus one too",
        state(0, status="completed"),
        state(1, status="completed"),
        state(2, status="pending"),
        seeds=("Water the ferns", "Repot the cactus", "Dust the shelves"),
        before="complete water the ferns",
    ),
    case(
        "and tag it errands",
        named("Buy light bulbs"),
        tagged("errands", title="Buy light bulbs"),
        before="add buy light bulbs",
    ),
    case(
        "oops i meant pay the cleaner",
        named("Pay the cleaner", status="pending"),
        gone("Pay the babysitter"),
        before="add pay the babysitter",
    ),
    case(
        "and saturday?",
        says("Buy a doormat"),
        lacks("Return the blender"),
        UNCHANGED,
        seeds=(s("Return the blender", due="2026-11-27"), s("Buy a doormat", due="2026-11-28")),
        before="what's due tomorrow?",
    ),
    case(
        "sorry, I meant saturday",
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Dentist", due="2026-11-30"),),
        before="move the dentist to friday",
    ),
    case(
        "make number 1 urgent",
        state(1, priority="urgent"),
        untouched_except(1),
        seeds=("Order the logo", "Fix the bug"),
        before=SHOWN,
    ),
    case(
        "it's due wednesday",
        named("Call the council", due=WEDNESDAY_NEXT),
        before="add a task to call the council",
    ),
    case(
        "remind me about it tomorrow at 10am",
        named("Call the council", reminder=spoken(FRIDAY, "10:00")),
        before="add call the council",
    ),
    case("delete that", gone("Book a table"), before="add book a table for saturday"),
    case(
        "and set it for the 20th of December",
        named("Buy wrapping paper", priority="urgent", due=SUNDAY_20_DEC),
        before=("add buy wrapping paper", "make it urgent"),
    ),
    case(
        "no, I meant the third",
        state(0, status="completed"),
        state(1, status="pending"),
        state(2, status="pending"),
        seeds=("Oil the hinges", "Sweep the porch", "Clean the grill"),
        before=(SHOWN, "complete the first one"),
    ),
    case(
        "ok tick off the insurance one",
        *done(0),
        seeds=("Renew the home insurance", "Buy bin bags"),
        before="what's pending?",
    ),
    case(
        "delete the photographer one",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Book the wedding photographer", "Send wedding invitations", "Buy shoes"),
        before="find tasks about the wedding",
    ),
    case(
        "make it repeat every monday",
        repeats("FREQ=WEEKLY", title="Go to the post office", either=(on("BYDAY=MO", "Monday"),)),
        before="add go to the post office",
    ),
    case(
        "actually push it to sunday",
        named("Clean the windows", due=SUNDAY),
        before="add clean the windows tomorrow",
    ),
    case(
        "undo that",
        state(0, title="Buy milk"),
        seeds=("Buy milk",),
        before="rename buy milk to buy oat milk",
    ),
    case(
        "reopen the taxes one",
        state(0, status="pending"),
        state(1, status="completed"),
        seeds=(s("File taxes", "completed"), s("Pay the fine", "completed")),
        before="what have I completed?",
    ),
    case(
        "and printer toner too",
        named("Order printer paper"),
        named("Order printer toner", "Printer toner"),
        before="add order printer paper",
    ),
    case(
        "and the week after?",
        says("Sign the contract"),
        lacks("Service the bike"),
        UNCHANGED,
        seeds=(s("Service the bike", due="2026-12-02"), s("Sign the contract", due="2026-12-09")),
        before="what's due next week",
    ),
    case(
        "change that to high priority and tag it health",
        named("Make dentist appointment", priority="high"),
        tagged("health", title="Make dentist appointment"),
        before="add make dentist appointment",
    ),
)


# 8a. The contract's table said differently, with search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    case(
        "Could you add a task to pick up the groceries?",
        added(title="Pick up the groceries", status="pending"),
    ),
    case(
        "let me see all my stuff",
        says("Fix the shed door", "Order a new router"),
        UNCHANGED,
        seeds=("Fix the shed door", "Order a new router"),
    ),
    case(
        "what's still open?",
        says("Cancel the gym trial"),
        lacks("Buy firewood"),
        UNCHANGED,
        seeds=("Cancel the gym trial", s("Buy firewood", "completed")),
    ),
    case("check off task {0}", *done(0), seeds=("Print the boarding pass", "Charge the camera")),
    case(
        "get rid of the gym task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Gym induction", "Buy a scarf"),
    ),
    case(
        "change task {0} to 'Ring Aunt Clara tonight'",
        state(0, title="Ring Aunt Clara tonight"),
        nothing_added(),
        seeds=("Ring Aunt Clara",),
    ),
    case("I must remember to book the ferry tickets", added(title="Book the ferry tickets")),
    case(
        "what did I get done?",
        says("Frame the poster"),
        lacks("Sand the table"),
        UNCHANGED,
        seeds=(s("Frame the poster", "completed"), "Sand the table"),
    ),
    case(
        "find anything about the passport",
        says("Renew passport", "Passport photos"),
        lacks("Buy socks"),
        UNCHANGED,
        seeds=("Renew passport", "Passport photos", "Buy socks"),
    ),
    case(
        "what tags am I using?",
        says("garden", "finance"),
        UNCHANGED,
        seeds=(
            s("Prune the roses", tags=["garden"]),
            s("Check the pension", tags=["finance"]),
        ),
    ),
    case(
        "show my work tasks",
        says("Draft the proposal", "Review the budget"),
        lacks("Descale the kettle"),
        UNCHANGED,
        seeds=(
            s("Draft the proposal", tags=["work"]),
            s("Review the budget", tags=["work"]),
            s("Descale the kettle", tags=["home"]),
        ),
    ),
    case(
        "tag the boiler service with house",
        tagged("house", task=0),
        nothing_added(),
        seeds=("Boiler service",),
    ),
    case(
        "remove the urgent tag from 'Fix the roof'",
        tagged("house", task=0, without=("urgent",)),
        nothing_added(),
        seeds=(s("Fix the roof", tags=["urgent", "house"]),),
    ),
    case(
        "I marked the thank-you cards as done by mistake, they're not finished",
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Write thank-you cards", "completed"),),
    ),
    case(
        "can you restore the task I deleted about the car seat?",
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Buy a car seat", "deleted"),),
    ),
    case(
        "bring back 'Plan the ski trip' please",
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Plan the ski trip", "deleted"),),
    ),
    case(
        "whats on my list",
        says("Book the piano tuner", "Buy a birthday card"),
        UNCHANGED,
        seeds=("Book the piano tuner", "Buy a birthday card"),
    ),
    case(
        "delete task {0}",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Unsubscribe from the newsletter", "Back up the phone"),
    ),
    case(
        "What have I ticked off so far?",
        says("Clean the windows", "Pay the fine"),
        lacks("Iron shirts"),
        UNCHANGED,
        seeds=(s("Clean the windows", "completed"), s("Pay the fine", "completed"), "Iron shirts"),
    ),
    case(
        "pending tasks pls",
        says("Book a massage"),
        lacks("Fold the laundry"),
        UNCHANGED,
        seeds=("Book a massage", s("Fold the laundry", "completed")),
    ),
    case(
        "search for brake",
        says("Call the garage about the brakes", "Buy a new brake light"),
        lacks("Water the lawn"),
        UNCHANGED,
        seeds=("Call the garage about the brakes", "Buy a new brake light", "Water the lawn"),
    ),
    case(
        "the parcel task is not done really, please open it again",
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Send the parcel", "completed"),),
    ),
    case(
        "Put 'Renew the TV licence' on the list, would you?",
        added(title="Renew the TV licence"),
    ),
)


# 8b. Safety: an ambiguous request asks and changes nothing; a non-request changes nothing.
SAFETY: tuple[Case, ...] = (
    case(
        "delete the call task",
        UNCHANGED,
        says("Call Anna", "Call Ben"),
        seeds=("Call Anna", "Call Ben"),
    ),
    case("done with it!", UNCHANGED, seeds=("Pay the phone bill", "Pay the car loan")),
    case(
        "move it to friday",
        UNCHANGED,
        seeds=(s("Dentist", due="2026-12-02"), s("Hairdresser", due="2026-12-03")),
    ),
    case("thanks, that's all for now", UNCHANGED, seeds=("Buy a kettle",)),
    case("lol ok", UNCHANGED, seeds=("Buy a kettle",)),
    case("what's the capital of Australia?", UNCHANGED, seeds=("Renew the passport",)),
    case("hmm", UNCHANGED, seeds=("Buy a kettle",)),
    case(
        "complete the email task",
        UNCHANGED,
        says("Email Sarah", "Email Sam"),
        seeds=("Email Sarah", "Email Sam"),
    ),
    case("delete", UNCHANGED, seeds=("Buy a kettle", "Call the vet")),
    case("my boss is driving me crazy today", UNCHANGED, seeds=("Prepare the board deck",)),
    case(
        "push the hotel booking to monday",
        UNCHANGED,
        says("Rome", "Paris"),
        seeds=("Book hotel in Rome", "Book hotel in Paris"),
    ),
    case("can you delete a task?", UNCHANGED, seeds=("Buy a kettle", "Call the vet")),
    case(
        "I'm so tired of cleaning",
        UNCHANGED,
        seeds=("Clean the kitchen", "Clean the bathroom"),
    ),
    case("is it going to rain tomorrow", UNCHANGED, seeds=("Walk the dog",)),
    case(
        "mark the buy task as done",
        UNCHANGED,
        says("Buy milk", "Buy eggs"),
        seeds=("Buy milk", "Buy eggs"),
    ),
    case("good morning!", UNCHANGED, seeds=("Buy a kettle",)),
    case("rename it to something better", UNCHANGED, seeds=("Plan the trip", "Fix the sink")),
)


HELD_OUT_FOURTH: tuple[Case, ...] = (
    *WRAPPED,
    *REPEATS,
    *FACTS,
    *EDITS,
    *REMINDERS,
    *WINDOWS,
    *FOLLOW_UPS,
    *TABLE,
    *SAFETY,
)
