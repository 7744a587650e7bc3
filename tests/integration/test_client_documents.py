"""Fetching client metadata documents from a real TLS site on loopback: what is fetched, and
each way a client could aim the server somewhere it should not go, refused."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from todo.adapters.client_documents import ClientDocuments, DocumentUnavailable
from todo.domain.oauth import DOCUMENT_FRESH, DOCUMENT_FRESH_MAX, DOCUMENT_FRESH_MIN

from ..https_host import HttpsHost, https_host

pytestmark = pytest.mark.anyio

DOCUMENT = {"client_id": "set per test", "redirect_uris": ["http://127.0.0.1:1/cb"]}


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[HttpsHost]:
    async with https_host(tmp_path) as running:
        yield running


def trusting(site: HttpsHost, **options: float) -> ClientDocuments:
    """A fetcher that trusts the site's CA and lets ``localhost`` be on a private address."""
    return ClientDocuments(
        private_hosts=frozenset({"LocalHost"}), ca_file=str(site.ca_file), **options
    )


async def test_a_document_is_fetched_with_how_long_it_stays_fresh(site: HttpsHost) -> None:
    url = site.serve("/client.json?v=1", DOCUMENT)
    fetched = await trusting(site).fetch(url)
    assert fetched.body.startswith(b'{"client_id"')
    assert fetched.fresh_for == DOCUMENT_FRESH
    assert site.requests == ["/client.json?v=1"]


@pytest.mark.parametrize(
    ("cache_control", "fresh_for"),
    [
        ("public, max-age=7200", timedelta(hours=2)),
        ('max-age="600"', timedelta(minutes=10)),
        ("max-age=5", DOCUMENT_FRESH_MIN),
        ("max-age=999999999", DOCUMENT_FRESH_MAX),
        ("no-store", DOCUMENT_FRESH_MIN),
        ("private", DOCUMENT_FRESH),
    ],
)
async def test_cache_control_is_followed_within_bounds(
    site: HttpsHost, cache_control: str, fresh_for: timedelta
) -> None:
    url = site.serve(
        "/client.json",
        body=b"{}",
        headers=[("Content-Type", "application/json"), ("Cache-Control", cache_control)],
    )
    assert (await trusting(site).fetch(url)).fresh_for == fresh_for


@pytest.mark.parametrize(
    "url",
    [
        "https://localhost:{port}/client.json",
        "https://127.0.0.1:{port}/client.json",
        "https://[::ffff:127.0.0.1]:{port}/client.json",
        "https://10.1.2.3:{port}/client.json",
        "https://169.254.169.254:{port}/latest/meta-data",
        "https://100.64.0.1:{port}/client.json",
        "https://[fe80::1]:{port}/client.json",
        "https://0.0.0.0:{port}/client.json",
        "https://[64:ff9b::7f00:1]:{port}/client.json",
        "https://[2002:7f00:1::1]:{port}/client.json",
    ],
)
async def test_private_and_loopback_addresses_are_refused_before_connecting(
    site: HttpsHost, url: str
) -> None:
    site.serve("/client.json", DOCUMENT)
    port = site.url.rsplit(":", 1)[1]
    documents = ClientDocuments(ca_file=str(site.ca_file))  # no host allowed on private networks
    with pytest.raises(DocumentUnavailable, match="not on a public address"):
        await documents.fetch(url.format(port=port))
    assert site.requests == []


async def test_a_host_allowed_on_private_networks_is_that_host_only(site: HttpsHost) -> None:
    url = site.serve("/client.json", DOCUMENT).replace("localhost", "127.0.0.1")
    with pytest.raises(DocumentUnavailable, match="not on a public address"):
        await trusting(site).fetch(url)


async def test_a_certificate_not_trusted_is_refused(site: HttpsHost) -> None:
    url = site.serve("/client.json", DOCUMENT)
    documents = ClientDocuments(private_hosts=frozenset({"localhost"}))  # the system CAs only
    with pytest.raises(DocumentUnavailable, match="certificate is not trusted"):
        await documents.fetch(url)


async def test_a_redirect_is_not_followed(site: HttpsHost) -> None:
    site.serve("/inside.json", DOCUMENT)
    url = site.serve("/client.json", status=302, headers=[("Location", site.url + "/inside.json")])
    with pytest.raises(DocumentUnavailable, match="redirect"):
        await trusting(site).fetch(url)
    assert site.requests == ["/client.json"]


@pytest.mark.parametrize("status", [404, 500, 204])
async def test_an_answer_other_than_200_is_refused(site: HttpsHost, status: int) -> None:
    url = site.serve("/client.json", status=status)
    with pytest.raises(DocumentUnavailable, match=f"answered {status}"):
        await trusting(site).fetch(url)


async def test_a_document_over_5_kb_is_not_read(site: HttpsHost) -> None:
    url = site.serve("/client.json", body=b" " * (5 * 1024 + 1))
    with pytest.raises(DocumentUnavailable, match="larger than 5 KB"):
        await trusting(site).fetch(url)


async def test_a_site_that_does_not_answer_is_given_up_on_in_time(site: HttpsHost) -> None:
    url = site.serve("/client.json", DOCUMENT, delay=30)
    started = time.monotonic()
    with pytest.raises(DocumentUnavailable, match="did not answer in time"):
        await trusting(site, timeout=0.5).fetch(url)
    assert time.monotonic() - started < 3


async def test_a_host_that_does_not_resolve_or_listen_is_refused(site: HttpsHost) -> None:
    with pytest.raises(DocumentUnavailable, match="does not resolve"):
        await trusting(site).fetch("https://no-such-host.invalid/client.json")
    closed = site.url.rsplit(":", 1)[0] + ":1/client.json"
    with pytest.raises(DocumentUnavailable, match="could not be reached"):
        await trusting(site).fetch(closed)
