// Input limits shared by the CLI, the API and the pages.
export const MAX_BULLET_CHARS = 1000;
export const MAX_STORY_CHARS = 20_000;
