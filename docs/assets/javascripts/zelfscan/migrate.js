/* Framework changes: saved answers keep the criteria that still exist (by id); the report says
   which criteria were added, renamed or removed, and which answers were dropped.
   Pure functions, no DOM. Snapshots keep their own framework and are not changed. */

import { criteriaOf, criterionTitles, levelById, levelName } from "./framework.js";

/**
 * @returns {state, report: {changed, fromVersion, toVersion, added: [{id, title}],
 *   renamed: [{id, from, to}], removed: [{id, title, level}], droppedLevels: [{id, title, level}]}}
 *   `level` in removed/droppedLevels is the level's text as it was saved.
 */
export function migrate(state, framework) {
  const saved = state.framework.criteria;
  const current = criterionTitles(framework);
  const added = [];
  const renamed = [];
  for (const c of criteriaOf(framework)) {
    if (!(c.id in saved)) added.push({ id: c.id, title: c.title });
    else if (saved[c.id] !== c.title) renamed.push({ id: c.id, from: saved[c.id], to: c.title });
  }
  const removed = [];
  const droppedLevels = [];
  const answers = {};
  const ids = new Set([...Object.keys(saved), ...Object.keys(state.answers)]);
  for (const id of ids) {
    const answer = state.answers[id];
    if (!(id in current)) {
      if (id in saved || answer) removed.push({ id, title: saved[id] || id, level: answer ? answer.level : "" });
      continue;
    }
    if (!answer) continue;
    const copy = { ...answer, actions: answer.actions.map((a) => ({ ...a })) };
    if (copy.level && !levelById(framework, copy.level)) {
      droppedLevels.push({ id, title: current[id], level: copy.level });
      copy.level = "";
    }
    answers[id] = copy;
  }
  const changed = state.framework.version !== framework.version || added.length + renamed.length + removed.length + droppedLevels.length > 0;
  return {
    state: { ...state, framework: { version: framework.version, criteria: current }, answers },
    report: { changed, fromVersion: state.framework.version, toVersion: framework.version, added, renamed, removed, droppedLevels },
  };
}

/** The report in plain Dutch, one line per fact; [] when nothing changed that matters to the user. */
export function describeMigration(report, framework) {
  const lines = [];
  const name = (level) => levelName(framework, level).toLowerCase() || level;
  if (report.added.length) lines.push(`Nieuw in het kader: ${report.added.map((c) => `„${c.title}”`).join(", ")}. Deze criteria kunt u nog invullen.`);
  for (const c of report.renamed) lines.push(`Andere naam: „${c.from}” heet nu „${c.to}”. Uw antwoord is gebleven.`);
  for (const c of report.removed) {
    lines.push(`Niet meer in het kader: „${c.title}”.${c.level ? ` Uw antwoord (${name(c.level)}) is daarom niet overgenomen.` : ""}`);
  }
  for (const c of report.droppedLevels) lines.push(`Bij „${c.title}” stond het niveau „${c.level}”, dat de zelfscan niet meer kent. Kies opnieuw een niveau.`);
  return lines;
}
