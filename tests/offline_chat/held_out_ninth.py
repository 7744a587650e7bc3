"""A ninth held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py``, ``second_voice.py`` to ``tenth_voice.py``, ``held_out.py`` to
``held_out_eighth.py``): only their imports, helpers, constants and module docstrings. They
were written before the changes that will be scored against them, from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section), from the tools' arguments
(``docs/mcp.md``), from how a conversation is played (``conftest.py``) and from what an
ordinary user of a task manager would expect. No sentence was run through the engine while
writing, no scoring test was run, and none is ever tuned against, sentence by sentence: a miss
here is a miss to report, not an expectation to adjust.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: Kenyan English ("kindly", "sasa", "asante", "the fundi", "chama", "I have not yet");
Hong Kong English ("la", "ar", "jor", "tmr", "no need", "got what"); a parcel courier between
drops (the van, the depot, "first thing", "give us a nudge", "half 8"); a university
admissions officer writing in full, careful office English (applicants, clearing, offer
letters, reference letters, open day); a personal trainer (clients, sessions, leg day, PBs,
emoji); someone caring for their elderly parents (the GP surgery, prescriptions, the
podiatrist, tired and long-winded); a software support engineer (tickets, repro, escalations,
"p1", "nvm", "scratch that"); a hairdresser in her own salon (clients, colour, the backwash,
"hun", "x"); a theatre stage manager (the get-in, tech, the prompt copy, press night); and a
church secretary writing politely and formally (the parish newsletter, the flowers rota, the
Reverend, "many thanks").

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("put there that I should", "help me jot
   down", "stick on the list", "note to self", "don't let me forget to", "would you kindly add
   a task for me to"), with dates, times, priority, tags and notes; only the title reaches the
   title, and a note is kept as the task's description.
2. ``REPEATS``: repeats said in words ("every end of month", "every Mon Wed Fri", "every
   working day", "every other Tuesday", "every four weeks on a Wednesday", "quarterly", "the
   last Sunday of every month", "Tuesday to Saturday", "yearly on 1 March"), on a new task or
   an existing one; a repeat changed ("every two weeks", "every 28 days", "tuesdays and
   thursdays", "the first Sunday of the month") or stopped.
3. ``FACTS``: statements of fact that mean "done" ("already paid", "is bought", "jor",
   "collected", "has gone out", "finally got through to", "shipped", "rang ... all sorted",
   "has been typed up") complete the task they name and leave every other task alone;
   negatives, plans and questions change nothing.
4. ``EDITS``: relative edits (priority a level up or down, "p3", "top priority", the due date
   pushed by days or a week, brought forward a day, moved to a weekday, to 2pm the same day),
   a due date taken off, rename, a note set or changed, tags added or removed.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative
   to its due date ("one hour before", "30 mins before", "the evening before", "the night
   before", "the day before", "the morning of the day"); no task is added and the task's due
   date stays as it was.
6. ``WINDOWS``: questions about a day, the weekend, this week, next week, the week after next,
   a month, a span of dates, a date and overdue: the reply names what is in the window, leaves
   out what is not (a deleted task never, a completed one never as overdue), and nothing
   changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "make it high priority"
   or "make that urgent" after an add, a corrected time or day, a tag or a note added to the
   task just made, "and one for Tom too", a position in a list just shown ("the second one",
   "first one", "bottom one", "the top one", "the last one on the list"), "both done", undo,
   restore, "nvm, scratch that".
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending,
   complete, delete, rename, "I need to remember", completed), with search, tags, reopen and
   restore; and safety: an ambiguous request asks and changes nothing, a message that is not a
   request changes nothing, and nothing is deleted or completed on a guess (a task that does
   not exist, "three of the interviews are done" that names none, "kill it" or "done with it"
   with nothing before it, a question whether something is done, a hedge about deleting).

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. Seeded times carry Berlin's winter offset
(+01:00). Tasks are checked as the tools report them (``status`` pending, completed or
deleted; ``priority`` none, low, medium, high or urgent; ``tags`` a list; ``due`` and
``reminder`` spoken in the user's zone, "Friday 27 November 2026" for a whole day and "Friday
27 November 2026, 09:00" with a time; ``recurrence`` as RRULE text). Titles are expected with
their first letter capitalised and kept in the user's own words ("Buy unga", "Book dim sum
table for 8 ppl"); where a title may fairly be kept with or without a word (an article, a
trailing clause or emoji, "ppl" spelt out), each is accepted. Where the words leave the
meaning open ("before Monday", "it is important", "p1", "p2", "every second Saturday", "every
four weeks", "lunchtime", "first thing", "tonight", "this week", "next Monday", a corrected
time the engine may or may not keep), every reasonable reading is accepted; a day said without
a time is checked on the day only. A list shows the latest seeded task first, as the corpus
says: "the second one" of three is the middle one either way, "the first one" and "the top
one" are the last seeded, and "the bottom one", "the third one" and "the last one" the first
seeded. Recurring seeds carry a due date, as a repeating task in a task manager usually has
one. Projects are left out, as the seeds are tasks only.

No new check is defined here: the set uses the helpers of ``held_out.py``,
``held_out_second.py``, ``held_out_fourth.py`` and ``held_out_fifth.py`` as they are.
"""

from __future__ import annotations

from .corpus import UNCHANGED, Case, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out_fifth import MONDAY_7_DEC, SATURDAY_12_DEC, bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
    MORNING,
    SHOWN,
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
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
)

__all__ = ["HELD_OUT_NINTH"]

# Tasks of each voice, for the families that need several of them.
KENYAN = ("Pay the fundi", "Buy unga", "Renew NHIF")
HONG_KONG = ("Renew octopus card", "Buy egg tarts", "Book dim sum table")
COURIER = ("Return the scanner to Gary", "Get van tyres checked", "Collect parcel from Elm Road")
ADMISSIONS = (
    "Review the late applications",
    "Chase reference letters",
    "Send thank-you email to ambassadors",
)
TRAINER = ("Plan Sarah's programme", "Order resistance bands", "Book the squat rack")
CARER = ("Pick up Mum's prescription", "Ring the GP surgery", "Order Dad's pads")
SUPPORT = ("Repro the login bug", "Write the KB article", "Escalate Acme outage")
SALON = ("Order toner and bleach", "Ring Mrs Patel", "Deep clean the backwash basins")
STAGE = ("Collect the radio mics", "Reprint the prompt copy", "Buy gaffer tape")
PARISH = ("Type up the parish newsletter", "Order the Advent candles", "Ring Reverend Hughes")


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED = (
    # Kenyan English.
    case(
        "Please help me add a task to pay the fundi for the roof tomorrow",
        fresh("Pay the fundi for the roof", "Pay fundi for the roof"),
        when(FRIDAY),
    ),
    case(
        "Kindly put there that I should take the car for service on Saturday, it is important",
        fresh(
            "Take the car for service",
            "Take car for service",
            priority=("medium", "high", "urgent"),
        ),
        when(SATURDAY),
    ),
    case(
        "sasa, I need to send school fees for Wanjiru before Monday #family",
        fresh("Send school fees for Wanjiru"),
        when((FRIDAY, SATURDAY, SUNDAY, MONDAY)),
        tagged("family"),
    ),
    # Hong Kong English.
    case(
        "pls add: renew octopus card tmr",
        fresh("Renew octopus card", "Renew Octopus card"),
        when(FRIDAY),
    ),
    case(
        "help me jot down buy egg tarts for office party ar, sat morning 10am",
        fresh("Buy egg tarts for office party", "Buy egg tarts for the office party"),
        when(SATURDAY, hours=[10]),
    ),
    case(
        "Need to book dim sum table for 8 ppl on Sunday la, very urgent",
        fresh(
            "Book dim sum table for 8 ppl",
            "Book dim sum table for 8 people",
            "Book a dim sum table for 8 ppl",
            priority="urgent",
        ),
        when(SUNDAY),
    ),
    # A parcel courier.
    case(
        "stick on the list: get van tyres checked at the depot first thing monday",
        fresh(
            "Get van tyres checked at the depot",
            "Get van tyres checked at the depot first thing",
        ),
        when(MONDAY),
    ),
    case(
        "Quick one between drops - remind me to return the scanner to Gary by Friday",
        fresh("Return the scanner to Gary"),
        when(FRIDAY, fields=("due", "reminder")),
    ),
    case(
        "add collect parcel from 14 Elm Road tomorrow 8am, high priority. note: customer wasnt"
        " in, card left",
        fresh("Collect parcel from 14 Elm Road", priority="high"),
        when(FRIDAY, hours=[8]),
        described("card left"),
    ),
    # A university admissions officer.
    case(
        "Could you please add a task to review the late applications from the Lagos fair by"
        " Wednesday 2 December.",
        fresh(
            "Review the late applications from the Lagos fair",
            "Review late applications from the Lagos fair",
        ),
        when(WEDNESDAY_NEXT),
    ),
    case(
        "Note to self: chase the missing reference letters for the MSc applicants, priority"
        " high, tag admissions",
        fresh("Chase the missing reference letters for the MSc applicants", priority="high"),
        tagged("admissions"),
    ),
    case(
        "Open day went well but I'm absolutely shattered. Before I forget, I need to send the"
        " thank-you email to the student ambassadors on Monday. Thanks!",
        fresh(
            "Send the thank-you email to the student ambassadors",
            "Send thank-you email to the student ambassadors",
        ),
        when(MONDAY),
    ),
    # A personal trainer.
    case(
        "add a task: plan Sarah's new programme for Saturday #clients",
        fresh("Plan Sarah's new programme"),
        when(SATURDAY),
        tagged("clients"),
    ),
    case(
        "yo can you put down order more resistance bands, not urgent, low priority",
        fresh("Order more resistance bands", priority="low"),
    ),
    case(
        "Don't let me forget to book the squat rack for Marcus's session tomorrow at 7am 💪",
        fresh(
            "Book the squat rack for Marcus's session",
            "Book the squat rack for Marcus's session 💪",
        ),
        when(FRIDAY, hours=[7]),
    ),
    # Someone caring for their elderly parents.
    case(
        "Please add pick up Mum's prescription from Boots on Saturday morning",
        fresh("Pick up Mum's prescription from Boots"),
        when(SATURDAY),
    ),
    case(
        "It's been a long week with Dad, the district nurse came again and he's still not eating"
        " much. Anyway I must ring the GP surgery about his blood test results tomorrow, could"
        " you put that in for me?",
        fresh(
            "Ring the GP surgery about his blood test results",
            "Ring the GP surgery about Dad's blood test results",
        ),
        when(FRIDAY),
    ),
    case(
        "add order Dad's incontinence pads, they're running low - urgent",
        fresh(
            "Order Dad's incontinence pads",
            "Order Dad's incontinence pads, they're running low",
            priority="urgent",
        ),
    ),
    # A software support engineer.
    case(
        "todo: repro the login bug from ticket 4821 before standup tomorrow, p1",
        fresh(
            "Repro the login bug from ticket 4821",
            "Repro the login bug from ticket 4821 before standup",
            priority=("high", "urgent"),
        ),
        when(FRIDAY),
    ),
    case(
        "add a task to write the KB article on SSO timeouts by friday, tag docs",
        fresh("Write the KB article on SSO timeouts"),
        when(FRIDAY),
        tagged("docs"),
    ),
    case(
        "Can you create a to-do called 'Escalate Acme outage to tier 3' for today 4pm",
        fresh("Escalate Acme outage to tier 3"),
        when(TODAY, hours=[16]),
    ),
    # A hairdresser.
    case(
        "add order more toner and bleach from the wholesaler for Tuesday",
        fresh("Order more toner and bleach from the wholesaler"),
        when(TUESDAY_NEXT),
    ),
    case(
        "hun can u jot down ring Mrs Patel about moving her colour appt, tomorrow x",
        fresh("Ring Mrs Patel about moving her colour appt"),
        when(FRIDAY),
    ),
    case(
        "Need to remember to deep clean the backwash basins tonight before I lock up",
        fresh("Deep clean the backwash basins", "Deep clean the backwash basins before I lock up"),
        when(TODAY),
    ),
    # A theatre stage manager.
    case(
        "Add: collect the hired radio mics from the supplier Monday 10am, tag tech",
        fresh("Collect the hired radio mics from the supplier"),
        when(MONDAY, hours=[10]),
        tagged("tech"),
    ),
    case(
        "Jot this down please - reprint the prompt copy. Urgent, has to be done before tech on"
        " Saturday",
        fresh("Reprint the prompt copy", priority="urgent"),
        when((FRIDAY, SATURDAY)),
    ),
    case("put on my list: buy gaffer tape and glow tape", fresh("Buy gaffer tape and glow tape")),
    # A church secretary.
    case(
        "Good morning. Would you kindly add a task for me to type up the parish newsletter by"
        " Friday. Many thanks, Margaret",
        fresh("Type up the parish newsletter"),
        when(FRIDAY),
    ),
    case(
        "Please add 'Order the Advent candles' with high priority, due Monday.",
        fresh("Order the Advent candles", priority="high"),
        when(MONDAY),
    ),
    case(
        "I need to remember to ring Reverend Hughes about the carol service rota. Tag it church,"
        " please. Description: he prefers calls after lunch.",
        fresh("Ring Reverend Hughes about the carol service rota"),
        tagged("church"),
        described("after lunch"),
    ),
)


# 2. Repeats said in words, on a new task or an existing one; a repeat changed or stopped.
REPEATS = (
    # Kenyan English.
    case(
        "Please add pay the house help every end of month",
        repeats("FREQ=MONTHLY", called=("Pay the house help", "Pay house help")),
    ),
    case(
        "Kindly make 'water the sukuma wiki' to repeat daily, every morning at 6",
        repeats("FREQ=DAILY", task=0, either=(at(6),)),
        seeds=(s("Water the sukuma wiki", due="2026-11-27"),),
    ),
    case(
        "Add chama contribution every second Saturday",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=MONTHLY;BYDAY=2SA",
            "FREQ=MONTHLY;BYDAY=SA;BYSETPOS=2",
            called=("Chama contribution",),
        ),
    ),
    # Hong Kong English.
    case(
        "add gym every Mon Wed Fri 7am",
        repeats(
            "FREQ=WEEKLY;BYDAY=MO,WE,FR",
            "FREQ=DAILY;BYDAY=MO,WE,FR",
            called=("Gym",),
            either=(at(7),),
        ),
    ),
    case(
        "call grandma make it every sunday la",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        seeds=(s("Call grandma", due="2026-11-29"),),
    ),
    case(
        "MPF no need to repeat every month anymore, just this once",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pay MPF", due="2026-12-01", recurrence="FREQ=MONTHLY"), "Buy egg tarts"),
    ),
    # A parcel courier.
    case(
        "add van check every weekday before shift, 6am",
        repeats(*WEEKDAY_RULES, called=("Van check", "Van check before shift"), either=(at(6),)),
    ),
    case(
        "hand in fuel card receipts to the office every friday",
        repeats(
            "FREQ=WEEKLY",
            called=("Hand in fuel card receipts to the office",),
            either=(on("BYDAY=FR", "Friday"),),
        ),
    ),
    case(
        "clean out the van - change it to every two weeks, once a week is overkill",
        repeats("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14", task=0),
        seeds=(s("Clean out the van", due="2026-11-28", recurrence="FREQ=WEEKLY"),),
    ),
    # A university admissions officer.
    case(
        "Please add a weekly task to export the applications report every Monday at 9.",
        repeats(
            "FREQ=WEEKLY",
            called=("Export the applications report",),
            either=(on("BYDAY=MO", "Monday"), at(9)),
        ),
    ),
    case(
        "Add 'Update the offers spreadsheet' every working day.",
        repeats(*WEEKDAY_RULES, called=("Update the offers spreadsheet",)),
    ),
    case(
        "Could you make the admissions committee minutes a monthly task, on the first of each"
        " month?",
        repeats("FREQ=MONTHLY", task=0, either=(on("BYMONTHDAY=1", " 1 "),)),
        seeds=(s("Admissions committee minutes", due="2026-12-01"),),
    ),
    # A personal trainer.
    case(
        "add weigh-in with Priya every other Tuesday",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            called=("Weigh-in with Priya",),
            either=(on("BYDAY=TU", "Tuesday"),),
        ),
    ),
    case(
        "stretch + foam roll every evening at 9 pls",
        repeats(
            "FREQ=DAILY",
            called=("Stretch + foam roll", "Stretch and foam roll"),
            either=(at(21),),
        ),
    ),
    case(
        "the instagram post doesn't need to be daily, make it tuesdays and thursdays",
        repeats("FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=DAILY;BYDAY=TU,TH", task=0),
        seeds=(s("Post on Instagram", due="2026-11-26", recurrence="FREQ=DAILY"),),
    ),
    # Someone caring for their elderly parents.
    case(
        "Add give Dad his tablets every day at 8am",
        repeats("FREQ=DAILY", called=("Give Dad his tablets",), either=(at(8),)),
    ),
    case(
        "Mum's hair appointment is every four weeks on a Wednesday, can you set that up as a"
        " repeating task",
        repeats(
            "FREQ=WEEKLY;INTERVAL=4",
            "FREQ=DAILY;INTERVAL=28",
            called=("Mum's hair appointment",),
            either=(on("BYDAY=WE", "Wednesday"),),
        ),
    ),
    case(
        "the repeat prescription is every 28 days actually, not monthly, can you fix that",
        repeats("FREQ=DAILY;INTERVAL=28", "FREQ=WEEKLY;INTERVAL=4", task=0),
        seeds=(s("Order repeat prescription", due="2026-12-01", recurrence="FREQ=MONTHLY"),),
    ),
    # A software support engineer.
    case(
        "create recurring task: rotate on-call pager, weekly on mondays",
        repeats(
            "FREQ=WEEKLY",
            called=("Rotate on-call pager", "Rotate the on-call pager"),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "add 'Review SLA breaches' quarterly",
        repeats("FREQ=MONTHLY;INTERVAL=3", called=("Review SLA breaches",)),
    ),
    case(
        "stop repeating the backlog triage",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Triage the backlog", due="2026-11-27", recurrence="FREQ=WEEKLY;BYDAY=FR"),
            "Write the KB article",
        ),
    ),
    # A hairdresser.
    case(
        "add put the towels in the wash every night at 7",
        repeats(
            "FREQ=DAILY",
            called=("Put the towels in the wash", "Put towels in the wash"),
            either=(at(19),),
        ),
    ),
    case(
        "stock take on the last sunday of every month pls",
        repeats(
            "FREQ=MONTHLY;BYDAY=-1SU",
            "FREQ=MONTHLY;BYDAY=SU;BYSETPOS=-1",
            called=("Stock take",),
        ),
    ),
    case(
        "Mrs Okafor comes in every 6 weeks for her roots, make that task repeat",
        repeats("FREQ=WEEKLY;INTERVAL=6", "FREQ=DAILY;INTERVAL=42", task=0),
        seeds=(s("Mrs Okafor's root touch-up", due="2026-12-03"),),
    ),
    # A theatre stage manager.
    case(
        "Add: fight call before every show, Tuesday to Saturday at 7pm",
        repeats(
            "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA",
            "FREQ=DAILY;BYDAY=TU,WE,TH,FR,SA",
            called=("Fight call", "Fight call before every show"),
            either=(at(19),),
        ),
    ),
    case(
        "Put in a daily one: check the props table at 6.30pm",
        repeats("FREQ=DAILY", called=("Check the props table",), either=(at(18, 30),)),
    ),
    case(
        "Show reports only go out on weekdays now, change the repeat on that one",
        repeats(*WEEKDAY_RULES, task=0),
        seeds=(s("Send show report to producers", due="2026-11-26", recurrence="FREQ=DAILY"),),
    ),
    # A church secretary.
    case(
        "Please add 'Change the altar flowers' every Saturday morning at 10 o'clock.",
        repeats(
            "FREQ=WEEKLY",
            called=("Change the altar flowers",),
            either=(on("BYDAY=SA", "Saturday"), at(10)),
        ),
    ),
    case(
        "Would you set up a yearly task to renew the church insurance on 1 March.",
        repeats(
            "FREQ=YEARLY",
            called=("Renew the church insurance",),
            either=(on("BYMONTH=3", "March"),),
        ),
    ),
    case(
        "The collection will only be counted on the first Sunday of the month from now on."
        " Could you change that, please?",
        repeats("FREQ=MONTHLY;BYDAY=1SU", "FREQ=MONTHLY;BYDAY=SU;BYSETPOS=1", task=0),
        seeds=(s("Count the collection", due="2026-11-29", recurrence="FREQ=WEEKLY;BYDAY=SU"),),
    ),
)


# 3. Statements of fact that mean "done"; negatives, plans and questions change nothing.
FACTS = (
    # Kenyan English.
    case("I have already paid the fundi", *done(0), seeds=KENYAN),
    case("Unga is bought, asante", *done(1), seeds=KENYAN),
    case("I have not yet renewed NHIF, the office was closed", UNCHANGED, seeds=KENYAN),
    # Hong Kong English.
    case("egg tarts bought jor", *done(1), seeds=HONG_KONG),
    case("dim sum table booked already la 👍", *done(2), seeds=HONG_KONG),
    case("octopus card renew not yet ar, queue too long", UNCHANGED, seeds=HONG_KONG),
    # A parcel courier.
    case("elm road parcel collected, customer was in this time", *done(2), seeds=COURIER),
    case("Gary's got his scanner back", *done(0), seeds=COURIER),
    case("did I get the van tyres checked? can't remember", UNCHANGED, seeds=COURIER),
    # A university admissions officer.
    case("The thank-you email to the ambassadors has gone out.", *done(2), seeds=ADMISSIONS),
    case("All the reference letters have now been chased.", *done(1), seeds=ADMISSIONS),
    case(
        "I've started reviewing the late applications but I'm only about halfway through.",
        UNCHANGED,
        seeds=ADMISSIONS,
    ),
    # A personal trainer.
    case("sarah's programme is DONE 🙌", *done(0), seeds=TRAINER),
    case("ordered the resistance bands last night", *done(1), seeds=TRAINER),
    case("gonna book the squat rack after this client", UNCHANGED, seeds=TRAINER),
    # Someone caring for their elderly parents.
    case(
        "Finally got through to the GP surgery after 40 minutes on hold, what a morning",
        *done(1),
        seeds=CARER,
    ),
    case("Prescription collected, Mum's sorted for the week", *done(0), seeds=CARER),
    case(
        "Haven't managed to order Dad's pads, the website kept crashing",
        UNCHANGED,
        seeds=CARER,
    ),
    # A software support engineer.
    case("acme outage escalated to tier 3, ticket updated", *done(2), seeds=SUPPORT),
    case("KB article shipped", *done(1), seeds=SUPPORT),
    case("login bug still won't repro on staging, no luck", UNCHANGED, seeds=SUPPORT),
    # A hairdresser.
    case("rang mrs patel, all sorted x", *done(1), seeds=SALON),
    case("backwash basins deep cleaned before I left last night", *done(2), seeds=SALON),
    case(
        "toner and bleach - not ordered yet, the wholesaler was shut",
        UNCHANGED,
        seeds=SALON,
    ),
    # A theatre stage manager.
    case("Radio mics collected and signed for.", *done(0), seeds=STAGE),
    case("Prompt copy's been reprinted and is back in the book.", *done(1), seeds=STAGE),
    case("Has anyone bought the gaffer tape?", UNCHANGED, seeds=STAGE),
    # A church secretary.
    case(
        "I am pleased to say that the parish newsletter has been typed up and sent to the"
        " printers.",
        *done(0),
        seeds=PARISH,
    ),
    case("The Advent candles were ordered this morning.", *done(1), seeds=PARISH),
    case("I shall ring Reverend Hughes this afternoon.", UNCHANGED, seeds=PARISH),
)


# 4. Relative and absolute edits: priority, due date, rename, note, tags.
EDITS = (
    # Kenyan English.
    case(
        "Please push school fees by two days",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Pay school fees", due="2026-11-27"), "Buy unga"),
    ),
    case(
        "NHIF is not that serious, kindly reduce the priority",
        lowered(0),
        seeds=(s("Renew NHIF", priority="medium"),),
    ),
    case(
        "Change the name of buy unga to buy unga and sugar",
        named("Buy unga and sugar"),
        state(0, title="Buy unga and sugar"),
        seeds=(s("Buy unga", due="2026-11-30"),),
    ),
    # Hong Kong English.
    case(
        "dim sum table more urgent la, raise it",
        raised(0),
        seeds=(s("Book dim sum table", priority="low"),),
    ),
    case(
        "octopus card move to next monday",
        when((MONDAY, MONDAY_7_DEC), task=0),
        seeds=(s("Renew octopus card", due="2026-11-27"),),
    ),
    case(
        "egg tarts no need date, remove the due date",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(s("Buy egg tarts", due="2026-11-28"),),
    ),
    # A parcel courier.
    case(
        "scanner - push it back a week",
        when(FRIDAY_NEXT, task=0),
        seeds=(s("Return the scanner", due="2026-11-27"),),
    ),
    case(
        "make the tyres high priority, they're nearly bald",
        state(0, priority="high"),
        seeds=("Get van tyres checked", "Return the scanner"),
    ),
    case(
        "elm road parcel, bring it forward a day",
        when(SUNDAY, task=0),
        seeds=(s("Collect parcel from Elm Road", due="2026-11-30"),),
    ),
    # A university admissions officer.
    case(
        "Please move the late applications review to Friday 4 December.",
        when(FRIDAY_NEXT, task=0),
        seeds=(s("Review the late applications", due="2026-12-02"),),
    ),
    case(
        "Could you add a note to the reference letters task: applicants 1043 and 1077 are still"
        " outstanding.",
        described("1043", "1077", task=0),
        seeds=("Chase reference letters",),
    ),
    case(
        "The open day slides can drop down a level, the date has moved.",
        lowered(0),
        seeds=(s("Prepare open day slides", priority="high"),),
    ),
    # A personal trainer.
    case(
        "sarah's programme needs to be done by tmrw actually, move it up",
        when(FRIDAY, task=0),
        seeds=(s("Plan Sarah's programme", due="2026-11-28"),),
    ),
    case(
        "tag the bands one with gym too",
        tagged("gym", "kit", task=0),
        seeds=(s("Order resistance bands", tags=["kit"]),),
    ),
    case(
        "rename book the squat rack to book the platform for deadlifts",
        named("Book the platform for deadlifts"),
        state(0, title="Book the platform for deadlifts"),
        seeds=("Book the squat rack",),
    ),
    # Someone caring for their elderly parents.
    case(
        "Can the GP call go to Monday instead, they're closed on Friday afternoons",
        when(MONDAY, task=0),
        seeds=(s("Ring the GP surgery", due="2026-11-27"),),
    ),
    case(
        "The pads are getting urgent now, can you bump them up",
        raised(0),
        seeds=(s("Order Dad's pads", priority="medium"),),
    ),
    case(
        "Change the note on Mum's prescription to say Lloyds pharmacy, not Boots",
        described("Lloyds", task=0),
        seeds=(s("Pick up Mum's prescription", description="Boots on the high street"),),
    ),
    # A software support engineer.
    case(
        "KB article -> p3, it's not blocking anyone",
        lowered(0),
        seeds=(s("Write the KB article", priority="high"),),
    ),
    case(
        "push the login bug repro to monday, same time",
        when(MONDAY, task=0, hours=[10]),
        seeds=(s("Repro the login bug", due=berlin("2026-11-27", "10:00")),),
    ),
    case(
        "remove the p1 tag from the acme escalation",
        tagged("acme", task=0, without=("p1",)),
        seeds=(s("Escalate Acme outage", tags=["acme", "p1"]),),
    ),
    # A hairdresser.
    case(
        "mrs patel can wait till tuesday",
        when(TUESDAY_NEXT, task=0),
        seeds=(s("Ring Mrs Patel", due="2026-11-27"),),
    ),
    case(
        "put the toner order up to high",
        state(0, priority="high"),
        seeds=("Order toner and bleach",),
    ),
    case(
        "the basins, make it saturday after the last client",
        when(SATURDAY, task=0),
        seeds=(s("Deep clean the backwash basins", due="2026-11-26"),),
    ),
    # A theatre stage manager.
    case(
        "Prompt copy is now top priority, the blocking changed again",
        raised(0),
        seeds=(s("Reprint the prompt copy", priority="high"),),
    ),
    case(
        "Radio mics pickup moved to 2pm the same day",
        when(MONDAY, task=0, hours=[14]),
        seeds=(s("Collect the radio mics", due=berlin("2026-11-30", "10:00")),),
    ),
    case(
        "Gaffer tape - rename to buy gaffer and glow tape",
        named("Buy gaffer and glow tape"),
        state(0, title="Buy gaffer and glow tape"),
        seeds=("Buy gaffer tape",),
    ),
    # A church secretary.
    case(
        "I'm afraid the newsletter will need another week. Please move it to next Friday.",
        when(FRIDAY_NEXT, task=0),
        seeds=(s("Type up the parish newsletter", due="2026-11-27"),),
    ),
    case(
        "There is no fixed date for the candles any more; please take the due date off.",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(s("Order the Advent candles", due="2026-11-30"),),
    ),
    case(
        "Please add to the Reverend Hughes task a note that he prefers to be telephoned after"
        " lunch.",
        described("after lunch", task=0),
        seeds=("Ring Reverend Hughes",),
    ),
)


# 5. A reminder set, moved or cleared on an existing task; no task added, the due date kept.
REMINDERS = (
    # Kenyan English.
    case(
        "Remind me about the school fees on Sunday evening",
        reminded(SUNDAY, task=0, hours=EVENING),
        nothing_added(),
        state(0, due=MONDAY),
        seeds=(s("Pay school fees", due="2026-11-30"),),
    ),
    case(
        "Please alert me one hour before the chama meeting",
        reminded(SATURDAY, task=0, hours=[13]),
        nothing_added(),
        state(0, due=spoken(SATURDAY, "14:00")),
        seeds=(s("Chama meeting", due=berlin("2026-11-28", "14:00")),),
    ),
    case(
        "Remove the reminder for NHIF, I will remember by myself",
        one_of(0, reminder=CLEARED),
        nothing_added(),
        state(0, status="pending"),
        seeds=(s("Renew NHIF", reminder=berlin("2026-11-27", "09:00")),),
    ),
    # Hong Kong English.
    case(
        "remind me octopus card tmr 9am",
        reminded(FRIDAY, task=0, hours=[9]),
        nothing_added(),
        state(0, due=FRIDAY),
        seeds=(s("Renew octopus card", due="2026-11-27"),),
    ),
    case(
        "dim sum reminder change to 3pm la",
        reminded(FRIDAY, task=0, hours=[15]),
        nothing_added(),
        seeds=(s("Book dim sum table", reminder=berlin("2026-11-27", "10:00")),),
    ),
    case(
        "ping me 30 mins before egg tarts",
        reminded(SATURDAY, task=0, hours=[9]),
        nothing_added(),
        state(0, due=spoken(SATURDAY, "10:00")),
        seeds=(s("Buy egg tarts", due=berlin("2026-11-28", "10:00")),),
    ),
    # A parcel courier.
    case(
        "give us a nudge at 7 tomorrow morning about the scanner",
        reminded(FRIDAY, task=0, hours=[7]),
        nothing_added(),
        state(0, due=FRIDAY),
        seeds=(s("Return the scanner", due="2026-11-27"),),
    ),
    case(
        "remind me about the tyres sunday night",
        reminded(SUNDAY, task=0, hours=EVENING),
        nothing_added(),
        state(0, due=MONDAY),
        seeds=(s("Get van tyres checked", due="2026-11-30"),),
    ),
    case(
        "elm road reminder - knock it back to half 8",
        reminded(FRIDAY, task=0, hours=[8]),
        nothing_added(),
        seeds=(s("Collect parcel from Elm Road", reminder=berlin("2026-11-27", "08:00")),),
    ),
    # A university admissions officer.
    case(
        "I would like a reminder on the morning of the offer letters batch, say 9am.",
        reminded(MONDAY, task=0, hours=[9]),
        nothing_added(),
        state(0, due=spoken(MONDAY, "12:00")),
        seeds=(s("Offer letters batch", due=berlin("2026-11-30", "12:00")),),
    ),
    case(
        "Please set a reminder for the late applications review on Tuesday 1 December at 2pm.",
        reminded(TUESDAY_NEXT, task=0, hours=[14]),
        nothing_added(),
        state(0, due=WEDNESDAY_NEXT),
        seeds=(s("Review the late applications", due="2026-12-02"),),
    ),
    case(
        "Please cancel the reminder on the reference letters task.",
        one_of(0, reminder=CLEARED),
        nothing_added(),
        state(0, status="pending"),
        seeds=(s("Chase reference letters", reminder=berlin("2026-11-27", "09:00")),),
    ),
    # A personal trainer.
    case(
        "remind me 2 hours before sarah's assessment",
        reminded(FRIDAY, task=0, hours=[16]),
        nothing_added(),
        state(0, due=spoken(FRIDAY, "18:00")),
        seeds=(s("Sarah's assessment", due=berlin("2026-11-27", "18:00")),),
    ),
    case(
        "set a reminder for the bands order monday lunchtime",
        reminded(MONDAY, task=0, hours=[11, 12, 13]),
        nothing_added(),
        seeds=("Order resistance bands",),
    ),
    case(
        "move the squat rack reminder to tomorrow 6am",
        reminded(FRIDAY, task=0, hours=[6]),
        nothing_added(),
        seeds=(s("Book the squat rack", reminder=berlin("2026-11-26", "20:00")),),
    ),
    # Someone caring for their elderly parents.
    case(
        "Can you remind me the evening before Dad's podiatrist appointment so I can dig out his"
        " good shoes",
        reminded(MONDAY, task=0, hours=EVENING),
        nothing_added(),
        state(0, due=spoken(TUESDAY_NEXT, "11:15")),
        seeds=(s("Dad's podiatrist appointment", due=berlin("2026-12-01", "11:15")),),
    ),
    case(
        "I need a reminder for Mum's prescription at 10 on Saturday",
        reminded(SATURDAY, task=0, hours=[10]),
        nothing_added(),
        state(0, due=SATURDAY),
        seeds=(s("Pick up Mum's prescription", due="2026-11-28"),),
    ),
    case(
        "please get rid of the reminder on ring the GP surgery, I've set an alarm on my phone",
        one_of(0, reminder=CLEARED),
        nothing_added(),
        state(0, status="pending"),
        seeds=(s("Ring the GP surgery", reminder=berlin("2026-11-27", "08:00")),),
    ),
    # A software support engineer.
    case(
        "remind me 15 min before the hotfix deploy",
        reminded(FRIDAY, task=0, hours=[16]),
        nothing_added(),
        state(0, due=spoken(FRIDAY, "17:00")),
        seeds=(s("Deploy the hotfix", due=berlin("2026-11-27", "17:00")),),
    ),
    case(
        "reminder on the KB article for tomorrow 14:00 pls",
        reminded(FRIDAY, task=0, hours=[14]),
        nothing_added(),
        seeds=("Write the KB article",),
    ),
    case(
        "move the SSL cert reminder to monday 9:00",
        reminded(MONDAY, task=0, hours=[9]),
        nothing_added(),
        state(0, due=THURSDAY_NEXT),
        seeds=(s("Renew the SSL cert", due="2026-12-03", reminder=berlin("2026-12-02", "09:00")),),
    ),
    # A hairdresser.
    case(
        "remind me to ring mrs patel at 10 tomorrow before my first client",
        reminded(FRIDAY, task=0, hours=[10]),
        nothing_added(),
        state(0, due=FRIDAY),
        seeds=(s("Ring Mrs Patel", due="2026-11-27"),),
    ),
    case(
        "can u remind me the night before the stock delivery",
        reminded(MONDAY, task=0, hours=EVENING),
        nothing_added(),
        state(0, due=spoken(TUESDAY_NEXT, "09:00")),
        seeds=(s("Stock delivery", due=berlin("2026-12-01", "09:00")),),
    ),
    case(
        "the toner reminder - make it 5pm instead x",
        reminded(FRIDAY, task=0, hours=[17]),
        nothing_added(),
        seeds=(s("Order toner and bleach", reminder=berlin("2026-11-27", "12:00")),),
    ),
    # A theatre stage manager.
    case(
        "Reminder for tech rehearsal at noon on Saturday please",
        reminded(SATURDAY, task=0, hours=[12]),
        nothing_added(),
        state(0, due=spoken(SATURDAY, "13:00")),
        seeds=(s("Tech rehearsal", due=berlin("2026-11-28", "13:00")),),
    ),
    case(
        "I want a reminder the day before the radio mics pickup",
        reminded(SUNDAY, task=0),
        nothing_added(),
        state(0, due=spoken(MONDAY, "10:00")),
        seeds=(s("Collect the radio mics", due=berlin("2026-11-30", "10:00")),),
    ),
    case(
        "Kill the reminder on the prompt copy",
        one_of(0, reminder=CLEARED),
        nothing_added(),
        state(0, status="pending"),
        seeds=(s("Reprint the prompt copy", reminder=berlin("2026-11-27", "09:00")),),
    ),
    # A church secretary.
    case(
        "Would you be so kind as to remind me about the flowers rota on Friday at 4pm?",
        reminded(FRIDAY, task=0, hours=[16]),
        nothing_added(),
        state(0, due=SATURDAY),
        seeds=(s("Flowers rota", due="2026-11-28"),),
    ),
    case(
        "Please remind me of the parish council meeting on the morning of the day.",
        reminded(WEDNESDAY_NEXT, task=0, hours=MORNING),
        nothing_added(),
        state(0, due=spoken(WEDNESDAY_NEXT, "19:30")),
        seeds=(s("Parish council meeting", due=berlin("2026-12-02", "19:30")),),
    ),
    case(
        "Could the newsletter reminder be moved to Monday at the same time?",
        reminded(MONDAY, task=0, hours=[9]),
        nothing_added(),
        seeds=(s("Type up the parish newsletter", reminder=berlin("2026-11-27", "09:00")),),
    ),
)


# 6. Windows of days: the reply names what is in it, leaves out the rest, nothing changes.
KENYAN_DATES = (
    s("Pay school fees", due="2026-11-27"),
    s("Chama meeting", due="2026-11-28"),
    s("Renew NHIF", due="2026-12-03"),
)
HONG_KONG_DATES = (
    s("Renew octopus card", due="2026-11-24"),
    s("Buy egg tarts", due="2026-11-26"),
    s("Book dim sum table", due="2026-11-29"),
    s("Return library books", "completed", due="2026-11-23"),
)
COURIER_DATES = (
    s("Van MOT", due="2026-12-01"),
    s("Return the scanner", due="2026-11-27"),
    s("Depot Christmas do", due="2026-12-18"),
)
ADMISSIONS_DATES = (
    s("Clearing training", due="2026-11-30"),
    s("Offer letters batch", due="2026-12-02"),
    s("Open day debrief", due="2026-12-09"),
    s("Late applications review", due="2026-11-26"),
)
TRAINER_DATES = (
    s("Sarah's assessment", due=berlin("2026-11-27", "18:00")),
    s("Marcus leg day", due=berlin("2026-11-28", "07:00")),
    s("Group bootcamp", due=berlin("2026-12-05", "09:00")),
    s("Refund old client", "deleted", due="2026-11-28"),
)
CARER_DATES = (
    s("Dad's podiatrist", due="2026-12-01"),
    s("Mum's hair appointment", due="2026-11-26"),
    s("Pharmacy delivery", due="2026-11-27"),
    s("Care review meeting", due="2026-12-10"),
)
SUPPORT_DATES = (
    s("Renew the SSL cert", due="2026-12-03"),
    s("Deploy the hotfix", due="2026-11-27"),
    s("Quarterly SLA review", due="2027-01-07"),
    s("Close stale tickets", due="2026-11-25"),
    s("Old data migration", "completed", due="2026-11-20"),
)
SALON_DATES = (
    s("Mrs Patel colour", due=berlin("2026-11-28", "10:00")),
    s("Stock delivery", due="2026-12-01"),
    s("Salon Christmas party", due="2026-12-19"),
    s("Bridal trial for Chloe", due="2026-11-28"),
    s("Cancelled perm", "deleted", due="2026-11-28"),
)
STAGE_DATES = (
    s("Get-in at the Lyceum", due="2026-11-30"),
    s("Tech rehearsal", due=berlin("2026-11-28", "13:00")),
    s("Press night", due="2026-12-04"),
    s("Strike the old set", due="2026-11-27"),
)
PARISH_DATES = (
    s("Flowers rota", due="2026-11-28"),
    s("Advent Sunday service sheets", due="2026-11-29"),
    s("Carol service", due="2026-12-20"),
    s("Parish council meeting", due="2026-12-02"),
)

WINDOWS = (
    # Kenyan English.
    case(
        "Please, what is there for me tomorrow?",
        says("school fees"),
        lacks("Chama", "NHIF"),
        UNCHANGED,
        seeds=KENYAN_DATES,
    ),
    case(
        "Show me what is coming on the weekend",
        says("Chama"),
        lacks("school fees", "NHIF"),
        UNCHANGED,
        seeds=KENYAN_DATES,
    ),
    case(
        "Which tasks are there for next week?",
        says("NHIF"),
        lacks("school fees", "Chama"),
        UNCHANGED,
        seeds=KENYAN_DATES,
    ),
    # Hong Kong English.
    case(
        "anything overdue ar?",
        says("octopus"),
        lacks("egg tarts", "dim sum", "library"),
        UNCHANGED,
        seeds=HONG_KONG_DATES,
    ),
    case(
        "what i need do today",
        says("egg tarts"),
        lacks("dim sum", "library"),
        UNCHANGED,
        seeds=HONG_KONG_DATES,
    ),
    case(
        "sunday got what",
        says("dim sum"),
        lacks("egg tarts", "octopus"),
        UNCHANGED,
        seeds=HONG_KONG_DATES,
    ),
    # A parcel courier.
    case(
        "whats on for tomorrow",
        says("scanner"),
        lacks("Van MOT", "Christmas"),
        UNCHANGED,
        seeds=COURIER_DATES,
    ),
    case(
        "anything next week I should know about",
        says("Van MOT"),
        lacks("scanner", "Christmas"),
        UNCHANGED,
        seeds=COURIER_DATES,
    ),
    case(
        "what've I got in december",
        says("Van MOT", "Christmas do"),
        lacks("scanner"),
        UNCHANGED,
        seeds=COURIER_DATES,
    ),
    # A university admissions officer.
    case(
        "Could you list everything due between Monday 30 November and Wednesday 2 December?",
        says("Clearing training", "Offer letters"),
        lacks("Open day", "Late applications"),
        UNCHANGED,
        seeds=ADMISSIONS_DATES,
    ),
    case(
        "What is due today, please?",
        says("Late applications"),
        lacks("Clearing", "Offer letters", "Open day"),
        UNCHANGED,
        seeds=ADMISSIONS_DATES,
    ),
    case(
        "What do I have on the week after next?",
        says("Open day debrief"),
        lacks("Clearing", "Offer letters", "Late applications"),
        UNCHANGED,
        seeds=ADMISSIONS_DATES,
    ),
    # A personal trainer.
    case(
        "what sessions have i got this weekend",
        says("Marcus"),
        lacks("Sarah", "bootcamp", "Refund"),
        UNCHANGED,
        seeds=TRAINER_DATES,
    ),
    case(
        "whats on friday",
        says("Sarah"),
        lacks("Marcus", "bootcamp", "Refund"),
        UNCHANGED,
        seeds=TRAINER_DATES,
    ),
    case(
        "what've I got on sat 5th dec",
        says("bootcamp"),
        lacks("Marcus", "Sarah"),
        UNCHANGED,
        seeds=TRAINER_DATES,
    ),
    # Someone caring for their elderly parents.
    case(
        "What have I got on Tuesday?",
        says("podiatrist"),
        lacks("hair appointment", "Pharmacy", "Care review"),
        UNCHANGED,
        seeds=CARER_DATES,
    ),
    case(
        "Is there anything for today? I've completely lost track of the days this week",
        says("hair appointment"),
        lacks("podiatrist", "Pharmacy", "Care review"),
        UNCHANGED,
        seeds=CARER_DATES,
    ),
    case(
        "What's happening between now and the end of next week",
        says("Pharmacy", "podiatrist"),
        lacks("Care review"),
        UNCHANGED,
        seeds=CARER_DATES,
    ),
    # A software support engineer.
    case(
        "what's overdue",
        says("stale tickets"),
        lacks("SSL", "hotfix", "SLA review", "migration"),
        UNCHANGED,
        seeds=SUPPORT_DATES,
    ),
    case(
        "anything due this week?",
        says("hotfix"),
        lacks("SSL", "SLA review", "migration"),
        UNCHANGED,
        seeds=SUPPORT_DATES,
    ),
    case(
        "what's in january",
        says("SLA review"),
        lacks("SSL", "hotfix", "stale"),
        UNCHANGED,
        seeds=SUPPORT_DATES,
    ),
    # A hairdresser.
    case(
        "what have i got saturday hun",
        says("Mrs Patel", "Chloe"),
        lacks("Stock delivery", "Christmas party", "Cancelled perm"),
        UNCHANGED,
        seeds=SALON_DATES,
    ),
    case(
        "anything next week?",
        says("Stock delivery"),
        lacks("Mrs Patel", "Chloe", "Christmas party", "Cancelled perm"),
        UNCHANGED,
        seeds=SALON_DATES,
    ),
    case(
        "whats coming up in december",
        says("Stock delivery", "Christmas party"),
        lacks("Mrs Patel", "Chloe", "Cancelled perm"),
        UNCHANGED,
        seeds=SALON_DATES,
    ),
    # A theatre stage manager.
    case(
        "What's in the diary for tomorrow?",
        says("Strike the old set"),
        lacks("Get-in", "Tech rehearsal", "Press night"),
        UNCHANGED,
        seeds=STAGE_DATES,
    ),
    case(
        "Run me through next week please",
        says("Get-in", "Press night"),
        lacks("Tech rehearsal", "Strike"),
        UNCHANGED,
        seeds=STAGE_DATES,
    ),
    case(
        "What's on between Saturday and Monday?",
        says("Tech rehearsal", "Get-in"),
        lacks("Press night", "Strike"),
        UNCHANGED,
        seeds=STAGE_DATES,
    ),
    # A church secretary.
    case(
        "Could you tell me what falls on Sunday?",
        says("service sheets"),
        lacks("Flowers rota", "Carol service", "Parish council"),
        UNCHANGED,
        seeds=PARISH_DATES,
    ),
    case(
        "What is due on the 20th of December?",
        says("Carol service"),
        lacks("Flowers rota", "service sheets", "Parish council"),
        UNCHANGED,
        seeds=PARISH_DATES,
    ),
    case(
        "What do I have this weekend, please?",
        says("Flowers rota", "service sheets"),
        lacks("Carol service", "Parish council"),
        UNCHANGED,
        seeds=PARISH_DATES,
    ),
)


# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS = (
    # Kenyan English.
    case(
        "Make it high priority please",
        bears("Buy maize flour", priority="high"),
        before="Add a task to buy maize flour on Saturday",
    ),
    case("The second one I have finished", *done(1), seeds=KENYAN, before=SHOWN),
    case(
        "Sorry, it is 5pm not 4",
        bears("Fetch Baraka from school", due=spoken(FRIDAY, "17:00")),
        before="Add fetch Baraka from school tomorrow at 4pm",
    ),
    # Hong Kong English.
    case(
        "oh also tag it travel",
        tagged("travel", title="Renew passport"),
        before="add renew passport next wed",
    ),
    case(
        "first one delete la",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=HONG_KONG,
        before="show me my list",
    ),
    case(
        "sorry not yet, undo pls",
        state(0, status="pending"),
        seeds=("Pay MPF", "Buy egg tarts"),
        before="pay mpf done",
    ),
    # A parcel courier.
    case(
        "actually make that monday",
        bears("Drop off returns at the post office", due=MONDAY),
        before="add drop off returns at the post office tomorrow",
    ),
    case("bottom one's done", *done(0), seeds=COURIER, before="what's on my list"),
    case(
        "push it to monday",
        when(MONDAY, task=0),
        seeds=(s("Return the scanner", due="2026-11-27"),),
        before="when's the scanner due?",
    ),
    # A university admissions officer.
    case(
        "Please add a note to it: include the new contact hours.",
        described("contact hours", title="Draft the clearing FAQ"),
        before="Please add a task to draft the clearing FAQ by Friday.",
    ),
    case(
        "Please mark the third one as complete.",
        *done(0),
        seeds=ADMISSIONS,
        before="What tasks do I have?",
    ),
    case(
        "I'm sorry, that was a mistake. Could you restore it?",
        state(0, status="pending"),
        seeds=("Old brochure reprint", "Clearing training"),
        before="Delete the task 'Old brochure reprint'.",
    ),
    # A personal trainer.
    case(
        "and one for Tom too",
        bears("Meal plan for Tom"),
        bears("Meal plan for Jess"),
        before="add meal plan for Jess due sunday",
    ),
    case(
        "make that urgent, it's killing me",
        bears("Book physio for my knee", priority="urgent"),
        before="add book physio for my knee",
    ),
    case(
        "both done 💪",
        *done(0, 1),
        seeds=("Plan Sarah's programme", "Order resistance bands"),
        before="what's still open",
    ),
    # Someone caring for their elderly parents.
    case(
        "Can you set a reminder for that the day before?",
        reminded(TUESDAY_NEXT, title="Take Mum to the optician"),
        before="Add take Mum to the optician on Wednesday 2 December at 11",
    ),
    case(
        "The council one is done now, thank goodness",
        *done(1),
        seeds=("Ring the GP surgery", "Ring the council about the blue badge"),
        before="Which calls do I still need to make?",
    ),
    case(
        "Oh no, the order didn't go through after all. Can you put it back?",
        state(0, status="pending"),
        seeds=("Order Dad's pads", "Ring the GP surgery"),
        before="I've ordered Dad's pads",
    ),
    # A software support engineer.
    case(
        "also p2 on that",
        bears("Investigate webhook retries", priority=("high", "medium")),
        before="add investigate webhook retries, tag backend",
    ),
    case(
        "delete the 2nd one",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=("Close stale tickets", "Write the KB article", "Deploy the hotfix"),
        before="show me open tasks",
    ),
    case(
        "nvm, scratch that",
        gone("Deploy the hotfix"),
        before="add deploy the hotfix friday 5pm",
    ),
    # A hairdresser.
    case(
        "oops meant saturday",
        bears("Colour consult for Amy", due=(spoken(SATURDAY, "11:00"), SATURDAY)),
        before="add colour consult for Amy tomorrow 11",
    ),
    case("2nd one done x", *done(1), seeds=SALON, before=SHOWN),
    case(
        "and new towels too",
        bears("Order new towels", "New towels"),
        bears("Order new capes"),
        before="add order new capes",
    ),
    # A theatre stage manager.
    case(
        "Make that urgent.",
        bears("Check the pyro licence", priority="urgent"),
        before="Add: check the pyro licence by Monday",
    ),
    case(
        "Move the top one to Tuesday",
        when(TUESDAY_NEXT, task=2),
        untouched_except(2),
        seeds=(
            s("Get-in at the Lyceum", due="2026-11-30"),
            s("Press night", due="2026-12-04"),
            s("Strike the old set", due="2026-11-27"),
        ),
        before="What's on my list?",
    ),
    case(
        "And email the venue manager too, same day",
        bears("Email the venue manager", due=FRIDAY),
        before="Add call the fire officer tomorrow",
    ),
    # A church secretary.
    case(
        "Could you make it due on Saturday 12 December, please?",
        bears("Book the church hall for the Christmas bazaar", due=SATURDAY_12_DEC),
        before="Please add a task to book the church hall for the Christmas bazaar.",
    ),
    case(
        "The last one on the list has been done, thank you.",
        *done(0),
        seeds=PARISH,
        before="Please show me my list.",
    ),
    case(
        "Oh dear, I was mistaken: it was the churchwarden I rang, not the Reverend. Please undo"
        " that.",
        state(0, status="pending"),
        seeds=("Ring Reverend Hughes", "Flowers rota"),
        before="I have rung Reverend Hughes.",
    ),
)


# 8. The contract's table said differently, with search, tags, reopen and restore.
TABLE = (
    # Kenyan English.
    case(
        "Put a task of buying gas cylinder",
        fresh("Buy gas cylinder", "Buy a gas cylinder", "Buying gas cylinder"),
    ),
    case(
        "Please show me all what I have",
        says("fundi", "unga"),
        UNCHANGED,
        seeds=("Pay the fundi", "Buy unga", s("Renew NHIF", "completed")),
    ),
    case("Mark number {0} as done please", *done(0), seeds=("Pay the fundi", "Buy unga")),
    # Hong Kong English.
    case(
        "what not done yet",
        says("egg tarts", "octopus"),
        lacks("dim sum"),
        UNCHANGED,
        seeds=("Buy egg tarts", s("Book dim sum table", "completed"), "Renew octopus card"),
    ),
    case(
        "delete egg tarts task",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=("Renew octopus card", "Buy egg tarts"),
    ),
    case(
        "change dim sum task to 'Book dim sum for 10 ppl'",
        named("Book dim sum for 10 ppl"),
        state(0, title="Book dim sum for 10 ppl"),
        seeds=("Book dim sum table",),
    ),
    # A parcel courier.
    case("need to remember to top up the fuel card", fresh("Top up the fuel card")),
    case(
        "what've I ticked off so far",
        says("scanner", "Van MOT"),
        lacks("Elm Road"),
        UNCHANGED,
        seeds=(
            s("Return the scanner", "completed"),
            s("Van MOT", "completed"),
            "Collect parcel from Elm Road",
        ),
    ),
    case(
        "bin the scanner task",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=("Van MOT", "Return the scanner"),
    ),
    # A university admissions officer.
    case(
        "Please reopen the reference letters task; two of them are still missing.",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Chase reference letters", "completed"), "Review the late applications"),
    ),
    case(
        "Which tags am I using at the moment?",
        says("admissions", "personal"),
        UNCHANGED,
        seeds=(
            s("Clearing training", tags=["admissions"]),
            s("Offer letters batch", tags=["admissions", "offers"]),
            s("Book dentist", tags=["personal"]),
        ),
    ),
    case(
        "Could you find anything to do with the offers spreadsheet?",
        says("offers spreadsheet"),
        lacks("debrief"),
        UNCHANGED,
        seeds=("Update the offers spreadsheet", "Open day debrief", "Offer letters batch"),
    ),
    # A personal trainer.
    case("add task check in with new clients", fresh("Check in with new clients")),
    case(
        "bring back the resistance bands one, deleted it by accident",
        state(1, status="pending"),
        seeds=("Plan Sarah's programme", s("Order resistance bands", "deleted")),
    ),
    case(
        "show me everything on my plate",
        says("Sarah", "resistance bands", "squat rack"),
        UNCHANGED,
        seeds=TRAINER,
    ),
    # Someone caring for their elderly parents.
    case(
        "I need to remember to get Dad's hearing aid batteries",
        fresh("Get Dad's hearing aid batteries"),
    ),
    case(
        "Tick off the prescription one please",
        *done(1),
        seeds=("Ring the GP surgery", "Pick up Mum's prescription"),
    ),
    case(
        "what have I actually got done so far",
        says("GP surgery", "prescription"),
        lacks("pads"),
        UNCHANGED,
        seeds=(
            s("Ring the GP surgery", "completed"),
            "Order Dad's pads",
            s("Pick up Mum's prescription", "completed"),
        ),
    ),
    # A software support engineer.
    case(
        "rename 'Write the KB article' to 'Write the KB article on SSO timeouts'",
        named("Write the KB article on SSO timeouts"),
        state(1, title="Write the KB article on SSO timeouts"),
        seeds=("Escalate Acme outage", "Write the KB article"),
    ),
    case(
        "list pending",
        says("login bug", "hotfix"),
        lacks("stale"),
        UNCHANGED,
        seeds=("Repro the login bug", s("Close stale tickets", "completed"), "Deploy the hotfix"),
    ),
    case(
        "search for sso",
        says("SSO docs"),
        lacks("hotfix", "SSL cert"),
        UNCHANGED,
        seeds=("Deploy the hotfix", "Renew the SSL cert", "Write SSO docs"),
    ),
    # A hairdresser.
    case("stick 'restock the shampoo bar' on my list", fresh("Restock the shampoo bar")),
    case(
        "get rid of the mrs patel task, she's cancelled on me again",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Ring Mrs Patel", "Order toner and bleach"),
    ),
    case(
        "oops chloe's trial isnt actually finished, she's coming back for the veil - can you"
        " reopen it",
        state(0, status="pending"),
        seeds=(s("Bridal trial for Chloe", "completed"), "Stock take"),
    ),
    # A theatre stage manager.
    case(
        "Give me the full list.",
        says("Get-in", "Tech rehearsal", "Press night"),
        UNCHANGED,
        seeds=("Get-in at the Lyceum", "Tech rehearsal", "Press night"),
    ),
    case("Mark task {0} complete.", *done(0), seeds=("Reprint the prompt copy", "Buy gaffer tape")),
    case(
        "What tags have I got?",
        says("production", "venue", "safety"),
        UNCHANGED,
        seeds=(
            s("Book the rehearsal room", tags=["production"]),
            s("Fire officer visit", tags=["venue", "safety"]),
        ),
    ),
    # A church secretary.
    case(
        "Please add a task: print the Christmas service sheets.",
        fresh("Print the Christmas service sheets"),
    ),
    case(
        "I deleted the Advent candles task in error. Please could you restore it?",
        state(1, status="pending"),
        seeds=("Flowers rota", s("Order the Advent candles", "deleted")),
    ),
    case(
        "Could you tell me which tasks I have already finished?",
        says("newsletter"),
        lacks("Reverend"),
        UNCHANGED,
        seeds=(s("Type up the parish newsletter", "completed"), "Ring Reverend Hughes"),
    ),
)


# 9. Safety: ambiguous requests ask and change nothing; chatter and guesses change nothing.
SAFETY = (
    # Kenyan English.
    case(
        "Delete the school fees task",
        UNCHANGED,
        seeds=("Pay school fees for Wanjiru", "Pay school fees for Baraka"),
    ),
    case("Asante sana, you are very helpful", UNCHANGED, seeds=KENYAN),
    case("Mark the electricity tokens as done", UNCHANGED, seeds=KENYAN),
    # Hong Kong English.
    case(
        "dim sum done",
        UNCHANGED,
        seeds=("Book dim sum table for Saturday", "Book dim sum table for Sunday"),
    ),
    case("haiya so tired today, work work work", UNCHANGED, seeds=HONG_KONG),
    case(
        "maybe delete the egg tarts? not sure, let me think first",
        UNCHANGED,
        seeds=HONG_KONG,
    ),
    # A parcel courier.
    case(
        "parcel collected",
        UNCHANGED,
        seeds=("Collect parcel from Elm Road", "Collect parcel from Oak Street"),
    ),
    case("cheers mate", UNCHANGED, seeds=COURIER),
    case("done with it", UNCHANGED, seeds=COURIER),
    # A university admissions officer.
    case(
        "Please move the applicants email to Monday.",
        UNCHANGED,
        seeds=("Email the Lagos applicants", "Email the Delhi applicants"),
    ),
    case(
        "How does the priority system work in this application?",
        UNCHANGED,
        seeds=ADMISSIONS,
    ),
    case("Three of the interviews are done.", UNCHANGED, seeds=ADMISSIONS),
    # A personal trainer.
    case(
        "cancel the session booking",
        UNCHANGED,
        seeds=("Book session with Sarah", "Book session with Sam"),
    ),
    case("new PB on deadlift today, 180kg 🔥🔥", UNCHANGED, seeds=TRAINER),
    case("is sarah's programme done?", UNCHANGED, seeds=TRAINER),
    # Someone caring for their elderly parents.
    case("I rang the GP", UNCHANGED, seeds=("Ring the GP about Dad", "Ring the GP about Mum")),
    case(
        "Sorry, I'm just so tired. Dad was up all night again and I don't know if I'm coming or"
        " going.",
        UNCHANGED,
        seeds=CARER,
    ),
    case("mark the podiatrist as done", UNCHANGED, seeds=CARER),
    # A software support engineer.
    case(
        "hotfix deployed",
        UNCHANGED,
        seeds=("Deploy the hotfix to staging", "Deploy the hotfix to prod"),
    ),
    case("lol the build broke again", UNCHANGED, seeds=SUPPORT),
    case("kill it", UNCHANGED, seeds=SUPPORT),
    # A hairdresser.
    case(
        "move mrs patel to tuesday",
        UNCHANGED,
        seeds=("Ring Mrs Patel about her colour", "Ring Mrs Patel about her deposit"),
    ),
    case("omg the hairdryer just died mid blow-dry 😩", UNCHANGED, seeds=SALON),
    case(
        "do u think i should do the stock take today or leave it till monday",
        UNCHANGED,
        seeds=("Order toner and bleach", "Stock take"),
    ),
    # A theatre stage manager.
    case(
        "Prompt copy reprinted.",
        UNCHANGED,
        seeds=("Reprint the prompt copy for Act 1", "Reprint the prompt copy for Act 2"),
    ),
    case("Quiet in the wings please. Oh sorry, wrong window.", UNCHANGED, seeds=STAGE),
    case("Delete the get-out task.", UNCHANGED, seeds=STAGE),
    # A church secretary.
    case(
        "Please mark Mrs Davies as done.",
        UNCHANGED,
        seeds=("Ring Mrs Davies about the flowers", "Ring Mrs Davies about the raffle"),
    ),
    case("God bless, and thank you for all your help today.", UNCHANGED, seeds=PARISH),
    case(
        "I wonder whether I ought to cancel the flowers rota this year.",
        UNCHANGED,
        seeds=("Type up the parish newsletter", "Flowers rota"),
    ),
)

HELD_OUT_NINTH: tuple[Case, ...] = (
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
