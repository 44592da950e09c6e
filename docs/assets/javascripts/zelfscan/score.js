/* Scoring: per theme how many criteria are at each level, and a score.
   Pure functions, no DOM.

   The score of a theme is the average level of its answered criteria on a 0–100 scale: niet = 0,
   deels = 50, volledig = 100 (for a three-step scale). "Weet ik niet" and open criteria do not
   count; a theme without such answers has no score (null). */

import { levelById, maxRank } from "./framework.js";

export const OPEN = "open";

/** [{id, title, total, counts: {levelId: n, open: n}, ranked, unknown, open, score}] per theme. */
export function themeScores(framework, answers) {
  const top = maxRank(framework);
  return framework.themes.map((theme) => {
    const counts = { [OPEN]: 0 };
    for (const level of framework.levels) counts[level.id] = 0;
    let points = 0;
    let ranked = 0;
    let unknown = 0;
    for (const criterion of theme.criteria) {
      const answer = answers[criterion.id];
      const level = answer && answer.level ? levelById(framework, answer.level) : null;
      if (!level) {
        counts[OPEN] += 1;
        continue;
      }
      counts[level.id] += 1;
      if (level.rank === null) {
        unknown += 1;
      } else {
        points += level.rank;
        ranked += 1;
      }
    }
    return {
      id: theme.id,
      title: theme.title,
      total: theme.criteria.length,
      counts,
      ranked,
      unknown,
      open: counts[OPEN],
      score: ranked && top ? Math.round((100 * points) / (ranked * top)) : null,
    };
  });
}

/** The same over the whole framework: {total, counts, ranked, unknown, open, score}. */
export function overallScore(framework, answers) {
  const themes = themeScores(framework, answers);
  const counts = {};
  for (const key of Object.keys(themes[0] ? themes[0].counts : {})) counts[key] = themes.reduce((n, t) => n + t.counts[key], 0);
  const top = maxRank(framework);
  let points = 0;
  for (const level of framework.levels) if (level.rank !== null) points += level.rank * (counts[level.id] || 0);
  const ranked = themes.reduce((n, t) => n + t.ranked, 0);
  return {
    total: themes.reduce((n, t) => n + t.total, 0),
    counts,
    ranked,
    unknown: themes.reduce((n, t) => n + t.unknown, 0),
    open: counts[OPEN] || 0,
    score: ranked && top ? Math.round((100 * points) / (ranked * top)) : null,
  };
}
