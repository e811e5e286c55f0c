// Resume text is spell-checked in the pre-flight: the summary, titles, bullets and skills, never the names of the
// person, employers, schools or issuers; the user's own words are accepted.
import { describe, expect, it } from 'vitest';
import { preflight } from '../../src/resume/preflight/index.ts';

const resume = {
  basics: { name: 'Dana Reyess', summary: 'Practice manger with 9 years in multispecialty clinics and Epic go-lives.' },
  work: [{ name: 'Baystate Helth', position: 'Practice Manager', highlights: ['Cut denials from 12% to 6% by fixing registraton errors at intake.'] }],
  education: [{ institution: 'Univrsity of Tulsa', area: 'Healthcare Adminstration', studyType: 'MHA' }],
  skills: [{ name: 'Revenue cycle', keywords: ['Epic Resolute', 'prior authorizaton'] }],
};

describe('spelling in the pre-flight', () => {
  it('flags resume text with its fix, and leaves names alone', () => {
    const items = preflight(resume).items.filter((i) => i.check === 'spelling');
    expect(items.map((i) => [i.path, i.text.slice(i.start, i.end)])).toEqual([
      ['basics.summary', 'manger'],
      ['work[0].highlights[0]', 'registraton'],
      ['education[0].area', 'Adminstration'],
      ['skills[0].keywords[1]', 'authorizaton'],
    ]);
    expect(items[1]!.message).toMatch(/\(fix: registration\)$/);
  });

  it('accepts the user\'s own words', () => {
    const items = preflight(resume, undefined, { userWords: new Set(['registraton']) }).items.filter((i) => i.check === 'spelling');
    expect(items.map((i) => i.text.slice(i.start, i.end))).not.toContain('registraton');
  });
});
