import test from "node:test";
import assert from "node:assert/strict";
import { framework, answer } from "./fixture.mjs";
import { COLUMNS, exportCsv, parseCsvScan } from "../../../docs/assets/javascripts/zelfscan/csv.js";
import { parseCsv } from "../../../docs/assets/javascripts/shared/csv.js";
import { canonical, emptyState } from "../../../docs/assets/javascripts/zelfscan/state.js";

function filled() {
  const state = emptyState(framework());
  state.meta = { municipality: "Utrecht", date: "2026-03-12", respondent: "JGZ", participants: ["An", "Bo"] };
  state.answers["toegang-loket"] = answer("deels", { evidence: 'Regel 1; met "aanhalingstekens"\nRegel 2', priority: true, actions: [{ what: "Folder", who: "Bo", when: "juni" }, { what: "=Website", who: "", when: "2026" }] });
  state.answers["leren-data"] = answer("weet-niet");
  return state;
}

test("the CSV has a byte-order mark, the columns, and one row per criterion plus one per extra action", () => {
  const text = exportCsv(filled(), framework());
  assert.ok(text.startsWith("\uFEFF" + COLUMNS.join(";") + "\r\n"));
  const { rows: records } = parseCsv(text);
  assert.equal(records.length, 1 + 5 + 1);
  const first = records[1];
  assert.deepEqual(first.slice(0, 8), ["Utrecht", "2026-03-12", "JGZ", "An\nBo", "Toegang", "toegang-loket", "Eén loket", "Deels"]);
  assert.equal(first[8], 'Regel 1; met "aanhalingstekens"\nRegel 2');
  assert.equal(first[9], "ja");
  assert.equal(records[2][10], "'=Website", "a cell that a spreadsheet would run as a formula gets an apostrophe");
  assert.equal(records[2][7], "", "the extra action row has no level");
});

test("export, then import: the same scan", () => {
  const f = framework();
  const { state, errors, notes } = parseCsvScan(exportCsv(filled(), f), "scan.csv", f);
  assert.deepEqual(errors, []);
  assert.deepEqual(notes, []);
  const original = canonical(filled());
  assert.deepEqual(state.answers, original.answers);
  assert.deepEqual(state.meta, original.meta);
  assert.equal(state.framework.version, "v1", "same titles: same framework version");
});

test("levels by name or id, any case; comma-separated files too", () => {
  const f = framework();
  const text = "criterium_id,niveau,prioriteit\ntoegang-loket,VOLLEDIG,x\ntoegang-route,weet ik niet,\nleren-data,deels,nee\n";
  const { state, errors } = parseCsvScan(text, "r.csv", f);
  assert.deepEqual(errors, []);
  assert.deepEqual(Object.fromEntries(Object.entries(state.answers).map(([id, a]) => [id, [a.level, a.priority]])), {
    "toegang-loket": ["volledig", true], "toegang-route": ["weet-niet", false], "leren-data": ["deels", false],
  });
  assert.equal(state.framework.version, "v1", "a file without titles is read as made with this framework");
});

test("a title that differs from the framework's is reported as renamed by migration", async () => {
  const { migrate } = await import("../../../docs/assets/javascripts/zelfscan/migrate.js");
  const f = framework();
  const { state } = parseCsvScan("criterium_id;criterium;niveau\ntoegang-loket;Een loket;deels\ntoegang-route;Verwijzers kennen de route;niet\n", "t.csv", f);
  assert.equal(state.framework.version, "csv");
  const { report } = migrate(state, f);
  assert.deepEqual(report.renamed, [{ id: "toegang-loket", from: "Een loket", to: "Eén loket" }]);
  assert.deepEqual(report.added, [], "criteria the file leaves out are not reported as new");
  assert.equal(migrate(state, f).state.answers["toegang-loket"].level, "deels");
});

test("errors name file, line and column", () => {
  const f = framework();
  const bad = "criterium_id;niveau;prioriteit\ntoegang-loket;half;\n;deels;\ntoegang-route;deels;misschien\n";
  assert.deepEqual(parseCsvScan(bad, "b.csv", f).errors, [
    "bestand b.csv: regel 2, kolom niveau (2): „half” is geen niveau; kies Volledig, Deels, Niet, Weet ik niet of laat de cel leeg.",
    "bestand b.csv: regel 3, kolom criterium_id (1): de id van het criterium ontbreekt.",
    "bestand b.csv: regel 4, kolom prioriteit (3): schrijf „ja” of laat de cel leeg.",
  ]);
  assert.deepEqual(parseCsvScan('criterium_id;niveau\ntoegang-loket;"deels\n', "q.csv", f).errors, ['bestand q.csv: regel 2, kolom 15: een aanhalingsteken (") wordt geopend maar nergens gesloten.']);
  assert.deepEqual(parseCsvScan('criterium_id;niveau\n"toegang-loket"x;deels\n', "s.csv", f).errors, ["bestand s.csv: regel 2, kolom 16: na een aanhalingsteken dat een veld sluit, hoort een scheidingsteken of het einde van de regel."]);
  assert.match(parseCsvScan("a;b\n1;2\n", "k.csv", f).errors[0], /^bestand k\.csv: regel 1: de kolommen criterium_id en niveau ontbreken/);
  assert.match(parseCsvScan("", "e.csv", f).errors[0], /het bestand is leeg/);
});

test("a criterion that is not in the framework is skipped with a note", () => {
  const { state, notes } = parseCsvScan("criterium_id;niveau\nweg-ermee;deels\ntoegang-loket;niet\n", "n.csv", framework());
  assert.deepEqual(notes, ["bestand n.csv: regel 2: het criterium „weg-ermee” staat niet (meer) in het kader en is overgeslagen."]);
  assert.deepEqual(Object.keys(state.answers), ["toegang-loket"]);
});
