import test from "node:test";
import assert from "node:assert/strict";
import { framework, answer } from "./fixture.mjs";
import { PREFIX, clearAll, findOlder, keyFor, load, save } from "../../../docs/assets/javascripts/zelfscan/storage.js";
import { emptyState } from "../../../docs/assets/javascripts/zelfscan/state.js";

class FakeStorage {
  constructor() { this.map = new Map(); }
  get length() { return this.map.size; }
  key(i) { return [...this.map.keys()][i] ?? null; }
  getItem(k) { return this.map.has(k) ? this.map.get(k) : null; }
  setItem(k, v) { this.map.set(k, String(v)); }
  removeItem(k) { this.map.delete(k); }
}

test("the key holds the framework version", () => {
  assert.equal(keyFor("abc123"), "kb-zelfscan:abc123");
  assert.equal(PREFIX, "kb-zelfscan:");
});

test("save and load", () => {
  const storage = new FakeStorage();
  const state = emptyState(framework());
  state.answers["toegang-loket"] = answer("deels");
  save(storage, state, "2026-03-12T10:00:00.000Z");
  assert.deepEqual([...storage.map.keys()], ["kb-zelfscan:v1"]);
  const back = load(storage, "v1");
  assert.equal(back.answers["toegang-loket"].level, "deels");
  assert.equal(back.savedAt, "2026-03-12T10:00:00.000Z");
  assert.equal(load(storage, "v2"), null);
});

test("scans of other versions are found, newest first; broken ones are ignored", () => {
  const storage = new FakeStorage();
  save(storage, emptyState(framework({ version: "old" })), "2025-01-01T00:00:00Z");
  save(storage, emptyState(framework({ version: "older" })), "2024-01-01T00:00:00Z");
  save(storage, emptyState(framework({ version: "v1" })), "2026-01-01T00:00:00Z");
  storage.setItem("kb-zelfscan:kapot", "{niet json");
  storage.setItem("kb-zelfscan:vreemd", '{"kind":"iets anders"}');
  assert.deepEqual(findOlder(storage, "v1").map((f) => f.key), ["kb-zelfscan:old", "kb-zelfscan:older"]);
  assert.equal(load(storage, "kapot"), null);
});

test("clearing removes only the zelfscan's keys", () => {
  const storage = new FakeStorage();
  storage.setItem("/.__palette", "{}");
  save(storage, emptyState(framework()), "2026-01-01T00:00:00Z");
  storage.setItem("kb-zelfscan:old", "{}");
  assert.equal(clearAll(storage), 2);
  assert.deepEqual([...storage.map.keys()], ["/.__palette"]);
});
