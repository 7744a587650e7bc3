"""Fixtures for the web app: the API in a real uvicorn server with its event workers, and a real
headless Chromium (Debian's, never a downloaded one) driven by Playwright.

The server's clock stands at :data:`tests.conftest.START` and the browser's ``Date`` is fixed to
the same moment, so "tomorrow" means the same day on both sides.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.async_api import Browser, BrowserContext, ConsoleMessage, Page, async_playwright

from todo.adapters.clock import FixedClock
from todo.bootstrap import App
from todo.config import Settings
from todo.entrypoints.server import create_app

from ..api.helpers import on_a_port, url_of
from ..conftest import START, missing_service

PASSWORD = "correct horse battery"
TIMEZONE = "Europe/Berlin"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@dataclass
class WebServer:
    """The running API: its address, the product app behind it, its clock and a client."""

    url: str
    app: App
    clock: FixedClock
    http: httpx.AsyncClient


@asynccontextmanager
async def serving(
    database_url: str, home: Path, clock: FixedClock, **overrides: Any
) -> AsyncIterator[WebServer]:
    """Run the API as ``todo serve`` does (relay and workers inside) on a free port."""
    settings = Settings(
        home=home,
        database_url=database_url,
        env="test",
        secret_key="test-secret-key-that-is-long-enough-for-hs256",
        login_rate_limit="1000/minute",
        write_rate_limit="10000/minute",
        relay_in_server=True,
        workers_in_server="auto",
        reminder_interval_seconds=0.2,
        **overrides,
    )
    api = create_app(settings, clock=clock)
    async with on_a_port(api) as running, httpx.AsyncClient(base_url=url_of(running)) as http:
        yield WebServer(url_of(running), api.state.todo, clock, http)


@pytest.fixture
async def server(
    tmp_path: Path, sqlite_template: Path, clock: FixedClock
) -> AsyncIterator[WebServer]:
    """The API on a fresh copy of the migrated SQLite database."""
    path = tmp_path / "todo.db"
    shutil.copyfile(sqlite_template, path)
    async with serving(f"sqlite+aiosqlite:///{path}", tmp_path, clock) as running:
        yield running


@asynccontextmanager
async def serving_with(
    tmp_path: Path, sqlite_template: Path, clock: FixedClock, **overrides: Any
) -> AsyncIterator[WebServer]:
    """The API on a fresh copy of the migrated SQLite database, with other settings."""
    path = tmp_path / "todo.db"
    shutil.copyfile(sqlite_template, path)
    async with serving(f"sqlite+aiosqlite:///{path}", tmp_path, clock, **overrides) as running:
        yield running


@pytest.fixture
def chromium() -> str:
    """The system's Chromium (Playwright's own browsers are never downloaded)."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    missing_service("Chromium is not installed (Debian: apt-get install chromium)")
    raise AssertionError("unreachable")  # pragma: no cover


@pytest.fixture
async def browser(chromium: str) -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=chromium, headless=True)
        try:
            yield launched
        finally:
            await launched.close()


@dataclass
class PageProblems:
    """What went wrong inside the page: script errors and console errors (CSP refusals…)."""

    errors: list[str] = field(default_factory=list)

    def console(self, message: ConsoleMessage) -> None:
        # A failed request (401 for a wrong password…) is reported by the page itself.
        if message.type == "error" and "Failed to load resource" not in message.text:
            self.errors.append(message.text)

    def page_error(self, error: Any) -> None:
        self.errors.append(str(error))


async def open_context(browser: Browser, viewport: dict[str, int]) -> BrowserContext:
    """A fresh browser profile in Berlin, with the page clock fixed at the server's moment."""
    context = await browser.new_context(
        viewport=viewport,  # type: ignore[arg-type]
        timezone_id=TIMEZONE,
        locale="en-GB",
        color_scheme="light",
        reduced_motion="reduce",
    )
    await context.clock.set_fixed_time(START)
    return context


@asynccontextmanager
async def new_page(browser: Browser, viewport: dict[str, int] = DESKTOP) -> AsyncIterator[Page]:
    """A page in a fresh context; fails the test if any script error or CSP refusal happened."""
    context = await open_context(browser, viewport)
    problems = PageProblems()
    page = await context.new_page()
    page.on("console", problems.console)
    page.on("pageerror", problems.page_error)
    page.set_default_timeout(5000)
    try:
        yield page
    finally:
        await context.close()
    assert not problems.errors, problems.errors


@pytest.fixture
async def page(browser: Browser, server: WebServer) -> AsyncIterator[Page]:
    """A desktop-sized page; closed before ``server`` stops (so no reconnect is attempted)."""
    async with new_page(browser) as opened:
        yield opened


async def register(server: WebServer, email: str, name: str = "Ada") -> None:
    """Open an account through the API (for tests that are not about signing up)."""
    created = await server.http.post(
        "/api/v1/auth/register",
        json={"email": email, "password": PASSWORD, "name": name, "timezone": TIMEZONE},
    )
    assert created.status_code == 202, created.text


async def token_for(server: WebServer, email: str) -> dict[str, str]:
    """Sign in through the API; return the ``Authorization`` header."""
    signed = await server.http.post(
        "/api/v1/auth/token", data={"username": email, "password": PASSWORD}
    )
    assert signed.status_code == 200, signed.text
    return {"Authorization": f"Bearer {signed.json()['access_token']}"}


async def screenshot(page: Page, name: str) -> None:
    """Keep a picture of the screen (not the whole page) in ``docs/screenshots``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=SCREENSHOTS / f"{name}.png", animations="disabled", caret="hide")
