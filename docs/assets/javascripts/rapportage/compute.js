// The six goals and the chapters of the yearly report, computed from checked records.
// Pure logic: no DOM, no clock. Every count here is exact; suppress.js makes the public version.
//
// Which field a goal is measured with, and how, is set in GOAL_RULES (one entry per goal id of the
// guideline). The numbers in the norms (80%, 6 months, a score of 7) come from the data set, so a
// changed norm in content/guidelines/kwaliteit.yaml changes the computation.

import { addMonths, daysBetween, parts } from "./dates.js";
import { indexDataset, lowerFirst } from "./dataset.js";

/**
 * How each goal's norms are measured, in the order of the goal's norms (targets).
 * - deadline: share of started trajectories with the outcome date at most `within_months` after the start.
 * - yes: share of filled-in ja/nee cells that say ja.
 * - mean: average score against the norm's score.
 * - prepost: share of parents whose score afterwards is at least the norm's score and higher than before.
 * - atLeast: share of professionals with a number at least the norm's count.
 * - scoreEach: share of professionals with a score at least the norm's score (plus the average).
 * - indication: the average of a score, for a norm without a number in the handbook.
 */
export const GOAL_RULES = {
  ontwikkelingsperspectief: [
    { kind: "deadline", level: "traject", start: "datum-start-traject", outcome: "datum-adviesplan", closed: "datum-afsluiting", noun: "trajecten" },
  ],
  ouderbetrokkenheid: [
    { kind: "yes", level: "traject", field: "ouder-aanwezig-mdo", noun: "MDO's" },
    { kind: "mean", level: "traject", field: "score-betrokkenheid", noun: "antwoorden" },
  ],
  opvoedvaardigheden: [
    { kind: "prepost", level: "traject", before: "zelfvertrouwen-start", after: "zelfvertrouwen-einde", noun: "ouders" },
  ],
  "toegang-voorzieningen": [
    {
      kind: "deadline",
      level: "traject",
      start: "datum-start-traject",
      outcome: "datum-toegang-hulp",
      status: { field: "vervolghulp-status", started: "gestart", unknown: "onbekend" },
      noHelp: { field: "adviezen", value: "geen verdere hulp nodig" },
      noun: "gezinnen",
    },
  ],
  samenwerking: [
    { kind: "yes", level: "traject", field: "alle-disciplines-aanwezig", noun: "MDO's" },
    { kind: "indication", level: "professional", field: "score-samenwerking", noun: "professionals" },
  ],
  deskundigheid: [
    { kind: "atLeast", level: "professional", field: "bijeenkomsten-vijf-jaar", noun: "professionals" },
    { kind: "yes", level: "professional", field: "intervisie-dit-jaar", noun: "professionals" },
    { kind: "scoreEach", level: "professional", field: "zelfscore-deskundigheid", noun: "professionals" },
  ],
};

/** The field ids the rules use that the data set lacks (empty when the page and the data set agree). */
export function missingRuleFields(dataset) {
  const index = indexDataset(dataset);
  const missing = [];
  for (const rules of Object.values(GOAL_RULES)) {
    for (const rule of rules) {
      for (const id of ruleFields(rule)) if (!index.field(id) && !missing.includes(id)) missing.push(id);
    }
  }
  return missing;
}

function ruleFields(rule) {
  return [rule.field, rule.start, rule.outcome, rule.closed, rule.before, rule.after, rule.status?.field, rule.noHelp?.field].filter(Boolean);
}

// --- statistics ------------------------------------------------------------------------------

/** Quantile with linear interpolation between the nearest ranks (the common "type 7"). */
export function quantile(sorted, p) {
  if (!sorted.length) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function summarize(values) {
  const sorted = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (!n) return { n: 0, mean: null, median: null, p25: null, p75: null, sum: 0 };
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { n, mean: sum / n, median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), sum };
}

// --- definitions -----------------------------------------------------------------------------

function percentageOf(target) {
  return target.percentage ?? 100;
}

function quoted(index, id) {
  return `'${index.label(id)}'`;
}

/**
 * What a norm's figure means, in Dutch: numerator, denominator, what is left out and why. Needs only
 * the data set, so the page can show it before any file is opened.
 */
export function describe(rule, target, index) {
  if (!rule) {
    return { numerator: null, denominator: null, left: [], note: "Voor deze norm heeft de pagina (nog) geen berekening." };
  }
  const pct = percentageOf(target);
  const every = target.percentage == null;
  const normShare = every ? `norm: ${rule.noun === "MDO's" ? "bij elk MDO" : "iedereen"} (100%)` : `norm: minimaal ${pct}%`;
  switch (rule.kind) {
    case "deadline": {
      const months = target.withinMonths;
      const left = [
        `trajecten zonder ${index.lower(rule.start)}: er is geen traject gestart, of de datum ontbreekt`,
        `trajecten waarvan de ${months} maanden op de peildatum nog niet voorbij zijn en die nog geen ${index.lower(rule.outcome)} hebben: die lopen nog`,
        `trajecten waarin de ${index.lower(rule.outcome)} vóór de ${index.lower(rule.start)} ligt: de datums kloppen niet`,
      ];
      if (rule.noHelp) left.push(`gezinnen die volgens het adviesplan geen verdere hulp nodig hebben ('${rule.noHelp.value}' bij ${quoted(index, rule.noHelp.field)})`);
      if (rule.status) {
        left.push(`gezinnen zonder ${index.lower(rule.outcome)} bij wie ${quoted(index, rule.status.field)} leeg of '${rule.status.unknown}' is: de uitkomst is niet bekend`);
        left.push(`gezinnen met '${rule.status.started}' bij ${quoted(index, rule.status.field)} maar zonder ${index.lower(rule.outcome)}`);
      }
      const failed = rule.status
        ? `of zonder die datum terwijl de ${months} maanden voorbij zijn en de vervolghulp op de wachtlijst staat of niet is gestart`
        : `of zonder die datum terwijl de ${months} maanden op de peildatum voorbij zijn${rule.closed ? " of het traject al is afgesloten" : ""}`;
      return {
        numerator: `${rule.noun} met een ${index.lower(rule.outcome)} uiterlijk ${months} maanden na de ${index.lower(rule.start)}`,
        denominator: `gestarte ${rule.noun} waarvan de uitkomst bekend is: met een ${index.lower(rule.outcome)}, ${failed}`,
        left,
        note: normShare,
      };
    }
    case "yes":
      return {
        numerator: `${rule.noun} met 'ja' bij ${quoted(index, rule.field)}`,
        denominator: `${rule.noun} waarbij ${quoted(index, rule.field)} is ingevuld (ja of nee)`,
        left: [`${rule.noun} waarbij ${quoted(index, rule.field)} leeg is: nog niet bekend`],
        note: normShare,
      };
    case "mean":
      return {
        numerator: `de som van alle scores bij ${quoted(index, rule.field)}`,
        denominator: `het aantal ingevulde scores`,
        left: [`lege cellen: geen antwoord (vragenlijst niet teruggekomen, of het traject loopt nog)`],
        note: `norm: gemiddeld minimaal ${fmt(target.score)} op een schaal van ${target.scaleMin} tot en met ${target.scaleMax}`,
      };
    case "prepost":
      return {
        numerator: `${rule.noun} met minstens ${fmt(target.score)} bij ${quoted(index, rule.after)} én een hogere score dan bij ${quoted(index, rule.before)}`,
        denominator: `${rule.noun} met beide scores ingevuld`,
        left: [
          `alleen een score bij de start: de vragenlijst na afloop is (nog) niet terug`,
          `alleen een score na afloop: er is geen voormeting om mee te vergelijken`,
          `geen van beide scores`,
        ],
        note: normShare,
      };
    case "atLeast":
      return {
        numerator: `${rule.noun} met minstens ${target.count} bij ${quoted(index, rule.field)}`,
        denominator: `${rule.noun} waarbij ${quoted(index, rule.field)} is ingevuld`,
        left: [`${rule.noun} waarbij ${quoted(index, rule.field)} leeg is`],
        note: `norm: iedere trajectbegeleider en coördinator (100%) minimaal ${target.count} in ${target.perYears} jaar`,
      };
    case "scoreEach":
      return {
        numerator: `${rule.noun} met minstens ${fmt(target.score)} bij ${quoted(index, rule.field)}`,
        denominator: `${rule.noun} met een score`,
        left: [`${rule.noun} zonder score`],
        note: `norm: iedere professional (100%) geeft minimaal ${fmt(target.score)} op een schaal van ${target.scaleMin} tot en met ${target.scaleMax}; het gemiddelde staat erbij`,
      };
    case "indication":
      return {
        numerator: `de som van alle scores bij ${quoted(index, rule.field)}`,
        denominator: `het aantal ingevulde scores`,
        left: [`${rule.noun} zonder score`],
        note: "het handboek geeft voor deze norm geen getal. De pagina laat het gemiddelde zien als aanwijzing, zonder te zeggen of de norm is gehaald.",
      };
    default:
      return { numerator: null, denominator: null, left: [], note: "Onbekende berekening." };
  }
}

function fmt(n) {
  return String(n).replace(".", ",");
}

// --- goals -----------------------------------------------------------------------------------

const SHARE_KINDS = new Set(["deadline", "yes", "prepost", "atLeast", "scoreEach"]);

/**
 * The norm as the report states it. A norm with no percentage applies to every case ("bij elke
 * casus", "iedere trajectbegeleider"), so the report measures it against 100% and says so.
 */
export function normText(goalId, index, target) {
  const rule = (GOAL_RULES[goalId] || [])[index];
  if (!rule || target.percentage != null || !SHARE_KINDS.has(rule.kind)) return target.text;
  const who = rule.noun === "MDO's" ? "bij elk MDO" : rule.level === "professional" ? "voor iedere professional" : "voor ieder traject";
  return target.numeric === false ? `${who} (100%)` : `${target.text}, ${who} (100%)`;
}

/** One goal's measures. `records` = {traject: [...], professional: [...]}; options.peildatum (ISO). */
export function computeGoal(goal, records, dataset, options) {
  const index = indexDataset(dataset);
  const rules = GOAL_RULES[goal.id] || [];
  const measures = goal.targets.map((target, i) => {
    const rule = rules[i] || null;
    const base = {
      goalId: goal.id,
      targetIndex: i,
      subject: target.subject,
      targetText: normText(goal.id, i, target),
      noun: rule ? rule.noun : "",
      definition: describe(rule, target, index),
      fields: rule ? ruleFields(rule) : [],
    };
    if (!rule || ruleFields(rule).some((id) => !index.field(id))) {
      return { ...base, kind: "none", population: 0, excluded: [] };
    }
    const list = records[rule.level] || [];
    return { ...base, ...MEASURE[rule.kind](rule, target, list, options, index), population: list.length };
  });
  return { id: goal.id, number: goal.number, title: goal.title, group: goal.group, measures };
}

function share(numerator, denominator, target, excluded) {
  const pct = percentageOf(target);
  const value = denominator ? numerator / denominator : null;
  return {
    kind: "share",
    numerator,
    denominator,
    value,
    goal: pct,
    met: value === null ? null : value * 100 >= pct,
    excluded,
  };
}

/**
 * The share of the records whose cell in `field` is filled in (`filled(value)`) that meet the norm
 * (`meets(value)`), against the target's percentage; the records without a filled-in cell are
 * excluded as 'niet ingevuld'. The 'yes' and 'atLeast' rules are this with their own two tests.
 */
export function shareOfFilled(list, field, filled, meets, target) {
  let numerator = 0;
  let denominator = 0;
  for (const record of list) {
    const value = record.values[field];
    if (!filled(value)) continue;
    denominator += 1;
    if (meets(value)) numerator += 1;
  }
  return share(numerator, denominator, target, tally({ "niet ingevuld": list.length - denominator }));
}

function tally(reasons) {
  return Object.entries(reasons).map(([reason, count]) => ({ reason, count }));
}

/** A date that counts at the reference date: empty, and later than the reference date, count as not (yet) known. */
function dateAt(record, id, peildatum) {
  const value = record.values[id];
  if (!value) return null;
  return peildatum && value > peildatum ? null : value;
}

const MEASURE = {
  deadline(rule, target, list, { peildatum }) {
    const months = target.withinMonths;
    const reasons = { "geen datum start traject": 0, "loopt nog": 0, "datums kloppen niet": 0 };
    if (rule.noHelp) reasons["geen verdere hulp nodig"] = 0;
    if (rule.status) {
      reasons["uitkomst onbekend"] = 0;
      reasons["gestart, datum ontbreekt"] = 0;
    }
    let numerator = 0;
    let denominator = 0;
    for (const record of list) {
      const start = dateAt(record, rule.start, peildatum);
      if (!start) {
        reasons["geen datum start traject"] += 1;
        continue;
      }
      if (rule.noHelp) {
        const advice = record.values[rule.noHelp.field];
        if (Array.isArray(advice) && advice.length === 1 && advice[0] === rule.noHelp.value) {
          reasons["geen verdere hulp nodig"] += 1;
          continue;
        }
      }
      const outcome = dateAt(record, rule.outcome, peildatum);
      const deadline = addMonths(start, months);
      if (outcome) {
        if (outcome < start) {
          reasons["datums kloppen niet"] += 1;
          continue;
        }
        denominator += 1;
        if (outcome <= deadline) numerator += 1;
        continue;
      }
      const closed = rule.closed ? dateAt(record, rule.closed, peildatum) : null;
      const due = peildatum ? deadline <= peildatum : false;
      if (rule.status) {
        const status = record.values[rule.status.field];
        if (!due) reasons["loopt nog"] += 1;
        else if (!status || status === rule.status.unknown) reasons["uitkomst onbekend"] += 1;
        else if (status === rule.status.started) reasons["gestart, datum ontbreekt"] += 1;
        else denominator += 1;
        continue;
      }
      if (due || closed) denominator += 1;
      else reasons["loopt nog"] += 1;
    }
    return share(numerator, denominator, target, tally(reasons));
  },

  yes(rule, target, list) {
    return shareOfFilled(list, rule.field, (value) => value !== undefined, (value) => value === true, target);
  },

  mean(rule, target, list) {
    const values = list.map((r) => r.values[rule.field]).filter((v) => typeof v === "number");
    const stats = summarize(values);
    return {
      kind: "mean",
      n: stats.n,
      value: stats.mean,
      goal: target.score,
      scale: [target.scaleMin, target.scaleMax],
      met: stats.mean === null ? null : stats.mean >= target.score,
      excluded: tally({ "geen score": list.length - stats.n }),
    };
  },

  indication(rule, target, list, options, index) {
    const field = index.field(rule.field);
    const values = list.map((r) => r.values[rule.field]).filter((v) => typeof v === "number");
    const stats = summarize(values);
    return {
      kind: "indication",
      n: stats.n,
      value: stats.mean,
      goal: null,
      scale: [field.scaleMin, field.scaleMax],
      met: null,
      excluded: tally({ "geen score": list.length - stats.n }),
    };
  },

  prepost(rule, target, list) {
    const reasons = { "alleen een score bij de start": 0, "alleen een score na afloop": 0, "geen scores": 0 };
    let numerator = 0;
    let denominator = 0;
    for (const record of list) {
      const before = record.values[rule.before];
      const after = record.values[rule.after];
      if (typeof before !== "number" && typeof after !== "number") reasons["geen scores"] += 1;
      else if (typeof after !== "number") reasons["alleen een score bij de start"] += 1;
      else if (typeof before !== "number") reasons["alleen een score na afloop"] += 1;
      else {
        denominator += 1;
        if (after >= target.score && after > before) numerator += 1;
      }
    }
    return share(numerator, denominator, target, tally(reasons));
  },

  atLeast(rule, target, list) {
    return shareOfFilled(list, rule.field, (value) => typeof value === "number", (value) => value >= target.count, target);
  },

  scoreEach(rule, target, list) {
    const values = list.map((r) => r.values[rule.field]).filter((v) => typeof v === "number");
    const numerator = values.filter((v) => v >= target.score).length;
    const result = share(numerator, values.length, target, tally({ "geen score": list.length - values.length }));
    result.mean = summarize(values).mean;
    result.scale = [target.scaleMin, target.scaleMax];
    return result;
  },
};

export function computeGoals(dataset, records, options) {
  return [...dataset.goals].sort((a, b) => a.number - b.number).map((goal) => computeGoal(goal, records, dataset, options));
}

// --- chapters --------------------------------------------------------------------------------

const AGE_BAND = 12; // months

function monthsOf(list, field, year) {
  const counts = new Array(12).fill(0);
  let outside = 0;
  let missing = 0;
  for (const record of list) {
    const value = record.values[field.id];
    if (!value) missing += 1;
    else if (parts(value).year !== year) outside += 1;
    else counts[parts(value).month - 1] += 1;
  }
  return { counts, outside, missing };
}

function categories(list, field) {
  const counts = new Map(field.values.map((v) => [v, 0]));
  let missing = 0;
  let any = 0;
  for (const record of list) {
    const value = record.values[field.id];
    if (value === undefined) {
      missing += 1;
      continue;
    }
    any += 1;
    for (const v of Array.isArray(value) ? value : [value]) counts.set(v, (counts.get(v) || 0) + 1);
  }
  return { rows: [...counts].map(([label, count]) => ({ label, count })), missing, any };
}

function textValues(list, field) {
  const counts = new Map();
  let missing = 0;
  for (const record of list) {
    const value = record.values[field.id];
    if (value === undefined) missing += 1;
    else counts.set(value, (counts.get(value) || 0) + 1);
  }
  const rows = [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => (a.label < b.label ? -1 : 1));
  return { rows, missing };
}

function ageBands(values) {
  const top = Math.max(0, ...values);
  const bands = [];
  for (let from = 0; from <= top; from += AGE_BAND) {
    bands.push({ label: `${from}–${from + AGE_BAND - 1} maanden`, count: values.filter((v) => v >= from && v < from + AGE_BAND).length });
  }
  return bands;
}

/** Lead time in days from the registration date to `field`, over records that have both dates. */
function leadTime(list, from, field, peildatum) {
  const days = [];
  let missing = 0;
  for (const record of list) {
    const a = dateAt(record, from.id, peildatum);
    const b = dateAt(record, field.id, peildatum);
    if (!a || !b || b < a) missing += 1;
    else days.push(daysBetween(a, b));
  }
  return { stats: summarize(days), missing };
}

/** The report's chapters with their computed blocks, in the data set's chapter order. */
export function computeChapters(dataset, records, goals, options) {
  const index = indexDataset(dataset);
  const measureChapter = new Map(); // "goal:index" -> chapter number of its detailed card
  const chapters = [...dataset.chapters].sort((a, b) => a.number - b.number);
  for (const goal of goals) {
    for (const m of goal.measures) {
      const home = chapters.find((c) => c.goals.includes(goal.id) && m.fields.some((f) => c.fields.includes(f) && primaryField(m, f)));
      const fallback = chapters.filter((c) => c.goals.includes(goal.id)).pop();
      const chosen = home || fallback;
      if (chosen) measureChapter.set(`${goal.id}:${m.targetIndex}`, chosen.number);
    }
  }
  const summarized = new Map(); // field id -> chapter number where it was first summarized
  const last = chapters[chapters.length - 1];
  return chapters.map((chapter) => {
    const blocks = [];
    if (chapter.goals.length >= 3) {
      blocks.push({ type: "keyFigures", figures: keyFigures(dataset, records, goals, options) });
      blocks.push({ type: "goalSummary", goals: chapter.goals });
    }
    const measured = new Set();
    for (const goal of goals) {
      for (const m of goal.measures) {
        if (measureChapter.get(`${goal.id}:${m.targetIndex}`) === chapter.number && chapter.goals.includes(goal.id)) {
          blocks.push({ type: "measure", goalId: goal.id, targetIndex: m.targetIndex });
          m.fields.forEach((f) => measured.add(f));
        }
      }
    }
    for (const id of chapter.fields) {
      const field = index.field(id);
      if (!field) continue;
      const list = records[field.level] || [];
      if (summarized.has(id)) {
        blocks.push({ type: "seeChapter", field: id, chapter: summarized.get(id) });
        continue;
      }
      const block = fieldBlock(field, list, index, options, measured);
      if (block) {
        blocks.push(block);
        summarized.set(id, chapter.number);
      }
    }
    if (chapter === last) blocks.push({ type: "dataNotes", completeness: completeness(dataset, records) });
    return { number: chapter.number, title: chapter.title, contents: chapter.contents, blocks };
  });
}

/** A measure's own field for placing it: the outcome of a deadline, the score of a pre/post. */
function primaryField(measure, fieldId) {
  return measure.fields.indexOf(fieldId) === (measure.fields.length > 1 ? 1 : 0);
}

function fieldBlock(field, list, index, options, measured) {
  const total = list.length;
  const registration = index.registration[field.level];
  switch (field.type) {
    case "datum":
      if (field === registration) return { type: "months", field: field.id, total, year: options.year, ...monthsOf(list, field, options.year) };
      if (!registration) return null;
      return { type: "leadTime", field: field.id, from: registration.id, total, ...leadTime(list, registration, field, options.peildatum) };
    case "keuze":
      return { type: "categories", field: field.id, total, partition: true, ...categories(list, field) };
    case "meerkeuze":
      return { type: "categories", field: field.id, total, partition: false, ...categories(list, field) };
    case "ja-nee": {
      if (measured.has(field.id)) return null;
      const yes = list.filter((r) => r.values[field.id] === true).length;
      const no = list.filter((r) => r.values[field.id] === false).length;
      return { type: "categories", field: field.id, total, partition: true, rows: [{ label: "ja", count: yes }, { label: "nee", count: no }], missing: total - yes - no, any: yes + no };
    }
    case "score": {
      if (measured.has(field.id)) return null;
      const values = list.map((r) => r.values[field.id]).filter((v) => typeof v === "number");
      return { type: "numbers", field: field.id, total, stats: summarize(values), missing: total - values.length, showSum: false };
    }
    case "geheel-getal":
    case "decimaal-getal": {
      const values = list.map((r) => r.values[field.id]).filter((v) => typeof v === "number");
      const block = { type: "numbers", field: field.id, total, stats: summarize(values), missing: total - values.length, showSum: field.type === "decimaal-getal" };
      if (field.unit === "maanden") block.bands = ageBands(values);
      return block;
    }
    default:
      if (field.key) return null;
      return { type: "categories", field: field.id, total, partition: true, ...textValues(list, field), any: null };
  }
}

function completeness(dataset, records) {
  return dataset.fields.map((field) => {
    const list = records[field.level] || [];
    const filled = list.filter((r) => r.values[field.id] !== undefined).length;
    return { field: field.id, level: field.level, filled, total: list.length };
  });
}

/** The few figures on the first page: registrations, trajectories started and closed, lead time to the advice. */
function keyFigures(dataset, records, goals, options) {
  const index = indexDataset(dataset);
  const trajects = records.traject || [];
  const figures = [];
  const registration = index.registration.traject;
  figures.push({ id: "trajecten", label: "Trajecten in het bestand", kind: "count", value: trajects.length });
  if (registration) {
    const inYear = trajects.filter((r) => r.values[registration.id] && parts(r.values[registration.id]).year === options.year).length;
    figures.push({ id: "aanmeldingen", label: `Aanmeldingen in ${options.year}`, kind: "count", value: inYear });
  }
  for (const [id, label] of [["datum-start-traject", "Trajecten gestart"], ["datum-afsluiting", "Trajecten afgesloten"]]) {
    if (index.field(id)) figures.push({ id, label, kind: "count", value: trajects.filter((r) => dateAt(r, id, options.peildatum)).length });
  }
  if (registration && index.field("datum-adviesplan")) {
    const { stats } = leadTime(trajects, registration, index.field("datum-adviesplan"), options.peildatum);
    figures.push({ id: "dagen-tot-advies", label: "Dagen van aanmelding tot adviesplan (mediaan)", kind: "median", value: stats.median, n: stats.n });
  }
  if (records.professional) figures.push({ id: "professionals", label: "Professionals in het bestand", kind: "count", value: records.professional.length });
  return figures;
}

/** The whole report: goals and chapters, with the facts about the run. */
export function computeReport(dataset, records, options) {
  const goals = computeGoals(dataset, records, options);
  const chapters = computeChapters(dataset, records, goals, options);
  return {
    meta: {
      region: options.region || "",
      year: options.year,
      peildatum: options.peildatum,
      version: dataset.version,
      counts: Object.fromEntries(dataset.levels.map((l) => [l.id, (records[l.id] || []).length])),
      problems: options.problems || 0,
    },
    goals,
    chapters,
  };
}

export { lowerFirst };
