import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/story.ts';
import { emptyComponents, type BulletResult, type Span } from '../../src/analyze/types.ts';
import { numbersDisagree, figure } from '../../src/stories/numbers-agree.ts';
import { asPastClause, pastTense, scaffoldFromBullet, startingPoint } from '../../src/stories/scaffold.ts';
import { analyzeBullet } from '../../src/analyze/bullet.ts';

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
    expect(s.text).toContain('No-shows stood at 18%.');
    expect(s.text).toContain('bring down no-shows');
    expect(s.text).toContain('Action: I piloted SMS reminders and opened same-day slots.');
    expect(s.text).toContain('Result: We cut no-shows from 18% to 11% over 120 days.');
    expect(s.placeholders).toContain('[Where you were and what was wrong]');
    for (const n of s.text.match(/\d+%?/g) ?? []) expect(TEXT).toContain(n);
  });
  it('is read back by the story analyzer as all four parts once its placeholders are filled in', () => {
    const filled = scaffoldFromBullet(BULLET).text
      .replace('[Where you were and what was wrong]', 'Our family medicine clinic was losing a fifth of its visits')
      .replace(' [by how much, by when, and who asked you]', ' below 12% within two quarters')
      .replace('[Who you worked with, what you changed first, how you got buy-in.]', 'I worked with the front desk leads.')
      .replace('[How long it held, and the system that keeps it there.]', 'The reminders are still running a year later.');
    expect(filled).not.toMatch(/\[/);
    const a = analyzeStory(filled);
    for (const p of ['situation', 'task', 'action', 'result'] as const) expect(a.parts[p].length, p).toBeGreaterThan(0);
    expect(a.findings.map((f) => f.rule)).not.toContain('story/placeholders');
  });
  it('saved unfilled, is flagged and scores as missing the parts its placeholders stand in for', () => {
    const bare = { ...BULLET, components: { ...BULLET.components, intervention: [] as Span[] }, actionVerb: null };
    const text = scaffoldFromBullet(bare).text;
    const a = analyzeStory(text);
    const rules = a.findings.map((f) => f.rule);
    expect(rules).toContain('story/placeholders');
    expect(a.findings.filter((f) => f.rule === 'story/placeholders').map((f) => text.slice(f.start, f.end))).toContain('[what you did]');
    // "My goal was to bring down no-shows [by how much…]" and "I [what you did]" are not a task and an action yet.
    expect(a.parts.task).toEqual([]);
    expect(a.parts.action).toEqual([]);
    expect(rules).toEqual(expect.arrayContaining(['story/missing-task', 'story/missing-action']));
    const filled = analyzeStory(text.replace(/\[[^\]]*\]/g, 'x'));
    expect(a.score).toBeLessThan(filled.score);
    expect(a.score).toBeLessThan(70);
  });
  it('writes every line as a sentence in the past tense, never "I [led] launching"', () => {
    const cases: [string, RegExp][] = [
      ['Reduced LWBS from 4.1% to 1.8% in 6 months by launching a provider-in-triage model.', /^Action: I launched a provider-in-triage model\. /m],
      ['Cut RN overtime 22% through float pool expansion and self-scheduling', /^Action: The change was float pool expansion and self-scheduling; I \[what you did yourself\]\. /m],
      ['Implemented a new patient portal.', /^Action: I implemented a new patient portal\. /m],
      ['Lowered denials 30% by auditing claims and retraining coders', /^Action: I audited claims and retrained coders\. /m],
      ['Manage scheduling and billing for 3 clinics', /^Action: I managed scheduling and billing for 3 clinics\. /m],
    ];
    for (const [bullet, action] of cases) {
      const s = scaffoldFromBullet(analyzeBullet(bullet));
      expect(s.text, bullet).toMatch(action);
      expect(s.text, bullet).not.toMatch(/\[led\]|I \w+ing\b/);
      expect(s.text, bullet).toMatch(/^Result: (?:We [a-z]+ |The result was|\[what changed)/m);
      // A number in the story comes from the bullet.
      for (const n of s.text.replace(/\[[^\]]*\]/g, '').match(/\d[\d.,]*%?/g) ?? []) expect(bullet, n).toContain(n);
    }
  });
  it('puts verbs in the past tense without touching nouns', () => {
    expect(asPastClause('piloting SMS reminders and opening same-day slots')).toBe('piloted SMS reminders and opened same-day slots');
    expect(asPastClause('cross-training schedulers')).toBe('cross-trained schedulers');
    expect(asPastClause('scheduling and billing for 3 clinics')).toBe('scheduled and billed for 3 clinics');
    expect(asPastClause('Reduced LWBS')).toBe('reduced LWBS');
    expect(pastTense('oversee')).toBe('oversaw');
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
