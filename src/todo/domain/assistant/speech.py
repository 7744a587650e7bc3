"""Noise taken out of a message before it is read: what people say or type around a request.

* Fillers of speech and dictation: ``um add uh call the um plumber`` is ``add call the plumber``.
* Tags of talk that carry no request: ``ngl``, ``fr``, ``lowkey``, ``lol``, ``lah``, ``can or
  not``, a Filipino ``po`` or ``na``, a Hong Kong ``la`` or ``ar`` ending a clause, a name for
  the reader after a comma (``, hon``) or first (``hun can u …``), a kiss signing off (``…
  tomorrow x``), an oath or a second thought first (``shoot,``, ``on reflection,``): ``add buy
  concert tix for saturday fr`` is ``add buy concert tix for saturday``.
* Words before a colon that only put what follows on the list: ``log it: renew the
  membership``, ``put for me: English class``, ``new standing order: pump the bilge`` are ``add
  …`` (``log a daily one: X`` keeps its repeat); so is a task named with no verb: ``a to-do
  called X``.
* Misspellings and words of a voice, from one table: ``tmrw`` is ``tomorrow``, ``mek it fi
  Monday`` is ``make it to Monday``; ``ten o'clock`` and ``14h`` are ``10:00`` and ``14:00``.
* Casual spellings: ``gotta`` is ``have to``, ``oughta`` is ``ought to``, ``a couple days`` is ``a
  couple of days``, ``'em`` is ``them``, ``priority to max`` is ``priority to urgent``, ``later
  at 5pm`` is ``today at 5pm``, ``made the payment of`` is ``paid``.
* A slip corrected in the message itself: ``buy bred* bread``, ``the prescripton, sorry,
  prescription``, ``sunady -- sunday``: the correction replaces the word it corrects.
* Command shorthand at the start, as in a terminal: ``mv dentist fri`` is ``move dentist fri``,
  ``rm task 3`` is ``remove task 3``, ``ls`` is ``show my tasks``, ``p1 taxes`` makes the taxes
  urgent.

Quotations are left as written. Every pattern runs in linear time, and a correction looks back
at most :data:`_LOOK_BACK` words, so a message of any length is cleaned in linear time.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from todo.domain.assistant.intent_references import QUOTATION
from todo.domain.assistant.intent_words import DAY_WORD, TASK_VERB, TYPO, TYPOS

_FLAGS: Final = re.IGNORECASE

#: ``um``, ``uh``, ``erm``: sounds of speech, anywhere; ``like`` before an amount.
_FILLERS: Final = re.compile(
    r"(?<![\w'])(?:u+m+|u+h+|e+r+m+|e+h+m+|hm+)(?![\w'])[,.]?\s*+|\blike\s++(?=(?:\d|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|noon|half)\b)",
    _FLAGS,
)
#: Tags of talk at the start or the end of a message (or of a clause): ``ngl``, ``fr``, ``lah``.
_TALK_TAGS: Final = re.compile(
    r"(?:^|(?<=[\s,]))(?:ngl|lowkey|highkey|tbh|imo|lol|lmao|rofl|lah|leh|lor|ya\s++know|innit|"
    r"can\s++or\s++not|fr|i\s++guess|i\s++suppose|apparently)(?=[\s,.!?]|$)|"
    r"(?<=[\s,])(?:fr|fr\s++fr|bet|ah|eh|hor|or\s++not|can|lets\s++go+|hey|insh?a?'?allah|mun|aye|"
    # a Thai speaker's polite ending, a Turkish "tamam?", a Cornish "me 'ansum", "would 'ee"
    r"(?<!\ba\s)(?<!\bthe\s)(?-i:(?:na\s++)?ka|krub|khrap|tamam)|(?:me|my)\s++'ansum|"
    r"would\s++'ee|dreckly)"
    r"(?=[\s,.!?]*+$)|,\s*+(?:no(?=\s*+\?)|mind(?=[\s.!?]*+$))|"
    r",?\s*+(?:will|won'?t|would|could)\s++you(?=[\s.!?]*+$)|"
    r"(?<=[\s,])(?:insh?a?'?allah|mun)(?=\s*+[,.!?])|"
    # A Filipino "po" or "na" at the end, not after a word that makes it a thing ("sign the po")
    r"(?<=\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bmy\s)(?<!\bour\s)(?<!\byour\s)(?<!\bthis\s)"
    r"(?<!\bthat\s)(?<!\bper\s)(?<!\bnew\s)(?<!\beach\s)(?<!\bno\s)(?-i:po|na)(?=[\s,.!?]*+$)|"
    r"(?:(?<=\badd\s)|(?<=\bpls\s)|(?<=\bplease\s)|(?<=\btask\s)|(?<=\bit\s)|(?<=\bme\s))"
    r"(?-i:po)(?=\s*+[:,])|"
    r"^(?:well\s++)?(?:shoot|dang|darn|drat|shucks|ugh|argh|jeez|geez|gosh|blimey|crikey|damn|"
    r"dammit)[,!.]++|^(?:on\s++reflection|on\s++second\s++thoughts?|come\s++to\s++think\s++of\s++it|"
    r"(?:having\s++)?thinking\s++about\s++it|having\s++thought\s++about\s++it)\s*+,|"
    r",\s*+(?:hon|hun|y'?all|mate|bro|dude|sis|buddy|pal|bab|babe|luv)"
    r"(?=[\s.!?]*+$)|"
    r"^(?:hun|hon|hunny|babe)(?:\s*+,\s*+|\s++(?=(?:can|could|would|pls|please|add|u|you|remind|"
    r"put|jot|make|what|whats|what's|do)\b))|"
    # Hong Kong English: a "la" or "ar" that ends a clause ("on Sunday la, very urgent"), not
    # a place or a thing ("flights to la", "fix the ar")
    r"(?<=\w\s)(?<!\bto\s)(?<!\bthe\s)(?<!\bin\s)(?<!\bfrom\s)(?<!\bat\s)(?<!\bof\s)(?<!\ba\s)"
    r"(?<!\bso\s)(?-i:la|ar|lor|leh)(?=\s*+[,.!?]|\s*+$)|"
    # a kiss that signs a message off ("tomorrow x", "done xx"), not a thing named "x"
    r"(?<=\s)(?-i:xx{1,2})(?=[\s.!]*+$)|"
    r"(?:(?<=,)|(?<=\bdone\s)|(?<=\bthanks\s)|(?<=\bplease\s)|(?<=\bpls\s)|(?<=\btoday\s)|"
    r"(?<=\btomorrow\s)|(?<=\btonight\s)|(?<=\binstead\s)|(?<=\bdays\s)|(?<=day\s)|(?<=\btoo\s)|"
    r"(?<=am\s)|(?<=pm\s))\s*+(?-i:x)(?=[\s.!]*+$)",
    _FLAGS,
)
#: Casual spellings, spelt out: ``I gotta``, ``I oughta``, ``I hafta`` (``I've gotta`` is read
#: as it is), ``done and dusted``.
_CASUAL: Final = re.compile(r"(?<!ve\s)\b(?:gotta|oughta|hafta)\b|(?<![\w'’])['’]em\b", _FLAGS)
#: ``very`` in the words of a voice, before how much something matters: Glaswegian ``pure``,
#: Australian ``heaps``, Ulster ``wile``, Newfoundland ``some``, Yorkshire ``reyt``, ``dead``.
_VERY_IN_A_VOICE: Final = re.compile(
    r"\b(?:pure|heaps|wile|some|dead|reyt|mega|hella|wicked|proper)\s++(?=(?:important|urgent)\b)",
    _FLAGS,
)
#: ``done and dusted``, ``done n dusted``: done.
_DONE_AND_DUSTED: Final = re.compile(r"\bdone\s++(?:and|n|'n'|&)\s++dusted\b", _FLAGS)
_CASUAL_WORDS: Final = {
    "gotta": "have to",
    "oughta": "ought to",
    "hafta": "have to",
    "'em": "them",
    "’em": "them",
}
#: A priority at its highest or lowest said as such: ``priority to max`` is ``urgent``.
_EXTREME_LEVEL: Final = re.compile(
    r"\b(?P<before>priority(?:\s++(?:to|at)\s++|\s*+[=:]\s*+|\s++))?"
    r"(?P<level>max(?:imum)?|highest|min(?:imum)?|lowest)\b"
    r"(?=(?(before)|\s++priority)\s*+(?:[,.;!?]|$|please\b|pls\b|now\b))",
    _FLAGS,
)
#: ``a couple days``: ``a couple of days``.
_A_COUPLE: Final = re.compile(
    r"\ba\s++couple\s++(?=(?:more\s++)?(?:days?|weeks?|months?|hours?|minutes?|mins?|hrs?)\b)",
    _FLAGS,
)
#: ``today`` before something done today: ``Today I paid the fee`` says what was done, not
#: when to do it.
_TODAY_I_DID: Final = re.compile(
    r"^today[,\s]++(?=(?:i|we)\s++(?:already\s++|finally\s++)?(?:[a-z]{1,20}(?<!e)ed|paid|sent|made|did|"
    r"got|bought|took|went|wrote|rang|told|gave|sold|put|found|brought|caught|fed|met|"
    r"spoke|swept|hung|dug|built|read|sorted|done)\b)",
    _FLAGS,
)
#: A thing done said with a noun, first in a message: ``(I) made the payment of`` is ``paid``.
_DONE_AS_A_NOUN: Final = re.compile(
    r"^(?P<lead>(?:(?:i|we)\s++)?(?:just\s++|already\s++|finally\s++)?)(?:made|did|done|completed)"
    r"\s++(?:the|my)\s++(?P<noun>payment|booking|reservation|call|"
    r"order|transfer)\s++(?:of|for|to)\b",
    _FLAGS,
)
_DONE_VERBS: Final = {
    "payment": "paid",
    "booking": "booked",
    "reservation": "reserved",
    "call": "called",
    "order": "ordered",
    "transfer": "transferred",
}
#: ``14h``, ``9h30``: a time of day written the European way.
_H_TIME: Final = re.compile(
    r"\b(?P<hour>[01]?\d|2[0-3])h(?P<minute>[0-5]\d)?\b"
    r"(?!\s*+(?:before|after|earlier|later|ago|from))",
    _FLAGS,
)
#: A reminder asked for: four digits beside its day are its time (``reminder sunday 2000``).
_A_REMINDER: Final = re.compile(r"\b(?:remind(?:er|ers)?|alarm|alert)\b", _FLAGS)
#: Four digits beside a day, as timetables write a time: ``Sunday 2000``, ``…: 1300 today``,
#: where nothing they could count follows (``invoice 1300 tomorrow`` names an invoice,
#: ``tomorrow 1500 to savings`` is an amount, ``friday 2000 words`` counts words).
_FOUR_DIGITS_BY_A_DAY: Final = re.compile(
    rf"\b(?P<before>{DAY_WORD}\s++)(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5][05])"
    r"(?=\s*+(?:$|[,.;:!?]|(?:for|about|re|please|pls)\b))"
    rf"|(?:(?<=[:,;]\s)|^)(?P<hour2>[01]\d|2[0-3])(?P<minute2>[0-5][05])(?P<after>\s++{DAY_WORD})\b",
    _FLAGS,
)
#: A day said, then taken back for another: ``make that saturday... no wait, sunday`` is
#: ``sunday``.
_DAY_TAKEN_BACK: Final = re.compile(
    rf"\b{DAY_WORD}(?:\s*+[,.…;!-]++\s*+|\s++)(?:(?:no|nope|sorry|wait|actually|i\s++mean|"
    r"i\s++meant|or\s++rather|rather|make\s++(?:that|it))[\s,.…!-]++){1,3}"
    rf"(?={DAY_WORD}\b)",
    _FLAGS,
)
#: Words of a voice in how a day is said: ``t'`` for ``the`` (Yorkshire), ``while Friday``
#: for ``until Friday``, ``to after tomorrow`` for the day after tomorrow (as Hebrew says it).
_THE_SHORT: Final = re.compile(r"(?<![\w'’])[tT]['’]\s++(?=[^\W\d_])")
_WHILE_A_DAY: Final = re.compile(rf"(?<!\ba\s)\bwhile(?=\s++(?:next\s++)?{DAY_WORD}\b)", _FLAGS)
_AFTER_TOMORROW: Final = re.compile(
    r"(?:(?<=\bto\s)|(?<=\bfor\s)|(?<=\bon\s)|(?<=\btill\s)|(?<=\buntil\s)|^)"
    r"after\s++tomorrow\b(?!['’])",
    _FLAGS,
)
#: A dotted time beside a day at the end of a reminder: ``Reminder for winter tyres on Monday
#: 12.00`` (``pay Bob tomorrow 12.00 each`` counts money).
_DOTTED_BY_A_DAY: Final = re.compile(
    rf"\b(?P<day>{DAY_WORD})\s++(?P<time>(?:[01]?\d|2[0-3])\.(?:00|15|30|45))(?=[\s.!]*+$)", _FLAGS
)
#: ``stick a reminder on the lanes task``: a reminder put on a task said as one (``stick a
#: reminder on the fridge`` is a note on the fridge).
_REMINDER_STUCK_ON: Final = re.compile(
    r"^(?:stick|pop|put|slap|chuck|whack)\s++an?\s++reminder\s++on\s++"
    r"(?=(?:the|my|our)\s++[^,.;:?!]{1,40}?\s(?:task|one|job)\b)",
    _FLAGS,
)
#: ``put us down to pay the window cleaner``: a new task said after ``put me down to`` and
#: a verb of a task (``put us down to four people`` names none).
_PUT_DOWN_TO: Final = re.compile(
    rf"\bput\s++(?:me|us)\s++down\s++to\s++(?={TASK_VERB}\b)",
    _FLAGS,
)
#: ``Open me a task: …``, ``open a new task to …``: a new task, as a Hebrew speaker says it
#: (``open a task window`` is no request).
_OPEN_A_TASK: Final = re.compile(
    r"\bopen\s++(?:me\s++)?a\s++(?:new\s++)?task(?=\s*+:|\s++to\s++[^\W\d_])", _FLAGS
)
#: ``open the PCV medical back up``: a task opened again.
_OPENED_AGAIN: Final = re.compile(
    r"^open\s++(?P<ref>(?:the|my|that|this|it)\b[^,.;:!?]{0,60}?)\s++back\s++up\b", _FLAGS
)
#: The first two of the last list named as a count, the whole message: ``the top two are
#: done``, ``delete the first two`` (``read the first two chapters`` names no list).
_FIRST_FEW: Final = re.compile(
    r"^(?:(?P<verb>(?:complete|finish|delete|remove)\s++)(?:the\s++)?(?:first|top)\s++(?:two|2)"
    r"(?:\s++ones)?|(?:the\s++)?(?:first|top)\s++(?:two|2)(?:\s++ones)?"
    r"(?P<done>\s++(?:are\s++)?(?:done|completed|finished|sorted)))[\s.!]*+$",
    _FLAGS,
)
#: ``day after`` said alone for the day after tomorrow, as in Sri Lanka and India (``the day
#: after`` counts from something said).
_DAY_AFTER: Final = re.compile(
    r"(?<![\w'])(?<!\bthe\s)(?<!\ba\s)(?<!\bone\s)(?<!\bevery\s)(?<!\beach\s)(?<!\bsame\s)"
    r"(?<!\bnext\s)(?<!\d\s)day\s++after(?=\s*+(?:[?,.!]|$))",
    _FLAGS,
)
#: ``note to self, back up the cards``: a new task after a comma when a verb of a task
#: follows (``note to self, never again`` is no task).
_NOTE_TO_SELF: Final = re.compile(rf"^note\s++to\s++self\s*+,\s*+(?={TASK_VERB}\b)", _FLAGS)
#: ``w/c 30 Nov``: the week commencing a date (``clean the w/c`` is a room).
_WEEK_COMMENCING: Final = re.compile(
    r"\bw/c(?=\s++(?:\d|mon(?:day)?\b|the\s++\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))",
    _FLAGS,
)
#: ``What I finish already?``: asked as a learner asks it, the first words of a message.
_WHAT_I_FINISHED: Final = re.compile(r"^what\s++i\s++finish(?:ed)?\b", _FLAGS)
#: ``Completed items?``: the done list asked for in a word other than tasks.
_ITEMS_DONE: Final = re.compile(
    r"^(?P<done>completed|done|finished)\s++items(?=[\s?.!]*+$)", _FLAGS
)
#: ``w/``, as notes write ``with``, in a tag asked for (a title keeps it: ``mtg w/ Dave``).
_WITH: Final = re.compile(r"^(?P<lead>(?:tag|label)\s++[^,;/]{1,40}?)\s++w/(?=\s)", _FLAGS)
#: Days joined by a mark: ``every mon + thu``, ``tue & fri`` are ``mon and thu``.
_DAYS_JOINED: Final = re.compile(
    r"\b(?P<first>(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?)\s*+[+&]\s*+"
    r"(?=(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b)",
    _FLAGS,
)
#: ``later`` before the moment it means: ``later at 5pm``, ``later today``.
_LATER: Final = re.compile(
    r"\blater\s++(?=(?P<day>today|tonight|this\s++(?:afternoon|evening))?"
    r"(?(day)|at\s++(?:\d|noon|midnight|half|quarter)))\b",
    _FLAGS,
)
#: ``10 o'clock`` is ``10:00``; after an hour in words, ``o'clock`` says nothing more.
_OCLOCK: Final = re.compile(
    r"(?:\b(?P<h>\d{1,2})\s*+|\b(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\s++|\s++)o['’]?\s?clock\b",
    _FLAGS,
)
_HOURS: Final = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
}
#: A word marked as the right spelling of a slip before it: ``bred* bread``, ``bread*``.
_STARRED: Final = re.compile(r"(?P<fix>[^\W\d_][\w'-]{0,29})\*")
#: A slip said again, right, after a dash or ``sorry``: ``prescripton, sorry, prescription``,
#: ``sunady -- sunday``, ``tomorow, tomorrow``.
_SAID_AGAIN: Final = re.compile(
    r"(?P<slip>[^\W\d_][\w'-]{2,29})\s*+(?:(?:--|—|–)\s*+(?:sorry[\s,]*+|i\s++mean[\s,]*+)?|"
    r",\s*+(?:sorry|i\s++mean)[\s,]++|,\s*+(?=[^\W\d_][\w'-]{5}))"
    r"(?P<fix>[^\W\d_][\w'-]{2,29})\b(?:\s*+(?:--|—|–))?",
    _FLAGS,
)
#: How many words back a starred correction looks for the slip it corrects.
_LOOK_BACK: Final = 6
_WORD: Final = re.compile(r"[^\W\d_][\w'-]{0,29}")
#: Words before a colon that only put what follows on the list: ``log this one for me:``,
#: ``please make repeat for me:``, ``new standing order:`` (after a greeting: ``Ahoy.``).
_LEAD: Final = re.compile(
    r"^(?:[^\W\d_]++[.!]\s++)?(?P<lead>[^\W\d_][\w' -]{0,60}?)(?:\s*+:|\s++[-–—])\s*+(?=\S)"
)
_PUTTING: Final = frozenset({"add", "put", "log", "note", "jot", "write", "pop", "stick", "make"})
_LEAD_WORDS: Final = frozenset(
    {
        "please",
        "pls",
        "plz",
        "kindly",
        "to",
        "it",
        "this",
        "that",
        "one",
        "a",
        "an",
        "for",
        "me",
        "down",
        "in",
        "on",
        "up",
        "the",
        "list",
        "my",
        "new",
        "quick",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "repeat",
        "repeating",
        "recurring",
        "standing",
        "order",
        "task",
        "job",
        "item",
        "entry",
        "to-do",
        "todo",
        "thing",
        "so",
        "just",
        "can",
        "you",
        "could",
        "beg",
        "yuh",
        "po",
    }
)
_FREQUENCIES: Final = ("daily", "weekly", "monthly", "yearly")
#: Words of a lead that point at a task already there: ``add a note to it:``.
_ON_A_TASK: Final = frozenset(
    (place, task) for place in ("on", "to", "for") for task in ("it", "that", "this")
)
#: A new task named with no verb: ``a to-do called X``, ``another task: X``.
_A_TASK_CALLED: Final = re.compile(
    r"^(?:a|one|another|one\s++more)\s++(?:new\s++)?(?:task|to-?do|todo|item)"
    r"(?:\s++(?:called|named|titled|entitled)\s++|\s*+:\s*+)(?=\S)",
    _FLAGS,
)
#: Terminal shorthand at the start of a message, and what it stands for.
_SHORTHAND: Final = (
    (re.compile(r"^ls\s*+$", _FLAGS), "show my tasks"),
    (re.compile(r"^ls\s++(?=\S)", _FLAGS), "show "),
    (re.compile(r"^mv\s++(?=\S)", _FLAGS), "move "),
    (re.compile(r"^(?:rm|del)\s++(?=\S)", _FLAGS), "remove "),
    (re.compile(r"^chg\s++(?=\S)", _FLAGS), "change "),
    (re.compile(r"^rem\s++(?=\S)", _FLAGS), "remind me about "),
    (re.compile(r"^todo(?:\s*+:\s*+|\s++)(?!(?:list|tasks?|items?)\s*+$)", _FLAGS), "add "),
    (re.compile(r"^(?:new|action\s++item)\s*+[:\-–]\s*+(?=\S)", _FLAGS), "add "),
    (_A_TASK_CALLED, "add "),
)
#: ``p1 taxes``, ``p2 that``: a priority as Todoist numbers them (p1 the highest).
_P_LEVEL: Final = re.compile(
    r"^(?:(?:and|also|plus)\s++)?p(?P<n>[1-4])\s++(?:(?:on|for)\s++(?=(?:that|this|it)\b))?"
    r"(?P<rest>\S.*)$",
    _FLAGS | re.DOTALL,
)
#: Todoist's priority numbers, as people who came from it say them: ``p1`` is the highest.
P_WORDS: Final = {"1": "urgent", "2": "high", "3": "medium", "4": "low"}
_PLUS_TAG: Final = re.compile(
    r"^\+tag\s++(?P<tag>#?[\w-]{1,50})\s++(?:to|on)\s++(?P<ref>\S.*)$", _FLAGS
)


def cleaned(message: str) -> str:
    """Return ``message`` without fillers, talk tags and corrected slips, shorthand spelt out;
    a quotation stays as written."""
    message = " ".join(message.split())  # a run of spaces is one, as in the result
    said, end = [], 0
    for quoted in QUOTATION.finditer(message):  # a title as written, never cleaned
        said += [_quiet(message[end : quoted.start()]), quoted.group()]
        end = quoted.end()
    said.append(_quiet(message[end:]))
    return _shorthand(" ".join("".join(said).split()))


def colon_times(text: str) -> str:
    """Return ``text`` with times written the European way with a colon: ``14h`` is
    ``14:00`` and ``9h30`` is ``9:30`` (``2h before`` is a length of time, left as it is)."""
    return _H_TIME.sub(lambda said: f"{said.group('hour')}:{said.group('minute') or '00'}", text)


def _reminder_hours(text: str) -> str:
    """Return ``text`` with four digits beside a day written as a time: a reminder is set at a
    time, so ``reminder sunday 2000`` is ``sunday 20:00`` (``invoice 1300`` stays)."""

    def spelt(said: re.Match[str]) -> str:
        if said.group("before"):
            return f"{said.group('before')}{said.group('hour')}:{said.group('minute')}"
        return f"{said.group('hour2')}:{said.group('minute2')}{said.group('after')}"

    return _FOUR_DIGITS_BY_A_DAY.sub(spelt, text)


def _quiet(text: str) -> str:
    """Return words outside quotes without their noise, casual forms spelt out."""
    text = colon_times(text)
    if _A_REMINDER.search(text):
        text = _reminder_hours(text)
        text = _DOTTED_BY_A_DAY.sub(r"\g<day> at \g<time>", text)  # "reminder … Monday 12.00"
        text = _REMINDER_STUCK_ON.sub("set a reminder on ", text, count=1)
    text = _PUT_DOWN_TO.sub("add ", text, count=1)  # "put us down to pay the window cleaner"
    text = _OPEN_A_TASK.sub("add a task", text, count=1)  # "Open me a task: …"
    text = _OPENED_AGAIN.sub(r"reopen \g<ref>", text, count=1)  # "open the X back up"
    text = _DAYS_JOINED.sub(r"\g<first> and ", text)
    text = _THE_SHORT.sub("the ", text)  # "get t' coal in"
    text = _FIRST_FEW.sub(
        lambda said: f"{said['verb'] or ''}the first and the second{said['done'] or ''}", text
    )
    text = _WHILE_A_DAY.sub("until", text)  # "while Friday"
    text = _AFTER_TOMORROW.sub("the day after tomorrow", text)  # "move it to after tomorrow"
    text = _DAY_AFTER.sub("the day after tomorrow", text)  # "call Aunty Kamala day after"
    text = _NOTE_TO_SELF.sub("note to self: ", text, count=1)  # "note to self, back up …"
    text = _WEEK_COMMENCING.sub("week commencing", text)  # "items due w/c 30 Nov"
    text = _WHAT_I_FINISHED.sub("what have i finished", text, count=1)
    text = _ITEMS_DONE.sub(r"\g<done> tasks", text, count=1)  # "Completed items?"
    text = _DAY_TAKEN_BACK.sub("", text)  # "saturday... no wait, sunday"
    text = _WITH.sub(r"\g<lead> with", text, count=1)  # "tag kegs w/ cellar"
    text = _CASUAL.sub(lambda said: _CASUAL_WORDS[said.group().casefold()], text)
    text = _DONE_AND_DUSTED.sub("done", text)
    text = _A_COUPLE.sub("a couple of ", text)
    text = _VERY_IN_A_VOICE.sub("very ", text)  # "it's pure urgent", "heaps important"
    text = _EXTREME_LEVEL.sub(_named_level, text)
    text = _TODAY_I_DID.sub("", text)
    text = _DONE_AS_A_NOUN.sub(
        lambda said: said.group("lead") + _DONE_VERBS[said.group("noun").casefold()], text
    )
    text = _LATER.sub(lambda said: "" if said.group("day") else "today ", text)
    text = _OCLOCK.sub(_o_clock, text)
    text = _starred_fixed(text)
    text = _SAID_AGAIN.sub(_again_or_both, text)
    text = TYPO.sub(lambda said: TYPOS[said.group().lower()], text)  # "tmrw", "mek it fi Monday"
    return _TALK_TAGS.sub(" ", _FILLERS.sub("", text))


def _named_level(said: re.Match[str]) -> str:
    """Return ``priority to max`` as ``priority to urgent``, ``lowest priority`` as ``low
    priority``."""
    level = "urgent" if said.group("level").casefold().startswith(("max", "high")) else "low"
    return f"{said.group('before') or ''}{level}"


def _o_clock(said: re.Match[str]) -> str:
    """Return ``10 o'clock`` and ``ten o'clock`` as ``10:00``; a bare ``o'clock`` as nothing."""
    hour = said.group("h") or _HOURS.get((said.group("w") or "").casefold())
    return f"{hour}:00" if hour else ""


def _shorthand(text: str) -> str:
    """Spell out terminal shorthand at the start of a request."""
    plus = _PLUS_TAG.match(text)
    if plus is not None:  # "+tag home to 3": tag task 3 with home
        return f"tag {plus.group('ref')} with {plus.group('tag')}"
    level = _P_LEVEL.match(text)
    if level is not None:  # "p1 taxes": make the taxes urgent
        return f"make {level.group('rest')} {P_WORDS[level.group('n')]}"
    for pattern, meaning in _SHORTHAND:
        if pattern.match(text):
            return pattern.sub(meaning, text, count=1)
    return _put_on_the_list(text)


def _put_on_the_list(text: str) -> str:
    """Return ``log a daily one: check the lines`` as ``add check the lines daily``: words
    before a colon that only put a task on the list (a word that puts, or ``new``), and a
    repeat they say."""
    found = _LEAD.match(text)
    if found is None:
        return text
    words = found.group("lead").casefold().split()
    if not set(words) <= _LEAD_WORDS | _PUTTING or not (set(words) & (_PUTTING | {"new"})):
        return text
    if any(pair in _ON_A_TASK for pair in pairwise(words)):  # "put a note on it: …" is a note
        return text
    often = next((word for word in words if word in _FREQUENCIES), None)
    rest = text[found.end() :].rstrip(" .")
    return f"add {rest} {often}" if often else f"add {rest}"


def _starred_fixed(text: str) -> str:
    """Replace each slip a ``word*`` after it corrects (``bred* bread`` → ``bread``, ``paied
    the bill -- paid*`` → ``paid the bill``), and take the marked word out."""
    for _ in range(8):  # a few corrections per message at most
        found = _STARRED.search(text)
        if found is None:
            return text
        fix = found.group("fix")
        before = text[: found.start()]
        next_word = _WORD.match(text, found.end() + 1) if found.end() < len(text) else None
        if next_word is not None and _close(fix, next_word.group()):  # "bred* bread": bread
            text = before + text[found.end() :].lstrip()
            continue
        words = list(_WORD.finditer(before))[-_LOOK_BACK:]
        slip = next((word for word in reversed(words) if _close(word.group(), fix)), None)
        after = _SORRY.sub("", _DASHES.sub("", text[found.end() :], count=1), count=1)
        if slip is None:  # "bread*" alone: the word as it is
            text = before + fix + after
            continue
        following = before[slip.end() :]
        said, rest = _retyped(_TRAILING_DASH.sub("", following), after)
        text = before[: slip.start()] + fix + said + " " + rest.lstrip()
    return text


def _retyped(following: str, after: str) -> tuple[str, str]:
    """Return the words after a slip and what follows its correction, when the correction
    typed them again (``flihgt booking as travel, flight* booking``: ``booking`` once)."""
    kept, again = following.split(), after.split()
    same = 0
    while same < min(len(kept), len(again)) and _close(kept[same], again[same]):
        same += 1
    if same and same in (len(kept), len(again)):  # the words said again, maybe spelt right
        words = [*again[:same], *kept[same:]]
        return " " + " ".join(words), " ".join(again[same:])
    return following, after


_DASHES: Final = re.compile(r"^\s*+(?:--|—|–)")
_SORRY: Final = re.compile(r"^\s*+,?\s*+sorry\b[,.]?", _FLAGS)
_TRAILING_DASH: Final = re.compile(r"\s*+(?:--|—|–|,)?\s*+(?:sorry)?[\s,]*+$", _FLAGS)


def _again_or_both(found: re.Match[str]) -> str:
    """Return the right word when the second corrects the first, else both as they were."""
    slip, fix = found.group("slip"), found.group("fix")
    if slip.casefold() != fix.casefold() and _close(slip, fix):
        return fix
    return found.group()


def _close(slip: str, fix: str) -> bool:
    """Tell whether ``slip`` is a slip of ``fix``: the same first letter and at most two
    edits apart (``membresip`` of ``membership``, ``taht`` of ``that``)."""
    a, b = slip.casefold(), fix.casefold()
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 2 or len(b) < 3:
        return a == b and len(b) >= 3
    return _distance(a, b) <= 2


def _distance(a: str, b: str) -> int:
    """Return the edits (with swaps) between two words of at most 30 letters."""
    previous = list(range(len(b) + 1))
    before: list[int] = []
    for i, x in enumerate(a, start=1):
        row = [i]
        for j, y in enumerate(b, start=1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, before[j - 2] + 1)
            row.append(cost)
        before, previous = previous, row
    return previous[-1]
