"""An ``https`` site on this machine's loopback, for what the server fetches from the web (OAuth
client metadata documents): a certificate authority made for the run (trustme), a real TLS
listener on ``127.0.0.1``, and answers set per path by the test.

The site is ``https://localhost:PORT``; a server that fetches from it must be told to trust
:attr:`HttpsHost.ca_file` and to allow ``localhost`` on a private address, which is exactly
what it refuses by default.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import h11
import trustme


@dataclass
class Answer:
    """What the site answers on one path."""

    status: int = 200
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    #: Seconds to wait before answering at all.
    delay: float = 0.0


@dataclass
class HttpsHost:
    """The running site: its base URL, the CA that signed its certificate, its answers, and the
    requests it received (their paths)."""

    url: str
    ca_file: Path
    answers: dict[str, Answer] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)

    def serve(self, path: str, document: Any = None, **answer: Any) -> str:
        """Answer ``path`` with ``document`` as JSON (or the :class:`Answer` fields given) and
        return its URL."""
        if document is not None:
            answer.setdefault("body", json.dumps(document).encode())
            answer.setdefault("headers", [("Content-Type", "application/json")])
        self.answers[path] = Answer(**answer)
        return self.url + path

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        http = h11.Connection(h11.SERVER)
        try:
            while True:
                event = http.next_event()
                if event is h11.NEED_DATA:
                    http.receive_data(await reader.read(4096))
                    continue
                if isinstance(event, h11.Request):
                    path = event.target.decode()
                    self.requests.append(path)
                    answer = self.answers.get(path, Answer(status=404))
                    await asyncio.sleep(answer.delay)
                    headers = [*answer.headers, ("Content-Length", str(len(answer.body)))]
                    head = h11.Response(status_code=answer.status, headers=headers)
                    writer.write(http.send(head) or b"")
                    writer.write(http.send(h11.Data(data=answer.body)) or b"")
                    writer.write(http.send(h11.EndOfMessage()) or b"")
                    await writer.drain()
                    return
                return  # the connection closed, or something other than a request came
        except (OSError, h11.ProtocolError, ssl.SSLError):
            return
        finally:
            writer.close()
            with suppress(OSError, ssl.SSLError):
                await writer.wait_closed()


@asynccontextmanager
async def https_host(directory: Path) -> AsyncIterator[HttpsHost]:
    """Run an ``https`` site for ``localhost`` on a free loopback port; its CA is written to
    ``directory``."""
    authority = trustme.CA()
    certificate = authority.issue_cert("localhost", "127.0.0.1")
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    certificate.configure_cert(tls)
    ca_file = directory / "test-ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    site = HttpsHost(url="", ca_file=ca_file)
    server = await asyncio.start_server(site._handle, "127.0.0.1", 0, ssl=tls)
    port = server.sockets[0].getsockname()[1]
    site.url = f"https://localhost:{port}"
    try:
        yield site
    finally:
        server.close()
        with suppress(TimeoutError):
            await asyncio.wait_for(server.wait_closed(), 5)
