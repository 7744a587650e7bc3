"""Due dates and reminders lie between 1 January 1900 and 31 December 2199."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from todo.domain.due import reminder_instant, stored_due
from todo.errors import Invalid

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    "value",
    [
        date(1900, 1, 1),
        date(1970, 1, 1),
        date(2199, 12, 31),
        datetime(1900, 1, 1, 0, 0, tzinfo=UTC),
        datetime(2199, 12, 31, 23, 59, 59, tzinfo=UTC),
    ],
)
def test_dates_in_the_range_are_stored(value: date | datetime) -> None:
    stored, all_day = stored_due(value)
    assert stored.tzinfo is UTC
    assert all_day is not isinstance(value, datetime)


@pytest.mark.parametrize(
    "value",
    [
        date(1, 1, 2),
        date(1899, 12, 31),
        date(2200, 1, 1),
        date(9999, 12, 31),
        datetime(1899, 12, 31, 23, 59, tzinfo=UTC),
        datetime(2200, 1, 1, 0, 0, tzinfo=UTC),
        datetime(1, 1, 2, tzinfo=UTC),
    ],
)
def test_due_dates_outside_the_range_are_refused(value: date | datetime) -> None:
    with pytest.raises(Invalid, match="between 1 January 1900 and 31 December 2199") as caught:
        stored_due(value)
    assert caught.value.problems[0].field == "due_at"


@pytest.mark.parametrize(
    "value",
    [date(1899, 12, 31), date(2200, 1, 1), datetime(1, 1, 2, tzinfo=UTC)],
)
def test_reminders_outside_the_range_are_refused(value: date | datetime) -> None:
    with pytest.raises(Invalid, match="between 1 January 1900 and 31 December 2199") as caught:
        reminder_instant(value, BERLIN)
    assert caught.value.problems[0].field == "remind_at"


def test_a_date_the_calendar_cannot_hold_in_utc_is_a_field_error_too() -> None:
    with pytest.raises(Invalid) as caught:  # 09:00 on 1 January of year 1 at UTC+14
        reminder_instant(date(1, 1, 1), ZoneInfo("Etc/GMT-14"))
    assert caught.value.problems[0].field == "remind_at"
