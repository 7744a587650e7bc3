"""Requests about projects: add a task to one, list what is in one, share one.

``add milk to the Groceries project``, ``put eggs in the Groceries project``, ``show the Home
project``, ``what's in Home?``, ``share Groceries with bob@example.com as editor``. Which words
name a project is known only with the user's projects at hand: ``what's in Home?`` is read as a
list of the thing called Home, which the engine then looks up among projects, tags and words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Final, Literal
from zoneinfo import ZoneInfo

from todo.domain.assistant.intent_fields import TaskFields, read_fields
from todo.domain.assistant.intent_lists import ListQuery
from todo.domain.language.when import find_when

_FLAGS: Final = re.IGNORECASE | re.DOTALL
_PLEASE: Final = r"(?:(?:please|pls|can\s++you|could\s++you|would\s++you)\s++)?"
_OWNER_WORD: Final = r"(?:(?:the|my|our)\s++)?"
#: A project's name as said: up to 100 characters, no sentence punctuation.
_NAME: Final = r"(?P<project>[^\s,.;:!?][^,.;:!?]{0,99}?)"

#: ``share Groceries with bob@example.com as editor``.
_SHARE: Final = re.compile(
    rf"^{_PLEASE}share\s++{_OWNER_WORD}{_NAME}(?:\s++(?:project|list))?\s++with\s++"
    r"(?P<email>[^\s@]{1,64}@[^\s@]{1,255}?)"
    r"(?:\s++as\s++(?:an?\s++)?(?P<role>viewer|editor|admin))?[\s.!]*$",
    _FLAGS,
)
#: ``add milk to the Groceries project``, ``put eggs in the Groceries project tomorrow``.
_ADD_TO: Final = re.compile(
    rf"^{_PLEASE}(?:add|put)\s++(?P<body>.{{1,1000}}?)\s++(?:to|in|into|on)\s++{_OWNER_WORD}"
    rf"{_NAME}\s++project\b(?P<rest>.{{0,1000}})$",
    _FLAGS,
)
#: ``show the Home project``, ``what's in the Groceries project?``.
_LIST_NAMED: Final = re.compile(
    r"^(?:what(?:'s|\s++is)\s++(?:in|on)|show(?:\s++me)?|list|open)\s++"
    rf"{_OWNER_WORD}{_NAME}\s++project[\s?.!]*$",
    _FLAGS,
)
#: ``what's in Home?``: the thing called Home, a project if there is one.
_WHAT_IS_IN: Final = re.compile(
    rf"^what(?:'s|\s++is)\s++in\s++{_OWNER_WORD}{_NAME}[\s?.!]*$", _FLAGS
)

#: The most words ``what's in …?`` takes as a name.
_NAME_WORDS_MAX: Final = 2

Role = Literal["viewer", "editor", "admin"]
_ROLES: Final[dict[str, Role]] = {"viewer": "viewer", "editor": "editor", "admin": "admin"}


@dataclass(frozen=True)
class ShareProject:
    """Share the project named ``project`` with ``email`` as ``role``."""

    project: str
    email: str
    role: Role = "editor"


def read_project_request(
    text: str, now: datetime, tz: ZoneInfo
) -> ShareProject | TaskFields | ListQuery | None:
    """Return what a request about a project asks: a share, the fields of a task to add to a
    project, or a list of a project (or of the thing a word names); ``None`` when it is about
    no project."""
    shared = _SHARE.match(text)
    if shared is not None:
        role = _ROLES[(shared.group("role") or "editor").lower()]
        return ShareProject(shared.group("project").strip(), shared.group("email"), role)
    added = _ADD_TO.match(text)
    if added is not None:
        fields = read_fields(f"{added.group('body')}{added.group('rest')}", now=now, tz=tz)
        return replace(fields, project=added.group("project").strip())
    named = _LIST_NAMED.match(text)
    if named is not None:
        return ListQuery(project=named.group("project").strip())
    return None


def read_what_is_in(text: str, now: datetime, tz: ZoneInfo) -> ListQuery | None:
    """Return the list ``what's in Home?`` asks for: of the thing called Home (a project, a
    tag or words), for a message that read as nothing else (``what's in store for today?``
    is today's list). A name of more than two words, or one with a date in it, is no
    project's (``what's in my calendar this week?``)."""
    asked = _WHAT_IS_IN.match(text)
    if asked is None:
        return None
    name = asked.group("project").strip()
    if len(name.split()) > _NAME_WORDS_MAX or find_when(name, now=now, tz=tz):
        return None
    return ListQuery(tag_word=name)
