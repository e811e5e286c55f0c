// The rewrite rules (rules/rewrite/*.yml): their schemas, loaded once through the shared rule loader, which reports
// every problem with its file, line and path.
import { join } from 'node:path';
import { z } from 'zod';
import { Problems, compileRegex, loadYamlFile } from '../../rules/load.ts';
import { RULES_DIR as RULES_ROOT } from '../../rules/index.ts';

const Example = z.object({ in: z.string().min(1), out: z.string().min(1) }).strict();
const Examples = z.array(Example).min(1);
const Source = z.string().min(8);

/** Parts a rewording can bring to light: the rewriter then takes them as found instead of asking for them. */
const Reveals = z.array(z.enum(['result', 'intervention'])).optional();

const PhraseRule = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pattern: z.string().min(1),
  replace: z.string(),
  reveals: Reveals,
  source: Source,
  examples: Examples,
}).strict();
const PhraseFile = z.object({ source: Source, rules: z.array(PhraseRule).min(1) }).strict();

const Shape = z.object({ source: Source, reveals: Reveals, examples: Examples }).strict();
const StructureFile = z.object({
  source: Source,
  properNouns: z.array(z.string().min(1)),
  changeVerbs: z.array(z.object({
    id: z.string(),
    role: z.enum(['up', 'down', 'better']),
    verb: z.string(),
    reveals: Reveals,
    examples: Examples,
  }).strict()).min(1),
  afterToBy: Shape.extend({ subjects: z.array(z.string()) }),
  leadingIntervention: Shape.extend({ prepositions: z.array(z.string()).min(1) }),
  toFrom: Shape,
  passive: Shape.extend({ auxiliaries: z.array(z.string()).min(1) }),
  weakMeans: Shape.extend({ prepositions: z.array(z.string()).min(1) }),
}).strict();

const ExpansionFile = z.object({
  source: Source,
  rules: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    pattern: z.string().min(1),
    expanded: z.string().min(1),
    spelled: z.string().min(1),
    source: Source,
    examples: Examples,
  }).strict()).min(1),
}).strict();

export const PARTS = ['result', 'metric', 'baseline', 'timeframe', 'intervention'] as const;
export type Part = (typeof PARTS)[number];
/** What a rewrite can ask for: a missing part, or (for a KPI that moved the wrong way) what the writer did about it. */
export const ASKS = [...PARTS, 'response'] as const;
export type Ask = (typeof ASKS)[number];
const PartSpec = z.object({ text: z.string().regex(/^\[[^\[\]]+\]$/), questions: z.array(z.string()).min(1) }).strict();
const PlaceholderFile = z.object({
  source: Source,
  parts: z.object({ metric: PartSpec, baseline: PartSpec, intervention: PartSpec, timeframe: PartSpec, result: PartSpec, response: PartSpec }).strict(),
  nouns: z.array(z.object({ match: z.string(), noun: z.string() }).strict()).min(1),
  examples: z.record(z.string(), z.string()),
}).strict();

const FILES = {
  openings: PhraseFile,
  filler: PhraseFile,
  structure: StructureFile,
  'kpi-expansions': ExpansionFile,
  placeholders: PlaceholderFile,
} as const;
type Files = typeof FILES;
export type RewriteRules = { [K in keyof Files]: z.infer<Files[K]> };
export type PhraseRuleData = z.infer<typeof PhraseRule>;
export type ExampleData = z.infer<typeof Example>;

/** The rewrite rules' folder. */
export const RULES_DIR = join(RULES_ROOT, 'rewrite');

/** Reads and validates every rule file through the shared loader; collects all problems before throwing. */
export function loadRewriteRules(dir = RULES_DIR): RewriteRules {
  const problems = new Problems(join(dir, '..', '..'));
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(FILES)) {
    const file = join(dir, `${name}.yml`);
    const loaded = loadYamlFile(file, schema, problems);
    if (!loaded) continue;
    out[name] = loaded.data;
    // A pattern that does not compile would otherwise fail on the first bullet, far from its file.
    const rules = (loaded.data as { rules?: { id: string; pattern: string }[] }).rules ?? [];
    for (const [i, r] of rules.entries()) compileRegex(r.pattern, 'i', file, `rules.${i}.pattern (${r.id})`, problems);
  }
  problems.throwIfAny('rewrite rules');
  return out as RewriteRules;
}

let revealsById: Map<string, ('result' | 'intervention')[]> | undefined;
/** What the rewording rule with this id ("openings/helped-verb", "structure/after-to-by") declares it reveals. */
export function revealsOf(ruleId: string): ('result' | 'intervention')[] {
  if (!revealsById) {
    const r = rewriteRules();
    const m = new Map<string, ('result' | 'intervention')[]>();
    for (const rule of r.openings.rules) m.set(`openings/${rule.id}`, rule.reveals ?? []);
    for (const rule of r.filler.rules) m.set(`filler/${rule.id}`, rule.reveals ?? []);
    for (const cv of r.structure.changeVerbs) m.set(`structure/change-${cv.id}`, cv.reveals ?? []);
    m.set('structure/passive', r.structure.passive.reveals ?? []);
    m.set('structure/after-to-by', r.structure.afterToBy.reveals ?? []);
    m.set('structure/leading-intervention', r.structure.leadingIntervention.reveals ?? []);
    revealsById = m;
  }
  return revealsById.get(ruleId) ?? [];
}

let cached: RewriteRules | undefined;
export function rewriteRules(): RewriteRules {
  cached ??= loadRewriteRules();
  return cached;
}
