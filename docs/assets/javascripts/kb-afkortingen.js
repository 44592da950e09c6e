// Abbreviations explain themselves on tap and by keyboard, not only on mouse hover (issue 18).
//
// The glossary gives every abbreviation on a page an <abbr title="…"> (Markdown's abbr extension). A title
// shows only under a mouse. This script makes the first use of each abbreviation in the text a button
// (Tab, Enter or Space), with the meaning as its description for screen readers; a tap or click on any
// use shows the meaning in a small box, which a screen reader also announces (role="status"). Escape, a
// second press or a tap elsewhere closes it. Without this script the titles still work with a mouse.

// Elements inside which an abbreviation cannot become a button (it would be a control inside a control).
const NO_BUTTON_INSIDE = "a, button, summary, label, select, option, textarea, [role=button], .md-nav, .md-search";

export function explanation(abbreviation, title) {
  const short = (abbreviation || "").trim();
  const meaning = (title || "").trim();
  return short && meaning ? `${short}: ${meaning}` : meaning || short;
}

// Where the box goes on a wide screen: under the word, kept inside the window (page coordinates).
export function placement(rect, scroll, windowWidth, boxWidth, margin = 8) {
  const widest = Math.max(margin, windowWidth - boxWidth - margin);
  return {
    left: Math.round(Math.min(Math.max(rect.left + scroll.x, margin + scroll.x), widest + scroll.x)),
    top: Math.round(rect.bottom + scroll.y + 6),
  };
}

// The first use of each abbreviation that may hold a button, by its text; later uses respond to a tap.
export function firstUses(abbrs, canHoldButton) {
  const seen = new Set();
  const first = [];
  for (const abbr of abbrs) {
    const key = abbr.textContent.trim();
    if (!key || seen.has(key) || !canHoldButton(abbr)) continue;
    seen.add(key);
    first.push(abbr);
  }
  return first;
}

export function init(doc = document) {
  const article = doc.querySelector(".md-content");
  if (!article) return;
  const abbrs = [...article.querySelectorAll("abbr[title]")];
  if (!abbrs.length) return;

  const box = doc.createElement("div");
  box.className = "kb-afk-uitleg";
  box.id = "kb-afk-uitleg";
  box.setAttribute("role", "status");
  box.hidden = true;
  doc.body.appendChild(box);
  const meanings = doc.createElement("div");
  meanings.hidden = true;
  doc.body.appendChild(meanings);

  let shownFor = null;
  const narrow = window.matchMedia("(max-width: 44.9375em)");

  const hide = () => {
    if (!shownFor) return;
    const button = shownFor.querySelector("button.kb-afk");
    if (button) button.setAttribute("aria-expanded", "false");
    shownFor = null;
    box.hidden = true;
    box.textContent = "";
  };
  const show = (abbr) => {
    if (shownFor === abbr) return hide();
    hide();
    shownFor = abbr;
    box.textContent = explanation(abbr.textContent, abbr.getAttribute("title"));
    box.hidden = false;
    const button = abbr.querySelector("button.kb-afk");
    if (button) button.setAttribute("aria-expanded", "true");
    if (narrow.matches) {
      box.style.left = "";
      box.style.top = "";
    } else {
      const spot = placement(abbr.getBoundingClientRect(), { x: window.scrollX, y: window.scrollY }, doc.documentElement.clientWidth, box.offsetWidth);
      box.style.left = `${spot.left}px`;
      box.style.top = `${spot.top}px`;
    }
  };

  const canHoldButton = (abbr) => !abbr.closest(NO_BUTTON_INSIDE);
  firstUses(abbrs, canHoldButton).forEach((abbr, index) => {
    const meaning = doc.createElement("span");
    meaning.id = `kb-afk-${index + 1}`;
    meaning.textContent = abbr.getAttribute("title");
    meanings.appendChild(meaning);
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "kb-afk";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", box.id);
    button.setAttribute("aria-describedby", meaning.id);
    button.append(...abbr.childNodes);
    abbr.appendChild(button);
  });
  for (const abbr of abbrs) abbr.classList.add("kb-afk-tik");

  doc.addEventListener("click", (event) => {
    const abbr = event.target.closest && event.target.closest("abbr.kb-afk-tik");
    if (abbr && !event.target.closest("a")) {
      event.preventDefault();
      show(abbr);
    } else if (!box.contains(event.target)) {
      hide();
    }
  });
  doc.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
  window.addEventListener("resize", hide);
}

if (typeof document !== "undefined") init();
