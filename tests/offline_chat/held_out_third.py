"""A third held-out set of everyday requests to the chat, written apart from the offline engine.

These cases were written by someone who never opened the engine (nothing under
``src/``: not the assistant, its phrase lists, the intent rules, the date reader nor the
quick-add parser), never read the chat documentation (``docs/chat.md``) and never read the
cases of the other sets (``corpus.py``, ``second_voice.py``, ``third_voice.py``,
``fourth_voice.py``, ``fifth_voice.py``, ``held_out.py``, ``held_out_second.py``): only their
helpers and docstrings. They were written before the changes that will be scored against them,
from the product contract (``PRODUCT.md``: the data model, the MCP tools, the chat section),
from how a conversation is played (``conftest.py``) and from what an ordinary user of a task
manager would expect. No sentence was run through the engine while writing, no scoring test
was run, and none is ever tuned against, sentence by sentence: a miss here is a miss to report,
not an expectation to adjust.

The families, each in several voices (terse, chatty, polite, typos, lowercase, British and
American phrasing, non-native English, long rambling messages), with subjects from the house,
work, health, travel, pets, children and money:

1. ``WRAPPERS``: a new task's title wrapped in everyday words (quotes, "pop X on my list",
   "note down", "a to-do called X, note: Y", hedges, "remind me to", politeness): only the
   title reaches the title; the date, priority or tags said land on the task, and a note is
   kept on the task outside its title.
2. ``REPEATS``: repeats said in words (each evening at a time, every weekday, monthly on the
   1st, yearly, every other Tuesday, fortnightly, every three days, quarterly), with or
   without a verb, on a new task or on an existing one; and a repeat stopped.
3. ``FACTS``: statements of fact that mean "done" complete the one seeded task they name and
   leave every other task as it was; a statement that something is *not* done changes nothing.
4. ``EDITS``: relative edits on an existing task: priority a step up or down (exact where the
   sentence says one step, only the direction where it does not), and the due date moved by
   days, weeks, hours or minutes, or into next week.
5. ``REMINDERS``: a reminder set, moved or cleared on an existing task; no task is added.
6. ``WINDOWS``: questions about a window of days (today, tomorrow, a weekday, the weekend,
   this or next week, a date, a month, overdue): the reply names what is due in it and leaves
   out what is not, and nothing changes.
7. ``FOLLOW_UPS``: a message that leans on the earlier ones (``before=``): "make that one
   urgent too", "I mean the second one", "and delete it", "actually make it Friday", "undo
   that", "the water one too", "and tomorrow?".
8. ``TABLE`` and ``SAFETY``: the contract's own table (add, list, pending, complete, delete,
   rename, "I need to remember", completed) said differently, plus search, tags, reopen and
   restore; and safety: an ambiguous delete, complete or move asks and changes nothing, and a
   message that is not a request, or not understood, changes nothing.

The clock is the one of ``held_out.py``: Thursday 26 November 2026, 11:00 in Berlin, the
user's zone; tomorrow is Friday 27 November, the weekend is 28-29 November and next week runs
from Monday 30 November to Sunday 6 December. Tasks are checked as the tools report them
(``status`` pending, completed or deleted; ``priority`` none, low, medium, high or urgent;
``tags`` a list; ``due`` and ``reminder`` spoken in the user's zone, "Friday 27 November 2026"
for a whole day and "Friday 27 November 2026, 08:00" with a time; ``recurrence`` as RRULE
text). Titles are expected with their first letter capitalised. Seeds use the tools' own
``add_task`` arguments: ``due``, ``priority``, ``tags``, ``recurrence`` and ``reminder``.

Beside the helpers of ``held_out.py`` and ``held_out_second.py``, three checks are defined
here, each on the outcome only: :func:`untouched_except` (no task was added and every task but
the seeds named is exactly as it was: a fact or an edit touches only the task it names),
:func:`kept_note` (the one new task keeps the words of a note outside its title, in another
field such as its description) and :func:`not_pending` (no pending task has this title, e.g.
after "undo that" on an add).
"""

from __future__ import annotations

from .corpus import UNCHANGED, Case, Check, Outcome, Seed, added, case, says, state, titled
from .held_out import (
    FRIDAY,
    MONDAY,
    SATURDAY,
    SUNDAY,
    WEEKDAYS,
    at,
    lacks,
    nothing_added,
    on,
    repeating,
)
from .held_out_second import (
    FRIDAY_NEXT,
    NEXT_WEEK,
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    due,
    lowered,
    one_of,
    raised,
    rule_of,
)

__all__ = ["HELD_OUT_THIRD", "kept_note", "not_pending", "untouched_except"]

TODAY = "Thursday 26 November 2026"
DEC_7 = "Monday 7 December 2026"
DEC_10 = "Thursday 10 December 2026"
DEC_14 = "Monday 14 December 2026"
DEC_18 = "Friday 18 December 2026"
#: A cleared field, however the tools report its absence.
CLEARED = (None, "")


class _Untouched(Check):
    """No task added, and every task but the seeds in ``args["spared"]`` is as it was."""

    def problem(self, out: Outcome) -> str | None:
        spared = {out.ids[index] for index in self.args["spared"]}
        new = [task["title"] for task_id, task in out.after.items() if task_id not in out.before]
        if new:
            return f"expected no new task; added {new}"
        changed = [
            task["title"]
            for task_id, task in out.before.items()
            if task_id not in spared and out.after.get(task_id) != task
        ]
        return f"expected these tasks to stay as they were: {changed}" if changed else None


class _KeptNote(Check):
    """The one new task has the words outside its title, in another of its fields."""

    def problem(self, out: Outcome) -> str | None:
        new = [task for task_id, task in out.after.items() if task_id not in out.before]
        if len(new) != 1:
            return f"expected one new task; {len(new)} were added"
        task = new[0]
        title = str(task.get("title") or "").casefold()
        in_title = [word for word in self.words if word.casefold() in title]
        if in_title:
            return f"the note's words {in_title} reached the title {task.get('title')!r}"
        rest = " | ".join(
            str(value) for name, value in task.items() if name != "title" and value
        ).casefold()
        missing = [word for word in self.words if word.casefold() not in rest]
        return f"the note's words {missing} are not kept on the task: {task}" if missing else None


class _NotPending(Check):
    """No pending task is titled ``words[0]``."""

    def problem(self, out: Outcome) -> str | None:
        found = [
            task
            for task in out.after.values()
            if task["title"] == self.words[0] and task.get("status") == "pending"
        ]
        return f"expected no pending task titled {self.words[0]!r}" if found else None


def untouched_except(*indexes: int) -> Check:
    """Expect no new task and every task other than seeds ``indexes`` to be unchanged."""
    return _Untouched("untouched", args={"spared": indexes})


def kept_note(*words: str) -> Check:
    """Expect the one new task to keep ``words`` outside its title (e.g. in its description)."""
    return _KeptNote("kept_note", words=words)


def not_pending(title: str) -> Check:
    """Expect no pending task titled ``title`` (deleted, or never kept)."""
    return _NotPending("not_pending", words=(title,))


def _done(title: str) -> Seed:
    return Seed(title, "completed")


def _gone(title: str) -> Seed:
    return Seed(title, "deleted")


def _dated(title: str, day: str) -> Seed:
    return Seed(title, fields=due(day))


def _ranked(title: str, priority: str) -> Seed:
    return Seed(title, fields={"priority": priority})


def _reminded(title: str, moment: str) -> Seed:
    return Seed(title, fields={"reminder": moment})


def _tagged(title: str, *tags: str) -> Seed:
    return Seed(title, fields={"tags": list(tags)})


# 1. A new title in everyday wrappers: the wrapper, hedge or politeness stays out of the title.
WRAPPERS: tuple[Case, ...] = (
    case(
        'stick "defrost the freezer" on the list for saturday',
        added(title="Defrost the freezer", due=SATURDAY),
    ),
    case("jot down: renew the car tax", added(title="Renew the car tax")),
    case(
        "Make a to-do called Fix the garden gate, note: the hinge on the left is loose",
        added(title="Fix the garden gate"),
        kept_note("hinge"),
    ),
    case(
        "maybe I ought to ring the optician at some point",
        added(title="Ring the optician"),
    ),
    case(
        "I guess I need to back up my laptop by Monday",
        added(title="Back up my laptop", due=MONDAY),
    ),
    case("remind me to order more dog food", added(title="Order more dog food")),
    case(
        "Could you please add a task to return the library books by Tuesday? Thank you!",
        added(title="Return the library books", due=TUESDAY_NEXT),
    ),
    case(
        "pls put book the MOT on my list, high priority",
        added(title="Book the MOT", priority="high"),
    ),
    case(
        "new todo: 'Call the school about the trip' tomorrow",
        added(title="Call the school about the trip", due=FRIDAY),
    ),
    case(
        "can u add pick up the prescription tmrw",
        added(title="Pick up the prescription", due=FRIDAY),
    ),
    case("i should probably sort out the loft", added(title="Sort out the loft")),
    case(
        "Would you be so kind as to note down that I must send the invoice to Hartmann GmbH "
        "by Monday?",
        added(title="Send the invoice to Hartmann GmbH", due=MONDAY),
    ),
    case(
        'please you add task "buy new winter tyres" for tuesday',
        added(title="Buy new winter tyres", due=TUESDAY_NEXT),
    ),
    case(
        "ok so I've been meaning to do this for ages and I keep forgetting, so can you add "
        "clean out the gutters for saturday, thanks",
        added(title="Clean out the gutters", due=SATURDAY),
    ),
    case(
        "Add “Plan Lisa's birthday party” #family",
        added(title="Plan Lisa's birthday party", tags=["family"]),
    ),
    case(
        "todo: vacuum the car #chores, low priority",
        added(title="Vacuum the car", tags=["chores"], priority="low"),
    ),
    case(
        "note to self - cancel the gym membership before friday",
        added(title="Cancel the gym membership"),
    ),
    case(
        "I really have to get the boiler serviced, it's urgent",
        added(title="Get the boiler serviced", priority="urgent"),
    ),
    case(
        "Add a reminder to water the tomatoes tomorrow at 7pm",
        added(title="Water the tomatoes"),
    ),
    case(
        "could ya jot down grab batteries for the smoke alarm",
        added(title="Grab batteries for the smoke alarm"),
    ),
    case(
        "put down that i gotta email the landlord about the heating on monday",
        added(title="Email the landlord about the heating", due=MONDAY),
    ),
    case(
        "Kindly create a task titled Quarterly VAT return, due 10 December, tagged finance",
        added(title="Quarterly VAT return", due=DEC_10, tags=["finance"]),
    ),
    case(
        "add task: schedule the kids' dentist check-ups, note - both need the fluoride varnish",
        added(title="Schedule the kids' dentist check-ups"),
        kept_note("fluoride"),
    ),
    case(
        "hey, mind adding 'Pack the suitcase' for Sunday? cheers",
        added(title="Pack the suitcase", due=SUNDAY),
    ),
    case(
        "I suppose I'd better book a vet appointment for Biscuit",
        added(title="Book a vet appointment for Biscuit"),
    ),
    case("remind me to call Grandma on Sunday at 5pm", added(title="Call Grandma")),
    case(
        "Add to my list: buy a present for the Secret Santa, by 18 December",
        added(title="Buy a present for the Secret Santa", due=DEC_18),
    ),
    case(
        "Would you mind popping 'ring the council about the bins' on my list?",
        added(title="Ring the council about the bins"),
    ),
    case(
        "Can you add 'schedule the oil change' for Monday? Appreciate it",
        added(title="Schedule the oil change", due=MONDAY),
    ),
)


# 2. Repeats said in words, on a new task or an existing one.
REPEATS: tuple[Case, ...] = (
    case(
        "water the balcony plants every evening at 9",
        repeating("FREQ=DAILY", title="Water the balcony plants", either=(at(21),)),
    ),
    case(
        "add take vitamins each morning at 8",
        repeating("FREQ=DAILY", title="Take vitamins", either=(at(8),)),
    ),
    case("standup notes each weekday", repeating(WEEKDAYS, title="Standup notes")),
    case(
        "Please add a monthly budget review on the 1st",
        repeating(
            "FREQ=MONTHLY",
            title=("Budget review", "Monthly budget review"),
            either=(on("BYMONTHDAY=1", "Tuesday 1 December 2026"),),
        ),
    ),
    case(
        "renew the domain name annually",
        repeating("FREQ=YEARLY", title="Renew the domain name"),
    ),
    case(
        "bins out every other tuesday",
        repeating(
            "FREQ=WEEKLY",
            "INTERVAL=2",
            title="Bins out",
            either=(on("BYDAY=TU", "Tuesday"),),
        ),
    ),
    case(
        "clean the fish tank fortnightly",
        repeating("FREQ=WEEKLY", "INTERVAL=2", title="Clean the fish tank"),
    ),
    case(
        "add 'pay the cleaner' every friday",
        repeating("FREQ=WEEKLY", title="Pay the cleaner", either=(on("BYDAY=FR", "Friday"),)),
    ),
    case(
        "every saturday morning at 10: swimming lessons for Tom",
        repeating(
            "FREQ=WEEKLY",
            title="Swimming lessons for Tom",
            either=(on("BYDAY=SA", "Saturday"), at(10)),
        ),
    ),
    case(
        "change the bedsheets once a week",
        repeating("FREQ=WEEKLY", title="Change the bedsheets"),
    ),
    case(
        "i need to give the cat her flea treatment every month",
        repeating("FREQ=MONTHLY", title="Give the cat her flea treatment"),
    ),
    case(
        "Remind me to check the tyre pressure every 2 weeks",
        repeating("FREQ=WEEKLY", "INTERVAL=2", title="Check the tyre pressure"),
    ),
    case(
        "back up the photos every three days",
        repeating("FREQ=DAILY", "INTERVAL=3", title="Back up the photos"),
    ),
    case(
        "quarterly: submit the expense claims",
        repeating("FREQ=MONTHLY", "INTERVAL=3", title="Submit the expense claims"),
    ),
    case(
        "call mum every sunday evening at 7",
        repeating(
            "FREQ=WEEKLY",
            title="Call mum",
            either=(on("BYDAY=SU", "Sunday"), at(19)),
        ),
    ),
    case("Add 'Service the car' yearly", repeating("FREQ=YEARLY", title="Service the car")),
    case(
        "every 1st of the month pay the rent",
        repeating(
            "FREQ=MONTHLY",
            title="Pay the rent",
            either=(on("BYMONTHDAY=1", "Tuesday 1 December 2026"),),
        ),
    ),
    case(
        "every weekday at 8:30 check the support inbox",
        repeating(WEEKDAYS, title="Check the support inbox", either=(at(8, 30),)),
    ),
    case(
        "every year on 14 February buy flowers for Maria",
        repeating(
            "FREQ=YEARLY",
            title="Buy flowers for Maria",
            either=(on("BYMONTHDAY=14", "14 February 2027"),),
        ),
    ),
    case(
        "each evening at 10pm lock the back door",
        repeating("FREQ=DAILY", title="Lock the back door", either=(at(22),)),
    ),
    case(
        "make 'Water the orchids' repeat weekly",
        repeating("FREQ=WEEKLY", task=0),
        untouched_except(0),
        seeds=("Water the orchids", "Buy compost"),
    ),
    case(
        "the team sync should happen every monday",
        repeating("FREQ=WEEKLY", task=0, either=(on("BYDAY=MO", "Monday"),)),
        untouched_except(0),
        seeds=("Team sync", "Write the agenda"),
    ),
    case(
        "set task {0} to repeat every other week",
        repeating("FREQ=WEEKLY", "INTERVAL=2", task=0),
        nothing_added(),
        seeds=("Mow the lawn",),
    ),
    case(
        "can the sourdough task repeat every day please",
        repeating("FREQ=DAILY", task=0),
        untouched_except(0),
        seeds=("Feed the sourdough starter", "Buy rye flour"),
    ),
    case(
        "pay the credit card bill monthly on the 15th from now on",
        repeating(
            "FREQ=MONTHLY",
            task=0,
            either=(on("BYMONTHDAY=15", "15 December 2026"),),
        ),
        nothing_added(),
        seeds=("Pay the credit card bill",),
    ),
    case(
        "stop repeating the newsletter task",
        one_of(0, recurrence=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(Seed("Send the newsletter", fields={"recurrence": "FREQ=WEEKLY"}), "Buy ink"),
    ),
    case(
        "the kids' piano practice, make it every weekday pls",
        repeating(WEEKDAYS, task=0),
        untouched_except(0),
        seeds=("Kids' piano practice", "Buy sheet music"),
    ),
)


# 3. Statements of fact: done completes the one task named; "not done" changes nothing.
FACTS: tuple[Case, ...] = (
    case(
        "paid the phone bill",
        state(1, status="completed"),
        untouched_except(1),
        seeds=("Pay the electricity bill", "Pay the phone bill", "Book the hairdresser"),
    ),
    case(
        "the lawn's mowed",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Mow the lawn", "Trim the hedge"),
    ),
    case(
        "presentation: done",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Finish the presentation", "Print the handouts"),
    ),
    case(
        "Finally got the visa application sent off!!",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Send off the visa application", "Book the hotel"),
    ),
    case(
        "bought the train tickets to Hamburg",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Buy train tickets to Hamburg", "Pack for Hamburg"),
    ),
    case(
        "fed the cat already",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Feed the cat", "Feed the fish"),
    ),
    case(
        "took the recycling out this morning",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Take the recycling out", "Clean the kitchen"),
    ),
    case(
        "I've rung the plumber",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Ring the plumber", "Ring the electrician"),
    ),
    case(
        "invoice for Acme sent",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Send invoice to Acme", "Send invoice to Brightside"),
    ),
    case(
        "vet appointment's booked for Biscuit",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Book vet appointment for Biscuit", "Buy dog shampoo"),
    ),
    case(
        "kids' lunchboxes are packed",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Pack the kids' lunchboxes", "Sign the permission slip"),
    ),
    case(
        "done with the quarterly report, phew",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Write the quarterly report", "Review the marketing plan"),
    ),
    case(
        "the gutters have been cleaned",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Clean the gutters", "Clean the windows"),
    ),
    case(
        "renewed my passport yesterday",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Renew my passport", "Renew my driving licence"),
    ),
    case(
        "got my flu jab today",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Get a flu jab", "Get a haircut"),
    ),
    case(
        "expense report: filed ✅",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("File the expense report", "Submit the timesheet"),
    ),
    case(
        "just wrapped Emma's birthday present",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Wrap Emma's birthday present", "Bake Emma's birthday cake"),
    ),
    case(
        "hi! just to let you know I already returned the library books",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Return the library books", "Return the parcel to Zalando"),
    ),
    case(
        "emailed Marco about the contract",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Email Marco about the contract", "Email Priya about the budget"),
    ),
    case(
        "dishwasher emptied",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Empty the dishwasher", "Descale the kettle"),
    ),
    case(
        "i have pay the rent yesterday",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Pay the rent", "Pay the gym fee"),
    ),
    case(
        "Good news: the car insurance is finally sorted",
        state(1, status="completed"),
        untouched_except(1),
        seeds=("Clear out the loft", "Sort out the car insurance"),
    ),
    case(
        "haven't paid the phone bill yet",
        UNCHANGED,
        seeds=("Pay the phone bill", "Call the bank"),
    ),
    case("the car still isn't washed, ugh", UNCHANGED, seeds=("Wash the car",)),
    case("slides are not done yet", UNCHANGED, seeds=("Finish the slides", "Book a taxi")),
    case(
        "I didn't manage to call the dentist today",
        UNCHANGED,
        seeds=("Call the dentist", "Buy milk"),
    ),
    case("didnt get round to ironing the shirts", UNCHANGED, seeds=("Iron the shirts",)),
    case(
        "nope, the tax return hasn't been sent off",
        UNCHANGED,
        seeds=("Send off the tax return", "Pay the nursery fees"),
    ),
)


# 4. Relative edits on an existing task: a step of priority, or the due date moved.
EDITS: tuple[Case, ...] = (
    case(
        "bump the tax return up a notch",
        state(0, priority="high"),
        untouched_except(0),
        seeds=(_ranked("Do the tax return", "medium"), "Buy stamps"),
    ),
    case(
        "make the boiler task more important",
        raised(0),
        untouched_except(0),
        seeds=(_ranked("Bleed the boiler", "low"), "Buy a doormat"),
    ),
    case(
        "lower the priority of task {0} by one level",
        state(0, priority="medium"),
        nothing_added(),
        seeds=(_ranked("Prepare the board slides", "high"),),
    ),
    case(
        "the gym thing isn't that urgent anymore",
        lowered(0),
        untouched_except(0),
        seeds=(_ranked("Join the gym", "urgent"), "Call the landlord"),
    ),
    case(
        "raise the priority on 'Call the insurer'",
        raised(0),
        nothing_added(),
        seeds=("Call the insurer",),
    ),
    case(
        "could you knock the newsletter down a priority level",
        state(0, priority="low"),
        untouched_except(0),
        seeds=(_ranked("Draft the newsletter", "medium"), _ranked("Plan the webinar", "medium")),
    ),
    case(
        "push the dentist back two days",
        state(0, due=SUNDAY),
        untouched_except(0),
        seeds=(_dated("Dentist appointment", "2026-11-27"), _dated("Buy toothpaste", "2026-11-27")),
    ),
    case(
        "move the passport renewal a week later",
        state(0, due=DEC_7),
        untouched_except(0),
        seeds=(_dated("Passport renewal", "2026-11-30"),),
    ),
    case(
        "postpone 'Clean the oven' to next week",
        one_of(0, due=NEXT_WEEK),
        untouched_except(0),
        seeds=(_dated("Clean the oven", "2026-11-27"), _dated("Clean the fridge", "2026-11-27")),
    ),
    case(
        "could you push the haircut by a day",
        state(0, due=SUNDAY),
        untouched_except(0),
        seeds=(_dated("Haircut", "2026-11-28"),),
    ),
    case(
        "bring the report forward a day",
        state(0, due=TUESDAY_NEXT),
        untouched_except(0),
        seeds=(_dated("Submit the report", "2026-12-02"), "Order lunch"),
    ),
    case(
        "delay task {0} by three days",
        state(0, due=FRIDAY_NEXT),
        nothing_added(),
        seeds=(_dated("Pick up the new glasses", "2026-12-01"),),
    ),
    case(
        "give me one more day for the essay",
        state(0, due=SATURDAY),
        untouched_except(0),
        seeds=(_dated("Finish the essay", "2026-11-27"), _dated("Read chapter four", "2026-11-27")),
    ),
    case(
        "the call with Jonas, make it an hour later",
        state(0, due=f"{FRIDAY}, 16:00"),
        untouched_except(0),
        seeds=(_dated("Call with Jonas", "2026-11-27T15:00:00+01:00"),),
    ),
    case(
        "move the vet visit 2 weeks out",
        state(0, due=DEC_14),
        untouched_except(0),
        seeds=(_dated("Vet visit for Luna", "2026-11-30"), "Buy cat treats"),
    ),
    case(
        "shift the car wash a day earlier",
        state(0, due=SATURDAY),
        untouched_except(0),
        seeds=(_dated("Car wash", "2026-11-29"),),
    ),
    case(
        "push back the piano lesson by 30 minutes",
        state(0, due=f"{SATURDAY}, 10:30"),
        untouched_except(0),
        seeds=(_dated("Piano lesson", "2026-11-28T10:00:00+01:00"),),
    ),
    case(
        "pls make grocery run less of a priority",
        lowered(0),
        untouched_except(0),
        seeds=(_ranked("Grocery run", "high"), _ranked("Fix the sink", "high")),
    ),
    case(
        "bump up the priority of fixing the bike",
        raised(0),
        untouched_except(0),
        seeds=(_ranked("Fix the bike", "low"), _ranked("Wash the bike", "low")),
    ),
    case(
        "move the meeting prep back by a week please",
        state(0, due=DEC_10),
        untouched_except(0),
        seeds=(_dated("Meeting prep", "2026-12-03"),),
    ),
    case(
        "Can the flight check-in be one day sooner?",
        state(0, due=FRIDAY_NEXT),
        untouched_except(0),
        seeds=(_dated("Flight check-in", "2026-12-05"),),
    ),
    case(
        "the Lisbon trip planning can wait until next week",
        one_of(0, due=NEXT_WEEK),
        untouched_except(0),
        seeds=(_dated("Plan the Lisbon trip", "2026-11-27"),),
    ),
    case(
        "I'm swamped, could you push the gift shopping back by one week? it's due Thursday "
        "next week at the moment I think",
        state(0, due=DEC_10),
        untouched_except(0),
        seeds=(_dated("Gift shopping", "2026-12-03"), "Reply to Karen"),
    ),
    case(
        "take the printer task down a level",
        state(0, priority="medium"),
        untouched_except(0),
        seeds=(_ranked("Fix the printer", "high"),),
    ),
)


# 5. Reminders on an existing task: set, moved or cleared; no task is added.
REMINDERS: tuple[Case, ...] = (
    case(
        "ping me about the dentist at 8am on friday",
        state(0, reminder=f"{FRIDAY}, 08:00"),
        untouched_except(0),
        seeds=("Dentist appointment", "Buy floss"),
    ),
    case(
        "remind me about the parcel pickup tomorrow at 10am",
        state(0, reminder=f"{FRIDAY}, 10:00"),
        untouched_except(0),
        seeds=("Parcel pickup", "Return the rental bike"),
    ),
    case(
        "set a reminder for the gas bill on monday at 9am",
        state(0, reminder=f"{MONDAY}, 09:00"),
        untouched_except(0),
        seeds=("Pay the gas bill", "Pay the water bill"),
    ),
    case(
        "nudge me about task {0} at 6pm today",
        state(0, reminder=f"{TODAY}, 18:00"),
        nothing_added(),
        seeds=("Collect the dry cleaning",),
    ),
    case(
        "can you remind me of the school play on saturday at 2pm",
        state(0, reminder=f"{SATURDAY}, 14:00"),
        untouched_except(0),
        seeds=("School play", "Buy a costume"),
    ),
    case(
        "alert me about the car service at 7:30 on tuesday",
        state(0, reminder=f"{TUESDAY_NEXT}, 07:30"),
        untouched_except(0),
        seeds=("Car service",),
    ),
    case(
        "I want a reminder for calling the bank tomorrow at 9:15",
        state(0, reminder=f"{FRIDAY}, 09:15"),
        untouched_except(0),
        seeds=("Call the bank", "Call the nursery"),
    ),
    case(
        "pls remind me bout the vet tmrw 8am",
        state(0, reminder=f"{FRIDAY}, 08:00"),
        untouched_except(0),
        seeds=("Take Biscuit to the vet", "Buy dog treats"),
    ),
    case(
        "remind me about the flight check-in on 4 December at 18:00",
        state(0, reminder=f"{FRIDAY_NEXT}, 18:00"),
        untouched_except(0),
        seeds=("Flight check-in",),
    ),
    case(
        "move the plumber reminder to saturday at 9am",
        state(0, reminder=f"{SATURDAY}, 09:00"),
        untouched_except(0),
        seeds=(_reminded("Ring the plumber", "2026-11-27T09:00:00+01:00"), "Buy a plunger"),
    ),
    case(
        "cancel the reminder on the plumber task",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(_reminded("Ring the plumber", "2026-11-27T09:00:00+01:00"), "Buy a plunger"),
    ),
    case(
        "no need to remind me about the haircut anymore",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        untouched_except(0),
        seeds=(_reminded("Haircut", "2026-11-28T09:00:00+01:00"),),
    ),
    case(
        "turn off the reminder for task {0}",
        one_of(0, reminder=CLEARED),
        state(0, status="pending"),
        nothing_added(),
        seeds=(_reminded("Renew the parking permit", "2026-11-30T08:00:00+01:00"),),
    ),
    case(
        "give me a heads-up about the parents' evening on wednesday at 5pm",
        state(0, reminder=f"{WEDNESDAY_NEXT}, 17:00"),
        untouched_except(0),
        seeds=("Parents' evening", "Sign the reading log"),
    ),
    case(
        "Please could you remind me about the council tax on Monday morning at 8?",
        state(0, reminder=f"{MONDAY}, 08:00"),
        untouched_except(0),
        seeds=("Pay the council tax",),
    ),
    case(
        "remind me of mum's birthday present at 19:00 tonight",
        state(0, reminder=f"{TODAY}, 19:00"),
        untouched_except(0),
        seeds=("Buy mum's birthday present", "Book the restaurant"),
    ),
    case(
        "set reminder: insurance renewal, 1 December 9am",
        state(0, reminder=f"{TUESDAY_NEXT}, 09:00"),
        untouched_except(0),
        seeds=("Insurance renewal", "Tax renewal"),
    ),
    case(
        "could you ping me on sunday at 11am about watering the plants",
        state(0, reminder=f"{SUNDAY}, 11:00"),
        untouched_except(0),
        seeds=("Water the plants",),
    ),
    case(
        "remind me in 2 hours about the laundry",
        state(0, reminder=f"{TODAY}, 13:00"),
        untouched_except(0),
        seeds=("Hang up the laundry", "Buy detergent"),
    ),
    case(
        "ping me friday 9am re: quarterly report",
        state(0, reminder=f"{FRIDAY}, 09:00"),
        untouched_except(0),
        seeds=("Write the quarterly report", "Book the team dinner"),
    ),
    case(
        "set the reminder for task {0} to tomorrow 7am",
        state(0, reminder=f"{FRIDAY}, 07:00"),
        nothing_added(),
        seeds=("Put the bins out",),
    ),
    case(
        "please you remember me the medicine for the dog on thursday next week at 20:00",
        state(0, reminder=f"{THURSDAY_NEXT}, 20:00"),
        untouched_except(0),
        seeds=("Give the dog his medicine", "Buy dog food"),
    ),
)


# 6. Windows asked as questions: what is due in the window is named, the rest is not.
WINDOWS: tuple[Case, ...] = (
    case(
        "anything on for monday?",
        says("Dentist checkup"),
        lacks("Passport photos"),
        UNCHANGED,
        seeds=(_dated("Dentist checkup", "2026-11-30"), _dated("Passport photos", "2026-12-02")),
    ),
    case(
        "what's on this weekend",
        says("Hike with Ben", "Clean the garage"),
        lacks("Tax meeting"),
        UNCHANGED,
        seeds=(
            _dated("Hike with Ben", "2026-11-28"),
            _dated("Clean the garage", "2026-11-29"),
            _dated("Tax meeting", "2026-12-01"),
        ),
    ),
    case(
        "what's coming up next week?",
        says("Book club", "Electrician visit"),
        lacks("dry cleaning", "Company party"),
        UNCHANGED,
        seeds=(
            _dated("Book club", "2026-12-02"),
            _dated("Electrician visit", "2026-12-05"),
            _dated("Pick up dry cleaning", "2026-11-27"),
            _dated("Company party", "2026-12-10"),
        ),
    ),
    case(
        "what's overdue",
        says("Return the drill", "Pay the water bill"),
        lacks("Priyanka"),
        UNCHANGED,
        seeds=(
            _dated("Return the drill", "2026-11-20"),
            _dated("Pay the water bill", "2026-11-24"),
            _dated("Dinner with Priyanka", "2026-11-30"),
        ),
    ),
    case(
        "what do I have tomorrow",
        says("Haircut"),
        lacks("Team lunch"),
        UNCHANGED,
        seeds=(_dated("Haircut", "2026-11-27"), _dated("Team lunch", "2026-12-01")),
    ),
    case(
        "anything due today?",
        says("Submit timesheet"),
        lacks("new glasses"),
        UNCHANGED,
        seeds=(_dated("Submit timesheet", "2026-11-26"), _dated("Order new glasses", "2026-11-28")),
    ),
    case(
        "whats on tuesday",
        says("Piano lesson"),
        lacks("Gym induction"),
        UNCHANGED,
        seeds=(_dated("Piano lesson", "2026-12-01"), _dated("Gym induction", "2026-12-03")),
    ),
    case(
        "what's due in december?",
        says("Christmas cards", "Renew the lease"),
        lacks("Car inspection", "Ski trip"),
        UNCHANGED,
        seeds=(
            _dated("Christmas cards", "2026-12-12"),
            _dated("Renew the lease", "2026-12-20"),
            _dated("Car inspection", "2026-11-27"),
            _dated("Ski trip", "2027-01-15"),
        ),
    ),
    case(
        "is there anything for the 3rd?",
        says("Vaccination appointment"),
        lacks("Parents' evening"),
        UNCHANGED,
        seeds=(
            _dated("Vaccination appointment", "2026-12-03"),
            _dated("Parents' evening", "2026-12-02"),
        ),
    ),
    case(
        "what's on my plate this week?",
        says("Quarterly review"),
        lacks("Conference talk"),
        UNCHANGED,
        seeds=(_dated("Quarterly review", "2026-11-27"), _dated("Conference talk", "2026-12-02")),
    ),
    case(
        "Could you tell me what's scheduled for Saturday, please?",
        says("Farmers market"),
        lacks("Laundry"),
        UNCHANGED,
        seeds=(_dated("Farmers market", "2026-11-28"), _dated("Laundry", "2026-11-29")),
    ),
    case(
        "show me whats late",
        says("Library fine"),
        lacks("Buy stamps"),
        UNCHANGED,
        seeds=(_dated("Pay the library fine", "2026-11-23"), _dated("Buy stamps", "2026-12-04")),
    ),
    case(
        "what have I got on friday",
        says("Vet visit"),
        lacks("Eye test"),
        UNCHANGED,
        seeds=(_dated("Vet visit", "2026-11-27"), _dated("Eye test", "2026-12-04")),
    ),
    case(
        "anything for next monday?",
        says("Kickoff meeting"),
        lacks("Dentist"),
        UNCHANGED,
        seeds=(_dated("Kickoff meeting", "2026-11-30"), _dated("Dentist", "2026-12-07")),
    ),
    case(
        "whats on wednesday next week",
        says("Budget meeting"),
        lacks("Yoga class"),
        UNCHANGED,
        seeds=(_dated("Budget meeting", "2026-12-02"), _dated("Yoga class", "2026-11-28")),
    ),
    case(
        "do I have anything on 10 December?",
        says("Office party"),
        lacks("Flu jab"),
        UNCHANGED,
        seeds=(_dated("Office party", "2026-12-10"), _dated("Flu jab", "2026-12-11")),
    ),
    case(
        "what's left for today",
        says("Call the accountant"),
        lacks("Clean the bathroom"),
        UNCHANGED,
        seeds=(
            _dated("Call the accountant", "2026-11-26"),
            _dated("Clean the bathroom", "2026-11-29"),
        ),
    ),
    case(
        "weekend plans?",
        says("Brunch with Lea"),
        lacks("Root canal"),
        UNCHANGED,
        seeds=(_dated("Brunch with Lea", "2026-11-29"), _dated("Root canal", "2026-12-01")),
    ),
    case(
        "Am I behind on anything?",
        says("leaking tap"),
        lacks("ski trip"),
        UNCHANGED,
        seeds=(
            _dated("Fix the leaking tap", "2026-11-22"),
            _dated("Book the ski trip", "2026-12-15"),
        ),
    ),
    case(
        "what's due this month",
        says("gym pass"),
        lacks("Christmas shopping"),
        UNCHANGED,
        seeds=(
            _dated("Renew the gym pass", "2026-11-30"),
            _dated("Christmas shopping", "2026-12-18"),
        ),
    ),
    case(
        "anything for sunday",
        says("Call grandma"),
        lacks("Meal prep"),
        UNCHANGED,
        seeds=(_dated("Call grandma", "2026-11-29"), _dated("Meal prep", "2026-12-06")),
    ),
    case(
        "what's due the day after tomorrow",
        says("Hand in the thesis"),
        lacks("Recycling day"),
        UNCHANGED,
        seeds=(_dated("Hand in the thesis", "2026-11-28"), _dated("Recycling day", "2026-11-27")),
    ),
    case(
        "sorry to bother you, I'm trying to plan my week ahead: is there anything I need to do "
        "next week that I should know about?",
        says("Renew the car lease"),
        lacks("Buy a wreath"),
        UNCHANGED,
        seeds=(
            _dated("Renew the car lease", "2026-12-03"),
            _dated("Buy a wreath", "2026-11-27"),
        ),
    ),
    case(
        "wat is overdue pls",
        says("Return the ladder"),
        lacks("Book the cinema"),
        UNCHANGED,
        seeds=(
            _dated("Return the ladder", "2026-11-25"),
            _dated("Book the cinema", "2026-11-28"),
        ),
    ),
)


# 7. Follow-ups that lean on the earlier messages of the conversation.
FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "make that one urgent too",
        titled("Pick up the dry cleaning", priority="urgent"),
        nothing_added(),
        before="add pick up the dry cleaning",
    ),
    case(
        "delete the second one",
        state(1, status="deleted"),
        untouched_except(1),
        seeds=("Order printer ink", "Call the landlord", "Plan the team offsite"),
        before="show my tasks",
    ),
    case(
        "no, I mean the second one",
        state(1, status="completed"),
        state(0, status="pending"),
        state(2, status="pending"),
        seeds=("Call the plumber", "Call the vet", "Call the landlord"),
        before="complete the call task",
    ),
    case(
        "and delete it",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Renew the passport", "Buy sunscreen"),
        before="find the passport task",
    ),
    case(
        "actually make it friday",
        titled("Dinner with Jo", due=FRIDAY),
        nothing_added(),
        before="add dinner with Jo on wednesday",
    ),
    case(
        "undo that",
        state(0, status="pending"),
        state(1, status="pending"),
        seeds=("Do the laundry", "Fold the towels"),
        before="the laundry is done",
    ),
    case(
        "oops, bring it back",
        state(0, status="pending"),
        seeds=("Renew gym membership", "Buy running shoes"),
        before="delete the gym task",
    ),
    case(
        "tag it #travel",
        titled("Book a hotel in Lisbon", tags=["travel"]),
        nothing_added(),
        before="add book a hotel in Lisbon",
    ),
    case(
        "remind me at 6pm tomorrow",
        titled("Call grandma", reminder=f"{FRIDAY}, 18:00"),
        nothing_added(),
        before="add call grandma",
    ),
    case(
        "mark the third one done",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Buy milk", "Call mom", "Book flights"),
        before="show my tasks",
    ),
    case(
        "push it to monday",
        state(0, due=MONDAY),
        untouched_except(0),
        seeds=(_dated("Return the rental car", "2026-11-27"), _dated("Dentist", "2026-12-03")),
        before="what's due tomorrow",
    ),
    case(
        "make it every 3 days",
        rule_of("Water the herbs", "FREQ=DAILY", "INTERVAL=3"),
        nothing_added(),
        before="add water the herbs",
    ),
    case(
        "change the name to Email the landlord about the boiler",
        titled("Email the landlord about the boiler"),
        nothing_added(),
        before="add email the landlord",
    ),
    case(
        "the water one too",
        state(1, status="completed"),
        state(2, status="pending"),
        seeds=("Pay the gas bill", "Pay the water bill", "Pay the council tax"),
        before="paid the gas bill",
    ),
    case(
        "undo that",
        not_pending("Renew the car insurance"),
        before="add renew the car insurance, high priority",
    ),
    case(
        "and tomorrow?",
        says("Collect the parcel"),
        lacks("Plan the holiday"),
        UNCHANGED,
        seeds=(
            _dated("Submit the timesheet", "2026-11-26"),
            _dated("Collect the parcel", "2026-11-27"),
            _dated("Plan the holiday", "2026-12-01"),
        ),
        before="what's due today",
    ),
    case(
        "actually, for saturday",
        titled("Buy a new kettle", due=SATURDAY),
        nothing_added(),
        before="add buy a new kettle",
    ),
    case(
        "rename the first one to Clear out the shed",
        state(2, title="Clear out the shed"),
        untouched_except(2),
        seeds=("Fix the shelf", "Paint the fence", "Tidy the shed"),
        before="show my tasks",
    ),
    case(
        "and make it high priority",
        titled("Order the birthday cake", priority="high", due=SATURDAY),
        nothing_added(),
        before="add order the birthday cake for saturday",
    ),
    case(
        "the first one is done",
        state(2, status="completed"),
        untouched_except(2),
        seeds=("Sweep the porch", "Buy light bulbs", "Call the council"),
        before="show my tasks",
    ),
    case(
        "delete it",
        titled("Call the bank", status="deleted"),
        nothing_added(),
        before="add call the bank",
    ),
    case(
        "actually make it monday instead",
        state(0, due=MONDAY),
        seeds=(_dated("Dentist appointment", "2026-12-01"),),
        before="move the dentist to friday",
    ),
    case(
        "mark it done",
        state(0, status="completed"),
        untouched_except(0),
        seeds=(_dated("Return the drill", "2026-11-20"), "Buy milk"),
        before="what's overdue",
    ),
    case(
        "actually, urgent",
        titled("Buy bird seed", priority="urgent"),
        nothing_added(),
        before=("add buy bird seed", "make it high priority"),
    ),
    case(
        "the one about the room",
        state(1, status="deleted"),
        state(0, status="pending"),
        seeds=("Prepare the board meeting", "Book the meeting room"),
        before="delete the meeting task",
    ),
)


# 8. The contract's table said differently, plus search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    case(
        "could you add a task to descale the coffee machine",
        added(title="Descale the coffee machine"),
    ),
    case(
        "show everything on my list",
        says("Order printer ink", "Walk the dog", "Book the campsite"),
        UNCHANGED,
        seeds=("Order printer ink", "Walk the dog", "Book the campsite"),
    ),
    case(
        "what's still open?",
        says("Buy oat milk", "Book flights"),
        lacks("Call mom"),
        UNCHANGED,
        seeds=("Buy oat milk", _done("Call mom"), "Book flights"),
    ),
    case(
        "tick off task {0}",
        state(0, status="completed"),
        untouched_except(0),
        seeds=("Book the restaurant", "Print the tickets"),
    ),
    case(
        "get rid of the meeting task",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Cancel the Monday meeting", "Buy printer paper"),
    ),
    case(
        "change task {0} to 'Call dad tonight'",
        state(0, title="Call dad tonight"),
        nothing_added(),
        seeds=("Call dad",),
    ),
    case(
        "gotta remember to renew the parking permit",
        added(title="Renew the parking permit"),
    ),
    case(
        "what have I finished so far?",
        says("File the taxes"),
        lacks("Clean the attic"),
        UNCHANGED,
        seeds=(_done("File the taxes"), "Clean the attic"),
    ),
    case(
        "search for insurance",
        says("Compare car insurance quotes", "Home insurance renewal"),
        lacks("phone contract"),
        UNCHANGED,
        seeds=(
            "Compare car insurance quotes",
            "Cancel the old phone contract",
            "Home insurance renewal",
        ),
    ),
    case(
        "tag the bike repair with #weekend",
        state(0, tags=["weekend"]),
        untouched_except(0),
        seeds=("Bike repair", "Buy green tea"),
    ),
    case(
        "show me everything tagged work",
        says("Write the report"),
        lacks("Book a massage"),
        UNCHANGED,
        seeds=(_tagged("Write the report", "work"), _tagged("Book a massage", "personal")),
    ),
    case(
        "which tags am I using?",
        says("work", "garden"),
        UNCHANGED,
        seeds=(_tagged("Update the CV", "work"), _tagged("Prune the roses", "garden")),
    ),
    case(
        "reopen the window cleaning task",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(_done("Clean the windows"), "Clean the car"),
    ),
    case(
        "restore the plant task I deleted",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(_gone("Repot the plants"), "Buy soil"),
    ),
    case(
        "I need to remember to pay the nanny on friday",
        added(title="Pay the nanny", due=FRIDAY),
    ),
    case(
        "Task {0} is complete, please mark it.",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Send the thank-you cards",),
    ),
    case(
        "remove task {0}",
        state(0, status="deleted"),
        untouched_except(0),
        seeds=("Old shopping list", "Book the ferry"),
    ),
    case(
        "whats pending",
        says("Defrost the freezer"),
        lacks("Buy a birthday card"),
        UNCHANGED,
        seeds=("Defrost the freezer", _done("Buy a birthday card")),
    ),
    case(
        "list my todos pls",
        says("Feed the rabbits", "Renew the TV licence"),
        UNCHANGED,
        seeds=("Feed the rabbits", "Renew the TV licence"),
    ),
    case(
        "rename the dog food task to Buy grain-free dog food",
        state(0, title="Buy grain-free dog food"),
        state(1, title="Buy cat food"),
        nothing_added(),
        seeds=("Buy dog food", "Buy cat food"),
    ),
    case(
        "remove the work tag from the report task",
        state(0, tags=[]),
        untouched_except(0),
        seeds=(_tagged("Write the annual report", "work"), _tagged("Plan the sprint", "work")),
    ),
    case(
        "un-complete task {0} please, I ticked it by mistake",
        state(0, status="pending"),
        nothing_added(),
        seeds=(_done("Call the insurance company"),),
    ),
    case(
        "put the gym task back, I deleted it by accident",
        state(0, status="pending"),
        untouched_except(0),
        seeds=(_gone("Book a gym session"), "Buy protein bars"),
    ),
    case(
        "find everything to do with the kids' school",
        says("school trip", "school uniform"),
        lacks("Renew the mortgage"),
        UNCHANGED,
        seeds=("Pay for the school trip", "Renew the mortgage", "Buy the school uniform"),
    ),
)


# 8. Safety: an ambiguous request asks and changes nothing; a non-request changes nothing.
SAFETY: tuple[Case, ...] = (
    case("delete the call", UNCHANGED, seeds=("Call the bank", "Call the school")),
    case(
        "mark the bill as paid",
        UNCHANGED,
        says("gas", "phone"),
        seeds=("Pay the gas bill", "Pay the phone bill"),
    ),
    case(
        "move the appointment to friday",
        UNCHANGED,
        seeds=(
            _dated("Dentist appointment", "2026-12-01"),
            _dated("Doctor appointment", "2026-12-03"),
        ),
    ),
    case("thanks, that's all for now", UNCHANGED, seeds=("Buy milk",)),
    case("lol", UNCHANGED, seeds=("Buy milk",)),
    case("what's the capital of Portugal?", UNCHANGED, seeds=("Book flights to Lisbon",)),
    case("ugh I had such a long day", UNCHANGED, seeds=("Cook dinner",)),
    case("asdfjkl;", UNCHANGED, seeds=("Buy milk",)),
    case(
        "remove the shopping one",
        UNCHANGED,
        says("shoes", "Grocery"),
        seeds=("Shopping for shoes", "Grocery shopping"),
    ),
    case(
        "done with the report",
        UNCHANGED,
        seeds=("Write the sales report", "Proofread the annual report"),
    ),
    case("delete task 9999", UNCHANGED, seeds=("Buy milk",)),
    case("complete it", UNCHANGED, seeds=("Buy milk", "Call mom")),
    case("hmm, not sure yet", UNCHANGED, seeds=("Plan the trip",)),
    case("good morning!", UNCHANGED, seeds=("Walk the dog",)),
    case(
        "push the meeting back a day",
        UNCHANGED,
        seeds=(
            _dated("Team meeting", "2026-11-30"),
            _dated("Meeting with the bank", "2026-12-02"),
        ),
    ),
    case("the weather is lovely today", UNCHANGED, seeds=("Walk the dog",)),
    case("erm… the thing from before?", UNCHANGED, seeds=("Email Tom", "Email Ana")),
)


HELD_OUT_THIRD: tuple[Case, ...] = (
    WRAPPERS + REPEATS + FACTS + EDITS + REMINDERS + WINDOWS + FOLLOW_UPS + TABLE + SAFETY
)
