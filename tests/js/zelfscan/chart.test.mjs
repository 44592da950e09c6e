import test from "node:test";
import assert from "node:assert/strict";
import { framework, answer } from "./fixture.mjs";
import { barSegments, barDescription } from "../../../docs/assets/javascripts/zelfscan/chart.js";
import { themeScores } from "../../../docs/assets/javascripts/zelfscan/score.js";

test("segments from high to low, then weet ik niet, then open; together the full width", () => {
  const f = framework();
  const [toegang] = themeScores(f, { "toegang-loket": answer("niet"), "toegang-route": answer("volledig") });
  const segments = barSegments(f, toegang, 300);
  assert.deepEqual(segments.map((s) => [s.key, s.count, s.x, s.width]), [["volledig", 1, 0, 100], ["niet", 1, 100, 100], ["open", 1, 200, 100]]);
});

test("the text alternative says the same numbers", () => {
  const f = framework();
  const [, leren] = themeScores(f, { "leren-data": answer("weet-niet") });
  assert.equal(barDescription(f, leren), "Leren: 1 weet ik niet, 1 nog open (van 2 criteria).");
});
