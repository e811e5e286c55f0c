// src/analyze/suggest/phrases.ts
import { rewriteRules } from "./rules.js";
import {
  baseOf,
  gerundFromPast,
  gerundOf,
  inflect,
  isKnownPast,
  isKnownVerb,
  isPastForm,
  tenseOf
} from "./verb-forms.js";
var compiled;
function compile() {
  if (compiled) return compiled;
  const r = rewriteRules();
  const st = r.structure;
  compiled = {
    properNouns: st.properNouns,
    passive: new RegExp(`^(?<subject>[^,;:]{1,80}?) (?<aux>${words(st.passive.auxiliaries)}) (?:(?:also|then|successfully) )?(?<pp>[a-z]+)\\b(?<agent> by (?:me|us|myself|our team|my team|the team|our staff))?`, "i"),
    changeVerbs: st.changeVerbs.map((cv) => ({ cv, re: new RegExp(`(?<= )(?:${words(cv.words)})(?= )`, "gi") })),
    afterToBy: new RegExp(`\\bafter (?:(?<who>${words(st.afterToBy.subjects)}) )?(?<verb>[a-z-]+)\\b`, "gi"),
    leading: new RegExp(`^(?<prep>${words(st.leadingIntervention.prepositions)}) (?<how>[^,;]{3,200}), (?<verb>[A-Za-z-]+)`, "i"),
    openings: r.openings.rules.map((rule) => ({ rule, re: new RegExp(`^(?:${rule.pattern})`, "i") })),
    filler: r.filler.rules.map((rule) => ({ rule, re: new RegExp(rule.pattern, "gi") })),
    expansions: r["kpi-expansions"].rules.map((x) => ({
      id: x.id,
      expanded: x.expanded,
      spelled: x.spelled.toLowerCase(),
      re: new RegExp(`(?<![\\w/-])(?:${x.pattern})(?![\\w/-])`)
    }))
  };
  return compiled;
}
function capitalise(s) {
  return s.replace(/^(\s*)([a-z])/, (_, sp, c) => sp + c.toUpperCase());
}
function lowerFirst(s) {
  const word = /^[A-Za-z][\w-]*/.exec(s)?.[0];
  if (!word || !/^[A-Z][a-z-]*$/.test(word)) return s;
  const names = compile().properNouns;
  if (names.some((n) => s.startsWith(n) && !/[\w]/.test(s.charAt(n.length)))) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}
function fillTemplate(template, groups, tense) {
  let ok = true;
  const out = template.replace(/\{verb\}/g, () => {
    const v = groups.verb?.toLowerCase();
    if (!v || !isKnownVerb(v)) {
      ok = false;
      return "";
    }
    return inflect(v, tense);
  }).replace(/\{gerund\}/g, () => {
    const base = groups.gerund ? baseOf(groups.gerund) : void 0;
    if (!base) {
      ok = false;
      return "";
    }
    return inflect(base, tense);
  }).replace(/<([a-z-]+)>/g, (_, v) => inflect(v, tense));
  return ok ? out : void 0;
}
function fixOpening(doc) {
  for (const { rule, re } of compile().openings) {
    const m = re.exec(doc.text);
    if (!m) continue;
    const groups = m.groups ?? {};
    const tense = groups.weak ? tenseOf(groups.weak) : "past";
    const replacement = fillTemplate(rule.replace, groups, tense === "gerund" ? "past" : tense);
    if (replacement === void 0) continue;
    doc.replace(0, m[0].length, capitalise(replacement), `openings/${rule.id}`);
    if (rule.id !== "pronoun") return rule.id;
  }
  return void 0;
}
function removeFiller(doc) {
  for (const { rule, re } of compile().filler) {
    replaceAll(doc, re, (m) => fillTemplate(rule.replace, m.groups ?? {}, "past"), `filler/${rule.id}`);
  }
}
function replaceAll(doc, re, make, rule) {
  const matches = [];
  const global = re.flags.includes("g") ? re : new RegExp(re.source, re.flags + "g");
  global.lastIndex = 0;
  for (let m = global.exec(doc.text); m; m = global.exec(doc.text)) {
    matches.push(m);
    if (m[0].length === 0) global.lastIndex++;
  }
  global.lastIndex = 0;
  for (const m of matches.reverse()) {
    const text = make(m);
    if (text !== void 0) doc.replace(m.index, m.index + m[0].length, text, rule);
  }
}
var words = (list) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
function activate(doc) {
  const m = compile().passive.exec(doc.text);
  if (!m?.groups) return false;
  const { subject = "", aux = "", pp = "" } = m.groups;
  if (subject.split(/\s+/).some((w) => isPastForm(w) || /^(by|through|via|after|and)$/i.test(w))) return false;
  if (!isPastForm(pp)) return false;
  const base = baseOf(pp);
  if (!base) return false;
  const tense = /^(is|are)$/i.test(aux) ? "present" : "past";
  doc.replace(0, m[0].length, `${capitalise(inflect(base, tense))} ${lowerFirst(subject)}`, "structure/passive");
  return true;
}
function invertChange(doc, kpis) {
  const kpiRanges = doc.of("kpi");
  for (const { cv, re } of compile().changeVerbs) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const at = m.index;
      if (at > 81) break;
      if (kpiRanges.some((r) => r.start <= at && at < r.end)) continue;
      const subject = doc.text.slice(0, at - 1);
      if (subject.length < 2 || /[,;:]/.test(subject)) break;
      if (subject.split(/\s+/).some((w) => isPastForm(w) || /^(by|through|via|after|and|we|I)$/i.test(w))) break;
      const after = doc.text.slice(at + m[0].length);
      const inSubject = kpiRanges.filter((r) => r.start < subject.length);
      if (inSubject.length === 0 && !/^\s+(?:by |from |to )?[-+–−]?\$?\d/.test(after)) break;
      const kpi = kpis.find((k) => k.start < subject.length);
      if (kpi && cv.direction && kpi.desired && kpi.desired !== cv.direction) return false;
      const change = m[0];
      const tense = /^(went|came)\b/i.test(change) ? "past" : tenseOf(change.split(" ")[0]);
      const verb = capitalise(inflect(cv.verb, tense === "gerund" ? "past" : tense));
      doc.replace(0, at + change.length, `${verb} ${lowerFirst(subject)}`, `structure/change-${cv.id}`);
      return true;
    }
  }
  return false;
}
function afterToBy(doc) {
  let changed = false;
  replaceAll(doc, compile().afterToBy, (m) => {
    const verb = m.groups?.verb ?? "";
    let gerund;
    if (m.groups?.who) gerund = gerundFromPast(verb);
    else if (/ing$/i.test(verb) && baseOf(verb)) gerund = verb.toLowerCase();
    if (!gerund) return void 0;
    changed = true;
    return `by ${gerund}`;
  }, "structure/after-to-by");
  if (changed) {
    const at = doc.text.search(/\bby [a-z-]+ing\b/);
    if (at >= 0) gerundiseCoordinated(doc, at);
  }
  return changed;
}
var COORDINATED = /(,\s*(?:and\s+)?|\s+and\s+)([a-z]+)\b/gi;
function gerundiseCoordinated(doc, from) {
  const end = clauseEnd(doc.text, from);
  const re = COORDINATED;
  re.lastIndex = from;
  const edits = [];
  for (let m = re.exec(doc.text); m && m.index < end; m = re.exec(doc.text)) {
    const word = m[2] ?? "";
    if (!isKnownPast(word)) continue;
    const base = baseOf(word);
    if (base) edits.push({ at: m.index + (m[1] ?? "").length, word, gerund: gerundOf(base) });
  }
  for (const e of edits.reverse()) doc.replace(e.at, e.at + e.word.length, e.gerund, "structure/parallel-by");
}
function clauseEnd(text, from) {
  const semi = text.indexOf(";", from);
  return semi < 0 ? text.length : semi;
}
var NUM = String.raw`[-+–−]?\$?\d[\d,.]*(?:\s?(?:%|[kKmMbB]\b|pts?\b|points\b|percent\b|days?\b|minutes?\b|hours?\b|weeks?\b|months?\b))?`;
var TO_FROM = new RegExp(`\\bto (?<y>${NUM}) from (?<x>${NUM})`, "g");
function toFromOrder(doc) {
  let changed = false;
  replaceAll(doc, TO_FROM, (m) => {
    changed = true;
    return `from ${m.groups?.x} to ${m.groups?.y}`;
  }, "structure/to-from");
  return changed;
}
function moveLeadingIntervention(doc) {
  const m = compile().leading.exec(doc.text);
  if (!m?.groups) return false;
  const verb = m.groups.verb ?? "";
  const base = baseOf(verb);
  if (!base || !(isKnownVerb(base) || isPastForm(verb))) return false;
  const restStart = m[0].length - verb.length;
  const main = doc.text.slice(restStart, clauseEnd(doc.text, restStart)).replace(/[.\s]+$/, "");
  const moved = ` ${(m.groups.prep ?? "by").toLowerCase()} ${m.groups.how ?? ""}`;
  const at = restStart + main.length;
  doc.replace(at, at, moved, "structure/leading-intervention");
  doc.replace(0, restStart, "");
  doc.replace(0, 1, doc.text.charAt(0).toUpperCase());
  const start = at - restStart + 1;
  doc.ranges = doc.ranges.filter((r) => r.kind !== "intervention" || r.start >= start);
  doc.ranges.push({ kind: "intervention", start, end: start + moved.length - 1 });
  return true;
}
function expandAbbreviations(doc) {
  const fired = [];
  for (const x of compile().expansions) {
    if (doc.text.toLowerCase().includes(x.spelled)) continue;
    const m = x.re.exec(doc.text);
    if (!m) continue;
    doc.replace(m.index, m.index + m[0].length, x.expanded.replace("{match}", m[0]), `kpi-expansions/${x.id}`);
    fired.push(x.id);
  }
  return fired;
}
export {
  activate,
  afterToBy,
  capitalise,
  clauseEnd,
  expandAbbreviations,
  fixOpening,
  gerundiseCoordinated,
  invertChange,
  lowerFirst,
  moveLeadingIntervention,
  removeFiller,
  replaceAll,
  toFromOrder
};
