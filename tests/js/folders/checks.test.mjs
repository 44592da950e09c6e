import test from "node:test";
import assert from "node:assert/strict";
import {
  PERSONAL_MAIL, checkEmail, checkField, checkName, checkPhone, checkText, checkWebsite, cleanText, displayWebsite, listOf,
} from "../../../docs/assets/javascripts/folders/checks.js";
import { data } from "./fixture.mjs";

const field = (key) => data.fields.find((f) => f.key === key);

test("phone numbers of an organisation are accepted, as typed", () => {
  for (const number of ["020 123 45 67", "020-1234567", "0201234567", "+31 20 123 45 67", "+31 (0)20 123 45 67", "0031 20 123 45 67",
    "088 123 45 67", "0800 1234", "0900 123 45 67", "14 020", "14 0592", "(010) 123 45 67"]) {
    assert.equal(checkPhone(number), "", number);
  }
});

test("phone numbers: Dutch messages for what is wrong", () => {
  assert.match(checkPhone("06 12 34 56 78"), /mobiel nummer \(06\)/);
  assert.match(checkPhone("+31 6 12345678"), /mobiel nummer/);
  assert.match(checkPhone("020 123 45"), /niet genoeg of te veel cijfers/);
  assert.match(checkPhone("020 123 45 678"), /niet genoeg of te veel cijfers/);
  assert.match(checkPhone("bel 020 123 45 67"), /alleen cijfers, spaties/);
  assert.match(checkPhone("+32 2 123 45 67"), /Nederlands nummer/);
  assert.match(checkPhone("20 123 45 67"), /Begin het nummer met 0/);
  assert.match(checkPhone("14020"), /6 tot 20 tekens/); // the model needs at least 6 characters
  assert.equal(checkPhone(""), "");
});

test("web addresses must be written out with https://", () => {
  for (const url of ["https://www.voorbeeld.nl/ivh", "http://voorbeeld.nl", "https://ivh.voorbeeld.nl/aanmelden?x=1#y", "https://www.xn--bcher-kva.example"]) {
    assert.equal(checkWebsite(url), "", url);
  }
  assert.equal(checkWebsite("www.voorbeeld.nl/ivh"), "Schrijf het webadres voluit, met https:// ervoor: https://www.voorbeeld.nl/ivh");
  assert.match(checkWebsite("voorbeeld.nl"), /https:\/\/voorbeeld\.nl/);
  assert.match(checkWebsite("javascript:alert(1)"), /begint met https:\/\//);
  assert.match(checkWebsite("ftp://voorbeeld.nl"), /begint met https:\/\//);
  assert.match(checkWebsite("HTTPS://voorbeeld.nl"), /kleine letters/);
  assert.match(checkWebsite("https://voorbeeld"), /domein/);
  assert.match(checkWebsite("https://user:pw@voorbeeld.nl"), /wachtwoord/);
  assert.match(checkWebsite("https://voor beeld.nl"), /spaties/);
  assert.match(checkWebsite("bel ons"), /spaties/);
  assert.match(checkWebsite("ivh"), /geen webadres/);
});

test("e-mail: an organisation's general address is fine, a person's is refused", () => {
  for (const mail of ["info@voorbeeld.nl", "secretariaat@ncj.nl", "aanmelden@ivh-regio.nl", "ivh-aanmelden@voorbeeld.nl", "ivh.aanmelden@voorbeeld.nl"]) {
    // 'ivh.aanmelden@' reads as first.last and is refused by the model too: see the agreement test in Python
    if (mail === "ivh.aanmelden@voorbeeld.nl") assert.match(checkEmail(mail), /lijkt het e-mailadres van een persoon/);
    else assert.equal(checkEmail(mail), "", mail);
  }
  assert.match(checkEmail("j.jansen@voorbeeld.nl"), /lijkt het e-mailadres van een persoon/);
  assert.match(checkEmail("jan.jansen@voorbeeld.nl"), /lijkt het e-mailadres van een persoon/);
  assert.match(checkEmail("J.Jansen@voorbeeld.nl"), /persoon/);
  assert.match(checkEmail("info@voorbeeld"), /geen geldig e-mailadres/);
  assert.match(checkEmail("info@Voorbeeld.NL"), /kleine letters/);
  assert.equal(PERSONAL_MAIL.flags, "i");
});

test("running text and names follow the content rules", () => {
  assert.match(checkText("Kijk op www.voorbeeld.nl/ivh."), /mist https:\/\/\. Schrijf het voluit: https:\/\/www\.voorbeeld\.nl\/ivh/);
  assert.equal(checkText("Kijk op https://www.voorbeeld.nl/ivh."), "");
  assert.match(checkText("[klik](https://x.nl)"), /Links in de vorm/);
  assert.match(checkText("![x](https://x.nl/a.png)"), /Links in de vorm/);
  assert.equal(checkText("kinderen < 4 jaar en <b>vet</b>"), "", "HTML is shown as text, as everywhere in the content");
  assert.match(checkName("A"), /twee tekens/);
  assert.match(checkName("info@voorbeeld.nl"), /geen e-mailadres/);
  assert.equal(checkName("MEE Zuid-Holland Noord"), "");
});

test("checkField applies the length and the check of the field's kind", () => {
  assert.match(checkField(field("telefoon"), "0".repeat(21)), /hoogstens 20 tekens/);
  assert.match(checkField(field("website"), "www.x.nl"), /voluit/);
  assert.equal(checkField(field("gemeenten"), ""), "");
  assert.equal(checkField(field("aanmelden"), "Bel ons."), "");
});

test("cleanText drops control characters and keeps line breaks only in text areas", () => {
  assert.equal(cleanText("  a\u0000b\u0007c  "), "abc");
  assert.equal(cleanText("regel 1\r\nregel 2", true), "regel 1\nregel 2");
  assert.equal(cleanText("regel 1\nregel 2"), "regel 1 regel 2");
  assert.equal(cleanText("a\n\n\n\nb", true), "a\n\nb");
  assert.equal(cleanText("a\u2028b\u0085c\ufeffd\tx"), "abcd x");
  assert.equal(cleanText("a\ud800b"), "ab");
  assert.equal(cleanText("😀 ok"), "😀 ok");
});

test("display helpers", () => {
  assert.equal(displayWebsite("https://www.voorbeeld.nl/ivh/"), "www.voorbeeld.nl/ivh");
  assert.equal(listOf(["A"]), "A");
  assert.equal(listOf(["A", "B", "C"]), "A, B en C");
  assert.equal(listOf([]), "");
});
