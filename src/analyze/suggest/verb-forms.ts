// Inflects verbs so a rewrite keeps the tense the user chose; irregular forms come from rules/rewrite/verb-forms.yml.
import { rewriteRules } from './rules.ts';

export type Tense = 'past' | 'present' | 'base' | 'gerund';

interface Lexicon {
  past: Map<string, string>; // base -> past
  participle: Map<string, string>; // base -> past participle
  baseOfIrregular: Map<string, string>; // past or participle -> base
  known: Set<string>;
  knownPast: Set<string>;
}

let lexicon: Lexicon | undefined;
function lex(): Lexicon {
  if (lexicon) return lexicon;
  const data = rewriteRules()['verb-forms'];
  const past = new Map<string, string>();
  const participle = new Map<string, string>();
  const baseOfIrregular = new Map<string, string>();
  for (const [base, [p, pp]] of Object.entries(data.irregular)) {
    past.set(base, p);
    participle.set(base, pp);
    baseOfIrregular.set(p, base);
    baseOfIrregular.set(pp, base);
  }
  const known = new Set([...data.known, ...past.keys()]);
  lexicon = { past, participle, baseOfIrregular, known, knownPast: new Set() };
  for (const base of known) lexicon.knownPast.add(pastOf(base));
  return lexicon;
}

const VOWELS = /[aeiou]/g;
// "plan" -> "planned": one-vowel words ending consonant-vowel-consonant double their last letter.
function doublesFinal(base: string): boolean {
  return (base.match(VOWELS)?.length ?? 0) === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(base);
}

export function pastOf(base: string): string {
  const irregular = lex().past.get(base);
  if (irregular) return irregular;
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (doublesFinal(base)) return base + base.slice(-1) + 'ed';
  return base + 'ed';
}

export function presentOf(base: string): string {
  if (base === 'do' || base === 'go') return base + 'es';
  if (/(s|x|z|ch|sh)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

export function gerundOf(base: string): string {
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (/[^aeioy]e$/.test(base)) return base.slice(0, -1) + 'ing';
  if (doublesFinal(base)) return base + base.slice(-1) + 'ing';
  return base + 'ing';
}

export function participleOf(base: string): string {
  return lex().participle.get(base) ?? pastOf(base);
}

export function inflect(base: string, tense: Tense): string {
  switch (tense) {
    case 'past': return pastOf(base);
    case 'present': return presentOf(base);
    case 'gerund': return gerundOf(base);
    case 'base': return base;
  }
}

/** Base form of a past, participle, -s or -ing form, or undefined when the word does not look like a verb form. */
export function baseOf(word: string): string | undefined {
  const w = word.toLowerCase();
  const l = lex();
  const irregular = l.baseOfIrregular.get(w);
  if (irregular) return irregular;
  if (l.known.has(w)) return w;
  const tries: string[] = [];
  if (w.endsWith('ied')) tries.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) tries.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('ing')) tries.push(w.slice(0, -3), w.slice(0, -3) + 'e', w.slice(0, -4));
  if (w.endsWith('ies')) tries.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) tries.push(w.slice(0, -2));
  if (w.endsWith('s')) tries.push(w.slice(0, -1));
  for (const t of tries) if (l.known.has(t)) return t;
  // Unknown regular verb: the plain stem is the best guess for inflecting it back.
  if (w.endsWith('eed')) return w.slice(0, -1);
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  return undefined;
}

/** Tense of the word that carried it ("helped" -> past, "helps" -> present, "help" -> base, "helping" -> gerund). */
export function tenseOf(word: string | undefined): Tense {
  if (!word) return 'past';
  const w = word.toLowerCase();
  if (/^(was|were|had|did)$/.test(w) || lex().baseOfIrregular.has(w) && !lex().known.has(w) || w.endsWith('ed')) return 'past';
  if (w.endsWith('ing')) return 'gerund';
  if (/^(is|has|does)$/.test(w) || (w.endsWith('s') && !w.endsWith('ss'))) return 'present';
  return 'base';
}

/** "deployed" -> "deploying", "built" -> "building"; undefined when the word is not a past form. */
export function gerundFromPast(word: string): string | undefined {
  const w = word.toLowerCase();
  const irregularBase = lex().baseOfIrregular.get(w);
  if (irregularBase) return gerundOf(irregularBase);
  if (!/[a-z]{2,}ed$/.test(w)) return undefined;
  if (w.endsWith('eed')) return w.slice(0, -1) + 'ing';
  if (w.endsWith('ied')) return w.slice(0, -3) + 'ying';
  // "moved" -> "mov" + "ing" and "stopped" -> "stopp" + "ing" are both right: -ing drops the e and keeps the double.
  return w.slice(0, -2) + 'ing';
}

export function isKnownVerb(base: string): boolean {
  return lex().known.has(base.toLowerCase());
}

/** A past form of a verb we know (used to join "... and oversaw ..." into "... and overseeing ..."). */
export function isKnownPast(word: string): boolean {
  return lex().knownPast.has(word.toLowerCase());
}

export function isPastForm(word: string): boolean {
  const w = word.toLowerCase();
  return lex().baseOfIrregular.has(w) || /[a-z]{2,}ed$/.test(w);
}
