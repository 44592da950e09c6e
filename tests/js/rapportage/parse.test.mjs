// Reading Dutch notations: numbers and dates (CSV and text encodings: tests/js/shared/csv.test.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDutchNumber, formatNumber, formatPercent } from "../../../docs/assets/javascripts/rapportage/numbers.js";
import { parseDutchDate, addMonths, daysBetween, fromDateObject, formatDate } from "../../../docs/assets/javascripts/rapportage/dates.js";

test("numbers in Dutch notation", () => {
  assert.equal(parseDutchNumber("1,5"), 1.5);
  assert.equal(parseDutchNumber(" 12 "), 12);
  assert.equal(parseDutchNumber("1.250"), 1250);
  assert.equal(parseDutchNumber("1.250,75"), 1250.75);
  assert.equal(parseDutchNumber("1.5"), 1.5, "an English decimal point with one or two decimals");
  assert.equal(parseDutchNumber(",5"), 0.5);
  assert.equal(parseDutchNumber("-2"), -2);
  assert.equal(parseDutchNumber("veel"), null);
  assert.equal(parseDutchNumber("1,5,2"), null);
  assert.equal(parseDutchNumber(""), null);
});

test("numbers written in Dutch notation", () => {
  assert.equal(formatNumber(1234), "1.234");
  assert.equal(formatNumber(7.84, 1), "7,8");
  assert.equal(formatNumber(0.5), "0,5");
  assert.equal(formatPercent(0.925), "93%");
  assert.equal(formatPercent(0.796, 80), "79,6%", "rounding must not hide a missed norm");
  assert.equal(formatPercent(0.8, 80), "80%");
});

test("dates in Dutch notation", () => {
  assert.deepEqual(parseDutchDate("31-12-2025"), { iso: "2025-12-31" });
  assert.deepEqual(parseDutchDate("1-2-2025"), { iso: "2025-02-01" });
  assert.deepEqual(parseDutchDate("01/02/2025"), { iso: "2025-02-01" });
  assert.deepEqual(parseDutchDate("01.02.2025"), { iso: "2025-02-01" });
  assert.deepEqual(parseDutchDate("2025-12-31"), { iso: "2025-12-31" });
  assert.deepEqual(parseDutchDate("31-02-2025"), { problem: "invalid" });
  assert.deepEqual(parseDutchDate("29-02-2025"), { problem: "invalid" });
  assert.deepEqual(parseDutchDate("29-02-2024"), { iso: "2024-02-29" });
  assert.deepEqual(parseDutchDate("31-12-25"), { problem: "year" });
  assert.deepEqual(parseDutchDate("31-12/2025"), { problem: "format" }, "mixed separators");
  assert.deepEqual(parseDutchDate("morgen"), { problem: "format" });
  assert.equal(formatDate("2025-02-01"), "01-02-2025");
});

test("dates from spreadsheet date cells", () => {
  assert.equal(fromDateObject(new Date(Date.UTC(2025, 11, 31))), "2025-12-31");
  assert.equal(fromDateObject(new Date("x")), null);
  assert.equal(fromDateObject("2025-12-31"), null);
});

test("adding months keeps the day, or the month's last day", () => {
  assert.equal(addMonths("2025-01-15", 6), "2025-07-15");
  assert.equal(addMonths("2025-08-31", 6), "2026-02-28");
  assert.equal(addMonths("2023-08-31", 6), "2024-02-29");
  assert.equal(addMonths("2025-12-01", 1), "2026-01-01");
  assert.equal(daysBetween("2025-01-01", "2025-03-01"), 59);
  assert.equal(daysBetween("2025-03-01", "2025-01-01"), -59);
});
