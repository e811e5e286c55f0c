// The story bank as an interview prep sheet: each story under the prompt it answers, with its STAR parts, cue card
// and numbers, written by the resume's own DOCX builder (src/export/prep-sheet.ts). A prompt with no story stays
// in the sheet with placeholders, so the gap is rehearsed rather than forgotten.
import type { StoryResult } from '../analyze/types.ts';
import { storyRules } from '../analyze/story/rules.ts';
import { prepStoryFromAnalysis, type PrepSheetInput, type PrepStoryInput } from '../export/prep-sheet.ts';
import { promptsAnswered } from './bank.ts';
import { cueCard } from './cue-card.ts';

export interface SheetStory { id: number; title: string; promptId: string | null; analysis: StoryResult }

const MAX_STORIES = 50;

export function prepSheetInput(stories: SheetStory[], prompts = storyRules().prompts): PrepSheetInput {
  const placed = new Set<number>();
  const entries: PrepStoryInput[] = [];
  const entry = (s: SheetStory, question?: string): PrepStoryInput => ({
    ...prepStoryFromAnalysis(s.title, s.analysis, question),
    cues: cueCard(s.analysis).map((c) => `${c.label}: ${c.text}`),
  });
  for (const p of prompts) {
    const answering = stories
      .filter((s) => !placed.has(s.id) && (s.promptId === p.id || (s.promptId === null && promptsAnswered(s.analysis, prompts).includes(p.id))))
      .sort((a, b) => Number(b.promptId === p.id) - Number(a.promptId === p.id) || b.analysis.score - a.analysis.score);
    if (answering.length === 0) {
      entries.push({ title: `${p.title}: no story yet`, question: p.question });
      continue;
    }
    for (const s of answering) {
      placed.add(s.id);
      entries.push(entry(s, `${p.title}. ${p.question}`));
    }
  }
  for (const s of stories) if (!placed.has(s.id)) entries.push(entry(s));
  return { stories: entries.slice(0, MAX_STORIES), storyPerPage: true };
}
