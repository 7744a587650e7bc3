"""``If-Match`` (RFC 9110, section 13.1.1): the task versions a change is conditional on.

A task's ``ETag`` is its version, quoted and strong: ``"3"``. ``If-Match`` holds ``*`` or a
comma-separated list of entity tags; the change goes ahead when the task exists (``*``) or when
one of the listed tags is the task's own, compared strongly: a weak tag (``W/"3"``) never
matches. A list that matches nothing is ``412``; a value that is not such a list is ``422``.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, Header, Request

from todo.errors import Invalid

#: The longest ``If-Match`` read, all its field lines together.
MAX_IF_MATCH = 1000

_ENTITY_TAG = re.compile(r'(W/)?"([\x21\x23-\x7e\x80-\xff]*)"')
_SEPARATORS = re.compile(r"[ \t]*(?:,[ \t]*)*")
_AFTER_TAG = re.compile(r"[ \t]*(?:,|\Z)")
_VERSION = re.compile(r"0|[1-9][0-9]{0,17}")
_MALFORMED = (
    'If-Match must be "*" or a comma-separated list of entity tags such as "3" (the ETag you read).'
)


def matching_versions(value: str) -> frozenset[int] | None:
    """Return the task versions an ``If-Match`` value matches, or ``None`` for ``*`` (any).

    Tags that can never be a task's ETag (weak ones, ``"stale-0"``) match no version, so a list
    of only those matches nothing. ``matching_versions('"3", W/"4", "x"') == {3}``.
    """
    if len(value) > MAX_IF_MATCH:
        raise Invalid(f"If-Match is longer than {MAX_IF_MATCH} characters.", field="If-Match")
    if value.strip(" \t") == "*":
        return None
    versions: set[int] = set()
    tags = 0
    position = _skip_separators(value, 0)
    while position < len(value):
        tag = _ENTITY_TAG.match(value, position)
        after = _AFTER_TAG.match(value, tag.end()) if tag is not None else None
        if tag is None or after is None:
            raise Invalid(_MALFORMED, field="If-Match")
        tags += 1
        weak, opaque = tag.groups()
        if weak is None and _VERSION.fullmatch(opaque):
            versions.add(int(opaque))
        position = _skip_separators(value, after.end())
    if tags == 0:
        raise Invalid(_MALFORMED, field="If-Match")
    return frozenset(versions)


def _skip_separators(value: str, position: int) -> int:
    """Return where the next list element starts: past blanks and (empty) commas."""
    separators = _SEPARATORS.match(value, position)
    return separators.end() if separators is not None else position


async def if_match(
    request: Request,
    if_match: Annotated[
        str | None,
        Header(
            max_length=MAX_IF_MATCH,
            description='The ETag you read (`"3"`), several separated by commas, or `*`; '
            "a task at another version gets 412.",
        ),
    ] = None,
) -> frozenset[int] | None:
    """Return the versions the request's ``If-Match`` allows, or ``None`` when any will do."""
    if if_match is None:
        return None
    return matching_versions(", ".join(request.headers.getlist("if-match")))


#: The task versions a change is conditional on (``None``: unconditional).
IfMatchDep = Annotated[frozenset[int] | None, Depends(if_match)]
