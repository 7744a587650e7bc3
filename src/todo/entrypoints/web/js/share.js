/**
 * The Share dialog of the project shown: its members and waiting invitations with their roles
 * (`GET …/members`); for admins and the owner, inviting by e-mail with a role (`POST
 * …/members`), changing a role (`PATCH …/members/{user id or e-mail}`) and removing (`DELETE`);
 * for everybody but the owner, leaving (`DELETE` with one's own id). A refusal shows the
 * server's sentence.
 */

import { ApiError, api } from "./api.js";
import { announce, byId, clearFormError, h, modal, showFormError, showMessage } from "./dom.js";
import { loadMembers, myId } from "./members.js";
import { loadProjects, projectById, shownProjectId } from "./projects.js";

const ROLES = ["viewer", "editor", "admin"];

/** @type {number|null} the project whose members are shown */
let projectId = null;
/** @type {any[]} */
let members = [];
/** @type {ReturnType<typeof modal>|null} */
let dialog = null;

const form = () => /** @type {HTMLFormElement} */ (byId("share-form"));
const alert = () => byId("share-error");

/** Wire the Share button and the dialog once. */
export function setUpShare() {
  dialog = modal("share-dialog", "share-close");
  byId("share-button").addEventListener("click", () => {
    const id = shownProjectId();
    if (id !== null) openShare(id);
  });
  form().addEventListener("submit", async (event) => {
    event.preventDefault();
    await invite();
  });
  byId("share-leave").addEventListener("click", () => leave());
}

/**
 * Open the dialog on a project.
 * @param {number} id
 */
async function openShare(id) {
  projectId = id;
  members = [];
  clearFormError(form(), alert());
  showMessage(byId("share-status"), "");
  render();
  dialog?.open(() => byId("share-button"));
  await load(true);
  const first = /** @type {HTMLElement} */ (form().hidden ? byId("share-close") : byId("share-email"));
  first.focus();
}

/**
 * A member event arrived: show the project's members again when the dialog shows them.
 * @param {number} id the project of the event
 */
export function refreshShare(id) {
  if (dialog?.isOpen() && id === projectId) load(true);
}

/** The project list arrived: your role may have changed, or the project left your list. */
export function redrawShare() {
  if (!dialog?.isOpen()) return;
  if (projectById(projectId)) render();
  else dialog.close();
}

/** Close the dialog (signing out). */
export function closeShare() {
  dialog?.close();
  projectId = null;
  members = [];
}

/** @param {boolean} fresh */
async function load(fresh) {
  const id = projectId;
  if (id === null) return;
  try {
    const list = await loadMembers(id, fresh);
    if (id !== projectId) return;
    members = list;
    render();
  } catch (error) {
    showMessage(alert(), problemText(error));
  }
}

function render() {
  const project = projectById(projectId);
  const manages = project?.role === "admin" || project?.role === "owner";
  byId("share-title").textContent = project ? `Share “${project.name}”` : "Share";
  form().hidden = !manages;
  byId("share-leave").hidden = !project || project.role === "owner";
  byId("member-list").replaceChildren(...members.map((member) => memberRow(member, manages)));
}

/**
 * @param {any} member
 * @param {boolean} manages whether you may change roles and remove members
 */
function memberRow(member, manages) {
  const you = member.user_id !== null && member.user_id === myId();
  const who = h("p", { class: "member-who" }, member.email, you ? " (you)" : "",
    member.user_id ? null : h("span", { class: "hint" }, " · invitation waiting for an account"));
  if (!manages || you || member.role === "owner") {
    return h("li", { class: "member" }, who, h("span", { class: "member-role" }, member.role));
  }
  const key = encodeURIComponent(member.user_id || member.email);
  const role = h("select", {
    "aria-label": `Role of ${member.email}`,
    onchange: (/** @type {Event} */ event) => change(member, key, /** @type {HTMLSelectElement} */ (event.target).value),
  }, ...ROLES.map((value) => h("option", { value, selected: value === member.role }, value)));
  return h("li", { class: "member" }, who, role,
    h("button", {
      type: "button", class: "button-quiet button-danger", "aria-label": `Remove ${member.email}`,
      onclick: () => remove(member, key),
    }, "Remove"));
}

async function invite() {
  clearFormError(form(), alert());
  showMessage(byId("share-status"), "");
  const data = new FormData(form());
  const email = String(data.get("email") || "").trim();
  if (!email) {
    showFormError(form(), alert(), "share", { message: "Write the e-mail of the person to share with.", fields: { email: "Write an e-mail address." } });
    return;
  }
  const button = /** @type {HTMLButtonElement} */ (form().querySelector("button[type=submit]"));
  button.disabled = true;
  try {
    const member = await api.post(`/api/v1/projects/${projectId}/members`, { email, role: data.get("role") });
    form().reset();
    const said = member.user_id
      ? `${member.email} is now ${article(member.role)} ${member.role}.`
      : `${member.email} has no account yet: they join as ${article(member.role)} ${member.role} when they open one with this address. Tell them yourself; no e-mail is sent.`;
    showMessage(byId("share-status"), said);
    announce(said);
    await load(true);
  } catch (error) {
    const failure = error instanceof ApiError ? error : new ApiError(0, String(error));
    showFormError(form(), alert(), "share", { message: failure.message, fields: failure.fields });
  } finally {
    button.disabled = false;
  }
}

/**
 * @param {any} member
 * @param {string} key their user id, or the e-mail of an invitation
 * @param {string} role
 */
async function change(member, key, role) {
  try {
    await api.patch(`/api/v1/projects/${projectId}/members/${key}`, { role });
    announce(`${member.email} is now ${article(role)} ${role}.`);
  } catch (error) {
    showMessage(alert(), problemText(error));
  }
  await load(true);
}

/**
 * @param {any} member
 * @param {string} key
 */
async function remove(member, key) {
  try {
    await api.delete(`/api/v1/projects/${projectId}/members/${key}`);
    announce(`Removed ${member.email}.`);
  } catch (error) {
    showMessage(alert(), problemText(error));
  }
  await load(true);
  byId("share-close").focus();
}

async function leave() {
  const project = projectById(projectId);
  const me = myId();
  if (!project || !me) return;
  try {
    await api.delete(`/api/v1/projects/${project.id}/members/${encodeURIComponent(me)}`);
    dialog?.close();
    announce(`You left “${project.name}”.`);
    await loadProjects();
    byId("quick-text").focus();
  } catch (error) {
    showMessage(alert(), problemText(error));
  }
}

/** @param {string} role */
function article(role) {
  return role === "viewer" ? "a" : "an";
}

/** @param {unknown} error */
function problemText(error) {
  return error instanceof ApiError ? error.message : String(error);
}
