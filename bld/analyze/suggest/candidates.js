// src/analyze/suggest/candidates.ts
import { Doc } from "./doc.js";
import { missingParts, optionalParts, wrongWayKpis } from "./missing.js";
import {
  activate,
  afterToBy,
  clauseEnd,
  expandAbbreviations,
  fixOpening,
  gerundiseCoordinated,
  invertChange,
  lowerFirst,
  moveLeadingIntervention,
  removeFiller,
  toFromOrder
} from "./phrases.js";
import { fitAnswer, placeholderText, questionFor } from "./placeholders.js";
import { rescore } from "./rescore.js";
import { PARTS } from "./rules.js";
import { joinSentences, tidy } from "./tidy.js";
import { baseOf, gerundOf, isKnownVerb, isPastForm } from "./verb-forms.js";
var CHECK_LABEL = {
  "action-verb": "strong action verb",
  kpi: "KPI named",
  metric: "magnitude",
  baseline: "baseline",
  intervention: "intervention (by/through/via)",
  result: "result",
  timeframe: "timeframe",
  "guide-order": "guide's order (result, then how)",
  "kpi-direction": "KPI moved the right way"
};
var PHRASE_BOUNDARY = /* @__PURE__ */ new Set([
  "by",
  "through",
  "via",
  "with",
  "after",
  "using",
  "in",
  "at",
  "for",
  "from",
  "to",
  "across",
  "on",
  "over",
  "within",
  "during",
  "while",
  "and",
  "or",
  "among",
  "per",
  "than",
  "vs",
  "versus",
  "which",
  "that",
  "who",
  "when",
  "where",
  "since",
  "because",
  "despite",
  "into",
  "up",
  "down",
  "as",
  "of",
  "this",
  "last",
  "each",
  "every",
  "year",
  "annually",
  "monthly",
  "weekly",
  "daily",
  "quarterly"
]);
var INTERVENTION_LEAD = /(?:\s*,)?\s+(?:by|through|via|with|using|after|thanks to)\s*$/i;
function buildContext(analysed, answers = {}, reanalyse = rescore) {
  const text = analysed.text;
  const firstKpi = analysed.kpis[0];
  const intervention = analysed.components.intervention[0];
  const did = intervention ? shortDid(intervention.text) : void 0;
  const measure = [firstKpi?.label, firstKpi?.text, analysed.components.metric[0]?.text].filter(Boolean).join(" ");
  const missing = missingParts(analysed);
  const optional = optionalParts(analysed);
  for (const p of optional) if (answers[p] !== void 0 && answers[p].trim()) missing.add(p);
  return {
    analysed,
    reanalyse,
    missing,
    optional,
    wrongWay: wrongWayKpis(analysed),
    // The KPI's whole noun phrase reads better in a question ("HCAHPS nurse communication scores").
    placeholder: { kpi: firstKpi ? lowerFirst(text.slice(firstKpi.start, phraseEndIn(text, firstKpi.end, clauseEnd(text, firstKpi.end)))) : void 0, did, measure, domain: analysed.primaryDomain ?? (analysed.kpis.length ? null : "none") },
    answers,
    endWithPeriod: /\.\s*$/.test(text)
  };
}
function shortDid(intervention) {
  let s = intervention.trim().replace(/^(?:by|through|via|with|using|after)\s+/i, "").replace(/[.;]+$/, "");
  s = s.split(/,|;|\band\b/)[0]?.trim() ?? "";
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0) return void 0;
  return words.slice(0, 8).join(" ");
}
function docFor(analysed) {
  const c = analysed.components;
  return Doc.fromSpans(analysed.text, {
    metric: c.metric,
    baseline: c.baseline,
    intervention: c.intervention,
    result: c.result,
    timeframe: c.timeframe,
    kpi: analysed.kpis,
    verb: analysed.actionVerb ? [analysed.actionVerb] : []
  });
}
function fixVerb(doc, analysed) {
  if (fixOpening(doc)) return true;
  const verb = analysed.actionVerb;
  if (verb && verb.strength === "strong" && verb.start === 0) return false;
  return activate(doc) || invertChange(doc, analysed.kpis);
}
var REWORDING_REVEALS = ["result", "intervention", "metric"];
function buildGuideOrder(first, expand) {
  let doc = docFor(first.analysed);
  joinSentences(doc);
  moveLeadingIntervention(doc);
  const verbFixed = fixVerb(doc, first.analysed);
  afterToBy(doc);
  toFromOrder(doc);
  removeFiller(doc);
  let ctx = first;
  const supplied = [];
  if (first.reanalyse && REWORDING_REVEALS.some((p) => first.missing.has(p)) && doc.text !== first.analysed.text) {
    const again = first.reanalyse(doc.text);
    ctx = { ...buildContext(again, first.answers, first.reanalyse), endWithPeriod: first.endWithPeriod };
    const applied = doc.applied;
    doc = docFor(again);
    doc.applied.push(...applied);
    for (const p of first.missing) if (!ctx.missing.has(p)) supplied.push(p);
  }
  if (expand) expandAbbreviations(doc);
  const built = { doc, ctx, verbFixed, placed: [], answered: [], supplied, dutyRestructured: false };
  fillParts(built, ctx);
  tidy(doc, ctx.endWithPeriod);
  return built;
}
function buildLight(ctx) {
  const doc = docFor(ctx.analysed);
  joinSentences(doc);
  const verbFixed = fixVerb(doc, ctx.analysed);
  removeFiller(doc);
  tidy(doc, ctx.endWithPeriod);
  return { doc, ctx, verbFixed, placed: [], answered: [], supplied: [], dutyRestructured: false };
}
function slot(built, ctx, part) {
  const raw = ctx.answers[part];
  const fitted = raw === void 0 ? void 0 : fitAnswer(part, raw);
  if (fitted !== void 0) {
    built.answered.push(part);
    return fitted;
  }
  built.placed.push(part);
  return placeholderText(part, ctx.placeholder);
}
function fillParts(built, ctx) {
  const { doc } = built;
  const missing = ctx.missing;
  if (missing.has("result") && restructureDuty(built, ctx)) return;
  if (missing.has("result")) {
    const end = clauseEnd(doc.text, 0);
    const at = end - (/[.\s]*$/.exec(doc.text.slice(0, end))?.[0].length ?? 0);
    insertRange(doc, at, `; ${slot(built, ctx, "result")}`, "result", 2);
  }
  if (missing.has("metric")) {
    const { start, end } = mainBounds(doc);
    const kpi = doc.of("kpi").find((r) => r.start >= start && r.start < end);
    const at = kpi ? phraseEnd(doc, kpi.end, end) : end;
    insertRange(doc, at, ` ${slot(built, ctx, "metric")}`, "metric", 1);
  }
  if (missing.has("baseline")) {
    const { start, end } = mainBounds(doc);
    const metrics = doc.of("metric").filter((r) => r.start >= start && r.start < end);
    const metric = metrics.find((m) => doc.of("result").some((r) => r.start <= m.start && m.end <= r.end)) ?? metrics[0];
    const before = metric ? doc.text.slice(0, metric.start) : "";
    const level = /\bto\s+$/i.exec(before);
    const consequence = /\b(?:leading|led|lead|leads|resulting|contributing|amounting|equal|equivalent|close|due|thanks|compared|relative)\s+to\s+$/i.test(before);
    if (metric && level && !consequence && !/\bfrom\s+\S+\s+to\s+$/i.test(before)) {
      insertRange(doc, level.index, `from ${slot(built, ctx, "baseline")} `, "baseline", 0, 1);
    } else {
      const at = metric ? baselineAfter(doc, metric.end, end) : end;
      insertRange(doc, at, ` from a baseline of ${slot(built, ctx, "baseline")}`, "baseline", 1);
    }
  }
  if (missing.has("timeframe")) {
    insertRange(doc, mainBounds(doc).end, ` ${slot(built, ctx, "timeframe")}`, "timeframe", 1);
  }
  if (missing.has("intervention")) {
    const s = slot(built, ctx, "intervention");
    insertRange(doc, mainBounds(doc).end, ` ${built.placed.at(-1) === "intervention" ? `by ${s}` : s}`, "intervention", 1);
  }
}
function restructureDuty(built, ctx) {
  const { doc } = built;
  const first = /^[A-Za-z-]+/.exec(doc.text)?.[0];
  if (!first) return false;
  const base = baseOf(first);
  const opensWithVerb = built.verbFixed || ctx.analysed.actionVerb?.start === 0 || isPastForm(first);
  if (!base || !opensWithVerb || !(isKnownVerb(base) || isPastForm(first) || built.verbFixed)) return false;
  doc.replace(0, first.length, `by ${gerundOf(base)}`, "structure/duty-as-intervention");
  gerundiseCoordinated(doc, 0);
  const end = clauseEnd(doc.text, 0);
  doc.ranges = doc.ranges.filter((r) => r.kind !== "intervention");
  doc.ranges.push({ kind: "intervention", start: 0, end: end - (/[.\s]*$/.exec(doc.text.slice(0, end))?.[0].length ?? 0) });
  const head = [slot(built, ctx, "result")];
  if (ctx.missing.has("metric")) head.push(slot(built, ctx, "metric"));
  if (ctx.missing.has("baseline")) head.push(`from a baseline of ${slot(built, ctx, "baseline")}`);
  if (ctx.missing.has("timeframe")) head.push(slot(built, ctx, "timeframe"));
  doc.insert(0, head.join(" ") + " ", "structure/result-first");
  doc.ranges.push({ kind: "result", start: 0, end: head[0].length });
  if (ctx.missing.has("intervention") && !built.supplied.includes("intervention")) built.supplied.push("intervention");
  built.dutyRestructured = true;
  return true;
}
function insertRange(doc, at, text, kind, lead, trail = 0) {
  while (at > 0 && doc.text.charAt(at - 1) === "." && (at === doc.text.length || /[\s;]/.test(doc.text.charAt(at)))) at--;
  doc.insert(at, text, `placeholders/${kind}`);
  doc.ranges.push({ kind, start: at + lead, end: at + text.length - trail });
}
function mainBounds(doc) {
  const results = doc.of("result");
  const starts = (results.length ? results : [...doc.of("kpi"), ...doc.of("metric")]).map((r) => r.start);
  const start = starts.length ? Math.min(...starts) : 0;
  const text = doc.text;
  let end = clauseEnd(text, start);
  for (const r of doc.of("intervention")) {
    if (r.start <= start || r.start >= end) continue;
    const lead = INTERVENTION_LEAD.exec(text.slice(0, r.start));
    end = Math.min(end, lead ? lead.index : r.start);
  }
  const trimmed = text.slice(0, end).replace(/[\s.,]+$/, "").length;
  return { start, end: Math.max(start, trimmed) };
}
function baselineAfter(doc, from, limit) {
  for (const r of doc.ranges) if (r.kind !== "kpi" && r.kind !== "metric" && r.start >= from && r.start < limit) limit = r.start;
  let at = from;
  const joined = /^(?:[-–][A-Za-z][\w-]*|\s+(?:fewer|more|less|lower|higher|greater)\b)/i.exec(doc.text.slice(at, limit));
  if (joined) at += joined[0].length;
  const measured = /^\s+(?:of|in|for)(?=\s+[A-Za-z#$\d])/i.exec(doc.text.slice(at, limit));
  if (measured) {
    at += measured[0].length;
    const head = /^\s+[#$]?[\w'/&.-]*[\w]/.exec(doc.text.slice(at, limit));
    if (head) at += head[0].length;
  }
  return phraseEndIn(doc.text, at, limit);
}
function phraseEnd(doc, from, limit) {
  for (const r of doc.ranges) if (r.kind !== "kpi" && r.start >= from && r.start < limit) limit = r.start;
  return phraseEndIn(doc.text, from, limit);
}
function phraseEndIn(text, from, limit) {
  let at = from;
  const word = /^\s+([A-Za-z][\w'/&-]*)/;
  for (; ; ) {
    const m = word.exec(text.slice(at, limit));
    if (!m || PHRASE_BOUNDARY.has((m[1] ?? "").toLowerCase())) return at;
    at += m[0].length;
  }
}
function checksFor(built) {
  const { ctx } = built;
  const { analysed } = ctx;
  const checks = [];
  const verb = analysed.actionVerb;
  if (built.dutyRestructured) {
    checks.push({ id: "action-verb", status: built.answered.includes("result") ? "passes" : "needs-answer", message: "your answer for the result opens the bullet with its verb" });
  } else if (built.verbFixed || verb?.strength === "strong" && verb.start === 0) {
    checks.push({ id: "action-verb", status: "passes", message: `opens with "${/^[A-Za-z-]+/.exec(built.doc.text)?.[0] ?? ""}"` });
  } else {
    checks.push({ id: "action-verb", status: "lacks", message: "open with a strong action verb (Reduced, Cut, Raised, Launched)" });
  }
  if (built.answered.includes("result")) checks.push({ id: "kpi", status: "passes", message: "from your answer" });
  else if (analysed.kpis.length) checks.push({ id: "kpi", status: "passes", message: analysed.kpis.map((k) => k.text).join(", ") });
  else if (built.placed.includes("result")) checks.push({ id: "kpi", status: "needs-answer", message: "name the KPI in your answer for the result" });
  else checks.push({ id: "kpi", status: "lacks", message: "name the KPI this moved, from the guide's list (denials, days in A/R, LWBS, HCAHPS, readmissions, overtime...)" });
  const questions = new Map(built.placed.map((p) => [p, questionFor(p, ctx.placeholder).question]));
  for (const part of PARTS) {
    if (built.answered.includes(part)) checks.push({ id: part, status: "passes", message: "from your answer" });
    else if (questions.has(part)) checks.push({ id: part, status: "needs-answer", message: questions.get(part) });
    else if (built.supplied.includes(part)) checks.push({ id: part, status: "passes", message: built.dutyRestructured && part === "intervention" ? 'your own words, placed after "by"' : "your own words, reworded" });
    else if (analysed.components[part].length) checks.push({ id: part, status: "passes", message: analysed.components[part].map((s) => s.text).join("; ") });
    else if (ctx.missing.has(part) || ctx.optional.has(part) && !ctx.analysed.components[part].length) checks.push({ id: part, status: "lacks", message: ctx.optional.has(part) ? questionFor(part, ctx.placeholder).question : `add the ${CHECK_LABEL[part]}` });
  }
  const order = guideOrder(built);
  if (order) checks.push(order);
  for (const k of ctx.wrongWay) {
    checks.push({ id: "kpi-direction", status: "lacks", message: `${k.text} went ${k.change}, and the guide counts ${k.desired === "down" ? "a fall" : "a rise"} as the win: say what you did about it rather than present the ${k.change === "up" ? "rise" : "fall"} as an achievement` });
  }
  return checks;
}
function guideOrder(built) {
  const doc = built.doc;
  const how = doc.of("intervention")[0];
  const lead = [...doc.of("result"), ...doc.of("metric"), ...doc.of("kpi")].sort((a, b) => a.start - b.start)[0];
  if (!how || !lead) return void 0;
  return lead.start <= how.start ? { id: "guide-order", status: "passes", message: "result first, then how" } : { id: "guide-order", status: "lacks", message: "lead with the result, then say how (by/through/via)" };
}
function toCandidate(strategy, built) {
  const { ctx } = built;
  const text = built.doc.text;
  const checks = checksFor(built);
  const placed = built.placed.map((part) => questionFor(part, ctx.placeholder)).filter((q) => text.includes(q.placeholder)).sort((a, b) => text.indexOf(a.placeholder) - text.indexOf(b.placeholder));
  return {
    strategy,
    text,
    placeholders: placed.map((q) => q.placeholder),
    questions: placed,
    checks,
    passes: checks.filter((c) => c.status === "passes").map((c) => `${CHECK_LABEL[c.id]}: ${c.message}`),
    lacks: checks.filter((c) => c.status !== "passes").map((c) => `${CHECK_LABEL[c.id]}: ${c.message}`),
    rules: built.doc.applied.filter((r) => !r.startsWith("tidy/space")),
    supplied: built.supplied,
    answered: built.answered,
    optional: [...ctx.optional].filter((p) => !built.answered.includes(p)).map((p) => questionFor(p, ctx.placeholder))
  };
}
var STRATEGY_ORDER = { "guide-order": 2, "ats-keywords": 1, "light-touch": 0 };
function rank(c) {
  return c.checks.filter((k) => k.status !== "lacks").length * 10 + STRATEGY_ORDER[c.strategy];
}
function bestRewrite(analysed, reanalyse = rescore) {
  const built = buildGuideOrder(buildContext(analysed, {}, reanalyse === void 0 ? rescore : reanalyse), false);
  const text = built.doc.text;
  const placeholders = built.placed.map((p) => placeholderText(p, built.ctx.placeholder)).filter((p) => text.includes(p));
  return { text, placeholders: placeholders.sort((a, b) => text.indexOf(a) - text.indexOf(b)) };
}
function buildCandidates(analysed, answers = {}, reanalyse = rescore) {
  const ctx = buildContext(analysed, answers, reanalyse === void 0 ? rescore : reanalyse);
  const guide = buildGuideOrder(ctx, false);
  const out = [toCandidate("guide-order", guide)];
  const atsCtx = { ...guide.ctx, reanalyse: null, endWithPeriod: ctx.endWithPeriod };
  const ats = buildGuideOrder(atsCtx, true);
  ats.supplied.push(...guide.supplied.filter((p) => !ats.supplied.includes(p)));
  if (ats.doc.applied.some((r) => r.startsWith("kpi-expansions/"))) out.push(toCandidate("ats-keywords", ats));
  const light = buildLight(ctx);
  if (guide.ctx !== ctx) Object.assign(light, { ctx: { ...guide.ctx, endWithPeriod: ctx.endWithPeriod }, supplied: [...guide.supplied] });
  out.push(toCandidate("light-touch", light));
  return out;
}
export {
  bestRewrite,
  buildCandidates,
  buildContext,
  rank
};
