// src/analyze/story.ts
import { emptyComponents, STAR_PARTS } from "./types.js";
import { classifyStory } from "./story/parts.js";
import { runCheck } from "./story/checks.js";
import { detectSignals } from "./detect.js";
import { getRules } from "../rules/index.js";
import { storyRules } from "./story/rules.js";
import { countWords, splitSentences } from "./story/sentences.js";
var MAX_SENTENCE_SIGNAL_CHARS = 2e3;
var WORDS_PER_MINUTE = 150;
var overlaps = (a, b) => a.start < b.end && b.start < a.end;
function storySignals(text, sentences, maxChars) {
  const rules = getRules();
  const components = emptyComponents();
  const kpis = [];
  const domains = [];
  for (const s of sentences) {
    if (s.start >= maxChars) break;
    const sig = detectSignals(s.text.slice(0, Math.min(MAX_SENTENCE_SIGNAL_CHARS, maxChars - s.start)), rules);
    const shift = (x) => ({ ...x, start: x.start + s.start, end: x.end + s.start });
    for (const k of Object.keys(components)) components[k].push(...sig.components[k].map(shift));
    kpis.push(...sig.kpis.map(shift));
    if (sig.primaryDomain) domains.push({ domain: sig.primaryDomain, start: s.start });
  }
  for (const list of Object.values(components)) for (const sp of list) sp.text = text.slice(sp.start, sp.end);
  for (const k of kpis) k.text = text.slice(k.start, k.end);
  return { components, kpis, domains };
}
function primaryDomainOf(domains, result) {
  const weight = /* @__PURE__ */ new Map();
  for (const d of domains) {
    const inResult = result.some((r) => r.start <= d.start + 1 && d.start < r.end) ? 2 : 1;
    weight.set(d.domain, (weight.get(d.domain) ?? 0) + inResult);
  }
  let best = null;
  for (const d of domains) if (best === null || weight.get(d.domain) > weight.get(best)) best = d.domain;
  return best;
}
function analyzeStory(input) {
  const text = typeof input === "string" ? input : "";
  const rules = storyRules();
  const sentences = splitSentences(text);
  const limit = rules.checks.find((c) => c.kind === "signal-limit");
  const signals = storySignals(text, sentences, limit?.kind === "signal-limit" ? limit.maxChars : Infinity);
  const { timeframe } = signals.components;
  const metrics = signals.components.metric.filter((m) => !timeframe.some((t) => t.start <= m.start && m.end <= t.end));
  const clauses = classifyStory(text, rules.cues, { hasMetric: (c) => metrics.some((m) => overlaps(m, c)) });
  const parts = { situation: [], task: [], action: [], result: [] };
  for (const c of clauses) {
    const span = { start: c.start, end: c.end, text: c.text };
    if (c.part) parts[c.part].push(span);
    if (c.alsoPart && c.alsoPart !== c.part) parts[c.alsoPart].push(span);
  }
  for (const p of STAR_PARTS) parts[p].sort((a, b) => a.start - b.start);
  const quantifiedResult = metrics.some((m) => parts.result.some((r) => overlaps(m, r)));
  const components = signals.components;
  const words = countWords(text);
  const speakingSeconds = Math.round(words / WORDS_PER_MINUTE * 60);
  const facts = {
    text,
    clauses,
    sentences,
    parts,
    words,
    speakingSeconds,
    quantifiedResult,
    metrics,
    components,
    kpis: signals.kpis,
    lists: rules.lists
  };
  const findings = text.trim() === "" ? rules.checks.filter((r) => r.kind === "empty").flatMap((r) => runCheck(r, facts)) : rules.checks.filter((r) => r.kind !== "empty").flatMap((r) => runCheck(r, facts));
  const penalty = findings.reduce((n, f) => n + (f.penalty ?? 0), 0);
  const score = text.trim() === "" ? 0 : Math.max(0, Math.min(100, Math.round(100 - penalty)));
  return {
    kind: "story",
    text,
    score,
    parts,
    components,
    quantifiedResult,
    words,
    speakingSeconds,
    kpis: signals.kpis,
    primaryDomain: primaryDomainOf(signals.domains, parts.result),
    findings
  };
}
export {
  WORDS_PER_MINUTE,
  analyzeStory
};
