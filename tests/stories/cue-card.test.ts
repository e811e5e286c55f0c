import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/story.ts';
import { cueCard, cueLine } from '../../src/stories/cue-card.ts';

describe('cueCard', () => {
  it('gives one line per part, in the teller’s words, with the part’s numbers', () => {
    const a = analyzeStory('Our clinic had an 18% no-show rate. My goal was to cut it below 12%. I piloted SMS reminders with the front desk and opened same-day slots. As a result, no-shows fell from 18% to 11% within 90 days.');
    const card = cueCard(a);
    expect(card.map((c) => c.label)).toEqual(['Situation', 'Task', 'Action', 'Result']);
    expect(card.every((c) => !c.missing)).toBe(true);
    expect(card[0]!.text).toContain('18%');
    expect(card[3]!.text).toMatch(/^no-shows fell from 18% to 11% within 90 days/);
    for (const c of card) expect(c.text.split(/\s+/).length).toBeLessThanOrEqual(20);
  });
  it('shows a placeholder for a missing part', () => {
    const card = cueCard(analyzeStory('I covered a lot of shifts myself. Things got better.'));
    expect(card.find((c) => c.part === 'task')).toMatchObject({ missing: true, text: expect.stringMatching(/^\[/) });
  });
  it('never cuts inside a number and lists numbers past the cut', () => {
    const text = 'Within 90 days prior-auth denials for our largest commercial payer fell 32% and net revenue rose $1.4M';
    const spans = ['Within 90 days', '32%', '$1.4M'].map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t }));
    const line = cueLine({ start: 0, end: text.length, text }, spans, 4);
    expect(line).toBe('Within 90 days prior-auth… (32%, $1.4M)');
  });
});
