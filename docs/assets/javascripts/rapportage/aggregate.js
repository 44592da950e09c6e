// The exported yearly figures of one region ("jaarcijfers"), reading them back, and the comparison
// of several regions. The export holds only computed, suppressed figures plus the region, the year,
// the reference date and the data set version: no row, no trajectory number, no date of a child.
// Pure logic.

import { SMALL, HIDDEN, suppressCount } from "./suppress.js";
import { normText } from "./compute.js";

export const KIND = "ivh-jaarcijfers";
export const FORMAT = 1;
const MAX_TEXT = 120;

function round(value, decimals) {
  if (value === null || value === undefined) return null;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The export of a public report (suppress.js: publicReport). */
export function buildAggregate(report, dataset) {
  const keyFigures = report.chapters.flatMap((c) => c.blocks).find((b) => b.type === "keyFigures");
  return {
    soort: KIND,
    formaat: FORMAT,
    regio: String(report.meta.region || "").slice(0, MAX_TEXT),
    jaar: report.meta.year,
    peildatum: report.meta.peildatum,
    dataset: dataset.version,
    afscherming: `aantallen van 1 tot en met 9 als '${SMALL}'; percentages en gemiddelden alleen vanaf ${report.threshold}`,
    kerncijfers: (keyFigures ? keyFigures.figures : []).map((f) => ({
      id: f.id,
      naam: f.label,
      waarde: f.kind === "count" ? f.value : round(f.value, 1),
    })),
    doelen: report.goals.map((goal) => ({
      id: goal.id,
      nummer: goal.number,
      titel: goal.title,
      normen: goal.measures.map((m) => {
        const norm = {
          norm: m.targetText,
          wat: m.subject,
          soort: { share: "aandeel", mean: "gemiddelde", indication: "aanwijzing", none: "geen berekening" }[m.kind],
          waarde: m.kind === "share" ? round(m.value, 4) : round(m.value, 2),
          normwaarde: m.goal,
          gehaald: m.met,
        };
        if (m.kind === "share") {
          norm.teller = m.numerator;
          norm.noemer = m.denominator;
        } else if (m.kind === "mean" || m.kind === "indication") {
          norm.aantal = m.n;
        }
        return norm;
      }),
    })),
  };
}

export function aggregateFileName(aggregate) {
  const region = (aggregate.regio || "regio")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "regio";
  return `ivh-jaarcijfers-${region}-${aggregate.jaar}.json`;
}

// --- reading -----------------------------------------------------------------------------------

class AggregateProblem extends Error {}

function text(value, what) {
  if (typeof value !== "string") throw new AggregateProblem(`${what} ontbreekt of is geen tekst.`);
  return value.slice(0, MAX_TEXT);
}

/** A count as exported: a whole number of 0 or at least 10, or one of the two suppression marks. */
function count(value) {
  if (value === SMALL || value === HIDDEN) return value;
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new AggregateProblem(`het aantal ${JSON.stringify(value).slice(0, 20)} is geen geldig aantal.`);
  return suppressCount(value); // an edited file with a small number is shown suppressed all the same
}

function number(value, what) {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new AggregateProblem(`${what} is geen getal.`);
  return value;
}

/**
 * Read an exported file. Returns {aggregate} or {problem} (Dutch). Only known fields are kept, so
 * whatever else a file holds is never shown.
 */
export function readAggregate(textContent) {
  let data;
  try {
    data = JSON.parse(textContent);
  } catch {
    return { problem: "dit is geen exportbestand met jaarcijfers: de inhoud is geen JSON." };
  }
  try {
    if (!data || typeof data !== "object" || data.soort !== KIND) {
      throw new AggregateProblem("dit is geen exportbestand met jaarcijfers van de IVH-kennisbank.");
    }
    if (data.formaat !== FORMAT) throw new AggregateProblem(`dit exportbestand heeft formaat ${JSON.stringify(data.formaat)}; deze pagina leest formaat ${FORMAT}.`);
    const year = data.jaar;
    if (!Number.isInteger(year) || year < 2000 || year > 2099) throw new AggregateProblem("het jaar ontbreekt of is geen jaartal.");
    if (!Array.isArray(data.doelen)) throw new AggregateProblem("de doelen ontbreken.");
    const goals = data.doelen.map((g) => {
      if (!g || typeof g !== "object" || !Array.isArray(g.normen)) throw new AggregateProblem("een doel heeft geen normen.");
      return {
        id: text(g.id, "de naam van een doel"),
        number: number(g.nummer, "het nummer van een doel"),
        title: text(g.titel, "de titel van een doel"),
        measures: g.normen.map((n) => ({
          targetText: typeof n.norm === "string" ? n.norm.slice(0, MAX_TEXT) : "",
          kind: { aandeel: "share", gemiddelde: "mean", aanwijzing: "indication" }[n.soort] || "none",
          value: number(n.waarde, "een waarde"),
          goal: number(n.normwaarde, "een norm"),
          met: n.gehaald === true ? true : n.gehaald === false ? false : null,
          numerator: count(n.teller),
          denominator: count(n.noemer),
          n: count(n.aantal),
        })),
      };
    });
    const figures = Array.isArray(data.kerncijfers)
      ? data.kerncijfers.map((f) => ({ id: text(f.id, "een kerncijfer"), label: text(f.naam, "de naam van een kerncijfer"), value: f.id === "dagen-tot-advies" ? number(f.waarde, "een kerncijfer") : count(f.waarde) }))
      : [];
    return {
      aggregate: {
        region: typeof data.regio === "string" && data.regio.trim() ? data.regio.trim().slice(0, MAX_TEXT) : "(regio zonder naam)",
        year,
        peildatum: typeof data.peildatum === "string" && /^\d{4}-\d{2}-\d{2}$/.test(data.peildatum) ? data.peildatum : null,
        version: typeof data.dataset === "string" ? data.dataset.slice(0, 20) : "",
        goals,
        figures,
      },
    };
  } catch (error) {
    if (error instanceof AggregateProblem) return { problem: error.message };
    return { problem: "dit exportbestand kon niet worden gelezen." };
  }
}

// --- comparison ----------------------------------------------------------------------------------

/**
 * Rows for the side-by-side view: one per norm of the data set's goals, one cell per region.
 * Regions are sorted by name, then year.
 */
export function compareRows(aggregates, dataset) {
  const regions = [...aggregates].sort((a, b) => a.region.localeCompare(b.region, "nl") || a.year - b.year);
  const rows = [];
  for (const goal of [...dataset.goals].sort((a, b) => a.number - b.number)) {
    goal.targets.forEach((target, i) => {
      rows.push({
        goalId: goal.id,
        number: goal.number,
        title: goal.title,
        targetIndex: i,
        targetText: normText(goal.id, i, target),
        subject: target.subject,
        cells: regions.map((r) => {
          const g = r.goals.find((x) => x.id === goal.id);
          return g && g.measures[i] ? g.measures[i] : null;
        }),
      });
    });
  }
  return { regions, rows };
}

/** Whether a new aggregate repeats one already open (same region and year). */
export function sameRegionYear(a, b) {
  return a.region.toLocaleLowerCase("nl") === b.region.toLocaleLowerCase("nl") && a.year === b.year;
}
