"""A development set in a ninth voice: everyday requests to the chat, written apart from the engine.

These cases were written by someone who never opened the engine (nothing under ``src/``), never
read the chat documentation (``docs/chat.md``) and never read the cases of the other sets: only
the product contract (``PRODUCT.md``: the data model, the MCP tools, the chat section), how a
conversation is played (``conftest.py``) and the helpers and docstrings at the top of
``corpus.py``, ``held_out.py``, ``held_out_second.py`` and ``held_out_fourth.py``. No sentence
was run through the engine while writing. The expectations are what an ordinary user would
expect of a task manager, judged by the effect on the task list and a few words of the reply;
where the words leave the meaning open, every reasonable reading is accepted.

The ninth voice is many people rather than one, each heard in every family: a retired
schoolteacher writing formally with full punctuation; an Indian English office worker
("kindly", "prepone", "do the needful", "revert back"); a South African ("just now", "now
now", "braai", "bakkie"); a Singaporean ("can or not", "lah", "already"); a nurse on shifts
with 24-hour times and night shifts; a sales rep in a hurry ("mtg", "w/", "EOD", "asap", "fu"
for follow up); French, Italian, Polish, Chinese and Japanese speakers writing English with a
learner's slips (dropped articles, tenses, word order, "at 8h", "the monday"); messages with
emoji; and long messages where the request comes at the end of a story.

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words, with dates, times, priority, tags, notes.
2. ``REPEATS``: repeats said in words, on a new task or an existing one; changed or stopped.
3. ``FACTS``: statements of fact that mean "done" complete the task named and nothing else;
   negatives, plans and questions change nothing.
4. ``EDITS``: priority up, down, set or removed; due date moved, set or cleared; rename;
   description set, added to or cleared; tags added or removed.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, also relative to its
   due date ("the evening before", "an hour before"); no task is added.
6. ``WINDOWS``: a day, the weekend, next week, a month, a span of dates, overdue, a tag: the
   reply names what is in the window, leaves out what is not, and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "it", "that",
   corrections, positions in a list just shown, undo, "and X too", "both".
8. ``TABLE_AND_SAFETY``: the contract's table said differently (add, list, pending, complete,
   delete, rename, "I need to remember", completed, search, tags, reopen, restore); and safety:
   an ambiguous request asks and changes nothing; small talk, questions about the product and
   nonsense change nothing.

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. "This week" is left out, as it may end on Sunday
or run seven days. Seeded times carry Berlin's winter offset (+01:00). Tasks are checked as the
tools report them (``status``, ``priority``, ``tags``, ``description``, ``due`` and
``reminder`` spoken in the user's zone, "Friday 27 November 2026" for a whole day and "Friday
27 November 2026, 09:00" with a time, ``recurrence`` as RRULE text). Titles are expected with
their first letter capitalised. A list of seeded tasks without dates shows the latest seeded
first, so after ``show my tasks`` "the first one" is the last seed.

Beside the helpers of the held-out sets, one check is defined here: :func:`withdrawn` (the
task added earlier in the conversation is deleted again: there is a task, and every task is
deleted), for "delete that" or "cancel that" right after an add whose exact title is not what
the case is about.
"""

from __future__ import annotations

from .corpus import UNCHANGED, Case, Check, Outcome, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out_fourth import (
    CLEARED,
    EVENING,
    MONDAY_14_DEC,
    MORNING,
    SUNDAY_20_DEC,
    TUESDAY_8_DEC,
    WEEKDAY_RULES,
    berlin,
    described,
    done,
    fresh,
    gone,
    named,
    reminded,
    repeats,
    s,
    spoken,
    tagged,
    untouched_except,
    when,
)
from .held_out_second import (
    FRIDAY_NEXT,
    NEXT_WEEK,
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
)

__all__ = ["NINTH_VOICE", "withdrawn"]

SHOWN = "show my tasks"
SATURDAY_12_DEC = "Saturday 12 December 2026"
TUESDAY_15_DEC = "Tuesday 15 December 2026"
FRIDAY_15_JAN = "Friday 15 January 2027"
NEXT_TUESDAYS = (TUESDAY_NEXT, TUESDAY_8_DEC)


class _Withdrawn(Check):
    """At least one task exists, and every task is deleted."""

    def problem(self, out: Outcome) -> str | None:
        if not out.after:
            return "expected the task added earlier, deleted; there is no task at all"
        left = [task["title"] for task in out.after.values() if task.get("status") != "deleted"]
        return (
            f"expected the task added earlier to be deleted; still there: {left}" if left else None
        )


def withdrawn() -> Check:
    """Expect the task added earlier in the conversation to be deleted again."""
    return _Withdrawn("withdrawn")


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED: tuple[Case, ...] = (
    case(
        "Would you be so kind as to add a task for me: to return the library books on Saturday.",
        fresh("Return the library books", "Return library books"),
        when(SATURDAY),
    ),
    case(
        "Kindly add one task to submit the TDS form by Monday, it is urgent.",
        fresh("Submit the TDS form", "Submit TDS form", priority="urgent"),
        when(MONDAY),
    ),
    case(
        "Please put down 'buy charcoal for the braai' for Saturday morning",
        fresh("Buy charcoal for the braai"),
        when(SATURDAY, hours=MORNING),
    ),
    case(
        "add task collect parcel from POPStation tomorrow can or not",
        fresh("Collect parcel from POPStation"),
        when(FRIDAY),
    ),
    case(
        "add restock drug trolley sat 06:30",
        fresh("Restock drug trolley", due=spoken(SATURDAY, "06:30")),
    ),
    case(
        "add mtg w/ Acme procurement fri 10am, high prio",
        fresh(
            "Mtg w/ Acme procurement",
            "Meeting with Acme procurement",
            priority="high",
            due=spoken(FRIDAY, "10:00"),
        ),
    ),
    case(
        "Add for me the task call the plumber tomorrow at 8h",
        fresh("Call the plumber", due=spoken(FRIDAY, "08:00")),
    ),
    case(
        "I must remember to bring the car at the mechanic the monday",
        fresh("Bring the car at the mechanic", "Bring the car to the mechanic"),
        when(MONDAY),
    ),
    case(
        "Add task: pay for kindergarten, to Friday",
        fresh("Pay for kindergarten"),
        when(FRIDAY),
    ),
    case(
        "Tomorrow afternoon 3 o'clock I need go to bank, please help me add",
        fresh("Go to bank", "Go to the bank", due=spoken(FRIDAY, "15:00")),
    ),
    case(
        "Please add the task of 'send the new year cards', deadline is 15 December.",
        fresh("Send the new year cards", "Send new year cards"),
        when(TUESDAY_15_DEC),
    ),
    case(
        "🛒 add groceries for sunday 🥦🥕 #home",
        fresh("Groceries"),
        when(SUNDAY),
        tagged("home"),
    ),
    case(
        "So my sister called last night and we talked for ages about mum's birthday. She's "
        "turning seventy on the 12th and we still haven't decided whether to do a lunch or a "
        "dinner, and of course nobody has booked anything yet. Anyway, long story short: add a "
        "task to book a table at Da Mario for the 12th of December.",
        fresh("Book a table at Da Mario"),
        when(SATURDAY_12_DEC),
    ),
    case(
        "Please add a task, 'Prepare the reading list for the book club', due next Wednesday; "
        "in the notes, kindly write: include at least two poetry collections.",
        fresh("Prepare the reading list for the book club"),
        when(WEDNESDAY_NEXT),
        described("poetry"),
    ),
    case(
        "Please add task to revert back to Mr. Iyer on the quotation by today, high priority",
        fresh(
            "Revert back to Mr. Iyer on the quotation",
            "Revert to Mr. Iyer on the quotation",
            priority="high",
        ),
        when(TODAY),
    ),
    case(
        "Remind me to fetch the kids from school at 14:30 today",
        fresh("Fetch the kids from school"),
        when(TODAY, fields=("due", "reminder"), hours=[14]),
    ),
    case(
        "add fu Dave re pricing asap #sales",
        fresh(
            "Fu Dave re pricing",
            "Follow up Dave re pricing",
            "Follow up with Dave re pricing",
            priority=("high", "urgent"),
        ),
        tagged("sales"),
    ),
    case(
        "Add 'renew BLS certificate' by 14 December, tag it training and work",
        fresh("Renew BLS certificate"),
        when(MONDAY_14_DEC),
        tagged("training", "work"),
    ),
    case(
        "Eh add one more lah, renew road tax before 1 Dec",
        fresh("Renew road tax"),
        when((MONDAY, TUESDAY_NEXT)),
    ),
    case(
        "Add a task very important: I must to call the insurance tomorrow morning",
        fresh("Call the insurance", priority=("high", "urgent")),
        when(FRIDAY, hours=MORNING),
    ),
    case(
        "Please create task 'Change winter tyres' with the low priority, without date.",
        fresh("Change winter tyres", priority="low", due=CLEARED),
    ),
    case(
        "Add task buy red packets for Chinese New Year, put tag family",
        fresh("Buy red packets for Chinese New Year", "Buy red packets"),
        tagged("family"),
    ),
    case(
        "Excuse me, could you add 'pick up dry cleaning' for the day after tomorrow? "
        "Thank you very much.",
        fresh("Pick up dry cleaning"),
        when(SATURDAY),
    ),
    case(
        "⏰ dentist tmrw 16:15 pls add 🦷",
        fresh("Dentist", due=spoken(FRIDAY, "16:15")),
    ),
    case(
        "I've been meaning to sort out the garage for months; honestly it has become a shrine "
        "to broken bicycles and old paint tins, and my husband says the council collects bulky "
        "waste if you book it in advance. Could you add 'book bulky waste collection' for "
        "Monday, with a note saying two bikes and one old fridge?",
        fresh("Book bulky waste collection"),
        when(MONDAY),
        described("fridge"),
    ),
    case(
        "Add the task 'buy the panettone' for the 20 december with tag christmas",
        fresh("Buy the panettone"),
        when(SUNDAY_20_DEC),
        tagged("christmas"),
    ),
    case(
        "Add a task for tomorrow 10 AM: call the CA regarding GST filing. Please do the needful.",
        fresh("Call the CA regarding GST filing", due=spoken(FRIDAY, "10:00")),
    ),
    case(
        "Can you add 'service the bakkie' for next Tuesday, it's not urgent, low priority is fine",
        fresh("Service the bakkie", priority="low"),
        when(NEXT_TUESDAYS),
    ),
    case(
        "add 'order compression socks' for after my night shift, sat 08:00",
        fresh("Order compression socks", due=spoken(SATURDAY, "08:00")),
    ),
    case(
        "Kindly create the following task: 'Write to the council about the potholes on Elm "
        "Road'. It should be due on Friday the 4th of December, with high priority, and tagged "
        "'community'.",
        fresh("Write to the council about the potholes on Elm Road", priority="high"),
        when(FRIDAY_NEXT),
        tagged("community"),
    ),
)

# 2. Repeats said in words, on a new task or an existing one; a repeat changed or stopped.
REPEATS: tuple[Case, ...] = (
    case(
        "Please add a task to water the orchids every Sunday morning.",
        repeats("FREQ=WEEKLY", called=("Water the orchids",), either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "Kindly add 'submit timesheet' every Friday 5 PM.",
        repeats(
            "FREQ=WEEKLY",
            called=("Submit timesheet",),
            either=(on("BYDAY=FR", "Friday"), at(17)),
        ),
    ),
    case(
        "Add 'put the wheelie bin out' every Tuesday evening please",
        repeats(
            "FREQ=WEEKLY",
            called=("Put the wheelie bin out",),
            either=(on("BYDAY=TU", "Tuesday"),),
        ),
    ),
    case(
        "Add pay handphone bill every month on 5th can?",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay handphone bill",),
            either=(on("BYMONTHDAY=5", " 5 December"),),
        ),
    ),
    case(
        "add 'check glucometer QC' every day at 07:00",
        repeats("FREQ=DAILY", called=("Check glucometer QC",), either=(at(7),)),
    ),
    case(
        "add weekly pipeline review mon 9am",
        repeats(
            "FREQ=WEEKLY",
            called=("Pipeline review", "Weekly pipeline review"),
            either=(on("BYDAY=MO", "Monday"), at(9)),
        ),
    ),
    case(
        "Add a task: to call my grand-mother each sunday",
        repeats(
            "FREQ=WEEKLY",
            called=("Call my grand-mother", "Call my grandmother"),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "I want a task 'gym' every monday, wednesday and friday at 18",
        repeats("FREQ=WEEKLY;BYDAY=MO,WE,FR", called=("Gym",), either=(at(18),)),
    ),
    case(
        "Add task to pay the rent every month in the 10th day",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay the rent",),
            either=(on("BYMONTHDAY=10", " 10 December"),),
        ),
    ),
    case(
        "Every two weeks I need clean the fish tank, please add",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=DAILY;INTERVAL=14",
            called=("Clean the fish tank",),
        ),
    ),
    case(
        "Please make the task 'take out recyclables' to repeat every other Wednesday.",
        repeats("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14", task=0),
        untouched_except(0),
        seeds=("Take out recyclables",),
    ),
    case(
        "💊 take vitamins every morning 8am ☀️",
        repeats("FREQ=DAILY", called=("Take vitamins",), either=(at(8),)),
    ),
    case(
        "I should like 'Telephone Aunt Margaret' to recur on the first Sunday of every month.",
        repeats("FREQ=MONTHLY;BYDAY=1SU", "FREQ=MONTHLY;BYDAY=SU;BYSETPOS=1", task=0),
        untouched_except(0),
        seeds=("Telephone Aunt Margaret", "Prune the roses"),
    ),
    case(
        "Please make backup office laptop a weekly task, every Saturday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SA", "Saturday"),)),
        untouched_except(0),
        seeds=("Backup office laptop",),
    ),
    case(
        "The braai with the okes is moving to Sundays from now on",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        untouched_except(0),
        seeds=(s("Braai with the okes", recurrence="FREQ=WEEKLY;BYDAY=SA", due="2026-11-28"),),
    ),
    case(
        "Stop repeating the buy 4D one lah, I quit already",
        one_of(0, recurrence=CLEARED, status=("pending",)),
        untouched_except(0),
        seeds=(s("Buy 4D", recurrence="weekly", due="2026-11-28"),),
    ),
    case(
        "No more repeats on night shift handover prep, I'm off nights from December",
        one_of(0, recurrence=CLEARED),
        untouched_except(0),
        seeds=(
            s(
                "Night shift handover prep",
                recurrence="FREQ=WEEKLY;BYDAY=MO,TU",
                due=berlin("2026-11-30", "18:30"),
            ),
        ),
    ),
    case(
        "call top 10 accts -> every 2 wks not weekly",
        repeats("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14", task=0),
        untouched_except(0),
        seeds=(s("Call top 10 accts", recurrence="weekly", due="2026-11-30"),),
    ),
    case(
        "The task 'water the plants' must repeat each 3 days",
        repeats("FREQ=DAILY;INTERVAL=3", task=0),
        untouched_except(0),
        seeds=("Water the plants",),
    ),
    case(
        "Add my wife birthday, the 3 of march, every year",
        repeats(
            "FREQ=YEARLY",
            called=("My wife birthday", "My wife's birthday", "Wife birthday", "Wife's birthday"),
            either=(on("BYMONTHDAY=3", "3 March"),),
        ),
    ),
    case(
        "Task check work email should repeat on every working day",
        repeats(*WEEKDAY_RULES, task=0),
        untouched_except(0),
        seeds=("Check work email",),
    ),
    case(
        "Practice piano don't need repeat anymore, my teacher go on holiday",
        one_of(0, recurrence=CLEARED),
        untouched_except(0),
        seeds=(s("Practice piano", recurrence="daily", due="2026-11-27"),),
    ),
    case(
        "Please change the morning run to 5:30 every day from tomorrow.",
        repeats("FREQ=DAILY", task=0),
        when(FRIDAY, task=0, hours=[5]),
        untouched_except(0),
        seeds=(s("Morning run", recurrence="daily", due=berlin("2026-11-27", "06:00")),),
    ),
    case(
        "🏋️ add leg day every Tuesday and Thursday #fitness 💪",
        repeats("FREQ=WEEKLY;BYDAY=TU,TH", called=("Leg day",)),
        tagged("fitness"),
    ),
    case(
        "My neighbour Mrs. Okafor is in hospital for a few weeks after her hip operation, and I "
        "promised her I would look after her cat, Biscuit, who is very old and very fussy about "
        "his food. Her daughter comes at the weekends. So please add: feed Biscuit every weekday "
        "at 8.",
        repeats(*WEEKDAY_RULES, called=("Feed Biscuit",), either=(at(8),)),
    ),
    case(
        "Please add 'Pay the water rates' every three months, starting on the 1st of December.",
        repeats("FREQ=MONTHLY;INTERVAL=3", called=("Pay the water rates",)),
        when(TUESDAY_NEXT),
    ),
    case(
        "Kindly add task 'water the tulsi plant' on alternate days",
        repeats("FREQ=DAILY;INTERVAL=2", called=("Water the tulsi plant",)),
    ),
    case(
        "I'm doing lift club on Mondays and Wednesdays now, please update",
        repeats("FREQ=WEEKLY;BYDAY=MO,WE", task=0),
        untouched_except(0),
        seeds=(s("Lift club driving", recurrence="FREQ=WEEKLY;BYDAY=MO", due="2026-11-30"),),
    ),
    case(
        "Add team makan every last friday of the month",
        repeats(
            "FREQ=MONTHLY;BYDAY=-1FR",
            "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1",
            called=("Team makan",),
        ),
    ),
    case(
        "weekly report: no more repeat pls, one-off from now",
        one_of(0, recurrence=CLEARED, status=("pending",)),
        untouched_except(0),
        seeds=(s("Send weekly report", recurrence="weekly", due="2026-11-27"),),
    ),
)

# 3. Statements of fact that mean "done"; negatives, plans and questions change nothing.
FACTS: tuple[Case, ...] = (
    case(
        "I am pleased to report that the letter to the parish council has been posted.",
        *done(0),
        seeds=("Post the letter to the parish council", "Buy stamps"),
    ),
    case(
        "Electricity bill payment is done.",
        *done(0),
        seeds=("Pay electricity bill", "Book cab for airport"),
    ),
    case(
        "Sorted the braai wood, so that's one thing off the list",
        *done(0),
        seeds=("Get braai wood", "Marinate the chops"),
    ),
    case(
        "I'll phone the plumber just now, after lunch",
        UNCHANGED,
        seeds=("Phone the plumber",),
    ),
    case(
        "Renew passport settled already lah",
        *done(0),
        seeds=("Renew passport", "Book hotel in Penang"),
    ),
    case(
        "Did I pay the conservancy charges or not ah?",
        UNCHANGED,
        seeds=("Pay conservancy charges",),
    ),
    case(
        "Finished the fire safety e-learning at 03:00 on night shift, finally",
        *done(0),
        seeds=("Fire safety e-learning", "Update vaccination record"),
    ),
    case(
        "Haven't had time for the vaccination record yet, 12h shifts all week",
        UNCHANGED,
        seeds=("Update vaccination record",),
    ),
    case(
        "sent proposal to Globex ✔",
        *done(0),
        seeds=("Send proposal to Globex", "Prep demo for Initech"),
    ),
    case(
        "still need to prep Initech demo, not started",
        UNCHANGED,
        seeds=("Prep demo for Initech", "Send proposal to Globex"),
    ),
    case(
        "I have finished to read the contract yesterday",
        *done(0),
        seeds=("Read the contract", "Sign the contract"),
    ),
    case(
        "The car is been washed finally",
        *done(0),
        seeds=("Wash the car", "Buy the car wax"),
    ),
    case(
        "Tax declaration I already sent",
        *done(0),
        seeds=("Send tax declaration", "Pay property tax"),
    ),
    case(
        "Already buy the train tickets yesterday",
        *done(0),
        seeds=("Buy train tickets", "Book hotel in Shanghai"),
    ),
    case(
        "I finished the kanji homework, so please mark it.",
        *done(0),
        seeds=("Kanji homework", "Grammar exercises"),
    ),
    case(
        "✅ gym",
        *done(0),
        seeds=("Gym", "Groceries"),
    ),
    case(
        "❌ still didn't call the landlord 😩",
        UNCHANGED,
        seeds=("Call the landlord",),
    ),
    case(
        "What a morning. The boiler made that banging noise again, the cat was sick on the rug, "
        "and I was late for the school run. But on the bright side, I managed to get the car "
        "insurance renewed over the phone while I was waiting at the garage.",
        *done(0),
        seeds=("Renew car insurance", "Fix the boiler"),
    ),
    case(
        "Have I already returned the library books? I cannot recall.",
        UNCHANGED,
        seeds=("Return the library books",),
    ),
    case(
        "Cheque deposit got done in the morning itself",
        *done(0),
        seeds=("Deposit cheque", "Collect passport"),
    ),
    case(
        "The kids' school fees are paid, finally",
        *done(0),
        seeds=("Pay school fees", "Buy school shoes"),
    ),
    case(
        "Haven't book the aircon servicing yet",
        UNCHANGED,
        seeds=("Book aircon servicing",),
    ),
    case(
        "Drug round audit - completed 22:40",
        *done(0),
        seeds=("Drug round audit", "Order dressings"),
    ),
    case(
        "Closed the Hooli deal!! 🎉",
        *done(0),
        seeds=("Close Hooli deal", "Call Hooli legal"),
    ),
    case(
        "I did not yet call the bank, maybe tomorrow",
        UNCHANGED,
        seeds=("Call the bank",),
    ),
    case(
        "Dentist and haircut both already finish today",
        *done(0, 1),
        seeds=("Dentist", "Haircut", "Buy shampoo"),
    ),
    case(
        "I am going to send the report to Tanaka-san soon.",
        UNCHANGED,
        seeds=("Send the report to Tanaka-san",),
    ),
    case(
        "Finally fixed the bike, it took me whole weekend",
        *done(0),
        seeds=("Fix the bike", "Buy new bike lights"),
    ),
    case(
        "The gift for Giulia is bought, but the card not yet",
        *done(0),
        seeds=("Buy gift for Giulia", "Write card for Giulia"),
    ),
    case(
        "The minutes of the residents' meeting were typed up and circulated on Tuesday.",
        *done(0),
        seeds=("Type up the minutes of the residents' meeting", "Book the hall for January"),
    ),
)

# 4. Edits: priority, due date, rename, description, tags.
EDITS: tuple[Case, ...] = (
    case(
        "Please raise the priority of 'Renew my bus pass'; it has become rather pressing.",
        raised(0),
        untouched_except(0),
        seeds=(s("Renew my bus pass", priority="low"),),
    ),
    case(
        "Kindly prepone the vendor call to Monday",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Vendor call", due="2026-12-02"),),
    ),
    case(
        "Please postpone the appraisal form to 4th December",
        when(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Fill appraisal form", due="2026-11-27"),),
    ),
    case(
        "Make the bakkie service less of a priority, it's not urgent anymore",
        lowered(0),
        untouched_except(0),
        seeds=(s("Service the bakkie", priority="urgent"),),
    ),
    case(
        "Change the CPF top-up to high priority can?",
        state(0, priority="high"),
        untouched_except(0),
        seeds=("CPF top-up",),
    ),
    case(
        "move mandatory training from Mon to Wed 13:00 - swapped shifts",
        state(0, due=spoken(WEDNESDAY_NEXT, "13:00")),
        untouched_except(0),
        seeds=(s("Mandatory training", due=berlin("2026-11-30", "09:00")),),
    ),
    case(
        "push Acme mtg to next wk",
        when(NEXT_WEEK, task=0),
        untouched_except(0),
        seeds=(s("Mtg w/ Acme", due=berlin("2026-11-27", "10:00")),),
    ),
    case(
        "For the task 'order the printer ink', remove the priority please, it's not important",
        one_of(0, priority=("none", "low")),
        untouched_except(0),
        seeds=(s("Order the printer ink", priority="high"),),
    ),
    case(
        "Change the name of 'dentist' in 'dentist for Marco'",
        named("Dentist for Marco"),
        gone("Dentist"),
        nothing_added(),
        seeds=("Dentist",),
    ),
    case(
        "Please take away the date from 'paint the fence', I don't know when I will do it",
        state(0, due=None, status="pending"),
        untouched_except(0),
        seeds=(s("Paint the fence", due="2026-11-28"),),
    ),
    case(
        "Tax return deadline is 15 January, put it",
        when(FRIDAY_15_JAN, task=0),
        untouched_except(0),
        seeds=("Tax return",),
    ),
    case(
        "Please add a note to 'Buy a gift for Suzuki-san': she likes green tea.",
        described("green tea", task=0),
        untouched_except(0),
        seeds=("Buy a gift for Suzuki-san",),
    ),
    case(
        "tag the passport renewal as #travel ✈️",
        tagged("travel", task=0),
        untouched_except(0),
        seeds=("Passport renewal",),
    ),
    case(
        "Kindly remove the tag 'urgent' from 'Order new spectacles'; it no longer applies.",
        tagged("health", task=0, without=("urgent",)),
        untouched_except(0),
        seeds=(s("Order new spectacles", tags=["urgent", "health"]),),
    ),
    case(
        "add note to Globex proposal: use 2025 pricing, 10% disc",
        described("2025 pricing", task=0),
        untouched_except(0),
        seeds=("Globex proposal",),
    ),
    case(
        "Clear the notes on the pool pump task, that info's old now",
        one_of(0, description=CLEARED, status=("pending",)),
        untouched_except(0),
        seeds=(s("Fix the pool pump", description="Part no. 4471, ask for Johan"),),
    ),
    case(
        "The BTO appointment shift to next Friday already",
        when(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("BTO appointment", due="2026-11-27"),),
    ),
    case(
        "set priority urgent on 'chase pharmacy re: warfarin'",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=("Chase pharmacy re: warfarin",),
    ),
    case(
        "Kindly rename 'Meeting' to 'Meeting with Sharma ji regarding lease'",
        named("Meeting with Sharma ji regarding lease"),
        gone("Meeting"),
        untouched_except(0),
        seeds=("Meeting", "Pay rent"),
    ),
    case(
        "Move the hairdresser two days later please",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Hairdresser", due=berlin("2026-11-27", "14:00")),),
    ),
    case(
        "The pizza party is not so important, put it more low",
        lowered(0),
        untouched_except(0),
        seeds=(s("Organize the pizza party", priority="high"),),
    ),
    case(
        "To task 'buy presents' add description: for Ola a book, for Kuba a lego",
        described("Ola", "lego", task=0),
        untouched_except(0),
        seeds=("Buy presents",),
    ),
    case(
        "Remove work tag from 'buy printer'",
        tagged("home", task=0, without=("work",)),
        untouched_except(0),
        seeds=(s("Buy printer", tags=["work", "home"]),),
    ),
    case(
        "I am sorry, the piano recital is one week earlier than I said. Please change it.",
        when(THURSDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Piano recital", due="2026-12-10"),),
    ),
    case(
        "My landlord finally replied after three weeks of silence, which, honestly, I had "
        "almost given up on. He says the inspection can happen any weekday but he prefers "
        "mornings, and he'll be away the week after. So: set the flat inspection for next "
        "Tuesday at 9 please.",
        state(0, due=spoken(TUESDAY_NEXT, "09:00")),
        untouched_except(0),
        seeds=("Flat inspection",),
    ),
    case(
        "🗓️ no deadline for 'learn guitar' anymore, remove the date pls 🎸",
        state(0, due=None, status="pending"),
        untouched_except(0),
        seeds=(s("Learn guitar", due="2026-12-01"),),
    ),
    case(
        "bump Initech demo to urgent",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=(s("Initech demo", priority="medium"),),
    ),
    case(
        "Please change the description of 'Bake for the church fete' to read: two Victoria "
        "sponges and a lemon drizzle.",
        described("Victoria sponges", "lemon drizzle", task=0),
        untouched_except(0),
        seeds=(s("Bake for the church fete", description="Scones"),),
    ),
    case(
        "Rename 'braai' to 'Braai at Thabo's'",
        named("Braai at Thabo's"),
        gone("Braai"),
        nothing_added(),
        seeds=("Braai",),
    ),
    case(
        "Add tag family and tag makan to the reunion dinner one",
        tagged("family", "makan", task=0),
        untouched_except(0),
        seeds=("Reunion dinner",),
    ),
)

# 5. Reminders set, moved or cleared on an existing task; no task is added.
REMINDERS: tuple[Case, ...] = (
    case(
        "Would you please remind me about 'Collect the prescription' at half past nine "
        "tomorrow morning?",
        state(0, reminder=spoken(FRIDAY, "09:30")),
        untouched_except(0),
        seeds=("Collect the prescription",),
    ),
    case(
        "Kindly set reminder for 'Pay credit card bill' one day before the due date",
        reminded(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Pay credit card bill", due="2026-12-05"),),
    ),
    case(
        "Remind me about the braai the evening before",
        reminded(FRIDAY, task=0, hours=EVENING),
        untouched_except(0),
        seeds=(s("Braai at Thabo's", due=berlin("2026-11-28", "13:00")),),
    ),
    case(
        "Remind me the dentist one hour before can",
        state(0, reminder=spoken(FRIDAY, "14:00")),
        untouched_except(0),
        seeds=(s("Dentist", due=berlin("2026-11-27", "15:00")),),
    ),
    case(
        "set a reminder for 'Night shift' at 17:30 on Saturday",
        state(0, reminder=spoken(SATURDAY, "17:30")),
        untouched_except(0),
        seeds=(s("Night shift", due=berlin("2026-11-28", "19:00")),),
    ),
    case(
        "ping me 30 min before the Acme mtg",
        state(0, reminder=spoken(FRIDAY, "09:30")),
        untouched_except(0),
        seeds=(s("Mtg w/ Acme", due=berlin("2026-11-27", "10:00")),),
    ),
    case(
        "Remind me for the renew of ID card the monday morning",
        reminded(MONDAY, task=0, hours=MORNING),
        untouched_except(0),
        seeds=("Renew ID card",),
    ),
    case(
        "Move the reminder of 'call the accountant' to friday at 15",
        state(0, reminder=spoken(FRIDAY, "15:00")),
        untouched_except(0),
        seeds=(s("Call the accountant", reminder=berlin("2026-11-26", "16:00")),),
    ),
    case(
        "Delete the reminder from 'Pick up Ola from swimming', I remember myself",
        state(0, reminder=None, status="pending", due=spoken(FRIDAY, "17:00")),
        untouched_except(0),
        seeds=(
            s(
                "Pick up Ola from swimming",
                due=berlin("2026-11-27", "17:00"),
                reminder=berlin("2026-11-27", "16:30"),
            ),
        ),
    ),
    case(
        "Tomorrow 8 o'clock morning remind me the library book",
        state(0, reminder=spoken(FRIDAY, "08:00")),
        untouched_except(0),
        seeds=("Return library book",),
    ),
    case(
        "Please notify me about 'Tax payment' two days before its deadline.",
        reminded(TUESDAY_8_DEC, task=0),
        untouched_except(0),
        seeds=(s("Tax payment", due="2026-12-10"),),
    ),
    case(
        "🔔 remind me abt the vet appt tonight at 8",
        state(0, reminder=spoken(TODAY, "20:00")),
        untouched_except(0),
        seeds=(s("Vet appointment", due="2026-11-27"),),
    ),
    case(
        "I used to forget the bins every single week, so I had the app nag me on Sunday "
        "nights, but now my son has taken it on as his chore (with some bribery, admittedly). "
        "So you can turn off the reminder on 'put the bins out'.",
        state(0, reminder=None, status="pending"),
        untouched_except(0),
        seeds=(s("Put the bins out", reminder=berlin("2026-11-29", "20:00")),),
    ),
    case(
        "Kindly move the reminder for 'Choir practice' to an hour earlier.",
        state(0, reminder=spoken(TUESDAY_NEXT, "17:00")),
        untouched_except(0),
        seeds=(
            s(
                "Choir practice",
                due=berlin("2026-12-01", "19:00"),
                reminder=berlin("2026-12-01", "18:00"),
            ),
        ),
    ),
    case(
        "Please remind me on the morning of the interview",
        reminded(THURSDAY_NEXT, task=0, hours=MORNING),
        untouched_except(0),
        seeds=(s("Interview at Infosys", due=berlin("2026-12-03", "14:00")),),
    ),
    case(
        "Remind me about the pool chemicals in an hour, otherwise I'll forget",
        state(0, reminder=spoken(TODAY, "12:00")),
        untouched_except(0),
        seeds=("Buy pool chemicals",),
    ),
    case(
        "No need remind me for the yoga class already",
        state(0, reminder=None, status="pending"),
        untouched_except(0),
        seeds=(
            s(
                "Yoga class",
                due=berlin("2026-11-28", "09:00"),
                reminder=berlin("2026-11-28", "08:00"),
            ),
        ),
    ),
    case(
        "reminder for 'Bloods for Mr Patel' at 21:00 the night before",
        state(0, reminder=spoken(FRIDAY, "21:00")),
        untouched_except(0),
        seeds=(s("Bloods for Mr Patel", due=berlin("2026-11-28", "06:00")),),
    ),
    case(
        "remind me re Hooli contract fri AM",
        reminded(FRIDAY, task=0, hours=MORNING),
        untouched_except(0),
        seeds=("Hooli contract",),
    ),
    case(
        "Can you change the reminder of the dinner with Sophie, put it at 18h instead of 17h",
        state(0, reminder=spoken(SATURDAY, "18:00")),
        untouched_except(0),
        seeds=(
            s(
                "Dinner with Sophie",
                due=berlin("2026-11-28", "20:00"),
                reminder=berlin("2026-11-28", "17:00"),
            ),
        ),
    ),
    case(
        "Remind me one day before of the parents meeting",
        reminded(TUESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Parents meeting at school", due=berlin("2026-12-02", "17:00")),),
    ),
    case(
        "Set reminder for vet with Burek on Monday 10:00",
        state(0, reminder=spoken(MONDAY, "10:00")),
        untouched_except(0),
        seeds=("Vet with Burek",),
    ),
    case(
        "Cancel the remind of 'pay water bill', not need",
        state(0, reminder=None),
        untouched_except(0),
        seeds=(s("Pay water bill", due="2026-11-30", reminder=berlin("2026-11-29", "10:00")),),
    ),
    case(
        "Please remind me 15 minutes before the online lesson.",
        state(0, reminder=spoken(TODAY, "18:45")),
        untouched_except(0),
        seeds=(s("Online English lesson", due=berlin("2026-11-26", "19:00")),),
    ),
    case(
        "⏰➡️ push the reminder on 'call grandma' to Sunday 11:00",
        state(0, reminder=spoken(SUNDAY, "11:00")),
        untouched_except(0),
        seeds=(s("Call grandma", reminder=berlin("2026-11-28", "11:00")),),
    ),
    case(
        "We have been trying to get an appointment with the specialist since August, and the "
        "earliest they could offer was next Thursday at 14:20, in the other hospital across "
        "town, naturally. Parking there is a nightmare, so I will need to leave early. Could you "
        "set a reminder on the specialist appointment for 12:30 that day?",
        state(0, reminder=spoken(THURSDAY_NEXT, "12:30")),
        untouched_except(0),
        seeds=(s("Specialist appointment", due=berlin("2026-12-03", "14:20")),),
    ),
    case(
        "Please remind me the evening before 'Visit the optician'.",
        reminded(MONDAY, task=0, hours=EVENING),
        untouched_except(0),
        seeds=(s("Visit the optician", due="2026-12-01"),),
    ),
    case(
        "Set reminder on 'revert to client on quotation' today 4 PM",
        state(0, reminder=spoken(TODAY, "16:00")),
        untouched_except(0),
        seeds=("Revert to client on quotation",),
    ),
    case(
        "The reminder for the MC collection change to 2 hours before",
        state(0, reminder=spoken(FRIDAY, "15:00")),
        untouched_except(0),
        seeds=(
            s(
                "Collect MC from clinic",
                due=berlin("2026-11-27", "17:00"),
                reminder=berlin("2026-11-27", "16:30"),
            ),
        ),
    ),
    case(
        "kill the reminder on expense report",
        state(0, reminder=None, status="pending"),
        untouched_except(0),
        seeds=(s("Expense report", due="2026-11-30", reminder=berlin("2026-11-30", "09:00")),),
    ),
)

# 6. Windows: the reply names what is in the window, leaves out what is not; nothing changes.
WINDOWS: tuple[Case, ...] = (
    case(
        "What have I got on for Friday, if you please?",
        says("Hairdresser"),
        lacks("Choir"),
        UNCHANGED,
        seeds=(
            s("Hairdresser appointment", due=berlin("2026-11-27", "10:00")),
            s("Choir practice", due="2026-12-01"),
        ),
    ),
    case(
        "What all tasks are there for today?",
        says("TDS"),
        lacks("cab"),
        UNCHANGED,
        seeds=(s("Submit TDS form", due="2026-11-26"), s("Book cab for airport", due="2026-11-30")),
    ),
    case(
        "What's on the go this weekend?",
        says("Braai", "Church"),
        lacks("bakkie"),
        UNCHANGED,
        seeds=(
            s("Braai at Thabo's", due=berlin("2026-11-28", "13:00")),
            s("Service the bakkie", due="2026-12-01"),
            s("Church bazaar", due="2026-11-29"),
        ),
    ),
    case(
        "Next week got what ah?",
        says("Tampines", "makan"),
        lacks("road tax"),
        UNCHANGED,
        seeds=(
            s("Dentist at Tampines", due="2026-12-02"),
            s("Renew road tax", due="2026-11-27"),
            s("Team makan", due="2026-12-04"),
        ),
    ),
    case(
        "what do I have between 1 and 3 december",
        says("Mandatory training", "Ward 7"),
        lacks("Dentist"),
        UNCHANGED,
        seeds=(
            s("Mandatory training", due=berlin("2026-12-01", "13:00")),
            s("Night shift on ward 7", due=berlin("2026-12-03", "19:00")),
            s("Dentist", due="2026-12-07"),
        ),
    ),
    case(
        "whats overdue rn",
        says("Wayne"),
        lacks("Stark"),
        UNCHANGED,
        seeds=(
            s("Send quote to Wayne Corp", due="2026-11-24"),
            s("Call Stark Industries", due="2026-11-30"),
        ),
    ),
    case(
        "Which tasks I have in december?",
        says("Christmas tree"),
        lacks("gas", "Winter sales"),
        UNCHANGED,
        seeds=(
            s("Buy the Christmas tree", due="2026-12-12"),
            s("Pay the gas", due="2026-11-27"),
            s("Winter sales", due="2027-01-09"),
        ),
    ),
    case(
        "Show me the tasks with tag casa",
        says("tap"),
        lacks("boss"),
        UNCHANGED,
        seeds=(s("Fix the tap", tags=["casa"]), s("Call the boss", tags=["lavoro"])),
    ),
    case(
        "What I have tomorrow?",
        says("kindergarten"),
        lacks("tyres"),
        UNCHANGED,
        seeds=(s("Pay for kindergarten", due="2026-11-27"), s("Change tyres", due="2026-11-30")),
    ),
    case(
        "Monday what task I have?",
        says("bank"),
        lacks("red packets"),
        UNCHANGED,
        seeds=(
            s("Go to bank", due=berlin("2026-11-30", "15:00")),
            s("Buy red packets", due="2026-12-01"),
        ),
    ),
    case(
        "Could you tell me the tasks whose deadline is already passed?",
        says("DVD"),
        lacks("new year"),
        UNCHANGED,
        seeds=(
            s("Return rental DVD", due="2026-11-20"),
            s("Send new year cards", due="2026-12-15"),
        ),
    ),
    case(
        "📅 what have I got on today, anything? 🤔",
        says("Yoga"),
        lacks("Groceries"),
        UNCHANGED,
        seeds=(s("Yoga", due=berlin("2026-11-26", "18:00")), s("Groceries", due="2026-11-28")),
    ),
    case(
        "I'm trying to plan a little trip to see my brother in Leeds; he has just had twins and "
        "I haven't met them yet. I think the week after next might work, but I want to be sure "
        "I'm not abandoning anything important. What have I got due between the 7th and the "
        "13th of December?",
        says("Dentist"),
        lacks("Book club", "MOT"),
        UNCHANGED,
        seeds=(
            s("Dentist check-up", due="2026-12-09"),
            s("Book club", due="2026-12-03"),
            s("Car MOT", due="2026-12-14"),
        ),
    ),
    case(
        "Please list all tasks tagged 'garden'.",
        says("roses"),
        lacks("newsletter"),
        UNCHANGED,
        seeds=(
            s("Prune the roses", tags=["garden"]),
            s("Post the parish newsletter", tags=["church"]),
        ),
    ),
    case(
        "Which tasks have crossed their deadline?",
        says("insurance"),
        lacks("society"),
        UNCHANGED,
        seeds=(
            s("Renew car insurance", due="2026-11-25"),
            s("Pay society maintenance", due="2026-11-30"),
        ),
    ),
    case(
        "Anything on next week?",
        says("Rugby"),
        lacks("domestic"),
        UNCHANGED,
        seeds=(
            s("Rugby practice", due="2026-12-01"),
            s("Pay the domestic worker", due="2026-11-27"),
        ),
    ),
    case(
        "January got anything or not?",
        says("parking"),
        lacks("pineapple"),
        UNCHANGED,
        seeds=(
            s("Renew season parking", due="2027-01-05"),
            s("Buy pineapple tarts", due="2026-12-20"),
        ),
    ),
    case(
        "what have I got on Wednesday 2nd?",
        says("Occupational"),
        lacks("Night shift"),
        UNCHANGED,
        seeds=(
            s("Occupational health", due=berlin("2026-12-02", "09:30")),
            s("Night shift", due=berlin("2026-12-03", "19:00")),
        ),
    ),
    case(
        "show #sales stuff",
        says("Dave"),
        lacks("Gym"),
        UNCHANGED,
        seeds=(s("Fu w/ Dave", tags=["sales"]), s("Gym", tags=["personal"])),
    ),
    case(
        "What I must do on the week-end?",
        says("balcony"),
        lacks("notary"),
        UNCHANGED,
        seeds=(s("Clean the balcony", due="2026-11-29"), s("Call the notary", due="2026-11-30")),
    ),
    case(
        "Which tasks from today until sunday?",
        says("panettone"),
        lacks("tap"),
        UNCHANGED,
        seeds=(s("Buy the panettone", due="2026-11-28"), s("Fix the tap", due="2026-12-01")),
    ),
    case(
        "Show me what is late",
        says("internet"),
        lacks("boots"),
        UNCHANGED,
        seeds=(s("Pay internet", due="2026-11-23"), s("Buy winter boots", due="2026-12-05")),
    ),
    case(
        "December 5 I have what task?",
        says("Fish tank"),
        lacks("Bank"),
        UNCHANGED,
        seeds=(
            s("Fish tank cleaning", due="2026-12-05"),
            s("Bank appointment", due="2026-12-04"),
        ),
    ),
    case(
        "What is scheduled for the day after tomorrow?",
        says("Tea ceremony"),
        lacks("Kanji"),
        UNCHANGED,
        seeds=(s("Tea ceremony lesson", due="2026-11-28"), s("Kanji test", due="2026-11-27")),
    ),
    case(
        "🏠 list everything tagged home",
        says("doorbell"),
        lacks("Quarterly"),
        UNCHANGED,
        seeds=(s("Fix the doorbell", tags=["home"]), s("Quarterly report", tags=["work"])),
    ),
    case(
        "My daughter keeps asking whether we can go to her in-laws for a weekend in December, "
        "and I keep saying I'll check, and then I don't, because honestly I'm scared of what "
        "I'll find. Right, deep breath: what's due next month?",
        says("Christmas cards"),
        lacks("gym", "rent"),
        UNCHANGED,
        seeds=(
            s("Write Christmas cards", due="2026-12-10"),
            s("Renew gym membership", due="2027-01-04"),
            s("Pay rent", due="2026-11-27"),
        ),
    ),
    case(
        "What is due today or tomorrow?",
        says("plumber", "prescription"),
        lacks("Choir"),
        UNCHANGED,
        seeds=(
            s("Telephone the plumber", due="2026-11-26"),
            s("Collect the prescription", due="2026-11-27"),
            s("Choir practice", due="2026-12-01"),
        ),
    ),
    case(
        "Kindly show office tasks for next week",
        says("Appraisal"),
        lacks("Parent", "Team lunch"),
        UNCHANGED,
        seeds=(
            s("Appraisal meeting", due="2026-12-02", tags=["office"]),
            s("Parent-teacher meeting", due="2026-12-02", tags=["family"]),
            s("Team lunch", due="2026-12-10", tags=["office"]),
        ),
    ),
    case(
        "What have I let slip? Anything overdue?",
        says("licence"),
        lacks("grid"),
        UNCHANGED,
        seeds=(
            s("Renew car licence disc", due="2026-11-20"),
            s("Clean the braai grid", due="2026-11-28"),
        ),
    ),
    case(
        "This Saturday what I need to do ah",
        says("parcel"),
        lacks("makan"),
        UNCHANGED,
        seeds=(
            s("Collect parcel from POPStation", due="2026-11-28"),
            s("Team makan", due="2026-11-27"),
        ),
    ),
)

# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "Would you make that high priority, please?",
        named("Write to the bank about the standing order", priority="high"),
        nothing_added(),
        before="Please add a task to write to the bank about the standing order.",
    ),
    case(
        "Sorry, not Friday, kindly make it Monday",
        when(MONDAY, title="Call the CA"),
        nothing_added(),
        before="Add task call the CA on Friday",
    ),
    case(
        "Tick off number two on that list, hey",
        *done(1),
        seeds=("Buy boerewors", "Phone the plumber", "Fetch the kids' uniforms"),
        before=SHOWN,
    ),
    case(
        "Wait wait undo, haven't pay actually",
        state(0, status="pending"),
        seeds=("Pay conservancy charges",),
        before="pay conservancy charges done already",
    ),
    case(
        "and 'check fridge temps' too, same time",
        named("Check fridge temps", due=spoken(SATURDAY, "07:00")),
        before="add 'order dressings' for Sat 07:00",
    ),
    case(
        "make it 2pm",
        when(FRIDAY, title="Call Wayne Corp", hours=[14]),
        nothing_added(),
        before="add call Wayne Corp fri",
    ),
    case(
        "I did both this morning",
        *done(0, 1),
        seeds=("Buy bread", "Buy cheese", "Call Sophie"),
        before="What I have to buy?",
    ),
    case(
        "Delete it, my husband called him already",
        one_of(0, status=("deleted", "completed")),
        untouched_except(0),
        seeds=("Call the plumber for the boiler", "Buy olive oil"),
        before="When I must call the plumber?",
    ),
    case(
        "Third one please delete",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Buy winter tyres", "Pay for kindergarten", "Call the mechanic"),
        before=SHOWN,
    ),
    case(
        "That one put tag travel",
        tagged("travel", title="Buy train tickets to Shanghai"),
        nothing_added(),
        before="Add task buy train tickets to Shanghai",
    ),
    case(
        "Excuse me, I made a mistake. It is Nakamura-san, not Tanaka-san.",
        named("Send a report to Nakamura-san"),
        gone("Send a report to Tanaka-san"),
        nothing_added(),
        before="Please add 'Send a report to Tanaka-san' for Friday.",
    ),
    case(
        "👍 and remind me friday 6pm 🙏",
        reminded(FRIDAY, title="Order cake for Mia's party", hours=[18]),
        nothing_added(),
        before="add order cake for Mia's party on saturday",
    ),
    case(
        "Oh, hang on. I've just looked at my emails and the payment actually bounced because "
        "the card had expired, so it isn't really done at all. Can you undo that?",
        state(0, status="pending"),
        seeds=("Renew the car insurance",),
        before="Renew the car insurance is done",
    ),
    case(
        "The first and the last of those are done.",
        *done(0, 2),
        seeds=("Prune the roses", "Return the library books", "Telephone Aunt Margaret"),
        before=SHOWN,
    ),
    case(
        "Kindly do the needful and close the TDS one",
        *done(1),
        seeds=("Revert to Mr. Iyer", "Submit TDS form"),
        before="Show my pending tasks",
    ),
    case(
        "And phoned Gran too",
        *done(2),
        seeds=("Pay the domestic worker", "Buy boerewors", "Phone Gran"),
        before="Paid the domestic worker",
    ),
    case(
        "Put high priority for that lah",
        named("Renew passport", priority="high"),
        nothing_added(),
        before="Add renew passport",
    ),
    case(
        "sorry 07:15 not 07:30",
        named("Handover meeting", due=spoken(FRIDAY, "07:15")),
        nothing_added(),
        before="add 'handover meeting' tomorrow 07:30",
    ),
    case(
        "actually push the Initech one to wed same time",
        named("Mtg w/ Initech", "Meeting with Initech", due=spoken(WEDNESDAY_NEXT, "09:00")),
        nothing_added(),
        before=("add mtg w/ Initech mon 9am", "add lunch w/ Dave tue"),
    ),
    case(
        "And for tomorrow?",
        says("bread"),
        lacks("gas"),
        UNCHANGED,
        seeds=(s("Pay the gas", due="2026-11-26"), s("Buy bread", due="2026-11-27")),
        before="What I have today?",
    ),
    case(
        "The one of the dentist",
        *done(1),
        seeds=("Call the accountant", "Call the dentist"),
        before="The call is done",
    ),
    case(
        "Oh no, bring it back please",
        state(0, status="pending"),
        seeds=("Paint the fence",),
        before="delete paint the fence",
    ),
    case(
        "Both delete please",
        state(0, status="deleted"),
        state(1, status="deleted"),
        untouched_except(0, 1),
        seeds=("Buy lantern", "Buy red packets", "Clean fish tank"),
        before="Show me buy tasks",
    ),
    case(
        "Please move it to Tuesday.",
        when(TUESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Tea ceremony lesson", due="2026-11-30"),),
        before="What is on Monday?",
    ),
    case(
        "✅ the 2nd one",
        *done(1),
        seeds=("Gym", "Groceries", "Laundry"),
        before=SHOWN,
    ),
    case(
        "Oh, I'm so sorry, I've just remembered that Monday is when the vet is closed for staff "
        "training; they put a sign up last time we were there, a big yellow one. Please make it "
        "Tuesday instead.",
        when(TUESDAY_NEXT, title="Book the vet for Biscuit"),
        nothing_added(),
        before="Add a task to book the vet for Biscuit on Monday",
    ),
    case(
        "Please postpone it by one week.",
        when(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Visit the optician", due="2026-11-27"),),
        before="When is my visit to the optician?",
    ),
    case(
        "Kindly add same tag to leave application also",
        tagged("office", task=1),
        nothing_added(),
        seeds=("Appraisal form", "Leave application"),
        before="Add tag office to 'Appraisal form'",
    ),
    case(
        "Jislaaik. Move that to Monday then",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Renew car licence disc", due="2026-11-20"),),
        before="What's overdue?",
    ),
    case(
        "nvm delete that",
        withdrawn(),
        before="add fu Dave re quote",
    ),
    case(
        "Aiyo cancel that lah, wrong one",
        withdrawn(),
        before="Add task buy durian for Saturday",
    ),
)

# 8. The contract's table said differently, and safety.
TABLE_AND_SAFETY: tuple[Case, ...] = (
    case(
        "I would be grateful if you could add a task to buy groceries.",
        fresh("Buy groceries"),
    ),
    case(
        "Kindly show all my tasks",
        says("TDS", "cab"),
        UNCHANGED,
        seeds=("Submit TDS form", "Book cab"),
    ),
    case(
        "What's still outstanding?",
        says("Braai"),
        lacks("gardener"),
        UNCHANGED,
        seeds=("Braai shopping", s("Pay the gardener", "completed")),
    ),
    case(
        "Task {0} mark as done can",
        *done(0),
        seeds=("Buy durian", "Top up EZ-Link"),
    ),
    case(
        "delete the teaching session task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Teaching session on sepsis", "Order dressings"),
    ),
    case(
        "chg task {0} to 'Call Dave re renewal'",
        named("Call Dave re renewal"),
        nothing_added(),
        seeds=("Call Dave",),
    ),
    case(
        "I need to remember to pay the bills of electricity",
        fresh(
            "Pay the bills of electricity",
            "Pay the electricity bills",
            "Pay the electricity bill",
        ),
    ),
    case(
        "What I have completed?",
        says("panettone"),
        lacks("tap"),
        UNCHANGED,
        seeds=(s("Buy the panettone", "completed"), "Fix the tap"),
    ),
    case(
        "Find task about kindergarten",
        says("kindergarten"),
        lacks("tyres"),
        UNCHANGED,
        seeds=("Pay for kindergarten", "Buy tyres"),
    ),
    case(
        "What tags I have?",
        says("family", "work"),
        UNCHANGED,
        seeds=(s("Visit parents", tags=["family"]), s("Finish slides", tags=["work"])),
    ),
    case(
        "I am sorry, the 'Kanji homework' is not finished actually. Please make it open again.",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Kanji homework", "completed"),),
    ),
    case(
        "♻️ bring back the deleted 'Water plants' task",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Water plants", "deleted"),),
    ),
    case(
        "My elderly neighbour stopped me in the street this morning to complain, again, that "
        "the streetlight outside number 14 has been flickering for a month, and since I am "
        "apparently the only person on this road who knows how to use a telephone, I said I "
        "would deal with it. So I need to remember to call the council about the streetlight.",
        fresh("Call the council about the streetlight"),
    ),
    case(
        "Pending tasks kindly share",
        says("TDS"),
        lacks("cab"),
        UNCHANGED,
        seeds=("Submit TDS form", s("Book cab", "completed")),
    ),
    case(
        "rm task {0}",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Old lead list", "Call Dave"),
    ),
    case(
        "Please delete the appointment.",
        says("Dentist", "Optician"),
        UNCHANGED,
        seeds=("Dentist appointment", "Optician appointment"),
    ),
    case(
        "Meeting is done",
        says("Sharma", "vendor"),
        UNCHANGED,
        seeds=("Meeting with Sharma ji", "Meeting with vendor"),
    ),
    case(
        "Howzit! I'll chat to you now now, just grabbing a coffee",
        UNCHANGED,
        seeds=("Buy boerewors",),
    ),
    case(
        "Ok thanks lah, very shiok",
        UNCHANGED,
        seeds=("Top up EZ-Link",),
    ),
    case(
        "does this thing sync with my phone?",
        UNCHANGED,
        seeds=("Order dressings",),
    ),
    case(
        "qwerty zxcv lkjh ;;",
        UNCHANGED,
        seeds=("Call Dave",),
    ),
    case(
        "It is possible to share the tasks with my husband?",
        UNCHANGED,
        seeds=("Buy bread",),
    ),
    case(
        "Move the call to Monday",
        UNCHANGED,
        seeds=("Call the accountant", "Call the dentist"),
    ),
    case(
        "Good morning, how are you today?",
        UNCHANGED,
        seeds=("Change winter tyres",),
    ),
    case(
        "What are the things you can do? Please explain me.",
        UNCHANGED,
    ),
    case(
        "Thank you always for your help.",
        UNCHANGED,
        seeds=("Kanji homework",),
    ),
    case(
        "😂😂😂 omg 🙈",
        UNCHANGED,
        seeds=("Gym",),
    ),
    case(
        "I just wanted to say that the last few weeks have been really hard, what with work and "
        "my mum being poorly, but keeping everything written down here has honestly helped a "
        "lot. That's all, no need to do anything.",
        UNCHANGED,
        seeds=("Visit mum",),
    ),
    case(
        "Please mark the letter as done.",
        UNCHANGED,
        seeds=("Write the letter to the parish", "Post the letter to the council"),
    ),
    case(
        "The durian one done already",
        UNCHANGED,
        seeds=("Buy durian for mum", "Buy durian for office party"),
    ),
)

NINTH_VOICE: tuple[Case, ...] = (
    WRAPPED + REPEATS + FACTS + EDITS + REMINDERS + WINDOWS + FOLLOW_UPS + TABLE_AND_SAFETY
)
