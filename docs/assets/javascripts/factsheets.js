/* Factsheets: find your municipality or region on the index, and print a factsheet.
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
    var regionList = document.getElementById("kb-fs-regios");
    var items = Array.prototype.slice.call(list.querySelectorAll("li"));
    var regions = regionList ? Array.prototype.slice.call(regionList.querySelectorAll("li")) : [];
    var all = items.concat(regions);
    var keys = all.map(function (li) { return fold(li.getAttribute("data-zoek")); });
    var count = document.getElementById("kb-fs-aantal");
    var none = document.getElementById("kb-fs-geen");

    function plural(n, one, many) { return n === 1 ? "1 " + one : n + " " + many; }

    function apply() {
      var terms = fold(input.value).split(" ").filter(Boolean);
      var shownMunicipalities = 0;
      var shownRegions = 0;
      // Terms match the start of words ("den haag" finds Den Haag, not Delft in Haaglanden); only
      // when nothing starts that way do they match anywhere in a word ("hage" finds 's-Gravenhage).
      function matchesWordStarts(i) {
        return terms.every(function (term) { return (" " + keys[i]).indexOf(" " + term) !== -1; });
      }
      function matchesAnywhere(i) {
        return terms.every(function (term) { return keys[i].indexOf(term) !== -1; });
      }
      var matches = all.some(function (li, i) { return matchesWordStarts(i); }) ? matchesWordStarts : matchesAnywhere;
      all.forEach(function (li, i) {
        var match = matches(i);
        li.hidden = !match;
        if (match) {
          if (i < items.length) shownMunicipalities += 1; else shownRegions += 1;
        }
      });
      if (regionList) {
        regionList.hidden = shownRegions === 0;
        var heading = document.getElementById("kb-fs-regios-kop");
        if (heading) heading.hidden = shownRegions === 0;
      }
      if (count) {
        if (terms.length === 0) {
          count.textContent = items.length + " gemeenten" + (regions.length ? " en " + regions.length + " regio's" : "");
        } else {
          var text = plural(shownMunicipalities, "gemeente", "gemeenten") + " gevonden";
          if (shownRegions) text = plural(shownMunicipalities, "gemeente", "gemeenten") + " en " + plural(shownRegions, "regio", "regio's") + " gevonden";
          count.textContent = text;
        }
      }
      if (none) none.hidden = shownMunicipalities + shownRegions !== 0;
    }

    input.addEventListener("input", apply);
    // Enter opens the first municipality or region found.
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      for (var i = 0; i < all.length; i += 1) {
        if (!all[i].hidden) {
          window.location.href = all[i].querySelector("a").href;
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
