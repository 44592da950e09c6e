// The site's one CSV reader (docs/assets/javascripts/shared/csv.js), used by the zelfscan and the
// jaarrapportage: the cases of both tools' former readers, and what they now share.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseCsv, detectDelimiter, decodeText, CsvProblem } from "../../../docs/assets/javascripts/shared/csv.js";

const SOURCE = new URL("../../../docs/assets/javascripts/shared/csv.js", import.meta.url);

test("CSV with semicolons, quotes and line breaks inside cells", () => {
  const text = 'a;b;c\r\n1;"x; y";"he said ""ja"""\r\n2;"two\nlines";\r\n';
  const { rows, delimiter } = parseCsv(text);
  assert.equal(delimiter, ";");
  assert.deepEqual(rows, [["a", "b", "c"], ["1", "x; y", 'he said "ja"'], ["2", "two\nlines", ""]]);
});

test("the separator is found in the header line", () => {
  assert.equal(detectDelimiter("a,b,c\n1;2;3"), ",");
  assert.equal(detectDelimiter("a\tb\tc"), "\t");
  assert.equal(detectDelimiter('"a;b",c'), ",");
  assert.equal(detectDelimiter("a"), ";");
  assert.equal(parseCsv("criterium_id,niveau\nx,deels\n").delimiter, ",", "comma-separated files too");
});

test("an unclosed quote is a problem with its row, line and column, not a crash", () => {
  assert.throws(() => parseCsv('a;b\n1;"open\n2;3\n'), (error) => error instanceof CsvProblem && error.row === 2 && error.line === 2 && error.column === 3);
  assert.throws(
    () => parseCsv('criterium_id;niveau\ntoegang-loket;"deels\n'),
    (error) => error.line === 2 && error.column === 15 && error.message === 'een aanhalingsteken (") wordt geopend maar nergens gesloten.',
  );
});

test("text right after the quote that closes a cell is a problem at that place", () => {
  assert.throws(
    () => parseCsv('a;b\n"x\ny"z;1\n'),
    (error) => error instanceof CsvProblem && error.row === 2 && error.line === 3 && error.column === 3 && /na een aanhalingsteken dat een veld sluit/.test(error.message),
  );
});

test("record lines are counted across line breaks inside quotes", () => {
  const { rows, lines } = parseCsv('a;b\r\n"x\r\ny";1\r\nz;2');
  assert.deepEqual(lines, [1, 2, 4]);
  assert.deepEqual(rows[1], ["x\r\ny", "1"]);
  assert.deepEqual(rows[2], ["z", "2"], "the last row needs no line end");
});

test("empty rows are kept, so rows are numbered as a spreadsheet shows them", () => {
  const { rows, lines } = parseCsv("a;b\n\n1;2\n");
  assert.deepEqual(rows, [["a", "b"], [""], ["1", "2"]]);
  assert.deepEqual(lines, [1, 2, 3]);
});

test("a byte-order mark is not part of the first cell", () => {
  assert.deepEqual(parseCsv("\uFEFFa;b\n1;2").rows[0], ["a", "b"]);
});

test("UTF-8 with BOM and Windows-1252 are both read", () => {
  const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Caf\u00e9;na\u00efef")]);
  assert.equal(decodeText(utf8), "Caf\u00e9;na\u00efef");
  const cp1252 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80]); // "Café;€" as Dutch Excel saves CSV
  assert.equal(decodeText(cp1252), "Caf\u00e9;\u20ac");
});

test("the reader is pure: no DOM, no browser globals, no network", () => {
  const source = readFileSync(SOURCE, "utf8");
  assert.doesNotMatch(source, /\b(document|window|localStorage|navigator|fetch|XMLHttpRequest)\b/);
  assert.doesNotMatch(source, /innerHTML|\beval\s*\(|new Function/);
});
