"""One cursor format for every paged list: each list reads only its own cursors, and every
refusal is the same sentence."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from todo.domain.cursor import (
    BAD_CURSOR,
    encode_cursor,
    read_id_cursor,
    read_moment_cursor,
    read_task_cursor,
    task_cursor,
)
from todo.domain.task_query import SortOrder, TaskSort
from todo.errors import Invalid

MOMENT = datetime(2026, 11, 26, 10, 0, 0, 123456, tzinfo=UTC)


def test_each_reader_gets_back_what_was_written() -> None:
    assert read_id_cursor(encode_cursor("notifications", 41), "notifications") == 41
    assert read_moment_cursor(encode_cursor("activity", MOMENT, 7), "activity") == (MOMENT, 7)
    cursor = task_cursor(TaskSort.PRIORITY, SortOrder.DESC, 3, 12)
    assert read_task_cursor(cursor, TaskSort.PRIORITY, SortOrder.DESC) == (3, 12)


@pytest.mark.parametrize(
    ("cursor", "read"),
    [
        (encode_cursor("notifications", 41), lambda c: read_id_cursor(c, "messages")),
        (encode_cursor("activity", MOMENT, 7), lambda c: read_moment_cursor(c, "conversations")),
        (
            task_cursor(TaskSort.DUE, SortOrder.ASC, MOMENT, 3),
            lambda c: read_task_cursor(c, TaskSort.DUE, SortOrder.DESC),
        ),
        (encode_cursor("notifications", 0), lambda c: read_id_cursor(c, "notifications")),
        (encode_cursor("notifications", 2**31), lambda c: read_id_cursor(c, "notifications")),
        (encode_cursor("activity", "yesterday", 7), lambda c: read_moment_cursor(c, "activity")),
        ("not base64 at all!", lambda c: read_id_cursor(c, "notifications")),
        ("", lambda c: read_id_cursor(c, "notifications")),
    ],
)
def test_a_cursor_of_another_list_or_out_of_range_is_refused_in_one_sentence(
    cursor: str, read: object
) -> None:
    assert callable(read)
    with pytest.raises(Invalid) as refused:
        read(cursor)
    assert refused.value.message == BAD_CURSOR
