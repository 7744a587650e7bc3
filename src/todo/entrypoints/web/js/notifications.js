/**
 * Notifications (reminders that came due): the header button with the unread count, the
 * panel listing them, marking one or all read, and new ones arriving live.
 */

import { api, ApiError } from "./api.js";
import { announce, byId, h, headerPanel } from "./dom.js";
import { momentText } from "./format.js";

/** @type {any[]} */
let items = [];
let unread = 0;
/** @type {{open: () => void, close: () => void} | null} */
let panel = null;

/** Wire the button and the panel once. */
export function setUpNotifications() {
  panel = headerPanel("notifications-button", "notifications-panel", "notifications-close");
  byId("notifications-read-all").addEventListener("click", async () => {
    try {
      await api.post("/api/v1/notifications/read");
      const now = new Date().toISOString();
      items = items.map((item) => ({ ...item, read_at: item.read_at || now }));
      unread = 0;
      render();
      announce("All notifications marked read.");
    } catch (error) {
      announce(error instanceof ApiError ? error.message : String(error));
    }
  });
}

/** Fetch the newest notifications and the unread count. */
export async function loadNotifications() {
  try {
    const page = await api.get("/api/v1/notifications", { limit: 20 });
    items = page.items;
    unread = page.unread;
    render();
  } catch {
    // The count stays as it was; the next live event or reload tries again.
  }
}

/**
 * A notification arrived on the live feed.
 * @param {any} notification
 */
export function addNotification(notification) {
  if (items.some((item) => item.id === notification.id)) return;
  items = [notification, ...items];
  if (!notification.read_at) unread += 1;
  render();
  announce(`New notification: ${notification.title}`);
}

/** Forget them (signing out). */
export function clearNotifications() {
  items = [];
  unread = 0;
  panel?.close();
  render();
}

function render() {
  const badge = byId("unread-count");
  badge.textContent = String(unread);
  badge.hidden = unread === 0;
  byId("notifications-button").setAttribute("aria-label", unread ? `Notifications, ${unread} unread` : "Notifications");
  byId("notifications-empty").hidden = items.length > 0;
  byId("notification-list").replaceChildren(...items.map((item) =>
    h("li", { class: `notification${item.read_at ? "" : " unread"}` },
      h("div", {},
        h("p", {}, item.title),
        item.body ? h("p", {}, item.body) : null,
        item.created_at ? h("time", { datetime: item.created_at }, momentText(item.created_at)) : null),
      item.read_at ? null : h("button", {
        type: "button", class: "button-quiet", "aria-label": `Mark “${item.title}” read`,
        onclick: () => markRead(item),
      }, "Mark read"))));
}

/** @param {any} item */
async function markRead(item) {
  try {
    const marked = await api.post(`/api/v1/notifications/${item.id}/read`);
    items = items.map((one) => (one.id === item.id ? marked : one));
    unread = Math.max(0, unread - 1);
    render();
    byId("notifications-panel").focus();
  } catch (error) {
    announce(error instanceof ApiError ? error.message : String(error));
  }
}
