// Turns what a manager pastes from a resume into bullets: one per non-empty line, bullet marks and numbering
// dropped, as the CLI contract does for `analyze`.
const MARK = /^\s*(?:[•·▪▫◦●○■□►▶➢➤✓✔\-–—*+>]+|\(?\d{1,3}[.)](?=\s)|\(?[a-zA-Z][.)](?=\s))\s*/u;
// Control characters other than tab and newline never belong in a bullet (they come from binary or broken copies).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g;

export function cleanBullet(line: string): string {
  let s = line.normalize('NFC').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  // Marks can stack ("• 1. Cut…"); each pass removes one and strictly shortens the line.
  for (let next = s.replace(MARK, '').trim(); next !== s; next = s.replace(MARK, '').trim()) s = next;
  return s;
}

export function splitPasted(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map(cleanBullet).filter(Boolean);
}

/** NUL bytes or many replacement characters: a file that is not text was pasted or uploaded. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const bad = text.match(/\uFFFD/g)?.length ?? 0;
  return bad > 8 && bad > text.length / 50;
}
