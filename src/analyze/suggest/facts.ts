// The never-invent guarantee, checked on every candidate: each number in a rewrite (percent, money, count, date)
// must appear in the user's bullet or answers, after normalising signs, dashes and thousands separators.

const PLACEHOLDER = /\[[^\[\]]*\]/g;
const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** Numbers in a text, normalised: "–$1,100K" -> "1100", "6.50" -> "6.5", "FY24" -> "24". Placeholders are skipped. */
export function numbersIn(text: string): string[] {
  const out: string[] = [];
  const plain = text.includes('[') ? text.replace(PLACEHOLDER, ' ') : text;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(plain); m; m = NUMBER.exec(plain)) out.push(normaliseNumber(m[0]));
  return out;
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
  const known = new Set(sources.flatMap(numbersIn));
  return numbersIn(rewrite).filter((n) => !known.has(n));
}
