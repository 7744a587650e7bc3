"""Opaque cursors for keyset pagination: the sort key of the last row a page showed."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime

from todo.domain.task_query import SortOrder, SortValue, TaskSort
from todo.errors import Invalid

_BAD_CURSOR = "The cursor is not valid; start again from the first page."
#: The largest id a task can have (the column is a 32-bit integer on PostgreSQL).
MAX_ID = 2**31 - 1


def encode_cursor(sort: TaskSort, order: SortOrder, key: SortValue, task_id: int) -> str:
    """Return the cursor that continues a list after the row with sort ``key`` and ``task_id``."""
    value: object = key.isoformat() if isinstance(key, datetime) else key
    payload = json.dumps([sort.value, order.value, value, task_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: TaskSort, order: SortOrder) -> tuple[SortValue, int]:
    """Return the ``(key, id)`` a cursor carries, or raise :class:`Invalid`.

    A cursor only continues the list it came from: another sort or order is refused.
    """
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        cursor_sort, cursor_order, value, task_id = json.loads(raw)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise Invalid(_BAD_CURSOR, field="cursor") from exc
    if (cursor_sort, cursor_order) != (sort.value, order.value) or type(task_id) is not int:
        raise Invalid(_BAD_CURSOR, field="cursor")
    if not 0 < task_id <= MAX_ID:
        raise Invalid(_BAD_CURSOR, field="cursor")
    key: SortValue
    if sort in (TaskSort.CREATED, TaskSort.UPDATED, TaskSort.DUE):
        if isinstance(value, str):
            try:
                key = datetime.fromisoformat(value)
            except ValueError as exc:
                raise Invalid(_BAD_CURSOR, field="cursor") from exc
            if key.tzinfo is None:
                raise Invalid(_BAD_CURSOR, field="cursor")
        else:
            raise Invalid(_BAD_CURSOR, field="cursor")
    elif sort is TaskSort.PRIORITY:
        if type(value) is not int or not 0 <= value <= 4:
            raise Invalid(_BAD_CURSOR, field="cursor")
        key = value
    else:
        if not isinstance(value, str) or len(value) > 1000:
            raise Invalid(_BAD_CURSOR, field="cursor")
        key = value
    return key, task_id
