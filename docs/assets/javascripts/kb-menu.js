// The menu button on narrow screens (overrides/partials/header.html) is a <button>: it opens and closes
// the menu like Material's label did, and tells assistive technology whether the menu is open.
document.querySelectorAll("[data-kb-toggle]").forEach(function (button) {
  var toggle = document.getElementById(button.getAttribute("data-kb-toggle"));
  if (!toggle) return;
  var show = function () { button.setAttribute("aria-expanded", toggle.checked ? "true" : "false"); };
  button.addEventListener("click", function () { toggle.click(); show(); });
  toggle.addEventListener("change", show);
});
