"""A fourth development set: the families the first held-out set showed to be missing, said in
new words by the engine's author (so it is development, not held out).

Wishes and typos around a request, a task asked for (``can I get a task for …``), repeats on
bare weekdays, priorities set with a movement verb, moves asked as questions, afterthoughts
(``…, lower it``), reminders at times said in words (``half past 4``), a weekday of next week,
one task named for showing, ``that wasn't done yet``, a note added to the task just made, and
``number N`` when no list was shown. Same clock as the corpus: Thursday 26 November 2026, 11:00
in Berlin.
"""

from __future__ import annotations

from .corpus import Case, Seed, added, case, says, state, titled
from .held_out import lacks, nothing_added, repeating

MONDAY = "Monday 30 November 2026"
SATURDAY = "Saturday 28 November 2026"
FRIDAY = "Friday 27 November 2026"

FOURTH_VOICE: tuple[Case, ...] = (
    # Wishes, typos and tasks asked for.
    case(
        "it would be really nice if you could add 'buy a new kettle'",
        added(title="Buy a new kettle"),
    ),
    case(
        "would be great if you could put down renew the parking permit",
        added(title="Renew the parking permit"),
    ),
    case("cna you put pick up dry cleaning on my list", added(title="Pick up dry cleaning")),
    case("pls ad call the vet tomorow", added(title="Call the vet", due=FRIDAY)),
    case(
        "could i get a reminder task for collecting the parcel on friday",
        added(title="Collect the parcel", due=FRIDAY),
    ),
    case(
        "can I have a task to email the landlord monday",
        added(title="Email the landlord", due=MONDAY),
    ),
    case(
        "i'd love it if you added sort out the garage for saturday",
        added(title="Sort out the garage", due=SATURDAY),
    ),
    case("can we get a new task for booking the MOT", added(title="Book the MOT")),
    # Repeats on bare weekdays.
    case(
        "water the garden tuesdays and thursdays",
        repeating("FREQ=WEEKLY", "BYDAY=TU,TH", title="Water the garden"),
    ),
    case(
        "swimming lesson saturdays",
        repeating("FREQ=WEEKLY", "BYDAY=SA", title="Swimming lesson"),
    ),
    # Priorities set with a movement verb; afterthoughts.
    case(
        "knock the report down to low",
        state(0, priority="low"),
        seeds=(Seed("Report", fields={"priority": "high"}),),
    ),
    case(
        "drop the report to medium please",
        state(0, priority="medium"),
        seeds=(Seed("Report", fields={"priority": "high"}),),
    ),
    case(
        "bump the invoice up to urgent",
        state(0, priority="urgent"),
        seeds=(Seed("Send the invoice", fields={"priority": "low"}),),
    ),
    case(
        "the newsletter isn't that important after all, lower it",
        state(0, priority="medium"),
        seeds=(Seed("Newsletter", fields={"priority": "high"}),),
    ),
    case(
        "the newsletter matters more than i thought, raise it",
        state(0, priority="medium"),
        seeds=(Seed("Newsletter", fields={"priority": "low"}),),
    ),
    # Moves asked as questions.
    case(
        "could the dentist be three days earlier?",
        state(0, due="Friday 27 November 2026, 10:00"),
        seeds=(Seed("Dentist", fields={"due": "2026-11-30T10:00"}),),
    ),
    case(
        "can the haircut be moved back a week",
        state(0, due="Monday 7 December 2026, 10:00"),
        seeds=(Seed("Haircut", fields={"due": "2026-11-30T10:00"}),),
    ),
    # Reminders: times in words, nouns for the task's verb.
    case(
        "buzz me about the flights at quarter to 6 this evening",
        state(0, reminder="Thursday 26 November 2026, 17:45"),
        nothing_added(),
        seeds=("Book flights",),
    ),
    case(
        "remind me about the builder payment tomorrow at 9",
        state(0, reminder="Friday 27 November 2026, 09:00"),
        nothing_added(),
        seeds=("Pay the builder",),
    ),
    case(
        "i need a reminder for the car service at ten past nine on monday",
        state(0, reminder="Monday 30 November 2026, 09:10"),
        nothing_added(),
        seeds=("Car service",),
    ),
    # A day of next week.
    case(
        "what have I got on thursday next week",
        says("Tax return"),
        lacks("Flights", "Gym"),
        seeds=(
            Seed("Flights", fields={"due": "2026-11-30T10:00"}),
            Seed("Gym", fields={"due": "2026-12-08T10:00"}),
            Seed("Tax return", fields={"due": "2026-12-03T10:00"}),
        ),
    ),
    case("what still needs doing?", says("Pay the water bill"), seeds=("Pay the water bill",)),
    # Follow-ups.
    case(
        "and delete it",
        state(0, status="deleted"),
        state(1, status="pending"),
        seeds=("Dentist", "Gym"),
        before="show me the dentist task",
    ),
    case(
        "mark it done",
        state(0, status="completed"),
        state(1, status="pending"),
        seeds=("Call the plumber", "Call the bank"),
        before="what's the plumber task?",
    ),
    case(
        "that wasn't done yet",
        state(0, status="pending"),
        seeds=("Dentist appointment",),
        before="complete the dentist appointment",
    ),
    case(
        "whoops, it's not finished, reopen it",
        state(0, status="pending"),
        seeds=("Return the library books",),
        before="I returned the library books",
    ),
    case(
        "and add a note: bring two photos",
        titled("Renew passport", description="bring two photos"),
        nothing_added(),
        before="add renew passport",
    ),
    case(
        "complete number {1}",
        state(1, status="completed"),
        state(0, status="pending"),
        seeds=("Pay the water bill", "Buy light bulbs"),
    ),
)
