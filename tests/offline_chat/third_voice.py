"""A third development set for the offline chat: everyday requests in yet another voice.

Written apart from the engine (its code unread, never run against these sentences while they
were written) and apart from the other two sets, by someone typing to a task manager the way
people do: terse or chatty, lower-case and sloppy, polite, British and American, with the odd
typo. It is weighted to the families that are hardest for a rule-based reader:

- follow-ups over several turns: "it", "that one", "the other one", "no, the first", a word
  answering "which one?", "undo", "do the same for …", "once more", a bare date after an add, a
  bare time after the assistant asked when to remind;
- relative edits: a priority one level up or down said in many ways, due dates moved by days,
  weeks, hours or minutes, earlier or later;
- reminders set on a task that already exists (none of them may add a task);
- titles wrapped in everyday words and hedges ("note to self: …", "I guess I should …");
- statements of fact that mean a task is done, and their negations, which change nothing;
- windows said as days ("anything on sunday?", "what's coming up next week");
- safety: an ambiguous, hedged, questioned or not-understood message changes nothing.

Expectations say what an ordinary user wants, within the product's contract (docs/chat.md,
docs/quick-add.md, PRODUCT.md); they are outcome checks on the task list and, for lists, on
which titles the reply names. The clock reads Thursday 26 November 2026, 11:00 in Berlin.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .corpus import (
    NO_CALLS,
    SHOWN,
    THREE,
    TODAY_17,
    UNCHANGED,
    Case,
    Check,
    Outcome,
    Seed,
    added,
    case,
    says,
    state,
    titled,
)

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def when(iso: str) -> str:
    """Return an ISO date or local date-time as the tools say it: ``Friday 27 November 2026``."""
    if "T" in iso:
        moment = datetime.fromisoformat(iso)
        day = moment.date()
        clock = f", {moment:%H:%M}"
    else:
        day = date.fromisoformat(iso)
        clock = ""
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}{clock}"


def task(title: str, status: str = "pending", **fields: Any) -> Seed:
    """A seeded task with fields, as ``add_task`` takes them (ISO text in the user's zone)."""
    return Seed(title, status, dict(fields))


@dataclass(frozen=True)
class _Lacks(Check):
    """The reply names none of these words (a title outside the window asked about)."""

    def problem(self, out: Outcome) -> str | None:
        found = [word for word in self.words if word.casefold() in out.text.casefold()]
        return f"the reply should not mention {found}: {out.text!r}" if found else None


@dataclass(frozen=True)
class _NothingAdded(Check):
    """No task was created by the message."""

    def problem(self, out: Outcome) -> str | None:
        new = [item["title"] for key, item in out.after.items() if key not in out.before]
        return f"expected no new task; added {new}" if new else None


@dataclass(frozen=True)
class _Untouched(Check):
    """Seeded task ``index`` is exactly as it was before the message."""

    def problem(self, out: Outcome) -> str | None:
        task_id = out.ids[self.index]
        if out.before.get(task_id) == out.after.get(task_id):
            return None
        return f"expected task {self.index} unchanged, got {out.after.get(task_id)}"


def lacks(*words: str) -> Check:
    """Expect the reply not to contain any of these words (case-insensitively)."""
    return _Lacks("lacks", words=words)


def untouched(index: int) -> Check:
    """Expect seeded task ``index`` not to change."""
    return _Untouched("untouched", index=index)


NOTHING_ADDED = _NothingAdded("nothing_added")

DONE = "completed"
OPEN = "pending"
GONE = "deleted"

#: Three tasks whose due dates follow the order a list shows them in (last seeded first), so
#: "the first one" is Book flights whether a list is sorted by creation or by due date.
THREE_DUE = (
    task("Buy milk", due="2026-11-28T10:00"),
    task("Call mom", due="2026-11-27T17:00"),
    task("Book flights", due="2026-11-27T09:00"),
)

DENTIST = task("Dentist appointment", due="2026-11-27T14:00")
CALLS = ("Call Ben", "Call Anna")

#: A fortnight of tasks around the clock's Thursday, for questions about days.
WEEK = (
    task("Old invoice", due="2026-11-20"),  # overdue
    task("Ship the parcel", due="2026-11-26T16:00"),  # today
    task("Dentist checkup", due="2026-11-27T14:00"),  # tomorrow, Friday
    task("Farmers market", due="2026-11-28T10:00"),  # Saturday
    task("Brunch with Lea", due="2026-11-29T11:30"),  # Sunday
    task("Team offsite", due="2026-11-30T09:00"),  # Monday
    task("Pay council tax", due="2026-12-01"),  # Tuesday, all day
    task("Dinner at Sam's", due="2026-12-02T19:00"),  # Wednesday
    task("Christmas fair", due="2026-12-05T15:00"),  # next weekend's Saturday
    task("Quarterly review", due="2026-12-08T15:00"),  # the Tuesday after
    task("Book the ski trip"),  # no date
    task("Return the skis", DONE, due="2026-11-29T10:00"),  # done, Sunday
)


FOLLOW_UPS: tuple[Case, ...] = (
    case(
        "make it high priority",
        titled("Water the plants", priority="high"),
        NOTHING_ADDED,
        before="add a task to water the plants",
    ),
    case(
        "oh and envelopes",
        added(title="Buy envelopes"),
        titled("Buy stamps", status=OPEN),
        before="add buy stamps",
    ),
    case(
        "monday at 9",
        state(0, reminder=when("2026-11-30T09:00")),
        NOTHING_ADDED,
        seeds=("Renew the passport",),
        before="remind me about the passport",
    ),
    case(
        "at 4",
        state(0, reminder=when("2026-11-26T16:00"), due=when("2026-11-28T10:00")),
        NOTHING_ADDED,
        seeds=(task("Vet appointment", due="2026-11-28T10:00"),),
        before="set a reminder for the vet",
    ),
    case(
        "tomorrow, 8am",
        state(0, reminder=when("2026-11-27T08:00")),
        NOTHING_ADDED,
        seeds=("Send the invoice",),
        before="can you remind me about the invoice?",
    ),
    case(
        "no, the first",
        state(2, status=DONE),
        state(1, status=OPEN),
        untouched(0),
        seeds=THREE,
        before=(SHOWN, "complete the second one"),
    ),
    case(
        "undo",
        titled("Call the garage", status=GONE),
        before="add a task to call the garage",
    ),
    case(
        "undo that",
        state(0, status=OPEN),
        seeds=("Fix the bike",),
        before="complete task {0}",
    ),
    case(
        "oops, undo",
        state(0, priority="low", status=OPEN),
        seeds=(task("Gym session", priority="low"),),
        before="make the gym urgent",
    ),
    case(
        "wait, bring it back",
        state(0, status=OPEN),
        NOTHING_ADDED,
        seeds=("Dentist appointment",),
        before="delete the dentist",
    ),
    case(
        "undo that please",
        state(0, due=when("2026-11-27T14:00")),
        seeds=(DENTIST,),
        before="push the dentist back a week",
    ),
    case(
        "do the same for the gym",
        state(1, priority="high"),
        state(0, priority="high"),
        seeds=(
            task("Dentist appointment", priority="low"),
            task("Gym session", priority="low"),
        ),
        before="make the dentist high priority",
    ),
    case(
        "same for the haircut",
        state(1, due=when("2026-11-29T11:00")),
        state(0, due=when("2026-11-28T14:00")),
        seeds=(DENTIST, task("Haircut", due="2026-11-28T11:00")),
        before="push the dentist back a day",
    ),
    case(
        "and the last one too",
        state(0, status=DONE),
        state(2, status=DONE),
        untouched(1),
        seeds=THREE,
        before=(SHOWN, "complete the first one"),
    ),
    case(
        "once more",
        state(0, priority="high"),
        seeds=(task("Quarterly report", priority="low"),),
        before="bump the report up a level",
    ),
    case(
        "and again",
        state(0, due=when("2026-11-29T14:00")),
        seeds=(DENTIST,),
        before="push the dentist back a day",
    ),
    case(
        "the other one too",
        state(0, status=DONE),
        state(1, status=DONE),
        seeds=CALLS,
        before=("complete the call task", "Ben"),
    ),
    case(
        "no, the other one",
        state(1, status=DONE),
        state(0, status=OPEN),
        seeds=CALLS,
        before=("complete the call task", "Ben"),
    ),
    case(
        "Anna",
        state(1, status=GONE),
        state(0, status=OPEN),
        seeds=CALLS,
        before="delete the call task",
    ),
    case(
        "the bank one",
        state(1, due=when("2026-12-02T10:00")),
        untouched(0),
        seeds=(
            task("Team meeting prep", due="2026-11-30T09:00"),
            task("Meeting with the bank", due="2026-12-01T10:00"),
        ),
        before="push the meeting back a day",
    ),
    case(
        "task {1}",
        state(1, status=DONE),
        state(0, status=OPEN),
        seeds=("Print the report", "Write the report"),
        before="mark the report done",
    ),
    case(
        "ben",
        state(0, reminder=TODAY_17),
        untouched(1),
        NOTHING_ADDED,
        seeds=CALLS,
        before="remind me about the call at 5",
    ),
    case(
        "friday",
        titled("Renew the car insurance", due=when("2026-11-27")),
        NOTHING_ADDED,
        before="add renew the car insurance",
    ),
    case(
        "by the 3rd",
        titled("Order the christmas tree", due=when("2026-12-03")),
        NOTHING_ADDED,
        before="add a task: order the christmas tree",
    ),
    case(
        "at 4:30pm",
        titled("Collect the suit", due=when("2026-11-27T16:30")),
        NOTHING_ADDED,
        before="add a task to collect the suit tomorrow",
    ),
    case(
        "move it to monday",
        titled("Dentist", due=when("2026-11-30T14:00")),
        NOTHING_ADDED,
        before="add dentist friday at 2pm",
    ),
    case(
        "and remind me an hour before",
        titled("Dentist", reminder=when("2026-11-27T13:00"), due=when("2026-11-27T14:00")),
        NOTHING_ADDED,
        before="add dentist friday at 2pm",
    ),
    case(
        "what did I just add?",
        says("Water the plants"),
        UNCHANGED,
        before="add a task to water the plants",
    ),
    case(
        "ok delete that one",
        state(0, status=GONE),
        state(1, status=OPEN),
        seeds=("Dentist appointment", "Buy milk"),
        before="find dentist",
    ),
    case(
        "that one's done now",
        state(0, status=DONE),
        state(1, status=OPEN),
        seeds=("Renew the passport", "Buy milk"),
        before="search for passport",
    ),
    case(
        "rename it to 'Call the garage about the MOT'",
        titled("Call the garage about the MOT", status=OPEN),
        NOTHING_ADDED,
        before="add a task to call the garage",
    ),
    case(
        "tag it #health",
        titled("Pick up the prescription", tags=["health"]),
        NOTHING_ADDED,
        before="add a task to pick up the prescription",
    ),
    case(
        "and it's due next friday",
        titled("Book the venue", priority="urgent", due=when("2026-12-04")),
        NOTHING_ADDED,
        before=("add a task to book the venue", "make it urgent"),
    ),
    case(
        "set it to repeat every sunday",
        titled("Water the plants", recurrence="FREQ=WEEKLY;BYDAY=SU"),
        NOTHING_ADDED,
        before="add a task to water the plants",
    ),
    case(
        "actually an hour later",
        state(0, due=when("2026-11-27T15:00")),
        seeds=(task("Dentist appointment", due="2026-11-30T10:00"),),
        before="move the dentist to tomorrow at 2pm",
    ),
    case(
        "no, I meant friday",
        state(0, due=when("2026-11-27T15:00")),
        NOTHING_ADDED,
        seeds=(task("Dentist appointment", due="2026-12-03T15:00"),),
        before="move the dentist to wednesday",
    ),
    case(
        "delete number 2",
        state(1, status=GONE),
        state(0, status=OPEN),
        state(2, status=OPEN),
        seeds=THREE,
        before="what's pending?",
    ),
    case(
        "when's the second one due?",
        says("27 November"),
        UNCHANGED,
        seeds=THREE_DUE,
        before=SHOWN,
    ),
    case(
        "sorry, no I didn't - undo",
        state(0, status=OPEN),
        seeds=("Write the report",),
        before="I finished the report",
    ),
    case(
        "make that one urgent",
        titled("Pick up the prescription", priority="urgent"),
        NOTHING_ADDED,
        before="add a task to pick up the prescription",
    ),
    case(
        "and monday?",
        says("Team offsite"),
        lacks("Farmers market", "Brunch with Lea"),
        UNCHANGED,
        seeds=WEEK,
        before="what's on this weekend",
    ),
    case(
        "push the first one back a day",
        state(2, due=when("2026-11-28T09:00")),
        untouched(1),
        untouched(0),
        seeds=THREE_DUE,
        before=SHOWN,
    ),
)


RELATIVE_EDITS: tuple[Case, ...] = (
    case(
        "can you bump the dentist appointment up one notch",
        state(0, priority="high"),
        seeds=(task("Dentist appointment", priority="medium"),),
    ),
    case(
        "the slides are less urgent now, tone it down",
        state(0, priority="high", status=OPEN),
        seeds=(task("Finish the slides", priority="urgent"),),
    ),
    case(
        "the gym session can wait a bit",
        state(0, priority="low", status=OPEN),
        seeds=(task("Gym session", priority="medium"),),
    ),
    case(
        "push my dentist appointment back by a week",
        state(0, due=when("2026-12-04T14:00"), priority="high"),
        seeds=(task("Dentist appointment", priority="high", due="2026-11-27T14:00"),),
    ),
    case(
        "bring the budget meeting forward by two days",
        state(0, due=when("2026-12-01T10:00")),
        seeds=(task("Budget meeting", due="2026-12-03T10:00"),),
    ),
    case(
        "raise the priority of the tax return",
        state(0, priority="medium"),
        seeds=(task("Tax return", priority="low"),),
    ),
    case(
        "knock the car wash down a notch",
        state(0, priority="medium"),
        seeds=(task("Wash the car", priority="high"),),
    ),
    case(
        "the quarterly report matters more than I thought - bump it up",
        state(0, priority="high"),
        seeds=(task("Quarterly report", priority="medium"),),
    ),
    case(
        "lower the priority on task {0}",
        state(0, priority="medium"),
        seeds=(task("Renew the lease", priority="high"),),
    ),
    case(
        "postpone the car service by 3 days",
        state(0, due=when("2026-12-01T09:00")),
        seeds=(task("Car service", due="2026-11-28T09:00"),),
    ),
    case(
        "delay the essay a day pls",
        state(0, due=when("2026-12-05")),
        seeds=(task("Hand in the essay", due="2026-12-04"),),
    ),
    case(
        "move the call with ben 2 hours later",
        state(0, due=when("2026-11-27T16:00")),
        seeds=(task("Call with Ben", due="2026-11-27T14:00"),),
    ),
    case(
        "can we have the standup half an hour earlier?",
        state(0, due=when("2026-11-30T09:00")),
        seeds=(task("Team standup", due="2026-11-30T09:30"),),
    ),
    case(
        "dentist one day earlier please",
        state(0, due=when("2026-11-26T14:00")),
        seeds=(DENTIST,),
    ),
    case(
        "bring the project deadline forward a week",
        state(0, due=when("2026-12-03T12:00")),
        seeds=(task("Project deadline", due="2026-12-10T12:00"),),
    ),
    case(
        "deprioritise the receipts",
        state(0, priority="low"),
        seeds=(task("File the receipts", priority="medium"),),
    ),
    case(
        "crank up the priority on the visa application",
        state(0, priority="urgent"),
        seeds=(task("Visa application", priority="high"),),
    ),
    case(
        "make the newsletter a little more urgent",
        state(0, priority="medium"),
        seeds=(task("Write the newsletter", priority="low"),),
    ),
    case(
        "push back the vet by 45 minutes",
        state(0, due=when("2026-11-28T10:45")),
        seeds=(task("Vet appointment", due="2026-11-28T10:00"),),
    ),
    case(
        "plumber visit: two days later please",
        state(0, due=when("2026-11-29T08:00")),
        seeds=(task("Plumber visit", due="2026-11-27T08:00"),),
    ),
    case(
        "I need another week for the essay",
        state(0, due=when("2026-12-11"), status=OPEN),
        NOTHING_ADDED,
        seeds=(task("Hand in the essay", due="2026-12-04"),),
    ),
    case(
        "give me an extra day on the expenses report",
        state(0, due=when("2026-12-01T17:00")),
        NOTHING_ADDED,
        seeds=(task("Expenses report", due="2026-11-30T17:00"),),
    ),
    case(
        "Move dinner with the Hoffmanns an hour earlier.",
        state(0, due=when("2026-11-28T18:00")),
        seeds=(task("Dinner with the Hoffmanns", due="2026-11-28T19:00"),),
    ),
    case(
        "bump up the tax return",
        state(0, priority="medium"),
        seeds=(task("Tax return", priority="low"),),
    ),
    case(
        "the newsletter isn't that pressing, drop it a level",
        state(0, priority="medium", status=OPEN),
        seeds=(task("Write the newsletter", priority="high"),),
    ),
    case(
        "make task {0} one level higher",
        state(0, priority="medium"),
        seeds=(task("Order new glasses", priority="low"),),
    ),
    case(
        "push the gym induction back a fortnight",
        state(0, due=when("2026-12-14T18:00")),
        seeds=(task("Gym induction", due="2026-11-30T18:00"),),
    ),
    case(
        "bring the budget meeting forward an hour",
        state(0, due=when("2026-12-03T09:00")),
        seeds=(task("Budget meeting", due="2026-12-03T10:00"),),
    ),
    case(
        "decrease the priority of the gym session",
        state(0, priority="low"),
        untouched(1),
        seeds=(task("Gym session", priority="medium"), task("Buy milk", priority="medium")),
    ),
    case(
        "Could you push the haircut back two weeks?",
        state(0, due=when("2026-12-12T11:00")),
        seeds=(task("Haircut", due="2026-11-28T11:00"),),
    ),
)


REMINDERS: tuple[Case, ...] = (
    case(
        "give me a ping about the dentist tomorrow morning at 8",
        state(0, reminder=when("2026-11-27T08:00"), due=when("2026-11-27T14:00")),
        NOTHING_ADDED,
        seeds=(DENTIST,),
    ),
    case(
        "remind me about the passport on monday at 9",
        state(0, reminder=when("2026-11-30T09:00")),
        NOTHING_ADDED,
        seeds=("Renew the passport",),
    ),
    case(
        "I want a reminder an hour before my dentist appointment",
        state(0, reminder=when("2026-11-27T13:00"), due=when("2026-11-27T14:00")),
        NOTHING_ADDED,
        seeds=(DENTIST,),
    ),
    case(
        "can you nudge me about the gas bill tonight?",
        state(0, reminder=when("2026-11-26T20:00")),
        NOTHING_ADDED,
        seeds=("Pay the gas bill",),
    ),
    case(
        "set a reminder for the car service at 7:30 tomorrow",
        state(0, reminder=when("2026-11-27T07:30"), due=when("2026-11-28T09:00")),
        NOTHING_ADDED,
        seeds=(task("Car service", due="2026-11-28T09:00"),),
    ),
    case(
        "remind me to call the plumber at 5",
        state(0, reminder=TODAY_17),
        NOTHING_ADDED,
        seeds=("Call the plumber",),
    ),
    case(
        "alert me 30 mins before the standup",
        state(0, reminder=when("2026-11-30T09:00")),
        NOTHING_ADDED,
        seeds=(task("Team standup", due="2026-11-30T09:30"),),
    ),
    case(
        "reminder for the vet on saturday at 8 please",
        state(0, reminder=when("2026-11-28T08:00")),
        NOTHING_ADDED,
        seeds=(task("Vet appointment", due="2026-11-28T10:00"),),
    ),
    case(
        "remind me about the library books in 2 hours",
        state(0, reminder=when("2026-11-26T13:00")),
        NOTHING_ADDED,
        seeds=("Return the library books",),
    ),
    case(
        "don't let me forget the parcel, remind me tomorrow at noon",
        state(0, reminder=when("2026-11-27T12:00")),
        NOTHING_ADDED,
        seeds=("Pick up the parcel",),
    ),
    case(
        "change the dentist reminder to 9",
        state(0, reminder=when("2026-11-27T09:00"), due=when("2026-11-27T14:00")),
        NOTHING_ADDED,
        seeds=(task("Dentist appointment", due="2026-11-27T14:00", reminder="2026-11-27T08:00"),),
    ),
    case(
        "make the reminder for the vet half an hour earlier",
        state(0, reminder=when("2026-11-28T07:30"), due=when("2026-11-28T10:00")),
        NOTHING_ADDED,
        seeds=(task("Vet appointment", due="2026-11-28T10:00", reminder="2026-11-28T08:00"),),
    ),
    case(
        "remind me 2 days before the tax return is due",
        state(0, reminder=when("2026-12-08T12:00")),
        NOTHING_ADDED,
        seeds=(task("File the tax return", due="2026-12-10T12:00"),),
    ),
    case(
        "remind me about task {0} at 6pm",
        state(0, reminder=when("2026-11-26T18:00")),
        NOTHING_ADDED,
        seeds=("Order the birthday cake",),
    ),
    case(
        "remind me about the second one tomorrow at 8",
        state(1, reminder=when("2026-11-27T08:00")),
        untouched(0),
        untouched(2),
        NOTHING_ADDED,
        seeds=THREE,
        before=SHOWN,
    ),
    case(
        "ping me at 3 about the school form",
        state(0, reminder=when("2026-11-26T15:00")),
        NOTHING_ADDED,
        seeds=("Sign the school form",),
    ),
    case(
        "Could you remind me about the mortgage call on Tuesday at 11?",
        state(0, reminder=when("2026-12-01T11:00")),
        NOTHING_ADDED,
        seeds=("Call the bank about the mortgage",),
    ),
    case(
        "i need a reminder for the haircut, 9am saturday",
        state(0, reminder=when("2026-11-28T09:00")),
        NOTHING_ADDED,
        seeds=("Haircut",),
    ),
    case(
        "set an alert for the presentation at 8:15 tomorrow",
        state(0, reminder=when("2026-11-27T08:15")),
        NOTHING_ADDED,
        seeds=("Rehearse the presentation",),
    ),
    case(
        "remind me about the car insurance next monday at 10",
        state(0, reminder=when("2026-11-30T10:00")),
        NOTHING_ADDED,
        seeds=("Renew the car insurance",),
    ),
    case(
        "on thursday at 8 remind me about the dentist",
        state(0, reminder=when("2026-12-03T08:00"), due=when("2026-12-03T15:00")),
        NOTHING_ADDED,
        seeds=(task("Dentist appointment", due="2026-12-03T15:00"),),
    ),
    case(
        "the gym reminder should be at 7 instead",
        state(0, reminder=when("2026-11-27T07:00")),
        NOTHING_ADDED,
        seeds=(task("Gym session", reminder="2026-11-27T08:00"),),
    ),
    case(
        "remind me re: the plants at 6:30pm today",
        state(0, reminder=when("2026-11-26T18:30")),
        NOTHING_ADDED,
        seeds=("Water the plants",),
    ),
    case(
        "reminder pls - invoice, friday 10am",
        state(0, reminder=when("2026-11-27T10:00")),
        NOTHING_ADDED,
        seeds=("Send the invoice",),
    ),
    case(
        "poke me about calling grandma at 7pm",
        state(0, reminder=when("2026-11-26T19:00")),
        NOTHING_ADDED,
        seeds=("Call grandma",),
    ),
    case(
        "Remind me tomorrow at 9 to cancel the magazine",
        state(0, reminder=when("2026-11-27T09:00")),
        NOTHING_ADDED,
        seeds=("Cancel the magazine",),
    ),
    case(
        "remind me about the dentist 15 minutes before",
        state(0, reminder=when("2026-11-27T13:45")),
        NOTHING_ADDED,
        seeds=(DENTIST, "Buy milk"),
    ),
)


WRAPPED_TITLES: tuple[Case, ...] = (
    case(
        "could you pop 'return the library books' on my list?",
        added(title="Return the library books"),
    ),
    case(
        "put call the bank on my to-do list for monday",
        added(title="Call the bank", due=when("2026-11-30")),
    ),
    case(
        "I guess I should get the winter tyres fitted",
        added(title="Get the winter tyres fitted"),
    ),
    case("maybe I ought to clean out the fridge", added(title="Clean out the fridge")),
    case(
        "note to self: cancel the magazine subscription",
        added(title="Cancel the magazine subscription"),
    ),
    case(
        "jot down 'pick up the dry cleaning' for tomorrow",
        added(title="Pick up the dry cleaning", due=when("2026-11-27")),
    ),
    case("new task - defrost the freezer", added(title="Defrost the freezer")),
    case("don't let me forget to water the plants", added(title="Water the plants")),
    case(
        "i really need to sort out the garage this weekend",
        added(title="Sort out the garage", due=when("2026-11-28")),
    ),
    case(
        "Would you mind adding 'clean the oven' for Saturday?",
        added(title="Clean the oven", due=when("2026-11-28")),
    ),
    case(
        "stick pay council tax on there for the 1st",
        added(title="Pay council tax", due=when("2026-12-01")),
    ),
    case(
        "create a task named 'Prepare the quarterly slides' with the note use the new template",
        added(title="Prepare the quarterly slides", description="use the new template"),
    ),
    case(
        "I have to remember to renew the parking permit by friday",
        added(title="Renew the parking permit", due=when("2026-11-27")),
    ),
    case(
        "add to my list: book a table for mum's birthday",
        added(title="Book a table for mum's birthday"),
    ),
    case(
        "it'd be good to back up my laptop at some point",
        added(title="Back up my laptop"),
    ),
    case(
        "please remember that I need to email the landlord tomorrow at 10am",
        added(title="Email the landlord", due=when("2026-11-27T10:00")),
    ),
    case("gotta fix the leaky tap", added(title="Fix the leaky tap")),
    case("could u add get a birthday card for Tom", added(title="Get a birthday card for Tom")),
    case(
        "I think I should probably phone the insurance company",
        added(title="Phone the insurance company"),
    ),
    case(
        "task: order new contact lenses !high",
        added(title="Order new contact lenses", priority="high"),
    ),
    case("remind me to buy batteries", added(title="Buy batteries")),
    case(
        "can you set up a task to check the smoke alarms every month",
        added(title="Check the smoke alarms", recurrence="FREQ=MONTHLY"),
    ),
    case(
        "I'd like to add 'write thank-you notes' please",
        added(title="Write thank-you notes"),
    ),
    case(
        "mind putting down 'renew gym membership' for the 15th?",
        added(title="Renew gym membership", due=when("2026-12-15")),
    ),
    case(
        "water the plants every sunday pls",
        added(title="Water the plants", recurrence="FREQ=WEEKLY;BYDAY=SU"),
    ),
    case(
        "ugh, I suppose I have to do my tax return",
        added(title="Do my tax return"),
    ),
    case(
        "I've got to pick up the kids at 3 tomorrow",
        added(title="Pick up the kids", due=when("2026-11-27T15:00")),
    ),
    case(
        "Hey, could you put 'collect the dry cleaning' down for Friday?",
        added(title="Collect the dry cleaning", due=when("2026-11-27")),
    ),
    case("i wnat to add call the vet", added(title="Call the vet")),
    case(
        "Add 'Check tyre pressure' with description: before the long drive on Saturday",
        added(title="Check tyre pressure", description="before the long drive on Saturday"),
    ),
    case(
        "throw 'get an oil change' on my list, would ya",
        added(title="Get an oil change"),
    ),
)


FACTS: tuple[Case, ...] = (
    case("paid the gas bill", state(0, status=DONE), seeds=("Pay the gas bill",)),
    case("the car's been washed", state(0, status=DONE), seeds=("Wash the car",)),
    case("dishwasher's emptied", state(0, status=DONE), seeds=("Empty the dishwasher",)),
    case(
        "finally booked the flights!",
        state(0, status=DONE),
        state(1, status=OPEN),
        seeds=("Book flights", "Book hotel"),
    ),
    case("took the bins out this morning", state(0, status=DONE), seeds=("Take the bins out",)),
    case(
        "bought milk on the way home",
        state(1, status=DONE),
        state(0, status=OPEN),
        seeds=("Buy bread", "Buy milk"),
    ),
    case("I've rung the plumber", state(0, status=DONE), seeds=("Ring the plumber",)),
    case("invoice sent to acme 👍", state(0, status=DONE), seeds=("Send the invoice to Acme",)),
    case("slides are done", state(0, status=DONE), seeds=("Finish the slides",)),
    case(
        "called dad last night",
        state(1, status=DONE),
        state(0, status=OPEN),
        seeds=("Email Dad", "Call Dad"),
    ),
    case("passport's renewed, finally", state(0, status=DONE), seeds=("Renew the passport",)),
    case("report - done and dusted", state(0, status=DONE), seeds=("Write the report",)),
    case("spoke to the landlord today", state(0, status=DONE), seeds=("Speak to the landlord",)),
    case("rent is paid for this month", state(0, status=DONE), seeds=("Pay rent",)),
    case(
        "just cleaned the bathroom",
        state(0, status=DONE),
        NOTHING_ADDED,
        seeds=("Clean the bathroom",),
    ),
    case(
        "the plants are watered",
        state(0, status=DONE),
        state(1, status=OPEN),
        seeds=("Water the plants", "Feed the cat"),
    ),
    case("task {0} is done", state(0, status=DONE), seeds=("Fix the bike",)),
    # The negations: nothing is done yet, so nothing changes (and nothing is added).
    case("haven't paid the gas bill yet", UNCHANGED, seeds=("Pay the gas bill",)),
    case("the car still isn't washed", UNCHANGED, seeds=("Wash the car",)),
    case("I didn't call dad today", UNCHANGED, seeds=("Call Dad",)),
    case("report's not done yet", UNCHANGED, seeds=("Write the report",)),
    case("forgot to take the bins out again", UNCHANGED, seeds=("Take the bins out",)),
    case(
        "I was going to book the flights but didn't get round to it",
        UNCHANGED,
        seeds=("Book flights",),
    ),
    case("nearly finished the slides", UNCHANGED, seeds=("Finish the slides",)),
    case("still haven't rung the plumber", UNCHANGED, seeds=("Ring the plumber",)),
    case("the bathroom isn't clean yet", UNCHANGED, seeds=("Clean the bathroom",)),
)


WINDOWS: tuple[Case, ...] = (
    case(
        "anything for monday?",
        says("Team offsite"),
        lacks("Farmers market", "Pay council tax", "Dentist checkup"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's on this weekend",
        says("Farmers market", "Brunch with Lea"),
        lacks("Dentist checkup", "Team offsite", "Christmas fair", "Return the skis"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's coming up next week?",
        says("Team offsite", "Pay council tax", "Dinner at Sam's", "Christmas fair"),
        lacks("Quarterly review", "Farmers market", "Dentist checkup"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what have I got on tomorrow",
        says("Dentist checkup"),
        lacks("Farmers market", "Ship the parcel"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's on for today?",
        says("Ship the parcel"),
        lacks("Dentist checkup", "Farmers market"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "anything due this week?",
        says("Ship the parcel", "Dentist checkup", "Pay council tax", "Dinner at Sam's"),
        lacks("Christmas fair", "Quarterly review", "Return the skis"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what do i have on the 1st",
        says("Pay council tax"),
        lacks("Team offsite", "Dinner at Sam's"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's happening saturday?",
        says("Farmers market"),
        lacks("Brunch with Lea", "Christmas fair"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "anything on wednesday",
        says("Dinner at Sam's"),
        lacks("Pay council tax", "Team offsite"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's due this month?",
        says("Dentist checkup", "Farmers market", "Team offsite"),
        lacks("Pay council tax", "Quarterly review"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what do I need to get done by friday?",
        says("Dentist checkup"),
        lacks("Farmers market", "Team offsite"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "anything in the next few days?",
        says("Dentist checkup"),
        lacks("Quarterly review", "Christmas fair"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "anything on sunday?",
        says("Brunch with Lea"),
        lacks("Return the skis", "Farmers market"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what's planned for december 8th?",
        says("Quarterly review"),
        lacks("Pay council tax", "Christmas fair"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "what about next weekend",
        says("Christmas fair"),
        lacks("Farmers market", "Brunch with Lea"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "show me friday",
        says("Dentist checkup"),
        lacks("Farmers market", "Ship the parcel"),
        UNCHANGED,
        seeds=WEEK,
    ),
    case(
        "am i busy on tuesday",
        says("Pay council tax"),
        lacks("Quarterly review", "Team offsite"),
        UNCHANGED,
        seeds=WEEK,
    ),
)


SAFETY: tuple[Case, ...] = (
    case("delete it", UNCHANGED, seeds=("Gym session", "Buy milk")),
    case("should I delete the gym task?", UNCHANGED, seeds=("Gym session",)),
    case("delete the meeting", UNCHANGED, seeds=("Team meeting", "Meeting with the bank")),
    case("asdf jkl;", UNCHANGED, NO_CALLS, seeds=("Gym session",)),
    case("what would happen if I deleted task {0}?", UNCHANGED, seeds=("Gym session",)),
    case("don't delete the report", UNCHANGED, seeds=("Write the report",)),
    case("thinking about deleting the dentist task", UNCHANGED, seeds=("Dentist appointment",)),
    case("complete it", UNCHANGED, seeds=("Gym session",)),
    case("delete task 99999", UNCHANGED, seeds=("Gym session",)),
    case("is it a good idea to drop the gym?", UNCHANGED, seeds=("Gym session",)),
    case("mark the call as done", UNCHANGED, seeds=CALLS),
    case(
        "never mind",
        UNCHANGED,
        seeds=("Team meeting", "Meeting with the bank"),
        before="delete the meeting",
    ),
    case("hmm", UNCHANGED, seeds=("Buy milk",)),
    case("should I buy a new phone?", UNCHANGED),
    case("did I delete the dentist?", UNCHANGED, seeds=("Dentist appointment",)),
    case(
        "don't mark the report done yet, I'm still on it",
        UNCHANGED,
        seeds=("Write the report",),
    ),
    case("delete the fifth one", UNCHANGED, seeds=THREE, before=SHOWN),
    case("remind me about the call at 5", UNCHANGED, seeds=CALLS),
    case("remind me about the invoice", UNCHANGED, seeds=("Send the invoice",)),
    case("why did you delete my gym task??", UNCHANGED, seeds=("Gym session",)),
    case(
        "do you think I should get rid of the old invoice task",
        UNCHANGED,
        seeds=("Old invoice",),
    ),
    # The contrast: a polite question that is a request is acted on.
    case(
        "could you delete the gym session, please?",
        state(0, status=GONE),
        state(1, status=OPEN),
        seeds=("Gym session", "Buy milk"),
    ),
    case("can you mark the report as done?", state(0, status=DONE), seeds=("Write the report",)),
)


THIRD_VOICE: tuple[Case, ...] = (
    FOLLOW_UPS + RELATIVE_EDITS + REMINDERS + WRAPPED_TITLES + FACTS + WINDOWS + SAFETY
)
