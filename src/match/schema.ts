// zod schemas for rules/match/: the dictionaries of requirements a posting can name, how much it asks for them, and
// how years of experience are written. Loaded by the same loader as every other rule file.
import { z } from 'zod';

const source = z.string().min(10, 'say where in the guide this list comes from');
const regexSource = z.string().min(1);
const id = z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens');

export const REQUIREMENT_KINDS = ['kpi', 'credential', 'degree', 'experience', 'system', 'skill'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
export const IMPORTANCE = ['required', 'preferred', 'mentioned'] as const;
export type Importance = (typeof IMPORTANCE)[number];

const idExample = z.object({ text: z.string().min(1), ids: z.array(id).min(1) }).strict();

export const DictionaryFileSchema = z.object({
  kind: z.enum(['credential', 'degree', 'system', 'skill']),
  source,
  entries: z.array(z.object({
    id,
    label: z.string().min(2),
    /** Regex sources, matched whole-word and case-insensitively unless caseSensitive. */
    terms: z.array(regexSource).min(1),
    /** Acronyms, matched exactly as written (case and all); an acronym and its expansion are one requirement. */
    abbreviations: z.array(z.string().min(1)).optional(),
    caseSensitive: z.boolean().optional(),
    /** Contexts (regex sources) in which a term found here is not this entry. */
    exclude: z.array(regexSource).optional(),
    /** Entries this one satisfies: an MHA is a master's, a Black Belt covers a Green Belt. */
    implies: z.array(id).optional(),
  }).strict()).min(1),
  examples: z.object({ valid: z.array(idExample).min(1), invalid: z.array(idExample).min(1) }).strict(),
}).strict();
export type DictionaryFile = z.infer<typeof DictionaryFileSchema>;

export const ImportanceFileSchema = z.object({
  source,
  sections: z.array(z.object({ importance: z.enum(IMPORTANCE), headings: z.array(regexSource).min(1) }).strict()).min(1),
  /** A cue as a regex source, or with the most characters it may sit from the words it qualifies. */
  cues: z.object({
    required: z.array(z.union([regexSource, z.object({ match: regexSource, reach: z.number().int().nonnegative() }).strict()])).min(1),
    preferred: z.array(z.union([regexSource, z.object({ match: regexSource, reach: z.number().int().nonnegative() }).strict()])).min(1),
  }).strict(),
  metadataKeys: z.array(regexSource),
  examples: z.object({
    required: z.array(z.string()).min(1),
    preferred: z.array(z.string()).min(1),
    mentioned: z.array(z.string()).min(1),
  }).strict(),
}).strict();
export type ImportanceFile = z.infer<typeof ImportanceFileSchema>;

export const ExperienceFileSchema = z.object({
  source,
  numberWords: z.record(z.string().regex(/^[a-z]+$/), z.number().int().positive()),
  patterns: z.array(regexSource.refine((s) => s.includes('{N}'), 'a pattern names the number as {N}')).min(1),
  settings: z.array(z.object({ id, terms: z.array(regexSource).min(1) }).strict()),
  examples: z.object({
    valid: z.array(z.object({ text: z.string(), years: z.number().int().positive() }).strict()).min(1),
    invalid: z.array(z.string()).min(1),
  }).strict(),
}).strict();
export type ExperienceFile = z.infer<typeof ExperienceFileSchema>;

export const KpiContextFileSchema = z.object({
  source,
  exclude: z.record(id, z.array(regexSource).min(1)),
  terms: z.record(id, z.array(regexSource).min(1)).default({}),
  examples: z.object({
    valid: z.array(z.object({ text: z.string(), kpi: id }).strict()).min(1),
    invalid: z.array(z.object({ text: z.string(), kpi: id }).strict()).min(1),
  }).strict(),
}).strict();
export type KpiContextFile = z.infer<typeof KpiContextFileSchema>;
