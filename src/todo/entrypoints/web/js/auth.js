/**
 * Signing in and staying signed in.
 *
 * The access token lives only in this module's memory: no other script, storage or cookie
 * holds it. The refresh token is kept in `sessionStorage`, so a reload of the tab stays signed
 * in and closing the tab forgets it. Refresh tokens work once, so refreshing is single-flight:
 * every caller that needs a new token waits for the same request.
 */

import { api, ApiError, request, useSession } from "./api.js";

const REFRESH_KEY = "todo.refresh_token";
const EARLY_SECONDS = 60; // refresh this long before the access token expires

/** @type {string|null} */
let accessToken = null;
let refreshTimer = 0;
/** @type {Promise<boolean>|null} */
let refreshing = null;
/** @type {Set<(signedIn: boolean, reason?: string) => void>} */
const listeners = new Set();

useSession({ token: () => accessToken, refresh: () => refresh() });

/** @returns {string|null} the current access token (for the WebSocket's first message) */
export function currentToken() {
  return accessToken;
}

/** @returns {boolean} */
export function signedIn() {
  return accessToken !== null;
}

/**
 * Call `listener(signedIn, reason)` whenever the session starts or ends.
 * @param {(signedIn: boolean, reason?: string) => void} listener
 */
export function onSessionChange(listener) {
  listeners.add(listener);
}

/**
 * Sign in with an e-mail and a password (the OAuth2 password form).
 * @param {string} email
 * @param {string} password
 */
export async function signIn(email, password) {
  const pair = await request("POST", "/api/v1/auth/token", {
    form: { username: email, password },
    auth: false,
  });
  start(pair);
}

/**
 * Open an account in the browser's time zone, then sign in to it.
 *
 * The server answers a registration alike whether or not the e-mail had an account, so only
 * the sign-in that follows can tell: when it fails, the e-mail most likely has an account with
 * another password.
 * @param {{email: string, password: string, name?: string, invitation?: string}} account
 */
export async function signUp({ email, password, name, invitation }) {
  /** @type {Record<string, string>} */
  const body = { email, password, timezone: browserTimeZone() };
  if (name) body.name = name;
  if (invitation) body.invitation = invitation;
  await request("POST", "/api/v1/auth/register", { json: body, auth: false });
  try {
    await signIn(email, password);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      throw new ApiError(401, "If this e-mail already has an account, sign in with its password instead.");
    }
    throw error;
  }
}

/**
 * How this server opens accounts: "open", "invite" (with a code from its admin) or "closed".
 * @returns {Promise<string>}
 */
export async function registrationPolicy() {
  try {
    const policy = await request("GET", "/api/v1/auth/registration", { auth: false });
    return String(policy.registration);
  } catch {
    return "open"; // the server will say so if it is not
  }
}

/** @returns {string} the IANA time zone the browser runs in, e.g. "Europe/Berlin" */
export function browserTimeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/**
 * Pick up the session this tab had before a reload, if any.
 * @returns {Promise<boolean>} whether the tab is signed in
 */
export async function resume() {
  if (!sessionStorage.getItem(REFRESH_KEY)) return false;
  return refresh();
}

/**
 * Trade the refresh token for a new pair (once, however many callers ask at the same time).
 * On failure the session ends, and listeners hear why.
 * @returns {Promise<boolean>} whether a fresh access token is now held
 */
export function refresh() {
  // The promise is cleared once settled, in a callback that always runs after this
  // assignment (a token check that ends at once must not leave a settled promise behind).
  refreshing ??= renew().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** @returns {Promise<boolean>} one refresh: see {@link refresh} */
async function renew() {
  const token = sessionStorage.getItem(REFRESH_KEY);
  if (!token) {
    end("Please sign in.");
    return false;
  }
  try {
    start(await request("POST", "/api/v1/auth/refresh", { json: { refresh_token: token }, auth: false }));
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 0 && accessToken) {
      schedule(30); // offline for a moment: keep the session, try again soon
      return false;
    }
    end("Your session has ended. Please sign in again.");
    return false;
  }
}

/** End this sign-in on the server (its refresh tokens stop working) and forget the tokens. */
export async function signOut() {
  const token = sessionStorage.getItem(REFRESH_KEY);
  end();
  if (token) {
    try {
      await request("POST", "/api/v1/auth/logout", { json: { refresh_token: token }, auth: false });
    } catch {
      // Signed out here either way; the server forgets the token when it expires.
    }
  }
}

/** @returns {Promise<any>} the signed-in account (`GET /api/v1/users/me`) */
export function me() {
  return api.get("/api/v1/users/me");
}

/**
 * Hold a new token pair and plan its renewal.
 * @param {{access_token: string, refresh_token: string, expires_in: number}} pair
 */
function start(pair) {
  const wasSignedIn = accessToken !== null;
  accessToken = pair.access_token;
  sessionStorage.setItem(REFRESH_KEY, pair.refresh_token);
  schedule(Math.max(5, pair.expires_in - EARLY_SECONDS));
  if (!wasSignedIn) for (const listener of listeners) listener(true);
}

/** @param {number} seconds */
function schedule(seconds) {
  window.clearTimeout(refreshTimer);
  refreshTimer = window.setTimeout(() => { refresh(); }, seconds * 1000);
}

/** @param {string} [reason] */
function end(reason) {
  const wasSignedIn = accessToken !== null || reason !== undefined;
  window.clearTimeout(refreshTimer);
  accessToken = null;
  sessionStorage.removeItem(REFRESH_KEY);
  if (wasSignedIn) for (const listener of listeners) listener(false, reason);
}
