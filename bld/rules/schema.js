// src/rules/schema.ts
import { z } from "zod";
import { DomainSchema } from "../analyze/types.js";
var source = z.string().min(10, "say where in the guide this rule comes from");
var regexSource = z.string().min(1);
var examples = z.object({ valid: z.array(z.string()).default([]), invalid: z.array(z.string()).default([]) }).strict();
var KpiFileSchema = z.object({
  domain: DomainSchema,
  source,
  qualifierWeight: z.number().positive().optional(),
  kpis: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]+$/, "ids are lower-case words joined by hyphens"),
    label: z.string().min(2),
    desired: z.enum(["up", "down"]).nullable(),
    terms: z.array(regexSource).min(1),
    abbreviations: z.array(z.string()).optional(),
    source: z.string().optional()
  }).strict()).min(1),
  cues: z.array(regexSource).default([]),
  qualifiers: z.array(regexSource).default([]),
  examples: z.array(z.object({ text: z.string(), kpi: z.string() }).strict()).min(1)
}).strict();
var verbEntry = z.string().regex(/^[a-z][a-z -]*(\|[a-z][a-z -]*){0,2}$/, 'a verb is "base" or "base|past|gerund"');
var VerbGroups = ["down", "up", "better", "achieve", "intervention", "stewardship"];
var VerbsFileSchema = z.object({
  source,
  groups: z.object(Object.fromEntries(VerbGroups.map((g) => [g, z.array(verbEntry).min(1)]))).strict(),
  weakOpeners: z.array(z.object({ match: regexSource, message: z.string() }).strict()).min(1),
  leadingAdverbs: z.array(z.string()),
  examples: z.object({ strong: z.array(z.string()), weak: z.array(z.string()), none: z.array(z.string()) }).strict()
}).strict();
var MacrosFileSchema = z.object({ source, macros: z.record(z.string().regex(/^[A-Z_]+$/), z.string()) }).strict();
var pattern = z.object({ id: z.string(), match: regexSource }).strict();
var PatternSignalFileSchema = z.object({
  signal: z.enum(["metric", "baseline", "timeframe"]),
  source,
  patterns: z.array(pattern).min(1),
  exclude: z.array(regexSource).default([]),
  excludeContexts: z.array(regexSource).default([]),
  examples
}).strict();
var InterventionFileSchema = z.object({
  signal: z.literal("intervention"),
  source,
  markers: z.array(z.object({ match: z.string(), needs: z.enum(["metric-before", "action"]).optional() }).strict()).min(1),
  notWhatWasDone: z.array(regexSource),
  actionNouns: z.array(z.string()),
  projectNouns: z.array(z.string()),
  clauseStops: z.array(regexSource).min(1),
  purposeClause: z.boolean(),
  examples
}).strict();
var ResultFileSchema = z.object({
  signal: z.literal("result"),
  source,
  nounResults: z.array(regexSource),
  signedMetricIsResult: z.boolean(),
  examples
}).strict();
var checkBase = {
  level: z.enum(["error", "warning", "info"]),
  penalty: z.number().min(0).max(50),
  message: z.string().min(5),
  source,
  examples
};
var SIGNALS = ["metric", "baseline", "intervention", "result", "timeframe", "kpi", "relative-change"];
var CheckFileSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("require"), requires: z.enum(SIGNALS), when: z.enum(SIGNALS).optional(), unless: z.enum(SIGNALS).optional(), ...checkBase }).strict(),
  z.object({ kind: z.literal("existence"), tokens: z.array(regexSource).min(1), caseSensitive: z.boolean().optional(), ...checkBase }).strict(),
  z.object({
    kind: z.literal("length"),
    min: z.object({ words: z.number().int().positive() }).strict().optional(),
    max: z.object({ words: z.number().int().positive(), chars: z.number().int().positive() }).strict().optional(),
    ...checkBase
  }).strict(),
  z.object({ kind: z.literal("weak-opener"), ...checkBase }).strict(),
  z.object({ kind: z.literal("passive-opening"), ...checkBase }).strict(),
  z.object({ kind: z.literal("no-action-verb"), ...checkBase }).strict(),
  z.object({ kind: z.literal("kpi-direction"), ...checkBase }).strict()
]);
export {
  CheckFileSchema,
  InterventionFileSchema,
  KpiFileSchema,
  MacrosFileSchema,
  PatternSignalFileSchema,
  ResultFileSchema,
  SIGNALS,
  VerbGroups,
  VerbsFileSchema
};
