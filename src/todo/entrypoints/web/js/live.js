/**
 * The live feed: `WS /api/v1/ws`, signed in with the access token as the first message.
 *
 * Close 4401 (token expired or refused): refresh the token and reconnect at once. 4403: stop.
 * Anything else (server restart 1012, too slow 1013, network loss): reconnect after a growing,
 * randomised pause. Delivery is at least once, so event ids already seen are skipped.
 */

import { currentToken, refresh } from "./auth.js";

const MAX_PAUSE_MS = 30_000;
const SEEN_LIMIT = 500;

/**
 * @typedef {object} LiveHandlers
 * @property {(event: any) => void} onEvent a CloudEvent (`todo.task.*`, `todo.notification.created`)
 * @property {() => void} onReady signed in: load the current state over REST now
 * @property {(state: "live"|"connecting"|"off") => void} onState
 */

/** @type {WebSocket|null} */
let socket = null;
/** @type {LiveHandlers|null} */
let handlers = null;
let attempts = 0;
let retryTimer = 0;
let watchdog = 0;
/** @type {string[]} */
const seenOrder = [];
const seen = new Set();

/**
 * Open the feed (again) for the signed-in user.
 * @param {LiveHandlers} on
 */
export function startLive(on) {
  stopLive();
  handlers = on;
  connect();
}

/** Close the feed and stop reconnecting (signing out). */
export function stopLive() {
  handlers?.onState("off");
  handlers = null;
  window.clearTimeout(retryTimer);
  window.clearTimeout(watchdog);
  if (socket) {
    const old = socket;
    socket = null;
    old.close(1000, "signed out");
  }
}

function connect() {
  const token = currentToken();
  if (!handlers || !token) return;
  handlers.onState("connecting");
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const ws = new WebSocket(`${scheme}//${location.host}/api/v1/ws`);
  socket = ws;
  ws.addEventListener("open", () => ws.send(JSON.stringify({ type: "auth", token })));
  ws.addEventListener("message", (message) => {
    if (socket !== ws || !handlers) return;
    let frame;
    try {
      frame = JSON.parse(message.data);
    } catch {
      return;
    }
    if (frame.type === "ready") {
      attempts = 0;
      expectHeartbeat(ws, Number(frame.heartbeat_seconds) || 25);
      handlers.onState("live");
      handlers.onReady();
    } else if (frame.type === "ping") {
      expectHeartbeat(ws, Number(frame.heartbeat_seconds) || 25);
    } else if (frame.type === "event" && frame.event && firstTime(frame.event.id)) {
      handlers.onEvent(frame.event);
    }
  });
  ws.addEventListener("close", (closed) => {
    if (socket !== ws) return; // replaced or stopped on purpose
    socket = null;
    window.clearTimeout(watchdog);
    if (!handlers) return;
    if (closed.code === 4403) {
      handlers.onState("off");
      return;
    }
    handlers.onState("connecting");
    if (closed.code === 4401) {
      reconnectWithFreshToken(token);
      return;
    }
    const pause = Math.min(MAX_PAUSE_MS, 1000 * 2 ** attempts) * (0.5 + Math.random() / 2);
    attempts += 1;
    retryTimer = window.setTimeout(connect, pause);
  });
}

/**
 * The server refused `used`: renew it unless a newer token is already held, then reconnect.
 * @param {string} used
 */
async function reconnectWithFreshToken(used) {
  if (currentToken() === used && !(await refresh())) {
    if (!currentToken()) return; // signed out: nothing to reconnect
    // Still signed in but the refresh failed (offline, e.g. a laptop waking up): try again.
    const pause = Math.min(MAX_PAUSE_MS, 1000 * 2 ** attempts) * (0.5 + Math.random() / 2);
    attempts += 1;
    retryTimer = window.setTimeout(() => reconnectWithFreshToken(used), pause);
    return;
  }
  attempts += 1;
  retryTimer = window.setTimeout(connect, attempts > 3 ? 2000 : 100);
}

/**
 * Reconnect if the server goes quiet for two heartbeats (a dead network says nothing).
 * @param {WebSocket} ws
 * @param {number} seconds
 */
function expectHeartbeat(ws, seconds) {
  window.clearTimeout(watchdog);
  watchdog = window.setTimeout(() => ws.close(4000, "no heartbeat"), seconds * 2000 + 5000);
}

/**
 * @param {string|undefined} id
 * @returns {boolean} true the first time `id` is seen
 */
function firstTime(id) {
  if (!id) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  seenOrder.push(id);
  if (seenOrder.length > SEEN_LIMIT) seen.delete(seenOrder.shift());
  return true;
}
