// How real interview answers are read: role statements, career summaries, habits and hypotheticals are not STAR
// parts; outline labels name the part of what follows them.
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../../src/analyze/story.ts';

const present = (text: string) => {
  const r = analyzeStory(text);
  return { situation: r.parts.situation.length > 0, task: r.parts.task.length > 0, action: r.parts.action.length > 0, result: r.parts.result.length > 0, r };
};

describe('what is not a STAR part', () => {
  it('a role statement alone is not a situation', () => {
    const p = present('In my previous role as practice manager for a dental group, I oversaw the front desk and billing. I managed a team of nine and prepared the monthly reports.');
    expect(p).toMatchObject({ situation: false, task: false, action: false });
  });
  it('a role statement before a real problem does not stop the problem being the situation', () => {
    const p = present('In my previous role as practice manager for a dental group, our recall rate had slipped to 40%. I rebuilt the recall letters and added text reminders. Recalls rose to 62% within six months.');
    expect(p).toMatchObject({ situation: true, action: true, result: true });
    expect(p.r.parts.situation[0]!.text).toMatch(/recall rate had slipped/);
  });
  it('hypothetical answers ("I would…") have no actions, and their promised outcomes are not results', () => {
    const p = present('If our clinic fell behind on referrals, I would first look at the queue by specialty. Then I would meet with the schedulers and set a daily target. This would help us clear the backlog quickly.');
    expect(p).toMatchObject({ situation: false, action: false, result: false });
  });
  it('habits ("I regularly review…") are not actions', () => {
    const p = present('I regularly review our denial reports with the billing lead. Every Monday I meet with the front desk to go over the schedule. I always make sure new staff shadow a senior registrar.');
    expect(p).toMatchObject({ situation: false, task: false, action: false, result: false });
  });
  it('a career summary tells no actions, but its stated results count', () => {
    const p = present('I have over twelve years of experience in ambulatory operations. I have led clinic openings and supervised large teams, and one of my projects cut patient wait times by 20%. These experiences have prepared me well for this role.');
    expect(p).toMatchObject({ situation: false, task: false, action: false, result: true });
    expect(p.r.quantifiedResult).toBe(true);
  });
  it('a general job scope is not a task; a charge in that situation is', () => {
    expect(present('I am responsible for patient access at a 200-bed hospital. Our call abandonment rate was 18%. I added a callback option. Abandonment fell to 6%.').task).toBe(false);
    expect(present('Our call abandonment rate was 18%. It was my responsibility to bring it under 8% before open enrollment. I added a callback option. Abandonment fell to 6%.').task).toBe(true);
  });
  it('past actions inside an answer that also muses about what it would do are still actions', () => {
    const p = present('Our lab rejected 9% of specimens for labeling errors. I installed label printers at every draw station and retrained the phlebotomists. Rejections fell to 2%. Next time I would involve the night shift earlier.');
    expect(p).toMatchObject({ situation: true, action: true, result: true });
  });
});

describe('outline labels', () => {
  const forms = {
    words: 'Situation: our unit averaged 18% RN overtime. Task: I had to bring it under 8%. Action: I built a float pool with two sister units. Result: overtime fell to 7% in six months.',
    letters: 'S: our unit averaged 18% RN overtime. T: I had to bring it under 8%. A: I built a float pool with two sister units. R: overtime fell to 7% in six months.',
    bold: '**Situation:** our unit averaged 18% RN overtime. **Task:** I had to bring it under 8%. **Action:** I built a float pool with two sister units. **Result:** overtime fell to 7% in six months.',
    numbered: '1. Situation - our unit averaged 18% RN overtime. 2. Task - I had to bring it under 8%. 3. Action - I built a float pool with two sister units. 4. Result - overtime fell to 7% in six months.',
    lines: 'Situation: our unit averaged 18% RN overtime\nTask: I had to bring it under 8%\nAction: I built a float pool with two sister units\nResult: overtime fell to 7% in six months',
  };
  for (const [name, text] of Object.entries(forms)) {
    it(`are honoured, and left out of the part's words (${name})`, () => {
      const r = analyzeStory(text);
      expect(r.parts.situation.map((s) => s.text)).toEqual([expect.stringMatching(/^our unit averaged 18% RN overtime/)]);
      expect(r.parts.task.map((s) => s.text)).toEqual([expect.stringMatching(/^I had to bring it under 8%/)]);
      expect(r.parts.action.map((s) => s.text)).toEqual([expect.stringMatching(/^I built a float pool/)]);
      expect(r.parts.result.map((s) => s.text)).toEqual([expect.stringMatching(/^overtime fell to 7%/)]);
      for (const list of Object.values(r.parts)) for (const s of list) expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  }
  it('a label wins over the cues in its clause ("Task: reduce overtime" is a task, not a result)', () => {
    const r = analyzeStory('Task: reduce overtime in the call center. Action: I cross-trained agents. Result: overtime hours were cut by 35% in one quarter.');
    expect(r.parts.task.map((s) => s.text)).toEqual(['reduce overtime in the call center.']);
  });
});

describe("the engine's clause roles", () => {
  it('a clause the engine reads as a result counts as one more result cue', async () => {
    const { classifyStory } = await import('../../../src/analyze/story/parts.ts');
    const { storyRules } = await import('../../../src/analyze/story/rules.ts');
    const text = 'Our clinic lost a fifth of its visits to no-shows. I piloted text reminders with the front desk. Kept appointments hit the 80th percentile for the region.';
    const last = (engine: boolean) => classifyStory(text, storyRules().cues, { hasEngineResult: (c) => engine && /Kept appointments/.test(c.text) }).at(-1)!;
    expect(last(true).part).toBe('result');
    expect(last(true).cues).toContain('result/engine-clause');
    expect(last(false).cues).not.toContain('result/engine-clause');
  });
  it("never turns the teller's own step into a result ('I reduced schedules by 25% for two weeks' stays an action)", () => {
    const r = analyzeStory('Our practice moved from paper charts to an EHR. I was tasked with keeping the practice productive. I created a training schedule and reduced patient schedules by 25% for the first two weeks. We were back to full schedules within a month.');
    expect(r.parts.action.map((s) => s.text).join(' ')).toMatch(/reduced patient schedules by 25%/);
    expect(r.parts.result.map((s) => s.text)).toEqual(['We were back to full schedules within a month.']);
  });
});
