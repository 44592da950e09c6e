/* What a coordinator filled in: the chosen handout and the local fields. Kept in the browser's local
   storage (only after the coordinator starts) and in a JSON file the coordinator saves. Stored text and
   opened files are untrusted: `normalize` keeps only known fields, as cleaned text of bounded length,
   and only municipalities from the register. Pure functions, no DOM; the storage object is passed in. */

import { cleanText } from "./checks.js";

export const STORAGE_KEY = "kb-folders:gegevens";
export const FILE_KIND = "kb-folder-gegevens";
export const FORMAT = 1;
export const MAX_FILE_BYTES = 200 * 1024;

export function emptyValues(fields) {
  const values = {};
  for (const field of fields) values[field.key] = field.input === "gemeenten" ? [] : "";
  return values;
}

export function emptyState(data) {
  return { folder: data.folders.length ? data.folders[0].id : "", values: emptyValues(data.fields) };
}

/** True when any field has something in it. */
export function hasValues(values) {
  return Object.values(values).some((value) => (Array.isArray(value) ? value.length > 0 : value !== ""));
}

/** Known fields only, as cleaned text cut at their maximum length; municipalities by known id. */
export function normalizeValues(raw, data) {
  const values = emptyValues(data.fields);
  if (!raw || typeof raw !== "object") return values;
  const known = new Set(data.municipalities.map((m) => m.id));
  for (const field of data.fields) {
    const value = raw[field.key];
    if (field.input === "gemeenten") {
      if (Array.isArray(value)) values.gemeenten = [...new Set(value.filter((id) => typeof id === "string" && known.has(id)))].slice(0, 400);
    } else if (typeof value === "string") {
      values[field.key] = cleanText(value, field.input === "textarea").slice(0, field.maxLength);
    }
  }
  return values;
}

export function normalizeState(raw, data) {
  const state = emptyState(data);
  if (!raw || typeof raw !== "object") return state;
  if (typeof raw.folder === "string" && data.folders.some((f) => f.id === raw.folder)) state.folder = raw.folder;
  state.values = normalizeValues(raw.values, data);
  return state;
}

/** The JSON file a coordinator saves; `now` is an ISO timestamp. */
export function exportJson(state, now) {
  return `${JSON.stringify({ kind: FILE_KIND, format: FORMAT, savedAt: now, folder: state.folder, values: state.values }, null, 2)}\n`;
}

/** Read a saved file: {state} or {error} with a Dutch message. */
export function parseJson(text, data) {
  let raw;
  try {
    raw = JSON.parse(String(text).replace(/^\uFEFF/, ""));
  } catch {
    return { error: "Dit bestand is geen JSON-bestand van deze pagina." };
  }
  if (!raw || raw.kind !== FILE_KIND) return { error: "Dit bestand komt niet van de pagina ‘Maak een folder’." };
  if (raw.format !== FORMAT) return { error: `Dit bestand heeft een andere versie (${String(raw.format).slice(0, 10)}) dan deze pagina (${FORMAT}).` };
  return { state: normalizeState(raw, data) };
}

export function load(storage, data) {
  let text = null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const raw = JSON.parse(text);
    return { state: normalizeState(raw, data), savedAt: typeof raw.savedAt === "string" ? raw.savedAt : "" };
  } catch {
    return null;
  }
}

export function save(storage, state, now) {
  storage.setItem(STORAGE_KEY, JSON.stringify({ format: FORMAT, savedAt: now, folder: state.folder, values: state.values }));
}

export function clear(storage) {
  storage.removeItem(STORAGE_KEY);
}
