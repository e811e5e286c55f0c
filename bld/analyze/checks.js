// src/analyze/checks.ts
import { allMatches } from "./spans.js";
function has(signals, s) {
  if (s === "kpi") return signals.kpis.length > 0;
  if (s === "relative-change") return signals.relativeChange;
  return signals.components[s].length > 0;
}
function finding(c, message, at) {
  return {
    rule: c.id,
    severity: c.data.level,
    message,
    source: c.data.source,
    penalty: c.data.penalty,
    ...at ? { start: at.start, end: at.end } : {}
  };
}
function runCheck(c, signals) {
  const d = c.data;
  const text = signals.matchText;
  switch (d.kind) {
    case "require":
      if (d.when && !has(signals, d.when)) return [];
      if (d.unless && has(signals, d.unless)) return [];
      return has(signals, d.requires) ? [] : [finding(c, d.message)];
    case "existence":
      return c.tokens ? allMatches(c.tokens, text).map((m) => finding(c, d.message.replace("{match}", m[0]), { start: m.index, end: m.index + m[0].length })) : [];
    case "length": {
      const words = signals.words.length + (text.match(/\d[\d,.]*/g)?.length ?? 0);
      if (d.max && (words > d.max.words || text.length > d.max.chars)) return [finding(c, `${d.message} (${words} words, ${text.length} characters)`)];
      if (d.min && words < d.min.words) return [finding(c, `${d.message} (${words} words)`)];
      return [];
    }
    case "weak-opener":
      return signals.opening.kind === "weak" && signals.opening.verb ? [finding(c, `${signals.opening.message ?? ""} ${d.message}`.trim(), signals.opening.verb)] : [];
    case "passive-opening":
      return signals.opening.kind === "passive" && signals.opening.verb ? [finding(c, d.message, signals.opening.verb)] : [];
    case "no-action-verb":
      return signals.opening.kind === "none" ? [finding(c, d.message, signals.words[0])] : [];
    case "kpi-direction":
      return signals.kpis.filter((k) => k.change && k.desired && k.change !== k.desired).map((k) => finding(c, d.message.replace("{kpi}", k.label).replace("{change}", k.change === "up" ? "up" : "down").replace("{desired}", k.desired === "up" ? "up" : "down"), k));
  }
}
function runChecks(rules, signals) {
  return rules.checks.flatMap((c) => runCheck(c, signals));
}
export {
  runCheck,
  runChecks
};
