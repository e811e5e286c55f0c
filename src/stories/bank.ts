// The story bank: which of the user's stories answers each of the guide's interview prompts, and where the gaps are.
import { DOMAINS, type Domain, type StoryResult } from '../analyze/types.ts';
import { storyRules, type InterviewPrompt } from '../analyze/story/rules.ts';

export interface BankStory {
  id: number;
  title: string;
  /** The prompt the user filed the story under, if any; it always counts as answering it. */
  promptId: string | null;
  analysis: StoryResult;
}

export interface PromptAnswer { id: number; title: string; score: number; speakingSeconds: number; words: number; filed: boolean }
export interface PromptRow {
  prompt: Pick<InterviewPrompt, 'id' | 'title' | 'question' | 'source'>;
  /** Best first: filed stories, then by score. */
  answers: PromptAnswer[];
  /** For each KPI domain, how many answering stories name a KPI in it. */
  cells: Record<Domain, number>;
}
export interface StoryBank { rows: PromptRow[]; domains: readonly Domain[]; gaps: string[] }

export function storyDomains(a: StoryResult): Set<Domain> {
  const out = new Set<Domain>(a.kpis.map((k) => k.domain));
  if (a.primaryDomain) out.add(a.primaryDomain);
  return out;
}

/** Whether a story (by its analysis alone) answers a prompt: a KPI in the prompt's domains, or one of its cues. */
export function answers(prompt: InterviewPrompt, a: StoryResult): boolean {
  if (a.text.trim() === '') return false;
  if (prompt.needsResult && a.parts.result.length === 0) return false;
  const domains = storyDomains(a);
  if (prompt.domains.some((d) => domains.has(d))) return true;
  return prompt.patterns.some((re) => { re.lastIndex = 0; return re.test(a.text); });
}

export function promptsAnswered(a: StoryResult, prompts = storyRules().prompts): string[] {
  return prompts.filter((p) => answers(p, a)).map((p) => p.id);
}

export function storyBank(stories: BankStory[], prompts = storyRules().prompts): StoryBank {
  const rows = prompts.map((prompt): PromptRow => {
    const answering = stories.filter((s) => s.promptId === prompt.id || answers(prompt, s.analysis));
    const cells = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>;
    for (const s of answering) for (const d of storyDomains(s.analysis)) cells[d]++;
    const list = answering
      .map((s) => ({ id: s.id, title: s.title, score: s.analysis.score, speakingSeconds: s.analysis.speakingSeconds, words: s.analysis.words, filed: s.promptId === prompt.id }))
      .sort((x, y) => Number(y.filed) - Number(x.filed) || y.score - x.score || x.id - y.id);
    return { prompt: { id: prompt.id, title: prompt.title, question: prompt.question, source: prompt.source }, answers: list, cells };
  });
  return { rows, domains: DOMAINS, gaps: rows.filter((r) => r.answers.length === 0).map((r) => r.prompt.title) };
}

export function promptById(id: string, prompts = storyRules().prompts): InterviewPrompt | undefined {
  return prompts.find((p) => p.id === id);
}
