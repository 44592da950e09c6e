/* Comparing the current answers with an earlier snapshot: what moved, what did not.
   Pure functions, no DOM. Criteria are matched by id, so a snapshot made with an older version of
   the framework can be compared too; criteria it has that no longer exist are listed apart. */

import { criteriaOf, levelById } from "./framework.js";
import { themeScores } from "./score.js";

/** Change kinds, in the order a reader wants them. */
export const CHANGES = ["up", "down", "changed", "new", "dropped", "same", "open"];

function levelOf(answers, id) {
  return (answers[id] && answers[id].level) || "";
}

/** How one criterion moved from level `before` to level `now` (level ids or ""). */
export function change(framework, before, now) {
  if (!before && !now) return "open";
  if (!before) return "new";
  if (!now) return "dropped";
  if (before === now) return "same";
  const a = levelById(framework, before);
  const b = levelById(framework, now);
  if (!a || !b || a.rank === null || b.rank === null) return "changed";
  return b.rank > a.rank ? "up" : "down";
}

/**
 * @param framework the current framework
 * @param snapshot {framework: {criteria}, answers} the earlier measurement
 * @param answers the current answers
 */
export function compareAnswers(framework, snapshot, answers) {
  const criteria = criteriaOf(framework).map((c) => {
    const before = levelOf(snapshot.answers, c.id);
    const now = levelOf(answers, c.id);
    return { id: c.id, title: c.title, number: c.number, themeId: c.themeId, before, now, change: change(framework, before, now) };
  });
  const known = new Set(criteria.map((c) => c.id));
  const removed = Object.keys(snapshot.answers)
    .filter((id) => !known.has(id))
    .map((id) => ({ id, title: (snapshot.framework && snapshot.framework.criteria[id]) || id, before: levelOf(snapshot.answers, id) }));
  const earlier = themeScores(framework, snapshot.answers);
  const later = themeScores(framework, answers);
  const themes = later.map((t, i) => ({ id: t.id, title: t.title, before: earlier[i].score, now: t.score }));
  const summary = {};
  for (const kind of CHANGES) summary[kind] = criteria.filter((c) => c.change === kind).length;
  return { criteria, removed, themes, summary };
}
