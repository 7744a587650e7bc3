/**
 * What the controls of the task list do: complete or reopen (with undo), delete (with undo),
 * open the inline edit and save it with `If-Match`, add a subtask, open the comments. Each says
 * what happened through the live region, or the server's sentence when it was refused.
 */

import { api, ApiError } from "./api.js";
import { openComments } from "./comments.js";
import { announce, showFormError, showMessage } from "./dom.js";
import { loadMembers } from "./members.js";
import { offerUndo } from "./undo.js";

/**
 * @typedef {object} TaskView the list the actions change
 * @property {(task: any, options?: {first?: boolean}) => void} upsert show a task's new copy
 * @property {(id: number) => void} remove take a task off the list
 * @property {(open: {editing?: number|null, addingUnder?: number|null}) => void} open
 *   open (a task id) or close (null) the edit form or the subtask form, and redraw
 * @property {() => void} scheduleReload reconcile with the server soon
 * @property {() => boolean} hidesDone whether the list leaves done tasks out
 * @property {(selector: string) => (HTMLElement|null)} find an element of the list
 */

/**
 * What the buttons of a row do.
 * @param {TaskView} view
 * @returns {import("./task_item.js").TaskActions}
 */
export function rowActions(view) {
  const { upsert, remove, scheduleReload } = view;
  return {
    async toggle(task, done) {
      try {
        const changed = await api.post(`/api/v1/tasks/${task.id}/${done ? "complete" : "reopen"}`);
        const hides = done && view.hidesDone();
        if (hides) remove(task.id);
        else upsert(changed);
        if (done) {
          offerUndo(`Completed “${task.title}”.`, async () => {
            upsert(await api.post(`/api/v1/tasks/${task.id}/reopen`), { first: true });
            announce(`Reopened “${task.title}”.`);
            scheduleReload();
          }, { focus: hides });
        } else {
          announce(`Reopened “${task.title}”.`);
        }
        scheduleReload();
      } catch (error) {
        announce(problemText(error));
        scheduleReload();
      }
    },
    async edit(task) {
      await loadMembers(task.project_id).catch(() => []); // who it can be assigned to
      view.open({ editing: task.id });
      view.find(`#edit-${task.id}-title`)?.focus();
    },
    subtask(task) {
      view.open({ addingUnder: task.id });
      view.find(`#subtask-${task.id}-title`)?.focus();
    },
    comments(task) {
      openComments(task, () => view.find(`.task[data-id="${task.id}"] [data-key="comments"]`));
    },
    async remove(task) {
      try {
        await api.delete(`/api/v1/tasks/${task.id}`);
        remove(task.id);
        offerUndo(`Deleted “${task.title}”.`, async () => {
          upsert(await api.post(`/api/v1/tasks/${task.id}/restore`), { first: true });
          announce(`Restored “${task.title}”.`);
          scheduleReload();
        }, { focus: true });
        scheduleReload();
      } catch (error) {
        announce(problemText(error));
        scheduleReload();
      }
    },
  };
}

/**
 * What the inline edit form of `task` does: save only the fields changed, or cancel.
 * @param {TaskView} view
 * @param {any} task
 */
export function editActions(view, task) {
  const finish = () => {
    view.open({ editing: null });
    view.find(`.task[data-id="${task.id}"] button`)?.focus();
  };
  return {
    cancel: finish,
    /** @param {Record<string, any>} changes */
    async save(changes) {
      if (!Object.keys(changes).length) {
        finish();
        return;
      }
      const form = /** @type {HTMLFormElement} */ (view.find(".task-edit"));
      try {
        const changed = await api.patch(`/api/v1/tasks/${task.id}`, changes, { "If-Match": `"${task.version}"` });
        view.upsert(changed);
        announce(`Saved “${changed.title}”.`);
        finish();
        view.scheduleReload();
      } catch (error) {
        const failure = error instanceof ApiError ? error : new ApiError(0, String(error));
        const message = failure.status === 412
          ? "This task was changed elsewhere meanwhile. Cancel to see the new version, then edit again."
          : failure.message;
        showFormError(form, /** @type {HTMLElement} */ (form.querySelector(".form-error")), `edit-${task.id}`,
          { message, fields: failure.fields });
      }
    },
  };
}

/**
 * What the form adding a subtask under `parent` does (`POST /api/v1/tasks` with `parent_id`).
 * @param {TaskView} view
 * @param {any} parent
 */
export function subtaskActions(view, parent) {
  const focus = (/** @type {number} */ id, /** @type {string} */ key) =>
    view.find(`.task[data-id="${id}"] [data-key="${key}"]`)?.focus();
  return {
    cancel() {
      view.open({ addingUnder: null });
      focus(parent.id, "subtask");
    },
    /** @param {string} title @param {HTMLFormElement} form */
    async add(title, form) {
      const alert = /** @type {HTMLElement} */ (form.querySelector(".form-error"));
      if (!title) {
        showMessage(alert, "Write what the subtask is, for example “Buy oat milk”.");
        return;
      }
      try {
        const task = await api.post("/api/v1/tasks", { title, parent_id: parent.id });
        view.open({ addingUnder: null });
        view.upsert(task, { first: true });
        announce(`Added “${task.title}” under “${parent.title}”.`);
        focus(task.id, "done");
        view.scheduleReload();
      } catch (error) {
        showMessage(alert, problemText(error));
      }
    },
  };
}

/** @param {unknown} error */
function problemText(error) {
  return error instanceof ApiError ? error.message : String(error);
}
