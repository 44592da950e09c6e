// kb-afkortingen.js: the text of the explanation, where the box goes, and which use becomes a button.
import { test } from "node:test";
import assert from "node:assert/strict";
import { explanation, firstUses, placement } from "../../../docs/assets/javascripts/kb-afkortingen.js";

test("the explanation names the abbreviation and its meaning", () => {
  assert.equal(explanation("MDO", "multidisciplinair overleg"), "MDO: multidisciplinair overleg");
  assert.equal(explanation(" IVH ", " Integrale Vroeghulp "), "IVH: Integrale Vroeghulp");
  assert.equal(explanation("", "alleen uitleg"), "alleen uitleg");
});

test("the box sits under the word and stays inside the window", () => {
  const scroll = { x: 0, y: 1000 };
  assert.deepEqual(placement({ left: 100, bottom: 50 }, scroll, 1280, 300), { left: 100, top: 1056 });
  assert.deepEqual(placement({ left: 1200, bottom: 50 }, scroll, 1280, 300), { left: 972, top: 1056 });
  assert.deepEqual(placement({ left: -20, bottom: 50 }, scroll, 1280, 300), { left: 8, top: 1056 });
  assert.equal(placement({ left: 10, bottom: 0 }, { x: 0, y: 0 }, 200, 400).left, 8); // box wider than the window
});

test("only the first use of each abbreviation that may hold a button becomes one", () => {
  const abbr = (text, inLink = false) => ({ textContent: text, inLink });
  const uses = [abbr("IVH", true), abbr("IVH"), abbr("MDO"), abbr("IVH"), abbr("MDO"), abbr(" ")];
  const first = firstUses(uses, (a) => !a.inLink);
  assert.deepEqual(first, [uses[1], uses[2]]);
});
