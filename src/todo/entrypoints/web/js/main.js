/**
 * The web app's entry: hash routes (`#/signin`, `#/signup`, `#/tasks`), the sign-in and
 * sign-up forms, and starting and stopping everything a signed-in session needs.
 */

import { ApiError } from "./api.js";
import {
  browserTimeZone, me, onSessionChange, registrationPolicy, resume, signedIn, signIn, signOut, signUp,
} from "./auth.js";
import { clearChat, restoreChat, setUpChat } from "./chat.js";
import { applyCommentEvent, closeComments, setUpComments } from "./comments.js";
import { byId, clearFormError, showFormError, showMessage } from "./dom.js";
import { useTimeZone } from "./format.js";
import { startLive, stopLive } from "./live.js";
import { forgetMembers, setMyId, staleMembers } from "./members.js";
import { addNotification, clearNotifications, loadNotifications, setUpNotifications } from "./notifications.js";
import { clearConnections, setUpConnections } from "./connections.js";
import { clearProjects, loadProjects, scheduleProjectsReload, setUpProjects } from "./projects.js";
import { closeShare, redrawShare, refreshShare, setUpShare } from "./share.js";
import { applyTaskEvent, clearTasks, redraw, reload, scheduleReload, setUpTasks } from "./tasks.js";
import { setUpUndo } from "./undo.js";

const VIEWS = { "#/signin": "view-signin", "#/signup": "view-signup", "#/tasks": "view-tasks" };
const TITLES = { "#/signin": "Sign in", "#/signup": "Create your account", "#/tasks": "Tasks" };

/** Show the view the address names, or the one the session allows. */
function route() {
  let hash = location.hash;
  if (!hash.startsWith("#/")) {
    if (hash) return; // an in-page link such as "Skip to content"
    hash = "#/tasks";
  }
  if (signedIn() && hash !== "#/tasks") hash = "#/tasks";
  if (!signedIn() && hash !== "#/signup") hash = "#/signin";
  if (location.hash !== hash) history.replaceState(null, "", hash);
  const active = /** @type {Record<string, string>} */ (VIEWS)[hash];
  for (const id of Object.values(VIEWS)) byId(id).hidden = id !== active;
  byId("booting").hidden = true;
  byId("layout").classList.toggle("signed-out", !signedIn());
  byId("chat-panel").hidden = !signedIn();
  byId("projects-nav").hidden = !signedIn();
  byId("account-nav").hidden = !signedIn();
  document.title = `${/** @type {Record<string, string>} */ (TITLES)[hash]} · Todo Evolution`;
  const first = /** @type {HTMLElement|null} */ (byId(active).querySelector("input"));
  if (first && !byId(active).contains(document.activeElement)) first.focus();
}

async function enterApp() {
  route();
  reload();
  loadProjects();
  restoreChat();
  try {
    const user = await me();
    setMyId(user.id);
    useTimeZone(user.timezone);
    byId("who").textContent = user.name || user.email;
    redraw(); // the dates in the account's zone
  } catch {
    useTimeZone(browserTimeZone());
  }
  startLive({
    onReady: () => {
      reload();
      loadProjects();
      loadNotifications();
    },
    onEvent: (event) => {
      const type = String(event.type);
      if (type.startsWith("todo.task.")) applyTaskEvent(event);
      else if (type.startsWith("todo.project.") || type.startsWith("todo.member.")) applyProjectEvent(event);
      else if (type.startsWith("todo.comment.")) applyCommentEvent(event);
      else if (type === "todo.notification.created" && event.data?.notification) addNotification(event.data.notification);
    },
    onState: (state) => {
      const badge = byId("live-state");
      badge.dataset.state = state;
      badge.textContent = { live: "Live", connecting: "Reconnecting…", off: "Offline" }[state];
    },
  });
}

/**
 * A project or its members changed: the sidebar, the Share dialog, and the list (a project
 * deleted or left takes its tasks along; a member who goes leaves their tasks unassigned).
 * @param {any} event a `todo.project.*` or `todo.member.*` CloudEvent
 */
function applyProjectEvent(event) {
  const projectId = Number(event.data?.project_id);
  scheduleProjectsReload();
  if (String(event.type).startsWith("todo.member.")) {
    staleMembers(projectId);
    refreshShare(projectId);
  }
  scheduleReload();
}

/** @param {string} [reason] */
function leaveApp(reason) {
  stopLive();
  closeShare();
  closeComments();
  clearProjects();
  forgetMembers();
  clearTasks();
  clearChat();
  clearNotifications();
  clearConnections();
  byId("who").textContent = "";
  history.replaceState(null, "", "#/signin");
  route();
  showMessage(byId("signin-error"), reason || "");
  if (!reason) byId("signin-email").focus();
}

function setUpSignIn() {
  const form = /** @type {HTMLFormElement} */ (byId("signin-form"));
  const alert = byId("signin-error");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFormError(form, alert);
    const data = new FormData(form);
    const email = String(data.get("email") || "").trim();
    const password = String(data.get("password") || "");
    if (!email || !password) {
      showFormError(form, alert, "signin", { message: "Enter your e-mail and your password." });
      return;
    }
    await busy(form, async () => {
      try {
        await signIn(email, password);
        form.reset();
      } catch (error) {
        showFormError(form, alert, "signin", problem(error));
        byId("signin-password").focus();
      }
    });
  });
}

function setUpSignUp() {
  const form = /** @type {HTMLFormElement} */ (byId("signup-form"));
  const alert = byId("signup-error");
  byId("signup-timezone").textContent = `Dates will be read in ${browserTimeZone()}, this browser’s time zone.`;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFormError(form, alert);
    const data = new FormData(form);
    const account = {
      email: String(data.get("email") || "").trim(),
      password: String(data.get("password") || ""),
      name: String(data.get("name") || "").trim(),
      invitation: byId("signup-invitation-field").hidden ? "" : String(data.get("invitation") || "").trim(),
    };
    /** @type {Record<string, string>} */
    const fields = {};
    if (!account.email.includes("@")) fields.email = "Enter an e-mail address, such as ada@example.com.";
    if (account.password.length < 8) fields.password = "Choose a password of at least 8 characters.";
    if (!byId("signup-invitation-field").hidden && !account.invitation) {
      fields.invitation = "Paste the invitation code you were sent.";
    }
    if (Object.keys(fields).length) {
      showFormError(form, alert, "signup", { message: "Please correct the fields below.", fields });
      return;
    }
    await busy(form, async () => {
      try {
        await signUp(account);
        form.reset();
      } catch (error) {
        showFormError(form, alert, "signup", problem(error));
      }
    });
  });
}

/**
 * @param {unknown} error
 * @returns {{message: string, fields?: Record<string, string>}}
 */
function problem(error) {
  if (error instanceof ApiError) return { message: error.message, fields: error.fields };
  return { message: String(error) };
}

/**
 * Disable a form's submit button while `work` runs.
 * @param {HTMLFormElement} form
 * @param {() => Promise<void>} work
 */
async function busy(form, work) {
  const button = /** @type {HTMLButtonElement} */ (form.querySelector("button[type=submit]"));
  button.disabled = true;
  form.setAttribute("aria-busy", "true");
  try {
    await work();
  } finally {
    button.disabled = false;
    form.removeAttribute("aria-busy");
  }
}

/**
 * Offer only the registration this server has: a field for the invitation code when accounts
 * are by invitation, and no sign-up at all when it opens none.
 */
async function setUpRegistration() {
  const policy = await registrationPolicy();
  byId("signup-invitation-field").hidden = policy !== "invite";
  byId("signup-offer").hidden = policy === "closed";
  byId("signup-closed").hidden = policy !== "closed";
  byId("signup-form").hidden = policy === "closed";
}

async function boot() {
  setUpSignIn();
  setUpSignUp();
  await setUpRegistration();
  setUpProjects(() => reload(), () => {
    redraw(false);
    redrawShare();
  });
  setUpTasks();
  setUpShare();
  setUpComments();
  setUpChat(() => scheduleReload());
  setUpNotifications();
  setUpConnections();
  setUpUndo();
  byId("sign-out").addEventListener("click", () => signOut());
  onSessionChange((isIn, reason) => (isIn ? enterApp() : leaveApp(reason)));
  window.addEventListener("hashchange", route);
  if (!(await resume())) route();
}

boot();
