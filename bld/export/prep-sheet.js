// src/export/prep-sheet.ts
import { z } from "zod";
import { docxFileName } from "./file-name.js";
import { renderDocx } from "./render.js";
import { clean } from "./text.js";
var line = z.string().max(4e3);
var PrepStorySchema = z.object({
  title: z.string().min(1).max(200),
  /** The interview question the story answers, e.g. "Tell me about a time you improved access." */
  question: z.string().max(500).optional(),
  situation: line.default(""),
  task: line.default(""),
  action: line.default(""),
  result: line.default(""),
  /** Short prompts to glance at before answering. */
  cues: z.array(z.string().max(200)).max(12).default([]),
  /** Figures to say aloud, exactly as in the story ("32%", "$1.4M"). */
  numbers: z.array(z.string().max(100)).max(20).default([]),
  kpis: z.array(z.string().max(100)).max(10).default([]),
  speakingSeconds: z.number().int().min(0).optional()
});
var PrepSheetSchema = z.object({
  person: z.string().max(120).optional(),
  /** The role being interviewed for, shown under the title. */
  targetRole: z.string().max(200).optional(),
  stories: z.array(PrepStorySchema).min(1).max(50),
  /** Each story starts on its own page so it can be printed as a card. */
  storyPerPage: z.boolean().default(true)
});
var STAR_HEADINGS = { situation: "Situation", task: "Task", action: "Action", result: "Result" };
function prepSheetBlocks(input) {
  const sheet = PrepSheetSchema.parse(input);
  const blocks = [{ kind: "title", text: clean(sheet.person) ? `Interview prep: ${clean(sheet.person)}` : "Interview prep" }];
  if (clean(sheet.targetRole)) blocks.push({ kind: "subtitle", text: sheet.targetRole });
  sheet.stories.forEach((story, i) => {
    blocks.push({ kind: "section", text: story.title, pageBreakBefore: sheet.storyPerPage && i > 0 });
    if (clean(story.question)) blocks.push({ kind: "paragraph", lead: "Question:", text: story.question, italic: true });
    for (const part of ["situation", "task", "action", "result"]) {
      const text = clean(story[part]);
      blocks.push({ kind: "entry", text: STAR_HEADINGS[part] });
      blocks.push({ kind: "paragraph", text: text || `[${part}]` });
    }
    const cues = story.cues.map(clean).filter(Boolean);
    if (cues.length) {
      blocks.push({ kind: "entry", text: "Cue card", right: story.speakingSeconds ? `about ${story.speakingSeconds} s spoken` : "" });
      for (const cue2 of cues) blocks.push({ kind: "bullet", text: cue2 });
    }
    const numbers = story.numbers.map(clean).filter(Boolean);
    if (numbers.length) {
      blocks.push({ kind: "entry", text: "Numbers" });
      for (const n of numbers) blocks.push({ kind: "bullet", text: n });
    }
    const kpis = story.kpis.map(clean).filter(Boolean);
    if (kpis.length) blocks.push({ kind: "paragraph", lead: "KPIs:", text: kpis.join(", ") });
  });
  return blocks;
}
function prepSheetDocument(input) {
  const person = clean(input.person);
  return {
    meta: {
      title: person ? `${person} \u2013 Interview prep` : "Interview prep",
      author: person || "resume-vitals",
      subject: clean(input.targetRole) || "Interview prep"
    },
    blocks: prepSheetBlocks(input)
  };
}
async function exportPrepSheetDocx(input) {
  return { buffer: await renderDocx(prepSheetDocument(input)), fileName: docxFileName(input.person, "Interview-Prep") };
}
function cue(label, text, words = 8) {
  const all = text.split(/\s+/).filter(Boolean);
  return `${label}: ${all.slice(0, words).join(" ")}${all.length > words ? "\u2026" : ""}`;
}
function prepStoryFromAnalysis(title, story, question) {
  const part = (name) => story.parts[name].map((s) => s.text.trim()).join(" ");
  const parts = { situation: part("situation"), task: part("task"), action: part("action"), result: part("result") };
  const cues = Object.keys(parts).filter((k) => parts[k]).map((k) => cue(STAR_HEADINGS[k], parts[k]));
  return {
    title,
    ...question ? { question } : {},
    ...parts,
    cues,
    numbers: [...new Set(story.components.metric.map((m) => m.text.trim()))],
    kpis: [...new Set(story.kpis.map((k) => k.label))],
    speakingSeconds: story.speakingSeconds
  };
}
export {
  PrepSheetSchema,
  PrepStorySchema,
  STAR_HEADINGS,
  exportPrepSheetDocx,
  prepSheetBlocks,
  prepSheetDocument,
  prepStoryFromAnalysis
};
