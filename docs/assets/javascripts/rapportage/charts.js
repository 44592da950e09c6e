// Horizontal bar charts as SVG. Every chart sits next to a table with the same numbers, and carries
// a text alternative (title and description). Widths are percentages of the chart, so the text
// keeps its size from 320 px up; long labels wrap onto more lines. Colours come from CSS classes
// (light and dark scheme, print).

import { el, svg } from "./dom.js";

const LINE = 15; // px per label line
const BAR = 14;
const GAP = 10;
const AREA = 74; // % of the width for the bars; the rest holds the value text
const WRAP = 36; // characters per label line

function wrap(text, width = WRAP) {
  const words = String(text).split(/\s+/);
  const lines = [];
  let line = "";
  for (const word of words) {
    if (line && (line + " " + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

let counter = 0;

/**
 * bars: [{label, fraction (0..1 or null when there is no bar), text (value as shown), target (0..1 or null), state}]
 * state "met" | "missed" | null styles the bar; the text always says it too.
 */
export function barChart({ title, description, bars, targetLabel = "norm" }) {
  counter += 1;
  const id = `kb-rap-grafiek-${counter}`;
  let y = 4;
  const parts = [];
  for (const bar of bars) {
    const lines = wrap(bar.label);
    lines.forEach((line) => {
      y += LINE;
      parts.push(svg("text", { x: "0", y: String(y - 3), class: "kb-rap-grafiek__label" }, line));
    });
    const top = y + 1;
    const width = bar.fraction === null || bar.fraction === undefined ? 0 : Math.max(0, Math.min(1, bar.fraction)) * AREA;
    const barClass = `kb-rap-grafiek__balk${bar.state === "met" ? " kb-rap-grafiek__balk--gehaald" : bar.state === "missed" ? " kb-rap-grafiek__balk--niet" : ""}`;
    parts.push(svg("rect", { x: "0", y: String(top), width: `${AREA}%`, height: String(BAR), class: "kb-rap-grafiek__achter" }));
    if (width > 0) parts.push(svg("rect", { x: "0", y: String(top), width: `${width.toFixed(2)}%`, height: String(BAR), class: barClass }));
    let textAt = width;
    if (bar.target !== null && bar.target !== undefined) {
      const at = Math.max(0, Math.min(1, bar.target)) * AREA;
      const x = `${at.toFixed(2)}%`;
      parts.push(svg("line", { x1: x, x2: x, y1: String(top - 3), y2: String(top + BAR + 3), class: "kb-rap-grafiek__norm" }));
      if (Math.abs(at - width) < 6) textAt = Math.max(at, width); // keep the value clear of the norm line
    }
    parts.push(svg("text", { x: `${(textAt + 1.5).toFixed(2)}%`, y: String(top + BAR - 3), class: "kb-rap-grafiek__waarde" }, bar.text));
    y = top + BAR + GAP;
  }
  const hasTarget = bars.some((b) => b.target !== null && b.target !== undefined);
  if (hasTarget) {
    y += 4;
    parts.push(svg("line", { x1: "2", x2: "2", y1: String(y - 11), y2: String(y + 1), class: "kb-rap-grafiek__norm" }));
    parts.push(svg("text", { x: "10", y: String(y), class: "kb-rap-grafiek__label" }, `streep: ${targetLabel}`));
    y += 6;
  }
  const chart = svg(
    "svg",
    { class: "kb-rap-grafiek", width: "100%", height: String(y + 2), role: "img", "aria-labelledby": `${id}-t ${id}-d`, focusable: "false" },
    svg("title", { id: `${id}-t` }, title),
    svg("desc", { id: `${id}-d` }, description),
    parts,
  );
  return el("figure", { class: "kb-rap-figuur" }, chart, el("figcaption", { class: "kb-klein" }, `${title}. De cijfers staan ook in de tabel.`));
}
