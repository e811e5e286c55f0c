// Story analysis speed: a typical 60-120 s story, a 2,000-word paste, a 20,000-word paste and an unpunctuated run-on.
import { analyzeStory } from '../../src/analyze/story.ts';

const STORY = 'Our ED had a left-without-being-seen rate of 4% and door-to-doc times near 50 minutes. I was asked to lead the throughput redesign. I worked with the ED medical director to launch split-flow triage, moved low-acuity patients to a results-pending area, and staffed a provider in triage during peak hours. Door-to-doc dropped 15 minutes and LWBS fell by 1 point over the next two quarters.';

function words(n: number, text = STORY): string {
  const w = text.split(' ');
  return Array.from({ length: n }, (_, i) => w[i % w.length]).join(' ');
}

function time(label: string, text: string, runs: number): void {
  analyzeStory(text);
  const start = performance.now();
  for (let i = 0; i < runs; i++) analyzeStory(text);
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(34)} ${ms.toFixed(2).padStart(9)} ms/story  (${runs} runs)`);
}

export async function run(): Promise<void> {
  time('story, ~70 words', STORY, 200);
  time('story, ~250 words', words(250), 100);
  time('paste, 2,000 words', words(2000), 20);
  time('paste, 20,000 words', words(20000), 3);
  time('run-on, 20,000 words, no punctuation', words(20000, STORY.replace(/[.,;]/g, '')), 3);
}
