/**
 * The assistant panel: `POST /api/v1/chat` with the conversation id kept for the tab's
 * session, the reply, and a card per tool call the assistant made.
 */

import { api, ApiError } from "./api.js";
import { byId, h, showMessage } from "./dom.js";

const CONVERSATION_KEY = "todo.conversation_id";

/**
 * Wire the chat form once; `onActed()` runs when the assistant called a tool.
 * @param {() => void} onActed
 */
export function setUpChat(onActed) {
  const form = /** @type {HTMLFormElement} */ (byId("chat-form"));
  const input = /** @type {HTMLInputElement} */ (byId("chat-message"));
  const error = byId("chat-error");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const message = input.value.trim();
    if (!message) {
      showMessage(error, "Write a message first, for example “What’s due today?”.");
      input.focus();
      return;
    }
    showMessage(error, "");
    const button = /** @type {HTMLButtonElement} */ (form.querySelector("button[type=submit]"));
    button.disabled = true;
    input.value = "";
    append(h("p", { class: "bubble bubble-user" }, message));
    const waiting = append(h("p", { class: "bubble bubble-assistant thinking" }, "Thinking…"));
    try {
      /** @type {Record<string, any>} */
      const body = { message };
      const conversation = sessionStorage.getItem(CONVERSATION_KEY);
      if (conversation) body.conversation_id = Number(conversation);
      const reply = await api.post("/api/v1/chat", body);
      sessionStorage.setItem(CONVERSATION_KEY, String(reply.conversation_id));
      waiting.remove();
      showTurn(reply.response, reply.tool_calls);
      if (reply.tool_calls.length) onActed();
    } catch (failure) {
      waiting.remove();
      const text = failure instanceof ApiError ? failure.message : String(failure);
      if (failure instanceof ApiError && failure.status === 404) sessionStorage.removeItem(CONVERSATION_KEY);
      append(h("p", { class: "bubble bubble-error" }, text));
      input.value = input.value || message;
    } finally {
      button.disabled = false;
      input.focus();
    }
  });
  byId("chat-new").addEventListener("click", () => {
    sessionStorage.removeItem(CONVERSATION_KEY);
    clearLog();
    input.focus();
  });
}

/** Show the conversation this tab was in before a reload, if any. */
export async function restoreChat() {
  const conversation = sessionStorage.getItem(CONVERSATION_KEY);
  if (!conversation) return;
  try {
    const page = await api.get(`/api/v1/conversations/${conversation}/messages`, { limit: 50 });
    clearLog();
    for (const message of page.items) {
      if (message.role === "user") append(h("p", { class: "bubble bubble-user" }, message.content));
      else showTurn(message.content, message.tool_calls);
    }
  } catch {
    sessionStorage.removeItem(CONVERSATION_KEY);
  }
}

/** Forget the conversation (signing out). */
export function clearChat() {
  sessionStorage.removeItem(CONVERSATION_KEY);
  clearLog();
}

function clearLog() {
  const log = byId("chat-log");
  log.replaceChildren(byId("chat-empty"));
  byId("chat-empty").hidden = false;
}

/**
 * @param {HTMLElement} element
 * @returns {HTMLElement}
 */
function append(element) {
  const log = byId("chat-log");
  byId("chat-empty").hidden = true;
  log.append(element);
  log.scrollTop = log.scrollHeight;
  return element;
}

/**
 * @param {string} response
 * @param {{tool: string, args: Record<string, any>, result: any}[]} toolCalls
 */
function showTurn(response, toolCalls) {
  for (const call of toolCalls) {
    append(h("div", { class: "tool-card", dataset: { tool: call.tool } },
      h("p", {}, h("code", {}, call.tool), argsText(call.args)),
      h("p", {}, resultText(call.result))));
  }
  append(h("p", { class: "bubble bubble-assistant" }, response));
}

/**
 * "(title: Buy milk, due: tomorrow)" — the arguments that were given, briefly.
 * @param {Record<string, any>} args
 */
function argsText(args) {
  const given = Object.entries(args || {}).filter(([name, value]) => value !== null && value !== undefined && name !== "user_id");
  if (!given.length) return "";
  const shown = given.slice(0, 4).map(([name, value]) => `${name}: ${short(Array.isArray(value) ? value.join(", ") : value)}`);
  return ` (${shown.join("; ")}${given.length > 4 ? "; …" : ""})`;
}

/**
 * The result in a sentence: its message, a count of tasks, or its error.
 * @param {any} result
 */
function resultText(result) {
  if (!result || typeof result !== "object") return short(result ?? "");
  if (result.message) return short(result.message, 160);
  if (typeof result.count === "number") return `${result.count} task${result.count === 1 ? "" : "s"} found`;
  if (Array.isArray(result.tags)) return `${result.tags.length} tag${result.tags.length === 1 ? "" : "s"}`;
  if (result.error) return short(result.error, 160);
  return short(JSON.stringify(result), 160);
}

/**
 * @param {any} value
 * @param {number} [limit]
 */
function short(value, limit = 40) {
  const text = String(value);
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
