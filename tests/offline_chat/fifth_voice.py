"""A fifth voice: a development set of everyday requests, written without reading the engine.

These cases were written from the product contract (``PRODUCT.md``: data model, MCP tools, chat)
and the checks' docstrings only, by someone who never read the engine, its documentation nor
the other sets' cases, and who ran no sentence through the engine while writing. The set is a
development set: its misses are used to find whole families of phrasing the engine does not
understand yet, not to be patched one sentence at a time.

The families, each in many voices (terse, chatty, typos, lowercase, non-native English,
British and American, long messages with the request buried in the middle, two requests in one
message): new titles in wrappers; repeats in words; statements of fact that mean "done";
relative edits; reminders on an existing task; window questions; follow-ups; the contract's
table said differently with search, tags, reopen and restore; and safety.

Clock: Thursday 26 November 2026, 11:00 in Berlin, the user's zone. Tomorrow is Friday 27
November, the weekend is 28-29 November, next week runs from Monday 30 November to Sunday 6
December. Tasks are checked as the tools report them (``status``, ``priority`` names, ``tags``,
``due``/``reminder`` spoken in the user's zone, ``recurrence`` as RRULE text, titles with their
first letter capitalised).

Beside the helpers of the other sets, three checks are defined here, each on the outcome only:
:func:`new_task` (exactly one task was added, its title one of a few and each field one of a
few values), :func:`noted` (the one new task's description holds these words) and
:func:`just_one` (exactly one of a few seeded tasks took these fields, the others are as they
were: the answer to a clarifying question such as "the first one").
"""

from __future__ import annotations

from typing import Any

from .corpus import (
    THREE,
    UNCHANGED,
    Case,
    Check,
    Outcome,
    Seed,
    added,
    case,
    says,
    state,
    titled,
)
from .held_out import (
    FRIDAY,
    MONDAY,
    SATURDAY,
    SUNDAY,
    TODAY,
    WEEKDAYS,
    at,
    lacks,
    nothing_added,
    on,
    repeating,
)
from .held_out_second import (
    FRIDAY_NEXT,
    NEXT_WEEK,
    SATURDAY_NEXT,
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    due,
    lowered,
    one_of,
    raised,
    rule_of,
)

__all__ = ["FIFTH_VOICE", "just_one", "new_task", "noted"]

CLEARED = (None, "")


class _NewTask(Check):
    """Exactly one new task, its title among ``words`` and each field among its values."""

    def problem(self, out: Outcome) -> str | None:
        new = [task for task_id, task in out.after.items() if task_id not in out.before]
        if len(new) != 1:
            return f"expected one new task; {len(new)} were added"
        task = new[0]
        if self.words and task.get("title") not in self.words:
            return f"expected a title in {self.words}, got {task.get('title')!r}"
        wrong = {
            name: task.get(name)
            for name, values in self.args.items()
            if task.get(name) not in values
        }
        return f"expected one of {self.args}, got {wrong}" if wrong else None


class _Noted(Check):
    """The one new task's description holds ``words`` (case-insensitively)."""

    def problem(self, out: Outcome) -> str | None:
        new = [task for task_id, task in out.after.items() if task_id not in out.before]
        if len(new) != 1:
            return f"expected one new task; {len(new)} were added"
        text = str(new[0].get("description") or "")
        missing = [word for word in self.words if word.casefold() not in text.casefold()]
        return f"the description lacks {missing}: {text!r}" if missing else None


class _JustOne(Check):
    """Exactly one of seeds ``args['seeds']`` has ``args['fields']``; the others are unchanged."""

    def problem(self, out: Outcome) -> str | None:
        fields: dict[str, Any] = self.args["fields"]
        changed: list[int] = []
        for index in self.args["seeds"]:
            task_id = out.ids[index]
            task = out.after.get(task_id)
            if task is None:
                return f"seed {index} is gone"
            if all(task.get(name) == value for name, value in fields.items()):
                changed.append(index)
            elif task != out.before.get(task_id):
                return f"seed {index} changed in another way: {task}"
        if len(changed) != 1:
            return f"expected exactly one of seeds {self.args['seeds']} with {fields}: {changed}"
        return None


def new_task(*titles: str, **fields: tuple[Any, ...]) -> Check:
    """Expect one new task titled one of ``titles``, each field having one of the values."""
    return _NewTask("new_task", words=titles, args=fields)


def noted(*words: str) -> Check:
    """Expect the one new task's description to contain these words."""
    return _Noted("noted", words=words)


def just_one(*seeds: int, **fields: Any) -> Check:
    """Expect exactly one of these seeded tasks to have ``fields``, the others unchanged."""
    return _JustOne("just_one", args={"seeds": seeds, "fields": fields})


def remind(when: str) -> dict[str, Any]:
    """Seed fields for a task with a reminder at ``when`` (ISO date-time with offset)."""
    return {"reminder": when}


# 1. A new title in everyday wrappers: only the title reaches the title.
WRAPPERS: tuple[Case, ...] = (
    case('add "Renew passport" to my list', added(title="Renew passport")),
    case("put call the vet on my list for tomorrow", added(title="Call the vet", due=FRIDAY)),
    case("note down: buy a birthday card for Lena", added(title="Buy a birthday card for Lena")),
    case(
        "add a to-do named Fix the bike with the note back tyre is flat",
        added(title="Fix the bike"),
        noted("back tyre is flat"),
    ),
    case(
        "can you please add pick up the prescription tomorrow at 5pm",
        added(title="Pick up the prescription", due="Friday 27 November 2026, 17:00"),
    ),
    case("I should probably book a haircut", added(title="Book a haircut")),
    case(
        "i think i have to renew the car insurance by monday",
        added(title="Renew the car insurance", due=MONDAY),
    ),
    case(
        "don't let me forget to water the plants on saturday",
        added(title="Water the plants", due=SATURDAY),
    ),
    case(
        "Could you kindly add a task: send the invoice to Mr. Okafor, high priority",
        added(title="Send the invoice to Mr. Okafor", priority="high"),
    ),
    case("pls add clean gutters #house", added(title="Clean gutters", tags=["house"])),
    case(
        "Would you mind putting 'Order new glasses' on my to-do list? No rush, low priority.",
        added(title="Order new glasses", priority="low"),
    ),
    case(
        "jot this down - return library books by friday",
        added(title="Return library books", due=FRIDAY),
    ),
    case(
        "new task: prepare slides for the quarterly review, due next monday, urgent",
        added(title="Prepare slides for the quarterly review", due=MONDAY, priority="urgent"),
    ),
    case(
        'Add task "Book train tickets to Hamburg" for tomorrow at 8 am',
        added(title="Book train tickets to Hamburg", due="Friday 27 November 2026, 08:00"),
    ),
    case(
        "hey! so I was thinking, can you add a to-do to schedule the boiler service? thx",
        added(title="Schedule the boiler service"),
    ),
    case(
        "ugh what a day, the kids were sick and the car made that noise again. anyway, add get "
        "the car checked at the garage for monday please, and honestly I could use a holiday",
        added(title="Get the car checked at the garage", due=MONDAY),
    ),
    case(
        "Please make one task for me: pay the electricity bill, until friday",
        added(title="Pay the electricity bill", due=FRIDAY),
    ),
    case("ad a taks to cancel the gym membership", added(title="Cancel the gym membership")),
    case(
        "I've got to email the landlord about the leak, can you add that?",
        added(title="Email the landlord about the leak"),
    ),
    case(
        "Add 'buy wrapping paper' and tag it christmas",
        added(title="Buy wrapping paper", tags=["christmas"]),
    ),
    case(
        "could u add a todo called dentist checkup w/ the note ask about the wisdom tooth",
        added(title="Dentist checkup"),
        noted("wisdom tooth"),
    ),
    case(
        "Make a note for myself: fill in the tax return by 31 December",
        added(title="Fill in the tax return", due="Thursday 31 December 2026"),
    ),
    case(
        "add buy flowers for mum's birthday on the 5th",
        added(title="Buy flowers for mum's birthday", due=SATURDAY_NEXT),
    ),
    case(
        "Add to my tasks — pick up dry cleaning, tomorrow",
        added(title="Pick up dry cleaning", due=FRIDAY),
    ),
    case(
        "Can you add something for me? Walk Rex at 6pm.",
        added(title="Walk Rex", due=f"{TODAY}, 18:00"),
    ),
    case(
        "I probably ought to call grandma this weekend",
        new_task("Call grandma", due=(SATURDAY, SUNDAY)),
    ),
    case(
        "hi, can you please please add order the cake for Saturday, it's important!!",
        new_task("Order the cake", due=(SATURDAY,), priority=("high", "urgent")),
    ),
    case("TODO: backup laptop", added(title="Backup laptop")),
    case(
        "Add a task for next tuesday: dentist at 10:30",
        added(title="Dentist", due="Tuesday 1 December 2026, 10:30"),
    ),
    case(
        "add buy batteries and also show me what's due tomorrow",
        titled("Buy batteries"),
        says("Pay the phone bill"),
        seeds=(Seed("Pay the phone bill", fields=due("2026-11-27")),),
    ),
    case(
        "My manager just asked me to update the onboarding wiki. Can you put that on my list "
        "with the note include the new VPN steps? Thanks a lot",
        added(title="Update the onboarding wiki"),
        noted("VPN steps"),
    ),
    case(
        "would be great if you could stick buy stamps on my to-do list",
        added(title="Buy stamps"),
    ),
    case(
        "could you create a todo, title: Collect the parcel from the neighbour, for 3pm today",
        added(title="Collect the parcel from the neighbour", due=f"{TODAY}, 15:00"),
    ),
    case(
        "add 'Call Dr. Weber' for monday 9am, high prio, tag health",
        added(
            title="Call Dr. Weber",
            due="Monday 30 November 2026, 09:00",
            priority="high",
            tags=["health"],
        ),
    ),
)

# 2. Repeats in words, on a new task or an existing one, and stopping a repeat.
REPEATS: tuple[Case, ...] = (
    case(
        "every morning at 7 go for a run",
        repeating("FREQ=DAILY", title="Go for a run", either=(at(7),)),
    ),
    case(
        "add stand-up meeting weekdays at 9:30",
        repeating(WEEKDAYS, title="Stand-up meeting", either=(at(9, 30),)),
    ),
    case(
        "pay the rent on the 1st of every month",
        repeating(
            "FREQ=MONTHLY",
            title="Pay the rent",
            either=(on("BYMONTHDAY=1", "Tuesday 1 December 2026"),),
        ),
    ),
    case("add renew domain name yearly", repeating("FREQ=YEARLY", title="Renew domain name")),
    case(
        "Can you add 'Team retro' every second Friday?",
        repeating(
            "FREQ=WEEKLY", "INTERVAL=2", title="Team retro", either=(on("BYDAY=FR", "Friday"),)
        ),
    ),
    case(
        "piano practice twice a week on mon and thu",
        repeating("FREQ=WEEKLY", "BYDAY=MO,TH", title="Piano practice"),
    ),
    case(
        "take out the bins every tuesday",
        repeating("FREQ=WEEKLY", title="Take out the bins", either=(on("BYDAY=TU", "Tuesday"),)),
    ),
    case(
        "add water the garden every other day",
        repeating("FREQ=DAILY", "INTERVAL=2", title="Water the garden"),
    ),
    case(
        "Remind me to take my vitamins daily at 8am",
        repeating("FREQ=DAILY", title=("Take my vitamins", "Take vitamins"), either=(at(8),)),
    ),
    case(
        "change the oil filter every 3 months",
        repeating("FREQ=MONTHLY", "INTERVAL=3", title="Change the oil filter"),
    ),
    case(
        "new task: clean the fish tank, every sunday",
        repeating("FREQ=WEEKLY", title="Clean the fish tank", either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "every weekday at 8 check the team inbox",
        repeating(WEEKDAYS, title="Check the team inbox", either=(at(8),)),
    ),
    case(
        "Call Aunt Rosa every year on 14 March",
        repeating(
            "FREQ=YEARLY",
            title="Call Aunt Rosa",
            either=(on("BYMONTHDAY=14", "14 March 2027"),),
        ),
    ),
    case(
        "every 1st and 15th of the month: payroll check",
        repeating("FREQ=MONTHLY", "BYMONTHDAY=1,15", title="Payroll check"),
    ),
    case(
        "make the bins task repeat every week",
        repeating("FREQ=WEEKLY", task=0),
        nothing_added(),
        seeds=("Put out the bins",),
    ),
    case(
        "'water the plants' should repeat every 3 days",
        repeating("FREQ=DAILY", "INTERVAL=3", task=0),
        nothing_added(),
        seeds=("Water the plants",),
    ),
    case(
        "make send invoices monthly pls",
        repeating("FREQ=MONTHLY", task=0),
        nothing_added(),
        seeds=("Send invoices", "Buy coffee beans"),
    ),
    case(
        "I do yoga every tuesday and thursday, can the yoga task repeat like that?",
        repeating("FREQ=WEEKLY", "BYDAY=TU,TH", task=0),
        nothing_added(),
        seeds=("Yoga class",),
    ),
    case(
        "please, the task 'Call mum' I want it every sunday at 6 in the evening",
        repeating("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"), at(18))),
        nothing_added(),
        seeds=("Call mum",),
    ),
    case(
        "could you make the newsletter repeat on the first monday of each month",
        repeating("FREQ=MONTHLY", task=0, either=(on("BYDAY=1MO", "Monday 7 December 2026"),)),
        nothing_added(),
        seeds=("Send the newsletter",),
    ),
    case(
        "stop repeating the bins",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        seeds=(
            Seed(
                "Put out the bins",
                fields={"due": "2026-11-30", "recurrence": "FREQ=WEEKLY;BYDAY=MO"},
            ),
        ),
    ),
    case(
        "the gym sessions dont need to repeat anymore",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        seeds=(
            Seed(
                "Gym session",
                fields={"due": "2026-11-27", "recurrence": "FREQ=WEEKLY;BYDAY=MO,WE,FR"},
            ),
        ),
    ),
    case(
        "Make 'Pay rent' a one-off, not recurring any more",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        seeds=(Seed("Pay rent", fields={"due": "2026-12-01", "recurrence": "FREQ=MONTHLY"}),),
    ),
    case(
        "no more weekly repeat for the team lunch please, it's just this once",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        seeds=(Seed("Team lunch", fields={"due": "2026-12-02", "recurrence": "FREQ=WEEKLY"}),),
    ),
)

# 3. Statements of fact that mean "done" complete the matching task; negatives change nothing.
FACTS: tuple[Case, ...] = (
    case(
        "paid the rent",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Pay the rent", "Call the plumber"),
    ),
    case(
        "I've called the plumber",
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=("Pay the rent", "Call the plumber"),
    ),
    case(
        "the car has been washed",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Wash the car", "Buy new tyres"),
    ),
    case(
        "Dentist appointment — done",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Book dentist appointment", "Renew gym pass"),
    ),
    case(
        "tax return is sorted!",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Finish the tax return", "Buy printer paper"),
    ),
    case(
        "groceries taken care of",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Buy groceries", "Clean the bathroom"),
    ),
    case(
        "dealt with the insurance claim this morning",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Insurance claim", "Reply to Karen"),
    ),
    case(
        "finally got the passport renewed 🎉",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Renew passport", "Book hotel in Rome"),
    ),
    case(
        "just sent the invoice to the client",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Send invoice to client", "Update the website"),
    ),
    case(
        "i fed the cat already",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Feed the cat", "Clean the litter box"),
    ),
    case(
        "Emailed Professor Lindqvist about the extension.",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Email Professor Lindqvist about the extension", "Read chapter 4"),
    ),
    case(
        "The library books were returned yesterday",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Return library books", "Buy a new backpack"),
    ),
    case(
        "mowed the lawn",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Mow the lawn", "Fix the fence"),
    ),
    case(
        "Update: I booked the flights to Lisbon, so that one's finished",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Book flights to Lisbon", "Pack for Lisbon"),
    ),
    case(
        "hi, the vet appointment for Luna is made",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Make vet appointment for Luna", "Buy dog food"),
    ),
    case(
        "Have cleaned the oven, finally!",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Clean the oven", "Descale the kettle"),
    ),
    case(
        "bins — done",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Take out the bins", "Hoover the stairs"),
    ),
    case(
        "ok so quick update on my day: the kids are at school, I returned the parcel at the "
        "post office, and now I'm having a coffee",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Return the parcel", "Call the bank"),
    ),
    case(
        "Sent the invoice. Also add chase up the late payment for monday",
        state(0, status="completed"),
        state(1, status="pending"),
        titled("Chase up the late payment", due=MONDAY),
        seeds=("Send the invoice", "Water the plants"),
    ),
    case("haven't paid the rent yet", UNCHANGED, seeds=("Pay the rent", "Call the plumber")),
    case("I still didn't call the plumber", UNCHANGED, seeds=("Call the plumber",)),
    case(
        "the car isn't washed yet, it's been raining all week",
        UNCHANGED,
        seeds=("Wash the car",),
    ),
    case(
        "not done with the tax return, still need the receipts",
        UNCHANGED,
        seeds=("Finish the tax return",),
    ),
    case("did I already pay the rent?", UNCHANGED, seeds=("Pay the rent",)),
    case("I was going to mow the lawn but then it rained", UNCHANGED, seeds=("Mow the lawn",)),
)

# 4. Relative edits: priority a step up or down, due moved by days or weeks, due cleared.
EDITS: tuple[Case, ...] = (
    case(
        "bump the report up a notch",
        state(0, priority="high"),
        seeds=(Seed("Write the quarterly report", fields={"priority": "medium"}),),
    ),
    case(
        "make the garage task less important",
        lowered(0),
        seeds=(Seed("Clear out the garage", fields={"priority": "high"}),),
    ),
    case(
        "raise the priority of call the bank",
        raised(0),
        seeds=(Seed("Call the bank", fields={"priority": "low"}),),
    ),
    case(
        "lower the priority on the newsletter by one",
        state(0, priority="medium"),
        seeds=(Seed("Draft the newsletter", fields={"priority": "high"}),),
    ),
    case(
        "booking the dentist is more urgent than I thought, raise it",
        raised(0),
        seeds=(Seed("Book the dentist", fields={"priority": "low"}),),
    ),
    case(
        "Please deprioritise sorting the holiday photos",
        lowered(0),
        seeds=(Seed("Sort the holiday photos", fields={"priority": "medium"}),),
    ),
    case(
        "make task {0} top priority",
        state(0, priority="urgent"),
        seeds=(Seed("Fix the leaking tap", fields={"priority": "low"}),),
    ),
    case(
        "the thesis outline can be one level lower",
        state(0, priority="low"),
        seeds=(Seed("Thesis outline", fields={"priority": "medium"}),),
    ),
    case(
        "push the car service back two days",
        state(0, due=SUNDAY),
        seeds=(Seed("Car service", fields=due("2026-11-27")),),
    ),
    case(
        "move the haircut a week later",
        state(0, due=FRIDAY_NEXT),
        seeds=(Seed("Haircut", fields=due("2026-11-27")),),
    ),
    case(
        "can we do the budget review one day earlier?",
        state(0, due=TUESDAY_NEXT),
        seeds=(Seed("Budget review", fields=due("2026-12-02")),),
    ),
    case(
        "postpone cleaning the windows until monday",
        state(0, due=MONDAY),
        seeds=(Seed("Clean the windows", fields=due("2026-11-27")),),
    ),
    case(
        "shift 'Prepare presentation' to next week",
        one_of(0, due=NEXT_WEEK),
        seeds=(Seed("Prepare presentation", fields=due("2026-11-27")),),
    ),
    case(
        "move the meal prep to tomorrow",
        state(0, due=FRIDAY),
        seeds=(Seed("Meal prep", fields=due("2026-11-26")),),
    ),
    case(
        "Delay the tyre change by 3 weeks",
        state(0, due="Thursday 17 December 2026"),
        seeds=(Seed("Tyre change", fields=due("2026-11-26")),),
    ),
    case(
        "bring the vet visit forward two days",
        state(0, due=SATURDAY),
        seeds=(Seed("Vet visit", fields=due("2026-11-30")),),
    ),
    case(
        "pls move 'renew parking permit' 1 day later",
        state(0, due=TUESDAY_NEXT),
        seeds=(Seed("Renew parking permit", fields=due("2026-11-30")),),
    ),
    case(
        "the parent-teacher meeting got moved to thursday next week",
        state(0, due=THURSDAY_NEXT),
        seeds=(Seed("Parent-teacher meeting", fields=due("2026-11-27")),),
    ),
    case(
        "move the dentist from friday to monday",
        state(0, due=MONDAY),
        seeds=(Seed("Dentist", fields=due("2026-11-27")),),
    ),
    case(
        "the deadline of the translation, please make it 2 days more late",
        state(0, due=SUNDAY),
        seeds=(Seed("Finish the translation", fields=due("2026-11-27")),),
    ),
    case(
        "make the history essay due a day later and make it high priority",
        state(0, due=SATURDAY, priority="high"),
        seeds=(Seed("History essay", fields=due("2026-11-27")),),
    ),
    case(
        "so my sister is visiting this weekend which means the guest room can wait, push "
        "painting the guest room to next week, thanks",
        one_of(0, due=NEXT_WEEK),
        seeds=(Seed("Paint the guest room", fields=due("2026-11-28")),),
    ),
    case(
        "remove the due date from learn spanish",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(Seed("Learn Spanish", fields=due("2026-11-30")),),
    ),
    case(
        "repairing the fence doesn't have a deadline anymore",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(Seed("Repair the fence", fields=due("2026-12-01")),),
    ),
    case(
        "clear the date on task {0}",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(Seed("Read Dune", fields=due("2026-11-28")),),
    ),
    case(
        "no due date for the knitting project please",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(Seed("Finish the knitting project", fields=due("2026-12-04")),),
    ),
)

# 5. Reminders on an existing task: set, move, clear; no task is added.
REMINDERS: tuple[Case, ...] = (
    case(
        "remind me about the dentist call at 4pm",
        state(0, reminder=f"{TODAY}, 16:00"),
        nothing_added(),
        seeds=("Call the dentist",),
    ),
    case(
        "set a reminder for pay the water bill tomorrow at 9",
        state(0, reminder="Friday 27 November 2026, 09:00"),
        nothing_added(),
        seeds=("Pay the water bill",),
    ),
    case(
        "ping me on monday at 8:30 about the insurance forms",
        state(0, reminder="Monday 30 November 2026, 08:30"),
        nothing_added(),
        seeds=("Fill in the insurance forms",),
    ),
    case(
        "move the reminder for the car service to 7pm",
        state(0, reminder=f"{TODAY}, 19:00"),
        nothing_added(),
        seeds=(Seed("Car service", fields=remind("2026-11-26T15:00:00+01:00")),),
    ),
    case(
        "change my reminder on Renew passport to saturday 10am",
        state(0, reminder="Saturday 28 November 2026, 10:00"),
        nothing_added(),
        seeds=(Seed("Renew passport", fields=remind("2026-11-27T09:00:00+01:00")),),
    ),
    case(
        "turn off the reminder for the yoga class",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(Seed("Yoga class", fields=remind("2026-11-27T17:00:00+01:00")),),
    ),
    case(
        "no need to remind me about the parcel anymore",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(Seed("Pick up the parcel", fields=remind("2026-11-28T10:00:00+01:00")),),
    ),
    case(
        "set an alert for the vaccination appointment on friday at 7:45",
        state(0, reminder="Friday 27 November 2026, 07:45"),
        nothing_added(),
        seeds=("Vaccination appointment for Milo",),
    ),
    case(
        "pls remind me about task {0} in the evening at 8",
        state(0, reminder=f"{TODAY}, 20:00"),
        nothing_added(),
        seeds=("Read the contract",),
    ),
    case(
        "I need a nudge about the meter reading on Sunday at noon",
        state(0, reminder="Sunday 29 November 2026, 12:00"),
        nothing_added(),
        seeds=("Send the meter reading",),
    ),
    case(
        "push the reminder for call grandma to tomorrow, same time",
        state(0, reminder="Friday 27 November 2026, 18:00"),
        nothing_added(),
        seeds=(Seed("Call grandma", fields=remind("2026-11-26T18:00:00+01:00")),),
    ),
    case(
        "delete the reminder on the gift shopping, but keep the task",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(Seed("Gift shopping", fields=remind("2026-11-28T11:00:00+01:00")),),
    ),
    case(
        "remind me on the 1st at 9 about the rent",
        state(0, reminder="Tuesday 1 December 2026, 09:00"),
        nothing_added(),
        seeds=("Pay rent",),
    ),
    case(
        "Could you add a reminder at half past three today for picking up Noah from football?",
        state(0, reminder=f"{TODAY}, 15:30"),
        nothing_added(),
        seeds=("Pick up Noah from football",),
    ),
    case(
        "remind me tomorrow at 10 about the budget review and bump it to high priority",
        state(0, reminder="Friday 27 November 2026, 10:00", priority="high"),
        nothing_added(),
        seeds=("Budget review",),
    ),
    case(
        "pls make the reminder for the plumber an hour later",
        state(0, reminder=f"{TODAY}, 15:00"),
        nothing_added(),
        seeds=(Seed("Call the plumber", fields=remind("2026-11-26T14:00:00+01:00")),),
    ),
)

# Seeds for the window questions, each with a day that tells it apart.
WORK_WEEK = (
    Seed("Submit expense report", fields=due("2026-11-20")),  # overdue
    Seed("Pick up the dry cleaning", fields=due("2026-11-26")),  # today
    Seed("Buy dog food", fields=due("2026-11-27")),  # tomorrow, Friday
    Seed("Clean the aquarium", fields=due("2026-11-28")),  # Saturday
    Seed("Call the landlord", fields=due("2026-11-30")),  # Monday
    Seed("Dentist check-up", fields=due("2026-12-03")),  # Thursday next week, the 3rd
    Seed("Renew car tax", fields=due("2026-12-15")),  # mid-December
    Seed("Book summer holiday", fields=due("2027-01-10")),  # next year
)
SCHOOL = (
    Seed("Hand in the chemistry lab report", fields=due("2026-11-24")),  # overdue
    Seed("Revise for the maths quiz", fields=due("2026-11-27")),  # Friday
    Seed("Read Of Mice and Men chapter 3", fields=due("2026-11-29")),  # Sunday
    Seed("Group project meeting", fields=due("2026-12-01")),  # Tuesday next week
    Seed("French oral exam", fields=due("2026-12-09")),  # the week after
)
HOME = (
    Seed("Pay the council tax", fields=due("2026-11-25")),  # yesterday
    Seed("Take Biscuit to the groomer", fields=due("2026-11-28")),  # Saturday
    Seed("Buy an advent calendar", fields=due("2026-11-30")),  # Monday
    Seed("Service the boiler", fields=due("2026-12-04")),  # Friday next week
    Seed("Renew home insurance", fields=due("2027-02-01")),  # February
)

# 6. Window questions: the reply names what is due in the window and not what is outside.
WINDOWS: tuple[Case, ...] = (
    case(
        "what's overdue?",
        says("Submit expense report"),
        lacks("Buy dog food", "Call the landlord", "Renew car tax"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "anything I'm late on?",
        says("Pay the council tax"),
        lacks("Take Biscuit to the groomer", "Service the boiler"),
        UNCHANGED,
        seeds=HOME,
    ),
    case(
        "did i miss any deadlines",
        says("Hand in the chemistry lab report"),
        lacks("Group project meeting", "French oral exam"),
        UNCHANGED,
        seeds=SCHOOL,
    ),
    case(
        "what do I have today",
        says("Pick up the dry cleaning"),
        lacks("Buy dog food", "Call the landlord", "Dentist check-up"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "what's on for tomorrow?",
        says("Buy dog food"),
        lacks("Clean the aquarium", "Call the landlord", "Dentist check-up"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "tmrw?",
        says("Revise for the maths quiz"),
        lacks("Read Of Mice and Men", "Group project meeting"),
        UNCHANGED,
        seeds=SCHOOL,
    ),
    case(
        "what have I got on this weekend",
        says("Clean the aquarium"),
        lacks("Call the landlord", "Dentist check-up", "Renew car tax"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "Anything for the weekend I should know about?",
        says("Take Biscuit to the groomer"),
        lacks("Buy an advent calendar", "Service the boiler"),
        UNCHANGED,
        seeds=HOME,
    ),
    case(
        "whats due on monday",
        says("Call the landlord"),
        lacks("Clean the aquarium", "Dentist check-up", "Renew car tax"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "Do I have something on Saturday?",
        says("Take Biscuit to the groomer"),
        lacks("Buy an advent calendar", "Pay the council tax"),
        UNCHANGED,
        seeds=HOME,
    ),
    case(
        "what's happening on tuesday",
        says("Group project meeting"),
        lacks("Revise for the maths quiz", "French oral exam"),
        UNCHANGED,
        seeds=SCHOOL,
    ),
    case(
        "show me next week",
        says("Call the landlord", "Dentist check-up"),
        lacks("Buy dog food", "Clean the aquarium", "Renew car tax"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "what does next week look like for me",
        says("Buy an advent calendar", "Service the boiler"),
        lacks("Take Biscuit to the groomer", "Renew home insurance"),
        UNCHANGED,
        seeds=HOME,
    ),
    case(
        "which tasks are due this month?",
        says("Buy dog food", "Call the landlord"),
        lacks("Dentist check-up", "Renew car tax", "Book summer holiday"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "what's due in december",
        says("Dentist check-up", "Renew car tax"),
        lacks("Buy dog food", "Book summer holiday"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "anything on the 3rd?",
        says("Dentist check-up"),
        lacks("Call the landlord", "Renew car tax"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "what's due on the 9th of december",
        says("French oral exam"),
        lacks("Group project meeting", "Revise for the maths quiz"),
        UNCHANGED,
        seeds=SCHOOL,
    ),
    case(
        "what's left for this week?",
        says("Buy dog food", "Clean the aquarium"),
        lacks("Call the landlord", "Dentist check-up", "Renew car tax"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "do i have anything friday",
        says("Revise for the maths quiz"),
        lacks("Read Of Mice and Men", "Group project meeting", "French oral exam"),
        UNCHANGED,
        seeds=SCHOOL,
    ),
    case(
        "Hello! Could you tell me please which things I must do on sunday?",
        says("Read Of Mice and Men"),
        lacks("Revise for the maths quiz", "Group project meeting"),
        UNCHANGED,
        seeds=SCHOOL,
    ),
    case(
        "what's coming up in january",
        says("Book summer holiday"),
        lacks("Renew car tax", "Dentist check-up"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "I'm planning my week and I'm a bit overwhelmed tbh. what's on my list for friday the "
        "4th? I might need to move stuff around",
        says("Service the boiler"),
        lacks("Buy an advent calendar", "Take Biscuit to the groomer"),
        UNCHANGED,
        seeds=HOME,
    ),
    case(
        "anything due in the next two weeks?",
        says("Call the landlord", "Dentist check-up"),
        lacks("Book summer holiday"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
    case(
        "what's due after christmas",
        says("Book summer holiday"),
        lacks("Renew car tax", "Call the landlord", "Buy dog food"),
        UNCHANGED,
        seeds=WORK_WEEK,
    ),
)

# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "make it high priority",
        titled("Buy a new kettle", priority="high"),
        before="add buy a new kettle",
    ),
    case(
        "actually make it urgent",
        titled("Finish the grant proposal", priority="urgent", due=FRIDAY),
        before="add finish the grant proposal for friday",
    ),
    case("move it to saturday", titled("Wash the car", due=SATURDAY), before="add wash the car"),
    case(
        "push it a day",
        titled("Submit the visa form", due=SATURDAY),
        before="add submit the visa form on friday",
    ),
    case(
        "and tag it work",
        titled("Prepare the onboarding doc", tags=["work"]),
        before="add prepare the onboarding doc",
    ),
    case(
        "set a reminder for it tomorrow at 8",
        titled("Water the tomatoes", reminder="Friday 27 November 2026, 08:00"),
        before="add water the tomatoes",
    ),
    case(
        "make that every week",
        rule_of("Clean the bathroom", "FREQ=WEEKLY"),
        before="add clean the bathroom",
    ),
    case(
        "rename it to 'Ring grandma'",
        titled("Ring grandma"),
        before="add call grandma",
    ),
    case(
        "make it low priority, it's not that important",
        titled("Sort the spice rack", priority="low"),
        before="add sort the spice rack",
    ),
    case(
        "oops, undo that",
        titled("Book a table at Luigi's", status="deleted"),
        before="add book a table at Luigi's",
    ),
    case(
        "actually delete that",
        titled("Pick up the dry cleaning", status="deleted"),
        before="add pick up the dry cleaning",
    ),
    case(
        "undo",
        state(0, status="pending"),
        seeds=("Do the laundry", "Iron the shirts"),
        before="mark do the laundry as complete",
    ),
    case(
        "oh wait, undo, I didn't mean to delete it",
        state(0, status="pending"),
        seeds=("Plan the team offsite",),
        before="delete plan the team offsite",
    ),
    case(
        "the first one",
        just_one(0, 1, status="completed"),
        seeds=("Pay electricity bill", "Pay water bill"),
        before="mark the bill as paid",
    ),
    case(
        "the water one",
        state(1, status="deleted"),
        state(0, status="pending"),
        seeds=("Pay electricity bill", "Pay water bill"),
        before="delete the bill task",
    ),
    case(
        "both",
        state(0, status="deleted"),
        state(1, status="deleted"),
        seeds=("Pay electricity bill", "Pay water bill"),
        before="delete the bill task",
    ),
    case(
        "the one with the bank",
        state(1, status="deleted"),
        state(0, status="pending"),
        seeds=("Team meeting notes", "Meeting with the bank advisor"),
        before="delete the meeting task",
    ),
    case(
        "delete that too",
        state(1, status="deleted"),
        state(0, status="deleted"),
        seeds=("Old gym plan", "Old diet plan"),
        before=("delete old gym plan", "find the diet plan"),
    ),
    case(
        "the second one is done",
        state(1, status="completed"),
        state(0, status="pending"),
        state(2, status="pending"),
        seeds=("Walk the dog", "Clean the oven", "Order printer ink"),
        before="show my tasks",
    ),
    case(
        "delete the last one",
        state(0, status="deleted"),
        state(1, status="pending"),
        state(2, status="pending"),
        seeds=("Walk the dog", "Clean the oven", "Order printer ink"),
        before="show my tasks",
    ),
    case(
        "mark it done",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Renew passport", "Buy sunscreen"),
        before="find the passport task",
    ),
    case(
        "and what about next week?",
        says("Group project meeting"),
        lacks("Revise for the maths quiz", "French oral exam"),
        UNCHANGED,
        seeds=SCHOOL,
        before="what's due tomorrow?",
    ),
    case(
        "and tomorrow?",
        says("Buy dog food"),
        lacks("Call the landlord", "Renew car tax"),
        UNCHANGED,
        seeds=WORK_WEEK,
        before="anything due today?",
    ),
)

# 8. The contract's table said differently, search, tags, reopen, restore; then safety.
TABLE: tuple[Case, ...] = (
    case(
        "could you add a task to pick up the groceries",
        added(title="Pick up the groceries", status="pending"),
    ),
    case("Add buy groceries pls", added(title="Buy groceries")),
    case(
        "what's on my plate?",
        says("Buy milk", "Call mom", "Book flights"),
        UNCHANGED,
        seeds=THREE,
    ),
    case(
        "shwo me evrything i have",
        says("Buy milk", "Call mom", "Book flights"),
        UNCHANGED,
        seeds=THREE,
    ),
    case(
        "what's still open?",
        says("Call mom"),
        lacks("Buy milk"),
        UNCHANGED,
        seeds=("Call mom", Seed("Buy milk", state="completed")),
    ),
    case(
        "what do i still need to do",
        says("Book flights"),
        lacks("Water the plants"),
        UNCHANGED,
        seeds=("Book flights", Seed("Water the plants", state="completed")),
    ),
    case("task {0} is done", state(0, status="completed"), seeds=THREE),
    case(
        "please tick off number {0}",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Buy milk", "Call mom"),
    ),
    case(
        "get rid of the meeting task",
        state(0, status="deleted"),
        state(1, status="pending"),
        seeds=("Prepare the meeting agenda", "Buy a plant"),
    ),
    case(
        "remove 'buy a plant' from my list",
        state(1, status="deleted"),
        state(0, status="pending"),
        seeds=("Prepare the meeting agenda", "Buy a plant"),
    ),
    case(
        'change task {0} to "Phone the bank"',
        state(0, title="Phone the bank"),
        seeds=("Call the bank",),
    ),
    case(
        "can you rename buy milk to buy oat milk",
        state(0, title="Buy oat milk"),
        seeds=("Buy milk",),
    ),
    case("I need to remember to pay the bills", added(title="Pay the bills")),
    case("i need to rember to book the MOT for the car", added(title="Book the MOT for the car")),
    case(
        "what have I finished so far?",
        says("Water the plants"),
        lacks("Pay the bills"),
        UNCHANGED,
        seeds=(Seed("Water the plants", state="completed"), "Pay the bills"),
    ),
    case(
        "show completed",
        says("Hang the picture"),
        lacks("Fix the doorbell"),
        UNCHANGED,
        seeds=(Seed("Hang the picture", state="completed"), "Fix the doorbell"),
    ),
    case(
        "find my tasks about the passport",
        says("Renew passport", "Photo for passport"),
        lacks("Buy sunscreen"),
        UNCHANGED,
        seeds=("Renew passport", "Buy sunscreen", "Photo for passport"),
    ),
    case(
        "anything about the dentist?",
        says("Book the dentist"),
        lacks("Buy toothpaste"),
        UNCHANGED,
        seeds=("Book the dentist", "Buy toothpaste"),
    ),
    case(
        "search for insurance",
        says("Renew home insurance"),
        lacks("Fix the gate"),
        UNCHANGED,
        seeds=("Renew home insurance", "Fix the gate"),
    ),
    case(
        "tag the tax return with finance",
        state(0, tags=["finance"]),
        nothing_added(),
        seeds=("File the tax return",),
    ),
    case(
        "put the work tag on prepare the slides",
        state(0, tags=["work"]),
        nothing_added(),
        seeds=("Prepare the slides", "Buy paint"),
    ),
    case(
        "remove the work tag from the slides task",
        state(0, tags=[]),
        seeds=(Seed("Prepare the slides", fields={"tags": ["work"]}),),
    ),
    case(
        "take the home tag off buy paint",
        state(0, tags=[], status="pending"),
        seeds=(Seed("Buy paint", fields={"tags": ["home"]}),),
    ),
    case(
        "show me everything tagged errands",
        says("Post the parcel"),
        lacks("Write the report"),
        UNCHANGED,
        seeds=(
            Seed("Post the parcel", fields={"tags": ["errands"]}),
            Seed("Write the report", fields={"tags": ["work"]}),
        ),
    ),
    case(
        "I didn't actually finish the essay, can you reopen it?",
        state(0, status="pending"),
        seeds=(Seed("Finish the history essay", state="completed"),),
    ),
    case(
        "mark 'call the bank' as not done",
        state(0, status="pending"),
        seeds=(Seed("Call the bank", state="completed"),),
    ),
    case(
        "bring back the piano lesson task, i deleted it by mistake",
        state(0, status="pending"),
        seeds=(Seed("Book a piano lesson", state="deleted"),),
    ),
    case(
        "restore the deleted dentist task",
        state(0, status="pending"),
        seeds=(Seed("Call the dentist", state="deleted"), "Buy toothpaste"),
    ),
)

SAFETY: tuple[Case, ...] = (
    case("delete the call task", UNCHANGED, seeds=("Call mom", "Call dad")),
    case(
        "mark the report as done",
        UNCHANGED,
        says("Write the sales report", "Proofread the annual report"),
        seeds=("Write the sales report", "Proofread the annual report"),
    ),
    case("remove the bill one", UNCHANGED, seeds=("Pay the gas bill", "Pay the phone bill")),
    case(
        "move the meeting to friday",
        UNCHANGED,
        seeds=("Meeting with Tom", "Meeting with HR"),
    ),
    case(
        "i finished the call",
        UNCHANGED,
        seeds=("Call the plumber", "Call the vet"),
    ),
    case("thanks!", UNCHANGED, seeds=THREE),
    case("lol", UNCHANGED, seeds=THREE),
    case("what's the weather like in Berlin tomorrow?", UNCHANGED, seeds=THREE),
    case("ok cool", UNCHANGED, seeds=THREE),
    case("who won the football last night", UNCHANGED, seeds=THREE),
    case("asdfgh", UNCHANGED, seeds=THREE),
    case("you're the best 😊", UNCHANGED, seeds=THREE),
)

FIFTH_VOICE: tuple[Case, ...] = (
    WRAPPERS + REPEATS + FACTS + EDITS + REMINDERS + WINDOWS + FOLLOW_UPS + TABLE + SAFETY
)
