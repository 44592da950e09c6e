// Small numbers: "< 10", no percentages on fewer than 10, and no working back by subtraction.
import { test } from "node:test";
import assert from "node:assert/strict";
import { suppressCount, suppressPartition, publicReport, publicMeasure, SMALL, HIDDEN } from "../../../docs/assets/javascripts/rapportage/suppress.js";
import { computeReport } from "../../../docs/assets/javascripts/rapportage/compute.js";
import { dataset, rec } from "./dataset.fixture.mjs";

test("counts from 1 to 9 become '< 10'; 0 and 10 stay", () => {
  assert.deepEqual([0, 1, 9, 10, 250].map((n) => suppressCount(n)), [0, SMALL, SMALL, 10, 250]);
});

test("a single hidden count in a breakdown hides the next smallest too", () => {
  assert.deepEqual(suppressPartition([40, 3, 25, 0]), [40, SMALL, HIDDEN, 0]);
  assert.deepEqual(suppressPartition([40, 3, 5, 12]), [40, SMALL, SMALL, 12], "two small ones already protect each other");
  assert.deepEqual(suppressPartition([40, 30, 12]), [40, 30, 12]);
  assert.deepEqual(suppressPartition([4]), [SMALL]);
});

test("a share on fewer than 10 is not shown, nor judged", () => {
  const m = publicMeasure({ kind: "share", numerator: 7, denominator: 8, value: 0.875, goal: 80, met: true, excluded: [{ reason: "loopt nog", count: 2 }], population: 10 });
  assert.deepEqual([m.numerator, m.denominator, m.value, m.met], [SMALL, SMALL, null, null]);
  assert.deepEqual(m.excluded, [{ reason: "loopt nog", count: SMALL }]);
  const big = publicMeasure({ kind: "share", numerator: 45, denominator: 50, value: 0.9, goal: 80, met: true, excluded: [], population: 50 });
  assert.deepEqual([big.numerator, big.denominator, big.value, big.met], [45, 50, 0.9, true]);
  const mean = publicMeasure({ kind: "mean", n: 9, value: 7.5, goal: 7, met: true, excluded: [], population: 9 });
  assert.deepEqual([mean.n, mean.value, mean.met], [SMALL, null, null]);
});

function walk(node, path, visit) {
  if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${path}[${i}]`, visit));
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`, visit);
  else visit(path, node);
}

const COUNT_KEYS = /\.(count|numerator|denominator|n|total|missing|outside|population|excludedTotal|any|traject|professional)$|\.counts\[\d+\]$|\.figures\[\d+\]\.value$/;

test("the public report holds no count from 1 to 9", () => {
  // 23 trajectories spread so that many breakdowns have small cells
  const records = Array.from({ length: 23 }, (_, i) =>
    rec(i + 2, {
      trajectnummer: `T-${i}`,
      "datum-aanmelding": `2025-${String((i % 12) + 1).padStart(2, "0")}-05`,
      verwijzer: i < 3 ? "huisarts" : "ouders zelf",
      gemeente: i < 20 ? "0363" : "0344",
      "leeftijd-aanmelding": i * 3,
      "datum-start-traject": `2025-${String((i % 12) + 1).padStart(2, "0")}-20`,
      "ouder-aanwezig-mdo": i !== 5,
    }),
  );
  const exact = computeReport(dataset, { traject: records, professional: [rec(2, { "intervisie-dit-jaar": true })] }, { peildatum: "2026-01-31", year: 2025 });
  const shown = publicReport(exact, 10);
  const offending = [];
  walk(shown, "report", (path, value) => {
    if (COUNT_KEYS.test(path) && typeof value === "number" && value > 0 && value < 10) offending.push(`${path} = ${value}`);
  });
  // key figures: the median lead time (in days) is not a count; all other key figures are
  const figures = shown.chapters[0].blocks[0].figures;
  const medianIndex = figures.findIndex((f) => f.kind === "median");
  const real = offending.filter((o) => !o.startsWith(`report.chapters[0].blocks[0].figures[${medianIndex}]`));
  assert.deepEqual(real, []);
  const months = shown.chapters[1].blocks.find((b) => b.type === "months");
  assert.equal(months.unit, "kwartaal", "months with few registrations become quarters");
  assert.deepEqual(months.counts, [SMALL, SMALL, SMALL, SMALL], "6, 6, 6 and 5 registrations per quarter");
  const referrers = shown.chapters[1].blocks.find((b) => b.field === "verwijzer");
  assert.deepEqual(referrers.rows.map((r) => r.count), [HIDDEN, SMALL, 0], "20 'ouders zelf' is hidden, else 23 - 20 = 3 'huisarts'");
  assert.equal(referrers.missing, 0);
  const municipalities = shown.chapters[1].blocks.find((b) => b.field === "gemeente");
  assert.deepEqual(municipalities.rows.map((r) => [r.label, r.count]), [["0344", SMALL], ["0363", HIDDEN]], "the other municipality is hidden so 3 = 23 - 20 cannot be worked out");
});
