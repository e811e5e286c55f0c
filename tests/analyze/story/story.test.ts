import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../../src/analyze/story.ts';
import { analyze, StoryResultSchema, type StoryResult } from '../../../src/analyze/index.ts';

const rulesOf = (r: StoryResult) => r.findings.map((f) => f.rule);

function expectValidSpans(r: StoryResult) {
  for (const list of [...Object.values(r.parts), ...Object.values(r.components)]) {
    for (const s of list) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(r.text.length);
      expect(s.start).toBeLessThan(s.end);
      expect(r.text.slice(s.start, s.end)).toBe(s.text);
    }
  }
  for (const f of r.findings) {
    if (f.start !== undefined) expect(f.end! >= f.start && f.end! <= r.text.length).toBe(true);
  }
}

const TOLD_WELL = [
  'In 2023 our orthopedic clinic had a third-next-available of 34 days and a 16% no-show rate, and referring doctors were sending patients elsewhere.',
  'I was asked by the service line director to bring new-patient access under 14 days by year end.',
  'I mapped the referral workflow with the schedulers, rebuilt the provider templates to add open-access blocks, piloted two-way SMS reminders, and set up a weekly access huddle where I reviewed the fill rate with each provider.',
  'I also trained two schedulers as referral navigators so urgent referrals were booked within 48 hours.',
  'As a result, third-next-available fell from 34 to 12 days within 120 days, no-shows dropped to 9%, and the huddle is still running a year later.',
].join(' ');

describe('analyzeStory', () => {
  it('gives a well-told story all four parts, a quantified result and few findings', () => {
    const r = analyzeStory(TOLD_WELL);
    expect(StoryResultSchema.parse(r)).toBeTruthy();
    for (const p of ['situation', 'task', 'action', 'result'] as const) expect(r.parts[p].length, p).toBeGreaterThan(0);
    expect(r.parts.situation[0]!.text).toMatch(/^In 2023/);
    expect(r.parts.task[0]!.text).toMatch(/^I was asked/);
    expect(r.parts.result.at(-1)!.text).toMatch(/^As a result/);
    expect(r.quantifiedResult).toBe(true);
    expect(r.components.metric.map((m) => m.text)).toEqual(expect.arrayContaining(['34 days', '16%', '9%']));
    expect(r.components.timeframe.map((m) => m.text)).toContain('within 120 days');
    expect(r.words).toBeGreaterThan(90);
    expect(r.speakingSeconds).toBe(Math.round((r.words / 150) * 60));
    expect(rulesOf(r)).not.toContain('story/result-without-baseline');
    expect(rulesOf(r)).not.toContain('story/no-sustained-window');
    expect(r.score).toBeGreaterThanOrEqual(85);
    expectValidSpans(r);
  });

  it('is what analyze(text, "story") returns', () => {
    expect(analyze(TOLD_WELL, 'story')).toEqual(analyzeStory(TOLD_WELL));
  });

  it('flags a vague story: no task, no number, no window, heroics, with the guide as source', () => {
    const r = analyzeStory('Last year our unit was short on nurses. I worked doubles and covered the shifts myself. It got better and morale improved.');
    expect(rulesOf(r)).toEqual(expect.arrayContaining(['story/missing-task', 'story/result-without-number', 'story/no-sustained-window', 'story/heroics']));
    const heroics = r.findings.find((f) => f.rule === 'story/heroics')!;
    expect(heroics.source).toMatch(/systems, not heroics/);
    expect(heroics.message).toMatch(/system/);
    expect(r.text.slice(heroics.start, heroics.end)).toMatch(/doubles|covered the shifts myself/);
    expect(r.quantifiedResult).toBe(false);
    expect(r.score).toBeLessThan(60);
  });

  it('does not count a timeframe alone as a quantified result', () => {
    const r = analyzeStory('Our clinic had a no-show problem. My goal was to fix it. I built a reminder workflow. Within 90 days things improved a lot.');
    expect(r.parts.result.length).toBeGreaterThan(0);
    expect(r.quantifiedResult).toBe(false);
  });

  it('flags actions told only as "we"', () => {
    const r = analyzeStory('Our ED had a 5% LWBS rate. The goal was to get it under 2%. We launched split-flow triage and we added a provider at peak hours. LWBS fell to 1.8% over two quarters.');
    expect(rulesOf(r)).toContain('story/we-without-i');
    const mine = analyzeStory(r.text.replace('We launched', 'I launched'));
    expect(rulesOf(mine)).not.toContain('story/we-without-i');
  });

  it('marks hedges and fillers where they are', () => {
    const r = analyzeStory('Our clinic kind of had a problem with no-shows. I basically rebuilt the reminders. I think no-shows fell 5%.');
    const hedges = r.findings.filter((f) => f.rule === 'story/hedges').map((f) => r.text.slice(f.start, f.end).toLowerCase());
    expect(hedges).toEqual(['kind of', 'basically', 'i think']);
  });

  it('tells the speaking time against the 60-120 s aim', () => {
    const long = analyzeStory(Array(4).fill(TOLD_WELL).join(' '));
    expect(long.speakingSeconds).toBeGreaterThan(150);
    expect(long.findings.find((f) => f.rule === 'story/speaking-time')!.message).toMatch(/too long/);
    const short = analyzeStory('Our ED was slow. I fixed triage. Waits fell 10 minutes.');
    expect(short.findings.find((f) => f.rule === 'story/speaking-time')!.message).toMatch(/too short/);
    const inBand = analyzeStory(TOLD_WELL + ' ' + TOLD_WELL.split('. ').slice(2, 4).join('. ') + '.');
    expect(inBand.speakingSeconds).toBeGreaterThanOrEqual(60);
    expect(rulesOf(inBand)).not.toContain('story/speaking-time');
  });
});

describe('analyzeStory on bad input', () => {
  it('answers an empty story with one clear error and score 0', () => {
    for (const text of ['', '   \n\t ']) {
      const r = analyzeStory(text);
      expect(r.score).toBe(0);
      expect(r.words).toBe(0);
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({ rule: 'story/empty', severity: 'error' });
      expect(StoryResultSchema.parse(r)).toBeTruthy();
    }
  });

  it('handles a 20,000-word paste without hanging and says it is too long', () => {
    const words = TOLD_WELL.split(' ');
    const text = Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join(' ');
    const r = analyzeStory(text);
    expect(r.words).toBeGreaterThan(19_000);
    expect(r.speakingSeconds).toBeGreaterThan(7000);
    expect(r.findings.find((f) => f.rule === 'story/speaking-time')!.message).toMatch(/too long/);
    expectValidSpans(r);
  });

  it('handles one long sentence with no punctuation: run-on finding, parts still found', () => {
    const text = 'so our clinic had a lot of no shows and the doctors were upset and the schedulers were overwhelmed and I was asked to fix it so I looked at the data and then I called every patient who missed and then I set up text reminders with the front desk and in the end no shows went down from 20 percent to 12 percent';
    const r = analyzeStory(text);
    expect(rulesOf(r)).toContain('story/run-on');
    expect(r.parts.action.length).toBeGreaterThan(0);
    expect(r.parts.result.length).toBeGreaterThan(0);
    expectValidSpans(r);
  });

  it('never throws and always returns valid spans (property)', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('I led', 'we cut', ' 22% ', '$1.4M.', 'Dr. ', 'e.g.', '\n\n', '; ', ' — ', 'as a result', 'within 90 days', 'My goal was', '…', '😀', '\u0000', 'İ', '\u200b'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const r = analyzeStory(pieces.join(''));
        expect(StoryResultSchema.safeParse(r).success).toBe(true);
        expectValidSpans(r);
      }),
      { numRuns: 120 },
    );
  });
});
