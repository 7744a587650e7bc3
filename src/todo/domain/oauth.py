"""Applications connected by OAuth 2.1: the clients that registered, what a user granted each
one, and the one-time codes and rotating refresh tokens of those grants.

An AI assistant (Claude's or ChatGPT's connectors, MCP Inspector, Cursor) registers itself as a
*client* (RFC 7591), sends its user to approve it, and gets a *grant*: the user's consent to
that client for some scopes, on this server's MCP endpoint (the *resource*, RFC 8707). A grant
is what a user sees and revokes as a "connected application"; its access tokens name it, so
revoking it stops them at once. Only digests of codes and refresh tokens are stored.

The rules here are pure: which redirect URIs a client may use, and PKCE's check (S256 only).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import re
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

    client_id: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=200)
    redirect_uris: list[str] = Field(sa_type=JSON)
    #: The metadata it registered, as it is answered back (RFC 7591 §3.2.1).
    registration: dict[str, Any] = Field(sa_type=JSON)
    created_at: datetime


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
