// A typing-error distance for ranking fixes: Damerau-Levenshtein (adjacent swaps) with the costs of the slips people
// make. A doubled or dropped double letter, a swapped pair, a vowel for a vowel or a neighbouring key costs less
// than an arbitrary change; a change to the first letter costs more, since writers rarely get it wrong.

const VOWELS = new Set('aeiouy');
const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, Set<string>>();
for (const [r, row] of KEYBOARD.entries()) {
  for (const [c, ch] of [...row].entries()) {
    const near = new Set<string>();
    for (const dr of [-1, 0, 1]) {
      const other = KEYBOARD[r + dr];
      if (!other) continue;
      for (const dc of dr === 0 ? [-1, 1] : [-1, 0, 1]) {
        const n = other[c + dc];
        if (n) near.add(n);
      }
    }
    NEIGHBOURS.set(ch, near);
  }
}
// Letters that stand for the same sound often enough to be swapped in writing.
const SOUNDS = new Set(['cs', 'sc', 'ck', 'kc', 'sz', 'zs', 'iy', 'yi', 'mn', 'nm', 'ts', 'st', 'ae', 'ea']);

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.7;
  if (SOUNDS.has(a + b)) return 0.75;
  if (NEIGHBOURS.get(a)?.has(b)) return 0.8;
  return 1;
}

/** Cost of inserting `c` between `prev` and `next` (of the longer word): doubling a neighbour is a cheap slip. */
function indel(c: string, prev: string | undefined, next: string | undefined): number {
  return c === prev || c === next ? 0.5 : 1;
}

/** Letters one word has and the other lacks, counted both ways: a cheap lower bound before the full distance. */
export function letterDifference(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const c of b) counts.set(c, (counts.get(c) ?? 0) - 1);
  let diff = 0;
  for (const n of counts.values()) diff += Math.abs(n);
  return diff;
}

let prev2 = new Float64Array(64);
let prev = new Float64Array(64);
let row = new Float64Array(64);

/** Weighted distance between what was typed and a candidate, both lower-case; Infinity once it must exceed `limit`. */
export function typingDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  const cols = b.length + 1;
  if (cols > prev.length) {
    prev2 = new Float64Array(cols * 2);
    prev = new Float64Array(cols * 2);
    row = new Float64Array(cols * 2);
  }
  prev[0] = 0;
  for (let j = 1; j < cols; j++) prev[j] = prev[j - 1]! + indel(b[j - 1]!, b[j - 2], b[j]) + (j === 1 ? 0.5 : 0);
  for (let i = 1; i <= a.length; i++) {
    const ca = a[i - 1]!;
    row[0] = prev[0]! + indel(ca, a[i - 2], a[i]) + (i === 1 ? 0.5 : 0);
    let rowMin = row[0]!;
    for (let j = 1; j < cols; j++) {
      const cb = b[j - 1]!;
      // A first letter is rarely wrong, though a first vowel is sometimes ("apon" for "upon").
      const first = i === 1 || j === 1 ? (VOWELS.has(ca) && VOWELS.has(cb) ? 0.2 : 0.5) : 0;
      let best = Math.min(
        prev[j]! + indel(ca, a[i - 2], b[j]) + (i === 1 ? 0.5 : 0),
        // A dropped letter is the commonest slip, so restoring one costs a little less than other edits.
        row[j - 1]! + indel(cb, b[j - 2], b[j]) * 0.9 + (j === 1 ? 0.5 : 0),
        prev[j - 1]! + (ca === cb ? 0 : substitution(ca, cb) + first),
      );
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb && ca !== cb) best = Math.min(best, prev2[j - 2]! + 0.6);
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return Infinity;
    const t = prev2;
    prev2 = prev;
    prev = row;
    row = t;
  }
  const result = prev[cols - 1]!;
  // A fix that changes the last letter is less likely than one that adds a dropped letter before it.
  return result + (a[a.length - 1] !== b[b.length - 1] ? 0.25 : 0);
}
