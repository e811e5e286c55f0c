// Private patient data found by the analyzer itself, in bullets and stories, so it shows wherever a bullet is scored.
import { describe, expect, it } from 'vitest';
import { analyzeBullet, analyzeStory } from '../../src/analyze/index.ts';

describe('private patient data in analyze', () => {
  const bullet = 'Documented the fall of patient John Smith (MRN 00482913) on 3/14/2023 and cut falls 40% by hourly rounding.';

  it('names each identifier at its span', () => {
    const r = analyzeBullet(bullet);
    const found = r.findings.filter((f) => ['patient-name', 'medical-record-number', 'full-date'].includes(f.rule));
    expect(found.map((f) => [f.rule, f.severity, bullet.slice(f.start, f.end)])).toEqual([
      ['patient-name', 'error', 'patient John Smith'],
      ['medical-record-number', 'error', 'MRN 00482913'],
      ['full-date', 'warning', '3/14/2023'],
    ]);
  });

  it('never lets a bullet that identifies a patient score as strong', () => {
    for (const text of [
      bullet,
      'Cut falls 40% in 6 months by hourly rounding after patient Mrs. Alvarez fell.',
      'Appealed the denial for DOS 03/14/2023 and recovered $18K in 30 days by resubmitting with notes.',
      'Verified coverage for member SSN 123-45-6789 and raised clean claims from 88% to 96% in FY24.',
    ]) expect(analyzeBullet(text).score, text).toBeLessThan(80);
  });

  it('leaves a bullet about record numbers in general alone', () => {
    const r = analyzeBullet('Cut MRN duplicate rate from 2.1% to 0.4% by running weekly EHR merge reports.');
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('finds it in stories too', () => {
    const r = analyzeStory('Patient John Smith (MRN 00482913) fell twice. I started hourly rounding. Falls dropped 40% in 6 months.');
    expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['patient-name', 'medical-record-number']));
  });
});
