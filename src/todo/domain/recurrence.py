"""Recurrence rules: RFC 5545 RRULE text, validated and normalised."""

from __future__ import annotations

import re
from datetime import datetime

from dateutil.rrule import rrulestr

from todo.errors import Invalid

_SHORTHANDS = {
    "daily": "FREQ=DAILY",
    "weekly": "FREQ=WEEKLY",
    "monthly": "FREQ=MONTHLY",
    "yearly": "FREQ=YEARLY",
    "annually": "FREQ=YEARLY",
}

#: Parts a stored rule may not carry: the series starts at the task's due date.
_FORBIDDEN_PARTS = {"DTSTART"}
#: Parts that must be a whole number of at least one (``INTERVAL=0`` would never advance).
_POSITIVE_PARTS = {"INTERVAL", "COUNT"}
_WHITESPACE = re.compile(r"\s")
MAX_RULE_LENGTH = 500


def normalize_rrule(text: str) -> str:
    """Return ``text`` as canonical RRULE text, or raise :class:`Invalid`.

    Accepts the shorthands ``daily``, ``weekly``, ``monthly`` and ``yearly`` and full rules with
    or without the ``RRULE:`` prefix: ``normalize_rrule("rrule:freq=weekly;byday=mo")`` returns
    ``"FREQ=WEEKLY;BYDAY=MO"``.
    """
    rule = text.strip()
    if not rule:
        raise Invalid("The recurrence rule is empty.", field="recurrence")
    if len(rule) > MAX_RULE_LENGTH:
        raise Invalid(
            f"The recurrence rule is longer than {MAX_RULE_LENGTH} characters.",
            field="recurrence",
        )
    shorthand = _SHORTHANDS.get(rule.lower())
    if shorthand is not None:
        return shorthand
    if rule.upper().startswith("RRULE:"):
        rule = rule[len("RRULE:") :]
    if _WHITESPACE.search(rule.strip()):
        raise Invalid(f"'{text}' is not a valid recurrence rule.", field="recurrence")
    parts: dict[str, str] = {}
    for part in rule.strip().split(";"):
        name, sep, value = part.partition("=")
        name, value = name.strip().upper(), value.strip().upper()
        if not sep or not name or not value:
            raise Invalid(f"'{text}' is not a valid recurrence rule.", field="recurrence")
        if name in _FORBIDDEN_PARTS:
            raise Invalid(
                f"A recurrence rule may not set {name}; the task's due date starts the series.",
                field="recurrence",
            )
        if name in parts:
            raise Invalid(f"The recurrence rule sets {name} twice.", field="recurrence")
        if name in _POSITIVE_PARTS and not (value.isdigit() and int(value) >= 1):
            raise Invalid(
                f"{name} in a recurrence rule must be a whole number of at least 1.",
                field="recurrence",
            )
        parts[name] = value
    if "FREQ" not in parts:
        raise Invalid(
            f"'{text}' is not a valid recurrence rule: FREQ is missing.", field="recurrence"
        )
    canonical = ";".join(
        [f"FREQ={parts.pop('FREQ')}", *(f"{name}={value}" for name, value in parts.items())]
    )
    try:
        rrulestr(canonical, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise Invalid(f"'{text}' is not a valid recurrence rule.", field="recurrence") from exc
    return canonical
