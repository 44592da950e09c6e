import test from "node:test";
import assert from "node:assert/strict";
import { fileName, longDate, scoreText, criteria } from "../../../docs/assets/javascripts/zelfscan/text.js";

test("file names for exports", () => {
  assert.equal(fileName({ municipality: "Súdwest-Fryslân", date: "2026-03-12" }, "json", "2026-01-01"), "zelfscan-sudwest-fryslan-2026-03-12.json");
  assert.equal(fileName({ municipality: "", date: "" }, "csv", "2026-01-01"), "zelfscan-2026-01-01.csv");
  assert.equal(fileName({ municipality: "../../<x>", date: "" }, "csv", "2026-01-01"), "zelfscan-x-2026-01-01.csv");
});

test("Dutch dates, scores and counts", () => {
  assert.equal(longDate("2026-03-12"), "12 maart 2026");
  assert.equal(longDate("2026-03-12T10:00:00Z"), "12 maart 2026");
  assert.equal(longDate(""), "");
  assert.equal(scoreText(null), "–");
  assert.equal(scoreText(63), "63 van 100");
  assert.equal(criteria(1), "1 criterium");
  assert.equal(criteria(0), "0 criteria");
});
