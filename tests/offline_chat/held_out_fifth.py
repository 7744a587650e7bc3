"""A fifth held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py``, ``second_voice.py`` to ``seventh_voice.py``, ``held_out.py``
to ``held_out_fourth.py``): only their helpers, constants and docstrings. They were written
before the changes that will be scored against them, from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section), from how a conversation is
played (``conftest.py``) and from what an ordinary user of a task manager would expect. No
sentence was run through the engine while writing, no scoring test was run, and none is ever
tuned against, sentence by sentence: a miss here is a miss to report, not an expectation to
adjust. The writer did see the subjects of the latest commits (``git log --oneline``), which
name a few phrases the engine was taught; no sentence was taken from them, and the two that came
close were reworded.

This set is written in voices unlike a tidy native speaker, each of them across the families:
a harried parent dictating on a phone (no punctuation, run-on sentences), a retired person
writing formally and politely in full sentences, a teenager with slang and abbreviations
("tmrw", "pls", "rn", "ngl"), a terse developer ("todo: x, p1, fri"), Indian English ("kindly
do the needful", "prepone", "itself"), a German speaker's English ("until Friday" meaning by
Friday, "the 3rd of December", "at half 4"), a Spanish speaker's English, someone who writes
long chatty messages with the request in the middle, and typos and autocorrect slips.

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words, with dates, times, priority, tags, notes.
2. ``REPEATS``: repeats said in words, on a new task or an existing one; a repeat changed or
   stopped.
3. ``FACTS``: statements of fact that mean "done" complete the task they name and leave every
   other task alone; negatives, plans and questions change nothing.
4. ``EDITS``: relative and absolute edits: priority up or down, due date moved or cleared,
   rename, description.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task; no task is added.
6. ``WINDOWS``: questions about a day, the weekend, next week, a month, spans of dates and
   overdue: the reply names what is in the window, leaves out what is not, nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "it", "that",
   corrections, positions in a list, undo, "and X too".
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending,
   complete, delete, rename, "I need to remember", completed), with reopen, restore and tags;
   and safety: an ambiguous request asks and changes nothing, a non-request changes nothing.

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. Seeded times carry Berlin's winter offset
(+01:00). Tasks are checked as the tools report them (``status`` pending, completed or
deleted; ``priority`` none, low, medium, high or urgent; ``tags`` a list; ``due`` and
``reminder`` spoken in the user's zone, "Friday 27 November 2026" for a whole day and "Friday
27 November 2026, 09:00" with a time; ``recurrence`` as RRULE text). Titles are expected with
their first letter capitalised; where a title may fairly be kept with or without a word (an
article, a typo the user made), each is accepted. Where the words leave the meaning open
("next Friday", "half 4", "p2", "12/01"), every reasonable reading is accepted. A list shows
the latest seeded task first, as the corpus says.

Beside the helpers of ``held_out.py``, ``held_out_second.py`` and ``held_out_fourth.py``, one
check is defined here, on the outcome only: :func:`bears` (exactly one task, new or old, has a
title among a few and each field among a few values), for a task made by an earlier message.
"""

from __future__ import annotations

from typing import Any

from .corpus import UNCHANGED, Case, Check, Outcome, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
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
    named,
    reminded,
    repeats,
    s,
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

__all__ = ["HELD_OUT_FIFTH", "bears"]

MONDAY_7_DEC = "Monday 7 December 2026"
SATURDAY_12_DEC = "Saturday 12 December 2026"
TUESDAY_15_DEC = "Tuesday 15 December 2026"
THURSDAY_24_DEC = "Thursday 24 December 2026"
FRIDAY_25_DEC = "Friday 25 December 2026"
TUESDAY_12_JAN = "Tuesday 12 January 2027"


class _Bears(Check):
    """Exactly one task has a title among ``words``, each field among its values."""

    def problem(self, out: Outcome) -> str | None:
        found = [task for task in out.after.values() if task["title"] in self.words]
        if len(found) != 1:
            return f"expected one task titled one of {self.words}; found {len(found)}"
        wrong = {
            name: found[0].get(name)
            for name, values in self.args.items()
            if found[0].get(name) not in values
        }
        return f"expected one of {self.args}, got {wrong}" if wrong else None


def bears(*titles: str, **fields: Any) -> Check:
    """Expect exactly one task titled one of ``titles``; a tuple value lists the values allowed."""
    choices = {
        name: value if isinstance(value, tuple) else (value,) for name, value in fields.items()
    }
    return _Bears("bears", words=titles, args=choices)


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
WRAPPED: tuple[Case, ...] = (
    # A parent dictating on the phone.
    case(
        "add pick up the dry cleaning tomorrow before 6 pm",
        fresh("Pick up the dry cleaning", "Pick up dry cleaning"),
        when(FRIDAY),
    ),
    case(
        "need to buy birthday present for lilys party saturday put it as important",
        fresh(
            "Buy birthday present for lilys party",
            "Buy birthday present for Lilys party",
            "Buy birthday present for lily's party",
            "Buy birthday present for Lily's party",
            "Buy a birthday present for lilys party",
            due=SATURDAY,
            priority=("high", "urgent"),
        ),
    ),
    case(
        "add flu shots for the kids and me tag it health",
        fresh("Flu shots for the kids and me"),
        tagged("health"),
    ),
    case(
        "dentist for max wednesday 3 30 add it",
        fresh("Dentist for max", "Dentist for Max"),
        when(WEDNESDAY_NEXT, hours=[15]),
    ),
    # A retired person, formally.
    case(
        "Good morning. Would you kindly add a task for me to renew my passport? It needs to be "
        "done by the 15th of December.",
        fresh("Renew my passport", "Renew passport", due=TUESDAY_15_DEC),
    ),
    case(
        "I should be most grateful if you would make a note that I must write to my grandson "
        "before Christmas.",
        fresh("Write to my grandson"),
        when((THURSDAY_24_DEC, FRIDAY_25_DEC)),
    ),
    case(
        "Could you please record a new task: 'Return library books'. The note should say that "
        "two of them are overdue.",
        fresh("Return library books"),
        described("overdue"),
    ),
    case(
        "Please add a task to telephone Dr. Hoffmann's surgery on Monday morning about my "
        "prescription.",
        fresh(
            "Telephone Dr. Hoffmann's surgery about my prescription",
            "Telephone Dr. Hoffmann's surgery",
        ),
        when(MONDAY, fields=("due", "reminder")),
    ),
    # A teenager.
    case(
        "add 'return jakes hoodie' tmrw pls",
        fresh("Return jakes hoodie", due=FRIDAY),
    ),
    case(
        "ngl i need to finish the bio project by sun, its lowkey urgent",
        fresh(
            "Finish the bio project",
            "Finish bio project",
            due=SUNDAY,
            priority=("urgent", "high"),
        ),
    ),
    case(
        "yo add clean my room rn its a mess lol",
        fresh("Clean my room"),
    ),
    case(
        "can u add buy concert tix before they sell out",
        fresh("Buy concert tix", "Buy concert tix before they sell out"),
    ),
    # A terse developer.
    case(
        "todo: rotate api keys, p1, fri",
        fresh("Rotate api keys", "Rotate API keys", priority=("urgent", "high"), due=FRIDAY),
    ),
    case(
        "new task: bump postgres to 17 #infra due 2026-12-03",
        fresh("Bump postgres to 17", due=THURSDAY_NEXT),
        tagged("infra"),
    ),
    case(
        "add: write migration for tags table !high #backend",
        fresh("Write migration for tags table", priority="high"),
        tagged("backend"),
    ),
    case(
        "task 'renew TLS cert' due 12/01",
        fresh("Renew TLS cert", due=(TUESDAY_NEXT, TUESDAY_12_JAN)),
    ),
    # Indian English.
    case(
        "Kindly add one task: submit the reimbursement claim, deadline is 30th November.",
        fresh("Submit the reimbursement claim", "Submit reimbursement claim", due=MONDAY),
    ),
    case(
        "Please put a reminder to call the CA regarding tax filing on Monday 10 am itself",
        fresh(
            "Call the CA regarding tax filing",
            "Call CA regarding tax filing",
            "Call the CA",
        ),
        when(MONDAY, fields=("due", "reminder"), hours=[10]),
    ),
    case(
        "Please add task to prepare the quarterly MIS report by EOD tomorrow, it is very urgent",
        fresh(
            "Prepare the quarterly MIS report",
            "Prepare quarterly MIS report",
            priority="urgent",
        ),
        when(FRIDAY),
    ),
    case(
        "Add: collect the courier from the society office, today evening",
        fresh("Collect the courier from the society office"),
        when(TODAY, fields=("due", "reminder"), hours=EVENING),
    ),
    # A German speaker's English.
    case(
        "Please add: bring the winter tyres to the garage until Friday.",
        fresh("Bring the winter tyres to the garage", due=FRIDAY),
    ),
    case(
        "I must pay the kindergarten fee until the 3rd of December, please make a task",
        fresh("Pay the kindergarten fee", due=THURSDAY_NEXT),
    ),
    case(
        "Add appointment at the Bürgeramt on Tuesday at half 4",
        fresh("Appointment at the Bürgeramt", "Appointment at Bürgeramt"),
        when(TUESDAY_NEXT, hours=(15, 16)),
    ),
    case(
        "Make a task: call the Hausverwaltung because of the heating, with high priority",
        fresh(
            "Call the Hausverwaltung because of the heating",
            "Call the Hausverwaltung",
            priority="high",
        ),
    ),
    # A Spanish speaker's English.
    case(
        "Please you can add a task for buy the tickets of the concert, is very important",
        fresh(
            "Buy the tickets of the concert",
            "Buy the tickets for the concert",
            priority=("high", "urgent"),
        ),
    ),
    case(
        "I need to do the reservation in the restaurant for the Saturday, put it in my list",
        fresh("Do the reservation in the restaurant", due=SATURDAY),
    ),
    case(
        "Add to my tasks: to send the documents to the lawyer before the Wednesday",
        fresh(
            "Send the documents to the lawyer",
            due=(TUESDAY_NEXT, WEDNESDAY_NEXT),
        ),
    ),
    case(
        "Put in my list: buy the gift for my nephew, the birthday is the 5 of December",
        fresh("Buy the gift for my nephew", due=SATURDAY_NEXT),
    ),
    # Long chatty messages with the request in the middle.
    case(
        "Hi there! So my sister is coming to visit next weekend and the guest room is an "
        "absolute disaster, so can you add clear out the guest room for next Friday? Thanks so "
        "much, you're a lifesaver",
        fresh("Clear out the guest room", due=(FRIDAY, FRIDAY_NEXT)),
    ),
    case(
        "ugh, long day. the car has been making a weird noise again so I should really get it "
        "looked at - add book a service for the car, no rush, sometime next week is fine",
        fresh("Book a service for the car", due=NEXT_WEEK, priority=("none", "low")),
    ),
    case(
        "Morning! Quick one before I forget (my brain is mush this week): could you add 'email "
        "the landlord about the leaking tap' for tomorrow morning? He never answers calls "
        "anyway. Cheers",
        fresh("Email the landlord about the leaking tap"),
        when(FRIDAY, fields=("due", "reminder"), hours=MORNING),
    ),
    case(
        "So I was talking to Anna yesterday and she reminded me that the school needs the "
        "signed form back, so please add sign and return the school form by Friday, high "
        "priority. Honestly the rest of the week is a blur",
        fresh("Sign and return the school form", priority="high", due=FRIDAY),
    ),
    # Typos and autocorrect.
    case(
        "ad buy new shoelaces for tomorow",
        fresh("Buy new shoelaces", due=FRIDAY),
    ),
    case(
        "remnd me to chek the smoke alarm batteries on sunday",
        fresh("Check the smoke alarm batteries", "Chek the smoke alarm batteries"),
        when(SUNDAY, fields=("due", "reminder")),
    ),
    case(
        "pls add take the recyling out thrusday",
        fresh(
            "Take the recyling out",
            "Take the recycling out",
            due=(TODAY, THURSDAY_NEXT),
        ),
    ),
    case(
        "Add call the plumbed about the boiler tomorrow at 8",
        fresh("Call the plumbed about the boiler", "Call the plumber about the boiler"),
        when(FRIDAY, hours=(8, 20)),
    ),
)


# 2. Repeats said in words: new tasks, existing tasks, a repeat changed or stopped.
REPEATS: tuple[Case, ...] = (
    case(
        "water the plants every sunday add that",
        repeats("FREQ=WEEKLY", called=("Water the plants",), either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "add check the budget every other friday its payday",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            called=("Check the budget",),
            either=(on("BYDAY=FR", "Friday"),),
        ),
    ),
    case(
        "swimming lessons is every thursday now",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=TH", "Thursday"),)),
        nothing_added(),
        seeds=("Swimming lessons",),
    ),
    case(
        "I take my blood pressure tablets every morning at eight o'clock; would you please set "
        "that up as a daily task?",
        repeats(
            "FREQ=DAILY",
            called=(
                "Take my blood pressure tablets",
                "Take blood pressure tablets",
                "Blood pressure tablets",
            ),
            either=(at(8),),
        ),
    ),
    case(
        "Please add 'Pay the gardener', to recur on the last day of each month.",
        repeats(
            "FREQ=MONTHLY;BYMONTHDAY=-1",
            "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1",
            called=("Pay the gardener",),
        ),
    ),
    case(
        "Would you arrange for the task to call my sister Margaret to recur every fortnight, "
        "please?",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        nothing_added(),
        seeds=("Call my sister Margaret",),
    ),
    case(
        "bin night every tuesday pls dont let me forget",
        repeats("FREQ=WEEKLY", called=("Bin night",), either=(on("BYDAY=TU", "Tuesday"),)),
    ),
    case(
        "gym mon wed fri @ 6pm add pls",
        repeats("FREQ=WEEKLY;BYDAY=MO,WE,FR", called=("Gym",), either=(at(18),)),
    ),
    case(
        "feed the fish should be every day ngl i keep forgetting",
        repeats("FREQ=DAILY", task=0),
        nothing_added(),
        seeds=("Feed the fish",),
    ),
    case(
        "add standup notes, weekdays 9:30",
        repeats(*WEEKDAY_RULES, called=("Standup notes",), either=(at(9, 30),)),
    ),
    case(
        "backup the nas -> weekly on sun",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        nothing_added(),
        seeds=("Backup the NAS",),
    ),
    case(
        "rotate logs: no repeat",
        one_of(0, recurrence=CLEARED),
        nothing_added(),
        seeds=(s("Rotate logs", recurrence="FREQ=DAILY"),),
    ),
    case(
        "Kindly create a monthly task to pay the society maintenance on the 5th of every month",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay the society maintenance", "Pay society maintenance"),
            either=(("BYMONTHDAY=5", " 5 December 2026"),),
        ),
    ),
    case(
        "Add yearly task: renew car insurance on 14th December",
        repeats(
            "FREQ=YEARLY",
            called=("Renew car insurance", "Renew the car insurance"),
            either=(("BYMONTHDAY=14", "14 December"),),
        ),
    ),
    case(
        "Please change the timesheet submission to monthly instead of weekly",
        repeats("FREQ=MONTHLY", task=0),
        nothing_added(),
        seeds=(s("Submit timesheet", recurrence="FREQ=WEEKLY;BYDAY=FR", due="2026-11-27"),),
    ),
    case(
        "Please add: change the bed sheets every second week on Saturday",
        repeats(
            "FREQ=WEEKLY;INTERVAL=2",
            called=("Change the bed sheets",),
            either=(on("BYDAY=SA", "Saturday"),),
        ),
    ),
    case(
        "Every first Monday of the month I have the team meeting at 10, please enter it",
        repeats(
            "FREQ=MONTHLY;BYDAY=1MO",
            "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1",
            called=("Team meeting", "The team meeting"),
            either=(at(10),),
        ),
    ),
    case(
        "Yoga is now on Thursdays instead of Mondays",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=TH", "Thursday"),)),
        nothing_added(),
        seeds=(
            s("Yoga class", recurrence="FREQ=WEEKLY;BYDAY=MO", due=berlin("2026-11-30", "18:00")),
        ),
    ),
    case(
        "I have the Spanish class all the Wednesdays at 7 in the evening, add it please",
        repeats(
            "FREQ=WEEKLY",
            called=("Spanish class", "The Spanish class"),
            either=(on("BYDAY=WE", "Wednesday"), at(19)),
        ),
    ),
    case(
        "Add please: to water the garden each three days",
        repeats("FREQ=DAILY;INTERVAL=3", called=("Water the garden",)),
    ),
    case(
        "Please the pilates don't repeat it more, only this one time",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Pilates", recurrence="FREQ=WEEKLY;BYDAY=TU", due="2026-12-01"),),
    ),
    case(
        "Right, new habit time. I keep saying I'll stretch more and never do, so can you add a "
        "10 minute stretch every day at 7am? Thanks, future me will be grateful.",
        repeats(
            "FREQ=DAILY",
            called=("10 minute stretch", "A 10 minute stretch", "10-minute stretch"),
            either=(at(7),),
        ),
    ),
    case(
        "so the book club kind of fell apart after the last meeting, sadly. can you stop it "
        "repeating? I'll keep the December one just in case",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending", due=THURSDAY_10_DEC),
        nothing_added(),
        seeds=(s("Book club", recurrence="FREQ=MONTHLY", due="2026-12-10"),),
    ),
    case(
        "add pay rnet evry month on the 1st",
        repeats(
            "FREQ=MONTHLY",
            called=("Pay rnet", "Pay rent"),
            either=(("BYMONTHDAY=1", " 1 December 2026"),),
        ),
    ),
    case(
        "make walk the dog reapeat every day",
        repeats("FREQ=DAILY", task=0),
        nothing_added(),
        seeds=("Walk the dog",),
    ),
    case(
        "add take vitamns every moring",
        repeats("FREQ=DAILY", called=("Take vitamns", "Take vitamins")),
    ),
)


PARENT = ("Buy nappies", "Book swim lessons", "Call the pediatrician")
RETIRED = ("Post the Christmas cards", "Renew the TV licence", "Order new glasses")
TEEN = ("Return jakes hoodie", "Finish bio project", "Text Mia back")
DEV = ("Fix flaky login test", "Update the changelog", "Review PR 42")
INDIAN = ("Submit the reimbursement claim", "Pay the electricity bill", "Book Tatkal ticket")
GERMAN = (
    "Bring the winter tyres to the garage",
    "Pay the kindergarten fee",
    "Call the Hausverwaltung",
)
SPANISH = ("Buy the tickets of the concert", "Send the documents to the lawyer", "Call my mother")
CHATTY = ("Email the landlord", "Clear out the guest room", "Book a service for the car")
TYPOS = ("Renew passport", "Cancel the gym membership", "Buy a new kettle")

# 3. Statements of fact that mean "done"; negatives, plans and questions change nothing.
FACTS: tuple[Case, ...] = (
    case("finally got the nappies", *done(0), seeds=PARENT),
    case("called the pediatrician they said hes fine", *done(2), seeds=PARENT),
    case(
        "my husband took the bins out",
        *done(0),
        seeds=("Take the bins out", "Buy nappies"),
    ),
    case(
        "I am pleased to say that the Christmas cards went in the post this morning.",
        *done(0),
        seeds=RETIRED,
    ),
    case("The new glasses have been ordered; thank you for reminding me.", *done(2), seeds=RETIRED),
    case("texted mia back finally lmao", *done(2), seeds=TEEN),
    case("bio project = DONE 🎉", *done(1), seeds=TEEN),
    case("PR 42 reviewed", *done(2), seeds=DEV),
    case("changelog updated, shipping", *done(1), seeds=DEV),
    case("I have already paid the electricity bill yesterday itself.", *done(1), seeds=INDIAN),
    case("Reimbursement claim submitted, kindly close it.", *done(0), seeds=INDIAN),
    case("The winter tyres are changed since yesterday.", *done(0), seeds=GERMAN),
    case("I have called the Hausverwaltung already this morning.", *done(2), seeds=GERMAN),
    case("Yesterday I sent the documents to the lawyer finally", *done(1), seeds=SPANISH),
    case("Already I called to my mother", *done(2), seeds=SPANISH),
    case(
        "Well, you'll be proud of me: spent the whole afternoon on it, but the guest room is "
        "finally cleared out and actually looks like a room again!",
        *done(1),
        seeds=CHATTY,
    ),
    case("canceld the gym membrship", *done(1), seeds=TYPOS),
    case("bougth the kettle", *done(2), seeds=TYPOS),
    # Negatives, plans and questions.
    case("still havent called the pediatrician ugh", UNCHANGED, seeds=PARENT),
    case(
        "I have not yet managed to order the new glasses, I am afraid.",
        UNCHANGED,
        seeds=RETIRED,
    ),
    case("bio project is NOT done dont mark it", UNCHANGED, seeds=TEEN),
    case("fix flaky login test: in progress", UNCHANGED, seeds=DEV),
    case("Have I paid the electricity bill or not?", UNCHANGED, seeds=INDIAN),
    case("I will pay the kindergarten fee later, not now.", UNCHANGED, seeds=GERMAN),
    case("Maybe I call my mother later, I don't know", UNCHANGED, seeds=SPANISH),
    case(
        "Did I ever email the landlord? I honestly can't remember, it's been one of those weeks.",
        UNCHANGED,
        seeds=CHATTY,
    ),
)


# 4. Relative and absolute edits: priority, due date moved or cleared, rename, description.
EDITS: tuple[Case, ...] = (
    # Priority, up or down.
    case(
        "the permission slip is more urgent than i thought bump it up",
        raised(0),
        untouched_except(0),
        seeds=(s("Sign the permission slip", priority="medium"), "Buy nappies"),
    ),
    case(
        "On reflection, the letter to the council is not so pressing; please lower its priority.",
        lowered(0),
        untouched_except(0),
        seeds=(s("Write to the council", priority="high"),),
    ),
    case(
        "clean my room needs to be top prio now my mom is coming",
        one_of(0, priority=("urgent", "high")),
        untouched_except(0),
        seeds=(s("Clean my room", priority="low"),),
    ),
    case(
        "update dependencies -> p3",
        one_of(0, priority=("medium", "low")),
        untouched_except(0),
        seeds=(s("Update dependencies", priority="high"),),
    ),
    case(
        "Please mark the MIS report as high priority, boss is asking.",
        state(0, priority="high", status="pending"),
        untouched_except(0),
        seeds=("Prepare the MIS report",),
    ),
    case(
        "The Hausverwaltung call is not so urgent anymore, the heating works again.",
        lowered(0),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Call the Hausverwaltung", priority="urgent"),),
    ),
    case(
        "The bicycle repair has low priority, please",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("Repair the bicycle", priority="high"),),
    ),
    case(
        "The tickets of the concert are more important now, please put them urgent",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=("Buy the tickets of the concert",),
    ),
    case(
        "lowr the priorty of renew passport",
        lowered(0),
        untouched_except(0),
        seeds=(s("Renew passport", priority="high"), "Buy a new kettle"),
    ),
    case(
        "My financial advisor called and apparently there's a deadline coming on the pension "
        "thing, so could you bump the pension paperwork to high priority? Not urgent urgent, "
        "just high.",
        state(0, priority="high"),
        untouched_except(0),
        seeds=("Sort out the pension paperwork",),
    ),
    # The due date moved.
    case(
        "dentist moved to thursday same time",
        when(THURSDAY_NEXT, task=0, hours=[15]),
        untouched_except(0),
        seeds=(s("Dentist for Max", due=berlin("2026-12-02", "15:30")),),
    ),
    case(
        "Would you be so kind as to postpone the TV licence renewal by one week?",
        when(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Renew the TV licence", due="2026-11-27"),),
    ),
    case(
        "teacher gave us an extension!! bio project now due next fri",
        when(FRIDAY_NEXT, task=0),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Finish bio project", due="2026-11-29"),),
    ),
    case(
        "deploy v2.3: push +2d",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Deploy v2.3", due="2026-11-27"),),
    ),
    case(
        "Please prepone the Sharma client call to Monday, same time.",
        when(MONDAY, task=0, hours=[16]),
        untouched_except(0),
        seeds=(s("Client call with Sharma", due=berlin("2026-12-01", "16:00")),),
    ),
    case(
        "TDS return has to be shifted to 7th December, kindly do the needful.",
        when(MONDAY_7_DEC, task=0),
        untouched_except(0),
        seeds=(s("File the TDS return", due="2026-11-30"),),
    ),
    case(
        "GST return: prepone by 2 days please",
        when(WEDNESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Submit GST return", due="2026-12-04"),),
    ),
    case(
        "The kindergarten fee I can pay only until the 10th of December, please change the date.",
        when(THURSDAY_10_DEC, task=0),
        untouched_except(0),
        seeds=(s("Pay the kindergarten fee", due="2026-12-03"),),
    ),
    case(
        "The lawyer says he need the documents more early, for the Monday",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Send the documents to the lawyer", due="2026-12-02"),),
    ),
    case(
        "So the garage is closed all next week for some kind of refurbishment, typical. Can you "
        "move the car service to the week after, say the Tuesday?",
        when(TUESDAY_8_DEC, task=0),
        untouched_except(0),
        seeds=(s("Book a service for the car", due="2026-12-01"),),
    ),
    case(
        "pusg the gym cancelation to monday",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Cancel the gym membership", due="2026-11-27"),),
    ),
    # The due date cleared.
    case(
        "garden gate no date just whenever",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Fix the garden gate", due="2026-11-28"),),
    ),
    case(
        "There is no deadline for sorting the photo albums after all; please remove the date.",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Sort the photo albums", due="2026-12-05"),),
    ),
    case(
        "refactor auth module: unschedule",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Refactor auth module", due="2026-12-01"),),
    ),
    case(
        "tbh the vinyl shelf thing doesnt need a date, take it off",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Build the vinyl shelf", due="2026-11-29"),),
    ),
    # Renamed.
    case(
        "rename buy present to buy present for lily",
        named("Buy present for lily", "Buy present for Lily"),
        untouched_except(0),
        seeds=("Buy present",),
    ),
    case(
        "Please amend the task 'Telephone the bank' so that it reads 'Telephone the bank about "
        "the standing order'.",
        state(0, title="Telephone the bank about the standing order"),
        untouched_except(0),
        seeds=("Telephone the bank",),
    ),
    case(
        "rename 'fix bug' -> 'fix timezone bug in reminders'",
        state(0, title="Fix timezone bug in reminders"),
        untouched_except(0),
        seeds=("Fix bug",),
    ),
    case(
        "I made a mistake, the task call the electrician must be call the plumber",
        state(0, title="Call the plumber", status="pending"),
        untouched_except(0),
        seeds=("Call the electrician",),
    ),
    case(
        "fix the typo in byu milk, should be buy milk",
        state(0, title="Buy milk"),
        untouched_except(0),
        seeds=("Byu milk",),
    ),
    case(
        "Please call the task about the Bürgeramt 'Pick up new ID card at the Bürgeramt'.",
        state(0, title="Pick up new ID card at the Bürgeramt"),
        untouched_except(0),
        seeds=("Appointment at the Bürgeramt",),
    ),
    # Descriptions.
    case(
        "For the glasses, please add the note that my prescription is in the blue folder in "
        "the study.",
        described("blue folder", task=0),
        state(0, title="Order new glasses"),
        untouched_except(0),
        seeds=("Order new glasses",),
    ),
    case(
        "In the Tatkal ticket task kindly add details: PNR to be sent to Ramesh, train 12951",
        described("12951", task=0),
        untouched_except(0),
        seeds=("Book Tatkal ticket",),
    ),
    case(
        "deploy v2.3 desc: needs the db migration first",
        described("migration", task=0),
        state(0, title="Deploy v2.3"),
        untouched_except(0),
        seeds=("Deploy v2.3",),
    ),
    case(
        "pick up emma add note gate code 4471",
        described("4471", task=0),
        untouched_except(0),
        seeds=("Pick up Emma",),
    ),
    case(
        "Okay so for the surprise party task, could you jot down in the details that Tom is "
        "allergic to nuts? I'll never remember otherwise and that would be a disaster.",
        described("nuts", task=0),
        untouched_except(0),
        seeds=("Plan the surprise party",),
    ),
    # Two edits at once.
    case(
        "bio project make it urgent and move to sat",
        state(0, priority="urgent"),
        when(SATURDAY, task=0),
        untouched_except(0),
        seeds=(s("Finish bio project", due="2026-11-29"),),
    ),
)


# 5. Reminders set, moved or cleared on an existing task: no task is added.
REMINDERS: tuple[Case, ...] = (
    # Set.
    case(
        "remind me about picking up emma at 4 45 today",
        reminded(TODAY, task=0, hours=[16]),
        untouched_except(0),
        seeds=("Pick up Emma from swim",),
    ),
    case(
        "Please would you remind me of the Christmas cards on the morning of the 8th of December?",
        reminded(TUESDAY_8_DEC, task=0, hours=MORNING),
        untouched_except(0),
        seeds=(s("Post the Christmas cards", due="2026-12-10"),),
    ),
    case(
        "ping me abt texting mia tmrw at 8pm",
        reminded(FRIDAY, task=0, hours=[20]),
        untouched_except(0),
        seeds=("Text Mia back",),
    ),
    case(
        "renew tls cert: remind mon 09:00",
        reminded(MONDAY, task=0, hours=[9]),
        untouched_except(0),
        seeds=("Renew TLS cert",),
    ),
    case(
        "Kindly set one reminder for the CA call tomorrow 11 am",
        reminded(FRIDAY, task=0, hours=[11]),
        untouched_except(0),
        seeds=("Call the CA regarding tax filing",),
    ),
    case(
        "Please remind me of the kindergarten fee on Monday at half 9.",
        reminded(MONDAY, task=0, hours=(8, 9)),
        untouched_except(0),
        seeds=("Pay the kindergarten fee",),
    ),
    case(
        "Remember me to call my mother the Sunday at 6 of the afternoon",
        reminded(SUNDAY, task=0, hours=[18]),
        untouched_except(0),
        seeds=("Call my mother",),
    ),
    case(
        "Put me an alarm for the reservation in the restaurant tomorrow at 10",
        reminded(FRIDAY, task=0, hours=(10, 22)),
        untouched_except(0),
        seeds=("Make the reservation in the restaurant",),
    ),
    case(
        "The neighbours are away until Sunday and I promised to water their plants, which I "
        "will absolutely forget, so could you give me a nudge about it tomorrow evening around "
        "7?",
        reminded(FRIDAY, task=0, hours=[19]),
        untouched_except(0),
        seeds=("Water the neighbours' plants",),
    ),
    case(
        "Flights for Easter are getting pricier by the day, so a reminder on Saturday morning "
        "to book them would be great.",
        reminded(SATURDAY, task=1, hours=MORNING),
        untouched_except(1),
        seeds=("Renew the car insurance", "Book flights for Easter"),
    ),
    case(
        "remidn me about the pasport renewal on monday morning",
        reminded(MONDAY, task=0, hours=MORNING),
        untouched_except(0),
        seeds=("Renew passport",),
    ),
    # Set relative to the due date.
    case(
        "remind me an hour before the parent teacher meeting",
        reminded(TUESDAY_NEXT, task=0, hours=[16]),
        untouched_except(0),
        seeds=(s("Parent teacher meeting", due=berlin("2026-12-01", "17:00")),),
    ),
    case(
        "I should like a reminder the day before my dentist appointment, please.",
        reminded(WEDNESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Dentist appointment", due=berlin("2026-12-03", "10:00")),),
    ),
    # Moved.
    case(
        "move the hoodie reminder to like 3pm",
        reminded(FRIDAY, task=0, hours=[15]),
        untouched_except(0),
        seeds=(s("Return jakes hoodie", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "standup notes reminder -> 10:30",
        reminded(FRIDAY, task=0, hours=[10]),
        untouched_except(0),
        seeds=(s("Standup notes", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "Please prepone the GST reminder to Monday",
        reminded(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Submit GST return", reminder=berlin("2026-12-02", "10:00")),),
    ),
    case(
        "Please shift the reminder for the Hausverwaltung to Monday, same time.",
        reminded(MONDAY, task=0, hours=[8]),
        untouched_except(0),
        seeds=(s("Call the Hausverwaltung", reminder=berlin("2026-11-27", "08:00")),),
    ),
    case(
        "The reminder of the gift, put it one day before please",
        reminded(THURSDAY_NEXT, task=0, hours=[18]),
        untouched_except(0),
        seeds=(s("Buy the gift for my nephew", reminder=berlin("2026-12-04", "18:00")),),
    ),
    case(
        "I'm stuck in meetings all afternoon, so the landlord reminder at 2 is useless. Can you "
        "push it to 6 this evening?",
        reminded(TODAY, task=0, hours=[18]),
        untouched_except(0),
        seeds=(s("Email the landlord", reminder=berlin("2026-11-26", "14:00")),),
    ),
    case(
        "the plumber reminder is too erly, give me one more hour",
        reminded(TODAY, task=0, hours=[13]),
        untouched_except(0),
        seeds=(s("Call the plumber", reminder=berlin("2026-11-26", "12:00")),),
    ),
    # Cleared.
    case(
        "turn off the reminder for emma pickup i wont forget",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pick up Emma from swim", reminder=berlin("2026-11-26", "16:30")),),
    ),
    case(
        "Kindly cancel the reminder about the glasses; I shall remember on my own.",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Order new glasses", reminder=berlin("2026-11-27", "10:00")),),
    ),
    case(
        "stop reminding me abt the bio project its literally all i think about",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Finish bio project", reminder=berlin("2026-11-28", "10:00")),),
    ),
    case(
        "rotate api keys: reminder off",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Rotate api keys", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "No need of reminder for society maintenance, please remove",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pay the society maintenance", reminder=berlin("2026-12-05", "09:00")),),
    ),
    case(
        "Please delete the reminder of the winter tyres, but not the task.",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Bring the winter tyres to the garage", reminder=berlin("2026-11-27", "07:00")),),
    ),
)


#: A family's week: Friday, the weekend, next Wednesday, mid-December and one overdue.
KIDS = (
    s("School play", due=berlin("2026-11-27", "18:00")),
    s("Swim gala", due=berlin("2026-11-28", "09:00")),
    s("Grandma's birthday lunch", due="2026-11-29"),
    s("Nursery fees", due="2026-12-02"),
    s("Christmas market", due="2026-12-12"),
    s("Return library books", due="2026-11-23"),
)
#: A developer's dates: tomorrow, next week, mid-December, January and one overdue.
WORK = (
    s("Team lunch", due=berlin("2026-11-27", "12:30")),
    s("Sprint review", due=berlin("2026-12-01", "14:00")),
    s("Release 3.0", due="2026-12-04"),
    s("Security audit", due="2026-12-15"),
    s("Quarterly planning", due="2027-01-05"),
    s("Renew domain", due="2026-11-24"),
)
#: A retired person's diary: Saturday, next Monday and Saturday, 8 and 21 December, overdue.
DIARY = (
    s("Chimney sweep", due="2026-11-28"),
    s("Bridge club", due=berlin("2026-11-30", "14:00")),
    s("Church bazaar", due="2026-12-05"),
    s("Eye test", due=berlin("2026-12-08", "10:00")),
    s("Pension review", due="2026-12-21"),
    s("Gas meter reading", due="2026-11-25"),
)
#: Today, tomorrow and mid-December.
HOME = (
    s("Pay the nanny", due="2026-11-26"),
    s("Order the turkey", due="2026-11-27"),
    s("Book the babysitter", due="2026-12-18"),
)

# 6. Questions about a window: the reply names what is in it and leaves out what is not.
WINDOWS: tuple[Case, ...] = (
    case(
        "whats on saturday",
        says("Swim gala"),
        lacks("Grandma", "School play", "Nursery", "Christmas market", "library"),
        UNCHANGED,
        seeds=KIDS,
    ),
    case(
        "anything this weekend i need to know about",
        says("Swim gala", "Grandma"),
        lacks("School play", "Nursery", "Christmas market", "library"),
        UNCHANGED,
        seeds=KIDS,
    ),
    case(
        "what do i need to do today its chaos here",
        says("nanny"),
        lacks("turkey", "babysitter"),
        UNCHANGED,
        seeds=HOME,
    ),
    case(
        "Could you kindly tell me what I have on next week?",
        says("Bridge club", "Church bazaar"),
        lacks("Eye test", "Chimney", "Pension", "Gas meter"),
        UNCHANGED,
        seeds=DIARY,
    ),
    case(
        "Have I anything overdue? I fear I may have let something slip.",
        says("Gas meter"),
        lacks("Eye test", "Bridge", "Church", "Chimney", "Pension"),
        UNCHANGED,
        seeds=DIARY,
    ),
    case(
        "Is there anything I must attend to before the end of the week?",
        says("nanny", "turkey"),
        lacks("babysitter"),
        UNCHANGED,
        seeds=HOME,
    ),
    case(
        "Would you be good enough to tell me what falls in the second half of December?",
        says("Pension"),
        lacks("Eye test", "Bridge", "Church", "Chimney", "Gas meter"),
        UNCHANGED,
        seeds=DIARY,
    ),
    case(
        "wats due tmrw",
        says("School play"),
        lacks("Swim", "Grandma", "Nursery", "Christmas market", "library"),
        UNCHANGED,
        seeds=KIDS,
    ),
    case(
        "am i free sunday or nah",
        says("Grandma"),
        lacks("Swim", "School play", "Nursery", "Christmas market", "library"),
        UNCHANGED,
        seeds=KIDS,
    ),
    case(
        "what's happening next wk",
        says("Sprint review", "Release 3.0"),
        lacks("Security", "Renew domain", "Team lunch", "Quarterly"),
        UNCHANGED,
        seeds=WORK,
    ),
    case(
        "anything overdue or am i good",
        says("library"),
        lacks("Swim", "Grandma", "School play", "Nursery", "Christmas market"),
        UNCHANGED,
        seeds=KIDS,
    ),
    case(
        "due this week?",
        says("Team lunch"),
        lacks("Sprint", "Release", "Security", "Quarterly"),
        UNCHANGED,
        seeds=WORK,
    ),
    case(
        "list tasks due in december",
        says("Sprint review", "Release 3.0", "Security audit"),
        lacks("Renew domain", "Team lunch", "Quarterly"),
        UNCHANGED,
        seeds=WORK,
    ),
    case(
        "overdue?",
        says("Renew domain"),
        lacks("Sprint", "Release", "Security", "Team lunch", "Quarterly"),
        UNCHANGED,
        seeds=WORK,
    ),
    case(
        "tasks between 2026-12-01 and 2026-12-10",
        says("Sprint review", "Release 3.0"),
        lacks("Security", "Renew domain", "Team lunch", "Quarterly"),
        UNCHANGED,
        seeds=WORK,
    ),
    case(
        "today?",
        says("nanny"),
        lacks("turkey", "babysitter"),
        UNCHANGED,
        seeds=HOME,
    ),
    case(
        "Kindly share what all is pending for next week.",
        says("Sprint review", "Release 3.0"),
        lacks("Security", "Renew domain", "Team lunch", "Quarterly"),
        UNCHANGED,
        seeds=WORK,
    ),
    case(
        "What is there on 15th December?",
        says("Security audit"),
        lacks("Sprint", "Release", "Renew domain", "Team lunch", "Quarterly"),
        UNCHANGED,
        seeds=WORK,
    ),
    case(
        "Please tell me today and tomorrow's tasks.",
        says("School play"),
        lacks("Swim", "Grandma", "Nursery", "Christmas market"),
        UNCHANGED,
        seeds=KIDS,
    ),
    case(
        "What do I have until Sunday?",
        says("Chimney"),
        lacks("Eye test", "Bridge", "Church", "Pension"),
        UNCHANGED,
        seeds=DIARY,
    ),
    case(
        "Which appointments do I have in the week from the 7th of December?",
        says("Eye test"),
        lacks("Bridge", "Church", "Chimney", "Pension", "Gas meter"),
        UNCHANGED,
        seeds=DIARY,
    ),
    case(
        "What is planned for the 28th?",
        says("Chimney"),
        lacks("Eye test", "Bridge", "Church", "Pension", "Gas meter"),
        UNCHANGED,
        seeds=DIARY,
    ),
    case(
        "What I have for the Wednesday of next week?",
        says("Nursery"),
        lacks("Swim", "Grandma", "School play", "Christmas market", "library"),
        UNCHANGED,
        seeds=KIDS,
    ),
    case(
        "What I have in January?",
        says("Quarterly planning"),
        lacks("Sprint", "Release", "Security", "Renew domain", "Team lunch"),
        UNCHANGED,
        seeds=WORK,
    ),
    case(
        "Which tasks are late?",
        says("Renew domain"),
        lacks("Sprint", "Release", "Security", "Team lunch", "Quarterly"),
        UNCHANGED,
        seeds=WORK,
    ),
    case(
        "My daughter wants to take me away for a few days from the 1st to the 6th of December, "
        "so before I say yes: what's on my list for those days?",
        says("Church bazaar"),
        lacks("Bridge", "Eye test", "Chimney", "Pension", "Gas meter"),
        UNCHANGED,
        seeds=DIARY,
    ),
    case(
        "I'm trying to plan the next couple of weeks around the kids' stuff and I've completely "
        "lost track. Is there anything between now and the 5th of December?",
        says("School play", "Swim gala", "Grandma", "Nursery"),
        lacks("Christmas market", "library"),
        UNCHANGED,
        seeds=KIDS,
    ),
    case(
        "Honestly I've been heads-down on the migration all week and haven't looked at my list "
        "once. Before the weekend hits, what's due by the end of next week?",
        says("Team lunch", "Sprint review", "Release 3.0"),
        lacks("Security", "Quarterly"),
        UNCHANGED,
        seeds=WORK,
    ),
    case(
        "waht do i have tommorow",
        says("Team lunch"),
        lacks("Sprint", "Release", "Security", "Renew domain", "Quarterly"),
        UNCHANGED,
        seeds=WORK,
    ),
    case(
        "anythign on monday?",
        says("Bridge club"),
        lacks("Eye test", "Church", "Chimney", "Pension", "Gas meter"),
        UNCHANGED,
        seeds=DIARY,
    ),
    case(
        "whats up for the wekend",
        says("Swim gala", "Grandma"),
        lacks("School play", "Nursery", "Christmas market", "library"),
        UNCHANGED,
        seeds=KIDS,
    ),
)


# 7. Follow-ups that lean on the earlier messages.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "make it urgent the whole family is coming",
        bears("Pick up the turkey", priority="urgent"),
        nothing_added(),
        before="add pick up the turkey wednesday",
    ),
    case(
        "oh and tag it kids",
        tagged("kids", title="Call the school about the trip"),
        nothing_added(),
        before="add call the school about the trip",
    ),
    case(
        "wait no put it back",
        state(0, status="pending"),
        untouched_except(0),
        seeds=PARENT,
        before="delete buy nappies",
    ),
    case(
        "and signed the permission slip too",
        *done(2),
        seeds=("Take the bins out", "Buy nappies", "Sign the permission slip"),
        before="took the bins out",
    ),
    case(
        "Thank you. The second one has been done now.",
        *done(1),
        seeds=("Write to the council", "Order new glasses", "Post the Christmas cards"),
        before=SHOWN,
    ),
    case(
        "I beg your pardon, I meant Saturday.",
        bears("Collect my prescription", "Collect prescription", due=SATURDAY),
        nothing_added(),
        before="Please add a task to collect my prescription on Friday.",
    ),
    case(
        "Please move that to the 12th.",
        when(SATURDAY_12_DEC, task=0),
        untouched_except(0),
        seeds=(s("Post the Christmas cards", due="2026-12-10"), "Order new glasses"),
        before="What is due on the 10th of December?",
    ),
    case(
        "nvm make it sat",
        bears("Return library books", due=SATURDAY),
        nothing_added(),
        before="add return library books fri",
    ),
    case(
        "delete the 2nd one",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=TEEN,
        before=SHOWN,
    ),
    case(
        "push it to sunday",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Finish bio project", due="2026-11-27"), s("Dentist", due="2026-12-03")),
        before="what do i have tmrw",
    ),
    case(
        "undo pls misclick",
        state(0, status="pending"),
        untouched_except(0),
        seeds=DEV,
        before="done: fix flaky login test",
    ),
    case(
        "+ p2",
        bears("Write release notes", priority=("high", "medium")),
        nothing_added(),
        before="add write release notes fri",
    ),
    case(
        "the 2nd -> tomorrow",
        when(FRIDAY, task=1),
        untouched_except(1),
        seeds=DEV,
        before=SHOWN,
    ),
    case(
        "Kindly make it high priority also",
        bears("Renew the gas connection", priority="high", due=SATURDAY_NEXT),
        nothing_added(),
        before="Add task to renew the gas connection by 5th December",
    ),
    case(
        "First one is done, kindly close it",
        *done(2),
        seeds=("Pay the milkman", "Book Tatkal ticket", "Collect the courier"),
        before=SHOWN,
    ),
    case(
        "Please prepone it to tomorrow.",
        when(FRIDAY, task=0),
        untouched_except(0),
        seeds=(s("Submit the reimbursement claim", due="2026-11-30"),),
        before="When is the reimbursement claim due?",
    ),
    case(
        "No, until the 3rd, sorry.",
        bears("Buy a present for Lena", due=THURSDAY_NEXT),
        nothing_added(),
        before="Please add: buy a present for Lena until the 4th of December",
    ),
    case(
        "That was wrong, I have not called them yet.",
        state(0, status="pending"),
        untouched_except(0),
        seeds=("Call the Hausverwaltung", "Pay the kindergarten fee"),
        before="I have called the Hausverwaltung.",
    ),
    case(
        "Please also set a reminder one hour before.",
        reminded(SATURDAY, title="Return the rental car", hours=[9]),
        nothing_added(),
        before="Add: return the rental car on Saturday at 10",
    ),
    case(
        "And also for to go to the post office the same day",
        fresh("Go to the post office", due=MONDAY),
        before="Add a task for call to the bank on Monday",
    ),
    case(
        "And the tickets of the concert I bought them too",
        *done(1),
        seeds=("Call my mother", "Buy the tickets of the concert"),
        before="I called my mother",
    ),
    case(
        "Sorry, is a mistake, I didn't call him",
        state(0, status="pending"),
        untouched_except(0),
        seeds=("Call the electrician", "Buy the gift for my nephew"),
        before="I called the electrician",
    ),
    case(
        "Actually, on second thoughts, could you make that high priority as well? Places fill "
        "up fast.",
        bears("Book the Christmas meal", priority="high", due=(FRIDAY, FRIDAY_NEXT)),
        nothing_added(),
        before="Could you add 'book the Christmas meal' for next Friday? Thanks!",
    ),
    case(
        "Ooh, and could you add a note to it that it's the November invoice, number 1187? I "
        "always mix them up.",
        described("1187", title="Send the invoice to Brightside"),
        nothing_added(),
        before="Please add 'send the invoice to Brightside' for Monday, and thank you, you're "
        "saving my sanity this month",
    ),
    case(
        "actualy call it fix bike brakes and gears",
        named("Fix bike brakes and gears"),
        gone("Fix the bike brakes"),
        nothing_added(),
        before="ad fix the bike brakes",
    ),
    case(
        "teh last one is done",
        *done(0),
        seeds=("Water the plants", "Cancel the gym membership", "Buy a new kettle"),
        before=SHOWN,
    ),
)


# 8a. The contract's table said differently, with reopen, restore and tags.
TABLE: tuple[Case, ...] = (
    case("add bake cookies for the school fair", fresh("Bake cookies for the school fair")),
    case(
        "Would you be so good as to show me everything on my list?",
        says("glasses", "Christmas cards", "council"),
        UNCHANGED,
        seeds=("Order new glasses", "Post the Christmas cards", "Write to the council"),
    ),
    case(
        "whats left to do",
        says("Mia"),
        lacks("bio"),
        UNCHANGED,
        seeds=("Text Mia back", s("Finish bio project", "completed")),
    ),
    case("done {0}", *done(0), seeds=("Review PR 42", "Update the changelog")),
    case(
        "Please delete the task regarding courier",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Collect the courier from the society office", "Pay the milkman"),
    ),
    case(
        "Please change task {1} to 'Call the Finanzamt about the tax number'",
        state(1, title="Call the Finanzamt about the tax number"),
        untouched_except(1),
        seeds=("Pay the kindergarten fee", "Call the Finanzamt"),
    ),
    case(
        "I need to remember to buy the bread for the dinner",
        fresh("Buy the bread for the dinner", "Buy bread for the dinner"),
    ),
    case(
        "What have I actually finished this week? Feels like nothing, but I'd love to be proven "
        "wrong.",
        says("expenses", "bank"),
        lacks("offsite"),
        UNCHANGED,
        seeds=(
            s("File the expenses", "completed"),
            s("Call the bank", "completed"),
            "Plan the offsite",
        ),
    ),
    case(
        "sho me my taks",
        says("kettle", "passport"),
        UNCHANGED,
        seeds=("Buy a new kettle", "Renew passport"),
    ),
    case(
        "whats still open",
        says("nappies"),
        lacks("swim"),
        UNCHANGED,
        seeds=("Buy nappies", s("Book swim lessons", "completed")),
    ),
    case(
        "Please remove the task about the council, it is no longer needed.",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Write to the council", "Order new glasses"),
    ),
    case("mark {0} done pls", *done(0), seeds=("Text Mia back", "Clean my room")),
    case(
        "ls done",
        says("Deploy"),
        lacks("Refactor"),
        UNCHANGED,
        seeds=(s("Deploy v2.3", "completed"), "Refactor auth module"),
    ),
    case(
        "Kindly add one task for me to get the car PUC done",
        fresh("Get the car PUC done", "Get car PUC done"),
    ),
    case(
        "Put as complete the task number {0}",
        *done(0),
        seeds=("Call the electrician", "Buy the gift for my nephew"),
    ),
    case(
        "The kindergarten fee is not paid after all, please open the task again.",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pay the kindergarten fee", "completed"), "Call the Hausverwaltung"),
    ),
    case(
        "Oh no, I think I binned the surprise party task earlier without meaning to. Can you get "
        "it back?",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Plan the surprise party", "deleted"), "Email the landlord"),
    ),
    case(
        "show evrything taged diy",
        says("paint", "shelf"),
        lacks("mum"),
        UNCHANGED,
        seeds=(s("Buy paint", tags=["diy"]), s("Fix the shelf", tags=["diy"]), "Call mum"),
    ),
)


# 8b. Safety: an ambiguous request asks and changes nothing; a non-request changes nothing.
SAFETY: tuple[Case, ...] = (
    case(
        "delete the call one",
        UNCHANGED,
        says("pediatrician", "plumber"),
        seeds=("Call the pediatrician", "Call the plumber"),
    ),
    case(
        "I have written the letter.",
        UNCHANGED,
        seeds=("Write to the council", "Write to my grandson"),
    ),
    case("lol ok whatever", UNCHANGED, seeds=("Text Mia back",)),
    case("bruh", UNCHANGED, seeds=("Finish bio project",)),
    case(
        "mark deploy done",
        UNCHANGED,
        says("2.3", "2.4"),
        seeds=("Deploy v2.3", "Deploy v2.4"),
    ),
    case(
        "Please prepone the bill payment to tomorrow",
        UNCHANGED,
        seeds=(
            s("Pay the electricity bill", due="2026-11-30"),
            s("Pay the water bill", due="2026-12-01"),
        ),
    ),
    case(
        "The weather in Hamburg is terrible today.",
        UNCHANGED,
        seeds=("Bring the winter tyres to the garage",),
    ),
    case("Thank you very much, you are very kind", UNCHANGED, seeds=("Call my mother",)),
    case(
        "Just wanted to say the new setup has been really helpful. I've actually been getting "
        "through things for once. No changes today, just saying thanks!",
        UNCHANGED,
        seeds=CHATTY,
    ),
    case("delte the book one", UNCHANGED, seeds=("Book flights", "Book the hotel")),
    case("ugh this week", UNCHANGED, seeds=("Buy nappies",)),
)


HELD_OUT_FIFTH: tuple[Case, ...] = (
    WRAPPED + REPEATS + FACTS + EDITS + REMINDERS + WINDOWS + FOLLOW_UPS + TABLE + SAFETY
)
