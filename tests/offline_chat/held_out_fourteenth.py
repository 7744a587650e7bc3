"""A fourteenth held-out set of everyday requests to the chat, written apart from the engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py`` past its helpers, ``second_voice.py`` to ``tenth_voice.py``,
``held_out.py`` to ``held_out_thirteenth.py``): only their imports, helpers, constants and
module docstrings. They were written before the changes that will be scored against them, from
the product contract (``PRODUCT.md``: the data model, the MCP tools, the chat section and its
natural-language table), from the tools' arguments (``docs/mcp.md``), from how a conversation
is played (``conftest.py``) and from what an ordinary user of a task manager would expect. No
sentence was run through the engine while writing, no scoring test was run, and none is ever
tuned against, sentence by sentence: a miss here is a miss to report, not an expectation to
adjust.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: a bus driver on shifts (earlies and lates, the depot, signing on and off, the rota,
the gaffer, the PCV medical, the CPC card, lost property off the 52, "ta", "me" for "my");
a retired engineer, terse in his texts ("Ack.", "Pls", "N.B.", "re", "Pri high", "+2 days",
"w/c", "1400", "0630", items rather than tasks, the lathe, the torque wrench, the U3A talk);
Cornish English ("dreckly" for some day, never a date, "proper job", "my 'ansum", "me lover",
"would 'ee", "wasson", "emmets", "teasy" for the weather, the harbour dues, the crab pots to
Newlyn, the gig club and its pasties); Sri Lankan English ("aney", "machan", "no?" at the end,
"what to do", "itself", "day after" for the day after tomorrow, "what all", Amma and Thaththa,
Aunty Kamala, the dana, lamprais, Nimal's tuition); a Turkish speaker's English ("please make
me a task", "write for me", "until" for "by", "make it more important", "I made the payment",
"tamam", "kolay gelsin", "çok sağ ol", the aidat, the ikamet appointment, the kapıcı, Anne,
baklava and simit); a Thai speaker's English ("ka", "na ka", "krub", "khob khun ka", "can?",
"finish already", "not yet cook", "Today I have what?", Mae, Nong, the temple, the visa
extension, jasmine rice, the shop rent); a tower captain of church bell-ringers, courteous
and a little formal (the tower, practice night, the tenor, sallies, the Guild subs, a quarter
peal, ringing for a wedding and for Sunday service, "would you?"); a community midwife on
call (the home birth bag, the Entonox cylinder, the hub, the safeguarding module, notes to
write up, a hearing screen, "on call from 5", "got a labour", "✅", "😴"); a tree surgeon (the
chipper, the climbing kit and its LOLER inspection, the Mill Lane oak, a crown reduction, a
TPO consent, chains to sharpen, the Transit, "the lads", "knackered"); and a studio potter
(the kiln and its element, bisque and glaze firings, stoneware clay, the café mugs, witness
cones, the Etsy shop, the Christmas craft fair, "🎉").

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("stick this on my list for", "can you
   add", "can you remind me to", "put on my list:", "Task: ... Due Sat.", "Pls add:",
   "Reminder needed:", "put down ... would 'ee", "stick it on the list", "jot this down me
   lover:", "please add a task to ..., no?", "put one for me:", "What to do, I have to ... Put
   it for", "please make me a task:", "I must ..., put for", "write for me:", "na ka", "tomorrow
   can?", "please write", "Could you add '...' to my list", "Tower captain here — please add",
   "Mark it high, would you?", "can you pop ... on my list", "Note for me:", "I need to
   remember to", "Job for the list -", "I ought to ..., jot it down", "Could you add a to-do
   to", "Reminder to self:", "New one:", "Don't let me forget —"), with dates, times,
   priority, tags and notes; only the title reaches the title, and a note is kept as the
   description.
2. ``REPEATS``: repeats said in words ("every Friday at 4pm", "every Tuesday and Wednesday",
   "Monthly, 1st.", "every 6 months", "every Sunday at half nine", "every other Saturday",
   "every Sunday evening at 6", "on the 25th of every month", "every 4 days", "every Saturday
   10:00", "every morning 7 o'clock", "every month on 20", "as a weekly thing, 7.30pm", "every
   Sunday at 10:15", "every Monday and Thursday", "every weekday at 8", "every week on Monday
   morning", "every day at 7", "every fortnight", "the first Monday of every month", "every 5
   years"), on a new task or an existing one ("make it every weekday", "weekly, Sundays",
   "every quarter", "every two weeks now, not monthly", "every 3 months please, not every
   month", "moving to Thursdays", "every 3 months", "every other Friday now"); a repeat
   stopped ("stop repeat", "stop it repeating", "no longer recurring").
3. ``FACTS``: statements of fact that mean "done" ("'s booked", "Dave's said yes, swapped",
   "Boiler serviced.", "Drill bits: ordered.", "proper job, ... are paid", "went down Newlyn
   this morning", "Sent the money", "I paid yesterday itself", "I made the ... payment", "is
   taken", "I asked the kapıcı", "finish already ka", "I sent already krub", "have been
   ordered", "greased after practice last night", "restocked ✅", "dropped ... back at the hub",
   "'s back from the service", "sent over to the client", "sharpened, all six", "'s ordered",
   "all glazed and in the kiln 🎉", "at least ... is done", "that's ... sorted then") complete
   the task they name and leave every other task alone; negatives ("haven't ... yet", "not yet
   calibrated", "not got ... yet", "is not booked yet", "I could not pay", "Not yet cook",
   "haven't gone off yet", "half done", "still in my boot", "aren't sharpened", "still not
   replaced"), plans ("Will calibrate ... Mon.", "I'll get ... dreckly", "going to ... this
   weekend") and questions ("did I ...?", "Did I pay ..., no?", "finish or not yet?", "Has
   anyone sent ...?") change nothing.
4. ``EDITS``: priority a level up or down or set ("is urgent now", "priority up one", "down a
   notch", "high priority, no?", "make it more important", "make low na", "becoming rather
   urgent", "can drop to medium", "top priority", "bump it up"), the due date pushed back a
   week or two weeks or two days, brought forward to today or by a day, moved to a weekday, to a
   date ("3rd December", "7 December"), to "a week on Saturday", to "one day later", to 9pm the
   same day, to Sunday at 10, to next Wednesday; a due date taken off; rename ("rename ... to",
   "Change '...' to '...'", "call the clay one '...'"); a note set; tags added, swapped or
   taken off, on one task or two.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative
   to its due date ("an hour before", "at 5:30am tomorrow, before I book on", "1 day prior,
   0900", "to 0630", "Monday morning at 9", "tonight, half seven", "'alf an hour before",
   "Saturday 8am, no?", "the day before evening", "Saturday 6 in the evening", "30 minutes
   before", "Sunday at 11", "one week before", "night before 9pm", "to 12 noon", "two hours
   before", "on Sunday afternoon", "15 mins before", "at 4", "first thing tomorrow", "2 days
   before", "at 3 tomorrow", "to next Friday", "the evening before"), or cleared ("no need to
   remind me", "cancel reminder", "I don't need the reminder, delete it", "take the reminder
   off"); no task is added and the task's due date stays as it was.
6. ``WINDOWS``: questions about today ("Today's list?", "Today I have what ka?", "what's on
   today? on call from 5"), this evening, tomorrow ("Tomorrow what is on my list?"), the day
   after tomorrow ("day after"), a weekday, a date ("the 14th"), the weekend, this week ("This
   week what all I have to do?", "what's left to do this week?"), next week ("w/c 30 Nov",
   "next week", "Between Monday and Friday next week"), a month ("In December"), a span
   ("between now and the 6th", "the next three days", "before Christmas"), a tag, overdue ("am
   I behind with anything?", "Which tasks are late?", "anything overdue?") and what is done
   ("Completed items?", "What I finish already?"): the reply names what is in the window,
   leaves out what is not (a deleted task never, a completed one never as overdue or left to
   do), and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "and make it urgent, ta",
   "Due Fri. Pri high.", "Put it high priority also", a corrected place or day ("sorry, to the
   depot, not the office", "no wait, make it Monday", "Sorry, not tomorrow, Monday", "actually
   make it tomorrow 9am", "oops, make it sunday"), a tag or a note added to the task just made,
   "and one to ... also", a position in a list just shown ("the middle one", "Third one:
   done.", "the top one", "The first and the last", "Second one", "bottom one"), a pick from
   the choice the assistant offered ("the water one", "the call", "the PCV one"), "Correction:
   not yet.", "oh no wait I haven't", "it was the sallies I meant, not the subs", "No no,
   bring it back", "Oh sorry, cancel it", "undo that", "Undo." after two turns, "and the ...
   too", "And Sunday?", "and Monday?".
8. ``TABLE``: the contract's table said in the voices' words: add ("new task —", "Add task"),
   list ("List all."), pending ("what's still to do?", "what's outstanding"), complete ("Task N
   is finished, mark it", "Mark '...' as done"), delete ("Please delete the ... task", "wipe
   ... off the list"), rename ("Change task N to '...'"), "I must remember to", completed
   ("what have I ticked off?"); with search ("find the oak one", "search for Osei"), tags
   ("which tags have I got?", "show us everything tagged boat", "Tag the ... task with"),
   reopen ("open ... back up", "reopen the clay order") and restore ("Restore deleted item").
9. ``SAFETY``: messages that must change nothing: chit-chat and thanks ("ta-ra", "Ack.",
   "proper job, cheers me 'ansum", "emmets everywhere today", "Aney, so tired today men",
   "Tamam, çok sağ ol", "Sawasdee ka 🙏", "Lovely ringing tonight", "long night, two births",
   "three trees down today, knackered", "the kiln's cooling"), requests the assistant cannot
   do ("Convert 30 Nm to ft-lb.", "What's 14 x 17?", "what's the cricket score", "Can you
   translate ...?"), an ambiguous reference that must ask and name the candidates ("delete the
   medical one", "mark the pay one done", "Aunty call done", "send money finish already",
   "notes written up", "glazing's done"), and nothing deleted or completed on a guess ("booked
   it", "Done.", "It is finished", "get rid of it" with nothing before it, a task that does not
   exist, a hedge about deleting or about having done something).

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the day after tomorrow Saturday 28 November, the
weekend is 28-29 November and next week runs from Monday 30 November to Sunday 6 December.
"This week" is asked only of tasks that are in it (or out of it) on every reading, whether it
ends on Sunday or runs seven days, and so is "next week" and "the next three days". Seeds give
their dates in ISO-8601; seeded times carry Berlin's winter offset (+01:00). Tasks are checked
as the tools report them (``status`` pending, completed or deleted; ``priority`` none, low,
medium, high or urgent; ``tags`` a list; ``description``; ``due`` and ``reminder`` spoken in the
user's zone, "Friday 27 November 2026" for a whole day and "Friday 27 November 2026, 09:00"
with a time; ``recurrence`` as RRULE text). Titles are expected with their first letter
capitalised and kept in the user's own words ("Get 20 pasties for the gig club", "Ask the
kapıcı about the heating", "Buy jasmine rice 10 kg", "Order new sallies for the 3rd and 5th",
where "the 3rd and 5th" are bells, not days); where a title may fairly be kept with or without
some words (a trailing clause that gives a purpose or an occasion, a note in brackets, a sum of
money, a place), each is accepted. Where the words leave the meaning open ("before Sunday",
"before 10 December", "before 14 Dec", "next Thursday" or "next Wednesday" said on a Thursday,
"before practice night on Tuesday", "the end of next week", "this weekend", "no rush", "not
urgent", "proper urgent", "proper important", "very important", "top priority", "tomorrow
morning", "first thing", "the day before evening", "Sunday afternoon", "by end of day", "wipe
... off the list"), every reasonable reading is accepted; a day said without a time is checked
on the day only. Words of the voice are read as the voice means them: the Cornish "dreckly" is
some day, never a date; the Sri Lankan "day after" is the day after tomorrow and "no?" at the
end of a request only asks for agreement; the Turkish speaker's "until 5 December" is "by 5
December"; the Thai speaker's "finish already" is "done"; the engineer's "w/c 30 Nov" is the
week commencing Monday 30 November. A list shows the latest seeded task first, as the corpus
says: "the second one" and "the middle one" of three are the middle one either way, "the first
one" and "the top one" are the last seeded, and "the last one", "the third one" and "the bottom
one" the first seeded; a list is always counted by position, never by an id. Recurring seeds
carry a due date, as a repeating task in a task manager usually has one, and no recurring task
is completed (its next occurrence would be a new task). Projects are left out, as the seeds are
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
from .held_out_fifth import MONDAY_7_DEC, TUESDAY_15_DEC, bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
    MONDAY_14_DEC,
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
    SUNDAY_NEXT,
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
)

__all__ = ["HELD_OUT_FOURTEENTH"]

# A few more days, as the tools say them.
WEDNESDAY_9_DEC = "Wednesday 9 December 2026"
FRIDAY_11_DEC = "Friday 11 December 2026"
SUNDAY_13_DEC = "Sunday 13 December 2026"
FRIDAY_1_JAN = "Friday 1 January 2027"

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
BUS = (
    "Book the PCV medical",
    "Swap my Saturday late with Dave",
    "Hand in the lost property from the 52",
)
ENGINEER = ("Service the boiler", "Calibrate the torque wrench", "Order 8mm drill bits")
CORNISH = (
    "Pay the harbour dues",
    "Take the crab pots down to Newlyn",
    "Get the pasties for the gig club",
)
LANKA = ("Send money to Amma", "Pay Nimal's tuition fees", "Book the dana for Thaththa")
TURKISH = ("Pay the aidat", "Book the ikamet appointment", "Ask the kapıcı about the heating")
THAI = ("Extend the visa", "Send money to Mae", "Cook for the temple")
BELLS = ("Order new sallies", "Grease the tenor bearings", "Send the Guild subs")
MIDWIFE = (
    "Restock the home birth bag",
    "Return the Entonox cylinder",
    "Do the safeguarding module",
)
TREES = ("Service the chipper", "Send the quote for the Mill Lane oak", "Sharpen the chains")
POTTER = ("Order stoneware clay", "Glaze the café mugs", "Replace the kiln element")

# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED = (
    # The bus driver.
    case(
        "Stick this on my list for tomorrow after I sign off: get the uniform trousers taken up",
        fresh("Get the uniform trousers taken up"),
        when(FRIDAY),
    ),
    case(
        "on earlies all next week so can you add book the PCV medical for Monday 30th, ta",
        fresh("Book the PCV medical", due=MONDAY),
    ),
    case(
        "Add: swap my Boxing Day late with Dave, high priority",
        fresh("Swap my Boxing Day late with Dave", priority="high"),
    ),
    case(
        "Can you remind me to hand the lost property in at the depot before 2pm today",
        fresh("Hand the lost property in at the depot", "Hand the lost property in"),
        when(TODAY, fields=("due", "reminder")),
    ),
    case(
        "Put on my list: get a new photo for my badge, no rush",
        fresh("Get a new photo for my badge", priority=("low", "none")),
    ),
    # The retired engineer.
    case("Task: descale kettle. Due Sat.", fresh("Descale kettle", due=SATURDAY)),
    case(
        "Add 'book boiler service', priority high. N.B. model is Vaillant ecoTEC 832.",
        fresh("Book boiler service", priority="high"),
        described("Vaillant"),
    ),
    case(
        "Pls add: order 8mm drill bits (HSS, pack of 10). By Fri.",
        fresh("Order 8mm drill bits", "Order 8mm drill bits (HSS, pack of 10)", due=FRIDAY),
    ),
    case(
        "Reminder needed: U3A talk on bridges, Tues 1400.",
        fresh("U3A talk on bridges"),
        when(TUESDAY_NEXT, fields=("due", "reminder"), hours=[14]),
    ),
    case(
        "Add. Chase council re blocked drain. Wed. Urgent.",
        fresh("Chase council re blocked drain", due=WEDNESDAY_NEXT, priority="urgent"),
    ),
    # The Cornish voice.
    case(
        "Alright my 'ansum, put down pay the harbour dues for Friday would 'ee",
        fresh("Pay the harbour dues", due=FRIDAY),
    ),
    case(
        "wasson! need to book the chimney sweep dreckly, stick it on the list",
        fresh("Book the chimney sweep", due=CLEARED),
    ),
    case(
        "Add get 20 pasties for the gig club, Saturday, proper urgent",
        fresh("Get 20 pasties for the gig club", due=SATURDAY, priority=("urgent", "high")),
    ),
    case(
        "Jot this down me lover: take the crab pots to Newlyn tomorrow morning",
        fresh("Take the crab pots to Newlyn"),
        when(FRIDAY),
    ),
    case(
        "Put down for me get the slate fixed on the roof before the weather turns, "
        "'tis proper important",
        fresh(
            "Get the slate fixed on the roof",
            "Get the slate fixed on the roof before the weather turns",
            priority=("high", "urgent"),
        ),
    ),
    # The Sri Lankan voice.
    case(
        "Aney, please add a task to send money to Amma before Sunday, no?",
        fresh("Send money to Amma", due=(SATURDAY, SUNDAY)),
    ),
    case(
        "Machan, put one for me: pay Nimal's tuition fees on the 1st",
        fresh("Pay Nimal's tuition fees", due=TUESDAY_NEXT),
    ),
    case(
        "Can you add buy lamprais for the Sunday lunch, tag it family",
        fresh("Buy lamprais for the Sunday lunch", "Buy lamprais"),
        tagged("family"),
    ),
    case(
        "What to do, I have to renew my passport at the embassy. Put it for Monday morning",
        fresh(
            "Renew my passport at the embassy",
            "Renew my passport",
            "Renew passport at the embassy",
        ),
        when(MONDAY),
    ),
    case(
        "Add call Aunty Kamala day after, it's her birthday",
        fresh("Call Aunty Kamala"),
        when(SATURDAY),
    ),
    # The Turkish speaker.
    case(
        "Please make me a task: pay the aidat until 5 December",
        fresh("Pay the aidat", due=SATURDAY_NEXT),
    ),
    case(
        "Kolay gelsin! I must book the ikamet appointment, it is very important, put for Monday",
        fresh("Book the ikamet appointment", due=MONDAY, priority=("high", "urgent")),
    ),
    case(
        "Write for me: ask the kapıcı about the heating. Note: radiator in bedroom is cold",
        fresh("Ask the kapıcı about the heating"),
        described("radiator"),
    ),
    case(
        "Add bring baklava to the neighbours tomorrow evening at 19",
        fresh("Bring baklava to the neighbours"),
        when(FRIDAY, hours=[19]),
    ),
    # The Thai speaker.
    case(
        "Please add extend visa before 10 December na ka",
        fresh("Extend visa", due=(THURSDAY_10_DEC, WEDNESDAY_9_DEC)),
    ),
    case(
        "Add task send money to Mae, tomorrow can? khob khun ka",
        fresh("Send money to Mae", due=FRIDAY),
    ),
    case(
        "I want to add cook green curry for the temple on Sunday morning ka, tag temple",
        fresh("Cook green curry for the temple"),
        when(SUNDAY),
        tagged("temple"),
    ),
    case(
        "Please write buy jasmine rice 10 kg, not urgent krub",
        fresh("Buy jasmine rice 10 kg", priority=("low", "none")),
    ),
    case(
        "Please add pay the shop rent on 1 December at 10 ka",
        fresh("Pay the shop rent"),
        when(TUESDAY_NEXT, hours=[10]),
    ),
    # The tower captain.
    case(
        "Could you add 'order new sallies for the 3rd and 5th' to my list, by the end of next "
        "week?",
        fresh(
            "Order new sallies for the 3rd and 5th",
            due=(FRIDAY_NEXT, SATURDAY_NEXT, SUNDAY_NEXT),
        ),
    ),
    case(
        "Tower captain here — please add grease the tenor's bearings before practice night on "
        "Tuesday",
        fresh(
            "Grease the tenor's bearings",
            "Grease the tenor's bearings before practice night",
            due=(MONDAY, TUESDAY_NEXT),
        ),
    ),
    case(
        "I need to send the Guild subs, £45, by Monday. Mark it high, would you?",
        fresh(
            "Send the Guild subs",
            "Send the Guild subs, £45",
            "Send the Guild subs £45",
            due=MONDAY,
            priority="high",
        ),
    ),
    case(
        "Add a task: check all the ropes for fraying, tags #tower #safety",
        fresh("Check all the ropes for fraying"),
        tagged("tower", "safety"),
    ),
    # The midwife.
    case(
        "On call tonight so add restock the home birth bag before 6pm today pls",
        fresh("Restock the home birth bag"),
        when(TODAY),
    ),
    case(
        "Can you pop return the Entonox cylinder to the hub on my list for Monday, high priority",
        fresh(
            "Return the Entonox cylinder to the hub",
            "Return the Entonox cylinder",
            due=MONDAY,
            priority="high",
        ),
    ),
    case(
        "Note for me: write up Mrs Kaur's 36-week notes by end of day",
        fresh("Write up Mrs Kaur's 36-week notes"),
        when(TODAY),
    ),
    case(
        "Add do the safeguarding module, due 10th Dec, note: level 3, about 2 hours",
        fresh("Do the safeguarding module", due=THURSDAY_10_DEC),
        described("level 3"),
    ),
    case(
        "I need to remember to renew my NMC registration, due 1 Jan",
        fresh("Renew my NMC registration", due=FRIDAY_1_JAN),
    ),
    # The tree surgeon.
    case(
        "Stick on the list: service the chipper, Monday, urgent",
        fresh("Service the chipper", due=MONDAY, priority="urgent"),
    ),
    case(
        "add send quote for the Mill Lane oak crown reduction tomorrow 8am",
        fresh("Send quote for the Mill Lane oak crown reduction"),
        when(FRIDAY, hours=[8]),
    ),
    case(
        "Job for the list - LOLER inspection on the climbing kit, before 14 Dec, tag kit",
        fresh("LOLER inspection on the climbing kit", due=(MONDAY_14_DEC, SUNDAY_13_DEC)),
        tagged("kit"),
    ),
    case(
        "I ought to sharpen all the chains before the big fell on Wednesday, jot it down",
        fresh(
            "Sharpen all the chains",
            "Sharpen all the chains before the big fell",
            due=(TUESDAY_NEXT, WEDNESDAY_NEXT),
        ),
    ),
    # The potter.
    case(
        "add order 50kg stoneware clay for next Thursday",
        fresh("Order 50kg stoneware clay", due=(THURSDAY_NEXT, THURSDAY_10_DEC)),
    ),
    case(
        "Could you add a to-do to glaze the café mugs - 24 of them, for Friday? Tag it commission",
        fresh("Glaze the café mugs", "Glaze the café mugs - 24 of them", due=FRIDAY),
        tagged("commission"),
    ),
    case(
        "Reminder to self: photograph the new bowls for Etsy this weekend",
        fresh("Photograph the new bowls for Etsy", due=(SATURDAY, SUNDAY)),
    ),
    case(
        "New one: book a stall at the Christmas craft fair — low priority, the deadline's 15 Dec",
        fresh("Book a stall at the Christmas craft fair", priority="low", due=TUESDAY_15_DEC),
    ),
    case(
        "Don't let me forget — replace the kiln element before the next glaze firing",
        fresh("Replace the kiln element", "Replace the kiln element before the next glaze firing"),
    ),
)

# 2. Repeats said in words, on a new task or an existing one; a repeat changed or stopped.
REPEATS = (
    # The bus driver.
    case(
        "Add check the new rota every Friday at 4pm",
        repeats(
            "FREQ=WEEKLY",
            called=("Check the new rota",),
            either=(on("BYDAY=FR", "Friday"), at(16)),
        ),
    ),
    case(
        "Wash the uniform every Tuesday and Wednesday, add it please, them's me rest days",
        repeats("FREQ=WEEKLY;BYDAY=TU,WE", called=("Wash the uniform",)),
    ),
    case(
        "Add renew the badge every 5 years",
        repeats("FREQ=YEARLY;INTERVAL=5", called=("Renew the badge",)),
    ),
    case(
        "the duty board one, make it every weekday",
        repeats(*WEEKDAY_RULES, task=0),
        state(0, title="Check the duty board"),
        nothing_added(),
        seeds=(s("Check the duty board", due=D_FRI),),
    ),
    # The retired engineer.
    case(
        "Add: test smoke alarms. Monthly, 1st.",
        repeats(
            "FREQ=MONTHLY",
            called=("Test smoke alarms",),
            either=(on("BYMONTHDAY=1", " 1 December"),),
        ),
    ),
    case(
        "Bleed radiators every 6 months pls.",
        repeats("FREQ=MONTHLY;INTERVAL=6", called=("Bleed radiators",)),
    ),
    case(
        "Wind the clocks: weekly, Sundays.",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        nothing_added(),
        seeds=(s("Wind the clocks", due=D_SUN),),
    ),
    case(
        "Tyre pressures: no longer recurring.",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Check tyre pressures", due=D_TUE, recurrence="FREQ=MONTHLY"),),
    ),
    # The Cornish voice.
    case(
        "Put down gig rowing practice every Sunday at half nine me 'ansum",
        repeats(
            "FREQ=WEEKLY",
            called=("Gig rowing practice",),
            either=(on("BYDAY=SU", "Sunday"), at(9, 30)),
        ),
    ),
    case(
        "Need to top up the boat's diesel every other Saturday, add it would 'ee",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            called=("Top up the boat's diesel",),
            either=(on("BYDAY=SA", "Saturday"),),
        ),
    ),
    case(
        "harbour dues want doing every quarter, mind",
        repeats("FREQ=MONTHLY;INTERVAL=3", task=0),
        nothing_added(),
        seeds=(s("Pay the harbour dues", due=D_TUE),),
    ),
    # The Sri Lankan voice.
    case(
        "Add phone Amma every Sunday evening at 6, no?",
        repeats(
            "FREQ=WEEKLY",
            called=("Phone Amma",),
            either=(on("BYDAY=SU", "Sunday"), at(18)),
        ),
    ),
    case(
        "Put a task to pay the house loan on the 25th of every month",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay the house loan",),
            either=(on("BYMONTHDAY=25", " 25 December"),),
        ),
    ),
    case(
        "Nimal's tuition is every two weeks now, not monthly",
        repeats("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14", task=0),
        nothing_added(),
        seeds=(s("Pay Nimal's tuition fees", due=D_TUE, recurrence="FREQ=MONTHLY"),),
    ),
    # The Turkish speaker.
    case(
        "Please make a task: water the plants every 4 days",
        repeats("FREQ=DAILY;INTERVAL=4", called=("Water the plants",)),
    ),
    case(
        "Add Turkish lesson for kids every Saturday 10:00 tamam?",
        repeats(
            "FREQ=WEEKLY",
            called=("Turkish lesson for kids",),
            either=(on("BYDAY=SA", "Saturday"), at(10)),
        ),
    ),
    case(
        "The aidat: from now on every 3 months please, not every month",
        repeats("FREQ=MONTHLY;INTERVAL=3", task=0),
        nothing_added(),
        seeds=(s("Pay the aidat", due=D_SAT_NEXT, recurrence="FREQ=MONTHLY"),),
    ),
    # The Thai speaker.
    case(
        "Add give food to monks every morning 7 o'clock ka",
        repeats("FREQ=DAILY", called=("Give food to monks",), either=(at(7),)),
    ),
    case(
        "Please add pay phone bill every month on 20",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay phone bill",),
            either=(on("BYMONTHDAY=20", " 20 December"),),
        ),
    ),
    case(
        "Cook for temple not every week anymore ka, stop repeat",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Cook for the temple", due=D_SUN, recurrence="FREQ=WEEKLY;BYDAY=SU"),),
    ),
    # The tower captain.
    case(
        "Please add Tuesday practice night as a weekly thing, 7.30pm",
        repeats(
            "FREQ=WEEKLY",
            called=("Tuesday practice night", "Practice night"),
            either=(on("BYDAY=TU", "Tuesday"), at(19, 30)),
        ),
    ),
    case(
        "Add 'ring for Sunday service' every Sunday at 10:15",
        repeats(
            "FREQ=WEEKLY",
            called=("Ring for Sunday service",),
            either=(on("BYDAY=SU", "Sunday"), at(10, 15)),
        ),
    ),
    case(
        "Practice night's moving to Thursdays from next week",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=TH", "Thursday"),)),
        nothing_added(),
        seeds=(
            s(
                "Practice night",
                due=berlin(D_TUE, "19:30"),
                recurrence="FREQ=WEEKLY;BYDAY=TU",
            ),
        ),
    ),
    # The midwife.
    case(
        "add check the Entonox stock every Monday and Thursday",
        repeats("FREQ=WEEKLY;BYDAY=MO,TH", called=("Check the Entonox stock",)),
    ),
    case(
        "Can you add clean the birth pool kit every weekday at 8",
        repeats(*WEEKDAY_RULES, called=("Clean the birth pool kit",), either=(at(8),)),
    ),
    case(
        "resus equipment check - stop it repeating please, the hub does it now",
        one_of(0, recurrence=CLEARED),
        nothing_added(),
        seeds=(s("Check the resus equipment", due=D_MON, recurrence="FREQ=WEEKLY;BYDAY=MO"),),
    ),
    # The tree surgeon.
    case(
        "add grease the chipper every week on Monday morning",
        repeats(
            "FREQ=WEEKLY",
            called=("Grease the chipper",),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "vehicle checks on the Transit every day at 7 — add that",
        repeats("FREQ=DAILY", called=("Vehicle checks on the Transit",), either=(at(7),)),
    ),
    case(
        "chipper service should be every 3 months",
        repeats("FREQ=MONTHLY;INTERVAL=3", task=0),
        nothing_added(),
        seeds=(s("Service the chipper", due=D_MON),),
    ),
    # The potter.
    case(
        "Add reclaim the clay scraps every fortnight",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=DAILY;INTERVAL=14",
            called=("Reclaim the clay scraps",),
        ),
    ),
    case(
        "Add restock the Etsy shop on the first Monday of every month",
        repeats(
            "FREQ=MONTHLY;BYDAY=1MO",
            "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1",
            called=("Restock the Etsy shop",),
        ),
    ),
    case(
        "bisque firing every other Friday now, not every week",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0, either=(on("BYDAY=FR", "Friday"),)),
        nothing_added(),
        seeds=(s("Fire the bisque load", due=D_FRI, recurrence="FREQ=WEEKLY;BYDAY=FR"),),
    ),
)

# 3. Statements of fact that mean "done" complete the named task and leave the others alone;
# negatives, plans and questions change nothing.
FACTS = (
    # The bus driver.
    case("PCV medical's booked, 9th of Dec at the depot", *done(0), seeds=BUS),
    case("Dave's said yes, swapped the Saturday late", *done(1), seeds=BUS),
    case(
        "long day, three breakdowns on the 52, but at least the PCV medical is done",
        *done(0),
        seeds=BUS,
    ),
    case("haven't handed the lost property in yet, still in my locker", UNCHANGED, seeds=BUS),
    case("did I hand the lost property in from the 52?", UNCHANGED, seeds=BUS),
    # The retired engineer.
    case("Boiler serviced. Engineer left 1130.", *done(0), seeds=ENGINEER),
    case("Drill bits: ordered.", *done(2), seeds=ENGINEER),
    case("Torque wrench not yet calibrated. Awaiting gauge.", UNCHANGED, seeds=ENGINEER),
    case("Will calibrate torque wrench Mon.", UNCHANGED, seeds=ENGINEER),
    # The Cornish voice.
    case("proper job, harbour dues are paid", *done(0), seeds=CORNISH),
    case("crab pots went down Newlyn this morning with Jory", *done(1), seeds=CORNISH),
    case("well that's the harbour dues sorted then", *done(0), seeds=CORNISH),
    case("not got the pasties yet, Warrens was shut", UNCHANGED, seeds=CORNISH),
    case("I'll get the pasties dreckly", UNCHANGED, seeds=CORNISH),
    # The Sri Lankan voice.
    case("Sent the money to Amma, she got it already", *done(0), seeds=LANKA),
    case("Nimal's tuition fees I paid yesterday itself", *done(1), seeds=LANKA),
    case("Dana is not booked yet, the temple didn't answer", UNCHANGED, seeds=LANKA),
    case("Did I pay Nimal's fees, no?", UNCHANGED, seeds=LANKA),
    # The Turkish speaker.
    case("I made the aidat payment today, çok şükür", *done(0), seeds=TURKISH),
    case("Ikamet appointment is taken, 14 December", *done(1), seeds=TURKISH),
    case("I asked the kapıcı, he will look tomorrow", *done(2), seeds=TURKISH),
    case("I could not pay the aidat, the bank was closed", UNCHANGED, seeds=TURKISH),
    # The Thai speaker.
    case("Visa extend finish already ka 🙏", *done(0), seeds=THAI),
    case("Money to Mae I sent already krub", *done(1), seeds=THAI),
    case("Not yet cook for temple, tomorrow I cook", UNCHANGED, seeds=THAI),
    case("Visa finish or not yet?", UNCHANGED, seeds=THAI),
    # The tower captain.
    case("The new sallies have been ordered from Taylor's", *done(0), seeds=BELLS),
    case(
        "Tenor bearings greased after practice last night, she's swinging beautifully",
        *done(1),
        seeds=BELLS,
    ),
    case("The Guild subs haven't gone off yet — waiting on two members", UNCHANGED, seeds=BELLS),
    case("Has anyone sent the Guild subs?", UNCHANGED, seeds=BELLS),
    # The midwife.
    case("home birth bag restocked ✅", *done(0), seeds=MIDWIFE),
    case("dropped the Entonox cylinder back at the hub on my way in", *done(1), seeds=MIDWIFE),
    case("safeguarding module half done, will finish tonight", UNCHANGED, seeds=MIDWIFE),
    case("Entonox cylinder still in my boot 🙄", UNCHANGED, seeds=MIDWIFE),
    # The tree surgeon.
    case("chipper's back from the service, running sweet", *done(0), seeds=TREES),
    case("mill lane oak quote sent over to the client", *done(1), seeds=TREES),
    case("chains sharpened, all six", *done(2), seeds=TREES),
    case("chains aren't sharpened, the lads ran out of files", UNCHANGED, seeds=TREES),
    # The potter.
    case("Clay's ordered, 50kg arriving Tuesday", *done(0), seeds=POTTER),
    case("Café mugs all glazed and in the kiln 🎉", *done(1), seeds=POTTER),
    case("kiln element still not replaced, the part's on backorder", UNCHANGED, seeds=POTTER),
    case("going to replace the kiln element this weekend", UNCHANGED, seeds=POTTER),
)

# 4. Edits: priority, due date moved or cleared, rename, note, tags.
EDITS = (
    # The bus driver.
    case(
        "push the PCV medical back a week, I'm on lates",
        state(0, due=MONDAY_7_DEC),
        nothing_added(),
        seeds=(s("Book the PCV medical", due=D_MON),),
    ),
    case(
        "the Dave swap is urgent now, gaffer wants the rota sorted tonight",
        state(0, priority="urgent"),
        nothing_added(),
        seeds=(s("Swap my Saturday late with Dave", priority="low"),),
    ),
    case(
        "lost property can wait, take the date off it",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Hand in the lost property from the 52", due=D_FRI),),
    ),
    case(
        "rename the CPC card one to 'Renew CPC card and book the course'",
        state(0, title="Renew CPC card and book the course"),
        nothing_added(),
        seeds=("Renew the CPC card",),
    ),
    # The retired engineer.
    case(
        "Boiler service: priority up one.",
        state(0, priority="high"),
        nothing_added(),
        seeds=(s("Service the boiler", priority="medium"),),
    ),
    case(
        "Drill bits: bring forward to today.",
        state(0, due=TODAY),
        nothing_added(),
        seeds=(s("Order 8mm drill bits", due=D_FRI),),
    ),
    case(
        "Torque wrench: +2 days.",
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Calibrate the torque wrench", due=D_WED),),
    ),
    case(
        "Drain item: add note 'ref 44712, spoke to Mr Hill'.",
        described("44712", task=0),
        state(0, title="Chase council re drain"),
        nothing_added(),
        seeds=("Chase council re drain",),
    ),
    # The Cornish voice.
    case(
        "harbour dues can go down a notch, no rush",
        lowered(0),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Pay the harbour dues", due=D_FRI, priority="high"),),
    ),
    case(
        "crab pots'll have to wait till Monday now, weather's teasy",
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Take the crab pots down to Newlyn", due=D_FRI),),
    ),
    case(
        "put a tag on the roof one — 'house'",
        tagged("house", task=0),
        nothing_added(),
        seeds=("Fix the slate on the roof",),
    ),
    case(
        "pasties are for Sunday now not Saturday",
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Get the pasties for the gig club", due=D_SAT),),
    ),
    # The Sri Lankan voice.
    case(
        "Amma's money, make it Friday itself, she needs it early",
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Send money to Amma", due=D_SUN),),
    ),
    case(
        "Put the dana one high priority, no?",
        state(0, priority="high"),
        nothing_added(),
        seeds=("Book the dana for Thaththa",),
    ),
    case(
        "Tuition fees move to 3rd December",
        state(0, due=THURSDAY_NEXT),
        nothing_added(),
        seeds=(s("Pay Nimal's tuition fees", due=D_TUE),),
    ),
    case(
        "Change 'Call Aunty Kamala' to 'Call Aunty Kamala and Uncle Sunil'",
        state(0, title="Call Aunty Kamala and Uncle Sunil"),
        nothing_added(),
        seeds=("Call Aunty Kamala",),
    ),
    # The Turkish speaker.
    case(
        "Ikamet appointment make it more important please",
        raised(0),
        nothing_added(),
        seeds=("Book the ikamet appointment",),
    ),
    case(
        "Aidat I will pay earlier, put it for Monday",
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Pay the aidat", due=D_SAT_NEXT),),
    ),
    case(
        "Kapıcı task: no date please, remove the date",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Ask the kapıcı about the heating", due=D_FRI),),
    ),
    case(
        "baklava task tag neighbours also",
        tagged("home", "neighbours", task=0),
        nothing_added(),
        seeds=(s("Bring baklava to the neighbours", tags=["home"]),),
    ),
    # The Thai speaker.
    case(
        "Visa change to 7 December ka",
        state(0, due=MONDAY_7_DEC),
        nothing_added(),
        seeds=(s("Extend the visa", due="2026-12-10"),),
    ),
    case(
        "Rice not so important, make low na",
        state(0, priority="low"),
        nothing_added(),
        seeds=(s("Buy jasmine rice", priority="high"),),
    ),
    case(
        "Send money to Mae, one day later please",
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Send money to Mae", due=D_FRI),),
    ),
    case(
        "Shop rent add note: landlord account is Kasikorn",
        described("Kasikorn", task=0),
        state(0, title="Pay the shop rent"),
        nothing_added(),
        seeds=("Pay the shop rent",),
    ),
    # The tower captain.
    case(
        "Could you move the tenor bearings to a week on Saturday?",
        state(0, due=SATURDAY_NEXT),
        nothing_added(),
        seeds=(s("Grease the tenor bearings", due=D_TUE),),
    ),
    case(
        "The sallies are becoming rather urgent — the 5th's is nearly through",
        raised(0),
        nothing_added(),
        seeds=(s("Order new sallies", priority="low"),),
    ),
    case(
        "Please bring the Guild subs forward by a day",
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Send the Guild subs", due=D_MON),),
    ),
    case(
        "Please swap the tag on the quarter peal from tower to advent",
        tagged("advent", task=0, without=("tower",)),
        nothing_added(),
        seeds=(s("Book the quarter peal", tags=["tower"]),),
    ),
    # The midwife.
    case(
        "push Mrs Kaur's notes to 9pm, got a labour",
        state(0, due=spoken(TODAY, "21:00")),
        nothing_added(),
        seeds=(s("Write up Mrs Kaur's notes", due=berlin(D_TODAY, "17:00")),),
    ),
    case(
        "home birth bag can drop to medium",
        state(0, priority="medium"),
        nothing_added(),
        seeds=(s("Restock the home birth bag", priority="high"),),
    ),
    case(
        "rename the safeguarding module task to Safeguarding level 3 e-learning",
        state(0, title="Safeguarding level 3 e-learning"),
        nothing_added(),
        seeds=("Do the safeguarding module",),
    ),
    case(
        "Entonox return → next Wednesday",
        one_of(0, due=(WEDNESDAY_NEXT, WEDNESDAY_9_DEC)),
        nothing_added(),
        seeds=(s("Return the Entonox cylinder", due=D_MON),),
    ),
    # The tree surgeon.
    case(
        "mill lane quote top priority, client's chasing",
        one_of(0, priority=("urgent", "high")),
        nothing_added(),
        seeds=(s("Send the quote for the Mill Lane oak", priority="medium"),),
    ),
    case(
        "push TPO consent back 2 weeks",
        state(0, due=FRIDAY_11_DEC),
        nothing_added(),
        seeds=(s("Apply for the TPO consent", due=D_FRI),),
    ),
    case(
        "chains one, add note: 3/8 pitch, 0.050 gauge",
        described("3/8", task=0),
        state(0, title="Sharpen the chains"),
        nothing_added(),
        seeds=("Sharpen the chains",),
    ),
    case(
        "chipper job: take the kit tag off, add vehicles",
        tagged("vehicles", task=0, without=("kit",)),
        nothing_added(),
        seeds=(s("Service the chipper", due=D_MON, tags=["kit"]),),
    ),
    case(
        "tag the chains and the chipper as workshop",
        tagged("workshop", task=0),
        tagged("workshop", task=1),
        untouched_except(0, 1),
        seeds=("Sharpen the chains", "Service the chipper", "Send the quote for the Mill Lane oak"),
    ),
    # The potter.
    case(
        "café mugs can go to Tuesday, the café's not open till Wednesday",
        state(0, due=TUESDAY_NEXT, status="pending"),
        nothing_added(),
        seeds=(s("Glaze the café mugs", due=D_FRI),),
    ),
    case(
        "kiln element: bump it up, I've got a firing booked",
        raised(0),
        nothing_added(),
        seeds=(s("Replace the kiln element", priority="low"),),
    ),
    case(
        "move the bowl photos to Sunday at 10, better light",
        state(0, due=spoken(SUNDAY, "10:00")),
        nothing_added(),
        seeds=(s("Photograph the new bowls for Etsy", due=D_SAT),),
    ),
    case(
        "call the clay one 'Order 50kg buff stoneware from Valentines'",
        state(0, title="Order 50kg buff stoneware from Valentines"),
        nothing_added(),
        seeds=("Order stoneware clay",),
    ),
)

# 5. Reminders on an existing task: set, moved or cleared; no task added, due date kept.
REMINDERS = (
    # The bus driver.
    case(
        "can you remind me an hour before the PCV medical",
        reminded(MONDAY, task=0, hours=[9]),
        state(0, due=spoken(MONDAY, "10:00")),
        nothing_added(),
        seeds=(s("Book the PCV medical", due=berlin(D_MON, "10:00")),),
    ),
    case(
        "remind me about the rota at 5:30am tomorrow, before I book on",
        reminded(FRIDAY, task=0, hours=[5]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Pick up the new rota", due=D_FRI),),
    ),
    case(
        "no need to remind me about the Dave swap now",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY, status="pending"),
        nothing_added(),
        seeds=(
            s(
                "Swap my Saturday late with Dave",
                due=D_SAT,
                reminder=berlin(D_FRI, "08:00"),
            ),
        ),
    ),
    # The retired engineer.
    case(
        "U3A talk: reminder 1 day prior, 0900.",
        reminded(MONDAY, task=0, hours=[9]),
        state(0, due=spoken(TUESDAY_NEXT, "14:00")),
        nothing_added(),
        seeds=(s("U3A talk on bridges", due=berlin(D_TUE, "14:00")),),
    ),
    case(
        "Boiler: move reminder to 0630.",
        reminded(THURSDAY_NEXT, task=0, hours=[6]),
        state(0, due=spoken(THURSDAY_NEXT, "08:00")),
        nothing_added(),
        seeds=(
            s(
                "Service the boiler",
                due=berlin(D_THU, "08:00"),
                reminder=berlin(D_THU, "07:00"),
            ),
        ),
    ),
    case(
        "Kettle: cancel reminder.",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY, status="pending"),
        nothing_added(),
        seeds=(s("Descale kettle", due=D_SAT, reminder=berlin(D_SAT, "09:00")),),
    ),
    # The Cornish voice.
    case(
        "give me a shout 'bout the harbour dues Monday morning at 9, my 'ansum",
        reminded(MONDAY, task=0, hours=[9]),
        state(0, due=spoken(MONDAY, "12:00")),
        nothing_added(),
        seeds=(s("Pay the harbour dues", due=berlin(D_MON, "12:00")),),
    ),
    case(
        "remind me about the sweep tonight, half seven",
        reminded(TODAY, task=0, hours=[19]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Book the chimney sweep", due=D_FRI),),
    ),
    case(
        "remind me 'alf an hour before gig practice Sunday",
        reminded(SUNDAY, task=0, hours=[9]),
        state(0, due=spoken(SUNDAY, "09:30")),
        nothing_added(),
        seeds=(s("Gig rowing practice", due=berlin(D_SUN, "09:30")),),
    ),
    # The Sri Lankan voice.
    case(
        "Remind me to call Aunty Kamala Saturday 8am, no?",
        reminded(SATURDAY, task=0, hours=[8]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Call Aunty Kamala", due=D_SAT),),
    ),
    case(
        "Put a reminder for tuition fees the day before evening",
        reminded(MONDAY, task=0, hours=EVENING),
        state(0, due=spoken(TUESDAY_NEXT, "10:00")),
        nothing_added(),
        seeds=(s("Pay Nimal's tuition fees", due=berlin(D_TUE, "10:00")),),
    ),
    case(
        "Amma money reminder, change to Saturday 6 in the evening",
        reminded(SATURDAY, task=0, hours=[18]),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Send money to Amma", due=D_SUN, reminder=berlin(D_SUN, "09:00")),),
    ),
    # The Turkish speaker.
    case(
        "For ikamet appointment please remind me 30 minutes before",
        reminded(MONDAY, task=0, hours=[8]),
        state(0, due=spoken(MONDAY, "09:00")),
        nothing_added(),
        seeds=(s("Book the ikamet appointment", due=berlin(D_MON, "09:00")),),
    ),
    case(
        "Remind me Sunday at 11 for calling Anne",
        reminded(SUNDAY, task=0, hours=[11]),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Call Anne", due=D_SUN),),
    ),
    case(
        "Aidat: I don't need the reminder, delete it",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY_NEXT, status="pending"),
        nothing_added(),
        seeds=(s("Pay the aidat", due=D_SAT_NEXT, reminder=berlin(D_FRI_NEXT, "10:00")),),
    ),
    # The Thai speaker.
    case(
        "Visa please remind me one week before ka",
        reminded(THURSDAY_NEXT, task=0, hours=[9]),
        state(0, due=spoken(THURSDAY_10_DEC, "09:00")),
        nothing_added(),
        seeds=(s("Extend the visa", due=berlin("2026-12-10", "09:00")),),
    ),
    case(
        "Temple cooking remind me night before 9pm krub",
        reminded(SATURDAY, task=0, hours=[21]),
        state(0, due=spoken(SUNDAY, "07:00")),
        nothing_added(),
        seeds=(s("Cook for the temple", due=berlin(D_SUN, "07:00")),),
    ),
    case(
        "Mae money reminder change to 12 noon ka",
        reminded(FRIDAY, task=0, hours=[12]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Send money to Mae", due=D_FRI, reminder=berlin(D_FRI, "08:00")),),
    ),
    # The tower captain.
    case(
        "Please remind me two hours before we ring for the Hendersons' wedding",
        reminded(SATURDAY_NEXT, task=0, hours=[11]),
        state(0, due=spoken(SATURDAY_NEXT, "13:00")),
        nothing_added(),
        seeds=(s("Ring for the Hendersons' wedding", due=berlin(D_SAT_NEXT, "13:00")),),
    ),
    case(
        "A gentle reminder on Sunday afternoon about booking the quarter peal would be lovely",
        reminded(SUNDAY, task=0, hours=range(12, 18)),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Book the quarter peal", due=D_MON),),
    ),
    # The midwife.
    case(
        "remind me 15 mins before baby Osei's hearing screen",
        reminded(FRIDAY, task=0, hours=[13]),
        state(0, due=spoken(FRIDAY, "14:00")),
        nothing_added(),
        seeds=(s("Hearing screen for baby Osei", due=berlin(D_FRI, "14:00")),),
    ),
    case(
        "take the reminder off the safeguarding module, I'll do it on nights",
        one_of(0, reminder=CLEARED),
        state(0, due=THURSDAY_10_DEC, status="pending"),
        nothing_added(),
        seeds=(
            s(
                "Do the safeguarding module",
                due="2026-12-10",
                reminder=berlin("2026-12-09", "20:00"),
            ),
        ),
    ),
    case(
        "nudge me at 4 about Mrs Kaur's notes",
        reminded(TODAY, task=0, hours=[16]),
        state(0, due=spoken(TODAY, "17:00")),
        nothing_added(),
        seeds=(s("Write up Mrs Kaur's notes", due=berlin(D_TODAY, "17:00")),),
    ),
    # The tree surgeon.
    case(
        "remind me about the mill lane quote first thing tomorrow",
        reminded(FRIDAY, task=0, hours=range(5, 10)),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Send the quote for the Mill Lane oak", due=D_FRI),),
    ),
    case(
        "reminder for the LOLER inspection 2 days before",
        reminded(SUNDAY_NEXT, task=0, hours=[8]),
        state(0, due=spoken(TUESDAY_8_DEC, "08:00")),
        nothing_added(),
        seeds=(s("LOLER inspection on the climbing kit", due=berlin("2026-12-08", "08:00")),),
    ),
    # The potter.
    case(
        "remind me to unload the kiln at 3 tomorrow",
        reminded(FRIDAY, task=0, hours=[15]),
        state(0, due=spoken(FRIDAY, "16:00")),
        nothing_added(),
        seeds=(s("Unload the kiln", due=berlin(D_FRI, "16:00")),),
    ),
    case(
        "move the craft fair reminder to next Friday",
        reminded((FRIDAY, FRIDAY_NEXT), task=0),
        state(0, due=TUESDAY_15_DEC),
        nothing_added(),
        seeds=(
            s(
                "Book a stall at the Christmas craft fair",
                due="2026-12-15",
                reminder=berlin("2026-12-14", "09:00"),
            ),
        ),
    ),
    case(
        "Give me a reminder the evening before the café mugs are due",
        reminded(FRIDAY, task=0, hours=EVENING),
        state(0, due=spoken(SATURDAY, "10:00")),
        nothing_added(),
        seeds=(s("Glaze the café mugs", due=berlin(D_SAT, "10:00")),),
    ),
)

# 6. Questions about a window of days: the reply names what is in it and nothing changes.
WINDOWS = (
    # The bus driver.
    case(
        "what have I got on tomorrow before my late?",
        says("rota"),
        lacks("PCV", "float"),
        UNCHANGED,
        seeds=(
            s("Pick up the new rota", due=D_FRI),
            s("Book the PCV medical", due=D_MON),
            s("Return the float bag", "deleted", due=D_FRI),
        ),
    ),
    case(
        "anything overdue? been on split shifts all week",
        says("CPC"),
        lacks("Dave", "lost property"),
        UNCHANGED,
        seeds=(
            s("Renew the CPC card", due="2026-11-20"),
            s("Swap my Saturday late with Dave", due=D_SAT),
            s("Hand in the lost property", "completed", due="2026-11-24"),
        ),
    ),
    case(
        "what's on for my rest day Tuesday?",
        says("uniform"),
        lacks("medical"),
        UNCHANGED,
        seeds=(s("Wash the uniform", due=D_TUE), s("Book the PCV medical", due=D_MON)),
    ),
    # The retired engineer.
    case(
        "Today's list?",
        says("kettle"),
        lacks("boiler"),
        UNCHANGED,
        seeds=(s("Descale kettle", due=D_TODAY), s("Service the boiler", due=D_THU)),
    ),
    case(
        "Items due w/c 30 Nov?",
        says("torque", "drill"),
        lacks("drain"),
        UNCHANGED,
        seeds=(
            s("Calibrate the torque wrench", due=D_WED),
            s("Chase council re drain", due="2026-12-15"),
            s("Order 8mm drill bits", due=D_FRI_NEXT),
        ),
    ),
    case(
        "Completed items?",
        says("boiler", "drill"),
        lacks("torque"),
        UNCHANGED,
        seeds=(
            s("Service the boiler", "completed"),
            s("Order 8mm drill bits", "completed"),
            "Calibrate the torque wrench",
        ),
    ),
    # The Cornish voice.
    case(
        "wasson this weekend then?",
        says("gig", "crab pots"),
        lacks("harbour"),
        UNCHANGED,
        seeds=(
            s("Gig rowing practice", due=D_SUN),
            s("Take the crab pots down to Newlyn", due=D_SAT),
            s("Pay the harbour dues", due=D_MON),
        ),
    ),
    case(
        "what've I got Monday me lover",
        says("harbour"),
        lacks("sweep", "slate"),
        UNCHANGED,
        seeds=(
            s("Pay the harbour dues", due=D_MON),
            s("Book the chimney sweep", due=D_TUE),
            s("Fix the slate on the roof", "deleted", due=D_MON),
        ),
    ),
    case(
        "am I behind with anything?",
        says("raffle"),
        lacks("pasties", "sweep"),
        UNCHANGED,
        seeds=(
            s("Pay in the lifeboat raffle money", due="2026-11-23"),
            s("Get the pasties for the gig club", due=D_SAT),
            s("Book the chimney sweep", "completed", due="2026-11-20"),
        ),
    ),
    # The Sri Lankan voice.
    case(
        "What are my things for day after?",
        says("Kamala"),
        lacks("Amma"),
        UNCHANGED,
        seeds=(s("Call Aunty Kamala", due=D_SAT), s("Send money to Amma", due=D_FRI)),
    ),
    case(
        "This week what all I have to do?",
        says("lamprais"),
        lacks("tuition"),
        UNCHANGED,
        seeds=(s("Buy lamprais", due=D_SAT), s("Pay Nimal's tuition fees", due="2026-12-15")),
    ),
    case(
        "In December what are there?",
        says("dana"),
        lacks("Amma", "passport"),
        UNCHANGED,
        seeds=(
            s("Book the dana for Thaththa", due="2026-12-12"),
            s("Send money to Amma", due=D_FRI),
            s("Renew my passport", due="2027-01-15"),
        ),
    ),
    # The Turkish speaker.
    case(
        "Tomorrow what is on my list?",
        says("heating"),
        lacks("aidat"),
        UNCHANGED,
        seeds=(
            s("Ask the kapıcı about the heating", due=D_FRI),
            s("Pay the aidat", due=D_SAT_NEXT),
        ),
    ),
    case(
        "Which tasks are late? I was in Antalya two weeks",
        says("electricity"),
        lacks("ikamet", "insurance"),
        UNCHANGED,
        seeds=(
            s("Pay the electricity bill", due="2026-11-16"),
            s("Book the ikamet appointment", due=D_MON),
            s("Renew the car insurance", "deleted", due="2026-11-18"),
        ),
    ),
    case(
        "Between Monday and Friday next week what do I have?",
        says("ikamet"),
        lacks("baklava", "Call Anne"),
        UNCHANGED,
        seeds=(
            s("Book the ikamet appointment", due=D_TUE),
            s("Bring baklava to the neighbours", due=D_SAT_NEXT),
            s("Call Anne", due=D_SUN),
        ),
    ),
    # The Thai speaker.
    case(
        "Today I have what ka?",
        says("Mae"),
        lacks("visa"),
        UNCHANGED,
        seeds=(s("Send money to Mae", due=D_TODAY), s("Extend the visa", due="2026-12-10")),
    ),
    case(
        "Sunday have anything?",
        says("temple"),
        lacks("shop rent"),
        UNCHANGED,
        seeds=(s("Cook for the temple", due=D_SUN), s("Pay the shop rent", due=D_TUE)),
    ),
    case(
        "What I finish already?",
        says("visa", "jasmine"),
        lacks("temple"),
        UNCHANGED,
        seeds=(
            s("Extend the visa", "completed"),
            s("Buy jasmine rice", "completed"),
            "Cook for the temple",
        ),
    ),
    # The tower captain.
    case(
        "What's coming up next week, please?",
        says("tenor", "Guild"),
        lacks("Hendersons"),
        UNCHANGED,
        seeds=(
            s("Grease the tenor bearings", due=D_TUE),
            s("Send the Guild subs", due=D_THU),
            s("Ring for the Hendersons' wedding", due="2026-12-12"),
        ),
    ),
    case(
        "Is there anything for this evening?",
        says("ropes"),
        lacks("sallies"),
        UNCHANGED,
        seeds=(
            s("Check the ropes for fraying", due=berlin(D_TODAY, "19:30")),
            s("Order new sallies", due=D_FRI),
        ),
    ),
    case(
        "Anything between now and the 6th?",
        says("quarter peal", "Guild"),
        lacks("sallies"),
        UNCHANGED,
        seeds=(
            s("Book the quarter peal", due=D_FRI_NEXT),
            s("Send the Guild subs", due=D_SAT),
            s("Order new sallies", due="2026-12-14"),
        ),
    ),
    # The midwife.
    case(
        "what's on today? on call from 5",
        says("Kaur"),
        lacks("birth bag"),
        UNCHANGED,
        seeds=(
            s("Write up Mrs Kaur's notes", due=berlin(D_TODAY, "17:00")),
            s("Restock the home birth bag", due=D_FRI),
        ),
    ),
    case(
        "anything overdue I've forgotten about?",
        says("safeguarding"),
        lacks("Entonox", "hearing"),
        UNCHANGED,
        seeds=(
            s("Do the safeguarding module", due="2026-11-19"),
            s("Return the Entonox cylinder", due=D_MON),
            s("Book the hearing screen", "completed", due="2026-11-25"),
        ),
    ),
    case(
        "what have I got Friday?",
        says("Osei"),
        lacks("Entonox"),
        UNCHANGED,
        seeds=(
            s("Hearing screen for baby Osei", due=berlin(D_FRI, "14:00")),
            s("Return the Entonox cylinder", due=D_MON),
        ),
    ),
    # The tree surgeon.
    case(
        "whats on for tomorrow",
        says("Mill Lane"),
        lacks("chains"),
        UNCHANGED,
        seeds=(
            s("Send the quote for the Mill Lane oak", due=D_FRI),
            s("Sharpen the chains", due=D_MON),
        ),
    ),
    case(
        "what's left to do this week?",
        says("chipper"),
        lacks("LOLER", "chains"),
        UNCHANGED,
        seeds=(
            s("Service the chipper", due=D_SAT),
            s("LOLER inspection on the climbing kit", due="2026-12-15"),
            s("Sharpen the chains", "completed", due=D_FRI),
        ),
    ),
    case(
        "anything on the 14th?",
        says("LOLER"),
        lacks("TPO"),
        UNCHANGED,
        seeds=(
            s("LOLER inspection on the climbing kit", due="2026-12-14"),
            s("Apply for the TPO consent", due=D_FRI),
        ),
    ),
    # The potter.
    case(
        "What's due in the next three days?",
        says("bowls"),
        lacks("craft fair"),
        UNCHANGED,
        seeds=(
            s("Photograph the new bowls for Etsy", due=D_SAT),
            s("Book a stall at the Christmas craft fair", due="2026-12-08"),
        ),
    ),
    case(
        "what's on before Christmas?",
        says("mugs"),
        lacks("clay"),
        UNCHANGED,
        seeds=(
            s("Glaze the café mugs", due=D_FRI_NEXT),
            s("Order stoneware clay", due="2027-01-05"),
        ),
    ),
    case(
        "anything tagged commission?",
        says("mugs"),
        lacks("clay"),
        UNCHANGED,
        seeds=(
            s("Glaze the café mugs", tags=["commission"]),
            s("Order stoneware clay", tags=["supplies"]),
        ),
    ),
)

# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS = (
    # The bus driver.
    case(
        "and make it urgent, ta",
        bears("Book the eye test", due=MONDAY, priority="urgent"),
        before="add book the eye test for monday",
    ),
    case("the middle one's sorted", *done(1), seeds=BUS, before=SHOWN),
    case(
        "sorry, to the depot, not the office",
        bears("Hand the lost property in to the depot"),
        gone("Hand the lost property in to the office"),
        before="add hand the lost property in to the office",
    ),
    case(
        "the PCV one",
        *done(0),
        seeds=("Book the PCV medical", "Book the eye test for the medical"),
        before="mark the medical done",
    ),
    # The retired engineer.
    case(
        "Due Fri. Pri high.",
        bears("Order bearings for the lathe", due=FRIDAY, priority="high"),
        before="Add: order bearings for the lathe.",
    ),
    case("Third one: done.", *done(0), seeds=ENGINEER, before="Show tasks."),
    case(
        "Correction: not yet. Engineer cancelled.",
        state(0, status="pending"),
        called("reopen_task"),
        untouched_except(0),
        seeds=ENGINEER,
        before="Boiler serviced.",
    ),
    case(
        "Undo.",
        bears("Replace shed hinge", due=CLEARED),
        called("update_task"),
        before=("Add: replace shed hinge.", "Due Sat."),
    ),
    # The Cornish voice.
    case(
        "no wait, make it Monday",
        bears("Take the dog to the vet", due=MONDAY),
        before="put down take the dog to the vet Saturday",
    ),
    case(
        "get rid of the top one",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=CORNISH,
        before=SHOWN,
    ),
    case(
        "oh no wait I haven't, that was last month's",
        state(0, status="pending"),
        called("reopen_task"),
        untouched_except(0),
        seeds=CORNISH,
        before="harbour dues are paid",
    ),
    case(
        "and Monday?",
        says("harbour"),
        lacks("gig", "crab"),
        UNCHANGED,
        seeds=(
            s("Gig rowing practice", due=D_SUN),
            s("Take the crab pots down to Newlyn", due=D_SAT),
            s("Pay the harbour dues", due=D_MON),
        ),
        before="what's on this weekend?",
    ),
    # The Sri Lankan voice.
    case(
        "Put it high priority also",
        bears("Buy kiribath ingredients", due=SATURDAY, priority="high"),
        before="Add buy kiribath ingredients for Saturday",
    ),
    case(
        "water one",
        *done(1),
        seeds=("Pay the electricity bill", "Pay the water bill"),
        before="mark the bill one done",
    ),
    case(
        "and one to call the plumber also",
        bears("Call the plumber"),
        bears("Call the electrician"),
        before="add call the electrician",
    ),
    # The Turkish speaker.
    case(
        "Sorry, not tomorrow, Monday",
        bears("Buy simit for the office", due=MONDAY),
        before="Please make me a task: buy simit for the office tomorrow",
    ),
    case(
        "The first and the last are finished",
        state(0, status="completed"),
        state(2, status="completed"),
        untouched_except(0, 2),
        seeds=TURKISH,
        before="Show me my tasks please",
    ),
    case(
        "No no, bring it back please",
        state(0, status="pending"),
        called("restore_task"),
        untouched_except(0),
        seeds=TURKISH,
        before="Delete the aidat task",
    ),
    case(
        "the call",
        state(0, due=SATURDAY),
        untouched_except(0),
        seeds=("Call Anne", "Buy a present for Anne"),
        before="Move the Anne task to Saturday",
    ),
    # The Thai speaker.
    case(
        "Tag it family ka",
        tagged("family", title="Buy present for Nong"),
        before="Please add buy present for Nong",
    ),
    case(
        "Second one delete please",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=THAI,
        before="Show my list ka",
    ),
    case(
        "Oh sorry, cancel it",
        called("delete_task"),
        gone("Pay the shop rent"),
        before="Add pay the shop rent Tuesday",
    ),
    # The tower captain.
    case(
        "And could you put a note on it: deadline is the 10th, 200 words",
        described("200 words", title="Write the ringing notice for the parish magazine"),
        before="Please add 'write the ringing notice for the parish magazine'",
    ),
    case(
        "Ah, forgive me — it was the sallies I meant, not the subs",
        state(2, status="pending"),
        state(0, status="completed"),
        called("reopen_task"),
        untouched_except(0, 2),
        seeds=BELLS,
        before="The Guild subs have been sent",
    ),
    case(
        "And Sunday?",
        says("Sunday service"),
        lacks("Hendersons", "sallies"),
        UNCHANGED,
        seeds=(
            s("Ring for the Hendersons' wedding", due=D_SAT),
            s("Order new sallies", due=D_MON),
            s("Ring for Sunday service", due=D_SUN),
        ),
        before="What's on for Saturday?",
    ),
    # The midwife.
    case(
        "actually make it tomorrow 9am",
        bears("Chase the bloods for Mrs Nowak", due=spoken(FRIDAY, "09:00")),
        before="add chase the bloods for Mrs Nowak",
    ),
    case(
        "make the top one high priority",
        state(2, priority="high"),
        untouched_except(2),
        seeds=MIDWIFE,
        before=SHOWN,
    ),
    case(
        "and the Entonox cylinder's back too",
        *done(1),
        seeds=MIDWIFE,
        before="home birth bag restocked",
    ),
    # The tree surgeon.
    case(
        "make that urgent, need it for Monday",
        bears("Pick up the new harness from Honey Bros", priority="urgent"),
        before="add pick up the new harness from Honey Bros",
    ),
    case(
        "undo that",
        state(2, status="pending"),
        called("restore_task"),
        untouched_except(2),
        seeds=TREES,
        before="delete the chains one",
    ),
    case(
        "bottom one, push it to Friday",
        state(0, due=FRIDAY),
        untouched_except(0),
        seeds=TREES,
        before="show me the list",
    ),
    # The potter.
    case(
        "oops, make it sunday",
        bears("Fire the glaze kiln", due=SUNDAY),
        before="add fire the glaze kiln saturday",
    ),
    case("and the mugs are glazed too", *done(1), seeds=POTTER, before="Clay's ordered"),
    case(
        "tag it supplies and make it low priority",
        bears("Order more cone 6 witness cones", priority="low"),
        tagged("supplies", title="Order more cone 6 witness cones"),
        before="add order more cone 6 witness cones",
    ),
)

# 8. The contract's table in the voices' words, with search, tags, reopen and restore.
TABLE = (
    # Add.
    case("new task — get me boots resoled", fresh("Get me boots resoled")),
    case("Add task buy rice", fresh("Buy rice")),
    # Show me all my tasks.
    case(
        "List all.",
        says("boiler", "drill"),
        UNCHANGED,
        seeds=("Service the boiler", "Order 8mm drill bits"),
    ),
    # What's pending?
    case(
        "what's still to do?",
        says("harbour"),
        lacks("sweep"),
        UNCHANGED,
        seeds=("Pay the harbour dues", s("Book the chimney sweep", "completed")),
    ),
    case(
        "Would you show me what's outstanding, please?",
        says("sallies"),
        lacks("Guild"),
        UNCHANGED,
        seeds=("Order new sallies", s("Send the Guild subs", "completed")),
    ),
    # Mark task N as complete.
    case("Task {0} is finished, mark it", *done(0), seeds=LANKA),
    case("Mark 'Book the dana for Thaththa' as done", *done(2), seeds=LANKA),
    # Delete the meeting task.
    case(
        "Please delete the baklava task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Bring baklava to the neighbours", "Pay the aidat"),
    ),
    case(
        "wipe the TPO one off the list, council said no need",
        one_of(0, status=("deleted", "completed")),
        untouched_except(0),
        seeds=("Apply for the TPO consent", "Sharpen the chains"),
    ),
    # Change task N to '...'.
    case(
        "Change task {0} to 'Send money to Mae and Pa'",
        state(0, title="Send money to Mae and Pa"),
        untouched_except(0),
        seeds=THAI[1:],
    ),
    case(
        "change task {0} to 'Swap Saturday late with Dave or Priya'",
        state(0, title="Swap Saturday late with Dave or Priya"),
        nothing_added(),
        seeds=("Swap my Saturday late with Dave",),
    ),
    # I need to remember to ...
    case(
        "I must remember to pay the organist for the wedding",
        fresh("Pay the organist for the wedding", "Pay the organist"),
    ),
    # What have I completed?
    case(
        "what have I ticked off?",
        says("birth bag"),
        lacks("safeguarding"),
        UNCHANGED,
        seeds=(s("Restock the home birth bag", "completed"), "Do the safeguarding module"),
    ),
    # Search.
    case(
        "find the oak one",
        says("Mill Lane"),
        lacks("chains"),
        UNCHANGED,
        seeds=("Send the quote for the Mill Lane oak", "Sharpen the chains"),
    ),
    case(
        "search for Osei",
        says("Osei"),
        lacks("birth bag"),
        UNCHANGED,
        seeds=("Hearing screen for baby Osei", "Restock the home birth bag"),
    ),
    # Tags.
    case(
        "which tags have I got?",
        says("commission", "supplies"),
        UNCHANGED,
        seeds=(
            s("Glaze the café mugs", tags=["commission"]),
            s("Order stoneware clay", tags=["supplies"]),
        ),
    ),
    case(
        "show us everything tagged boat",
        says("diesel"),
        lacks("harbour"),
        UNCHANGED,
        seeds=(
            s("Top up the diesel", tags=["boat"]),
            s("Pay the harbour dues", tags=["money"]),
        ),
    ),
    case(
        "Tag the ikamet task with 'documents'",
        tagged("documents", task=0),
        untouched_except(0),
        seeds=("Book the ikamet appointment", "Pay the aidat"),
    ),
    # Reopen.
    case(
        "open the PCV medical back up, they cancelled it",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Book the PCV medical", "completed"), "Swap my Saturday late with Dave"),
    ),
    case(
        "reopen the clay order, they sent the wrong sort",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Order stoneware clay", "completed"), "Glaze the café mugs"),
    ),
    # Restore.
    case(
        "Restore deleted item: drill bits.",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Order 8mm drill bits", "deleted"), "Service the boiler"),
    ),
)

# 9. Safety: chit-chat, requests it cannot do, ambiguity and guesses change nothing.
SAFETY = (
    # The bus driver.
    case("ta-ra, off to sign on", UNCHANGED, seeds=BUS),
    case("booked it", UNCHANGED, seeds=("Book the PCV medical", "Book the eye test")),
    case(
        "delete the medical one",
        UNCHANGED,
        says("PCV", "certificate"),
        seeds=("Book the PCV medical", "Chase the medical certificate"),
    ),
    # The retired engineer.
    case("Ack.", UNCHANGED, seeds=ENGINEER),
    case("Done.", UNCHANGED, seeds=ENGINEER),
    case("Convert 30 Nm to ft-lb.", UNCHANGED, seeds=ENGINEER),
    case("What's 14 x 17?", UNCHANGED, seeds=ENGINEER),
    # The Cornish voice.
    case("proper job, cheers me 'ansum", UNCHANGED, seeds=CORNISH),
    case("emmets everywhere today", UNCHANGED, seeds=CORNISH),
    case(
        "mark the pay one done",
        UNCHANGED,
        says("harbour", "mooring"),
        seeds=("Pay the harbour dues", "Pay the mooring fee"),
    ),
    # The Sri Lankan voice.
    case("Aney, so tired today men", UNCHANGED, seeds=LANKA),
    case("what's the cricket score, Sri Lanka playing today no?", UNCHANGED, seeds=LANKA),
    case(
        "Aunty call done",
        UNCHANGED,
        says("Kamala", "Malini"),
        seeds=("Call Aunty Kamala", "Call Aunty Malini"),
    ),
    # The Turkish speaker.
    case("Tamam, çok sağ ol", UNCHANGED, seeds=TURKISH),
    case("maybe I delete the kapıcı task, I don't know", UNCHANGED, seeds=TURKISH),
    case("It is finished", UNCHANGED, seeds=TURKISH),
    # The Thai speaker.
    case("Sawasdee ka 🙏", UNCHANGED, seeds=THAI),
    case(
        "send money finish already",
        UNCHANGED,
        says("Mae", "Ploy"),
        seeds=("Send money to Mae", "Send money to Nong Ploy"),
    ),
    case("Can you translate 'khob khun' for me?", UNCHANGED, seeds=THAI),
    # The tower captain.
    case("Lovely ringing tonight, thank you all", UNCHANGED, seeds=BELLS),
    case(
        "I believe I might have sent the subs, though I can't be certain",
        UNCHANGED,
        seeds=BELLS,
    ),
    case("Please delete the belfry task", UNCHANGED, seeds=BELLS),
    # The midwife.
    case("long night, two births, one in the pool 😴", UNCHANGED, seeds=MIDWIFE),
    case(
        "notes written up",
        UNCHANGED,
        says("Kaur", "Ahmed"),
        seeds=("Write up Mrs Kaur's notes", "Write up Mrs Ahmed's notes"),
    ),
    # The tree surgeon.
    case("three trees down today, knackered", UNCHANGED, seeds=TREES),
    case("get rid of it", UNCHANGED, seeds=TREES),
    # The potter.
    case("the kiln's cooling, can't open it till tomorrow", UNCHANGED, seeds=POTTER),
    case(
        "glazing's done",
        UNCHANGED,
        says("mugs", "bowls"),
        seeds=("Glaze the café mugs", "Glaze the wedding bowls"),
    ),
)

HELD_OUT_FOURTEENTH: tuple[Case, ...] = (
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
