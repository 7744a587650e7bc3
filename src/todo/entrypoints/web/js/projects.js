/**
 * The project sidebar: "All projects", then your projects (`GET /api/v1/projects`, the Inbox
 * first) with the one shown marked `aria-current`; a form that adds one (`POST
 * /api/v1/projects`); and the bar above the list naming the project shown, with its Share button.
 * On a narrow screen the sidebar folds into a disclosure above the list.
 */

import { api, ApiError } from "./api.js";
import { announce, byId, clearFormError, debounce, h, showFormError } from "./dom.js";

const NARROW = "(max-width: 60rem)";
const RELOAD_DELAY_MS = 150;

/** @type {any[]} the projects you are a member of, as the server orders them */
let projects = [];
/** @type {number|null} the project shown, or null for all of them */
let selected = null;
/** @type {() => void} */
let changed = () => {};
/** @type {() => void} */
let loaded = () => {};

/**
 * Wire the sidebar once; `onSelect()` runs whenever another project is shown, `onLoad()`
 * whenever the list arrived (names or roles may have changed).
 * @param {() => void} onSelect
 * @param {() => void} onLoad
 */
export function setUpProjects(onSelect, onLoad) {
  changed = onSelect;
  loaded = onLoad;
  const fold = /** @type {HTMLDetailsElement} */ (byId("projects-fold"));
  fold.open = !window.matchMedia(NARROW).matches;
  const form = /** @type {HTMLFormElement} */ (byId("project-add"));
  const alert = byId("project-error");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFormError(form, alert);
    const input = /** @type {HTMLInputElement} */ (byId("project-name"));
    const name = input.value.trim();
    if (!name) {
      showFormError(form, alert, "project", { message: "Name the project, for example “Groceries”." });
      input.setAttribute("aria-invalid", "true");
      input.focus();
      return;
    }
    try {
      const project = await api.post("/api/v1/projects", { name });
      input.value = "";
      projects = [...projects.filter((one) => one.id !== project.id), project];
      select(project.id);
      announce(`Added project “${project.name}”.`);
      scheduleProjectsReload();
    } catch (error) {
      const failure = error instanceof ApiError ? error : new ApiError(0, String(error));
      showFormError(form, alert, "project", { message: failure.message, fields: failure.fields });
    }
  });
}

/** Fetch the project list; when the one shown is gone (left, removed, deleted), show all. */
export async function loadProjects() {
  try {
    projects = await api.get("/api/v1/projects");
  } catch {
    return; // the sidebar keeps what it showed; the next event or reconnect tries again
  }
  if (selected !== null && !projects.some((project) => project.id === selected)) {
    select(null);
  } else {
    render();
  }
  loaded();
}

/** Fetch the list soon, once for a burst of project and member events. */
export const scheduleProjectsReload = debounce(() => { loadProjects(); }, RELOAD_DELAY_MS);

/** @returns {number|null} the id of the project shown, or null for all */
export function shownProjectId() {
  return selected;
}

/**
 * A project of the list, with your `role` in it.
 * @param {number|null|undefined} id
 * @returns {any|null}
 */
export function projectById(id) {
  return projects.find((project) => project.id === id) || null;
}

/**
 * Show another project's tasks (null: all of them).
 * @param {number|null} id
 */
function select(id) {
  selected = id;
  render();
  changed();
}

/** Forget the projects (signing out). */
export function clearProjects() {
  projects = [];
  selected = null;
  const form = /** @type {HTMLFormElement} */ (byId("project-add"));
  form.reset();
  clearFormError(form, byId("project-error"));
  render();
}

function render() {
  const shown = projectById(selected);
  const entry = (/** @type {any|null} */ project) => {
    const id = project ? project.id : null;
    const role = project && project.role !== "owner" ? h("span", { class: "project-role" }, project.role) : null;
    return h("li", {},
      h("button", {
        type: "button", class: "project-entry", "aria-current": id === selected ? "page" : null,
        dataset: { project: id === null ? "all" : String(id) }, onclick: () => pick(id),
      }, h("span", { class: "project-name" }, project ? project.name : "All projects"), role));
  };
  const list = byId("project-list");
  const focused = list.contains(document.activeElement) ? /** @type {HTMLElement} */ (document.activeElement).dataset.project : null;
  list.replaceChildren(entry(null), ...projects.map(entry));
  if (focused) /** @type {HTMLElement|null} */ (list.querySelector(`[data-project="${focused}"]`))?.focus();
  byId("projects-current").textContent = shown ? shown.name : "All projects";
  byId("project-title").textContent = shown ? shown.name : "All projects";
  byId("project-role").textContent = shown && shown.role !== "owner" ? `You are ${shown.role === "viewer" ? "a" : "an"} ${shown.role} here.` : "";
  byId("share-button").hidden = !shown || shown.is_inbox;
}

/** @param {number|null} id */
function pick(id) {
  if (id === selected) return;
  select(id);
  // On a narrow screen the open sidebar would push the list down: fold it, naming the project.
  if (window.matchMedia(NARROW).matches) /** @type {HTMLDetailsElement} */ (byId("projects-fold")).open = false;
  const name = projectById(id)?.name || "all projects";
  announce(`Showing the tasks of ${id === null ? name : `“${name}”`}.`);
}
