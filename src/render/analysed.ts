// Pages analyse the same bullets on every view; a small LRU keyed by the exact text saves the repeat work.
// The JSON API does not use it, so its throughput figures measure real analysis.
import { createHash } from 'node:crypto';
import { analyzeBullet, emptyComponents, type BulletResult } from '../analyze/index.ts';

const MAX = 5000;
/** Keyed by the text and the user's dictionary (its words change what the spelling check flags). */
const cache = new Map<string, BulletResult>();
/** Each text's keys, so a deleted bullet's analyses go whatever dictionary they were made with. */
const keysOf = new Map<string, Set<string>>();

/** A workspace's own dictionary as the analysis uses it: the words, and a short key that names this set of them. */
export interface UserWords { words: ReadonlySet<string>; key: string }

export function userWords(words: readonly string[]): UserWords | undefined {
  if (!words.length) return undefined;
  return { words: new Set(words), key: createHash('sha256').update([...words].sort().join('\n')).digest('base64url').slice(0, 16) };
}

export function analyseCached(text: string, user?: UserWords): BulletResult {
  const key = user ? `${text}\u0000${user.key}` : text;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = analyzeBullet(text, user ? { userWords: user.words } : {});
  cache.set(key, result);
  if (!keysOf.has(text)) keysOf.set(text, new Set());
  keysOf.get(text)!.add(key);
  if (cache.size > MAX) {
    const oldest = cache.keys().next().value!;
    cache.delete(oldest);
    keysOf.get(oldest.split('\u0000')[0]!)?.delete(oldest);
  }
  return result;
}

export function clearAnalysisCache(): void {
  cache.clear();
  keysOf.clear();
}

/** Drops the texts of a deleted workspace so nothing of it stays in memory. */
export function forgetAnalysis(texts: Iterable<string>): void {
  for (const t of texts) {
    for (const k of keysOf.get(t) ?? [t]) cache.delete(k);
    keysOf.delete(t);
  }
}

/**
 * For pages: a bullet the engine fails on still shows, as written, with a note, so one odd bullet can never hide
 * the rest of a workspace or keep the user from editing or deleting it. `onError` gets the error (never the text).
 */
export function analyseSafely(text: string, onError: (err: unknown) => void, user?: UserWords): BulletResult {
  try {
    return analyseCached(text, user);
  } catch (err) {
    onError(err);
    return {
      kind: 'bullet', text, score: 0, components: emptyComponents(), actionVerb: null, kpis: [], primaryDomain: null, rewrite: null,
      findings: [{ rule: 'not-analysed', severity: 'info', message: 'This bullet could not be analysed. It is saved as you wrote it; try rewording it.' }],
    };
  }
}
