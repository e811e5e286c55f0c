// A resume read as a sequence of lines, each with what its source tells us about it: a Word style, a list item,
// bold text, or nothing (plain text). The structure reader works on these, whatever the file was.

export type LineKind =
  | 'title' | 'subtitle' | 'contact' | 'heading' | 'entry' | 'organization' | 'bullet' | 'plain';

export interface Line {
  /** Trimmed text; a tab (Word) or a run of 3+ spaces (plain text) separates a right-aligned column. */
  text: string;
  kind: LineKind;
  /** The whole line was bold: a likely heading or role line in documents without heading styles. */
  bold?: boolean;
}

/** Leading bullet marks people type: •, -, *, ▪, ◦, ‣, –, a number and a dot or parenthesis. */
export const BULLET_MARK = /^\s*(?:[•·▪◦‣●○■□➢►✓✔*\-–—]|\d{1,2}[.)])\s+/;

export function stripBulletMark(text: string): string {
  return text.replace(BULLET_MARK, '').trim();
}

/** Splits "left<tab>right" (or a wide run of spaces) into the text and its right-aligned column. */
export function splitColumns(text: string): { left: string; right: string } {
  const m = /^(.*?)(?:\t+| {3,})(.*)$/.exec(text);
  if (!m) return { left: text.trim(), right: '' };
  return { left: m[1]!.trim(), right: m[2]!.replace(/\t+/g, ' ').trim() };
}
