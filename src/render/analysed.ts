// Pages analyse the same bullets on every view; a small LRU keyed by the exact text saves the repeat work.
// The JSON API does not use it, so its throughput figures measure real analysis.
import { analyzeBullet, emptyComponents, type BulletResult } from '../analyze/index.ts';

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

/**
 * For pages: a bullet the engine fails on still shows, as written, with a note, so one odd bullet can never hide
 * the rest of a workspace or keep the user from editing or deleting it. `onError` gets the error (never the text).
 */
export function analyseSafely(text: string, onError: (err: unknown) => void): BulletResult {
  try {
    return analyseCached(text);
  } catch (err) {
    onError(err);
    return {
      kind: 'bullet', text, score: 0, components: emptyComponents(), actionVerb: null, kpis: [], primaryDomain: null, rewrite: null,
      findings: [{ rule: 'not-analysed', severity: 'info', message: 'This bullet could not be analysed. It is saved as you wrote it; try rewording it.' }],
    };
  }
}
