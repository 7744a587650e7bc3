"""A sixth voice: a development set of everyday requests, written without reading the engine.

These cases were written from the product contract (``PRODUCT.md``: data model, MCP tools,
chat) and the checks' docstrings only, by someone who never read the engine, its documentation
nor the other sets' cases, and who ran no sentence through the engine while writing. It is a
development set: its misses point at whole families of phrasing the engine does not understand
yet, and are not to be patched one sentence at a time.

The families, each in many voices (terse, chatty, typos, lowercase, non-native English, British
and American, very polite, blunt, long messages with the request buried, two requests in one
message, a request followed by an aside): new tasks in everyday words; repeats in words, on new
and existing tasks, and stopping them; statements of fact that mean "done" and negatives that
change nothing; relative and absolute edits; reminders on existing tasks; window questions;
follow-ups leaning on earlier messages; and the contract's table said differently, with search,
tags, reopen and restore, plus safety (ambiguous or non-requests change nothing).

Clock: Thursday 26 November 2026, 11:00 in Berlin, the user's zone. Tomorrow is Friday 27
November, the weekend is 28-29 November, next week runs from Monday 30 November to Sunday 6
December. Seeded times carry Berlin's offset in November (+01:00).

Beside the helpers of the other sets, a few checks are defined here, each on the outcome only:
:func:`reminded` (a seed's reminder falls on a day, optionally within some hours),
:func:`described` (a seed's description holds these words), :func:`rule_in` (a task repeats by
one of a few equivalent rules, ``BYDAY`` compared as a set), :func:`dated` (the one new task is
due, or reminds, on a day) and :func:`gone` (no pending task has this title any more).
"""

from __future__ import annotations

from typing import Any

from .corpus import UNCHANGED, Case, Check, Outcome, Seed, added, case, says, state, titled
from .fifth_voice import just_one, new_task, noted
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out import repeating as repeats
from .held_out_second import (
    FRIDAY_NEXT,
    NEXT_WEEK,
    SATURDAY_NEXT,
    SUNDAY_NEXT,
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
    rule_of,
)

__all__ = [
    "SIXTH_VOICE",
    "berlin",
    "dated",
    "described",
    "gone",
    "reminded",
    "rule_in",
    "rule_parts",
    "s",
]

CLEARED = (None, "")
SHOWN = "show my tasks"
THURSDAY_10_DEC = "Thursday 10 December 2026"
SATURDAY_12_DEC = "Saturday 12 December 2026"
MORNING = range(6, 12)
EVENING = range(17, 23)


def s(title: str, state: str = "pending", **fields: Any) -> Seed:
    """A seed with these add_task fields."""
    return Seed(title, state, fields)


def berlin(day: str, time: str) -> str:
    """An ISO date-time in Berlin's November offset."""
    return f"{day}T{time}:00+01:00"


def _task(out: Outcome, index: int) -> dict[str, Any] | str:
    if index < 0:
        new = [task for task_id, task in out.after.items() if task_id not in out.before]
        return new[0] if len(new) == 1 else f"expected one new task; {len(new)} were added"
    task = out.after.get(out.ids[index])
    return "the task is gone" if task is None else task


def rule_parts(text: str | None) -> dict[str, Any]:
    rule = (text or "").upper().removeprefix("RRULE:")
    parts: dict[str, Any] = {}
    for part in filter(None, rule.split(";")):
        key, _, value = part.partition("=")
        parts[key] = frozenset(value.split(",")) if key == "BYDAY" else value
    return parts


class _Reminded(Check):
    """Seed ``index``'s reminder is spoken on ``words[0]``, its hour in ``args['hours']``."""

    def problem(self, out: Outcome) -> str | None:
        task = _task(out, self.index)
        if isinstance(task, str):
            return task
        spoken = str(task.get("reminder") or "")
        day, _, time = spoken.partition(", ")
        if day != self.words[0]:
            return f"expected a reminder on {self.words[0]!r}; it is {spoken!r}"
        hours = self.args.get("hours")
        if hours is not None and (not time or int(time[:2]) not in hours):
            return f"expected a reminder hour in {list(hours)}; it is {spoken!r}"
        return None


class _Described(Check):
    """Seed ``index``'s description holds ``words`` (case-insensitively)."""

    def problem(self, out: Outcome) -> str | None:
        task = _task(out, self.index)
        if isinstance(task, str):
            return task
        text = str(task.get("description") or "")
        missing = [word for word in self.words if word.casefold() not in text.casefold()]
        return f"the description lacks {missing}: {text!r}" if missing else None


class _RuleIn(Check):
    """A task repeats by one of ``words`` (RRULE fragments); ``either`` as in held_out."""

    def problem(self, out: Outcome) -> str | None:
        task = _task(out, self.index)
        if isinstance(task, str):
            return task
        titles = self.args["titles"]
        if titles and task.get("title") not in titles:
            return f"expected a title in {titles}, got {task.get('title')!r}"
        have = rule_parts(task.get("recurrence"))
        if not any(
            all(have.get(key) == value for key, value in rule_parts(alternative).items())
            for alternative in self.words
        ):
            return f"expected a repeat like {self.words}; it is {task.get('recurrence')!r}"
        spoken = " | ".join(str(task.get(name) or "") for name in ("due", "reminder"))
        for rule_part, said in self.args["either"]:
            key, _, value = rule_part.partition("=")
            want = frozenset(value.split(",")) if key == "BYDAY" else value
            if have.get(key) != want and said not in spoken:
                return f"expected {rule_part} in the rule or {said!r} in {spoken!r}"
        return None


class _Dated(Check):
    """The one new task's due date or reminder falls on ``words[0]``."""

    def problem(self, out: Outcome) -> str | None:
        task = _task(out, -1)
        if isinstance(task, str):
            return task
        spoken = [str(task.get(name) or "") for name in ("due", "reminder")]
        if any(said.partition(", ")[0] == self.words[0] for said in spoken):
            return None
        return f"expected the due date or reminder on {self.words[0]!r}; got {spoken}"


class _Gone(Check):
    """No pending task is titled ``words[0]``."""

    def problem(self, out: Outcome) -> str | None:
        left = [
            task
            for task in out.after.values()
            if task["title"] == self.words[0] and task.get("status") == "pending"
        ]
        return f"expected no pending {self.words[0]!r}; found {len(left)}" if left else None


def reminded(index: int, day: str, hours: range | None = None) -> Check:
    """Expect seed ``index``'s reminder on ``day`` (spoken), its hour within ``hours``."""
    return _Reminded("reminded", index=index, words=(day,), args={"hours": hours})


def described(index: int, *words: str) -> Check:
    """Expect seed ``index``'s description to contain these words."""
    return _Described("described", index=index, words=words)


def rule_in(
    *alternatives: str,
    task: int = -1,
    title: str | tuple[str, ...] = (),
    either: tuple[tuple[str, str], ...] = (),
) -> Check:
    """Expect a task (the one new task, or seed ``task``) to repeat by one of ``alternatives``."""
    titles = (title,) if isinstance(title, str) else title
    return _RuleIn(
        "rule_in", index=task, words=alternatives, args={"titles": titles, "either": either}
    )


def dated(day: str) -> Check:
    """Expect the one new task to be due, or to remind, on ``day`` (spoken)."""
    return _Dated("dated", words=(day,))


def gone(title: str) -> Check:
    """Expect no pending task titled ``title`` (deleted, or never kept)."""
    return _Gone("gone", words=(title,))


def done(index: int) -> Check:
    return state(index, status="completed")


def pending(index: int) -> Check:
    return state(index, status="pending")


def deleted(index: int) -> Check:
    return state(index, status="deleted")


WEEKDAY_RULES = ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR")


# 1. Adding a task in everyday words, with dates, times, priority, tags and notes said variously.
ADDS: tuple[Case, ...] = (
    case(
        "could you add 'renew car insurance' for next monday please",
        added(title="Renew car insurance", due=MONDAY),
    ),
    case(
        "need to pick up the dry cleaning tomorrow",
        new_task("Pick up the dry cleaning", "Pick up dry cleaning", due=(FRIDAY,)),
    ),
    case("pls add buy dog food, high priority", added(title="Buy dog food", priority="high")),
    case(
        "Put 'book flu jab' on my list for the 3rd of December, tag it health",
        added(title="Book flu jab", due=THURSDAY_NEXT, tags=["health"]),
    ),
    case(
        "add task: submit expense report by friday 5pm",
        added(title="Submit expense report", due=f"{FRIDAY}, 17:00"),
    ),
    case(
        "hey so I just realised I never sent grandma a thank-you card for the scarf 🙈 can you "
        "put 'Thank-you card to grandma' down for saturday",
        added(title="Thank-you card to grandma", due=SATURDAY),
    ),
    case("new task water the tomatoes", added(title="Water the tomatoes")),
    case(
        "Would you be so kind as to add a task to collect the parcel from the post office on "
        "Monday? Many thanks.",
        added(title="Collect the parcel from the post office", due=MONDAY),
    ),
    case(
        "add 'order new contact lenses' low priority #health",
        added(title="Order new contact lenses", priority="low", tags=["health"]),
    ),
    case(
        "i must to pay the electricity bill until 1 december",
        new_task("Pay the electricity bill", due=(TUESDAY_NEXT,)),
    ),
    case(
        "add call the bank about the mortgage tomorrow at 10am, it's urgent",
        added(title="Call the bank about the mortgage", due=f"{FRIDAY}, 10:00", priority="urgent"),
    ),
    case(
        "jot down: defrost the freezer this weekend",
        new_task("Defrost the freezer", due=(SATURDAY, SUNDAY)),
    ),
    case(
        "add a task to clean the gutters, notes: borrow the ladder from Pete",
        added(title="Clean the gutters"),
        noted("ladder", "Pete"),
    ),
    case(
        "add buy birthday present for Lily on 12 dec",
        added(title="Buy birthday present for Lily", due=SATURDAY_12_DEC),
    ),
    case(
        "ADD RENEW GYM MEMBERSHIP",
        new_task("Renew gym membership", "RENEW GYM MEMBERSHIP"),
    ),
    case(
        "ad a taks: return library books saturday",
        added(title="Return library books", due=SATURDAY),
    ),
    case(
        "Add 'prepare slides for quarterly review' due next Wednesday at 14:00, tag work",
        added(
            title="Prepare slides for quarterly review",
            due=f"{WEDNESDAY_NEXT}, 14:00",
            tags=["work"],
        ),
    ),
    case("can u add get the car washed in 3 days", added(title="Get the car washed", due=SUNDAY)),
    case(
        "I need to remember to cancel the netflix trial by the 30th",
        new_task("Cancel the netflix trial", "Cancel the Netflix trial", due=(MONDAY,)),
    ),
    case(
        "add schedule parent-teacher meeting, medium priority, tagged school",
        added(title="Schedule parent-teacher meeting", priority="medium", tags=["school"]),
    ),
    case("put buy stamps on the list", added(title="Buy stamps")),
    case(
        "add 'fix the leaking tap' for tonight at 7",
        added(title="Fix the leaking tap", due=f"{TODAY}, 19:00"),
    ),
    case(
        "ugh what a week, the boss wants everything yesterday and the kids are off school, "
        "anyway could you add 'arrange childcare' for tomorrow, thanks, you're a lifesaver",
        added(title="Arrange childcare", due=FRIDAY),
    ),
    case(
        "add buy printer ink and also add book a haircut for saturday",
        titled("Buy printer ink"),
        titled("Book a haircut", due=SATURDAY),
    ),
    case(
        "Add a task: email the landlord about the boiler. Tomorrow morning at 9.",
        added(title="Email the landlord about the boiler", due=f"{FRIDAY}, 09:00"),
    ),
    case(
        "new todo - get passport photos taken - by dec 10",
        added(title="Get passport photos taken", due=THURSDAY_10_DEC),
    ),
    case(
        "add learn 10 spanish verbs tag it #spanish and #hobby",
        new_task("Learn 10 spanish verbs", tags=(["spanish", "hobby"], ["hobby", "spanish"])),
    ),
    case(
        "Could you pop 'ring the council about the bins' on my to-do list for Monday?",
        added(title="Ring the council about the bins", due=MONDAY),
    ),
    case(
        "add pick up Thanksgiving pie at 2pm today",
        added(title="Pick up Thanksgiving pie", due=f"{TODAY}, 14:00"),
    ),
    case(
        "remind me to take the bins out tonight",
        new_task("Take the bins out", "Take out the bins"),
        dated(TODAY),
    ),
    case(
        "add a task called Wedding RSVP for the 18th of December with a note that we need "
        "the vegetarian option",
        added(title="Wedding RSVP", due="Friday 18 December 2026"),
        noted("vegetarian"),
    ),
    case(
        "please create a task 'Vet appointment for Max' on 2 December at 4:30pm",
        added(title="Vet appointment for Max", due=f"{WEDNESDAY_NEXT}, 16:30"),
    ),
    case(
        "i want add task for buy present to my sister, it is very important",
        new_task(priority=("high", "urgent")),
    ),
    case(
        "add pick up the cake from Gail's on saturday at 10am - btw you've been super helpful",
        added(title="Pick up the cake from Gail's", due=f"{SATURDAY}, 10:00"),
    ),
)


# 2. Repeats in words, on new tasks and existing ones, and stopping a repeat.
REPEATS: tuple[Case, ...] = (
    case(
        "add take out the recycling every other monday",
        repeats(
            "FREQ=WEEKLY",
            "INTERVAL=2",
            title="Take out the recycling",
            either=(on("BYDAY=MO", MONDAY),),
        ),
    ),
    case(
        "Add 'pay rent' on the 1st of every month",
        repeats("FREQ=MONTHLY", title="Pay rent", either=(("BYMONTHDAY=1", TUESDAY_NEXT),)),
    ),
    case(
        "team retro on the last friday of the month, please add it",
        rule_in("FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1", title="Team retro"),
    ),
    case("add stretch every morning", repeats("FREQ=DAILY", title="Stretch")),
    case(
        "add gym 3 times a week on mon wed fri",
        rule_in("FREQ=WEEKLY;BYDAY=MO,WE,FR", title="Gym"),
    ),
    case(
        "add 'dentist check-up' every 6 months",
        repeats("FREQ=MONTHLY", "INTERVAL=6", title="Dentist check-up"),
    ),
    case(
        "add submit VAT return each quarter",
        repeats("FREQ=MONTHLY", "INTERVAL=3", title="Submit VAT return"),
    ),
    case(
        "new task: water the orchids every sunday",
        repeats("FREQ=WEEKLY", title="Water the orchids", either=(on("BYDAY=SU", SUNDAY),)),
    ),
    case("add call dad every weekend", rule_in("FREQ=WEEKLY;BYDAY=SA,SU", title="Call dad")),
    case(
        "add 'standup notes' every weekday at 9:30",
        rule_in(*WEEKDAY_RULES, title="Standup notes", either=(at(9, 30),)),
    ),
    case(
        "add clean the fish tank every 2 weeks",
        rule_in("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14", title="Clean the fish tank"),
    ),
    case(
        "add mum's birthday every year on 14 march",
        repeats("FREQ=YEARLY", title="Mum's birthday"),
    ),
    case(
        "add take vitamins every evening at 8pm",
        repeats("FREQ=DAILY", title="Take vitamins", either=(at(20),)),
    ),
    case(
        "add piano practice tuesdays and thursdays",
        rule_in("FREQ=WEEKLY;BYDAY=TU,TH", title="Piano practice"),
    ),
    case(
        "add change the water filter every 3 months",
        repeats("FREQ=MONTHLY", "INTERVAL=3", title="Change the water filter"),
    ),
    case(
        "add flea treatment for the cat, monthly",
        repeats("FREQ=MONTHLY", title="Flea treatment for the cat"),
    ),
    case(
        "add back up the laptop on the first monday of every month",
        rule_in(
            "FREQ=MONTHLY;BYDAY=1MO",
            "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1",
            title="Back up the laptop",
        ),
    ),
    case(
        "Please add 'Book club' every 4 weeks on Wednesday.",
        repeats(
            "FREQ=WEEKLY",
            "INTERVAL=4",
            title="Book club",
            either=(on("BYDAY=WE", WEDNESDAY_NEXT),),
        ),
    ),
    case(
        "add check tyre pressure every 3 days",
        repeats("FREQ=DAILY", "INTERVAL=3", title="Check tyre pressure"),
    ),
    case(
        "mow the lawn should repeat every saturday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SA", SATURDAY),)),
        nothing_added(),
        seeds=("Mow the lawn",),
    ),
    case(
        "make water the plants a daily thing",
        repeats("FREQ=DAILY", task=0),
        nothing_added(),
        seeds=("Water the plants",),
    ),
    case(
        "pay credit card happens every month on the 20th, set that up",
        repeats("FREQ=MONTHLY", task=0, either=(("BYMONTHDAY=20", "Sunday 20 December 2026"),)),
        nothing_added(),
        seeds=("Pay credit card",),
    ),
    case(
        "clean the bathroom - every other week pls",
        rule_in("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14", task=0),
        nothing_added(),
        seeds=("Clean the bathroom",),
    ),
    case(
        "the budget review needs to recur each quarter",
        repeats("FREQ=MONTHLY", "INTERVAL=3", task=0),
        nothing_added(),
        seeds=("Review budget", "Buy a new desk lamp"),
    ),
    case(
        "fyi the team sync is every monday and thursday from now on",
        rule_in("FREQ=WEEKLY;BYDAY=MO,TH", task=0),
        nothing_added(),
        seeds=("Team sync",),
    ),
    case(
        "set yoga to repeat every weekday",
        rule_in(*WEEKDAY_RULES, task=0),
        nothing_added(),
        seeds=("Yoga",),
    ),
    case(
        "renew domain is a yearly thing, can you make it recur",
        repeats("FREQ=YEARLY", task=0),
        nothing_added(),
        seeds=("Renew domain",),
    ),
    case(
        "stop repeating water the plants",
        one_of(0, recurrence=CLEARED),
        pending(0),
        seeds=(s("Water the plants", due="2026-11-27", recurrence="FREQ=DAILY"),),
    ),
    case(
        "the team sync doesn't need to recur anymore, it's a one-off now",
        one_of(0, recurrence=CLEARED),
        nothing_added(),
        seeds=(s("Team sync", due="2026-11-30", recurrence="FREQ=WEEKLY;BYDAY=MO"),),
    ),
    case(
        "no more repeats for gym please",
        one_of(0, recurrence=CLEARED),
        seeds=(s("Gym", due="2026-11-27", recurrence="FREQ=WEEKLY;BYDAY=MO,WE,FR"),),
    ),
    case(
        "pay rent: make it a one-time task",
        one_of(0, recurrence=CLEARED),
        seeds=(s("Pay rent", due="2026-12-01", recurrence="FREQ=MONTHLY"),),
    ),
    case(
        "Could you turn off the recurrence on 'Call grandma', please?",
        one_of(0, recurrence=CLEARED),
        seeds=(s("Call grandma", due="2026-11-29", recurrence="FREQ=WEEKLY;BYDAY=SU"),),
    ),
    case(
        "stop the bins from repeating but leave the vitamins as they are",
        one_of(0, recurrence=CLEARED),
        repeats("FREQ=DAILY", task=1),
        seeds=(
            s("Take out the bins", due="2026-11-30", recurrence="FREQ=WEEKLY;BYDAY=MO"),
            s("Take vitamins", due="2026-11-27", recurrence="FREQ=DAILY"),
        ),
    ),
)


# 3. Facts that mean done, in any tense or voice; negatives change nothing.
FACTS: tuple[Case, ...] = (
    case(
        "dry cleaning is sorted",
        done(0),
        pending(1),
        seeds=("Pick up the dry cleaning", "Call the plumber"),
    ),
    case(
        "just crossed the plumber off",
        done(1),
        pending(0),
        seeds=("Pick up the dry cleaning", "Call the plumber"),
    ),
    case(
        "knocked out the quarterly report this morning 💪",
        done(0),
        pending(1),
        seeds=("Write the quarterly report", "Book the venue"),
    ),
    case(
        "wrapped up the presentation, finally",
        done(0),
        pending(1),
        seeds=("Finish the presentation", "Email the client"),
    ),
    case(
        "I paid the gas bill",
        done(0),
        pending(1),
        seeds=("Pay the gas bill", "Pay the water bill"),
    ),
    case(
        "the car has been serviced",
        done(0),
        pending(1),
        seeds=("Service the car", "Buy a birthday card"),
    ),
    case(
        "finally got the passport renewed!!",
        done(0),
        pending(1),
        seeds=("Renew passport", "Buy sunscreen"),
    ),
    case(
        "done with the tax return, thank god",
        done(0),
        pending(1),
        seeds=("File the tax return", "Call the accountant"),
    ),
    case(
        "vet appointment - done",
        done(0),
        pending(1),
        seeds=("Book vet appointment", "Buy cat litter"),
    ),
    case(
        "the gutters are clean now",
        done(0),
        pending(1),
        seeds=("Clean the gutters", "Fix the fence"),
    ),
    case(
        "maths homework handed in 👍",
        done(0),
        pending(1),
        seeds=("Hand in maths homework", "Study for chemistry test"),
    ),
    case(
        "i have already call the insurance company",
        done(0),
        pending(1),
        seeds=("Call the insurance company", "Pay the parking fine"),
    ),
    case(
        "Just so you know, my wife booked the kids' dentist appointment yesterday, so that "
        "one's off my plate",
        done(0),
        pending(1),
        seeds=("Book kids' dentist appointment", "Buy school shoes"),
    ),
    case(
        "finished reading the contract",
        done(0),
        pending(1),
        seeds=("Read the contract", "Sign the contract"),
    ),
    case(
        "I've sent the invoice to Acme",
        done(0),
        pending(1),
        seeds=("Send invoice to Acme", "Book a table for Friday"),
    ),
    case(
        "the dog's been walked",
        done(0),
        pending(1),
        seeds=("Walk the dog", "Order printer paper"),
    ),
    case(
        "groceries: check ✔",
        done(0),
        pending(1),
        seeds=("Buy groceries", "Plan next week's meals"),
    ),
    case(
        "Bought the train tickets last night.",
        done(0),
        pending(1),
        seeds=("Buy train tickets", "Book hotel"),
    ),
    case(
        "the thank-you emails went out this morning",
        done(0),
        pending(1),
        seeds=("Send thank-you emails", "Update the CV"),
    ),
    case(
        "fixed the squeaky door at last",
        done(0),
        pending(1),
        seeds=("Fix the squeaky door", "Paint the hallway"),
    ),
    case(
        "oil change is taken care of",
        done(0),
        pending(1),
        seeds=("Oil change", "Rotate the tyres"),
    ),
    case(
        "did the laundry and walked the dog, what a productive morning",
        done(0),
        done(1),
        pending(2),
        seeds=("Do the laundry", "Walk the dog", "Iron shirts"),
    ),
    case(
        "paid the water bill but not the gas one yet",
        done(1),
        pending(0),
        seeds=("Pay the gas bill", "Pay the water bill"),
    ),
    case("haven't done the laundry yet", UNCHANGED, seeds=("Do the laundry", "Iron shirts")),
    case("i didn't manage to call the bank today :(", UNCHANGED, seeds=("Call the bank",)),
    case(
        "the report isn't finished, still working on it",
        UNCHANGED,
        seeds=("Finish the report", "Book the venue"),
    ),
    case("I still need to pay the gas bill", UNCHANGED, seeds=("Pay the gas bill",)),
    case("almost done with the slides", UNCHANGED, seeds=("Finish the slides",)),
    case(
        "was going to clean the garage but never got round to it",
        UNCHANGED,
        seeds=("Clean the garage",),
    ),
    case("nope, the car still hasn't been serviced", UNCHANGED, seeds=("Service the car",)),
    case("will finish the essay tomorrow", pending(0), seeds=("Finish the essay",)),
    case("not done: the ironing", UNCHANGED, seeds=("Do the ironing", "Buy milk")),
)


# 4. Relative and absolute edits: priority, due date, rename, description.
EDITS: tuple[Case, ...] = (
    case(
        "bump up the tax documents",
        raised(0),
        seeds=(s("Prepare tax documents", priority="medium"),),
    ),
    case(
        "the oven can wait, lower its priority",
        lowered(0),
        seeds=(s("Clean the oven", priority="high"),),
    ),
    case(
        "replying to jenny is more important than I thought, raise it",
        raised(0),
        seeds=(s("Reply to Jenny", priority="low"),),
    ),
    case(
        "sort the garage isn't that urgent tbh, knock it down a notch",
        lowered(0),
        seeds=(s("Sort the garage", priority="urgent"),),
    ),
    case(
        "make the MOT top priority",
        one_of(0, priority=("urgent", "high")),
        seeds=("Book the MOT", "Buy new wipers"),
    ),
    case(
        "curtains -> low priority",
        state(0, priority="low"),
        seeds=(s("Buy new curtains", priority="medium"),),
    ),
    case(
        "set priority of the car insurance task to high pls",
        state(0, priority="high"),
        seeds=("Renew car insurance",),
    ),
    case(
        "dial down the priority on learning guitar",
        lowered(0),
        seeds=(s("Learn guitar", priority="high"),),
    ),
    case(
        "push the grant application back two days",
        state(0, due=SUNDAY),
        seeds=(s("Submit the grant application", due="2026-11-27"),),
    ),
    case(
        "move the dentist a day earlier",
        state(0, due=SUNDAY),
        seeds=(s("Dentist appointment", due="2026-11-30"),),
    ),
    case(
        "postpone the quarterly review by a week",
        state(0, due=FRIDAY_NEXT),
        seeds=(s("Quarterly review", due="2026-11-27"),),
    ),
    case(
        "can we do the electrician on tuesday instead",
        state(0, due=TUESDAY_NEXT),
        seeds=(s("Call the electrician", due="2026-11-27"),),
    ),
    case(
        "move hand in essay to next week",
        one_of(0, due=NEXT_WEEK),
        seeds=(s("Hand in essay", due="2026-11-27"),),
    ),
    case(
        "council tax doesn't have a deadline anymore, remove the due date",
        one_of(0, due=CLEARED),
        pending(0),
        seeds=(s("Pay the council tax", due="2026-11-27"),),
    ),
    case(
        "ordering the cake needs to happen sooner, make it tomorrow",
        state(0, due=FRIDAY),
        seeds=(s("Order the cake", due="2026-12-04"),),
    ),
    case(
        "sam's drill - push to monday",
        state(0, due=MONDAY),
        seeds=(s("Return the drill to Sam", due="2026-11-28"),),
    ),
    case(
        "move the restaurant booking to 8pm",
        state(0, due=f"{FRIDAY}, 20:00"),
        seeds=(s("Book restaurant", due=berlin("2026-11-27", "19:00")),),
    ),
    case(
        "call the landlord can slip to friday",
        state(0, due=FRIDAY),
        seeds=(s("Call the landlord", due="2026-11-26"),),
    ),
    case(
        "give me 3 more days for the blog post",
        state(0, due=MONDAY),
        seeds=(s("Finish the blog post", due="2026-11-27"),),
    ),
    case(
        "bring the lease renewal forward a week",
        state(0, due=THURSDAY_NEXT),
        seeds=(s("Renew the lease", due="2026-12-10"),),
    ),
    case(
        "pick up prescription is due saturday",
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=("Pick up prescription",),
    ),
    case(
        "take the date off the thank-you notes, no rush on those",
        one_of(0, due=CLEARED),
        seeds=(s("Write thank-you notes", due="2026-11-28"),),
    ),
    case(
        "rename call mom to 'Call mom about Christmas'",
        state(0, title="Call mom about Christmas"),
        nothing_added(),
        seeds=("Call mom",),
    ),
    case(
        "change 'buy milk' to 'buy oat milk'",
        state(0, title="Buy oat milk"),
        nothing_added(),
        seeds=("Buy milk",),
    ),
    case(
        "the dentist task should say 'Dentist with Dr Patel'",
        state(0, title="Dentist with Dr Patel"),
        seeds=("Dentist",),
    ),
    case(
        "call prep for interview 'Prepare for Google interview' instead",
        state(0, title="Prepare for Google interview"),
        seeds=("Prep for interview",),
    ),
    case(
        "fix bike -> fix bike brakes",
        state(0, title="Fix bike brakes"),
        nothing_added(),
        seeds=("Fix bike",),
    ),
    case(
        "add a note to book holiday: check flights from Bristol first",
        described(0, "Bristol"),
        nothing_added(),
        seeds=("Book holiday",),
    ),
    case(
        "for buy paint, put in the description that it's the Farrow & Ball one, Elephant's Breath",
        described(0, "Farrow", "Elephant's Breath"),
        nothing_added(),
        seeds=("Buy paint",),
    ),
    case(
        "add to the call insurance task that the policy number is 48213",
        described(0, "48213"),
        nothing_added(),
        seeds=("Call insurance",),
    ),
    case(
        "send the proposal: make it urgent and move it to monday",
        state(0, priority="urgent", due=MONDAY),
        seeds=(s("Send the proposal", priority="low", due="2026-11-27"),),
    ),
    case(
        "plan the party - due 5 december, high priority",
        state(0, due=SATURDAY_NEXT, priority="high"),
        nothing_added(),
        seeds=("Plan the party",),
    ),
    case(
        "push clean windows to next weekend",
        one_of(0, due=(SATURDAY_NEXT, SUNDAY_NEXT)),
        seeds=(s("Clean windows", due="2026-11-28"),),
    ),
    case(
        "move call the bank an hour later",
        state(0, due=f"{FRIDAY}, 11:00"),
        seeds=(s("Call the bank", due=berlin("2026-11-27", "10:00")),),
    ),
    case(
        "mark the laundry done and push the ironing to monday",
        done(0),
        state(1, due=MONDAY),
        seeds=("Do the laundry", s("Do the ironing", due="2026-11-27")),
    ),
)


# 5. Reminders on existing tasks: set, move, clear; nothing is added.
REMINDERS: tuple[Case, ...] = (
    case(
        "remind me about the dentist call on friday morning",
        reminded(0, FRIDAY, MORNING),
        nothing_added(),
        seeds=("Call the dentist",),
    ),
    case(
        "set a reminder for pay rent on monday at 9",
        state(0, reminder=f"{MONDAY}, 09:00"),
        nothing_added(),
        seeds=("Pay rent",),
    ),
    case(
        "remind me 30 minutes before the team meeting",
        state(0, reminder=f"{FRIDAY}, 13:30"),
        nothing_added(),
        seeds=(s("Team meeting", due=berlin("2026-11-27", "14:00")),),
    ),
    case(
        "ping me the evening before my flight to lisbon",
        reminded(0, WEDNESDAY_NEXT, EVENING),
        nothing_added(),
        seeds=(s("Flight to Lisbon", due=berlin("2026-12-03", "07:00")),),
    ),
    case(
        "nudge me about watering the plants tomorrow at 6pm",
        state(0, reminder=f"{FRIDAY}, 18:00"),
        nothing_added(),
        seeds=("Water the plants",),
    ),
    case(
        "move the timesheet reminder to 4pm",
        state(0, reminder=f"{FRIDAY}, 16:00"),
        seeds=(s("Submit timesheet", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "push the reminder for anna's gift to saturday",
        reminded(0, SATURDAY),
        seeds=(s("Buy a gift for Anna", reminder=berlin("2026-11-27", "10:00")),),
    ),
    case(
        "no need to remind me about the bank anymore",
        one_of(0, reminder=CLEARED),
        pending(0),
        seeds=(s("Call the bank", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "turn off the reminder on take medication",
        one_of(0, reminder=CLEARED),
        pending(0),
        seeds=(s("Take medication", reminder=berlin("2026-11-26", "20:00")),),
    ),
    case(
        "remove the alert for the passport",
        one_of(0, reminder=CLEARED),
        pending(0),
        seeds=(s("Renew passport", reminder=berlin("2026-12-01", "09:00")),),
    ),
    case(
        "can you remind me about booking the venue in 2 hours?",
        state(0, reminder=f"{TODAY}, 13:00"),
        nothing_added(),
        seeds=("Book the venue",),
    ),
    case(
        "remind me to email the tutor tonight at 8",
        state(0, reminder=f"{TODAY}, 20:00"),
        nothing_added(),
        seeds=("Email the tutor",),
    ),
    case(
        "Could you please set an alert for feeding the neighbour's cat, Saturday 8am? Thank "
        "you so much.",
        state(0, reminder=f"{SATURDAY}, 08:00"),
        nothing_added(),
        seeds=("Feed the neighbour's cat",),
    ),
    case(
        "reminder for tom's birthday card on the 2nd at noon",
        state(0, reminder=f"{WEDNESDAY_NEXT}, 12:00"),
        nothing_added(),
        seeds=("Send birthday card to Tom",),
    ),
    case(
        "remind me an hour before dinner with priya",
        state(0, reminder=f"{SATURDAY}, 18:30"),
        nothing_added(),
        seeds=(s("Dinner with Priya", due=berlin("2026-11-28", "19:30")),),
    ),
    case(
        "remind me about parent evening the day before",
        reminded(0, MONDAY),
        nothing_added(),
        seeds=(s("Parent evening", due=berlin("2026-12-01", "18:00")),),
    ),
    case(
        "remind me about paying the nanny at 5 instead",
        state(0, reminder=f"{FRIDAY}, 17:00"),
        seeds=(s("Pay the nanny", reminder=berlin("2026-11-27", "18:00")),),
    ),
    case(
        "snooze the parcel reminder till tomorrow",
        reminded(0, FRIDAY),
        seeds=(s("Collect the parcel", reminder=berlin("2026-11-26", "15:00")),),
    ),
    case(
        "pls remind abt car service next monday 10am",
        state(0, reminder=f"{MONDAY}, 10:00"),
        nothing_added(),
        seeds=("Book car service",),
    ),
    case(
        "I want reminder for call the vet on friday at 14h",
        state(0, reminder=f"{FRIDAY}, 14:00"),
        nothing_added(),
        seeds=("Call the vet",),
    ),
    case(
        "remind me about the bread at 5pm today",
        state(1, reminder=f"{TODAY}, 17:00"),
        one_of(0, reminder=CLEARED),
        nothing_added(),
        seeds=("Buy milk", "Buy bread"),
    ),
    case(
        "kill the reminder for the gym",
        one_of(0, reminder=CLEARED),
        seeds=(s("Gym session", reminder=berlin("2026-11-27", "07:00")),),
    ),
    case(
        "give me a heads up about the lesson plan on sunday evening",
        reminded(0, SUNDAY, EVENING),
        nothing_added(),
        seeds=("Prepare the lesson plan",),
    ),
    case(
        "remind me about the doctor's appointment on monday at 8 in the morning",
        state(0, reminder=f"{MONDAY}, 08:00"),
        nothing_added(),
        seeds=(s("Doctor's appointment", due=berlin("2026-11-30", "09:15")),),
    ),
    case(
        "set a reminder on the car tax for the 1st of december",
        reminded(0, TUESDAY_NEXT),
        nothing_added(),
        seeds=("Renew the car tax",),
    ),
    case(
        "move grandma's call reminder an hour earlier",
        state(0, reminder=f"{SUNDAY}, 10:00"),
        seeds=(s("Call grandma", reminder=berlin("2026-11-29", "11:00")),),
    ),
    case(
        "remind me about the report at 3",
        state(0, reminder=f"{TODAY}, 15:00"),
        nothing_added(),
        seeds=("Submit the report",),
    ),
    case(
        "don't remind me about picking up the kids, I'll remember",
        one_of(0, reminder=CLEARED),
        pending(0),
        seeds=(s("Pick up the kids", reminder=berlin("2026-11-27", "15:00")),),
    ),
)


#: A week of dated tasks for the window questions (ids in this order).
WEEK: tuple[Seed, ...] = (
    s("Dentist appointment", due="2026-11-26"),
    s("Pay the phone bill", due="2026-11-27"),
    s("Football practice", due="2026-11-28"),
    s("Brunch with Ella", due="2026-11-29"),
    s("Submit timesheet", due="2026-11-30"),
    s("Board meeting", due="2026-12-03"),
    s("Christmas market", due="2026-12-12"),
    s("Renew library card", due="2026-11-20"),
    s("Buy light bulbs"),
)

SCHOOL: tuple[Seed, ...] = (
    s("Chemistry test", due="2026-11-27"),
    s("History essay", due="2026-12-02"),
    s("Field trip form", due="2026-11-25"),
    s("Band rehearsal", due="2026-11-28"),
)


# 6. Window questions: the reply names what is in the window and leaves out the rest.
WINDOWS: tuple[Case, ...] = (
    case(
        "what's on today?",
        says("Dentist appointment"),
        lacks("phone bill", "Football", "Board meeting", "Christmas market"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "anything due tomorrow",
        says("phone bill"),
        lacks("Dentist", "Football", "Brunch", "Board meeting"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what do I have on saturday",
        says("Football practice"),
        lacks("Brunch", "Dentist", "phone bill", "timesheet"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's happening this weekend?",
        says("Football practice", "Brunch with Ella"),
        lacks("timesheet", "Dentist", "phone bill", "Board meeting"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's on next week",
        says("Submit timesheet", "Board meeting"),
        lacks("Football", "Brunch", "Christmas market", "Dentist"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's left this month",
        says("phone bill", "Football", "Brunch", "timesheet"),
        lacks("Board meeting", "Christmas market"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's due on 12 december",
        says("Christmas market"),
        lacks("Board meeting", "Football", "timesheet"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "anything overdue?",
        says("Renew library card"),
        lacks("Football", "Board meeting", "Christmas market", "phone bill"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's coming up?",
        says("Pick up the cake"),
        lacks("Wrap the presents"),
        UNCHANGED,
        seeds=(
            s("Pick up the cake", due="2026-11-27"),
            s("Wrap the presents", "completed", due="2026-11-28"),
            s("Visit grandpa", due="2026-11-29"),
        ),
    ),
    case(
        "am I free on saturday?",
        says("Football practice"),
        lacks("Brunch", "phone bill", "timesheet"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "am i free on wednesday",
        lacks("Board meeting", "timesheet", "Football", "Christmas market"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what have I got monday",
        says("timesheet"),
        lacks("Board meeting", "Football", "Brunch"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's due on the 3rd?",
        says("Board meeting"),
        lacks("Dentist", "timesheet", "Christmas market"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "do I have anything friday?",
        says("phone bill"),
        lacks("Football", "Dentist", "Board meeting"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "show me everything for the rest of the week",
        says("phone bill"),
        lacks("Board meeting", "Christmas market"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's on my plate for december",
        says("Board meeting", "Christmas market"),
        lacks("Football", "phone bill", "Dentist", "Brunch"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "What's due in the next 3 days?",
        says("phone bill", "Football"),
        lacks("Board meeting", "Christmas market"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "anything I've missed?",
        says("Renew library card"),
        lacks("Christmas market", "Board meeting"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's late",
        says("Field trip form"),
        lacks("Band rehearsal", "History essay"),
        UNCHANGED,
        seeds=SCHOOL,
    ),
    case(
        "what do i need to do today",
        says("Dentist appointment"),
        lacks("Football", "Board meeting", "Christmas market"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "Could you tell me what is planned for Sunday, please?",
        says("Brunch with Ella"),
        lacks("Football", "timesheet", "phone bill"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "agenda for tomorrow pls",
        says("Chemistry test"),
        lacks("Band rehearsal", "History essay"),
        UNCHANGED,
        seeds=SCHOOL,
    ),
    case(
        "wat do i hav 2morrow",
        says("phone bill"),
        lacks("Football", "Dentist", "Board meeting"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's on the week after next?",
        says("Christmas market"),
        lacks("Board meeting", "timesheet", "Football"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's left for today?",
        says("Lunch with Omar"),
        lacks("Gym class"),
        UNCHANGED,
        seeds=(
            s("Lunch with Omar", due=berlin("2026-11-26", "13:00")),
            s("Gym class", due=berlin("2026-11-27", "18:00")),
        ),
    ),
    case(
        "what still needs doing tomorrow",
        says("Pick up the cake"),
        lacks("Buy flowers"),
        UNCHANGED,
        seeds=(
            s("Buy flowers", "completed", due="2026-11-27"),
            s("Pick up the cake", due="2026-11-27"),
        ),
    ),
    case(
        "is there anything on christmas day?",
        says("turkey"),
        lacks("Wrap presents"),
        UNCHANGED,
        seeds=(
            s("Cook the turkey", due="2026-12-25"),
            s("Wrap presents", due="2026-12-24"),
        ),
    ),
    case(
        "what's due on wednesday? the kids keep asking",
        says("History essay"),
        lacks("Chemistry test", "Band rehearsal"),
        UNCHANGED,
        seeds=SCHOOL,
    ),
    case(
        "tell me what's due before the weekend",
        says("phone bill"),
        lacks("Football", "Brunch", "Board meeting", "Christmas market"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "how busy am I next week?",
        says("timesheet", "Board meeting"),
        lacks("Christmas market", "Football"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "whats on this wknd",
        says("Band rehearsal"),
        lacks("History essay", "Chemistry test"),
        UNCHANGED,
        seeds=SCHOOL,
    ),
    case(
        "Is anything scheduled for the 10th of December?",
        says("Carol concert"),
        lacks("Nativity rehearsal"),
        UNCHANGED,
        seeds=(
            s("Carol concert", due="2026-12-10"),
            s("Nativity rehearsal", due="2026-12-09"),
        ),
    ),
)


#: Three tasks listed as Buy a kettle, Call the school, Wash the car (latest seeded first).
LISTED = ("Wash the car", "Call the school", "Buy a kettle")


# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "make it urgent",
        state(0, priority="urgent", due=FRIDAY),
        seeds=("Book the plumber",),
        before="move book the plumber to friday",
    ),
    case(
        "actually monday",
        state(0, due=MONDAY),
        seeds=("Renew passport",),
        before="push renew passport to tomorrow",
    ),
    case(
        "the second one is done",
        done(1),
        pending(0),
        pending(2),
        seeds=LISTED,
        before=SHOWN,
    ),
    case(
        "delete the last one",
        deleted(0),
        pending(1),
        pending(2),
        seeds=LISTED,
        before=SHOWN,
    ),
    case(
        "make the first one high priority",
        state(2, priority="high"),
        one_of(0, priority=("none", None)),
        seeds=LISTED,
        before=SHOWN,
    ),
    case(
        "and the magazine one too",
        deleted(0),
        deleted(1),
        pending(2),
        seeds=("Cancel gym membership", "Cancel magazine subscription", "Pay for parking"),
        before="delete the gym membership task",
    ),
    case(
        "and the other one",
        done(0),
        done(1),
        seeds=("Pay the gas bill", "Pay the water bill"),
        before="complete pay the gas bill",
    ),
    case("undo", pending(0), seeds=("Buy a kettle",), before="delete buy a kettle"),
    case(
        "oops, undo that",
        pending(0),
        seeds=("Call the school",),
        before="mark call the school done",
    ),
    case(
        "what about tomorrow?",
        says("phone bill"),
        lacks("Dentist"),
        UNCHANGED,
        seeds=(
            s("Dentist appointment", due="2026-11-26"),
            s("Pay the phone bill", due="2026-11-27"),
        ),
        before="what's due today",
    ),
    case(
        "and sunday?",
        says("Brunch with Ella"),
        lacks("Football"),
        UNCHANGED,
        seeds=WEEK,
        before="what's on saturday",
    ),
    case(
        "make it repeat every 3 days",
        rule_of("Water the plants", "FREQ=DAILY", "INTERVAL=3"),
        before="add water the plants",
    ),
    case(
        "for tomorrow at 10 please",
        titled("Call the optician", due=f"{FRIDAY}, 10:00"),
        before="add call the optician",
    ),
    case(
        "tag it errands",
        titled("Buy batteries", tags=["errands"]),
        before="add buy batteries",
    ),
    case(
        "actually make that monday, and high priority",
        titled("Send the invoice to Marco", due=MONDAY, priority="high"),
        before="add send the invoice to Marco",
    ),
    case(
        "actually saturday",
        titled("Pick up the photos", due=SATURDAY),
        before="add pick up the photos for friday",
    ),
    case(
        "and the third",
        done(1),
        done(0),
        pending(2),
        seeds=LISTED,
        before=(SHOWN, "complete the second one"),
    ),
    case(
        "rename the third one to 'Wash the van'",
        state(0, title="Wash the van"),
        seeds=LISTED,
        before=SHOWN,
    ),
    case(
        "complete both",
        done(0),
        done(1),
        pending(2),
        seeds=("Book dentist appointment", "Pay dentist bill", "Buy toothpaste"),
        before="find anything about the dentist",
    ),
    case(
        "the one about paying",
        deleted(1),
        pending(0),
        seeds=("Call the plumber", "Pay the plumber"),
        before="delete the plumber task",
    ),
    case(
        "the one to sara",
        just_one(0, 1, status="completed"),
        done(1),
        seeds=("Email Tom about the invoice", "Email Sara about the trip"),
        before="complete the email task",
    ),
    case(
        "move it to saturday",
        state(0, due=SATURDAY),
        seeds=(s("Renew library card", due="2026-11-20"), s("Buy light bulbs")),
        before="what's overdue?",
    ),
    case(
        "mark that as done",
        done(0),
        pending(1),
        seeds=(
            s("Pay the phone bill", due="2026-11-27"),
            s("Football practice", due="2026-11-28"),
        ),
        before="what's due tomorrow?",
    ),
    case("no wait, delete that", gone("Book the campsite"), before="add book the campsite"),
    case("scrap that, undo", gone("Order a new router"), before="add order a new router"),
    case(
        "make it 10 instead",
        state(0, reminder=f"{FRIDAY}, 10:00"),
        nothing_added(),
        seeds=("Call the dentist",),
        before="remind me about calling the dentist friday at 9",
    ),
    case(
        "hmm, no, make it urgent",
        state(0, priority="urgent"),
        seeds=("Book the MOT",),
        before="set the MOT to high priority",
    ),
    case(
        "delete the 2nd and 3rd",
        deleted(1),
        deleted(0),
        pending(2),
        seeds=LISTED,
        before=SHOWN,
    ),
    case(
        "make it every other tuesday instead",
        rule_of("Swimming lesson", "FREQ=WEEKLY", "INTERVAL=2"),
        before="add 'Swimming lesson' every tuesday",
    ),
    case(
        "and home?",
        says("Fix the sink"),
        lacks("Prepare slides"),
        UNCHANGED,
        seeds=(s("Prepare slides", tags=["work"]), s("Fix the sink", tags=["home"])),
        before="what's tagged work",
    ),
    case(
        "and make it 2pm",
        state(0, due=f"{MONDAY}, 14:00"),
        seeds=(s("Quarterly review", due="2026-11-27"),),
        before="move the quarterly review to monday",
    ),
)


TAGGED: tuple[Seed, ...] = (
    s("Prepare slides", tags=["work"]),
    s("Fix the sink", tags=["home"]),
    s("Email HR", tags=["work"]),
)

FINISHED: tuple[Seed, ...] = (
    s("Paint the shed", "completed"),
    s("Clean the car", "completed"),
    s("Mow the lawn"),
)


# 8. The table said differently (complete, delete, reopen, restore, search, tags, completed),
#    and safety: ambiguous or non-requests change nothing.
TABLE: tuple[Case, ...] = (
    case("tick off book the MOT", done(0), pending(1), seeds=("Book the MOT", "Buy bin bags")),
    case("mark #{0} as done", done(0), seeds=("Defrost the freezer",)),
    case("complete no. {0} please", done(0), seeds=("Return the library books",)),
    case(
        "get rid of the 'old newsletter draft' task",
        deleted(0),
        pending(1),
        seeds=("Old newsletter draft", "Newsletter for December"),
    ),
    case("bin task {0}", deleted(0), seeds=("Buy a new toaster",)),
    case(
        "remove buy bin bags from my list",
        deleted(0),
        pending(1),
        seeds=("Buy bin bags", "Book the MOT"),
    ),
    case(
        "fix the fence isn't actually done, reopen it",
        pending(0),
        seeds=(s("Fix the fence", "completed"),),
    ),
    case(
        "mark send the invoice as not done",
        pending(0),
        seeds=(s("Send the invoice", "completed"),),
    ),
    case(
        "oops I ticked off call the plumber by accident",
        pending(0),
        seeds=(s("Call the plumber", "completed"),),
    ),
    case("restore plan sam's party", pending(0), seeds=(s("Plan Sam's party", "deleted"),)),
    case(
        "I deleted buy wrapping paper by mistake, can I get it back?",
        pending(0),
        seeds=(s("Buy wrapping paper", "deleted"),),
    ),
    case("undelete the ferry task pls", pending(0), seeds=(s("Book the ferry", "deleted"),)),
    case(
        "find my insurance stuff",
        says("claim", "renewal form"),
        lacks("cat food"),
        UNCHANGED,
        seeds=("Call the insurance about the claim", "Buy cat food", "Insurance renewal form"),
    ),
    case(
        "anything about the cat?",
        says("cat food"),
        lacks("insurance"),
        UNCHANGED,
        seeds=("Call the insurance about the claim", "Buy cat food", "Insurance renewal form"),
    ),
    case(
        "search for flights",
        says("Book flights to Rome"),
        lacks("Cancel hotel", "Pack for Rome"),
        UNCHANGED,
        seeds=("Book flights to Rome", "Pack for Rome", "Cancel hotel"),
    ),
    case(
        "what's tagged work?",
        says("Prepare slides", "Email HR"),
        lacks("Fix the sink"),
        UNCHANGED,
        seeds=TAGGED,
    ),
    case(
        "show my #home stuff",
        says("Fix the sink"),
        lacks("Prepare slides", "Email HR"),
        UNCHANGED,
        seeds=TAGGED,
    ),
    case("which tags do I use?", says("work", "home"), UNCHANGED, seeds=TAGGED),
    case(
        "what did I get done so far?",
        says("Paint the shed", "Clean the car"),
        lacks("Mow the lawn"),
        UNCHANGED,
        seeds=FINISHED,
    ),
    case(
        "show finished tasks",
        says("Paint the shed", "Clean the car"),
        lacks("Mow the lawn"),
        UNCHANGED,
        seeds=FINISHED,
    ),
    case(
        "what's still open?",
        says("Mow the lawn"),
        lacks("Paint the shed", "Clean the car"),
        UNCHANGED,
        seeds=FINISHED,
    ),
    case(
        "gimme the whole list",
        says("Buy a kettle", "Call the school", "Wash the car"),
        UNCHANGED,
        seeds=LISTED,
    ),
    case("delete the call", UNCHANGED, seeds=("Call the dentist", "Call the plumber")),
    case("mark the bill as paid", UNCHANGED, seeds=("Pay the gas bill", "Pay the water bill")),
    case("remove the buy task", UNCHANGED, seeds=("Buy milk", "Buy bread")),
    case("delete it", UNCHANGED, seeds=("Buy milk", "Walk the dog")),
    case("done", UNCHANGED, seeds=("Buy milk", "Walk the dog")),
    case("finish the email one", UNCHANGED, seeds=("Email Tom", "Email Sarah")),
    case("haha", UNCHANGED, seeds=("Buy milk",)),
    case("you're great, thanks!", UNCHANGED, seeds=("Buy milk",)),
    case("what time is it?", UNCHANGED, seeds=("Buy milk",)),
    case("lol ok", UNCHANGED, seeds=("Walk the dog",)),
    case("I'm so tired today", UNCHANGED, seeds=("Walk the dog",)),
    case("good morning!", UNCHANGED, seeds=("Walk the dog",)),
    case("what's the weather like in Berlin", UNCHANGED, seeds=("Buy milk",)),
    case("asdfgh", UNCHANGED, seeds=("Buy milk",)),
    case("thanks, that's all for now", UNCHANGED, seeds=("Buy milk",)),
    case("my boss is driving me crazy", UNCHANGED, seeds=("Finish the report",)),
)


SIXTH_VOICE: tuple[Case, ...] = (
    *ADDS,
    *REPEATS,
    *FACTS,
    *EDITS,
    *REMINDERS,
    *WINDOWS,
    *FOLLOW_UPS,
    *TABLE,
)
