import { MAX_STORY_CHARS } from '../analyze/limits.ts';

// The story bank as the app sees it: a workspace's STAR stories, each with its rehearsal runs.
// Async like the rest of the store so another database can replace SQLite without touching the routes.

export interface StoryFields {
  title: string;
  text: string;
  /** The interview prompt (rules/story/prompts) the user files the story under; null lets the bank match it. */
  promptId: string | null;
  /** The resume bullet the story was built from, so their numbers can be compared; null when written freely. */
  bulletId: number | null;
}

export interface Story extends StoryFields {
  id: number;
  createdAt: string;
  updatedAt: string;
}

export interface RehearsalFields {
  seconds: number;
  /** Self-rating 1-5; null when the user skipped it. */
  rating: number | null;
  /** Whether the run was told with the story text hidden. */
  hidden: boolean;
}

export interface Rehearsal extends RehearsalFields {
  id: number;
  storyId: number;
  createdAt: string;
}

export interface StoryRepo {
  /** Newest first. */
  list(workspaceId: string): Promise<Story[]>;
  get(workspaceId: string, storyId: number): Promise<Story | null>;
  add(workspaceId: string, fields: StoryFields): Promise<Story>;
  update(workspaceId: string, storyId: number, fields: Omit<StoryFields, 'bulletId'>): Promise<Story | null>;
  /** Removes the story and its runs. */
  remove(workspaceId: string, storyId: number): Promise<boolean>;
  addRun(workspaceId: string, storyId: number, run: RehearsalFields): Promise<Rehearsal | null>;
  /** Oldest first, as they are charted. */
  runs(workspaceId: string, storyId: number): Promise<Rehearsal[]>;
}

export const STORY_LIMITS = {
  storiesPerWorkspace: 100,
  /** The analyzer's own story limit (about 3,000 words): far past any interview answer. */
  storyChars: MAX_STORY_CHARS,
  titleChars: 120,
  runsPerStory: 500,
  /** A run longer than this is a clock left running. */
  runSeconds: 3600,
} as const;
