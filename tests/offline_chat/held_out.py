"""A held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never read the engine nor the development corpus's
cases, before any change aimed at them, from the product contract (``PRODUCT.md``, the MCP
tools' arguments and what they report of a task) and from what an ordinary user of a task
manager would expect. They are never tuned against, sentence by sentence: a miss here is a
miss to report, not an expectation to adjust. The set is scored beside the development corpus
(``corpus.CASES``) and its score is reported separately.

The families follow issue 15: titles wrapped in everyday words, repeats said in words,
statements of fact that mean "done", relative edits, reminders on an existing task, windows
said as days, follow-ups that lean on the earlier messages, the contract's own table said
differently, and safety (nothing changes on a message that is ambiguous or not understood).

The clock reads Thursday 26 November 2026, 11:00 in Berlin, the user's zone: tomorrow is
Friday 27 November, the weekend is 28-29 November and next week starts Monday 30 November.
Tasks are reported as the tools report them: ``status`` is pending, completed or deleted;
``due`` and ``reminder`` are spoken in the user's zone ("Friday 27 November 2026, 09:00");
``recurrence`` is RRULE text without the ``RRULE:`` prefix.

Beside the corpus's helpers, three checks are defined here, each on the outcome only:
:func:`lacks` (the reply does not name these words: a window must leave out what is not in
it), :func:`nothing_added` (no task was created, e.g. a reminder set on an existing task) and
:func:`repeating` (a task repeats by a rule with these parts, where the day or time may be
carried by the rule or by the due date, as either is right). A ``before`` may be a tuple of
messages when a case needs more than one earlier turn.
"""

from __future__ import annotations

from .corpus import UNCHANGED, Case, Check, Outcome, Seed, added, called, case, says, state, titled

__all__ = ["HELD_OUT", "lacks", "nothing_added", "repeating"]

# Spoken dates, as the tools say them.
TODAY = "Thursday 26 November 2026"
FRIDAY = "Friday 27 November 2026"
SATURDAY = "Saturday 28 November 2026"
SUNDAY = "Sunday 29 November 2026"
MONDAY = "Monday 30 November 2026"

LIST = "list_tasks"


class _Lacks(Check):
    """The reply must not name any of ``words``."""

    def problem(self, out: Outcome) -> str | None:
        named = [word for word in self.words if word.casefold() in out.text.casefold()]
        return (
            f"the reply names {named}, which it should leave out: {out.text!r}" if named else None
        )


class _NothingAdded(Check):
    """No task may be created."""

    def problem(self, out: Outcome) -> str | None:
        new = [task["title"] for task_id, task in out.after.items() if task_id not in out.before]
        return f"expected no new task; added {new}" if new else None


class _Repeating(Check):
    """A task (the one new task, or seed ``index``) repeats with these rule parts."""

    def problem(self, out: Outcome) -> str | None:
        if self.index < 0:
            new = [task for task_id, task in out.after.items() if task_id not in out.before]
            if len(new) != 1:
                return f"expected one new task; {len(new)} were added"
            task = new[0]
        else:
            task = out.after.get(out.ids[self.index])
            if task is None:
                return "the task is gone"
        titles = self.args.get("titles", ())
        if titles and task.get("title") not in titles:
            return f"expected a title in {titles}, got {task.get('title')!r}"
        rule = (task.get("recurrence") or "").upper().removeprefix("RRULE:")
        parts = set(rule.split(";")) if rule else set()
        missing = [part for part in self.words if part not in parts]
        if not rule or missing:
            return f"expected a repeat with {self.words}; the task's recurrence is {rule!r}"
        spoken = " | ".join(str(task.get(name) or "") for name in ("due", "reminder"))
        for rule_part, said in self.args.get("either", ()):
            if rule_part not in parts and said not in spoken:
                return (
                    f"expected {rule_part} in {rule!r} or {said!r} in the due/reminder {spoken!r}"
                )
        return None


def lacks(*words: str) -> Check:
    """Expect the reply not to contain these words (case-insensitively)."""
    return _Lacks("lacks", words=words)


def nothing_added() -> Check:
    """Expect no new task."""
    return _NothingAdded("nothing_added")


def at(hour: int, minute: int = 0) -> tuple[str, str]:
    """A time of day, carried by the rule (``BYHOUR``) or by the due date or reminder."""
    return (f"BYHOUR={hour}", f", {hour:02d}:{minute:02d}")


def on(rule_part: str, spoken: str) -> tuple[str, str]:
    """A day, carried by the rule (``rule_part``) or by the due date (``spoken`` in it)."""
    return (rule_part, spoken)


def repeating(
    *parts: str,
    title: str | tuple[str, ...] = (),
    task: int = -1,
    either: tuple[tuple[str, str], ...] = (),
) -> Check:
    """Expect a repeating task: the one new task, or seeded task ``task``.

    ``parts`` are RRULE parts the rule must hold (``FREQ=DAILY``); ``title`` the title (or
    the titles that are all fine); ``either`` pairs that the rule or the due date must carry.
    """
    titles = (title,) if isinstance(title, str) else title
    return _Repeating(
        "repeating", index=task, words=parts, args={"titles": titles, "either": either}
    )


WEEKDAYS = "BYDAY=MO,TU,WE,TH,FR"


# 1. A title wrapped in everyday words: the wrapper, hedge or politeness must not reach the title.
WRAPPERS: tuple[Case, ...] = (
    case(
        "stick 'renew car insurance' on the list for Friday",
        added(title="Renew car insurance", due=FRIDAY),
    ),
    case("jot down 'order new glasses'", added(title="Order new glasses")),
    case(
        "make a to-do called pack for Lisbon, note: Passport, charger and adapter",
        added(title="Pack for Lisbon", description="Passport, charger and adapter"),
    ),
    case("maybe I ought to call the landlord", added(title="Call the landlord")),
    case("I guess I need to sort out my tax return", added(title="Sort out my tax return")),
    case(
        "could you remind me to water the plants on Saturday?",
        added(title="Water the plants"),
        says("Saturday"),
    ),
    case("put 'book the vet' on my list for monday", added(title="Book the vet", due=MONDAY)),
    case("pls add buy stamps", added(title="Buy stamps")),
    case("note to self: return the library books", added(title="Return the library books")),
    case("don't let me forget to renew my passport", added(title="Renew my passport")),
    case("I should probably clean the gutters this weekend", added(title="Clean the gutters")),
    case(
        "can you put down get a haircut for tomorrow",
        added(title="Get a haircut", due=FRIDAY),
    ),
    case("New task: Fix the bike light", added(title="Fix the bike light")),
    case(
        "add 'write thank-you cards' to my todo list please", added(title="Write thank-you cards")
    ),
    case(
        "i have to pick up the dry cleaning tomorrow",
        added(title="Pick up the dry cleaning", due=FRIDAY),
    ),
    case(
        "Remember to buy a birthday present for Sam",
        added(title="Buy a birthday present for Sam"),
    ),
    case(
        "add a task called Plan the team offsite with the description Budget is 2000 euros",
        added(title="Plan the team offsite", description="Budget is 2000 euros"),
    ),
    case("throw 'defrost the freezer' on the list", added(title="Defrost the freezer")),
    case(
        "I really need to get my eyes tested, can you add that?",
        added(title="Get my eyes tested"),
    ),
    case(
        "could u add call the plumber for monday pls",
        added(title="Call the plumber", due=MONDAY),
    ),
    case("it would be great if you could add 'update my CV'", added(title="Update my CV")),
    case(
        "add an urgent task to submit the grant report by Friday",
        added(title="Submit the grant report", priority="urgent", due=FRIDAY),
    ),
    case("add 'order printer ink' #office", added(title="Order printer ink", tags=["office"])),
    case("jot down buy batteries, high priority", added(title="Buy batteries", priority="high")),
    case("remind me to take out the bins", added(title="Take out the bins")),
    case("cna you add renew the gym membership", added(title="Renew the gym membership")),
    case(
        "plese put down call the garage for friday",
        added(title="Call the garage", due=FRIDAY),
    ),
    case(
        "create a todo named Print boarding passes, note: Gate closes at 7",
        added(title="Print boarding passes", description="Gate closes at 7"),
    ),
    case(
        "hmm I think I need to cancel my old phone contract",
        added(title="Cancel my old phone contract"),
    ),
    case("can I get a task for picking up the cake on Saturday", added(due=SATURDAY)),
)

# 2. Repeats said in words: the rule is read, and its words leave the title.
REPEATS: tuple[Case, ...] = (
    case(
        "take my vitamins every evening at 9",
        repeating("FREQ=DAILY", title="Take my vitamins", either=(at(21),)),
    ),
    case(
        "water the plants each weekday",
        repeating(WEEKDAYS, title="Water the plants"),
    ),
    case(
        "add a monthly review on the 1st",
        repeating(
            "FREQ=MONTHLY",
            title=("Monthly review", "Review"),
            either=(on("BYMONTHDAY=1", " 1 December 2026"),),
        ),
    ),
    case(
        "pay rent every month on the 1st",
        repeating(
            "FREQ=MONTHLY",
            title="Pay rent",
            either=(on("BYMONTHDAY=1", " 1 December 2026"),),
        ),
    ),
    case("renew the domain annually", repeating("FREQ=YEARLY", title="Renew the domain")),
    case(
        "team standup every weekday at 9:30",
        repeating(WEEKDAYS, title="Team standup", either=(at(9, 30),)),
    ),
    case(
        "take out the recycling every other Tuesday",
        repeating(
            "FREQ=WEEKLY",
            "INTERVAL=2",
            title="Take out the recycling",
            either=(on("BYDAY=TU", "Tuesday"),),
        ),
    ),
    case(
        "call grandma every Sunday",
        repeating("FREQ=WEEKLY", title="Call grandma", either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "every morning at 7 do my stretches",
        repeating("FREQ=DAILY", title="Do my stretches", either=(at(7),)),
    ),
    case(
        "add gym on mondays and thursdays",
        repeating("FREQ=WEEKLY", "BYDAY=MO,TH", title="Gym"),
    ),
    case("water the garden daily", repeating("FREQ=DAILY", title="Water the garden")),
    case("back up the laptop weekly", repeating("FREQ=WEEKLY", title="Back up the laptop")),
    case(
        "add dentist checkup every 6 months",
        repeating("FREQ=MONTHLY", "INTERVAL=6", title="Dentist checkup"),
    ),
    case(
        "every year on March 3 send Mum a card",
        repeating(
            "FREQ=YEARLY",
            title="Send Mum a card",
            either=(on("BYMONTHDAY=3", "3 March 2027"),),
        ),
    ),
    case(
        "clean the bathroom every saturday",
        repeating(
            "FREQ=WEEKLY",
            title="Clean the bathroom",
            either=(on("BYDAY=SA", "Saturday"),),
        ),
    ),
    case(
        "I need to check the smoke alarms once a year",
        repeating("FREQ=YEARLY", title="Check the smoke alarms"),
    ),
    case(
        "every two weeks: mow the lawn",
        repeating("FREQ=WEEKLY", "INTERVAL=2", title="Mow the lawn"),
    ),
    case(
        "pay the credit card bill on the 15th of every month",
        repeating(
            "FREQ=MONTHLY",
            title="Pay the credit card bill",
            either=(on("BYMONTHDAY=15", "15 December 2026"),),
        ),
    ),
    case(
        "make the weekly report repeat every friday",
        repeating("FREQ=WEEKLY", task=0, either=(on("BYDAY=FR", "Friday"),)),
        nothing_added(),
        seeds=("Weekly report", "Buy coffee beans"),
    ),
    case(
        "stop repeating the newsletter",
        state(0, recurrence=None, status="pending"),
        state(1, recurrence="FREQ=DAILY"),
        seeds=(
            Seed("Write the newsletter", fields={"recurrence": "weekly"}),
            Seed("Walk the dog", fields={"recurrence": "daily"}),
        ),
    ),
    case(
        "water the plants mondays, wednesdays and fridays",
        repeating("FREQ=WEEKLY", "BYDAY=MO,WE,FR", title="Water the plants"),
    ),
    case(
        "remind me every day at 8pm to take my meds",
        repeating("FREQ=DAILY", title="Take my meds", either=(at(20),)),
    ),
    case(
        "Pay the cleaner every Friday #home",
        repeating("FREQ=WEEKLY", title="Pay the cleaner", either=(on("BYDAY=FR", "Friday"),)),
        added(tags=["home"]),
    ),
    case(
        "change the bed sheets every week",
        repeating("FREQ=WEEKLY", title="Change the bed sheets"),
    ),
    case(
        "set the bins task to repeat weekly",
        repeating("FREQ=WEEKLY", task=0),
        nothing_added(),
        seeds=("Put the bins out",),
    ),
)

# 3. A statement of fact that means "done": the matching task completes, the others stay open.
FACTS: tuple[Case, ...] = (
    case(
        "paid the electricity bill already",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Pay the electricity bill", "Call the bank"),
    ),
    case(
        "the car is washed",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Wash the car", "Buy dog food"),
    ),
    case(
        "slides: done",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Finish the slides", "Email Priya the agenda"),
    ),
    case(
        "I've called mom",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Call mom", "Call the dentist"),
    ),
    case(
        "just booked the flights",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Book flights", "Book a hotel"),
    ),
    case(
        "got the groceries",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Buy groceries", "Cook dinner"),
    ),
    case(
        "finished the tax return yesterday",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Do the tax return", "Renew the car tax"),
    ),
    case(
        "dishes done!",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Do the dishes", "Vacuum the hall"),
    ),
    case(
        "sent the invoice to Acme",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Send invoice to Acme", "Send the newsletter"),
    ),
    case(
        "the quarterly report has been submitted",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Submit the quarterly report", "Review the budget"),
    ),
    case(
        "took the bins out this morning",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Take out the bins", "Clean the oven"),
    ),
    case(
        "I already renewed my passport",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Renew passport", "Renew car insurance"),
    ),
    case(
        "plants watered",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Water the plants", "Repot the cactus"),
    ),
    case(
        "done with the presentation",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Prepare the presentation", "Print the handouts"),
    ),
    case(
        "ok the dentist appointment is booked",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Book a dentist appointment", "Book a haircut"),
    ),
    case(
        "mailed the package to Berlin",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Mail the package to Berlin", "Pick up the parcel"),
    ),
    case(
        "fixed the leaking tap",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Fix the leaking tap", "Fix the bike light"),
    ),
    case(
        "bought milk",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Buy milk", "Buy bread"),
    ),
    case(
        "the kitchen's clean now",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Clean the kitchen", "Clean the bathroom"),
    ),
    case(
        "finally wrote the cover letter",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Write the cover letter",),
    ),
    case(
        "haven't paid the electricity bill yet",
        UNCHANGED,
        seeds=("Pay the electricity bill", "Call the bank"),
    ),
    case(
        "I didn't manage to wash the car today",
        UNCHANGED,
        seeds=("Wash the car", "Buy dog food"),
    ),
    case(
        "still need to call mom",
        state(0, status="pending"),
        state(1, status="pending"),
        seeds=("Call mom", "Call the dentist"),
    ),
)

# 4. Relative edits: a step of priority, a shift of the due date.
EDITS: tuple[Case, ...] = (
    case(
        "bump the dentist up a level",
        state(0, priority="high"),
        state(1, priority="medium"),
        seeds=(
            Seed("Dentist", fields={"priority": "medium", "due": "2026-11-27"}),
            Seed("Gym", fields={"priority": "medium"}),
        ),
    ),
    case(
        "make the slides less urgent",
        state(0, priority="medium"),
        seeds=(Seed("Finish the slides", fields={"priority": "high"}),),
    ),
    case(
        "push the dentist to next week",
        state(0, due=MONDAY),
        state(1, due=FRIDAY),
        seeds=(
            Seed("Dentist", fields={"priority": "medium", "due": "2026-11-27"}),
            Seed("Gym", fields={"due": "2026-11-27"}),
        ),
    ),
    case(
        "move the dentist a day later",
        state(0, due=SATURDAY),
        seeds=(Seed("Dentist", fields={"due": "2026-11-27"}),),
    ),
    case(
        "postpone the report by two days",
        state(0, due=SUNDAY),
        seeds=(Seed("Write the report", fields={"due": "2026-11-27"}),),
    ),
    case(
        "bring the dentist forward a day",
        state(0, due=TODAY),
        seeds=(Seed("Dentist", fields={"due": "2026-11-27"}),),
    ),
    case(
        "lower the priority of the gym",
        state(0, priority="low"),
        seeds=(Seed("Gym", fields={"priority": "medium"}),),
    ),
    case(
        "raise the car insurance priority",
        state(0, priority="medium"),
        seeds=(Seed("Renew car insurance", fields={"priority": "low"}),),
    ),
    case(
        "make the tax return more important",
        state(0, priority="high"),
        state(1, priority="medium"),
        seeds=(
            Seed("Do the tax return", fields={"priority": "medium"}),
            Seed("Tidy the garage", fields={"priority": "medium"}),
        ),
    ),
    case(
        "push the haircut back a week",
        state(0, due="Friday 4 December 2026"),
        seeds=(Seed("Get a haircut", fields={"due": "2026-11-27"}),),
    ),
    case(
        "move the meeting with Tom an hour later",
        state(0, due="Friday 27 November 2026, 11:00"),
        seeds=(Seed("Meeting with Tom", fields={"due": "2026-11-27T10:00"}),),
    ),
    case(
        "delay the plumber until monday",
        state(0, due=MONDAY),
        seeds=(Seed("Call the plumber", fields={"due": "2026-11-27"}),),
    ),
    case(
        "knock the newsletter down to low",
        state(0, priority="low"),
        seeds=(Seed("Write the newsletter", fields={"priority": "high"}),),
    ),
    case(
        "make the dentist top priority",
        state(0, priority="urgent"),
        seeds=(Seed("Dentist", fields={"priority": "medium"}),),
    ),
    case(
        "can the dentist be two days earlier?",
        state(0, due=SATURDAY),
        seeds=(Seed("Dentist", fields={"due": "2026-11-30"}),),
    ),
    case(
        "shift the car service by a week",
        state(0, due="Tuesday 8 December 2026"),
        seeds=(Seed("Car service", fields={"due": "2026-12-01"}),),
    ),
    case(
        "deprioritise the newsletter",
        state(0, priority="low"),
        seeds=(Seed("Write the newsletter", fields={"priority": "medium"}),),
    ),
    case(
        "push the dentist back a day",
        state(0, due=SATURDAY),
        state(1, due=FRIDAY),
        seeds=(
            Seed("Dentist", fields={"due": "2026-11-27"}),
            Seed("Gym", fields={"due": "2026-11-27"}),
        ),
    ),
    case(
        "bump up the vet",
        state(0, priority="medium"),
        seeds=(Seed("Take the cat to the vet", fields={"priority": "low"}),),
    ),
    case(
        "the report is less important than I thought, lower it",
        state(0, priority="medium"),
        seeds=(Seed("Write the report", fields={"priority": "high"}),),
    ),
    case(
        "move task {0} to tomorrow",
        state(0, due=FRIDAY),
        seeds=(Seed("Send the contract", fields={"due": "2026-11-26"}),),
    ),
)

# 5. A reminder on a task that exists: the reminder is set, and no task is added.
REMINDERS: tuple[Case, ...] = (
    case(
        "ping me about the dentist at 8 on Monday",
        state(0, reminder="Monday 30 November 2026, 08:00"),
        state(1, reminder=None),
        nothing_added(),
        seeds=(Seed("Dentist", fields={"due": "2026-11-30"}), "Gym"),
    ),
    case(
        "remind me about the car insurance tomorrow at 9am",
        state(0, reminder="Friday 27 November 2026, 09:00"),
        nothing_added(),
        seeds=("Renew car insurance", "Buy bread"),
    ),
    case(
        "set a reminder for the plumber at 5pm today",
        state(0, reminder="Thursday 26 November 2026, 17:00"),
        nothing_added(),
        seeds=("Call the plumber",),
    ),
    case(
        "nudge me about the slides tonight at 8",
        state(0, reminder="Thursday 26 November 2026, 20:00"),
        nothing_added(),
        seeds=("Finish the slides", "Email Priya the agenda"),
    ),
    case(
        "give me a heads-up about the vet on saturday at 10am",
        state(0, reminder="Saturday 28 November 2026, 10:00"),
        nothing_added(),
        seeds=("Take the cat to the vet",),
    ),
    case(
        "remind me of task {0} at 3pm",
        state(0, reminder="Thursday 26 November 2026, 15:00"),
        state(1, reminder=None),
        nothing_added(),
        seeds=("Send the contract", "Send the invoice"),
    ),
    case(
        "can you remind me about the dentist an hour before?",
        state(0, reminder="Friday 27 November 2026, 13:00"),
        nothing_added(),
        seeds=(Seed("Dentist", fields={"due": "2026-11-27T14:00"}),),
    ),
    case(
        "alert me about the report friday 8:30",
        state(0, reminder="Friday 27 November 2026, 08:30"),
        nothing_added(),
        seeds=("Write the report",),
    ),
    case(
        "ping me re the gym tomorrow 7am",
        state(0, reminder="Friday 27 November 2026, 07:00"),
        nothing_added(),
        seeds=("Gym", "Groceries"),
    ),
    case(
        "I want a reminder for the passport renewal on Monday at noon",
        state(0, reminder="Monday 30 November 2026, 12:00"),
        nothing_added(),
        seeds=("Renew passport",),
    ),
    case(
        "remind me about calling mom at 6pm",
        state(0, reminder="Thursday 26 November 2026, 18:00"),
        state(1, reminder=None),
        nothing_added(),
        seeds=("Call mom", "Buy flowers"),
    ),
    case(
        "set the dentist reminder to 7:45 tomorrow",
        state(0, reminder="Friday 27 November 2026, 07:45"),
        nothing_added(),
        seeds=("Dentist",),
    ),
    case(
        "buzz me about the flights at half past 4 this afternoon",
        state(0, reminder="Thursday 26 November 2026, 16:30"),
        nothing_added(),
        seeds=("Book flights",),
    ),
    case(
        "move the dentist reminder to 9am",
        state(0, reminder="Friday 27 November 2026, 09:00"),
        nothing_added(),
        seeds=(Seed("Dentist", fields={"reminder": "2026-11-27T08:00"}),),
    ),
    case(
        "no reminder for the dentist please",
        state(0, reminder=None, status="pending"),
        nothing_added(),
        seeds=(Seed("Dentist", fields={"reminder": "2026-11-27T08:00"}),),
    ),
    case(
        "ping me about {0} on Sunday at 6pm",
        state(0, reminder="Sunday 29 November 2026, 18:00"),
        nothing_added(),
        seeds=("Prepare the quiz", "Buy snacks"),
    ),
    case(
        "remind me about the library books tomorrow morning at 8",
        state(0, reminder="Friday 27 November 2026, 08:00"),
        nothing_added(),
        seeds=("Return the library books",),
    ),
    case(
        "don't let me forget the electricity bill, remind me monday 10am",
        state(0, reminder="Monday 30 November 2026, 10:00"),
        nothing_added(),
        seeds=("Pay the electricity bill", "Pay the gas bill"),
    ),
)

# 6. Windows said as days: the reply names what falls in the window and leaves the rest out.
WEEK = (
    Seed("Water the plants", fields={"due": "2026-11-26"}),  # today
    Seed("Call the plumber", fields={"due": "2026-11-27"}),  # Friday
    Seed("Get a haircut", fields={"due": "2026-11-28"}),  # Saturday
    Seed("Barbecue with the neighbours", fields={"due": "2026-11-29"}),  # Sunday
    Seed("Dentist appointment", fields={"due": "2026-11-30"}),  # Monday
    Seed("File the tax return", fields={"due": "2026-12-03"}),  # Thursday next week
    Seed("Renew passport", fields={"due": "2026-12-15"}),  # in three weeks
    Seed("Read a novel"),  # no date
    Seed("Return library books", fields={"due": "2026-11-20"}),  # overdue
)

WINDOWS: tuple[Case, ...] = (
    case(
        "anything for Monday?",
        UNCHANGED,
        says("Dentist appointment"),
        lacks("Call the plumber", "Get a haircut", "Renew passport", "Read a novel"),
        seeds=WEEK,
    ),
    case(
        "what's on this weekend",
        UNCHANGED,
        says("Get a haircut", "Barbecue with the neighbours"),
        lacks("Dentist appointment", "Call the plumber", "Renew passport", "Read a novel"),
        seeds=WEEK,
    ),
    case(
        "what's coming next week",
        UNCHANGED,
        says("Dentist appointment", "File the tax return"),
        lacks("Renew passport", "Read a novel"),
        seeds=WEEK,
    ),
    case(
        "what do I have tomorrow?",
        UNCHANGED,
        says("Call the plumber"),
        lacks("Dentist appointment", "Get a haircut", "Read a novel"),
        seeds=WEEK,
    ),
    case(
        "whats due today",
        UNCHANGED,
        says("Water the plants"),
        lacks("Dentist appointment", "Get a haircut", "Read a novel"),
        seeds=WEEK,
    ),
    case(
        "anything overdue?",
        UNCHANGED,
        says("Return library books"),
        lacks("Dentist appointment", "Renew passport", "Read a novel"),
        seeds=WEEK,
    ),
    case(
        "show me saturday's tasks",
        UNCHANGED,
        says("Get a haircut"),
        lacks("Barbecue with the neighbours", "Dentist appointment", "Call the plumber"),
        seeds=WEEK,
    ),
    case(
        "what's planned for sunday",
        UNCHANGED,
        says("Barbecue with the neighbours"),
        lacks("Get a haircut", "Dentist appointment"),
        seeds=WEEK,
    ),
    case(
        "am I busy on Friday?",
        UNCHANGED,
        says("Call the plumber"),
        lacks("Dentist appointment", "Get a haircut"),
        seeds=WEEK,
    ),
    case(
        "what's left for the rest of the week",
        UNCHANGED,
        says("Call the plumber"),
        lacks("File the tax return", "Renew passport", "Read a novel"),
        seeds=WEEK,
    ),
    case(
        "tasks for dec 3",
        UNCHANGED,
        says("File the tax return"),
        lacks("Dentist appointment", "Renew passport"),
        seeds=WEEK,
    ),
    case(
        "whats on my plate this week",
        UNCHANGED,
        says("Call the plumber", "Get a haircut"),
        lacks("Renew passport", "Read a novel"),
        seeds=WEEK,
    ),
    case(
        "do I have anything on the 15th?",
        UNCHANGED,
        says("Renew passport"),
        lacks("Dentist appointment", "File the tax return"),
        seeds=WEEK,
    ),
    case(
        "what's scheduled for monday next week",
        UNCHANGED,
        says("Dentist appointment"),
        lacks("Call the plumber", "File the tax return"),
        seeds=WEEK,
    ),
    case(
        "anything due in the next 3 days?",
        UNCHANGED,
        says("Call the plumber", "Get a haircut"),
        lacks("Dentist appointment", "File the tax return", "Renew passport"),
        seeds=WEEK,
    ),
    case(
        "what am I doing on Sunday",
        UNCHANGED,
        says("Barbecue with the neighbours"),
        lacks("Get a haircut", "Call the plumber"),
        seeds=WEEK,
    ),
    case(
        "anything for tuesday?",
        UNCHANGED,
        lacks("Dentist appointment", "Call the plumber", "File the tax return", "Renew passport"),
        seeds=WEEK,
    ),
    case(
        "what's due before the weekend",
        UNCHANGED,
        says("Call the plumber"),
        lacks("Dentist appointment", "Barbecue with the neighbours", "Renew passport"),
        seeds=WEEK,
    ),
)

# 7. Follow-ups: "it", "that one", "the second one" refer to what the conversation showed.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "make that one urgent too",
        titled("Buy a new kettle", priority="urgent"),
        nothing_added(),
        before="add buy a new kettle",
    ),
    case(
        "actually make it monday",
        titled("Call the electrician", due=MONDAY),
        nothing_added(),
        before="add call the electrician tomorrow",
    ),
    case(
        "no, the second one",
        state(1, status="completed"),
        state(0, status="pending"),
        state(2, status="pending"),
        seeds=("Call Anna", "Call Ben", "Call Carla"),
        before="complete the call task",
    ),
    case(
        "and delete it",
        state(0, status="deleted"),
        state(1, status="pending"),
        seeds=("Dentist", "Gym"),
        before="show me the dentist task",
    ),
    case(
        "and tag it #car",
        titled("Renew the parking permit", tags=["car"]),
        nothing_added(),
        before="add renew the parking permit",
    ),
    case(
        "actually, make it repeat every sunday",
        repeating("FREQ=WEEKLY", title="Water the ferns", either=(on("BYDAY=SU", "Sunday"),)),
        before="add water the ferns",
    ),
    case(
        "tick off the last one",
        state(0, status="completed"),
        state(1, status="pending"),
        state(2, status="pending"),
        seeds=("Pay rent", "Email Sara", "Fix the shelf"),
        before="show my tasks",
    ),
    case(
        "delete the first one",
        state(2, status="deleted"),
        state(1, status="pending"),
        state(0, status="pending"),
        seeds=("Pay rent", "Email Sara", "Fix the shelf"),
        before="show my tasks",
    ),
    case(
        "remind me 15 minutes before",
        titled("Pick up the kids", reminder="Thursday 26 November 2026, 14:45"),
        nothing_added(),
        before="add pick up the kids at 3pm",
    ),
    case(
        "mark it done",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Call the plumber", "Call the bank"),
        before="what's the plumber task?",
    ),
    case(
        "oops, that wasn't done yet, reopen it",
        state(0, status="pending"),
        seeds=("Dentist appointment",),
        before="complete the dentist appointment",
    ),
    case(
        "due friday",
        titled("Buy printer paper", due=FRIDAY),
        nothing_added(),
        before="add buy printer paper",
    ),
    case(
        "make the second one high priority",
        state(1, priority="high"),
        state(0, priority="none"),
        state(2, priority="none"),
        seeds=("Pay rent", "Email Sara", "Fix the shelf"),
        before="show my tasks",
    ),
    case(
        "and add a note: Questions on geography",
        titled("Prepare the quiz", description="Questions on geography"),
        nothing_added(),
        before="add prepare the quiz for tomorrow",
    ),
    case(
        "and due on saturday",
        titled("Buy concert tickets", priority="high", due=SATURDAY),
        nothing_added(),
        before=("add buy concert tickets", "make it high priority"),
    ),
    case(
        "and the second one too",
        state(2, status="completed"),
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=("Pay rent", "Email Sara", "Fix the shelf"),
        before=("show my tasks", "complete the first one"),
    ),
    case(
        "the notes one",
        state(1, status="deleted"),
        state(0, status="pending"),
        seeds=("Team meeting", "Meeting notes"),
        before="delete the meeting task",
    ),
    case(
        "never mind",
        UNCHANGED,
        seeds=("Team meeting", "Meeting notes"),
        before="remove the meeting",
    ),
    case(
        "rename it to Email the letting agent",
        titled("Email the letting agent"),
        nothing_added(),
        before="add email the landlord",
    ),
    case(
        "and remind me tomorrow at 10am",
        titled("Call the insurance company", reminder="Friday 27 November 2026, 10:00"),
        nothing_added(),
        before="add call the insurance company",
    ),
    case(
        "push it to monday",
        state(0, due=MONDAY),
        state(1, due=MONDAY),
        seeds=(
            Seed("Call the plumber", fields={"due": "2026-11-27"}),
            Seed("Dentist", fields={"due": "2026-11-30"}),
        ),
        before="what's due tomorrow?",
    ),
    case(
        "delete that",
        state(0, status="deleted"),
        state(1, status="pending"),
        seeds=("Dentist", "Gym"),
        before="find the dentist task",
    ),
    case(
        "undo that",
        state(2, status="pending"),
        seeds=("Pay rent", "Email Sara", "Fix the shelf"),
        before=("show my tasks", "complete the first one"),
    ),
)

# 8. The contract's own table, said in other words.
DONE_AND_OPEN = (
    "Pay the water bill",
    Seed("Send the birthday card", state="completed"),
    "Buy light bulbs",
)

TABLE: tuple[Case, ...] = (
    case("create a task: buy groceries", added(title="Buy groceries")),
    case("new todo - pick up groceries", added(title="Pick up groceries")),
    case("please add a task for buying groceries", added(), says("groceries")),
    case(
        "list all my tasks",
        UNCHANGED,
        says("Pay the water bill", "Send the birthday card", "Buy light bulbs"),
        seeds=DONE_AND_OPEN,
    ),
    case(
        "show everything on my list",
        UNCHANGED,
        says("Pay the water bill", "Buy light bulbs"),
        seeds=DONE_AND_OPEN,
    ),
    case(
        "what still needs doing?",
        UNCHANGED,
        says("Pay the water bill", "Buy light bulbs"),
        lacks("Send the birthday card"),
        seeds=DONE_AND_OPEN,
    ),
    case(
        "what's left to do",
        UNCHANGED,
        says("Pay the water bill", "Buy light bulbs"),
        lacks("Send the birthday card"),
        seeds=DONE_AND_OPEN,
    ),
    case(
        "which tasks are still open",
        UNCHANGED,
        called(LIST, status="pending"),
        says("Pay the water bill"),
        seeds=DONE_AND_OPEN,
    ),
    case(
        "task {0} is finished",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Pay the water bill", "Buy light bulbs"),
    ),
    case(
        "mark {1} done",
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=("Pay the water bill", "Buy light bulbs"),
    ),
    case(
        "check off number {0}",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Pay the water bill", "Buy light bulbs"),
    ),
    case(
        "complete #{1} please",
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=("Pay the water bill", "Buy light bulbs"),
    ),
    case(
        "get rid of the meeting task",
        state(0, status="deleted"),
        state(1, status="pending"),
        seeds=("Team meeting", "Buy bread"),
    ),
    case(
        "remove the task about the meeting",
        state(0, status="deleted"),
        state(1, status="pending"),
        seeds=("Team meeting", "Buy bread"),
    ),
    case(
        "delete task {1}",
        state(1, status="deleted"),
        state(0, status="pending"),
        seeds=("Team meeting", "Buy bread"),
    ),
    case(
        "change {0} to say 'Call dad this weekend'",
        state(0, title="Call dad this weekend"),
        nothing_added(),
        seeds=("Call mom", "Buy bread"),
    ),
    case(
        "update task {0}: 'Email the report to Kim'",
        state(0, title="Email the report to Kim"),
        state(1, title="Buy bread"),
        seeds=("Email the report", "Buy bread"),
    ),
    case(
        "rename task {1} to Call grandma tonight",
        state(1, title="Call grandma tonight"),
        nothing_added(),
        seeds=("Buy bread", "Call grandma"),
    ),
    case("I have to remember to pay the phone bill", added(title="Pay the phone bill")),
    case("need to remember to book the MOT", added(title="Book the MOT")),
    case(
        "what did I finish?",
        UNCHANGED,
        says("Send the birthday card"),
        lacks("Pay the water bill", "Buy light bulbs"),
        seeds=DONE_AND_OPEN,
    ),
    case(
        "show me my completed tasks",
        UNCHANGED,
        called(LIST, status="completed"),
        says("Send the birthday card"),
        seeds=DONE_AND_OPEN,
    ),
    case(
        "what have I done so far",
        UNCHANGED,
        says("Send the birthday card"),
        lacks("Buy light bulbs"),
        seeds=DONE_AND_OPEN,
    ),
)

# 9. Safety: an ambiguous or not understood message changes and deletes nothing.
TWO_CALLS = ("Call mom", "Call the bank")

SAFETY: tuple[Case, ...] = (
    case("delete the call task", UNCHANGED, says("Call mom", "Call the bank"), seeds=TWO_CALLS),
    case(
        "complete the report",
        UNCHANGED,
        says("Write the report", "Print the report"),
        seeds=("Write the report", "Print the report"),
    ),
    case(
        "remove meeting",
        UNCHANGED,
        says("Team meeting", "Prepare the meeting agenda"),
        seeds=("Team meeting", "Prepare the meeting agenda"),
    ),
    case(
        "move the call to friday",
        UNCHANGED,
        says("Call mom", "Call the bank"),
        seeds=TWO_CALLS,
    ),
    case("hello", UNCHANGED, seeds=TWO_CALLS),
    case("thanks!", UNCHANGED, seeds=TWO_CALLS),
    case("what's the weather like tomorrow?", UNCHANGED, seeds=TWO_CALLS),
    case("asdfgh", UNCHANGED, seeds=TWO_CALLS),
    case("delete the dentist", UNCHANGED, seeds=TWO_CALLS),
    case("mark task 9999 as done", UNCHANGED, seeds=TWO_CALLS),
    case("can you delete something", UNCHANGED, seeds=TWO_CALLS),
    case("don't delete the bank task", UNCHANGED, seeds=TWO_CALLS),
    case("should I delete the gym task?", UNCHANGED, seeds=("Gym", "Call mom")),
    case("remove", UNCHANGED, seeds=TWO_CALLS),
    case("finish it", UNCHANGED, seeds=TWO_CALLS),
    case("change the priority", UNCHANGED, seeds=TWO_CALLS),
    case("move it to friday", UNCHANGED, seeds=TWO_CALLS),
    case("complete task", UNCHANGED, seeds=TWO_CALLS),
    case("was the dentist done?", UNCHANGED, seeds=("Dentist", "Gym")),
    case("ok", UNCHANGED, seeds=TWO_CALLS),
    case("do not mark the slides as done yet", UNCHANGED, seeds=("Finish the slides",)),
    case("I wonder if I should cancel the gym", UNCHANGED, seeds=("Gym",)),
    case("?", UNCHANGED, seeds=TWO_CALLS),
)

HELD_OUT: tuple[Case, ...] = (
    WRAPPERS + REPEATS + FACTS + EDITS + REMINDERS + WINDOWS + FOLLOW_UPS + TABLE + SAFETY
)
