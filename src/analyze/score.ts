// The score is 100 minus the penalty of every finding: deterministic, and every point lost is a finding to read.
import type { Finding } from './types.ts';

export function scoreOf(findings: readonly Finding[]): number {
  const lost = findings.reduce((sum, f) => sum + (f.penalty ?? 0), 0);
  return Math.max(0, Math.min(100, Math.round(100 - lost)));
}
