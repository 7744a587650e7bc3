"""What a ``kafka://`` broker URL says: the servers, how to sign in, TLS, and how topics are made.

``kafka://[user:password@]host:port[,host:port…][?option=value&…]``, with the options:

* ``security_protocol``: ``PLAINTEXT``, ``SSL``, ``SASL_PLAINTEXT`` or ``SASL_SSL``. The default
  is ``SASL_SSL`` when the URL holds a user name (a password sent in the clear is never the
  default) and ``PLAINTEXT`` otherwise;
* ``sasl_mechanism``: ``PLAIN`` (the default), ``SCRAM-SHA-256`` or ``SCRAM-SHA-512``;
* ``ssl_cafile``: the certificate authorities to trust (PEM; else the system's);
  ``ssl_certfile`` and ``ssl_keyfile``: this client's certificate and key, for brokers that ask
  for one;
* ``partitions``: how many partitions each topic is made with (default 6): the most members of
  one consumer group that share its work;
* ``replication_factor``: how many brokers keep each partition (default: 3, or fewer when the
  cluster has fewer brokers).

Example: ``kafka://todo:s3cret@kafka-1:9093,kafka-2:9093?sasl_mechanism=SCRAM-SHA-512``.
User names and passwords are percent-decoded, as in any URL (``p%40ss`` is ``p@ss``).
"""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urlsplit

if TYPE_CHECKING:
    from faststream.security import BaseSecurity

SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")
OPTIONS = (
    "security_protocol",
    "sasl_mechanism",
    "ssl_cafile",
    "ssl_certfile",
    "ssl_keyfile",
    "partitions",
    "replication_factor",
)
#: Partitions per topic unless the URL says otherwise.
DEFAULT_PARTITIONS = 6
#: Copies of each partition unless the URL says otherwise (fewer on a smaller cluster).
DEFAULT_REPLICATION = 3
#: The most partitions and copies a URL may ask for.
MAX_PARTITIONS, MAX_REPLICATION = 1000, 10


@dataclass(frozen=True)
class KafkaURL:
    """The parts of a ``kafka://`` URL: ``KafkaURL.parse("kafka://kafka:9092?partitions=12")``."""

    servers: list[str]
    username: str | None = None
    password: str | None = None
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str = "PLAIN"
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None
    partitions: int = DEFAULT_PARTITIONS
    #: ``None``: as many as the cluster has brokers, at most :data:`DEFAULT_REPLICATION`.
    replication_factor: int | None = None

    @classmethod
    def parse(cls, url: str) -> KafkaURL:
        """Read ``url``; raise :class:`ValueError` with one sentence naming what is wrong (never
        quoting the password)."""
        parts = urlsplit(url)
        userinfo, _, hosts = parts.netloc.rpartition("@")
        servers = [server for server in hosts.split(",") if server]
        if not servers:
            raise ValueError("The Kafka URL names no server: kafka://host:9092.")
        user, _, password = userinfo.partition(":")
        try:
            given = dict(
                parse_qsl(parts.query, strict_parsing=bool(parts.query), max_num_fields=20)
            )
        except ValueError as error:
            raise ValueError(f"The Kafka URL's options cannot be read: {error}.") from None
        unknown = sorted(set(given) - set(OPTIONS))
        if unknown:
            raise ValueError(
                f"The Kafka URL has an unknown option {unknown[0]!r}; "
                f"the options are {', '.join(OPTIONS)}."
            )
        protocol = given.get("security_protocol", "SASL_SSL" if user else "PLAINTEXT").upper()
        mechanism = given.get("sasl_mechanism", "PLAIN").upper()
        if protocol not in SECURITY_PROTOCOLS:
            raise ValueError(f"security_protocol must be one of {', '.join(SECURITY_PROTOCOLS)}.")
        if mechanism not in SASL_MECHANISMS:
            raise ValueError(f"sasl_mechanism must be one of {', '.join(SASL_MECHANISMS)}.")
        if protocol.startswith("SASL") and not (user and password):
            raise ValueError(f"{protocol} needs a user and a password: kafka://user:password@….")
        if ("ssl_keyfile" in given) != ("ssl_certfile" in given):
            raise ValueError("ssl_certfile and ssl_keyfile go together.")
        replication = given.get("replication_factor")
        return cls(
            servers=servers,
            username=unquote(user) or None,
            password=unquote(password) or None,
            security_protocol=protocol,
            sasl_mechanism=mechanism,
            ssl_cafile=given.get("ssl_cafile"),
            ssl_certfile=given.get("ssl_certfile"),
            ssl_keyfile=given.get("ssl_keyfile"),
            partitions=_count(given, "partitions", DEFAULT_PARTITIONS, MAX_PARTITIONS),
            replication_factor=(
                None
                if replication is None
                else _count(given, "replication_factor", DEFAULT_REPLICATION, MAX_REPLICATION)
            ),
        )

    @property
    def tls(self) -> bool:
        """Whether the connection is encrypted."""
        return self.security_protocol in ("SSL", "SASL_SSL")

    def ssl_context(self) -> ssl.SSLContext | None:
        """The TLS settings (the CA and client certificate files read now), or ``None``."""
        if not self.tls:
            return None
        files = {"ssl_cafile": self.ssl_cafile, "ssl_certfile": self.ssl_certfile}
        files["ssl_keyfile"] = self.ssl_keyfile
        for option, path in files.items():
            if path is not None and not os.access(path, os.R_OK):
                raise ValueError(f"The Kafka URL's {option} {path} cannot be read.")
        try:
            context = ssl.create_default_context(cafile=self.ssl_cafile)
            if self.ssl_certfile and self.ssl_keyfile:
                context.load_cert_chain(self.ssl_certfile, self.ssl_keyfile)
        except (OSError, ValueError) as error:  # ssl.SSLError is an OSError
            raise ValueError(f"The Kafka TLS files cannot be used: {error}.") from None
        return context

    def security(self) -> BaseSecurity | None:
        """FastStream's security settings for this URL (``None``: plain text, no sign-in)."""
        from faststream.security import BaseSecurity, SASLPlaintext, SASLScram256, SASLScram512

        context = self.ssl_context()
        if not self.security_protocol.startswith("SASL"):
            return BaseSecurity(ssl_context=context, use_ssl=True) if self.tls else None
        kind = {
            "PLAIN": SASLPlaintext,
            "SCRAM-SHA-256": SASLScram256,
            "SCRAM-SHA-512": SASLScram512,
        }[self.sasl_mechanism]
        # parse() made sure that both are there.
        return kind(self.username or "", self.password or "", ssl_context=context, use_ssl=self.tls)


def _count(given: dict[str, str], name: str, default: int, most: int) -> int:
    value = given.get(name)
    if value is None:
        return default
    if not value.isdigit() or not 1 <= int(value) <= most:
        raise ValueError(f"{name} must be a whole number from 1 to {most}.")
    return int(value)
