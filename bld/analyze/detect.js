// src/analyze/detect.ts
import { tokenize } from "../nlp/index.js";
import { normalizeForMatch } from "../nlp/normalize.js";
import { getRules } from "../rules/index.js";
import { allMatches, inside, mergeSpans, overlaps, resolveOverlaps, span } from "./spans.js";
var RESULT_GROUPS = /* @__PURE__ */ new Set(["down", "up", "better", "achieve"]);
var MID_SENTENCE_ACHIEVE = /* @__PURE__ */ new Set(["achieved", "saved", "avoided", "exceeded", "reached", "surpassed", "attained", "eliminated", "generated", "delivered", "hit"]);
var DETERMINERS = /* @__PURE__ */ new Set(["a", "an", "the", "our", "their", "its", "his", "her", "my", "this", "that", "these", "those"]);
var ARTICLES = /* @__PURE__ */ new Set(["a", "an", "the", "our", "their", "its", "his", "her", "my"]);
var AUXILIARIES = /* @__PURE__ */ new Set(["was", "were", "is", "are", "been", "being", "be", "got", "get"]);
var NOT_GERUNDS = /* @__PURE__ */ new Set(["morning", "evening", "during", "nothing", "something", "anything", "everything", "ceiling", "thing", "things", "string", "spring", "king", "wing", "sibling", "ring", "bring"]);
var SUBJECTS = /* @__PURE__ */ new Set(["we", "i", "they", "he", "she", "our", "my", "the"]);
function words(text) {
  return [...text.matchAll(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length
  }));
}
function detectSignals(original, rules = getRules()) {
  const text = normalizeForMatch(original);
  const tokens = tokenize(text);
  const tagAt = /* @__PURE__ */ new Map();
  for (const t of tokens) tagAt.set(t.start, t);
  const ws = words(text);
  const metric = findPatternSpans(text, rules.metric);
  const baseline = findPatternSpans(text, rules.baseline);
  const timeframe = findPatternSpans(text, rules.timeframe);
  const opening = detectOpening(text, ws, tagAt, rules, timeframe);
  const intervention = detectInterventions(text, ws, tagAt, rules, metric, opening);
  const { result, changeVerbs } = detectResults(text, ws, rules, metric, intervention, opening);
  const kpis = detectKpis(text, rules, intervention, changeVerbs, baseline);
  const primaryDomain = choosePrimaryDomain(text, rules, kpis, intervention);
  const recut = (s) => ({ ...s, text: original.slice(s.start, s.end) });
  return {
    text: original,
    matchText: text,
    words: ws,
    components: {
      metric: metric.map(recut),
      baseline: baseline.map(recut),
      intervention: intervention.map(recut),
      result: result.map(recut),
      timeframe: timeframe.map(recut)
    },
    opening: { ...opening, verb: opening.verb && recut(opening.verb), ...opening.adverb ? { adverb: recut(opening.adverb) } : {} },
    actionVerb: opening.verb && recut(opening.verb),
    kpis: kpis.map(recut),
    primaryDomain,
    changeVerbs,
    relativeChange: hasRelativeChange(text, metric, result, changeVerbs)
  };
}
function hasRelativeChange(text, metric, result, changeVerbs) {
  if (!changeVerbs.some((v) => v.direction)) return false;
  return metric.some((m) => inside(m.start, result) && !/\b(?:to|at|of|reached|reaching|hit|above|below|under|over|from)\s+(?:the\s+|a\s+|an\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start)) && !/^(?:\d{1,2}(?:st|nd|rd|th))$/.test(m.text));
}
function findPatternSpans(text, set) {
  const contexts = set.excludeContexts.flatMap((re) => allMatches(re, text).map((m) => ({ start: m.index, end: m.index + m[0].length })));
  const found = [];
  for (const p of set.patterns) {
    for (const m of allMatches(p.re, text)) {
      const s = span(text, m.index, m.index + m[0].length);
      if (s.end <= s.start) continue;
      if (set.exclude.some((re) => re.test(s.text))) continue;
      if (contexts.some((c) => overlaps(c, s))) continue;
      found.push(s);
    }
  }
  return resolveOverlaps(found);
}
function lookupVerb(ws, i, rules) {
  const w = ws[i];
  if (!w) return null;
  for (const p of rules.phrasalForms.get(w.lower) ?? []) {
    if (p.rest.every((r, k) => ws[i + 1 + k]?.lower === r)) return { forms: [p.form], last: i + p.rest.length };
  }
  const forms = rules.verbForms.get(w.lower.replace(/’/g, "'"));
  return forms?.length ? { forms, last: i } : null;
}
function resultGroup(forms) {
  return forms.find((f) => RESULT_GROUPS.has(f.group))?.group ?? null;
}
function detectOpening(text, ws, tagAt, rules, timeframe = []) {
  let i = 0;
  let adverb;
  const lead = timeframe.find((t) => !/[A-Za-z0-9]/.test(text.slice(0, t.start)));
  const label = /^\s*[A-Z][A-Za-z&/'’ -]{0,40}?(?::|\s[–—-])\s+(?=[A-Za-z])/.exec(text);
  const leadEnd = lead && /^\s*,/.test(text.slice(lead.end)) ? lead.end : label && label[0].trim().split(/\s+/).length <= 5 ? label[0].replace(/\s*(?::|[–—-])\s*$/, "").length : -1;
  if (leadEnd > 0) {
    const after = ws.findIndex((w) => w.start > leadEnd);
    if (after > 0) {
      adverb = span(text, 0, leadEnd);
      i = after;
    }
  }
  while (ws[i] && rules.leadingAdverbs.has(ws[i].lower)) {
    adverb = span(text, ws[i].start, ws[i].end);
    i++;
  }
  const first = ws[i];
  if (!first || /[A-Za-z0-9]/.test(text.slice(adverb ? adverb.end : 0, first.start))) return { kind: "none", verb: null, group: null, ...adverb ? { adverb } : {} };
  const rest = text.slice(first.start);
  const extra = adverb ? { adverb } : {};
  for (const weak of rules.weakOpeners) {
    const m = weak.re.exec(rest);
    if (!m) continue;
    const end = first.start + m[0].length;
    const verb = { ...span(text, first.start, end), strength: "weak" };
    let next = ws.findIndex((w) => w.start >= end);
    if (ws[next]?.lower === "to") next++;
    const after = lookupVerb(ws, next, rules);
    const group = after ? resultGroup(after.forms) ?? after.forms[0].group : null;
    return { kind: "weak", verb, group, message: weak.message, ...extra };
  }
  const found = lookupVerb(ws, i, rules);
  if (found) {
    const isPastOrIng = found.forms.some((f) => f.form === "past" || f.form === "ing");
    const tok2 = tagAt.get(first.start);
    const next = ws[found.last + 1];
    const imperative = tok2?.tags.has("Verb") || next && (DETERMINERS.has(next.lower) || /^\d/.test(text.slice(next.start - 2, next.start + 1).trim()));
    const nextIsAux = next && AUXILIARIES.has(next.lower);
    if ((isPastOrIng || imperative) && !nextIsAux) {
      const last = ws[found.last];
      const group = resultGroup(found.forms) ?? found.forms[0].group;
      return { kind: "verb", verb: { ...span(text, first.start, last.end), strength: "strong" }, group, ...extra };
    }
  }
  for (let k = i; k < Math.min(ws.length - 1, i + 6); k++) {
    const w = ws[k];
    if (lookupVerb(ws, k, rules) && k > i && !AUXILIARIES.has(w.lower)) break;
    if (!AUXILIARIES.has(w.lower)) continue;
    let p = k + 1;
    if (ws[p] && /ly$/.test(ws[p].lower)) p++;
    const part = ws[p];
    if (!part) break;
    const partForms = lookupVerb(ws, p, rules);
    const tok2 = tagAt.get(part.start);
    if (partForms?.forms.some((f) => f.form === "past") || /ed$/.test(part.lower) || tok2?.tags.has("PastTense") || tok2?.tags.has("Participle")) {
      const group = partForms ? resultGroup(partForms.forms) ?? partForms.forms[0].group : null;
      return { kind: "passive", verb: { ...span(text, w.start, part.end), strength: "weak" }, group, ...extra };
    }
    break;
  }
  const tok = tagAt.get(first.start);
  const second = ws[i + 1];
  const unknownVerb = tok?.tags.has("Verb") && !tok.tags.has("Noun") && (tok.tags.has("PastTense") || tok.tags.has("Infinitive")) || /^[a-z]{3,}ed$/i.test(first.text) && !(second && AUXILIARIES.has(second.lower)) && !tok?.tags.has("Noun");
  if (unknownVerb && /^[A-Z]/.test(first.text)) {
    return { kind: "verb", verb: { ...span(text, first.start, first.end), strength: "strong" }, group: null, ...extra };
  }
  return { kind: "none", verb: null, group: null, ...extra };
}
function clauseEnd(text, from, rules) {
  const re = rules.intervention.clauseStop;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}
function isGerund(w, tagAt, rules) {
  if (!w || !/ing$/.test(w.lower) || w.lower.length < 5 || NOT_GERUNDS.has(w.lower)) return false;
  if (rules.verbForms.get(w.lower)?.some((f) => f.form === "ing")) return true;
  const tok = tagAt.get(w.start);
  return !tok || tok.tags.has("Gerund") || tok.tags.has("Verb") || !tok.tags.has("Noun") || /[^aeiou]ing$/.test(w.lower);
}
function detectInterventions(text, ws, tagAt, rules, metric, opening) {
  const iv = rules.intervention;
  const spans = [];
  const wordAt = (pos) => ws.find((w) => w.start >= pos);
  for (const marker of iv.markers) {
    for (const m of allMatches(marker.re, text)) {
      const after = m.index + m[0].length;
      iv.notWhatWasDone.lastIndex = after;
      if (after >= text.length || iv.notWhatWasDone.test(text)) continue;
      if (!/[A-Za-z]/.test(text[after] ?? "")) continue;
      if (marker.needs === "metric-before") {
        const before = metric.some((s2) => s2.end <= m.index && !/[;.]/.test(text.slice(s2.end, m.index)));
        const changed = ws.some((w, k) => w.end <= m.index && w.start >= text.lastIndexOf(";", m.index) + 1 && ws[k - 1]?.lower !== "to" && (lookupVerb(ws, k, rules)?.forms.some((f) => RESULT_GROUPS.has(f.group) && f.form !== "base") ?? false));
        if (!before || !changed) continue;
      }
      if (marker.needs === "action") {
        const w1 = wordAt(after);
        const w1i = w1 ? ws.indexOf(w1) : -1;
        const w2 = ws[w1i + 1];
        const ok = isGerund(w1, tagAt, rules) || w1 && iv.actionNouns.has(w1.lower) || w1 && DETERMINERS.has(w1.lower) && w2 && iv.actionNouns.has(w2.lower) || w1 && SUBJECTS.has(w1.lower) && w2 && (lookupVerb(ws, w1i + 1, rules) !== null || /ed$/.test(w2.lower));
        if (!ok) continue;
      }
      const end = clauseEnd(text, after, rules);
      const s = span(text, m.index, end);
      if (s.end > after) spans.push(s);
    }
  }
  if (opening.kind === "verb" && opening.group === "intervention" && opening.verb) {
    const end = clauseEnd(text, opening.verb.end, rules);
    const firstMarker = spans.filter((s) => s.start > opening.verb.start).reduce((a, s) => Math.min(a, s.start), end);
    spans.push(span(text, opening.verb.start, Math.min(end, firstMarker)));
  }
  if (opening.kind === "verb" && opening.group === "stewardship" && opening.verb) {
    const at = ws.findIndex((w) => w.start >= opening.verb.end);
    const object = at < 0 ? [] : ws.slice(at, at + 5);
    if (object.some((w) => iv.projectNouns.has(w.lower.replace(/s$/, "")) || iv.projectNouns.has(w.lower))) {
      spans.push(span(text, opening.verb.start, clauseEnd(text, opening.verb.end, rules)));
    }
  }
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    if (inside(w.start, spans)) continue;
    const prev = ws[i - 1];
    const found = lookupVerb(ws, i, rules);
    if (!found || !found.forms.some((f) => f.group === "intervention")) continue;
    const purpose = iv.purposeClause && prev.lower === "to" && found.forms.some((f) => f.form === "base") && !["used", "helped", "help"].includes(ws[i - 2]?.lower ?? "");
    const participle = found.forms.some((f) => f.form === "ing") && /,\s*(?:and\s+)?$|\band\s+$/.test(text.slice(Math.max(0, w.start - 6), w.start)) && i > 1;
    if (!purpose && !participle) continue;
    spans.push(span(text, w.start, clauseEnd(text, ws[found.last].end, rules)));
  }
  return mergeSpans(text, spans.filter((s) => s.end > s.start));
}
function detectResults(text, ws, rules, metric, intervention, opening) {
  const spans = [];
  const changeVerbs = [];
  const resultEnd = (from) => {
    const stop = clauseEnd(text, from, rules);
    const nextIv = intervention.filter((s) => s.start >= from).reduce((a, s) => Math.min(a, s.start), stop);
    return Math.min(stop, nextIv);
  };
  const direction = (g) => g === "down" ? "down" : g === "up" ? "up" : g === "better" ? "better" : null;
  let openingVerbEnd = -1;
  if (opening.verb && opening.group && RESULT_GROUPS.has(opening.group) && opening.kind !== "passive") {
    let start = opening.verb.start;
    if (opening.kind === "weak") {
      const next = ws.find((w) => w.start >= opening.verb.end && w.lower !== "to" && w.lower !== "in" && w.lower !== "with");
      start = next ? next.start : opening.verb.end;
    }
    const startWord = ws.find((w) => w.start >= start);
    if (startWord) {
      openingVerbEnd = startWord.end;
      spans.push(span(text, startWord.start, resultEnd(startWord.end)));
      changeVerbs.push({ start: startWord.start, end: startWord.end, direction: direction(opening.group) });
    }
  } else if (opening.kind === "passive" && opening.verb && opening.group && RESULT_GROUPS.has(opening.group)) {
    spans.push(span(text, opening.verb.start, resultEnd(opening.verb.end)));
    changeVerbs.push({ start: opening.verb.start, end: opening.verb.end, direction: direction(opening.group) });
    openingVerbEnd = opening.verb.end;
  }
  if (opening.kind === "weak" && opening.verb && openingVerbEnd < 0 && /^(?:help|assist)/i.test(opening.verb.text)) {
    const from = ws.findIndex((w) => w.start >= opening.verb.end);
    for (let k = from; k >= 0 && k < Math.min(ws.length, from + 6); k++) {
      const found = lookupVerb(ws, k, rules);
      const form = found?.forms.find((f) => RESULT_GROUPS.has(f.group));
      if (!found || !form) continue;
      spans.push(span(text, ws[k].start, resultEnd(ws[found.last].end)));
      changeVerbs.push({ start: ws[k].start, end: ws[k].end, direction: direction(form.group) });
      openingVerbEnd = ws[found.last].end;
      break;
    }
  }
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.start < openingVerbEnd || inside(w.start, intervention)) continue;
    const found = lookupVerb(ws, i, rules);
    if (!found) continue;
    const form = found.forms.find((f) => RESULT_GROUPS.has(f.group));
    if (!form) continue;
    const prev = ws[i - 1];
    if (prev && (prev.lower === "to" || ARTICLES.has(prev.lower))) continue;
    if (form.group === "achieve" && form.form !== "ing" && !MID_SENTENCE_ACHIEVE.has(w.lower)) continue;
    const lead = text.slice(Math.max(0, w.start - 8), w.start);
    const ok = form.form === "past" || form.form === "s" ? i > 0 : form.form === "ing" && /(?:,|;|\band|\bwhile|\bthereby)\s*$/.test(lead);
    if (!ok) continue;
    spans.push(span(text, w.start, resultEnd(ws[found.last].end)));
    changeVerbs.push({ start: w.start, end: w.end, direction: direction(form.group) });
  }
  for (const re of rules.result.nounResults) {
    for (const m of allMatches(re, text)) {
      const s = span(text, m.index, m.index + m[0].length);
      if (s.end > s.start && !intervention.some((iv) => iv.start <= s.start && iv.end >= s.end)) spans.push(s);
      const dir = /\b(?:down|fell|dropped|declined|decreased|reduction|decrease|decline|drop|fewer|less|lower|shorter)\b/i.exec(m[0]) ? "down" : /\b(?:up|rose|climbed|grew|increased|increase|gain|growth|rise|lift|more|higher|greater)\b/i.exec(m[0]) ? "up" : null;
      if (dir) changeVerbs.push({ start: s.start, end: s.end, direction: dir });
    }
  }
  let semi = text.indexOf(";");
  while (semi >= 0) {
    const next = text.indexOf(";", semi + 1);
    const end = next < 0 ? text.length : next;
    const seg = span(text, semi + 1, end);
    const covered = intervention.some((s) => s.start <= seg.start && s.end >= seg.start + 1);
    if (!covered && metric.some((m) => m.start >= seg.start && m.end <= seg.end)) spans.push(seg);
    semi = next;
  }
  if (rules.result.signedMetricIsResult) {
    for (const s of metric) {
      if (!/^[+\-–−]/.test(s.text) || inside(s.start, intervention)) continue;
      const clauseStart = Math.max(text.lastIndexOf(";", s.start), text.lastIndexOf(",", s.start), text.lastIndexOf(".", s.start - 2)) + 1;
      spans.push(span(text, clauseStart, s.end));
    }
  }
  return { result: mergeSpans(text, spans.filter((s) => s.end > s.start)), changeVerbs };
}
function detectKpis(text, rules, intervention, changeVerbs, baseline) {
  const found = [];
  for (const k of rules.kpis) {
    for (const re of k.re) {
      for (const m of allMatches(re, text)) {
        const s = span(text, m.index, m.index + m[0].length);
        if (s.end <= s.start) continue;
        found.push({ id: k.id, label: k.label, domain: k.domain, start: s.start, end: s.end, text: s.text, change: null, desired: k.desired, inIntervention: inside(s.start, intervention) });
      }
    }
  }
  const mentions = resolveOverlaps(found);
  for (const m of mentions) {
    if (m.inIntervention) continue;
    const dir = changeOf(text, m, mentions, changeVerbs, baseline);
    m.change = dir === "better" ? m.desired : dir;
  }
  return mentions.map(({ inIntervention: _drop, ...m }) => m);
}
function changeOf(text, m, all, changeVerbs, baseline) {
  const nextKpi = all.find((o) => o.start >= m.end)?.start ?? text.length;
  const semi = text.indexOf(";", m.end);
  const limit = Math.min(nextKpi, semi < 0 ? text.length : semi, m.end + 60);
  const right = text.slice(m.end, limit);
  const adverb = /^[^;.]{0,30}?\b(down|up|fell|rose|dropped|declined|decreased|increased|improved|climbed|grew|shrank|worsened|doubled|halved|tripled|lower|higher|flat|steady|stable|unchanged|constant)\b/i.exec(right);
  if (adverb) {
    const w = adverb[1].toLowerCase();
    if (["flat", "steady", "stable", "unchanged", "constant"].includes(w)) return null;
    if (w === "improved") return "better";
    return ["down", "fell", "dropped", "declined", "decreased", "shrank", "halved", "lower"].includes(w) ? "down" : w === "worsened" ? null : "up";
  }
  const segmentStart = Math.max(text.lastIndexOf(";", m.start), text.lastIndexOf(". ", m.start)) + 1;
  const left = changeVerbs.filter((v) => v.end <= m.start && v.start >= segmentStart && !/\b(?:while|whereas|keeping|holding|maintaining|despite)\b/i.test(text.slice(v.end, m.start))).sort((a, b) => b.start - a.start)[0];
  if (left?.direction) return left.direction;
  const sign = /^\s*(?:\([^)]*\)\s*)?(?:(?:rate|rates|score|scores|time|times)\s+)?(?:by\s+)?([+\-–−])\s?\$?\.?\d/.exec(right);
  if (sign) return sign[1] === "+" ? "up" : "down";
  const fromTo = baseline.find((b) => b.start >= m.end && b.start <= limit) ?? baseline.find((b) => b.start >= segmentStart && b.end <= m.start);
  if (fromTo) {
    const nums = [...fromTo.text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((x) => Number(x[0].replace(/,/g, "")));
    if (nums.length >= 2) {
      const [a, b] = nums;
      const to = /\bto\b[^]*\bfrom\b/i.test(fromTo.text) ? [b, a] : [a, b];
      if (to[0] !== to[1]) return to[1] < to[0] ? "down" : "up";
    }
  }
  return left?.direction ?? null;
}
function choosePrimaryDomain(text, rules, kpis, intervention) {
  const score = /* @__PURE__ */ new Map();
  const add = (d, n) => score.set(d, (score.get(d) ?? 0) + n);
  const firstSemi = text.indexOf(";");
  let first = true;
  for (const k of kpis) {
    if (inside(k.start, intervention)) {
      add(k.domain, 0.5);
      continue;
    }
    add(k.domain, (firstSemi < 0 || k.start < firstSemi ? 2 : 1) + (first ? 0.5 : 0));
    first = false;
  }
  for (const q of rules.qualifiers) if (allMatches(q.re, text).length) add(q.domain, q.weight);
  let firstCue = true;
  const cueHits = [];
  for (const c of rules.cues) {
    for (const m of allMatches(c.re, text)) {
      if (!kpis.some((k) => m.index >= k.start && m.index < k.end)) cueHits.push({ domain: c.domain, start: m.index });
    }
  }
  cueHits.sort((a, b) => a.start - b.start);
  for (const c of cueHits) {
    add(c.domain, firstCue ? 1 : 0.75);
    firstCue = false;
  }
  let best = null;
  let bestScore = 0;
  for (const [d, n] of score) if (n > bestScore) [best, bestScore] = [d, n];
  return best;
}
export {
  detectSignals,
  findPatternSpans,
  words
};
