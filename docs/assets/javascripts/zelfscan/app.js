/* The zelfscan page: wires the form that the build made to the state, storage, files and views.

   Nothing leaves the browser: answers go to localStorage (only after the user starts) and to files
   the user downloads; files are read with FileReader-like File.text(), locally. No network. */

import { criteriaOf } from "./framework.js";
import { emptyState, hasAnswers, hasContent, isEmptyMeta, makeSnapshot, uniqueSnapshotName } from "./state.js";
import { MAX_FILE_BYTES, exportJson, parseJson } from "./fileformat.js";
import { exportCsv, parseCsvScan } from "./csv.js";
import { migrate, describeMigration } from "./migrate.js";
import { adoptMerge, mergeScans } from "./merge.js";
import * as storage from "./storage.js";
import { fileName, longDate } from "./text.js";
import { clear, download, h } from "./dom.js";
import * as view from "./view.js";

const framework = JSON.parse(document.getElementById("kb-zelfscan-data").textContent);
const criteria = criteriaOf(framework);
const byId = (id) => document.getElementById(id);
const page = document.querySelector(".md-content") || document.body;

let state = emptyState(framework);
let started = false;
let lastMerge = null; // {sources, errors, notes} of the last partner files read
let store = null;
try {
  store = window.localStorage;
  store.getItem("kb-zelfscan:probe");
} catch {
  store = null;
}

const today = () => new Date().toISOString().slice(0, 10);
const now = () => new Date().toISOString();

/* ---------- messages ---------- */

function say(text, details = [], kind = "info") {
  const box = byId("kb-zs-status");
  clear(box);
  box.className = `kb-zs-status kb-zs-status--${kind}`;
  box.append(h("p", {}, text));
  if (details.length) box.append(h("ul", {}, details.slice(0, 20).map((d) => h("li", {}, d))));
}

function notice(title, lines, focus) {
  const box = byId("kb-zs-melding");
  byId("kb-zs-melding-kop").textContent = title;
  const body = clear(byId("kb-zs-melding-tekst"));
  body.append(h("ul", {}, lines.map((line) => h("li", {}, line))));
  box.hidden = false;
  if (focus) box.focus();
}

function savedText(text) {
  byId("kb-zs-bewaard").textContent = text;
}

/* ---------- storage ---------- */

function persist() {
  if (!started) return;
  if (!store) {
    savedText("Deze browser kan niets bewaren (de lokale opslag staat uit). Sla uw scan op als bestand voordat u de pagina sluit.");
    return;
  }
  try {
    storage.save(store, state, now());
    const time = new Date().toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
    savedText(`Bewaard in deze browser, om ${time}. Alleen op dit apparaat; sla de scan op als bestand om hem te delen.`);
  } catch {
    savedText("Bewaren in deze browser lukte niet (de opslag is vol of staat uit). Sla uw scan op als bestand.");
  }
}

function start() {
  if (started) return;
  started = true;
  byId("kb-zs-begin").hidden = true;
  persist();
}

/* ---------- form <-> state ---------- */

function actionRow(criterion, n) {
  const id = (part) => `zs-${criterion.id}-actie-${n}-${part}`;
  const field = (part, label, key, extra) =>
    h("p", { class: `kb-zs-veld${extra || ""}` }, h("label", { for: id(part) }, label), "\n",
      h("input", { type: "text", id: id(part), "data-action-field": key, autocomplete: "off" }));
  const row = h("div", { class: "kb-zs-actie", role: "group", "aria-label": `Actie ${n} bij ${criterion.number}` },
    field("wat", "Wat gaan we doen?", "what", " kb-zs-veld--wat"), field("wie", "Wie?", "who"), field("wanneer", "Wanneer?", "when"));
  if (n > 1) row.append(h("button", { type: "button", class: "kb-zs-knop", "data-action": "remove-action", "aria-label": `Actie ${n} bij ${criterion.number} weghalen` }, "Weghalen"));
  return row;
}

function actionRows(fieldset) {
  return [...fieldset.querySelectorAll(".kb-zs-actie")];
}

function setActionRows(fieldset, criterion, actions) {
  const list = fieldset.querySelector(".kb-zs-actie-lijst");
  const wanted = Math.max(1, actions.length);
  clear(list);
  for (let n = 1; n <= wanted; n += 1) list.append(actionRow(criterion, n));
  actionRows(fieldset).forEach((row, i) => {
    const action = actions[i] || { what: "", who: "", when: "" };
    for (const input of row.querySelectorAll("[data-action-field]")) input.value = action[input.dataset.actionField];
  });
}

function writeForm() {
  const m = state.meta;
  for (const input of document.querySelectorAll("[data-meta]")) {
    const key = input.dataset.meta;
    input.value = key === "participants" ? m.participants.join("\n") : m[key];
  }
  for (const criterion of criteria) {
    const fieldset = byId(criterion.id);
    const answer = state.answers[criterion.id] || { level: "", evidence: "", priority: false, actions: [] };
    for (const radio of fieldset.querySelectorAll('[data-field="level"]')) radio.checked = radio.value === answer.level;
    fieldset.querySelector('[data-field="evidence"]').value = answer.evidence;
    fieldset.querySelector('[data-field="priority"]').checked = answer.priority;
    setActionRows(fieldset, criterion, answer.actions);
  }
}

function readCriterion(fieldset) {
  const id = fieldset.dataset.criterion;
  const checked = fieldset.querySelector('[data-field="level"]:checked');
  state.answers[id] = {
    level: checked ? checked.value : "",
    evidence: fieldset.querySelector('[data-field="evidence"]').value,
    priority: fieldset.querySelector('[data-field="priority"]').checked,
    actions: actionRows(fieldset).map((row) => {
      const action = {};
      for (const input of row.querySelectorAll("[data-action-field]")) action[input.dataset.actionField] = input.value;
      return action;
    }),
  };
}

function onInput(event) {
  const target = event.target;
  if (event.type === "input" && (target.type === "radio" || target.type === "checkbox")) return; // handled on change
  if (target.dataset.meta) {
    const key = target.dataset.meta;
    state.meta[key] = key === "participants" ? target.value.split("\n").map((p) => p.trim()).filter(Boolean) : target.value;
  } else {
    const fieldset = target.closest("fieldset[data-criterion]");
    if (!fieldset || !(target.dataset.field || target.dataset.actionField)) return;
    readCriterion(fieldset);
  }
  start();
  persist();
  scheduleRender();
}

/* ---------- views ---------- */

let renderPending = false;
function scheduleRender() {
  if (renderPending) return;
  renderPending = true;
  requestAnimationFrame(() => {
    renderPending = false;
    render();
  });
}

function render() {
  const filled = hasAnswers(state);
  document.documentElement.classList.toggle("kb-zs-heeft-antwoorden", filled || !isEmptyMeta(state.meta));
  const overview = clear(byId("kb-zs-overzicht"));
  if (filled) overview.append(...view.results(framework, state), h("div", { class: "kb-zs-alleen-print" }, view.reportAnswers(framework, state)));
  else overview.append(h("p", {}, "Als u de scan invult, ziet u hier per thema hoe ver u bent, welke prioriteiten u koos en uw actieplan."));
  clear(byId("kb-zs-verslag-kop")).append(...view.reportHead(framework, state, today()));
  renderSnapshots();
}

function renderSnapshots() {
  const box = clear(byId("kb-zs-metingen-lijst"));
  if (!state.snapshots.length) {
    box.append(h("p", {}, "Er zijn nog geen metingen bewaard."));
    return;
  }
  box.append(h("h3", {}, "Bewaarde metingen"), h("ul", { class: "kb-zs-metingen-lijst" }, state.snapshots.map((s, i) => {
    const count = Object.values(s.answers).filter((a) => a.level).length;
    return h("li", {},
      h("span", { class: "kb-zs-meting-naam" }, s.name), ` – bewaard op ${longDate(s.savedAt)}, ${count} criteria ingevuld. `,
      h("button", { type: "button", class: "kb-zs-knop", "data-action": "compare", "data-index": i, "aria-label": `Vergelijken: ${s.name} met nu` }, "Vergelijken"),
      " ",
      h("button", { type: "button", class: "kb-zs-knop", "data-action": "delete-snapshot", "data-index": i, "aria-label": `Weghalen: ${s.name}` }, "Weghalen"));
  })));
}

function renderMerge() {
  const box = clear(byId("kb-zs-partners-uitkomst"));
  if (!lastMerge) return;
  if (lastMerge.errors.length) {
    box.append(h("div", { class: "kb-zs-status kb-zs-status--fout" }, h("p", {}, "Niet alle bestanden konden worden gelezen:"), h("ul", {}, lastMerge.errors.slice(0, 30).map((e) => h("li", {}, e)))));
  }
  if (lastMerge.notes.length) box.append(h("div", { class: "kb-zs-status" }, h("ul", {}, lastMerge.notes.map((n) => h("li", {}, n)))));
  const sources = [...(byId("kb-zs-eigen").checked && hasAnswers(state) ? [{ label: state.meta.respondent || "Deze scan", own: true, answers: state.answers }] : []), ...lastMerge.sources];
  if (sources.length < 2) {
    box.append(h("p", {}, "Kies minstens twee bestanden, of één bestand en uw eigen ingevulde scan, om ze naast elkaar te leggen."));
    return;
  }
  const merged = mergeScans(framework, sources);
  lastMerge.merged = merged;
  const [summary, ...sections] = view.mergeView(framework, merged);
  box.append(
    summary,
    h("p", { class: "kb-zs-veld kb-zs-prioriteit" },
      h("input", { type: "checkbox", id: "kb-zs-alleen-verschillen" }), "\n",
      h("label", { for: "kb-zs-alleen-verschillen" }, "Alleen de verschillen tonen")),
    h("div", { id: "kb-zs-naast-elkaar", class: "kb-zs-naast-elkaar" }, sections),
    h("p", {}, "Wilt u de uitkomst in uw eigen scan zetten? Dan komen de niveaus waarover iedereen het eens is in uw scan. Bij een verschil schrijft de scan beide kanten op bij „Hoe weten we dat?”. De toelichting en de acties van de partners komen erbij."),
    h("button", { type: "button", class: "md-button", "data-action": "adopt-merge" }, "Uitkomst overnemen in mijn scan"));
}

/* ---------- files ---------- */

async function readScanFile(file) {
  if (file.size > MAX_FILE_BYTES) return { state: null, errors: [`bestand ${file.name}: het bestand is te groot (meer dan 5 MB).`], notes: [] };
  let text;
  try {
    text = await file.text();
  } catch {
    return { state: null, errors: [`bestand ${file.name}: het bestand kon niet worden gelezen.`], notes: [] };
  }
  const looksJson = /\.json$/i.test(file.name) || /^\s*[{[]/.test(text.replace(/^\uFEFF/, ""));
  const result = looksJson ? parseJson(text, file.name) : parseCsvScan(text, file.name, framework);
  return { notes: [], ...result };
}

async function openFile(input) {
  const file = input.files[0];
  input.value = "";
  if (!file) return;
  const result = await readScanFile(file);
  if (!result.state) {
    say(`Het bestand ${file.name} is niet geopend.`, result.errors, "fout");
    return;
  }
  if (hasContent(state) && !window.confirm(`De scan in deze browser vervangen door het bestand ${file.name}? Wat nu is ingevuld, gaat dan verloren. Sla het eerst op als bestand als u het wilt houden.`)) return;
  const migrated = migrate(result.state, framework);
  state = migrated.state;
  started = true;
  byId("kb-zs-begin").hidden = true;
  writeForm();
  persist();
  render();
  lastMerge && renderMerge();
  const lines = describeMigration(migrated.report, framework);
  say(`Het bestand ${file.name} is geopend.`, result.notes);
  if (lines.length) notice(`Het bestand ${file.name} hoort bij een andere versie van het kader`, lines, true);
}

async function openPartnerFiles(input) {
  const files = [...input.files];
  input.value = "";
  const merge = { sources: [], errors: [], notes: [] };
  for (const file of files) {
    const result = await readScanFile(file);
    merge.notes.push(...result.notes);
    if (!result.state) {
      merge.errors.push(...result.errors);
      continue;
    }
    const migrated = migrate(result.state, framework);
    for (const line of describeMigration(migrated.report, framework)) merge.notes.push(`bestand ${file.name}: ${line}`);
    merge.sources.push({ label: migrated.state.meta.respondent || migrated.state.meta.municipality || file.name.replace(/\.[^.]+$/, ""), fileName: file.name, answers: migrated.state.answers });
  }
  lastMerge = merge;
  renderMerge();
}

async function addSnapshotFromFile(input) {
  const file = input.files[0];
  input.value = "";
  if (!file) return;
  const result = await readScanFile(file);
  if (!result.state) {
    say(`Het bestand ${file.name} is niet als meting toegevoegd.`, result.errors, "fout");
    return;
  }
  const scan = result.state;
  const base = [scan.meta.respondent || scan.meta.municipality || file.name.replace(/\.[^.]+$/, ""), scan.meta.date].filter(Boolean).join(" ");
  const snapshot = makeSnapshot(scan, uniqueSnapshotName(state, `meting ${base}`), scan.meta.date || now());
  state.snapshots.push(snapshot);
  start();
  persist();
  renderSnapshots();
  say(`Het bestand ${file.name} is toegevoegd als „${snapshot.name}”.`, result.notes);
}

/* ---------- buttons ---------- */

const actions = {
  start() {
    start();
    say("De scan wordt nu in deze browser bewaard. Vul hieronder de gegevens en de criteria in.");
    byId("kb-zs-gemeente").focus();
  },
  "export-json"() {
    download(exportJson(state), fileName(state.meta, "json", today()), "application/json");
    say("Het JSON-bestand staat in uw downloads. Open het later hier weer, of geef het aan een partner.");
  },
  "export-csv"() {
    download(exportCsv(state, framework), fileName(state.meta, "csv", today()), "text/csv;charset=utf-8");
    say("Het CSV-bestand staat in uw downloads. U kunt het openen in een rekenblad.");
  },
  print() {
    window.print();
  },
  clear() {
    if (!window.confirm("Alles wissen? Uw antwoorden, acties en metingen worden uit deze browser verwijderd. Dat kan niet ongedaan worden gemaakt.")) return;
    try {
      if (store) storage.clearAll(store);
    } catch {
      /* storage switched off: nothing to clear */
    }
    state = emptyState(framework);
    started = false;
    lastMerge = null;
    byId("kb-zs-begin").hidden = false;
    byId("kb-zs-melding").hidden = true;
    clear(byId("kb-zs-vergelijking"));
    clear(byId("kb-zs-partners-uitkomst"));
    writeForm();
    render();
    savedText("Alles is gewist. Deze browser bewaart niets meer, tot u opnieuw begint.");
    say("Alles is gewist uit deze browser.");
  },
  "close-notice"() {
    byId("kb-zs-melding").hidden = true;
  },
  "add-action"(button) {
    const fieldset = button.closest("fieldset[data-criterion]");
    const criterion = criteria.find((c) => c.id === fieldset.dataset.criterion);
    const row = actionRow(criterion, actionRows(fieldset).length + 1);
    fieldset.querySelector(".kb-zs-actie-lijst").append(row);
    row.querySelector("input").focus();
  },
  "remove-action"(button) {
    const fieldset = button.closest("fieldset[data-criterion]");
    const index = actionRows(fieldset).indexOf(button.closest(".kb-zs-actie"));
    readCriterion(fieldset);
    const answer = state.answers[fieldset.dataset.criterion];
    answer.actions.splice(index, 1);
    const criterion = criteria.find((c) => c.id === fieldset.dataset.criterion);
    setActionRows(fieldset, criterion, answer.actions);
    fieldset.querySelector(".kb-zs-actie-lijst .kb-zs-actie:last-child input").focus();
    persist();
    scheduleRender();
  },
  snapshot() {
    const input = byId("kb-zs-meting-naam");
    const name = uniqueSnapshotName(state, input.value.trim() || `meting ${state.meta.date || today()}`);
    state.snapshots.push(makeSnapshot(state, name, now()));
    input.value = "";
    start();
    persist();
    renderSnapshots();
    say(`De meting „${name}” is bewaard.`);
  },
  compare(button) {
    const snapshot = state.snapshots[Number(button.dataset.index)];
    if (!snapshot) return;
    const box = clear(byId("kb-zs-vergelijking"));
    box.append(...view.compareView(framework, snapshot, state));
    byId("kb-zs-vergelijking-kop").focus();
  },
  "delete-snapshot"(button) {
    const snapshot = state.snapshots[Number(button.dataset.index)];
    if (!snapshot || !window.confirm(`De meting „${snapshot.name}” weghalen?`)) return;
    state.snapshots.splice(Number(button.dataset.index), 1);
    clear(byId("kb-zs-vergelijking"));
    persist();
    renderSnapshots();
    say(`De meting „${snapshot.name}” is weggehaald.`);
  },
  "adopt-merge"() {
    if (!lastMerge || !lastMerge.merged) return;
    state.answers = adoptMerge(framework, state.answers, lastMerge.merged);
    start();
    writeForm();
    persist();
    render();
    say("De uitkomst staat nu in uw scan. Kijk de verschillen samen na en kies dan een niveau.");
  },
};

/* ---------- start ---------- */

function restore() {
  if (!store) {
    savedText("Deze browser kan niets bewaren (de lokale opslag staat uit). Sla uw scan op als bestand voordat u de pagina sluit.");
    return;
  }
  const saved = storage.load(store, framework.version);
  if (saved) {
    state = migrate(saved, framework).state;
    started = true;
    savedText(`Uw scan is teruggezet uit deze browser${saved.savedAt ? ` (laatst bewaard op ${longDate(saved.savedAt)})` : ""}.`);
    return;
  }
  const older = storage.findOlder(store, framework.version);
  if (!older.length) return;
  const migrated = migrate(older[0].state, framework);
  state = migrated.state;
  started = true;
  persist();
  for (const found of older) storage.remove(store, found.key);
  const lines = describeMigration(migrated.report, framework);
  notice("Het kader is veranderd sinds u de scan invulde", lines.length ? lines : ["De criteria zijn dezelfde gebleven; uw antwoorden staan er nog."], false);
}

function init() {
  document.documentElement.classList.add("kb-zs-actief");
  for (const id of ["kb-zs-bediening", "kb-zs-partners", "kb-zs-metingen"]) byId(id).hidden = false;
  for (const button of document.querySelectorAll('[data-action="add-action"]')) button.hidden = false;
  restore();
  byId("kb-zs-begin").hidden = started;
  writeForm();
  render();
  page.addEventListener("input", onInput);
  page.addEventListener("change", (event) => {
    const t = event.target;
    if (t.type === "radio" || t.type === "checkbox") {
      if (t.id === "kb-zs-eigen") renderMerge();
      else if (t.id === "kb-zs-alleen-verschillen") byId("kb-zs-naast-elkaar").classList.toggle("kb-zs-alleen-verschillen", t.checked);
      else onInput(event);
    } else if (t.id === "kb-zs-openen") openFile(t);
    else if (t.id === "kb-zs-partnerbestanden") openPartnerFiles(t);
    else if (t.id === "kb-zs-meting-bestand") addSnapshotFromFile(t);
  });
  page.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action]");
    if (button && actions[button.dataset.action]) actions[button.dataset.action](button);
  });
  window.addEventListener("beforeprint", render);
}

init();
