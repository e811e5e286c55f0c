// The candidate builder over hand-made analyzer results: placement, questions, answers, honesty.
import { describe, expect, it } from 'vitest';
import { Edits } from '../../src/analyze/suggest/edits.ts';
import { inventedNumbers, numbersIn } from '../../src/analyze/suggest/facts.ts';
import { suggestRewrite as suggestOne, suggestRewrites as suggestAll, type Analysed, type SuggestOptions } from '../../src/analyze/suggest/index.ts';
import { synthetic } from './helpers.ts';

// The builder alone, over hand-made analyses.
const suggestRewrites = (a: Analysed, o: SuggestOptions = {}) => suggestAll(a, o);
const suggestRewrite = (a: Analysed) => suggestOne(a);

const hcahps = synthetic('Improved HCAHPS nurse communication scores.', {
  verb: { text: 'Improved', strength: 'strong' },
  components: { result: ['Improved HCAHPS nurse communication scores'] },
  kpis: [{ text: 'HCAHPS nurse communication scores', domain: 'experience', change: 'up', desired: 'up' }],
  missing: ['metric', 'baseline', 'intervention'], advised: ['timeframe'],
});

describe('placeholders', () => {
  it('puts at most two missing parts in the text (how, then by how much) and asks the rest beside it', () => {
    const [best] = suggestRewrites(hcahps);
    expect(best!.text).toBe('Improved HCAHPS nurse communication scores [by how much] by [how: what you changed].');
    expect(best!.placeholders).toEqual(['[by how much]', '[how: what you changed]']);
    expect(best!.questions.map((q) => q.part)).toEqual(['metric', 'intervention']);
    expect(best!.beside.map((q) => q.part)).toEqual(['baseline']);
    for (const q of [...best!.questions, ...best!.beside]) expect(q.question).toContain('HCAHPS nurse communication scores');
    expect(suggestRewrite(hcahps)!.questions!.map((q) => [q.part, !!q.placeholder])).toEqual([['metric', true], ['intervention', true], ['baseline', false]]);
  });

  it('puts a part asked beside the text in once it is answered', () => {
    const [best] = suggestRewrites(hcahps, { answers: { baseline: '62nd percentile' } });
    expect(best!.text).toBe('Improved HCAHPS nurse communication scores [by how much] from a baseline of 62nd percentile by [how: what you changed].');
    expect(best!.beside).toEqual([]);
  });

  it('asks an advised part (the timeframe) as an optional question, without putting it in the text', () => {
    const [best] = suggestRewrites(hcahps);
    expect(best!.text).not.toContain('[over what period]');
    expect(best!.optional.map((q) => q.part)).toEqual(['timeframe']);
  });

  it('puts a missing baseline before a level: "from [baseline] to 94%"', () => {
    const a = synthetic('Improved template utilization to 94% by opening two late clinics.', {
      verb: { text: 'Improved', strength: 'strong' },
      components: { metric: ['94%'], result: ['Improved template utilization to 94%'], intervention: ['by opening two late clinics'] },
      kpis: [{ text: 'template utilization', change: 'up', desired: 'up' }], missing: ['baseline'],
    });
    expect(suggestRewrite(a)).toMatchObject({
      text: 'Improved template utilization from [baseline: rate before] to 94% by opening two late clinics.',
      placeholders: ['[baseline: rate before]'],
    });
  });

  it('asks about the baseline in the user\'s own terms ("before piloting SMS reminders")', () => {
    const a = synthetic('Reduced no-shows 7% by piloting SMS reminders.', {
      verb: { text: 'Reduced', strength: 'strong' },
      components: { metric: ['7%'], result: ['Reduced no-shows 7%'], intervention: ['by piloting SMS reminders'] },
      kpis: [{ text: 'no-shows', change: 'down', desired: 'down' }], missing: ['baseline'],
    });
    const [best] = suggestRewrites(a);
    expect(best!.questions[0]!.question).toBe('Where did no-shows stand before piloting SMS reminders?');
    expect(best!.checks.find((c) => c.id === 'intervention')!.status).toBe('passes');
  });
});

describe('answers rebuild the rewrite with the user\'s words', () => {
  const fell = synthetic('Registration time fell 25% this month.', {
    components: { metric: ['25%'], result: ['Registration time fell 25%'], timeframe: ['this month'] },
    kpis: [{ text: 'Registration time', change: 'down', desired: 'down' }], missing: ['baseline', 'intervention'],
  });

  it('turns the subject-first result around and asks for the rest', () => {
    expect(suggestRewrite(fell)!.text).toBe('Reduced registration time 25% from [baseline: time before] this month by [how: what you changed].');
  });

  it('fits answers in: strips a repeated "from"/"by", turns a past verb into "by ...ing", drops quotes and brackets', () => {
    const [best] = suggestRewrites(fell, { answers: { baseline: '"from 12 minutes"', intervention: 'Moved insurance checks to [pre-visit] calls.' } });
    expect(best!.text).toBe('Reduced registration time 25% from a baseline of 12 minutes this month by moving insurance checks to pre-visit calls.');
    expect(best!.placeholders).toEqual([]);
    expect(best!.answered.sort()).toEqual(['baseline', 'intervention']);
    expect(best!.lacks).toEqual([]);
  });

  it('adds an advised part only when answered, with "over" when the answer has no time word', () => {
    const [best] = suggestRewrites(hcahps, { answers: { timeframe: 'six months', metric: '7 pts', baseline: '62', intervention: 'through bedside shift report' } });
    expect(best!.text).toBe('Improved HCAHPS nurse communication scores 7 pts from a baseline of 62 over six months through bedside shift report.');
  });

  it('a blank answer leaves the placeholder', () => {
    const [best] = suggestRewrites(fell, { answers: { baseline: '  ' } });
    expect(best!.placeholders).toContain('[baseline: time before]');
  });
});

describe('honesty', () => {
  const denials = synthetic('Increased denials by 12% after payer policy changes.', {
    verb: { text: 'Increased', strength: 'strong' },
    components: { metric: ['12%'], result: ['Increased denials by 12%'] },
    kpis: [{ text: 'denials', change: 'up', desired: 'down', domain: 'financial' }], missing: ['baseline', 'intervention'],
  });

  it('frames a KPI that moved the wrong way: never asks how it was raised, asks what was done about it', () => {
    const [best] = suggestRewrites(denials);
    expect(best!.text).toBe('Increased denials by 12% after payer policy changes; [what you did about it].');
    expect(best!.questions.map((q) => q.part)).toEqual(['response']);
    expect(best!.questions[0]!.question).toMatch(/^Denials went up: what did you do about it/);
    expect(best!.beside).toEqual([]);
    expect(best!.checks.find((k) => k.id === 'kpi-direction')).toMatchObject({ status: 'needs-answer' });
    for (const c of suggestRewrites(denials)) {
      expect(c.text).toMatch(/^Increased denials by 12%/);
      expect(c.text).toContain('after payer policy changes'); // a cause, not the user's intervention
      expect(c.text).not.toContain('[how');
    }
    expect(suggestRewrites(denials, { answers: { response: 'Kept net collections at 97% by adding a denial work queue.' } })[0]!.text)
      .toBe('Increased denials by 12% after payer policy changes; kept net collections at 97% by adding a denial work queue.');
  });

  it('never turns a wrong-way move into "by ..." nor into an achievement', () => {
    const a = synthetic('Door-to-doc time increased from 22 to 35 minutes after we launched split flow.', {
      components: { metric: ['22', '35 minutes'], baseline: ['from 22 to 35 minutes'], result: ['increased from 22 to 35 minutes'], intervention: ['after we launched split flow'] },
      kpis: [{ text: 'Door-to-doc time', change: 'up', desired: 'down', domain: 'access' }],
    });
    const texts = suggestRewrites(a).map((c) => c.text);
    expect(texts[0]).toBe('Door-to-doc time increased from 22 to 35 minutes after we launched split flow; [what you did about it].');
    for (const t of texts) expect(t).not.toMatch(/by launching|^Raised|^Increased/);
  });

  it('finds made-up numbers after normalising signs, dashes and separators', () => {
    expect(numbersIn('agency spend –$1,100K; CG-CAHPS +7 pts in FY24 [by how much]')).toEqual(['1100', '7', '24']);
    expect(inventedNumbers('Cut overtime 22% saving $1.1M', ['Cut overtime 22%', '1.10'])).toEqual([]);
    expect(inventedNumbers('Cut overtime 22% saving $1.2M', ['Cut overtime 22%'])).toEqual(['1.2']);
  });
});

describe('duties become the "how" of a result the user is asked for', () => {
  it('leads with the result placeholder and keeps the duty, with parallel verbs, after "by"', () => {
    const a = synthetic('Managed front desk staff of 6 and oversaw daily clinic operations.', {
      verb: { text: 'Managed', strength: 'strong' }, components: { metric: ['6'] }, missing: ['result', 'intervention', 'baseline'], domain: 'people',
    });
    const [best, light] = suggestRewrites(a);
    expect(best!.text).toBe('[result: what improved] by managing front desk staff of 6 and overseeing daily clinic operations.');
    expect(best!.supplied).toEqual(['intervention']);
    expect(best!.beside.map((q) => q.part)).toEqual(['baseline']);
    expect(best!.questions[0]!.question).toContain("'Cut RN turnover 13 pts'");
    expect(light).toBeUndefined(); // wording-only would be the bullet itself
  });

  it('upgrades the weak opening first ("Responsible for" -> "Managed"), and offers the wording-only fix second', () => {
    const a = synthetic('Responsible for scheduling and patient intake at a busy family practice.', {
      verb: { text: 'Responsible for', strength: 'weak' }, missing: ['result', 'metric', 'intervention'],
    });
    const texts = suggestRewrites(a).map((c) => c.text);
    expect(texts).toEqual([
      '[result: what improved] by managing scheduling and patient intake at a busy family practice.',
      'Managed scheduling and patient intake at a busy family practice.',
    ]);
  });

  it('rebuilds with a result answer that starts with a verb, or prefixes "Improved" when it does not', () => {
    const a = synthetic('Implemented a new patient portal.', {
      verb: { text: 'Implemented', strength: 'strong' }, missing: ['result', 'metric'],
    });
    expect(suggestRewrite({ ...a })!.text).toBe('[result: what improved] by implementing a new patient portal.');
    expect(suggestRewrites(a, { answers: { result: 'raised portal adoption 27 pts' } })[0]!.text)
      .toBe('Raised portal adoption 27 pts by implementing a new patient portal.');
    expect(suggestRewrites(a, { answers: { result: 'portal adoption 27 pts' } })[0]!.text)
      .toBe('Improved portal adoption 27 pts by implementing a new patient portal.');
  });

  it('asks for the real means behind a vague duty, keeping what it was about unless the answer names it', () => {
    const a = synthetic('Helped with denials.', {
      verb: { text: 'Helped', strength: 'weak' }, kpis: [{ text: 'denials', domain: 'financial', desired: 'down' }], missing: ['result', 'metric', 'intervention', 'baseline'],
    });
    const [best] = suggestRewrites(a);
    expect(best!.text).toBe('[result: what improved] by [how: what you changed] for denials.');
    expect(best!.text).not.toMatch(/supporting|helping/);
    expect(best!.questions.map((q) => q.part)).toEqual(['result', 'intervention']);
    expect(best!.beside.map((q) => q.part)).toEqual(['baseline']);
    expect(suggestRewrites(a, { answers: { result: 'Lowered denials 29%', intervention: 'adding a prior-auth check' } })[0]!.text)
      .toBe('Lowered denials 29% by adding a prior-auth check.');
    // What it was about stays when the answer does not name it.
    expect(suggestRewrites(a, { answers: { result: 'Cut days in A/R 6', intervention: 'adding a prior-auth check' } })[0]!.text)
      .toBe('Cut days in A/R 6 by adding a prior-auth check for denials.');
  });

  it('does not take "by supporting X" for how a result was achieved', () => {
    const a = synthetic('Lowered denials 29% by supporting the billing team.', {
      verb: { text: 'Lowered', strength: 'strong' },
      components: { metric: ['29%'], result: ['Lowered denials 29%'], intervention: ['by supporting the billing team'] },
      kpis: [{ text: 'denials', domain: 'financial', change: 'down', desired: 'down' }],
    });
    const [best] = suggestRewrites(a);
    expect(best!.text).toBe('Lowered denials 29% by [how: what you changed] for the billing team.');
    expect(best!.checks.find((k) => k.id === 'intervention')).toMatchObject({ status: 'needs-answer' });
  });
});

describe('complete bullets and edge cases', () => {
  it('returns a complete bullet unchanged', () => {
    const text = 'Cut RN overtime 22% through float pool expansion and self-scheduling; agency spend –$1.1M';
    const a = synthetic(text, {
      verb: { text: 'Cut', strength: 'strong' },
      components: { metric: ['22%', '–$1.1M'], result: ['Cut RN overtime 22%', 'agency spend –$1.1M'], intervention: ['through float pool expansion and self-scheduling'] },
      kpis: [{ text: 'RN overtime', change: 'down', desired: 'down' }, { text: 'agency spend', change: 'down', desired: 'down' }],
    });
    expect(suggestRewrite(a)).toEqual({ text, placeholders: [], questions: [] });
  });

  it('joins two sentences into one', () => {
    expect(suggestRewrite(synthetic('Cut overtime 18% by expanding the float pool. Saved $400K in agency spend.'))!.text)
      .toBe('Cut overtime 18% by expanding the float pool; saved $400K in agency spend.');
  });

  it('offers at most three distinct candidates', () => {
    const a = synthetic('Helped reduce days in A/R by 6 days.', { missing: ['intervention', 'baseline'], components: { metric: ['6 days'] }, kpis: [{ text: 'days in A/R', domain: 'financial', change: 'down', desired: 'down' }] });
    const all = suggestRewrites(a);
    expect(all.length).toBeLessThanOrEqual(3);
    expect(new Set(all.map((c) => c.text)).size).toBe(all.length);
    expect(all.map((c) => c.strategy)).toEqual(['guide-order', 'ats-keywords', 'light-touch']);
    expect(all[1]!.text).toContain('days in accounts receivable (A/R)');
  });

  it('gives nothing for an empty or over-long bullet', () => {
    expect(suggestRewrite(synthetic('   '))).toBeNull();
    expect(suggestRewrite(synthetic('Cut denials 5% '.repeat(80)))).toBeNull();
    expect(suggestRewrite(hcahps)).not.toBeNull();
  });
});

describe('edits are placed at the writer\'s offsets and applied together', () => {
  it('keeps insertion order at one point, puts an insertion before a replacement there, and refuses overlaps', () => {
    const e = new Edits('Helped reduce no-shows 7%');
    expect(e.replace(0, 13, 'Reduced')).toBeDefined();
    expect(e.replace(7, 13, 'cut')).toBeUndefined();
    expect(e.insert(3, 'X')).toBeUndefined();
    e.insert(22, ' [by how much]');
    e.insert(22, ' from [baseline]');
    e.insert(0, '[result] ');
    expect(e.text()).toBe('[result] Reduced no-shows [by how much] from [baseline] 7%');
    expect(e.touches(5, 6)).toBe(true);
    expect(e.touches(14, 22)).toBe(false);
  });
});

describe('a duty turned into the "how" keeps its verbs parallel and the writer\'s spelling', () => {
  const duty = (text: string) => suggestRewrite(synthetic(text, { missing: ['result'], verb: { text: text.split(' ')[0]!, strength: 'strong' } }))!.text;
  it('turns every coordinated verb the lexicon lists into a gerund', () => {
    expect(duty('Maintains and monitors appointment schedules, coordinates referrals and greets patients.'))
      .toBe('[result: what improved] by maintaining and monitoring appointment schedules, coordinating referrals and greeting patients.');
    expect(duty('Collected, Analyze and report denial data.')).toBe('[result: what improved] by collecting, analyzing and reporting denial data.');
  });
  it('leaves nouns and a purpose clause\'s verbs alone', () => {
    expect(duty('Handled promotions and transfers.')).toBe('[result: what improved] by handling promotions and transfers.');
    expect(duty('Managed front desk and staff of 6.')).toBe('[result: what improved] by managing front desk and staff of 6.');
    expect(duty('Performed functions to admit, discharge, and transfer patients.')).toBe('[result: what improved] by performing functions to admit, discharge, and transfer patients.');
    expect(duty('Scheduled visits and check-ins.')).toBe('[result: what improved] by scheduling visits and check-ins.');
  });
  it('keeps the American spelling the writer used', () => {
    expect(duty('Counseled families on hospice benefits.')).toBe('[result: what improved] by counseling families on hospice benefits.');
  });
});
