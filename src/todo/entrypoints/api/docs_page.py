"""The interactive API docs at ``/docs``, served from files shipped in the package (no CDN).

The page starts Swagger UI with one inline script; its Content-Security-Policy allows that script
by its SHA-256 digest and nothing else inline, so the docs get a policy as strict as the web app's
(styles excepted: Swagger UI sets some inline).
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = Path(__file__).parent / "static" / "swagger-ui"
PREFIX = "/static/swagger-ui"


def install(api: FastAPI) -> None:
    """Serve Swagger UI at ``/docs`` from the vendored copy in ``static/swagger-ui``."""
    api.mount(PREFIX, StaticFiles(directory=ASSETS), name="swagger-ui")
    page = get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="Todo Evolution — API docs",
        swagger_js_url=f"{PREFIX}/swagger-ui-bundle.js",
        swagger_css_url=f"{PREFIX}/swagger-ui.css",
        swagger_favicon_url=f"{PREFIX}/favicon-32x32.png",
        oauth2_redirect_url=f"{PREFIX}/oauth2-redirect.html",
        swagger_ui_parameters={"persistAuthorization": False},
    )
    body = bytes(page.body)
    headers = {"Content-Security-Policy": policy(body)}

    @api.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(body, headers=headers)


def policy(page: bytes) -> str:
    """The Content-Security-Policy of ``page``: its own origin, plus its inline scripts by
    digest."""
    digests = " ".join(f"'sha256-{_digest(script)}'" for script in inline_scripts(page))
    return (
        f"default-src 'self'; script-src 'self' {digests}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    )


def inline_scripts(page: bytes) -> list[bytes]:
    """The contents of the ``<script>`` elements of ``page`` that have no ``src``."""
    scripts = []
    start = page.find(b"<script>")
    while start != -1:
        end = page.index(b"</script>", start)
        scripts.append(page[start + len(b"<script>") : end])
        start = page.find(b"<script>", end)
    return scripts


def _digest(script: bytes) -> str:
    return base64.b64encode(hashlib.sha256(script).digest()).decode()
