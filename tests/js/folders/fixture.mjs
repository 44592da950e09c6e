/* A small stand-in for the page's data block (kb-folders-data), as the build writes it. */

export const data = {
  format: 1,
  folders: [
    { id: "verwijzers-jgz", label: "Verwijzers: JGZ", audience: "verwijzers", sheets: 1, title: "Verwijzen naar Integrale Vroeghulp" },
    { id: "gemeenten", label: "Gemeenten", audience: "gemeenten", sheets: 2, title: "Integrale Vroeghulp in uw gemeente" },
  ],
  fields: [
    { key: "regio", label: "Naam van de regio of het IVH-netwerk", input: "text", maxLength: 80, audiences: ["verwijzers", "gemeenten"] },
    { key: "organisatie", label: "Coördinerende organisatie", input: "text", maxLength: 80, audiences: ["verwijzers", "gemeenten"] },
    { key: "telefoon", label: "Telefoonnummer voor aanmelden", input: "tel", maxLength: 20, audiences: ["verwijzers", "gemeenten"] },
    { key: "website", label: "Webadres", input: "url", maxLength: 200, audiences: ["verwijzers", "gemeenten"] },
    { key: "email", label: "Algemeen e-mailadres", input: "email", maxLength: 100, audiences: ["verwijzers", "gemeenten"] },
    { key: "aanmelden", label: "Hoe meldt iemand een kind aan?", input: "textarea", maxLength: 200, audiences: ["verwijzers"] },
    { key: "meesturen", label: "Wat stuurt een verwijzer mee?", input: "textarea", maxLength: 160, audiences: ["verwijzers"] },
    { key: "mdo", label: "Wanneer komt het MDO bijeen?", input: "textarea", maxLength: 160, audiences: ["gemeenten"] },
    { key: "bijzonderheden", label: "Bijzonderheden in uw regio", input: "textarea", maxLength: 200, audiences: ["verwijzers", "gemeenten"] },
    { key: "gemeenten", label: "Gemeenten in uw regio", input: "gemeenten", maxLength: 400, audiences: ["gemeenten"] },
  ],
  municipalities: [
    { id: "gm0362", name: "Amstelveen", province: "Noord-Holland" },
    { id: "gm0363", name: "Amsterdam", province: "Noord-Holland" },
    { id: "gm0518", name: "'s-Gravenhage", province: "Zuid-Holland" },
  ],
  regions: [],
  repository: {},
  factsFolder: "content/municipalities/gegevens",
};

export const names = new Map(data.municipalities.map((m) => [m.id, m.name]));

export function filled(extra = {}) {
  return {
    regio: "IVH-netwerk Voorbeeldregio",
    organisatie: "Stichting Voorbeeld Jeugd",
    telefoon: "020 123 45 67",
    website: "https://www.voorbeeld.nl/ivh",
    email: "info@voorbeeld.nl",
    aanmelden: "Bel op werkdagen tussen 9 en 12 uur.",
    meesturen: "",
    mdo: "Elke tweede dinsdag van de maand.",
    bijzonderheden: "",
    gemeenten: ["gm0363", "gm0362"],
    ...extra,
  };
}

export class FakeStorage {
  constructor() { this.map = new Map(); }
  get length() { return this.map.size; }
  key(i) { return [...this.map.keys()][i] ?? null; }
  getItem(k) { return this.map.has(k) ? this.map.get(k) : null; }
  setItem(k, v) { this.map.set(k, String(v)); }
  removeItem(k) { this.map.delete(k); }
}
