"""The web app in a real browser against a real server: what a new user does on day one."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.async_api import Page, expect

import todo
from todo.adapters.clock import FixedClock
from todo.entrypoints.api import web_app

from ..api.helpers import add_user
from ..conftest import START
from .conftest import (
    PASSWORD,
    PHONE,
    WebServer,
    new_page,
    register,
    screenshot,
    serving_with,
    token_for,
)

pytestmark = pytest.mark.anyio


def unique_email() -> str:
    return f"web-{uuid.uuid4().hex[:10]}@example.test"


async def sign_up(page: Page, server: WebServer, email: str) -> None:
    """Open the app, follow "Create one" and open an account."""
    await page.goto(server.url)
    await page.get_by_role("link", name="Create one").click()
    view = page.locator("#view-signup")
    await view.get_by_label("Name").fill("Ada")
    await view.get_by_label("E-mail").fill(email)
    await view.get_by_label("Password").fill(PASSWORD)
    await view.get_by_role("button", name="Create account").click()
    await expect(page.get_by_role("heading", name="Tasks", level=1)).to_be_visible()


async def sign_in(page: Page, server: WebServer, email: str, password: str = PASSWORD) -> None:
    await page.goto(server.url)
    view = page.locator("#view-signin")
    await view.get_by_label("E-mail").fill(email)
    await view.get_by_label("Password").fill(password)
    await view.get_by_role("button", name="Sign in").click()


async def test_a_new_user_signs_up_adds_completes_undoes_chats_and_sees_live_changes(
    page: Page, server: WebServer
) -> None:
    await page.goto(server.url)
    await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    await screenshot(page, "sign-in")
    email = unique_email()
    await sign_up(page, server, email)
    await expect(page.get_by_text("Nothing to do.")).to_be_visible()
    await expect(page.locator("#live-state")).to_have_text("Live")

    # Quick add: the preview shows what the parser read before anything is saved.
    quick = page.get_by_label("Add a task")
    await quick.fill("Pay rent tomorrow 9am #home !high every month")
    preview = page.locator("#quick-preview")
    await expect(preview.locator(".chip-title")).to_have_text("Title: Pay rent")
    await expect(preview.locator(".chip-due")).to_have_text(re.compile(r"Due: Friday 27 November"))
    await expect(preview.locator(".chip-priority")).to_have_text("Priority: high")
    await expect(preview.locator(".chip-tag")).to_have_text("Tags: #home")
    await expect(preview.locator(".chip-recurrence")).to_have_text("Repeats: every month")
    await expect(preview.locator("mark.span-due")).to_have_text("tomorrow 9am")
    await screenshot(page, "tasks-preview")
    await quick.press("Enter")

    rent = page.locator(".task").filter(has_text="Pay rent")
    await expect(rent).to_have_count(1)
    await expect(rent.locator("time")).to_have_text("Fri 27 Nov, 09:00 · tomorrow")
    await expect(rent).to_contain_text("high priority")
    await expect(rent).to_contain_text("#home")
    await expect(rent).to_contain_text("every month")
    await expect(preview).to_be_hidden()
    rent_id = await rent.get_attribute("data-id")
    the_rent = page.locator(f'.task[data-id="{rent_id}"]')

    # Complete, then undo: the task comes back open.
    await the_rent.get_by_role("checkbox").click()
    await expect(the_rent).to_have_count(0)
    await expect(page.locator("#toast-text")).to_have_text("Completed “Pay rent”.")
    await page.get_by_role("button", name="Undo").click()
    await expect(the_rent).to_have_count(1)
    await expect(the_rent.get_by_role("checkbox")).not_to_be_checked()

    # Delete, then undo: restored.
    await the_rent.get_by_role("button", name="Delete “Pay rent”").click()
    await expect(the_rent).to_have_count(0)
    await page.get_by_role("button", name="Undo").click()
    await expect(the_rent).to_have_count(1)

    # The assistant adds a task; its tool call is shown and the task appears in the list.
    await page.get_by_label("Message the assistant").fill("add a task to buy milk")
    await page.get_by_role("button", name="Send").click()
    await expect(page.locator(".tool-card").first).to_contain_text("add_task")
    await expect(page.locator(".task").filter(has_text="Buy milk")).to_have_count(1)
    await screenshot(page, "chat")

    # Changes made elsewhere (REST, with the same account) appear without a reload.
    await page.evaluate("window.notReloaded = true")
    headers = await token_for(server, email)
    created = await server.http.post(
        "/api/v1/tasks", json={"title": "Call the plumber"}, headers=headers
    )
    assert created.status_code == 201
    await expect(page.locator(".task").filter(has_text="Call the plumber")).to_have_count(1)
    milk_id = await page.locator(".task").filter(has_text="Buy milk").get_attribute("data-id")
    renamed = await server.http.patch(
        f"/api/v1/tasks/{milk_id}", json={"title": "Buy oat milk"}, headers=headers
    )
    assert renamed.status_code == 200
    await expect(page.locator(f'.task[data-id="{milk_id}"]')).to_contain_text("Buy oat milk")
    assert await page.evaluate("window.notReloaded") is True


async def test_a_wrong_password_shows_the_servers_sentence(page: Page, server: WebServer) -> None:
    email = unique_email()
    await register(server, email)
    refused = await server.http.post(
        "/api/v1/auth/token", data={"username": email, "password": "not the password"}
    )
    detail = refused.json()["detail"]

    await sign_in(page, server, email, "not the password")

    alert = page.locator("#view-signin").get_by_role("alert")
    await expect(alert).to_have_text(detail)
    await expect(page.locator("#view-signin").get_by_label("Password")).to_be_focused()


async def test_sign_up_shows_each_fields_problem(page: Page, server: WebServer) -> None:
    email = unique_email()
    await register(server, email)
    await page.goto(f"{server.url}/#/signup")
    view = page.locator("#view-signup")

    await view.get_by_label("E-mail").fill(email)
    await view.get_by_label("Password").fill("short")
    await view.get_by_role("button", name="Create account").click()
    await expect(view.locator("#signup-password-error")).to_have_text(
        "Choose a password of at least 8 characters."
    )
    await expect(view.get_by_label("Password")).to_have_attribute("aria-invalid", "true")

    await view.get_by_label("Password").fill("not the accounts password")
    await view.get_by_role("button", name="Create account").click()
    # The server does not say the e-mail is taken; the sign-in after it fails, and says why.
    await expect(view.get_by_role("alert")).to_have_text(
        "If this e-mail already has an account, sign in with its password instead."
    )
    await expect(page.get_by_role("heading", name="Tasks", level=1)).to_be_hidden()


async def test_an_invitation_only_server_asks_for_the_code(
    browser: object, tmp_path: Path, sqlite_template: Path
) -> None:
    async with serving_with(
        tmp_path, sqlite_template, FixedClock(START), registration="invite"
    ) as server:
        admin = await add_user(server.app, role="admin")
        invited = await server.http.post(
            "/api/v1/admin/invitations", json={}, headers=admin.headers
        )
        code = invited.json()["code"]
        async with new_page(browser) as page:  # type: ignore[arg-type]
            await page.goto(f"{server.url}/#/signup")
            view = page.locator("#view-signup")
            await view.get_by_label("E-mail").fill(unique_email())
            await view.get_by_label("Password").fill(PASSWORD)
            await view.get_by_role("button", name="Create account").click()
            field = view.get_by_label("Invitation code")
            await expect(view.locator("#signup-invitation-error")).to_have_text(
                "Paste the invitation code you were sent."
            )
            await field.fill("todo_inv_not-the-code")
            await view.get_by_role("button", name="Create account").click()
            await expect(view.locator("#signup-invitation-error")).to_contain_text("not valid")
            await expect(field).to_have_attribute("aria-invalid", "true")
            await field.fill(code)
            await view.get_by_role("button", name="Create account").click()
            await expect(page.get_by_role("heading", name="Tasks", level=1)).to_be_visible()


async def test_a_closed_server_offers_no_sign_up(
    browser: object, tmp_path: Path, sqlite_template: Path
) -> None:
    async with (
        serving_with(tmp_path, sqlite_template, FixedClock(START), registration="closed") as server,
        new_page(browser) as page,
    ):  # type: ignore[arg-type]
        await page.goto(server.url)
        await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
        await expect(page.get_by_role("link", name="Create one")).to_be_hidden()
        await page.goto(f"{server.url}/#/signup")
        await expect(page.get_by_text("This server does not open accounts here.")).to_be_visible()
        await expect(page.get_by_role("button", name="Create account")).to_be_hidden()


async def test_everything_works_from_the_keyboard(page: Page, server: WebServer) -> None:
    email = unique_email()
    await register(server, email)
    await page.goto(server.url)
    keys = page.keyboard

    await expect(page.locator("#signin-email")).to_be_focused()
    await keys.type(email)
    await keys.press("Tab")
    await keys.type(PASSWORD)
    await keys.press("Enter")

    quick = page.get_by_label("Add a task")
    await expect(quick).to_be_focused()
    await keys.type("Dentist friday 17:30 #health p2")
    await expect(page.locator("#quick-preview .chip-due")).to_contain_text("Friday 27 November")
    await keys.press("Enter")
    dentist = page.locator(".task").filter(has_text="Dentist")
    await expect(dentist.locator("time")).to_have_text("Fri 27 Nov, 17:30 · tomorrow")
    await expect(quick).to_be_focused()
    assert await quick.evaluate("input => input.matches(':focus-visible')")

    # Tab from the quick add through the filters to the task's checkbox, and complete it.
    checkbox = dentist.get_by_role("checkbox")
    for _ in range(12):
        await keys.press("Tab")
        if await checkbox.evaluate("box => box === document.activeElement"):
            break
    await expect(checkbox).to_be_focused()
    await keys.press("Space")
    await expect(dentist).to_have_count(0)
    undo = page.get_by_role("button", name="Undo")
    await expect(undo).to_be_focused()
    await keys.press("Enter")
    await expect(dentist).to_have_count(1)

    # Edit inline: Edit, change the title, Enter saves; Escape would cancel.
    edit = dentist.get_by_role("button", name="Edit “Dentist”")
    await edit.focus()
    await keys.press("Enter")
    title = page.locator(".task-edit").get_by_label("Title")
    await expect(title).to_be_focused()
    await title.fill("Dentist appointment")
    await page.locator(".task-edit").get_by_label("Priority").select_option("urgent")
    await title.press("Enter")
    saved = page.locator(".task").filter(has_text="Dentist appointment")
    await expect(saved).to_contain_text("urgent priority")
    await expect(saved.locator("time")).to_have_text("Fri 27 Nov, 17:30 · tomorrow")


async def test_a_phone_sized_screen_fits_without_sideways_scrolling(
    browser: object, server: WebServer
) -> None:
    email = unique_email()
    await register(server, email)
    async with new_page(browser, PHONE) as page:  # type: ignore[arg-type]
        await sign_in(page, server, email)
        quick = page.get_by_label("Add a task")
        await quick.fill("Water the plants every weekend #home")
        await expect(page.locator("#quick-preview .chip-recurrence")).to_have_text(
            "Repeats: every weekend"
        )
        await screenshot(page, "phone")
        await quick.press("Enter")
        await expect(page.locator(".task").filter(has_text="Water the plants")).to_have_count(1)
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"]


async def test_a_reload_keeps_the_session_and_sign_out_ends_it(
    page: Page, server: WebServer
) -> None:
    email = unique_email()
    await register(server, email)
    await sign_in(page, server, email)
    await expect(page.get_by_role("heading", name="Tasks", level=1)).to_be_visible()

    stored = await page.evaluate("JSON.stringify({...sessionStorage, ...localStorage})")
    assert "todo.refresh_token" in stored
    assert "eyJ" not in stored, "the access token must stay in memory"
    refresh_token = await page.evaluate("sessionStorage.getItem('todo.refresh_token')")

    await page.reload()
    await expect(page.get_by_role("heading", name="Tasks", level=1)).to_be_visible()
    rotated = await page.evaluate("sessionStorage.getItem('todo.refresh_token')")
    assert rotated != refresh_token, "a reload signs in again with the refresh token"

    await page.get_by_role("button", name="Sign out").click()
    await expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    assert await page.evaluate("sessionStorage.length") == 0
    refused = await server.http.post("/api/v1/auth/refresh", json={"refresh_token": rotated})
    assert refused.status_code == 401


async def test_an_expired_access_token_is_refreshed_and_the_request_retried(
    page: Page, server: WebServer
) -> None:
    email = unique_email()
    await register(server, email)
    await sign_in(page, server, email)
    await expect(page.locator("#live-state")).to_have_text("Live")

    server.clock.advance(timedelta(minutes=20))  # the access token (15 minutes) has expired
    quick = page.get_by_label("Add a task")
    await quick.fill("Renew passport")
    await quick.press("Enter")
    await expect(page.locator(".task").filter(has_text="Renew passport")).to_have_count(1)
    await expect(page.locator("#quick-error")).to_be_hidden()

    # The socket signed in with the old token is closed (4401); the app reconnects with the new one.
    await expect(page.locator("#live-state")).to_have_text("Live")
    headers = await token_for(server, email)
    await server.http.post("/api/v1/tasks", json={"title": "Book flights"}, headers=headers)
    await expect(page.locator(".task").filter(has_text="Book flights")).to_have_count(1)


async def test_a_reminder_arrives_as_a_notification_without_reload(
    page: Page, server: WebServer
) -> None:
    email = unique_email()
    await register(server, email)
    await sign_in(page, server, email)
    await expect(page.locator("#live-state")).to_have_text("Live")

    headers = await token_for(server, email)
    created = await server.http.post(
        "/api/v1/tasks",
        json={
            "title": "Stretch",
            "due_at": "2026-11-26T12:00:00Z",
            "remind_at": "2026-11-26T09:59:00Z",
        },
        headers=headers,
    )
    assert created.status_code == 201
    stretch = page.locator(".task").filter(has_text="Stretch")
    await expect(stretch).to_contain_text("Reminder Thu 26 Nov, 10:59")

    button = page.get_by_role("button", name=re.compile("^Notifications"))
    await expect(button).to_have_attribute("aria-label", "Notifications, 1 unread")
    await button.click()
    panel = page.get_by_role("region", name="Notifications")
    await expect(panel).to_contain_text("Stretch")
    await panel.get_by_role("button", name="Mark “Reminder: Stretch” read").click()
    await expect(page.locator("#unread-count")).to_be_hidden()
    await page.keyboard.press("Escape")
    await expect(panel).to_be_hidden()
    await expect(button).to_be_focused()


async def test_the_page_is_served_with_its_own_policy_and_the_api_keeps_the_strict_one(
    server: WebServer,
) -> None:
    page = await server.http.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["cache-control"] == "no-cache"
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "connect-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy

    script = await server.http.get("/app/js/main.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert script.headers["cache-control"] == "no-cache"
    assert "etag" in script.headers
    again = await server.http.get(
        "/app/js/main.js", headers={"If-None-Match": script.headers["etag"]}
    )
    assert again.status_code == 304

    for path in ("/api/v1/tasks", "/healthz", "/nowhere"):
        answer = await server.http.get(path)
        assert (
            answer.headers["content-security-policy"]
            == "default-src 'none'; frame-ancestors 'none'"
        )


def test_every_module_the_page_loads_is_shipped_in_the_package() -> None:
    root = Path(web_app.WEB_ROOT)
    assert root.is_relative_to(Path(todo.__file__).parent), "hatchling packages src/todo only"
    html = (root / "index.html").read_text()
    wanted = set(re.findall(r'(?:src|href)="/app/([^"]+)"', html))
    for module in (root / "js").glob("*.js"):
        imports = re.findall(r'from "\./([^"]+)"', module.read_text())
        wanted |= {f"js/{name}" for name in imports}
    assert wanted >= {"app.css", "js/main.js", "icon.svg"}
    missing = sorted(name for name in wanted if not (root / name).is_file())
    assert not missing, missing
    sources = [root / "index.html", root / "app.css", *(root / "js").glob("*.js")]
    elsewhere = [p.name for p in sources if re.search(r"[\"'(]https?://", p.read_text())]
    assert not elsewhere, f"files that load from another site: {elsewhere}"
