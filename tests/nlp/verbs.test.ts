// The verb lexicon: compromise conjugates every listed lemma at load; the snapshot pins each form so that a
// compromise upgrade that changes one shows up here, and the API answers what the rewriter and detector ask.
import { describe, expect, it } from 'vitest';
import { getRules } from '../../src/rules/index.ts';
import { formOf, inflect, isKnownVerb, lemmaOf, rolesOf, verbForms } from '../../src/nlp/verbs.ts';

describe('verb lexicon', () => {
  it('conjugates every listed lemma (snapshot)', () => {
    const table = [...getRules().verbs.entries.values()]
      .sort((a, b) => a.lemma.localeCompare(b.lemma))
      .map((e) => `${e.lemma} [${e.roles.join(',')}]: ${e.forms.past} / ${e.forms.participle} / ${e.forms.gerund} / ${e.forms.third}`);
    expect(table.join('\n')).toMatchSnapshot();
  });

  it('has no hand-written endings: no doubled-letter or e-dropping slips', () => {
    for (const e of getRules().verbs.entries.values()) {
      const head = e.lemma.split(' ')[0]!;
      if (/[^e]e$/.test(head)) expect(e.forms.past, e.lemma).not.toMatch(/eed(?: |$)/);
      if (/[^aeiouy]e$/.test(head)) expect(e.forms.gerund, e.lemma).not.toMatch(/eing(?: |$)/);
      if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(head) && /ed(?: |$)/.test(e.forms.past)) expect(e.forms.past, e.lemma).toMatch(/([bdgmnpt])\1ed(?: |$)|^(?:hit|cut|set|put|met|won|led|ran|got)\b/);
    }
  });

  it.each([
    ['reduce', 'reduced', 'reduces', 'reducing'], ['cut', 'cut', 'cuts', 'cutting'], ['plan', 'planned', 'plans', 'planning'],
    ['submit', 'submitted', 'submits', 'submitting'], ['lead', 'led', 'leads', 'leading'], ['oversee', 'oversaw', 'oversees', 'overseeing'],
    ['co-lead', 'co-led', 'co-leads', 'co-leading'], ['roll out', 'rolled out', 'rolls out', 'rolling out'], ['apply', 'applied', 'applies', 'applying'],
  ])('%s -> %s / %s / %s', (lemma, past, third, gerund) => {
    expect(verbForms(lemma)).toMatchObject({ base: lemma, past, third, gerund });
    expect(inflect(lemma, 'past')).toBe(past);
    if (!lemma.includes(' ')) expect(lemmaOf(past)).toBe(lemma);
  });

  it('finds the lemma and form of inflected words', () => {
    expect(lemmaOf('brought')).toBe('bring');
    expect(lemmaOf('submitted')).toBe('submit');
    expect(lemmaOf('grew')).toBe('grow');
    expect(lemmaOf('overturning')).toBe('overturn');
    expect(lemmaOf('digitized')).toBe('digitize');
    expect(lemmaOf('payer')).toBeUndefined();
    expect(formOf('reducing')).toBe('gerund');
    expect(formOf('reduces')).toBe('third');
    expect(formOf('shrank')).toBe('past');
  });

  it('gives each lemma its roles', () => {
    expect(rolesOf('reduce')).toEqual(['down']);
    expect(rolesOf('raised')).toEqual(['up']);
    expect(rolesOf('maintain')).toContain('maintain');
    expect(rolesOf('lead')).toEqual(expect.arrayContaining(['intervention', 'duty']));
    expect(rolesOf('helped')).toEqual(['weak']);
    expect(rolesOf('frobnicate')).toEqual([]);
    expect(isKnownVerb('triage')).toBe(true);
  });

  it('finds multi-word forms on tokens', () => {
    const hit = getRules().verbs.at(['we', 'rolled', 'out', 'huddles'], 1);
    expect(hit).toMatchObject({ lemma: 'roll out', form: 'past', words: 2 });
  });
});
