"""Log lines are JSON with the request id, and carry no terminal colours."""

from __future__ import annotations

import json
import logging

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
