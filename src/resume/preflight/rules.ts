// Loads rules/preflight/*.yml: zod-validated, regexes compiled once, and every example run at load, so a rule
// whose examples fail refuses to load (every problem collected with its file and rule).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { issuePath } from '../parse.ts';

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
  file: string;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const PREFLIGHT_RULES_DIR = join(ROOT, 'rules', 'preflight');

export class RuleLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(`preflight rules failed to load:\n  ${problems.join('\n  ')}`);
  }
}

export function exampleFailures(rule: PrivacyRule): string[] {
  const out: string[] = [];
  for (const text of rule.examples.invalid) if (!new RegExp(rule.regex).test(text)) out.push(`invalid example not caught: "${text}"`);
  for (const text of rule.examples.valid) if (new RegExp(rule.regex).test(text)) out.push(`valid example flagged: "${text}"`);
  return out;
}

export function loadPrivacyRules(dir = PREFLIGHT_RULES_DIR): PrivacyRule[] {
  const rules: PrivacyRule[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = join(dir, name);
    const where = relative(ROOT, file);
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push(`${where}: ${(err as Error).message.split('\n')[0]}`);
      continue;
    }
    const parsed = z.array(PrivacyRuleSchema).safeParse(data);
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push(`${where}: ${issuePath(i.path)}: ${i.message}`);
      continue;
    }
    for (const data of parsed.data) {
      let regex: RegExp;
      try {
        regex = new RegExp(data.pattern, `${data.flags ?? ''}gu`.replace(/(.)(?=.*\1)/g, ''));
      } catch (err) {
        problems.push(`${where}: ${data.id}: bad pattern: ${(err as Error).message}`);
        continue;
      }
      const rule = { ...data, regex, file: where };
      for (const p of exampleFailures(rule)) problems.push(`${where}: ${data.id}: ${p}`);
      if (rules.some((r) => r.id === data.id)) problems.push(`${where}: ${data.id}: duplicate rule id`);
      rules.push(rule);
    }
  }
  if (problems.length) throw new RuleLoadError(problems);
  return rules;
}

let cached: PrivacyRule[] | undefined;
export function privacyRules(): PrivacyRule[] {
  return (cached ??= loadPrivacyRules());
}
