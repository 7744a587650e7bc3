/**
 * One task in the list: its row (checkbox, title, due date in words, priority, tags, repeat,
 * reminder, assignee, project, actions), indented when it is a subtask, and its inline edit form.
 */

import { h } from "./dom.js";
import { dueText, editableDue, momentText, recurrenceText } from "./format.js";
import { DEEPEST, depthClass } from "./subtasks.js";

const PRIORITIES = ["none", "low", "medium", "high", "urgent"];
const REPEATS = [["", "Does not repeat"], ["daily", "Every day"], ["weekly", "Every week"], ["monthly", "Every month"], ["yearly", "Every year"]];

/**
 * @typedef {object} TaskActions
 * @property {(task: any, done: boolean) => void} toggle
 * @property {(task: any) => void} edit
 * @property {(task: any) => void} remove
 * @property {(task: any) => void} subtask open the form adding a subtask under it
 * @property {(task: any) => void} comments open its comments
 */

/**
 * @typedef {object} RowContext what the list knows around a task
 * @property {number} [depth] how many levels of subtasks down it is drawn
 * @property {string} [parentTitle] its parent's title, when drawn under it
 * @property {string} [assignee] who it is assigned to ("you", an e-mail)
 * @property {string} [project] its project's name, when the list shows several
 */

/**
 * Build the row of `task`.
 * @param {any} task a TaskPublic
 * @param {TaskActions} actions
 * @param {RowContext} [context]
 * @returns {HTMLElement}
 */
export function taskRow(task, actions, context = {}) {
  const depth = context.depth || 0;
  const checkboxId = `task-${task.id}-done`;
  const meta = h("ul", { class: "meta" });
  const due = dueText(task);
  if (due) {
    meta.append(h("li", { class: due.overdue ? "overdue" : "" },
      h("time", { datetime: due.iso, "aria-label": due.label }, due.text)));
  }
  if (task.priority !== "none") {
    meta.append(h("li", { class: `priority-${task.priority}` }, `${task.priority} priority`));
  }
  for (const tag of task.tags) meta.append(h("li", { class: "tag" }, `#${tag}`));
  if (task.recurrence) meta.append(h("li", { class: "repeat" }, `↻ ${recurrenceText(task.recurrence)}`));
  if (task.remind_at) meta.append(h("li", { class: "reminder" }, `Reminder ${momentText(task.remind_at)}`));
  if (context.assignee) meta.append(h("li", { class: "assignee" }, `Assigned to ${context.assignee}`));
  if (context.project) meta.append(h("li", { class: "project" }, `In ${context.project}`));

  return h("li", { class: `task${task.completed ? " done" : ""}${depthClass(depth)}`, dataset: { id: String(task.id) } },
    h("input", {
      type: "checkbox", id: checkboxId, dataset: { key: "done" }, checked: Boolean(task.completed),
      "aria-label": task.completed ? `Done: “${task.title}” (uncheck to reopen)` : `Mark “${task.title}” done`,
      onchange: (/** @type {Event} */ event) => actions.toggle(task, /** @type {HTMLInputElement} */ (event.target).checked),
    }),
    h("div", { class: "task-body" },
      context.parentTitle ? h("span", { class: "visually-hidden" }, `Subtask of “${context.parentTitle}”: `) : null,
      h("p", { class: "task-title", id: `task-${task.id}-title` }, task.title),
      task.description ? h("p", { class: "task-description" }, task.description) : null,
      meta.childElementCount ? meta : null,
      h("div", { class: "task-more" },
        depth < DEEPEST ? h("button", { type: "button", class: "button-quiet", dataset: { key: "subtask" }, "aria-label": `Add a subtask to “${task.title}”`, onclick: () => actions.subtask(task) }, "Add subtask") : null,
        h("button", { type: "button", class: "button-quiet", dataset: { key: "comments" }, "aria-label": `Comments on “${task.title}”`, "aria-haspopup": "dialog", onclick: () => actions.comments(task) }, "Comments"))),
    h("div", { class: "task-actions" },
      h("button", { type: "button", dataset: { key: "edit" }, "aria-label": `Edit “${task.title}”`, onclick: () => actions.edit(task) }, "Edit"),
      h("button", { type: "button", class: "button-danger", dataset: { key: "delete" }, "aria-label": `Delete “${task.title}”`, onclick: () => actions.remove(task) }, "Delete")));
}

/**
 * Build the inline edit form of `task`; `save(changes)` gets only the fields that changed.
 * @param {any} task
 * @param {{save: (changes: Record<string, any>) => Promise<void>, cancel: () => void}} on
 * @param {{people?: {id: string, label: string}[]}} [options] who it can be assigned to (none: no choice)
 * @returns {HTMLElement}
 */
export function editRow(task, on, options = {}) {
  const people = options.people || [];
  const id = (/** @type {string} */ name) => `edit-${task.id}-${name}`;
  const field = (/** @type {string} */ name, /** @type {string} */ label, /** @type {HTMLElement} */ control, wide = false, hint = "") =>
    h("div", { class: `field${wide ? " wide" : ""}` },
      h("label", { for: id(name) }, label), control,
      hint ? h("p", { class: "hint", id: id(`${name}-hint`) }, hint) : null,
      h("p", { class: "field-error", id: id(`${name}-error`), hidden: true }));
  const dueValue = editableDue(task);
  const title = h("input", { id: id("title"), name: "title", value: task.title, required: true, maxlength: "200" });
  const dueInput = h("input", { id: id("due_at"), name: "due_at", value: dueValue, placeholder: "e.g. friday 5pm", "aria-describedby": id("due_at-hint") });
  const priority = h("select", { id: id("priority"), name: "priority" },
    ...PRIORITIES.map((value) => h("option", { value, selected: value === task.priority }, value === "none" ? "None" : value[0].toUpperCase() + value.slice(1))));
  const tags = h("input", { id: id("tags"), name: "tags", value: task.tags.join(", "), placeholder: "home, work", "aria-describedby": id("tags-hint") });
  const repeats = [...REPEATS];
  const current = (task.recurrence || "").toUpperCase();
  const known = { "FREQ=DAILY": "daily", "FREQ=WEEKLY": "weekly", "FREQ=MONTHLY": "monthly", "FREQ=YEARLY": "yearly" };
  const currentValue = current ? (/** @type {Record<string, string>} */ (known)[current] || current) : "";
  if (currentValue && !REPEATS.some(([value]) => value === currentValue)) repeats.push([currentValue, recurrenceText(current)]);
  const repeat = h("select", { id: id("recurrence"), name: "recurrence" },
    ...repeats.map(([value, label]) => h("option", { value, selected: value === currentValue }, label)));
  const assignee = people.length ? h("select", { id: id("assignee_id"), name: "assignee_id" },
    h("option", { value: "" }, "Nobody"),
    ...people.map((person) => h("option", { value: person.id, selected: person.id === task.assignee_id }, person.label))) : null;
  const description = h("textarea", { id: id("description"), name: "description", rows: "2", maxlength: "1000" }, task.description || "");
  const error = h("p", { class: "form-error wide", role: "alert", hidden: true });

  const form = /** @type {HTMLFormElement} */ (h("form", { class: "task-edit", "aria-label": `Edit “${task.title}”`, novalidate: true },
    error,
    field("title", "Title", title, true),
    field("due_at", "Due", dueInput, false, "Words or a date; empty for none."),
    field("priority", "Priority", priority),
    field("tags", "Tags", tags, false, "Separated by commas."),
    field("recurrence", "Repeats", repeat),
    assignee ? field("assignee_id", "Assigned to", assignee, true) : null,
    field("description", "Notes", description, true),
    h("div", { class: "buttons" },
      h("button", { type: "submit", class: "button-primary" }, "Save"),
      h("button", { type: "button", onclick: on.cancel }, "Cancel"))));

  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") on.cancel();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    /** @type {Record<string, any>} */
    const changes = {};
    const value = (/** @type {Element} */ control) => /** @type {HTMLInputElement} */ (control).value.trim();
    if (value(title) !== task.title) changes.title = value(title);
    if (value(dueInput) !== dueValue) changes.due_at = value(dueInput) || null;
    if (value(priority) !== task.priority) changes.priority = value(priority);
    const newTags = value(tags).split(",").map((tag) => tag.trim().replace(/^#/, "")).filter(Boolean);
    if (newTags.join(",") !== task.tags.join(",")) changes.tags = newTags;
    if (value(repeat) !== currentValue) changes.recurrence = value(repeat) || null;
    if (value(description) !== (task.description || "")) changes.description = value(description) || null;
    if (assignee && value(assignee) !== (task.assignee_id || "")) changes.assignee_id = value(assignee) || null;
    await on.save(changes);
  });
  return h("li", { class: "task editing", dataset: { id: String(task.id) } }, form);
}
