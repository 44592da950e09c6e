// Calendar dates as ISO strings ("2025-12-31"): parsing Dutch notations, adding months, counting days.
// Pure logic: no DOM, no clock (the reference date is always passed in).

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

function pad(n, width = 2) {
  return String(n).padStart(width, "0");
}

export function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year, month, day) {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function toIso(year, month, day) {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function parts(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return { year: y, month: m, day: d };
}

/**
 * A date as typed in a Dutch spreadsheet: 31-12-2025, 31-1-2025, 31/12/2025, 31.12.2025, or ISO
 * 2025-12-31. Returns {iso} or {problem}: "format" (not a date notation), "invalid" (no such day,
 * such as 31-02-2025) or "year" (a two-digit year, which is ambiguous).
 */
export function parseDutchDate(text) {
  const value = String(text).trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  let year, month, day;
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(value);
    if (!match) return { problem: "format" };
    if (match[4].length === 2) return { problem: "year" };
    [day, month, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
  }
  if (!isValidDate(year, month, day)) return { problem: "invalid" };
  return { iso: toIso(year, month, day) };
}

/** A JavaScript Date read from a spreadsheet date cell (read-excel-file gives UTC midnight). */
export function fromDateObject(date) {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return null;
  // Cells holding a date and a time of day keep the date; a time rounded to the next day is not expected here.
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The same day `months` calendar months later; the 31st becomes the month's last day (31-08 + 6 = 28-02). */
export function addMonths(iso, months) {
  const { year, month, day } = parts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return toIso(y, m, Math.min(day, daysInMonth(y, m)));
}

function dayNumber(iso) {
  const { year, month, day } = parts(iso);
  return Date.UTC(year, month - 1, day) / 86400000;
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a, b) {
  return dayNumber(b) - dayNumber(a);
}

export function formatDate(iso) {
  const { year, month, day } = parts(iso);
  return `${pad(day)}-${pad(month)}-${pad(year, 4)}`;
}

export function longDate(iso) {
  const { year, month, day } = parts(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function monthName(month) {
  return MONTHS[month - 1];
}
