/* 'Maak een folder': wires the form that the build made to the handouts, the browser's storage and
   the files a coordinator saves.

   What the coordinator types goes into the handouts as text (slots.js: textContent), is checked with
   Dutch messages (checks.js), kept in local storage only after the coordinator starts typing, and can
   be saved as a JSON file or as a `gemeentegegevens` file for the kennisbank (yaml.js). Nothing is
   sent anywhere. */

import { checkField, cleanText, listOf } from "./checks.js";
import { clear, download, h } from "./dom.js";
import { fillSlots } from "./slots.js";
import * as store from "./state.js";
import { factsYaml } from "./yaml.js";

const data = JSON.parse(document.getElementById("kb-folders-data").textContent);
const byId = (id) => document.getElementById(id);
const names = new Map(data.municipalities.map((m) => [m.id, m.name]));
const byName = new Map(data.municipalities.map((m) => [m.name.toLocaleLowerCase("nl"), m.id]));
const fieldByKey = new Map(data.fields.map((f) => [f.key, f]));
const root = document.querySelector(".md-content") || document.body;
const preview = byId("kb-fo-voorbeeld");

let state = store.emptyState(data);
let started = false;
let storage = null;
try {
  storage = window.localStorage;
  storage.getItem(store.STORAGE_KEY);
} catch {
  storage = null;
}

const now = () => new Date().toISOString();
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};
const folderOf = (id) => data.folders.find((f) => f.id === id) || data.folders[0];

/* ---------- messages ---------- */

function say(box, text, details = [], kind = "info") {
  clear(box);
  delete box.dataset.soort;
  box.className = `kb-fo-status kb-fo-status--${kind}`;
  box.append(h("p", {}, text));
  if (details.length) box.append(h("ul", {}, details.slice(0, 20).map((d) => h("li", {}, d))));
}

function savedText(text) {
  byId("kb-fo-bewaard").textContent = text;
}

const NO_STORAGE = "Deze browser kan niets bewaren (de lokale opslag staat uit). Sla uw gegevens op als bestand voordat u de pagina sluit.";

function persist() {
  if (!started) return;
  if (!storage) {
    savedText(NO_STORAGE);
    return;
  }
  try {
    store.save(storage, state, now());
    const time = new Date().toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
    savedText(`Bewaard in deze browser, om ${time}. Alleen op dit apparaat; met ‘Alles wissen’ haalt u het weg.`);
  } catch {
    savedText("Bewaren in deze browser lukte niet (de opslag is vol of staat uit). Sla uw gegevens op als bestand.");
  }
}

/* ---------- fields ---------- */

function input(key) {
  return byId(`kb-fo-${key}`);
}

function showProblem(key, message) {
  const box = byId(`kb-fo-${key}-fout`);
  if (box) box.textContent = message;
  const field = key === "gemeenten" ? byId("kb-fo-gemeente-zoek") : input(key);
  if (!field) return;
  if (message) field.setAttribute("aria-invalid", "true");
  else field.removeAttribute("aria-invalid");
}

/** Check one field; returns its message ("" when fine). */
function check(key) {
  const field = fieldByKey.get(key);
  if (!field || field.input === "gemeenten") return "";
  const message = checkField(field, cleanText(state.values[key], field.input === "textarea"));
  showProblem(key, message);
  return message;
}

function problems() {
  return data.fields.filter((f) => f.input !== "gemeenten").map((f) => ({ field: f, message: check(f.key) })).filter((p) => p.message);
}

function writeForm() {
  for (const field of data.fields) {
    if (field.input === "gemeenten") continue;
    const element = input(field.key);
    if (element && element.value !== state.values[field.key]) element.value = state.values[field.key];
  }
  const radio = byId(`kb-fo-keuze-${state.folder}`);
  if (radio) radio.checked = true;
  for (const field of data.fields) if (field.input !== "gemeenten") showProblem(field.key, "");
  showProblem("gemeenten", "");
}

function start() {
  if (started) return;
  started = true;
  persist();
}

/* ---------- municipalities ---------- */

function renderChosen() {
  const list = clear(byId("kb-fo-gekozen"));
  for (const id of state.values.gemeenten) {
    const name = names.get(id);
    list.append(h("li", {}, h("span", {}, name), h("button", { type: "button", "data-actie": "gemeente-weghalen", "data-id": id, "aria-label": `${name} weghalen` }, "weghalen")));
  }
}

function findMunicipality(text) {
  const typed = text.trim().toLocaleLowerCase("nl");
  if (!typed) return null;
  if (byName.has(typed)) return byName.get(typed);
  const code = typed.replace(/^gm/, "");
  if (/^\d{4}$/.test(code) && names.has(`gm${code}`)) return `gm${code}`;
  return null;
}

function addMunicipality() {
  const field = byId("kb-fo-gemeente-zoek");
  const typed = field.value.trim();
  if (!typed) {
    showProblem("gemeenten", "Typ eerst de naam van een gemeente.");
    return;
  }
  const id = findMunicipality(typed);
  if (!id) {
    showProblem("gemeenten", `Er is geen gemeente ‘${typed}’. Kies een naam uit de lijst die verschijnt als u typt.`);
    return;
  }
  showProblem("gemeenten", "");
  if (!state.values.gemeenten.includes(id)) state.values.gemeenten.push(id);
  field.value = "";
  start();
  persist();
  renderChosen();
  render();
  byId("kb-fo-gemeenten-status").textContent = `${names.get(id)} is toegevoegd.`;
}

/* ---------- the handouts ---------- */

/** The values the handouts show: a field whose check fails stays empty there (a line on paper), so
    nothing wrong is printed, even when the browser's own print command is used. */
function checkedValues() {
  const shown = { ...state.values };
  for (const field of data.fields) {
    if (field.input === "gemeenten") continue;
    const value = cleanText(state.values[field.key], field.input === "textarea");
    shown[field.key] = checkField(field, value) ? "" : value;
  }
  return shown;
}

let layoutPending = false;

function render() {
  const chosen = folderOf(state.folder);
  for (const section of preview.querySelectorAll("[data-folder]")) {
    const shown = section.dataset.folder === chosen.id;
    section.hidden = !shown;
    const sheets = [...section.querySelectorAll(".kb-fo-blad")];
    sheets.forEach((sheet, i) => sheet.classList.toggle("kb-fo-laatste", shown && i === sheets.length - 1));
  }
  fillSlots(preview, checkedValues(), names);
  if (!layoutPending) {
    layoutPending = true;
    requestAnimationFrame(() => {
      layoutPending = false;
      checkFit();
    });
  }
}

let ruler = null;

/** Lay copies of the sheets out at their size on paper (off screen) and say which overflow. The
    preview is scaled, and text does not scale exactly, so the preview alone could not tell. */
function overflowingOnPaper(section) {
  if (!ruler) {
    ruler = h("div", { class: "kb-fo-maat md-typeset", "aria-hidden": "true" });
    document.body.append(ruler);
  }
  clear(ruler);
  for (const sheet of section.querySelectorAll(".kb-fo-blad")) {
    const copy = sheet.cloneNode(true);
    for (const element of [copy, ...copy.querySelectorAll("[id]")]) element.removeAttribute("id");
    ruler.append(copy);
  }
  const over = [...ruler.children].map((sheet) => sheet.scrollHeight > sheet.clientHeight + 1);
  clear(ruler);
  return over;
}

/** Warn when the chosen handout does not fit its A4 sheet(s). Returns true when it fits. */
function checkFit() {
  const chosen = folderOf(state.folder);
  const section = preview.querySelector(`[data-folder="${chosen.id}"]`);
  if (!section) return true;
  const over = overflowingOnPaper(section);
  [...section.querySelectorAll(".kb-fo-blad")].forEach((sheet, i) => sheet.classList.toggle("kb-fo-blad--te-vol", over[i]));
  const fits = !over.some(Boolean);
  const box = byId("kb-fo-status");
  const wasFitMessage = box.dataset.soort === "past";
  if (!fits) {
    const long = data.fields.filter((f) => f.input === "textarea" && f.audiences.includes(chosen.audience) && state.values[f.key]).map((f) => `‘${f.label}’`);
    const pages = chosen.sheets === 1 ? "één A4" : `${chosen.sheets} A4'tjes`;
    say(box, `De folder past niet meer op ${pages}: het deel onderaan valt weg.`, long.length ? [`Maak de tekst korter bij ${listOf(long)}.`] : [], "fout");
    box.dataset.soort = "past";
  } else if (wasFitMessage) {
    clear(box);
    box.className = "kb-fo-status";
    delete box.dataset.soort;
  }
  return fits;
}

/* ---------- events ---------- */

function onInput(event) {
  const target = event.target;
  const key = target.dataset.lokaal;
  if (!key) return;
  state.values[key] = target.value;
  if (target.getAttribute("aria-invalid") === "true") check(key); // clear the message as soon as it is right
  start();
  persist();
  render();
}

function onChange(event) {
  const target = event.target;
  if (target.name === "kb-fo-folder") {
    state.folder = target.value; // kept once the coordinator has started filling in, not before
    persist();
    render();
    return;
  }
  if (target.id === "kb-fo-openen") {
    openFile(target);
    return;
  }
  const key = target.dataset.lokaal;
  if (!key) return;
  const field = fieldByKey.get(key);
  const cleaned = cleanText(target.value, field.input === "textarea");
  if (cleaned !== target.value) target.value = cleaned;
  state.values[key] = cleaned;
  check(key);
  persist();
  render();
}

async function openFile(element) {
  const file = element.files[0];
  element.value = "";
  if (!file) return;
  const box = byId("kb-fo-bestand-status");
  if (file.size > store.MAX_FILE_BYTES) {
    say(box, `Het bestand ${file.name} is niet geopend: het is te groot.`, [], "fout");
    return;
  }
  let text;
  try {
    text = await file.text();
  } catch {
    say(box, `Het bestand ${file.name} kon niet worden gelezen.`, [], "fout");
    return;
  }
  const result = store.parseJson(text, data);
  if (result.error) {
    say(box, `Het bestand ${file.name} is niet geopend.`, [result.error], "fout");
    return;
  }
  if (store.hasValues(state.values) && !window.confirm(`De gegevens op deze pagina vervangen door die uit ${file.name}?`)) return;
  replaceState(result.state);
  say(box, `De gegevens uit ${file.name} staan nu in het formulier en in de folder.`);
}

function replaceState(next) {
  state = next;
  start();
  writeForm();
  renderChosen();
  persist();
  render();
  problems();
}

const actions = {
  "gemeente-toevoegen": addMunicipality,
  "gemeente-weghalen"(button) {
    const id = button.dataset.id;
    state.values.gemeenten = state.values.gemeenten.filter((m) => m !== id);
    persist();
    renderChosen();
    render();
    byId("kb-fo-gemeente-zoek").focus();
    byId("kb-fo-gemeenten-status").textContent = `${names.get(id)} is weggehaald.`;
  },
  "regio-overnemen"() {
    const select = byId("kb-fo-regio-kiezen");
    const region = data.regions.find((r) => r.id === select.value);
    if (!region) return;
    if (store.hasValues(state.values) && !window.confirm(`De gegevens op deze pagina vervangen door die van ${region.title}?`)) return;
    replaceState({ folder: state.folder, values: store.normalizeValues(region.values, data) });
    savedText(`De gegevens van ${region.title} uit de kennisbank staan nu in het formulier en zijn bewaard in deze browser. Kijk ze na en vul aan.`);
  },
  wissen() {
    if (!window.confirm("Alles wissen? De gegevens van uw regio worden uit dit formulier en uit deze browser verwijderd.")) return;
    try {
      if (storage) store.clear(storage);
    } catch {
      /* storage switched off: nothing to clear */
    }
    const folder = state.folder;
    state = store.emptyState(data);
    state.folder = folder;
    started = false;
    writeForm();
    renderChosen();
    render();
    clear(byId("kb-fo-yaml-tekst"));
    clear(byId("kb-fo-yaml-status"));
    for (const id of ["kb-fo-status", "kb-fo-bestand-status", "kb-fo-gemeenten-status"]) clear(byId(id));
    savedText("Alles is gewist uit dit formulier en uit deze browser. Deze browser bewaart niets meer, tot u opnieuw begint met invullen.");
    byId("kb-fo-regio").focus();
  },
  afdrukken() {
    const wrong = problems();
    if (wrong.length) {
      say(byId("kb-fo-status"), "Verbeter eerst wat hieronder staat; daarna kunt u afdrukken.", wrong.map((p) => `${p.field.label}: ${p.message}`), "fout");
      input(wrong[0].field.key).focus();
      return;
    }
    render();
    window.print();
  },
  opslaan() {
    const name = `folder-gegevens-${(state.values.regio && cleanText(state.values.regio).replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").toLowerCase()) || "regio"}.json`;
    download(store.exportJson(state, now()), name, "application/json");
    say(byId("kb-fo-bestand-status"), `Het bestand ${name} staat in uw downloads. Open het later hier weer bij ‘Opgeslagen gegevens openen’.`);
  },
  yaml() {
    const box = byId("kb-fo-yaml-status");
    const result = factsYaml(state.values, { fields: data.fields, municipalities: names, today: today() });
    const code = clear(byId("kb-fo-yaml-tekst"));
    if (result.problems.length) {
      say(box, "Het bestand is nog niet gemaakt. Vul eerst aan of verbeter:", result.problems, "fout");
      box.setAttribute("tabindex", "-1");
      box.focus();
      problems();
      return;
    }
    code.textContent = result.text;
    download(result.text, result.fileName, "application/yaml");
    say(box, `Het bestand ${result.fileName} staat in uw downloads. Zet het in de map ${data.factsFolder} van de kennisbank, zoals hierboven staat.`);
  },
};

function init() {
  document.documentElement.classList.add("kb-fo-actief");
  byId("kb-fo-invullen").hidden = false;
  for (const element of document.querySelectorAll(".kb-fo-alleen-script")) element.hidden = false;
  const list = byId("kb-fo-gemeentelijst");
  list.append(...data.municipalities.map((m) => h("option", { value: m.name })));
  if (data.regions.length) {
    byId("kb-fo-regios").hidden = false;
    byId("kb-fo-regio-kiezen").append(...data.regions.map((r) => h("option", { value: r.id }, r.example ? `${r.title} (voorbeeld)` : r.title)));
  }
  if (!storage) savedText(NO_STORAGE);
  else {
    const saved = store.load(storage, data);
    if (saved) {
      state = saved.state;
      started = true;
      savedText("Uw gegevens zijn teruggezet uit deze browser. Met ‘Alles wissen’ haalt u ze weg.");
    }
  }
  writeForm();
  renderChosen();
  render();
  root.addEventListener("input", onInput);
  root.addEventListener("change", onChange);
  root.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-actie]");
    if (button && actions[button.dataset.actie]) actions[button.dataset.actie](button);
  });
  byId("kb-fo-gemeente-zoek").addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      addMunicipality();
    }
  });
  window.addEventListener("beforeprint", render);
  window.addEventListener("resize", () => render());
}

init();
