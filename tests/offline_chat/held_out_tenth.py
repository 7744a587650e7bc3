"""A tenth held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py``, ``second_voice.py`` to ``tenth_voice.py``, ``held_out.py`` to
``held_out_ninth.py``): only their imports, helpers, constants and module docstrings. They
were written before the changes that will be scored against them, from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section), from the tools' arguments
(``docs/mcp.md``), from how a conversation is played (``conftest.py``) and from what an
ordinary user of a task manager would expect. No sentence was run through the engine while
writing, no scoring test was run, and none is ever tuned against, sentence by sentence: a miss
here is a miss to report, not an expectation to adjust.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: a long-haul lorry driver typing at the services (the wagon, the tacho, the digi card,
the yard, "parked up at Thrapston", "mate", "done n dusted"); a freelance translator writing
careful, punctuated English (the termbase, the agency, "DE>EN", semicolons and brackets); a
volunteer secretary of a children's football club (the U11s, subs, the 3G pitch, the league,
"owt", "pal", "ta"); an estate agent, breezy and exclamatory (viewings, vendors, the
memorandum of sale, the EPC, "!!", "x"); New Zealand English ("sweet as", "chur", "heaps",
"eh", togs, the chilly bin, the bach, the ute's rego and warrant, whanau, "munted"); a retired
hobby beekeeper writing courteous full sentences (the hives, varroa, fondant, mouse guards,
hefting, "the girls"); a Korean speaker's English ("please make for me", "until" for "by",
"finish" for "done", "^^", "ㅋㅋㅋ", dropped articles); a local newspaper reporter on deadline
(filing copy, the desk, the subs, the features ed, the presser, "p1", "✅"); Ghanaian English
("chale", "oo", "Ei", "please I want to", the ECG bill, "small" for "a bit", Auntie); and a
tattoo artist in lowercase (stencils, consults, flash day, the autoclave, green soap, "yo",
"dude", "sick").

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("chuck this on me list", "new job for the
   list", "please write down that I should", "please make for me task", "please register",
   "let me not forget to", "put on my list"), with dates, times, priority, tags and notes;
   only the title reaches the title, and a note is kept as the task's description.
2. ``REPEATS``: repeats said in words ("every 28 days", "every nine days", "the last day of
   each month", "every Tuesday and Thursday", "every other week through winter", "the first
   Sunday of each month", "the last Saturday of every month", "tues thurs sat", "every weekday
   8am"), on a new task or an existing one; a repeat changed ("from monthly to quarterly",
   "every other monday now", "moved to wednesdays", "now Wednesday and Saturday", "gone
   monthly, first tuesday") or stopped.
3. ``FACTS``: statements of fact that mean "done" ("came in the post", "got calibrated",
   "gone back to the agency", "washed and folded", "all chased", "booked in", "grabbed",
   "went on this morning", "submitted already", "booked finish", "filed, subs have it", "✅",
   "paid oo", "has received", "redrawn, looks sick") complete the task they name and leave
   every other task alone; negatives, plans and questions change nothing.
4. ``EDITS``: priority a level up or down or set ("bump to high", "proper urgent now", "knock
   it down a bit", "reduce the priority small"), the due date pushed by days or a week,
   brought forward, moved to a weekday, a date or next week, an hour earlier, to 4pm the same
   day; a due date taken off; rename; a note set or changed; tags added or removed.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative
   to its due date ("two hours before", "half an hour before", "the night before", "the day
   before", "the evening before", "one week before", "10 minutes before", "an hour
   beforehand"); no task is added and the task's due date stays as it was.
6. ``WINDOWS``: questions about today, tomorrow, a weekday, the weekend, the rest of this
   week, next week, a date, a month, a span of dates (also "mon-fri next week" and "between
   christmas and new year") and overdue: the reply names what is in the window, leaves out
   what is not (a deleted task never, a completed one never as overdue), and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "make that urgent mate",
   "stick a p1 on that", "would you make that a high priority" after an add, a corrected day
   or time, a tag or a note added to the task just made, "and one for ... too", a position in
   a list just shown ("middle one", "the last one on the list", "the top one", "second one",
   "number 2", "the first and the third"), "not done" after a fact, "oops wrong one", undo,
   "put it back", "bring it back", "scrap that", "forget it", "and monday's list?".
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending,
   complete, delete, rename, "I need to remember", completed), with search, tags, reopen and
   restore; and safety: an ambiguous request asks and changes nothing, a message that is not a
   request changes nothing, and nothing is deleted or completed on a guess (a task that does
   not exist, "two of the viewings are done" that names none, "done with that one" or "yeah
   bin it" with nothing before it, a question whether something is done, a hedge about
   deleting).

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. "This week" is asked only of tasks that are in it
(or out of it) on every reading, whether it ends on Sunday or runs seven days. Seeded times
carry Berlin's winter offset (+01:00). Tasks are checked as the tools report them (``status``
pending, completed or deleted; ``priority`` none, low, medium, high or urgent; ``tags`` a
list; ``due`` and ``reminder`` spoken in the user's zone, "Friday 27 November 2026" for a whole
day and "Friday 27 November 2026, 09:00" with a time; ``recurrence`` as RRULE text). Titles are
expected with their first letter capitalised and kept in the user's own words ("Get the ute's
warrant done", "Study TOPIK chapter 5"); where a title may fairly be kept with or without a
word (a trailing clause, quotes, "w/" spelt out, a name the user wrote in lowercase), each is
accepted. Where the words leave the meaning open ("next friday" said on a Thursday, "until
next friday", "next wednesday", "Thursday" said on a Thursday, "heaps important", "very
important", "it's important oo", "fairly important", "p1", "nothing pressing", "next month",
"sometime next week", "half past nine", "this weekend"), every reasonable reading is accepted;
a day said without a time is checked on the day only. A list shows the latest seeded task
first, as the corpus says: "the second one" of three is the middle one either way, "the first
one" and "the top one" are the last seeded, and "the last one" and "the third" the first
seeded. Recurring seeds carry a due date, as a repeating task in a task manager usually has
one. Projects are left out, as the seeds are tasks only.

No new check is defined here: the set uses the helpers of ``held_out.py``,
``held_out_second.py``, ``held_out_fourth.py`` and ``held_out_fifth.py`` as they are.
"""

from __future__ import annotations

from datetime import date, timedelta

from .corpus import UNCHANGED, Case, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out_fifth import SATURDAY_12_DEC, bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
    MORNING,
    SHOWN,
    SUNDAY_20_DEC,
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

__all__ = ["HELD_OUT_TENTH"]

FRIDAY_11_DEC = "Friday 11 December 2026"
#: Every day of December 2026, as the tools say them ("next month" said in November).
DECEMBER = tuple(
    f"{day:%A} {day.day} December 2026"
    for day in (date(2026, 12, 1) + timedelta(days=n) for n in range(31))
)
STILL = ("pending",)

# Tasks of each voice, for the families that need several of them.
LORRY = ("Renew my digi card", "Get the tacho calibrated", "Book a space at Markham Moor")
TRANSLATOR = ("Proofread the Bosch manual", "Invoice Lingua Agency", "Update the termbase")
FOOTBALL = ("Wash the U11 kit", "Collect the match fees", "Book the 3G pitch")
ESTATE = (
    "Chase the Hendersons' solicitor",
    "Book the EPC for Ivy Lane",
    "Send the valuation to Mrs Okafor",
)
KIWI = (
    "Pick up the chilly bin from Aroha",
    "Book the bach for January",
    "Sort the rego for the ute",
)
BEES = ("Treat the hives for varroa", "Order more fondant", "Put the mouse guards on")
KOREAN = ("Submit visa extension documents", "Buy gift for team leader", "Book hair salon")
NEWSROOM = (
    "File the council story",
    "Transcribe the mayor interview",
    "Chase the police press office",
)
GHANA = ("Pay the ECG bill", "Send money to Auntie Esi", "Buy tickets for the VIP bus")
TATTOO = ("Redraw the koi stencil", "Order more needles", "Email Jess about her deposit")


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED: tuple[Case, ...] = (
    # The lorry driver.
    case(
        "chuck this on me list: renew digi card before it runs out, thats urgent mate",
        fresh("Renew digi card", "Renew digi card before it runs out", priority="urgent"),
    ),
    case(
        "parked up at thrapston. need a task: get the wagon washed friday",
        fresh("Get the wagon washed"),
        when(FRIDAY),
    ),
    case(
        "add ring the transport office about my 45 hr break, monday 8am, tag it work",
        fresh("Ring the transport office about my 45 hr break"),
        when(MONDAY, hours=[8]),
        tagged("work"),
    ),
    case(
        "new job for the list - pick up hi vis vest from the yard. note: the orange one not yellow",
        fresh("Pick up hi vis vest from the yard"),
        described("orange"),
    ),
    # The translator.
    case(
        "Could you please add a task: deliver the Siemens DE>EN translation by Tuesday at "
        "5 pm (high priority).",
        fresh("Deliver the Siemens DE>EN translation", priority="high"),
        when(TUESDAY_NEXT, hours=[17]),
    ),
    case(
        "New to-do, please: query the client about the ambiguous term 'Lagerbestand'. Not "
        "urgent; sometime next week.",
        fresh(
            "Query the client about the ambiguous term 'Lagerbestand'",
            "Query the client about the ambiguous term Lagerbestand",
            'Query the client about the ambiguous term "Lagerbestand"',
            priority=("none", "low"),
        ),
        when(NEXT_WEEK),
    ),
    case(
        "Please note that I have to send the invoice to Lingua Agency on the 1st of December; "
        "tag: invoices.",
        fresh("Send the invoice to Lingua Agency"),
        when(TUESDAY_NEXT),
        tagged("invoices"),
    ),
    case(
        "I ought to back up the translation memories this evening, I think.",
        fresh("Back up the translation memories"),
        when(TODAY, hours=EVENING),
    ),
    # The football club volunteer.
    case(
        "can u put down wash the u11 kit for sat morning cheers",
        fresh("Wash the u11 kit", "Wash the U11 kit"),
        when(SATURDAY),
    ),
    case(
        "reminder to self - order new corner flags, the club's pair snapped. fairly important",
        fresh("Order new corner flags", priority=("medium", "high")),
    ),
    case(
        "add email the league about fixtures by friday #committee",
        fresh("Email the league about fixtures"),
        when(FRIDAY),
        tagged("committee"),
    ),
    case(
        "need a task for collecting subs off the parents at training tuesday 6pm",
        fresh(
            "Collect subs off the parents at training",
            "Collecting subs off the parents at training",
            "Collect subs off the parents",
        ),
        when(TUESDAY_NEXT, hours=[18]),
    ),
    # The estate agent.
    case(
        "Morning!! Add a viewing at 14 Ivy Lane with the Patels, Saturday 11am please x",
        fresh("Viewing at 14 Ivy Lane with the Patels", "A viewing at 14 Ivy Lane with the Patels"),
        when(SATURDAY, hours=[11]),
    ),
    case(
        "urgent!!! chase the buyer's mortgage offer on Oak Close today",
        fresh("Chase the buyer's mortgage offer on Oak Close", priority="urgent"),
        when(TODAY),
    ),
    case(
        "Can you add 'send memorandum of sale to both solicitors' — tag it sales and make it high",
        fresh("Send memorandum of sale to both solicitors", priority="high"),
        tagged("sales"),
    ),
    case(
        "pop a to-do in for me: valuation at 3 Birch Road, Monday 2pm. Note: vendor wants a "
        "quick sale, divorce",
        fresh("Valuation at 3 Birch Road"),
        when(MONDAY, hours=[14]),
        described("quick sale"),
    ),
    # New Zealand English.
    case(
        "hey can you chuck 'grab togs for the kids' on there for saturday eh",
        fresh("Grab togs for the kids"),
        when(SATURDAY),
    ),
    case(
        "need to remember to get the ute's warrant done before next friday, sweet as",
        fresh("Get the ute's warrant done"),
    ),
    case(
        "add pay the rates - heaps important, due 20 dec",
        fresh("Pay the rates", priority=("high", "urgent")),
        when(SUNDAY_20_DEC),
    ),
    case(
        "put down sort tea for the whanau on sunday, tag whanau",
        fresh("Sort tea for the whanau"),
        when(SUNDAY),
        tagged("whanau"),
    ),
    # The beekeeper.
    case(
        "Would you add a job for me: check hive 3 for queen cells, on Tuesday morning.",
        fresh("Check hive 3 for queen cells"),
        when(TUESDAY_NEXT, hours=MORNING),
    ),
    case(
        "I must order a new smoker before the spring; nothing pressing.",
        fresh(
            "Order a new smoker",
            "Order a new smoker before the spring",
            priority=("none", "low"),
        ),
    ),
    case(
        "Add: heft the hives to check stores, low priority, tag apiary.",
        fresh("Heft the hives to check stores", priority="low"),
        tagged("apiary"),
    ),
    case(
        "Please write down that I should melt down the old comb into wax this weekend.",
        fresh("Melt down the old comb into wax"),
        when((SATURDAY, SUNDAY)),
    ),
    # A Korean speaker's English.
    case(
        "please make for me task, submit visa extension paper until next friday ^^",
        fresh("Submit visa extension paper"),
        when((FRIDAY, FRIDAY_NEXT)),
    ),
    case(
        "add buy present for team leader birthday, it is very important",
        fresh("Buy present for team leader birthday", priority=("high", "urgent")),
    ),
    case(
        "tomorrow 7pm I have to call my mom in Busan, please register",
        fresh("Call my mom in Busan"),
        when(FRIDAY, hours=[19]),
    ),
    case(
        "I want add task: study TOPIK chapter 5. tag is study",
        fresh("Study TOPIK chapter 5"),
        tagged("study"),
    ),
    # The reporter.
    case(
        "todo: file 600 words on the bus strike to the desk by 4pm today, p1",
        fresh("File 600 words on the bus strike to the desk", priority=("urgent", "high")),
        when(TODAY, hours=[16]),
    ),
    case(
        "add - call back the councillor's office re planning row. tag council",
        fresh("Call back the councillor's office re planning row"),
        tagged("council"),
    ),
    case(
        "remind me to fact-check the hospital waiting figures before the piece runs",
        fresh(
            "Fact-check the hospital waiting figures",
            "Fact-check the hospital waiting figures before the piece runs",
        ),
    ),
    case(
        "new task pls: pitch the food bank feature to the features ed, monday. note: angle is "
        "the volunteers over 80",
        fresh("Pitch the food bank feature to the features ed"),
        when(MONDAY),
        described("volunteers over 80"),
    ),
    # Ghanaian English.
    case(
        "Please add for me, pay the ECG bill tomorrow, chale it's important oo",
        fresh("Pay the ECG bill", priority=("medium", "high", "urgent")),
        when(FRIDAY),
    ),
    case(
        "Please I want to remember to send money to my mother on Sunday evening",
        fresh("Send money to my mother"),
        when(SUNDAY, hours=EVENING),
    ),
    case(
        "add buy kente for Efua's wedding, tag family, by 12th December",
        fresh("Buy kente for Efua's wedding"),
        tagged("family"),
        when(SATURDAY_12_DEC),
    ),
    case(
        "Let me not forget to renew my Ghana card next month",
        fresh("Renew my Ghana card"),
        when(DECEMBER),
    ),
    # The tattoo artist.
    case(
        "yo add redraw the koi stencil for jess's sleeve, friday",
        fresh(
            "Redraw the koi stencil for jess's sleeve", "Redraw the koi stencil for Jess's sleeve"
        ),
        when(FRIDAY),
    ),
    case(
        "need to restock green soap and cling film asap",
        fresh("Restock green soap and cling film"),
    ),
    case(
        "add consult w/ new client marco, tues 1pm, tag consults",
        fresh(
            "Consult w/ new client marco",
            "Consult with new client marco",
            "Consult w/ new client Marco",
            "Consult with new client Marco",
        ),
        when(TUESDAY_NEXT, hours=[13]),
        tagged("consults"),
    ),
    case(
        "put on my list: autoclave service, high prio. note - the guy said bring the logbook",
        fresh("Autoclave service", priority="high"),
        described("logbook"),
    ),
)


# 2. Repeats said in words, on a new task or an existing one; a repeat changed or stopped.
REPEATS: tuple[Case, ...] = (
    # The lorry driver.
    case(
        "every monday 6am - walkaround check on the wagon, add that",
        repeats(
            "FREQ=WEEKLY",
            called=("Walkaround check on the wagon",),
            either=(on("BYDAY=MO", "Monday"), at(6)),
        ),
    ),
    case(
        "download the tacho every 28 days, put it in",
        repeats("FREQ=DAILY;INTERVAL=28", "FREQ=WEEKLY;INTERVAL=4", called=("Download the tacho",)),
    ),
    case(
        "text the missus my ETA - do that one every evening",
        repeats("FREQ=DAILY", task=0),
        nothing_added(),
        seeds=(s("Text the missus my ETA", due=berlin("2026-11-26", "18:00")),),
    ),
    case(
        "no more weekly depot call, stop it repeating, new boss does it",
        one_of(0, recurrence=CLEARED, status=STILL),
        nothing_added(),
        seeds=(s("Ring the depot", due="2026-11-30", recurrence="FREQ=WEEKLY;BYDAY=MO"),),
    ),
    # The translator.
    case(
        "Please create a recurring task: send my invoices on the last day of each month.",
        repeats(
            "FREQ=MONTHLY;BYMONTHDAY=-1",
            "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1",
            called=("Send my invoices",),
        ),
    ),
    case(
        "I update my termbase every Friday afternoon; could you set that up as a repeating task?",
        repeats(
            "FREQ=WEEKLY",
            called=("Update my termbase", "Update the termbase"),
            either=(on("BYDAY=FR", "Friday"),),
        ),
    ),
    case(
        "The ProZ job board check should recur every weekday, please.",
        repeats(*WEEKDAY_RULES, task=0),
        nothing_added(),
        seeds=(s("Check the ProZ job board", due="2026-11-27"),),
    ),
    case(
        "Could you change 'Pay the accountant' from monthly to quarterly?",
        repeats("FREQ=MONTHLY;INTERVAL=3", task=0),
        nothing_added(),
        seeds=(s("Pay the accountant", due="2026-12-15", recurrence="FREQ=MONTHLY"),),
    ),
    # The football club volunteer.
    case(
        "training's every tuesday and thursday at 6, add 'set out the cones' for both",
        repeats("FREQ=WEEKLY;BYDAY=TU,TH", called=("Set out the cones",)),
    ),
    case(
        "add wash the kit every sunday after the match",
        repeats(
            "FREQ=WEEKLY",
            called=("Wash the kit", "Wash the kit after the match"),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "post the team sheet - needs doing every friday from now on",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=FR", "Friday"),)),
        nothing_added(),
        seeds=(s("Post the team sheet on the group", due="2026-11-27"),),
    ),
    case(
        "committee meetings are every other monday now, not monthly",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0, either=(on("BYDAY=MO", "Monday"),)),
        nothing_added(),
        seeds=(s("Committee meeting", due="2026-12-07", recurrence="FREQ=MONTHLY;BYDAY=1MO"),),
    ),
    # The estate agent.
    case(
        "Weekly vendor update calls every Wednesday at 9am please!!",
        repeats(
            "FREQ=WEEKLY",
            called=("Vendor update calls", "Weekly vendor update calls"),
            either=(on("BYDAY=WE", "Wednesday"), at(9)),
        ),
    ),
    case(
        "add update the Rightmove listings every morning",
        repeats("FREQ=DAILY", called=("Update the Rightmove listings",)),
    ),
    case(
        "Stop repeating the Elm Estate leaflet drop please, it's a one-off now",
        one_of(0, recurrence=CLEARED, status=STILL),
        nothing_added(),
        seeds=(
            s("Leaflet drop on Elm Estate", due="2026-11-28", recurrence="FREQ=WEEKLY;BYDAY=SA"),
        ),
    ),
    case(
        "review asking prices - make it every fortnight",
        repeats("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14", task=0),
        nothing_added(),
        seeds=(s("Review asking prices", due="2026-12-01"),),
    ),
    # New Zealand English.
    case(
        "put in 'mow the lawns' every saturday, heaps of growth this time of year",
        repeats("FREQ=WEEKLY", called=("Mow the lawns",), either=(on("BYDAY=SA", "Saturday"),)),
    ),
    case(
        "bins go out every thursday night eh, add that",
        repeats("FREQ=WEEKLY", either=(on("BYDAY=TH", "Thursday"),)),
    ),
    case(
        "check the tank water - every 2 weeks sweet as",
        repeats("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14", task=0),
        nothing_added(),
        seeds=(s("Check the tank water level", due="2026-11-28"),),
    ),
    case(
        "Mere's swimming moved to wednesdays, can u change it",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=WE", "Wednesday"),)),
        nothing_added(),
        seeds=(
            s(
                "Swimming lessons for Mere",
                due=berlin("2026-11-30", "16:00"),
                recurrence="FREQ=WEEKLY;BYDAY=MO",
            ),
        ),
    ),
    # The beekeeper.
    case(
        "Please add a recurring task to inspect the hives every nine days, starting on Saturday.",
        repeats("FREQ=DAILY;INTERVAL=9", called=("Inspect the hives",)),
        when(SATURDAY),
    ),
    case(
        "Feed the bees fondant every other week through winter, if you would.",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=DAILY;INTERVAL=14",
            called=("Feed the bees fondant", "Feed the bees fondant through winter"),
        ),
    ),
    case(
        "I'd like 'Weigh hive 2' to come round on the first Sunday of each month.",
        repeats("FREQ=MONTHLY;BYDAY=1SU", "FREQ=MONTHLY;BYDAY=SU;BYSETPOS=1", task=0),
        nothing_added(),
        seeds=(s("Weigh hive 2", due="2026-12-06"),),
    ),
    case(
        "The varroa board needn't recur any more; I'll do it as and when.",
        one_of(0, recurrence=CLEARED, status=STILL),
        nothing_added(),
        seeds=(s("Check the varroa board", due="2026-11-27", recurrence="FREQ=WEEKLY;BYDAY=FR"),),
    ),
    # A Korean speaker's English.
    case(
        "every morning 7:30 english speaking practice, please make repeat",
        repeats(
            "FREQ=DAILY",
            called=("English speaking practice",),
            either=(at(7, 30),),
        ),
    ),
    case(
        "gym on monday wednesday friday every week, add please",
        repeats("FREQ=WEEKLY;BYDAY=MO,WE,FR", called=("Gym",)),
    ),
    case(
        "call mom in busan, please make it every sunday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        nothing_added(),
        seeds=(s("Call my mom in Busan", due=berlin("2026-11-29", "12:00")),),
    ),
    case(
        "phone bill is now automatic, so no more repeat please",
        one_of(0, recurrence=CLEARED, status=STILL),
        nothing_added(),
        seeds=(s("Pay phone bill", due="2026-12-10", recurrence="FREQ=MONTHLY"),),
    ),
    # The reporter.
    case(
        "recurring: check the court lists, every weekday 8am",
        repeats(*WEEKDAY_RULES, called=("Check the court lists",), either=(at(8),)),
    ),
    case(
        "add the weekly column — due every wednesday noon",
        repeats("FREQ=WEEKLY", either=(on("BYDAY=WE", "Wednesday"), at(12))),
    ),
    case(
        "press card renewal - make that yearly",
        repeats("FREQ=YEARLY", task=0),
        nothing_added(),
        seeds=(s("Renew the press card", due="2027-01-15"),),
    ),
    case(
        "planning committee's gone monthly, first tuesday. update it",
        repeats("FREQ=MONTHLY;BYDAY=1TU", "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1", task=0),
        nothing_added(),
        seeds=(
            s(
                "Planning committee meeting",
                due=berlin("2026-12-01", "19:00"),
                recurrence="FREQ=WEEKLY;BYDAY=TU",
            ),
        ),
    ),
    # Ghanaian English.
    case(
        "Please add susu contribution every Friday, 50 cedis",
        repeats("FREQ=WEEKLY", either=(on("BYDAY=FR", "Friday"),)),
    ),
    case(
        "I buy prepaid light units every two weeks, add it for me",
        repeats("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14"),
    ),
    case(
        "Call Auntie Esi, let it repeat every Sunday please, she complains when I forget",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        nothing_added(),
        seeds=(s("Call Auntie Esi", due="2026-11-29"),),
    ),
    case(
        "choir practice is now Wednesday and Saturday, please adjust",
        repeats("FREQ=WEEKLY;BYDAY=WE,SA", task=0),
        nothing_added(),
        seeds=(
            s(
                "Church choir practice",
                due=berlin("2026-12-02", "18:00"),
                recurrence="FREQ=WEEKLY;BYDAY=WE",
            ),
        ),
    ),
    # The tattoo artist.
    case(
        "add clean the tattoo machines every night after close",
        repeats("FREQ=DAILY"),
    ),
    case(
        "flash day on the last saturday of every month, put it in pls",
        repeats("FREQ=MONTHLY;BYDAY=-1SA", "FREQ=MONTHLY;BYDAY=SA;BYSETPOS=-1"),
    ),
    case(
        "post on insta should be tues thurs sat from now",
        repeats("FREQ=WEEKLY;BYDAY=TU,TH,SA", task=0),
        nothing_added(),
        seeds=(s("Post on insta", due="2026-11-28"),),
    ),
    case(
        "stop the needles order repeating, new supplier does auto delivery",
        one_of(0, recurrence=CLEARED, status=STILL),
        nothing_added(),
        seeds=(s("Order more needles", due="2026-11-30", recurrence="FREQ=MONTHLY"),),
    ),
)


# 3. Statements of fact that mean "done"; negatives, plans and questions change nothing.
FACTS: tuple[Case, ...] = (
    # The lorry driver.
    case("digi card's renewed, came in the post today", *done(0), seeds=LORRY),
    case("tacho got calibrated at the garage this morning", *done(1), seeds=LORRY),
    case("not had a chance to book markham moor yet", UNCHANGED, seeds=LORRY),
    # The translator.
    case(
        "I've proofread the Bosch manual; it's gone back to the agency.",
        *done(0),
        seeds=TRANSLATOR,
    ),
    case("The termbase is up to date now.", *done(2), seeds=TRANSLATOR),
    case("Have I invoiced Lingua Agency yet?", UNCHANGED, seeds=TRANSLATOR),
    # The football club volunteer.
    case("kit's washed and folded, cheers", *done(0), seeds=FOOTBALL),
    case("got all the match fees in off the parents", *done(1), seeds=FOOTBALL),
    case("still need to book the 3G pitch, haven't got round to it", UNCHANGED, seeds=FOOTBALL),
    # The estate agent.
    case(
        "Finally spoke to the Hendersons' solicitor!! all chased 🙌",
        *done(0),
        seeds=ESTATE,
    ),
    case("EPC for Ivy Lane is booked in", *done(1), seeds=ESTATE),
    case("Mrs Okafor's valuation hasn't gone out yet, waiting on comps", UNCHANGED, seeds=ESTATE),
    # New Zealand English.
    case("grabbed the chilly bin off Aroha, chur", *done(0), seeds=KIWI),
    case("rego's sorted for the ute", *done(2), seeds=KIWI),
    case("did I already book the bach or nah?", UNCHANGED, seeds=KIWI),
    # The beekeeper.
    case("I treated all the hives for varroa yesterday afternoon.", *done(0), seeds=BEES),
    case("The mouse guards went on this morning.", *done(2), seeds=BEES),
    case("I mean to order more fondant, but not until the shop reopens.", UNCHANGED, seeds=BEES),
    # A Korean speaker's English.
    case("visa extension documents I submitted already!", *done(0), seeds=KOREAN),
    case("hair salon is booked finish", *done(2), seeds=KOREAN),
    case("gift for team leader I didn't buy yet, still thinking", UNCHANGED, seeds=KOREAN),
    # The reporter.
    case("council story filed, subs have it", *done(0), seeds=NEWSROOM),
    case("mayor interview transcribed ✅", *done(1), seeds=NEWSROOM),
    case(
        "police press office still not called back, will chase again later",
        UNCHANGED,
        seeds=NEWSROOM,
    ),
    # Ghanaian English.
    case("I have paid the ECG bill oo, thank God", *done(0), seeds=GHANA),
    case("Auntie Esi has received the money", *done(1), seeds=GHANA),
    case("VIP tickets not bought yet, the station was closed", UNCHANGED, seeds=GHANA),
    # The tattoo artist.
    case("koi stencil redrawn, looks sick", *done(0), seeds=TATTOO),
    case("jess paid her deposit, emailed her back", *done(2), seeds=TATTOO),
    case("running low on needles again but haven't ordered", UNCHANGED, seeds=TATTOO),
)


# 4. Edits: priority, due date moved or cleared, rename, note, tags.
EDITS: tuple[Case, ...] = (
    # The lorry driver.
    case(
        "tacho calibration - shove it back to monday, garage is full",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Get the tacho calibrated", due="2026-11-27"), "Renew my digi card"),
    ),
    case(
        "digi card needs bumping up a notch, it expires soon",
        raised(0),
        untouched_except(0),
        seeds=(s("Renew my digi card", priority="medium"), "Get the tacho calibrated"),
    ),
    case(
        "take the date off the markham moor one, might not go that way",
        one_of(0, due=CLEARED),
        untouched_except(0),
        seeds=(s("Book a space at Markham Moor", due="2026-11-28"),),
    ),
    case(
        "rename wagon service to 'Wagon service + brake test'",
        state(0, title="Wagon service + brake test"),
        untouched_except(0),
        seeds=("Wagon service", "Renew my digi card"),
    ),
    # The translator.
    case(
        "The client has granted an extension: please move the Siemens delivery to Thursday "
        "3 December.",
        when(THURSDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Deliver the Siemens translation", due="2026-12-01"), "Update the termbase"),
    ),
    case(
        "Please lower the priority of the termbase update; it can wait.",
        lowered(0),
        untouched_except(0),
        seeds=(s("Update the termbase", priority="high"), "Invoice Lingua Agency"),
    ),
    case(
        "Add a note to the Bosch proofreading: use the client's style guide v2.",
        described("style guide", task=0),
        untouched_except(0),
        seeds=("Proofread the Bosch manual", "Invoice Lingua Agency"),
    ),
    case(
        "Please tag the Lingua invoice 'invoices' as well.",
        tagged("invoices", "admin", task=0),
        untouched_except(0),
        seeds=(s("Invoice Lingua Agency", tags=["admin"]),),
    ),
    # The football club volunteer.
    case(
        "pitch booking can come forward a day",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Book the 3G pitch", due="2026-11-30"), "Wash the U11 kit"),
    ),
    case(
        "corner flags are proper urgent now, ref moaned",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=(s("Order new corner flags", priority="low"),),
    ),
    case(
        "push the raffle thing back a week",
        when(FRIDAY_11_DEC, task=0),
        untouched_except(0),
        seeds=(s("Sort the presentation night raffle", due="2026-12-04"), "Book the 3G pitch"),
    ),
    case(
        "take the chase tag off the league email, leave committee on",
        tagged("committee", task=0, without=("chase",)),
        untouched_except(0),
        seeds=(s("Email the league about fixtures", tags=["committee", "chase"]),),
    ),
    # The estate agent.
    case(
        "Hendersons solicitor chase - drop it to medium",
        state(0, priority="medium"),
        untouched_except(0),
        seeds=(s("Chase the Hendersons' solicitor", priority="high"), "Book the EPC for Ivy Lane"),
    ),
    case(
        "can we make the Birch Road valuation 4pm instead, same day",
        when(MONDAY, task=0, hours=[16]),
        untouched_except(0),
        seeds=(s("Valuation at 3 Birch Road", due=berlin("2026-11-30", "14:00")),),
    ),
    case(
        "rename 'Open house at Oak Close' to 'Open house at 7 Oak Close' pls",
        state(0, title="Open house at 7 Oak Close"),
        untouched_except(0),
        seeds=(s("Open house at Oak Close", due="2026-12-05"),),
    ),
    case(
        "Mrs Okafor valuation - she wants it Monday now not tomorrow",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(
            s("Send the valuation to Mrs Okafor", due="2026-11-27"),
            "Book the EPC for Ivy Lane",
        ),
    ),
    # New Zealand English.
    case(
        "the bach booking can wait til next week eh",
        when(NEXT_WEEK, task=0),
        untouched_except(0),
        seeds=(s("Book the bach for January", due="2026-11-27"),),
    ),
    case(
        "rego's not that urgent anymore, knock it down a bit",
        lowered(0),
        untouched_except(0),
        seeds=(s("Sort the rego for the ute", priority="urgent"), "Book the bach for January"),
    ),
    case(
        "change the note on the chilly bin one to: she's moved to Grey Lynn",
        described("Grey Lynn", task=0),
        untouched_except(0),
        seeds=(s("Pick up the chilly bin from Aroha", description="she's in Ponsonby"),),
    ),
    case(
        "warrant's gotta be done monday, bring it forward",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Get the ute's warrant done", due="2026-12-02"),),
    ),
    # The beekeeper.
    case(
        "Could you put the fondant order off by three days?",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Order more fondant", due="2026-11-27"), "Put the mouse guards on"),
    ),
    case(
        "The mouse guards have become rather pressing — raise their priority, please.",
        raised(0),
        untouched_except(0),
        seeds=(s("Put the mouse guards on", priority="low"),),
    ),
    case(
        "There's no deadline for cleaning the extractor after all; remove the date.",
        one_of(0, due=CLEARED),
        untouched_except(0),
        seeds=(s("Clean the honey extractor", due="2026-12-03"), "Order more fondant"),
    ),
    case(
        "Add the tag 'winter' to the varroa treatment.",
        tagged("apiary", "winter", task=0),
        untouched_except(0),
        seeds=(s("Treat the hives for varroa", tags=["apiary"]),),
    ),
    # A Korean speaker's English.
    case(
        "visa documents, please change date to 2 December",
        when(WEDNESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Submit visa extension documents", due="2026-12-04"),),
    ),
    case(
        "hair salon make high priority please",
        state(0, priority="high"),
        untouched_except(0),
        seeds=("Book hair salon", "Buy gift for team leader"),
    ),
    case(
        "please change name 'Study TOPIK chapter 5' → 'Study TOPIK chapter 6'",
        state(0, title="Study TOPIK chapter 6"),
        untouched_except(0),
        seeds=("Study TOPIK chapter 5",),
    ),
    # The reporter.
    case(
        "desk wants the council story an hour earlier",
        when(TODAY, task=0, hours=[15]),
        untouched_except(0),
        seeds=(s("File the council story", due=berlin("2026-11-26", "16:00")),),
    ),
    case(
        "mayor transcript: bump to high",
        state(0, priority="high"),
        untouched_except(0),
        seeds=(s("Transcribe the mayor interview", priority="medium"), "File the council story"),
    ),
    case(
        "untag followup from the police press office chase",
        tagged("crime", task=0, without=("followup",)),
        untouched_except(0),
        seeds=(s("Chase the police press office", tags=["crime", "followup"]),),
    ),
    case(
        "add to the food bank pitch: talk to the manager at St Anne's first",
        described("St Anne", task=0),
        untouched_except(0),
        seeds=("Pitch the food bank feature",),
    ),
    # Ghanaian English.
    case(
        "Please make the VIP bus tickets Sunday instead of Saturday",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Buy tickets for the VIP bus", due="2026-11-28"), "Pay the ECG bill"),
    ),
    case(
        "ECG bill, reduce the priority small, it's not that serious",
        lowered(0),
        untouched_except(0),
        seeds=(s("Pay the ECG bill", priority="high"),),
    ),
    # The tattoo artist.
    case(
        "koi stencil - push to next week, jess rebooked",
        when(NEXT_WEEK, task=0),
        untouched_except(0),
        seeds=(s("Redraw the koi stencil", due="2026-11-27"), "Order more needles"),
    ),
    case(
        "change 'email jess about her deposit' to 'text jess about her deposit'",
        named("Text jess about her deposit", "Text Jess about her deposit"),
        untouched_except(0),
        seeds=("Email Jess about her deposit",),
    ),
)


# 5. Reminders set, moved or cleared on an existing task; no task added, due date unchanged.
REMINDERS: tuple[Case, ...] = (
    # The lorry driver.
    case(
        "alarm me at 5am monday for the felixstowe drop",
        reminded(MONDAY, task=0, hours=[5]),
        state(0, due=spoken(MONDAY, "06:00")),
        nothing_added(),
        seeds=(s("Drop the trailer at Felixstowe", due=berlin("2026-11-30", "06:00")),),
    ),
    case(
        "remind me about the digi card the day before",
        reminded(THURSDAY_NEXT, task=0),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Renew my digi card", due="2026-12-04"),),
    ),
    case(
        "bin the reminder on the tacho job, im on it",
        one_of(0, reminder=CLEARED, status=STILL),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(
            s(
                "Get the tacho calibrated",
                due="2026-11-27",
                reminder=berlin("2026-11-27", "08:00"),
            ),
        ),
    ),
    case(
        "remind me about the markham moor booking at 3 today",
        reminded(TODAY, task=0, hours=[15]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Book a space at Markham Moor", due="2026-11-27"),),
    ),
    # The translator.
    case(
        "Please remind me two hours before the Siemens deadline.",
        reminded(TUESDAY_NEXT, task=0, hours=[15]),
        state(0, due=spoken(TUESDAY_NEXT, "17:00")),
        nothing_added(),
        seeds=(s("Deliver the Siemens translation", due=berlin("2026-12-01", "17:00")),),
    ),
    case(
        "Could you move the reminder for the Lingua invoice to 2 pm?",
        reminded(MONDAY, task=0, hours=[14]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(
            s("Invoice Lingua Agency", due="2026-11-30", reminder=berlin("2026-11-30", "09:00")),
        ),
    ),
    case(
        "Set a reminder for the Lyon call tomorrow at 10, please.",
        reminded(FRIDAY, task=0, hours=[10]),
        one_of(0, due=CLEARED),
        nothing_added(),
        seeds=("Call the sworn translator in Lyon",),
    ),
    case(
        "I'd like a reminder on the termbase task on Friday morning.",
        reminded(FRIDAY, task=0, hours=MORNING),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Update the termbase", due="2026-11-27"),),
    ),
    # The football club volunteer.
    case(
        "ping me half an hour before the match fees thing",
        reminded(SUNDAY, task=0, hours=[9]),
        state(0, due=spoken(SUNDAY, "10:00")),
        nothing_added(),
        seeds=(s("Collect the match fees", due=berlin("2026-11-29", "10:00")),),
    ),
    case(
        "can i get a reminder for the kit wash tonight about 8",
        reminded(TODAY, task=0, hours=[20]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Wash the U11 kit", due="2026-11-28"),),
    ),
    case(
        "no need for the pitch reminder now ta",
        one_of(0, reminder=CLEARED, status=STILL),
        nothing_added(),
        seeds=(s("Book the 3G pitch", reminder=berlin("2026-11-27", "12:00")),),
    ),
    case(
        "remind me monday evening about the fixtures email",
        reminded(MONDAY, task=0, hours=EVENING),
        state(0, due=WEDNESDAY_NEXT),
        nothing_added(),
        seeds=(s("Email the league about fixtures", due="2026-12-02"),),
    ),
    # The estate agent.
    case(
        "Remind me 30 mins before the Ivy Lane viewing!!",
        reminded(SATURDAY, task=0, hours=[10]),
        state(0, due=spoken(SATURDAY, "11:00")),
        nothing_added(),
        seeds=(s("Viewing at 14 Ivy Lane", due=berlin("2026-11-28", "11:00")),),
    ),
    case(
        "push my reminder on the mortgage offer chase to 1pm",
        reminded(FRIDAY, task=0, hours=[13]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(
            s(
                "Chase the buyer's mortgage offer",
                due="2026-11-27",
                reminder=berlin("2026-11-27", "09:00"),
            ),
        ),
    ),
    case(
        "Can you remind me about the memo of sale on Wednesday at 9?",
        reminded(WEDNESDAY_NEXT, task=0, hours=[9]),
        state(0, due=THURSDAY_NEXT),
        nothing_added(),
        seeds=(s("Send memorandum of sale", due="2026-12-03"),),
    ),
    # New Zealand English.
    case(
        "flick me a reminder saturday 2ish for the chilly bin",
        reminded(SATURDAY, task=0, hours=[14]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Pick up the chilly bin from Aroha", due="2026-11-28"),),
    ),
    case(
        "get rid of the reminder on the bach booking eh, i'll remember",
        one_of(0, reminder=CLEARED, status=STILL),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(
            s(
                "Book the bach for January",
                due="2026-12-01",
                reminder=berlin("2026-11-30", "18:00"),
            ),
        ),
    ),
    case(
        "remind me the night before the kids swimming",
        reminded(SUNDAY, task=0, hours=EVENING),
        state(0, due=spoken(MONDAY, "16:00")),
        nothing_added(),
        seeds=(s("Kids' swimming lesson", due=berlin("2026-11-30", "16:00")),),
    ),
    # The beekeeper.
    case(
        "Please remind me an hour beforehand about checking hive 3.",
        reminded(TUESDAY_NEXT, task=0, hours=[9]),
        state(0, due=spoken(TUESDAY_NEXT, "10:00")),
        nothing_added(),
        seeds=(s("Check hive 3 for queen cells", due=berlin("2026-12-01", "10:00")),),
    ),
    case(
        "Would you remind me to order the fondant on Monday at half past nine?",
        reminded(MONDAY, task=0, hours=[9, 21]),
        one_of(0, due=CLEARED),
        nothing_added(),
        seeds=("Order more fondant",),
    ),
    case(
        "The reminder for melting the comb ought to be at eleven rather than nine.",
        reminded(SUNDAY, task=0, hours=[11]),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(
            s("Melt down the old comb", due="2026-11-29", reminder=berlin("2026-11-29", "09:00")),
        ),
    ),
    # A Korean speaker's English.
    case(
        "please alarm me 10 minutes before mom call",
        reminded(SUNDAY, task=0, hours=[11]),
        state(0, due=spoken(SUNDAY, "12:00")),
        nothing_added(),
        seeds=(s("Call my mom in Busan", due=berlin("2026-11-29", "12:00")),),
    ),
    case(
        "for visa documents, reminder please on Thursday 3pm",
        reminded((TODAY, THURSDAY_NEXT), task=0, hours=[15]),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Submit visa extension documents", due="2026-12-04"),),
    ),
    case(
        "hair salon reminder I don't need, please remove",
        one_of(0, reminder=CLEARED, status=STILL),
        nothing_added(),
        seeds=(s("Book hair salon", reminder=berlin("2026-11-27", "10:00")),),
    ),
    # The reporter.
    case(
        "reminder 15 min before the council copy deadline",
        reminded(TODAY, task=0, hours=[15]),
        state(0, due=spoken(TODAY, "16:00")),
        nothing_added(),
        seeds=(s("File the council story", due=berlin("2026-11-26", "16:00")),),
    ),
    case(
        "move the press office reminder to 5",
        reminded(TODAY, task=0, hours=[17]),
        nothing_added(),
        seeds=(s("Chase the police press office", reminder=berlin("2026-11-26", "14:00")),),
    ),
    case(
        "remind me first thing tomorrow about the mayor transcript",
        reminded(FRIDAY, task=0, hours=MORNING),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Transcribe the mayor interview", due="2026-11-27"),),
    ),
    case(
        "set a reminder the evening before the town hall presser",
        reminded(TUESDAY_NEXT, task=0, hours=EVENING),
        state(0, due=spoken(WEDNESDAY_NEXT, "10:00")),
        nothing_added(),
        seeds=(s("Press conference at the town hall", due=berlin("2026-12-02", "10:00")),),
    ),
    # Ghanaian English.
    case(
        "Please remind me tomorrow 7am for the ECG bill",
        reminded(FRIDAY, task=0, hours=[7]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Pay the ECG bill", due="2026-11-27"),),
    ),
    case(
        "Please for Auntie Esi money, let the reminder be in the morning instead",
        reminded(SUNDAY, task=0, hours=MORNING),
        state(0, due=spoken(SUNDAY, "18:00")),
        nothing_added(),
        seeds=(
            s(
                "Send money to Auntie Esi",
                due=berlin("2026-11-29", "18:00"),
                reminder=berlin("2026-11-29", "17:00"),
            ),
        ),
    ),
    case(
        "remind me about the kente one week before",
        reminded(SATURDAY_NEXT, task=0),
        state(0, due=SATURDAY_12_DEC),
        nothing_added(),
        seeds=(s("Buy kente for Efua's wedding", due="2026-12-12"),),
    ),
    # The tattoo artist.
    case(
        "remind me 1hr before marco's consult",
        reminded(TUESDAY_NEXT, task=0, hours=[12]),
        state(0, due=spoken(TUESDAY_NEXT, "13:00")),
        nothing_added(),
        seeds=(s("Consult with Marco", due=berlin("2026-12-01", "13:00")),),
    ),
    case(
        "scrap the autoclave reminder, dude",
        one_of(0, reminder=CLEARED, status=STILL),
        state(0, due=THURSDAY_NEXT),
        nothing_added(),
        seeds=(s("Autoclave service", due="2026-12-03", reminder=berlin("2026-12-02", "09:00")),),
    ),
    case(
        "remind me saturday at noon to restock the green soap",
        reminded(SATURDAY, task=0, hours=[12]),
        one_of(0, due=CLEARED),
        nothing_added(),
        seeds=("Restock green soap",),
    ),
    case(
        "move flash day prep reminder to friday 6pm",
        reminded(FRIDAY, task=0, hours=[18]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Flash day prep", due="2026-11-28", reminder=berlin("2026-11-27", "20:00")),),
    ),
)


# 6. Windows of days: the reply names what is in the window, leaves out the rest; no change.
WINDOWS: tuple[Case, ...] = (
    # The lorry driver.
    case(
        "what have i got tomorrow, planning my hours",
        says("Drop at Felixstowe"),
        lacks("Reload at Daventry", "Wagon MOT"),
        UNCHANGED,
        seeds=(
            s("Drop at Felixstowe", due="2026-11-27"),
            s("Reload at Daventry", due="2026-11-30"),
            s("Wagon MOT", due="2026-12-09"),
        ),
    ),
    case(
        "anything on over the weekend or can i have it off",
        says("Wash the wagon", "Sunday run to Hull"),
        lacks("Tip at Immingham", "Trailer swap"),
        UNCHANGED,
        seeds=(
            s("Wash the wagon", due="2026-11-28"),
            s("Tip at Immingham", due="2026-11-27"),
            s("Sunday run to Hull", due="2026-11-29"),
            s("Trailer swap", due="2026-11-30"),
        ),
    ),
    case(
        "what have i let slip, anything past its date?",
        says("Hand in fuel receipts"),
        lacks("Tyre check", "Sign the tacho printout"),
        UNCHANGED,
        seeds=(
            s("Hand in fuel receipts", due="2026-11-20"),
            s("Tyre check", due="2026-11-27"),
            s("Sign the tacho printout", "completed", due="2026-11-23"),
        ),
    ),
    case(
        "rest of this week, what's left for me?",
        says("Tip at Immingham"),
        lacks("Wagon MOT"),
        UNCHANGED,
        seeds=(s("Tip at Immingham", due="2026-11-27"), s("Wagon MOT", due="2026-12-09")),
    ),
    # The translator.
    case(
        "What deadlines do I have next week?",
        says("Deliver the Siemens translation"),
        lacks("Proofread for Agencia Sol", "Quarterly VAT for translations"),
        UNCHANGED,
        seeds=(
            s("Deliver the Siemens translation", due="2026-12-01"),
            s("Proofread for Agencia Sol", due="2026-11-27"),
            s("Quarterly VAT for translations", due="2026-12-10"),
        ),
    ),
    case(
        "What is due between 1 and 5 December, please?",
        says("Terminology call with Bosch"),
        lacks("Revise the Zeiss brochure", "Course on post-editing"),
        UNCHANGED,
        seeds=(
            s("Terminology call with Bosch", due="2026-12-03"),
            s("Revise the Zeiss brochure", due="2026-11-27"),
            s("Course on post-editing", due="2026-12-14"),
        ),
    ),
    case(
        "Which tasks fall in January?",
        says("Renew the ATA membership"),
        lacks("Send the December invoices", "Finish the legal glossary"),
        UNCHANGED,
        seeds=(
            s("Renew the ATA membership", due="2027-01-12"),
            s("Send the December invoices", due="2026-12-31"),
            s("Finish the legal glossary", due="2026-11-30"),
        ),
    ),
    case(
        "Is there anything I must hand in on Friday?",
        says("Sworn translation for Mr Keller"),
        lacks("Old Keller draft", "Reply to Agencia Sol"),
        UNCHANGED,
        seeds=(
            s("Sworn translation for Mr Keller", due="2026-11-27"),
            s("Old Keller draft", "deleted", due="2026-11-27"),
            s("Reply to Agencia Sol", due="2026-11-28"),
        ),
    ),
    # The football club volunteer.
    case(
        "what do i need to sort for saturday?",
        says("Pay the ref"),
        lacks("Cones and bibs check", "Fixtures email"),
        UNCHANGED,
        seeds=(
            s("Pay the ref", due="2026-11-28"),
            s("Cones and bibs check", due="2026-11-26"),
            s("Fixtures email", due="2026-12-02"),
        ),
    ),
    case(
        "how's my week looking, what's still to do",
        says("Print the team sheets"),
        lacks("Christmas party deposit"),
        UNCHANGED,
        seeds=(
            s("Print the team sheets", due="2026-11-27"),
            s("Christmas party deposit", due="2026-12-08"),
        ),
    ),
    case(
        "owt for today pal?",
        says("Ring the groundsman"),
        lacks("Order the medals"),
        UNCHANGED,
        seeds=(
            s("Ring the groundsman", due="2026-11-26"),
            s("Order the medals", due="2026-11-27"),
            s("AGM minutes", "completed", due="2026-11-26"),
        ),
    ),
    case(
        "what's on next week for me, need to plan round work",
        says("Presentation night"),
        lacks("Ref course", "Kit order"),
        UNCHANGED,
        seeds=(
            s("Presentation night", due="2026-12-05"),
            s("Ref course", due="2026-11-28"),
            s("Kit order", due="2026-12-08"),
        ),
    ),
    # The estate agent.
    case(
        "What viewings and stuff have I got this weekend?",
        says("Viewing at Ivy Lane", "Photos at Elm Court"),
        lacks("Valuation at Birch Road"),
        UNCHANGED,
        seeds=(
            s("Viewing at Ivy Lane", due=berlin("2026-11-28", "11:00")),
            s("Valuation at Birch Road", due=berlin("2026-11-30", "14:00")),
            s("Photos at Elm Court", due=berlin("2026-11-29", "10:00")),
        ),
    ),
    case(
        "Ugh what am I behind on??",
        says("Chase Oak Close survey", "Call Mr Diaz back"),
        lacks("Update the window cards"),
        UNCHANGED,
        seeds=(
            s("Chase Oak Close survey", due="2026-11-24"),
            s("Call Mr Diaz back", due="2026-11-25"),
            s("Update the window cards", due="2026-11-28"),
        ),
    ),
    case(
        "what's happening on the 4th?",
        says("Completion on Maple Drive"),
        lacks("Exchange on Cedar Way", "Branch meeting"),
        UNCHANGED,
        seeds=(
            s("Completion on Maple Drive", due="2026-12-04"),
            s("Exchange on Cedar Way", due="2026-12-03"),
            s("Branch meeting", due="2026-12-07"),
        ),
    ),
    case(
        "What's in the diary for December?",
        says("Christmas window display"),
        lacks("Chase Oak Close", "January price review"),
        UNCHANGED,
        seeds=(
            s("Christmas window display", due="2026-12-14"),
            s("Chase Oak Close", due="2026-11-27"),
            s("January price review", due="2027-01-12"),
        ),
    ),
    # New Zealand English.
    case(
        "what've I got on tomorrow eh",
        says("Ute to the mechanic"),
        lacks("Dairy run for milk", "Ferry to Waiheke"),
        UNCHANGED,
        seeds=(
            s("Dairy run for milk", due="2026-11-26"),
            s("Ferry to Waiheke", due="2026-11-29"),
            s("Ute to the mechanic", due="2026-11-27"),
        ),
    ),
    case(
        "what's lined up for me in december",
        says("Christmas at the bach", "Xmas shopping"),
        lacks("Pay the power bill", "Waitangi Day bbq"),
        UNCHANGED,
        seeds=(
            s("Christmas at the bach", due="2026-12-24"),
            s("Xmas shopping", due="2026-12-19"),
            s("Pay the power bill", due="2026-11-27"),
            s("Waitangi Day bbq", due="2027-02-06"),
        ),
    ),
    case(
        "anything I've let go past due?",
        says("Get the ute's warrant"),
        lacks("Return library books", "Mow the lawns"),
        UNCHANGED,
        seeds=(
            s("Get the ute's warrant", due="2026-11-20"),
            s("Return library books", "completed", due="2026-11-19"),
            s("Mow the lawns", due="2026-11-28"),
        ),
    ),
    # The beekeeper.
    case(
        "Would you tell me what's due next week?",
        says("Heft the hives"),
        lacks("Order jars for honey", "Clean the extractor"),
        UNCHANGED,
        seeds=(
            s("Heft the hives", due="2026-12-02"),
            s("Order jars for honey", due="2026-12-09"),
            s("Clean the extractor", due="2026-11-27"),
        ),
    ),
    case(
        "What is there for me between the 10th and the 20th of December?",
        says("Oxalic acid treatment"),
        lacks("Beekeeping club talk", "Buy new frames"),
        UNCHANGED,
        seeds=(
            s("Oxalic acid treatment", due="2026-12-15"),
            s("Beekeeping club talk", due="2026-12-08"),
            s("Buy new frames", due="2027-01-12"),
        ),
    ),
    case(
        "Have I anything on Sunday?",
        says("Check the hive entrances"),
        lacks("Mend the hive roof", "Renew the association membership"),
        UNCHANGED,
        seeds=(
            s("Check the hive entrances", due="2026-11-29"),
            s("Mend the hive roof", due="2026-11-28"),
            s("Renew the association membership", due="2026-11-30"),
        ),
    ),
    case(
        "Is anything overdue? I fear I've let things slide.",
        says("Order sugar for feeding"),
        lacks("Clean the smoker", "Wax the frames"),
        UNCHANGED,
        seeds=(
            s("Order sugar for feeding", due="2026-11-18"),
            s("Clean the smoker", due="2026-11-27"),
            s("Wax the frames", "deleted", due="2026-11-20"),
        ),
    ),
    # A Korean speaker's English.
    case(
        "today what I have to do?",
        says("Korean class"),
        lacks("Dinner with Minji", "Laundry"),
        UNCHANGED,
        seeds=(
            s("Korean class", due=berlin("2026-11-26", "19:00")),
            s("Dinner with Minji", due=berlin("2026-11-27", "19:00")),
            s("Laundry", "deleted", due="2026-11-26"),
        ),
    ),
    case(
        "next week schedule please tell me",
        says("Apartment contract renewal"),
        lacks("Team dinner", "Flight to Seoul"),
        UNCHANGED,
        seeds=(
            s("Apartment contract renewal", due="2026-12-05"),
            s("Team dinner", due="2026-11-27"),
            s("Flight to Seoul", due="2026-12-19"),
        ),
    ),
    case(
        "which things I missed the date?",
        says("Pay gas bill", "Return umbrella to Hana"),
        lacks("Buy winter coat"),
        UNCHANGED,
        seeds=(
            s("Pay gas bill", due="2026-11-23"),
            s("Return umbrella to Hana", due="2026-11-25"),
            s("Buy winter coat", due="2026-12-01"),
        ),
    ),
    # The reporter.
    case(
        "diary for tomorrow?",
        says("Court hearing - Riley case"),
        lacks("Budget preview", "Sunday long read"),
        UNCHANGED,
        seeds=(
            s("Court hearing - Riley case", due="2026-11-27"),
            s("Budget preview", due="2026-12-01"),
            s("Sunday long read", due="2026-11-29"),
        ),
    ),
    case(
        "what've i got mon-fri next week",
        says("Awards night", "Write up the inquest"),
        lacks("Interview the fire chief"),
        UNCHANGED,
        seeds=(
            s("Interview the fire chief", due="2026-11-28"),
            s("Awards night", due="2026-12-04"),
            s("Write up the inquest", due="2026-12-02"),
        ),
    ),
    case(
        "whats overdue, be honest",
        says("Expenses for October"),
        lacks("Call the union rep"),
        UNCHANGED,
        seeds=(
            s("Expenses for October", due="2026-11-15"),
            s("Pitch list for editor", due="2026-11-26"),
            s("Call the union rep", "completed", due="2026-11-18"),
        ),
    ),
    # Ghanaian English.
    case(
        "Please what do I have on Sunday and Saturday?",
        says("Church harvest", "Buy gas"),
        lacks("Pay school fees"),
        UNCHANGED,
        seeds=(
            s("Church harvest", due="2026-11-29"),
            s("Pay school fees", due="2026-12-02"),
            s("Buy gas", due="2026-11-28"),
        ),
    ),
    case(
        "What is coming next week, please?",
        says("Pay school fees"),
        lacks("Visit Grandma in Kumasi", "Fix the gate"),
        UNCHANGED,
        seeds=(
            s("Pay school fees", due="2026-12-02"),
            s("Visit Grandma in Kumasi", due="2026-12-20"),
            s("Fix the gate", due="2026-11-27"),
        ),
    ),
    case(
        "Which of my tasks are late?",
        says("Renew Ghana card"),
        lacks("Pay the ECG bill", "Buy kente"),
        UNCHANGED,
        seeds=(
            s("Renew Ghana card", due="2026-11-10"),
            s("Pay the ECG bill", due="2026-11-27"),
            s("Buy kente", "deleted", due="2026-11-01"),
        ),
    ),
    # The tattoo artist.
    case(
        "what's booked in for tomorrow",
        says("Sleeve session with Jess"),
        lacks("Flash day", "Convention in Berlin"),
        UNCHANGED,
        seeds=(
            s("Sleeve session with Jess", due=berlin("2026-11-27", "12:00")),
            s("Flash day", due="2026-11-28"),
            s("Convention in Berlin", due="2026-12-12"),
        ),
    ),
    case(
        "anything from monday till thursday next week?",
        says("Order ink", "Touch-up for Dan"),
        lacks("Studio insurance"),
        UNCHANGED,
        seeds=(
            s("Order ink", due="2026-12-03"),
            s("Touch-up for Dan", due="2026-11-30"),
            s("Studio insurance", due="2026-12-18"),
        ),
    ),
    case(
        "what have i got between christmas and new year",
        says("Deep clean the studio"),
        lacks("Pay rent"),
        UNCHANGED,
        seeds=(
            s("Deep clean the studio", due="2026-12-27"),
            s("New year flash", due="2027-01-01"),
            s("Pay rent", due="2026-11-30"),
        ),
    ),
)


# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS: tuple[Case, ...] = (
    # The lorry driver.
    case(
        "make that urgent mate",
        bears("Renew the CPC card", priority="urgent"),
        before="add renew the CPC card friday",
    ),
    case("middle one's done", *done(1), seeds=LORRY, before=SHOWN),
    case(
        "ah no, put it back, I'll need it",
        state(0, status="pending"),
        seeds=("Book a space at Markham Moor",),
        before="delete the markham moor one",
    ),
    # The translator.
    case(
        "Sorry, I meant Tuesday.",
        when(TUESDAY_NEXT, title="Revise the Zeiss brochure"),
        before="Add a task: revise the Zeiss brochure by Monday.",
    ),
    case("The last one on the list is finished.", *done(0), seeds=TRANSLATOR, before=SHOWN),
    case(
        "Add the tag clients to it, please.",
        tagged("clients", title="Send the glossary to Agencia Sol"),
        before="Please add: send the glossary to Agencia Sol",
    ),
    # The football club volunteer.
    case(
        "and put a note on it - 14 players plus coach's award",
        described("14 players", title="Order the trophies for presentation night"),
        before="add order the trophies for presentation night",
    ),
    case(
        "nah hang on, not done, the wife's still got it in the machine",
        state(0, status="pending"),
        seeds=FOOTBALL,
        before="kit's been washed",
    ),
    case(
        "get rid of the top one, someone else booked it",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=FOOTBALL,
        before=SHOWN,
    ),
    # The estate agent.
    case(
        "Actually make it 10am",
        when(FRIDAY, title="Call the vendor at Maple Drive", hours=[10]),
        before="Add call the vendor at Maple Drive tomorrow",
    ),
    case(
        "and one for chasing the Cedar Way searches too!",
        fresh("Chase the Cedar Way searches", "Chasing the Cedar Way searches"),
        before="add chase the Oak Close survey",
    ),
    case(
        "second one - push to monday",
        when(MONDAY, task=1),
        untouched_except(1),
        seeds=ESTATE,
        before=SHOWN,
    ),
    # New Zealand English.
    case(
        "oh and tag it whanau",
        tagged("whanau", title="Sort the christmas pressie for nana"),
        before="add sort the christmas pressie for nana",
    ),
    case(
        "oops wrong one, it was the bach I booked",
        state(2, status="pending"),
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=KIWI,
        before="rego for the ute is sorted",
    ),
    case(
        "nah scrap that, the lawnmower's munted",
        gone("Mow the lawns"),
        before="add mow the lawns saturday",
    ),
    # The beekeeper.
    case(
        "Would you make that a high priority?",
        bears("Order new queen excluders", priority="high"),
        before="Please add a task to order new queen excluders.",
    ),
    case(
        "The first and the third are both done.",
        *done(0, 2),
        seeds=BEES,
        before=SHOWN,
    ),
    case(
        "Oh dear, I'd rather you put that back as it was.",
        state(0, priority="low"),
        seeds=(s("Treat the hives for varroa", priority="low"),),
        before="Raise the varroa treatment to high.",
    ),
    # A Korean speaker's English.
    case(
        "time is 3pm",
        when(SATURDAY, title="Buy cake for Minji birthday", hours=[15]),
        before="add buy cake for Minji birthday saturday",
    ),
    case(
        "number 2 please delete",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=KOREAN,
        before=SHOWN,
    ),
    case(
        "sorry, cancel it, my husband paid already",
        gone("Pay electricity"),
        before="add pay electricity",
    ),
    # The reporter.
    case(
        "and monday's list?",
        says("Budget preview"),
        lacks("Riley", "Election explainer"),
        UNCHANGED,
        seeds=(
            s("Court hearing - Riley case", due="2026-11-27"),
            s("Budget preview", due="2026-11-30"),
            s("Election explainer", due="2026-11-28"),
        ),
        before="what's due friday?",
    ),
    case(
        "stick a p1 on that, desk wants it tonight",
        bears("Write up the inquest for the web", priority=("urgent", "high")),
        before="add write up the inquest for the web",
    ),
    case(
        "undo, hit send too early",
        state(1, status="pending"),
        seeds=NEWSROOM,
        before="mayor interview transcribed",
    ),
    # Ghanaian English.
    case(
        "Let it be for Saturday",
        when(SATURDAY, title="Buy rice and oil for the house"),
        before="Please add buy rice and oil for the house",
    ),
    case("The last one, I have done it", *done(0), seeds=GHANA, before=SHOWN),
    case(
        "Ei, I didn't mean to remove it, bring it back please",
        state(1, status="pending"),
        seeds=GHANA,
        before="remove Send money to Auntie Esi",
    ),
    # The tattoo artist.
    case(
        "make that thursday",
        bears(
            "Touch up for dan",
            "Touch up for Dan",
            due=(THURSDAY_NEXT, THURSDAY_10_DEC),
        ),
        before="add touch up for dan next wednesday",
    ),
    case("2nd one's sorted", *done(1), seeds=TATTOO, before=SHOWN),
    case(
        "forget it, found a box out back",
        gone("Restock the black ink"),
        before="add restock the black ink",
    ),
)


# 8a. The contract's table said differently, with search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    case("put down 'buy a new flask for the cab'", fresh("Buy a new flask for the cab")),
    case("number {0} is done n dusted", *done(0), seeds=LORRY),
    case(
        "Could you list every task I have at the moment, please?",
        says(*TRANSLATOR),
        UNCHANGED,
        seeds=TRANSLATOR,
    ),
    case(
        "Please rename task {0} to 'Proofread the Bosch manual (second pass)'.",
        state(0, title="Proofread the Bosch manual (second pass)"),
        untouched_except(0),
        seeds=("Proofread the Bosch manual",),
    ),
    case(
        "what's still outstanding on my list pal",
        says("Wash the U11 kit", "Book the 3G pitch"),
        lacks("Collect the match fees"),
        UNCHANGED,
        seeds=(
            "Wash the U11 kit",
            s("Collect the match fees", "completed"),
            "Book the 3G pitch",
        ),
    ),
    case(
        "delete the match fees one, treasurer's doing it now",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=FOOTBALL,
    ),
    case(
        "I need to remember to renew my NAEA membership!!",
        fresh("Renew my NAEA membership", "Renew NAEA membership"),
    ),
    case(
        "What have I actually got done? need it for my 1:1",
        says("Chase the Hendersons' solicitor", "Send the valuation to Mrs Okafor"),
        lacks("Book the EPC for Ivy Lane"),
        UNCHANGED,
        seeds=(
            s("Chase the Hendersons' solicitor", "completed"),
            "Book the EPC for Ivy Lane",
            s("Send the valuation to Mrs Okafor", "completed"),
        ),
    ),
    case(
        "find me anything with Aroha in it",
        says("Pick up the chilly bin from Aroha", "Drop koha to Aroha's mum"),
        lacks("Sort the rego for the ute"),
        UNCHANGED,
        seeds=(
            "Pick up the chilly bin from Aroha",
            "Drop koha to Aroha's mum",
            "Sort the rego for the ute",
        ),
    ),
    case(
        "bach isn't actually booked, they never confirmed - put it back to not done",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Book the bach for January", "completed"),),
    ),
    case(
        "Which tags have I been using?",
        says("apiary", "honey", "club"),
        UNCHANGED,
        seeds=(
            s("Heft the hives", tags=["apiary"]),
            s("Order jars", tags=["honey"]),
            s("Renew membership", tags=["club"]),
        ),
    ),
    case(
        "I deleted the fondant task by mistake; could you recover it?",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Order more fondant", "deleted"),),
    ),
    case(
        "add task for buying groceries at Lotte mart",
        fresh(
            "Buy groceries at Lotte mart",
            "Buy groceries at Lotte Mart",
            "Buying groceries at Lotte mart",
            "Buying groceries at Lotte Mart",
        ),
    ),
    case(
        "what I didn't finish yet?",
        says("Book hair salon"),
        lacks("Submit visa extension documents"),
        UNCHANGED,
        seeds=("Book hair salon", s("Submit visa extension documents", "completed")),
    ),
    case(
        "rename council story -> 'Council tax rise story'",
        state(0, title="Council tax rise story"),
        untouched_except(0),
        seeds=("Council story",),
    ),
    case(
        "scrap the editorial meeting task, it's cancelled",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Editorial meeting prep", "File the council story"),
    ),
    case("Please show me all my things to do", says(*GHANA), UNCHANGED, seeds=GHANA),
    case("task {0}: finished, tick it", *done(0), seeds=TATTOO),
)


# 8b. Safety: ambiguous requests ask and change nothing; non-requests change nothing.
SAFETY: tuple[Case, ...] = (
    case(
        "ring the depot's done",
        UNCHANGED,
        seeds=("Ring the depot about Monday", "Ring the depot about the trailer"),
    ),
    case("traffic on the M62 is an absolute nightmare tonight", UNCHANGED, seeds=LORRY),
    case("Please mark the Philips subtitles as done.", UNCHANGED, seeds=TRANSLATOR),
    case("Does this app also work offline?", UNCHANGED, seeds=TRANSLATOR),
    case(
        "delete the league email",
        UNCHANGED,
        seeds=("Email the league about fixtures", "Email the league about the ref"),
    ),
    case(
        "might get rid of the pitch booking, dunno yet, see what the lads say",
        UNCHANGED,
        seeds=FOOTBALL,
    ),
    case("done with that one!!", UNCHANGED, seeds=ESTATE),
    case(
        "two of the viewings are done!",
        UNCHANGED,
        seeds=("Viewing at Ivy Lane", "Viewing at Elm Court", "Viewing at Birch Road"),
    ),
    case("chur bro, you're a legend", UNCHANGED, seeds=KIWI),
    case(
        "move the pick up mere one to friday",
        UNCHANGED,
        seeds=("Pick up Mere from school", "Pick up Mere's togs"),
    ),
    case(
        "Did I put the mouse guards on, or am I imagining it?",
        UNCHANGED,
        seeds=BEES,
    ),
    case("The girls were flying today, which surprised me in November.", UNCHANGED, seeds=BEES),
    case("ㅋㅋㅋ sorry wrong chat", UNCHANGED, seeds=KOREAN),
    case("bill paying is finish", UNCHANGED, seeds=("Pay phone bill", "Pay gas bill")),
    case("should i just kill the mayor interview? editor's undecided", UNCHANGED, seeds=NEWSROOM),
    case("I have finished the school fees payment", UNCHANGED, seeds=GHANA),
    case("yeah bin it", UNCHANGED, seeds=TATTOO),
)


HELD_OUT_TENTH: tuple[Case, ...] = (
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
