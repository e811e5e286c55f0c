// The rewriter's view of the one verb lexicon (src/nlp/verbs.ts): the tense a writer chose, and a verb put back in it.
// Every form comes from the lexicon's compromise conjugation; nothing here writes an ending by hand.
import { formOf, inflect as inflectLemma, isKnownVerb, lemmaOf, lemmaOfTagged, rolesOf, type VerbRole } from '../../nlp/verbs.ts';
import { getRules } from '../../rules/index.ts';

export { isKnownVerb, lemmaOfTagged, rolesOf, type VerbRole };

/** The tense a rewrite keeps: the writer's own ("Helps reduce" -> "Reduces"). */
export type Tense = 'past' | 'present' | 'base' | 'gerund';

export function inflect(lemma: string, tense: Tense): string {
  return inflectLemma(lemma, tense === 'present' ? 'third' : tense);
}

/** The lemma of a verb form, or the word itself when the lexicon lists it as a lemma. */
export function baseOf(word: string): string | undefined {
  const w = word.toLowerCase();
  return isKnownVerb(w) ? w : lemmaOf(w);
}

/** Tense of the word that carried it ("helped" -> past, "helps" -> present, "help" -> base, "helping" -> gerund). */
export function tenseOf(word: string | undefined): Tense {
  if (!word) return 'past';
  const w = word.toLowerCase();
  if (/^(?:was|were|had|did)$/.test(w)) return 'past';
  if (/^(?:is|has|does|am|are)$/.test(w)) return w === 'are' || w === 'am' ? 'base' : 'present';
  const form = formOf(w);
  if (form === 'past' || form === 'participle') return 'past';
  if (form === 'gerund') return 'gerund';
  if (form === 'third' || (w.endsWith('s') && !w.endsWith('ss') && !isKnownVerb(w))) return 'present';
  return 'base';
}

export function isPastForm(word: string): boolean {
  const form = formOf(word);
  return form === 'past' || form === 'participle';
}

/** "deployed" -> "deploying", "built" -> "building"; undefined when the word is not a past form. */
export function gerundFromPast(word: string): string | undefined {
  if (!isPastForm(word)) return undefined;
  const lemma = lemmaOf(word);
  return lemma ? gerundAsWritten(word, lemma) : undefined;
}

/**
 * The gerund of the lemma of a word the writer used, in the writer's spelling: compromise doubles a final l the
 * British way ("counselling"), and a writer who wrote "Counseled" gets "counseling".
 */
export function gerundAsWritten(word: string, lemma: string): string {
  const gerund = inflect(lemma, 'gerund');
  const w = word.toLowerCase();
  if (w.length >= 4 && w.endsWith('led') && w.charAt(w.length - 4) !== 'l' && gerund.endsWith('lling') && gerund.slice(0, -5) === w.slice(0, -3)) return `${w.slice(0, -2)}ing`;
  return gerund;
}


/** The lexicon's lemmas with a role ("weak": help, assist, support...). */
export function lemmasWithRole(role: VerbRole): string[] {
  return [...getRules().verbs.entries.values()].filter((e) => e.roles.includes(role)).map((e) => e.lemma);
}

/** Every form of the lexicon's verbs with a role, longest first, for matching them in text. */
export function formsWithRole(role: VerbRole, tenses: readonly Tense[] = ['base', 'past', 'present', 'gerund']): string[] {
  const out = new Set<string>();
  for (const l of lemmasWithRole(role)) for (const t of tenses) out.add(inflect(l, t));
  return [...out].sort((a, b) => b.length - a.length);
}
