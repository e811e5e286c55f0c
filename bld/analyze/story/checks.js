// src/analyze/story/checks.ts
import { compilePattern } from "./rules.js";
var fill = (message, vars) => message.replace(/\{(\w+)\}/g, (w, k) => k in vars ? String(vars[k]) : w);
function finding(rule, vars = {}, span, message = rule.message, penalty = rule.penalty) {
  return {
    rule: rule.id,
    severity: rule.level,
    message: fill(message, vars),
    source: rule.source,
    penalty,
    ...span ? { start: span.start, end: span.end } : {}
  };
}
var patternCache = /* @__PURE__ */ new Map();
function patterns(rule, lists) {
  let res = patternCache.get(rule.id);
  if (!res) {
    res = rule.patterns.map((p) => compilePattern(p, lists, [], rule.file));
    patternCache.set(rule.id, res);
  }
  return res;
}
function matchesAny(res, text) {
  return res.some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });
}
var inside = (s, spans) => spans.some((p) => p.start < s.end && s.start < p.end);
var wordsIn = (f, part) => f.clauses.filter((c) => c.part === part).reduce((n, c) => n + c.words, 0);
function runCheck(rule, f) {
  switch (rule.kind) {
    case "empty":
      return f.text.trim() === "" ? [finding(rule)] : [];
    case "part-missing":
      return f.parts[rule.part].length === 0 ? [finding(rule, { part: rule.part })] : [];
    case "result-unquantified":
      return f.parts.result.length > 0 && !f.quantifiedResult ? [finding(rule, {}, f.parts.result[0])] : [];
    case "result-no-baseline": {
      if (!f.quantifiedResult) return [];
      const situationNumber = f.metrics.some((m) => inside(m, f.parts.situation));
      const stated = f.components.baseline.length > 0 || matchesAny(patterns(rule, f.lists), f.text);
      return situationNumber || stated ? [] : [finding(rule, {}, f.parts.result[0])];
    }
    case "no-sustained-window":
      return f.parts.result.length > 0 && !matchesAny(patterns(rule, f.lists), f.text) ? [finding(rule, {}, f.parts.result[0])] : [];
    case "we-without-i": {
      const scope = f.parts.action.length ? f.parts.action.map((s) => s.text).join(" ") : f.text;
      const we = /\b(?:we|our team|the team|us)\b/i.test(scope);
      const i = /\b(?:I|me|my|myself)\b|\bI['’](?:d|ve|m)\b/.test(scope) || /(?:^|[\s(])i\s/.test(scope);
      return we && !i ? [finding(rule, {}, f.parts.action[0])] : [];
    }
    case "phrase": {
      const out = [];
      for (const re of patterns(rule, f.lists)) {
        re.lastIndex = 0;
        for (const m of f.text.matchAll(re)) {
          if (out.length >= rule.maxFindings) break;
          if (!m[0]) continue;
          out.push(finding(rule, { match: m[0] }, { start: m.index, end: m.index + m[0].length }));
        }
      }
      return out.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    }
    case "part-share": {
      if (f.words < 20 || f.parts[rule.part].length === 0) return [];
      const share = wordsIn(f, rule.part) / Math.max(1, f.words);
      return share < rule.min ? [finding(rule, { part: rule.part, share: Math.round(share * 100), min: Math.round(rule.min * 100) })] : [];
    }
    case "speaking-time": {
      if (f.words === 0) return [];
      const vars = { seconds: f.speakingSeconds, words: f.words, aimMin: rule.aimMin, aimMax: rule.aimMax };
      if (f.speakingSeconds > rule.tooLong) return [finding(rule, vars)];
      if (f.speakingSeconds < rule.tooShort) return [finding(rule, vars, void 0, rule.shortMessage)];
      if (f.speakingSeconds < rule.aimMin || f.speakingSeconds > rule.aimMax) {
        return [{ ...finding(rule, vars, void 0, rule.nearMessage, 0), severity: "info" }];
      }
      return [];
    }
    case "run-on":
      return f.sentences.filter((s) => s.text.split(/\s+/).length > rule.maxWords).slice(0, 3).map((s) => finding(rule, { words: s.text.split(/\s+/).length, max: rule.maxWords }, s));
    case "signal-limit":
      return f.text.length > rule.maxChars ? [finding(rule, { words: f.words, minutes: Math.round(f.speakingSeconds / 60), checkedWords: Math.round(rule.maxChars / f.text.length * f.words) })] : [];
    case "kpi-direction":
      return f.kpis.filter((k) => k.change && k.desired && k.change !== k.desired).map((k) => finding(rule, { kpi: k.label, change: k.change ?? "", desired: k.desired ?? "" }, k));
  }
}
export {
  runCheck
};
