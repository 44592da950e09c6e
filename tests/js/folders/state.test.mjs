import test from "node:test";
import assert from "node:assert/strict";
import { FILE_KIND, STORAGE_KEY, clear, emptyState, exportJson, hasValues, load, normalizeState, parseJson, save } from "../../../docs/assets/javascripts/folders/state.js";
import { FakeStorage, data, filled } from "./fixture.mjs";

test("an empty state has every field, empty, and the first handout", () => {
  const state = emptyState(data);
  assert.equal(state.folder, "verwijzers-jgz");
  assert.deepEqual(state.values.gemeenten, []);
  assert.equal(state.values.regio, "");
  assert.equal(hasValues(state.values), false);
  assert.equal(hasValues(filled()), true);
});

test("untrusted data keeps only known fields, cleaned and cut to length, and known municipalities", () => {
  const state = normalizeState({
    folder: "bestaat-niet",
    values: { regio: "x".repeat(500), telefoon: 20201234567, onbekend: "weg", aanmelden: "a\u0000b\r\nc", gemeenten: ["gm0363", "gm9999", 7, "gm0363"], __proto__: { x: 1 } },
  }, data);
  assert.equal(state.folder, "verwijzers-jgz");
  assert.equal(state.values.regio.length, 80);
  assert.equal(state.values.telefoon, "");
  assert.equal(state.values.aanmelden, "ab\nc");
  assert.deepEqual(state.values.gemeenten, ["gm0363"]);
  assert.ok(!("onbekend" in state.values));
  assert.deepEqual(normalizeState(null, data), emptyState(data));
  assert.deepEqual(normalizeState("tekst", data), emptyState(data));
});

test("the JSON file round trip keeps the handout and the fields", () => {
  const state = { folder: "gemeenten", values: filled() };
  const text = exportJson(state, "2026-11-30T10:00:00.000Z");
  assert.equal(JSON.parse(text).kind, FILE_KIND);
  assert.deepEqual(parseJson(text, data).state, state);
  assert.match(parseJson("{", data).error, /geen JSON-bestand/);
  assert.match(parseJson('{"kind":"iets anders"}', data).error, /niet van de pagina/);
  assert.match(parseJson(`{"kind":"${FILE_KIND}","format":99}`, data).error, /andere versie/);
  assert.deepEqual(parseJson(`\uFEFF${text}`, data).state, state);
});

test("storage: saved under one key, read back as untrusted, cleared", () => {
  const storage = new FakeStorage();
  assert.equal(load(storage, data), null);
  save(storage, { folder: "gemeenten", values: filled() }, "2026-11-30T10:00:00.000Z");
  assert.deepEqual([...storage.map.keys()], [STORAGE_KEY]);
  const loaded = load(storage, data);
  assert.equal(loaded.state.folder, "gemeenten");
  assert.equal(loaded.savedAt, "2026-11-30T10:00:00.000Z");
  storage.setItem(STORAGE_KEY, "{kapot");
  assert.equal(load(storage, data), null);
  clear(storage);
  assert.equal(storage.length, 0);
});
