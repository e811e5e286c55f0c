import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { io } from './io.ts';
import { explain } from '../../src/cli/commands/explain.ts';

describe('resume-vitals explain', () => {
  it('prints every stage with the rule that decided it', () => {
    const out = explain('Cut no-shows 12% by texting reminders.');
    for (const stage of ['bullet', 'parse', 'clauses', 'metric', 'baseline', 'timeframe', 'kpi', 'domain', 'result', 'intervention', 'action', 'findings']) {
      expect(out).toMatch(new RegExp(`^${stage}\\s`, 'm'));
    }
    expect(out).toMatch(/role result \(change-verb\)/);
    expect(out).toMatch(/^intervention "by texting reminders"$/m);
    expect(out).toMatch(/no-shows" no-shows \[access\] moved down \(want down\)/);
  });

  it('shows the stages the analysis ran: a misspelled KPI word is read as its fix there too', () => {
    const out = explain('Reduced readmisions 15% by calling every discharged patient within 48 hours.');
    expect(out).toMatch(/^kpi\s+"readmisions" readmissions \[quality\] moved down/m);
    expect(out).toMatch(/^domain\s+quality/m);
  });

  it('reads bullets from standard input, one per line, and refuses an empty input', async () => {
    const b = io('Cut no-shows 12% by texting reminders.\nScheduled appointments for four providers.\n');
    expect(await main(['explain'], b)).toBe(0);
    expect(b.out.match(/^bullet /gm)).toHaveLength(2);
    const e = io('');
    expect(await main(['explain'], e)).toBe(2);
    expect(e.err).toMatch(/give a bullet to explain/);
  });
});
