import test from "node:test";
import assert from "node:assert/strict";
import { factsId, factsYaml, slug, yamlString } from "../../../docs/assets/javascripts/folders/yaml.js";
import { data, filled, names } from "./fixture.mjs";

const options = { fields: data.fields, municipalities: names, today: "2026-11-30" };

test("yamlString quotes and escapes every string", () => {
  assert.equal(yamlString("gewoon"), '"gewoon"');
  assert.equal(yamlString('a "b" \\ c'), '"a \\"b\\" \\\\ c"');
  assert.equal(yamlString("regel 1\nregel 2"), '"regel 1\\nregel 2"');
  assert.equal(yamlString("\u0007\u2028\u0085"), '"\\u0007\\u2028\\u0085"');
  assert.equal(yamlString("a\ud800"), '"a\ufffd"');
  assert.equal(yamlString("😀 # : - { } [ ] & * ! | > ' % @ `"), '"😀 # : - { } [ ] & * ! | > \' % @ `"');
});

test("the id of the file comes from the region's name", () => {
  assert.equal(slug("IVH-netwerk Zuid-Holland Noord"), "ivh-netwerk-zuid-holland-noord");
  assert.equal(slug("Fryslân & Súdwest"), "fryslan-sudwest");
  assert.equal(factsId("IVH-netwerk Voorbeeldregio"), "ivh-netwerk-voorbeeldregio");
  assert.equal(factsId("Regio Rivierenland"), "ivh-regio-rivierenland");
  assert.equal(factsId("!!!"), "ivh-regio");
  assert.match(factsId("x".repeat(200)), /^[a-z0-9]+(-[a-z0-9]+)*$/);
});

test("a complete form gives a gemeentegegevens file", () => {
  const result = factsYaml(filled({ meesturen: "Het formulier van de regio." }), options);
  assert.deepEqual(result.problems, []);
  assert.equal(result.fileName, "ivh-netwerk-voorbeeldregio.yaml");
  const text = result.text;
  for (const line of [
    "soort: gemeentegegevens",
    "id: ivh-netwerk-voorbeeldregio",
    'titel: "IVH-netwerk Voorbeeldregio"',
    "gemeenten: [gm0363, gm0362]",
    'netwerk:\n  naam: "IVH-netwerk Voorbeeldregio"\n  bron:\n    - url: "https://www.voorbeeld.nl/ivh"\n      titel: "Website Stichting Voorbeeld Jeugd"\n      gecontroleerd: 2026-11-30',
    'aanmelden:\n  tekst: "Bel op werkdagen tussen 9 en 12 uur."',
    'contact:\n  organisatie: "Stichting Voorbeeld Jeugd"\n  website: "https://www.voorbeeld.nl/ivh"\n  telefoon: "020 123 45 67"\n  email: "info@voorbeeld.nl"',
    'meesturen:\n  tekst: "Het formulier van de regio."',
    'mdo:\n  tekst: "Elke tweede dinsdag van de maand."',
    "beoordeeld:\n  datum: 2026-11-30\n  door: IVH-coördinator",
  ]) {
    assert.ok(text.includes(line), `missing:\n${line}\nin:\n${text}`);
  }
  assert.ok(!text.includes("bijzonderheden:"), "an empty field is left out");
  assert.ok(text.endsWith("\n"));
});

test("missing and wrong fields are named, and no file is made", () => {
  const result = factsYaml(filled({ regio: "", website: "", gemeenten: ["gm9999"], email: "j.jansen@voorbeeld.nl", telefoon: "06 12345678" }), options);
  assert.equal(result.text, "");
  const all = result.problems.join("\n");
  assert.match(all, /Vul de naam van de regio/);
  assert.match(all, /Vul het webadres in/);
  assert.match(all, /Kies minstens één gemeente/);
  assert.match(all, /Algemeen e-mailadres: j\.jansen@voorbeeld\.nl lijkt het e-mailadres van een persoon/);
  assert.match(all, /Telefoonnummer voor aanmelden: Dit lijkt een mobiel nummer/);
});

test("text is cleaned before it is written", () => {
  const result = factsYaml(filled({ aanmelden: "  Bel ons\u0007.\r\n\r\n\r\nOf mail.  " }), options);
  assert.ok(result.text.includes('tekst: "Bel ons.\\n\\nOf mail."'), result.text);
});
