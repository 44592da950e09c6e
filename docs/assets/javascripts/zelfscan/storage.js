/* Keeping a scan in the browser's local storage, under a key with the framework version:
   "kb-zelfscan:<version>". The storage object is passed in (the page's local storage, or a
   stand-in in the unit tests). Reading treats stored text as untrusted, like an imported file. */

import { stateFromData } from "./fileformat.js";
import { canonical } from "./state.js";

export const PREFIX = "kb-zelfscan:";

export function keyFor(version) {
  return PREFIX + version;
}

function keys(storage) {
  const found = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key && key.startsWith(PREFIX)) found.push(key);
  }
  return found;
}

function read(storage, key) {
  const text = storage.getItem(key);
  if (text === null) return null;
  try {
    const { state } = stateFromData(JSON.parse(text), "opgeslagen scan");
    if (state) state.savedAt = JSON.parse(text).savedAt || "";
    return state;
  } catch {
    return null;
  }
}

/** The scan saved for this version, or null. */
export function load(storage, version) {
  return read(storage, keyFor(version));
}

/** Scans saved for other versions of the framework, newest first: [{key, state}]. */
export function findOlder(storage, version) {
  return keys(storage)
    .filter((key) => key !== keyFor(version))
    .map((key) => ({ key, state: read(storage, key) }))
    .filter((found) => found.state)
    .sort((a, b) => String(b.state.savedAt).localeCompare(String(a.state.savedAt)));
}

/** Save the scan under its framework's version; `now` is an ISO timestamp. */
export function save(storage, state, now) {
  storage.setItem(keyFor(state.framework.version), JSON.stringify({ ...canonical(state), savedAt: now }));
}

export function remove(storage, key) {
  storage.removeItem(key);
}

/** Remove every scan of the zelfscan from this browser, of any version. Returns how many. */
export function clearAll(storage) {
  const found = keys(storage);
  for (const key of found) storage.removeItem(key);
  return found.length;
}
