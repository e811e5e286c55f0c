// src/store/stories.ts
import { MAX_STORY_CHARS } from "../analyze/limits.js";
var STORY_LIMITS = {
  storiesPerWorkspace: 100,
  /** The analyzer's own story limit (about 3,000 words): far past any interview answer. */
  storyChars: MAX_STORY_CHARS,
  titleChars: 120,
  runsPerStory: 500,
  /** A run longer than this is a clock left running. */
  runSeconds: 3600
};
export {
  STORY_LIMITS
};
