import { describe, expect, it } from 'vitest';
import { bulletView } from '../../src/render/bullet-view.ts';
import { summarize } from '../../src/render/summary.ts';
import { domainChart } from '../../src/render/domain-chart.ts';
import { workspaceView } from '../../src/render/workspace-view.ts';
import { bare, OVERTIME, overtimeResult } from './fixtures.ts';

describe('bullet view', () => {
  it('shows the four-part checklist, the KPI verdict, findings and the rewrite', () => {
    const v = bulletView(overtimeResult());
    expect(v.checklist.map((c) => [c.key, c.present])).toEqual([['metric', true], ['baseline', false], ['intervention', true], ['result', true]]);
    expect(v.checklist[1]!.detail).toMatch(/^Add where it started/);
    expect(v.complete).toBe(false);
    expect(v.band).toBe('strong');
    expect(v.kpis).toEqual([expect.objectContaining({ label: 'Overtime', domain: 'People', verdict: 'good' })]);
    expect(v.findings[0]).toMatchObject({ severity: 'warning', severityLabel: 'Improve' });
    expect(v.rewrite!.html).toContain('<mark class="placeholder">[baseline]</mark>');
    expect(v.html).toContain('<mark class="hl hl-kpi" title="Overtime (People)">');
    expect(v.weakOpener).toBe(false);
  });

  it('says when a KPI moved the wrong way', () => {
    const r = overtimeResult();
    r.kpis[0]!.change = 'up';
    expect(bulletView(r).kpis[0]).toMatchObject({ verdict: 'bad', verdictText: 'up: this measure should go down' });
  });

  it('flags placeholders left in the bullet and hides a rewrite equal to the bullet', () => {
    const v = bulletView(bare('Cut no-shows from [baseline] to 11%', { rewrite: { text: 'Cut no-shows from [baseline] to 11%', placeholders: [] } }));
    expect(v.unfilled).toEqual(['[baseline]']);
    expect(v.rewrite).toBeNull();
    expect(v.weakOpener).toBe(true);
  });
});

describe('summary', () => {
  it('counts quantified bullets, domains, weak openers, and ranks what to fix first', () => {
    const s = summarize([
      { id: 1, result: overtimeResult() },
      { id: 2, result: bare('Responsible for scheduling') },
      { id: 3, result: bare('Helped with budgets') },
    ]);
    expect(s).toMatchObject({ total: 3, quantified: 1, quantifiedPercent: 33, weakOpeners: 2, averageScore: 35, noDomain: 2 });
    expect(s.domains.find((d) => d.domain === 'people')!.count).toBe(1);
    expect(s.fixFirst[0]).toMatchObject({ title: 'Give a baseline', count: 3, bulletId: 1 });
    expect(s.fixFirst.map((f) => f.title)).toEqual(['Give a baseline', 'Add a number', 'State the result']);
  });

  it('is calm about an empty workspace', () => {
    expect(summarize([])).toMatchObject({ total: 0, quantifiedPercent: 0, averageScore: 0, fixFirst: [] });
  });

  it('draws one bar per domain, scaled to the largest, with a text description', () => {
    const svg = domainChart(summarize([{ id: 1, result: overtimeResult() }, { id: 2, result: overtimeResult() }]).domains);
    expect(svg.match(/class="chart-bar"/g)).toHaveLength(1);
    expect(svg).toContain('width="200" height="16" rx="3"/><text class="chart-count" x="358" y="139">2</text>');
    expect(svg).toContain('<desc id="domain-chart-desc">Access &amp; throughput: 0; Quality &amp; safety: 0; Patient experience: 0; Financial: 0; People: 2; Equity &amp; community: 0</desc>');
  });
});

describe('workspace view', () => {
  it('groups bullets under their roles, numbering them in reading order, and marks group ends', () => {
    const at = '2026-01-02T03:04:05.000Z';
    const v = workspaceView({
      workspace: { id: 'a'.repeat(32), createdAt: at, updatedAt: at },
      roles: [{ id: 7, position: 1, title: 'Practice Manager', employer: 'Mercy', location: 'Tulsa', startDate: '2021', endDate: 'Present' }],
      bullets: [
        { id: 1, roleId: null, position: 1, text: 'loose', createdAt: at, updatedAt: at },
        { id: 2, roleId: 7, position: 1, text: OVERTIME, createdAt: at, updatedAt: at },
        { id: 3, roleId: 7, position: 2, text: 'second', createdAt: at, updatedAt: at },
      ],
    }, (t) => (t === OVERTIME ? overtimeResult() : bare(t)));
    expect(v.groups.map((g) => [g.role?.heading ?? null, g.bullets.map((b) => [b.number, b.first, b.last])])).toEqual([
      [null, [[1, true, true]]],
      ['Practice Manager · Mercy', [[2, true, false], [3, false, true]]],
    ]);
    expect(v.roles[0]!.dates).toBe('2021 – Present · Tulsa');
    expect(v.updated).toBe('2026-01-02 03:04 UTC');
  });
});

describe('finding order', () => {
  it('lists what to fix before what to improve, then tips', () => {
    const v = bulletView(bare('x', { findings: [
      { rule: 'a', severity: 'info', message: 'tip' },
      { rule: 'b', severity: 'warning', message: 'improve' },
      { rule: 'c', severity: 'error', message: 'fix' },
      { rule: 'd', severity: 'warning', message: 'improve 2' },
    ] }));
    expect(v.findings.map((f) => f.message)).toEqual(['fix', 'improve', 'improve 2', 'tip']);
  });
});
