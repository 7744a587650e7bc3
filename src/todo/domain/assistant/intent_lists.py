"""Read a request to see tasks: ``What's pending?``, ``show my urgent tasks due this week``.

:func:`read_list` returns the filters a message asks for, or None when it is no such request.
Without a word about completion a list shows every task, except a due-date question
(``what's due today?``, ``anything overdue?``), which is about the open ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from todo.domain.assistant.intent_words import PRIORITY_LEVELS, STOPWORDS
from todo.domain.priority import Priority

#: Case-insensitive; ``.`` takes a line break too, so a tail such as ``(?P<query>.+)$`` is read
#: in one step whatever the text holds.
_FLAGS: Final = re.IGNORECASE | re.DOTALL

ListStatus = Literal["all", "pending", "completed"]
DueFilter = Literal["today", "week", "overdue"]

_SHOW: Final = re.compile(
    r"^(?:show|list|display|view|see|get|give|print|read|pull up|bring up|let me see|"
    r"report(?=\s++(?:all|my|the|on|back|everything|pending|open|what|which)\b)|"
    r"can i see|i want to see|i'?d like to see|tell me|remind me (?:of|what)|go through|"
    r"check|open|(?:let'?s|let\s++me|let\s++us|can\s++i|could\s++i|i'?d\s++like\s++to|i\s++want\s++to)?"
    r"\s*+(?:have|take|get)\s++(?:a\s++)?(?:(?:quick|little|proper)\s++)?(?:look|peek|glance|squint|"
    r"gander|butcher'?s)\s++(?:at|over|through))\b",
    _FLAGS,
)
_ASK: Final = re.compile(
    r"^(?:what|what'?s|whats|which|any|anything|do i have|have i|did i|how many|are there|"
    r"what\s++i\s++have|"
    r"(?:have\s++)?(?:i|you)\s++got|got|"
    r"is there|is anything|is something|am i|where am i|whar|"
    # "due this week?", "due today": the due-date question without its verb
    r"due(?=\s++(?:today|tonight|this\s++week|soon|now)\b))\b",
    _FLAGS,
)
_NOUN: Final = re.compile(
    r"\b(?:tasks?|todos?|to-dos?|to do|items?|list|agenda|plate|slate|pending|completed|complete|"
    r"done|finished|overdue|due|left|remaining|outstanding|open|everything|schedule|plans?|"
    r"upcoming|coming up|late|accomplished|priority|urgent|important|tagged|anything|something|"
    r"remains|today|tonight|ticked|ticked off|checked off|crossed off|needs? doing|deadlines?|"
    r"knocked off|got through|let (?:\w+ )?sli(?:p|de)|slipped|slid|"
    r"stuff|things|whole list|chores?|jobs|errands|this\s++week|next\s++week|"
    r"needs? to be done|to be done|still to do|"
    r"did i (?:finish|complete|do|get done))\b",
    _FLAGS,
)
#: Nothing but words about a list. Each word is read once (an atomic group): ``todo`` is
#: ``todos?`` and never also ``to-?do``, so a long run of them is read in one pass.
_ONLY_LIST_WORDS: Final = re.compile(
    r"^(?:(?>my|all|the|tasks?|todos?|to-?do|to do|lists?|pending|completed|done|open|"
    r"overdue|everything|agenda|urgent|today)\s*+)++$",
    _FLAGS,
)
#: ``everything tagged work``: a list said by what it holds.
_ALL_OF: Final = re.compile(
    r"^(?:everything|anything|all(?:\s++(?:my|the))?(?:\s++tasks)?)\s++(?:tagged|labell?ed|with|due|"
    r"that'?s|marked)\b",
    _FLAGS,
)
_COMPLETED: Final = re.compile(
    r"\b(?:completed|complete|done|finished|accomplished|ticked off|checked off|crossed off|"
    r"knocked off|got through|closed|did i (?:finish|complete|do|get done))\b",
    _FLAGS,
)
_PENDING: Final = re.compile(
    r"\b(?:pending|open|left|remaining|remains|outstanding|unfinished|incomplete|undone|active|"
    r"coming up|upcoming|ahead|next up|"
    r"(?:haven'?t|have not|didn'?t|did not)\s++(?:i\s++|we\s++)?(?:yet\s++)?(?:done|finished|"
    r"completed|ticked off|got to|done yet)|"
    r"not (?:yet )?(?:done|completed|complete|finished)|still (?:have|need|got)|"
    r"(?:have|need|got) to do|on my plate|to be done|uncompleted|not checked off|needs? doing|"
    r"still to do)\b",
    _FLAGS,
)
_ALL: Final = re.compile(r"\b(?:all|every|everything|whole|entire|full)\b", _FLAGS)
_TODAY: Final = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", _FLAGS)
_WEEK: Final = re.compile(
    r"\b(?:this week|the week|next (?:7|seven) days|coming week|upcoming week|week)\b", _FLAGS
)
_OVERDUE: Final = re.compile(
    r"\b(?:overdue|late|past\s++due|miss(?:ed)?|behind|(?:already\s++)?passed|crossed|"
    r"past\s++(?:its|their|the)\s++(?:due\s++)?(?:date|deadline)s?|"
    r"let\s++(?:\w++\s++)?sli(?:p|de)|slipped|slid|"
    r"ought\s++to\s++have\s++done)\b",
    _FLAGS,
)
_PRIORITY: Final = re.compile(
    r"\b(?:(?P<named>urgent|high|medium|low|top)[\s-]++priority|priority\s++(?P<after>urgent|high|"
    r"medium|low)|(?P<word>urgent|important))\b",
    _FLAGS,
)
_TAG: Final = re.compile(
    r"(?:#(?P<hash>[\d\-/.]*+[^\W\d][\w\-/.]*+)|\b(?:tagg?ed|tag|labell?ed|label)\s++"
    r"(?:with\s++|as\s++)?[#'\"‘“]?(?P<word>[\w\-/.]++))",
    _FLAGS,
)
_SEARCH: Final = re.compile(
    r"^(?:search|find|look up|look for|lookup|search for|find me|seek)\s++"
    r"(?:(?:all\s++)?(?:my\s++|the\s++)?(?:tasks?|todos?|items?)\s++)?"
    r"(?:(?:everything|anything|all|stuff|things)\s++(?:to\s++do\s++with|about|related\s++to|"
    r"on|for)\s++|(?:about|for|with|containing|mentioning|matching|called|named|related to|"
    r"that mention|that contain|on)\s++)?(?P<query>.+?)"
    # "find anything with zelda in it": the words looked for, not where
    r"(?:\s++(?:in|inside)\s++(?:it|them|the\s++(?:title|name|text)))?$",
    _FLAGS,
)
_ABOUT: Final = re.compile(
    r"\b(?:tasks?|todos?|anything|something|items?)"
    # "anything on my list about Margaret", "something in my tasks to do with the car"
    r"(?:\s++(?:on|in)\s++(?:my|the)\s++(?:list|tasks|to-?do(?:\s++list)?|to\s++do\s++list))?"
    r"\s++(?:to\s++do\s++with|about|mentioning|containing|matching|"
    r"related to|regarding|called|named|with the word|for|to)\s++(?P<query>.+)$",
    _FLAGS,
)

#: A word worth searching for: letters and digits, maybe with an apostrophe inside.
_WORD: Final = re.compile(r"[^\W_]++(?:['’][^\W_]++)?")


@dataclass(frozen=True)
class ListQuery:
    """What to list: by completion, priority, tag, due window, or words to search for."""

    status: ListStatus = "all"
    priority: Priority | None = None
    tag: str | None = None
    due: DueFilter | None = None
    search: str | None = None
    #: A window of due days, ``due_before`` excluded, and how the reply names it
    #: (``this weekend``, ``on Monday 30 November``).
    due_after: date | None = None
    due_before: date | None = None
    window: str | None = None
    #: A word that may name a tag (``my work tasks``, ``pending under study``): the list is of
    #: that tag when there is one, else of the tasks whose words match it.
    tag_word: str | None = None
    #: ``and the week after?``: the days just listed, this many days later.
    later_by: int = 0
    #: ``show the Home project``: the tasks of the project of that name.
    project: str | None = None

    def unfiltered(self) -> bool:
        """Tell whether the list is of every task, or every open one, with nothing else asked."""
        return self == ListQuery(status=self.status)


#: A list named by a word that may be a tag: ``my work tasks``, ``the garden stuff``,
#: ``pending under study``, ``in the errands list``.
_TAG_WORD: Final = re.compile(
    r"\b(?:my|the|all|any|our|me|show|list|see|view)\s++(?:(?:pending|open|outstanding|remaining)\s++)?"
    r"(?P<word>[^\W\d_][\w\-]{1,30})\s++(?:tasks?|stuff|things|items?|list|to-?dos?|jobs|bits)\b|"
    r"\b(?:under|in)\s++(?:the\s++|my\s++)?#?(?P<under>[^\W\d_][\w\-]{1,30})"
    r"(?:\s++(?:tag|label|category|list|section))?\s*+$",
    _FLAGS,
)
#: Words before ``tasks`` that say which tasks, not a tag: ``my urgent tasks``.
_NOT_TAG_WORDS: Final = frozenset(
    [
        "pending",
        "open",
        "completed",
        "complete",
        "done",
        "finished",
        "urgent",
        "important",
        "overdue",
        "late",
        "today",
        "todays",
        "tomorrow",
        "tomorrows",
        "week",
        "weeks",
        "weekly",
        "daily",
        "monthly",
        "recurring",
        "repeating",
        "all",
        "other",
        "remaining",
        "outstanding",
        "current",
        "next",
        "old",
        "new",
        "upcoming",
        "high",
        "low",
        "medium",
        "priority",
        "top",
        "whole",
        "entire",
        "full",
        "own",
        "few",
        "last",
        "first",
        "unfinished",
        "incomplete",
        "active",
        "closed",
        "deleted",
        "to",
        "do",
        "list",
        "to-do",
        "todo",
        "task",
        "tasks",
        "whole",
        "today's",
        "tomorrow's",
    ]
)
#: ``my errands list``: a list said by its name alone.
_NAMED_LIST: Final = re.compile(
    r"^(?:my|the|our)\s++[^\W\d_][\w\-]{1,30}\s++(?:list|tasks|stuff|things|to-?dos)$", _FLAGS
)

#: One task named, not a list: ``show me the dentist task``, ``what's the plumber task``.
_ONE_TASK: Final = re.compile(
    r"^(?:show|view|display|open|get|pull up|bring up|what'?s|whats|what is)(?:\s++me)?\s++"
    r"the\s++(?P<name>.+?)\s++(?:task|todo|to-?do|item|one)$",
    _FLAGS,
)


def names_one_task(text: str) -> bool:
    """Tell whether ``text`` asks for one task by name (``show me the dentist task``), not for
    a list (``show me the urgent tasks``)."""
    one = _ONE_TASK.match(text)
    return one is not None and not _NOUN.search(one.group("name"))


def read_list(text: str) -> ListQuery | None:
    """Return the list a message asks for: ``read_list("What's pending")`` has status pending."""
    searched = _SEARCH.match(text)
    if searched is not None:
        query = search_words(searched.group("query"))
        if query and not _ONLY_LIST_WORDS.match(searched.group("query")):
            return ListQuery(status=_status(text, default="all"), search=query)
        return _filters(text)
    if not (
        _SHOW.match(text)
        or _ASK.match(text)
        or _ONLY_LIST_WORDS.match(text)
        or _ALL_OF.match(text)
        or _NAMED_LIST.match(text)
    ):
        return None
    if not _NOUN.search(text) and not _TAG.search(text):  # "show #work" names its list
        return None
    if names_one_task(text):
        return None
    about = _ABOUT.search(text)
    if about is not None and not (_TODAY.search(text) or _WEEK.search(text)):
        query = search_words(_strip_status_words(about.group("query")))
        if query:
            return ListQuery(status=_status(text, default="all"), search=query)
    return _filters(text)


def search_words(text: str) -> str:
    """Return the words worth searching for: ``the dentist`` is searched as ``dentist``."""
    words = _WORD.findall(text)
    kept = [word for word in words if word.lower() not in STOPWORDS]
    return " ".join(kept or words)[:200]


def _filters(text: str) -> ListQuery:
    due: DueFilter | None = None
    if _OVERDUE.search(text):
        due = "overdue"
    elif _TODAY.search(text):
        due = "today"
    elif _WEEK.search(text):
        due = "week"
    tag = _TAG.search(text)
    status = _status(text, default="pending" if due else "all")
    if status == "completed" and due in ("today", "week") and _DONE_IN_TIME.search(text):
        due = None  # "what have I finished this week?": done then, whenever they were due
    return ListQuery(
        status=status,
        priority=_priority(text),
        tag=(tag.group("hash") or tag.group("word")) if tag else None,
        due=due,
        tag_word=None if tag else tag_word_of(text),
    )


#: Done in a time, not due in it: ``what have I finished this week``, ``what did I get done
#: today``.
_DONE_IN_TIME: Final = re.compile(
    r"\b(?:completed|finished|done|accomplished|ticked\s++off|checked\s++off|crossed\s++off|"
    r"achieved|closed|complete|do|get\s++done|got\s++done)\s++(?:(?:so\s++far|already|yet)\s++)?(?:this\s++week|today|this\s++morning|"
    r"so\s++far\s++this\s++week)\b",
    _FLAGS,
)


def tag_word_of(text: str) -> str | None:
    """Return the word of ``my work tasks`` that may be a tag, or None."""
    found = _TAG_WORD.search(text)
    word = (found.group("word") or found.group("under")) if found is not None else None
    if word is None or word.lower() in _NOT_TAG_WORDS or word.lower() in STOPWORDS:
        return None
    return word


def _status(text: str, *, default: ListStatus) -> ListStatus:
    if _PENDING.search(text):
        return "pending"
    if _COMPLETED.search(text):
        return "completed"
    if _ALL.search(text):
        return "all"
    return default


def _priority(text: str) -> Priority | None:
    found = _PRIORITY.search(text)
    if found is None:
        return None
    level = (found.group("named") or found.group("after") or found.group("word")).lower()
    return PRIORITY_LEVELS[level]


def _strip_status_words(text: str) -> str:
    return _COMPLETED.sub(" ", _PENDING.sub(" ", text))
