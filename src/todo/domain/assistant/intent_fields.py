"""The fields of a new task, or of a change, read from the words of a chat message.

``read_fields("call mom tomorrow at 5, urgent", ...)`` is ``Call mom``, due tomorrow at 17:00,
urgent. The title keeps only its own words: the date, time, priority, tags, repeat, reminder and
description said around it are read (most by the quick-add parser, so they work as in ``todo
add``) and taken out, and so are the words that wrap a title ("for me:", "title:", "on my list",
"tag it …", "by EOD"). A quoted title is kept as written. Every pattern runs in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Final, TypeAlias
from zoneinfo import ZoneInfo

from todo.domain.assistant.intent_references import QUOTATION, QUOTED, hide_quoted
from todo.domain.assistant.intent_words import (
    LIST_PHRASE,
    LIST_SUFFIX,
    PRIORITY_LEVELS,
    PRIORITY_PHRASES,
    REMINDER_IN_BODY,
    SOFT_ADD,
)
from todo.domain.language.quick_add import parse_quick_add, split_description
from todo.domain.language.when import WhenMatch, find_when
from todo.domain.priority import Priority

Due: TypeAlias = date | datetime


#: What a title may not start with: ``to``, ``that``, ``about``, spaces and dashes.
_TITLE_HEAD: Final = re.compile(r"^(?:[\s,;:\-–—]|to\b|that\b|about\b)++", re.IGNORECASE)


#: A run of what a title may not end with: ``and``, ``with``, ``on``, ``due``, spaces, dashes.
_TITLE_TAIL: Final = re.compile(
    r"(?:[\s,;:.!?\-–—]|\b(?:and|with|for|on|at|by|due|this|next|which|repeats?|repeating|the)\b)++",
    re.IGNORECASE,
)
#: Marks left in a row where the fields between them were taken out: ``Board pack.. .``.
_MARK_RUNS: Final = re.compile(r"\s*+[.;,](?:\s*+[.;,])++\s*+")
#: ``the tickets for the concert i must buy them``: the thing first, then what to do with it.
_THING_FIRST: Final = re.compile(
    r"^(?P<thing>(?:the|my|our|a|an|some)\s++[^,;]{1,80}?)[\s,]++(?:i|we)\s++(?:must|need\s++to|"
    r"have\s++to|should|gotta|got\s++to|want\s++to)\s++(?P<verb>[a-z]{2,20})\s++(?:them|it)"
    r"(?P<rest>(?:[\s,;].*)?)$",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class TaskFields:
    """Fields of a new task, or the fields an edit changes (None: left as it is)."""

    title: str | None = None
    description: str | None = None
    due: Due | None = None
    reminder: Due | None = None
    priority: Priority | None = None
    tags: tuple[str, ...] = ()
    recurrence: str | None = None
    #: The project named with ``+Groceries`` (its name, as written).
    project: str | None = None
    #: The new due date named only a time (``make it 3pm``): the task keeps its day.
    time_only: bool = False
    #: Fields to empty (``due``, ``reminder``, ``recurrence``…): ``stop repeating the gym``.
    clear: tuple[str, ...] = ()


def read_fields(body: str, *, now: datetime, tz: ZoneInfo) -> TaskFields:
    """Return the title and fields written in the text of a new task.

    ``read_fields("call mom tomorrow at 5, urgent", ...)`` is ``Call mom``, tomorrow 17:00,
    urgent. A quoted title is taken as written.
    """
    text = LIST_SUFFIX.sub("", _MIND_AT_END.sub(r"\g<keep>", body.strip()))
    text = _BODY_LABEL.sub("", _without_list_phrase(text), count=1)
    needed = SOFT_ADD.match(_THAT.sub("", text, count=1))  # "add that I need to renew …"
    if needed is not None:
        text = needed.group("body")
    text, description = split_description(text)
    text = _AS_A_TASK.sub(lambda kind: f" {kind.group('kind') or ''}", text).strip()
    text = _DOWN_AFTER_TITLE.sub(r"\g<title>", text, count=1)  # "put 'x' down for friday"
    thing = _THING_FIRST.match(text)  # "the tickets i must buy them": buy the tickets
    if thing is not None:
        text = f"{thing.group('verb')} {thing.group('thing')}{thing.group('rest')}"
    dated_rule = _RULE_THEN_TITLE.match(text)  # "which repeat every saturday: clean the bathroom"
    if dated_rule is not None and _only_a_rule(dated_rule.group("rule"), now, tz):
        text = f"{dated_rule.group('title')} {dated_rule.group('rule')}"
    whole = QUOTED.fullmatch(text)
    if whole is not None:
        title = capitalised(whole.group("inner").strip())
        return TaskFields(title=title, description=_described(description))
    named = QUOTATION.search(text)  # "the task of 'X', deadline 15 December"
    if named is not None and _NAMING.fullmatch(text[: named.start()]) and _one_quotation(text):
        rest = f"task {text[named.end() :]}"  # a word before "and tag it …", the title's place
        fields = read_fields(rest, now=now, tz=tz)
        title = capitalised(named.group("inner").strip())
        return replace(
            fields, title=title, description=fields.description or _described(description)
        )
    dated = _WHEN_THEN_TITLE.match(text)  # "next tuesday: dentist at 10:30"
    if dated is not None and whole_when(dated.group("when"), now, tz) is not None:
        text = f"{dated.group('title')} {dated.group('when')}"
    text, priority = _take_priority(text)
    text = _VAGUE_TIME.sub(" ", text)  # "sometime next week" is next week
    text, reminder = _take_reminder(text, now, tz)
    text = _DEADLINE.sub("due ", _OWNER.sub("", text))
    day_said = bool(find_when(_END_OF_DAY.sub(" ", text), now=now, tz=tz))
    text = _END_OF_DAY.sub(" by" if day_said else " today", text)  # alone, it is today's end
    text = _END_OF_WEEK.sub("friday", text)
    text = _END_OF_MONTH.sub(lambda _: " " + _month_end(now, tz).isoformat(), text)
    text, tags = _take_tags(_TAG_IT.sub(" ", text))
    parsed = parse_quick_add(text, now=now, tz=tz)
    title = _title_without_edges(_MARK_RUNS.sub(" ", parsed.title))
    needed_after = SOFT_ADD.match(title)  # "every two weeks I need clean the fish tank"
    if needed_after is not None and parsed.recurrence is not None:
        title = needed_after.group("body")
    quoted = _QUOTED_TITLE.match(text)
    if quoted is not None and not _LEFT_OVER.sub("", _quote_removed(parsed.title, quoted)):
        title = quoted.group("inner").strip()  # "'Call Dr. Weber' for monday 9am, high prio"
    return TaskFields(
        title=capitalised(title),
        description=_described(description),
        due=parsed.due if parsed.due is not None else None,
        reminder=reminder,
        priority=parsed.priority or priority,
        tags=tuple(dict.fromkeys((*parsed.tags, *tags))),
        recurrence=parsed.recurrence,
        project=parsed.project,
    )


#: ``high priority mind``, ``by friday, mind you``: a closing ``mind`` stresses what was said.
_MIND_AT_END: Final = re.compile(
    r"(?P<keep>\b(?:priority|prio|urgent|important|asap|today|tomorrow)|[,;])\s*+mind(?:\s++you)?"
    r"[\s.!]*+$",
    re.IGNORECASE,
)
#: ``repeat every saturday: clean the bathroom``: the repeat first, then the task.
_RULE_THEN_TITLE: Final = re.compile(
    r"^(?P<rule>[^:\"'“‘]{1,60}?)\s*+:(?!\d)\s*+(?P<title>.+)$", re.DOTALL
)
#: Words around a repeat said first: ``which repeat``, ``recurring``.
_RULE_WORDS: Final = re.compile(
    r"\b(?:which|that|it|repeats?|repeating|recurring|recurs?|task|new)\b|[\s,]", re.IGNORECASE
)


def _only_a_rule(text: str, now: datetime, tz: ZoneInfo) -> bool:
    """Tell whether ``text`` says a repeat and nothing else (``which repeat every saturday``)."""
    parsed = parse_quick_add(text, now=now, tz=tz)
    return parsed.recurrence is not None and not _RULE_WORDS.sub("", parsed.title)


def _month_end(now: datetime, tz: ZoneInfo) -> date:
    """Return the last day of this month in ``tz``."""
    today = now.astimezone(tz).date()
    return (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _quote_removed(title: str, quoted: re.Match[str]) -> str:
    """Return what quick add left of the title besides the quotation."""
    return title.replace(quoted.group("inner"), " ", 1)


def _take_tags(text: str) -> tuple[str, tuple[str, ...]]:
    """Take ``, tag health`` and ``and tag it christmas`` out of a new task's words."""
    hidden = hide_quoted(text)
    found = list(_TAG_PHRASE.finditer(hidden))[:5]
    if not found:
        return text, ()
    names = tuple(
        text[match.start(group) : match.end(group)]
        for match in found
        for group in ("tag", "more")
        if match.group(group)
    )
    for match in reversed(found):
        text = text[: match.start()] + " " + text[match.end() :]
    return text.strip(), names


#: What may come before a quotation in a new task's words for it to be the title.
_NAMING: Final = re.compile(
    r"\s*+(?:(?:the|a|an|one|new)\s++|(?:task|to-?do|item|entry)s?\b|of\b|with\s++the\s++(?:name|title)\b|"
    r"named\b|called\b|titled\b|following\b|for\b|saying\b|that\s++says\b|[,:;\-–—]|\s++)*+",
    re.IGNORECASE,
)
_QUOTE_MARKS: Final = re.compile(r"[\"“”‘]|(?<!\w)'|'(?!\w)")


def _one_quotation(text: str) -> bool:
    """Tell whether ``text`` holds one quotation and no other quote marks."""
    return len(_QUOTE_MARKS.findall(text)) == 2


#: ``as a weekly task``: the kind of task said as such (a repeat word stays for quick add).
_AS_A_TASK: Final = re.compile(
    r"\s++as\s++an?\s++(?:(?P<kind>daily|weekly|monthly|yearly|quarterly|fortnightly)\s++|"
    r"(?:new|separate|quick|recurring|repeating|regular)\s++)?(?:task|to-?do|item|reminder|one|"
    r"thing|habit|routine)\b",
    re.IGNORECASE,
)


_DOWN_AFTER_TITLE: Final = re.compile(r"^(?P<title>[\"“'‘`][^\"”'’`]++[\"”'’`])\s++down\b")


_THAT: Final = re.compile(r"^that\s++", re.IGNORECASE)


#: ``tag it #spanish``: the words before hashtags that only say they are tags.
_TAG_IT: Final = re.compile(
    r"\s++(?:and\s++)?(?:tag|label)(?:ged|led)?(?:\s++(?:it|as|with))?\s*+(?=#)", re.IGNORECASE
)


#: ``next tuesday: dentist at 10:30``: the day first, then the task.
_WHEN_THEN_TITLE: Final = re.compile(r"^(?P<when>[^:\"'“‘]{1,40}?)\s*+:(?!\d)\s*+(?P<title>.+)$")


#: A new task's words that start with its title in quotes.
_QUOTED_TITLE: Final = re.compile(r"^[\"“'‘`](?P<inner>[^\"”'’`]++)[\"”'’`](?!\w)")


#: What may be left around a quoted title once its fields are read: links and marks.
_LEFT_OVER: Final = re.compile(
    r"(?:[\s,;:.!\-–—]|\b(?:for|on|at|by|and|with|due|it|the|of|from|which|that|repeats?|"
    r"repeating)\b)++",
    re.I,
)


#: ``by the end of the month``: its last day.
_END_OF_MONTH: Final = re.compile(
    r"\s*+\b(?<!\bevery\s)(?<!\beach\s)(?:by\s++|before\s++)?(?:the\s++)?end\s++of\s++(?:the|this)"
    r"\s++month\b|(?<!\bevery\s)(?<!\beach\s)\bmonth[\s-]end\b",
    re.IGNORECASE,
)


#: ``by EOD``: the end of the working day: today's, said alone; beside a date, nothing more.
_END_OF_DAY: Final = re.compile(
    r"\s*+\b(?:by\s++)?(?:eod|cob|end\s++of\s++(?:the\s++)?day)\b", re.I
)
#: ``due EOW``: the end of the working week, Friday; ``owner: me`` says who, not when.
_END_OF_WEEK: Final = re.compile(r"\b(?:eow|end\s++of\s++(?:the\s++)?week)\b", re.I)
_OWNER: Final = re.compile(r"[,;\s]*+\bowner\s*+:\s*+[\w.@-]{1,40}", re.I)


#: A tag said in words after a comma or ``and``: ``, tag health``, ``and tag it christmas``,
#: ``and also it should be tagged pets``, ``with tags garden and diy``.
_TAG_PHRASE: Final = re.compile(
    r"(?:[,;.]\s*+|\s++(?:and|with)\s++)(?:also\s++)?(?:it\s++should\s++be\s++|please\s++)?"
    r"(?:(?:put|add|give\s++it|set)\s++(?:the\s++|a\s++)?)?"
    r"(?:tags?|tagged|label(?:led|s)?)(?:\s++(?:it|as|with|under))?"
    r"(?:\s*+:\s*+|\s++)#?(?P<tag>[^\W\d][\w\-]{0,49})\b(?:\s++and\s++#?(?P<more>[^\W\d][\w\-]{0,49})\b)?",
    re.IGNORECASE,
)


#: ``sometime next week``, ``at some point on friday``: the date said, vaguely.
_VAGUE_TIME: Final = re.compile(
    r"\b(?:some\s?time|at\s++some\s++point|some\s++point)\s++(?=(?:next|this|on|in|during|"
    r"before|after|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b)",
    re.IGNORECASE,
)
#: ``deadline Friday``, ``it's due on``: a due date said with its noun, or of the task.
_DEADLINE: Final = re.compile(
    r"(?<=,)\s*+to(?=\s++(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
    r"the\s++\d|\d))|"
    r"\b(?:(?:the\s++)?first\s++(?:one\s++)?(?:is\s++)?due|starting\s++(?:on|from)?|"
    r"beginning\s++(?:on|from)?)(?=\s)|"
    r"\b(?:deadline|due\s++date|(?:it'?s|it\s++is|its)\s++due|(?:it\s++)?(?:must|has\s++to|"
    r"should|needs\s++to)\s++be\s++(?:done|finished|ready|completed|sent|paid)\s++(?:by|until|"
    r"till|before|on))(?:\s++is|\s*+:)?\s++(?=\S)",
    re.I,
)


#: ``instead of 17h``: the moment a change replaces, at the end of a clause.
_INSTEAD_OF: Final = re.compile(
    r"[\s,]*+(?:instead\s++of|rather\s++than)\s++(?P<old>[^\s,;.]++(?:\s++[^\s,;.]++){0,2}?)"
    r"\s*+(?=[,;.!?]|$)",
    re.IGNORECASE,
)
#: ``from Mon to``: the moment something moves from, and the word before where it moves to.
_FROM_TO: Final = re.compile(r"\bfrom\s++(?P<old>[^\s,;.]++(?:\s++[^\s,;.]++){0,3}?)\s++to\s++")
#: The repeat a task had before: ``used to be monthly but``, ``used to be every Saturday,``.
_USED_TO_BE: Final = re.compile(
    r"\bused\s++to\s++be\s++(?P<old>[^,;.]{1,40}?)\s*+(?:,|;|\bbut\b)\s*+", re.IGNORECASE
)
_EVERY: Final = re.compile(r"(?:every|each)\b", re.IGNORECASE)
#: Words that move a task or a reminder (before ``from … to``).
#: A request that opens with moving a task or its reminder (``please move …``), or a task said
#: to have moved (``Noah's party moved from saturday to sunday``); a new task
#: that spans two moments (``add work shift from 2pm to 10pm``) or a rename (``change the
#: meeting name from Monday to Tuesday``) does not.
_MOVING: Final = re.compile(
    r"(?:^(?:(?:please|pls|kindly|can\s++you|could\s++you|ok|so)\s++)*+(?:move|push|shift|"
    r"reschedule|postpone|change|switch|bring)\b|^[^,.;]{1,60}?\s(?:got\s++|has\s++been\s++)?"
    r"(?:moved|pushed|shifted|rescheduled|postponed)\b)"
    r"(?!.*?\b(?:name|title|text|description|note)\b)",
    re.IGNORECASE,
)
#: What may stand before a new task's words and is not its title: ``for me:``, ``title:``.
_BODY_LABEL: Final = re.compile(
    r"^[\s,;:\-–—]*+(?:(?:for\s++)?(?:me|myself|us|ourselves)\s*+(?:[:,\-–—]|to\b)|"
    r"(?:title|titled|called|named|name|text|recurring|repeating|action\s++item)\s*+[:\-–—=]|please\b|pls\b|"
    r"kindly\b|"
    r"(?:just\s++|probably\s++)?add\b(?!\s++(?:up|on)\b))\s*+",
    re.IGNORECASE,
)


def whole_when(text: str, now: datetime, tz: ZoneInfo) -> WhenMatch | None:
    """Return the date phrase a text is, when it is nothing but one (and little words)."""
    phrase = text.strip(" ,.;:")
    found = find_when(phrase, now=now, tz=tz)
    if len(found) != 1:
        return None
    rest = (phrase[: found[0].start] + phrase[found[0].end :]).strip(" ,.;:")
    return found[0] if rest.lower() in ("", "on", "at", "by", "for", "to") else None


def without_old_when(words: str, now: datetime, tz: ZoneInfo) -> str:
    """Return a message that moves something ``from`` one moment ``to`` another without the
    moment it moves from: ``move the training from Mon to Wed 13:00`` is ``move the training
    to Wed 13:00`` (a question about a span, ``what's due from Monday to Friday``, is left);
    so is the moment said ``instead of``: ``put it at 18h instead of 17h`` is ``put it at 18h``,
    and the repeat a task ``used to`` have: ``the shampoo order used to be monthly but make it
    every 2 weeks now`` is ``the shampoo order make it every 2 weeks now``."""
    used = _USED_TO_BE.search(words)
    if used is not None and parse_quick_add(used["old"], now=now, tz=tz).recurrence:
        words = f"{words[: used.start()].rstrip()} {words[used.end() :]}"
    instead = _INSTEAD_OF.search(words)
    if instead is not None and _is_when(instead.group("old"), now, tz):
        before = words[: instead.start()]
        if find_when(before, now=now, tz=tz):  # the new moment is said before it
            words = f"{before}{words[instead.end() :]}"
    found = _FROM_TO.search(words)
    if found is None or not _MOVING.match(words[: found.start()]):
        return words
    if _EVERY.match(found["old"]) and parse_quick_add(found["old"], now=now, tz=tz).recurrence:
        rest = words[found.end() :]  # "from every Tuesday to Tuesday and Thursday"
        every = "" if _EVERY.match(rest) else "every "
        return f"{words[: found.start()].rstrip()} to {every}{rest}"
    if not _is_when(found.group("old"), now, tz):
        return words
    new = find_when(f"on {words[found.end() :]}", now=now, tz=tz)
    if not new or new[0].start > len("on "):
        return words
    return f"{words[: found.start()].rstrip()} to {words[found.end() :]}"


def _is_when(text: str, now: datetime, tz: ZoneInfo) -> bool:
    """Tell whether ``text`` is a moment and nothing else (``Mon`` is read as ``on Mon``)."""
    return whole_when(text, now, tz) is not None or whole_when(f"on {text}", now, tz) is not None


def due_fields(text: str, now: datetime, tz: ZoneInfo) -> TaskFields | None:
    """Return the new due date a phrase names, marking a time alone (``3pm``); a short day
    alone is a day there (``move it to sat``)."""
    found = whole_when(text, now, tz) or whole_when(f"on {text}", now, tz)
    if found is None:
        return None
    return TaskFields(due=found.value, time_only=not found.has_date)


def _described(description: str | None) -> str | None:
    return description or None


def _without_list_phrase(text: str) -> str:
    """Return ``text`` without ``on my list`` / ``to the to-do list`` wherever it is written
    (outside quotes): ``stick 'x' on the list for friday`` is ``'x' for friday``."""
    hidden = hide_quoted(text)
    found = LIST_PHRASE.search(hidden)
    if found is None:
        return text
    return (text[: found.start()] + " " + text[found.end() :]).strip()


def _take_priority(text: str) -> tuple[str, Priority | None]:
    """Take each priority phrase out of ``text`` (``no rush, low priority`` says one thing
    twice); the first pattern of :data:`PRIORITY_PHRASES` that matches gives the level."""
    level: Priority | None = None
    for pattern in PRIORITY_PHRASES:
        found = pattern.search(hide_quoted(text))
        if found is not None:
            level = level or PRIORITY_LEVELS[" ".join(found.group("level").lower().split())]
            text = (text[: found.start()] + " " + text[found.end() :]).strip()
    return text, level


def _take_reminder(text: str, now: datetime, tz: ZoneInfo) -> tuple[str, Due | None]:
    hidden = hide_quoted(text)
    marker = REMINDER_IN_BODY.search(hidden)
    if marker is None:
        return text, None
    after = text[marker.end() :]
    found = find_when(after, now=now, tz=tz)
    if not found or after[: found[0].start].strip():
        return text, None
    return (text[: marker.start()] + " " + after[found[0].end :]).strip(), found[0].value


def _title_without_edges(title: str) -> str:
    """Return ``title`` without the linking words and marks left at its edges."""
    title = _TITLE_HEAD.sub("", title, count=1)
    end = len(title)
    for run in _TITLE_TAIL.finditer(title):  # each run is read once, so this is linear
        if run.end() == len(title):
            end = run.start()
    return title[:end].strip()


def capitalised(title: str) -> str:
    return title[:1].upper() + title[1:] if title[:1].islower() else title
