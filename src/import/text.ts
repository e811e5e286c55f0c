// Pasted plain text -> lines: typed bullet marks make list items, and a bullet's wrapped second line joins it.
import { BULLET_MARK, type Line } from './lines.ts';
import { hasDateRange } from './dates.ts';
import { looksLikeHeading, sectionOf } from './sections.ts';

/** NUL and other C0 controls (tab and newlines excepted) mean the "text" is really a binary file. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8000);
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return sample.includes('\u0000') || controls > sample.length / 100 || sample.includes('\uFFFD\uFFFD\uFFFD');
}

export function textToLines(text: string): Line[] {
  const lines: Line[] = [];
  let previousBlank = true;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) {
      previousBlank = true;
      continue;
    }
    const trimmed = line.trim();
    const last = lines[lines.length - 1];
    if (BULLET_MARK.test(trimmed)) {
      lines.push({ text: trimmed, kind: 'bullet' });
    } else if (
      // A wrapped bullet: indented or lower-case continuation right under a bullet, not a heading or a dated line.
      last?.kind === 'bullet' && !previousBlank && !sectionOf(trimmed) && !looksLikeHeading(trimmed) && !hasDateRange(trimmed) &&
      (/^\s/.test(line) || /^[a-z(&$%0-9]/.test(trimmed) || !/[.;!?]$/.test(last.text))
    ) {
      last.text = `${last.text} ${trimmed}`;
    } else {
      lines.push({ text: trimmed, kind: 'plain' });
    }
    previousBlank = false;
  }
  return lines;
}
