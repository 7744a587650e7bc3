/**
 * The task list: filters, search and sort; pages of `GET /api/v1/tasks`; complete, reopen,
 * inline edit, delete with undo; tags with counts; and changes arriving from the live feed.
 */

import { api, ApiError } from "./api.js";
import { announce, byId, debounce, h, showFormError } from "./dom.js";
import { setUpQuickAdd } from "./quickadd.js";
import { editRow, taskRow } from "./task_item.js";
import { hideUndo, offerUndo } from "./undo.js";

const PAGE = 50;
const RELOAD_DELAY_MS = 150;

/** @type {any[]} the tasks on screen, in list order */
let tasks = [];
/** @type {string|null} */
let nextCursor = null;
/** @type {number|null} the task being edited */
let editing = null;
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
  });
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
  loadedOnce = false;
  drawn = "";
  filters().reset();
  list().replaceChildren();
  const tagMenu = byId("filter-tag");
  tagMenu.replaceChildren(h("option", { value: "" }, "Any"));
  delete tagMenu.dataset.tags;
  hideUndo();
}

/** Draw the list again as it is (dates in a new time zone). */
export function redraw() {
  render(true);
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

function query() {
  const data = new FormData(filters());
  const sort = String(data.get("sort") || "created");
  return {
    status: data.get("status"),
    due: data.get("due"),
    priority: data.get("priority"),
    tag: data.get("tag"),
    q: String(data.get("q") || "").trim(),
    sort,
    order: sort === "created" || sort === "updated" ? "desc" : "asc",
  };
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
    const page = await api.get("/api/v1/tasks", { ...query(), limit, cursor: more ? nextCursor : null });
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

async function loadTags() {
  try {
    const tags = await api.get("/api/v1/tags");
    const select = /** @type {HTMLSelectElement} */ (byId("filter-tag"));
    const chosen = select.value;
    const signature = JSON.stringify(tags);
    if (select.dataset.tags === signature) return; // unchanged: leave an open menu alone
    select.dataset.tags = signature;
    select.replaceChildren(h("option", { value: "" }, "Any"),
      ...tags.map((/** @type {any} */ tag) => h("option", { value: tag.name, selected: tag.name === chosen },
        `#${tag.name} (${tag.open})`)));
    if (chosen && !tags.some((/** @type {any} */ tag) => tag.name === chosen)) {
      select.append(h("option", { value: chosen, selected: true }, `#${chosen} (0)`));
    }
  } catch {
    // The list still works without the tag menu.
  }
}

/**
 * Draw the list; skipped when nothing shown would change (keeps focus and screen readers calm).
 * @param {boolean} [force] draw even so (the time zone changed)
 */
function render(force = false) {
  byId("load-more").hidden = !nextCursor;
  state().textContent = tasks.length ? "" : emptyText();
  const signature = JSON.stringify([editing, tasks.map((task) => [task.id, task.version])]);
  if (signature === drawn && !force) return;
  drawn = signature;
  const focused = document.activeElement;
  const focusedRow = focused?.closest?.(".task:not(.editing)")?.getAttribute("data-id");
  const focusedKey = focused?.getAttribute?.("data-key");
  const openForm = list().querySelector(".task.editing"); // kept as it is: never lose typing
  const rows = tasks.map((task) => {
    if (task.id !== editing) return taskRow(task, rowHandlers);
    return openForm?.getAttribute("data-id") === String(task.id) ? openForm : editRow(task, editHandlers(task));
  });
  list().replaceChildren(...rows);
  if (focusedRow && focusedKey) {
    // Keep keyboard users on the same control after the list is rebuilt.
    /** @type {HTMLElement|null} */ (list().querySelector(`.task[data-id="${focusedRow}"] [data-key="${focusedKey}"]`))?.focus();
  }
}

function emptyText() {
  const q = query();
  if (q.q || q.due || q.priority || q.tag || q.status !== "pending") return "No tasks match these filters.";
  return "Nothing to do. Add your first task above.";
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

/** @type {import("./task_item.js").TaskActions} */
const rowHandlers = {
  async toggle(task, done) {
    try {
      const changed = await api.post(`/api/v1/tasks/${task.id}/${done ? "complete" : "reopen"}`);
      const hides = done && query().status === "pending";
      if (hides) remove(task.id);
      else upsert(changed);
      if (done) {
        offerUndo(`Completed “${task.title}”.`, async () => {
          upsert(await api.post(`/api/v1/tasks/${task.id}/reopen`), { first: true });
          announce(`Reopened “${task.title}”.`);
          scheduleReload();
        }, { focus: hides });
      } else {
        announce(`Reopened “${task.title}”.`);
      }
      scheduleReload();
    } catch (error) {
      announce(error instanceof ApiError ? error.message : String(error));
      scheduleReload();
    }
  },
  edit(task) {
    editing = task.id;
    render();
    /** @type {HTMLInputElement|null} */ (list().querySelector(`#edit-${task.id}-title`))?.focus();
  },
  async remove(task) {
    try {
      await api.delete(`/api/v1/tasks/${task.id}`);
      remove(task.id);
      offerUndo(`Deleted “${task.title}”.`, async () => {
        upsert(await api.post(`/api/v1/tasks/${task.id}/restore`), { first: true });
        announce(`Restored “${task.title}”.`);
        scheduleReload();
      }, { focus: true });
      scheduleReload();
    } catch (error) {
      announce(error instanceof ApiError ? error.message : String(error));
      scheduleReload();
    }
  },
};

/**
 * @param {any} task
 */
function editHandlers(task) {
  const finish = () => {
    editing = null;
    render();
    /** @type {HTMLElement|null} */ (list().querySelector(`.task[data-id="${task.id}"] button`))?.focus();
  };
  return {
    cancel: finish,
    /** @param {Record<string, any>} changes */
    async save(changes) {
      if (!Object.keys(changes).length) {
        finish();
        return;
      }
      const form = /** @type {HTMLFormElement} */ (list().querySelector(".task-edit"));
      try {
        const changed = await api.patch(`/api/v1/tasks/${task.id}`, changes, { "If-Match": `"${task.version}"` });
        upsert(changed);
        announce(`Saved “${changed.title}”.`);
        finish();
        scheduleReload();
      } catch (error) {
        const failure = error instanceof ApiError ? error : new ApiError(0, String(error));
        const message = failure.status === 412
          ? "This task was changed elsewhere meanwhile. Cancel to see the new version, then edit again."
          : failure.message;
        showFormError(form, /** @type {HTMLElement} */ (form.querySelector(".form-error")), `edit-${task.id}`,
          { message, fields: failure.fields });
      }
    },
  };
}
