// Reading files: CSV, a workbook (through a stand-in for the xlsx reader), and files that are not ours.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFiles } from "../../../docs/assets/javascripts/rapportage/read.js";
import { formatProblem } from "../../../docs/assets/javascripts/rapportage/validate.js";
import { dataset } from "./dataset.fixture.mjs";

const bytes = (text) => new TextEncoder().encode(text);

test("two CSV files, one per list, in one go", async () => {
  const files = [
    { name: "trajecten.csv", bytes: bytes("\ufeffTrajectnummer;Datum aanmelding;Bestede uren\r\nT-1;31-12-2025;1,5\r\nT-2;31-02-2025;2\r\n") },
    { name: "professionals.csv", bytes: bytes("Intervisie dit jaar;Eigen score deskundigheid\nja;8\nnee;6,5\n") },
  ];
  const result = await readFiles(files, dataset, async () => []);
  assert.equal(result.records.traject.length, 2);
  assert.equal(result.records.professional.length, 2);
  assert.equal(result.records.traject[0].values["uren-traject"], 1.5);
  assert.equal(result.records.professional[1].values["zelfscore-deskundigheid"], 6.5);
  const errors = result.problems.filter((p) => p.severity === "fout").map((p) => `${p.source}: ${formatProblem(p)}`);
  assert.deepEqual(errors, ["trajecten.csv: rij 3, kolom 'Datum aanmelding': 31-02-2025 is geen datum."]);
});

test("a workbook: the sheets named after the lists are read, the explanation sheet is skipped", async () => {
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
  const reader = async () => [
    { sheet: "Toelichting", data: [["IVH-monitoring"], ["Trajectnummer"]] },
    { sheet: "Trajecten", data: [["Trajectnummer", "Datum start traject", "Datum adviesplan"], ["T-1", new Date(Date.UTC(2025, 0, 31)), "n.v.t."]] },
    { sheet: "Professionals", data: [["Bijeenkomsten in de afgelopen 5 jaar"], [4]] },
    { sheet: "Keuzelijsten", data: [["ja-nee"], ["ja"]] },
  ];
  const result = await readFiles([{ name: "ivh.xlsx", bytes: zip }], dataset, reader);
  assert.equal(result.records.traject[0].values["datum-start-traject"], "2025-01-31");
  assert.equal(result.records.professional[0].values["bijeenkomsten-vijf-jaar"], 4);
  const cell = result.problems.find((p) => p.column === "Datum adviesplan");
  assert.equal(cell.source, "ivh.xlsx, blad 'Trajecten'");
  assert.equal(formatProblem(cell), "rij 2, kolom 'Datum adviesplan': 'n.v.t.' is geen datum: vul de datum in als dd-mm-jjjj, bijvoorbeeld 31-12-2025.");
});

test("files that are not a filled-in template give Dutch messages, never an exception", async () => {
  const failing = async () => {
    throw new Error("bad zip");
  };
  const files = [
    { name: "oud.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]) },
    { name: "kapot.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]) },
    { name: "foto.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) },
    { name: "leeg.csv", bytes: new Uint8Array([]) },
    { name: "quote.csv", bytes: bytes('Trajectnummer;Datum aanmelding\n"T-1;01-01-2025\n') },
  ];
  const result = await readFiles(files, dataset, failing);
  const text = result.problems.map((p) => `${p.source}: ${formatProblem(p)}`);
  assert.equal(result.tables.length, 0);
  assert.match(text[0], /^oud\.xls: Dit is een oud Excel-bestand \(\.xls\)/);
  assert.match(text[1], /^kapot\.xlsx: Dit Excel-bestand kon niet worden gelezen/);
  assert.match(text[2], /^foto\.png: Dit bestand is geen CSV- of Excel-bestand/);
  assert.match(text[3], /^leeg\.csv: Het bestand is leeg/);
  assert.match(text[4], /^quote\.csv: rij 2: een aanhalingsteken/);
});
