/* The region's fields as a `gemeentegegevens` file for the kennisbank (content/municipalities/gegevens/),
   in the form kennisbank/models/municipality.py validates. Pure functions, no DOM.

   Every text a coordinator typed is written as a double-quoted YAML scalar with escapes, so no input
   can change the structure of the file; ids, codes and dates are written plainly. Each fact gets the
   organisation's web address as its source, checked today. */

import { checkField, cleanText } from "./checks.js";

const ESCAPES = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t" };

/** A double-quoted YAML scalar; control characters and line separators as \u escapes. */
export function yamlString(value) {
  let out = '"';
  for (const ch of String(value)) {
    const code = ch.codePointAt(0);
    if (ESCAPES[ch]) out += ESCAPES[ch];
    else if (code >= 0xd800 && code <= 0xdfff) out += "\ufffd"; // a lone surrogate cannot be written
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0xfffe || code === 0xffff) {
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** 'IVH-netwerk Zuid-Holland Noord' -> 'ivh-netwerk-zuid-holland-noord' (an id the kennisbank accepts). */
export function slug(text) {
  return String(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

export function factsId(region) {
  const base = slug(region) || "regio";
  return base.startsWith("ivh-") || base === "ivh" ? base : `ivh-${base}`;
}

/** The fields the file needs, with the message when one is missing. */
const REQUIRED = [
  ["regio", "Vul de naam van de regio of het IVH-netwerk in."],
  ["organisatie", "Vul de coördinerende organisatie in."],
  ["website", "Vul het webadres in. Het bestand noemt bij elk gegeven waar het te controleren is: op die website."],
];

/**
 * The file for `values` ({regio, organisatie, telefoon, website, email, aanmelden, meesturen, mdo,
 * bijzonderheden, gemeenten: [ids]}). `fields` are the form's fields ({key, label, input, maxLength});
 * `municipalities` maps an id (gm0363) to its name; `today` is YYYY-MM-DD.
 * Returns {problems, id, fileName, text}: text is "" while there are problems.
 */
export function factsYaml(values, { fields, municipalities, today }) {
  const problems = [];
  const v = {};
  for (const field of fields) {
    if (field.input === "gemeenten") continue;
    v[field.key] = cleanText(values[field.key] || "", field.input === "textarea");
    const message = checkField(field, v[field.key]);
    if (message) problems.push(`${field.label}: ${message}`);
  }
  for (const [key, message] of REQUIRED) if (!v[key]) problems.push(message);
  const chosen = [...new Set((values.gemeenten || []).filter((id) => municipalities.has(id)))];
  if (!chosen.length) problems.push("Kies minstens één gemeente bij ‘Gemeenten in uw regio’.");
  if (problems.length) return { problems, id: "", fileName: "", text: "" };

  const id = factsId(v.regio);
  const source = [
    "  bron:",
    `    - url: ${yamlString(v.website)}`,
    `      titel: ${yamlString(`Website ${v.organisatie}`)}`,
    `      gecontroleerd: ${today}`,
  ];
  const passage = (key, name) => (v[name] ? [`${key}:`, `  tekst: ${yamlString(v[name])}`, ...source] : []);
  const names = chosen.map((m) => municipalities.get(m));
  const lines = [
    "# yaml-language-server: $schema=../../../schemas/gemeentegegevens.schema.json",
    "# Gemaakt op de pagina 'Maak een folder' van de IVH-kennisbank. Gemeenten: " + names.join(", ").replace(/\n/g, " "),
    "soort: gemeentegegevens",
    `id: ${id}`,
    `titel: ${yamlString(v.regio)}`,
    `samenvatting: ${yamlString(`Gegevens van ${v.regio} voor de factsheets en de folders, aangeleverd door de IVH-coördinator.`)}`,
    `gemeenten: [${chosen.join(", ")}]`,
    "netwerk:",
    `  naam: ${yamlString(v.regio)}`,
    ...source,
    "coordinatie:",
    `  organisatie: ${yamlString(v.organisatie)}`,
    ...source,
    ...passage("aanmelden", "aanmelden"),
    "contact:",
    `  organisatie: ${yamlString(v.organisatie)}`,
    `  website: ${yamlString(v.website)}`,
    ...(v.telefoon ? [`  telefoon: ${yamlString(v.telefoon)}`] : []),
    ...(v.email ? [`  email: ${yamlString(v.email)}`] : []),
    ...source,
    ...passage("meesturen", "meesturen"),
    ...passage("mdo", "mdo"),
    ...passage("bijzonderheden", "bijzonderheden"),
    "beoordeeld:",
    `  datum: ${today}`,
    "  door: IVH-coördinator",
    "",
  ];
  return { problems, id, fileName: `${id}.yaml`, text: lines.join("\n") };
}
