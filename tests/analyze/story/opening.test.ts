import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../../src/analyze/index.ts';

describe('a story that opens on a number', () => {
  it('reads the opening as the situation when a later sentence carries the result, and its number as the baseline', () => {
    const r = analyzeStory("Our unit's RN turnover hit 28% in 2021 and we relied heavily on travel nurses. The CNO asked me to develop a retention plan. "
      + 'I started monthly stay interviews and built a clinical ladder. By the end of 2022 turnover was down to 15%.');
    expect(r.parts.situation.map((s) => s.text)[0]).toMatch(/^Our unit's RN turnover hit 28%/);
    expect(r.parts.result.map((s) => s.text)[0]).toMatch(/^By the end of 2022/);
    expect(r.findings.map((f) => f.rule)).not.toContain('story/result-without-baseline');
  });
  it('keeps a one-result story as it is', () => {
    const r = analyzeStory('Turnover fell to 15% after I built a clinical ladder.');
    expect(r.parts.situation).toEqual([]);
    expect(r.parts.result.length).toBeGreaterThan(0);
  });
});

describe('a 20,000-word paste with no punctuation', () => {
  it('is read, with a run-on and an over-limit finding, and valid spans', () => {
    const words = 'I worked with the ED director to launch split-flow triage and LWBS fell by 1 point over two quarters'.split(' ');
    const text = Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join(' ');
    const r = analyzeStory(text);
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toContain('story/run-on');
    expect(rules).toContain('story/over-limit');
    for (const s of Object.values(r.parts).flat()) expect(text.slice(s.start, s.end)).toBe(s.text);
  }, 20_000);
});
