// What a regular expression cannot match without: a few pieces of plain text, one of which every match contains.
// A pattern is tried on a text only when the text holds one of its pieces (a substring test is far cheaper than a
// regular-expression scan), so of the dozens of quantity patterns a bullet meets, most are skipped after a glance.
// The analysis reads the pattern's own source: literal characters, groups of alternatives, optional parts. Anything
// it does not follow (a class, an escape, a back-reference) counts as "any character", which only makes the pieces
// shorter or absent, never wrong: with no safe piece the pattern always runs. tests/rules/literals.test.ts checks on
// generated patterns and texts that no match is ever skipped.

interface Part {
  /** every string the part can match, when there are few (null: unknown or too many) */
  exact: string[] | null;
  /** pieces one of which every match of the part contains (null: none known) */
  needs: string[] | null;
  /** the part may match nothing */
  optional: boolean;
}

const MAX_ALTERNATIVES = 64;
const MIN_PIECE = 2;

const ANY: Part = { exact: null, needs: null, optional: false };
/** Zero-width: \b, ^, $, lookarounds. */
const NOTHING: Part = { exact: [''], needs: null, optional: true };

class Reader {
  i = 0;
  constructor(readonly s: string) {}
  get done(): boolean {
    return this.i >= this.s.length;
  }
  peek(k = 0): string {
    return this.s[this.i + k] ?? '';
  }
  rest(): string {
    return this.s.slice(this.i);
  }
  expect(c: string): void {
    if (this.peek() !== c) throw new Error(`expected ${c}`);
    this.i++;
  }
}

/** The pieces every match of `source` contains, lower-cased when `flags` has i; null when there are none to rely on. */
export function requiredPieces(source: string, flags: string): string[] | null {
  if (flags.includes('v')) return null; // its set syntax is not followed here
  let part: Part;
  try {
    const r = new Reader(source);
    part = alternation(r);
    if (!r.done) return null;
  } catch {
    return null;
  }
  const pieces = part.optional ? null : (part.exact ?? part.needs);
  // Short pieces say too little to be worth a test, except a sign ("%", "$", "#").
  if (!pieces?.length || pieces.some((p) => p.length < MIN_PIECE && !/^[^A-Za-z0-9\s]$/.test(p))) return null;
  // Only plain ASCII pieces: their case folding is the same for a regular expression and for toLowerCase.
  if (pieces.some((p) => !/^[\x20-\x7e]+$/.test(p))) return null;
  const unique = [...new Set(flags.includes('i') ? pieces.map((p) => p.toLowerCase()) : pieces)];
  // A piece that contains another adds nothing ("months" holds "month").
  return unique.filter((p) => !unique.some((q) => q !== p && p.includes(q)));
}

function alternation(r: Reader): Part {
  const branches: Part[] = [sequence(r)];
  while (r.peek() === '|') {
    r.i++;
    branches.push(sequence(r));
  }
  if (branches.length === 1) return branches[0]!;
  const exact = branches.every((b) => b.exact) ? branches.flatMap((b) => b.exact!) : null;
  const needs = branches.every((b) => b.exact ?? b.needs) ? branches.flatMap((b) => b.exact ?? b.needs!) : null;
  return { exact: exact && exact.length <= MAX_ALTERNATIVES ? exact : null, needs, optional: branches.some((b) => b.optional) };
}

function join(a: string[], b: string[]): string[] | null {
  return a.length * b.length > MAX_ALTERNATIVES ? null : a.flatMap((x) => b.map((y) => x + y));
}

const shortest = (xs: string[]) => Math.min(...xs.map((x) => x.length));

function sequence(r: Reader): Part {
  const parts: Part[] = [];
  while (!r.done && r.peek() !== '|' && r.peek() !== ')') parts.push(quantified(r));
  // Runs of adjacent exact parts join into longer strings; anything else ends the run.
  const runs: string[][] = [];
  let run: string[] | null = null;
  let allExact = true;
  const end = () => {
    if (run) runs.push(run);
    run = null;
  };
  for (const p of parts) {
    if (p === NOTHING) continue;
    if (p.exact && !p.optional) {
      const joined: string[] | null = run ? join(run, p.exact) : p.exact;
      if (!joined) {
        allExact = false;
        end();
        run = p.exact;
      } else run = joined;
      continue;
    }
    if (p.exact) {
      // An optional exact part: the run goes on both with it and without it.
      const withIt: string[] | null = join(run ?? [''], p.exact);
      const both: string[] | null = withIt ? [...new Set([...(run ?? ['']), ...withIt])] : null;
      if (!both || both.length > MAX_ALTERNATIVES) {
        allExact = false;
        end();
      } else run = both;
      continue;
    }
    allExact = false;
    end();
  }
  end();
  const optional = parts.every((p) => p.optional);
  if (allExact && runs.length <= 1) return { exact: runs[0] ?? [''], needs: null, optional };
  // The best single requirement: a run of exact text, or a part's own pieces, whose shortest piece is longest.
  const candidates = [...runs, ...parts.filter((p) => !p.optional && !p.exact && p.needs).map((p) => p.needs!)];
  let best: string[] | null = null;
  for (const c of candidates) {
    if (c.includes('')) continue;
    if (!best || shortest(c) > shortest(best)) best = c;
  }
  return { exact: null, needs: best, optional };
}

function quantified(r: Reader): Part {
  const atom = single(r);
  let min = 1;
  let max = 1;
  const c = r.peek();
  if (c === '?' || c === '*' || c === '+') {
    r.i++;
    min = c === '+' ? 1 : 0;
    max = c === '?' ? 1 : Infinity;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.rest());
    if (m) {
      r.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    }
  }
  if (min === 1 && max === 1) return atom;
  if (r.peek() === '?') r.i++; // lazy
  if (atom === NOTHING) return NOTHING;
  if (min === 0) return { exact: max === 1 ? atom.exact : null, needs: null, optional: true };
  // At least once: the atom's requirement holds, but its exact strings no longer cover the whole match.
  return { exact: null, needs: atom.exact ?? atom.needs, optional: atom.optional };
}

function single(r: Reader): Part {
  const c = r.peek();
  if (c === '(') {
    r.i++;
    if (r.peek() === '?') {
      const look = /^\?<?[=!]/.exec(r.rest());
      if (look) {
        r.i += look[0].length;
        alternation(r);
        r.expect(')');
        return NOTHING;
      }
      const group = /^\?(?::|<[A-Za-z_$][\w$]*>)/.exec(r.rest());
      if (!group) throw new Error('unsupported group');
      r.i += group[0].length;
    }
    const inner = alternation(r);
    r.expect(')');
    return inner;
  }
  if (c === '[') {
    r.i++;
    if (r.peek() === '^') r.i++;
    if (r.peek() === ']') r.i++;
    while (!r.done && r.peek() !== ']') r.i += r.peek() === '\\' ? 2 : 1;
    r.expect(']');
    return ANY;
  }
  if (c === '\\') {
    const e = r.peek(1);
    r.i += 2;
    if (e === 'b' || e === 'B') return NOTHING;
    if (/[pPuxck]/.test(e)) {
      // \p{..}, \u{..} or \uXXXX, \xXX, \cX, \k<name>: read past, as any character.
      const m = /^(?:\{[^}]*\}|<[^>]*>|[0-9A-Fa-f]{2,4}|[A-Za-z])/.exec(r.rest());
      if (m) r.i += m[0].length;
      return ANY;
    }
    if (/[A-Za-z0-9]/.test(e) || e === '') return ANY; // classes, control characters, back-references
    return { exact: [e], needs: null, optional: false }; // an escaped sign stands for itself
  }
  if (c === '^' || c === '$') {
    r.i++;
    return NOTHING;
  }
  if (c === '.') {
    r.i++;
    return ANY;
  }
  if (c === ')' || c === '|' || c === '' || c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(r.rest()))) {
    throw new Error(`unexpected ${c}`);
  }
  r.i++;
  return { exact: [c], needs: null, optional: false };
}

/** A regular expression and the pieces of text it cannot match without. */
export interface Gated { re: RegExp; pieces: string[] | null }

export function gated(re: RegExp): Gated {
  return { re, pieces: requiredPieces(re.source, re.flags) };
}

/**
 * The text as the i flag compares it, for pieces in ASCII: lower-cased, and the long s read as s (Unicode case folding
 * makes "ſ" match "s", which toLowerCase leaves alone; the Kelvin sign it already lowers to "k").
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** Whether `text` holds one of the pieces `g` cannot match without (`lower`: foldCase(text), for the i flag). */
export function mayMatch(g: Gated, text: string, lower: string): boolean {
  if (!g.pieces) return true;
  const t = g.re.ignoreCase ? lower : text;
  for (const piece of g.pieces) if (t.includes(piece)) return true;
  return false;
}
