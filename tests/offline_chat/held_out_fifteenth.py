"""A fifteenth held-out set of everyday requests to the chat, written apart from the engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py`` past its helpers, ``second_voice.py`` to ``tenth_voice.py``,
``held_out.py`` to ``held_out_fourteenth.py``): only their imports, helpers, constants and
module docstrings. They were written before the changes that will be scored against them, from
the product contract (``PRODUCT.md``: the data model, the MCP tools, the chat section and its
natural-language table), from the tools' arguments (``docs/mcp.md``), from how a conversation
is played (``conftest.py``) and from what an ordinary user of a task manager would expect. No
sentence was run through the engine while writing, no scoring test was run, and none is ever
tuned against, sentence by sentence: a miss here is a miss to report, not an expectation to
adjust.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: Manx English, from the Isle of Man ("moghrey mie" for good morning, "gura mie ayd"
for thank you, "traa dy liooar" for time enough, never a date, "the boat" to Heysham, "across"
for England, Auntie Ealee, queenies from Port St Mary, the Manx Utilities bill, the TT
grandstand, the Raad ny Foillan, the fairies on the bridge); Newfoundland English ("b'y", "me
son", "what are ya at", "some" for "very", "I'm after paying" for "I have just paid", "luh",
"lard tunderin'", the moose draw, the skidoo, the cabin, Nan's Jigg's dinner, bakeapples, a
scoff, plugging in the truck, the Newfoundland Power bill); a Maltese speaker's English
("mela", "ejja", "le", "grazzi", "saħħa", "prosit", "put for me", Nanna and Nannu, Mater Dei,
the ARMS bill, the Gozo ferry, the Tallinja card, pastizzi for the band club, the festa, the
Identità card); a Persian speaker's English, living in Berlin ("please for me add", "merci",
"khaste nabashi", "it is very important", "please write it", Maman, Baba, Khaleh Mina, saffron,
Yalda night, the Ausländerbehörde, the residence permit, the Rundfunkbeitrag); a marathon
runner ("parkrun", the long run, the tempo run, gels, the race bib, the physio, foam rolling,
"PB", "🏃", "✅", lowercase and clipped); a volunteer on a lifeboat crew (the pager, the station,
crew training, the launch tractor, drysuits, lifejackets, the casualty care certificate, the
VHF test, the coxswain, Lifeboat Day and its raffle); a choir director writing courteously
("Would you be so kind", "I shall", "rather", the Messiah scores, sectionals, the altos and the
sopranos, rehearsal tracks, Margaret the accompanist, the robes, the carol concert, the
organist); a school caretaker (the grit bins, buffing the hall floor, the fire alarm test, PAT
testing the kettles, the boiler room, the bins, the Head, the PTA disco, blue roll, "job for
me", "give us"); a barista running the bar of a café (oat milk crates, backflushing the group
heads, dialling in the new Ethiopian on the grinder, the roaster, the till float, the close and
the earlies, "abt", "tmrw", "u", "→"); and a model railway enthusiast writing in full (the
layout, the DCC decoder for the Class 37, ballasting the branch line, the swapmeet, club night,
soldering the droppers, Peco points, the signal box, oiling the locos, the Flying Scotsman).

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("could you put on my list to", "put down
   to", "Add '...' by", "new task:", "stick this on me list:", "stick it on the list and make
   it some important", "remind me to", "Mela, please make me a task:", "Ejja, add", "Can you
   put ... on my list for", "Please add for me one task,", "I must ..., please write it", "add:
   ... fri 🏃", "can you add it for saturday?", "stick '...' on the list", "put down:", "quick
   - add", "Can you add a task to", "Reminder for myself:", "Would you be so kind as to add",
   "I must remember to", "Note for the choir list:", "Job for me -", "Head's orders", "can you
   put ... on for", "add ... pls", "can u add", "pop on the list:", "Please add a task:", "I
   ought to ..., could you pop it down for", "Luh, add", "Put for me:", "Add a to-do to",
   "Could you add"), with dates, times, priority, tags and notes; only the title reaches the
   title, and a note is kept as the description.
2. ``REPEATS``: repeats said in words ("every Tuesday night", "every day at 5pm", "every month
   on the 1st", "every Friday at 7 in evening", "every saturday 9am", "every sunday", "every
   Tuesday and Thursday at 7pm", "every month", "every Wednesday at half seven in the evening",
   "every Wednesday at 8 sharp", "every weekday at 7am", "every night at 6", "every other
   monday", "first Friday of every month", "every 3 weeks", "every Sunday after mass", "every
   year", "every Monday and Friday", "the last Saturday" of the month), on a new task or an
   existing one ("a daily thing", "every fortnight on Monday", "every day now ..., not weekly",
   "twice a week now — Mondays and Thursdays", "every 2 months please", "yearly now", "every
   month", "every night at 10", "to Wednesdays every week"); a repeat stopped ("stop ...
   repeating", "no longer repeating").
3. ``FACTS``: statements of fact that mean "done" ("'s booked for the 4th", "dropped ... round
   this morning", "I'm after paying", "'s back from the shop, all serviced", "is paid",
   "ordered, 40 of them", "I bought ... already", "I called ... yesterday", "collected ✅",
   "ordered, 24 of the caffeine ones", "are washed down and hung up", "Passed the ... renewal
   today!", "have arrived — I ordered them", "sent to the altos.", "filled, all four", "'s
   buffed, come up lovely", "spoke to the roaster", "'s ordered", "is fitted and she runs
   beautifully", "Finished ... at last") complete the task they name and leave every other task
   alone; negatives ("haven't paid ... yet", "is still not booked", "not booked ... yet",
   "didn't get round to", "is only half ballasted so far"), plans ("I will book ... on
   Monday", "I shall book"), questions ("did I put in for ... yet?", "has anyone serviced
   ...?") and uncertainty ("think I tested ..., can't remember") change nothing.
4. ``EDITS``: priority set, raised or lowered ("is urgent now", "bump ... up a notch", "less
   important, it can wait", "the highest priority", "can go down to low", "is high priority
   now", "rather more pressing now; raise the priority", "knock ... down to medium", "→
   urgent", "can be low priority"), the due date pushed back a week, two days or two weeks,
   brought forward a day or to tomorrow or to today, moved to a weekday, to a date ("10
   December"), to "next Thursday", to 8am Wednesday, to 6pm tonight, "one day later"; a due
   date taken off; rename ("rename ... to", "Please change '...' to '...'", "call the ... one
   '...'", "Rename '...' to '...'"); a note set; tags added, swapped or set on two tasks.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative
   to its due date ("give me a shout about ... tomorrow at 9", "an hour before", "the day
   before", "on Friday at 6 in the evening", "2 hours before", "on Sunday 4 in afternoon",
   "ping me at 12 tomorrow", "45 mins before", "half an hour before", "Monday morning, 8ish",
   "Saturday morning at ten", "the evening before", "15 minutes before", "tonight at 9", "two
   days before", "at 6:30am tmrw", "10 min before", "to 11", "a week before", "Sunday at 2 in
   the afternoon", "Wednesday at noon", "Sunday night at 9", "tomorrow after work at 5", "the
   morning of ..., 9 o'clock", "3 days before", moved "to Sunday evening 8" or "to Wednesday
   at 7am"), or cleared ("no need to remind me", "reminder off pls", "I no longer need a
   reminder", "Take the reminder off"); no task is added and the task's due date stays as it
   was.
6. ``WINDOWS``: questions about today ("What's on today, moghrey mie?", "what's on for me today,
   I'm on the close"), tomorrow ("Tomorrow what must I do?", "anything tomorrow for me?"), a
   weekday ("What do I have on Saturday?", "anything sunday?", "what's on for monday", "Have I
   anything on Wednesday?", "What's on Friday?", "what's on tmrw"), a date ("on the 8th"), the
   weekend ("what's on the go this weekend b'y?", "anything over the weekend?"), this week
   ("what's left this week 🏃", "Anything left to do this week?"), next week, the next three
   days, a month ("In December", "in January"), a span ("between now and race day on the 6th",
   "between Monday and Wednesday", "before Christmas"), a tag, overdue ("am I behind on
   anything?", "Is anything overdue, may I ask?", "what have I let slip?", "anything gone past
   its date?") and what is done ("Which tasks I finished?", "what did I get done?", "Which ones
   did I do already?"): the reply names what is in the window, leaves out what is not (a deleted
   task never, a completed one never as overdue or left to do), and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "and make it high
   priority", "also put it important", "make that one urgent too", "Oh, and put it in as low
   priority", a corrected day ("no b'y, Saturday, not tomorrow", "sorry, I mean for
   Saturday", "actually make that Sunday", "put it for Monday b'y", "due the 15th"), a tag or a
   note added to the task just made, "and add ... too", a position in a list just shown ("the
   middle one's done", "delete the last one", "first one done ✅", "Would you delete the
   second one?", "top one to urgent", "bottom one's sorted", "The first and the last are both
   done", "second one, please rename to"), "no sorry, the second one" after a deletion, a pick
   from the choice the assistant offered ("the lawyer one", "The sectionals one, please"),
   "wait no I'm not", "undo that, it was the other crew", "Le le, bring it back", "oh heck,
   no, put it back", "scrap that", "ejja, delete it", "undo" after an edit and after two
   turns, "and delete it" after a search, "and the physio too", "make the tractor one urgent"
   after a list, "move the ballasting to next Saturday", "and Saturday?".
8. ``TABLE``: the contract's table said in the voices' words: add ("Add a task to", "Add task:"),
   list ("show me everything b'y", "Could you show me all my tasks, please?"), pending
   ("What's still pending, mela?", "what's outstanding?"), complete ("Please mark task N as
   finished", "Mark '...' as done"), delete ("delete the ... task", "get rid of the ... task"),
   rename ("Change task N to '...'", "change task N to '...'"), "I need to remember to", "must
   remember to", completed ("what have I done so far?"); with search ("find the grinder one",
   "Search for Margaret"), tags ("Which tags do I use?", "Tag the ... task with"), reopen
   ("open ... back up", "reopen the ... order") and restore ("bring back the ... task I
   deleted", "Restore the ... task, I deleted it by mistake").
9. ``SAFETY``: messages that must change nothing: chit-chat ("fairies said hello on the
   bridge", "she's some cold out today b'y", "Grazzi ħafna, saħħa!", "Merci, khaste
   nabashi!", "new 5k PB this morning", "Pager went off at 3am", "The sopranos were glorious
   tonight.", "kids have trashed the hall again", "a guy just ordered a 9-shot latte", "Saw the
   Flying Scotsman go through"), requests the assistant cannot do ("what pace do I need for a
   sub-3 marathon?", "What time is the ferry to Gozo?", "How many euros is 100 dollars?",
   "Play me the tenor line"), an ambiguous reference that must ask and name the candidates
   ("Tick off the pay task", "serviced her today b'y", "Delete the booking one", "The call is
   done", "order's done", "Please delete the send task."), and nothing deleted or completed on
   a guess ("Done." and "bin it" with nothing before them, a task that does not exist, "done a
   few of the jobs", a hedge about deleting or about having paid).

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the day after tomorrow Saturday 28 November, the
weekend is 28-29 November and next week runs from Monday 30 November to Sunday 6 December.
"This week" is asked only of tasks that are in it (or out of it) on every reading, whether it
ends on Sunday or runs seven days, and so is "next week" and "the next three days"; a span
"between now and the 6th" is asked only of days well inside or outside it. Seeds give their
dates in ISO-8601; seeded times carry Berlin's winter offset (+01:00). Tasks are checked as the
tools report them (``status`` pending, completed or deleted; ``priority`` none, low, medium,
high or urgent; ``tags`` a list; ``description``; ``due`` and ``reminder`` spoken in the user's
zone, "Friday 27 November 2026" for a whole day and "Friday 27 November 2026, 09:00" with a
time; ``recurrence`` as RRULE text). Titles are expected with their first letter capitalised
and kept in the user's own words ("Send the kippers across to our Ealee", "Put in for the moose
draw", "Renew Nanna's Identità card", "Book the appointment at Ausländerbehörde", "Order 6
crates of oat milk", "Fit the DCC decoder to the Class 37"); where a title may fairly be kept
with or without some words (a trailing clause that gives a purpose or an occasion, "before the
frost", "after close", "for Saturday's scoff", "after mass"), each is accepted. Where the words
leave the meaning open ("next Tuesday", "next Friday" or "next Thursday" said on a Thursday,
"some important", "it is very important", "top priority", "less important", "rather more
pressing", "not urgent", "Sunday evening", "Sunday afternoon", "tomorrow afternoon", "8ish",
"the evening before"), every reasonable reading is accepted; a day said without a time is
checked on the day only. Words of the voice are read as the voice means them: the Manx "traa
dy liooar" is time enough, never a date; the Newfoundland "I'm after paying" is "I have just
paid" and "some important" is "very important"; the Maltese "le" is "no"; "Friday week" is
Friday 4 December. A list shows the latest seeded task first, as the corpus says: "the second
one" and "the middle one" of three are the middle one either way, "the first one" and "the top
one" are the last seeded, and "the last one" and "the bottom one" the first seeded; a list is
always counted by position, never by an id, and positions are asked only of seeds without a
due date, so that no order by date can move them. Recurring seeds carry a due date, as a
repeating task in a task manager usually has one, and no recurring task is completed (its next
occurrence would be a new task). Projects are left out, as the seeds are tasks only.

A follow-up that takes back a completion or a deletion also expects ``reopen_task`` or
``restore_task`` to be called (by ``docs/mcp.md`` the only tools that can do it), and one that
withdraws a task just added expects ``delete_task``, so that a first message that changed
nothing cannot make the case pass; an undo of an edit expects ``update_task`` again. A
follow-up on a task just added finds it by the titles the first message may fairly have given
it, with the field the follow-up sets, so it cannot pass when that task is missing.

No new check is defined here: the set uses the helpers of ``held_out.py``,
``held_out_second.py``, ``held_out_fourth.py`` and ``held_out_fifth.py`` as they are.
"""

from __future__ import annotations

from .corpus import UNCHANGED, Case, called, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out_fifth import SATURDAY_12_DEC, TUESDAY_15_DEC, bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
    SATURDAY_19_DEC,
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
    SATURDAY_NEXT,
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
)

__all__ = ["HELD_OUT_FIFTEENTH"]

# A few more days, as the tools say them.
FRIDAY_11_DEC = "Friday 11 December 2026"
FRIDAY_18_DEC = "Friday 18 December 2026"

# The same days as seeds give them, in ISO-8601.
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

# Tasks of each voice, for the families that need several of them.
MANX = (
    "Book the boat to Heysham",
    "Pay the Manx Utilities bill",
    "Take the kippers to Auntie Ealee",
)
NFLD = ("Put in for the moose draw", "Pay the Newfoundland Power bill", "Get the skidoo serviced")
MALTA = ("Pay the ARMS bill", "Book the Gozo ferry", "Order pastizzi for the band club")
PERSIAN = ("Buy saffron for Maman", "Book the Ausländerbehörde appointment", "Call Khaleh Mina")
RUNNER = ("Book the physio", "Order more gels", "Pick up my race bib")
LIFEBOAT = (
    "Service the launch tractor",
    "Renew my casualty care certificate",
    "Wash down the drysuits",
)
CHOIR = (
    "Order the Messiah scores",
    "Book the church hall for sectionals",
    "Send the rehearsal tracks to the altos",
)
CARETAKER = ("Fill the grit bins", "Buff the hall floor", "Test the fire alarm")
BARISTA = ("Order oat milk", "Backflush the group heads", "Call the roaster about the beans")
RAILWAY = ("Fit the DCC decoder", "Ballast the branch line", "Book a table at the swapmeet")

# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED = (
    # Manx English.
    case(
        "Moghrey mie! Could you put on my list to book the boat to Heysham for Friday, gura "
        "mie ayd",
        fresh("Book the boat to Heysham", due=FRIDAY),
    ),
    case(
        "put down to send the kippers across to our Ealee, traa dy liooar",
        fresh("Send the kippers across to our Ealee", due=CLEARED),
    ),
    case(
        "Add 'pay the Manx Utilities bill' by Monday, high priority",
        fresh("Pay the Manx Utilities bill", due=MONDAY, priority="high"),
    ),
    case(
        "new task: get queenies from the fish shop in Port St Mary for Saturday, tag it food. "
        "Note: ask for a dozen, shelled",
        fresh(
            "Get queenies from the fish shop in Port St Mary",
            "Get queenies from the fish shop",
            due=SATURDAY,
        ),
        tagged("food"),
        described("dozen"),
    ),
    # Newfoundland English.
    case(
        "what are ya at b'y, stick this on me list: pay the Newfoundland Power bill tomorrow",
        fresh("Pay the Newfoundland Power bill", due=FRIDAY),
    ),
    case(
        "Yes b'y, gotta put in for the moose draw by Wednesday, stick it on the list and make "
        "it some important",
        fresh("Put in for the moose draw", due=WEDNESDAY_NEXT, priority=("high", "urgent")),
    ),
    case(
        "me son, remind me to get the skidoo serviced Saturday morning at 10",
        fresh("Get the skidoo serviced"),
        when(SATURDAY, fields=("due", "reminder"), hours=[10]),
    ),
    case(
        "Luh, add make a big pot of pea soup for Saturday's scoff, tag it food",
        fresh("Make a big pot of pea soup", "Make a big pot of pea soup for Saturday's scoff"),
        tagged("food"),
    ),
    # A Maltese speaker's English.
    case(
        "Mela, please make me a task: renew Nanna's Identità card, for next Tuesday",
        fresh("Renew Nanna's Identità card", due=(TUESDAY_NEXT, TUESDAY_8_DEC)),
    ),
    case(
        "Ejja, add 'order 40 pastizzi for the band club' for Saturday, it's urgent",
        fresh(
            "Order 40 pastizzi for the band club",
            due=SATURDAY,
            priority="urgent",
        ),
    ),
    case(
        "Can you put pay the ARMS bill on my list for the 3rd, and tag it house? Grazzi",
        fresh("Pay the ARMS bill", due=THURSDAY_NEXT),
        tagged("house"),
    ),
    case(
        "Put for me: take Nannu to Mater Dei, Wednesday 9:30. Note: bring his blue folder",
        fresh("Take Nannu to Mater Dei"),
        when(WEDNESDAY_NEXT, hours=[9]),
        described("blue folder"),
    ),
    # A Persian speaker's English.
    case(
        "Hello, please add for me one task, buy saffron for Maman, for Saturday. Merci",
        fresh("Buy saffron for Maman", due=SATURDAY),
    ),
    case(
        "I must book the appointment at Ausländerbehörde for Monday 9 o'clock, it is very "
        "important, please write it",
        fresh(
            "Book the appointment at Ausländerbehörde",
            "Book the appointment at the Ausländerbehörde",
            priority=("high", "urgent"),
        ),
        when(MONDAY, hours=[9]),
    ),
    case(
        "Add call Khaleh Mina on Sunday evening, note: ask about the Yalda party",
        fresh("Call Khaleh Mina"),
        when(SUNDAY),
        described("Yalda"),
    ),
    case(
        "Please add: send photos of the residence permit to the lawyer, tags: visa. It is not "
        "urgent",
        fresh("Send photos of the residence permit to the lawyer", priority=("none", "low")),
        tagged("visa"),
    ),
    # A marathon runner.
    case("add: pick up my race bib fri 🏃", fresh("Pick up my race bib", due=FRIDAY)),
    case(
        "need to book the physio before my long run on sunday, can you add it for saturday? "
        "calf is tight",
        fresh("Book the physio", "Book the physio before my long run", due=SATURDAY),
    ),
    case(
        "stick 'order more gels' on the list, tag it race, low priority",
        fresh("Order more gels", priority="low"),
        tagged("race"),
    ),
    case(
        "put down: foam roll and stretch tonight at 8",
        fresh("Foam roll and stretch"),
        when(TODAY, fields=("due", "reminder"), hours=[20]),
    ),
    # A lifeboat crew volunteer.
    case(
        "Pager's just gone, quick - add renew my casualty care certificate for next Friday",
        fresh("Renew my casualty care certificate", due=(FRIDAY, FRIDAY_NEXT)),
    ),
    case(
        "Can you add a task to wash down the drysuits after Tuesday's exercise — put it for "
        "Wednesday, tag station",
        fresh(
            "Wash down the drysuits",
            "Wash down the drysuits after Tuesday's exercise",
            due=WEDNESDAY_NEXT,
        ),
        tagged("station"),
    ),
    case(
        "Reminder for myself: sell raffle tickets at the Lifeboat Day stall, Saturday 10am. "
        "Note: float is in the blue tin",
        fresh("Sell raffle tickets at the Lifeboat Day stall"),
        when(SATURDAY, fields=("due", "reminder"), hours=[10]),
        described("blue tin"),
    ),
    # A choir director.
    case(
        "Would you be so kind as to add 'order the Messiah scores' for Monday, marked high?",
        fresh("Order the Messiah scores", due=MONDAY, priority="high"),
    ),
    case(
        "I must remember to send the rehearsal tracks to the altos tomorrow afternoon",
        fresh("Send the rehearsal tracks to the altos"),
        when(FRIDAY),
    ),
    case(
        "Note for the choir list: book the church hall for sectionals on the 8th, tags choir "
        "and hall",
        fresh("Book the church hall for sectionals", due=TUESDAY_8_DEC),
        tagged("choir", "hall"),
    ),
    case(
        "Add a to-do to ask Margaret to accompany the carol concert, due Monday, with a note "
        "that she prefers the Rutter arrangements",
        fresh("Ask Margaret to accompany the carol concert", due=MONDAY),
        described("Rutter"),
    ),
    # A school caretaker.
    case(
        "Job for me - fill the grit bins before the frost, put it for tomorrow",
        fresh("Fill the grit bins", "Fill the grit bins before the frost", due=FRIDAY),
    ),
    case(
        "add buff the hall floor before the Christmas fair, Friday week please, Head's orders",
        fresh(
            "Buff the hall floor",
            "Buff the hall floor before the Christmas fair",
            due=FRIDAY_NEXT,
        ),
    ),
    case(
        "can you put PAT test the kettles in the staff room on for Monday, low priority",
        fresh("PAT test the kettles in the staff room", due=MONDAY, priority="low"),
    ),
    case(
        "Could you add change the bulb in the boys' toilets, top priority, the Head's been on "
        "at me",
        fresh("Change the bulb in the boys' toilets", priority=("urgent", "high")),
    ),
    # A barista.
    case(
        "add order 6 crates of oat milk for tomorrow 7am, urgent pls",
        fresh("Order 6 crates of oat milk", priority="urgent"),
        when(FRIDAY, hours=[7]),
    ),
    case(
        "can u add dial in the new Ethiopian on the grinder for saturday, tag it bar",
        fresh("Dial in the new Ethiopian on the grinder", due=SATURDAY),
        tagged("bar"),
    ),
    case(
        "pop on the list: count the till float tonight after close. note: it was £20 short on "
        "tuesday",
        fresh("Count the till float", "Count the till float after close"),
        when(TODAY),
        described("£20 short"),
    ),
    # A model railway enthusiast.
    case(
        "Please add a task: fit the DCC decoder to the Class 37, Sunday afternoon. Tag it layout.",
        fresh("Fit the DCC decoder to the Class 37"),
        when(SUNDAY),
        tagged("layout"),
    ),
    case(
        "I ought to ballast the branch line before the club exhibition, could you pop it down "
        "for the 12th?",
        fresh(
            "Ballast the branch line",
            "Ballast the branch line before the club exhibition",
            due=SATURDAY_12_DEC,
        ),
    ),
    case(
        "Add 'Book a table at the swapmeet' — medium priority, for the 5th.",
        fresh("Book a table at the swapmeet", priority="medium", due=SATURDAY_NEXT),
    ),
)

# 2. Repeats said in words, on a new task or an existing one; a repeat changed or stopped.
REPEATS = (
    # New tasks.
    case(
        "add take the bins out every Tuesday night",
        repeats(
            "FREQ=WEEKLY",
            called=("Take the bins out",),
            either=(on("BYDAY=TU", "Tuesday"),),
        ),
    ),
    case(
        "put down check on Nan every day at 5pm b'y",
        repeats("FREQ=DAILY", called=("Check on Nan",), either=(at(17),)),
    ),
    case(
        "Add for me: top up the Tallinja card every month on the 1st",
        repeats(
            "FREQ=MONTHLY",
            called=("Top up the Tallinja card",),
            either=(on("BYMONTHDAY=1", " 1 December 2026"),),
        ),
    ),
    case(
        "Please make a task call Maman every Friday at 7 in evening",
        repeats(
            "FREQ=WEEKLY",
            called=("Call Maman",),
            either=(on("BYDAY=FR", "Friday"), at(19)),
        ),
    ),
    case(
        "add parkrun every saturday 9am",
        repeats(
            "FREQ=WEEKLY",
            called=("Parkrun",),
            either=(on("BYDAY=SA", "Saturday"), at(9)),
        ),
    ),
    case(
        "long run every sunday, add it pls",
        repeats("FREQ=WEEKLY", called=("Long run",), either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "Add crew training every Tuesday and Thursday at 7pm",
        repeats("FREQ=WEEKLY;BYDAY=TU,TH", called=("Crew training",), either=(at(19),)),
    ),
    case(
        "Add check the lifejackets every month",
        repeats("FREQ=MONTHLY", called=("Check the lifejackets",)),
    ),
    case(
        "Please add choir rehearsal, every Wednesday at half seven in the evening",
        repeats(
            "FREQ=WEEKLY",
            called=("Choir rehearsal",),
            either=(on("BYDAY=WE", "Wednesday"), at(19, 30)),
        ),
    ),
    case(
        "add test the fire alarm every Wednesday at 8 sharp",
        repeats(
            "FREQ=WEEKLY",
            called=("Test the fire alarm",),
            either=(on("BYDAY=WE", "Wednesday"), at(8)),
        ),
    ),
    case(
        "new job: bins out every weekday at 7am",
        repeats(*WEEKDAY_RULES, called=("Bins out",), either=(at(7),)),
    ),
    case(
        "add check the boiler room every Monday and Friday",
        repeats("FREQ=WEEKLY;BYDAY=MO,FR", called=("Check the boiler room",)),
    ),
    case(
        "add backflush the group heads every night at 6",
        repeats("FREQ=DAILY", called=("Backflush the group heads",), either=(at(18),)),
    ),
    case(
        "add deep clean the grinder every other monday",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            called=("Deep clean the grinder",),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "Add club night, first Friday of every month",
        repeats(
            "FREQ=MONTHLY;BYDAY=1FR",
            "FREQ=MONTHLY;BYDAY=+1FR",
            "FREQ=MONTHLY;BYDAY=FR;BYSETPOS=1",
            called=("Club night",),
        ),
    ),
    case(
        "Add clean the track every 3 weeks",
        repeats("FREQ=WEEKLY;INTERVAL=3", called=("Clean the track",)),
    ),
    case(
        "Ejja, add visit Nanna every Sunday after mass",
        repeats(
            "FREQ=WEEKLY",
            called=("Visit Nanna", "Visit Nanna after mass"),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "add renew the fishing licence every year",
        repeats("FREQ=YEARLY", called=("Renew the fishing licence",)),
    ),
    case(
        "Add a monthly one: service the launch tractor, on the last Saturday",
        repeats(
            "FREQ=MONTHLY;BYDAY=-1SA",
            "FREQ=MONTHLY;BYDAY=SA;BYSETPOS=-1",
            called=("Service the launch tractor",),
        ),
    ),
    # Existing tasks: a repeat set or changed.
    case(
        "make the physio stretches a daily thing",
        repeats("FREQ=DAILY", task=0),
        untouched_except(0),
        seeds=(s("Physio stretches", due=D_FRI), s("Order more gels")),
    ),
    case(
        "The choir newsletter should go out every fortnight on Monday, please.",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0, either=(on("BYDAY=MO", "Monday"),)),
        seeds=(s("Send the newsletter to the choir", due=D_MON),),
    ),
    case(
        "boiler pressure - every day now it's cold, not weekly",
        repeats("FREQ=DAILY", task=0),
        seeds=(s("Check the boiler pressure", due=D_MON, recurrence="FREQ=WEEKLY;BYDAY=MO"),),
    ),
    case(
        "oat milk order's twice a week now → mondays and thursdays",
        repeats("FREQ=WEEKLY;BYDAY=MO,TH", task=0),
        seeds=(s("Order oat milk", due=D_MON, recurrence="FREQ=WEEKLY;BYDAY=MO"),),
    ),
    case(
        "Send money to Baba, not every month anymore, every 2 months please",
        repeats("FREQ=MONTHLY;INTERVAL=2", task=0),
        seeds=(s("Send money to Baba", due=D_TUE, recurrence="FREQ=MONTHLY"),),
    ),
    case(
        "the band club subs are yearly now, not monthly, grazzi",
        repeats("FREQ=YEARLY", task=0),
        seeds=(s("Pay the band club subs", due=D_TUE, recurrence="FREQ=MONTHLY;BYMONTHDAY=1"),),
    ),
    case(
        "make the Heysham boat one every month",
        repeats("FREQ=MONTHLY", task=0),
        untouched_except(0),
        seeds=(s("Book the boat to Heysham", due=D_FRI), s("Pay the Manx Utilities bill")),
    ),
    case(
        "make plug in the truck every night at 10 b'y, some cold out",
        repeats("FREQ=DAILY", task=0, either=(at(22),)),
        seeds=(s("Plug in the truck", due=D_TODAY),),
    ),
    case(
        "move the tempo run to wednesdays every week",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=WE", "Wednesday"),)),
        seeds=(s("Tempo run", due=D_TUE, recurrence="FREQ=WEEKLY;BYDAY=TU"),),
    ),
    # A repeat stopped.
    case(
        "Stop the VHF test repeating, the coxswain does it now",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        seeds=(s("Test the VHF radio", due=D_SUN, recurrence="FREQ=WEEKLY;BYDAY=SU"),),
    ),
    case(
        "Oil the locos - no longer repeating, please.",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        seeds=(s("Oil the locos", due=D_SAT, recurrence="FREQ=MONTHLY"),),
    ),
)

# 3. Statements of fact that mean "done" complete the named task and leave the others alone;
# negatives, plans, questions and uncertainty change nothing.
FACTS = (
    # Manx English.
    case("Boat's booked for the 4th, gura mie", *done(0), seeds=MANX),
    case("dropped the kippers round to Auntie Ealee this morning", *done(2), seeds=MANX),
    case("haven't paid the Manx Utilities yet, traa dy liooar", UNCHANGED, seeds=MANX),
    # Newfoundland English.
    case("I'm after paying the Newfoundland Power bill b'y", *done(1), seeds=NFLD),
    case("skidoo's back from the shop, all serviced", *done(2), seeds=NFLD),
    case("did I put in for the moose draw yet?", UNCHANGED, seeds=NFLD),
    # A Maltese speaker's English.
    case("Mela, the ARMS bill is paid, grazzi", *done(0), seeds=MALTA),
    case("Pastizzi ordered, 40 of them, prosit to me", *done(2), seeds=MALTA),
    case("I will book the Gozo ferry on Monday", UNCHANGED, seeds=MALTA),
    # A Persian speaker's English.
    case("I bought the saffron for Maman already", *done(0), seeds=PERSIAN),
    case("I called Khaleh Mina yesterday, she is fine, merci", *done(2), seeds=PERSIAN),
    case(
        "Ausländerbehörde appointment is still not booked, the website is broken",
        UNCHANGED,
        seeds=PERSIAN,
    ),
    # A marathon runner.
    case("bib collected ✅", *done(2), seeds=RUNNER),
    case("gels ordered, 24 of the caffeine ones", *done(1), seeds=RUNNER),
    case("not booked the physio yet, calf feels ok", UNCHANGED, seeds=RUNNER),
    # A lifeboat crew volunteer.
    case("Drysuits are washed down and hung up", *done(2), seeds=LIFEBOAT),
    case("Passed the casualty care renewal today!", *done(1), seeds=LIFEBOAT),
    case("has anyone serviced the launch tractor?", UNCHANGED, seeds=LIFEBOAT),
    # A choir director.
    case("The Messiah scores have arrived — I ordered them on Monday.", *done(0), seeds=CHOIR),
    case("Rehearsal tracks sent to the altos.", *done(2), seeds=CHOIR),
    case(
        "I shall book the church hall for sectionals after Sunday's service.",
        UNCHANGED,
        seeds=CHOIR,
    ),
    # A school caretaker.
    case("grit bins filled, all four", *done(0), seeds=CARETAKER),
    case("hall floor's buffed, come up lovely", *done(1), seeds=CARETAKER),
    case("think I tested the fire alarm, can't remember tbh", UNCHANGED, seeds=CARETAKER),
    # A barista.
    case("spoke to the roaster about the beans, new batch tuesday", *done(2), seeds=BARISTA),
    case("oat milk's ordered", *done(0), seeds=BARISTA),
    case("didn't get round to backflushing the group heads, too busy", UNCHANGED, seeds=BARISTA),
    # A model railway enthusiast.
    case("The DCC decoder is fitted and she runs beautifully.", *done(0), seeds=RAILWAY),
    case("Finished ballasting the branch line at last.", *done(1), seeds=RAILWAY),
    case("The branch line is only half ballasted so far.", UNCHANGED, seeds=RAILWAY),
)

# 4. Edits: priority, due date moved or cleared, rename, note, tags.
EDITS = (
    # Manx English.
    case(
        "the Manx Utilities bill is urgent now, they've sent a red letter",
        state(1, priority="urgent"),
        untouched_except(1),
        seeds=(
            s("Book the boat to Heysham"),
            s("Pay the Manx Utilities bill", due=D_MON),
            s("Take the kippers to Auntie Ealee"),
        ),
    ),
    case(
        "push the boat booking back a week",
        state(0, due=FRIDAY_NEXT),
        untouched_except(0),
        seeds=(s("Book the boat to Heysham", due=D_FRI), s("Pay the Manx Utilities bill")),
    ),
    case(
        "rename the kippers one to 'Post the kippers to Auntie Ealee'",
        state(2, title="Post the kippers to Auntie Ealee"),
        untouched_except(2),
        seeds=MANX,
    ),
    # Newfoundland English.
    case(
        "bump the moose draw up a notch b'y",
        state(0, priority="high"),
        seeds=(s("Put in for the moose draw", priority="medium"),),
    ),
    case(
        "move the skidoo service to Monday",
        state(0, due=MONDAY),
        untouched_except(0),
        seeds=(s("Get the skidoo serviced", due=D_SAT), s("Pay the Newfoundland Power bill")),
    ),
    case(
        "take the date off the power bill one, I'm on the equal payment plan now",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(s("Pay the Newfoundland Power bill", due=D_FRI),),
    ),
    case(
        "tag the skidoo one with cabin",
        tagged("cabin", task=2),
        untouched_except(2),
        seeds=NFLD,
    ),
    # A Maltese speaker's English.
    case(
        "Make the ferry booking less important, it can wait",
        lowered(0),
        seeds=(s("Book the Gozo ferry", priority="high"),),
    ),
    case(
        "Can you bring the ARMS bill forward to tomorrow?",
        state(0, due=FRIDAY),
        seeds=(s("Pay the ARMS bill", due=D_THU),),
    ),
    case(
        "Put a note on the pastizzi one: 20 ricotta, 20 peas",
        described("20 ricotta", task=0),
        state(0, title="Order pastizzi for the band club"),
        seeds=(s("Order pastizzi for the band club"),),
    ),
    case(
        "change the date of Nannu's hospital to 10 December",
        state(0, due=THURSDAY_10_DEC),
        untouched_except(0),
        seeds=(
            s("Take Nannu to Mater Dei", due=D_WED),
            s("Pay the ARMS bill"),
            s("Book the Gozo ferry"),
        ),
    ),
    # A Persian speaker's English.
    case(
        "The residence permit task, please make it the highest priority",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=(s("Renew the residence permit", priority="medium"), s("Call Khaleh Mina")),
    ),
    case(
        "Call Khaleh Mina, change to Saturday please",
        state(0, due=SATURDAY),
        seeds=(s("Call Khaleh Mina", due=D_FRI),),
    ),
    case(
        "Please change 'buy saffron for Maman' to 'buy saffron and pistachios for Maman'",
        state(0, title="Buy saffron and pistachios for Maman"),
        seeds=(s("Buy saffron for Maman"),),
    ),
    case(
        "Ausländerbehörde task: remove tag work, put tag visa",
        tagged("visa", task=0, without=("work",)),
        seeds=(s("Book the Ausländerbehörde appointment", tags=["work"]),),
    ),
    case(
        "The Khaleh call, put it one day later",
        state(0, due=SUNDAY),
        seeds=(s("Call Khaleh Mina", due=D_SAT),),
    ),
    # A marathon runner.
    case(
        "physio → tuesday",
        state(0, due=TUESDAY_NEXT),
        seeds=(s("Book the physio", due=D_FRI),),
    ),
    case(
        "gels can go down to low",
        state(0, priority="low"),
        seeds=(s("Order more gels", priority="high"),),
    ),
    case(
        "add a note to the bib one: bring ID and the confirmation email",
        described("confirmation email", task=2),
        untouched_except(2),
        seeds=RUNNER,
    ),
    case(
        "push the 30k long run back 2 days, legs are dead",
        state(0, due=TUESDAY_NEXT),
        seeds=(s("30k long run", due=D_SUN),),
    ),
    # A lifeboat crew volunteer.
    case(
        "Tractor service is high priority now — sea check on Monday",
        state(0, priority="high"),
        untouched_except(0),
        seeds=LIFEBOAT,
    ),
    case(
        "Bring the drysuit wash forward a day",
        state(0, due=TUESDAY_NEXT),
        seeds=(s("Wash down the drysuits", due=D_WED),),
    ),
    case(
        "Rename 'Renew my casualty care certificate' to 'Casualty care refresher course'",
        state(1, title="Casualty care refresher course"),
        untouched_except(1),
        seeds=LIFEBOAT,
    ),
    # A choir director.
    case(
        "Would you move the sectionals hall booking to next Thursday, please?",
        one_of(0, due=(THURSDAY_NEXT, THURSDAY_10_DEC)),
        seeds=(s("Book the church hall for sectionals", due=D_MON),),
    ),
    case(
        "The Messiah scores are rather more pressing now; raise the priority, would you?",
        raised(0),
        seeds=(s("Order the Messiah scores", priority="low"),),
    ),
    case(
        "Please add the tags altos and tracks to the rehearsal tracks task.",
        tagged("altos", "tracks", task=2),
        untouched_except(2),
        seeds=CHOIR,
    ),
    case(
        "Take the due date off the robes one, there's no rush.",
        one_of(0, due=CLEARED),
        seeds=(s("Collect the robes from the dry cleaner", due=D_SAT),),
    ),
    # A school caretaker.
    case(
        "grit bins - make it today, frost's coming early",
        state(0, due=TODAY),
        seeds=(s("Fill the grit bins", due=D_SAT),),
    ),
    case(
        "knock the hall floor down to medium",
        state(0, priority="medium"),
        seeds=(s("Buff the hall floor", priority="urgent"),),
    ),
    case(
        "change the fire alarm test to 8am Wednesday",
        state(0, due=spoken(WEDNESDAY_NEXT, "08:00")),
        seeds=(s("Test the fire alarm", due=D_TUE),),
    ),
    case(
        "put 'key is on the hook in the boiler room' as the note for the PAT testing",
        described("boiler room", task=0),
        seeds=(s("PAT test the kettles in the staff room"), s("Fill the grit bins")),
    ),
    # A barista.
    case(
        "oat milk order → urgent",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=BARISTA,
    ),
    case(
        "move backflush to 6pm tonight",
        state(0, due=spoken(TODAY, "18:00")),
        seeds=(s("Backflush the group heads", due=D_TODAY),),
    ),
    case(
        "push the roaster call to monday, they're closed fri",
        state(0, due=MONDAY),
        seeds=(s("Call the roaster about the beans", due=D_FRI),),
    ),
    case(
        "call the grinder one 'Dial in the Ethiopian on the EK43'",
        state(0, title="Dial in the Ethiopian on the EK43"),
        untouched_except(0),
        seeds=(s("Dial in the new Ethiopian on the grinder"), s("Order oat milk")),
    ),
    # A model railway enthusiast.
    case(
        "Could you push the swapmeet booking back two weeks? It's been postponed.",
        state(0, due=FRIDAY_11_DEC),
        seeds=(s("Book a table at the swapmeet", due=D_FRI),),
    ),
    case(
        "The decoder job can be low priority, the Class 37 isn't going anywhere.",
        state(0, priority="low"),
        seeds=(s("Fit the DCC decoder", priority="high"),),
    ),
    case(
        "Tag the ballast and the decoder tasks 'layout', please.",
        tagged("layout", task=0),
        tagged("layout", task=1),
        untouched_except(0, 1),
        seeds=(
            s("Ballast the branch line"),
            s("Fit the DCC decoder"),
            s("Book a table at the swapmeet"),
        ),
    ),
)

# 5. Reminders on an existing task: set, moved or cleared; no task added, due date kept.
REMINDERS = (
    # Manx English.
    case(
        "give me a shout about the boat tomorrow at 9",
        state(0, reminder=spoken(FRIDAY, "09:00")),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Book the boat to Heysham", due=D_FRI),),
    ),
    case(
        "remind me an hour before the Manx Utilities bill",
        state(0, reminder=spoken(MONDAY, "11:00")),
        state(0, due=spoken(MONDAY, "12:00")),
        nothing_added(),
        seeds=(s("Pay the Manx Utilities bill", due=berlin(D_MON, "12:00")),),
    ),
    case(
        "could you remind me the morning of the kippers job, 9 o'clock",
        state(0, reminder=spoken(SUNDAY, "09:00")),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Take the kippers to Auntie Ealee", due=D_SUN),),
    ),
    # Newfoundland English.
    case(
        "remind me about the moose draw the day before",
        reminded(TUESDAY_NEXT, task=0),
        state(0, due=WEDNESDAY_NEXT),
        nothing_added(),
        seeds=(s("Put in for the moose draw", due=D_WED),),
    ),
    case(
        "no need to remind me about the skidoo, b'y",
        one_of(0, reminder=CLEARED),
        state(0, due=spoken(SATURDAY, "10:00")),
        nothing_added(),
        seeds=(
            s(
                "Get the skidoo serviced",
                due=berlin(D_SAT, "10:00"),
                reminder=berlin(D_SAT, "08:00"),
            ),
        ),
    ),
    case(
        "give me a nudge about the power bill Sunday night at 9",
        state(0, reminder=spoken(SUNDAY, "21:00")),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Pay the Newfoundland Power bill", due=D_MON),),
    ),
    # A Maltese speaker's English.
    case(
        "Remind me for the Gozo ferry on Friday at 6 in the evening",
        state(0, reminder=spoken(FRIDAY, "18:00")),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Book the Gozo ferry", due=D_SAT),),
    ),
    case(
        "Ejja, remind me 2 hours before Nannu's appointment",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "07:30")),
        state(0, due=spoken(WEDNESDAY_NEXT, "09:30")),
        nothing_added(),
        seeds=(s("Take Nannu to Mater Dei", due=berlin(D_WED, "09:30")),),
    ),
    case(
        "put a reminder on the ARMS bill for Wednesday at noon",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "12:00")),
        state(0, due=THURSDAY_NEXT),
        nothing_added(),
        seeds=(s("Pay the ARMS bill", due=D_THU),),
    ),
    # A Persian speaker's English.
    case(
        "Please remind me to call Khaleh Mina on Sunday 4 in afternoon",
        state(0, reminder=spoken(SUNDAY, "16:00")),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Call Khaleh Mina", due=D_SUN),),
    ),
    case(
        "Change the reminder of Ausländerbehörde to Sunday evening 8",
        state(0, reminder=spoken(SUNDAY, "20:00")),
        state(0, due=spoken(MONDAY, "09:00")),
        nothing_added(),
        seeds=(
            s(
                "Book the Ausländerbehörde appointment",
                due=berlin(D_MON, "09:00"),
                reminder=berlin(D_MON, "08:00"),
            ),
        ),
    ),
    case(
        "remind me the saffron, tomorrow after work at 5",
        state(0, reminder=spoken(FRIDAY, "17:00")),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Buy saffron for Maman", due=D_SAT),),
    ),
    # A marathon runner.
    case(
        "ping me at 12 tomorrow for the bib",
        state(0, reminder=spoken(FRIDAY, "12:00")),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Pick up my race bib", due=D_FRI),),
    ),
    case(
        "reminder 45 mins before parkrun",
        state(0, reminder=spoken(SATURDAY, "08:15")),
        state(0, due=spoken(SATURDAY, "09:00")),
        nothing_added(),
        seeds=(s("Parkrun", due=berlin(D_SAT, "09:00"), recurrence="FREQ=WEEKLY;BYDAY=SA"),),
    ),
    case(
        "physio reminder off pls",
        one_of(0, reminder=CLEARED),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Book the physio", due=D_MON, reminder=berlin(D_MON, "09:00")),),
    ),
    case(
        "remind me about the gels 3 days before",
        reminded(MONDAY, task=0),
        state(0, due=THURSDAY_NEXT),
        nothing_added(),
        seeds=(s("Order more gels", due=D_THU),),
    ),
    # A lifeboat crew volunteer.
    case(
        "Remind me half an hour before crew training",
        state(0, reminder=spoken(TUESDAY_NEXT, "18:30")),
        state(0, due=spoken(TUESDAY_NEXT, "19:00")),
        nothing_added(),
        seeds=(s("Crew training", due=berlin(D_TUE, "19:00")),),
    ),
    case(
        "set a reminder for the casualty care certificate for Monday morning, 8ish",
        reminded(MONDAY, task=0, hours=[7, 8]),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Renew my casualty care certificate", due=D_FRI_NEXT),),
    ),
    case(
        "move the drysuit reminder to Wednesday at 7am",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "07:00")),
        state(0, due=WEDNESDAY_NEXT),
        nothing_added(),
        seeds=(s("Wash down the drysuits", due=D_WED, reminder=berlin(D_TUE, "20:00")),),
    ),
    # A choir director.
    case(
        "Would you remind me about the Messiah scores on Saturday morning at ten?",
        state(0, reminder=spoken(SATURDAY, "10:00")),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Order the Messiah scores", due=D_MON),),
    ),
    case(
        "Please remind me the evening before the carol concert warm-up.",
        reminded(FRIDAY_18_DEC, task=0, hours=EVENING),
        state(0, due=spoken(SATURDAY_19_DEC, "18:00")),
        nothing_added(),
        seeds=(s("Carol concert warm-up", due=berlin("2026-12-19", "18:00")),),
    ),
    case(
        "I no longer need a reminder for the rehearsal tracks, thank you.",
        one_of(0, reminder=CLEARED),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(
            s(
                "Send the rehearsal tracks to the altos",
                due=D_FRI,
                reminder=berlin(D_FRI, "09:00"),
            ),
        ),
    ),
    # A school caretaker.
    case(
        "give us a reminder 15 minutes before the fire alarm test",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "07:45")),
        state(0, due=spoken(WEDNESDAY_NEXT, "08:00")),
        nothing_added(),
        seeds=(
            s(
                "Test the fire alarm",
                due=berlin(D_WED, "08:00"),
                recurrence="FREQ=WEEKLY;BYDAY=WE",
            ),
        ),
    ),
    case(
        "remind me about the grit bins tonight at 9",
        state(0, reminder=spoken(TODAY, "21:00")),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Fill the grit bins", due=D_FRI),),
    ),
    case(
        "remind me two days before the hall floor job",
        reminded(WEDNESDAY_NEXT, task=0),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Buff the hall floor", due=D_FRI_NEXT),),
    ),
    # A barista.
    case(
        "remind me abt oat milk at 6:30am tmrw",
        state(0, reminder=spoken(FRIDAY, "06:30")),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Order oat milk", due=D_FRI),),
    ),
    case(
        "nudge me 10 min before the till float",
        state(0, reminder=spoken(TODAY, "17:50")),
        state(0, due=spoken(TODAY, "18:00")),
        nothing_added(),
        seeds=(s("Count the till float", due=berlin(D_TODAY, "18:00")),),
    ),
    case(
        "move the roaster reminder to 11",
        state(0, reminder=spoken(MONDAY, "11:00")),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(
            s(
                "Call the roaster about the beans",
                due=D_MON,
                reminder=berlin(D_MON, "09:00"),
            ),
        ),
    ),
    # A model railway enthusiast.
    case(
        "Please set a reminder for the swapmeet booking a week before.",
        reminded(SATURDAY, task=0),
        state(0, due=SATURDAY_NEXT),
        nothing_added(),
        seeds=(s("Book a table at the swapmeet", due=D_SAT_NEXT),),
    ),
    case(
        "Remind me about the decoder on Sunday at 2 in the afternoon.",
        state(0, reminder=spoken(SUNDAY, "14:00")),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Fit the DCC decoder", due=D_SUN),),
    ),
    case(
        "Take the reminder off the ballast job, please.",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY_12_DEC),
        nothing_added(),
        seeds=(
            s(
                "Ballast the branch line",
                due="2026-12-12",
                reminder=berlin("2026-12-11", "19:00"),
            ),
        ),
    ),
)

# 6. Questions about a window of days: the reply names what is in it and nothing changes.
WINDOWS = (
    # Manx English.
    case(
        "What's on today, moghrey mie?",
        says("Manx Utilities"),
        lacks("Heysham", "kippers"),
        UNCHANGED,
        seeds=(
            s("Pay the Manx Utilities bill", due=D_TODAY),
            s("Book the boat to Heysham", due=D_FRI),
            s("Take the kippers to Auntie Ealee", due=D_MON),
        ),
    ),
    case(
        "anything for the weekend?",
        says("Raad ny Foillan", "chimney"),
        lacks("Manx Utilities", "Heysham"),
        UNCHANGED,
        seeds=(
            s("Walk the Raad ny Foillan stretch", due=D_SAT),
            s("Sweep the chimney", due=D_SUN),
            s("Pay the Manx Utilities bill", due=D_FRI),
            s("Book the boat to Heysham", due=D_MON),
        ),
    ),
    case(
        "anything gone past its date?",
        says("TT grandstand"),
        lacks("Heysham"),
        UNCHANGED,
        seeds=(
            s("Renew the TT grandstand tickets", due="2026-11-18"),
            s("Book the boat to Heysham", due=D_FRI),
        ),
    ),
    # Newfoundland English.
    case(
        "what have I got tomorrow b'y?",
        says("skidoo"),
        lacks("moose", "Power bill"),
        UNCHANGED,
        seeds=(
            s("Get the skidoo serviced", due=D_FRI),
            s("Put in for the moose draw", due=D_WED),
            s("Pay the Newfoundland Power bill", due=D_TODAY),
        ),
    ),
    case(
        "am I behind on anything?",
        says("Power bill"),
        lacks("skidoo", "casserole"),
        UNCHANGED,
        seeds=(
            s("Pay the Newfoundland Power bill", due="2026-11-20"),
            s("Get the skidoo serviced", due=D_SAT),
            s("Return Nan's casserole dish", "completed", due="2026-11-22"),
        ),
    ),
    case(
        "what's on the go this weekend b'y?",
        says("wood", "Jigg"),
        lacks("skidoo", "moose"),
        UNCHANGED,
        seeds=(
            s("Haul the wood for the cabin", due=D_SAT),
            s("Jigg's dinner at Nan's", due=D_SUN),
            s("Get the skidoo serviced", due=D_MON),
            s("Put in for the moose draw", due=D_FRI),
        ),
    ),
    # A Maltese speaker's English.
    case(
        "Mela, what do I have next week?",
        says("Gozo", "Mater Dei"),
        lacks("ARMS", "pastizzi"),
        UNCHANGED,
        seeds=(
            s("Book the Gozo ferry", due=D_TUE),
            s("Take Nannu to Mater Dei", due=D_THU),
            s("Pay the ARMS bill", due=D_FRI),
            s("Order pastizzi for the band club", due="2026-12-10"),
        ),
    ),
    case(
        "What do I have on Saturday? Grazzi",
        says("festa"),
        lacks("Gozo", "ARMS"),
        UNCHANGED,
        seeds=(
            s("Help with the festa decorations", due=D_SAT),
            s("Book the Gozo ferry", due=D_SUN),
            s("Pay the ARMS bill", due=D_FRI),
        ),
    ),
    case(
        "Which ones did I do already?",
        says("ARMS"),
        lacks("Gozo"),
        UNCHANGED,
        seeds=(s("Pay the ARMS bill", "completed"), s("Book the Gozo ferry")),
    ),
    # A Persian speaker's English.
    case(
        "Tomorrow what must I do?",
        says("Khaleh Mina"),
        lacks("saffron", "residence"),
        UNCHANGED,
        seeds=(
            s("Call Khaleh Mina", due=D_FRI),
            s("Buy saffron for Maman", due=D_SAT),
            s("Renew the residence permit", due=D_TODAY),
        ),
    ),
    case(
        "Which tasks I finished?",
        says("saffron", "Khaleh"),
        lacks("Ausländerbehörde"),
        UNCHANGED,
        seeds=(
            s("Buy saffron for Maman", "completed"),
            s("Call Khaleh Mina", "completed"),
            s("Book the Ausländerbehörde appointment"),
        ),
    ),
    case(
        "In December what is on my list?",
        says("pomegranates", "residence"),
        lacks("Khaleh", "Rundfunkbeitrag"),
        UNCHANGED,
        seeds=(
            s("Buy pomegranates for Yalda night", due="2026-12-20"),
            s("Renew the residence permit", due=D_THU),
            s("Call Khaleh Mina", due=D_SAT),
            s("Pay the Rundfunkbeitrag", due="2027-01-15"),
        ),
    ),
    case(
        "What is for the weekend?",
        says("saffron"),
        lacks("residence"),
        UNCHANGED,
        seeds=(
            s("Buy saffron for Maman", due=D_SAT),
            s("Renew the residence permit", due=D_MON),
        ),
    ),
    # A marathon runner.
    case(
        "what's left this week 🏃",
        says("race bib", "physio"),
        lacks("gels", "Tempo"),
        UNCHANGED,
        seeds=(
            s("Pick up my race bib", due=D_FRI),
            s("Book the physio", due=D_SAT),
            s("Order more gels", due="2026-12-09"),
            s("Tempo run", "completed", due=D_FRI),
        ),
    ),
    case(
        "anything sunday?",
        says("30k"),
        lacks("Foam", "club vest"),
        UNCHANGED,
        seeds=(
            s("30k long run", due=D_SUN),
            s("Foam roll", due=D_SAT),
            s("Wash the club vest", "deleted", due=D_SUN),
        ),
    ),
    case(
        "what's on between now and race day on the 6th?",
        says("Carb load", "physio"),
        lacks("Recovery"),
        UNCHANGED,
        seeds=(
            s("Carb load", due=D_SAT_NEXT),
            s("Book the physio", due=D_TUE),
            s("Recovery massage", due="2026-12-10"),
        ),
    ),
    case(
        "anything overdue? been slacking",
        says("physio"),
        lacks("gels", "Log the long run"),
        UNCHANGED,
        seeds=(
            s("Book the physio", due="2026-11-24"),
            s("Order more gels", due=D_SAT),
            s("Log the long run", "completed", due="2026-11-23"),
        ),
    ),
    # A lifeboat crew volunteer.
    case(
        "What's on today?",
        says("drysuits"),
        lacks("tractor"),
        UNCHANGED,
        seeds=(
            s("Wash down the drysuits", due=D_TODAY),
            s("Service the launch tractor", due=D_MON),
        ),
    ),
    case(
        "What have I got on next week?",
        says("tractor", "Crew training"),
        lacks("casualty", "raffle"),
        UNCHANGED,
        seeds=(
            s("Service the launch tractor", due=D_MON),
            s("Crew training", due=D_TUE),
            s("Renew my casualty care certificate", due="2026-12-08"),
            s("Sell raffle tickets", due=D_SAT),
        ),
    ),
    case(
        "show me everything tagged station",
        says("drysuits", "lifejackets"),
        lacks("Christmas cards"),
        UNCHANGED,
        seeds=(
            s("Wash down the drysuits", tags=["station"]),
            s("Check the lifejackets", tags=["station"]),
            s("Buy Christmas cards"),
        ),
    ),
    case(
        "What's on Friday?",
        says("raffle"),
        lacks("drysuits", "tractor"),
        UNCHANGED,
        seeds=(
            s("Sell raffle tickets at the Lifeboat Day stall", due=D_FRI),
            s("Wash down the drysuits", due=D_TODAY),
            s("Service the launch tractor", due=D_FRI_NEXT),
        ),
    ),
    # A choir director.
    case(
        "Is anything overdue, may I ask?",
        says("rehearsal tracks"),
        lacks("Messiah", "church hall"),
        UNCHANGED,
        seeds=(
            s("Send the rehearsal tracks to the altos", due="2026-11-24"),
            s("Order the Messiah scores", "completed", due="2026-11-25"),
            s("Book the church hall for sectionals", due=D_MON),
        ),
    ),
    case(
        "What do I have on the 8th?",
        says("church hall"),
        lacks("robes", "warm-up"),
        UNCHANGED,
        seeds=(
            s("Book the church hall for sectionals", due="2026-12-08"),
            s("Collect the robes", due="2026-12-07"),
            s("Carol concert warm-up", due="2026-12-19"),
        ),
    ),
    case(
        "What must be done before Christmas?",
        says("warm-up", "Messiah"),
        lacks("Easter"),
        UNCHANGED,
        seeds=(
            s("Carol concert warm-up", due="2026-12-19"),
            s("Order the Messiah scores", due=D_MON),
            s("Plan the Easter anthem", due="2027-02-10"),
        ),
    ),
    # A school caretaker.
    case(
        "what's on for monday",
        says("bins out"),
        lacks("hall floor", "grit"),
        UNCHANGED,
        seeds=(
            s("Put the bins out", due=D_MON),
            s("Buff the hall floor", due=D_TUE),
            s("Fill the grit bins", due=D_FRI),
        ),
    ),
    case(
        "anything tomorrow for me?",
        says("grit bins", "PTA disco"),
        lacks("fire alarm"),
        UNCHANGED,
        seeds=(
            s("Fill the grit bins", due=D_FRI),
            s("Set up the hall for the PTA disco", due=D_FRI),
            s("Test the fire alarm", due=D_WED),
        ),
    ),
    case(
        "what have I let slip? anything overdue",
        says("gate latch", "blue roll"),
        lacks("hall floor"),
        UNCHANGED,
        seeds=(
            s("Fix the gate latch", due="2026-11-23"),
            s("Order blue roll", due="2026-11-25"),
            s("Buff the hall floor", due=D_MON),
        ),
    ),
    case(
        "anything between Monday and Wednesday?",
        says("bins out", "fire alarm"),
        lacks("grit", "hall floor"),
        UNCHANGED,
        seeds=(
            s("Put the bins out", due=D_MON),
            s("Test the fire alarm", due=D_WED),
            s("Fill the grit bins", due=D_FRI),
            s("Buff the hall floor", due=D_FRI_NEXT),
        ),
    ),
    # A barista.
    case(
        "what's on for me today, I'm on the close",
        says("till float", "Backflush"),
        lacks("oat milk"),
        UNCHANGED,
        seeds=(
            s("Count the till float", due=D_TODAY),
            s("Backflush the group heads", due=D_TODAY),
            s("Order oat milk", due=D_FRI),
        ),
    ),
    case(
        "anything over the weekend? I'm on earlies",
        says("Ethiopian", "cups"),
        lacks("oat milk"),
        UNCHANGED,
        seeds=(
            s("Dial in the new Ethiopian", due=D_SAT),
            s("Restock the cups", due=D_SUN),
            s("Order oat milk", due=D_MON),
        ),
    ),
    case(
        "what did I get done?",
        says("steam wands", "oat milk"),
        lacks("roaster"),
        UNCHANGED,
        seeds=(
            s("Descale the steam wands", "completed"),
            s("Order oat milk", "completed"),
            s("Call the roaster about the beans"),
        ),
    ),
    case(
        "what's on tmrw",
        says("oat milk"),
        lacks("roaster"),
        UNCHANGED,
        seeds=(
            s("Order oat milk", due=berlin(D_FRI, "07:00")),
            s("Call the roaster about the beans", due=D_MON),
        ),
    ),
    # A model railway enthusiast.
    case(
        "What's coming up in the next three days?",
        says("decoder", "ballast"),
        lacks("swapmeet"),
        UNCHANGED,
        seeds=(
            s("Fit the DCC decoder", due=D_FRI),
            s("Ballast the branch line", due=D_SAT),
            s("Book a table at the swapmeet", due=D_TUE),
        ),
    ),
    case(
        "Have I anything on Wednesday?",
        says("Club night"),
        lacks("Peco"),
        UNCHANGED,
        seeds=(s("Club night", due=D_WED), s("Order Peco points", due=D_THU)),
    ),
    case(
        "Anything left to do this week?",
        says("droppers"),
        lacks("signal box"),
        UNCHANGED,
        seeds=(
            s("Solder the droppers", due=D_SAT),
            s("Paint the signal box", due="2026-12-09"),
        ),
    ),
    case(
        "What have I got in January?",
        says("club membership"),
        lacks("swapmeet"),
        UNCHANGED,
        seeds=(
            s("Renew the club membership", due="2027-01-05"),
            s("Book a table at the swapmeet", due=D_SAT),
        ),
    ),
)

# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS = (
    # Manx English.
    case(
        "and make it high priority, gura mie",
        bears("Book the boat to Heysham", priority="high"),
        before="add book the boat to Heysham for Friday",
    ),
    case("the middle one's done", *done(1), seeds=MANX, before=SHOWN),
    case(
        "and Saturday?",
        says("Manx Utilities"),
        lacks("Heysham"),
        UNCHANGED,
        seeds=(
            s("Book the boat to Heysham", due=D_FRI),
            s("Pay the Manx Utilities bill", due=D_SAT),
        ),
        before="anything for tomorrow?",
    ),
    # Newfoundland English.
    case(
        "no b'y, Saturday, not tomorrow",
        bears("Get the skidoo serviced", due=SATURDAY),
        before="add get the skidoo serviced tomorrow",
    ),
    case(
        "wait no I'm not, that was last month's",
        called("reopen_task"),
        state(1, status="pending"),
        seeds=NFLD,
        before="I'm after paying the Newfoundland Power bill",
    ),
    case(
        "put it for Monday b'y",
        bears("Pick up bakeapples from Aunt Bride", due=MONDAY),
        before="add pick up bakeapples from Aunt Bride",
    ),
    # A Maltese speaker's English.
    case(
        "Le le, bring it back",
        called("restore_task"),
        state(1, status="pending"),
        seeds=MALTA,
        before="delete the Gozo ferry task",
    ),
    case(
        "delete the last one",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=MALTA,
        before=SHOWN,
    ),
    case(
        "ejja, delete it, my brother is taking him",
        called("delete_task"),
        gone("Take Nannu to Mater Dei"),
        before="Add take Nannu to Mater Dei on Wednesday",
    ),
    # A Persian speaker's English.
    case(
        "also put it important",
        bears("Call Khaleh Mina", priority=("high", "urgent")),
        before="add call Khaleh Mina on Sunday",
    ),
    case(
        "sorry, I mean for Saturday",
        bears("Buy saffron for Maman", due=SATURDAY),
        before="add buy saffron for Maman tomorrow",
    ),
    case(
        "the lawyer one",
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=("Call Khaleh Mina", "Call the lawyer about the permit"),
        before="the call is done",
    ),
    case(
        "second one, please rename to 'Book appointment at Ausländerbehörde Mitte'",
        state(1, title="Book appointment at Ausländerbehörde Mitte"),
        untouched_except(1),
        seeds=PERSIAN,
        before=SHOWN,
    ),
    # A marathon runner.
    case(
        "tag it race pls",
        tagged("race", title="Order more gels"),
        before="add order more gels",
    ),
    case("first one done ✅", *done(2), seeds=RUNNER, before=SHOWN),
    case(
        "scrap that, rest day",
        called("delete_task"),
        gone("10k tempo run"),
        before="add 10k tempo run tomorrow",
    ),
    case(
        "and the physio too",
        *done(0, 1),
        seeds=RUNNER,
        before="mark the gels done",
    ),
    # A lifeboat crew volunteer.
    case(
        "actually make that Sunday",
        bears("Wash down the drysuits", due=SUNDAY),
        before="add wash down the drysuits for Saturday",
    ),
    case(
        "undo that, it was the other crew",
        called("reopen_task"),
        state(2, status="pending"),
        seeds=LIFEBOAT,
        before="Drysuits washed",
    ),
    case(
        "make the tractor one urgent",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=(s("Service the launch tractor", due=D_MON), s("Crew training", due=D_TUE)),
        before="What's on next week?",
    ),
    case(
        "due the 15th",
        bears("Renew my sea survival certificate", due=TUESDAY_15_DEC),
        before="add renew my sea survival certificate",
    ),
    # A choir director.
    case(
        "And note that we need 30 copies, please.",
        described("30 copies", title="Order the Messiah scores"),
        before="Please add 'order the Messiah scores' for Monday",
    ),
    case(
        "Would you delete the second one?",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=CHOIR,
        before=SHOWN,
    ),
    case(
        "The sectionals one, please.",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Book the church hall for sectionals", "Book the hall for the carol concert"),
        before="Mark the hall booking as done",
    ),
    # A school caretaker.
    case(
        "and add check the boiler room too",
        bears("Check the boiler room"),
        bears("Fill the grit bins"),
        before="add fill the grit bins tomorrow",
    ),
    case(
        "oh heck, no, put it back",
        called("restore_task"),
        state(2, status="pending"),
        seeds=CARETAKER,
        before="delete the fire alarm task",
    ),
    case(
        "top one to urgent",
        state(2, priority="urgent"),
        untouched_except(2),
        seeds=CARETAKER,
        before=SHOWN,
    ),
    case(
        "undo that",
        called("reopen_task"),
        state(1, status="pending"),
        state(0, status="completed"),
        seeds=CARETAKER,
        before=("grit bins are done", "and the hall floor"),
    ),
    # A barista.
    case(
        "make that one urgent too",
        bears("Order oat milk", priority="urgent"),
        before="add order oat milk tomorrow",
    ),
    case("bottom one's sorted", *done(0), seeds=BARISTA, before=SHOWN),
    case(
        "undo",
        called("update_task"),
        state(0, due=FRIDAY),
        seeds=(s("Call the roaster about the beans", due=D_FRI),),
        before="push the roaster call to monday",
    ),
    case(
        "no sorry, the second one",
        called("restore_task"),
        state(2, status="pending"),
        state(1, status="deleted"),
        seeds=BARISTA,
        before=(SHOWN, "delete the first one"),
    ),
    # A model railway enthusiast.
    case(
        "Oh, and put it in as low priority.",
        bears("Fit the DCC decoder", priority="low"),
        before="Add 'fit the DCC decoder' for Sunday",
    ),
    case("The first and the last are both done.", *done(0, 2), seeds=RAILWAY, before=SHOWN),
    case(
        "Move the ballasting to next Saturday, would you?",
        state(0, due=SATURDAY_NEXT),
        untouched_except(0),
        seeds=(s("Ballast the branch line", due=D_SAT), s("Solder the droppers", due=D_SUN)),
        before="What's on this weekend?",
    ),
    case(
        "and delete it",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=RAILWAY,
        before="find the swapmeet task",
    ),
)

# 8. The contract's table in the voices' words, with search, tags, reopen and restore.
TABLE = (
    case(
        "Add a task to buy a new Manx flag for the garden",
        fresh("Buy a new Manx flag for the garden"),
    ),
    case(
        "open the kippers one back up, I never took them",
        called("reopen_task"),
        state(0, status="pending"),
        seeds=(s("Take the kippers to Auntie Ealee", "completed"),),
    ),
    case(
        "show me everything b'y",
        says("moose draw", "Power bill", "skidoo"),
        UNCHANGED,
        seeds=NFLD,
    ),
    case(
        "bring back the moose draw task I deleted",
        called("restore_task"),
        state(0, status="pending"),
        seeds=(s("Put in for the moose draw", "deleted"),),
    ),
    case(
        "What's still pending, mela?",
        says("ARMS"),
        lacks("Gozo"),
        UNCHANGED,
        seeds=(s("Pay the ARMS bill"), s("Book the Gozo ferry", "completed")),
    ),
    case(
        "Tag the pastizzi task with festa",
        tagged("festa", task=0),
        seeds=(s("Order pastizzi for the band club"),),
    ),
    case(
        "Please mark task {0} as finished",
        *done(0),
        seeds=("Renew the residence permit", "Call Khaleh Mina"),
    ),
    case("Add task: pay the Rundfunkbeitrag", fresh("Pay the Rundfunkbeitrag")),
    case(
        "delete the tempo run task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Tempo run", "Book the physio"),
    ),
    case(
        "what's outstanding?",
        says("gels"),
        lacks("race bib"),
        UNCHANGED,
        seeds=(s("Order more gels"), s("Pick up my race bib", "completed")),
    ),
    case(
        "Change task {0} to 'Service the launch tractor before Lifeboat Day'",
        state(0, title="Service the launch tractor before Lifeboat Day"),
        untouched_except(0),
        seeds=LIFEBOAT,
    ),
    case(
        "Mark 'Check the lifejackets' as done",
        *done(0),
        seeds=("Check the lifejackets", "Wash down the drysuits"),
    ),
    case("I need to remember to pay the organist", fresh("Pay the organist")),
    case(
        "Search for Margaret, please.",
        says("Margaret"),
        lacks("Messiah"),
        UNCHANGED,
        seeds=("Ask Margaret to accompany the carol concert", "Order the Messiah scores"),
    ),
    case(
        "Could you show me all my tasks, please?",
        says("Messiah", "church hall", "rehearsal tracks"),
        UNCHANGED,
        seeds=CHOIR,
    ),
    case(
        "what have I done so far?",
        says("grit"),
        lacks("hall floor"),
        UNCHANGED,
        seeds=(s("Fill the grit bins", "completed"), s("Buff the hall floor")),
    ),
    case(
        "get rid of the PAT testing task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("PAT test the kettles in the staff room", "Fill the grit bins"),
    ),
    case("must remember to order more blue roll", fresh("Order more blue roll")),
    case(
        "find the grinder one",
        says("Ethiopian"),
        lacks("oat milk"),
        UNCHANGED,
        seeds=("Dial in the new Ethiopian on the grinder", "Order oat milk"),
    ),
    case(
        "reopen the oat milk order, they sent soya",
        called("reopen_task"),
        state(0, status="pending"),
        seeds=(s("Order oat milk", "completed"),),
    ),
    case(
        "change task {0} to 'Order oat and soya milk'",
        state(0, title="Order oat and soya milk"),
        untouched_except(0),
        seeds=BARISTA,
    ),
    case(
        "Which tags do I use?",
        says("layout", "club"),
        UNCHANGED,
        seeds=(
            s("Fit the DCC decoder", tags=["layout"]),
            s("Book a table at the swapmeet", tags=["club"]),
        ),
    ),
    case(
        "Restore the signal box task, I deleted it by mistake.",
        called("restore_task"),
        state(0, status="pending"),
        seeds=(s("Paint the signal box", "deleted"),),
    ),
)

# 9. Safety: chit-chat, requests it cannot do, ambiguity and guesses change nothing.
SAFETY = (
    # Chit-chat and thanks.
    case(
        "Moghrey mie! Grand day for it, the fairies said hello on the bridge",
        UNCHANGED,
        seeds=MANX,
    ),
    case("Lard tunderin', she's some cold out today b'y", UNCHANGED, seeds=NFLD),
    case("Grazzi ħafna, saħħa!", UNCHANGED, seeds=MALTA),
    case("Merci, khaste nabashi!", UNCHANGED, seeds=PERSIAN),
    case("new 5k PB this morning, 19:42!! buzzing", UNCHANGED, seeds=RUNNER),
    case("Pager went off at 3am, two kayakers, all safe. Shattered.", UNCHANGED, seeds=LIFEBOAT),
    case("The sopranos were glorious tonight.", UNCHANGED, seeds=CHOIR),
    case("kids have trashed the hall again", UNCHANGED, seeds=CARETAKER),
    case("lol a guy just ordered a 9-shot latte", UNCHANGED, seeds=BARISTA),
    case(
        "Saw the Flying Scotsman go through this morning, what a sight!",
        UNCHANGED,
        seeds=RAILWAY,
    ),
    # Requests the assistant cannot do.
    case("what pace do I need for a sub-3 marathon?", UNCHANGED, seeds=RUNNER),
    case("What time is the ferry to Gozo?", UNCHANGED, seeds=MALTA),
    case("How many euros is 100 dollars?", UNCHANGED, seeds=PERSIAN),
    case("Play me the tenor line of the Hallelujah chorus, would you?", UNCHANGED, seeds=CHOIR),
    # Ambiguous references: ask, name the candidates, change nothing.
    case(
        "Tick off the pay task",
        UNCHANGED,
        says("Manx Utilities", "TT grandstand"),
        seeds=("Pay the Manx Utilities bill", "Pay the TT grandstand deposit"),
    ),
    case(
        "serviced her today b'y",
        UNCHANGED,
        says("skidoo", "truck"),
        seeds=("Get the skidoo serviced", "Get the truck serviced"),
    ),
    case(
        "Delete the booking one",
        UNCHANGED,
        says("Gozo", "band club"),
        seeds=("Book the Gozo ferry", "Book the band club hall"),
    ),
    case(
        "The call is done",
        UNCHANGED,
        says("Khaleh", "Maman"),
        seeds=("Call Khaleh Mina", "Call Maman"),
    ),
    case(
        "order's done",
        UNCHANGED,
        says("gels", "trainers"),
        seeds=("Order more gels", "Order new trainers"),
    ),
    case(
        "Please delete the send task.",
        UNCHANGED,
        says("altos", "sopranos"),
        seeds=("Send the rehearsal tracks to the altos", "Send the rota to the sopranos"),
    ),
    # Nothing deleted or completed on a guess.
    case("Done.", UNCHANGED, seeds=LIFEBOAT),
    case("bin it", UNCHANGED, seeds=CARETAKER),
    case("delete the croissant order", UNCHANGED, seeds=BARISTA),
    case("I might delete the swapmeet task, not sure yet.", UNCHANGED, seeds=RAILWAY),
    case("I think I paid the power bill but don't quote me b'y", UNCHANGED, seeds=NFLD),
    case("done a few of the jobs on the list today", UNCHANGED, seeds=CARETAKER),
    case("maybe the boat's booked, maybe not, can't remember", UNCHANGED, seeds=MANX),
)

HELD_OUT_FIFTEENTH: tuple[Case, ...] = (
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
