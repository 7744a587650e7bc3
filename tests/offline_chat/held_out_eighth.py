"""An eighth held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py``, ``second_voice.py`` to ``tenth_voice.py``, ``held_out.py`` to
``held_out_seventh.py``): only their imports, helpers, constants and module docstrings. They
were written before the changes that will be scored against them, from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section), from the tools' arguments
(``docs/mcp.md``), from how a conversation is played (``conftest.py``) and from what an
ordinary user of a task manager would expect. No sentence was run through the engine while
writing, no scoring test was run, and none is ever tuned against, sentence by sentence: a miss
here is a miss to report, not an expectation to adjust.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: a retired merchant-navy sailor who keeps a small boat ("aye", "belay that", "log
it", "0900", "the slate"); a landlord with a handful of flats (tenants, deposits, the gas
safety check, "flat 2"); an allotment keeper (the plot, brassicas, leeks, the compost heap,
frost); a wedding planner, bubbly and exclamatory (florists, seating plans, the couple, cake
tastings); a hospital pharmacist writing precise, clipped clinical English (the CD register,
the formulary, ward 7, "15 minutes beforehand"); a vet in a small practice (ops, boosters,
owners, the post-mortem report); Jamaican English ("mi", "fi", "di", "mek", "soon come",
"nuh"); an Arabic speaker's English ("please to add", "after two days", "inshallah", "make
it less priority"); an airline pilot (the roster, the sim check, the medical, "1800 local",
"slide it right"); and Welsh English ("now in a minute", "tidy", "lush", "Mam", "will you").

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("log this one for me", "jot down",
   "note to self", "mi need fi", "please can you make task", "stick X on the list"), with
   dates, times, priority and tags; only the title reaches the title, and a note is kept as
   the task's description.
2. ``REPEATS``: repeats said in words ("every Sunday morning", "on the first of every month",
   "fortnightly", "every weekday morning", "every six months", "every Sunday, Tuesday and
   Thursday"), on a new task or an existing one; a repeat changed or stopped.
3. ``FACTS``: statements of fact that mean "done" complete the task they name and leave every
   other task alone; negatives, plans and questions change nothing.
4. ``EDITS``: relative edits (priority a level up or down, the due date moved by days or a
   week or a fortnight, into next week, earlier, to half nine), a due date taken off, rename,
   description set or cleared, tags added or swapped.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative
   to its due date ("an hour before", "the evening before", "one day before"); no task is
   added and the task's due date stays as it was.
6. ``WINDOWS``: questions about a day, the weekend, the rest of this week, next week, the week
   after next, a month, a span of days, a tag, a priority and overdue: the reply names what is
   in the window, leaves out what is not (a deleted task never, a completed one never as
   overdue), and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "make that urgent" after
   an add, "the second one" or "the top one" after a list, "the Millers one" after a question,
   "delete it", "belay that", a correction, a tag or a note added to the task just made, "and
   the week after?".
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending,
   complete, delete, rename, "I need to remember", completed), with search, tags, reopen and
   restore; and safety: an ambiguous request asks and changes nothing, a message that is not a
   request changes nothing, and nothing is deleted or completed on a guess (a task that does
   not exist, "three ops done" that names none, "it" with nothing before it).

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. Seeded times carry Berlin's winter offset
(+01:00). Tasks are checked as the tools report them (``status`` pending, completed or
deleted; ``priority`` none, low, medium, high or urgent; ``tags`` a list; ``due`` and
``reminder`` spoken in the user's zone, "Friday 27 November 2026" for a whole day and "Friday
27 November 2026, 09:00" with a time; ``recurrence`` as RRULE text). Titles are expected with
their first letter capitalised, and kept in the user's own words ("Pay di light bill"). Where
the words leave the meaning open ("next Tuesday" said on a Thursday, "before 10 Dec", "very
important", "top priority", "sometime next week", "afternoon", "lunchtime", "first thing",
"at 9", "Friday" said for a date a week off, a to-do kept with or without a clause that
explains it), every reasonable reading is accepted; a day said without a time is checked on
the day only. A list shows the latest seeded task first, as the corpus says: "the second one"
of three is the middle one either way, "the top one" is the last seeded and "the third one"
the first seeded. Recurring seeds carry a due date, as a repeating task in a task manager
usually has one.

No new check is defined here: the set uses the helpers of ``held_out.py``,
``held_out_second.py``, ``held_out_fourth.py``, ``held_out_fifth.py`` and
``held_out_sixth.py`` as they are.
"""

from __future__ import annotations

from .corpus import UNCHANGED, Case, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out_fifth import MONDAY_7_DEC, SATURDAY_12_DEC, TUESDAY_15_DEC, bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
    MORNING,
    THURSDAY_10_DEC,
    TUESDAY_8_DEC,
    WEEKDAY_RULES,
    berlin,
    described,
    done,
    fresh,
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
from .held_out_sixth import WEDNESDAY_9_DEC

__all__ = ["HELD_OUT_EIGHTH"]

FRIDAY_11_DEC = "Friday 11 December 2026"
TUESDAY_29_DEC = "Tuesday 29 December 2026"
AFTERNOON = range(12, 18)
LUNCHTIME = range(11, 15)

# ISO dates used by the seeds.
D_TODAY = "2026-11-26"
D_FRI = "2026-11-27"
D_SAT = "2026-11-28"
D_SUN = "2026-11-29"
D_MON = "2026-11-30"
D_TUE = "2026-12-01"
D_WED = "2026-12-02"
D_THU = "2026-12-03"
D_FRI_NEXT = "2026-12-04"
D_SAT_NEXT = "2026-12-05"


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED: tuple[Case, ...] = (
    # The sailor.
    case(
        "Ahoy. Log this one for me: pump out the bilge on Saturday, before the weather turns.",
        fresh("Pump out the bilge", due=SATURDAY),
    ),
    case(
        "Make a note to renew the mooring fee by the 1st of December, high priority, "
        "and tag it boat",
        fresh("Renew the mooring fee", due=TUESDAY_NEXT, priority="high"),
        tagged("boat"),
    ),
    case(
        "Right then, put down varnish the dinghy. Note: use the yacht varnish in the shed, "
        "not the floor stuff.",
        fresh("Varnish the dinghy"),
        described("yacht varnish"),
    ),
    case(
        "Stick this on the list for next Tuesday at 0900: get the lifejackets serviced.",
        fresh("Get the lifejackets serviced"),
        when((TUESDAY_NEXT, TUESDAY_8_DEC), hours=[9]),
    ),
    # The landlord.
    case(
        "can you add gas safety check for flat 2, needs doing by friday, it's urgent - "
        "tag it flat2",
        fresh("Gas safety check for flat 2", due=FRIDAY, priority="urgent"),
        tagged("flat2"),
    ),
    case(
        "Remind me to chase the rent from flat 4 on Monday morning",
        fresh("Chase the rent from flat 4"),
        when(MONDAY, fields=("due", "reminder"), hours=MORNING),
    ),
    case(
        "New job: Mr Osei's deposit needs returning. Add it as 'Return Mr Osei's deposit', "
        "due 3 December, and note that the inspection found no damage.",
        fresh("Return Mr Osei's deposit", due=THURSDAY_NEXT),
        described("no damage"),
    ),
    case(
        "I should really book the annual boiler service for the whole block sometime next "
        "week, can you put that down as low priority",
        fresh(
            "Book the annual boiler service for the whole block",
            "Book the annual boiler service",
            priority="low",
            due=(*NEXT_WEEK, *CLEARED),
        ),
    ),
    # The allotment keeper.
    case(
        "jot down order seed potatoes for the 15th of december #plot14",
        fresh("Order seed potatoes", due=TUESDAY_15_DEC),
        tagged("plot14"),
    ),
    case(
        "Need to net the brassicas before the pigeons get them, can you add it for tomorrow",
        fresh("Net the brassicas", "Net the brassicas before the pigeons get them", due=FRIDAY),
    ),
    case(
        "Add 'turn the compost heap' for Saturday morning please, the weather looks dry",
        fresh("Turn the compost heap"),
        when(SATURDAY, hours=MORNING),
    ),
    case(
        "could you add a task to pay the allotment rent by the end of the month? It's £35 "
        "this year, cash to the committee.",
        fresh("Pay the allotment rent", due=MONDAY),
    ),
    # The wedding planner.
    case(
        "Ooh quick one!! Add 'confirm the florist for the Patel wedding' for tomorrow, high "
        "priority please 💐",
        fresh("Confirm the florist for the Patel wedding", due=FRIDAY, priority="high"),
    ),
    case(
        "Can you pop in a to-do: send the seating plan to the venue, due Wednesday 2 Dec, tag "
        "it hendersons. Note: they want it as a PDF with table numbers.",
        fresh("Send the seating plan to the venue", due=WEDNESDAY_NEXT),
        tagged("hendersons"),
        described("PDF"),
    ),
    case(
        "Note to self - chase the photographer's contract for the Millers by Monday!",
        fresh("Chase the photographer's contract for the Millers", due=MONDAY),
    ),
    case(
        "I think I need to book the string quartet for the Nowak ceremony... could you add "
        "that as urgent? It's the 12th of December so it really can't wait",
        fresh("Book the string quartet for the Nowak ceremony", priority="urgent"),
    ),
    # The hospital pharmacist.
    case(
        "Please add: CD register check on ward 7, Friday 14:00, high.",
        fresh("CD register check on ward 7", due=spoken(FRIDAY, "14:00"), priority="high"),
    ),
    case(
        "I need to submit the formulary application for the new anticoagulant by 4 Dec. Can "
        "you add that? Note: Dr Hale has the supporting evidence.",
        fresh("Submit the formulary application for the new anticoagulant", due=FRIDAY_NEXT),
        described("Dr Hale"),
    ),
    case(
        "add audit the fridge temperatures tmrw am #audit",
        fresh("Audit the fridge temperatures"),
        when(FRIDAY),
        tagged("audit"),
    ),
    case(
        "Could you put 'update the antibiotic guideline' on my list, low priority, no date",
        fresh("Update the antibiotic guideline", priority="low", due=CLEARED),
    ),
    # The vet.
    case(
        "Add order more rabies vaccine, we're down to the last box - by Monday please",
        fresh("Order more rabies vaccine", due=MONDAY),
    ),
    case(
        "Can you make a task to call Mrs Kowalski about the spaniel's bloods tomorrow afternoon",
        fresh("Call Mrs Kowalski about the spaniel's bloods"),
        when(FRIDAY, hours=AFTERNOON),
    ),
    case(
        "New task: write up the post-mortem report for the Jenkins cat - urgent, tag it "
        "reports, and note that the owner wants a copy.",
        fresh("Write up the post-mortem report for the Jenkins cat", priority="urgent"),
        tagged("reports"),
        described("copy"),
    ),
    case(
        "I keep forgetting my CPD certificate, put it down as 'upload CPD certificate' for "
        "the 10th",
        fresh("Upload CPD certificate", due=THURSDAY_10_DEC),
    ),
    # Jamaican English.
    case(
        "Beg yuh put down fi mi: pay di light bill by Monday",
        fresh("Pay di light bill", due=MONDAY),
    ),
    case(
        "Mi need fi collect the barrel from the shipping place Saturday, mek it high priority",
        fresh("Collect the barrel from the shipping place", due=SATURDAY, priority="high"),
    ),
    case(
        "Add call Auntie Merle tomorrow evening, is her birthday",
        fresh("Call Auntie Merle"),
        when(FRIDAY, hours=EVENING),
    ),
    # An Arabic speaker's English.
    case(
        "Please to add for me: renew the residence permit, after two days, it is very important",
        fresh("Renew the residence permit", due=SATURDAY, priority=("high", "urgent")),
    ),
    case(
        "Please can you make task: pay the school fees for my daughter, the day after tomorrow",
        fresh("Pay the school fees for my daughter", due=SATURDAY),
    ),
    case(
        "I must take the car to the mechanic Sunday morning inshallah, add it please",
        fresh("Take the car to the mechanic"),
        when(SUNDAY, hours=MORNING),
    ),
    # The pilot.
    case(
        "Add: renew my class 1 medical before 10 Dec. High prio. Tag licence.",
        fresh(
            "Renew my class 1 medical",
            due=(WEDNESDAY_9_DEC, THURSDAY_10_DEC),
            priority="high",
        ),
        tagged("licence"),
    ),
    case(
        "Stick 'submit roster bids' on the list for Monday 1800 local",
        fresh("Submit roster bids", due=spoken(MONDAY, "18:00")),
    ),
    case(
        "Between sectors so quick one: book the sim check for next week, note that it has to "
        "be a Thursday or Friday slot",
        fresh("Book the sim check", due=(*NEXT_WEEK, *CLEARED)),
        described("Thursday or Friday"),
    ),
    # Welsh English.
    case(
        "Can you add take Mam to chapel Sunday, ten o'clock, tidy",
        fresh("Take Mam to chapel", due=spoken(SUNDAY, "10:00")),
    ),
    case(
        "I've got to sort the rugby tickets for the Scarlets game now in a minute, put it down "
        "for today will you",
        fresh("Sort the rugby tickets for the Scarlets game", due=TODAY),
    ),
    case(
        "Add pay the council tax, by Friday, mun. Note: the reference is on the blue letter.",
        fresh("Pay the council tax", due=FRIDAY),
        described("blue letter"),
    ),
)


# 2. Repeats said in words, on a new task or an existing one; a repeat changed or stopped.
REPEATS: tuple[Case, ...] = (
    # The sailor.
    case(
        "New standing order: pump the bilge every Sunday morning.",
        repeats("FREQ=WEEKLY", called=("Pump the bilge",), either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "Log a daily one: check the mooring lines at 0700.",
        repeats("FREQ=DAILY", called=("Check the mooring lines",), either=(at(7),)),
    ),
    case(
        "The harbour dues come round every month, make that one repeat",
        repeats("FREQ=MONTHLY", task=0),
        untouched_except(0),
        seeds=(s("Pay the harbour dues", due=D_TUE),),
    ),
    case(
        "Belay the weekly deck scrub, she's out of the water till spring. Keep the task but "
        "no more repeats.",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        seeds=(s("Scrub the deck", due=D_SAT, recurrence="FREQ=WEEKLY;BYDAY=SA"),),
    ),
    # The landlord.
    case(
        "Add test the smoke alarms in all the flats on the first of every month",
        repeats(
            "FREQ=MONTHLY",
            called=("Test the smoke alarms in all the flats",),
            either=(("BYMONTHDAY=1", "Tuesday 1 December 2026"),),
        ),
    ),
    case(
        "Add 'check the communal hallway' every Monday and Thursday",
        repeats("FREQ=WEEKLY;BYDAY=MO,TH", called=("Check the communal hallway",)),
    ),
    case(
        "the landlord insurance is yearly, can you set it to repeat every year",
        repeats("FREQ=YEARLY", task=0),
        seeds=(s("Renew the landlord insurance", due="2027-01-15"),),
    ),
    case(
        "Flat 4 are paying weekly now instead of monthly, so change the rent collection to "
        "every week",
        repeats("FREQ=WEEKLY", task=0),
        untouched_except(0),
        seeds=(s("Collect rent from flat 4", due=D_TUE, recurrence="FREQ=MONTHLY"),),
    ),
    # The allotment keeper.
    case(
        "water the greenhouse every evening at 6 would you",
        repeats("FREQ=DAILY", called=("Water the greenhouse",), either=(at(18),)),
    ),
    case(
        "Put 'turn the compost' on a fortnightly repeat starting Saturday",
        repeats("FREQ=WEEKLY;INTERVAL=2", called=("Turn the compost",)),
        when(SATURDAY),
    ),
    case(
        "the chickens need feeding every single day, make it a daily one",
        repeats("FREQ=DAILY", task=0),
        seeds=(s("Feed the chickens", due=D_TODAY),),
    ),
    case(
        "the dahlias are lifted now, so the cover the dahlias task doesn't need to repeat any more",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        seeds=(s("Cover the dahlias", due=D_FRI, recurrence="FREQ=DAILY"),),
    ),
    # The wedding planner.
    case(
        "Add a weekly check-in call with the Hendersons every Tuesday at 10",
        repeats(
            "FREQ=WEEKLY",
            called=(
                "Check-in call with the Hendersons",
                "Weekly check-in call with the Hendersons",
            ),
            either=(on("BYDAY=TU", "Tuesday"), at(10)),
        ),
    ),
    case(
        "Every weekday morning I need to check the enquiries inbox, can you set that up?",
        repeats(*WEEKDAY_RULES, called=("Check the enquiries inbox",)),
    ),
    case(
        "the newsletter goes out every month, can that one repeat monthly please!",
        repeats("FREQ=MONTHLY", task=0),
        seeds=(s("Send the newsletter", due=D_MON),),
    ),
    case(
        "can we move the venue walkthrough to Wednesdays from now on? still weekly",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=WE", "Wednesday"),)),
        seeds=(s("Venue walkthrough", due=D_TUE, recurrence="FREQ=WEEKLY;BYDAY=TU"),),
    ),
    # The hospital pharmacist.
    case(
        "CD stock check every Friday at 15:00 please - add it.",
        repeats(
            "FREQ=WEEKLY",
            called=("CD stock check",),
            either=(on("BYDAY=FR", "Friday"), at(15)),
        ),
    ),
    case(
        "Add 'review the shortage list' every other Monday.",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            called=("Review the shortage list",),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "The fridge audit should be every week on Friday, can you make it repeat.",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=FR", "Friday"),)),
        seeds=(s("Audit the fridge temperatures", due=D_FRI),),
    ),
    case(
        "I've come off the Saturday rota, please stop the dispensary cover repeating.",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        seeds=(s("Cover the dispensary", due=D_SAT, recurrence="FREQ=WEEKLY;BYDAY=SA"),),
    ),
    # The vet.
    case(
        "Add 'log the vaccine fridge temperature' every morning at 8",
        repeats("FREQ=DAILY", called=("Log the vaccine fridge temperature",), either=(at(8),)),
    ),
    case(
        "Restock the consult rooms every Monday please, add it as a recurring task",
        repeats(
            "FREQ=WEEKLY",
            called=("Restock the consult rooms",),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "make the flea and worm order repeat every three months",
        repeats("FREQ=MONTHLY;INTERVAL=3", task=0),
        seeds=(s("Order the flea and worm stock", due=D_THU),),
    ),
    case(
        "the practice meeting is going fortnightly from December, can you change it",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        seeds=(s("Practice meeting", due=D_WED, recurrence="FREQ=WEEKLY"),),
    ),
    # Jamaican English.
    case(
        "Send money to Mama every month on the 15th, put it down fi mi",
        repeats(
            "FREQ=MONTHLY",
            called=("Send money to Mama",),
            either=(("BYMONTHDAY=15", "15 December"),),
        ),
    ),
    case(
        "Mek di Auntie Merle call repeat every Sunday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        seeds=(s("Call Auntie Merle", due=D_SUN),),
    ),
    case(
        "Nuh need fi repeat the hard dough bread one again, the bakery close down",
        one_of(0, recurrence=CLEARED),
        seeds=(s("Buy hard dough bread", due=D_SAT, recurrence="FREQ=WEEKLY;BYDAY=SA"),),
    ),
    # An Arabic speaker's English.
    case(
        "Please make repeat for me: pay the rent every month on the 1st",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay the rent",),
            either=(("BYMONTHDAY=1", "Tuesday 1 December 2026"),),
        ),
    ),
    case(
        "Please add: take my mother to dialysis every Sunday, Tuesday and Thursday",
        repeats("FREQ=WEEKLY;BYDAY=SU,TU,TH", called=("Take my mother to dialysis",)),
    ),
    case(
        "This car insurance is each year, please to make it yearly",
        repeats("FREQ=YEARLY", task=0),
        seeds=(s("Renew the car insurance", due="2027-03-01"),),
    ),
    # The pilot.
    case(
        "Add 'check the roster' every day at 1900",
        repeats("FREQ=DAILY", called=("Check the roster",), either=(at(19),)),
    ),
    case(
        "Make the licence proficiency check repeat every six months",
        repeats("FREQ=MONTHLY;INTERVAL=6", task=0),
        seeds=(s("Licence proficiency check", due="2027-05-10"),),
    ),
    case(
        "Company's covering parking now - stop repeating the crew parking one",
        one_of(0, recurrence=CLEARED),
        seeds=(s("Pay crew parking", due=D_TUE, recurrence="FREQ=MONTHLY"),),
    ),
    # Welsh English.
    case(
        "Put the bins out every Wednesday night - add that will you",
        repeats(
            "FREQ=WEEKLY",
            called=("Put the bins out",),
            either=(on("BYDAY=WE", "Wednesday"),),
        ),
    ),
    case(
        "make ringing Bethan a weekly thing, Sundays is tidy",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        seeds=(s("Ring Bethan", due=D_SUN),),
    ),
)


# 3. Statements of fact that mean "done"; negatives, plans and questions change nothing.
FACTS: tuple[Case, ...] = (
    # The sailor.
    case(
        "Dinghy's varnished, two coats, shipshape.",
        *done(0),
        seeds=("Varnish the dinghy", "Pump out the bilge"),
    ),
    case(
        "Harbour dues paid this morning at the office.",
        *done(0),
        seeds=("Pay the harbour dues", "Service the outboard"),
    ),
    case(
        "Still haven't got round to the outboard, it'll have to wait.",
        UNCHANGED,
        seeds=("Service the outboard", "Varnish the dinghy"),
    ),
    case(
        "Crane-out is booked for the 12th, aye.",
        *done(0),
        seeds=("Book the crane-out", "Varnish the dinghy"),
    ),
    # The landlord.
    case(
        "The gas engineer's been to flat 2 and the certificate's through, so that's the gas "
        "safety check done",
        *done(0),
        seeds=("Gas safety check for flat 2", "Fix the boiler in flat 1", "Chase the rent"),
    ),
    case(
        "Flat 4 have paid up in full, finally",
        *done(0),
        seeds=("Chase the rent from flat 4", "Return Mr Osei's deposit"),
    ),
    case(
        "Mr Osei got his deposit back yesterday",
        *done(0),
        seeds=("Return Mr Osei's deposit", "Fix the boiler in flat 1"),
    ),
    case(
        "Did I ever get the boiler in flat 1 fixed?",
        UNCHANGED,
        seeds=("Fix the boiler in flat 1", "Return Mr Osei's deposit"),
    ),
    # The allotment keeper.
    case(
        "brassicas are netted, the pigeons can whistle",
        *done(0),
        seeds=("Net the brassicas", "Lift the leeks"),
    ),
    case(
        "Leeks all lifted and in the shed",
        *done(0),
        seeds=("Lift the leeks", "Order seed potatoes"),
    ),
    case(
        "I'll fix the shed door at the weekend when my son's round with his drill",
        state(0, status="pending"),
        untouched_except(0),
        seeds=("Fix the shed door", "Lift the leeks"),
    ),
    case(
        "Seed potatoes ordered and the rent's paid too",
        *done(0, 1),
        seeds=("Order seed potatoes", "Pay the allotment rent", "Turn the compost heap"),
    ),
    # The wedding planner.
    case(
        "Florist confirmed for the Patels!! 🎉",
        *done(0),
        seeds=("Confirm the florist for the Patel wedding", "Send the seating plan to the venue"),
    ),
    case(
        "Venue's got the seating plan, they're happy with it",
        *done(0),
        seeds=("Send the seating plan to the venue", "Book the string quartet"),
    ),
    case(
        "The quartet haven't got back to me, so not booked yet",
        UNCHANGED,
        seeds=("Book the string quartet", "Order the favours"),
    ),
    case(
        "Favours have arrived actually, I ordered them last week and forgot to tick it",
        *done(0),
        seeds=("Order the favours", "Chase the photographer's contract"),
    ),
    # The hospital pharmacist.
    case(
        "Ward 7 CD register checked, all balances correct.",
        *done(0),
        seeds=("CD register check on ward 7", "Order the insulin pens"),
    ),
    case(
        "Insulin pens ordered via the wholesaler, delivery Monday.",
        *done(0),
        seeds=("Order the insulin pens", "Reply to the medicines safety email"),
    ),
    case(
        "Has the formulary application gone in yet?",
        UNCHANGED,
        seeds=("Submit the formulary application", "Order the insulin pens"),
    ),
    case(
        "Sent my reply to the medicines safety team.",
        *done(0),
        seeds=("Reply to the medicines safety email", "Update the antibiotic guideline"),
    ),
    # The vet.
    case(
        "Spoke to Mrs Kowalski, spaniel's bloods are fine",
        *done(0),
        seeds=("Call Mrs Kowalski about the spaniel", "Order more rabies vaccine"),
    ),
    case(
        "PM report written up and sent to the owner",
        *done(0),
        seeds=("Write up the post-mortem report", "Upload CPD certificate"),
    ),
    case(
        "Didn't manage to order the rabies vaccine today, the supplier's site was down",
        UNCHANGED,
        seeds=("Order more rabies vaccine", "Upload CPD certificate"),
    ),
    case(
        "The engineer serviced the X-ray machine this morning",
        *done(0),
        seeds=("Service the X-ray machine", "Upload CPD certificate"),
    ),
    # Jamaican English.
    case(
        "Light bill pay already",
        *done(0),
        seeds=("Pay the light bill", "Renew my passport"),
    ),
    case(
        "Mi collect di barrel yesterday, everything reach safe",
        *done(0),
        seeds=("Collect the barrel from the shipping place", "Call Auntie Merle"),
    ),
    case(
        "Mi nuh renew di passport yet, soon come",
        UNCHANGED,
        seeds=("Renew my passport", "Pay the light bill"),
    ),
    # An Arabic speaker's English.
    case(
        "The documents to embassy I sent them already yesterday",
        *done(0),
        seeds=("Send the documents to the embassy", "Buy a gift for Khalid"),
    ),
    case(
        "School fees is paid, alhamdulillah",
        *done(0),
        seeds=("Pay the school fees", "Take the car to the mechanic"),
    ),
    case(
        "Tomorrow inshallah I will buy the gift for Khalid",
        state(0, status="pending"),
        untouched_except(0),
        seeds=("Buy a gift for Khalid", "Pay the school fees"),
    ),
    # The pilot.
    case(
        "Medical renewed, AME signed it off today",
        *done(0),
        seeds=("Renew my class 1 medical", "Submit roster bids"),
    ),
    case(
        "Bids are in for January",
        *done(0),
        seeds=("Submit roster bids", "Update the charts on the iPad"),
    ),
    case(
        "Sim check still not booked, ops haven't released the slots",
        UNCHANGED,
        seeds=("Book the sim check", "Submit roster bids"),
    ),
    # Welsh English.
    case(
        "Council tax is paid now, tidy",
        *done(0),
        seeds=("Pay the council tax", "Sort the rugby tickets"),
    ),
    case(
        "Gethin's sorted the rugby tickets for us, lush",
        *done(0),
        seeds=("Sort the rugby tickets", "Fix the gutter"),
    ),
    case(
        "I'll do the gutter now in a minute",
        state(0, status="pending"),
        untouched_except(0),
        seeds=("Fix the gutter", "Pay the council tax"),
    ),
)


# 4. Relative edits, a due date taken off, rename, description and tags.
EDITS: tuple[Case, ...] = (
    # The sailor.
    case(
        "Bump the outboard service up, she's making a racket",
        raised(0),
        untouched_except(0),
        seeds=(s("Service the outboard", priority="medium"), "Varnish the dinghy"),
    ),
    case(
        "Push the mooring fee back a week, harbour office is shut",
        state(0, due=MONDAY_7_DEC),
        seeds=(s("Renew the mooring fee", due=D_MON),),
    ),
    case(
        "Take the date off the dinghy varnishing, no rush till spring",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(s("Varnish the dinghy", due=D_SAT),),
    ),
    case(
        "Rename 'check the lifejackets' to 'Service the lifejackets and flares'",
        state(0, title="Service the lifejackets and flares"),
        untouched_except(0),
        seeds=("Check the lifejackets",),
    ),
    # The landlord.
    case(
        "Boiler in flat 1 can drop down a level, the tenant's got the immersion working",
        lowered(0),
        untouched_except(0),
        seeds=(s("Fix the boiler in flat 1", priority="high"), "Chase the rent from flat 4"),
    ),
    case(
        "The tenant in flat 3 asked to move the inspection to next week",
        one_of(0, due=NEXT_WEEK),
        seeds=(s("Inspection at flat 3", due=D_FRI),),
    ),
    case(
        "Add a note to the Osei deposit task: deduct £40 for the missing keys",
        described("£40", "keys", task=0),
        untouched_except(0),
        seeds=("Return Mr Osei's deposit", "Fix the boiler in flat 1"),
    ),
    case(
        "Bring the insurance renewal forward to Friday",
        one_of(0, due=(FRIDAY, FRIDAY_NEXT)),
        seeds=(s("Renew the landlord insurance", due="2026-12-10"),),
    ),
    # The allotment keeper.
    case(
        "seed potatoes can go back a fortnight, the catalogue isn't out",
        state(0, due=TUESDAY_29_DEC),
        seeds=(s("Order seed potatoes", due="2026-12-15"),),
    ),
    case(
        "the shed door is more urgent than I thought, the wind's had it off its hinges - "
        "make it high",
        state(0, priority="high"),
        seeds=(s("Fix the shed door", priority="low"),),
    ),
    case(
        "change 'lift the leeks' to 'lift and heel in the leeks'",
        state(0, title="Lift and heel in the leeks"),
        seeds=("Lift the leeks",),
    ),
    case(
        "can the compost job be a day earlier",
        state(0, due=FRIDAY),
        seeds=(s("Turn the compost heap", due=D_SAT),),
    ),
    # The wedding planner.
    case(
        "The photographer's contract is suddenly top priority, they're double-booked!",
        one_of(0, priority=("high", "urgent")),
        untouched_except(0),
        seeds=(s("Chase the photographer's contract", priority="low"), "Order the favours"),
    ),
    case(
        "Move the cake tasting to Monday, same time",
        state(0, due=spoken(MONDAY, "15:00")),
        seeds=(s("Cake tasting with the Millers", due=berlin(D_FRI, "15:00")),),
    ),
    case(
        "Can you add a description to the seating plan one: table 4 must be near the exit for "
        "Grandma's wheelchair",
        described("wheelchair", task=0),
        seeds=("Send the seating plan to the venue",),
    ),
    case(
        "The quartet booking doesn't have a deadline any more, the couple went with a DJ for "
        "the evening - just remove the date",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(s("Book the string quartet", due=D_TUE),),
    ),
    # The hospital pharmacist.
    case(
        "Please lower the priority of the antibiotic guideline update, it's been deferred to "
        "the next committee.",
        lowered(0),
        seeds=(s("Update the antibiotic guideline", priority="medium"),),
    ),
    case(
        "Formulary deadline moved: it's now 11 December.",
        state(0, due=FRIDAY_11_DEC),
        seeds=(s("Submit the formulary application", due=D_FRI_NEXT),),
    ),
    case(
        "Tag the fridge audit with 'governance' as well.",
        tagged("audit", "governance", task=0),
        seeds=(s("Audit the fridge temperatures", tags=["audit"]),),
    ),
    case(
        "Clear the note on the medicines safety email task, it's out of date.",
        one_of(0, description=CLEARED),
        state(0, status="pending"),
        seeds=(s("Reply to the medicines safety email", description="Re: insulin incident"),),
    ),
    # The vet.
    case(
        "Rabies vaccine order - make it urgent, we've got a travel clinic Monday",
        state(0, priority="urgent"),
        seeds=(s("Order more rabies vaccine", priority="medium"),),
    ),
    case(
        "Give me two more days on the CPD upload",
        state(0, due=SATURDAY_12_DEC),
        seeds=(s("Upload CPD certificate", due="2026-12-10"),),
    ),
    case(
        "Change the Mrs Kowalski task to 'Call Mrs Kowalski about the spaniel's dental'",
        state(0, title="Call Mrs Kowalski about the spaniel's dental"),
        seeds=("Call Mrs Kowalski",),
    ),
    case(
        "take the urgent tag off the post-mortem report, it's not that bad",
        tagged("reports", task=0, without=("urgent",)),
        seeds=(s("Write up the post-mortem report", tags=["reports", "urgent"]),),
    ),
    # Jamaican English.
    case(
        "Shift di passport renewal to next Friday",
        state(0, due=FRIDAY_NEXT),
        seeds=(s("Renew my passport", due=D_FRI),),
    ),
    case(
        "Send money to Mama is more important than dat, put it up",
        raised(0),
        seeds=(s("Send money to Mama", priority="low"),),
    ),
    # An Arabic speaker's English.
    case(
        "Please delay the mechanic task three days more",
        state(0, due=WEDNESDAY_NEXT),
        seeds=(s("Take the car to the mechanic", due=D_SUN),),
    ),
    case(
        "The school fees is not so urgent now, they give us extension, please make it less "
        "priority",
        lowered(0),
        seeds=(s("Pay the school fees", priority="high"),),
    ),
    case(
        "Please to write in the embassy task: bring the original passport and two photos",
        described("original passport", task=0),
        seeds=("Send the documents to the embassy",),
    ),
    # The pilot.
    case(
        "Slide the chart update right by a day - I'm on a layover Monday",
        state(0, due=TUESDAY_NEXT),
        seeds=(s("Update the charts on the iPad", due=D_MON),),
    ),
    case(
        "Sim check: set priority high",
        state(0, priority="high"),
        seeds=("Book the sim check",),
    ),
    case(
        "Crew parking - no due date needed, remove it",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(s("Pay crew parking", due=D_TUE),),
    ),
    # Welsh English.
    case(
        "Can you call the gutter one 'Fix the gutter over the back door' so I know which one",
        state(0, title="Fix the gutter over the back door"),
        seeds=("Fix the gutter",),
    ),
    case(
        "Chapel's half an hour earlier this week, can you change Mam's one to half nine",
        state(0, due=spoken(SUNDAY, "09:30")),
        seeds=(s("Take Mam to chapel", due=berlin(D_SUN, "10:00")),),
    ),
    case(
        "Take the bills tag off the council tax one and put it under house instead",
        tagged("house", task=0, without=("bills",)),
        seeds=(s("Pay the council tax", tags=["bills"]),),
    ),
)


# 5. A reminder set, moved or cleared on an existing task; no task added, due unchanged.
REMINDERS: tuple[Case, ...] = (
    # The sailor.
    case(
        "Give us a shout about the mooring fee on Monday at 0900",
        reminded(MONDAY, task=0, hours=[9]),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Renew the mooring fee", due=D_TUE),),
    ),
    case(
        "Remind me an hour before the outboard service",
        reminded(SATURDAY, task=0, hours=[9]),
        state(0, due=spoken(SATURDAY, "10:00")),
        nothing_added(),
        seeds=(s("Service the outboard", due=berlin(D_SAT, "10:00")),),
    ),
    case(
        "No need for the bilge reminder, I'll be aboard anyway",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY, status="pending"),
        nothing_added(),
        seeds=(s("Pump out the bilge", due=D_SAT, reminder=berlin(D_SAT, "08:00")),),
    ),
    case(
        "Set a reminder for the crane-out booking for Friday week",
        reminded(FRIDAY_NEXT, task=0),
        state(0, due=MONDAY_7_DEC),
        nothing_added(),
        seeds=(s("Book the crane-out", due="2026-12-07"),),
    ),
    # The landlord.
    case(
        "Can you remind me about the flat 3 inspection the evening before",
        reminded(TUESDAY_NEXT, task=0, hours=EVENING),
        state(0, due=spoken(WEDNESDAY_NEXT, "11:00")),
        nothing_added(),
        seeds=(s("Inspection at flat 3", due=berlin(D_WED, "11:00")),),
    ),
    case(
        "Move the flat 4 rent reminder to tomorrow at 10",
        reminded(FRIDAY, task=0, hours=[10]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Chase the rent from flat 4", due=D_MON, reminder=berlin(D_MON, "09:00")),),
    ),
    case(
        "Nudge me about Mr Osei's deposit on Tuesday morning",
        reminded(TUESDAY_NEXT, task=0, hours=MORNING),
        state(0, due=THURSDAY_NEXT),
        untouched_except(0),
        seeds=(s("Return Mr Osei's deposit", due=D_THU), "Fix the boiler in flat 1"),
    ),
    # The allotment keeper.
    case(
        "frost forecast tonight - remind me to cover the dahlias at 8 this evening",
        reminded(TODAY, task=0, hours=[20]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Cover the dahlias", due=D_FRI),),
    ),
    case(
        "Set a reminder for the seed potatoes for the 8th of December",
        reminded(TUESDAY_8_DEC, task=0),
        state(0, due=TUESDAY_15_DEC),
        nothing_added(),
        seeds=(s("Order seed potatoes", due="2026-12-15"),),
    ),
    case(
        "scrap the reminder on the allotment rent, the committee will text me anyway",
        one_of(0, reminder=CLEARED),
        state(0, due=MONDAY, status="pending"),
        nothing_added(),
        seeds=(s("Pay the allotment rent", due=D_MON, reminder=berlin(D_SUN, "18:00")),),
    ),
    # The wedding planner.
    case(
        "Ping me about the seating plan on Monday at 2pm!",
        reminded(MONDAY, task=0, hours=[14]),
        state(0, due=WEDNESDAY_NEXT),
        nothing_added(),
        seeds=(s("Send the seating plan to the venue", due=D_WED),),
    ),
    case(
        "Remind me 30 minutes before the cake tasting please, I always lose track of time",
        reminded(FRIDAY, task=0, hours=[14]),
        state(0, due=spoken(FRIDAY, "15:00")),
        nothing_added(),
        seeds=(s("Cake tasting with the Millers", due=berlin(D_FRI, "15:00")),),
    ),
    case(
        "Could the florist reminder be Saturday instead of tomorrow? Same time",
        reminded(SATURDAY, task=0, hours=[9]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(
            s(
                "Confirm the florist for the Patel wedding",
                due=D_MON,
                reminder=berlin(D_FRI, "09:00"),
            ),
        ),
    ),
    # The hospital pharmacist.
    case(
        "Set a reminder on the formulary application for Thursday 3 December at 09:00.",
        reminded(THURSDAY_NEXT, task=0, hours=[9]),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Submit the formulary application", due=D_FRI_NEXT),),
    ),
    case(
        "Reminder for the CD register check: 15 minutes beforehand.",
        reminded(FRIDAY, task=0, hours=[13]),
        state(0, due=spoken(FRIDAY, "14:00")),
        nothing_added(),
        seeds=(s("CD register check on ward 7", due=berlin(D_FRI, "14:00")),),
    ),
    case(
        "Remove the reminder from the insulin pen order.",
        one_of(0, reminder=CLEARED),
        state(0, due=MONDAY, status="pending"),
        nothing_added(),
        seeds=(s("Order the insulin pens", due=D_MON, reminder=berlin(D_MON, "08:00")),),
    ),
    # The vet.
    case(
        "remind me about the rabies vaccine order tomorrow first thing",
        reminded(FRIDAY, task=0, hours=MORNING),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Order more rabies vaccine", due=D_MON),),
    ),
    case(
        "Put a reminder on the CPD upload for next Wednesday lunchtime",
        reminded((WEDNESDAY_NEXT, WEDNESDAY_9_DEC), task=0, hours=LUNCHTIME),
        state(0, due=THURSDAY_10_DEC),
        untouched_except(0),
        seeds=(s("Upload CPD certificate", due="2026-12-10"), "Service the X-ray machine"),
    ),
    case(
        "Move the Kowalski reminder to after morning surgery, say half eleven",
        reminded(FRIDAY, task=0, hours=[11]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Call Mrs Kowalski", due=D_FRI, reminder=berlin(D_FRI, "09:00")),),
    ),
    # Jamaican English.
    case(
        "Remind mi bout di light bill Sunday evening",
        reminded(SUNDAY, task=0, hours=EVENING),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Pay the light bill", due=D_MON),),
    ),
    case(
        "Set a reminder fi di passport, Wednesday at 9",
        reminded(WEDNESDAY_NEXT, task=0, hours=[9, 21]),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Renew my passport", due=D_FRI_NEXT),),
    ),
    case(
        "Tek off di reminder pon Auntie Merle call, mi will remember",
        one_of(0, reminder=CLEARED),
        state(0, due=FRIDAY, status="pending"),
        nothing_added(),
        seeds=(s("Call Auntie Merle", due=D_FRI, reminder=berlin(D_FRI, "18:00")),),
    ),
    # An Arabic speaker's English.
    case(
        "Please remind me for the school fees one day before",
        reminded(SUNDAY, task=0),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Pay the school fees", due=D_MON),),
    ),
    case(
        "Please put alarm for the embassy documents tomorrow at 4 in the afternoon",
        reminded(FRIDAY, task=0, hours=[16]),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Send the documents to the embassy", due=D_TUE),),
    ),
    case(
        "The reminder for the mechanic, please change it to Sunday 7 in the morning",
        reminded(SUNDAY, task=0, hours=[7]),
        state(0, due=spoken(SUNDAY, "09:00")),
        nothing_added(),
        seeds=(
            s(
                "Take the car to the mechanic",
                due=berlin(D_SUN, "09:00"),
                reminder=berlin(D_SAT, "20:00"),
            ),
        ),
    ),
    # The pilot.
    case(
        "Reminder on the medical renewal: Monday 0800",
        reminded(MONDAY, task=0, hours=[8]),
        state(0, due=THURSDAY_10_DEC),
        nothing_added(),
        seeds=(s("Renew my class 1 medical", due="2026-12-10"),),
    ),
    case(
        "Alert me two hours before the roster bids close",
        reminded(MONDAY, task=0, hours=[16]),
        state(0, due=spoken(MONDAY, "18:00")),
        nothing_added(),
        seeds=(s("Submit roster bids", due=berlin(D_MON, "18:00")),),
    ),
    case(
        "Push the sim check reminder to Wednesday, I'm flying Tuesday",
        reminded(WEDNESDAY_NEXT, task=0),
        state(0, due=THURSDAY_NEXT),
        untouched_except(0),
        seeds=(
            s("Book the sim check", due=D_THU, reminder=berlin(D_TUE, "09:00")),
            "Update the charts on the iPad",
        ),
    ),
    # Welsh English.
    case(
        "Remind me about the rugby tickets tonight at 7, will you",
        reminded(TODAY, task=0, hours=[19]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Sort the rugby tickets", due=D_SAT),),
    ),
    case(
        "Get rid of the reminder on the council tax, I've got it in my diary",
        one_of(0, reminder=CLEARED),
        state(0, due=FRIDAY, status="pending"),
        nothing_added(),
        seeds=(s("Pay the council tax", due=D_FRI, reminder=berlin(D_FRI, "09:00")),),
    ),
    case(
        "Give me a nudge about the gutter Friday afternoon, it's supposed to be dry Saturday",
        reminded((FRIDAY, FRIDAY_NEXT), task=0, hours=AFTERNOON),
        state(0, due=SATURDAY_NEXT),
        nothing_added(),
        seeds=(s("Fix the gutter", due=D_SAT_NEXT),),
    ),
)


# 6. Questions about a window of days: what is in it is named, what is not is left out.
WINDOWS: tuple[Case, ...] = (
    # The sailor.
    case(
        "What's on the slate for tomorrow?",
        says("dinghy"),
        lacks("bilge", "outboard"),
        UNCHANGED,
        seeds=(
            s("Varnish the dinghy", due=D_FRI),
            s("Pump out the bilge", due=D_SAT),
            s("Service the outboard", due=D_WED),
        ),
    ),
    case(
        "What've I got on over the weekend?",
        says("bilge", "mooring"),
        lacks("dinghy", "outboard"),
        UNCHANGED,
        seeds=(
            s("Pump out the bilge", due=D_SAT),
            s("Check the mooring lines", due=D_SUN),
            s("Varnish the dinghy", due=D_FRI),
            s("Service the outboard", due=D_MON),
        ),
    ),
    case(
        "Am I behind on anything?",
        says("harbour"),
        lacks("mooring", "hull"),
        UNCHANGED,
        seeds=(
            s("Pay the harbour dues", due="2026-11-20"),
            s("Renew the mooring fee", due=D_TUE),
            s("Scrape the hull", "completed", due="2026-11-18"),
        ),
    ),
    # The landlord.
    case(
        "Right, what have I got next week?",
        says("Inspection", "Osei"),
        lacks("Gas safety", "insurance"),
        UNCHANGED,
        seeds=(
            s("Inspection at flat 3", due=D_WED),
            s("Return Mr Osei's deposit", due=D_THU),
            s("Gas safety check for flat 2", due=D_FRI),
            s("Renew the landlord insurance", due="2026-12-10"),
        ),
    ),
    case(
        "show me everything tagged flat4",
        says("rent", "kitchen tap"),
        lacks("boiler"),
        UNCHANGED,
        seeds=(
            s("Chase the rent", tags=["flat4"]),
            s("Replace the kitchen tap", tags=["flat4"]),
            s("Fix the boiler", tags=["flat1"]),
        ),
    ),
    case(
        "What have I got on in December?",
        says("insurance", "Smoke alarm"),
        lacks("Gas safety", "Rent review"),
        UNCHANGED,
        seeds=(
            s("Renew the landlord insurance", due="2026-12-10"),
            s("Smoke alarm test", due=D_TUE),
            s("Gas safety check", due=D_FRI),
            s("Rent review for flat 2", due="2027-01-05"),
        ),
    ),
    # The allotment keeper.
    case(
        "what needs doing on the plot today",
        says("greenhouse"),
        lacks("leeks", "brassicas"),
        UNCHANGED,
        seeds=(
            s("Water the greenhouse", due=D_TODAY),
            s("Lift the leeks", due=D_SAT),
            s("Net the brassicas", due=D_FRI),
        ),
    ),
    case(
        "anything I've let slide?",
        says("compost", "shed door"),
        lacks("seed potatoes", "leeks"),
        UNCHANGED,
        seeds=(
            s("Turn the compost heap", due="2026-11-22"),
            s("Fix the shed door", due="2026-11-24"),
            s("Order seed potatoes", due="2026-12-15"),
            s("Lift the leeks", "deleted", due="2026-11-20"),
        ),
    ),
    case(
        "What's on between now and Sunday?",
        says("brassicas", "leeks"),
        lacks("potatoes"),
        UNCHANGED,
        seeds=(
            s("Net the brassicas", due=D_FRI),
            s("Lift the leeks", due=D_SUN),
            s("Order seed potatoes", due="2026-12-15"),
        ),
    ),
    # The wedding planner.
    case(
        "What's happening Saturday?",
        says("rehearsal"),
        lacks("cake", "walkthrough"),
        UNCHANGED,
        seeds=(
            s("Patel wedding rehearsal", due=berlin(D_SAT, "16:00")),
            s("Cake tasting with the Millers", due=berlin(D_FRI, "15:00")),
            s("Venue walkthrough", due=D_TUE),
        ),
    ),
    case(
        "Show me everything for the rest of this week!",
        says("florist", "favours"),
        lacks("seating"),
        UNCHANGED,
        seeds=(
            s("Confirm the florist", due=D_FRI),
            s("Order the favours", due=D_SUN),
            s("Send the seating plan", due=D_WED),
        ),
    ),
    case(
        "What have I got between the 1st and the 5th of December?",
        says("dress fitting", "seating"),
        lacks("photographer", "quartet"),
        UNCHANGED,
        seeds=(
            s("Final dress fitting", due=D_THU),
            s("Send the seating plan", due=D_WED),
            s("Chase the photographer", due=D_MON),
            s("Book the string quartet", due="2026-12-08"),
        ),
    ),
    # The hospital pharmacist.
    case(
        "Which tasks are due on Monday?",
        says("insulin"),
        lacks("CD register", "Formulary"),
        UNCHANGED,
        seeds=(
            s("Order the insulin pens", due=D_MON),
            s("CD register check", due=D_FRI),
            s("Formulary meeting prep", due="2026-12-07"),
        ),
    ),
    case(
        "List anything overdue, please.",
        says("medicines safety"),
        lacks("antibiotic", "fridge"),
        UNCHANGED,
        seeds=(
            s("Reply to the medicines safety email", due="2026-11-23"),
            s("Update the antibiotic guideline", due=D_TUE),
            s("Audit the fridge temperatures", "completed", due="2026-11-20"),
        ),
    ),
    case(
        "What's on for the week after next?",
        says("Formulary"),
        lacks("antibiotic", "Ward 9"),
        UNCHANGED,
        seeds=(
            s("Formulary meeting prep", due="2026-12-08"),
            s("Update the antibiotic guideline", due=D_WED),
            s("Ward 9 stock review", due="2026-12-15"),
        ),
    ),
    # The vet.
    case(
        "What's on my list for tomorrow",
        says("Kowalski"),
        lacks("Jenkins", "rabies"),
        UNCHANGED,
        seeds=(
            s("Call Mrs Kowalski", due=D_FRI),
            s("Spay the Jenkins cat", due=D_TUE),
            s("Order more rabies vaccine", due=D_MON),
        ),
    ),
    case(
        "Anything urgent I should know about?",
        says("rabies"),
        lacks("CPD", "X-ray"),
        UNCHANGED,
        seeds=(
            s("Order more rabies vaccine", priority="urgent"),
            s("Upload CPD certificate", priority="low"),
            "Service the X-ray machine",
        ),
    ),
    case(
        "What's due Tuesday?",
        says("Jenkins"),
        lacks("Kowalski"),
        UNCHANGED,
        seeds=(s("Spay the Jenkins cat", due=D_TUE), s("Call Mrs Kowalski", due=D_FRI)),
    ),
    # Jamaican English.
    case(
        "Wah mi have fi do dis weekend?",
        says("barrel", "Merle"),
        lacks("light bill"),
        UNCHANGED,
        seeds=(
            s("Collect the barrel", due=D_SAT),
            s("Call Auntie Merle", due=D_SUN),
            s("Pay the light bill", due=D_MON),
        ),
    ),
    case(
        "Wah overdue?",
        says("passport"),
        lacks("Mama", "bread"),
        UNCHANGED,
        seeds=(
            s("Renew my passport", due="2026-11-20"),
            s("Send money to Mama", due="2026-12-15"),
            s("Buy hard dough bread", "deleted", due="2026-11-21"),
        ),
    ),
    case(
        "Show mi everything fi next week",
        says("light bill", "passport"),
        lacks("barrel", "Mama"),
        UNCHANGED,
        seeds=(
            s("Pay the light bill", due=D_MON),
            s("Renew my passport", due=D_FRI_NEXT),
            s("Collect the barrel", due=D_SAT),
            s("Send money to Mama", due="2026-12-15"),
        ),
    ),
    # An Arabic speaker's English.
    case(
        "Please, what I have the day after tomorrow?",
        says("school fees"),
        lacks("Khalid", "mechanic"),
        UNCHANGED,
        seeds=(
            s("Pay the school fees", due=D_SAT),
            s("Buy a gift for Khalid", due=D_FRI),
            s("Take the car to the mechanic", due=D_SUN),
        ),
    ),
    case(
        "What tasks I have in this month still?",
        says("Pay the rent", "embassy"),
        lacks("residence"),
        UNCHANGED,
        seeds=(
            s("Pay the rent", due=D_MON),
            s("Send the documents to the embassy", due=D_SAT),
            s("Renew the residence permit", due=D_THU),
        ),
    ),
    case(
        "Show me only the important ones please",
        says("residence", "school fees"),
        lacks("Khalid"),
        UNCHANGED,
        seeds=(
            s("Renew the residence permit", priority="urgent"),
            s("Pay the school fees", priority="high"),
            s("Buy a gift for Khalid", priority="low"),
        ),
    ),
    # The pilot.
    case(
        "What's on between Sunday and Wednesday?",
        says("roster", "charts"),
        lacks("medical", "parking"),
        UNCHANGED,
        seeds=(
            s("Submit roster bids", due=D_MON),
            s("Update the charts", due=D_TUE),
            s("Renew my class 1 medical", due="2026-12-10"),
            s("Pay crew parking", due=D_FRI),
        ),
    ),
    case(
        "Anything tagged licence?",
        says("medical", "proficiency"),
        lacks("parking"),
        UNCHANGED,
        seeds=(
            s("Renew my class 1 medical", tags=["licence"]),
            s("Licence proficiency check", tags=["licence"]),
            s("Pay crew parking", tags=["money"]),
        ),
    ),
    case(
        "What's due today, local time?",
        says("charts"),
        lacks("roster"),
        UNCHANGED,
        seeds=(s("Update the charts on the iPad", due=D_TODAY), s("Submit roster bids", due=D_FRI)),
    ),
    # Welsh English.
    case(
        "What have I got on Friday then?",
        says("council tax"),
        lacks("rugby", "Bethan"),
        UNCHANGED,
        seeds=(
            s("Pay the council tax", due=D_FRI),
            s("Sort the rugby tickets", due=D_SAT),
            s("Ring Bethan", due=D_FRI_NEXT),
        ),
    ),
    case(
        "Is there anything overdue, or am I alright?",
        says("gutter"),
        lacks("chapel", "water bill"),
        UNCHANGED,
        seeds=(
            s("Fix the gutter", due="2026-11-21"),
            s("Take Mam to chapel", due=D_SUN),
            s("Pay the water bill", "deleted", due="2026-11-19"),
        ),
    ),
    case(
        "What's on for January?",
        says("Tenby"),
        lacks("council", "Service the car"),
        UNCHANGED,
        seeds=(
            s("Book the caravan for Tenby", due="2027-01-12"),
            s("Pay the council tax", due=D_FRI),
            s("Service the car", due="2027-02-03"),
        ),
    ),
)


# 7. Messages that lean on earlier ones.
FOLLOW_UPS: tuple[Case, ...] = (
    # The sailor.
    case(
        "make that urgent, there's a leak",
        bears("Pump out the bilge", priority="urgent"),
        before="add pump out the bilge on saturday",
    ),
    case(
        "Mark the second one done",
        state(1, status="completed"),
        untouched_except(1),
        seeds=("Varnish the dinghy", "Service the outboard", "Pay the harbour dues"),
        before="what's on the list?",
    ),
    case(
        "Belay that, I haven't done it yet",
        state(0, status="pending"),
        untouched_except(0),
        seeds=("Service the lifejackets", "Varnish the dinghy"),
        before="mark the lifejackets task done",
    ),
    case(
        "No, Monday - the harbour office is shut Friday",
        bears("Renew the mooring fee", due=MONDAY),
        before="add renew the mooring fee for friday",
    ),
    # The landlord.
    case(
        "and tag it flat1",
        bears("Fix the boiler in flat 1", due=FRIDAY),
        tagged("flat1", title="Fix the boiler in flat 1"),
        before="add fix the boiler in flat 1 tomorrow",
    ),
    case(
        "delete the first one, the tenant fixed the tap himself",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=("Chase the rent from flat 4", "Gas safety check for flat 2", "Replace the tap"),
        before="show me my jobs",
    ),
    case(
        "put a note on it: deduct for the missing keys",
        described("missing keys", title="Return Mr Osei's deposit"),
        before="add return Mr Osei's deposit",
    ),
    case(
        "undo that",
        state(0, due=WEDNESDAY_NEXT),
        seeds=(s("Inspection at flat 3", due=D_WED),),
        before="move the flat 3 inspection to friday",
    ),
    # The allotment keeper.
    case(
        "oh and make it every week",
        repeats("FREQ=WEEKLY", title="Lift the leeks"),
        before="add lift the leeks saturday",
    ),
    case(
        "the second one can go, I've given up on it",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=("Net the brassicas", "Grow melons in the cold frame", "Order seed potatoes"),
        before="what's on my list",
    ),
    case(
        "actually, delete it, Dave's already fixed it",
        bears("Fix the shed door", status=("deleted", "completed")),
        before="add fix the shed door",
    ),
    case(
        "actually no, leave it normal",
        bears("Order seed potatoes", priority=("none", "medium")),
        before=("add order seed potatoes", "make it high priority"),
    ),
    # The wedding planner.
    case(
        "ooh and make it urgent please!!",
        bears("Confirm the florist for the Patel wedding", priority="urgent"),
        before="add confirm the florist for the Patel wedding",
    ),
    case(
        "the middle one's done!",
        state(1, status="completed"),
        untouched_except(1),
        seeds=("Order the favours", "Book the string quartet", "Chase the photographer"),
        before="what do I have on?",
    ),
    case(
        "sorry I meant Wednesday!",
        bears("Send the seating plan to the venue", due=WEDNESDAY_NEXT),
        before="add send the seating plan to the venue for tuesday",
    ),
    case(
        "the Millers one",
        when(SATURDAY, task=0),
        untouched_except(0),
        seeds=(
            s("Cake tasting with the Millers", due=berlin(D_FRI, "15:00")),
            s("Cake tasting with the Hendersons", due=berlin(D_MON, "11:00")),
        ),
        before="move the cake tasting to saturday",
    ),
    # The hospital pharmacist.
    case(
        "Set it to low priority and tag it guidelines.",
        bears("Update the antibiotic guideline", priority="low"),
        tagged("guidelines", title="Update the antibiotic guideline"),
        before="add update the antibiotic guideline",
    ),
    case(
        "Delete the second.",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=(
            "Order the insulin pens",
            "Reply to the medicines safety email",
            "CD register check on ward 7",
        ),
        before="List my tasks.",
    ),
    case(
        "Sorry, wrong one, it's not done - reopen it.",
        state(0, status="pending"),
        untouched_except(0),
        seeds=("Audit the fridge temperatures", "Order the insulin pens"),
        before="Audit the fridge temperatures is complete.",
    ),
    case(
        "And the week after?",
        says("Formulary"),
        lacks("insulin"),
        UNCHANGED,
        seeds=(
            s("Formulary meeting prep", due="2026-12-08"),
            s("Order the insulin pens", due=D_TUE),
        ),
        before="what's due next week?",
    ),
    # The vet.
    case(
        "make that 9am",
        bears("Call Mrs Kowalski", due=spoken(FRIDAY, "09:00")),
        before="add call Mrs Kowalski tomorrow",
    ),
    case(
        "push the third one to Monday",
        state(0, due=MONDAY),
        untouched_except(0),
        seeds=("Order more rabies vaccine", "Upload CPD certificate", "Service the X-ray machine"),
        before="show me everything",
    ),
    case(
        "and another one: order more ketamine, urgent",
        bears("Order more ketamine", priority="urgent"),
        before="add write up the post-mortem report",
    ),
    case(
        "oh no, bring it back, wrong cat",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Spay the Jenkins cat", due=D_TUE), "Spay the Morris dog"),
        before="delete the Jenkins cat task",
    ),
    # Jamaican English.
    case(
        "mek it fi Monday",
        bears("Pay di light bill", due=MONDAY),
        before="add pay di light bill",
    ),
    case(
        "di second one done",
        state(1, status="completed"),
        untouched_except(1),
        seeds=("Call Auntie Merle", "Renew my passport", "Collect the barrel"),
        before="show mi di list",
    ),
    # An Arabic speaker's English.
    case(
        "please make it for Saturday and high priority",
        bears("Buy a gift for Khalid", due=SATURDAY, priority="high"),
        before="please add buy a gift for Khalid",
    ),
    case(
        "no sorry, I mean Tuesday",
        state(0, due=TUESDAY_NEXT),
        seeds=(s("Pay the school fees", due=D_MON),),
        before="please move the school fees to Wednesday",
    ),
    # The pilot.
    case(
        "Delete it. Ops booked it for me.",
        bears("Book the sim check", status=("deleted", "completed")),
        before="add book the sim check",
    ),
    case(
        "Correction: 1800, not all day",
        bears("Submit roster bids", due=spoken(MONDAY, "18:00")),
        before="add submit roster bids monday",
    ),
    # Welsh English.
    case(
        "and put on it that it's about Nia's christening, will you",
        described("christening", title="Ring Bethan"),
        before="add ring Bethan",
    ),
    case(
        "tick off the top one, Gethin sorted it",
        state(2, status="completed"),
        untouched_except(2),
        seeds=("Pay the council tax", "Fix the gutter", "Sort the rugby tickets"),
        before="what's on my list, then?",
    ),
)


# 8a. The contract's table said differently, with search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    # Add.
    case("Put 'service the outboard' on the list, would you", fresh("Service the outboard")),
    case(
        "Add a task to replace the kitchen tap in flat 4",
        fresh("Replace the kitchen tap in flat 4"),
    ),
    case("new task - buy more fleece", fresh("Buy more fleece")),
    case(
        "Please add order the favours for the Patel wedding!",
        fresh("Order the favours for the Patel wedding"),
    ),
    case("Add wash di car", fresh("Wash di car")),
    # List.
    case(
        "Show me all my tasks.",
        says("insulin", "medicines safety"),
        UNCHANGED,
        seeds=(
            "Order the insulin pens",
            "Reply to the medicines safety email",
            s("CD register check", "completed"),
        ),
    ),
    case(
        "What's on the slate?",
        says("dinghy", "harbour dues"),
        UNCHANGED,
        seeds=("Varnish the dinghy", "Pay the harbour dues"),
    ),
    case(
        "Mek mi see mi list",
        says("light bill", "Merle"),
        UNCHANGED,
        seeds=("Pay the light bill", "Call Auntie Merle"),
    ),
    case(
        "Give me a rundown of everything I've got",
        says("medical", "sim check"),
        UNCHANGED,
        seeds=("Renew my class 1 medical", "Book the sim check"),
    ),
    # Pending.
    case(
        "What's still outstanding?",
        says("rabies", "X-ray"),
        lacks("CPD"),
        UNCHANGED,
        seeds=(
            "Order more rabies vaccine",
            s("Upload CPD certificate", "completed"),
            "Service the X-ray machine",
        ),
    ),
    case(
        "What's left to do, then?",
        says("gutter"),
        lacks("council"),
        UNCHANGED,
        seeds=("Fix the gutter", s("Pay the council tax", "completed")),
    ),
    case(
        "Which tasks still not finished?",
        says("school fees"),
        lacks("embassy"),
        UNCHANGED,
        seeds=("Pay the school fees", s("Send the documents to the embassy", "completed")),
    ),
    # Complete.
    case(
        "Mark task {1} as complete",
        *done(1),
        seeds=("Chase the rent from flat 4", "Fix the boiler in flat 1"),
    ),
    case(
        "Complete the roster bids task",
        *done(0),
        seeds=("Submit roster bids", "Update the charts on the iPad"),
    ),
    case(
        "tick off lift the leeks",
        *done(1),
        seeds=("Net the brassicas", "Lift the leeks"),
    ),
    # Delete.
    case(
        "Can you delete the string quartet task? The couple cancelled it",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Book the string quartet", "Order the favours"),
    ),
    case(
        "Remove task {0}.",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Formulary meeting prep", "Audit the fridge temperatures"),
    ),
    case(
        "Tek off di hard dough bread one, mi nuh need it",
        one_of(0, status=("deleted", "completed")),
        untouched_except(0),
        seeds=("Buy hard dough bread", "Renew my passport"),
    ),
    # Rename.
    case(
        "Change task {0} to 'Scrape and antifoul the hull'",
        state(0, title="Scrape and antifoul the hull"),
        untouched_except(0),
        seeds=("Scrape the hull", "Varnish the dinghy"),
    ),
    case(
        "Please change name of 'buy gift' to 'Buy a gift for Khalid birthday'",
        state(0, title="Buy a gift for Khalid birthday"),
        seeds=("Buy gift",),
    ),
    # "I need to remember".
    case(
        "I need to remember to renew the controlled drugs licence",
        fresh("Renew the controlled drugs licence"),
    ),
    case(
        "I need to remember to phone Nia about the christening",
        fresh("Phone Nia about the christening"),
    ),
    case("need to remember to pay crew parking", fresh("Pay crew parking")),
    # Completed.
    case(
        "What have I got done so far?",
        says("Gas safety"),
        lacks("boiler"),
        UNCHANGED,
        seeds=(s("Gas safety check for flat 2", "completed"), "Fix the boiler in flat 1"),
    ),
    case(
        "what have I finished lately",
        says("leeks", "brassicas"),
        lacks("shed door"),
        UNCHANGED,
        seeds=(
            s("Lift the leeks", "completed"),
            s("Net the brassicas", "completed"),
            "Fix the shed door",
        ),
    ),
    # Search.
    case(
        "Find everything to do with the Millers",
        says("Cake tasting", "photographer"),
        lacks("favours"),
        UNCHANGED,
        seeds=(
            "Cake tasting with the Millers",
            "Chase the photographer for the Millers",
            "Order the favours for the Patels",
        ),
    ),
    case(
        "Search for insulin.",
        says("insulin pens", "storage audit"),
        lacks("antibiotic"),
        UNCHANGED,
        seeds=(
            "Order the insulin pens",
            "Insulin storage audit",
            "Update the antibiotic guideline",
        ),
    ),
    # Tags.
    case(
        "What tags have I got?",
        says("flat4", "flat1"),
        UNCHANGED,
        seeds=(s("Chase the rent", tags=["flat4"]), s("Fix the boiler", tags=["flat1"])),
    ),
    case(
        "Which labels am I using?",
        says("boat", "money"),
        UNCHANGED,
        seeds=(s("Varnish the dinghy", tags=["boat"]), s("Pay harbour dues", tags=["money"])),
    ),
    # Reopen.
    case(
        "Reopen the Kowalski task, she rang back with more questions",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Call Mrs Kowalski", "completed"), "Upload CPD certificate"),
    ),
    case(
        "Please the school fees is not finished, make it open again",
        state(0, status="pending"),
        seeds=(s("Pay the school fees", "completed"),),
    ),
    # Restore.
    case(
        "i deleted order seed potatoes by mistake, can you get it back",
        state(0, status="pending"),
        seeds=(s("Order seed potatoes", "deleted"),),
    ),
    case(
        "Bring back the chapel one, I binned it by accident",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Take Mam to chapel", "deleted"), "Fix the gutter"),
    ),
)


# 8b. Safety: ambiguous requests ask and change nothing; non-requests change nothing.
SAFETY: tuple[Case, ...] = (
    # Ambiguous: several tasks match.
    case(
        "delete the boiler job",
        UNCHANGED,
        seeds=("Fix the boiler in flat 1", "Fix the boiler in flat 3"),
    ),
    case(
        "The cake tasting's done!",
        UNCHANGED,
        seeds=("Cake tasting with the Millers", "Cake tasting with the Hendersons"),
    ),
    case(
        "Mark the Kowalski call done",
        UNCHANGED,
        seeds=("Call Mrs Kowalski", "Call Mr Kowalski"),
    ),
    case(
        "push the watering to tomorrow",
        UNCHANGED,
        seeds=("Water the greenhouse", "Water the leeks"),
    ),
    case(
        "Stock check completed.",
        UNCHANGED,
        seeds=("Ward 7 stock check", "Ward 9 stock check"),
    ),
    case(
        "Please, the payment is done",
        UNCHANGED,
        seeds=("Pay the rent", "Pay the school fees"),
    ),
    case(
        "Cancel the check.",
        UNCHANGED,
        seeds=("Book the sim check", "Licence proficiency check"),
    ),
    case(
        "Done that phone call now, tidy",
        UNCHANGED,
        seeds=("Ring Bethan", "Ring Gethin"),
    ),
    case(
        "Move the spay to Monday",
        UNCHANGED,
        seeds=("Spay the Jenkins cat", "Spay the Morris dog"),
    ),
    # "It" with nothing before it.
    case("Scrub that one.", UNCHANGED, seeds=("Varnish the dinghy", "Pump out the bilge")),
    case("Mark it done", UNCHANGED, seeds=("Pay the light bill", "Call Auntie Merle")),
    case("Delete it.", UNCHANGED, seeds=("Book the sim check", "Submit roster bids")),
    # A task that does not exist, or a fact that names none.
    case("Please delete the dentist appointment", UNCHANGED, seeds=("Pay the school fees",)),
    case("The boiler's been fixed, tidy", UNCHANGED, seeds=("Fix the gutter",)),
    case(
        "Three ops done this morning, all went smoothly",
        UNCHANGED,
        seeds=("Order more rabies vaccine",),
    ),
    # Chatter and questions about the product.
    case(
        "Fair winds to you, shipmate, and thanks for the help today",
        UNCHANGED,
        seeds=("Varnish the dinghy",),
    ),
    case("Honestly, tenants. Never again.", UNCHANGED, seeds=("Chase the rent from flat 4",)),
    case(
        "OMG the Patel wedding was AMAZING, everyone cried 😭",
        UNCHANGED,
        seeds=("Confirm the florist for the Patel wedding",),
    ),
    case("Long shift. Three wards, one pharmacist.", UNCHANGED, seeds=("Order the insulin pens",)),
    case("Wah gwaan, how yuh do today?", UNCHANGED, seeds=("Pay the light bill",)),
    case(
        "Thank you very much my friend, you are very helpful",
        UNCHANGED,
        seeds=("Pay the school fees",),
    ),
    case(
        "Weather's looking grim for the approach into Bergen tomorrow",
        UNCHANGED,
        seeds=("Submit roster bids",),
    ),
    case("Duw, it's been raining all day here", UNCHANGED, seeds=("Fix the gutter",)),
    case(
        "the frost got my last dahlias, gutted",
        UNCHANGED,
        seeds=("Cover the dahlias", "Lift the leeks"),
    ),
    case("Can you send texts to my clients?", UNCHANGED, seeds=("Call Mrs Kowalski",)),
    case(
        "do you work with my letting agent's system?",
        UNCHANGED,
        seeds=("Chase the rent from flat 4",),
    ),
    # Hedges and questions about a task.
    case(
        "I wonder if I should cancel the quartet... let me think about it",
        UNCHANGED,
        seeds=("Book the string quartet",),
    ),
    case(
        "Might delete the guideline task later, not sure yet.",
        UNCHANGED,
        seeds=("Update the antibiotic guideline",),
    ),
    case(
        "Should I service the outboard myself or get the yard to do it?",
        UNCHANGED,
        seeds=("Service the outboard",),
    ),
    case("hmm let me think", UNCHANGED, seeds=("Turn the compost heap",)),
)


HELD_OUT_EIGHTH: tuple[Case, ...] = (
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
