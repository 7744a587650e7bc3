"""The words the chat understands: verbs, references, priorities, list filters and small talk.

Every pattern here is matched case-insensitively against a whole chat message (after
:func:`~todo.domain.assistant.intent_message.read_intent` has trimmed greetings and
politeness), or against a reference to a task such as ``the second one`` or ``task 3``.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from todo.domain.priority import Priority

#: Case-insensitive; ``.`` takes a line break too, so a tail such as ``(?P<body>.*)$`` is read
#: in one step whatever the text holds.
_FLAGS: Final = re.IGNORECASE | re.DOTALL

# Every pattern runs in linear time: a space run is taken whole (``\s++``), and a pattern looked
# for anywhere starts a run of spaces or commas only at its first character
# (``(?<![\s,;])[\s,;]++``), so a long run is not read again from each of its characters.

#: Politeness and fillers around a request: ``please``, ``could you``, ``thanks``.
POLITE_START: Final = re.compile(
    r"^(?:(?:would|could|will)\s++you\s++be\s++(?:so\s++)?(?:kind|good|nice)\s++(?:enough\s++)?"
    r"(?:as\s++)?to|be\s++a\s++(?:dear|star|love)\s++and|"
    r"please|pls|plz|kindly|hey|hi|hello|ok|okay|so|now|and|also|then|um++|uh++|oh|well|"
    r"fyi|btw|just so you know|for your information|no wait|wait no|hang on|hold on|ah|aah|"
    r"mind and|(?:would|could) you ever|hiya|heya|howdy|correction|update(?=\s*+:)|status(?=\s*+:)|"
    r"nvm|never mind|aiyo+|aiya|alamak|eh|excuse me|reprioriti[sz]e(?=\s*+:)|"
    r"oh\s++my\s++god|o+h++|omg|oi|"
    r"aney|wasson(?=\s*+[!,])|kolay\s++gelsin|alright\s++(?:my|me)\s++'ansum|"
    r"ey(?:\s++la|\s++up)?(?:\s++(?:love|luv|duck|pet|hen|bab|chuck)(?=\s*+,))?|"
    r"(?:fantastic|great|brilliant|wonderful|lovely|awesome|perfect|cool|nice|oh\s++joy|great\s++news)"
    r"(?=\s*+[,.!])|"
    r"i\s++think\s++(?:i|we)\s++(?:can|could)(?=\s++\w)|"
    r"i (?:need|want|would like) that you|i'?m afraid|i am afraid|unfortunately|sadly|"
    r"(?:(?:please\s++)?you(?:\s++(?:can|could|will|may|should))?|might\s++you)"
    r"(?=\s++(?:add|create|make|put|"
    r"remember|remind|mark|delete|move|change|set|update|rename|remove|tick|reopen|open|show|list|"
    r"tell|give|find|search)\b)|"
    r"(?:would|will|is|could)\s++it\s++be\s++possible\s++(?:for\s++you\s++)?to|"
    r"is\s++it\s++possible\s++(?:for\s++you\s++)?to|"
    r"just to let you know|just letting you know|sorry to bother you|"
    r"i\s++(?:don'?t|do\s++not)\s++suppose\s++(?:you\s++)?(?:could|would|might)|"
    r"i\s++(?:was\s++)?wonder(?:ed|ing)?\s++if\s++you\s++(?:could|would|might)|"
    r"do\s++you\s++think\s++you\s++(?:could|would|might)|any\s++chance\s++you\s++(?:could|can)|"
    r"i(?:'d| would| should) be (?:very )?grateful if you (?:could|would)|"
    r"i should like to(?=\s++(?:remember|add|note|be reminded))|"
    r"would you mind(?:\s++awfully)?|do you mind|ugh|argh|meh|sigh|oof|blah|"
    r"mind(?=\s++(?:putting|adding|writing|jotting|noting|creating|making|popping|sticking|"
    r"chucking|slapping)\b)|"
    r"actually|wait|oops|whoops|sorry|on second thoughts?|can we|could we|shall we|"
    r"hmm++|alright|right|yo|sure|yeah|yep|grand|can you|could you|would you|will you|can u|"
    r"could u|would you mind|"
    r"i'?d like you to|i want you to|i need you to|go ahead and|just|quickly|"
    r"(?:(?:can|could|would|will)\s++(?:you|u)\s++)?help\s++me(?:\s++to)?(?=\s++(?:add|put|jot|"
    r"note|write|create|make|log|set\s++up|schedule)\b)|"
    r"(?:i'?d like to|i would like to|i want to|i wnat to|i wanna|let'?s|let me)(?=\s++(?:add|put|"
    r"create|make|see|"
    r"view|list|show|delete|remove|complete|mark|change|rename|update|find|search|move|"
    r"reschedule|check|know))"
    r")\b[\s,!.:;\-–—]*+",
    _FLAGS,
)
POLITE_END: Final = re.compile(
    r"(?<![\s,;.!-])[\s,;.!-]*+\b(?:please|pls|plz|thanks|thank you|thx|for me|if you can|"
    r"if possible|if you could|would you|could you|thanks so much|thank you so much|"
    r"if\s++(?:it'?s|that'?s|it\s++is|that\s++is)\s++(?:no\s++trouble|not\s++too\s++much\s++trouble|"
    r"(?:all\s++)?right|alright|ok(?:ay)?|possible|fine)|"
    r"thanks a lot|cheers|ta|would ya|could ya|will ya|cheers mate|kindly share|please share|"
    r"there'?s a love|love|mate|please update|update it|can you change it|could you change it|"
    r"gg|lol|lmao|haha|ez|bro|fam|innit|"
    r"(?:can|could|would|will) you (?:add|put|note|save|jot|make) "
    r"(?:that|this|it)(?: down| for me| to my list| on my list)?)$",
    _FLAGS,
)

SmallTalkKind = Literal["greeting", "thanks", "wellbeing", "goodbye", "ack"]

SMALL_TALK: Final[tuple[tuple[SmallTalkKind, re.Pattern[str]], ...]] = (
    (
        "greeting",
        re.compile(
            r"(?:hi|hello|hey|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day))"
            r"(?: there| you| bot| assistant| friend)?",
            _FLAGS,
        ),
    ),
    (
        "thanks",
        re.compile(
            r"(?:(?:great|awesome|perfect|cool|nice|ok|okay)[, ]++)?"
            r"(?:(?:many|big|huge)\s++)?(?:thanks|thank you|thx|ty|cheers|much appreciated|"
            r"(?:i\s++)?appreciate it|appreciated)"
            r"(?: (?:so|very) much| a lot| a bunch| again| mate| buddy| in advance)?"
            r"(?:[, ]++you'?re (?:a |the )?(?:star|lifesaver|legend|best|great))?",
            _FLAGS,
        ),
    ),
    (
        "wellbeing",
        re.compile(
            r"how are you(?: doing)?(?: today)?|how'?s it going|what'?s up|how do you do|sup",
            _FLAGS,
        ),
    ),
    (
        "goodbye",
        re.compile(r"(?:bye|goodbye|bye bye|see you(?: later)?|see ya|good night|later)", _FLAGS),
    ),
    (
        "ack",
        re.compile(
            r"(?:ok|okay|k|cool|great|nice|perfect|awesome|got it|sounds good|alright|fine|sure)",
            _FLAGS,
        ),
    ),
)

HELP: Final = re.compile(
    r"(?:help(?: me)?|what can you do|what can i (?:say|ask|do)|how does this work|"
    r"how do i use (?:this|you)|commands|\?++|what do you do|who are you|how can you help(?: me)?|"
    r"what are (?:the|your) commands|options|menu|usage|examples?)",
    _FLAGS,
)

_TASK_NOUN: Final = (
    r"(?:(?:reminder|to-?do)\s++(?=(?:task|item|entry)s?\b))?"
    r"(?:task|todo|to-do|to do|item|reminder|entry|note|memo)s?"
)

#: ``add a task to …``; the named group ``level`` is a priority adjective before the noun.
ADD: Final = re.compile(
    r"^(?:(?:maybe|perhaps|possibly)\s++)?(?:add on|adding|add|creating|create|make|"
    r"new(?!\s++(?:pb|pr|record|personal\s++best)\b)|"
    r"(?:put|write|jot|note)\s++(?:it\s++)?(?:down|there|here|in)\s++that\s++(?:i|we)\s++"
    r"(?:should|must|need\s++to|have\s++to|ought\s++to|am\s++to|are\s++to)|"
    r"(?:put|write|jot|note)\s++(?:it\s++|this\s++)?down|(?:putting|writing|jotting|noting)"
    r"\s++down|putting|insert|log|"
    r"record|set up|schedule|save|jot|pencil in|tack on|note(?=\s++that\b)|"
    r"(?:put|give\s++(?:us|me))(?=\s++(?:a|an|one|another)\s++(?:new\s++)?"
    r"(?:task|todo|to-do|reminder|item)\b))"
    r"(?:\s*+[:\-–]\s*+|\s++|$)(?:(?:for\s++)?(?:me|us)\s++(?=(?:a|an|one|another|the)\s|task\b))?"
    r"(?:(?:a|an|one|another|the)\s++)?(?:new\s++)?"
    r"(?:(?P<level>urgent|important|high[\s-]priority|low[\s-]priority|medium[\s-]priority)"
    rf"\s++)?(?:{_TASK_NOUN}\b\s*+)?(?:(?P<link>to|for|(?<=\w\s)of(?=\s++[a-z]{{1,20}}?ing\b)|"
    r"called|named|titled|that says|saying|about|"
    r"which\s++is\s++to|which\s++is|which|that\s++is)"
    r"\b|as(?=\s++['\"‘“])\b|[:\-–]|(?<=task),)?\s*+(?P<body>.*)$",
    _FLAGS,
)
#: Verbs that add a task only with a list named or a quoted title: ``stick 'x' on my list``
#: (``throw out the trash`` is a task's title, not a request).
WRAPPED_ADD: Final = re.compile(
    r"^(?:stick|pop|throw|chuck|slap|bung|stuff|get|whack|put|sticking|popping|putting|chucking|"
    r"slapping)\s++(?P<body>.+)$",
    _FLAGS,
)
#: A list named first, then the task: ``add to my list: defrost the freezer``,
#: ``something for the list: book a table``, ``quick one - chase the plumber``.
LIST_FIRST: Final = re.compile(
    r"^(?:(?:add|put|pop|stick|chuck|bung|whack|slap|throw)\s++(?:this\s++)?(?:to|on|onto)\s++"
    r"(?:my|the|our)\s++"
    r"(?:to-?do\s++|to do\s++|task\s++)?list"
    r"(?:\s++(?P<when>(?:for|on|by)\s++[^:;,]{1,40}?))?|something\s++(?:for|to add to|to go on)\s++"
    r"(?:my|the)\s++(?:to-?do\s++)?list|for\s++(?:my|the)\s++(?:to-?do\s++)?list|"
    r"quick one|one more|another one|new one|note|reminder|to-?do|task|"
    r"new (?:task|to-?do|item|entry)|action item|capture this|log this|for the record)"
    r"(?:[\s,]++(?:if you "
    r"would|if you could|please|for me))?\s*+[:\-–—]\s*+(?P<body>.+)$",
    _FLAGS,
)
#: ``add`` phrases that start an edit, not a new task: ``add tag work to task 3``.
ADD_IS_EDIT: Final = re.compile(
    r"^(?:add|put)\s++(?:the\s++|a\s++)?(?:tags?|labels?|notes?|descriptions?|details?|#\w)|"
    r"^(?:add|note)\s++(?:to|on)\s++(?:the\s++|my\s++)?[^,]{1,60}?\s++(?:task|todo|item|one)\s++"
    r"that\b",
    _FLAGS,
)
MAKE_IS_EDIT: Final = re.compile(
    r"^(?:make|set)\s++(?!(?:a|an|another|new|one|up|(?:me|us)\s++(?:a|an|another|one)|"
    r"(?:for\s++)?(?:me|us)\s++(?:a\s++|an\s++)?(?:task|to-?do))\b|"
    r"(?:task|todo|to-do)\s*+(?::|(?:which|called|named|titled|to|for|that\s++says)\b))",
    _FLAGS,
)
REMIND: Final = re.compile(
    r"^(?:remind me|(?:set|create|add)\s++an?\s++reminder(?:\s++(?:task|item))?)\b\s*+"
    r"(?:to\b|about\b|that\b|(?P<link>for)\b|:)?\s*+(?P<body>.*)$",
    _FLAGS,
)
REMEMBER: Final = re.compile(
    r"^(?:(?:(?:i\s++)?(?:really\s++)?(?:need to|have to|must|want to|should|'ve got to|"
    r"gotta|got to)\s++remember|remember|don'?t (?:let me )?forget|"
    r"(?:i\s++)?(?:mustn'?t|must\s++not|can'?t|cannot|shouldn'?t|should\s++not)\s++forget|"
    r"do not (?:let me )?forget)\b\s*+(?:to\b|:|-)?|"
    r"(?:note to self(?:\s++for\s++(?:the\s++|my\s++)?[^\s:]{1,20}(?:\s++[^\s:]{1,20})?)?|"
    r"todo|to-do|to do|"
    r"new task|task)\s*+[:\-–])\s*+(?P<body>.*)$",
    _FLAGS,
)
#: A hedge before a need: ``maybe``, ``I guess``, ``I suppose``, ``honestly``.
_HEDGE: Final = (
    r"(?:(?:maybe|perhaps|probably|prob|probs|prolly|possibly|honestly|actually|realistically|"
    r"i guess|i suppose|"
    r"i think|i reckon|reckon|i feel like|guess|seems like|it seems)[\s,]++)*+"
)
#: Words that make a wish stronger or softer and say nothing of the task: ``I must
#: absolutely``, ``I'd quite like``.
_HOW_MUCH: Final = (
    r"(?:really|also|probably|definitely|seriously|prob|probs|prolly|absolutely|certainly|"
    r"quite|rather|just|still|urgently|very\s++much|so|truly)"
)
SOFT_ADD: Final = re.compile(
    rf"^{_HEDGE}(?:(?:i|we)\s++(?:{_HOW_MUCH}\s++)*+(?:need|"
    r"have(?!\s++(?:not|never|already|just|finally|actually|been|[a-z]{2,30}ed|"
    r"written|done|made|sent|paid|bought|gotten|taken|given|seen|spoken|told|found|left|"
    r"put|won|rung|eaten|driven|forgotten|brought|caught|sold|built|spent|kept|met|heard|"
    r"fed|drawn|shown|flown|thrown|grown|chosen|worn|begun|run|swept|hung|read)\b)|must|"
    r"gotta|got to|should|"
    r"ought to|'ve got to|'d better|"
    r"better|ve got to|want|wanna|would like|'d like)(?:\s++(?:probably|really|definitely|prob|"
    rf"probs|prolly|absolutely|certainly|quite|rather|urgently))?(?:\s++remember)?|"
    r"(?:i|we)'?ve got to|(?:i|we)'?ll need|(?:i|we)'?d better|"
    rf"(?:i|we)'?d\s++(?:{_HOW_MUCH}\s++)?like|"
    r"it(?:'s|\s++is)\s++(?:necessary|important|essential|vital|high\s++time)\s++"
    r"(?:that\s++(?:i|we)|(?:for\s++(?:me|us)\s++)?to)|"
    r"(?:i|we)'?ve gotta|(?:i|we)'?m going to have|(?:i|we)'?m gonna have|"
    r"(?:need|gotta|must|should|ought to|have to)(?!\s++(?:i|we|you|they|he|she|it)\b)|"
    r"it'?d be (?:good|nice|smart|wise) to|don'?t forget|"
    r"(?:it\s++)?(?:might|would|could|'d)\s++be\s++(?:rather\s++|quite\s++|really\s++)?"
    r"(?:good|nice|smart|wise|sensible|a\s++good\s++idea)\s++to)"
    r"\s++(?:to\s++)?(?P<body>.+)$",
    _FLAGS,
)
#: A list named anywhere in a new task's words: ``stick 'x' on the list for friday``.
LIST_PHRASE: Final = re.compile(
    r"(?<!\S)(?:(?:to|on|onto|in|into)\s++(?:my|the|our)\s++(?:to-?do\s++|to do\s++|task\s++|"
    r"shopping\s++)?(?:list|tasks)|(?:on|in)\s++there)(?![\w'-])",
    _FLAGS,
)
#: Taking back what was just done: ``undo that``, ``take that back``, ``revert it``.
UNDO: Final = re.compile(
    r"^(?:undo|revert|reverse|take back|cancel)(?:\s++(?:that|it|this|the last (?:one|change|"
    r"thing)|what you (?:just )?did|(?:the\s++|my\s++|your\s++)?(?:last\s++)?(?:change|edit)))?|"
    r"take (?:that|it) back|(?:oops|whoops)[\s,]++undo(?: that)?$|"
    r"(?:put|change|set|turn|make)\s++(?:it|that|them)\s++back(?:\s++(?:to\s++)?(?:how|the\s++way|what|as)"
    r"\s++it\s++was(?:\s++before)?|\s++to\s++(?:before|normal|the\s++old\s++one))?$|"
    r"(?:go\s++)?back\s++to\s++(?:how|the\s++way|what)\s++it\s++was(?:\s++before)?$",
    _FLAGS,
)
#: Words at the end of a request that add nothing to it: ``too``, ``as well``, ``instead``.
TRAILING_FILLER: Final = re.compile(
    r"(?<![\s,;.!-])[\s,;.!-]*+\b(?:too|as well|also|instead|then|for now|at some point|"
    r"some ?time|someday|eventually|when i (?:get a chance|can|have time)|"
    r"when you get a chance|thank god|thank goodness|phew|finally|at last|tbh|lol|haha|itself|"
    r"no deadline|no rush|no hurry|whenever|btw|thank you|thanks|entirely|completely|for good|"
    r"altogether|done it|all done|(?:i\s++)?don'?t need (?:it|that|them)(?: anymore)?|mate|so|"
    r"i mean|i meant|is enough|will do|is fine|would be fine|is plenty|actually|"
    r"yeah|lads|folks|guys|pal|buddy)$|"
    r"\s*+[✅✔✓👍🎉]++$",
    _FLAGS,
)
#: Where a new task's list is named at the end: ``… to my list``.
LIST_SUFFIX: Final = re.compile(
    r"(?<!\s)\s++(?:to|on|onto|in|into)\s++(?:my|the)\s++(?:to-?do\s++|to do\s++|task\s++)?"
    r"(?:list|tasks)$",
    _FLAGS,
)
#: A reminder written inside a new task: ``…, remind me at 4pm``.
REMINDER_IN_BODY: Final = re.compile(
    r"(?:^|(?<![\s,;])[\s,;]++)(?:and\s++)?(?:remind me|with a reminder|set a reminder|"
    r"reminder)\b(?:\s++(?:at|on|for))?\s*+",
    _FLAGS,
)

#: How much a level is meant, in many voices' words (``wicked important``, ``heaps important``,
#: ``canny urgent``): the level is read the same.
INTENSITY: Final = (
    r"(?:very|really|super|quite|kinda|kind\s++of|sort\s++of|sorta|pretty|a\s++bit|fairly|"
    r"extremely|so|heaps|wicked|canny|dead|proper|mega|real|bloody|hella|seriously|mighty|"
    r"awfully|terribly|totally|majorly|somewhat|rather|damn|well|right)"
)
#: Words a voice ends on, to the reader, which add nothing: ``thats urgent mate``, ``make it
#: sunday pet``, ``…, sound``.
VOICE_END_WORDS: Final = (
    r"(?:mate|like|oo|pet|lah|la|oui|yaar|bro|eh|innit|hun|hon|babe|luv|sound|cheers|tho|"
    r"though|btw|ạ|nhé|prosím)"
)
_VOICE_END: Final = rf"(?:\s++{VOICE_END_WORDS})?"

PRIORITY_PHRASES: Final = (
    re.compile(
        r"(?:^|(?<![\s,(])[\s,(]++)(?:with\s++|at\s++|as\s++|of\s++)?(?:a\s++)?"
        r"(?P<level>urgent|high|medium|normal|low|top)[\s-]++(?:priority|prio|pri)\b\)?",
        _FLAGS,
    ),
    re.compile(
        r"(?:^|(?<![\s,(])[\s,(]++)(?:with\s++)?priority\s*+(?:is\s++|of\s++|to\s++|=\s*+|:\s*+)?"
        r"(?P<level>urgent|high|medium|low)\b\)?",
        _FLAGS,
    ),
    re.compile(
        r"(?<![\s,;(-])[\s,;(-]++(?:it'?s|its|it\s++is|this is|that'?s|thats|that\s++is|is)\s++"
        rf"(?:{INTENSITY}\s++)?(?P<level>urgent|important)\b\)?{_VOICE_END}",
        _FLAGS,
    ),
    re.compile(
        r"[\s,;]*+\b(?:and\s++)?(?:make|mark|set|give)\s++it\s++(?:as\s++|a\s++)?"
        r"(?P<level>urgent|important|high|medium|low|top)(?:[\s-]++(?:priority|prio))?\b",
        _FLAGS,
    ),
    re.compile(
        r"(?:^|[,;]\s*+|\s++-\s*+)(?P<level>no rush|no hurry|not urgent|nothing pressing|"
        r"nothing urgent)\b",
        _FLAGS,
    ),
    re.compile(
        r"[\s,;(-]*+\bp(?:rio(?:rity)?)?\s*+:\s*+(?P<level>urgent|high|medium|low)\b", _FLAGS
    ),
    re.compile(
        r"[,;]\s*+(?:an?\s++|the\s++)?(?:very\s++|really\s++)?(?P<level>important|urgent)\s++one"
        r"\s*+(?=[,;]|$)",
        _FLAGS,
    ),
    re.compile(r"^(?P<level>urgent|important|asap)\b\s*+[:!\-–]*+", _FLAGS),
    re.compile(rf"^{INTENSITY}\s++(?P<level>urgent|important)\s*+[:!\-–]++", _FLAGS),
    re.compile(
        rf"(?<![\s,;(-])[\s,;(-]++(?:{INTENSITY}\s++)?"
        rf"(?P<level>urgent(?:ly)?|asap|important){_VOICE_END}\W*+(?=(?:#[\w-]++\s*+)*+$)",
        _FLAGS,
    ),
    re.compile(
        rf"(?:[,;]|\s-)\s*+(?:{INTENSITY}\s++)?(?P<level>urgent|asap|important|high|low)\s*+"
        r"(?=[,;]|[.!]*+$)",
        _FLAGS,
    ),
)
PRIORITY_LEVELS: Final = {
    "urgent": Priority.URGENT,
    "urgently": Priority.URGENT,
    "asap": Priority.URGENT,
    "top": Priority.URGENT,
    "high": Priority.HIGH,
    "important": Priority.HIGH,
    "medium": Priority.MEDIUM,
    "normal": Priority.MEDIUM,
    "low": Priority.LOW,
    "no rush": Priority.LOW,
    "no hurry": Priority.LOW,
    "not urgent": Priority.LOW,
    "nothing pressing": Priority.LOW,
    "nothing urgent": Priority.LOW,
    "none": Priority.NONE,
    "no": Priority.NONE,
}
#: A weekday written out, as a regular-expression fragment: ``monday`` … ``sunday``.
WEEKDAY_WORD: Final = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: A day said in a word, as a fragment: ``today``, ``tonight``, ``tomorrow`` or a weekday.
DAY_WORD: Final = rf"(?:today|tonight|tomorrow|{WEEKDAY_WORD})"
#: A word that makes a level said stronger: ``really urgent``, ``reyt urgent``.
STRONGER: Final = r"(?:very|really|super|extremely|proper|mega|reyt|seriously)"
#: A priority as the whole new value of an edit: ``high``, ``urgent``, ``low priority``.
PRIORITY_VALUE: Final = re.compile(
    r"^(?:priority\s*+(?:is\s++|:\s*+|=\s*+)?)?(?:a\s++)?"
    rf"(?:{STRONGER}\s++(?=urgent|important))?"
    r"(?P<level>urgent|important|high|medium|normal|low|top|none|no)(?:[\s-]++priority)?$",
    _FLAGS,
)

ORDINALS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "last": -1,
    "final": -1,
    "bottom": -1,
    "top": 1,
    "penultimate": -2,
    "second to last": -2,
    "second-to-last": -2,
    "next to last": -2,
}
REF_ID: Final = re.compile(
    r"^(?:(?:the\s++)?(?:task|item|todo|to-do|id|job|ticket|entry)\s*+"
    r"(?:number\s++|no\.?\s*+|#|id\s++)?|#\s*+)?"
    r"(?P<n>\d++)$",
    _FLAGS,
)
REF_NUMBER: Final = re.compile(
    r"^(?:the\s++)?(?:(?:number|no\.?|num|nr\.?)\s*+(?:(?P<n>\d++)|"
    r"(?P<w>one|two|three|four|five|six|seven|eight|nine|ten))|(?:one|task|item)\s++(?:at|in)\s++"
    r"(?:position|spot|place)\s++(?P<p>\d++))"
    r"(?:\s++(?:one|task|item|on (?:the|that|this|my) list))?$",
    _FLAGS,
)
REF_ORDINAL: Final = re.compile(
    r"^(?:the\s++)?(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
    r"final|bottom|top|penultimate|middle|second[\s-]to[\s-]last|next[\s-]to[\s-]last|(?P<d>\d++)"
    r"(?:st|nd|rd|th))(?:\s++(?:one|task|item|todo|entry))?(?:\s++(?:on|in|from|of)\s++"
    r"(?:the|my|that|this)\s++list)?$",
    _FLAGS,
)
REF_CONTEXT: Final = re.compile(
    r"^(?:it|its|that|this|that one|this one|that task|this task|the task|the same one|"
    r"the same task|same one|the one you just (?:added|showed|mentioned)|the one)$",
    _FLAGS,
)
REF_BULK: Final = re.compile(
    r"^(?:all|everything|every task|all (?:of )?(?:my|the) (?:tasks|todos|items)|all tasks|"
    r"all of them|them all|each task|the whole list|my whole list|my tasks|the tasks)$",
    _FLAGS,
)
REF_WRAPPING: Final = re.compile(
    r"^(?:(?:the|my|a|an|this|that|our)\s++)*+(?:(?:task|todo|to-do|item|one|reminder|entry)\s++"
    r"(?:called|named|titled|about|regarding|concerning|re|for|to|that says|saying|with|"
    r"of(?:\s++the)?)\s++)?",
    _FLAGS,
)
REF_TAIL: Final = re.compile(
    r"(?<!\s)(?:\s++(?:task|todo|to-do|item|one|reminder|entry|thing|stuff|business|job|chore|"
    r"errand))?(?:\s++(?:now|anymore|any\s++more))?"
    r"(?:\s++(?:from|off|on|in)\s++(?:my|the)\s++(?:to-?do\s++)?list)?$",
    _FLAGS,
)

#: Words too common to search for when other words are given.
STOPWORDS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "everything",
        "anything",
        "thing",
        "things",
        "stuff",
        "by",
        "due",
        "from",
        "need",
        "needs",
        "done",
        "deleted",
        "removed",
        "trashed",
        "my",
        "our",
        "your",
        "this",
        "that",
        "to",
        "for",
        "of",
        "about",
        "with",
        "on",
        "in",
        "at",
        "and",
        "or",
        "me",
        "i",
        "task",
        "tasks",
        "todo",
        "todos",
        "item",
        "items",
        "one",
    ]
)


#: Words typed in a hurry, corrected before a message is read: only misspellings that are never
#: right as they are, so the words of a title are left alone (text in quotes is never touched).
TYPOS: Final[dict[str, str]] = {
    # Jamaican words (a phrase before the word it begins with: the first that fits is read)
    "mek mi": "let me",
    "mek": "make",
    "tek": "take",
    "wah": "what",
    "nuh": "don't",
    "dis": "this",
    "fi mi": "for me",
    "fi di": "for di",
    "fi the": "for the",
    "fi": "to",
    "remind mi": "remind me",
    "mi list": "my list",
    "mi need": "I need",
    "mi have": "I have",
    "mi nuh": "I don't",
    "cna": "can",
    "plese": "please",
    "pleae": "please",
    "tomorow": "tomorrow",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "tomorrw": "tomorrow",
    "tomrrow": "tomorrow",
    "2moro": "tomorrow",
    "tmr": "tomorrow",
    "tmrw": "tomorrow",
    "tmw": "tomorrow",
    "rember": "remember",
    "remeber": "remember",
    "rmbr": "remember",
    "u": "you",
    "ya": "you",
    "hav": "have",
    "wknd": "weekend",
    "wkend": "weekend",
    "gimme": "give me",
    "lemme": "let me",
    "tmrrw": "tomorrow",
    "2morrow": "tomorrow",
    "2mrw": "tomorrow",
    "bout": "about",
    "abt": "about",
    "wat": "what",
    "wats": "what's",
    "waht": "what",
    "whta": "what",
    "wot": "what",
    "wht": "what",
    "tdy": "today",
    "2day": "today",
    "tonite": "tonight",
    "tonigth": "tonight",
    "mondya": "monday",
    "tuesdya": "tuesday",
    "tueday": "tuesday",
    "wendesday": "wednesday",
    "wednesay": "wednesday",
    "wedensday": "wednesday",
    "wensday": "wednesday",
    "thrusday": "thursday",
    "thursady": "thursday",
    "firday": "friday",
    "fridya": "friday",
    "saturady": "saturday",
    "satruday": "saturday",
    "sunady": "sunday",
    "remidn": "remind",
    "remnid": "remind",
    "remmind": "remind",
    "delte": "delete",
    "dleete": "delete",
    "compelte": "complete",
    "complte": "complete",
    "taks": "task",
    "sho": "show",
    "bougth": "bought",
    "boguht": "bought",
    "canceld": "cancelled",
    "cancled": "cancelled",
    "payed": "paid",
    "tsak": "task",
    "shwo": "show",
    "lsit": "list",
    "teh": "the",
    "adn": "and",
    "wnat": "want",
    "nxt": "next",
    "mornign": "morning",
    "evenign": "evening",
    "afternon": "afternoon",
    "priorty": "priority",
    "prioirty": "priority",
    "urgnet": "urgent",
    "importnat": "important",
    "remnd": "remind",
    "rmnd": "remind",
    "evry": "every",
    "evrey": "every",
    "finaly": "finally",
    "aboot": "about",
    "prio": "priority",
    "tomoz": "tomorrow",
    "tmoz": "tomorrow",
    "doon": "down",
    "giz": "give us",
    "me list": "my list",
    "remind us": "remind me",
    "let us forget": "let me forget",
    "close me the": "close the",
    "reminder to self": "note to self",
    "reminding us": "reminding me",
    "nudge us": "nudge me",
    "ping us": "ping me",
    "can tha": "can you",
    "could tha": "could you",
    "will tha": "will you",
    "can yow": "can you",
    "could yow": "could you",
    "will yow": "will you",
    "tomorra": "tomorrow",
    "tomorro": "tomorrow",
    "ye": "you",
    "gonnae": "please",
    "the morra": "tomorrow",
    "the morrow": "tomorrow",
    "arvo": "afternoon",
    "week-end": "weekend",
    "wks": "weeks",
    "wk": "week",
    "f/u": "follow up",
    "working day": "weekday",
    "working days": "weekdays",
    "work day": "weekday",
    "work days": "weekdays",
    "on alternate days": "every other day",
    "alternate days": "every other day",
    "on alternate weeks": "every other week",
    "alternate weeks": "every other week",
    "week-ends": "weekends",
    # Scots and Shetland words (a phrase before the word it begins with)
    "da morn": "tomorrow",
    "the morn": "tomorrow",
    "mind me tae": "remind me to",
    "mind me": "remind me",
    "da": "the",
    "tae": "to",
    "du": "you",
    "afore": "before",
    "aff": "off",
    "whit's": "what's",
    "whit": "what",
    "tak": "take",
    "mak": "make",
    "dunna": "don't",
    "noo": "now",
    "wrang een": "wrong one",
    "wrang": "wrong",
    "wi": "with",
    "nae": "no",
    "pendin": "pending",
    "wile": "very",
    "yin": "one",
    "gie": "give",
    "oot": "out",
    # Appalachian words
    "might could": "could",
    "holler at me": "remind me",
}
TYPO: Final = re.compile(r"\b(?:" + "|".join(TYPOS) + r")\b", _FLAGS)
#: ``ad`` for ``add`` where a request starts: ``pls ad call the vet``.
ADD_TYPO: Final = re.compile(r"^ad(?=\s++\S)", _FLAGS)

#: Requests wrapped in a wish, read as the request itself: ``it would be great if you could
#: add …``, ``i'd love it if you added …``, ``could i get a task for …``.
WISH: Final = re.compile(
    r"^(?:(?:it|that)(?:'d|'s|\s++would|\s++will)?\s++be|would\s++be)\s++"
    r"(?:(?:really|so|very|super|pretty|ever\s++so)\s++)?(?:nice|great|good|helpful|lovely|"
    r"awesome|amazing|brilliant|handy|ideal|perfect|grand|fab|fantastic|wonderful|cool)\s++"
    r"(?:if|when)\s++you\s++(?:could\s++|can\s++|would\s++|just\s++)*+|"
    r"^i'?d\s++(?:love|like|appreciate)\s++it\s++if\s++you\s++(?:could\s++|would\s++|just\s++)*+",
    _FLAGS,
)
#: What a wish asks, in the past tense: ``… if you added …``.
WISHED_ADD: Final = re.compile(r"^(?:added|put\s++down|wrote\s++down|noted\s++down)\b", _FLAGS)
#: ``can i get a task for …``, ``could we have a reminder to …``: asking for a task is adding one.
ASK_FOR_TASK: Final = re.compile(
    r"^(?:can|could|may)\s++(?:i|we)\s++(?:please\s++)?(?:get|have|make|add|create|set\s++up)"
    r"(?=\s++(?:a|an|another|one\s++more)\s++(?:new\s++|quick\s++)?"
    r"(?:reminder\s++|to-?do\s++)?(?:task|todo|to-do|reminder|entry|item)\b)",
    _FLAGS,
)

#: The ``-ing`` forms of the verbs tasks start with, after ``a task for``: ``a task for picking
#: up the cake`` is ``Pick up the cake``.
GERUNDS: Final[dict[str, str]] = {
    "picking": "pick",
    "collecting": "collect",
    "calling": "call",
    "phoning": "phone",
    "ringing": "ring",
    "emailing": "email",
    "texting": "text",
    "getting": "get",
    "buying": "buy",
    "booking": "book",
    "fixing": "fix",
    "paying": "pay",
    "sending": "send",
    "posting": "post",
    "returning": "return",
    "renewing": "renew",
    "ordering": "order",
    "checking": "check",
    "cleaning": "clean",
    "washing": "wash",
    "making": "make",
    "taking": "take",
    "writing": "write",
    "finishing": "finish",
    "preparing": "prepare",
    "dropping": "drop",
    "walking": "walk",
    "feeding": "feed",
    "watering": "water",
    "visiting": "visit",
    "meeting": "meet",
    "cancelling": "cancel",
    "canceling": "cancel",
    "submitting": "submit",
    "filing": "file",
    "mowing": "mow",
    "doing": "do",
    "going": "go",
    "sorting": "sort",
    "reading": "read",
    "replying": "reply",
    "updating": "update",
    "wrapping": "wrap",
    "packing": "pack",
    "planning": "plan",
    "fetching": "fetch",
    "grabbing": "grab",
    "charging": "charge",
    "changing": "change",
    "emptying": "empty",
    "tidying": "tidy",
    "hoovering": "hoover",
    "vacuuming": "vacuum",
    "repairing": "repair",
    "scheduling": "schedule",
    "confirming": "confirm",
    "applying": "apply",
    "printing": "print",
    "signing": "sign",
}
#: Verbs a task's title starts with: a title said with its fields after commas (``order
#: haylage, priority high``) is a new task only when it starts with one.
TASK_VERBS: Final = frozenset(GERUNDS.values()) | frozenset(
    {"order", "fix", "mend", "book", "pay", "send", "clean", "renew", "wash", "check", "ring"}
    | {"buy", "call", "email", "post", "return", "sort", "change", "replace", "cancel", "chase"}
    | {"write", "finish", "prepare", "plan", "organise", "organize", "pick", "drop", "take"}
    | {"back", "tidy", "fill", "top", "get", "do"}
)
#: One of :data:`TASK_VERBS`, as a pattern.
TASK_VERB: Final = "(?:" + "|".join(sorted(TASK_VERBS)) + ")"
