// Verb conjugation by compromise's own transform (no hand-written endings). Used when the verb lexicon loads and
// for verbs the lexicon does not list.
import { loadCompromise } from './index.ts';

export interface VerbForms {
  /** "reduce" */ base: string;
  /** "reduced" */ past: string;
  /** "reduced" (or "grown", "overseen") */ participle: string;
  /** "reducing" */ gerund: string;
  /** "reduces" */ third: string;
}

interface Transform {
  conjugate(word: string, model: unknown): Record<string, string | undefined>;
  toInfinitive(word: string, model: unknown, tense?: string): string;
}
let loaded: { transform: Transform; model: unknown } | undefined;
function compromiseVerbs(): { transform: Transform; model: unknown } {
  const nlp = loadCompromise() as unknown as { methods(): { two: { transform: { verb: Transform } } }; model(): unknown };
  return (loaded ??= { transform: nlp.methods().two.transform.verb, model: nlp.model() });
}

/** Every form of a verb written as its lemma ("roll out" -> "rolled out", "rolling out", ...). */
export function conjugate(lemma: string): VerbForms {
  const { transform, model } = compromiseVerbs();
  const c = transform.conjugate(lemma, model);
  const past = c.PastTense ?? `${lemma}ed`;
  return {
    base: lemma,
    past,
    participle: c.Participle ?? past,
    gerund: c.Gerund ?? `${lemma}ing`,
    third: c.PresentTense ?? `${lemma}s`,
  };
}

/** compromise's guess at the lemma of an inflected verb form, for words the lexicon does not list. */
export function infinitiveOf(word: string, form: 'past' | 'gerund' | 'third'): string {
  const tense = form === 'past' ? 'PastTense' : form === 'gerund' ? 'Gerund' : 'PresentTense';
  const { transform, model } = compromiseVerbs();
  return transform.toInfinitive(word.toLowerCase(), model, tense);
}
