// The user's own dictionary applied to a finished analysis: the analysis itself is shared and saved without it (one
// result per text and rules version), and each page drops the spelling findings for the workspace's words, which
// also gives back the points those findings took.
import type { Finding, Result } from '../types.ts';

export function withUserWords<T extends Result>(result: T, words: ReadonlySet<string> | undefined): T {
  if (!words?.size) return result;
  const flagged = (f: Finding) => f.rule === 'spelling' && f.start !== undefined && f.end !== undefined
    && words.has(result.text.slice(f.start, f.end).toLowerCase());
  if (!result.findings.some(flagged)) return result;
  const findings = result.findings.filter((f) => !flagged(f));
  const returned = result.findings.filter(flagged).reduce((n, f) => n + (f.penalty ?? 0), 0);
  // Both scores are 100 minus every finding's penalty, clamped; recompute from what is left when nothing was clamped.
  const lost = findings.reduce((n, f) => n + (f.penalty ?? 0), 0);
  const score = result.text.trim() === '' ? result.score : Math.max(0, Math.min(100, Math.round(100 - lost)));
  return { ...result, findings, score: returned > 0 ? score : result.score };
}
