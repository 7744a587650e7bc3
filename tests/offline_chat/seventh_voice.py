"""A seventh voice: a development set of everyday requests, written without reading the engine.

These cases were written from the product contract (``PRODUCT.md``: data model, MCP tools,
chat) and the checks' docstrings only, by someone who never read the engine, its documentation
nor the other sets' cases, and who ran no sentence through the engine while writing. It is a
development set: its misses point at whole families of phrasing, not at single sentences.

The voices are those of a few imagined people: a busy parent, a student texting fast, a retired
person writing full polite sentences, non-native speakers (German, Spanish and Indian English
turns of phrase), a manager in business jargon, and someone dictating by voice with no
punctuation. Each of them adds tasks, sets and stops repeats, says things are done (or not),
edits, sets reminders, asks about windows of days, leans on earlier messages, and says the
contract's table in their own words; ambiguous or non-requests must change nothing.

Clock: Thursday 26 November 2026, 11:00 in Berlin, the user's zone. Tomorrow is Friday 27
November, the weekend is 28-29 November, next week runs from Monday 30 November to Sunday 6
December. Seeded times carry Berlin's November offset (+01:00).

Beside the helpers of ``held_out.py`` and ``held_out_second.py``, the checks defined here look
at the outcome only: :func:`fresh` (one new task, its title and fields among a few values),
:func:`dated`, :func:`reminded` and :func:`timed` (a task's due date, reminder, or either, falls
on a day, optionally within some hours), :func:`noted` (a task's description holds words),
:func:`rule_in` (a task repeats by one of a few equivalent rules, ``BYDAY`` as a set),
:func:`just_one` (exactly one of a few seeds took these fields, the others are as they were)
and :func:`gone` (no pending or completed task has this title).
"""

from __future__ import annotations

from typing import Any

from .corpus import THREE, UNCHANGED, Case, Check, Outcome, Seed, added, case, says, state, titled
from .held_out import FRIDAY, MONDAY, SATURDAY, SUNDAY, TODAY, at, lacks, nothing_added, on
from .held_out import repeating as repeats
from .held_out_second import (
    FRIDAY_NEXT,
    NEXT_WEEK,
    THURSDAY_NEXT,
    TUESDAY_NEXT,
    WEDNESDAY_NEXT,
    lowered,
    one_of,
    raised,
    rule_of,
)
from .sixth_voice import berlin, rule_parts, s

__all__ = ["SEVENTH_VOICE"]

CLEARED = (None, "")
SHOWN = "show my tasks"
WEEKDAY_RULES = ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR")
MORNING = range(6, 12)
EVENING = range(17, 24)
MONDAY_7_DEC = "Monday 7 December 2026"
TUESDAY_8_DEC = "Tuesday 8 December 2026"
THURSDAY_10_DEC = "Thursday 10 December 2026"
SATURDAY_12_DEC = "Saturday 12 December 2026"
TUESDAY_15_DEC = "Tuesday 15 December 2026"


def _find(out: Outcome, index: int, title: str) -> dict[str, Any] | str:
    """The task checked: by ``title``, else seed ``index``, else (``-1``) the one new task."""
    if title:
        found = [task for task in out.after.values() if task["title"] == title]
        return found[0] if len(found) == 1 else f"expected one task titled {title!r}"
    if index < 0:
        new = [task for task_id, task in out.after.items() if task_id not in out.before]
        return new[0] if len(new) == 1 else f"expected one new task; {len(new)} were added"
    task = out.after.get(out.ids[index])
    return "the task is gone" if task is None else task


class _Fresh(Check):
    """Exactly one new task, its title among ``words`` and each field among its values."""

    def problem(self, out: Outcome) -> str | None:
        task = _find(out, -1, "")
        if isinstance(task, str):
            return task
        if self.words and task.get("title") not in self.words:
            return f"expected a title in {self.words}, got {task.get('title')!r}"
        wrong = {
            name: task.get(name)
            for name, values in self.args.items()
            if task.get(name) not in values
        }
        return f"expected one of {self.args}, got {wrong}" if wrong else None


class _OnDay(Check):
    """A task's ``args['fields']`` (any one of them) is spoken on ``words[0]``, hour in range."""

    def problem(self, out: Outcome) -> str | None:
        task = _find(out, self.index, self.args["title"])
        if isinstance(task, str):
            return task
        hours = self.args["hours"]
        seen = []
        for name in self.args["fields"]:
            spoken = str(task.get(name) or "")
            seen.append(spoken)
            day, _, time = spoken.partition(", ")
            if day != self.words[0]:
                continue
            if hours is None or (time and int(time[:2]) in hours):
                return None
        want = f"{self.words[0]!r}" + ("" if hours is None else f" at an hour in {list(hours)}")
        return f"expected {'/'.join(self.args['fields'])} on {want}; it is {seen}"


class _Holds(Check):
    """A task's description holds ``words`` (case-insensitively)."""

    def problem(self, out: Outcome) -> str | None:
        task = _find(out, self.index, self.args["title"])
        if isinstance(task, str):
            return task
        text = str(task.get("description") or "")
        missing = [word for word in self.words if word.casefold() not in text.casefold()]
        return f"the description lacks {missing}: {text!r}" if missing else None


class _RuleIn(Check):
    """A task repeats by one of ``words`` (RRULE fragments); ``either`` as in held_out."""

    def problem(self, out: Outcome) -> str | None:
        task = _find(out, self.index, "")
        if isinstance(task, str):
            return task
        titles = self.args["titles"]
        if titles and task.get("title") not in titles:
            return f"expected a title in {titles}, got {task.get('title')!r}"
        have = rule_parts(task.get("recurrence"))
        if not any(
            all(have.get(key) == value for key, value in rule_parts(alternative).items())
            for alternative in self.words
        ):
            return f"expected a repeat like {self.words}; it is {task.get('recurrence')!r}"
        spoken = " | ".join(str(task.get(name) or "") for name in ("due", "reminder"))
        for rule_part, said in self.args["either"]:
            key, _, value = rule_part.partition("=")
            want = frozenset(value.split(",")) if key == "BYDAY" else value
            if have.get(key) != want and said not in spoken:
                return f"expected {rule_part} in the rule or {said!r} in {spoken!r}"
        return None


class _JustOne(Check):
    """Exactly one of seeds ``args['seeds']`` has ``args['fields']``; the others are unchanged."""

    def problem(self, out: Outcome) -> str | None:
        fields: dict[str, Any] = self.args["fields"]
        changed: list[int] = []
        for index in self.args["seeds"]:
            task_id = out.ids[index]
            task = out.after.get(task_id)
            if task is None:
                return f"seed {index} is gone"
            if all(task.get(name) == value for name, value in fields.items()):
                changed.append(index)
            elif task != out.before.get(task_id):
                return f"seed {index} changed in another way: {task}"
        return None if len(changed) == 1 else f"expected one seed with {fields}; got {changed}"


class _Gone(Check):
    """No pending or completed task is titled ``words[0]``."""

    def problem(self, out: Outcome) -> str | None:
        live = [
            task
            for task in out.after.values()
            if task["title"] == self.words[0] and task.get("status") in ("pending", "completed")
        ]
        return f"expected {self.words[0]!r} to be gone; found {live}" if live else None


def fresh(*titles: str, **fields: tuple[Any, ...]) -> Check:
    """Expect one new task, titled one of ``titles``, each field one of the values given."""
    return _Fresh("fresh", words=titles, args=fields)


def dated(
    day: str, *, task: int = -1, title: str = "", hours: range | tuple[int, ...] | None = None
) -> Check:
    """Expect a task (new, seed ``task`` or the one ``title``) due on ``day``."""
    args = {"fields": ("due",), "hours": hours, "title": title}
    return _OnDay("on_day", index=task, words=(day,), args=args)


def reminded(
    day: str, *, task: int = -1, title: str = "", hours: range | tuple[int, ...] | None = None
) -> Check:
    """Expect a task (new, seed ``task`` or the one ``title``) to remind on ``day``."""
    args = {"fields": ("reminder",), "hours": hours, "title": title}
    return _OnDay("on_day", index=task, words=(day,), args=args)


def timed(
    day: str, *, task: int = -1, title: str = "", hours: range | tuple[int, ...] | None = None
) -> Check:
    """Expect a task's due date or reminder on ``day`` (at an hour in ``hours``)."""
    args = {"fields": ("due", "reminder"), "hours": hours, "title": title}
    return _OnDay("on_day", index=task, words=(day,), args=args)


def noted(*words: str, task: int = -1, title: str = "") -> Check:
    """Expect a task's description (new, seed ``task`` or the one ``title``) to hold ``words``."""
    return _Holds("holds", index=task, words=words, args={"title": title})


def rule_in(
    *rules: str,
    task: int = -1,
    title: str | tuple[str, ...] = (),
    either: tuple[tuple[str, str], ...] = (),
) -> Check:
    """Expect a task (new, or seed ``task``) to repeat by one of ``rules``."""
    titles = (title,) if isinstance(title, str) else title
    return _RuleIn("rule_in", index=task, words=rules, args={"titles": titles, "either": either})


def just_one(seeds: tuple[int, ...], **fields: Any) -> Check:
    """Expect exactly one of ``seeds`` to have ``fields``, the others unchanged."""
    return _JustOne("just_one", args={"seeds": seeds, "fields": fields})


def gone(title: str) -> Check:
    """Expect no pending or completed task titled ``title``."""
    return _Gone("gone", words=(title,))


# 1. New tasks, with dates, times, priority, tags and notes, in wrappers and chatter.
ADDING: tuple[Case, ...] = (
    # A busy parent.
    case(
        "add pick up Mia from ballet friday at 5pm",
        added(title="Pick up Mia from ballet", due="Friday 27 November 2026, 17:00"),
    ),
    case(
        "can you put buy Christmas presents for the kids on my list, no rush",
        fresh("Buy Christmas presents for the kids", priority=("none", "low")),
    ),
    case(
        "Need to sign the school permission slip by tomorrow!!",
        fresh("Sign the school permission slip", due=(FRIDAY,)),
    ),
    case(
        "ugh remind me to book the kids' flu jabs",
        fresh("Book the kids' flu jabs"),
    ),
    case(
        "add: dentist for Leo, tuesday 3:30pm",
        added(title="Dentist for Leo", due="Tuesday 1 December 2026, 15:30"),
    ),
    case(
        "Add 'bake cookies for the school fair' for saturday morning and tag it school",
        fresh("Bake cookies for the school fair", tags=(["school"],)),
        dated(SATURDAY),
    ),
    case(
        "please note down that I need to renew the car seat, it's important",
        fresh("Renew the car seat", priority=("high",)),
    ),
    case(
        "Long day. Anyway, add fix the squeaky door to my list, then I'm off to bed.",
        added(title="Fix the squeaky door"),
    ),
    # A student texting fast.
    case("add essay draft due mon", added(title="Essay draft", due=MONDAY)),
    case(
        "add read ch 5 for bio by wed",
        added(title="Read ch 5 for bio", due=WEDNESDAY_NEXT),
    ),
    case(
        "pls add return library books tmrw",
        added(title="Return library books", due=FRIDAY),
    ),
    case(
        "add group project meeting today 4pm",
        added(title="Group project meeting", due="Thursday 26 November 2026, 16:00"),
    ),
    case(
        "new task: buy concert tickets asap",
        fresh("Buy concert tickets", priority=("high", "urgent")),
    ),
    case("add pay back jake 20 bucks", added(title="Pay back jake 20 bucks")),
    case(
        "add study for stats exam on the 3rd, tag uni",
        added(title="Study for stats exam", due=THURSDAY_NEXT, tags=["uni"]),
    ),
    # A retired person, in full polite sentences.
    case(
        "Good morning. Would you be so kind as to add a task to collect my prescription from "
        "the pharmacy tomorrow? Thank you.",
        added(title="Collect my prescription from the pharmacy", due=FRIDAY),
    ),
    case(
        "I should like to remember to telephone my sister Margaret on Sunday.",
        fresh("Telephone my sister Margaret", due=(SUNDAY,)),
    ),
    case(
        "Could you please add a task to submit the gas meter reading by the end of the month.",
        added(title="Submit the gas meter reading", due=MONDAY),
    ),
    case(
        "Please add 'Write Christmas cards' with a note saying that the address book is in "
        "the bureau.",
        fresh("Write Christmas cards"),
        noted("address book is in the bureau"),
    ),
    case(
        "I would be grateful if you could add a task, of high priority, to arrange the boiler "
        "service.",
        added(title="Arrange the boiler service", priority="high"),
    ),
    case(
        "Kindly add a task for the 12th of December: church bazaar.",
        added(title="Church bazaar", due=SATURDAY_12_DEC),
    ),
    # Non-native speakers.
    case(
        "Please add: bring the winter tyres to the garage until Monday.",
        added(title="Bring the winter tyres to the garage", due=MONDAY),
    ),
    case(
        "Make a task 'appointment at the Bürgeramt' for tomorrow in the morning",
        fresh("Appointment at the Bürgeramt"),
        dated(FRIDAY),
    ),
    case(
        "Put a task for buy the flowers for my mother on Sunday, is very important",
        fresh("Buy the flowers for my mother", priority=("high", "urgent"), due=(SUNDAY,)),
    ),
    case(
        "Please add one task: pay the society maintenance by tomorrow itself.",
        added(title="Pay the society maintenance", due=FRIDAY),
    ),
    case(
        "Kindly add task 'collect Aadhaar card from the office' for day after tomorrow",
        added(title="Collect Aadhaar card from the office", due=SATURDAY),
    ),
    case(
        "Add please 'call the Hausverwaltung' with high priority",
        added(title="Call the Hausverwaltung", priority="high"),
    ),
    case(
        "I need that you add 'renew the NIE' for the 15 of December",
        added(title="Renew the NIE", due=TUESDAY_15_DEC),
    ),
    # A manager.
    case(
        "Action item: circle back with finance on the Q4 forecast by EOD Monday, high prio.",
        fresh("Circle back with finance on the Q4 forecast", priority=("high",)),
        dated(MONDAY),
    ),
    case(
        "Add a to-do to sync with the design team re: onboarding flow next Tuesday",
        added(title="Sync with the design team re: onboarding flow", due=TUESDAY_NEXT),
    ),
    case(
        "Let's put 'prepare board deck' on the list for the 3rd, tag it board",
        added(title="Prepare board deck", due=THURSDAY_NEXT, tags=["board"]),
    ),
    case(
        "Log a task: finalise the vendor contract, urgent, deadline Friday",
        added(title="Finalise the vendor contract", priority="urgent", due=FRIDAY),
    ),
    case(
        "Please add 1:1 with Priya tomorrow 10:30",
        added(title="1:1 with Priya", due="Friday 27 November 2026, 10:30"),
    ),
    case(
        "Capture this: review headcount plan, low priority, no deadline",
        added(title="Review headcount plan", priority="low", due=None),
    ),
    # Dictated by voice.
    case(
        "add a task call the school about the field trip form due friday high priority",
        added(title="Call the school about the field trip form", due=FRIDAY, priority="high"),
    ),
    case(
        "new task pick up the dry cleaning tomorrow afternoon",
        fresh("Pick up the dry cleaning"),
        dated(FRIDAY),
    ),
    case(
        "remind me to take the chicken out of the freezer tonight at seven",
        fresh("Take the chicken out of the freezer"),
        timed(TODAY, hours=(19,)),
    ),
    case(
        "add buy dog food and also it should be tagged pets",
        added(title="Buy dog food", tags=["pets"]),
    ),
    case(
        "add email grandma the photos from the trip on saturday",
        added(title="Email grandma the photos from the trip", due=SATURDAY),
    ),
    # Hedges and chatter.
    case(
        "hmm maybe add clean out the garage this weekend? not sure I'll get to it",
        fresh("Clean out the garage", due=(SATURDAY, SUNDAY)),
    ),
    case(
        "I think I should probably add call the insurance about the windscreen",
        added(title="Call the insurance about the windscreen"),
    ),
    case(
        "add water filter replacement in two weeks",
        added(title="Water filter replacement", due=THURSDAY_10_DEC),
    ),
    case(
        "add a task: book the car in for its MOT, note: the reg is KX19 ABC",
        fresh("Book the car in for its MOT"),
        noted("KX19 ABC"),
    ),
    case(
        "Add 'order a new passport photo' - medium priority please",
        added(title="Order a new passport photo", priority="medium"),
    ),
    case(
        "add send the invoice to Acme at 9 tomorrow morning",
        added(title="Send the invoice to Acme", due="Friday 27 November 2026, 09:00"),
    ),
    case("todo: defrost the freezer sunday", added(title="Defrost the freezer", due=SUNDAY)),
    case(
        "add cancel the gym membership next week",
        fresh("Cancel the gym membership", due=NEXT_WEEK),
    ),
    case(
        "Add 'Fix the fence' with tags garden and diy",
        fresh("Fix the fence", tags=(["garden", "diy"], ["diy", "garden"])),
    ),
)


# 2. Repeats in words, on new and existing tasks, and stopping them.
REPEATS: tuple[Case, ...] = (
    case(
        "add water the plants every sunday",
        repeats("FREQ=WEEKLY", title="Water the plants", either=(on("BYDAY=SU", SUNDAY),)),
    ),
    case(
        "add put the bins out every wednesday night",
        repeats("FREQ=WEEKLY", title="Put the bins out", either=(on("BYDAY=WE", "Wednesday"),)),
    ),
    case(
        "add pay rent on the 1st of every month",
        repeats("FREQ=MONTHLY", title="Pay rent", either=(("BYMONTHDAY=1", "1 December 2026"),)),
    ),
    case(
        "add take my blood pressure pills every morning at 8",
        repeats("FREQ=DAILY", title="Take my blood pressure pills", either=(at(8),)),
    ),
    case(
        "add standup every weekday at 9:30",
        rule_in(*WEEKDAY_RULES, title="Standup", either=(at(9, 30),)),
    ),
    case(
        "add mum's birthday every year on 14 March",
        repeats(
            "FREQ=YEARLY",
            title="Mum's birthday",
            either=(("BYMONTHDAY=14", "14 March"), ("BYMONTH=3", "March")),
        ),
    ),
    case(
        "add team retro every other friday",
        repeats(
            "FREQ=WEEKLY", "INTERVAL=2", title="Team retro", either=(on("BYDAY=FR", "Friday"),)
        ),
    ),
    case(
        "add clean the fish tank fortnightly",
        repeats("FREQ=WEEKLY", "INTERVAL=2", title="Clean the fish tank"),
    ),
    case(
        "add change the toothbrush head every three months",
        repeats("FREQ=MONTHLY", "INTERVAL=3", title="Change the toothbrush head"),
    ),
    case(
        "add piano lessons for Emma every tuesday and thursday at 4pm",
        rule_in("FREQ=WEEKLY;BYDAY=TU,TH", title="Piano lessons for Emma", either=(at(16),)),
    ),
    case(
        "add review the budget weekly on mondays",
        repeats("FREQ=WEEKLY", title="Review the budget", either=(on("BYDAY=MO", MONDAY),)),
    ),
    case(
        "add call dad every sunday evening",
        repeats("FREQ=WEEKLY", title="Call dad", either=(on("BYDAY=SU", SUNDAY),)),
    ),
    case(
        "add file the VAT return every quarter",
        rule_in("FREQ=MONTHLY;INTERVAL=3", title="File the VAT return"),
    ),
    case(
        "add take out the recycling every two weeks on monday",
        repeats(
            "FREQ=WEEKLY",
            "INTERVAL=2",
            title="Take out the recycling",
            either=(on("BYDAY=MO", "Monday"),),
        ),
    ),
    case(
        "Add 'gym' each day at 7 in the morning",
        repeats("FREQ=DAILY", title="Gym", either=(at(7),)),
    ),
    case("add make the bed daily", repeats("FREQ=DAILY", title="Make the bed")),
    case(
        "add renew the car insurance every year",
        repeats("FREQ=YEARLY", title="Renew the car insurance"),
    ),
    case(
        "add every saturday: farmers market",
        repeats("FREQ=WEEKLY", title="Farmers market", either=(on("BYDAY=SA", SATURDAY),)),
    ),
    # On an existing task.
    case(
        "the bins go out every thursday, can you make put the bins out repeat",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=TH", "Thursday"),)),
        nothing_added(),
        seeds=("Put the bins out",),
    ),
    case(
        "make water the plants repeat every 3 days",
        repeats("FREQ=DAILY", "INTERVAL=3", task=0),
        nothing_added(),
        seeds=("Water the plants", "Buy compost"),
    ),
    case(
        "I'd like call grandma to come back every sunday please",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=SU", "Sunday"),)),
        nothing_added(),
        seeds=("Call grandma",),
    ),
    case(
        "pay the phone bill should be monthly",
        repeats("FREQ=MONTHLY", task=0),
        nothing_added(),
        seeds=("Pay the phone bill", "Pay the gas bill"),
    ),
    case(
        "set the weekly report to repeat every friday",
        repeats("FREQ=WEEKLY", task=0, either=(on("BYDAY=FR", "Friday"),)),
        nothing_added(),
        seeds=("Weekly report",),
    ),
    case(
        "Stretching should happen every weekday",
        rule_in(*WEEKDAY_RULES, task=0),
        nothing_added(),
        seeds=("Stretching",),
    ),
    case(
        "call dad every saturday instead of sunday",
        rule_in("FREQ=WEEKLY;BYDAY=SA", task=0),
        nothing_added(),
        seeds=(s("Call dad", due="2026-11-29", recurrence="FREQ=WEEKLY;BYDAY=SU"),),
    ),
    # Stopping a repeat.
    case(
        "stop repeating water the plants",
        one_of(0, recurrence=CLEARED, status=("pending",)),
        seeds=(s("Water the plants", due="2026-11-27", recurrence="FREQ=DAILY"),),
    ),
    case(
        "yoga class is a one-off from now on, no more repeats",
        one_of(0, recurrence=CLEARED, status=("pending",)),
        seeds=(s("Yoga class", due="2026-12-02", recurrence="FREQ=WEEKLY;BYDAY=WE"),),
    ),
    case(
        "The newsletter does not need to recur any longer, thank you.",
        one_of(0, recurrence=CLEARED, status=("pending",)),
        seeds=(s("Newsletter", due="2026-12-01", recurrence="FREQ=MONTHLY"),),
    ),
    case(
        "cancel the repeat on piano practice but keep the task",
        one_of(0, recurrence=CLEARED, status=("pending",)),
        seeds=(s("Piano practice", due="2026-11-27", recurrence="FREQ=DAILY"),),
    ),
    case(
        "Please make that 'Zumba' is not repeating anymore",
        one_of(0, recurrence=CLEARED, status=("pending",)),
        seeds=(s("Zumba", due="2026-11-30", recurrence="FREQ=WEEKLY;BYDAY=MO"),),
    ),
)


# 3. Facts that mean "done", in all tenses, voices and slang; negatives change nothing.
FACTS: tuple[Case, ...] = (
    case(
        "I've paid the electricity bill",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Pay the electricity bill", "Pay the water bill"),
    ),
    case(
        "the kids walked the dog already",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Walk the dog", "Feed the cat"),
    ),
    case(
        "Finally called the insurance company!",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Call the insurance company", "Call the school"),
    ),
    case(
        "car's been washed",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Wash the car", "Hoover the car"),
    ),
    case(
        "returned the library books this morning",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Return library books", "Renew bus pass"),
    ),
    case(
        "essay submitted 🎉",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Submit the essay", "Start the reading list"),
    ),
    case(
        "just handed in the lab report lol",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Hand in lab report", "Print lecture notes"),
    ),
    case(
        "nailed the presentation",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Give the presentation", "Prepare the handout"),
    ),
    case(
        "I have telephoned Margaret as planned.",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Telephone Margaret", "Write to the council"),
    ),
    case(
        "The prescription has been collected.",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Collect prescription", "Book eye test"),
    ),
    case(
        "My husband fixed the dripping tap yesterday.",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Fix the dripping tap", "Fix the garden gate"),
    ),
    case(
        "The tyres are changed now.",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Change the tyres", "Clean the windows"),
    ),
    case(
        "Already I sent the documents to the lawyer",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Send the documents to the lawyer", "Call the notary"),
    ),
    case(
        "Society maintenance is paid.",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Pay the society maintenance", "Recharge the metro card"),
    ),
    case(
        "Vendor contract: signed off.",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Sign off the vendor contract", "Review the SLA"),
    ),
    case(
        "Q4 forecast is wrapped up",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Finish the Q4 forecast", "Draft the Q1 plan"),
    ),
    case(
        "We've shipped the release notes",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Ship the release notes", "Update the roadmap"),
    ),
    case(
        "ok so i already booked the flu jabs for the kids",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Book flu jabs for the kids", "Buy school shoes"),
    ),
    case(
        "groceries are done",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Buy groceries", "Cook dinner"),
    ),
    case(
        "taxes: sorted ✅",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Do my taxes", "Renew the TV licence"),
    ),
    case(
        "done with the tax return finally",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Tax return", "Pension forms"),
    ),
    case(
        "Tom took the recycling out",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Take the recycling out", "Mow the lawn"),
    ),
    case(
        "Bathroom's cleaned",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Clean the bathroom", "Clean the kitchen"),
    ),
    case(
        "task {0} is done",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Renew passport", "Book the ferry"),
    ),
    case(
        "that's the boiler service taken care of",
        state(0, status="completed"),
        nothing_added(),
        seeds=("Arrange the boiler service", "Bleed the radiators"),
    ),
    # Negatives change nothing.
    case("I haven't called the bank yet", UNCHANGED, seeds=("Call the bank", "Buy stamps")),
    case(
        "didn't get round to the gutters today",
        UNCHANGED,
        seeds=("Clean the gutters", "Buy stamps"),
    ),
    case(
        "The dentist has not been booked so far.",
        UNCHANGED,
        seeds=("Book the dentist", "Buy stamps"),
    ),
    case("still not done with the essay ugh", UNCHANGED, seeds=("Write the essay",)),
    case(
        "Couldn't fix the bike, the shop was closed",
        UNCHANGED,
        seeds=("Fix the bike", "Buy stamps"),
    ),
    case("the report isn't finished", UNCHANGED, seeds=("Finish the report",)),
    case(
        "I was going to pay the gas bill but forgot",
        UNCHANGED,
        seeds=("Pay the gas bill", "Buy stamps"),
    ),
    case("nobody has walked the dog yet", UNCHANGED, seeds=("Walk the dog",)),
)


# 4. Edits: priority, due date (relative, absolute, cleared), title, description, tags.
EDITS: tuple[Case, ...] = (
    case(
        "bump car insurance renewal up",
        raised(0),
        seeds=(s("Car insurance renewal", priority="medium"),),
    ),
    case(
        "the gym thing is less important now",
        lowered(0),
        seeds=(s("Gym", priority="high"),),
    ),
    case("make fix the fence urgent", state(0, priority="urgent"), seeds=("Fix the fence",)),
    case(
        "tax return is top priority now",
        one_of(0, priority=("high", "urgent")),
        seeds=(s("Tax return", priority="low"),),
    ),
    case(
        "set sort the photos to low",
        state(0, priority="low"),
        seeds=(s("Sort the photos", priority="high"),),
    ),
    case(
        "please deprioritise the board deck",
        lowered(0),
        seeds=(s("Board deck", priority="medium"),),
    ),
    case(
        "Could you raise the priority of calling the landlord?",
        raised(0),
        seeds=(s("Call the landlord", priority="low"),),
    ),
    case(
        "buy new shoes isn't a priority anymore",
        lowered(0),
        seeds=(s("Buy new shoes", priority="high"),),
    ),
    case(
        "Steuererklärung is very important, please give it high priority",
        state(0, priority="high"),
        seeds=("Steuererklärung",),
    ),
    case(
        "Kindly escalate the client presentation",
        raised(0),
        seeds=(s("Client presentation", priority="medium"),),
    ),
    case(
        "remove the priority from order printer ink",
        state(0, priority="none"),
        seeds=(s("Order printer ink", priority="urgent"),),
    ),
    # The due date moved by some days or hours.
    case(
        "push the dentist back by two days",
        state(0, due=SUNDAY),
        seeds=(s("Dentist appointment", due="2026-11-27"),),
    ),
    case(
        "can I get an extra week on the essay draft",
        state(0, due=MONDAY_7_DEC),
        seeds=(s("Essay draft", due="2026-11-30"),),
    ),
    case(
        "bring pay the plumber forward a day",
        state(0, due=SUNDAY),
        seeds=(s("Pay the plumber", due="2026-11-30"),),
    ),
    case(
        "move the project proposal earlier by 2 days",
        state(0, due=TUESDAY_NEXT),
        seeds=(s("Project proposal", due="2026-12-03"),),
    ),
    case(
        "push team lunch back an hour",
        state(0, due="Friday 27 November 2026, 13:30"),
        seeds=(s("Team lunch", due=berlin("2026-11-27", "12:30")),),
    ),
    case(
        "call the bank can wait until tomorrow",
        state(0, due=FRIDAY, status="pending"),
        seeds=(s("Call the bank", due="2026-11-26"),),
    ),
    case(
        "postpone clean the oven to next week",
        one_of(0, due=NEXT_WEEK),
        seeds=(s("Clean the oven", due="2026-11-28"),),
    ),
    case(
        "delay book restaurant by a week",
        state(0, due=FRIDAY_NEXT),
        seeds=(s("Book restaurant", due="2026-11-27"),),
    ),
    case(
        "push back the haircut a day please, keep the same time",
        state(0, due="Saturday 28 November 2026, 14:00"),
        seeds=(s("Haircut", due=berlin("2026-11-27", "14:00")),),
    ),
    # The due date set outright.
    case(
        "move my haircut to saturday",
        state(0, due=SATURDAY),
        seeds=(s("Haircut", due="2026-11-27"),),
    ),
    case(
        "parent evening is on the 9th of December at 6pm",
        state(0, due="Wednesday 9 December 2026, 18:00"),
        nothing_added(),
        seeds=("Parent evening",),
    ),
    case(
        "the timesheet is due monday",
        state(0, due=MONDAY),
        nothing_added(),
        seeds=("Submit timesheet",),
    ),
    case(
        "change the vet appointment to 11:15",
        state(0, due="Monday 30 November 2026, 11:15"),
        seeds=(s("Vet appointment", due=berlin("2026-11-30", "10:00")),),
    ),
    case(
        "Set a deadline of 15 December for renew passport.",
        state(0, due=TUESDAY_15_DEC),
        seeds=("Renew passport",),
    ),
    # The due date cleared.
    case(
        "learn spanish doesn't need a deadline",
        one_of(0, due=CLEARED, status=("pending",)),
        seeds=(s("Learn Spanish", due="2026-11-30"),),
    ),
    case(
        "remove the due date from read that novel",
        one_of(0, due=CLEARED, status=("pending",)),
        seeds=(s("Read that novel", due="2026-11-27"),),
    ),
    case(
        "no date for paint the shed anymore, whenever",
        one_of(0, due=CLEARED, status=("pending",)),
        seeds=(s("Paint the shed", due="2026-11-28"),),
    ),
    # Renamed.
    case(
        "rename call plumber to call plumber about the boiler",
        state(0, title="Call plumber about the boiler"),
        nothing_added(),
        seeds=("Call plumber",),
    ),
    case(
        "change the title of 'buy stuff for party' to 'buy balloons and candles'",
        state(0, title="Buy balloons and candles"),
        seeds=("Buy stuff for party",),
    ),
    case(
        "Please could you retitle 'Meeting' as 'Meeting with the bank manager'.",
        state(0, title="Meeting with the bank manager"),
        seeds=("Meeting",),
    ),
    case(
        "the gift task should be called 'Gift for Anna's wedding'",
        state(0, title="Gift for Anna's wedding"),
        nothing_added(),
        seeds=("Gift",),
    ),
    # Description and tags.
    case(
        "add a note to renew passport: old one is in the desk drawer",
        noted("old one is in the desk drawer", task=0),
        nothing_added(),
        seeds=("Renew passport",),
    ),
    case(
        "for book the venue, note that capacity should be 80 people",
        noted("80 people", task=0),
        nothing_added(),
        seeds=("Book the venue",),
    ),
    case(
        "put the policy number 77-4410-B in the description of call the insurance",
        noted("77-4410-B", task=0),
        nothing_added(),
        seeds=("Call the insurance",),
    ),
    case("tag fix the fence with garden", state(0, tags=["garden"]), seeds=("Fix the fence",)),
    case(
        "quarterly review: move it to friday next week and make it high",
        state(0, due=FRIDAY_NEXT, priority="high"),
        seeds=(s("Quarterly review", due="2026-12-03", priority="low"),),
    ),
)


# 5. Reminders on existing tasks: set, moved, cleared; no task is added.
REMINDERS: tuple[Case, ...] = (
    case(
        "remind me about the vet appointment tomorrow at 8",
        state(0, reminder="Friday 27 November 2026, 08:00"),
        nothing_added(),
        seeds=(s("Vet appointment", due=berlin("2026-11-30", "10:00")),),
    ),
    case(
        "ping me an hour before team lunch",
        state(0, reminder="Friday 27 November 2026, 11:30"),
        nothing_added(),
        seeds=(s("Team lunch", due=berlin("2026-11-27", "12:30")),),
    ),
    case(
        "remind me the day before parents evening",
        reminded(TUESDAY_8_DEC, task=0),
        nothing_added(),
        seeds=(s("Parents evening", due=berlin("2026-12-09", "18:00")),),
    ),
    case(
        "set a reminder for pay rent on monday morning",
        reminded(MONDAY, task=0, hours=MORNING),
        nothing_added(),
        seeds=(s("Pay rent", due="2026-12-01"),),
    ),
    case(
        "could you remind me about calling mum at 6 this evening",
        state(0, reminder="Thursday 26 November 2026, 18:00"),
        nothing_added(),
        seeds=("Call mum",),
    ),
    case(
        "move the dentist reminder to 6pm",
        state(0, reminder="Thursday 26 November 2026, 18:00"),
        nothing_added(),
        seeds=(s("Dentist", due="2026-11-30", reminder=berlin("2026-11-26", "15:00")),),
    ),
    case(
        "push the reminder for renew passport to monday",
        reminded(MONDAY, task=0),
        nothing_added(),
        seeds=(s("Renew passport", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "I don't need a reminder for book the venue anymore",
        one_of(0, reminder=CLEARED, status=("pending",)),
        seeds=(s("Book the venue", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "turn off the reminder on water the plants",
        one_of(0, reminder=CLEARED, status=("pending",)),
        seeds=(s("Water the plants", reminder=berlin("2026-11-28", "08:00")),),
    ),
    case(
        "Would you kindly remind me about telephoning Margaret on Sunday at ten in the morning?",
        state(0, reminder="Sunday 29 November 2026, 10:00"),
        nothing_added(),
        seeds=(s("Telephone Margaret", due="2026-11-29"),),
    ),
    case(
        "Please remember me on the Bürgeramt appointment one day before at 7 in the evening",
        state(0, reminder="Tuesday 1 December 2026, 19:00"),
        nothing_added(),
        seeds=(s("Bürgeramt appointment", due=berlin("2026-12-02", "08:30")),),
    ),
    case(
        "Please put a reminder for the client call, 30 minutes before.",
        state(0, reminder="Monday 30 November 2026, 14:30"),
        nothing_added(),
        seeds=(s("Client call", due=berlin("2026-11-30", "15:00")),),
    ),
    case(
        "remind me abt stats exam wed night",
        reminded(WEDNESDAY_NEXT, task=0, hours=EVENING),
        nothing_added(),
        seeds=(s("Stats exam", due="2026-12-03"),),
    ),
    case(
        "Set a nudge on the board deck for Tuesday 9am",
        state(0, reminder="Tuesday 1 December 2026, 09:00"),
        nothing_added(),
        seeds=(s("Board deck", due="2026-12-03"),),
    ),
    case(
        "set a reminder on pick up the dry cleaning for saturday at ten",
        state(0, reminder="Saturday 28 November 2026, 10:00"),
        nothing_added(),
        seeds=("Pick up the dry cleaning",),
    ),
    case(
        "remind me about the gas bill in two hours",
        state(0, reminder="Thursday 26 November 2026, 13:00"),
        nothing_added(),
        seeds=(s("Pay the gas bill", due="2026-11-30"),),
    ),
    case(
        "snooze the call the bank reminder by an hour",
        state(0, reminder="Friday 27 November 2026, 10:00"),
        nothing_added(),
        seeds=(s("Call the bank", reminder=berlin("2026-11-27", "09:00")),),
    ),
    case(
        "Kindly cancel the reminder for defrost the freezer, but keep the task.",
        one_of(0, reminder=CLEARED, status=("pending",)),
        seeds=(s("Defrost the freezer", reminder=berlin("2026-11-28", "09:00")),),
    ),
    case(
        "remind me about order flowers tomorrow",
        reminded(FRIDAY, task=0),
        nothing_added(),
        seeds=("Order flowers",),
    ),
    case(
        "Can you advise me about renew the NIE the 14 of December in the morning?",
        reminded("Monday 14 December 2026", task=0, hours=MORNING),
        nothing_added(),
        seeds=(s("Renew the NIE", due="2026-12-15"),),
    ),
)


#: Tasks spread over the weeks around the clock, for the window questions.
WEEK: tuple[Seed, ...] = (
    s("Renew passport", due="2026-11-26"),
    s("Vet appointment", due=berlin("2026-11-27", "10:00")),
    s("Farmers market", due="2026-11-28"),
    s("Call grandma", due="2026-11-29"),
    s("Essay draft", due="2026-11-30"),
    s("Board deck", due="2026-12-03"),
    s("Church bazaar", due="2026-12-12"),
    s("Dentist checkup", due="2027-01-12"),
    s("Parking fine", due="2026-11-20"),
)


def window(say: str, named: tuple[str, ...], left_out: tuple[str, ...] = ()) -> Case:
    """A question about a window: the reply names ``named``, leaves out ``left_out``."""
    checks = [says(*named), UNCHANGED]
    if left_out:
        checks.append(lacks(*left_out))
    return case(say, *checks, seeds=WEEK)


# 6. Window questions; nothing changes.
WINDOWS: tuple[Case, ...] = (
    window("what's on today?", ("Renew passport",), ("Vet appointment", "Essay draft")),
    window("anything for tomorrow", ("Vet appointment",), ("Farmers market", "Renew passport")),
    window("wat do i have tmrw", ("Vet appointment",), ("Farmers market", "Essay draft")),
    window(
        "What does my weekend look like?",
        ("Farmers market", "Call grandma"),
        ("Vet appointment", "Essay draft"),
    ),
    window("what's due next week", ("Essay draft", "Board deck"), ("Farmers market", "Church")),
    window("What have I got on Monday?", ("Essay draft",), ("Board deck", "Vet appointment")),
    window("what's overdue", ("Parking fine",), ("Essay draft", "Board deck")),
    window("am I behind on anything?", ("Parking fine",), ("Board deck", "Church bazaar")),
    window(
        "Is there anything in December?",
        ("Board deck", "Church bazaar"),
        ("Dentist checkup", "Vet appointment"),
    ),
    window("what's happening on the 12th", ("Church bazaar",), ("Board deck",)),
    window("show me what's due in January", ("Dentist checkup",), ("Church bazaar",)),
    window("What's coming up?", ("Vet appointment",)),
    window(
        "what do I have between now and sunday",
        ("Vet appointment", "Call grandma"),
        ("Essay draft", "Church bazaar"),
    ),
    window(
        "Could you tell me what is planned for Saturday, please?",
        ("Farmers market",),
        ("Call grandma", "Vet appointment"),
    ),
    window(
        "what's left for this week",
        ("Vet appointment", "Farmers market"),
        ("Board deck", "Church bazaar"),
    ),
    window(
        "What is on the plan for the day after tomorrow?",
        ("Farmers market",),
        ("Vet appointment", "Essay draft"),
    ),
    window(
        "What all is pending for next week?",
        ("Essay draft", "Board deck"),
        ("Church bazaar", "Farmers market"),
    ),
    window(
        "Give me a rundown of what's due before the 1st",
        ("Vet appointment", "Essay draft"),
        ("Board deck", "Church bazaar"),
    ),
    window("what have i got on thursday next week", ("Board deck",), ("Essay draft",)),
    window("anything due on 3 December?", ("Board deck",), ("Essay draft", "Church bazaar")),
    window("what do I need to do by friday", ("Vet appointment",), ("Essay draft", "Board deck")),
    window("is my saturday free?", ("Farmers market",), ("Essay draft", "Board deck")),
    window("due this wknd?", ("Farmers market", "Call grandma"), ("Essay draft",)),
    window(
        "What's due in the next 7 days?",
        ("Vet appointment", "Essay draft"),
        ("Church bazaar", "Dentist checkup"),
    ),
    window("what's on for the rest of this month", ("Essay draft",), ("Board deck", "Church")),
    window(
        "What's on my plate for today and tomorrow",
        ("Renew passport", "Vet appointment"),
        ("Essay draft", "Board deck"),
    ),
    window("anything overdue from last week?", ("Parking fine",), ("Board deck",)),
    window("do I have anything on the 30th?", ("Essay draft",), ("Board deck", "Call grandma")),
    window(
        "What's on in the week of the 7th of December?",
        ("Church bazaar",),
        ("Board deck", "Dentist checkup"),
    ),
    window(
        "the 2nd to the 5th of december what do i have",
        ("Board deck",),
        ("Essay draft", "Church bazaar"),
    ),
)


# 7. Follow-ups leaning on earlier messages.
FOLLOW_UPS: tuple[Case, ...] = (
    # Corrections and "it"/"that" on a task just added.
    case(
        "sorry i meant sunday",
        titled("Pick up the cake", due=SUNDAY),
        before="add pick up the cake on saturday",
    ),
    case(
        "make it high priority",
        titled("Renew car insurance", priority="high"),
        before="add renew car insurance",
    ),
    case(
        "actually make that monday",
        titled("Call the plumber", due=MONDAY),
        before="add call the plumber tomorrow",
    ),
    case(
        "and tag it family",
        titled("Book the babysitter", due=FRIDAY, tags=["family"]),
        before="add book the babysitter for friday",
    ),
    case(
        "oh and it's urgent",
        titled("Buy wrapping paper", priority="urgent"),
        before="add buy wrapping paper",
    ),
    case(
        "make it 3:30 instead",
        titled("Dentist for Leo", due="Tuesday 1 December 2026, 15:30"),
        before="add dentist for Leo on tuesday at 3pm",
    ),
    case(
        "put a note on it: PO number 4471",
        noted("4471", title="Send the invoice"),
        before="add send the invoice",
    ),
    case(
        "make it every thursday instead",
        rule_of("Yoga class", "FREQ=WEEKLY", "BYDAY=TH"),
        before="add yoga class every wednesday",
    ),
    case(
        "it should repeat every 3 days",
        rule_of("Water the plants", "FREQ=DAILY", "INTERVAL=3"),
        before="add water the plants",
    ),
    case(
        "remind me about it friday at 9",
        titled("Pay the nanny", reminder="Friday 27 November 2026, 09:00"),
        before="add pay the nanny",
    ),
    case(
        "rename it to email the landlord about the heating",
        titled("Email the landlord about the heating"),
        gone("Email the landlord"),
        before="add email the landlord",
    ),
    case(
        "that's for tomorrow btw",
        titled("Pick up the parcel from the post office", due=FRIDAY),
        before="add pick up the parcel from the post office",
    ),
    case(
        "also make it due on the 10th",
        state(0, due=THURSDAY_10_DEC),
        seeds=("Renew passport", "Buy stamps"),
        before="add a note to renew passport: photos in the drawer",
    ),
    # Undo.
    case("undo that", gone("Test task"), before="add test task"),
    case("no wait, cancel that", gone("Call the garage"), before="add call the garage"),
    case(
        "actually delete it, I just bought one",
        gone("Buy a new kettle"),
        before="add buy a new kettle",
    ),
    case(
        "wait no, undo",
        state(0, status="pending"),
        seeds=THREE,
        before="delete buy milk",
    ),
    case(
        "oops undo that",
        state(1, status="pending"),
        seeds=THREE,
        before="mark call mom as done",
    ),
    case(
        "actually no, that was wrong, undo",
        state(1, status="pending"),
        seeds=THREE,
        before=(SHOWN, "the second one is done"),
    ),
    # "And X too".
    case(
        "and call mom too",
        state(0, status="completed"),
        state(1, status="completed"),
        state(2, status="pending"),
        seeds=THREE,
        before="complete buy milk",
    ),
    case(
        "the dishes as well",
        state(1, status="completed"),
        state(2, status="pending"),
        seeds=("Do the laundry", "Wash the dishes", "Hoover the stairs"),
        before="finished the laundry",
    ),
    case(
        "the yoga one as well",
        state(1, status="deleted"),
        state(2, status="pending"),
        seeds=("Cancel gym membership", "Cancel yoga membership", "Renew library card"),
        before="delete cancel gym membership",
    ),
    # Positions after a list (Book flights, Call mom, Buy milk).
    case(
        "the second one is done",
        state(1, status="completed"),
        state(0, status="pending"),
        state(2, status="pending"),
        seeds=THREE,
        before=SHOWN,
    ),
    case("delete number 3", state(0, status="deleted"), seeds=THREE, before=SHOWN),
    case(
        "bin the last one",
        state(0, status="deleted"),
        state(1, status="pending"),
        seeds=THREE,
        before=SHOWN,
    ),
    case("make the first one urgent", state(2, priority="urgent"), seeds=THREE, before=SHOWN),
    case("move the top one to monday", state(2, due=MONDAY), seeds=THREE, before=SHOWN),
    case(
        "rename the third one to buy oat milk",
        state(0, title="Buy oat milk"),
        seeds=THREE,
        before=SHOWN,
    ),
    # Answers to a clarifying question.
    case(
        "the landlord one",
        state(0, due=FRIDAY),
        state(1, due=None),
        seeds=("Email the landlord", "Email the accountant"),
        before="move the email task to friday",
    ),
    case(
        "the one with the school",
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=("Call the dentist", "Call the school"),
        before="mark the call task as done",
    ),
    case(
        "the first one",
        just_one((0, 1), status="deleted"),
        seeds=("Pay the gas bill", "Pay the phone bill"),
        before="delete the pay task",
    ),
    case(
        "both",
        state(0, status="completed"),
        state(1, status="completed"),
        seeds=("Book hotel in Rome", "Book hotel in Madrid"),
        before="book hotel is done",
    ),
    # After a window question.
    case(
        "tick it off",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=(s("Vet appointment", due="2026-11-27"), s("Essay draft", due="2026-11-30")),
        before="what's due tomorrow",
    ),
    case(
        "push that to tuesday",
        state(1, due=TUESDAY_NEXT),
        state(0, due=FRIDAY),
        seeds=(s("Vet appointment", due="2026-11-27"), s("Essay draft", due="2026-11-30")),
        before="what's on monday",
    ),
    case(
        "and the day after?",
        says("Farmers market"),
        lacks("Vet appointment", "Essay draft"),
        UNCHANGED,
        seeds=WEEK,
        before="what's on tomorrow?",
    ),
    case(
        "and the week after?",
        says("Church bazaar"),
        lacks("Board deck", "Essay draft"),
        UNCHANGED,
        seeds=WEEK,
        before="what's due next week",
    ),
)


#: Some pending and some completed tasks, for the table said differently.
MIXED: tuple[Seed, ...] = (
    s("Buy birdseed"),
    s("Sweep the patio"),
    s("File the receipts", "completed"),
    s("Return the parcel", "completed"),
)
FOUND: tuple[Seed, ...] = (
    s("Call the bank about the mortgage"),
    s("Buy bread"),
    s("Bank transfer to Jake"),
)
TAGGED: tuple[Seed, ...] = (
    s("Fix the fence", tags=["garden"]),
    s("Prepare board deck", tags=["work"]),
    s("Plant tulip bulbs", tags=["garden"]),
)


# 8a. The contract's table said differently, with search, tags, reopen and restore.
TABLE: tuple[Case, ...] = (
    case(
        "tick off buy birdseed",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=MIXED,
    ),
    case(
        "cross sweep the patio off my list, done it",
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=MIXED,
    ),
    case("please mark number {0} as complete", state(0, status="completed"), seeds=MIXED),
    case("Mark the birdseed one done.", state(0, status="completed"), seeds=MIXED),
    case(
        "get rid of the sweep the patio task",
        state(1, status="deleted"),
        state(0, status="pending"),
        seeds=MIXED,
    ),
    case("scrap buy birdseed, don't need it", state(0, status="deleted"), seeds=MIXED),
    case(
        "Please remove 'Sweep the patio' from my list entirely.",
        state(1, status="deleted"),
        seeds=MIXED,
    ),
    case("nuke task {0}", state(0, status="deleted"), state(1, status="pending"), seeds=MIXED),
    case(
        "file the receipts isn't actually done, can you put it back",
        state(2, status="pending"),
        seeds=MIXED,
    ),
    case("untick file the receipts", state(2, status="pending"), seeds=MIXED),
    case(
        "I am afraid I marked 'File the receipts' as finished by mistake; would you reopen it?",
        state(2, status="pending"),
        state(3, status="completed"),
        seeds=MIXED,
    ),
    case(
        "bring back the call the plumber task",
        state(0, status="pending"),
        seeds=(s("Call the plumber", "deleted"), s("Buy bread")),
    ),
    case(
        "restore call the plumber please, deleted it by accident",
        state(0, status="pending"),
        seeds=(s("Call the plumber", "deleted"),),
    ),
    case(
        "I deleted 'Call the plumber' but I need it after all",
        state(0, status="pending"),
        nothing_added(),
        seeds=(s("Call the plumber", "deleted"),),
    ),
    case("what's on my list", says("Buy birdseed", "Sweep the patio"), UNCHANGED, seeds=MIXED),
    case(
        "what's left to do?",
        says("Buy birdseed", "Sweep the patio"),
        lacks("File the receipts", "Return the parcel"),
        UNCHANGED,
        seeds=MIXED,
    ),
    case(
        "What have I got outstanding?",
        says("Buy birdseed", "Sweep the patio"),
        lacks("File the receipts", "Return the parcel"),
        UNCHANGED,
        seeds=MIXED,
    ),
    case(
        "what did I get done",
        says("File the receipts", "Return the parcel"),
        lacks("Buy birdseed", "Sweep the patio"),
        UNCHANGED,
        seeds=MIXED,
    ),
    case(
        "Could you show me what I've already completed, please?",
        says("File the receipts", "Return the parcel"),
        lacks("Buy birdseed", "Sweep the patio"),
        UNCHANGED,
        seeds=MIXED,
    ),
    case(
        "anything still open?",
        says("Buy birdseed", "Sweep the patio"),
        lacks("File the receipts"),
        UNCHANGED,
        seeds=MIXED,
    ),
    case(
        "find everything about the bank",
        says("Call the bank about the mortgage", "Bank transfer to Jake"),
        lacks("Buy bread"),
        UNCHANGED,
        seeds=FOUND,
    ),
    case(
        "search for mortgage",
        says("Call the bank about the mortgage"),
        lacks("Buy bread", "Bank transfer"),
        UNCHANGED,
        seeds=FOUND,
    ),
    case(
        "do I have anything about bread?",
        says("Buy bread"),
        lacks("mortgage", "Jake"),
        UNCHANGED,
        seeds=FOUND,
    ),
    case("what tags do I have", says("garden", "work"), UNCHANGED, seeds=TAGGED),
    case(
        "show me my garden stuff",
        says("Fix the fence", "Plant tulip bulbs"),
        lacks("Prepare board deck"),
        UNCHANGED,
        seeds=TAGGED,
    ),
    case(
        "everything tagged work pls",
        says("Prepare board deck"),
        lacks("Fix the fence", "Plant tulip bulbs"),
        UNCHANGED,
        seeds=TAGGED,
    ),
    case("can u add a task to buy groceries", added(title="Buy groceries")),
    case(
        "task {0} should say 'call mom tonight'",
        state(0, title="Call mom tonight"),
        seeds=("Call mom",),
    ),
    case(
        "I need to remember to renew the dog's licence",
        added(title="Renew the dog's licence"),
    ),
    case(
        "show me the whole list please",
        says("Buy birdseed", "Sweep the patio"),
        UNCHANGED,
        seeds=MIXED,
    ),
)


# 8b. Safety: ambiguous requests ask and change nothing; non-requests change nothing.
SAFETY: tuple[Case, ...] = (
    case("mark the call as done", UNCHANGED, seeds=("Call the dentist", "Call the school")),
    case("delete the email task", UNCHANGED, seeds=("Email the landlord", "Email the accountant")),
    case("move it to friday", UNCHANGED, seeds=THREE),
    case("delete it", UNCHANGED, seeds=THREE),
    case("clear my whole list", UNCHANGED, seeds=THREE),
    case("thanks, that's all for now", UNCHANGED, seeds=THREE),
    case("lol", UNCHANGED, seeds=THREE),
    case("I hate mondays", UNCHANGED, seeds=THREE),
    case("the weather is awful today isn't it", UNCHANGED, seeds=THREE),
    case(
        "push the pay one to next week",
        UNCHANGED,
        seeds=("Pay the gas bill", "Pay the phone bill"),
    ),
    case("Good evening, I hope you are well.", UNCHANGED, seeds=THREE),
    case(
        "book hotel is done",
        UNCHANGED,
        seeds=("Book hotel in Rome", "Book hotel in Madrid"),
    ),
    case("what's the capital of France", UNCHANGED, seeds=THREE),
    case("um", UNCHANGED, seeds=THREE),
    case("mark task 999 as done", UNCHANGED, seeds=THREE),
    case("make it urgent", UNCHANGED, seeds=THREE),
    case(
        "the report one can go",
        UNCHANGED,
        seeds=("Write the sales report", "Read the audit report"),
    ),
    case("ok cool", UNCHANGED, seeds=THREE),
)


SEVENTH_VOICE: tuple[Case, ...] = (
    ADDING + REPEATS + FACTS + EDITS + REMINDERS + WINDOWS + FOLLOW_UPS + TABLE + SAFETY
)
