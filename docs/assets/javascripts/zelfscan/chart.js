/* The geometry of the chart per theme: one horizontal bar, split into segments per level (high to
   low, then "weet ik niet", then open). Pure functions, no DOM; view.js draws the SVG. */

import { levelsForDisplay } from "./framework.js";
import { OPEN } from "./score.js";

/** Segments [{key, name, count, x, width}] of a bar `width` wide; segments of 0 criteria left out. */
export function barSegments(framework, themeScore, width = 100) {
  const parts = [...levelsForDisplay(framework).map((l) => ({ key: l.id, name: l.name })), { key: OPEN, name: "Nog open" }];
  const total = themeScore.total || 1;
  let x = 0;
  const segments = [];
  for (const part of parts) {
    const count = themeScore.counts[part.key] || 0;
    if (!count) continue;
    const w = (width * count) / total;
    segments.push({ key: part.key, name: part.name, count, x: Math.round(x * 100) / 100, width: Math.round(w * 100) / 100 });
    x += w;
  }
  return segments;
}

/** The text alternative of one bar: "Toegang: 2 volledig, 1 deels, 1 nog open (van 4 criteria)." */
export function barDescription(framework, themeScore) {
  const parts = barSegments(framework, themeScore).map((s) => `${s.count} ${s.name.toLowerCase()}`);
  const criteria = themeScore.total === 1 ? "criterium" : "criteria";
  return `${themeScore.title}: ${parts.join(", ")} (van ${themeScore.total} ${criteria}).`;
}
