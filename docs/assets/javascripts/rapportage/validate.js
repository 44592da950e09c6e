// Checking a filled-in list against the data set: every cell, with Dutch messages that name the
// row and the column. All problems are collected; nothing stops at the first. Pure logic.

import { fromDateObject, parseDutchDate, formatDate } from "./dates.js";
import { parseDutchNumber, formatNumber } from "./numbers.js";
import { indexDataset } from "./dataset.js";

export const ERROR = "fout";
export const NOTICE = "let op";

const PERSONAL = /(^|\s)(naam|namen|voornaam|achternaam|roepnaam|geboortedatum|geboren|geb datum|bsn|burgerservicenummer|adres|straat|huisnummer|postcode|telefoon|telefoonnummer|e mail|email|mail)(\s|$)/;

/** Lower case, no accents, one space for runs of spaces, hyphens and underscores. */
export function normalize(text) {
  return String(text ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_\-\u2010-\u2015]+/g, " ")
    .replace(/[.:]+$/, "")
    .trim();
}

/** How a cell's content is quoted in a message: dates and numbers as typed, text between quotes. */
export function shown(raw) {
  if (raw instanceof Date) return fromDateObject(raw) ? formatDate(fromDateObject(raw)) : "(ongeldige datum)";
  if (typeof raw === "number") return formatNumber(raw, Number.isInteger(raw) ? 0 : null);
  if (typeof raw === "boolean") return raw ? "WAAR" : "ONWAAR";
  let text = String(raw).trim().replace(/\s+/g, " ");
  if (text.length > 40) text = text.slice(0, 39) + "…";
  return /^[\d\s.,/-]+$/.test(text) ? text : `'${text}'`;
}

function isEmpty(raw) {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

function matchValue(text, field) {
  const key = normalize(text);
  return field.values.find((v) => normalize(v) === key) ?? null;
}

function listText(field) {
  return field.values.join("; ");
}

/**
 * One cell to a value of the field's type. Returns {empty: true}, {value} or {message} (Dutch,
 * without the row and column, which the caller adds).
 */
export function convertCell(raw, field, dataset) {
  if (isEmpty(raw)) return { empty: true };
  const separator = dataset.multiSeparator || ";";
  switch (field.type) {
    case "datum": {
      if (raw instanceof Date) {
        const iso = fromDateObject(raw);
        return iso ? checkYear(iso, raw) : { message: `${shown(raw)} is geen datum.` };
      }
      if (typeof raw === "number") {
        return { message: `${shown(raw)} is geen datum: vul de datum in als dd-mm-jjjj, bijvoorbeeld 31-12-2025.` };
      }
      const parsed = parseDutchDate(raw);
      if (parsed.iso) return checkYear(parsed.iso, raw);
      if (parsed.problem === "year") return { message: `${shown(raw)}: schrijf het jaar voluit, bijvoorbeeld 31-12-2025.` };
      if (parsed.problem === "invalid") return { message: `${shown(raw)} is geen datum.` };
      return { message: `${shown(raw)} is geen datum: vul de datum in als dd-mm-jjjj, bijvoorbeeld 31-12-2025.` };
    }
    case "geheel-getal":
    case "decimaal-getal":
    case "score": {
      const number = typeof raw === "number" ? raw : typeof raw === "string" ? parseDutchNumber(raw) : null;
      if (number === null || !Number.isFinite(number)) return { message: `${shown(raw)} is geen getal.` };
      if (field.type === "geheel-getal" && !Number.isInteger(number)) return { message: `${shown(raw)} is geen geheel getal.` };
      if (field.type === "score") {
        if (number < field.scaleMin || number > field.scaleMax) {
          return { message: `${shown(raw)} valt buiten de schaal van ${field.scaleMin} tot en met ${field.scaleMax}.` };
        }
      } else if (number < 0) {
        return { message: `${shown(raw)} is kleiner dan 0.` };
      }
      return { value: number };
    }
    case "ja-nee": {
      if (typeof raw === "boolean") return { value: raw };
      const key = normalize(raw);
      if (key === "ja" || key === "j") return { value: true };
      if (key === "nee" || key === "n") return { value: false };
      return { message: `${shown(raw)} is geen ja of nee. Laat de cel leeg als het niet bekend is.` };
    }
    case "keuze": {
      const value = matchValue(raw, field);
      if (value === null) return { message: `${shown(raw)} staat niet in de lijst. Kies uit: ${listText(field)}.` };
      return { value };
    }
    case "meerkeuze": {
      const parts = String(raw).split(new RegExp(`[${escapeClass(separator)}\\n\\r]`)).map((p) => p.trim()).filter(Boolean);
      const values = [];
      const unknown = [];
      for (const part of parts) {
        const value = matchValue(part, field);
        if (value === null) unknown.push(part);
        else if (!values.includes(value)) values.push(value);
      }
      if (unknown.length) {
        const which = unknown.map((u) => shown(u)).join(", ");
        return { message: `${which} staat niet in de lijst. Kies uit: ${listText(field)}; zet een puntkomma (${separator}) tussen meer waarden.` };
      }
      return values.length ? { value: values } : { empty: true };
    }
    default: {
      let text = typeof raw === "number" ? String(raw) : String(raw).trim();
      if (field.municipalityCode) {
        const match = /^(?:gm)?\s*(\d{1,4})$/i.exec(text);
        if (!match) return { message: `${shown(raw)} is geen CBS-gemeentecode: vul vier cijfers in, bijvoorbeeld 0363.` };
        text = match[1].padStart(4, "0");
      }
      return { value: text };
    }
  }
}

function escapeClass(text) {
  return text.replace(/[\]\\^-]/g, "\\$&");
}

function checkYear(iso, raw) {
  const year = Number(iso.slice(0, 4));
  if (year < 2000 || year > 2099) return { message: `${shown(raw)} ligt niet tussen 2000 en 2099: klopt het jaar?` };
  return { value: iso };
}

/** Which level a header row belongs to and which column holds which field. */
export function matchHeader(header, dataset) {
  const index = indexDataset(dataset);
  const keys = header.map((cell) => normalize(cell instanceof Date ? "" : cell));
  let best = null;
  for (const level of dataset.levels) {
    const names = new Map();
    for (const field of index.byLevel[level.id]) {
      names.set(normalize(field.label), field);
      names.set(normalize(field.id), field);
    }
    const columns = [];
    const duplicates = [];
    const unknown = [];
    const seen = new Map();
    keys.forEach((key, i) => {
      if (!key) return;
      const field = names.get(key);
      if (!field) {
        unknown.push({ index: i, header: String(header[i]).trim(), personal: PERSONAL.test(key) });
      } else if (seen.has(field.id)) {
        duplicates.push({ index: i, first: seen.get(field.id), field });
      } else {
        seen.set(field.id, i);
        columns.push({ index: i, field });
      }
    });
    const missing = index.byLevel[level.id].filter((f) => !seen.has(f.id));
    if (!best || columns.length > best.columns.length) best = { level: level.id, columns, duplicates, unknown, missing };
  }
  return best;
}

/** Spreadsheet column letters for a 0-based index: 0 -> A, 27 -> AB. */
export function columnLetter(i) {
  let n = i + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function problem(source, row, column, message, severity = ERROR) {
  return { source, row, column, message, severity };
}

/** "rij 14, kolom 'Datum adviesplan': 31-02-2025 is geen datum." */
export function formatProblem(p) {
  const where = [];
  if (p.row) where.push(`rij ${p.row}`);
  if (p.column) where.push(`kolom '${p.column}'`);
  return where.length ? `${where.join(", ")}: ${p.message}` : capitalize(p.message);
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Read one table (rows of cells, the first non-empty row is the header) against the data set.
 * Returns {level, records: [{row, values}], problems, read: number of rows read}. Row numbers are
 * those of the spreadsheet: the header is row 1 when it is the first row.
 */
export function readTable(rows, dataset, source) {
  const problems = [];
  const headerAt = rows.findIndex((r) => r && r.some((c) => !isEmpty(c)));
  if (headerAt < 0) {
    return { level: null, records: [], problems: [problem(source, null, null, "het bestand is leeg: er staat geen kopregel en geen gegevens in.")] };
  }
  const match = matchHeader(rows[headerAt], dataset);
  if (!match || match.columns.length === 0) {
    const expected = dataset.fields.filter((f) => f.level === dataset.levels[0].id).slice(0, 3).map((f) => `'${f.label}'`).join(", ");
    return {
      level: null,
      records: [],
      problems: [problem(source, headerAt + 1, null, `in de kopregel staat geen enkele kolom van de dataset. Gebruik het sjabloon: de kopregel begint met ${expected}.`)],
    };
  }
  const headerRow = headerAt + 1;
  for (const u of match.unknown) {
    const message = u.personal
      ? `deze kolom hoort niet bij de dataset en lijkt persoonsgegevens te bevatten. De pagina leest hem niet; haal hem uit het bestand.`
      : `deze kolom hoort niet bij de dataset en is niet gelezen.`;
    problems.push(problem(source, headerRow, u.header || columnLetter(u.index), message, u.personal ? ERROR : NOTICE));
  }
  for (const d of match.duplicates) {
    problems.push(problem(source, headerRow, d.field.label, `deze kolom staat twee keer in de kopregel (kolom ${columnLetter(d.first)} en ${columnLetter(d.index)}); alleen kolom ${columnLetter(d.first)} is gelezen.`));
  }
  for (const f of match.missing) {
    problems.push(problem(source, headerRow, f.label, "deze kolom ontbreekt in de kopregel; het veld telt overal als leeg.", f.key ? ERROR : NOTICE));
  }
  const keyField = match.columns.find((c) => c.field.key)?.field || null;
  const keyRows = new Map();
  const records = [];
  for (let r = headerAt + 1; r < rows.length; r += 1) {
    const cells = rows[r] || [];
    if (!cells.some((c) => !isEmpty(c))) continue;
    const rowNumber = r + 1;
    const values = {};
    for (const { index, field } of match.columns) {
      const result = convertCell(cells[index], field, dataset);
      if (result.message) problems.push(problem(source, rowNumber, field.label, result.message));
      else if (!result.empty) values[field.id] = result.value;
    }
    let keep = true;
    if (keyField) {
      const key = values[keyField.id];
      if (key === undefined) {
        problems.push(problem(source, rowNumber, keyField.label, `het ${keyField.label.toLowerCase()} ontbreekt. Elke regel heeft een eigen ${keyField.label.toLowerCase()} nodig.`));
      } else if (keyRows.has(normalize(key))) {
        problems.push(problem(source, rowNumber, keyField.label, `${shown(key)} staat ook in rij ${keyRows.get(normalize(key))}; deze rij telt niet mee.`));
        keep = false;
      } else {
        keyRows.set(normalize(key), rowNumber);
      }
    }
    if (keep) records.push({ row: rowNumber, source, values });
  }
  return { level: match.level, records, problems };
}

/**
 * Checks across the cells of one record, against the reference date: no date after the reference
 * date, and no date before the registration date. Returns problems; the values stay as they are
 * (the computations leave such dates out).
 */
export function checkDates(records, dataset, level, peildatum) {
  const index = indexDataset(dataset);
  const dates = index.byLevel[level].filter((f) => f.type === "datum");
  const registration = index.registration[level];
  const problems = [];
  for (const record of records) {
    for (const field of dates) {
      const value = record.values[field.id];
      if (!value) continue;
      if (peildatum && value > peildatum) {
        problems.push(problem(record.source, record.row, field.label, `${formatDate(value)} ligt na de peildatum (${formatDate(peildatum)}). Klopt de datum, of moet de peildatum later?`));
      } else if (registration && field !== registration && record.values[registration.id] && value < record.values[registration.id]) {
        problems.push(problem(record.source, record.row, field.label, `${formatDate(value)} ligt vóór de ${registration.label.toLowerCase()} (${formatDate(record.values[registration.id])}).`));
      }
    }
  }
  return problems;
}
