import test from "node:test";
import assert from "node:assert/strict";
import { FIELDS, checkedValues, factsheetTexts, readStored, writeStored } from "../../../docs/assets/javascripts/folders/factsheet-fields.js";
import { STORAGE_KEY } from "../../../docs/assets/javascripts/folders/state.js";
import { FakeStorage, filled } from "./fixture.mjs";

test("the factsheet's rows read as the region filled them in", () => {
  assert.deepEqual(factsheetTexts(filled()), {
    netwerk: "IVH-netwerk Voorbeeldregio",
    coordinatie: "Stichting Voorbeeld Jeugd",
    aanmelden: "Bel op werkdagen tussen 9 en 12 uur.",
    contact: "Stichting Voorbeeld Jeugd · www.voorbeeld.nl/ivh · tel. 020 123 45 67 · info@voorbeeld.nl",
  });
});

test("a wrong or missing value leaves the row as the kennisbank has it", () => {
  const texts = factsheetTexts(filled({ email: "j.jansen@voorbeeld.nl", telefoon: "06 12345678", website: "" }));
  assert.equal(texts.contact, "");
  assert.equal(factsheetTexts(filled({ website: "www.voorbeeld.nl" })).contact, "Stichting Voorbeeld Jeugd · tel. 020 123 45 67 · info@voorbeeld.nl");
  assert.deepEqual(factsheetTexts({}), { netwerk: "", coordinatie: "", aanmelden: "", contact: "" });
  assert.equal(checkedValues({ regio: "  A  \u0007 " }).regio, "", "one character is too short for a name");
  assert.deepEqual(FIELDS.map((f) => f.key), ["regio", "organisatie", "aanmelden", "telefoon", "website", "email"]);
});

test("stored with the folder page's fields: other fields and the handout choice stay", () => {
  const storage = new FakeStorage();
  storage.setItem(STORAGE_KEY, JSON.stringify({ format: 1, folder: "partners", values: { mdo: "Elke dinsdag.", regio: "Oud" } }));
  writeStored(storage, filled(), ["gm0363"], "2026-11-30T10:00:00.000Z");
  const raw = JSON.parse(storage.getItem(STORAGE_KEY));
  assert.equal(raw.folder, "partners");
  assert.equal(raw.values.mdo, "Elke dinsdag.");
  assert.equal(raw.values.regio, "IVH-netwerk Voorbeeldregio");
  assert.deepEqual(raw.values.gemeenten, ["gm0363"]);
  const read = readStored(storage);
  assert.deepEqual(read.gemeenten, ["gm0363"]);
  assert.equal(read.values.website, "https://www.voorbeeld.nl/ivh");
});

test("stored text is untrusted", () => {
  const storage = new FakeStorage();
  assert.deepEqual(readStored(storage).gemeenten, []);
  storage.setItem(STORAGE_KEY, "{kapot");
  assert.equal(readStored(storage).values.regio, "");
  storage.setItem(STORAGE_KEY, JSON.stringify({ values: { regio: 7, organisatie: "x".repeat(500), gemeenten: ["gm0363", "<b>", 3] } }));
  const read = readStored(storage);
  assert.equal(read.values.regio, "");
  assert.equal(read.values.organisatie.length, 80);
  assert.deepEqual(read.gemeenten, ["gm0363"]);
  writeStored(storage, {}, [], "now");
  assert.equal(JSON.parse(storage.getItem(STORAGE_KEY)).values.regio, "");
});
