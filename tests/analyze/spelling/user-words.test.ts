// The user's dictionary applied to a saved analysis gives what the analyzer gives with those words.
import { describe, expect, it } from 'vitest';
import { analyzeBullet, analyzeStory } from '../../../src/analyze/index.ts';
import { withUserWords } from '../../../src/analyze/spelling/user-words.ts';

describe('withUserWords', () => {
  it('drops the flags for the user\'s words and gives their points back, as the analyzer would', () => {
    const text = 'Cut neurology wait from 60 to 12 days as every stroke follow-up was televisited within a week by recieving referrals.';
    const words = new Set(['televisited']);
    const after = withUserWords(analyzeBullet(text), words);
    const direct = analyzeBullet(text, { userWords: words });
    expect(after.findings).toEqual(direct.findings);
    expect(after.score).toBe(direct.score);
    expect(after.findings.filter((f) => f.rule === 'spelling').map((f) => f.suggestions![0])).toEqual(['receiving']);
  });

  it('works on stories and leaves a result without those words as it is', () => {
    const story = 'Wait times were 60 days. I televisited every stroke follow-up. Wait fell to 12 days in 6 months.';
    const words = new Set(['televisited']);
    expect(withUserWords(analyzeStory(story), words).score).toBe(analyzeStory(story, { userWords: words }).score);
    const clean = analyzeBullet('Cut denials from 12% to 6% in FY24.');
    expect(withUserWords(clean, words)).toBe(clean);
  });
});
