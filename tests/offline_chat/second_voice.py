"""A second development set: everyday chat requests written in another voice than the engine's.

The first development corpus (``corpus.py``) was written by the engine's author, alongside the
engine, so it shares the author's habits of phrasing. These requests were written by someone who
has not read the engine, from what an ordinary user of a task manager says and expects, for the
families of phrasing listed in issue 15:

* titles wrapped in everyday words and hedges ("jot this down: ...", "I guess I should ...");
* repeats said in words ("every other friday", "on the 15th of each month", "once a year");
* statements of fact that mean a task is done ("car's washed"), and negations that change nothing;
* relative edits (a priority up or down a level, a date moved by days or weeks, earlier or later);
* reminders set on a task that already exists (nothing new is added);
* questions about the tasks of a day or a few days (tomorrow, a weekday, the weekend, next week);
* follow-ups that lean on earlier messages ("make that one urgent too", "the second one", "undo");
* the contract's natural-language table, said differently;
* safety: when a request is ambiguous or not understood, nothing changes and nothing is deleted.

The register varies on purpose: terse, sloppy lower case, polite, British and American, a few
light typos. The expectations are the effects a user would insist on (the task list afterwards and
the names in the reply), rarely the exact tool arguments; where the wording leaves room (which
Monday "next week" lands on, the order of an RRULE's parts, a rule said with or without BYDAY)
the checks below accept every reading a user would accept.

The clock of the tests reads Thursday 26 November 2026, 11:00 in Europe/Berlin: tomorrow is
Friday 27 November, the weekend is Saturday 28 and Sunday 29, next week starts Monday 30 November.
Seeded tasks are created at the same moment, so a list shows the last seeded first. ``{0}`` in an
utterance is the id of the first seeded task.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .corpus import UNCHANGED, Case, Check, Outcome, Seed, added, case, says, state, titled

# --- Spoken days, as the assistant reports an all-day date -------------------------------------

TODAY = "Thursday 26 November 2026"
FRIDAY = "Friday 27 November 2026"
SATURDAY = "Saturday 28 November 2026"
MONDAY = "Monday 30 November 2026"

PENDING = "pending"
DONE = "completed"
GONE = "deleted"


# --- Checks of this set (they look at the outcome only) ----------------------------------------


def _moment(spoken: Any) -> str | None:
    """Return ``Friday 27 November 2026, 09:00`` as ``2026-11-27T09:00`` (a day alone as a date)."""
    if not isinstance(spoken, str):
        return None
    for pattern, iso in (("%A %d %B %Y, %H:%M", "%Y-%m-%dT%H:%M"), ("%A %d %B %Y", "%Y-%m-%d")):
        try:
            return datetime.strptime(spoken.strip(), pattern).strftime(iso)
        except ValueError:
            continue
    return None


def _rule(text: Any) -> dict[str, str]:
    """Return the parts of an RRULE text, upper-cased, by name."""
    parts = str(text or "").upper().removeprefix("RRULE:").split(";")
    return dict(part.split("=", 1) for part in parts if "=" in part)


@dataclass(frozen=True)
class Expect(Check):
    """An effect that :class:`Check` has no kind for.

    ``target`` names the task looked at: a seed's index, a title, or ``None`` for the one task
    the message added.
    """

    target: int | str | None = None

    def problem(self, out: Outcome) -> str | None:
        if self.kind == "lacks":
            found = [word for word in self.words if word.casefold() in out.text.casefold()]
            return f"the reply should not name {found}: {out.text!r}" if found else None
        if self.kind == "nothing_added":
            new = [task["title"] for key, task in out.after.items() if key not in out.before]
            return f"expected no new task; added {new}" if new else None
        if self.kind == "not_pending":
            left = [
                task
                for task in out.after.values()
                if task["title"].casefold() == self.words[0].casefold()
                and task.get("status") == PENDING
            ]
            return f"expected {self.words[0]!r} to be gone; it is still pending" if left else None
        task, missing = self._task(out)
        if task is None:
            return missing
        if self.kind == "when":
            return self._when(task)
        if self.kind == "repeats":
            return self._repeats(task)
        if self.kind == "no_value":
            name = self.words[0]
            return f"expected no {name}; it is {task.get(name)!r}" if task.get(name) else None
        if self.kind == "described":
            got = str(task.get("description") or "").strip().rstrip(".").casefold()
            want = self.words[0].strip().rstrip(".").casefold()
            return None if got == want else f"expected description {want!r}; got {got!r}"
        return f"unknown check {self.kind}"

    def _task(self, out: Outcome) -> tuple[dict[str, Any] | None, str]:
        if isinstance(self.target, int):
            task = out.after.get(out.ids[self.target])
            return task, "the task is gone"
        if isinstance(self.target, str):
            found = [task for task in out.after.values() if task["title"] == self.target]
            if len(found) != 1:
                return None, f"expected one task titled {self.target!r}; found {len(found)}"
            return found[0], ""
        new = [task for key, task in out.after.items() if key not in out.before]
        if len(new) != 1:
            return None, f"expected one new task; {len(new)} were added"
        return new[0], ""

    def _when(self, task: dict[str, Any]) -> str | None:
        name = self.args["field"]
        got = _moment(task.get(name))
        if got is None:
            return f"expected a {name}; got {task.get(name)!r}"
        if "at" in self.args:
            return None if got == self.args["at"] else f"expected {name} {self.args['at']}: {got}"
        day, _, time = got.partition("T")
        if not self.args["first"] <= day <= self.args["last"]:
            return f"expected {name} between {self.args['first']} and {self.args['last']}: {got}"
        want_time = self.args.get("time")
        if want_time and time != want_time:
            return f"expected {name} at {want_time}: {got}"
        return None

    def _repeats(self, task: dict[str, Any]) -> str | None:
        rule = _rule(task.get("recurrence"))
        got = task.get("recurrence")
        if rule.get("FREQ") != self.args["freq"]:
            return f"expected a {self.args['freq']} repeat; got {got!r}"
        if rule.get("INTERVAL", "1") != str(self.args.get("interval", 1)):
            return f"expected every {self.args.get('interval', 1)}; got {got!r}"
        due = _moment(task.get("due"))
        days = self.args.get("days")
        if days:
            if "BYDAY" in rule:
                named = set(rule["BYDAY"].split(","))
            elif due and len(days) == 1:
                named = {datetime.fromisoformat(due[:10]).strftime("%a")[:2].upper()}
            else:
                named = set()
            if named != set(days):
                return f"expected the days {sorted(days)}; got {got!r} (due {due})"
        monthday = self.args.get("monthday")
        if monthday:
            on = rule.get("BYMONTHDAY") or (str(int(due[8:10])) if due else "")
            if on != str(monthday):
                return f"expected day {monthday} of the month; got {got!r} (due {due})"
        return None


def lacks(*words: str) -> Check:
    """Expect the reply not to name any of these words (case-insensitively)."""
    return Expect("lacks", words=words)


NOTHING_ADDED = Expect("nothing_added")


def not_pending(title: str) -> Check:
    """Expect no pending task titled ``title`` (deleted, or never kept)."""
    return Expect("not_pending", words=(title,))


def on(
    target: int | str | None, at: str = "", *, first: str = "", last: str = "", time: str = ""
) -> Check:
    """Expect the due moment of ``target``: exactly ``at`` (ISO), or a day in ``first``–``last``."""
    if at:
        return Expect("when", args={"field": "due", "at": at}, target=target)
    return Expect(
        "when", args={"field": "due", "first": first, "last": last, "time": time}, target=target
    )


def reminds(target: int | str | None, at: str = "", *, first: str = "", last: str = "") -> Check:
    """Expect the reminder of ``target``: exactly ``at`` (ISO), or a day in ``first``–``last``."""
    if at:
        return Expect("when", args={"field": "reminder", "at": at}, target=target)
    return Expect("when", args={"field": "reminder", "first": first, "last": last}, target=target)


def repeats(
    target: int | str | None,
    freq: str,
    *,
    interval: int = 1,
    days: tuple[str, ...] = (),
    monthday: int = 0,
) -> Check:
    """Expect ``target`` to repeat: FREQ, INTERVAL, and the days (BYDAY, or the due's weekday)."""
    args = {"freq": freq, "interval": interval, "days": days, "monthday": monthday}
    return Expect("repeats", args=args, target=target)


def lacks_value(target: int | str | None, name: str) -> Check:
    """Expect ``target`` to have no ``name`` (no reminder, no repeat)."""
    return Expect("no_value", words=(name,), target=target)


def described(target: int | str | None, text: str) -> Check:
    """Expect the description of ``target`` (ignoring case and a final full stop)."""
    return Expect("described", words=(text,), target=target)


def window(say: str, *inside: str) -> Case:
    """A question about a few days of :data:`WEEK`: it names ``inside`` and no other task."""
    outside = tuple(seed.title for seed in WEEK if seed.title not in inside)
    checks = (UNCHANGED, lacks(*outside)) + ((says(*inside),) if inside else ())
    return case(say, *checks, seeds=WEEK)


# --- Seeds used by several cases ---------------------------------------------------------------

#: Listed as Book flights, Call mom, Buy milk (the last seeded first).
ERRANDS = ("Buy milk", "Call mom", "Book flights")
SHOWN = "show my tasks"
#: Three tasks that "the call" matches equally; the second candidate is the plumber either way.
CALLS = ("Call the dentist", "Call the plumber", "Call the bank")
MIXED = (Seed("Buy milk", DONE), Seed("Call mom"), Seed("Book flights", DONE))
OPEN = (Seed("Buy milk"), Seed("Call mom", DONE), Seed("Book flights"))

DENTIST = Seed("Dentist appointment", fields={"due": "2026-11-27T14:00"})
DENTIST_REMINDED = Seed(
    "Dentist appointment", fields={"due": "2026-11-27T14:00", "reminder": "2026-11-27T08:00"}
)

#: A week of dated tasks (and one without a date) for the questions about days.
WEEK = (
    Seed("Send the contract", fields={"due": "2026-11-26T17:00"}),  # today
    Seed("Order the birthday cake", fields={"due": "2026-11-27"}),  # Friday
    Seed("Bake sourdough", fields={"due": "2026-11-28T09:00"}),  # Saturday
    Seed("Visit Aunt May", fields={"due": "2026-11-29"}),  # Sunday
    Seed("Dentist checkup", fields={"due": "2026-11-30T08:30"}),  # next Monday
    Seed("Pay the council tax", fields={"due": "2026-12-01"}),  # next Tuesday
    Seed("Parents' evening", fields={"due": "2026-12-03T18:00"}),  # next Thursday
    Seed("Car service", fields={"due": "2026-12-07T08:00"}),  # the Monday after
    Seed("Sort the attic"),  # no date
)

# --- Titles wrapped in everyday words and hedges -----------------------------------------------

WRAPPED: tuple[Case, ...] = (
    case("could you pop 'descale the kettle' on my list?", added(title="Descale the kettle")),
    case(
        "jot this down: phone the council about the bins",
        added(title="Phone the council about the bins"),
    ),
    case("note to self - pick up the dry cleaning", added(title="Pick up the dry cleaning")),
    case("I guess I should get the boiler serviced", added(title="Get the boiler serviced")),
    case(
        "maybe I ought to clear out the loft at some point",
        added(title="Clear out the loft"),
    ),
    case("dont let me forget to water the ferns", added(title="Water the ferns")),
    case("can u add buy AA batteries pls", added(title="Buy AA batteries")),
    case(
        "put 'return the hired suit' down for saturday",
        added(title="Return the hired suit", due=SATURDAY),
    ),
    case(
        "Would you mind adding 'Send thank-you cards' to my tasks? Thanks so much.",
        added(title="Send thank-you cards"),
    ),
    case(
        "I really need to sort out my pension paperwork, can you add that?",
        added(title="Sort out my pension paperwork"),
    ),
    case(
        "make a to-do called Plan Dad's birthday, note: he wants a quiet one",
        added(title="Plan Dad's birthday"),
        described(None, "he wants a quiet one"),
    ),
    case(
        "add 'send the meter reading to the landlord' for friday",
        added(title="Send the meter reading to the landlord", due=FRIDAY),
    ),
    case(
        "Something for the list: book a table at Rosa's for Saturday",
        added(title="Book a table at Rosa's", due=SATURDAY),
    ),
    case("I think I need to renew my railcard", added(title="Renew my railcard")),
    case("hey, add a task: cancel the gym membership", added(title="Cancel the gym membership")),
    case(
        "quick one - chase the plumber for a quote",
        added(title="Chase the plumber for a quote"),
    ),
    case(
        'Please could you add "order new contact lenses" to my to-do list',
        added(title="Order new contact lenses"),
    ),
    case(
        "I suppose I'd better file the expense report tomorrow",
        added(title="File the expense report", due=FRIDAY),
    ),
    case("add to my list, if you would: defrost the freezer", added(title="Defrost the freezer")),
    case("gotta get a birthday card for Jess", added(title="Get a birthday card for Jess")),
    case(
        "Add a task named 'Fix the squeaky door' with the description 'top hinge, needs WD-40'",
        added(title="Fix the squeaky door"),
        described(None, "top hinge, needs WD-40"),
    ),
    case(
        "i should prob call the insurance guy back",
        added(title="Call the insurance guy back"),
    ),
)

# --- Repeats said in words ---------------------------------------------------------------------

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR")

REPEATS: tuple[Case, ...] = (
    case(
        "water the plants every morning",
        added(title="Water the plants"),
        repeats(None, "DAILY"),
    ),
    case(
        "take my vitamins each day at 8am",
        added(title="Take my vitamins"),
        repeats(None, "DAILY"),
    ),
    case(
        "Team stand-up every weekday at 9:30",
        added(title="Team stand-up"),
        repeats(None, "WEEKLY", days=WEEKDAYS),
    ),
    case(
        "put the bins out every tuesday",
        added(title="Put the bins out"),
        repeats(None, "WEEKLY", days=("TU",)),
    ),
    case(
        "add a budget review on the 1st of every month",
        added(title="Budget review"),
        repeats(None, "MONTHLY", monthday=1),
    ),
    case("pay rent monthly", added(title="Pay rent"), repeats(None, "MONTHLY")),
    case("renew the domain annually", added(title="Renew the domain"), repeats(None, "YEARLY")),
    case(
        "call grandma every sunday",
        added(title="Call grandma"),
        repeats(None, "WEEKLY", days=("SU",)),
    ),
    case(
        "every other friday: submit timesheet",
        added(title="Submit timesheet"),
        repeats(None, "WEEKLY", interval=2, days=("FR",)),
    ),
    case(
        "clean the fish tank every 2 weeks",
        added(title="Clean the fish tank"),
        repeats(None, "WEEKLY", interval=2),
    ),
    case(
        "remind me to change the toothbrush head every three months",
        added(title="Change the toothbrush head"),
        repeats(None, "MONTHLY", interval=3),
    ),
    case(
        "yoga on mondays and wednesdays",
        added(title="Yoga"),
        repeats(None, "WEEKLY", days=("MO", "WE")),
    ),
    case(
        "Could you add 'back up the laptop' as a weekly task?",
        added(title="Back up the laptop"),
        repeats(None, "WEEKLY"),
    ),
    case("daily: 20 min of Spanish", added(title="20 min of Spanish"), repeats(None, "DAILY")),
    case(
        "every night at 10 take the dog out",
        added(title="Take the dog out"),
        repeats(None, "DAILY"),
    ),
    case("service the car once a year", added(title="Service the car"), repeats(None, "YEARLY")),
    case(
        "payroll run on the 15th of each month",
        added(title="Payroll run"),
        repeats(None, "MONTHLY", monthday=15),
    ),
    case(
        "mow the lawn every saturday morning",
        added(title="Mow the lawn"),
        repeats(None, "WEEKLY", days=("SA",)),
    ),
    case(
        "Hoover the stairs weekly on Thursdays",
        added(title="Hoover the stairs"),
        repeats(None, "WEEKLY", days=("TH",)),
    ),
    case(
        "every weekend - meal prep",
        added(title="Meal prep"),
        repeats(None, "WEEKLY", days=("SA", "SU")),
    ),
    case(
        "make the gym session a weekly thing",
        repeats(0, "WEEKLY"),
        NOTHING_ADDED,
        seeds=("Gym session", "Buy milk"),
    ),
    case(
        "set pay rent to repeat monthly",
        repeats(0, "MONTHLY"),
        NOTHING_ADDED,
        seeds=(Seed("Pay rent", fields={"due": "2026-12-01"}),),
    ),
    case(
        "the plants need watering every 3 days",
        repeats(0, "DAILY", interval=3),
        NOTHING_ADDED,
        seeds=("Water the plants",),
    ),
    case(
        "stop repeating the grandma call",
        lacks_value(0, "recurrence"),
        state(0, status=PENDING),
        NOTHING_ADDED,
        seeds=(Seed("Call grandma", fields={"due": "2026-11-29", "recurrence": "weekly"}),),
    ),
)

# --- Statements of fact that mean a task is done, and negations --------------------------------

FACTS: tuple[Case, ...] = (
    case(
        "paid the electricity bill already",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Pay the electricity bill", "Pay the water bill"),
    ),
    case(
        "car's washed",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Wash the car", "Vacuum the car"),
    ),
    case(
        "slides: done ✅",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Finish the slides", "Print the handouts"),
    ),
    case(
        "finally called grandma",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Call grandma", "Call the bank"),
    ),
    case(
        "just booked the flights!",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Book flights to Lisbon", "Book hotel in Lisbon"),
    ),
    case(
        "I've sent the Acme invoice",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Send invoice to Acme", "Send invoice to Globex"),
    ),
    case("taxes are filed!!", state(0, status=DONE), NOTHING_ADDED, seeds=("File taxes",)),
    case(
        "returned the library books yesterday",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Return library books", "Buy milk"),
    ),
    case(
        "The passport has been renewed.",
        state(0, status=DONE),
        NOTHING_ADDED,
        seeds=("Renew passport",),
    ),
    case(
        "puncture fixed, finally",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Fix the bike puncture", "Clean the bike"),
    ),
    case(
        "emailed the landlord this morning",
        state(0, status=DONE),
        NOTHING_ADDED,
        seeds=("Email the landlord",),
    ),
    case(
        "Picked up the prescription on my way home.",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Pick up prescription", "Pick up dry cleaning"),
    ),
    case(
        "cover letter's written",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Write the cover letter", "Update my CV"),
    ),
    case(
        "the oven is finally clean",
        state(0, status=DONE),
        NOTHING_ADDED,
        seeds=("Clean the oven",),
    ),
    case(
        "I've already done task {0}",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Defrost the freezer", "Buy milk"),
    ),
    case(
        "haven't paid the electricity bill yet",
        UNCHANGED,
        NOTHING_ADDED,
        seeds=("Pay the electricity bill",),
    ),
    case("the car still isn't washed", UNCHANGED, NOTHING_ADDED, seeds=("Wash the car",)),
    case("slides aren't done yet, ugh", UNCHANGED, NOTHING_ADDED, seeds=("Finish the slides",)),
    case(
        "I didn't get round to calling grandma",
        UNCHANGED,
        NOTHING_ADDED,
        seeds=("Call grandma",),
    ),
    case("not booked the flights yet", UNCHANGED, NOTHING_ADDED, seeds=("Book flights",)),
    case("taxes: not done", UNCHANGED, NOTHING_ADDED, seeds=("File taxes",)),
    case("Has the passport been renewed?", UNCHANGED, NOTHING_ADDED, seeds=("Renew passport",)),
    case(
        "I was going to email the landlord but I forgot",
        UNCHANGED,
        NOTHING_ADDED,
        seeds=("Email the landlord",),
    ),
)

# --- Relative edits: a priority a level up or down, a date moved -------------------------------

RELATIVE: tuple[Case, ...] = (
    case(
        "bump the dentist up a level",
        state(0, priority="high"),
        NOTHING_ADDED,
        seeds=(Seed("Dentist appointment", fields={"priority": "medium"}),),
    ),
    case(
        "make the report more urgent",
        state(0, priority="urgent"),
        state(1, priority="high"),
        seeds=(
            Seed("Quarterly report", fields={"priority": "high"}),
            Seed("Book the MOT", fields={"priority": "high"}),
        ),
    ),
    case(
        "the slides can be less urgent",
        state(0, priority="high"),
        seeds=(Seed("Prepare slides", fields={"priority": "urgent"}),),
    ),
    case(
        "lower the priority of the gym session a notch",
        state(0, priority="low"),
        seeds=(Seed("Gym session", fields={"priority": "medium"}),),
    ),
    case(
        "raise the priority on tidy garage",
        state(0, priority="medium"),
        seeds=(Seed("Tidy garage", fields={"priority": "low"}),),
    ),
    case(
        "knock the plants down a notch",
        state(0, priority="none"),
        seeds=(Seed("Water the plants", fields={"priority": "low"}),),
    ),
    case(
        "make the MOT one step more important",
        state(0, priority="urgent"),
        state(1, priority="high"),
        seeds=(
            Seed("Book the MOT", fields={"priority": "high"}),
            Seed("Book the dentist", fields={"priority": "high"}),
        ),
    ),
    case(
        "the essay's more important than I thought, move it up one",
        state(0, priority="high"),
        seeds=(Seed("Finish the essay", fields={"priority": "medium"}),),
    ),
    case(
        "push the dentist back a day",
        state(0, due="Saturday 28 November 2026, 14:00"),
        NOTHING_ADDED,
        seeds=(DENTIST,),
    ),
    case(
        "move the dentist a day earlier",
        state(0, due="Thursday 26 November 2026, 14:00"),
        seeds=(DENTIST,),
    ),
    case(
        "push the tax return by a week",
        on(0, "2026-12-07"),
        seeds=(Seed("Tax return", fields={"due": "2026-11-30"}),),
    ),
    case(
        "make the plumber call an hour later",
        state(0, due="Friday 27 November 2026, 11:00"),
        seeds=(Seed("Call the plumber", fields={"due": "2026-11-27T10:00"}),),
    ),
    case(
        "move team lunch half an hour earlier",
        state(0, due="Friday 27 November 2026, 12:00"),
        state(1, due="Friday 27 November 2026, 10:00"),
        seeds=(
            Seed("Team lunch", fields={"due": "2026-11-27T12:30"}),
            Seed("Team meeting", fields={"due": "2026-11-27T10:00"}),
        ),
    ),
    case(
        "postpone the haircut two days",
        state(0, due="Monday 30 November 2026, 10:00"),
        seeds=(Seed("Haircut", fields={"due": "2026-11-28T10:00"}),),
    ),
    case(
        "can we push the dentist to next week",
        on(0, first="2026-11-30", last="2026-12-06"),
        NOTHING_ADDED,
        seeds=(DENTIST,),
    ),
    case(
        "bring the report forward a couple of days",
        state(0, due=MONDAY),
        seeds=(Seed("Quarterly report", fields={"due": "2026-12-02"}),),
    ),
    case(
        "Could you move parents' evening back by a week, please?",
        on(0, "2026-12-10T18:00"),
        seeds=(Seed("Parents' evening", fields={"due": "2026-12-03T18:00"}),),
    ),
    case(
        "give me one more day on the expenses",
        state(0, due=SATURDAY),
        seeds=(Seed("Submit expenses", fields={"due": "2026-11-27"}),),
    ),
    case(
        "move the venue booking 3 days later",
        on(0, "2026-12-03T09:00"),
        seeds=(Seed("Book venue", fields={"due": "2026-11-30T09:00"}),),
    ),
    case(
        "I need the insurance thing done a week sooner",
        state(0, due=FRIDAY),
        seeds=(Seed("Renew insurance", fields={"due": "2026-12-04"}),),
    ),
    case(
        "delay task {0} by one day",
        state(0, due=SATURDAY),
        state(1, due=FRIDAY),
        seeds=(
            Seed("Order the cake", fields={"due": "2026-11-27"}),
            Seed("Collect the suit", fields={"due": "2026-11-27"}),
        ),
    ),
)

# --- Reminders on a task that already exists ---------------------------------------------------

REMINDERS: tuple[Case, ...] = (
    case(
        "remind me about the dentist tomorrow at 8",
        state(0, reminder="Friday 27 November 2026, 08:00", due="Friday 27 November 2026, 14:00"),
        NOTHING_ADDED,
        seeds=(DENTIST,),
    ),
    case(
        "ping me an hour before the dentist",
        state(0, reminder="Friday 27 November 2026, 13:00"),
        NOTHING_ADDED,
        seeds=(DENTIST,),
    ),
    case(
        "nudge me about the bank call at 3pm",
        state(0, reminder="Thursday 26 November 2026, 15:00"),
        NOTHING_ADDED,
        seeds=("Call the bank",),
    ),
    case(
        "set a reminder for the rent on Monday at 9",
        state(0, reminder="Monday 30 November 2026, 09:00"),
        NOTHING_ADDED,
        seeds=(Seed("Pay rent", fields={"due": "2026-12-01"}),),
    ),
    case(
        "remind me about the timesheet 30 minutes before it's due",
        state(0, reminder="Friday 27 November 2026, 16:30"),
        NOTHING_ADDED,
        seeds=(Seed("Submit timesheet", fields={"due": "2026-11-27T17:00"}),),
    ),
    case(
        "give me a heads-up at 3 about picking up the kids",
        state(0, reminder="Thursday 26 November 2026, 15:00"),
        NOTHING_ADDED,
        seeds=(Seed("Pick up the kids", fields={"due": "2026-11-26T15:30"}),),
    ),
    case(
        "alert me about the passport on the 1st at 10am",
        reminds(0, "2026-12-01T10:00"),
        NOTHING_ADDED,
        seeds=("Renew passport",),
    ),
    case(
        "can you remind me to water the plants tonight at 7",
        state(0, reminder="Thursday 26 November 2026, 19:00"),
        NOTHING_ADDED,
        seeds=("Water the plants", "Buy milk"),
    ),
    case(
        "Remind me to email the landlord tomorrow morning at 9:15",
        state(0, reminder="Friday 27 November 2026, 09:15"),
        NOTHING_ADDED,
        seeds=("Email the landlord",),
    ),
    case(
        "remind me the day before the MOT",
        reminds(0, first="2026-11-29", last="2026-11-29"),
        NOTHING_ADDED,
        seeds=(Seed("Book the MOT", fields={"due": "2026-11-30"}),),
    ),
    case(
        "ping me 15 minutes before the team lunch",
        state(0, reminder="Friday 27 November 2026, 12:15"),
        lacks_value(1, "reminder"),
        NOTHING_ADDED,
        seeds=(
            Seed("Team lunch", fields={"due": "2026-11-27T12:30"}),
            Seed("Team meeting", fields={"due": "2026-11-27T10:00"}),
        ),
    ),
    case(
        "set a reminder on task {0} for saturday 11am",
        state(0, reminder="Saturday 28 November 2026, 11:00"),
        NOTHING_ADDED,
        seeds=("Call mom", "Buy milk"),
    ),
    case(
        "remind me about the recycling at 8pm",
        state(0, reminder="Thursday 26 November 2026, 20:00"),
        NOTHING_ADDED,
        seeds=("Take out the recycling",),
    ),
    case(
        "I'd like a reminder for my doctor's appointment two hours before, please",
        reminds(0, "2026-12-02T09:00"),
        NOTHING_ADDED,
        seeds=(Seed("Doctor's appointment", fields={"due": "2026-12-02T11:00"}),),
    ),
    case(
        "don't let me forget the free trial - remind me friday at noon",
        state(0, reminder="Friday 27 November 2026, 12:00"),
        NOTHING_ADDED,
        seeds=(Seed("Cancel the free trial", fields={"due": "2026-11-29"}),),
    ),
    case(
        "change the dentist reminder to 9 instead",
        state(0, reminder="Friday 27 November 2026, 09:00", due="Friday 27 November 2026, 14:00"),
        NOTHING_ADDED,
        seeds=(DENTIST_REMINDED,),
    ),
    case(
        "move my dentist reminder to 7:30",
        state(0, reminder="Friday 27 November 2026, 07:30"),
        NOTHING_ADDED,
        seeds=(DENTIST_REMINDED,),
    ),
    case(
        "no need to remind me about the dentist anymore",
        lacks_value(0, "reminder"),
        state(0, status=PENDING, due="Friday 27 November 2026, 14:00"),
        NOTHING_ADDED,
        seeds=(DENTIST_REMINDED,),
    ),
    case(
        "remind me about the meter reading on sunday",
        reminds(0, first="2026-11-29", last="2026-11-29"),
        NOTHING_ADDED,
        seeds=("Send the gas meter reading",),
    ),
    case(
        "remind me to call the electrician at 4",
        state(0, reminder="Thursday 26 November 2026, 16:00"),
        lacks_value(1, "reminder"),
        NOTHING_ADDED,
        seeds=("Call the electrician", "Call the plumber"),
    ),
)

# --- Questions about a day or a few days -------------------------------------------------------

WINDOWS: tuple[Case, ...] = (
    window("what's on tomorrow?", "Order the birthday cake"),
    window("anything for monday?", "Dentist checkup"),
    window("what've I got on Tuesday", "Pay the council tax"),
    window("what's happening this weekend", "Bake sourdough", "Visit Aunt May"),
    window(
        "what's coming up next week?", "Dentist checkup", "Pay the council tax", "Parents' evening"
    ),
    window("what do I need to get done by friday?", "Send the contract", "Order the birthday cake"),
    window("anything due today?", "Send the contract"),
    window("what have I got the day after tomorrow?", "Bake sourdough"),
    window("whats on sat", "Bake sourdough"),
    window("Do I have anything on Sunday?", "Visit Aunt May"),
    window("what's on for the 3rd?", "Parents' evening"),
    window(
        "What's left for this week?",
        "Send the contract",
        "Order the birthday cake",
        "Bake sourdough",
        "Visit Aunt May",
    ),
    window(
        "Could you tell me what's due before the weekend?",
        "Send the contract",
        "Order the birthday cake",
    ),
    window("agenda for monday the 7th?", "Car service"),
    window("what's scheduled for next Monday", "Dentist checkup"),
    window("am I free on wednesday?"),
    window("whats due fri", "Order the birthday cake"),
    window("what's on my plate for tomorrow, please?", "Order the birthday cake"),
    window("show me the weekend", "Bake sourdough", "Visit Aunt May"),
    case(
        "am I behind on anything?",
        UNCHANGED,
        says("Renew the parking permit"),
        lacks("Order the birthday cake"),
        seeds=(
            Seed("Renew the parking permit", fields={"due": "2026-11-24"}),
            Seed("Order the birthday cake", fields={"due": "2026-11-27"}),
        ),
    ),
)

# --- Follow-ups that lean on earlier messages --------------------------------------------------

FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "make that one urgent too",
        titled("Call the vet", priority="urgent"),
        NOTHING_ADDED,
        before="add a task to call the vet",
    ),
    case(
        "tag it travel",
        titled("Renew passport", tags=["travel"]),
        NOTHING_ADDED,
        before="put renew passport on my list",
    ),
    case(
        "actually make it due tomorrow",
        titled("Pick up the parcel", due=FRIDAY),
        NOTHING_ADDED,
        before="new task: pick up the parcel",
    ),
    case(
        "delete the second one",
        state(1, status=GONE),
        state(0, status=PENDING),
        state(2, status=PENDING),
        seeds=ERRANDS,
        before=SHOWN,
    ),
    case(
        "the top one's done",
        state(2, status=DONE),
        state(0, status=PENDING),
        state(1, status=PENDING),
        seeds=ERRANDS,
        before=SHOWN,
    ),
    case(
        "mark the last one as done",
        state(0, status=DONE),
        state(1, status=PENDING),
        state(2, status=PENDING),
        seeds=ERRANDS,
        before=SHOWN,
    ),
    case("undo that", state(0, status=PENDING), seeds=("Buy milk",), before="mark {0} as done"),
    case(
        "oops, bring it back",
        state(0, status=PENDING),
        state(1, status=PENDING),
        seeds=("Gym session", "Buy milk"),
        before="delete the gym session",
    ),
    case(
        "the plumber",
        state(1, status=DONE),
        state(0, status=PENDING),
        state(2, status=PENDING),
        seeds=CALLS,
        before="done with the call",
    ),
    case(
        "no, the second one",
        state(1, status=DONE),
        state(0, status=PENDING),
        state(2, status=PENDING),
        seeds=CALLS,
        before="mark the call as complete",
    ),
    case(
        "2nd one pls",
        state(1, status=GONE),
        state(0, status=PENDING),
        state(2, status=PENDING),
        seeds=CALLS,
        before="delete the call task",
    ),
    case(
        "and delete it",
        state(0, status=GONE),
        state(1, status=PENDING),
        seeds=(Seed("Water the plants", fields={"due": "2026-11-27"}), "Buy milk"),
        before="what's due tomorrow?",
    ),
    case(
        "push it to monday",
        on(0, first="2026-11-30", last="2026-11-30"),
        NOTHING_ADDED,
        seeds=(DENTIST,),
        before="find the dentist task",
    ),
    case(
        "remind me at 9 about it",
        titled("Call the bank", reminder="Friday 27 November 2026, 09:00", due=FRIDAY),
        NOTHING_ADDED,
        before="add call the bank tomorrow",
    ),
    case(
        "and make it high priority",
        titled("Renew the lease", priority="high"),
        NOTHING_ADDED,
        before="add a task to renew the lease",
    ),
    case(
        "make that every sunday",
        repeats("Water the plants", "WEEKLY", days=("SU",)),
        NOTHING_ADDED,
        before="add water the plants",
    ),
    case("scratch that", not_pending("Buy stamps"), NOTHING_ADDED, before="add buy stamps"),
    case(
        "actually I didn't go, undo",
        state(0, status=PENDING),
        seeds=("Gym session",),
        before="mark the gym session done",
    ),
    case(
        "and due friday",
        titled("Book the venue", priority="urgent", due=FRIDAY),
        NOTHING_ADDED,
        before=("add book the venue", "make it urgent"),
    ),
    case(
        "tick off number 2",
        state(1, status=DONE),
        state(0, status=PENDING),
        state(2, status=PENDING),
        seeds=ERRANDS,
        before="what's pending?",
    ),
    case(
        "and {1} as well",
        state(0, status=GONE),
        state(1, status=GONE),
        seeds=("Buy milk", "Call mom", "Book flights"),
        before="delete {0}",
    ),
    case(
        "same for the slides",
        state(0, priority="high"),
        state(1, priority="high"),
        seeds=("Quarterly report", "Prepare slides"),
        before="make the report high priority",
    ),
    case(
        "hmm no, put it back how it was",
        state(0, priority="low"),
        seeds=(Seed("Quarterly report", fields={"priority": "low"}),),
        before="make {0} urgent",
    ),
    case(
        "and once more",
        state(0, priority="urgent"),
        seeds=(Seed("Quarterly report", fields={"priority": "medium"}),),
        before="bump the report up a level",
    ),
)

# --- The contract's natural-language table, said differently -----------------------------------

CONTRACT_SAID_OTHERWISE: tuple[Case, ...] = (
    case("pls add a task to pick up groceries", added(title="Pick up groceries")),
    case("new task: buy groceries", added(title="Buy groceries")),
    case("Put grocery shopping on my list, please.", added(title="Grocery shopping")),
    case(
        "show me everything on my list",
        UNCHANGED,
        says("Buy milk", "Call mom", "Book flights"),
        seeds=ERRANDS,
    ),
    case(
        "what's on my to-do list?",
        UNCHANGED,
        says("Buy milk", "Call mom", "Book flights"),
        seeds=ERRANDS,
    ),
    case(
        "list all my tasks pls",
        UNCHANGED,
        says("Buy milk", "Call mom", "Book flights"),
        seeds=ERRANDS,
    ),
    case(
        "what's still open?",
        UNCHANGED,
        says("Buy milk", "Book flights"),
        lacks("Call mom"),
        seeds=OPEN,
    ),
    case(
        "what haven't I done yet",
        UNCHANGED,
        says("Buy milk", "Book flights"),
        lacks("Call mom"),
        seeds=OPEN,
    ),
    case(
        "What is outstanding?",
        UNCHANGED,
        says("Buy milk", "Book flights"),
        lacks("Call mom"),
        seeds=OPEN,
    ),
    case(
        "tick off task {0}",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Buy milk", "Call mom"),
    ),
    case("task {0} is done", state(0, status=DONE), seeds=("Buy milk", "Call mom")),
    case(
        "mark {0} complete please",
        state(0, status=DONE),
        state(1, status=PENDING),
        seeds=("Buy milk", "Call mom"),
    ),
    case(
        "get rid of the meeting task",
        state(0, status=GONE),
        state(1, status=PENDING),
        seeds=("Team meeting prep", "Buy milk"),
    ),
    case(
        "bin the meeting one",
        state(0, status=GONE),
        state(1, status=PENDING),
        seeds=("Team meeting prep", "Buy milk"),
    ),
    case(
        "Remove the meeting from my list, please.",
        state(0, status=GONE),
        state(1, status=PENDING),
        seeds=("Team meeting prep", "Buy milk"),
    ),
    case(
        "rename task {0} to 'Call mom tonight'",
        state(0, title="Call mom tonight"),
        NOTHING_ADDED,
        seeds=("Call mom", "Buy milk"),
    ),
    case(
        'can you change task {0} to say "Call mom tonight"',
        state(0, title="Call mom tonight"),
        NOTHING_ADDED,
        seeds=("Call mom",),
    ),
    case(
        "update {0}: 'Call mom tonight'",
        state(0, title="Call mom tonight"),
        NOTHING_ADDED,
        seeds=("Ring mum",),
    ),
    case("gotta remember to pay the bills", added(title="Pay the bills")),
    case("I must remember to pay my bills", added(title="Pay my bills")),
    case(
        "what did I finish?",
        UNCHANGED,
        says("Buy milk", "Book flights"),
        lacks("Call mom"),
        seeds=MIXED,
    ),
    case(
        "show me what's done",
        UNCHANGED,
        says("Buy milk", "Book flights"),
        lacks("Call mom"),
        seeds=MIXED,
    ),
    case(
        "what have I ticked off so far?",
        UNCHANGED,
        says("Buy milk", "Book flights"),
        lacks("Call mom"),
        seeds=MIXED,
    ),
)

# --- Safety: ambiguous or not understood, nothing changes --------------------------------------

SAFETY: tuple[Case, ...] = (
    case("delete it", UNCHANGED, seeds=("Buy milk", "Call mom")),
    case(
        "delete the call",
        UNCHANGED,
        says("Call the dentist", "Call the plumber"),
        seeds=("Call the dentist", "Call the plumber"),
    ),
    case(
        "mark the call done",
        UNCHANGED,
        says("Call the dentist", "Call the plumber"),
        seeds=("Call the dentist", "Call the plumber"),
    ),
    case("asdfghjkl", UNCHANGED, seeds=("Buy milk",)),
    case("what's the weather like tomorrow?", UNCHANGED, seeds=("Buy milk",)),
    case("delete task 999999", UNCHANGED, seeds=("Buy milk",)),
    case("don't delete the dentist task", UNCHANGED, seeds=("Dentist appointment",)),
    case("should I skip the gym today?", UNCHANGED, seeds=("Gym session",)),
    case("thanks, that's all", UNCHANGED, seeds=("Buy milk",)),
    case("hmm", UNCHANGED, seeds=("Buy milk",)),
    case("complete", UNCHANGED, seeds=("Buy milk", "Call mom")),
    case("delete", UNCHANGED, seeds=("Buy milk", "Call mom")),
    case(
        "the report is done",
        UNCHANGED,
        says("Report for Anna", "Report for Ben"),
        seeds=("Report for Anna", "Report for Ben"),
    ),
    case("delete the dentist task", UNCHANGED, seeds=("Buy milk", "Call mom")),
    case("never mind", UNCHANGED, seeds=CALLS, before="delete the call task"),
    case("cancel", UNCHANGED, seeds=CALLS, before="mark the call as complete"),
    case("did I book the flights?", UNCHANGED, seeds=("Book flights",)),
    case("make it urgent", UNCHANGED, seeds=("Buy milk", "Call mom")),
    case(
        "push the watering to tomorrow",
        UNCHANGED,
        seeds=("Water the plants", "Water the garden"),
    ),
    case("🙂", UNCHANGED, seeds=("Buy milk",)),
    case("I'm not sure whether to delete pay rent", UNCHANGED, seeds=("Pay rent",)),
    case("undo", UNCHANGED, seeds=("Buy milk",)),
)

SECOND_VOICE: tuple[Case, ...] = (
    WRAPPED
    + REPEATS
    + FACTS
    + RELATIVE
    + REMINDERS
    + WINDOWS
    + FOLLOW_UPS
    + CONTRACT_SAID_OTHERWISE
    + SAFETY
)
