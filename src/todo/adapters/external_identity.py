"""Tokens from another identity provider: HS256 with a shared secret, or any algorithm by JWKS.

Keys from a JWKS URL are cached and fetched again when a token names a key id not seen yet, so a
provider can rotate its keys without a restart. A JWKS token is verified with the algorithm its
key states (the JWK's ``alg``; without one, its type's usual one: RS256 for RSA, ES256/384/512 by
curve, EdDSA), never with one the token's own header picks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import anyio.to_thread
import jwt

from todo.domain.text import text_problem
from todo.errors import Unauthorized

_ASYMMETRIC = ["RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "PS256", "PS384", "EdDSA"]
_REJECTED = "The token was not accepted; sign in again."
#: Seconds one fetch of the key set may take.
JWKS_TIMEOUT = 5.0


@dataclass(frozen=True)
class ExternalClaims:
    """Who an external token says its bearer is, and who said so (its ``iss``)."""

    subject: str
    email: str | None
    name: str | None
    expires_at: datetime | None = None
    issuer: str | None = None
    #: Whether the provider says it checked the e-mail (``email_verified``, OpenID Connect).
    email_verified: bool = False


class ExternalTokens:
    """Verifies tokens signed by a configured external issuer."""

    def __init__(
        self,
        *,
        shared_secret: str | None,
        jwks_url: str | None,
        issuer: str | None,
        audience: str | None,
    ) -> None:
        self._secret = shared_secret.encode() if shared_secret else None
        # The key set is cached for five minutes, so removed keys stop working within that; an
        # unknown key id fetches the set again (at most twice a second, each fetch given up after
        # JWKS_TIMEOUT seconds) to follow rotations.
        self._jwks = (
            jwt.PyJWKClient(
                jwks_url,
                cache_keys=False,
                lifespan=300,
                cooldown_duration=0.5,
                timeout=JWKS_TIMEOUT,
            )
            if jwks_url
            else None
        )
        self._issuer = issuer
        self._audience = audience

    @property
    def configured(self) -> bool:
        """Tell whether any external issuer is trusted."""
        return self._secret is not None or self._jwks is not None

    async def read(self, token: str) -> ExternalClaims:
        """Return the claims of a valid external token, or raise :class:`Unauthorized`."""
        try:
            algorithm = jwt.get_unverified_header(token).get("alg")
        except jwt.PyJWTError as exc:
            raise Unauthorized(_REJECTED) from exc
        if algorithm == "HS256" and self._secret is not None:
            claims = self._decode(token, self._secret, ["HS256"])
        elif algorithm in _ASYMMETRIC and self._jwks is not None:
            jwks = self._jwks
            try:
                signing_key = await anyio.to_thread.run_sync(jwks.get_signing_key_from_jwt, token)
            except jwt.PyJWKClientError as exc:
                raise Unauthorized(_REJECTED) from exc
            if signing_key.algorithm_name != algorithm:  # the key decides, not the header
                raise Unauthorized(_REJECTED)
            claims = self._decode(token, signing_key.key, [signing_key.algorithm_name])
        else:
            raise Unauthorized(_REJECTED)
        subject = _text(claims.get("sub"))
        if not subject or len(subject) > 64:
            raise Unauthorized(_REJECTED)
        return ExternalClaims(
            subject=subject,
            email=_text(claims.get("email")),
            name=_text(claims.get("name")),
            expires_at=_moment(claims.get("exp")),
            issuer=_text(claims.get("iss")),
            email_verified=claims.get("email_verified") is True,
        )

    def _decode(self, token: str, key: Any, algorithms: list[str]) -> dict[str, Any]:
        options: dict[str, Any] = {"require": ["exp", "sub"]}
        if self._audience is None:
            options["verify_aud"] = False
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=algorithms,
                audience=self._audience,
                issuer=self._issuer,
                leeway=30,
                options=options,  # type: ignore[arg-type]
            )
        except jwt.PyJWTError as exc:
            raise Unauthorized(_REJECTED) from exc
        return claims


def _text(value: object) -> str | None:
    """Return a claim that is text a database can store (no NUL, no lone surrogate), else None."""
    if isinstance(value, str) and text_problem(value) is None:
        return value
    return None


def _moment(value: object) -> datetime | None:
    """Return a JWT ``exp`` (seconds since the epoch) as an aware UTC datetime."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return None
