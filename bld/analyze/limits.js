// src/analyze/limits.ts
var MAX_BULLET_CHARS = 1e3;
var MAX_STORY_CHARS = 2e4;
export {
  MAX_BULLET_CHARS,
  MAX_STORY_CHARS
};
