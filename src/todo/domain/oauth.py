"""Applications connected by OAuth 2.1: the clients that registered, what a user granted each
one, and the one-time codes and rotating refresh tokens of those grants.

An AI assistant (Claude's or ChatGPT's connectors, MCP Inspector, Cursor) registers itself as a
*client* (RFC 7591), sends its user to approve it, and gets a *grant*: the user's consent to
that client for some scopes, on this server's MCP endpoint (the *resource*, RFC 8707). A grant
is what a user sees and revokes as a "connected application"; its access tokens name it, so
revoking it stops them at once. Only digests of codes and refresh tokens are stored.

A client is known in one of two ways. It registered (RFC 7591) and has an id this server
made; or its id is the ``https`` URL of a *client ID metadata document* it publishes (the MCP
authorization specification's preferred way), which this server fetches, checks and keeps for
a while (:func:`read_client_document`). Such a URL may be longer than a key, so its client is
stored under :func:`client_key`.

The rules here are pure: which redirect URIs a client may use, what a metadata document must
say, and PKCE's check (S256 only).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final
from urllib.parse import urlsplit

from sqlalchemy import JSON, Index
from sqlmodel import Field, SQLModel

#: How long a code waits to be exchanged (RFC 6749 §4.1.2 recommends at most ten minutes).
CODE_LIFETIME: Final = timedelta(minutes=5)
#: How long a refresh token of a grant lives unused; each use gives a new one.
REFRESH_LIFETIME: Final = timedelta(days=30)
#: The most redirect URIs one client may register, and the longest one.
MAX_REDIRECT_URIS: Final = 10
MAX_URI_LENGTH: Final = 2000
#: RFC 7636 §4.1: a verifier is 43 to 128 characters of this alphabet; a S256 challenge is
#: the 43-character base64url SHA-256 of one.
_VERIFIER: Final = re.compile(r"[A-Za-z0-9\-._~]{43,128}")
_CHALLENGE: Final = re.compile(r"[A-Za-z0-9\-_]{43}")
_LOOPBACK_NAMES: Final = frozenset({"localhost"})
#: The largest client ID metadata document fetched (the draft suggests 5 KB).
MAX_DOCUMENT_BYTES: Final = 5 * 1024
#: How long a fetched metadata document is used before it is fetched again: what its
#: ``Cache-Control: max-age`` says, kept within these bounds, or an hour when it says nothing.
DOCUMENT_FRESH: Final = timedelta(hours=1)
DOCUMENT_FRESH_MIN: Final = timedelta(minutes=5)
DOCUMENT_FRESH_MAX: Final = timedelta(hours=24)
_DOCUMENT_KEY: Final = "doc:"
_NAME_MAX: Final = 200


class AuthorizationPublic(SQLModel):
    """A connected application as its user sees it."""

    id: str
    client_id: str
    client_name: str
    scopes: list[str]
    resource: str
    created_at: datetime
    last_used_at: datetime | None


class OAuthClient(SQLModel, table=True):
    """An application that registered itself (RFC 7591); public, so it proves itself with PKCE."""

    __tablename__ = "oauth_clients"

    #: Its id, or for a metadata document, :func:`client_key` of the document's URL.
    client_id: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=200)
    redirect_uris: list[str] = Field(sa_type=JSON)
    #: The metadata it registered, as it is answered back (RFC 7591 §3.2.1), or its document.
    registration: dict[str, Any] = Field(sa_type=JSON)
    created_at: datetime
    #: The URL of its metadata document, which is the id it uses; ``None`` when it registered.
    document_url: str | None = Field(default=None, max_length=MAX_URI_LENGTH)
    #: When its metadata document must be fetched again.
    refresh_after: datetime | None = None

    @property
    def public_id(self) -> str:
        """The id the client itself uses: its metadata document's URL, or the registered id."""
        return self.document_url or self.client_id


class OAuthGrant(SQLModel, table=True):
    """A user's consent to one client, for some scopes on one resource: a connected application."""

    __tablename__ = "oauth_grants"
    __table_args__ = (Index("ix_oauth_grants_user", "user_id", "created_at"),)

    id: str = Field(primary_key=True, max_length=36)
    user_id: str = Field(foreign_key="users.id", ondelete="CASCADE", max_length=64)
    client_id: str = Field(foreign_key="oauth_clients.client_id", ondelete="CASCADE", max_length=64)
    scopes: str = Field(max_length=200)
    resource: str = Field(max_length=MAX_URI_LENGTH)
    created_at: datetime
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None


class OAuthCode(SQLModel, table=True):
    """An authorization code: one exchange, within :data:`CODE_LIFETIME`, by the same client
    with the verifier of its PKCE challenge and the same redirect URI."""

    __tablename__ = "oauth_codes"

    code_hash: str = Field(primary_key=True, max_length=64)
    grant_id: str = Field(foreign_key="oauth_grants.id", ondelete="CASCADE", max_length=36)
    code_challenge: str = Field(max_length=43)
    redirect_uri: str = Field(max_length=MAX_URI_LENGTH)
    expires_at: datetime
    used_at: datetime | None = None


class OAuthRefreshToken(SQLModel, table=True):
    """A refresh token of a grant; using it replaces it, and using a replaced one again revokes
    the grant (someone else holds a copy)."""

    __tablename__ = "oauth_refresh_tokens"
    __table_args__ = (Index("ix_oauth_refresh_tokens_grant", "grant_id"),)

    id: int | None = Field(default=None, primary_key=True)
    grant_id: str = Field(foreign_key="oauth_grants.id", ondelete="CASCADE", max_length=36)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None


def redirect_uri_problem(uri: str) -> str | None:
    """Say why ``uri`` may not be a redirect URI, or ``None``: ``https``, or ``http`` on this
    machine's loopback (a desktop application's local listener), with no fragment."""
    if len(uri) > MAX_URI_LENGTH:
        return "A redirect URI may have at most 2,000 characters."
    try:
        parts = urlsplit(uri)
        host = parts.hostname or ""
    except ValueError:
        return f"'{uri[:100]}' is not a URL."
    if parts.fragment or "#" in uri:
        return "A redirect URI may not have a fragment."
    if parts.scheme == "https" and host:
        return None
    if parts.scheme == "http" and _is_loopback(host):
        return None
    return "A redirect URI must be https, or http on the loopback address (127.0.0.1, [::1])."


def is_document_url(client_id: str) -> bool:
    """Tell whether ``client_id`` names a client ID metadata document (an ``https`` URL)."""
    return client_id.startswith("https://")


def client_key(client_id: str) -> str:
    """Return the key the client ``client_id`` is stored under: a registered client's id, and
    for a metadata document's URL (which may be longer than a key) ``doc:`` and its SHA-256."""
    if is_document_url(client_id):
        return _DOCUMENT_KEY + hashlib.sha256(client_id.encode()).hexdigest()[:60]
    return client_id


def document_url_problem(url: str) -> str | None:
    """Say why ``url`` cannot identify a client by its metadata document, or ``None``: it is
    ``https`` with a host and a path other than ``/``, and has no user, password, fragment or
    ``.`` / ``..`` segment."""
    if len(url) > MAX_URI_LENGTH:
        return "A client's metadata URL may have at most 2,000 characters."
    try:
        parts = urlsplit(url)
        host, _port = parts.hostname, parts.port
    except ValueError:
        return "The client's id is not a URL."
    if parts.scheme != "https" or not host:
        return "A client's metadata URL must be https."
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return "A client's metadata URL may not name a user or a password."
    if parts.fragment or "#" in url:
        return "A client's metadata URL may not have a fragment."
    segments = parts.path.split("/")
    if parts.path in ("", "/") or any(segment in (".", "..") for segment in segments):
        return "A client's metadata URL must have a path, without '.' or '..' segments."
    return None


@dataclass(frozen=True)
class ClientDocument:
    """What a client's metadata document says, checked."""

    name: str
    redirect_uris: tuple[str, ...]
    document: dict[str, Any]


def read_client_document(url: str, body: bytes) -> ClientDocument:
    """Read the metadata document fetched from ``url``; raise :class:`ValueError` with a
    sentence when it is not one this server takes.

    It must be a JSON object whose ``client_id`` is ``url`` exactly, with one to ten valid
    ``redirect_uris``; the client must be public (``token_endpoint_auth_method`` absent or
    ``none``, no ``client_secret``) and use the authorization code grant. Its ``client_name``
    is shown on the consent page (the URL's host when it has none).
    """
    if len(body) > MAX_DOCUMENT_BYTES:
        raise ValueError("The metadata document is larger than 5 KB.")
    try:
        document = json.loads(body)
    except ValueError:
        raise ValueError("The metadata document is not JSON.") from None
    if not isinstance(document, dict):
        raise ValueError("The metadata document is not a JSON object.")
    if document.get("client_id") != url:
        raise ValueError("The metadata document's client_id is not its own URL.")
    if "client_secret" in document or document.get("token_endpoint_auth_method") not in (
        None,
        "none",
    ):
        raise ValueError("Only public clients (token_endpoint_auth_method none) are taken.")
    grants = document.get("grant_types", ["authorization_code"])
    responses = document.get("response_types", ["code"])
    if not isinstance(grants, list) or "authorization_code" not in grants:
        raise ValueError("The client must use the authorization code grant.")
    if not isinstance(responses, list) or "code" not in responses:
        raise ValueError("The client must use response_type code.")
    uris = document.get("redirect_uris")
    if not isinstance(uris, list) or not uris or len(uris) > MAX_REDIRECT_URIS:
        raise ValueError(f"The metadata document must list 1 to {MAX_REDIRECT_URIS} redirect URIs.")
    for uri in uris:
        problem = redirect_uri_problem(uri) if isinstance(uri, str) else "A URI is not a string."
        if problem is not None:
            raise ValueError(problem)
    name = document.get("client_name")
    if not isinstance(name, str) or not name.strip():
        name = urlsplit(url).hostname or url
    return ClientDocument(name.strip()[:_NAME_MAX], tuple(uris), document)


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def valid_challenge(challenge: str) -> bool:
    """Tell whether ``challenge`` has the form of an S256 PKCE challenge."""
    return _CHALLENGE.fullmatch(challenge) is not None


def verifier_matches(verifier: str, challenge: str) -> bool:
    """Tell whether ``verifier`` is the one the S256 ``challenge`` was made from (RFC 7636 §4.6)."""
    if _VERIFIER.fullmatch(verifier) is None:
        return False
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    made = base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")
    return hmac.compare_digest(made, challenge)
