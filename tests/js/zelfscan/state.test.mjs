import test from "node:test";
import assert from "node:assert/strict";
import { framework, answer } from "./fixture.mjs";
import { canonical, emptyState, hasAnswers, hasContent, makeSnapshot, uniqueSnapshotName } from "../../../docs/assets/javascripts/zelfscan/state.js";

test("canonical: empty answers and actions left out, answers in framework order", () => {
  const state = emptyState(framework());
  state.answers = {
    "leren-data": answer("niet"),
    "toegang-route": answer("", { evidence: "  " }),
    "toegang-loket": answer("deels", { actions: [{ what: "", who: " ", when: "" }, { what: "Folder", who: "", when: "" }] }),
  };
  state.meta.participants = [" An ", "", "Bo"];
  const result = canonical(state);
  assert.deepEqual(Object.keys(result.answers), ["toegang-loket", "leren-data"]);
  assert.deepEqual(result.answers["toegang-loket"].actions, [{ what: "Folder", who: "", when: "" }]);
  assert.deepEqual(result.meta.participants, ["An", "Bo"]);
});

test("hasAnswers and hasContent", () => {
  const state = emptyState(framework());
  assert.equal(hasContent(state), false);
  state.meta.municipality = "Utrecht";
  assert.equal(hasContent(state), true);
  assert.equal(hasAnswers(state), false);
  state.answers["toegang-loket"] = answer("", { priority: true });
  assert.equal(hasAnswers(state), true);
});

test("snapshots copy the answers and get unique names", () => {
  const state = emptyState(framework());
  state.answers["toegang-loket"] = answer("deels");
  const snapshot = makeSnapshot(state, "meting 2026", "2026-03-01T10:00:00.000Z");
  state.answers["toegang-loket"].level = "volledig";
  assert.equal(snapshot.answers["toegang-loket"].level, "deels");
  state.snapshots.push(snapshot);
  assert.equal(uniqueSnapshotName(state, "meting 2026"), "meting 2026 (2)");
  assert.equal(uniqueSnapshotName(state, "meting 2027"), "meting 2027");
});
