/* Several partners' scans side by side: per criterion where they agree and where they differ.
   Pure functions, no DOM. "Verschillen de partners van mening, noteer dan beide kanten": adopting
   a merge puts agreed levels into the scan and writes both sides down for the differences. */

import { criteriaOf, levelName } from "./framework.js";
import { emptyAnswer, isEmptyAction } from "./state.js";

export const STATUSES = ["differ", "partial", "agree", "open"];

/** Labels for the sources: their own name, made unique with the file name or a number. */
export function sourceLabels(sources) {
  const base = sources.map((s) => (s.label || "").trim() || "Zonder naam");
  return base.map((label, i) => {
    if (base.filter((l) => l === label).length === 1) return label;
    const extra = sources[i].fileName ? sources[i].fileName : `${base.slice(0, i + 1).filter((l) => l === label).length}`;
    return `${label} (${extra})`;
  });
}

/**
 * @param framework the current framework
 * @param sources [{label, fileName?, own?, answers}] each partner's answers (already migrated)
 * @returns {labels, criteria: [{id, title, number, themeId, entries, status, level}], summary}
 *   status: agree (everyone answered the same level), partial (those who answered agree, others
 *   left it open), differ (different levels), open (nobody answered); level: the agreed level.
 */
export function mergeScans(framework, sources) {
  const labels = sourceLabels(sources);
  const criteria = criteriaOf(framework).map((c) => {
    const entries = sources.map((source, i) => {
      const answer = source.answers[c.id] || emptyAnswer();
      return {
        label: labels[i],
        own: Boolean(source.own),
        level: answer.level || "",
        evidence: answer.evidence || "",
        actions: (answer.actions || []).filter((a) => !isEmptyAction(a)),
      };
    });
    const answered = entries.filter((e) => e.level);
    const levels = [...new Set(answered.map((e) => e.level))];
    let status = "agree";
    if (answered.length === 0) status = "open";
    else if (levels.length > 1) status = "differ";
    else if (answered.length < entries.length) status = "partial";
    return { id: c.id, title: c.title, number: c.number, themeId: c.themeId, entries, status, level: levels.length === 1 ? levels[0] : "" };
  });
  const summary = {};
  for (const status of STATUSES) summary[status] = criteria.filter((c) => c.status === status).length;
  return { labels, criteria, summary };
}

function sameAction(a, b) {
  return a.what.trim() === b.what.trim() && a.who.trim() === b.who.trim() && a.when.trim() === b.when.trim();
}

/**
 * The current answers with a merge taken in (a new object; `answers` is not changed):
 * - an agreed level is set where the scan has no level yet;
 * - at a difference the levels of all sides are written into "Hoe weten we dat?";
 * - the other sources' evidence is added under their name, and their actions are added;
 * nothing that is already there is written twice, so adopting twice changes nothing.
 */
export function adoptMerge(framework, answers, merged) {
  const result = {};
  for (const [id, answer] of Object.entries(answers)) result[id] = { ...answer, actions: answer.actions.map((a) => ({ ...a })) };
  for (const criterion of merged.criteria) {
    if (criterion.status === "open") continue;
    const answer = result[criterion.id] || emptyAnswer();
    const lines = answer.evidence ? answer.evidence.split("\n") : [];
    const add = (line) => {
      if (!lines.includes(line)) lines.push(line);
    };
    if (criterion.status === "differ") {
      const sides = criterion.entries.filter((e) => e.level).map((e) => `${e.label}: ${levelName(framework, e.level).toLowerCase()}`);
      add(`Verschil van mening: ${sides.join("; ")}.`);
    } else if (!answer.level) {
      answer.level = criterion.level;
    }
    for (const entry of criterion.entries) {
      if (entry.own) continue;
      if (entry.evidence.trim()) add(`${entry.label}: ${entry.evidence.trim().replace(/\s*\n\s*/g, " ")}`);
      for (const action of entry.actions) {
        if (!answer.actions.some((a) => sameAction(a, action))) answer.actions.push({ what: action.what, who: action.who, when: action.when });
      }
    }
    answer.evidence = lines.join("\n");
    result[criterion.id] = answer;
  }
  return result;
}
