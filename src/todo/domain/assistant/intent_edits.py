"""The phrasings of actions on one task: complete, reopen, delete, restore, show and edit.

Each pattern names the task in the group ``ref`` (read by
:func:`todo.domain.assistant.intents.read_reference`); edits name the new value in ``new`` (a title,
a date, a priority), ``when``, ``level``, ``tags`` or ``rule``, and what is changed in ``field``.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from todo.domain.assistant.intent_words import STRONGER

#: Case-insensitive; ``.`` takes a line break too, so a tail such as ``(?P<new>.+)$`` is read in
#: one step whatever the text holds.
_FLAGS: Final = re.IGNORECASE | re.DOTALL

Verb = Literal["complete", "reopen", "delete", "restore", "show"]

# Every pattern runs in linear time. A run of spaces is taken whole (``\s++``); a task named
# inside a sentence ends on a character that is not a space (``(?P<ref>.*?\S)``), so the spaces
# after it are read once; a list of tags has one reading (``and`` between two tags is a
# separator, never a tag), so finding the ``to`` after it gives back one whole tag at a time.

_DONE: Final = (
    r"(?:complete|completed|done|finished|finish|checked off|ticked off|crossed off|paid|sorted|"
    r"handled|dealt with|taken care of)"
)
_NOT_DONE: Final = (
    r"(?:not done|not complete|not completed|not finished|incomplete|pending|undone|open|"
    r"uncompleted|unfinished|to do|todo)"
)
_LIST_END: Final = r"(?:\s++(?:from|off|on)\s++(?:my|the)\s++(?:to-?do\s++)?list)?"
#: What a delete never begins its task's words with: a field of a task (``remove the tag 'x'
#: from 'y'`` takes a tag off, it deletes nothing).
_NOT_A_FIELD: Final = (
    r"(?!(?:the\s++|a\s++|its\s++)?(?:(?:tags?|labels?)\s++[\w\-/.#]++\s++(?:from|off|on)\b|"
    r"(?:tags?|labels?|reminders?|due\s++date|date|deadline|priority|note|notes|description|"
    r"repeat|recurrence)\b(?=\s*+(?:$|[,'‘\"“#]|(?:from|on|of|for|off|in|at)\b))))"
)
#: What a delete never ends its task's words with: a field of a task said after it (``delete the
#: dentist reminder`` takes the reminder off, the task stays).
_NOT_A_FIELD_AFTER: Final = (
    r"(?<!\breminder)(?<!\breminders)(?<!\balarm)(?<!\balert)(?<!\bdue\sdate)(?<!\bdeadline)"
    r"(?<!\breminder,)(?<!\balarm,)"
)
#: The task a sentence names, up to the words after it.
_REF: Final = r"(?P<ref>.*?\S)"

ACTIONS: Final[tuple[tuple[Verb, re.Pattern[str]], ...]] = (
    (
        "reopen",
        re.compile(rf"^(?:mark|set|flag|make)\s++{_REF}\s++(?:as\s++)?{_NOT_DONE}$", _FLAGS),
    ),
    (  # "oops I ticked off call the plumber by accident"
        "reopen",
        re.compile(
            r"^(?:i\s++)?(?:accidentally\s++)?(?:ticked\s++off|checked\s++off|crossed\s++off|"
            rf"completed|finished|marked)\s++{_REF}(?:\s++(?:as\s++)?(?:done|complete|finished))?\s++"
            r"(?:by\s++(?:accident|mistake)|accidentally|too\s++soon|too\s++early)"
            r"(?:[\s,;]++.*)?$",
            _FLAGS,
        ),
    ),
    (  # "I deleted buy wrapping paper by mistake, can I get it back?"
        "restore",
        re.compile(
            rf"^(?:i\s++)?(?:accidentally\s++)?(?:deleted|removed|trashed|binned)\s++{_REF}\s++"
            r"(?:by\s++(?:accident|mistake)|accidentally|but\s++(?:i\s++)?(?:still\s++)?need\s++it)"
            r"(?:[\s,;]++.*)?$",
            _FLAGS,
        ),
    ),
    ("reopen", re.compile(rf"^{_REF}\s++is\s++(?:still\s++)?{_NOT_DONE}(?:\s++yet)?$", _FLAGS)),
    (
        "reopen",
        re.compile(
            r"^(?:reopen|re-open|uncomplete|un-complete|undo|unmark|uncheck|untick|unfinish)\s++"
            rf"{_REF}(?:\s++as\s++done)?{_LIST_END}$",
            _FLAGS,
        ),
    ),
    (
        "complete",
        re.compile(
            rf"^(?:mark|set|flag|make|switch|change|put)\s++{_REF}\s++(?:as\s++|to\s++)?{_DONE}$",
            _FLAGS,
        ),
    ),
    (
        "complete",
        re.compile(
            rf"^(?:check|tick|cross)\s++{_REF}\s++off(?:\s++(?:my|the)\s++(?:to-?do\s++)?list)?"
            rf"{_LIST_END}$",
            _FLAGS,
        ),
    ),
    (
        "complete",
        re.compile(
            r"^(?:complete|finish|check off|tick off|cross off|close out|close|done with|done|"
            r"i(?:'ve| have)?\s++(?:just\s++)?(?:finished|completed|done)(?:\s++with)?|i did|"
            rf"i'?m done with|i am done with)(?:\s*+:)?\s++{_REF}{_LIST_END}$",
            _FLAGS,
        ),
    ),
    (
        "complete",
        re.compile(
            rf"^{_REF}\s++(?:is|was|has been|got)\s++(?:all\s++)?(?:now\s++)?{_DONE}$", _FLAGS
        ),
    ),
    (
        "restore",
        re.compile(
            r"^(?:restore|undelete|un-delete|recover|bring back|get back|"
            r"return\s++back(?=\s++(?:the\s++)?(?:task|todo|to-do|item|one|it|that)\b))\s++"
            rf"{_REF}(?:\s++back)?{_LIST_END}$",
            _FLAGS,
        ),
    ),
    ("restore", re.compile(rf"^bring\s++{_REF}\s++back$", _FLAGS)),
    (  # "get the deleted one back — the one about the boiler"
        "restore",
        re.compile(
            r"^(?:get|bring|put)\s++(?:the\s++|that\s++)?(?:deleted|removed|binned)\s++(?:one|task)\s++"
            rf"back\s*+[,;:\-–—]++\s*+{_REF}$",
            _FLAGS,
        ),
    ),
    (  # "put the gym task back, I deleted it by accident"
        "restore",
        re.compile(
            rf"^(?:get|bring|put)\s++{_REF}\s++back[\s,;]++(?:i|we)\s++(?:accidentally\s++)?"
            r"(?:deleted|removed|binned|trashed)\s++(?:it|that|this)\b.{0,40}$",
            _FLAGS,
        ),
    ),
    (
        "delete",
        re.compile(
            r"^(?:delete|remove|erase|trash|drop|cancel|get rid of|discard|scrap|bin|scratch|"
            r"strike|ditch|dump|axe|"
            rf"forget about|forget|nuke|kill)\s++{_NOT_A_FIELD}{_REF}{_NOT_A_FIELD_AFTER}"
            rf"{_LIST_END}$",
            _FLAGS,
        ),
    ),
    (  # "the second one can go", "the gym task can be deleted now, we cancelled": a task said
        # as one ("Tom can go", "the kids can go" name no task, and a question asks nothing)
        "delete",
        re.compile(
            r"^(?P<ref>(?:that|this|it)(?:\s++one)?|(?:the\s++|my\s++)?[^,;:?]{0,60}?"
            r"(?:\bone|\btask|\btodo|\bto-do|\bitem))\s++(?:can|could)\s++(?:(?:just|now)\s++)?(?:go|be\s++(?:deleted|removed|"
            r"binned|scrapped|dropped|ditched|cancell?ed)|come\s++off(?:\s++(?:the|my)\s++list)?)"
            r"(?:\s++now)?(?:\s*+[,;.]\s*+(?:i|i'?ve|we|we'?ve|because|since|cos|it'?s|its)\b[^?]{0,80})?"
            r"[.!]*+$",
            _FLAGS,
        ),
    ),
    (  # "take the dentist off my list": the list said ("take friday off" is a day off)
        "delete",
        re.compile(
            rf"^take\s++{_NOT_A_FIELD}{_REF}\s++off\s++(?:of\s++)?(?:the|my)\s++(?:to-?do\s++)?list$",
            _FLAGS,
        ),
    ),
    (
        "show",
        re.compile(
            r"^(?:show me|show|open|get|view|display|details (?:of|for|on|about)|"
            r"tell me (?:more )?about|what is|what'?s|what about|more about|"
            r"give me (?:the )?details (?:of|for|on))\s++(?P<ref>.+)$",
            _FLAGS,
        ),
    ),
    ("show", re.compile(rf"^(?:what'?s|what is|what was)\s++{_REF}\s++about$", _FLAGS)),
    ("show", re.compile(rf"^when(?:'s|\s++is|\s++was)\s++{_REF}\s++due$", _FLAGS)),
)

_FIELD: Final = (
    r"(?P<field>title|name|text|description|notes?|details|due date|due|deadline|date|"
    r"due time|time|priority|tags?|labels?)"
)
_CHANGE: Final = r"(?:change|update|edit|modify|set|switch|alter|fix|correct)"
_MOVE: Final = (
    r"(?:move|reschedule|postpone|push|push back|delay|defer|bump|shift|change the date of|"
    r"pull|bring|prepone)"
)
#: One tag: ``#anything``, or a word that is not ``and``.
_TAG: Final = r"(?:#[\w\-/.]++|['‘\"“][\w\-/.]++['’\"”]|(?!and(?![\w\-/.]))[\w\-/.]++)"
#: Between two tags: a comma, ``and`` or spaces, each read one way only.
_TAG_GAP: Final = r"(?:\s*+,\s*+(?:and\s++)?|\s++(?:and\s++)?)"
_TAGS: Final = rf"{_TAG}(?:{_TAG_GAP}{_TAG})*"
_HASH_TAGS: Final = rf"#[\w\-/.]++(?:{_TAG_GAP}#[\w\-/.]++)*"

#: Edits: each pattern has ``ref`` (where it may be left out, the task is ``it``) and one of
#: ``new``, ``when``, ``level``, ``tags``, ``rule``; ``field`` says what ``new`` is when written.
#: A weekday of the month, said without ``the``: ``first sat of every month``.
_NTH_WEEKDAY_OF: Final = (
    r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s++(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*+"
    r"\s++of\s++(?:every|each|the)\s++month"
)
#: A repeat said as such: what ``rule`` may start with in the edits below.
_RULE_START: Final = (
    r"(?:every|each|daily|weekly|monthly|yearly|annually|quarterly|fortnightly|biweekly|once|"
    r"on\s++every|on\s++each|"
    r"twice|on\s++(?:the\s++)?(?:first|second|third|last|\d{1,2}(?:st|nd|rd|th))|"
    r"on\s++(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:on\s++)?weekdays|"
    rf"{_NTH_WEEKDAY_OF})\b"
)

#: Words of a date: a task named with one is new (``buy milk tomorrow, make it urgent``).
_DAY_WORDS: Final = (
    r"today|tonight|tomorrow|next|by|on|at|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|"
    r"thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
)
#: A task named alone before what to do with it: words that say nothing of it (``the MOT
#: can wait``, ``the report is late``) are a statement, not its name.
_NAMED_REF: Final = (
    r"(?!(?:no|nope|nah|yes|yeah|ok|okay|hmm++|actually|sorry|wait|oh|also|then|please|pls|so|but|"
    r"well|right|move|tag|need|add|put|set|make|change|push|mark|remind|create|new|i|we|you)\b)"
    r"(?P<ref>(?:(?!\b(?:can|could|should|will|would|must|is|are|was|were|isn't|aren't|has|have|"
    rf"had|and|it|{_DAY_WORDS})\b)[^,;:.?!\d])+?)"
)
#: A priority level said as the new value: ``urgent``, ``top priority``, ``low prio``.
_LEVEL: Final = (
    r"(?:an?\s++|the\s++)?(?P<level>urgent|important|high|medium|normal|low|top)"
    r"(?:[\s-]++(?:priority|prio|pri))?"
)
#: The verbs that set a task's priority to a level: ``make it``, ``knock it down to``.
_SET_LEVEL: Final = (
    r"(?:please\s++|pls\s++|so\s++|just\s++)*+(?:make|set|mark|put|knock|drop|bump|move|turn|"
    r"bring|take|dial|change|switch|lower|raise|lift)\s++(?:it|that|this|them)\s++"
    r"(?:(?:back\s++)?(?:down|up)\s++)?(?:to\s++|as\s++|into\s++)?"
)
#: A weekday named as when a repeat falls: ``on Wednesday``, ``every monday``, ``on fridays``.
_ON_WEEKDAY: Final = (
    r"(?:on\s++)?(?:every\s++|each\s++)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    r"(?:\s++and\s++(?:mon|tues|wednes|thurs|fri|satur|sun)days?)?"
)

EDITS: Final[tuple[re.Pattern[str], ...]] = (
    # A level a task has come to: "corner flags are proper urgent now", "the report is getting
    # important" (said as a change: "family is important" changes nothing).
    re.compile(
        r"^(?!(?:i|we|please|add|put|new|nothing|everything|it\s++all)\b)(?P<ref>[^,;.:]{1,60}?\S)"
        r"\s++(?:is|are|'s|'re)\s++(?:(?P<now>now|getting|becoming)\s++)?"
        r"(?:(?:very|really|super|proper|properly|dead|quite|rather|pretty|so|well)\s++)?"
        r"(?P<level>urgent|important)(?(now)(?:\s++(?:now|after\s++all))?|\s++(?:now|again))$",
        _FLAGS,
    ),
    # The same of a place in the list or of "it", now or not: "2nd one is urgent!!".
    re.compile(
        r"^(?P<ref>(?:the\s++)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|top|"
        r"bottom|middle)(?:\s++one)?|(?:this|that)(?:\s++one)?)\s++(?:is|'s)\s++"
        r"(?:(?:very|really|super|now)\s++)?(?P<level>urgent|important)(?:\s++now)?$",
        _FLAGS,
    ),
    # Something said about the task, then its new value: "fryer clean is every day rn, change
    # it to every monday", "the dentist is on friday, move it to monday" (a repeat or a date).
    re.compile(
        rf"^{_REF}\s++(?:is|are|was|were|'s)\s++[^,;.]{{1,60}}?[,;.]\s*+(?:but\s++|so\s++)?"
        r"(?:(?:please|pls|can\s++you|could\s++you)\s++)?(?:change|switch|move|push|shift|set|"
        r"make|put)\s++(?:it|that|them)\s++(?:to|till|until|for|on)\s++(?:be\s++)?"
        r"(?P<when>[^,;.]{1,60}?)(?:\s++instead)?$",
        _FLAGS,
    ),
    # The same with a priority: "finish the slides is less important than i thought make it
    # low", "the report is more pressing now, bump it up to urgent".
    re.compile(
        rf"^{_REF}\s++(?:is|are|'s)\s++[^,;.]{{1,60}}?[\s,;.]++{_SET_LEVEL}{_LEVEL}$", _FLAGS
    ),
    # Said with no hurry first: "no great hurry on the boiler service, knock it down to low";
    # alone, "no rush on the tax return" is low priority.
    re.compile(
        r"^(?:there'?s\s++|there\s++is\s++)?(?:no|not\s++(?:a|much|any))\s++(?:great\s++|big\s++|"
        r"real\s++|massive\s++|particular\s++|huge\s++)?(?P<low>hurry|rush|urgency|panic)\s++"
        rf"(?:on|with|for|about)\s++{_REF}(?:[\s,;.]++{_SET_LEVEL}"
        r"(?:an?\s++)?(?:low|lower|normal|medium)(?:[\s-]++priority)?)?$",
        _FLAGS,
    ),
    # The task named, then its new priority and day: "bio project make it urgent and move to
    # sat", "the report, set it high and push it to monday".
    re.compile(
        rf"^{_NAMED_REF}[\s,:;\-–—]++{_SET_LEVEL}{_LEVEL}[\s,]++(?:and\s++)?(?:then\s++)?(?:move|push|"
        r"shift|put|set|bump|change|make)\s++(?:it\s++)?(?:to\s++|for\s++|on\s++|till\s++|"
        r"until\s++)?(?:due\s++)?(?:on\s++)?(?P<when>.+)$",
        _FLAGS,
    ),
    # The task named, then its new priority: "invoice to dana, make it top priority".
    re.compile(rf"^(?:the\s++task\s++)?{_NAMED_REF}[\s,:;\-–—]++{_SET_LEVEL}{_LEVEL}$", _FLAGS),
    # A repeat that is no longer on one day: "the recycling is not on Tuesday anymore, it is on
    # Wednesdays now".
    re.compile(
        rf"^{_REF}(?:\s++(?:is|are)(?:n'?t|\s++not|\s++no\s++longer)|'s\s++not|'re\s++not)\s++"
        r"(?:any\s*+more\s++|any\s++longer\s++)?"
        r"[^,;.]{1,40}?[,;.]\s*+(?:(?:it|they)(?:'s|'re|\s++is|\s++are)|now\s++it'?s|now\s++it\s++is)"
        rf"\s++(?:now\s++)?(?P<rule>{_ON_WEEKDAY}|{_RULE_START}[^,;.]{{0,40}}?)"
        r"(?:\s++now|\s++instead)?$",
        _FLAGS,
    ),
    # A repeat narrowed: "stretch weekdays only", "gym on mondays and thursdays only".
    re.compile(
        r"^(?P<ref>[^,;.]{1,60}?\S)\s++(?:only\s++)?(?P<rule>(?:on\s++)?(?:weekdays|weekends|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)days(?:\s*+(?:,|and)\s*+(?:mon|tues|wednes|thurs|fri|"
        r"satur|sun)days){0,6}))\s++only$",
        _FLAGS,
    ),
    # How often it comes round, then "set it to repeat": "the tractor insurance comes round
    # annually, set it to repeat".
    re.compile(
        rf"^{_REF}\s++(?:comes?\s++(?:round|around|up|back)|happens|recurs|falls\s++due|is\s++due)\s++"
        rf"(?P<rule>{_RULE_START}[^,;.]{{0,40}}?)[\s,;.]++(?:so\s++)?(?:(?:please|pls|can\s++you|"
        r"could\s++you)\s++)?(?:set|make|have|put)\s++it\s++(?:to\s++|on\s++)?(?:repeat|recur)(?:ing)?"
        r"(?:\s++(?:too|as\s++well|please))?$",
        _FLAGS,
    ),
    # Said tersely, as to a watch: "gym bag high", "call priya urgent" (a few words, a level).
    re.compile(
        r"^(?P<ref>(?:(?!(?:it|that|this|them|is|are|make|set|mark|put|to|now|very|so|too|not|"
        rf"{_DAY_WORDS})\b)"
        r"[^\W\d_][\w'’-]*+\s++){1,4})(?P<level>urgent|high|low)$",
        _FLAGS,
    ),
    # "change the timesheet submission to monthly instead of weekly"
    re.compile(
        rf"^(?:{_CHANGE}|make|turn|move)\s++(?!(?:the\s++|its\s++)?(?:title|name|text|description|"
        rf"notes?)\b){_REF}\s++(?:to|into)\s++(?:an?\s++)?(?P<rule>{_RULE_START}[^,;.]{{0,40}}?)"
        r"(?:\s++(?:thing|task|one))?(?:\s++instead(?:\s++of\s++.{1,40})?)?$",
        _FLAGS,
    ),
    # "parent evening is on the 9th of December at 6pm"
    re.compile(rf"^{_REF}\s++(?:is|are)\s++(?:now\s++)?(?:on|at)\s++(?P<when>.+)$", _FLAGS),
    # "Set a deadline of 15 December for renew passport."
    re.compile(
        r"^(?:set|put|give|add)\s++(?:a|the)\s++(?:deadline|due\s++date|date)\s++(?:of|to|for|on)\s++"
        r"(?P<when>.+?)\s++(?:for|on|to)\s++(?P<ref>.+)$",
        _FLAGS,
    ),
    # "for book the venue, note that capacity should be 80 people"
    re.compile(
        rf"^(?:for\s++)?{_REF}\s*+[,:;]\s*+(?:note|add|write)(?:\s++down)?\s++that\s++"
        r"(?P<description>.+)$",
        _FLAGS,
    ),
    # "put the policy number 77-4410-B in the description of call the insurance"
    re.compile(
        r"^(?:put|add|write|note)\s++(?P<description>.+?)\s++(?:in|into|to)\s++the\s++"
        rf"(?:description|notes?|details)\s++(?:of|for|on)\s++{_REF}$",
        _FLAGS,
    ),
    # "tax return is top priority now"
    re.compile(
        rf"^{_REF}\s++(?:is|are)\s++(?:now\s++)?(?:a\s++|the\s++)?"
        r"(?P<level>top|high|urgent|medium|low)[\s-]++priority(?:\s++now)?$",
        _FLAGS,
    ),
    # "remove the priority from order printer ink"
    re.compile(
        r"^(?:remove|clear|drop|reset|take\s++off|take|get\s++rid\s++of)\s++(?:the\s++)?"
        r"(?P<none>priority)\s++(?:from|of|on|for|off)\s++(?P<ref>.+)$",
        _FLAGS,
    ),
    # "can the sourdough task repeat every day please"
    re.compile(
        rf"^(?:can|could|should|would)\s++{_REF}\s++(?:repeat|recur)\s++(?P<rule>{_RULE_START}.*)$",
        _FLAGS,
    ),
    # "pay the credit card bill monthly on the 15th from now on"
    re.compile(
        rf"^{_REF}(?<!\sis)(?<!\sare)(?<!\srepeat)(?<!\srecur)(?<!\shappen)\s++"
        rf"(?P<rule>{_RULE_START}.*?)\s++(?:from\s++now\s++on|going\s++forward|from\s++now)$",
        _FLAGS,
    ),
    # "change the name to Email the landlord": the task in hand
    re.compile(
        rf"^{_CHANGE}\s++(?:the\s++|its\s++)?(?P<field>title|name|text)\s++(?:to|into|as)\s++"
        r"(?P<new>.+)$",
        _FLAGS,
    ),
    # "have the gym repeat weekly", "put the gym on repeat every monday"
    re.compile(
        rf"^(?:have|get|let|put|set)\s++{_REF}\s++(?:(?:to\s++)?(?:repeat|recur)|"
        r"on\s++(?:repeat|a\s++loop))"
        rf"\s++(?P<rule>{_RULE_START}.*)$",
        _FLAGS,
    ),
    # "the task 'Call mum', I want it every sunday at 6", "the rent is monthly"
    re.compile(
        rf"^(?:the\s++task\s++)?{_REF}[\s,:;\-–—]++(?:(?:i|we)\s++(?:want|need|'?d\s++like)|make|"
        r"have|set|please\s++make|you\s++make|you\s++set|can\s++you\s++make)\s++it\s++(?:to\s++)?"
        r"(?:be\s++|repeat\s++|recur\s++)?"
        rf"(?P<rule>{_RULE_START}.*)$",
        _FLAGS,
    ),
    re.compile(  # "the budget review needs to recur each quarter", "X should happen every weekday"
        rf"^{_REF}\s++(?:only\s++|now\s++|just\s++)?(?:(?:needs|has|have|need|ought|is\s++going|"
        r"are\s++going)\s++to|should|must|will)\s++(?:only\s++)?(?:repeat|recur|happen|be\s++done|"
        r"come\s++back)"
        rf"\s++(?:only\s++)?(?P<rule>{_RULE_START}.*?)(?:\s++now|\s++from\s++now\s++on)?$",
        _FLAGS,
    ),
    re.compile(  # "change pay the cleaner so it repeats every friday instead of monthly"
        rf"^(?:{_CHANGE}|make|set)\s++{_REF}\s++so\s++(?:that\s++)?(?:it|they)\s++(?:repeats?|recurs?|"
        rf"happens?|is)\s++(?P<rule>{_RULE_START}.*?)(?:\s++instead(?:\s++of\s++.{{1,40}})?)?$",
        _FLAGS,
    ),
    re.compile(  # "call dad every saturday instead of sunday"
        rf"^{_REF}(?<!\sis)(?<!\sare)(?<!\snow)\s++(?P<rule>{_RULE_START}.*?)\s++instead"
        r"(?:\s++of\s++.{1,40})?$",
        _FLAGS,
    ),
    re.compile(  # "change clean the filter from weekly to monthly", "budget review from …"
        rf"^(?:(?:{_CHANGE}|make|turn|move)\s++)?{_REF}\s++from\s++(?:an?\s++)?[\w ]{{1,30}}?\s++"
        rf"(?:to|into)\s++(?:an?\s++)?(?P<rule>{_RULE_START}.*)$",
        _FLAGS,
    ),
    re.compile(
        rf"^{_REF}\s++(?:is|are|happens|should\s++be)\s++(?:now\s++)?(?:an?\s++)?"
        rf"(?P<rule>{_RULE_START}.*?)(?:\s++(?:thing|task|event))?(?:\s++(?:from\s++)?now(?:\s++on)?)?"
        r"(?:\s++instead(?:\s++of\s++.{1,40})?)?$",
        _FLAGS,
    ),
    # "the parent-teacher meeting got moved to thursday next week"
    re.compile(
        rf"^{_REF}\s++(?:got|was|has\s++been|have\s++been|is|are|were|'s\s++been|is\s++being)"
        r"\s++(?:moved|pushed|postponed|rescheduled|put\s++off|changed|bumped|shifted|delayed|"
        r"brought)(?:\s++(?:back|forward|up))?\s++(?:to|until|till|for|on)\s++(?P<when>.+)$",
        _FLAGS,
    ),
    # "the plumber visit can wait until the day after tomorrow", "X can slip to friday"
    re.compile(
        rf"^{_REF}\s++(?:can|could|will\s++have\s++to|has\s++to|must|should)\s++"
        r"(?:wait|slip|slide|move|go|be\s++moved|be\s++pushed)\s++"
        r"(?:until|till|til|for|to)\s++(?P<when>.+)$",
        _FLAGS,
    ),
    # "can we do the electrician on tuesday instead"
    re.compile(
        rf"^(?:can\s++we|could\s++we|let'?s|we'?ll|i'?ll|i\s++will|we\s++will)\s++do\s++{_REF}\s++"
        r"(?:on|at|for)\s++(?P<when>.+?)(?:\s++instead)?$",
        _FLAGS,
    ),
    re.compile(rf"^do\s++{_REF}\s++(?:on|at|for)\s++(?P<when>.+?)\s++instead$", _FLAGS),
    # "call prep for interview 'Prepare for Google interview' instead"
    re.compile(
        rf"^(?:call|name|retitle)\s++{_REF}(?<!\sto)(?<!\sas)\s++(?P<new>[\"“'‘][^\"”'’]++[\"”'’])"
        r"(?:\s++instead)?$",
        _FLAGS,
    ),
    # "for buy paint, put in the description that …", "add to the call insurance task that …"
    re.compile(
        rf"^(?:for\s++)?{_REF}\s*+[,:;]\s*+(?:put|add|write|note)\s++(?:in|into|to)\s++the\s++"
        r"(?:description|notes?|details)\s++(?:that\s++)?(?P<description>.+)$",
        _FLAGS,
    ),
    re.compile(
        rf"^(?:add|note)\s++(?:to|on)\s++(?:the\s++)?{_REF}\s++(?:task\s++)?that\s++"
        r"(?P<description>.+)$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:knock|drop|bump|bring|move|push|take|turn|dial|put|lower|raise|lift|downgrade|"
        rf"upgrade|switch|kick)\s++{_REF}\s++(?:(?:back\s++)?(?:down|up)\s++)?(?:to|as|into)\s++"
        r"(?:an?\s++)?(?P<level>urgent|important|high|medium|normal|low|top)(?:[\s-]++priority)?$",
        _FLAGS,
    ),
    re.compile(  # "Change the name of 'Send the CV' for 'Send the CV and the letter'"
        rf"^{_CHANGE}\s++(?:the\s++)?{_FIELD}\s++(?:of|for|on)\s++"
        r"(?P<ref>[\"“'‘][^\"”'’\n]{1,200}[\"”'’])\s++(?:to|into|as|for|with)\s++(?P<new>.+)$",
        _FLAGS,
    ),
    re.compile(
        rf"^{_CHANGE}\s++(?:the\s++)?{_FIELD}\s++(?:of|for|on)\s++{_REF}\s++(?:to|into|as)"
        r"(?:\s*+:\s*+|\s++)(?P<new>.+)$",
        _FLAGS,
    ),
    re.compile(
        rf"^{_CHANGE}\s++(?P<ref>.+?)(?:'s|s')\s++{_FIELD}\s++(?:to|into|as)\s++(?P<new>.+)$",
        _FLAGS,
    ),
    re.compile(rf"^{_CHANGE}\s++{_REF}\s++{_FIELD}\s++(?:to|into|as)\s++(?P<new>.+)$", _FLAGS),
    re.compile(rf"^(?:rename|retitle)\s++{_REF}\s++(?:to|as|into)\s++(?P<new>.+)$", _FLAGS),
    re.compile(
        r"^(?:rename|retitle|call|name)\s++(?P<ref>task\s*+#?\d++|#\d++|it|that|that one|"
        r"this one)\s++(?P<new>[\"“'‘].+)$",
        _FLAGS,
    ),
    re.compile(
        rf"^{_REF}\s++should\s++(?:say|read|be called|be named|be titled)\s++(?P<new>.+)$", _FLAGS
    ),
    re.compile(  # "the task 'Call Jon' has wrong name, it should be 'Call John'"
        rf"^(?:the\s++task\s++)?{_REF}\s++has\s++(?:the\s++|a\s++)?wrong\s++(?P<field>name|title)"
        r"[\s,;.]++(?:it\s++)?(?:should|must)\s++(?:be|say|read)\s++(?P<new>.+)$",
        _FLAGS,
    ),
    re.compile(  # "Due date for the lease renewal: the 15th of December, 12 noon"
        r"^(?:the\s++)?(?:new\s++)?(?:due\s++date|deadline|date)\s++(?:for|of|on)\s++"
        rf"{_REF}\s*+[:\-–—]\s*+(?P<when>.+)$",
        _FLAGS,
    ),
    re.compile(  # "take the urgent off the car insurance task"
        r"^(?:take|remove|drop)\s++(?:the\s++)?(?P<none>urgent|high|top|important)(?:\s++priority|"
        rf"\s++flag)?\s++(?:off|from)\s++{_REF}$",
        _FLAGS,
    ),
    re.compile(  # "Can you also put a tag 'family' on it?"
        r"^(?:put|add|stick|slap)\s++(?:a\s++|the\s++)?(?:tags?|labels?)\s++(?P<tags>.{1,60}?)\s++(?:on|to)\s++"
        rf"{_REF}$",
        _FLAGS,
    ),
    re.compile(  # "I should like 'Telephone Aunt Margaret' to recur on the first Sunday"
        rf"^(?:i'?d|i\s++would|i\s++should|we'?d)\s++like\s++{_REF}\s++to\s++(?:recur|repeat|happen|"
        rf"come\s++back)\s++(?P<rule>{_RULE_START}.*)$",
        _FLAGS,
    ),
    re.compile(  # "I want that the task 'clean the aquarium' comes back every second week"
        rf"^(?:i\s++want|i'?d\s++like|i\s++would\s++like)\s++that\s++(?:the\s++task\s++)?{_REF}\s++"
        rf"(?:comes?\s++back|repeats?|recurs?|happens?|is\s++done)\s++(?P<rule>{_RULE_START}.*)$",
        _FLAGS,
    ),
    re.compile(  # "the book club has gone monthly, last Thursday of the month"
        rf"^{_REF}\s++(?:has\s++gone|has\s++become|went|has\s++switched|switched|has\s++changed|"
        r"changes|is\s++changing|cadence\s++changes|frequency\s++changes)\s++(?:to\s++)?"
        r"(?P<rule>(?:daily|weekly|monthly|yearly|quarterly|fortnightly|biweekly|every\b)[^.]*?)"
        r"(?:,?\s*+effective\s++(?:now|immediately|today))?$",
        _FLAGS,
    ),
    re.compile(  # "Please make backup office laptop a weekly task, every Saturday"
        rf"^make\s++{_REF}\s++an?\s++(?:(?:daily|weekly|monthly|yearly|quarterly)\s++(?:task|thing|one|job)"
        r"[,\s]++(?P<rule>(?:every|each|on)\s++[\w ]{1,40})|(?P<kind>daily|weekly|monthly|yearly|"
        r"quarterly)\s++(?:task|thing|one|job))$",
        _FLAGS,
    ),
    re.compile(  # "I'm doing lift club on Mondays and Wednesdays now"
        rf"^(?:i'?m|i\s++am|we'?re|we\s++are)\s++(?:doing|having|going\s++to)\s++{_REF}\s++"
        rf"(?P<rule>{_RULE_START}.*?)(?:\s++now|\s++from\s++now\s++on)?$",
        _FLAGS,
    ),
    re.compile(  # "Tax return deadline is 15 January, put it"
        rf"^{_REF}\s++(?:deadline|due\s++date)\s++is\s++(?P<when>[^,]+?)(?:[\s,]++(?:put|set|save|note)"
        r"\s++it(?:\s++(?:in|down))?)?$",
        _FLAGS,
    ),
    re.compile(  # "set priority urgent on 'X'", "put high priority for that"
        r"^(?:set|put|give|make)\s++(?:the\s++|a\s++)?(?:priority\s++(?:to\s++|as\s++)?(?P<level>urgent|high|"
        r"medium|low|top)|(?P<level2>urgent|high|medium|low|top)\s++priority)\s++(?:on|for|to)\s++"
        rf"{_REF}$",
        _FLAGS,
    ),
    re.compile(  # "To task 'buy presents' add description: for Ola a book"
        rf"^(?:to|for|on)\s++(?:the\s++)?(?:task\s++)?{_REF}\s*+,?\s*+(?:add|put|write|set)\s++(?:a\s++|the\s++)?"
        r"(?:description|notes?|details)\s*+[:\-–—]\s*+(?P<description>.+)$",
        _FLAGS,
    ),
    re.compile(  # "pasties are for Sunday now not Saturday": the task's day, corrected
        rf"^{_REF}\s++(?:is|are|'s|'re)\s++(?:now\s++)?(?:for|on)\s++"
        r"(?P<when>(?:next\s++)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)"
        r"\s++now[\s,]++(?:not|instead\s++of)\s++(?:on\s++)?"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day[\s.!]*+$",
        _FLAGS,
    ),
    re.compile(  # "The braai with the okes is moving to Sundays from now on"
        rf"^{_REF}\s++(?:is|are)\s++(?:moving|changing|switching|going)\s++to\s++"
        r"(?P<rule>(?:mon|tues|wednes|thurs|fri|satur|sun)days(?:\s++and\s++(?:mon|tues|wednes|thurs|"
        r"fri|satur|sun)days)?)(?:\s++(?:from\s++now(?:\s++on)?|now|instead))?$",
        _FLAGS,
    ),
    re.compile(  # "make the gift shopping medium priority and due saturday", "… and move it to sat"
        rf"^(?:make|set)\s++{_REF}\s++(?:an?\s++)?(?P<level>urgent|important|high|medium|normal|"
        r"low|top)(?:[\s-]++priority)?[\s,]++and\s++(?:make\s++it\s++|(?:move|push|shift|put|"
        r"bump)(?:\s++it)?\s++(?:to\s++|till\s++|until\s++)?)?(?:due\s++)?(?:on\s++|by\s++)?"
        r"(?P<when>.+)$",
        _FLAGS,
    ),
    re.compile(rf"^{_CHANGE}\s++{_REF}\s*+:(?!\d\d)\s*+(?P<new>.+)$", _FLAGS),
    re.compile(
        r"^(?:make|set|move|put|change)\s++(?P<ref>it|that|that one|this one)\s++(?:to\s++)?"
        r"(?:due\s++)?(?:on\s++|for\s++|by\s++)?(?P<when>.+)$",
        _FLAGS,
    ),
    re.compile(  # a rename: never from words that ask for two things ("… and move it to sat")
        rf"^(?:{_CHANGE}|make)\s++(?!.*?\s(?:and|then)\s++(?:move|push|shift|put|bump|set|make|"
        rf"mark)\s++it\b){_REF}\s++(?:to|into)\s++(?:say|read)?\s*+(?P<new>.+)$",
        _FLAGS,
    ),
    re.compile(  # "move the dentist from friday to monday"
        rf"^{_MOVE}\s++{_REF}\s++from\s++[\w ]{{1,30}}?\s++(?:to|until|till)\s++(?P<when>.+)$",
        _FLAGS,
    ),
    re.compile(
        rf"^{_MOVE}\s++{_REF}(?:\s++(?:forward|back|earlier|later|up))?\s++(?:to|until|till|for|by|"
        r"on)\s++(?P<when>.+)$",
        _FLAGS,
    ),
    re.compile(
        rf"^{_REF}\s++(?:is|should be)\s++(?:now\s++)?due\s++(?:on\s++|by\s++|at\s++)?"
        r"(?P<when>.+)$",
        _FLAGS,
    ),
    re.compile(
        rf"^(?:make|set)\s++{_REF}\s++due\s++(?:on\s++|by\s++|at\s++|for\s++)?(?P<when>.+)$",
        _FLAGS,
    ),
    re.compile(rf"^set\s++{_REF}\s++(?:for|on|to)\s++(?P<when>.+)$", _FLAGS),
    re.compile(
        rf"^(?:make|mark|set|flag)\s++{_REF}\s++(?:as\s++|to\s++)?(?:a\s++)?(?:{STRONGER}\s++(?=urgent|important))?"
        r"(?P<level>urgent|important|high|medium|normal|low|top)(?:[\s-]++(?:priority|prio|pri))?$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:(?P<level>prioriti[sz]e)|(?P<low>deprioriti[sz]e))\s++(?P<ref>.+)$",
        _FLAGS,
    ),
    re.compile(
        rf"^(?:tag|label)\s++{_REF}\s++(?:with|as)\s++(?:the\s++)?(?:tags?\s++|labels?\s++)?"
        r"(?P<tags>.+)$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:tag|label)\s++(?P<ref>that one|this one|it|that|task\s*+#?\d++|#\d++)\s++"
        rf"(?P<tags>{_TAGS})$",
        _FLAGS,
    ),
    re.compile(  # "tag the corsa one parts": "one" or "task" ends the words that name it
        r"^(?:tag|label)\s++(?P<ref>(?:the\s++|my\s++)?[^,;:]{1,60}?\s++(?:one|task))\s++"
        rf"(?P<tags>{_TAG})$",
        _FLAGS,
    ),
    re.compile(  # "give it the tag clients" (one tag: "give Sam the label printer" is a gift)
        rf"^(?:give|assign)\s++{_REF}\s++(?:the|a)\s++tag\s++(?:of\s++)?(?P<tags>{_TAG})$",
        _FLAGS,
    ),
    re.compile(
        rf"^(?:give|assign)\s++{_REF}\s++(?:an?\s++)?(?P<level>urgent|important|high|medium|"
        r"normal|low|top)(?:[\s-]++priority)$",
        _FLAGS,
    ),
    re.compile(
        r"^(?P<ref>it|that|this|that one|this one)(?:'s|\s++is)\s++(?:very\s++|really\s++|"
        r"super\s++|now\s++)?(?:an?\s++)?(?P<level>urgent|important|high|medium|low|top)"
        r"(?:[\s-]++priority)?$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:add|put|stick|slap|attach|give)\s++(?:the\s++|a\s++|an\s++)?"
        r"(?!(?:a|an|the)\s++(?:tag|label)\b)"
        r"(?P<tags>#?[\w\-/.]++)\s++(?:tag|label)\s++(?:to|on|onto)\s++(?P<ref>.+)$",
        _FLAGS,
    ),
    # A tag swapped for another: "swap the tag on the quarter peal from tower to advent",
    # "replace the guests tag on the parking one with admin", "swap the tower tag for advent on
    # the quarter peal".
    re.compile(
        r"^(?:swap|change|replace|switch)\s++the\s++(?:tag|label)\s++(?:on|of|for)\s++"
        r"(?P<ref>[^,;:]{1,80}?)\s++from\s++#?(?P<untag>[\w\-/.]++)\s++to\s++#?(?P<tags>[\w\-/.]++)$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:swap|change|replace|switch)\s++the\s++#?(?P<untag>[\w\-/.]++)\s++(?:tag|label)\s++"
        r"(?:on|of|for)\s++(?P<ref>[^,;:]{1,80}?)\s++(?:with|for|to)\s++#?(?P<tags>[\w\-/.]++)$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:swap|change|replace|switch)\s++the\s++#?(?P<untag>[\w\-/.]++)\s++(?:tag|label)\s++"
        r"(?:with|for|to)\s++#?(?P<tags>[\w\-/.]++)\s++(?:on|of|for)\s++(?P<ref>[^,;:]{1,80}?)$",
        _FLAGS,
    ),
    # "put a tag on the roof one — 'house'", "baklava task tag neighbours also"
    re.compile(
        r"^(?:put|add|stick)\s++a\s++(?:tag|label)\s++on\s++(?P<ref>[^,;:—–-]{1,80}?)\s*+[—–:-]++\s*+"
        r"['‘\"“]?#?(?P<tags>[\w\-/.]++)['’\"”]?$",
        _FLAGS,
    ),
    re.compile(
        r"^(?P<ref>[^,;:]{1,60}?\s(?:task|one|job))\s++(?:tag|label)\s++#?(?P<tags>[\w\-/.]++)"
        r"(?:\s++(?:also|too|as\s++well))?$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:remove|delete|drop|take(?:\s++off)?|strip|clear|get\s++rid\s++of)\s++"
        r"(?:the\s++)?(?P<untag>#?[\w\-/.]++)\s++(?:tag|label)\s++(?:from|off(?:\s++of)?)\s++"
        r"(?P<ref>.+)$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:add|put)\s++(?:the\s++|a\s++)?(?:tags?|labels?)\s++"
        rf"(?P<tags>{_TAGS})\s++(?:to|on)\s++(?P<ref>.+)$",
        _FLAGS,
    ),
    re.compile(
        rf"^(?:add|put)\s++(?P<tags>{_HASH_TAGS})\s++(?:to|on)\s++(?P<ref>.+)$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:remove|delete|drop|take off|take)\s++(?:the\s++)?(?:tags?|labels?)\s++"
        rf"(?P<untag>{_TAGS})\s++(?:from|off)\s++(?P<ref>.+)$",
        _FLAGS,
    ),
    re.compile(
        rf"^(?:remove|delete|drop)\s++(?P<untag>{_HASH_TAGS})\s++from\s++(?P<ref>.+)$",
        _FLAGS,
    ),
    re.compile(  # "untag followup from the press office chase"
        rf"^(?:untag|unlabel)\s++(?P<untag>{_TAGS})\s++(?:from|off|on)\s++(?P<ref>.+)$",
        _FLAGS,
    ),
    re.compile(
        r"^(?:add|attach|put|write)\s++(?:a\s++)?(?:note|description|details?|comment)\s++"
        rf"(?:to|on)\s++{_REF}\s*+(?::|saying|that says|reading)\s*+(?P<description>.+)$",
        _FLAGS,
    ),
    re.compile(rf"^describe\s++{_REF}\s++as\s++(?P<description>.+)$", _FLAGS),
    # "add a note: bring pens" — to the task the conversation is about
    re.compile(
        r"^(?:add|attach|put|write|include)\s++(?:a\s++|the\s++)?(?:note|description|details?|"
        r"comment)(?:\s++(?:to|on)\s++(?P<ref>it|that|that one|this one|this))?\s*+"
        r"(?::|saying|that says|reading|-)\s*+(?P<description>.+)$",
        _FLAGS,
    ),
    re.compile(
        rf"^(?:make|set)\s++{_REF}\s++(?:to\s++)?(?:repeat|recur)(?:s|ring)?\s++(?P<rule>.+)$",
        _FLAGS,
    ),
    re.compile(rf"^{_REF}\s++should\s++(?:repeat|recur)\s++(?P<rule>.+)$", _FLAGS),
    re.compile(
        rf"^(?:make|set|have|turn)\s++{_REF}\s++(?:into\s++)?(?:an?\s++)?(?P<rule>(?:every|each)\s++"
        rf".+|{_NTH_WEEKDAY_OF}|(?:daily|weekly|monthly|yearly|annual|fortnightly|quarterly)(?:\s++(?:thing|task|"
        r"event|habit|one|job))?)$",
        _FLAGS,
    ),
    re.compile(
        rf"^{_REF}\s++(?:needs?|has\s++to\s++be|have\s++to\s++be|should\s++be)\s++"
        r"(?:[a-z]++(?:(?<=ing)|(?<=ed))\s++|done\s++)?(?P<rule>(?:every|each|once\s++a)\s++.+|daily|weekly|"
        r"monthly|yearly|fortnightly|quarterly)$",
        _FLAGS,
    ),
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
