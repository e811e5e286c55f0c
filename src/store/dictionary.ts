// The user's own dictionary, per workspace: words the spelling check must accept (a clinic's name, a local term).
// Stored lower-case; deleting the workspace deletes it.

export const DICTIONARY_LIMITS = {
  wordsPerWorkspace: 500,
  wordChars: 60,
} as const;

export interface DictionaryRepo {
  /** The workspace's words, lower-case and sorted; [] for a workspace with none (or none at all). */
  words(workspaceId: string): Promise<string[]>;
  /** Adds one word (stored lower-case); adding a word twice keeps one. Throws not_found or workspace_full. */
  add(workspaceId: string, word: string): Promise<void>;
  /** False when the word was not there. */
  remove(workspaceId: string, word: string): Promise<boolean>;
}

/** A word as stored: trimmed, lower-case, one word of letters with inner apostrophes or hyphens; null when it is not one. */
export function dictionaryWord(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const word = input.trim().normalize('NFC').toLowerCase();
  if (!word || word.length > DICTIONARY_LIMITS.wordChars) return null;
  return /^\p{L}[\p{L}\p{M}'’-]*$/u.test(word) ? word : null;
}
