"""The offline chat against its corpus: what users say, and what they expect to happen.

Every case runs on a fresh user through the real tools; the run's accuracy is printed in the
terminal summary and must be at least 95%. The cases missed are listed in the failure message.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final
from zoneinfo import ZoneInfo

import pytest

from todo.bootstrap import App
from todo.domain.assistant.intent_message import read_intent

from ..service.conftest import new_user
from .conftest import SCORES, ChatSession
from .corpus import CASES, Case, Outcome
from .eighth_voice import EIGHTH_VOICE
from .fifth_voice import FIFTH_VOICE
from .fourth_voice import FOURTH_VOICE
from .held_out import HELD_OUT
from .held_out_eighteenth import HELD_OUT_EIGHTEENTH
from .held_out_eighth import HELD_OUT_EIGHTH
from .held_out_eleventh import HELD_OUT_ELEVENTH
from .held_out_fifteenth import HELD_OUT_FIFTEENTH
from .held_out_fifth import HELD_OUT_FIFTH
from .held_out_fourteenth import HELD_OUT_FOURTEENTH
from .held_out_fourth import HELD_OUT_FOURTH
from .held_out_ninth import HELD_OUT_NINTH
from .held_out_second import HELD_OUT_SECOND
from .held_out_seventeenth import HELD_OUT_SEVENTEENTH
from .held_out_seventh import HELD_OUT_SEVENTH
from .held_out_sixteenth import HELD_OUT_SIXTEENTH
from .held_out_sixth import HELD_OUT_SIXTH
from .held_out_tenth import HELD_OUT_TENTH
from .held_out_third import HELD_OUT_THIRD
from .held_out_thirteenth import HELD_OUT_THIRTEENTH
from .held_out_twelfth import HELD_OUT_TWELFTH
from .ninth_voice import NINTH_VOICE
from .second_voice import SECOND_VOICE
from .seventh_voice import SEVENTH_VOICE
from .sixth_voice import SIXTH_VOICE
from .tenth_voice import TENTH_VOICE
from .third_voice import THIRD_VOICE

pytestmark = pytest.mark.anyio

REQUIRED = 0.98
#: The floor of the development sets written in other voices.
REQUIRED_OTHER_VOICES = 0.95
#: The floor of the first held-out set's score (what the engine reached; it may only rise). Its
#: misses were read while the engine was worked on, so it now counts as development too.
REQUIRED_HELD_OUT = 0.95
#: The floor of the second held-out set's score. Its misses were read after it was scored, so
#: it is not held out any more; it stays as a floor the engine may only rise from.
REQUIRED_HELD_OUT_SECOND = 0.95
#: The floor of the third held-out set. It scored 193/220 when it was last held out; its misses
#: have been read since (it is development now), so the next round needs a new held-out set.
REQUIRED_HELD_OUT_THIRD = 0.95
#: The floor of the fourth held-out set: its score the one time it was scored as held out
#: (184/219), at the end of the round it was written in; its misses were read after that.
REQUIRED_HELD_OUT_FOURTH = 0.95
#: The floor of the fifth held-out set: written apart from the engine before the round scored
#: against it, scored once at the end of that round (121/237); its misses were read after that
#: and it is development now (164/237 with the learned reader, 196/237 after the round of the
#: seventh set, 205/237 after the rounds of the eighth and ninth).
REQUIRED_HELD_OUT_FIFTH = 0.86
#: The floor of the sixth held-out set: written apart before the round of the learned reader,
#: scored once at its end (177/250; the engine before that round scored 164/250; 176/250 after
#: the safety fixes that followed). Its misses were read after that (development since: 234/250
#: after the round of the seventh set, 237/250 after those of the eighth and ninth).
REQUIRED_HELD_OUT_SIXTH = 0.95
#: The floor of the seventh held-out set: written apart from the engine before the round of
#: follow-ups, wrapped titles, loose times and windows, and scored once at its end: 213/270
#: (the engine before that round: 201/270). Its misses were read after that (250/270 after
#: the rounds of the eighth and ninth sets).
REQUIRED_HELD_OUT_SEVENTH = 0.93
#: The floor of the eighth held-out set: written apart from the engine at the start of the
#: round of everyday voices (wrappers before a colon, moves from one moment to another, words
#: written as one), and scored once at its end: 216/298 (the engine before that round:
#: 213/298). Its misses were read after that (236/298 after the round of the ninth set,
#: 247/298 after those of the tenth and eleventh, 250/298 after that of the twelfth).
REQUIRED_HELD_OUT_EIGHTH = 0.83
#: The floor of the ninth held-out set: written apart while the eighth set's misses were worked
#: on, and scored once at the end of that round: 220/270 (the engine before that round:
#: 219/270; at the start of the stop: 218/270). Its misses were read after that (243/270
#: after the round of the tenth set, 252/270 after that of the eleventh).
REQUIRED_HELD_OUT_NINTH = 0.92
#: The floor of the tenth held-out set: written apart while the ninth set's misses were worked
#: on, and scored once at the end of that round: 187/280, the same as the engine before that
#: round (the round's rules reached none of its cases). Its misses were read after that: 188/280
#: with the fix of a delete read from "scrap the X reminder", 228/280 after the round of the
#: eleventh set, 240/280 after that of the twelfth, 241/280 after the voice wrappers that followed.
REQUIRED_HELD_OUT_TENTH = 0.86
#: The floor of the eleventh held-out set: written apart while the tenth set's misses were
#: worked on, and scored once at the end of that round: 214/286 (the engine at the start of
#: that round: 207/286; at the start of the stop: 204/286). Its misses were read after that
#: (241/286 after the round of the twelfth set, 237/286 after the safety fixes that followed,
#: 239/286 with the levels and wrappers said in voices' words after that).
REQUIRED_HELD_OUT_ELEVENTH = 0.83
#: The floor of the twelfth held-out set: written apart from the engine at the start of the
#: round of shapes told over parts of a message (a task's own verb in the past, a reminder
#: counted back from a task named first, a request with its reason around it, a task told in
#: parts between commas, spans of days), and scored once at its end: 228/280 (the engine
#: before that round: 221/280). A review of the round then made its new readings stricter where
#: they acted on a guess: 226/280 after those fixes. Its misses were read after that (development):
#: 239/280 with the levels, endings and wrappers said in its voices' words.
REQUIRED_HELD_OUT_TWELFTH = 0.85
#: The floor of the thirteenth held-out set: written apart from the engine at the start of the
#: round of everyday shapes read across the sets' misses (a reminder's new time said around it,
#: times as timetables say them, a fact with its news, a fact taken back, spans of one month's
#: days, monthly repeats said without "the", voices' words), and scored once at its end, after
#: a review of the round made its readings stricter: 215/281 (the engine at the start of the
#: round: 214/281). Its misses were read after that (development): 218/281 after three fixes
#: of readings that changed a task on a guess ("maybe I should delete the linen one" added a
#: task, "great session tonight, the squad smashed it" added one, "I need to reopen the risk
#: assessment" added one).
REQUIRED_HELD_OUT_THIRTEENTH = 0.85
#: The fourteenth held-out set (303 requests in ten more new voices: a bus driver on shifts, a
#: retired engineer, Cornish and Sri Lankan English, a Turkish and a Thai speaker's English, a
#: tower captain of bell-ringers, a community midwife, a tree surgeon, a studio potter), written
#: apart at the start of the round of more voices and shapes (a part of the day before its date,
#: reminders in more words, a title with its fields after commas, the first two of a list, the
#: thirteenth set's voices' words), and scored once at its end, after a review of the round:
#: 218/303, exactly what the engine at the start of the round scored, with the same misses.
REQUIRED_HELD_OUT_FOURTEENTH = 0.83
#: The fifteenth held-out set (288 requests in ten more new voices: Manx and Newfoundland
#: English, a Maltese and a Persian speaker's English, a marathon runner, a lifeboat crew
#: volunteer, a choir director, a school caretaker, a barista, a model-railway enthusiast),
#: written apart while the fourteenth set's misses were read, and scored once at the end of
#: that round, after its review: 237/288 (the engine at the start of the stop: 234/288).
REQUIRED_HELD_OUT_FIFTEENTH = 0.82
#: The sixteenth held-out set (301 requests in ten more new voices: a Czech and a Vietnamese
#: speaker's English, Shetland English, Northern Irish English from a hill farm, a music
#: teacher, a bicycle mechanic, an amateur astronomer, a liveaboard narrowboater, a birdwatcher,
#: a locksmith), written apart at the start of the round of asides at a message's edges, what is
#: left at a title's ends, hours said in more ways and facts said with their date, and scored
#: once at its end: 252/301 (the engine at the start of the stop: 250/301).
REQUIRED_HELD_OUT_SIXTEENTH = 0.83
#: The seventeenth held-out set (303 requests in ten more new voices: Glaswegian, Appalachian
#: and Australian English, a Vietnamese speaker's English, a sailor on a delivery trip, a
#: hospice chaplain, a stand-up comedian, a head of science, a pharmacist, a food courier),
#: written apart at the start of the stop, and scored once at the end of the second round (the
#: review's fixes, Scots, Shetland and Vietnamese words): 243/303 (the engine at the start of
#: the stop: 238/303).
REQUIRED_HELD_OUT_SEVENTEENTH = 0.80
#: The eighteenth held-out set (284 requests in ten more new voices: a Cantonese speaker's
#: English in Manchester, Bajan English, a Swedish and an Afrikaans speaker's English, a
#: grandmother texting in Hinglish, a forester, a roofer, a cheesemaker, a hill-walking club
#: secretary, a Cockney market trader), written apart while the last round of the stop (very in
#: more voices' words, Scots and Appalachian words) was worked, and scored once at its end:
#: 216/284 (the engine at the start of the stop: 215/284).
REQUIRED_HELD_OUT_EIGHTEENTH = 0.76
#: The floors of the development voices written last: what they reached (they scored 55% and
#: 45% when first played, 83% and 82% after a round of rules, 85.5% and 84.7% with the learned
#: reader, 86.7% and 85.1% after the round of the seventh held-out set, 87.6% and 87.2% after
#: those of the eighth and ninth, 89.6% and 88.0% after those of the tenth and eleventh, 90.0%
#: and 88.0% after that of the twelfth).
REQUIRED_NINTH_VOICE = 0.89
REQUIRED_TENTH_VOICE = 0.87


async def run_case(app: App, item: Case) -> list[str]:
    """Play one case on a fresh user and return what did not happen as expected."""
    chat = ChatSession(app, await new_user(app))
    ids = [await chat.seed(seed.title, state=seed.state, **seed.fields) for seed in item.seeds]
    earlier = (item.before,) if isinstance(item.before, str) else item.before or ()
    for message in earlier:
        await chat.say(message.format(*ids))
    before = await chat.tasks()
    reply = await chat.say(item.say.format(*ids))
    outcome = Outcome(reply.text, reply.calls, ids, before, await chat.tasks())
    return [problem for check in item.checks if (problem := check.problem(outcome))]


async def score(app: App, cases: tuple[Case, ...]) -> tuple[int, list[str]]:
    """Play every case; return how many had all their effects, and what the others missed."""
    failures: list[str] = []
    for item in cases:
        problems = await run_case(app, item)
        if problems:
            failures.append(f"{item.say!r}: {'; '.join(problems)}")
    return len(cases) - len(failures), failures


async def scored(
    app: App, request: pytest.FixtureRequest, name: str, cases: tuple[Case, ...], required: float
) -> tuple[int, float, str]:
    """Score ``cases``, keep the score for the terminal summary, and return how many matched,
    the accuracy and the list of misses."""
    matched, failures = await score(app, cases)
    request.config.stash.setdefault(SCORES, {})[name] = (matched, len(cases), failures, required)
    return matched, matched / len(cases), "\n".join(failures)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_corpus_accuracy(app: App, request: pytest.FixtureRequest) -> None:
    matched, accuracy, missed = await scored(app, request, "development corpus", CASES, REQUIRED)
    assert accuracy >= REQUIRED, (
        f"accuracy {matched}/{len(CASES)} = {accuracy:.1%} < {REQUIRED:.0%}; missed:\n{missed}"
    )


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("name", "cases", "required"),
    [
        ("development, second voice", SECOND_VOICE, REQUIRED_OTHER_VOICES),
        ("development, third voice", THIRD_VOICE, REQUIRED_OTHER_VOICES),
        ("development, fourth voice", FOURTH_VOICE, REQUIRED_OTHER_VOICES),
        ("development, fifth voice", FIFTH_VOICE, REQUIRED_OTHER_VOICES),
        ("development, sixth voice", SIXTH_VOICE, REQUIRED_OTHER_VOICES),
        ("development, seventh voice", SEVENTH_VOICE, REQUIRED_OTHER_VOICES),
        ("development, eighth voice", EIGHTH_VOICE, REQUIRED_OTHER_VOICES),
        ("development, ninth voice", NINTH_VOICE, REQUIRED_NINTH_VOICE),
        ("development, tenth voice", TENTH_VOICE, REQUIRED_TENTH_VOICE),
    ],
)
async def test_other_voices_accuracy(
    app: App, request: pytest.FixtureRequest, name: str, cases: tuple[Case, ...], required: float
) -> None:
    """Development sets written in other voices than the engine's author's."""
    matched, accuracy, missed = await scored(app, request, name, cases, required)
    assert accuracy >= required, (
        f"{name} accuracy {matched}/{len(cases)} = {accuracy:.1%} < {required:.0%}; "
        f"missed:\n{missed}"
    )


#: The held-out sets in the order they were written: the name their score is reported under,
#: the cases, and the floor.
HELD_OUT_SETS: Final = (
    ("held-out set", HELD_OUT, REQUIRED_HELD_OUT),
    ("held-out set, second", HELD_OUT_SECOND, REQUIRED_HELD_OUT_SECOND),
    ("held-out set, third", HELD_OUT_THIRD, REQUIRED_HELD_OUT_THIRD),
    ("held-out set, fourth", HELD_OUT_FOURTH, REQUIRED_HELD_OUT_FOURTH),
    ("held-out set, fifth", HELD_OUT_FIFTH, REQUIRED_HELD_OUT_FIFTH),
    ("held-out set, sixth", HELD_OUT_SIXTH, REQUIRED_HELD_OUT_SIXTH),
    ("held-out set, seventh", HELD_OUT_SEVENTH, REQUIRED_HELD_OUT_SEVENTH),
    ("held-out set, eighth", HELD_OUT_EIGHTH, REQUIRED_HELD_OUT_EIGHTH),
    ("held-out set, ninth", HELD_OUT_NINTH, REQUIRED_HELD_OUT_NINTH),
    ("held-out set, tenth", HELD_OUT_TENTH, REQUIRED_HELD_OUT_TENTH),
    ("held-out set, eleventh", HELD_OUT_ELEVENTH, REQUIRED_HELD_OUT_ELEVENTH),
    ("held-out set, twelfth", HELD_OUT_TWELFTH, REQUIRED_HELD_OUT_TWELFTH),
    ("held-out set, thirteenth", HELD_OUT_THIRTEENTH, REQUIRED_HELD_OUT_THIRTEENTH),
    ("held-out set, fourteenth", HELD_OUT_FOURTEENTH, REQUIRED_HELD_OUT_FOURTEENTH),
    ("held-out set, fifteenth", HELD_OUT_FIFTEENTH, REQUIRED_HELD_OUT_FIFTEENTH),
    ("held-out set, sixteenth", HELD_OUT_SIXTEENTH, REQUIRED_HELD_OUT_SIXTEENTH),
    ("held-out set, seventeenth", HELD_OUT_SEVENTEENTH, REQUIRED_HELD_OUT_SEVENTEENTH),
    ("held-out set, eighteenth", HELD_OUT_EIGHTEENTH, REQUIRED_HELD_OUT_EIGHTEENTH),
)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("name", "cases", "required"), HELD_OUT_SETS, ids=[name for name, _, _ in HELD_OUT_SETS]
)
async def test_held_out_accuracy(
    app: App, request: pytest.FixtureRequest, name: str, cases: tuple[Case, ...], required: float
) -> None:
    """Each held-out set: written apart from the engine, scored once as held out at the end of
    the round it was written for, a floor the engine may only rise from after that (see each
    module's docstring and the floors above)."""
    matched, accuracy, missed = await scored(app, request, name, cases, required)
    assert accuracy >= required, (
        f"{name} accuracy {matched}/{len(cases)} = {accuracy:.1%} < {required:.0%}; "
        f"missed:\n{missed}"
    )


#: The development sets: the corpus and the voices.
DEVELOPMENT: Final = (
    CASES,
    SECOND_VOICE,
    THIRD_VOICE,
    FOURTH_VOICE,
    FIFTH_VOICE,
    SIXTH_VOICE,
    SEVENTH_VOICE,
    EIGHTH_VOICE,
    NINTH_VOICE,
    TENTH_VOICE,
)
_EARLY: Final = (CASES, FOURTH_VOICE, FIFTH_VOICE, SIXTH_VOICE, SEVENTH_VOICE)
#: Each held-out set, the sets written before it that it must stay apart from, and one in how
#: many of its messages may coincide with theirs: short everyday follow-ups and questions
#: ("undo that", "what's overdue") coincide between sets written apart, about one in ten; the
#: first two were checked against the few sets there were then, the eighth against every set.
APART: Final = (
    ("held-out set", HELD_OUT, (CASES,), 30),
    ("second", HELD_OUT_SECOND, (CASES, HELD_OUT, FOURTH_VOICE), 30),
    ("third", HELD_OUT_THIRD, (CASES, HELD_OUT, HELD_OUT_SECOND, FOURTH_VOICE, FIFTH_VOICE), 8),
    ("fourth", HELD_OUT_FOURTH, (*_EARLY, HELD_OUT, HELD_OUT_SECOND, HELD_OUT_THIRD), 8),
    (
        "fifth",
        HELD_OUT_FIFTH,
        (
            *_EARLY,
            SECOND_VOICE,
            THIRD_VOICE,
            HELD_OUT,
            HELD_OUT_SECOND,
            HELD_OUT_THIRD,
            HELD_OUT_FOURTH,
        ),
        8,
    ),
    ("sixth", HELD_OUT_SIXTH, (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:5])), 8),
    ("seventh", HELD_OUT_SEVENTH, (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:6])), 8),
    ("eighth", HELD_OUT_EIGHTH, (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:7])), 30),
    ("ninth", HELD_OUT_NINTH, (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:8])), 30),
    ("tenth", HELD_OUT_TENTH, (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:9])), 30),
    (
        "eleventh",
        HELD_OUT_ELEVENTH,
        (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:10])),
        30,
    ),
    (  # ten short follow-ups and questions coincide ("bin it", "overdue?")
        "twelfth",
        HELD_OUT_TWELFTH,
        (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:11])),
        25,
    ),
    (  # twelve short follow-ups and questions coincide ("undo", "and saturday?")
        "thirteenth",
        HELD_OUT_THIRTEENTH,
        (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:12])),
        23,
    ),
    (
        "fourteenth",
        HELD_OUT_FOURTEENTH,
        (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:13])),
        23,
    ),
    (  # fifteen short follow-ups and questions coincide ("and delete it", "done.", "bin it")
        "fifteenth",
        HELD_OUT_FIFTEENTH,
        (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:14])),
        19,
    ),
    (  # eleven short follow-ups and questions coincide
        "sixteenth",
        HELD_OUT_SIXTEENTH,
        (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:15])),
        25,
    ),
    (  # written at the same time as the sixteenth, apart from it too
        "seventeenth",
        HELD_OUT_SEVENTEENTH,
        (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:16])),
        30,
    ),
    (  # three short follow-ups coincide ("undo that", "Done.", "bin it")
        "eighteenth",
        HELD_OUT_EIGHTEENTH,
        (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS[:17])),
        30,
    ),
)


@pytest.mark.parametrize(("name", "cases", "before", "share"), APART, ids=[a[0] for a in APART])
def test_each_held_out_set_is_large_and_apart_from_the_sets_before_it(
    name: str, cases: tuple[Case, ...], before: tuple[tuple[Case, ...], ...], share: int
) -> None:
    assert len(cases) >= 150, name
    said = {item.say.casefold() for item in cases}
    others = {item.say.casefold() for earlier in before for item in earlier}
    assert len(said & others) <= len(cases) // share, said & others


def test_the_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 170
    assert len({item.say.casefold() for item in CASES}) >= 160


def test_every_message_of_every_set_is_read_without_raising() -> None:
    """The reader never raises (the engine would answer with its apology for a bug)."""
    now, tz = datetime(2026, 11, 26, 10, 0, tzinfo=UTC), ZoneInfo("Europe/Berlin")
    sets = (*DEVELOPMENT, *(cases for _, cases, _ in HELD_OUT_SETS))
    for cases in sets:
        for item in cases:
            earlier = (item.before,) if isinstance(item.before, str) else item.before or ()
            for message in (*earlier, item.say):
                read_intent(message.format(*range(1, 10)), now=now, tz=tz)
