// A hand-made data set in the shape the page embeds (kennisbank/compose/rapportage.py:
// dataset_definition), small enough to reason about, with every field the goal rules use.

const f = (id, label, type, level, extra = {}) => ({
  id, label, type, level, unit: null, values: [], scaleMin: null, scaleMax: null, topic: "t", moment: "doorlopend",
  key: false, municipalityCode: false, hint: "", ...extra,
});

export const dataset = {
  version: "test0001",
  multiSeparator: ";",
  suppressBelow: 10,
  levels: [
    { id: "traject", sheet: "Trajecten", file: "t.csv", row: "één regel per IVH-traject" },
    { id: "professional", sheet: "Professionals", file: "p.csv", row: "één regel per professional per jaar" },
  ],
  fields: [
    f("trajectnummer", "Trajectnummer", "tekst", "traject", { key: true, moment: "aanmelding" }),
    f("datum-aanmelding", "Datum aanmelding", "datum", "traject", { moment: "aanmelding" }),
    f("gemeente", "Woongemeente", "tekst", "traject", { unit: "CBS-gemeentecode", municipalityCode: true, moment: "aanmelding" }),
    f("leeftijd-aanmelding", "Leeftijd bij aanmelding", "geheel-getal", "traject", { unit: "maanden", moment: "aanmelding" }),
    f("verwijzer", "Verwijzer", "keuze", "traject", { values: ["ouders zelf", "huisarts", "anders"], moment: "aanmelding" }),
    f("datum-start-traject", "Datum start traject", "datum", "traject"),
    f("datum-mdo", "Datum MDO", "datum", "traject"),
    f("datum-adviesplan", "Datum adviesplan", "datum", "traject"),
    f("uren-traject", "Bestede uren", "decimaal-getal", "traject", { unit: "uren" }),
    f("datum-afsluiting", "Datum afsluiting", "datum", "traject"),
    f("ouder-aanwezig-mdo", "Ouder aanwezig bij MDO", "ja-nee", "traject"),
    f("alle-disciplines-aanwezig", "Alle nodige disciplines aanwezig", "ja-nee", "traject"),
    f("adviezen", "Gegeven adviezen", "meerkeuze", "traject", { values: ["jeugdhulp", "(para)medische behandeling, zoals logopedie", "geen verdere hulp nodig"] }),
    f("score-betrokkenheid", "Score betrokkenheid", "score", "traject", { scaleMin: 1, scaleMax: 10 }),
    f("zelfvertrouwen-start", "Zelfvertrouwen ouders bij de start", "score", "traject", { scaleMin: 1, scaleMax: 5 }),
    f("zelfvertrouwen-einde", "Zelfvertrouwen ouders na afloop", "score", "traject", { scaleMin: 1, scaleMax: 5 }),
    f("vervolghulp-status", "Stand van de vervolghulp", "keuze", "traject", { values: ["gestart", "op de wachtlijst", "niet gestart", "onbekend"] }),
    f("datum-toegang-hulp", "Datum toegang passende hulp", "datum", "traject"),
    f("bijeenkomsten-vijf-jaar", "Bijeenkomsten in de afgelopen 5 jaar", "geheel-getal", "professional"),
    f("intervisie-dit-jaar", "Intervisie dit jaar", "ja-nee", "professional"),
    f("zelfscore-deskundigheid", "Eigen score deskundigheid", "score", "professional", { scaleMin: 1, scaleMax: 10 }),
    f("score-samenwerking", "Score samenwerking in het netwerk", "score", "professional", { scaleMin: 1, scaleMax: 10 }),
  ],
  goals: [
    { id: "ontwikkelingsperspectief", number: 1, title: "Betere ontwikkelingskansen", group: "kind-en-ouders", fields: [],
      targets: [{ subject: "kinderen met een advies", text: "minimaal 80%, binnen 6 maanden na de start", percentage: 80, withinMonths: 6 }] },
    { id: "ouderbetrokkenheid", number: 2, title: "Ouders meer betrokken", group: "kind-en-ouders", fields: [],
      targets: [
        { subject: "MDO's met een ouder", text: "minimaal 100%", percentage: 100 },
        { subject: "score betrokkenheid", text: "gemiddeld minimaal 7 op een schaal van 1 tot 10", score: 7, scaleMin: 1, scaleMax: 10, average: true },
      ] },
    { id: "opvoedvaardigheden", number: 3, title: "Ouders sterker", group: "kind-en-ouders", fields: [],
      targets: [{ subject: "ouders met meer zelfvertrouwen", text: "minimaal 80%, score 4", percentage: 80, score: 4, scaleMin: 1, scaleMax: 5 }] },
    { id: "toegang-voorzieningen", number: 4, title: "Toegang tot hulp", group: "kind-en-ouders", fields: [],
      targets: [{ subject: "gezinnen met hulp", text: "minimaal 90%, binnen 9 maanden na de start", percentage: 90, withinMonths: 9 }] },
    { id: "samenwerking", number: 5, title: "Samenwerking", group: "professionals", fields: [],
      targets: [{ subject: "alle disciplines aan tafel", text: "norm zonder getal", numeric: false }, { subject: "professionals kennen elkaar", text: "norm zonder getal", numeric: false }] },
    { id: "deskundigheid", number: 6, title: "Deskundigheid", group: "professionals", fields: [],
      targets: [
        { subject: "bijeenkomsten", text: "minimaal 3 in 5 jaar", count: 3, perYears: 5 },
        { subject: "intervisie", text: "elk jaar", count: 1, perYears: 1 },
        { subject: "eigen score", text: "minimaal 7 op een schaal van 1 tot 10", score: 7, scaleMin: 1, scaleMax: 10 },
      ] },
  ],
  chapters: [
    { number: 1, title: "Het jaar in het kort", contents: ["kort"], fields: [], goals: ["ontwikkelingsperspectief", "ouderbetrokkenheid", "opvoedvaardigheden", "toegang-voorzieningen", "samenwerking", "deskundigheid"] },
    { number: 2, title: "Bereik", contents: ["bereik"], fields: ["datum-aanmelding", "gemeente", "leeftijd-aanmelding", "verwijzer"], goals: [] },
    { number: 3, title: "Traject", contents: ["traject"], fields: ["datum-start-traject", "datum-mdo", "datum-adviesplan", "uren-traject", "ouder-aanwezig-mdo", "gemeente"], goals: ["ontwikkelingsperspectief", "ouderbetrokkenheid"] },
    { number: 4, title: "Over de cijfers", contents: ["cijfers"], fields: [], goals: [] },
  ],
};

/** A record as the reader makes it. */
export function rec(row, values, source = "test.csv") {
  return { row, source, values };
}
