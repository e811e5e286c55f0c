// The analyzer's figures on the labelled dev sets, asserted. The guide-style set is ours (eval/data); the real set is
// other people's words and stays in ../shared, so its test skips with one line where ../shared is absent.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold, scoreBullets, scoreStories, table } from '../../eval/score.ts';
import { sharedFile } from '../../scripts/shared-data.ts';

const root = join(import.meta.dirname, '..', '..');
const REAL_DEV = sharedFile('eval/real-dev-bullets.jsonl', 'the real dev set figures');

describe('guide-style dev sets', () => {
  it('bullets: every label and the KPI domain at 1.00, spans exact', () => {
    const s = scoreBullets(readGold(join(root, 'eval', 'data', 'dev-bullets.jsonl')));
    const errors = [...s.errors.values()].flat().join('\n');
    for (const l of s.labels) expect(l.f1, `${l.label}\n${errors}`).toBe(1);
    expect(s.domain!.accuracy, errors).toBe(1);
    expect(s.spanErrors).toBe(0);
  });
  it('stories: every part at 1.00', () => {
    const s = scoreStories(readGold(join(root, 'eval', 'data', 'dev-stories.jsonl')));
    for (const l of s.labels) expect(l.f1, table('stories', s)).toBe(1);
  });
});

const GOALS: Record<string, number> = { metric: 0.97, baseline: 0.93, intervention: 0.9, result: 0.93, action_verb: 0.95 };

describe.skipIf(!REAL_DEV)('real dev set (../shared/eval/real-dev-bullets.jsonl)', () => {
  it('meets the goals: metric >= 0.97, baseline >= 0.93, intervention >= 0.90, result >= 0.93, action verb >= 0.95, domain >= 0.90', () => {
    const s = scoreBullets(readGold(REAL_DEV!));
    const report = table('real dev', s);
    for (const l of s.labels) expect(l.f1, `${l.label}\n${report}`).toBeGreaterThanOrEqual(GOALS[l.label]!);
    expect(s.domain!.accuracy, report).toBeGreaterThanOrEqual(0.9);
    expect(s.spanErrors).toBe(0);
  });
});
