/**
 * The comments of a task, in a dialog: read them (`GET /api/v1/tasks/{id}/comments`, oldest
 * first), write one (`POST`), delete one's own (`DELETE /api/v1/comments/{id}`). Comments other
 * members write arrive live while the dialog is open.
 */

import { ApiError, api } from "./api.js";
import { announce, byId, h, modal, showMessage } from "./dom.js";
import { momentText } from "./format.js";
import { loadMembers, myId, personIn } from "./members.js";

const PAGE = 200;

/** @type {any|null} the task whose comments are shown */
let task = null;
/** @type {any[]} */
let items = [];
/** @type {string|null} */
let nextCursor = null;
let generation = 0; // the newest load; older answers are dropped
/** @type {ReturnType<typeof modal>|null} */
let dialog = null;

const text = () => /** @type {HTMLTextAreaElement} */ (byId("comment-new"));
const alert = () => byId("comment-error");

/** Wire the dialog once. */
export function setUpComments() {
  dialog = modal("comments-dialog", "comments-close");
  const form = /** @type {HTMLFormElement} */ (byId("comment-form"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    await add(form);
  });
  text().addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  byId("comments-more").addEventListener("click", () => load(true));
}

/**
 * Open the dialog on a task's comments.
 * @param {any} forTask a TaskPublic
 * @param {() => (HTMLElement|null)} back where focus goes when it closes, if its opener is gone
 */
export async function openComments(forTask, back) {
  task = forTask;
  items = [];
  nextCursor = null;
  showMessage(alert(), "");
  text().value = "";
  byId("comments-title").textContent = `Comments on “${forTask.title}”`;
  render();
  dialog?.open(back);
  text().focus();
  await load(false);
}

/**
 * A comment event arrived: show the comments again when they are the ones on screen.
 * @param {any} event a `todo.comment.*` CloudEvent
 */
export function applyCommentEvent(event) {
  if (task && dialog?.isOpen() && event.data?.task_id === task.id) load(false);
}

/** Close the dialog (signing out). */
export function closeComments() {
  dialog?.close();
  task = null;
  items = [];
}

/**
 * Fetch the comments from the first (or, with `more`, the next) page.
 * @param {boolean} more
 */
async function load(more) {
  if (!task) return;
  const mine = ++generation;
  const shown = task;
  try {
    const [page] = await Promise.all([
      api.get(`/api/v1/tasks/${shown.id}/comments`, { limit: more ? PAGE : Math.max(PAGE, items.length), cursor: more ? nextCursor : null }),
      loadMembers(shown.project_id).catch(() => []),
    ]);
    if (mine !== generation || task !== shown) return;
    items = more ? [...items, ...page.items] : page.items;
    nextCursor = page.next_cursor;
    render();
  } catch (error) {
    if (mine === generation) showMessage(alert(), problemText(error));
  }
}

function render() {
  byId("comments-empty").hidden = items.length > 0;
  byId("comments-more").hidden = !nextCursor;
  byId("comment-list").replaceChildren(...items.map((comment) => {
    const author = task ? personIn(task.project_id, comment.author_id) : "";
    const mine = comment.author_id === myId();
    const when = momentText(comment.created_at);
    return h("li", { class: "comment", dataset: { id: String(comment.id) } },
      h("p", { class: "comment-head" },
        h("span", { class: "comment-author" }, mine ? "You" : author), " · ",
        h("time", { datetime: comment.created_at }, when),
        comment.updated_at !== comment.created_at ? " (edited)" : ""),
      h("p", { class: "comment-text" }, comment.text),
      mine ? h("button", {
        type: "button", class: "button-quiet button-danger", "aria-label": `Delete your comment of ${when}`,
        onclick: () => remove(comment),
      }, "Delete") : null);
  }));
}

/** @param {HTMLFormElement} form */
async function add(form) {
  const words = text().value.trim();
  showMessage(alert(), "");
  text().removeAttribute("aria-invalid");
  if (!words || !task) {
    showMessage(alert(), "Write the comment first.");
    text().setAttribute("aria-invalid", "true");
    text().focus();
    return;
  }
  const button = /** @type {HTMLButtonElement} */ (form.querySelector("button[type=submit]"));
  button.disabled = true;
  try {
    const comment = await api.post(`/api/v1/tasks/${task.id}/comments`, { text: words });
    text().value = "";
    if (!items.some((one) => one.id === comment.id)) items = [...items, comment];
    render();
    announce("Comment added.");
  } catch (error) {
    showMessage(alert(), problemText(error));
    text().setAttribute("aria-invalid", "true");
  } finally {
    button.disabled = false;
    text().focus();
  }
}

/** @param {any} comment */
async function remove(comment) {
  try {
    await api.delete(`/api/v1/comments/${comment.id}`);
    items = items.filter((one) => one.id !== comment.id);
    render();
    announce("Comment deleted.");
  } catch (error) {
    showMessage(alert(), problemText(error));
  }
  text().focus();
}

/** @param {unknown} error */
function problemText(error) {
  return error instanceof ApiError ? error.message : String(error);
}
