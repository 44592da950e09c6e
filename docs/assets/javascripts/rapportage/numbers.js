// Dutch number notation: reading "1,5" and "1.250", writing "1.250" and "7,8". Pure logic.

/**
 * A number as typed in a Dutch (or English) spreadsheet. Comma is the decimal sign (1,5); a dot
 * followed by groups of three digits is a thousands separator (1.250 = 1250); a single dot with one
 * or two decimals is read as a decimal point (1.5), as an English Excel writes it.
 * Returns a number, or null when the text is not a number.
 */
export function parseDutchNumber(text) {
  let value = String(text).trim().replace(/\s+/g, "");
  if (value === "") return null;
  let sign = 1;
  if (/^[-\u2212]/.test(value)) {
    sign = -1;
    value = value.slice(1);
  } else if (value.startsWith("+")) {
    value = value.slice(1);
  }
  let normal = null;
  if (/^\d+(,\d+)?$/.test(value)) normal = value.replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(value)) normal = value.replace(/\./g, "").replace(",", ".");
  else if (/^\d+\.\d{1,2}$/.test(value)) normal = value;
  else if (/^,\d+$/.test(value)) normal = "0" + value.replace(",", ".");
  if (normal === null) return null;
  const number = Number(normal) * sign;
  return Number.isFinite(number) ? number : null;
}

/** "1.234", "7,8", "0,5": Dutch notation with a fixed number of decimals (default: as needed, max 1). */
export function formatNumber(value, decimals = null) {
  const places = decimals ?? (Number.isInteger(value) ? 0 : 1);
  const fixed = Math.abs(value).toFixed(places);
  const [whole, fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + grouped + (fraction ? "," + fraction : "");
}

/**
 * A share as a percentage for the report: whole percent, except when rounding would hide that a
 * target is just missed (79,6% is not "80%" against a norm of 80%).
 */
export function formatPercent(share, target = null) {
  const percent = share * 100;
  const whole = Math.round(percent);
  if (target !== null && percent < target && whole >= target) {
    return formatNumber(Math.floor(percent * 10) / 10, 1) + "%";
  }
  return formatNumber(whole, 0) + "%";
}
