"""The baselines of the hot calls: bare Starlette handlers with asyncpg, PyJWT and orjson.

Each does what the API does, with nothing else, after verifying our HS256 access token:

* ``GET /api/v1/tasks`` — the user's first 50 live tasks ordered by ``created_at DESC, id DESC``
  (51 rows, to know whether there is a next page), their tags in one more query, the same JSON
  page (``items`` and ``next_cursor``);
* ``GET /api/v1/tasks/{id}`` — one task of the user and its tags;
* ``POST /api/v1/tasks`` — in one transaction: the task (with its sort keys), its tags (made when
  missing), and its ``todo.task.created`` row in the outbox; the task as JSON with ``201``.

One uvicorn worker, same server options as ``todo serve``. ``bench/api_load.py`` starts it and
loads it alongside the real server.

    BASELINE_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/DB \\
    BASELINE_SECRET_KEY=... .venv/bin/python bench/baseline_asgi.py --port 8001
"""

from __future__ import annotations

import argparse
import base64
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
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
ONE = f"SELECT {COLUMNS} FROM tasks WHERE id = $1 AND user_id = $2"
INSERT_TASK = (
    "INSERT INTO tasks (user_id, title, description, completed, priority, all_day, created_at, "
    "updated_at, version, title_key, due_key) "
    "VALUES ($1, $2, $3, false, $4, false, $5, $5, 1, $6, '9999-12-31T00:00:00+00:00') "
    f"RETURNING {COLUMNS}"
)
ENSURE_TAGS = (
    "INSERT INTO tags (user_id, name, key, created_at) "
    "SELECT $1, name, lower(name), $3 FROM unnest($2::text[]) AS name "
    "ON CONFLICT (user_id, key) DO NOTHING"
)
TAG_IDS = "SELECT id, name FROM tags WHERE user_id = $1 AND key = ANY($2::text[]) ORDER BY key"
LINK_TAGS = "INSERT INTO task_tags (task_id, tag_id) SELECT $1, unnest($2::bigint[])"
OUTBOX = (
    "INSERT INTO outbox (event_id, topic, type, subject, user_id, data, occurred_at, attempts) "
    "VALUES ($1, 'task-events', 'todo.task.created', $2, $3, $4::json, $5, 0)"
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
    payload = orjson.dumps(["tasks:created:desc", row["created_at"].isoformat(), row["id"]])
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

    async def read_task(request: Request) -> Response:
        user_id = _user_of(request, secret)
        if user_id is None:
            return UNAUTHORIZED
        task_id = int(request.path_params["task_id"])
        async with pool.acquire() as connection:
            row = await connection.fetchrow(ONE, task_id, user_id)
            if row is None:
                return Response(b'{"status":404}', 404, media_type="application/problem+json")
            tags = [name for _, name in await connection.fetch(TAGS, [task_id])]
        body = orjson.dumps(_item(row, tags), option=orjson.OPT_UTC_Z)
        return Response(body, media_type="application/json")

    async def create_task(request: Request) -> Response:
        user_id = _user_of(request, secret)
        if user_id is None:
            return UNAUTHORIZED
        data = orjson.loads(await request.body())
        title = str(data["title"]).strip()
        names = sorted({str(name) for name in data.get("tags", [])}, key=str.lower)
        now = datetime.now(UTC)
        async with pool.acquire() as connection, connection.transaction():
            row = await connection.fetchrow(
                INSERT_TASK,
                user_id,
                title,
                data.get("description"),
                PRIORITIES.index(data.get("priority", "none")),
                now,
                title.casefold(),
            )
            if names:
                await connection.execute(ENSURE_TAGS, user_id, names, now)
                tags = await connection.fetch(TAG_IDS, user_id, [name.lower() for name in names])
                await connection.execute(LINK_TAGS, row["id"], [tag["id"] for tag in tags])
            item = _item(row, names)
            await connection.execute(
                OUTBOX,
                str(uuid.uuid4()),
                f"tasks/{row['id']}",
                user_id,
                orjson.dumps({"user_id": user_id, "actor": user_id, "task": item}).decode(),
                now,
            )
        body = orjson.dumps(item, option=orjson.OPT_UTC_Z)
        return Response(body, status_code=201, media_type="application/json")

    async def tasks(request: Request) -> Response:
        return await (create_task if request.method == "POST" else list_tasks)(request)

    return Starlette(
        routes=[
            Route("/api/v1/tasks", tasks, methods=["GET", "POST"]),
            Route("/api/v1/tasks/{task_id:int}", read_task),
        ],
        lifespan=lifespan,
    )


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
