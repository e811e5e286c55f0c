import { describe, expect, it } from 'vitest';
import { rehearsalChart } from '../../src/render/rehearsal-chart.ts';

describe('rehearsalChart', () => {
  it('draws one bar per run, colours by the 60-120 s band, and says the figures in text', () => {
    const svg = rehearsalChart([
      { seconds: 140, rating: 2, createdAt: '2026-01-01' },
      { seconds: 95, rating: 4, createdAt: '2026-01-02' },
      { seconds: 40, rating: null, createdAt: '2026-01-03' },
    ]);
    expect(svg.match(/<rect class="run"/g)).toHaveLength(3);
    expect(svg.match(/fill="#2f6f4f"/g)).toHaveLength(1);
    expect(svg.match(/<circle class="rating"/g)).toHaveLength(2);
    expect(svg).toContain('Run 1: 140 s, rated 2 of 5; Run 2: 95 s, rated 4 of 5; Run 3: 40 s');
    expect(svg).toMatch(/role="img"/);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
  it('draws an empty chart without runs', () => {
    const svg = rehearsalChart([]);
    expect(svg).toContain('No runs yet.');
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});
