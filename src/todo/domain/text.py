"""Text as every door receives it: Unicode that both databases and JSON can hold.

PostgreSQL cannot store the NUL character, and a lone UTF-16 surrogate (``"\\ud800"`` in JSON,
or an undecodable byte in a console argument) cannot be written as UTF-8 at all. Every text an
input model accepts is :data:`PlainText`, so such input is refused where it enters — as a field
error naming the field — and never reaches a database or an encoder.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

NUL_REFUSED = "must not contain the NUL character (\\u0000)"
SURROGATE_REFUSED = "must be valid Unicode (it holds a lone surrogate such as \\ud800)"


def text_problem(value: str) -> str | None:
    """Return what is wrong with ``value`` as text to store (``None`` when nothing is)."""
    if "\x00" in value:
        return NUL_REFUSED
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return SURROGATE_REFUSED
    return None


def check_text(value: str) -> str:
    """Return ``value`` unchanged, or raise :class:`ValueError` when it cannot be stored."""
    problem = text_problem(value)
    if problem is not None:
        raise ValueError(f"The text {problem}.")
    return value


#: A string input field: refused with a field error when it holds NUL or a lone surrogate.
PlainText = Annotated[str, AfterValidator(check_text)]


def printable(value: str) -> str:
    """Return ``value`` with every lone surrogate replaced by U+FFFD, so that it can be sent
    (a last defence for messages that might quote unchecked input)."""
    if value.isascii():
        return value
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
