// The story tools as a new user meets them: an ED wait-time story, its cue card, KPI chips, the check against its
// bullet, titles and the prep sheet.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { analyzeStory } from '../../src/analyze/story.ts';
import { analyzeBullet } from '../../src/analyze/bullet.ts';
import { cueCard } from '../../src/stories/cue-card.ts';
import { bulletStoryMismatches } from '../../src/stories/numbers-agree.ts';
import { prepSheetInput } from '../../src/stories/prep-sheet.ts';
import { titleFrom } from '../../src/stories/title.ts';
import { exportPrepSheetDocx, prepSheetBlocks } from '../../src/export/prep-sheet.ts';
import { kpiChips, storyView } from '../../src/render/story-view.ts';
import { storyRules } from '../../src/analyze/story/rules.ts';

const ED = [
  'In my last role I managed operations for a 32-bed emergency department at a community hospital.',
  'Our median door-to-provider time had crept up to 68 minutes and 4.1% of patients were leaving without being seen, which was hurting both our patient experience scores and our revenue.',
  'The CNO asked me to bring door-to-provider under 30 minutes within two quarters without adding headcount.',
  'I pulled six months of arrival data and found that most of the delay came between triage and a room during the evening surge.',
  'I redesigned the schedule to put a physician assistant in triage from 11 to 7 p.m., set up a results-pending area for low-acuity patients, and held a daily huddle with the charge nurses to review the board.',
  'Within six months door-to-provider fell from 68 to 29 minutes, LWBS dropped from 4.1% to 1.8%, and patient experience scores for wait time rose from the 35th to the 70th percentile.',
].join(' ');

describe('an ED wait-time story', () => {
  const a = analyzeStory(ED);
  it('reads the schedule redesign as an action and the real outcome as the result', () => {
    expect(a.parts.action.map((s) => s.text).join(' ')).toMatch(/I redesigned the schedule/);
    expect(a.parts.result.map((s) => s.text).join(' ')).not.toMatch(/redesigned/);
    const result = cueCard(a).find((c) => c.part === 'result')!;
    expect(result.text).toMatch(/^Within six months door-to-provider fell from 68 to 29 minutes/);
  });
  it('takes the direction of each KPI from the verb that moves it, in the result only', () => {
    expect(a.findings.map((f) => f.rule)).not.toContain('story/kpi-direction');
    const chips = kpiChips(a);
    expect(chips.find((c) => c.label === 'Patient satisfaction')).toMatchObject({ change: 'up', wrongWay: false });
    expect(chips.find((c) => c.label === 'Wait time')).toMatchObject({ change: null, wrongWay: false });
    // "had crept up to 68 minutes" is the problem, not the outcome.
    expect(chips.find((c) => c.label === 'Door-to-doc time')).toMatchObject({ change: 'down', wrongWay: false });
  });
  it('lists each KPI once', () => {
    const labels = storyView(a).kpis.map((k) => k.label);
    expect(labels.length).toBeGreaterThan(2);
    expect(new Set(labels).size).toBe(labels.length);
  });
  it('still warns when a result really moves a KPI the wrong way', () => {
    const bad = analyzeStory('Our ED had a 3% LWBS rate. I was asked to lead the redesign. I moved triage to the waiting room. LWBS rose to 5% over six months.');
    expect(bad.findings.map((f) => f.rule)).toContain('story/kpi-direction');
    expect(kpiChips(bad).find((c) => c.label.startsWith('Left without'))).toMatchObject({ change: 'up', wrongWay: true });
  });
});

describe('the bullet and its story say the same numbers', () => {
  const bullet = analyzeBullet('Reduced LWBS from 4.1% to 1.8% in 6 months by launching a provider-in-triage model.');
  it('compares a figure only with distinct figures of the same KPI and the same side of the change', () => {
    const story = analyzeStory('Our LWBS rate was 4.3% and boarding hit 2% of admissions, with 4.3% of patients leaving on weekends. I launched a provider-in-triage model. LWBS fell from 4.3% to 2% in six months, and the left-against-advice rate fell to 1.9%.');
    const out = bulletStoryMismatches(bullet, story);
    const start = out.find((m) => m.bullet === '4.1%')!;
    const end = out.find((m) => m.bullet === '1.8%')!;
    expect(start.story).toEqual(['4.3%']);
    expect(end.story).toEqual(['2%']);
    expect(end.message).toBe('The bullet says 1.8%; the story says 2%. Use the same figure in both, or the interviewer will ask which is true.');
  });
  it('is quiet when the story says the same figures', () => {
    const story = analyzeStory('Our LWBS rate was 4.1%. I launched a provider-in-triage model. LWBS fell from 4.1% to 1.8% in six months.');
    expect(bulletStoryMismatches(bullet, story)).toEqual([]);
  });
});

describe('titleFrom', () => {
  it('cuts at a phrase boundary, never inside a number phrase', () => {
    expect(titleFrom('Reduced LWBS from 4.1% to 1.8% in 6 months by launching a provider-in-triage model.')).toBe('Reduced LWBS from 4.1% to 1.8%');
    expect(titleFrom('Increased net collections by $1.4 million in fiscal year 2023 through payer contract renegotiation')).toBe('Increased net collections by $1.4 million');
    expect(titleFrom('Situation: our 28-bed med-surg unit averaged 18% RN overtime.\nTask: x')).toBe('Our 28-bed med-surg unit averaged 18% RN overtime');
    expect(titleFrom('**Situation:** Our ED was boarding patients for hours and LWBS hit 6%.')).toBe('Our ED was boarding patients for hours');
    expect(titleFrom('   ')).toBe('Untitled story');
  });
  it('never ends on a dangling word', () => {
    for (const t of ['Cut no-shows from 18% to 11% by piloting SMS reminders and opening same-day slots over 120 days.',
      'Managed the day-to-day operations of a 40-provider multispecialty group practice across five sites and three states',
      'Led the team to raise HCAHPS from 70% to 88% in one year', 'In my last role I managed operations for a 32-bed emergency department.']) {
      const title = titleFrom(t);
      expect(title, t).not.toMatch(/\b(?:in|by|and|the|a|of|to|from|for|with)$/i);
      expect(title, t).not.toMatch(/\d$/.test(title) ? /from \S+$/ : /^$/);
      expect(title.split(/\s+/).length, t).toBeLessThanOrEqual(13);
    }
  });
});

describe('the prep sheet', () => {
  const prompts = storyRules().prompts;
  const stories = [
    { id: 1, title: 'ED waits', promptId: null, analysis: analyzeStory(ED) },
    { id: 2, title: 'Overtime', promptId: null, analysis: analyzeStory('Situation: our 28-bed med-surg unit averaged 18% RN overtime.\nTask: I had to bring overtime under 8% without adding agency.\nAction: I built a float pool with two sister units and moved to self-scheduling.\nResult: overtime fell to 7% within six months.') },
  ];
  it('is one page per story plus one page for the prompts no story answers', async () => {
    const sheet = prepSheetInput(stories, prompts);
    expect(sheet.stories).toHaveLength(2);
    expect(sheet.uncovered!.length).toBeGreaterThan(0);
    const blocks = prepSheetBlocks(sheet);
    const pageBreaks = blocks.filter((b) => b.kind === 'section' && b.pageBreakBefore).length;
    expect(pageBreaks + 1).toBe(3);
    const { buffer } = await exportPrepSheetDocx(sheet);
    const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
    expect(xml.match(/w:pageBreakBefore/g)?.length ?? 0).toBe(2);
  });
  it('never says a part twice ("Situation / Situation:")', () => {
    const sheet = prepSheetInput(stories, prompts);
    const overtime = sheet.stories!.find((s) => s.title === 'Overtime')!;
    for (const part of ['situation', 'task', 'action', 'result'] as const) expect(overtime[part], part).not.toMatch(/^(?:situation|task|action|result)\s*:/i);
    expect(overtime.situation).toMatch(/^our 28-bed/);
    for (const cue of overtime.cues ?? []) expect(cue).not.toMatch(/^(\w+): \1:/i);
  });
});
