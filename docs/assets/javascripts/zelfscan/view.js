/* What the zelfscan shows, built from the pure results: chart and table per theme, priorities,
   action plan, the printed report, partners side by side, and a comparison over time.
   Every function returns new elements; text goes in through dom.js, never as HTML. */

import { barDescription, barSegments } from "./chart.js";
import { compareAnswers, CHANGES } from "./compare.js";
import { criteriaOf, levelName, levelsForDisplay } from "./framework.js";
import { OPEN, overallScore, themeScores } from "./score.js";
import { CHANGE_TEXT, STATUS_TEXT, criteria as criteriaWord, longDate, scoreText } from "./text.js";
import { h, svg } from "./dom.js";

function scrollTable(label, table) {
  // a wide table scrolls inside its own box; the box can take focus so keyboard users can scroll it
  return h("div", { class: "kb-zs-tabel-wrap", role: "region", "aria-label": label, tabindex: "0" }, table);
}

function levelBadge(framework, level) {
  if (!level) return h("span", { class: "kb-zs-label kb-zs-label--open" }, "Nog open");
  return h("span", { class: `kb-zs-label kb-zs-label--${level}` }, levelName(framework, level));
}

/** One bar per theme, with its name and score above it, and a legend. */
export function chart(framework, scores) {
  const rows = scores.map((score) =>
    h("div", { class: "kb-zs-balk-rij" },
      h("p", { class: "kb-zs-balk-naam" }, h("span", {}, score.title), " ", h("span", { class: "kb-zs-balk-score" }, `score ${scoreText(score.score)}`)),
      svg("svg", { class: "kb-zs-balk", viewBox: "0 0 100 10", preserveAspectRatio: "none", role: "img", "aria-label": barDescription(framework, score), focusable: "false" },
        svg("rect", { class: "kb-zs-seg kb-zs-seg--achtergrond", x: 0, y: 0, width: 100, height: 10 }),
        barSegments(framework, score).map((s) =>
          svg("rect", { class: `kb-zs-seg kb-zs-seg--${s.key}`, x: s.x, y: 0, width: s.width, height: 10, "data-count": s.count })))));
  const legend = h("ul", { class: "kb-zs-legenda", "aria-label": "Legenda" },
    [...levelsForDisplay(framework).map((l) => [l.id, l.name]), [OPEN, "Nog open"]].map(([key, name]) =>
      h("li", {}, h("span", { class: `kb-zs-staal kb-zs-seg--${key}`, "aria-hidden": "true" }), name)));
  return h("figure", { class: "kb-zs-grafiek" }, rows, legend,
    h("figcaption", {}, "Per thema: hoeveel criteria op elk niveau staan. De tabel hieronder geeft dezelfde aantallen."));
}

/** The same numbers as the chart, as a table, with a total row. */
export function scoreTable(framework, scores, total) {
  const levels = levelsForDisplay(framework);
  const head = h("tr", {}, h("th", { scope: "col" }, "Thema"), levels.map((l) => h("th", { scope: "col" }, l.name)), h("th", { scope: "col" }, "Nog open"), h("th", { scope: "col" }, "Score"));
  const row = (title, s, tag) =>
    h("tr", { class: tag === "total" ? "kb-zs-totaal" : null }, h("th", { scope: "row" }, title), levels.map((l) => h("td", {}, String(s.counts[l.id] || 0))), h("td", {}, String(s.counts[OPEN] || 0)), h("td", { class: "kb-zs-getal" }, scoreText(s.score)));
  const table = h("table", { class: "kb-zs-tabel" },
    h("caption", {}, "Aantal criteria per niveau, en de score per thema (0 = overal niet, 100 = overal volledig)"),
    h("thead", {}, head),
    h("tbody", {}, scores.map((s) => row(s.title, s)), row("Alle thema's", total, "total")));
  return scrollTable("Tabel: criteria per niveau en score per thema", table);
}

function answered(framework, state) {
  return criteriaOf(framework).map((c) => ({ ...c, answer: state.answers[c.id] })).filter((c) => c.answer);
}

export function priorities(framework, state) {
  const chosen = answered(framework, state).filter((c) => c.answer.priority);
  if (!chosen.length) return h("p", {}, "U heeft nog geen prioriteiten gekozen. Kies er samen twee of drie: vink bij die criteria „Prioriteit” aan.");
  return h("ol", { class: "kb-zs-prioriteiten" }, chosen.map((c) => h("li", {}, `${c.number} ${c.title} `, levelBadge(framework, c.answer.level))));
}

export function actionPlan(framework, state) {
  const rows = [];
  const items = answered(framework, state);
  const ordered = [...items.filter((c) => c.answer.priority), ...items.filter((c) => !c.answer.priority)];
  for (const c of ordered) {
    for (const a of c.answer.actions) {
      if (!(a.what.trim() || a.who.trim() || a.when.trim())) continue;
      rows.push(h("tr", {}, h("th", { scope: "row" }, `${c.number} ${c.title}`, c.answer.priority ? h("span", { class: "kb-zs-label kb-zs-label--prioriteit" }, "prioriteit") : null),
        h("td", { "data-label": "Wat" }, a.what), h("td", { "data-label": "Wie" }, a.who), h("td", { "data-label": "Wanneer" }, a.when)));
    }
  }
  if (!rows.length) return h("p", {}, "Er staan nog geen verbeteracties in de scan. Schrijf ze bij een criterium onder „Verbeteracties”: wat, wie en wanneer.");
  const table = h("table", { class: "kb-zs-tabel kb-zs-actieplan kb-zs-stapel" },
    h("caption", {}, "Actieplan: de acties per criterium, prioriteiten eerst"),
    h("thead", {}, h("tr", {}, ["Criterium", "Wat", "Wie", "Wanneer"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, rows));
  return scrollTable("Tabel: actieplan", table);
}

/** The result on screen and in print: chart, table, priorities, action plan. */
export function results(framework, state) {
  const scores = themeScores(framework, state.answers);
  const total = overallScore(framework, state.answers);
  return [
    h("p", {}, `U vulde ${criteriaWord(total.total - total.open)} in van de ${total.total}. `,
      total.score === null ? "" : `De score over alle thema's is ${scoreText(total.score)}.`),
    h("h3", { id: "kb-zs-per-thema" }, "Overzicht per thema"),
    chart(framework, scores),
    scoreTable(framework, scores, total),
    h("h3", { id: "kb-zs-prioriteiten" }, "Prioriteiten"),
    priorities(framework, state),
    h("h3", { id: "kb-zs-actieplan" }, "Actieplan"),
    actionPlan(framework, state),
  ];
}

/** The head of the printed report: what was scanned, when and by whom. */
export function reportHead(framework, state, today) {
  const m = state.meta;
  const item = (term, value) => [h("dt", {}, term), h("dd", {}, value || "–")];
  return [
    h("h2", {}, "Verslag van de zelfscan"),
    h("dl", { class: "kb-zs-verslag-gegevens" },
      item("Gemeente of regio", m.municipality),
      item("Datum van het gesprek", longDate(m.date)),
      item("Ingevuld door", m.respondent),
      item("Deelnemers", m.participants.join(", ")),
      item("Kader", `${framework.title}, versie ${framework.version}`),
      item("Afgedrukt op", longDate(today))),
  ];
}

/** All answers per criterion, for the printed report. */
export function reportAnswers(framework, state) {
  const parts = [h("h3", {}, "Antwoorden per criterium")];
  for (const theme of framework.themes) {
    parts.push(h("h4", {}, theme.title));
    const list = h("div", { class: "kb-zs-verslag-thema" });
    for (const c of criteriaOf(framework).filter((x) => x.themeId === theme.id)) {
      const a = state.answers[c.id];
      const block = h("div", { class: "kb-zs-verslag-criterium" },
        h("p", { class: "kb-zs-verslag-titel" }, `${c.number} ${c.title} `, levelBadge(framework, a && a.level), a && a.priority ? h("span", { class: "kb-zs-label kb-zs-label--prioriteit" }, "prioriteit") : null));
      if (a && a.evidence.trim()) block.append(h("p", { class: "kb-zs-verslag-bewijs" }, h("span", { class: "kb-zs-verslag-term" }, "Hoe weten we dat? "), a.evidence));
      const actions = a ? a.actions.filter((x) => x.what.trim() || x.who.trim() || x.when.trim()) : [];
      if (actions.length) {
        block.append(h("ul", { class: "kb-zs-verslag-acties" }, actions.map((x) =>
          h("li", {}, h("span", { class: "kb-zs-verslag-term" }, "Actie: "), x.what, x.who ? ` (wie: ${x.who}` : "", x.who ? (x.when ? `; wanneer: ${x.when})` : ")") : x.when ? ` (wanneer: ${x.when})` : ""))));
      }
      list.append(block);
    }
    parts.push(list);
  }
  return parts;
}

/** Partners side by side: [summary, one section per theme]; `merged` from mergeScans. */
export function mergeView(framework, merged) {
  const s = merged.summary;
  const parts = [
    h("p", { class: "kb-zs-samenvatting" },
      `${merged.labels.length} scans naast elkaar: ${merged.labels.join(", ")}. `,
      `Eens: ${criteriaWord(s.agree)}. Verschil: ${criteriaWord(s.differ)}. `,
      s.partial ? `Eens, maar niet iedereen vulde in: ${criteriaWord(s.partial)}. ` : "",
      s.open ? `Niemand vulde in: ${criteriaWord(s.open)}; die staan hieronder niet.` : ""),
  ];
  for (const theme of framework.themes) {
    // criteria nobody filled in are only counted in the summary
    const items = merged.criteria.filter((c) => c.themeId === theme.id && c.status !== "open");
    if (!items.length) continue;
    const section = h("div", { class: "kb-zs-naast-thema" }, h("h3", {}, theme.title));
    for (const c of items) {
      section.append(h("div", { class: `kb-zs-naast kb-zs-naast--${c.status}`, "data-criterion": c.id, "data-status": c.status },
        h("p", { class: "kb-zs-naast-titel" }, h("span", {}, `${c.number} ${c.title}`), " ", h("span", { class: `kb-zs-status-label kb-zs-status-label--${c.status}` }, STATUS_TEXT[c.status])),
        h("dl", { class: "kb-zs-naast-lijst" }, c.entries.map((e) => [
          h("dt", {}, e.label),
          h("dd", {}, levelBadge(framework, e.level), e.evidence.trim() ? h("span", { class: "kb-zs-naast-bewijs" }, e.evidence) : null),
        ]))));
    }
    parts.push(section);
  }
  return parts;
}

/** The comparison of the current answers with a snapshot. */
export function compareView(framework, snapshot, state) {
  const result = compareAnswers(framework, snapshot, state.answers);
  const s = result.summary;
  const counts = CHANGES.filter((k) => s[k]).map((k) => `${CHANGE_TEXT[k].toLowerCase()}: ${s[k]}`);
  const name = `„${snapshot.name}”`;
  const themeTable = h("table", { class: "kb-zs-tabel" },
    h("caption", {}, `Score per thema: ${snapshot.name} en nu`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Thema"), h("th", { scope: "col" }, snapshot.name), h("th", { scope: "col" }, "Nu"))),
    h("tbody", {}, result.themes.map((t) => h("tr", {}, h("th", { scope: "row" }, t.title), h("td", { class: "kb-zs-getal" }, scoreText(t.before)), h("td", { class: "kb-zs-getal" }, scoreText(t.now))))));
  const order = (c) => CHANGES.indexOf(c.change);
  // criteria open both times are only counted in the summary
  const sorted = result.criteria.filter((c) => c.change !== "open").sort((a, b) => order(a) - order(b));
  const criteriaTable = h("table", { class: "kb-zs-tabel kb-zs-vergelijk kb-zs-stapel" },
    h("caption", {}, "Per criterium dat toen of nu is ingevuld: wat er veranderde, eerst wat bewoog"),
    h("thead", {}, h("tr", {}, ["Criterium", snapshot.name, "Nu", "Verandering"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, sorted.map((c) => h("tr", { class: `kb-zs-verandering--${c.change}`, "data-criterion": c.id, "data-change": c.change },
      h("th", { scope: "row" }, `${c.number} ${c.title}`), h("td", { "data-label": snapshot.name }, levelBadge(framework, c.before)), h("td", { "data-label": "Nu" }, levelBadge(framework, c.now)),
      h("td", { "data-label": "Verandering" }, h("span", { class: `kb-zs-verandering kb-zs-verandering-label--${c.change}` }, CHANGE_TEXT[c.change]))))));
  const parts = [
    h("h3", { id: "kb-zs-vergelijking-kop", tabindex: "-1" }, `Vergelijking met ${name}`),
    h("p", { class: "kb-zs-samenvatting" }, `Bewaard op ${longDate(snapshot.savedAt)}. Sindsdien: ${counts.join(", ")}.`),
    scrollTable("Tabel: score per thema, toen en nu", themeTable),
    scrollTable("Tabel: verandering per criterium", criteriaTable),
  ];
  if (result.removed.length) {
    parts.push(h("p", {}, "Deze criteria stonden in de meting maar niet meer in het kader: ",
      result.removed.map((r) => `„${r.title}”${r.before ? ` (${levelName(framework, r.before).toLowerCase() || r.before})` : ""}`).join(", "), "."));
  }
  return parts;
}
