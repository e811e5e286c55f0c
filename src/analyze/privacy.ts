// Private patient data in a bullet or story: the pre-flight's privacy rules (rules/preflight/private-data.yml), run by
// the analyzer so the finding shows wherever a bullet is scored, not only before export.
import { privacyMatches } from '../resume/preflight/rules.ts';
import type { Finding } from './types.ts';

export function privateDataFindings(text: string): Finding[] {
  return privacyMatches(text)
    .map(({ rule, start, end }): Finding => ({ rule: rule.id, severity: rule.level, message: rule.message, start, end, source: rule.source, penalty: rule.penalty ?? (rule.level === 'error' ? 25 : 10) }))
    .sort((a, b) => a.start! - b.start!);
}
