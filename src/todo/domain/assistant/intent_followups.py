"""Follow-ups said with words around them: the value a short message carries, once the words
that only soften, correct or point back are taken away.

``Actually, Saturday would be better``, ``I beg your pardon, I meant Saturday``, ``🚨 urgent
that one``, ``every sunday pls 🙏`` and ``undo pls misclick`` each carry one value (a day, a
level, a repeat, an undo) about the task the conversation is on. :func:`without_filler` keeps
that value; the reader then reads it as it reads the value said alone.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["ALL_OF_THEM", "without_filler"]

#: Every task of the list just shown, done (or not done after all): ``mark them all done``,
#: ``tick off all of those``, ``they're all finished``, ``reopen all three``; "all" is said.
ALL_OF_THEM: Final = re.compile(
    r"(?:(?:ok(?:ay)?|right|great|cool|nice|and|so|please|pls)[\s,]++){0,4}+"
    r"(?:(?:mark|tick|check(?=\s++off|\s++(?:them|those|these)\s++all\s++off)|cross|complete|"
    r"finish|(?P<reopen>reopen|un-?tick|untick))"
    r"\s++(?:off\s++)?(?:all\s++(?:of\s++)?(?:them|those|these|three|four|five)|"
    r"(?:them|those|these)\s++all|the\s++lot)(?:\s++off)?"
    r"(?:\s++(?:as\s++)?(?:done|complete|completed|finished))?|"
    r"(?:they'?re|they\s++are|those\s++are|these\s++are)\s++all\s++"
    r"(?:done|finished|complete|completed|sorted))(?:[\s,]++(?:please|pls|thanks|now)){0,3}+[\s.!]*+",
    re.IGNORECASE,
)
#: The longest message read for a value with words around it.
_MOST_CHARACTERS: Final = 120
#: The most words a value may keep once the filler is gone (``every other friday at 9``).
_MOST_WORDS: Final = 6

#: What is not a word: emoji, arrows, marks (``+ p2``, ``🚨 urgent``).
_SYMBOLS: Final = re.compile(r"[^\w\s:'’./-]++")
#: Words that soften, correct, thank or point back, and carry no value of their own.
_FILLER: Final = re.compile(
    r"\b(?:i\s++beg\s++your\s++pardon|pardon(?:\s++me)?|(?:oh\s++)?sorry|my\s++bad|"
    r"(?:it\s++was\s++|that\s++was\s++)?(?:a\s++)?(?:mis-?click|mistake|typo)|by\s++accident|"
    r"that\s++was\s++wrong|never\s*+mind|nvm|actually|ah|oh|oops|whoops|hmm++|wait|well|ok(?:ay)?|"
    r"no|nope|nah|so|then|please|pls|plz|thanks|thank\s++you|thx|ta|"
    r"i\s++(?:meant|mean|wanted\s++to\s++say)|meant|let'?s\s++(?:say|make\s++it|do)|"
    r"(?:make|change|set|switch|put)\s++(?:it|that|this)(?:\s++one)?(?:\s++to)?|"
    r"(?:that|this|the\s++last)\s++one|for\s++(?:it|that|this)|it|that|too|as\s++well|instead|"
    r"rather|perhaps|maybe|would\s++(?:be\s++|suit\s++(?:me|us)\s++|work\s++)?(?:better|best)|"
    r"would\s++suit\s++(?:me|us)|"
    r"(?:is|'s|works|suits\s++me)\s++better|if\s++(?:possible|you\s++can)|"
    r"while\s++you'?re\s++at\s++it)\b",
    re.IGNORECASE,
)


def without_filler(text: str) -> str:
    """Return a short message without the words that carry no value: ``Actually, Saturday
    would be better`` is ``Saturday``; a longer message, or one that is all filler, is "".

    >>> without_filler("🚨 urgent that one")
    'urgent'
    """
    if len(text) > _MOST_CHARACTERS:
        return ""
    kept = _FILLER.sub(" ", _SYMBOLS.sub(" ", text))
    words = [word for word in kept.split() if word.strip(".:-'’")]
    if len(words) > _MOST_WORDS:
        return ""
    return " ".join(words).strip(" .")
