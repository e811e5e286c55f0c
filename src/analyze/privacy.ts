// Private patient data in a bullet or story: the pre-flight's privacy rules (rules/preflight/private-data.yml), run by
// the analyzer so the finding shows wherever a bullet is scored, not only before export.
import { privacyRules } from '../resume/preflight/rules.ts';
import { foldCase, mayMatch } from '../rules/literals.ts';
import type { Finding } from './types.ts';

export function privateDataFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  const lower = foldCase(text);
  for (const rule of privacyRules()) {
    if (!mayMatch(rule.gate, text, lower)) continue;
    for (const m of text.matchAll(rule.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      // One finding per stretch of text: "patient Mrs. Alvarez" is a patient name, not also a titled name.
      if (findings.some((f) => start < f.end! && f.start! < end)) continue;
      findings.push({ rule: rule.id, severity: rule.level, message: rule.message, start, end, source: rule.source, penalty: rule.penalty ?? (rule.level === 'error' ? 25 : 10) });
    }
  }
  return findings.sort((a, b) => a.start! - b.start!);
}
