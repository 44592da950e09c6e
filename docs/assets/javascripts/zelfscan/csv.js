/* CSV for spreadsheets: one row per criterion (a criterion with more actions gets one extra row
   per action), ";" between columns, UTF-8 with a byte-order mark, as the framework's own CSV.
   Reading CSV back (from a partner, or after editing in a spreadsheet) treats it as untrusted; the
   text is split into cells by the site's one CSV reader, ../shared/csv.js. Pure functions, no DOM.

   Spreadsheet programs run a cell that starts with = + - @ as a formula; such cells are written
   with a leading apostrophe (the usual guard), which reading removes again. */

import { criteriaOf, criterionTitles, levelFromText, levelName, levelsForDisplay } from "./framework.js";
import { FORMAT, KIND, canonical, emptyMeta } from "./state.js";
import { MAX_FILE_BYTES } from "./fileformat.js";
import { CsvProblem, parseCsv } from "../shared/csv.js";

export const COLUMNS = [
  "gemeente", "datum", "ingevuld_door", "deelnemers", "thema", "criterium_id", "criterium",
  "niveau", "hoe_weten_we_dat", "prioriteit", "actie_wat", "actie_wie", "actie_wanneer",
];
const RISKY = /^[=+\-@\t\r]/;

function cell(value) {
  let text = String(value ?? "");
  if (RISKY.test(text)) text = "'" + text;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function uncell(text) {
  return text.length > 1 && text[0] === "'" && RISKY.test(text.slice(1)) ? text.slice(1) : text;
}

/** The scan as CSV text (with byte-order mark and CRLF line ends). */
export function exportCsv(state, framework) {
  const scan = canonical(state);
  const meta = [scan.meta.municipality, scan.meta.date, scan.meta.respondent, scan.meta.participants.join("\n")];
  const lines = [COLUMNS.join(";")];
  for (const c of criteriaOf(framework)) {
    const answer = scan.answers[c.id];
    const actions = answer && answer.actions.length ? answer.actions : [{ what: "", who: "", when: "" }];
    actions.forEach((action, i) => {
      const first = i === 0;
      const row = [
        ...meta, c.themeTitle, c.id, c.title,
        first && answer ? levelName(framework, answer.level) : "",
        first && answer ? answer.evidence : "",
        first && answer && answer.priority ? "ja" : "",
        action.what, action.who, action.when,
      ];
      lines.push(row.map(cell).join(";"));
    });
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

const YES = new Set(["ja", "j", "x", "1", "true", "yes", "waar"]);
const NO = new Set(["", "nee", "n", "0", "false", "no", "onwaar"]);

/** A state from a CSV file's text; {state, errors, notes}; `state` is null when there are errors. */
export function parseCsvScan(textValue, fileName, framework) {
  const errors = [];
  const notes = [];
  const fail = (message) => ({ state: null, errors: [`bestand ${fileName}: ${message}`], notes });
  if (textValue.length > MAX_FILE_BYTES) return fail("het bestand is te groot.");
  let parsed;
  try {
    parsed = parseCsv(textValue);
  } catch (error) {
    if (!(error instanceof CsvProblem)) throw error;
    return fail(`regel ${error.line}, kolom ${error.column}: ${error.message}`);
  }
  const records = parsed.rows.map((cells, i) => ({ line: parsed.lines[i], cells })).filter((r) => r.cells.some((c) => c !== ""));
  if (records.length === 0) return fail("het bestand is leeg.");
  const header = records[0].cells.map((h) => h.trim().toLowerCase());
  const index = {};
  COLUMNS.forEach((name) => {
    index[name] = header.indexOf(name);
  });
  const missing = ["criterium_id", "niveau"].filter((name) => index[name] < 0);
  if (missing.length) return fail(`regel 1: ${missing.length > 1 ? "de kolommen" : "de kolom"} ${missing.join(" en ")} ${missing.length > 1 ? "ontbreken" : "ontbreekt"}. Gebruik een CSV-bestand dat met de zelfscan is gemaakt.`);
  const known = criterionTitles(framework);
  const levelNames = levelsForDisplay(framework).map((l) => l.name).join(", ");
  const get = (record, name) => (index[name] >= 0 && index[name] < record.cells.length ? uncell(record.cells[index[name]]) : "");
  const state = { kind: KIND, format: FORMAT, framework: { version: framework.version, criteria: {} }, meta: emptyMeta(), answers: {}, snapshots: [] };
  const titles = {};
  let metaRead = false;
  for (const record of records.slice(1)) {
    const where = `regel ${record.line}`;
    if (!metaRead) {
      state.meta.municipality = get(record, "gemeente").slice(0, 500);
      state.meta.respondent = get(record, "ingevuld_door").slice(0, 500);
      state.meta.participants = get(record, "deelnemers").split(/\r?\n/).map((p) => p.trim()).filter(Boolean).slice(0, 200);
      const date = get(record, "datum").trim();
      if (/^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date))) state.meta.date = date;
      else if (date) errors.push(`bestand ${fileName}: ${where}, kolom datum (${index.datum + 1}): „${date.slice(0, 40)}” is geen datum; schrijf JJJJ-MM-DD.`);
      metaRead = true;
    }
    const id = get(record, "criterium_id").trim();
    if (!id) {
      errors.push(`bestand ${fileName}: ${where}, kolom criterium_id (${index.criterium_id + 1}): de id van het criterium ontbreekt.`);
      continue;
    }
    if (!(id in known)) {
      notes.push(`bestand ${fileName}: ${where}: het criterium „${id.slice(0, 60)}” staat niet (meer) in het kader en is overgeslagen.`);
      continue;
    }
    if (index.criterium >= 0) titles[id] = get(record, "criterium").trim();
    const answer = state.answers[id] || (state.answers[id] = { level: "", evidence: "", priority: false, actions: [] });
    const levelText = get(record, "niveau");
    const level = levelFromText(framework, levelText);
    if (level === null) {
      errors.push(`bestand ${fileName}: ${where}, kolom niveau (${index.niveau + 1}): „${levelText.slice(0, 40)}” is geen niveau; kies ${levelNames} of laat de cel leeg.`);
    } else if (level) {
      answer.level = level;
    }
    const evidence = get(record, "hoe_weten_we_dat");
    if (evidence) answer.evidence = answer.evidence ? `${answer.evidence}\n${evidence}` : evidence;
    const priority = get(record, "prioriteit").trim().toLowerCase();
    if (YES.has(priority)) answer.priority = true;
    else if (!NO.has(priority)) errors.push(`bestand ${fileName}: ${where}, kolom prioriteit (${index.prioriteit + 1}): schrijf „ja” of laat de cel leeg.`);
    const action = { what: get(record, "actie_wat"), who: get(record, "actie_wie"), when: get(record, "actie_wanneer") };
    if (action.what.trim() || action.who.trim() || action.when.trim()) answer.actions.push(action);
  }
  if (errors.length) return { state: null, errors, notes };
  // A CSV file need not list every criterion, so it is read as made with this framework, except
  // for the titles it has that differ: those criteria were renamed since, and migration says so.
  const criteria = { ...known };
  let renamed = false;
  for (const [id, title] of Object.entries(titles)) {
    if (title && title !== known[id]) {
      criteria[id] = title.slice(0, 500);
      renamed = true;
    }
  }
  state.framework = { version: renamed ? "csv" : framework.version, criteria };
  return { state: canonical(state), errors, notes };
}
