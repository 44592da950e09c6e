// The search index only when the reader opens the search. Material requests search/search_index.json
// (the text of the whole site, the largest file of a visit) as soon as any page loads. This script runs
// before Material's (overrides/main.html) and holds that one request back until the search opens: the
// search field gets focus, the search button is pressed, or a key shortcut opens it. Every other request
// goes through untouched. Without this script, Material behaves as before.
(function (root) {
  "use strict";

  // True for the address of Material's search index, absolute or relative, with or without a query.
  function isSearchIndex(url) {
    return /(^|\/)search\/search_index\.json(?:[?#]|$)/.test(String(url));
  }

  // Work that waits until `release`; after that, work runs at once. Releasing twice does nothing.
  function createGate() {
    var released = false;
    var waiting = [];
    return {
      hold: function (work) {
        if (released) work();
        else waiting.push(work);
      },
      release: function () {
        if (released) return;
        released = true;
        waiting.splice(0).forEach(function (work) { work(); });
      },
      isReleased: function () { return released; },
    };
  }

  root.kbSearchLazy = { isSearchIndex: isSearchIndex, createGate: createGate };
  if (typeof XMLHttpRequest === "undefined" || typeof document === "undefined") return;

  var gate = createGate();
  var proto = XMLHttpRequest.prototype;
  var open = proto.open;
  var send = proto.send;
  proto.open = function (method, url) {
    this.kbSearchIndex = isSearchIndex(url);
    return open.apply(this, arguments);
  };
  proto.send = function () {
    var request = this;
    var args = arguments;
    if (!request.kbSearchIndex) return send.apply(request, args);
    gate.hold(function () { send.apply(request, args); });
  };

  var toggle = document.getElementById("__search"); // Material's switch for the search dialog
  var field = document.querySelector(".md-search__input");
  if (toggle) {
    toggle.addEventListener("change", function () { if (toggle.checked) gate.release(); });
    if (toggle.checked) gate.release();
  }
  if (field) field.addEventListener("focus", gate.release);
  if (!toggle && !field) gate.release();
})(typeof globalThis !== "undefined" ? globalThis : this);
