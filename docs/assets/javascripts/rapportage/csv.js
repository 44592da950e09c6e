// Reading CSV as Dutch spreadsheets save it: UTF-8 or Windows-1252, `;` (or `,` or tab) between
// columns, quotes around cells that hold a separator, a quote or a line break. Pure logic.

export class CsvProblem extends Error {
  constructor(message, row) {
    super(message);
    this.row = row;
  }
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (euro sign, quotes, dashes, ...).
const CP1252 = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Bytes to text: UTF-8 (with or without BOM); files that are not valid UTF-8 are read as Windows-1252. */
export function decodeText(bytes) {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    // Decoded by hand: some TextDecoder builds treat "windows-1252" as Latin-1.
    let out = "";
    for (const byte of data) out += byte >= 0x80 && byte <= 0x9f ? CP1252[byte - 0x80] : String.fromCharCode(byte);
    text = out;
  }
  return text.replace(/^\uFEFF/, "");
}

/** The separator of the header line: the most frequent of ; , and tab outside quotes (`;` on a tie). */
export function detectDelimiter(text) {
  const counts = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch] += 1;
  }
  let best = ";";
  for (const ch of [",", "\t"]) if (counts[ch] > counts[best]) best = ch;
  return best;
}

/**
 * Text to rows of cells (strings). Rows are numbered as a spreadsheet shows them (the header is
 * row 1), also when a quoted cell holds a line break. Throws CsvProblem on a quote that is never closed.
 */
export function parseCsv(text, delimiter = detectDelimiter(text)) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  let startedQuoteRow = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
      startedQuoteRow = rows.length + 1;
      i += 1;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = "";
      i += 1;
    } else if (ch === "\r" || ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted) {
    throw new CsvProblem(`rij ${startedQuoteRow}: een aanhalingsteken (") wordt geopend maar nergens gesloten.`, startedQuoteRow);
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { rows, delimiter };
}
