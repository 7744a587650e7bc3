"""Access tokens are verified once per process and then remembered: what is remembered must
never let through a token that the full check would refuse."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
import pytest

from todo.adapters.security import VERIFIED_TOKENS_KEPT, AccessTokens
from todo.domain.scopes import Scope
from todo.errors import Unauthorized

KEY = b"k" * 32
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _issue(tokens: AccessTokens, user: str = "u-1", now: datetime = NOW) -> str:
    return tokens.issue(
        user_id=user, role="user", timezone="UTC", scopes=frozenset({Scope.TASKS_READ}), now=now
    )


def test_a_remembered_token_still_expires() -> None:
    tokens = AccessTokens(KEY, lifetime=timedelta(minutes=15))
    token = _issue(tokens)
    assert tokens.read(token, now=NOW) == tokens.read(token, now=NOW + timedelta(minutes=14))
    with pytest.raises(Unauthorized, match="expired"):
        tokens.read(token, now=NOW + timedelta(minutes=15))
    with pytest.raises(Unauthorized, match="expired"):  # and stays so, remembered or not
        tokens.read(token, now=NOW + timedelta(minutes=16))


def test_a_forged_copy_of_a_remembered_token_is_refused() -> None:
    tokens = AccessTokens(KEY, lifetime=timedelta(minutes=15))
    token = _issue(tokens)
    claims = tokens.read(token, now=NOW)
    assert claims is not None
    assert claims.user_id == "u-1"
    forged = jwt.encode(
        {**jwt.decode(token, options={"verify_signature": False}), "sub": "u-2"},
        b"x" * 32,
        algorithm="HS256",
    )
    with pytest.raises(Unauthorized):
        tokens.read(forged, now=NOW)
    header, payload, signature = token.split(".")
    with pytest.raises(Unauthorized):
        tokens.read(f"{header}.{payload}.{signature[:-2]}AA", now=NOW)


def test_the_memory_is_bounded() -> None:
    tokens = AccessTokens(KEY, lifetime=timedelta(minutes=15))
    first = _issue(tokens, "u-0")
    tokens.read(first, now=NOW)
    for number in range(1, VERIFIED_TOKENS_KEPT + 10):
        tokens.read(_issue(tokens, f"u-{number}"), now=NOW)
    assert len(tokens._verified) == VERIFIED_TOKENS_KEPT
    assert first not in tokens._verified
    claims = tokens.read(first, now=NOW)  # verified again, in full
    assert claims is not None
    assert claims.user_id == "u-0"
