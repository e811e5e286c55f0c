// Story rules are data (rules/story/**.yml): STAR cues and checks, read through the shared rule loader (zod-validated,
// every problem collected with its file, line and path, loading stops with all of them listed) and compiled once.
import { join, relative } from 'node:path';
import { z } from 'zod';
import { Problems, loadYamlFile, yamlFilesUnder } from '../../rules/load.ts';
import { wordsPattern } from '../../rules/regex.ts';
import { RULES_DIR as RULES_ROOT } from '../../rules/index.ts';
import { DomainSchema, SeveritySchema } from '../types.ts';

export const RULES_DIR = join(RULES_ROOT, 'story');

const Examples = z.object({ valid: z.array(z.string()).default([]), invalid: z.array(z.string()).default([]) }).strict();
export const CUE_PARTS = ['situation', 'task', 'action', 'result', 'none'] as const;
export type CuePart = (typeof CUE_PARTS)[number];

const CueSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  pattern: z.string().min(1),
  weight: z.number().positive().max(10),
  note: z.string().optional(),
  /**
   * What a match says about the whole answer: `profile`, a career summary or job description (its duties are not
   * actions unless the answer also tells one episode); `episode`, the answer turns to one specific time.
   */
  marks: z.enum(['profile', 'episode']).optional(),
  examples: Examples.refine((e) => e.valid.length > 0, 'a cue needs at least one valid example'),
}).strict();

export const CueFileSchema = z.object({
  part: z.enum(CUE_PARTS),
  source: z.string().min(1),
  cues: z.array(CueSchema).min(1),
  /** Whole sentences the classifier must (valid) or must not (invalid) give this part, judged without position. */
  examples: Examples.optional(),
}).strict();

export const LexiconSchema = z.object({
  source: z.string().min(1),
  lists: z.record(z.string().regex(/^[a-zA-Z]+$/), z.array(z.string().min(1)).min(1)),
}).strict();

const CheckBase = {
  level: SeveritySchema,
  message: z.string().min(1),
  source: z.string().min(1),
  penalty: z.number().min(0).max(100),
  examples: Examples.refine((e) => e.valid.length > 0 && e.invalid.length > 0, 'a check needs valid and invalid examples'),
};
export const CheckSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty'), ...CheckBase }).strict(),
  z.object({ kind: z.literal('part-missing'), part: z.enum(['situation', 'task', 'action', 'result']), ...CheckBase }).strict(),
  z.object({ kind: z.literal('result-unquantified'), ...CheckBase }).strict(),
  z.object({ kind: z.literal('result-no-baseline'), patterns: z.array(z.string()).min(1), ...CheckBase }).strict(),
  z.object({ kind: z.literal('no-sustained-window'), patterns: z.array(z.string()).min(1), ...CheckBase }).strict(),
  z.object({ kind: z.literal('we-without-i'), ...CheckBase }).strict(),
  z.object({ kind: z.literal('phrase'), patterns: z.array(z.string()).min(1), maxFindings: z.number().int().positive().default(5), ...CheckBase }).strict(),
  z.object({ kind: z.literal('part-share'), part: z.enum(['situation', 'task', 'action', 'result']), min: z.number().min(0).max(1), ...CheckBase }).strict(),
  z.object({
    kind: z.literal('speaking-time'),
    tooShort: z.number().positive(), tooLong: z.number().positive(),
    aimMin: z.number().positive(), aimMax: z.number().positive(),
    shortMessage: z.string().min(1), nearMessage: z.string().min(1),
    ...CheckBase,
  }).strict(),
  z.object({ kind: z.literal('run-on'), maxWords: z.number().int().positive(), ...CheckBase }).strict(),
  z.object({ kind: z.literal('kpi-direction'), ...CheckBase }).strict(),
  /** Bracketed placeholders left in the text ("[baseline]"): the story is not finished. */
  z.object({ kind: z.literal('placeholder'), maxFindings: z.number().int().positive().default(5), ...CheckBase }).strict(),
  /** Past maxChars the numbers and KPIs are read from the first maxChars only, so a pasted document cannot stall the coach. */
  z.object({ kind: z.literal('signal-limit'), maxChars: z.number().int().positive(), ...CheckBase }).strict(),
]);
export const PromptFileSchema = z.object({
  source: z.string().min(1),
  prompts: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    question: z.string().min(1),
    source: z.string().min(1),
    /** KPI domains whose stories answer this prompt. */
    domains: z.array(DomainSchema).default([]),
    /** Cues in the story's text that say it answers this prompt. */
    patterns: z.array(z.string()).default([]),
    /** Only a story with a result part answers it (improvement stories). */
    needsResult: z.boolean().default(false),
    examples: Examples.refine((e) => e.valid.length > 0 && e.invalid.length > 0, 'a prompt needs valid and invalid examples'),
  }).strict().refine((p) => p.domains.length > 0 || p.patterns.length > 0, 'a prompt needs domains or patterns')).min(1),
}).strict();
export type InterviewPrompt = Omit<z.infer<typeof PromptFileSchema>['prompts'][number], 'patterns'> & { patterns: RegExp[]; file: string };

export type CheckRule = z.infer<typeof CheckSchema> & { id: string; file: string };

export interface CompiledCue { id: string; part: CuePart; weight: number; re: RegExp; file: string; marks?: 'profile' | 'episode'; examples: { valid: string[]; invalid: string[] } }
export interface CueFile { file: string; part: CuePart; examples?: { valid: string[]; invalid: string[] } }
export interface StoryRules { cues: CompiledCue[]; cueFiles: CueFile[]; checks: CheckRule[]; prompts: InterviewPrompt[]; lists: Record<string, string[]> }

/** `{listName}` in a pattern becomes an alternation of the lexicon's words. */
export function expandLists(pattern: string, lists: Record<string, string[]>, problems: string[], where: string): string {
  return pattern.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const list = lists[name];
    if (!list) { problems.push(`${where}: unknown list {${name}}`); return whole; }
    return `(?:${wordsPattern(list)})`;
  });
}

export function compilePattern(pattern: string, lists: Record<string, string[]>, problems: string[], where: string): RegExp {
  const source = expandLists(pattern, lists, problems, where);
  try {
    return new RegExp(source, 'giu');
  } catch (e) {
    problems.push(`${where}: bad pattern: ${(e as Error).message}`);
    return /(?!)/g;
  }
}

/** Which schema a story rule file answers to, by where it sits. */
function kindOf(rel: string): 'lexicon' | 'cues' | 'checks' | 'prompts' | null {
  if (/(^|\/)lexicon[^/]*\.ya?ml$/.test(rel)) return 'lexicon';
  const top = rel.split('/')[0];
  return top === 'cues' || top === 'checks' || top === 'prompts' ? top : null;
}

export function loadStoryRules(dir = RULES_DIR): StoryRules {
  const problems = new Problems(join(dir, '..', '..'));
  let files: string[] = [];
  try {
    files = yamlFilesUnder(dir);
  } catch (e) {
    problems.add(dir, '', `cannot list (${(e as Error).message})`);
  }
  const byKind = { lexicon: [] as string[], cues: [] as string[], checks: [] as string[], prompts: [] as string[] };
  for (const full of files) {
    const kind = kindOf(relative(dir, full));
    if (kind) byKind[kind].push(full);
    else problems.add(full, '', 'not under cues/, checks/ or prompts/, and not a lexicon');
  }
  // Patterns report through a list of their own; each message then goes in under its file.
  const compile = (pattern: string, file: string, where: string): RegExp => {
    const found: string[] = [];
    const re = compilePattern(pattern, lists, found, where);
    for (const m of found) problems.add(file, '', m);
    return re;
  };
  const lists: Record<string, string[]> = {};
  for (const full of byKind.lexicon) {
    const d = loadYamlFile(full, LexiconSchema, problems);
    if (d) Object.assign(lists, d.data.lists);
  }
  const cues: CompiledCue[] = [];
  const cueFiles: CueFile[] = [];
  const checks: CheckRule[] = [];
  const prompts: InterviewPrompt[] = [];
  const seen = new Set<string>();
  const rel = (full: string): string => relative(join(dir, '..', '..'), full);
  for (const full of byKind.cues) {
    const d = loadYamlFile(full, CueFileSchema, problems);
    if (!d) continue;
    const file = rel(full);
    cueFiles.push({ file, part: d.data.part, examples: d.data.examples });
    d.data.cues.forEach((c, i) => {
      if (seen.has(`${d.data.part}/${c.id}`)) problems.add(full, '', `cues.${i}.id: duplicate cue id '${c.id}'`);
      seen.add(`${d.data.part}/${c.id}`);
      cues.push({ id: c.id, part: d.data.part, weight: c.weight, re: compile(c.pattern, full, `cues.${i}.pattern`), file, examples: c.examples, ...(c.marks ? { marks: c.marks } : {}) });
    });
  }
  for (const full of byKind.checks) {
    const d = loadYamlFile(full, CheckSchema, problems);
    if (!d) continue;
    const file = rel(full);
    const id = 'story/' + relative(join(dir, 'checks'), full).replace(/\.ya?ml$/, '');
    if ('patterns' in d.data) d.data.patterns.forEach((p, i) => compile(p, full, `patterns.${i}`));
    checks.push({ ...d.data, id, file });
  }
  for (const full of byKind.prompts) {
    const d = loadYamlFile(full, PromptFileSchema, problems);
    if (!d) continue;
    const file = rel(full);
    d.data.prompts.forEach((p, i) => {
      if (prompts.some((q) => q.id === p.id)) problems.add(full, '', `prompts.${i}.id: duplicate prompt id '${p.id}'`);
      const patterns = p.patterns.map((pat, j) => compile(pat, full, `prompts.${i}.patterns.${j}`));
      prompts.push({ ...p, patterns, file });
    });
  }
  problems.throwIfAny('story rules');
  return { cues, cueFiles, checks, prompts, lists };
}

let cached: StoryRules | undefined;
export function storyRules(): StoryRules {
  cached ??= loadStoryRules();
  return cached;
}
