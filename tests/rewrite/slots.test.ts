// The rewrite read off the parsed bullet: the duty's main action becomes the how, the result clause's slots say where
// a missing part goes, and parts with no place in the sentence are asked beside it. Through the whole analysis.
import { describe, expect, it } from 'vitest';
import { analyzeBullet } from '../../src/analyze/index.ts';
import { suggestRewrites } from '../../src/analyze/suggest/index.ts';
import { claimedOutcome } from '../../src/analyze/suggest/claims.ts';
import { parseBullet } from '../../src/analyze/pipeline/index.ts';

const rewrite = (text: string) => analyzeBullet(text).rewrite!;
const asked = (text: string) => (rewrite(text).questions ?? []).map((q) => [q.part, !!q.placeholder]);

describe('a duty line', () => {
  it('puts its main action after "by", in the gerund the lexicon gives, with the result asked first', () => {
    const text = 'Oversaw intake for two urgent care sites and trained new registrars.';
    const action = analyzeBullet(text).components.action?.[0]?.text ?? '';
    expect(action.startsWith('Oversaw')).toBe(true);
    expect(rewrite(text).text).toBe('[result: what improved] by overseeing intake for two urgent care sites and training new registrars.');
  });
  it('drops the thing a vague verb helped with once the answered result names it', () => {
    const [best] = suggestRewrites(analyzeBullet('Helped with prior authorizations.'), { answers: { result: 'Cut prior authorizations pending over 5 days 40%', intervention: 'built a payer call schedule' } });
    expect(best!.text).toBe('Cut prior authorizations pending over 5 days 40% by building a payer call schedule.');
  });
});

describe('parts with no place in the sentence are asked beside it', () => {
  it('a saving carries its own change: no "from [baseline]" after the sum', () => {
    expect(rewrite('Saved $85K a year by moving courier runs in-house.').placeholders).toEqual([]);
    expect(asked('Saved $85K a year by moving courier runs in-house.')).toEqual([['baseline', false]]);
  });
  it('an award gets no "[by how much]" inside its name', () => {
    const r = rewrite('Received the Excellence in Patient Care award for our infusion center.');
    expect(r.placeholders).not.toContain('[by how much]');
    expect(r.text).not.toMatch(/from \[baseline/);
  });
});

describe('evidence in the parse keeps the rewrite from asking for what is there', () => {
  it('a change noun as the object is a claimed outcome: asked how much, not "what improved"', () => {
    const p = parseBullet('Drove referral growth by partnering with two orthopedic groups.');
    if (!p.clauses.some((c) => c.role === 'result')) expect(claimedOutcome(p)?.text).toBe('Drove referral growth');
    expect(rewrite('Drove referral growth by partnering with two orthopedic groups.').placeholders).not.toContain('[result: what improved]');
  });
  it('a duty naming a process improvement is no claim', () => {
    expect(claimedOutcome(parseBullet('Log and review process improvements suggested by front desk staff.'))).toBeUndefined();
  });
});

describe('wording', () => {
  it('takes the spelling check\'s fix for a misspelled word', () => {
    expect(rewrite('Lowered readmisions 2 pts by calling patients within 48 hours.').text).toContain('readmissions');
  });
  it('frames a wrong-way KPI honestly: nothing after "by", the one question what was done about it', () => {
    const r = rewrite('Overtime hours rose 18% during flu season.');
    expect(r.text).not.toMatch(/\bby \[/);
    expect(r.placeholders).toEqual(['[what you did about it]']);
  });
});

describe('an analysis that travelled (a worker, a saved result)', () => {
  it('rebuilds the same rewrite from its JSON, typos read as the analysis read them', () => {
    for (const text of ['Improvd HCAPHS scores thru hourly rounding', 'Managd a front desk team of 8 and traind new hires.', 'Saved $85K a year by moving courier runs in-house.']) {
      const a = analyzeBullet(text);
      expect(suggestRewrites(JSON.parse(JSON.stringify(a)))[0]?.text).toBe(a.rewrite?.text);
    }
  });
});
