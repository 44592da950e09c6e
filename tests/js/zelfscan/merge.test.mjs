import test from "node:test";
import assert from "node:assert/strict";
import { framework, answer } from "./fixture.mjs";
import { mergeScans, adoptMerge, sourceLabels } from "../../../docs/assets/javascripts/zelfscan/merge.js";

const gemeente = { label: "Gemeente", answers: { "toegang-loket": answer("deels", { evidence: "Staat op de website." }), "toegang-route": answer("volledig"), "leren-data": answer("niet") } };
const jgz = { label: "JGZ", answers: { "toegang-loket": answer("niet", { evidence: "Ouders vinden het niet." }), "toegang-route": answer("volledig"), "leren-data": answer("") } };
const coordinator = { label: "Coördinator", answers: { "toegang-loket": answer("deels"), "toegang-route": answer("volledig", { actions: [{ what: "Voorlichting", who: "Coördinator", when: "mei" }] }) } };

test("per criterion: agree, differ, partial and open", () => {
  const merged = mergeScans(framework(), [gemeente, jgz, coordinator]);
  const status = Object.fromEntries(merged.criteria.map((c) => [c.id, c.status]));
  assert.deepEqual(status, { "toegang-loket": "differ", "toegang-route": "agree", "toegang-vroeg": "open", "leren-data": "partial", "leren-ouders": "open" });
  assert.deepEqual(merged.summary, { differ: 1, partial: 1, agree: 1, open: 2 });
  assert.deepEqual(merged.labels, ["Gemeente", "JGZ", "Coördinator"]);
  const loket = merged.criteria[0];
  assert.deepEqual(loket.entries.map((e) => [e.label, e.level]), [["Gemeente", "deels"], ["JGZ", "niet"], ["Coördinator", "deels"]]);
  assert.equal(loket.level, "");
  assert.equal(merged.criteria[1].level, "volledig");
});

test("weet ik niet next to a level is a difference", () => {
  const merged = mergeScans(framework(), [{ label: "A", answers: { "toegang-loket": answer("weet-niet") } }, { label: "B", answers: { "toegang-loket": answer("deels") } }]);
  assert.equal(merged.criteria[0].status, "differ");
});

test("labels are made unique with the file name, or a number", () => {
  assert.deepEqual(sourceLabels([{ label: "JGZ", fileName: "a.json" }, { label: "JGZ", fileName: "b.json" }, { label: " " }]), ["JGZ (a.json)", "JGZ (b.json)", "Zonder naam"]);
  assert.deepEqual(sourceLabels([{ label: "X" }, { label: "X" }]), ["X (1)", "X (2)"]);
});

test("adopting: agreed levels are set, both sides are written down, partners' evidence and actions added", () => {
  const f = framework();
  const merged = mergeScans(f, [gemeente, jgz, coordinator]);
  const before = { "toegang-route": answer("deels", { evidence: "Eigen toelichting." }) };
  const after = adoptMerge(f, before, merged);
  assert.equal(after["toegang-loket"].level, "", "no level is chosen where the partners differ");
  assert.match(after["toegang-loket"].evidence, /^Verschil van mening: Gemeente: deels; JGZ: niet; Coördinator: deels\.$/m);
  assert.match(after["toegang-loket"].evidence, /^JGZ: Ouders vinden het niet\.$/m);
  assert.equal(after["toegang-route"].level, "deels", "an own level is kept");
  assert.equal(after["toegang-route"].evidence.split("\n")[0], "Eigen toelichting.");
  assert.deepEqual(after["toegang-route"].actions, [{ what: "Voorlichting", who: "Coördinator", when: "mei" }]);
  assert.equal(after["leren-data"].level, "niet", "partial agreement sets the level");
  assert.equal(before["toegang-route"].actions.length, 0, "the input is not changed");
  assert.deepEqual(adoptMerge(f, after, merged), after, "adopting twice adds nothing");
});

test("the own scan's evidence is not copied into itself", () => {
  const f = framework();
  const own = { label: "Wij", own: true, answers: { "toegang-loket": answer("deels", { evidence: "Eigen." }) } };
  const merged = mergeScans(f, [own, { label: "JGZ", answers: { "toegang-loket": answer("deels", { evidence: "Van JGZ." }) } }]);
  const after = adoptMerge(f, own.answers, merged);
  assert.equal(after["toegang-loket"].evidence, "Eigen.\nJGZ: Van JGZ.");
});
