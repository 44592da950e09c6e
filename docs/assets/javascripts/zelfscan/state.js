/* The state of one scan: what is stored in the browser and what goes into a JSON file.
   Pure functions, no DOM.

   {kind: "kb-zelfscan", format: 1,
    framework: {version, criteria: {id: title}},           the framework the answers were given to
    meta: {municipality, date, respondent, participants: [..]},
    answers: {criterionId: {level, evidence, priority, actions: [{what, who, when}]}},
    snapshots: [{name, savedAt, framework, meta, answers}]}

   Empty answers and empty actions are left out, and answers follow the framework's order, so the
   same scan always gives the same file. */

import { criterionTitles } from "./framework.js";

export const KIND = "kb-zelfscan";
export const FORMAT = 1;

export function emptyMeta() {
  return { municipality: "", date: "", respondent: "", participants: [] };
}

export function emptyAnswer() {
  return { level: "", evidence: "", priority: false, actions: [] };
}

export function emptyState(framework) {
  return {
    kind: KIND,
    format: FORMAT,
    framework: { version: framework.version, criteria: criterionTitles(framework) },
    meta: emptyMeta(),
    answers: {},
    snapshots: [],
  };
}

export function isEmptyAction(action) {
  return !action || !(action.what.trim() || action.who.trim() || action.when.trim());
}

export function isEmptyAnswer(answer) {
  return !answer || (!answer.level && !answer.evidence.trim() && !answer.priority && answer.actions.every(isEmptyAction));
}

export function isEmptyMeta(meta) {
  return !meta.municipality.trim() && !meta.date && !meta.respondent.trim() && meta.participants.length === 0;
}

/** True when anything at all was filled in: answers, details of the scan or snapshots. */
export function hasContent(state) {
  return !isEmptyMeta(state.meta) || Object.values(state.answers).some((a) => !isEmptyAnswer(a)) || state.snapshots.length > 0;
}

export function hasAnswers(state) {
  return Object.values(state.answers).some((a) => !isEmptyAnswer(a));
}

function cleanAnswer(answer) {
  return {
    level: answer.level,
    evidence: answer.evidence,
    priority: Boolean(answer.priority),
    actions: answer.actions.filter((a) => !isEmptyAction(a)).map((a) => ({ what: a.what, who: a.who, when: a.when })),
  };
}

/** Answers without empty ones, in the order of `order` (criterion ids) and then the rest sorted. */
export function compactAnswers(answers, order = []) {
  const ids = [...order.filter((id) => id in answers), ...Object.keys(answers).filter((id) => !order.includes(id)).sort()];
  const result = {};
  for (const id of ids) {
    const answer = cleanAnswer(answers[id]);
    if (!isEmptyAnswer(answer)) result[id] = answer;
  }
  return result;
}

function cleanMeta(meta) {
  return {
    municipality: meta.municipality,
    date: meta.date,
    respondent: meta.respondent,
    participants: meta.participants.map((p) => p.trim()).filter(Boolean),
  };
}

/** The canonical form of a state: fixed key order, nothing empty. Storage and files use this. */
export function canonical(state) {
  const order = Object.keys(state.framework.criteria);
  return {
    kind: KIND,
    format: FORMAT,
    framework: { version: state.framework.version, criteria: { ...state.framework.criteria } },
    meta: cleanMeta(state.meta),
    answers: compactAnswers(state.answers, order),
    snapshots: state.snapshots.map((s) => ({
      name: s.name,
      savedAt: s.savedAt,
      framework: { version: s.framework.version, criteria: { ...s.framework.criteria } },
      meta: cleanMeta(s.meta),
      answers: compactAnswers(s.answers, Object.keys(s.framework.criteria)),
    })),
  };
}

/** A snapshot of the current answers under a name; `now` is an ISO timestamp. */
export function makeSnapshot(state, name, now) {
  const current = canonical(state);
  return { name, savedAt: now, framework: current.framework, meta: current.meta, answers: current.answers };
}

/** A name not yet used by a snapshot: "meting 2026", else "meting 2026 (2)". */
export function uniqueSnapshotName(state, name) {
  const used = new Set(state.snapshots.map((s) => s.name));
  if (!used.has(name)) return name;
  let n = 2;
  while (used.has(`${name} (${n})`)) n += 1;
  return `${name} (${n})`;
}
