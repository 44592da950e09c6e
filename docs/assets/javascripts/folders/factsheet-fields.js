/* The local fields of a municipality's factsheet ('Aanpassen'): which fields, how they read on the
   factsheet, and keeping them with the fields of 'Maak een folder' (the same browser storage, so a
   coordinator fills in the region once). Pure functions, no DOM; the storage object is passed in.

   FIELDS are the form fields of kennisbank/compose/folders.py (FIELDS) that the factsheet shows; a
   test keeps keys, kinds and lengths the same. */

import { checkField, cleanText, displayWebsite } from "./checks.js";
import { STORAGE_KEY } from "./state.js";

export const FIELDS = [
  { key: "regio", label: "Naam van de regio of het IVH-netwerk", input: "text", maxLength: 80, hint: "Bijvoorbeeld: IVH-netwerk Voorbeeldregio." },
  { key: "organisatie", label: "Coördinerende organisatie", input: "text", maxLength: 80, hint: "Geen naam van een persoon." },
  { key: "aanmelden", label: "Hoe meldt iemand een kind aan?", input: "textarea", maxLength: 200, hint: "Bijvoorbeeld: bel op werkdagen tussen 9 en 12 uur, of vul het formulier op de website in." },
  { key: "telefoon", label: "Telefoonnummer voor aanmelden", input: "tel", maxLength: 20, hint: "Het algemene nummer van de organisatie, bijvoorbeeld 020 123 45 67." },
  { key: "website", label: "Webadres", input: "url", maxLength: 200, hint: "Voluit, met https:// ervoor." },
  { key: "email", label: "Algemeen e-mailadres (mag leeg blijven)", input: "email", maxLength: 100, hint: "Zoals info@…; geen adres van een persoon." },
];

/** Only values that pass their check, cleaned; a wrong or empty field is "". */
export function checkedValues(values) {
  const shown = {};
  for (const field of FIELDS) {
    const value = cleanText(values[field.key] || "", field.input === "textarea");
    shown[field.key] = checkField(field, value) ? "" : value;
  }
  return shown;
}

/** What each row of the factsheet says (data-aanpassen="<row>"); "" leaves the row as the kennisbank has it. */
export function factsheetTexts(values) {
  const v = checkedValues(values);
  const reach = [v.website && displayWebsite(v.website), v.telefoon && `tel. ${v.telefoon}`, v.email].filter(Boolean);
  return {
    netwerk: v.regio,
    coordinatie: v.organisatie,
    aanmelden: v.aanmelden,
    contact: reach.length ? [v.organisatie, ...reach].filter(Boolean).join(" · ") : "",
  };
}

/** The stored fields ({values: {...}, gemeenten: [...]}) as plain data; anything else is left out. */
export function readStored(storage) {
  let raw = null;
  try {
    raw = JSON.parse(storage.getItem(STORAGE_KEY) || "null");
  } catch {
    raw = null;
  }
  const stored = raw && typeof raw === "object" && raw.values && typeof raw.values === "object" ? raw : { values: {} };
  const values = {};
  for (const field of FIELDS) {
    const value = stored.values[field.key];
    values[field.key] = typeof value === "string" ? cleanText(value, field.input === "textarea").slice(0, field.maxLength) : "";
  }
  const gemeenten = Array.isArray(stored.values.gemeenten) ? stored.values.gemeenten.filter((id) => typeof id === "string" && /^gm\d{4}$/.test(id)) : [];
  return { values, gemeenten };
}

/** Store the factsheet's fields and its municipality list, keeping what 'Maak een folder' stored besides. */
export function writeStored(storage, values, gemeenten, now) {
  let raw = null;
  try {
    raw = JSON.parse(storage.getItem(STORAGE_KEY) || "null");
  } catch {
    raw = null;
  }
  const base = raw && typeof raw === "object" && raw.values && typeof raw.values === "object" ? raw : { format: 1, values: {} };
  const next = { ...base, savedAt: now, values: { ...base.values, gemeenten: [...gemeenten] } };
  for (const field of FIELDS) next.values[field.key] = values[field.key] || "";
  storage.setItem(STORAGE_KEY, JSON.stringify(next));
}
