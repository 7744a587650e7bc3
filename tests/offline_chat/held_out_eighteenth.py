"""An eighteenth held-out set of everyday requests to the chat, written apart from the engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, never read a test module
(``test_*.py``) and never read the cases of the other sets (``corpus.py`` past its helpers,
``second_voice.py`` to ``tenth_voice.py``, ``held_out.py`` to ``held_out_seventeenth.py``):
only their imports, helpers, constants and module docstrings. They were written before the
changes that will be scored against them, from the product contract (``PRODUCT.md``: the data
model, the MCP tools, the chat section and its natural-language table), from the tools'
arguments (``docs/mcp.md``), from how a conversation is played (``conftest.py``) and from what
an ordinary user of a task manager would expect. No sentence was run through the engine while
writing, no scoring test was run, and none is ever tuned against, sentence by sentence: a miss
here is a miss to report, not an expectation to adjust. The sentences were compared with those
of the earlier sets only as strings, by a program, so that few of them coincide.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: a Cantonese speaker's English in Manchester ("lah", "ah" and "ar" at the end,
"aiya", "mh goi", "help me add", "already" for done, "I not ... yet", "tmr", "got anything?",
"what I have?", Ah Ma, yum cha, Wing Yip, turnip for lo bak go, red packets, the BNO visa, the
council tax, the takeaway); Bajan English, from Barbados ("de", "dis", "dat", "fuh", "'bout",
"wuh" for what, "nuff" for very, "I ain't", "doan", "nah", "cheese on bread!", "wha
happenin'", "tings", Granny, the great cake soaking in rum, jug jug, sorrel from Cheapside,
the BL&P bill, the ZR van, the fish market in Oistins, the Independence shirt, Crop Over); a
Swedish speaker's English ("hej", "tack", "tack så mycket", "jättebra", "lagom", "oj", "I
shall", "remember for me", "over-tomorrow" for the day after tomorrow, "it is not so
important", lussekatter for Lucia, the julbord, glögg from Systembolaget, Skatteverket and the
personnummer, pepparkakor for mormor, the julgran, fika); a Hindi-speaking grandmother texting
as she texts her grandchildren ("beta", "arre", "accha", "no no", "God bless", "🙏", capitals
and missing stops, Hindi word order, "what all I finished", Bunty and Pinky, shagun, besan
laddoos, mithai, the BP tablets from the chemist, Sharma aunty and the kitty party, pooja, the
milkman); a forester ("compartment 12", the rides, windblow, the felling licence, the
chainsaw chains, tree guards, the harvester, the deer fence and the deer cull count, the trail
cameras, the timber lorry at the stacker, thinning, bar oil, the Land Rover, a pine marten);
a roofer, terse and lowercase ("mate", "the scaff", "the lads", "tmrw", "bout", "knock it
back", "rained off", Mrs Hughes's leak and quote, ridge tiles, lead flashing, felt, the
guttering on Park Road, the cherry picker, number 14, the Patels, the merchants); a small-scale
cheesemaker (rennet and starter culture, turning the tommes, brining the fetas, waxing the
truckles, the vat, whey for the pigs, the EHO inspection, the Neal's Yard order, the deli, the
farmers' market, cheesecloth, the new blue); a hill-walking club secretary writing formally
("Could you kindly", "Please", "I intend to", "beforehand", the newsletter, the minibus for the
Kinder Scout walk, the AGM agenda, membership subs and renewals, route cards, the bothy
logbook, the walks programme, the first aid kits, the OS maps, the bunkhouse, the treasurer);
an Afrikaans speaker's English ("ja", "nee", "ag", "lekker", "baie", "eish", "just now" for
later, never a date, "put for me", Ouma and Oupa, the braai and boerewors, biltong, rusks,
koeksisters, the bakkie, the passport at the consulate); and a Cockney market trader ("guv",
"oi", "tomorrer", "give us a bell", "an' all", "ain't", "shove it", "proper", the pitch fee,
the wholesaler run at 5am, the gazebo, the float tin, the stall, carrier bags, the street
trading licence, the van).

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("Mh goi, help me add:", "Can help me put
   on list ah,", "Add '...' by ... lah", "remind me to", "Put down fuh me:", "I got to ...,
   add dat", "Add '...' fuh ..., it nuff important", "new task: ..., tag it ..., note:", "Can
   you put '...' on my list for", "Add a task to ... for the day after tomorrow, tack", "Can
   you make a task:", "Remember for me to", "Beta please add", "ARRE add one thing.", "Accha
   beta put", "Please add for me", "Put down:", "New job:", "Add a task to", "... - pop it on
   the list", "stick on the list:", "add", "new job -", "Could you add a task to", "Please add
   '...' for ... and tag it", "I must remember to", "New task: ..., due ..., note:", "Could you
   kindly add", "Please add a task:", "A new item for the committee list:", "..., could you
   note it?", "Ja, please add:", "Can you put for me", "Oi, stick on the list:"), with dates,
   times, priority, tags and notes; only the title reaches the title, and a note is kept as
   the description.
2. ``REPEATS``: repeats said in words ("every Sunday night", "every month on the 1st", "every
   day at 6 in de evening", "every Friday", "every Wednesday at 3", "every second day", "every
   morning 7 o clock", "every Sunday 5 pm", "every Monday morning", "every weekday at 7",
   "every night at 5", "every other day", "every Tuesday and Friday", "the first Monday of
   every month", "every year", "every day at 8 in the morning", "every Wednesday and Saturday
   4am"), on a new task or an existing one ("every two weeks", "every month now", "every 4
   weeks", "every fortnight instead of weekly", "every day now", "every three months", "every
   Saturday"); a repeat stopped ("doan ... repeat no more", "stop ... repeating", "must stop
   repeating").
3. ``FACTS``: statements of fact that mean "done" ("I paid already lah", "Booked ... already",
   "... bake and soaking in rum now", "I pay ... dis morning", "I have talked with ... now",
   "... is booked, jättebra!", "... are baked", "laddoos made", "... sent to Pinky", "...
   application went in this morning", "Chains are sharpened", "scaffold's down", "sent ... her
   quote", "... been ordered", "... all turned", "... went out to all members", "I have booked
   ...", "... serviced, lekker", "...'s paid, guv") complete the task they name and leave every
   other task alone; negatives ("I not buy yet", "I ain't iron ... yet", "still not ordered",
   "not ordered yet", "haven't bought ... yet, I'll go just now", "ain't fixed ... yet"),
   plans ("I intend to chase ... after the AGM") and questions ("Have I booked ... or not?",
   "Did I collect ...? I forget", "Did I book ...?") change nothing.
4. ``EDITS``: priority set, raised or lowered ("very urgent now lah", "ain't so important, put
   it low", "is high priority now", "not so important any more, lower it", "most important",
   "Bump ... up a notch", "is urgent now", "can drop to low priority", "rather urgent now,
   please raise its priority", "can wait, make it low", "top priority now"), the due date
   pushed back a week, two days, "a couple of days" or two weeks, brought forward a day or to
   tomorrow, moved to a weekday, to a date ("12 December", "Thursday 10 December") or "tomorrow
   not monday"; a due date taken off; rename ("Rename '...' to '...'", "Change ... to ...",
   "call the ... one '...'"); a note set; tags added, swapped or set on two tasks.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative
   to its due date ("tmr 10am", "one hour before", "the day before", "Sunday at 7 in de
   evening", "half hour before", "tonight at 9", "Monday at 9", "2 hours before",
   "over-tomorrow at 10", "tomorrow 9 o clock morning", "15 minutes before", "friday evening
   6", "Monday at 8", "30 minutes before", "the evening before", "sunday night 8", "two days
   before", "Tuesday at 11", "45 minutes before", "Sunday at 7am", "Sunday at 6pm", "three days
   beforehand", "20 minutes before", "Wednesday at 2 in the afternoon", "a week before", moved
   "to Friday at 5 in de evening", "to sunday 4 pm", "to 7am saturday", "to Wednesday at
   noon"), or cleared ("No need remind me", "Take away the reminder", "Drop the reminder", "I
   don't need the ... reminder any more", "no reminder for ..., take it off"); no task is added
   and the task's due date stays as it was.
6. ``WINDOWS``: questions about today ("Today what I need to do ah?", "Hej, what is on for
   today?", "What've I got on today before I head up the forest?", "What's left for today in the
   dairy?"), tomorrow ("Wuh I got tomorrow?", "beta what is tomorrow for me", "what's on
   tomorrer"), a weekday ("Anyting on Monday?", "sunday what is there?", "whats on monday", "What
   have I got on Wednesday?", "What do I have on Friday, please?", "What's on for Saturday, ja?"),
   a date ("the 13th of December"), "over-tomorrow", the weekend, this week, next week, the next 3
   days, a month ("in December", "in January"), a span ("between Monday and Wednesday", "before
   Christmas"), a tag, overdue ("Anything I forget, overdue already?", "anything I missed beta?",
   "What have I let go overdue?", "Is anything overdue?", "am I behind with anything?") and what is
   done ("Wuh I done finish so far?", "what all I finished beta", "what jobs have i finished",
   "Which tasks have I completed so far?"): the reply names what is in the window, leaves out what
   is not (a deleted task never, a completed one never as overdue or left to do), and nothing
   changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "and make it high priority
   lah", "make it urgent mate", "make that urgent an' all", "Also make it important", a corrected
   day ("aiya no, monday not friday", "Nah, Sunday, not Saturday", "Sorry, I meant Saturday, not
   Friday", "put it on saturday beta", "Ja, and make it for Friday"), a tag or a note added to the
   task just made, a position in a list just shown ("second one I done already", "De last one
   done", "Delete the first one, tack", "middle one delete beta", "top one's done", "bottom one,
   rename to", "The first and the second are both done", "Would you mark the third one as done?",
   "The middle one is sorted, ja", "last one's sorted"), a pick from the choice the assistant
   offered ("the landlord one lah", "the felt one's done"), "Sorry, I meant the newsletter, not the
   route cards" after a deletion, "Wait nuh, I ain't pay it yet, undo dat", "Oj, no, bring it
   back", "Nee wait, bring it back!", "Oh no, I haven't actually ordered it, put it back", "no no
   beta cancel that", "Actually, please remove that", "undo that" and "nah, scrap that, undo it"
   after an edit.
8. ``TABLE``: the contract's table said in the voices' words: add ("Add a task to"), list ("Show
   me all my tings", "Could you list everything on my plate?"), pending ("What still pending ah?",
   "what's still outstanding guv?"), complete ("Mark task N as done, tack", "Please mark '...' as
   complete."), delete ("Delete de ... task", "Please delete the ... task"), rename ("Change task N
   to '...'"), "I need to remember to", completed ("what I have completed beta"); with search
   ("Find the chainsaw one", "Search for Ouma"), tags ("Which tags have I got on the jobs?",
   "Please tag the ... task with"), reopen ("reopen the ... one") and restore ("bring back the ...
   task i deleted", "Restore the ... task; I deleted it by mistake.").
9. ``SAFETY``: messages that must change nothing: chit-chat ("Aiya, so cold in Manchester
   today", "Wha happenin? Crop Over did sweet dis year", "Tack så mycket, you are jättebra!",
   "God bless you beta", "Saw a pine marten by the stacker", "rained off again", "The new blue
   has come out beautifully veined.", "What a splendid walk we had on Sunday", "Lekker braai
   last night", "blimey, the market was heaving today"), requests the assistant cannot do
   (opening hours, a currency, the weather in Delhi or on Kinder Scout, how many slates a roof
   takes), an ambiguous reference that must ask and name the candidates ("Pay one done
   already", "Delete the book one", "The order's done", "Phone one is done"), and nothing
   deleted or completed on a guess ("Done." and "bin it" with nothing before them, a task that
   does not exist, a hedge about having turned the tommes or about getting rid of a job).

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the day after tomorrow Saturday 28 November, the
weekend is 28-29 November and next week runs from Monday 30 November to Sunday 6 December.
"This week" is asked only of tasks that are in it (or out of it) on every reading, whether it
ends on Sunday or runs seven days, and so is "next week" and "the next 3 days"; a span
"between Monday and Wednesday" is asked only of days well inside or outside it. Seeds give their
dates in ISO-8601; seeded times carry Berlin's winter offset (+01:00). Tasks are checked as the
tools report them (``status`` pending, completed or deleted; ``priority`` none, low, medium,
high or urgent; ``tags`` a list; ``description``; ``due`` and ``reminder`` spoken in the user's
zone, "Friday 27 November 2026" for a whole day and "Friday 27 November 2026, 09:00" with a
time; ``recurrence`` as RRULE text). Titles are expected with their first letter capitalised
and kept in the user's own words, the voice's spelling and word order included ("Bake de great
cake", "Pay de BL&P bill", "BP tablets collect from chemist", "Get the scaff taken down at
number 14", "Buy turnip for lo bak go"); where a title may fairly be kept with or without some
words (a trailing clause that gives a purpose or an occasion, "for the braai", "for her
birthday", "for the new planting", "from the merchants", "before Saturday's market"), each is
accepted. Where the words leave the meaning open ("next Wednesday", "next Thursday" or "next
Friday" said on a Thursday, "the end of next week", "very urgent", "nuff important", "baie
important", "proper important", "most important", "top priority", "tomorrow morning", "first
thing", "Sunday afternoon", "the evening before"), every reasonable reading is accepted; a day
said without a time is checked on the day only. Words of the voice are read as the voice means
them: the Swedish "over-tomorrow" is the day after tomorrow, Saturday 28 November; "the 4th" is
Friday 4 December; the Afrikaans "just now" is later, never a date; the Bajan "nuff important"
is very important and "I pay" said of a bill is "I have paid"; the grandmother's "BP tablets one
make every 4 weeks" is a repeat every four weeks; "fika ... at 3" is 15:00 and "every night at
5" is 17:00. A list shows the latest seeded task first, as the corpus says: "the second one" and
"the middle one" of three are the middle one either way, "the first one" and "the top one" are
the last seeded, and "the last one", "the third one" and "the bottom one" the first seeded; a
list is always counted by position, never by an id, and positions are asked only of seeds
without a due date, so that no order by date can move them. Recurring seeds carry a due date, as
a repeating task in a task manager usually has one, and no recurring task is completed (its next
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
from .held_out_fifteenth import D_FRI, D_FRI_NEXT, D_MON, D_SAT, D_SUN, D_THU, D_TODAY, D_TUE, D_WED
from .held_out_fifth import SATURDAY_12_DEC, bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
    SHOWN,
    THURSDAY_10_DEC,
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

__all__ = ["HELD_OUT_EIGHTEENTH"]

# A few more days, as the tools say them.
FRIDAY_11_DEC = "Friday 11 December 2026"
FRIDAY_18_DEC = "Friday 18 December 2026"
WEDNESDAY_9_DEC = "Wednesday 9 December 2026"
SUNDAY_6_DEC = "Sunday 6 December 2026"
SUNDAY_13_DEC = "Sunday 13 December 2026"

# The same days as seeds give them, in ISO-8601 (the others are the fifteenth set's).
D_LUCIA = "2026-12-13"

# Tasks of each voice, for the families that need several of them.
CANTO = ("Buy turnip for lo bak go", "Pay the council tax", "Book yum cha for Ah Ma's birthday")
BAJAN = ("Pay de BL&P bill", "Bake de great cake", "Iron de Independence shirt")
SWEDE = ("Bake lussekatter for Lucia", "Book the julbord", "Call Skatteverket")
NANI = ("Send shagun to Pinky", "Collect BP tablets from chemist", "Make besan laddoos for Bunty")
FOREST = ("Apply for the felling licence", "Sharpen the chainsaw chains", "Order tree guards")
ROOFER = ("Quote for Mrs Hughes's leak", "Order ridge tiles", "Get the scaffold taken down")
CHEESE = ("Order rennet", "Turn the tommes", "Book the EHO inspection")
HILLS = ("Send out the newsletter", "Book the minibus", "Chase membership renewals")
AFRIK = ("Renew my passport at the consulate", "Buy boerewors for the braai", "Service the bakkie")
COCKNEY = ("Pay the pitch fee", "Pick up stock from the wholesaler", "Fix the gazebo")


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED = (
    # A Cantonese speaker's English, in Manchester.
    case(
        "Mh goi, help me add: buy turnip for lo bak go on Saturday",
        fresh("Buy turnip for lo bak go"),
        when(SATURDAY),
    ),
    case(
        "Can help me put on list ah, pay Ah Ma's phone bill tmr, very urgent",
        fresh("Pay Ah Ma's phone bill", priority=("high", "urgent")),
        when(FRIDAY),
    ),
    case(
        "Add 'Order red packets from Wing Yip' by next Wednesday lah",
        fresh("Order red packets from Wing Yip"),
        when((WEDNESDAY_NEXT, WEDNESDAY_9_DEC)),
    ),
    case(
        "remind me to ring the landlord about the boiler tomorrow at 3pm",
        fresh("Ring the landlord about the boiler"),
        when(FRIDAY, fields=("due", "reminder"), hours=[15]),
    ),
    # Bajan English.
    case(
        "Put down fuh me: bake de great cake by Saturday",
        fresh("Bake de great cake"),
        when(SATURDAY),
    ),
    case(
        "I got to iron my Independence shirt fuh Sunday, add dat",
        fresh("Iron my Independence shirt"),
        when(SUNDAY),
    ),
    case(
        "Add 'Pay de BL&P bill' fuh Monday, it nuff important",
        fresh("Pay de BL&P bill", priority=("high", "urgent")),
        when(MONDAY),
    ),
    case(
        "new task: buy sorrel at Cheapside market, tag it christmas, note: get de dark red one",
        fresh("Buy sorrel at Cheapside market", "Buy sorrel"),
        tagged("christmas"),
        described("dark red"),
    ),
    # A Swedish speaker's English.
    case(
        "Hej! Can you put 'Bake lussekatter for Lucia' on my list for 13 December?",
        fresh("Bake lussekatter for Lucia"),
        when(SUNDAY_13_DEC),
    ),
    case(
        "Add a task to book the julbord for the day after tomorrow, tack",
        fresh("Book the julbord"),
        when(SATURDAY),
    ),
    case(
        "Can you make a task: buy glögg at Systembolaget, Friday, it is not so important",
        fresh("Buy glögg at Systembolaget", "Buy glögg", priority="low"),
        when(FRIDAY),
    ),
    case(
        "Remember for me to send the pepparkakor to mormor, by Wednesday",
        fresh("Send the pepparkakor to mormor"),
        when(WEDNESDAY_NEXT),
    ),
    # A Hindi-speaking grandmother, texting as to her grandchildren.
    case(
        "Beta please add send shagun to Pinky for her birthday on saturday 🙏",
        fresh("Send shagun to Pinky", "Send shagun to Pinky for her birthday"),
        when(SATURDAY),
    ),
    case(
        "ARRE add one thing. make besan laddoos for Bunty. sunday",
        fresh("Make besan laddoos for Bunty"),
        when(SUNDAY),
    ),
    case(
        "Accha beta put BP tablets collect from chemist tomorrow morning, very important",
        fresh(
            "BP tablets collect from chemist",
            "Collect BP tablets from chemist",
            priority=("high", "urgent"),
        ),
        when(FRIDAY),
    ),
    case(
        "Please add for me call Sharma aunty about the kitty party on Monday at 4 pm. God bless",
        fresh("Call Sharma aunty about the kitty party"),
        when(MONDAY, hours=[16]),
    ),
    # A forester.
    case(
        "Put down: apply for the felling licence for compartment 12, by the 4th",
        fresh("Apply for the felling licence for compartment 12"),
        when(FRIDAY_NEXT),
    ),
    case(
        "New job: sharpen the chainsaw chains, tomorrow 7am, tag kit",
        fresh("Sharpen the chainsaw chains"),
        when(FRIDAY, hours=[7]),
        tagged("kit"),
    ),
    case(
        "Add a task to order 500 tree guards for the new planting, high priority",
        fresh(
            "Order 500 tree guards for the new planting",
            "Order 500 tree guards",
            priority="high",
        ),
    ),
    case(
        "Need to walk the rides after the windblow on Monday - pop it on the list",
        fresh("Walk the rides after the windblow", "Walk the rides"),
        when(MONDAY),
    ),
    # A roofer.
    case(
        "stick on the list: quote for Mrs Hughes's leak, monday",
        fresh("Quote for Mrs Hughes's leak"),
        when(MONDAY),
    ),
    case(
        "add order ridge tiles from the merchants tmrw first thing, urgent",
        fresh("Order ridge tiles from the merchants", "Order ridge tiles", priority="urgent"),
        when(FRIDAY),
    ),
    case(
        "Put down get the scaff taken down at number 14 for next Thursday",
        fresh("Get the scaff taken down at number 14"),
        when((THURSDAY_NEXT, THURSDAY_10_DEC)),
    ),
    case(
        "new job - redo the lead flashing on the chimney at the Patels', note: bring the 30m roll",
        fresh("Redo the lead flashing on the chimney at the Patels'"),
        described("30m roll"),
    ),
    # A small-scale cheesemaker.
    case(
        "Could you add a task to order rennet and starter culture by Tuesday?",
        fresh("Order rennet and starter culture"),
        when(TUESDAY_NEXT),
    ),
    case(
        "Please add 'Wax the Christmas truckles' for Saturday and tag it dairy",
        fresh("Wax the Christmas truckles"),
        when(SATURDAY),
        tagged("dairy"),
    ),
    case(
        "I must remember to take the whey up to the pigs tonight at 6",
        fresh("Take the whey up to the pigs"),
        when(TODAY, hours=[18]),
    ),
    case(
        "New task: pack the Neal's Yard order, due Wednesday, note: 12 tommes and 6 blues",
        fresh("Pack the Neal's Yard order"),
        when(WEDNESDAY_NEXT),
        described("12 tommes"),
    ),
    # A hill-walking club secretary.
    case(
        "Could you kindly add 'Send out the December newsletter' for Monday?",
        fresh("Send out the December newsletter"),
        when(MONDAY),
    ),
    case(
        "Please add a task: book the minibus for the Kinder Scout walk, by Friday 11 December,"
        " high priority.",
        fresh("Book the minibus for the Kinder Scout walk", priority="high"),
        when(FRIDAY_11_DEC),
    ),
    case(
        "A new item for the committee list: draft the AGM agenda, due 18 December, tag committee.",
        fresh("Draft the AGM agenda"),
        when(FRIDAY_18_DEC),
        tagged("committee"),
    ),
    case(
        "I need to chase the outstanding membership subs by the end of next week, could you note"
        " it?",
        fresh("Chase the outstanding membership subs"),
        when((FRIDAY_NEXT, SATURDAY_NEXT, SUNDAY_6_DEC)),
    ),
    # An Afrikaans speaker's English.
    case(
        "Ja, please add: buy boerewors for the braai on Saturday",
        fresh("Buy boerewors for the braai", "Buy boerewors"),
        when(SATURDAY),
    ),
    case(
        "Can you put for me 'Phone Ouma about Christmas' on Sunday afternoon",
        fresh("Phone Ouma about Christmas"),
        when(SUNDAY),
    ),
    case(
        "Add a task to service the bakkie by next Friday, it's baie important",
        fresh("Service the bakkie", priority=("high", "urgent")),
        when((FRIDAY, FRIDAY_NEXT)),
    ),
    # A Cockney market trader.
    case(
        "Oi, stick on the list: pay the pitch fee Monday, it's proper important",
        fresh("Pay the pitch fee", priority=("high", "urgent")),
        when(MONDAY),
    ),
    case(
        "Put down: get down the wholesaler for stock, tomorrer 5am",
        fresh("Get down the wholesaler for stock"),
        when(FRIDAY, hours=[5]),
    ),
    case(
        "add fix the gazebo before Saturday's market, tag stall",
        fresh("Fix the gazebo", "Fix the gazebo before Saturday's market"),
        tagged("stall"),
    ),
)

# 2. Repeats said in words, on a new task or an existing one; a repeat stopped.
REPEATS = (
    # A Cantonese speaker's English, in Manchester.
    case(
        "Help me add: call Ah Ma in Hong Kong every Sunday night",
        repeats(
            "FREQ=WEEKLY",
            called=("Call Ah Ma in Hong Kong",),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "add pay the council tax every month on the 1st",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay the council tax",),
            either=(("BYMONTHDAY=1", "1 December"),),
        ),
    ),
    case(
        "The yum cha one make it every two weeks lah",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        untouched_except(0),
        seeds=(s("Book yum cha with Ah Ma", due=D_SUN),),
    ),
    # Bajan English.
    case(
        "Put down fuh me: water Granny plants every day at 6 in de evening",
        repeats("FREQ=DAILY", called=("Water Granny plants",), either=(at(18),)),
    ),
    case(
        "add go to de fish market in Oistins every Friday",
        repeats(
            "FREQ=WEEKLY",
            called=("Go to de fish market in Oistins",),
            either=(on("BYDAY=FR", "Friday"),),
        ),
    ),
    case(
        "Doan make de ZR van man one repeat no more",
        one_of(0, recurrence=CLEARED),
        untouched_except(0),
        seeds=(s("Pay de ZR van man", due=D_FRI, recurrence="FREQ=WEEKLY;BYDAY=FR"),),
    ),
    # A Swedish speaker's English.
    case(
        "Please add fika with the team every Wednesday at 3",
        repeats(
            "FREQ=WEEKLY",
            called=("Fika with the team",),
            either=(on("BYDAY=WE", "Wednesday"), at(15)),
        ),
    ),
    case(
        "Can you make 'Water the julgran' a task every second day?",
        repeats("FREQ=DAILY;INTERVAL=2", called=("Water the julgran",)),
    ),
    case(
        "Call Skatteverket should be every month now, tack",
        repeats("FREQ=MONTHLY", task=0),
        untouched_except(0),
        seeds=(s("Call Skatteverket", due=D_MON),),
    ),
    # A Hindi-speaking grandmother.
    case(
        "beta add pooja every morning 7 o clock",
        repeats("FREQ=DAILY", called=("Pooja",), either=(at(7),)),
    ),
    case(
        "Please add video call with Bunty and Pinky every Sunday 5 pm 🙏",
        repeats(
            "FREQ=WEEKLY",
            called=("Video call with Bunty and Pinky",),
            either=(on("BYDAY=SU", "Sunday"), at(17)),
        ),
    ),
    case(
        "BP tablets one make every 4 weeks beta",
        repeats("FREQ=WEEKLY;INTERVAL=4", "FREQ=DAILY;INTERVAL=28", task=0),
        untouched_except(0),
        seeds=(s("Collect BP tablets from chemist", due=D_MON),),
    ),
    # A forester.
    case(
        "Add check the deer fence every Monday morning",
        repeats(
            "FREQ=WEEKLY",
            called=("Check the deer fence",),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "New task: grease the harvester every weekday at 7",
        repeats(*WEEKDAY_RULES, called=("Grease the harvester",), either=(at(7),)),
    ),
    case(
        "make the trail cameras every fortnight instead of weekly",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        untouched_except(0),
        seeds=(s("Check the trail cameras", due=D_SAT, recurrence="FREQ=WEEKLY;BYDAY=SA"),),
    ),
    # A roofer.
    case(
        "add check the tarps on the Elm Street job every night at 5",
        repeats(
            "FREQ=DAILY",
            called=("Check the tarps on the Elm Street job",),
            either=(at(17),),
        ),
    ),
    case(
        "put down invoice run every friday",
        repeats("FREQ=WEEKLY", called=("Invoice run",), either=(on("BYDAY=FR", "Friday"),)),
    ),
    case(
        "stop the ladders one repeating mate",
        one_of(0, recurrence=CLEARED),
        untouched_except(0),
        seeds=(s("Inspect the ladders", due=D_MON, recurrence="FREQ=WEEKLY;BYDAY=MO"),),
    ),
    # A small-scale cheesemaker.
    case(
        "Please add: turn the tommes every other day",
        repeats("FREQ=DAILY;INTERVAL=2", called=("Turn the tommes",)),
    ),
    case(
        "Add 'Brine the fetas' every Tuesday and Friday",
        repeats("FREQ=WEEKLY;BYDAY=TU,FR", called=("Brine the fetas",)),
    ),
    case(
        "Clean the vat needs doing every day now",
        repeats("FREQ=DAILY", task=0),
        untouched_except(0),
        seeds=(s("Clean the vat", due=D_FRI),),
    ),
    # A hill-walking club secretary.
    case(
        "Please add 'Post the walks programme' on the first Monday of every month.",
        repeats(
            "FREQ=MONTHLY;BYDAY=1MO",
            "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1",
            called=("Post the walks programme",),
        ),
    ),
    case(
        "Could you add a task to renew the club's insurance every year?",
        repeats("FREQ=YEARLY", called=("Renew the club's insurance",)),
    ),
    case(
        "Could the bothy logbook task repeat every three months, please?",
        repeats("FREQ=MONTHLY;INTERVAL=3", task=0),
        untouched_except(0),
        seeds=(s("Check the bothy logbook", due=D_SAT),),
    ),
    # An Afrikaans speaker's English.
    case(
        "Please add: feed the neighbour's dogs every day at 8 in the morning, ja",
        repeats("FREQ=DAILY", called=("Feed the neighbour's dogs",), either=(at(8),)),
    ),
    case(
        "Phone Oupa must stop repeating, he's moving in with us",
        one_of(0, recurrence=CLEARED),
        untouched_except(0),
        seeds=(s("Phone Oupa", due=D_SUN, recurrence="FREQ=WEEKLY;BYDAY=SU"),),
    ),
    # A Cockney market trader.
    case(
        "stick on: load the van every Wednesday and Saturday 4am",
        repeats("FREQ=WEEKLY;BYDAY=WE,SA", called=("Load the van",), either=(at(4),)),
    ),
    case(
        "the float one, make it every Saturday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SA", "Saturday"),)),
        untouched_except(0),
        seeds=(s("Top up the float", due=D_SAT),),
    ),
)

# 3. Statements of fact that mean "done"; negatives, plans and questions change nothing.
FACTS = (
    case("Council tax I paid already lah", *done(1), seeds=CANTO),
    case("Booked the yum cha for Ah Ma's birthday already", *done(2), seeds=CANTO),
    case("The turnip I not buy yet, Wing Yip got none", UNCHANGED, seeds=CANTO),
    case("Cheese on bread! De great cake bake and soaking in rum now", *done(1), seeds=BAJAN),
    case("I pay de BL&P bill dis morning", *done(0), seeds=BAJAN),
    case("I ain't iron de Independence shirt yet", UNCHANGED, seeds=BAJAN),
    case("I have talked with Skatteverket now, everything is lagom", *done(2), seeds=SWEDE),
    case("The lussekatter are baked, the kitchen smells fantastic", *done(0), seeds=SWEDE),
    case("Have I booked the julbord or not?", UNCHANGED, seeds=SWEDE),
    case("Beta laddoos made, Bunty will be so happy 😊", *done(2), seeds=NANI),
    case("Shagun sent to Pinky through Paytm", *done(0), seeds=NANI),
    case("Did I collect the BP tablets? I forget beta", UNCHANGED, seeds=NANI),
    case("Felling licence application went in this morning", *done(0), seeds=FOREST),
    case("Chainsaw chains are sharpened, all four", *done(1), seeds=FOREST),
    case("Tree guards still not ordered, supplier's shut", UNCHANGED, seeds=FOREST),
    case("scaffold's down, lads took it this morning", *done(2), seeds=ROOFER),
    case("sent mrs hughes her quote for the leak", *done(0), seeds=ROOFER),
    case("ridge tiles not ordered yet, merchants closed", UNCHANGED, seeds=ROOFER),
    case("The rennet's been ordered, arrives Tuesday", *done(0), seeds=CHEESE),
    case("Tommes all turned", *done(1), seeds=CHEESE),
    case("Did I book the EHO inspection?", UNCHANGED, seeds=CHEESE),
    case("The newsletter went out to all members this morning.", *done(0), seeds=HILLS),
    case("I have booked the minibus for the 12th.", *done(1), seeds=HILLS),
    case(
        "I intend to chase the membership renewals after the AGM.",
        UNCHANGED,
        seeds=HILLS,
    ),
    case("Ja, the bakkie's serviced, lekker", *done(2), seeds=AFRIK),
    case("Nee, haven't bought the boerewors yet, I'll go just now", UNCHANGED, seeds=AFRIK),
    case("Pitch fee's paid, guv", *done(0), seeds=COCKNEY),
    case("ain't fixed the gazebo yet, need a new pole", UNCHANGED, seeds=COCKNEY),
)

# 4. Priority, due dates, titles, notes and tags changed on existing tasks.
EDITS = (
    # A Cantonese speaker's English, in Manchester.
    case(
        "The council tax one very urgent now lah",
        state(1, priority="urgent"),
        untouched_except(1),
        seeds=CANTO,
    ),
    case(
        "BNO visa one push back one week",
        when(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Renew BNO visa", due=D_FRI),),
    ),
    case(
        "Rename 'Buy turnip' to 'Buy turnip and dried shrimp'",
        state(0, title="Buy turnip and dried shrimp"),
        untouched_except(0),
        seeds=("Buy turnip",),
    ),
    case(
        "Tag the yum cha one family",
        tagged("family", task=2),
        untouched_except(2),
        seeds=CANTO,
    ),
    # Bajan English.
    case(
        "Move de BL&P bill to Monday",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Pay de BL&P bill", due=D_FRI),),
    ),
    case(
        "De great cake ain't so important, put it low",
        state(1, priority="low"),
        untouched_except(1),
        seeds=BAJAN,
    ),
    case(
        "De Independence shirt one, take off de date",
        one_of(0, due=CLEARED),
        untouched_except(0),
        seeds=(s("Iron de Independence shirt", due=D_SAT),),
    ),
    case(
        "Buy sorrel is high priority now",
        state(0, priority="high"),
        untouched_except(0),
        seeds=(s("Buy sorrel", priority="low"),),
    ),
    # A Swedish speaker's English.
    case(
        "Could you move the julbord one day earlier?",
        when(TUESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Book the julbord", due=D_WED),),
    ),
    case(
        "Call Skatteverket is not so important any more, lower it please",
        lowered(0),
        untouched_except(0),
        seeds=(s("Call Skatteverket", priority="high"),),
    ),
    case(
        "Put a note on Buy glögg: the one without alcohol for Erik",
        described("without alcohol", task=0),
        untouched_except(0),
        seeds=("Buy glögg",),
    ),
    case(
        "Lussekatter must be moved to 12 December",
        when(SATURDAY_12_DEC, task=0),
        untouched_except(0),
        seeds=(s("Bake lussekatter", due=D_SAT),),
    ),
    # A Hindi-speaking grandmother.
    case(
        "beta laddoos make it tomorrow not monday",
        when(FRIDAY, task=0),
        untouched_except(0),
        seeds=(s("Make besan laddoos for Bunty", due=D_MON),),
    ),
    case(
        "BP tablets one is most important beta",
        one_of(1, priority=("high", "urgent")),
        untouched_except(1),
        seeds=NANI,
    ),
    case(
        "Change Call Sharma aunty to Call Sharma aunty and Verma aunty",
        state(0, title="Call Sharma aunty and Verma aunty"),
        untouched_except(0),
        seeds=("Call Sharma aunty",),
    ),
    case(
        "shagun one put 2 days later",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Send shagun to Pinky", due=D_SAT),),
    ),
    # A forester.
    case(
        "Felling licence can go back two weeks, the survey's late",
        when(FRIDAY_11_DEC, task=0),
        untouched_except(0),
        seeds=(s("Apply for the felling licence", due=D_FRI),),
    ),
    case(
        "Bump the tree guards up a notch",
        raised(2),
        untouched_except(2),
        seeds=FOREST,
    ),
    case(
        "Tag the Land Rover one with vehicles",
        tagged("vehicles", task=0),
        untouched_except(0),
        seeds=("Service the Land Rover",),
    ),
    case(
        "thinning in compartment 7 - due Monday instead",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Mark the thinning in compartment 7", due=D_TUE),),
    ),
    # A roofer.
    case(
        "mrs hughes's quote is urgent now, she's got water coming in",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=(s("Quote for Mrs Hughes's leak", priority="medium"),),
    ),
    case(
        "ridge tiles bring forward to tomorrow",
        when(FRIDAY, task=0),
        untouched_except(0),
        seeds=(s("Order ridge tiles", due=D_MON),),
    ),
    case(
        "call the guttering one 'Replace the guttering on Park Road'",
        state(0, title="Replace the guttering on Park Road"),
        untouched_except(0),
        seeds=("Fix the guttering on Park Road",),
    ),
    case(
        "scaffold job knock it back a week mate",
        when(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Get the scaffold taken down", due=D_FRI),),
    ),
    # A small-scale cheesemaker.
    case(
        "Could the EHO inspection move to Thursday 10 December?",
        when(THURSDAY_10_DEC, task=0),
        untouched_except(0),
        seeds=(s("Book the EHO inspection", due=D_TUE),),
    ),
    case(
        "Order rennet can drop to low priority",
        state(0, priority="low"),
        untouched_except(0),
        seeds=CHEESE,
    ),
    case(
        "Add a note to the farmers' market order: bring the spare cheese wire",
        described("spare cheese wire", task=0),
        untouched_except(0),
        seeds=("Pack the farmers' market order",),
    ),
    case(
        "Swap the dairy tag on the truckles for christmas",
        tagged("christmas", task=0, without=("dairy",)),
        untouched_except(0),
        seeds=(s("Wax the truckles", tags=["dairy"]),),
    ),
    # A hill-walking club secretary.
    case(
        "Please postpone the newsletter by one week.",
        when(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Send out the newsletter", due=D_FRI),),
    ),
    case(
        "The Christmas meal booking is rather urgent now, please raise its priority.",
        raised(0),
        untouched_except(0),
        seeds=(s("Book the Christmas meal", priority="low"),),
    ),
    case(
        "The route cards no longer have a deadline; please remove the due date.",
        one_of(0, due=CLEARED),
        untouched_except(0),
        seeds=(s("Print the route cards", due=D_SAT),),
    ),
    case(
        "Please tag both the OS maps task and the first aid kits task with kit.",
        tagged("kit", task=0),
        tagged("kit", task=1),
        untouched_except(0, 1),
        seeds=("Renew the OS maps", "Check the first aid kits"),
    ),
    # An Afrikaans speaker's English.
    case(
        "Move the passport one to Wednesday, ja",
        when(WEDNESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Renew my passport at the consulate", due=D_MON),),
    ),
    case(
        "Ag, the rusks can wait, make it low",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("Buy rusks for Oupa", priority="high"),),
    ),
    case(
        "Rename 'Make koeksisters' to 'Make koeksisters with Ouma'",
        state(0, title="Make koeksisters with Ouma"),
        untouched_except(0),
        seeds=("Make koeksisters",),
    ),
    # A Cockney market trader.
    case(
        "wholesaler run, shove it to saturday",
        when(SATURDAY, task=0),
        untouched_except(0),
        seeds=(s("Pick up stock from the wholesaler", due=D_FRI),),
    ),
    case(
        "pitch fee's top priority now guv",
        one_of(0, priority=("high", "urgent")),
        untouched_except(0),
        seeds=("Pay the pitch fee",),
    ),
    case(
        "gazebo can go back a couple of days",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Fix the gazebo", due=D_SAT),),
    ),
)

# 5. Reminders set, moved or cleared on existing tasks; the due date stays as it was.
REMINDERS = (
    # A Cantonese speaker's English, in Manchester.
    case(
        "Remind me about the yum cha booking tmr 10am ah",
        reminded(FRIDAY, task=0, hours=[10]),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Book yum cha for Ah Ma's birthday", due=D_SUN),),
    ),
    case(
        "Council tax one, remind me one hour before",
        state(0, reminder=spoken(MONDAY, "11:00"), due=spoken(MONDAY, "12:00")),
        nothing_added(),
        seeds=(s("Pay the council tax", due=berlin(D_MON, "12:00")),),
    ),
    case(
        "BNO visa remind me the day before",
        reminded(THURSDAY_NEXT, task=0),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Renew BNO visa", due=D_FRI_NEXT),),
    ),
    case(
        "No need remind me the turnip one",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Buy turnip for lo bak go", due=D_SAT, reminder=berlin(D_FRI, "18:00")),),
    ),
    # Bajan English.
    case(
        "Gimme a shout 'bout de BL&P bill Sunday at 7 in de evening",
        reminded(SUNDAY, task=0, hours=[19]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Pay de BL&P bill", due=D_MON),),
    ),
    case(
        "Remind me half hour before picking up Granny from church",
        state(0, reminder=spoken(SUNDAY, "11:00"), due=spoken(SUNDAY, "11:30")),
        nothing_added(),
        seeds=(s("Pick up Granny from church", due=berlin(D_SUN, "11:30")),),
    ),
    case(
        "Remind me 'bout de Independence shirt tonight at 9",
        reminded(TODAY, task=0, hours=[21]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Iron de Independence shirt", due=D_MON),),
    ),
    case(
        "Move de great cake reminder to Friday at 5 in de evening",
        reminded(FRIDAY, task=0, hours=[17]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Bake de great cake", due=D_SAT, reminder=berlin(D_FRI, "09:00")),),
    ),
    # A Swedish speaker's English.
    case(
        "Please set a reminder for Call Skatteverket, Monday at 9",
        reminded(MONDAY, task=0, hours=[9]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Call Skatteverket", due=D_MON),),
    ),
    case(
        "I want a reminder for the julbord 2 hours before",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "12:00"), due=spoken(WEDNESDAY_NEXT, "14:00")),
        nothing_added(),
        seeds=(s("Book the julbord", due=berlin(D_WED, "14:00")),),
    ),
    case(
        "Remind me about the lussekatter over-tomorrow at 10",
        reminded(SATURDAY, task=0, hours=[10]),
        state(0, due=SUNDAY_13_DEC),
        nothing_added(),
        seeds=(s("Bake lussekatter for Lucia", due=D_LUCIA),),
    ),
    case(
        "Take away the reminder from Buy glögg, tack",
        one_of(0, reminder=CLEARED),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Buy glögg", due=D_FRI, reminder=berlin(D_FRI, "08:00")),),
    ),
    # A Hindi-speaking grandmother.
    case(
        "beta remind me BP tablets tomorrow 9 o clock morning",
        reminded(FRIDAY, task=0, hours=[9]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(s("Collect BP tablets from chemist", due=D_FRI),),
    ),
    case(
        "remind me 15 minutes before the video call with Bunty",
        state(0, reminder=spoken(SUNDAY, "16:45"), due=spoken(SUNDAY, "17:00")),
        nothing_added(),
        seeds=(s("Video call with Bunty", due=berlin(D_SUN, "17:00")),),
    ),
    case(
        "Pinky shagun remind me friday evening 6",
        reminded(FRIDAY, task=0, hours=[18]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Send shagun to Pinky", due=D_SAT),),
    ),
    case(
        "laddoos reminder change to sunday 4 pm beta",
        reminded(SUNDAY, task=0, hours=[16]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Make besan laddoos for Bunty", due=D_MON, reminder=berlin(D_SUN, "10:00")),),
    ),
    # A forester.
    case(
        "Give me a nudge about the felling licence Monday at 8",
        reminded(MONDAY, task=0, hours=[8]),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Apply for the felling licence", due=D_FRI_NEXT),),
    ),
    case(
        "Remind me 30 minutes before the timber lorry",
        state(0, reminder=spoken(TUESDAY_NEXT, "06:30"), due=spoken(TUESDAY_NEXT, "07:00")),
        nothing_added(),
        seeds=(s("Meet the timber lorry at the stacker", due=berlin(D_TUE, "07:00")),),
    ),
    case(
        "deer cull count: reminder the evening before",
        reminded(FRIDAY, task=0, hours=EVENING),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Deer cull count", due=D_SAT),),
    ),
    case(
        "Drop the reminder on the chainsaw chains",
        one_of(0, reminder=CLEARED),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Sharpen the chainsaw chains", due=D_MON, reminder=berlin(D_MON, "07:00")),),
    ),
    # A roofer.
    case(
        "remind me bout mrs hughes's quote sunday night 8",
        reminded(SUNDAY, task=0, hours=[20]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Quote for Mrs Hughes's leak", due=D_MON),),
    ),
    case(
        "cherry picker - remind me an hour before",
        state(0, reminder=spoken(FRIDAY, "07:00"), due=spoken(FRIDAY, "08:00")),
        nothing_added(),
        seeds=(s("Collect the cherry picker", due=berlin(D_FRI, "08:00")),),
    ),
    case(
        "ping me about the ridge tiles two days before",
        reminded(MONDAY, task=0),
        state(0, due=WEDNESDAY_NEXT),
        nothing_added(),
        seeds=(s("Order ridge tiles", due=D_WED),),
    ),
    case(
        "scaffold reminder, move it to 7am saturday",
        reminded(SATURDAY, task=0, hours=[7]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Get the scaffold taken down", due=D_SAT, reminder=berlin(D_FRI, "16:00")),),
    ),
    # A small-scale cheesemaker.
    case(
        "Please remind me about the EHO inspection on Tuesday at 11",
        reminded(TUESDAY_NEXT, task=0, hours=[11]),
        state(0, due=THURSDAY_NEXT),
        nothing_added(),
        seeds=(s("Book the EHO inspection", due=D_THU),),
    ),
    case(
        "Remind me 45 minutes before the deli one",
        state(0, reminder=spoken(SATURDAY, "08:15"), due=spoken(SATURDAY, "09:00")),
        nothing_added(),
        seeds=(s("Deliver to the deli", due=berlin(D_SAT, "09:00")),),
    ),
    case(
        "Nudge me about turning the tommes on Sunday at 7am",
        reminded(SUNDAY, task=0, hours=[7]),
        state(0, due=SUNDAY),
        nothing_added(),
        seeds=(s("Turn the tommes", due=D_SUN),),
    ),
    case(
        "I don't need the rennet reminder any more",
        one_of(0, reminder=CLEARED),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Order rennet", due=D_MON, reminder=berlin(D_MON, "09:00")),),
    ),
    # A hill-walking club secretary.
    case(
        "Would you remind me about the newsletter on Sunday at 6pm?",
        reminded(SUNDAY, task=0, hours=[18]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Send out the newsletter", due=D_MON),),
    ),
    case(
        "Please remind me about the Christmas meal numbers three days beforehand.",
        reminded(TUESDAY_NEXT, task=0),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Confirm numbers for the Christmas meal", due=D_FRI_NEXT),),
    ),
    case(
        "A reminder for the minibus keys 20 minutes before, please.",
        state(0, reminder=spoken(SATURDAY, "07:10"), due=spoken(SATURDAY, "07:30")),
        nothing_added(),
        seeds=(s("Collect the minibus keys", due=berlin(D_SAT, "07:30")),),
    ),
    case(
        "Please move the membership renewals reminder to Wednesday at noon.",
        reminded(WEDNESDAY_NEXT, task=0, hours=[12]),
        state(0, due=WEDNESDAY_NEXT),
        nothing_added(),
        seeds=(s("Chase membership renewals", due=D_WED, reminder=berlin(D_TUE, "10:00")),),
    ),
    # An Afrikaans speaker's English.
    case(
        "Remind me about the passport on Wednesday at 2 in the afternoon",
        reminded(WEDNESDAY_NEXT, task=0, hours=[14]),
        state(0, due=THURSDAY_NEXT),
        nothing_added(),
        seeds=(s("Renew my passport at the consulate", due=D_THU),),
    ),
    case(
        "For the braai, remind me an hour before, ja",
        state(0, reminder=spoken(SATURDAY, "16:00"), due=spoken(SATURDAY, "17:00")),
        nothing_added(),
        seeds=(s("Light the braai", due=berlin(D_SAT, "17:00")),),
    ),
    case(
        "Nee, no reminder for the bakkie, take it off",
        one_of(0, reminder=CLEARED),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Service the bakkie", due=D_TUE, reminder=berlin(D_MON, "09:00")),),
    ),
    # A Cockney market trader.
    case(
        "give us a bell about the pitch fee sunday 6 o'clock evening",
        reminded(SUNDAY, task=0, hours=[18]),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Pay the pitch fee", due=D_MON),),
    ),
    case(
        "wholesaler - remind me half hour before",
        state(0, reminder=spoken(SATURDAY, "04:30"), due=spoken(SATURDAY, "05:00")),
        nothing_added(),
        seeds=(s("Pick up stock from the wholesaler", due=berlin(D_SAT, "05:00")),),
    ),
    case(
        "street trading licence, remind me a week before",
        reminded(FRIDAY, task=0),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Renew the street trading licence", due=D_FRI_NEXT),),
    ),
)

# 6. Questions about a window of days, a tag, what is overdue and what is done.
WINDOWS = (
    # A Cantonese speaker's English, in Manchester.
    case(
        "Today what I need to do ah?",
        says("turnip"),
        lacks("council tax"),
        UNCHANGED,
        seeds=(s("Buy turnip", due=D_TODAY), s("Pay the council tax", due=D_MON)),
    ),
    case(
        "This weekend got anything?",
        says("yum cha"),
        lacks("BNO"),
        UNCHANGED,
        seeds=(s("Book yum cha", due=D_SAT), s("Renew BNO visa", due=D_FRI_NEXT)),
    ),
    case(
        "Anything I forget, overdue already?",
        says("landlord"),
        lacks("council tax", "red packets"),
        UNCHANGED,
        seeds=(
            s("Ring the landlord", due="2026-11-20"),
            s("Pay the council tax", due=D_MON),
            s("Buy red packets", "completed", due="2026-11-19"),
        ),
    ),
    case(
        "Next week what I have?",
        says("Wing Yip"),
        lacks("yum cha"),
        UNCHANGED,
        seeds=(s("Order from Wing Yip", due=D_WED), s("Book yum cha", due="2026-12-20")),
    ),
    # Bajan English.
    case(
        "Wuh I got tomorrow?",
        says("BL&P"),
        lacks("great cake"),
        UNCHANGED,
        seeds=(s("Pay de BL&P bill", due=D_FRI), s("Bake de great cake", due=D_SAT)),
    ),
    case(
        "Anyting on Monday?",
        says("Independence shirt"),
        lacks("sorrel"),
        UNCHANGED,
        seeds=(s("Iron de Independence shirt", due=D_MON), s("Buy sorrel", due=D_FRI)),
    ),
    case(
        "Wuh I got in December?",
        says("jug jug"),
        lacks("BL&P", "grass"),
        UNCHANGED,
        seeds=(
            s("Make de jug jug", due="2026-12-20"),
            s("Pay de BL&P bill", due=D_FRI),
            s("Cut de grass", "deleted", due="2026-12-10"),
        ),
    ),
    case(
        "Wuh I done finish so far?",
        says("BL&P"),
        lacks("great cake"),
        UNCHANGED,
        seeds=(s("Pay de BL&P bill", "completed"), s("Bake de great cake")),
    ),
    # A Swedish speaker's English.
    case(
        "Hej, what is on for today?",
        says("Skatteverket"),
        lacks("julbord"),
        UNCHANGED,
        seeds=(s("Call Skatteverket", due=D_TODAY), s("Book the julbord", due=D_SAT)),
    ),
    case(
        "What is on the 13th of December?",
        says("lussekatter"),
        lacks("glögg"),
        UNCHANGED,
        seeds=(s("Bake lussekatter", due=D_LUCIA), s("Buy glögg", due=D_FRI)),
    ),
    case(
        "What do I have over-tomorrow?",
        says("julbord"),
        lacks("Skatteverket", "glögg"),
        UNCHANGED,
        seeds=(
            s("Book the julbord", due=D_SAT),
            s("Call Skatteverket", due=D_MON),
            s("Buy glögg", due=D_FRI),
        ),
    ),
    case(
        "Show me what is tagged family",
        says("pepparkakor"),
        lacks("Skatteverket"),
        UNCHANGED,
        seeds=(
            s("Send pepparkakor to mormor", due=D_TUE, tags=["family"]),
            s("Call Skatteverket", due=D_MON, tags=["papers"]),
        ),
    ),
    # A Hindi-speaking grandmother.
    case(
        "beta what is tomorrow for me",
        says("BP tablets"),
        lacks("shagun"),
        UNCHANGED,
        seeds=(s("Collect BP tablets", due=D_FRI), s("Send shagun to Pinky", due=D_SAT)),
    ),
    case(
        "anything I missed beta? old ones not done",
        says("laddoos"),
        lacks("Sharma"),
        UNCHANGED,
        seeds=(s("Make besan laddoos", due="2026-11-22"), s("Call Sharma aunty", due=D_MON)),
    ),
    case(
        "what all I finished beta",
        says("shagun", "Sharma"),
        lacks("laddoos"),
        UNCHANGED,
        seeds=(
            s("Send shagun to Pinky", "completed"),
            s("Make besan laddoos"),
            s("Call Sharma aunty", "completed"),
        ),
    ),
    case(
        "sunday what is there?",
        says("Bunty"),
        lacks("BP tablets"),
        UNCHANGED,
        seeds=(s("Video call with Bunty", due=D_SUN), s("Collect BP tablets", due=D_FRI)),
    ),
    # A forester.
    case(
        "What've I got on today before I head up the forest?",
        says("Walk the rides"),
        lacks("tree guards"),
        UNCHANGED,
        seeds=(s("Walk the rides", due=D_TODAY), s("Order tree guards", due=D_WED)),
    ),
    case(
        "What's tagged kit?",
        says("chainsaw"),
        lacks("felling"),
        UNCHANGED,
        seeds=(
            s("Sharpen the chainsaw chains", due=D_TUE, tags=["kit"]),
            s("Apply for the felling licence", due=D_FRI),
        ),
    ),
    case(
        "Anything on between Monday and Wednesday for the crew?",
        says("timber lorry"),
        lacks("deer cull"),
        UNCHANGED,
        seeds=(s("Meet the timber lorry", due=D_TUE), s("Deer cull count", due="2026-12-19")),
    ),
    case(
        "What have I let go overdue?",
        says("Land Rover"),
        lacks("felling", "thinning"),
        UNCHANGED,
        seeds=(
            s("Service the Land Rover", due="2026-11-18"),
            s("Apply for the felling licence", due=D_FRI_NEXT),
            s("Mark the thinning", "completed", due="2026-11-16"),
        ),
    ),
    # A roofer.
    case(
        "whats on monday",
        says("Hughes"),
        lacks("ridge"),
        UNCHANGED,
        seeds=(s("Quote for Mrs Hughes's leak", due=D_MON), s("Order ridge tiles", due=D_FRI)),
    ),
    case(
        "anything on this weekend",
        says("number 14"),
        lacks("Patels"),
        UNCHANGED,
        seeds=(
            s("Strip the roof at number 14", due=D_SAT),
            s("Invoice the Patels", due="2026-12-16"),
        ),
    ),
    case(
        "what's on over the next 3 days",
        says("scaffold"),
        lacks("ridge", "guttering"),
        UNCHANGED,
        seeds=(
            s("Get the scaffold taken down", due=D_FRI),
            s("Order ridge tiles", due="2026-12-09"),
            s("Fix the guttering", due="2026-12-12"),
        ),
    ),
    case(
        "what jobs have i finished",
        says("Hughes"),
        lacks("ridge"),
        UNCHANGED,
        seeds=(s("Quote for Mrs Hughes's leak", "completed"), s("Order ridge tiles")),
    ),
    # A small-scale cheesemaker.
    case(
        "What have I got on Wednesday?",
        says("Neal's Yard"),
        lacks("truckles"),
        UNCHANGED,
        seeds=(s("Pack the Neal's Yard order", due=D_WED), s("Wax the truckles", due=D_SAT)),
    ),
    case(
        "What have I got due before Christmas?",
        says("EHO"),
        lacks("cheesecloth"),
        UNCHANGED,
        seeds=(
            s("Book the EHO inspection", due=D_FRI_NEXT),
            s("Order new cheesecloth", due="2027-01-12"),
        ),
    ),
    case(
        "What's left for today in the dairy?",
        says("tommes"),
        lacks("vat", "rennet"),
        UNCHANGED,
        seeds=(
            s("Turn the tommes", due=D_TODAY),
            s("Order rennet"),
            s("Clean the vat", "deleted", due=D_TODAY),
        ),
    ),
    case(
        "Is anything overdue?",
        says("EHO"),
        lacks("deli"),
        UNCHANGED,
        seeds=(s("Deliver to the deli", due=D_THU), s("Book the EHO inspection", due="2026-11-21")),
    ),
    # A hill-walking club secretary.
    case(
        "What is due next week, please?",
        says("newsletter", "minibus"),
        lacks("AGM"),
        UNCHANGED,
        seeds=(
            s("Send out the newsletter", due=D_TUE),
            s("Book the minibus", due=D_THU),
            s("Draft the AGM agenda", due="2027-01-15"),
        ),
    ),
    case(
        "Could you tell me what falls in January?",
        says("insurance"),
        lacks("Christmas meal"),
        UNCHANGED,
        seeds=(
            s("Book the Christmas meal", due="2026-12-10"),
            s("Renew the club's insurance", due="2027-01-08"),
        ),
    ),
    case(
        "What do I have on Friday, please?",
        says("route cards"),
        lacks("first aid"),
        UNCHANGED,
        seeds=(s("Print the route cards", due=D_FRI), s("Check the first aid kits", due=D_TUE)),
    ),
    case(
        "Which tasks have I completed so far?",
        says("renewals", "newsletter"),
        lacks("minibus"),
        UNCHANGED,
        seeds=(
            s("Chase membership renewals", "completed"),
            s("Send out the newsletter", "completed"),
            s("Book the minibus"),
        ),
    ),
    # An Afrikaans speaker's English.
    case(
        "What's on for Saturday, ja?",
        says("boerewors"),
        lacks("passport"),
        UNCHANGED,
        seeds=(s("Buy boerewors for the braai", due=D_SAT), s("Renew my passport", due=D_THU)),
    ),
    case(
        "Anything for today, or can I relax?",
        says("Ouma"),
        lacks("bakkie"),
        UNCHANGED,
        seeds=(s("Phone Ouma", due=D_TODAY), s("Service the bakkie", due=D_TUE)),
    ),
    case(
        "Eish, am I behind with anything?",
        says("rusks"),
        lacks("bakkie"),
        UNCHANGED,
        seeds=(s("Buy rusks", due="2026-11-24"), s("Service the bakkie", due=D_TUE)),
    ),
    # A Cockney market trader.
    case(
        "what's on tomorrer",
        says("wholesaler"),
        lacks("pitch"),
        UNCHANGED,
        seeds=(
            s("Pick up stock from the wholesaler", due=D_FRI),
            s("Pay the pitch fee", due=D_MON),
        ),
    ),
    case(
        "what's on this week guv",
        says("gazebo"),
        lacks("licence"),
        UNCHANGED,
        seeds=(
            s("Fix the gazebo", due=D_SAT),
            s("Renew the street trading licence", due="2026-12-18"),
        ),
    ),
    case(
        "show us the stall ones",
        says("carrier bags"),
        lacks("council"),
        UNCHANGED,
        seeds=(
            s("Stock up on carrier bags", tags=["stall"]),
            s("Pay the council", tags=["admin"]),
        ),
    ),
)

# 7. Messages that lean on earlier ones.
FOLLOW_UPS = (
    # A Cantonese speaker's English, in Manchester.
    case(
        "and make it high priority lah",
        bears("Buy dried scallops for Ah Ma", priority="high"),
        before="help me add buy dried scallops for Ah Ma",
    ),
    case("second one I done already", *done(1), seeds=CANTO, before=SHOWN),
    case(
        "the landlord one lah",
        *done(1),
        seeds=("Call Auntie Lee", "Call the landlord"),
        before="the call one done",
    ),
    case(
        "aiya no, monday not friday",
        when(MONDAY, title="Renew BNO visa"),
        before="add renew BNO visa on friday",
    ),
    # Bajan English.
    case(
        "Nah, Sunday, not Saturday",
        when(SUNDAY, title="Cut de grass"),
        before="Add cut de grass Saturday",
    ),
    case("De last one done", *done(0), seeds=BAJAN, before=SHOWN),
    case(
        "Wait nuh, I ain't pay it yet, undo dat",
        called("reopen_task"),
        state(0, status="pending"),
        seeds=("Pay de BL&P bill",),
        before="I pay de BL&P bill",
    ),
    # A Swedish speaker's English.
    case(
        "And put the tag fika on it",
        bears("Buy saffron for the lussekatter", "Buy saffron", tags=(["fika"],)),
        before="Please add buy saffron for the lussekatter",
    ),
    case(
        "Delete the first one, tack",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=SWEDE,
        before=SHOWN,
    ),
    case(
        "Oj, no, bring it back",
        called("restore_task"),
        state(0, status="pending"),
        seeds=("Book the julbord",),
        before="delete Book the julbord",
    ),
    case(
        "Also make it important",
        bears("Call mormor", priority=("high", "urgent")),
        before="Add call mormor on Sunday",
    ),
    # A Hindi-speaking grandmother.
    case(
        "put it on saturday beta",
        when(SATURDAY, title="Buy mithai for Bunty's birthday"),
        before="beta add buy mithai for Bunty's birthday",
    ),
    case(
        "middle one delete beta",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=NANI,
        before=SHOWN,
    ),
    case(
        "no no beta cancel that, my son will do it",
        called("delete_task"),
        gone("Call the plumber about kitchen tap"),
        before="add call the plumber about kitchen tap",
    ),
    # A forester.
    case(
        "and note on it: combination is on the board at the depot",
        described("combination", title="Replace the ride gate padlock"),
        before="Add replace the ride gate padlock",
    ),
    case("top one's done", *done(2), seeds=FOREST, before=SHOWN),
    case(
        "undo that",
        called("update_task"),
        state(0, priority="none"),
        seeds=("Order bar oil",),
        before="make order bar oil urgent",
    ),
    # A roofer.
    case(
        "make it urgent mate",
        bears("Pick up lead from the merchants", priority="urgent"),
        before="add pick up lead from the merchants tmrw",
    ),
    case(
        "bottom one, rename to Quote for Mrs Hughes's roof",
        state(0, title="Quote for Mrs Hughes's roof"),
        untouched_except(0),
        seeds=ROOFER,
        before=SHOWN,
    ),
    case(
        "the felt one's done",
        *done(1),
        seeds=("Order ridge tiles", "Order felt"),
        before="find the order ones",
    ),
    # A small-scale cheesemaker.
    case(
        "Sorry, I meant Saturday, not Friday",
        when(SATURDAY, title="Deliver the Christmas boxes to the farm shop"),
        before="Please add deliver the Christmas boxes to the farm shop on Friday",
    ),
    case(
        "Oh no, I haven't actually ordered it, put it back",
        called("reopen_task"),
        state(0, status="pending"),
        seeds=("Order rennet",),
        before="Order rennet is done",
    ),
    case(
        "The first and the second are both done",
        *done(1, 2),
        seeds=CHEESE,
        before=SHOWN,
    ),
    # A hill-walking club secretary.
    case(
        "Please tag it trips as well.",
        bears("Book the bunkhouse for the January weekend", tags=(["trips"],)),
        before="Please add a task to book the bunkhouse for the January weekend",
    ),
    case("Would you mark the third one as done?", *done(0), seeds=HILLS, before=SHOWN),
    case(
        "Sorry, I meant the newsletter, not the route cards.",
        called("restore_task"),
        state(0, status="deleted"),
        state(1, status="pending"),
        seeds=("Send out the newsletter", "Print the route cards"),
        before="delete the route cards task",
    ),
    case(
        "Actually, please remove that; the treasurer has one.",
        called("delete_task"),
        gone("Buy a new compass for the club"),
        before="Please add 'Buy a new compass for the club'",
    ),
    # An Afrikaans speaker's English.
    case(
        "Ja, and make it for Friday",
        when(FRIDAY, title="Buy biltong"),
        before="Add buy biltong",
    ),
    case("The middle one is sorted, ja", *done(1), seeds=AFRIK, before=SHOWN),
    case(
        "Nee wait, bring it back!",
        called("restore_task"),
        state(0, status="pending"),
        seeds=("Service the bakkie",),
        before="delete the bakkie one",
    ),
    # A Cockney market trader.
    case(
        "make that urgent an' all",
        bears("Get a new float tin", priority="urgent"),
        before="stick on the list: get a new float tin",
    ),
    case("last one's sorted", *done(0), seeds=COCKNEY, before=SHOWN),
    case(
        "nah, scrap that, undo it",
        called("update_task"),
        one_of(0, due=CLEARED),
        seeds=("Pay the pitch fee",),
        before="move the pitch fee to monday",
    ),
)

# 8. The contract's natural-language table, in the voices' words.
TABLE = (
    case("Add a task to buy dried shrimp", fresh("Buy dried shrimp")),
    case(
        "What still pending ah?",
        says("council tax"),
        lacks("turnip"),
        UNCHANGED,
        seeds=(s("Pay the council tax"), s("Buy turnip", "completed")),
    ),
    case("Show me all my tings", says(*BAJAN), UNCHANGED, seeds=BAJAN),
    case(
        "Delete de sorrel task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Buy sorrel", "Pay de BL&P bill"),
    ),
    case(
        "Mark task {0} as done, tack",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Call Skatteverket",),
    ),
    case(
        "Change task {0} to 'Call Skatteverket about the personnummer'",
        state(0, title="Call Skatteverket about the personnummer"),
        untouched_except(0),
        seeds=("Call Skatteverket",),
    ),
    case("beta I need to remember to pay the milkman", fresh("Pay the milkman")),
    case(
        "what I have completed beta",
        says("shagun"),
        lacks("Sharma"),
        UNCHANGED,
        seeds=(s("Send shagun to Pinky", "completed"), s("Call Sharma aunty")),
    ),
    case(
        "Find the chainsaw one",
        says("chainsaw"),
        lacks("tree guards"),
        UNCHANGED,
        seeds=("Sharpen the chainsaw chains", "Order tree guards"),
    ),
    case(
        "Which tags have I got on the jobs?",
        says("planting", "kit"),
        UNCHANGED,
        seeds=(
            s("Order tree guards", tags=["planting"]),
            s("Sharpen the chainsaw chains", tags=["kit"]),
        ),
    ),
    case(
        "reopen the ridge tiles one",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Order ridge tiles", "completed"),),
    ),
    case(
        "bring back the guttering task i deleted",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Fix the guttering", "deleted"),),
    ),
    case(
        "Please tag the rennet task with suppliers",
        tagged("suppliers", task=0),
        untouched_except(0),
        seeds=("Order rennet", "Turn the tommes"),
    ),
    case("Could you list everything on my plate?", says(*CHEESE), UNCHANGED, seeds=CHEESE),
    case("Please mark 'Send out the newsletter' as complete.", *done(0), seeds=HILLS),
    case(
        "Restore the minibus task; I deleted it by mistake.",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Book the minibus", "deleted"),),
    ),
    case(
        "Please delete the biltong task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Buy biltong", "Phone Ouma"),
    ),
    case(
        "Search for Ouma",
        says("Ouma"),
        lacks("bakkie"),
        UNCHANGED,
        seeds=("Phone Ouma", "Service the bakkie"),
    ),
    case(
        "what's still outstanding guv?",
        says("pitch fee"),
        lacks("gazebo"),
        UNCHANGED,
        seeds=(s("Pay the pitch fee"), s("Fix the gazebo", "completed")),
    ),
)

# 9. Messages that must change nothing: chit-chat, what the assistant cannot do, ambiguity.
SAFETY = (
    case("Aiya, so cold in Manchester today, raining again", UNCHANGED, seeds=CANTO),
    case("What time Wing Yip close on Sunday?", UNCHANGED, seeds=CANTO),
    case(
        "Pay one done already",
        UNCHANGED,
        says("council tax", "phone bill"),
        seeds=("Pay the council tax", "Pay the phone bill"),
    ),
    case("Wha happenin? Crop Over did sweet dis year", UNCHANGED, seeds=BAJAN),
    case("How much Bajan dollars is 50 US?", UNCHANGED, seeds=BAJAN),
    case("Done.", UNCHANGED, seeds=BAJAN),
    case("Tack så mycket, you are jättebra!", UNCHANGED, seeds=SWEDE),
    case(
        "Delete the book one",
        UNCHANGED,
        says("julbord", "dentist"),
        seeds=("Book the julbord", "Book the dentist"),
    ),
    case("God bless you beta, you are very helpful 🙏", UNCHANGED, seeds=NANI),
    case("beta what is the weather in Delhi", UNCHANGED, seeds=NANI),
    case("delete the doctor task", UNCHANGED, seeds=NANI),
    case("Saw a pine marten by the stacker this morning", UNCHANGED, seeds=FOREST),
    case(
        "The order's done",
        UNCHANGED,
        says("tree guards", "bar oil"),
        seeds=("Order tree guards", "Order bar oil"),
    ),
    case("rained off again, absolute washout", UNCHANGED, seeds=ROOFER),
    case("how many slates do I need for 40 square metres", UNCHANGED, seeds=ROOFER),
    case("bin it", UNCHANGED, seeds=ROOFER),
    case("The new blue has come out beautifully veined.", UNCHANGED, seeds=CHEESE),
    case(
        "I might have turned the tommes, I honestly can't remember",
        UNCHANGED,
        seeds=CHEESE,
    ),
    case(
        "What a splendid walk we had on Sunday; the views from the top were glorious.",
        UNCHANGED,
        seeds=HILLS,
    ),
    case("What will the weather be on Kinder Scout on Saturday?", UNCHANGED, seeds=HILLS),
    case("Lekker braai last night, baie dankie for asking", UNCHANGED, seeds=AFRIK),
    case(
        "Phone one is done",
        UNCHANGED,
        says("Ouma", "consulate"),
        seeds=("Phone Ouma", "Phone the consulate"),
    ),
    case("blimey, the market was heaving today", UNCHANGED, seeds=COCKNEY),
    case("might get rid of the gazebo job, dunno yet", UNCHANGED, seeds=COCKNEY),
)

HELD_OUT_EIGHTEENTH: tuple[Case, ...] = (
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
