/**
 * The list's filters: what they ask of `GET /api/v1/tasks` (with the project shown), the tag
 * menu with each tag's open count (`GET /api/v1/tags`), and what an empty list says.
 */

import { api } from "./api.js";
import { byId, h } from "./dom.js";
import { projectById, shownProjectId } from "./projects.js";

const filters = () => /** @type {HTMLFormElement} */ (byId("filters"));

/** @returns {Record<string, any>} the query of the list as the filters and the sidebar set it */
export function listQuery() {
  const data = new FormData(filters());
  const sort = String(data.get("sort") || "created");
  return {
    status: data.get("status"),
    due: data.get("due"),
    priority: data.get("priority"),
    tag: data.get("tag"),
    q: String(data.get("q") || "").trim(),
    sort,
    order: sort === "created" || sort === "updated" ? "desc" : "asc",
    project_id: shownProjectId(),
  };
}

/** @returns {string} what the list says when it has no task */
export function emptyText() {
  const q = listQuery();
  if (q.q || q.due || q.priority || q.tag || q.status !== "pending") return "No tasks match these filters.";
  const project = projectById(q.project_id);
  if (project && !project.is_inbox) return `Nothing to do in “${project.name}”. Add a task above.`;
  return "Nothing to do. Add your first task above.";
}

/** Fill the tag menu, each tag with its count of open tasks; keeps the tag chosen. */
export async function loadTags() {
  try {
    const tags = await api.get("/api/v1/tags");
    const select = /** @type {HTMLSelectElement} */ (byId("filter-tag"));
    const chosen = select.value;
    const signature = JSON.stringify(tags);
    if (select.dataset.tags === signature) return; // unchanged: leave an open menu alone
    select.dataset.tags = signature;
    select.replaceChildren(h("option", { value: "" }, "Any"),
      ...tags.map((/** @type {any} */ tag) => h("option", { value: tag.name, selected: tag.name === chosen },
        `#${tag.name} (${tag.open})`)));
    if (chosen && !tags.some((/** @type {any} */ tag) => tag.name === chosen)) {
      select.append(h("option", { value: chosen, selected: true }, `#${chosen} (0)`));
    }
  } catch {
    // The list still works without the tag menu.
  }
}

/** Put the filters back as they start, and empty the tag menu (signing out). */
export function resetFilters() {
  filters().reset();
  const tagMenu = byId("filter-tag");
  tagMenu.replaceChildren(h("option", { value: "" }, "Any"));
  delete tagMenu.dataset.tags;
}
