/**
 * Small DOM helpers: build elements without innerHTML (so task titles are never markup),
 * announce to screen readers, and show problems next to the controls they concern.
 */

/**
 * Return the element with this id (throws when the page lacks it: a bug, not a user error).
 * @param {string} id
 * @returns {HTMLElement}
 */
export function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}`);
  return element;
}

/**
 * Build an element: `h("button", {type: "button", class: "x", onclick: fn}, "Text")`.
 * Keys starting with `on` add listeners; `dataset` sets data-*; `false`/`null` values are skipped.
 * @param {string} tag
 * @param {Record<string, any>} [attributes]
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      element.addEventListener(key.slice(2), value);
    } else if (key === "dataset") {
      Object.assign(element.dataset, value);
    } else if (key === "class") {
      element.className = value;
    } else if (key in element && typeof value !== "string") {
      // properties such as `checked`, `selected` and `value`
      /** @type {any} */ (element)[key] = value;
    } else {
      element.setAttribute(key, value === true ? "" : String(value));
    }
  }
  element.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

/**
 * Say `message` through the page's polite live region (screen readers read it once).
 * @param {string} message
 */
export function announce(message) {
  const region = byId("announcer");
  region.textContent = "";
  // A fresh text node after a tick makes repeated identical messages announced again.
  window.setTimeout(() => { region.textContent = message; }, 50);
}

/**
 * Show `message` in an alert element (or hide it when `message` is empty).
 * @param {HTMLElement} element
 * @param {string} [message]
 */
export function showMessage(element, message = "") {
  element.textContent = message;
  element.hidden = !message;
}

/**
 * Show an API error on a form: its sentence in `alert`, each field's message under the field
 * (elements with id `${prefix}-${field}-error`), and mark those inputs invalid.
 * @param {HTMLFormElement} form
 * @param {HTMLElement} alert
 * @param {string} prefix
 * @param {{message: string, fields?: Record<string, string>}} error
 */
export function showFormError(form, alert, prefix, error) {
  clearFormError(form, alert);
  showMessage(alert, error.message);
  let first = null;
  for (const [field, message] of Object.entries(error.fields || {})) {
    const slot = document.getElementById(`${prefix}-${field}-error`);
    const input = document.getElementById(`${prefix}-${field}`);
    if (slot) showMessage(slot, message);
    if (input) {
      input.setAttribute("aria-invalid", "true");
      first = first || input;
    }
  }
  (first || alert).focus?.();
}

/**
 * Hide a form's problems.
 * @param {HTMLFormElement} form
 * @param {HTMLElement} alert
 */
export function clearFormError(form, alert) {
  showMessage(alert, "");
  for (const slot of form.querySelectorAll(".field-error")) showMessage(/** @type {HTMLElement} */ (slot), "");
  for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
}

/**
 * Call `action` at most once per `wait` milliseconds of quiet.
 * @template {any[]} A
 * @param {(...args: A) => void} action
 * @param {number} wait
 * @returns {(...args: A) => void}
 */
export function debounce(action, wait) {
  let timer = 0;
  return (...args) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => action(...args), wait);
  };
}

/**
 * A panel opened and closed by a header button: the button says whether it is open, Escape and
 * the panel's close button close it, and focus goes back to the button when it had the focus.
 * @param {string} buttonId
 * @param {string} panelId
 * @param {string} closeId
 * @param {() => void} [onOpen] what to do each time it opens
 * @returns {{open: () => void, close: () => void}}
 */
export function headerPanel(buttonId, panelId, closeId, onOpen) {
  const button = byId(buttonId);
  const panel = byId(panelId);
  const open = () => {
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    panel.focus();
    if (onOpen) onOpen();
  };
  const close = () => {
    if (panel.hidden) return;
    const hadFocus = panel.contains(document.activeElement);
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (hadFocus) button.focus();
  };
  button.addEventListener("click", () => (panel.hidden ? open() : close()));
  byId(closeId).addEventListener("click", close);
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  return { open, close };
}

/**
 * A modal `<dialog>` with a close button: `open()` shows it (the page behind is inert, Escape
 * closes it), and when it closes focus goes back to what opened it — or, when a redraw replaced
 * that control meanwhile, to what `back()` finds.
 * @param {string} dialogId
 * @param {string} closeId
 * @returns {{open: (back?: () => (HTMLElement|null)) => void, close: () => void, isOpen: () => boolean}}
 */
export function modal(dialogId, closeId) {
  const dialog = /** @type {HTMLDialogElement} */ (byId(dialogId));
  /** @type {() => (HTMLElement|null)} */
  let returnTo = () => null;
  byId(closeId).addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => returnTo()?.focus());
  return {
    open(back) {
      if (dialog.open) return;
      const opener = /** @type {HTMLElement|null} */ (document.activeElement);
      returnTo = () => (opener?.isConnected ? opener : back ? back() : null);
      dialog.showModal();
    },
    close: () => { if (dialog.open) dialog.close(); },
    isOpen: () => dialog.open,
  };
}
