// The yearly-report page: wiring the form, the checks, the report, the exports and the comparison
// to the page. The logic lives in the pure modules next to this one; this file only reads files,
// builds the DOM (text via textContent) and reacts to the reader.

import { el, clear, table, download, resetNames } from "./dom.js";
import { barChart } from "./charts.js";
import { indexDataset, lowerFirst } from "./dataset.js";
import { readFiles } from "./read.js";
import { checkDates, formatProblem, ERROR, NOTICE } from "./validate.js";
import { computeReport, describe, normText, GOAL_RULES } from "./compute.js";
import { publicReport, RULE_TEXT, SMALL, HIDDEN } from "./suppress.js";
import { buildAggregate, aggregateFileName, readAggregate, compareRows, sameRegionYear } from "./aggregate.js";
import { formatNumber, formatPercent } from "./numbers.js";
import { longDate, monthName, toIso, parts } from "./dates.js";
import { REPORT_CSS } from "./export-style.js";

const $ = (id) => document.getElementById(id);

const state = {
  dataset: null,
  read: null, // {records, problems, tables}
  report: null, // public report
  previous: null, // aggregate of last year
  notes: new Map(), // chapter number -> text typed by the coordinator
  aggregates: [],
};

// --- start -----------------------------------------------------------------------------------

function start() {
  const data = $("kb-monitoring-data");
  if (!data) return;
  try {
    state.dataset = JSON.parse(data.textContent);
  } catch {
    return;
  }
  document.body.classList.add("kb-rap-pagina");
  renderDefinitions();
  const peildatum = $("kb-rap-peildatum");
  if (!peildatum.value) {
    const now = new Date();
    peildatum.value = toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  $("kb-rap-bestand").addEventListener("change", onFiles);
  $("kb-rap-vorig").addEventListener("change", onPrevious);
  $("kb-rap-form").addEventListener("submit", (event) => {
    event.preventDefault();
    if (state.read) update();
    else onFiles();
  });
  for (const id of ["kb-rap-regio", "kb-rap-jaar", "kb-rap-peildatum"]) $(id).addEventListener("change", () => state.read && update());
  $("kb-rap-afdrukken").addEventListener("click", () => window.print());
  $("kb-rap-html").addEventListener("click", downloadHtml);
  $("kb-rap-export").addEventListener("click", exportAggregate);
  $("kb-rap-aggregaten").addEventListener("change", onAggregates);
  $("kb-rap-vergelijk-leeg").addEventListener("click", () => {
    state.aggregates = [];
    $("kb-rap-aggregaten").value = "";
    renderComparison([]);
  });
  window.addEventListener("beforeprint", syncNotes);
}

function status(id, text) {
  $(id).textContent = text;
}

async function filesOf(input) {
  return Promise.all([...input.files].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

async function readXlsx(bytes) {
  const { readXlsxFile } = await import("../vendor/read-excel-file.js");
  return readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

// --- reading the data --------------------------------------------------------------------------

async function onFiles() {
  const input = $("kb-rap-bestand");
  if (!input.files.length) {
    status("kb-rap-status", "Kies eerst een ingevuld sjabloon.");
    return;
  }
  status("kb-rap-status", "Het bestand wordt gelezen…");
  try {
    const files = await filesOf(input);
    state.read = await readFiles(files, state.dataset, readXlsx);
  } catch {
    state.read = null;
    status("kb-rap-status", "Het bestand kon niet worden gelezen. Probeer het opnieuw, of sla het opnieuw op als .xlsx of .csv.");
    return;
  }
  const year = $("kb-rap-jaar");
  if (!year.value) {
    const guess = likelyYear(state.read.records, state.dataset);
    if (guess) year.value = String(guess);
  }
  update();
}

async function onPrevious() {
  const input = $("kb-rap-vorig");
  state.previous = null;
  if (input.files.length) {
    const result = readAggregate(await input.files[0].text());
    if (result.problem) status("kb-rap-status", `Jaarcijfers van vorig jaar (${input.files[0].name}): ${result.problem}`);
    else state.previous = result.aggregate;
  }
  if (state.read) update();
}

/** The most frequent year of the registration dates (the year the file is about). */
function likelyYear(records, dataset) {
  const registration = indexDataset(dataset).registration.traject;
  if (!registration) return null;
  const counts = new Map();
  for (const r of records.traject || []) {
    const date = r.values[registration.id];
    if (date) counts.set(parts(date).year, (counts.get(parts(date).year) || 0) + 1);
  }
  let best = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best) || (n === counts.get(best) && year > best)) best = year;
  return best;
}

function options() {
  const year = Number.parseInt($("kb-rap-jaar").value, 10);
  const peildatum = $("kb-rap-peildatum").value || null;
  return {
    region: $("kb-rap-regio").value.trim(),
    year: Number.isInteger(year) && year >= 2000 && year <= 2099 ? year : new Date().getFullYear(),
    peildatum: peildatum && /^\d{4}-\d{2}-\d{2}$/.test(peildatum) ? peildatum : null,
  };
}

function update() {
  syncNotes();
  const opts = options();
  const { records, tables } = state.read;
  const dateProblems = state.dataset.levels.flatMap((l) => checkDates(records[l.id] || [], state.dataset, l.id, opts.peildatum));
  const problems = sortProblems([...state.read.problems, ...dateProblems]);
  const errors = problems.filter((p) => p.severity === ERROR).length;
  renderProblems(problems, tables);
  if (!tables.length) {
    state.report = null;
    $("kb-rap-jaarverslag").hidden = true;
    document.body.classList.remove("kb-rap-print-verslag");
    status("kb-rap-status", "Er is geen jaarverslag gemaakt: in het bestand staan geen gegevens die de pagina kan lezen. Zie de controle hieronder.");
    return;
  }
  const exact = computeReport(state.dataset, records, { ...opts, problems: errors });
  state.report = publicReport(exact, indexDataset(state.dataset).threshold);
  renderReport(state.report);
  const counts = state.dataset.levels.map((l) => `${(records[l.id] || []).length} ${l.sheet.toLowerCase()}`).join(" en ");
  status(
    "kb-rap-status",
    `Gelezen: ${counts}. ${problems.length ? `${tally(problems)}: zie de controle.` : "Geen fouten gevonden."} Het jaarverslag staat hieronder.`,
  );
}

/** "3 fouten en 1 opmerking", "1 fout", "2 opmerkingen". */
function tally(problems) {
  const errors = problems.filter((p) => p.severity === ERROR).length;
  const notices = problems.length - errors;
  const parts = [];
  if (errors) parts.push(`${errors} ${errors === 1 ? "fout" : "fouten"}`);
  if (notices) parts.push(`${notices} ${notices === 1 ? "opmerking" : "opmerkingen"}`);
  return parts.join(" en ");
}

function sortProblems(problems) {
  return [...problems].sort((a, b) => (a.source || "").localeCompare(b.source || "", "nl") || (a.row || 0) - (b.row || 0));
}

// --- problems --------------------------------------------------------------------------------

function renderProblems(problems, tables) {
  const box = clear($("kb-rap-problemen"));
  $("kb-rap-controle").hidden = false;
  const read = tables.map((t) => `${t.source}: ${t.count} ${t.count === 1 ? "regel" : "regels"} gelezen`);
  if (read.length) box.append(el("p", {}, read.join("; ") + "."));
  if (!problems.length) {
    box.append(el("p", { class: "kb-rap-goed" }, "Alle cellen zijn in orde."));
    return;
  }
  box.append(
    el(
      "p",
      {},
      `${capitalize(tally(problems))}. ` +
        "Een cel met een fout telt in het verslag als leeg; een rij met een dubbel trajectnummer telt niet mee. Herstel de fouten in uw bestand en open het opnieuw.",
    ),
  );
  const bySource = new Map();
  for (const p of problems) {
    if (!bySource.has(p.source)) bySource.set(p.source, []);
    bySource.get(p.source).push(p);
  }
  for (const [source, list] of bySource) {
    if (source) box.append(el("h3", {}, source));
    box.append(
      el(
        "ul",
        { class: "kb-rap-problemen" },
        list.map((p) => el("li", { class: p.severity === ERROR ? "kb-rap-fout" : "kb-rap-opmerking" }, el("span", { class: "kb-rap-soort" }, p.severity === ERROR ? "Fout: " : "Let op: "), formatProblem(p))),
      ),
    );
  }
}

// --- formatting of public values -------------------------------------------------------------

function count(value) {
  if (value === SMALL || value === HIDDEN) return value;
  if (value === null || value === undefined) return "–";
  return formatNumber(value, 0);
}

function isCount(value) {
  return typeof value === "number";
}

function share(m) {
  if (m.value === null) return "niet getoond";
  return formatPercent(m.value, m.goal);
}

function days(value) {
  return value === null ? "niet getoond" : `${formatNumber(Math.round(value), 0)} dagen`;
}

function measureValue(m) {
  if (m.kind === "share") return share(m);
  if (m.kind === "mean" || m.kind === "indication") return m.value === null ? "niet getoond" : formatNumber(m.value, 1);
  return "geen berekening";
}

function verdict(m) {
  if (m.kind === "indication") return "geen getalsnorm";
  if (m.kind === "none") return "–";
  if (m.met === true) return "gehaald";
  if (m.met === false) return "niet gehaald";
  return `niet beoordeeld (minder dan 10 ${m.noun})`;
}

function fraction(m) {
  if (m.value === null) return null;
  if (m.kind === "share") return m.value;
  if (m.scale) return m.value / m.scale[1];
  return null;
}

function targetFraction(m) {
  if (m.kind === "share") return m.goal / 100;
  if (m.kind === "mean" && m.scale) return m.goal / m.scale[1];
  return null;
}

function measureLabel(goal, m) {
  return goal.measures.length > 1 ? `${goal.number}. ${goal.title} (${m.targetIndex + 1}): ${m.subject}` : `${goal.number}. ${goal.title}: ${m.subject}`;
}

// --- the report --------------------------------------------------------------------------------

function renderReport(report) {
  const box = clear($("kb-rap-verslag"));
  resetNames("verslag");
  const index = indexDataset(state.dataset);
  const { meta } = report;
  $("jaarverslag").textContent = `Jaarverslag IVH${meta.region ? ` ${meta.region}` : ""} ${meta.year}`;
  box.append(
    el(
      "p",
      { class: "kb-rap-meta" },
      `Regio of netwerk: ${meta.region || "(niet ingevuld)"}. Verslagjaar: ${meta.year}. ` +
        `Peildatum: ${meta.peildatum ? longDate(meta.peildatum) : "niet ingevuld"}. Dataset versie ${meta.version}. ` +
        `In het bestand: ${state.dataset.levels.map((l) => `${count(meta.counts[l.id])} ${l.sheet.toLowerCase()}`).join(" en ")}.`,
    ),
  );
  if (meta.problems) {
    box.append(
      el(
        "p",
        { class: "kb-rap-melding kb-rap-melding--let-op" },
        `Het bestand bevatte ${meta.problems} ${meta.problems === 1 ? "fout" : "fouten"}. Die cellen tellen als leeg, en rijen met een dubbel trajectnummer tellen niet mee. Herstel het bestand voordat u dit verslag deelt.`,
      ),
    );
  }
  box.append(el("p", { class: "kb-rap-melding" }, el("strong", {}, "Kleine aantallen. "), RULE_TEXT));
  for (const chapter of report.chapters) box.append(renderChapter(chapter, report, index));
  $("kb-rap-jaarverslag").hidden = false;
  document.body.classList.add("kb-rap-print-verslag");
}

function renderChapter(chapter, report, index) {
  const section = el("section", { class: "kb-rap-hoofdstuk", "aria-labelledby": `kb-rap-h${chapter.number}` });
  section.append(el("h3", { id: `kb-rap-h${chapter.number}` }, `${chapter.number}. ${chapter.title}`));
  section.append(
    el("div", { class: "kb-rap-inhoud kb-rap-niet-afdrukken" }, el("p", {}, "Wat in dit hoofdstuk hoort:"), el("ul", {}, chapter.contents.map((line) => el("li", {}, line)))),
  );
  // All lead times of a chapter in one table, where the first one would be.
  const leadTimes = chapter.blocks.filter((b) => b.type === "leadTime");
  for (const block of chapter.blocks) {
    if (block.type === "leadTime") {
      if (block === leadTimes[0]) section.append(renderLeadTimes(leadTimes, index));
      continue;
    }
    const node = RENDER[block.type] ? RENDER[block.type](block, report, index, chapter) : null;
    if (node) section.append(node);
  }
  section.append(notesField(chapter));
  return section;
}

function notesField(chapter) {
  const id = `kb-rap-tekst-${chapter.number}`;
  const area = el("textarea", { id, rows: "4", class: "kb-rap-tekstvak", "data-hoofdstuk": String(chapter.number) });
  area.value = state.notes.get(chapter.number) || "";
  const mirror = el("div", { class: "kb-rap-tekst-afdruk", id: `${id}-afdruk` });
  mirror.textContent = area.value;
  area.addEventListener("input", () => {
    state.notes.set(chapter.number, area.value);
    mirror.textContent = area.value;
  });
  return el(
    "div",
    { class: "kb-rap-toelichting" },
    el("label", { for: id }, `Toelichting bij hoofdstuk ${chapter.number} (uw eigen tekst)`),
    area,
    mirror,
  );
}

function syncNotes() {
  for (const area of document.querySelectorAll(".kb-rap-tekstvak")) {
    state.notes.set(Number(area.dataset.hoofdstuk), area.value);
    const mirror = document.getElementById(`${area.id}-afdruk`);
    if (mirror) mirror.textContent = area.value;
  }
}

const RENDER = {
  keyFigures(block, report) {
    const prev = state.previous;
    const head = ["Kerncijfer", String(report.meta.year)];
    if (prev) head.push(`${prev.year}${prev.region ? ` (${prev.region})` : ""}`);
    const rows = block.figures.map((f) => {
      const now = f.kind === "count" ? count(f.value) : f.value === null ? "niet getoond" : formatNumber(Math.round(f.value), 0);
      const row = [f.label, now];
      if (prev) {
        const old = prev.figures.find((x) => x.id === f.id);
        row.push(!old || old.value === null ? "–" : typeof old.value === "number" ? formatNumber(Math.round(old.value), 0) : old.value);
      }
      return row;
    });
    return el("div", { class: "kb-rap-blok" }, table({ caption: `Kerncijfers ${report.meta.year}`, head, rows }));
  },

  goalSummary(block, report) {
    const prev = state.previous;
    const goals = report.goals.filter((g) => block.goals.includes(g.id));
    const head = ["Doel en norm", "Norm", "Uitkomst", "Oordeel"];
    if (prev) head.push(`${prev.year}`);
    const rows = [];
    const bars = [];
    for (const goal of goals) {
      for (const m of goal.measures) {
        const row = [measureLabel(goal, m), m.targetText, measureValue(m), verdict(m)];
        if (prev) {
          const old = prev.goals.find((g) => g.id === goal.id)?.measures[m.targetIndex];
          row.push(old ? previousValue(old) : "–");
        }
        rows.push(row);
        if (m.kind !== "none") {
          bars.push({
            label: `${goal.number}${goal.measures.length > 1 ? String.fromCharCode(97 + m.targetIndex) : ""}. ${m.subject}`,
            fraction: fraction(m),
            target: targetFraction(m),
            text: measureValue(m),
            state: m.met === true ? "met" : m.met === false ? "missed" : null,
          });
        }
      }
    }
    const description = bars.map((b) => `${b.label}: ${b.text}`).join("; ");
    return el(
      "div",
      { class: "kb-rap-blok" },
      el("h4", {}, "De zes doelen tegen hun normen"),
      table({ caption: "De doelen: uitkomst en norm", head, rows, className: "kb-rap-tabel--doelen" }),
      barChart({ title: "Uitkomst per doel, met de norm als streep", description, bars }),
      el("p", { class: "kb-klein" }, "Scores staan als gemiddelde op hun eigen schaal; de balk loopt tot het hoogste cijfer van die schaal. Hoe elke norm is berekend, staat bij het hoofdstuk over dat doel en onderaan de pagina."),
    );
  },

  measure(block, report, index) {
    const goal = report.goals.find((g) => g.id === block.goalId);
    const m = goal.measures[block.targetIndex];
    return renderMeasure(goal, m, index);
  },

  months(block, report, index) {
    const label = index.label(block.field);
    const quarters = block.unit === "kwartaal";
    const name = (i) => (quarters ? `${i + 1}e kwartaal (${monthName(i * 3 + 1).slice(0, 3)}–${monthName(i * 3 + 3).slice(0, 3)})` : monthName(i + 1));
    const per = quarters ? "kwartaal" : "maand";
    const rows = block.counts.map((c, i) => [name(i), count(c)]);
    if (block.outside !== 0) rows.push([`buiten ${block.year}`, count(block.outside)]);
    if (block.missing !== 0) rows.push(["niet ingevuld", count(block.missing)]);
    const bars = block.counts.map((c, i) => ({ label: name(i), fraction: isCount(c) ? c / maxCount(block.counts) : null, text: count(c), target: null }));
    return el(
      "div",
      { class: "kb-rap-blok" },
      el("h4", {}, `Aanmeldingen per ${per} in ${block.year}`),
      quarters ? el("p", { class: "kb-klein" }, "Per kwartaal, omdat er maanden met minder dan 10 aanmeldingen zijn.") : null,
      barChart({ title: `Aanmeldingen per ${per} in ${block.year}`, description: bars.map((b) => `${b.label}: ${b.text}`).join("; "), bars }),
      table({ caption: `Aanmeldingen per ${per} (${lowerFirst(label)})`, head: [quarters ? "Kwartaal" : "Maand", "Aantal"], rows }),
    );
  },

  categories(block, report, index) {
    const field = index.field(block.field);
    const rows = block.rows.map((r) => [r.label, count(r.count)]);
    rows.push(["niet ingevuld", count(block.missing)]);
    const shown = block.rows.map((r) => r.count);
    const bars = block.rows.map((r) => ({ label: r.label, fraction: isCount(r.count) ? r.count / maxCount(shown) : null, text: count(r.count), target: null }));
    const note = block.partition ? `Totaal: ${count(block.total)}.` : "Meer antwoorden per regel mogelijk: de aantallen tellen niet op tot het totaal.";
    const parts = [el("h4", {}, field.label), el("p", { class: "kb-klein" }, note)];
    if (bars.length <= 20) parts.push(barChart({ title: `${field.label}: aantallen`, description: bars.map((b) => `${b.label}: ${b.text}`).join("; "), bars }));
    parts.push(table({ caption: field.label, head: [field.type === "tekst" ? "Waarde" : "Antwoord", "Aantal"], rows }));
    return el("div", { class: "kb-rap-blok" }, parts);
  },

  numbers(block, report, index) {
    const field = index.field(block.field);
    const s = block.stats;
    const unit = field.unit ? ` ${field.unit}` : "";
    const lines = [];
    if (s.median === null) {
      lines.push(`Mediaan en spreiding niet getoond: ingevuld bij ${count(s.n)} regels (minder dan 10).`);
    } else {
      lines.push(`Mediaan ${formatNumber(s.median)}${unit}; de middelste helft ligt tussen ${formatNumber(s.p25)} en ${formatNumber(s.p75)}${unit}. Ingevuld bij ${count(s.n)} regels.`);
      if (field.type === "score") lines.push(`Gemiddelde ${formatNumber(s.mean, 1)} op een schaal van ${field.scaleMin} tot en met ${field.scaleMax}.`);
      if (block.showSum) lines.push(`Samen ${formatNumber(s.sum)}${unit}.`);
    }
    const parts = [el("h4", {}, field.label), ...lines.map((t) => el("p", {}, t))];
    if (block.bands) {
      const shown = block.bands.map((b) => b.count);
      const bars = block.bands.map((b) => ({ label: b.label, fraction: isCount(b.count) ? b.count / maxCount(shown) : null, text: count(b.count), target: null }));
      parts.push(barChart({ title: `${field.label}: aantallen per leeftijdsjaar`, description: bars.map((b) => `${b.label}: ${b.text}`).join("; "), bars }));
      parts.push(table({ caption: `${field.label} per jaar`, head: ["Leeftijd", "Aantal"], rows: [...block.bands.map((b) => [b.label, count(b.count)]), ["niet ingevuld", count(block.missing)]] }));
    } else {
      parts.push(el("p", { class: "kb-klein" }, `Niet ingevuld: ${count(block.missing)}.`));
    }
    return el("div", { class: "kb-rap-blok" }, parts);
  },

  seeChapter(block, report, index) {
    return el("p", { class: "kb-rap-zie" }, `${index.label(block.field)}: zie hoofdstuk ${block.chapter}.`);
  },

  dataNotes(block, report, index) {
    const meta = report.meta;
    const rows = [...block.completeness]
      .sort((a, b) => (a.share ?? 2) - (b.share ?? 2))
      .map((c) => [index.label(c.field), index.level(c.level).sheet, c.share === null ? "niet getoond" : formatPercent(c.share)]);
    return el(
      "div",
      { class: "kb-rap-blok" },
      el("h4", {}, "Over de cijfers in dit verslag"),
      el(
        "ul",
        {},
        el("li", {}, `Dataset versie ${meta.version} uit de richtlijn kwaliteitsborging van de IVH-kennisbank.`),
        el("li", {}, `Peildatum ${meta.peildatum ? longDate(meta.peildatum) : "niet ingevuld"}: trajecten waarvan de termijn daarna afloopt, lopen nog.`),
        el("li", {}, meta.problems ? `Het bestand bevatte ${meta.problems} ${meta.problems === 1 ? "fout" : "fouten"}; die cellen telden als leeg.` : "Het bestand bevatte geen fouten."),
        el("li", {}, RULE_TEXT),
      ),
      table({ caption: "Hoe vaak elk veld is ingevuld (minst ingevuld bovenaan)", head: ["Veld", "Lijst", "Ingevuld"], rows }),
    );
  },
};

function previousValue(m) {
  if (m.value === null) return "niet getoond";
  if (m.kind === "share") return formatPercent(m.value, m.goal);
  return formatNumber(m.value, 1);
}

function maxCount(tokens) {
  const numbers = tokens.filter(isCount);
  return Math.max(1, ...numbers);
}

function renderLeadTimes(group, index) {
  const from = lowerFirst(index.label(group[0].from));
  const rows = group.map((b) => [
    `tot ${lowerFirst(index.label(b.field))}`,
    days(b.stats.median),
    b.stats.p25 === null ? "niet getoond" : `${formatNumber(Math.round(b.stats.p25), 0)} tot ${formatNumber(Math.round(b.stats.p75), 0)} dagen`,
    count(b.stats.n),
  ]);
  const longest = Math.max(1, ...group.map((b) => b.stats.p75 || b.stats.median || 0));
  const bars = group.map((b) => ({
    label: `tot ${lowerFirst(index.label(b.field))}`,
    fraction: b.stats.median === null ? null : b.stats.median / longest,
    text: b.stats.median === null ? "niet getoond" : days(b.stats.median),
    target: null,
  }));
  return el(
    "div",
    { class: "kb-rap-blok" },
    el("h4", {}, `Doorlooptijden vanaf de ${from}`),
    el("p", {}, "In dagen: de mediaan (de helft van de trajecten duurde korter) en de spreiding (de middelste helft van de trajecten). Alleen trajecten met beide datums tellen mee."),
    barChart({ title: "Doorlooptijden: mediaan in dagen", description: bars.map((b) => `${b.label}: ${b.text}`).join("; "), bars }),
    table({
      caption: group.length === 1 ? `Doorlooptijd van de ${from} tot de ${lowerFirst(index.label(group[0].field))}` : `Doorlooptijden vanaf de ${from}`,
      head: ["Doorlooptijd", "Mediaan", "Middelste helft", "Trajecten"],
      rows,
    }),
  );
}

function renderMeasure(goal, m, index) {
  const d = m.definition;
  const title = goal.measures.length > 1 ? `Doel ${goal.number}: ${goal.title} (norm ${m.targetIndex + 1})` : `Doel ${goal.number}: ${goal.title}`;
  const figure =
    m.kind === "share"
      ? `${share(m)}: ${count(m.numerator)} van ${count(m.denominator)} ${m.noun}`
      : m.kind === "mean" || m.kind === "indication"
        ? `gemiddeld ${measureValue(m)} over ${count(m.n)} ${m.noun}`
        : "geen berekening";
  const explanation = state.dataset.goals.find((g) => g.id === goal.id)?.explanation;
  const parts = [
    el("h4", {}, title),
    explanation ? el("p", { class: "kb-rap-uitleg" }, explanation) : null,
    el("p", {}, el("strong", {}, "Norm: "), `${m.subject}, ${m.targetText}.`),
    el("p", { class: `kb-rap-uitkomst kb-rap-uitkomst--${m.met === true ? "gehaald" : m.met === false ? "niet" : "open"}` }, el("strong", {}, "Uitkomst: "), `${figure}. Oordeel: ${verdict(m)}.`),
  ];
  if (m.kind === "share" && "mean" in m) {
    parts.push(el("p", {}, `Gemiddelde score: ${m.mean === null || m.mean === undefined ? "niet getoond" : formatNumber(m.mean, 1)}.`));
  }
  if (m.kind !== "none") {
    parts.push(
      barChart({
        title: `Doel ${goal.number}: uitkomst en norm`,
        description: `${figure}; ${m.targetText}`,
        bars: [{ label: m.subject, fraction: fraction(m), target: targetFraction(m), text: measureValue(m), state: m.met === true ? "met" : m.met === false ? "missed" : null }],
      }),
    );
  }
  const defRows = [];
  if (d.numerator) defRows.push(["Teller", d.numerator, m.kind === "share" ? count(m.numerator) : "–"]);
  if (d.denominator) defRows.push(["Noemer", d.denominator, m.kind === "share" ? count(m.denominator) : count(m.n)]);
  for (const e of m.excluded || []) defRows.push(["Telt niet mee", EXCLUDED_TEXT[e.reason] || e.reason, count(e.count)]);
  parts.push(table({ caption: `Zo is doel ${goal.number}${goal.measures.length > 1 ? `, norm ${m.targetIndex + 1},` : ""} berekend`, head: ["Onderdeel", "Wat", "Aantal"], rows: defRows }));
  if (d.note && !/^norm: (minimaal|gemiddeld)/.test(d.note)) parts.push(el("p", { class: "kb-klein" }, capitalize(d.note) + (d.note.endsWith(".") ? "" : ".")));
  return el("div", { class: "kb-rap-blok kb-rap-doel" }, parts);
}

const EXCLUDED_TEXT = {
  "geen datum start traject": "geen datum start traject: geen traject gestart, of de datum ontbreekt",
  "loopt nog": "loopt nog: de termijn is op de peildatum nog niet voorbij",
  "datums kloppen niet": "de datums kloppen niet (uitkomst vóór de start)",
  "geen verdere hulp nodig": "geen verdere hulp nodig volgens het adviesplan",
  "uitkomst onbekend": "uitkomst onbekend: stand van de vervolghulp leeg of 'onbekend'",
  "gestart, datum ontbreekt": "vervolghulp gestart, maar de datum ontbreekt",
  "niet ingevuld": "niet ingevuld",
  "geen score": "geen score ingevuld",
  "alleen een score bij de start": "alleen een score bij de start",
  "alleen een score na afloop": "alleen een score na afloop",
  "geen scores": "geen van beide scores",
};

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// --- definitions (before any file) -----------------------------------------------------------------

function renderDefinitions() {
  const box = clear($("kb-rap-definities"));
  const index = indexDataset(state.dataset);
  for (const goal of [...state.dataset.goals].sort((a, b) => a.number - b.number)) {
    const rules = GOAL_RULES[goal.id] || [];
    const items = goal.targets.map((target, i) => {
      const d = describe(rules[i] || null, target, index);
      return el(
        "li",
        {},
        el("p", {}, el("strong", {}, `${target.subject}`), ` (${normText(goal.id, i, target)})`),
        d.numerator ? el("p", {}, el("em", {}, "Teller: "), d.numerator + ".") : null,
        d.denominator ? el("p", {}, el("em", {}, "Noemer: "), d.denominator + ".") : null,
        d.left.length ? el("div", {}, el("p", {}, el("em", {}, "Telt niet mee:")), el("ul", {}, d.left.map((t) => el("li", {}, t)))) : null,
        d.note && !/^norm: (minimaal|gemiddeld)/.test(d.note) ? el("p", { class: "kb-klein" }, capitalize(d.note) + (d.note.endsWith(".") ? "" : ".")) : null,
      );
    });
    box.append(
      el("h3", {}, `Doel ${goal.number}: ${goal.title}`),
      goal.explanation ? el("p", {}, goal.explanation) : null,
      el("ol", { class: "kb-rap-definities" }, items),
    );
  }
}

// --- downloads -----------------------------------------------------------------------------------

function exportAggregate() {
  if (!state.report) return;
  const aggregate = buildAggregate(state.report, state.dataset);
  download(aggregateFileName(aggregate), JSON.stringify(aggregate, null, 2) + "\n", "application/json");
  status("kb-rap-status", `Jaarcijfers geëxporteerd als ${aggregateFileName(aggregate)}. Dit bestand bevat alleen afgeschermde totalen.`);
}

function escapeHtml(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function downloadHtml() {
  if (!state.report) return;
  syncNotes();
  const copy = $("kb-rap-jaarverslag").cloneNode(true);
  copy.removeAttribute("hidden");
  for (const node of copy.querySelectorAll(".kb-rap-knoppen, .kb-rap-niet-afdrukken, textarea, label[for^='kb-rap-tekst-']")) node.remove();
  for (const mirror of copy.querySelectorAll(".kb-rap-tekst-afdruk")) {
    if (!mirror.textContent.trim()) mirror.remove();
  }
  const title = $("jaarverslag").textContent;
  // Built as text: the copy's own markup was made with textContent, so file content stays text.
  const html =
    `<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n${copy.outerHTML}\n</body>\n</html>\n`;
  const region = (state.report.meta.region || "regio").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "regio";
  download(`jaarverslag-ivh-${region}-${state.report.meta.year}.html`, html, "text/html");
}

// --- comparison --------------------------------------------------------------------------------------

async function onAggregates() {
  const input = $("kb-rap-aggregaten");
  const messages = [];
  for (const file of [...input.files]) {
    let text;
    try {
      text = await file.text();
    } catch {
      messages.push(`${file.name}: dit bestand kon niet worden gelezen.`);
      continue;
    }
    const result = readAggregate(text);
    if (result.problem) {
      messages.push(`${file.name}: ${result.problem}`);
      continue;
    }
    const existing = state.aggregates.findIndex((a) => sameRegionYear(a, result.aggregate));
    if (existing >= 0) {
      state.aggregates[existing] = result.aggregate;
      messages.push(`${file.name}: ${result.aggregate.region} ${result.aggregate.year} stond er al; de cijfers zijn vervangen.`);
    } else {
      state.aggregates.push(result.aggregate);
    }
  }
  input.value = "";
  renderComparison(messages);
}

function renderComparison(messages) {
  const box = clear($("kb-rap-vergelijking"));
  resetNames("vergelijking");
  const aggregates = state.aggregates;
  const n = aggregates.length;
  status("kb-rap-vergelijk-status", n ? `${n} ${n === 1 ? "regio" : "regio's"} geopend.${messages.length ? ` ${messages.length} ${messages.length === 1 ? "melding" : "meldingen"}: zie hieronder.` : ""}` : messages.length ? "Geen bestand geopend: zie de meldingen hieronder." : "");
  if (messages.length) box.append(el("ul", { class: "kb-rap-problemen" }, messages.map((m) => el("li", { class: "kb-rap-fout" }, m))));
  if (!n) return;
  const versions = [...new Set(aggregates.map((a) => a.version))];
  if (versions.length > 1 || versions[0] !== state.dataset.version) {
    box.append(el("p", { class: "kb-rap-melding kb-rap-melding--let-op" }, `Niet alle bestanden zijn gemaakt met dezelfde versie van de dataset (${versions.join(", ")}; deze pagina: ${state.dataset.version}). Vergelijk met zorg: een veld of norm kan anders zijn.`));
  }
  if (n === 1) box.append(el("p", {}, "Open nog een exportbestand om regio's naast elkaar te zien."));
  const { regions, rows } = compareRows(aggregates, state.dataset);
  const names = regions.map((r) => `${r.region} ${r.year}`);
  box.append(
    table({
      caption: "De doelen per regio: uitkomst en oordeel",
      head: ["Doel en norm", "Norm", ...names],
      rows: rows.map((row) => [
        `${row.number}. ${row.title}: ${row.subject}`,
        row.targetText,
        ...row.cells.map((c) => (c ? `${previousValue(c)}${c.kind === "share" || c.kind === "mean" ? ` (${c.met === true ? "gehaald" : c.met === false ? "niet gehaald" : "niet beoordeeld"})` : ""}` : "–")),
      ]),
      className: "kb-rap-tabel--vergelijking",
      scope: "vergelijking",
    }),
  );
  for (const row of rows) {
    const bars = regions.map((r, i) => {
      const c = row.cells[i];
      return {
        label: names[i],
        fraction: c && c.value !== null ? (c.kind === "share" ? c.value : scaleFraction(row, c.value)) : null,
        target: c && c.goal !== null ? (c.kind === "share" ? c.goal / 100 : scaleFraction(row, c.goal)) : null,
        text: c ? previousValue(c) : "–",
        state: c && c.met === true ? "met" : c && c.met === false ? "missed" : null,
      };
    });
    box.append(
      el(
        "div",
        { class: "kb-rap-blok" },
        el("h3", {}, `Doel ${row.number}: ${row.title}${rows.filter((r) => r.goalId === row.goalId).length > 1 ? ` (norm ${row.targetIndex + 1})` : ""}`),
        barChart({ title: `${row.subject}: per regio`, description: `${row.targetText}. ` + bars.map((b) => `${b.label}: ${b.text}`).join("; "), bars }),
      ),
    );
  }
}

function scaleFraction(row, value) {
  const goal = state.dataset.goals.find((g) => g.id === row.goalId);
  const target = goal && goal.targets[row.targetIndex];
  const field = GOAL_RULES[row.goalId]?.[row.targetIndex]?.field;
  const max = (target && target.scaleMax) || (field && indexDataset(state.dataset).field(field)?.scaleMax);
  return max ? value / max : null;
}

start();
