// kb-search-lazy.js: which request is held back, and the gate that releases it once.
import { test } from "node:test";
import assert from "node:assert/strict";
import "../../../docs/assets/javascripts/kb-search-lazy.js";

const { isSearchIndex, createGate } = globalThis.kbSearchLazy;

test("the search index is recognised in every form Material requests it", () => {
  assert.ok(isSearchIndex("http://127.0.0.1:8000/search/search_index.json"));
  assert.ok(isSearchIndex("https://kennisbank.integralevroeghulp.nl/search/search_index.json"));
  assert.ok(isSearchIndex("../search/search_index.json"));
  assert.ok(isSearchIndex(new URL("https://a.nl/sub/search/search_index.json?v=1")));
});

test("no other request is held back", () => {
  for (const url of [
    "https://a.nl/search/search_index.js",
    "https://a.nl/search/search_index.json.map",
    "https://a.nl/research/search_index.json",
    "https://a.nl/assets/javascripts/workers/search.a7633da7.min.js",
    "https://a.nl/sitemap.xml",
    "https://a.nl/voor/ouders/",
  ]) assert.equal(isSearchIndex(url), false, url);
});

test("held work waits for the release and then runs once, in order", () => {
  const gate = createGate();
  const ran = [];
  gate.hold(() => ran.push(1));
  gate.hold(() => ran.push(2));
  assert.deepEqual(ran, []);
  assert.equal(gate.isReleased(), false);
  gate.release();
  gate.release();
  assert.deepEqual(ran, [1, 2]);
  gate.hold(() => ran.push(3));
  assert.deepEqual(ran, [1, 2, 3]);
  assert.equal(gate.isReleased(), true);
});
