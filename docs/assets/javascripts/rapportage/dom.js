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

/** A table with a caption, column headers and, per row, a row header in the first cell. */
export function table({ caption, head, rows, className = "", id = null }) {
  const captionId = id ? `${id}-titel` : null;
  const t = el(
    "table",
    { class: `kb-rap-tabel ${className}`.trim(), id },
    el("caption", { id: captionId }, caption),
    el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col" }, h)))),
    el(
      "tbody",
      {},
      rows.map((cells) =>
        el("tr", {}, cells.map((c, i) => (i === 0 ? el("th", { scope: "row" }, c) : el("td", { class: typeof c === "string" && /^[<\d–-]/.test(c) ? "kb-rap-getal" : null }, c)))),
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
