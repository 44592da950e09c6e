// The six goals on hand-made records with known answers, including the edge cases: no records,
// one record, all dates missing, trajectories still open.
import { test } from "node:test";
import assert from "node:assert/strict";
import { computeGoals, computeReport, summarize, quantile, missingRuleFields, shareOfFilled } from "../../../docs/assets/javascripts/rapportage/compute.js";
import { dataset, rec } from "./dataset.fixture.mjs";

const PEIL = "2025-12-31";

function goal(records, id, opts = {}) {
  return computeGoals(dataset, { traject: [], professional: [], ...records }, { peildatum: PEIL, year: 2025, ...opts }).find((g) => g.id === id);
}

function excluded(measure) {
  return Object.fromEntries(measure.excluded.filter((e) => e.count).map((e) => [e.reason, e.count]));
}

test("the rules and the data set agree", () => {
  assert.deepEqual(missingRuleFields(dataset), []);
});

test("no records: every norm has no denominator and no verdict", () => {
  const goals = computeGoals(dataset, { traject: [], professional: [] }, { peildatum: PEIL, year: 2025 });
  assert.equal(goals.length, 6);
  for (const g of goals) {
    for (const m of g.measures) {
      assert.equal(m.value, null, `${g.id}: no value without data`);
      assert.equal(m.met, null);
      if (m.kind === "share") assert.equal(m.denominator, 0);
    }
  }
  const report = computeReport(dataset, { traject: [], professional: [] }, { peildatum: PEIL, year: 2025 });
  assert.equal(report.chapters.length, 4, "the chapters are still made");
});

test("one record: advice within six months", () => {
  const m = goal({ traject: [rec(2, { "datum-start-traject": "2025-02-01", "datum-adviesplan": "2025-05-01" })] }, "ontwikkelingsperspectief").measures[0];
  assert.equal(m.numerator, 1);
  assert.equal(m.denominator, 1);
  assert.equal(m.value, 1);
  assert.equal(m.met, true);
});

test("goal 1: the deadline is six calendar months, the last day included", () => {
  const records = [
    rec(2, { "datum-start-traject": "2025-01-31", "datum-adviesplan": "2025-07-31" }), // on the last day: in time
    rec(3, { "datum-start-traject": "2025-01-31", "datum-adviesplan": "2025-08-01" }), // one day late
    rec(4, { "datum-start-traject": "2025-08-31", "datum-adviesplan": "2026-02-28" }), // 31 Aug + 6 months = 28 Feb
  ];
  const m = goal({ traject: records }, "ontwikkelingsperspectief", { peildatum: "2026-03-31" }).measures[0];
  assert.deepEqual([m.numerator, m.denominator], [2, 3]);
  assert.equal(m.met, false, "2 of 3 is below 80%");
});

test("goal 1: all dates missing", () => {
  const records = [rec(2, {}), rec(3, { "datum-adviesplan": "2025-05-01" }), rec(4, { verwijzer: "huisarts" })];
  const m = goal({ traject: records }, "ontwikkelingsperspectief").measures[0];
  assert.equal(m.denominator, 0);
  assert.equal(m.value, null);
  assert.deepEqual(excluded(m), { "geen datum start traject": 3 });
});

test("goal 1: open trajectories are left out until their term has passed", () => {
  const records = [
    rec(2, { "datum-start-traject": "2025-03-01", "datum-adviesplan": "2025-06-01" }), // in time
    rec(3, { "datum-start-traject": "2025-05-01" }), // no advice; 6 months passed on 1 Nov: not in time
    rec(4, { "datum-start-traject": "2025-10-01" }), // no advice; term ends 1 Apr 2026: still open
    rec(5, { "datum-start-traject": "2025-11-01", "datum-afsluiting": "2025-12-01" }), // closed without advice: not in time
    rec(6, { "datum-start-traject": "2025-09-01", "datum-adviesplan": "2025-08-01" }), // advice before start: dates wrong
  ];
  const m = goal({ traject: records }, "ontwikkelingsperspectief").measures[0];
  assert.deepEqual([m.numerator, m.denominator], [1, 3]);
  assert.deepEqual(excluded(m), { "loopt nog": 1, "datums kloppen niet": 1 });
  const later = goal({ traject: records }, "ontwikkelingsperspectief", { peildatum: "2026-06-30" }).measures[0];
  assert.deepEqual([later.numerator, later.denominator], [1, 4], "at a later reference date the open one has failed");
});

test("goal 1: a date after the reference date is not known yet", () => {
  const records = [rec(2, { "datum-start-traject": "2025-12-01", "datum-adviesplan": "2026-01-15" })];
  const m = goal({ traject: records }, "ontwikkelingsperspectief").measures[0];
  assert.deepEqual(excluded(m), { "loopt nog": 1 });
});

test("goal 2: parents at the MDO, and the mean score", () => {
  const records = [
    rec(2, { "ouder-aanwezig-mdo": true, "score-betrokkenheid": 8 }),
    rec(3, { "ouder-aanwezig-mdo": true, "score-betrokkenheid": 6 }),
    rec(4, { "ouder-aanwezig-mdo": false, "score-betrokkenheid": 7.5 }),
    rec(5, {}),
  ];
  const [present, score] = goal({ traject: records }, "ouderbetrokkenheid").measures;
  assert.deepEqual([present.numerator, present.denominator, present.met], [2, 3, false]);
  assert.deepEqual(excluded(present), { "niet ingevuld": 1 });
  assert.equal(score.kind, "mean");
  assert.equal(score.n, 3);
  assert.equal(score.value, 7.166666666666667);
  assert.equal(score.met, true, "7.17 on average meets 'at least 7'");
});

test("goal 3: higher than before and at least 4", () => {
  const records = [
    rec(2, { "zelfvertrouwen-start": 2, "zelfvertrouwen-einde": 4 }), // counts
    rec(3, { "zelfvertrouwen-start": 4, "zelfvertrouwen-einde": 4 }), // not higher
    rec(4, { "zelfvertrouwen-start": 2, "zelfvertrouwen-einde": 3 }), // higher, below 4
    rec(5, { "zelfvertrouwen-start": 3, "zelfvertrouwen-einde": 5 }), // counts
    rec(6, { "zelfvertrouwen-start": 3 }),
    rec(7, { "zelfvertrouwen-einde": 5 }),
    rec(8, {}),
  ];
  const m = goal({ traject: records }, "opvoedvaardigheden").measures[0];
  assert.deepEqual([m.numerator, m.denominator], [2, 4]);
  assert.equal(m.met, false);
  assert.deepEqual(excluded(m), { "alleen een score bij de start": 1, "alleen een score na afloop": 1, "geen scores": 1 });
});

test("goal 4: access within nine months, with unknown and no-help cases left out", () => {
  const records = [
    rec(2, { "datum-start-traject": "2025-01-10", "datum-toegang-hulp": "2025-09-10" }), // in time
    rec(3, { "datum-start-traject": "2025-01-10", "datum-toegang-hulp": "2025-10-11" }), // late
    rec(4, { "datum-start-traject": "2025-02-01", "vervolghulp-status": "op de wachtlijst" }), // term passed: not in time
    rec(5, { "datum-start-traject": "2025-02-01", "vervolghulp-status": "onbekend" }), // unknown
    rec(6, { "datum-start-traject": "2025-02-01" }), // status empty: unknown
    rec(7, { "datum-start-traject": "2025-02-01", "vervolghulp-status": "gestart" }), // started, date missing
    rec(8, { "datum-start-traject": "2025-06-01", "vervolghulp-status": "op de wachtlijst" }), // term ends 1 Mar 2026: open
    rec(9, { "datum-start-traject": "2025-02-01", adviezen: ["geen verdere hulp nodig"] }), // nothing to access
  ];
  const m = goal({ traject: records }, "toegang-voorzieningen").measures[0];
  assert.deepEqual([m.numerator, m.denominator], [1, 3]);
  assert.deepEqual(excluded(m), { "uitkomst onbekend": 2, "gestart, datum ontbreekt": 1, "loopt nog": 1, "geen verdere hulp nodig": 1 });
});

test("goal 5: every MDO with all disciplines (no number in the norm means every case), and an indication", () => {
  const records = Array.from({ length: 10 }, (_, i) => rec(i + 2, { "alle-disciplines-aanwezig": i !== 0 }));
  const professionals = [rec(2, { "score-samenwerking": 8 }), rec(3, { "score-samenwerking": 6 })];
  const [all, indication] = goal({ traject: records, professional: professionals }, "samenwerking").measures;
  assert.equal(all.goal, 100);
  assert.equal(all.targetText, "bij elk MDO (100%)");
  assert.deepEqual([all.numerator, all.denominator, all.met], [9, 10, false]);
  assert.equal(indication.kind, "indication");
  assert.equal(indication.value, 7);
  assert.equal(indication.met, null, "no verdict without a number in the norm");
});

test("goal 6: per professional, against every professional", () => {
  const professionals = [
    rec(2, { "bijeenkomsten-vijf-jaar": 3, "intervisie-dit-jaar": true, "zelfscore-deskundigheid": 8 }),
    rec(3, { "bijeenkomsten-vijf-jaar": 5, "intervisie-dit-jaar": true, "zelfscore-deskundigheid": 7 }),
    rec(4, { "bijeenkomsten-vijf-jaar": 2, "intervisie-dit-jaar": false, "zelfscore-deskundigheid": 6 }),
    rec(5, {}),
  ];
  const [meetings, intervision, self] = goal({ professional: professionals }, "deskundigheid").measures;
  assert.equal(meetings.targetText, "minimaal 3 in 5 jaar, voor iedere professional (100%)");
  assert.deepEqual([meetings.numerator, meetings.denominator, meetings.met], [2, 3, false]);
  assert.deepEqual([intervision.numerator, intervision.denominator], [2, 3]);
  assert.deepEqual([self.numerator, self.denominator], [2, 3]);
  assert.equal(self.mean, 7);
  const perfect = goal({ professional: professionals.slice(0, 2) }, "deskundigheid").measures[0];
  assert.equal(perfect.met, true);
});

test("median and spread", () => {
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.deepEqual(summarize([10, 20, 30, 40, 50]), { n: 5, mean: 30, median: 30, p25: 20, p75: 40, sum: 150 });
  assert.deepEqual(summarize([]), { n: 0, mean: null, median: null, p25: null, p75: null, sum: 0 });
});

test("the chapters: lead times, registrations per month, a field shown once", () => {
  const records = Array.from({ length: 12 }, (_, i) =>
    rec(i + 2, { "datum-aanmelding": `2025-0${(i % 3) + 1}-01`, "datum-start-traject": `2025-0${(i % 3) + 1}-1${i % 10}`, gemeente: "0363" }),
  );
  const report = computeReport(dataset, { traject: records, professional: [] }, { peildatum: PEIL, year: 2025, region: "Test" });
  const blocks = Object.fromEntries(report.chapters.map((c) => [c.number, c.blocks]));
  assert.deepEqual(blocks[1].slice(0, 2).map((b) => b.type), ["keyFigures", "goalSummary"]);
  const months = blocks[2].find((b) => b.type === "months");
  assert.deepEqual(months.counts.slice(0, 4), [4, 4, 4, 0]);
  const lead = blocks[3].find((b) => b.type === "leadTime" && b.field === "datum-start-traject");
  assert.equal(lead.stats.n, 12);
  assert.equal(lead.stats.median, 12.5, "days 9,9,10,10,11,12 | 13,…,18: the middle two are 12 and 13");
  assert.ok(blocks[3].some((b) => b.type === "seeChapter" && b.field === "gemeente" && b.chapter === 2));
  assert.ok(blocks[3].some((b) => b.type === "measure" && b.goalId === "ontwikkelingsperspectief"), "goal 1's card sits with its advice date");
  assert.ok(blocks[4].some((b) => b.type === "dataNotes"), "the last chapter notes how complete each field is");
  assert.equal(report.meta.counts.traject, 12);
});

test("shareOfFilled: counts the filled-in cells that meet the norm, and the empty ones apart", () => {
  const list = [rec(2, { n: 5 }), rec(3, { n: 2 }), rec(4, {}), rec(5, { n: "drie" }), rec(6, { n: 3 })];
  const m = shareOfFilled(list, "n", (v) => typeof v === "number", (v) => v >= 3, { percentage: 60 });
  assert.equal(m.kind, "share");
  assert.equal(m.numerator, 2);
  assert.equal(m.denominator, 3);
  assert.equal(m.value, 2 / 3);
  assert.equal(m.goal, 60);
  assert.equal(m.met, true);
  assert.deepEqual(excluded(m), { "niet ingevuld": 2 });
  const none = shareOfFilled([rec(2, {})], "n", (v) => v !== undefined, (v) => v === true, {});
  assert.equal(none.denominator, 0);
  assert.equal(none.value, null);
  assert.equal(none.met, null, "no verdict without filled-in cells");
  assert.equal(none.goal, 100, "without a percentage the norm is all of them");
});

test("shareOfFilled gives the 'yes' and 'atLeast' rules their answers", () => {
  const yes = goal({ traject: [rec(2, { "ouder-aanwezig-mdo": true }), rec(3, { "ouder-aanwezig-mdo": false }), rec(4, {})] }, "ouderbetrokkenheid").measures[0];
  assert.deepEqual([yes.numerator, yes.denominator], [1, 2]);
  assert.deepEqual(excluded(yes), { "niet ingevuld": 1 });
  const atLeast = goal({ professional: [rec(2, { "bijeenkomsten-vijf-jaar": 3 }), rec(3, { "bijeenkomsten-vijf-jaar": 1 }), rec(4, {})] }, "deskundigheid").measures[0];
  assert.deepEqual([atLeast.numerator, atLeast.denominator], [1, 2]);
  assert.deepEqual(excluded(atLeast), { "niet ingevuld": 1 });
});
