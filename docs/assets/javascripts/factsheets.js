/* Factsheets: find your municipality on the index, and print a factsheet.
   Own code, no third party. Without JavaScript the full list and the PDF links still work. */
(function () {
  "use strict";

  // Lower case, without accents and apostrophes: "Súdwest-Fryslân" and "sudwest fryslan" match.
  function fold(text) {
    return (text || "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['\u2019]/g, "")
      .replace(/[-\s]+/g, " ")
      .trim();
  }

  function initSearch() {
    var input = document.getElementById("kb-fs-zoekveld");
    var list = document.getElementById("kb-fs-lijst");
    if (!input || !list) return;
    var items = Array.prototype.slice.call(list.querySelectorAll("li"));
    var keys = items.map(function (li) { return fold(li.getAttribute("data-zoek")); });
    var count = document.getElementById("kb-fs-aantal");
    var none = document.getElementById("kb-fs-geen");
    var total = items.length;

    function apply() {
      var terms = fold(input.value).split(" ").filter(Boolean);
      var shown = 0;
      items.forEach(function (li, i) {
        var match = terms.every(function (term) { return keys[i].indexOf(term) !== -1; });
        li.hidden = !match;
        if (match) shown += 1;
      });
      if (count) {
        count.textContent = terms.length === 0
          ? total + " gemeenten"
          : (shown === 1 ? "1 gemeente gevonden" : shown + " gemeenten gevonden");
      }
      if (none) none.hidden = shown !== 0;
    }

    input.addEventListener("input", apply);
    // Enter opens the first municipality found.
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      for (var i = 0; i < items.length; i += 1) {
        if (!items[i].hidden) {
          window.location.href = items[i].querySelector("a").href;
          return;
        }
      }
    });
    // ?gemeente=… (the form's own field name) fills the field, so a search can be linked.
    var query = new URLSearchParams(window.location.search).get("gemeente");
    if (query) input.value = query;
    if (input.value) apply();
  }

  function initPrint() {
    var buttons = document.querySelectorAll("[data-kb-print]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  initSearch();
  initPrint();
})();
