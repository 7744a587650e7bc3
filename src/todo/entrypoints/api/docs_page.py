"""The interactive API docs at ``/docs``, served from files shipped in the package (no CDN)."""

from __future__ import annotations

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

    @api.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Todo Evolution — API docs",
            swagger_js_url=f"{PREFIX}/swagger-ui-bundle.js",
            swagger_css_url=f"{PREFIX}/swagger-ui.css",
            swagger_favicon_url=f"{PREFIX}/favicon-32x32.png",
            oauth2_redirect_url=f"{PREFIX}/oauth2-redirect.html",
            swagger_ui_parameters={"persistAuthorization": False},
        )
