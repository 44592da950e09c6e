/* JSON files of the zelfscan: writing them, and reading them back as untrusted input.
   Pure functions, no DOM. Every problem becomes a Dutch message that starts with the file name:
   "bestand scan.json: regel 3, kolom 7: …". Nothing in a file is trusted: only known fields are
   copied, with their types checked and their lengths limited. */

import { SLUG } from "./framework.js";
import { FORMAT, KIND, canonical } from "./state.js";

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_TEXT = 20000;
const MAX_SHORT = 500;
const MAX_LIST = 200;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The scan as a JSON file's text: canonical, indented, ending in a newline. */
export function exportJson(state) {
  return JSON.stringify(canonical(state), null, 2) + "\n";
}

/** Line and column (1-based) of a character offset in `text`. */
export function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Where JSON.parse stopped, from its message (V8 says "position 12" and/or "line 2 column 5"). */
export function syntaxErrorPlace(text, message) {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const at = /position (\d+)/.exec(message);
  if (at) return position(text, Number(at[1]));
  if (/end of (JSON )?input/i.test(message)) return position(text, text.length);
  return null;
}

class Problems {
  constructor(fileName) {
    this.fileName = fileName;
    this.list = [];
  }
  add(path, message) {
    this.list.push(`bestand ${this.fileName}: ${path ? `bij ${path}: ` : ""}${message}`);
  }
}

function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(problems, value, path, max, fallback = "") {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "string") {
    problems.add(path, "hier hoort tekst te staan.");
    return fallback;
  }
  if (value.length > max) {
    problems.add(path, `de tekst is te lang (${value.length} tekens; hooguit ${max}).`);
    return fallback;
  }
  return value;
}

function readFrameworkInfo(problems, value, path) {
  if (!isObject(value)) {
    problems.add(path, "de gegevens over het kader ontbreken.");
    return null;
  }
  const version = text(problems, value.version, `${path}.version`, 100);
  const criteria = {};
  if (!isObject(value.criteria)) {
    problems.add(`${path}.criteria`, "de lijst met criteria ontbreekt.");
  } else {
    const ids = Object.keys(value.criteria);
    if (ids.length > MAX_LIST) problems.add(`${path}.criteria`, `te veel criteria (${ids.length}).`);
    for (const id of ids.slice(0, MAX_LIST)) {
      if (!SLUG.test(id)) {
        problems.add(`${path}.criteria`, `„${id.slice(0, 60)}” is geen geldige id van een criterium.`);
        continue;
      }
      criteria[id] = text(problems, value.criteria[id], `${path}.criteria.${id}`, MAX_SHORT);
    }
  }
  return { version, criteria };
}

function readMeta(problems, value, path) {
  const meta = { municipality: "", date: "", respondent: "", participants: [] };
  if (value === undefined) return meta;
  if (!isObject(value)) {
    problems.add(path, "hier horen de gegevens van de scan te staan (gemeente, datum, deelnemers).");
    return meta;
  }
  meta.municipality = text(problems, value.municipality, `${path}.municipality`, MAX_SHORT);
  meta.respondent = text(problems, value.respondent, `${path}.respondent`, MAX_SHORT);
  const date = text(problems, value.date, `${path}.date`, 10);
  if (date && (!DATE.test(date) || Number.isNaN(Date.parse(date)))) problems.add(`${path}.date`, `„${date}” is geen datum; schrijf JJJJ-MM-DD.`);
  else meta.date = date;
  if (value.participants !== undefined) {
    if (!Array.isArray(value.participants)) problems.add(`${path}.participants`, "hier hoort een lijst met deelnemers te staan.");
    else if (value.participants.length > MAX_LIST) problems.add(`${path}.participants`, `te veel deelnemers (${value.participants.length}).`);
    else meta.participants = value.participants.map((p, i) => text(problems, p, `${path}.participants[${i + 1}]`, MAX_SHORT));
  }
  return meta;
}

function readAnswers(problems, value, path) {
  const answers = {};
  if (value === undefined) return answers;
  if (!isObject(value)) {
    problems.add(path, "hier horen de antwoorden per criterium te staan.");
    return answers;
  }
  const ids = Object.keys(value);
  if (ids.length > MAX_LIST) {
    problems.add(path, `te veel antwoorden (${ids.length}).`);
    return answers;
  }
  for (const id of ids) {
    const where = `${path}.${id.slice(0, 60)}`;
    if (!SLUG.test(id)) {
      problems.add(path, `„${id.slice(0, 60)}” is geen geldige id van een criterium.`);
      continue;
    }
    const raw = value[id];
    if (!isObject(raw)) {
      problems.add(where, "hier hoort een antwoord te staan (niveau, toelichting, acties).");
      continue;
    }
    const level = text(problems, raw.level, `${where}.level`, 100);
    if (level && !SLUG.test(level)) problems.add(`${where}.level`, `„${level.slice(0, 60)}” is geen niveau.`);
    let priority = false;
    if (raw.priority !== undefined && typeof raw.priority !== "boolean") problems.add(`${where}.priority`, "hier hoort true of false te staan.");
    else priority = Boolean(raw.priority);
    const actions = [];
    if (raw.actions !== undefined) {
      if (!Array.isArray(raw.actions) || raw.actions.length > 50) problems.add(`${where}.actions`, "hier hoort een lijst met hooguit 50 acties te staan.");
      else {
        raw.actions.forEach((a, i) => {
          if (!isObject(a)) {
            problems.add(`${where}.actions[${i + 1}]`, "een actie heeft de velden what, who en when.");
            return;
          }
          actions.push({
            what: text(problems, a.what, `${where}.actions[${i + 1}].what`, MAX_TEXT),
            who: text(problems, a.who, `${where}.actions[${i + 1}].who`, MAX_SHORT),
            when: text(problems, a.when, `${where}.actions[${i + 1}].when`, MAX_SHORT),
          });
        });
      }
    }
    answers[id] = { level: SLUG.test(level) ? level : "", evidence: text(problems, raw.evidence, `${where}.evidence`, MAX_TEXT), priority, actions };
  }
  return answers;
}

/** A state from parsed JSON data; {state, errors}. `state` is null when there are errors. */
export function stateFromData(data, fileName) {
  const problems = new Problems(fileName);
  if (!isObject(data) || data.kind !== KIND) {
    problems.add("", "dit is geen bestand van de zelfscan (het veld kind is niet „kb-zelfscan”).");
    return { state: null, errors: problems.list };
  }
  if (data.format !== FORMAT) {
    const newer = typeof data.format === "number" && data.format > FORMAT;
    problems.add("format", newer
      ? `het bestand is gemaakt met een nieuwere zelfscan (formaat ${data.format}); deze pagina leest formaat ${FORMAT}.`
      : `onbekend formaat; deze pagina leest formaat ${FORMAT}.`);
    return { state: null, errors: problems.list };
  }
  const framework = readFrameworkInfo(problems, data.framework, "framework");
  const meta = readMeta(problems, data.meta, "meta");
  const answers = readAnswers(problems, data.answers, "answers");
  const snapshots = [];
  if (data.snapshots !== undefined) {
    if (!Array.isArray(data.snapshots) || data.snapshots.length > 100) problems.add("snapshots", "hier hoort een lijst met hooguit 100 metingen te staan.");
    else {
      data.snapshots.forEach((s, i) => {
        const where = `snapshots[${i + 1}]`;
        if (!isObject(s)) {
          problems.add(where, "hier hoort een meting te staan.");
          return;
        }
        const name = text(problems, s.name, `${where}.name`, MAX_SHORT);
        if (!name.trim()) problems.add(`${where}.name`, "een meting heeft een naam nodig.");
        snapshots.push({
          name,
          savedAt: text(problems, s.savedAt, `${where}.savedAt`, 40),
          framework: readFrameworkInfo(problems, s.framework, `${where}.framework`) || { version: "", criteria: {} },
          meta: readMeta(problems, s.meta, `${where}.meta`),
          answers: readAnswers(problems, s.answers, `${where}.answers`),
        });
      });
    }
  }
  if (problems.list.length || !framework) return { state: null, errors: problems.list };
  return { state: { kind: KIND, format: FORMAT, framework, meta, answers, snapshots }, errors: [] };
}

/** Parse a JSON file's text; {state, errors} with Dutch messages naming file, line and column. */
export function parseJson(textValue, fileName) {
  const source = textValue.replace(/^\uFEFF/, "");
  if (!source.trim()) return { state: null, errors: [`bestand ${fileName}: het bestand is leeg.`] };
  let data;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const place = syntaxErrorPlace(source, String(error && error.message));
    const where = place ? `regel ${place.line}, kolom ${place.column}: ` : "";
    return { state: null, errors: [`bestand ${fileName}: ${where}dit is geen geldige JSON. Is het bestand beschadigd of met de hand veranderd?`] };
  }
  return stateFromData(data, fileName);
}
