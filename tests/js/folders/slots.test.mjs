import test from "node:test";
import assert from "node:assert/strict";
import { slotText } from "../../../docs/assets/javascripts/folders/slots.js";
import { filled, names } from "./fixture.mjs";

test("a slot shows the field's text; web addresses without https://; municipalities by name", () => {
  const values = filled({ gemeenten: ["gm0363", "gm0362", "gm0518"] });
  assert.equal(slotText("regio", values, names), "IVH-netwerk Voorbeeldregio");
  assert.equal(slotText("website", values, names), "www.voorbeeld.nl/ivh");
  assert.equal(slotText("gemeenten", values, names), "Amsterdam, Amstelveen en 's-Gravenhage");
  assert.equal(slotText("onbekend", values, names), "");
  assert.equal(slotText("regio", { regio: "<img src=x onerror=alert(1)>" }, names), "<img src=x onerror=alert(1)>");
});
