"""The phrasings of actions on one task: complete, reopen, delete, restore, show and edit.

Each pattern names the task in the group ``ref`` (read by
:func:`todo.domain.intents.read_reference`); edits name the new value in ``new`` (a title, a
date, a priority), ``when``, ``level``, ``tags`` or ``rule``, and what is changed in ``field``.
"""

from __future__ import annotations

import re
from typing import Final, Literal

_I: Final = re.IGNORECASE

Verb = Literal["complete", "reopen", "delete", "restore", "show"]

_DONE: Final = r"(?:complete|completed|done|finished|finish|checked off|ticked off|crossed off)"
_NOT_DONE: Final = (
    r"(?:not done|not complete|not completed|not finished|incomplete|pending|undone|open|"
    r"uncompleted|unfinished|to do|todo)"
)
_LIST_END: Final = r"(?:\s+(?:from|off|on)\s+(?:my|the)\s+(?:to-?do\s+)?list)?"

ACTIONS: Final[tuple[tuple[Verb, re.Pattern[str]], ...]] = (
    ("reopen", re.compile(rf"^(?:mark|set|flag|make)\s+(?P<ref>.+?)\s+(?:as\s+)?{_NOT_DONE}$", _I)),
    ("reopen", re.compile(rf"^(?P<ref>.+?)\s+is\s+(?:still\s+)?{_NOT_DONE}(?:\s+yet)?$", _I)),
    (
        "reopen",
        re.compile(
            r"^(?:reopen|re-open|uncomplete|un-complete|undo|unmark|uncheck|untick|unfinish)\s+"
            rf"(?P<ref>.+?)(?:\s+as\s+done)?{_LIST_END}$",
            _I,
        ),
    ),
    ("complete", re.compile(rf"^(?:mark|set|flag|make)\s+(?P<ref>.+?)\s+(?:as\s+)?{_DONE}$", _I)),
    (
        "complete",
        re.compile(rf"^(?:check|tick|cross)\s+(?P<ref>.+?)\s+off{_LIST_END}$", _I),
    ),
    (
        "complete",
        re.compile(
            r"^(?:complete|finish|check off|tick off|cross off|close|done with|done|"
            r"i(?:'ve| have)?\s+(?:just\s+)?(?:finished|completed|done)(?:\s+with)?|i did|"
            rf"i'?m done with|i am done with)\s*:?\s+(?P<ref>.+?){_LIST_END}$",
            _I,
        ),
    ),
    (
        "complete",
        re.compile(
            rf"^(?P<ref>.+?)\s+(?:is|was|has been|got)\s+(?:all\s+)?(?:now\s+)?{_DONE}$", _I
        ),
    ),
    (
        "restore",
        re.compile(
            r"^(?:restore|undelete|un-delete|recover|bring back|get back)\s+"
            rf"(?P<ref>.+?)(?:\s+back)?{_LIST_END}$",
            _I,
        ),
    ),
    ("restore", re.compile(r"^bring\s+(?P<ref>.+?)\s+back$", _I)),
    (
        "delete",
        re.compile(
            r"^(?:delete|remove|erase|trash|drop|cancel|get rid of|discard|scrap|bin|"
            rf"forget about|forget|nuke|kill)\s+(?P<ref>.+?){_LIST_END}$",
            _I,
        ),
    ),
    (
        "show",
        re.compile(
            r"^(?:show me|show|open|get|view|display|details (?:of|for|on|about)|"
            r"tell me (?:more )?about|what is|what'?s|what about|more about|"
            r"give me (?:the )?details (?:of|for|on))\s+(?P<ref>.+)$",
            _I,
        ),
    ),
)

_FIELD: Final = (
    r"(?P<field>title|name|text|description|notes?|details|due date|due|deadline|date|"
    r"due time|time|priority|tags?|labels?)"
)
_CHANGE: Final = r"(?:change|update|edit|modify|set|switch|alter|fix|correct)"
_MOVE: Final = (
    r"(?:move|reschedule|postpone|push|push back|delay|defer|bump|shift|change the date of)"
)

#: Edits: each pattern has ``ref`` and one of ``new``, ``when``, ``level``, ``tags``, ``rule``;
#: ``field`` says what ``new`` is when it is written.
EDITS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(
        rf"^{_CHANGE}\s+(?:the\s+)?{_FIELD}\s+(?:of|for|on)\s+(?P<ref>.+?)\s+(?:to|into|as)\s+"
        r"(?P<new>.+)$",
        _I,
    ),
    re.compile(
        rf"^{_CHANGE}\s+(?P<ref>.+?)(?:'s|s')\s+{_FIELD}\s+(?:to|into|as)\s+(?P<new>.+)$", _I
    ),
    re.compile(rf"^{_CHANGE}\s+(?P<ref>.+?)\s+{_FIELD}\s+(?:to|into|as)\s+(?P<new>.+)$", _I),
    re.compile(r"^(?:rename|retitle)\s+(?P<ref>.+?)\s+(?:to|as|into)\s+(?P<new>.+)$", _I),
    re.compile(
        rf"^(?:{_CHANGE}|make)\s+(?P<ref>.+?)\s+(?:to|into)\s+(?:say|read)?\s*(?P<new>.+)$", _I
    ),
    re.compile(rf"^{_MOVE}\s+(?P<ref>.+?)\s+(?:to|until|till|for|by|until|on)\s+(?P<when>.+)$", _I),
    re.compile(
        r"^(?P<ref>.+?)\s+(?:is|should be)\s+(?:now\s+)?due\s+(?:on\s+|by\s+|at\s+)?(?P<when>.+)$",
        _I,
    ),
    re.compile(
        r"^(?:make|set)\s+(?P<ref>.+?)\s+due\s+(?:on\s+|by\s+|at\s+|for\s+)?(?P<when>.+)$", _I
    ),
    re.compile(
        r"^(?:make|mark|set|flag)\s+(?P<ref>.+?)\s+(?:as\s+|to\s+)?(?:a\s+)?"
        r"(?P<level>urgent|important|high|medium|normal|low|top)(?:[\s-]+priority)?$",
        _I,
    ),
    re.compile(
        r"^(?:(?P<level>prioriti[sz]e)|(?P<low>deprioriti[sz]e))\s+(?P<ref>.+)$",
        _I,
    ),
    re.compile(
        r"^(?:tag|label)\s+(?P<ref>.+?)\s+(?:with|as)\s+(?:the\s+)?(?:tags?\s+|labels?\s+)?"
        r"(?P<tags>.+)$",
        _I,
    ),
    re.compile(
        r"^(?:add|put)\s+(?:the\s+|a\s+)?(?:tags?|labels?)\s+(?P<tags>#?[\w\-/.]+"
        r"(?:(?:\s*,\s*|\s+and\s+|\s+)#?[\w\-/.]+)*)\s+(?:to|on)\s+(?P<ref>.+)$",
        _I,
    ),
    re.compile(
        r"^(?:add|put)\s+(?P<tags>#[\w\-/.]+(?:(?:\s*,\s*|\s+and\s+|\s+)#[\w\-/.]+)*)"
        r"\s+(?:to|on)\s+(?P<ref>.+)$",
        _I,
    ),
    re.compile(
        r"^(?:remove|delete|drop|take off|take)\s+(?:the\s+)?(?:tags?|labels?)\s+"
        r"(?P<untag>#?[\w\-/.]+(?:(?:\s*,\s*|\s+and\s+|\s+)#?[\w\-/.]+)*)\s+(?:from|off)\s+"
        r"(?P<ref>.+)$",
        _I,
    ),
    re.compile(
        r"^(?:remove|delete|drop)\s+(?P<untag>#[\w\-/.]+(?:(?:\s*,\s*|\s+and\s+|\s+)#[\w\-/.]+)*)"
        r"\s+from\s+(?P<ref>.+)$",
        _I,
    ),
    re.compile(
        r"^(?:add|attach|put|write)\s+(?:a\s+)?(?:note|description|details?|comment)\s+(?:to|on)\s+"
        r"(?P<ref>.+?)\s*(?::|saying|that says|reading)\s*(?P<description>.+)$",
        _I,
    ),
    re.compile(r"^describe\s+(?P<ref>.+?)\s+as\s+(?P<description>.+)$", _I),
    re.compile(
        r"^(?:make|set)\s+(?P<ref>.+?)\s+(?:to\s+)?(?:repeat|recur)(?:s|ring)?\s+(?P<rule>.+)$",
        _I,
    ),
    re.compile(r"^(?P<ref>.+?)\s+should\s+(?:repeat|recur)\s+(?P<rule>.+)$", _I),
)

#: How a ``field`` word of an edit maps to a task field.
FIELD_NAMES: Final = {
    "title": "title",
    "name": "title",
    "text": "title",
    "description": "description",
    "note": "description",
    "notes": "description",
    "details": "description",
    "due date": "due",
    "due": "due",
    "deadline": "due",
    "date": "due",
    "due time": "due",
    "time": "due",
    "priority": "priority",
    "tag": "tags",
    "tags": "tags",
    "label": "tags",
    "labels": "tags",
}
