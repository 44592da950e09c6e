/* Putting the local fields into a handout (or a factsheet): every element with data-veld="<key>" gets
   the field's text as textContent, never as HTML; an element with data-als="<key>" is hidden while
   that field is empty. `slotText` is pure; `fillSlots` touches only those elements. */

import { displayWebsite, listOf } from "./checks.js";

/** The text a slot shows for a field; `names` maps a municipality id to its name. */
export function slotText(key, values, names) {
  const value = values[key];
  if (Array.isArray(value)) return listOf(value.map((id) => names.get(id)).filter(Boolean));
  if (typeof value !== "string") return "";
  return key === "website" ? displayWebsite(value) : value;
}

export function fillSlots(root, values, names) {
  for (const slot of root.querySelectorAll("[data-veld]")) {
    const text = slotText(slot.dataset.veld, values, names);
    if (slot.textContent !== text) slot.textContent = text;
  }
  for (const element of root.querySelectorAll("[data-als]")) {
    element.hidden = slotText(element.dataset.als, values, names) === "";
  }
}
