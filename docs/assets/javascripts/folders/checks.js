/* Checking what a coordinator types, with Dutch messages for the form. Pure functions, no DOM.

   The rules match the content rules of the kennisbank, so a file made from the form passes
   `kennisbank check`: PERSONAL_MAIL is the model's `kb_personal_email` pattern (kennisbank/models/
   municipality.py, `_PERSONAL_MAIL`), and a test keeps the two the same and runs both on examples.
   Where the form is stricter than the model (a Dutch phone number, no mobile number of a person,
   no Markdown links), it says so in its message. */

/** The model's pattern for an e-mail address that looks like a person's (j.jansen@…, jan.jansen@…). */
export const PERSONAL_MAIL = /^[a-z]{1,2}\.[a-z-]+@|^[a-z]+\.[a-z]+(?:\.[a-z]+)?@/i;
/** The model's patterns for the contact fields (pydantic `pattern`, case-sensitive). */
export const MODEL_MAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/;
export const MODEL_PHONE = /^[0-9 +()-]{6,20}$/;
export const MODEL_WEBSITE = /^https?:\/\/\S+$/;
/** The content rule for running text: a web address without https:// (kennisbank/models/common.py `_BARE_WWW`). */
const BARE_WWW = /(?<![/\p{L}\p{N}_.@])www\.[a-z0-9-]+\.[a-z]{2,}[^\s)\]>"']*/iu;

// C0 and C1 control characters, DEL, the line and paragraph separators, byte-order marks and
// other characters YAML does not allow; tabs become spaces and line breaks stay in text areas.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2028\u2029\ufeff\ufff0-\uffff]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as it is kept: no control characters, no spaces at the ends of lines, at most one empty line. */
export function cleanText(value, multiline = false) {
  let text = String(value ?? "").replace(/\r\n?/g, "\n").replace(/\t/g, " ").replace(LONE_SURROGATE, "").replace(CONTROL, "");
  if (!multiline) text = text.replace(/\n+/g, " ");
  text = text.split("\n").map((line) => line.replace(/[ \u00a0]+$/u, "").replace(/^[ \u00a0]+/u, "")).join("\n");
  return text.replace(/\n{3,}/g, "\n\n").replace(/ {2,}/g, " ").trim();
}

/** Running text and names: the content rules for text fields (no web address without https://, no links or images in Markdown). */
export function checkText(value) {
  const match = BARE_WWW.exec(value);
  if (match) {
    const found = match[0].replace(/[.,;:]+$/, "");
    return `Het webadres ${found} mist https://. Schrijf het voluit: https://${found}`;
  }
  if (/!\[/.test(value) || /\]\s*\(/.test(value) || /^\s*\[[^\]]+\]:/m.test(value)) {
    return "Schrijf een webadres gewoon uit, met https:// ervoor. Links in de vorm [tekst](adres) zijn hier niet nodig.";
  }
  return "";
}

export function checkName(value) {
  if (!value) return "";
  if (value.length < 2) return "Schrijf minstens twee tekens.";
  if (/@/.test(value)) return "Schrijf hier een naam, geen e-mailadres.";
  return checkText(value);
}

/** A Dutch phone number of an organisation: 10 digits (020 123 45 67), +31, 0800/0900 or 14 + area code. */
export function checkPhone(value) {
  if (!value) return "";
  if (!/^[0-9 +()-]+$/.test(value)) return "Een telefoonnummer bevat alleen cijfers, spaties, +, haakjes en streepjes.";
  const digits = value.replace(/\D/g, "");
  let national;
  if (value.startsWith("+") || digits.startsWith("00")) {
    const rest = value.startsWith("+") ? digits : digits.slice(2);
    if (!rest.startsWith("31")) return "Gebruik een Nederlands nummer, zoals 020 123 45 67 of +31 20 123 45 67.";
    national = rest.slice(2).replace(/^0/, "");
  } else if (/^14\d{3,4}$/.test(digits)) {
    national = null; // a municipality's 14 + area code
  } else if (digits.startsWith("0")) {
    national = digits.slice(1);
  } else {
    return "Begin het nummer met 0 of met +31, bijvoorbeeld 020 123 45 67.";
  }
  if (national !== null) {
    if (national.startsWith("6")) return "Dit lijkt een mobiel nummer (06). Gebruik het algemene nummer van de organisatie.";
    const service = /^(800|900|906|909)/.test(national);
    if (service ? !(national.length === 7 || national.length === 10) : national.length !== 9) {
      return "Dit nummer heeft niet genoeg of te veel cijfers. Een gewoon nummer heeft 10 cijfers, zoals 020 123 45 67.";
    }
  }
  if (!MODEL_PHONE.test(value)) return "Schrijf het nummer met 6 tot 20 tekens, bijvoorbeeld 14 020 of 020 123 45 67.";
  return "";
}

/** A web address with https:// (or http://), written out in full. */
export function checkWebsite(value) {
  if (!value) return "";
  if (/\s/.test(value)) return "Een webadres heeft geen spaties.";
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#]|$)/u.test(value)
      ? `Schrijf het webadres voluit, met https:// ervoor: https://${value}`
      : "Dit is geen webadres. Schrijf het voluit, bijvoorbeeld https://www.voorbeeld.nl/ivh.";
  }
  if (!/^https?:\/\//i.test(value)) return "Een webadres begint met https:// (of http://).";
  if (!/^https?:\/\//.test(value)) return "Schrijf https:// met kleine letters.";
  let url;
  try {
    url = new URL(value);
  } catch {
    return "Dit is geen geldig webadres. Controleer het, bijvoorbeeld https://www.voorbeeld.nl/ivh.";
  }
  if (url.username || url.password) return "Een webadres op een folder bevat geen gebruikersnaam of wachtwoord.";
  if (!/\.[a-z]{2,}$/i.test(url.hostname) && !/\.xn--[a-z0-9-]+$/i.test(url.hostname)) return "Het webadres mist een domein zoals .nl of .org.";
  if (!MODEL_WEBSITE.test(value)) return "Dit is geen geldig webadres.";
  return "";
}

/** A general e-mail address of an organisation; a person's address is refused, as in the content rules. */
export function checkEmail(value) {
  if (!value) return "";
  if (!MODEL_MAIL.test(value)) {
    return MODEL_MAIL.test(value.toLowerCase())
      ? "Schrijf het e-mailadres met kleine letters."
      : "Dit is geen geldig e-mailadres. Schrijf het als naam@organisatie.nl.";
  }
  if (PERSONAL_MAIL.test(value)) {
    return `${value} lijkt het e-mailadres van een persoon. Gebruik een algemeen adres van de organisatie, zoals info@… of secretariaat@….`;
  }
  return "";
}

const BY_INPUT = { text: checkName, tel: checkPhone, url: checkWebsite, email: checkEmail, textarea: checkText };

/** The message for one field of the form ("" when it is fine). `field` is {key, input, maxLength}. */
export function checkField(field, value) {
  if (field.input === "gemeenten") return "";
  if (value.length > field.maxLength) return `Dit is te lang: hoogstens ${field.maxLength} tekens.`;
  const check = BY_INPUT[field.input] || checkText;
  return check(value);
}

/** A web address as it reads on paper: without https:// and without a slash at the end. */
export function displayWebsite(value) {
  return value.replace(/^https?:\/\//i, "").replace(/\/$/, "");
}

/** 'Aa, Bb en Cc' */
export function listOf(names) {
  if (names.length < 2) return names.join("");
  return `${names.slice(0, -1).join(", ")} en ${names[names.length - 1]}`;
}
