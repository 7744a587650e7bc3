"""A seventh held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py``, ``second_voice.py`` to ``tenth_voice.py``, ``held_out.py`` to
``held_out_sixth.py``): only their imports, helpers, constants and module docstrings. They were
written before the changes that will be scored against them, from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section), from the tools' arguments
(``docs/mcp.md``), from how a conversation is played (``conftest.py``) and from what an
ordinary user of a task manager would expect. No sentence was run through the engine while
writing, no scoring test was run, and none is ever tuned against, sentence by sentence: a miss
here is a miss to report, not an expectation to adjust.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: a plumber running a one-man business ("jobs", "quotes", "the merchants", "first
thing"); a doctoral student (supervisor, chapters, reviewer 2, careful hedging); an army
veteran writing clipped, radio-style messages ("0800", "negative", "roger", "sitrep"); a voice
from the American South ("fixin' to", "y'all", "hon", "ain't"); Filipino English ("po", "na",
"already", "until Dec 4 only"); a Brazilian Portuguese speaker's English ("put for me", "make
the payment of", "pass it for the next week"); a Russian speaker's English (dropped articles,
"I must to", "is important", word order carried over); a primary-school teacher in term time
(marking, parents, the trip, "could you pop"); a touring musician (gigs, soundcheck, the
setlist, lowercase); and a bookkeeper (reconciliations, the VAT return, invoices to chase).

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("stick X on the list", "jot down", hedges
   such as "maybe I ought to" and "I guess I need to", "a to-do called X, note: Y"), with
   dates, times, priority and tags; only the title reaches the title, and a note is kept as the
   task's description.
2. ``REPEATS``: repeats said in words ("every evening at 6", "every weekday morning",
   "annually", "quarterly", "every other Friday", "the first Sunday of every month"), on a new
   task or an existing one; a repeat changed or stopped.
3. ``FACTS``: statements of fact that mean "done" complete the task they name and leave every
   other task alone; negatives, plans and questions change nothing.
4. ``EDITS``: relative edits (priority a level up or down, the due date moved by days, by a
   week, into next week, "a day later"), a due date taken off, rename and description.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative
   to its due date; no task is added and the task's due date stays as it was.
6. ``WINDOWS``: questions about a day, the weekend, this or next week, the week after next, a
   month, a span of days and overdue: the reply names what is in the window, leaves out what is
   not (a deleted task never), and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "make that one urgent"
   after an add, "the Novak one" or "the second" after a question, a position in a list just
   shown, "delete it", undo, a correction, a tag or a note added to the task just made.
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending,
   complete, delete, rename, "I need to remember", completed), with search, tags, reopen and
   restore; and safety: an ambiguous request asks and changes nothing, a message that is not a
   request changes nothing, and nothing is deleted or completed on a guess (a task that does
   not exist, "three jobs done" that names none).

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. Seeded times carry Berlin's winter offset
(+01:00). Tasks are checked as the tools report them (``status`` pending, completed or
deleted; ``priority`` none, low, medium, high or urgent; ``tags`` a list; ``due`` and
``reminder`` spoken in the user's zone, "Friday 27 November 2026" for a whole day and "Friday
27 November 2026, 09:00" with a time; ``recurrence`` as RRULE text). Titles are expected with
their first letter capitalised. Where the words leave the meaning open ("next Friday" said on
a Thursday, "next Saturday", "nothing urgent", "is important", "first thing", "lunchtime",
"sometime next week", a title that may keep "quarterly"), every reasonable reading is
accepted; a day said without a time is checked on the day only. A list shows the latest seeded
task first, as the corpus says; "the second one" of three is the middle one either way.
Recurring seeds carry a due date, as a repeating task in a task manager usually has one.

No new check is defined here: the set uses the helpers of ``held_out.py``,
``held_out_second.py``, ``held_out_fourth.py``, ``held_out_fifth.py`` and
``held_out_sixth.py`` as they are.
"""

from __future__ import annotations

from .corpus import UNCHANGED, Case, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out_fifth import MONDAY_7_DEC, THURSDAY_24_DEC
from .held_out_fourth import (
    CLEARED,
    EVENING,
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
    tagged,
    untouched_except,
    when,
)
from .held_out_second import (
    FRIDAY_NEXT,
    NEXT_WEEK,
    SATURDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
)
from .held_out_sixth import WEDNESDAY_9_DEC, either_one

__all__ = ["HELD_OUT_SEVENTH"]

THURSDAY_7_JAN = "Thursday 7 January 2027"

# Tasks of each voice, for the families that need several of them.
PLUMBER = ("Quote the Henderson bathroom", "Pick up compression fittings", "Invoice Mrs Patel")
SCHOLAR = ("Send chapter 3 to my supervisor", "Submit the ethics form", "Respond to reviewer 2")
SOLDIER = ("Call the VA office", "Re-seal the deck", "Renew my ID card")
SOUTHERN = ("Take the truck to the shop", "Bake pies for the church supper", "Call Aunt Lorraine")
FILIPINO = ("Send the remittance to Mama", "Pay the condo dues", "Buy pasalubong for the office")
BRAZILIAN = ("Pay the condominium fee", "Book the hairdresser", "Send the report to Marcos")
RUSSIAN = ("Register the car", "Buy gift for Olga", "Call the bank about the card")
TEACHER = (
    "Mark the Year 4 spelling tests",
    "Email parents about the trip",
    "Laminate the display labels",
)
MUSICIAN = ("Restring the bass", "Send the setlist to Dave", "Book the rehearsal room")
BOOKKEEPER = (
    "Reconcile the October bank statement",
    "File the VAT return",
    "Chase the Morgan invoice",
)


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED: tuple[Case, ...] = (
    # The plumber.
    case(
        "stick 'pick up a new pressure valve' on the list for first thing tomorrow",
        fresh("Pick up a new pressure valve"),
        when(FRIDAY),
    ),
    case(
        "jot down quote for the Wilsons' leaky radiator, by monday, high priority",
        fresh("Quote for the Wilsons' leaky radiator", priority="high"),
        when(MONDAY),
    ),
    case(
        "a to-do called chase the Kowalski payment, note: they still owe 340 quid from September",
        fresh("Chase the Kowalski payment"),
        described("340"),
    ),
    case(
        "I need to remember to get the van's MOT booked before it runs out on the 9th",
        fresh("Get the van's MOT booked", "Get the van's MOT booked before it runs out"),
    ),
    # The doctoral student.
    case(
        "I should probably add 'draft the literature review' for next Friday, nothing urgent",
        fresh("Draft the literature review", priority=("none", "low")),
        when((FRIDAY, FRIDAY_NEXT)),
    ),
    case(
        "Could you note that I need to book a room for my viva rehearsal on 9 December?",
        fresh("Book a room for my viva rehearsal"),
        when(WEDNESDAY_9_DEC),
    ),
    case(
        "New to-do: email reviewer 2 a rebuttal. Note: keep it polite and cite the 2019 paper.",
        fresh("Email reviewer 2 a rebuttal"),
        described("polite"),
    ),
    case(
        "I suppose I ought to renew my library card at some point",
        fresh("Renew my library card", due=CLEARED),
    ),
    # The army veteran.
    case(
        "New task: service the generator. Due 0800 Saturday. Priority high.",
        fresh("Service the generator", priority="high"),
        when(SATURDAY, hours=[8]),
    ),
    case(
        "Log it: renew the range membership, no later than 15 December.",
        fresh("Renew the range membership"),
        when("Tuesday 15 December 2026"),
    ),
    case(
        "Copy. Guess I oughta put 'call the VA about my claim' on there too, Wednesday.",
        fresh("Call the VA about my claim"),
        when(WEDNESDAY_NEXT),
    ),
    case(
        "Add task: dig out the fence post hole. No date on it. Over.",
        fresh("Dig out the fence post hole", due=CLEARED),
    ),
    # The American South.
    case(
        "I'm fixin' to make a list. Put down 'take the pecan pie to Miss Edna's' for Sunday",
        fresh("Take the pecan pie to Miss Edna's"),
        when(SUNDAY),
    ),
    case(
        "well shoot, maybe I oughta get the truck's oil changed sometime next week",
        fresh("Get the truck's oil changed"),
        when(NEXT_WEEK),
    ),
    case(
        "Darlin', add pick up chicken feed for tomorrow evening",
        fresh("Pick up chicken feed"),
        when(FRIDAY, hours=EVENING),
    ),
    # Filipino English.
    case(
        "Pls add po: pay the Meralco bill on Saturday",
        fresh("Pay the Meralco bill"),
        when(SATURDAY),
    ),
    case(
        "Can you put buy pasalubong for my officemates on the list, until Dec 4 only, tag travel",
        fresh("Buy pasalubong for my officemates"),
        when(FRIDAY_NEXT),
        tagged("travel"),
    ),
    case(
        "Remind me to send the padala to Tita Baby on the 30th, 9am",
        fresh("Send the padala to Tita Baby"),
        when(MONDAY, fields=("due", "reminder"), hours=[9]),
    ),
    # A Brazilian Portuguese speaker.
    case(
        "Please put for me a task to pay the IPTU, is due on the 5th",
        fresh("Pay the IPTU"),
        when(SATURDAY_NEXT),
    ),
    case(
        "I have to make the renewal of my CNH, can you add? High priority",
        fresh("Make the renewal of my CNH", priority="high"),
    ),
    case(
        "Add a to-do called schedule the dentist for Lucas, note: he prefers after school",
        fresh("Schedule the dentist for Lucas"),
        described("after school"),
    ),
    # A Russian speaker.
    case(
        "Please make task: buy winter tyres for car. Is important.",
        fresh("Buy winter tyres for car", priority=("medium", "high", "urgent")),
    ),
    case(
        "I must to call Sergei on Monday about apartment",
        fresh("Call Sergei about apartment"),
        when(MONDAY),
    ),
    case(
        "Write down for me: pay for the internet till 1 December, tag home",
        fresh("Pay for the internet"),
        when(TUESDAY_NEXT),
        tagged("home"),
    ),
    # The primary-school teacher.
    case(
        "Could you pop 'laminate the reading corner labels' on my list for Monday, please?",
        fresh("Laminate the reading corner labels"),
        when(MONDAY),
    ),
    case(
        "Note to self: print the Year 4 reports, due Wednesday, tag school",
        fresh("Print the Year 4 reports"),
        when(WEDNESDAY_NEXT),
        tagged("school"),
    ),
    case(
        "I guess I need to order more glue sticks, low priority",
        fresh("Order more glue sticks", priority="low"),
    ),
    # The touring musician.
    case(
        "yo put restring the tele on the list for saturday, it's urgent",
        fresh("Restring the tele", priority="urgent"),
        when(SATURDAY),
    ),
    case(
        "jot down: send the stems to Marco for mixing #studio",
        fresh("Send the stems to Marco for mixing"),
        tagged("studio"),
    ),
    case(
        "maybe i ought to book the van for the leipzig show by the 10th",
        fresh("Book the van for the leipzig show", "Book the van for the Leipzig show"),
        when(THURSDAY_10_DEC),
    ),
    # The bookkeeper.
    case(
        "Add: reconcile the petty cash, due end of the month, medium priority",
        fresh("Reconcile the petty cash", priority="medium"),
        when(MONDAY),
    ),
    case(
        "I guess I should prep the Q4 VAT return. Tag it tax, high, due 7 Jan.",
        fresh("Prep the Q4 VAT return", priority="high"),
        tagged("tax"),
        when(THURSDAY_7_JAN),
    ),
)


# 2. Repeats said in words, on a new task or an existing one; a repeat changed or stopped.
REPEATS: tuple[Case, ...] = (
    # The plumber.
    case(
        "every Monday I need to check the van's tyre pressures, add that",
        repeats(
            "FREQ=WEEKLY",
            called=("Check the van's tyre pressures",),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "the Henderson boiler service wants doing annually, set that up will you",
        repeats("FREQ=YEARLY", task=0),
        nothing_added(),
        seeds=(s("Henderson boiler service", due="2026-12-03"),),
    ),
    case(
        "do the invoices every other Friday",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            called=("Do the invoices",),
            either=(on("BYDAY=FR", "Friday"),),
        ),
    ),
    # The doctoral student.
    case(
        "Add 'write 500 words' every weekday morning, please.",
        repeats(*WEEKDAY_RULES, called=("Write 500 words",)),
    ),
    case(
        "Supervisor meeting every other Tuesday at 2pm",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            called=("Supervisor meeting",),
            either=(on("BYDAY=TU", "Tuesday"), at(14)),
        ),
    ),
    case(
        "Could you make the thesis backup a daily thing?",
        repeats("FREQ=DAILY", task=0),
        nothing_added(),
        seeds=(s("Back up the thesis folder", due="2026-11-26"),),
    ),
    # The army veteran.
    case(
        "Morning run every day at 0600.",
        repeats("FREQ=DAILY", called=("Morning run",), either=(at(6),)),
    ),
    case(
        "Check the smoke detectors quarterly.",
        repeats("FREQ=MONTHLY;INTERVAL=3", called=("Check the smoke detectors",)),
    ),
    case(
        "Negative on the daily dog walk repeat. Cancel the recurrence, keep the task.",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Walk the dog", due="2026-11-26", recurrence="FREQ=DAILY"),),
    ),
    # The American South.
    case(
        "add water Mama's roses every other day",
        repeats("FREQ=DAILY;INTERVAL=2", called=("Water Mama's roses",)),
    ),
    case(
        "put church potluck on there, it's the first Sunday of every month",
        repeats(
            "FREQ=MONTHLY;BYDAY=1SU",
            "FREQ=MONTHLY;BYDAY=SU;BYSETPOS=1",
            called=("Church potluck",),
        ),
    ),
    case(
        "that yard mowing can go to every two weeks now it's cooled off",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        nothing_added(),
        seeds=(s("Mow the yard", due="2026-11-28", recurrence="FREQ=WEEKLY;BYDAY=SA"),),
    ),
    case(
        "feed the chickens every evening at 6, y'all",
        repeats("FREQ=DAILY", called=("Feed the chickens",), either=(at(18),)),
    ),
    # Filipino English.
    case(
        "Add po: pay the association dues every 15th of the month",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay the association dues",),
            either=(("BYMONTHDAY=15", "15 December"),),
        ),
    ),
    case(
        "Video call with Mama every Sunday 8pm",
        repeats(
            "FREQ=WEEKLY",
            called=("Video call with Mama",),
            either=(on("BYDAY=SU", "Sunday"), at(20)),
        ),
    ),
    case(
        "Pls make the take vitamins repeat everyday",
        repeats("FREQ=DAILY", task=0),
        nothing_added(),
        seeds=(s("Take vitamins", due="2026-11-26"),),
    ),
    # A Brazilian Portuguese speaker.
    case(
        "Put for me: English class every Tuesday and Thursday at 7 in the evening",
        repeats(
            "FREQ=WEEKLY;BYDAY=TU,TH",
            called=("English class",),
            either=(at(19),),
        ),
    ),
    case(
        "The condominium fee now is not monthly more, is every two months",
        repeats("FREQ=MONTHLY;INTERVAL=2", task=0),
        nothing_added(),
        seeds=(s("Pay the condominium fee", due="2026-12-05", recurrence="FREQ=MONTHLY"),),
    ),
    case(
        "Every year on 14 February buy flowers for Ana",
        repeats(
            "FREQ=YEARLY",
            called=("Buy flowers for Ana",),
            either=(("BYMONTHDAY=14", "14 February"),),
        ),
    ),
    # A Russian speaker.
    case(
        "Please make repeating: pay the rent every month on 25th",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay the rent",),
            either=(("BYMONTHDAY=25", "25 December"),),
        ),
    ),
    case(
        "Call mother must be every Sunday, not one time",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        nothing_added(),
        seeds=(s("Call mother", due="2026-11-29"),),
    ),
    case(
        "Stop repeat for gym please, I go when I want now",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Gym", due="2026-11-27", recurrence="FREQ=WEEKLY;BYDAY=MO,WE,FR"),),
    ),
    # The primary-school teacher.
    case(
        "Could you set 'mark the homework books' to repeat every Friday afternoon?",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=FR", "Friday"),)),
        nothing_added(),
        seeds=(s("Mark the homework books", due="2026-11-27"),),
    ),
    case(
        "Staff meeting every Wednesday at 3.30pm",
        repeats(
            "FREQ=WEEKLY",
            called=("Staff meeting",),
            either=(on("BYDAY=WE", "Wednesday"), at(15, 30)),
        ),
    ),
    case(
        "Please change the reading log check from daily to weekdays only",
        repeats(*WEEKDAY_RULES, task=0),
        nothing_added(),
        seeds=(s("Check reading logs", due="2026-11-27", recurrence="FREQ=DAILY"),),
    ),
    # The touring musician.
    case(
        "band practice every thursday 7pm",
        repeats(
            "FREQ=WEEKLY",
            called=("Band practice",),
            either=(on("BYDAY=TH", "Thursday"), at(19)),
        ),
    ),
    case(
        "practise scales daily",
        repeats("FREQ=DAILY", called=("Practise scales",)),
    ),
    case(
        "changing guitar strings should come round every 6 weeks",
        repeats("FREQ=WEEKLY;INTERVAL=6", task=0),
        nothing_added(),
        seeds=(s("Change guitar strings", due="2026-12-01"),),
    ),
    # The bookkeeper.
    case(
        "Run payroll on the 28th of each month",
        repeats(
            "FREQ=MONTHLY",
            called=("Run payroll",),
            either=(("BYMONTHDAY=28", "28 November"),),
        ),
    ),
    case(
        "Quarterly VAT return, starting 7 January",
        repeats("FREQ=MONTHLY;INTERVAL=3", called=("VAT return", "Quarterly VAT return")),
        when(THURSDAY_7_JAN),
    ),
    case(
        "Stop the bank reconciliation repeating, I'll do it ad hoc from now on",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(
            s("Reconcile the bank account", due="2026-11-30", recurrence="FREQ=WEEKLY;BYDAY=MO"),
        ),
    ),
    case(
        "Make the client newsletter go out fortnightly instead of every week",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        nothing_added(),
        seeds=(s("Send the client newsletter", due="2026-11-27", recurrence="FREQ=WEEKLY"),),
    ),
)


# 3. Statements of fact that mean "done"; negatives, plans and questions change nothing.
FACTS: tuple[Case, ...] = (
    # The plumber.
    case("Mrs Patel's been invoiced, sent it off this morning", *done(2), seeds=PLUMBER),
    case(
        "got the compression fittings from the merchants on the way back", *done(1), seeds=PLUMBER
    ),
    case("haven't got round to the Henderson quote yet, too much on", UNCHANGED, seeds=PLUMBER),
    # The doctoral student.
    case("The ethics form is finally submitted!!", *done(1), seeds=SCHOLAR),
    case("Chapter 3 went off to my supervisor late last night", *done(0), seeds=SCHOLAR),
    case("I'll deal with reviewer 2 after lunch", UNCHANGED, seeds=SCHOLAR),
    # The army veteran.
    case("Deck's re-sealed. Mission accomplished.", *done(1), seeds=SOLDIER),
    case("VA office: called, claim is in.", *done(0), seeds=SOLDIER),
    case("Did I renew my ID card already or is that still open?", UNCHANGED, seeds=SOLDIER),
    # The American South.
    case("Well, them pies for the church supper are baked and cooling", *done(1), seeds=SOUTHERN),
    case("Talked to Aunt Lorraine for a good hour this mornin'", *done(2), seeds=SOUTHERN),
    case("The truck ain't been to the shop yet, Earl's backed up", UNCHANGED, seeds=SOUTHERN),
    # Filipino English.
    case("Already sent the remittance to Mama po", *done(0), seeds=FILIPINO),
    case("condo dues paid na, thanks", *done(1), seeds=FILIPINO),
    case("Not yet bought the pasalubong, no time", UNCHANGED, seeds=FILIPINO),
    case(
        "Paid the condo dues and sent the remittance to Mama already",
        *done(0, 1),
        seeds=FILIPINO,
    ),
    # A Brazilian Portuguese speaker.
    case("The report to Marcos is sent already", *done(2), seeds=BRAZILIAN),
    case("Today I made the payment of the condominium fee", *done(0), seeds=BRAZILIAN),
    case("Tomorrow I will book the hairdresser, not today", UNCHANGED, seeds=BRAZILIAN),
    # A Russian speaker.
    case("Gift for Olga is bought.", *done(1), seeds=RUSSIAN),
    case("Car is registered, finally, after three hours in queue", *done(0), seeds=RUSSIAN),
    case("Bank I did not call yet", UNCHANGED, seeds=RUSSIAN),
    # The primary-school teacher.
    case("Spelling tests all marked, hooray", *done(0), seeds=TEACHER),
    case("The trip email has gone out to all the parents", *done(1), seeds=TEACHER),
    case(
        "I might laminate the display labels tonight if the machine's working",
        UNCHANGED,
        seeds=TEACHER,
    ),
    # The touring musician.
    case("sent dave the setlist", *done(1), seeds=MUSICIAN),
    case("bass is restrung, sounds mint", *done(0), seeds=MUSICIAN),
    case("did i book the rehearsal room or not??", UNCHANGED, seeds=MUSICIAN),
    # The bookkeeper.
    case("October bank statement reconciled — balances to the penny", *done(0), seeds=BOOKKEEPER),
    case("VAT return: filed.", *done(1), seeds=BOOKKEEPER),
    case(
        "The Morgan invoice isn't chased yet, they're away till Monday",
        UNCHANGED,
        seeds=BOOKKEEPER,
    ),
    case(
        "Both the VAT return and the October reconciliation are done",
        *done(0, 1),
        seeds=BOOKKEEPER,
    ),
)


# 4. Relative edits, a date taken off, rename and description.
EDITS: tuple[Case, ...] = (
    # The plumber.
    case(
        "bump the Henderson quote up a notch",
        raised(0),
        state(0, due=MONDAY),
        untouched_except(0),
        seeds=(
            s("Quote the Henderson bathroom", priority="medium", due="2026-11-30"),
            "Invoice Mrs Patel",
        ),
    ),
    case(
        "push Mrs Patel's invoice back two days",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Invoice Mrs Patel", due="2026-11-27"), "Pick up compression fittings"),
    ),
    case(
        "change 'pick up compression fittings' to 'pick up 15mm compression fittings'",
        state(0, title="Pick up 15mm compression fittings"),
        untouched_except(0),
        seeds=("Pick up compression fittings", "Invoice Mrs Patel"),
    ),
    # The doctoral student.
    case(
        "Could you lower the priority on the ethics form by one level?",
        state(0, priority="medium"),
        untouched_except(0),
        seeds=(s("Submit the ethics form", priority="high"), "Respond to reviewer 2"),
    ),
    case(
        "Move the reviewer response to next week, I can't face it",
        when(NEXT_WEEK, task=0),
        untouched_except(0),
        seeds=(s("Respond to reviewer 2", due="2026-11-27"), "Submit the ethics form"),
    ),
    case(
        "For the chapter 3 task, add a note: include the revised figures 4 and 5",
        described("revised figures", task=0),
        untouched_except(0),
        seeds=("Send chapter 3 to my supervisor", "Submit the ethics form"),
    ),
    # The army veteran.
    case(
        "Shift the deck re-seal a day later.",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Re-seal the deck", due="2026-11-28"), "Renew my ID card"),
    ),
    case(
        "ID card renewal: set priority to max.",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=(s("Renew my ID card", priority="medium"), "Re-seal the deck"),
    ),
    case(
        "Rename 'Call the VA office' to 'Call the VA about the disability claim'.",
        state(0, title="Call the VA about the disability claim"),
        untouched_except(0),
        seeds=("Call the VA office", "Renew my ID card"),
    ),
    case(
        "Take the date off the generator job. It happens when it happens.",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Service the generator", due="2026-11-28"), "Re-seal the deck"),
    ),
    # The American South.
    case(
        "push Aunt Lorraine's call back a couple days, hon",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Call Aunt Lorraine", due="2026-11-27"), "Take the truck to the shop"),
    ),
    case(
        "the pies ain't that important, knock 'em down a peg",
        lowered(0),
        untouched_except(0),
        seeds=(s("Bake pies for the church supper", priority="high"), "Call Aunt Lorraine"),
    ),
    case(
        "change the truck one to say take the truck to Earl's for the brakes",
        state(0, title="Take the truck to Earl's for the brakes"),
        untouched_except(0),
        seeds=("Take the truck to the shop", "Call Aunt Lorraine"),
    ),
    case(
        "move the feed store run to next Saturday",
        when((SATURDAY, SATURDAY_NEXT), task=0),
        untouched_except(0),
        seeds=(s("Feed store run", due="2026-11-27"), "Call Aunt Lorraine"),
    ),
    # Filipino English.
    case(
        "Pls move the condo dues 3 days earlier",
        when(TUESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Pay the condo dues", due="2026-12-04"), "Send the remittance to Mama"),
    ),
    case(
        "Make the remittance higher priority po",
        raised(0),
        untouched_except(0),
        seeds=(s("Send the remittance to Mama", priority="low"), "Pay the condo dues"),
    ),
    case(
        "Add details to buy pasalubong: dried mangoes and otap",
        described("dried mangoes", task=0),
        untouched_except(0),
        seeds=("Buy pasalubong for the office", "Pay the condo dues"),
    ),
    # A Brazilian Portuguese speaker.
    case(
        "Pass the hairdresser for the next week",
        when(NEXT_WEEK, task=0),
        untouched_except(0),
        seeds=(s("Book the hairdresser", due="2026-11-28"), "Pay the condominium fee"),
    ),
    case(
        "The report for Marcos, put more priority please",
        raised(0),
        untouched_except(0),
        seeds=(s("Send the report to Marcos", priority="medium"), "Book the hairdresser"),
    ),
    case(
        "Change the name of 'Pay the condominium fee' to 'Pay the condominium fee and the gas'",
        state(0, title="Pay the condominium fee and the gas"),
        untouched_except(0),
        seeds=("Pay the condominium fee", "Book the hairdresser"),
    ),
    # A Russian speaker.
    case(
        "Make register the car one day earlier",
        when(TUESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Register the car", due="2026-12-02"), "Buy gift for Olga"),
    ),
    case(
        "Gift for Olga is not so urgent, make lower",
        lowered(0),
        untouched_except(0),
        seeds=(s("Buy gift for Olga", priority="urgent"), "Register the car"),
    ),
    case(
        "Put in description of the bank task: card number ends on 4417",
        described("4417", task=0),
        untouched_except(0),
        seeds=("Call the bank about the card", "Register the car"),
    ),
    # The primary-school teacher.
    case(
        "Could you push the spelling tests marking back by a week?",
        when(MONDAY_7_DEC, task=0),
        untouched_except(0),
        seeds=(
            s("Mark the Year 4 spelling tests", due="2026-11-30"),
            "Email parents about the trip",
        ),
    ),
    case(
        "The trip email is more pressing than I thought - bump it up",
        raised(0),
        untouched_except(0),
        seeds=("Email parents about the trip", "Laminate the display labels"),
    ),
    case(
        "Can you rename the labels task to 'Laminate labels for the science display'?",
        state(0, title="Laminate labels for the science display"),
        untouched_except(0),
        seeds=("Laminate the display labels", "Email parents about the trip"),
    ),
    # The touring musician.
    case(
        "rehearsal room booking -> move to tuesday",
        when(TUESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Book the rehearsal room", due="2026-11-27"), "Restring the bass"),
    ),
    case(
        "drop the setlist thing to low",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("Send the setlist to Dave", priority="medium"), "Restring the bass"),
    ),
    case(
        "add a note to restring the bass: get the 45-105 set",
        described("45-105", task=0),
        untouched_except(0),
        seeds=("Restring the bass", "Book the rehearsal room"),
    ),
    # The bookkeeper.
    case(
        "Push the VAT return out by two weeks",
        when(THURSDAY_24_DEC, task=0),
        untouched_except(0),
        seeds=(s("File the VAT return", due="2026-12-10"), "Chase the Morgan invoice"),
    ),
    case(
        "Chase the Morgan invoice should be high priority now",
        state(0, priority="high"),
        untouched_except(0),
        seeds=(s("Chase the Morgan invoice", priority="low"), "File the VAT return"),
    ),
    case(
        "Bank statement task: the description should read 'use the Lloyds export, not the PDF'",
        described("Lloyds export", task=0),
        untouched_except(0),
        seeds=("Reconcile the October bank statement", "File the VAT return"),
    ),
)


# 5. Reminders set, moved or cleared on an existing task: nothing added, the due date stays.
REMINDERS: tuple[Case, ...] = (
    # The plumber.
    case(
        "give us a shout at 7 tomorrow morning about the Okafor leak",
        reminded(FRIDAY, task=0, hours=[7]),
        state(0, due="Friday 27 November 2026, 10:00"),
        nothing_added(),
        seeds=(s("Fix the leak at the Okafor house", due=berlin("2026-11-27", "10:00")),),
    ),
    case(
        "ping me an hour before the Patel boiler job",
        reminded(MONDAY, task=0, hours=[8]),
        state(0, due="Monday 30 November 2026, 09:00"),
        nothing_added(),
        seeds=(s("Boiler job at Mrs Patel's", due=berlin("2026-11-30", "09:00")),),
    ),
    case(
        "scrap the reminder on the fittings pickup",
        one_of(0, reminder=CLEARED),
        state(0, status="pending", due=FRIDAY),
        nothing_added(),
        seeds=(
            s(
                "Pick up compression fittings",
                due="2026-11-27",
                reminder=berlin("2026-11-27", "07:30"),
            ),
        ),
    ),
    # The doctoral student.
    case(
        "Remind me about the ethics form on Monday at 10, please.",
        reminded(MONDAY, task=0, hours=[10]),
        state(0, due="Wednesday 2 December 2026"),
        nothing_added(),
        seeds=(s("Submit the ethics form", due="2026-12-02"),),
    ),
    case(
        "Could you nudge me the evening before my supervision meeting?",
        reminded(MONDAY, task=0, hours=EVENING),
        state(0, due="Tuesday 1 December 2026, 14:00"),
        nothing_added(),
        seeds=(s("Supervision meeting", due=berlin("2026-12-01", "14:00")),),
    ),
    case(
        "Move the reviewer 2 reminder from tonight to tomorrow at 9",
        reminded(FRIDAY, task=0, hours=[9]),
        state(0, due="Monday 30 November 2026"),
        nothing_added(),
        seeds=(
            s(
                "Respond to reviewer 2",
                due="2026-11-30",
                reminder=berlin("2026-11-26", "20:00"),
            ),
        ),
    ),
    # The army veteran.
    case(
        "Alert me 0700 Friday re: the ID card.",
        reminded(FRIDAY, task=0, hours=[7]),
        state(0, due="Tuesday 1 December 2026"),
        nothing_added(),
        seeds=(s("Renew my ID card", due="2026-12-01"),),
    ),
    case(
        "Remove the reminder on the deck job. I'll remember.",
        one_of(0, reminder=CLEARED),
        state(0, status="pending", due=SATURDAY),
        nothing_added(),
        seeds=(s("Re-seal the deck", due="2026-11-28", reminder=berlin("2026-11-28", "07:00")),),
    ),
    case(
        "Reminder for the VA call: 1300 today.",
        reminded(TODAY, task=0, hours=[13]),
        state(0, due=TODAY),
        nothing_added(),
        seeds=(s("Call the VA office", due="2026-11-26"),),
    ),
    case(
        "Set reminder Sunday 2000 for re-seal the deck.",
        reminded(SUNDAY, task=0, hours=[20]),
        state(0, due="Monday 30 November 2026"),
        nothing_added(),
        seeds=(s("Re-seal the deck", due="2026-11-30"),),
    ),
    # The American South.
    case(
        "holler at me Saturday mornin' about the church pies",
        reminded(SATURDAY, task=0, hours=MORNING),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Bake pies for the church supper", due="2026-11-29"),),
    ),
    case(
        "can you set me a reminder for Aunt Lorraine's call, say 6 this evening",
        reminded(TODAY, task=0, hours=[18]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Call Aunt Lorraine", due="2026-11-27"),),
    ),
    case(
        "that reminder for the truck, make it Monday instead",
        reminded(MONDAY, task=0),
        state(0, due="Tuesday 1 December 2026"),
        nothing_added(),
        seeds=(
            s(
                "Take the truck to the shop",
                due="2026-12-01",
                reminder=berlin("2026-11-27", "08:00"),
            ),
        ),
    ),
    # Filipino English.
    case(
        "Pls remind me po about the condo dues tomorrow 10am",
        reminded(FRIDAY, task=0, hours=[10]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Pay the condo dues", due="2026-11-30"),),
    ),
    case(
        "Remind me to send the remittance later at 5pm",
        reminded(TODAY, task=0, hours=[17]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Send the remittance to Mama", due="2026-11-27"),),
    ),
    case(
        "Pls remove the reminder for the pasalubong, I will remember na",
        one_of(0, reminder=CLEARED),
        state(0, status="pending", due="Friday 4 December 2026"),
        nothing_added(),
        seeds=(
            s(
                "Buy pasalubong for the office",
                due="2026-12-04",
                reminder=berlin("2026-12-03", "18:00"),
            ),
        ),
    ),
    # A Brazilian Portuguese speaker.
    case(
        "Advise me about the hairdresser one hour before",
        reminded(SATURDAY, task=0, hours=[14]),
        state(0, due="Saturday 28 November 2026, 15:00"),
        nothing_added(),
        seeds=(s("Book the hairdresser", due=berlin("2026-11-28", "15:00")),),
    ),
    case(
        "Put an alarm for the report to Marcos on Monday at 8 in the morning",
        reminded(MONDAY, task=0, hours=[8]),
        state(0, due="Tuesday 1 December 2026"),
        nothing_added(),
        seeds=(s("Send the report to Marcos", due="2026-12-01"),),
    ),
    case(
        "Change the reminder of the condominium to Friday",
        reminded(FRIDAY, task=0),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(
            s(
                "Pay the condominium fee",
                due="2026-11-30",
                reminder=berlin("2026-11-29", "10:00"),
            ),
        ),
    ),
    # A Russian speaker.
    case(
        "Please remind about registering the car at 9 on Wednesday",
        reminded(WEDNESDAY_NEXT, task=0, hours=[9]),
        state(0, due="Thursday 3 December 2026"),
        nothing_added(),
        seeds=(s("Register the car", due="2026-12-03"),),
    ),
    case(
        "Reminder for Olga gift must be on Saturday evening, not morning",
        reminded(SATURDAY, task=0, hours=EVENING),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Buy gift for Olga", due="2026-11-29", reminder=berlin("2026-11-28", "09:00")),),
    ),
    case(
        "Delete the reminder, the one for the bank",
        one_of(0, reminder=CLEARED),
        state(0, status="pending", due=FRIDAY),
        nothing_added(),
        seeds=(
            s(
                "Call the bank about the card",
                due="2026-11-27",
                reminder=berlin("2026-11-27", "09:00"),
            ),
        ),
    ),
    # The primary-school teacher.
    case(
        "Could you remind me about the parents' evening prep on Tuesday lunchtime?",
        reminded(TUESDAY_NEXT, task=0, hours=range(11, 15)),
        state(0, due="Thursday 3 December 2026"),
        nothing_added(),
        seeds=(s("Prep for parents' evening", due="2026-12-03"),),
    ),
    case(
        "Set a reminder for the spelling tests at 7:45 tomorrow",
        reminded(FRIDAY, task=0, hours=[7]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Mark the Year 4 spelling tests", due="2026-11-30"),),
    ),
    case(
        "Push my reminder about the trip email to 4pm",
        reminded(TODAY, task=0, hours=[16]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(
            s(
                "Email parents about the trip",
                due="2026-11-27",
                reminder=berlin("2026-11-26", "12:00"),
            ),
        ),
    ),
    case(
        "Remind me about the laminating in 2 hours",
        reminded(TODAY, task=0, hours=[13]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Laminate the display labels", due="2026-11-27"),),
    ),
    # The touring musician.
    case(
        "ping me about booking the rehearsal room at noon",
        reminded(TODAY, task=0, hours=[12]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Book the rehearsal room", due="2026-11-28"),),
    ),
    case(
        "set an alert for restring the bass, saturday 2pm",
        reminded(SATURDAY, task=0, hours=[14]),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Restring the bass", due="2026-11-29"),),
    ),
    case(
        "kill the reminder on the setlist",
        one_of(0, reminder=CLEARED),
        state(0, status="pending", due=FRIDAY),
        nothing_added(),
        seeds=(
            s(
                "Send the setlist to Dave",
                due="2026-11-27",
                reminder=berlin("2026-11-27", "10:00"),
            ),
        ),
    ),
    # The bookkeeper.
    case(
        "Flag the VAT return for me on 7 December at 9:00",
        reminded(MONDAY_7_DEC, task=0, hours=[9]),
        state(0, due=THURSDAY_10_DEC),
        nothing_added(),
        seeds=(s("File the VAT return", due="2026-12-10"),),
    ),
    case(
        "I'd like a reminder two days before the Morgan invoice is due",
        reminded(WEDNESDAY_NEXT, task=0),
        state(0, due="Friday 4 December 2026"),
        nothing_added(),
        seeds=(s("Chase the Morgan invoice", due="2026-12-04"),),
    ),
    case(
        "Move the reminder for the bank rec to Monday morning",
        reminded(MONDAY, task=0, hours=MORNING),
        state(0, due="Tuesday 1 December 2026"),
        nothing_added(),
        seeds=(
            s(
                "Reconcile the October bank statement",
                due="2026-12-01",
                reminder=berlin("2026-11-27", "15:00"),
            ),
        ),
    ),
)


# Seeds for the windows: each voice's diary, with due dates around the clock.
JOBS = (
    s("Boiler service at the Grants", due="2026-11-27"),
    s("Bathroom refit at the Novak flat", due="2026-12-01"),
    s("Tidy the van", due="2026-11-30"),
    s("Order copper pipe", due="2026-11-24"),
)
THESIS = (
    s("Conference abstract deadline", due="2026-12-10"),
    s("Teaching prep for the seminar", due="2026-11-26"),
    s("Library books back", due="2026-11-20"),
    s("Lab group talk", due="2027-01-12"),
)
DUTY = (
    s("Range day", due="2026-11-28"),
    s("Vet appointment for Rex", due="2026-11-29"),
    s("Dentist checkup", due="2026-12-03"),
    s("Mail the tax form", due="2026-11-25"),
)
PORCH = (
    s("Church supper", due="2026-11-29"),
    s("Feed store run", due="2026-11-27"),
    s("Hog roast at the Duprees", due="2026-12-05"),
    s("Mow the yard", "deleted", due="2026-11-28"),
)
BARKADA = (
    s("Pay the condo dues", due="2026-11-30"),
    s("Christmas party at the office", due="2026-12-18"),
    s("Renew my passport", due="2026-11-23"),
    s("Simbang gabi with Lola", due="2026-12-16"),
)
AGENDA = (
    s("Dinner with Ana", due=berlin("2026-11-27", "20:00")),
    s("Meeting of the condominium", due="2026-12-04"),
    s("Pay the IPTU", due="2026-11-25"),
)
DACHA = (
    s("Theatre with Olga", due="2026-12-12"),
    s("Car service", due="2026-12-01"),
    s("Pay for the gas", due="2026-11-28"),
)
TERM = (
    s("Nativity rehearsal", due="2026-12-08"),
    s("Parent consultations", due="2026-12-03"),
    s("Book fair", due="2026-11-27"),
    s("Staff photo", due="2026-12-14"),
)
TOUR = (
    s("Gig at the Blue Note", due=berlin("2026-11-28", "20:00")),
    s("Soundcheck at Kesselhaus", due="2026-12-04"),
    s("Mix review with Marco", due="2026-11-27"),
    s("Pay the PA hire", "deleted", due="2026-11-28"),
)
LEDGER = (
    s("Payroll run", due="2026-11-30"),
    s("Year-end stock take", due="2026-12-31"),
    s("Send the Q3 report", due="2026-11-20"),
    s("Client lunch with Harris", due="2027-01-08"),
)


# 6. Windows of days: what is in them is named, what is not is left out, nothing changes.
WINDOWS: tuple[Case, ...] = (
    # The plumber.
    case(
        "what jobs have I got tomorrow?",
        says("Boiler service at the Grants"),
        lacks("Bathroom refit", "Tidy the van", "Order copper pipe"),
        UNCHANGED,
        seeds=JOBS,
    ),
    case(
        "anything overdue I've forgotten about?",
        says("Order copper pipe"),
        lacks("Boiler service", "Bathroom refit", "Tidy the van"),
        UNCHANGED,
        seeds=JOBS,
    ),
    case(
        "what's on for next week then",
        says("Tidy the van", "Bathroom refit at the Novak flat"),
        lacks("Boiler service", "Order copper pipe"),
        UNCHANGED,
        seeds=JOBS,
    ),
    # The doctoral student.
    case(
        "What do I have due in December?",
        says("Conference abstract deadline"),
        lacks("Teaching prep", "Library books", "Lab group talk"),
        UNCHANGED,
        seeds=THESIS,
    ),
    case(
        "Is anything due today?",
        says("Teaching prep for the seminar"),
        lacks("Conference abstract", "Lab group talk"),
        UNCHANGED,
        seeds=THESIS,
    ),
    case(
        "What's on my plate for January?",
        says("Lab group talk"),
        lacks("Conference abstract", "Teaching prep", "Library books"),
        UNCHANGED,
        seeds=THESIS,
    ),
    case(
        "What's due between the 1st and the 15th of December?",
        says("Conference abstract deadline"),
        lacks("Teaching prep", "Library books", "Lab group talk"),
        UNCHANGED,
        seeds=THESIS,
    ),
    # The army veteran.
    case(
        "Sitrep: what's on this weekend?",
        says("Range day", "Vet appointment for Rex"),
        lacks("Dentist checkup", "Mail the tax form"),
        UNCHANGED,
        seeds=DUTY,
    ),
    case(
        "What's outstanding past its due date?",
        says("Mail the tax form"),
        lacks("Range day", "Vet appointment", "Dentist checkup"),
        UNCHANGED,
        seeds=DUTY,
    ),
    case(
        "What's on Thursday next week.",
        says("Dentist checkup"),
        lacks("Range day", "Vet appointment", "Mail the tax form"),
        UNCHANGED,
        seeds=DUTY,
    ),
    # The American South.
    case(
        "what all's goin' on this weekend?",
        says("Church supper"),
        lacks("Feed store run", "Hog roast", "Mow the yard"),
        UNCHANGED,
        seeds=PORCH,
    ),
    case(
        "anything I gotta do tomorrow, hon?",
        says("Feed store run"),
        lacks("Church supper", "Hog roast", "Mow the yard"),
        UNCHANGED,
        seeds=PORCH,
    ),
    case(
        "what've I got the week after this one?",
        says("Hog roast at the Duprees"),
        lacks("Church supper", "Feed store run", "Mow the yard"),
        UNCHANGED,
        seeds=PORCH,
    ),
    # Filipino English.
    case(
        "What's my sched for December po?",
        says("Christmas party at the office", "Simbang gabi with Lola"),
        lacks("condo dues", "Renew my passport"),
        UNCHANGED,
        seeds=BARKADA,
    ),
    case(
        "Do I have anything on Monday?",
        says("Pay the condo dues"),
        lacks("Christmas party", "Renew my passport", "Simbang gabi"),
        UNCHANGED,
        seeds=BARKADA,
    ),
    case(
        "Anything overdue na?",
        says("Renew my passport"),
        lacks("condo dues", "Christmas party", "Simbang gabi"),
        UNCHANGED,
        seeds=BARKADA,
    ),
    # A Brazilian Portuguese speaker.
    case(
        "What I have for tomorrow?",
        says("Dinner with Ana"),
        lacks("condominium", "IPTU"),
        UNCHANGED,
        seeds=AGENDA,
    ),
    case(
        "What is late?",
        says("Pay the IPTU"),
        lacks("Dinner with Ana", "condominium"),
        UNCHANGED,
        seeds=AGENDA,
    ),
    case(
        "What I have in this week?",
        says("Dinner with Ana"),
        lacks("condominium"),
        UNCHANGED,
        seeds=AGENDA,
    ),
    # A Russian speaker.
    case(
        "What I have on Saturday?",
        says("Pay for the gas"),
        lacks("Theatre with Olga", "Car service"),
        UNCHANGED,
        seeds=DACHA,
    ),
    case(
        "Show tasks for 12 December",
        says("Theatre with Olga"),
        lacks("Car service", "Pay for the gas"),
        UNCHANGED,
        seeds=DACHA,
    ),
    case(
        "Which tasks are on next week?",
        says("Car service"),
        lacks("Theatre with Olga", "Pay for the gas"),
        UNCHANGED,
        seeds=DACHA,
    ),
    # The primary-school teacher.
    case(
        "What have I got on next week?",
        says("Parent consultations"),
        lacks("Nativity rehearsal", "Book fair", "Staff photo"),
        UNCHANGED,
        seeds=TERM,
    ),
    case(
        "What's coming up the week after next?",
        says("Nativity rehearsal"),
        lacks("Parent consultations", "Staff photo", "Book fair"),
        UNCHANGED,
        seeds=TERM,
    ),
    case(
        "Is there anything due before the weekend?",
        says("Book fair"),
        lacks("Nativity rehearsal", "Parent consultations", "Staff photo"),
        UNCHANGED,
        seeds=TERM,
    ),
    # The touring musician.
    case(
        "whats on saturday",
        says("Gig at the Blue Note"),
        lacks("Kesselhaus", "Mix review", "PA hire"),
        UNCHANGED,
        seeds=TOUR,
    ),
    case(
        "anything between now and sunday?",
        says("Gig at the Blue Note", "Mix review with Marco"),
        lacks("Kesselhaus", "PA hire"),
        UNCHANGED,
        seeds=TOUR,
    ),
    # The bookkeeper.
    case(
        "What's due by the end of the month?",
        says("Payroll run"),
        lacks("Year-end stock take", "Client lunch"),
        UNCHANGED,
        seeds=LEDGER,
    ),
    case(
        "Anything for the 31st?",
        says("Year-end stock take"),
        lacks("Payroll run", "Client lunch", "Q3 report"),
        UNCHANGED,
        seeds=LEDGER,
    ),
    case(
        "What's overdue on the books?",
        says("Send the Q3 report"),
        lacks("Payroll run", "Year-end stock take", "Client lunch"),
        UNCHANGED,
        seeds=LEDGER,
    ),
)


# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS: tuple[Case, ...] = (
    # The plumber.
    case(
        "make that one urgent, they've got no hot water",
        named("Pick up a new immersion heater for the Grants", priority="urgent"),
        before="add pick up a new immersion heater for the Grants",
    ),
    case(
        "the Novak one",
        *done(1),
        seeds=("Quote the Henderson bathroom", "Quote the Novak loft"),
        before="done with the quote",
    ),
    case(
        "sorry, saturday I meant",
        when(SATURDAY, title="Order more grout"),
        before="add order more grout for friday",
    ),
    # The doctoral student.
    case(
        "The second one is done, actually.",
        *done(1),
        seeds=SCHOLAR,
        before="What's on my list?",
    ),
    case(
        "and tag it reading, please",
        tagged("reading", title="Read Haraway's chapter"),
        before="add read Haraway's chapter by Monday",
    ),
    case(
        "Wait, undo that, the committee sent it back",
        state(0, status="pending"),
        seeds=("Submit the ethics form",),
        before="mark submit the ethics form as done",
    ),
    case(
        "and set it for the 10th of December",
        when(THURSDAY_10_DEC, title="Draft the conclusion"),
        before="add draft the conclusion",
    ),
    # The army veteran.
    case(
        "Delete the last one.",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=SOLDIER,
        before="Show me everything.",
    ),
    case(
        "Negative, make it Sunday.",
        when(SUNDAY, title="Service the generator"),
        before="Add service the generator Saturday 0800",
    ),
    case(
        "Delete it.",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Call the VA office", "Renew my ID card"),
        before="Show me the VA task.",
    ),
    # The American South.
    case(
        "and make it due Sunday, hon",
        when(SUNDAY, title="Bake cornbread for the supper"),
        before="put down bake cornbread for the supper",
    ),
    case(
        "the one for Lorraine",
        *done(0),
        seeds=("Call Aunt Lorraine", "Call Uncle Ray"),
        before="mark the call done",
    ),
    case(
        "shoot, never mind, take that off",
        gone("Fix the screen door"),
        before="add fix the screen door",
    ),
    # Filipino English.
    case(
        "pls make it high priority also",
        named("Buy Noche Buena ingredients", priority="high"),
        before="add buy Noche Buena ingredients po",
    ),
    case(
        "the first one is done already",
        *done(2),
        seeds=FILIPINO,
        before="show my tasks po",
    ),
    case(
        "ay wrong one, undo pls",
        state(0, status="pending"),
        seeds=("Pay the condo dues", "Pay the Meralco bill"),
        before="complete pay the condo dues",
    ),
    # A Brazilian Portuguese speaker.
    case(
        "Put it for Monday",
        when(MONDAY, title="Call the plumber about the shower"),
        before="add call the plumber about the shower",
    ),
    case(
        "the second",
        either_one(0, 1),
        seeds=("Send the report to Marcos", "Send the report to Júlia"),
        before="send report is done",
    ),
    case(
        "no no, bring it back please",
        state(0, status="pending"),
        seeds=("Book the hairdresser",),
        before="Delete the hairdresser",
    ),
    # A Russian speaker.
    case(
        "Also make it for Saturday and high priority",
        named("Buy gift for Olga", due=SATURDAY, priority="high"),
        before="Add task buy gift for Olga",
    ),
    case(
        "Second task delete please",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=RUSSIAN,
        before="Show all tasks",
    ),
    case(
        "Not tomorrow, on Monday",
        when(MONDAY, title="Call Sergei"),
        before="Add call Sergei tomorrow",
    ),
    # The primary-school teacher.
    case(
        "Could you add a note to that: 52 children plus 6 adults",
        described("52 children", title="Book the coach for the museum trip"),
        before="add book the coach for the museum trip",
    ),
    case(
        "the middle one's sorted now",
        *done(1),
        seeds=TEACHER,
        before="what's on my list at the moment?",
    ),
    case(
        "Sorry, could you change it back?",
        state(0, title="Laminate the display labels"),
        seeds=("Laminate the display labels",),
        before="Rename the labels task to 'Laminate the phonics cards'",
    ),
    # The touring musician.
    case(
        "bump that one to urgent as well",
        named("Pick up a new capo", priority="urgent"),
        before="add pick up a new capo tomorrow",
    ),
    case(
        "3rd one's done",
        *done(0),
        seeds=MUSICIAN,
        before="list em",
    ),
    case(
        "lol undo that",
        state(0, status="pending"),
        seeds=("Book the rehearsal room", "Restring the bass"),
        before="mark book the rehearsal room done",
    ),
    # The bookkeeper.
    case(
        "Actually, move it to Monday.",
        when(MONDAY, title="Chase the Brennan invoice"),
        before="Add chase the Brennan invoice for Friday",
    ),
    case(
        "The Harris one.",
        state(1, status="deleted"),
        state(0, status="pending"),
        seeds=("Chase the Morgan invoice", "Chase the Harris invoice"),
        before="Delete the chase task",
    ),
    case(
        "Tick off number two.",
        *done(1),
        seeds=BOOKKEEPER,
        before="What's pending?",
    ),
    case(
        "and give it the tag clients",
        tagged("clients", title="Send the Q4 pack to Harris"),
        before="Add send the Q4 pack to Harris for next Tuesday",
    ),
)


# 8a. The contract's table said differently, with search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    # The plumber.
    case(
        "Add a job: bleed the radiators at the Hoffmann flat",
        fresh("Bleed the radiators at the Hoffmann flat"),
    ),
    case("close out job {0}, all signed off", *done(0), seeds=PLUMBER),
    case(
        "I need to remember to renew the Gas Safe registration",
        fresh("Renew the Gas Safe registration"),
    ),
    # The doctoral student.
    case(
        "Could you show me everything on my list, please?",
        says(*SCHOLAR),
        UNCHANGED,
        seeds=SCHOLAR,
    ),
    case(
        "Find the tasks that mention Haraway",
        says("Read Haraway's chapter", "Cite Haraway in the intro"),
        lacks("viva room"),
        UNCHANGED,
        seeds=("Read Haraway's chapter", "Cite Haraway in the intro", "Book the viva room"),
    ),
    # The army veteran.
    case(
        "Report all pending items.",
        says("Call the VA office", "Renew my ID card"),
        lacks("Re-seal the deck"),
        UNCHANGED,
        seeds=("Call the VA office", s("Re-seal the deck", "completed"), "Renew my ID card"),
    ),
    case("Task {0}: complete.", *done(0), seeds=SOLDIER),
    case(
        "Restore the ID card task.",
        state(0, status="pending"),
        seeds=(s("Renew my ID card", "deleted"),),
    ),
    # The American South.
    case("check off take the truck to the shop, it's done", *done(0), seeds=SOUTHERN),
    case(
        "what've I got left to do, hon?",
        says("Take the truck to the shop", "Call Aunt Lorraine"),
        lacks("Bake pies"),
        UNCHANGED,
        seeds=(
            "Take the truck to the shop",
            s("Bake pies for the church supper", "completed"),
            "Call Aunt Lorraine",
        ),
    ),
    # Filipino English.
    case(
        "Pls delete the pasalubong task po, no need na",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=FILIPINO,
    ),
    case(
        "Pls show what I finished already",
        says("Send the remittance to Mama", "Pay the condo dues"),
        lacks("pasalubong"),
        UNCHANGED,
        seeds=(
            s("Send the remittance to Mama", "completed"),
            s("Pay the condo dues", "completed"),
            "Buy pasalubong for the office",
        ),
    ),
    # A Brazilian Portuguese speaker.
    case(
        "Change the task 'Book the hairdresser' to 'Book the barber'",
        state(1, title="Book the barber"),
        untouched_except(1),
        seeds=BRAZILIAN,
    ),
    case(
        "The report to Marcos I marked done by mistake, can you open it again?",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Send the report to Marcos", "completed"), "Book the hairdresser"),
    ),
    # A Russian speaker.
    case(
        "I need to remember: take documents to the notary",
        fresh("Take documents to the notary"),
    ),
    case(
        "Return back the task about Olga gift, I deleted by accident",
        state(0, status="pending"),
        seeds=(s("Buy gift for Olga", "deleted"), "Register the car"),
    ),
    # The primary-school teacher.
    case(
        "What have I ticked off so far?",
        says("Mark the Year 4 spelling tests", "Email parents about the trip"),
        lacks("Laminate"),
        UNCHANGED,
        seeds=(
            s("Mark the Year 4 spelling tests", "completed"),
            s("Email parents about the trip", "completed"),
            "Laminate the display labels",
        ),
    ),
    case(
        "Could you add 'order the nativity costumes' to my list?",
        fresh("Order the nativity costumes"),
    ),
    # The touring musician.
    case(
        "show everything tagged gigs",
        says("Load in at Kesselhaus", "Print the merch price list"),
        lacks("landlord"),
        UNCHANGED,
        seeds=(
            s("Load in at Kesselhaus", tags=["gigs"]),
            s("Print the merch price list", tags=["gigs"]),
            s("Call the landlord", tags=["home"]),
        ),
    ),
    case(
        "whats still open",
        says("Restring the bass", "Book the rehearsal room"),
        lacks("setlist"),
        UNCHANGED,
        seeds=(
            "Restring the bass",
            s("Send the setlist to Dave", "completed"),
            "Book the rehearsal room",
        ),
    ),
    case(
        "get rid of the rehearsal room one",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=MUSICIAN,
    ),
    # The bookkeeper.
    case(
        "Which tags am I using at the moment?",
        says("tax", "clients"),
        UNCHANGED,
        seeds=(
            s("File the VAT return", tags=["tax"]),
            s("Chase the Morgan invoice", tags=["clients"]),
        ),
    ),
    case(
        "The VAT return isn't actually filed, reopen it",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("File the VAT return", "completed"), "Chase the Morgan invoice"),
    ),
    case(
        "Retitle 'Chase the Morgan invoice' as 'Chase Morgan & Sons for payment'",
        state(0, title="Chase Morgan & Sons for payment"),
        untouched_except(0),
        seeds=("Chase the Morgan invoice", "File the VAT return"),
    ),
)


# 8b. Safety: ambiguous requests ask, non-requests change nothing, nothing is done on a guess.
SAFETY: tuple[Case, ...] = (
    # The plumber.
    case(
        "bin the quote",
        UNCHANGED,
        seeds=("Quote the Henderson bathroom", "Quote the Novak loft"),
    ),
    case("cracking day, three jobs done and dusted", UNCHANGED, seeds=PLUMBER),
    case(
        "I might scrap the Novak quote if they don't ring back",
        UNCHANGED,
        seeds=("Quote the Novak loft", "Invoice Mrs Patel"),
    ),
    # The doctoral student.
    case("My supervisor says the chapter 3 deadline might move", UNCHANGED, seeds=SCHOLAR),
    case("Is it normal to feel this tired in second year?", UNCHANGED, seeds=SCHOLAR),
    case("Do I really have to respond to reviewer 2?", UNCHANGED, seeds=SCHOLAR),
    # The army veteran.
    case(
        "Call complete.",
        UNCHANGED,
        seeds=("Call the VA office", "Call the vet about Rex"),
    ),
    case("Roger.", UNCHANGED, seeds=SOLDIER),
    case("Negative.", UNCHANGED, seeds=SOLDIER),
    # The American South.
    case("Lord, it's hot for November", UNCHANGED, seeds=SOUTHERN),
    case(
        "should I bake them pies Saturday or Sunday, you reckon?",
        UNCHANGED,
        seeds=SOUTHERN,
    ),
    # Filipino English.
    case("Good morning po! Kumain ka na?", UNCHANGED, seeds=FILIPINO),
    case(
        "paid na",
        UNCHANGED,
        seeds=("Pay the condo dues", "Pay the Meralco bill"),
    ),
    # A Brazilian Portuguese speaker.
    case("Nossa, what a crazy week", UNCHANGED, seeds=BRAZILIAN),
    case("Mark the roof repair as done", UNCHANGED, seeds=BRAZILIAN),
    case("Complete the task", UNCHANGED, seeds=BRAZILIAN),
    # A Russian speaker.
    case(
        "Delete bank task",
        UNCHANGED,
        seeds=("Call the bank about the card", "Call the bank about the mortgage"),
    ),
    case("Maybe I will not buy gift for Olga this year, I think", UNCHANGED, seeds=RUSSIAN),
    # The primary-school teacher.
    case("Half term can't come soon enough!", UNCHANGED, seeds=TEACHER),
    case(
        "Cancel the reminder",
        UNCHANGED,
        seeds=(
            s(
                "Email parents about the trip",
                due="2026-11-27",
                reminder=berlin("2026-11-27", "08:00"),
            ),
            s(
                "Laminate the display labels",
                due="2026-12-01",
                reminder=berlin("2026-11-30", "16:00"),
            ),
        ),
    ),
    # The touring musician.
    case("delete", UNCHANGED, seeds=MUSICIAN),
    case(
        "dave's sorted",
        UNCHANGED,
        seeds=("Send the setlist to Dave", "Pay Dave back for the strings"),
    ),
    # The bookkeeper.
    case(
        "Don't mark the VAT return done yet, HMRC hasn't confirmed",
        UNCHANGED,
        seeds=BOOKKEEPER,
    ),
    case("What's the VAT registration threshold these days?", UNCHANGED, seeds=BOOKKEEPER),
)


HELD_OUT_SEVENTH: tuple[Case, ...] = (
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
