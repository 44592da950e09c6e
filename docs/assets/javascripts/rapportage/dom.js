// Small DOM helpers for the report page. Text is always set with textContent: file content and
// user input are data, never markup.

const SVG = "http://www.w3.org/2000/svg";

/** el("p", {class: "x"}, "text", child, …): strings become text nodes, null and false are skipped. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) throw new Error("no inline handlers");
    node.setAttribute(key, value === true ? "" : String(value));
  }
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

const usedNames = new Map();

/** Forget the names of earlier tables (call before rebuilding a part of the page). */
export function resetNames(prefix) {
  for (const key of [...usedNames.keys()]) if (key.startsWith(prefix)) usedNames.delete(key);
}

/** A name no other table region in `scope` has: landmarks must be told apart. */
function uniqueName(scope, name) {
  const key = `${scope}:${name}`;
  const n = (usedNames.get(key) || 0) + 1;
  usedNames.set(key, n);
  return n === 1 ? name : `${name} (${n})`;
}

/**
 * A table with a caption, column headers and, per row, a row header in the first cell, in a box
 * that scrolls sideways on a narrow screen (focusable, and named after the caption).
 */
export function table({ caption, head, rows, className = "", id = null, scope = "verslag" }) {
  caption = uniqueName(scope, caption);
  const captionId = id ? `${id}-titel` : null;
  // Three or more columns become one card per row on a narrow screen; each cell names its column.
  const cards = head.length >= 3 ? " kb-rap-tabel--kaarten" : "";
  const t = el(
    "table",
    { class: `kb-rap-tabel${cards} ${className}`.trim(), id },
    el("caption", { id: captionId }, caption),
    el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col" }, h)))),
    el(
      "tbody",
      {},
      rows.map((cells) =>
        el(
          "tr",
          {},
          cells.map((c, i) =>
            i === 0
              ? el("th", { scope: "row", "data-label": head[0] }, c)
              : el("td", { "data-label": head[i], class: typeof c === "string" && /^[<\d–-]/.test(c) ? "kb-rap-getal" : null }, c),
          ),
        ),
      ),
    ),
  );
  return el("div", { class: "kb-rap-tabel-wrap", role: "region", tabindex: "0", "aria-label": caption }, t);
}

/** Save bytes or text as a download (Blob + object URL; nothing leaves the computer). */
export function download(name, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name, class: "kb-rap-verborgen" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
