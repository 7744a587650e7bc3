/**
 * The REST API client: JSON in and out, problem+json errors as `ApiError`, the access token
 * attached, and one refresh-then-retry when the server answers 401.
 */

/** An API failure, with the server's one-sentence `detail` and per-field messages. */
export class ApiError extends Error {
  /**
   * @param {number} status HTTP status (0 when the server could not be reached)
   * @param {string} message what to show the user
   * @param {Record<string, string>} [fields] field name → message
   */
  constructor(status, message, fields = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.fields = fields;
  }
}

/**
 * Where the client gets its token and how it renews it; set by the auth module.
 * @type {{token: () => (string|null), refresh: () => Promise<boolean>}}
 */
const session = { token: () => null, refresh: async () => false };

/**
 * Tell the client how to find and renew the access token.
 * @param {{token: () => (string|null), refresh: () => Promise<boolean>}} source
 */
export function useSession(source) {
  Object.assign(session, source);
}

/**
 * @typedef {object} RequestOptions
 * @property {any} [json] a body sent as JSON
 * @property {Record<string, string>} [form] a body sent as a URL-encoded form
 * @property {Record<string, any>} [query] query parameters; arrays repeat, empty values are left out
 * @property {boolean} [auth] send the access token (default true)
 * @property {Record<string, string>} [headers]
 */

/**
 * Send one request and return its JSON body (null for 204); throw `ApiError` otherwise.
 * @param {string} method
 * @param {string} path
 * @param {RequestOptions} [options]
 * @returns {Promise<any>}
 */
export async function request(method, path, options = {}) {
  const auth = options.auth !== false;
  let response = await send(method, path, options, auth);
  if (response.status === 401 && auth && (await session.refresh())) {
    response = await send(method, path, options, auth);
  }
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return null;
  return response.json();
}

/** Shorthands: `api.get("/api/v1/tasks", {status: "pending"})`, `api.post(path, body)`… */
export const api = {
  /** @param {string} path @param {Record<string, any>} [query] */
  get: (path, query) => request("GET", path, { query }),
  /** @param {string} path @param {any} [json] */
  post: (path, json) => request("POST", path, { json }),
  /** @param {string} path @param {any} json @param {Record<string, string>} [headers] */
  patch: (path, json, headers) => request("PATCH", path, { json, headers }),
  /** @param {string} path */
  delete: (path) => request("DELETE", path),
};

/**
 * @param {string} method
 * @param {string} path
 * @param {RequestOptions} options
 * @param {boolean} auth
 * @returns {Promise<Response>}
 */
async function send(method, path, options, auth) {
  const headers = new Headers(options.headers || {});
  headers.set("Accept", "application/json");
  let body;
  if (options.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = new URLSearchParams(options.form);
  }
  const token = auth ? session.token() : null;
  if (token) headers.set("Authorization", `Bearer ${token}`);
  try {
    return await fetch(withQuery(path, options.query), {
      method, headers, body, credentials: "omit", cache: "no-store",
    });
  } catch {
    throw new ApiError(0, "The server could not be reached. Check your connection and try again.");
  }
}

/**
 * @param {string} path
 * @param {Record<string, any>} [query]
 */
function withQuery(path, query) {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== "") params.append(key, String(one));
    }
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Turn an error response into an `ApiError` with the sentence a person should read.
 * @param {Response} response
 * @returns {Promise<ApiError>}
 */
async function problemOf(response) {
  /** @type {any} */
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    problem = {};
  }
  /** @type {Record<string, string>} */
  const fields = {};
  for (const error of Array.isArray(problem.errors) ? problem.errors : []) {
    const field = String(error.field || "").split(".").pop() || "";
    if (field && !fields[field]) fields[field] = String(error.message || "");
  }
  let message = problem.detail || problem.title || `The request failed (${response.status}).`;
  if (response.status === 429) {
    const wait = response.headers.get("Retry-After");
    if (wait) message = `${message} Try again in ${wait} seconds.`;
  }
  return new ApiError(response.status, String(message), fields);
}
