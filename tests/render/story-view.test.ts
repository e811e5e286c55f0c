import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/story.ts';
import { markParts, storyView, timing } from '../../src/render/story-view.ts';

const STORY = 'Our clinic had an 18% no-show rate. My goal was to cut it below 12%. I piloted SMS reminders with the front desk and opened same-day slots. I basically called every no-show myself. As a result, no-shows fell from 18% to 11% within 90 days.';

describe('storyView', () => {
  it('marks every part and gives the text back whole', () => {
    const pieces = markParts(analyzeStory(STORY));
    expect(pieces.map((p) => p.text).join('')).toBe(STORY);
    expect(pieces.filter((p) => p.part).map((p) => p.part)).toEqual(['situation', 'task', 'action', 'action', 'result']);
  });
  it('gives shares that add up to at most 100% and lists errors and warnings before advice', () => {
    const v = storyView(analyzeStory(STORY));
    const sum = v.shares.reduce((n, s) => n + s.percent, 0);
    expect(sum).toBeGreaterThan(90);
    expect(sum).toBeLessThanOrEqual(101);
    const order = v.findings.map((f) => f.severity);
    expect([...order].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b))).toEqual(order);
    expect(v.findings.find((f) => f.rule === 'story/hedges')!.quote).toBe('basically');
    expect(v.cueCard).toHaveLength(4);
  });
  it('cuts out each misspelled word, with its fix, and still gives the text back whole', () => {
    const text = STORY.replace('piloted', 'pilotted').replace('reminders', 'remniders');
    const pieces = markParts(analyzeStory(text));
    expect(pieces.flatMap((p) => p.runs).map((r) => r.text).join('')).toBe(text);
    expect(pieces.flatMap((p) => p.runs).filter((r) => r.fix).map((r) => [r.text, r.fix])).toEqual([['pilotted', 'piloted'], ['remniders', 'reminders']]);
  });
  it('places the speaking time against the aim', () => {
    expect([30, 50, 90, 130, 200].map(timing)).toEqual(['short', 'near', 'aim', 'near', 'long']);
  });
});
