// The never-invent guarantee, checked on every candidate: each number in a rewrite (percent, money, count, date)
// must appear in the user's bullet or answers, after normalising signs, dashes and thousands separators.

const PLACEHOLDER = /\[[^\[\]]*\]/g;

/** Numbers in a text, normalised: "–$1,100K" -> "1100", "6.50" -> "6.5", "FY24" -> "24". Placeholders are skipped. */
export function numbersIn(text: string): string[] {
  const out: string[] = [];
  const plain = text.includes('[') ? text.replace(PLACEHOLDER, ' ') : text;
  // A number is /\d[\d,]*(?:\.\d+)?/, read by character (this runs on every rewrite): a digit, more digits and
  // commas, then a point and digits if any.
  const n = plain.length;
  for (let i = 0; i < n; i++) {
    if (!isDigit(plain.charCodeAt(i))) continue;
    const start = i;
    i++;
    while (i < n && (isDigit(plain.charCodeAt(i)) || plain.charCodeAt(i) === 44)) i++;
    if (plain.charCodeAt(i) === 46 && isDigit(plain.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isDigit(plain.charCodeAt(i))) i++;
    }
    out.push(normaliseNumber(plain.slice(start, i)));
    i--;
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const PLAIN = /^[1-9]\d*$/;

export function normaliseNumber(n: string): string {
  // Digits alone, not starting with 0, are already in normal form (most numbers in a bullet).
  if (PLAIN.test(n)) return n;
  let s = n.replace(/,(?=\d{3}\b)/g, '').replace(/,/g, '');
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  s = s.replace(/^0+(?=\d)/, '');
  return s;
}

/** Numbers in `rewrite` that appear in none of `sources`. Empty means nothing was made up. */
export function inventedNumbers(rewrite: string, sources: readonly string[]): string[] {
  const found = numbersIn(rewrite);
  // A rewrite without a number has none to vouch for: the sources need not be read.
  if (!found.length) return found;
  const known = new Set<string>();
  for (const source of sources) for (const n of numbersIn(source)) known.add(n);
  return found.filter((n) => !known.has(n));
}
