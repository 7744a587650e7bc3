"""A twelfth held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py``, ``second_voice.py`` to ``tenth_voice.py``, ``held_out.py`` to
``held_out_eleventh.py``): only their imports, helpers, constants and module docstrings. They
were written before the changes that will be scored against them, from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section), from the tools' arguments
(``docs/mcp.md``), from how a conversation is played (``conftest.py``) and from what an
ordinary user of a task manager would expect. No sentence was run through the engine while
writing, no scoring test was run, and none is ever tuned against, sentence by sentence: a miss
here is a miss to report, not an expectation to adjust.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: Scouse, the English of Liverpool ("la", "sound" for thanks, "our kid" for a brother,
"me ma", "the ozzy" for the hospital, "giz", "dead" for "very", "us" for "me", "tmrw", the
leccy bill, the match); Geordie, the English of Tyneside ("howay", "pet", "whey aye", "canny"
for "quite", "doon", "aboot", "divvent", "gan", "the morra", "the day" for today, "owt", "wor
lass", the bairn, the Pop card, "mind" for "remember"); Boston English ("wicked", "all set" for
done or booked, the plow guy, the Registry, barrels for bins, Dunks, the excise tax bill, the
Sox, Thanksgiving today); the owner of a small removals firm (surveys, the Luton, the 7.5
tonner, wardrobe boxes, crates, completion dates, the lads' timesheets); a florist in the
run-up to Christmas (the Dutch wholesaler, conditioning the eucalyptus, funeral tributes,
wreath bases, buttonholes, "x", "xx"); a driving instructor (pupils, mock tests, the dual
controls, the ADI badge, the standards check, block bookings); a brewer at a small brewery
writing terse notes ("fv2", "p1", "->", "+3 days", "w/", "✅", CIP, dry hop, the duty return,
"nvm"); a public librarian writing courteous, complete sentences ("Might you", "I should
like", "rather", "needn't", overdue notices, interlibrary loans, story time); a Greek speaker's
English ("put me a task", "until Friday" for "by Friday", "after two days", "is very
important", "stop to repeat", "What I have for tomorrow?", "Kalimera", "Efharisto", yiayia, a
name day); and the groundsman of a cricket club in winter, clipped and lowercase (the square,
the outfield, the roller, loam, the covers, the sight screens, the committee, "bin it").

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("stick on me list", "put down for us",
   "giz a task to", "put doon", "jot doon for monday", "throw on my list", "note to self",
   "New job:", "Add to the list -", "I must remember to", "todo:", "Would you kindly note that
   I ought to", "I should like a task for", "Might you add", "Write that I have to", "put on
   list:", "new job for the list -"), with dates, times, priority, tags and notes; only the
   title reaches the title, and a note is kept as the task's description.
2. ``REPEATS``: repeats said in words ("every tuesday night", "every 4 weeks", "every month on
   the 1st", "every saturday at 9am", "a yearly thing", "every 10 days", "every Monday at
   7am", "fortnightly on Fridays", "every 3 months", "every morning at 8", "the first Monday of
   each month", "every weekday at 6pm", "daily 7am", "monthly on the 15th", "every mon + thu",
   "the last Thursday of every month", "every other day", "every 6 months", "first sat of every
   month"), on a new task or an existing one; a repeat changed ("every other week instead",
   "every Tuesday and Friday now", "every 6 weeks", "every Tuesday and Thursday, not only
   Tuesday") or stopped ("doesn't need to repeat anymore", "no more repeat", "needn't repeat
   any longer", "stop to repeat it", "turn it off").
3. ``FACTS``: statements of fact that mean "done" ("got ... this mornin", "'s paid la", "'s
   booked", "finally renewed", "all set", "back from the garage, serviced", "ordered",
   "made and gone out", "are all prepped", "is booked for the 3rd", "had ... checked",
   "dry hopped ✅", "I've sent", "is up", "I sent already", "I booked it yesterday", "are back
   from being ground", "serviced, running sweet") complete the task they name and leave every
   other task alone; negatives ("haven't rang ... yet", "not renewed ... yet", "isn't ordered
   yet", "Still need to", "not signed off yet", "I didn't buy yet", "'s not ordered"), plans
   ("Going to do ... after lunch") and questions ("did I already ...?", "Have I ... yet?")
   change nothing.
4. ``EDITS``: priority a level up or down or set ("bump ... up", "knock it doon a bit", "make
   ... urgent", "top priority now", "Lower the priority", "-> p1", "drop prio", "make it more
   important", "up to high"), the due date pushed back to a weekday, by a week, by two or three
   days, brought forward a day, moved to a weekday, to next Monday, to a date, to next week,
   to tomorrow at a time, to 2pm the same day, "after two days"; a due date taken off; rename;
   a note set; tags added or swapped.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative
   to its due date ("an hour before", "30 min before", "the day before at 5pm", "two hours
   before", "the evening before", "the night before", "15 min before", "a week before", "one
   day before", "the morning they're due", "Friday week, same time", "to 4pm"); no task is
   added and the task's due date stays as it was.
6. ``WINDOWS``: questions about today ("the day"), tomorrow ("tmrw", "the morra"), a weekday,
   the weekend, this week, next week, the week after next, the next three days, a date ("the
   3rd"), a month, a span of dates ("between Monday and Wednesday", "dec 1-4", "before
   Christmas") and overdue ("be honest", "Have I let anything slip?", "Which things I did not
   do and the date is passed?"): the reply names what is in the window, leaves out what is not
   (a deleted task never, a completed one never as overdue), and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "make that urgent la",
   "make it high priority", "p1" or "make it due Monday" after an add, a corrected day or time
   ("nah make it sunday pet", "Sorry, make that 2pm", "make it wed", "Make it for Saturday"), a
   tag or a note added to the task just made, a position in a list just shown ("the middle
   one", "the top one", "the last one", "First one", "the second one", "1st + 3rd", "bottom
   one"), "actually no it's not" and "Sorry, is not true" after a fact, "oops, undo that",
   "wait no, put it back", "nvm scratch that", "an' sunday like?", "And Saturday? x", "And on
   Tuesday?".
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending,
   complete, delete, rename, "I need to remember", completed), with search, tags, reopen and
   restore; and safety: an ambiguous request asks and changes nothing, a message that is not a
   request changes nothing, and nothing is deleted or completed on a guess (a task that does
   not exist, "two of the surveys are done" that names none, "That one's done now" or "bin
   it" with nothing before it, a question whether something is done, a hedge about deleting).

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. "This week" is asked only of tasks that are in it
(or out of it) on every reading, whether it ends on Sunday or runs seven days, and so are "next
week" and "the next 3 days". Seeded times carry Berlin's winter offset (+01:00). Tasks are
checked as the tools report them (``status`` pending, completed or deleted; ``priority`` none,
low, medium, high or urgent; ``tags`` a list; ``description``; ``due`` and ``reminder`` spoken
in the user's zone, "Friday 27 November 2026" for a whole day and "Friday 27 November 2026,
09:00" with a time; ``recurrence`` as RRULE text). Titles are expected with their first letter
capitalised and kept in the user's own words ("Ring the ozzy bout me dad's appointment", "Phone
the council aboot the bins", "Send money to my yiayia", "Dry hop fv3"); where a title may
fairly be kept with or without a word (a trailing clause that gives a purpose or a time, "gan"
or "go", a name or an abbreviation the user wrote in lowercase), each is accepted. Where the
words leave the meaning open ("next tuesday" said on a Thursday, "next monday", "next Friday",
"before mon", "before the 10th", "dead important", "canny urgent", "wicked important", "pretty
urgent", "rather important", "is very important", "top priority", "p1", "no rush", "tonight",
"tomorrow afternoon", "after two days", "to 4pm" for a reminder), every reasonable reading is
accepted; a day said without a time is checked on the day only. A list shows the latest seeded
task first, as the corpus says: "the second one" and "the middle one" of three are the middle
one either way, "the first one" and "the top one" are the last seeded, and "the last one" and
"the bottom one" the first seeded. Recurring seeds carry a due date, as a repeating task in a
task manager usually has one. Projects are left out, as the seeds are tasks only.

A follow-up that takes back a completion or a deletion also expects ``reopen_task`` or
``restore_task`` to be called (by ``docs/mcp.md`` the only tools that can do it), and one that
withdraws a task just added expects ``delete_task``, so that a first message that changed
nothing cannot make the case pass; a follow-up on a task just added finds it by the titles the
first message may fairly have given it, with the field the follow-up sets, so it cannot pass
when that task is missing.

No new check is defined here: the set uses the helpers of ``held_out.py``,
``held_out_second.py``, ``held_out_fourth.py`` and ``held_out_fifth.py`` as they are.
"""

from __future__ import annotations

from .corpus import UNCHANGED, Case, called, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, on
from .held_out_fifth import MONDAY_7_DEC, TUESDAY_15_DEC, bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
    MORNING,
    SHOWN,
    THURSDAY_10_DEC,
    TUESDAY_8_DEC,
    WEEKDAY_RULES,
    berlin,
    described,
    done,
    fresh,
    gone,
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

__all__ = ["HELD_OUT_TWELFTH"]

# A few more days, as the tools say them.
WEDNESDAY_9_DEC = "Wednesday 9 December 2026"
WEDNESDAY_23_DEC = "Wednesday 23 December 2026"

# Tasks of each voice, for the families that need several of them.
SCOUSE = ("Ring our kid about Christmas", "Get me ma's prescription", "Pay the leccy bill")
GEORDIE = ("Renew me Pop card", "Book the club for wor lass's 40th", "Get the bairn's school shoes")
BOSTON = ("Book the plow guy", "Get Sox tickets for Dad", "Renew my license at the Registry")
REMOVALS = ("Survey at the Hendersons'", "Order more wardrobe boxes", "Get the Luton serviced")
FLORIST = (
    "Order eucalyptus from the wholesaler",
    "Make the Patterson funeral tribute",
    "Prep the Christmas wreath bases",
)
INSTRUCTOR = ("Book Jess's mock test", "Get the dual controls checked", "Renew my ADI badge")
BREWER = ("Dry hop FV2", "Order the hop contract", "Clean the kegs for the taproom")
LIBRARY = ("Send overdue notices", "Set up the Christmas display", "Order the book club copies")
GREEK = ("Send money to yiayia", "Book flight to Thessaloniki", "Buy present for Nikos name day")
GROUNDS = ("Get the mower blades ground", "Order the loam for the square", "Service the roller")


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED = (
    # Scouse.
    case(
        "ey la can u stick on me list get the turkey ordered from the butchers for the 23rd",
        fresh("Get the turkey ordered from the butchers", due=WEDNESDAY_23_DEC),
    ),
    case(
        "need to ring the ozzy bout me dad's appointment tmrw, dead important that",
        fresh(
            "Ring the ozzy bout me dad's appointment",
            due=FRIDAY,
            priority=("high", "urgent"),
        ),
    ),
    case(
        "put down for us: get our kid a present for his birthday, sat",
        fresh("Get our kid a present for his birthday", due=SATURDAY),
    ),
    case(
        "giz a task to sort the car insurance before mon, note: renewal letter's in the "
        "kitchen drawer",
        fresh("Sort the car insurance", due=(SUNDAY, MONDAY)),
        described("renewal letter"),
    ),
    case(
        "remind me to get the match tickets off Macca, sound",
        fresh("Get the match tickets off Macca"),
    ),
    # Geordie.
    case(
        "howay, put doon 'get the bairn's flu jab booked' for next tuesday pet",
        fresh("Get the bairn's flu jab booked", due=(TUESDAY_NEXT, TUESDAY_8_DEC)),
    ),
    case(
        "need to gan to the bank the morra, divvent let us forget",
        fresh("Gan to the bank", "Go to the bank", due=FRIDAY),
    ),
    case(
        "add a task: pick up wor lass's coat from the dry cleaners, canny urgent like",
        fresh("Pick up wor lass's coat from the dry cleaners", priority=("high", "urgent")),
    ),
    case(
        "stick on the list get a tree for the front room, tag it xmas",
        fresh("Get a tree for the front room"),
        tagged("xmas"),
    ),
    case(
        "whey aye, jot doon for monday: phone the council aboot the bins",
        fresh("Phone the council aboot the bins", due=MONDAY),
    ),
    # Boston.
    case(
        "add get the snow tires put on the Civic, Saturday morning",
        fresh("Get the snow tires put on the Civic"),
        when(SATURDAY),
    ),
    case(
        "wicked important: pay the excise tax bill by Monday",
        fresh("Pay the excise tax bill", due=MONDAY, priority=("high", "urgent")),
    ),
    case(
        "throw on my list grab a box of joe from Dunks for the office tomorrow 8am",
        fresh(
            "Grab a box of joe from Dunks for the office",
            "Grab a box of joe from Dunks",
            due=spoken(FRIDAY, "08:00"),
        ),
    ),
    case(
        "happy thanksgiving!! can you add 'call Auntie Maureen' for tonight",
        fresh("Call Auntie Maureen"),
        when(TODAY, fields=("due", "reminder")),
    ),
    case(
        "note to self - renew the ezpass, no rush",
        fresh("Renew the ezpass", priority=("none", "low")),
    ),
    # A removals firm owner.
    case(
        "New job: survey at 14 Crescent Road Monday 10am, note: 3 bed semi with a piano",
        fresh("Survey at 14 Crescent Road", due=spoken(MONDAY, "10:00")),
        described("piano"),
    ),
    case(
        "Add to the list - order 50 more wardrobe boxes from the supplier, high prio",
        fresh("Order 50 more wardrobe boxes from the supplier", priority="high"),
    ),
    case(
        "Can you put down for me get the 7.5 tonner MOT booked before the 10th",
        fresh("Get the 7.5 tonner MOT booked", due=(WEDNESDAY_9_DEC, THURSDAY_10_DEC)),
    ),
    case(
        "Remind me to ring the Hendersons' solicitor re completion date tomorrow afternoon",
        fresh("Ring the Hendersons' solicitor re completion date"),
        when(FRIDAY, fields=("due", "reminder")),
    ),
    case(
        "Jot down: collect crates back from the Miller job, Friday",
        fresh("Collect crates back from the Miller job", due=FRIDAY),
    ),
    # A florist before Christmas.
    case(
        "Ooh can you add order 200 red roses from the Dutch wholesaler by Monday xx",
        fresh("Order 200 red roses from the Dutch wholesaler", due=MONDAY),
    ),
    case(
        "Please add: Patterson funeral tribute for Wednesday 9am, note lilies and white chrysanths",
        fresh("Patterson funeral tribute", due=spoken(WEDNESDAY_NEXT, "09:00")),
        described("lilies"),
    ),
    case(
        "stick condition the eucalyptus on my list for tomorrow morning",
        fresh("Condition the eucalyptus"),
        when(FRIDAY),
    ),
    case(
        "I must remember to invoice the hotel for the lobby arrangements, tag it accounts",
        fresh("Invoice the hotel for the lobby arrangements"),
        tagged("accounts"),
    ),
    # A driving instructor.
    case(
        "Add: Jess mock test Tue 1.30pm",
        fresh("Jess mock test", due=spoken(TUESDAY_NEXT, "13:30")),
    ),
    case(
        "can you put in get the car valeted before lessons on Saturday",
        fresh("Get the car valeted", "Get the car valeted before lessons", due=SATURDAY),
    ),
    case(
        "Need to email Tom's mum about his test date, pretty urgent",
        fresh("Email Tom's mum about his test date", priority=("high", "urgent")),
    ),
    case(
        "Put down renew my ADI badge by 15 Dec, tag it admin",
        fresh("Renew my ADI badge", due=TUESDAY_15_DEC),
        tagged("admin"),
    ),
    # A brewer.
    case(
        "todo: dry hop fv3 sat am",
        fresh("Dry hop fv3", "Dry hop FV3"),
        when(SATURDAY),
    ),
    case(
        "add order 10 sacks of maris otter, p1",
        fresh(
            "Order 10 sacks of maris otter",
            "Order 10 sacks of Maris Otter",
            priority=("high", "urgent"),
        ),
    ),
    case(
        "new task - HMRC duty return by the 15th",
        fresh("HMRC duty return", due=TUESDAY_15_DEC),
    ),
    case(
        "remind me to pitch the yeast on the lager tonight at 9",
        fresh("Pitch the yeast on the lager"),
        when(TODAY, fields=("due", "reminder"), hours=[21]),
    ),
    # A librarian.
    case(
        "Could you please add a task to order large-print copies for the book club, due next "
        "Friday?",
        fresh("Order large-print copies for the book club", due=(FRIDAY, FRIDAY_NEXT)),
    ),
    case(
        "Would you kindly note that I ought to chase the interlibrary loan for Mrs Adebayo on "
        "Monday.",
        fresh("Chase the interlibrary loan for Mrs Adebayo", due=MONDAY),
    ),
    case(
        "I should like a task for putting up the Christmas display, please — tag it displays, "
        "and it's rather important.",
        fresh(
            "Put up the Christmas display",
            "Putting up the Christmas display",
            priority=("medium", "high"),
        ),
        tagged("displays"),
    ),
    case(
        "Please add: story time props for Saturday at 10:30. Note: the Gruffalo puppets are in "
        "the store cupboard.",
        fresh("Story time props", due=spoken(SATURDAY, "10:30")),
        described("Gruffalo"),
    ),
    case(
        "Might you add 'renew the mobile library permit' to my list?",
        fresh("Renew the mobile library permit"),
    ),
    # A Greek speaker's English.
    case(
        "Please put me a task: send money to my yiayia until Friday",
        fresh("Send money to my yiayia", due=FRIDAY),
    ),
    case(
        "Add me task to buy present for the name day of Nikos, for 5 of December",
        fresh("Buy present for the name day of Nikos", due=SATURDAY_NEXT),
    ),
    case(
        "Write that I have to book the flight for Thessaloniki, is very important",
        fresh("Book the flight for Thessaloniki", priority=("high", "urgent")),
    ),
    case(
        "Kalimera! Put please 'call the landlord for the heating' for Monday",
        fresh("Call the landlord for the heating", due=MONDAY),
    ),
    # A cricket club's groundsman.
    case(
        "add get mower blades ground before spring, low prio",
        fresh("Get mower blades ground", "Get mower blades ground before spring", priority="low"),
    ),
    case(
        "put on list: order 2 tonne of loam for the square, monday",
        fresh("Order 2 tonne of loam for the square", due=MONDAY),
    ),
    case(
        "new job for the list - fix the rip in the covers by tuesday, tag it kit",
        fresh("Fix the rip in the covers", due=TUESDAY_NEXT),
        tagged("kit"),
    ),
    case(
        "jot down ring the committee about the roller budget, note: quote was £1,850",
        fresh("Ring the committee about the roller budget"),
        described("1,850"),
    ),
)

# 2. Repeats said in words, on a new task or an existing one; a repeat changed or stopped.
REPEATS = (
    # Scouse.
    case(
        "stick on me list put the bins out every tuesday night la",
        repeats(
            "FREQ=WEEKLY",
            called=("Put the bins out",),
            either=(on("BYDAY=TU", "Tuesday"),),
        ),
    ),
    case(
        "me ma's prescription needs doin every 4 weeks, can u set that up",
        repeats("FREQ=WEEKLY;INTERVAL=4", "FREQ=DAILY;INTERVAL=28", task=0),
        untouched_except(0),
        seeds=(s(SCOUSE[1], due="2026-11-30"), s(SCOUSE[2], due="2026-11-27")),
    ),
    case(
        "can u make the leccy bill repeat every month on the 1st",
        repeats("FREQ=MONTHLY", task=1, either=(on("BYMONTHDAY=1", TUESDAY_NEXT),)),
        untouched_except(1),
        seeds=(SCOUSE[0], s(SCOUSE[2], due="2026-11-27")),
    ),
    case(
        "stop the five-a-side one repeatin, me knee's knackered",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Play five-a-side", recurrence="FREQ=WEEKLY;BYDAY=WE", due="2026-12-02"),
            SCOUSE[0],
        ),
    ),
    # Geordie.
    case(
        "put in 'take the bairn to swimming' every saturday at 9am pet",
        repeats(
            "FREQ=WEEKLY",
            called=("Take the bairn to swimming",),
            either=(on("BYDAY=SA", "Saturday"), at(9)),
        ),
    ),
    case(
        "make the boiler service a yearly thing",
        repeats("FREQ=YEARLY", task=0),
        untouched_except(0),
        seeds=(s("Get the boiler serviced", due="2026-12-03"), GEORDIE[0]),
    ),
    case(
        "change the Pop card top-up to every other week instead",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        untouched_except(0),
        seeds=(
            s("Top up me Pop card", recurrence="FREQ=WEEKLY;BYDAY=MO", due="2026-11-30"),
            GEORDIE[2],
        ),
    ),
    case(
        "the bins one divvent need to repeat nae more, council's changed the days",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Put the bins oot", recurrence="FREQ=WEEKLY;BYDAY=TU", due="2026-12-01"),
            GEORDIE[1],
        ),
    ),
    # Boston.
    case(
        "add take the barrels to the curb every Thursday night",
        repeats(
            "FREQ=WEEKLY",
            called=("Take the barrels to the curb",),
            either=(on("BYDAY=TH", "Thursday"),),
        ),
    ),
    case(
        "set the plow guy payment to monthly",
        repeats("FREQ=MONTHLY", task=0),
        untouched_except(0),
        seeds=(s("Pay the plow guy", due="2026-12-01"), BOSTON[1]),
    ),
    case(
        "put in water the christmas cactus every 10 days",
        repeats(
            "FREQ=DAILY;INTERVAL=10",
            called=("Water the christmas cactus", "Water the Christmas cactus"),
        ),
    ),
    case(
        "the gym one doesn't need to repeat anymore, I quit lol",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Go to the gym", recurrence="FREQ=WEEKLY;BYDAY=MO,WE,FR", due="2026-11-27"),
            BOSTON[0],
        ),
    ),
    # A removals firm owner.
    case(
        "Add a recurring job: check the van tyres every Monday at 7am",
        repeats(
            "FREQ=WEEKLY",
            called=("Check the van tyres",),
            either=(on("BYDAY=MO", "Monday"), at(7)),
        ),
    ),
    case(
        "Make the timesheets fortnightly on Fridays",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0, either=(on("BYDAY=FR", "Friday"),)),
        untouched_except(0),
        seeds=(s("Do the lads' timesheets", due="2026-11-30"), REMOVALS[1]),
    ),
    case(
        "Set the GIT insurance review to every 3 months",
        repeats("FREQ=MONTHLY;INTERVAL=3", task=0),
        untouched_except(0),
        seeds=(s("Review the GIT insurance", due="2026-12-10"), REMOVALS[0]),
    ),
    case(
        "Luton service isn't weekly, make it every 6 weeks",
        repeats("FREQ=WEEKLY;INTERVAL=6", "FREQ=DAILY;INTERVAL=42", task=0),
        untouched_except(0),
        seeds=(
            s(REMOVALS[2], recurrence="FREQ=WEEKLY", due="2026-12-04"),
            REMOVALS[1],
        ),
    ),
    # A florist before Christmas.
    case(
        "Can you add change the water in the buckets, every morning at 8",
        repeats("FREQ=DAILY", called=("Change the water in the buckets",), either=(at(8),)),
    ),
    case(
        "The wholesaler order goes in every Tuesday and Friday now please",
        repeats("FREQ=WEEKLY;BYDAY=TU,FR", task=0),
        untouched_except(0),
        seeds=(
            s("Place the wholesaler order", recurrence="FREQ=WEEKLY;BYDAY=TU", due="2026-12-01"),
            FLORIST[1],
        ),
    ),
    case(
        "Please make the window display change repeat on the first Monday of each month",
        repeats("FREQ=MONTHLY;BYDAY=1MO", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1", task=0),
        untouched_except(0),
        seeds=(s("Change the window display", due="2026-12-07"), FLORIST[2]),
    ),
    case(
        "No need for the wreath workshop to repeat after this one x",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Run the wreath workshop", recurrence="FREQ=WEEKLY;BYDAY=SA", due="2026-11-28"),
            FLORIST[0],
        ),
    ),
    # A driving instructor.
    case(
        "Add check the car's oil and tyres every Sunday evening",
        repeats(
            "FREQ=WEEKLY",
            called=("Check the car's oil and tyres",),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "Can you set update pupil progress notes to every weekday at 6pm",
        repeats(*WEEKDAY_RULES, task=0, either=(at(18),)),
        untouched_except(0),
        seeds=(s("Update pupil progress notes", due="2026-11-27"), INSTRUCTOR[0]),
    ),
    case(
        "make the standards check prep every 2 weeks",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        untouched_except(0),
        seeds=(s("Standards check prep", due="2026-12-02"), INSTRUCTOR[2]),
    ),
    case(
        "stop Sam's block booking repeating, he's moved to an automatic",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Sam's block booking", recurrence="FREQ=WEEKLY;BYDAY=TU", due="2026-12-01"),
            INSTRUCTOR[1],
        ),
    ),
    # A brewer.
    case(
        "new recurring: CIP the brewhouse daily 7am",
        repeats("FREQ=DAILY", called=("CIP the brewhouse",), either=(at(7),)),
    ),
    case(
        "duty return -> monthly on the 15th",
        repeats("FREQ=MONTHLY", task=0, either=(on("BYMONTHDAY=15", TUESDAY_15_DEC),)),
        untouched_except(0),
        seeds=(s("HMRC duty return", due="2026-11-30"), BREWER[0]),
    ),
    case(
        "kegs clean -> every mon + thu",
        repeats("FREQ=WEEKLY;BYDAY=MO,TH", task=0),
        untouched_except(0),
        seeds=(
            s(BREWER[2], recurrence="FREQ=WEEKLY;BYDAY=MO", due="2026-11-30"),
            BREWER[1],
        ),
    ),
    case(
        "no more repeat on the hop contract one",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s(BREWER[1], recurrence="FREQ=YEARLY", due="2026-12-01"), BREWER[0]),
    ),
    # A librarian.
    case(
        "Please add a recurring task to send the overdue notices every Monday morning.",
        repeats(
            "FREQ=WEEKLY",
            called=("Send the overdue notices",),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "Could the book club task repeat on the last Thursday of every month, please?",
        repeats("FREQ=MONTHLY;BYDAY=-1TH", "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1", task=0),
        untouched_except(0),
        seeds=(s("Prepare for book club", due="2026-12-10"), LIBRARY[1]),
    ),
    case(
        "I'd like the returns trolley check to happen every weekday at 4pm.",
        repeats(*WEEKDAY_RULES, task=0, either=(at(16),)),
        untouched_except(0),
        seeds=(s("Check the returns trolley", due="2026-11-27"), LIBRARY[0]),
    ),
    case(
        "The Saturday rota task needn't repeat any longer; we've a new system.",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Do the Saturday rota", recurrence="FREQ=WEEKLY;BYDAY=SA", due="2026-11-28"),
            LIBRARY[2],
        ),
    ),
    # A Greek speaker's English.
    case(
        "Every Sunday I call my mother, put it please like repeating task",
        repeats(
            "FREQ=WEEKLY",
            called=("Call my mother",),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "The money for yiayia, make it every month please",
        repeats("FREQ=MONTHLY", task=0),
        untouched_except(0),
        seeds=(s(GREEK[0], due="2026-11-27"), GREEK[1]),
    ),
    case(
        "Make the Greek lesson every Tuesday and Thursday, not only Tuesday",
        repeats("FREQ=WEEKLY;BYDAY=TU,TH", task=0),
        untouched_except(0),
        seeds=(
            s("Greek lesson with Maria", recurrence="FREQ=WEEKLY;BYDAY=TU", due="2026-12-01"),
            GREEK[2],
        ),
    ),
    case(
        "For the candle in the church, stop to repeat it please",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Light a candle at church", recurrence="FREQ=WEEKLY;BYDAY=SU", due="2026-11-29"),
            GREEK[0],
        ),
    ),
    # A cricket club's groundsman.
    case(
        "new recurring: brush the square every other day",
        repeats("FREQ=DAILY;INTERVAL=2", called=("Brush the square",)),
    ),
    case(
        "roller service - make it every 6 months",
        repeats("FREQ=MONTHLY;INTERVAL=6", task=0),
        untouched_except(0),
        seeds=(s(GROUNDS[2], due="2026-12-08"), GROUNDS[1]),
    ),
    case(
        "make the sight screens one first sat of every month",
        repeats("FREQ=MONTHLY;BYDAY=1SA", "FREQ=MONTHLY;BYDAY=SA;BYSETPOS=1", task=0),
        untouched_except(0),
        seeds=(s("Check the sight screens", due="2026-12-05"), GROUNDS[0]),
    ),
    case(
        "the outfield mowing doesn't need to repeat till march, turn it off",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Mow the outfield", recurrence="FREQ=WEEKLY;BYDAY=FR", due="2026-11-27"),
            GROUNDS[1],
        ),
    ),
)

# 3. Statements of fact that mean "done"; negatives, plans and questions change nothing.
FACTS = (
    # Scouse.
    case("got me ma's prescription this mornin, sound", *done(1), seeds=SCOUSE),
    case("leccy bill's paid la", *done(2), seeds=SCOUSE),
    case("haven't rang our kid yet, will do tonight", UNCHANGED, seeds=SCOUSE),
    # Geordie.
    case("the club's booked for wor lass's 40th, champion", *done(1), seeds=GEORDIE),
    case("got the bairn's school shoes, cost a fortune like", *done(2), seeds=GEORDIE),
    case("not renewed me pop card yet, will dae it the morra", UNCHANGED, seeds=GEORDIE),
    # Boston.
    case("finally renewed my license at the Registry, wicked long line", *done(2), seeds=BOSTON),
    case("plow guy's all set for the winter", *done(0), seeds=BOSTON),
    case("did I already get the Sox tickets for Dad?", UNCHANGED, seeds=BOSTON),
    # A removals firm owner.
    case("Luton's back from the garage, serviced and ready", *done(2), seeds=REMOVALS),
    case("Wardrobe boxes ordered, 50 arriving Tuesday", *done(1), seeds=REMOVALS),
    case("Going to do the Hendersons' survey after lunch", UNCHANGED, seeds=REMOVALS),
    # A florist before Christmas.
    case("Patterson tribute's made and gone out with the driver xx", *done(1), seeds=FLORIST),
    case("wreath bases are all prepped, 40 of them!", *done(2), seeds=FLORIST),
    case(
        "Eucalyptus isn't ordered yet, the wholesaler's phone was engaged",
        UNCHANGED,
        seeds=FLORIST,
    ),
    # A driving instructor.
    case("Jess's mock test is booked for the 3rd", *done(0), seeds=INSTRUCTOR),
    case("Had the dual controls checked at the garage today", *done(1), seeds=INSTRUCTOR),
    case("Still need to renew the ADI badge", UNCHANGED, seeds=INSTRUCTOR),
    # A brewer.
    case("fv2 dry hopped ✅", *done(0), seeds=BREWER),
    case("kegs cleaned", *done(2), seeds=BREWER),
    case("hop contract not signed off yet", UNCHANGED, seeds=BREWER),
    # A librarian.
    case("I've sent the overdue notices this morning.", *done(0), seeds=LIBRARY),
    case("The Christmas display is up and looks rather splendid.", *done(1), seeds=LIBRARY),
    case("Have I ordered the book club copies yet?", UNCHANGED, seeds=LIBRARY),
    # A Greek speaker's English.
    case("I sent already the money to yiayia", *done(0), seeds=GREEK),
    case("The flight for Thessaloniki I booked it yesterday", *done(1), seeds=GREEK),
    case("The present for Nikos I didn't buy yet", UNCHANGED, seeds=GREEK),
    # A cricket club's groundsman.
    case("blades are back from being ground", *done(0), seeds=GROUNDS),
    case("roller serviced, running sweet", *done(2), seeds=GROUNDS),
    case("loam's not ordered, waiting on the committee", UNCHANGED, seeds=GROUNDS),
)

# 4. Relative and absolute edits: priority, due date, rename, notes and tags.
EDITS = (
    # Scouse.
    case(
        "bump the leccy bill up, they've sent a red letter",
        raised(2),
        untouched_except(2),
        seeds=(SCOUSE[0], SCOUSE[1], s(SCOUSE[2], priority="medium")),
    ),
    case(
        "push our kid's call back to sat",
        when(SATURDAY, task=0),
        untouched_except(0),
        seeds=(s(SCOUSE[0], due="2026-11-27"), s(SCOUSE[1], due="2026-11-27")),
    ),
    case(
        "change the prescription one to 'get me ma's prescription and her inhaler'",
        state(1, title="Get me ma's prescription and her inhaler"),
        untouched_except(1),
        seeds=SCOUSE,
    ),
    case(
        "take the date off the leccy bill, it's on direct debit now",
        one_of(1, due=CLEARED),
        untouched_except(1),
        seeds=(s(SCOUSE[0], due="2026-11-28"), s(SCOUSE[2], due="2026-11-30")),
    ),
    # Geordie.
    case(
        "the school shoes can wait, knock it doon a bit",
        lowered(2),
        untouched_except(2),
        seeds=(GEORDIE[0], GEORDIE[1], s(GEORDIE[2], priority="high")),
    ),
    case(
        "move the pop card one to next monday pet",
        when((MONDAY, MONDAY_7_DEC), task=0),
        untouched_except(0),
        seeds=(s(GEORDIE[0], due="2026-11-27"), s(GEORDIE[1], due="2026-11-30")),
    ),
    case(
        "add a note to the club booking: ask for the back room",
        described("back room", task=1),
        untouched_except(1),
        seeds=GEORDIE,
    ),
    case(
        "tag the school shoes one with bairn",
        tagged("bairn", task=2),
        untouched_except(2),
        seeds=GEORDIE,
    ),
    # Boston.
    case(
        "make the plow guy thing urgent, storm's coming",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=BOSTON,
    ),
    case(
        "push the Registry thing back a week",
        when(MONDAY_7_DEC, task=1),
        untouched_except(1),
        seeds=(s(BOSTON[0], due="2026-11-30"), s(BOSTON[2], due="2026-11-30")),
    ),
    case(
        "rename the Sox tickets one to 'Get Sox tickets for Dad's birthday'",
        state(1, title="Get Sox tickets for Dad's birthday"),
        untouched_except(1),
        seeds=BOSTON,
    ),
    case(
        "move the plow guy to tomorrow at 3",
        when(FRIDAY, task=0, hours=[15]),
        untouched_except(0),
        seeds=(s(BOSTON[0], due="2026-11-30"), s(BOSTON[1], due="2026-11-27")),
    ),
    # A removals firm owner.
    case(
        "Hendersons' survey moved to 2pm, same day",
        state(0, due=spoken(MONDAY, "14:00")),
        untouched_except(0),
        seeds=(s(REMOVALS[0], due=berlin("2026-11-30", "10:00")), s(REMOVALS[2], due="2026-11-30")),
    ),
    case(
        "Wardrobe boxes are top priority now",
        one_of(1, priority=("high", "urgent")),
        untouched_except(1),
        seeds=REMOVALS,
    ),
    case(
        "Bring the Luton service forward a day",
        state(1, due=THURSDAY_NEXT),
        untouched_except(1),
        seeds=(s(REMOVALS[0], due="2026-12-04"), s(REMOVALS[2], due="2026-12-04")),
    ),
    case(
        "Tag the Luton one 'fleet' and take 'admin' off it",
        tagged("fleet", task=1, without=("admin",)),
        untouched_except(1),
        seeds=(s(REMOVALS[0], tags=["admin"]), s(REMOVALS[2], tags=["admin"])),
    ),
    # A florist before Christmas.
    case(
        "Can you push the eucalyptus order to Monday please",
        state(0, due=MONDAY),
        untouched_except(0),
        seeds=(s(FLORIST[0], due="2026-11-27"), s(FLORIST[2], due="2026-11-27")),
    ),
    case(
        "Bump the Patterson tribute to urgent x",
        state(1, priority="urgent"),
        untouched_except(1),
        seeds=FLORIST,
    ),
    case(
        "Put a note on the wreath bases: use the 12 inch rings",
        described("12 inch", task=2),
        untouched_except(2),
        seeds=FLORIST,
    ),
    case(
        "Eucalyptus one doesn't need a date anymore",
        one_of(0, due=CLEARED),
        untouched_except(0),
        seeds=(s(FLORIST[0], due="2026-11-28"), s(FLORIST[1], due="2026-11-28")),
    ),
    # A driving instructor.
    case(
        "Push Jess's mock test back 2 days",
        state(0, due=spoken(THURSDAY_NEXT, "13:30")),
        untouched_except(0),
        seeds=(
            s(INSTRUCTOR[0], due=berlin("2026-12-01", "13:30")),
            s(INSTRUCTOR[1], due="2026-12-01"),
        ),
    ),
    case(
        "Lower the priority on the dual controls check",
        lowered(1),
        untouched_except(1),
        seeds=(INSTRUCTOR[0], s(INSTRUCTOR[1], priority="high"), INSTRUCTOR[2]),
    ),
    case(
        "Change 'Renew my ADI badge' to 'Renew ADI badge and DBS'",
        state(2, title="Renew ADI badge and DBS"),
        untouched_except(2),
        seeds=INSTRUCTOR,
    ),
    case(
        "move the dual controls one to friday at 9am",
        when((FRIDAY, FRIDAY_NEXT), task=0, hours=[9]),
        untouched_except(0),
        seeds=(s(INSTRUCTOR[1], due="2026-11-30"), s(INSTRUCTOR[2], due="2026-11-30")),
    ),
    # A brewer.
    case(
        "fv2 dry hop -> p1",
        one_of(0, priority=("high", "urgent")),
        untouched_except(0),
        seeds=BREWER,
    ),
    case(
        "hop contract +3 days",
        state(1, due=MONDAY),
        untouched_except(1),
        seeds=(s(BREWER[0], due="2026-11-27"), s(BREWER[1], due="2026-11-27")),
    ),
    case(
        "tag kegs w/ cellar",
        tagged("cellar", task=2),
        untouched_except(2),
        seeds=BREWER,
    ),
    case(
        "drop prio on kegs",
        lowered(2),
        untouched_except(2),
        seeds=(BREWER[0], BREWER[1], s(BREWER[2], priority="high")),
    ),
    # A librarian.
    case(
        "Could you move the overdue notices to Wednesday, please?",
        state(0, due=WEDNESDAY_NEXT),
        untouched_except(0),
        seeds=(s(LIBRARY[0], due="2026-11-27"), s(LIBRARY[1], due="2026-11-27")),
    ),
    case(
        "Please raise the priority of the Christmas display.",
        raised(1),
        untouched_except(1),
        seeds=(LIBRARY[0], s(LIBRARY[1], priority="medium"), LIBRARY[2]),
    ),
    case(
        "Would you add a note to the book club copies: twelve copies, large print.",
        described("twelve", task=2),
        untouched_except(2),
        seeds=LIBRARY,
    ),
    case(
        "Please remove the due date from the Christmas display task.",
        one_of(1, due=CLEARED),
        untouched_except(1),
        seeds=(s(LIBRARY[0], due="2026-12-01"), s(LIBRARY[1], due="2026-12-01")),
    ),
    # A Greek speaker's English.
    case(
        "The flight for Thessaloniki, make it more important",
        raised(1),
        untouched_except(1),
        seeds=(GREEK[0], s(GREEK[1], priority="medium"), GREEK[2]),
    ),
    case(
        "The money for yiayia, put it after two days",
        one_of(0, due=(SATURDAY, SUNDAY)),
        untouched_except(0),
        seeds=(s(GREEK[0], due="2026-11-27"), s(GREEK[2], due="2026-11-27")),
    ),
    case(
        "Change the name of the present task to 'Buy present and card for Nikos'",
        state(2, title="Buy present and card for Nikos"),
        untouched_except(2),
        seeds=GREEK,
    ),
    case(
        "The present for Nikos, make it for the 4th of December",
        state(1, due=FRIDAY_NEXT),
        untouched_except(1),
        seeds=(s(GREEK[0], due="2026-12-05"), s(GREEK[2], due="2026-12-05")),
    ),
    # A cricket club's groundsman.
    case(
        "loam order up to high",
        state(1, priority="high"),
        untouched_except(1),
        seeds=GROUNDS,
    ),
    case(
        "push mower blades to next week",
        when(NEXT_WEEK, task=0),
        untouched_except(0),
        seeds=(s(GROUNDS[0], due="2026-11-27"), s(GROUNDS[2], due="2026-11-27")),
    ),
    case(
        "rename roller one to 'Service the roller and check the drum'",
        state(2, title="Service the roller and check the drum"),
        untouched_except(2),
        seeds=GROUNDS,
    ),
    case(
        "no date on the loam, committee hasn't decided",
        one_of(0, due=CLEARED),
        untouched_except(0),
        seeds=(s(GROUNDS[1], due="2026-12-01"), s(GROUNDS[2], due="2026-12-01")),
    ),
)

# 5. Reminders set, moved or cleared on an existing task; the due date stays and nothing is added.
REMINDERS = (
    # Scouse.
    case(
        "remind us bout the leccy bill tomorrow at 9",
        state(1, reminder=spoken(FRIDAY, "09:00"), due=MONDAY),
        untouched_except(1),
        seeds=(s(SCOUSE[0], due="2026-11-30"), s(SCOUSE[2], due="2026-11-30")),
    ),
    case(
        "give us a shout the night before me call with our kid",
        reminded(FRIDAY, task=0, hours=EVENING),
        state(0, due=spoken(SATURDAY, "18:00")),
        untouched_except(0),
        seeds=(s(SCOUSE[0], due=berlin("2026-11-28", "18:00")), s(SCOUSE[1], due="2026-11-28")),
    ),
    case(
        "don't need the reminder on me ma's prescription no more",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY, status="pending"),
        untouched_except(0),
        seeds=(
            s(SCOUSE[1], due="2026-11-28", reminder=berlin("2026-11-27", "09:00")),
            s(SCOUSE[2], reminder=berlin("2026-11-27", "09:00")),
        ),
    ),
    # Geordie.
    case(
        "gis a nudge aboot the Pop card an hour before",
        state(0, reminder=spoken(FRIDAY, "11:00"), due=spoken(FRIDAY, "12:00")),
        untouched_except(0),
        seeds=(
            s(GEORDIE[0], due=berlin("2026-11-27", "12:00")),
            s(GEORDIE[1], due=berlin("2026-11-27", "12:00")),
        ),
    ),
    case(
        "remind us aboot the club booking on monday mornin",
        reminded(MONDAY, task=0, hours=MORNING),
        state(0, due=TUESDAY_NEXT),
        untouched_except(0),
        seeds=(s(GEORDIE[1], due="2026-12-01"), s(GEORDIE[2], due="2026-12-01")),
    ),
    case(
        "move the school shoes reminder to saturday at 10",
        state(0, reminder=spoken(SATURDAY, "10:00"), due=SATURDAY),
        untouched_except(0),
        seeds=(
            s(GEORDIE[2], due="2026-11-28", reminder=berlin("2026-11-27", "10:00")),
            s(GEORDIE[0], reminder=berlin("2026-11-27", "10:00")),
        ),
    ),
    # Boston.
    case(
        "Remind me about the plow guy tomorrow at 8am",
        state(0, reminder=spoken(FRIDAY, "08:00"), due=MONDAY),
        untouched_except(0),
        seeds=(s(BOSTON[0], due="2026-11-30"), s(BOSTON[1], due="2026-11-30")),
    ),
    case(
        "ping me 30 min before the Registry appt",
        state(0, reminder=spoken(TUESDAY_NEXT, "09:30"), due=spoken(TUESDAY_NEXT, "10:00")),
        untouched_except(0),
        seeds=(
            s(BOSTON[2], due=berlin("2026-12-01", "10:00")),
            s(BOSTON[0], due=berlin("2026-12-01", "10:00")),
        ),
    ),
    case(
        "get rid of the reminder on the Sox tickets",
        one_of(0, reminder=CLEARED),
        state(0, due=THURSDAY_NEXT, status="pending"),
        untouched_except(0),
        seeds=(
            s(BOSTON[1], due="2026-12-03", reminder=berlin("2026-12-02", "18:00")),
            s(BOSTON[0], reminder=berlin("2026-12-02", "18:00")),
        ),
    ),
    # A removals firm owner.
    case(
        "Set a reminder for the Hendersons' survey the day before at 5pm",
        state(0, reminder=spoken(SUNDAY, "17:00"), due=spoken(MONDAY, "10:00")),
        untouched_except(0),
        seeds=(s(REMOVALS[0], due=berlin("2026-11-30", "10:00")), s(REMOVALS[1], due="2026-11-30")),
    ),
    case(
        "Remind me about the wardrobe boxes Monday at 8am",
        state(0, reminder=spoken(MONDAY, "08:00"), due=TUESDAY_NEXT),
        untouched_except(0),
        seeds=(s(REMOVALS[1], due="2026-12-01"), s(REMOVALS[2], due="2026-12-01")),
    ),
    case(
        "Change the Luton reminder to 7am instead",
        state(0, reminder=spoken(FRIDAY, "07:00"), due=FRIDAY),
        untouched_except(0),
        seeds=(
            s(REMOVALS[2], due="2026-11-27", reminder=berlin("2026-11-27", "09:00")),
            s(REMOVALS[0], reminder=berlin("2026-11-27", "09:00")),
        ),
    ),
    # A florist before Christmas.
    case(
        "Can you remind me about the eucalyptus order at 7am tomorrow x",
        state(0, reminder=spoken(FRIDAY, "07:00"), due=SATURDAY),
        untouched_except(0),
        seeds=(s(FLORIST[0], due="2026-11-28"), s(FLORIST[2], due="2026-11-28")),
    ),
    case(
        "Reminder for the Patterson tribute two hours before please",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "07:00"), due=spoken(WEDNESDAY_NEXT, "09:00")),
        untouched_except(0),
        seeds=(
            s(FLORIST[1], due=berlin("2026-12-02", "09:00")),
            s(FLORIST[0], due=berlin("2026-12-02", "09:00")),
        ),
    ),
    case(
        "Take the reminder off the wreath bases",
        one_of(0, reminder=CLEARED),
        state(0, due=SUNDAY, status="pending"),
        untouched_except(0),
        seeds=(
            s(FLORIST[2], due="2026-11-29", reminder=berlin("2026-11-28", "08:00")),
            s(FLORIST[1], reminder=berlin("2026-11-28", "08:00")),
        ),
    ),
    # A driving instructor.
    case(
        "Remind me about Jess's mock test the evening before",
        reminded(MONDAY, task=0, hours=EVENING),
        state(0, due=spoken(TUESDAY_NEXT, "13:30")),
        untouched_except(0),
        seeds=(
            s(INSTRUCTOR[0], due=berlin("2026-12-01", "13:30")),
            s(INSTRUCTOR[1], due=berlin("2026-12-01", "13:30")),
        ),
    ),
    case(
        "Set a reminder on the dual controls check for Monday at noon",
        state(0, reminder=spoken(MONDAY, "12:00"), due=WEDNESDAY_NEXT),
        untouched_except(0),
        seeds=(s(INSTRUCTOR[1], due="2026-12-02"), s(INSTRUCTOR[2], due="2026-12-02")),
    ),
    case(
        "Move the ADI badge reminder to Friday week, same time",
        state(0, reminder=spoken(FRIDAY_NEXT, "09:00"), due=TUESDAY_15_DEC),
        untouched_except(0),
        seeds=(
            s(INSTRUCTOR[2], due="2026-12-15", reminder=berlin("2026-11-27", "09:00")),
            s(INSTRUCTOR[0], reminder=berlin("2026-11-27", "09:00")),
        ),
    ),
    # A brewer.
    case(
        "remind me 15 min before dry hop",
        state(0, reminder=spoken(SATURDAY, "07:45"), due=spoken(SATURDAY, "08:00")),
        untouched_except(0),
        seeds=(
            s(BREWER[0], due=berlin("2026-11-28", "08:00")),
            s(BREWER[2], due=berlin("2026-11-28", "08:00")),
        ),
    ),
    case(
        "reminder on hop contract: mon 9am",
        state(0, reminder=spoken(MONDAY, "09:00"), due=TUESDAY_NEXT),
        untouched_except(0),
        seeds=(s(BREWER[1], due="2026-12-01"), s(BREWER[0], due="2026-12-01")),
    ),
    case(
        "clear reminder on kegs",
        one_of(0, reminder=CLEARED),
        state(0, due=FRIDAY, status="pending"),
        untouched_except(0),
        seeds=(
            s(BREWER[2], due="2026-11-27", reminder=berlin("2026-11-27", "07:00")),
            s(BREWER[0], reminder=berlin("2026-11-27", "07:00")),
        ),
    ),
    # A librarian.
    case(
        "Please remind me about the overdue notices on Monday at half past nine.",
        state(0, reminder=spoken(MONDAY, "09:30"), due=TUESDAY_NEXT),
        untouched_except(0),
        seeds=(s(LIBRARY[0], due="2026-12-01"), s(LIBRARY[1], due="2026-12-01")),
    ),
    case(
        "Could I have a reminder for the book club copies a week before they're due?",
        reminded(THURSDAY_NEXT, task=0),
        state(0, due=THURSDAY_10_DEC),
        untouched_except(0),
        seeds=(s(LIBRARY[2], due="2026-12-10"), s(LIBRARY[0], due="2026-12-10")),
    ),
    case(
        "The reminder on the Christmas display is no longer needed, thank you.",
        one_of(0, reminder=CLEARED),
        state(0, due=TUESDAY_NEXT, status="pending"),
        untouched_except(0),
        seeds=(
            s(LIBRARY[1], due="2026-12-01", reminder=berlin("2026-11-30", "09:00")),
            s(LIBRARY[2], reminder=berlin("2026-11-30", "09:00")),
        ),
    ),
    # A Greek speaker's English.
    case(
        "Remind me for the flight booking tomorrow in the evening",
        reminded(FRIDAY, task=0, hours=EVENING),
        state(0, due=MONDAY),
        untouched_except(0),
        seeds=(s(GREEK[1], due="2026-11-30"), s(GREEK[0], due="2026-11-30")),
    ),
    case(
        "For the money of yiayia, remind me one day before",
        reminded(SUNDAY, task=0),
        state(0, due=spoken(MONDAY, "12:00")),
        untouched_except(0),
        seeds=(
            s(GREEK[0], due=berlin("2026-11-30", "12:00")),
            s(GREEK[2], due=berlin("2026-11-30", "12:00")),
        ),
    ),
    case(
        "Remove please the reminder of the present for Nikos",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY_NEXT, status="pending"),
        untouched_except(0),
        seeds=(
            s(GREEK[2], due="2026-12-05", reminder=berlin("2026-12-04", "10:00")),
            s(GREEK[0], reminder=berlin("2026-12-04", "10:00")),
        ),
    ),
    # A cricket club's groundsman.
    case(
        "remind me bout the roller sat 8am",
        state(0, reminder=spoken(SATURDAY, "08:00"), due=MONDAY),
        untouched_except(0),
        seeds=(s(GROUNDS[2], due="2026-11-30"), s(GROUNDS[0], due="2026-11-30")),
    ),
    case(
        "nudge me on the blades the morning they're due",
        reminded(TUESDAY_NEXT, task=0, hours=MORNING),
        state(0, due=TUESDAY_NEXT),
        untouched_except(0),
        seeds=(s(GROUNDS[0], due="2026-12-01"), s(GROUNDS[1], due="2026-12-01")),
    ),
    case(
        "move loam reminder to 4pm",
        reminded((TODAY, FRIDAY), task=0, hours=[16]),
        state(0, due=FRIDAY),
        untouched_except(0),
        seeds=(
            s(GROUNDS[1], due="2026-11-27", reminder=berlin("2026-11-27", "09:00")),
            s(GROUNDS[2], reminder=berlin("2026-11-27", "09:00")),
        ),
    ),
)

# 6. Windows of days: the reply names what is in the window and leaves out what is not.
WINDOWS = (
    # Scouse.
    case(
        "what've I got on tmrw la",
        says("our kid"),
        lacks("prescription", "leccy"),
        UNCHANGED,
        seeds=(
            s(SCOUSE[0], due="2026-11-27"),
            s(SCOUSE[1], due="2026-11-30"),
            s(SCOUSE[2], due="2026-11-28"),
        ),
    ),
    case(
        "anythin on this weekend?",
        says("leccy", "our kid"),
        lacks("prescription"),
        UNCHANGED,
        seeds=(
            s(SCOUSE[2], due="2026-11-28"),
            s(SCOUSE[0], due="2026-11-29"),
            s(SCOUSE[1], due="2026-11-27"),
        ),
    ),
    case(
        "what's overdue la, be honest",
        says("leccy"),
        lacks("our kid", "prescription"),
        UNCHANGED,
        seeds=(
            s(SCOUSE[2], due="2026-11-20"),
            s(SCOUSE[0], "completed", due="2026-11-24"),
            s(SCOUSE[1], due="2026-11-30"),
        ),
    ),
    case(
        "what's on next week?",
        says("prescription"),
        lacks("our kid", "leccy"),
        UNCHANGED,
        seeds=(
            s(SCOUSE[1], due="2026-12-02"),
            s(SCOUSE[0], due="2026-12-10"),
            s(SCOUSE[2], "deleted", due="2026-12-01"),
        ),
    ),
    # Geordie.
    case(
        "what've ah got on the day, pet?",
        says("Pop card"),
        lacks("wor lass", "school shoes"),
        UNCHANGED,
        seeds=(
            s(GEORDIE[0], due="2026-11-26"),
            s(GEORDIE[1], due="2026-11-27"),
            s(GEORDIE[2], due="2026-11-30"),
        ),
    ),
    case(
        "owt due the morra?",
        says("school shoes"),
        lacks("Pop card", "wor lass"),
        UNCHANGED,
        seeds=(
            s(GEORDIE[2], due="2026-11-27"),
            s(GEORDIE[0], due="2026-11-28"),
            s(GEORDIE[1], due="2026-11-26"),
        ),
    ),
    case(
        "what we got on in december like",
        says("wor lass"),
        lacks("school shoes", "Pop card"),
        UNCHANGED,
        seeds=(
            s(GEORDIE[1], due="2026-12-12"),
            s(GEORDIE[2], due="2026-11-28"),
            s(GEORDIE[0], due="2027-01-12"),
        ),
    ),
    case(
        "what's overdue, pet?",
        says("school shoes"),
        lacks("Pop card", "wor lass"),
        UNCHANGED,
        seeds=(
            s(GEORDIE[2], due="2026-11-23"),
            s(GEORDIE[0], "completed", due="2026-11-25"),
            s(GEORDIE[1], due="2026-12-01"),
        ),
    ),
    # Boston.
    case(
        "What do I have going on Saturday?",
        says("plow"),
        lacks("Sox", "Registry"),
        UNCHANGED,
        seeds=(
            s(BOSTON[0], due="2026-11-28"),
            s(BOSTON[1], due="2026-11-27"),
            s(BOSTON[2], due="2026-11-30"),
        ),
    ),
    case(
        "anything due this week?",
        says("Sox", "plow"),
        lacks("Registry"),
        UNCHANGED,
        seeds=(
            s(BOSTON[1], due="2026-11-27"),
            s(BOSTON[0], due="2026-11-28"),
            s(BOSTON[2], due="2026-12-10"),
        ),
    ),
    case(
        "whats coming up between Monday and Wednesday",
        says("Registry"),
        lacks("Sox", "plow"),
        UNCHANGED,
        seeds=(
            s(BOSTON[2], due="2026-12-01"),
            s(BOSTON[1], due="2026-12-04"),
            s(BOSTON[0], due="2026-11-27"),
        ),
    ),
    # A removals firm owner.
    case(
        "What jobs have I got Monday?",
        says("Hendersons"),
        lacks("wardrobe", "Luton"),
        UNCHANGED,
        seeds=(
            s(REMOVALS[0], due=berlin("2026-11-30", "10:00")),
            s(REMOVALS[1], due="2026-12-01"),
            s(REMOVALS[2], due="2026-12-04"),
        ),
    ),
    case(
        "Anything booked in for the 3rd?",
        says("Luton"),
        lacks("Hendersons", "wardrobe"),
        UNCHANGED,
        seeds=(
            s(REMOVALS[2], due="2026-12-03"),
            s(REMOVALS[0], due="2026-12-04"),
            s(REMOVALS[1], due="2026-11-27"),
        ),
    ),
    case(
        "Show me what's overdue",
        says("wardrobe"),
        lacks("Luton", "Hendersons"),
        UNCHANGED,
        seeds=(
            s(REMOVALS[1], due="2026-11-24"),
            s(REMOVALS[2], "deleted", due="2026-11-20"),
            s(REMOVALS[0], due="2026-12-01"),
        ),
    ),
    case(
        "what's on the week after next",
        says("Hendersons"),
        lacks("Luton", "wardrobe"),
        UNCHANGED,
        seeds=(
            s(REMOVALS[0], due="2026-12-08"),
            s(REMOVALS[2], due="2026-12-02"),
            s(REMOVALS[1], due="2026-12-15"),
        ),
    ),
    # A florist before Christmas.
    case(
        "What have I got on today?",
        says("eucalyptus"),
        lacks("Patterson", "wreath"),
        UNCHANGED,
        seeds=(
            s(FLORIST[0], due=berlin("2026-11-26", "15:00")),
            s(FLORIST[1], due="2026-12-02"),
            s(FLORIST[2], due="2026-11-27"),
        ),
    ),
    case(
        "What's due before Christmas?",
        says("wreath"),
        lacks("Patterson", "eucalyptus"),
        UNCHANGED,
        seeds=(
            s(FLORIST[2], due="2026-12-19"),
            s(FLORIST[1], due="2027-01-12"),
            s(FLORIST[0], due="2026-12-28"),
        ),
    ),
    case(
        "Anything for tomorrow? x",
        says("Patterson"),
        lacks("wreath", "eucalyptus"),
        UNCHANGED,
        seeds=(
            s(FLORIST[1], due=berlin("2026-11-27", "09:00")),
            s(FLORIST[2], due="2026-11-28"),
            s(FLORIST[0], due="2026-11-26"),
        ),
    ),
    # A driving instructor.
    case(
        "What's on Tuesday?",
        says("Jess"),
        lacks("dual controls", "ADI badge"),
        UNCHANGED,
        seeds=(
            s(INSTRUCTOR[0], due=berlin("2026-12-01", "13:30")),
            s(INSTRUCTOR[1], due="2026-12-02"),
            s(INSTRUCTOR[2], due="2026-11-30"),
        ),
    ),
    case(
        "what's due in the next 3 days",
        says("dual controls", "ADI badge"),
        lacks("Jess"),
        UNCHANGED,
        seeds=(
            s(INSTRUCTOR[1], due="2026-11-27"),
            s(INSTRUCTOR[2], due="2026-11-28"),
            s(INSTRUCTOR[0], due="2026-12-03"),
        ),
    ),
    case(
        "Have I let anything slip? What's overdue?",
        says("ADI badge"),
        lacks("dual controls", "Jess"),
        UNCHANGED,
        seeds=(
            s(INSTRUCTOR[2], due="2026-11-20"),
            s(INSTRUCTOR[1], "completed", due="2026-11-25"),
            s(INSTRUCTOR[0], due="2026-12-01"),
        ),
    ),
    # A brewer.
    case(
        "whats on sat",
        says("FV2"),
        lacks("kegs", "contract"),
        UNCHANGED,
        seeds=(
            s(BREWER[0], due=berlin("2026-11-28", "08:00")),
            s(BREWER[2], due="2026-11-27"),
            s(BREWER[1], due="2026-11-30"),
        ),
    ),
    case(
        "overdue?",
        says("kegs"),
        lacks("FV2", "contract"),
        UNCHANGED,
        seeds=(
            s(BREWER[2], due="2026-11-25"),
            s(BREWER[0], "completed", due="2026-11-24"),
            s(BREWER[1], due="2026-12-01"),
        ),
    ),
    case(
        "anything dec 1-4?",
        says("contract"),
        lacks("FV2", "kegs"),
        UNCHANGED,
        seeds=(
            s(BREWER[1], due="2026-12-02"),
            s(BREWER[0], due="2026-12-07"),
            s(BREWER[2], due="2026-11-28"),
        ),
    ),
    # A librarian.
    case(
        "Could you tell me what's due next week?",
        says("Christmas display"),
        lacks("overdue notices", "book club"),
        UNCHANGED,
        seeds=(
            s(LIBRARY[1], due="2026-12-01"),
            s(LIBRARY[0], due="2026-12-10"),
            s(LIBRARY[2], "deleted", due="2026-12-03"),
        ),
    ),
    case(
        "What is there for Friday?",
        says("overdue notices"),
        lacks("display", "book club"),
        UNCHANGED,
        seeds=(
            s(LIBRARY[0], due="2026-11-27"),
            s(LIBRARY[1], due="2026-11-30"),
            s(LIBRARY[2], due="2026-11-28"),
        ),
    ),
    case(
        "Is there anything due this weekend?",
        says("book club", "display"),
        lacks("overdue notices"),
        UNCHANGED,
        seeds=(
            s(LIBRARY[2], due="2026-11-29"),
            s(LIBRARY[1], due="2026-11-28"),
            s(LIBRARY[0], due="2026-11-30"),
        ),
    ),
    case(
        "What have I got in January?",
        says("book club"),
        lacks("display", "notices"),
        UNCHANGED,
        seeds=(
            s(LIBRARY[2], due="2027-01-12"),
            s(LIBRARY[1], due="2026-12-19"),
            s(LIBRARY[0], due="2026-11-27"),
        ),
    ),
    # A Greek speaker's English.
    case(
        "What I have for tomorrow?",
        says("yiayia"),
        lacks("Thessaloniki", "Nikos"),
        UNCHANGED,
        seeds=(
            s(GREEK[0], due="2026-11-27"),
            s(GREEK[1], due="2026-11-30"),
            s(GREEK[2], due="2026-11-28"),
        ),
    ),
    case(
        "What is for the next week?",
        says("Nikos", "yiayia"),
        lacks("Thessaloniki"),
        UNCHANGED,
        seeds=(
            s(GREEK[2], due="2026-12-05"),
            s(GREEK[1], due="2026-12-14"),
            s(GREEK[0], due="2026-12-01"),
        ),
    ),
    case(
        "Which things I did not do and the date is passed?",
        says("yiayia"),
        lacks("Thessaloniki", "Nikos"),
        UNCHANGED,
        seeds=(
            s(GREEK[0], due="2026-11-22"),
            s(GREEK[1], "completed", due="2026-11-24"),
            s(GREEK[2], due="2026-12-05"),
        ),
    ),
    case(
        "What I have on Sunday?",
        says("Nikos"),
        lacks("Thessaloniki", "yiayia"),
        UNCHANGED,
        seeds=(
            s(GREEK[2], due="2026-11-29"),
            s(GREEK[1], due="2026-11-28"),
            s(GREEK[0], due="2026-11-30"),
        ),
    ),
    # A cricket club's groundsman.
    case(
        "whats on today",
        says("loam"),
        lacks("roller", "blades"),
        UNCHANGED,
        seeds=(
            s(GROUNDS[1], due="2026-11-26"),
            s(GROUNDS[2], due="2026-11-27"),
            s(GROUNDS[0], due="2026-12-08"),
        ),
    ),
    case(
        "anything this weekend",
        says("roller", "blades"),
        lacks("loam"),
        UNCHANGED,
        seeds=(
            s(GROUNDS[2], due="2026-11-28"),
            s(GROUNDS[0], due="2026-11-29"),
            s(GROUNDS[1], due="2026-11-30"),
        ),
    ),
    case(
        "what's due in december",
        says("blades"),
        lacks("roller", "loam"),
        UNCHANGED,
        seeds=(
            s(GROUNDS[0], due="2026-12-08"),
            s(GROUNDS[2], due="2026-11-30"),
            s(GROUNDS[1], due="2027-01-04"),
        ),
    ),
)

# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS = (
    # Scouse.
    case(
        "make that urgent la, the butchers get proper busy",
        bears("Order the turkey from the butchers", priority="urgent"),
        before="put down order the turkey from the butchers for the 23rd",
    ),
    case(
        "the middle one's done, got it this mornin",
        *done(1),
        seeds=SCOUSE,
        before=SHOWN,
    ),
    case(
        "actually no it's not, the direct debit bounced",
        state(2, status="pending"),
        called("reopen_task"),
        seeds=SCOUSE,
        before="leccy bill's paid",
    ),
    # Geordie.
    case(
        "nah make it sunday pet",
        bears("Get a tree for the front room", due=SUNDAY),
        before="add get a tree for the front room saturday",
    ),
    case(
        "bin the top one",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=GEORDIE,
        before=SHOWN,
    ),
    case(
        "an' sunday like?",
        says("Pop card"),
        lacks("school shoes", "wor lass"),
        UNCHANGED,
        seeds=(
            s(GEORDIE[2], due="2026-11-27"),
            s(GEORDIE[0], due="2026-11-29"),
            s(GEORDIE[1], due="2026-11-30"),
        ),
        before="owt on the morra?",
    ),
    # Boston.
    case(
        "make it high priority, it's wicked cold",
        bears("Call the plumber about the baseboard heat", priority="high"),
        before="add call the plumber about the baseboard heat tomorrow",
    ),
    case(
        "the last one's all set",
        *done(0),
        seeds=BOSTON,
        before=SHOWN,
    ),
    case(
        "wait no, put it back",
        state(1, status="pending"),
        called("restore_task"),
        seeds=BOSTON,
        before="delete the Sox tickets one",
    ),
    # A removals firm owner.
    case(
        "Sorry, make that 2pm",
        bears("Survey at 22 Elm Grove", due=spoken(TUESDAY_NEXT, "14:00")),
        before="Add survey at 22 Elm Grove Tuesday 11am",
    ),
    case(
        "First one's done",
        *done(2),
        seeds=REMOVALS,
        before=SHOWN,
    ),
    case(
        "and tag it supplies",
        tagged("supplies", title="Order packing tape"),
        before="Add order packing tape",
    ),
    # A florist before Christmas.
    case(
        "oh and put a note on it: 12 buttonholes, ivory ribbon",
        described("ivory ribbon", title="Wire the buttonholes for the Hughes wedding"),
        before="add wire the buttonholes for the Hughes wedding saturday",
    ),
    case(
        "Can you delete the second one x",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=FLORIST,
        before=SHOWN,
    ),
    case(
        "And Saturday? x",
        says("wreath"),
        lacks("eucalyptus", "Patterson"),
        UNCHANGED,
        seeds=(
            s(FLORIST[0], due="2026-11-27"),
            s(FLORIST[2], due="2026-11-28"),
            s(FLORIST[1], due="2026-11-30"),
        ),
        before="What's due tomorrow?",
    ),
    # A driving instructor.
    case(
        "make it due Monday",
        bears("Email Tom's mum about his test", due=MONDAY),
        before="Add email Tom's mum about his test",
    ),
    case(
        "the second one is done",
        *done(1),
        seeds=INSTRUCTOR,
        before=SHOWN,
    ),
    case(
        "oops, undo that",
        state(0, status="pending"),
        called("reopen_task"),
        seeds=INSTRUCTOR,
        before="Mark Jess's mock test as done",
    ),
    # A brewer.
    case(
        "p1",
        bears("Order co2 cylinders", "Order CO2 cylinders", priority=("high", "urgent")),
        before="add order co2 cylinders fri",
    ),
    case(
        "1st + 3rd done",
        *done(0, 2),
        seeds=BREWER,
        before=SHOWN,
    ),
    case(
        "nvm scratch that",
        gone("Clean the heat exchanger"),
        called("delete_task"),
        before="add clean the heat exchanger",
    ),
    # A librarian.
    case(
        "Could you make that high priority, please?",
        bears("Ring the council about the heating in the reading room", priority="high"),
        before="Please add a task to ring the council about the heating in the reading room.",
    ),
    case(
        "The last one is done, thank you.",
        *done(0),
        seeds=LIBRARY,
        before=SHOWN,
    ),
    case(
        "And on Tuesday?",
        says("Christmas display"),
        lacks("overdue notices", "book club"),
        UNCHANGED,
        seeds=(
            s(LIBRARY[0], due="2026-11-30"),
            s(LIBRARY[1], due="2026-12-01"),
            s(LIBRARY[2], due="2026-12-02"),
        ),
        before="What is due on Monday?",
    ),
    # A Greek speaker's English.
    case(
        "Make it for Saturday",
        bears("Buy flowers for the name day of Eleni", due=SATURDAY),
        before="Put me task: buy flowers for the name day of Eleni",
    ),
    case(
        "The first one, delete it please",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=GREEK,
        before=SHOWN,
    ),
    case(
        "Sorry, is not true, I did not book it yet",
        state(1, status="pending"),
        called("reopen_task"),
        seeds=GREEK,
        before="The flight for Thessaloniki I booked it",
    ),
    # A cricket club's groundsman.
    case(
        "make it wed",
        bears("Re-line the nets", due=WEDNESDAY_NEXT),
        before="add re-line the nets tues",
    ),
    case(
        "bottom one done",
        *done(0),
        seeds=GROUNDS,
        before=SHOWN,
    ),
    case(
        "tag it committee",
        tagged("committee", title="Get quotes for new covers"),
        before="add get quotes for new covers",
    ),
)

# 8. The contract's table said differently, with search, tags, reopen and restore.
TABLE = (
    # Scouse.
    case(
        "show us everythin on me list la",
        says("our kid", "prescription", "leccy"),
        UNCHANGED,
        seeds=SCOUSE,
    ),
    case("tick off number {0} la", *done(0), seeds=SCOUSE),
    # Geordie.
    case(
        "what's still to dae?",
        says("school shoes", "wor lass"),
        lacks("Pop card"),
        UNCHANGED,
        seeds=(GEORDIE[2], s(GEORDIE[0], "completed"), GEORDIE[1]),
    ),
    case("ah need to mind to pay the paper bill", fresh("Pay the paper bill")),
    # Boston.
    case(
        "what've I knocked off so far?",
        says("plow", "Registry"),
        lacks("Sox"),
        UNCHANGED,
        seeds=(s(BOSTON[0], "completed"), BOSTON[1], s(BOSTON[2], "completed")),
    ),
    case(
        "delete the Sox one",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=BOSTON,
    ),
    # A removals firm owner.
    case(
        'Change task {0} to "Survey at the Hendersons\' bungalow"',
        state(0, title="Survey at the Hendersons' bungalow"),
        untouched_except(0),
        seeds=REMOVALS,
    ),
    # A florist before Christmas.
    case(
        "Which tags have I got set up? x",
        says("funerals", "xmas", "orders"),
        UNCHANGED,
        seeds=(
            s(FLORIST[1], tags=["funerals"]),
            s(FLORIST[2], tags=["xmas"]),
            s(FLORIST[0], tags=["orders"]),
        ),
    ),
    # A driving instructor.
    case(
        "Jess's mock test isn't actually done, can you reopen it",
        state(0, status="pending"),
        called("reopen_task"),
        untouched_except(0),
        seeds=(s(INSTRUCTOR[0], "completed"), INSTRUCTOR[1], INSTRUCTOR[2]),
    ),
    # A brewer.
    case(
        "restore the hop contract task, binned it by mistake",
        state(1, status="pending"),
        called("restore_task"),
        untouched_except(1),
        seeds=(BREWER[0], s(BREWER[1], "deleted"), BREWER[2]),
    ),
    # A librarian.
    case(
        "Could you find my task about the interlibrary loan, please?",
        says("Adebayo"),
        lacks("display"),
        UNCHANGED,
        seeds=(
            "Chase the interlibrary loan for Mrs Adebayo",
            LIBRARY[1],
            LIBRARY[2],
        ),
    ),
    case(
        "Would you show me which tasks I have finished?",
        says("overdue notices", "book club"),
        lacks("display"),
        UNCHANGED,
        seeds=(s(LIBRARY[0], "completed"), LIBRARY[1], s(LIBRARY[2], "completed")),
    ),
    # A Greek speaker's English.
    case(
        "Erase the task for the flight",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=GREEK,
    ),
    case("Add in my list to buy feta and olives", fresh("Buy feta and olives")),
    # A cricket club's groundsman.
    case(
        "what's left to do",
        says("blades", "roller"),
        lacks("loam"),
        UNCHANGED,
        seeds=(GROUNDS[0], s(GROUNDS[1], "completed"), GROUNDS[2]),
    ),
)

# 9. Safety: an ambiguous request or a non-request changes nothing.
SAFETY = (
    # Scouse.
    case(
        "delete the our kid one",
        UNCHANGED,
        seeds=("Ring our kid about Christmas", "Ring our kid about the car"),
    ),
    # Geordie.
    case("howay man, what a day ah've had", UNCHANGED, seeds=GEORDIE),
    # Boston.
    case(
        "the Sox tickets one's all set",
        UNCHANGED,
        seeds=("Get Sox tickets for Dad", "Get Sox tickets for Kev"),
    ),
    case("wicked cold out today huh", UNCHANGED, seeds=BOSTON),
    # A removals firm owner.
    case("Delete the Johnson survey", UNCHANGED, seeds=REMOVALS),
    case(
        "Two of the surveys are done",
        UNCHANGED,
        seeds=(
            "Survey at the Hendersons'",
            "Survey at 22 Elm Grove",
            "Survey at Flat 3 Quay Street",
        ),
    ),
    # A florist before Christmas.
    case(
        "Should I delete the wreath one? Not sure yet, will see how orders go",
        UNCHANGED,
        seeds=FLORIST,
    ),
    # A driving instructor.
    case("That one's done now", UNCHANGED, seeds=INSTRUCTOR),
    case(
        "Mark the mock test done",
        UNCHANGED,
        seeds=("Book Jess's mock test", "Book Amir's mock test"),
    ),
    # A brewer.
    case("rm kegs", UNCHANGED, seeds=("Clean the kegs for the taproom", "Order new kegs")),
    # A librarian.
    case("Has the book club order been done?", UNCHANGED, seeds=LIBRARY),
    # A Greek speaker's English.
    case(
        "Move the task of yiayia to Friday",
        UNCHANGED,
        seeds=("Send money to yiayia", "Call yiayia"),
    ),
    case("Efharisto, you are very helpful!", UNCHANGED, seeds=GREEK),
    # A cricket club's groundsman.
    case("bin it", UNCHANGED, seeds=GROUNDS),
    case("did I do the roller?", UNCHANGED, seeds=GROUNDS),
)

HELD_OUT_TWELFTH: tuple[Case, ...] = (
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
