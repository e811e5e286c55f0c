// src/analyze/story/parts.ts
import { countWords, splitClauses, splitSentences } from "./sentences.js";
var PARTS = ["situation", "task", "action", "result", "none"];
var ORDER = { situation: 0, task: 1, action: 2, result: 3 };
function scoreClause(text, cues) {
  const scores = { situation: 0, task: 0, action: 0, result: 0, none: 0 };
  const hits = [];
  for (const cue of cues) {
    cue.re.lastIndex = 0;
    if (cue.re.test(text)) {
      scores[cue.part] += cue.weight;
      hits.push(`${cue.part}/${cue.id}`);
    }
  }
  return { scores, cues: hits };
}
function bestPart(scores, previous) {
  let best = null;
  for (const p of PARTS) {
    const s = scores[p];
    if (s <= 0) continue;
    if (best === null || s > scores[best] || s === scores[best] && tieBreak(p, best, previous)) best = p;
  }
  return best;
}
function tieBreak(candidate, current, previous) {
  if (candidate === "none" || current === "none") return candidate !== "none";
  const after = previous === null ? -1 : ORDER[previous];
  const dist = (p) => (ORDER[p] - after + 4) % 4 || 4;
  return dist(candidate) < dist(current);
}
function classifyStory(src, cues, opts = {}) {
  const positional = opts.positional ?? true;
  const clauses = [];
  splitSentences(src).forEach((sentence, si) => {
    for (const c of splitClauses(src, sentence)) {
      const { scores, cues: hits } = scoreClause(c.text, cues);
      clauses.push({ ...c, sentence: si, part: null, alsoPart: null, scores, cues: hits, words: countWords(c.text) });
    }
  });
  if (positional && clauses.length > 1) {
    clauses[0].scores.situation += 0.75;
    clauses[clauses.length - 1].scores.result += 0.75;
  }
  let previous = null;
  let previousWasNone = false;
  for (const c of clauses) {
    const cueFired = c.cues.length > 0;
    const best = bestPart(c.scores, previous);
    if (best === "none" && cueFired) {
      c.part = null;
      previousWasNone = true;
      continue;
    }
    if (cueFired && best) c.part = best;
    else if (positional && !previousWasNone) c.part = previous ?? "situation";
    if (c.part === "action" && c.scores.result >= 3 && opts.hasMetric?.(c)) c.alsoPart = "result";
    if (c.part) {
      previous = c.part;
      previousWasNone = false;
    }
  }
  const first = clauses[0];
  if (positional && first && first.part === "result" && !clauses.some((c) => c.part === "situation") && clauses.some((c, i) => i > 0 && c.sentence !== first.sentence && c.part === "result") && !first.cues.some((id) => /label|as-a-result|after-the-change/.test(id))) {
    for (const c of clauses) if (c.sentence === first.sentence && c.part === "result") c.part = "situation";
  }
  return clauses;
}
export {
  bestPart,
  classifyStory,
  scoreClause
};
