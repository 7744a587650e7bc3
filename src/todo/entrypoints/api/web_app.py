"""The web app: ``index.html`` at ``/`` and its files under ``/app/``, shipped in the package.

Plain HTML, CSS and ES modules with no build step; the browser talks to the public REST API,
the WebSocket and the chat route like any other client. Every response says
``Cache-Control: no-cache``, so a browser revalidates (ETag, 304) and never runs stale code
after an upgrade.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

#: The folder of the web app's files (``todo/entrypoints/web``).
WEB_ROOT = Path(__file__).resolve().parent.parent / "web"
PREFIX = "/app"
_REVALIDATE = "no-cache"


class _Revalidated(StaticFiles):
    """Static files a browser must revalidate before reuse (ETag and Last-Modified kept)."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        response.headers["Cache-Control"] = _REVALIDATE
        return response


def install(api: FastAPI) -> None:
    """Serve the web app: ``/`` is its page, ``/app/…`` its styles, scripts and icon."""
    api.mount(PREFIX, _Revalidated(directory=WEB_ROOT), name="web-app")
    index = WEB_ROOT / "index.html"

    @api.get("/", include_in_schema=False)
    async def web_app() -> FileResponse:
        return FileResponse(index, media_type="text/html", headers={"Cache-Control": _REVALIDATE})
