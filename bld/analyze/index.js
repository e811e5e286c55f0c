// src/analyze/index.ts
import { analyzeBullet } from "./bullet.js";
import { analyzeStory } from "./story.js";
export * from "./types.js";
function analyze(text, kind = "bullet") {
  return kind === "story" ? analyzeStory(text) : analyzeBullet(text);
}
export {
  analyze,
  analyzeBullet,
  analyzeStory
};
