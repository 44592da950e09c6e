// "Kies uw gemeente" and "Waar meld ik aan?" (templates/pages/gemeente-kiezen.md.j2). The page holds the
// list of municipalities and every recorded sign-up route, escaped at build time; this script only shows
// the form, opens the chosen factsheet, or shows the route that belongs to the chosen municipality.
// It never puts text from the page into HTML: names are set with textContent.

// The address of a municipality's factsheet, from the address of the factsheet overview (a link on the
// page, so it is right on the site and in the preview that opens from disk).
export function factsheetHref(indexHref, id) {
  const url = new URL(indexHref);
  url.search = "";
  url.hash = "";
  if (/\/index\.html$/.test(url.pathname)) url.pathname = url.pathname.replace(/index\.html$/, `${id}.html`);
  else url.pathname = url.pathname.replace(/\/?$/, "/") + `${id}/`;
  return url.href;
}

export function isMunicipalityId(value) {
  return /^gm\d{4}$/.test(value);
}

function setUp(widget) {
  const form = widget.querySelector("form.kb-gemeente__kies");
  const select = form && form.querySelector("select");
  if (!select) return;
  form.hidden = false;
  const mode = widget.getAttribute("data-kb-gemeente");
  if (mode === "factsheet") {
    const overview = widget.querySelector(".kb-gemeente__alle a");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!isMunicipalityId(select.value) || !overview) return select.focus();
      window.location.assign(factsheetHref(overview.href, select.value));
    });
    return;
  }
  const routes = [...widget.querySelectorAll("[data-kb-route]")].filter((el) => !(el instanceof HTMLOptionElement));
  const show = () => {
    const option = select.selectedOptions[0];
    const chosen = option && isMunicipalityId(option.value);
    const key = chosen ? option.getAttribute("data-kb-route") || "" : null;
    for (const route of routes) route.hidden = route.getAttribute("data-kb-route") !== key;
    for (const name of widget.querySelectorAll("[data-kb-naam]")) name.textContent = chosen ? option.textContent : "";
  };
  select.addEventListener("change", show);
  show(); // a choice the browser kept when the reader came back to the page
}

export function init(root = document) {
  root.querySelectorAll("[data-kb-gemeente]").forEach(setUp);
}

if (typeof document !== "undefined") init();
