// kb-gemeente.js: the factsheet address follows the overview link, on the site and in the preview from disk.
import { test } from "node:test";
import assert from "node:assert/strict";
import { factsheetHref, isMunicipalityId } from "../../../docs/assets/javascripts/kb-gemeente.js";

test("on the site (folder addresses)", () => {
  assert.equal(factsheetHref("https://kennisbank.integralevroeghulp.nl/factsheets/", "gm0150"), "https://kennisbank.integralevroeghulp.nl/factsheets/gm0150/");
  assert.equal(factsheetHref("http://127.0.0.1:8000/sub/factsheets", "gm0150"), "http://127.0.0.1:8000/sub/factsheets/gm0150/");
  assert.equal(factsheetHref("http://127.0.0.1:8000/factsheets/?x=1#top", "gm0014"), "http://127.0.0.1:8000/factsheets/gm0014/");
});

test("in the preview that opens from disk (.html addresses)", () => {
  assert.equal(factsheetHref("file:///tmp/site-voorbeeld/factsheets/index.html", "gm0150"), "file:///tmp/site-voorbeeld/factsheets/gm0150.html");
});

test("only municipality codes are accepted", () => {
  assert.ok(isMunicipalityId("gm0363"));
  for (const value of ["", "gm363", "GM0363", "gm0363/../x", "javascript:x"]) assert.equal(isMunicipalityId(value), false, value);
});
