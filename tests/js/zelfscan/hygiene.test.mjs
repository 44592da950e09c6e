// What the Content-Security-Policy and "user input is data" ask of the code itself.
import test from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { SRC } from "./fixture.mjs";

const files = readdirSync(SRC).filter((f) => f.endsWith(".js"));
const source = (f) => readFileSync(new URL(f, SRC), "utf8");
const PURE = ["framework.js", "state.js", "score.js", "merge.js", "compare.js", "migrate.js", "fileformat.js", "csv.js", "chart.js", "storage.js", "text.js"];

test("no HTML from strings, no eval, no inline styles or handlers", () => {
  const forbidden = [/innerHTML/, /outerHTML/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /new Function/, /\.style\./, /setAttribute\(\s*["']style/, /setAttribute\(\s*["']on/, /javascript:/, /\bfetch\s*\(/, /XMLHttpRequest/, /document\.cookie/];
  for (const file of files) {
    for (const pattern of forbidden) assert.doesNotMatch(source(file), pattern, `${file}: ${pattern}`);
  }
});

test("the pure modules use no DOM and no browser globals", () => {
  for (const file of PURE) {
    assert.ok(files.includes(file), file);
    assert.doesNotMatch(source(file), /\b(document|window|localStorage|navigator)\b/, file);
  }
});

test("every module is either pure, or one of the three that touch the page", () => {
  assert.deepEqual(files.filter((f) => !PURE.includes(f)).sort(), ["app.js", "dom.js", "view.js"]);
});
