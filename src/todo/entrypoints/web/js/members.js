/**
 * Who is who in a project: its members (`GET /api/v1/projects/{id}/members`), fetched once per
 * project and kept until a `todo.member.*` event says they changed, and the signed-in user's id.
 * A member is shown by their e-mail (the API gives no other name), the signed-in user as "you".
 */

import { api } from "./api.js";

/** @type {Map<number, Promise<any[]>>} project id → its members, on their way or arrived */
const asked = new Map();
/** @type {Map<number, any[]>} project id → its members, arrived */
const known = new Map();
/** @type {string|null} */
let me = null;

/**
 * Remember who is signed in (`GET /api/v1/users/me`'s id).
 * @param {string|null} userId
 */
export function setMyId(userId) {
  me = userId;
}

/** @returns {string|null} the signed-in user's id, once known */
export function myId() {
  return me;
}

/**
 * The members of a project, from the server the first time (or when `fresh`), then as kept.
 * @param {number} projectId
 * @param {boolean} [fresh] ask the server again
 * @returns {Promise<any[]>} members and pending invitations, in the order they were added
 */
export function loadMembers(projectId, fresh = false) {
  let members = asked.get(projectId);
  if (!members || fresh) {
    members = api.get(`/api/v1/projects/${projectId}/members`).then((list) => {
      known.set(projectId, list);
      return list;
    }, (/** @type {unknown} */ error) => {
      asked.delete(projectId);
      throw error;
    });
    asked.set(projectId, members);
  }
  return members;
}

/**
 * Load the members of each of these projects not known yet (for the names on tasks); never throws.
 * @param {Iterable<number>} projectIds
 */
export async function loadMembersOf(projectIds) {
  await Promise.all([...new Set(projectIds)].map((id) => loadMembers(id).catch(() => [])));
}

/**
 * The members of a project with an account (who a task can be assigned to), as last loaded.
 * @param {number} projectId
 * @returns {any[]}
 */
export function accountsIn(projectId) {
  return (known.get(projectId) || []).filter((member) => member.user_id);
}

/**
 * How to name a user of a project: "you", their e-mail, or "a former member".
 * @param {number} projectId
 * @param {string} userId
 */
export function personIn(projectId, userId) {
  if (userId === me) return "you";
  const member = (known.get(projectId) || []).find((one) => one.user_id === userId);
  return member ? member.email : "a former member";
}

/**
 * Ask again next time for the members of a project (a member event arrived): the ones known
 * stay shown until then.
 * @param {number} projectId
 */
export function staleMembers(projectId) {
  asked.delete(projectId);
}

/** Forget everybody (signing out). */
export function forgetMembers() {
  asked.clear();
  known.clear();
  me = null;
}
