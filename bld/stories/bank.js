// src/stories/bank.ts
import { DOMAINS } from "../analyze/types.js";
import { storyRules } from "../analyze/story/rules.js";
function storyDomains(a) {
  const out = new Set(a.kpis.map((k) => k.domain));
  if (a.primaryDomain) out.add(a.primaryDomain);
  return out;
}
function answers(prompt, a) {
  if (a.text.trim() === "") return false;
  if (prompt.needsResult && a.parts.result.length === 0) return false;
  const domains = storyDomains(a);
  if (prompt.domains.some((d) => domains.has(d))) return true;
  return prompt.patterns.some((re) => {
    re.lastIndex = 0;
    return re.test(a.text);
  });
}
function promptsAnswered(a, prompts = storyRules().prompts) {
  return prompts.filter((p) => answers(p, a)).map((p) => p.id);
}
function storyBank(stories, prompts = storyRules().prompts) {
  const rows = prompts.map((prompt) => {
    const answering = stories.filter((s) => s.promptId === prompt.id || answers(prompt, s.analysis));
    const cells = Object.fromEntries(DOMAINS.map((d) => [d, 0]));
    for (const s of answering) for (const d of storyDomains(s.analysis)) cells[d]++;
    const list = answering.map((s) => ({ id: s.id, title: s.title, score: s.analysis.score, speakingSeconds: s.analysis.speakingSeconds, words: s.analysis.words, filed: s.promptId === prompt.id })).sort((x, y) => Number(y.filed) - Number(x.filed) || y.score - x.score || x.id - y.id);
    return { prompt: { id: prompt.id, title: prompt.title, question: prompt.question, source: prompt.source }, answers: list, cells };
  });
  return { rows, domains: DOMAINS, gaps: rows.filter((r) => r.answers.length === 0).map((r) => r.prompt.title) };
}
function promptById(id, prompts = storyRules().prompts) {
  return prompts.find((p) => p.id === id);
}
export {
  answers,
  promptById,
  promptsAnswered,
  storyBank,
  storyDomains
};
