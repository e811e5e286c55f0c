// Loads rules/spelling/: the finding's wording and cost (check.yml), the field's vocabulary (vocabulary/*.yml) and
// the known confusions with their fixes (confusions.yml). zod-validated; every confusion's examples run at load, so a
// confusion that misses its own invalid example, or flags a valid one, refuses to load.
import { join } from 'node:path';
import { z } from 'zod';
import { Problems, compileRegex, loadYamlDir, loadYamlFile } from '../../rules/load.ts';
import { RULES_DIR } from '../../rules/index.ts';

const source = z.string().min(10, 'say where in the guide this rule comes from');

export const SpellingCheckSchema = z.object({
  level: z.enum(['error', 'warning', 'info']),
  penalty: z.number().min(0).max(20),
  source,
  prefixes: z.array(z.string().regex(/^[a-z]+$/)).default([]),
  messages: z.object({
    misspelled: z.string().includes('{word}').includes('{fix}'),
    kpi: z.string().includes('{kpi}'),
  }).strict(),
}).strict();
export type SpellingCheck = z.infer<typeof SpellingCheckSchema>;

const word = z.string().min(1).max(60).regex(/^[\p{L}\p{N}][\p{L}\p{N}&/.'’ -]*$/u, 'letters, digits, & / . \' - and spaces only');
export const VocabularyFileSchema = z.object({ source, words: z.array(word).min(1) }).strict();

const fixList = z.array(z.string().min(1)).min(1);
export const ConfusionsFileSchema = z.object({
  source,
  confusions: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'),
    needs: z.array(z.string().regex(/^[^A-Z]+$/, 'lower case')).min(1),
    match: z.string().min(1),
    notMatch: z.string().min(1).optional(),
    caseSensitive: z.boolean().optional(),
    fix: z.union([fixList, z.record(z.string(), fixList)]),
    message: z.string().min(10),
    examples: z.object({ invalid: z.array(z.string()).min(1), valid: z.array(z.string()).min(1) }).strict(),
  }).strict()).min(1),
}).strict();

export interface Confusion {
  id: string;
  /** Lower-case pieces the text must hold for the rule to be worth running. */
  needs: string[];
  re: RegExp;
  /** Case-sensitive: a span that is already right ("HIPAA" for a pattern that also takes "Hipaa"). */
  notRe: RegExp | null;
  fix: string[] | Record<string, string[]>;
  message: string;
  examples: { invalid: string[]; valid: string[] };
}

export interface Vocabulary {
  /** Every accepted form, lower-cased. */
  words: Set<string>;
  /** How the vocabulary writes each word (lower-cased key), for suggestions: 'meditech' -> 'MEDITECH'. */
  display: Map<string, string>;
}

export interface SpellingRules {
  check: SpellingCheck;
  confusions: Confusion[];
  vocabulary: Vocabulary;
}

export interface ConfusionHit { confusion: Confusion; start: number; end: number; word: string; fixes: string[] }

/** Every confusion in the text, one per span (the first rule to claim a stretch keeps it). */
export function findConfusions(text: string, confusions: readonly Confusion[]): ConfusionHit[] {
  const hits: ConfusionHit[] = [];
  const lower = text.toLowerCase();
  for (const c of confusions) {
    if (!c.needs.some((n) => lower.includes(n))) continue;
    for (const m of text.matchAll(c.re)) {
      // The span is the first named group that took part (alternatives name theirs w, w2, ...), else the whole match.
      const named = Object.values(m.groups ?? {}).find((v) => v !== undefined);
      const w = named ?? m[0];
      const start = m.index + (named !== undefined ? m[0].indexOf(w) : 0);
      const end = start + w.length;
      if (c.notRe?.test(w)) continue;
      if (hits.some((h) => start < h.end && h.start < end)) continue;
      const fixes = Array.isArray(c.fix) ? c.fix : c.fix[w.toLowerCase()];
      if (!fixes?.length) continue;
      hits.push({ confusion: c, start, end, word: w, fixes: fixes.map((f) => keepCapital(w, f)) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A fix keeps the capital the writer gave the first letter ("Preformed" -> "Performed"). */
export function keepCapital(written: string, fix: string): string {
  return /^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(fix) ? fix[0]!.toUpperCase() + fix.slice(1) : fix;
}

export function loadSpellingRules(root = RULES_DIR): SpellingRules {
  const dir = join(root, 'spelling');
  const problems = new Problems(join(root, '..'));
  const check = loadYamlFile(join(dir, 'check.yml'), SpellingCheckSchema, problems);

  const vocabulary: Vocabulary = { words: new Set(), display: new Map() };
  for (const file of loadYamlDir(join(dir, 'vocabulary'), VocabularyFileSchema, problems)) {
    for (const entry of file.data.words) addWord(vocabulary, entry);
  }

  const confusions: Confusion[] = [];
  const file = loadYamlFile(join(dir, 'confusions.yml'), ConfusionsFileSchema, problems);
  for (const [i, c] of (file?.data.confusions ?? []).entries()) {
    const where = `confusions.${i} (${c.id})`;
    const re = compileRegex(c.match, c.caseSensitive ? 'gu' : 'giu', file!.file, `${where}.match`, problems);
    const notRe = c.notMatch ? compileRegex(c.notMatch, 'u', file!.file, `${where}.notMatch`, problems) : null;
    if (!re || (c.notMatch && !notRe)) continue;
    const compiled: Confusion = { id: c.id, needs: c.needs, re, notRe, fix: c.fix, message: c.message, examples: c.examples };
    if (confusions.some((o) => o.id === c.id)) problems.add(file!.file, '', `${where}: duplicate id`);
    for (const text of c.examples.invalid) {
      if (!findConfusions(text, [compiled]).length) problems.add(file!.file, '', `${where}: invalid example not caught: "${text}"`);
    }
    for (const text of c.examples.valid) {
      if (findConfusions(text, [compiled]).length) problems.add(file!.file, '', `${where}: valid example flagged: "${text}"`);
    }
    confusions.push(compiled);
  }
  problems.throwIfAny();
  return { check: check!.data, confusions, vocabulary };
}

/**
 * A vocabulary entry of several words ("Press Ganey", "Med/Surg") accepts each of its words. `display`: the entry's capitals are
 * how the field writes it (MEDITECH); off for words taken from titles and labels ("Length of stay").
 */
export function addWord(v: Vocabulary, entry: string, display = true): void {
  for (const w of [entry, ...entry.split(/[\s/]+/)]) {
    const key = w.toLowerCase();
    if (!key) continue;
    v.words.add(key);
    if (display && !v.display.has(key)) v.display.set(key, w);
  }
}

let cached: SpellingRules | null = null;
export function spellingRules(): SpellingRules {
  cached ??= loadSpellingRules();
  return cached;
}
