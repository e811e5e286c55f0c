// src/resume/preflight/rules.ts
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { issuePath } from "../parse.js";
var PrivacyRuleSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: "use kebab-case" }),
  level: z.enum(["error", "warning"]),
  pattern: z.string().min(1),
  flags: z.string().regex(/^[imsu]*$/, { message: "only i, m, s, u" }).optional(),
  message: z.string().min(10),
  source: z.string().min(5),
  examples: z.object({ invalid: z.array(z.string()).min(1), valid: z.array(z.string()).min(1) })
});
var ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
var PREFLIGHT_RULES_DIR = join(ROOT, "rules", "preflight");
var RuleLoadError = class extends Error {
  constructor(problems) {
    super(`preflight rules failed to load:
  ${problems.join("\n  ")}`);
    this.problems = problems;
  }
  problems;
};
function exampleFailures(rule) {
  const out = [];
  for (const text of rule.examples.invalid) if (!new RegExp(rule.regex).test(text)) out.push(`invalid example not caught: "${text}"`);
  for (const text of rule.examples.valid) if (new RegExp(rule.regex).test(text)) out.push(`valid example flagged: "${text}"`);
  return out;
}
function loadPrivacyRules(dir = PREFLIGHT_RULES_DIR) {
  const rules = [];
  const problems = [];
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = join(dir, name);
    const where = relative(ROOT, file);
    let data;
    try {
      data = parseYaml(readFileSync(file, "utf8"));
    } catch (err) {
      problems.push(`${where}: ${err.message.split("\n")[0]}`);
      continue;
    }
    const parsed = z.array(PrivacyRuleSchema).safeParse(data);
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push(`${where}: ${issuePath(i.path)}: ${i.message}`);
      continue;
    }
    for (const data2 of parsed.data) {
      let regex;
      try {
        regex = new RegExp(data2.pattern, `${data2.flags ?? ""}gu`.replace(/(.)(?=.*\1)/g, ""));
      } catch (err) {
        problems.push(`${where}: ${data2.id}: bad pattern: ${err.message}`);
        continue;
      }
      const rule = { ...data2, regex, file: where };
      for (const p of exampleFailures(rule)) problems.push(`${where}: ${data2.id}: ${p}`);
      if (rules.some((r) => r.id === data2.id)) problems.push(`${where}: ${data2.id}: duplicate rule id`);
      rules.push(rule);
    }
  }
  if (problems.length) throw new RuleLoadError(problems);
  return rules;
}
var cached;
function privacyRules() {
  return cached ??= loadPrivacyRules();
}
export {
  PREFLIGHT_RULES_DIR,
  PrivacyRuleSchema,
  RuleLoadError,
  exampleFailures,
  loadPrivacyRules,
  privacyRules
};
