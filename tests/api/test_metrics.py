"""``/metrics`` counts each request once, with how long it took."""

from __future__ import annotations

import re

import httpx
import pytest

pytestmark = pytest.mark.anyio


async def test_a_request_is_measured_by_its_own_duration(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).status_code == 200
    metrics = (await client.get("/metrics")).text
    count = re.search(
        r'^todo_http_requests_total\{method="GET",route="/healthz",status="200"\} (\S+)$',
        metrics,
        re.MULTILINE,
    )
    seconds = re.search(
        r'^todo_http_request_duration_seconds_sum\{method="GET",route="/healthz"\} (\S+)$',
        metrics,
        re.MULTILINE,
    )
    assert count is not None, metrics[:2000]
    assert seconds is not None, metrics[:2000]
    assert float(count.group(1)) == 1.0
    assert 0 < float(seconds.group(1)) < 5  # seconds of this request, not of the clock
