"""The domain's cleaners refuse text no database can store, before any message could echo it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from todo.domain.task_query import TAG_FILTERS_MAX
from todo.domain.tasks import TaskCreate, clean_description, clean_tag, clean_tags, clean_title
from todo.domain.text import text_problem
from todo.errors import Invalid
from todo.services.task_list import search_terms, tag_keys

HOSTILE = ["\x00", "before\x00after", "\ud800", "tag\udcff"]


@pytest.mark.parametrize("value", HOSTILE, ids=repr)
@pytest.mark.parametrize(
    ("clean", "field"),
    [
        (clean_title, "title"),
        (clean_description, "description"),
        (clean_tag, "tags"),
        (lambda value: clean_tags(["fine", value]), "tags"),
        (search_terms, "q"),
        (lambda value: tag_keys(("fine", value)), "tag"),
    ],
    ids=["title", "description", "tag", "tags", "search", "tag filter"],
)
def test_cleaners_refuse_what_no_database_can_store(
    clean: Callable[[str], Any], field: str, value: str
) -> None:
    with pytest.raises(Invalid) as raised:
        clean(value)
    assert [problem.field for problem in raised.value.problems] == [field]
    assert text_problem(raised.value.message) is None  # the message itself can be sent


def test_every_date_field_refuses_it_too() -> None:
    for name in ("due_at", "remind_at"):
        with pytest.raises(ValidationError) as raised:
            TaskCreate.model_validate({"title": "t", name: "tomorrow\x00"})
        assert raised.value.errors()[0]["loc"] == (name,)
        assert "NUL" in raised.value.errors()[0]["msg"]


def test_ordinary_unicode_passes() -> None:
    assert clean_title("  Café  ☕ 日本 ") == "Café ☕ 日本"
    assert clean_tag("#Über") == "Über"
    assert search_terms("naïve café") == ("naïve", "café")


def test_a_list_filters_by_at_most_as_many_tags_as_a_task_carries() -> None:
    assert tag_keys(tuple(f"t{i}" for i in range(TAG_FILTERS_MAX))) == tuple(
        f"t{i}" for i in range(TAG_FILTERS_MAX)
    )
    assert tag_keys(("Home", "#home", "HOME")) == ("home",)
    with pytest.raises(Invalid, match=f"at most {TAG_FILTERS_MAX} tags"):
        tag_keys(tuple(f"t{i}" for i in range(TAG_FILTERS_MAX + 1)))
