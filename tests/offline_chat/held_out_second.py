"""A second held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never read the engine, its phrase lists, the quick-add
parser, the chat documentation nor the cases of the development sets (``corpus.py``,
``second_voice.py``, ``third_voice.py``), and who did not copy the first held-out set
(``held_out.py``). They were written before the changes that will be scored against them, from
the product contract (``PRODUCT.md``: the chat section, the MCP tools and their arguments, the
data model) and from what an ordinary user of a task manager would expect. No sentence was run
through the engine while writing, and none is ever tuned against, sentence by sentence: a miss
here is a miss to report, not an expectation to adjust.

The families, each in several voices (terse, chatty, polite, typos, lowercase, British and
American phrasing, non-native English):

1. ``WRAPPERS``: a new task's title wrapped in everyday words (quotes, "stick X on the list",
   "jot down", "can you note that I need to", "remind me to", hedges, a title with a note),
   where only the title may reach the title, and the date or priority said lands on the task.
2. ``REPEATS``: repeats said in words ("every other week", "each weekday", "fortnightly",
   "monthly on the 15th", "every year on 3 March", "daily at 7am"), with and without a verb,
   on a new task or on an existing one.
3. ``FACTS``: statements of fact that mean "done" (past tense, perfect, passive, "X: done",
   "X is sorted", "got X done") complete the task they name and leave the others alone; a
   statement that something is *not* done changes nothing.
4. ``EDITS``: relative edits on an existing task: priority up or down a step, and the due date
   moved by days or weeks (or into next week).
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task; no task is added.
6. ``WINDOWS``: questions about a window of days (today, tomorrow, a weekday, the weekend,
   next week, a date, a month, overdue): the reply names what is due in it and leaves out
   what is not, and nothing changes.
7. ``FOLLOW_UPS``: a message that leans on the earlier ones (``before=``): "make that urgent",
   "actually make it Friday", "the second one", "undo that", "delete it", "and tomorrow?".
8. ``TABLE`` and ``SAFETY``: the contract's own table (add, list, pending, complete, delete,
   rename, "I need to remember", completed) said differently, plus search, tags, reopen and
   restore; and safety: an ambiguous delete, complete or move asks and changes nothing, and a
   message that is not understood (or not a request) changes nothing.

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. Tasks are checked as the tools report them
(``status``, ``priority``, ``tags``, ``due`` and ``reminder`` spoken in the user's zone,
``recurrence`` as RRULE text). Titles are expected with their first letter capitalised, as a
task manager stores a title typed in lowercase.

Beside the helpers of ``held_out.py`` (:func:`lacks`, :func:`nothing_added`,
:func:`repeating`, :func:`at`, :func:`on`), three checks are defined here, each on the outcome
only: :func:`raised` and :func:`lowered` (a seeded task's priority is above, or below, what it
was, where the exact step is not what the sentence fixes), :func:`one_of` (a seeded task's
field has one of a few values that are all right, e.g. any day of next week) and
:func:`rule_of` (the task with this title repeats with these rule parts, for a repeat added by
a follow-up to a task created earlier in the conversation).
"""

from __future__ import annotations

from typing import Any

from .corpus import UNCHANGED, Case, Check, Outcome, Seed, added, case, says, state, titled
from .held_out import (
    FRIDAY,
    MONDAY,
    SATURDAY,
    SUNDAY,
    WEEKDAYS,
    at,
    lacks,
    nothing_added,
    on,
    repeating,
)

__all__ = ["HELD_OUT_SECOND", "lowered", "one_of", "raised", "rule_of"]

TODAY = "Thursday 26 November 2026"
TUESDAY_NEXT = "Tuesday 1 December 2026"
WEDNESDAY_NEXT = "Wednesday 2 December 2026"
THURSDAY_NEXT = "Thursday 3 December 2026"
FRIDAY_NEXT = "Friday 4 December 2026"
SATURDAY_NEXT = "Saturday 5 December 2026"
SUNDAY_NEXT = "Sunday 6 December 2026"
#: Every day of next week, as the tools say them.
NEXT_WEEK = (
    MONDAY,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    THURSDAY_NEXT,
    FRIDAY_NEXT,
    SATURDAY_NEXT,
    SUNDAY_NEXT,
)

_LEVELS = {"none": 0, "low": 1, "medium": 2, "high": 3, "urgent": 4}


class _Ranked(Check):
    """Seed ``index``'s priority is above (``tool == "up"``) or below what it was before."""

    def problem(self, out: Outcome) -> str | None:
        task_id = out.ids[self.index]
        task = out.after.get(task_id)
        if task is None:
            return "the task is gone"
        was = str(out.before.get(task_id, {}).get("priority") or "none")
        now = str(task.get("priority") or "none")
        if now not in _LEVELS or was not in _LEVELS:
            return f"unknown priority: was {was!r}, now {now!r}"
        moved = _LEVELS[now] > _LEVELS[was] if self.tool == "up" else _LEVELS[now] < _LEVELS[was]
        direction = "above" if self.tool == "up" else "below"
        return None if moved else f"expected a priority {direction} {was!r}; it is {now!r}"


class _OneOf(Check):
    """Seed ``index`` has, for each field in ``args``, one of the values given."""

    def problem(self, out: Outcome) -> str | None:
        task = out.after.get(out.ids[self.index])
        if task is None:
            return "the task is gone"
        wrong = {
            name: task.get(name)
            for name, values in self.args.items()
            if task.get(name) not in values
        }
        return f"expected one of {self.args}, got {wrong}" if wrong else None


class _TitledRule(Check):
    """The one task titled ``words[0]`` repeats with the rule parts ``words[1:]``."""

    def problem(self, out: Outcome) -> str | None:
        title, *parts = self.words
        found = [task for task in out.after.values() if task["title"] == title]
        if len(found) != 1:
            return f"expected one task titled {title!r}; found {len(found)}"
        rule = (found[0].get("recurrence") or "").upper().removeprefix("RRULE:")
        have = set(rule.split(";")) if rule else set()
        missing = [part for part in parts if part not in have]
        if missing or not rule:
            return f"expected a repeat with {parts}; the rule is {rule!r}"
        return None


def raised(index: int) -> Check:
    """Expect seeded task ``index`` to have a higher priority than before."""
    return _Ranked("ranked", tool="up", index=index)


def lowered(index: int) -> Check:
    """Expect seeded task ``index`` to have a lower priority than before."""
    return _Ranked("ranked", tool="down", index=index)


def one_of(index: int, **fields: tuple[Any, ...]) -> Check:
    """Expect seeded task ``index`` to have, for each field, one of the values given."""
    return _OneOf("one_of", index=index, args=fields)


def rule_of(title: str, *parts: str) -> Check:
    """Expect the task titled ``title`` to repeat with these RRULE parts."""
    return _TitledRule("rule_of", words=(title, *parts))


def due(day: str) -> dict[str, Any]:
    """Seed fields for a task due on ``day`` (ISO date or date-time)."""
    return {"due": day}


# 1. A new title in everyday wrappers: the wrapper, hedge or politeness stays out of the title.
WRAPPERS: tuple[Case, ...] = (
    case(
        'add "Email Sarah about the budget" for Monday',
        added(title="Email Sarah about the budget", due=MONDAY),
    ),
    case("stick 'defrost the freezer' on my list", added(title="Defrost the freezer")),
    case(
        "jot down call the garage about the brakes",
        added(title="Call the garage about the brakes"),
    ),
    case(
        "can you note that I need to return the library books by Saturday",
        added(title="Return the library books", due=SATURDAY),
    ),
    case("remind me to buy stamps", added(title="Buy stamps")),
    case("I think I should book a flu jab", added(title="Book a flu jab")),
    case("might be good to back up my laptop", added(title="Back up my laptop")),
    case(
        "make a to-do called renew the lease, note: Check the rent increase clause first",
        added(title="Renew the lease", description="Check the rent increase clause first"),
    ),
    case(
        "new task: fix the squeaky door, notes: The oil is under the sink",
        added(title="Fix the squeaky door", description="The oil is under the sink"),
    ),
    case(
        "please could you add 'Order a new passport photo'? thank you!",
        added(title="Order a new passport photo"),
    ),
    case("ad a task to fix my bike", added(title="Fix my bike")),
    case("pls add pick up the parcel tmrw", added(title="Pick up the parcel", due=FRIDAY)),
    case("put down that i have to renew my library card", added(title="Renew my library card")),
    case("don't let me forget to send Jo a birthday card", added(title="Send Jo a birthday card")),
    case(
        "add pay the council tax, it's urgent",
        added(title="Pay the council tax", priority="urgent"),
    ),
    case(
        "new task, high priority: fix the leaking tap",
        added(title="Fix the leaking tap", priority="high"),
    ),
    case(
        "I must to call the insurance company tomorrow at 10",
        added(title="Call the insurance company", due=f"{FRIDAY}, 10:00"),
    ),
    case(
        "Could you please make me a task to clean the fridge on Sunday?",
        added(title="Clean the fridge", due=SUNDAY),
    ),
    case("i gotta get a new phone charger", added(title="Get a new phone charger")),
    case("todo: wash the car", added(title="Wash the car")),
    case(
        "Add task 'Prepare slides for the Monday meeting'",
        added(title="Prepare slides for the Monday meeting"),
    ),
    case(
        "add buy a gift for Mum, low priority",
        added(title="Buy a gift for Mum", priority="low"),
    ),
    case("I reckon I ought to clear out the shed", added(title="Clear out the shed")),
    case(
        "note to self: cancel the magazine subscription",
        added(title="Cancel the magazine subscription"),
    ),
)


# 2. Repeats said as words, on a new task or on an existing one.
REPEATS: tuple[Case, ...] = (
    case(
        "water the orchid every other week",
        repeating("FREQ=WEEKLY", "INTERVAL=2", title="Water the orchid"),
    ),
    case(
        "stand-up each weekday at 9:30",
        repeating(WEEKDAYS, title=("Stand-up", "Stand-up meeting"), either=(at(9, 30),)),
    ),
    case(
        "piano lessons every Tuesday and Thursday",
        repeating("FREQ=WEEKLY", "BYDAY=TU,TH", title="Piano lessons"),
    ),
    case(
        "pay the credit card monthly on the 15th",
        repeating(
            "FREQ=MONTHLY",
            title="Pay the credit card",
            either=(on("BYMONTHDAY=15", " 15 December 2026"),),
        ),
    ),
    case(
        "renew the car tax every year on 3 March",
        repeating(
            "FREQ=YEARLY",
            title="Renew the car tax",
            either=(on("BYMONTH=3", " 3 March 2027"), on("BYMONTHDAY=3", " 3 March 2027")),
        ),
    ),
    case(
        "take my blood pressure pills daily at 7am",
        repeating("FREQ=DAILY", title="Take my blood pressure pills", either=(at(7),)),
    ),
    case(
        "add a weekly team sync",
        repeating("FREQ=WEEKLY", title=("Team sync", "Weekly team sync")),
    ),
    case("clean the bathroom weekly", repeating("FREQ=WEEKLY", title="Clean the bathroom")),
    case(
        "every Monday put the recycling out",
        repeating("FREQ=WEEKLY", title="Put the recycling out", either=(on("BYDAY=MO", "Monday"),)),
    ),
    case(
        "call grandpa every sunday",
        repeating("FREQ=WEEKLY", title="Call grandpa", either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "fortnightly: change the bed sheets",
        repeating("FREQ=WEEKLY", "INTERVAL=2", title="Change the bed sheets"),
    ),
    case("feed the fish every day", repeating("FREQ=DAILY", title="Feed the fish")),
    case(
        "every 3 days water the herbs",
        repeating("FREQ=DAILY", "INTERVAL=3", title="Water the herbs"),
    ),
    case(
        "yoga every Mon, Wed and Fri at 6pm",
        repeating("FREQ=WEEKLY", "BYDAY=MO,WE,FR", title="Yoga", either=(at(18),)),
    ),
    case("book club every month", repeating("FREQ=MONTHLY", title="Book club")),
    case(
        "check the smoke alarms every 6 months",
        repeating("FREQ=MONTHLY", "INTERVAL=6", title="Check the smoke alarms"),
    ),
    case(
        "pay the gardener every second Friday",
        repeating(
            "FREQ=WEEKLY",
            "INTERVAL=2",
            title="Pay the gardener",
            either=(on("BYDAY=FR", "Friday"),),
        ),
    ),
    case(
        "every weekday morning at 8 check my emails",
        repeating(WEEKDAYS, title="Check my emails", either=(at(8),)),
    ),
    case(
        "Dad's birthday, every year on 12 June",
        repeating(
            "FREQ=YEARLY",
            title="Dad's birthday",
            either=(on("BYMONTH=6", " 12 June 2027"), on("BYMONTHDAY=12", " 12 June 2027")),
        ),
    ),
    case(
        "make the newsletter task repeat weekly",
        repeating("FREQ=WEEKLY", task=0),
        nothing_added(),
        seeds=("Send the newsletter", "Buy envelopes"),
    ),
    case(
        "the gym should repeat every tuesday and thursday from now on",
        repeating("FREQ=WEEKLY", "BYDAY=TU,TH", task=0),
        nothing_added(),
        seeds=("Gym",),
    ),
    case(
        "please make 'water the plants' a daily thing",
        repeating("FREQ=DAILY", task=0),
        nothing_added(),
        seeds=("Water the plants",),
    ),
    case(
        "stop repeating the bins task",
        state(0, recurrence=None),
        nothing_added(),
        seeds=(Seed("Take out the bins", fields={"recurrence": "weekly"}),),
    ),
)


# 3. Statements of fact that mean "done": the task named is completed, the others are not.
FACTS: tuple[Case, ...] = (
    case(
        "paid the electricity bill",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Pay the electricity bill", "Call the landlord"),
    ),
    case(
        "I've called the landlord",
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=("Pay the electricity bill", "Call the landlord"),
    ),
    case(
        "The car has been washed.",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Wash the car", "Book a table"),
    ),
    case(
        "dentist: done",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Dentist appointment", "Buy toothpaste"),
    ),
    case(
        "finished the slides",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Finish the slides", "Email the client"),
    ),
    case(
        "the visa stuff is sorted",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Sort out the visa", "Pack the suitcase"),
    ),
    case(
        "got the tax return done at last",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Do the tax return", "Water the garden"),
    ),
    case(
        "bought the milk",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Buy milk", "Buy bread"),
    ),
    case(
        "just sent the invoice to Acme",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Send invoice to Acme", "Send invoice to Globex"),
    ),
    case(
        "rang the plumber this morning",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Ring the plumber", "Fix the shelf"),
    ),
    case(
        "lawn's been mown",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Mow the lawn", "Rake the leaves"),
    ),
    case(
        "wrote the cover letter yesterday",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Write the cover letter", "Update my CV"),
    ),
    case(
        "done with the laundry",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Do the laundry", "Iron the shirts"),
    ),
    case(
        "haircut done!",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Get a haircut", "Buy shampoo"),
    ),
    case(
        "that's the passport renewed",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Renew passport", "Book flights"),
    ),
    case(
        "I have already booked the flights",
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=("Renew passport", "Book flights"),
    ),
    case(
        "tidied my room finally",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Tidy my room", "Call Dad"),
    ),
    case(
        "I took the bins out",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Take the bins out", "Take the dog to the vet"),
    ),
    case(
        "returned the library books today",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Return the library books", "Renew the library card"),
    ),
    case(
        "picked up the dry cleaning",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Pick up the dry cleaning", "Pick up the kids"),
    ),
    case(
        "the boiler was serviced last week",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Service the boiler", "Bleed the radiators"),
    ),
    case(
        "I still haven't called the landlord",
        UNCHANGED,
        seeds=("Pay the electricity bill", "Call the landlord"),
    ),
    case(
        "didn't manage to wash the car today",
        UNCHANGED,
        seeds=("Wash the car", "Book a table"),
    ),
)


# 4. Relative edits on an existing task: priority a step up or down, the due date moved.
EDITS: tuple[Case, ...] = (
    case(
        "bump the budget review up a notch",
        state(0, priority="high"),
        seeds=(Seed("Review the budget", fields={"priority": "medium"}),),
    ),
    case(
        "make the presentation more urgent",
        raised(0),
        state(1, priority="medium"),
        seeds=(
            Seed("Prepare the presentation", fields={"priority": "medium"}),
            Seed("Book a meeting room", fields={"priority": "medium"}),
        ),
    ),
    case(
        "lower the priority of the car wash",
        lowered(0),
        seeds=(Seed("Wash the car", fields={"priority": "high"}),),
    ),
    case(
        "clearing out the garage isn't so important anymore",
        lowered(0),
        seeds=(Seed("Clear out the garage", fields={"priority": "high"}),),
    ),
    case(
        "make 'call the bank' top priority",
        one_of(0, priority=("high", "urgent")),
        seeds=(Seed("Call the bank", fields={"priority": "low"}),),
    ),
    case(
        "drop the newsletter down one level",
        state(0, priority="medium"),
        seeds=(Seed("Write the newsletter", fields={"priority": "high"}),),
    ),
    case(
        "can you raise the priority on fixing the heater",
        raised(0),
        seeds=(Seed("Fix the heater", fields={"priority": "low"}),),
    ),
    case(
        "deprioritise the blog post",
        lowered(0),
        seeds=(Seed("Write a blog post", fields={"priority": "high"}),),
    ),
    case(
        "guitar practice is not that urgent",
        lowered(0),
        seeds=(Seed("Practise guitar", fields={"priority": "urgent"}),),
    ),
    case(
        "bump up the rent payment",
        raised(0),
        seeds=(Seed("Pay the rent", fields={"priority": "low"}),),
    ),
    case(
        "push the MOT to next week",
        one_of(0, due=NEXT_WEEK),
        state(1, due=FRIDAY),
        seeds=(
            Seed("Book the MOT", fields=due("2026-11-27")),
            Seed("Buy winter tyres", fields=due("2026-11-27")),
        ),
    ),
    case(
        "move the invoice a day earlier",
        state(0, due=SUNDAY),
        seeds=(Seed("Send the invoice", fields=due("2026-11-30")),),
    ),
    case(
        "postpone the car service by two days",
        state(0, due=SUNDAY),
        state(1, due=FRIDAY),
        seeds=(
            Seed("Car service", fields=due("2026-11-27")),
            Seed("Renew the parking permit", fields=due("2026-11-27")),
        ),
    ),
    case(
        "push back the haircut a week",
        state(0, due=SATURDAY_NEXT),
        seeds=(Seed("Get a haircut", fields=due("2026-11-28")),),
    ),
    case(
        "delay the quarterly report by one week",
        state(0, due="Tuesday 8 December 2026"),
        seeds=(Seed("Quarterly report", fields=due("2026-12-01")),),
    ),
    case(
        "bring the vet appointment forward a day",
        state(0, due=TUESDAY_NEXT),
        seeds=(Seed("Vet appointment", fields=due("2026-12-02")),),
    ),
    case(
        "push the gutters out by 3 days",
        state(0, due=TUESDAY_NEXT),
        seeds=(Seed("Clean the gutters", fields=due("2026-11-28")),),
    ),
    case(
        "could you move the essay one day later",
        state(0, due=FRIDAY_NEXT),
        seeds=(Seed("Finish the essay", fields=due("2026-12-03")),),
    ),
    case(
        "do the window cleaning a week earlier",
        state(0, due=THURSDAY_NEXT),
        seeds=(Seed("Window cleaning", fields=due("2026-12-10")),),
    ),
    case(
        "push my call with Anna an hour later",
        state(0, due=f"{FRIDAY}, 11:00"),
        seeds=(Seed("Call with Anna", fields=due("2026-11-27T10:00")),),
    ),
    case(
        "the plumber visit can wait until the day after tomorrow",
        state(0, due=SATURDAY),
        seeds=(Seed("Plumber visit", fields=due("2026-11-26")),),
    ),
    case(
        "postpone the report till monday",
        state(0, due=MONDAY),
        state(1, due=FRIDAY),
        seeds=(
            Seed("Write the report", fields=due("2026-11-27")),
            Seed("Print the handouts", fields=due("2026-11-27")),
        ),
    ),
    case(
        "move the dinner party two days later",
        state(0, due=MONDAY),
        seeds=(Seed("Dinner party", fields=due("2026-11-28")),),
    ),
)


# 5. Reminders on an existing task: the reminder is set (or moved, or cleared), nothing is added.
REMINDERS: tuple[Case, ...] = (
    case(
        "remind me about the passport at 8 tomorrow",
        state(0, reminder=f"{FRIDAY}, 08:00"),
        state(1, reminder=None),
        nothing_added(),
        seeds=("Renew passport", "Book flights"),
    ),
    case(
        "ping me about the vet on Monday at 9",
        state(0, reminder=f"{MONDAY}, 09:00"),
        state(1, reminder=None),
        nothing_added(),
        seeds=("Take the cat to the vet", "Buy cat food"),
    ),
    case(
        "set a reminder for the invoice at 4pm",
        state(0, reminder=f"{TODAY}, 16:00"),
        nothing_added(),
        seeds=("Send the invoice",),
    ),
    case(
        "nudge me about watering the plants tonight at 7",
        state(0, reminder=f"{TODAY}, 19:00"),
        nothing_added(),
        seeds=("Water the plants",),
    ),
    case(
        "remind me of the dentist on Friday at 7:30am",
        state(0, reminder=f"{FRIDAY}, 07:30"),
        nothing_added(),
        seeds=(Seed("Dentist", fields=due("2026-11-27T14:00")),),
    ),
    case(
        "give me a heads-up about the report in 2 hours",
        state(0, reminder=f"{TODAY}, 13:00"),
        nothing_added(),
        seeds=("Finish the report",),
    ),
    case(
        "remind me about the dentist an hour before",
        state(0, reminder=f"{FRIDAY}, 13:00"),
        nothing_added(),
        seeds=(Seed("Dentist", fields=due("2026-11-27T14:00")), "Gym"),
    ),
    case(
        "remind me about task {0} at 9am on the 1st",
        state(0, reminder=f"{TUESDAY_NEXT}, 09:00"),
        nothing_added(),
        seeds=("Renew the TV licence",),
    ),
    case(
        "set a reminder on 'renew the insurance' for next Wednesday at 10am",
        state(0, reminder=f"{WEDNESDAY_NEXT}, 10:00"),
        nothing_added(),
        seeds=("Renew the insurance",),
    ),
    case(
        "no need to remind me about the bins any more",
        state(0, reminder=None),
        nothing_added(),
        seeds=(Seed("Take out the bins", fields={"reminder": "2026-11-27T07:00"}),),
    ),
    case(
        "change the reminder for the team call to 10am",
        state(0, reminder=f"{FRIDAY}, 10:00"),
        nothing_added(),
        seeds=(Seed("Team call", fields={"reminder": "2026-11-27T08:00"}),),
    ),
    case(
        "can u remind me bout the parcel tmrw 9am",
        state(0, reminder=f"{FRIDAY}, 09:00"),
        nothing_added(),
        seeds=("Collect the parcel",),
    ),
    case(
        "Please remind me regarding the electricity bill on Saturday at 10 in the morning",
        state(0, reminder=f"{SATURDAY}, 10:00"),
        nothing_added(),
        seeds=("Pay the electricity bill",),
    ),
    case(
        "alert me about the meeting with Ben at 14:30 today",
        state(0, reminder=f"{TODAY}, 14:30"),
        state(1, reminder=None),
        nothing_added(),
        seeds=("Meeting with Ben", "Meeting with Carla"),
    ),
    case(
        "set a reminder for the car insurance on sunday at 6pm",
        state(0, reminder=f"{SUNDAY}, 18:00"),
        nothing_added(),
        seeds=("Renew car insurance", "Buy a car seat"),
    ),
    case(
        "I'd like a reminder about the flat viewing tomorrow at noon",
        state(0, reminder=f"{FRIDAY}, 12:00"),
        nothing_added(),
        seeds=("Flat viewing",),
    ),
    case(
        "remind me about calling mum at 8pm",
        state(0, reminder=f"{TODAY}, 20:00"),
        nothing_added(),
        seeds=("Call mum", "Buy flowers"),
    ),
    case(
        "could you ping me about the tax return on the 3rd at 9am",
        state(0, reminder=f"{THURSDAY_NEXT}, 09:00"),
        nothing_added(),
        seeds=("Do the tax return",),
    ),
    case(
        "move my reminder for the dentist to Monday at 8",
        state(0, reminder=f"{MONDAY}, 08:00"),
        nothing_added(),
        seeds=(Seed("Dentist", fields={"reminder": "2026-11-27T08:00"}),),
    ),
    case(
        "remind me about the gym on Saturday at 7 in the morning",
        state(0, reminder=f"{SATURDAY}, 07:00"),
        nothing_added(),
        seeds=("Gym",),
    ),
    case(
        "remind me in 30 minutes about the oven",
        state(0, reminder=f"{TODAY}, 11:30"),
        nothing_added(),
        seeds=("Check the oven",),
    ),
)


# 6. Windows said as days: the reply names what is due in the window and leaves out the rest.
DAYS = (
    Seed("Pick up the dry cleaning", fields=due("2026-11-26")),  # 0: today
    Seed("Book the MOT", fields=due("2026-11-27")),  # 1: tomorrow, Friday
    Seed("Clean the gutters", fields=due("2026-11-28")),  # 2: Saturday
    Seed("Visit grandma", fields=due("2026-11-29")),  # 3: Sunday
    Seed("Team lunch", fields=due("2026-11-30")),  # 4: Monday, next week
    Seed("Submit the expense report", fields=due("2026-12-02")),  # 5: Wednesday, next week
    Seed("Christmas shopping", fields=due("2026-12-12")),  # 6: in two weeks
    Seed("Learn Spanish"),  # 7: no date
    Seed("Pay the phone bill", fields=due("2026-11-23")),  # 8: overdue
    Seed("Renew the domain", fields=due("2026-11-18")),  # 9: overdue
)

WINDOWS: tuple[Case, ...] = (
    case(
        "what's on Monday?",
        UNCHANGED,
        says("Team lunch"),
        lacks("Book the MOT", "Clean the gutters", "Visit grandma", "Christmas shopping"),
        seeds=DAYS,
    ),
    case(
        "anything this weekend?",
        UNCHANGED,
        says("Clean the gutters", "Visit grandma"),
        lacks("Book the MOT", "Team lunch", "Submit the expense report", "Learn Spanish"),
        seeds=DAYS,
    ),
    case(
        "what's due next week",
        UNCHANGED,
        says("Team lunch", "Submit the expense report"),
        lacks("Book the MOT", "Clean the gutters", "Christmas shopping", "Learn Spanish"),
        seeds=DAYS,
    ),
    case(
        "what do I have tomorrow",
        UNCHANGED,
        says("Book the MOT"),
        lacks("Pick up the dry cleaning", "Clean the gutters", "Team lunch", "Learn Spanish"),
        seeds=DAYS,
    ),
    case(
        "what's overdue",
        UNCHANGED,
        says("Pay the phone bill", "Renew the domain"),
        lacks("Book the MOT", "Team lunch", "Christmas shopping", "Learn Spanish"),
        seeds=DAYS,
    ),
    case(
        "what's on today?",
        UNCHANGED,
        says("Pick up the dry cleaning"),
        lacks("Book the MOT", "Team lunch", "Christmas shopping", "Learn Spanish"),
        seeds=DAYS,
    ),
    case(
        "anything for saturday",
        UNCHANGED,
        says("Clean the gutters"),
        lacks("Visit grandma", "Book the MOT", "Team lunch"),
        seeds=DAYS,
    ),
    case(
        "what have I got on sunday",
        UNCHANGED,
        says("Visit grandma"),
        lacks("Clean the gutters", "Team lunch", "Book the MOT"),
        seeds=DAYS,
    ),
    case(
        "whats due on wednesday",
        UNCHANGED,
        says("Submit the expense report"),
        lacks("Team lunch", "Book the MOT", "Christmas shopping"),
        seeds=DAYS,
    ),
    case(
        "which tasks are past due",
        UNCHANGED,
        says("Pay the phone bill", "Renew the domain"),
        lacks("Book the MOT", "Team lunch", "Learn Spanish"),
        seeds=DAYS,
    ),
    case(
        "what's happening on the 12th",
        UNCHANGED,
        says("Christmas shopping"),
        lacks("Team lunch", "Submit the expense report", "Book the MOT"),
        seeds=DAYS,
    ),
    case(
        "anything due 30 november?",
        UNCHANGED,
        says("Team lunch"),
        lacks("Book the MOT", "Submit the expense report", "Visit grandma"),
        seeds=DAYS,
    ),
    case(
        "show me next week's stuff",
        UNCHANGED,
        says("Team lunch", "Submit the expense report"),
        lacks("Book the MOT", "Clean the gutters", "Christmas shopping"),
        seeds=DAYS,
    ),
    case(
        "what is planned for the weekend please",
        UNCHANGED,
        says("Clean the gutters", "Visit grandma"),
        lacks("Book the MOT", "Team lunch"),
        seeds=DAYS,
    ),
    case(
        "tasks for tmrw?",
        UNCHANGED,
        says("Book the MOT"),
        lacks("Pick up the dry cleaning", "Team lunch", "Clean the gutters"),
        seeds=DAYS,
    ),
    case(
        "What do I need to do on Friday?",
        UNCHANGED,
        says("Book the MOT"),
        lacks("Clean the gutters", "Pick up the dry cleaning", "Team lunch"),
        seeds=DAYS,
    ),
    case(
        "do I have anything on December 2nd",
        UNCHANGED,
        says("Submit the expense report"),
        lacks("Team lunch", "Christmas shopping"),
        seeds=DAYS,
    ),
    case(
        "what's due in december",
        UNCHANGED,
        says("Submit the expense report", "Christmas shopping"),
        lacks("Book the MOT", "Clean the gutters", "Team lunch", "Learn Spanish"),
        seeds=DAYS,
    ),
    case(
        "anything overdue I should worry about?",
        UNCHANGED,
        says("Pay the phone bill", "Renew the domain"),
        lacks("Team lunch", "Christmas shopping"),
        seeds=DAYS,
    ),
    case(
        "what's on for the day after tomorrow",
        UNCHANGED,
        says("Clean the gutters"),
        lacks("Book the MOT", "Visit grandma"),
        seeds=DAYS,
    ),
    case(
        "wat do i have on monday",
        UNCHANGED,
        says("Team lunch"),
        lacks("Book the MOT", "Submit the expense report"),
        seeds=DAYS,
    ),
    case(
        "what's on my plate tomorrow?",
        UNCHANGED,
        says("Standup", "Dinner with Sam"),
        lacks("Gym class"),
        seeds=(
            Seed("Standup", fields=due("2026-11-27T09:00")),
            Seed("Dinner with Sam", fields=due("2026-11-27T19:30")),
            Seed("Gym class", fields=due("2026-11-28T10:00")),
        ),
    ),
)


# 7. Follow-ups that lean on the earlier messages of the conversation.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "make that urgent",
        titled("Renew the gym membership", priority="urgent"),
        nothing_added(),
        before="add renew the gym membership",
    ),
    case(
        "actually make it Friday",
        titled("Order the cake", due=FRIDAY),
        nothing_added(),
        before="add order the cake for Saturday",
    ),
    case(
        "the second one",
        state(1, status="deleted"),
        state(0, status="pending"),
        state(2, status="pending"),
        seeds=("Email Tom", "Email Tina", "Email Theo"),
        before="delete the email task",
    ),
    case(
        "the water one",
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=("Pay the gas bill", "Pay the water bill"),
        before="mark the bill done",
    ),
    case(
        "tick off the second one",
        state(1, status="completed"),
        state(0, status="pending"),
        state(2, status="pending"),
        seeds=("Sand the table", "Paint the chairs", "Oil the floor"),
        before="what's on my list?",
    ),
    case(
        "ok delete it",
        state(0, status="deleted"),
        state(1, status="pending"),
        seeds=("Cancel the gym membership", "Book a massage"),
        before="show me the gym task",
    ),
    case(
        "undo that please",
        state(0, status="pending"),
        seeds=("Fix the bike", "Buy a helmet"),
        before="mark the bike task as done",
    ),
    case(
        "oops, undo that",
        state(0, status="pending"),
        seeds=("Buy new curtains", "Hang the mirror"),
        before="delete the curtains task",
    ),
    case(
        "ok, mark it done",
        titled("Pick up the prescription", status="completed"),
        nothing_added(),
        before="add pick up the prescription",
    ),
    case(
        "and set it for next monday",
        titled("Renew the car insurance", priority="high", due=MONDAY),
        nothing_added(),
        before=("add renew the car insurance", "make it high priority"),
    ),
    case(
        "and tomorrow?",
        UNCHANGED,
        says("Book the MOT"),
        lacks("Pick up the dry cleaning", "Clean the gutters"),
        seeds=DAYS,
        before="what's due today?",
    ),
    case(
        "oh and tag it party",
        titled("Book the venue", tags=["party"]),
        nothing_added(),
        before="add book the venue",
    ),
    case(
        "rename it to 'Get tickets for the concert'",
        titled("Get tickets for the concert"),
        nothing_added(),
        before="add buy tickets",
    ),
    case(
        "make it repeat every day",
        rule_of("Walk the dog", "FREQ=DAILY"),
        nothing_added(),
        before="add walk the dog",
    ),
    case(
        "remind me about it tomorrow at 9am",
        titled("Call the dentist", reminder=f"{FRIDAY}, 09:00"),
        nothing_added(),
        before="add call the dentist",
    ),
    case(
        "add a note to it: Only the ones from 2025",
        titled("Sort the photos", description="Only the ones from 2025"),
        nothing_added(),
        before="add sort the photos",
    ),
    case(
        "wait, bring it back",
        state(0, status="pending"),
        state(1, status="pending"),
        seeds=("Dentist", "Gym"),
        before="delete the dentist",
    ),
    case(
        "push it to Friday",
        state(0, due=FRIDAY),
        seeds=(Seed("Fix the fence", fields=due("2026-11-30")), "Buy nails"),
        before="show me task {0}",
    ),
    case(
        "actually, scrap that",
        titled("Clean the windows", status="deleted"),
        before="add clean the windows",
    ),
    case(
        "make it low priority, no rush",
        titled("Buy paint", priority="low"),
        nothing_added(),
        before="add buy paint",
    ),
    case(
        "the train one",
        state(1, status="completed"),
        state(0, status="pending"),
        state(2, status="pending"),
        seeds=("Book the hotel", "Book the train", "Book the restaurant"),
        before="complete the booking task",
    ),
    case(
        "sorry, I didn't mean that, it's not done yet",
        state(0, status="pending"),
        seeds=("Write to Alex",),
        before="mark write to alex as done",
    ),
    case(
        "and make it high priority",
        titled("Plan the trip", priority="high", due=SATURDAY_NEXT),
        nothing_added(),
        before=("add plan the trip", "set it for the 5th"),
    ),
)


# 8a. The contract's table, said differently, with search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    case("could you add a task for me: buy groceries", added(title="Buy groceries")),
    case(
        "list all my todos",
        UNCHANGED,
        says("Buy stamps", "Call the vet"),
        seeds=("Buy stamps", "Call the vet"),
    ),
    case(
        "what's still open?",
        UNCHANGED,
        says("Oil the hinges"),
        lacks("Paint the fence"),
        seeds=(Seed("Paint the fence", state="completed"), "Oil the hinges"),
    ),
    case(
        "set task {0} to done",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Book the dentist", "Buy dental floss"),
    ),
    case(
        "get rid of the meeting one",
        state(0, status="deleted"),
        state(1, status="pending"),
        seeds=("Prepare the team meeting", "Buy coffee beans"),
    ),
    case(
        "rename task {0} to 'Call dad tonight'",
        state(0, title="Call dad tonight"),
        nothing_added(),
        seeds=("Call dad",),
    ),
    case("gotta remember to pay the bills", added(title="Pay the bills")),
    case(
        "what did I get done so far?",
        UNCHANGED,
        says("Paint the fence", "Fix the gate"),
        lacks("Oil the hinges"),
        seeds=(
            Seed("Paint the fence", state="completed"),
            Seed("Fix the gate", state="completed"),
            "Oil the hinges",
        ),
    ),
    case(
        "search for passport",
        UNCHANGED,
        says("Renew passport", "Passport photos"),
        lacks("Buy milk"),
        seeds=("Renew passport", "Passport photos", "Buy milk"),
    ),
    case(
        "any tasks mentioning Rome?",
        UNCHANGED,
        says("Book a hotel in Rome"),
        lacks("Book a hotel in Oslo"),
        seeds=("Book a hotel in Rome", "Book a hotel in Oslo"),
    ),
    case(
        "which tags am I using?",
        UNCHANGED,
        says("work", "garden"),
        seeds=(
            Seed("Quarterly figures", fields={"tags": ["work"]}),
            Seed("Plant the bulbs", fields={"tags": ["garden"]}),
        ),
    ),
    case(
        "show me everything tagged work",
        UNCHANGED,
        says("Quarterly figures", "Team offsite"),
        lacks("Plant the bulbs"),
        seeds=(
            Seed("Quarterly figures", fields={"tags": ["work"]}),
            Seed("Team offsite", fields={"tags": ["work"]}),
            Seed("Plant the bulbs", fields={"tags": ["garden"]}),
        ),
    ),
    case(
        "task {0} isn't actually finished, can you reopen it",
        state(0, status="pending"),
        seeds=(Seed("Assemble the wardrobe", state="completed"),),
    ),
    case(
        "bring back the plumber task I deleted",
        state(0, status="pending"),
        seeds=(Seed("Call the plumber", state="deleted"), "Buy a plunger"),
    ),
    case(
        "what are my urgent ones?",
        UNCHANGED,
        says("Fix the server"),
        lacks("Tidy the desk"),
        seeds=(
            Seed("Fix the server", fields={"priority": "urgent"}),
            Seed("Tidy the desk", fields={"priority": "low"}),
        ),
    ),
    case(
        "remove task {0} please",
        state(0, status="deleted"),
        state(1, status="pending"),
        seeds=("Order pizza", "Order a taxi"),
    ),
    case(
        "add a description to task {0}: Bring the blue folder",
        state(0, description="Bring the blue folder"),
        nothing_added(),
        seeds=("Meet the accountant",),
    ),
    case(
        "tag the dentist task with health",
        state(0, tags=["health"]),
        nothing_added(),
        seeds=("Dentist check-up", "Buy groceries"),
    ),
    case(
        "change the due date of task {0} to the 10th",
        state(0, due="Thursday 10 December 2026"),
        seeds=(Seed("Renew the lease", fields=due("2026-12-01")),),
    ),
)


# 8b. Safety: an ambiguous request asks and changes nothing; so does one not understood.
SAFETY: tuple[Case, ...] = (
    case(
        "remove the email task",
        UNCHANGED,
        says("Email Tom", "Email the school"),
        seeds=("Email Tom", "Email the school"),
    ),
    case(
        "mark the shopping one done",
        UNCHANGED,
        says("Christmas shopping", "Weekly shopping"),
        seeds=("Christmas shopping", "Weekly shopping"),
    ),
    case(
        "can you delete the car one",
        UNCHANGED,
        says("Wash the car", "Sell the car"),
        seeds=("Wash the car", "Sell the car"),
    ),
    case(
        "reschedule the call to monday",
        UNCHANGED,
        says("Call Alex", "Call the garage"),
        seeds=("Call Alex", "Call the garage"),
    ),
    case("blah blah", UNCHANGED, seeds=("Call Alex", "Water the plants")),
    case("what's the capital of France?", UNCHANGED, seeds=("Call Alex",)),
    case("hi there, how are you?", UNCHANGED, seeds=("Call Alex",)),
    case("don't complete the report yet", UNCHANGED, seeds=("Write the report",)),
    case("delete task 4242", UNCHANGED, seeds=("Call Alex", "Water the plants")),
    case("mark it as finished", UNCHANGED, seeds=("Call Alex", "Water the plants")),
    case("cool thanks", UNCHANGED, seeds=("Call Alex",)),
    case("nevermind, forget it", UNCHANGED, seeds=("Call Alex", "Water the plants")),
    case("remove the piano lessons", UNCHANGED, seeds=("Call Alex", "Water the plants")),
)


HELD_OUT_SECOND: tuple[Case, ...] = (
    WRAPPERS + REPEATS + FACTS + EDITS + REMINDERS + WINDOWS + FOLLOW_UPS + TABLE + SAFETY
)
