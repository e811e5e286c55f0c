// src/stories/prep-sheet.ts
import { storyRules } from "../analyze/story/rules.js";
import { prepStoryFromAnalysis } from "../export/prep-sheet.js";
import { promptsAnswered } from "./bank.js";
import { cueCard } from "./cue-card.js";
var MAX_STORIES = 50;
function prepSheetInput(stories, prompts = storyRules().prompts) {
  const entry = (s, question) => ({
    ...prepStoryFromAnalysis(s.title, s.analysis, question),
    cues: cueCard(s.analysis).map((c) => `${c.label}: ${c.text}`)
  });
  const answered = new Map(stories.map((s) => [s.id, promptsAnswered(s.analysis, prompts)]));
  const candidates = (promptId) => stories.filter((s) => s.promptId === promptId || s.promptId === null && answered.get(s.id).includes(promptId));
  const home = /* @__PURE__ */ new Map();
  for (const s of stories) if (s.promptId && prompts.some((p) => p.id === s.promptId)) home.set(s.id, s.promptId);
  const open = prompts.filter((p) => ![...home.values()].includes(p.id));
  const holder = /* @__PURE__ */ new Map();
  const tryPrompt = (promptId, seen) => {
    for (const s of candidates(promptId).filter((c) => !home.has(c.id)).sort((a, b) => b.analysis.score - a.analysis.score)) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      const other = holder.get(s.id);
      if (other === void 0 || tryPrompt(other, seen)) {
        holder.set(s.id, promptId);
        return true;
      }
    }
    return false;
  };
  for (const p of open) tryPrompt(p.id, /* @__PURE__ */ new Set());
  for (const [storyId, promptId] of holder) home.set(storyId, promptId);
  for (const s of stories) {
    const first = answered.get(s.id)[0];
    if (!home.has(s.id) && first) home.set(s.id, first);
  }
  const entries = [];
  for (const p of prompts) {
    const mine = stories.filter((s) => home.get(s.id) === p.id).sort((a, b) => b.analysis.score - a.analysis.score);
    if (mine.length === 0) entries.push({ title: `${p.title}: no story yet`, question: p.question });
    for (const s of mine) entries.push(entry(s, `${p.title}. ${p.question}`));
  }
  for (const s of stories) if (!home.has(s.id)) entries.push(entry(s));
  return { stories: entries.slice(0, MAX_STORIES), storyPerPage: true };
}
export {
  prepSheetInput
};
