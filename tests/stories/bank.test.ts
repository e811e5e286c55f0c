import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../../src/analyze/story.ts';
import { storyRules } from '../../src/analyze/story/rules.ts';
import { answers, storyBank } from '../../src/stories/bank.ts';
import { prepSheetInput } from '../../src/stories/prep-sheet.ts';

const prompts = storyRules().prompts;

describe('interview prompts', () => {
  it('are the guide’s seven prompts, each quoting the guide', () => {
    expect(prompts.map((p) => p.id)).toEqual(['improvement-access', 'improvement-quality', 'improvement-finance', 'survey-readiness', 'people-leadership', 'budget-variance', 'own-a-miss']);
    for (const p of prompts) expect(p.source).toMatch(/^guide: '/);
  });
  for (const p of prompts) {
    it(`${p.id} runs its examples`, () => {
      for (const v of p.examples.valid) expect(answers(p, analyzeStory(v)), v).toBe(true);
      for (const v of p.examples.invalid) expect(answers(p, analyzeStory(v)), v).toBe(false);
    });
  }
});

describe('storyBank', () => {
  const access = analyzeStory('Our clinic’s third next available was 34 days. I rebuilt the templates. It fell to 12 days within 120 days.');
  const miss = analyzeStory('My miss: I approved a new scheduling tool without piloting it. I redesigned it with a float pool backstop. We had no uncovered shifts for 6 months and overtime dropped 22%.');
  const bank = storyBank([
    { id: 1, title: 'Access', promptId: null, analysis: access },
    { id: 2, title: 'Miss', promptId: null, analysis: miss },
    { id: 3, title: 'Filed', promptId: 'budget-variance', analysis: analyzeStory('I did some things.') },
  ]);
  const row = (id: string) => bank.rows.find((r) => r.prompt.id === id)!;

  it('lists the stories that answer each prompt, filed ones first, and the gaps', () => {
    expect(row('improvement-access').answers.map((a) => a.id)).toEqual([1]);
    expect(row('own-a-miss').answers.map((a) => a.id)).toEqual([2]);
    expect(row('budget-variance').answers[0]).toMatchObject({ id: 3, filed: true });
    expect(bank.gaps).toEqual(expect.arrayContaining(['Improvement story: quality', 'Survey readiness']));
    expect(bank.gaps).not.toContain('Own a miss');
  });
  it('counts answering stories by KPI domain, so the matrix shows gaps', () => {
    expect(row('improvement-access').cells.access).toBe(1);
    expect(row('improvement-access').cells.financial).toBe(0);
    expect(row('own-a-miss').cells.people).toBe(1);
  });
  it('puts each story once under its prompt in the prep sheet, and lists the prompts with no story together', () => {
    const sheet = prepSheetInput([
      { id: 1, title: 'Access', promptId: null, analysis: access },
      { id: 2, title: 'Miss', promptId: null, analysis: miss },
    ]);
    const titles = sheet.stories.map((s) => s.title);
    expect(titles.filter((t) => t === 'Access')).toHaveLength(1);
    expect(titles.some((t) => /no story yet/.test(t))).toBe(false);
    expect(sheet.uncovered!.map((p) => p.title)).toContain('Survey readiness');
    const a = sheet.stories.find((s) => s.title === 'Access')!;
    expect(a.question).toMatch(/^Improvement story: access\. /);
    expect(a.cues).toHaveLength(4);
    expect(a.numbers).toEqual(expect.arrayContaining(['34 days']));
  });

  it('places stories so that as many prompts as possible get one', () => {
    // The miss story also answers people leadership; the turnover story answers only people leadership.
    const people = analyzeStory('Turnover among our MAs hit 38% last year. I launched a preceptor program. Vacancy fell 8 points over six months.');
    const sheet = prepSheetInput([
      { id: 1, title: 'Miss', promptId: null, analysis: miss },
      { id: 2, title: 'People', promptId: null, analysis: people },
    ]);
    const titles = sheet.stories.map((s) => s.title);
    expect(titles).toContain('Miss');
    expect(titles).toContain('People');
    expect(sheet.uncovered!.map((p) => p.title)).not.toContain('Own a miss');
    expect(sheet.uncovered!.map((p) => p.title)).not.toContain('People leadership');
  });
});
