// Placeholder until the STAR story coach lands (issue 5): whole story as one situation-less block.
import { emptyComponents, type StoryResult } from './types.ts';

export function analyzeStory(text: string): StoryResult {
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    kind: 'story', text, score: 0,
    parts: { situation: [], task: [], action: [], result: [] },
    components: emptyComponents(), quantifiedResult: false,
    words, speakingSeconds: Math.round((words / 150) * 60), kpis: [], primaryDomain: null, findings: [],
  };
}
