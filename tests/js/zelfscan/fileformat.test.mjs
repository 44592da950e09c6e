import test from "node:test";
import assert from "node:assert/strict";
import { framework, answer } from "./fixture.mjs";
import { exportJson, parseJson, position, syntaxErrorPlace } from "../../../docs/assets/javascripts/zelfscan/fileformat.js";
import { emptyState, makeSnapshot } from "../../../docs/assets/javascripts/zelfscan/state.js";

function filled() {
  const state = emptyState(framework());
  state.meta = { municipality: "Utrecht", date: "2026-03-12", respondent: "JGZ", participants: ["An (JGZ)", "Bo <b>gemeente</b>"] };
  state.answers["toegang-loket"] = answer("deels", { evidence: "Regel 1\nRegel \"2\" & <3>", priority: true, actions: [{ what: "Folder", who: "Bo", when: "juni" }] });
  state.answers["leren-data"] = answer("weet-niet");
  state.snapshots.push(makeSnapshot(state, "meting 2025", "2025-03-01T09:00:00.000Z"));
  return state;
}

test("export and import give back the same file", () => {
  const text = exportJson(filled());
  const { state, errors } = parseJson(text, "scan.json");
  assert.deepEqual(errors, []);
  assert.equal(exportJson(state), text);
  const data = JSON.parse(text);
  assert.equal(data.kind, "kb-zelfscan");
  assert.equal(data.format, 1);
  assert.equal(data.framework.version, "v1");
  assert.equal(data.meta.municipality, "Utrecht");
  assert.deepEqual(data.meta.participants, ["An (JGZ)", "Bo <b>gemeente</b>"]);
});

test("a byte-order mark is accepted", () => {
  assert.deepEqual(parseJson("\uFEFF" + exportJson(filled()), "scan.json").errors, []);
});

test("broken JSON: the message names the file, line and column", () => {
  const text = '{\n  "kind": "kb-zelfscan",\n  "format": 1,,\n}';
  const { state, errors } = parseJson(text, "kapot.json");
  assert.equal(state, null);
  assert.match(errors[0], /^bestand kapot\.json: regel 3, kolom \d+: dit is geen geldige JSON/);
});

test("position and the place in V8's messages", () => {
  assert.deepEqual(position("ab\ncd", 4), { line: 2, column: 2 });
  assert.deepEqual(syntaxErrorPlace("ab\ncd", "Unexpected token in JSON at position 4"), { line: 2, column: 2 });
  assert.deepEqual(syntaxErrorPlace("x", "Expected ',' after value in JSON at position 9 (line 3 column 5)"), { line: 3, column: 5 });
});

test("not a zelfscan file, a newer format, an empty file", () => {
  assert.match(parseJson('{"a": 1}', "x.json").errors[0], /^bestand x\.json: dit is geen bestand van de zelfscan/);
  assert.match(parseJson("[]", "x.json").errors[0], /geen bestand van de zelfscan/);
  assert.match(parseJson('{"kind": "kb-zelfscan", "format": 2}', "x.json").errors[0], /nieuwere zelfscan \(formaat 2\)/);
  assert.match(parseJson("  ", "leeg.json").errors[0], /^bestand leeg\.json: het bestand is leeg/);
});

test("wrong types and values are reported with where they are", () => {
  const data = JSON.parse(exportJson(filled()));
  data.meta.date = "12-03-2026";
  data.meta.participants = "An";
  data.answers["toegang-loket"].priority = "ja";
  data.answers["toegang-loket"].actions = [{ what: 5 }];
  data.answers["leren-data"] = "deels";
  const { state, errors } = parseJson(JSON.stringify(data), "fout.json");
  assert.equal(state, null);
  assert.deepEqual(errors, [
    "bestand fout.json: bij meta.date: „12-03-2026” is geen datum; schrijf JJJJ-MM-DD.",
    "bestand fout.json: bij meta.participants: hier hoort een lijst met deelnemers te staan.",
    "bestand fout.json: bij answers.toegang-loket.priority: hier hoort true of false te staan.",
    "bestand fout.json: bij answers.toegang-loket.actions[1].what: hier hoort tekst te staan.",
    "bestand fout.json: bij answers.leren-data: hier hoort een antwoord te staan (niveau, toelichting, acties).",
  ]);
});

test("keys that are no criterion ids (such as __proto__) are refused, not copied", () => {
  const text = '{"kind":"kb-zelfscan","format":1,"framework":{"version":"v1","criteria":{}},"answers":{"__proto__":{"level":"deels"}}}';
  const { state, errors } = parseJson(text, "x.json");
  assert.equal(state, null);
  assert.match(errors[0], /„__proto__” is geen geldige id/);
  assert.equal({}.level, undefined);
});

test("very long text is refused", () => {
  const data = JSON.parse(exportJson(filled()));
  data.answers["toegang-loket"].evidence = "x".repeat(20001);
  assert.match(parseJson(JSON.stringify(data), "x.json").errors[0], /de tekst is te lang \(20001 tekens; hooguit 20000\)/);
});

test("unknown fields are ignored, missing optional fields get defaults", () => {
  const text = '{"kind":"kb-zelfscan","format":1,"extra":true,"framework":{"version":"v1","criteria":{"toegang-loket":"Eén loket"}},"answers":{"toegang-loket":{"level":"deels"}}}';
  const { state, errors } = parseJson(text, "x.json");
  assert.deepEqual(errors, []);
  assert.deepEqual(state.answers["toegang-loket"], { level: "deels", evidence: "", priority: false, actions: [] });
  assert.deepEqual(state.meta, { municipality: "", date: "", respondent: "", participants: [] });
  assert.equal("extra" in state, false);
});
