// Splits pasted input into items: bullets one per non-empty line (bullet marks dropped), stories on blank lines.
import type { Kind } from './types.ts';

const BULLET_MARK = /^\s*(?:[•▪◦●○■□➢►▶‣⁃∙·]\s*|[*\-–—+>]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z]\)\s+)/u;

export function stripBulletMark(line: string): string {
  return line.replace(BULLET_MARK, '').trim();
}

export function splitItems(input: string, kind: Kind): string[] {
  const text = input.replace(/^\uFEFF/, '');
  if (kind === 'story') {
    return text.split(/\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/).map((s) => s.replace(/\s*\r?\n\s*/g, ' ').trim()).filter(Boolean);
  }
  return text.split(/\r\n|\n|\r|\u2028|\u2029/).map(stripBulletMark).filter((l) => l.length > 0);
}
