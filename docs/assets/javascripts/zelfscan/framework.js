/* The framework as the zelfscan sees it: the data block the page carries (#kb-zelfscan-data).
   Pure functions, no DOM. Shape: {version, reviewed, title, levels: [{id, name, meaning, rank}],
   themes: [{id, title, criteria: [{id, title}]}]}; a level with rank null ("weet ik niet") does
   not count in the score. */

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every criterion in order, with its theme and its number ("2.3"). */
export function criteriaOf(framework) {
  const found = [];
  framework.themes.forEach((theme, t) => {
    theme.criteria.forEach((criterion, c) => {
      found.push({ id: criterion.id, title: criterion.title, themeId: theme.id, themeTitle: theme.title, number: `${t + 1}.${c + 1}` });
    });
  });
  return found;
}

/** {criterion id: title}, in framework order. */
export function criterionTitles(framework) {
  const titles = {};
  for (const criterion of criteriaOf(framework)) titles[criterion.id] = criterion.title;
  return titles;
}

export function levelById(framework, id) {
  return framework.levels.find((level) => level.id === id) || null;
}

export function levelName(framework, id) {
  const level = levelById(framework, id);
  return level ? level.name : "";
}

/** The highest rank on the scale (2 for niet/deels/volledig). */
export function maxRank(framework) {
  return Math.max(0, ...framework.levels.filter((l) => l.rank !== null).map((l) => l.rank));
}

/** Level ids from high to low, then the levels without rank: the order of bars and tables. */
export function levelsForDisplay(framework) {
  const ranked = framework.levels.filter((l) => l.rank !== null).sort((a, b) => b.rank - a.rank);
  return [...ranked, ...framework.levels.filter((l) => l.rank === null)];
}

/** Find a level by id or by its name, case and spaces ignored ("Weet ik niet", "weet-niet"). */
export function levelFromText(framework, text) {
  const wanted = String(text).trim().toLowerCase().replace(/\s+/g, " ");
  if (!wanted) return "";
  const found = framework.levels.find((l) => l.id === wanted || l.name.toLowerCase() === wanted);
  return found ? found.id : null;
}
