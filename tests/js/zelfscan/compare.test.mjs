import test from "node:test";
import assert from "node:assert/strict";
import { framework, answer } from "./fixture.mjs";
import { compareAnswers, change } from "../../../docs/assets/javascripts/zelfscan/compare.js";

test("kinds of change between two levels", () => {
  const f = framework();
  assert.equal(change(f, "niet", "deels"), "up");
  assert.equal(change(f, "volledig", "deels"), "down");
  assert.equal(change(f, "deels", "deels"), "same");
  assert.equal(change(f, "", "deels"), "new");
  assert.equal(change(f, "deels", ""), "dropped");
  assert.equal(change(f, "", ""), "open");
  assert.equal(change(f, "weet-niet", "deels"), "changed");
  assert.equal(change(f, "deels", "weet-niet"), "changed");
});

test("comparing with a snapshot: per criterion, per theme and what was removed from the framework", () => {
  const f = framework();
  const snapshot = {
    name: "meting 2025",
    framework: { version: "v0", criteria: { "toegang-loket": "Eén loket", "toegang-oud": "Een oud criterium" } },
    answers: { "toegang-loket": answer("niet"), "toegang-route": answer("volledig"), "leren-data": answer("deels"), "toegang-oud": answer("deels") },
  };
  const now = { "toegang-loket": answer("deels"), "toegang-route": answer("volledig"), "leren-ouders": answer("niet") };
  const result = compareAnswers(f, snapshot, now);
  const kinds = Object.fromEntries(result.criteria.map((c) => [c.id, c.change]));
  assert.deepEqual(kinds, { "toegang-loket": "up", "toegang-route": "same", "toegang-vroeg": "open", "leren-data": "dropped", "leren-ouders": "new" });
  assert.deepEqual(result.summary, { up: 1, down: 0, changed: 0, new: 1, dropped: 1, same: 1, open: 1 });
  assert.deepEqual(result.removed, [{ id: "toegang-oud", title: "Een oud criterium", before: "deels" }]);
  assert.deepEqual(result.themes.map((t) => [t.id, t.before, t.now]), [["toegang", 50, 75], ["leren", 50, 0]]);
});
