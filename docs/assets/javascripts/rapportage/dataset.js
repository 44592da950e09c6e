// The monitoring data set as the page embeds it (made from content/guidelines/kwaliteit.yaml at
// build time), with lookups. Pure logic.

const cache = new WeakMap();

/** Lookups for a data set: fields by id, the fields of each level, the registration date per level. */
export function indexDataset(dataset) {
  if (cache.has(dataset)) return cache.get(dataset);
  const fields = new Map(dataset.fields.map((f) => [f.id, f]));
  const byLevel = {};
  for (const level of dataset.levels) byLevel[level.id] = dataset.fields.filter((f) => f.level === level.id);
  const registration = {};
  for (const level of dataset.levels) {
    registration[level.id] = byLevel[level.id].find((f) => f.type === "datum" && f.moment === "aanmelding") || null;
  }
  const index = {
    dataset,
    fields,
    byLevel,
    registration,
    level: (id) => dataset.levels.find((l) => l.id === id),
    field: (id) => fields.get(id) || null,
    label: (id) => (fields.get(id) ? fields.get(id).label : id),
    lower: (id) => lowerFirst(fields.get(id) ? fields.get(id).label : id),
    threshold: dataset.suppressBelow || 10,
  };
  cache.set(dataset, index);
  return index;
}

/** "Datum adviesplan" -> "datum adviesplan", but "MDO" and "IVH" stay capitals. */
export function lowerFirst(text) {
  if (/^[A-Z]{2,}/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
