"""Projects in the web app, in real browsers against a real server: two people share a list and
see each other's changes live; roles are explained in the server's words; a phone still fits."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
from playwright.async_api import Browser, Locator, Page, expect

from .conftest import PASSWORD, PHONE, WebServer, new_page, register, screenshot, token_for

pytestmark = pytest.mark.anyio


def unique_email(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}@example.test"


async def sign_in(page: Page, server: WebServer, email: str) -> None:
    """Sign in and wait for the live feed (changes from then on arrive without a reload)."""
    await page.goto(server.url)
    view = page.locator("#view-signin")
    await view.get_by_label("E-mail").fill(email)
    await view.get_by_label("Password").fill(PASSWORD)
    await view.get_by_role("button", name="Sign in").click()
    await expect(page.locator("#live-state")).to_have_text("Live")
    await page.evaluate("window.notReloaded = true")


def sidebar(page: Page) -> Locator:
    return page.get_by_role("navigation", name="Projects")


async def shared_project(
    server: WebServer, owner: dict[str, str], name: str, members: dict[str, str]
) -> int:
    """Make a project through the API and add each e-mail with its role; return its id."""
    made = await server.http.post("/api/v1/projects", json={"name": name}, headers=owner)
    assert made.status_code == 201, made.text
    project_id: int = made.json()["id"]
    for email, role in members.items():
        added = await server.http.post(
            f"/api/v1/projects/{project_id}/members",
            json={"email": email, "role": role},
            headers=owner,
        )
        assert added.status_code == 201, added.text
    return project_id


async def test_two_people_share_a_project_and_see_each_others_changes_live(
    browser: Browser, server: WebServer
) -> None:
    ada, bob = unique_email("ada"), unique_email("bob")
    await register(server, ada, "Ada")
    await register(server, bob, "Bob")
    async with new_page(browser) as a, new_page(browser) as b:
        await sign_in(a, server, ada)
        await sign_in(b, server, bob)

        # Ada adds a project from the sidebar: it is selected and named above the list.
        new_project = sidebar(a).get_by_label("New project")
        await new_project.fill("Groceries")
        await new_project.press("Enter")
        groceries_a = sidebar(a).get_by_role("button", name="Groceries")
        await expect(groceries_a).to_have_attribute("aria-current", "page")
        await expect(sidebar(a).get_by_role("button", name="All projects")).not_to_have_attribute(
            "aria-current", "page"
        )
        entries = sidebar(a).get_by_role("listitem")
        await expect(entries).to_have_text(["All projects", "Inbox", "Groceries"])
        await expect(a.locator("#project-title")).to_have_text("Groceries")
        await expect(a.get_by_text("Nothing to do in “Groceries”.")).to_be_visible()

        # She shares it with Bob as an editor.
        await a.get_by_role("button", name="Share").click()
        dialog = a.get_by_role("dialog", name="Share “Groceries”")
        await expect(dialog.get_by_label("Invite by e-mail")).to_be_focused()
        await dialog.get_by_label("Invite by e-mail").fill(bob)
        await dialog.get_by_label("Role", exact=True).select_option("editor")
        await dialog.get_by_role("button", name="Invite").click()
        await expect(dialog.get_by_role("status")).to_have_text(f"{bob} is now an editor.")
        members = dialog.get_by_role("list", name="Members")
        await expect(members.get_by_role("listitem")).to_have_count(2)
        await expect(members.get_by_role("listitem").first).to_contain_text(f"{ada} (you)")
        await expect(dialog.get_by_label(f"Role of {bob}")).to_have_value("editor")
        await expect(dialog.get_by_role("button", name="Leave project")).to_be_hidden()
        await screenshot(a, "share-dialog")
        await a.keyboard.press("Escape")
        await expect(dialog).to_be_hidden()
        await expect(a.get_by_role("button", name="Share")).to_be_focused()

        # Bob's sidebar shows the project without a reload; he adds a task in it.
        groceries_b = sidebar(b).get_by_role("button", name="Groceries")
        await expect(groceries_b).to_contain_text("editor")
        await groceries_b.click()
        await expect(groceries_b).to_have_attribute("aria-current", "page")
        await expect(b.locator("#project-role")).to_have_text("You are an editor here.")
        await b.get_by_label("Add a task").fill("Milk")
        await b.get_by_label("Add a task").press("Enter")
        await expect(b.locator(".task").filter(has_text="Milk")).to_have_count(1)

        # Ada sees it arrive, and assigns it to Bob.
        milk_a = a.locator(".task").filter(has_text="Milk")
        await expect(milk_a).to_have_count(1)
        milk_id = await milk_a.get_attribute("data-id")
        milk_a = a.locator(f'.task[data-id="{milk_id}"]')
        milk_b = b.locator(f'.task[data-id="{milk_id}"]')
        await milk_a.get_by_role("button", name="Edit “Milk”").click()
        edit = a.locator(".task-edit")
        await edit.get_by_label("Assigned to").select_option(label=bob)
        await edit.get_by_role("button", name="Save").click()
        await expect(milk_a).to_contain_text(f"Assigned to {bob}")
        await expect(milk_b).to_contain_text("Assigned to you")

        # Ada opens the comments; the one Bob writes appears in them.
        await milk_a.get_by_role("button", name="Comments on “Milk”").click()
        comments_a = a.get_by_role("dialog", name="Comments on “Milk”")
        await expect(comments_a.get_by_text("No comments yet.")).to_be_visible()
        await milk_b.get_by_role("button", name="Comments on “Milk”").click()
        comments_b = b.get_by_role("dialog", name="Comments on “Milk”")
        await comments_b.get_by_label("Add a comment").fill("The oat one, please")
        await comments_b.get_by_role("button", name="Comment", exact=True).click()
        await expect(comments_b.locator(".comment")).to_have_count(1)
        await expect(comments_b.locator(".comment-author")).to_have_text("You")
        seen = comments_a.locator(".comment")
        await expect(seen).to_have_count(1)
        await expect(seen).to_contain_text("The oat one, please")
        await expect(seen.locator(".comment-author")).to_have_text(bob)
        await expect(seen.get_by_role("button")).to_have_count(0)  # only its author deletes it
        await screenshot(a, "comments")
        await a.keyboard.press("Escape")
        await b.keyboard.press("Escape")
        await expect(comments_a).to_be_hidden()

        # Ada adds a subtask; on Bob's page it comes right under its parent, indented.
        await milk_a.get_by_role("button", name="Add a subtask to “Milk”").click()
        subtask = a.get_by_label("Subtask of “Milk”")
        await expect(subtask).to_be_focused()
        await subtask.fill("Oat milk")
        await subtask.press("Enter")
        oat_b = b.locator(".task.subtask").filter(has_text="Oat milk")
        await expect(oat_b).to_have_count(1)
        await expect(oat_b).to_have_class(re.compile(r"\bdepth-1\b"))
        rows = await b.locator("#task-list > li").evaluate_all(
            "rows => rows.map(row => row.dataset.id)"
        )
        oat_id = await oat_b.get_attribute("data-id")
        assert rows.index(oat_id) == rows.index(milk_id) + 1, rows
        milk_box, oat_box = await milk_b.bounding_box(), await oat_b.bounding_box()
        assert milk_box
        assert oat_box
        assert oat_box["x"] > milk_box["x"]
        await screenshot(b, "projects-sidebar")

        # "All projects" still lists everything, each shared task with its project.
        await sidebar(b).get_by_role("button", name="All projects").click()
        await expect(milk_b).to_contain_text("In Groceries")
        assert await a.evaluate("window.notReloaded") is True
        assert await b.evaluate("window.notReloaded") is True


async def test_a_viewer_is_told_which_role_adding_a_task_needs(
    browser: Browser, server: WebServer
) -> None:
    owner, viewer = unique_email("owner"), unique_email("viewer")
    await register(server, owner)
    await register(server, viewer)
    project_id = await shared_project(
        server, await token_for(server, owner), "Book club", {viewer: "viewer"}
    )
    refused = await server.http.post(
        "/api/v1/tasks/quick",
        json={"text": "Read chapter 3", "project_id": project_id},
        headers=await token_for(server, viewer),
    )
    assert refused.status_code == 403
    detail = refused.json()["detail"]
    assert "editor" in detail

    async with new_page(browser) as page:
        await sign_in(page, server, viewer)
        await sidebar(page).get_by_role("button", name="Book club").click()
        await expect(page.locator("#project-role")).to_have_text("You are a viewer here.")
        quick = page.get_by_label("Add a task")
        await quick.fill("Read chapter 3")
        await quick.press("Enter")
        await expect(page.locator("#quick-error")).to_have_text(detail)
        await expect(quick).to_have_attribute("aria-invalid", "true")
        await expect(page.locator(".task")).to_have_count(0)

        # A viewer sees who else is in it, may not invite, and may leave.
        await page.get_by_role("button", name="Share").click()
        dialog = page.get_by_role("dialog", name="Share “Book club”")
        await expect(dialog.get_by_role("list", name="Members")).to_contain_text(owner)
        await expect(dialog.get_by_label("Invite by e-mail")).to_be_hidden()
        await dialog.get_by_role("button", name="Leave project").click()
        await expect(dialog).to_be_hidden()
        await expect(sidebar(page).get_by_role("button", name="Book club")).to_have_count(0)
        await expect(sidebar(page).get_by_role("button", name="All projects")).to_have_attribute(
            "aria-current", "page"
        )


async def test_an_owner_changes_a_role_and_removes_a_member_who_loses_the_project_live(
    browser: Browser, server: WebServer
) -> None:
    owner, grace = unique_email("owner"), unique_email("grace")
    stranger = unique_email("nobody")
    await register(server, owner)
    await register(server, grace)
    owner_headers = await token_for(server, owner)
    project_id = await shared_project(server, owner_headers, "Trip", {grace: "viewer"})

    async with new_page(browser) as o, new_page(browser) as g:
        await sign_in(o, server, owner)
        await sign_in(g, server, grace)
        await sidebar(g).get_by_role("button", name="Trip").click()
        await expect(g.locator("#project-role")).to_have_text("You are a viewer here.")

        await sidebar(o).get_by_role("button", name="Trip").click()
        await o.get_by_role("button", name="Share").click()
        dialog = o.get_by_role("dialog", name="Share “Trip”")
        await dialog.get_by_label(f"Role of {grace}").select_option("admin")
        await expect(g.locator("#project-role")).to_have_text("You are an admin here.")

        # An address without an account is invited; a second time the server says why not.
        invite = dialog.get_by_label("Invite by e-mail")
        await invite.fill(stranger)
        await dialog.get_by_role("button", name="Invite").click()
        await expect(dialog.get_by_role("status")).to_contain_text(f"{stranger} has no account yet")
        waiting = dialog.get_by_role("listitem").filter(has_text=stranger)
        await expect(waiting).to_contain_text("invitation waiting for an account")
        await invite.fill(stranger)
        await dialog.get_by_role("button", name="Invite").click()
        await expect(dialog.get_by_role("alert")).to_contain_text("already invited")

        await dialog.get_by_role("button", name=f"Remove {grace}").click()
        await expect(dialog.get_by_role("listitem").filter(has_text=grace)).to_have_count(0)
        await expect(sidebar(g).get_by_role("button", name="Trip")).to_have_count(0)
        await expect(g.locator("#project-title")).to_have_text("All projects")

    listed = await server.http.get(f"/api/v1/projects/{project_id}/members", headers=owner_headers)
    roles: dict[str, Any] = {member["email"]: member["role"] for member in listed.json()}
    assert roles == {owner: "owner", stranger: "editor"}


async def test_the_sidebar_and_the_share_dialog_fit_a_phone(
    browser: Browser, server: WebServer
) -> None:
    email = unique_email("phone")
    await register(server, email)
    headers = await token_for(server, email)
    project_id = await shared_project(
        server, headers, "Weekend in the mountains", {unique_email("friend"): "editor"}
    )
    parent = await server.http.post(
        "/api/v1/tasks", json={"title": "Pack the tent", "project_id": project_id}, headers=headers
    )
    await server.http.post(
        "/api/v1/tasks",
        json={"title": "Find the tent pegs", "parent_id": parent.json()["id"]},
        headers=headers,
    )

    async with new_page(browser, PHONE) as page:
        await sign_in(page, server, email)
        nav = sidebar(page)
        project = nav.get_by_role("button", name="Weekend in the mountains")
        await expect(project).to_be_hidden()  # folded above the list
        await nav.locator("summary").click()
        await project.click()
        await expect(page.locator(".task.subtask")).to_contain_text("Find the tent pegs")
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"]
        await screenshot(page, "projects-phone")

        await page.get_by_role("button", name="Share").click()
        dialog = page.get_by_role("dialog", name="Share “Weekend in the mountains”")
        await expect(dialog).to_be_visible()
        box = await dialog.bounding_box()
        assert box
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= PHONE["width"]
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"]
