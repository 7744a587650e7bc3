"""Log lines are JSON with the request id, and carry no terminal colours."""

from __future__ import annotations

import io
import json
import logging
from datetime import UTC, datetime

from todo import logs


def test_a_record_becomes_one_json_line_with_the_request_id() -> None:
    record = logging.LogRecord("todo.access", logging.INFO, __file__, 1, "request", (), None)
    record.color_message = "\x1b[36mrequest\x1b[0m"
    record.status = 200
    token = logs.request_id.set("abc123")
    try:
        line = logs.JsonFormatter().format(record)
    finally:
        logs.request_id.reset(token)
    entry = json.loads(line)
    assert entry["message"] == "request"
    assert entry["request_id"] == "abc123"
    assert entry["status"] == 200
    assert "color_message" not in entry
    assert "\x1b" not in line


def test_a_record_becomes_one_short_readable_line_with_its_extras() -> None:
    record = logging.LogRecord("todo.events", logging.WARNING, __file__, 1, "broker down", (), None)
    record.retry_in_seconds = 2
    line = logs.TextFormatter().format(record)
    assert line.endswith("warning todo.events: broker down  retry_in_seconds=2")
    assert "{" not in line


class _Stream(io.StringIO):
    def __init__(self, *, terminal: bool) -> None:
        super().__init__()
        self.terminal = terminal

    def isatty(self) -> bool:
        return self.terminal


def test_auto_is_text_on_a_terminal_and_json_elsewhere() -> None:
    assert logs.chosen_format("auto", _Stream(terminal=True)) == "text"
    assert logs.chosen_format("auto", _Stream(terminal=False)) == "json"
    assert logs.chosen_format("json", _Stream(terminal=True)) == "json"
    assert logs.chosen_format("text", _Stream(terminal=False)) == "text"


def test_the_libraries_start_up_chatter_is_kept_for_debug() -> None:
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        logs.configure_logging("INFO", "json")
        assert not logging.getLogger("alembic.runtime.migration").isEnabledFor(logging.INFO)
        assert logging.getLogger("alembic.runtime.migration").isEnabledFor(logging.WARNING)
        assert logging.getLogger("todo.serve").isEnabledFor(logging.INFO)
        logs.configure_logging("DEBUG", "json")
        assert logging.getLogger("alembic.runtime.migration").isEnabledFor(logging.INFO)
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
        for name in logs.CHATTY:
            logging.getLogger(name).setLevel(logging.NOTSET)


def test_the_time_is_written_as_isoformat_writes_it() -> None:
    """The formatter writes the time by hand (it runs once per request); it must agree with
    ``datetime.isoformat`` to the millisecond, roundings at the edges included."""
    record = logging.LogRecord("todo.access", logging.INFO, "", 0, "request", (), None)
    moments = [1765000000 + edge for edge in (0.0, 0.0005, 0.9995, 0.9999996, 0.8559995)]
    moments += [1_000_000_000 + step * 7_777.123457 for step in range(2_000)]
    for moment in moments:
        record.created = moment
        written = json.loads(logs.JsonFormatter().format(record))["time"]
        assert written == datetime.fromtimestamp(moment, UTC).isoformat(timespec="milliseconds")
