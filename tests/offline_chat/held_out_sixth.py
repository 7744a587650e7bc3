"""A sixth held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never opened the engine (nothing under ``src/``: not
the assistant, its phrase lists, the intent rules, the date reader nor the quick-add parser),
never read the chat documentation (``docs/chat.md``) nor the README, and never read the cases
of the other sets (``corpus.py``, ``second_voice.py`` to ``tenth_voice.py``, ``held_out.py`` to
``held_out_fifth.py``): only their imports, helpers, constants and module docstrings. They were
written before the changes that will be scored against them, from the product contract
(``PRODUCT.md``: the data model, the MCP tools, the chat section), from the tools' arguments
(``docs/mcp.md``), from how a conversation is played (``conftest.py``) and from what an
ordinary user of a task manager would expect. No sentence was run through the engine while
writing, no scoring test was run, and none is ever tuned against, sentence by sentence: a miss
here is a miss to report, not an expectation to adjust.

This set is written in voices that the earlier sets did not use, each of them across the
families: a chef in a restaurant kitchen (kitchen slang, "86 it", "chef"), a farmer (plain and
practical, "reckon", fields and animals), a lawyer's assistant writing formally ("Kindly",
"Please note that", "the matter"), a gamer ("gg", "nerf", "prio", "rn"), a British speaker's
understatement ("I don't suppose you could", "no great hurry", "as it happens"), Nigerian
English ("next tomorrow", "since morning", "abeg", a line of pidgin), a French speaker's
English ("advance of one day", "at 14h", word order carried over from French), someone who
writes everything in lowercase with no punctuation, someone dictating to a smartwatch (two or
three words), an elderly person unsure of the technology (long, hesitant, thanking), and
someone who mixes requests with emoji.

The families:

1. ``WRAPPED``: new tasks wrapped in everyday words ("stick X on the list", "jot down", hedges
   such as "maybe I ought to", "a to-do called X, note: Y"), with dates, priority and tags;
   only the title reaches the title, and a note is kept on the task.
2. ``REPEATS``: repeats said in words ("every evening at 9", "each weekday", "annually", "a
   monthly review on the 1st", "every three months"), on a new task or an existing one; a
   repeat changed or stopped.
3. ``FACTS``: statements of fact that mean "done" complete the task they name and leave every
   other task alone; negatives, plans and questions change nothing.
4. ``EDITS``: relative edits (priority a level up or down, the due date moved by days or into
   next week or next month), rename and description.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task; no task is added and
   the task's due date stays as it was.
6. ``WINDOWS``: questions about a day, the weekend, this or next week, a month, a span of days
   and overdue: the reply names what is in the window, leaves out what is not (a deleted task
   never, a completed one never as overdue), and nothing changes.
7. ``FOLLOW_UPS``: messages that lean on earlier ones (``before=``): "make that one urgent
   too" after an add, "no, the second one" after a list or a question, "and delete it", undo,
   a correction, "and X too".
8. ``TABLE`` and ``SAFETY``: the contract's table said differently (add, list, pending,
   complete, delete, rename, "I need to remember", completed), with search, tags, reopen and
   restore; and safety: an ambiguous request asks and changes nothing, a message that is not a
   request changes nothing, and nothing is deleted or completed on a guess. Projects are left
   out: the helpers seed tasks only (``ChatSession.seed`` calls ``add_task``), and a task can
   only be put in a project that already exists.

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. Seeded times carry Berlin's winter offset
(+01:00). Tasks are checked as the tools report them (``status`` pending, completed or
deleted; ``priority`` none, low, medium, high or urgent; ``tags`` a list; ``due`` and
``reminder`` spoken in the user's zone, "Friday 27 November 2026" for a whole day and "Friday
27 November 2026, 09:00" with a time; ``recurrence`` as RRULE text). Titles are expected with
their first letter capitalised. Where the words leave the meaning open ("Thursday" said on a
Thursday, "at 8", "half six", "the next 3 days", "top priority"), every reasonable reading is
accepted; a day said without a time is checked on the day only. A list shows the latest seeded
task first, as the corpus says.

Beside the helpers of ``held_out.py``, ``held_out_second.py``, ``held_out_fourth.py`` and
``held_out_fifth.py``, one check is defined here, on the outcome only: :func:`either_one`
(exactly one of a few seeds has a status and every other task is as it was), for "the second
one" said after the assistant asked which of several tasks was meant, where the order in which
it named them is its own.
"""

from __future__ import annotations

from datetime import date, timedelta

from .corpus import UNCHANGED, Case, Check, Outcome, case, says, state
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out_fifth import bears
from .held_out_fourth import (
    CLEARED,
    EVENING,
    MORNING,
    SHOWN,
    WEEKDAY_RULES,
    berlin,
    described,
    done,
    fresh,
    gone,
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
    THURSDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
)

__all__ = ["HELD_OUT_SIXTH", "either_one"]

WEDNESDAY_9_DEC = "Wednesday 9 December 2026"
MONDAY_1_MAR = "Monday 1 March 2027"
#: Every day of December 2026, as the tools say them.
DECEMBER = tuple(
    f"{day:%A} {day.day} December 2026"
    for day in (date(2026, 12, 1) + timedelta(days=n) for n in range(31))
)


class _EitherOne(Check):
    """Exactly one of the seeds ``args['seeds']`` has ``args['status']``; all else as it was."""

    def problem(self, out: Outcome) -> str | None:
        status = self.args["status"]
        hits = [
            index
            for index in self.args["seeds"]
            if (out.after.get(out.ids[index]) or {}).get("status") == status
        ]
        if len(hits) != 1:
            return f"expected exactly one of seeds {self.args['seeds']} {status}; {len(hits)} are"
        return untouched_except(hits[0]).problem(out)


def either_one(*seeds: int, status: str = "completed") -> Check:
    """Expect exactly one of these seeds to have ``status``, and every other task unchanged."""
    return _EitherOne("either_one", args={"seeds": seeds, "status": status})


# Tasks of each voice, for the families that need several of them.
CHEF = ("Order more shallots", "Sharpen the knives", "Deep clean the walk-in")
FARMER = ("Fix the fence in the top field", "Order feed pellets", "Get the vet out for the heifer")
LAWYER = ("File the disclosure bundle", "Prepare the witness statements", "Pay the court fee")
GAMER = ("Grind the battle pass", "Update graphics drivers", "Pre-order the new Zelda")
BRITISH = ("Book the boiler service", "Pay the electricity bill", "Wash the car")
NIGERIAN = (
    "Buy fuel for the generator",
    "Pay the light bill",
    "Collect my clothes from the tailor",
)
FRENCH = ("Reserve the restaurant", "Call the plumber", "Send the CV to the agency")
LOWER = ("Renew passport", "Pick up dry cleaning", "Finish the slides")
WATCH = ("Buy batteries", "Call Priya", "Pack gym bag")
ELDERLY = ("Collect my prescription", "Ring Margaret", "Post the birthday card to Susan")
EMOJI = ("Send the invoice to Dana", "Water the monstera", "Buy oat milk")

DENTIST = s("Dentist appointment", priority="medium", due=berlin("2026-11-27", "14:00"))


# 1. New tasks wrapped in everyday words: only the title reaches the title.
WRAPPED: tuple[Case, ...] = (
    # chef
    case(
        "chef here, stick 'order more shallots' on the list for tomorrow",
        fresh("Order more shallots"),
        when(FRIDAY),
    ),
    case(
        "jot down sharpen the knives before service saturday",
        fresh("Sharpen the knives", "Sharpen the knives before service"),
        when(SATURDAY),
    ),
    case(
        "need a to-do called deep clean the walk-in, note: inspector's coming first week of dec",
        fresh("Deep clean the walk-in"),
        described("inspector"),
    ),
    # farmer
    case(
        "put down fix the fence in the top field for monday",
        fresh("Fix the fence in the top field"),
        when(MONDAY),
    ),
    case(
        "Maybe I ought to get the vet out to look at the heifer",
        fresh("Get the vet out to look at the heifer"),
    ),
    case(
        "make a to-do called Service the tractor, note: the hydraulic hose is leaking again",
        fresh("Service the tractor"),
        described("hydraulic hose"),
    ),
    case(
        "reckon I should order feed pellets by friday, high priority mind",
        fresh("Order feed pellets", priority="high"),
        when(FRIDAY),
    ),
    # lawyer's assistant
    case(
        'Please create a task entitled "File the disclosure bundle" with a due date of '
        "Friday 4 December.",
        fresh("File the disclosure bundle"),
        when(FRIDAY_NEXT),
    ),
    case(
        "Kindly add the following task: prepare the witness statements, due Wednesday, "
        "high priority.",
        fresh("Prepare the witness statements", priority="high"),
        when(WEDNESDAY_NEXT),
    ),
    case(
        "Please make a to-do called Draft the engagement letter, note: the client prefers "
        "correspondence by email.",
        fresh("Draft the engagement letter"),
        described("email"),
    ),
    # gamer
    case(
        "yo add 'grind the battle pass' to my list, no rush, low prio",
        fresh("Grind the battle pass", priority="low"),
    ),
    case(
        "gg. jot down pre-order the new Zelda for friday",
        fresh("Pre-order the new Zelda"),
        when(FRIDAY),
    ),
    case(
        "make a todo called update graphics drivers, note: from the nvidia site not the auto "
        "updater",
        fresh("Update graphics drivers"),
        described("nvidia"),
    ),
    # British understatement
    case(
        "It might be rather a good idea to book the boiler service at some point, if it's no "
        "trouble.",
        fresh("Book the boiler service"),
    ),
    case(
        "I don't suppose you could pop 'return the library books' down for Saturday?",
        fresh("Return the library books"),
        when(SATURDAY),
    ),
    # Nigerian English
    case(
        "Abeg help me put 'buy fuel for the generator' for tomorrow morning",
        fresh("Buy fuel for the generator"),
        when(FRIDAY),
    ),
    case(
        "Please I want to add a task: collect my clothes from the tailor on Saturday, it is "
        "very important",
        fresh("Collect my clothes from the tailor", priority=("high", "urgent")),
        when(SATURDAY),
    ),
    # French speaker's English
    case(
        "Add please a task: to reserve the restaurant for the anniversary of my wife, for Friday",
        fresh("Reserve the restaurant for the anniversary of my wife"),
        when(FRIDAY),
    ),
    case(
        "It is necessary that I call the plumber, it is urgent",
        fresh("Call the plumber", priority="urgent"),
    ),
    # lowercase, no punctuation
    case(
        "add renew passport high priority",
        fresh("Renew passport", priority="high"),
    ),
    case(
        "new task pick up dry cleaning tomorrow after work",
        fresh("Pick up dry cleaning", "Pick up dry cleaning after work"),
        when(FRIDAY),
    ),
    case(
        "stick renew car insurance on the list for thursday",
        fresh("Renew car insurance"),
        when((TODAY, THURSDAY_NEXT)),
    ),
    # smartwatch
    case("Todo call Priya", fresh("Call Priya")),
    case("Add pack gym bag Friday", fresh("Pack gym bag"), when(FRIDAY)),
    # elderly, unsure of the technology
    case(
        "Hello, I'm not sure I'm doing this right. Could you write down that I need to collect "
        "my prescription from the chemist on Monday? Thank you.",
        fresh(
            "Collect my prescription from the chemist",
            "Collect prescription from the chemist",
            "Collect my prescription",
        ),
        when(MONDAY),
    ),
    case(
        "My grandson set this up for me. I want to remember to ring Margaret about the church "
        "fete.",
        fresh("Ring Margaret about the church fete"),
    ),
    # emoji
    case("🛒 add oat milk to my list pls 🙏", fresh("Oat milk", "Buy oat milk")),
    case(
        "🔥🔥 urgent: send the invoice to Dana 🔥",
        fresh("Send the invoice to Dana", priority="urgent"),
    ),
    case(
        "jot down 'water the monstera' 🌿 for sunday",
        fresh("Water the monstera"),
        when(SUNDAY),
    ),
    case(
        "add 'book the venue' #party 🎉",
        fresh("Book the venue"),
        tagged("party"),
    ),
)


# 2. Repeats said in words, on a new task or an existing one; a repeat changed or stopped.
REPEATS: tuple[Case, ...] = (
    # new tasks
    case(
        "add clean the fryer every evening at 9",
        repeats("FREQ=DAILY", called=("Clean the fryer",), either=(at(21),)),
    ),
    case(
        "Please add a recurring task to check the court listings each weekday at 8 a.m.",
        repeats(*WEEKDAY_RULES, called=("Check the court listings",), either=(at(8),)),
    ),
    case(
        "renew the tractor insurance annually, next one's due the 1st of march",
        repeats("FREQ=YEARLY", called=("Renew the tractor insurance",)),
        when(MONDAY_1_MAR),
    ),
    case(
        "I'd quite like a monthly review of the accounts on the 1st, if that's all right",
        repeats(
            "FREQ=MONTHLY",
            called=(
                "Monthly review of the accounts",
                "Review of the accounts",
                "Review the accounts",
                "Monthly review",
            ),
            either=(on("BYMONTHDAY=1", " 1 "),),
        ),
    ),
    case(
        "daily: log in for the reward at 6pm",
        repeats("FREQ=DAILY", called=("Log in for the reward",), either=(at(18),)),
    ),
    case(
        "Add pay the house help every month on the 28th",
        repeats(
            "FREQ=MONTHLY", called=("Pay the house help",), either=(on("BYMONTHDAY=28", " 28 "),)
        ),
    ),
    case(
        "Each Tuesday I must take out the recycling, put it please",
        repeats(
            "FREQ=WEEKLY", called=("Take out the recycling",), either=(on("BYDAY=TU", "Tuesday"),)
        ),
    ),
    case(
        "new task water the greenhouse every other day",
        repeats("FREQ=DAILY;INTERVAL=2", called=("Water the greenhouse",)),
    ),
    case(
        "Stretch daily 7am",
        repeats("FREQ=DAILY", called=("Stretch",), either=(at(7),)),
    ),
    case(
        "Could you set it up so I'm reminded to take my blood pressure tablets every morning at "
        "8? I do hope that's possible.",
        repeats("FREQ=DAILY", called=("Take my blood pressure tablets",), either=(at(8),)),
    ),
    case(
        "🧾 pay rent on the 1st of every month 🏠",
        repeats("FREQ=MONTHLY", called=("Pay rent",), either=(on("BYMONTHDAY=1", " 1 "),)),
    ),
    case(
        "weekly thing: order fish fridays at 7",
        repeats(
            "FREQ=WEEKLY",
            called=("Order fish",),
            either=(on("BYDAY=FR", "Friday"), at(7)),
        ),
    ),
    case(
        "worm the sheep every three months",
        repeats("FREQ=MONTHLY;INTERVAL=3", called=("Worm the sheep",)),
    ),
    case(
        "Please schedule 'Renew the practising certificate' to recur yearly on 31 October.",
        repeats(
            "FREQ=YEARLY",
            called=("Renew the practising certificate",),
            either=(("BYMONTHDAY=31", "31 October"),),
        ),
    ),
    # existing tasks: a repeat set, changed or stopped
    case(
        "Kindly make 'Check the court listings' a recurring task, every weekday.",
        repeats(*WEEKDAY_RULES, task=0),
        untouched_except(0),
        seeds=("Check the court listings", "Pay the court fee"),
    ),
    case(
        "fryer clean is every day rn, change it to every monday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=MO", "Monday"),)),
        untouched_except(0),
        seeds=(s("Clean the fryer", recurrence="FREQ=DAILY"),),
    ),
    case(
        "stop the greenhouse watering repeating, the rain's doing it for me now",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Water the greenhouse", recurrence="FREQ=DAILY"), "Worm the sheep"),
    ),
    case(
        "the login reward one shouldnt repeat anymore, event's over",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Log in for the reward", recurrence="FREQ=DAILY"), "Grind the battle pass"),
    ),
    case(
        "📞 make call grandma a weekly thing, sundays 💕",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        untouched_except(0),
        seeds=("Call grandma", "Buy oat milk"),
    ),
    case(
        "Change the house help payment to every two weeks please",
        repeats("FREQ=WEEKLY;INTERVAL=2", task=0),
        untouched_except(0),
        seeds=(s("Pay the house help", recurrence="FREQ=MONTHLY", due="2026-11-28"),),
    ),
    case(
        "I rather think the accounts review could be quarterly rather than monthly.",
        repeats("FREQ=MONTHLY;INTERVAL=3", task=0),
        untouched_except(0),
        seeds=(s("Review the accounts", recurrence="FREQ=MONTHLY", due="2026-12-01"),),
    ),
    case(
        "The doctor says I only need my tablets twice a week now, on Mondays and Thursdays. "
        "Can you change that for me?",
        repeats("FREQ=WEEKLY;BYDAY=MO,TH", task=0),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Take my tablets", recurrence="FREQ=DAILY", due=berlin("2026-11-27", "08:00")),),
    ),
    case(
        "The recycling is not anymore on Tuesday, it is on Wednesday now",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=WE", "Wednesday"),)),
        untouched_except(0),
        seeds=(s("Take out the recycling", recurrence="FREQ=WEEKLY;BYDAY=TU"),),
    ),
    case(
        "Stretch weekdays only",
        repeats(*WEEKDAY_RULES, task=0),
        untouched_except(0),
        seeds=(s("Stretch", recurrence="FREQ=DAILY"),),
    ),
    case(
        "gym doesnt need to repeat anymore",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Gym", recurrence="FREQ=WEEKLY;BYDAY=MO,WE,FR"), "Renew passport"),
    ),
    case(
        "check fridge temps needs doing every evening at 10, set that up",
        repeats("FREQ=DAILY", task=0, either=(at(22),)),
        untouched_except(0),
        seeds=("Check fridge temps", "Order more shallots"),
    ),
    case(
        "the tractor insurance comes round annually, set it to repeat",
        repeats("FREQ=YEARLY", task=0),
        state(0, due=MONDAY_1_MAR),
        untouched_except(0),
        seeds=(s("Renew the tractor insurance", due="2027-03-01"),),
    ),
)


# 3. Statements of fact meaning done; negatives, plans and questions change nothing.
FACTS: tuple[Case, ...] = (
    case("shallots are ordered", *done(0), seeds=CHEF),
    case("knives: done", *done(1), seeds=CHEF),
    case("walk-in's been deep cleaned, chef", *done(2), seeds=CHEF),
    case("fence in the top field's fixed", *done(0), seeds=FARMER),
    case("got the feed pellets ordered first thing", *done(1), seeds=FARMER),
    case("Please note that the disclosure bundle has been filed.", *done(0), seeds=LAWYER),
    case("I can confirm the court fee was paid this morning.", *done(2), seeds=LAWYER),
    case("drivers updated ez", *done(1), seeds=GAMER),
    case("preordered zelda lets gooo", *done(2), seeds=GAMER),
    case("Paid the electricity bill already, as it happens.", *done(1), seeds=BRITISH),
    case("The car is washed. Not that anyone will notice.", *done(2), seeds=BRITISH),
    case("I have bought the fuel for the generator since morning", *done(0), seeds=NIGERIAN),
    case("Light bill don pay", *done(1), seeds=NIGERIAN),
    case("The plumber, I have called him already", *done(1), seeds=FRENCH),
    case("The CV is sent to the agency", *done(2), seeds=FRENCH),
    case("slides done", *done(2), seeds=LOWER),
    case("picked up the dry cleaning on the way home", *done(1), seeds=LOWER),
    case("Batteries bought", *done(0), seeds=WATCH),
    case("Called Priya", *done(1), seeds=WATCH),
    case(
        "I think I've collected my prescription now, the chemist gave it to me this morning. "
        "Does that go somewhere?",
        *done(0),
        seeds=ELDERLY,
    ),
    case("invoice sent to Dana ✅", *done(0), seeds=EMOJI),
    case("✔️ monstera watered 🌿", *done(1), seeds=EMOJI),
    # negatives, plans and questions
    case("Haven't got round to booking the boiler service, I'm afraid.", UNCHANGED, seeds=BRITISH),
    case("The witness statements have not yet been prepared.", UNCHANGED, seeds=LAWYER),
    case("still havent updated the drivers lol", UNCHANGED, seeds=GAMER),
    case(
        "I will call the plumber tomorrow",
        state(1, status="pending"),
        nothing_added(),
        untouched_except(1),
        seeds=FRENCH,
    ),
    case("did I order the feed pellets or not?", UNCHANGED, says("pellets"), seeds=FARMER),
    case("I never pay the light bill o", UNCHANGED, seeds=NIGERIAN),
    case("Not called Priya yet", UNCHANGED, seeds=WATCH),
    case(
        "Has Margaret been rung? I can't remember whether I did it or not.",
        UNCHANGED,
        seeds=ELDERLY,
    ),
    case("was gonna water the monstera but 🙃 forgot", UNCHANGED, seeds=EMOJI),
    case("walk-in still filthy, no one's touched it", UNCHANGED, seeds=CHEF),
    case("about to finish the slides", UNCHANGED, seeds=LOWER),
)


# 4. Relative edits, rename and description: only the task named changes.
EDITS: tuple[Case, ...] = (
    case(
        "bump the dentist up a level",
        state(0, priority="high"),
        untouched_except(0),
        seeds=(DENTIST, "Grind the battle pass"),
    ),
    case(
        "make the slides less urgent 😅",
        lowered(0),
        untouched_except(0),
        seeds=(s("Finish the slides", priority="urgent"), "Buy oat milk"),
    ),
    case(
        "I think the dentist could perhaps go to next week",
        when(NEXT_WEEK, task=0),
        untouched_except(0),
        seeds=(DENTIST, "Wash the car"),
    ),
    case(
        "Dentist a day later",
        when(SATURDAY, task=0, hours=[14]),
        untouched_except(0),
        seeds=(DENTIST,),
    ),
    case(
        "push the fish order back to saturday",
        when(SATURDAY, task=0),
        untouched_except(0),
        seeds=(s("Order fish", due="2026-11-27"), "Sharpen the knives"),
    ),
    case(
        "the vet can't come till monday now, move the heifer one",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Get the vet out for the heifer", due="2026-11-27"), "Order feed pellets"),
    ),
    case(
        "Please bring the deadline for the disclosure bundle forward by two days.",
        when(WEDNESDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("File the disclosure bundle", due="2026-12-04"), "Pay the court fee"),
    ),
    case(
        "Kindly rename 'Pay the court fee' to 'Pay the court fee for the Adeyemi hearing'.",
        state(0, title="Pay the court fee for the Adeyemi hearing"),
        untouched_except(0),
        seeds=("Pay the court fee", "File the disclosure bundle"),
    ),
    case(
        "Please add the following note to the witness statements task: two witnesses remain "
        "outstanding.",
        described("two witnesses", task=0),
        state(0, title="Prepare the witness statements"),
        untouched_except(0),
        seeds=("Prepare the witness statements", "Pay the court fee"),
    ),
    case(
        "Please make the generator fuel one higher priority, it is serious",
        raised(0),
        untouched_except(0),
        seeds=(s("Buy fuel for the generator", priority="low"), "Pay the light bill"),
    ),
    case(
        "Shift collecting my clothes from the tailor to next tomorrow",
        when(SATURDAY, task=0),
        untouched_except(0),
        seeds=(s("Collect my clothes from the tailor", due="2026-11-27"),),
    ),
    case(
        "Put the restaurant one week later please",
        when(FRIDAY_NEXT, task=0),
        untouched_except(0),
        seeds=(s("Reserve the restaurant", due="2026-11-27"), "Call the plumber"),
    ),
    case(
        "Change the name of 'Send the CV to the agency' for 'Send the CV and the letter to the "
        "agency'",
        state(0, title="Send the CV and the letter to the agency"),
        untouched_except(0),
        seeds=("Send the CV to the agency",),
    ),
    case(
        "Advance the plumber of one day",
        when(SUNDAY, task=0),
        untouched_except(0),
        seeds=(s("Call the plumber", due="2026-11-30"), "Reserve the restaurant"),
    ),
    case(
        "move renew passport to next month",
        when(DECEMBER, task=0),
        untouched_except(0),
        seeds=(s("Renew passport", due="2026-11-27"), "Finish the slides"),
    ),
    case(
        "finish the slides is less important than i thought make it low",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("Finish the slides", priority="high"), "Renew passport"),
    ),
    case(
        "remove the date from pick up dry cleaning",
        one_of(0, due=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pick up dry cleaning", due="2026-11-27"),),
    ),
    case(
        "Gym bag high",
        state(0, priority="high"),
        untouched_except(0),
        seeds=WATCH[::-1],
    ),
    case(
        "Priya call to Monday",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Call Priya", due="2026-11-27"), "Buy batteries"),
    ),
    case(
        "The prescription one, could you make it a bit more important? I keep forgetting it.",
        raised(0),
        untouched_except(0),
        seeds=("Collect my prescription", "Ring Margaret"),
    ),
    case(
        "Margaret says she's away until the 8th, so the call ought to be after that. The 9th "
        "perhaps?",
        when(WEDNESDAY_9_DEC, task=0),
        untouched_except(0),
        seeds=(s("Ring Margaret", due="2026-12-01"), "Collect my prescription"),
    ),
    case(
        "rename 'Buy oat milk' → 'Buy oat milk and bananas' 🍌",
        state(0, title="Buy oat milk and bananas"),
        untouched_except(0),
        seeds=("Buy oat milk", "Water the monstera"),
    ),
    case(
        "⬆️ invoice to dana, make it top priority",
        state(0, priority="urgent"),
        untouched_except(0),
        seeds=("Send the invoice to Dana", "Buy oat milk"),
    ),
    case(
        "knock the knives down a notch",
        state(0, priority="medium"),
        untouched_except(0),
        seeds=(s("Sharpen the knives", priority="high"), "Order more shallots"),
    ),
    case(
        "add to the walk-in job: don't forget the door seals",
        described("door seals", task=0),
        state(0, title="Deep clean the walk-in"),
        untouched_except(0),
        seeds=("Deep clean the walk-in", "Sharpen the knives"),
    ),
    case(
        "call the fence job 'Fix the fence and the gate in the top field' instead",
        state(0, title="Fix the fence and the gate in the top field"),
        untouched_except(0),
        seeds=("Fix the fence in the top field", "Order feed pellets"),
    ),
    case(
        "nerf the battle pass priority lol",
        lowered(0),
        untouched_except(0),
        seeds=(s("Grind the battle pass", priority="high"), "Update graphics drivers"),
    ),
    case(
        "drivers update can wait till the weekend",
        when((SATURDAY, SUNDAY), task=0),
        untouched_except(0),
        seeds=(s("Update graphics drivers", due="2026-11-27"), "Grind the battle pass"),
    ),
    case(
        "No great hurry on the boiler service, knock it down to low.",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(s("Book the boiler service", priority="high"), "Wash the car"),
    ),
    case(
        "Could you push the car wash back a couple of days?",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(s("Wash the car", due="2026-11-28"), "Book the boiler service"),
    ),
    case(
        "For the light bill task, add that the meter number is 4501 2233",
        described("4501", task=0),
        state(0, title="Pay the light bill"),
        untouched_except(0),
        seeds=("Pay the light bill", "Buy fuel for the generator"),
    ),
)


# 5. Reminders on an existing task: no task is added and the due date stays.
REMINDERS: tuple[Case, ...] = (
    case(
        "ping me about the dentist at 8 on thursday",
        reminded((TODAY, THURSDAY_NEXT), task=0, hours=[8, 20]),
        state(0, due="Friday 4 December 2026, 14:00"),
        untouched_except(0),
        seeds=(
            s("Dentist appointment", due=berlin("2026-12-04", "14:00")),
            "Grind the battle pass",
        ),
    ),
    case(
        "ping me 30 min before the dentist",
        reminded(FRIDAY, task=0, hours=[13]),
        state(0, due="Friday 27 November 2026, 14:00"),
        untouched_except(0),
        seeds=(DENTIST,),
    ),
    case(
        "give me a shout about the fish order at 6 tomorrow morning",
        reminded(FRIDAY, task=0, hours=[6]),
        untouched_except(0),
        seeds=("Order fish", "Sharpen the knives"),
    ),
    case(
        "set a reminder on fridge temps for 5 today",
        reminded(TODAY, task=0, hours=[17]),
        untouched_except(0),
        seeds=("Check fridge temps", "Order fish"),
    ),
    case(
        "remind me about the vet at half six tomorrow",
        reminded(FRIDAY, task=0, hours=[6, 18]),
        untouched_except(0),
        seeds=("Get the vet out for the heifer", "Order feed pellets"),
    ),
    case(
        "shift the reminder for the fence to sunday",
        reminded(SUNDAY, task=0),
        untouched_except(0),
        seeds=(
            s("Fix the fence in the top field", reminder=berlin("2026-11-28", "08:00")),
            "Order feed pellets",
        ),
    ),
    case(
        "Please set a reminder for the disclosure bundle on Wednesday at 9 a.m.",
        reminded(WEDNESDAY_NEXT, task=0, hours=[9]),
        state(0, due="Friday 4 December 2026"),
        untouched_except(0),
        seeds=(s("File the disclosure bundle", due="2026-12-04"),),
    ),
    case(
        "Kindly remove the reminder on the court fee task.",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pay the court fee", reminder=berlin("2026-11-27", "09:00")), "Instruct counsel"),
    ),
    case(
        "set an alert for the zelda preorder friday 6pm",
        reminded(FRIDAY, task=0, hours=[18]),
        untouched_except(0),
        seeds=("Pre-order the new Zelda", "Update graphics drivers"),
    ),
    case(
        "Would you mind awfully nudging me about the boiler service on Monday morning?",
        reminded(MONDAY, task=0, hours=MORNING),
        untouched_except(0),
        seeds=("Book the boiler service", "Wash the car"),
    ),
    case(
        "Actually the reminder for the electricity bill would be better on Saturday, same time.",
        reminded(SATURDAY, task=0, hours=[9]),
        untouched_except(0),
        seeds=(s("Pay the electricity bill", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "Remind me of the generator fuel by 7pm today",
        reminded(TODAY, task=0, hours=[19]),
        untouched_except(0),
        seeds=("Buy fuel for the generator", "Pay the light bill"),
    ),
    case(
        "Alert me for the tailor on Saturday morning by 10",
        reminded(SATURDAY, task=0, hours=[10]),
        untouched_except(0),
        seeds=("Collect my clothes from the tailor",),
    ),
    case(
        "Can you make me remember the restaurant reservation tomorrow at 14h?",
        reminded(FRIDAY, task=0, hours=[14]),
        untouched_except(0),
        seeds=("Reserve the restaurant", "Call the plumber"),
    ),
    case(
        "Remind me of the plumber in two hours",
        reminded(TODAY, task=0, hours=[13]),
        untouched_except(0),
        seeds=("Call the plumber", "Reserve the restaurant"),
    ),
    case(
        "remind me about renew passport monday 9am",
        reminded(MONDAY, task=0, hours=[9]),
        untouched_except(0),
        seeds=("Renew passport", "Finish the slides"),
    ),
    case(
        "no more reminder for pick up dry cleaning",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pick up dry cleaning", reminder=berlin("2026-11-27", "17:00")),),
    ),
    case(
        "Remind slides 4pm",
        reminded(TODAY, task=0, hours=[16]),
        untouched_except(0),
        seeds=("Finish the slides",),
    ),
    case(
        "Priya reminder tomorrow 9",
        reminded(FRIDAY, task=0, hours=[9, 21]),
        untouched_except(0),
        seeds=("Call Priya", "Buy batteries"),
    ),
    case(
        "Could you please remind me about ringing Margaret? Sunday after church would be best, "
        "about 1 o'clock.",
        reminded(SUNDAY, task=0, hours=[13]),
        untouched_except(0),
        seeds=("Ring Margaret", "Collect my prescription"),
    ),
    case(
        "I'd like a little reminder the night before I collect my prescription, please",
        reminded(SUNDAY, task=0, hours=EVENING),
        state(0, due=MONDAY),
        untouched_except(0),
        seeds=(s("Collect my prescription", due="2026-11-30"),),
    ),
    case(
        "⏰ remind me about dana's invoice tomorrow 10am",
        reminded(FRIDAY, task=0, hours=[10]),
        untouched_except(0),
        seeds=("Send the invoice to Dana", "Buy oat milk"),
    ),
    case(
        "🔕 kill the reminder on the monstera",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Water the monstera", reminder=berlin("2026-11-29", "10:00")), "Buy oat milk"),
    ),
)


# 6. Windows said as days: the reply names what is in the window and nothing changes.
KITCHEN = (
    s("Sharpen the knives", due="2026-11-26"),
    s("Order fish", due=berlin("2026-11-27", "07:00")),
    s("Wedding tasting menu", due="2026-11-28"),
    s("Staff rota", due="2026-11-29"),
    s("Fridge engineer visit", due="2026-11-30"),
    s("Health inspection", due="2026-12-03"),
    s("Christmas menu proofs", due="2026-12-10"),
    s("Pay the veg supplier", due="2026-11-20"),
)
FARM = (
    s("Move the ewes to the low field", due="2026-11-27"),
    s("Muck out the barn", due="2026-11-28"),
    s("Tractor service", due="2026-12-01"),
    s("Order hay bales", due="2026-12-15"),
    s("Renew the farm insurance", due="2027-01-05"),
    s("Sell the calves", due="2026-11-18"),
    s("Vaccinate the lambs", "completed", due="2026-11-19"),
    s("Repair the fence", "deleted", due="2026-12-02"),
)
LAW = (
    s("Serve the defence", due=berlin("2026-11-26", "16:00")),
    s("Instruct counsel", due="2026-11-27"),
    s("Draft the engagement letter", due="2026-12-01"),
    s("Disclosure deadline", due="2026-12-03"),
    s("File the appeal", due="2026-12-08"),
    s("Chase the Adeyemi invoice", due="2026-11-23"),
    s("Costs hearing", due="2027-01-12"),
)
PERSONAL = (
    s("Dentist appointment", due=berlin("2026-11-27", "14:00")),
    s("Raid night with the guild", due=berlin("2026-11-28", "20:00")),
    s("Mum's birthday lunch", due="2026-11-29"),
    s("Haircut", due=berlin("2026-11-30", "10:00")),
    s("Renew gym membership", due="2026-12-02"),
    s("Office Christmas party", due="2026-12-18"),
    s("Return the parcel", due="2026-11-24"),
    s("Wrap the presents", due="2026-12-24"),
    s("File the tax return", due="2027-01-31"),
    s("Water the plants", due="2026-11-26"),
)

WINDOWS: tuple[Case, ...] = (
    case(
        "anything for monday?",
        says("haircut"),
        lacks("dentist", "guild", "birthday", "membership"),
        UNCHANGED,
        seeds=PERSONAL,
    ),
    case(
        "What's on this weekend, if anything at all?",
        says("guild", "birthday"),
        lacks("dentist", "haircut", "membership", "parcel"),
        UNCHANGED,
        seeds=PERSONAL,
    ),
    case(
        "Please list the matters falling due next week.",
        says("engagement", "disclosure"),
        lacks("defence", "counsel", "appeal", "hearing", "Adeyemi"),
        UNCHANGED,
        seeds=LAW,
    ),
    case(
        "anything past due? what've I let slide",
        says("supplier"),
        lacks("knives", "fish", "tasting", "inspection"),
        UNCHANGED,
        seeds=KITCHEN,
    ),
    case(
        "what's on in december",
        says("tractor", "bales"),
        lacks("ewes", "barn", "insurance", "calves", "fence"),
        UNCHANGED,
        seeds=FARM,
    ),
    case(
        "What do I have for next tomorrow?",
        says("guild"),
        lacks("dentist", "birthday", "haircut"),
        UNCHANGED,
        seeds=PERSONAL,
    ),
    case(
        "What I have to do during the weekend?",
        says("tasting", "rota"),
        lacks("fish", "engineer", "knives"),
        UNCHANGED,
        seeds=KITCHEN,
    ),
    case(
        "whats due tomorrow",
        says("ewes"),
        lacks("barn", "tractor", "calves"),
        UNCHANGED,
        seeds=FARM,
    ),
    case(
        "Today?",
        says("defence"),
        lacks("counsel", "engagement"),
        UNCHANGED,
        seeds=LAW,
    ),
    case(
        "Could you tell me what I've got on Wednesday? I have a hospital appointment that day so "
        "I'd like to keep it free.",
        says("membership"),
        lacks("haircut", "party", "dentist"),
        UNCHANGED,
        seeds=PERSONAL,
    ),
    case(
        "📅 what's coming up next week? 👀",
        says("engineer", "inspection"),
        lacks("fish", "tasting", "rota", "proofs", "knives"),
        UNCHANGED,
        seeds=KITCHEN,
    ),
    case(
        "what's left on the board for the rest of the week",
        says("knives", "fish", "tasting", "rota"),
        lacks("engineer", "inspection", "proofs"),
        UNCHANGED,
        seeds=KITCHEN,
    ),
    case(
        "anything needs doing before monday",
        says("ewes", "barn"),
        lacks("tractor", "bales", "insurance", "fence"),
        UNCHANGED,
        seeds=FARM,
    ),
    case(
        "Kindly confirm what is outstanding for 3 December.",
        says("disclosure"),
        lacks("engagement", "appeal", "counsel"),
        UNCHANGED,
        seeds=LAW,
    ),
    case(
        "whats overdue rn",
        says("parcel"),
        lacks("dentist", "guild", "haircut", "presents"),
        UNCHANGED,
        seeds=PERSONAL,
    ),
    case(
        "Anything lurking in January?",
        says("tax"),
        lacks("presents", "party", "parcel"),
        UNCHANGED,
        seeds=PERSONAL,
    ),
    case(
        "Which ones are remaining for this week?",
        says("defence", "counsel"),
        lacks("engagement", "disclosure", "appeal", "hearing"),
        UNCHANGED,
        seeds=LAW,
    ),
    case(
        "What is for the 10 of December?",
        says("proofs"),
        lacks("inspection", "engineer"),
        UNCHANGED,
        seeds=KITCHEN,
    ),
    case(
        "show me whats due in the next 3 days",
        says("dentist", "guild"),
        lacks("haircut", "membership", "party"),
        UNCHANGED,
        seeds=PERSONAL,
    ),
    case(
        "Tomorrow?",
        says("fish"),
        lacks("tasting", "knives", "engineer"),
        UNCHANGED,
        seeds=KITCHEN,
    ),
    case(
        "Is there anything I've forgotten to do? Anything that's gone past its date?",
        says("calves"),
        lacks("lambs", "ewes", "barn", "fence"),
        UNCHANGED,
        seeds=FARM,
    ),
    case(
        "🎄 anything on christmas eve?",
        says("presents"),
        lacks("party", "tax"),
        UNCHANGED,
        seeds=PERSONAL,
    ),
    case(
        "saturday's looking like what",
        says("tasting"),
        lacks("fish", "rota"),
        UNCHANGED,
        seeds=KITCHEN,
    ),
    case(
        "what've I got from monday to wednesday",
        says("tractor"),
        lacks("ewes", "barn", "bales", "fence"),
        UNCHANGED,
        seeds=FARM,
    ),
    case(
        "Please provide a list of the tasks due this month.",
        says("defence", "counsel"),
        lacks("engagement", "disclosure", "appeal", "hearing"),
        UNCHANGED,
        seeds=LAW,
    ),
    case(
        "anything on sunday",
        says("birthday"),
        lacks("guild", "haircut"),
        UNCHANGED,
        seeds=PERSONAL,
    ),
    case(
        "What's left for today, out of interest?",
        says("defence"),
        lacks("counsel", "engagement"),
        UNCHANGED,
        seeds=LAW,
    ),
    case(
        "Show me the ones I have not done that have passed their date",
        says("calves"),
        lacks("lambs", "ewes", "tractor"),
        UNCHANGED,
        seeds=FARM,
    ),
)


# 7. Follow-ups that lean on the earlier messages.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "make that one urgent too",
        bears("Grind the battle pass", priority="urgent"),
        before="add grind the battle pass",
    ),
    case(
        "and make it high priority",
        bears("Order lemons", priority="high"),
        when(FRIDAY, title="Order lemons"),
        before="add order lemons for tomorrow",
    ),
    case(
        "Please mark the second one as complete.",
        *done(1),
        seeds=LAWYER,
        before=SHOWN,
    ),
    case(
        "The first one's done, as it happens.",
        *done(2),
        seeds=BRITISH,
        before=SHOWN,
    ),
    case(
        "The landlord one",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=("Call Uncle Tunde", "Call the landlord", "Buy recharge card"),
        before="Delete the call task",
    ),
    case(
        "The second one",
        either_one(0, 2),
        seeds=(*FRENCH[1:], "Call the bank"),
        before="The call is done",
    ),
    case(
        "no the second one",
        state(1, status="completed"),
        state(2, status="pending"),
        state(0, status="pending"),
        seeds=LOWER,
        before=(SHOWN, "tick off the first one"),
    ),
    case(
        "actually scrap that",
        gone("Buy printer ink"),
        before="add buy printer ink",
    ),
    case(
        "and delete it",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=GAMER[::-1],
        before="find the zelda one",
    ),
    case(
        "and delete it",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Finish the slides", "Renew passport"),
        before="finish the slides is done",
    ),
    case(
        "Tomorrow 5pm",
        bears("Call Priya", due="Friday 27 November 2026, 17:00"),
        before="Add call Priya",
    ),
    case(
        "Oh, and could you put it for Monday?",
        when(MONDAY, title="Post the birthday card to Susan"),
        before="Please add 'Post the birthday card to Susan'",
    ),
    case(
        "every sunday pls 🙏",
        repeats("FREQ=WEEKLY", title="Water the monstera", either=(on("BYDAY=SU", "Sunday"),)),
        before="add water the monstera 🌿",
    ),
    case(
        "oops not yet, undo",
        state(0, status="pending"),
        untouched_except(0),
        seeds=("Order fish", "Sharpen the knives"),
        before="mark the fish order done",
    ),
    case(
        "put it back, wrong one",
        state(0, status="pending"),
        untouched_except(0),
        seeds=("Order hay bales", "Muck out the barn"),
        before="delete the hay one",
    ),
    case(
        "Please revert that change.",
        state(0, due="Friday 4 December 2026"),
        untouched_except(0),
        seeds=(s("File the disclosure bundle", due="2026-12-04"),),
        before="Please move the disclosure bundle to Monday.",
    ),
    case(
        "Make it for tomorrow morning",
        when(FRIDAY, title="Buy recharge card"),
        before="Add buy recharge card",
    ),
    case(
        "Ah no, I wanted to say call the bank, not the insurance",
        bears("Call the bank"),
        gone("Call the insurance"),
        before="Add call the insurance",
    ),
    case(
        "And 'Bleed the radiators' while you're at it.",
        bears("Bleed the radiators"),
        bears("Book the boiler service"),
        before="Add 'Book the boiler service'",
    ),
    case(
        "mark them all done",
        *done(0, 1),
        seeds=(
            s("Return the parcel", due="2026-11-24"),
            s("Pay the parking fine", due="2026-11-25"),
            s("Haircut", due=berlin("2026-11-30", "10:00")),
        ),
        before="whats overdue",
    ),
    case(
        "Daily",
        repeats("FREQ=DAILY", title="Stretch"),
        before="Add stretch",
    ),
    case(
        "The third one is done now, thank you dear",
        *done(0),
        seeds=ELDERLY,
        before="Could you show me my list, please?",
    ),
    case(
        "🚨 urgent that one",
        bears("Book flights", priority="urgent"),
        before="add book flights ✈️",
    ),
    case(
        "86 the second one",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=CHEF,
        before=SHOWN,
    ),
    case(
        "that's for saturday",
        when(SATURDAY, title="Mend the gate"),
        before="add mend the gate",
    ),
    case(
        "Please also attach the note: use the court's template.",
        described("template", title="Prepare the bundle index"),
        before="Please add 'Prepare the bundle index'.",
    ),
    case(
        "nvm delete it",
        gone("Buy new headset"),
        before="add buy new headset",
    ),
    case(
        "Put it to Monday",
        when(MONDAY, task=0),
        untouched_except(0),
        seeds=(
            s("Call the plumber", due="2026-11-27"),
            s("Reserve the restaurant", due="2026-12-04"),
        ),
        before="What I have for tomorrow?",
    ),
    case(
        "And the light bill too",
        *done(0, 1),
        seeds=NIGERIAN,
        before="Mark buy fuel for the generator as done",
    ),
    case(
        "Actually, Saturday would be better",
        when(SATURDAY, title="Descale the kettle"),
        before="Add 'Descale the kettle' for Friday",
    ),
    case(
        "undo 🙈",
        gone("Buy balloons"),
        before="add buy balloons 🎈",
    ),
)


# 8a. The contract's table said differently, with search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    case(
        "new job: grab groceries for the staff meal",
        fresh("Grab groceries for the staff meal"),
    ),
    case(
        "let's have a look at the whole list then",
        says("fence", "pellets", "heifer"),
        UNCHANGED,
        seeds=FARMER,
    ),
    case(
        "Which tasks remain outstanding?",
        says("disclosure", "witness"),
        lacks("court fee"),
        UNCHANGED,
        seeds=(*LAWYER[:2], s("Pay the court fee", "completed")),
    ),
    case("task {1} done gg", *done(1), seeds=GAMER),
    case(
        "Could you get rid of the meeting with the accountant?",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Meeting with the accountant", "Wash the car", "Pay the electricity bill"),
    ),
    case(
        "Please change number {0} to read 'Call Mummy this evening'",
        state(0, title="Call Mummy this evening"),
        untouched_except(0),
        seeds=("Call Mummy", "Buy recharge card"),
    ),
    case(
        "I must absolutely remember to pay the taxes",
        fresh("Pay the taxes"),
    ),
    case(
        "What's done?",
        says("batteries"),
        lacks("Priya", "gym"),
        UNCHANGED,
        seeds=(s("Buy batteries", "completed"), "Call Priya", "Pack gym bag"),
    ),
    case(
        "Is there anything on my list about Margaret?",
        says("Margaret"),
        lacks("prescription", "Susan"),
        UNCHANGED,
        seeds=ELDERLY,
    ),
    case(
        "show me everything tagged work",
        says("slides", "client"),
        lacks("cat food"),
        UNCHANGED,
        seeds=(
            s("Finish the slides", tags=["work"]),
            s("Email the client", tags=["work"]),
            s("Buy cat food", tags=["home"]),
        ),
    ),
    case(
        "Please reopen 'Pay the court fee'; the payment was declined.",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pay the court fee", "completed"), "File the disclosure bundle"),
    ),
    case(
        "restore the zelda preorder, deleted it by accident",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(s("Pre-order the new Zelda", "deleted"), "Grind the battle pass"),
    ),
    case(
        "what tags am I using",
        says("feed", "repairs"),
        UNCHANGED,
        seeds=(
            s("Order feed pellets", tags=["feed"]),
            s("Fix the fence in the top field", tags=["repairs"]),
        ),
    ),
    case("i gotta remember to call the vet", fresh("Call the vet")),
    case("Delete task {1}", state(1, status="deleted"), untouched_except(1), seeds=WATCH),
    case("Please mark item {2} as completed.", *done(2), seeds=LAWYER),
    case(
        "Which ones are remaining?",
        says("generator", "tailor"),
        lacks("light bill"),
        UNCHANGED,
        seeds=(NIGERIAN[0], s("Pay the light bill", "completed"), NIGERIAN[2]),
    ),
    case(
        "Could you show me everything I've written down, please?",
        says("prescription", "Margaret", "Susan"),
        UNCHANGED,
        seeds=ELDERLY,
    ),
    case(
        "What have I actually managed to get done?",
        says("boiler", "electricity"),
        lacks("Wash the car"),
        UNCHANGED,
        seeds=(
            s("Book the boiler service", "completed"),
            s("Pay the electricity bill", "completed"),
            "Wash the car",
        ),
    ),
    case(
        "Show me please the tasks that I have finished",
        says("plumber"),
        lacks("restaurant", "agency"),
        UNCHANGED,
        seeds=(FRENCH[0], s("Call the plumber", "completed"), FRENCH[2]),
    ),
    case("Add a task: to buy the groceries", fresh("Buy the groceries")),
    case(
        "bin the staff rota task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Staff rota", "Order fish"),
    ),
    case(
        "rename 'Buy oat milk' to 'Buy soy milk' 🥛",
        state(2, title="Buy soy milk"),
        untouched_except(2),
        seeds=EMOJI,
    ),
    case(
        "find anything with zelda in it",
        says("Zelda"),
        lacks("battle pass", "drivers"),
        UNCHANGED,
        seeds=GAMER,
    ),
)


# 8b. Safety: ambiguous requests ask and change nothing; non-requests change nothing.
SAFETY: tuple[Case, ...] = (
    case(
        "cancel the order",
        UNCHANGED,
        says("Order fish", "Order lemons"),
        seeds=("Order fish", "Order lemons"),
    ),
    case(
        "call's done",
        UNCHANGED,
        says("vet", "feed merchant"),
        seeds=("Call the vet", "Call the feed merchant"),
    ),
    case("Please delete the task.", UNCHANGED, seeds=LAWYER),
    case("delete", UNCHANGED, seeds=GAMER),
    case("I could murder a cup of tea.", UNCHANGED, seeds=BRITISH),
    case(
        "Move the call to Friday",
        UNCHANGED,
        says("Call mum", "Call the bank"),
        seeds=("Call mum", "Call the bank"),
    ),
    case("How far? Hope say you dey alright", UNCHANGED, seeds=NIGERIAN),
    case(
        "Remove the bill",
        UNCHANGED,
        says("light bill", "water bill"),
        seeds=("Pay the light bill", "Pay the water bill"),
    ),
    case("Bof, I am tired today", UNCHANGED, seeds=FRENCH),
    case("It is the task of my sister, not mine", UNCHANGED, seeds=FRENCH),
    case("ugh this week", UNCHANGED, seeds=LOWER),
    case("finish the", UNCHANGED, seeds=LOWER),
    case("Done", UNCHANGED, seeds=WATCH),
    case("Cancel", UNCHANGED, seeds=WATCH),
    case(
        "Is this thing working? I pressed something and I'm not sure what happened.",
        UNCHANGED,
        seeds=ELDERLY,
    ),
    case(
        "My daughter usually does the computer things for me.",
        UNCHANGED,
        seeds=ELDERLY,
    ),
    case("😂😂😂", UNCHANGED, seeds=EMOJI),
    case("✅", UNCHANGED, seeds=EMOJI),
    case(
        "🗑️ the dentist one",
        UNCHANGED,
        seeds=("Dentist appointment", "Book the dentist check-up"),
    ),
    case("yes chef", UNCHANGED, seeds=CHEF),
    case("Please complete the matter.", UNCHANGED, seeds=LAWYER),
    case("rename it to 'boss fight'", UNCHANGED, seeds=GAMER),
    case("what a week, lost two lambs", UNCHANGED, seeds=FARMER),
)


HELD_OUT_SIXTH: tuple[Case, ...] = (
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
