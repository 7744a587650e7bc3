"""The offline chat against its corpus: what users say, and what they expect to happen.

Every case runs on a fresh user through the real tools; the run's accuracy is printed in the
terminal summary and must be at least 95%. The cases missed are listed in the failure message.
"""

from __future__ import annotations

import pytest

from todo.bootstrap import App

from ..service.conftest import new_user
from .conftest import ACCURACY, ChatSession
from .corpus import CASES, Case, Outcome

pytestmark = pytest.mark.anyio

REQUIRED = 0.95


async def run_case(app: App, item: Case) -> list[str]:
    """Play one case on a fresh user and return what did not happen as expected."""
    chat = ChatSession(app, await new_user(app))
    ids = [await chat.seed(seed.title, state=seed.state, **seed.fields) for seed in item.seeds]
    if item.before is not None:
        await chat.say(item.before.format(*ids))
    before = await chat.tasks()
    reply = await chat.say(item.say.format(*ids))
    outcome = Outcome(reply.text, reply.calls, ids, before, await chat.tasks())
    return [problem for check in item.checks if (problem := check.problem(outcome))]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_corpus_accuracy(app: App, request: pytest.FixtureRequest) -> None:
    failures: list[str] = []
    for item in CASES:
        problems = await run_case(app, item)
        if problems:
            failures.append(f"{item.say!r}: {'; '.join(problems)}")
    matched = len(CASES) - len(failures)
    request.config.stash[ACCURACY] = (matched, len(CASES), failures)
    accuracy = matched / len(CASES)
    assert accuracy >= REQUIRED, (
        f"accuracy {matched}/{len(CASES)} = {accuracy:.1%} < {REQUIRED:.0%}; missed:\n"
        + "\n".join(failures)
    )


def test_the_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 170
    assert len({item.say.casefold() for item in CASES}) >= 160
