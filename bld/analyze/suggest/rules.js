// src/analyze/suggest/rules.ts
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
var Example = z.object({ in: z.string().min(1), out: z.string().min(1) }).strict();
var Examples = z.array(Example).min(1);
var Source = z.string().min(8);
var PhraseRule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pattern: z.string().min(1),
  replace: z.string(),
  source: Source,
  examples: Examples
}).strict();
var PhraseFile = z.object({ source: Source, rules: z.array(PhraseRule).min(1) }).strict();
var VerbFormsFile = z.object({
  source: Source,
  irregular: z.record(z.string(), z.tuple([z.string(), z.string()])),
  known: z.array(z.string().regex(/^[a-z-]+$/)).min(1)
}).strict();
var Shape = z.object({ source: Source, examples: Examples }).strict();
var StructureFile = z.object({
  source: Source,
  properNouns: z.array(z.string().min(1)),
  changeVerbs: z.array(z.object({
    id: z.string(),
    words: z.array(z.string()).min(1),
    direction: z.enum(["up", "down"]).nullable(),
    verb: z.string(),
    examples: Examples
  }).strict()).min(1),
  afterToBy: Shape.extend({ subjects: z.array(z.string()) }),
  leadingIntervention: Shape.extend({ prepositions: z.array(z.string()).min(1) }),
  toFrom: Shape,
  passive: Shape.extend({ auxiliaries: z.array(z.string()).min(1) })
}).strict();
var ExpansionFile = z.object({
  source: Source,
  rules: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    pattern: z.string().min(1),
    expanded: z.string().min(1),
    spelled: z.string().min(1),
    source: Source,
    examples: Examples
  }).strict()).min(1)
}).strict();
var PARTS = ["result", "metric", "baseline", "timeframe", "intervention"];
var PartSpec = z.object({ text: z.string().regex(/^\[[^\[\]]+\]$/), questions: z.array(z.string()).min(1) }).strict();
var PlaceholderFile = z.object({
  source: Source,
  parts: z.object({ metric: PartSpec, baseline: PartSpec, intervention: PartSpec, timeframe: PartSpec, result: PartSpec }).strict(),
  nouns: z.array(z.object({ match: z.string(), noun: z.string() }).strict()).min(1),
  examples: z.record(z.string(), z.string())
}).strict();
var FILES = {
  openings: PhraseFile,
  filler: PhraseFile,
  "verb-forms": VerbFormsFile,
  structure: StructureFile,
  "kpi-expansions": ExpansionFile,
  placeholders: PlaceholderFile
};
var RewriteRulesError = class extends Error {
  constructor(problems) {
    super(`rewrite rules are invalid:
  ${problems.join("\n  ")}`);
    this.problems = problems;
  }
  problems;
};
var RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "rules", "rewrite");
function loadRewriteRules(dir = RULES_DIR) {
  const problems = [];
  const out = {};
  for (const [name, schema] of Object.entries(FILES)) {
    const file = join(dir, `${name}.yml`);
    let data;
    try {
      data = parse(readFileSync(file, "utf8"));
    } catch (e) {
      problems.push(`${file}: ${e.message.split("\n")[0]}`);
      continue;
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
      continue;
    }
    out[name] = parsed.data;
    problems.push(...regexProblems(file, parsed.data));
  }
  if (problems.length) throw new RewriteRulesError(problems);
  return out;
}
function regexProblems(file, data) {
  const problems = [];
  const rules = data.rules ?? [];
  for (const [i, r] of rules.entries()) {
    try {
      new RegExp(r.pattern, "i");
    } catch (e) {
      problems.push(`${file}: rules.${i}.pattern (${r.id}): ${e.message}`);
    }
  }
  return problems;
}
var cached;
function rewriteRules() {
  cached ??= loadRewriteRules();
  return cached;
}
export {
  PARTS,
  RULES_DIR,
  RewriteRulesError,
  loadRewriteRules,
  rewriteRules
};
