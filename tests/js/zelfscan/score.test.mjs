import test from "node:test";
import assert from "node:assert/strict";
import { framework, answer } from "./fixture.mjs";
import { themeScores, overallScore } from "../../../docs/assets/javascripts/zelfscan/score.js";

test("counts per level and open, per theme", () => {
  const [toegang, leren] = themeScores(framework(), { "toegang-loket": answer("volledig"), "toegang-route": answer("deels"), "leren-data": answer("weet-niet") });
  assert.deepEqual(toegang.counts, { open: 1, niet: 0, deels: 1, volledig: 1, "weet-niet": 0 });
  assert.equal(toegang.total, 3);
  assert.equal(toegang.ranked, 2);
  assert.equal(leren.counts["weet-niet"], 1);
  assert.equal(leren.open, 1);
});

test("score is the average level on 0-100; weet ik niet and open do not count", () => {
  const [toegang, leren] = themeScores(framework(), { "toegang-loket": answer("volledig"), "toegang-route": answer("deels"), "toegang-vroeg": answer("niet"), "leren-data": answer("weet-niet") });
  assert.equal(toegang.score, 50); // (2 + 1 + 0) / (3 * 2)
  assert.equal(leren.score, null);
  assert.equal(leren.unknown, 1);
});

test("an empty answer or an unknown level id counts as open", () => {
  const [toegang] = themeScores(framework(), { "toegang-loket": answer(""), "toegang-route": answer("half") });
  assert.equal(toegang.open, 3);
  assert.equal(toegang.score, null);
});

test("overall score over all themes", () => {
  const total = overallScore(framework(), { "toegang-loket": answer("volledig"), "leren-ouders": answer("volledig"), "leren-data": answer("niet") });
  assert.equal(total.total, 5);
  assert.equal(total.open, 2);
  assert.equal(total.counts.volledig, 2);
  assert.equal(total.score, 67); // 4 / 6
});

test("a longer scale is scored by rank, not by a fixed three steps", () => {
  const f = framework({ levels: [
    { id: "a", name: "A", meaning: "", rank: 0 }, { id: "b", name: "B", meaning: "", rank: 1 },
    { id: "c", name: "C", meaning: "", rank: 2 }, { id: "d", name: "D", meaning: "", rank: 3 },
  ] });
  const [toegang] = themeScores(f, { "toegang-loket": answer("b"), "toegang-route": answer("d") });
  assert.equal(toegang.score, 67); // (1 + 3) / (2 * 3)
});
