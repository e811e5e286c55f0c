// src/analyze/types.ts
import { z } from "zod";
var DOMAINS = ["access", "quality", "experience", "financial", "people", "equity"];
var DomainSchema = z.enum(DOMAINS);
var COMPONENTS = ["metric", "baseline", "intervention", "result", "timeframe"];
var STAR_PARTS = ["situation", "task", "action", "result"];
var SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
var ComponentsSchema = z.object({
  metric: z.array(SpanSchema),
  baseline: z.array(SpanSchema),
  intervention: z.array(SpanSchema),
  result: z.array(SpanSchema),
  timeframe: z.array(SpanSchema)
});
var DirectionSchema = z.enum(["up", "down"]);
var ActionVerbSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  strength: z.enum(["strong", "weak"])
});
var KpiMentionSchema = z.object({
  id: z.string(),
  label: z.string(),
  domain: DomainSchema,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  change: DirectionSchema.nullable(),
  desired: DirectionSchema.nullable()
});
var SeveritySchema = z.enum(["error", "warning", "info"]);
var FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  /** Where in the guide the rule comes from (quoted or cited). */
  source: z.string().optional(),
  /** Points this finding took off the score (0 for advice that costs nothing). */
  penalty: z.number().optional()
});
var RewriteSchema = z.object({
  text: z.string(),
  placeholders: z.array(z.string())
});
var BulletResultSchema = z.object({
  kind: z.literal("bullet"),
  text: z.string(),
  score: z.number().int().min(0).max(100),
  components: ComponentsSchema,
  actionVerb: ActionVerbSchema.nullable(),
  kpis: z.array(KpiMentionSchema),
  primaryDomain: DomainSchema.nullable(),
  findings: z.array(FindingSchema),
  rewrite: RewriteSchema.nullable()
});
var PartsSchema = z.object({
  situation: z.array(SpanSchema),
  task: z.array(SpanSchema),
  action: z.array(SpanSchema),
  result: z.array(SpanSchema)
});
var StoryResultSchema = z.object({
  kind: z.literal("story"),
  text: z.string(),
  score: z.number().int().min(0).max(100),
  parts: PartsSchema,
  components: ComponentsSchema,
  quantifiedResult: z.boolean(),
  words: z.number().int(),
  speakingSeconds: z.number().int(),
  kpis: z.array(KpiMentionSchema),
  primaryDomain: DomainSchema.nullable(),
  findings: z.array(FindingSchema)
});
function emptyComponents() {
  return { metric: [], baseline: [], intervention: [], result: [], timeframe: [] };
}
export {
  ActionVerbSchema,
  BulletResultSchema,
  COMPONENTS,
  ComponentsSchema,
  DOMAINS,
  DirectionSchema,
  DomainSchema,
  FindingSchema,
  KpiMentionSchema,
  PartsSchema,
  RewriteSchema,
  STAR_PARTS,
  SeveritySchema,
  SpanSchema,
  StoryResultSchema,
  emptyComponents
};
