import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBullet } from '../../src/analyze/index.ts';
import { BulletResultSchema, COMPONENTS } from '../../src/analyze/types.ts';

const texts = (r: ReturnType<typeof analyzeBullet>, c: (typeof COMPONENTS)[number]) => r.components[c].map((s) => s.text);

describe('analyzeBullet', () => {
  it('finds the four parts of the guide model bullet and its KPIs with direction', () => {
    const r = analyzeBullet('Lowered denials 29% and days in A/R 6.5 by standardizing prior auth workflows and deploying a coding tip sheet; net revenue +$2.3M.');
    expect(BulletResultSchema.parse(r)).toBeTruthy();
    expect(texts(r, 'metric')).toEqual(['29%', '6.5', '+$2.3M']);
    expect(texts(r, 'intervention')).toEqual(['by standardizing prior auth workflows and deploying a coding tip sheet']);
    expect(texts(r, 'result')).toContain('net revenue +$2.3M');
    expect(r.actionVerb).toMatchObject({ text: 'Lowered', strength: 'strong' });
    expect(r.kpis.map((k) => [k.id, k.change, k.desired])).toEqual([
      ['denials', 'down', 'down'], ['days-in-ar', 'down', 'down'], ['net-revenue', 'up', 'up'],
    ]);
    expect(r.primaryDomain).toBe('financial');
  });

  it('reads baselines in their several forms', () => {
    expect(texts(analyzeBullet('Brought days in A/R down to 38 from 52 by creating a denial work queue.'), 'baseline')).toEqual(['to 38 from 52']);
    expect(texts(analyzeBullet('Cut door-to-doc 52 → 37 minutes with a provider in triage.'), 'baseline')).toEqual(['52 → 37 minutes']);
    expect(texts(analyzeBullet('Raised collections 12% vs. prior year by adding POS estimates.'), 'baseline')).toEqual(['vs. prior year']);
    expect(texts(analyzeBullet('Reduced no-shows 7% by piloting SMS reminders.'), 'baseline')).toEqual([]);
  });

  it('tells a magnitude from an intervention after "by"', () => {
    const r = analyzeBullet('Cut new patient lag by 12 days and denials by 5%.');
    expect(texts(r, 'intervention')).toEqual([]);
    expect(r.findings.map((f) => f.rule)).toContain('has-intervention');
  });

  it('flags a KPI that moved the wrong way, naming it', () => {
    const r = analyzeBullet('Increased denials by 12% after payer policy changes.');
    const f = r.findings.find((x) => x.rule === 'kpi-direction');
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/Denials moved up/);
    expect(r.text.slice(f!.start, f!.end)).toBe('denials');
  });

  it('marks weak and passive openers', () => {
    expect(analyzeBullet('Responsible for scheduling and patient intake.').actionVerb).toMatchObject({ text: 'Responsible for', strength: 'weak' });
    const passive = analyzeBullet('Team members were trained on HIPAA and OSHA requirements.');
    expect(passive.actionVerb?.strength).toBe('weak');
    expect(passive.findings.map((f) => f.rule)).toContain('passive-opening');
    expect(analyzeBullet('Registration time fell 25% this month.').actionVerb).toBeNull();
  });

  it('explains every point lost: the score is 100 minus the findings\' penalties', () => {
    for (const t of ['Handled patient complaints.', 'Cut RN overtime 22% through float pool expansion; agency spend –$1.1M', 'Helped reduce no-shows.']) {
      const r = analyzeBullet(t);
      const lost = r.findings.reduce((n, f) => n + (f.penalty ?? 0), 0);
      expect(r.score).toBe(Math.max(0, 100 - lost));
    }
    expect(analyzeBullet('Handled patient complaints.').score).toBeLessThan(analyzeBullet('Cut complaint resolution time from 14 to 5 days by creating a patient advocate role.').score);
  });

  it('gives an over-long bullet one clear finding instead of a slow run', () => {
    const r = analyzeBullet('Reduced denials 10% by auditing claims. '.repeat(40));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'over-limit', severity: 'error' });
    expect(r.findings[0]!.message).toMatch(/limit is 1000/);
  });

  it('does not take years, dates or names for metrics', () => {
    expect(texts(analyzeBullet('Led COVID-19 vaccine clinics in 2021 across the 3rd floor units.'), 'metric')).toEqual([]);
    expect(texts(analyzeBullet('Led COVID-19 vaccine clinics in 2021.'), 'timeframe')).toEqual(['in 2021']);
  });

  it('every guide bullet comes out with a metric, a result and a strong verb', () => {
    const gold = readFileSync(new URL('../../eval/data/dev-bullets.jsonl', import.meta.url), 'utf8')
      .split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; source: string; labels: { intervention: boolean } });
    for (const g of gold.filter((x) => x.source === 'guide')) {
      const r = analyzeBullet(g.text);
      expect(r.components.metric.length, g.text).toBeGreaterThan(0);
      expect(r.components.result.length, g.text).toBeGreaterThan(0);
      expect(r.actionVerb?.strength, g.text).toBe('strong');
      if (g.labels.intervention) expect(r.components.intervention.length, g.text).toBeGreaterThan(0);
    }
  });
});

describe('odd Unicode', () => {
  it('reads non-breaking hyphens and spaces, curly quotes and full-width digits like their plain forms, and cuts spans from the original', () => {
    const text = 'Reduced no\u2011shows from 18%\u00a0to 11% by piloting \u201cSMS\u201d reminders\u200b; LWBS down \uff11\u00a0pts.';
    const r = analyzeBullet(text);
    expect(r.kpis.map((k) => k.id)).toEqual(['no-shows', 'lwbs']);
    expect(r.components.baseline.map((s) => s.text)).toEqual(['from 18%\u00a0to 11%']);
    expect(r.components.intervention.map((s) => s.text)).toEqual(['by piloting \u201cSMS\u201d reminders']);
    expect(r.components.metric.map((s) => s.text)).toContain('\uff11\u00a0pts');
    for (const s of Object.values(r.components).flat()) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
