/**
 * Quick add: one line of text, a live preview of what the server's parser reads in it
 * (`POST /api/v1/tasks/quick/preview`, debounced), then `POST /api/v1/tasks/quick` to save.
 */

import { api, ApiError } from "./api.js";
import { announce, byId, debounce, h, showMessage } from "./dom.js";
import { recurrenceText } from "./format.js";

const PREVIEW_DELAY_MS = 200;

/**
 * Wire the quick-add form; `onAdded(task)` runs after each task is saved.
 * @param {(task: any) => void} onAdded
 * @param {() => Record<string, any>} [fields] sent with the text (the project shown)
 */
export function setUpQuickAdd(onAdded, fields = () => ({})) {
  const form = /** @type {HTMLFormElement} */ (byId("quick-add"));
  const input = /** @type {HTMLInputElement} */ (byId("quick-text"));
  const preview = byId("quick-preview");
  const error = byId("quick-error");
  let asked = 0; // the newest preview request; older answers are dropped

  const showPreview = debounce(async (/** @type {string} */ text) => {
    const mine = ++asked;
    if (!text.trim()) {
      preview.hidden = true;
      preview.replaceChildren();
      return;
    }
    try {
      const parsed = await api.post("/api/v1/tasks/quick/preview", { text });
      if (mine === asked && input.value === text) renderPreview(preview, text, parsed);
    } catch {
      // A preview is a nicety: saving reports any real problem.
    }
  }, PREVIEW_DELAY_MS);

  input.addEventListener("input", () => {
    showMessage(error, "");
    input.removeAttribute("aria-invalid");
    showPreview(input.value);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && input.value) {
      input.value = "";
      showPreview("");
    }
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) {
      showMessage(error, "Write what needs doing, for example “Call mom tomorrow 5pm”.");
      input.setAttribute("aria-invalid", "true");
      input.focus();
      return;
    }
    const button = /** @type {HTMLButtonElement} */ (form.querySelector("button[type=submit]"));
    button.disabled = true;
    try {
      const task = await api.post("/api/v1/tasks/quick", { ...fields(), text });
      asked += 1;
      input.value = "";
      preview.hidden = true;
      preview.replaceChildren();
      announce(`Added “${task.title}”.`);
      onAdded(task);
    } catch (failure) {
      showMessage(error, failure instanceof ApiError ? failure.message : String(failure));
      input.setAttribute("aria-invalid", "true");
    } finally {
      button.disabled = false;
      input.focus();
    }
  });
}

/**
 * Show the text with each parsed part highlighted, and a chip per field.
 * @param {HTMLElement} preview
 * @param {string} text
 * @param {any} parsed the preview body: title, due, priority, tags, recurrence, spans
 */
function renderPreview(preview, text, parsed) {
  const marked = h("p", { class: "preview-text", "aria-hidden": "true" });
  let at = 0;
  const spans = [...parsed.spans].sort((a, b) => a.start - b.start);
  for (const span of spans) {
    if (span.start < at) continue;
    marked.append(text.slice(at, span.start));
    marked.append(h("mark", { class: `span-${span.field}`, title: span.field }, text.slice(span.start, span.end)));
    at = span.end;
  }
  marked.append(text.slice(at));

  const chips = h("ul", { class: "chips", "aria-label": "Will be saved as" });
  const chip = (/** @type {string} */ kind, /** @type {string} */ label, /** @type {string} */ value) =>
    chips.append(h("li", { class: `chip chip-${kind}`, dataset: { field: kind } }, h("b", {}, `${label}: `), value));
  chip("title", "Title", parsed.title || "(none yet)");
  if (parsed.due) chip("due", "Due", parsed.due);
  if (parsed.priority && parsed.priority !== "none") chip("priority", "Priority", parsed.priority);
  if (parsed.tags.length) chip("tag", "Tags", parsed.tags.map((/** @type {string} */ tag) => `#${tag}`).join(" "));
  if (parsed.recurrence) chip("recurrence", "Repeats", recurrenceText(parsed.recurrence));
  preview.replaceChildren(marked, chips);
  preview.hidden = false;
}
