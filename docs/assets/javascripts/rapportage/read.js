// Reading the files a coordinator opens: CSV (one list per file) or xlsx (a sheet per list).
// Pure logic: the xlsx reader is passed in (the vendored read-excel-file in the browser), so this
// module runs in Node's tests as well.

import { decodeText, parseCsv, CsvProblem } from "../shared/csv.js";
import { readTable, ERROR } from "./validate.js";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // the old .xls format
const SKIP_SHEETS = new Set(["toelichting", "keuzelijsten"]);

function startsWith(bytes, magic) {
  return magic.every((b, i) => bytes[i] === b);
}

function fileProblem(source, message) {
  return { source, row: null, column: null, message, severity: ERROR };
}

/**
 * Read files into records per level. `files`: [{name, bytes: Uint8Array}]. `readXlsx(bytes)` resolves
 * to [{sheet, data: rows}]. Returns {records: {level: [...]}, problems, tables: [{source, level, count}]}.
 * Never throws: an unreadable file becomes a problem.
 */
export async function readFiles(files, dataset, readXlsx) {
  const records = Object.fromEntries(dataset.levels.map((l) => [l.id, []]));
  const problems = [];
  const tables = [];
  const add = (result, source) => {
    problems.push(...result.problems);
    if (result.level) {
      records[result.level].push(...result.records);
      tables.push({ source, level: result.level, count: result.records.length });
    }
  };
  for (const file of files) {
    const bytes = file.bytes;
    try {
      if (startsWith(bytes, OLE)) {
        problems.push(fileProblem(file.name, "dit is een oud Excel-bestand (.xls). Sla het in Excel op als Excel-werkmap (.xlsx) of als CSV en open het opnieuw."));
      } else if (startsWith(bytes, ZIP)) {
        await readWorkbook(file, dataset, readXlsx, add, problems);
      } else if (bytes.includes(0)) {
        problems.push(fileProblem(file.name, "dit bestand is geen CSV- of Excel-bestand. Open het ingevulde sjabloon (.xlsx of .csv)."));
      } else {
        const source = file.name;
        let parsed;
        try {
          parsed = parseCsv(decodeText(bytes));
        } catch (error) {
          if (!(error instanceof CsvProblem)) throw error;
          problems.push({ source, row: error.row, column: null, message: error.message, severity: ERROR });
          continue;
        }
        add(readTable(parsed.rows, dataset, source), source);
      }
    } catch {
      problems.push(fileProblem(file.name, "dit bestand kon niet worden gelezen. Is het een ingevuld sjabloon (.xlsx of .csv)?"));
    }
  }
  if (!tables.length && !problems.length) problems.push(fileProblem("", "er is geen bestand gekozen."));
  return { records, problems, tables };
}

async function readWorkbook(file, dataset, readXlsx, add, problems) {
  let sheets;
  try {
    sheets = await readXlsx(file.bytes);
  } catch {
    problems.push(fileProblem(file.name, "dit Excel-bestand kon niet worden gelezen. Is het beschadigd, of met een wachtwoord beveiligd? Sla het opnieuw op als .xlsx."));
    return;
  }
  const byName = new Map(dataset.levels.map((l) => [l.sheet.toLowerCase(), l.id]));
  let used = 0;
  for (const { sheet, data } of sheets) {
    const name = String(sheet).trim().toLowerCase();
    if (SKIP_SHEETS.has(name)) continue;
    const source = `${file.name}, blad '${sheet}'`;
    const result = readTable(data || [], dataset, source);
    if (!result.level) {
      // Only a sheet named after a list must hold it; any other sheet without data-set columns is not ours.
      if (byName.has(name)) problems.push(...result.problems);
      continue;
    }
    add(result, source);
    used += 1;
  }
  if (!used) {
    problems.push(fileProblem(file.name, `in dit Excel-bestand staat geen blad met kolommen van de dataset. Gebruik het sjabloon, met de bladen ${dataset.levels.map((l) => `'${l.sheet}'`).join(" en ")}.`));
  }
}
