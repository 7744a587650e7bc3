/**
 * Connected applications: the AI assistants let in by OAuth (their connectors), listed in a
 * panel from the header, each with a button that disconnects it (its tokens stop at once).
 */

import { api, ApiError } from "./api.js";
import { announce, byId, h, headerPanel } from "./dom.js";
import { momentText } from "./format.js";

/** @type {any[]} */
let apps = [];
/** @type {{open: () => void, close: () => void} | null} */
let panel = null;

/** Wire the button and the panel once; the list is fetched each time the panel opens. */
export function setUpConnections() {
  panel = headerPanel("connections-button", "connections-panel", "connections-close", load);
}

/** Forget them (signing out). */
export function clearConnections() {
  apps = [];
  panel?.close();
  render();
}

async function load() {
  try {
    apps = await api.get("/api/v1/authorizations");
    render();
  } catch (error) {
    announce(error instanceof ApiError ? error.message : String(error));
  }
}

/** @param {string} scope */
function said(scope) {
  return {
    "tasks:read": "see your tasks",
    "tasks:write": "change your tasks",
    "projects:write": "create, change and share your projects",
  }[scope] || scope;
}

function render() {
  byId("connections-empty").hidden = apps.length > 0;
  byId("connection-list").replaceChildren(...apps.map((app) =>
    h("li", { class: "notification" },
      h("div", {},
        h("p", {}, app.client_name),
        h("p", {}, `May ${app.scopes.map(said).join(" and ")}`),
        h("time", { datetime: app.last_used_at || app.created_at },
          app.last_used_at ? `Last used ${momentText(app.last_used_at)}` : `Connected ${momentText(app.created_at)}`)),
      h("button", {
        type: "button", class: "button-quiet button-danger",
        "aria-label": `Disconnect ${app.client_name}`, onclick: () => disconnect(app),
      }, "Disconnect"))));
}

/** @param {any} app */
async function disconnect(app) {
  try {
    await api.delete(`/api/v1/authorizations/${encodeURIComponent(app.id)}`);
    apps = apps.filter((one) => one.id !== app.id);
    render();
    announce(`${app.client_name} is disconnected.`);
    byId("connections-panel").focus();
  } catch (error) {
    announce(error instanceof ApiError ? error.message : String(error));
  }
}
