// The interview prep sheet for the story bank, written by the same block renderer as the resume:
// per story the question, the four STAR parts under their own headings, a cue card and the numbers to say aloud.
import { z } from 'zod';
import type { StoryResult } from '../analyze/types.ts';
import type { Block, BlockDocument } from './blocks.ts';
import { exportDocument, type ExportedFile, type ExportFormat } from './formats.ts';
import { STORY_LIMITS } from '../store/stories.ts';
import { clean } from './text.ts';

/** Every story a workspace may hold. */
export const PREP_SHEET_MAX_STORIES = STORY_LIMITS.storiesPerWorkspace;

// The limits are the story bank's own (STORY_LIMITS), so every story the app accepts can be exported. What a card
// shows briefly (a cue, a number, a KPI) is shortened to fit the card rather than refused.
const line = z.string().max(STORY_LIMITS.storyChars);
const clipped = (max: number) => z.string().transform((s) => (s.length > max ? `${s.slice(0, max - 1)}…` : s));
const atMost = <T extends z.ZodType>(item: T, max: number) => z.array(item).transform((a) => a.slice(0, max));

export const PrepStorySchema = z.object({
  title: z.string().min(1).max(200),
  /** The interview question the story answers, e.g. "Tell me about a time you improved access." */
  question: z.string().max(500).optional(),
  situation: line.default(''),
  task: line.default(''),
  action: line.default(''),
  result: line.default(''),
  /** Short prompts to glance at before answering. */
  cues: atMost(clipped(200), 12).default([]),
  /** Figures to say aloud, exactly as in the story ("32%", "$1.4M"). */
  numbers: atMost(clipped(100), 20).default([]),
  kpis: atMost(clipped(100), 10).default([]),
  speakingSeconds: z.number().int().min(0).optional(),
});

export const PrepSheetSchema = z.object({
  person: z.string().max(120).optional(),
  /** The role being interviewed for, shown under the title. */
  targetRole: z.string().max(200).optional(),
  stories: z.array(PrepStorySchema).min(1).max(PREP_SHEET_MAX_STORIES),
  /** Interview prompts no story answers yet: listed together on one last page, to be rehearsed rather than forgotten. */
  uncovered: z.array(z.object({ title: z.string().min(1).max(200), question: z.string().max(500) })).max(50).default([]),
  /** Each story starts on its own page so it can be printed as a card. */
  storyPerPage: z.boolean().default(true),
});

export type PrepStoryInput = z.input<typeof PrepStorySchema>;
export type PrepSheetInput = z.input<typeof PrepSheetSchema>;
export type PrepSheet = z.output<typeof PrepSheetSchema>;

export const STAR_HEADINGS = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' } as const;

export function prepSheetBlocks(input: PrepSheetInput): Block[] {
  const sheet = PrepSheetSchema.parse(input);
  const blocks: Block[] = [{ kind: 'title', text: clean(sheet.person) ? `Interview prep: ${clean(sheet.person)}` : 'Interview prep' }];
  if (clean(sheet.targetRole)) blocks.push({ kind: 'subtitle', text: sheet.targetRole! });
  sheet.stories.forEach((story, i) => {
    blocks.push({ kind: 'section', text: story.title, pageBreakBefore: sheet.storyPerPage && i > 0 });
    if (clean(story.question)) blocks.push({ kind: 'paragraph', lead: 'Question:', text: story.question!, italic: true });
    for (const part of ['situation', 'task', 'action', 'result'] as const) {
      const text = clean(story[part]);
      blocks.push({ kind: 'entry', text: STAR_HEADINGS[part] });
      // A missing part stays visible so the gap is rehearsed, not hidden.
      blocks.push({ kind: 'paragraph', text: text || `[${part}]` });
    }
    const cues = story.cues.map(clean).filter(Boolean);
    if (cues.length) {
      blocks.push({ kind: 'entry', text: 'Cue card', right: story.speakingSeconds ? `about ${story.speakingSeconds} s spoken` : '' });
      for (const cue of cues) blocks.push({ kind: 'bullet', text: cue });
    }
    const numbers = story.numbers.map(clean).filter(Boolean);
    if (numbers.length) {
      blocks.push({ kind: 'entry', text: 'Numbers' });
      for (const n of numbers) blocks.push({ kind: 'bullet', text: n });
    }
    const kpis = story.kpis.map(clean).filter(Boolean);
    if (kpis.length) blocks.push({ kind: 'paragraph', lead: 'KPIs:', text: kpis.join(', ') });
  });
  if (sheet.uncovered.length) {
    blocks.push({ kind: 'section', text: 'Prompts with no story yet', pageBreakBefore: sheet.storyPerPage && sheet.stories.length > 0 });
    blocks.push({ kind: 'paragraph', text: 'For each, note a situation with its baseline, what you owned, what you did, and the result with a number.', italic: true });
    for (const p of sheet.uncovered) {
      blocks.push({ kind: 'entry', text: p.title });
      blocks.push({ kind: 'paragraph', lead: 'Question:', text: p.question });
    }
  }
  return blocks;
}

export function prepSheetDocument(input: PrepSheetInput): BlockDocument {
  const person = clean(input.person);
  return {
    meta: {
      title: person ? `${person} – Interview prep` : 'Interview prep',
      author: person || 'resume-vitals',
      subject: clean(input.targetRole) || 'Interview prep',
    },
    blocks: prepSheetBlocks(input),
  };
}

export function exportPrepSheet(input: PrepSheetInput, format: ExportFormat): Promise<ExportedFile> {
  return exportDocument(prepSheetDocument(input), format, input.person, 'Interview-Prep');
}

export function exportPrepSheetDocx(input: PrepSheetInput): Promise<ExportedFile> {
  return exportPrepSheet(input, 'docx');
}

/** The first words of a part, as a prompt rather than a script. */
function cue(label: string, text: string, words = 8): string {
  const all = text.split(/\s+/).filter(Boolean);
  return `${label}: ${all.slice(0, words).join(' ')}${all.length > words ? '…' : ''}`;
}

/** A prep story straight from the story analyzer's result: its STAR spans, its metrics, its KPIs. */
export function prepStoryFromAnalysis(title: string, story: StoryResult, question?: string): PrepStoryInput {
  const part = (name: keyof StoryResult['parts']) => story.parts[name].map((s) => s.text.trim()).join(' ');
  const parts = { situation: part('situation'), task: part('task'), action: part('action'), result: part('result') };
  const cues = (Object.keys(parts) as (keyof typeof parts)[])
    .filter((k) => parts[k])
    .map((k) => cue(STAR_HEADINGS[k], parts[k]));
  return {
    title,
    ...(question ? { question } : {}),
    ...parts,
    cues,
    numbers: [...new Set(story.components.metric.map((m) => m.text.trim()))],
    kpis: [...new Set(story.kpis.map((k) => k.label))],
    speakingSeconds: story.speakingSeconds,
  };
}
