"""Opaque cursors for keyset pagination: one format and one error for every paged list.

A cursor is the URL-safe base64 of a JSON array: the name of the list it continues, then the
sort key of the last row a page showed (an id, a moment, a text, a priority). Each list reads
its cursors with one of the typed readers below, which refuse — with the same sentence
everywhere — a cursor that is not one, or that belongs to another list (another sort or order
of the tasks, the notifications rather than the activity log, …).
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from todo.domain.task_query import SortOrder, SortValue, TaskSort
from todo.errors import Invalid

BAD_CURSOR = "The cursor is not valid; start again from the first page."
#: The largest id a row can have (the columns are 32-bit integers on PostgreSQL).
MAX_ID = 2**31 - 1
#: The longest text a cursor may carry as a sort key.
MAX_TEXT = 1000


def encode_cursor(kind: str, *values: int | str | datetime) -> str:
    """Return the cursor of the list ``kind`` that continues after the row whose sort key is
    ``values`` (moments are written in ISO 8601)."""
    shown = [value.isoformat() if isinstance(value, datetime) else value for value in values]
    payload = json.dumps([kind, *shown], separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def read_id_cursor(cursor: str, kind: str) -> int:
    """Return the id a cursor of the list ``kind`` carries, or raise :class:`Invalid`."""
    (row_id,) = _values(cursor, kind, 1)
    return _id(row_id)


def read_moment_cursor(cursor: str, kind: str) -> tuple[datetime, int]:
    """Return the ``(moment, id)`` a cursor of the list ``kind`` carries, or raise
    :class:`Invalid`."""
    moment, row_id = _values(cursor, kind, 2)
    return _moment(moment), _id(row_id)


def task_cursor(sort: TaskSort, order: SortOrder, key: SortValue, task_id: int) -> str:
    """Return the cursor that continues a task list after the row with ``key`` and ``task_id``."""
    return encode_cursor(_task_kind(sort, order), key, task_id)


def read_task_cursor(cursor: str, sort: TaskSort, order: SortOrder) -> tuple[SortValue, int]:
    """Return the ``(key, id)`` a task list's cursor carries, or raise :class:`Invalid`.

    A cursor only continues the list it came from: another sort or order is refused.
    """
    value, task_id = _values(cursor, _task_kind(sort, order), 2)
    key: SortValue
    if sort in (TaskSort.CREATED, TaskSort.UPDATED, TaskSort.DUE):
        key = _moment(value)
    elif sort is TaskSort.PRIORITY:
        if type(value) is not int or not 0 <= value <= 4:
            raise Invalid(BAD_CURSOR, field="cursor")
        key = value
    else:
        if not isinstance(value, str) or len(value) > MAX_TEXT:
            raise Invalid(BAD_CURSOR, field="cursor")
        key = value
    return key, _id(task_id)


def _task_kind(sort: TaskSort, order: SortOrder) -> str:
    return f"tasks:{sort.value}:{order.value}"


def _values(cursor: str, kind: str, count: int) -> list[Any]:
    """The ``count`` values after the list's name, or :class:`Invalid` when the cursor is not
    one of ``kind``'s."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        found = json.loads(raw)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise Invalid(BAD_CURSOR, field="cursor") from exc
    if not isinstance(found, list) or len(found) != count + 1 or found[0] != kind:
        raise Invalid(BAD_CURSOR, field="cursor")
    return found[1:]


def _id(value: object) -> int:
    if type(value) is not int or not 0 < value <= MAX_ID:
        raise Invalid(BAD_CURSOR, field="cursor")
    return value


def _moment(value: object) -> datetime:
    if not isinstance(value, str) or len(value) > 64:
        raise Invalid(BAD_CURSOR, field="cursor")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise Invalid(BAD_CURSOR, field="cursor") from exc
    if moment.tzinfo is None:
        raise Invalid(BAD_CURSOR, field="cursor")
    return moment
