import test from "node:test";
import assert from "node:assert/strict";
import { framework, answer } from "./fixture.mjs";
import { migrate, describeMigration } from "../../../docs/assets/javascripts/zelfscan/migrate.js";
import { emptyState } from "../../../docs/assets/javascripts/zelfscan/state.js";

function savedWith(f, answers) {
  return { ...emptyState(f), answers };
}

test("same version: nothing changes and nothing is reported", () => {
  const f = framework();
  const { state, report } = migrate(savedWith(f, { "toegang-loket": answer("deels") }), f);
  assert.equal(report.changed, false);
  assert.deepEqual(describeMigration(report, f), []);
  assert.equal(state.answers["toegang-loket"].level, "deels");
});

test("a new version: answers kept by id; added, renamed and removed criteria reported", () => {
  const old = framework();
  old.themes[0].criteria.push({ id: "toegang-weg", title: "Verdwenen criterium" });
  const saved = savedWith(old, { "toegang-loket": answer("deels", { evidence: "Bewijs" }), "toegang-weg": answer("volledig"), "leren-data": answer("niet") });
  const next = framework({ version: "v2" });
  next.themes[0].criteria[0].title = "Eén herkenbaar loket";
  next.themes[1].criteria.push({ id: "leren-nieuw", title: "Leren van anderen" });
  const { state, report } = migrate(saved, next);
  assert.equal(report.changed, true);
  assert.deepEqual(report.added, [{ id: "leren-nieuw", title: "Leren van anderen" }]);
  assert.deepEqual(report.renamed, [{ id: "toegang-loket", from: "Eén loket", to: "Eén herkenbaar loket" }]);
  assert.deepEqual(report.removed, [{ id: "toegang-weg", title: "Verdwenen criterium", level: "volledig" }]);
  assert.deepEqual(Object.keys(state.answers).sort(), ["leren-data", "toegang-loket"]);
  assert.equal(state.answers["toegang-loket"].evidence, "Bewijs");
  assert.equal(state.framework.version, "v2");
  assert.equal(state.framework.criteria["toegang-loket"], "Eén herkenbaar loket");
  const lines = describeMigration(report, next);
  assert.deepEqual(lines, [
    "Nieuw in het kader: „Leren van anderen”. Deze criteria kunt u nog invullen.",
    "Andere naam: „Eén loket” heet nu „Eén herkenbaar loket”. Uw antwoord is gebleven.",
    "Niet meer in het kader: „Verdwenen criterium”. Uw antwoord (volledig) is daarom niet overgenomen.",
  ]);
});

test("a level the scale no longer has is dropped and reported; the rest of the answer stays", () => {
  const f = framework();
  const { state, report } = migrate(savedWith(f, { "toegang-loket": answer("bijna", { evidence: "Tekst" }) }), f);
  assert.deepEqual(report.droppedLevels, [{ id: "toegang-loket", title: "Eén loket", level: "bijna" }]);
  assert.equal(state.answers["toegang-loket"].level, "");
  assert.equal(state.answers["toegang-loket"].evidence, "Tekst");
  assert.match(describeMigration(report, f)[0], /„bijna”/);
});

test("snapshots are kept as they were", () => {
  const f = framework();
  const snapshot = { name: "meting 2025", savedAt: "2025-03-01", framework: { version: "v0", criteria: { x: "X" } }, meta: emptyState(f).meta, answers: { x: answer("deels") } };
  const { state } = migrate({ ...savedWith(f, {}), snapshots: [snapshot] }, framework({ version: "v2" }));
  assert.deepEqual(state.snapshots, [snapshot]);
});
