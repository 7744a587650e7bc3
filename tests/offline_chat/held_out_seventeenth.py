"""A seventeenth held-out set of everyday requests to the chat, written apart from the engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py`` past its helpers, ``second_voice.py`` to ``tenth_voice.py``,
``held_out.py`` to ``held_out_fifteenth.py``, nor ``held_out_sixteenth.py``, written at the
same time by someone else): only their imports, helpers, constants and module docstrings. They
were written before the changes that will be scored against them, from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section and its natural-language
table), from the tools' arguments (``docs/mcp.md``), from how a conversation is played
(``conftest.py``) and from what an ordinary user of a task manager would expect. No sentence
was run through the engine while writing, no scoring test was run, and none is ever tuned
against, sentence by sentence: a miss here is a miss to report, not an expectation to adjust.
The sentences were compared with those of the earlier sets only as strings, by a program, so
that few of them coincide.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: Glaswegian Scots ("aye", "wee", "the messages" for the shopping, "the morra", "the
day" for today, "gonnae", "tae", "aboot", "afore", "noo", "nae", "huvnae", "naw", "haud on",
"yin", "pure" for "very", "baltic" for cold, the weans, the panto, the factor and the close
light, the council tax, the MOT on the motor, Lidl); a Vietnamese speaker's English (dropped
articles and verbs, "please help me add", "you help me write down", "I finish already", "I not
renew yet", "I make mistake", "Next week I have what tasks?", "cảm ơn nhiều", Má, Cô Lan, Tết,
bánh chưng, red envelopes for lì xì, the kumquat tree, the Vietnamese embassy, phở spices);
Appalachian English ("reckon", "might could", "holler at me", "afore", "a right smart", "them
beans is", "carried" for "took", "directly" for "soon", "ain't", "what all", "praise be",
"Tuesday week", Mamaw, kindling for the woodstove, canning green beans, the church homecoming
and the singing, the propane man, the henhouse, the creek); a sailor on a long delivery trip
(the watermaker, the EPIRB registration, the crew list for customs, the liferaft, the rigging,
the bilge alarm, the AIS transponder, provisioning, "0800", "UTC", "1 hr prior", "log a job",
"adrift", "squared away", "found a spare aboard", Falmouth, wind and tide); a hospice chaplain
writing gently ("When you have a moment", "I would be grateful", "Would you kindly", "a gentle
reminder", "let go of the reminder", "if I may ask", Mrs Kowalski in room 4, the Okafor and
Harper families, the memorial service readings, the bereavement group, the remembrance book
and its candle, the quiet room); a stand-up comedian who mixes jokes with requests (the tight
five, the agent, the Fringe application, the open mic at the Stand, the Red Lion gig, the
rehearsal room, the mic stand, "bombed", the green room, the podcast); a secondary-school head
of science (the techs, risk assessments and CLEAPSS, the fume cupboards, the Year 10
chemicals, the eyewash stations, the prep room stocktake, the KS3 scheme of work, the Year 11
mocks and practical catch-up, cover work, Ofsted, goggles for Year 7); a small-town pharmacist
who owns the pharmacy (the wholesaler and a shortage, the GPhC registration and CPD, Mr
Dawson's blister packs, a locum, the flu clinic, the fridge temperatures, the NHS claim, the
controlled drugs balance check, returned medicines, sharps bins); a gig-economy food courier
on an e-bike, in lowercase ("pls", "tmrw", "u", "lol", "tbh", "smh", "sat", "sun", "prio",
"wot", the battery, the back tyre, the thermal bag, slots, tips on the tax return, batched
orders); and an Australian sheep shearer ("g'day", "arvo", "reckon", "heaps", "chuck on",
"mate", "give us", "bugger", "knocked off", "Monday week", the rego on the ute, the combs and
cutters, the handpiece, the cocky at Bungaree, the servo, smoko, the shed, the footy, the
esky). Some of them have kin in the earlier sets, and are other people: the sailor is not the
retired merchant-navy sailor of ``held_out_eighth.py`` pottering in his own boat but a crew
taking someone else's yacht across an ocean; the pharmacist is not that set's hospital
pharmacist but the owner of a high-street pharmacy; the courier is not the van driver of
``held_out_ninth.py`` but a rider on an e-bike; and the Scots and Australian words of
``eighth_voice.py``, one voice among many there, are here whole voices of their own.

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("gonnae put on my list tae", "Stick a wee
   note on the list:", "Can ye add '...' for", "Remind me tae", "Please help me add task:",
   "You help me write down:", "Please add: ..., note:", "I need remember ..., please add", "you
   might could put down for me to", "Holler at me to", "Put '...' on my list for ..., and tag
   it", "I got to ..., add that and make it high priority", "Add:", "New task for the
   delivery: ..., tag ..., note:", "Log a job:", "Remind me to", "could you add a task to",
   "I would be grateful if you'd note that I must", "Gently, a new one: ... Note:", "Please add
   '...' for ..., and mark it as important", "so: add a task to", "Put down '...' for", "new
   task: ..., top priority", "Please add a task: ..., note:", "Add '...' for ..., and tag it",
   "I need to ... — urgent, please", "Add to my list for ...:", "Add a task:", "New task: ...,
   due ..., note:", "I must remember to", "add ... pls", "can u put on my list:", "new task ...,
   not urgent, tag", "chuck on the list:", "add ..., heaps important", "Reckon I better ... —
   put it down for", "New job: ..., tag"), with dates, times, priority, tags and notes; only the
   title reaches the title, a note is kept as the description, and a joke around the request
   stays out of the task.
2. ``REPEATS``: repeats said in words ("every Sunday night", "every Sunday at 8pm", "every 2
   days", "every evening at 7", "every other Sunday", "daily at 0600", "every Monday", "every
   Sunday morning", "each weekday at 9", "every day at 10am", "every Tuesday and Friday", "every
   Monday at 8am", "every three months", "every day at 9", "on the 5th of every month", "every
   sunday", "every 2 weeks", "every arvo", "every Sunday arvo"), on a new task or an existing one
   ("a weekly thing, every Saturday", "every month on the 1st", "every Saturday from here on
   out", "to repeat on the first Monday of every month", "wants paying every month now",
   "should repeat every other Wednesday", "weekly from now on, Fridays", "every day now not just
   mondays", "a yearly one"); a repeat stopped ("Nae need for ... tae keep repeating", "doesn't
   need to recur any more"), the task kept.
3. ``FACTS``: statements of fact that mean "done" ("Got ... in this morning", "is paid", "I
   already send", "I ordered already", "I carried Mamaw to the doctor", "is all canned",
   "serviced, new membrane fitted", "sent to customs 0930 UTC", "I visited", "have been
   ordered", "submitted", "Emailed my agent", "were tested this morning and passed", "signed
   off, finally", "Rang the wholesaler", "is done and paid", "charged 🔋 100%", "patched ...
   at lunch", "'s paid, mate", "Rang the cocky") complete the task they name and leave every
   other task alone; negatives ("Huvnae booked", "I not renew yet", "haven't quite finished",
   "aren't made up yet", "didnt claim ... yet", "still need a grind"), plans ("I'll split ...
   directly", "I'll write ... tomorrow"), a question ("Has ... been renewed?") and doubt ("think
   they ordered ..., but nobody can find the confirmation") change nothing.
4. ``EDITS``: priority set, raised or lowered ("is pure urgent noo", "not so important, make
   low", "a right smart more important ..., bump it up", "to high priority", "less pressing
   now ...; lower them", "is urgent now", "the very highest priority", "can go down a notch",
   "is high priority", "can be low prio", "heaps more important now, bump 'em up"); the due
   date pushed back a week or two weeks or two days, brought forward a day or to tomorrow, moved
   to a weekday ("to Wednesday", "Sunday arvo instead", "to Monday"), to a date ("to 11
   December", "to the 18th", "till the 10th", "till Tuesday week"); a due date taken off ("Take
   the date aff", "No date on ... for now"); rename ("Rename '...' tae '...'", "Change '...' to
   '...'", "rename the visit to '...'", "rename ... to ..."); "Change call Cô Lan to Wednesday"
   read as a move, not a rename; a note set; tags added or swapped.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative to
   its due date ("Gie us a shout aboot ... the morra at 9", "an hour afore", "the night before",
   "on Sunday 8pm", "30 minutes before", "one day before", "two hours before", "Saturday morning
   at 7", "the evening before", "1 hr prior", "tomorrow at 0700", "2 days before", "half an hour
   before", "on Wednesday at 10", "on the morning of the call, at 9", "at 6pm tomorrow", "on
   Monday at 11", "the day before the deadline", "at 8am tomorrow", "20 minutes before", "on the
   Monday before", "tomorrow at 8:45", "a week before", "at 7 tomorrow evening", "20 mins
   before", "sat 8am", "on the 20th of jan", "Sunday arvo at 3", "the arvo before"), moved ("to
   Wednesday 9am", "to Friday at 1800", "to lunchtime on Monday, 12:30") or cleared ("Nae need
   tae remind me", "Ain't no need to remind me", "let go of the reminder", "Drop the reminder",
   "Take the reminder off", "no reminder on ... pls", "Scrap the reminder on ..."); no task is
   added, the task is never deleted and its due date stays as it was.
6. ``WINDOWS``: questions about today ("Whit's on the day?", "What is on my list for today, if
   I may ask?", "whats left to do today", "What's on this arvo?"), tomorrow ("Anything on the
   morra?", "Jobs for tomorrow?", "What's on tomorrow? Asking for a friend.", "wot do i have
   tmrw"), a weekday ("What I must do on Sunday?", "What have I on Tuesday?", "What's on
   Saturday, besides ...?", "What's on Wednesday?", "whats on for sun", "Anything on Monday,
   mate?", "Anything on Thursday next week?"), a date ("on the 10th"), the weekend ("How's the
   weekend looking for me?", "What all's on for this weekend?", "What's on over the weekend?",
   "What've I got on the weekend?"), this week, next week ("Next week I have what tasks?",
   "What does next week hold for me?"), the week after next, the next three days, a month ("In
   December what I have?", "in January"), a span ("between now and Wednesday", "between the
   10th and the 20th of December"), a tag ("What is tagged lab?"), overdue ("Am I behind wi'
   anything?", "Reckon I've let anything go past due?", "Anything adrift?", "let slip past its
   date", "Am I late on anything?", "Which deadlines have I already missed?", "Anything I should
   have done already?", "anything overdue lol") and what is done ("Which task I finish already?",
   "Which jobs are done and logged?"): the reply names what is in the window, leaves out what
   is not (a deleted task never, a completed one never as overdue or left to do), and nothing
   changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "And make it high
   priority, aye", "And reckon you could mark it important", "make it urgent, we're down to the
   last box", "Make it heaps important too", a corrected day ("Och, make that Monday", "Sorry,
   not tomorrow, Saturday", "Actually make it Thursday", "Sorry — Monday, not tomorrow", "for
   sat", "Due 10 December"), a tag or a note added to the task just made, a position in a list
   just shown ("Done the second yin", "First one I finish already", "The last one's done,
   praise be", "First one, priority urgent", "The last one can be removed", "Second one's done.
   Like my career.", "The first and second are done.", "The last one on there is done", "delete
   the middle one", "First one's sorted, mate", "Make the Fringe one urgent"), a pick from the
   choice the assistant offered ("The dog one", "The funeral director, please"), a deletion
   taken back ("Naw, haud on, bring it back", "Sorry, I make mistake, please bring back", "No
   wait, I need her. Put it back.", "Ah bugger, wrong one, bring it back"), a completion taken
   back ("Wait, no, I ain't done them yet", "that was premature ... Could you undo that?", "wait
   no i havent"), a task just added withdrawn ("Cancel that one, found a spare aboard", "nah get
   rid of that one"), "Undo" and "Actually, undo that" after an edit, and "and delete it" after
   a search.
8. ``TABLE``: the contract's table said in the voices' words: add ("Add a task tae", "Add a
   task to"), list ("Show us aw ma tasks", "Show me all my tasks. Brace yourself"), pending
   ("Which task still pending, please?", "whats pending"), complete ("Task N please mark as
   complete", "Mark the ... task as done"), delete ("Delete the ... task", "get rid of the ...
   task"), rename ("Change task N to '...'"), "I need to remember to", completed ("What have I
   completed so far this trip?", "What have I knocked off already?"); with search ("Could you
   find the task about ...?"), tags ("Which tags am I using at the moment?", "Tag the ... task
   with"), reopen ("Reopen the ..., they rejected my PDF") and restore ("Please restore the ...
   task; I deleted it in error").
9. ``SAFETY``: messages that must change nothing: chit-chat ("Pure baltic oot the day", "Cảm ơn
   nhiều", "it's rained since Tuesday and the creek's up", "Wind backing SW, 25 knots", "It was
   a peaceful passing this morning", a joke about a to-do list and a calendar, "Year 9 set fire
   to a bench again", "3 orders batched", "Flat out today, 180 through the shed before
   smoko"), requests the assistant cannot do ("What is exchange rate euro to dong?", "What's
   high water at Falmouth tomorrow?", "Could you write a short prayer ...?", "What's the molar
   mass of copper sulfate?", "Can I give ibuprofen with warfarin?"), an ambiguous reference
   that must ask and name the candidates ("Tick off the pay one", "Delete the send task", "The
   visit is done", "The ordering one is finished", "Ring task is done", "delete the one about
   the bike"), and nothing deleted or completed on a guess ("Aye, get rid" and "That's squared
   away." with nothing before them, "Delete my dignity" with no such task, a hedge about
   deleting, "Knocked off a couple of jobs, dunno which ones").

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the day after tomorrow Saturday 28 November, the
weekend is 28-29 November and next week runs from Monday 30 November to Sunday 6 December.
"This week" is asked only of tasks that are in it (or out of it) on every reading, whether it
ends on Sunday or runs seven days, and so is "next week", "the week after next" and "the next
three days"; a span "between now and Wednesday" is asked only of days well inside or outside
it, and a task due today is never required in or out of an overdue list. Seeds give their dates
in ISO-8601; seeded times carry Berlin's winter offset (+01:00). Tasks are checked as the tools
report them (``status`` pending, completed or deleted; ``priority`` none, low, medium, high or
urgent; ``tags`` a list; ``description``; ``due`` and ``reminder`` spoken in the user's zone,
"Friday 27 November 2026" for a whole day and "Friday 27 November 2026, 09:00" with a time;
``recurrence`` as RRULE text). Titles are expected with their first letter capitalised and
kept in the user's own words ("Take the weans to the panto", "Send money to Má", "Can the green
beans", "Provision the boat for 14 days", "Get the messages fae Lidl", "Make up Mr Dawson's
blister packs", "Ring the cocky at Bungaree about the start date"); where a title may fairly
be kept with or without some words (a trailing clause that gives a purpose or an occasion,
"before Tết", "before departure", "before we leave Falmouth", "before the mocks", "before the
lunch rush", "before the run", "for next week", "afore long"), each is accepted. Where the words
leave the meaning open ("very important", "important", "heaps important", "top priority",
"pure urgent" said of a new task, "not urgent", "Thursday" said on a Thursday, "this
afternoon", "tomorrow morning", "Sunday evening", "Monday morning", "first thing tomorrow",
"tomorrow arvo", "tonight", "the night before", "the evening before", "the arvo before"),
every reasonable reading is accepted; a day said without a time is checked on the day only.
Words of the voice are read as the voice means them: the Glaswegian "the messages" is the
shopping, "the morra" tomorrow, "the day" today, "gonnae" a request and "yin" one; the
Appalachian "carried Mamaw to the doctor" is "took her", "might could" a polite request,
"directly" later (a plan, never "done") and "Tuesday week" Tuesday 8 December; the
Vietnamese speaker's "I finish already" is "done" and "I not renew yet" is not done; the
shearer's "arvo" is the afternoon, "Monday week" a week on Monday and "knocked off" done; the
courier's "sun" and "sat" are the days. A list shows the latest seeded task first, as the
corpus says: "the second one" and "the middle one" of three are the middle one either way,
"the first one" and "the top one" are the last seeded, and "the last one" and "the bottom
one" the first seeded; a list is always counted by position, never by an id, and positions are
asked only of seeds without a due date, so that no order by date can move them. Recurring seeds
carry a due date, as a repeating task in a task manager usually has one, and no recurring task
is completed (its next occurrence would be a new task). Projects are left out, as the seeds are
tasks only.

A follow-up that takes back a completion or a deletion also expects ``reopen_task`` or
``restore_task`` to be called (by ``docs/mcp.md`` the only tools that can do it), and one that
withdraws a task just added expects ``delete_task``, so that a first message that changed
nothing cannot make the case pass; an undo of an edit expects ``update_task`` again. A
follow-up on a task just added finds it by the title the first message gave it, with the
field the follow-up sets, so it cannot pass when that task is missing.

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
from .held_out_fifth import SATURDAY_12_DEC, TUESDAY_15_DEC, bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
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
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
)

__all__ = ["HELD_OUT_SEVENTEENTH"]

# A few more days, as the tools say them.
MONDAY_7_DEC = "Monday 7 December 2026"
WEDNESDAY_9_DEC = "Wednesday 9 December 2026"
FRIDAY_11_DEC = "Friday 11 December 2026"
MONDAY_14_DEC = "Monday 14 December 2026"
FRIDAY_18_DEC = "Friday 18 December 2026"
WEDNESDAY_20_JAN = "Wednesday 20 January 2027"
AFTERNOON = range(12, 18)

# Tasks of each voice, for the families that need several of them.
GLASGOW = ("Get the messages in", "Pay the council tax", "Book the MOT for the motor")
VIET = ("Send money to Má", "Renew passport at Vietnamese embassy", "Order bánh chưng for Tết")
HOLLER = ("Split kindling for the woodstove", "Take Mamaw to the doctor", "Can the green beans")
SAILOR = ("Service the watermaker", "Renew the EPIRB registration", "Send the crew list to customs")
CHAPLAIN = (
    "Visit Mrs Kowalski in room 4",
    "Prepare the memorial service readings",
    "Order candles for the quiet room",
)
COMIC = ("Write the tight five", "Email my agent about the tour", "Submit the Fringe application")
SCIENCE = (
    "Sign off the risk assessments",
    "Get the fume cupboards tested",
    "Order the Year 10 chemicals",
)
PHARMACY = (
    "Ring the wholesaler about the shortage",
    "Renew the GPhC registration",
    "Make up Mr Dawson's blister packs",
)
RIDER = ("Charge the ebike battery", "Patch the back tyre", "Claim the tips on my tax return")
SHEARER = (
    "Pay the rego on the ute",
    "Sharpen the combs and cutters",
    "Ring the cocky about the start date",
)


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED = (
    # Glaswegian Scots.
    case(
        "Aye, gonnae put on my list tae get the messages in the morra",
        fresh("Get the messages in"),
        when(FRIDAY),
    ),
    case(
        "Stick a wee note on the list: phone the factor about the close light, Monday",
        fresh("Phone the factor about the close light"),
        when(MONDAY),
    ),
    case(
        "Can ye add 'pay the council tax' for Friday, it's pure urgent so it is",
        fresh("Pay the council tax", priority=("urgent", "high")),
        when(FRIDAY),
    ),
    case(
        "Remind me tae take the weans to the panto on Saturday at 2",
        fresh("Take the weans to the panto"),
        when(SATURDAY, fields=("due", "reminder"), hours=range(14, 15)),
    ),
    # A Vietnamese speaker's English.
    case(
        "Please help me add task: send money to Má before Tết, it is very important",
        fresh("Send money to Má", "Send money to Má before Tết", priority=("high", "urgent")),
    ),
    case(
        "You help me write down: buy red envelopes for lì xì, tomorrow morning",
        fresh("Buy red envelopes for lì xì"),
        when(FRIDAY, fields=("due", "reminder")),
    ),
    case(
        "Please add: renew passport at Vietnamese embassy, on 3 December, note: bring 2 photos "
        "and old passport",
        fresh("Renew passport at Vietnamese embassy"),
        when(THURSDAY_NEXT),
        described("photos"),
    ),
    case(
        "I need remember call Cô Lan on Sunday evening, please add",
        fresh("Call Cô Lan"),
        when(SUNDAY, fields=("due", "reminder")),
    ),
    # Appalachian.
    case(
        "Reckon you might could put down for me to split kindling for the woodstove tomorrow",
        fresh("Split kindling for the woodstove"),
        when(FRIDAY),
    ),
    case(
        "Holler at me to take Mamaw to her doctor's appointment Tuesday at 10",
        fresh("Take Mamaw to her doctor's appointment"),
        when(TUESDAY_NEXT, fields=("due", "reminder"), hours=range(10, 11)),
    ),
    case(
        "Put 'can the green beans' on my list for Saturday, and tag it kitchen",
        fresh("Can the green beans"),
        when(SATURDAY),
        tagged("kitchen"),
    ),
    case(
        "I got to get the truck inspected afore long, add that and make it high priority",
        fresh("Get the truck inspected", "Get the truck inspected afore long", priority="high"),
    ),
    # A sailor on a delivery trip.
    case(
        "Add: service the watermaker before departure, Saturday 0800",
        fresh("Service the watermaker", "Service the watermaker before departure"),
        when(SATURDAY, fields=("due", "reminder"), hours=range(8, 9)),
    ),
    case(
        "New task for the delivery: provision the boat for 14 days, tag passage, note: 3 crew, "
        "one veggie",
        fresh("Provision the boat for 14 days", "Provision the boat"),
        tagged("passage"),
        described("veggie"),
    ),
    case(
        "Log a job: check the rigging before we leave Falmouth, high priority",
        fresh(
            "Check the rigging",
            "Check the rigging before we leave Falmouth",
            priority="high",
        ),
    ),
    case(
        "Remind me to send the crew list to customs on Monday at 9",
        fresh("Send the crew list to customs"),
        when(MONDAY, fields=("due", "reminder"), hours=range(9, 10)),
    ),
    # A hospice chaplain, writing gently.
    case(
        "When you have a moment, could you add a task to visit Mrs Kowalski in room 4 this "
        "afternoon?",
        fresh("Visit Mrs Kowalski in room 4"),
        when(TODAY, fields=("due", "reminder")),
    ),
    case(
        "I would be grateful if you'd note that I must prepare the readings for the memorial "
        "service, by Wednesday please",
        fresh("Prepare the readings for the memorial service"),
        when(WEDNESDAY_NEXT),
    ),
    case(
        "Gently, a new one: order candles for the quiet room. Note: unscented, the families "
        "prefer it",
        fresh("Order candles for the quiet room"),
        described("unscented"),
    ),
    case(
        "Please add 'ring the Okafor family about the funeral' for Monday morning, and mark it "
        "as important",
        fresh("Ring the Okafor family about the funeral", priority=("high", "urgent")),
        when(MONDAY, fields=("due", "reminder")),
    ),
    # A stand-up comedian.
    case(
        "My therapist says I should write things down, so: add a task to email my agent about "
        "the tour dates, Monday. She'll ignore it, but still.",
        fresh("Email my agent about the tour dates"),
        when(MONDAY),
    ),
    case(
        "Put down 'book the open mic at the Stand' for Wednesday, tag gigs. Nothing says "
        "glamour like a Wednesday open mic.",
        fresh("Book the open mic at the Stand"),
        when(WEDNESDAY_NEXT),
        tagged("gigs"),
    ),
    case(
        "new task: submit the Fringe application by 4 December, top priority — unlike my love life",
        fresh("Submit the Fringe application", priority=("urgent", "high")),
        when(FRIDAY_NEXT),
    ),
    case(
        "Remind me to buy a new mic stand tomorrow, the old one bombed harder than I did",
        fresh("Buy a new mic stand"),
        when(FRIDAY, fields=("due", "reminder")),
    ),
    # A secondary-school head of science.
    case(
        "Please add a task: sign off the Year 9 risk assessments by Friday, note: use the "
        "CLEAPSS versions",
        fresh("Sign off the Year 9 risk assessments"),
        when(FRIDAY),
        described("CLEAPSS"),
    ),
    case(
        "Add 'order the Year 10 chemicals' for Tuesday, and tag it lab",
        fresh("Order the Year 10 chemicals"),
        when(TUESDAY_NEXT),
        tagged("lab"),
    ),
    case(
        "I need to book the fume cupboard test before the mocks — urgent, please",
        fresh(
            "Book the fume cupboard test",
            "Book the fume cupboard test before the mocks",
            priority="urgent",
        ),
    ),
    case(
        "Add to my list for Monday at 4pm: email parents about the Year 11 practical catch-up",
        fresh("Email parents about the Year 11 practical catch-up"),
        when(MONDAY, hours=range(16, 17)),
    ),
    # A small-town pharmacist who owns the pharmacy.
    case(
        "Add a task: ring the wholesaler about the amoxicillin shortage, first thing tomorrow",
        fresh("Ring the wholesaler about the amoxicillin shortage"),
        when(FRIDAY, fields=("due", "reminder")),
    ),
    case(
        "Put 'make up Mr Dawson's blister packs' on the list for Saturday, high priority",
        fresh("Make up Mr Dawson's blister packs", priority="high"),
        when(SATURDAY),
    ),
    case(
        "New task: renew the GPhC registration, due 15 December, note: CPD entries first",
        fresh("Renew the GPhC registration"),
        when(TUESDAY_15_DEC),
        described("CPD"),
    ),
    case(
        "I must remember to book a locum for the 12th",
        fresh("Book a locum"),
        when(SATURDAY_12_DEC),
    ),
    # A gig-economy food courier.
    case(
        "add charge the ebike battery tonight pls",
        fresh("Charge the ebike battery"),
        when(TODAY, fields=("due", "reminder")),
    ),
    case(
        "can u put on my list: patch the back tyre tmrw before the lunch rush lol",
        fresh("Patch the back tyre", "Patch the back tyre before the lunch rush"),
        when(FRIDAY),
    ),
    case(
        "new task claim the tips on my tax return, not urgent, tag money",
        fresh("Claim the tips on my tax return", priority=("low", "none")),
        tagged("money"),
    ),
    case(
        "remind me to book my slots for next week on sunday at 6pm",
        fresh("Book my slots for next week", "Book my slots"),
        when(SUNDAY, fields=("due", "reminder"), hours=range(18, 19)),
    ),
    # An Australian sheep shearer.
    case(
        "G'day, chuck on the list: pay the rego on the ute by Monday",
        fresh("Pay the rego on the ute"),
        when(MONDAY),
    ),
    case(
        "add grind the combs and cutters this arvo, heaps important",
        fresh("Grind the combs and cutters", priority=("high", "urgent")),
        when(TODAY, fields=("due", "reminder")),
    ),
    case(
        "Reckon I better ring the cocky at Bungaree about the start date — put it down for "
        "tomorrow arvo",
        fresh("Ring the cocky at Bungaree about the start date"),
        when(FRIDAY, fields=("due", "reminder")),
    ),
    case(
        "New job: fuel up at the servo before the run, Sunday, tag ute",
        fresh("Fuel up at the servo", "Fuel up at the servo before the run"),
        when(SUNDAY),
        tagged("ute"),
    ),
)


# 2. Repeats said in words, on a new task or an existing one; a repeat stopped.
REPEATS = (
    # Glaswegian Scots.
    case(
        "Add a wee job: put the bins oot every Sunday night",
        repeats(
            "FREQ=WEEKLY",
            called=("Put the bins oot", "Put the bins out"),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "Make the messages a weekly thing, every Saturday, aye",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SA", "Saturday"),)),
        nothing_added(),
        seeds=(s("Get the messages in", due=D_SAT),),
    ),
    case(
        "Nae need for the council tax tae keep repeating, it's on direct debit noo",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Pay the council tax", due=D_TUE, recurrence="monthly"),),
    ),
    # A Vietnamese speaker's English.
    case(
        "Please add: call Má every Sunday at 8pm",
        repeats(
            "FREQ=WEEKLY",
            called=("Call Má",),
            either=(on("BYDAY=SU", "Sunday"), at(20)),
        ),
    ),
    case(
        "Water the kumquat tree every 2 days, please help me add",
        repeats("FREQ=DAILY;INTERVAL=2", called=("Water the kumquat tree",)),
    ),
    case(
        "Send money to Má please make it every month on the 1st",
        repeats("FREQ=MONTHLY", task=0, either=(on("BYMONTHDAY=1", "1 December"),)),
        nothing_added(),
        seeds=(s("Send money to Má", due=D_TUE),),
    ),
    # Appalachian.
    case(
        "Might could you add 'check on Mamaw' every evening at 7",
        repeats("FREQ=DAILY", called=("Check on Mamaw",), either=(at(19),)),
    ),
    case(
        "Put me down to go to the singing at the church every other Sunday",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            called=("Go to the singing at the church",),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "Reckon the kindling needs doing every Saturday from here on out",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SA", "Saturday"),)),
        nothing_added(),
        seeds=(s("Split kindling for the woodstove", due=D_SAT),),
    ),
    # A sailor on a delivery trip.
    case(
        "Add a task: run the engine checks daily at 0600",
        repeats("FREQ=DAILY", called=("Run the engine checks",), either=(at(6),)),
    ),
    case(
        "New task: test the bilge alarm every Monday",
        repeats(
            "FREQ=WEEKLY",
            called=("Test the bilge alarm",),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "Liferaft check doesn't need to recur any more, we're ashore till spring",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Check the liferaft", due=D_FRI, recurrence="weekly"),),
    ),
    # A hospice chaplain.
    case(
        "Could you add a task to light the remembrance candle every Sunday morning?",
        repeats(
            "FREQ=WEEKLY",
            called=("Light the remembrance candle",),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "Please set the bereavement group preparation to repeat on the first Monday of every month",
        repeats("FREQ=MONTHLY;BYDAY=1MO", "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1", task=0),
        nothing_added(),
        seeds=(s("Prepare the bereavement group", due=D_MON),),
    ),
    case(
        "I'd be grateful for a task to update the remembrance book, each weekday at 9",
        repeats(*WEEKDAY_RULES, called=("Update the remembrance book",), either=(at(9),)),
    ),
    # A stand-up comedian.
    case(
        "Add 'write new jokes' every day at 10am. Discipline! Said no comedian ever.",
        repeats("FREQ=DAILY", called=("Write new jokes",), either=(at(10),)),
    ),
    case(
        "Add 'post a clip on socials' every Tuesday and Friday — the algorithm demands sacrifice",
        repeats("FREQ=WEEKLY;BYDAY=TU,FR", called=("Post a clip on socials",)),
    ),
    case(
        "The rehearsal room wants paying every month now, like a needy ex",
        repeats("FREQ=MONTHLY", task=0),
        nothing_added(),
        seeds=(s("Pay for the rehearsal room", due=D_FRI_NEXT),),
    ),
    # A secondary-school head of science.
    case(
        "Please add: check the eyewash stations every Monday at 8am",
        repeats(
            "FREQ=WEEKLY",
            called=("Check the eyewash stations",),
            either=(on("BYDAY=MO", "Monday"), at(8)),
        ),
    ),
    case(
        "The department meeting should repeat every other Wednesday",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0, either=(on("BYDAY=WE", "Wednesday"),)),
        nothing_added(),
        seeds=(s("Department meeting", due=D_WED),),
    ),
    case(
        "Add 'stocktake of the prep room' every three months",
        repeats("FREQ=MONTHLY;INTERVAL=3", called=("Stocktake of the prep room",)),
    ),
    # A small-town pharmacist.
    case(
        "Add a task to check the fridge temperatures every day at 9",
        repeats("FREQ=DAILY", called=("Check the fridge temperatures",), either=(at(9),)),
    ),
    case(
        "Mr Dawson's blister packs are weekly from now on, Fridays",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=FR", "Friday"),)),
        nothing_added(),
        seeds=(s("Make up Mr Dawson's blister packs", due=D_FRI),),
    ),
    case(
        "Please add: submit the NHS claim on the 5th of every month",
        repeats(
            "FREQ=MONTHLY",
            called=("Submit the NHS claim",),
            either=(on("BYMONTHDAY=5", "Saturday 5 December"),),
        ),
    ),
    # A gig-economy food courier.
    case(
        "add clean the thermal bag every sunday",
        repeats(
            "FREQ=WEEKLY",
            called=("Clean the thermal bag",),
            either=(on("BYDAY=SU", "Sunday"),),
        ),
    ),
    case(
        "add lube the chain every 2 weeks",
        repeats("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14", called=("Lube the chain",)),
    ),
    case(
        "check the app for slots every day now not just mondays",
        repeats("FREQ=DAILY", task=0),
        nothing_added(),
        seeds=(s("Check the app for slots", due=D_MON, recurrence="FREQ=WEEKLY;BYDAY=MO"),),
    ),
    # An Australian sheep shearer.
    case(
        "Add sharpen the combs every arvo",
        repeats("FREQ=DAILY", called=("Sharpen the combs",)),
    ),
    case(
        "Make the ute rego a yearly one, mate",
        repeats("FREQ=YEARLY", task=0),
        nothing_added(),
        seeds=(s("Pay the rego on the ute", due="2027-01-15"),),
    ),
    case(
        "chuck on 'ring Mum' every Sunday arvo",
        repeats("FREQ=WEEKLY", called=("Ring Mum",), either=(on("BYDAY=SU", "Sunday"),)),
    ),
)


# 3. Statements of fact that mean "done"; negatives, plans, questions and doubt change nothing.
FACTS = (
    # Glaswegian Scots.
    case("Got the messages in this morning, aye", *done(0), seeds=GLASGOW),
    case("Council tax is paid, thank God", *done(1), seeds=GLASGOW),
    case("Huvnae booked the MOT yet, I'll dae it the morra", UNCHANGED, seeds=GLASGOW),
    # A Vietnamese speaker's English.
    case("I already send money to Má yesterday", *done(0), seeds=VIET),
    case("Bánh chưng I ordered already, 10 pieces", *done(2), seeds=VIET),
    case("Passport I not renew yet, embassy is closed", UNCHANGED, seeds=VIET),
    # Appalachian.
    case("Well, I carried Mamaw to the doctor this morning", *done(1), seeds=HOLLER),
    case("Them green beans is all canned, twenty-two quarts", *done(2), seeds=HOLLER),
    case("I reckon I'll split the kindling directly", UNCHANGED, seeds=HOLLER),
    # A sailor on a delivery trip.
    case("Watermaker serviced, new membrane fitted", *done(0), seeds=SAILOR),
    case("Crew list sent to customs 0930 UTC", *done(2), seeds=SAILOR),
    case("Has the EPIRB registration been renewed?", UNCHANGED, seeds=SAILOR),
    # A hospice chaplain.
    case(
        "I visited Mrs Kowalski this morning; she was peaceful.",
        *done(0),
        seeds=CHAPLAIN,
    ),
    case("The candles for the quiet room have been ordered.", *done(2), seeds=CHAPLAIN),
    case(
        "I haven't quite finished the readings for the memorial service yet.",
        UNCHANGED,
        seeds=CHAPLAIN,
    ),
    # A stand-up comedian.
    case("Fringe application submitted. Now I just need talent.", *done(2), seeds=COMIC),
    case(
        "Emailed my agent about the tour. She replied 'lol'. Not sure what that means.",
        *done(1),
        seeds=COMIC,
    ),
    case(
        "I'll write the tight five tomorrow, which is what I said yesterday",
        UNCHANGED,
        seeds=COMIC,
    ),
    # A secondary-school head of science.
    case(
        "The fume cupboards were tested this morning and passed.",
        *done(1),
        seeds=SCIENCE,
    ),
    case("Risk assessments signed off, finally.", *done(0), seeds=SCIENCE),
    case(
        "The techs think they ordered the Year 10 chemicals, but nobody can find the confirmation.",
        UNCHANGED,
        seeds=SCIENCE,
    ),
    # A small-town pharmacist.
    case("Rang the wholesaler, they'll have stock in next week.", *done(0), seeds=PHARMACY),
    case("GPhC renewal is done and paid.", *done(1), seeds=PHARMACY),
    case(
        "Mr Dawson's packs aren't made up yet, the delivery's late.",
        UNCHANGED,
        seeds=PHARMACY,
    ),
    # A gig-economy food courier.
    case("battery charged 🔋 100%", *done(0), seeds=RIDER),
    case("patched the back tyre at lunch", *done(1), seeds=RIDER),
    case("didnt claim the tips yet tbh", UNCHANGED, seeds=RIDER),
    # An Australian sheep shearer.
    case("Rego's paid, mate", *done(0), seeds=SHEARER),
    case("Rang the cocky, we start Monday week", *done(2), seeds=SHEARER),
    case(
        "Combs and cutters still need a grind, haven't got to 'em",
        UNCHANGED,
        seeds=SHEARER,
    ),
)


# 4. Edits: priority, due date moved or cleared, rename, a note, tags.
EDITS = (
    # Glaswegian Scots.
    case(
        "The council tax is pure urgent noo",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=(s("Pay the council tax", due=D_FRI, priority="medium"), s("Get the messages in")),
    ),
    case(
        "Shove the MOT back a week",
        when(MONDAY_7_DEC, task=0),
        untouched_except(0),
        seeds=(s("Book the MOT for the motor", due=D_MON), s("Get the messages in")),
    ),
    case(
        "Rename 'get the messages in' tae 'get the messages fae Lidl'",
        state(0, title="Get the messages fae Lidl"),
        untouched_except(0),
        seeds=("Get the messages in", "Pay the council tax"),
    ),
    case(
        "Take the date aff the MOT, there's nae rush",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Book the MOT for the motor", due=D_FRI),),
    ),
    # A Vietnamese speaker's English.
    case(
        "Please move send money to Má earlier one day",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Send money to Má", due=D_MON), s("Call Cô Lan", due=D_MON)),
    ),
    case(
        "Bánh chưng not so important, make low please",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("Order bánh chưng for Tết", priority="high"),),
    ),
    case(
        "Please add note for passport: need appointment online first",
        described("appointment", task=0),
        untouched_except(0),
        seeds=("Renew passport at Vietnamese embassy", "Send money to Má"),
    ),
    case(
        "Change call Cô Lan to Wednesday please",
        when(WEDNESDAY_NEXT, task=0),
        state(0, title="Call Cô Lan"),
        untouched_except(0),
        seeds=(s("Call Cô Lan", due=D_SAT),),
    ),
    # Appalachian.
    case(
        "Reckon the beans can wait till Tuesday week",
        when(TUESDAY_8_DEC, task=0),
        untouched_except(0),
        seeds=(s("Can the green beans", due=D_SAT),),
    ),
    case(
        "Mamaw's doctor visit is a right smart more important than I let on, bump it up",
        raised(0),
        untouched_except(0),
        seeds=(s("Take Mamaw to the doctor", priority="low"), s("Can the green beans")),
    ),
    case(
        "Change 'fix the porch step' to 'fix the back porch step'",
        state(0, title="Fix the back porch step"),
        untouched_except(0),
        seeds=("Fix the porch step",),
    ),
    case(
        "Tag the kindling one chores",
        tagged("chores", task=0),
        untouched_except(0),
        seeds=("Split kindling for the woodstove", "Can the green beans"),
    ),
    # A sailor on a delivery trip.
    case(
        "EPIRB registration — bring it forward to tomorrow",
        when(FRIDAY, task=0),
        untouched_except(0),
        seeds=(s("Renew the EPIRB registration", due=D_TUE),),
    ),
    case(
        "Watermaker to high priority",
        state(0, priority="high"),
        untouched_except(0),
        seeds=(s("Service the watermaker", priority="medium"), s("Check the rigging")),
    ),
    case(
        "Slip the crew list two days, weather's holding us in port",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Send the crew list to customs", due=D_FRI),),
    ),
    case(
        "Note on the rigging task: starboard lower shroud looks tired",
        described("shroud", task=0),
        untouched_except(0),
        seeds=("Check the rigging", "Service the watermaker"),
    ),
    # A hospice chaplain.
    case(
        "The readings are less pressing now that the service has been moved; lower them, please.",
        lowered(0),
        untouched_except(0),
        seeds=(s("Prepare the memorial service readings", due=D_FRI_NEXT, priority="high"),),
    ),
    case(
        "Could you move the memorial readings to 11 December?",
        when(FRIDAY_11_DEC, task=0),
        untouched_except(0),
        seeds=(s("Prepare the memorial service readings", due=D_FRI_NEXT),),
    ),
    case(
        "Please rename the visit to 'Visit Mrs Kowalski in room 6', she has moved rooms",
        state(0, title="Visit Mrs Kowalski in room 6"),
        untouched_except(0),
        seeds=("Visit Mrs Kowalski in room 4", "Order candles for the quiet room"),
    ),
    case(
        "The candles can be put back by a week; there is no hurry.",
        when(WEDNESDAY_9_DEC, task=0),
        untouched_except(0),
        seeds=(s("Order candles for the quiet room", due=D_WED),),
    ),
    # A stand-up comedian.
    case(
        "Tight five is urgent now — I'm on at the Comedy Store and all I've got is three "
        "minutes and a pun",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=(s("Write the tight five", due=D_FRI, priority="low"),),
    ),
    case(
        "Push the agent email to Monday, she's on holiday, lucky her",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Email my agent about the tour", due=D_TODAY), s("Write the tight five")),
    ),
    case(
        "Tag the Fringe application with edinburgh and money, because that's what Edinburgh costs",
        tagged("edinburgh", "money", task=0),
        untouched_except(0),
        seeds=("Submit the Fringe application", "Write the tight five"),
    ),
    case(
        "Change 'buy a new mic stand' to 'buy a mic stand that doesn't droop'",
        state(0, title="Buy a mic stand that doesn't droop"),
        untouched_except(0),
        seeds=("Buy a new mic stand",),
    ),
    # A secondary-school head of science.
    case(
        "Can we bring the chemicals order forward to tomorrow? The techs need lead time.",
        when(FRIDAY, task=0),
        untouched_except(0),
        seeds=(s("Order the Year 10 chemicals", due=D_WED),),
    ),
    case(
        "Risk assessments are now top of the pile, the very highest priority — Ofsted are coming",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=(s("Sign off the risk assessments", priority="medium"),),
    ),
    case(
        "No date on the fume cupboard testing for now, the contractor will call",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Get the fume cupboards tested", due=D_MON),),
    ),
    case(
        "The KS3 scheme of work can go down a notch",
        lowered(0),
        untouched_except(0),
        seeds=(s("Write the KS3 scheme of work", priority="high"),),
    ),
    # A small-town pharmacist.
    case(
        "Move the GPhC renewal to the 18th",
        when(FRIDAY_18_DEC, task=0),
        untouched_except(0),
        seeds=(s("Renew the GPhC registration", due=D_SAT_NEXT),),
    ),
    case(
        "The wholesaler call is high priority",
        state(0, priority="high"),
        untouched_except(0),
        seeds=("Ring the wholesaler about the shortage", "Make up Mr Dawson's blister packs"),
    ),
    case(
        "Add a note to the locum task: must be trained for the flu jabs",
        described("flu", task=0),
        untouched_except(0),
        seeds=("Book a locum", "Renew the GPhC registration"),
    ),
    case(
        "Dawson packs a day earlier please, he's off to his daughter's",
        when(FRIDAY, task=0),
        untouched_except(0),
        seeds=(s("Make up Mr Dawson's blister packs", due=D_SAT),),
    ),
    # A gig-economy food courier.
    case(
        "move patch the tyre to tmrw",
        when(FRIDAY, task=0),
        untouched_except(0),
        seeds=(s("Patch the back tyre", due=D_SAT),),
    ),
    case(
        "tax thing can be low prio",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("Claim the tips on my tax return", priority="high"),),
    ),
    case(
        "rename charge the ebike battery to charge both batteries",
        state(0, title="Charge both batteries"),
        untouched_except(0),
        seeds=("Charge the ebike battery", "Patch the back tyre"),
    ),
    case(
        "push the ebike service back 2 weeks",
        when(MONDAY_14_DEC, task=0),
        untouched_except(0),
        seeds=(s("Service the ebike", due=D_MON),),
    ),
    # An Australian sheep shearer.
    case(
        "Combs and cutters are heaps more important now, bump 'em up",
        raised(0),
        untouched_except(0),
        seeds=(s("Sharpen the combs and cutters", priority="medium"),),
    ),
    case(
        "Rego's not due till the 10th, shift it",
        when(THURSDAY_10_DEC, task=0),
        untouched_except(0),
        seeds=(s("Pay the rego on the ute", due=D_MON),),
    ),
    case(
        "Ring the cocky Sunday arvo instead",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Ring the cocky about the start date", due=D_FRI),),
    ),
    case(
        "Swap the ute tag on the servo job for travel",
        tagged("travel", task=0, without=("ute",)),
        untouched_except(0),
        seeds=(s("Fuel up at the servo", tags=["ute"]),),
    ),
)


# 5. Reminders set, moved or cleared on an existing task; no task added, the due date kept.
REMINDERS = (
    # Glaswegian Scots.
    case(
        "Gie us a shout aboot the council tax the morra at 9",
        state(0, reminder=spoken(FRIDAY, "09:00"), due=FRIDAY),
        nothing_added(),
        seeds=(s("Pay the council tax", due=D_FRI),),
    ),
    case(
        "Remind me an hour afore the MOT",
        state(0, reminder=spoken(MONDAY, "09:00"), due=spoken(MONDAY, "10:00")),
        nothing_added(),
        seeds=(s("Book the MOT for the motor", due=berlin(D_MON, "10:00")),),
    ),
    case(
        "Gonnae remind me the night before the panto",
        reminded(FRIDAY, task=0, hours=EVENING),
        state(0, due=spoken(SATURDAY, "14:00")),
        nothing_added(),
        seeds=(s("Take the weans to the panto", due=berlin(D_SAT, "14:00")),),
    ),
    case(
        "Nae need tae remind me aboot the messages",
        one_of(0, reminder=CLEARED),
        state(0, due=SATURDAY, status="pending"),
        nothing_added(),
        seeds=(s("Get the messages in", due=D_SAT, reminder=berlin(D_SAT, "09:00")),),
    ),
    # A Vietnamese speaker's English.
    case(
        "Please remind me send money to Má on Sunday 8pm",
        state(0, reminder=spoken(SUNDAY, "20:00"), due=MONDAY),
        nothing_added(),
        seeds=(s("Send money to Má", due=D_MON),),
    ),
    case(
        "Remind me 30 minutes before call Cô Lan please",
        state(0, reminder=spoken(SATURDAY, "18:30"), due=spoken(SATURDAY, "19:00")),
        nothing_added(),
        seeds=(s("Call Cô Lan", due=berlin(D_SAT, "19:00")),),
    ),
    case(
        "For passport, remind me one day before",
        reminded(WEDNESDAY_NEXT, task=0),
        state(0, due=spoken(THURSDAY_NEXT, "10:00")),
        nothing_added(),
        seeds=(s("Renew passport at Vietnamese embassy", due=berlin(D_THU, "10:00")),),
    ),
    case(
        "Reminder for bánh chưng please change to Wednesday 9am",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "09:00"), due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Order bánh chưng for Tết", due=D_FRI_NEXT, reminder=berlin(D_THU, "09:00")),),
    ),
    # Appalachian.
    case(
        "Holler at me two hours before Mamaw's appointment",
        state(0, reminder=spoken(TUESDAY_NEXT, "08:00"), due=spoken(TUESDAY_NEXT, "10:00")),
        nothing_added(),
        seeds=(s("Take Mamaw to the doctor", due=berlin(D_TUE, "10:00")),),
    ),
    case(
        "Remind me Saturday morning at 7 about them beans",
        state(0, reminder=spoken(SATURDAY, "07:00"), due=SATURDAY),
        nothing_added(),
        seeds=(s("Can the green beans", due=D_SAT),),
    ),
    case(
        "Might could you remind me the evening before homecoming",
        reminded(SATURDAY, task=0, hours=EVENING),
        state(0, due=spoken(SUNDAY, "11:00")),
        nothing_added(),
        seeds=(s("Go to the church homecoming", due=berlin(D_SUN, "11:00")),),
    ),
    case(
        "Ain't no need to remind me about the kindling",
        one_of(0, reminder=CLEARED),
        state(0, due=FRIDAY, status="pending"),
        nothing_added(),
        seeds=(s("Split kindling for the woodstove", due=D_FRI, reminder=berlin(D_FRI, "08:00")),),
    ),
    # A sailor on a delivery trip.
    case(
        "Reminder on the crew list, 1 hr prior",
        state(0, reminder=spoken(MONDAY, "11:00"), due=spoken(MONDAY, "12:00")),
        nothing_added(),
        seeds=(s("Send the crew list to customs", due=berlin(D_MON, "12:00")),),
    ),
    case(
        "Remind me about the EPIRB tomorrow at 0700",
        state(0, reminder=spoken(FRIDAY, "07:00"), due=FRIDAY),
        nothing_added(),
        seeds=(s("Renew the EPIRB registration", due=D_FRI),),
    ),
    case(
        "Remind me 2 days before the liferaft cert is due",
        reminded(MONDAY, task=0),
        state(0, due=WEDNESDAY_NEXT),
        nothing_added(),
        seeds=(s("Renew the liferaft cert", due=D_WED),),
    ),
    case(
        "Move the watermaker reminder to Friday at 1800",
        state(0, reminder=spoken(FRIDAY, "18:00"), due=spoken(SATURDAY, "08:00")),
        nothing_added(),
        seeds=(
            s(
                "Service the watermaker",
                due=berlin(D_SAT, "08:00"),
                reminder=berlin(D_SAT, "06:00"),
            ),
        ),
    ),
    # A hospice chaplain.
    case(
        "Would you kindly remind me half an hour before I visit Mrs Kowalski",
        state(0, reminder=spoken(FRIDAY, "14:30"), due=spoken(FRIDAY, "15:00")),
        nothing_added(),
        seeds=(s("Visit Mrs Kowalski in room 4", due=berlin(D_FRI, "15:00")),),
    ),
    case(
        "A gentle reminder about the readings on Wednesday at 10 would help",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "10:00"), due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Prepare the memorial service readings", due=D_FRI_NEXT),),
    ),
    case(
        "Please remind me about the Okafor family on the morning of the call, at 9",
        state(0, reminder=spoken(MONDAY, "09:00"), due=MONDAY),
        nothing_added(),
        seeds=(s("Ring the Okafor family", due=D_MON),),
    ),
    case(
        "Please let go of the reminder on the candles; I have it in hand.",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Order candles for the quiet room", reminder=berlin(D_FRI, "09:00")),),
    ),
    # A stand-up comedian.
    case(
        "Remind me at 6pm tomorrow about the tight five, so I can panic on schedule",
        state(0, reminder=spoken(FRIDAY, "18:00"), due=spoken(FRIDAY, "20:00")),
        nothing_added(),
        seeds=(s("Write the tight five", due=berlin(D_FRI, "20:00")),),
    ),
    case(
        "Nudge me about the agent email on Monday at 11, right after she's had her coffee",
        state(0, reminder=spoken(MONDAY, "11:00"), due=MONDAY),
        nothing_added(),
        seeds=(s("Email my agent about the tour", due=D_MON),),
    ),
    case(
        "Remind me the day before the Fringe deadline. I work best under blind terror.",
        reminded(THURSDAY_NEXT, task=0),
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Submit the Fringe application", due=D_FRI_NEXT),),
    ),
    case(
        "Drop the reminder on the mic stand, I'll remember. I won't. But drop it.",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Buy a new mic stand", reminder=berlin(D_SAT, "10:00")),),
    ),
    # A secondary-school head of science.
    case(
        "Please remind me about the risk assessments at 8am tomorrow",
        state(0, reminder=spoken(FRIDAY, "08:00"), due=spoken(FRIDAY, "16:00")),
        nothing_added(),
        seeds=(s("Sign off the risk assessments", due=berlin(D_FRI, "16:00")),),
    ),
    case(
        "Set a reminder 20 minutes before the fume cupboard test",
        state(0, reminder=spoken(THURSDAY_NEXT, "12:40"), due=spoken(THURSDAY_NEXT, "13:00")),
        nothing_added(),
        seeds=(s("Get the fume cupboards tested", due=berlin(D_THU, "13:00")),),
    ),
    case(
        "Remind me on the Monday before the chemicals are due",
        reminded(MONDAY, task=0),
        state(0, due=WEDNESDAY_NEXT),
        nothing_added(),
        seeds=(s("Order the Year 10 chemicals", due=D_WED),),
    ),
    case(
        "Move the reminder for the Year 11 email to lunchtime on Monday, 12:30",
        state(0, reminder=spoken(MONDAY, "12:30"), due=spoken(MONDAY, "16:00")),
        nothing_added(),
        seeds=(
            s(
                "Email parents about the Year 11 catch-up",
                due=berlin(D_MON, "16:00"),
                reminder=berlin(D_MON, "09:00"),
            ),
        ),
    ),
    # A small-town pharmacist.
    case(
        "Remind me to ring the wholesaler tomorrow at 8:45",
        state(0, reminder=spoken(FRIDAY, "08:45"), due=FRIDAY),
        nothing_added(),
        seeds=(s("Ring the wholesaler about the shortage", due=D_FRI),),
    ),
    case(
        "Remind me a week before the GPhC renewal",
        reminded(TUESDAY_8_DEC, task=0),
        state(0, due=TUESDAY_15_DEC),
        nothing_added(),
        seeds=(s("Renew the GPhC registration", due="2026-12-15"),),
    ),
    case(
        "Remind me about Mr Dawson's packs at 7 tomorrow evening",
        state(0, reminder=spoken(FRIDAY, "19:00"), due=spoken(SATURDAY, "10:00")),
        nothing_added(),
        seeds=(s("Make up Mr Dawson's blister packs", due=berlin(D_SAT, "10:00")),),
    ),
    case(
        "Take the reminder off the locum task please",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Book a locum", reminder=berlin(D_FRI, "09:00")),),
    ),
    # A gig-economy food courier.
    case(
        "remind me 20 mins before the battery thing",
        state(0, reminder=spoken(TODAY, "21:40"), due=spoken(TODAY, "22:00")),
        nothing_added(),
        seeds=(s("Charge the ebike battery", due=berlin(D_TODAY, "22:00")),),
    ),
    case(
        "remind me sat 8am about the tyre",
        state(0, reminder=spoken(SATURDAY, "08:00"), due=SATURDAY),
        nothing_added(),
        seeds=(s("Patch the back tyre", due=D_SAT),),
    ),
    case(
        "remind me about the tax thing on the 20th of jan",
        reminded(WEDNESDAY_20_JAN, task=0),
        state(0, due="Sunday 31 January 2027"),
        nothing_added(),
        seeds=(s("Claim the tips on my tax return", due="2027-01-31"),),
    ),
    case(
        "no reminder on the slots pls",
        one_of(0, reminder=CLEARED),
        state(0, due=spoken(SUNDAY, "18:00"), status="pending"),
        nothing_added(),
        seeds=(s("Book my slots", due=berlin(D_SUN, "18:00"), reminder=berlin(D_SUN, "17:00")),),
    ),
    # An Australian sheep shearer.
    case(
        "Give us a reminder about the rego Sunday arvo at 3",
        state(0, reminder=spoken(SUNDAY, "15:00"), due=MONDAY),
        nothing_added(),
        seeds=(s("Pay the rego on the ute", due=D_MON),),
    ),
    case(
        "Remind me an hour before I ring the cocky",
        state(0, reminder=spoken(FRIDAY, "16:00"), due=spoken(FRIDAY, "17:00")),
        nothing_added(),
        seeds=(s("Ring the cocky about the start date", due=berlin(D_FRI, "17:00")),),
    ),
    case(
        "Reckon remind me the arvo before the handpiece service",
        reminded(MONDAY, task=0, hours=AFTERNOON),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Get the handpiece serviced", due=D_TUE),),
    ),
    case(
        "Scrap the reminder on the combs, mate",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Sharpen the combs and cutters", reminder=berlin(D_FRI, "06:00")),),
    ),
)


# 6. Windows of days: the reply names what is in the window and leaves out what is not.
GLASGOW_DAYS = (
    s("Get the messages in", due=D_TODAY),
    s("Pay the council tax", due=D_FRI),
    s("Take the weans to the panto", due=D_SAT),
    s("Book the MOT for the motor", due=D_TUE),
    s("Phone the factor", due="2026-11-20"),
    s("Return the library books", "completed", due="2026-11-24"),
    s("Fix the close light", "deleted", due=D_FRI),
)
VIET_DAYS = (
    s("Send money to Má", due=D_MON),
    s("Call Cô Lan", due=D_SUN),
    s("Renew passport at Vietnamese embassy", due=D_THU),
    s("Order bánh chưng for Tết", due="2026-12-18"),
    s("Pay phone bill", due="2026-11-23"),
    s("Buy phở spices", "completed", due=D_FRI),
)
HOLLER_DAYS = (
    s("Split kindling for the woodstove", due=D_TODAY),
    s("Take Mamaw to the doctor", due=D_TUE),
    s("Can the green beans", due=D_SAT),
    s("Go to the church homecoming", due=D_SUN),
    s("Pay the propane man", due="2026-11-19"),
    s("Mend the henhouse", due="2026-12-10"),
    s("Clean the chimney", "deleted", due=D_SAT),
)
SAILOR_DAYS = (
    s("Service the watermaker", due=D_FRI),
    s("Renew the EPIRB registration", due=D_WED),
    s("Send the crew list to customs", due=D_SAT),
    s("Collect the new sails", due="2026-11-22"),
    s("Fit the AIS transponder", due="2026-12-16"),
    s("Buy diesel", "completed", due=D_TODAY),
    s("Check the rigging", "deleted", due=D_FRI),
)
CHAPLAIN_DAYS = (
    s("Visit Mrs Kowalski in room 4", due=D_TODAY),
    s("Prepare the memorial service readings", due=D_FRI_NEXT),
    s("Ring the Okafor family", due=D_FRI),
    s("Lead the bereavement group", due=D_TUE),
    s("Write to the Harper family", due="2026-11-21"),
    s("Order candles for the quiet room", "completed", due=D_MON),
    s("Bless the new garden", "deleted", due=D_TODAY),
)
COMIC_DAYS = (
    s("Write the tight five", due=D_FRI),
    s("Email my agent about the tour", due=D_MON),
    s("Submit the Fringe application", due=D_FRI_NEXT),
    s("Headline the Red Lion gig", due=D_SAT),
    s("Renew the public liability insurance", due="2026-11-18"),
    s("Record the podcast", due="2027-01-08"),
    s("Buy a new mic stand", "completed", due="2026-11-24"),
)
SCIENCE_DAYS = (
    s("Sign off the risk assessments", due=D_FRI, tags=["admin"]),
    s("Get the fume cupboards tested", due=D_THU, tags=["lab"]),
    s("Order the Year 10 chemicals", due=D_TUE, tags=["lab"]),
    s("Mark the Year 11 mocks", due="2026-12-10"),
    s("Write the department report", due="2026-11-20", tags=["admin"]),
    s("Check the eyewash stations", "completed", due=D_TODAY, tags=["lab"]),
    s("Book the planetarium trip", "deleted", due=D_FRI),
)
PHARMACY_DAYS = (
    s("Ring the wholesaler about the shortage", due=D_TODAY),
    s("Renew the GPhC registration", due="2026-12-15"),
    s("Make up Mr Dawson's blister packs", due=D_SAT),
    s("Run the flu clinic", due=D_WED),
    s("Do the controlled drugs balance check", due="2026-11-25"),
    s("Book a locum", "completed", due=D_FRI),
    s("Sort the returned medicines", due=D_SUN),
)
RIDER_DAYS = (
    s("Charge the ebike battery", due=D_TODAY),
    s("Patch the back tyre", due=D_FRI),
    s("Claim the tips on my tax return", due="2027-01-31"),
    s("Book my slots", due=D_SUN),
    s("Renew the phone contract", due="2026-11-16"),
    s("Return the old thermal bag", "completed", due="2026-11-23"),
    s("Buy new gloves", due=D_WED),
)
SHEARER_DAYS = (
    s("Pay the rego on the ute", due=D_MON),
    s("Sharpen the combs and cutters", due=D_TODAY),
    s("Ring the cocky about the start date", due=D_FRI),
    s("Shear at Bungaree", due="2026-12-07"),
    s("Book the footy tickets", due="2026-11-21"),
    s("Fuel up at the servo", "completed", due=D_TODAY),
    s("Fix the esky lid", "deleted", due=D_SAT),
    s("Get a haircut", due=D_SAT),
)

WINDOWS = (
    # Glaswegian Scots.
    case(
        "Whit's on the day?",
        says("messages"),
        lacks("council", "panto", "motor", "close light"),
        UNCHANGED,
        seeds=GLASGOW_DAYS,
    ),
    case(
        "Anything on the morra?",
        says("council"),
        lacks("messages", "panto", "motor", "close light"),
        UNCHANGED,
        seeds=GLASGOW_DAYS,
    ),
    case(
        "How's the weekend looking for me?",
        says("panto"),
        lacks("council", "motor", "close light", "library"),
        UNCHANGED,
        seeds=GLASGOW_DAYS,
    ),
    case(
        "Am I behind wi' anything?",
        says("factor"),
        lacks("library", "council", "motor", "panto", "close light"),
        UNCHANGED,
        seeds=GLASGOW_DAYS,
    ),
    # A Vietnamese speaker's English.
    case(
        "What I must do on Sunday?",
        says("Cô Lan"),
        lacks("money", "passport", "bánh", "phone bill"),
        UNCHANGED,
        seeds=VIET_DAYS,
    ),
    case(
        "Next week I have what tasks?",
        says("money"),
        lacks("bánh", "phở", "phone bill"),
        UNCHANGED,
        seeds=VIET_DAYS,
    ),
    case(
        "In December what I have?",
        says("passport", "bánh"),
        lacks("money", "Cô Lan", "phone bill"),
        UNCHANGED,
        seeds=VIET_DAYS,
    ),
    case(
        "Which task I finish already?",
        says("phở"),
        lacks("money", "passport", "bánh", "Cô Lan", "phone bill"),
        UNCHANGED,
        seeds=VIET_DAYS,
    ),
    # Appalachian.
    case(
        "What all's on for this weekend?",
        says("beans", "homecoming"),
        lacks("Mamaw", "henhouse", "chimney", "kindling"),
        UNCHANGED,
        seeds=HOLLER_DAYS,
    ),
    case(
        "Reckon I've let anything go past due?",
        says("propane"),
        lacks("Mamaw", "beans", "henhouse", "homecoming", "chimney"),
        UNCHANGED,
        seeds=HOLLER_DAYS,
    ),
    case(
        "What've I got between now and Wednesday?",
        says("beans", "homecoming", "Mamaw"),
        lacks("henhouse", "chimney"),
        UNCHANGED,
        seeds=HOLLER_DAYS,
    ),
    case(
        "Do I have anything on the 10th?",
        says("henhouse"),
        lacks("beans", "Mamaw", "homecoming", "propane"),
        UNCHANGED,
        seeds=HOLLER_DAYS,
    ),
    # A sailor on a delivery trip.
    case(
        "Jobs for tomorrow?",
        says("watermaker"),
        lacks("EPIRB", "crew list", "transponder", "rigging"),
        UNCHANGED,
        seeds=SAILOR_DAYS,
    ),
    case(
        "Anything adrift? Overdue, I mean",
        says("sails"),
        lacks("watermaker", "EPIRB", "crew list", "transponder", "diesel"),
        UNCHANGED,
        seeds=SAILOR_DAYS,
    ),
    case(
        "Next 3 days, what's on?",
        says("watermaker", "crew list"),
        lacks("EPIRB", "transponder", "rigging"),
        UNCHANGED,
        seeds=SAILOR_DAYS,
    ),
    case(
        "Which jobs are done and logged?",
        says("diesel"),
        lacks("watermaker", "EPIRB", "crew list", "sails", "transponder"),
        UNCHANGED,
        seeds=SAILOR_DAYS,
    ),
    # A hospice chaplain.
    case(
        "What is on my list for today, if I may ask?",
        says("Kowalski"),
        lacks("Okafor", "memorial", "bereavement", "garden"),
        UNCHANGED,
        seeds=CHAPLAIN_DAYS,
    ),
    case(
        "Is there anything I have let slip past its date?",
        says("Harper"),
        lacks("Okafor", "memorial", "bereavement", "candles", "garden"),
        UNCHANGED,
        seeds=CHAPLAIN_DAYS,
    ),
    case(
        "What have I on Tuesday?",
        says("bereavement"),
        lacks("Kowalski", "Okafor", "memorial", "Harper"),
        UNCHANGED,
        seeds=CHAPLAIN_DAYS,
    ),
    case(
        "What does next week hold for me?",
        says("bereavement"),
        lacks("Harper", "garden", "candles"),
        UNCHANGED,
        seeds=CHAPLAIN_DAYS,
    ),
    # A stand-up comedian.
    case(
        "What's on Saturday, besides crying in the green room?",
        says("Red Lion"),
        lacks("tight five", "agent", "Fringe", "podcast"),
        UNCHANGED,
        seeds=COMIC_DAYS,
    ),
    case(
        "Am I late on anything? Apart from rent. And emotionally.",
        says("insurance"),
        lacks("tight five", "agent", "Fringe", "Red Lion", "mic stand"),
        UNCHANGED,
        seeds=COMIC_DAYS,
    ),
    case(
        "What's coming up in January?",
        says("podcast"),
        lacks("tight five", "agent", "Fringe", "insurance"),
        UNCHANGED,
        seeds=COMIC_DAYS,
    ),
    case(
        "What's on tomorrow? Asking for a friend. The friend is me.",
        says("tight five"),
        lacks("agent", "Fringe", "Red Lion", "podcast"),
        UNCHANGED,
        seeds=COMIC_DAYS,
    ),
    # A secondary-school head of science.
    case(
        "What is tagged lab?",
        says("fume", "chemicals"),
        lacks("risk", "mocks", "department", "planetarium"),
        UNCHANGED,
        seeds=SCIENCE_DAYS,
    ),
    case(
        "What's still left for this week?",
        says("risk"),
        lacks("fume", "mocks", "eyewash", "planetarium"),
        UNCHANGED,
        seeds=SCIENCE_DAYS,
    ),
    case(
        "Anything on Thursday next week?",
        says("fume"),
        lacks("risk", "chemicals", "mocks", "department"),
        UNCHANGED,
        seeds=SCIENCE_DAYS,
    ),
    case(
        "Which deadlines have I already missed?",
        says("department"),
        lacks("risk", "fume", "chemicals", "mocks", "eyewash"),
        UNCHANGED,
        seeds=SCIENCE_DAYS,
    ),
    # A small-town pharmacist.
    case(
        "What's on over the weekend?",
        says("Dawson", "returned medicines"),
        lacks("wholesaler", "GPhC", "flu clinic", "locum"),
        UNCHANGED,
        seeds=PHARMACY_DAYS,
    ),
    case(
        "What's on Wednesday?",
        says("flu clinic"),
        lacks("Dawson", "GPhC", "wholesaler", "balance"),
        UNCHANGED,
        seeds=PHARMACY_DAYS,
    ),
    case(
        "Anything I should have done already?",
        says("balance"),
        lacks("Dawson", "GPhC", "flu clinic", "locum", "returned medicines"),
        UNCHANGED,
        seeds=PHARMACY_DAYS,
    ),
    case(
        "What do I have between the 10th and the 20th of December?",
        says("GPhC"),
        lacks("Dawson", "flu clinic", "wholesaler", "balance"),
        UNCHANGED,
        seeds=PHARMACY_DAYS,
    ),
    # A gig-economy food courier.
    case(
        "whats on for sun",
        says("slots"),
        lacks("battery", "tyre", "tax", "gloves"),
        UNCHANGED,
        seeds=RIDER_DAYS,
    ),
    case(
        "anything overdue lol",
        says("phone contract"),
        lacks("tyre", "tax", "slots", "thermal", "gloves"),
        UNCHANGED,
        seeds=RIDER_DAYS,
    ),
    case(
        "wot do i have tmrw",
        says("tyre"),
        lacks("battery", "slots", "tax", "gloves"),
        UNCHANGED,
        seeds=RIDER_DAYS,
    ),
    case(
        "whats left to do today",
        says("battery"),
        lacks("tyre", "slots", "gloves", "thermal", "tax"),
        UNCHANGED,
        seeds=RIDER_DAYS,
    ),
    # An Australian sheep shearer.
    case(
        "What's on this arvo?",
        says("combs"),
        lacks("rego", "cocky", "Bungaree", "esky", "haircut"),
        UNCHANGED,
        seeds=SHEARER_DAYS,
    ),
    case(
        "Anything on Monday, mate?",
        says("rego"),
        lacks("combs", "cocky", "Bungaree", "footy", "haircut"),
        UNCHANGED,
        seeds=SHEARER_DAYS,
    ),
    case(
        "What've I got on the weekend?",
        says("haircut"),
        lacks("rego", "cocky", "Bungaree", "esky", "combs"),
        UNCHANGED,
        seeds=SHEARER_DAYS,
    ),
    case(
        "Anything due the week after next?",
        says("Bungaree"),
        lacks("rego", "cocky", "haircut", "footy", "combs"),
        UNCHANGED,
        seeds=SHEARER_DAYS,
    ),
)


# 7. Follow-ups that lean on earlier messages.
FOLLOW_UPS = (
    # Glaswegian Scots.
    case(
        "And make it high priority, aye",
        bears("Get the messages in", priority="high"),
        before="Add get the messages in the morra",
    ),
    case("Done the second yin", *done(1), seeds=GLASGOW, before=SHOWN),
    case(
        "Naw, haud on, bring it back",
        called("restore_task"),
        state(2, status="pending"),
        seeds=GLASGOW,
        before="delete the MOT task",
    ),
    case(
        "Och, make that Monday",
        bears("Phone the factor", due=MONDAY),
        before="add phone the factor on Friday",
    ),
    # A Vietnamese speaker's English.
    case(
        "Please add tag family for it",
        tagged("family", title="Buy flowers for Tết"),
        before="Please add task buy flowers for Tết",
    ),
    case("First one I finish already", *done(2), seeds=VIET, before=SHOWN),
    case(
        "Sorry, not tomorrow, Saturday",
        bears("Call Cô Lan", due=SATURDAY),
        before="Please add call Cô Lan tomorrow",
    ),
    case(
        "Sorry, I make mistake, please bring back",
        called("restore_task"),
        state(1, status="pending"),
        seeds=VIET,
        before="Please delete the passport task",
    ),
    # Appalachian.
    case(
        "And reckon you could mark it important",
        bears("Fix the porch step", priority=("high", "urgent")),
        before="Put 'fix the porch step' on my list",
    ),
    case("The last one's done, praise be", *done(0), seeds=HOLLER, before=SHOWN),
    case(
        "Wait, no, I ain't done them yet",
        called("reopen_task"),
        state(2, status="pending"),
        seeds=HOLLER,
        before="Mark the green beans done",
    ),
    case(
        "The dog one",
        state(1, status="deleted"),
        state(0, status="pending"),
        seeds=("Take Mamaw to the doctor", "Take the dog to the vet"),
        before="Delete the take task",
    ),
    # A sailor on a delivery trip.
    case(
        "Due 10 December",
        bears("Check the liferaft cert", due=THURSDAY_10_DEC),
        before="Add check the liferaft cert",
    ),
    case(
        "First one, priority urgent",
        state(2, priority="urgent"),
        untouched_except(2),
        seeds=SAILOR,
        before=SHOWN,
    ),
    case(
        "Cancel that one, found a spare aboard",
        called("delete_task"),
        gone("Buy a new hand-bearing compass"),
        before="add buy a new hand-bearing compass",
    ),
    case(
        "Undo",
        called("update_task"),
        state(0, due=SATURDAY),
        seeds=(s("Service the watermaker", due=D_SAT),),
        before="Move the watermaker to Monday",
    ),
    # A hospice chaplain.
    case(
        "And could you add a note to it: mention the garden",
        described("garden", title="Write to the Harper family"),
        before="Please add a task to write to the Harper family",
    ),
    case(
        "The last one can be removed, thank you",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=CHAPLAIN,
        before=SHOWN,
    ),
    case(
        "Oh dear, that was premature — the candles haven't come. Could you undo that?",
        called("reopen_task"),
        state(2, status="pending"),
        seeds=CHAPLAIN,
        before="Tick off the candles",
    ),
    case(
        "The funeral director, please",
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=("Ring the Okafor family", "Ring the funeral director"),
        before="Tick off the ring one",
    ),
    # A stand-up comedian.
    case(
        "Actually make it Thursday. Wednesdays are for crying.",
        bears("Book the open mic", due=(TODAY, THURSDAY_NEXT)),
        before="Add book the open mic for Wednesday",
    ),
    case("Second one's done. Like my career.", *done(1), seeds=COMIC, before=SHOWN),
    case(
        "No wait, I need her. Put it back.",
        called("restore_task"),
        state(1, status="pending"),
        seeds=COMIC,
        before="Delete the agent task",
    ),
    case(
        "Make the Fringe one urgent",
        state(2, priority="urgent"),
        untouched_except(2),
        seeds=COMIC,
        before=SHOWN,
    ),
    # A secondary-school head of science.
    case(
        "and tag it lab please",
        tagged("lab", title="Order new goggles for Year 7"),
        before="Add a task to order new goggles for Year 7",
    ),
    case("The first and second are done.", *done(2, 1), seeds=SCIENCE, before=SHOWN),
    case(
        "Sorry — Monday, not tomorrow",
        bears("Write the cover work", due=MONDAY),
        before="Please add 'write the cover work' for tomorrow",
    ),
    case(
        "and delete it",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=SCIENCE,
        before="Search for fume",
    ),
    # A small-town pharmacist.
    case(
        "make it urgent, we're down to the last box",
        bears("Order more paracetamol", priority="urgent"),
        before="Add order more paracetamol",
    ),
    case("The last one on there is done", *done(0), seeds=PHARMACY, before=SHOWN),
    case(
        "Actually, undo that",
        called("update_task"),
        state(0, priority="medium"),
        seeds=(s("Renew the GPhC registration", priority="medium"),),
        before="Make the GPhC renewal urgent",
    ),
    # A gig-economy food courier.
    case("for sat", bears("Buy new gloves", due=SATURDAY), before="add buy new gloves"),
    case(
        "delete the middle one",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=RIDER,
        before=SHOWN,
    ),
    case(
        "nah get rid of that one",
        called("delete_task"),
        gone("Patch the back tyre"),
        before="add patch the back tyre tmrw",
    ),
    case(
        "wait no i havent",
        called("reopen_task"),
        state(1, status="pending"),
        seeds=RIDER,
        before="done the tyre",
    ),
    # An Australian sheep shearer.
    case(
        "Make it heaps important too",
        bears("Ring the cocky", priority=("high", "urgent")),
        before="Chuck on ring the cocky tomorrow",
    ),
    case("First one's sorted, mate", *done(2), seeds=SHEARER, before=SHOWN),
    case(
        "Ah bugger, wrong one, bring it back",
        called("restore_task"),
        state(0, status="pending"),
        seeds=SHEARER,
        before="Delete the rego task",
    ),
)


# 8. The contract's table in the voices' words, with search, tags, reopen and restore.
TABLE = (
    # Glaswegian Scots.
    case("Add a task tae buy a new kettle", fresh("Buy a new kettle")),
    case(
        "Show us aw ma tasks",
        says("messages", "council tax", "motor"),
        UNCHANGED,
        seeds=GLASGOW,
    ),
    # A Vietnamese speaker's English.
    case("Task {0} please mark as complete", *done(0), seeds=VIET),
    case(
        "Which task still pending, please?",
        says("Má", "bánh"),
        lacks("passport"),
        UNCHANGED,
        seeds=(s(VIET[0]), s(VIET[1], "completed"), s(VIET[2])),
    ),
    # Appalachian.
    case(
        "Delete the homecoming task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Go to the church homecoming", "Can the green beans"),
    ),
    case("I need to remember to pay the propane man", fresh("Pay the propane man")),
    # A sailor on a delivery trip.
    case(
        "What have I completed so far this trip?",
        says("diesel", "sails"),
        lacks("watermaker"),
        UNCHANGED,
        seeds=(
            s("Buy diesel", "completed"),
            s("Service the watermaker"),
            s("Collect the new sails", "completed"),
        ),
    ),
    case(
        "Change task {0} to 'Service the watermaker and swap the prefilter'",
        state(0, title="Service the watermaker and swap the prefilter"),
        untouched_except(0),
        seeds=SAILOR,
    ),
    # A hospice chaplain.
    case(
        "Could you find the task about the Harper family?",
        says("Harper"),
        UNCHANGED,
        seeds=("Write to the Harper family", "Visit Mrs Kowalski in room 4"),
    ),
    case(
        "Please restore the candles task; I deleted it in error",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s(CHAPLAIN[2], "deleted"), s(CHAPLAIN[0])),
    ),
    # A stand-up comedian.
    case(
        "Show me all my tasks. Brace yourself, it's bleak.",
        says("tight five", "agent", "Fringe"),
        UNCHANGED,
        seeds=COMIC,
    ),
    case(
        "Reopen the Fringe application, they rejected my PDF",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s(COMIC[2], "completed"), s(COMIC[0])),
    ),
    # A secondary-school head of science.
    case(
        "Which tags am I using at the moment?",
        says("lab", "admin"),
        UNCHANGED,
        seeds=(
            s(SCIENCE[1], tags=["lab"]),
            s(SCIENCE[0], tags=["admin"]),
            s(SCIENCE[2]),
        ),
    ),
    case("Mark the risk assessments task as done", *done(0), seeds=SCIENCE),
    # A small-town pharmacist.
    case("Add a task to order more sharps bins", fresh("Order more sharps bins")),
    case(
        "Tag the flu clinic task with clinic",
        tagged("clinic", task=0),
        untouched_except(0),
        seeds=("Run the flu clinic", PHARMACY[0]),
    ),
    # A gig-economy food courier.
    case(
        "whats pending",
        says("battery", "tax"),
        lacks("tyre"),
        UNCHANGED,
        seeds=(s(RIDER[0]), s(RIDER[1], "completed"), s(RIDER[2])),
    ),
    case(
        "get rid of the gloves task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Buy new gloves", RIDER[0]),
    ),
    # An Australian sheep shearer.
    case(
        "What have I knocked off already?",
        says("rego", "cocky"),
        lacks("combs"),
        UNCHANGED,
        seeds=(s(SHEARER[0], "completed"), s(SHEARER[1]), s(SHEARER[2], "completed")),
    ),
    case(
        "Change task {0} to 'Pay the rego on the ute and the trailer'",
        state(0, title="Pay the rego on the ute and the trailer"),
        untouched_except(0),
        seeds=SHEARER,
    ),
)


# 9. Messages that must change nothing: chit-chat, what the assistant cannot do, ambiguity.
SAFETY = (
    # Glaswegian Scots.
    case("Pure baltic oot the day, so it is", UNCHANGED, seeds=GLASGOW),
    case(
        "Tick off the pay one",
        UNCHANGED,
        says("council", "factor"),
        seeds=("Pay the council tax", "Pay the factor"),
    ),
    case("Aye, get rid", UNCHANGED, seeds=GLASGOW),
    # A Vietnamese speaker's English.
    case("Cảm ơn nhiều, you are very helpful!", UNCHANGED, seeds=VIET),
    case("What is exchange rate euro to dong?", UNCHANGED, seeds=VIET),
    case(
        "Delete the send task",
        UNCHANGED,
        says("Má", "photos"),
        seeds=("Send money to Má", "Send photos to Cô Lan"),
    ),
    # Appalachian.
    case("Lord, it's rained since Tuesday and the creek's up", UNCHANGED, seeds=HOLLER),
    case(
        "I reckon I might delete the kindling task, I ain't sure yet",
        UNCHANGED,
        seeds=HOLLER,
    ),
    # A sailor on a delivery trip.
    case("Wind backing SW, 25 knots, reefed down", UNCHANGED, seeds=SAILOR),
    case("What's high water at Falmouth tomorrow?", UNCHANGED, seeds=SAILOR),
    case("That's squared away.", UNCHANGED, seeds=SAILOR),
    # A hospice chaplain.
    case(
        "It was a peaceful passing this morning. Thank you for listening.",
        UNCHANGED,
        seeds=CHAPLAIN,
    ),
    case("Could you write a short prayer for a grieving family?", UNCHANGED, seeds=CHAPLAIN),
    case(
        "The visit is done",
        UNCHANGED,
        says("Kowalski", "Adeyemi"),
        seeds=("Visit Mrs Kowalski", "Visit Mr Adeyemi"),
    ),
    # A stand-up comedian.
    case(
        "Why did the to-do list break up with the calendar? It needed space. Too many dates.",
        UNCHANGED,
        seeds=COMIC,
    ),
    case("Delete my dignity, ha", UNCHANGED, seeds=COMIC),
    # A secondary-school head of science.
    case("Year 9 set fire to a bench again. Minor. Nobody hurt.", UNCHANGED, seeds=SCIENCE),
    case("What's the molar mass of copper sulfate?", UNCHANGED, seeds=SCIENCE),
    case(
        "The ordering one is finished",
        UNCHANGED,
        says("chemicals", "goggles"),
        seeds=("Order the Year 10 chemicals", "Order new goggles"),
    ),
    # A small-town pharmacist.
    case("Can I give ibuprofen with warfarin?", UNCHANGED, seeds=PHARMACY),
    case(
        "Ring task is done",
        UNCHANGED,
        says("wholesaler", "Patel"),
        seeds=("Ring the wholesaler", "Ring Mrs Patel about her repeat"),
    ),
    # A gig-economy food courier.
    case("3 orders batched and the restaurant took 20 mins smh", UNCHANGED, seeds=RIDER),
    case(
        "delete the one about the bike",
        UNCHANGED,
        says("Service the bike", "chain"),
        seeds=("Service the bike", "Clean the bike chain"),
    ),
    # An Australian sheep shearer.
    case("Flat out today, 180 through the shed before smoko", UNCHANGED, seeds=SHEARER),
    case("Knocked off a couple of jobs, dunno which ones", UNCHANGED, seeds=SHEARER),
)


HELD_OUT_SEVENTEENTH: tuple[Case, ...] = (
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
