// A small framework for the unit tests: two themes, five criteria, the real scale plus "weet ik niet".
export const SRC = new URL("../../../docs/assets/javascripts/zelfscan/", import.meta.url);

export function framework(overrides = {}) {
  return {
    version: "v1",
    reviewed: "2026-11-25",
    title: "Kwaliteitskader jonge kind",
    levels: [
      { id: "niet", name: "Niet", meaning: "Nog niet geregeld.", rank: 0 },
      { id: "deels", name: "Deels", meaning: "Iets geregeld.", rank: 1 },
      { id: "volledig", name: "Volledig", meaning: "Geregeld en het werkt.", rank: 2 },
      { id: "weet-niet", name: "Weet ik niet", meaning: "Zoek het uit.", rank: null },
    ],
    themes: [
      { id: "toegang", title: "Toegang", criteria: [{ id: "toegang-loket", title: "Eén loket" }, { id: "toegang-route", title: "Verwijzers kennen de route" }, { id: "toegang-vroeg", title: "Vroeg in beeld" }] },
      { id: "leren", title: "Leren", criteria: [{ id: "leren-data", title: "Een vaste set gegevens" }, { id: "leren-ouders", title: "Ouders gehoord" }] },
    ],
    ...overrides,
  };
}

export function answer(level, extra = {}) {
  return { level, evidence: "", priority: false, actions: [], ...extra };
}
