"""Passwords, signed access tokens, opaque tokens and the signing key.

- Passwords are hashed with argon2id (pwdlib), off the event loop, on threads of their own: a
  few at a time (each takes 64 MiB), and never queued behind other work on the shared threads.
- Access tokens are short-lived HS256 JWTs carrying the user, role, time zone and scopes, so that
  a request needs no database read to know who is asking.
- Refresh tokens and personal access tokens are 256 random bits, stored only as SHA-256: a slow
  hash per request would dominate the CPU, and 256 bits need no stretching.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import jwt
from anyio.lowlevel import RunVar
from pwdlib import PasswordHash

from todo.adapters.local_state import private_directory
from todo.config import MIN_SECRET_BYTES
from todo.domain.scopes import Scope
from todo.errors import ConfigurationError, Unauthorized

ISSUER = "todo-evolution"
#: Passwords hashed or checked at once, whatever else runs on worker threads.
HASHING_THREADS = max(2, min(8, os.cpu_count() or 2))
_BAD_TOKEN = "The access token is not valid; sign in again."
_EXPIRED_TOKEN = "The access token has expired; refresh it or sign in again."


class PasswordHasher:
    """argon2id hashes, checked in worker threads so the event loop never waits on them.

    The threads have a limiter of their own (:data:`HASHING_THREADS` at once): work queued on the
    shared default threads (recurrence, key fetches) cannot hold sign-in up, and a burst of
    sign-ins cannot take more memory than that many hashes need. ``hasher`` replaces pwdlib's
    recommended argon2id parameters (test suites use cheaper ones; the product never does).
    """

    def __init__(
        self, *, threads: int = HASHING_THREADS, hasher: PasswordHash | None = None
    ) -> None:
        self._hash = hasher or PasswordHash.recommended()
        self._dummy: str | None = None
        self._threads = threads
        self._limiters: RunVar[anyio.CapacityLimiter] = RunVar(f"hashing-{id(self)}")

    def _limiter_here(self) -> anyio.CapacityLimiter:
        # One per event loop, made on first use: a limiter belongs to the loop it is made in.
        try:
            return self._limiters.get()
        except LookupError:
            limiter = anyio.CapacityLimiter(self._threads)
            self._limiters.set(limiter)
            return limiter

    async def hash(self, password: str) -> str:
        """Return the argon2id hash of ``password``."""
        return await anyio.to_thread.run_sync(
            self._hash.hash, password, limiter=self._limiter_here()
        )

    async def verify(self, password: str, hashed: str | None) -> bool:
        """Tell whether ``password`` matches ``hashed``; takes as long when there is no hash.

        Checking against a throw-away hash when the account does not exist keeps the response
        time from telling which e-mails have accounts.
        """
        limiter = self._limiter_here()
        if hashed is None:
            if self._dummy is None:
                self._dummy = await self.hash(secrets.token_urlsafe(16))
            await anyio.to_thread.run_sync(
                self._hash.verify, password, self._dummy, limiter=limiter
            )
            return False
        return await anyio.to_thread.run_sync(self._hash.verify, password, hashed, limiter=limiter)


@dataclass(frozen=True)
class AccessClaims:
    """What a valid access token says about its bearer."""

    user_id: str
    role: str
    timezone: str
    scopes: frozenset[Scope]
    expires_at: datetime
    #: For a connected application's token: the grant it was issued under (revoking the grant
    #: stops the token), the client, and the resource it is for (``aud``, RFC 8707).
    grant_id: str | None = None
    client_id: str | None = None
    audience: str | None = None


#: How many verified access tokens each process remembers (a few hundred bytes each).
VERIFIED_TOKENS_KEPT = 4096
_SCOPES = {scope.value: scope for scope in Scope}


class AccessTokens:
    """Issues and reads the product's own HS256 access tokens."""

    def __init__(self, key: bytes, *, lifetime: timedelta) -> None:
        self._key = key
        self.lifetime = lifetime
        # Tokens whose signature and claims were checked, with what they said: a client sends
        # the same token with every request until it expires. Bounded; the oldest go first.
        self._verified: OrderedDict[str, AccessClaims] = OrderedDict()

    @staticmethod
    def _is_foreign(token: str) -> bool:
        """Tell whether a token that failed our checks was never meant to be ours."""
        parts = _unverified(token)
        if parts is None:
            return False
        header, claims = parts
        return claims.get("iss") != ISSUER or header.get("alg") != "HS256"

    def issue(
        self,
        *,
        user_id: str,
        role: str,
        timezone: str,
        scopes: frozenset[Scope],
        now: datetime,
        grant_id: str | None = None,
        client_id: str | None = None,
        audience: str | None = None,
    ) -> str:
        """Return a signed access token for the user, valid for :attr:`lifetime` from ``now``;
        a connected application's names its grant, its client and its resource."""
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "sub": user_id,
            "iat": int(now.timestamp()),
            "exp": int((now + self.lifetime).timestamp()),
            "typ": "access",
            "role": role,
            "tz": timezone,
            "scope": " ".join(sorted(scopes)),
        }
        if grant_id is not None:
            claims.update(gid=grant_id, client_id=client_id, aud=audience)
        return jwt.encode(claims, self._key, algorithm="HS256")

    def seal(
        self, claims: dict[str, Any], *, purpose: str, now: datetime, lifetime: timedelta
    ) -> str:
        """Return ``claims`` signed for ``purpose``, valid for ``lifetime``: what a page hands
        back to the server unchanged (the consent page's request)."""
        body = {**claims, "typ": purpose, "iss": ISSUER, "exp": int((now + lifetime).timestamp())}
        return jwt.encode(body, self._key, algorithm="HS256")

    def unseal(self, token: str, *, purpose: str, now: datetime) -> dict[str, Any] | None:
        """Return what :meth:`seal` signed for ``purpose``, or ``None`` when the token is forged,
        expired or for another purpose."""
        try:
            claims: dict[str, Any] = jwt.decode(
                token[:8000],
                self._key,
                algorithms=["HS256"],
                issuer=ISSUER,
                options={"require": ["exp"], "verify_exp": False, "verify_aud": False},
            )
        except jwt.PyJWTError:
            return None
        if claims.get("typ") != purpose or int(claims["exp"]) <= now.timestamp():
            return None
        return claims

    def read(self, token: str, *, now: datetime) -> AccessClaims | None:
        """Return the claims of one of our tokens, ``None`` for a token of another issuer.

        Raises :class:`Unauthorized` for our own tokens that are expired or forged. A token
        read before is not verified again (its claims cannot change), only its expiry.
        """
        known = self._verified.get(token)
        if known is not None:
            if known.expires_at <= now:
                del self._verified[token]
                raise Unauthorized(_EXPIRED_TOKEN)
            return known
        try:
            # Expiry is checked below against the product's clock; "issued at" is not checked,
            # so that replicas whose clocks differ a little accept each other's tokens.
            claims: dict[str, Any] = jwt.decode(
                token,
                self._key,
                algorithms=["HS256"],
                issuer=ISSUER,
                options={
                    "require": ["exp", "iat", "sub"],
                    "verify_exp": False,
                    "verify_iat": False,
                    # A connected application's token names its resource; the grant it names
                    # is what decides (see authenticate).
                    "verify_aud": False,
                },
            )
        except jwt.PyJWTError as exc:
            if self._is_foreign(token):
                return None
            raise Unauthorized(_BAD_TOKEN) from exc
        if claims.get("typ") != "access":
            raise Unauthorized(_BAD_TOKEN)
        if int(claims["exp"]) <= now.timestamp():
            raise Unauthorized(_EXPIRED_TOKEN)
        granted = str(claims.get("scope", "")).split()
        scopes = frozenset(_SCOPES[name] for name in granted if name in _SCOPES)
        read = AccessClaims(
            user_id=str(claims["sub"]),
            role=str(claims.get("role", "user")),
            timezone=str(claims.get("tz", "UTC")),
            scopes=scopes,
            expires_at=datetime.fromtimestamp(int(claims["exp"]), tz=UTC),
            grant_id=_text(claims.get("gid")),
            client_id=_text(claims.get("client_id")),
            audience=_text(claims.get("aud")),
        )
        self._verified[token] = read
        if len(self._verified) > VERIFIED_TOKENS_KEPT:
            self._verified.popitem(last=False)
        return read


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _unverified(token: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    try:
        return jwt.get_unverified_header(token), jwt.decode(
            token, options={"verify_signature": False}
        )
    except jwt.PyJWTError:
        return None


def new_opaque_token(prefix: str = "") -> str:
    """Return a new random token of 256 bits, URL-safe, with an optional prefix."""
    return prefix + secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Return the SHA-256 (hex) under which an opaque token is stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def signing_key(configured: str | None, *, home: Path, production: bool) -> bytes:
    """Return the key that signs access tokens.

    A configured key must be at least 32 bytes. Without one, production refuses to start; any
    other environment generates a random key once and keeps it in ``home/secret_key`` (mode 0600,
    in a directory of mode 0700), and refuses a kept key shorter than 32 bytes (an emptied or
    truncated file would let anyone sign tokens).
    """
    if configured is not None:
        key = configured.encode()
        if len(key) < MIN_SECRET_BYTES:
            raise ConfigurationError(
                f"TODO_SECRET_KEY must be at least {MIN_SECRET_BYTES} bytes; "
                'generate one with: python -c "import secrets; print(secrets.token_urlsafe(48))"'
            )
        return key
    if production:
        raise ConfigurationError(
            "TODO_ENV=production needs TODO_SECRET_KEY (at least 32 bytes); the generated "
            "development key is refused in production."
        )
    path = private_directory(Path(home).expanduser()) / "secret_key"
    if path.exists():
        key = path.read_bytes().strip()
        if len(key) < MIN_SECRET_BYTES:
            raise ConfigurationError(
                f"The signing key kept in {path} is shorter than {MIN_SECRET_BYTES} bytes; "
                "delete the file to have a new one made (everyone will sign in again), or set "
                "TODO_SECRET_KEY."
            )
        return key
    key = secrets.token_urlsafe(48).encode()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    return key


@dataclass(frozen=True)
class AuthKit:
    """Everything the account services need to check and issue credentials."""

    passwords: PasswordHasher
    access_tokens: AccessTokens
    refresh_lifetime: timedelta
    external: Any  # ExternalTokens; typed loosely so that this module stays import-light
