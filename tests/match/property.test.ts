// Any text at all, as a posting or as a resume's bullets: the match never throws, every quoted posting span is the
// posting's own text at its offsets, every piece of evidence is the resume's own text, and the score is 0..100.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRequirements, matchPosting } from '../../src/match/index.ts';

const words = ['Epic', 'CPHQ', 'required', 'preferred', 'Requirements', '\n', 'denials', 'A/R', 'days in accounts receivable', 'MHA',
  "Master's degree", '5+ years of', 'management experience', '•', ';', 'budget', ' ', 'Qualifications:', 'Registered Nurse', '(RN)'];
const postingText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((xs) => xs.join(' ')),
);

describe('match properties', () => {
  it('never throws; spans are the posting\'s own text; evidence is the resume\'s own text; score within 0..100', () => {
    fc.assert(fc.property(postingText, fc.array(postingText, { maxLength: 6 }), (posting, bullets) => {
      for (const r of extractRequirements(posting)) {
        for (const m of r.mentions) expect(posting.slice(m.start, m.end)).toBe(m.text);
      }
      const result = matchPosting(posting, { bullets });
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      for (const r of result.requirements) for (const e of r.evidence) expect(bullets.map((b) => b.trim())).toContain(e.text);
    }), { numRuns: 300 });
  });
});
