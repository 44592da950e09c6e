/* 'Aanpassen' on a municipality's factsheet: a coordinator fills in the local fields (network,
   coordinating organisation, how to sign up, contact) and prints a complete factsheet today.

   The factsheet's rows carry data-aanpassen="<row>" (templates/factsheets/factsheet.html.j2). What
   the coordinator types replaces that row's text, as text (textContent), marked as filled in here;
   an empty field leaves the row as the kennisbank has it. The fields are kept in this browser with
   those of 'Maak een folder' (only after the coordinator starts), and apply to the municipalities the
   coordinator used them for. Nothing is sent anywhere. */

import { checkField, cleanText } from "./checks.js";
import { h } from "./dom.js";
import { FIELDS, factsheetTexts, readStored, writeStored } from "./factsheet-fields.js";
import { STORAGE_KEY } from "./state.js";

const article = document.querySelector("article.kb-factsheet[data-gemeente]");

function init() {
  const rows = new Map([...article.querySelectorAll("dt[data-aanpassen]")].map((dt) => [dt.dataset.aanpassen, dt.nextElementSibling]));
  const actions = article.querySelector(".kb-fs-acties");
  if (!rows.size || !actions) return;
  const municipality = article.dataset.gemeente;
  const name = (article.querySelector("h1")?.textContent || "").replace(/^Integrale Vroeghulp in /, "");
  const originals = new Map([...rows].map(([key, dd]) => [key, dd.cloneNode(true)]));
  let storage = null;
  try {
    storage = window.localStorage;
    storage.getItem(STORAGE_KEY);
  } catch {
    storage = null;
  }
  let { values, gemeenten } = storage ? readStored(storage) : { values: {}, gemeenten: [] };
  let applies = gemeenten.includes(municipality);

  const status = h("p", { class: "kb-fs-aanpassen-status", id: "kb-fs-aanpassen-status", role: "status" });
  const inputs = FIELDS.map((field) => {
    const id = `kb-fs-aanpassen-${field.key}`;
    const control = field.input === "textarea"
      ? h("textarea", { id, rows: 2, maxlength: field.maxLength, "data-veld": field.key, "aria-describedby": `${id}-hint ${id}-fout` })
      : h("input", { id, type: field.input, maxlength: field.maxLength, autocomplete: "off", spellcheck: "false", "data-veld": field.key, "aria-describedby": `${id}-hint ${id}-fout` });
    control.value = applies ? values[field.key] : "";
    return h("div", { class: "kb-fo-veld" },
      h("label", { for: id }, field.label),
      h("span", { class: "kb-fo-hint", id: `${id}-hint` }, field.hint),
      control,
      h("span", { class: "kb-fo-fout", id: `${id}-fout` }));
  });
  const back = h("button", { type: "button", class: "md-button", "data-aanpassen-actie": "terug" }, "Gegevens van de kennisbank tonen");
  const reuse = values.regio && !applies
    ? h("button", { type: "button", class: "md-button md-button--primary", "data-aanpassen-actie": "gebruiken" }, `Gegevens van ${values.regio} gebruiken`)
    : null;
  const panel = h("section", { class: "kb-fs-aanpassen", id: "kb-fs-aanpassen", "aria-labelledby": "kb-fs-aanpassen-kop", hidden: true },
    h("h2", { id: "kb-fs-aanpassen-kop" }, "Gegevens van uw regio invullen"),
    h("p", {}, `Vul in wat in de kennisbank nog ontbreekt of anders is. Het komt op deze factsheet als u hem afdrukt met ‘Printen’; de pdf-download blijft zoals de kennisbank hem maakt. Wat u invult, blijft in deze browser en geldt voor ${name || "deze gemeente"}. Dezelfde gegevens gebruikt de pagina ‘Maak een folder’.`),
    reuse && h("p", {}, "In deze browser staan al gegevens van een regio, van de pagina ‘Maak een folder’ of een andere factsheet."),
    reuse && h("div", { class: "kb-fo-knoppen" }, reuse),
    ...inputs,
    h("div", { class: "kb-fo-knoppen" }, back),
    status);
  const toggle = h("button", { type: "button", class: "md-button", "aria-expanded": "false", "aria-controls": "kb-fs-aanpassen" }, "Aanpassen");
  actions.append(toggle);
  article.querySelector(".kb-fs-lokaal").before(panel);

  function render() {
    const texts = applies ? factsheetTexts(values) : {};
    for (const [key, dd] of rows) {
      const text = texts[key] || "";
      if (!text) {
        if (dd.classList.contains("kb-fs-aangepast")) {
          const original = originals.get(key).cloneNode(true);
          dd.replaceWith(original);
          rows.set(key, original);
        }
        continue;
      }
      dd.className = "kb-fs-aangepast";
      dd.replaceChildren(text, " ", h("span", { class: "kb-fs-bron-klein" }, "(ingevuld door de regio)"));
    }
  }

  function save() {
    if (!storage) {
      status.textContent = "Deze browser kan niets bewaren; wat u invult, staat alleen op deze pagina tot u hem sluit.";
      return;
    }
    try {
      writeStored(storage, values, gemeenten, new Date().toISOString());
      status.textContent = `Bewaard in deze browser, voor ${name || "deze gemeente"}. Druk de factsheet af met ‘Printen’.`;
    } catch {
      status.textContent = "Bewaren in deze browser lukte niet. Wat u invult, staat wel op deze pagina.";
    }
  }

  toggle.addEventListener("click", () => {
    const open = panel.hidden;
    panel.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    if (open) panel.querySelector("input, textarea").focus();
  });
  panel.addEventListener("input", (event) => {
    const key = event.target.dataset.veld;
    if (!key) return;
    if (!applies) use(); // starting here: this municipality gets the region's fields
    values[key] = event.target.value;
    const field = FIELDS.find((f) => f.key === key);
    const message = checkField(field, cleanText(values[key], field.input === "textarea"));
    panel.querySelector(`#kb-fs-aanpassen-${key}-fout`).textContent = message;
    if (message) event.target.setAttribute("aria-invalid", "true");
    else event.target.removeAttribute("aria-invalid");
    save();
    render();
  });
  function use() {
    applies = true;
    if (!gemeenten.includes(municipality)) gemeenten = [...gemeenten, municipality];
    for (const field of FIELDS) {
      const input = panel.querySelector(`[data-veld="${field.key}"]`);
      if (!input.value && values[field.key]) input.value = values[field.key];
      values[field.key] = input.value;
    }
  }

  reuse?.addEventListener("click", () => {
    use();
    save();
    render();
    reuse.parentElement.previousElementSibling.remove();
    reuse.parentElement.remove();
    panel.querySelector("[data-veld]").focus();
  });
  back.addEventListener("click", () => {
    applies = false;
    gemeenten = gemeenten.filter((id) => id !== municipality);
    if (storage) {
      try {
        writeStored(storage, values, gemeenten, new Date().toISOString());
      } catch {
        /* nothing stored: nothing to change */
      }
    }
    for (const input of panel.querySelectorAll("[data-veld]")) input.value = "";
    for (const message of panel.querySelectorAll(".kb-fo-fout")) message.textContent = "";
    render();
    status.textContent = `De factsheet toont weer de gegevens van de kennisbank. Uw gegevens voor andere gemeenten blijven bewaard; ‘Alles wissen’ op de pagina ‘Maak een folder’ haalt alles weg.`;
  });
  render();
  if (applies) status.textContent = "De gegevens van uw regio uit deze browser staan op deze factsheet. Kies ‘Aanpassen’ om ze te veranderen.";
  if (applies) toggle.after(h("span", { class: "kb-fs-aanpassen-let-op" }, " Aangepast in deze browser."));
}

if (article) init();
