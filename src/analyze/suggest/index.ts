// Rewrite suggestions (issue 4 replaces this): the best candidate for a bullet, never inventing a fact.
import type { BulletResult, Rewrite } from '../types.ts';

export type Analysed = Omit<BulletResult, 'rewrite' | 'score'> & { score?: number };

export function suggestRewrite(_analysed: Analysed): Rewrite | null {
  return null;
}
