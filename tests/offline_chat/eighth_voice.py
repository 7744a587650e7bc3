"""A development set of everyday requests to the chat, in an eighth voice.

These cases were written apart from the offline engine: by someone who never opened anything
under ``src/`` (not the assistant, its phrase lists and families, the date reader nor the
quick-add parser), never read the chat documentation (``docs/chat.md``) and never read the
cases of the other sets, only their helpers and docstrings. They come from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section), from how a conversation is
played (``conftest.py``) and from what an ordinary user of a task manager would expect. No
sentence was run through the engine while writing. It is a development set: its misses may be
read and worked on, but a sentence is never rewritten to suit the engine.

The voice is a mix of people who do not write like the other sets: non-native English word
orders ("please you change the date of X", "the tickets I have bought them already"),
Scottish, Irish and Australian colloquial speech ("the morra", "Saturday week", "arvo", "the
car's after being washed"), voice dictation without punctuation, an executive assistant
writing crisply ("Board dinner: priority urgent."), a student in lowercase with typos, someone
who names the task first and then says what to do ("dentist — move to monday"), tags written
as ``#words`` and as plain words, and messages of two or three sentences with chatter around
the request.

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words, with dates, times, priority, tags, notes.
2. ``REPEATS``: repeats said in words, on a new task or an existing one; a repeat changed
   ("from weekly to monthly", "every tuesday now instead of monday") or stopped.
3. ``FACTS``: statements of fact that mean "done", also inside chatter, complete the task
   they name and leave the others alone; negatives, questions and hedges change nothing.
4. ``EDITS``: priority (a step, or a level; taken off), due date moved, set or cleared, a
   meeting named by its time, rename, description set or cleared, tags added or removed.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task (the task named in an
   earlier sentence, two reminders in one message, "in 30 min", "half nine"); no task added.
6. ``WINDOWS``: a day, the weekend, next week, the rest of the week, a span of dates,
   overdue, a tag, and "and the week after?" as a follow-up: the reply names what is in the
   window, leaves out what is not, and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): corrections ("oops i
   meant monday"), undo, "change that to high priority and tag it health", reopen ("not done
   really"), positions in a list.
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending,
   complete, delete, rename, "I need to remember", completed) with search, tags, reopen and
   restore; and safety: an ambiguous request asks and changes nothing, and a message that is
   not a request changes nothing.

The clock is the one of the other sets: Thursday 26 November 2026, 11:00 in Berlin, the user's
zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs from
Monday 30 November to Sunday 6 December. Seeded times carry Berlin's winter offset (+01:00).
Tasks are checked as the tools report them (``status``, ``priority``, ``tags``, ``due`` and
``reminder`` spoken in the user's zone, ``recurrence`` as RRULE text), by their effect on the
task list and a few key words of the reply; where the words leave the meaning open, every
reasonable reading is accepted.
"""

from __future__ import annotations

from .corpus import UNCHANGED, Case, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out_fourth import (
    CLEARED,
    EVENING,
    MONDAY_14_DEC,
    MORNING,
    THURSDAY_10_DEC,
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
    SATURDAY_NEXT,
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
)

__all__ = ["EIGHTH_VOICE"]

WEDNESDAY_9_DEC = "Wednesday 9 December 2026"
TUESDAY_15_DEC = "Tuesday 15 December 2026"
FRIDAY_18_DEC = "Friday 18 December 2026"
SUNDAY_31_JAN = "Sunday 31 January 2027"
WEEKEND = (SATURDAY, SUNDAY)
AFTERNOON = range(12, 18)


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED: tuple[Case, ...] = (
    case(
        "please you add for me a task to renew the passport, it must be done until friday",
        fresh("Renew the passport", "Renew passport"),
        when(FRIDAY),
    ),
    case(
        "need to get the car serviced, stick it in for the 18th of december would ya",
        fresh("Get the car serviced", "Car serviced", "Get car serviced"),
        when(FRIDAY_18_DEC),
    ),
    case(
        "add task call the plumber about the leaking tap tomorrow at 8 in the morning",
        fresh("Call the plumber about the leaking tap", due=spoken(FRIDAY, "08:00")),
    ),
    case(
        "New task: Board pack to printers. Due Mon 30 Nov, 10:00. Priority high. Tag: board.",
        fresh("Board pack to printers", priority="high", due=spoken(MONDAY, "10:00")),
        tagged("board"),
    ),
    case(
        "hav to finish the stats assignmnet by wed, its kinda urgent",
        fresh(
            "Finish the stats assignmnet",
            "Finish stats assignmnet",
            priority=("high", "urgent"),
        ),
        when(WEDNESDAY_NEXT),
    ),
    case(
        "gym membership renewal — add it, due end of the month",
        fresh("Gym membership renewal"),
        when(MONDAY),
    ),
    case(
        "buy wrapping paper #christmas #shopping",
        fresh("Buy wrapping paper"),
        tagged("christmas", "shopping"),
    ),
    case(
        "add pick up the dry cleaning, tag it errands",
        fresh("Pick up the dry cleaning"),
        tagged("errands"),
    ),
    case(
        "reckon I'd better book the ute in for rego, chuck it on the list for Monday arvo",
        fresh("Book the ute in for rego"),
        when(MONDAY),
    ),
    case(
        "mind and add 'phone the council about the bins' for the morra",
        fresh("Phone the council about the bins"),
        when(FRIDAY),
    ),
    case(
        "make task which is to send the invoice to Müller GmbH, important one, on monday please",
        fresh("Send the invoice to Müller GmbH", priority=("high", "urgent")),
        when(MONDAY),
    ),
    case(
        "add 'Pick up Gran from the airport' Saturday 2pm — notes: flight EI 354, terminal 2",
        fresh("Pick up Gran from the airport", due=spoken(SATURDAY, "14:00")),
        described("EI 354"),
    ),
    case(
        "Long week. My sister's birthday is on the 3rd and I always forget. Can you add a task "
        "to order her a present by Tuesday?",
        fresh("Order her a present", "Order a present for my sister", "Order my sister a present"),
        when(TUESDAY_NEXT),
    ),
    case(
        "remind me to water the plants on sunday evening",
        fresh("Water the plants"),
        when(SUNDAY, fields=("due", "reminder"), hours=EVENING),
    ),
    case(
        "jot down: cancel the gym free trial before the 4th",
        fresh("Cancel the gym free trial"),
        when((THURSDAY_NEXT, FRIDAY_NEXT)),
    ),
    case(
        "Add: Confirm caterer headcount. Fri 09:00. Urgent.",
        fresh("Confirm caterer headcount", priority="urgent", due=spoken(FRIDAY, "09:00")),
    ),
    case(
        "can u add 'renew car insurance' low priority no rush",
        fresh("Renew car insurance", priority="low"),
    ),
    case(
        "would you ever put down to ring the landlord about the boiler, tomorrow evening sometime",
        fresh("Ring the landlord about the boiler"),
        when(FRIDAY, hours=EVENING),
    ),
    case(
        "the tickets for the concert i must buy them, put it for saturday",
        fresh(
            "Buy the tickets for the concert",
            "Buy tickets for the concert",
            "Buy the concert tickets",
            "Buy concert tickets",
        ),
        when(SATURDAY),
    ),
    case(
        "pay council tax #home #bills due 1st december",
        fresh("Pay council tax"),
        tagged("home", "bills"),
        when(TUESDAY_NEXT),
    ),
    case(
        "add a to-do for next friday: submit expenses, tag work, high prio",
        fresh("Submit expenses", priority="high"),
        tagged("work"),
        when((FRIDAY_NEXT, FRIDAY)),
    ),
    case(
        "i want to add one task. it is 'prepare slides for Tuesday meeting'. the date is monday.",
        fresh("Prepare slides for Tuesday meeting"),
        when(MONDAY),
    ),
    case(
        "New: Q4 forecast review with finance, 3 Dec 14:30, tag finance, note: bring last "
        "year's numbers",
        fresh("Q4 forecast review with finance", due=spoken(THURSDAY_NEXT, "14:30")),
        tagged("finance"),
        described("last year"),
    ),
    case("add hoover the stairs", fresh("Hoover the stairs")),
    case(
        "put on the list that i have to collect the parcel from the post office, it's been "
        "sitting there since tuesday",
        fresh("Collect the parcel from the post office", due=CLEARED),
    ),
    case(
        "new task email the school about the trip consent form high priority",
        fresh("Email the school about the trip consent form", priority="high"),
    ),
    case(
        "Add 'Call Dr. Patel' for 4.15pm today",
        fresh("Call Dr. Patel", due=spoken(TODAY, "16:15")),
    ),
    case(
        "add a task - dentist checkup on the 9th at quarter past ten",
        fresh("Dentist checkup", due=spoken(WEDNESDAY_9_DEC, "10:15")),
    ),
    case(
        "need to sort the recycling tonight, chuck it on",
        fresh("Sort the recycling"),
        when(TODAY),
    ),
    case(
        "could you please add a task called 'Fix bike brakes' with the tag #cycling and a note "
        "saying the rear pads are worn",
        fresh("Fix bike brakes"),
        tagged("cycling"),
        described("rear pads"),
    ),
    case(
        "hiya, could ye add 'get the Christmas tree' for Saturday week",
        fresh("Get the Christmas tree"),
        when(SATURDAY_NEXT),
    ),
    case(
        "Please log: Renew office lease. Due 15 Dec. Note: landlord wants 3 months' notice.",
        fresh("Renew office lease"),
        when(TUESDAY_15_DEC),
        described("3 months"),
    ),
)

# 2. Repeats said in words: new or existing tasks; a repeat changed or stopped.
REPEATS: tuple[Case, ...] = (
    case(
        "make task which repeat every saturday: clean the bathroom",
        repeats(
            "FREQ=WEEKLY",
            called=("Clean the bathroom",),
            either=(on("BYDAY=SA", "Saturday"),),
        ),
    ),
    case(
        "put the bins out every tuesday night, would ye",
        repeats(
            "FREQ=WEEKLY",
            called=("Put the bins out",),
            either=(on("BYDAY=TU", "Tuesday"),),
        ),
    ),
    case(
        "water the tomatoes daily at 7am",
        repeats("FREQ=DAILY", called=("Water the tomatoes",), either=(at(7),)),
    ),
    case(
        "pay rent on the first of every month",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay rent",),
            either=(("BYMONTHDAY=1", "1 December"),),
        ),
    ),
    case(
        "add a task to call grandma every sunday afternoon",
        repeats(
            "FREQ=WEEKLY",
            called=("Call grandma",),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "Recurring: Team sync prep, Mondays 08:30.",
        repeats(
            "FREQ=WEEKLY",
            called=("Team sync prep",),
            either=(on("BYDAY=MO", "Monday"), at(8, 30)),
        ),
    ),
    case(
        "every two weeks: clean out the fridge",
        repeats("FREQ=WEEKLY;INTERVAL=2", called=("Clean out the fridge",)),
    ),
    case(
        "take my vitamins every morning",
        repeats("FREQ=DAILY", called=("Take my vitamins", "Take vitamins")),
    ),
    case(
        "laundry evry sunday pls",
        repeats("FREQ=WEEKLY", called=("Laundry",), either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "weekdays at 9 check the support inbox",
        repeats(*WEEKDAY_RULES, called=("Check the support inbox",), either=(at(9),)),
    ),
    case(
        "yearly: renew the domain name, 14 december",
        repeats("FREQ=YEARLY", called=("Renew the domain name",)),
        when(MONDAY_14_DEC),
    ),
    case(
        "do the payroll check every last friday of the month",
        repeats(
            "FREQ=MONTHLY;BYDAY=-1FR",
            "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=FR",
            called=("Do the payroll check", "Payroll check"),
        ),
    ),
    case(
        "water the plants should happen every 3 days",
        repeats("FREQ=DAILY;INTERVAL=3", task=0),
        untouched_except(0),
        seeds=("Water the plants", "Buy compost"),
    ),
    case(
        "make team standup notes repeat every weekday",
        repeats(*WEEKDAY_RULES, task=0),
        untouched_except(0),
        seeds=("Team standup notes",),
    ),
    case(
        "call mum, every sunday from now on",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        untouched_except(0),
        seeds=("Call Mum", "Call the bank"),
    ),
    case(
        "budget review from weekly to monthly please",
        repeats("FREQ=MONTHLY", task=0),
        untouched_except(0),
        seeds=(s("Budget review", recurrence="FREQ=WEEKLY", due="2026-11-30"),),
    ),
    case(
        "piano lesson is every tuesday now instead of monday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=TU", "Tuesday"),)),
        untouched_except(0),
        seeds=(
            s(
                "Piano lesson",
                recurrence="FREQ=WEEKLY;BYDAY=MO",
                due=berlin("2026-11-30", "17:00"),
            ),
        ),
    ),
    case(
        "the stand-up only needs to happen on weekdays now",
        repeats(*WEEKDAY_RULES, task=0),
        untouched_except(0),
        seeds=(s("Stand-up", recurrence="FREQ=DAILY", due=berlin("2026-11-27", "09:30")),),
    ),
    case(
        "clean the fridge — every other week is enough",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        untouched_except(0),
        seeds=(s("Clean the fridge", recurrence="FREQ=WEEKLY", due="2026-11-28"),),
    ),
    case(
        "change pay the cleaner so it repeats every friday instead of monthly",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=FR", "Friday"),)),
        untouched_except(0),
        seeds=(s("Pay the cleaner", recurrence="FREQ=MONTHLY", due="2026-11-30"),),
    ),
    case(
        "gym: make it tuesdays and thursdays instead",
        repeats("FREQ=WEEKLY;BYDAY=TU,TH", task=0),
        untouched_except(0),
        seeds=(s("Gym", recurrence="FREQ=WEEKLY;BYDAY=MO,WE,FR", due="2026-11-27"),),
    ),
    case(
        "water the plants doesn't need to repeat anymore",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Water the plants", recurrence="FREQ=DAILY", due="2026-11-26"),),
    ),
    case(
        "the piano one — no more repeats thanks",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Piano practice", recurrence="FREQ=DAILY"), "Buy sheet music"),
    ),
    case(
        "sure take the repeat off the bin collection, the council changed the days on us",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Bin collection", recurrence="FREQ=WEEKLY;BYDAY=TU", due="2026-12-01"),),
    ),
    case(
        "Remove recurrence: Monthly invoice run.",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Monthly invoice run", recurrence="FREQ=MONTHLY", due="2026-11-30"),),
    ),
    case(
        "dont repeat morning run any more its way too cold lol",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Morning run", recurrence="FREQ=DAILY", due="2026-11-27"),),
    ),
    case(
        "Can you set up a reminder to take the bins out every Thursday evening?",
        repeats(
            "FREQ=WEEKLY",
            called=("Take the bins out",),
            either=(on("BYDAY=TH", "Thursday"),),
        ),
    ),
    case(
        "quarterly: file VAT return",
        repeats("FREQ=MONTHLY;INTERVAL=3", called=("File VAT return",)),
    ),
    case(
        "add flossing as a daily thing",
        repeats("FREQ=DAILY", called=("Flossing", "Floss")),
    ),
    case(
        "stretching, 3 times a week mon wed fri",
        repeats("FREQ=WEEKLY;BYDAY=MO,WE,FR", task=0),
        untouched_except(0),
        seeds=("Stretching",),
    ),
    case(
        "please the task 'Clean aquarium' you make it repeat each two weeks",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        untouched_except(0),
        seeds=("Clean aquarium", "Feed the fish"),
    ),
)

# 3. Statements of fact that mean "done"; negatives, questions and hedges change nothing.
FACTS: tuple[Case, ...] = (
    case(
        "we sorted out the car insurance yesterday",
        *done(0),
        seeds=("Sort out the car insurance", "Book the MOT"),
    ),
    case(
        "the electricity bill is paid, so you can tick that off",
        *done(0),
        seeds=("Pay the electricity bill", "Pay the water bill"),
    ),
    case(
        "the tickets i have bought them already",
        *done(0),
        seeds=("Buy tickets for the show", "Book the hotel"),
    ),
    case(
        "Busy morning! Dropped the kids at school, then I finally rang the bank about the "
        "mortgage. Now coffee.",
        *done(0),
        seeds=("Ring the bank about the mortgage", "Email the school"),
    ),
    case(
        "didn't manage to finish the slides today, ugh",
        UNCHANGED,
        seeds=("Finish the slides",),
    ),
    case(
        "aye, the boiler's been fixed at last",
        *done(0),
        seeds=("Get the boiler fixed", "Fix the shed door"),
    ),
    case(
        "sweet, the rego's paid for the ute",
        *done(0),
        seeds=("Pay rego for the ute", "Wash the ute"),
    ),
    case(
        "Venue contract signed and returned.",
        *done(0),
        seeds=("Sign venue contract", "Send speaker invites"),
    ),
    case(
        "just letting you know i handed back the library books this morning",
        *done(0),
        seeds=("Return library books", "Renew passport"),
    ),
    case(
        "submited the history essay lol finally",
        *done(0),
        seeds=("Submit history essay", "Read chapter 5"),
    ),
    case(
        "dentist appointment — booked it over the phone",
        *done(0),
        seeds=("Book dentist appointment", "Call the vet"),
    ),
    case(
        "the hotel for Lisbon is booked now",
        *done(0),
        seeds=("Book hotel in Lisbon", "Book flights to Lisbon"),
    ),
    case(
        "haven't called the plumber yet, still need to",
        UNCHANGED,
        seeds=("Call the plumber",),
    ),
    case(
        "the quarterly report isn't finished, not even close",
        UNCHANGED,
        seeds=("Finish the quarterly report",),
    ),
    case(
        "did I already pay the gas bill?",
        UNCHANGED,
        seeds=("Pay the gas bill",),
    ),
    case(
        "Mum's present: wrapped and under the tree",
        *done(0),
        seeds=("Wrap Mum's present", "Buy Dad's present"),
    ),
    case(
        "we got the quote from the builder, finally",
        *done(0),
        seeds=("Get a quote from the builder", "Choose kitchen tiles"),
    ),
    case(
        "grand, the car's after being washed",
        *done(0),
        seeds=("Wash the car", "Hoover the car"),
    ),
    case(
        "paid the nanny, so that's one thing off",
        *done(0),
        seeds=("Pay the nanny", "Pay the cleaner"),
    ),
    case(
        "the form for the visa, I have sent it yesterday",
        *done(0),
        seeds=("Send the visa form", "Print boarding passes"),
    ),
    case(
        "The plumber came round and fixed the kitchen leak, so you can tick that off.",
        *done(0),
        seeds=("Fix the kitchen leak", "Order new taps"),
    ),
    case(
        "flights to Rome sorted ✈️",
        *done(0),
        seeds=("Book flights to Rome", "Book hotel in Rome"),
    ),
    case(
        "couldn't get through to the GP, line was engaged all morning",
        UNCHANGED,
        seeds=("Call the GP",),
    ),
    case(
        "nearly done with the tax return, just the last page left",
        UNCHANGED,
        seeds=("Finish the tax return",),
    ),
    case(
        "Quarterly report: sent to the board at 09:40.",
        *done(0),
        seeds=("Send quarterly report to the board", "Book board dinner"),
    ),
    case(
        "ok the cake for the party has been ordered and the balloons are bought too",
        *done(0, 1),
        seeds=("Order the cake", "Buy balloons", "Send party invites"),
    ),
    case(
        "both the gas and the electric meter readings are submitted",
        *done(0, 1),
        seeds=("Submit gas meter reading", "Submit electric meter reading", "Pay council tax"),
    ),
    case(
        "Oh and I cancelled Netflix last night. Saving money at last!",
        *done(0),
        seeds=("Cancel Netflix", "Cancel Spotify"),
    ),
    case(
        "finaly got the laptop fixed",
        *done(0),
        seeds=("Get laptop fixed", "Buy a laptop bag"),
    ),
    case(
        "the grass has been cut",
        *done(0),
        seeds=("Cut the grass", "Trim the hedge"),
    ),
    case(
        "I forgot to pick up the prescription again",
        UNCHANGED,
        seeds=("Pick up prescription",),
    ),
    case(
        "passport photos: done and dusted",
        *done(0),
        seeds=("Get passport photos", "Fill in passport form"),
    ),
    case(
        "Kids' flu vaccinations? All done this morning, no tears.",
        *done(0),
        seeds=("Kids flu vaccinations", "Kids dentist check"),
    ),
)

# 4. Edits: priority relative or absolute, due moved, set or cleared, rename, description, tags.
EDITS: tuple[Case, ...] = (
    case(
        "please you change the date of the dentist to next thursday",
        when((THURSDAY_NEXT, THURSDAY_10_DEC), task=0),
        untouched_except(0),
        seeds=(s("Dentist appointment", due="2026-11-30"), "Buy toothpaste"),
    ),
    case(
        "dentist — move to monday",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Dentist", due="2026-11-27"),),
    ),
    case(
        "bump up the priority on the tax return",
        raised(0),
        untouched_except(0),
        seeds=(s("Finish the tax return", priority="medium"), "Buy stamps"),
    ),
    case(
        "take the priority off the car wash",
        state(0, priority="none"),
        untouched_except(0),
        seeds=(s("Car wash", priority="high"),),
    ),
    case(
        "set the quarterly report for friday 6pm",
        state(0, due=spoken(FRIDAY, "18:00")),
        untouched_except(0),
        seeds=("Quarterly report", "Book the hall"),
    ),
    case(
        "move the 3pm meeting to 4:30",
        state(0, due=spoken(TODAY, "16:30")),
        untouched_except(0),
        seeds=(
            s("Meeting with Anna", due=berlin("2026-11-26", "15:00")),
            s("Meeting with Tom", due=berlin("2026-11-27", "10:00")),
        ),
    ),
    case(
        "the buy milk task should say buy oat milk instead",
        state(0, title="Buy oat milk"),
        untouched_except(0),
        seeds=("Buy milk", "Buy bread"),
    ),
    case(
        "set the description of the Lisbon trip to: flights via Madrid, hotel near the river",
        described("Madrid", "river", task=0),
        untouched_except(0),
        seeds=("Plan Lisbon trip",),
    ),
    case(
        "clear the notes on the boiler service",
        one_of(0, description=CLEARED),
        untouched_except(0),
        seeds=(s("Boiler service", description="ring Gas Co before 9"),),
    ),
    case(
        "no due date for the garage clear-out anymore, whenever I get to it",
        one_of(0, due=CLEARED),
        untouched_except(0),
        seeds=(s("Garage clear-out", due="2026-11-28"),),
    ),
    case(
        "push the bio lab report back a day",
        state(0, due=TUESDAY_NEXT),
        untouched_except(0),
        seeds=(s("Bio lab report", due="2026-11-30"),),
    ),
    case(
        "Board dinner: priority urgent.",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=("Book board dinner", "Book board room"),
    ),
    case(
        "the MOT can wait, knock it down to low",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("Book the MOT", priority="high"),),
    ),
    case(
        "make the insurance renewal a bit less important",
        lowered(0),
        untouched_except(0),
        seeds=(s("Insurance renewal", priority="high"),),
    ),
    case(
        "the meeting with the landlord, please put it one week later",
        state(0, due=FRIDAY_NEXT),
        untouched_except(0),
        seeds=(s("Meeting with the landlord", due="2026-11-27"),),
    ),
    case(
        "change the dog grooming to saturday at 10",
        state(0, due=spoken(SATURDAY, "10:00")),
        untouched_except(0),
        seeds=(s("Dog grooming", due="2026-11-27"),),
    ),
    case(
        "can you move the haircut from tomorrow to sometime next week",
        one_of(0, due=NEXT_WEEK),
        untouched_except(0),
        seeds=(s("Haircut", due="2026-11-27"),),
    ),
    case(
        "the task 'Call Jon' has wrong name, it should be 'Call John'",
        state(0, title="Call John"),
        untouched_except(0),
        seeds=("Call Jon",),
    ),
    case(
        "retitle the slides one to 'Slides for the Berlin pitch'",
        state(0, title="Slides for the Berlin pitch"),
        untouched_except(0),
        seeds=("Draft slides", "Book train"),
    ),
    case(
        "Tax return: due 31 January.",
        when(SUNDAY_31_JAN, task=0),
        untouched_except(0),
        seeds=("Tax return",),
    ),
    case(
        "add a note to the vet appointment: ask about the flea treatment",
        described("flea treatment", task=0),
        untouched_except(0),
        seeds=("Vet appointment",),
    ),
    case(
        "bin the due date on 'Sort photos'",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Sort photos", due="2026-12-02"),),
    ),
    case(
        "the pitch deck is now top priority",
        one_of(0, priority=("urgent", "high")),
        untouched_except(0),
        seeds=(s("Pitch deck", priority="low"),),
    ),
    case(
        "shift the barbie prep to Sunday arvo",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Barbie prep", due="2026-11-28"),),
    ),
    case(
        "change the time of the call with Priya to 9:15",
        state(0, due=spoken(FRIDAY, "09:15")),
        untouched_except(0),
        seeds=(s("Call with Priya", due=berlin("2026-11-27", "14:00")),),
    ),
    case(
        "tag the plumber one as #home",
        tagged("home", task=0),
        untouched_except(0),
        seeds=("Call the plumber", "Call the accountant"),
    ),
    case(
        "remove the work tag from 'Order printer ink'",
        tagged("office", task=0, without=("work",)),
        untouched_except(0),
        seeds=(s("Order printer ink", tags=["work", "office"]),),
    ),
    case(
        "lower the newsletter one notch",
        state(0, priority="high"),
        untouched_except(0),
        seeds=(s("Write the newsletter", priority="urgent"),),
    ),
    case(
        "Due date for the lease renewal: the 15th of December, 12 noon.",
        state(0, due=spoken(TUESDAY_15_DEC, "12:00")),
        untouched_except(0),
        seeds=("Lease renewal",),
    ),
    case(
        "make the gift shopping medium priority and due saturday",
        state(0, priority="medium"),
        when(SATURDAY, task=0),
        untouched_except(0),
        seeds=("Christmas gift shopping",),
    ),
    case(
        "chnage 'read ch 4' to 'read ch 4 and 5'",
        state(0, title="Read ch 4 and 5"),
        untouched_except(0),
        seeds=("Read ch 4",),
    ),
    case(
        "pull the standup forward to 8:45 tomorrow",
        state(0, due=spoken(FRIDAY, "08:45")),
        untouched_except(0),
        seeds=(s("Standup", due=berlin("2026-11-27", "09:30")),),
    ),
)

# 5. Reminders set, moved or cleared on an existing task; no task is added.
REMINDERS: tuple[Case, ...] = (
    case(
        "remind me about the laundry in 30 min",
        state(0, reminder=spoken(TODAY, "11:30")),
        untouched_except(0),
        seeds=("Laundry",),
    ),
    case(
        "ping me about the dentist at half nine tomorrow morning",
        state(0, reminder=spoken(FRIDAY, "09:30")),
        untouched_except(0),
        seeds=(s("Dentist", due=berlin("2026-11-27", "11:00")),),
    ),
    case(
        "The parent-teacher meeting is on Monday. Can you remind me about it on Sunday evening?",
        reminded(SUNDAY, task=0, hours=EVENING),
        untouched_except(0),
        seeds=(s("Parent-teacher meeting", due="2026-11-30"),),
    ),
    case(
        "remind me about the gas bill tomorrow at 9 and about the car tax on monday at 9",
        state(0, reminder=spoken(FRIDAY, "09:00")),
        state(1, reminder=spoken(MONDAY, "09:00")),
        nothing_added(),
        seeds=("Pay the gas bill", "Pay the car tax"),
    ),
    case(
        "move the reminder for the vet to 5pm",
        state(0, reminder=spoken(FRIDAY, "17:00")),
        untouched_except(0),
        seeds=(s("Vet appointment", due="2026-11-27", reminder=berlin("2026-11-27", "08:00")),),
    ),
    case(
        "no reminder needed for the hair appointment",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Hair appointment", reminder=berlin("2026-11-28", "09:00")),),
    ),
    case(
        "Reminder on CFO call prep: 30 Nov, 08:15.",
        state(0, reminder=spoken(MONDAY, "08:15")),
        untouched_except(0),
        seeds=("CFO call prep",),
    ),
    case(
        "gonnae remind me aboot the bins tonight at 8",
        state(0, reminder=spoken(TODAY, "20:00")),
        untouched_except(0),
        seeds=("Put the bins out",),
    ),
    case(
        "set a reminder for call the bank at quarter to four",
        state(0, reminder=spoken(TODAY, "15:45")),
        untouched_except(0),
        seeds=("Call the bank",),
    ),
    case(
        "remnd me abt the essay 2moro at 10",
        state(0, reminder=spoken(FRIDAY, "10:00")),
        untouched_except(0),
        seeds=("History essay",),
    ),
    case(
        "for the task 'Pay rent' please you give me reminder on the 1st at morning",
        reminded(TUESDAY_NEXT, task=0, hours=MORNING),
        untouched_except(0),
        seeds=("Pay rent",),
    ),
    case(
        "remind me an hour before the 3pm call",
        state(0, reminder=spoken(TODAY, "14:00")),
        untouched_except(0),
        seeds=(s("Call with the bank", due=berlin("2026-11-26", "15:00")),),
    ),
    case(
        "push the reminder on the flu jab to tomorrow, same time",
        state(0, reminder=spoken(FRIDAY, "16:00")),
        untouched_except(0),
        seeds=(s("Flu jab", reminder=berlin("2026-11-26", "16:00")),),
    ),
    case(
        "remind me the day before about the dinner at Marco's",
        reminded(THURSDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Dinner at Marco's", due=berlin("2026-12-04", "19:30")),),
    ),
    case(
        "give me a shout about the plasterer at 7 in the morning, so",
        state(0, reminder=spoken(FRIDAY, "07:00")),
        untouched_except(0),
        seeds=("Ring the plasterer",),
    ),
    case(
        "take the reminder off the yoga class",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Yoga class", reminder=berlin("2026-11-27", "18:00")), "Buy a yoga mat"),
    ),
    case(
        "'Order flowers' — reminder saturday 9am",
        state(0, reminder=spoken(SATURDAY, "09:00")),
        untouched_except(0),
        seeds=("Order flowers",),
    ),
    case(
        "the reminder for the dentist is wrong, it should be at 8 not 9",
        state(0, reminder=spoken(FRIDAY, "08:00")),
        untouched_except(0),
        seeds=(
            s(
                "Dentist",
                due=berlin("2026-11-27", "10:00"),
                reminder=berlin("2026-11-27", "09:00"),
            ),
        ),
    ),
    case(
        "I'll be out all afternoon. Remind me to ring the garage at 4, it's already on my list.",
        state(0, reminder=spoken(TODAY, "16:00")),
        untouched_except(0),
        seeds=("Ring the garage",),
    ),
    case(
        "nudge me about the permission slip in 2 hours",
        state(0, reminder=spoken(TODAY, "13:00")),
        untouched_except(0),
        seeds=("Sign the permission slip",),
    ),
    case(
        "remind me about the footy tickets Sat morning, mate",
        reminded(SATURDAY, task=0, hours=MORNING),
        untouched_except(0),
        seeds=("Buy footy tickets",),
    ),
    case(
        "alert me on monday at 7:45 about the school run swap",
        state(0, reminder=spoken(MONDAY, "07:45")),
        untouched_except(0),
        seeds=("School run swap",),
    ),
    case(
        "can I get a reminder about the christmas cards sometime next week",
        reminded(NEXT_WEEK, task=0),
        untouched_except(0),
        seeds=("Write christmas cards",),
    ),
    case(
        "cancel the reminder for the team lunch but keep the task",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Team lunch", due="2026-11-27", reminder=berlin("2026-11-27", "11:30")),),
    ),
    case(
        "The plumber comes Friday. Set a reminder on that task for 8am that day.",
        state(0, reminder=spoken(FRIDAY, "08:00")),
        untouched_except(0),
        seeds=(s("Plumber visit", due="2026-11-27"),),
    ),
    case(
        "remind me at noon about the pharmacy",
        state(0, reminder=spoken(TODAY, "12:00")),
        untouched_except(0),
        seeds=("Pharmacy pickup",),
    ),
    case(
        "Reminders please: passport renewal Monday 9am, car insurance Tuesday 9am.",
        state(0, reminder=spoken(MONDAY, "09:00")),
        state(1, reminder=spoken(TUESDAY_NEXT, "09:00")),
        nothing_added(),
        seeds=("Passport renewal", "Car insurance"),
    ),
    case(
        "remind me about book club this evening",
        reminded(TODAY, task=0, hours=EVENING),
        untouched_except(0),
        seeds=("Book club",),
    ),
    case(
        "change the reminder on the invoice from friday to monday",
        reminded(MONDAY, task=0, hours=[9]),
        untouched_except(0),
        seeds=(s("Send the invoice", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "half six tomorrow evening remind me about the recycling",
        state(0, reminder=spoken(FRIDAY, "18:30")),
        untouched_except(0),
        seeds=("Sort the recycling",),
    ),
)

# 6. Windows: the reply names what is due in the window, leaves out the rest; nothing changes.
WINDOWS: tuple[Case, ...] = (
    case(
        "what have I got on the morra?",
        says("suit"),
        lacks("quiz"),
        UNCHANGED,
        seeds=(
            s("Collect the suit", due="2026-11-27"),
            s("Team quiz night", due="2026-11-30"),
        ),
    ),
    case(
        "whats on this weekend then",
        says("market", "Gran"),
        lacks("nanny"),
        UNCHANGED,
        seeds=(
            s("Farmers market", due="2026-11-28"),
            s("Lunch at Gran's", due="2026-11-29"),
            s("Pay the nanny", due="2026-11-27"),
        ),
    ),
    case(
        "anything for next week?",
        says("Yoga", "Dentist"),
        lacks("parcel", "landlord"),
        UNCHANGED,
        seeds=(
            s("Yoga class", due="2026-12-01"),
            s("Dentist check", due="2026-12-03"),
            s("Return the parcel", due="2026-11-27"),
            s("Pay the landlord", due="2026-12-07"),
        ),
    ),
    case(
        "what's left for the rest of the week?",
        says("timesheet", "Christmas tree"),
        lacks("Swim"),
        UNCHANGED,
        seeds=(
            s("Submit timesheet", due="2026-11-27"),
            s("Buy a Christmas tree", due="2026-11-28"),
            s("Swim lesson", due="2026-12-01"),
        ),
    ),
    case(
        "anything between the 1st and 5th of December?",
        says("Haircut", "Office party"),
        lacks("Car service", "childminder"),
        UNCHANGED,
        seeds=(
            s("Haircut", due="2026-12-02"),
            s("Office party", due="2026-12-04"),
            s("Car service", due="2026-12-07"),
            s("Pay the childminder", due="2026-11-30"),
        ),
    ),
    case(
        "anything overdue or due today?",
        says("drill", "insurer"),
        lacks("stamps"),
        UNCHANGED,
        seeds=(
            s("Return the drill", due="2026-11-24"),
            s("Call the insurer", due="2026-11-26"),
            s("Buy stamps", due="2026-11-27"),
        ),
    ),
    case(
        "show my work tasks",
        says("budget", "demo"),
        lacks("vet"),
        UNCHANGED,
        seeds=(
            s("Draft the budget", tags=["work"]),
            s("Book the vet", tags=["home"]),
            s("Prepare the demo", tags=["work"]),
        ),
    ),
    case(
        "and the week after?",
        says("appraisal", "Choir"),
        lacks("induction"),
        UNCHANGED,
        seeds=(
            s("Gym induction", due="2026-12-01"),
            s("Staff appraisal", due="2026-12-09"),
            s("Choir concert", due="2026-12-11"),
        ),
        before="what's on next week?",
    ),
    case(
        "what do i have on monday lemme see",
        says("Gas engineer"),
        lacks("Dog walker"),
        UNCHANGED,
        seeds=(
            s("Gas engineer visit", due="2026-11-30"),
            s("Dog walker interview", due="2026-12-01"),
        ),
    ),
    case(
        "Agenda for Friday, please.",
        says("Investor", "payroll"),
        lacks("Offsite"),
        UNCHANGED,
        seeds=(
            s("Investor call", due=berlin("2026-11-27", "09:00")),
            s("Sign payroll", due=berlin("2026-11-27", "15:00")),
            s("Offsite planning", due="2026-11-30"),
        ),
    ),
    case(
        "wat do i hav due this week",
        says("Lab report", "Reading log"),
        lacks("presentation"),
        UNCHANGED,
        seeds=(
            s("Lab report", due="2026-11-27"),
            s("Reading log", due="2026-11-29"),
            s("Group presentation", due="2026-12-01"),
        ),
    ),
    case(
        "what's on the cards for Saturday at all?",
        says("Croke"),
        lacks("Bríd"),
        UNCHANGED,
        seeds=(
            s("Match in Croke Park", due="2026-11-28"),
            s("Visit Auntie Bríd", due="2026-11-29"),
        ),
    ),
    case(
        "is there anything due on the 3rd?",
        says("nativity"),
        lacks("Bake"),
        UNCHANGED,
        seeds=(
            s("School nativity play", due="2026-12-03"),
            s("Bake sale", due="2026-12-04"),
        ),
    ),
    case(
        "what am I supposed to be doing today",
        says("taxi"),
        lacks("Wrap"),
        UNCHANGED,
        seeds=(
            s("Book the taxi", due="2026-11-26"),
            s("Wrap presents", due="2026-11-27"),
        ),
    ),
    case(
        "what's overdue?",
        says("parking", "thank-you"),
        lacks("Oil"),
        UNCHANGED,
        seeds=(
            s("Renew parking permit", due="2026-11-20"),
            s("Send thank-you cards", due="2026-11-25"),
            s("Oil change", due="2026-11-27"),
        ),
    ),
    case(
        "show me everything tagged #family",
        says("Grandad"),
        lacks("printer"),
        UNCHANGED,
        seeds=(
            s("Call Grandad", tags=["family"]),
            s("Fix the printer", tags=["work"]),
        ),
    ),
    case(
        "anything on in december?",
        says("Carol service", "Staff party"),
        lacks("Leaf blower"),
        UNCHANGED,
        seeds=(
            s("Carol service", due="2026-12-20"),
            s("Staff party", due="2026-12-02"),
            s("Leaf blower repair", due="2026-11-28"),
        ),
    ),
    case(
        "what've I got on this arvo?",
        says("kids"),
        lacks("Surf"),
        UNCHANGED,
        seeds=(
            s("Pick up the kids", due=berlin("2026-11-26", "15:00")),
            s("Surf lesson", due="2026-11-27"),
        ),
    ),
    case(
        "what's due before Monday?",
        says("claim", "Valet"),
        lacks("shed"),
        UNCHANGED,
        seeds=(
            s("File the claim", due="2026-11-27"),
            s("Valet the car", due="2026-11-28"),
            s("Sort the shed", due="2026-12-01"),
        ),
    ),
    case(
        "what about saturday?",
        says("boot"),
        lacks("Bank run"),
        UNCHANGED,
        seeds=(
            s("Bank run", due="2026-11-27"),
            s("Car boot sale", due="2026-11-28"),
        ),
        before="what's on tomorrow?",
    ),
    case(
        "anything due wed?",
        says("Choir practice"),
        lacks("Window"),
        UNCHANGED,
        seeds=(
            s("Choir practice", due="2026-12-02"),
            s("Window cleaner", due="2026-12-03"),
        ),
    ),
    case(
        "show the high priority stuff",
        says("roof"),
        lacks("fence"),
        UNCHANGED,
        seeds=(
            s("Fix the roof", priority="high"),
            s("Paint the fence", priority="low"),
        ),
    ),
    case(
        "my errands list please",
        says("batteries", "post office"),
        lacks("appraisal"),
        UNCHANGED,
        seeds=(
            s("Buy batteries", tags=["errands"]),
            s("Drop letter at the post office", tags=["errands"]),
            s("Write my appraisal", tags=["work"]),
        ),
    ),
    case(
        "what's coming up between now and sunday",
        says("Wreath", "Gutter"),
        lacks("Tyre"),
        UNCHANGED,
        seeds=(
            s("Wreath making", due="2026-11-27"),
            s("Gutter cleaning", due="2026-11-29"),
            s("Tyre change", due="2026-11-30"),
        ),
    ),
    case(
        "which of my tasks are due next month?",
        says("Secret Santa"),
        lacks("reports", "Dentist"),
        UNCHANGED,
        seeds=(
            s("Secret Santa draw", due="2026-12-10"),
            s("Send reports", due="2026-11-30"),
            s("Dentist", due="2027-01-05"),
        ),
    ),
    case(
        "anything for the 30th?",
        says("Winter tyres"),
        lacks("Fireworks"),
        UNCHANGED,
        seeds=(
            s("Winter tyres", due="2026-11-30"),
            s("Fireworks", due="2026-12-30"),
        ),
    ),
    case(
        "do I have anything on tomorrow evening",
        says("Sam"),
        lacks("Karaoke"),
        UNCHANGED,
        seeds=(
            s("Dinner with Sam", due=berlin("2026-11-27", "19:00")),
            s("Karaoke night", due=berlin("2026-11-28", "20:00")),
        ),
    ),
    case(
        "whats pending under study",
        says("flashcards"),
        lacks("hoodie"),
        UNCHANGED,
        seeds=(
            s("Make flashcards", tags=["study"]),
            s("Wash the hoodie", tags=["home"]),
        ),
    ),
    case(
        "and next weekend?",
        says("Christmas fair"),
        lacks("Flea market"),
        UNCHANGED,
        seeds=(
            s("Flea market", due="2026-11-28"),
            s("Christmas fair", due="2026-12-05"),
        ),
        before="anything on this weekend?",
    ),
    case(
        "tasks from monday to wednesday next week",
        says("Snow tyres", "Piano tuner"),
        lacks("Recital"),
        UNCHANGED,
        seeds=(
            s("Snow tyres", due="2026-11-30"),
            s("Piano tuner", due="2026-12-02"),
            s("Recital", due="2026-12-03"),
        ),
    ),
)

# 7. Follow-ups that lean on earlier messages: corrections, undo, "that", reopen, positions.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "oops i meant monday",
        when(MONDAY, title="Call the electrician"),
        before="add call the electrician tomorrow",
    ),
    case(
        "undo that",
        state(0, title="Buy milk"),
        untouched_except(0),
        seeds=("Buy milk",),
        before="rename 'Buy milk' to 'Buy oat milk'",
    ),
    case(
        "change that to high priority and tag it health",
        named("See the physio", priority="high"),
        tagged("health", title="See the physio"),
        before="add see the physio on friday",
    ),
    case(
        "actually no, not done really, he didn't turn up",
        state(0, status="pending"),
        seeds=("Pay the window cleaner",),
        before="I paid the window cleaner",
    ),
    case(
        "the second one is done, tick it",
        *done(1),
        seeds=("Defrost the freezer", "Descale the kettle", "Dust the shelves"),
        before="show my tasks",
    ),
    case(
        "move it to saturday",
        state(0, due=SATURDAY),
        untouched_except(0),
        seeds=(s("Pick up the cake", due="2026-11-27"), s("Ice the cake", due="2026-11-30")),
        before="what's due tomorrow?",
    ),
    case(
        "oh and tag it #office",
        tagged("office", title="Buy printer paper"),
        before="add buy printer paper",
    ),
    case(
        "make it 7:30pm",
        named("Dinner with the Hendersons", due=spoken(SATURDAY, "19:30")),
        before="add dinner with the Hendersons on saturday",
    ),
    case(
        "no wait, I meant call the solicitor",
        named("Call the solicitor"),
        gone("Call the accountant"),
        before="add call the accountant",
    ),
    case(
        "sorry wrong one, I meant the groomer",
        state(0, status="pending"),
        state(1, status="completed"),
        seeds=("Book the vet", "Book the groomer"),
        before="book the vet is done",
    ),
    case(
        "and remind me about it monday at 9",
        named("Renew passport", reminder=spoken(MONDAY, "09:00")),
        before="add renew passport",
    ),
    case(
        "hmm, high is enough actually",
        state(0, priority="high"),
        seeds=(s("Order the turkey", priority="low"),),
        before="make order the turkey urgent",
    ),
    case(
        "put a note on it: use the address list in the drawer",
        described("drawer", title="Send xmas cards"),
        before="add send xmas cards by the 10th",
    ),
    case(
        "wait wait bring it back",
        state(0, status="pending"),
        seeds=("Clean the oven",),
        before="delete clean the oven",
    ),
    case(
        "actually make that every thursday",
        repeats("FREQ=WEEKLY", title="Pay the childminder", either=(on("BYDAY=TH", "Thursday"),)),
        before="add pay the childminder every friday",
    ),
    case(
        "delete the last one",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Buy bulbs", "Plant the bulbs", "Rake leaves"),
        before="show my tasks",
    ),
    case(
        "oops i meant this friday",
        when(FRIDAY, title="Team drinks"),
        before="add team drinks next friday",
    ),
    case(
        "undo pls",
        state(0, priority="high"),
        seeds=(s("Gym", priority="high"),),
        before="make the gym low priority",
    ),
    case(
        "actually, make it AA batteries",
        named("Buy AA batteries"),
        gone("Buy batteries"),
        before="add buy batteries",
    ),
    case(
        "and due tomorrow",
        named("Call the bank", priority="urgent"),
        when(FRIDAY, title="Call the bank"),
        before=("add call the bank", "make it urgent"),
    ),
    case(
        "Correction — Tuesday.",
        when(TUESDAY_NEXT, title="Confirm speaker list"),
        before="Add: Confirm speaker list, due Monday.",
    ),
    case(
        "tag it uni pls and make it high",
        named("Revise for chem exam", priority="high"),
        tagged("uni", title="Revise for chem exam"),
        before="add revise for chem exam",
    ),
    case(
        "ah no wait, not done really, only one of them is up",
        state(0, status="pending"),
        seeds=("Hang the shelves",),
        before="hang the shelves is done",
    ),
    case(
        "no, sunday I mean",
        state(0, due=SUNDAY),
        seeds=(s("Swimming", due="2026-11-27"),),
        before="move swimming to saturday",
    ),
    case(
        "remind me 15 min before",
        named("Pick up kids", reminder=spoken(FRIDAY, "15:00")),
        before="add pick up kids at 3:15 tomorrow",
    ),
    case(
        "make that one urgent",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=(s("Budget deck", tags=["work"]), s("Fix the tap", tags=["home"])),
        before="what's tagged work?",
    ),
    case(
        "ah sure put it for the weekend",
        when(WEEKEND, title="Get the turf in"),
        before="add get the turf in",
    ),
    case(
        "put it back the way it was",
        state(0, title="Choose tiles"),
        seeds=("Choose tiles",),
        before="rename the tiles task to 'Pick bathroom tiles'",
    ),
    case(
        "and the groomer too",
        fresh("Call the groomer"),
        before="add call the vet",
    ),
    case(
        "it's done now actually",
        *done(0),
        seeds=("Defrost the car", "Clean the windscreen"),
        before="remind me about defrost the car at 8 tomorrow",
    ),
)

# 8a. The contract's table said differently, with search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    case("put 'buy groceries' on my list, ta", fresh("Buy groceries")),
    case(
        "what's on my list?",
        says("Descale", "Post the"),
        UNCHANGED,
        seeds=("Descale the coffee machine", "Post the birthday card"),
    ),
    case(
        "which ones are still open?",
        says("gutters"),
        lacks("Sweep"),
        UNCHANGED,
        seeds=("Clear the gutters", s("Sweep the patio", "completed")),
    ),
    case(
        "tick off number {0}",
        *done(0),
        seeds=("Buy milk", "Call mom"),
    ),
    case(
        "scrap the meeting task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Team meeting", "Buy stamps"),
    ),
    case(
        "task {0} should read 'Call mom tonight'",
        state(0, title="Call mom tonight"),
        untouched_except(0),
        seeds=("Call mom", "Buy milk"),
    ),
    case(
        "I mustn't forget to pay the bills",
        fresh("Pay the bills", "Pay bills"),
    ),
    case(
        "what did I get done then?",
        says("Fix the gate"),
        lacks("Paint"),
        UNCHANGED,
        seeds=(s("Fix the gate", "completed"), "Paint the fence"),
    ),
    case(
        "show me all my tasks please",
        says("Mop", "Order", "Ring"),
        UNCHANGED,
        seeds=("Mop the kitchen", "Order dog food", "Ring Auntie Sheila"),
    ),
    case(
        "please you show me which tasks i have finished already",
        says("Hem the curtains"),
        lacks("Iron"),
        UNCHANGED,
        seeds=(s("Hem the curtains", "completed"), "Iron the shirts"),
    ),
    case(
        "search for anything about the passport",
        says("Renew passport", "Passport photos"),
        lacks("milk"),
        UNCHANGED,
        seeds=("Renew passport", "Passport photos", "Buy milk"),
    ),
    case(
        "what tags am I using?",
        says("garden", "work"),
        UNCHANGED,
        seeds=(s("Prune roses", tags=["garden"]), s("Send invoice", tags=["work"])),
    ),
    case(
        "reopen the gutter job, it's blocked again",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Clear the gutters", "completed"),),
    ),
    case(
        "get the deleted one back — the one about the boiler",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Service the boiler", "deleted"), "Bleed the radiators"),
    ),
    case(
        "Delete: Draft press release.",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Draft press release", "Draft newsletter"),
    ),
    case(
        "mark task {0} as complete pls",
        *done(0),
        seeds=("Return the hoodie", "Buy a scarf"),
    ),
    case(
        "i need to remember to call the optician",
        fresh("Call the optician"),
    ),
)

# 8b. Safety: ambiguous requests ask and change nothing; non-requests change nothing.
SAFETY: tuple[Case, ...] = (
    case(
        "bin the meeting one",
        UNCHANGED,
        says("Budget", "Priya"),
        seeds=("Budget meeting", "Meeting with Priya"),
    ),
    case(
        "done with the call",
        UNCHANGED,
        seeds=("Call the dentist", "Call the school"),
    ),
    case(
        "move the report to friday",
        UNCHANGED,
        seeds=("Write the report", "Print the report"),
    ),
    case("thanks a million", UNCHANGED, seeds=("Buy milk",)),
    case("hmm", UNCHANGED, seeds=("Buy milk",)),
    case("what's the weather like in Glasgow the day", UNCHANGED, seeds=("Buy milk",)),
    case("the dentist", UNCHANGED, seeds=("Dentist", "Dog food")),
    case(
        "tick off the bill one",
        UNCHANGED,
        seeds=("Pay the gas bill", "Pay the phone bill"),
    ),
    case(
        "rename the shopping task to 'Big shop'",
        UNCHANGED,
        seeds=("Shopping for Gran", "Shopping list for the party"),
    ),
    case(
        "remind me about the appointment at 3",
        UNCHANGED,
        seeds=("Dentist appointment", "Optician appointment"),
    ),
    case("make it urgent", UNCHANGED, seeds=("Buy milk", "Call mom")),
    case(
        "I might need to finish the slides today, not sure yet",
        UNCHANGED,
        seeds=("Finish the slides",),
    ),
    case("ok cool cheers", UNCHANGED, seeds=("Buy milk",)),
    case(
        "do you think I should clean the attic first or the garage?",
        UNCHANGED,
        seeds=("Clean the attic", "Clean the garage"),
    ),
    case("delete the task", UNCHANGED, seeds=("Buy milk", "Call mom")),
    case("what can you do for me?", UNCHANGED, seeds=("Buy milk",)),
)

EIGHTH_VOICE: tuple[Case, ...] = (
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
