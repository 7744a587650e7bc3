"""What a language model is shown of a conversation: the newest messages that fit."""

from __future__ import annotations

from todo.domain.assistant.chat import CUT, PastMessage, recent_history


def said(*lengths: int) -> list[PastMessage]:
    return [PastMessage("user", str(index) * length) for index, length in enumerate(lengths)]


def test_everything_that_fits_is_shown_in_order() -> None:
    history = said(10, 20, 30)
    assert recent_history(history, 60) == history


def test_the_oldest_messages_go_first() -> None:
    history = said(100, 300, 300)
    assert recent_history(history, 650) == history[1:]  # 50 left: too little for a piece


def test_a_message_that_does_not_fit_whole_is_cut_to_the_room_left() -> None:
    history = said(1000, 300)
    shown = recent_history(history, 800)
    assert [len(past.content) for past in shown] == [500, 300]
    assert shown[0].content == "0" * 499 + CUT
    assert shown[1] == history[1]


def test_too_little_room_for_a_useful_piece_shows_nothing_older() -> None:
    history = said(1000, 750)
    assert recent_history(history, 800) == [history[1]]


def test_one_reply_larger_than_the_room_is_cut() -> None:
    [long] = said(20_000)
    [shown] = recent_history([long], 16_000)
    assert len(shown.content) == 16_000
    assert shown.content.endswith(CUT)
