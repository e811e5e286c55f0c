// The single composition point: analyze(text, kind). The CLI, the server and the exporters all call this.
import type { BulletResult, Kind, Result, StoryResult } from './types.ts';
import { analyzeBullet } from './bullet.ts';
import { analyzeStory } from './story.ts';

export { analyzeBullet, analyzeStory };
export * from './types.ts';

export function analyze(text: string, kind: 'bullet'): BulletResult;
export function analyze(text: string, kind: 'story'): StoryResult;
export function analyze(text: string, kind?: Kind): Result;
export function analyze(text: string, kind: Kind = 'bullet'): Result {
  return kind === 'story' ? analyzeStory(text) : analyzeBullet(text);
}
