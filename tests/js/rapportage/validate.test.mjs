// Checking cells against the data set: every problem at once, in Dutch, with row and column.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readTable, convertCell, formatProblem, checkDates, matchHeader, ERROR, NOTICE } from "../../../docs/assets/javascripts/rapportage/validate.js";
import { dataset } from "./dataset.fixture.mjs";

const header = ["Trajectnummer", "Datum aanmelding", "Woongemeente", "Leeftijd bij aanmelding", "Verwijzer", "Datum start traject", "Datum adviesplan", "Bestede uren", "Ouder aanwezig bij MDO", "Gegeven adviezen", "Score betrokkenheid"];

function messages(result) {
  return result.problems.map(formatProblem);
}

test("every wrong cell is reported at once, with row and column", () => {
  const rows = [
    header,
    ["T-1", "03-01-2025", "0363", "24", "huisarts", "10-01-2025", "31-02-2025", "1,5", "ja", "jeugdhulp", "8"],
    ["T-2", "32-01-2025", "363", "twee", "dokter", "", "", "1.5", "misschien", "jeugdhulp; lezen", "11"],
    ["T-3", "05-01-2025", "Utrecht", "2,5", "", "", "", "-1", "", "", "7,5"],
  ];
  const result = readTable(rows, dataset, "test.csv");
  assert.equal(result.level, "traject");
  assert.deepEqual(messages(result).sort(), [
    "rij 2, kolom 'Datum adviesplan': 31-02-2025 is geen datum.",
    "rij 3, kolom 'Datum aanmelding': 32-01-2025 is geen datum.",
    "rij 3, kolom 'Leeftijd bij aanmelding': 'twee' is geen getal.",
    "rij 3, kolom 'Verwijzer': 'dokter' staat niet in de lijst. Kies uit: ouders zelf; huisarts; anders.",
    "rij 3, kolom 'Ouder aanwezig bij MDO': 'misschien' is geen ja of nee. Laat de cel leeg als het niet bekend is.",
    "rij 3, kolom 'Gegeven adviezen': 'lezen' staat niet in de lijst. Kies uit: jeugdhulp; (para)medische behandeling, zoals logopedie; geen verdere hulp nodig; zet een puntkomma (;) tussen meer waarden.",
    "rij 3, kolom 'Score betrokkenheid': 11 valt buiten de schaal van 1 tot en met 10.",
    "rij 4, kolom 'Woongemeente': 'Utrecht' is geen CBS-gemeentecode: vul vier cijfers in, bijvoorbeeld 0363.",
    "rij 4, kolom 'Leeftijd bij aanmelding': 2,5 is geen geheel getal.",
    "rij 4, kolom 'Bestede uren': -1 is kleiner dan 0.",
    ...dataset.fields.filter((f) => f.level === "traject" && !header.includes(f.label)).map((f) => `rij 1, kolom '${f.label}': deze kolom ontbreekt in de kopregel; het veld telt overal als leeg.`),
  ].sort(), "all problems, none skipped");
  const [one, two, three] = result.records;
  assert.deepEqual(one.values, {
    trajectnummer: "T-1", "datum-aanmelding": "2025-01-03", gemeente: "0363", "leeftijd-aanmelding": 24, verwijzer: "huisarts",
    "datum-start-traject": "2025-01-10", "uren-traject": 1.5, "ouder-aanwezig-mdo": true, adviezen: ["jeugdhulp"], "score-betrokkenheid": 8,
  });
  assert.equal(two.values.gemeente, "0363", "a code without its leading zero (as Excel drops it) is padded");
  assert.equal(two.values["uren-traject"], 1.5);
  assert.equal(three.values["score-betrokkenheid"], 7.5);
  assert.equal(result.records.length, 3, "rows with wrong cells still count; the wrong cells count as empty");
});

test("the record number is required and unique", () => {
  const rows = [header, ["T-1", "03-01-2025"], ["", "04-01-2025"], ["t-1", "05-01-2025"], [], ["T-2", "06-01-2025"]];
  const result = readTable(rows, dataset, "x.csv");
  const found = result.problems.filter((p) => p.column === "Trajectnummer").map(formatProblem);
  assert.deepEqual(found, [
    "rij 3, kolom 'Trajectnummer': het trajectnummer ontbreekt. Elke regel heeft een eigen trajectnummer nodig.",
    "rij 4, kolom 'Trajectnummer': 't-1' staat ook in rij 2; deze rij telt niet mee.",
  ]);
  assert.deepEqual(result.records.map((r) => r.row), [2, 3, 6], "the duplicate is left out; the empty row 5 is skipped; rows keep their numbers");
});

test("columns outside the data set are not read; personal data is flagged", () => {
  const rows = [["Trajectnummer", "Naam kind", "Geboortedatum", "Opmerking", "Datum aanmelding"], ["T-1", "Fictief", "01-01-2022", "x", "03-01-2025"]];
  const result = readTable(rows, dataset, "x.csv");
  const byColumn = Object.fromEntries(result.problems.map((p) => [p.column, p]));
  assert.equal(byColumn["Naam kind"].severity, ERROR);
  assert.match(byColumn["Naam kind"].message, /persoonsgegevens/);
  assert.equal(byColumn["Geboortedatum"].severity, ERROR);
  assert.equal(byColumn["Opmerking"].severity, NOTICE);
  assert.deepEqual(Object.keys(result.records[0].values).sort(), ["datum-aanmelding", "trajectnummer"], "nothing from the unknown columns is kept");
});

test("headers match by name or technical name, whatever the case or accents", () => {
  const match = matchHeader(["TRAJECTNUMMER", "datum-aanmelding", " Datum  start_traject "], dataset);
  assert.deepEqual(match.columns.map((c) => c.field.id), ["trajectnummer", "datum-aanmelding", "datum-start-traject"]);
  assert.equal(matchHeader(["Intervisie dit jaar", "Eigen score deskundigheid"], dataset).level, "professional");
});

test("a file without data-set columns says so", () => {
  const result = readTable([["Naam", "Adres"], ["a", "b"]], dataset, "x.csv");
  assert.equal(result.level, null);
  assert.match(formatProblem(result.problems[0]), /^rij 1: in de kopregel staat geen enkele kolom van de dataset/);
  assert.match(formatProblem(readTable([], dataset, "x.csv").problems[0]), /^Het bestand is leeg/);
});

test("xlsx cell values: dates, numbers and booleans", () => {
  const field = (id) => dataset.fields.find((f) => f.id === id);
  assert.deepEqual(convertCell(new Date(Date.UTC(2025, 0, 31)), field("datum-start-traject"), dataset), { value: "2025-01-31" });
  assert.match(convertCell(45000, field("datum-start-traject"), dataset).message, /is geen datum/);
  assert.deepEqual(convertCell(363, field("gemeente"), dataset), { value: "0363" });
  assert.deepEqual(convertCell(true, field("ouder-aanwezig-mdo"), dataset), { value: true });
  assert.deepEqual(convertCell("Nee", field("ouder-aanwezig-mdo"), dataset), { value: false });
  assert.deepEqual(convertCell(7.5, field("score-betrokkenheid"), dataset), { value: 7.5 });
  assert.deepEqual(convertCell("  ", field("score-betrokkenheid"), dataset), { empty: true });
  assert.deepEqual(convertCell("HUISARTS", field("verwijzer"), dataset), { value: "huisarts" });
  assert.match(convertCell(new Date(Date.UTC(1925, 0, 1)), field("datum-mdo"), dataset).message, /ligt niet tussen 2000 en 2099/);
});

test("dates after the reference date, or before the registration, are reported", () => {
  const records = [{ row: 2, source: "x.csv", values: { "datum-aanmelding": "2025-03-01", "datum-start-traject": "2025-02-01", "datum-adviesplan": "2026-05-01" } }];
  const found = checkDates(records, dataset, "traject", "2026-03-31").map(formatProblem);
  assert.deepEqual(found, [
    "rij 2, kolom 'Datum start traject': 01-02-2025 ligt vóór de datum aanmelding (01-03-2025).",
    "rij 2, kolom 'Datum adviesplan': 01-05-2026 ligt na de peildatum (31-03-2026). Klopt de datum, of moet de peildatum later?",
  ]);
});
