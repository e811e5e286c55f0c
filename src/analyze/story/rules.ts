// Story rules are data (rules/story/**.yml): STAR cues and checks, validated by zod at load and compiled once.
// Every problem is collected with its file and path, and loading stops with all of them listed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { DomainSchema, SeveritySchema } from '../types.ts';

export const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'rules', 'story');

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

export class RuleLoadError extends Error {
  constructor(readonly problems: string[]) {
    super(`story rules failed to load:\n  ${problems.join('\n  ')}`);
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

/** `{listName}` in a pattern becomes an alternation of the lexicon's words. */
export function expandLists(pattern: string, lists: Record<string, string[]>, problems: string[], where: string): string {
  return pattern.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const list = lists[name];
    if (!list) { problems.push(`${where}: unknown list {${name}}`); return whole; }
    return `(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`;
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

function zodProblems(file: string, error: z.ZodError): string[] {
  return error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
}

export function loadStoryRules(dir = RULES_DIR): StoryRules {
  const problems: string[] = [];
  const docs: { file: string; data: unknown }[] = [];
  for (const full of yamlFiles(dir)) {
    const file = relative(join(dir, '..', '..'), full);
    try {
      docs.push({ file, data: parse(readFileSync(full, 'utf8')) });
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  const lists: Record<string, string[]> = {};
  for (const d of docs.filter((d) => /lexicon/.test(d.file))) {
    const r = LexiconSchema.safeParse(d.data);
    if (!r.success) problems.push(...zodProblems(d.file, r.error));
    else Object.assign(lists, r.data.lists);
  }
  const cues: CompiledCue[] = [];
  const cueFiles: CueFile[] = [];
  const checks: CheckRule[] = [];
  const prompts: InterviewPrompt[] = [];
  const seen = new Set<string>();
  for (const d of docs) {
    if (/lexicon/.test(d.file)) continue;
    if (/\/cues\//.test(d.file)) {
      const r = CueFileSchema.safeParse(d.data);
      if (!r.success) { problems.push(...zodProblems(d.file, r.error)); continue; }
      cueFiles.push({ file: d.file, part: r.data.part, examples: r.data.examples });
      r.data.cues.forEach((c, i) => {
        const where = `${d.file}: cues.${i}.pattern`;
        if (seen.has(`${r.data.part}/${c.id}`)) problems.push(`${d.file}: cues.${i}.id: duplicate cue id '${c.id}'`);
        seen.add(`${r.data.part}/${c.id}`);
        cues.push({ id: c.id, part: r.data.part, weight: c.weight, re: compilePattern(c.pattern, lists, problems, where), file: d.file, examples: c.examples, ...(c.marks ? { marks: c.marks } : {}) });
      });
    } else if (/\/checks\//.test(d.file)) {
      const r = CheckSchema.safeParse(d.data);
      if (!r.success) { problems.push(...zodProblems(d.file, r.error)); continue; }
      const id = 'story/' + d.file.replace(/^.*\/checks\//, '').replace(/\.ya?ml$/, '');
      if ('patterns' in r.data) r.data.patterns.forEach((p, i) => compilePattern(p, lists, problems, `${d.file}: patterns.${i}`));
      checks.push({ ...r.data, id, file: d.file });
    } else if (/\/prompts\//.test(d.file)) {
      const r = PromptFileSchema.safeParse(d.data);
      if (!r.success) { problems.push(...zodProblems(d.file, r.error)); continue; }
      r.data.prompts.forEach((p, i) => {
        if (prompts.some((q) => q.id === p.id)) problems.push(`${d.file}: prompts.${i}.id: duplicate prompt id '${p.id}'`);
        const patterns = p.patterns.map((pat, j) => compilePattern(pat, lists, problems, `${d.file}: prompts.${i}.patterns.${j}`));
        prompts.push({ ...p, patterns, file: d.file });
      });
    } else {
      problems.push(`${d.file}: not under cues/, checks/ or prompts/, and not a lexicon`);
    }
  }
  if (problems.length) throw new RuleLoadError(problems);
  return { cues, cueFiles, checks, prompts, lists };
}

let cached: StoryRules | undefined;
export function storyRules(): StoryRules {
  cached ??= loadStoryRules();
  return cached;
}
