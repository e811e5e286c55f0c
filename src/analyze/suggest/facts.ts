// The never-invent guarantee, checked on every candidate: each number in a rewrite (percent, money, count, date)
// must appear in the user's bullet or answers, after normalising signs, dashes and thousands separators.
//
// A number is /\d[\d,]*(?:\.\d+)?/ outside placeholders (/\[[^\[\]]*\]/). Both are read by character code: this runs
// on every bullet analysed.

/** Numbers in a text, normalised: "–$1,100K" -> "1100", "6.50" -> "6.5", "FY24" -> "24". Placeholders are skipped. */
export function numbersIn(text: string): string[] {
  const out: string[] = [];
  numbersInto(text, out);
  return out;
}

function numbersInto(text: string, out: string[]): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 91) {
      // "[...]" with no bracket inside is a placeholder (read as a space); any other "[" is just a character.
      const close = placeholderEnd(text, i);
      if (close > 0) i = close;
      continue;
    }
    if (!isDigit(c)) continue;
    const start = i;
    i++;
    while (i < n && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
    if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    out.push(normaliseNumber(text.slice(start, i)));
    i--;
  }
}

/** The index of the "]" closing a placeholder opened at `open`, or -1 when another "[" or the end comes first. */
function placeholderEnd(text: string, open: number): number {
  for (let j = open + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 93) return j;
    if (c === 91) return -1;
  }
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A number as written ("1,100", "6.50", "024") in normal form ("1100", "6.5", "24"): thousands separators dropped,
 * trailing zeros of a decimal (and then its point) dropped, leading zeros before a digit dropped.
 */
export function normaliseNumber(n: string): string {
  let plain = isDigit(n.charCodeAt(0)) && n.charCodeAt(0) !== 48;
  let point = false;
  for (let i = 0; plain && i < n.length; i++) if (!isDigit(n.charCodeAt(i))) plain = false;
  // Digits alone, not starting with 0, are already in normal form (most numbers in a bullet).
  if (plain) return n;
  let s = '';
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c === 44) continue;
    if (c === 46) point = true;
    s += n.charAt(i);
  }
  if (point) {
    let end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
    if (end > 0 && s.charCodeAt(end - 1) === 46) end--;
    s = s.slice(0, end);
  }
  let lead = 0;
  while (lead + 1 < s.length && s.charCodeAt(lead) === 48 && isDigit(s.charCodeAt(lead + 1))) lead++;
  return lead ? s.slice(lead) : s;
}

/** Numbers in `rewrite` that appear in none of `sources`. Empty means nothing was made up. */
export function inventedNumbers(rewrite: string, sources: readonly string[]): string[] {
  const found = numbersIn(rewrite);
  // A rewrite without a number has none to vouch for: the sources need not be read.
  if (!found.length) return found;
  const known: string[] = [];
  for (const source of sources) numbersInto(source, known);
  const out: string[] = [];
  for (const n of found) if (!known.includes(n)) out.push(n);
  return out;
}
