"""Fetching OAuth client ID metadata documents without letting a client aim the server at
anything it should not reach.

A client names the URL of its metadata document as its ``client_id``; this server fetches it
when the client first sends a user to the consent page. A URL any stranger chooses is a way
into the network the server sits in (server-side request forgery), so the fetch:

* resolves the host name once, and refuses unless *every* address it resolves to is a public
  one (not loopback, private, link-local, shared, multicast or reserved) — then connects to
  those very addresses (in turn, until one answers), so a second lookup cannot answer
  differently (DNS rebinding);
* speaks only ``https`` with the system's certificate check, for the host named in the URL;
* follows no redirect, reads at most :data:`~todo.domain.oauth.MAX_DOCUMENT_BYTES`, and gives
  up after a few seconds in all; and
* runs at most a few fetches at once in a process.

Hosts an operator names in ``TODO_OAUTH_DOCUMENT_PRIVATE_HOSTS`` may resolve to private
addresses (a company's own assistant inside its network), and ``TODO_OAUTH_DOCUMENT_CA_FILE``
adds certificate authorities to trust (a private CA). HTTP/1.1 is written and read with
``h11``, the protocol library under the server's own HTTP stack.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
import ssl
from dataclasses import dataclass
from datetime import timedelta
from typing import Final
from urllib.parse import urlsplit

import h11

from todo.domain.oauth import (
    DOCUMENT_FRESH,
    DOCUMENT_FRESH_MAX,
    DOCUMENT_FRESH_MIN,
    MAX_DOCUMENT_BYTES,
)

#: The longest a whole fetch may take, lookup, connection and answer included.
FETCH_SECONDS: Final = 5.0
#: How many documents one process fetches at once; more wait their turn.
CONCURRENT_FETCHES: Final = 4
_MAX_AGE: Final = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d{1,9})\"?\s*(?:,|$)", re.IGNORECASE)
_NOT_KEPT: Final = re.compile(r"(?:^|,)\s*(?:no-store|no-cache)\s*(?:,|$)", re.IGNORECASE)
_USER_AGENT: Final = "todo-evolution (OAuth client metadata)"
_NAT64: Final = ipaddress.IPv6Network("64:ff9b::/96")


class DocumentUnavailable(Exception):
    """The document could not be fetched; the message says why, in one sentence."""


@dataclass(frozen=True)
class FetchedDocument:
    """A metadata document's body and how long it may be used before it is fetched again."""

    body: bytes
    fresh_for: timedelta


class ClientDocuments:
    """Fetches client ID metadata documents over ``https`` from public addresses only."""

    def __init__(
        self,
        *,
        private_hosts: frozenset[str] = frozenset(),
        ca_file: str | None = None,
        timeout: float = FETCH_SECONDS,
    ) -> None:
        self._private_hosts = frozenset(host.lower() for host in private_hosts)
        self._tls = ssl.create_default_context()
        if ca_file:
            self._tls.load_verify_locations(cafile=ca_file)
        self._timeout = timeout
        self._turns = asyncio.Semaphore(CONCURRENT_FETCHES)

    async def fetch(self, url: str) -> FetchedDocument:
        """Fetch the document at ``url`` (already checked by
        :func:`~todo.domain.oauth.document_url_problem`); raise :class:`DocumentUnavailable`."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port or 443
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            async with self._turns, asyncio.timeout(self._timeout):
                addresses = await self._public_addresses(host, port)
                return await self._get(addresses, port, host, parts.netloc, target)
        except TimeoutError:
            raise DocumentUnavailable(f"{host} did not answer in time.") from None
        except ssl.SSLError as failed:
            raise DocumentUnavailable(f"{host}'s certificate is not trusted.") from failed
        except (OSError, h11.ProtocolError) as failed:
            raise DocumentUnavailable(f"{host} could not be reached.") from failed

    async def _public_addresses(self, host: str, port: int) -> list[str]:
        """Resolve ``host`` and return the addresses to connect to, refusing any host one of
        whose addresses is not public (unless the operator named it)."""
        try:
            found = await asyncio.get_running_loop().getaddrinfo(
                host, port, type=socket.SOCK_STREAM
            )
        except socket.gaierror:
            raise DocumentUnavailable(f"{host} does not resolve.") from None
        addresses = [str(info[4][0]) for info in found[:20]]
        if not addresses:
            raise DocumentUnavailable(f"{host} does not resolve.")
        if host.lower() not in self._private_hosts and not all(map(_public, addresses)):
            raise DocumentUnavailable(f"{host} is not on a public address.")
        return list(dict.fromkeys(addresses))

    async def _get(
        self, addresses: list[str], port: int, host: str, authority: str, target: str
    ) -> FetchedDocument:
        reader, writer = await self._connect(addresses, port, host)
        try:
            http = h11.Connection(h11.CLIENT)
            request = h11.Request(
                method="GET",
                target=target,
                headers=[
                    ("Host", authority),
                    ("Accept", "application/json"),
                    ("User-Agent", _USER_AGENT),
                    ("Connection", "close"),
                ],
            )
            writer.write(http.send(request) + http.send(h11.EndOfMessage()))
            await writer.drain()
            return await _read(http, reader, host)
        finally:
            writer.close()

    async def _connect(
        self, addresses: list[str], port: int, host: str
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """Open a TLS connection for ``host`` to the first of ``addresses`` that answers."""
        *others, last = addresses
        for address in others:
            try:
                return await asyncio.open_connection(
                    address, port, ssl=self._tls, server_hostname=host
                )
            except OSError:
                continue
        return await asyncio.open_connection(last, port, ssl=self._tls, server_hostname=host)


async def _read(http: h11.Connection, reader: asyncio.StreamReader, host: str) -> FetchedDocument:
    """Read one answer: a ``200`` of at most :data:`MAX_DOCUMENT_BYTES`."""
    body = bytearray()
    fresh_for = DOCUMENT_FRESH
    while True:
        event = http.next_event()
        if event is h11.NEED_DATA:
            http.receive_data(await reader.read(4096))
            continue
        if isinstance(event, h11.Response):
            if 300 <= event.status_code < 400:
                raise DocumentUnavailable(f"{host} answered with a redirect; none is followed.")
            if event.status_code != 200:
                raise DocumentUnavailable(f"{host} answered {event.status_code}.")
            headers = {name.decode(): value.decode("latin-1") for name, value in event.headers}
            if int(headers.get("content-length", "0") or 0) > MAX_DOCUMENT_BYTES:
                raise DocumentUnavailable("The metadata document is larger than 5 KB.")
            fresh_for = _fresh_for(headers.get("cache-control", ""))
        elif isinstance(event, h11.Data):
            body += event.data
            if len(body) > MAX_DOCUMENT_BYTES:
                raise DocumentUnavailable("The metadata document is larger than 5 KB.")
        elif isinstance(event, h11.EndOfMessage):
            return FetchedDocument(bytes(body), fresh_for)
        elif isinstance(event, h11.ConnectionClosed):
            raise DocumentUnavailable(f"{host} closed the connection before answering.")


def _fresh_for(cache_control: str) -> timedelta:
    """Return how long an answer with this ``Cache-Control`` may be used."""
    cache_control = cache_control[:500]
    if _NOT_KEPT.search(cache_control):
        return DOCUMENT_FRESH_MIN
    found = _MAX_AGE.search(cache_control)
    if found is None:
        return DOCUMENT_FRESH
    return min(max(timedelta(seconds=int(found.group(1))), DOCUMENT_FRESH_MIN), DOCUMENT_FRESH_MAX)


def _public(address: str) -> bool:
    """Tell whether ``address`` is on the public internet (an IPv4-mapped IPv6 address is
    judged as the IPv4 address it carries)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv6 address that carries an IPv4 one (mapped, 6to4, NAT64) is judged by it.
        carried = ip.ipv4_mapped or ip.sixtofour
        if carried is None and ip in _NAT64:
            carried = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if carried is not None:
            ip = carried
    return ip.is_global and not ip.is_multicast
