/**
 * Subtasks in the list: each task's subtasks follow it, indented, in the order the list gives
 * them; and the small form that adds a subtask under a task (`POST /api/v1/tasks` with
 * `parent_id`).
 */

import { h } from "./dom.js";

/** The deepest level drawn indented (a task and three levels of subtasks under it). */
export const DEEPEST = 3;

/**
 * @typedef {object} Placed
 * @property {any} task
 * @property {number} depth 0 for a task whose parent is not in the list
 * @property {any|null} parent the parent task when it is in the list
 */

/**
 * Put each task after its parent (when its parent is in the list), keeping the list's order
 * among siblings and among top-level tasks.
 * @param {any[]} tasks
 * @returns {Placed[]}
 */
export function nested(tasks) {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  /** @type {Map<number, any[]>} */
  const children = new Map();
  const roots = [];
  for (const task of tasks) {
    if (task.parent_id && task.parent_id !== task.id && byId.has(task.parent_id)) {
      children.set(task.parent_id, [...(children.get(task.parent_id) || []), task]);
    } else {
      roots.push(task);
    }
  }
  /** @type {Placed[]} */
  const placed = [];
  const seen = new Set();
  const visit = (/** @type {any} */ task, /** @type {number} */ depth, /** @type {any|null} */ parent) => {
    if (seen.has(task.id)) return;
    seen.add(task.id);
    placed.push({ task, depth, parent });
    for (const child of children.get(task.id) || []) visit(child, depth + 1, task);
  };
  for (const root of roots) visit(root, 0, null);
  // A loop of parents (never sent by the server) would leave tasks unvisited: show them anyway.
  for (const task of tasks) visit(task, 0, null);
  return placed;
}

/**
 * The CSS class of a row `depth` levels down.
 * @param {number} depth
 */
export function depthClass(depth) {
  return depth > 0 ? ` subtask depth-${Math.min(depth, DEEPEST)}` : "";
}

/**
 * The form that adds a subtask under `parent`, drawn right below it.
 * @param {any} parent
 * @param {number} depth the parent's depth
 * @param {{add: (title: string, form: HTMLFormElement) => Promise<void>, cancel: () => void}} on
 * @returns {HTMLElement}
 */
export function subtaskForm(parent, depth, on) {
  const id = `subtask-${parent.id}-title`;
  const input = h("input", { id, name: "title", maxlength: "200", autocomplete: "off", required: true });
  const form = /** @type {HTMLFormElement} */ (h("form", { class: "subtask-form", novalidate: true },
    h("label", { for: id }, `Subtask of “${parent.title}”`),
    h("div", { class: "row" }, input,
      h("button", { type: "submit", class: "button-primary" }, "Add"),
      h("button", { type: "button", onclick: on.cancel }, "Cancel")),
    h("p", { class: "form-error", role: "alert", hidden: true })));
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") on.cancel();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    await on.add(/** @type {HTMLInputElement} */ (input).value.trim(), form);
  });
  return h("li", { class: `subtask-add${depthClass(depth + 1)}`, dataset: { parent: String(parent.id) } }, form);
}
