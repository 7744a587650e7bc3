"""Logs: JSON lines for machines, short readable lines for people, each with its request id.

``TODO_LOG_FORMAT=auto`` (the default) writes readable lines when stderr is a terminal and
JSON lines otherwise (a container, CI, a file). At INFO a server says where it listens and
little else: the libraries' start-up chatter (each Alembic plugin, uvicorn's phases) is kept
for DEBUG, and their warnings and errors always come through.

Nothing here logs headers or bodies: tokens and passwords never reach a log line.
"""

from __future__ import annotations

import logging
import sys
import time
from contextvars import ContextVar
from datetime import datetime
from typing import Literal, TextIO

import orjson

#: The id of the request being served, or ``None`` outside a request.
request_id: ContextVar[str | None] = ContextVar("request_id", default=None)

LogFormat = Literal["auto", "json", "text"]

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {
    "message",
    "asctime",
    "color_message",  # uvicorn's copy of the message with terminal colours
}

#: Libraries that narrate their start-up at INFO: shown from WARNING unless the level is DEBUG.
CHATTY = (
    "alembic",
    "uvicorn.error",
    "mcp",
    "faststream",
    "httpx",
    "aiokafka",
    "nats",
    "aio_pika",
    "aiormq",
)


def _extras(record: logging.LogRecord) -> dict[str, object]:
    """The fields a caller attached with ``extra=``, and the request id."""
    found: dict[str, object] = {}
    current = request_id.get()
    if current is not None:
        found["request_id"] = current
    for key, value in record.__dict__.items():
        if key not in _STANDARD and not key.startswith("_"):
            found[key] = value
    return found


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON object: time, level, logger, message, request id, extras."""

    def format(self, record: logging.LogRecord) -> str:
        seconds = int(record.created)
        micros = round((record.created - seconds) * 1_000_000)  # as datetime rounds it
        if micros == 1_000_000:
            seconds, micros = seconds + 1, 0
        entry: dict[str, object] = {
            # As datetime's isoformat(timespec="milliseconds") writes it, at a fraction of the
            # cost: a server writes one of these per request.
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
            + f".{micros // 1000:03d}+00:00",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(_extras(record))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


class TextFormatter(logging.Formatter):
    """Formats a record as one short line: ``12:00:01 warning todo.events: message key=value``."""

    def format(self, record: logging.LogRecord) -> str:
        moment = datetime.fromtimestamp(record.created).strftime("%H:%M:%S")
        line = f"{moment} {record.levelname.lower()} {record.name}: {record.getMessage()}"
        extras = " ".join(f"{key}={value}" for key, value in _extras(record).items())
        if extras:
            line = f"{line}  {extras}"
        if record.exc_info:
            line = f"{line}\n{self.formatException(record.exc_info)}"
        return line


def chosen_format(log_format: LogFormat, stream: TextIO) -> Literal["json", "text"]:
    """Return the format ``log_format`` means on ``stream``: ``auto`` is text on a terminal."""
    if log_format != "auto":
        return log_format
    isatty = getattr(stream, "isatty", None)
    return "text" if isatty is not None and isatty() else "json"


def configure_logging(level: str = "INFO", log_format: LogFormat = "auto") -> None:
    """Send the product's and the server's logs to stderr in ``log_format``."""
    handler = logging.StreamHandler(sys.stderr)
    json_lines = chosen_format(log_format, sys.stderr) == "json"
    handler.setFormatter(JsonFormatter() if json_lines else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True
    quiet = root.getEffectiveLevel() > logging.DEBUG
    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.WARNING if quiet else logging.NOTSET)
