"""CPU time of one search for a repeating task's next occurrence: a plain daily task beside the
costliest rules a task may have, from the oldest due date a task may have (1 January 1900).

Also shows what becomes of rules that are refused now, as they would be searched if a database
still held them from before (several times a day, and a date that never comes). Each figure is
the median CPU time (``time.process_time``) of the runs, so other load on the machine matters
little. Goal: every accepted rule under 0.5 s on the reference 2-core machine.

    .venv/bin/python bench/recurrence_cost.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from todo.domain.recurrence import NextOccurrence, find_next_occurrence, normalize_rrule
from todo.errors import Invalid

DONE = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
OLDEST = datetime(1900, 1, 1, tzinfo=UTC)
HOURS = ",".join(str(hour) for hour in range(24))
MINUTES = ",".join(str(minute) for minute in range(60))

#: (what, rule, due date)
CASES = [
    ("baseline: daily, due yesterday", "FREQ=DAILY", datetime(2026, 11, 25, 9, tzinfo=UTC)),
    ("daily at 23:59:59, from 1900", "FREQ=DAILY;BYHOUR=23;BYMINUTE=59;BYSECOND=59", OLDEST),
    ("every 1000 days, from 1900", "FREQ=DAILY;INTERVAL=1000", OLDEST),
    (
        "Mondays that are 29 Feb, COUNT, from 1900",
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;COUNT=1000",
        OLDEST,
    ),
    (
        "every 7th day on Tuesdays, due a Monday",
        "FREQ=DAILY;INTERVAL=7;BYDAY=TU",
        datetime(2026, 11, 23, 9, tzinfo=UTC),
    ),
    (
        "monthly in February, due 30 January",
        "FREQ=MONTHLY;BYMONTH=2",
        datetime(1900, 1, 30, tzinfo=UTC),
    ),
    (
        "every second of the day, from 1970",
        f"FREQ=DAILY;BYHOUR={HOURS};BYMINUTE={MINUTES};BYSECOND={MINUTES}",
        datetime(1970, 1, 1, tzinfo=UTC),
    ),
    (
        "every minute from 01:00, from 1900",
        f"FREQ=DAILY;BYHOUR={HOURS.removeprefix('0,')};BYMINUTE={MINUTES}",
        OLDEST,
    ),
    ("30 February", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", DONE),
]


def verdict(rule: str) -> str:
    try:
        normalize_rrule(rule)
    except Invalid:
        return "refused"
    return "accepted"


def outcome(found: NextOccurrence) -> str:
    if found.gave_up:
        return "gave up: the series ends"
    return "series ended" if found.due is None else f"next {found.due:%Y-%m-%d %H:%M:%S}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    berlin = ZoneInfo("Europe/Berlin")
    print(f"completed {DONE:%Y-%m-%d %H:%M} UTC, time zone Europe/Berlin, median of {args.runs}")
    for what, rule, due in CASES:
        timings = []
        for _ in range(args.runs):
            started = time.process_time()
            found = find_next_occurrence(rule, due=due, tz=berlin, after=DONE)
            timings.append(time.process_time() - started)
        cost = statistics.median(timings) * 1000
        print(f"  {what:44} {verdict(rule):9} {cost:9.1f} ms CPU   {outcome(found)}")


if __name__ == "__main__":
    main()
