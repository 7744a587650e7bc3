"""The offline chat against its corpus: what users say, and what they expect to happen.

Every case runs on a fresh user through the real tools; the run's accuracy is printed in the
terminal summary and must be at least 95%. The cases missed are listed in the failure message.
"""

from __future__ import annotations

from datetime import UTC, datetime
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
from .held_out_fifth import HELD_OUT_FIFTH
from .held_out_fourth import HELD_OUT_FOURTH
from .held_out_second import HELD_OUT_SECOND
from .held_out_seventh import HELD_OUT_SEVENTH
from .held_out_sixth import HELD_OUT_SIXTH
from .held_out_third import HELD_OUT_THIRD
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
#: seventh set).
REQUIRED_HELD_OUT_FIFTH = 0.82
#: The floor of the sixth held-out set: written apart before the round of the learned reader,
#: scored once at its end (177/250; the engine before that round scored 164/250; 176/250 after
#: the safety fixes that followed). Its misses were read after that (development since: 234/250
#: after the round of the seventh set).
REQUIRED_HELD_OUT_SIXTH = 0.93
#: The floor of the seventh held-out set: written apart from the engine before the round of
#: follow-ups, wrapped titles, loose times and windows, and scored once at its end: 213/270
#: (the engine before that round: 201/270). Its misses were read after that.
REQUIRED_HELD_OUT_SEVENTH = 0.78
#: The floors of the development voices written last: what they reached (they scored 55% and
#: 45% when first played, 83% and 82% after a round of rules, 85.5% and 84.7% with the learned
#: reader, 86.7% and 85.1% after the round of the seventh held-out set).
REQUIRED_NINTH_VOICE = 0.86
REQUIRED_TENTH_VOICE = 0.85


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


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_held_out_accuracy(app: App, request: pytest.FixtureRequest) -> None:
    """The held-out set: scored and reported, never tuned against (see held_out.py)."""
    matched, accuracy, missed = await scored(
        app, request, "held-out set", HELD_OUT, REQUIRED_HELD_OUT
    )
    assert accuracy >= REQUIRED_HELD_OUT, (
        f"held-out accuracy {matched}/{len(HELD_OUT)} = {accuracy:.1%} < "
        f"{REQUIRED_HELD_OUT:.0%}; missed:\n{missed}"
    )


def test_the_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 170
    assert len({item.say.casefold() for item in CASES}) >= 160


def test_the_held_out_set_is_large_and_apart_from_the_corpus() -> None:
    assert len(HELD_OUT) >= 150
    # Written apart, a few short everyday questions ("anything overdue?") may coincide.
    shared = {item.say.casefold() for item in HELD_OUT} & {item.say.casefold() for item in CASES}
    assert len(shared) <= len(HELD_OUT) // 30, shared


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_second_held_out_accuracy(app: App, request: pytest.FixtureRequest) -> None:
    """The second held-out set (held_out_second.py): held out for one round, development since."""
    matched, accuracy, missed = await scored(
        app, request, "held-out set, second", HELD_OUT_SECOND, REQUIRED_HELD_OUT_SECOND
    )
    assert accuracy >= REQUIRED_HELD_OUT_SECOND, (
        f"second held-out accuracy {matched}/{len(HELD_OUT_SECOND)} = {accuracy:.1%} < "
        f"{REQUIRED_HELD_OUT_SECOND:.0%}; missed:\n{missed}"
    )


def test_the_second_held_out_set_is_large_and_apart_from_the_others() -> None:
    assert len(HELD_OUT_SECOND) >= 150
    said = {item.say.casefold() for item in HELD_OUT_SECOND}
    others = {item.say.casefold() for item in (*CASES, *HELD_OUT, *FOURTH_VOICE)}
    assert len(said & others) <= len(HELD_OUT_SECOND) // 30, said & others


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_third_held_out_accuracy(app: App, request: pytest.FixtureRequest) -> None:
    """The third held-out set (held_out_third.py): scored as held out at the end of its round
    (193/220); its misses were read then, so it is a floor now, not a held-out score."""
    matched, accuracy, missed = await scored(
        app, request, "held-out set, third", HELD_OUT_THIRD, REQUIRED_HELD_OUT_THIRD
    )
    assert accuracy >= REQUIRED_HELD_OUT_THIRD, (
        f"third held-out accuracy {matched}/{len(HELD_OUT_THIRD)} = {accuracy:.1%} < "
        f"{REQUIRED_HELD_OUT_THIRD:.0%}; missed:\n{missed}"
    )


def test_the_third_held_out_set_is_large_and_apart_from_the_others() -> None:
    """Apart from the sets written before it (the development sets written after it share a
    few more short follow-ups, such as "undo that"; the notes report how many)."""
    assert len(HELD_OUT_THIRD) >= 150
    said = {item.say.casefold() for item in HELD_OUT_THIRD}
    others = {
        item.say.casefold()
        for item in (*CASES, *HELD_OUT, *HELD_OUT_SECOND, *FOURTH_VOICE, *FIFTH_VOICE)
    }
    # Short follow-ups and everyday questions ("delete it", "undo that", "what's overdue")
    # coincide between sets written apart; about one case in ten does.
    assert len(said & others) <= len(HELD_OUT_THIRD) // 8, said & others


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_fourth_held_out_accuracy(app: App, request: pytest.FixtureRequest) -> None:
    """The fourth held-out set: scored and reported, never tuned against (held_out_fourth.py)."""
    matched, accuracy, missed = await scored(
        app, request, "held-out set, fourth", HELD_OUT_FOURTH, REQUIRED_HELD_OUT_FOURTH
    )
    assert accuracy >= REQUIRED_HELD_OUT_FOURTH, (
        f"fourth held-out accuracy {matched}/{len(HELD_OUT_FOURTH)} = {accuracy:.1%} < "
        f"{REQUIRED_HELD_OUT_FOURTH:.0%}; missed:\n{missed}"
    )


def test_the_fourth_held_out_set_is_large_and_apart_from_the_others() -> None:
    assert len(HELD_OUT_FOURTH) >= 150
    said = {item.say.casefold() for item in HELD_OUT_FOURTH}
    others = {
        item.say.casefold()
        for item in (
            *CASES,
            *HELD_OUT,
            *HELD_OUT_SECOND,
            *HELD_OUT_THIRD,
            *FOURTH_VOICE,
            *FIFTH_VOICE,
            *SIXTH_VOICE,
            *SEVENTH_VOICE,
        )
    }
    # Short everyday follow-ups ("undo that") coincide between sets written apart.
    assert len(said & others) <= len(HELD_OUT_FOURTH) // 8, said & others


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_fifth_held_out_accuracy(app: App, request: pytest.FixtureRequest) -> None:
    """The fifth held-out set: scored and reported, never tuned against (held_out_fifth.py)."""
    matched, accuracy, missed = await scored(
        app, request, "held-out set, fifth", HELD_OUT_FIFTH, REQUIRED_HELD_OUT_FIFTH
    )
    assert accuracy >= REQUIRED_HELD_OUT_FIFTH, (
        f"fifth held-out accuracy {matched}/{len(HELD_OUT_FIFTH)} = {accuracy:.1%} < "
        f"{REQUIRED_HELD_OUT_FIFTH:.0%}; missed:\n{missed}"
    )


def test_the_fifth_held_out_set_is_large_and_apart_from_the_others() -> None:
    assert len(HELD_OUT_FIFTH) >= 150
    said = {item.say.casefold() for item in HELD_OUT_FIFTH}
    others = {
        item.say.casefold()
        for item in (
            *CASES,
            *HELD_OUT,
            *HELD_OUT_SECOND,
            *HELD_OUT_THIRD,
            *HELD_OUT_FOURTH,
            *SECOND_VOICE,
            *THIRD_VOICE,
            *FOURTH_VOICE,
            *FIFTH_VOICE,
            *SIXTH_VOICE,
            *SEVENTH_VOICE,
        )
    }
    # Short everyday follow-ups ("undo that") coincide between sets written apart.
    assert len(said & others) <= len(HELD_OUT_FIFTH) // 8, said & others


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_sixth_held_out_accuracy(app: App, request: pytest.FixtureRequest) -> None:
    """The sixth held-out set: scored and reported, never tuned against (held_out_sixth.py)."""
    matched, accuracy, missed = await scored(
        app, request, "held-out set, sixth", HELD_OUT_SIXTH, REQUIRED_HELD_OUT_SIXTH
    )
    assert accuracy >= REQUIRED_HELD_OUT_SIXTH, (
        f"sixth held-out accuracy {matched}/{len(HELD_OUT_SIXTH)} = {accuracy:.1%} < "
        f"{REQUIRED_HELD_OUT_SIXTH:.0%}; missed:\n{missed}"
    )


def test_the_sixth_held_out_set_is_large_and_apart_from_the_others() -> None:
    assert len(HELD_OUT_SIXTH) >= 150
    said = {item.say.casefold() for item in HELD_OUT_SIXTH}
    others = {
        item.say.casefold()
        for item in (
            *CASES,
            *HELD_OUT,
            *HELD_OUT_SECOND,
            *HELD_OUT_THIRD,
            *HELD_OUT_FOURTH,
            *HELD_OUT_FIFTH,
            *SECOND_VOICE,
            *THIRD_VOICE,
            *FOURTH_VOICE,
            *FIFTH_VOICE,
            *SIXTH_VOICE,
            *SEVENTH_VOICE,
            *EIGHTH_VOICE,
            *NINTH_VOICE,
            *TENTH_VOICE,
        )
    }
    # Short everyday follow-ups ("undo that") coincide between sets written apart.
    assert len(said & others) <= len(HELD_OUT_SIXTH) // 8, said & others


def test_the_seventh_held_out_set_is_large_and_apart_from_the_others() -> None:
    assert len(HELD_OUT_SEVENTH) >= 150
    said = {item.say.casefold() for item in HELD_OUT_SEVENTH}
    others = {
        item.say.casefold()
        for item in (
            *CASES,
            *HELD_OUT,
            *HELD_OUT_SECOND,
            *HELD_OUT_THIRD,
            *HELD_OUT_FOURTH,
            *HELD_OUT_FIFTH,
            *HELD_OUT_SIXTH,
            *SECOND_VOICE,
            *THIRD_VOICE,
            *FOURTH_VOICE,
            *FIFTH_VOICE,
            *SEVENTH_VOICE,
            *SEVENTH_VOICE,
            *EIGHTH_VOICE,
            *NINTH_VOICE,
            *TENTH_VOICE,
        )
    }
    # Short everyday follow-ups ("undo that") coincide between sets written apart.
    assert len(said & others) <= len(HELD_OUT_SEVENTH) // 8, said & others


def test_every_message_of_every_set_is_read_without_raising() -> None:
    """The reader never raises (the engine would answer with its apology for a bug)."""
    now, tz = datetime(2026, 11, 26, 10, 0, tzinfo=UTC), ZoneInfo("Europe/Berlin")
    sets = (
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
        HELD_OUT,
        HELD_OUT_SECOND,
        HELD_OUT_THIRD,
        HELD_OUT_FOURTH,
        HELD_OUT_FIFTH,
        HELD_OUT_SIXTH,
        HELD_OUT_SEVENTH,
    )
    for cases in sets:
        for item in cases:
            earlier = (item.before,) if isinstance(item.before, str) else item.before or ()
            for message in (*earlier, item.say):
                read_intent(message.format(*range(1, 10)), now=now, tz=tz)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_seventh_held_out_accuracy(app: App, request: pytest.FixtureRequest) -> None:
    """The seventh held-out set: scored and reported, never tuned against (held_out_seventh.py)."""
    matched, accuracy, missed = await scored(
        app, request, "held-out set, seventh", HELD_OUT_SEVENTH, REQUIRED_HELD_OUT_SEVENTH
    )
    assert accuracy >= REQUIRED_HELD_OUT_SEVENTH, (
        f"seventh held-out accuracy {matched}/{len(HELD_OUT_SEVENTH)} = {accuracy:.1%} < "
        f"{REQUIRED_HELD_OUT_SEVENTH:.0%}; missed:\n{missed}"
    )
