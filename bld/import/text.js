// src/import/text.ts
import { BULLET_MARK } from "./lines.js";
import { hasDateRange } from "./dates.js";
import { looksLikeHeading, sectionOf } from "./sections.js";
function looksBinary(text) {
  const sample = text.slice(0, 8e3);
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return sample.includes("\0") || controls > sample.length / 100 || sample.includes("\uFFFD\uFFFD\uFFFD");
}
function textToLines(text) {
  const lines = [];
  let previousBlank = true;
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = raw.replace(/\s+$/, "");
    if (!line.trim()) {
      previousBlank = true;
      continue;
    }
    const trimmed = line.trim();
    const last = lines[lines.length - 1];
    if (BULLET_MARK.test(trimmed)) {
      lines.push({ text: trimmed, kind: "bullet" });
    } else if (
      // A wrapped bullet: indented or lower-case continuation right under a bullet, not a heading or a dated line.
      last?.kind === "bullet" && !previousBlank && !sectionOf(trimmed) && !looksLikeHeading(trimmed) && !hasDateRange(trimmed) && (/^\s/.test(line) || /^[a-z(&$%0-9]/.test(trimmed) || !/[.;!?]$/.test(last.text))
    ) {
      last.text = `${last.text} ${trimmed}`;
    } else {
      lines.push({ text: trimmed, kind: "plain" });
    }
    previousBlank = false;
  }
  return lines;
}
export {
  looksBinary,
  textToLines
};
