// The story bank as an interview prep sheet: each story under the prompt it answers, with its STAR parts, cue card
// and numbers, written by the resume's own DOCX builder (src/export/prep-sheet.ts). Prompts with no story are listed
// together on a last page, so the gaps are rehearsed rather than forgotten.
import type { StoryResult } from '../analyze/types.ts';
import { storyRules } from '../analyze/story/rules.ts';
import { prepStoryFromAnalysis, type PrepSheetInput, type PrepStoryInput } from '../export/prep-sheet.ts';
import { promptsAnswered } from './bank.ts';
import { cueCard } from './cue-card.ts';

export interface SheetStory { id: number; title: string; promptId: string | null; analysis: StoryResult }


export function prepSheetInput(stories: SheetStory[], prompts = storyRules().prompts): PrepSheetInput {
  const entry = (s: SheetStory, question?: string): PrepStoryInput => ({
    ...prepStoryFromAnalysis(s.title, s.analysis, question),
    cues: cueCard(s.analysis).map((c) => `${c.label}: ${c.text}`),
  });
  const answered = new Map(stories.map((s) => [s.id, promptsAnswered(s.analysis, prompts)]));
  const candidates = (promptId: string) => stories.filter((s) => s.promptId === promptId || (s.promptId === null && answered.get(s.id)!.includes(promptId)));
  // Each story appears once: filed stories under their prompt; the rest matched so that as many prompts as possible
  // get a story (augmenting paths: a story that answers two prompts covers the one nothing else answers).
  const home = new Map<number, string>();
  for (const s of stories) if (s.promptId && prompts.some((p) => p.id === s.promptId)) home.set(s.id, s.promptId);
  const open = prompts.filter((p) => ![...home.values()].includes(p.id));
  const holder = new Map<number, string>();
  const tryPrompt = (promptId: string, seen: Set<number>): boolean => {
    for (const s of candidates(promptId).filter((c) => !home.has(c.id)).sort((a, b) => b.analysis.score - a.analysis.score)) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      const other = holder.get(s.id);
      if (other === undefined || tryPrompt(other, seen)) { holder.set(s.id, promptId); return true; }
    }
    return false;
  };
  for (const p of open) tryPrompt(p.id, new Set());
  for (const [storyId, promptId] of holder) home.set(storyId, promptId);
  for (const s of stories) {
    const first = answered.get(s.id)![0];
    if (!home.has(s.id) && first) home.set(s.id, first);
  }
  const entries: PrepStoryInput[] = [];
  const uncovered: { title: string; question: string }[] = [];
  for (const p of prompts) {
    const mine = stories.filter((s) => home.get(s.id) === p.id).sort((a, b) => b.analysis.score - a.analysis.score);
    if (mine.length === 0) uncovered.push({ title: p.title, question: p.question });
    for (const s of mine) entries.push(entry(s, `${p.title}. ${p.question}`));
  }
  for (const s of stories) if (!home.has(s.id)) entries.push(entry(s));
  // One page per story, then one page for every prompt still without a story.
  return { stories: entries, uncovered, storyPerPage: true };
}
