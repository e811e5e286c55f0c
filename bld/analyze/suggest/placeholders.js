// src/analyze/suggest/placeholders.ts
import { z } from "zod";
import { baseOf, gerundFromPast, isKnownVerb, isPastForm } from "./verb-forms.js";
import { rewriteRules, PARTS } from "./rules.js";
var AnswersSchema = z.object({
  metric: z.string().optional(),
  baseline: z.string().optional(),
  intervention: z.string().optional(),
  timeframe: z.string().optional(),
  result: z.string().optional()
}).strict();
var ANSWER_KEYS = {
  metric: "metric",
  magnitude: "metric",
  "how-much": "metric",
  "by-how-much": "metric",
  amount: "metric",
  baseline: "baseline",
  before: "baseline",
  intervention: "intervention",
  how: "intervention",
  timeframe: "timeframe",
  period: "timeframe",
  when: "timeframe",
  result: "result",
  outcome: "result"
};
function answerPart(key) {
  return ANSWER_KEYS[key.trim().toLowerCase()];
}
function placeholderText(part, ctx) {
  const spec = rewriteRules().placeholders.parts[part];
  return spec.text.replace("{noun}", measureNoun(ctx.measure));
}
var nouns;
function measureNoun(measure) {
  nouns ??= rewriteRules().placeholders.nouns.map((n) => ({ re: new RegExp(n.match, "i"), noun: n.noun }));
  return nouns.find((n) => n.re.test(measure))?.noun ?? "figure";
}
function questionFor(part, ctx) {
  const data = rewriteRules().placeholders;
  const fields = {
    kpi: ctx.kpi,
    before: ctx.did ? `before ${ctx.did}` : void 0,
    examples: ctx.domain ? data.examples[ctx.domain] : void 0
  };
  const templates = data.parts[part].questions;
  const usable = templates.find((t) => [...t.matchAll(/\{(\w+)\}/g)].every((m) => fields[m[1] ?? ""]));
  const question = (usable ?? templates[templates.length - 1] ?? "").replace(/\{(\w+)\}/g, (_, k) => fields[k] ?? "");
  return { part, placeholder: placeholderText(part, ctx), question };
}
function cleanAnswer(raw) {
  return raw.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g, " ").replace(/[\[\]]/g, "").replace(/\s+/g, " ").trim().replace(/^["'“”‘’]+|["'“”‘’]+$/g, "").replace(/[\s.;,:]+$/, "").slice(0, 200).trim();
}
var TIME_LEAD = /^(in|over|within|during|across|for|since|from|between|by|after|sustained|each|every|per|this|last|FY|Q[1-4]|H[12]|\d{4}\b|year|month|quarter)/i;
function fitAnswer(part, raw) {
  let a = cleanAnswer(raw);
  if (!a) return void 0;
  switch (part) {
    case "metric":
      return a.replace(/^by\s+/i, "");
    case "baseline":
      return a.replace(/^(?:from\s+)?(?:a\s+)?(?:baseline\s+(?:of\s+)?)?/i, "") || void 0;
    case "timeframe":
      return TIME_LEAD.test(a) ? a : `over ${a}`;
    case "intervention": {
      const lead = /^(by|through|via|with|using|after)\s+/i.exec(a);
      if (lead && lead[1]?.toLowerCase() !== "by") return a.charAt(0).toLowerCase() + a.slice(1);
      a = a.replace(/^by\s+/i, "");
      const first = /^[A-Za-z-]+/.exec(a)?.[0] ?? "";
      const gerund = isPastForm(first) ? gerundFromPast(first) : void 0;
      if (gerund) a = gerund + a.slice(first.length);
      else if (/^[A-Z][a-z]/.test(a) && !/^[A-Z][a-z]+[A-Z]/.test(a)) a = a.charAt(0).toLowerCase() + a.slice(1);
      return `by ${a}`;
    }
    case "result": {
      const first = /^[A-Za-z-]+/.exec(a)?.[0] ?? "";
      const base = baseOf(first);
      const startsWithVerb = !!base && (isKnownVerb(base) || isPastForm(first));
      return startsWithVerb ? a.charAt(0).toUpperCase() + a.slice(1) : `Improved ${a}`;
    }
  }
}
function isPart(s) {
  return PARTS.includes(s);
}
export {
  ANSWER_KEYS,
  AnswersSchema,
  answerPart,
  cleanAnswer,
  fitAnswer,
  isPart,
  measureNoun,
  placeholderText,
  questionFor
};
