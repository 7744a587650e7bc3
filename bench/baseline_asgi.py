"""The baseline of the list call: a bare Starlette handler with asyncpg, PyJWT and orjson.

It does what ``GET /api/v1/tasks`` does on its default first page, with nothing else: verify our
HS256 access token, select the user's first 50 live tasks ordered by ``created_at DESC, id DESC``
(51 rows, to know whether there is a next page), fetch their tags in one more query, and write
the same JSON page (``items`` and ``next_cursor``). One uvicorn worker, same server options as
``todo serve``. ``bench/api_load.py`` starts it and loads it alongside the real server.

    BASELINE_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/DB \\
    BASELINE_SECRET_KEY=... .venv/bin/python bench/baseline_asgi.py --port 8001
"""

from __future__ import annotations

import argparse
import base64
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC
from typing import Any

import asyncpg  # type: ignore[import-untyped]
import jwt
import orjson
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

ISSUER = "todo-evolution"
PAGE = 50
PRIORITIES = ("none", "low", "medium", "high", "urgent")
COLUMNS = (
    "id, user_id, title, description, completed, completed_at, priority, due_at, all_day, "
    "remind_at, recurrence, series_id, created_at, updated_at, deleted_at, version"
)
LIST = (
    f"SELECT {COLUMNS} FROM tasks WHERE user_id = $1 AND deleted_at IS NULL "
    f"ORDER BY created_at DESC, id DESC LIMIT {PAGE + 1}"
)
TAGS = (
    "SELECT tt.task_id, t.name FROM task_tags tt JOIN tags t ON t.id = tt.tag_id "
    "WHERE tt.task_id = ANY($1::bigint[]) ORDER BY t.key"
)
UNAUTHORIZED = Response(
    b'{"status":401,"title":"Unauthorized"}',
    status_code=401,
    media_type="application/problem+json",
    headers={"WWW-Authenticate": 'Bearer realm="todo"'},
)


def _user_of(request: Request, secret: str) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=["HS256"],
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError:
        return None
    return str(claims["sub"]) if claims.get("typ") == "access" else None


def _item(row: Any, tags: list[str]) -> dict[str, Any]:
    item = dict(row)
    item["priority"] = PRIORITIES[row["priority"]]
    if row["due_at"] is not None and row["all_day"]:
        item["due_at"] = row["due_at"].astimezone(UTC).date()
    item["tags"] = tags
    return item


def _cursor(row: Any) -> str:
    payload = orjson.dumps(["created", "desc", row["created_at"].isoformat(), row["id"]])
    return base64.urlsafe_b64encode(payload).decode().rstrip("=")


def create_app(database_url: str, secret: str) -> Starlette:
    """Return the baseline app on ``database_url`` (a plain ``postgresql://`` URL)."""
    pool: Any = None

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        nonlocal pool
        # The same bounds as SQLAlchemy's default pool behind the real server (5 + 10 overflow).
        pool = await asyncpg.create_pool(database_url, min_size=5, max_size=15)
        try:
            yield
        finally:
            await pool.close()

    async def list_tasks(request: Request) -> Response:
        user_id = _user_of(request, secret)
        if user_id is None:
            return UNAUTHORIZED
        async with pool.acquire() as connection:
            rows = await connection.fetch(LIST, user_id)
            more = len(rows) > PAGE
            rows = rows[:PAGE]
            tags: dict[int, list[str]] = {}
            if rows:
                for task_id, name in await connection.fetch(TAGS, [row["id"] for row in rows]):
                    tags.setdefault(task_id, []).append(name)
        body = {
            "items": [_item(row, tags.get(row["id"], [])) for row in rows],
            "next_cursor": _cursor(rows[-1]) if more and rows else None,
        }
        return Response(orjson.dumps(body, option=orjson.OPT_UTC_Z), media_type="application/json")

    return Starlette(routes=[Route("/api/v1/tasks", list_tasks)], lifespan=lifespan)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    arguments = parser.parse_args()
    url = os.environ["BASELINE_DATABASE_URL"].replace("postgresql+asyncpg://", "postgresql://")
    app = create_app(url, os.environ["BASELINE_SECRET_KEY"])
    uvicorn.run(
        app,
        host=arguments.host,
        port=arguments.port,
        workers=1,
        log_config=None,
        access_log=False,
        server_header=False,
    )


if __name__ == "__main__":
    main()
