"""Health checks for readiness probes."""

from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

CHECK_TIMEOUT_SECONDS = 2.0


async def check_database(engine: AsyncEngine) -> str | None:
    """Return ``None`` when the database answers, else one sentence saying what is wrong."""
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    except TimeoutError:
        return f"the database did not answer within {CHECK_TIMEOUT_SECONDS:g} seconds"
    except Exception as exc:  # any driver error means "not ready"; say which
        return f"the database cannot be reached: {type(exc).__name__}"
    return None
