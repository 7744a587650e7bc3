"""An eleventh held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py``, ``second_voice.py`` to ``tenth_voice.py``, ``held_out.py`` to
``held_out_tenth.py``): only their imports, helpers, constants and module docstrings. They
were written before the changes that will be scored against them, from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section), from the tools' arguments
(``docs/mcp.md``), from how a conversation is played (``conftest.py``) and from what an
ordinary user of a task manager would expect. No sentence was run through the engine while
writing, no scoring test was run, and none is ever tuned against, sentence by sentence: a miss
here is a miss to report, not an expectation to adjust.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: Canadian English ("eh", "sorry to bug ya", "could ya", the hydro bill, snow tires,
the cottage, Timmies, a two-four, the laneway, "give'r"); Trinidadian English ("doh", "nah",
"ent", "oui", "de", "dat", "ah go", "real" for "very", "just now" for "later", "steups",
Tanty, the lime, a barrel at the wharf, sorrel and pastelles); Pakistani English ("yaar",
"acha", "jee", "na", "out of station", "on urgent basis", "cousin brother", Ammi and Abbu,
the committee, load-shedding, the mehndi, the dawat); a dog groomer ("pups", "the table",
"de-shed", "matted", the clipper blades, the cockapoo and the doodle, "🐾", "omg", "u");
a wedding photographer in editing season (culling, galleries, sneak peeks, the second
shooter, the NAS, "prio", "ugh", "→"); a London taxi driver typing at the rank ("me badge",
"the plate", "tomoz", "mate", "stick it on", the Heathrow job); a baker running her own small
bakery at four in the morning (the starter, the deck oven, the flour order, stollen, allergen
labels, "3am brain", "zzz"); a mechanic in a back-street garage, terse and misspelt ("tmrw",
"bout", "n", the Corsa, the factors, the ramp, "sorted"); a zookeeper writing brightly and in
full (the penguins, the otters, the meerkats, enrichment, the keeper talk, browse, "Could
you..."); and a yoga teacher in soft lowercase ("lovely", "🙏", "🌿", "gently", "no rush", the
studio, the retreat, the sound bath).

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("throw X on my list", "put down for me",
   "gotta remember to", "note to self", "stick X on for", "new job:", "3am brain, sorry — add",
   "gently reminding myself to", "make a reminder task to"), with dates, times, priority, tags
   and notes; only the title reaches the title, and a note is kept as the task's description.
2. ``REPEATS``: repeats said in words ("every Tuesday at 8 pm", "every night at 10", "every
   other Monday", "every 6 weeks", "every ten days", "every two months", "quarterly", "every
   six months from Jan 1st", "the first Monday of every month", "the last Friday of each
   month", "every weekday at 7am", "Tuesday and Thursday at 12"), on a new task or an existing
   one; a repeat changed ("from every Tuesday to Tuesday and Thursday", "every 2 weeks now",
   "every other Wednesday", "every Saturday AND Sunday", "every other month now") or stopped.
3. ``FACTS``: statements of fact that mean "done" ("'s paid, eh", "ah pay ... already", "de
   barrel collect", "got booked", "has been paid", "are sharpened", "is culled", "backed up",
   "renewed", "'s been valeted", "fed the starter", "spoke to", "rang", "done ✅", "emailed",
   "is printed and pinned up") complete the task they name and leave every other task alone;
   negatives ("ah eh call ... yet", "not changed yet", "still not booked", "aren't washed"),
   plans ("gonna", "I was going to") and questions change nothing.
4. ``EDITS``: priority a level up or down or set ("bump up a notch", "drop it down", "top
   priority", "knock it down", "URGENT now", "drop the priority right down"), the due date
   pushed by days or a week, made a day earlier, brought forward, moved to a weekday, a date,
   tomorrow at a time, next week or "next friday", an hour earlier; a due date taken off;
   rename; a note set or changed; tags added or removed.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative
   to its due date ("the day before", "two hours before", "one hour before", "30 mins before",
   "the evening before", "a week before", "2 days before", "15 minutes before", "the morning
   of", "an hour later"); no task is added and the task's due date stays as it was.
6. ``WINDOWS``: questions about today, tomorrow, a weekday, the weekend, this week, next week,
   the week after next, a date, a month, a span of dates ("between now and Tuesday", "between
   mon and wed", "between Christmas Eve and New Year's Day", "the 1st to the 5th of dec") and
   overdue: the reply names what is in the window, leaves out what is not (a deleted task
   never, a completed one never as overdue), and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "make it urgent eh" or
   "make that high prio + due Monday" after an add, a corrected day or time ("nah man, make
   dat Sunday", "oops 11 not 10", "actually make it tuesday"), a tag, a note or a due date
   added to the task just made, a position in a list just shown ("the second one", "de first
   one", "the last one", "2nd one", "bottom one", "middle one", "3rd one", "the top one",
   "first and last"), "it's not done" after a fact, undo, "put it back", "bring that back",
   "scratch dat", "cancel that mate", "and what about Saturday then".
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending,
   complete, delete, rename, "I need to remember", completed), with search, tags, reopen and
   restore; and safety: an ambiguous request asks and changes nothing, a message that is not a
   request changes nothing, and nothing is deleted or completed on a guess (a task that does
   not exist, "two of the galleries are delivered" that names none, "thats sorted now" or "bin
   it" with nothing before it, a question whether something is done, a hedge about deleting).

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. "This week" is asked only of tasks that are in it
(or out of it) on every reading, whether it ends on Sunday or runs seven days. Seeded times
carry Berlin's winter offset (+01:00). Tasks are checked as the tools report them (``status``
pending, completed or deleted; ``priority`` none, low, medium, high or urgent; ``tags`` a
list; ``description``; ``due`` and ``reminder`` spoken in the user's zone, "Friday 27 November
2026" for a whole day and "Friday 27 November 2026, 09:00" with a time; ``recurrence`` as
RRULE text). Titles are expected with their first letter capitalised and kept in the user's
own words ("Collect de barrel from the wharf", "Order pads n discs for the corsa from the
factors", "Renew me badge at the council"); where a title may fairly be kept with or without a
word (a trailing clause that gives a reason, a gerund, "de" or "the", "n" or "and", a name the
user wrote in lowercase), each is accepted. Where the words leave the meaning open ("next
Tuesday" or "next friday" said on a Thursday, "next thurs", "kinda important", "very
important", "top priority", "no rush", "nothing urgent", "sometime next week", "sometime next
month", "this weekend", "tonight", "first thing", "at lunch", "5 o'clock", "scratch that, I
already did it"), every reasonable reading is accepted; a day said without a time is checked on
the day only. A list shows the latest seeded task first, as the corpus says: "the second one"
and "the middle one" of three are the middle one either way, "the first one" and "the top one"
are the last seeded, and "the last one", "the bottom one" and "the 3rd one" the first seeded.
Recurring seeds carry a due date, as a repeating task in a task manager usually has one.
Projects are left out, as the seeds are tasks only.

A follow-up that takes back a completion or a deletion also expects ``reopen_task`` or
``restore_task`` to be called (by ``docs/mcp.md`` the only tools that can do it), so that a
first message that changed nothing cannot make the case pass; a follow-up on a task just added
finds it by the titles the first message may fairly have given it, with the field the
follow-up sets, so it cannot pass when that task is missing.

No new check is defined here: the set uses the helpers of ``held_out.py``,
``held_out_second.py``, ``held_out_fourth.py`` and ``held_out_fifth.py`` as they are.
"""

from __future__ import annotations

from .corpus import UNCHANGED, Case, called, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out_fifth import MONDAY_7_DEC, SATURDAY_12_DEC, TUESDAY_12_JAN, TUESDAY_15_DEC, bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
    MONDAY_14_DEC,
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

__all__ = ["HELD_OUT_ELEVENTH"]

# A few more days, as the tools say them.
SATURDAY_19_DEC = "Saturday 19 December 2026"
FRIDAY_1_JAN = "Friday 1 January 2027"
MONDAY_4_JAN = "Monday 4 January 2027"
#: Every day of December 2026, for "sometime next month".
DECEMBER = tuple(
    f"{day} {number} December 2026"
    for number, day in zip(
        range(1, 32),
        ("Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Monday") * 5,
        strict=False,
    )
)

# Tasks of each voice, for the families that need several of them.
CANADIAN = ("Pay the hydro bill", "Get snow tires put on", "Renew the cottage insurance")
TRINI = ("Pay the T&TEC bill", "Collect the barrel from the wharf", "Call Tanty Merle")
PAKISTANI = ("Pay the committee instalment", "Book Ammi's checkup", "Get the UPS battery changed")
GROOMER = (
    "Sharpen the clipper blades",
    "Order more de-shedding shampoo",
    "Book Biscuit's nail trim",
)
PHOTOGRAPHER = ("Cull the Henderson wedding", "Back up the SD cards", "Send the Patel sneak peeks")
CABBIE = ("Renew the badge", "Get the cab valeted", "Book the meter check")
BAKER = ("Feed the sourdough starter", "Order rye flour", "Ring the oven engineer")
MECHANIC = (
    "Order brake pads for the Corsa",
    "Ring Mr Doyle about his Golf",
    "Calibrate the torque wrench",
)
KEEPER = ("Clean the penguin pool", "Write the otter enrichment plan", "Order mealworms")
YOGA = ("Print the class timetable", "Wash the studio mats", "Email the workshop waitlist")


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED: tuple[Case, ...] = (
    # Canadian English.
    case(
        "Sorry to bug ya, could you throw 'pay the hydro bill' on my list for Monday? Thanks eh",
        fresh("Pay the hydro bill"),
        when(MONDAY),
    ),
    case(
        "gotta remember to pick up a Timmies gift card for secret santa by friday eh",
        fresh(
            "Pick up a Timmies gift card for secret santa",
            "Pick up a Timmies gift card for Secret Santa",
        ),
        when(FRIDAY),
    ),
    case(
        "new one for ya: book the snow tire swap at Canadian Tire, next Tuesday at 8 am, "
        "kinda important",
        fresh("Book the snow tire swap at Canadian Tire", priority=("medium", "high")),
        when((TUESDAY_NEXT, TUESDAY_8_DEC), hours=[8]),
    ),
    case(
        "Add 'shovel the laneway before the in-laws come' tomorrow morning, tag it home. "
        "Note: use the ice melt in the garage, not salt",
        fresh("Shovel the laneway before the in-laws come", "Shovel the laneway"),
        when(FRIDAY, hours=MORNING),
        tagged("home"),
        described("ice melt"),
    ),
    case(
        "Could ya add renew the cottage insurance for Jan 12 and tag it cottage? Much appreciated",
        fresh("Renew the cottage insurance"),
        when(TUESDAY_12_JAN),
        tagged("cottage"),
    ),
    # Trinidadian English.
    case(
        "Boy put down for me to pay the T&TEC bill by Monday, doh let me forget nah",
        fresh("Pay the T&TEC bill"),
        when(MONDAY),
    ),
    case(
        "ah need to collect de barrel from the wharf Saturday morning, make it high priority oui",
        fresh(
            "Collect de barrel from the wharf",
            "Collect the barrel from the wharf",
            priority="high",
        ),
        when(SATURDAY, hours=MORNING),
    ),
    case(
        "Make a task: buy sorrel and ginger for Christmas, sometime next week, tag it christmas",
        fresh("Buy sorrel and ginger for Christmas", "Buy sorrel and ginger"),
        when(NEXT_WEEK),
        tagged("christmas"),
    ),
    case(
        "eh eh I real forget, put call Tanty Merle for she birthday, today 6 in de evening",
        fresh("Call Tanty Merle for she birthday", "Call Tanty Merle"),
        when(TODAY, hours=[18]),
    ),
    # Pakistani English.
    case(
        "Please add a task yaar, pay the committee instalment on 1st December, "
        "it is very important",
        fresh("Pay the committee instalment", priority=("high", "urgent")),
        when(TUESDAY_NEXT),
    ),
    case(
        "Jee, kindly make a reminder task to book Ammi's checkup with Dr Farooq for Monday 10am",
        fresh("Book Ammi's checkup with Dr Farooq"),
        when(MONDAY, hours=[10]),
    ),
    case(
        "acha one more thing, get the UPS battery changed before load-shedding gets worse, "
        "tomorrow itself, tag it home",
        fresh(
            "Get the UPS battery changed before load-shedding gets worse",
            "Get the UPS battery changed",
        ),
        when(FRIDAY),
        tagged("home"),
    ),
    case(
        "I am out of station from Monday so add: hand over the Karachi files to Bilal, "
        "Friday 4pm, note: the files are in the blue cabinet",
        fresh("Hand over the Karachi files to Bilal"),
        when(FRIDAY, hours=[16]),
        described("blue cabinet"),
    ),
    case(
        "Bhai add this: buy gifts for Sana's mehndi, Saturday 5th December, high priority",
        fresh("Buy gifts for Sana's mehndi", priority="high"),
        when(SATURDAY_NEXT),
    ),
    # A dog groomer.
    case(
        "omg add order more slicker brushes to my list!! we're nearly out 🐾",
        fresh("Order more slicker brushes"),
    ),
    case(
        "can u pop 'sharpen the clipper blades' on for Saturday, the 10 blade is chewing fur lol",
        fresh("Sharpen the clipper blades"),
        when(SATURDAY),
    ),
    case(
        "Add a task: full groom for Biscuit the cockapoo, Wednesday 2 Dec at 9:30, "
        "note she's matted behind the ears",
        fresh("Full groom for Biscuit the cockapoo"),
        when(WEDNESDAY_NEXT, hours=[9]),
        described("matted"),
    ),
    case(
        "add ring the doodle lady back about xmas slots, tag it clients",
        fresh("Ring the doodle lady back about xmas slots"),
        tagged("clients"),
    ),
    # A wedding photographer.
    case(
        "ugh editing season. add: cull the Henderson wedding, due Sunday, priority high",
        fresh("Cull the Henderson wedding", priority="high"),
        when(SUNDAY),
    ),
    case(
        "note to self, back up the SD cards from Saturday's shoot to the NAS tonight",
        fresh(
            "Back up the SD cards from Saturday's shoot to the NAS",
            "Back up the SD cards to the NAS",
        ),
        when(TODAY, hours=EVENING),
    ),
    case(
        "Could you add sending the Patels their sneak peeks by Tuesday? tag clients",
        fresh("Send the Patels their sneak peeks", "Sending the Patels their sneak peeks"),
        when(TUESDAY_NEXT),
        tagged("clients"),
    ),
    case(
        "add 'Send Maya the second shooter contract' for Friday 5pm, low prio, "
        "note: include the travel fee",
        fresh("Send Maya the second shooter contract", priority="low"),
        when(FRIDAY, hours=[17]),
        described("travel fee"),
    ),
    # A London taxi driver.
    case(
        "put down renew me badge at the council by the 10th",
        fresh("Renew me badge at the council", "Renew me badge"),
        when(THURSDAY_10_DEC),
    ),
    case(
        "stick get the cab valeted on for tomorrow mate",
        fresh("Get the cab valeted"),
        when(FRIDAY),
    ),
    case(
        "new job: Heathrow pickup for Mr Okafor monday 6am, urgent",
        fresh("Heathrow pickup for Mr Okafor", priority="urgent"),
        when(MONDAY, hours=[6]),
    ),
    case(
        "add MOT for the cab to the list, dec 3, tag it cab",
        fresh("MOT for the cab"),
        when(THURSDAY_NEXT),
        tagged("cab"),
    ),
    # A baker with her own bakery.
    case(
        "3am brain, sorry — add order rye flour from Shipton's for Monday",
        fresh("Order rye flour from Shipton's"),
        when(MONDAY),
    ),
    case(
        "Add: ring the oven engineer about the deck oven thermostat. High priority, "
        "it's running cold",
        fresh("Ring the oven engineer about the deck oven thermostat", priority="high"),
    ),
    case(
        "can you add a to-do 'print new allergen labels' for Saturday morning, tag it shop",
        fresh("Print new allergen labels"),
        when(SATURDAY, hours=MORNING),
        tagged("shop"),
    ),
    case(
        "Add 'Make the stollen dough' on the 12th at 5 am, note: double batch, "
        "the church fair ordered 20",
        fresh("Make the stollen dough"),
        when(SATURDAY_12_DEC, hours=[5]),
        described("double batch"),
    ),
    # A mechanic in a small garage.
    case(
        "add order pads n discs for the corsa from the factors tmrw",
        fresh(
            "Order pads n discs for the corsa from the factors",
            "Order pads n discs for the Corsa from the factors",
            "Order pads and discs for the corsa from the factors",
            "Order pads and discs for the Corsa from the factors",
        ),
        when(FRIDAY),
    ),
    case(
        "need to ring Mr Doyle bout his Golf, its ready. put it on for 2pm today",
        fresh(
            "Ring Mr Doyle bout his Golf",
            "Ring Mr Doyle about his Golf",
            "Ring Mr Doyle bout his Golf, its ready",
        ),
        when(TODAY, hours=[14]),
    ),
    case(
        "Add calibrate the torque wrench, no rush, sometime next month",
        fresh("Calibrate the torque wrench", priority=("low", "none")),
        when(DECEMBER),
    ),
    case(
        "put MOT bay inspection on friday 8am tag garage",
        fresh("MOT bay inspection"),
        when(FRIDAY, hours=[8]),
        tagged("garage"),
    ),
    # A zookeeper.
    case(
        "Morning! Could you add 'write the otter enrichment plan' for next Friday please? 🦦",
        fresh("Write the otter enrichment plan"),
        when((FRIDAY, FRIDAY_NEXT)),
    ),
    case(
        "add order mealworms for the meerkats, urgent, we're on the last tub",
        fresh("Order mealworms for the meerkats", priority="urgent"),
    ),
    case(
        "I need to remember to clean the penguin pool filters on Sunday at 7:30, tag it penguins",
        fresh("Clean the penguin pool filters"),
        when(SUNDAY, hours=[7]),
        tagged("penguins"),
    ),
    case(
        "Please add a task to prep the keeper talk slides for the school group, due 8 December, "
        "note: they're year 4, keep it short",
        fresh("Prep the keeper talk slides for the school group", "Prep the keeper talk slides"),
        when(TUESDAY_8_DEC),
        described("year 4"),
    ),
    # A yoga teacher.
    case(
        "hi lovely 🙏 could you add print the new class timetable for monday",
        fresh("Print the new class timetable"),
        when(MONDAY),
    ),
    case(
        "gently reminding myself to wash the studio mats this weekend, nothing urgent",
        fresh("Wash the studio mats", priority=("none", "low")),
        when((SATURDAY, SUNDAY)),
    ),
    case(
        "please add: email the retreat waitlist, wednesday 7pm, tag it retreat 🌿",
        fresh("Email the retreat waitlist"),
        when(WEDNESDAY_NEXT, hours=[19]),
        tagged("retreat"),
    ),
    case(
        "add book the sound bath practitioner for the 19th, note: ask if she brings her own gongs",
        fresh("Book the sound bath practitioner"),
        when(SATURDAY_19_DEC),
        described("gongs"),
    ),
)

# 2. Repeats said in words, on a new task or an existing one; a repeat changed or stopped.
REPEATS: tuple[Case, ...] = (
    # Canadian English.
    case(
        "Could ya add put the blue bin out, every Tuesday at 8 pm eh",
        repeats(
            "FREQ=WEEKLY",
            called=("Put the blue bin out",),
            either=(on("BYDAY=TU", "Tuesday"), at(20)),
        ),
    ),
    case(
        "every night at 10 pm, add plug in the block heater eh",
        repeats("FREQ=DAILY", called=("Plug in the block heater",), either=(at(22),)),
    ),
    case(
        "Make the hydro bill repeat monthly, on the 15th",
        repeats("FREQ=MONTHLY", task=0, either=(("BYMONTHDAY=15", " 15 "),)),
        nothing_added(),
        seeds=(s("Pay the hydro bill", due="2026-12-15"),),
    ),
    case(
        "the cottage insurance renewal should be yearly eh, can ya set that up",
        repeats("FREQ=YEARLY", task=0),
        nothing_added(),
        seeds=(s("Renew the cottage insurance", due="2027-01-12"),),
    ),
    case(
        "stop repeating the snow tire swap, we're selling the car in the spring",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Book the snow tire swap", due="2026-12-01", recurrence="FREQ=YEARLY"),),
    ),
    # Trinidadian English.
    case(
        "set a task fuh me: buy doubles for the office, every Friday morning at 7",
        repeats(
            "FREQ=WEEKLY",
            called=("Buy doubles for the office",),
            either=(on("BYDAY=FR", "Friday"), at(7)),
        ),
    ),
    case(
        "Call Tanty Merle, make dat every Sunday nah",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        nothing_added(),
        seeds=(s("Call Tanty Merle", due="2026-11-29"),),
    ),
    case(
        "de T&TEC bill does come every two months, set it so",
        repeats("FREQ=MONTHLY;INTERVAL=2", task=0),
        nothing_added(),
        seeds=(s("Pay the T&TEC bill", due="2026-11-30"),),
    ),
    case(
        "boy change pan practice from every Tuesday to Tuesday and Thursday",
        repeats("FREQ=WEEKLY;BYDAY=TU,TH", task=0),
        nothing_added(),
        seeds=(
            s(
                "Pan practice",
                due=berlin("2026-12-01", "19:00"),
                recurrence="FREQ=WEEKLY;BYDAY=TU",
            ),
        ),
    ),
    # Pakistani English.
    case(
        "Please add a task: give Ammi her BP tablet every day at 9pm",
        repeats("FREQ=DAILY", called=("Give Ammi her BP tablet",), either=(at(21),)),
    ),
    case(
        "The committee instalment is monthly yaar, on the 1st, please set it to repeat",
        repeats("FREQ=MONTHLY", task=0, either=(("BYMONTHDAY=1", " 1 December"),)),
        nothing_added(),
        seeds=(s("Pay the committee instalment", due="2026-12-01"),),
    ),
    case(
        "Jee, add iron Abbu's kameez every Thursday night, for Jummah",
        repeats(
            "FREQ=WEEKLY",
            called=("Iron Abbu's kameez", "Iron Abbu's kameez for Jummah"),
            either=(on("BYDAY=TH", "Thursday"),),
        ),
    ),
    case(
        "the water tanker booking, stop repeating it please, we got the new connection",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Book the water tanker", due="2026-11-28", recurrence="FREQ=WEEKLY;BYDAY=SA"),),
    ),
    # A dog groomer.
    case(
        "Add 'clean the dryer filters' every other Monday pls 🐾",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            called=("Clean the dryer filters",),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "sharpen the clipper blades should happen every 6 weeks, can u set that",
        repeats("FREQ=WEEKLY;INTERVAL=6", "FREQ=DAILY;INTERVAL=42", task=0),
        nothing_added(),
        seeds=(s("Sharpen the clipper blades", due="2026-12-04"),),
    ),
    case(
        "Biscuit's nail trim, make it every 4 weeks on a saturday",
        repeats("FREQ=WEEKLY;INTERVAL=4", task=0, either=(on("BYDAY=SA", "Saturday"),)),
        nothing_added(),
        seeds=(s("Book Biscuit's nail trim", due="2026-11-28"),),
    ),
    case(
        "the shampoo order used to be monthly but make it every 2 weeks now, we're slammed",
        repeats("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14", task=0),
        nothing_added(),
        seeds=(s("Order more de-shedding shampoo", due="2026-12-03", recurrence="FREQ=MONTHLY"),),
    ),
    # A wedding photographer.
    case(
        "add a recurring task → post on instagram every Tuesday and Thursday at 12",
        repeats(
            "FREQ=WEEKLY;BYDAY=TU,TH",
            called=("Post on instagram", "Post on Instagram"),
            either=(at(12),),
        ),
    ),
    case(
        "back up the SD cards, make that weekly, every Monday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=MO", "Monday"),)),
        nothing_added(),
        seeds=(s("Back up the SD cards", due="2026-11-30"),),
    ),
    case(
        "Quarterly: renew my equipment insurance. Put it on the list, first one due Jan 4",
        repeats("FREQ=MONTHLY;INTERVAL=3", called=("Renew my equipment insurance",)),
        when(MONDAY_4_JAN),
    ),
    case(
        "the album proofs one can stop repeating, last couple of the season",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Send album proofs", due="2026-11-27", recurrence="FREQ=WEEKLY;BYDAY=FR"),),
    ),
    # A London taxi driver.
    case(
        "put wash the cab every sunday morning",
        repeats("FREQ=WEEKLY", called=("Wash the cab",), either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "add check tyre pressures every day at 5pm before me shift",
        repeats(
            "FREQ=DAILY",
            called=("Check tyre pressures", "Check tyre pressures before me shift"),
            either=(at(17),),
        ),
    ),
    case(
        "me meter check is every year, set it to repeat yearly",
        repeats("FREQ=YEARLY", task=0),
        nothing_added(),
        seeds=(s("Book the meter check", due="2027-01-12"),),
    ),
    case(
        "the airport run for Mrs Khan, change it to every other wednesday",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0, either=(on("BYDAY=WE", "Wednesday"),)),
        nothing_added(),
        seeds=(
            s(
                "Airport run for Mrs Khan",
                due=berlin("2026-12-02", "05:00"),
                recurrence="FREQ=WEEKLY;BYDAY=WE",
            ),
        ),
    ),
    # A baker with her own bakery.
    case(
        "add feed the sourdough starter every night at 9pm pls",
        repeats("FREQ=DAILY", called=("Feed the sourdough starter",), either=(at(21),)),
    ),
    case(
        "Add deep clean the proofer, first Monday of every month",
        repeats(
            "FREQ=MONTHLY;BYDAY=1MO",
            "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1",
            called=("Deep clean the proofer",),
        ),
    ),
    case(
        "order rye flour, make it every Monday and Thursday",
        repeats("FREQ=WEEKLY;BYDAY=MO,TH", task=0),
        nothing_added(),
        seeds=(s("Order rye flour", due="2026-11-30"),),
    ),
    case(
        "market stall setup used to be every Saturday, it's every Saturday AND Sunday now",
        repeats("FREQ=WEEKLY;BYDAY=SA,SU", task=0),
        nothing_added(),
        seeds=(
            s(
                "Market stall setup",
                due=berlin("2026-11-28", "06:00"),
                recurrence="FREQ=WEEKLY;BYDAY=SA",
            ),
        ),
    ),
    # A mechanic in a small garage.
    case(
        "add check the compressor oil every 3 months",
        repeats("FREQ=MONTHLY;INTERVAL=3", called=("Check the compressor oil",)),
    ),
    case(
        "add ramp service every six months from jan 1st",
        repeats("FREQ=MONTHLY;INTERVAL=6", called=("Ramp service",)),
        when(FRIDAY_1_JAN),
    ),
    case(
        "calibrate the torque wrench, make it every year",
        repeats("FREQ=YEARLY", task=0),
        nothing_added(),
        seeds=(s("Calibrate the torque wrench", due="2027-01-12"),),
    ),
    case(
        "ring mr doyle, stop it repeating, hes sold the golf",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(
            s(
                "Ring Mr Doyle about his Golf",
                due="2026-11-30",
                recurrence="FREQ=WEEKLY;BYDAY=MO",
            ),
        ),
    ),
    # A zookeeper.
    case(
        "Please add weigh the penguins every Wednesday at 8:30",
        repeats(
            "FREQ=WEEKLY",
            called=("Weigh the penguins",),
            either=(on("BYDAY=WE", "Wednesday"), at(8, 30)),
        ),
    ),
    case(
        "Order mealworms: could that repeat every ten days?",
        repeats("FREQ=DAILY;INTERVAL=10", task=0),
        nothing_added(),
        seeds=(s("Order mealworms", due="2026-11-30"),),
    ),
    case(
        "The otter enrichment plan is a monthly thing now, the last Friday of each month",
        repeats("FREQ=MONTHLY;BYDAY=-1FR", "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1", task=0),
        nothing_added(),
        seeds=(s("Write the otter enrichment plan", due="2026-11-27"),),
    ),
    case(
        "add check the reptile house temps, every weekday at 7am",
        repeats(*WEEKDAY_RULES, called=("Check the reptile house temps",), either=(at(7),)),
    ),
    # A yoga teacher.
    case(
        "add water the studio plants every sunday 🌱",
        repeats(
            "FREQ=WEEKLY",
            called=("Water the studio plants",),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "wash the studio mats, every friday evening please",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=FR", "Friday"),)),
        nothing_added(),
        seeds=(s("Wash the studio mats", due="2026-11-27"),),
    ),
    case(
        "the workshop waitlist email, i'd love it every other month now rather than monthly",
        repeats("FREQ=MONTHLY;INTERVAL=2", task=0),
        nothing_added(),
        seeds=(s("Email the workshop waitlist", due="2026-12-01", recurrence="FREQ=MONTHLY"),),
    ),
    case(
        "please stop repeating the full moon circle, i'm pausing it for winter 🙏",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Host the full moon circle", due="2026-12-24", recurrence="FREQ=MONTHLY"),),
    ),
)

# 3. Statements of fact that mean "done" complete the task they name, and only that one;
# negatives, plans and questions change nothing.
FACTS: tuple[Case, ...] = (
    # Canadian English.
    case("Hydro bill's paid, eh", *done(0), seeds=CANADIAN),
    case("got the snow tires put on this morning, finally", *done(1), seeds=CANADIAN),
    case(
        "both the hydro bill and the snow tires are looked after now, what a week",
        *done(0, 1),
        seeds=CANADIAN,
    ),
    case(
        "haven't renewed the cottage insurance yet, sorry, still waiting on the quote",
        UNCHANGED,
        seeds=CANADIAN,
    ),
    # Trinidadian English.
    case("ah pay de T&TEC bill already", *done(0), seeds=TRINI),
    case("de barrel collect from the wharf yesterday, everyting there", *done(1), seeds=TRINI),
    case("ah eh call Tanty Merle yet, ah go do it just now", UNCHANGED, seeds=TRINI),
    # Pakistani English.
    case("committee instalment has been paid yaar", *done(0), seeds=PAKISTANI),
    case("Alhamdulillah, Ammi's checkup got booked", *done(1), seeds=PAKISTANI),
    case(
        "UPS battery is not changed yet, the shop was closed due to strike",
        UNCHANGED,
        seeds=PAKISTANI,
    ),
    case("Did I already pay the committee this month?", UNCHANGED, seeds=PAKISTANI),
    # A dog groomer.
    case("ordered the de-shedding shampoo! 2 big tubs coming thurs", *done(1), seeds=GROOMER),
    case("blades are sharpened and back on the trolley 🙌", *done(0), seeds=GROOMER),
    case("gonna book Biscuit's nail trim after lunch", UNCHANGED, seeds=GROOMER),
    # A wedding photographer.
    case("Henderson wedding is culled: 3,412 down to 640 🙃", *done(0), seeds=PHOTOGRAPHER),
    case(
        "sent the patels their sneak peeks, they cried (good tears)",
        *done(2),
        seeds=PHOTOGRAPHER,
    ),
    case("SD cards backed up to the NAS and the cloud", *done(1), seeds=PHOTOGRAPHER),
    # A London taxi driver.
    case("badge renewed, got the new one in me wallet", *done(0), seeds=CABBIE),
    case("cab's been valeted, smells like a new motor", *done(1), seeds=CABBIE),
    case("meter check still not booked, they never pick up the phone", UNCHANGED, seeds=CABBIE),
    # A baker with her own bakery.
    case("fed the starter, she's lovely and bubbly", *done(0), seeds=BAKER),
    case("spoke to the oven engineer, he's coming in monday", *done(2), seeds=BAKER),
    case("should I order the rye flour today or wait till monday?", UNCHANGED, seeds=BAKER),
    # A mechanic in a small garage.
    case("brake pads for the corsa are ordered", *done(0), seeds=MECHANIC),
    case("rang doyle, hes picking the golf up at 5", *done(1), seeds=MECHANIC),
    case("torque wrench calibration done ✅", *done(2), seeds=MECHANIC),
    # A zookeeper.
    case("The penguin pool's been cleaned, they're thrilled!", *done(0), seeds=KEEPER),
    case("Mealworms are ordered, 5kg arriving on Tuesday", *done(2), seeds=KEEPER),
    case(
        "I was going to write the otter enrichment plan but got pulled onto the giraffe barn",
        UNCHANGED,
        seeds=KEEPER,
    ),
    # A yoga teacher.
    case("the class timetable is printed and pinned up by the door 🙏", *done(0), seeds=YOGA),
    case(
        "emailed the workshop waitlist this morning, so many lovely replies",
        *done(2),
        seeds=YOGA,
    ),
    case("the mats aren't washed, the machine broke, sigh", UNCHANGED, seeds=YOGA),
)

# 4. Edits: priority, due date moved or taken off, rename, note, tags.
EDITS: tuple[Case, ...] = (
    # Canadian English.
    case(
        "bump the hydro bill up a notch, eh",
        state(0, priority="high"),
        untouched_except(0),
        seeds=(s("Pay the hydro bill", priority="medium"), "Get snow tires put on"),
    ),
    case(
        "can ya push the snow tire swap back a week? the garage is backed right up",
        when(TUESDAY_8_DEC, task=0),
        untouched_except(0),
        seeds=(s("Book the snow tire swap", due="2026-12-01"), "Pay the hydro bill"),
    ),
    case(
        "rename 'renew the cottage insurance' to 'Renew cottage and boat insurance'",
        one_of(0, title=("Renew cottage and boat insurance",)),
        untouched_except(0),
        seeds=("Renew the cottage insurance", "Pay the hydro bill"),
    ),
    case(
        "take the due date off the Timmies gift cards thing, no rush on it",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pick up Timmies gift cards", due="2026-11-27"), "Pay the hydro bill"),
    ),
    # Trinidadian English.
    case(
        "move de T&TEC bill to Wednesday nah",
        when(WEDNESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Pay the T&TEC bill", due="2026-11-30"), "Call Tanty Merle"),
    ),
    case(
        "de barrel ting ent so urgent again, drop it down",
        lowered(1),
        untouched_except(1),
        seeds=("Pay the T&TEC bill", s("Collect the barrel from the wharf", priority="urgent")),
    ),
    case(
        "put a note on Call Tanty Merle: ask she for the black cake recipe",
        described("black cake", task=2),
        untouched_except(2),
        seeds=TRINI,
    ),
    case(
        "tag de barrel one shipping",
        tagged("shipping", task=1),
        untouched_except(1),
        seeds=TRINI,
    ),
    # Pakistani English.
    case(
        "Committee instalment, please make it one day earlier",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Pay the committee instalment", due="2026-12-01"), "Book Ammi's checkup"),
    ),
    case(
        "Ammi's checkup is now on urgent basis, make it top priority",
        one_of(1, priority=("urgent", "high")),
        raised(1),
        untouched_except(1),
        seeds=PAKISTANI,
    ),
    case(
        "change 'Get the UPS battery changed' to 'Replace UPS battery (Osaka 200Ah)'",
        one_of(2, title=("Replace UPS battery (Osaka 200Ah)",)),
        untouched_except(2),
        seeds=PAKISTANI,
    ),
    case(
        "remove the date from the Bilal file handover, he is also out of station now",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Hand over the files to Bilal", due=berlin("2026-11-27", "16:00")),),
    ),
    # A dog groomer.
    case(
        "biscuit's nail trim: move to saturday 11am pls",
        when(SATURDAY, task=0, hours=[11]),
        untouched_except(0),
        seeds=(s("Book Biscuit's nail trim", due=berlin("2026-11-27", "10:00")),),
    ),
    case(
        "clipper blades aren't that important tbh, lower it",
        lowered(0),
        untouched_except(0),
        seeds=(s("Sharpen the clipper blades", priority="high"), "Book Biscuit's nail trim"),
    ),
    case(
        "add the tag supplies to the shampoo order",
        tagged("supplies", task=1),
        untouched_except(1),
        seeds=GROOMER,
    ),
    case(
        "push the doodle lady call to next week",
        when(NEXT_WEEK, task=0),
        untouched_except(0),
        seeds=(s("Ring the doodle lady back", due="2026-11-27"), "Sharpen the clipper blades"),
    ),
    # A wedding photographer.
    case(
        "Henderson cull: bring it forward to Saturday, they want the gallery sooner",
        when(SATURDAY, task=0),
        untouched_except(0),
        seeds=(s("Cull the Henderson wedding", due="2026-11-29"), "Back up the SD cards"),
    ),
    case(
        "SD card backup → make that high prio",
        state(1, priority="high"),
        untouched_except(1),
        seeds=PHOTOGRAPHER,
    ),
    case(
        "add a note to the Patel sneak peeks: 15 images, portrait crop for stories",
        described("15 images", task=2),
        untouched_except(2),
        seeds=PHOTOGRAPHER,
    ),
    case(
        "rename cull the henderson wedding to Cull and edit the Henderson wedding",
        one_of(0, title=("Cull and edit the Henderson wedding",)),
        untouched_except(0),
        seeds=PHOTOGRAPHER,
    ),
    # A London taxi driver.
    case(
        "badge renewal, push it back 2 days",
        when(SATURDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Renew the badge", due="2026-12-03"), "Get the cab valeted"),
    ),
    case(
        "valet's not important, knock it down",
        lowered(1),
        untouched_except(1),
        seeds=("Renew the badge", s("Get the cab valeted", priority="medium")),
    ),
    case(
        "meter check move to the 14th",
        when(MONDAY_14_DEC, task=0),
        untouched_except(0),
        seeds=(s("Book the meter check", due="2026-12-10"), "Renew the badge"),
    ),
    case(
        "take the personal tag off get the cab valeted, it's a work thing",
        tagged("cab", task=0, without=("personal",)),
        untouched_except(0),
        seeds=(s("Get the cab valeted", tags=["personal", "cab"]),),
    ),
    # A baker with her own bakery.
    case(
        "rye flour order: move to tomorrow 6am",
        when(FRIDAY, task=0, hours=[6]),
        untouched_except(0),
        seeds=(s("Order rye flour", due="2026-11-30"), "Feed the sourdough starter"),
    ),
    case(
        "oven engineer call is URGENT now, the deck oven died mid-bake",
        state(2, priority="urgent"),
        untouched_except(2),
        seeds=(*BAKER[:2], s("Ring the oven engineer", priority="high")),
    ),
    case(
        "the stollen dough: change the note to 'triple batch, 30 for the fair'",
        described("triple batch", task=0),
        untouched_except(0),
        seeds=(s("Make the stollen dough", due="2026-12-12", description="double batch"),),
    ),
    case(
        "no due date on the allergen labels anymore pls",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Print new allergen labels", due="2026-11-28"), "Order rye flour"),
    ),
    # A mechanic in a small garage.
    case(
        "brake pads for the corsa, push it to monday",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(
            s("Order brake pads for the Corsa", due="2026-11-27"),
            "Ring Mr Doyle about his Golf",
        ),
    ),
    case(
        "doyle call 1 hr earlier",
        when(TODAY, task=0, hours=[13]),
        untouched_except(0),
        seeds=(s("Ring Mr Doyle about his Golf", due=berlin("2026-11-26", "14:00")),),
    ),
    case(
        "torque wrench job drop the priority right down, its low",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("Calibrate the torque wrench", priority="high"), "Order brake pads for the Corsa"),
    ),
    case(
        "tag the corsa one parts",
        tagged("parts", task=0),
        untouched_except(0),
        seeds=MECHANIC,
    ),
    # A zookeeper.
    case(
        "Could you move the penguin pool clean to Sunday, same time?",
        when(SUNDAY, task=0, hours=[7]),
        untouched_except(0),
        seeds=(s("Clean the penguin pool", due=berlin("2026-11-28", "07:30")), "Order mealworms"),
    ),
    case(
        "Mealworm order: please raise the priority, stock's lower than I thought",
        raised(2),
        untouched_except(2),
        seeds=(*KEEPER[:2], s("Order mealworms", priority="low")),
    ),
    case(
        "Rename 'Write the otter enrichment plan' to 'Write otter and meerkat enrichment plans'",
        one_of(1, title=("Write otter and meerkat enrichment plans",)),
        untouched_except(1),
        seeds=KEEPER,
    ),
    # A yoga teacher.
    case(
        "the retreat waitlist email can wait till next friday 🙏",
        when(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Email the retreat waitlist", due="2026-11-27"), "Wash the studio mats"),
    ),
    case(
        "add a note to wash the studio mats: use the tea tree spray, not bleach",
        described("tea tree", task=1),
        untouched_except(1),
        seeds=YOGA,
    ),
    case(
        "remove the admin tag from print the class timetable",
        tagged("studio", task=0, without=("admin",)),
        untouched_except(0),
        seeds=(s("Print the class timetable", tags=["admin", "studio"]), "Wash the studio mats"),
    ),
)

# 5. Reminders set, moved or cleared on an existing task: nothing added, the due date kept.
REMINDERS: tuple[Case, ...] = (
    # Canadian English.
    case(
        "ping me about the hydro bill tomorrow at 9, eh",
        reminded(FRIDAY, task=0, hours=[9]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Pay the hydro bill", due="2026-11-30"),),
    ),
    case(
        "can ya remind me the day before the snow tire appointment",
        reminded(MONDAY, task=0),
        state(0, due=spoken(TUESDAY_NEXT, "08:00")),
        nothing_added(),
        seeds=(s("Snow tire appointment", due=berlin("2026-12-01", "08:00")),),
    ),
    case(
        "no need to remind me about the cottage insurance anymore, thanks a bunch",
        one_of(0, reminder=CLEARED),
        state(0, due=TUESDAY_12_JAN, status="pending"),
        nothing_added(),
        seeds=(
            s(
                "Renew the cottage insurance",
                due="2027-01-12",
                reminder=berlin("2027-01-05", "09:00"),
            ),
        ),
    ),
    case(
        "set a reminder for the Timmies gift cards at lunch tomorrow",
        reminded(FRIDAY, task=0, hours=range(11, 15)),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Pick up Timmies gift cards", due="2026-11-27"),),
    ),
    # Trinidadian English.
    case(
        "remind me bout de T&TEC bill Monday morning 8 o'clock",
        reminded(MONDAY, task=0, hours=[8]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Pay the T&TEC bill", due="2026-11-30"),),
    ),
    case(
        "for de barrel, gimme a shout two hours before",
        reminded(SATURDAY, task=0, hours=[8]),
        state(0, due=spoken(SATURDAY, "10:00")),
        nothing_added(),
        seeds=(s("Collect the barrel from the wharf", due=berlin("2026-11-28", "10:00")),),
    ),
    case(
        "move de Tanty Merle reminder to 5 o'clock",
        reminded(SUNDAY, task=0, hours=[5, 17]),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Call Tanty Merle", due="2026-11-29", reminder=berlin("2026-11-29", "10:00")),),
    ),
    case(
        "doh remind me bout de barrel tomorrow, do it Saturday 7 in de morning instead",
        reminded(SATURDAY, task=0, hours=[7]),
        state(0, due=spoken(SATURDAY, "10:00")),
        nothing_added(),
        seeds=(
            s(
                "Collect the barrel from the wharf",
                due=berlin("2026-11-28", "10:00"),
                reminder=berlin("2026-11-27", "09:00"),
            ),
        ),
    ),
    # Pakistani English.
    case(
        "Please remind me about Ammi's checkup one hour before",
        reminded(MONDAY, task=0, hours=[9]),
        state(0, due=spoken(MONDAY, "10:00")),
        nothing_added(),
        seeds=(s("Book Ammi's checkup", due=berlin("2026-11-30", "10:00")),),
    ),
    case(
        "set a reminder for the committee instalment on 30th November at 8pm",
        reminded(MONDAY, task=0, hours=[20]),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Pay the committee instalment", due="2026-12-01"),),
    ),
    case(
        "No need for reminder on the UPS battery, please remove it",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY, status="pending"),
        nothing_added(),
        seeds=(
            s(
                "Get the UPS battery changed",
                due="2026-11-28",
                reminder=berlin("2026-11-27", "18:00"),
            ),
        ),
    ),
    case(
        "the Bilal handover reminder should be the evening before please",
        reminded(THURSDAY_NEXT, task=0, hours=EVENING),
        state(0, due=spoken(FRIDAY_NEXT, "16:00")),
        nothing_added(),
        seeds=(s("Hand over the files to Bilal", due=berlin("2026-12-04", "16:00")),),
    ),
    # A dog groomer.
    case(
        "remind me 30 mins before Biscuit's trim",
        reminded(SATURDAY, task=0, hours=[10]),
        state(0, due=spoken(SATURDAY, "11:00")),
        nothing_added(),
        seeds=(s("Book Biscuit's nail trim", due=berlin("2026-11-28", "11:00")),),
    ),
    case(
        "give me a nudge about sharpening the blades tonight at 7",
        reminded(TODAY, task=0, hours=[19]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Sharpen the clipper blades", due="2026-11-28"),),
    ),
    case(
        "can u move the shampoo reminder to friday morning",
        reminded(FRIDAY, task=0, hours=MORNING),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(
            s(
                "Order more de-shedding shampoo",
                due="2026-11-30",
                reminder=berlin("2026-11-26", "15:00"),
            ),
        ),
    ),
    # A wedding photographer.
    case(
        "set a reminder on the Henderson cull for Saturday 10am",
        reminded(SATURDAY, task=0, hours=[10]),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Cull the Henderson wedding", due="2026-11-29"),),
    ),
    case(
        "sneak peeks for the patels, remind me the morning of",
        reminded(TUESDAY_NEXT, task=0, hours=MORNING),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Send the Patel sneak peeks", due="2026-12-01"),),
    ),
    case(
        "kill the reminder on the SD card backup, I've got a script doing it now",
        one_of(0, reminder=CLEARED),
        state(0, due=MONDAY, status="pending"),
        nothing_added(),
        seeds=(
            s("Back up the SD cards", due="2026-11-30", reminder=berlin("2026-11-30", "09:00")),
        ),
    ),
    case(
        "remind me about the instagram post an hour before it's due",
        reminded(TUESDAY_NEXT, task=0, hours=[11]),
        state(0, due=spoken(TUESDAY_NEXT, "12:00")),
        nothing_added(),
        seeds=(s("Post on instagram", due=berlin("2026-12-01", "12:00")),),
    ),
    # A London taxi driver.
    case(
        "remind me about the badge renewal a week before",
        reminded(THURSDAY_NEXT, task=0),
        state(0, due=THURSDAY_10_DEC),
        nothing_added(),
        seeds=(s("Renew the badge", due="2026-12-10"),),
    ),
    case(
        "heathrow job monday 6am, remind me at 5",
        reminded(MONDAY, task=0, hours=[5]),
        state(0, due=spoken(MONDAY, "06:00")),
        nothing_added(),
        seeds=(s("Heathrow pickup for Mr Okafor", due=berlin("2026-11-30", "06:00")),),
    ),
    case(
        "change the meter check reminder to 3pm same day",
        reminded(THURSDAY_NEXT, task=0, hours=[15]),
        state(0, due=THURSDAY_NEXT),
        nothing_added(),
        seeds=(
            s("Book the meter check", due="2026-12-03", reminder=berlin("2026-12-03", "09:00")),
        ),
    ),
    case(
        "stop reminding me about the valet mate",
        one_of(0, reminder=CLEARED),
        state(0, due=FRIDAY, status="pending"),
        nothing_added(),
        seeds=(s("Get the cab valeted", due="2026-11-27", reminder=berlin("2026-11-27", "08:00")),),
    ),
    # A baker with her own bakery.
    case(
        "set a 4:15am reminder tomorrow on feed the sourdough starter",
        reminded(FRIDAY, task=0, hours=[4]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Feed the sourdough starter", due="2026-11-27"),),
    ),
    case(
        "remind me about the rye flour order 2 days before it's due",
        reminded(TUESDAY_NEXT, task=0),
        state(0, due=THURSDAY_NEXT),
        nothing_added(),
        seeds=(s("Order rye flour", due="2026-12-03"),),
    ),
    case(
        "drop the reminder on the oven engineer one",
        one_of(0, reminder=CLEARED),
        state(0, due=FRIDAY, status="pending"),
        nothing_added(),
        seeds=(
            s("Ring the oven engineer", due="2026-11-27", reminder=berlin("2026-11-27", "07:00")),
        ),
    ),
    # A mechanic in a small garage.
    case(
        "remind me bout doyles golf at half 3",
        reminded(TODAY, task=0, hours=[15]),
        state(0, due=TODAY),
        nothing_added(),
        seeds=(s("Ring Mr Doyle about his Golf", due="2026-11-26"),),
    ),
    case(
        "brake pads, remind me first thing monday",
        reminded(MONDAY, task=0, hours=MORNING),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Order brake pads for the Corsa", due="2026-11-30"),),
    ),
    case(
        "move the torque wrench reminder to next thurs 8am",
        reminded((THURSDAY_NEXT, THURSDAY_10_DEC), task=0, hours=[8]),
        state(0, due=THURSDAY_10_DEC),
        nothing_added(),
        seeds=(
            s(
                "Calibrate the torque wrench",
                due="2026-12-10",
                reminder=berlin("2026-11-27", "08:00"),
            ),
        ),
    ),
    # A zookeeper.
    case(
        "Please remind me about the keeper talk slides the day before they're due",
        reminded(MONDAY_7_DEC, task=0),
        state(0, due=TUESDAY_8_DEC),
        nothing_added(),
        seeds=(s("Prep the keeper talk slides", due="2026-12-08"),),
    ),
    case(
        "Could I get a reminder for the penguin pool at 7 tomorrow morning?",
        reminded(FRIDAY, task=0, hours=[7]),
        state(0, due=spoken(SATURDAY, "07:30")),
        nothing_added(),
        seeds=(s("Clean the penguin pool", due=berlin("2026-11-28", "07:30")),),
    ),
    case(
        "Can you shift the mealworm reminder an hour later?",
        reminded(FRIDAY, task=0, hours=[10]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Order mealworms", due="2026-11-30", reminder=berlin("2026-11-27", "09:00")),),
    ),
    # A yoga teacher.
    case(
        "could you gently remind me about the sound bath booking on monday at 10 🙏",
        reminded(MONDAY, task=0, hours=[10]),
        state(0, due=SATURDAY_19_DEC),
        nothing_added(),
        seeds=(s("Book the sound bath practitioner", due="2026-12-19"),),
    ),
    case(
        "remind me 15 minutes before the retreat waitlist email",
        reminded(WEDNESDAY_NEXT, task=0, hours=[18]),
        state(0, due=spoken(WEDNESDAY_NEXT, "19:00")),
        nothing_added(),
        seeds=(s("Email the retreat waitlist", due=berlin("2026-12-02", "19:00")),),
    ),
    case(
        "i'd rather not be reminded about the mats, please take that off",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY, status="pending"),
        nothing_added(),
        seeds=(
            s("Wash the studio mats", due="2026-11-28", reminder=berlin("2026-11-28", "09:00")),
        ),
    ),
)

# 6. Questions about a window of days: what is in it is named, what is not is left out.
WINDOWS: tuple[Case, ...] = (
    # Canadian English.
    case(
        "what've I got on the go tomorrow, eh?",
        says("hydro"),
        lacks("snow tires", "cottage"),
        UNCHANGED,
        seeds=(
            s("Pay the hydro bill", due="2026-11-27"),
            s("Get snow tires put on", due="2026-11-28"),
            s("Renew the cottage insurance", due="2027-01-12"),
        ),
    ),
    case(
        "anything due over the weekend? hoping to give'r at the rink",
        says("Toboggan", "Zamboni"),
        lacks("Hockey tape", "Dentist"),
        UNCHANGED,
        seeds=(
            s("Buy hockey tape", due="2026-11-27"),
            s("Wax the toboggan", due="2026-11-28"),
            s("Volunteer on the Zamboni", due=berlin("2026-11-29", "08:00")),
            s("Dentist for the kids", due="2026-11-30"),
        ),
    ),
    case(
        "what's overdue? been up north all week, sorry",
        says("library books"),
        lacks("parking ticket", "Christmas flights"),
        UNCHANGED,
        seeds=(
            s("Return the library books", due="2026-11-20"),
            s("Pay the parking ticket", "completed", due="2026-11-23"),
            s("Book the Christmas flights", due="2026-12-05"),
        ),
    ),
    case(
        "so what's on for December, could ya tell me?",
        says("butter tarts", "tourtière"),
        lacks("hydro", "cottage"),
        UNCHANGED,
        seeds=(
            s("Pay the hydro bill", due="2026-11-27"),
            s("Bake butter tarts", due="2026-12-08"),
            s("Make the tourtière", due="2026-12-24"),
            s("Renew the cottage insurance", due="2027-01-12"),
        ),
    ),
    # Trinidadian English.
    case(
        "wah I have Saturday?",
        says("barrel"),
        lacks("T&TEC", "Tanty"),
        UNCHANGED,
        seeds=(
            s("Pay the T&TEC bill", due="2026-11-27"),
            s("Collect the barrel from the wharf", due=berlin("2026-11-28", "10:00")),
            s("Call Tanty Merle", due="2026-11-29"),
        ),
    ),
    case(
        "show me wha due next week nah",
        says("pastelles", "curtains"),
        lacks("sorrel", "parang"),
        UNCHANGED,
        seeds=(
            s("Buy sorrel", due="2026-11-28"),
            s("Make the pastelles", due="2026-12-01"),
            s("Hang the new curtains", due="2026-12-03"),
            s("Parang lime at Keisha's", due="2026-12-10"),
        ),
    ),
    case(
        "anyting overdue on mih list?",
        says("WASA"),
        lacks("cable bill", "black cake"),
        UNCHANGED,
        seeds=(
            s("Pay the WASA bill", due="2026-11-19"),
            s("Pay the cable bill", "completed", due="2026-11-22"),
            s("Bake the black cake", due="2026-12-20"),
        ),
    ),
    case(
        "wha going on between now and Tuesday?",
        says("T&TEC", "barber"),
        lacks("fete"),
        UNCHANGED,
        seeds=(
            s("Pay the T&TEC bill", due="2026-11-27"),
            s("Go by the barber", due="2026-11-30"),
            s("Buy fete tickets", due="2026-12-03"),
        ),
    ),
    # Pakistani English.
    case(
        "What all is due this week yaar?",
        says("committee", "checkup"),
        lacks("mehndi", "UPS"),
        UNCHANGED,
        seeds=(
            s("Pay the committee instalment", due="2026-11-27"),
            s("Book Ammi's checkup", due="2026-11-28"),
            s("Buy gifts for the mehndi", due="2026-12-10"),
            s("Get the UPS battery changed", "deleted", due="2026-11-27"),
        ),
    ),
    case(
        "Please tell me tasks for 1st December",
        says("car tax", "Abbu"),
        lacks("tailor", "electricity"),
        UNCHANGED,
        seeds=(
            s("Collect suits from the tailor", due="2026-11-30"),
            s("Pay the car tax", due="2026-12-01"),
            s("Take Abbu to the bank", due=berlin("2026-12-01", "11:00")),
            s("Pay the electricity bill", due="2026-12-02"),
        ),
    ),
    case(
        "Kindly show what is pending for Monday",
        says("passport"),
        lacks("dawat", "cousin"),
        UNCHANGED,
        seeds=(
            s("Plan the dawat menu", due="2026-11-28"),
            s("Renew the passport", due="2026-11-30"),
            s("Call my cousin brother in Lahore", due="2026-12-07"),
        ),
    ),
    case(
        "Which tasks are overdue, I was out of station",
        says("gas bill"),
        lacks("school fees", "Eid"),
        UNCHANGED,
        seeds=(
            s("Pay the gas bill", due="2026-11-21"),
            s("Pay the school fees", "completed", due="2026-11-24"),
            s("Start planning Eid shopping", due="2027-01-12"),
        ),
    ),
    # A dog groomer.
    case(
        "who's on the table saturday? 🐶",
        says("Biscuit", "Pepper"),
        lacks("Luna", "Milo"),
        UNCHANGED,
        seeds=(
            s("Full groom for Biscuit", due=berlin("2026-11-28", "09:30")),
            s("Bath and brush for Pepper", due=berlin("2026-11-28", "13:00")),
            s("Nail trim for Luna", due="2026-11-29"),
            s("Puppy trim for Milo", due="2026-11-27"),
        ),
    ),
    case(
        "which pups have i got in today",
        says("Rolo"),
        lacks("Bella", "blades"),
        UNCHANGED,
        seeds=(
            s("De-shed Rolo the husky", due=berlin("2026-11-26", "15:00")),
            s("Hand strip Bella", due="2026-11-27"),
            s("Sharpen the clipper blades", due="2026-12-01"),
        ),
    ),
    case(
        "anything on between the 1st and the 5th of dec?",
        says("Winston", "Christmas bandanas"),
        lacks("Coco", "Teddy"),
        UNCHANGED,
        seeds=(
            s("Groom Coco the poodle", due="2026-11-30"),
            s("Groom Winston the doodle", due="2026-12-02"),
            s("Sew the Christmas bandanas", due="2026-12-05"),
            s("Groom Teddy the shih tzu", due="2026-12-07"),
        ),
    ),
    # A wedding photographer.
    case(
        "what's due this weekend? (please say nothing 😭)",
        says("Okafor", "Lindqvist"),
        lacks("Brennan", "Tanaka"),
        UNCHANGED,
        seeds=(
            s("Deliver the Brennan gallery", due="2026-11-27"),
            s("Edit the Okafor engagement shoot", due="2026-11-28"),
            s("Cull the Lindqvist wedding", due="2026-11-29"),
            s("Send the Tanaka album proofs", due="2026-11-30"),
        ),
    ),
    case(
        "what's on my plate in january",
        says("equipment insurance", "tax return"),
        lacks("Henderson", "styled shoot"),
        UNCHANGED,
        seeds=(
            s("Cull the Henderson wedding", due="2026-12-28"),
            s("Renew my equipment insurance", due="2027-01-04"),
            s("File the tax return", due="2027-01-12"),
            s("Plan the spring styled shoot", due="2027-02-15"),
        ),
    ),
    case(
        "anything overdue? be honest with me",
        says("Fischer"),
        lacks("Moreau", "lens"),
        UNCHANGED,
        seeds=(
            s("Send the Fischer sneak peeks", due="2026-11-22"),
            s("Deliver the Moreau gallery", "completed", due="2026-11-18"),
            s("Clean the 85mm lens", due="2026-12-02"),
        ),
    ),
    case(
        "next week's deadlines?",
        says("Delgado", "website"),
        lacks("Nakamura", "Quinn"),
        UNCHANGED,
        seeds=(
            s("Send the Nakamura contract", due="2026-11-27"),
            s("Deliver the Delgado gallery", due="2026-12-02"),
            s("Update the website pricing", due="2026-12-04"),
            s("Cull the Quinn elopement", due="2026-12-09"),
        ),
    ),
    # A London taxi driver.
    case(
        "what've i got tomoz",
        says("Gatwick"),
        lacks("plate", "badge"),
        UNCHANGED,
        seeds=(
            s("Gatwick run for the Hendersons", due=berlin("2026-11-27", "05:30")),
            s("Renew the plate", due="2026-11-30"),
            s("Renew the badge", due="2026-12-10"),
        ),
    ),
    case(
        "anything booked in for sunday mate",
        says("Arsenal"),
        lacks("valeted", "meter"),
        UNCHANGED,
        seeds=(
            s("Get the cab valeted", due="2026-11-28"),
            s("Pick up Dave from the Arsenal game", due=berlin("2026-11-29", "17:00")),
            s("Book the meter check", due="2026-11-30"),
        ),
    ),
    case(
        "whats on between mon and wed",
        says("tyres", "insurance", "St Pancras"),
        lacks("radio", "brake"),
        UNCHANGED,
        seeds=(
            s("Fix the radio", due="2026-11-28"),
            s("New tyres on the cab", due="2026-11-30"),
            s("Renew the cab insurance", due="2026-12-01"),
            s("St Pancras job", due=berlin("2026-12-02", "07:00")),
            s("Brake check", due="2026-12-03"),
        ),
    ),
    # A baker with her own bakery.
    case(
        "what's due today? running on 3 hrs sleep",
        says("croissant"),
        lacks("stollen", "flour"),
        UNCHANGED,
        seeds=(
            s("Laminate the croissant dough", due=berlin("2026-11-26", "14:00")),
            s("Make the stollen dough", due="2026-11-27"),
            s("Order rye flour", due="2026-11-30"),
        ),
    ),
    case(
        "what's happening the week after next?",
        says("mince pies", "market"),
        lacks("engineer", "wedding cake"),
        UNCHANGED,
        seeds=(
            s("Ring the oven engineer", due="2026-12-03"),
            s("Bake the mince pies", due="2026-12-08"),
            s("Christmas market stall", due="2026-12-12"),
            s("Deliver the wedding cake", due="2026-12-15"),
        ),
    ),
    case(
        "what's overdue on my list, don't spare me",
        says("egg supplier"),
        lacks("hygiene", "gingerbread"),
        UNCHANGED,
        seeds=(
            s("Pay the egg supplier", due="2026-11-23"),
            s("Renew the food hygiene certificate", "completed", due="2026-11-20"),
            s("Bake the gingerbread houses", due="2026-12-05"),
        ),
    ),
    case(
        "list my friday stuff pls",
        says("focaccia", "café"),
        lacks("baguette", "sourdough"),
        UNCHANGED,
        seeds=(
            s("Bake the baguettes", due="2026-11-26"),
            s("Focaccia for the pub", due=berlin("2026-11-27", "06:00")),
            s("Deliver to the café on Elm St", due="2026-11-27"),
            s("Feed the sourdough starter", due="2026-11-28"),
        ),
    ),
    # A mechanic in a small garage.
    case(
        "whats on tmrw",
        says("clutch", "Astra"),
        lacks("Corsa", "Doyle"),
        UNCHANGED,
        seeds=(
            s("Order brake pads for the Corsa", due="2026-11-26"),
            s("Clutch job on the Transit", due="2026-11-27"),
            s("MOT the Astra", due=berlin("2026-11-27", "14:00")),
            s("Ring Mr Doyle about his Golf", due="2026-11-28"),
        ),
    ),
    case(
        "anythin due next wk",
        says("timing belt", "Polo"),
        lacks("wrench", "compressor"),
        UNCHANGED,
        seeds=(
            s("Calibrate the torque wrench", due="2026-11-27"),
            s("Timing belt on the Focus", due="2026-11-30"),
            s("Diagnostics on the Polo", due="2026-12-04"),
            s("Service the compressor", due="2026-12-14"),
        ),
    ),
    case(
        "anything past due i forgot about",
        says("VAT"),
        lacks("Micra", "ramp"),
        UNCHANGED,
        seeds=(
            s("Send the VAT figures to the accountant", due="2026-11-24"),
            s("Return the Micra to Mrs Grant", "completed", due="2026-11-20"),
            s("Ramp service", due="2027-01-01"),
        ),
    ),
    # A zookeeper.
    case(
        "What have I got on 3 December?",
        says("keeper talk", "capybara"),
        lacks("penguin", "studbook"),
        UNCHANGED,
        seeds=(
            s("Clean the penguin pool", due="2026-12-02"),
            s("Give the keeper talk at the otters", due=berlin("2026-12-03", "14:00")),
            s("Weigh the capybaras", due="2026-12-03"),
            s("Update the studbook", due="2026-12-04"),
        ),
    ),
    case(
        "What's due between Christmas Eve and New Year's Day?",
        says("meerkat", "browse"),
        lacks("lemur", "annual stocktake"),
        UNCHANGED,
        seeds=(
            s("Wrap the lemur enrichment boxes", due="2026-12-19"),
            s("Christmas treats for the meerkats", due="2026-12-24"),
            s("Collect browse from the estate", due="2026-12-28"),
            s("Annual stocktake", due="2027-01-12"),
        ),
    ),
    case(
        "Is there anything due this weekend on my list?",
        says("reptile", "giraffe"),
        lacks("otter", "mealworms"),
        UNCHANGED,
        seeds=(
            s("Write the otter enrichment plan", due="2026-11-27"),
            s("Deep clean the reptile house", due="2026-11-28"),
            s("Giraffe feeding experience", due=berlin("2026-11-29", "11:00")),
            s("Order mealworms", due="2026-11-30"),
        ),
    ),
    # A yoga teacher.
    case(
        "what does my monday look like? 🌿",
        says("incense", "bolsters"),
        lacks("timetable", "retreat"),
        UNCHANGED,
        seeds=(
            s("Print the class timetable", due="2026-11-27"),
            s("Buy incense", due="2026-11-30"),
            s("Wash the bolsters", due=berlin("2026-11-30", "18:00")),
            s("Email the retreat waitlist", due="2026-12-01"),
        ),
    ),
    case(
        "what's coming up in december, lovely?",
        says("sound bath", "solstice"),
        lacks("mats", "insurance"),
        UNCHANGED,
        seeds=(
            s("Wash the studio mats", due="2026-11-28"),
            s("Book the sound bath practitioner", due="2026-12-19"),
            s("Plan the solstice class", due="2026-12-21"),
            s("Renew the teaching insurance", due="2027-01-12"),
        ),
    ),
    case(
        "anything i've let slip? overdue bits",
        says("studio rent"),
        lacks("playlist", "workshop"),
        UNCHANGED,
        seeds=(
            s("Pay the studio rent", due="2026-11-25"),
            s("Update the class playlist", "completed", due="2026-11-21"),
            s("Email the workshop waitlist", due="2026-12-02"),
        ),
    ),
    case(
        "what's on this week, gently 🙏",
        says("essential oils", "beginners"),
        lacks("retreat deposit", "teacher training"),
        UNCHANGED,
        seeds=(
            s("Order essential oils", due="2026-11-27"),
            s("Teach the beginners workshop", due=berlin("2026-11-28", "10:00")),
            s("Pay the retreat deposit", due="2026-12-10"),
            s("Teacher training module", "deleted", due="2026-11-27"),
        ),
    ),
)

# 7. Follow-ups that lean on the earlier messages of the conversation.
FOLLOW_UPS: tuple[Case, ...] = (
    # Canadian English.
    case(
        "make it urgent eh, there's a storm rolling in",
        bears("Shovel the laneway", priority="urgent"),
        before="add shovel the laneway tomorrow",
    ),
    case(
        "the second one's done, eh",
        *done(1),
        seeds=CANADIAN,
        before=SHOWN,
    ),
    case(
        "oh shoot, wrong one, put it back",
        state(2, status="pending"),
        called("restore_task"),
        untouched_except(2),
        seeds=CANADIAN,
        before="delete the cottage insurance one",
    ),
    case(
        "and what about Saturday then, eh?",
        says("snow tires"),
        lacks("hydro", "cottage"),
        UNCHANGED,
        seeds=(
            s("Pay the hydro bill", due="2026-11-27"),
            s("Get snow tires put on", due="2026-11-28"),
            s("Renew the cottage insurance", due="2026-11-30"),
        ),
        before="what's due tomorrow, eh?",
    ),
    # Trinidadian English.
    case(
        "nah man, make dat Sunday",
        bears("Buy sorrel for Christmas", "Buy sorrel", due=(SUNDAY,)),
        before="add buy sorrel for Christmas on Saturday",
    ),
    case(
        "de first one, mark it done",
        *done(2),
        seeds=TRINI,
        before=SHOWN,
    ),
    case(
        "scratch dat",
        bears("Fix de gate latch", "Fix the gate latch", status=("deleted",)),
        gone("Fix de gate latch"),
        gone("Fix the gate latch"),
        before="add fix de gate latch",
    ),
    # Pakistani English.
    case(
        "and tag it dawat please",
        bears("Buy dry fruit for the dawat", tags=(["dawat"],), due=(SATURDAY,)),
        before="Add buy dry fruit for the dawat on Saturday",
    ),
    case(
        "the last one, delete it please",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=PAKISTANI,
        before=SHOWN,
    ),
    case(
        "sorry yaar that was a mistake, undo",
        state(0, status="pending"),
        called("reopen_task"),
        untouched_except(0),
        seeds=PAKISTANI,
        before="mark the committee instalment done",
    ),
    # A dog groomer.
    case(
        "oops 11 not 10",
        bears(
            "Book Pepper's bath",
            "Book Pepper's bath for Friday",
            due=(spoken(FRIDAY, "11:00"),),
        ),
        before="add book Pepper's bath for Friday at 10",
    ),
    case(
        "2nd one is urgent!!",
        state(1, priority="urgent"),
        untouched_except(1),
        seeds=GROOMER,
        before=SHOWN,
    ),
    case(
        "also add a note: the soft pink ones from Groomers Direct",
        bears("Order new slicker brushes", status=("pending",)),
        described("Groomers Direct", title="Order new slicker brushes"),
        before="add order new slicker brushes",
    ),
    # A wedding photographer.
    case(
        "make that high prio + due Monday",
        bears("Edit the Kowalski engagement shoot", priority="high", due=(MONDAY,)),
        before="add edit the Kowalski engagement shoot",
    ),
    case(
        "bottom one's done, sent it last night",
        *done(0),
        seeds=PHOTOGRAPHER,
        before=SHOWN,
    ),
    case(
        "wait no, I still have the reception to go through, it's not done",
        state(0, status="pending"),
        called("reopen_task"),
        untouched_except(0),
        seeds=PHOTOGRAPHER,
        before="finished culling the Henderson wedding",
    ),
    # A London taxi driver.
    case(
        "cancel that mate, he's rebooked with someone else",
        bears(
            "Airport run for Mr Chen",
            "Airport run for Mr Chen friday",
            status=("deleted",),
        ),
        before="add airport run for Mr Chen friday 5am",
    ),
    case(
        "middle one, bump it to high",
        state(1, priority="high"),
        untouched_except(1),
        seeds=CABBIE,
        before=SHOWN,
    ),
    case(
        "due on the 15th",
        bears("Renew the plate licence", due=(TUESDAY_15_DEC,)),
        before="add renew the plate licence",
    ),
    # A baker with her own bakery.
    case(
        "make it high priority pls, it's a three tier",
        bears("Bake Mia's birthday cake", priority="high", due=(SATURDAY,)),
        before="add bake Mia's birthday cake for saturday",
    ),
    case(
        "no no bring that back",
        state(1, status="pending"),
        called("restore_task"),
        untouched_except(1),
        seeds=BAKER,
        before="delete order rye flour",
    ),
    case(
        "the first one and the last one are done",
        *done(0, 2),
        seeds=BAKER,
        before=SHOWN,
    ),
    # A mechanic in a small garage.
    case(
        "actualy make it tuesday",
        bears(
            "Fit the new exhaust on the transit",
            "Fit the new exhaust on the Transit",
            due=(TUESDAY_NEXT,),
        ),
        before="add fit the new exhaust on the transit monday",
    ),
    case(
        "3rd one done",
        *done(0),
        seeds=MECHANIC,
        before=SHOWN,
    ),
    case(
        "tag it parts",
        bears("Chase the factors about the wrong gasket", tags=(["parts"],)),
        before="add chase the factors about the wrong gasket",
    ),
    # A zookeeper.
    case(
        "And make it urgent please, the delivery's late",
        bears("Prepare the lemur browse", priority="urgent", due=(FRIDAY,)),
        before="Please add prepare the lemur browse for tomorrow",
    ),
    case(
        "Oh, undo that please, it wasn't finished after all",
        state(0, status="pending"),
        called("reopen_task"),
        untouched_except(0),
        seeds=KEEPER,
        before="Mark clean the penguin pool as done",
    ),
    case(
        "Could you move the second one to Monday?",
        when(MONDAY, task=1),
        untouched_except(1),
        seeds=KEEPER,
        before=SHOWN,
    ),
    # A yoga teacher.
    case(
        "set it for monday 🙏",
        bears("Call the venue about the retreat deposit", due=(MONDAY,)),
        before="add call the venue about the retreat deposit",
    ),
    case(
        "the top one is done 🙏",
        *done(2),
        seeds=YOGA,
        before=SHOWN,
    ),
    case(
        "actually scratch that, i already did it",
        bears("Refill the diffuser oils", status=("deleted", "completed")),
        before="add refill the diffuser oils",
    ),
)

# 8. The contract's table said differently, with search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    case(
        "Could ya add a task to pick up a two-four for the cottage?",
        fresh("Pick up a two-four for the cottage"),
    ),
    case(
        "show me everyting ah have on de list",
        says("T&TEC", "barrel", "Tanty"),
        UNCHANGED,
        seeds=TRINI,
    ),
    case(
        "Jee, what is still pending, please tell",
        says("committee", "UPS"),
        lacks("checkup"),
        UNCHANGED,
        seeds=(PAKISTANI[0], s(PAKISTANI[1], "completed"), PAKISTANI[2]),
    ),
    case("mark task {0} as done pls 🐾", *done(0), seeds=GROOMER),
    case(
        "delete the sneak peeks task, they cancelled",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=PHOTOGRAPHER,
    ),
    case(
        "change task {0} to 'Renew badge and plate'",
        one_of(0, title=("Renew badge and plate",)),
        untouched_except(0),
        seeds=CABBIE,
    ),
    case(
        "I need to remember to pay the flour supplier",
        fresh("Pay the flour supplier"),
    ),
    case(
        "what have i finished",
        says("Corsa", "Golf"),
        lacks("torque"),
        UNCHANGED,
        seeds=(
            s(MECHANIC[0], "completed"),
            s(MECHANIC[1], "completed"),
            MECHANIC[2],
        ),
    ),
    case(
        "Could you search for anything about the otters?",
        says("otter"),
        lacks("penguin", "mealworms"),
        UNCHANGED,
        seeds=KEEPER,
    ),
    case(
        "which tags do i use 🌿",
        says("studio", "retreat"),
        UNCHANGED,
        seeds=(
            s("Print the class timetable", tags=["studio"]),
            s("Email the retreat waitlist", tags=["retreat"]),
        ),
    ),
    case(
        "the snow tires one isn't actually done, can ya reopen it",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Get snow tires put on", "completed"), "Pay the hydro bill"),
    ),
    case(
        "bring back de barrel task ah delete by mistake",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Collect the barrel from the wharf", "deleted"), "Call Tanty Merle"),
    ),
    case(
        "take the torque wrench job off me list",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=MECHANIC,
    ),
    case(
        "Which jobs have I ticked off already?",
        says("penguin"),
        lacks("otter", "mealworms"),
        UNCHANGED,
        seeds=(s(KEEPER[0], "completed"), KEEPER[1], KEEPER[2]),
    ),
    case(
        "cheers, can you show me me whole list",
        says("badge", "valeted", "meter"),
        UNCHANGED,
        seeds=CABBIE,
    ),
)

# 8. Safety: ambiguous requests ask and change nothing; non-requests change nothing; nothing
# is deleted or completed on a guess.
SAFETY: tuple[Case, ...] = (
    case(
        "delete the call mom one",
        UNCHANGED,
        seeds=("Call Mom about Christmas", "Call Mom about the cottage"),
    ),
    case(
        "mark the Mom one done, eh",
        UNCHANGED,
        seeds=("Call Mom about Christmas", "Call Mom about the cottage"),
    ),
    case("steups, traffic on de highway real bad today", UNCHANGED, seeds=TRINI),
    case("finish the task", UNCHANGED, seeds=PAKISTANI),
    case("how do I share my list with my cousin brother?", UNCHANGED, seeds=PAKISTANI),
    case("did i already order the shampoo??", UNCHANGED, seeds=GROOMER),
    case(
        "two of the galleries are delivered 🎉",
        UNCHANGED,
        seeds=(
            "Deliver the Brennan gallery",
            "Deliver the Okafor gallery",
            "Deliver the Lindqvist gallery",
        ),
    ),
    case("asdfgh sorry cat on keyboard", UNCHANGED, seeds=PHOTOGRAPHER),
    case("delete me dentist appointment", UNCHANGED, seeds=CABBIE),
    case("bin it", UNCHANGED, seeds=CABBIE),
    case("maybe I should delete the rye flour order? not sure yet", UNCHANGED, seeds=BAKER),
    case("thats sorted now", UNCHANGED, seeds=MECHANIC),
    case(
        "move the doyle one to monday",
        UNCHANGED,
        seeds=("Ring Mr Doyle about his Golf", "Ring Mrs Doyle about the Fiesta"),
    ),
    case("The giraffes were so lovely this morning", UNCHANGED, seeds=KEEPER),
    case("thank you for everything, you're a gem 🙏", UNCHANGED, seeds=YOGA),
    case("is the timetable printed?", UNCHANGED, seeds=YOGA),
)

HELD_OUT_ELEVENTH: tuple[Case, ...] = (
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
