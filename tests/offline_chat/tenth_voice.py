"""A development set in a tenth voice: requests to the chat written apart from the offline engine.

These cases were written by someone who never opened the engine (nothing under ``src/``), never
read the chat documentation (``docs/chat.md``) nor the cases of the other sets: only the product
contract (``PRODUCT.md``: the data model, the MCP tools and their arguments, the chat section),
how a conversation is played (``conftest.py``) and the helpers and docstrings at the top of
``corpus.py``, ``held_out.py``, ``held_out_second.py`` and ``held_out_fourth.py``. No sentence was
run through the engine while writing. Each expectation is what an ordinary user would expect of
a task manager, judged by the effect on the task list and a few words of the reply; where the
words leave the meaning open, every reasonable reading is accepted (a tuple of values).

The voice is many people at once, each speaking in every family: a power user firing terse
commands ("mv dentist fri", "p1 taxes"); someone thinking out loud ("hmm so I guess... yeah");
voice-assistant transcripts with fillers and no punctuation ("um add uh call the um plumber");
a parent juggling children, two or three requests in one message; a polite British voice
("would you mind awfully", "cheers", "ta"); an American teenager ("lowkey", "fr", "bet",
"ngl"); a project manager ("action item:", "owner: me", "due EOW"); someone sarcastic or
joking ("oh joy, the tax return"); someone who makes a typo and corrects it in the same message
("tomorow* tomorrow"); and Scandinavian and Dutch learners of English.

The families:

1. ``NEW_TASKS``: new tasks wrapped in everyday words, with dates, times, priority, tags and notes.
2. ``REPEATS``: repeats said in words, on a new task or an existing one; a repeat changed or
   stopped.
3. ``FACTS``: statements of fact that mean "done" complete the task they name and leave every
   other task alone; negatives, plans and questions change nothing.
4. ``EDITS``: priority up, down, set or removed; the due date moved, set or cleared; a rename; a
   description set, added to or cleared; tags added or removed.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task, some relative to its due
   date; no task is added.
6. ``WINDOWS``: a day, the weekend, next week, a month, a span of dates, overdue, a tag or a
   priority: the reply names what is in the window, leaves out what is not, nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "it", "that", corrections,
   positions in a list just shown, undo, "and X too", "both".
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending,
   complete, delete, rename, "I need to remember", completed), search, tags, reopen, restore;
   and safety: an ambiguous request asks and changes nothing, small talk and nonsense change
   nothing.

The clock is the one of the other sets: Thursday 26 November 2026, 11:00 in Berlin, the user's
zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs from
Monday 30 November to Sunday 6 December. "This week" is left alone, as it may end on Sunday or
run seven days. Seeded times carry Berlin's winter offset (+01:00). Tasks are checked as the
tools report them (``status`` pending, completed or deleted; ``priority`` none, low, medium,
high or urgent; ``due`` and ``reminder`` spoken in the user's zone; ``recurrence`` as RRULE
text); titles are expected with their first letter capitalised. Seeded tasks are created at
the same moment, so a list shows the latest seeded first: with three seeds, "the first one" is
seed 2 and "the last one" seed 0.

Beside the helpers of ``held_out.py``, ``held_out_second.py`` and ``held_out_fourth.py``, one
check is defined here, on the outcome only: :func:`having` (exactly one task bears this title,
each field among a few values), for a task made by an earlier message of the conversation.
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

__all__ = ["TENTH_VOICE", "having"]

SATURDAY_12_DEC = "Saturday 12 December 2026"
FORTNIGHTLY = ("FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;INTERVAL=14")
TOP = ("urgent", "high")
AFTERNOON = range(12, 18)


class _Having(Check):
    """Exactly one task has the title ``words[0]``, each field in ``args`` among its values."""

    def problem(self, out: Outcome) -> str | None:
        found = [task for task in out.after.values() if task["title"] == self.words[0]]
        if len(found) != 1:
            return f"expected one task titled {self.words[0]!r}; found {len(found)}"
        wrong = {
            name: found[0].get(name)
            for name, values in self.args.items()
            if found[0].get(name) not in values
        }
        return f"expected one of {self.args}, got {wrong}" if wrong else None


def having(title: str, **fields: Any) -> Check:
    """Expect one task titled ``title``; a tuple value lists the values allowed."""
    choices = {k: v if isinstance(v, tuple) else (v,) for k, v in fields.items()}
    return _Having("having", words=(title,), args=choices)


# 1. New tasks wrapped in everyday words, with dates, times, priority, tags and notes.
NEW_TASKS: tuple[Case, ...] = (
    case(
        "add dentist fri 3pm p2",
        fresh("Dentist", priority=("high", "medium")),
        when(FRIDAY, hours=[15]),
    ),
    case(
        "new: renew passport due 12/12 #admin",
        fresh("Renew passport"),
        when(SATURDAY_12_DEC),
        tagged("admin"),
    ),
    case("todo oil change mon", fresh("Oil change"), when(MONDAY)),
    case(
        "hmm so I guess... yeah, put down that I should ring the landlord about the boiler, "
        "sometime tomorrow",
        fresh("Ring the landlord about the boiler"),
        when(FRIDAY),
    ),
    case(
        "ok what else. oh right, return the library books, they're due back saturday, add that",
        fresh("Return the library books", "Library books", "Return library books"),
        when(SATURDAY),
    ),
    case(
        "um add uh call the um plumber tomorrow at like ten",
        fresh("Call the plumber"),
        when(FRIDAY, hours=[10]),
    ),
    case(
        "add a task pick up the dry cleaning on saturday morning",
        fresh("Pick up the dry cleaning"),
        when(SATURDAY),
    ),
    case(
        "new task book the car service for monday high priority",
        fresh("Book the car service", priority="high"),
        when(MONDAY),
    ),
    case(
        "add pack Noah's swim bag for friday, and sign Mia's reading log for tonight",
        named("Pack Noah's swim bag"),
        when(FRIDAY, title="Pack Noah's swim bag"),
        named("Sign Mia's reading log"),
        when(TODAY, title="Sign Mia's reading log"),
    ),
    case(
        "add birthday present for Lily's party by sunday pls, the kids are screaming",
        fresh(
            "Birthday present for Lily's party",
            "Buy birthday present for Lily's party",
            "Buy a birthday present for Lily's party",
        ),
        when((SATURDAY, SUNDAY)),
    ),
    case(
        "add school trip money for Sam due monday, note: 15 euros in an envelope",
        fresh("School trip money for Sam"),
        when(MONDAY),
        described("15 euros"),
    ),
    case(
        "Would you mind awfully adding 'post the Christmas cards' for Tuesday week?",
        fresh("Post the Christmas cards"),
        when((TUESDAY_8_DEC, TUESDAY_NEXT)),
    ),
    case(
        "Could you pop 'ring Aunt Mary' on the list for Sunday afternoon, cheers",
        fresh("Ring Aunt Mary"),
        when(SUNDAY),
    ),
    case(
        "be a love and add fix the garden gate, no rush, low priority",
        fresh("Fix the garden gate", priority="low"),
    ),
    case(
        "lowkey need to finish the bio essay by friday fr, add it",
        fresh("Finish the bio essay"),
        when(FRIDAY),
    ),
    case(
        "ngl i keep forgetting my retainer. add wear retainer tonight",
        fresh("Wear retainer", "Wear my retainer"),
        when(TODAY),
    ),
    case(
        "add buy concert tix for saturday, it's urgent fr",
        fresh("Buy concert tix", priority="urgent"),
        when(SATURDAY),
    ),
    case(
        "action item: send the Q4 roadmap to stakeholders, owner: me, due EOW",
        fresh("Send the Q4 roadmap to stakeholders"),
        when((FRIDAY, SUNDAY)),
    ),
    case(
        "Add action item - prep slides for the sync - P: high - due Mon 09:00",
        fresh("Prep slides for the sync", priority="high"),
        when(MONDAY, hours=[9]),
    ),
    case(
        "log a task: review vendor contract, tags legal and finance, due 3 Dec",
        fresh("Review vendor contract"),
        tagged("legal", "finance"),
        when(THURSDAY_NEXT),
    ),
    case(
        "oh joy, the tax return. add it for sunday I guess",
        fresh("Tax return", "The tax return", "Do the tax return"),
        when(SUNDAY),
    ),
    case(
        "because my life wasn't exciting enough: add clean the gutters for saturday",
        fresh("Clean the gutters"),
        when(SATURDAY),
    ),
    case(
        "add 'call the bank' for monday. can't wait. truly the highlight of my week",
        fresh("Call the bank"),
        when(MONDAY),
    ),
    case(
        "add buy bred* bread tomorow* tomorrow",
        fresh("Buy bread"),
        when(FRIDAY),
    ),
    case(
        "ad pick up the prescripton, sorry, prescription, at 5pm today",
        fresh("Pick up the prescription"),
        when(TODAY, hours=[17]),
    ),
    case(
        "add renew gym membresip -- membership* -- due next mon",
        fresh("Renew gym membership"),
        when(MONDAY),
    ),
    case(
        "Can you make a task for me, I must bring the bike to the repair on Saturday",
        fresh("Bring the bike to the repair", "Bring the bike to repair"),
        when(SATURDAY),
    ),
    case(
        "Please add: buy present to my mother, it is important, before Friday",
        fresh("Buy present to my mother", "Buy a present to my mother", priority=TOP),
        when((TODAY, FRIDAY)),
    ),
    case(
        "I will remember to pay the electricity bill the 1st December, put it in the list",
        fresh("Pay the electricity bill"),
        when(TUESDAY_NEXT),
    ),
    case(
        "Add a task with the name 'Fietsband plakken' on monday, tag it home",
        fresh("Fietsband plakken"),
        when(MONDAY),
        tagged("home"),
    ),
)

# 2. Repeats said in words: new or existing tasks; a repeat changed or stopped.
REPEATS: tuple[Case, ...] = (
    case(
        "add water plants every 3 days",
        fresh("Water plants"),
        repeats("FREQ=DAILY;INTERVAL=3"),
    ),
    case(
        "bins: every tue from now on",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=TU", "Tuesday"),)),
        untouched_except(0),
        seeds=("Take the bins out", "Buy bin bags"),
    ),
    case(
        "add standup every weekday 9:30",
        fresh("Standup"),
        repeats(*WEEKDAY_RULES, either=(at(9, 30),)),
    ),
    case(
        "so the gym... I think I want that to happen every monday and thursday, can you set "
        "that up",
        repeats("FREQ=WEEKLY;BYDAY=MO,TH", task=0),
        nothing_added(),
        seeds=("Gym",),
    ),
    case(
        "hmm, actually, the piano lesson isn't weekly anymore, it's every other week now",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        nothing_added(),
        seeds=(s("Piano lesson", due="2026-12-02", recurrence="FREQ=WEEKLY;BYDAY=WE"),),
    ),
    case(
        "let me think... calling mum, yeah, every sunday evening, add that",
        fresh("Call mum", "Calling mum"),
        repeats("FREQ=WEEKLY", either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "um remind me to uh take my vitamins every morning at eight",
        fresh("Take my vitamins", "Take vitamins"),
        repeats("FREQ=DAILY", either=(at(8),)),
    ),
    case(
        "add pay rent on the first of every month",
        fresh("Pay rent"),
        repeats("FREQ=MONTHLY", either=(("BYMONTHDAY=1", "Tuesday 1 December 2026"),)),
    ),
    case(
        "make the uh the laundry thing repeat every saturday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SA", "Saturday"),)),
        nothing_added(),
        seeds=("Do the laundry",),
    ),
    case(
        "add piano for Emma every wednesday at 4pm and football for Noah every saturday",
        repeats(
            "FREQ=WEEKLY", title="Piano for Emma", either=(on("BYDAY=WE", "Wednesday"), at(16))
        ),
        repeats("FREQ=WEEKLY", title="Football for Noah", either=(on("BYDAY=SA", "Saturday"),)),
    ),
    case(
        "school lunch money is every monday now, and stop the swim class repeating, term's over",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=MO", "Monday"),)),
        one_of(1, recurrence=CLEARED),
        nothing_added(),
        seeds=(
            "School lunch money",
            s("Swim class", due="2026-12-01", recurrence="FREQ=WEEKLY;BYDAY=TU"),
        ),
    ),
    case(
        "set the kids' allowance to repeat every friday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=FR", "Friday"),)),
        nothing_added(),
        seeds=("Kids' allowance",),
    ),
    case(
        "Would you be so kind as to make 'water the orchid' fortnightly?",
        repeats(*FORTNIGHTLY, task=0),
        nothing_added(),
        seeds=("Water the orchid",),
    ),
    case(
        "Could you add 'bins out' every Tuesday evening please, ta",
        fresh("Bins out"),
        repeats("FREQ=WEEKLY", either=(on("BYDAY=TU", "Tuesday"),)),
    ),
    case(
        "I'm afraid the book club has gone monthly, last Thursday of the month. Could you "
        "change it?",
        repeats("FREQ=MONTHLY;BYDAY=-1TH", "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1", task=0),
        nothing_added(),
        seeds=(s("Book club", due="2026-12-03", recurrence="FREQ=WEEKLY;BYDAY=TH"),),
    ),
    case(
        "ngl i need to practice guitar every day at 6pm fr, add it",
        fresh("Practice guitar"),
        repeats("FREQ=DAILY", either=(at(18),)),
    ),
    case(
        "bet, make skincare daily",
        repeats("FREQ=DAILY", task=0),
        nothing_added(),
        seeds=("Skincare",),
    ),
    case(
        "lowkey stop making the chem homework repeat, the class is over",
        one_of(0, recurrence=CLEARED),
        untouched_except(0),
        seeds=(
            s("Chem homework", due="2026-11-30", recurrence="FREQ=WEEKLY;BYDAY=MO"),
            "Math homework",
        ),
    ),
    case(
        "recurring: weekly 1:1 with Priya, Tuesdays 10:00",
        fresh("Weekly 1:1 with Priya", "1:1 with Priya"),
        repeats("FREQ=WEEKLY", either=(on("BYDAY=TU", "Tuesday"), at(10))),
    ),
    case(
        "Status report cadence changes to biweekly, effective now",
        repeats(*FORTNIGHTLY, task=0),
        nothing_added(),
        seeds=(s("Status report", due="2026-11-27", recurrence="FREQ=WEEKLY;BYDAY=FR"),),
    ),
    case(
        "add quarterly OKR review, first one due 1 Dec",
        fresh("Quarterly OKR review", "OKR review"),
        repeats("FREQ=MONTHLY;INTERVAL=3"),
        when(TUESDAY_NEXT),
    ),
    case(
        "fantastic, the dishes are a daily thing now apparently. set it up",
        repeats("FREQ=DAILY", task=0),
        nothing_added(),
        seeds=("Do the dishes",),
    ),
    case(
        "add 'pretend to enjoy yoga' every thursday, because apparently that's who I am now",
        fresh("Pretend to enjoy yoga"),
        repeats("FREQ=WEEKLY", either=(on("BYDAY=TH", "Thursday"),)),
    ),
    case(
        "great news, I no longer need to floss every day. kidding, but stop that repeat anyway",
        one_of(0, recurrence=CLEARED),
        nothing_added(),
        seeds=(s("Floss", due="2026-11-26", recurrence="FREQ=DAILY"),),
    ),
    case(
        "make the newsletter repeat evrey* every monday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=MO", "Monday"),)),
        nothing_added(),
        seeds=("Write the newsletter",),
    ),
    case(
        "add call grandma every sundya -- sunday",
        fresh("Call grandma"),
        repeats("FREQ=WEEKLY", either=(on("BYDAY=SU", "Sunday"),)),
    ),
    case(
        "change yoga to evry fri-- every friday, instead of wednesday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=FR", "Friday"),)),
        nothing_added(),
        seeds=(s("Yoga", due="2026-12-02", recurrence="FREQ=WEEKLY;BYDAY=WE"),),
    ),
    case(
        "I want that the task 'clean the aquarium' comes back every second week",
        repeats(*FORTNIGHTLY, task=0),
        nothing_added(),
        seeds=("Clean the aquarium",),
    ),
    case(
        "Add 'Swedish lesson' each Tuesday and Thursday at 18",
        fresh("Swedish lesson"),
        repeats("FREQ=WEEKLY;BYDAY=TU,TH", either=(at(18),)),
    ),
    case(
        "Every year on 14 February I must buy flowers for my wife, please make this",
        fresh("Buy flowers for my wife"),
        repeats("FREQ=YEARLY", either=(("BYMONTHDAY=14", "14 February"),)),
    ),
)

# 3. Statements of fact meaning "done"; negatives, plans and questions change nothing.
FACTS: tuple[Case, ...] = (
    case("dentist ✓", *done(0), seeds=("Dentist appointment", "Buy stamps")),
    case("taxes: done.", *done(0), seeds=("File taxes", "Call the bank")),
    case("groceries -- bought", *done(0), seeds=("Buy groceries", "Clean the fridge")),
    case(
        "ok so I finally rang the landlord, that's one thing off the list at least",
        *done(0),
        seeds=("Ring the landlord", "Fix the tap"),
    ),
    case(
        "hmm, did I... yes, I did send the invoice yesterday actually",
        *done(0),
        seeds=("Send the invoice to Acme", "Update the website"),
    ),
    case(
        "I was going to call the vet today but... nah, haven't got round to it",
        UNCHANGED,
        seeds=("Call the vet", "Buy cat food"),
    ),
    case(
        "um i uh picked up the parcel from the post office",
        *done(0),
        seeds=("Pick up the parcel", "Post the letter"),
    ),
    case(
        "so the car got washed this morning",
        *done(0),
        seeds=("Wash the car", "Vacuum the hallway"),
    ),
    case("uh the plumber hasn't come yet", UNCHANGED, seeds=("Plumber visit",)),
    case(
        "ok Emma's permission slip is signed and Noah's lunch is packed, what's left for today?",
        state(0, status="completed"),
        state(1, status="completed"),
        untouched_except(0, 1),
        says("nappies"),
        seeds=(
            "Sign Emma's permission slip",
            "Pack Noah's lunch",
            s("Buy nappies", due="2026-11-26"),
        ),
    ),
    case(
        "kids are fed, homework's done, bath can wait till tomorrow",
        state(0, status="completed"),
        one_of(1, status=("pending",), due=(None, FRIDAY)),
        nothing_added(),
        seeds=("Kids' homework", "Bath time for the kids"),
    ),
    case(
        "Sam's football boots -- bought them. Still need the shin pads though",
        *done(0),
        seeds=("Buy football boots for Sam", "Buy shin pads for Sam"),
    ),
    case(
        "Right, that's the boiler service sorted, cheers",
        *done(0),
        seeds=("Book the boiler service", "Renew the TV licence"),
    ),
    case(
        "I've posted the parcel to Granny, so you can tick that one off",
        *done(0),
        seeds=("Post parcel to Granny", "Order the turkey"),
    ),
    case("I'm afraid I still haven't ordered the turkey", UNCHANGED, seeds=("Order the turkey",)),
    case(
        "finally finished the history project lets gooo",
        *done(0),
        seeds=("History project", "Math worksheet"),
    ),
    case(
        "ngl the math worksheet is not even started",
        UNCHANGED,
        seeds=("History project", "Math worksheet"),
    ),
    case(
        "returned the hoodie to zara, we're so back",
        *done(0),
        seeds=("Return hoodie to Zara", "Text Jess back"),
    ),
    case(
        "Update: vendor contract review is complete.",
        *done(0),
        seeds=("Review vendor contract", "Prepare Q1 budget"),
    ),
    case(
        "FYI the Q1 budget draft went out to finance this morning",
        *done(0),
        seeds=("Send Q1 budget draft to finance", "Schedule the retro"),
    ),
    case(
        "did I already send the stakeholder update?",
        UNCHANGED,
        seeds=("Send stakeholder update",),
    ),
    case(
        "wow, look at me, I actually cleaned the oven. alert the press",
        *done(0),
        seeds=("Clean the oven", "Descale the kettle"),
    ),
    case(
        "the tax return is done. I'm a changed person. probably",
        *done(0),
        seeds=("Do the tax return", "Pay the parking fine"),
    ),
    case(
        "sure, I'll definitely call the insurance company tomorrow. definitely.",
        one_of(0, status=("pending",), due=(None, FRIDAY)),
        nothing_added(),
        seeds=("Call the insurance company",),
    ),
    case(
        "paied the electrcity bill -- paid* the electricity bill",
        *done(0),
        seeds=("Pay the electricity bill", "Pay the water bill"),
    ),
    case(
        "i've renewd the insurnace, renewed the insurance i mean",
        *done(0),
        seeds=("Renew the car insurance", "Cancel the gym"),
    ),
    case("havent called the bnak yet, bank*", UNCHANGED, seeds=("Call the bank",)),
    case(
        "The bike is repaired now, I have got it back from the shop",
        *done(0),
        seeds=("Bring the bike to the repair shop", "Buy a lamp for the bike"),
    ),
    case(
        "I have already made the appointment by the doctor",
        *done(0),
        seeds=("Make an appointment with the doctor", "Buy vitamins"),
    ),
    case(
        "Tomorrow I will clean the windows",
        one_of(0, status=("pending",), due=(None, FRIDAY)),
        nothing_added(),
        seeds=("Clean the windows",),
    ),
)

# 4. Edits: priority, due date, title, description and tags of an existing task.
EDITS: tuple[Case, ...] = (
    case(
        "mv dentist fri",
        when((FRIDAY, FRIDAY_NEXT), task=0),
        untouched_except(0),
        seeds=(s("Dentist", due=berlin("2026-11-30", "15:00")), "Buy stamps"),
    ),
    case(
        "p1 taxes",
        one_of(0, priority=TOP),
        untouched_except(0),
        seeds=("Taxes", "Laundry"),
    ),
    case("+tag home to {0}", tagged("home", task=0), untouched_except(0), seeds=("Fix the shelf",)),
    case(
        "rm due from the report",
        one_of(0, due=CLEARED, status=("pending",)),
        untouched_except(0),
        seeds=(s("Write the report", due="2026-11-27"),),
    ),
    case(
        "hmm, the presentation... I think it's more important than I gave it credit for. bump "
        "it up?",
        raised(0),
        untouched_except(0),
        seeds=(s("Finish the presentation", priority="medium"),),
    ),
    case(
        "the title 'stuff for mum' is useless, let's call it 'buy mum's birthday present' instead",
        state(0, title="Buy mum's birthday present"),
        untouched_except(0),
        seeds=("Stuff for mum",),
    ),
    case(
        "so the quarterly report... maybe not urgent after all, let's say medium",
        state(0, priority="medium"),
        untouched_except(0),
        seeds=(s("Quarterly report", priority="urgent"),),
    ),
    case(
        "um push the uh haircut to next tuesday",
        when((TUESDAY_NEXT, TUESDAY_8_DEC), task=0),
        untouched_except(0),
        seeds=(s("Haircut", due="2026-11-27"),),
    ),
    case(
        "um move the uh meeting with tom an hour later",
        state(0, due=spoken(MONDAY, "15:00")),
        untouched_except(0),
        seeds=(s("Meeting with Tom", due=berlin("2026-11-30", "14:00")),),
    ),
    case(
        "take the urgent off the car insurance task",
        lowered(0),
        untouched_except(0),
        seeds=(s("Car insurance", priority="urgent"),),
    ),
    case(
        "move Mia's dentist to monday and make the nappies urgent, we're nearly out",
        when(MONDAY, task=0),
        state(1, priority="urgent"),
        untouched_except(0, 1),
        seeds=(s("Mia's dentist", due=berlin("2026-11-27", "09:30")), "Buy nappies"),
    ),
    case(
        "add a note to the parents' evening task: ask about the reading group. and tag it school",
        described("reading group", task=0),
        tagged("school", task=0),
        untouched_except(0),
        seeds=("Parents' evening",),
    ),
    case(
        "Noah's party moved from saturday to sunday, can you change it",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Noah's party", due="2026-11-28"), s("Order the cake", due="2026-11-27")),
    ),
    case(
        "Would you mind awfully knocking the garden shed down to low priority?",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("Paint the garden shed", priority="high"),),
    ),
    case(
        "Could you rename 'Xmas stuff' to 'Buy Christmas crackers', ta",
        state(0, title="Buy Christmas crackers"),
        untouched_except(0),
        seeds=("Xmas stuff",),
    ),
    case(
        "Please clear the date off the hedge trimming, it can wait, no rush",
        one_of(0, due=CLEARED),
        untouched_except(0),
        seeds=(s("Trim the hedge", due="2026-11-28"),),
    ),
    case(
        "make the english essay high prio fr",
        state(0, priority="high"),
        untouched_except(0),
        seeds=("English essay", "Spanish vocab"),
    ),
    case(
        "ngl the gym thing doesnt need the health tag, take it off",
        tagged("fitness", task=0, without=("health",)),
        untouched_except(0),
        seeds=(s("Gym session", tags=["health", "fitness"]),),
    ),
    case(
        "move bio test prep to sunday bet",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Bio test prep", due="2026-11-27"),),
    ),
    case(
        "Reprioritise: vendor onboarding -> high",
        state(0, priority="high"),
        untouched_except(0),
        seeds=(s("Vendor onboarding", priority="low"),),
    ),
    case(
        "Slip the launch checklist by a week",
        when(TUESDAY_8_DEC, task=0),
        untouched_except(0),
        seeds=(s("Launch checklist", due="2026-12-01"),),
    ),
    case(
        "Add to the description of the hiring plan: need sign-off from HR",
        described("Two backend roles", "sign-off from HR", task=0),
        untouched_except(0),
        seeds=(s("Hiring plan", description="Two backend roles"),),
    ),
    case(
        "sure, let's make 'clean the garage' even less of a priority. lowest it goes",
        one_of(0, priority=("low", "none")),
        untouched_except(0),
        seeds=(s("Clean the garage", priority="medium"),),
    ),
    case(
        "the dentist would LOVE it if I moved my appointment to the 10th. do it",
        when(THURSDAY_10_DEC, task=0),
        untouched_except(0),
        seeds=(s("Dentist appointment", due=berlin("2026-12-03", "10:00")),),
    ),
    case(
        "wipe that whole description off the 'fix bike' task, it was a novel",
        one_of(0, description=CLEARED),
        untouched_except(0),
        seeds=(s("Fix bike", description="Rear brake squeaks, chain is rusty, order new pads"),),
    ),
    case(
        "chnage 'buy paitn' -- i mean rename it to Buy paint",
        state(0, title="Buy paint"),
        untouched_except(0),
        seeds=("Buy paitn",),
    ),
    case(
        "set the priorty -- priority -- of the visa form to urgent",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=("Visa form",),
    ),
    case(
        "tag the flihgt booking as travel, flight* booking",
        tagged("travel", task=0),
        untouched_except(0),
        seeds=("Flight booking", "Hotel booking"),
    ),
    case(
        "Can you put the deadline of 'tax declaration' one day earlier?",
        when(THURSDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Tax declaration", due="2026-12-04"),),
    ),
    case(
        "The task 'Kjøpe melk' must not be so important, make it lower please",
        lowered(0),
        untouched_except(0),
        seeds=(s("Kjøpe melk", priority="high"),),
    ),
)

# 5. Reminders on existing tasks: set, moved, cleared, some relative to the due date.
REMINDERS: tuple[Case, ...] = (
    case(
        "remind dentist 1h before",
        state(0, reminder=spoken(MONDAY, "14:00")),
        untouched_except(0),
        seeds=(s("Dentist", due=berlin("2026-11-30", "15:00")),),
    ),
    case(
        "rem taxes sun 8pm",
        reminded(SUNDAY, task=0, hours=[20]),
        untouched_except(0),
        seeds=("Taxes", "Laundry"),
    ),
    case(
        "kill reminder #{0}",
        one_of(0, reminder=CLEARED, status=("pending",)),
        untouched_except(0),
        seeds=(s("Pay rent", due="2026-11-30", reminder=berlin("2026-11-30", "09:00")),),
    ),
    case(
        "I wonder if I should get a nudge about the passport... yeah, remind me tomorrow morning",
        reminded(FRIDAY, task=0, hours=MORNING),
        untouched_except(0),
        seeds=("Renew passport",),
    ),
    case(
        "ok the reminder for the call with Jan -- 9 is too early, make it 11",
        state(0, reminder=spoken(MONDAY, "11:00")),
        untouched_except(0),
        seeds=(
            s(
                "Call with Jan",
                due=berlin("2026-11-30", "14:00"),
                reminder=berlin("2026-11-30", "09:00"),
            ),
        ),
    ),
    case(
        "actually I don't need reminding about the plants, I'll see them anyway",
        one_of(0, reminder=CLEARED, status=("pending",)),
        untouched_except(0),
        seeds=(s("Water the plants", reminder=berlin("2026-11-27", "08:00")),),
    ),
    case(
        "uh remind me about the um the parcel at four",
        reminded(TODAY, task=0, hours=[16]),
        untouched_except(0),
        seeds=("Pick up the parcel",),
    ),
    case(
        "set a reminder for the vet appointment the day before",
        reminded(TUESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Vet appointment", due=berlin("2026-12-02", "10:00")),),
    ),
    case(
        "remind me of the parking ticket in two hours",
        state(0, reminder=spoken(TODAY, "13:00")),
        untouched_except(0),
        seeds=("Pay the parking ticket",),
    ),
    case(
        "remind me about Emma's costume friday at 7am and Noah's recorder on monday morning",
        reminded(FRIDAY, task=0, hours=[7]),
        reminded(MONDAY, task=1, hours=MORNING),
        untouched_except(0, 1),
        seeds=("Emma's costume", "Noah's recorder"),
    ),
    case(
        "the school form reminder can go, it's in her bag. but remind me about the lunch money "
        "tonight",
        one_of(0, reminder=CLEARED),
        reminded(TODAY, task=1, hours=EVENING),
        nothing_added(),
        seeds=(s("School form", reminder=berlin("2026-11-27", "07:30")), "Lunch money"),
    ),
    case(
        "push the swimming reminder to half an hour before the lesson",
        state(0, reminder=spoken(SATURDAY, "09:30")),
        untouched_except(0),
        seeds=(
            s(
                "Swimming lesson",
                due=berlin("2026-11-28", "10:00"),
                reminder=berlin("2026-11-28", "08:00"),
            ),
        ),
    ),
    case(
        "Would you mind reminding me about the MOT on Monday at nine? Cheers",
        reminded(MONDAY, task=0, hours=[9]),
        untouched_except(0),
        seeds=("Book the MOT",),
    ),
    case(
        "Could you shift the reminder for Granny's card to Saturday morning, ta",
        reminded(SATURDAY, task=0, hours=MORNING),
        untouched_except(0),
        seeds=(s("Send Granny's card", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "Give us a nudge about the council tax an hour before it's due, there's a love",
        state(0, reminder=spoken(TUESDAY_NEXT, "11:00")),
        untouched_except(0),
        seeds=(s("Pay the council tax", due=berlin("2026-12-01", "12:00")),),
    ),
    case(
        "yo remind me abt the chem lab report sunday night",
        reminded(SUNDAY, task=0, hours=EVENING),
        untouched_except(0),
        seeds=("Chem lab report",),
    ),
    case(
        "ngl i dont need the reminder for the orthodontist anymore",
        one_of(0, reminder=CLEARED, status=("pending",)),
        untouched_except(0),
        seeds=(
            s(
                "Orthodontist",
                due=berlin("2026-12-01", "15:00"),
                reminder=berlin("2026-12-01", "13:00"),
            ),
        ),
    ),
    case(
        "bet, remind me 30 min before the concert",
        state(0, reminder=spoken(SATURDAY, "19:30")),
        untouched_except(0),
        seeds=(s("Concert", due=berlin("2026-11-28", "20:00")),),
    ),
    case(
        "Set a reminder: board deck, T-minus 2 days from due",
        reminded(WEDNESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Board deck", due="2026-12-04"),),
    ),
    case(
        "Move the reminder on the budget review to 08:30 the same day",
        state(0, reminder=spoken(TUESDAY_NEXT, "08:30")),
        untouched_except(0),
        seeds=(
            s(
                "Budget review",
                due=berlin("2026-12-01", "14:00"),
                reminder=berlin("2026-11-30", "17:00"),
            ),
        ),
    ),
    case(
        "Ping me Monday 9am re: the vendor follow-up",
        reminded(MONDAY, task=0, hours=[9]),
        untouched_except(0),
        seeds=("Vendor follow-up",),
    ),
    case(
        "oh joy, the tax return. remind me I guess on sunday",
        reminded(SUNDAY, task=0),
        untouched_except(0),
        seeds=("Tax return",),
    ),
    case(
        "please, remind me about the dentist at 8am on friday, since I clearly can't be trusted",
        state(0, reminder=spoken(FRIDAY, "08:00")),
        untouched_except(0),
        seeds=(s("Dentist", due=berlin("2026-11-27", "11:00")),),
    ),
    case(
        "I'm sure I'll remember the car tax on my own. ha. no. remind me tomorrow at noon",
        state(0, reminder=spoken(FRIDAY, "12:00")),
        untouched_except(0),
        seeds=("Car tax",),
    ),
    case(
        "remnd me about the libary books -- library* -- on saturdy at 10",
        state(0, reminder=spoken(SATURDAY, "10:00")),
        untouched_except(0),
        seeds=("Return the library books",),
    ),
    case(
        "cancle the reminder, cancel* sorry, on the insurance call",
        one_of(0, reminder=CLEARED, status=("pending",)),
        untouched_except(0),
        seeds=(s("Insurance call", reminder=berlin("2026-11-30", "10:00")),),
    ),
    case(
        "set a remidner for the flight check-in at 6pm tomorow, tomorrow",
        state(0, reminder=spoken(FRIDAY, "18:00")),
        untouched_except(0),
        seeds=("Flight check-in",),
    ),
    case(
        "Can you give me a remembering for the Zumba class one hour before it begins?",
        state(0, reminder=spoken(TUESDAY_NEXT, "18:00")),
        untouched_except(0),
        seeds=(s("Zumba class", due=berlin("2026-12-01", "19:00")),),
    ),
    case(
        "I want a reminder for 'betala hyran' on the 30 at 10 o'clock",
        state(0, reminder=spoken(MONDAY, "10:00")),
        untouched_except(0),
        seeds=("Betala hyran",),
    ),
    case(
        "Please remove the reminder from the task about the kindergarten",
        one_of(0, reminder=CLEARED, status=("pending",)),
        untouched_except(0),
        seeds=(
            s("Kindergarten meeting", reminder=berlin("2026-12-02", "16:00")),
            "Buy winter boots",
        ),
    ),
)

#: Tasks spread over the days around the clock, for the windows.
DAYS = (
    s("Pay the nanny", due="2026-11-26"),
    s("Swim kit", due="2026-11-27"),
    s("Farmers market", due="2026-11-28"),
    s("Call grandpa", due="2026-11-29"),
    s("Dentist checkup", due=berlin("2026-11-30", "09:00")),
    s("Book club", due="2026-12-03"),
    s("Office party", due="2026-12-11"),
    s("Renew passport", due="2027-01-15"),
    s("Return the drill", due="2026-11-20"),
)
GARDEN = (
    s("Plant the tulip bulbs", tags=["garden"]),
    s("Fix the fence", tags=["garden", "diy"]),
    s("Send the timesheet", tags=["work"]),
    s("Clean the gutters", tags=["home"]),
)
KIDS = (
    s("Buy Emma's shoes", tags=["kids"]),
    s("Book the babysitter", tags=["kids"]),
    s("Expense report", tags=["work"]),
)
RANKED = (
    s("Fix the prod bug", priority="urgent"),
    s("Sign the SOW", priority="high"),
    s("Tidy the wiki", priority="low"),
)

WEEKEND = (says("Farmers market", "Call grandpa"), lacks("Swim kit", "Dentist checkup"))
NEXT_WEEK_SAID = (says("Dentist checkup", "Book club"), lacks("Swim kit", "Office party"))
OVERDUE = (says("Return the drill"), lacks("Swim kit", "Book club", "Renew passport"))

# 6. Windows: a day, the weekend, next week, a month, spans, overdue, a tag or a priority.
WINDOWS: tuple[Case, ...] = (
    case(
        "ls sat",
        says("Farmers market"),
        lacks("Call grandpa", "Swim kit"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case("ls overdue", *OVERDUE, UNCHANGED, seeds=DAYS),
    case(
        "ls #work",
        says("Send the timesheet"),
        lacks("Plant the tulip bulbs", "Clean the gutters"),
        UNCHANGED,
        seeds=GARDEN,
    ),
    case(
        "hmm what does my weekend look like... anything I've promised?",
        *WEEKEND,
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "let me see, next week, how bad is it",
        *NEXT_WEEK_SAID,
        lacks("Call grandpa"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "I wonder what I've let slip... anything past its date?",
        *OVERDUE,
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "um what do i have uh tomorrow",
        says("Swim kit"),
        lacks("Farmers market", "Pay the nanny"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "whats on for monday",
        says("Dentist checkup"),
        lacks("Book club", "Call grandpa"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "anything in january",
        says("Renew passport"),
        lacks("Office party", "Book club"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "what have I got on saturday and sunday with the kids",
        *WEEKEND,
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "quick, what's due today? and tomorrow?",
        says("Pay the nanny", "Swim kit"),
        lacks("Farmers market", "Dentist checkup"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "what's tagged kids?",
        says("Buy Emma's shoes", "Book the babysitter"),
        lacks("Expense report"),
        UNCHANGED,
        seeds=KIDS,
    ),
    case(
        "Could you tell me what's on in December, please?",
        says("Book club", "Office party"),
        lacks("Renew passport", "Swim kit"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "What's on the cards for Thursday week?",
        says("Book club"),
        lacks("Office party", "Pay the nanny"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "Anything I ought to have done already, do you reckon?",
        *OVERDUE,
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "wait whats due fri",
        says("Swim kit"),
        lacks("Farmers market", "Pay the nanny"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case("lowkey scared to ask but whats overdue", *OVERDUE, UNCHANGED, seeds=DAYS),
    case(
        "what do i have between the 1st and the 5th of dec",
        says("Book club"),
        lacks("Dentist checkup", "Office party"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "Show me everything due between 30 Nov and 4 Dec",
        says("Dentist checkup", "Book club"),
        lacks("Call grandpa", "Office party"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "What's on my plate for w/c 30 Nov?",
        *NEXT_WEEK_SAID,
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "List urgent items",
        says("Fix the prod bug"),
        lacks("Tidy the wiki", "Sign the SOW"),
        UNCHANGED,
        seeds=RANKED,
    ),
    case(
        "go on then, hit me with this weekend's fun",
        *WEEKEND,
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "what delightful chores await me on the 11th",
        says("Office party"),
        lacks("Book club", "Renew passport"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "how much have I procrastinated, be honest. what's late?",
        *OVERDUE,
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "whats due on sunady -- sunday",
        says("Call grandpa"),
        lacks("Farmers market", "Dentist checkup"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "show me teh tasks for decmber, december",
        says("Book club", "Office party"),
        lacks("Renew passport", "Farmers market"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "anytihng tagged garden? garden*",
        says("Plant the tulip bulbs", "Fix the fence"),
        lacks("Send the timesheet", "Clean the gutters"),
        UNCHANGED,
        seeds=GARDEN,
    ),
    case(
        "What must I do in the weekend?",
        *WEEKEND,
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "Which tasks have I for the next week?",
        *NEXT_WEEK_SAID,
        lacks("Farmers market"),
        UNCHANGED,
        seeds=DAYS,
    ),
    case(
        "Show me the tasks from 28 November until 30 November",
        says("Farmers market", "Call grandpa", "Dentist checkup"),
        lacks("Swim kit", "Book club"),
        UNCHANGED,
        seeds=DAYS,
    ),
)

#: Three plain tasks, listed as the last seeded first.
HOME = ("Renew the lease", "Buy a rug", "Fix the doorbell")  # Fix the doorbell, Buy a rug, ...
FESTIVE = ("Post the cards", "Buy mince pies", "Order the hamper")
CHORES = ("Clean the oven", "Call the insurer", "Mow the lawn")
ERRANDS = ("Go to the gemeente", "Buy a fiets lamp", "Call the huisarts")

# 7. Follow-ups leaning on earlier messages.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "p1 that",
        having("Call the bank", priority=TOP),
        when(FRIDAY, title="Call the bank"),
        before="add call the bank fri",
    ),
    case(
        "2nd one done",
        state(1, status="completed"),
        untouched_except(1),
        seeds=HOME,
        before=SHOWN,
    ),
    case("undo", gone("Dentist"), before="add dentist monday 3pm"),
    case(
        "hmm, actually make that saturday... no wait, sunday",
        when(SUNDAY, title="Buy a new kettle"),
        before="add buy a new kettle",
    ),
    case(
        "oh, the book club one, I think I can move that to friday the 4th",
        when(FRIDAY_NEXT, task=1),
        untouched_except(1),
        seeds=(
            s("Dentist checkup", due=berlin("2026-11-30", "09:00")),
            s("Book club", due="2026-12-03"),
        ),
        before="what's due next week?",
    ),
    case(
        "the last one, yeah, I think that can go",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=HOME,
        before=SHOWN,
    ),
    case(
        "uh make it tomorrow at three",
        when(FRIDAY, title="Pick up the kids' photos", hours=[15]),
        before="add um pick up the kids' photos",
    ),
    case(
        "and the towels too",
        state(0, status="completed"),
        state(1, status="completed"),
        untouched_except(0, 1),
        seeds=("Do the laundry", "Fold the towels", "Iron the shirts"),
        before="mark the laundry done",
    ),
    case(
        "no wait put it back",
        state(0, status="pending"),
        seeds=("Gym", "Meal prep"),
        before="delete the gym task",
    ),
    case(
        "and Mia's dentist appointment too, same time, and tag both kids",
        when(TUESDAY_NEXT, title="Mia's dentist appointment", hours=[16]),
        tagged("kids", title="Mia's dentist appointment"),
        tagged("kids", title="Noah's dentist appointment"),
        before="add Noah's dentist appointment on tuesday at 4pm",
    ),
    case(
        "push both to saturday, the school's closed",
        when(SATURDAY, task=0),
        when(SATURDAY, task=1),
        untouched_except(0, 1),
        seeds=(
            s("Swim kit", due="2026-11-27"),
            s("Bake sale cupcakes", due="2026-11-27"),
            s("Call grandpa", due="2026-11-29"),
        ),
        before="what's due tomorrow?",
    ),
    case(
        "oh and add buy wipes too",
        named("Buy wipes"),
        named("Buy nappies"),
        before="add buy nappies",
    ),
    case(
        "Sorry, I meant Tuesday",
        when(TUESDAY_NEXT, title="Ring the vicar"),
        before="add 'ring the vicar' for Monday",
    ),
    case(
        "Would you tick off the first one, please?",
        state(2, status="completed"),
        untouched_except(2),
        seeds=FESTIVE,
        before=SHOWN,
    ),
    case(
        "Ah, on second thoughts, put it back as it was",
        state(0, priority="none"),
        seeds=("Boiler service",),
        before="make the boiler service urgent",
    ),
    case(
        "ngl make that due sunday",
        when(SUNDAY, title="Finish the lab report"),
        before="add finish the lab report",
    ),
    case(
        "ok delete it lol i lost it anyway",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=(s("Return the library book", due="2026-11-20"), s("Text Jess", due="2026-11-28")),
        before="whats overdue",
    ),
    case(
        "wait no cancel that",
        gone("Buy concert tix"),
        before="add buy concert tix",
    ),
    case(
        "Correction: due Monday, not Friday",
        when(MONDAY, title="Draft the RFP"),
        before="Action item: draft the RFP, due Friday",
    ),
    case(
        "Set both to due EOD today",
        when(TODAY, task=0),
        when(TODAY, task=1),
        untouched_except(0, 1),
        seeds=(
            s("Fix the prod bug", priority="urgent"),
            s("Sign the SOW", priority="urgent"),
            s("Tidy the wiki", priority="low"),
        ),
        before="List urgent items",
    ),
    case(
        "Add a description: include the migration steps",
        described("migration steps", title="Write the release notes"),
        before="Add: write the release notes",
    ),
    case(
        "on second thought, make that tomorrow. the dishes aren't going anywhere",
        when(FRIDAY, title="Do the dishes"),
        before="add do the dishes tonight",
    ),
    case(
        "the middle one. done. shockingly",
        state(1, status="completed"),
        untouched_except(1),
        seeds=CHORES,
        before=SHOWN,
    ),
    case(
        "ha, as if I could get rid of it that easily. bring it back",
        state(0, status="pending"),
        seeds=("Clean the garage",),
        before="delete clean the garage",
    ),
    case(
        "chnage it to 11am -- change*",
        when(SATURDAY, title="Meet Sara for coffee", hours=[11]),
        before="add meet Sara for coffee saturday",
    ),
    case(
        "make it hihg priority, high*",
        named("Buy lightbulbs", priority="high"),
        before="add buy lightbulbs",
    ),
    case(
        "oops, wrong one, undo taht -- that",
        state(0, status="pending"),
        seeds=("Pay the gas bill", "Pay the water bill"),
        before="mark the gas bill done",
    ),
    case(
        "Can you also put a tag 'family' on it?",
        tagged("family", title="Kjøpe gave til Ola"),
        before="add 'kjøpe gave til Ola' for friday",
    ),
    case(
        "The second one I have done yesterday",
        state(1, status="completed"),
        untouched_except(1),
        seeds=ERRANDS,
        before=SHOWN,
    ),
    case(
        "And what is on the 11th?",
        says("Office party"),
        lacks("Dentist checkup"),
        UNCHANGED,
        seeds=(
            s("Dentist checkup", due=berlin("2026-11-30", "09:00")),
            s("Office party", due="2026-12-11"),
        ),
        before="what's due on monday?",
    ),
)

# 8a. The contract's table said differently, with search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    case("new buy groceries", fresh("Buy groceries")),
    case(
        "ls",
        says("Pick up dry cleaning", "Book a table"),
        UNCHANGED,
        seeds=("Pick up dry cleaning", "Book a table"),
    ),
    case("done {0}", *done(0), seeds=("Send the invoice", "Back up the laptop")),
    case(
        "{0} -> 'Call mum tonight'",
        state(0, title="Call mum tonight"),
        untouched_except(0),
        seeds=("Call mum", "Buy flowers"),
    ),
    case(
        "hmm, what's still open on my list, I wonder",
        says("Book a table"),
        lacks("Pay the invoice"),
        UNCHANGED,
        seeds=("Book a table", s("Pay the invoice", state="completed")),
    ),
    case("um i need to remember to uh pay the bills", fresh("Pay the bills")),
    case(
        "uh delete the um meeting task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Team meeting prep", "Buy a kettle"),
    ),
    case(
        "what have I actually finished? need a win",
        says("swim club"),
        lacks("school shoes"),
        UNCHANGED,
        seeds=(s("Sign up for swim club", state="completed"), "Buy school shoes"),
    ),
    case(
        "Could you show me the whole list, please?",
        says("Order the turkey", "Ring the plumber", "Wrap presents"),
        UNCHANGED,
        seeds=("Order the turkey", "Ring the plumber", "Wrap presents"),
    ),
    case(
        "Change number {0} to 'Ring Mum this evening', would you?",
        state(0, title="Ring Mum this evening"),
        untouched_except(0),
        seeds=("Ring Mum", "Water the plants"),
    ),
    case(
        "yo whats left on my list",
        says("Math homework"),
        lacks("Return the hoodie"),
        UNCHANGED,
        seeds=("Math homework", s("Return the hoodie", state="completed")),
    ),
    case(
        "search for anything about prom",
        says("Buy prom tickets", "Prom dress fitting"),
        lacks("Math homework"),
        UNCHANGED,
        seeds=("Buy prom tickets", "Prom dress fitting", "Math homework"),
    ),
    case("Close out task {0}.", *done(0), seeds=("Draft the SOW", "Book the offsite")),
    case(
        "Reopen the vendor onboarding item -- not actually done",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Vendor onboarding", state="completed"), "Budget review"),
    ),
    case(
        "restore the 'file expenses' task I so bravely deleted",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("File expenses", state="deleted"), "Book a dentist"),
    ),
    case(
        "shwo me all my taks -- tasks",
        says("Fix the bike", "Call the bank"),
        UNCHANGED,
        seeds=("Fix the bike", "Call the bank"),
    ),
    case(
        "Which tags do I have?",
        says("garden", "work"),
        UNCHANGED,
        seeds=GARDEN,
    ),
    case(
        "Please make a task: buy groceries for the weekend",
        fresh("Buy groceries for the weekend", "Buy groceries"),
    ),
)

# 8b. Safety: an ambiguous request asks and changes nothing; small talk and nonsense change nothing.
SAFETY: tuple[Case, ...] = (
    case(
        "rm call", UNCHANGED, says("Call mom", "Call the bank"), seeds=("Call mom", "Call the bank")
    ),
    case(
        "hmm, should I delete something... I don't know",
        UNCHANGED,
        seeds=("Buy milk", "Call the bank"),
    ),
    case("um uh what", UNCHANGED, seeds=("Buy milk",)),
    case(
        "mark the birthday one done",
        UNCHANGED,
        says("Emma", "Noah"),
        seeds=("Emma's birthday party", "Noah's birthday present"),
    ),
    case("Lovely weather we're having, isn't it?", UNCHANGED, seeds=("Buy milk",)),
    case("Cheers, that's all for now", UNCHANGED, seeds=("Buy milk",)),
    case("bruh 💀 ok", UNCHANGED, seeds=("Math homework",)),
    case(
        "delete the essay",
        UNCHANGED,
        says("English", "History"),
        seeds=("English essay", "History essay"),
    ),
    case(
        "Move the review to Friday",
        UNCHANGED,
        seeds=(
            s("Code review", due="2026-11-30"),
            s("Performance review", due="2026-12-02"),
        ),
    ),
    case("wow thanks, you're so helpful", UNCHANGED, seeds=("Clean the oven",)),
    case(
        "delete everything. just kidding, don't you dare",
        UNCHANGED,
        seeds=("Pay rent", "Buy milk"),
    ),
    case("asdfgh jkl", UNCHANGED, seeds=("Pay rent",)),
    case("I am not sure what I must do now", UNCHANGED, seeds=("Pay rent",)),
    case(
        "The report is ready",
        UNCHANGED,
        says("annual", "expense"),
        seeds=("Finish the annual report", "Finish the expense report"),
    ),
)

TENTH_VOICE: tuple[Case, ...] = (
    NEW_TASKS + REPEATS + FACTS + EDITS + REMINDERS + WINDOWS + FOLLOW_UPS + TABLE + SAFETY
)
