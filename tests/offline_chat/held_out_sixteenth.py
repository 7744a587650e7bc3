"""A sixteenth held-out set of everyday requests to the chat, written apart from the engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, never read a test module
(``test_*.py``) and never read the cases of the other sets (``corpus.py`` past its helpers,
``second_voice.py`` to ``tenth_voice.py``, ``held_out.py`` to ``held_out_fifteenth.py``): only
their imports, helpers, constants and module docstrings. They were written before the changes
that will be scored against them, from the product contract (``PRODUCT.md``: the data model,
the MCP tools, the chat section and its natural-language table), from the tools' arguments
(``docs/mcp.md``), from how a conversation is played (``conftest.py``) and from what an
ordinary user of a task manager would expect. No sentence was run through the engine while
writing, no scoring test was run, and none is ever tuned against, sentence by sentence: a miss
here is a miss to report, not an expectation to adjust. The writer saw the subjects of the five
latest commits in passing (``git log --oneline``); no sentence was taken from them. Once
written, the messages were compared with those of the earlier sets by a program, without
reading them, so that none of these repeats a message that many earlier sets share.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: a secondary-school music teacher between lessons (the Year 10 compositions, the Year
11 coursework, the exam board, the mocks, the peripatetic teachers, the practice rooms, the
ukuleles, the piano tuner, the carol concert and the nativity parts, the orchestra, valve oil
for the brass, the glockenspiels); a bicycle mechanic at the workstand, terse and lowercase
(truing the Brompton's wheel, bleeding the Cannondale's brakes, Shimano pads, tubeless sealant,
chain checkers, the Di2 groupset, a wheel build, the tandem, the compressor, "tmrw", "bout",
"prio", "fri"); a hill farmer's wife in Northern Ireland ("wee", "so it is", "wile" for very,
"dead on", "och", "like" at the end, "I'm after ringing" for "I have just rung", "mind it"
for "remember it", Seamus, the TB test, the DAERA forms, scanning the ewes, the pet lambs, the
mart in Ballymena, the feed merchant, traybakes for the church soup run, the silage wrap, the
Young Farmers, "blowing a hoolie"); an amateur astronomer, courteous and exact ("I should like",
"Kindly", "I intend to", semicolons; collimating the Dobsonian, the dew heater, the star party,
the dark-sky site, the Geminids, the lunar occultation, the observing log, the eyepieces, a
Baader solar filter, the astronomical society, "the seeing"); a Czech speaker's English
("ahoj", "prosím", "děkuji moc", "ne ne", "make task", "write please to list", "until" for
"by", "I have bought already", dropped articles, babička, cukroví and vanilkové rohlíčky, carp
for Christmas, a gift for Mikuláš, the vignette for the car, the passport at the embassy, a
"termín", crowns); a Vietnamese speaker's English, living in Berlin ("dạ", "ạ" at the end,
"cảm ơn nhiều nhé", "please help me add", "already" and "not yet", "latest Friday", "today
what tasks I have?", Mẹ, cousin Linh, money sent home, rice from the Dong Xuan Center, the
Kita, the Bürgeramt and the Anmeldung, leaves for bánh chưng); Shetland English ("du" for you,
"da" for the, "dis", "tae", "afore", "aboot", "peerie" for small, "da morn" for tomorrow, "da
nicht" for tonight, "mind me" for "remind me", "whit", "onything", "mak", "tak", "aff",
"noo", "nae", "dunna", "hit's blaain", "wrang een", "na", the Northlink to Aberdeen, peats,
Fair Isle knitting, the bairn, the SIC council tax, Up Helly Aa, the hens, the croft, rowing
at the marina); a liveaboard narrowboater (the pump-out, the cassette, the CRT licence, the
boat safety exam, smokeless coal off the fuel boat, the stove and its chimney, blacking the
hull at Braunston, the stern gland, the bilge, the water tank, the calorifier, the winter
mooring, the stoppages, a kingfisher by the lock); a birdwatcher (the WeBS count at the
reservoir, BirdTrack, the county recorder, the scope, the feeders, the bird bath and the
starlings, the gull roost, the ringing session and the BTO, the Christmas Bird Count, a
nuthatch, "dipped the waxwings"); and a locksmith on call-outs, terse ("job:", "->", "mon",
"1hr", Yale blanks, the key cutting machine, Mrs Patel's quote, euro
cylinders, a lockout on Mill Road, the safe at the jeweller's, the wholesaler, the letting
agent, the van stock, the invoice run, "cheers pal").

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("Could you add '...' for", "put down that
   I need to", "New task: ... Note:", "Remind me to", "add ... high prio", "stick on the list:",
   "need to ..., tag", "jot down -", "Would you put on a wee note for me to", "Add '...' for",
   "Put down to", "Stick this on the list for me:", "Please add a task to", "I should like a
   task, please:", "Could you note that I must", "Description:", "please make task:", "I need
   to ..., prosím", "Add for me:", "Write please to list:", "Dạ, please help me add:", "please
   add for me", "Please help me remember to", "add one task:", "could du add", "Put on da
   list:", "Mind me tae", "New task -", "Could you pop '...' on my list for", "Put '...' down
   for", "Note to self:", "can you add ... — details:", "Add:", "Quick one — put down",
   "can you add a task to", "Please add '...' for", "add", "job:", "need to", "put on list:
   ... note -"), with dates, times, priority, tags and notes; only the title reaches the title,
   and a note is kept as the description.
2. ``REPEATS``: repeats said in words ("every Wednesday after school at 3:30", "every Monday
   morning", "every friday 5pm", "every morning at 8", "every morning at 7", "every second
   Tuesday", "every evening at 6", "the first Tuesday of every month at 7.30pm", "every
   Sunday", "every Tuesday and Thursday at 17", "every Saturday morning at 10", "every Sunday
   evening", "every day at 8", "every Wednesday night at 7", "every three days", "the second
   Sunday of every month", "every Monday and Thursday", "every fri 4pm", "last day of every
   month"), on a new task or an existing one ("repeat every fortnight", "should be monthly
   now", "every three months from now on", "comes round every year; ... annually", "is every
   month, please make it repeat", "every other Monday noo, no every week", "make that daily
   now", "every 6 months from now"); a repeat stopped ("must not repeat any more", "Stop ...
   repeating").
3. ``FACTS``: statements of fact that mean "done" ("'s booked for the 9th", "Finally finished
   marking", "'s trued", "ordered, 20 sets", "'s made and in the tin", "I'm after ringing",
   "I collimated", "I have paid", "I have bought already", "is baked", "I sent ... already",
   "bought ... already", "is finished at last", "is paid", "Got ... off the fuel boat", "'s
   booked for Saturday", "filled", "all submitted", "ordered", "sent, she's happy") complete
   the task they name and leave every other task alone; negatives ("Haven't got round to",
   "still spongy, not done yet", "is still not renewed", "not yet", "didn't get to"), plans
   ("I intend to", "I'll book ... da morn"), questions ("Did I send ...?", "Should I clean
   ...?") and doubt ("Think I renewed ..., not sure it went through") change nothing.
4. ``EDITS``: priority set, raised or lowered ("are urgent now", "can wait, drop it to low",
   "up to high", "lower the priority", "rather more important than I thought; could you
   raise", "make high priority", "urgent ạ", "Knock ... doon tae low", "is top priority now",
   "bump ... up", "-> urgent"), the due date pushed back a week, two days or two weeks,
   brought forward a day or to tomorrow, moved to a weekday, to "next Tuesday", to "Friday
   week", to a date ("Friday 11 December", "10 Dec"), to next week, postponed to Sunday; a due
   date taken off ("take the date off, no deadline", "Tak da date aff"); a rename ("Rename
   '...' to '...'", "Change '...' to '...'", "rename the coal one to"); a note set ("Add a
   note to", "Give to ... a note:", "Put a note on", "add note:"); tags added.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative
   to its due date ("Remind me about ... tomorrow at 8am", "Give me a nudge ... the evening
   before", "an hour before", "ping me bout ... at 9 tmrw", "30 min before", "monday 8am",
   "Give us a wee reminder ... on Monday morning at 9", "the night before", "two days before",
   "for Saturday at 4pm", "three days beforehand", "at noon on the day", "on Sunday at 18",
   "one day before", "2 hours before", "tomorrow 7pm", "1 hour before", "the morning of, 7
   o'clock", "Mind me aboot ... on Sunday at 6 at night", "da day afore", "15 minutes afore",
   "first thing Saturday, say 8", "a week before", "tomorrow lunchtime", "at 6am sunday", "the
   day before", "20 mins before", "4pm today", "mon 7am", "1hr before"; moved "to 8pm", "to
   Saturday 9am", "to Monday at 10"), or cleared ("No reminder needed", "drop the reminder",
   "Take the reminder off", "I don't need, please remove", "Dunna remind me ..., tak it aff",
   "no need for a reminder", "reminder off"); no task is added and the task's due date stays
   as it was.
6. ``WINDOWS``: questions about today ("What wee jobs have I on today?", "today what tasks I
   have?", "jobs today?"), tomorrow ("What have I got on tomorrow between lessons?", "What is
   for tomorrow, please?", "Whit's on da morn?"), a weekday ("whats on sat", "anything for
   monday", "Anything on Saturday for me?", "what I have on Sunday?", "Anything I need to do
   Monday?", "what've I got sunday", "whats on fri"), a date ("Sunday 13 December", "on 5
   December", "due the 10th"), the weekend ("this weekend", "dis weekend"), this week ("What
   is left for this week, please?", "whats left this wk"), next week, the next three days, a
   month ("in December", "in January"), a span ("between now and the Geminids on the 13th",
   "between Tuesday and Thursday", "before the stoppages start on the 7th"), a tag, overdue
   ("Is there anything overdue?", "anything late?", "let slide, like?", "Is something after
   the deadline?", "which tasks is late already?", "onything overdue?", "anything gone overdue
   on me") and what is done ("Which jobs have I actually finished?", "What I did already?",
   "what've I finished?"): the reply names what is in the window, leaves out what is not (a
   completed task never as overdue or left to do), and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "make that urgent", "also
   make it important ạ", "Mak it urgent", "high prio", a corrected day ("Actually, make it
   Monday", "Och no, Monday, not tomorrow", "And make it for Saturday please", "Actually,
   make that tomorrow", "actually saturday"), a tag or a note added to the task just made, a
   position in a list just shown ("The top one's done", "bottom one done", "The second one
   there's done now", "first one I finished already", "the last one delete please", "The first
   and second are both done", "delete the middle one", "2nd one done"), a pick from the choice
   the assistant offered ("The internet one"), "Na, wrang een — I meant ..." after a deletion,
   a completion taken back ("Sorry, no — I haven't finished them yet", "sorry not yet", "undo
   that, wrong job"), a deletion taken back ("no put it back", "Ne ne, bring it back"), a task
   just added withdrawn ("Scrap that", "scrap that, wrong list"), "undo that pls" after an
   edit, "Please mark it as done." after a search, "delete that one" after a search, "and
   passport also" and "and the scope's cleaned too" after a completion, "And Sunday?" and "An
   Saturday?" after a day's list.
8. ``TABLE``: the contract's table said in the voices' words: add ("Add a task to", "Add a
   task:"), list ("Show me everything on my list, please", "please show all my tasks ạ"),
   pending ("whats pending", "Whit's still pendin?"), complete ("mark task N done"), delete
   ("Delete the ... task", "delete the ... one"), rename ("Please change task N to '...'",
   "Change task N tae '...'"), "I need to remember to", "need to remember to", completed
   ("What have I completed so far, please?", "what've i completed"); with search ("Please
   find task about"), tags ("Which tags I have?", "tag the ... task with"), reopen ("reopen
   ... please") and restore ("Restore the ... task, I deleted it by accident").
9. ``SAFETY``: messages that must change nothing: chit-chat ("Year 9 were absolute chaos on
   the glockenspiels today", "It's blowing a hoolie out there the day", "Dead on, thanks
   love", "Clear skies tonight at last", "Děkuji moc", "Cảm ơn nhiều nhé!", "Hit's blaain a
   gale da nicht", "Saw a kingfisher by the lock", "dipped the waxwings again", "cheers pal"),
   requests the assistant cannot do ("what tyre pressure should i run", "What time does
   Saturn set tonight", "How many crowns is 50 euros?", "Whit time is da Northlink ...?"), an
   ambiguous reference that must ask and name the candidates ("The booking's done", "brakes
   bled", "Delete the ring one", "Buy is done", "Mẹ task finished", "Booked it", "quote
   sent"), and nothing deleted or completed on a guess ("all sorted 👍" and "done that one"
   with nothing before them, a task that does not exist, a hedge about deleting).

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the day after tomorrow Saturday 28 November, the
weekend is 28-29 November and next week runs from Monday 30 November to Sunday 6 December.
"This week" is asked only of tasks that are in it (or out of it) on every reading, whether it
ends on Sunday or runs seven days, and so is "next week" and "the next three days"; a span
"between now and the 13th" is asked only of days well inside or outside it. Seeds give their
dates in ISO-8601; seeded times carry Berlin's winter offset (+01:00). Tasks are checked as the
tools report them (``status`` pending, completed or deleted; ``priority`` none, low, medium,
high or urgent; ``tags`` a list; ``description``; ``due`` and ``reminder`` spoken in the user's
zone, "Friday 27 November 2026" for a whole day and "Friday 27 November 2026, 09:00" with a
time; ``recurrence`` as RRULE text). Titles are expected with their first letter capitalised
and kept in the user's own words, the voice's spelling included ("Book da Northlink tae
Aberdeen", "Bake cukroví with babička", "Send money to Mẹ", "Buy leaves for bánh chưng");
where a title may fairly be kept with or without some words (a trailing clause that gives a
purpose or an occasion, "before the star party", "before the customer picks it up", "afore da
rain", "in the spring", "for da bairn", "for next year"), or with a name written in lower or
upper case as the user typed it ("brompton", "yale", "mrs patel's"), each is accepted. Where
the words leave the meaning open ("next Friday" or "next Tuesday" said on a Thursday, "every
second Tuesday", "wile important", "it is important", "very important", "top priority", "no
rush", "not urgent", "sometime next week", "Saturday morning", "tomorrow evening", "tomorrow
lunchtime", "the evening before", "the night before"), every reasonable reading is accepted; a
day said without a time is checked on the day only. Words of the voice are read as the voice
means them: the Northern Irish "wile" is "very" and "I'm after ringing" is "I have just rung";
the Shetland "da morn" is tomorrow, "da nicht" tonight, "mind me" is "remind me", "afore" is
"before" and "wrang een" is "wrong one"; the Czech speaker's "until 23 December" is "by 23
December" and "ne ne" is "no, no"; the Vietnamese speaker's "latest Friday" is "by Friday";
"Friday week" is Friday 4 December. A list shows the latest seeded task first, as the corpus
says: "the second one" and "the middle one" of three are the middle one either way, "the first
one" and "the top one" are the last seeded, and "the last one" and "the bottom one" the first
seeded; a list is always counted by position, never by an id, and positions are asked only of
seeds without a due date, so that no order by date can move them. Recurring seeds carry a due
date, as a repeating task in a task manager usually has one, and no recurring task is
completed (its next occurrence would be a new task). Projects are left out, as the seeds are
tasks only.

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
from .held_out_fifteenth import (
    D_FRI,
    D_FRI_NEXT,
    D_MON,
    D_SAT,
    D_SAT_NEXT,
    D_SUN,
    D_THU,
    D_TODAY,
    D_TUE,
    D_WED,
)
from .held_out_fifth import bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
    SHOWN,
    THURSDAY_10_DEC,
    TUESDAY_8_DEC,
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

__all__ = ["HELD_OUT_SIXTEENTH"]

# A few more days, as the tools say them.
FRIDAY_11_DEC = "Friday 11 December 2026"
SUNDAY_13_DEC = "Sunday 13 December 2026"
THURSDAY_17_DEC = "Thursday 17 December 2026"
TUESDAY_22_DEC = "Tuesday 22 December 2026"
WEDNESDAY_23_DEC = "Wednesday 23 December 2026"

# Tasks of each voice, for the families that need several of them.
MUSIC = ("Tune the ukuleles", "Mark the Year 10 compositions", "Book the piano tuner")
BIKE = (
    "True the wheel on the Brompton",
    "Order Shimano brake pads",
    "Bleed the brakes on the Cannondale",
)
ULSTER = (
    "Book the vet for the TB test",
    "Fill in the DAERA forms",
    "Bake a traybake for the church",
)
ASTRO = (
    "Collimate the Dobsonian",
    "Renew the astronomical society membership",
    "Charge the dew heater batteries",
)
CZECH = (
    "Buy the vignette for the car",
    "Bake cukroví with babička",
    "Renew passport at the embassy",
)
VIET = ("Send money to Mẹ", "Buy rice at Dong Xuan Center", "Book the Bürgeramt appointment")
SHETLAND = (
    "Book the Northlink to Aberdeen",
    "Pay the SIC council tax",
    "Finish the Fair Isle jumper",
)
BOAT = ("Renew the CRT licence", "Book the pump-out", "Buy two bags of coal")
BIRDER = ("Fill the feeders", "Submit my records to BirdTrack", "Clean the scope")
LOCKSMITH = ("Order key blanks", "Quote for Mrs Patel's locks", "Service the key cutting machine")


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED: tuple[Case, ...] = (
    # A secondary-school music teacher, between lessons.
    case(
        "Could you add 'print the carol concert programmes' for Tuesday? #concert",
        fresh("Print the carol concert programmes"),
        when(TUESDAY_NEXT),
        tagged("concert"),
    ),
    case(
        "Between lessons — put down that I need to chase the Year 11 coursework by next Friday, "
        "high priority.",
        fresh("Chase the Year 11 coursework", priority="high"),
        when((FRIDAY, FRIDAY_NEXT)),
    ),
    case(
        "New task: restring the two classroom guitars. Note: the spare strings are in the "
        "cupboard by the practice rooms",
        fresh("Restring the two classroom guitars"),
        described("spare strings"),
    ),
    case(
        "Remind me to email the peripatetic teachers about the timetable on Monday at 8",
        fresh("Email the peripatetic teachers about the timetable"),
        when(MONDAY, fields=("due", "reminder"), hours=[8]),
    ),
    # A bicycle mechanic, at the workstand.
    case(
        "add order tubeless sealant for saturday, high prio",
        fresh("Order tubeless sealant", priority="high"),
        when(SATURDAY),
    ),
    case(
        "stick on the list: true the rear wheel of the brompton tmrw 10am",
        fresh("True the rear wheel of the brompton", "True the rear wheel of the Brompton"),
        when(FRIDAY, hours=[10]),
    ),
    case(
        "need to bleed the brakes on the cannondale before the customer picks it up fri, "
        "tag workshop",
        fresh(
            "Bleed the brakes on the cannondale",
            "Bleed the brakes on the Cannondale",
            "Bleed the brakes on the cannondale before the customer picks it up",
            "Bleed the brakes on the Cannondale before the customer picks it up",
        ),
        when(FRIDAY),
        tagged("workshop"),
    ),
    case(
        "jot down - reorder chain checkers, no rush",
        fresh("Reorder chain checkers", priority=("low", "none")),
    ),
    # A hill farmer's wife in Northern Ireland.
    case(
        "Would you put on a wee note for me to ring the vet about the TB test on Monday, so it is",
        fresh("Ring the vet about the TB test"),
        when(MONDAY),
    ),
    case(
        "Add 'bake a traybake for the church soup run' for Saturday morning",
        fresh("Bake a traybake for the church soup run"),
        when(SATURDAY),
    ),
    case(
        "Put down to take the ewes to be scanned on the 3rd, it's wile important",
        fresh("Take the ewes to be scanned", priority=("high", "urgent")),
        when(THURSDAY_NEXT),
    ),
    case(
        "Stick this on the list for me: send the DAERA forms back by Wednesday. Note: Seamus "
        "has the herd number",
        fresh("Send the DAERA forms back"),
        when(WEDNESDAY_NEXT),
        described("herd number"),
    ),
    # An amateur astronomer, courteous and exact.
    case(
        "Please add a task to collimate the Dobsonian before the star party on Saturday "
        "5 December.",
        fresh("Collimate the Dobsonian", "Collimate the Dobsonian before the star party"),
        when(SATURDAY_NEXT),
    ),
    case(
        "I should like a task, please: book a pitch at the dark-sky site for the Geminids, for "
        "Sunday 13 December, tagged observing.",
        fresh("Book a pitch at the dark-sky site for the Geminids"),
        when(SUNDAY_13_DEC),
        tagged("observing"),
    ),
    case(
        "Could you note that I must charge the dew heater batteries tonight at 9?",
        fresh("Charge the dew heater batteries"),
        when(TODAY, fields=("due", "reminder"), hours=[21]),
    ),
    case(
        "New task: write up the observing log for the lunar occultation. Description: include "
        "the timings from the video.",
        fresh("Write up the observing log for the lunar occultation"),
        described("timings from the video"),
    ),
    # A Czech speaker's English.
    case(
        "Ahoj, please make task: buy carp for Christmas, until 23 December",
        fresh("Buy carp for Christmas", "Buy carp"),
        when(WEDNESDAY_23_DEC),
    ),
    case(
        "I need to buy the vignette for the car for next year, on Monday, prosím",
        fresh("Buy the vignette for the car for next year", "Buy the vignette for the car"),
        when(MONDAY),
    ),
    case(
        "Add for me: bake cukroví with babička on Saturday, it is important",
        fresh("Bake cukroví with babička", priority=("high", "urgent")),
        when(SATURDAY),
    ),
    case(
        "Write please to list: buy gift for Mikuláš, until 5 December #family",
        fresh("Buy gift for Mikuláš"),
        when(SATURDAY_NEXT),
        tagged("family"),
    ),
    # A Vietnamese speaker's English, living in Berlin.
    case(
        "Dạ, please help me add: buy rice at Dong Xuan Center on Saturday",
        fresh("Buy rice at Dong Xuan Center"),
        when(SATURDAY),
    ),
    case(
        "please add for me send money to Mẹ, latest Friday, very important ạ",
        fresh("Send money to Mẹ", priority=("high", "urgent")),
        when(FRIDAY),
    ),
    case(
        "Please help me remember to call cousin Linh tomorrow evening ạ",
        fresh("Call cousin Linh"),
        when(FRIDAY, fields=("due", "reminder")),
    ),
    case(
        "add one task: book Bürgeramt appointment for Anmeldung, note: need the paper from "
        "landlord",
        fresh("Book Bürgeramt appointment for Anmeldung"),
        described("landlord"),
    ),
    # Shetland English.
    case(
        "Aye, could du add 'book da Northlink tae Aberdeen' for Monday?",
        fresh("Book da Northlink tae Aberdeen"),
        when(MONDAY),
    ),
    case(
        "Put on da list: bring in da peats afore da rain, high priority",
        fresh("Bring in da peats", "Bring in da peats afore da rain", priority="high"),
    ),
    case(
        "Mind me tae finish da peerie Fair Isle hat for da bairn by Sunday",
        fresh("Finish da peerie Fair Isle hat for da bairn", "Finish da peerie Fair Isle hat"),
        when(SUNDAY, fields=("due", "reminder")),
    ),
    case(
        "New task - pay the SIC council tax, tag bills, due 1 December",
        fresh("Pay the SIC council tax"),
        tagged("bills"),
        when(TUESDAY_NEXT),
    ),
    # A liveaboard narrowboater.
    case(
        "Morning! Could you pop 'book a pump-out at the marina' on my list for Saturday?",
        fresh("Book a pump-out at the marina"),
        when(SATURDAY),
    ),
    case(
        "Put 'renew the CRT licence' down for the 4th of December and make it urgent please",
        fresh("Renew the CRT licence", priority="urgent"),
        when(FRIDAY_NEXT),
    ),
    case(
        "Note to self: buy two bags of smokeless coal tomorrow, tag stove",
        fresh("Buy two bags of smokeless coal"),
        when(FRIDAY),
        tagged("stove"),
    ),
    case(
        "can you add get the hull blacked in the spring — details: ring the boatyard at "
        "Braunston for a slot",
        fresh("Get the hull blacked", "Get the hull blacked in the spring"),
        described("Braunston"),
    ),
    # A birdwatcher.
    case(
        "Add: do the WeBS count at the reservoir on Sunday 8am #birding",
        fresh("Do the WeBS count at the reservoir"),
        when(SUNDAY, hours=[8]),
        tagged("birding"),
    ),
    case(
        "Quick one — put down submit my November records to BirdTrack by Monday",
        fresh("Submit my November records to BirdTrack"),
        when(MONDAY),
    ),
    case(
        "can you add a task to clean the scope lens, not urgent, whenever",
        fresh("Clean the scope lens", priority=("low", "none"), due=CLEARED),
    ),
    case(
        "Please add 'email the county recorder about the waxwings' for tomorrow morning",
        fresh("Email the county recorder about the waxwings"),
        when(FRIDAY),
    ),
    # A locksmith on call-outs, terse.
    case(
        "add order 50 yale blanks fri",
        fresh("Order 50 yale blanks", "Order 50 Yale blanks"),
        when(FRIDAY),
    ),
    case(
        "job: quote for mrs patel's back door locks, tmrw 2pm, high",
        fresh(
            "Quote for mrs patel's back door locks",
            "Quote for Mrs Patel's back door locks",
            priority="high",
        ),
        when(FRIDAY, hours=[14]),
    ),
    case(
        "need to service the key cutting machine sometime next week",
        fresh("Service the key cutting machine"),
    ),
    case(
        "put on list: ring the wholesaler re the smart locks. note - they owe me £40 credit",
        fresh("Ring the wholesaler re the smart locks"),
        described("credit"),
    ),
)


# 2. Repeats said in words, on a new task or an existing one; a repeat stopped.
REPEATS: tuple[Case, ...] = (
    case(
        "Add 'orchestra rehearsal' every Wednesday after school at 3:30",
        repeats(
            "FREQ=WEEKLY",
            called=("Orchestra rehearsal",),
            either=(on("BYDAY=WE", "Wednesday"), at(15, 30)),
        ),
    ),
    case(
        "Set up a task to check the practice room bookings every Monday morning",
        repeats(
            "FREQ=WEEKLY",
            called=("Check the practice room bookings",),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "Make 'Tune the ukuleles' repeat every fortnight, please.",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        untouched_except(0),
        seeds=(s("Tune the ukuleles", due=D_MON),),
    ),
    case(
        "add clean the workshop floor every friday 5pm",
        repeats(
            "FREQ=WEEKLY",
            called=("Clean the workshop floor",),
            either=(on("BYDAY=FR", "Friday"), at(17)),
        ),
    ),
    case(
        "add check the compressor every morning at 8",
        repeats("FREQ=DAILY", called=("Check the compressor",), either=(at(8),)),
    ),
    case(
        "shimano order should be monthly now",
        repeats("FREQ=MONTHLY", task=0),
        untouched_except(0),
        seeds=(s("Order Shimano brake pads", due=D_MON),),
    ),
    case(
        "Put down to feed the calves every morning at 7, so it is",
        repeats("FREQ=DAILY", called=("Feed the calves",), either=(at(7),)),
    ),
    case(
        "Add 'help at the church soup run' every second Tuesday",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=MONTHLY;BYDAY=2TU",
            "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2",
            called=("Help at the church soup run",),
        ),
        when((TUESDAY_NEXT, TUESDAY_8_DEC)),
    ),
    case(
        "Make the DAERA forms every three months from now on, so it is",
        repeats("FREQ=MONTHLY;INTERVAL=3", task=0),
        untouched_except(0),
        seeds=(s("Fill in the DAERA forms", due=D_MON),),
    ),
    case(
        "Please add a task to check the weather forecast for observing every evening at 6.",
        repeats(
            "FREQ=DAILY",
            called=("Check the weather forecast for observing", "Check the weather forecast"),
            either=(at(18),),
        ),
    ),
    case(
        "Kindly add the astronomical society meeting on the first Tuesday of every month at "
        "7.30pm.",
        repeats(
            "FREQ=MONTHLY;BYDAY=1TU",
            "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=1",
            called=("Astronomical society meeting", "The astronomical society meeting"),
            either=(at(19, 30),),
        ),
    ),
    case(
        "The society membership renewal comes round every year; please make it repeat annually.",
        repeats("FREQ=YEARLY", task=0),
        untouched_except(0),
        seeds=(s("Renew the astronomical society membership", due=D_TUE),),
    ),
    case(
        "Please make task: water the flowers at babička's every Sunday",
        repeats(
            "FREQ=WEEKLY",
            called=("Water the flowers at babička's",),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "Add: English lesson every Tuesday and Thursday at 17",
        repeats("FREQ=WEEKLY;BYDAY=TU,TH", called=("English lesson",), either=(at(17),)),
    ),
    case(
        "The rent must not repeat any more, we bought a flat",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pay the rent", due=D_TUE, recurrence="monthly"),),
    ),
    case(
        "please help me add Vietnamese class for the kids every Saturday morning at 10",
        repeats(
            "FREQ=WEEKLY",
            called=("Vietnamese class for the kids",),
            either=(on("BYDAY=SA", "Saturday"), at(10)),
        ),
    ),
    case(
        "add task call Mẹ every Sunday evening ạ",
        repeats("FREQ=WEEKLY", called=("Call Mẹ",), either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "Send money to Mẹ is every month, please make it repeat",
        repeats("FREQ=MONTHLY", task=0),
        untouched_except(0),
        seeds=(s("Send money to Mẹ", due=D_TUE),),
    ),
    case(
        "Add 'feed da hens' every day at 8",
        repeats("FREQ=DAILY", called=("Feed da hens",), either=(at(8),)),
    ),
    case(
        "Could du add 'rowing at da marina' every Wednesday night at 7?",
        repeats(
            "FREQ=WEEKLY",
            called=("Rowing at da marina",),
            either=(on("BYDAY=WE", "Wednesday"), at(19)),
        ),
    ),
    case(
        "Da bins is every other Monday noo, no every week",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        untouched_except(0),
        seeds=(s("Put the bins out", due=D_MON, recurrence="FREQ=WEEKLY;BYDAY=MO"),),
    ),
    case(
        "Could you add 'check the bilge' every Sunday?",
        repeats("FREQ=WEEKLY", called=("Check the bilge",), either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "Add a task to top up the water tank every three days",
        repeats("FREQ=DAILY;INTERVAL=3", called=("Top up the water tank",)),
    ),
    case(
        "Stop the cassette one repeating, I've got a pump-out loo now",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Empty the cassette", due=D_FRI, recurrence="FREQ=DAILY;INTERVAL=2"),),
    ),
    case(
        "add 'WeBS count at the reservoir' for the second Sunday of every month",
        repeats(
            "FREQ=MONTHLY;BYDAY=2SU",
            "FREQ=MONTHLY;BYDAY=SU;BYSETPOS=2",
            called=("WeBS count at the reservoir",),
        ),
    ),
    case(
        "Put 'top up the feeders' on every Monday and Thursday",
        repeats("FREQ=WEEKLY;BYDAY=MO,TH", called=("Top up the feeders",)),
    ),
    case(
        "clean the bird bath — make that daily now, the starlings are filthy",
        repeats("FREQ=DAILY", task=0),
        untouched_except(0),
        seeds=(s("Clean the bird bath", due=D_SAT, recurrence="weekly"),),
    ),
    case(
        "add check the van stock every fri 4pm",
        repeats(
            "FREQ=WEEKLY",
            called=("Check the van stock",),
            either=(on("BYDAY=FR", "Friday"), at(16)),
        ),
    ),
    case(
        "add invoice run last day of every month",
        repeats("FREQ=MONTHLY;BYMONTHDAY=-1", called=("Invoice run",)),
    ),
    case(
        "key cutting machine service every 6 months from now",
        repeats("FREQ=MONTHLY;INTERVAL=6", task=0),
        untouched_except(0),
        seeds=(s("Service the key cutting machine", due=D_TUE),),
    ),
)


# 3. Statements of fact that mean "done"; negatives, plans, questions and doubt change nothing.
FACTS: tuple[Case, ...] = (
    case("The piano tuner's booked for the 9th.", *done(2), seeds=MUSIC),
    case(
        "Finally finished marking the Year 10 compositions, thank goodness", *done(1), seeds=MUSIC
    ),
    case("Haven't got round to the ukuleles yet", UNCHANGED, seeds=MUSIC),
    case("brompton wheel's trued, running straight now", *done(0), seeds=BIKE),
    case("shimano pads ordered, 20 sets", *done(1), seeds=BIKE),
    case("cannondale brakes still spongy, not done yet", UNCHANGED, seeds=BIKE),
    case("The traybake's made and in the tin, so it is", *done(2), seeds=ULSTER),
    case("I'm after ringing the vet, the TB test is booked for Tuesday", *done(0), seeds=ULSTER),
    case("Did I send them DAERA forms off?", UNCHANGED, seeds=ULSTER),
    case(
        "I collimated the Dobsonian this afternoon; the star test looks lovely.",
        *done(0),
        seeds=ASTRO,
    ),
    case("I have paid my society membership for next year.", *done(1), seeds=ASTRO),
    case("I intend to charge the dew heater batteries on Saturday.", UNCHANGED, seeds=ASTRO),
    case("Vignette for car I have bought already", *done(0), seeds=CZECH),
    case("Cukroví is baked, babička was very happy", *done(1), seeds=CZECH),
    case("Passport is still not renewed, embassy has no free termín", UNCHANGED, seeds=CZECH),
    case("I sent money to Mẹ already ạ", *done(0), seeds=VIET),
    case("Rice bought at Dong Xuan already", *done(1), seeds=VIET),
    case("Bürgeramt appointment not yet, no free termin", UNCHANGED, seeds=VIET),
    case("Da Fair Isle jumper is finished at last, aye", *done(2), seeds=SHETLAND),
    case("Council tax is paid", *done(1), seeds=SHETLAND),
    case("I'll book da Northlink da morn", UNCHANGED, seeds=SHETLAND),
    case("Got the two bags of coal off the fuel boat this morning", *done(2), seeds=BOAT),
    case("Pump-out's booked for Saturday at the marina", *done(1), seeds=BOAT),
    case(
        "Think I renewed the CRT licence online, not sure it went through",
        UNCHANGED,
        seeds=BOAT,
    ),
    case("feeders filled, had a nuthatch on within minutes", *done(0), seeds=BIRDER),
    case("records all submitted to BirdTrack", *done(1), seeds=BIRDER),
    case("Should I clean the scope before Sunday?", UNCHANGED, seeds=BIRDER),
    case("blanks ordered", *done(0), seeds=LOCKSMITH),
    case("patel quote sent, she's happy", *done(1), seeds=LOCKSMITH),
    case("didn't get to the key machine today", UNCHANGED, seeds=LOCKSMITH),
)


# 4. Edits: priority, the due date moved or taken off, a rename, a note, tags.
EDITS: tuple[Case, ...] = (
    case(
        "The Year 10 compositions are urgent now — the exam board moved the deadline.",
        state(1, priority="urgent"),
        untouched_except(1),
        seeds=MUSIC,
    ),
    case(
        "Push the piano tuner back a week",
        when(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Book the piano tuner", due=D_FRI),),
    ),
    case(
        "Rename 'Tune the ukuleles' to 'Tune and restring the ukuleles'",
        state(0, title="Tune and restring the ukuleles"),
        untouched_except(0),
        seeds=MUSIC,
    ),
    case(
        "Add a note to the compositions task: the moderation sample is six candidates",
        described("six candidates", task=1),
        untouched_except(1),
        seeds=MUSIC,
    ),
    case(
        "brompton wheel can wait, drop it to low",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("True the wheel on the Brompton", priority="high"), s("Order Shimano brake pads")),
    ),
    case(
        "move the cannondale brakes to tmrw",
        when(FRIDAY, task=0),
        untouched_except(0),
        seeds=(s("Bleed the brakes on the Cannondale", due=D_MON),),
    ),
    case(
        "tag the shimano order with suppliers",
        tagged("suppliers", task=1),
        untouched_except(1),
        seeds=BIKE,
    ),
    case(
        "shimano pads - take the date off, no deadline",
        one_of(0, due=CLEARED),
        untouched_except(0),
        seeds=(s("Order Shimano brake pads", due=D_WED),),
    ),
    case(
        "Put the DAERA forms up to high, they're wile late",
        state(1, priority="high"),
        untouched_except(1),
        seeds=ULSTER,
    ),
    case(
        "Move the vet to Wednesday, so it is",
        when(WEDNESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Book the vet for the TB test", due=D_MON),),
    ),
    case(
        "Bring the traybake forward a day",
        when(FRIDAY, task=0),
        untouched_except(0),
        seeds=(s("Bake a traybake for the church", due=D_SAT),),
    ),
    case(
        "Change 'Bake a traybake for the church' to 'Bake two traybakes for the church'",
        state(0, title="Bake two traybakes for the church"),
        untouched_except(0),
        seeds=(s("Bake a traybake for the church"),),
    ),
    case(
        "Please lower the priority of the dew heater batteries; they can wait.",
        lowered(0),
        untouched_except(0),
        seeds=(s("Charge the dew heater batteries", priority="high"), s("Collimate the Dobsonian")),
    ),
    case(
        "Kindly move collimating the Dobsonian to Friday 11 December.",
        when(FRIDAY_11_DEC, task=0),
        untouched_except(0),
        seeds=(s("Collimate the Dobsonian", due=D_SAT),),
    ),
    case(
        "Please add the tag telescope to the Dobsonian task.",
        tagged("telescope", task=0),
        untouched_except(0),
        seeds=ASTRO,
    ),
    case(
        "The membership renewal is rather more important than I thought; could you raise its "
        "priority?",
        raised(1),
        untouched_except(1),
        seeds=ASTRO,
    ),
    case(
        "Vignette please make high priority",
        state(0, priority="high"),
        untouched_except(0),
        seeds=CZECH,
    ),
    case(
        "Passport at embassy move two weeks later",
        when(THURSDAY_17_DEC, task=0),
        untouched_except(0),
        seeds=(s("Renew passport at the embassy", due=D_THU),),
    ),
    case(
        "Cukroví with babička postpone to Sunday",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Bake cukroví with babička", due=D_SAT),),
    ),
    case(
        "Give to cukroví a note: recipe for vanilkové rohlíčky is in the blue book",
        described("vanilkové rohlíčky", task=1),
        untouched_except(1),
        seeds=CZECH,
    ),
    case(
        "please make send money to Mẹ urgent ạ",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=VIET,
    ),
    case(
        "change Bürgeramt appointment to next Tuesday",
        when((TUESDAY_NEXT, TUESDAY_8_DEC), task=0),
        untouched_except(0),
        seeds=(s("Book the Bürgeramt appointment", due=D_FRI),),
    ),
    case(
        "rice at Dong Xuan, move it 2 days later",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Buy rice at Dong Xuan Center", due=D_SAT),),
    ),
    case(
        "rename 'Buy rice at Dong Xuan Center' to 'Buy rice and fish sauce at Dong Xuan Center'",
        state(1, title="Buy rice and fish sauce at Dong Xuan Center"),
        untouched_except(1),
        seeds=VIET,
    ),
    case(
        "Knock da jumper doon tae low",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("Finish the Fair Isle jumper", priority="medium"),),
    ),
    case(
        "Move da Northlink tae Friday week",
        when(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Book the Northlink to Aberdeen", due=D_MON),),
    ),
    case(
        "Tak da date aff da council tax, there's nae rush",
        one_of(0, due=CLEARED),
        untouched_except(0),
        seeds=(s("Pay the SIC council tax", due=D_TUE),),
    ),
    case(
        "Tag da Northlink one wi travel",
        tagged("travel", task=0),
        untouched_except(0),
        seeds=SHETLAND,
    ),
    case(
        "The CRT licence is top priority now",
        one_of(0, priority=("high", "urgent")),
        untouched_except(0),
        seeds=BOAT,
    ),
    case(
        "Can you push the pump-out back to Monday?",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Book the pump-out", due=D_SAT),),
    ),
    case(
        "Put a note on the coal: the fuel boat comes past on Tuesdays",
        described("fuel boat", task=2),
        one_of(2, due=CLEARED),
        untouched_except(2),
        seeds=BOAT,
    ),
    case(
        "Rename the coal one to 'Buy coal and kindling'",
        state(2, title="Buy coal and kindling"),
        untouched_except(2),
        seeds=BOAT,
    ),
    case(
        "bump the BirdTrack records up, county deadline's looming",
        raised(1),
        untouched_except(1),
        seeds=BIRDER,
    ),
    case(
        "scope cleaning can go to next week",
        when(NEXT_WEEK, task=0),
        untouched_except(0),
        seeds=(s("Clean the scope", due=D_FRI),),
    ),
    case(
        "tag the feeders task garden and birding",
        tagged("garden", "birding", task=0),
        untouched_except(0),
        seeds=BIRDER,
    ),
    case(
        "move the BirdTrack records to 10 Dec",
        when(THURSDAY_10_DEC, task=0),
        untouched_except(0),
        seeds=(s("Submit my records to BirdTrack", due=D_MON),),
    ),
    case(
        "patel quote -> urgent",
        state(1, priority="urgent"),
        untouched_except(1),
        seeds=LOCKSMITH,
    ),
    case(
        "blanks order move to mon",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Order key blanks", due=D_FRI),),
    ),
    case(
        "key machine service, bring it forward to tmrw",
        when(FRIDAY, task=0),
        untouched_except(0),
        seeds=(s("Service the key cutting machine", due=D_TUE),),
    ),
    case(
        "patel quote - add note: 3 doors, all euro cylinders",
        described("euro cylinders", task=1),
        untouched_except(1),
        seeds=LOCKSMITH,
    ),
)


# 5. Reminders set, moved or cleared on an existing task; no task added, the due date kept.
REMINDERS: tuple[Case, ...] = (
    case(
        "Remind me about the piano tuner tomorrow at 8am",
        reminded(FRIDAY, task=0, hours=[8]),
        one_of(0, due=CLEARED),
        nothing_added(),
        seeds=(s("Book the piano tuner"),),
    ),
    case(
        "Give me a nudge about the Year 10 compositions the evening before they're due",
        reminded(SUNDAY, task=0, hours=EVENING),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Mark the Year 10 compositions", due=D_MON),),
    ),
    case(
        "Set a reminder for the concert programmes an hour before",
        reminded(TUESDAY_NEXT, task=0, hours=[11]),
        state(0, due=spoken(TUESDAY_NEXT, "12:00")),
        nothing_added(),
        seeds=(s("Print the concert programmes", due=berlin(D_TUE, "12:00")),),
    ),
    case(
        "No reminder needed for the ukuleles any more",
        one_of(0, reminder=CLEARED),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Tune the ukuleles", due=D_MON, reminder=berlin(D_SUN, "18:00")),),
    ),
    case(
        "ping me bout the brompton at 9 tmrw",
        reminded(FRIDAY, task=0, hours=[9]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("True the wheel on the Brompton", due=D_FRI),),
    ),
    case(
        "remind me 30 min before the cannondale pickup",
        reminded(SATURDAY, task=0, hours=[9]),
        state(0, due=spoken(SATURDAY, "10:00")),
        nothing_added(),
        seeds=(s("Cannondale pickup", due=berlin(D_SAT, "10:00")),),
    ),
    case(
        "reminder for the shimano order monday 8am",
        reminded(MONDAY, task=0, hours=[8]),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Order Shimano brake pads", due=D_TUE),),
    ),
    case(
        "drop the reminder on the sealant order",
        one_of(0, reminder=CLEARED),
        nothing_added(),
        seeds=(s("Order tubeless sealant", reminder=berlin(D_FRI, "09:00")),),
    ),
    case(
        "Give us a wee reminder about the vet on Monday morning at 9",
        reminded(MONDAY, task=0, hours=[9]),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Book the vet for the TB test", due=D_TUE),),
    ),
    case(
        "Remind me about the traybake the night before",
        reminded(FRIDAY, task=0, hours=EVENING),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Bake a traybake for the church", due=D_SAT),),
    ),
    case(
        "Can you remind me of the DAERA forms two days before they're due?",
        reminded(WEDNESDAY_NEXT, task=0),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Fill in the DAERA forms", due=D_FRI_NEXT),),
    ),
    case(
        "Take the reminder off the soup run, I'll mind it myself",
        one_of(0, reminder=CLEARED),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Help at the church soup run", due=D_TUE, reminder=berlin(D_MON, "19:00")),),
    ),
    case(
        "Please set a reminder on 'Collimate the Dobsonian' for Saturday at 4pm.",
        reminded(SATURDAY, task=0, hours=[16]),
        state(0, due=SATURDAY_NEXT),
        nothing_added(),
        seeds=(s("Collimate the Dobsonian", due=D_SAT_NEXT),),
    ),
    case(
        "I would like a reminder for the star party booking three days beforehand.",
        reminded(MONDAY, task=0),
        state(0, due=THURSDAY_NEXT),
        nothing_added(),
        seeds=(s("Book the star party pitch", due=D_THU),),
    ),
    case(
        "Kindly move the reminder for the dew heater to 8pm.",
        reminded(FRIDAY, task=0, hours=[20]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Charge the dew heater batteries", due=D_FRI, reminder=berlin(D_FRI, "18:00")),),
    ),
    case(
        "A reminder at noon on the day of the society renewal would be helpful.",
        reminded(TUESDAY_NEXT, task=0, hours=[12]),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Renew the astronomical society membership", due=D_TUE),),
    ),
    case(
        "Please remind me vignette on Sunday at 18",
        reminded(SUNDAY, task=0, hours=[18]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Buy the vignette for the car", due=D_MON),),
    ),
    case(
        "Reminder for carp one day before",
        reminded(TUESDAY_22_DEC, task=0),
        state(0, due=WEDNESDAY_23_DEC),
        nothing_added(),
        seeds=(s("Buy carp for Christmas", due="2026-12-23"),),
    ),
    case(
        "For passport embassy give me reminder 2 hours before",
        reminded(WEDNESDAY_NEXT, task=0, hours=[8]),
        state(0, due=spoken(WEDNESDAY_NEXT, "10:00")),
        nothing_added(),
        seeds=(s("Renew passport at the embassy", due=berlin(D_WED, "10:00")),),
    ),
    case(
        "Cukroví reminder I don't need, please remove",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Bake cukroví with babička", due=D_SAT, reminder=berlin(D_FRI, "17:00")),),
    ),
    case(
        "please remind me send money to Mẹ tomorrow 7pm ạ",
        reminded(FRIDAY, task=0, hours=[19]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Send money to Mẹ", due=D_SAT),),
    ),
    case(
        "for Vietnamese class, remind me 1 hour before please",
        reminded(SATURDAY, task=0, hours=[9]),
        state(0, due=spoken(SATURDAY, "10:00")),
        nothing_added(),
        seeds=(s("Vietnamese class for the kids", due=berlin(D_SAT, "10:00")),),
    ),
    case(
        "Bürgeramt appointment, remind me the morning of, 7 o'clock",
        reminded(WEDNESDAY_NEXT, task=0, hours=[7]),
        state(0, due=spoken(WEDNESDAY_NEXT, "11:30")),
        nothing_added(),
        seeds=(s("Bürgeramt appointment", due=berlin(D_WED, "11:30")),),
    ),
    case(
        "change reminder of rice to Saturday 9am",
        reminded(SATURDAY, task=0, hours=[9]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Buy rice at Dong Xuan Center", due=D_SAT, reminder=berlin(D_FRI, "18:00")),),
    ),
    case(
        "Mind me aboot da Northlink on Sunday at 6 at night",
        reminded(SUNDAY, task=0, hours=[18]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Book the Northlink to Aberdeen", due=D_MON),),
    ),
    case(
        "Remind me aboot da council tax da day afore",
        reminded(MONDAY, task=0),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Pay the SIC council tax", due=D_TUE),),
    ),
    case(
        "Set a reminder 15 minutes afore da rowing",
        reminded(WEDNESDAY_NEXT, task=0, hours=[18]),
        state(0, due=spoken(WEDNESDAY_NEXT, "19:00")),
        nothing_added(),
        seeds=(s("Rowing at the marina", due=berlin(D_WED, "19:00")),),
    ),
    case(
        "Dunna remind me aboot da jumper, tak it aff",
        one_of(0, reminder=CLEARED),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Finish the Fair Isle jumper", due=D_SUN, reminder=berlin(D_SAT, "10:00")),),
    ),
    case(
        "Remind me about the pump-out first thing Saturday, say 8",
        reminded(SATURDAY, task=0, hours=[8]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Book the pump-out", due=D_SAT),),
    ),
    case(
        "Could I have a reminder for the licence a week before it's due?",
        reminded(FRIDAY, task=0),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Renew the CRT licence", due=D_FRI_NEXT),),
    ),
    case(
        "Nudge me about the coal tomorrow lunchtime",
        reminded(FRIDAY, task=0, hours=[12, 13]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Buy two bags of coal", due=D_SAT),),
    ),
    case(
        "Move the reminder for the boat safety exam to Monday at 10",
        reminded(MONDAY, task=0, hours=[10]),
        state(0, due=THURSDAY_NEXT),
        nothing_added(),
        seeds=(s("Book the boat safety exam", due=D_THU, reminder=berlin(D_TUE, "09:00")),),
    ),
    case(
        "remind me about the WeBS count at 6am sunday",
        reminded(SUNDAY, task=0, hours=[6]),
        state(0, due=spoken(SUNDAY, "08:00")),
        nothing_added(),
        seeds=(s("WeBS count at the reservoir", due=berlin(D_SUN, "08:00")),),
    ),
    case(
        "reminder on the BirdTrack records the day before",
        reminded(SUNDAY, task=0),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Submit my records to BirdTrack", due=D_MON),),
    ),
    case(
        "give me a ping 20 mins before the ringing session",
        reminded(SATURDAY, task=0, hours=[7]),
        state(0, due=spoken(SATURDAY, "07:30")),
        nothing_added(),
        seeds=(s("Ringing session at the reserve", due=berlin(D_SAT, "07:30")),),
    ),
    case(
        "no need for a reminder on the feeders",
        one_of(0, reminder=CLEARED),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Fill the feeders", due=D_FRI, reminder=berlin(D_FRI, "08:00")),),
    ),
    case(
        "remind me patel quote 4pm today",
        reminded(TODAY, task=0, hours=[16]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Quote for Mrs Patel's locks", due=D_FRI),),
    ),
    case(
        "blanks order - remind me mon 7am",
        reminded(MONDAY, task=0, hours=[7]),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Order key blanks", due=D_TUE),),
    ),
    case(
        "remind me 1hr before the safe job",
        reminded(FRIDAY, task=0, hours=[13]),
        state(0, due=spoken(FRIDAY, "14:00")),
        nothing_added(),
        seeds=(s("Open the safe at the jeweller's", due=berlin(D_FRI, "14:00")),),
    ),
    case(
        "reminder off the key machine",
        one_of(0, reminder=CLEARED),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Service the key cutting machine", due=D_TUE, reminder=berlin(D_MON, "08:00")),),
    ),
)


# 6. Windows: the reply names what is in the window and leaves out what is not.
WINDOWS: tuple[Case, ...] = (
    case(
        "What have I got on tomorrow between lessons?",
        says("concert programmes"),
        lacks("coursework"),
        UNCHANGED,
        seeds=(
            s("Print the concert programmes", due=D_FRI),
            s("Chase the Year 11 coursework", due=D_MON),
        ),
    ),
    case(
        "Anything due next week?",
        says("piano tuner"),
        lacks("drumsticks", "spring musical"),
        UNCHANGED,
        seeds=(
            s("Book the piano tuner", due=D_WED),
            s("Order new drumsticks", due="2026-12-12"),
            s("Plan the spring musical", due="2026-12-10"),
        ),
    ),
    case(
        "Is there anything overdue? I've lost track since the mocks.",
        says("exam board forms"),
        lacks("piano tuner", "concert letters"),
        UNCHANGED,
        seeds=(
            s("Return the exam board forms", due="2026-11-20"),
            s("Book the piano tuner", due=D_MON),
            s("Send the concert letters home", "completed", due="2026-11-23"),
        ),
    ),
    case(
        "Which jobs have I actually finished?",
        says("ukuleles"),
        lacks("compositions"),
        UNCHANGED,
        seeds=(s("Tune the ukuleles", "completed"), s("Mark the Year 10 compositions")),
    ),
    case(
        "whats on sat",
        says("Di2"),
        lacks("wheel build"),
        UNCHANGED,
        seeds=(s("Fit the Di2 groupset", due=D_SAT), s("Wheel build for Tom", due=D_MON)),
    ),
    case(
        "anything for monday",
        says("Shimano"),
        lacks("workshop floor"),
        UNCHANGED,
        seeds=(s("Order Shimano brake pads", due=D_MON), s("Clean the workshop floor", due=D_FRI)),
    ),
    case(
        "anything late?",
        says("Trek"),
        lacks("chain checkers"),
        UNCHANGED,
        seeds=(
            s("Call back the Trek customer", due="2026-11-24"),
            s("Reorder chain checkers", due=D_FRI),
        ),
    ),
    case(
        "what've i got this weekend",
        says("tandem"),
        lacks("stocktake"),
        UNCHANGED,
        seeds=(s("Service the tandem", due=D_SUN), s("Stocktake", due=D_TUE)),
    ),
    case(
        "What wee jobs have I on today?",
        says("pet lambs"),
        lacks("scanned"),
        UNCHANGED,
        seeds=(s("Feed the pet lambs", due=D_TODAY), s("Take the ewes to be scanned", due=D_THU)),
    ),
    case(
        "Anything on Saturday for me?",
        says("traybake"),
        lacks("Ballymena"),
        UNCHANGED,
        seeds=(s("Bake a traybake for the church", due=D_SAT), s("Mart in Ballymena", due=D_MON)),
    ),
    case(
        "Have I anything in December?",
        says("DAERA", "Young Farmers"),
        lacks("ring the vet"),
        UNCHANGED,
        seeds=(
            s("Send the DAERA forms back", due=D_WED),
            s("Christmas dinner for the Young Farmers", due="2026-12-18"),
            s("Ring the vet", due=D_FRI),
        ),
    ),
    case(
        "Is there anything I've let slide, like?",
        says("feed merchant"),
        lacks("traybake"),
        UNCHANGED,
        seeds=(s("Pay the feed merchant", due="2026-11-23"), s("Bake a traybake", due=D_SAT)),
    ),
    case(
        "What is due between now and the Geminids on the 13th?",
        says("Dobsonian"),
        lacks("observing log"),
        UNCHANGED,
        seeds=(
            s("Collimate the Dobsonian", due=D_SAT_NEXT),
            s("Write up the observing log", due="2026-12-20"),
        ),
    ),
    case(
        "What is on for Sunday 13 December?",
        says("dark-sky"),
        lacks("dew heater"),
        UNCHANGED,
        seeds=(
            s("Book a pitch at the dark-sky site", due="2026-12-13"),
            s("Charge the dew heater batteries", due="2026-12-12"),
        ),
    ),
    case(
        "Which of my tasks are tagged observing?",
        says("Dobsonian"),
        lacks("membership"),
        UNCHANGED,
        seeds=(
            s("Collimate the Dobsonian", tags=["observing"]),
            s("Renew the society membership"),
        ),
    ),
    case(
        "What is left for this week, please?",
        says("eyepieces"),
        lacks("Geminids session", "star atlas"),
        UNCHANGED,
        seeds=(
            s("Clean the eyepieces", due=D_SAT),
            s("Plan the Geminids session", due="2026-12-10"),
            s("Update the star atlas", "completed", due=D_FRI),
        ),
    ),
    case(
        "What is for tomorrow, please?",
        says("vignette"),
        lacks("cukroví"),
        UNCHANGED,
        seeds=(s("Buy the vignette for the car", due=D_FRI), s("Bake cukroví", due=D_SUN)),
    ),
    case(
        "What is on 5 December?",
        says("Mikuláš"),
        lacks("carp"),
        UNCHANGED,
        seeds=(s("Buy gift for Mikuláš", due=D_SAT_NEXT), s("Buy carp", due="2026-12-23")),
    ),
    case(
        "What I did already?",
        says("electricity"),
        lacks("passport"),
        UNCHANGED,
        seeds=(s("Pay the electricity bill", "completed"), s("Renew passport at the embassy")),
    ),
    case(
        "Is something after the deadline?",
        says("tax form"),
        lacks("vignette"),
        UNCHANGED,
        seeds=(s("Send the tax form", due="2026-11-25"), s("Buy the vignette", due=D_MON)),
    ),
    case(
        "today what tasks I have?",
        says("Kita"),
        lacks("rice"),
        UNCHANGED,
        seeds=(
            s("Pick up the kids from Kita", due=D_TODAY),
            s("Buy rice at Dong Xuan Center", due=D_SAT),
        ),
    ),
    case(
        "what I have on Sunday?",
        says("Mẹ"),
        lacks("Bürgeramt"),
        UNCHANGED,
        seeds=(s("Call Mẹ", due=D_SUN), s("Book the Bürgeramt appointment", due=D_TUE)),
    ),
    case(
        "which tasks is late already?",
        says("Kita fee"),
        lacks("money"),
        UNCHANGED,
        seeds=(s("Pay the Kita fee", due="2026-11-20"), s("Send money to Mẹ", due=D_FRI)),
    ),
    case(
        "next three days what I have?",
        says("rice"),
        lacks("registration"),
        UNCHANGED,
        seeds=(
            s("Buy rice at Dong Xuan Center", due=D_FRI),
            s("Vietnamese class registration", due=D_THU),
        ),
    ),
    case(
        "Whit's on da morn?",
        says("Northlink"),
        lacks("council tax"),
        UNCHANGED,
        seeds=(
            s("Book the Northlink to Aberdeen", due=D_FRI),
            s("Pay the SIC council tax", due=D_TUE),
        ),
    ),
    case(
        "Whit's on dis weekend?",
        says("peats"),
        lacks("rowing"),
        UNCHANGED,
        seeds=(s("Bring in the peats", due=D_SAT), s("Rowing at the marina", due=D_WED)),
    ),
    case(
        "Is there onything overdue?",
        says("Up Helly Aa"),
        lacks("jumper"),
        UNCHANGED,
        seeds=(
            s("Send the Up Helly Aa costume money", due="2026-11-22"),
            s("Finish the Fair Isle jumper", due=D_SUN),
        ),
    ),
    case(
        "Whit's on in January?",
        says("squad practice"),
        lacks("Northlink"),
        UNCHANGED,
        seeds=(
            s("Up Helly Aa squad practice", due="2027-01-12"),
            s("Book the Northlink", due=D_MON),
        ),
    ),
    case(
        "Anything I need to do Monday?",
        says("winter mooring"),
        lacks("pump-out"),
        UNCHANGED,
        seeds=(
            s("Move the boat to the winter mooring", due=D_MON),
            s("Book the pump-out", due=D_SAT),
        ),
    ),
    case(
        "What have I got between Tuesday and Thursday?",
        says("coal"),
        lacks("licence", "water tank"),
        UNCHANGED,
        seeds=(
            s("Buy two bags of coal", due=D_WED),
            s("Renew the CRT licence", due=D_FRI_NEXT),
            s("Fill the water tank", due=D_MON),
        ),
    ),
    case(
        "Anything tagged stove?",
        says("chimney"),
        lacks("licence"),
        UNCHANGED,
        seeds=(s("Sweep the chimney", tags=["stove"]), s("Renew the CRT licence")),
    ),
    case(
        "What's still to do before the stoppages start on the 7th?",
        says("diesel"),
        lacks("roof"),
        UNCHANGED,
        seeds=(s("Fill the diesel tank", due=D_THU), s("Paint the roof", due="2026-12-15")),
    ),
    case(
        "what've I got sunday",
        says("WeBS"),
        lacks("scope"),
        UNCHANGED,
        seeds=(s("WeBS count at the reservoir", due=D_SUN), s("Clean the scope", due=D_MON)),
    ),
    case(
        "what've I finished?",
        says("feeders"),
        lacks("BirdTrack"),
        UNCHANGED,
        seeds=(s("Fill the feeders", "completed"), s("Submit my records to BirdTrack")),
    ),
    case(
        "what's coming up next week",
        says("Bird Count"),
        lacks("ringing"),
        UNCHANGED,
        seeds=(
            s("Christmas Bird Count planning", due=D_WED),
            s("Ringing session", due="2026-12-12"),
        ),
    ),
    case(
        "what's due the 10th?",
        says("bird club"),
        lacks("feeders"),
        UNCHANGED,
        seeds=(s("Bird club talk", due="2026-12-10"), s("Fill the feeders", due=D_FRI)),
    ),
    case(
        "jobs today?",
        says("Mill Road"),
        lacks("blanks"),
        UNCHANGED,
        seeds=(
            s("Lockout at 14 Mill Road", due=berlin(D_TODAY, "15:00")),
            s("Order key blanks", due=D_FRI),
        ),
    ),
    case(
        "whats on fri",
        says("Patel"),
        lacks("key cutting"),
        UNCHANGED,
        seeds=(
            s("Quote for Mrs Patel's locks", due=D_FRI),
            s("Service the key cutting machine", due=D_TUE),
        ),
    ),
    case(
        "anything gone overdue on me",
        says("letting agent"),
        lacks("blanks"),
        UNCHANGED,
        seeds=(s("Invoice the letting agent", due="2026-11-24"), s("Order key blanks", due=D_SAT)),
    ),
    case(
        "whats left this wk",
        says("smart lock"),
        lacks("Hendersons"),
        UNCHANGED,
        seeds=(
            s("Fit the smart lock at the dentist's", due=D_FRI),
            s("Insurance quote for the Hendersons", due="2026-12-09"),
        ),
    ),
)


# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "Actually, make it Monday",
        bears("Book the minibus for the orchestra trip", due=MONDAY),
        before="Add 'book the minibus for the orchestra trip' for Friday",
    ),
    case("The top one's done", *done(2), seeds=MUSIC, before=SHOWN),
    case(
        "Sorry, no — I haven't finished them yet",
        called("reopen_task"),
        state(1, status="pending"),
        seeds=MUSIC,
        before="Mark the Year 10 compositions as done",
    ),
    case(
        "and tag it brass",
        tagged("brass", title="Order valve oil for the brass"),
        before="add 'order valve oil for the brass' please",
    ),
    case(
        "make that urgent",
        bears("Order inner tubes", priority="urgent"),
        before="add order inner tubes fri",
    ),
    case("bottom one done", *done(0), seeds=BIKE, before=SHOWN),
    case(
        "no put it back, wrong one",
        called("restore_task"),
        state(1, status="pending"),
        seeds=BIKE,
        before="delete the shimano order",
    ),
    case(
        "undo that pls",
        called("update_task"),
        state(0, priority="medium"),
        seeds=(s("Bleed the brakes on the Cannondale", priority="medium"),),
        before="cannondale brakes to urgent",
    ),
    case(
        "Och no, Monday, not tomorrow",
        bears("Ring the feed merchant", due=MONDAY),
        before="Add 'ring the feed merchant' for tomorrow",
    ),
    case("The second one there's done now", *done(1), seeds=ULSTER, before=SHOWN),
    case(
        "Scrap that, Seamus already got it",
        called("delete_task"),
        gone("Buy a bag of layers pellets for the hens"),
        before="Add a task to buy a bag of layers pellets for the hens",
    ),
    case(
        "And Sunday?",
        says("Moon"),
        lacks("eyepieces"),
        UNCHANGED,
        seeds=(
            s("Clean the eyepieces", due=D_SAT),
            s("Observe the Moon with the club", due=D_SUN),
        ),
        before="What is on for Saturday?",
    ),
    case(
        "Please add a note to it: the 200mm size.",
        described("200mm", title="Order a Baader solar filter"),
        before="Please add a task to order a Baader solar filter.",
    ),
    case(
        "Please mark it as done.",
        *done(2),
        seeds=ASTRO,
        before="Please find the dew heater task.",
    ),
    case(
        "And make it for Saturday please",
        bears("Buy candles for Advent wreath", "Buy candles for the Advent wreath", due=SATURDAY),
        before="Please make task: buy candles for Advent wreath",
    ),
    case(
        "The internet one",
        state(1, status="completed"),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Pay the electricity bill"), s("Pay the internet bill")),
        before="Pay bill is done",
    ),
    case(
        "Ne ne, bring it back please",
        called("restore_task"),
        state(0, status="pending"),
        seeds=CZECH,
        before="Delete the vignette",
    ),
    case("and passport also", *done(1, 2), seeds=CZECH, before="Cukroví is done"),
    case(
        "also make it important ạ",
        bears("Buy leaves for bánh chưng", priority=("high", "urgent")),
        before="please add buy leaves for bánh chưng",
    ),
    case("first one I finished already", *done(2), seeds=VIET, before=SHOWN),
    case(
        "sorry not yet, bank was closed",
        called("reopen_task"),
        state(0, status="pending"),
        seeds=VIET,
        before="Send money to Mẹ is done",
    ),
    case(
        "the last one delete please",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=VIET,
        before=SHOWN,
    ),
    case(
        "Mak it urgent, hit's blaain open",
        bears("Fix da gate at da croft", priority="urgent"),
        before="Add 'fix da gate at da croft' for Saturday",
    ),
    case(
        "Na, wrang een — I meant da Northlink",
        called("restore_task"),
        state(1, status="pending"),
        state(0, status="deleted"),
        seeds=SHETLAND,
        before="Delete da council tax",
    ),
    case(
        "An Saturday?",
        says("peats"),
        lacks("Northlink"),
        UNCHANGED,
        seeds=(
            s("Book the Northlink to Aberdeen", due=D_FRI),
            s("Bring in the peats", due=D_SAT),
        ),
        before="Whit's on Friday?",
    ),
    case(
        "Actually, make that tomorrow",
        bears("Grease the stern gland", due=FRIDAY),
        before="Add 'grease the stern gland' for Sunday",
    ),
    case("The first and second are both done", *done(1, 2), seeds=BOAT, before=SHOWN),
    case(
        "delete that one",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=BOAT,
        before="search for coal",
    ),
    case(
        "actually saturday",
        bears("Check the gull roost", due=SATURDAY),
        before="add check the gull roost tomorrow",
    ),
    case("and the scope's cleaned too", *done(0, 2), seeds=BIRDER, before="feeders are filled"),
    case(
        "delete the middle one",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=BIRDER,
        before=SHOWN,
    ),
    case(
        "scrap that, wrong list",
        called("delete_task"),
        gone("Send the ringing data to the BTO"),
        before="add a task to send the ringing data to the BTO",
    ),
    case(
        "high prio",
        bears("Fit new locks at the surgery", priority="high"),
        before="add fit new locks at the surgery mon",
    ),
    case("2nd one done", *done(1), seeds=LOCKSMITH, before=SHOWN),
    case(
        "undo that, wrong job",
        called("reopen_task"),
        state(1, status="pending"),
        seeds=LOCKSMITH,
        before="patel quote done",
    ),
)


# 8. The contract's table in the voices' words, with search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    case("Add a task to print the nativity parts", fresh("Print the nativity parts")),
    case(
        "Show me everything on my list, please",
        says("ukuleles", "compositions", "piano tuner"),
        UNCHANGED,
        seeds=MUSIC,
    ),
    case(
        "whats pending",
        says("Shimano"),
        lacks("Brompton"),
        UNCHANGED,
        seeds=(s("Order Shimano brake pads"), s("True the wheel on the Brompton", "completed")),
    ),
    case("mark task {0} done", *done(0), seeds=BIKE),
    case(
        "Delete the traybake task",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=ULSTER,
    ),
    case("I need to remember to order the silage wrap", fresh("Order the silage wrap")),
    case(
        "Please change task {0} to 'Collimate and star-test the Dobsonian'.",
        state(0, title="Collimate and star-test the Dobsonian"),
        untouched_except(0),
        seeds=ASTRO,
    ),
    case(
        "What have I completed so far, please?",
        says("dew heater"),
        lacks("Dobsonian"),
        UNCHANGED,
        seeds=(s("Charge the dew heater batteries", "completed"), s("Collimate the Dobsonian")),
    ),
    case(
        "Please find task about passport",
        says("passport"),
        lacks("vignette"),
        UNCHANGED,
        seeds=(s("Renew passport at the embassy"), s("Buy the vignette for the car")),
    ),
    case(
        "Which tags I have?",
        says("christmas", "auto"),
        UNCHANGED,
        seeds=(s("Buy carp", tags=["christmas"]), s("Buy the vignette", tags=["auto"])),
    ),
    case(
        "please show all my tasks ạ",
        says("Mẹ", "rice", "Bürgeramt"),
        UNCHANGED,
        seeds=VIET,
    ),
    case(
        "reopen send money to Mẹ please",
        called("reopen_task"),
        state(0, status="pending"),
        seeds=(s("Send money to Mẹ", "completed"),),
    ),
    case(
        "Whit's still pendin?",
        says("jumper"),
        lacks("council tax"),
        UNCHANGED,
        seeds=(s("Finish the Fair Isle jumper"), s("Pay the SIC council tax", "completed")),
    ),
    case(
        "Change task {0} tae 'Finish da Fair Isle gansey'",
        state(0, title="Finish da Fair Isle gansey"),
        untouched_except(0),
        seeds=(s("Finish the Fair Isle jumper"), s("Pay the SIC council tax")),
    ),
    case(
        "Restore the pump-out task, I deleted it by accident",
        called("restore_task"),
        state(0, status="pending"),
        seeds=(s("Book the pump-out", "deleted"),),
    ),
    case("Add a task: descale the calorifier", fresh("Descale the calorifier")),
    case(
        "delete the scope one",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=BIRDER,
    ),
    case(
        "tag the BirdTrack task with records",
        tagged("records", task=1),
        untouched_except(1),
        seeds=BIRDER,
    ),
    case("need to remember to renew the van insurance", fresh("Renew the van insurance")),
    case(
        "what've i completed",
        says("blanks"),
        lacks("Patel"),
        UNCHANGED,
        seeds=(s("Order key blanks", "completed"), s("Quote for Mrs Patel's locks")),
    ),
)


# 9. Safety: chit-chat, what the assistant cannot do, ambiguity and guesses change nothing.
SAFETY: tuple[Case, ...] = (
    case("Year 9 were absolute chaos on the glockenspiels today", UNCHANGED, seeds=MUSIC),
    case(
        "The booking's done",
        says("piano tuner", "minibus"),
        UNCHANGED,
        seeds=(s("Book the piano tuner"), s("Book the minibus")),
    ),
    case("what tyre pressure should i run on a gravel bike", UNCHANGED, seeds=BIKE),
    case(
        "brakes bled",
        says("Cannondale", "Specialized"),
        UNCHANGED,
        seeds=(s("Bleed the brakes on the Cannondale"), s("Bleed the brakes on the Specialized")),
    ),
    case("all sorted 👍", UNCHANGED, seeds=BIKE),
    case("It's blowing a hoolie out there the day, so it is", UNCHANGED, seeds=ULSTER),
    case(
        "Delete the ring one",
        says("vet", "feed merchant"),
        UNCHANGED,
        seeds=(s("Ring the vet"), s("Ring the feed merchant")),
    ),
    case("Dead on, thanks love", UNCHANGED, seeds=ULSTER),
    case("What time does Saturn set tonight from Berlin?", UNCHANGED, seeds=ASTRO),
    case("Clear skies tonight at last; the seeing was superb.", UNCHANGED, seeds=ASTRO),
    case("Please delete the task about the comet.", UNCHANGED, seeds=ASTRO),
    case("Děkuji moc, you are great help", UNCHANGED, seeds=CZECH),
    case(
        "Buy is done",
        says("vignette", "carp"),
        UNCHANGED,
        seeds=(s("Buy the vignette for the car"), s("Buy carp for Christmas")),
    ),
    case("How many crowns is 50 euros?", UNCHANGED, seeds=CZECH),
    case("Cảm ơn nhiều nhé!", UNCHANGED, seeds=VIET),
    case(
        "Mẹ task finished",
        says("Send money", "Call Mẹ"),
        UNCHANGED,
        seeds=(s("Send money to Mẹ"), s("Call Mẹ")),
    ),
    case("maybe delete the rice one, I don't know, let me think", UNCHANGED, seeds=VIET),
    case("Hit's blaain a gale da nicht, da boats is aa cancelled", UNCHANGED, seeds=SHETLAND),
    case("Whit time is da Northlink tae Aberdeen da nicht?", UNCHANGED, seeds=SHETLAND),
    case("Saw a kingfisher by the lock this morning, made my day", UNCHANGED, seeds=BOAT),
    case(
        "Booked it",
        says("pump-out", "safety exam"),
        UNCHANGED,
        seeds=(s("Book the pump-out"), s("Book the boat safety exam")),
    ),
    case("dipped the waxwings again, gutted", UNCHANGED, seeds=BIRDER),
    case("done that one", UNCHANGED, seeds=BIRDER),
    case("delete the one for the dentist", UNCHANGED, seeds=LOCKSMITH),
    case(
        "quote sent",
        says("Patel", "Hendersons"),
        UNCHANGED,
        seeds=(s("Quote for Mrs Patel's locks"), s("Quote for the Hendersons' doors")),
    ),
    case("cheers pal", UNCHANGED, seeds=LOCKSMITH),
)


HELD_OUT_SIXTEENTH: tuple[Case, ...] = (
    WRAPPED + REPEATS + FACTS + EDITS + REMINDERS + WINDOWS + FOLLOW_UPS + TABLE + SAFETY
)
