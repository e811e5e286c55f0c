import type Database from 'better-sqlite3';
import { DICTIONARY_LIMITS, dictionaryWord, type DictionaryRepo } from '../dictionary.ts';
import { StoreError } from '../types.ts';
import { requireWorkspace } from './roles.ts';
import { now, touch } from './workspaces.ts';

export class SqliteDictionary implements DictionaryRepo {
  constructor(private readonly db: Database.Database) {}

  async words(workspaceId: string): Promise<string[]> {
    return (this.db.prepare('SELECT word FROM dictionary_words WHERE workspace_id = ? ORDER BY word').all(workspaceId) as { word: string }[])
      .map((r) => r.word);
  }

  async add(workspaceId: string, input: string): Promise<void> {
    const word = dictionaryWord(input);
    if (!word) throw new StoreError('invalid', `A dictionary entry is one word of at most ${DICTIONARY_LIMITS.wordChars} letters.`);
    this.db.transaction(() => {
      requireWorkspace(this.db, workspaceId);
      const { n } = this.db.prepare('SELECT count(*) AS n FROM dictionary_words WHERE workspace_id = ?').get(workspaceId) as { n: number };
      if (n >= DICTIONARY_LIMITS.wordsPerWorkspace) {
        throw new StoreError('workspace_full', `Your dictionary holds at most ${DICTIONARY_LIMITS.wordsPerWorkspace} words; remove one to add another.`);
      }
      this.db.prepare('INSERT INTO dictionary_words (workspace_id, word, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(workspaceId, word, now());
      touch(this.db, workspaceId);
    })();
  }

  async remove(workspaceId: string, input: string): Promise<boolean> {
    const word = dictionaryWord(input);
    if (!word) return false;
    return this.db.prepare('DELETE FROM dictionary_words WHERE workspace_id = ? AND word = ?').run(workspaceId, word).changes > 0;
  }
}
