/* Dutch words for the views and the tests. Pure functions, no DOM. */

export const CHANGE_TEXT = {
  up: "Vooruit",
  down: "Achteruit",
  changed: "Anders",
  new: "Nu ingevuld",
  dropped: "Nu niet ingevuld",
  same: "Gelijk",
  open: "Beide keren open",
};

export const STATUS_TEXT = {
  differ: "Verschil",
  partial: "Eens, niet iedereen vulde in",
  agree: "Eens",
  open: "Niemand vulde in",
};

/** "3 criteria" / "1 criterium". */
export function criteria(n) {
  return `${n} ${n === 1 ? "criterium" : "criteria"}`;
}

/** A score for people: "63 van 100", or a dash when there is none. */
export function scoreText(score) {
  return score === null || score === undefined ? "–" : `${score} van 100`;
}

/** "12 maart 2026" from "2026-03-12"; the text itself when it is not such a date. */
export function longDate(iso) {
  const months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
  if (!match) return iso || "";
  return `${Number(match[3])} ${months[Number(match[2]) - 1]} ${match[1]}`;
}

/** A file name for an export: "zelfscan-utrecht-2026-03-12.json". */
export function fileName(meta, extension, today) {
  const place = (meta.municipality || "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return ["zelfscan", place, meta.date || today].filter(Boolean).join("-") + "." + extension;
}
