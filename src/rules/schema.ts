// zod schemas for every rule file under rules/. A file that does not match stops start-up with the file and field named.
import { z } from 'zod';
import { DomainSchema } from './domains.ts';

const source = z.string().min(10, 'say where in the guide this rule comes from');
const regexSource = z.string().min(1);
const examples = z.object({ valid: z.array(z.string()).default([]), invalid: z.array(z.string()).default([]) }).strict();

/** A lemma sequence ("days in A/R", "(RN|staff)? turnover rate?", "{reconcile}"): see src/rules/phrases.ts. */
const phrase = z.string().min(1).refine((s) => !/[\\[\]^$+]|\(\?/.test(s), 'a phrase is words, not a regex: "days in A/R", "(RN|staff)? turnover rate?", "{reconcile}"');
export const KpiFileSchema = z.object({
  domain: DomainSchema,
  source,
  qualifierWeight: z.number().positive().optional(),
  kpis: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'),
    label: z.string().min(2),
    desired: z.enum(['up', 'down']).nullable(),
    /** the KPI's names as lemma sequences; each word also matches its plural */
    terms: z.array(phrase).min(1),
    /** longer phrases in which a term names something else ("revenue cycle", "inventory turnover") */
    except: z.array(phrase).optional(),
    /** matched as written, case and all ("LOS", "A/R") */
    abbreviations: z.array(z.string()).optional(),
    source: z.string().optional(),
  }).strict()).min(1),
  /** Phrases that point to the domain when no KPI is named; an entry with a weight counts more than one vote. */
  cues: z.array(z.union([phrase, z.object({ match: phrase, weight: z.number().positive().max(5) }).strict()])).default([]),
  /** Nouns whose count points to the domain ("16 employees" -> people, "40 patients a day" -> access). */
  counts: z.array(z.string().regex(/^[a-z][a-z -]*$/)).default([]),
  /** Verb lemmas that lean a bullet with no KPI towards this domain ("Scheduled ..." -> access). */
  verbs: z.array(z.string().regex(/^[a-z][a-z -]*$/)).default([]),
  qualifiers: z.array(regexSource).default([]),
  examples: z.array(z.object({ text: z.string(), kpi: z.string() }).strict()).min(1),
  /** Texts in which the catalogue must not find the KPI (a term inside one of its exceptions, a look-alike form). */
  counterExamples: z.array(z.object({ text: z.string(), kpi: z.string() }).strict()).default([]),
}).strict();
export type KpiFile = z.infer<typeof KpiFileSchema>;

const lemma = z.string().regex(/^[a-z][a-z-]*(?: [a-z]+)?$/, 'a verb is its lemma: "reduce", "roll out"');
export const VERB_ROLES = ['down', 'up', 'better', 'achieve', 'maintain', 'intervention', 'duty', 'weak'] as const;
export type VerbRole = (typeof VERB_ROLES)[number];
const formFix = z.object({ past: lemma.optional(), participle: lemma.optional(), gerund: lemma.optional(), third: lemma.optional() }).strict();
export const VerbsFileSchema = z.object({
  source,
  roles: z.object(Object.fromEntries(VERB_ROLES.map((g) => [g, z.array(lemma).min(1)])) as Record<VerbRole, z.ZodArray<typeof lemma>>).strict(),
  fixes: z.record(lemma, formFix).default({}),
  weakOpeners: z.array(z.object({ match: regexSource, message: z.string(), duty: z.boolean().optional() }).strict()).min(1),
  leadingAdverbs: z.array(z.string()),
  titleWords: z.array(z.string().regex(/^[a-z][a-z-]*$/)).default([]),
  examples: z.object({ strong: z.array(z.string()), weak: z.array(z.string()), none: z.array(z.string()) }).strict(),
}).strict();
export type VerbsFile = z.infer<typeof VerbsFileSchema>;

export const MacrosFileSchema = z.object({ source, macros: z.record(z.string().regex(/^[A-Z_]+$/), z.string()) }).strict();

const pattern = z.object({ id: z.string(), match: regexSource, needsDigit: z.boolean().optional() }).strict();
export const PatternSignalFileSchema = z.object({
  signal: z.enum(['metric', 'baseline', 'timeframe']),
  source,
  patterns: z.array(pattern).min(1),
  exclude: z.array(regexSource).default([]),
  excludeContexts: z.array(regexSource).default([]),
  examples,
}).strict();
export type PatternSignalFile = z.infer<typeof PatternSignalFileSchema>;

export const InterventionFileSchema = z.object({
  signal: z.literal('intervention'),
  source,
  actionNouns: z.array(z.string()),
  projectNouns: z.array(z.string()),
  examples,
}).strict();
export type InterventionFile = z.infer<typeof InterventionFileSchema>;

export const ResultFileSchema = z.object({
  signal: z.literal('result'),
  source,
  examples,
}).strict();
export type ResultFile = z.infer<typeof ResultFileSchema>;

const checkBase = {
  level: z.enum(['error', 'warning', 'info']),
  penalty: z.number().min(0).max(50),
  message: z.string().min(5),
  source,
  examples,
};
export const SIGNALS = ['metric', 'baseline', 'intervention', 'result', 'timeframe', 'kpi', 'relative-change', 'award'] as const;
export const CheckFileSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('require'), requires: z.enum(SIGNALS), when: z.enum(SIGNALS).optional(), unless: z.union([z.enum(SIGNALS), z.array(z.enum(SIGNALS)).min(1)]).optional(), ...checkBase }).strict(),
  z.object({ kind: z.literal('existence'), tokens: z.array(regexSource).min(1), caseSensitive: z.boolean().optional(), ...checkBase }).strict(),
  z.object({
    kind: z.literal('length'),
    min: z.object({ words: z.number().int().positive() }).strict().optional(),
    max: z.object({ words: z.number().int().positive(), chars: z.number().int().positive() }).strict().optional(),
    ...checkBase,
  }).strict(),
  z.object({ kind: z.literal('weak-opener'), ...checkBase }).strict(),
  z.object({ kind: z.literal('passive-opening'), ...checkBase }).strict(),
  z.object({ kind: z.literal('no-action-verb'), ...checkBase }).strict(),
  z.object({ kind: z.literal('kpi-direction'), ...checkBase }).strict(),
]);
export type CheckFile = z.infer<typeof CheckFileSchema>;

export const CLAUSE_LINKS = ['consequence', 'means', 'purpose', 'while'] as const;
export const ClausesFileSchema = z.object({
  signal: z.literal('clauses'),
  source,
  boundaries: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    match: z.string().min(1),
    link: z.enum(CLAUSE_LINKS),
    needs: z.enum(['verb', 'gerund', 'base', 'action', 'event', 'subject']).optional(),
  }).strict()).min(1),
  examples,
}).strict();
export type ClausesFile = z.infer<typeof ClausesFileSchema>;

const words = z.array(z.string().min(1));
/** The word lists of rules/signals/roles.yml, each read as a set of lower-case words. */
export const ROLE_LISTS = ['comparatives', 'changeNouns', 'outcomeNouns', 'needsAmount', 'needsOutcome', 'causatives', 'weakMeans', 'enablers', 'completionWords', 'topicWords', 'notChangeAfter', 'onPlan', 'softResults', 'processNouns',
  'articles', 'pronouns', 'auxiliaries', 'notGerunds', 'activityNouns', 'quantityWords', 'notBeforeParticiple', 'levelWords', 'awards',
  'downWords', 'upWords', 'steadyWords', 'modifierPrepositions', 'adjunctPrepositions'] as const;
export type RoleList = (typeof ROLE_LISTS)[number];
export const RolesFileSchema = z.object({
  signal: z.literal('roles'),
  source,
  ...(Object.fromEntries(ROLE_LISTS.map((k) => [k, words])) as Record<RoleList, typeof words>),
  examples,
}).strict();
export type RolesFile = z.infer<typeof RolesFileSchema>;
