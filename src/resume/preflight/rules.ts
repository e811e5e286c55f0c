// Loads rules/preflight/*.yml through the shared rule loader: zod-validated, regexes compiled once, and every example
// run at load, so a rule whose examples fail refuses to load (every problem collected with its file, line and rule).
import { join, relative } from 'node:path';
import { z } from 'zod';
import { Problems, compileRegex, loadYamlDir } from '../../rules/load.ts';
import { RULES_DIR } from '../../rules/index.ts';
import { foldCase, gated, mayMatch, type Gated } from '../../rules/literals.ts';

export const PrivacyRuleSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'use kebab-case' }),
  level: z.enum(['error', 'warning']),
  /** Points a bullet or story loses for it in the analyzer (unset: 25 for an error, 10 for a warning). */
  penalty: z.number().min(0).max(50).optional(),
  pattern: z.string().min(1),
  flags: z.string().regex(/^[imsu]*$/, { message: 'only i, m, s, u' }).optional(),
  message: z.string().min(10),
  source: z.string().min(5),
  examples: z.object({ invalid: z.array(z.string()).min(1), valid: z.array(z.string()).min(1) }),
});
export type PrivacyRuleData = z.infer<typeof PrivacyRuleSchema>;
export interface PrivacyRule extends PrivacyRuleData {
  regex: RegExp;
  /** the regex with the pieces of text it cannot match without (a text without one skips it) */
  gate: Gated;
  file: string;
}

export const PREFLIGHT_RULES_DIR = join(RULES_DIR, 'preflight');

export function exampleFailures(rule: PrivacyRule): string[] {
  const out: string[] = [];
  for (const text of rule.examples.invalid) if (!new RegExp(rule.regex).test(text)) out.push(`invalid example not caught: "${text}"`);
  for (const text of rule.examples.valid) if (new RegExp(rule.regex).test(text)) out.push(`valid example flagged: "${text}"`);
  return out;
}

export function loadPrivacyRules(dir = PREFLIGHT_RULES_DIR): PrivacyRule[] {
  const problems = new Problems(join(dir, '..', '..'));
  const rules: PrivacyRule[] = [];
  for (const loaded of loadYamlDir(dir, z.array(PrivacyRuleSchema), problems)) {
    const where = relative(join(dir, '..', '..'), loaded.file);
    for (const data of loaded.data) {
      const regex = compileRegex(data.pattern, `${data.flags ?? ''}gu`.replace(/(.)(?=.*\1)/g, ''), loaded.file, data.id, problems);
      if (!regex) continue;
      const rule = { ...data, regex, gate: gated(regex), file: where };
      for (const p of exampleFailures(rule)) problems.add(loaded.file, '', `${data.id}: ${p}`);
      if (rules.some((r) => r.id === data.id)) problems.add(loaded.file, '', `${data.id}: duplicate rule id`);
      rules.push(rule);
    }
  }
  problems.throwIfAny('pre-flight rules');
  return rules;
}

let cached: PrivacyRule[] | undefined;
export function privacyRules(): PrivacyRule[] {
  return (cached ??= loadPrivacyRules());
}

export interface PrivacyMatch { rule: PrivacyRule; start: number; end: number }

/**
 * Private data in one text, rule by rule in file order: one match per stretch of text ("patient Mrs. Alvarez" is a
 * patient name, not also a titled name). A rule is tried only on a text holding a piece it cannot match without.
 */
export function privacyMatches(text: string): PrivacyMatch[] {
  const found: PrivacyMatch[] = [];
  const lower = foldCase(text);
  for (const rule of privacyRules()) {
    if (!mayMatch(rule.gate, text, lower)) continue;
    for (const m of text.matchAll(rule.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.some((f) => start < f.end && f.start < end)) found.push({ rule, start, end });
    }
  }
  return found;
}
