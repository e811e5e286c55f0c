// Quality bars for the rewrite on labelled bullets: how often a rewrite asks for a part the labels say the bullet
// already has, and how often its wording breaks (a doubled "from", a repeated word, a verb form compromise does not
// conjugate that way, a number the writer never gave). `npm run eval` runs it (`tsx eval/rewrite.ts [FILE]
// [--verbose]` alone); by default it reads the real dev set from ../shared/eval and prints a one-line note when that
// is absent. tests/rewrite/real-dev.test.ts asserts the bars.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { parse } from 'yaml';
import { sharedFile } from '../scripts/shared-data.ts';
import { analyzeBullet } from '../src/analyze/index.ts';
import { inventedNumbers } from '../src/analyze/suggest/facts.ts';
import type { BulletResult } from '../src/analyze/types.ts';

export interface Labelled { text: string; labels: Record<string, unknown>; }

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function readLabelled(file: string): Labelled[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);
}

/** The part a placeholder or a question asks for, by its leading words. */
export function partAsked(placeholder: string): 'metric' | 'baseline' | 'intervention' | 'result' | 'timeframe' | undefined {
  const p = placeholder.toLowerCase();
  if (p.startsWith('[result')) return 'result';
  if (p.startsWith('[how')) return 'intervention';
  if (p.startsWith('[baseline')) return 'baseline';
  if (p.startsWith('[by how much')) return 'metric';
  if (p.startsWith('[over what period') || p.startsWith('[when')) return 'timeframe';
  return undefined;
}

const words = (s: string) => s.replace(/\[[^\]]*\]/g, ' ').match(/[A-Za-z][A-Za-z'-]*/g) ?? [];

/** "census from 90 from a baseline of": a second "from" a few words after the first, in the same clause. */
export function doubledFrom(before: string, after: string): boolean {
  const close = (s: string) => /\bfrom\s+(?:[^\s,;.:]+\s+){0,3}from\b/i.test(s.replace(/\[[^\]]*\]/g, 'X'));
  return close(after) && !close(before);
}

/** "the the", "by by": the same word twice in a row, where the writer did not write it so. */
export function repeatedWords(before: string, after: string): string[] {
  const pairs = (s: string) => {
    const out: string[] = [];
    for (const m of s.replace(/\[[^\]]*\]/g, ' | ').matchAll(/\b([A-Za-z]+)\s+\1\b/gi)) out.push(m[1]!.toLowerCase());
    return out;
  };
  const had = new Set(pairs(before));
  return pairs(after).filter((w) => !had.has(w));
}

const conjugations = new Map<string, Set<string>>();
function formsOf(word: string): Set<string> {
  const w = word.toLowerCase();
  let forms = conjugations.get(w);
  if (forms) return forms;
  forms = new Set<string>([w]);
  const bases = new Set([w, nlp(`we ${w} it`).verbs().toInfinitive().text().replace(/^we\s+|\s+it$/g, '').trim().toLowerCase()]);
  for (const base of [...bases].filter(Boolean)) {
    for (const doc of [nlp(`we ${base} it`), nlp(base).tag('Verb')] as ReturnType<typeof nlp>[]) {
      const c = doc.verbs().conjugate()[0] as Record<string, string> | undefined;
      if (!c) continue;
      for (const v of Object.values(c)) {
        forms.add(v.toLowerCase());
        // compromise doubles a final l the British way; "counseling" is the American spelling.
        forms.add(v.toLowerCase().replace(/([^l])ll(ed|ing)$/, '$1l$2'));
      }
    }
  }
  conjugations.set(w, forms);
  return forms;
}

/**
 * Verb forms the rewrite made that are not compromise's conjugation of any word the writer used or of a verb in the
 * project's lexicon ("submiting" for "submitted").
 */
export function misspelledVerbForms(before: string, after: string, lexiconVerbs: readonly string[] = []): string[] {
  const own = new Set(words(before).map((w) => w.toLowerCase()));
  const made = words(after).map((w) => w.toLowerCase()).filter((w) => !own.has(w) && /(?:ing|ed)$/.test(w) && w.length > 4);
  if (!made.length) return [];
  const known = new Set<string>();
  for (const w of [...own, ...lexiconVerbs]) for (const f of formsOf(w)) known.add(f);
  return made.filter((w) => !known.has(w));
}

export interface Figures {
  bullets: number;
  withRewrite: number;
  /** Bullets whose rewrite asks (placeholder or question) for a part the labels say is present. */
  asksPresent: number;
  asksPresentByPart: Record<string, number>;
  doubledFrom: number;
  repeatedWords: number;
  misspelled: number;
  invented: number;
  examples: Record<string, string[]>;
}

export type Asked = (r: BulletResult) => string[];

/** Placeholders in the contract's rewrite, plus any questions it carries beside the text. */
export const askedOf: Asked = (r) => {
  const rw = r.rewrite as (BulletResult['rewrite'] & { questions?: { part: string }[] }) | null;
  if (!rw) return [];
  const parts = rw.placeholders.map(partAsked).filter((p): p is NonNullable<typeof p> => !!p);
  for (const q of rw.questions ?? []) parts.push(q.part as NonNullable<ReturnType<typeof partAsked>>);
  return [...new Set(parts)];
};

/** Verbs a rewrite may bring in of its own: the lexicon's, and those the rewording rules name (<manage>). */
export function projectVerbs(): string[] {
  const out = new Set<string>();
  const lexicon = parse(readFileSync(join(ROOT, 'rules', 'lexicons', 'verbs.yml'), 'utf8')) as { roles?: Record<string, string[]> };
  for (const list of Object.values(lexicon.roles ?? {})) for (const lemma of list) if (!lemma.includes(' ')) out.add(lemma);
  const dir = join(ROOT, 'rules', 'rewrite');
  for (const f of existsSync(dir) ? readdirSync(dir) : []) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/<([a-z-]+)>|^\s+verb: ([a-z-]+)$/gm)) out.add((m[1] ?? m[2])!);
  }
  return [...out];
}

export function measure(rows: readonly Labelled[], lexiconVerbs: readonly string[] = projectVerbs()): Figures {
  const f: Figures = {
    bullets: rows.length, withRewrite: 0, asksPresent: 0, asksPresentByPart: {}, doubledFrom: 0, repeatedWords: 0,
    misspelled: 0, invented: 0, examples: {},
  };
  const note = (kind: string, line: string) => {
    const list = (f.examples[kind] ??= []);
    if (list.length < 5) list.push(line);
  };
  for (const row of rows) {
    const r = analyzeBullet(row.text);
    if (!r.rewrite) continue;
    f.withRewrite++;
    const after = r.rewrite.text;
    const present = askedOf(r).filter((p) => row.labels[p] === true);
    if (present.length) {
      f.asksPresent++;
      for (const p of present) f.asksPresentByPart[p] = (f.asksPresentByPart[p] ?? 0) + 1;
      note('asks-present', `${present.join('+')}: ${after}`);
    }
    if (doubledFrom(row.text, after)) { f.doubledFrom++; note('doubled-from', after); }
    const rep = repeatedWords(row.text, after);
    if (rep.length) { f.repeatedWords++; note('repeated-word', `${rep.join(',')}: ${after}`); }
    const bad = misspelledVerbForms(row.text, after, lexiconVerbs);
    if (bad.length) { f.misspelled++; note('misspelled', `${bad.join(',')}: ${after}`); }
    if (inventedNumbers(after, [row.text]).length) { f.invented++; note('invented', after); }
  }
  return f;
}

export function report(name: string, f: Figures, verbose = false): string {
  const pct = (n: number) => `${((n / Math.max(1, f.bullets)) * 100).toFixed(1)}%`;
  const lines = [
    `rewrite quality on ${name}: ${f.bullets} bullets, ${f.withRewrite} with a rewrite`,
    `  asks for a part the labels say is present  ${String(f.asksPresent).padStart(4)}  ${pct(f.asksPresent).padStart(6)}  (bar <= 2%)  ${Object.entries(f.asksPresentByPart).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  doubled "from"                             ${String(f.doubledFrom).padStart(4)}          (bar 0)`,
    `  repeated word                              ${String(f.repeatedWords).padStart(4)}          (bar 0)`,
    `  misspelled verb form                       ${String(f.misspelled).padStart(4)}          (bar 0)`,
    `  invented number                            ${String(f.invented).padStart(4)}          (bar 0)`,
  ];
  if (verbose) for (const [k, list] of Object.entries(f.examples)) for (const l of list) lines.push(`    ${k}: ${l}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const given = args.find((a) => !a.startsWith('--'));
  const file = given ?? sharedFile('eval/real-dev-bullets.jsonl', 'the rewrite quality bars on the real dev set');
  if (file) console.log(`\n${report(given ?? 'the real dev set', measure(readLabelled(file)), verbose)}`);
}
