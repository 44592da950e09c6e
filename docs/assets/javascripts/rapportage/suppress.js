// Small numbers out of the report, as public dashboards do. Pure logic.
//
// 1. Every count from 1 to 9 is shown as "< 10" (0 stays 0).
// 2. A percentage, average, median or spread is only shown when it rests on at least 10 records.
// 3. In a breakdown that adds up to a total that is shown, a single "< 10" could be worked out by
//    subtraction; then the next smallest count is hidden too ("afgeschermd").
//
// `publicReport` turns the exact report of compute.js into the version that is shown, printed and
// exported: from then on, no exact small count exists in it.

export const SMALL = "< 10";
export const HIDDEN = "afgeschermd";

export function suppressCount(count, threshold = 10) {
  if (typeof count !== "number") return count;
  return count > 0 && count < threshold ? SMALL : count;
}

/** Counts that add up to a shown total (rules 1 and 3). */
export function suppressPartition(counts, threshold = 10) {
  const tokens = counts.map((c) => suppressCount(c, threshold));
  const small = tokens.filter((t) => t === SMALL).length;
  if (small === 1) {
    let pick = -1;
    counts.forEach((c, i) => {
      if (tokens[i] !== SMALL && c > 0 && (pick < 0 || c < counts[pick])) pick = i;
    });
    if (pick >= 0) tokens[pick] = HIDDEN;
  }
  return tokens;
}

function enough(n, threshold) {
  return typeof n === "number" && n >= threshold;
}

function stats(s, threshold) {
  if (!enough(s.n, threshold)) return { n: suppressCount(s.n, threshold), mean: null, median: null, p25: null, p75: null, sum: null };
  return { n: s.n, mean: s.mean, median: s.median, p25: s.p25, p75: s.p75, sum: s.sum };
}

function excluded(list, threshold) {
  const tokens = suppressPartition(list.map((e) => e.count), threshold);
  return list.map((e, i) => ({ reason: e.reason, count: tokens[i] }));
}

export function publicMeasure(m, threshold = 10) {
  const out = {
    goalId: m.goalId,
    targetIndex: m.targetIndex,
    subject: m.subject,
    targetText: m.targetText,
    noun: m.noun,
    definition: m.definition,
    kind: m.kind,
    goal: m.goal ?? null,
    scale: m.scale ?? null,
    population: suppressCount(m.population, threshold),
    excluded: excluded(m.excluded || [], threshold),
    excludedTotal: suppressCount((m.excluded || []).reduce((a, e) => a + e.count, 0), threshold),
  };
  if (m.kind === "share") {
    const ok = enough(m.denominator, threshold);
    out.numerator = suppressCount(m.numerator, threshold);
    out.denominator = suppressCount(m.denominator, threshold);
    out.value = ok ? m.value : null;
    out.met = ok ? m.met : null;
    if ("mean" in m) out.mean = ok ? m.mean : null;
  } else if (m.kind === "mean" || m.kind === "indication") {
    const ok = enough(m.n, threshold);
    out.n = suppressCount(m.n, threshold);
    out.value = ok ? m.value : null;
    out.met = ok ? m.met : null;
  } else {
    out.value = null;
    out.met = null;
  }
  return out;
}

function publicBlock(block, threshold) {
  switch (block.type) {
    case "months": {
      // Months with a handful of registrations become quarters first, as dashboards coarsen before hiding.
      let counts = block.counts;
      let unit = "maand";
      if (counts.some((c) => c > 0 && c < threshold)) {
        counts = [0, 1, 2, 3].map((q) => counts.slice(q * 3, q * 3 + 3).reduce((a, b) => a + b, 0));
        unit = "kwartaal";
      }
      const tokens = suppressPartition([...counts, block.outside, block.missing], threshold);
      const n = counts.length;
      return { ...block, unit, counts: tokens.slice(0, n), outside: tokens[n], missing: tokens[n + 1], total: suppressCount(block.total, threshold) };
    }
    case "categories": {
      const counts = block.rows.map((r) => r.count);
      const tokens = block.partition
        ? suppressPartition([...counts, block.missing], threshold)
        : [...counts.map((c) => suppressCount(c, threshold)), suppressCount(block.missing, threshold)];
      return {
        ...block,
        rows: block.rows.map((r, i) => ({ label: r.label, count: tokens[i] })),
        missing: tokens[counts.length],
        any: block.any === null ? null : suppressCount(block.any, threshold),
        total: suppressCount(block.total, threshold),
      };
    }
    case "numbers": {
      const out = { ...block, stats: stats(block.stats, threshold), missing: suppressCount(block.missing, threshold), total: suppressCount(block.total, threshold) };
      if (block.bands) {
        const tokens = suppressPartition([...block.bands.map((b) => b.count), block.missing], threshold);
        out.bands = block.bands.map((b, i) => ({ label: b.label, count: tokens[i] }));
        out.missing = tokens[block.bands.length];
      }
      return out;
    }
    case "leadTime":
      return { ...block, stats: stats(block.stats, threshold), missing: suppressCount(block.missing, threshold), total: suppressCount(block.total, threshold) };
    case "keyFigures":
      return {
        ...block,
        figures: block.figures.map((f) =>
          f.kind === "count" ? { ...f, value: suppressCount(f.value, threshold) } : { ...f, value: enough(f.n, threshold) ? f.value : null, n: suppressCount(f.n, threshold) },
        ),
      };
    case "dataNotes":
      return {
        ...block,
        completeness: block.completeness.map((c) => ({
          field: c.field,
          level: c.level,
          total: suppressCount(c.total, threshold),
          share: enough(c.total, threshold) ? c.filled / c.total : null,
        })),
      };
    default:
      return { ...block };
  }
}

/** The report as shown, printed and exported. */
export function publicReport(report, threshold = 10) {
  return {
    meta: {
      ...report.meta,
      counts: Object.fromEntries(Object.entries(report.meta.counts).map(([k, v]) => [k, suppressCount(v, threshold)])),
    },
    threshold,
    goals: report.goals.map((g) => ({ ...g, measures: g.measures.map((m) => publicMeasure(m, threshold)) })),
    chapters: report.chapters.map((c) => ({ ...c, blocks: c.blocks.map((b) => publicBlock(b, threshold)) })),
  };
}

export const RULE_TEXT =
  "Kleine aantallen zijn afgeschermd, zoals in openbare dashboards: elk aantal van 1 tot en met 9 staat er als '< 10'. " +
  "Percentages, gemiddelden, medianen en spreiding staan er alleen als ze op minstens 10 trajecten, antwoorden of professionals rusten. " +
  "Telt een verdeling op tot een totaal dat er wel staat, dan is bij één '< 10' ook het op één na kleinste aantal afgeschermd, zodat niemand het kleine aantal kan terugrekenen.";
