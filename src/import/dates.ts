// Finding a role's dates inside a line: "Mar 2021 – Present", "2017-2021", "06/2017 to 02/2021", "2014".
import { parseDateRange } from '../export/text.ts';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s+\\d{4}|\\d{1,2}/\\d{4}|(?:19|20)\\d{2})`;
const END = `(?:${DATE}|Present|Current|Now|Today)`;
const RANGE_AT_END = new RegExp(`[\\s,|(–—-]*(${DATE}\\s*(?:[–—-]|to)\\s*${END}|${DATE})\\)?\\s*$`, 'i');

/** The dates at the end of a line, and the line without them. */
export function takeTrailingDates(text: string): { rest: string; startDate?: string; endDate?: string; found: boolean } {
  const m = RANGE_AT_END.exec(text);
  if (!m) return { rest: text.trim(), found: false };
  const range = parseDateRange(m[1]!.replace(/\s*([–—-])\s*/, ' $1 '));
  if (!range) return { rest: text.trim(), found: false };
  return { rest: text.slice(0, m.index).trim(), ...range, found: true };
}

export function hasDateRange(text: string): boolean {
  return new RegExp(`${DATE}\\s*(?:[–—-]|to)\\s*${END}`, 'i').test(text);
}
