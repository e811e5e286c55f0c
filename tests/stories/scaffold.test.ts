import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/story.ts';
import { emptyComponents, type BulletResult, type Span } from '../../src/analyze/types.ts';
import { numbersDisagree, figure } from '../../src/stories/numbers-agree.ts';
import { scaffoldFromBullet, startingPoint } from '../../src/stories/scaffold.ts';

const TEXT = 'Cut no-shows from 18% to 11% by piloting SMS reminders and opening same-day slots over 120 days.';
const span = (t: string): Span => ({ start: TEXT.indexOf(t), end: TEXT.indexOf(t) + t.length, text: t });
const BULLET: BulletResult = {
  kind: 'bullet', text: TEXT, score: 90,
  components: { ...emptyComponents(), metric: [span('18%'), span('11%')], baseline: [span('from 18% to 11%')],
    intervention: [span('by piloting SMS reminders and opening same-day slots')], result: [span('Cut no-shows from 18% to 11%')], timeframe: [span('over 120 days')] },
  actionVerb: { ...span('Cut'), strength: 'strong' },
  kpis: [{ id: 'no-shows', label: 'No-show rate', domain: 'access', ...span('no-shows'), change: 'down', desired: 'down' }],
  primaryDomain: 'access', findings: [], rewrite: null,
};

describe('scaffoldFromBullet', () => {
  it('prefills STAR from the bullet’s own words and leaves the rest as placeholders', () => {
    const s = scaffoldFromBullet(BULLET);
    expect(s.text).toContain('No-shows was 18%');
    expect(s.text).toContain('bring down no-shows');
    expect(s.text).toContain('piloting SMS reminders and opening same-day slots');
    expect(s.text).toContain('Cut no-shows from 18% to 11%, over 120 days');
    expect(s.placeholders).toContain('[Where you were and what was wrong]');
    for (const n of s.text.match(/\d+%?/g) ?? []) expect(TEXT).toContain(n);
  });
  it('is read back by the story analyzer as all four parts', () => {
    const a = analyzeStory(scaffoldFromBullet(BULLET).text);
    for (const p of ['situation', 'task', 'action', 'result'] as const) expect(a.parts[p].length, p).toBeGreaterThan(0);
  });
  it('uses placeholders for parts the bullet lacks', () => {
    const bare: BulletResult = { ...BULLET, text: 'Responsible for scheduling.', components: emptyComponents(), kpis: [], actionVerb: null };
    const s = scaffoldFromBullet(bare);
    expect(s.placeholders).toEqual(expect.arrayContaining(['[baseline]', '[what you did]', '[what changed, with a number]', '[the measure]']));
  });
  it('finds the starting point of a baseline', () => {
    expect(startingPoint([{ start: 0, end: 15, text: 'from 18% to 11%' }])).toBe('18%');
    expect(startingPoint([{ start: 0, end: 14, text: 'vs. prior year' }])).toBe('prior year');
    expect(startingPoint([])).toBeNull();
  });
});

describe('numbersDisagree', () => {
  const spans = (...t: string[]) => t.map((text) => ({ start: 0, end: text.length, text }));
  it('agrees when the story says the same figures in other words', () => {
    expect(figure('$1.4 million')).toEqual({ text: '$1.4 million', value: 1.4e6, unit: 'money' });
    expect(numbersDisagree(spans('32%', '+$1.4M'), spans('32 percent', '$1.4 million', '90 days'))).toEqual([]);
  });
  it('flags a figure the story gives differently, and one it never says', () => {
    const out = numbersDisagree(spans('29%', '6.5 days', '$2.3M'), spans('32%', '$2.3M'));
    expect(out.map((m) => m.bullet)).toEqual(['29%', '6.5 days']);
    expect(out[0]!.message).toMatch(/bullet says 29%; the story says 32%/);
    expect(out[1]!.message).toMatch(/never says it/);
  });
});
