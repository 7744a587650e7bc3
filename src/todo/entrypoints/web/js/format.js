/**
 * Dates and rules in words, in the user's time zone: "Fri 27 Nov, 09:00 · tomorrow",
 * "every Monday", "reminder Fri 27 Nov, 08:45".
 */

const DAY_MS = 86_400_000;
const WEEKDAYS = { MO: "Monday", TU: "Tuesday", WE: "Wednesday", TH: "Thursday", FR: "Friday", SA: "Saturday", SU: "Sunday" };
const UNITS = { DAILY: "day", WEEKLY: "week", MONTHLY: "month", YEARLY: "year", HOURLY: "hour" };

let timeZone = "UTC";

/**
 * Show every date in `zone` (the account's time zone) from now on.
 * @param {string} zone IANA name
 */
export function useTimeZone(zone) {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    timeZone = zone;
  } catch {
    timeZone = "UTC";
  }
}

/**
 * The calendar day of `moment` in the user's zone, as a UTC-midnight timestamp (for counting days).
 * @param {Date} moment
 */
function dayOf(moment) {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(moment);
  const get = (/** @type {string} */ type) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"));
}

/**
 * @param {number} days days from today (negative: past)
 * @returns {string}
 */
function relativeDay(days) {
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  if (days > 1 && days < 7) return `in ${days} days`;
  if (days >= 7 && days < 14) return "next week";
  if (days < -1 && days > -7) return `${-days} days ago`;
  return "";
}

/**
 * @typedef {object} DueText
 * @property {string} text e.g. "Fri 27 Nov, 09:00 · tomorrow"
 * @property {string} label the same for screen readers: "due Friday 27 November, 09:00, tomorrow"
 * @property {boolean} overdue
 * @property {string} iso the machine-readable date for <time datetime>
 */

/**
 * Describe a task's due date, or return null when it has none.
 * @param {{due_at: string|null, all_day: boolean, completed: boolean}} task
 * @param {Date} [now]
 * @returns {DueText|null}
 */
export function dueText(task, now = new Date()) {
  if (!task.due_at) return null;
  const allDay = task.all_day;
  // An all-day due date is a calendar day: show that day whatever the zone.
  const moment = allDay ? new Date(`${task.due_at}T12:00:00Z`) : new Date(task.due_at);
  const zone = allDay ? "UTC" : timeZone;
  const short = new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "short", day: "numeric", month: "short" });
  const long = new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "long", day: "numeric", month: "long" });
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const year = new Intl.DateTimeFormat("en-GB", { timeZone: zone, year: "numeric" });
  const days = Math.round(((allDay ? Date.parse(`${task.due_at}T00:00:00Z`) : dayOf(moment)) - dayOf(now)) / DAY_MS);
  const overdue = !task.completed && (allDay ? days < 0 : moment.getTime() < now.getTime());
  const sameYear = year.format(moment) === year.format(now);
  let date = short.format(moment).replace(",", "");
  let spoken = long.format(moment).replace(",", "");
  if (!sameYear) {
    date += ` ${year.format(moment)}`;
    spoken += ` ${year.format(moment)}`;
  }
  if (!allDay) {
    date += `, ${clock.format(moment)}`;
    spoken += `, ${clock.format(moment)}`;
  }
  const relative = overdue ? "overdue" : relativeDay(days);
  return {
    text: relative ? `${date} · ${relative}` : date,
    label: `due ${spoken}${relative ? `, ${relative}` : ""}`,
    overdue,
    iso: task.due_at,
  };
}

/**
 * A moment in the user's zone: "Fri 27 Nov, 08:45".
 * @param {string} iso
 */
export function momentText(iso) {
  const moment = new Date(iso);
  const text = new Intl.DateTimeFormat("en-GB", {
    timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).format(moment);
  return text.replace(/^(\w+),? /, "$1 ");
}

/**
 * An RRULE in words: "FREQ=WEEKLY;BYDAY=MO" → "every Monday"; unknown rules come back as written.
 * @param {string|null} rule
 * @returns {string}
 */
export function recurrenceText(rule) {
  if (!rule) return "";
  /** @type {Record<string, string>} */
  const parts = {};
  for (const part of rule.replace(/^RRULE:/i, "").split(";")) {
    const [name, value] = part.split("=");
    if (name && value) parts[name.toUpperCase()] = value.toUpperCase();
  }
  const unit = /** @type {Record<string, string>} */ (UNITS)[parts.FREQ || ""];
  if (!unit) return rule;
  const interval = Number(parts.INTERVAL || "1");
  let text;
  if (parts.FREQ === "WEEKLY" && parts.BYDAY) {
    const days = parts.BYDAY.split(",");
    const names = days.map((day) => /** @type {Record<string, string>} */ (WEEKDAYS)[day] || day);
    if (days.join() === "MO,TU,WE,TH,FR") text = "every weekday";
    else if (days.join() === "SA,SU") text = "every weekend";
    else text = `every ${interval === 2 ? "other " : interval > 2 ? `${interval} weeks on ` : ""}${names.join(" and ")}`;
  } else if (interval === 1) {
    text = `every ${unit}`;
  } else if (interval === 2) {
    text = `every other ${unit}`;
  } else {
    text = `every ${interval} ${unit}s`;
  }
  if (parts.BYMONTHDAY === "-1") text += " on the last day";
  if (parts.COUNT) text += `, ${parts.COUNT} times`;
  return text;
}

/**
 * A due date as the edit form shows it, in a form the server reads back unchanged:
 * "2026-11-27" (all day) or "2026-11-27T09:00" (wall time in the user's zone).
 * @param {{due_at: string|null, all_day: boolean}} task
 * @returns {string}
 */
export function editableDue(task) {
  if (!task.due_at) return "";
  if (task.all_day) return task.due_at;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).formatToParts(new Date(task.due_at));
  const get = (/** @type {string} */ type) => parts.find((part) => part.type === type)?.value;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}
