"""A thirteenth held-out set of everyday requests to the chat, written apart from the engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py``, ``second_voice.py`` to ``tenth_voice.py``, ``held_out.py`` to
``held_out_twelfth.py``): only their imports, helpers, constants and module docstrings. They
were written before the changes that will be scored against them, from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section), from the tools' arguments
(``docs/mcp.md``), from how a conversation is played (``conftest.py``) and from what an
ordinary user of a task manager would expect. No sentence was run through the engine while
writing, no scoring test was run, and none is ever tuned against, sentence by sentence: a miss
here is a miss to report, not an expectation to adjust.

This set is written in ten voices that the earlier sets did not use, each of them across the
families: Yorkshire English ("ey up", "love", "t'" for "the", "us" for "me", "nowt", "owt",
"summat", "reyt" for "very", "while" for "until", the ginnel and the snicket, "siling down",
"Mam"); Brummie, the English of Birmingham ("bab", "tara-a-bit", "ow bist", "yow", "our mom",
"me mom", "the babby", cobs, the QE, "I ay" for "I haven't", "like"); New York English ("gotta",
"yo", the super, alternate side parking, bagels, Con Ed, the Knicks, the co-op board, "ping
me", "kill the reminder", Thanksgiving today); a Hebrew speaker's English ("open me a task",
"close" for "done", "until Sunday" for "by Sunday", "after tomorrow" for the day after
tomorrow, "yalla", "sababa", "nu", "toda raba", the arnona, the vaad bayit, Shabbat); a Finnish
speaker's English (terse, articles dropped, "moi", "kiitos", "no niin", "is ready" for "done",
"Return it", "12.00", "1.12." for a date, the tax card, the mökki, the sauna, pikkujoulu); the
owner of a livery yard (the farrier, haylage, poo-picking, worming, the equine dentist, the
arena, Dolly and Monty, "pop a job on", "sorted"); a host of two holiday lets (changeovers,
the keysafe, linen, the hot tub, guests' reviews, the listing, the cottage and the barn); a
Cub Scout leader ("Akela here", Beavers, Cubs, badges, the sleepover, risk assessments, the
DC, the hut, the gang show, woggles, "DYB DYB DYB"); a publican (cleaning the lines, the dray,
the brewery, quiz night, the premises licence, the gents, "last orders", "bin it", "me list");
and a swimming coach (county entries, lanes at the leisure centre, squad sets, the club
champs, the relay team, timing pads, the gala, "🏊").

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("put us down to", "can tha add", "I'll need
   to ... while Friday", "don't let us forget to", "put down for me:", "I gotta ... put it on
   the list", "yo add a todo:", "Open me a task:", "I need to remember to", "Add task ...
   Deadline Monday.", "I must ... put it to list", "pop a job on", "Note to self for the yard:",
   "I really ought to ..., could you jot that down?", "Akela here, add:", "stick ... on for",
   "put on me list:", "Need to ... can you add it for Monday?"), with dates, times, priority,
   tags and notes; only the title reaches the title, and a note is kept as the description.
2. ``REPEATS``: repeats said in words ("every month on the 1st", "every three weeks now",
   "every Saturday at 9", "every other Wednesday", "every Tuesday and Friday at 8am", "monthly
   on the 1st", "every Friday ... at 2 in the afternoon", "every two months", "every 3 days",
   "every Saturday at 17", "every second week", "every morning at 7", "every 12 weeks", "every
   5 weeks now instead of 6", "the last Sunday of every month", "every quarter", "every Monday
   and Friday at 11", "a weekly thing", "every year on 11 November", "every 7 days", "every
   Mon, Wed and Fri at 6am", "every other month", "every Thursday and Saturday now", "every
   weekday at half seven"), on a new task or an existing one; a repeat changed or stopped
   ("stop t' bingo one repeating", "stop repeating", "Stop repeat.", "won't need to repeat
   after this one", "stop the weekly repeat on it").
3. ``FACTS``: statements of fact that mean "done" ("paid ... this morning", "'s mended at
   last", "got the cobs", "are booked for the 9th", "finally got ahold of", "'s moved", "I
   paid yesterday, sababa", "I talked with", "are changed. Kiitos.", "is sent ... already",
   "'s booked for Weds", "came this morning, all stacked", "changed and sent ✔️", "I've
   replied", "arrived today!", "is done and signed off", "cleaned, tastes lovely", "spoke to",
   "submitted ✅", "have confirmed") complete the task they name and leave every other task
   alone; negatives ("not got ... yet", "I ay took ... yet", "not chopped", "still isn't
   ordered", "isn't written yet"), plans ("I will buy ... tomorrow", "I'm going to collect")
   and questions ("did I ... already?", "Have ... gone out?", "have I written ...?") change
   nothing.
4. ``EDITS``: priority a level up or down or set ("reyt urgent", "knock it down a bit", "bump
   ... up", "put it urgent", "priority to high", "drop it to low", "high priority please",
   "top priority", "down a notch"), the due date pushed back a week or two days, brought
   forward a day or a week, moved to a weekday, to Monday, to "after tomorrow", to next week,
   to 1pm the same day, to Tuesday at the same time, "while Monday"; a due date taken off;
   rename; a note set or changed; tags added or swapped, on one task or two.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, at a time or relative
   to its due date ("give us a nudge ... Saturday morning at 9", "an hour before", "the night
   before", "30 mins before", "to 11 o'clock", "15 min before", "tmrw at noon", "one day
   before, in the morning", "two hours before", "Monday 12.00", "one week before", "the day
   before, about 5pm", "3 hours before", "at 4 this afternoon", "the evening before", "half an
   hour before", "sunday night", "to half nine", "at lunchtime tomorrow", "2 days before",
   "when I leave work tomorrow, like 5:30"), or cleared ("don't bother reminding us", "kill the
   reminder", "Remove reminder", "no need for a reminder", "take the reminder off", "get rid of
   the ... reminder"); no task is added and the task's due date stays as it was.
6. ``WINDOWS``: questions about today ("owt on today", "it's Thanksgiving"), tonight, tomorrow
   ("tomorra", "What I have tomorrow?"), a weekday, Saturday week, the weekend, this week, next
   week, a month ("in December"), a span ("between friday and sunday", "between now and the
   10th", "from 1.12. to 11.12.", "Monday to Friday next week", "before Christmas") and overdue
   ("am I behind wi' owt?", "Which tasks are late?", "What's gone past its date?", "anything
   I'm late with?"): the reply names what is in the window, leaves out what is not (a deleted
   task never, a completed one never as overdue), and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "nay, make it Saturday",
   "make that urgent, bab", "actually make it 9am", "Put it for tomorrow", "Priority high.", a
   tag or a note added to the task just made, "and one to ... too", a corrected title ("wrong
   property — it's for the barn"), "due next Thursday", "make it high priority and due
   Monday", a position in a list just shown ("t' middle one", "the last one", "first and
   last", "the second one", "the third one", "top one", "the top two", "the bottom one"),
   "eh no I 'aven't" and "Sorry, mistake. Not changed yet." after a fact, "put it back",
   "bring it back", "No wait, cancel", "scrap that", "undo" after two turns, "and saturday?".
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending ("what
   ay I done yet"), complete ("Task N is ready.", "mark ... as done"), delete ("Erase", "bin"),
   rename, "I need to remember", completed), with search, tags, reopen ("open it again") and
   restore ("Return it"); and safety: an ambiguous request asks and changes nothing (and the
   reply names the candidates where the user must choose between two), a message that is not a
   request changes nothing ("tara-a-bit bab!", "No niin.", "DYB DYB DYB!", "last orders!"), and
   nothing is deleted or completed on a guess (a task that does not exist, "two of the horses
   have had their feet done" that names none, "Done.", "Close the task", "get rid of it" or
   "that's done" with nothing before it, a question whether something is done, a hedge about
   deleting).

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. "This week" is asked only of tasks that are in it
(or out of it) on every reading, whether it ends on Sunday or runs seven days, and so is "next
week"; the weekend is not asked of the Hebrew speaker, whose weekend is Friday and Saturday.
Seeded times carry Berlin's winter offset (+01:00). Tasks are checked as the tools report them
(``status`` pending, completed or deleted; ``priority`` none, low, medium, high or urgent;
``tags`` a list; ``description``; ``due`` and ``reminder`` spoken in the user's zone, "Friday
27 November 2026" for a whole day and "Friday 27 November 2026, 09:00" with a time;
``recurrence`` as RRULE text). Titles are expected with their first letter capitalised and kept
in the user's own words ("Pay t' window cleaner", "Take me mom to the QE", "Pay the arnona",
"Chop firewood for the mökki"); where a title may fairly be kept with or without a word (a
dialect "t'" or "the", a trailing clause that gives a purpose or an occasion, a day name the
user wrote in lowercase inside the title), each is accepted. Where the words leave the meaning
open ("next Wednesday" or "next Friday" said on a Thursday, "before end of month", "reyt
important", "is very important", "super important", "top priority", "nowt urgent", "tomorrow
morning", "Monday night", "first thing", "the night before", "at lunchtime"), every reasonable
reading is accepted; a day said without a time is checked on the day only. Words of the voice
are read as the voice means them: the Yorkshire "while Friday" is "until Friday", the Brummie
"I ay" is "I haven't", the Hebrew speaker's "after tomorrow" is the day after tomorrow and
"close" is "done", the Finnish speaker's "is ready" is "done" and "1.12." is 1 December, and
"Saturday week" is Saturday 5 December. A list shows the latest seeded task first, as the
corpus says: "the second one" and "the middle one" of three are the middle one either way,
"the first one" and "the top one" are the last seeded, and "the last one", "the third one" and
"the bottom one" the first seeded; a list is always counted by position, never by an id.
Recurring seeds carry a due date, as a repeating task in a task manager usually has one, and no
recurring task is completed (its next occurrence would be a new task). Projects are left out,
as the seeds are tasks only.

A follow-up that takes back a completion or a deletion also expects ``reopen_task`` or
``restore_task`` to be called (by ``docs/mcp.md`` the only tools that can do it), and one that
withdraws a task just added expects ``delete_task`` (or, where the user says it is already
done, finds that task deleted or completed), so that a first message that changed nothing
cannot make the case pass; an undo of an edit expects ``update_task`` again. A follow-up on a
task just added finds it by the titles the first message may fairly have given it, with the
field the follow-up sets, so it cannot pass when that task is missing.

No new check is defined here: the set uses the helpers of ``held_out.py``,
``held_out_second.py``, ``held_out_fourth.py`` and ``held_out_fifth.py`` as they are.
"""

from __future__ import annotations

from .corpus import UNCHANGED, Case, called, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out_fifth import bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
    MORNING,
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
    NEXT_WEEK,
    SATURDAY_NEXT,
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
)

__all__ = ["HELD_OUT_THIRTEENTH"]

# A few more days, as the tools say them.
WEDNESDAY_9_DEC = "Wednesday 9 December 2026"

# Tasks of each voice, for the families that need several of them.
YORKS = ("Pay the window cleaner", "Mend the gate on the ginnel", "Get the coal in for Mam")
BRUM = ("Pick up the cobs from the bakers", "Take me mom to the QE", "Book the babby's jabs")
NYC = (
    "Call the super about the radiator",
    "Move the car for alternate side parking",
    "Get bagels for Sunday brunch",
)
HEBREW = (
    "Pay the arnona",
    "Call the vaad bayit about the elevator",
    "Buy wine for the Shabbat dinner",
)
FINNISH = ("Change winter tyres", "Send tax card to employer", "Chop firewood for the mökki")
YARD = ("Book the farrier", "Order twenty bales of haylage", "Send the livery invoices")
LETS = (
    "Change the keysafe code",
    "Order more linen for the cottage",
    "Reply to the guest about parking",
)
SCOUTS = (
    "Order the cooking badges",
    "Do the risk assessment for the sleepover",
    "Collect subs from the Beavers",
)
PUB = ("Clean the lines", "Ring the brewery about the dray", "Write the quiz for Tuesday")
SWIM = (
    "Send the county entries",
    "Book extra lanes at the leisure centre",
    "Write Saturday's squad sets",
)


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED = (
    # Yorkshire.
    case(
        "ey up love, put us down to pay t' window cleaner on Saturday, ta",
        fresh("Pay t' window cleaner", "Pay the window cleaner"),
        when(SATURDAY),
    ),
    case(
        "can tha add mend the gate on the ginnel — nowt urgent, whenever I get round to it",
        fresh("Mend the gate on the ginnel", priority=("none", "low"), due=CLEARED),
    ),
    case(
        "I'll need to get t' coal in for me mam while Friday, reyt important is that",
        fresh(
            "Get t' coal in for me mam",
            "Get the coal in for me mam",
            priority=("high", "urgent"),
        ),
        when(FRIDAY),
    ),
    case(
        "don't let us forget to ring our Sandra for her birthday on the 3rd",
        fresh("Ring our Sandra for her birthday", "Ring our Sandra"),
        when(THURSDAY_NEXT),
    ),
    # Brummie.
    case(
        "tara-a-bit bab... oh wait, before I go, add pick up the cobs from the bakers "
        "tomorrow morning",
        fresh("Pick up the cobs from the bakers"),
        when(FRIDAY),
    ),
    case(
        "Ow bist! put down for me: take me mom to the QE Tuesday at 2pm. note: her letter's in "
        "the kitchen drawer",
        fresh("Take me mom to the QE"),
        when(TUESDAY_NEXT, hours=[14]),
        described("kitchen drawer"),
    ),
    case(
        "add book the babby's jabs, it's urgent like",
        fresh("Book the babby's jabs", priority="urgent"),
    ),
    # New York.
    case(
        "ok so I gotta call the super about the radiator, it's banging all night. put it on the "
        "list for tomorrow, high priority",
        fresh("Call the super about the radiator", priority="high"),
        when(FRIDAY),
    ),
    case(
        "yo add a todo: move the car for alternate side parking monday 7:30am",
        fresh("Move the car for alternate side parking", due=spoken(MONDAY, "07:30")),
    ),
    case(
        "can you put down get bagels for sunday brunch, tag it #weekend",
        fresh("Get bagels for sunday brunch", "Get bagels for Sunday brunch", "Get bagels"),
        tagged("weekend"),
    ),
    # A Hebrew speaker's English.
    case("Open me a task: pay the arnona until Sunday", fresh("Pay the arnona"), when(SUNDAY)),
    case(
        "yalla, I need to remember to call the vaad bayit about the elevator, is very important",
        fresh("Call the vaad bayit about the elevator", priority=("high", "urgent")),
    ),
    case(
        "Add please buy wine for the Shabbat dinner for tomorrow, and in the notes write: the "
        "red one that Dana likes",
        fresh("Buy wine for the Shabbat dinner"),
        when(FRIDAY),
        described("Dana likes"),
    ),
    # A Finnish speaker's English.
    case(
        "Moi. Add task change winter tyres. Deadline Monday.",
        fresh("Change winter tyres"),
        when(MONDAY),
    ),
    case(
        "I must send tax card to employer before end of month, put it to list please",
        fresh("Send tax card to employer"),
        when((SUNDAY, MONDAY)),
    ),
    case(
        "New task: chop firewood for the mökki. Low priority. Tag mökki",
        fresh("Chop firewood for the mökki", priority="low"),
        tagged("mökki"),
    ),
    # A livery yard.
    case(
        "can you pop a job on — book the farrier for next Wednesday, Dolly's thrown a shoe again",
        fresh("Book the farrier"),
        when((WEDNESDAY_NEXT, WEDNESDAY_9_DEC)),
    ),
    case(
        "order twenty bales of haylage, priority high, tag feed",
        fresh("Order twenty bales of haylage", priority="high"),
        tagged("feed"),
    ),
    case(
        "Note to self for the yard: send the livery invoices on the 1st",
        fresh("Send the livery invoices"),
        when(TUESDAY_NEXT),
    ),
    # A holiday-let host.
    case(
        "Hi! Could you add a job — change the keysafe code before the new guests check in on "
        "Saturday at 4pm",
        fresh(
            "Change the keysafe code",
            "Change the keysafe code before the new guests check in",
        ),
        when(SATURDAY),
    ),
    case(
        "Order more linen for the cottage — medium priority please, and put a note: king size, "
        "white, 4 sets",
        fresh("Order more linen for the cottage", priority="medium"),
        described("king size"),
    ),
    case(
        "I really ought to reply to the guest about parking today, could you jot that down?",
        fresh("Reply to the guest about parking"),
        when(TODAY),
    ),
    # A Cub Scout leader.
    case(
        "Akela here 😄 add: order the cooking badges by next Friday",
        fresh("Order the cooking badges"),
        when((FRIDAY, FRIDAY_NEXT)),
    ),
    case(
        "Please add do the risk assessment for the sleepover, due 10th December, tag cubs",
        fresh("Do the risk assessment for the sleepover"),
        when(THURSDAY_10_DEC),
        tagged("cubs"),
    ),
    case(
        "stick 'collect subs from the Beavers' on for Monday night, ta",
        fresh("Collect subs from the Beavers"),
        when(MONDAY),
    ),
    # A publican.
    case(
        "put on me list: clean the lines tuesday first thing, tag cellar",
        fresh("Clean the lines"),
        when(TUESDAY_NEXT),
        tagged("cellar"),
    ),
    case(
        "ring the brewery about the dray, it never turned up this morning. urgent",
        fresh("Ring the brewery about the dray", priority="urgent"),
    ),
    case(
        "Need to write the quiz for Tuesday's quiz night — can you add it for Monday?",
        fresh("Write the quiz for Tuesday's quiz night", "Write the quiz"),
        when(MONDAY),
    ),
    # A swimming coach.
    case(
        "Add 'send the county entries' — deadline's Friday 5pm, super important!!",
        fresh("Send the county entries", priority=("high", "urgent")),
        when(FRIDAY, hours=[17]),
    ),
    case(
        "could you add a task to book extra lanes at the leisure centre for the gala warm-up? "
        "note: we need 4 lanes from 8 till 10",
        fresh(
            "Book extra lanes at the leisure centre",
            "Book extra lanes at the leisure centre for the gala warm-up",
        ),
        described("4 lanes"),
    ),
    case(
        "write saturday's squad sets tonight, tag sessions",
        fresh("Write saturday's squad sets", "Write Saturday's squad sets"),
        when(TODAY),
        tagged("sessions"),
    ),
)


# 2. Repeats said in words, on a new task or an existing one; a repeat changed or stopped.
REPEATS = (
    # Yorkshire.
    case(
        "pay t' paper bill every month on the 1st",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay t' paper bill", "Pay the paper bill"),
            either=(("BYMONTHDAY=1", " 1 December"),),
        ),
    ),
    case(
        "t' window cleaner's coming every three weeks now, not every month",
        repeats("FREQ=WEEKLY;INTERVAL=3", "FREQ=DAILY;INTERVAL=21", task=0),
        untouched_except(0),
        seeds=(s("Pay the window cleaner", due="2026-11-28", recurrence="FREQ=MONTHLY"),),
    ),
    case(
        "Mam's packed in bingo, so stop t' bingo one repeating, would you",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s(
                "Take Mam to bingo",
                due=berlin("2026-11-27", "18:30"),
                recurrence="FREQ=WEEKLY;BYDAY=FR",
            ),
            "Ring our Sandra",
        ),
    ),
    case(
        "every weekday at half seven I need to walk t' dog, add it",
        repeats(*WEEKDAY_RULES, called=("Walk t' dog", "Walk the dog"), either=(at(7, 30),)),
    ),
    # Brummie.
    case(
        "can yow add take our mom to the market every Saturday at 9, bab",
        repeats(
            "FREQ=WEEKLY",
            called=("Take our mom to the market",),
            either=(on("BYDAY=SA", "Saturday"), at(9)),
        ),
    ),
    case(
        "book the babby's swimming lesson every other Wednesday",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            called=("Book the babby's swimming lesson",),
            either=(on("BYDAY=WE", "Wednesday"),),
        ),
    ),
    case(
        "the council's changed us bins to Thursdays, can yow change the bins task",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=TH", "Thursday"),)),
        untouched_except(0),
        seeds=(
            s("Put the bins out", due="2026-11-30", recurrence="FREQ=WEEKLY;BYDAY=MO"),
            "Pick up the cobs from the bakers",
        ),
    ),
    # New York.
    case(
        "alternate side is every Tuesday and Friday at 8am, make me a recurring task to move "
        "the car",
        repeats("FREQ=WEEKLY;BYDAY=TU,FR", called=("Move the car",), either=(at(8),)),
    ),
    case(
        "add pay rent, monthly on the 1st",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay rent",),
            either=(("BYMONTHDAY=1", " 1 December"),),
        ),
    ),
    case(
        "the CSA season's over, stop repeating the CSA box thing",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Pick up the CSA box", due="2026-12-01", recurrence="FREQ=WEEKLY;BYDAY=TU"),
            "Call the super about the radiator",
        ),
    ),
    # A Hebrew speaker's English.
    case(
        "Open me a task to call my mother every Friday before Shabbat, at 2 in the afternoon",
        repeats(
            "FREQ=WEEKLY",
            called=("Call my mother", "Call my mother before Shabbat"),
            either=(on("BYDAY=FR", "Friday"), at(14)),
        ),
    ),
    case(
        "The arnona I pay now every two months, change it please",
        repeats("FREQ=MONTHLY;INTERVAL=2", task=0),
        untouched_except(0),
        seeds=(s("Pay the arnona", due="2026-12-01", recurrence="FREQ=MONTHLY"),),
    ),
    case(
        "Water the plants on the mirpeset every 3 days",
        repeats("FREQ=DAILY;INTERVAL=3", called=("Water the plants on the mirpeset",)),
    ),
    # A Finnish speaker's English.
    case(
        "Sauna heating every Saturday at 17. Add.",
        repeats(
            "FREQ=WEEKLY",
            called=("Sauna heating", "Heat the sauna"),
            either=(on("BYDAY=SA", "Saturday"), at(17)),
        ),
    ),
    case(
        "Check the mökki every second week in winter",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=DAILY;INTERVAL=14",
            called=("Check the mökki", "Check the mökki in winter"),
        ),
    ),
    case(
        "Meter reading is not needed every month any more, company reads it self. Stop repeat.",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Send electricity meter reading", due="2026-11-30", recurrence="FREQ=MONTHLY"),
            "Change winter tyres",
        ),
    ),
    # A livery yard.
    case(
        "poo-pick the field every morning at 7",
        repeats("FREQ=DAILY", called=("Poo-pick the field",), either=(at(7),)),
    ),
    case(
        "worm the horses every 12 weeks",
        repeats(
            "FREQ=WEEKLY;INTERVAL=12",
            "FREQ=DAILY;INTERVAL=84",
            called=("Worm the horses",),
        ),
    ),
    case(
        "the farrier wants to come every 5 weeks now instead of 6",
        repeats("FREQ=WEEKLY;INTERVAL=5", "FREQ=DAILY;INTERVAL=35", task=0),
        untouched_except(0),
        seeds=(
            s("Book the farrier", due="2026-12-03", recurrence="FREQ=WEEKLY;INTERVAL=6"),
            "Order twenty bales of haylage",
        ),
    ),
    # A holiday-let host.
    case(
        "Set up a recurring task: deep clean the hot tub on the last Sunday of every month",
        repeats(
            "FREQ=MONTHLY;BYDAY=-1SU",
            "FREQ=MONTHLY;BYDAY=SU;BYSETPOS=-1",
            called=("Deep clean the hot tub",),
        ),
    ),
    case(
        "Could the smoke alarms check repeat every quarter?",
        repeats("FREQ=MONTHLY;INTERVAL=3", task=0),
        untouched_except(0),
        seeds=(s("Check the smoke alarms", due="2026-12-01"), "Order more linen for the cottage"),
    ),
    case(
        "add changeover clean every Monday and Friday at 11",
        repeats("FREQ=WEEKLY;BYDAY=MO,FR", called=("Changeover clean",), either=(at(11),)),
    ),
    # A Cub Scout leader.
    case(
        "Cubs is every Wednesday 6:30 till 8 — can you add 'open up the hut' as a weekly thing "
        "for that",
        repeats(
            "FREQ=WEEKLY",
            called=("Open up the hut",),
            either=(on("BYDAY=WE", "Wednesday"), at(18, 30)),
        ),
    ),
    case(
        "the Beavers' subs are going termly from January, so stop the weekly repeat on it please",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s(
                "Collect subs from the Beavers",
                due="2026-11-30",
                recurrence="FREQ=WEEKLY;BYDAY=MO",
            ),
            "Order the cooking badges",
        ),
    ),
    case(
        "Remind me every year on 11 November to order the poppies",
        repeats(
            "FREQ=YEARLY",
            called=("Order the poppies",),
            either=(("BYMONTHDAY=11", "11 November"),),
        ),
    ),
    # A publican.
    case(
        "add write the quiz, every Monday afternoon",
        repeats(
            "FREQ=WEEKLY",
            called=("Write the quiz",),
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "clean the lines every 7 days",
        repeats("FREQ=WEEKLY", "FREQ=DAILY;INTERVAL=7", called=("Clean the lines",)),
    ),
    case(
        "Cancelled Sky Sports, so the Sky bill won't need to repeat after this one",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Pay the Sky Sports bill", due="2026-12-05", recurrence="FREQ=MONTHLY"),
            "Clean the lines",
        ),
    ),
    # A swimming coach.
    case(
        "Squad training is every Mon, Wed and Fri at 6am – add 'unlock the pool store' for those",
        repeats("FREQ=WEEKLY;BYDAY=MO,WE,FR", called=("Unlock the pool store",), either=(at(6),)),
    ),
    case(
        "check the timing pads every other month",
        repeats("FREQ=MONTHLY;INTERVAL=2", called=("Check the timing pads",)),
    ),
    case(
        "make the squad sets one every Thursday and Saturday now",
        repeats("FREQ=WEEKLY;BYDAY=TH,SA", task=0),
        untouched_except(0),
        seeds=(
            s("Write the squad sets", due="2026-11-28", recurrence="FREQ=WEEKLY;BYDAY=SA"),
            "Send the county entries",
        ),
    ),
)


# 3. Statements of fact that mean "done"; negatives, plans and questions change nothing.
FACTS = (
    # Yorkshire.
    case("paid t' window cleaner this morning, he were early for once", *done(0), seeds=YORKS),
    case("gate on t' ginnel's mended at last", *done(1), seeds=YORKS),
    case("not got t' coal in for Mam yet, it's siling down", UNCHANGED, seeds=YORKS),
    case(
        "ey up, good news — got t' coal in for Mam before t' rain came",
        *done(2),
        seeds=YORKS,
    ),
    # Brummie.
    case("got the cobs, bab", *done(0), seeds=BRUM),
    case("the babby's jabs are booked for the 9th", *done(2), seeds=BRUM),
    case("I ay took me mom to the QE yet, it's next week", UNCHANGED, seeds=BRUM),
    # New York.
    case(
        "finally got ahold of the super about the radiator, he's coming Monday",
        *done(0),
        seeds=NYC,
    ),
    case("car's moved, no ticket this time thank god", *done(1), seeds=NYC),
    case("did I move the car already?", UNCHANGED, seeds=NYC),
    # A Hebrew speaker's English.
    case("The arnona I paid yesterday, sababa", *done(0), seeds=HEBREW),
    case(
        "I talked with the vaad bayit, they will fix the elevator next week",
        *done(1),
        seeds=HEBREW,
    ),
    case("I will buy the wine tomorrow in the morning", UNCHANGED, seeds=HEBREW),
    # A Finnish speaker's English.
    case("Winter tyres are changed. Kiitos.", *done(0), seeds=FINNISH),
    case("Tax card is sent to employer already", *done(1), seeds=FINNISH),
    case("Firewood not chopped. Too cold.", UNCHANGED, seeds=FINNISH),
    # A livery yard.
    case("farrier's booked for Weds", *done(0), seeds=YARD),
    case("haylage came this morning, all stacked in the barn", *done(1), seeds=YARD),
    case("Have the livery invoices gone out?", UNCHANGED, seeds=YARD),
    # A holiday-let host.
    case("Keysafe code changed and sent to the guests ✔️", *done(0), seeds=LETS),
    case("I've replied to the guest about parking.", *done(2), seeds=LETS),
    case("Linen still isn't ordered, the supplier's website is down", UNCHANGED, seeds=LETS),
    # A Cub Scout leader.
    case("The cooking badges arrived today!", *done(0), seeds=SCOUTS),
    case(
        "risk assessment for the sleepover is done and signed off by the DC",
        *done(1),
        seeds=SCOUTS,
    ),
    case("I'm going to collect the Beavers' subs on Monday", UNCHANGED, seeds=SCOUTS),
    # A publican.
    case("lines cleaned, tastes lovely", *done(0), seeds=PUB),
    case("spoke to the brewery, dray's coming Friday now", *done(1), seeds=PUB),
    case("quiz isn't written yet, I'll do it tonight", UNCHANGED, seeds=PUB),
    # A swimming coach.
    case("county entries submitted ✅", *done(0), seeds=SWIM),
    case("The leisure centre have confirmed our extra lanes 👍", *done(1), seeds=SWIM),
    case("have I written Saturday's sets?", UNCHANGED, seeds=SWIM),
)


# 4. Edits: priority, due date moved or cleared, rename, note, tags.
EDITS = (
    # Yorkshire.
    case(
        "shove t' window cleaner back a week, he's poorly",
        when(SATURDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Pay the window cleaner", due="2026-11-28"), "Ring our Sandra"),
    ),
    case("make t' coal one reyt urgent", state(2, priority="urgent"), seeds=YORKS),
    case(
        "change 'mend the gate on the ginnel' to \"mend the gate on the snicket\"",
        state(1, title="Mend the gate on the snicket"),
        untouched_except(1),
        seeds=YORKS,
    ),
    case(
        "coal's not coming while Monday now, change it",
        when(MONDAY, task=0),
        seeds=(s("Get the coal in for Mam", due="2026-11-27"),),
    ),
    # Brummie.
    case(
        "the babby's jabs ay that urgent, knock it down a bit",
        lowered(0),
        seeds=(s("Book the babby's jabs", priority="high"),),
    ),
    case(
        "the QE have moved me mom's appointment to Thursday",
        when(THURSDAY_NEXT, task=0),
        seeds=(s("Take me mom to the QE", due=berlin("2026-12-01", "14:00")),),
    ),
    case(
        "I don't need a date on the cobs one no more",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(s("Pick up the cobs from the bakers", due="2026-11-27"),),
    ),
    # New York.
    case(
        "bump the super one up, the radiator's getting worse",
        raised(0),
        seeds=(s("Call the super about the radiator", priority="low"),),
    ),
    case(
        "brunch got moved to Saturday, change the bagels one",
        when(SATURDAY, task=0),
        seeds=(s("Get bagels for Sunday brunch", due="2026-11-29"),),
    ),
    case(
        "add a note to the radiator task: super's name is Eddie, apt 4B",
        described("Eddie", task=0),
        untouched_except(0),
        seeds=NYC,
    ),
    # A Hebrew speaker's English.
    case(
        "Move the arnona to after tomorrow",
        when(SATURDAY, task=0),
        seeds=(s("Pay the arnona", due="2026-11-27"),),
    ),
    case(
        "The elevator task put it urgent, people are stuck on the stairs",
        state(1, priority="urgent"),
        untouched_except(1),
        seeds=HEBREW,
    ),
    case(
        "Add to the wine task a tag shabbat",
        tagged("shabbat", task=2),
        untouched_except(2),
        seeds=HEBREW,
    ),
    # A Finnish speaker's English.
    case(
        "Winter tyres one day earlier.",
        when(SUNDAY, task=0),
        seeds=(s("Change winter tyres", due="2026-11-30"),),
    ),
    case(
        "Tax card priority to high.",
        state(0, priority="high"),
        seeds=(s("Send tax card to employer", priority="medium"),),
    ),
    case(
        "Change tag of firewood from mökki to cottage",
        tagged("cottage", task=0, without=("mökki",)),
        seeds=(s("Chop firewood for the mökki", tags=["mökki"]),),
    ),
    # A livery yard.
    case(
        "haylage needs ordering sooner, make it Monday",
        when(MONDAY, task=0),
        seeds=(s("Order twenty bales of haylage", due="2026-12-04"),),
    ),
    case(
        "Change the livery invoices task to 'Send the December livery invoices'",
        state(0, title="Send the December livery invoices"),
        seeds=(s("Send the livery invoices"), "Book the farrier"),
    ),
    case(
        "farrier can wait, drop it to low",
        state(0, priority="low"),
        seeds=(s("Book the farrier", priority="urgent"),),
    ),
    # A holiday-let host.
    case(
        "guests arrive earlier now, move the keysafe job to 1pm same day",
        state(0, due=spoken(SATURDAY, "13:00")),
        seeds=(s("Change the keysafe code", due=berlin("2026-11-28", "16:00")),),
    ),
    case(
        "push the linen order to next week",
        one_of(0, due=NEXT_WEEK),
        seeds=(s("Order more linen for the cottage", due="2026-11-27"),),
    ),
    case(
        "replace the guests tag on the parking one with admin",
        tagged("admin", task=0, without=("guests",)),
        seeds=(s("Reply to the guest about parking", tags=["guests"]),),
    ),
    # A Cub Scout leader.
    case(
        "the sleepover got brought forward a week so the risk assessment needs doing a week "
        "earlier too",
        when(THURSDAY_NEXT, task=0),
        seeds=(s("Do the risk assessment for the sleepover", due="2026-12-10"),),
    ),
    case(
        "make the badges order high priority please",
        state(0, priority="high"),
        untouched_except(0),
        seeds=SCOUTS,
    ),
    case(
        "change the note on the Beavers subs to '£3 each from January'",
        described("£3 each", task=0),
        seeds=(s("Collect subs from the Beavers", description="£2 each"),),
    ),
    # A publican.
    case(
        "take the date off the lines job, I'll do it when the barrels run low",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        seeds=(s("Clean the lines", due="2026-12-01"),),
    ),
    case(
        "brewery one's top priority",
        one_of(0, priority=("high", "urgent")),
        seeds=(s("Ring the brewery about the dray", priority="medium"), "Clean the lines"),
    ),
    case(
        "push the quiz writing back two days",
        when(WEDNESDAY_NEXT, task=0),
        seeds=(s("Write the quiz for Tuesday", due="2026-11-30"),),
    ),
    # A swimming coach.
    case(
        "county deadline's been extended to Tuesday, same time",
        state(0, due=spoken(TUESDAY_NEXT, "17:00")),
        seeds=(s("Send the county entries", due=berlin("2026-11-27", "17:00")),),
    ),
    case(
        "lanes one can come down a notch",
        lowered(0),
        seeds=(s("Book extra lanes at the leisure centre", priority="high"),),
    ),
    case(
        "tag the county entries and the lanes with gala",
        tagged("gala", task=0),
        tagged("gala", task=1),
        untouched_except(0, 1),
        seeds=SWIM,
    ),
)


# 5. Reminders set, moved or cleared on an existing task; nothing added, due date kept.
REMINDERS = (
    # Yorkshire.
    case(
        "give us a nudge about t' window cleaner Saturday morning at 9",
        reminded(SATURDAY, task=0, hours=[9]),
        state(0, due=SATURDAY),
        nothing_added(),
        seeds=(s("Pay the window cleaner", due="2026-11-28"),),
    ),
    case(
        "remind us an hour before t' coal's due",
        state(0, reminder=spoken(FRIDAY, "09:00"), due=spoken(FRIDAY, "10:00")),
        nothing_added(),
        seeds=(s("Get the coal in for Mam", due=berlin("2026-11-27", "10:00")), "Ring our Sandra"),
    ),
    case(
        "don't bother reminding us about t' gate, I'll remember",
        one_of(0, reminder=CLEARED),
        state(0, due=MONDAY, status="pending"),
        nothing_added(),
        seeds=(
            s(
                "Mend the gate on the ginnel",
                due="2026-11-30",
                reminder=berlin("2026-11-29", "18:00"),
            ),
        ),
    ),
    # Brummie.
    case(
        "remind me the night before about me mom's QE appointment, bab",
        reminded(MONDAY, task=0, hours=EVENING),
        state(0, due=spoken(TUESDAY_NEXT, "14:00")),
        nothing_added(),
        seeds=(s("Take me mom to the QE", due=berlin("2026-12-01", "14:00")),),
    ),
    case(
        "give us a shout 30 mins before the cobs",
        state(0, reminder=spoken(SATURDAY, "07:30"), due=spoken(SATURDAY, "08:00")),
        nothing_added(),
        seeds=(s("Pick up the cobs from the bakers", due=berlin("2026-11-28", "08:00")),),
    ),
    case(
        "can yow move the jabs reminder to 11 o'clock",
        reminded(FRIDAY, task=0, hours=[11]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(
            s("Book the babby's jabs", due="2026-11-27", reminder=berlin("2026-11-27", "09:00")),
        ),
    ),
    # New York.
    case(
        "ping me 15 min before I gotta move the car",
        state(0, reminder=spoken(MONDAY, "07:15"), due=spoken(MONDAY, "07:30")),
        nothing_added(),
        seeds=(s("Move the car for alternate side parking", due=berlin("2026-11-30", "07:30")),),
    ),
    case(
        "remind me about the super tmrw at noon",
        reminded(FRIDAY, task=0, hours=[12]),
        state(0, due=FRIDAY),
        nothing_added(),
        seeds=(
            s("Call the super about the radiator", due="2026-11-27"),
            "Get bagels for Sunday brunch",
        ),
    ),
    case(
        "kill the reminder on the bagels, I'll be up anyway",
        one_of(0, reminder=CLEARED),
        state(0, status="pending", due=SUNDAY),
        nothing_added(),
        seeds=(
            s(
                "Get bagels for Sunday brunch",
                due="2026-11-29",
                reminder=berlin("2026-11-29", "08:00"),
            ),
        ),
    ),
    case(
        "can you remind me about the dry cleaning when I leave work tomorrow, like 5:30",
        state(0, reminder=spoken(FRIDAY, "17:30"), due=spoken(FRIDAY, "18:00")),
        nothing_added(),
        seeds=(s("Drop off the dry cleaning", due=berlin("2026-11-27", "18:00")),),
    ),
    # A Hebrew speaker's English.
    case(
        "Make me a reminder for the arnona one day before, in the morning",
        reminded(SUNDAY, task=0, hours=MORNING),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Pay the arnona", due="2026-11-30"),),
    ),
    case(
        "Remind me on the wine two hours before",
        state(0, reminder=spoken(FRIDAY, "14:00"), due=spoken(FRIDAY, "16:00")),
        nothing_added(),
        seeds=(s("Buy wine for the Shabbat dinner", due=berlin("2026-11-27", "16:00")),),
    ),
    case(
        "The reminder of the vaad bayit, move it to Wednesday at 8 in the morning",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "08:00"), due=WEDNESDAY_NEXT),
        nothing_added(),
        seeds=(
            s(
                "Call the vaad bayit about the elevator",
                due="2026-12-02",
                reminder=berlin("2026-12-01", "09:00"),
            ),
        ),
    ),
    # A Finnish speaker's English.
    case(
        "Reminder for winter tyres on Monday 12.00",
        state(0, reminder=spoken(MONDAY, "12:00"), due=spoken(MONDAY, "15:00")),
        nothing_added(),
        seeds=(s("Change winter tyres", due=berlin("2026-11-30", "15:00")),),
    ),
    case(
        "Remove reminder from tax card. I remember it myself.",
        one_of(0, reminder=CLEARED),
        state(0, due=MONDAY, status="pending"),
        nothing_added(),
        seeds=(
            s(
                "Send tax card to employer",
                due="2026-11-30",
                reminder=berlin("2026-11-29", "10:00"),
            ),
        ),
    ),
    case(
        "Remind me one week before the firewood.",
        reminded(SATURDAY, task=0),
        state(0, due=SATURDAY_NEXT),
        nothing_added(),
        seeds=(s("Chop firewood for the mökki", due="2026-12-05"),),
    ),
    # A livery yard.
    case(
        "remind me the day before about the farrier, about 5pm",
        reminded(WEDNESDAY_NEXT, task=0, hours=[17]),
        state(0, due=spoken(THURSDAY_NEXT, "08:00")),
        nothing_added(),
        seeds=(s("Book the farrier", due=berlin("2026-12-03", "08:00")),),
    ),
    case(
        "nudge me at 7 tomorrow morning for the haylage",
        state(0, reminder=spoken(FRIDAY, "07:00"), due=FRIDAY),
        nothing_added(),
        seeds=(s("Order twenty bales of haylage", due="2026-11-27"),),
    ),
    case(
        "no need for a reminder on the invoices any more",
        one_of(0, reminder=CLEARED),
        state(0, due=TUESDAY_NEXT, status="pending"),
        nothing_added(),
        seeds=(
            s(
                "Send the livery invoices",
                due="2026-12-01",
                reminder=berlin("2026-12-01", "09:00"),
            ),
        ),
    ),
    # A holiday-let host.
    case(
        "Can I get a reminder 3 hours before the keysafe needs changing?",
        state(0, reminder=spoken(SATURDAY, "13:00"), due=spoken(SATURDAY, "16:00")),
        nothing_added(),
        seeds=(s("Change the keysafe code", due=berlin("2026-11-28", "16:00")),),
    ),
    case(
        "remind me about the parking reply at 4 this afternoon",
        state(0, reminder=spoken(TODAY, "16:00"), due=TODAY),
        nothing_added(),
        seeds=(s("Reply to the guest about parking", due="2026-11-26"),),
    ),
    case(
        "change the linen reminder to the evening before",
        reminded(TUESDAY_NEXT, task=0, hours=EVENING),
        state(0, due=WEDNESDAY_NEXT),
        nothing_added(),
        seeds=(
            s(
                "Order more linen for the cottage",
                due="2026-12-02",
                reminder=berlin("2026-12-02", "09:00"),
            ),
        ),
    ),
    # A Cub Scout leader.
    case(
        "remind me half an hour before I need to open up the hut",
        state(0, reminder=spoken(WEDNESDAY_NEXT, "17:30"), due=spoken(WEDNESDAY_NEXT, "18:00")),
        nothing_added(),
        seeds=(s("Open up the hut", due=berlin("2026-12-02", "18:00")),),
    ),
    case(
        "set a reminder for the badges on Monday at 7pm please",
        state(0, reminder=spoken(MONDAY, "19:00"), due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(s("Order the cooking badges", due="2026-12-04"),),
    ),
    case(
        "take the reminder off the risk assessment please",
        one_of(0, reminder=CLEARED),
        state(0, due=THURSDAY_10_DEC, status="pending"),
        nothing_added(),
        seeds=(
            s(
                "Do the risk assessment for the sleepover",
                due="2026-12-10",
                reminder=berlin("2026-12-09", "19:00"),
            ),
        ),
    ),
    # A publican.
    case(
        "give us a nudge at 7 tuesday for the lines",
        state(0, reminder=spoken(TUESDAY_NEXT, "07:00"), due=spoken(TUESDAY_NEXT, "08:00")),
        nothing_added(),
        seeds=(s("Clean the lines", due=berlin("2026-12-01", "08:00")),),
    ),
    case(
        "remind me sunday night about the quiz",
        reminded(SUNDAY, task=0, hours=EVENING),
        state(0, due=MONDAY),
        nothing_added(),
        seeds=(s("Write the quiz for Tuesday", due="2026-11-30"),),
    ),
    case(
        "push the brewery reminder to half nine",
        state(0, reminder=spoken(FRIDAY, "09:30"), due=spoken(FRIDAY, "10:00")),
        nothing_added(),
        seeds=(
            s(
                "Ring the brewery about the dray",
                due=berlin("2026-11-27", "10:00"),
                reminder=berlin("2026-11-27", "09:00"),
            ),
        ),
    ),
    # A swimming coach.
    case(
        "remind me at lunchtime tomorrow about the county entries",
        reminded(FRIDAY, task=0, hours=[12, 13]),
        state(0, due=spoken(FRIDAY, "17:00")),
        nothing_added(),
        seeds=(s("Send the county entries", due=berlin("2026-11-27", "17:00")),),
    ),
    case(
        "stick a reminder on the lanes task 2 days before",
        reminded(SUNDAY, task=0),
        state(0, due=TUESDAY_NEXT),
        nothing_added(),
        seeds=(s("Book extra lanes at the leisure centre", due="2026-12-01"),),
    ),
    case(
        "get rid of the squad sets reminder",
        one_of(0, reminder=CLEARED),
        state(0, status="pending", due=spoken(SATURDAY, "07:00")),
        nothing_added(),
        seeds=(
            s(
                "Write Saturday's squad sets",
                due=berlin("2026-11-28", "07:00"),
                reminder=berlin("2026-11-27", "20:00"),
            ),
        ),
    ),
)


# 6. Questions about a window: the reply names what is in it and leaves out what is not.
#: Today, Friday, Saturday, Sunday, next Wednesday, overdue, no date.
YORKS_DAYS = (
    s("Pay the window cleaner", due="2026-11-26"),
    s("Ring our Sandra", due="2026-11-27"),
    s("Brass band concert", due=berlin("2026-11-28", "19:30")),
    s("Sunday dinner at Mam's", due="2026-11-29"),
    s("Mend the gate on the ginnel", due="2026-12-02"),
    s("Get the coal in", due="2026-11-24"),
    s("Clear the loft"),
)
#: Friday, next Tuesday and Thursday, 18 December, overdue.
BRUM_DAYS = (
    s("Pick up the cobs", due="2026-11-27"),
    s("Take me mom to the QE", due=berlin("2026-12-01", "14:00")),
    s("Babby's jabs", due="2026-12-03"),
    s("Christmas do at the Bull", due="2026-12-18"),
    s("Return the library books", due="2026-11-23"),
)
#: Today (Thanksgiving), Friday, Sunday, next Thursday, no date, overdue, completed.
NYC_DAYS = (
    s("Thanksgiving at Aunt Rose's", due=berlin("2026-11-26", "16:00")),
    s("Move the car for alternate side", due=berlin("2026-11-27", "07:30")),
    s("Knicks game", due=berlin("2026-11-29", "19:30")),
    s("Co-op board meeting", due=berlin("2026-12-03", "19:00")),
    s("Renew the MetroCard"),
    s("Pay the Con Ed bill", due="2026-11-21"),
    s("Return the Macy's sweater", "completed", due="2026-11-25"),
)
#: Friday twice, Sunday, next Tuesday, 20 December, overdue.
HEBREW_DAYS = (
    s("Pay the arnona", due="2026-11-27"),
    s("Shabbat dinner at Dana's", due=berlin("2026-11-27", "19:00")),
    s("Dentist for Noa", due="2026-11-29"),
    s("Meeting with the accountant", due="2026-12-01"),
    s("Renew the driving licence", due="2026-12-20"),
    s("Call the vaad bayit", due="2026-11-22"),
)
#: Saturday, Monday, 6 and 11 December, overdue, no date.
FINNISH_DAYS = (
    s("Change winter tyres", due="2026-11-30"),
    s("Sauna evening with neighbours", due=berlin("2026-11-28", "18:00")),
    s("Independence Day party", due="2026-12-06"),
    s("Send tax card", due="2026-11-25"),
    s("Pikkujoulu with colleagues", due=berlin("2026-12-11", "17:00")),
    s("Chop firewood"),
)
#: Friday, next Wednesday, Saturday, 14 December, no date, completed, overdue.
YARD_DAYS = (
    s("Farrier for Dolly", due=berlin("2026-11-27", "08:00")),
    s("Equine dentist", due="2026-12-02"),
    s("Haylage delivery", due="2026-11-28"),
    s("Vaccinations for the liveries", due="2026-12-14"),
    s("Fix the arena lights"),
    s("Send the livery invoices", "completed", due="2026-11-20"),
    s("Clip Monty", due="2026-11-24"),
)
#: Saturday twice, next Thursday, 9 December, no date, today.
LETS_DAYS = (
    s("Changeover at the cottage", due="2026-11-28"),
    s("Guests arrive at the barn", due=berlin("2026-11-28", "16:00")),
    s("Hot tub service", due="2026-12-03"),
    s("Gas safety certificate", due="2026-12-09"),
    s("Update the listing photos"),
    s("Reply to the Smiths' review", due="2026-11-26"),
)
#: 12 December, next Monday, tonight, Friday, next Wednesday, completed, overdue.
SCOUTS_DAYS = (
    s("Cubs Christmas sleepover", due="2026-12-12"),
    s("Beavers at the fire station", due=berlin("2026-11-30", "18:00")),
    s("Leaders' meeting", due=berlin("2026-11-26", "19:30")),
    s("Order the cooking badges", due="2026-11-27"),
    s("District AGM", due="2026-12-02"),
    s("Remembrance wreath", "completed", due="2026-11-08"),
    s("Renew my DBS", due="2026-11-16"),
)
#: Next Tuesday, Friday, Saturday, 31 December, no date, overdue, deleted on Sunday.
PUB_DAYS = (
    s("Quiz night", due=berlin("2026-12-01", "20:00")),
    s("Dray delivery", due=berlin("2026-11-27", "06:00")),
    s("Live band", due=berlin("2026-11-28", "21:00")),
    s("Premises licence renewal", due="2026-12-31"),
    s("Fix the gents' tap"),
    s("Pay the Sky bill", due="2026-11-19"),
    s("Clean the lines", "deleted", due="2026-11-29"),
)
#: Saturday week, Friday, today, 15 and 18 December, no date.
SWIM_DAYS = (
    s("Club champs", due="2026-12-05"),
    s("Send the county entries", due=berlin("2026-11-27", "17:00")),
    s("Poolside first aid refresher", due="2026-11-26"),
    s("Lane booking for January", due="2026-12-15"),
    s("Squad social", due="2026-12-18"),
    s("Order new kickboards"),
)

WINDOWS = (
    # Yorkshire.
    case(
        "owt on today, love?",
        says("window cleaner"),
        lacks("Sandra", "Brass band", "ginnel", "loft"),
        UNCHANGED,
        seeds=YORKS_DAYS,
    ),
    case(
        "what've I got on this weekend",
        says("Brass band", "Sunday dinner"),
        lacks("window cleaner", "Sandra", "ginnel", "loft", "coal"),
        UNCHANGED,
        seeds=YORKS_DAYS,
    ),
    case(
        "am I behind wi' owt?",
        says("coal"),
        lacks("Sandra", "Brass band", "Sunday dinner", "ginnel", "loft"),
        UNCHANGED,
        seeds=YORKS_DAYS,
    ),
    case(
        "what've I got on Wednesday?",
        says("ginnel"),
        lacks("window cleaner", "Sandra", "Brass band", "Sunday dinner", "loft", "coal"),
        UNCHANGED,
        seeds=YORKS_DAYS,
    ),
    # Brummie.
    case(
        "what we got tomorra, bab?",
        says("cobs"),
        lacks("QE", "jabs", "Christmas do", "library"),
        UNCHANGED,
        seeds=BRUM_DAYS,
    ),
    case(
        "what's on for Tuesday?",
        says("QE"),
        lacks("cobs", "jabs", "Christmas do", "library"),
        UNCHANGED,
        seeds=BRUM_DAYS,
    ),
    case(
        "what's on in December, bab?",
        says("QE", "jabs", "Christmas do"),
        lacks("cobs", "library"),
        UNCHANGED,
        seeds=BRUM_DAYS,
    ),
    # New York.
    case(
        "what's on today? it's Thanksgiving so hopefully nothing lol",
        says("Aunt Rose"),
        lacks("alternate side", "Knicks", "Co-op board", "MetroCard", "Macy"),
        UNCHANGED,
        seeds=NYC_DAYS,
    ),
    case(
        "anything overdue?",
        says("Con Ed"),
        lacks("Macy", "Knicks", "Co-op board", "MetroCard", "alternate side", "Aunt Rose"),
        UNCHANGED,
        seeds=NYC_DAYS,
    ),
    case(
        "what do I have on Sunday",
        says("Knicks"),
        lacks("Aunt Rose", "alternate side", "Co-op board", "MetroCard", "Con Ed", "Macy"),
        UNCHANGED,
        seeds=NYC_DAYS,
    ),
    # A Hebrew speaker's English.
    case(
        "What I have tomorrow?",
        says("arnona", "Dana"),
        lacks("Noa", "accountant", "licence", "vaad bayit"),
        UNCHANGED,
        seeds=HEBREW_DAYS,
    ),
    case(
        "What is on Sunday?",
        says("Noa"),
        lacks("arnona", "Dana", "accountant", "licence", "vaad bayit"),
        UNCHANGED,
        seeds=HEBREW_DAYS,
    ),
    case(
        "Nu, what I have next week?",
        says("accountant"),
        lacks("licence"),
        UNCHANGED,
        seeds=HEBREW_DAYS,
    ),
    # A Finnish speaker's English.
    case(
        "What I have on Saturday?",
        says("Sauna"),
        lacks("tyres", "Independence", "tax card", "Pikkujoulu", "firewood"),
        UNCHANGED,
        seeds=FINNISH_DAYS,
    ),
    case(
        "Which tasks are late?",
        says("tax card"),
        lacks("tyres", "Sauna", "Independence", "Pikkujoulu", "firewood"),
        UNCHANGED,
        seeds=FINNISH_DAYS,
    ),
    case(
        "What I have from 1.12. to 11.12.?",
        says("Independence", "Pikkujoulu"),
        lacks("tyres", "Sauna", "tax card", "firewood"),
        UNCHANGED,
        seeds=FINNISH_DAYS,
    ),
    # A livery yard.
    case(
        "what's happening on the yard tomorrow?",
        says("Farrier"),
        lacks("dentist", "Haylage", "Vaccinations", "arena", "Monty", "invoices"),
        UNCHANGED,
        seeds=YARD_DAYS,
    ),
    case(
        "what's due between now and the 10th?",
        says("Farrier", "Haylage", "dentist"),
        lacks("Vaccinations", "arena", "invoices"),
        UNCHANGED,
        seeds=YARD_DAYS,
    ),
    case(
        "What's gone past its date?",
        says("Monty"),
        lacks("invoices", "Farrier", "dentist", "Haylage", "Vaccinations", "arena"),
        UNCHANGED,
        seeds=YARD_DAYS,
    ),
    # A holiday-let host.
    case(
        "What's on this weekend?",
        says("Changeover", "barn"),
        lacks("Hot tub", "Gas safety", "photos", "Smiths"),
        UNCHANGED,
        seeds=LETS_DAYS,
    ),
    case(
        "Anything Monday to Friday next week?",
        says("Hot tub"),
        lacks("Changeover", "barn", "Gas safety", "photos", "Smiths"),
        UNCHANGED,
        seeds=LETS_DAYS,
    ),
    case(
        "What do I have on 9 December?",
        says("Gas safety"),
        lacks("Changeover", "barn", "Hot tub", "photos", "Smiths"),
        UNCHANGED,
        seeds=LETS_DAYS,
    ),
    case(
        "what's left this week?",
        says("Changeover", "barn", "Smiths"),
        lacks("Gas safety", "photos"),
        UNCHANGED,
        seeds=LETS_DAYS,
    ),
    # A Cub Scout leader.
    case(
        "what have I got tonight?",
        says("Leaders"),
        lacks("sleepover", "fire station", "badges", "AGM", "Remembrance"),
        UNCHANGED,
        seeds=SCOUTS_DAYS,
    ),
    case(
        "what's on next week?",
        says("fire station", "AGM"),
        lacks("sleepover", "Remembrance", "DBS"),
        UNCHANGED,
        seeds=SCOUTS_DAYS,
    ),
    case(
        "Is anything overdue? I always forget something",
        says("DBS"),
        lacks("Remembrance", "sleepover", "fire station", "badges", "AGM", "Leaders"),
        UNCHANGED,
        seeds=SCOUTS_DAYS,
    ),
    # A publican.
    case(
        "what've we got on sunday",
        lacks("Clean the lines", "Quiz night", "Dray", "Live band", "licence", "gents"),
        UNCHANGED,
        seeds=PUB_DAYS,
    ),
    case(
        "what's on between friday and sunday",
        says("Dray", "Live band"),
        lacks("Quiz night", "licence", "gents", "Clean the lines", "Sky"),
        UNCHANGED,
        seeds=PUB_DAYS,
    ),
    case(
        "anything I'm late with?",
        says("Sky"),
        lacks("Quiz night", "Dray", "Live band", "licence", "gents", "Clean the lines"),
        UNCHANGED,
        seeds=PUB_DAYS,
    ),
    # A swimming coach.
    case(
        "what's on tomorrow?",
        says("county entries"),
        lacks("champs", "first aid", "Lane booking", "social", "kickboards"),
        UNCHANGED,
        seeds=SWIM_DAYS,
    ),
    case(
        "what've I got Saturday week?",
        says("Club champs"),
        lacks("county entries", "first aid", "Lane booking", "social", "kickboards"),
        UNCHANGED,
        seeds=SWIM_DAYS,
    ),
    case(
        "what's happening before Christmas?",
        says("Club champs", "county entries", "first aid", "Lane booking", "social"),
        lacks("kickboards"),
        UNCHANGED,
        seeds=SWIM_DAYS,
    ),
)


# 7. Follow-ups that lean on the earlier messages.
FOLLOW_UPS = (
    # Yorkshire.
    case(
        "nay, make it Saturday",
        bears("Ring our Sandra", due=SATURDAY),
        before="stick 'ring our Sandra' on t' list for Friday",
    ),
    case("t' middle one's done", *done(1), seeds=YORKS, before=SHOWN),
    case(
        "eh no I 'aven't, it were next door's I paid",
        called("reopen_task"),
        state(0, status="pending"),
        seeds=YORKS,
        before="paid t' window cleaner",
    ),
    # Brummie.
    case(
        "make that urgent, bab",
        bears("Book the babby's jabs", priority="urgent"),
        before="add book the babby's jabs",
    ),
    case(
        "get rid of the last one",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=BRUM,
        before=SHOWN,
    ),
    case(
        "oh no, put it back, I still need them",
        called("restore_task"),
        state(0, status="pending"),
        seeds=BRUM,
        before="delete the cobs",
    ),
    # New York.
    case(
        "actually make it 9am",
        bears("Call the super", due=spoken(FRIDAY, "09:00")),
        before="add call the super tomorrow",
    ),
    case(
        "tag it weekend and food",
        tagged("weekend", "food", title="Get bagels for brunch"),
        before="add get bagels for brunch",
    ),
    case("first and last are done", *done(0, 2), seeds=NYC, before=SHOWN),
    case(
        "undo",
        called("update_task"),
        bears("Call the super", priority="none", status="pending"),
        before=("add call the super", "make it urgent"),
    ),
    # A Hebrew speaker's English.
    case(
        "Put it for tomorrow",
        bears("Buy flowers for Shabbat", due=FRIDAY),
        before="Open me a task: buy flowers for Shabbat",
    ),
    case("Close me the second one", *done(1), seeds=HEBREW, before=SHOWN),
    case(
        "No wait, cancel, my husband already paid it",
        bears("Pay the electricity", status=("deleted", "completed")),
        before="Add pay the electricity",
    ),
    # A Finnish speaker's English.
    case(
        "Priority high.",
        bears("Renew passport", priority="high"),
        before="Add task: renew passport",
    ),
    case(
        "Delete the third one.",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=FINNISH,
        before=SHOWN,
    ),
    case(
        "Sorry, mistake. Not changed yet.",
        called("reopen_task"),
        state(0, status="pending"),
        seeds=FINNISH,
        before="Winter tyres are changed",
    ),
    # A livery yard.
    case(
        "and tag it feed",
        tagged("feed", title="Order haylage"),
        before="add order haylage for monday",
    ),
    case("top one's sorted", *done(2), seeds=YARD, before=SHOWN),
    case(
        "oh and note Monty's the one with the sharp teeth",
        described("Monty", title="Book the equine dentist"),
        before="add book the equine dentist",
    ),
    case(
        "and one to buy a new headcollar too",
        bears("Buy a new headcollar", "Buy new headcollar"),
        bears("Buy hay nets"),
        before="add buy hay nets",
    ),
    # A holiday-let host.
    case(
        "Oops, wrong property — it's for the barn",
        bears("Order toilet roll for the barn"),
        gone("Order toilet roll for the cottage"),
        before="Add order toilet roll for the cottage",
    ),
    case("the second one's done", *done(1), seeds=LETS, before="what's on my list?"),
    case(
        "undo that please",
        called("reopen_task"),
        state(0, status="pending"),
        seeds=LETS,
        before="Change the keysafe code is done",
    ),
    # A Cub Scout leader.
    case(
        "due next Thursday",
        bears("Do the sleepover menu", due=(THURSDAY_NEXT, THURSDAY_10_DEC)),
        before="add do the sleepover menu",
    ),
    case(
        "make it high priority and due Monday",
        bears("Order the woggles", priority="high", due=MONDAY),
        before="add order the woggles",
    ),
    case("the top two are done", *done(1, 2), seeds=SCOUTS, before=SHOWN),
    # A publican.
    case(
        "scrap that, the rep's coming anyway",
        called("delete_task"),
        bears("Restock the crisps", status="deleted"),
        before="add restock the crisps",
    ),
    case(
        "and saturday?",
        says("Live band"),
        lacks("Quiz night", "Dray", "licence", "gents"),
        UNCHANGED,
        seeds=PUB_DAYS,
        before="what've we got on sunday",
    ),
    case(
        "wait no — bring it back",
        called("restore_task"),
        state(2, status="pending"),
        seeds=PUB,
        before="delete the quiz one",
    ),
    # A swimming coach.
    case(
        "no, thursday next week",
        bears("Send the relay team names", due=THURSDAY_NEXT),
        before="add send the relay team names friday",
    ),
    case("tick off the bottom one", *done(0), seeds=SWIM, before="show me what's pending"),
    case(
        "put a note on it: 16 seater, leaving 7am",
        described("16 seater", title="Book the minibus for the gala"),
        before="add book the minibus for the gala",
    ),
)


# 8. The contract's table said differently, with search, tags, reopen and restore.
TABLE = (
    # Yorkshire.
    case(
        "put 'take t' dog to t' vet' on, would you",
        fresh("Take t' dog to t' vet", "Take the dog to the vet"),
    ),
    case(
        "show us everything I've got on, love",
        says("window cleaner", "ginnel", "coal"),
        UNCHANGED,
        seeds=YORKS,
    ),
    case(
        'change task {1} to "fix t\' gate"',
        state(1, title="Fix t' gate"),
        untouched_except(1),
        seeds=YORKS,
    ),
    # Brummie.
    case(
        "what ay I done yet, bab?",
        says("cobs", "jabs"),
        lacks("QE"),
        UNCHANGED,
        seeds=(
            "Pick up the cobs from the bakers",
            s("Take me mom to the QE", "completed"),
            "Book the babby's jabs",
        ),
    ),
    case("mark {2} as done, ta", *done(2), seeds=BRUM),
    case(
        "search for me mom",
        says("QE", "Christmas"),
        lacks("jabs"),
        UNCHANGED,
        seeds=("Take me mom to the QE", "Ring me mom about Christmas", "Book the babby's jabs"),
    ),
    # New York.
    case(
        "delete the bagels task",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=NYC,
    ),
    case(
        "what have I gotten done so far?",
        says("Con Ed", "MetroCard"),
        lacks("super"),
        UNCHANGED,
        seeds=(
            "Call the super about the radiator",
            s("Pay the Con Ed bill", "completed"),
            s("Renew the MetroCard", "completed"),
        ),
    ),
    case(
        "what tags am I using?",
        says("apartment", "sports", "bills"),
        UNCHANGED,
        seeds=(
            s("Call the super", tags=["apartment"]),
            s("Knicks tickets", tags=["sports"]),
            s("Pay rent", tags=["apartment", "bills"]),
        ),
    ),
    case(
        "change task {0} to 'Call the super about the leak'",
        state(0, title="Call the super about the leak"),
        untouched_except(0),
        seeds=NYC,
    ),
    # A Hebrew speaker's English.
    case("I need to remember to renew the teudat zehut", fresh("Renew the teudat zehut")),
    case(
        "The arnona is not finished, open it again please",
        called("reopen_task"),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pay the arnona", "completed"), "Buy wine for the Shabbat dinner"),
    ),
    case(
        "Erase the task of the wine",
        state(2, status="deleted"),
        untouched_except(2),
        seeds=HEBREW,
    ),
    # A Finnish speaker's English.
    case(
        "Show all tasks.",
        says("winter tyres", "tax card", "firewood"),
        UNCHANGED,
        seeds=FINNISH,
    ),
    case("Task {0} is ready.", *done(0), seeds=FINNISH),
    case(
        "I deleted winter tyres by mistake. Return it please.",
        called("restore_task"),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Change winter tyres", "deleted"), "Send tax card to employer"),
    ),
    # A livery yard.
    case("Add a task to buy fly spray", fresh("Buy fly spray")),
    case(
        "what's still to do?",
        says("farrier", "invoices"),
        lacks("haylage"),
        UNCHANGED,
        seeds=(
            "Book the farrier",
            s("Order twenty bales of haylage", "completed"),
            "Send the livery invoices",
        ),
    ),
    case(
        "show me everything tagged feed",
        says("haylage", "chaff"),
        lacks("farrier"),
        UNCHANGED,
        seeds=(
            s("Order haylage", tags=["feed"]),
            s("Book the farrier", tags=["horses"]),
            s("Order chaff", tags=["feed"]),
        ),
    ),
    # A holiday-let host.
    case(
        "Rename 'reply to the guest about parking' to 'Send parking directions to the guests'",
        state(2, title="Send parking directions to the guests"),
        untouched_except(2),
        seeds=LETS,
    ),
    case(
        "Which jobs have I ticked off?",
        says("keysafe", "parking"),
        lacks("linen"),
        UNCHANGED,
        seeds=(
            s("Change the keysafe code", "completed"),
            "Order more linen for the cottage",
            s("Reply to the guest about parking", "completed"),
        ),
    ),
    case(
        "search for cottage",
        says("linen", "chimney"),
        lacks("shower"),
        UNCHANGED,
        seeds=("Order more linen for the cottage", "Fix the barn shower", "Cottage chimney sweep"),
    ),
    # A Cub Scout leader.
    case(
        "Could you add a task for me to book the church hall for the gang show?",
        fresh("Book the church hall for the gang show"),
    ),
    case("mark the cooking badges as done please", *done(0), seeds=SCOUTS),
    case(
        "I need to reopen the risk assessment, the DC sent it back",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(
            s("Do the risk assessment for the sleepover", "completed"),
            "Collect subs from the Beavers",
        ),
    ),
    # A publican.
    case(
        "what's left on me list?",
        says("lines", "quiz"),
        lacks("brewery"),
        UNCHANGED,
        seeds=(
            "Clean the lines",
            s("Ring the brewery about the dray", "completed"),
            "Write the quiz for Tuesday",
        ),
    ),
    case("bin the quiz task", state(2, status="deleted"), untouched_except(2), seeds=PUB),
    case(
        "I need to remember to renew the premises licence",
        fresh("Renew the premises licence"),
    ),
    # A swimming coach.
    case(
        "can I see my whole list?",
        says("county entries", "lanes", "squad sets"),
        UNCHANGED,
        seeds=SWIM,
    ),
    case(
        "bring back the county entries task, I deleted it by accident",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Send the county entries", "deleted"), "Book extra lanes at the leisure centre"),
    ),
    case(
        "what tags have I got?",
        says("gala", "coaching", "admin"),
        UNCHANGED,
        seeds=(
            s("Send the county entries", tags=["gala", "admin"]),
            s("Write Saturday's squad sets", tags=["coaching"]),
        ),
    ),
)


# 9. Safety: ambiguous requests ask and change nothing; non-requests change nothing.
SAFETY = (
    # Yorkshire.
    case("delete t' ring one", UNCHANGED, seeds=("Ring our Sandra", "Ring our Kev")),
    case("it's siling down out there, I'm not going nowhere", UNCHANGED, seeds=YORKS),
    case(
        "t' gate's done", UNCHANGED, seeds=("Mend the gate on the ginnel", "Paint the front gate")
    ),
    # Brummie.
    case("tara-a-bit bab!", UNCHANGED, seeds=BRUM),
    case(
        "mark the mom one done",
        UNCHANGED,
        says("QE", "Christmas"),
        seeds=("Take me mom to the QE", "Ring me mom about Christmas"),
    ),
    case("did I book the babby's jabs?", UNCHANGED, seeds=BRUM),
    # New York.
    case("delete the Knicks thing", UNCHANGED, seeds=NYC),
    case("ugh this city. the L train is down AGAIN", UNCHANGED, seeds=NYC),
    case("should I just delete the bagels thing? idk", UNCHANGED, seeds=NYC),
    # A Hebrew speaker's English.
    case("Close the task", UNCHANGED, seeds=HEBREW),
    case("Toda raba, sababa!", UNCHANGED, seeds=HEBREW),
    case(
        "Delete the call task",
        UNCHANGED,
        says("mother", "vaad bayit"),
        seeds=("Call my mother", "Call the vaad bayit"),
    ),
    # A Finnish speaker's English.
    case("Done.", UNCHANGED, seeds=FINNISH),
    case(
        "Move the tyres to Monday",
        UNCHANGED,
        seeds=("Change winter tyres", "Buy summer tyres"),
    ),
    case("No niin.", UNCHANGED, seeds=FINNISH),
    case("Is the tax card sent?", UNCHANGED, seeds=FINNISH),
    # A livery yard.
    case(
        "two of the horses have had their feet done",
        UNCHANGED,
        seeds=("Trim Dolly's feet", "Trim Monty's feet", "Trim Bramble's feet"),
    ),
    case("Book the farrier — have I done that already? can't remember", UNCHANGED, seeds=YARD),
    case("get rid of it", UNCHANGED, seeds=YARD),
    # A holiday-let host.
    case(
        "Delete the guest task",
        UNCHANGED,
        seeds=("Reply to the guest about parking", "Send the guest the wifi code"),
    ),
    case("What a week! Three changeovers and a blocked loo.", UNCHANGED, seeds=LETS),
    case("maybe I should delete the linen one, not sure yet", UNCHANGED, seeds=LETS),
    # A Cub Scout leader.
    case("DYB DYB DYB!", UNCHANGED, seeds=SCOUTS),
    case(
        "mark the badges done",
        UNCHANGED,
        seeds=("Order the cooking badges", "Sew on the new badges"),
    ),
    case("Have the Beavers' subs been collected?", UNCHANGED, seeds=SCOUTS),
    # A publican.
    case("that's done", UNCHANGED, seeds=PUB),
    case("last orders!", UNCHANGED, seeds=PUB),
    case("delete the clean task", UNCHANGED, seeds=("Clean the lines", "Clean the ice machine")),
    # A swimming coach.
    case(
        "tick off the entries",
        UNCHANGED,
        says("county", "regional"),
        seeds=("Send the county entries", "Send the regional entries"),
    ),
    case("great session tonight, the squad smashed it 🏊", UNCHANGED, seeds=SWIM),
    case("delete the gala one", UNCHANGED, seeds=SWIM),
)

HELD_OUT_THIRTEENTH: tuple[Case, ...] = (
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
