"""Stored passwords are hashed at the recommended argon2id cost (the suite's fixtures use a
cheaper one for speed: this is the check that the product does not)."""

from __future__ import annotations

import pytest

from todo.adapters.security import PasswordHasher

pytestmark = pytest.mark.anyio


async def test_the_product_hashes_with_argon2id_at_the_recommended_cost() -> None:
    hashed = await PasswordHasher().hash("correct horse battery staple")
    variant, version, parameters = hashed.split("$")[1:4]
    assert (variant, version) == ("argon2id", "v=19")
    cost = dict(part.split("=") for part in parameters.split(","))
    assert int(cost["m"]) >= 65536  # KiB of memory
    assert int(cost["t"]) >= 3  # passes
    assert await PasswordHasher().verify("correct horse battery staple", hashed)
