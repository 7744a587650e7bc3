/**
 * The task list: pages of `GET /api/v1/tasks` for the filters and the project shown, subtasks
 * under their parents; complete, reopen, inline edit (with the assignee), delete with undo,
 * add a subtask, open the comments; and changes arriving from the live feed.
 */

import { api, ApiError } from "./api.js";
import { byId, debounce } from "./dom.js";
import { emptyText, listQuery, loadTags, resetFilters } from "./filters.js";
import { accountsIn, loadMembersOf, myId, personIn } from "./members.js";
import { projectById, shownProjectId } from "./projects.js";
import { setUpQuickAdd } from "./quickadd.js";
import { depthClass, nested, subtaskForm } from "./subtasks.js";
import { editActions, rowActions, subtaskActions } from "./task_actions.js";
import { editRow, taskRow } from "./task_item.js";
import { hideUndo } from "./undo.js";

const PAGE = 50;
const RELOAD_DELAY_MS = 150;

/** @type {any[]} the tasks on screen, in list order */
let tasks = [];
/** @type {string|null} */
let nextCursor = null;
/** @type {number|null} the task being edited */
let editing = null;
/** @type {number|null} the task a subtask is being added under */
let addingUnder = null;
let loadedOnce = false;
let generation = 0; // the newest list request; older answers are dropped
let drawn = ""; // what the list on screen shows (ids, versions, editing)

const list = () => byId("task-list");
const state = () => byId("list-state");
const filters = () => /** @type {HTMLFormElement} */ (byId("filters"));

/** Wire the list's controls once. */
export function setUpTasks() {
  setUpQuickAdd((task) => {
    upsert(task, { first: true });
    scheduleReload();
  }, () => (shownProjectId() === null ? {} : { project_id: shownProjectId() }));
  const form = filters();
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", () => reload());
  byId("filter-q").addEventListener("input", debounce(() => reload(), 250));
  byId("load-more").addEventListener("click", () => loadPage(true));
}

/** Forget everything shown (signing out). */
export function clearTasks() {
  tasks = [];
  nextCursor = null;
  editing = null;
  addingUnder = null;
  loadedOnce = false;
  drawn = "";
  resetFilters();
  list().replaceChildren();
  hideUndo();
}

/**
 * Draw the list again as it is.
 * @param {boolean} [force] even when nothing shown changed (dates in a new time zone)
 */
export function redraw(force = true) {
  render(force);
}

/** Load the first page again with the current filters, and the tags. */
export async function reload() {
  await Promise.all([loadPage(false), loadTags()]);
}

/** Reload soon, once for a burst of changes (own actions echo back as live events). */
export const scheduleReload = debounce(() => { reload(); }, RELOAD_DELAY_MS);

/**
 * Apply a live event: patch the task in place at once, then reconcile with the server.
 * @param {any} event a `todo.task.*` CloudEvent
 */
export function applyTaskEvent(event) {
  const task = event.data?.task;
  if (task) {
    if (event.type === "todo.task.deleted" || task.deleted_at) remove(task.id);
    else if (tasks.some((shown) => shown.id === task.id)) upsert(task);
  }
  scheduleReload();
}

/**
 * Fetch a page: the first one (replacing the list) or the next one (appending).
 * @param {boolean} more
 */
async function loadPage(more) {
  const mine = ++generation;
  const limit = more ? PAGE : Math.min(200, Math.max(PAGE, tasks.length));
  list().setAttribute("aria-busy", "true");
  if (!loadedOnce) state().textContent = "Loading your tasks…";
  try {
    const page = await api.get("/api/v1/tasks", { ...listQuery(), limit, cursor: more ? nextCursor : null });
    // The names of the assignees: the members of their projects.
    await loadMembersOf(page.items.filter((/** @type {any} */ task) => task.assignee_id).map((/** @type {any} */ task) => task.project_id));
    if (mine !== generation) return;
    tasks = more ? [...tasks, ...page.items] : page.items;
    nextCursor = page.next_cursor;
    loadedOnce = true;
    render();
  } catch (error) {
    if (mine === generation) state().textContent = error instanceof ApiError ? error.message : String(error);
  } finally {
    if (mine === generation) list().removeAttribute("aria-busy");
  }
}

/**
 * Draw the list; skipped when nothing shown would change (keeps focus and screen readers calm).
 * @param {boolean} [force] draw even so (the time zone changed)
 */
function render(force = false) {
  byId("load-more").hidden = !nextCursor;
  state().textContent = tasks.length ? "" : emptyText();
  const signature = JSON.stringify([editing, addingUnder, shownProjectId(), tasks.map((task) => [task.id, task.version, ...names(task)])]);
  if (signature === drawn && !force) return;
  drawn = signature;
  const focused = /** @type {HTMLElement|null} */ (document.activeElement);
  const focusedRow = focused?.closest?.(".task:not(.editing)")?.getAttribute("data-id");
  const focusedKey = focused?.getAttribute?.("data-key");
  // Open forms are kept as they are, focus included: never lose typing.
  const typing = focused?.closest?.(".task.editing, .subtask-add") ? focused : null;
  const openForm = list().querySelector(".task.editing");
  const openSubtask = list().querySelector(".subtask-add");
  /** @type {Element[]} */
  const rows = [];
  for (const { task, depth, parent } of nested(tasks)) {
    if (task.id !== editing) {
      const [assignee, project] = names(task);
      rows.push(taskRow(task, rowHandlers, { depth, parentTitle: parent?.title, assignee, project }));
    } else if (openForm?.getAttribute("data-id") === String(task.id)) {
      rows.push(openForm);
    } else {
      const row = editRow(task, editActions(view, task), { people: assignable(task) });
      row.className += depthClass(depth);
      rows.push(row);
    }
    if (task.id !== addingUnder) continue;
    rows.push(openSubtask?.getAttribute("data-parent") === String(task.id) ? openSubtask : subtaskForm(task, depth, subtaskActions(view, task)));
  }
  list().replaceChildren(...rows);
  if (typing) {
    typing.focus();
  } else if (focusedRow && focusedKey) {
    // Keep keyboard users on the same control after the list is rebuilt.
    /** @type {HTMLElement|null} */ (list().querySelector(`.task[data-id="${focusedRow}"] [data-key="${focusedKey}"]`))?.focus();
  }
}

/**
 * What a row says of a task besides its own fields: who it is assigned to, and its project
 * when all projects are shown.
 * @param {any} task
 * @returns {[string, string]}
 */
function names(task) {
  const assignee = task.assignee_id ? personIn(task.project_id, task.assignee_id) : "";
  const project = shownProjectId() === null ? projectById(task.project_id) : null;
  return [assignee, project && !project.is_inbox ? project.name : ""];
}

/**
 * Who `task` may be assigned to, when its project is shared (nobody to choose otherwise).
 * @param {any} task
 * @returns {{id: string, label: string}[]}
 */
function assignable(task) {
  const people = accountsIn(task.project_id);
  if (people.length < 2) return [];
  return people.map((member) => ({ id: member.user_id, label: member.user_id === myId() ? `${member.email} (you)` : member.email }));
}

/**
 * Put `task` in the list (replacing its old copy), then redraw.
 * @param {any} task
 * @param {{first?: boolean}} [options] add at the top when it is new
 */
function upsert(task, options = {}) {
  generation += 1; // a list already on its way predates this change: drop it
  const at = tasks.findIndex((shown) => shown.id === task.id);
  if (at >= 0) {
    if (tasks[at].version > task.version) return; // an older copy than the one shown
    tasks[at] = task;
  } else if (options.first) {
    tasks = [task, ...tasks];
  }
  render();
}

/** @param {number} id */
function remove(id) {
  generation += 1;
  tasks = tasks.filter((task) => task.id !== id);
  if (editing === id) editing = null;
  render();
}

/** @type {import("./task_actions.js").TaskView} */
const view = {
  upsert,
  remove,
  open(forms) {
    if (forms.editing !== undefined) editing = forms.editing;
    if (forms.addingUnder !== undefined) addingUnder = forms.addingUnder;
    render();
  },
  scheduleReload: () => scheduleReload(),
  hidesDone: () => listQuery().status === "pending",
  find: (selector) => list().querySelector(selector),
};

const rowHandlers = rowActions(view);
