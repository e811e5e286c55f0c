// src/import/dates.ts
import { parseDateRange } from "../export/text.js";
var MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
var DATE = `(?:${MONTH}\\s+\\d{4}|\\d{1,2}/\\d{4}|(?:19|20)\\d{2})`;
var END = `(?:${DATE}|Present|Current|Now|Today)`;
var RANGE_AT_END = new RegExp(`[\\s,|(\u2013\u2014-]*(${DATE}\\s*(?:[\u2013\u2014-]|to)\\s*${END}|${DATE})\\)?\\s*$`, "i");
function takeTrailingDates(text) {
  const m = RANGE_AT_END.exec(text);
  if (!m) return { rest: text.trim(), found: false };
  const range = parseDateRange(m[1].replace(/\s*([–—-])\s*/, " $1 "));
  if (!range) return { rest: text.trim(), found: false };
  return { rest: text.slice(0, m.index).trim(), ...range, found: true };
}
function hasDateRange(text) {
  return new RegExp(`${DATE}\\s*(?:[\u2013\u2014-]|to)\\s*${END}`, "i").test(text);
}
export {
  hasDateRange,
  takeTrailingDates
};
