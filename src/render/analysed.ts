// Pages analyse the same bullets on every view; a small LRU keyed by the exact text saves the repeat work.
// The JSON API does not use it, so its throughput figures measure real analysis.
import { analyzeBullet, type BulletResult } from '../analyze/index.ts';

const MAX = 5000;
const cache = new Map<string, BulletResult>();

export function analyseCached(text: string): BulletResult {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const result = analyzeBullet(text);
  cache.set(text, result);
  if (cache.size > MAX) cache.delete(cache.keys().next().value!);
  return result;
}

export function clearAnalysisCache(): void {
  cache.clear();
}

/** Drops the texts of a deleted workspace so nothing of it stays in memory. */
export function forgetAnalysis(texts: Iterable<string>): void {
  for (const t of texts) cache.delete(t);
}
