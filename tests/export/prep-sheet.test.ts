import { describe, expect, it } from 'vitest';
import { emptyComponents, type StoryResult } from '../../src/analyze/types.ts';
import { exportPrepSheetDocx, prepSheetBlocks, prepStoryFromAnalysis } from '../../src/export/prep-sheet.ts';
import { docxParts, paragraphs } from './support.ts';

const STORY = {
  title: 'Prior-auth denials',
  question: 'Tell me about a time you improved revenue.',
  situation: 'Prior-auth denials at our 12 clinics had reached 9% of claims.',
  task: 'I owned the denial rate for the service line.',
  action: 'I standardized documentation and automated eligibility checks.',
  result: 'Denials fell 32% in two quarters; net revenue +$1.4M.',
  cues: ['9% denials', 'eligibility automation', '+$1.4M'],
  numbers: ['9%', '32%', '$1.4M'],
  speakingSeconds: 85,
};

describe('interview prep sheet', () => {
  it('writes each story under STAR headings with a cue card and its numbers', () => {
    const blocks = prepSheetBlocks({ person: 'Dana Whitfield', stories: [STORY, { ...STORY, title: 'Second', task: '' }] });
    expect(blocks.slice(0, 12)).toEqual([
      { kind: 'title', text: 'Interview prep: Dana Whitfield' },
      { kind: 'section', text: 'Prior-auth denials', pageBreakBefore: false },
      { kind: 'paragraph', lead: 'Question:', text: STORY.question, italic: true },
      { kind: 'entry', text: 'Situation' }, { kind: 'paragraph', text: STORY.situation },
      { kind: 'entry', text: 'Task' }, { kind: 'paragraph', text: STORY.task },
      { kind: 'entry', text: 'Action' }, { kind: 'paragraph', text: STORY.action },
      { kind: 'entry', text: 'Result' }, { kind: 'paragraph', text: STORY.result },
      { kind: 'entry', text: 'Cue card', right: 'about 85 s spoken' },
    ]);
    const second = blocks.findIndex((b) => b.kind === 'section' && b.text === 'Second');
    expect(blocks[second]).toEqual({ kind: 'section', text: 'Second', pageBreakBefore: true });
    expect(blocks).toContainEqual({ kind: 'paragraph', text: '[task]' });
  });

  it('renders real headings and bullet lists in the DOCX', async () => {
    const { buffer, fileName } = await exportPrepSheetDocx({ person: 'Dana Whitfield', stories: [STORY] });
    expect(fileName).toBe('Dana-Whitfield-Interview-Prep.docx');
    const paras = paragraphs((await docxParts(buffer))['word/document.xml']!);
    expect(paras.filter((p) => p.style === 'Heading2').map((p) => p.text.split('\t')[0])).toEqual(['Situation', 'Task', 'Action', 'Result', 'Cue card', 'Numbers']);
    expect(paras.filter((p) => p.numId).map((p) => p.text)).toEqual([...STORY.cues, ...STORY.numbers]);
  });

  it('refuses a sheet with no stories', () => {
    expect(() => prepSheetBlocks({ stories: [] })).toThrow();
  });

  it('builds a prep story from the story analyzer’s result', () => {
    const text = 'Denials were 9%. I owned the rate. I automated eligibility checks. Denials fell 32%.';
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const result: StoryResult = {
      kind: 'story', text, score: 80, quantifiedResult: true, words: 14, speakingSeconds: 6, findings: [], primaryDomain: 'financial',
      parts: { situation: [span('Denials were 9%.')], task: [span('I owned the rate.')], action: [span('I automated eligibility checks.')], result: [span('Denials fell 32%.')] },
      components: { ...emptyComponents(), metric: [span('9%'), span('32%')] },
      kpis: [{ id: 'denials', label: 'Denials', domain: 'financial', start: 0, end: 7, text: 'Denials', change: 'down', desired: 'down' }],
    };
    expect(prepStoryFromAnalysis('Denials', result)).toEqual({
      title: 'Denials', situation: 'Denials were 9%.', task: 'I owned the rate.', action: 'I automated eligibility checks.', result: 'Denials fell 32%.',
      cues: ['Situation: Denials were 9%.', 'Task: I owned the rate.', 'Action: I automated eligibility checks.', 'Result: Denials fell 32%.'],
      numbers: ['9%', '32%'], kpis: ['Denials'], speakingSeconds: 6,
    });
  });
});
