/**
 * The undo toast: "Deleted “Pay rent”. [Undo]" for a few seconds after a change that can be
 * taken back. Only the latest change can be undone.
 */

import { announce, byId } from "./dom.js";

const SHOW_MS = 8000;
let timer = 0;
/** @type {(() => Promise<void>)|null} */
let pending = null;

/** Wire the toast's button once. */
export function setUpUndo() {
  const button = /** @type {HTMLButtonElement} */ (byId("toast-undo"));
  button.addEventListener("click", async () => {
    const action = pending;
    hideUndo();
    if (action) await action();
  });
  byId("toast").addEventListener("keydown", (event) => {
    if (event.key === "Escape") hideUndo();
  });
}

/**
 * Offer to undo a change.
 * @param {string} message what happened, e.g. "Deleted “Pay rent”."
 * @param {() => Promise<void>} undo takes it back
 * @param {{focus?: boolean}} [options] move focus to Undo (when the focused row went away)
 */
export function offerUndo(message, undo, options = {}) {
  pending = undo;
  byId("toast-text").textContent = message;
  byId("toast").hidden = false;
  announce(`${message} Undo is available.`);
  if (options.focus) byId("toast-undo").focus();
  window.clearTimeout(timer);
  timer = window.setTimeout(hideUndo, SHOW_MS);
}

/** Hide the toast (its change stays). */
export function hideUndo() {
  window.clearTimeout(timer);
  pending = null;
  const toast = byId("toast");
  const hadFocus = toast.contains(document.activeElement);
  toast.hidden = true;
  if (hadFocus) byId("quick-text").focus();
}
