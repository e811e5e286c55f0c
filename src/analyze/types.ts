// The result shapes of docs/CONTRACT.md, as zod schemas so that every type is written once.
// Extend by adding fields; never rename or remove what the contract lists.
import { z } from 'zod';

import { DomainSchema, type Domain } from '../rules/domains.ts';

export { DOMAINS, DomainSchema, type Domain } from '../rules/domains.ts';

export const COMPONENTS = ['metric', 'baseline', 'intervention', 'result', 'timeframe'] as const;
export type ComponentName = (typeof COMPONENTS)[number];

export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];

/** Half-open [start, end) in UTF-16 units; text === source.slice(start, end). */
export const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export type Span = z.infer<typeof SpanSchema>;

export const ComponentsSchema = z.object({
  metric: z.array(SpanSchema),
  baseline: z.array(SpanSchema),
  intervention: z.array(SpanSchema),
  result: z.array(SpanSchema),
  timeframe: z.array(SpanSchema),
  /** The bullet's main action, result or not ("Scheduled appointments for four providers"). */
  action: z.array(SpanSchema),
});
export type Components = z.infer<typeof ComponentsSchema>;

export const DirectionSchema = z.enum(['up', 'down']);
export type Direction = z.infer<typeof DirectionSchema>;

export const ActionVerbSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  strength: z.enum(['strong', 'weak']),
});
export type ActionVerb = z.infer<typeof ActionVerbSchema>;

export const KpiMentionSchema = z.object({
  id: z.string(),
  label: z.string(),
  domain: DomainSchema,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  change: DirectionSchema.nullable(),
  desired: DirectionSchema.nullable(),
});
export type KpiMention = z.infer<typeof KpiMentionSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  /** Where in the guide the rule comes from (quoted or cited). */
  source: z.string().optional(),
  /** Points this finding took off the score (0 for advice that costs nothing). */
  penalty: z.number().optional(),
  /** Replacements for the span, best first (spelling: the fix first). */
  suggestions: z.array(z.string()).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const RewriteSchema = z.object({
  text: z.string(),
  placeholders: z.array(z.string()),
  /** What to ask the writer: one question per placeholder (with it), then gaps asked beside the text (without). */
  questions: z.array(z.object({ part: z.string(), question: z.string(), placeholder: z.string().optional() })).optional(),
});
export type Rewrite = z.infer<typeof RewriteSchema>;

export const BulletResultSchema = z.object({
  kind: z.literal('bullet'),
  text: z.string(),
  score: z.number().int().min(0).max(100),
  components: ComponentsSchema,
  actionVerb: ActionVerbSchema.nullable(),
  kpis: z.array(KpiMentionSchema),
  primaryDomain: DomainSchema.nullable(),
  findings: z.array(FindingSchema),
  rewrite: RewriteSchema.nullable(),
});
export type BulletResult = z.infer<typeof BulletResultSchema>;

export const PartsSchema = z.object({
  situation: z.array(SpanSchema),
  task: z.array(SpanSchema),
  action: z.array(SpanSchema),
  result: z.array(SpanSchema),
});
export type Parts = z.infer<typeof PartsSchema>;

export const StoryResultSchema = z.object({
  kind: z.literal('story'),
  text: z.string(),
  score: z.number().int().min(0).max(100),
  parts: PartsSchema,
  components: ComponentsSchema,
  quantifiedResult: z.boolean(),
  words: z.number().int(),
  speakingSeconds: z.number().int(),
  kpis: z.array(KpiMentionSchema),
  primaryDomain: DomainSchema.nullable(),
  findings: z.array(FindingSchema),
});
export type StoryResult = z.infer<typeof StoryResultSchema>;

export type Kind = 'bullet' | 'story';
export type Result = BulletResult | StoryResult;

export function emptyComponents(): Components {
  return { metric: [], baseline: [], intervention: [], result: [], timeframe: [], action: [] };
}
