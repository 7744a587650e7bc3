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
        ("Pls add po: pay the Meralco bill", "add pay the Meralco bill"),
        ("log it: renew the range membership", "add renew the range membership"),
        ("Put for me: English class every Tuesday", "add English class every Tuesday"),
        ("a to-do called chase the payment", "add chase the payment"),
        (
            "Pls delete the pasalubong task po, no need na",
            "Pls delete the pasalubong task , no need",
        ),
        ("and make it due Sunday, hon", "and make it due Sunday"),
        ("anything I gotta do tomorrow?", "anything I have to do tomorrow?"),
        ("I've gotta call the bank", "I've gotta call the bank"),
        ("maybe I oughta get the oil changed", "maybe I ought to get the oil changed"),
        ("push it back a couple days", "push it back a couple of days"),
        ("knock 'em down a peg", "knock them down a peg"),
        ("ID card renewal: set priority to max.", "ID card renewal: set priority to urgent."),
        ("lowest priority please", "low priority please"),
        ("remind me later at 5pm", "remind me today at 5pm"),
        ("call him later today", "call him today"),
        ("shoot, never mind", "never mind"),
        ("Today I made the payment of the fee", "I paid the fee"),
        ("made the booking for the hairdresser", "booked the hairdresser"),
        ("today I fed the cat", "I fed the cat"),
        ("put it at 18h instead of 17h30", "put it at 18:00 instead of 17:30"),
        ("Ahoy. Log this one for me: pump out the bilge", "add pump out the bilge"),
        ("New standing order: pump the bilge every Sunday", "add pump the bilge every Sunday"),
        (
            "Log a daily one: check the mooring lines at 0700",
            "add check the mooring lines at 0700 daily",
        ),
        ("Beg yuh put down fi mi: pay di light bill", "add pay di light bill"),
        ("Mek mi see mi list", "let me see my list"),
        ("Wah overdue?", "what overdue?"),
        (
            "take the car in Sunday morning inshallah, add it",
            "take the car in Sunday morning , add it",
        ),
        ("put it down for today will you", "put it down for today"),
        ("take Mam to chapel Sunday, ten o'clock", "take Mam to chapel Sunday, 10:00"),
        ("remind me 2h before", "remind me 2h before"),
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
        "raise the PO, then email Dana",
        "buy a couple",
        "add 'log it: the mileage'",
        "read later",
        "shoot the video tomorrow",
        "the priority minimum wage task",
        "add sign the po",
        "add chase the po: 4471",
        "add buy milk, eggs, honey",
        "add revisit the budget later at some point",
        "add review the lowest priority bugs",
        "add confirm we made the booking for mum",
        "put a note on it: PO number 4471",
        "add a note to it: only the ones from 2025",
        "make it urgent: the report",
        "Today I need to call the bank",
        "make the payment of the fee on friday",
    ],
)
def test_quotations_and_ordinary_words_are_left_as_written(said: str) -> None:
    assert cleaned(said) == said
