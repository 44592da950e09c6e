// Reading CSV as Dutch spreadsheets save it, for every tool on the site (the zelfscan, the
// jaarrapportage): UTF-8 or Windows-1252, `;` (or `,` or tab) between columns, quotes around cells
// that hold a separator, a quote or a line break. Pure logic, no DOM: it runs in Node's tests too.
//
// A problem names where it is in both ways a reader may look: the row as a spreadsheet shows it
// (the header is row 1, a cell with a line break stays one row) and the line and column in the text.

export class CsvProblem extends Error {
  constructor(message, { row, line, column }) {
    super(message);
    this.row = row;
    this.line = line;
    this.column = column;
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
 * Text to rows of cells (strings), with a leading byte-order mark ignored. Returns {rows, lines,
 * delimiter}: `lines[i]` is the line of the text on which `rows[i]` starts (row i + 1 as a spreadsheet
 * numbers it). Empty rows are kept, so row numbers stay right. Throws CsvProblem on a quote that is
 * never closed, or on text right after the quote that closes a cell.
 */
export function parseCsv(input, delimiter = detectDelimiter(input)) {
  const text = input.replace(/^\uFEFF/, "");
  const rows = [];
  const lines = [];
  let row = [];
  let cell = "";
  let quoted = false;
  let opened = null; // where the quote of the current quoted cell stands
  let line = 1;
  let column = 1; // of text[i]
  let rowLine = 1;
  for (let i = 0; i < text.length; i += 1, column += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') {
        cell += ch;
        if (ch === "\n") {
          line += 1;
          column = 0;
        }
      } else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
        column += 1;
      } else {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
          throw new CsvProblem("na een aanhalingsteken dat een veld sluit, hoort een scheidingsteken of het einde van de regel.", { row: rows.length + 1, line, column: column + 1 });
        }
      }
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
      opened = { row: rows.length + 1, line, column };
    } else if (ch === delimiter) {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      row.push(cell);
      rows.push(row);
      lines.push(rowLine);
      row = [];
      cell = "";
      line += 1;
      column = 0;
      rowLine = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new CsvProblem('een aanhalingsteken (") wordt geopend maar nergens gesloten.', opened);
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
    lines.push(rowLine);
  }
  return { rows, lines, delimiter };
}
