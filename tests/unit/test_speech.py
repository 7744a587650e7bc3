"""The noise taken out of a chat message before it is read: pure text, no database."""

from __future__ import annotations

import pytest

from todo.domain.assistant.speech import cleaned


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        (
            "um add uh call the um plumber tomorrow at like ten",
            "add call the plumber tomorrow at ten",
        ),
        ("lowkey need to finish the essay by friday fr", "need to finish the essay by friday"),
        ("add buy bred* bread", "add buy bread"),
        ("make it hihg priority, high*", "make it high priority"),
        ("pick up the prescripton, sorry, prescription", "pick up the prescription"),
        ("renew gym membresip -- membership* -- due next mon", "renew gym membership due next mon"),
        ("tag the flihgt booking as travel, flight* booking", "tag the flight booking as travel"),
        ("meet at 10 o'clock", "meet at 10:00"),
        ("mv dentist fri", "move dentist fri"),
        ("rm task 3", "remove task 3"),
        ("ls", "show my tasks"),
        ("p1 taxes", "make taxes urgent"),
        ("+tag home to 3", "tag 3 with home"),
        ("todo: oil change mon", "add oil change mon"),
        ("todo list", "todo list"),
    ],
)
def test_noise_is_taken_out_and_shorthand_spelt_out(said: str, meant: str) -> None:
    assert cleaned(said) == meant


@pytest.mark.parametrize(
    "said",
    [
        "add 'uh oh squad meeting' tomorrow",
        "rename it to 'bred* and butter'",
        "buy milk, mild cheddar",
        "add 'fr' lesson",
    ],
)
def test_quotations_and_ordinary_words_are_left_as_written(said: str) -> None:
    assert cleaned(said) == said
