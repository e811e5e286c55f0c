import { describe, expect, it } from 'vitest';
import { baseOf, gerundFromPast, gerundOf, inflect, pastOf, presentOf, tenseOf } from '../../src/analyze/suggest/verb-forms.ts';

describe('verb forms', () => {
  it.each([
    ['reduce', 'reduced', 'reduces', 'reducing'], ['cut', 'cut', 'cuts', 'cutting'], ['plan', 'planned', 'plans', 'planning'],
    ['deploy', 'deployed', 'deploys', 'deploying'], ['apply', 'applied', 'applies', 'applying'], ['lead', 'led', 'leads', 'leading'],
    ['oversee', 'oversaw', 'oversees', 'overseeing'], ['partner', 'partnered', 'partners', 'partnering'], ['open', 'opened', 'opens', 'opening'],
    ['pilot', 'piloted', 'pilots', 'piloting'], ['standardize', 'standardized', 'standardizes', 'standardizing'],
  ])('%s -> %s / %s / %s', (base, past, present, gerund) => {
    expect(pastOf(base)).toBe(past);
    expect(presentOf(base)).toBe(present);
    expect(gerundOf(base)).toBe(gerund);
    expect(baseOf(past)).toBe(base);
  });

  it.each([
    ['deployed', 'deploying'], ['moved', 'moving'], ['stopped', 'stopping'], ['built', 'building'], ['ran', 'running'],
    ['introduced', 'introducing'], ['guaranteed', 'guaranteeing'], ['applied', 'applying'], ['oversaw', 'overseeing'],
  ])('after we %s -> by %s', (past, gerund) => expect(gerundFromPast(past)).toBe(gerund));

  it('does not take a noun for a past verb', () => {
    expect(gerundFromPast('payer')).toBeUndefined();
    expect(gerundFromPast('changes')).toBeUndefined();
  });

  it('reads the tense the user chose from the weak word', () => {
    expect(tenseOf('helped')).toBe('past');
    expect(tenseOf('was')).toBe('past');
    expect(tenseOf('helps')).toBe('present');
    expect(tenseOf('is')).toBe('present');
    expect(tenseOf('help')).toBe('base');
    expect(tenseOf('helping')).toBe('gerund');
    expect(inflect('manage', tenseOf('were'))).toBe('managed');
  });
});
