// The exported yearly figures: only suppressed totals, the region and the year; read back safely.
import { test } from "node:test";
import assert from "node:assert/strict";
import { computeReport } from "../../../docs/assets/javascripts/rapportage/compute.js";
import { publicReport, SMALL } from "../../../docs/assets/javascripts/rapportage/suppress.js";
import { buildAggregate, readAggregate, compareRows, aggregateFileName, sameRegionYear } from "../../../docs/assets/javascripts/rapportage/aggregate.js";
import { dataset, rec } from "./dataset.fixture.mjs";

function records() {
  return Array.from({ length: 30 }, (_, i) =>
    rec(i + 2, {
      trajectnummer: `GEHEIM-${1000 + i}`,
      "datum-aanmelding": "2025-02-03",
      "datum-start-traject": "2025-02-17",
      "datum-adviesplan": i < 27 ? "2025-06-19" : "2025-11-23",
      gemeente: "0363",
      "leeftijd-aanmelding": 27,
      verwijzer: "huisarts",
      "uren-traject": 23.5,
      "ouder-aanwezig-mdo": true,
      "score-betrokkenheid": 8,
    }),
  );
}

function aggregate() {
  const exact = computeReport(dataset, { traject: records(), professional: [rec(2, { "intervisie-dit-jaar": true })] }, { peildatum: "2026-01-31", year: 2025, region: "Regio Test" });
  return buildAggregate(publicReport(exact, 10), dataset);
}

test("the export holds only the region, the year and suppressed figures", () => {
  const a = aggregate();
  assert.deepEqual(Object.keys(a).sort(), ["afscherming", "dataset", "doelen", "formaat", "jaar", "kerncijfers", "peildatum", "regio", "soort"]);
  assert.equal(a.regio, "Regio Test");
  assert.equal(a.jaar, 2025);
  const text = JSON.stringify(a);
  for (const secret of ["GEHEIM", "2025-02-03", "2025-02-17", "2025-06-19", "2025-11-23", "0363", "23.5", "huisarts"]) {
    assert.ok(!text.includes(secret), `record-level value ${secret} must not be in the export`);
  }
  for (const goal of a.doelen) {
    assert.deepEqual(Object.keys(goal).sort(), ["id", "normen", "nummer", "titel"]);
    for (const norm of goal.normen) {
      for (const key of Object.keys(norm)) assert.ok(["norm", "wat", "soort", "waarde", "normwaarde", "gehaald", "teller", "noemer", "aantal"].includes(key), key);
      for (const key of ["teller", "noemer", "aantal"]) {
        if (key in norm && typeof norm[key] === "number") assert.ok(norm[key] === 0 || norm[key] >= 10, `${goal.id}.${key} = ${norm[key]}`);
      }
    }
  }
  const g1 = a.doelen.find((g) => g.id === "ontwikkelingsperspectief").normen[0];
  assert.deepEqual([g1.teller, g1.noemer, g1.waarde, g1.gehaald], [27, 30, 0.9, true]);
  const g6 = a.doelen.find((g) => g.id === "deskundigheid").normen[1];
  assert.deepEqual([g6.teller, g6.noemer, g6.waarde, g6.gehaald], [SMALL, SMALL, null, null], "one professional: suppressed");
  assert.equal(aggregateFileName(a), "ivh-jaarcijfers-regio-test-2025.json");
});

test("an export is read back, and two regions line up side by side", () => {
  const first = readAggregate(JSON.stringify(aggregate()));
  assert.ok(first.aggregate, first.problem);
  const second = readAggregate(JSON.stringify({ ...aggregate(), regio: "Andere regio" }));
  const { regions, rows } = compareRows([first.aggregate, second.aggregate], dataset);
  assert.deepEqual(regions.map((r) => r.region), ["Andere regio", "Regio Test"]);
  assert.equal(rows.length, 10, "one row per norm of the six goals");
  assert.deepEqual(rows[0].cells.map((c) => c.value), [0.9, 0.9]);
  assert.ok(sameRegionYear(first.aggregate, { region: "regio test", year: 2025 }));
});

test("malformed files give a Dutch message, never an exception", () => {
  const cases = [
    ["niet json", /geen JSON/],
    ["[]", /geen exportbestand met jaarcijfers/],
    [JSON.stringify({ soort: "iets anders" }), /geen exportbestand/],
    [JSON.stringify({ soort: "ivh-jaarcijfers", formaat: 2 }), /formaat 2/],
    [JSON.stringify({ soort: "ivh-jaarcijfers", formaat: 1, jaar: "2025", doelen: [] }), /jaar/],
    [JSON.stringify({ soort: "ivh-jaarcijfers", formaat: 1, jaar: 2025 }), /doelen ontbreken/],
    [JSON.stringify({ soort: "ivh-jaarcijfers", formaat: 1, jaar: 2025, doelen: [{ id: "x", titel: "y", normen: [{ teller: -3 }] }] }), /geen geldig aantal/],
    [JSON.stringify({ soort: "ivh-jaarcijfers", formaat: 1, jaar: 2025, doelen: [null] }), /geen normen/],
  ];
  for (const [text, expected] of cases) {
    const result = readAggregate(text);
    assert.ok(result.problem, text);
    assert.match(result.problem, expected);
  }
});

test("an edited export with a small number shows it suppressed, and markup stays text", () => {
  const a = aggregate();
  a.regio = "<img src=x onerror=alert(1)>";
  a.doelen[0].normen[0].teller = 3;
  a.extra = { trajectnummers: ["GEHEIM-1"] };
  const { aggregate: read } = readAggregate(JSON.stringify(a));
  assert.equal(read.goals[0].measures[0].numerator, SMALL);
  assert.equal(read.region, "<img src=x onerror=alert(1)>", "kept as text; the page sets it with textContent");
  assert.ok(!JSON.stringify(read).includes("GEHEIM"), "unknown keys are dropped");
});
